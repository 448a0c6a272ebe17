# Information sessions: the list, a session page, booking, the waiting list, the consultant's side.
# Dutch is the reference. Write at level B1: short sentences, common words, "u".

session-list-lead = El municipio organiza encuentros para los nuevos habitantes. Allí sabrá lo que tiene que hacer y conocerá a otras personas. Elija un encuentro e inscríbase.
session-mine-link = Mis inscripciones
session-filter-all-municipalities = Todos los municipios
session-filter-language = Idioma
session-filter-any-language = Todos los idiomas
session-filter-from = Desde la fecha
session-filter-submit = Buscar
session-none = Ahora no hay encuentros que coincidan. Vuelva a mirar más tarde, o busque con menos opciones.

# Variables:
#   $start (String) - start time, e.g. 19:00
#   $end (String) - end time, e.g. 20:30
session-time = { $start } – { $end } h
# Variables:
#   $count (Number) - seats left
session-seats-left = { $count ->
    [one] Queda { $count } plaza libre
    [many] Quedan { $count } plazas libres
   *[other] Quedan { $count } plazas libres
}
session-full = Completo. Puede apuntarse a la lista de espera.
session-closed = La inscripción está cerrada.
session-cancelled = Este encuentro no se va a celebrar.
session-online = En línea
session-in-dutch = Este texto solo está en neerlandés.
# Variables:
#   $languages (String) - names of the languages spoken
session-languages = Idiomas: { $languages }

# Variables:
#   $title (String) - the session's title
session-doc-title = { $title } – { -brand-name }
session-when = Cuándo
session-more-dates = Otras fechas
# Variables:
#   $count (Number) - how many days the series has
session-series = { $count ->
    [one] { $count } encuentro
    [many] Una serie de { $count } encuentros. Se inscribe una sola vez para todos.
   *[other] Una serie de { $count } encuentros. Se inscribe una sola vez para todos.
}
session-where = Dónde
session-accessibility = Accesibilidad
session-languages-spoken = Idiomas que se hablan
session-interpreter = Hay intérprete
session-childcare = Cuidado de niños
session-partner-welcome = La pareja es bienvenida
session-seats = Plazas
session-deadline = Puede inscribirse hasta
session-yes = Sí
session-no = No
session-booking-title = Inscribirse
session-book = Inscribirme
session-join-waiting-list = Apuntarme a la lista de espera
session-full-text = Este encuentro está completo. Si está en la lista de espera, recibe una plaza automáticamente cuando alguien cancela. Entonces le enviamos un correo.
session-party = ¿Cuántas personas vienen?
# Variables:
#   $count (Number) - number of people
session-party-option = { $count ->
    [one] { $count } persona
    [many] { $count } personas
   *[other] { $count } personas
}
session-sign-in-to-book = Inicie sesión para inscribirse
# Variables:
#   $count (Number) - number of people in the booking
session-booking-confirmed = { $count ->
    [one] Su inscripción está confirmada.
    [many] Su inscripción está confirmada, para { $count } personas.
   *[other] Su inscripción está confirmada, para { $count } personas.
}
# Variables:
#   $position (Number) - place on the waiting list
session-booking-waiting = Está en la lista de espera. Tiene el número { $position }.
session-status-confirmed = Inscripción confirmada
session-status-waiting = En la lista de espera
session-status-cancelled = Inscripción cancelada
session-cancel = Cancelar mi inscripción
session-leave-waiting-list = Salir de la lista de espera
session-calendar = Añadir a mi calendario
# Variables:
#   $name (String) - the migrant the partner books for
session-booking-for = Usted hace esto para { $name }.
session-back = Volver a todos los encuentros

session-mine-doc-title = Mis inscripciones – { -brand-name }
session-mine-title = Mis inscripciones
session-mine-none = Todavía no se ha inscrito en ningún encuentro.
session-alerts-title = Correos sobre nuevos encuentros
session-alerts-text = Le enviamos un correo cuando su municipio anuncia un encuentro en su idioma.
session-alerts-needs-municipality = Primero elija su municipio en "Mi cuenta" (Compartir con su municipio). Así sabemos qué encuentros son para usted.
session-alerts-label = Sí, envíenme un correo sobre nuevos encuentros
session-alerts-submit = Guardar

