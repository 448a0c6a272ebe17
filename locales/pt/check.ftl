# The step-by-step check: one question per screen. Every question has an "I don't know" answer.

check-doc-title = O que tenho de fazer? – { -brand-name }
check-intro = Responda a algumas perguntas curtas. Depois, vê o que tem de fazer para a integração cívica, e até que data. Não precisa de uma conta. Não guardamos as suas respostas.
check-start = Começar as perguntas
check-glossary-link = Glossário: o que significam as palavras?

# Variables:
#   $step (Number) - number of this question
#   $total (Number) - number of questions
check-progress = Pergunta { $step } de { $total }
check-next = Seguinte
check-back = Pergunta anterior
check-unknown = Não sei
check-not-yet = Ainda não
check-date-hint = Escreva a data com dia, mês e ano.
check-see-result = Ver o resultado

check-q-nationality = Qual é a sua nacionalidade?
check-q-nationality-help = Tem duas nacionalidades, e uma delas é de um país da UE? Então escolha a primeira resposta.
check-a-nationality-eu = Um país da União Europeia (UE) ou do EEE, ou a Suíça
check-a-nationality-turkish = Turca
check-a-nationality-other = Outro país

check-q-purpose = Porque vive nos Países Baixos?
check-q-purpose-help = O fim da sua residência está no seu cartão de residência.
check-a-purpose-partner = Vivo com o meu parceiro ou a minha família
check-a-purpose-refugee_family = A minha família tem autorização de residência por asilo, e eu vim mais tarde
check-a-purpose-clergy = Sou ministro de culto, por exemplo imã, rabino ou pastor
check-a-purpose-humanitarian = Tenho uma autorização de residência humanitária para um fim não temporário
check-a-purpose-temporary = Vivo aqui para estudar ou trabalhar

check-q-referent = Que tipo de residência tem o seu parceiro nos Países Baixos?
check-q-referent-help = O seu parceiro é a pessoa com quem veio viver.
check-a-referent-dutch = O meu parceiro tem a nacionalidade neerlandesa
check-a-referent-non_temporary = O meu parceiro tem uma autorização de residência para um fim não temporário, por exemplo por tempo indeterminado
check-a-referent-temporary = O meu parceiro está aqui para estudar ou trabalhar, para um fim temporário

check-q-birth_date = Qual é a sua data de nascimento?
check-q-birth_date-help = A obrigação aplica-se dos 16 anos até à idade da reforma (AOW).

check-q-pass_date = Quando levantou o seu cartão de residência?
check-q-pass_date-help = Tem uma carta do DUO sobre a integração cívica? Então escreva a data dessa carta.

check-q-diploma = Tem um diploma neerlandês?
check-q-diploma-help = Por exemplo vmbo, havo, vwo, mbo 2 ou superior, ou um curso de hbo ou universitário em neerlandês.

check-q-schooling = Viveu 8 anos ou mais nos Países Baixos quando tinha entre 5 e 16 anos?
check-q-schooling-help = Nesses anos, as crianças nos Países Baixos têm de ir à escola.

check-q-pip_date = Qual é a data do seu primeiro PIP?
check-q-pip_date-help = PIP significa plano pessoal de integração cívica e participação (persoonlijk plan inburgering en participatie). Recebe-o do município, depois da entrevista inicial alargada. A data está no topo.

check-q-route = Que percurso de aprendizagem está no seu PIP?
check-a-route-b1 = O percurso B1
check-a-route-z = O percurso Z
check-a-route-education = O percurso de ensino

check-a-yes = Sim
check-a-no = Não

check-answers-heading = As suas respostas
check-change = Alterar

## Errors at a field. Everything the person typed stays in the form.

check-error-heading = Há algo que não está certo. Veja a pergunta abaixo.
check-error-unknown_choice = Escolha uma das respostas.
check-error-not_a_date = Escreva uma data que exista.
check-error-too_early = Esta data é de há muito tempo. Verifique se o ano está certo.
check-error-in_the_future = Esta data está no futuro. Escreva uma data que já passou.
check-error-before_birth = Esta data é anterior à sua data de nascimento. Verifique se a data está certa.
check-error-pip_before_pass = O PIP não pode ser de antes da data do seu cartão de residência. Verifique se a data está certa.
