# Taalscholen: zoeken, vergelijken en de totale kosten naast de DUO-lening.
# Schrijf op B1-niveau: korte zinnen, gewone woorden, "u".

school-lead = Zoek een taalschool bij u in de buurt. Zet twee tot vier scholen naast elkaar. Dan ziet u wat ze kosten en wat u ervoor krijgt.
school-none = Er zijn geen taalscholen gevonden. Probeer minder filters.

# $amount (String) - bedrag, al geschreven met punten en komma's
school-money = € { $amount }

school-route-b1 = B1-route
school-route-a2 = A2 (na afschalen)
school-route-z = Z-route (800 uur)
school-route-literacy = Alfabetisering (leren lezen en schrijven)
school-route-education = Onderwijsroute (taalschakeltraject)
school-route-knm = Alleen KNM
school-route-exam-training = Examentraining
school-route-informal = Oefenen (taalcafé, bibliotheek, taalmaatje)

school-schedule-daytime = overdag
school-schedule-evening = 's avonds
school-schedule-weekend = in het weekend

school-format-in-person = in de klas
school-format-online = online
school-format-hybrid = deels in de klas, deels online
# $format (String) - lesvorm; $percent (Number) - deel van de uren in de klas
school-format-share = { $format } ({ $percent }% in de klas)

school-yes = Ja
school-no = Nee
school-unknown = Niet bekend

school-keurmerk-keurmerkhouder = Keurmerk Blik op Werk
school-keurmerk-aspirant = Aspirant-keurmerk (nog in aanvraag)
school-keurmerk-none = Geen keurmerk
# $date (String) - datum waarop het keurmerk afliep
school-keurmerk-expired = Keurmerk verlopen op { $date }

school-kind-school = Taalschool
school-kind-taalcafe = Taalcafé (geen school, geen keurmerk)
school-kind-library = Bibliotheek (geen school, geen keurmerk)
school-kind-language-buddy = Taalmaatje (geen school, geen keurmerk)

# $count (Number) - sterren van Blik op Werk, 1 tot 4
school-stars = { $count ->
    [one] { $count } ster van 4
   *[other] { $count } sterren van 4
}
school-stars-unknown = Sterren: niet bekend

# $km (String) - afstand in kilometers
school-distance = { $km } km
# $hours (Number), $per_week (Number), $weeks (Number)
school-hours = { $hours } uur les, { $per_week } uur per week, { $weeks ->
    [one] { $weeks } week
   *[other] { $weeks } weken
}
# $city (String), $municipality (String)
school-where = { $city } (gemeente { $municipality })
school-childcare-yes = Met kinderopvang
school-working-yes = Goed te doen als u werkt
# $date (String)
school-next-start = Volgende start: { $date }
# $amount (String) - bedrag met euroteken
school-total = Totaal: { $amount }
school-per-hour = ({ $amount } per lesuur)
# $name (String) - naam van de school
school-compare-pick = { $name } vergelijken

school-filter-city = Plaats
school-filter-route = Route
school-filter-all-routes = Alle routes
school-filter-schedule = Wanneer kunt u naar les?
school-filter-format = Soort les
school-filter-any-format = Alle soorten
school-filter-keurmerk = Alleen scholen met keurmerk
school-filter-keurmerk-why = Alleen bij een school met keurmerk kunt u geld lenen bij DUO, de Z-route volgen of afschalen naar A2.
school-filter-childcare = Met kinderopvang
school-filter-working = Goed te doen als ik werk
school-filter-max-total = Hoeveel mag het in totaal kosten? (in euro)
school-filter-km = Hoe ver mag het zijn? (in km)
school-filter-submit = Zoeken

school-locate = Gebruik mijn locatie
school-locate-waiting = Uw locatie wordt gezocht…
school-locate-found = Uw locatie is ingevuld. Klik op Zoeken.
school-locate-failed = Uw locatie kon niet worden gevonden. Kies een gemeente of plaats.

school-sort = Sorteren op
school-sort-total = Laagste totaalprijs
school-sort-per-hour = Laagste prijs per lesuur
school-sort-stars = Meeste sterren
school-sort-distance = Kortste afstand

# $count (Number) - aantal gevonden aanbiedingen
school-results = { $count ->
    [one] { $count } aanbod gevonden
   *[other] { $count } aanbiedingen gevonden
}
# $municipality (String)
school-distance-from = De afstand is gemeten vanaf het midden van de gemeente { $municipality }.
school-distance-unknown = Wilt u op afstand zoeken? Kies dan een gemeente, of gebruik uw locatie.
# $max (Number) - hoeveel scholen u het meest kunt kiezen
school-compare-how = Kies 2 tot { $max } scholen. Klik daarna op Vergelijken.
school-compare-submit = Vergelijken

school-pages = Pagina's
school-page-previous = Vorige pagina
school-page-next = Volgende pagina
# $page (Number), $pages (Number)
school-page-of = Pagina { $page } van { $pages }