session-consultant-link = Encuentros de mi municipio
session-consultant-doc-title = Gestionar encuentros – { -brand-name }
session-consultant-title = Encuentros de mi municipio
session-consultant-none = Todavía no ha anunciado ningún encuentro.
session-consultant-back = Volver a los encuentros
session-edit-link = Cambiar
session-edit-title = Cambiar el encuentro
session-edit-lead = ¿Cambia la hora o el lugar? Entonces todas las personas inscritas reciben un correo.
session-edit-submit = Guardar los cambios
session-cancel-session = Cancelar el encuentro
session-message-title = Mensaje a todas las personas inscritas
session-message-label = Su mensaje
session-message-hint = Texto normal, 2000 caracteres como máximo. Todas las personas inscritas o en la lista de espera lo reciben por correo.
session-message-submit = Enviar el mensaje
session-new-link = Nuevo encuentro
session-new-doc-title = Nuevo encuentro – { -brand-name }
session-new-title = Anunciar un nuevo encuentro
session-new-submit = Anunciar el encuentro
session-field-title = Título
session-field-title-hint = Corto y claro, en neerlandés. 120 caracteres como máximo.
session-field-description = Descripción
session-field-description-hint = Texto normal. Una línea nueva sigue siendo una línea nueva.
session-field-date = Fecha
session-field-time = Hora de inicio
session-field-time-hint = Hora de los Países Bajos, por ejemplo 19:00.
session-field-duration = Duración en minutos
session-field-place = Dirección
session-field-place-hint = Déjelo vacío si el encuentro es solo en línea.
session-field-room = Sala
session-field-accessibility = Accesibilidad (por ejemplo: ascensor, silla de ruedas)
session-field-online-url = Enlace para participar en línea
session-field-online-url-hint = Empieza por https://. Déjelo vacío si el encuentro no es en línea.
session-field-capacity = Número de plazas
session-field-languages = ¿Qué idiomas se hablan?
session-field-extras = Extras
session-field-childcare = Hay cuidado de niños
session-field-partner-welcome = La pareja es bienvenida
session-field-max-party = ¿Cuántas personas por inscripción?
session-field-max-party-hint = Solo si la pareja es bienvenida. Normalmente 2.
session-field-deadline = Último día para inscribirse (fecha)
session-field-series = Una serie (puede quedar vacío)
session-field-series-hint = ¿Este encuentro forma parte de una serie de varias veces? Escriba los otros días. Las personas se inscriben una sola vez para todos los días.
# Variables:
#   $number (Number) - which day of the series (2, 3, 4)
session-field-series-date = Día { $number }: fecha
# Variables:
#   $number (Number) - which day of the series (2, 3, 4)
session-field-series-time = Día { $number }: hora de inicio (vacío = la misma hora)
session-field-translations = Texto en otros idiomas (puede quedar vacío)
session-field-translations-hint = Los habitantes ven el título y la descripción en su propio idioma si usted los escribe aquí. Si no, ven el texto en neerlandés.
# Variables:
#   $language (String) - the language's own name
session-field-title-in = Título ({ $language })
# Variables:
#   $language (String) - the language's own name
session-field-description-in = Descripción ({ $language })
session-field-deadline-hint = Si lo deja vacío, la inscripción es posible hasta que empiece el encuentro.

# Variables:
#   $taken (Number) - seats taken
#   $capacity (Number) - all seats
session-taken = { $taken } de { $capacity } plazas ocupadas.
session-public-page = Ver como lo ven los habitantes
session-csv = Descargar la lista (CSV)
session-attendees = Inscripciones
session-attendees-none = Todavía no hay nadie inscrito.
session-attendee-deleted = (cuenta eliminada)
session-attended-yes = Vino
session-attended-no = No vino
session-attended-unknown = Todavía sin marcar
session-check-in = Está aquí
session-no-show = No ha venido

session-error-title-missing = Escriba un título.
session-error-title-long = El título es demasiado largo. Use 120 caracteres como máximo.
session-error-description-long = La descripción es demasiado larga. Use 4000 caracteres como máximo.
session-error-date-invalid = Escriba una fecha, por ejemplo 2027-03-15.
session-error-time-skipped = Esta hora no existe ese día: ese día el reloj se adelanta una hora. Elija otra hora.
session-error-date-past = Esta fecha ya ha pasado. Elija un día en el futuro.
session-error-duration = Escriba una duración de 15 a 600 minutos.
session-error-capacity = Escriba un número de plazas de 1 a 500.
session-error-max-party = Escriba un número de personas de 1 a 6.
session-error-deadline-after-start = La inscripción tiene que cerrarse antes de que empiece el encuentro.
session-error-place-missing = Escriba una dirección, o un enlace para participar en línea.
session-error-url = Un enlace empieza por https:// y no tiene espacios.
session-error-languages-missing = Elija al menos un idioma.
session-error-party = No puede venir a este encuentro con tantas personas.
session-error-capacity-below-booked = Ya hay más plazas ocupadas. Elija un número de plazas más alto.
session-error-message = Escriba un mensaje de 1 a 2000 caracteres.
session-error-series-order = Cada día de la serie tiene que ser después del día anterior.
session-error-closed = Ya no es posible inscribirse: el encuentro ha empezado, la inscripción está cerrada o el encuentro no se va a celebrar.

