# E-mail. Plain text: keep links on their own line.

email-verify-subject = Confirme o seu endereço de e-mail para o { -brand-name }
# Variables:
#   $link (String) - the verification link
email-verify-body = Olá,

    Criou uma conta no { -brand-name }. Abra este link e clique no botão para confirmar o seu endereço de e-mail:

    { $link }

    O link funciona durante 24 horas. Não criou nenhuma conta? Então não precisa de fazer nada.

email-reset-subject = Nova palavra-passe para o { -brand-name }
# Variables:
#   $link (String) - the reset link
email-reset-body = Olá,

    Alguém pediu uma nova palavra-passe para a sua conta no { -brand-name }. Abra este link para escolher uma nova palavra-passe:

    { $link }

    O link funciona durante 30 minutos e só uma vez. Não pediu nada? Então não precisa de fazer nada. A sua palavra-passe continua igual.

email-exists-subject = A sua conta no { -brand-name }
# Variables:
#   $link (String) - the link to ask for a new password
email-exists-body = Olá,

    Alguém tentou criar uma conta com este endereço de e-mail. Já tem uma conta.

    Esqueceu-se da palavra-passe? Peça aqui uma nova palavra-passe:

    { $link }

    Não tentou criar uma conta? Então não precisa de fazer nada.

# Variables:
#   $name (String) - the migrant's name
email-partner-subject = { $name } pede a sua ajuda no { -brand-name }
# Variables:
#   $name (String) - the migrant's name
#   $code (String) - the partner code
#   $link (String) - where to make an account
email-partner-body = Olá,

    { $name } quer que ajude com a integração cívica, através do { -brand-name }.

    1. Crie uma conta como parceiro (ou inicie sessão se já tiver uma conta):
    { $link }
    2. Abra "A minha conta" e escreva este código:

    { $code }

    O código funciona durante 7 dias e só uma vez. Não conhece { $name }? Então não precisa de fazer nada.
