# Accounts: sign up, sign in, verify, reset, the account page, partner access.
# Dutch (nl) is the reference locale. Write at level B1: short sentences, common words.

account-sign-up-doc-title = Créer un compte – { -brand-name }
account-sign-up-title = Créer un compte
account-sign-up-lead = Avec un compte, vous gardez vos réponses. Vous pouvez aussi laisser votre partenaire vous aider.
account-sign-up-submit = Créer un compte
account-sign-up-link = Pas encore de compte ? Créez un compte.
account-have-account = Vous avez déjà un compte ? Alors connectez-vous.
account-privacy-link = Lisez ce que nous faisons de vos données

account-field-name = Votre nom
account-field-name-hint = Le nom que vous voulez que nous utilisions. Votre partenaire voit ce nom.
account-field-email = Adresse e-mail
account-field-password = Mot de passe
account-field-new-password = Nouveau mot de passe
# Variables:
#   $min (Number) - the minimum number of characters
account-field-new-password-hint = Nombre minimum de caractères : { $min }. Une phrase de quelques mots est une bonne idée et facile à retenir.
account-field-password-repeat = Tapez encore une fois le mot de passe
account-field-role = Qui êtes-vous ?
account-role-migrant = Je viens d'arriver aux Pays-Bas et je dois faire l'intégration civique
account-role-referent = Je suis le ou la partenaire. J'habite déjà aux Pays-Bas et je veux aider

account-form-problems = Il y a un problème. Regardez ces points :

account-check-mail-doc-title = Regardez vos e-mails – { -brand-name }
account-check-mail-title = Regardez vos e-mails
account-check-mail-text = Si l'adresse est correcte, vous recevez un e-mail de notre part dans quelques minutes. Cliquez sur le lien dans cet e-mail.
account-check-mail-spam = Vous n'avez pas reçu d'e-mail ? Regardez aussi dans les courriers indésirables (spam).
account-sign-in-link = Aller à la connexion

account-verify-doc-title = Confirmer l'adresse e-mail – { -brand-name }
account-verify-title = Confirmez votre adresse e-mail
account-verify-text = Cliquez sur le bouton. Votre compte est alors prêt.
account-verify-submit = Oui, c'est mon adresse e-mail

account-sign-in-doc-title = Se connecter – { -brand-name }
account-sign-in-title = Se connecter
account-sign-in-submit = Se connecter
account-forgot-link = Mot de passe oublié ?

account-forgot-doc-title = Mot de passe oublié – { -brand-name }
account-forgot-title = Mot de passe oublié
account-forgot-text = Indiquez votre adresse e-mail. Vous recevez alors un lien pour créer un nouveau mot de passe. Le lien fonctionne pendant 30 minutes.
account-forgot-submit = Envoyez-moi un lien

account-reset-doc-title = Nouveau mot de passe – { -brand-name }
account-reset-title = Choisissez un nouveau mot de passe
account-reset-submit = Enregistrer le mot de passe

account-doc-title = Mon compte – { -brand-name }
account-title = Mon compte
# Variables:
#   $name (String) - the name the person gave
account-hello = Bonjour { $name }.
# Variables:
#   $email (String) - the person's e-mail address
account-email-is = Vous vous connectez avec { $email }.
account-back = Retour à mon compte
account-sign-out = Se déconnecter

account-saved-check-title = Mes réponses sur l'intégration civique
account-saved-check-none = Vous n'avez pas encore enregistré de réponses. Répondez aux questions dans « Que dois-je faire ? ». Choisissez ensuite « Enregistrer dans mon compte ».
# Variables:
#   $date (String) - when the answers were saved, formatted for this locale
account-saved-check-when = Enregistré le { $date }.
account-saved-check-open = Voir ce que vous devez faire

account-partner-title = L'aide de votre partenaire
account-partner-text = Votre partenaire peut vous aider. Vous choisissez vous-même ce que votre partenaire peut faire. Vous pouvez toujours arrêter.
account-partner-invite-title = Inviter votre partenaire
account-partner-scopes = Que peut faire votre partenaire ?
account-partner-until = Quel est le dernier jour ? (vous pouvez laisser vide)
account-partner-until-hint = Laissez vide s'il n'y a pas de date de fin. Vous pouvez toujours arrêter l'accès.
account-partner-email = Adresse e-mail de votre partenaire (vous pouvez laisser vide)
account-partner-email-hint = Si vous la remplissez, nous envoyons aussi le code à votre partenaire.
account-partner-invite-submit = Créer un code pour mon partenaire
account-partner-code-intro = Donnez ce code à votre partenaire. Votre partenaire tape le code dans « Mon compte ».
account-partner-code-expiry = Le code fonctionne pendant 7 jours et une seule fois. Vous ne voyez le code qu'une seule fois.
account-partner-not-accepted = Invitation (pas encore utilisée)
account-partner-revoke = Arrêter l'accès

account-scope-view = Voir mes obligations et mon plan
account-scope-book = Réserver et annuler des rencontres pour moi
account-scope-reminders = Recevoir mes rappels

# Variables:
#   $status (String) - the status of the access, e.g. "actif"
account-grant-status = Statut : { $status }
account-grant-status-invited = invitation envoyée
account-grant-status-invite-expired = code expiré
account-grant-status-active = actif
account-grant-status-ended = terminé
account-grant-status-revoked = arrêté
# Variables:
#   $date (String) - the last day, formatted for this locale
account-grant-until = Dernier jour : { $date }.
account-grant-no-end = Pas de date de fin.

account-helping-title = Vous aidez
account-referent-duties-link = Vos propres obligations en tant que partenaire (référent)
# Variables:
#   $name (String) - the name of the person the partner helps
account-act-for = Aider { $name }
account-accept-title = Saisir le code de votre partenaire
account-accept-code = Code
account-accept-code-hint = Votre partenaire voit ce code dans Wegwijs. Les tirets et les minuscules sont acceptés.
account-accept-submit = Utiliser le code

