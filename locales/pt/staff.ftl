# Consultants (regievoerders) and admins, the second factor, activation of an account made by
# someone else, the activation letter, and sharing with the municipality.
# Dutch (nl) is the reference locale. Write at level B1: short sentences, common words.

staff-2fa-doc-title = Segundo passo para iniciar sessão – { -brand-name }
staff-2fa-title = Segundo passo: o seu código
staff-2fa-text = Abra no seu telemóvel a aplicação de códigos de início de sessão. Escreva o código de 6 algarismos que vê lá.
staff-2fa-code = Código
staff-2fa-code-hint = Os 6 algarismos da aplicação. Perdeu o telemóvel? Então escreva um dos seus códigos de recuperação.
staff-2fa-submit = Iniciar sessão
staff-2fa-setup-title = Configure o seu segundo passo
staff-2fa-setup-app = Instale no seu telemóvel uma aplicação de códigos de início de sessão. Por exemplo, a aplicação que a sua organização usa.
staff-2fa-setup-scan = Leia este código QR com a aplicação.
staff-2fa-qr-alt = Código QR para adicionar o Wegwijs à sua aplicação
staff-2fa-setup-secret = Não consegue ler o código? Então escreva esta chave na aplicação:
staff-2fa-setup-type = Escreva o código de 6 algarismos que a aplicação mostra agora.
staff-recovery-title = Guarde os seus códigos de recuperação
staff-recovery-text = Com um código de recuperação, pode iniciar sessão se perder o telemóvel. Cada código funciona uma só vez. Guarde-os num lugar seguro. Só os vê uma vez.
staff-recovery-continue = Já guardei os códigos
staff-2fa-status-title = Segundo passo
# Variables:
#   $count (Number) - recovery codes not used yet
staff-2fa-status = { $count ->
    [one] Ainda tem { $count } código de recuperação.
    [many] Ainda tem { $count } códigos de recuperação.
   *[other] Ainda tem { $count } códigos de recuperação.
}
staff-go-to-work = Ir para o meu trabalho

staff-activate-doc-title = Ativar a conta – { -brand-name }
staff-activate-title = Prepare a sua conta
staff-activate-text = Recebeu um código, numa carta ou num e-mail. Escreva o código e escolha uma palavra-passe.
staff-activate-code = O seu código
staff-activate-code-hint = Está na carta ou no e-mail. Não precisa de escrever os hífenes.
staff-activate-submit = Preparar a conta

staff-municipality = Município
staff-municipality-choose = Escolha um município

staff-admin-doc-title = Gestão – { -brand-name }
staff-admin-title = Gestão
staff-admin-consultants = Coordenadores
staff-admin-none = Ainda não há coordenadores.
staff-admin-status-invited = Convidado, ainda não começou
staff-admin-status-ready = Ativo, com segundo passo
staff-admin-status-no-2fa = Palavra-passe escolhida, segundo passo ainda não configurado
staff-admin-invite-title = Convidar um coordenador
staff-admin-invite-name = Nome do coordenador
staff-admin-invite-submit = Enviar o convite

# Variables:
#   $municipality (String) - the consultant's municipality
staff-consultant-title = Coordenador, { $municipality }
staff-consultant-doc-title = Coordenador – { -brand-name }
staff-consultant-sharing = Pessoas que partilham os seus dados consigo
staff-consultant-sharing-text = Aqui só vê as pessoas que deram autorização elas próprias. Podem sempre retirar esta autorização.
staff-consultant-sharing-none = Ainda ninguém partilha dados com o seu município.
# Variables:
#   $date (String) - since when, formatted for this locale
staff-consultant-shared-since = Partilha desde { $date }.
staff-consultant-new-title = Criar uma conta para alguém sem e-mail
staff-consultant-new-text = Cria a conta. Depois imprime uma carta na língua da pessoa recém-chegada. Com o código da carta, essa pessoa cria a sua própria palavra-passe.
staff-consultant-new-name = Nome da pessoa recém-chegada
staff-consultant-new-language = Língua da carta
staff-consultant-new-submit = Criar a conta e mostrar a carta
staff-consultant-waiting = Ainda não ativadas
staff-consultant-waiting-none = Todas as contas que criou estão ativadas.
# Variables:
#   $date (String) - when the account was made, formatted for this locale
staff-consultant-made-on = Criada em { $date }.
staff-consultant-new-letter = Nova carta (o código antigo deixa de funcionar)
staff-consultant-back = Voltar ao meu resumo

