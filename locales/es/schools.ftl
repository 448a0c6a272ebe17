# Language schools: search, compare, and the total cost next to the DUO loan.
# Dutch is the reference. Write at level B1: short sentences, common words, "usted".

school-lead = Busque una escuela de idiomas cerca de usted. Ponga de dos a cuatro escuelas una al lado de la otra. Así ve lo que cuestan y lo que recibe a cambio.
school-none = No se encontraron escuelas de idiomas. Pruebe con menos filtros.

# $amount (String) - amount, already written with the separators of the language
school-money = { $amount } €

school-route-b1 = Ruta B1 (B1-route)
school-route-a2 = A2 (después de bajar de nivel)
school-route-z = Ruta Z (Z-route, 800 horas)
school-route-literacy = Alfabetización (aprender a leer y escribir)
school-route-education = Ruta educativa (taalschakeltraject, programa de transición lingüística)
school-route-knm = Solo KNM
school-route-exam-training = Preparación para exámenes
school-route-informal = Practicar (taalcafé, biblioteca, compañero de idioma)

school-schedule-daytime = de día
school-schedule-evening = por la tarde o noche
school-schedule-weekend = el fin de semana

school-format-in-person = en clase
school-format-online = en línea
school-format-hybrid = una parte en clase, otra parte en línea
# $format (String) - type of lesson; $percent (Number) - share of the hours in the classroom
school-format-share = { $format } ({ $percent } % en clase)

school-yes = Sí
school-no = No
school-unknown = No se sabe

school-keurmerk-keurmerkhouder = Sello de calidad de Blik op Werk
school-keurmerk-aspirant = Sello de calidad aspirante (todavía en trámite)
school-keurmerk-none = Sin sello de calidad
# $date (String) - date on which the quality mark expired
school-keurmerk-expired = Sello de calidad vencido el { $date }

school-kind-school = Escuela de idiomas
school-kind-taalcafe = Taalcafé, un lugar para practicar neerlandés (no es una escuela, sin sello de calidad)
school-kind-library = Biblioteca (no es una escuela, sin sello de calidad)
school-kind-language-buddy = Compañero de idioma, taalmaatje (no es una escuela, sin sello de calidad)

# $count (Number) - stars from Blik op Werk, 1 to 4
school-stars = { $count ->
    [one] { $count } estrella de 4
    [many] { $count } estrellas de 4
   *[other] { $count } estrellas de 4
}
school-stars-unknown = Estrellas: no se sabe

# $km (String) - distance in kilometres
school-distance = { $km } km
# $hours (Number), $per_week (Number), $weeks (Number)
school-hours = { $hours } horas de clase, { $per_week } horas por semana, { $weeks ->
    [one] { $weeks } semana
    [many] { $weeks } semanas
   *[other] { $weeks } semanas
}
# $city (String), $municipality (String)
school-where = { $city } (municipio de { $municipality })
school-childcare-yes = Con cuidado de niños
school-working-yes = Fácil de combinar con el trabajo
# $date (String)
school-next-start = Próximo inicio: { $date }
# $amount (String) - amount with the euro sign
school-total = Total: { $amount }
school-per-hour = ({ $amount } por hora de clase)
# $name (String) - name of the school
school-compare-pick = Comparar { $name }

school-filter-city = Localidad
school-filter-route = Ruta
school-filter-all-routes = Todas las rutas
school-filter-schedule = ¿Cuándo puede ir a clase?
school-filter-format = Tipo de clase
school-filter-any-format = Todos los tipos
school-filter-keurmerk = Solo escuelas con sello de calidad
school-filter-keurmerk-why = Solo en una escuela con sello de calidad puede pedir un préstamo al DUO, seguir la ruta Z o bajar al nivel A2.
school-filter-childcare = Con cuidado de niños
school-filter-working = Fácil de combinar con mi trabajo
school-filter-max-total = ¿Cuánto puede costar en total? (en euros)
school-filter-km = ¿A qué distancia como máximo? (en km)
school-filter-submit = Buscar

school-locate = Usar mi ubicación
school-locate-waiting = Buscando su ubicación…
school-locate-found = Su ubicación ya está puesta. Haga clic en Buscar.
school-locate-failed = No se pudo encontrar su ubicación. Elija un municipio o una localidad.

school-sort = Ordenar por
school-sort-total = Precio total más bajo
school-sort-per-hour = Precio más bajo por hora de clase
school-sort-stars = Más estrellas
school-sort-distance = Distancia más corta

# $count (Number) - number of offers found
school-results = { $count ->
    [one] Se encontró { $count } oferta
    [many] Se encontraron { $count } ofertas
   *[other] Se encontraron { $count } ofertas
}
# $municipality (String)
school-distance-from = La distancia se mide desde el centro del municipio de { $municipality }.
school-distance-unknown = ¿Quiere buscar por distancia? Entonces elija un municipio, o use su ubicación.
# $max (Number) - the largest number of schools you can choose
school-compare-how = Elija de 2 a { $max } escuelas. Después haga clic en Comparar.
school-compare-submit = Comparar

