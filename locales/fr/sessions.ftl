# Information sessions: the list, a session page, booking, the waiting list, the consultant's side.
# Dutch is the reference. Write at level B1: short sentences, common words, "u".

session-list-lead = La commune organise des rencontres pour les nouveaux habitants. Vous apprenez ce que vous devez faire et vous rencontrez d'autres personnes. Choisissez une rencontre et inscrivez-vous.
session-mine-link = Mes inscriptions
session-filter-all-municipalities = Toutes les communes
session-filter-language = Langue
session-filter-any-language = Toutes les langues
session-filter-from = À partir du
session-filter-submit = Rechercher
session-none = Il n'y a pas de rencontre qui correspond pour le moment. Regardez plus tard, ou cherchez avec moins de choix.

# Variables:
#   $start (String) - start time, e.g. 19:00
#   $end (String) - end time, e.g. 20:30
session-time = { $start } – { $end }
# Variables:
#   $count (Number) - seats left
session-seats-left = { $count ->
    [one] Encore { $count } place libre
    [many] Encore { $count } places libres
   *[other] Encore { $count } places libres
}
session-full = Complet. Vous pouvez vous mettre sur la liste d'attente.
session-closed = Les inscriptions sont fermées.
session-cancelled = Cette rencontre n'a pas lieu.
session-online = En ligne
session-in-dutch = Ce texte existe seulement en néerlandais.
# Variables:
#   $languages (String) - names of the languages spoken
session-languages = Langues : { $languages }

# Variables:
#   $title (String) - the session's title
session-doc-title = { $title } – { -brand-name }
session-when = Quand
session-more-dates = Autres dates
# Variables:
#   $count (Number) - how many days the series has
session-series = { $count ->
    [one] { $count } rencontre
    [many] Une série de { $count } rencontres. Vous vous inscrivez une seule fois pour toutes.
   *[other] Une série de { $count } rencontres. Vous vous inscrivez une seule fois pour toutes.
}
session-where = Où
session-accessibility = Accessibilité
session-languages-spoken = Langues parlées
session-interpreter = Il y a un interprète
session-childcare = Garde d'enfants
session-partner-welcome = Partenaire bienvenu(e)
session-seats = Places
session-deadline = Inscription possible jusqu'au
session-yes = Oui
session-no = Non
session-booking-title = Inscription
session-book = M'inscrire
session-join-waiting-list = Me mettre sur la liste d'attente
session-full-text = Cette rencontre est complète. Sur la liste d'attente, vous recevez automatiquement une place si quelqu'un annule. Vous recevez alors un e-mail.
session-party = Vous venez à combien de personnes ?
# Variables:
#   $count (Number) - number of people
session-party-option = { $count ->
    [one] { $count } personne
    [many] { $count } personnes
   *[other] { $count } personnes
}
session-sign-in-to-book = Connectez-vous pour vous inscrire
# Variables:
#   $count (Number) - number of people in the booking
session-booking-confirmed = { $count ->
    [one] Votre inscription est confirmée.
    [many] Votre inscription est confirmée, pour { $count } personnes.
   *[other] Votre inscription est confirmée, pour { $count } personnes.
}
# Variables:
#   $position (Number) - place on the waiting list
session-booking-waiting = Vous êtes sur la liste d'attente. Vous avez le numéro { $position }.
session-status-confirmed = Inscription confirmée
session-status-waiting = Sur la liste d'attente
session-status-cancelled = Inscription annulée
session-cancel = Annuler mon inscription
session-leave-waiting-list = Quitter la liste d'attente
session-calendar = Ajouter à mon agenda
# Variables:
#   $name (String) - the migrant the partner books for
session-booking-for = Vous faites cela pour { $name }.
session-back = Retour à toutes les rencontres

session-mine-doc-title = Mes inscriptions – { -brand-name }
session-mine-title = Mes inscriptions
session-mine-none = Vous n'êtes encore inscrit(e) à aucune rencontre.
session-alerts-title = E-mails sur les nouvelles rencontres
session-alerts-text = Nous vous envoyons un e-mail quand votre commune annonce une rencontre dans votre langue.
session-alerts-needs-municipality = Choisissez d'abord votre commune dans « Mon compte » (Partager avec votre commune). Nous savons alors quelles rencontres sont pour vous.
session-alerts-label = Oui, envoyez-moi un e-mail sur les nouvelles rencontres
session-alerts-submit = Enregistrer

