# The result of the obligations check ("What must I do?").
# Every statement is one message. Amounts are whole euros, dates are already formatted.

obl-result-doc-title = Uw uitkomst – { -brand-name }
obl-result-title = Uw uitkomst

# Variables:
#   $status (String) - obligated, not_obligated, not_sure or not_for_this_portal
obl-status = { $status ->
    [obligated] U moet inburgeren.
    [not_obligated] U hoeft niet in te burgeren.
    [not_for_this_portal] Voor u gelden andere regels.
   *[not_sure] Dat weten we nog niet zeker.
}

# Variables:
#   $law (String) - wi2021, wi2013, none or unknown
obl-law = { $law ->
    [wi2021] Voor u geldt de Wet inburgering 2021.
    [wi2013] Voor u geldt de oude wet: de Wet inburgering 2013.
    [none] Er geldt voor u geen inburgeringswet.
   *[unknown] We weten nog niet welke wet voor u geldt: die van 2013 of die van 2021.
}

# Variables:
#   $group (String) - gezinsmigrant, overige_migrant, nareiziger, none or unknown
obl-group = { $group ->
    [gezinsmigrant] U bent gezinsmigrant: u kwam naar Nederland om bij uw partner of familie te wonen.
    [overige_migrant] U valt onder de overige migranten. Voor u gelden dezelfde regels als voor gezinsmigranten.
    [nareiziger] U bent nareiziger: familie van iemand met een asielvergunning.
    [none] { "" }
   *[unknown] We weten nog niet tot welke groep u hoort.
}

obl-section-reasons = Waarom?
obl-section-check = Dit moet u nog nagaan
obl-section-parts = Wat moet u doen?
obl-section-deadline = Wanneer moet het klaar zijn?
obl-section-money = Wat kost het?
obl-section-residence = Uw verblijfsvergunning
obl-section-referent = Voor uw partner
obl-section-exemptions = Vrijstelling en ontheffing

obl-part-title-intake = Brede intake en leerbaarheidstoets
obl-part-title-pip = Uw plan: het PIP
obl-part-title-route-choice = Uw leerroute
obl-part-title-route-b1 = De B1-route
obl-part-title-route-z = De Z-route
obl-part-title-route-education = De onderwijsroute
obl-part-title-knm = Kennis van de Nederlandse Maatschappij (KNM)
obl-part-title-pvt = Het participatieverklaringstraject (PVT)
obl-part-title-map = De Module Arbeidsmarkt en Participatie (MAP)
obl-part-title-done = Wanneer bent u klaar?
obl-part-explain = Wat betekent dit woord?

## Reasons

obl-reason-eu = U heeft de nationaliteit van een land van de EU of de EER, of van Zwitserland. Dan hoeft u niet in te burgeren.
obl-reason-non-eu = U heeft geen nationaliteit van de EU, de EER of Zwitserland.
obl-reason-temporary-own = U woont hier voor een tijdelijk doel, zoals studie of werk. Dan hoeft u niet in te burgeren.
obl-reason-referent-temporary = Uw partner woont hier voor een tijdelijk doel, zoals studie of werk. Dan hoeft u niet in te burgeren.
obl-reason-referent-ok = Uw partner is Nederlander, of heeft een vergunning voor een niet-tijdelijk doel.
obl-reason-clergy = U bent geestelijk bedienaar, bijvoorbeeld imam of predikant. U moet inburgeren, net als gezinsmigranten.
obl-reason-humanitarian = U heeft een humanitaire vergunning voor een niet-tijdelijk doel. U moet inburgeren, net als gezinsmigranten.
obl-reason-nareiziger = U kwam naar Nederland bij familie met een asielvergunning. Dan bent u nareiziger. De gemeente regelt en betaalt uw inburgering. Deze website is daarom niet voor u. Vraag uw gemeente of VluchtelingenWerk om hulp.

# Variables:
#   $age (Number) - the age at which the obligation starts
obl-reason-age-under = U was jonger dan { $age } jaar. Dan hoeft u nog niet in te burgeren.

# Variables:
#   $min (Number) - the age at which the obligation starts
obl-reason-age-ok = U bent { $min } jaar of ouder, en jonger dan de AOW-leeftijd.

