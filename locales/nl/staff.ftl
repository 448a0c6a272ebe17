# Consultants (regievoerders) and admins, the second factor, activation of an account made by
# someone else, the activation letter, and sharing with the municipality.
# Dutch is the reference. Write at level B1: short sentences, common words, "u".

staff-2fa-doc-title = Tweede stap inloggen – { -brand-name }
staff-2fa-title = Tweede stap: uw code
staff-2fa-text = Open de app voor inlogcodes op uw telefoon. Typ de code van 6 cijfers die u daar ziet.
staff-2fa-code = Code
staff-2fa-code-hint = De 6 cijfers uit de app. Telefoon kwijt? Typ dan een van uw herstelcodes.
staff-2fa-submit = Inloggen
staff-2fa-setup-title = Stel uw tweede stap in
staff-2fa-setup-app = Zet een app voor inlogcodes op uw telefoon, bijvoorbeeld de app die uw organisatie gebruikt.
staff-2fa-setup-scan = Scan deze QR-code met de app.
staff-2fa-qr-alt = QR-code om Wegwijs aan uw app toe te voegen
staff-2fa-setup-secret = Lukt scannen niet? Typ dan deze sleutel in de app:
staff-2fa-setup-type = Typ de code van 6 cijfers die de app nu laat zien.
staff-recovery-title = Bewaar uw herstelcodes
staff-recovery-text = Met een herstelcode kunt u inloggen als u uw telefoon kwijt bent. Elke code werkt één keer. Bewaar ze op een veilige plek. U ziet ze maar één keer.
staff-recovery-continue = Ik heb de codes bewaard
staff-2fa-status-title = Tweede stap
# Variables:
#   $count (Number) - recovery codes not used yet
staff-2fa-status = { $count ->
    [one] U heeft nog { $count } herstelcode.
   *[other] U heeft nog { $count } herstelcodes.
}
staff-go-to-work = Naar mijn werk

staff-activate-doc-title = Account activeren – { -brand-name }
staff-activate-title = Maak uw account klaar
staff-activate-text = U heeft een code gekregen, in een brief of in een e-mail. Typ de code en kies een wachtwoord.
staff-activate-code = Uw code
staff-activate-code-hint = Staat in de brief of de e-mail. Streepjes mag u weglaten.
staff-activate-submit = Account klaarmaken

staff-municipality = Gemeente
staff-municipality-choose = Kies een gemeente

staff-admin-doc-title = Beheer – { -brand-name }
staff-admin-title = Beheer
staff-admin-consultants = Regievoerders
staff-admin-none = Er zijn nog geen regievoerders.
staff-admin-status-invited = Uitgenodigd, nog niet begonnen
staff-admin-status-ready = Actief, met tweede stap
staff-admin-status-no-2fa = Wachtwoord gekozen, tweede stap nog niet ingesteld
staff-admin-invite-title = Regievoerder uitnodigen
staff-admin-invite-name = Naam van de regievoerder
staff-admin-invite-submit = Stuur de uitnodiging

# Variables:
#   $municipality (String) - the consultant's municipality
staff-consultant-title = Regievoerder { $municipality }
staff-consultant-doc-title = Regievoerder – { -brand-name }
staff-consultant-sharing = Mensen die hun gegevens met u delen
staff-consultant-sharing-text = U ziet hier alleen mensen die zelf toestemming gaven. Zij kunnen die toestemming altijd stoppen.
staff-consultant-sharing-none = Nog niemand deelt gegevens met uw gemeente.
# Variables:
#   $date (String) - since when, formatted for this locale
staff-consultant-shared-since = Deelt sinds { $date }.
staff-consultant-new-title = Account maken voor iemand zonder e-mail
staff-consultant-new-text = U maakt het account. Daarna drukt u een brief af in de taal van de inburgeraar. Met de code in de brief maakt die zelf een wachtwoord.
staff-consultant-new-name = Naam van de inburgeraar
staff-consultant-new-language = Taal van de brief
staff-consultant-new-submit = Account maken en brief tonen
staff-consultant-waiting = Nog niet geactiveerd
staff-consultant-waiting-none = Alle accounts die u maakte zijn geactiveerd.
# Variables:
#   $date (String) - when the account was made, formatted for this locale
staff-consultant-made-on = Gemaakt op { $date }.
staff-consultant-new-letter = Nieuwe brief (de oude code stopt)
staff-consultant-back = Terug naar mijn overzicht