session-consultant-link = Rencontres de ma commune
session-consultant-doc-title = Gérer les rencontres – { -brand-name }
session-consultant-title = Rencontres de ma commune
session-consultant-none = Vous n'avez encore annoncé aucune rencontre.
session-consultant-back = Retour aux rencontres
session-edit-link = Modifier
session-edit-title = Modifier la rencontre
session-edit-lead = Vous changez l'heure ou le lieu ? Alors toutes les personnes inscrites reçoivent un e-mail.
session-edit-submit = Enregistrer les modifications
session-cancel-session = Annuler la rencontre
session-message-title = Message à toutes les personnes inscrites
session-message-label = Votre message
session-message-hint = Texte simple, 2000 caractères au maximum. Toutes les personnes inscrites ou sur la liste d'attente le reçoivent par e-mail.
session-message-submit = Envoyer le message
session-new-link = Nouvelle rencontre
session-new-doc-title = Nouvelle rencontre – { -brand-name }
session-new-title = Annoncer une nouvelle rencontre
session-new-submit = Annoncer la rencontre
session-field-title = Titre
session-field-title-hint = Court et clair, en néerlandais. 120 caractères au maximum.
session-field-description = Description
session-field-description-hint = Texte simple. Un retour à la ligne reste un retour à la ligne.
session-field-date = Date
session-field-time = Heure de début
session-field-time-hint = Heure des Pays-Bas, par exemple 19:00.
session-field-duration = Durée en minutes
session-field-place = Adresse
session-field-place-hint = Laissez vide si la rencontre a lieu seulement en ligne.
session-field-room = Salle
session-field-accessibility = Accessibilité (par exemple : ascenseur, fauteuil roulant)
session-field-online-url = Lien pour participer en ligne
session-field-online-url-hint = Commence par https://. Laissez vide si la rencontre n'est pas en ligne.
session-field-capacity = Nombre de places
session-field-languages = Quelles langues sont parlées ?
session-field-extras = En plus
session-field-childcare = Il y a une garde d'enfants
session-field-partner-welcome = Le ou la partenaire est bienvenu(e)
session-field-max-party = Combien de personnes par inscription ?
session-field-max-party-hint = Seulement si le ou la partenaire est bienvenu(e). En général 2.
session-field-deadline = Inscription possible jusqu'au (date incluse)
session-field-series = Une série (peut rester vide)
session-field-series-hint = Cette rencontre fait partie d'une série de plusieurs fois ? Indiquez les autres jours. Les gens s'inscrivent une seule fois pour tous les jours.
# Variables:
#   $number (Number) - which day of the series (2, 3, 4)
session-field-series-date = Jour { $number } : date
# Variables:
#   $number (Number) - which day of the series (2, 3, 4)
session-field-series-time = Jour { $number } : heure de début (vide = la même heure)
session-field-translations = Texte dans d'autres langues (peut rester vide)
session-field-translations-hint = Les habitants voient le titre et la description dans leur propre langue si vous les écrivez ici. Sinon, ils voient le texte en néerlandais.
# Variables:
#   $language (String) - the language's own name
session-field-title-in = Titre ({ $language })
# Variables:
#   $language (String) - the language's own name
session-field-description-in = Description ({ $language })
session-field-deadline-hint = Si vous laissez vide, l'inscription est possible jusqu'au début de la rencontre.

# Variables:
#   $taken (Number) - seats taken
#   $capacity (Number) - all seats
session-taken = { $taken } places prises sur { $capacity }.
session-public-page = Voir la page comme les habitants la voient
session-csv = Télécharger la liste (CSV)
session-attendees = Inscriptions
session-attendees-none = Personne n'est encore inscrit.
session-attendee-deleted = (compte supprimé)
session-attended-yes = Était là
session-attended-no = N'était pas là
session-attended-unknown = Pas encore coché
session-check-in = Est là
session-no-show = Pas venu(e)

session-error-title-missing = Indiquez un titre.
session-error-title-long = Le titre est trop long. Utilisez 120 caractères au maximum.
session-error-description-long = La description est trop longue. Utilisez 4000 caractères au maximum.
session-error-date-invalid = Indiquez une date, par exemple 2027-03-15.
session-error-time-skipped = Cette heure n'existe pas ce jour-là : on avance l'heure d'une heure. Choisissez une autre heure.
session-error-date-past = Cette date est déjà passée. Choisissez un jour dans le futur.
session-error-duration = Indiquez une durée de 15 à 600 minutes.
session-error-capacity = Indiquez un nombre de places de 1 à 500.
session-error-max-party = Indiquez un nombre de personnes de 1 à 6.
session-error-deadline-after-start = Les inscriptions doivent fermer avant le début de la rencontre.
session-error-place-missing = Indiquez une adresse, ou un lien pour participer en ligne.
session-error-url = Un lien commence par https:// et n'a pas d'espaces.
session-error-languages-missing = Choisissez au moins une langue.
session-error-party = Vous ne pouvez pas venir à cette rencontre avec autant de personnes.
session-error-capacity-below-booked = Plus de places sont déjà prises. Choisissez un nombre de places plus grand.
session-error-message = Écrivez un message de 1 à 2000 caractères.
session-error-series-order = Chaque jour de la série doit venir après le jour précédent.
session-error-closed = L'inscription n'est plus possible : la rencontre a commencé, les inscriptions sont fermées ou la rencontre n'a pas lieu.

