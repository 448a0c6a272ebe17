# The result of the obligations check ("What must I do?").
# Every statement is one message. Amounts are whole euros, dates are already formatted.

obl-result-doc-title = Votre résultat – { -brand-name }
obl-result-title = Votre résultat

# Variables:
#   $status (String) - obligated, not_obligated, not_sure or not_for_this_portal
obl-status = { $status ->
    [obligated] Vous devez faire l'intégration civique.
    [not_obligated] Vous n'avez pas à faire l'intégration civique.
    [not_for_this_portal] D'autres règles s'appliquent à vous.
   *[not_sure] Nous ne le savons pas encore avec certitude.
}

# Variables:
#   $law (String) - wi2021, wi2013, none or unknown
obl-law = { $law ->
    [wi2021] La loi sur l'intégration civique de 2021 (Wet inburgering 2021) s'applique à vous.
    [wi2013] L'ancienne loi s'applique à vous : la loi sur l'intégration civique de 2013 (Wet inburgering 2013).
    [none] Aucune loi sur l'intégration civique ne s'applique à vous.
   *[unknown] Nous ne savons pas encore quelle loi s'applique à vous : celle de 2013 ou celle de 2021.
}

# Variables:
#   $group (String) - gezinsmigrant, overige_migrant, nareiziger, none or unknown
obl-group = { $group ->
    [gezinsmigrant] Vous faites partie des migrants familiaux (gezinsmigranten) : vous avez déménagé aux Pays-Bas pour vivre avec votre partenaire ou votre famille.
    [overige_migrant] Vous faites partie des autres migrants (overige migranten). Les mêmes règles que pour les migrants familiaux s'appliquent à vous.
    [nareiziger] Vous faites partie des « nareizigers » : vous êtes de la famille d'une personne qui a un titre de séjour d'asile.
    [none] { "" }
   *[unknown] Nous ne savons pas encore à quel groupe vous appartenez.
}

obl-section-reasons = Pourquoi ?
obl-section-check = Ce que vous devez encore vérifier
obl-section-parts = Que devez-vous faire ?
obl-section-deadline = Quand cela doit-il être terminé ?
obl-section-money = Combien cela coûte-t-il ?
obl-section-residence = Votre titre de séjour
obl-section-referent = Pour votre partenaire
obl-section-exemptions = Dispense (vrijstelling) et exemption (ontheffing)

obl-part-title-intake = Entretien d'accueil (brede intake) et test de capacité d'apprentissage
obl-part-title-pip = Votre plan : le PIP
obl-part-title-route-choice = Votre parcours d'apprentissage
obl-part-title-route-b1 = Le parcours B1 (B1-route)
obl-part-title-route-z = Le parcours Z (Z-route)
obl-part-title-route-education = Le parcours scolaire (onderwijsroute)
obl-part-title-knm = Connaissance de la société néerlandaise (KNM)
obl-part-title-pvt = Le parcours de déclaration de participation (PVT)
obl-part-title-map = Le module Marché du travail et participation (MAP)
obl-part-title-done = Quand avez-vous terminé ?
obl-part-explain = Que veut dire ce mot ?

## Reasons

obl-reason-eu = Vous avez la nationalité d'un pays de l'UE ou de l'EEE, ou de la Suisse. Dans ce cas, vous n'avez pas à faire l'intégration civique.
obl-reason-non-eu = Vous n'avez pas la nationalité d'un pays de l'UE, de l'EEE ou de la Suisse.
obl-reason-temporary-own = Vous habitez ici pour un but temporaire, comme les études ou le travail. Dans ce cas, vous n'avez pas à faire l'intégration civique.
obl-reason-referent-temporary = Votre partenaire habite ici pour un but temporaire, comme les études ou le travail. Dans ce cas, vous n'avez pas à faire l'intégration civique.
obl-reason-referent-ok = Votre partenaire a la nationalité néerlandaise, ou a un titre de séjour pour un but non temporaire.
obl-reason-clergy = Vous êtes ministre du culte, par exemple imam ou pasteur. Vous devez faire l'intégration civique, comme les migrants familiaux.
obl-reason-humanitarian = Vous avez un titre de séjour humanitaire pour un but non temporaire. Vous devez faire l'intégration civique, comme les migrants familiaux.
obl-reason-nareiziger = Vous avez rejoint aux Pays-Bas votre famille qui a un titre de séjour d'asile. Dans ce cas, vous faites partie des « nareizigers ». La commune organise et paie votre intégration civique. Ce site n'est donc pas pour vous. Demandez de l'aide à votre commune ou à VluchtelingenWerk.

