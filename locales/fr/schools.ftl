# Language schools: search, compare, and the total cost next to the DUO loan.
# Dutch is the reference. Write at level B1: short sentences, common words, "vous".

school-lead = Cherchez une école de langue près de chez vous. Mettez deux à quatre écoles côte à côte. Vous voyez alors ce qu'elles coûtent et ce que vous recevez pour ce prix.
school-none = Aucune école de langue n'a été trouvée. Essayez avec moins de filtres.

# $amount (String) - amount, already written with the separators of the language
school-money = { $amount } €

school-route-b1 = Parcours B1 (B1-route)
school-route-a2 = A2 (après passage au niveau inférieur)
school-route-z = Parcours Z (Z-route, 800 heures)
school-route-literacy = Alphabétisation (apprendre à lire et à écrire)
school-route-education = Parcours scolaire (taalschakeltraject, programme de passerelle linguistique)
school-route-knm = KNM seulement
school-route-exam-training = Préparation aux examens
school-route-informal = S'entraîner (taalcafé, bibliothèque, partenaire de langue)

school-schedule-daytime = en journée
school-schedule-evening = le soir
school-schedule-weekend = le week-end

school-format-in-person = en classe
school-format-online = en ligne
school-format-hybrid = en partie en classe, en partie en ligne
# $format (String) - type of lesson; $percent (Number) - share of the hours in the classroom
school-format-share = { $format } ({ $percent } % en classe)

school-yes = Oui
school-no = Non
school-unknown = Inconnu

school-keurmerk-keurmerkhouder = Label de qualité de Blik op Werk
school-keurmerk-aspirant = Label de qualité aspirant (demande en cours)
school-keurmerk-none = Pas de label de qualité
# $date (String) - date on which the quality mark expired
school-keurmerk-expired = Label de qualité expiré le { $date }

school-kind-school = École de langue
school-kind-taalcafe = Taalcafé, un lieu pour pratiquer le néerlandais (pas une école, pas de label de qualité)
school-kind-library = Bibliothèque (pas une école, pas de label de qualité)
school-kind-language-buddy = Partenaire de langue, taalmaatje (pas une école, pas de label de qualité)

# $count (Number) - stars from Blik op Werk, 1 to 4
school-stars = { $count ->
    [one] { $count } étoile sur 4
    [many] { $count } étoiles sur 4
   *[other] { $count } étoiles sur 4
}
school-stars-unknown = Étoiles : inconnu

# $km (String) - distance in kilometres
school-distance = { $km } km
# $hours (Number), $per_week (Number), $weeks (Number)
school-hours = { $hours } heures de cours, { $per_week } heures par semaine, { $weeks ->
    [one] { $weeks } semaine
    [many] { $weeks } semaines
   *[other] { $weeks } semaines
}
# $city (String), $municipality (String)
school-where = { $city } (commune de { $municipality })
school-childcare-yes = Avec garde d'enfants
school-working-yes = Facile à combiner avec un travail
# $date (String)
school-next-start = Prochain début : { $date }
# $amount (String) - amount with the euro sign
school-total = Total : { $amount }
school-per-hour = ({ $amount } par heure de cours)
# $name (String) - name of the school
school-compare-pick = Comparer { $name }

school-filter-city = Ville ou village
school-filter-route = Parcours
school-filter-all-routes = Tous les parcours
school-filter-schedule = Quand pouvez-vous aller en cours ?
school-filter-format = Type de cours
school-filter-any-format = Tous les types
school-filter-keurmerk = Seulement les écoles avec un label de qualité
school-filter-keurmerk-why = Seule une école avec un label de qualité vous permet d'emprunter de l'argent au DUO, de suivre le parcours Z ou de passer au niveau A2.
school-filter-childcare = Avec garde d'enfants
school-filter-working = Facile à combiner avec mon travail
school-filter-max-total = Combien cela peut-il coûter en tout ? (en euros)
school-filter-km = À quelle distance au maximum ? (en km)
school-filter-submit = Rechercher

school-locate = Utiliser ma position
school-locate-waiting = Recherche de votre position…
school-locate-found = Votre position est remplie. Cliquez sur Rechercher.
school-locate-failed = Votre position n'a pas pu être trouvée. Choisissez une commune ou une ville.

school-sort = Trier par
school-sort-total = Prix total le plus bas
school-sort-per-hour = Prix par heure de cours le plus bas
school-sort-stars = Le plus d'étoiles
school-sort-distance = Distance la plus courte

# $count (Number) - number of offers found
school-results = { $count ->
    [one] { $count } offre trouvée
    [many] { $count } offres trouvées
   *[other] { $count } offres trouvées
}
# $municipality (String)
school-distance-from = La distance est mesurée depuis le centre de la commune de { $municipality }.
school-distance-unknown = Vous voulez chercher selon la distance ? Choisissez alors une commune, ou utilisez votre position.
# $max (Number) - the largest number of schools you can choose
school-compare-how = Choisissez de 2 à { $max } écoles. Cliquez ensuite sur Comparer.
school-compare-submit = Comparer