school-pages = Páginas
school-page-previous = Página anterior
school-page-next = Página siguiente
# $page (Number), $pages (Number)
school-page-of = Página { $page } de { $pages }

school-compare-doc-title = Comparar escuelas de idiomas – { -brand-name }
school-compare-title = Escuelas de idiomas una al lado de la otra
school-compare-back = Volver a los resultados de búsqueda
school-compare-caption = Las escuelas que usted eligió, una al lado de la otra
school-compare-differs = es diferente
# $max (Number)
school-compare-too-few = Elija al menos 2 escuelas para comparar.
# $max (Number)
school-compare-too-many = Puede comparar { $max } escuelas a la vez. Usted ve las { $max } primeras.

school-checklist-title = ¿En qué debe fijarse?
school-checklist-lead = Estas preguntas le ayudan a elegir. La tabla da la respuesta de cada escuela.
school-checklist-intake = ¿Hace una prueba de idioma al principio? Así la escuela sabe qué nivel tiene usted y cuántas clases necesita.
school-checklist-hours = ¿Cuántas horas de clase recibe de un profesor cualificado?
school-checklist-times = ¿Qué días y a qué horas son las clases, y dónde?
school-checklist-keurmerk = ¿Tiene la escuela un sello de calidad válido? Lo necesita para un préstamo del DUO, para la ruta Z y para bajar al nivel A2.
school-checklist-retakes = ¿Puede repetir un examen sin pagar más?
school-checklist-reputation = ¿Qué opinan otras personas de la escuela?
school-checklist-work = ¿Trabaja usted, o va a empezar a trabajar? ¿Puede seguir yendo a las clases?

school-row-keurmerk = Sello de calidad
school-row-route = Ruta
school-row-intake = Prueba de idioma al principio
school-row-hours = Horas de clase
school-row-schedule = Días y horas
school-row-format = Tipo de clase
school-row-place = Dirección
school-row-retakes = Repetir un examen incluido en el precio
school-row-stars = Estrellas (Blik op Werk)
school-row-working = Fácil de combinar con el trabajo
school-row-childcare = Cuidado de niños
school-row-class-size = Grupo más grande
school-row-start = Próximo inicio
school-row-price = Precio del curso
school-row-exam-fees = Exámenes no incluidos en el precio
school-row-retake-room = Dinero para repetir una vez
school-row-total = Total
school-row-loan = Préstamo del DUO
school-row-pay-now = Lo que paga usted si pide el préstamo más alto
school-row-checked = Comprobado

school-retakes-none = No, lo paga usted
# $count (Number)
school-retakes-count = { $count ->
    [one] Sí, { $count } vez
    [many] Sí, { $count } veces
   *[other] Sí, { $count } veces
}
school-exam-fees-none = Ninguno (incluido en el precio, o sin examen)
# $count (Number) - number of exams; $fee (String) - price per exam; $amount (String) - together
school-exam-fees = { $count ->
    [one] { $count } examen × { $fee } = { $amount }
    [many] { $count } exámenes × { $fee } = { $amount }
   *[other] { $count } exámenes × { $fee } = { $amount }
}
# $amount (String)
school-loan-up-to = Sí, hasta { $amount }
school-loan-ask-duo = No es seguro: pregunte al DUO
school-loan-none = No, no tiene sello de calidad
# $address (String), $postcode (String), $city (String)
school-address = { $address }, { $postcode } { $city }
# $date (String), $source (String)
school-checked-on = { $date } ({ $source })

school-cost-title = ¿Cuánto le cuesta?
# $fee (String) - price per exam; $date (String) - date of that price
school-cost-how = Total = el precio del curso + los exámenes que no están incluidos en el precio + dinero para repetir un examen una vez. Un examen cuesta { $fee } (precio a fecha de { $date }). ¿Repite un examen? Entonces paga otra vez.
# $max (String) - the highest amount you can borrow
school-cost-loan = En una escuela con sello de calidad puede pedir un préstamo al DUO, de hasta { $max }. Cuánto puede pedir de verdad depende de sus ingresos y de los de su pareja. Eso solo lo sabe el DUO. «Lo que paga usted» se calcula con el importe más alto.
# $months (Number), $years (Number)
school-cost-repay = Usted devuelve el préstamo. Empieza { $months } meses después de terminar la integración cívica, y paga cada mes durante { $years } años. ¿Cuánto al mes? Se lo dirá el DUO.
school-cost-sources = Reglas: R3.6 (exámenes), R6.2 (préstamo) y R6.3 (devolución). No sabemos con seguridad si el DUO también presta para una escuela con un sello de calidad aspirante.
school-contact-title = Contacto con las escuelas