# Variables:
#   $age (Number) - the age at which the obligation starts
obl-reason-age-under = Vous aviez moins de { $age } ans. Dans ce cas, vous n'avez pas encore à faire l'intégration civique.

# Variables:
#   $min (Number) - the age at which the obligation starts
obl-reason-age-ok = Vous avez { $min } ans ou plus, et vous n'avez pas encore atteint l'âge de la pension AOW.

# Variables:
#   $age (Number) - the state pension (AOW) age
obl-reason-age-aow = Vous aviez déjà atteint l'âge de la pension AOW ({ $age } ans). Dans ce cas, vous n'avez pas à faire l'intégration civique.
obl-reason-turkish-before = Vous avez la nationalité turque et votre obligation d'intégration civique aurait commencé avant 2022. À cette époque, les migrants familiaux turcs n'avaient pas à faire l'intégration civique.
obl-reason-turkish-after = Vous avez la nationalité turque. Depuis le 1er janvier 2022, les migrants familiaux turcs doivent aussi faire l'intégration civique.

# Variables:
#   $years (Number) - years of schooling in the Netherlands
obl-reason-schooling = Vous avez habité aux Pays-Bas pendant { $years } ans ou plus quand vous étiez en âge de scolarité obligatoire. Dans ce cas, vous n'avez pas à faire l'intégration civique.

# Variables:
#   $weeks (Number) - how long DUO takes to decide
obl-reason-diploma = Vous avez un diplôme néerlandais. Dans ce cas, vous recevez généralement une dispense (vrijstelling). Demandez-la au DUO. Le DUO décide dans un délai de { $weeks } semaines.
obl-reason-wi2021 = Votre obligation d'intégration civique a commencé le 1er janvier 2022 ou après.
obl-reason-wi2013 = Votre obligation d'intégration civique a commencé avant le 1er janvier 2022. Dans ce cas, c'est l'ancienne loi qui s'applique, avec d'autres règles. Demandez au DUO ce qui s'applique à vous.

## What to check

obl-check-nationality = Vous ne savez pas avec certitude quelle nationalité compte ? Regardez dans votre passeport.
obl-check-purpose = Regardez votre carte de séjour. Le but de votre séjour y est indiqué. Vous ne le savez pas ? Demandez à l'IND.
obl-check-referent = Demandez à votre partenaire quelle nationalité ou quel titre de séjour il ou elle a. Est-ce un titre de séjour pour un but temporaire, comme les études ou le travail ? Dans ce cas, vous n'avez pas à faire l'intégration civique.
obl-check-birth-date = Votre âge compte : l'obligation s'applique de 16 ans jusqu'à l'âge de la pension AOW.

# Variables:
#   $age (Number) - the age until which school usually comes first
obl-check-school-age = Vous avez moins de { $age } ans. Vous allez encore à l'école ? Dans ce cas, votre obligation d'intégration civique commence généralement plus tard, quand vous aurez { $age } ans. Demandez au DUO.

