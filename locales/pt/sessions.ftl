# Information sessions: the list, a session page, booking, the waiting list, the consultant's side.
# Dutch is the reference. Write at level B1: short sentences, common words, "u".

session-list-lead = O município organiza sessões para os novos habitantes. Fica a saber o que tem de fazer e conhece outras pessoas. Escolha uma sessão e inscreva-se.
session-mine-link = As minhas inscrições
session-filter-all-municipalities = Todos os municípios
session-filter-language = Língua
session-filter-any-language = Todas as línguas
session-filter-from = A partir da data
session-filter-submit = Procurar
session-none = De momento não há sessões que correspondam. Volte a ver mais tarde, ou procure com menos opções.

# Variables:
#   $start (String) - start time, e.g. 19:00
#   $end (String) - end time, e.g. 20:30
session-time = { $start } – { $end }
# Variables:
#   $count (Number) - seats left
session-seats-left = { $count ->
    [one] Ainda há { $count } lugar livre
    [many] Ainda há { $count } lugares livres
   *[other] Ainda há { $count } lugares livres
}
session-full = Cheia. Pode entrar na lista de espera.
session-closed = As inscrições estão fechadas.
session-cancelled = Esta sessão não se realiza.
session-online = Online
session-in-dutch = Este texto só está em neerlandês.
# Variables:
#   $languages (String) - names of the languages spoken
session-languages = Línguas: { $languages }

# Variables:
#   $title (String) - the session's title
session-doc-title = { $title } – { -brand-name }
session-when = Quando
session-more-dates = Outras datas
# Variables:
#   $count (Number) - how many days the series has
session-series = { $count ->
    [one] { $count } sessão
    [many] Uma série de { $count } sessões. Inscreve-se uma só vez para todas.
   *[other] Uma série de { $count } sessões. Inscreve-se uma só vez para todas.
}
session-where = Onde
session-accessibility = Acessibilidade
session-languages-spoken = Línguas faladas
session-interpreter = Há um intérprete
session-childcare = Acolhimento de crianças
session-partner-welcome = O parceiro é bem-vindo
session-seats = Lugares
session-deadline = Pode inscrever-se até
session-yes = Sim
session-no = Não
session-booking-title = Inscrição
session-book = Inscrever-me
session-join-waiting-list = Pôr-me na lista de espera
session-full-text = Esta sessão está cheia. Na lista de espera, recebe um lugar automaticamente se alguém cancelar. Nessa altura recebe um e-mail.
session-party = Quantas pessoas vêm?
# Variables:
#   $count (Number) - number of people
session-party-option = { $count ->
    [one] { $count } pessoa
    [many] { $count } pessoas
   *[other] { $count } pessoas
}
session-sign-in-to-book = Inicie sessão para se inscrever
# Variables:
#   $count (Number) - number of people in the booking
session-booking-confirmed = { $count ->
    [one] A sua inscrição está confirmada.
    [many] A sua inscrição está confirmada, para { $count } pessoas.
   *[other] A sua inscrição está confirmada, para { $count } pessoas.
}
# Variables:
#   $position (Number) - place on the waiting list
session-booking-waiting = Está na lista de espera. Tem o número { $position }.
session-status-confirmed = Inscrição confirmada
session-status-waiting = Na lista de espera
session-status-cancelled = Inscrição cancelada
session-cancel = Cancelar a minha inscrição
session-leave-waiting-list = Sair da lista de espera
session-calendar = Adicionar ao meu calendário
# Variables:
#   $name (String) - the migrant the partner books for
session-booking-for = Está a tratar disto por { $name }.
session-back = Voltar a todas as sessões

session-mine-doc-title = As minhas inscrições – { -brand-name }
session-mine-title = As minhas inscrições
session-mine-none = Ainda não se inscreveu em nenhuma sessão.
session-alerts-title = E-mails sobre novas sessões
session-alerts-text = Enviamos-lhe um e-mail quando o seu município anuncia uma sessão na sua língua.
session-alerts-needs-municipality = Primeiro escolha o seu município em "A minha conta" (Partilhar com o seu município). Assim sabemos que sessões são para si.
session-alerts-label = Sim, enviem-me um e-mail sobre novas sessões
session-alerts-submit = Guardar