school-compare-doc-title = Taalscholen vergelijken – { -brand-name }
school-compare-title = Taalscholen naast elkaar
school-compare-back = Terug naar de zoekresultaten
school-compare-caption = De scholen die u koos, naast elkaar
school-compare-differs = verschilt
# $max (Number)
school-compare-too-few = Kies minstens 2 scholen om te vergelijken.
# $max (Number)
school-compare-too-many = U kunt { $max } scholen tegelijk vergelijken. U ziet de eerste { $max }.

school-checklist-title = Waar let u op?
school-checklist-lead = Deze vragen helpen u kiezen. De tabel geeft per school het antwoord.
school-checklist-intake = Maakt u aan het begin een taaltoets? Dan weet de school welk niveau u heeft en hoeveel les u nodig heeft.
school-checklist-hours = Hoeveel lesuren krijgt u van een bevoegde docent?
school-checklist-times = Op welke dagen en tijden zijn de lessen, en waar?
school-checklist-keurmerk = Heeft de school een geldig keurmerk? Dat heeft u nodig voor een lening van DUO, voor de Z-route en om af te schalen naar A2.
school-checklist-retakes = Mag u een examen opnieuw doen zonder extra te betalen?
school-checklist-reputation = Wat vinden anderen van de school?
school-checklist-work = Werkt u, of gaat u werken? Kunt u de lessen dan nog volgen?

school-row-keurmerk = Keurmerk
school-row-route = Route
school-row-intake = Taaltoets aan het begin
school-row-hours = Lesuren
school-row-schedule = Dagen en tijden
school-row-format = Soort les
school-row-place = Adres
school-row-retakes = Examen opnieuw doen in de prijs
school-row-stars = Sterren (Blik op Werk)
school-row-working = Goed te doen met werk
school-row-childcare = Kinderopvang
school-row-class-size = Grootste groep
school-row-start = Volgende start
school-row-price = Prijs van de cursus
school-row-exam-fees = Examens, niet in de prijs
school-row-retake-room = Geld voor één keer opnieuw
school-row-total = Totaal
school-row-loan = Lenen bij DUO
school-row-pay-now = Wat u zelf betaalt als u het meeste leent
school-row-checked = Gecontroleerd

school-retakes-none = Nee, u betaalt zelf
# $count (Number)
school-retakes-count = { $count ->
    [one] Ja, { $count } keer
   *[other] Ja, { $count } keer
}
school-exam-fees-none = Geen (in de prijs, of geen examen)
# $count (Number) - aantal examens; $fee (String) - prijs per examen; $amount (String) - samen
school-exam-fees = { $count ->
    [one] { $count } examen × { $fee } = { $amount }
   *[other] { $count } examens × { $fee } = { $amount }
}
# $amount (String)
school-loan-up-to = Ja, tot { $amount }
school-loan-ask-duo = Niet zeker: vraag het aan DUO
school-loan-none = Nee, geen keurmerk
# $address (String), $postcode (String), $city (String)
school-address = { $address }, { $postcode } { $city }
# $date (String), $source (String)
school-checked-on = { $date } ({ $source })

school-cost-title = Wat kost het u?
# $fee (String) - prijs per examen; $date (String) - datum van die prijs
school-cost-how = Totaal = de prijs van de cursus + de examens die niet in de prijs zitten + geld om één examen opnieuw te doen. Een examen kost { $fee } (prijs van { $date }). Doet u een examen opnieuw? Dan betaalt u opnieuw.
# $max (String) - het hoogste bedrag dat u kunt lenen
school-cost-loan = Bij een school met keurmerk kunt u bij DUO lenen, tot { $max }. Hoeveel u echt mag lenen, hangt af van uw inkomen en dat van uw partner. Dat weet alleen DUO. "Wat u zelf betaalt" rekent met het hoogste bedrag.
# $months (Number), $years (Number)
school-cost-repay = De lening betaalt u terug. U begint { $months } maanden nadat u klaar bent met inburgeren, en u betaalt { $years } jaar lang elke maand. Hoeveel per maand? Dat hoort u van DUO.
school-cost-sources = Regels: R3.6 (examens), R6.2 (lening) en R6.3 (terugbetalen). Of DUO ook leent bij een school met een aspirant-keurmerk, weten wij niet zeker.
school-contact-title = Contact met de scholen

school-warning-no-keurmerk = Geen keurmerk: u kunt hier niet lenen bij DUO. Deze uren tellen niet voor de Z-route en niet om af te schalen naar A2.
school-warning-aspirant = Aspirant-keurmerk: vraag DUO of u hier kunt lenen, en vraag de gemeente of de uren tellen.
# $hours (Number)
school-warning-z-hours = Voor de Z-route heeft u { $hours } uur les nodig bij een school met keurmerk. Deze cursus heeft minder uren.
# $hours (Number)
school-warning-step-down-hours = Afschalen naar A2 kan pas na { $hours } uur les bij een school met keurmerk. Deze cursus alleen heeft minder uren.
school-warning-above-loan = Het totaal is meer dan u kunt lenen. Het deel daarboven betaalt u zelf.
school-warning-informal = Dit is geen school. Het is goed om naast de lessen te oefenen, maar het telt niet als lesuren.

