# Consultants (regievoerders) and admins, the second factor, activation of an account made by
# someone else, the activation letter, and sharing with the municipality.
# Dutch (nl) is the reference locale. Write at level B1: short sentences, common words.

staff-2fa-doc-title = Deuxième étape de connexion – { -brand-name }
staff-2fa-title = Deuxième étape : votre code
staff-2fa-text = Ouvrez l'application de codes de connexion sur votre téléphone. Tapez le code de 6 chiffres que vous y voyez.
staff-2fa-code = Code
staff-2fa-code-hint = Les 6 chiffres de l'application. Vous avez perdu votre téléphone ? Alors tapez un de vos codes de secours.
staff-2fa-submit = Se connecter
staff-2fa-setup-title = Configurez votre deuxième étape
staff-2fa-setup-app = Installez une application de codes de connexion sur votre téléphone. Par exemple, l'application que votre organisation utilise.
staff-2fa-setup-scan = Scannez ce code QR avec l'application.
staff-2fa-qr-alt = Code QR pour ajouter Wegwijs à votre application
staff-2fa-setup-secret = Le scan ne marche pas ? Alors tapez cette clé dans l'application :
staff-2fa-setup-type = Tapez le code de 6 chiffres que l'application montre maintenant.
staff-recovery-title = Gardez vos codes de secours
staff-recovery-text = Avec un code de secours, vous pouvez vous connecter si vous avez perdu votre téléphone. Chaque code fonctionne une seule fois. Gardez-les dans un endroit sûr. Vous ne les voyez qu'une seule fois.
staff-recovery-continue = J'ai gardé les codes
staff-2fa-status-title = Deuxième étape
# Variables:
#   $count (Number) - recovery codes not used yet
staff-2fa-status = { $count ->
    [one] Il vous reste { $count } code de secours.
    [many] Il vous reste { $count } codes de secours.
   *[other] Il vous reste { $count } codes de secours.
}
staff-go-to-work = Aller à mon travail

staff-activate-doc-title = Activer le compte – { -brand-name }
staff-activate-title = Préparez votre compte
staff-activate-text = Vous avez reçu un code, dans une lettre ou dans un e-mail. Tapez le code et choisissez un mot de passe.
staff-activate-code = Votre code
staff-activate-code-hint = Il est dans la lettre ou dans l'e-mail. Les tirets ne sont pas obligatoires.
staff-activate-submit = Préparer le compte

staff-municipality = Commune
staff-municipality-choose = Choisissez une commune

staff-admin-doc-title = Gestion – { -brand-name }
staff-admin-title = Gestion
staff-admin-consultants = Coordinateurs et coordinatrices
staff-admin-none = Il n'y a pas encore de coordinateurs ou de coordinatrices.
staff-admin-status-invited = Invité, pas encore commencé
staff-admin-status-ready = Actif, avec deuxième étape
staff-admin-status-no-2fa = Mot de passe choisi, deuxième étape pas encore configurée
staff-admin-invite-title = Inviter un coordinateur ou une coordinatrice
staff-admin-invite-name = Nom du coordinateur ou de la coordinatrice
staff-admin-invite-submit = Envoyer l'invitation