# Variables:
#   $age (Number) - the state pension (AOW) age used here
obl-check-aow = Dans nos calculs, l'âge de la pension AOW est de { $age } ans. Cet âge n'est pas le même pour tout le monde. Regardez sur le site internet de la SVB.
obl-check-diploma = Vous avez un diplôme néerlandais, comme le vmbo, le havo, le vwo ou le mbo niveau 2 ou plus ? Dans ce cas, vous pouvez obtenir une dispense. Demandez au DUO.

# Variables:
#   $years (Number) - years of schooling in the Netherlands
obl-check-schooling = Avez-vous habité aux Pays-Bas pendant { $years } ans ou plus quand vous étiez en âge de scolarité obligatoire ? Dans ce cas, vous n'avez pas à faire l'intégration civique. Demandez au DUO.
obl-check-pass-date = C'est la date du début de votre obligation qui compte. Elle est indiquée dans la lettre du DUO. Pour les migrants familiaux, c'est généralement le jour où vous avez retiré votre carte de séjour.

## Parts

obl-part-intake = La commune vous invite à un entretien : l'entretien d'accueil (brede intake). Vous y parlez de vos études, de votre travail et de votre situation. Vous devez aller à cet entretien.
obl-part-lbt = L'entretien d'accueil comprend le test de capacité d'apprentissage (leerbaarheidstoets). C'est un test sur ordinateur. Vous n'avez pas besoin de connaître le néerlandais pour ce test.
obl-part-alone = Vous pouvez faire l'entretien seul ou seule, sans votre partenaire. Vous pouvez aussi venir avec une autre personne.
obl-part-pip = Après l'entretien d'accueil, la commune fait votre plan personnel : le PIP. Votre parcours d'apprentissage y est indiqué. Vous n'êtes pas d'accord ? Dans ce cas, vous pouvez faire une objection (bezwaar).

# Variables:
#   $weeks (Number) - weeks within which the municipality makes the PIP
obl-part-pip-weeks = La commune doit faire le PIP dans les { $weeks } semaines qui suivent la lettre du DUO.
obl-part-route-choice = La commune choisit votre parcours d'apprentissage dans le PIP. Vous trouverez les trois parcours ci-dessous.
obl-part-route-b1 = Dans le parcours B1, vous apprenez le néerlandais au niveau B1. Vous passez des examens de lecture, d'écoute, d'écriture et d'expression orale, et l'examen KNM. Il n'y a pas de nombre minimum d'heures de cours.

# Variables:
#   $hours (Number) - lesson hours needed before stepping down
#   $percent (Number) - minimum share of those hours in a classroom
obl-part-route-a2 = Vous n'arrivez pas au niveau B1 ? Dans ce cas, vous pouvez peut-être passer au niveau A2. Pour cela, vous devez d'abord avoir suivi { $hours } heures de cours dans une école qui a le label de qualité de Blik op Werk, dont au moins { $percent } pour cent en classe. Votre coordinateur (regievoerder) doit être d'accord.

# Variables:
#   $hours (Number) - lesson hours of the Z-route
obl-part-route-z = Dans le parcours Z, vous suivez { $hours } heures de cours, dans une école qui a le label de qualité de Blik op Werk. Vous n'avez pas d'examen à passer. À la fin, vous avez un entretien à la commune.
obl-part-route-education = Le parcours scolaire est surtout pour les jeunes. Vous suivez un programme de passerelle linguistique (taalschakeltraject) dans une école ou un établissement. Ensuite, vous pouvez continuer vos études au mbo, au hbo ou à l'université.

# Variables:
#   $route (String) - b1, z, education or unknown
obl-part-knm = { $route ->
    [z] Dans le parcours Z, vous avez des cours sur la société néerlandaise. Un examen n'est pas obligatoire.
   *[other] Vous apprenez des choses sur la société néerlandaise et vous passez un examen sur ce sujet : le KNM. Dans le parcours Z, vous avez seulement des cours.
}