# Variables:
#   $name (String) - the name of the person the partner acts for
account-acting-banner = Attention : vous agissez maintenant pour { $name }. { $name } voit aussi ce que vous faites.
account-acting-open = Voir les réponses
account-acting-stop = Arrêter d'aider

account-log-title = Ce qui s'est passé dans votre compte
account-log-empty = Rien pour l'instant.
account-log-by-me = vous
account-log-by-deleted = un compte supprimé
# Variables:
#   $date (String) - when it happened
#   $who (String) - who did it ("vous" or a name)
#   $what (String) - what was done
account-log-line = { $date } : { $what } (par { $who })
account-log-signed-in = connexion
account-log-password-changed = mot de passe modifié
account-log-grant-created = partenaire invité
account-log-grant-accepted = invitation acceptée
account-log-grant-revoked = accès du partenaire arrêté
account-log-viewed-check = réponses consultées
account-log-saved-check = réponses enregistrées

account-devices-title = Où vous êtes connecté(e)
# Variables:
#   $device (String) - browser and system, e.g. "Chrome · Android"
#   $since (String) - when the person logged in
#   $seen (String) - when the device was last used
account-devices-line = { $device } : connexion le { $since }, dernière utilisation le { $seen }.
account-devices-this = (cet appareil)
account-sign-out-everywhere = Se déconnecter partout

account-data-title = Mes données
account-data-text = Vous pouvez télécharger toutes vos données. Vous pouvez aussi supprimer votre compte tout de suite.
account-export-link = Télécharger mes données
account-delete-link = Supprimer le compte

account-delete-doc-title = Supprimer le compte – { -brand-name }
account-delete-title = Supprimer le compte
account-delete-text = Vous ne pourrez pas revenir en arrière. Nous supprimons votre compte, vos réponses et l'accès de votre partenaire. Vous êtes alors tout de suite déconnecté(e).
account-delete-submit = Oui, supprimer mon compte

account-shared-doc-title = Réponses de votre partenaire – { -brand-name }
# Variables:
#   $name (String) - the name of the person the partner acts for
account-shared-title = Réponses de votre partenaire { $name }
account-shared-none = Aucune réponse n'est encore enregistrée.
account-access-ended-title = Pas d'accès
account-access-ended-text = Vous n'avez pas (ou plus) le droit de voir ceci. L'accès a été arrêté ou il est terminé. Ou vous n'avez pas reçu cet accès.

account-notice-verified = Votre adresse e-mail est confirmée. Vous pouvez maintenant vous connecter.
account-notice-password-reset = Votre nouveau mot de passe est enregistré. Vous êtes déconnecté(e) partout. Connectez-vous à nouveau.
account-notice-signed-out = Vous êtes déconnecté(e).
account-notice-deleted = Votre compte est supprimé.
account-notice-saved = Vos réponses sont enregistrées.
account-notice-revoked = L'accès est arrêté. Votre partenaire ne peut plus rien faire pour vous.
account-notice-accepted = C'est fait. Vous pouvez maintenant aider.
account-notice-signed-out-everywhere = Vous êtes déconnecté(e) partout.
account-notice-acting-stopped = Vous agissez de nouveau pour vous-même.

account-error-email-missing = Indiquez votre adresse e-mail.
account-error-email-no-at = Une adresse e-mail contient un seul @, avec du texte avant et après. Par exemple : nom@exemple.fr
account-error-email-spaces = Une adresse e-mail ne peut pas contenir d'espaces.
account-error-email-no-domain = La partie après le @ n'est pas complète. Par exemple : nom@exemple.fr
account-error-email-too-long = Cette adresse e-mail est trop longue.
account-error-password-too-short = Le mot de passe est trop court. Rendez-le plus long, par exemple avec quelques mots.
account-error-password-too-long = Le mot de passe est trop long. Utilisez 128 caractères au maximum.
account-error-password-common = Beaucoup de gens utilisent ce mot de passe. Il est facile à deviner. Choisissez un autre mot de passe.
account-error-password-contains-email = Votre adresse e-mail se trouve dans le mot de passe. Choisissez un autre mot de passe.
account-error-password-mismatch = Les deux mots de passe ne sont pas identiques.
account-error-password-wrong = Ce mot de passe n'est pas correct.
account-error-name-missing = Indiquez un nom (80 caractères au maximum).
account-error-role-missing = Choisissez qui vous êtes.
account-error-rate-limited = Vous avez essayé trop de fois. Attendez un quart d'heure, puis réessayez.
account-error-sign-in-failed = L'adresse e-mail ou le mot de passe n'est pas correct.
account-error-not-verified = Vous n'avez pas encore confirmé votre adresse e-mail. Cliquez sur le lien dans notre e-mail. Pas d'e-mail ? Choisissez « Mot de passe oublié ? ».
account-error-link-invalid = Ce lien ne fonctionne plus. Il a déjà été utilisé ou il est trop ancien. Demandez un nouveau lien.
account-error-code-invalid = Ce code ne fonctionne pas. Vérifiez si vous l'avez bien recopié. Un code fonctionne pendant 7 jours et une seule fois.
account-error-not-a-referent = Seul un compte de partenaire peut utiliser un code.
account-error-scopes-missing = Choisissez au moins une chose que votre partenaire peut faire.
account-error-until-invalid = Indiquez une date, par exemple 2027-06-30.
account-error-until-past = Cette date est déjà passée. Choisissez un jour dans le futur.
account-error-forbidden = Vous ne pouvez pas faire ceci avec ce compte.
account-error-not-found = Ceci n'existe pas (ou plus).