session-consultant-link = Sessões do meu município
session-consultant-doc-title = Gerir sessões – { -brand-name }
session-consultant-title = Sessões do meu município
session-consultant-none = Ainda não anunciou nenhuma sessão.
session-consultant-back = Voltar às sessões
session-edit-link = Alterar
session-edit-title = Alterar a sessão
session-edit-lead = Vai mudar a hora ou o local? Nesse caso, todas as pessoas inscritas recebem um e-mail.
session-edit-submit = Guardar as alterações
session-cancel-session = Cancelar a sessão
session-message-title = Mensagem para todas as pessoas inscritas
session-message-label = A sua mensagem
session-message-hint = Texto simples, no máximo 2000 caracteres. Todas as pessoas inscritas ou na lista de espera recebem-na por e-mail.
session-message-submit = Enviar a mensagem
session-new-link = Nova sessão
session-new-doc-title = Nova sessão – { -brand-name }
session-new-title = Anunciar uma nova sessão
session-new-submit = Anunciar a sessão
session-field-title = Título
session-field-title-hint = Curto e claro, em neerlandês. No máximo 120 caracteres.
session-field-description = Descrição
session-field-description-hint = Texto simples. Uma linha nova continua a ser uma linha nova.
session-field-date = Data
session-field-time = Hora de início
session-field-time-hint = Hora dos Países Baixos, por exemplo 19:00.
session-field-duration = Duração em minutos
session-field-place = Endereço
session-field-place-hint = Deixe em branco se a sessão for só online.
session-field-room = Sala
session-field-accessibility = Acessibilidade (por exemplo: elevador, cadeira de rodas)
session-field-online-url = Link para participar online
session-field-online-url-hint = Começa com https://. Deixe em branco se a sessão não for online.
session-field-capacity = Número de lugares
session-field-languages = Que línguas se falam?
session-field-extras = Extras
session-field-childcare = Há acolhimento de crianças
session-field-partner-welcome = O parceiro é bem-vindo
session-field-max-party = Quantas pessoas por inscrição?
session-field-max-party-hint = Só se o parceiro for bem-vindo. Normalmente 2.
session-field-deadline = Último dia para se inscrever (data)
session-field-series = Uma série (pode ficar em branco)
session-field-series-hint = Esta sessão faz parte de uma série de várias vezes? Preencha os outros dias. As pessoas inscrevem-se uma só vez para todos os dias.
# Variables:
#   $number (Number) - which day of the series (2, 3, 4)
session-field-series-date = Dia { $number }: data
# Variables:
#   $number (Number) - which day of the series (2, 3, 4)
session-field-series-time = Dia { $number }: hora de início (em branco = a mesma hora)
session-field-translations = Texto noutras línguas (pode ficar em branco)
session-field-translations-hint = Os habitantes veem o título e a descrição na sua própria língua se os escrever aqui. Caso contrário, veem o texto em neerlandês.
# Variables:
#   $language (String) - the language's own name
session-field-title-in = Título ({ $language })
# Variables:
#   $language (String) - the language's own name
session-field-description-in = Descrição ({ $language })
session-field-deadline-hint = Deixe em branco: nesse caso, as pessoas podem inscrever-se até a sessão começar.

# Variables:
#   $taken (Number) - seats taken
#   $capacity (Number) - all seats
session-taken = { $taken } de { $capacity } lugares ocupados.
session-public-page = Ver a página como os habitantes a veem
session-csv = Descarregar a lista (CSV)
session-attendees = Inscrições
session-attendees-none = Ainda ninguém se inscreveu.
session-attendee-deleted = (conta apagada)
session-attended-yes = Esteve presente
session-attended-no = Não esteve presente
session-attended-unknown = Ainda não assinalado
session-check-in = Está presente
session-no-show = Não veio

session-error-title-missing = Escreva um título.
session-error-title-long = O título é demasiado longo. Use no máximo 120 caracteres.
session-error-description-long = A descrição é demasiado longa. Use no máximo 4000 caracteres.
session-error-date-invalid = Escreva uma data, por exemplo 2027-03-15.
session-error-time-skipped = Esta hora não existe nesse dia: o relógio avança uma hora. Escolha outra hora.
session-error-date-past = Esta data já passou. Escolha um dia no futuro.
session-error-duration = Escreva uma duração de 15 a 600 minutos.
session-error-capacity = Escreva um número de lugares de 1 a 500.
session-error-max-party = Escreva um número de pessoas de 1 a 6.
session-error-deadline-after-start = As inscrições têm de fechar antes de a sessão começar.
session-error-place-missing = Escreva um endereço, ou um link para participar online.
session-error-url = Um link começa com https:// e não tem espaços.
session-error-languages-missing = Escolha pelo menos uma língua.
session-error-party = Não pode vir a esta sessão com tantas pessoas.
session-error-capacity-below-booked = Já há mais lugares ocupados. Escolha um número de lugares maior.
session-error-message = Escreva uma mensagem de 1 a 2000 caracteres.
session-error-series-order = Cada dia da série tem de vir depois do dia anterior.
session-error-closed = Já não é possível inscrever-se: a sessão já começou, as inscrições estão fechadas ou a sessão não se realiza.

