# Consultants (regievoerders) and admins, the second factor, activation of an account made by
# someone else, the activation letter, and sharing with the municipality.
# Dutch (nl) is the reference locale. Write at level B1: short sentences, common words.

staff-2fa-doc-title = Segundo paso para iniciar sesión – { -brand-name }
staff-2fa-title = Segundo paso: su código
staff-2fa-text = Abra en su teléfono la aplicación de códigos de inicio de sesión. Escriba el código de 6 cifras que ve allí.
staff-2fa-code = Código
staff-2fa-code-hint = Las 6 cifras de la aplicación. ¿Ha perdido su teléfono? Entonces escriba uno de sus códigos de recuperación.
staff-2fa-submit = Iniciar sesión
staff-2fa-setup-title = Configure su segundo paso
staff-2fa-setup-app = Instale en su teléfono una aplicación de códigos de inicio de sesión. Por ejemplo, la aplicación que usa su organización.
staff-2fa-setup-scan = Escanee este código QR con la aplicación.
staff-2fa-qr-alt = Código QR para añadir Wegwijs a su aplicación
staff-2fa-setup-secret = ¿No puede escanear? Entonces escriba esta clave en la aplicación:
staff-2fa-setup-type = Escriba el código de 6 cifras que la aplicación muestra ahora.
staff-recovery-title = Guarde sus códigos de recuperación
staff-recovery-text = Con un código de recuperación puede iniciar sesión si ha perdido su teléfono. Cada código funciona una sola vez. Guárdelos en un lugar seguro. Solo los ve una vez.
staff-recovery-continue = He guardado los códigos
staff-2fa-status-title = Segundo paso
# Variables:
#   $count (Number) - recovery codes not used yet
staff-2fa-status = { $count ->
    [one] Le queda { $count } código de recuperación.
    [many] Le quedan { $count } códigos de recuperación.
   *[other] Le quedan { $count } códigos de recuperación.
}
staff-go-to-work = Ir a mi trabajo

staff-activate-doc-title = Activar la cuenta – { -brand-name }
staff-activate-title = Prepare su cuenta
staff-activate-text = Usted ha recibido un código, en una carta o en un correo. Escriba el código y elija una contraseña.
staff-activate-code = Su código
staff-activate-code-hint = Está en la carta o en el correo. No hace falta escribir los guiones.
staff-activate-submit = Preparar la cuenta

staff-municipality = Municipio
staff-municipality-choose = Elija un municipio

staff-admin-doc-title = Gestión – { -brand-name }
staff-admin-title = Gestión
staff-admin-consultants = Coordinadores
staff-admin-none = Todavía no hay coordinadores.
staff-admin-status-invited = Invitado, todavía no ha empezado
staff-admin-status-ready = Activo, con segundo paso
staff-admin-status-no-2fa = Contraseña elegida, segundo paso todavía sin configurar
staff-admin-invite-title = Invitar a un coordinador
staff-admin-invite-name = Nombre del coordinador
staff-admin-invite-submit = Enviar la invitación

# Variables:
#   $municipality (String) - the consultant's municipality
staff-consultant-title = Coordinador, { $municipality }
staff-consultant-doc-title = Coordinador – { -brand-name }
staff-consultant-sharing = Personas que comparten sus datos con usted
staff-consultant-sharing-text = Aquí solo ve a las personas que dieron su permiso ellas mismas. Pueden retirar este permiso en cualquier momento.
staff-consultant-sharing-none = Todavía nadie comparte datos con su municipio.
# Variables:
#   $date (String) - since when, formatted for this locale
staff-consultant-shared-since = Comparte desde el { $date }.
staff-consultant-new-title = Crear una cuenta para alguien sin correo electrónico
staff-consultant-new-text = Usted crea la cuenta. Después imprime una carta en el idioma de la persona recién llegada. Con el código de la carta, esa persona crea su propia contraseña.
staff-consultant-new-name = Nombre de la persona recién llegada
staff-consultant-new-language = Idioma de la carta
staff-consultant-new-submit = Crear la cuenta y mostrar la carta
staff-consultant-waiting = Todavía no activadas
staff-consultant-waiting-none = Todas las cuentas que usted creó están activadas.
# Variables:
#   $date (String) - when the account was made, formatted for this locale
staff-consultant-made-on = Creada el { $date }.
staff-consultant-new-letter = Carta nueva (el código antiguo deja de funcionar)
staff-consultant-back = Volver a mi resumen