# Variables:
#   $age (Number) - the state pension (AOW) age
obl-reason-age-aow = U had de AOW-leeftijd ({ $age } jaar) al bereikt. Dan hoeft u niet in te burgeren.
obl-reason-turkish-before = U heeft de Turkse nationaliteit en uw inburgeringsplicht zou voor 2022 zijn begonnen. Turkse gezinsmigranten moesten toen niet inburgeren.
obl-reason-turkish-after = U heeft de Turkse nationaliteit. Sinds 1 januari 2022 moeten ook Turkse gezinsmigranten inburgeren.

# Variables:
#   $years (Number) - years of schooling in the Netherlands
obl-reason-schooling = U heeft { $years } jaar of langer in Nederland gewoond toen u leerplichtig was. Dan hoeft u niet in te burgeren.

# Variables:
#   $weeks (Number) - how long DUO takes to decide
obl-reason-diploma = U heeft een Nederlands diploma. Dan krijgt u meestal vrijstelling. Vraag die aan bij DUO. DUO beslist binnen { $weeks } weken.
obl-reason-wi2021 = Uw inburgeringsplicht begon op of na 1 januari 2022.
obl-reason-wi2013 = Uw inburgeringsplicht begon voor 1 januari 2022. Dan geldt de oude wet, met andere regels. Vraag DUO wat voor u geldt.

## What to check

obl-check-nationality = Weet u niet zeker welke nationaliteit telt? Kijk in uw paspoort.
obl-check-purpose = Kijk op uw verblijfspas. Daar staat het doel van uw verblijf. Weet u het niet? Vraag het aan de IND.
obl-check-referent = Vraag uw partner welke nationaliteit of vergunning hij of zij heeft. Is dat een vergunning voor een tijdelijk doel, zoals studie of werk? Dan hoeft u niet in te burgeren.
obl-check-birth-date = Uw leeftijd telt mee: de plicht geldt van 16 jaar tot de AOW-leeftijd.

# Variables:
#   $age (Number) - the age until which school usually comes first
obl-check-school-age = U bent jonger dan { $age } jaar. Gaat u nog naar school? Dan begint uw inburgeringsplicht meestal later, als u { $age } bent. Vraag het aan DUO.

# Variables:
#   $age (Number) - the state pension (AOW) age used here
obl-check-aow = Wij rekenen met een AOW-leeftijd van { $age } jaar. Dat is niet voor iedereen hetzelfde. Kijk op de website van de SVB.
obl-check-diploma = Heeft u een Nederlands diploma, zoals vmbo, havo, vwo of mbo 2 of hoger? Dan kunt u vrijstelling krijgen. Vraag het aan DUO.

# Variables:
#   $years (Number) - years of schooling in the Netherlands
obl-check-schooling = Heeft u { $years } jaar of langer in Nederland gewoond toen u leerplichtig was? Dan hoeft u niet in te burgeren. Vraag het aan DUO.
obl-check-pass-date = De datum telt waarop uw plicht begon. Die staat in de brief van DUO. Bij gezinsmigranten is het meestal de dag waarop u uw verblijfspas ophaalde.

## Parts

obl-part-intake = De gemeente nodigt u uit voor een gesprek: de brede intake. Daarin bespreekt u uw opleiding, werk en situatie. U moet naar dit gesprek gaan.
obl-part-lbt = Bij de intake hoort de leerbaarheidstoets. Dat is een test op de computer. U hoeft er geen Nederlands voor te kennen.
obl-part-alone = U mag het gesprek alleen voeren, zonder uw partner. U mag ook iemand meenemen.
obl-part-pip = Na de intake maakt de gemeente uw persoonlijk plan: het PIP. Daarin staat uw leerroute. Bent u het er niet mee eens? Dan kunt u bezwaar maken.

# Variables:
#   $weeks (Number) - weeks within which the municipality makes the PIP
obl-part-pip-weeks = De gemeente moet het PIP binnen { $weeks } weken na de brief van DUO maken.
obl-part-route-choice = De gemeente kiest uw leerroute in het PIP. Hieronder staan de drie routes.
obl-part-route-b1 = In de B1-route leert u Nederlands op niveau B1. U doet examens in lezen, luisteren, schrijven en spreken, en het examen KNM. Er is geen minimum aantal lesuren.