account-notice-booked = C'est fait. Votre inscription est confirmée. Vous recevez un e-mail avec les informations.
account-notice-waiting = Vous êtes sur la liste d'attente. Une place se libère ? Vous la recevez alors automatiquement et nous vous envoyons un e-mail.
account-notice-cancelled = Votre inscription est annulée.
account-notice-session-created = La rencontre est maintenant en ligne sur le site.
account-notice-checked-in = Enregistré.
account-notice-session-updated = Les modifications sont enregistrées.
account-notice-session-cancelled = La rencontre est annulée. Toutes les personnes inscrites reçoivent un e-mail.
account-notice-message-sent = Votre message est en cours d'envoi.
account-notice-alerts-on = Vous recevrez un e-mail quand il y a une nouvelle rencontre.
account-notice-alerts-off = Vous ne recevrez plus d'e-mails sur les nouvelles rencontres.
account-log-booked-session = inscription à une rencontre
account-log-cancelled-booking = inscription à une rencontre annulée

# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-confirmed-subject = Votre inscription est confirmée : { $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-confirmed-body = Bonjour,

    Votre inscription à la rencontre « { $title } » est confirmée.

    Quand : { $date }, à { $time }
    Où : { $place }

    Vous trouvez en pièce jointe le rendez-vous pour votre agenda. Vous ne pouvez pas venir ? Annulez alors votre inscription, pour qu'une autre personne reçoive votre place :

    { $link }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-waiting-subject = Vous êtes sur la liste d'attente : { $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-waiting-body = Bonjour,

    La rencontre « { $title } » du { $date } est complète. Vous êtes sur la liste d'attente.

    Quelqu'un annule ? Vous recevez alors la place automatiquement et nous vous envoyons un e-mail.

    { $link }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-promoted-subject = Il y a une place pour vous : { $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-promoted-body = Bonjour,

    Bonne nouvelle : une place s'est libérée. Votre inscription à « { $title } » est maintenant confirmée.

    Quand : { $date }, à { $time }
    Où : { $place }

    Vous trouvez en pièce jointe le rendez-vous pour votre agenda. Finalement, vous ne pouvez pas venir ? Annulez alors votre inscription :

    { $link }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-reminder-subject = Rappel : { $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-reminder-body = Bonjour,

    N'oubliez pas la rencontre « { $title } ».

    Quand : { $date }, à { $time }
    Où : { $place }

    Vous ne pouvez pas venir ? Annulez alors votre inscription, pour qu'une autre personne reçoive votre place :

    { $link }

# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-changed-subject = Rencontre modifiée : { $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-changed-body = Bonjour,

    La rencontre « { $title } » a changé. Voici les nouvelles informations :

    Quand : { $date }, à { $time }
    Où : { $place }

    Maintenant, vous ne pouvez pas venir ? Annulez alors votre inscription :

    { $link }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-cancelled-subject = Rencontre annulée : { $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-cancelled-body = Bonjour,

    Malheureusement, la rencontre « { $title } » du { $date } n'a pas lieu. Vous n'avez rien à faire.

    Pour trouver une autre rencontre, regardez ici :

    { $link }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
#   $message (String) - the consultant's own words
session-mail-message-subject = Message sur : { $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
#   $message (String) - the consultant's own words
session-mail-message-body = Bonjour,

    La commune vous envoie un message sur la rencontre « { $title } » du { $date } :

    { $message }

    { $link }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-announced-subject = Nouvelle rencontre : { $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-announced-body = Bonjour,

    Votre commune organise une nouvelle rencontre dans votre langue : « { $title } ».

    Quand : { $date }, à { $time }
    Où : { $place }

    Vous voulez venir ? Alors inscrivez-vous :

    { $link }

    Vous ne voulez plus recevoir ces e-mails ? Arrêtez-les dans « Mes inscriptions ».

# "Wednesday 2 December 2026, 19:30 – 21:00"
# Variables:
#   $date (String) - the day, formatted for this locale
#   $time (String) - the time or the hours
session-date-time = { $date }, { $time }
# Between the names in a list (e.g. of languages), spaces included.
session-list-separator = { ", " }