school-error-max-total = Schrijf een bedrag in euro, bijvoorbeeld 6000.
school-error-km = Schrijf een aantal kilometers van 1 tot 300.
school-error-required = Vul dit in.
school-error-toolong = Dit is te lang. Gebruik minder dan 200 tekens.
school-error-whole = Schrijf een heel getal.
school-error-range = Dit getal is te groot of te klein.
school-error-price = Schrijf een bedrag in euro, bijvoorbeeld 1250 of 1250,50.
school-error-date = Kies een datum.
school-error-yesno = Kies ja of nee.
school-error-choice = Kies een van de mogelijkheden.
school-error-postcode = Schrijf een postcode zoals 1234 AB.
school-error-municipality = Kies een gemeente.
school-error-coordinates = Dit is geen plek in Nederland.
school-error-email = Schrijf een e-mailadres zoals naam@voorbeeld.nl.
school-error-website = Schrijf een webadres dat begint met https://.
school-error-language = Schrijf taalcodes zoals ar|tr.
school-error-stars = Kies 1 tot 4 sterren.

# Regievoerders: taalscholen toevoegen, wijzigen en controleren.
school-staff-link = Taalscholen
school-staff-doc-title = Taalscholen beheren – { -brand-name }
school-staff-title = Taalscholen beheren
school-staff-lead = Hier staan de taalscholen met een adres in uw gemeente. Klopt alles? Klik dan op "Gecontroleerd". Dan zien inwoners dat de gegevens nieuw zijn.
school-staff-add = Taalschool toevoegen
school-staff-none = Er zijn nog geen taalscholen.
school-staff-back = Terug naar de taalscholen
# $count (Number) - aantal cursussen
school-staff-offers = { $count ->
    [one] { $count } cursus
   *[other] { $count } cursussen
}
# $date (String) - datum JJJJ-MM-DD
school-staff-checked = Laatst gecontroleerd: { $date }
# $name (String) - naam van de school
school-staff-verify = Gecontroleerd: { $name }
school-edit-title = Taalschool wijzigen
school-new-title = Taalschool toevoegen
school-field-name = Naam
school-field-kind = Soort
school-field-valid-until = Keurmerk geldig tot
school-field-stars-hint = 1 tot 4, of leeg als u het niet weet.
school-field-website = Website
school-field-phone = Telefoon
school-field-email = E-mailadres
school-field-address = Straat en huisnummer
school-field-postcode = Postcode
school-field-latitude = Breedtegraad (niet verplicht)
school-field-longitude = Lengtegraad (niet verplicht)
school-field-coordinates-hint = Voor zoeken op afstand, bijvoorbeeld 52,0907 en 5,1214.
school-field-verified-hint = Als u opslaat, staat bij de school dat uw gemeente de gegevens vandaag heeft gecontroleerd.
school-save = Opslaan
school-offers-title = Cursussen
# $price (String) - prijs met euroteken; $hours (Number)
school-offer-line = { $price }, { $hours } uur
school-offer-add = Cursus toevoegen
school-offer-title = Cursus
# $name (String) - naam van de school
school-offer-back = Terug naar { $name }
school-offer-delete = Cursus verwijderen
school-field-price = Prijs in euro
school-field-price-hint = Bijvoorbeeld 6250 of 6250,50.
school-field-hours = Lesuren
school-field-hours-per-week = Lesuren per week
school-field-weeks = Aantal weken
school-field-in-person = Deel van de lessen in de klas (procent)
school-field-retakes = Hoe vaak mag een examen opnieuw in de prijs?
school-field-languages = Talen waarin de docent kan uitleggen
school-field-languages-hint = Taalcodes, bijvoorbeeld ar, tr.
school-field-start-dates = Startdata
school-field-start-dates-hint = Bijvoorbeeld 2027-01-11, 2027-03-01.
school-field-exams-included = De examens zitten in de prijs
school-error-informal-keurmerk = Een taalcafé, bibliotheek of taalmaatje heeft geen keurmerk. Kies "Geen keurmerk".
school-error-informal-route = Kies "Oefenen" voor een taalcafé, bibliotheek of taalmaatje, en een route voor een school.
school-error-same-address = Deze school heeft dit adres al.
account-notice-school-saved = De taalschool is opgeslagen.
account-notice-school-checked = De gegevens staan nu als gecontroleerd.
# $municipality (String) - naam van de gemeente die de gegevens controleerde
school-source-municipality = Gemeente { $municipality }
school-source-admin = Beheer van Wegwijs