# Variables:
#   $hours (Number) - lesson hours needed before stepping down
#   $percent (Number) - minimum share of those hours in a classroom
obl-part-route-a2 = Lukt B1 niet? Dan kunt u misschien overstappen naar niveau A2. Daarvoor moet u eerst { $hours } uur les hebben gehad bij een school met het keurmerk van Blik op Werk, voor minstens { $percent } procent in de klas. Uw regievoerder moet het goedvinden.

# Variables:
#   $hours (Number) - lesson hours of the Z-route
obl-part-route-z = In de Z-route volgt u { $hours } uur les, bij een school met het keurmerk van Blik op Werk. U hoeft geen examen te doen. Aan het eind heeft u een gesprek bij de gemeente.
obl-part-route-education = De onderwijsroute is vooral voor jongeren. U volgt een taalschakeltraject bij een school of instelling. Daarna kunt u verder leren in het mbo, hbo of aan de universiteit.

# Variables:
#   $route (String) - b1, z, education or unknown
obl-part-knm = { $route ->
    [z] In de Z-route krijgt u les over de Nederlandse maatschappij. Een examen is niet verplicht.
   *[other] U leert over de Nederlandse maatschappij en doet daarover een examen: KNM. In de Z-route krijgt u alleen les.
}

# Variables:
#   $hours (Number) - minimum hours of the PVT
obl-part-pvt = De gemeente regelt het participatieverklaringstraject. U leert over de belangrijkste waarden in Nederland. Het duurt minstens { $hours } uur en is gratis. Aan het eind tekent u de participatieverklaring.

# Variables:
#   $hours (Number) - minimum hours of the practical part of the MAP
obl-part-map = In de MAP leert u over werk in Nederland. Er is een praktisch deel van minstens { $hours } uur. De gemeente regelt en betaalt het.
obl-part-no-map = In de onderwijsroute hoeft u de MAP niet te doen. U krijgt begeleiding bij uw studie en beroepskeuze.
obl-part-done = U bent klaar als u uw leerroute heeft afgerond, en ook het PVT en de MAP. Een vrijstelling of ontheffing telt ook.

## Deadline

# Variables:
#   $start (String) - formatted date the termijn starts
#   $end (String) - formatted date the termijn ends
#   $years (Number) - length of the termijn in years
obl-deadline-known = Uw termijn begon op { $start }. U heeft { $years } jaar de tijd: tot en met { $end }.
obl-deadline-official = Dit is onze berekening. De datum in de brief van DUO telt altijd.

# Variables:
#   $from (String) - formatted date from which extra time can be asked
#   $months (Number) - minimum months of delay
obl-deadline-extension = Lukt het niet op tijd, bijvoorbeeld door ziekte van { $months } maanden of langer? Vanaf { $from } kunt u DUO om meer tijd vragen.

# Variables:
#   $years (Number) - length of the termijn in years
obl-deadline-after-pip = U heeft { $years } jaar de tijd. Die tijd begint op de dag na de datum van uw eerste PIP.

# Variables:
#   $months (Number) - the last months in which extra time can be asked
obl-deadline-extension-later = In de laatste { $months } maanden kunt u DUO om meer tijd vragen, als u een goede reden heeft.

## Money

obl-money-pay = U betaalt de taalschool en de examens zelf. Het PVT en de MAP zijn gratis.

# Variables:
#   $fee (Number) - euros per exam
#   $count (Number) - number of exams
#   $total (Number) - euros for all exams once
#   $as_of (String) - formatted date the price was checked
obl-money-exams = Elk examen kost € { $fee }. In de B1-route zijn het { $count } examens: samen € { $total }. Doet u een examen opnieuw? Dan betaalt u opnieuw. (Prijs van { $as_of }.)

# Variables:
#   $max (Number) - maximum loan in euros
obl-money-loan = U kunt bij DUO geld lenen, tot € { $max }. Dat kan alleen voor een school met het keurmerk van Blik op Werk. Hoeveel u mag lenen, hangt af van uw inkomen en dat van uw partner.