# Variables:
#   $hours (Number) - minimum hours of the PVT
obl-part-pvt = La commune organise le parcours de déclaration de participation. Vous apprenez les valeurs les plus importantes aux Pays-Bas. Ce parcours dure au moins { $hours } heures et il est gratuit. À la fin, vous signez la déclaration de participation.

# Variables:
#   $hours (Number) - minimum hours of the practical part of the MAP
obl-part-map = Dans le MAP, vous apprenez des choses sur le travail aux Pays-Bas. Il y a une partie pratique d'au moins { $hours } heures. La commune organise et paie ce module.
obl-part-no-map = Dans le parcours scolaire, vous n'avez pas à faire le MAP. Vous recevez un accompagnement pour vos études et pour le choix de votre métier.
obl-part-done = Vous avez terminé quand vous avez fini votre parcours d'apprentissage, et aussi le PVT et le MAP. Une dispense ou une exemption compte aussi.

## Deadline

# Variables:
#   $start (String) - formatted date the termijn starts
#   $end (String) - formatted date the termijn ends
#   $years (Number) - length of the termijn in years
obl-deadline-known = Votre délai a commencé le { $start }. Ce délai dure { $years } ans : jusqu'au { $end } inclus.
obl-deadline-official = C'est notre calcul. C'est toujours la date indiquée dans la lettre du DUO qui compte.

# Variables:
#   $from (String) - formatted date from which extra time can be asked
#   $months (Number) - minimum months of delay
obl-deadline-extension = Vous n'y arrivez pas à temps, par exemple à cause d'une maladie de { $months } mois ou plus ? À partir du { $from }, vous pouvez demander plus de temps au DUO.

# Variables:
#   $years (Number) - length of the termijn in years
obl-deadline-after-pip = Votre délai dure { $years } ans. Ce délai commence le jour qui suit la date de votre premier PIP.

# Variables:
#   $months (Number) - the last months in which extra time can be asked
obl-deadline-extension-later = Pendant les { $months } derniers mois, vous pouvez demander plus de temps au DUO, si vous avez une bonne raison.

## Money

obl-money-pay = Vous payez vous-même l'école de langue et les examens. Le PVT et le MAP sont gratuits.

# Variables:
#   $fee (Number) - euros per exam
#   $count (Number) - number of exams
#   $total (Number) - euros for all exams once
#   $as_of (String) - formatted date the price was checked
obl-money-exams = Chaque examen coûte { $fee } €. Dans le parcours B1, il y a { $count } examens : { $total } € en tout. Vous repassez un examen ? Dans ce cas, vous payez à nouveau. (Prix au { $as_of }.)

# Variables:
#   $max (Number) - maximum loan in euros
obl-money-loan = Vous pouvez emprunter de l'argent au DUO, jusqu'à { $max } €. C'est possible seulement pour une école qui a le label de qualité de Blik op Werk. Le montant que vous pouvez emprunter dépend de vos revenus et de ceux de votre partenaire.

# Variables:
#   $months (Number) - months after finishing when repayment starts
#   $years (Number) - years of repayment
obl-money-repay = Vous remboursez le prêt, avec des intérêts. Le remboursement commence { $months } mois après la fin de votre intégration civique, et il dure { $years } ans.
obl-money-no-cancel = Vous avez terminé à temps ? Vous devez quand même rembourser le prêt.
obl-money-other = Certaines communes remboursent les frais de transport. Vous recevez peut-être l'allocation pour la garde d'enfants (kinderopvangtoeslag). Ce n'est pas certain : demandez à votre commune.

## Residence

obl-residence-requirement = C'est seulement quand vous avez terminé l'intégration civique que vous pouvez obtenir un titre de séjour à durée indéterminée ou votre propre titre de séjour, ou obtenir la nationalité néerlandaise.

# Variables:
#   $years (Number) - years married to or living with a Dutch partner
obl-residence-naturalisation = Votre partenaire a la nationalité néerlandaise. Dans ce cas, vous pouvez obtenir la nationalité néerlandaise après { $years } ans de mariage ou de vie commune. Mais vous devez alors avoir terminé l'intégration civique.

