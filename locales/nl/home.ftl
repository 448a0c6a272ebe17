# The home page. It must tell a family migrant and a partner, in plain words, what Wegwijs helps with.

home-doc-title = { -brand-name } – hulp bij inburgering
home-title = Welkom bij { -brand-name }
home-intro = Bent u naar Nederland gekomen om bij uw partner te wonen? Dan moet u vaak inburgeren. { -brand-name } helpt u op weg.

home-migrant-heading = Voor u als nieuwkomer
home-migrant-obligations = Kijk wat u moet doen voor de inburgering, en wanneer het klaar moet zijn.
home-migrant-schools = Vergelijk taalscholen: de prijs, het aantal uren, de lestijden en het keurmerk.
home-migrant-plan = Maak een planning. Zo weet u hoeveel uur per week u moet leren.
home-migrant-sessions = Meld u aan voor een bijeenkomst. Daar krijgt u uitleg en ontmoet u andere nieuwkomers.

home-partner-heading = Voor u als partner
home-partner-text = Woont u al in Nederland? Dan kunt u uw partner helpen. Uw partner geeft u daarvoor eerst toestemming. Uw partner kan die toestemming altijd weer intrekken.

home-pay-heading = Goed om te weten
home-pay-text = U betaalt de taalschool zelf. U kunt bij DUO geld lenen voor de lessen. Dat kan alleen bij een school met het keurmerk van Blik op Werk.
home-start-early = Begin op tijd. Veel mensen beginnen te laat en komen dan in tijdnood.

home-cta-obligations = Bekijk wat u moet doen
home-cta-sessions = Zoek een bijeenkomst
