# My plan: a timeline from arrival to the deadline. Write at level B1.

plan-title = Mon plan
plan-doc-title = Mon plan – { -brand-name }
plan-lead = Faites un planning d'aujourd'hui jusqu'à votre date limite. Remplissez les dates que vous connaissez. Vous voyez alors ce que vous devez faire et quand, et si vos heures suffisent.

plan-milestone-arrival = Vous avez retiré votre carte de séjour
plan-milestone-notice = Lettre du DUO : vous devez faire l'intégration civique
plan-milestone-intake = Entretien d'accueil à la commune
plan-milestone-pip-due = À cette date au plus tard, vous devez avoir votre PIP
plan-milestone-pip = Votre premier PIP
plan-milestone-termijn-start = Vos 3 ans commencent
plan-milestone-lessons-start = Début des cours
plan-milestone-hours-600 = 600 heures de cours : on peut parler du passage au niveau A2
plan-milestone-hours-800 = 800 heures de cours : les heures du parcours Z
plan-milestone-lessons-end = Fin des cours (prévue)
plan-milestone-exam-book-by = Inscrivez-vous aux examens à cette date au plus tard, pour avoir le temps d'en repasser un
plan-milestone-exam-last-chance = Dernier moment pour vous inscrire aux examens
plan-milestone-extension-window = À partir de maintenant, vous pouvez demander plus de temps au DUO, si vous avez une raison
plan-milestone-pvt-by = Parcours de déclaration de participation (PVT) terminé
plan-milestone-map-by = Module Marché du travail et participation (MAP) terminé
plan-milestone-termijn-end = Date limite : tout doit être terminé
plan-milestone-repayment-start = Vous commencez à rembourser le prêt du DUO (si vous avez emprunté)
plan-milestone-naturalisation = Vous pouvez obtenir la nationalité néerlandaise (avec un partenaire néerlandais)
plan-milestone-permit = Vous pouvez obtenir un titre de séjour plus solide

plan-official = D'après votre lettre
plan-estimated = Estimation
plan-uncertain = Incertain

plan-phase-start = Le début
plan-phase-learning = Apprendre
plan-phase-finish = Examens et date limite
plan-phase-after = Ensuite

# $date (String)
plan-today = Aujourd'hui, { $date }
# $title (String) - title of the meeting
plan-session = Rencontre : { $title }
plan-warnings-title = Attention
plan-warning-no-hours = Vous avez prévu 0 heure par semaine. Dans ce cas, vos cours ne seront jamais terminés. Prévoyez des heures chaque semaine.
plan-warning-cannot-reach = Avec ce nombre d'heures par semaine, vous n'aurez pas fini à temps pour les examens. Prévoyez plus d'heures par semaine, ou commencez plus tôt.
plan-warning-no-retake-room = Vous aurez fini juste à temps pour les examens, mais il n'y a pas de temps pour repasser un examen. Prévoyez plus d'heures par semaine si c'est possible.
# $months (Number)
plan-warning-late-start = Vous avez votre PIP depuis plus de { $months } mois, et vous n'avez pas encore commencé les cours. Commencez le plus vite possible.
# $hours (Number)
plan-warning-step-down-keurmerk = Vous n'arrivez pas au niveau B1 ? Vous pouvez passer au niveau A2 seulement après { $hours ->
    [one] { $hours } heure
    [many] { $hours } heures
   *[other] { $hours } heures
} de cours dans une école qui a le label de qualité de Blik op Werk.

