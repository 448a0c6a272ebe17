# The step-by-step check: one question per screen. Every question has an "I don't know" answer.

check-doc-title = Que dois-je faire ? – { -brand-name }
check-intro = Répondez à quelques questions courtes. Vous verrez alors ce que vous devez faire pour l'intégration civique, et avant quelle date. Vous n'avez pas besoin de compte. Nous n'enregistrons pas vos réponses.
check-start = Commencer les questions
check-glossary-link = Lexique : que veulent dire les mots ?

# Variables:
#   $step (Number) - number of this question
#   $total (Number) - number of questions
check-progress = Question { $step } sur { $total }
check-next = Suivant
check-back = Question précédente
check-unknown = Je ne sais pas
check-not-yet = Pas encore
check-date-hint = Indiquez la date avec le jour, le mois et l'année.
check-see-result = Voir le résultat

check-q-nationality = Quelle est votre nationalité ?
check-q-nationality-help = Vous avez deux nationalités, et l'une d'elles est celle d'un pays de l'UE ? Dans ce cas, choisissez la première réponse.
check-a-nationality-eu = Un pays de l'Union européenne (UE) ou de l'EEE, ou la Suisse
check-a-nationality-turkish = Turque
check-a-nationality-other = Un autre pays

check-q-purpose = Pourquoi habitez-vous aux Pays-Bas ?
check-q-purpose-help = Le but de votre séjour est indiqué sur votre carte de séjour.
check-a-purpose-partner = J'habite avec mon partenaire ou ma famille
check-a-purpose-refugee_family = Ma famille a un titre de séjour d'asile, et je suis arrivé(e) plus tard
check-a-purpose-clergy = Je suis ministre du culte, par exemple imam, rabbin ou pasteur
check-a-purpose-humanitarian = J'ai un titre de séjour humanitaire pour un but non temporaire
check-a-purpose-temporary = J'habite ici pour mes études ou mon travail

check-q-referent = Votre partenaire a quel type de séjour aux Pays-Bas ?
check-q-referent-help = Votre partenaire est la personne avec qui vous êtes venu(e) habiter.
check-a-referent-dutch = Mon partenaire a la nationalité néerlandaise
check-a-referent-non_temporary = Mon partenaire a un titre de séjour pour un but non temporaire, par exemple à durée indéterminée
check-a-referent-temporary = Mon partenaire est ici pour ses études ou son travail, pour un but temporaire

check-q-birth_date = Quelle est votre date de naissance ?
check-q-birth_date-help = L'obligation s'applique à partir de 16 ans jusqu'à l'âge de la pension AOW.

check-q-pass_date = Quand avez-vous retiré votre carte de séjour ?
check-q-pass_date-help = Vous avez une lettre du DUO sur l'intégration civique ? Dans ce cas, indiquez la date qui est dans cette lettre.

check-q-diploma = Avez-vous un diplôme néerlandais ?
check-q-diploma-help = Par exemple vmbo, havo, vwo, mbo niveau 2 ou plus, ou une formation hbo ou universitaire en néerlandais.

check-q-schooling = Avez-vous habité aux Pays-Bas pendant 8 ans ou plus quand vous aviez entre 5 et 16 ans ?
check-q-schooling-help = Pendant ces années, les enfants aux Pays-Bas doivent aller à l'école.

check-q-pip_date = Quelle est la date de votre premier PIP ?
check-q-pip_date-help = PIP veut dire plan personnel d'intégration civique et de participation (persoonlijk plan inburgering en participatie). Vous le recevez de la commune, après l'entretien d'accueil (brede intake). La date est écrite en haut.

check-q-route = Quel parcours d'apprentissage est indiqué dans votre PIP ?
check-a-route-b1 = Le parcours B1 (B1-route)
check-a-route-z = Le parcours Z (Z-route)
check-a-route-education = Le parcours scolaire (onderwijsroute)

check-a-yes = Oui
check-a-no = Non

check-answers-heading = Vos réponses
check-change = Modifier

## Errors at a field. Everything the person typed stays in the form.

check-error-heading = Quelque chose ne va pas. Regardez la question ci-dessous.
check-error-unknown_choice = Choisissez une des réponses.
check-error-not_a_date = Indiquez une date qui existe.
check-error-too_early = Cette date est trop ancienne. Vérifiez que l'année est correcte.
check-error-in_the_future = Cette date est dans le futur. Indiquez une date qui est déjà passée.
check-error-before_birth = Cette date est avant votre date de naissance. Vérifiez que la date est correcte.
check-error-pip_before_pass = La date du PIP ne peut pas être avant la date de votre carte de séjour. Vérifiez que la date est correcte.
