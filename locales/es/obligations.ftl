# The result of the obligations check ("What must I do?").
# Every statement is one message. Amounts are whole euros, dates are already formatted.

obl-result-doc-title = Su resultado – { -brand-name }
obl-result-title = Su resultado

# Variables:
#   $status (String) - obligated, not_obligated, not_sure or not_for_this_portal
obl-status = { $status ->
    [obligated] Usted tiene que hacer la integración cívica.
    [not_obligated] Usted no tiene que hacer la integración cívica.
    [not_for_this_portal] A usted se le aplican otras reglas.
   *[not_sure] Todavía no lo sabemos con seguridad.
}

# Variables:
#   $law (String) - wi2021, wi2013, none or unknown
obl-law = { $law ->
    [wi2021] A usted se le aplica la Ley de Integración Cívica de 2021 (Wet inburgering 2021).
    [wi2013] A usted se le aplica la ley antigua: la Ley de Integración Cívica de 2013 (Wet inburgering 2013).
    [none] A usted no se le aplica ninguna ley de integración cívica.
   *[unknown] Todavía no sabemos qué ley se le aplica: la de 2013 o la de 2021.
}

# Variables:
#   $group (String) - gezinsmigrant, overige_migrant, nareiziger, none or unknown
obl-group = { $group ->
    [gezinsmigrant] Usted es migrante por reagrupación familiar (gezinsmigrant): vino a los Países Bajos para vivir con su pareja o su familia.
    [overige_migrant] Usted forma parte del grupo de «otros migrantes» (overige migranten). A usted se le aplican las mismas reglas que a los migrantes por reagrupación familiar.
    [nareiziger] Usted es nareiziger: es familiar de una persona con un permiso de asilo.
    [none] { "" }
   *[unknown] Todavía no sabemos a qué grupo pertenece.
}

obl-section-reasons = ¿Por qué?
obl-section-check = Esto todavía tiene que comprobarlo
obl-section-parts = ¿Qué tiene que hacer?
obl-section-deadline = ¿Para cuándo tiene que estar terminado?
obl-section-money = ¿Cuánto cuesta?
obl-section-residence = Su permiso de residencia
obl-section-referent = Para su pareja
obl-section-exemptions = Exención y dispensa

obl-part-title-intake = Entrevista inicial amplia y prueba de capacidad de aprendizaje
obl-part-title-pip = Su plan: el PIP
obl-part-title-route-choice = Su ruta de aprendizaje
obl-part-title-route-b1 = La ruta B1
obl-part-title-route-z = La ruta Z
obl-part-title-route-education = La ruta educativa
obl-part-title-knm = Conocimiento de la Sociedad Neerlandesa (KNM)
obl-part-title-pvt = El programa de la declaración de participación (PVT)
obl-part-title-map = El Módulo de Mercado Laboral y Participación (MAP)
obl-part-title-done = ¿Cuándo ha terminado?
obl-part-explain = ¿Qué significa esta palabra?

## Reasons

obl-reason-eu = Usted tiene la nacionalidad de un país de la UE o del EEE, o de Suiza. Entonces no tiene que hacer la integración cívica.
obl-reason-non-eu = Usted no tiene la nacionalidad de un país de la UE, del EEE ni de Suiza.
obl-reason-temporary-own = Usted vive aquí con un fin temporal, como estudios o trabajo. Entonces no tiene que hacer la integración cívica.
obl-reason-referent-temporary = Su pareja vive aquí con un fin temporal, como estudios o trabajo. Entonces usted no tiene que hacer la integración cívica.
obl-reason-referent-ok = Su pareja tiene la nacionalidad neerlandesa, o tiene un permiso para un fin no temporal.
obl-reason-clergy = Usted es ministro de culto, por ejemplo imán o pastor. Tiene que hacer la integración cívica, igual que los migrantes por reagrupación familiar.
obl-reason-humanitarian = Usted tiene un permiso humanitario para un fin no temporal. Tiene que hacer la integración cívica, igual que los migrantes por reagrupación familiar.
obl-reason-nareiziger = Usted vino a los Países Bajos para vivir con familiares que tienen un permiso de asilo. Entonces usted es nareiziger. El municipio organiza y paga su integración cívica. Por eso, este sitio web no es para usted. Pida ayuda a su municipio o a la organización VluchtelingenWerk.

# Variables:
#   $age (Number) - the age at which the obligation starts
obl-reason-age-under = Usted tenía menos de { $age } años. Entonces todavía no tiene que hacer la integración cívica.

