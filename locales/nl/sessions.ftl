# Information sessions: the list, a session page, booking, the waiting list, the consultant's side.
# Dutch is the reference. Write at level B1: short sentences, common words, "u".

session-list-lead = De gemeente organiseert bijeenkomsten voor nieuwe inwoners. U hoort wat u moet doen en u ontmoet andere mensen. Kies een bijeenkomst en meld u aan.
session-mine-link = Mijn aanmeldingen
session-filter-all-municipalities = Alle gemeenten
session-filter-language = Taal
session-filter-any-language = Alle talen
session-filter-from = Vanaf datum
session-filter-submit = Zoeken
session-none = Er zijn nu geen bijeenkomsten die passen. Kijk later nog eens, of zoek met minder keuzes.

# Variables:
#   $start (String) - start time, e.g. 19:00
#   $end (String) - end time, e.g. 20:30
session-time = { $start } – { $end } uur
# Variables:
#   $count (Number) - seats left
session-seats-left = { $count ->
    [one] Nog { $count } plaats vrij
   *[other] Nog { $count } plaatsen vrij
}
session-full = Vol. U kunt op de wachtlijst.
session-closed = Aanmelden is gesloten.
session-cancelled = Deze bijeenkomst gaat niet door.
session-online = Online
session-in-dutch = Deze tekst is alleen in het Nederlands.
# Variables:
#   $languages (String) - names of the languages spoken
session-languages = Talen: { $languages }

# Variables:
#   $title (String) - the session's title
session-doc-title = { $title } – { -brand-name }
session-when = Wanneer
session-more-dates = Ook op
# Variables:
#   $count (Number) - how many days the series has
session-series = { $count ->
    [one] { $count } bijeenkomst
   *[other] Een reeks van { $count } bijeenkomsten. U meldt zich één keer aan voor alle.
}
session-where = Waar
session-accessibility = Toegankelijkheid
session-languages-spoken = Gesproken talen
session-interpreter = Er is een tolk
session-childcare = Kinderopvang
session-partner-welcome = Partner welkom
session-seats = Plaatsen
session-deadline = Aanmelden kan tot
session-yes = Ja
session-no = Nee
session-booking-title = Aanmelden
session-book = Meld mij aan
session-join-waiting-list = Zet mij op de wachtlijst
session-full-text = Deze bijeenkomst is vol. Op de wachtlijst krijgt u vanzelf een plaats als iemand afzegt. U krijgt dan een e-mail.
session-party = Met hoeveel personen komt u?
# Variables:
#   $count (Number) - number of people
session-party-option = { $count ->
    [one] { $count } persoon
   *[other] { $count } personen
}
session-sign-in-to-book = Log in om u aan te melden
# Variables:
#   $count (Number) - number of people in the booking
session-booking-confirmed = { $count ->
    [one] U bent aangemeld.
   *[other] U bent aangemeld, met { $count } personen.
}
# Variables:
#   $position (Number) - place on the waiting list
session-booking-waiting = U staat op de wachtlijst. U bent nummer { $position }.
session-status-confirmed = Aangemeld
session-status-waiting = Op de wachtlijst
session-status-cancelled = Afgemeld
session-cancel = Afmelden
session-leave-waiting-list = Van de wachtlijst af
session-calendar = Zet in mijn agenda
# Variables:
#   $name (String) - the migrant the partner books for
session-booking-for = U regelt dit voor { $name }.
session-back = Terug naar alle bijeenkomsten

session-mine-doc-title = Mijn aanmeldingen – { -brand-name }
session-mine-title = Mijn aanmeldingen
session-mine-none = U bent nog niet aangemeld voor een bijeenkomst.
session-alerts-title = E-mail over nieuwe bijeenkomsten
session-alerts-text = Wij sturen u een e-mail als uw gemeente een bijeenkomst in uw taal aankondigt.
session-alerts-needs-municipality = Kies eerst uw gemeente bij "Mijn account" (Delen met uw gemeente). Dan weten wij welke bijeenkomsten voor u zijn.
session-alerts-label = Ja, stuur mij een e-mail over nieuwe bijeenkomsten
session-alerts-submit = Opslaan

