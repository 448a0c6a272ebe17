# The glossary. The Dutch word is always shown beside the translation, because people meet
# the Dutch words in letters. `-name` is the word in this language, `-text` explains it.

glossary-doc-title = Woordenlijst – { -brand-name }
glossary-title = Woordenlijst
glossary-intro = In brieven over inburgering staan veel moeilijke woorden. Hier leest u wat ze betekenen.

glossary-pip-name = PIP
glossary-pip-text = Persoonlijk plan inburgering en participatie. De gemeente maakt dit plan met u. Er staat in welke leerroute u volgt. De dag na de datum van uw eerste PIP begint uw termijn.
glossary-pvt-name = PVT
glossary-pvt-text = Participatieverklaringstraject. Een korte cursus over de belangrijkste waarden in Nederland, zoals vrijheid en gelijkheid. Het is gratis.
glossary-map-name = MAP
glossary-map-text = Module Arbeidsmarkt en Participatie. U leert hoe werken in Nederland gaat. De gemeente regelt en betaalt het.
glossary-knm-name = KNM
glossary-knm-text = Kennis van de Nederlandse Maatschappij. U leert hoe Nederland werkt, bijvoorbeeld over zorg, wonen en werk.
glossary-keurmerk-name = Keurmerk van Blik op Werk
glossary-keurmerk-text = Een teken van kwaliteit voor taalscholen. Alleen bij een school met dit keurmerk kunt u geld lenen van DUO.
glossary-duo-name = DUO
glossary-duo-text = Dienst Uitvoering Onderwijs. Deze organisatie van de overheid regelt de examens, de lening en de termijn van de inburgering.
glossary-ind-name = IND
glossary-ind-text = Immigratie- en Naturalisatiedienst. Deze organisatie beslist over verblijfsvergunningen en over Nederlander worden.
glossary-intake-name = Brede intake
glossary-intake-text = Het eerste gesprek bij de gemeente. U praat over uw opleiding, werk, gezondheid en situatie.
glossary-lbt-name = Leerbaarheidstoets
glossary-lbt-text = Een test op de computer. Zo ziet de gemeente hoe snel u een nieuwe taal kunt leren. U hoeft er geen Nederlands voor te kennen.
glossary-regievoerder-name = Regievoerder
glossary-regievoerder-text = Uw contactpersoon bij de gemeente voor de inburgering.
glossary-referent-name = Referent
glossary-referent-text = De partner of het familielid in Nederland bij wie u woont. Deze persoon heeft ook plichten tegenover de IND.
glossary-b1-name = B1-route
glossary-b1-text = De gewone leerroute. U leert Nederlands op niveau B1 en doet examens.
glossary-a2-name = A2
glossary-a2-text = Een lager taalniveau dan B1. Overstappen naar A2 heet afschalen.
glossary-z-name = Z-route
glossary-z-text = Zelfredzaamheidsroute. Een leerroute met veel lesuren en zonder verplicht examen, voor mensen voor wie leren moeilijk is.
glossary-onderwijs-name = Onderwijsroute
glossary-onderwijs-text = Een leerroute vooral voor jongeren. U leert Nederlands en bereidt u voor op een opleiding in het mbo, hbo of aan de universiteit.
glossary-afschalen-name = Afschalen
glossary-afschalen-text = Overstappen van niveau B1 naar niveau A2, als B1 niet lukt. Daar gelden regels voor.
glossary-termijn-name = Inburgeringstermijn
glossary-termijn-text = De tijd die u heeft om klaar te zijn met inburgeren: 3 jaar.
glossary-mvv-name = mvv
glossary-mvv-text = Machtiging tot voorlopig verblijf. Een visum om Nederland binnen te komen voor een verblijf van meer dan 3 maanden.
glossary-basisexamen-name = Basisexamen inburgering buitenland
glossary-basisexamen-text = Het examen dat u in uw eigen land doet, voordat u naar Nederland komt.