# Variables:
#   $municipality (String) - the consultant's municipality
staff-consultant-title = Coordinateur/coordinatrice, { $municipality }
staff-consultant-doc-title = Coordinateur/coordinatrice – { -brand-name }
staff-consultant-sharing = Personnes qui partagent leurs données avec vous
staff-consultant-sharing-text = Vous voyez ici seulement les personnes qui ont donné elles-mêmes leur accord. Elles peuvent toujours arrêter cet accord.
staff-consultant-sharing-none = Personne ne partage encore de données avec votre commune.
# Variables:
#   $date (String) - since when, formatted for this locale
staff-consultant-shared-since = Partage depuis le { $date }.
staff-consultant-new-title = Créer un compte pour une personne sans e-mail
staff-consultant-new-text = Vous créez le compte. Ensuite, vous imprimez une lettre dans la langue de la personne nouvellement arrivée. Avec le code de la lettre, cette personne crée elle-même un mot de passe.
staff-consultant-new-name = Nom de la personne nouvellement arrivée
staff-consultant-new-language = Langue de la lettre
staff-consultant-new-submit = Créer le compte et afficher la lettre
staff-consultant-waiting = Pas encore activé
staff-consultant-waiting-none = Tous les comptes que vous avez créés sont activés.
# Variables:
#   $date (String) - when the account was made, formatted for this locale
staff-consultant-made-on = Créé le { $date }.
staff-consultant-new-letter = Nouvelle lettre (l'ancien code ne marche plus)
staff-consultant-back = Retour à mon aperçu

staff-letter-doc-title = Lettre à imprimer – { -brand-name }
staff-letter-instruction = Imprimez cette lettre maintenant et donnez-la à la personne nouvellement arrivée. Le code n'est écrit nulle part ailleurs. Lettre perdue ? Alors créez une nouvelle lettre.

letter-title = Votre compte sur { -brand-name }
# Variables:
#   $name (String) - the migrant's name
letter-greeting = Bonjour { $name },
letter-intro = La commune a créé un compte pour vous sur { -brand-name }. Là, vous voyez ce que vous devez faire pour votre intégration civique.
letter-step-open = Scannez le code QR avec votre téléphone. Ou tapez l'adresse ci-dessous dans votre navigateur.
letter-step-code = Tapez le code s'il n'est pas encore rempli.
letter-step-password = Choisissez un mot de passe. Vous êtes la seule personne à le connaître.
letter-step-sign-in = Ensuite, connectez-vous avec votre nom d'utilisateur et votre mot de passe.
letter-qr-alt = Code QR avec l'adresse pour préparer votre compte
letter-address = Adresse
letter-code = Code (fonctionne une seule fois)
letter-username = Votre nom d'utilisateur
# Variables:
#   $date (String) - the last day the code works, formatted for this locale
letter-expiry = Le code fonctionne jusqu'au { $date }. Après, la commune peut vous donner une nouvelle lettre.
letter-help = Des questions ? Apportez cette lettre à la commune.

staff-error-code-wrong = Ce code n'est pas correct. Tapez les 6 chiffres que l'application montre maintenant, ou un code de secours.
staff-error-municipality-missing = Choisissez une commune dans la liste.
staff-error-email-taken = Cette adresse e-mail a déjà un compte.
staff-error-activation-invalid = Ce code ne fonctionne pas. Il a peut-être déjà été utilisé, ou il est trop ancien. Demandez une nouvelle lettre à la commune.

account-field-email-or-username = Adresse e-mail ou nom d'utilisateur
account-field-email-or-username-hint = Vous avez reçu une lettre de la commune ? Alors votre nom d'utilisateur est dans cette lettre.

account-municipality-title = Partager avec votre commune
account-municipality-text = Vous pouvez montrer vos réponses et votre plan aux coordinateurs et coordinatrices de votre commune. Ainsi, ils peuvent mieux vous aider. Ce n'est pas obligatoire. Vous pouvez toujours arrêter.
account-municipality-where = Dans quelle commune habitez-vous ?
account-municipality-share = Oui, partager avec ma commune
# Variables:
#   $municipality (String) - the municipality's name
#   $date (String) - since when, formatted for this locale
account-municipality-sharing = Vous partagez vos réponses et votre plan avec la commune de { $municipality }, depuis le { $date }.
account-municipality-stop = Arrêter de partager

account-log-second-factor-set = deuxième étape configurée
account-log-shared-with-municipality = partage avec la commune activé
account-log-stopped-sharing = partage avec la commune arrêté
account-log-viewed-by-municipality = vos réponses consultées (commune)
account-log-letter-made = lettre avec code créée (commune)

account-notice-activated = Votre compte est prêt. Vous pouvez maintenant vous connecter.
account-notice-shared = Votre commune peut maintenant voir vos réponses et votre plan.
account-notice-sharing-stopped = Vous ne partagez plus rien avec votre commune.
account-notice-consultant-invited = L'invitation a été envoyée.

email-consultant-subject = Votre compte de coordinateur/coordinatrice sur { -brand-name }
# Variables:
#   $name (String) - the consultant's name
#   $link (String) - the activation link
email-consultant-body = Bonjour { $name },

    Vous êtes invité(e) comme coordinateur ou coordinatrice sur { -brand-name }. Ouvrez ce lien pour choisir un mot de passe :

    { $link }

    Ensuite, vous configurez une deuxième étape avec une application de codes de connexion sur votre téléphone. Le lien fonctionne pendant 7 jours.
