# Language schools: search, compare, and the total cost next to the DUO loan.
# Dutch is the reference. Write at level B1: short sentences, common words, formal "you".

school-lead = Procure uma escola de línguas perto de si. Coloque duas a quatro escolas lado a lado. Assim vê quanto custam e o que recebe por esse preço.
school-none = Não foram encontradas escolas de línguas. Tente com menos filtros.

# $amount (String) - amount, already written with the separators of the language
school-money = { $amount } €

school-route-b1 = Percurso B1 (B1-route)
school-route-a2 = A2 (depois de descer de nível)
school-route-z = Percurso Z (Z-route, 800 horas)
school-route-literacy = Alfabetização (aprender a ler e a escrever)
school-route-education = Percurso de ensino (taalschakeltraject, programa de transição linguística)
school-route-knm = Só KNM
school-route-exam-training = Preparação para os exames
school-route-informal = Praticar (taalcafé, biblioteca, parceiro de língua)

school-schedule-daytime = durante o dia
school-schedule-evening = à noite
school-schedule-weekend = ao fim de semana

school-format-in-person = na sala de aula
school-format-online = online
school-format-hybrid = parte na sala de aula, parte online
# $format (String) - type of lesson; $percent (Number) - share of the hours in the classroom
school-format-share = { $format } ({ $percent }% na sala de aula)

school-yes = Sim
school-no = Não
school-unknown = Não se sabe

school-keurmerk-keurmerkhouder = Selo de qualidade Blik op Werk
school-keurmerk-aspirant = Selo de qualidade aspirante (ainda em pedido)
school-keurmerk-none = Sem selo de qualidade
# $date (String) - date on which the quality mark expired
school-keurmerk-expired = Selo de qualidade expirou em { $date }

school-kind-school = Escola de línguas
school-kind-taalcafe = Taalcafé, um sítio para praticar neerlandês (não é uma escola, sem selo de qualidade)
school-kind-library = Biblioteca (não é uma escola, sem selo de qualidade)
school-kind-language-buddy = Parceiro de língua, taalmaatje (não é uma escola, sem selo de qualidade)

# $count (Number) - stars from Blik op Werk, 1 to 4
school-stars = { $count ->
    [one] { $count } estrela em 4
    [many] { $count } estrelas em 4
   *[other] { $count } estrelas em 4
}
school-stars-unknown = Estrelas: não se sabe

# $km (String) - distance in kilometres
school-distance = { $km } km
# $hours (Number), $per_week (Number), $weeks (Number)
school-hours = { $hours } horas de aula, { $per_week } horas por semana, { $weeks ->
    [one] { $weeks } semana
    [many] { $weeks } semanas
   *[other] { $weeks } semanas
}
# $city (String), $municipality (String)
school-where = { $city } (município de { $municipality })
school-childcare-yes = Com acolhimento de crianças
school-working-yes = Fácil de conciliar com o trabalho
# $date (String)
school-next-start = Próximo início: { $date }
# $amount (String) - amount with the euro sign
school-total = Total: { $amount }
school-per-hour = ({ $amount } por hora de aula)
# $name (String) - name of the school
school-compare-pick = Comparar { $name }

school-filter-city = Localidade
school-filter-route = Percurso
school-filter-all-routes = Todos os percursos
school-filter-schedule = Quando pode ir às aulas?
school-filter-format = Tipo de aula
school-filter-any-format = Todos os tipos
school-filter-keurmerk = Só escolas com selo de qualidade
school-filter-keurmerk-why = Só numa escola com selo de qualidade pode pedir dinheiro emprestado ao DUO, seguir o percurso Z ou descer para o nível A2.
school-filter-childcare = Com acolhimento de crianças
school-filter-working = Fácil de conciliar com o meu trabalho
school-filter-max-total = Quanto pode custar no total? (em euros)
school-filter-km = A que distância, no máximo? (em km)
school-filter-submit = Procurar

school-locate = Usar a minha localização
school-locate-waiting = A procurar a sua localização…
school-locate-found = A sua localização foi preenchida. Clique em Procurar.
school-locate-failed = Não foi possível encontrar a sua localização. Escolha um município ou uma localidade.

school-sort = Ordenar por
school-sort-total = Preço total mais baixo
school-sort-per-hour = Preço mais baixo por hora de aula
school-sort-stars = Mais estrelas
school-sort-distance = Distância mais curta

# $count (Number) - number of offers found
school-results = { $count ->
    [one] { $count } oferta encontrada
    [many] { $count } ofertas encontradas
   *[other] { $count } ofertas encontradas
}
# $municipality (String)
school-distance-from = A distância é medida a partir do centro do município de { $municipality }.
school-distance-unknown = Quer procurar por distância? Então escolha um município, ou use a sua localização.
# $max (Number) - the largest number of schools you can choose
school-compare-how = Escolha de 2 a { $max } escolas. Depois clique em Comparar.
school-compare-submit = Comparar