session-consultant-link = Bijeenkomsten van mijn gemeente
session-consultant-doc-title = Bijeenkomsten beheren – { -brand-name }
session-consultant-title = Bijeenkomsten van mijn gemeente
session-consultant-none = U heeft nog geen bijeenkomsten aangekondigd.
session-consultant-back = Terug naar de bijeenkomsten
session-edit-link = Wijzigen
session-edit-title = Bijeenkomst wijzigen
session-edit-lead = Verandert u de tijd of de plaats? Dan krijgt iedereen die zich heeft aangemeld een e-mail.
session-edit-submit = Wijzigingen opslaan
session-cancel-session = Bijeenkomst afzeggen
session-message-title = Bericht aan alle aangemelde mensen
session-message-label = Uw bericht
session-message-hint = Gewone tekst, maximaal 2000 tekens. Iedereen die zich heeft aangemeld of op de wachtlijst staat krijgt het per e-mail.
session-message-submit = Bericht versturen
session-new-link = Nieuwe bijeenkomst
session-new-doc-title = Nieuwe bijeenkomst – { -brand-name }
session-new-title = Nieuwe bijeenkomst aankondigen
session-new-submit = Bijeenkomst aankondigen
session-field-title = Titel
session-field-title-hint = Kort en duidelijk, in het Nederlands. Maximaal 120 tekens.
session-field-description = Beschrijving
session-field-description-hint = Gewone tekst. Een nieuwe regel blijft een nieuwe regel.
session-field-date = Datum
session-field-time = Begintijd
session-field-time-hint = Nederlandse tijd, bijvoorbeeld 19:00.
session-field-duration = Duur in minuten
session-field-place = Adres
session-field-place-hint = Laat leeg als de bijeenkomst alleen online is.
session-field-room = Zaal of kamer
session-field-accessibility = Toegankelijkheid (bijvoorbeeld: lift, rolstoel)
session-field-online-url = Link voor online meedoen
session-field-online-url-hint = Begint met https://. Laat leeg als de bijeenkomst niet online is.
session-field-capacity = Aantal plaatsen
session-field-languages = Welke talen worden gesproken?
session-field-extras = Extra
session-field-childcare = Er is kinderopvang
session-field-partner-welcome = De partner is welkom
session-field-max-party = Hoeveel personen per aanmelding?
session-field-max-party-hint = Alleen als de partner welkom is. Meestal 2.
session-field-deadline = Aanmelden kan tot en met (datum)
session-field-series = Een reeks (mag leeg blijven)
session-field-series-hint = Hoort deze bijeenkomst bij een reeks van een paar keer? Vul de andere dagen in. Mensen melden zich één keer aan voor alle dagen.
# Variables:
#   $number (Number) - which day of the series (2, 3, 4)
session-field-series-date = Dag { $number }: datum
# Variables:
#   $number (Number) - which day of the series (2, 3, 4)
session-field-series-time = Dag { $number }: begintijd (leeg = dezelfde tijd)
session-field-translations = Tekst in andere talen (mag leeg blijven)
session-field-translations-hint = Inwoners zien de titel en beschrijving in hun eigen taal als u die hier invult. Anders zien zij de Nederlandse tekst.
# Variables:
#   $language (String) - the language's own name
session-field-title-in = Titel ({ $language })
# Variables:
#   $language (String) - the language's own name
session-field-description-in = Beschrijving ({ $language })
session-field-deadline-hint = Laat leeg: dan kan aanmelden tot de bijeenkomst begint.

# Variables:
#   $taken (Number) - seats taken
#   $capacity (Number) - all seats
session-taken = { $taken } van de { $capacity } plaatsen bezet.
session-public-page = Bekijk zoals inwoners het zien
session-csv = Lijst downloaden (CSV)
session-attendees = Aanmeldingen
session-attendees-none = Nog niemand aangemeld.
session-attendee-deleted = (account verwijderd)
session-attended-yes = Was er
session-attended-no = Was er niet
session-attended-unknown = Nog niet afgevinkt
session-check-in = Is er
session-no-show = Niet gekomen

session-error-title-missing = Vul een titel in.
session-error-title-long = De titel is te lang. Gebruik maximaal 120 tekens.
session-error-description-long = De beschrijving is te lang. Gebruik maximaal 4000 tekens.
session-error-date-invalid = Vul een datum in, bijvoorbeeld 2027-03-15.
session-error-time-skipped = Deze tijd bestaat niet op die dag: de klok gaat dan een uur vooruit. Kies een andere tijd.
session-error-date-past = Deze datum is al voorbij. Kies een dag in de toekomst.
session-error-duration = Vul een duur in van 15 tot 600 minuten.
session-error-capacity = Vul een aantal plaatsen in van 1 tot 500.
session-error-max-party = Vul een aantal personen in van 1 tot 6.
session-error-deadline-after-start = Aanmelden moet sluiten voor de bijeenkomst begint.
session-error-place-missing = Vul een adres in, of een link voor online.
session-error-url = Een link begint met https:// en heeft geen spaties.
session-error-languages-missing = Kies minstens één taal.
session-error-party = Met zoveel personen kunt u niet komen bij deze bijeenkomst.
session-error-capacity-below-booked = Er zijn al meer plaatsen bezet. Kies een groter aantal plaatsen.
session-error-message = Schrijf een bericht van 1 tot 2000 tekens.
session-error-series-order = Elke dag van de reeks moet na de vorige dag komen.
session-error-closed = Aanmelden kan niet meer: de bijeenkomst is begonnen, gesloten of gaat niet door.