school-pages = Pages
school-page-previous = Page précédente
school-page-next = Page suivante
# $page (Number), $pages (Number)
school-page-of = Page { $page } sur { $pages }

school-compare-doc-title = Comparer des écoles de langue – { -brand-name }
school-compare-title = Écoles de langue côte à côte
school-compare-back = Retour aux résultats de recherche
school-compare-caption = Les écoles que vous avez choisies, côte à côte
school-compare-differs = différent
# $max (Number)
school-compare-too-few = Choisissez au moins 2 écoles pour comparer.
# $max (Number)
school-compare-too-many = Vous pouvez comparer { $max } écoles en même temps. Vous voyez les { $max } premières.

school-checklist-title = À quoi faire attention ?
school-checklist-lead = Ces questions vous aident à choisir. Le tableau donne la réponse pour chaque école.
school-checklist-intake = Faites-vous un test de langue au début ? Ainsi, l'école connaît votre niveau et sait combien de cours il vous faut.
school-checklist-hours = Combien d'heures de cours recevez-vous d'un enseignant qualifié ?
school-checklist-times = Quels jours et à quelles heures ont lieu les cours, et où ?
school-checklist-keurmerk = L'école a-t-elle un label de qualité valable ? Vous en avez besoin pour un prêt du DUO, pour le parcours Z et pour passer au niveau A2.
school-checklist-retakes = Pouvez-vous repasser un examen sans payer plus ?
school-checklist-reputation = Que pensent les autres de l'école ?
school-checklist-work = Vous travaillez, ou vous allez travailler ? Pouvez-vous quand même suivre les cours ?

school-row-keurmerk = Label de qualité
school-row-route = Parcours
school-row-intake = Test de langue au début
school-row-hours = Heures de cours
school-row-schedule = Jours et heures
school-row-format = Type de cours
school-row-place = Adresse
school-row-retakes = Repasser un examen compris dans le prix
school-row-stars = Étoiles (Blik op Werk)
school-row-working = Facile à combiner avec un travail
school-row-childcare = Garde d'enfants
school-row-class-size = Groupe le plus grand
school-row-start = Prochain début
school-row-price = Prix du cours
school-row-exam-fees = Examens non compris dans le prix
school-row-retake-room = Argent pour repasser une fois
school-row-total = Total
school-row-loan = Emprunter au DUO
school-row-pay-now = Ce que vous payez vous-même si vous empruntez le maximum
school-row-checked = Vérifié

