# Mijn plan: een tijdlijn van aankomst tot einddatum. Schrijf op B1-niveau.

plan-title = Mijn plan
plan-doc-title = Mijn plan – { -brand-name }
plan-lead = Maak een planning van nu tot uw einddatum. Vul de datums in die u weet. Dan ziet u wanneer u wat moet doen, en of uw uren genoeg zijn.

plan-milestone-arrival = U haalde uw verblijfspas op
plan-milestone-notice = Brief van DUO: u moet inburgeren
plan-milestone-intake = Brede intake bij de gemeente
plan-milestone-pip-due = Uiterlijk nu hoort u uw PIP te hebben
plan-milestone-pip = Uw eerste PIP
plan-milestone-termijn-start = Uw 3 jaar beginnen
plan-milestone-lessons-start = Start van de lessen
plan-milestone-hours-600 = 600 lesuren: afschalen naar A2 kan besproken worden
plan-milestone-hours-800 = 800 lesuren: de uren van de Z-route
plan-milestone-lessons-end = Einde van de lessen (verwacht)
plan-milestone-exam-book-by = Meld u uiterlijk nu aan voor de examens, met tijd om er één over te doen
plan-milestone-exam-last-chance = Laatste moment om u aan te melden voor de examens
plan-milestone-extension-window = Vanaf nu kunt u DUO om meer tijd vragen, als daar een reden voor is
plan-milestone-pvt-by = Participatieverklaring (PVT) klaar
plan-milestone-map-by = Module Arbeidsmarkt en Participatie (MAP) klaar
plan-milestone-termijn-end = Einddatum: alles moet klaar zijn
plan-milestone-repayment-start = U begint de lening van DUO terug te betalen (als u leende)
plan-milestone-naturalisation = Nederlander worden kan (met een Nederlandse partner)
plan-milestone-permit = Een sterkere verblijfsvergunning kan

plan-official = Van uw brief
plan-estimated = Geschat
plan-uncertain = Niet zeker

plan-phase-start = Het begin
plan-phase-learning = Leren
plan-phase-finish = Examens en einddatum
plan-phase-after = Daarna

# $date (String)
plan-today = Vandaag, { $date }
# $title (String) - titel van de bijeenkomst
plan-session = Bijeenkomst: { $title }
plan-warnings-title = Let op
plan-warning-no-hours = U heeft 0 uur per week gepland. Dan komen uw lessen nooit af. Plan uren per week.
plan-warning-cannot-reach = Met deze uren per week bent u niet op tijd klaar voor de examens. Plan meer uren per week, of begin eerder.
plan-warning-no-retake-room = U bent net op tijd klaar voor de examens, maar er is geen tijd om een examen opnieuw te doen. Plan meer uren per week als dat kan.
# $months (Number)
plan-warning-late-start = U heeft uw PIP al langer dan { $months } maanden, en u bent nog niet met lessen begonnen. Begin zo snel mogelijk.
# $hours (Number)
plan-warning-step-down-keurmerk = Lukt B1 niet? Afschalen naar A2 kan pas na { $hours } uur les bij een school met het keurmerk van Blik op Werk.