# Variables:
#   $years (Number) - years before an independent or permanent permit
obl-residence-permit = Après { $years } ans, vous pouvez demander votre propre titre de séjour ou un titre de séjour à durée indéterminée. Mais vous devez alors avoir terminé l'intégration civique.
obl-residence-turkish = Il y a une exception pour les personnes de nationalité turque et leur famille : elles n'ont pas besoin d'avoir terminé l'intégration civique pour obtenir un titre de séjour plus solide. Mais l'obligation d'intégration civique elle-même s'applique quand même.
obl-residence-dependent = Votre titre de séjour dépend de celui de votre partenaire. Il est valable 5 ans au maximum.

## Referent

obl-referent-inform = Votre partenaire doit signaler les changements à l'IND. Par exemple si vous ne vivez plus ensemble, ou si les revenus deviennent trop bas.
obl-referent-admin = Votre partenaire doit garder des papiers sur votre relation et sur les revenus.
obl-referent-sanctions = Votre partenaire ne le fait pas ? Dans ce cas, l'IND peut donner un avertissement ou une amende.
obl-referent-intake = Votre partenaire peut parfois venir avec vous aux entretiens à la commune. Mais vous pouvez aussi y aller seul ou seule.

## Exemptions

obl-exempt-diploma = Vous avez un diplôme néerlandais ? Dans ce cas, vous pouvez obtenir une dispense. Demandez-la au DUO.

# Variables:
#   $years (Number) - years of schooling in the Netherlands
obl-exempt-schooling = Avez-vous habité aux Pays-Bas pendant { $years } ans ou plus quand vous étiez en âge de scolarité obligatoire ? Dans ce cas, vous n'avez pas à faire l'intégration civique.
obl-exempt-medical = À cause d'une maladie ou d'un handicap, vous ne pourrez jamais remplir l'obligation ? Dans ce cas, vous pouvez demander une exemption (ontheffing) au DUO. Un médecin examine alors votre situation.
obl-exempt-no-effort-release = L'exemption parce que vous avez beaucoup étudié sans y arriver n'existe plus. Pour ces cas, il y a maintenant le parcours Z.

## Sources and certainty

obl-source-summary = Source et certitude

# Variables:
#   $rule (String) - rule id, e.g. R2.1
obl-source-rule = Règle { $rule }

# Variables:
#   $confidence (String) - confirmed, source-text, secondary or uncertain
obl-confidence = { $confidence ->
    [confirmed] Certitude : confirmé par une source officielle.
    [source-text] Certitude : indiqué dans le guide de Divosa.
    [secondary] Certitude : trouvé seulement dans d'autres sources. Vérifiez-le.
   *[uncertain] Certitude : pas certain. Vérifiez-le.
}

# Variables:
#   $date (String) - formatted date the rule was last checked
obl-source-checked = Vérifié le { $date }.
obl-uncertain-label = Pas certain

# Variables:
#   $authority (String) - duo, ind, municipality or svb
obl-check-with = { $authority ->
    [duo] Renseignez-vous auprès du DUO.
    [ind] Renseignez-vous auprès de l'IND.
    [svb] Renseignez-vous auprès de la SVB.
   *[municipality] Renseignez-vous auprès de votre commune.
}

# Variables:
#   $date (String) - formatted date the rules were last checked
obl-rules-checked = Les règles de cette page ont été vérifiées le { $date }.
obl-share-label = Lien vers ce résultat
obl-share-help = Gardez ou partagez ce lien. Vos réponses se trouvent dans le lien. Nous n'enregistrons rien.
obl-change-answers = Modifier les réponses
obl-print-help = Vous pouvez imprimer cette page. Pour cela, utilisez le menu de votre navigateur.
obl-save-submit = Enregistrer dans mon compte
