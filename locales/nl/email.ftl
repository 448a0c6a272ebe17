# E-mail. Plain text: keep links on their own line.

email-verify-subject = Bevestig uw e-mailadres voor { -brand-name }
# Variables:
#   $link (String) - the verification link
email-verify-body = Hallo,

    U heeft een account gemaakt bij { -brand-name }. Open deze link en klik op de knop om uw e-mailadres te bevestigen:

    { $link }

    De link werkt 24 uur. Heeft u geen account gemaakt? Dan hoeft u niets te doen.

email-reset-subject = Nieuw wachtwoord voor { -brand-name }
# Variables:
#   $link (String) - the reset link
email-reset-body = Hallo,

    Iemand vroeg een nieuw wachtwoord aan voor uw account bij { -brand-name }. Open deze link om een nieuw wachtwoord te kiezen:

    { $link }

    De link werkt 30 minuten en maar één keer. Vroeg u niets aan? Dan hoeft u niets te doen. Uw wachtwoord blijft hetzelfde.

email-exists-subject = Uw account bij { -brand-name }
# Variables:
#   $link (String) - the link to ask for a new password
email-exists-body = Hallo,

    Iemand probeerde een account te maken met dit e-mailadres. U heeft al een account.

    Wachtwoord vergeten? Vraag hier een nieuw wachtwoord aan:

    { $link }

    Was u dit niet? Dan hoeft u niets te doen.

# Variables:
#   $name (String) - the migrant's name
email-partner-subject = { $name } vraagt uw hulp bij { -brand-name }
# Variables:
#   $name (String) - the migrant's name
#   $code (String) - the partner code
#   $link (String) - where to make an account
email-partner-body = Hallo,

    { $name } wil dat u helpt bij de inburgering, via { -brand-name }.

    1. Maak een account als partner (of log in als u al een account heeft):
    { $link }
    2. Ga naar "Mijn account" en typ deze code:

    { $code }

    De code werkt 7 dagen en maar één keer. Kent u { $name } niet? Dan hoeft u niets te doen.