account-notice-booked = Conseguiu. A sua inscrição está confirmada. Vai receber um e-mail com os dados.
account-notice-waiting = Está na lista de espera. Fica um lugar livre? Nesse caso recebe-o automaticamente e enviamos-lhe um e-mail.
account-notice-cancelled = A sua inscrição foi cancelada.
account-notice-session-created = A sessão já está publicada no site.
account-notice-checked-in = Guardado.
account-notice-session-updated = As alterações foram guardadas.
account-notice-session-cancelled = A sessão foi cancelada. Todas as pessoas inscritas recebem um e-mail.
account-notice-message-sent = A sua mensagem está a ser enviada.
account-notice-alerts-on = Vai receber um e-mail quando houver uma nova sessão.
account-notice-alerts-off = Já não vai receber e-mails sobre novas sessões.
account-log-booked-session = inscrição numa sessão
account-log-cancelled-booking = inscrição numa sessão cancelada

# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-confirmed-subject = A sua inscrição está confirmada: { $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-confirmed-body = Olá,

    A sua inscrição na sessão "{ $title }" está confirmada.

    Quando: { $date }, às { $time }
    Onde: { $place }

    Em anexo está a marcação para o seu calendário. Não pode vir? Então cancele a sua inscrição, para que outra pessoa receba o seu lugar:

    { $link }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-waiting-subject = Está na lista de espera: { $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-waiting-body = Olá,

    A sessão "{ $title }" de { $date } está cheia. Está na lista de espera.

    Alguém cancela a inscrição? Nesse caso recebe o lugar automaticamente e enviamos-lhe um e-mail.

    { $link }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-promoted-subject = Há um lugar para si: { $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-promoted-body = Olá,

    Boas notícias: ficou um lugar livre. A sua inscrição em "{ $title }" está agora confirmada.

    Quando: { $date }, às { $time }
    Onde: { $place }

    Em anexo está a marcação para o seu calendário. Afinal não pode vir? Então cancele a sua inscrição:

    { $link }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-reminder-subject = Lembrete: { $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-reminder-body = Olá,

    Não se esqueça da sessão "{ $title }".

    Quando: { $date }, às { $time }
    Onde: { $place }

    Não pode vir? Então cancele a sua inscrição, para que outra pessoa receba o seu lugar:

    { $link }

# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-changed-subject = Sessão alterada: { $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-changed-body = Olá,

    A sessão "{ $title }" foi alterada. Estes são os novos dados:

    Quando: { $date }, às { $time }
    Onde: { $place }

    Agora não pode vir? Então cancele a sua inscrição:

    { $link }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-cancelled-subject = Não se realiza: { $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-cancelled-body = Olá,

    Infelizmente, a sessão "{ $title }" de { $date } não se realiza. Não precisa de fazer nada.

    Procure outra sessão aqui:

    { $link }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
#   $message (String) - the consultant's own words
session-mail-message-subject = Mensagem sobre: { $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
#   $message (String) - the consultant's own words
session-mail-message-body = Olá,

    O município envia-lhe uma mensagem sobre a sessão "{ $title }" de { $date }:

    { $message }

    { $link }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-announced-subject = Nova sessão: { $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-announced-body = Olá,

    O seu município organiza uma nova sessão na sua língua: "{ $title }".

    Quando: { $date }, às { $time }
    Onde: { $place }

    Quer vir? Então inscreva-se:

    { $link }

    Já não quer receber estes e-mails? Desligue-os em "As minhas inscrições".

# "Wednesday 2 December 2026, 19:30 – 21:00"
# Variables:
#   $date (String) - the day, formatted for this locale
#   $time (String) - the time or the hours
session-date-time = { $date }, { $time }
# Between the names in a list (e.g. of languages), spaces included.
session-list-separator = { ", " }
