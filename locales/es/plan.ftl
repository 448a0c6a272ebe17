# My plan: a timeline from arrival to the deadline. Write at level B1.

plan-title = Mi plan
plan-doc-title = Mi plan – { -brand-name }
plan-lead = Haga un plan desde hoy hasta su fecha límite. Rellene las fechas que sabe. Así verá cuándo tiene que hacer cada cosa, y si sus horas son suficientes.

plan-milestone-arrival = Usted recogió su tarjeta de residencia
plan-milestone-notice = Carta del DUO: usted tiene que hacer la integración cívica
plan-milestone-intake = Entrevista inicial amplia en el municipio
plan-milestone-pip-due = Como muy tarde en esta fecha, usted debería tener su PIP
plan-milestone-pip = Su primer PIP
plan-milestone-termijn-start = Empiezan sus 3 años
plan-milestone-lessons-start = Inicio de las clases
plan-milestone-hours-600 = 600 horas de clase: se puede hablar de bajar al nivel A2
plan-milestone-hours-800 = 800 horas de clase: las horas de la ruta Z
plan-milestone-lessons-end = Fin de las clases (previsto)
plan-milestone-exam-book-by = Inscríbase en los exámenes como muy tarde en esta fecha, para tener tiempo de repetir uno
plan-milestone-exam-last-chance = Último momento para inscribirse en los exámenes
plan-milestone-extension-window = A partir de ahora puede pedir más tiempo al DUO, si tiene un motivo
plan-milestone-pvt-by = Programa de la declaración de participación (PVT) terminado
plan-milestone-map-by = Módulo de Mercado Laboral y Participación (MAP) terminado
plan-milestone-termijn-end = Fecha límite: todo tiene que estar terminado
plan-milestone-repayment-start = Empieza a devolver el préstamo del DUO (si pidió un préstamo)
plan-milestone-naturalisation = Puede obtener la nacionalidad neerlandesa (si su pareja es neerlandesa)
plan-milestone-permit = Puede obtener un permiso de residencia más fuerte

plan-official = De su carta
plan-estimated = Estimación
plan-uncertain = No es seguro

plan-phase-start = El comienzo
plan-phase-learning = Aprender
plan-phase-finish = Exámenes y fecha límite
plan-phase-after = Después

# $date (String)
plan-today = Hoy, { $date }
# $title (String) - title of the meeting
plan-session = Encuentro: { $title }
plan-warnings-title = Atención
plan-warning-no-hours = Usted ha planificado 0 horas por semana. Así sus clases no terminan nunca. Planifique horas cada semana.
plan-warning-cannot-reach = Con estas horas por semana, no termina a tiempo para los exámenes. Planifique más horas por semana, o empiece antes.
plan-warning-no-retake-room = Termina justo a tiempo para los exámenes, pero no queda tiempo para repetir un examen. Planifique más horas por semana si puede.
# $months (Number)
plan-warning-late-start = Usted tiene su PIP desde hace más de { $months ->
    [one] { $months } mes
    [many] { $months } meses
   *[other] { $months } meses
}, y todavía no ha empezado las clases. Empiece lo antes posible.
# $hours (Number)
plan-warning-step-down-keurmerk = ¿No logra el nivel B1? Solo puede bajar al nivel A2 después de { $hours ->
    [one] { $hours } hora
    [many] { $hours } horas
   *[other] { $hours } horas
} de clase en una escuela con el sello de calidad de Blik op Werk.