school-pages = Páginas
school-page-previous = Página anterior
school-page-next = Página seguinte
# $page (Number), $pages (Number)
school-page-of = Página { $page } de { $pages }

school-compare-doc-title = Comparar escolas de línguas – { -brand-name }
school-compare-title = Escolas de línguas lado a lado
school-compare-back = Voltar aos resultados da pesquisa
school-compare-caption = As escolas que escolheu, lado a lado
school-compare-differs = é diferente
# $max (Number)
school-compare-too-few = Escolha pelo menos 2 escolas para comparar.
# $max (Number)
school-compare-too-many = Pode comparar { $max } escolas ao mesmo tempo. Vê as { $max } primeiras.

school-checklist-title = Em que deve prestar atenção?
school-checklist-lead = Estas perguntas ajudam-no a escolher. A tabela dá a resposta de cada escola.
school-checklist-intake = Faz um teste de língua no início? Assim a escola sabe qual é o seu nível e de quantas aulas precisa.
school-checklist-hours = Quantas horas de aula tem com um professor qualificado?
school-checklist-times = Em que dias e a que horas são as aulas, e onde?
school-checklist-keurmerk = A escola tem um selo de qualidade válido? Precisa disso para um empréstimo do DUO, para o percurso Z e para descer para o nível A2.
school-checklist-retakes = Pode repetir um exame sem pagar mais?
school-checklist-reputation = O que pensam outras pessoas da escola?
school-checklist-work = Trabalha, ou vai começar a trabalhar? Ainda consegue ir às aulas?

school-row-keurmerk = Selo de qualidade
school-row-route = Percurso
school-row-intake = Teste de língua no início
school-row-hours = Horas de aula
school-row-schedule = Dias e horas
school-row-format = Tipo de aula
school-row-place = Morada
school-row-retakes = Repetir um exame incluído no preço
school-row-stars = Estrelas (Blik op Werk)
school-row-working = Fácil de conciliar com o trabalho
school-row-childcare = Acolhimento de crianças
school-row-class-size = Grupo maior
school-row-start = Próximo início
school-row-price = Preço do curso
school-row-exam-fees = Exames não incluídos no preço
school-row-retake-room = Dinheiro para repetir uma vez
school-row-total = Total
school-row-loan = Empréstimo do DUO
school-row-pay-now = O que paga do seu bolso se pedir o máximo emprestado
school-row-checked = Verificado

school-retakes-none = Não, paga do seu bolso
# $count (Number)
school-retakes-count = { $count ->
    [one] Sim, { $count } vez
    [many] Sim, { $count } vezes
   *[other] Sim, { $count } vezes
}
school-exam-fees-none = Nenhum (incluído no preço, ou sem exame)
# $count (Number) - number of exams; $fee (String) - price per exam; $amount (String) - together
school-exam-fees = { $count ->
    [one] { $count } exame × { $fee } = { $amount }
    [many] { $count } exames × { $fee } = { $amount }
   *[other] { $count } exames × { $fee } = { $amount }
}
# $amount (String)
school-loan-up-to = Sim, até { $amount }
school-loan-ask-duo = Não é certo: pergunte ao DUO
school-loan-none = Não, sem selo de qualidade
# $address (String), $postcode (String), $city (String)
school-address = { $address }, { $postcode } { $city }
# $date (String), $source (String)
school-checked-on = { $date } ({ $source })

school-cost-title = Quanto lhe custa?
# $fee (String) - price per exam; $date (String) - date of that price
school-cost-how = Total = o preço do curso + os exames que não estão incluídos no preço + dinheiro para repetir um exame uma vez. Um exame custa { $fee } (preço em { $date }). Repete um exame? Então paga outra vez.
# $max (String) - the highest amount you can borrow
school-cost-loan = Numa escola com selo de qualidade, pode pedir dinheiro emprestado ao DUO, até { $max }. O valor que pode mesmo pedir depende do seu rendimento e do rendimento do seu parceiro. Só o DUO sabe isso. "O que paga do seu bolso" é calculado com o valor mais alto.
# $months (Number), $years (Number)
school-cost-repay = Devolve o empréstimo. Começa { $months } meses depois de terminar a integração cívica, e paga todos os meses durante { $years } anos. Quanto por mês? O DUO vai dizer-lhe.
school-cost-sources = Regras: R3.6 (exames), R6.2 (empréstimo) e R6.3 (devolução). Não temos a certeza se o DUO também empresta para uma escola com selo de qualidade aspirante.
school-contact-title = Contacto com as escolas