staff-letter-doc-title = Brief om af te drukken – { -brand-name }
staff-letter-instruction = Druk deze brief nu af en geef hem aan de inburgeraar. De code staat nergens anders. Kwijt? Maak dan een nieuwe brief.

letter-title = Uw account bij { -brand-name }
# Variables:
#   $name (String) - the migrant's name
letter-greeting = Beste { $name },
letter-intro = De gemeente heeft een account voor u gemaakt bij { -brand-name }. Daar ziet u wat u moet doen voor uw inburgering.
letter-step-open = Scan de QR-code met uw telefoon. Of typ het adres hieronder in uw browser.
letter-step-code = Typ de code als die er nog niet staat.
letter-step-password = Kies een wachtwoord. Alleen u kent het.
letter-step-sign-in = Log daarna in met uw inlognaam en uw wachtwoord.
letter-qr-alt = QR-code met het adres om uw account klaar te maken
letter-address = Adres
letter-code = Code (werkt één keer)
letter-username = Uw inlognaam
# Variables:
#   $date (String) - the last day the code works, formatted for this locale
letter-expiry = De code werkt tot { $date }. Daarna kan de gemeente u een nieuwe brief geven.
letter-help = Vragen? Neem deze brief mee naar de gemeente.

staff-error-code-wrong = Deze code klopt niet. Typ de 6 cijfers die de app nu laat zien, of een herstelcode.
staff-error-municipality-missing = Kies een gemeente uit de lijst.
staff-error-email-taken = Dit e-mailadres heeft al een account.
staff-error-activation-invalid = Deze code werkt niet. Misschien is hij al gebruikt of te oud. Vraag de gemeente om een nieuwe brief.

account-field-email-or-username = E-mailadres of inlognaam
account-field-email-or-username-hint = Heeft u een brief van de gemeente gekregen? Dan staat uw inlognaam in die brief.

account-municipality-title = Delen met uw gemeente
account-municipality-text = U mag uw antwoorden en uw planning laten zien aan de regievoerders van uw gemeente. Dan kunnen zij u beter helpen. Dit hoeft niet. U kunt het altijd weer stoppen.
account-municipality-where = In welke gemeente woont u?
account-municipality-share = Ja, deel met mijn gemeente
# Variables:
#   $municipality (String) - the municipality's name
#   $date (String) - since when, formatted for this locale
account-municipality-sharing = U deelt uw antwoorden en planning met de gemeente { $municipality }, sinds { $date }.
account-municipality-stop = Stop met delen

account-log-second-factor-set = tweede stap ingesteld
account-log-shared-with-municipality = delen met de gemeente aangezet
account-log-stopped-sharing = delen met de gemeente gestopt
account-log-viewed-by-municipality = uw antwoorden bekeken (gemeente)
account-log-letter-made = brief met code gemaakt (gemeente)

account-notice-activated = Uw account is klaar. U kunt nu inloggen.
account-notice-shared = Uw gemeente kan nu uw antwoorden en planning zien.
account-notice-sharing-stopped = U deelt niets meer met uw gemeente.
account-notice-consultant-invited = De uitnodiging is verstuurd.

email-consultant-subject = Uw account als regievoerder bij { -brand-name }
# Variables:
#   $name (String) - the consultant's name
#   $link (String) - the activation link
email-consultant-body = Beste { $name },

    U bent uitgenodigd als regievoerder bij { -brand-name }. Open deze link om een wachtwoord te kiezen:

    { $link }

    Daarna stelt u een tweede stap in met een app voor inlogcodes op uw telefoon. De link werkt 7 dagen.