# Variables:
#   $min (Number) - the age at which the obligation starts
obl-reason-age-ok = Usted tiene { $min } años o más, y todavía no ha llegado a la edad de jubilación (AOW).

# Variables:
#   $age (Number) - the state pension (AOW) age
obl-reason-age-aow = Usted ya había llegado a la edad de jubilación (AOW), que es de { $age } años. Entonces no tiene que hacer la integración cívica.
obl-reason-turkish-before = Usted tiene la nacionalidad turca, y su obligación de integración cívica habría empezado antes de 2022. En ese momento, los migrantes turcos por reagrupación familiar no tenían que hacer la integración cívica.
obl-reason-turkish-after = Usted tiene la nacionalidad turca. Desde el 1 de enero de 2022, los migrantes turcos por reagrupación familiar también tienen que hacer la integración cívica.

# Variables:
#   $years (Number) - years of schooling in the Netherlands
obl-reason-schooling = Usted vivió { $years } años o más en los Países Bajos cuando estaba en edad de escolarización obligatoria. Entonces no tiene que hacer la integración cívica.

# Variables:
#   $weeks (Number) - how long DUO takes to decide
obl-reason-diploma = Usted tiene un diploma neerlandés. Entonces normalmente recibe una exención. Pídala al DUO. El DUO decide en un plazo de { $weeks } semanas.
obl-reason-wi2021 = Su obligación de integración cívica empezó el 1 de enero de 2022 o después.
obl-reason-wi2013 = Su obligación de integración cívica empezó antes del 1 de enero de 2022. Entonces se aplica la ley antigua, con otras reglas. Pregunte al DUO qué se le aplica a usted.

## What to check

obl-check-nationality = ¿No sabe con seguridad qué nacionalidad cuenta? Mire su pasaporte.
obl-check-purpose = Mire su tarjeta de residencia. Allí aparece el fin de su estancia. ¿No lo sabe? Pregunte al IND.
obl-check-referent = Pregunte a su pareja qué nacionalidad o qué permiso tiene. ¿Es un permiso para un fin temporal, como estudios o trabajo? Entonces usted no tiene que hacer la integración cívica.
obl-check-birth-date = Su edad cuenta: la obligación se aplica desde los 16 años hasta la edad de jubilación (AOW).

# Variables:
#   $age (Number) - the age until which school usually comes first
obl-check-school-age = Usted tiene menos de { $age } años. ¿Todavía va a la escuela? Entonces su obligación de integración cívica normalmente empieza más tarde, cuando cumpla { $age } años. Pregunte al DUO.

# Variables:
#   $age (Number) - the state pension (AOW) age used here
obl-check-aow = Nosotros calculamos con una edad de jubilación (AOW) de { $age } años. No es la misma para todas las personas. Mire el sitio web del SVB.
obl-check-diploma = ¿Tiene un diploma neerlandés, como vmbo, havo, vwo o mbo 2 o superior? Entonces puede recibir una exención. Pregunte al DUO.

# Variables:
#   $years (Number) - years of schooling in the Netherlands
obl-check-schooling = ¿Vivió { $years } años o más en los Países Bajos cuando estaba en edad de escolarización obligatoria? Entonces no tiene que hacer la integración cívica. Pregunte al DUO.
obl-check-pass-date = Cuenta la fecha en que empezó su obligación. Esa fecha aparece en la carta del DUO. Para los migrantes por reagrupación familiar, normalmente es el día en que recogió su tarjeta de residencia.

## Parts

obl-part-intake = El municipio le invita a una conversación: la entrevista inicial amplia (brede intake). En ella habla de su formación, su trabajo y su situación. Usted tiene que ir a esta conversación.
obl-part-lbt = La entrevista inicial incluye la prueba de capacidad de aprendizaje (leerbaarheidstoets). Es una prueba en el ordenador. No necesita saber neerlandés para hacerla.
obl-part-alone = Puede tener la conversación a solas, sin su pareja. También puede llevar a otra persona.
obl-part-pip = Después de la entrevista inicial, el municipio hace su plan personal: el PIP. En él aparece su ruta de aprendizaje. ¿No está de acuerdo? Entonces puede presentar una objeción (bezwaar).