staff-letter-doc-title = Carta para imprimir – { -brand-name }
staff-letter-instruction = Imprima esta carta ahora y désela a la persona recién llegada. El código no está escrito en ningún otro lugar. ¿Se ha perdido la carta? Entonces cree una carta nueva.

letter-title = Su cuenta en { -brand-name }
# Variables:
#   $name (String) - the migrant's name
letter-greeting = Estimado/a { $name }:
letter-intro = El municipio ha creado una cuenta para usted en { -brand-name }. Allí ve lo que tiene que hacer para su integración cívica.
letter-step-open = Escanee el código QR con su teléfono. O escriba la dirección de abajo en su navegador.
letter-step-code = Escriba el código si todavía no está escrito.
letter-step-password = Elija una contraseña. Solo usted la conoce.
letter-step-sign-in = Después, inicie sesión con su nombre de usuario y su contraseña.
letter-qr-alt = Código QR con la dirección para preparar su cuenta
letter-address = Dirección
letter-code = Código (funciona una sola vez)
letter-username = Su nombre de usuario
# Variables:
#   $date (String) - the last day the code works, formatted for this locale
letter-expiry = El código funciona hasta el { $date }. Después, el municipio puede darle una carta nueva.
letter-help = ¿Tiene preguntas? Lleve esta carta al municipio.

staff-error-code-wrong = Este código no es correcto. Escriba las 6 cifras que la aplicación muestra ahora, o un código de recuperación.
staff-error-municipality-missing = Elija un municipio de la lista.
staff-error-email-taken = Este correo electrónico ya tiene una cuenta.
staff-error-activation-invalid = Este código no funciona. Quizá ya se ha usado o es demasiado antiguo. Pida una carta nueva al municipio.

account-field-email-or-username = Correo electrónico o nombre de usuario
account-field-email-or-username-hint = ¿Ha recibido una carta del municipio? Entonces su nombre de usuario está en esa carta.

account-municipality-title = Compartir con su municipio
account-municipality-text = Puede mostrar sus respuestas y su plan a los coordinadores de su municipio. Así pueden ayudarle mejor. No es obligatorio. Puede dejar de compartir en cualquier momento.
account-municipality-where = ¿En qué municipio vive?
account-municipality-share = Sí, compartir con mi municipio
# Variables:
#   $municipality (String) - the municipality's name
#   $date (String) - since when, formatted for this locale
account-municipality-sharing = Usted comparte sus respuestas y su plan con el municipio de { $municipality } desde el { $date }.
account-municipality-stop = Dejar de compartir

account-log-second-factor-set = segundo paso configurado
account-log-shared-with-municipality = se empezó a compartir con el municipio
account-log-stopped-sharing = se dejó de compartir con el municipio
account-log-viewed-by-municipality = sus respuestas consultadas (municipio)
account-log-letter-made = carta con código creada (municipio)

account-notice-activated = Su cuenta está lista. Ahora puede iniciar sesión.
account-notice-shared = Su municipio ya puede ver sus respuestas y su plan.
account-notice-sharing-stopped = Ya no comparte nada con su municipio.
account-notice-consultant-invited = La invitación se ha enviado.

email-consultant-subject = Su cuenta como coordinador en { -brand-name }
# Variables:
#   $name (String) - the consultant's name
#   $link (String) - the activation link
email-consultant-body = Estimado/a { $name }:

    Le invitamos a { -brand-name } como coordinador o coordinadora. Abra este enlace para elegir una contraseña:

    { $link }

    Después, configure un segundo paso con una aplicación de códigos de inicio de sesión en su teléfono. El enlace funciona durante 7 días.
