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