school-warning-no-keurmerk = Sin sello de calidad: aquí no puede pedir un préstamo al DUO. Estas horas no cuentan para la ruta Z, ni para bajar al nivel A2.
school-warning-aspirant = Sello de calidad aspirante: pregunte al DUO si puede pedir un préstamo aquí, y pregunte al municipio si las horas cuentan.
# $hours (Number)
school-warning-z-hours = Para la ruta Z necesita { $hours } horas de clase en una escuela con sello de calidad. Este curso tiene menos horas.
# $hours (Number)
school-warning-step-down-hours = Solo puede bajar al nivel A2 después de { $hours } horas de clase en una escuela con sello de calidad. Este curso, por sí solo, tiene menos horas.
school-warning-above-loan = El total es más de lo que puede pedir prestado. La parte que sobra la paga usted.
school-warning-informal = Esto no es una escuela. Es bueno practicar además de las clases, pero no cuenta como horas de clase.

school-error-max-total = Escriba un importe en euros, por ejemplo 6000.
school-error-km = Escriba un número de kilómetros de 1 a 300.
school-error-required = Rellene este campo.
school-error-toolong = Es demasiado largo. Use menos de 200 caracteres.
school-error-whole = Escriba un número entero.
school-error-range = Este número es demasiado grande o demasiado pequeño.
school-error-price = Escriba un importe en euros, por ejemplo 1250 o 1250,50.
school-error-date = Elija una fecha.
school-error-yesno = Elija sí o no.
school-error-choice = Elija una de las opciones.
school-error-postcode = Escriba un código postal como 1234 AB.
school-error-municipality = Elija un municipio.
school-error-coordinates = Esto no es un lugar de los Países Bajos.
school-error-email = Escriba una dirección de correo electrónico como nombre@ejemplo.nl.
school-error-website = Escriba una dirección web que empiece por https://.
school-error-language = Escriba códigos de idioma como ar|tr.
school-error-stars = Elija de 1 a 4 estrellas.

# Consultants (regievoerders): add, change and check language schools.
school-staff-link = Escuelas de idiomas
school-staff-doc-title = Gestionar escuelas de idiomas – { -brand-name }
school-staff-title = Gestionar escuelas de idiomas
school-staff-lead = Aquí están las escuelas de idiomas con una dirección en su municipio. ¿Está todo bien? Entonces haga clic en «Comprobado». Así los habitantes ven que los datos están al día.
school-staff-add = Añadir una escuela de idiomas
school-staff-none = Todavía no hay escuelas de idiomas.
school-staff-back = Volver a las escuelas de idiomas
# $count (Number) - number of courses
school-staff-offers = { $count ->
    [one] { $count } curso
    [many] { $count } cursos
   *[other] { $count } cursos
}
# $date (String) - date YYYY-MM-DD
school-staff-checked = Última comprobación: { $date }
# $name (String) - name of the school
school-staff-verify = Comprobado: { $name }
school-edit-title = Cambiar la escuela de idiomas
school-new-title = Añadir una escuela de idiomas
school-field-name = Nombre
school-field-kind = Tipo
school-field-valid-until = Sello de calidad válido hasta
school-field-stars-hint = De 1 a 4, o déjelo vacío si no lo sabe.
school-field-website = Sitio web
school-field-phone = Teléfono
school-field-email = Dirección de correo electrónico
school-field-address = Calle y número
school-field-postcode = Código postal
school-field-latitude = Latitud (no obligatorio)
school-field-longitude = Longitud (no obligatorio)
school-field-coordinates-hint = Para buscar por distancia, por ejemplo 52,0907 y 5,1214.
school-field-verified-hint = Cuando guarde, en la escuela aparecerá que su municipio ha comprobado los datos hoy.
school-save = Guardar
school-offers-title = Cursos
# $price (String) - price with the euro sign; $hours (Number)
school-offer-line = { $price }, { $hours } horas
school-offer-add = Añadir un curso
school-offer-title = Curso
# $name (String) - name of the school
school-offer-back = Volver a { $name }
school-offer-delete = Borrar el curso
school-field-price = Precio en euros
school-field-price-hint = Por ejemplo 6250 o 6250,50.
school-field-hours = Horas de clase
school-field-hours-per-week = Horas de clase por semana
school-field-weeks = Número de semanas
school-field-in-person = Parte de las clases en el aula (porcentaje)
school-field-retakes = ¿Cuántas veces se puede repetir un examen incluido en el precio?
school-field-languages = Idiomas en los que el profesor puede explicar
school-field-languages-hint = Códigos de idioma, por ejemplo ar, tr.
school-field-start-dates = Fechas de inicio
school-field-start-dates-hint = Por ejemplo 2027-01-11, 2027-03-01.
school-field-exams-included = Los exámenes están incluidos en el precio
school-error-informal-keurmerk = Un taalcafé, una biblioteca o un compañero de idioma no tiene sello de calidad. Elija «Sin sello de calidad».
school-error-informal-route = Elija «Practicar» para un taalcafé, una biblioteca o un compañero de idioma, y una ruta para una escuela.
school-error-same-address = Esta escuela ya tiene esta dirección.
account-notice-school-saved = La escuela de idiomas se ha guardado.
account-notice-school-checked = Los datos constan ahora como comprobados.
# $municipality (String) - name of the municipality that checked the data
school-source-municipality = Municipio de { $municipality }
school-source-admin = Administración de Wegwijs
