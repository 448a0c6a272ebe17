# My plan: a timeline from arrival to the deadline. Write at level B1.

plan-title = O meu plano
plan-doc-title = O meu plano – { -brand-name }
plan-lead = Faça um plano desde hoje até ao seu prazo final. Preencha as datas que sabe. Assim, vê quando tem de fazer cada coisa e se as suas horas chegam.

plan-milestone-arrival = Levantou o seu cartão de residência
plan-milestone-notice = Carta do DUO: tem de fazer a integração cívica
plan-milestone-intake = Entrevista inicial alargada no município
plan-milestone-pip-due = O mais tardar nesta data, deve ter o seu PIP
plan-milestone-pip = O seu primeiro PIP
plan-milestone-termijn-start = Os seus 3 anos começam
plan-milestone-lessons-start = Início das aulas
plan-milestone-hours-600 = 600 horas de aula: é possível falar sobre descer para o nível A2
plan-milestone-hours-800 = 800 horas de aula: as horas do percurso Z
plan-milestone-lessons-end = Fim das aulas (previsto)
plan-milestone-exam-book-by = Inscreva-se nos exames o mais tardar nesta data, para ter tempo de repetir um
plan-milestone-exam-last-chance = Último momento para se inscrever nos exames
plan-milestone-extension-window = A partir de agora, pode pedir mais tempo ao DUO, se tiver um motivo
plan-milestone-pvt-by = Percurso da declaração de participação (PVT) concluído
plan-milestone-map-by = Módulo Mercado de Trabalho e Participação (MAP) concluído
plan-milestone-termijn-end = Prazo final: tudo tem de estar concluído
plan-milestone-repayment-start = Começa a devolver o empréstimo do DUO (se pediu dinheiro emprestado)
plan-milestone-naturalisation = Pode obter a nacionalidade neerlandesa (se o seu parceiro tiver a nacionalidade neerlandesa)
plan-milestone-permit = Pode obter uma autorização de residência mais forte

plan-official = Da sua carta
plan-estimated = Estimativa
plan-uncertain = Não é certo

plan-phase-start = O início
plan-phase-learning = Aprender
plan-phase-finish = Exames e prazo final
plan-phase-after = Depois

# $date (String)
plan-today = Hoje, { $date }
# $title (String) - title of the meeting
plan-session = Sessão: { $title }
plan-warnings-title = Atenção
plan-warning-no-hours = Planeou 0 horas por semana. Assim, as suas aulas nunca acabam. Planeie horas por semana.
plan-warning-cannot-reach = Com estas horas por semana, não termina a tempo para os exames. Planeie mais horas por semana, ou comece mais cedo.
plan-warning-no-retake-room = Termina mesmo a tempo para os exames, mas não há tempo para repetir um exame. Planeie mais horas por semana, se puder.
# $months (Number)
plan-warning-late-start = Já tem o seu PIP há mais de { $months ->
    [one] { $months } mês
    [many] { $months } meses
   *[other] { $months } meses
}, e ainda não começou as aulas. Comece o mais depressa possível.
# $hours (Number)
plan-warning-step-down-keurmerk = Não consegue o nível B1? Só pode descer para o nível A2 depois de { $hours ->
    [one] { $hours } hora
    [many] { $hours } horas
   *[other] { $hours } horas
} de aula numa escola com o selo de qualidade Blik op Werk.