# Variables:
#   $weeks (Number) - weeks within which the municipality makes the PIP
obl-part-pip-weeks = El municipio tiene que hacer el PIP en un plazo de { $weeks } semanas después de la carta del DUO.
obl-part-route-choice = El municipio elige su ruta de aprendizaje en el PIP. Abajo están las tres rutas.
obl-part-route-b1 = En la ruta B1 aprende neerlandés de nivel B1. Hace exámenes de lectura, comprensión auditiva, escritura y expresión oral, y el examen KNM. No hay un número mínimo de horas de clase.

# Variables:
#   $hours (Number) - lesson hours needed before stepping down
#   $percent (Number) - minimum share of those hours in a classroom
obl-part-route-a2 = ¿No logra el nivel B1? Entonces quizás puede pasar al nivel A2. Para eso, primero tiene que haber tenido { $hours } horas de clase en una escuela con el sello de calidad de Blik op Werk, al menos el { $percent } por ciento en el aula. Su coordinador del municipio (regievoerder) tiene que estar de acuerdo.

# Variables:
#   $hours (Number) - lesson hours of the Z-route
obl-part-route-z = En la ruta Z recibe { $hours } horas de clase, en una escuela con el sello de calidad de Blik op Werk. No tiene que hacer ningún examen. Al final tiene una conversación en el municipio.
obl-part-route-education = La ruta educativa es sobre todo para personas jóvenes. Usted sigue un programa de transición lingüística (taalschakeltraject) en una escuela o institución. Después puede seguir estudiando en el mbo, en el hbo o en la universidad.

# Variables:
#   $route (String) - b1, z, education or unknown
obl-part-knm = { $route ->
    [z] En la ruta Z recibe clases sobre la sociedad neerlandesa. El examen no es obligatorio.
   *[other] Usted aprende sobre la sociedad neerlandesa y hace un examen sobre ella: el KNM. En la ruta Z solo recibe clases.
}

# Variables:
#   $hours (Number) - minimum hours of the PVT
obl-part-pvt = El municipio organiza el programa de la declaración de participación. Usted aprende sobre los valores más importantes de los Países Bajos. Dura al menos { $hours } horas y es gratis. Al final firma la declaración de participación.

# Variables:
#   $hours (Number) - minimum hours of the practical part of the MAP
obl-part-map = En el MAP aprende sobre el trabajo en los Países Bajos. Hay una parte práctica de al menos { $hours } horas. El municipio lo organiza y lo paga.
obl-part-no-map = En la ruta educativa no tiene que hacer el MAP. Recibe apoyo con sus estudios y con la elección de su profesión.
obl-part-done = Usted ha terminado cuando ha completado su ruta de aprendizaje, y también el PVT y el MAP. Una exención o una dispensa también cuenta.

## Deadline

# Variables:
#   $start (String) - formatted date the termijn starts
#   $end (String) - formatted date the termijn ends
#   $years (Number) - length of the termijn in years
obl-deadline-known = Su plazo empezó el { $start }. Tiene { $years } años: hasta el { $end }, incluido ese día.
obl-deadline-official = Este es nuestro cálculo. Siempre cuenta la fecha de la carta del DUO.

# Variables:
#   $from (String) - formatted date from which extra time can be asked
#   $months (Number) - minimum months of delay
obl-deadline-extension = ¿No lo consigue a tiempo, por ejemplo por una enfermedad de { $months } meses o más? A partir del { $from } puede pedir más tiempo al DUO.

# Variables:
#   $years (Number) - length of the termijn in years
obl-deadline-after-pip = Tiene { $years } años. Ese tiempo empieza el día después de la fecha de su primer PIP.

# Variables:
#   $months (Number) - the last months in which extra time can be asked
obl-deadline-extension-later = En los últimos { $months } meses puede pedir más tiempo al DUO, si tiene un buen motivo.

## Money

obl-money-pay = Usted paga por su cuenta la escuela de idiomas y los exámenes. El PVT y el MAP son gratis.

# Variables:
#   $fee (Number) - euros per exam
#   $count (Number) - number of exams
#   $total (Number) - euros for all exams once
#   $as_of (String) - formatted date the price was checked
obl-money-exams = Cada examen cuesta { $fee } €. En la ruta B1 son { $count } exámenes: en total, { $total } €. ¿Repite un examen? Entonces paga otra vez. (Precio a fecha de { $as_of }.)

# Variables:
#   $max (Number) - maximum loan in euros
obl-money-loan = Puede pedir un préstamo al DUO, de hasta { $max } €. Esto solo es posible para una escuela con el sello de calidad de Blik op Werk. Cuánto puede pedir prestado depende de sus ingresos y de los de su pareja.