staff-letter-doc-title = Carta para imprimir – { -brand-name }
staff-letter-instruction = Imprima esta carta agora e entregue-a à pessoa recém-chegada. O código não está escrito em mais nenhum lugar. A carta perdeu-se? Então crie uma nova carta.

letter-title = A sua conta no { -brand-name }
# Variables:
#   $name (String) - the migrant's name
letter-greeting = Caro/a { $name },
letter-intro = O município criou uma conta para si no { -brand-name }. Lá pode ver o que tem de fazer para a sua integração cívica.
letter-step-open = Leia o código QR com o seu telemóvel. Ou escreva o endereço abaixo no seu navegador.
letter-step-code = Escreva o código se ele ainda não estiver lá.
letter-step-password = Escolha uma palavra-passe. Não a diga a ninguém.
letter-step-sign-in = Depois, inicie sessão com o seu nome de utilizador e a sua palavra-passe.
letter-qr-alt = Código QR com o endereço para preparar a sua conta
letter-address = Endereço
letter-code = Código (funciona uma só vez)
letter-username = O seu nome de utilizador
# Variables:
#   $date (String) - the last day the code works, formatted for this locale
letter-expiry = O código funciona até { $date }. Depois, o município pode dar-lhe uma nova carta.
letter-help = Tem perguntas? Leve esta carta ao município.

staff-error-code-wrong = Este código não está certo. Escreva os 6 algarismos que a aplicação mostra agora, ou um código de recuperação.
staff-error-municipality-missing = Escolha um município da lista.
staff-error-email-taken = Este endereço de e-mail já tem uma conta.
staff-error-activation-invalid = Este código não funciona. Talvez já tenha sido usado ou seja demasiado antigo. Peça uma nova carta ao município.

account-field-email-or-username = Endereço de e-mail ou nome de utilizador
account-field-email-or-username-hint = Recebeu uma carta do município? Então o seu nome de utilizador está nessa carta.

account-municipality-title = Partilhar com o seu município
account-municipality-text = Pode mostrar as suas respostas e o seu plano aos coordenadores do seu município. Assim, eles podem ajudar melhor. Não é obrigatório. Pode sempre parar.
account-municipality-where = Em que município vive?
account-municipality-share = Sim, partilhar com o meu município
# Variables:
#   $municipality (String) - the municipality's name
#   $date (String) - since when, formatted for this locale
account-municipality-sharing = Partilha as suas respostas e o seu plano com o município de { $municipality }, desde { $date }.
account-municipality-stop = Parar de partilhar

account-log-second-factor-set = segundo passo configurado
account-log-shared-with-municipality = partilha com o município ativada
account-log-stopped-sharing = partilha com o município parada
account-log-viewed-by-municipality = as suas respostas foram vistas (município)
account-log-letter-made = carta com código criada (município)

account-notice-activated = A sua conta está pronta. Agora pode iniciar sessão.
account-notice-shared = O seu município já pode ver as suas respostas e o seu plano.
account-notice-sharing-stopped = Já não partilha nada com o seu município.
account-notice-consultant-invited = O convite foi enviado.

email-consultant-subject = A sua conta de coordenador no { -brand-name }
# Variables:
#   $name (String) - the consultant's name
#   $link (String) - the activation link
email-consultant-body = Caro/a { $name },

    Foi convidado/a como coordenador/a no { -brand-name }. Abra este link para escolher uma palavra-passe:

    { $link }

    Depois, configure um segundo passo com uma aplicação de códigos de início de sessão no seu telemóvel. O link funciona durante 7 dias.
