# The glossary. The Dutch word is always shown beside the translation, because people meet
# the Dutch words in letters. `-name` is the word in this language, `-text` explains it.

glossary-doc-title = Word list – { -brand-name }
glossary-title = Word list
glossary-intro = Letters about civic integration contain many difficult words. Here you can read what they mean.

glossary-pip-name = Personal integration and participation plan (PIP)
glossary-pip-text = In Dutch: persoonlijk plan inburgering en participatie. The municipality makes this plan with you. It says which learning route you follow. Your time limit starts on the day after the date of your first PIP.
glossary-pvt-name = Participation statement programme (PVT)
glossary-pvt-text = In Dutch: participatieverklaringstraject. A short course about the most important values in the Netherlands, such as freedom and equality. It is free.
glossary-map-name = Labour Market and Participation Module (MAP)
glossary-map-text = In Dutch: Module Arbeidsmarkt en Participatie. You learn how working in the Netherlands works. The municipality arranges and pays for it.
glossary-knm-name = Knowledge of Dutch Society (KNM)
glossary-knm-text = In Dutch: Kennis van de Nederlandse Maatschappij. You learn how the Netherlands works, for example about healthcare, housing and work.
glossary-keurmerk-name = Blik op Werk quality mark
glossary-keurmerk-text = A sign of quality for language schools. You can only borrow money from DUO for a school with this quality mark.
glossary-duo-name = Education Executive Agency (DUO)
glossary-duo-text = In Dutch: Dienst Uitvoering Onderwijs. This government organisation arranges the exams, the loan and the time limit for civic integration.
glossary-ind-name = Immigration and Naturalisation Service (IND)
glossary-ind-text = In Dutch: Immigratie- en Naturalisatiedienst. This organisation decides on residence permits and on becoming a Dutch citizen.
glossary-intake-name = Broad intake
glossary-intake-text = The first interview at the municipality. You talk about your education, work, health and situation.
glossary-lbt-name = Learnability test
glossary-lbt-text = A test on the computer. It shows the municipality how quickly you can learn a new language. You do not need to know any Dutch for it.
glossary-regievoerder-name = Case manager
glossary-regievoerder-text = Your contact person at the municipality for civic integration.
glossary-referent-name = Sponsor
glossary-referent-text = The partner or family member in the Netherlands you live with. This person also has obligations towards the IND.
glossary-b1-name = B1 route
glossary-b1-text = The standard learning route. You learn Dutch at level B1 and take exams.
glossary-a2-name = Level A2
glossary-a2-text = A lower language level than B1. Switching to A2 is called stepping down (afschalen).
glossary-z-name = Z route
glossary-z-text = In Dutch: zelfredzaamheidsroute (self-reliance route). A learning route with many lesson hours and no compulsory exam, for people who find learning difficult.
glossary-onderwijs-name = Education route
glossary-onderwijs-text = A learning route mainly for young people. You learn Dutch and prepare for a study programme in mbo, hbo or at university.
glossary-afschalen-name = Stepping down
glossary-afschalen-text = Switching from level B1 to level A2, if B1 is not working out. There are rules for this.
glossary-termijn-name = Civic integration time limit
glossary-termijn-text = The time you have to finish civic integration: 3 years.
glossary-mvv-name = Provisional residence permit (mvv)
glossary-mvv-text = In Dutch: machtiging tot voorlopig verblijf. A visa to enter the Netherlands for a stay of more than 3 months.
glossary-basisexamen-name = Civic integration exam abroad
glossary-basisexamen-text = The exam that you take in your own country, before you come to the Netherlands.