account-notice-booked = Listo. Su inscripción está confirmada. Recibirá un correo con los datos.
account-notice-waiting = Está en la lista de espera. ¿Queda una plaza libre? Entonces la recibe automáticamente y le enviamos un correo.
account-notice-cancelled = Su inscripción se ha cancelado.
account-notice-session-created = El encuentro ya está publicado en la web.
account-notice-checked-in = Guardado.
account-notice-session-updated = Los cambios se han guardado.
account-notice-session-cancelled = El encuentro se ha cancelado. Todas las personas inscritas reciben un correo.
account-notice-message-sent = Su mensaje se está enviando.
account-notice-alerts-on = Recibirá un correo cuando haya un nuevo encuentro.
account-notice-alerts-off = Ya no recibirá correos sobre nuevos encuentros.
account-log-booked-session = inscripción en un encuentro
account-log-cancelled-booking = inscripción en un encuentro cancelada

# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-confirmed-subject = Su inscripción está confirmada: { $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-confirmed-body = Hola:

    Su inscripción para el encuentro "{ $title }" está confirmada.

    Cuándo: { $date }, a las { $time } h
    Dónde: { $place }

    En el archivo adjunto está la cita para su calendario. ¿No puede venir? Entonces cancele su inscripción, así otra persona recibe su plaza:

    { $link }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-waiting-subject = Está en la lista de espera: { $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-waiting-body = Hola:

    El encuentro "{ $title }" del { $date } está completo. Usted está en la lista de espera.

    ¿Alguien cancela su inscripción? Entonces recibe la plaza automáticamente y le enviamos un correo.

    { $link }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-promoted-subject = Hay una plaza para usted: { $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-promoted-body = Hola:

    Buenas noticias: ha quedado libre una plaza. Su inscripción para "{ $title }" ya está confirmada.

    Cuándo: { $date }, a las { $time } h
    Dónde: { $place }

    En el archivo adjunto está la cita para su calendario. ¿Al final no puede venir? Entonces cancele su inscripción:

    { $link }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-reminder-subject = Recordatorio: { $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-reminder-body = Hola:

    Le recordamos el encuentro "{ $title }".

    Cuándo: { $date }, a las { $time } h
    Dónde: { $place }

    ¿No puede venir? Entonces cancele su inscripción, así otra persona recibe su plaza:

    { $link }

# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-changed-subject = Cambios en el encuentro: { $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-changed-body = Hola:

    El encuentro "{ $title }" ha cambiado. Estos son los nuevos datos:

    Cuándo: { $date }, a las { $time } h
    Dónde: { $place }

    ¿Ahora no puede venir? Entonces cancele su inscripción:

    { $link }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-cancelled-subject = No se celebra: { $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-cancelled-body = Hola:

    Lo sentimos: el encuentro "{ $title }" del { $date } no se va a celebrar. Usted no tiene que hacer nada.

    Puede buscar otro encuentro aquí:

    { $link }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
#   $message (String) - the consultant's own words
session-mail-message-subject = Mensaje sobre: { $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
#   $message (String) - the consultant's own words
session-mail-message-body = Hola:

    El municipio le envía un mensaje sobre el encuentro "{ $title }" del { $date }:

    { $message }

    { $link }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-announced-subject = Nuevo encuentro: { $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-announced-body = Hola:

    Su municipio organiza un nuevo encuentro en su idioma: "{ $title }".

    Cuándo: { $date }, a las { $time } h
    Dónde: { $place }

    ¿Quiere venir? Entonces inscríbase:

    { $link }

    ¿Ya no quiere recibir estos correos? Desactívelos en "Mis inscripciones".

# "Wednesday 2 December 2026, 19:30 – 21:00"
# Variables:
#   $date (String) - the day, formatted for this locale
#   $time (String) - the time or the hours
session-date-time = { $date }, { $time }
# Between the names in a list (e.g. of languages), spaces included.
session-list-separator = { ", " }