# $name (String) - name of the school
plan-school = Su escuela: { $name }. Hemos rellenado las horas y la fecha de inicio de esta escuela.
plan-dates-title = Sus fechas
plan-dates-hint = Rellene lo que sabe. ¿La fecha aparece en una carta? Use esa fecha. ¿No la sabe? Déjelo vacío.
plan-field-arrival = Fecha en que recogió su tarjeta de residencia
plan-field-notice = Fecha de la carta del DUO
plan-field-intake = Fecha de la entrevista inicial amplia
plan-field-pip = Fecha de su primer PIP
plan-field-pip-hint = ¿Todavía no tiene un PIP? Deje esto vacío.
plan-field-termijn-end = Fecha límite de una carta del DUO
plan-field-termijn-end-hint = No es obligatorio. Esta fecha cuenta en lugar de nuestro cálculo.
plan-lessons-title = Sus clases
plan-field-route = Su ruta
plan-route-b1 = Ruta B1
plan-route-z = Ruta Z
plan-route-education = Ruta educativa
plan-field-target-hours = ¿Cuántas horas de clase planifica?
plan-field-target-hours-hint = Para la ruta Z son 800 horas. Para B1, la ley no da un número: pregunte a su escuela.
plan-field-lessons-start = Inicio de las clases
plan-field-hours-per-week = Horas de clase por semana
# $max (Number)
plan-field-hours-per-week-hint = { $max ->
    [one] Como máximo { $max } hora.
    [many] Como máximo { $max } horas.
   *[other] Como máximo { $max } horas.
}
plan-field-weeks-off = Semanas al año sin clase (vacaciones)
plan-progress-title = Lo que ya ha hecho
plan-progress-hint = Escriba para cada mes cuántas horas de clase tuvo. ¿Quiere rellenar más meses? Haga clic en «Calcular mi plan»: entonces aparecen líneas vacías.
# $n (Number) - line number
plan-field-month = Mes { $n }
# $n (Number)
plan-field-month-hours = Horas de clase en el mes { $n }
plan-field-exams-passed = He aprobado todos los exámenes de mi ruta
plan-field-dutch-partner = Mi pareja tiene la nacionalidad neerlandesa
plan-submit = Calcular mi plan
plan-timeline-title = Su línea de tiempo
# $left (Number) - lesson hours still to go; $average (String) - average number of hours per week
plan-summary = { $left ->
    [one] Le queda { $left } hora de clase.
    [many] Le quedan { $left } horas de clase.
   *[other] Le quedan { $left } horas de clase.
} Contando las vacaciones, son de media { $average } horas por semana.
plan-calendar = Añadir a mi calendario (.ics)
plan-print = Imprimir
plan-save = Guardar en mi cuenta
plan-save-sign-in = Inicie sesión para guardar su plan. También puede guardar el enlace de esta página.
plan-disclaimer = Esto es un plan, no una decisión. Las fechas estimadas pueden ser diferentes. Las fechas de sus cartas del DUO y del municipio siempre tienen prioridad.

plan-print-back = Volver a mi plan
plan-print-title = Mi integración cívica: las fechas importantes
# $date (String)
plan-print-made = Hecho el { $date }.
plan-print-date = Fecha
plan-print-what = Qué
plan-print-how = Grado de seguridad
plan-checklist-title = Para recordar
plan-checklist-school = Elija una escuela de idiomas. ¿Quiere pedir un préstamo al DUO? Entonces elija una escuela con sello de calidad.
plan-checklist-hours = Planifique horas para aprender cada semana, también si trabaja.
plan-checklist-pvt = Haga el programa de la declaración de participación (PVT). Es gratis.
plan-checklist-map = Haga el MAP sobre el trabajo en los Países Bajos. Es gratis. (No en la ruta educativa.)
plan-checklist-exams = Inscríbase a tiempo en los exámenes. Repetir un examen lleva tiempo.
plan-checklist-help = ¿Tiene preguntas? Llame o escriba un correo electrónico a su coordinador del municipio (regievoerder).

plan-error-date = Elija una fecha.
plan-error-notice-before-arrival = La carta del DUO llega después de recoger su tarjeta de residencia. Revise otra vez las fechas.
plan-error-pip-before-notice = Su PIP llega después de la carta del DUO. Revise otra vez las fechas.
plan-error-intake-after-pip = La entrevista inicial amplia es antes del PIP. Revise otra vez las fechas.
plan-error-end-before-pip = La fecha límite es después de la fecha de su PIP. Revise otra vez la fecha.
plan-error-hours = Escriba un número entero de horas, por ejemplo 9.
plan-error-hours-too-many = Más de 40 horas por semana no es posible. Elija menos horas.
plan-error-target = Escriba un número de horas de clase de 1 a 3000.
plan-error-weeks-off = Escriba un número de semanas de 0 a 26.
plan-error-progress-month = Elija un mes que ya ha pasado o que está en curso.
plan-error-progress-hours = Escriba un número de horas de 0 a 200 para este mes.
plan-error-progress-total = Ha rellenado más horas de las que planifica. Aumente el número de horas de clase planificadas, o revise las horas.
account-notice-plan-saved = Su plan se ha guardado en su cuenta.
school-plan-link = Usar { $name } en mi plan
plan-live-hours = Control deslizante: horas de clase por semana
plan-live-start = Control deslizante: ¿cuándo empieza?
# $months (Number) - in how many months the lessons start
plan-live-start-months = { $months ->
    [0] ahora
    [one] dentro de { $months } mes
    [many] dentro de { $months } meses
   *[other] dentro de { $months } meses
}
plan-live-end = Fin de las clases:
plan-live-never = nunca, con 0 horas por semana
