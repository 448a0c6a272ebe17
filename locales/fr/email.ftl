# E-mail. Plain text: keep links on their own line.

email-verify-subject = Confirmez votre adresse e-mail pour { -brand-name }
# Variables:
#   $link (String) - the verification link
email-verify-body = Bonjour,

    Vous avez créé un compte sur { -brand-name }. Ouvrez ce lien et cliquez sur le bouton pour confirmer votre adresse e-mail :

    { $link }

    Le lien fonctionne pendant 24 heures. Vous n'avez pas créé de compte ? Alors vous n'avez rien à faire.

email-reset-subject = Nouveau mot de passe pour { -brand-name }
# Variables:
#   $link (String) - the reset link
email-reset-body = Bonjour,

    Quelqu'un a demandé un nouveau mot de passe pour votre compte sur { -brand-name }. Ouvrez ce lien pour choisir un nouveau mot de passe :

    { $link }

    Le lien fonctionne pendant 30 minutes et une seule fois. Vous n'avez rien demandé ? Alors vous n'avez rien à faire. Votre mot de passe reste le même.

email-exists-subject = Votre compte sur { -brand-name }
# Variables:
#   $link (String) - the link to ask for a new password
email-exists-body = Bonjour,

    Quelqu'un a essayé de créer un compte avec cette adresse e-mail. Vous avez déjà un compte.

    Mot de passe oublié ? Demandez un nouveau mot de passe ici :

    { $link }

    Ce n'était pas vous ? Alors vous n'avez rien à faire.

# Variables:
#   $name (String) - the migrant's name
email-partner-subject = { $name } vous demande de l'aide sur { -brand-name }
# Variables:
#   $name (String) - the migrant's name
#   $code (String) - the partner code
#   $link (String) - where to make an account
email-partner-body = Bonjour,

    { $name } vous demande de l'aider pour l'intégration civique, via { -brand-name }.

    1. Créez un compte de partenaire (ou connectez-vous si vous avez déjà un compte) :
    { $link }
    2. Allez dans « Mon compte » et tapez ce code :

    { $code }

    Le code fonctionne pendant 7 jours et une seule fois. Vous ne connaissez pas { $name } ? Alors vous n'avez rien à faire.