# $name (String) - name of the school
plan-school = Votre école : { $name }. Nous avons rempli les heures et la date de début de cette école.
plan-dates-title = Vos dates
plan-dates-hint = Remplissez ce que vous savez. La date est dans une lettre ? Reprenez cette date. Vous ne savez pas ? Laissez vide.
plan-field-arrival = Date à laquelle vous avez retiré votre carte de séjour
plan-field-notice = Date de la lettre du DUO
plan-field-intake = Date de l'entretien d'accueil
plan-field-pip = Date de votre premier PIP
plan-field-pip-hint = Vous n'avez pas encore de PIP ? Laissez vide.
plan-field-termijn-end = Date limite indiquée dans une lettre du DUO
plan-field-termijn-end-hint = Pas obligatoire. Cette date compte à la place de notre calcul.
plan-lessons-title = Vos cours
plan-field-route = Votre parcours
plan-route-b1 = Parcours B1
plan-route-z = Parcours Z
plan-route-education = Parcours scolaire
plan-field-target-hours = Combien d'heures de cours prévoyez-vous ?
plan-field-target-hours-hint = Pour le parcours Z, c'est 800 heures. Pour B1, la loi ne donne pas de nombre : demandez à votre école.
plan-field-lessons-start = Début des cours
plan-field-hours-per-week = Heures de cours par semaine
# $max (Number)
plan-field-hours-per-week-hint = { $max ->
    [one] { $max } heure au maximum.
    [many] { $max } heures au maximum.
   *[other] { $max } heures au maximum.
}
plan-field-weeks-off = Semaines par an sans cours (vacances)
plan-progress-title = Ce que vous avez déjà fait
plan-progress-hint = Écrivez pour chaque mois combien d'heures de cours vous avez eues. Vous voulez remplir plus de mois ? Cliquez sur « Calculer mon plan » : des lignes vides s'ajoutent alors.
# $n (Number) - line number
plan-field-month = Mois { $n }
# $n (Number)
plan-field-month-hours = Heures de cours du mois { $n }
plan-field-exams-passed = J'ai réussi tous les examens de mon parcours
plan-field-dutch-partner = Mon partenaire a la nationalité néerlandaise
plan-submit = Calculer mon plan
plan-timeline-title = Votre chronologie
# $left (Number) - lesson hours still to go; $average (String) - average number of hours per week
plan-summary = { $left ->
    [one] Il vous reste { $left } heure de cours.
    [many] Il vous reste { $left } heures de cours.
   *[other] Il vous reste { $left } heures de cours.
} En comptant les vacances, cela fait en moyenne { $average } heures par semaine.
plan-calendar = Ajouter à mon agenda (.ics)
plan-print = Imprimer
plan-save = Enregistrer dans mon compte
plan-save-sign-in = Connectez-vous pour enregistrer votre plan. Vous pouvez aussi garder le lien de cette page.
plan-disclaimer = Ceci est un planning, pas une décision. Les dates estimées peuvent être différentes. Les dates indiquées dans vos lettres du DUO et de la commune comptent toujours en premier.

plan-print-back = Retour à mon plan
plan-print-title = Mon intégration civique : les dates importantes
# $date (String)
plan-print-made = Fait le { $date }.
plan-print-date = Date
plan-print-what = Quoi
plan-print-how = Degré de certitude
plan-checklist-title = À retenir
plan-checklist-school = Choisissez une école de langue. Vous voulez emprunter au DUO ? Dans ce cas, choisissez une école avec un label de qualité.
plan-checklist-hours = Prévoyez chaque semaine des heures pour apprendre, même si vous travaillez.
plan-checklist-pvt = Faites le parcours de déclaration de participation (PVT). Il est gratuit.
plan-checklist-map = Faites le MAP sur le travail aux Pays-Bas. Il est gratuit. (Pas dans le parcours scolaire.)
plan-checklist-exams = Inscrivez-vous à temps aux examens. Repasser un examen prend du temps.
plan-checklist-help = Vous avez des questions ? Appelez votre coordinateur ou coordinatrice (regievoerder) à la commune, ou envoyez-lui un e-mail.

plan-error-date = Choisissez une date.
plan-error-notice-before-arrival = La lettre du DUO arrive après le retrait de votre carte de séjour. Vérifiez encore une fois les dates.
plan-error-pip-before-notice = Votre PIP vient après la lettre du DUO. Vérifiez encore une fois les dates.
plan-error-intake-after-pip = L'entretien d'accueil a lieu avant le PIP. Vérifiez encore une fois les dates.
plan-error-end-before-pip = La date limite est après la date de votre PIP. Vérifiez encore une fois la date.
plan-error-hours = Écrivez un nombre entier d'heures, par exemple 9.
plan-error-hours-too-many = Plus de 40 heures par semaine, ce n'est pas possible. Choisissez moins d'heures.
plan-error-target = Écrivez un nombre d'heures de cours entre 1 et 3000.
plan-error-weeks-off = Écrivez un nombre de semaines entre 0 et 26.
plan-error-progress-month = Choisissez un mois qui est déjà passé ou qui est en cours.
plan-error-progress-hours = Écrivez un nombre d'heures entre 0 et 200 pour ce mois.
plan-error-progress-total = Vous avez rempli plus d'heures que vous n'en prévoyez. Augmentez le nombre d'heures de cours prévues, ou vérifiez les heures.
account-notice-plan-saved = Votre plan est enregistré dans votre compte.
school-plan-link = Utiliser { $name } dans mon plan
plan-live-hours = Curseur : heures de cours par semaine
plan-live-start = Curseur : quand commencez-vous ?
# $months (Number) - in how many months the lessons start
plan-live-start-months = { $months ->
    [0] maintenant
    [one] dans { $months } mois
    [many] dans { $months } mois
   *[other] dans { $months } mois
}
plan-live-end = Fin des cours :
plan-live-never = jamais, avec 0 heure par semaine