school-retakes-none = Non, vous payez vous-même
# $count (Number)
school-retakes-count = { $count ->
    [one] Oui, { $count } fois
    [many] Oui, { $count } fois
   *[other] Oui, { $count } fois
}
school-exam-fees-none = Aucun (compris dans le prix, ou pas d'examen)
# $count (Number) - number of exams; $fee (String) - price per exam; $amount (String) - together
school-exam-fees = { $count ->
    [one] { $count } examen × { $fee } = { $amount }
    [many] { $count } examens × { $fee } = { $amount }
   *[other] { $count } examens × { $fee } = { $amount }
}
# $amount (String)
school-loan-up-to = Oui, jusqu'à { $amount }
school-loan-ask-duo = Pas sûr : demandez au DUO
school-loan-none = Non, pas de label de qualité
# $address (String), $postcode (String), $city (String)
school-address = { $address }, { $postcode } { $city }
# $date (String), $source (String)
school-checked-on = { $date } ({ $source })

school-cost-title = Combien cela vous coûte-t-il ?
# $fee (String) - price per exam; $date (String) - date of that price
school-cost-how = Total = le prix du cours + les examens qui ne sont pas compris dans le prix + de l'argent pour repasser un examen une fois. Un examen coûte { $fee } (prix au { $date }). Vous repassez un examen ? Dans ce cas, vous payez à nouveau.
# $max (String) - the highest amount you can borrow
school-cost-loan = Avec une école qui a un label de qualité, vous pouvez emprunter au DUO, jusqu'à { $max }. Le montant que vous pouvez vraiment emprunter dépend de vos revenus et de ceux de votre partenaire. Seul le DUO le sait. « Ce que vous payez vous-même » est calculé avec le montant le plus élevé.
# $months (Number), $years (Number)
school-cost-repay = Vous remboursez le prêt. Vous commencez { $months } mois après la fin de votre intégration civique, et vous payez chaque mois pendant { $years } ans. Combien par mois ? Le DUO vous le dira.
school-cost-sources = Règles : R3.6 (examens), R6.2 (prêt) et R6.3 (remboursement). Nous ne savons pas avec certitude si le DUO prête aussi pour une école avec un label de qualité aspirant.
school-contact-title = Contacter les écoles

school-warning-no-keurmerk = Pas de label de qualité : vous ne pouvez pas emprunter au DUO ici. Ces heures ne comptent pas pour le parcours Z, ni pour passer au niveau A2.
school-warning-aspirant = Label de qualité aspirant : demandez au DUO si vous pouvez emprunter ici, et demandez à la commune si les heures comptent.
# $hours (Number)
school-warning-z-hours = Pour le parcours Z, il vous faut { $hours } heures de cours dans une école avec un label de qualité. Ce cours a moins d'heures.
# $hours (Number)
school-warning-step-down-hours = Vous pouvez passer au niveau A2 seulement après { $hours } heures de cours dans une école avec un label de qualité. Ce cours seul a moins d'heures.
school-warning-above-loan = Le total est plus élevé que ce que vous pouvez emprunter. Vous payez vous-même la partie en plus.
school-warning-informal = Ce n'est pas une école. C'est bien de s'entraîner en plus des cours, mais cela ne compte pas comme heures de cours.

school-error-max-total = Écrivez un montant en euros, par exemple 6000.
school-error-km = Écrivez un nombre de kilomètres entre 1 et 300.
school-error-required = Veuillez remplir ce champ.
school-error-toolong = C'est trop long. Utilisez moins de 200 caractères.
school-error-whole = Écrivez un nombre entier.
school-error-range = Ce nombre est trop grand ou trop petit.
school-error-price = Écrivez un montant en euros, par exemple 1250 ou 1250,50.
school-error-date = Choisissez une date.
school-error-yesno = Choisissez oui ou non.
school-error-choice = Choisissez une des possibilités.
school-error-postcode = Écrivez un code postal comme 1234 AB.
school-error-municipality = Choisissez une commune.
school-error-coordinates = Ce n'est pas un lieu aux Pays-Bas.
school-error-email = Écrivez une adresse e-mail comme nom@exemple.nl.
school-error-website = Écrivez une adresse web qui commence par https://.
school-error-language = Écrivez des codes de langue comme ar|tr.
school-error-stars = Choisissez de 1 à 4 étoiles.

# Consultants (regievoerders): add, change and check language schools.
school-staff-link = Écoles de langue
school-staff-doc-title = Gérer les écoles de langue – { -brand-name }
school-staff-title = Gérer les écoles de langue
school-staff-lead = Voici les écoles de langue qui ont une adresse dans votre commune. Tout est correct ? Cliquez alors sur « Vérifié ». Les habitants voient ainsi que les informations sont à jour.
school-staff-add = Ajouter une école de langue
school-staff-none = Il n'y a pas encore d'écoles de langue.
school-staff-back = Retour aux écoles de langue
# $count (Number) - number of courses
school-staff-offers = { $count ->
    [one] { $count } cours
    [many] { $count } cours
   *[other] { $count } cours
}
# $date (String) - date YYYY-MM-DD
school-staff-checked = Dernière vérification : { $date }
# $name (String) - name of the school
school-staff-verify = Vérifié : { $name }
school-edit-title = Modifier l'école de langue
school-new-title = Ajouter une école de langue
school-field-name = Nom
school-field-kind = Type
school-field-valid-until = Label de qualité valable jusqu'au
school-field-stars-hint = De 1 à 4, ou laissez vide si vous ne savez pas.
school-field-website = Site web
school-field-phone = Téléphone
school-field-email = Adresse e-mail
school-field-address = Rue et numéro
school-field-postcode = Code postal
school-field-latitude = Latitude (facultatif)
school-field-longitude = Longitude (facultatif)
school-field-coordinates-hint = Pour chercher par distance, par exemple 52,0907 et 5,1214.
school-field-verified-hint = Quand vous enregistrez, l'école indique que votre commune a vérifié les informations aujourd'hui.
school-save = Enregistrer
school-offers-title = Cours
# $price (String) - price with the euro sign; $hours (Number)
school-offer-line = { $price }, { $hours } heures
school-offer-add = Ajouter un cours
school-offer-title = Cours
# $name (String) - name of the school
school-offer-back = Retour à { $name }
school-offer-delete = Supprimer le cours
school-field-price = Prix en euros
school-field-price-hint = Par exemple 6250 ou 6250,50.
school-field-hours = Heures de cours
school-field-hours-per-week = Heures de cours par semaine
school-field-weeks = Nombre de semaines
school-field-in-person = Part des cours en classe (en pour cent)
school-field-retakes = Combien de fois peut-on repasser un examen, compris dans le prix ?
school-field-languages = Langues dans lesquelles l'enseignant peut expliquer
school-field-languages-hint = Codes de langue, par exemple ar, tr.
school-field-start-dates = Dates de début
school-field-start-dates-hint = Par exemple 2027-01-11, 2027-03-01.
school-field-exams-included = Les examens sont compris dans le prix
school-error-informal-keurmerk = Un taalcafé, une bibliothèque ou un partenaire de langue n'a pas de label de qualité. Choisissez « Pas de label de qualité ».
school-error-informal-route = Choisissez « S'entraîner » pour un taalcafé, une bibliothèque ou un partenaire de langue, et un parcours pour une école.
school-error-same-address = Cette école a déjà cette adresse.
account-notice-school-saved = L'école de langue est enregistrée.
account-notice-school-checked = Les informations sont maintenant indiquées comme vérifiées.
# $municipality (String) - name of the municipality that checked the data
school-source-municipality = Commune de { $municipality }
school-source-admin = Administration de Wegwijs
