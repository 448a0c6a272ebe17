# Accounts: sign up, sign in, verify, reset, the account page, partner access.
# Dutch is the reference. Write at level B1: short sentences, common words, "u".

account-sign-up-doc-title = Account maken – { -brand-name }
account-sign-up-title = Account maken
account-sign-up-lead = Met een account bewaart u uw antwoorden. U kunt dan ook uw partner laten helpen.
account-sign-up-submit = Account maken
account-sign-up-link = Nog geen account? Maak een account.
account-have-account = Heeft u al een account? Log dan in.
account-privacy-link = Lees wat we met uw gegevens doen

account-field-name = Uw naam
account-field-name-hint = Zoals u genoemd wilt worden. Uw partner ziet deze naam.
account-field-email = E-mailadres
account-field-password = Wachtwoord
account-field-new-password = Nieuw wachtwoord
# Variables:
#   $min (Number) - the minimum number of characters
account-field-new-password-hint = Minstens { $min } tekens. Een zin van een paar woorden is goed en makkelijk te onthouden.
account-field-password-repeat = Typ het wachtwoord nog een keer
account-field-role = Wie bent u?
account-role-migrant = Ik ben nieuw in Nederland en moet inburgeren
account-role-referent = Ik ben de partner. Ik woon al in Nederland en wil helpen

account-form-problems = Er ging iets mis. Kijk naar deze punten:

account-check-mail-doc-title = Kijk in uw e-mail – { -brand-name }
account-check-mail-title = Kijk in uw e-mail
account-check-mail-text = Als het adres klopt, krijgt u binnen een paar minuten een e-mail van ons. Klik op de link in die e-mail.
account-check-mail-spam = Geen e-mail gekregen? Kijk ook bij ongewenste e-mail (spam).
account-sign-in-link = Naar inloggen

account-verify-doc-title = E-mailadres bevestigen – { -brand-name }
account-verify-title = Bevestig uw e-mailadres
account-verify-text = Klik op de knop. Dan is uw account klaar.
account-verify-submit = Ja, dit is mijn e-mailadres

account-sign-in-doc-title = Inloggen – { -brand-name }
account-sign-in-title = Inloggen
account-sign-in-submit = Inloggen
account-forgot-link = Wachtwoord vergeten?

account-forgot-doc-title = Wachtwoord vergeten – { -brand-name }
account-forgot-title = Wachtwoord vergeten
account-forgot-text = Vul uw e-mailadres in. U krijgt dan een link om een nieuw wachtwoord te maken. De link werkt 30 minuten.
account-forgot-submit = Stuur mij een link

account-reset-doc-title = Nieuw wachtwoord – { -brand-name }
account-reset-title = Kies een nieuw wachtwoord
account-reset-submit = Wachtwoord opslaan

account-doc-title = Mijn account – { -brand-name }
account-title = Mijn account
# Variables:
#   $name (String) - the name the person gave
account-hello = Hallo { $name }.
# Variables:
#   $email (String) - the person's e-mail address
account-email-is = U logt in met { $email }.
account-back = Terug naar mijn account
account-sign-out = Uitloggen

account-saved-check-title = Mijn antwoorden over inburgering
account-saved-check-none = U heeft nog geen antwoorden bewaard. Doe de check en kies dan "Bewaar in mijn account".
# Variables:
#   $date (String) - when the answers were saved, formatted for this locale
account-saved-check-when = Bewaard op { $date }.
account-saved-check-open = Bekijk wat u moet doen

account-partner-title = Hulp van uw partner
account-partner-text = Uw partner kan u helpen. U kiest zelf wat uw partner mag doen. U kunt dit altijd weer stoppen.
account-partner-invite-title = Partner uitnodigen
account-partner-scopes = Wat mag uw partner doen?
account-partner-until = Tot en met welke dag? (mag leeg blijven)
account-partner-until-hint = Laat dit leeg als er geen einddatum is. U kunt de toegang altijd stoppen.
account-partner-email = E-mailadres van uw partner (mag leeg blijven)
account-partner-email-hint = Vult u dit in? Dan sturen wij de code ook naar uw partner.
account-partner-invite-submit = Maak een code voor mijn partner
account-partner-code-intro = Geef deze code aan uw partner. Uw partner typt de code in bij "Mijn account".
account-partner-code-expiry = De code werkt 7 dagen en maar één keer. U ziet de code maar één keer.
account-partner-not-accepted = Uitnodiging (nog niet gebruikt)
account-partner-revoke = Toegang stoppen

account-scope-view = Mijn plichten en mijn plan bekijken
account-scope-book = Voor mij voorlichtingen boeken en afzeggen
account-scope-reminders = Mijn herinneringen krijgen

# Variables:
#   $status (String) - the status of the access, e.g. "actief"
account-grant-status = Status: { $status }
account-grant-status-invited = uitgenodigd
account-grant-status-invite-expired = code verlopen
account-grant-status-active = actief
account-grant-status-ended = afgelopen
account-grant-status-revoked = gestopt
# Variables:
#   $date (String) - the last day, formatted for this locale
account-grant-until = Tot en met { $date }.
account-grant-no-end = Geen einddatum.

account-helping-title = U helpt
account-referent-duties-link = Uw eigen plichten als partner (referent)
# Variables:
#   $name (String) - the name of the person the partner helps
account-act-for = Help { $name }
account-accept-title = Code van uw partner invullen
account-accept-code = Code
account-accept-code-hint = Uw partner ziet deze code in Wegwijs. Streepjes en kleine letters mogen.
account-accept-submit = Code gebruiken