account-notice-booked = Gelukt. U bent aangemeld. U krijgt een e-mail met de gegevens.
account-notice-waiting = U staat op de wachtlijst. Komt er een plaats vrij? Dan krijgt u die vanzelf en sturen wij een e-mail.
account-notice-cancelled = U bent afgemeld.
account-notice-session-created = De bijeenkomst staat online.
account-notice-checked-in = Opgeslagen.
account-notice-session-updated = De wijzigingen zijn opgeslagen.
account-notice-session-cancelled = De bijeenkomst is afgezegd. Iedereen die zich had aangemeld krijgt een e-mail.
account-notice-message-sent = Uw bericht wordt verstuurd.
account-notice-alerts-on = U krijgt een e-mail als er een nieuwe bijeenkomst is.
account-notice-alerts-off = U krijgt geen e-mail meer over nieuwe bijeenkomsten.
account-log-booked-session = aangemeld voor een bijeenkomst
account-log-cancelled-booking = afgemeld voor een bijeenkomst

# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-confirmed-subject = U bent aangemeld: { $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-confirmed-body = Hallo,

    U bent aangemeld voor de bijeenkomst "{ $title }".

    Wanneer: { $date }, { $time } uur
    Waar: { $place }

    In de bijlage staat de afspraak voor uw agenda. Kunt u niet komen? Meld u dan af, dan krijgt iemand anders uw plaats:

    { $link }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-waiting-subject = U staat op de wachtlijst: { $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-waiting-body = Hallo,

    De bijeenkomst "{ $title }" op { $date } is vol. U staat op de wachtlijst.

    Meldt iemand zich af? Dan krijgt u de plaats vanzelf, en sturen wij u een e-mail.

    { $link }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-promoted-subject = Er is een plaats voor u: { $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-promoted-body = Hallo,

    Goed nieuws: er is een plaats vrijgekomen. U bent nu aangemeld voor "{ $title }".

    Wanneer: { $date }, { $time } uur
    Waar: { $place }

    In de bijlage staat de afspraak voor uw agenda. Kunt u toch niet komen? Meld u dan af:

    { $link }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-reminder-subject = Herinnering: { $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-reminder-body = Hallo,

    Denkt u aan de bijeenkomst "{ $title }"?

    Wanneer: { $date }, { $time } uur
    Waar: { $place }

    Kunt u niet komen? Meld u dan af, dan krijgt iemand anders uw plaats:

    { $link }

# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-changed-subject = Gewijzigd: { $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-changed-body = Hallo,

    De bijeenkomst "{ $title }" is gewijzigd. Dit zijn de nieuwe gegevens:

    Wanneer: { $date }, { $time } uur
    Waar: { $place }

    Kunt u nu niet komen? Meld u dan af:

    { $link }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-cancelled-subject = Gaat niet door: { $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-cancelled-body = Hallo,

    Helaas: de bijeenkomst "{ $title }" op { $date } gaat niet door. U hoeft niets te doen.

    Kijk voor een andere bijeenkomst op:

    { $link }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
#   $message (String) - the consultant's own words
session-mail-message-subject = Bericht over: { $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
#   $message (String) - the consultant's own words
session-mail-message-body = Hallo,

    De gemeente stuurt u een bericht over de bijeenkomst "{ $title }" op { $date }:

    { $message }

    { $link }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-announced-subject = Nieuwe bijeenkomst: { $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-announced-body = Hallo,

    Uw gemeente organiseert een nieuwe bijeenkomst in uw taal: "{ $title }".

    Wanneer: { $date }, { $time } uur
    Waar: { $place }

    Wilt u komen? Meld u aan:

    { $link }

    Wilt u deze e-mails niet meer? Zet ze uit bij "Mijn aanmeldingen".

# "Wednesday 2 December 2026, 19:30 – 21:00"
# Variables:
#   $date (String) - the day, formatted for this locale
#   $time (String) - the time or the hours
session-date-time = { $date }, { $time }
# Between the names in a list (e.g. of languages), spaces included.
session-list-separator = { ", " }