# $name (String) - naam van de school
plan-school = Uw school: { $name }. Wij hebben de uren en de startdatum van deze school ingevuld.
plan-dates-title = Uw datums
plan-dates-hint = Vul in wat u weet. Staat de datum in een brief? Neem die datum over. Weet u het niet? Laat het leeg.
plan-field-arrival = Datum waarop u uw verblijfspas ophaalde
plan-field-notice = Datum van de brief van DUO
plan-field-intake = Datum van de brede intake
plan-field-pip = Datum van uw eerste PIP
plan-field-pip-hint = Heeft u nog geen PIP? Laat dit leeg.
plan-field-termijn-end = Einddatum uit een brief van DUO
plan-field-termijn-end-hint = Niet verplicht. Deze datum gaat voor onze berekening.
plan-lessons-title = Uw lessen
plan-field-route = Uw route
plan-route-b1 = B1-route
plan-route-z = Z-route
plan-route-education = Onderwijsroute
plan-field-target-hours = Hoeveel lesuren plant u?
plan-field-target-hours-hint = Voor de Z-route zijn het 800 uur. Voor B1 staat er geen aantal in de wet: vraag uw school.
plan-field-lessons-start = Start van de lessen
plan-field-hours-per-week = Lesuren per week
# $max (Number)
plan-field-hours-per-week-hint = Hoogstens { $max } uur.
plan-field-weeks-off = Weken per jaar zonder les (vakantie)
plan-progress-title = Wat u al deed
plan-progress-hint = Schrijf per maand hoeveel uur les u had. Wilt u meer maanden invullen? Klik op "Bereken mijn plan": dan komen er lege regels bij.
# $n (Number) - regelnummer
plan-field-month = Maand { $n }
# $n (Number)
plan-field-month-hours = Lesuren in maand { $n }
plan-field-exams-passed = Ik heb alle examens van mijn route gehaald
plan-field-dutch-partner = Mijn partner is Nederlander
plan-submit = Bereken mijn plan
plan-timeline-title = Uw tijdlijn
# $left (Number) - lesuren te gaan; $average (String) - gemiddeld aantal uren per week
plan-summary = Nog { $left } lesuren te gaan. Met vakanties meegerekend is dat gemiddeld { $average } uur per week.
plan-calendar = Zet in mijn agenda (.ics)
plan-print = Afdrukken
plan-save = Bewaar in mijn account
plan-save-sign-in = Log in om uw plan te bewaren. U kunt ook de link van deze pagina bewaren.
plan-disclaimer = Dit is een planning, geen besluit. Geschatte datums kunnen anders zijn. De datums in uw brieven van DUO en de gemeente gaan altijd voor.

plan-print-back = Terug naar mijn plan
plan-print-title = Mijn inburgering: de belangrijke datums
# $date (String)
plan-print-made = Gemaakt op { $date }.
plan-print-date = Datum
plan-print-what = Wat
plan-print-how = Hoe zeker
plan-checklist-title = Om te onthouden
plan-checklist-school = Kies een taalschool. Wilt u lenen bij DUO? Kies dan een school met keurmerk.
plan-checklist-hours = Plan elke week uren om te leren, ook als u werkt.
plan-checklist-pvt = Doe de participatieverklaring (PVT). Die is gratis.
plan-checklist-map = Doe de MAP over werk in Nederland. Die is gratis. (Niet in de onderwijsroute.)
plan-checklist-exams = Meld u op tijd aan voor de examens. Een examen opnieuw doen kost tijd.
plan-checklist-help = Heeft u vragen? Bel of mail uw regievoerder bij de gemeente.

plan-error-date = Kies een datum.
plan-error-notice-before-arrival = De brief van DUO komt na het ophalen van uw pas. Kijk de datums nog eens na.
plan-error-pip-before-notice = Uw PIP komt na de brief van DUO. Kijk de datums nog eens na.
plan-error-intake-after-pip = De brede intake is vóór het PIP. Kijk de datums nog eens na.
plan-error-end-before-pip = De einddatum is na de datum van uw PIP. Kijk de datum nog eens na.
plan-error-hours = Schrijf een heel aantal uren, bijvoorbeeld 9.
plan-error-hours-too-many = Meer dan 40 uur per week kan niet. Kies minder uren.
plan-error-target = Schrijf een aantal lesuren van 1 tot 3000.
plan-error-weeks-off = Schrijf een aantal weken van 0 tot 26.
plan-error-progress-month = Kies een maand die al voorbij is of nu bezig is.
plan-error-progress-hours = Schrijf een aantal uren van 0 tot 200 voor deze maand.
plan-error-progress-total = U heeft meer uren ingevuld dan u plant. Maak het aantal geplande lesuren groter, of kijk de uren na.
account-notice-plan-saved = Uw plan is bewaard in uw account.
school-plan-link = Gebruik { $name } in mijn plan
plan-live-hours = Schuif: lesuren per week
plan-live-start = Schuif: wanneer begint u?
# $months (Number) - over hoeveel maanden de lessen beginnen
plan-live-start-months = { $months ->
    [0] nu
    [one] over { $months } maand
   *[other] over { $months } maanden
}
plan-live-end = Einde van de lessen:
plan-live-never = nooit, met 0 uur per week