# Variables:
#   $name (String) - the name of the person the partner acts for
account-acting-banner = Let op: u werkt nu voor { $name }. Wat u doet, ziet { $name } ook.
account-acting-open = Bekijk de antwoorden
account-acting-stop = Stoppen met helpen

account-log-title = Wat er met uw account gebeurde
account-log-empty = Nog niets.
account-log-by-me = u
account-log-by-deleted = een verwijderd account
# Variables:
#   $date (String) - when it happened
#   $who (String) - who did it ("u" or a name)
#   $what (String) - what was done
account-log-line = { $date }: { $what } (door { $who })
account-log-signed-in = ingelogd
account-log-password-changed = wachtwoord veranderd
account-log-grant-created = partner uitgenodigd
account-log-grant-accepted = uitnodiging geaccepteerd
account-log-grant-revoked = toegang van partner gestopt
account-log-viewed-check = antwoorden bekeken
account-log-saved-check = antwoorden bewaard

account-devices-title = Waar u bent ingelogd
# Variables:
#   $device (String) - browser and system, e.g. "Chrome · Android"
#   $since (String) - when the person logged in
#   $seen (String) - when the device was last used
account-devices-line = { $device }: ingelogd op { $since }, laatst gebruikt op { $seen }.
account-devices-this = (dit apparaat)
account-sign-out-everywhere = Overal uitloggen

account-data-title = Mijn gegevens
account-data-text = U kunt al uw gegevens downloaden. U kunt uw account ook meteen verwijderen.
account-export-link = Download mijn gegevens
account-delete-link = Account verwijderen

account-delete-doc-title = Account verwijderen – { -brand-name }
account-delete-title = Account verwijderen
account-delete-text = Dit kan niet terug. We verwijderen uw account, uw antwoorden en de toegang van uw partner. U bent dan meteen uitgelogd.
account-delete-submit = Ja, verwijder mijn account

account-shared-doc-title = Antwoorden van uw partner – { -brand-name }
# Variables:
#   $name (String) - the name of the person the partner acts for
account-shared-title = Antwoorden van { $name }
account-shared-none = Er zijn nog geen antwoorden bewaard.
account-access-ended-title = Geen toegang
account-access-ended-text = U mag dit niet (meer) zien. De toegang is gestopt of afgelopen. Of u heeft deze toegang niet gekregen.

account-notice-verified = Uw e-mailadres is bevestigd. U kunt nu inloggen.
account-notice-password-reset = Uw nieuwe wachtwoord is opgeslagen. U bent overal uitgelogd. Log opnieuw in.
account-notice-signed-out = U bent uitgelogd.
account-notice-deleted = Uw account is verwijderd.
account-notice-saved = Uw antwoorden zijn bewaard.
account-notice-revoked = De toegang is gestopt. Uw partner kan niets meer voor u doen.
account-notice-accepted = Gelukt. U kunt nu helpen.
account-notice-signed-out-everywhere = U bent overal uitgelogd.
account-notice-acting-stopped = U werkt nu weer voor uzelf.

account-error-email-missing = Vul uw e-mailadres in.
account-error-email-no-at = Een e-mailadres heeft één @, met tekst ervoor en erna. Bijvoorbeeld: naam@voorbeeld.nl
account-error-email-spaces = Er mogen geen spaties in een e-mailadres staan.
account-error-email-no-domain = Het deel na de @ is niet compleet. Bijvoorbeeld: naam@voorbeeld.nl
account-error-email-too-long = Dit e-mailadres is te lang.
account-error-password-too-short = Het wachtwoord is te kort. Maak het langer, bijvoorbeeld met een paar woorden.
account-error-password-too-long = Het wachtwoord is te lang. Gebruik maximaal 128 tekens.
account-error-password-common = Dit wachtwoord gebruiken heel veel mensen. Het is makkelijk te raden. Kies een ander wachtwoord.
account-error-password-contains-email = Uw e-mailadres staat in het wachtwoord. Kies een ander wachtwoord.
account-error-password-mismatch = De twee wachtwoorden zijn niet hetzelfde.
account-error-password-wrong = Dit wachtwoord klopt niet.
account-error-name-missing = Vul een naam in (maximaal 80 tekens).
account-error-role-missing = Kies wie u bent.
account-error-rate-limited = U heeft het te vaak geprobeerd. Wacht een kwartier en probeer het dan opnieuw.
account-error-sign-in-failed = Het e-mailadres of het wachtwoord klopt niet.
account-error-not-verified = U heeft uw e-mailadres nog niet bevestigd. Klik op de link in onze e-mail. Geen e-mail? Kies "Wachtwoord vergeten".
account-error-link-invalid = Deze link werkt niet meer. Hij is al gebruikt of te oud. Vraag een nieuwe link aan.
account-error-code-invalid = Deze code werkt niet. Kijk of u hem goed heeft overgetypt. Een code werkt 7 dagen en maar één keer.
account-error-not-a-referent = Alleen een partner-account kan een code gebruiken.
account-error-scopes-missing = Kies minstens één ding dat uw partner mag doen.
account-error-until-invalid = Vul een datum in, bijvoorbeeld 2027-06-30.
account-error-until-past = Deze datum is al voorbij. Kies een dag in de toekomst.
account-error-forbidden = Dit mag u niet doen met dit account.
account-error-not-found = Dit bestaat niet (meer).
