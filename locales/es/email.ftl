# E-mail. Plain text: keep links on their own line.

email-verify-subject = Confirme su correo electrónico para { -brand-name }
# Variables:
#   $link (String) - the verification link
email-verify-body = Hola:

    Usted ha creado una cuenta en { -brand-name }. Abra este enlace y haga clic en el botón para confirmar su correo electrónico:

    { $link }

    El enlace funciona durante 24 horas. ¿No ha creado ninguna cuenta? Entonces no tiene que hacer nada.

email-reset-subject = Contraseña nueva para { -brand-name }
# Variables:
#   $link (String) - the reset link
email-reset-body = Hola:

    Alguien ha pedido una contraseña nueva para su cuenta en { -brand-name }. Abra este enlace para elegir una contraseña nueva:

    { $link }

    El enlace funciona durante 30 minutos y solo una vez. ¿No ha pedido nada? Entonces no tiene que hacer nada. Su contraseña sigue siendo la misma.

email-exists-subject = Su cuenta en { -brand-name }
# Variables:
#   $link (String) - the link to ask for a new password
email-exists-body = Hola:

    Alguien ha intentado crear una cuenta con este correo electrónico. Usted ya tiene una cuenta.

    ¿Ha olvidado su contraseña? Pida aquí una contraseña nueva:

    { $link }

    ¿No ha sido usted? Entonces no tiene que hacer nada.

# Variables:
#   $name (String) - the migrant's name
email-partner-subject = { $name } le pide ayuda en { -brand-name }
# Variables:
#   $name (String) - the migrant's name
#   $code (String) - the partner code
#   $link (String) - where to make an account
email-partner-body = Hola:

    { $name } quiere que usted le ayude con la integración cívica, a través de { -brand-name }.

    1. Cree una cuenta como pareja (o inicie sesión si ya tiene una cuenta):
    { $link }
    2. Vaya a "Mi cuenta" y escriba este código:

    { $code }

    El código funciona durante 7 días y solo una vez. ¿No conoce a { $name }? Entonces no tiene que hacer nada.