school-warning-no-keurmerk = Sem selo de qualidade: aqui não pode pedir dinheiro emprestado ao DUO. Estas horas não contam para o percurso Z, nem para descer para o nível A2.
school-warning-aspirant = Selo de qualidade aspirante: pergunte ao DUO se pode pedir dinheiro emprestado aqui, e pergunte ao município se as horas contam.
# $hours (Number)
school-warning-z-hours = Para o percurso Z, precisa de { $hours } horas de aula numa escola com selo de qualidade. Este curso tem menos horas.
# $hours (Number)
school-warning-step-down-hours = Só pode descer para o nível A2 depois de { $hours } horas de aula numa escola com selo de qualidade. Este curso, sozinho, tem menos horas.
school-warning-above-loan = O total é mais do que pode pedir emprestado. A parte acima desse valor paga-a do seu bolso.
school-warning-informal = Isto não é uma escola. É bom praticar além das aulas, mas não conta como horas de aula.

school-error-max-total = Escreva um valor em euros, por exemplo 6000.
school-error-km = Escreva um número de quilómetros de 1 a 300.
school-error-required = Preencha este campo.
school-error-toolong = Isto é demasiado longo. Use menos de 200 caracteres.
school-error-whole = Escreva um número inteiro.
school-error-range = Este número é demasiado grande ou demasiado pequeno.
school-error-price = Escreva um valor em euros, por exemplo 1250 ou 1250,50.
school-error-date = Escolha uma data.
school-error-yesno = Escolha sim ou não.
school-error-choice = Escolha uma das opções.
school-error-postcode = Escreva um código postal como 1234 AB.
school-error-municipality = Escolha um município.
school-error-coordinates = Isto não é um lugar nos Países Baixos.
school-error-email = Escreva um endereço de e-mail como nome@exemplo.nl.
school-error-website = Escreva um endereço web que comece por https://.
school-error-language = Escreva códigos de língua como ar|tr.
school-error-stars = Escolha de 1 a 4 estrelas.

# Consultants (regievoerders): add, change and check language schools.
school-staff-link = Escolas de línguas
school-staff-doc-title = Gerir escolas de línguas – { -brand-name }
school-staff-title = Gerir escolas de línguas
school-staff-lead = Aqui estão as escolas de línguas com uma morada no seu município. Está tudo certo? Então clique em "Verificado". Assim os habitantes veem que os dados estão atualizados.
school-staff-add = Adicionar uma escola de línguas
school-staff-none = Ainda não há escolas de línguas.
school-staff-back = Voltar às escolas de línguas
# $count (Number) - number of courses
school-staff-offers = { $count ->
    [one] { $count } curso
    [many] { $count } cursos
   *[other] { $count } cursos
}
# $date (String) - date YYYY-MM-DD
school-staff-checked = Última verificação: { $date }
# $name (String) - name of the school
school-staff-verify = Verificado: { $name }
school-edit-title = Alterar a escola de línguas
school-new-title = Adicionar uma escola de línguas
school-field-name = Nome
school-field-kind = Tipo
school-field-valid-until = Selo de qualidade válido até
school-field-stars-hint = De 1 a 4, ou deixe vazio se não souber.
school-field-website = Site
school-field-phone = Telefone
school-field-email = Endereço de e-mail
school-field-address = Rua e número da porta
school-field-postcode = Código postal
school-field-latitude = Latitude (não obrigatório)
school-field-longitude = Longitude (não obrigatório)
school-field-coordinates-hint = Para procurar por distância, por exemplo 52,0907 e 5,1214.
school-field-verified-hint = Quando guardar, na escola aparece que o seu município verificou os dados hoje.
school-save = Guardar
school-offers-title = Cursos
# $price (String) - price with the euro sign; $hours (Number)
school-offer-line = { $price }, { $hours } horas
school-offer-add = Adicionar um curso
school-offer-title = Curso
# $name (String) - name of the school
school-offer-back = Voltar a { $name }
school-offer-delete = Apagar o curso
school-field-price = Preço em euros
school-field-price-hint = Por exemplo 6250 ou 6250,50.
school-field-hours = Horas de aula
school-field-hours-per-week = Horas de aula por semana
school-field-weeks = Número de semanas
school-field-in-person = Parte das aulas na sala de aula (percentagem)
school-field-retakes = Quantas vezes se pode repetir um exame incluído no preço?
school-field-languages = Línguas em que o professor pode explicar
school-field-languages-hint = Códigos de língua, por exemplo ar, tr.
school-field-start-dates = Datas de início
school-field-start-dates-hint = Por exemplo 2027-01-11, 2027-03-01.
school-field-exams-included = Os exames estão incluídos no preço
school-error-informal-keurmerk = Um taalcafé, uma biblioteca ou um parceiro de língua não tem selo de qualidade. Escolha "Sem selo de qualidade".
school-error-informal-route = Escolha "Praticar" para um taalcafé, uma biblioteca ou um parceiro de língua, e um percurso para uma escola.
school-error-same-address = Esta escola já tem esta morada.
account-notice-school-saved = A escola de línguas foi guardada.
account-notice-school-checked = Os dados estão agora marcados como verificados.
# $municipality (String) - name of the municipality that checked the data
school-source-municipality = Município de { $municipality }
school-source-admin = Administração do Wegwijs