# $name (String) - name of the school
plan-school = A sua escola: { $name }. Preenchemos as horas e a data de início desta escola.
plan-dates-title = As suas datas
plan-dates-hint = Preencha o que sabe. A data está numa carta? Use essa data. Não sabe? Deixe em branco.
plan-field-arrival = Data em que levantou o seu cartão de residência
plan-field-notice = Data da carta do DUO
plan-field-intake = Data da entrevista inicial alargada
plan-field-pip = Data do seu primeiro PIP
plan-field-pip-hint = Ainda não tem um PIP? Deixe em branco.
plan-field-termijn-end = Prazo final numa carta do DUO
plan-field-termijn-end-hint = Não é obrigatório. Esta data conta em vez do nosso cálculo.
plan-lessons-title = As suas aulas
plan-field-route = O seu percurso
plan-route-b1 = Percurso B1
plan-route-z = Percurso Z
plan-route-education = Percurso de ensino
plan-field-target-hours = Quantas horas de aula planeia?
plan-field-target-hours-hint = No percurso Z, são 800 horas. Para o B1, a lei não indica um número: pergunte à sua escola.
plan-field-lessons-start = Início das aulas
plan-field-hours-per-week = Horas de aula por semana
# $max (Number)
plan-field-hours-per-week-hint = { $max ->
    [one] No máximo { $max } hora.
    [many] No máximo { $max } horas.
   *[other] No máximo { $max } horas.
}
plan-field-weeks-off = Semanas por ano sem aulas (férias)
plan-progress-title = O que já fez
plan-progress-hint = Escreva, para cada mês, quantas horas de aula teve. Quer preencher mais meses? Clique em "Calcular o meu plano": aparecem então linhas vazias.
# $n (Number) - line number
plan-field-month = Mês { $n }
# $n (Number)
plan-field-month-hours = Horas de aula no mês { $n }
plan-field-exams-passed = Passei em todos os exames do meu percurso
plan-field-dutch-partner = O meu parceiro tem a nacionalidade neerlandesa
plan-submit = Calcular o meu plano
plan-timeline-title = A sua linha do tempo
# $left (Number) - lesson hours still to go; $average (String) - average number of hours per week
plan-summary = Horas de aula que ainda faltam: { $left }. Contando com as férias, são em média { $average } horas por semana.
plan-calendar = Adicionar ao meu calendário (.ics)
plan-print = Imprimir
plan-save = Guardar na minha conta
plan-save-sign-in = Inicie sessão para guardar o seu plano. Também pode guardar o link desta página.
plan-disclaimer = Isto é um plano, não uma decisão. As datas estimadas podem ser diferentes. As datas nas suas cartas do DUO e do município têm sempre prioridade.

plan-print-back = Voltar ao meu plano
plan-print-title = A minha integração cívica: as datas importantes
# $date (String)
plan-print-made = Feito em { $date }.
plan-print-date = Data
plan-print-what = O quê
plan-print-how = Grau de certeza
plan-checklist-title = Para lembrar
plan-checklist-school = Escolha uma escola de línguas. Quer pedir dinheiro emprestado ao DUO? Então escolha uma escola com selo de qualidade.
plan-checklist-hours = Planeie horas para estudar todas as semanas, também se trabalhar.
plan-checklist-pvt = Faça o percurso da declaração de participação (PVT). É gratuito.
plan-checklist-map = Faça o MAP sobre o trabalho nos Países Baixos. É gratuito. (Não no percurso de ensino.)
plan-checklist-exams = Inscreva-se a tempo nos exames. Repetir um exame leva tempo.
plan-checklist-help = Tem perguntas? Telefone ou envie um e-mail ao seu coordenador no município (regievoerder).

plan-error-date = Escolha uma data.
plan-error-notice-before-arrival = A carta do DUO vem depois de levantar o seu cartão de residência. Verifique as datas outra vez.
plan-error-pip-before-notice = O seu PIP vem depois da carta do DUO. Verifique as datas outra vez.
plan-error-intake-after-pip = A entrevista inicial alargada é antes do PIP. Verifique as datas outra vez.
plan-error-end-before-pip = O prazo final é depois da data do seu PIP. Verifique a data outra vez.
plan-error-hours = Escreva um número inteiro de horas, por exemplo 9.
plan-error-hours-too-many = Mais de 40 horas por semana não é possível. Escolha menos horas.
plan-error-target = Escreva um número de horas de aula de 1 a 3000.
plan-error-weeks-off = Escreva um número de semanas de 0 a 26.
plan-error-progress-month = Escolha um mês que já passou ou que está a decorrer.
plan-error-progress-hours = Escreva um número de horas de 0 a 200 para este mês.
plan-error-progress-total = Preencheu mais horas do que planeia. Aumente o número de horas de aula planeadas, ou verifique as horas.
account-notice-plan-saved = O seu plano foi guardado na sua conta.
school-plan-link = Usar { $name } no meu plano
plan-live-hours = Barra deslizante: horas de aula por semana
plan-live-start = Barra deslizante: quando começa?
# $months (Number) - in how many months the lessons start
plan-live-start-months = { $months ->
    [0] agora
    [one] daqui a { $months } mês
    [many] daqui a { $months } meses
   *[other] daqui a { $months } meses
}
plan-live-end = Fim das aulas:
plan-live-never = nunca, com 0 horas por semana