# Variables:
#   $months (Number) - months after finishing when repayment starts
#   $years (Number) - years of repayment
obl-money-repay = Usted devuelve el préstamo, con intereses. Empieza { $months } meses después de terminar, y dura { $years } años.
obl-money-no-cancel = ¿Termina a tiempo? Aun así tiene que devolver el préstamo.
obl-money-other = Algunos municipios devuelven los gastos de viaje. Quizás reciba una ayuda para el cuidado de niños (kinderopvangtoeslag). Esto no es seguro: pregunte a su municipio.

## Residence

obl-residence-requirement = Solo cuando haya terminado la integración cívica puede recibir un permiso por tiempo indefinido o un permiso propio, u obtener la nacionalidad neerlandesa.

# Variables:
#   $years (Number) - years married to or living with a Dutch partner
obl-residence-naturalisation = Su pareja tiene la nacionalidad neerlandesa. Entonces, después de { $years } años de matrimonio o de convivencia, usted puede obtener la nacionalidad neerlandesa. Pero para eso tiene que haber terminado la integración cívica.

# Variables:
#   $years (Number) - years before an independent or permanent permit
obl-residence-permit = Después de { $years } años puede solicitar un permiso propio o un permiso por tiempo indefinido. Pero para eso tiene que haber terminado la integración cívica.
obl-residence-turkish = Hay una excepción para las personas con nacionalidad turca y sus familias: no necesitan haber terminado la integración cívica para obtener un permiso más fuerte. Pero la obligación de integración cívica sí sigue existiendo.
obl-residence-dependent = Su permiso depende del permiso de su pareja. Es válido como máximo 5 años.

## Referent

obl-referent-inform = Su pareja tiene que comunicar los cambios al IND. Por ejemplo, si ustedes ya no viven juntos, o si los ingresos bajan demasiado.
obl-referent-admin = Su pareja tiene que guardar documentos sobre su relación y sobre los ingresos.
obl-referent-sanctions = ¿Su pareja no lo hace? Entonces el IND puede darle una advertencia o una multa.
obl-referent-intake = A veces su pareja puede ir con usted a las conversaciones en el municipio. Pero usted también puede ir sin su pareja.

## Exemptions

obl-exempt-diploma = ¿Tiene un diploma neerlandés? Entonces puede recibir una exención. Pídala al DUO.

# Variables:
#   $years (Number) - years of schooling in the Netherlands
obl-exempt-schooling = ¿Vivió { $years } años o más en los Países Bajos cuando estaba en edad de escolarización obligatoria? Entonces no tiene que hacer la integración cívica.
obl-exempt-medical = ¿Por una enfermedad o una discapacidad no podrá cumplir nunca la obligación? Entonces puede pedir una dispensa al DUO. En ese caso, un médico estudia su situación.
obl-exempt-no-effort-release = Ya no existe la dispensa por haber estudiado mucho sin conseguirlo. Para eso ahora existe la ruta Z.

## Sources and certainty

obl-source-summary = Fuente y grado de certeza

# Variables:
#   $rule (String) - rule id, e.g. R2.1
obl-source-rule = Regla { $rule }

# Variables:
#   $confidence (String) - confirmed, source-text, secondary or uncertain
obl-confidence = { $confidence ->
    [confirmed] Certeza: confirmado por una fuente oficial.
    [source-text] Certeza: aparece en la guía de Divosa.
    [secondary] Certeza: solo se encontró en otras fuentes. Compruébelo.
   *[uncertain] Certeza: no es seguro. Compruébelo.
}

# Variables:
#   $date (String) - formatted date the rule was last checked
obl-source-checked = Comprobado el { $date }.
obl-uncertain-label = No es seguro

# Variables:
#   $authority (String) - duo, ind, municipality or svb
obl-check-with = { $authority ->
    [duo] Confírmelo con el DUO.
    [ind] Confírmelo con el IND.
    [svb] Confírmelo con el SVB.
   *[municipality] Confírmelo con su municipio.
}

# Variables:
#   $date (String) - formatted date the rules were last checked
obl-rules-checked = Las reglas de esta página se comprobaron el { $date }.
obl-share-label = Enlace a este resultado
obl-share-help = Guarde o comparta este enlace. Sus respuestas están en el enlace. No guardamos nada.
obl-change-answers = Cambiar respuestas
obl-print-help = Puede imprimir esta página. Para eso, use el menú de su navegador.
obl-save-submit = Guardar en mi cuenta
