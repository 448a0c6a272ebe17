# The step-by-step check: one question per screen. Every question has an "I don't know" answer.

check-doc-title = Wat moet ik doen? – { -brand-name }
check-intro = Beantwoord een paar korte vragen. Dan ziet u wat u moet doen voor de inburgering, en voor welke datum. U heeft geen account nodig. We slaan uw antwoorden niet op.
check-start = Start de vragen
check-glossary-link = Woordenlijst: wat betekenen de woorden?

# Variables:
#   $step (Number) - number of this question
#   $total (Number) - number of questions
check-progress = Vraag { $step } van { $total }
check-next = Verder
check-back = Vorige vraag
check-unknown = Ik weet het niet
check-not-yet = Nog niet
check-date-hint = Vul de datum in als dag, maand en jaar.
check-see-result = Bekijk de uitkomst

check-q-nationality = Welke nationaliteit heeft u?
check-q-nationality-help = Heeft u twee nationaliteiten, en is één daarvan van een EU-land? Kies dan het eerste antwoord.
check-a-nationality-eu = Een land van de Europese Unie (EU) of de EER, of Zwitserland
check-a-nationality-turkish = Turks
check-a-nationality-other = Een ander land

check-q-purpose = Waarom woont u in Nederland?
check-q-purpose-help = Het doel van uw verblijf staat op uw verblijfspas.
check-a-purpose-partner = Ik woon bij mijn partner of familie
check-a-purpose-refugee_family = Mijn familie heeft een asielvergunning, en ik ben later gekomen
check-a-purpose-clergy = Ik ben geestelijk bedienaar, bijvoorbeeld imam, rabbijn of predikant
check-a-purpose-humanitarian = Ik heb een humanitaire vergunning voor een niet-tijdelijk doel
check-a-purpose-temporary = Ik woon hier voor studie of werk

check-q-referent = Wat voor verblijf heeft uw partner in Nederland?
check-q-referent-help = Uw partner is de persoon bij wie u bent komen wonen.
check-a-referent-dutch = Mijn partner is Nederlander
check-a-referent-non_temporary = Mijn partner heeft een vergunning voor een niet-tijdelijk doel, bijvoorbeeld voor onbepaalde tijd
check-a-referent-temporary = Mijn partner is hier voor studie of werk, voor een tijdelijk doel

check-q-birth_date = Wat is uw geboortedatum?
check-q-birth_date-help = De plicht geldt vanaf 16 jaar tot de AOW-leeftijd.

check-q-pass_date = Wanneer haalde u uw verblijfspas op?
check-q-pass_date-help = Heeft u een brief van DUO over de inburgering? Vul dan de datum uit die brief in.

check-q-diploma = Heeft u een Nederlands diploma?
check-q-diploma-help = Bijvoorbeeld vmbo, havo, vwo, mbo 2 of hoger, of een hbo- of universitaire opleiding in het Nederlands.

check-q-schooling = Woonde u 8 jaar of langer in Nederland toen u tussen 5 en 16 jaar oud was?
check-q-schooling-help = In die jaren moeten kinderen in Nederland naar school.

check-q-pip_date = Wat is de datum van uw eerste PIP?
check-q-pip_date-help = PIP betekent persoonlijk plan inburgering en participatie. U krijgt het van de gemeente, na de brede intake. De datum staat bovenaan.

check-q-route = Welke leerroute staat in uw PIP?
check-a-route-b1 = De B1-route
check-a-route-z = De Z-route
check-a-route-education = De onderwijsroute

check-a-yes = Ja
check-a-no = Nee

check-answers-heading = Uw antwoorden
check-change = Wijzigen

## Errors at a field. Everything the person typed stays in the form.

check-error-heading = Er is iets niet goed. Kijk naar de vraag hieronder.
check-error-unknown_choice = Kies een van de antwoorden.
check-error-not_a_date = Vul een bestaande datum in.
check-error-too_early = Deze datum is te lang geleden. Kijk of het jaar klopt.
check-error-in_the_future = Deze datum ligt in de toekomst. Vul een datum in die al geweest is.
check-error-before_birth = Deze datum ligt voor uw geboortedatum. Kijk of de datum klopt.
check-error-pip_before_pass = Het PIP kan niet van voor de datum van uw verblijfspas zijn. Kijk of de datum klopt.
