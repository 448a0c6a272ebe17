# Accounts: sign up, sign in, verify, reset, the account page, partner access.
# Dutch (nl) is the reference locale. Write at level B1: short sentences, common words.

account-sign-up-doc-title = Criar uma conta – { -brand-name }
account-sign-up-title = Criar uma conta
account-sign-up-lead = Com uma conta, pode guardar as suas respostas. Também pode deixar o seu parceiro ajudar.
account-sign-up-submit = Criar conta
account-sign-up-link = Ainda não tem conta? Crie uma conta.
account-have-account = Já tem uma conta? Então inicie sessão.
account-privacy-link = Leia o que fazemos com os seus dados

account-field-name = O seu nome
account-field-name-hint = O nome que quer que usemos. O seu parceiro vê este nome.
account-field-email = Endereço de e-mail
account-field-password = Palavra-passe
account-field-new-password = Nova palavra-passe
# Variables:
#   $min (Number) - the minimum number of characters
account-field-new-password-hint = Número mínimo de caracteres: { $min }. Uma frase com algumas palavras é uma boa escolha e é fácil de lembrar.
account-field-password-repeat = Escreva a palavra-passe mais uma vez
account-field-role = Quem é?
account-role-migrant = Cheguei há pouco tempo aos Países Baixos e tenho de fazer a integração cívica
account-role-referent = Sou o parceiro. Já vivo nos Países Baixos e quero ajudar

account-form-problems = Algo correu mal. Veja estes pontos:

account-check-mail-doc-title = Veja o seu e-mail – { -brand-name }
account-check-mail-title = Veja o seu e-mail
account-check-mail-text = Se o endereço estiver correto, vai receber um e-mail nosso dentro de alguns minutos. Clique no link desse e-mail.
account-check-mail-spam = Não recebeu nenhum e-mail? Veja também no lixo eletrónico (spam).
account-sign-in-link = Ir para o início de sessão

account-verify-doc-title = Confirmar o endereço de e-mail – { -brand-name }
account-verify-title = Confirme o seu endereço de e-mail
account-verify-text = Clique no botão. Depois, a sua conta fica pronta.
account-verify-submit = Sim, este é o meu endereço de e-mail

account-sign-in-doc-title = Iniciar sessão – { -brand-name }
account-sign-in-title = Iniciar sessão
account-sign-in-submit = Iniciar sessão
account-forgot-link = Esqueceu-se da palavra-passe?

account-forgot-doc-title = Esqueci-me da palavra-passe – { -brand-name }
account-forgot-title = Esqueci-me da palavra-passe
account-forgot-text = Escreva o seu endereço de e-mail. Depois, recebe um link para criar uma nova palavra-passe. O link funciona durante 30 minutos.
account-forgot-submit = Enviem-me um link

account-reset-doc-title = Nova palavra-passe – { -brand-name }
account-reset-title = Escolha uma nova palavra-passe
account-reset-submit = Guardar palavra-passe

account-doc-title = A minha conta – { -brand-name }
account-title = A minha conta
# Variables:
#   $name (String) - the name the person gave
account-hello = Olá, { $name }.
# Variables:
#   $email (String) - the person's e-mail address
account-email-is = Inicia sessão com { $email }.
account-back = Voltar à minha conta
account-sign-out = Terminar sessão

account-saved-check-title = As minhas respostas sobre a integração cívica
account-saved-check-none = Ainda não guardou nenhuma resposta. Responda às perguntas em "O que tenho de fazer?". Depois, escolha "Guardar na minha conta".
# Variables:
#   $date (String) - when the answers were saved, formatted for this locale
account-saved-check-when = Guardado em { $date }.
account-saved-check-open = Ver o que tem de fazer

account-partner-title = Ajuda do seu parceiro
account-partner-text = O seu parceiro pode ajudar. Escolhe o que o seu parceiro pode fazer. Pode parar isto a qualquer momento.
account-partner-invite-title = Convidar o seu parceiro
account-partner-scopes = O que pode o seu parceiro fazer?
account-partner-until = Qual é o último dia? (pode deixar em branco)
account-partner-until-hint = Deixe em branco se não houver data de fim. Pode parar o acesso a qualquer momento.
account-partner-email = Endereço de e-mail do seu parceiro (pode deixar em branco)
account-partner-email-hint = Se o preencher, também enviamos o código ao seu parceiro.
account-partner-invite-submit = Criar um código para o meu parceiro
account-partner-code-intro = Dê este código ao seu parceiro. O seu parceiro escreve o código em "A minha conta".
account-partner-code-expiry = O código funciona durante 7 dias e só uma vez. Só vê o código uma vez.
account-partner-not-accepted = Convite (ainda não usado)
account-partner-revoke = Parar o acesso

account-scope-view = Ver as minhas obrigações e o meu plano
account-scope-book = Marcar e cancelar sessões por mim
account-scope-reminders = Receber os meus lembretes

# Variables:
#   $status (String) - the status of the access, e.g. "ativo"
account-grant-status = Estado: { $status }
account-grant-status-invited = convidado
account-grant-status-invite-expired = código expirado
account-grant-status-active = ativo
account-grant-status-ended = terminado
account-grant-status-revoked = parado
# Variables:
#   $date (String) - the last day, formatted for this locale
account-grant-until = Último dia: { $date }.
account-grant-no-end = Sem data de fim.