# Variables:
#   $months (Number) - months after finishing when repayment starts
#   $years (Number) - years of repayment
obl-money-repay = U betaalt de lening terug, met rente. Dat begint { $months } maanden nadat u klaar bent, en duurt { $years } jaar.
obl-money-no-cancel = Bent u op tijd klaar? Dan moet u de lening toch terugbetalen.
obl-money-other = Sommige gemeenten betalen reiskosten terug. Misschien krijgt u kinderopvangtoeslag. Dit is niet zeker: vraag het aan uw gemeente.

## Residence

obl-residence-requirement = Pas als u klaar bent met inburgeren, kunt u een vergunning voor onbepaalde tijd of een eigen vergunning krijgen, of Nederlander worden.

# Variables:
#   $years (Number) - years married to or living with a Dutch partner
obl-residence-naturalisation = Uw partner is Nederlander. Dan kunt u na { $years } jaar huwelijk of samenwonen Nederlander worden. U moet dan wel klaar zijn met inburgeren.

# Variables:
#   $years (Number) - years before an independent or permanent permit
obl-residence-permit = Na { $years } jaar kunt u een eigen vergunning of een vergunning voor onbepaalde tijd aanvragen. U moet dan wel klaar zijn met inburgeren.
obl-residence-turkish = Voor mensen met de Turkse nationaliteit en hun familie geldt een uitzondering: zij hoeven voor een sterkere vergunning niet ingeburgerd te zijn. De inburgeringsplicht zelf blijft wel gelden.
obl-residence-dependent = Uw vergunning hangt af van die van uw partner. Ze is hooguit 5 jaar geldig.

## Referent

obl-referent-inform = Uw partner moet veranderingen aan de IND melden. Bijvoorbeeld als u niet meer samenwoont, of als het inkomen te laag wordt.
obl-referent-admin = Uw partner moet papieren bewaren over uw relatie en het inkomen.
obl-referent-sanctions = Doet uw partner dat niet? Dan kan de IND een waarschuwing of een boete geven.
obl-referent-intake = Uw partner mag soms mee naar gesprekken bij de gemeente. Maar u mag ook alleen gaan.

## Exemptions

obl-exempt-diploma = Heeft u een Nederlands diploma? Dan kunt u vrijstelling krijgen. Vraag die aan bij DUO.

# Variables:
#   $years (Number) - years of schooling in the Netherlands
obl-exempt-schooling = Woonde u { $years } jaar of langer in Nederland toen u leerplichtig was? Dan hoeft u niet in te burgeren.
obl-exempt-medical = Kunt u door een ziekte of handicap nooit aan de plicht voldoen? Dan kunt u ontheffing vragen bij DUO. Een arts kijkt dan naar uw situatie.
obl-exempt-no-effort-release = Ontheffing omdat u hard heeft geleerd maar het niet lukt, bestaat niet meer. Daarvoor is nu de Z-route.

## Sources and certainty

obl-source-summary = Bron en zekerheid

# Variables:
#   $rule (String) - rule id, e.g. R2.1
obl-source-rule = Regel { $rule }

# Variables:
#   $confidence (String) - confirmed, source-text, secondary or uncertain
obl-confidence = { $confidence ->
    [confirmed] Zekerheid: bevestigd door een officiële bron.
    [source-text] Zekerheid: staat in de handreiking van Divosa.
    [secondary] Zekerheid: alleen in andere bronnen gevonden. Controleer dit.
   *[uncertain] Zekerheid: niet zeker. Controleer dit.
}

# Variables:
#   $date (String) - formatted date the rule was last checked
obl-source-checked = Gecontroleerd op { $date }.
obl-uncertain-label = Niet zeker

# Variables:
#   $authority (String) - duo, ind, municipality or svb
obl-check-with = { $authority ->
    [duo] Vraag het na bij DUO.
    [ind] Vraag het na bij de IND.
    [svb] Vraag het na bij de SVB.
   *[municipality] Vraag het na bij uw gemeente.
}

# Variables:
#   $date (String) - formatted date the rules were last checked
obl-rules-checked = De regels op deze pagina zijn gecontroleerd op { $date }.
obl-share-label = Link naar deze uitkomst
obl-share-help = Bewaar of deel deze link. Uw antwoorden staan in de link. We slaan niets op.
obl-change-answers = Antwoorden veranderen
obl-print-help = U kunt deze pagina printen. Gebruik daarvoor het menu van uw browser.
obl-save-submit = Bewaar in mijn account
