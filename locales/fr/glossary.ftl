# The glossary. The Dutch word is always shown beside the translation, because people meet
# the Dutch words in letters. `-name` is the word in this language, `-text` explains it.

glossary-doc-title = Lexique – { -brand-name }
glossary-title = Lexique
glossary-intro = Les lettres sur l'intégration civique contiennent beaucoup de mots difficiles. Ici, vous pouvez lire ce qu'ils veulent dire.

glossary-pip-name = Plan personnel d'intégration et de participation (PIP)
glossary-pip-text = Plan personnel d'intégration civique et de participation (persoonlijk plan inburgering en participatie). La commune fait ce plan avec vous. Il indique quel parcours d'apprentissage vous suivez. Votre délai commence le jour qui suit la date de votre premier PIP.
glossary-pvt-name = Parcours de déclaration de participation (PVT)
glossary-pvt-text = Parcours de déclaration de participation (participatieverklaringstraject). Un cours court sur les valeurs les plus importantes aux Pays-Bas, comme la liberté et l'égalité. Il est gratuit.
glossary-map-name = Module Marché du travail et participation (MAP)
glossary-map-text = Module Marché du travail et participation (Module Arbeidsmarkt en Participatie). Vous apprenez comment fonctionne le travail aux Pays-Bas. La commune organise et paie ce module.
glossary-knm-name = Connaissance de la société néerlandaise (KNM)
glossary-knm-text = Connaissance de la société néerlandaise (Kennis van de Nederlandse Maatschappij). Vous apprenez comment fonctionnent les Pays-Bas, par exemple pour les soins, le logement et le travail.
glossary-keurmerk-name = Label de qualité de Blik op Werk
glossary-keurmerk-text = Un signe de qualité pour les écoles de langue. Vous pouvez emprunter de l'argent au DUO seulement pour une école qui a ce label.
glossary-duo-name = Service d'exécution pour l'enseignement (DUO)
glossary-duo-text = Service d'exécution pour l'enseignement (Dienst Uitvoering Onderwijs). Cet organisme public s'occupe des examens, du prêt et du délai de l'intégration civique.
glossary-ind-name = Service de l'immigration et de la naturalisation (IND)
glossary-ind-text = Service de l'immigration et de la naturalisation (Immigratie- en Naturalisatiedienst). Cet organisme décide des titres de séjour et de l'obtention de la nationalité néerlandaise.
glossary-intake-name = Entretien d'accueil
glossary-intake-text = Le premier entretien à la commune. Vous parlez de vos études, de votre travail, de votre santé et de votre situation.
glossary-lbt-name = Test de capacité d'apprentissage
glossary-lbt-text = Un test sur ordinateur. Avec ce test, la commune voit à quelle vitesse vous pouvez apprendre une nouvelle langue. Vous n'avez pas besoin de connaître le néerlandais pour ce test.
glossary-regievoerder-name = Coordinateur ou coordinatrice
glossary-regievoerder-text = Votre personne de contact à la commune pour l'intégration civique.
glossary-referent-name = Référent
glossary-referent-text = Le partenaire ou le membre de la famille aux Pays-Bas chez qui vous habitez. Cette personne a aussi des obligations envers l'IND.
glossary-b1-name = Parcours B1
glossary-b1-text = Le parcours d'apprentissage normal. Vous apprenez le néerlandais au niveau B1 et vous passez des examens.
glossary-a2-name = Niveau A2
glossary-a2-text = Un niveau de langue plus bas que B1. Passer au niveau A2 s'appelle « afschalen » (passer au niveau inférieur).
glossary-z-name = Parcours Z
glossary-z-text = Parcours d'autonomie (zelfredzaamheidsroute). Un parcours d'apprentissage avec beaucoup d'heures de cours et sans examen obligatoire, pour les personnes qui ont du mal à apprendre.
glossary-onderwijs-name = Parcours scolaire
glossary-onderwijs-text = Un parcours d'apprentissage surtout pour les jeunes. Vous apprenez le néerlandais et vous vous préparez à une formation au mbo, au hbo ou à l'université.
glossary-afschalen-name = Passage au niveau inférieur
glossary-afschalen-text = Passer du niveau B1 au niveau A2, quand vous n'arrivez pas au niveau B1. Il y a des règles pour cela.
glossary-termijn-name = Délai d'intégration civique
glossary-termijn-text = Le temps que vous avez pour terminer l'intégration civique : 3 ans.
glossary-mvv-name = Autorisation de séjour provisoire (mvv)
glossary-mvv-text = Autorisation de séjour provisoire (machtiging tot voorlopig verblijf). Un visa pour entrer aux Pays-Bas pour un séjour de plus de 3 mois.
glossary-basisexamen-name = Examen de base d'intégration civique à l'étranger
glossary-basisexamen-text = L'examen que vous passez dans votre propre pays, avant de venir aux Pays-Bas.