account-helping-title = Está a ajudar
account-referent-duties-link = As suas próprias obrigações como parceiro (patrocinador)
# Variables:
#   $name (String) - the name of the person the partner helps
account-act-for = Ajudar { $name }
account-accept-title = Introduzir o código do seu parceiro
account-accept-code = Código
account-accept-code-hint = O seu parceiro vê este código no Wegwijs. Pode usar hífenes e letras minúsculas.
account-accept-submit = Usar código

# Variables:
#   $name (String) - the name of the person the partner acts for
account-acting-banner = Atenção: agora está a trabalhar por { $name }. { $name } também vê o que faz.
account-acting-open = Ver as respostas
account-acting-stop = Parar de ajudar

account-log-title = O que aconteceu na sua conta
account-log-empty = Ainda nada.
account-log-by-me = si
account-log-by-deleted = uma conta apagada
# Variables:
#   $date (String) - when it happened
#   $who (String) - who did it ("si" or a name)
#   $what (String) - what was done
account-log-line = { $date }: { $what } (por { $who })
account-log-signed-in = sessão iniciada
account-log-password-changed = palavra-passe alterada
account-log-grant-created = parceiro convidado
account-log-grant-accepted = convite aceite
account-log-grant-revoked = acesso do parceiro parado
account-log-viewed-check = respostas vistas
account-log-saved-check = respostas guardadas

account-devices-title = Onde tem sessão iniciada
# Variables:
#   $device (String) - browser and system, e.g. "Chrome · Android"
#   $since (String) - when the person logged in
#   $seen (String) - when the device was last used
account-devices-line = { $device }: sessão iniciada em { $since }, usado pela última vez em { $seen }.
account-devices-this = (este dispositivo)
account-sign-out-everywhere = Terminar sessão em todo o lado

account-data-title = Os meus dados
account-data-text = Pode descarregar todos os seus dados. Também pode apagar a sua conta imediatamente.
account-export-link = Descarregar os meus dados
account-delete-link = Apagar conta

account-delete-doc-title = Apagar conta – { -brand-name }
account-delete-title = Apagar conta
account-delete-text = Não é possível voltar atrás. Apagamos a sua conta, as suas respostas e o acesso do seu parceiro. A sua sessão termina imediatamente.
account-delete-submit = Sim, apagar a minha conta

account-shared-doc-title = Respostas do seu parceiro – { -brand-name }
# Variables:
#   $name (String) - the name of the person the partner acts for
account-shared-title = Respostas de { $name }
account-shared-none = Ainda não há respostas guardadas.
account-access-ended-title = Sem acesso
account-access-ended-text = Não pode ver isto (ou já não pode). O acesso foi parado ou terminou. Ou não recebeu este acesso.

account-notice-verified = O seu endereço de e-mail foi confirmado. Agora pode iniciar sessão.
account-notice-password-reset = A sua nova palavra-passe foi guardada. A sua sessão terminou em todo o lado. Inicie sessão novamente.
account-notice-signed-out = A sua sessão terminou.
account-notice-deleted = A sua conta foi apagada.
account-notice-saved = As suas respostas foram guardadas.
account-notice-revoked = O acesso foi parado. O seu parceiro já não pode fazer nada por si.
account-notice-accepted = Conseguiu. Agora pode ajudar.
account-notice-signed-out-everywhere = A sua sessão terminou em todo o lado.
account-notice-acting-stopped = Agora está outra vez a trabalhar para si.

account-error-email-missing = Escreva o seu endereço de e-mail.
account-error-email-no-at = Um endereço de e-mail tem um @, com texto antes e depois. Por exemplo: nome@exemplo.pt
account-error-email-spaces = Um endereço de e-mail não pode ter espaços.
account-error-email-no-domain = A parte depois do @ não está completa. Por exemplo: nome@exemplo.pt
account-error-email-too-long = Este endereço de e-mail é demasiado longo.
account-error-password-too-short = A palavra-passe é demasiado curta. Torne-a mais longa, por exemplo com algumas palavras.
account-error-password-too-long = A palavra-passe é demasiado longa. Use no máximo 128 caracteres.
account-error-password-common = Muitas pessoas usam esta palavra-passe. É fácil de adivinhar. Escolha outra palavra-passe.
account-error-password-contains-email = O seu endereço de e-mail está na palavra-passe. Escolha outra palavra-passe.
account-error-password-mismatch = As duas palavras-passe não são iguais.
account-error-password-wrong = Esta palavra-passe não está correta.
account-error-name-missing = Escreva um nome (no máximo 80 caracteres).
account-error-role-missing = Escolha quem é.
account-error-rate-limited = Tentou demasiadas vezes. Espere um quarto de hora e depois tente de novo.
account-error-sign-in-failed = O endereço de e-mail ou a palavra-passe não está correto.
account-error-not-verified = Ainda não confirmou o seu endereço de e-mail. Clique no link do nosso e-mail. Não recebeu nenhum e-mail? Escolha "Esqueceu-se da palavra-passe?".
account-error-link-invalid = Este link já não funciona. Já foi usado ou é demasiado antigo. Peça um novo link.
account-error-code-invalid = Este código não funciona. Veja se o escreveu bem. Um código funciona durante 7 dias e só uma vez.
account-error-not-a-referent = Só uma conta de parceiro pode usar um código.
account-error-scopes-missing = Escolha pelo menos uma coisa que o seu parceiro pode fazer.
account-error-until-invalid = Escreva uma data, por exemplo 2027-06-30.
account-error-until-past = Esta data já passou. Escolha um dia no futuro.
account-error-forbidden = Não pode fazer isto com esta conta.
account-error-not-found = Isto não existe (ou já não existe).
