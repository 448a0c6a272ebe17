# The result of the obligations check ("What must I do?").
# Every statement is one message. Amounts are whole euros, dates are already formatted.

obl-result-doc-title = O seu resultado – { -brand-name }
obl-result-title = O seu resultado

# Variables:
#   $status (String) - obligated, not_obligated, not_sure or not_for_this_portal
obl-status = { $status ->
    [obligated] Tem de fazer a integração cívica.
    [not_obligated] Não tem de fazer a integração cívica.
    [not_for_this_portal] Aplicam-se a si outras regras.
   *[not_sure] Ainda não sabemos ao certo.
}

# Variables:
#   $law (String) - wi2021, wi2013, none or unknown
obl-law = { $law ->
    [wi2021] Aplica-se a si a Lei de Integração Cívica de 2021 (Wet inburgering 2021).
    [wi2013] Aplica-se a si a lei antiga: a Lei de Integração Cívica de 2013 (Wet inburgering 2013).
    [none] Não se aplica a si nenhuma lei de integração cívica.
   *[unknown] Ainda não sabemos que lei se aplica a si: a de 2013 ou a de 2021.
}

# Variables:
#   $group (String) - gezinsmigrant, overige_migrant, nareiziger, none or unknown
obl-group = { $group ->
    [gezinsmigrant] É migrante por reunificação familiar (gezinsmigrant): veio para os Países Baixos para viver com o seu parceiro ou a sua família.
    [overige_migrant] Pertence ao grupo dos «outros migrantes» (overige migranten). Aplicam-se a si as mesmas regras que aos migrantes por reunificação familiar.
    [nareiziger] É nareiziger: é familiar de uma pessoa com autorização de residência por asilo.
    [none] { "" }
   *[unknown] Ainda não sabemos a que grupo pertence.
}

obl-section-reasons = Porquê?
obl-section-check = O que ainda tem de verificar
obl-section-parts = O que tem de fazer?
obl-section-deadline = Até quando tem de estar concluído?
obl-section-money = Quanto custa?
obl-section-residence = A sua autorização de residência
obl-section-referent = Para o seu parceiro
obl-section-exemptions = Isenção e dispensa

obl-part-title-intake = Entrevista inicial alargada e teste de capacidade de aprendizagem
obl-part-title-pip = O seu plano: o PIP
obl-part-title-route-choice = O seu percurso de aprendizagem
obl-part-title-route-b1 = O percurso B1
obl-part-title-route-z = O percurso Z
obl-part-title-route-education = O percurso de ensino
obl-part-title-knm = Conhecimento da Sociedade Neerlandesa (KNM)
obl-part-title-pvt = O percurso da declaração de participação (PVT)
obl-part-title-map = O Módulo Mercado de Trabalho e Participação (MAP)
obl-part-title-done = Quando é que termina?
obl-part-explain = O que significa esta palavra?

## Reasons

obl-reason-eu = Tem a nacionalidade de um país da UE ou do EEE, ou da Suíça. Então não tem de fazer a integração cívica.
obl-reason-non-eu = Não tem a nacionalidade de um país da UE, do EEE ou da Suíça.
obl-reason-temporary-own = Vive aqui para um fim temporário, como estudos ou trabalho. Então não tem de fazer a integração cívica.
obl-reason-referent-temporary = O seu parceiro vive aqui para um fim temporário, como estudos ou trabalho. Então não tem de fazer a integração cívica.
obl-reason-referent-ok = O seu parceiro tem a nacionalidade neerlandesa, ou tem uma autorização de residência para um fim não temporário.
obl-reason-clergy = É ministro de culto, por exemplo imã ou pastor. Tem de fazer a integração cívica, tal como os migrantes por reunificação familiar.
obl-reason-humanitarian = Tem uma autorização de residência humanitária para um fim não temporário. Tem de fazer a integração cívica, tal como os migrantes por reunificação familiar.
obl-reason-nareiziger = Veio para os Países Baixos para viver com familiares que têm autorização de residência por asilo. Então é nareiziger. O município organiza e paga a sua integração cívica. Por isso, este site não é para si. Peça ajuda ao seu município ou à organização VluchtelingenWerk.

# Variables:
#   $age (Number) - the age at which the obligation starts
obl-reason-age-under = Tinha menos de { $age } anos. Então ainda não tem de fazer a integração cívica.

# Variables:
#   $min (Number) - the age at which the obligation starts
obl-reason-age-ok = Tem { $min } anos ou mais, e ainda não atingiu a idade da reforma (AOW).

# Variables:
#   $age (Number) - the state pension (AOW) age
obl-reason-age-aow = Já tinha atingido a idade da reforma (AOW), que é de { $age } anos. Então não tem de fazer a integração cívica.
obl-reason-turkish-before = Tem a nacionalidade turca, e a sua obrigação de integração cívica teria começado antes de 2022. Nessa altura, os migrantes turcos por reunificação familiar não tinham de fazer a integração cívica.
obl-reason-turkish-after = Tem a nacionalidade turca. Desde 1 de janeiro de 2022, os migrantes turcos por reunificação familiar também têm de fazer a integração cívica.

# Variables:
#   $years (Number) - years of schooling in the Netherlands
obl-reason-schooling = Viveu { $years } anos ou mais nos Países Baixos quando estava em idade de escolaridade obrigatória. Então não tem de fazer a integração cívica.

# Variables:
#   $weeks (Number) - how long DUO takes to decide
obl-reason-diploma = Tem um diploma neerlandês. Então, normalmente, recebe uma isenção. Peça-a ao DUO. O DUO decide no prazo de { $weeks } semanas.
obl-reason-wi2021 = A sua obrigação de integração cívica começou em 1 de janeiro de 2022 ou depois.
obl-reason-wi2013 = A sua obrigação de integração cívica começou antes de 1 de janeiro de 2022. Então aplica-se a lei antiga, com outras regras. Pergunte ao DUO o que se aplica a si.

## What to check

obl-check-nationality = Não tem a certeza de que nacionalidade conta? Veja o seu passaporte.
obl-check-purpose = Veja o seu cartão de residência. Lá está o fim da sua residência. Não sabe? Pergunte ao IND.
obl-check-referent = Pergunte ao seu parceiro que nacionalidade ou que autorização de residência tem. É uma autorização para um fim temporário, como estudos ou trabalho? Então não tem de fazer a integração cívica.
obl-check-birth-date = A sua idade conta: a obrigação aplica-se dos 16 anos até à idade da reforma (AOW).

# Variables:
#   $age (Number) - the age until which school usually comes first
obl-check-school-age = Tem menos de { $age } anos. Ainda anda na escola? Então a sua obrigação de integração cívica começa normalmente mais tarde, quando fizer { $age } anos. Pergunte ao DUO.

# Variables:
#   $age (Number) - the state pension (AOW) age used here
obl-check-aow = Nós calculamos com uma idade da reforma (AOW) de { $age } anos. Não é igual para todas as pessoas. Veja o site do SVB.
obl-check-diploma = Tem um diploma neerlandês, como vmbo, havo, vwo ou mbo 2 ou superior? Então pode receber uma isenção. Pergunte ao DUO.

# Variables:
#   $years (Number) - years of schooling in the Netherlands
obl-check-schooling = Viveu { $years } anos ou mais nos Países Baixos quando estava em idade de escolaridade obrigatória? Então não tem de fazer a integração cívica. Pergunte ao DUO.
obl-check-pass-date = Conta a data em que a sua obrigação começou. Essa data está na carta do DUO. Para os migrantes por reunificação familiar, normalmente é o dia em que levantou o seu cartão de residência.

## Parts

obl-part-intake = O município envia-lhe um convite para uma conversa: a entrevista inicial alargada (brede intake). Nela fala sobre a sua formação, o seu trabalho e a sua situação. Tem de ir a esta conversa.
obl-part-lbt = A entrevista inicial inclui o teste de capacidade de aprendizagem (leerbaarheidstoets). É um teste no computador. Não precisa de saber neerlandês para o fazer.
obl-part-alone = Pode ter a conversa a sós, sem o seu parceiro. Também pode levar outra pessoa consigo.
obl-part-pip = Depois da entrevista inicial, o município faz o seu plano pessoal: o PIP. Nele está o seu percurso de aprendizagem. Não concorda? Então pode apresentar uma reclamação (bezwaar).

# Variables:
#   $weeks (Number) - weeks within which the municipality makes the PIP
obl-part-pip-weeks = O município tem de fazer o PIP no prazo de { $weeks } semanas após a carta do DUO.
obl-part-route-choice = O município escolhe o seu percurso de aprendizagem no PIP. Abaixo estão os três percursos.
obl-part-route-b1 = No percurso B1, aprende neerlandês ao nível B1. Faz exames de leitura, compreensão oral, escrita e expressão oral, e o exame KNM. Não há um número mínimo de horas de aula.

# Variables:
#   $hours (Number) - lesson hours needed before stepping down
#   $percent (Number) - minimum share of those hours in a classroom
obl-part-route-a2 = Não consegue o nível B1? Então talvez possa passar para o nível A2. Para isso, primeiro tem de ter tido { $hours } horas de aula numa escola com o selo de qualidade Blik op Werk, pelo menos { $percent } por cento em sala de aula. O seu coordenador no município (regievoerder) tem de concordar.

# Variables:
#   $hours (Number) - lesson hours of the Z-route
obl-part-route-z = No percurso Z, tem { $hours } horas de aula, numa escola com o selo de qualidade Blik op Werk. Não tem de fazer exames. No fim, tem uma conversa no município.
obl-part-route-education = O percurso de ensino é sobretudo para jovens. Frequenta um programa de transição linguística (taalschakeltraject) numa escola ou instituição. Depois, pode continuar a estudar no mbo, no hbo ou na universidade.

# Variables:
#   $route (String) - b1, z, education or unknown
obl-part-knm = { $route ->
    [z] No percurso Z, tem aulas sobre a sociedade neerlandesa. O exame não é obrigatório.
   *[other] Aprende sobre a sociedade neerlandesa e faz um exame sobre isso: o KNM. No percurso Z, só tem aulas.
}

# Variables:
#   $hours (Number) - minimum hours of the PVT
obl-part-pvt = O município organiza o percurso da declaração de participação. Aprende sobre os valores mais importantes dos Países Baixos. Dura pelo menos { $hours } horas e é gratuito. No fim, assina a declaração de participação.

# Variables:
#   $hours (Number) - minimum hours of the practical part of the MAP
obl-part-map = No MAP, aprende sobre o trabalho nos Países Baixos. Há uma parte prática de pelo menos { $hours } horas. O município organiza-o e paga-o.
obl-part-no-map = No percurso de ensino, não tem de fazer o MAP. Recebe acompanhamento nos seus estudos e na escolha de uma profissão.
obl-part-done = A sua integração cívica está concluída quando tiver terminado o seu percurso de aprendizagem, e também o PVT e o MAP. Uma isenção ou uma dispensa também conta.

## Deadline

# Variables:
#   $start (String) - formatted date the termijn starts
#   $end (String) - formatted date the termijn ends
#   $years (Number) - length of the termijn in years
obl-deadline-known = O seu prazo começou em { $start }. Tem { $years } anos: até { $end }, inclusive.
obl-deadline-official = Este é o nosso cálculo. A data na carta do DUO conta sempre.

# Variables:
#   $from (String) - formatted date from which extra time can be asked
#   $months (Number) - minimum months of delay
obl-deadline-extension = Não consegue terminar a tempo, por exemplo por uma doença de { $months } meses ou mais? A partir de { $from }, pode pedir mais tempo ao DUO.

# Variables:
#   $years (Number) - length of the termijn in years
obl-deadline-after-pip = Tem { $years } anos. Esse tempo começa no dia a seguir à data do seu primeiro PIP.

# Variables:
#   $months (Number) - the last months in which extra time can be asked
obl-deadline-extension-later = Nos últimos { $months } meses, pode pedir mais tempo ao DUO, se tiver um bom motivo.

## Money

obl-money-pay = Paga a escola de línguas e os exames do seu próprio bolso. O PVT e o MAP são gratuitos.

# Variables:
#   $fee (Number) - euros per exam
#   $count (Number) - number of exams
#   $total (Number) - euros for all exams once
#   $as_of (String) - formatted date the price was checked
obl-money-exams = Cada exame custa { $fee } €. No percurso B1, são { $count } exames: no total, { $total } €. Repete um exame? Então paga outra vez. (Preço em { $as_of }.)

# Variables:
#   $max (Number) - maximum loan in euros
obl-money-loan = Pode pedir dinheiro emprestado ao DUO, até { $max } €. Isso só é possível para uma escola com o selo de qualidade Blik op Werk. O valor que pode pedir depende do seu rendimento e do rendimento do seu parceiro.

# Variables:
#   $months (Number) - months after finishing when repayment starts
#   $years (Number) - years of repayment
obl-money-repay = Devolve o empréstimo, com juros. Isso começa { $months } meses depois de terminar e dura { $years } anos.
obl-money-no-cancel = Termina a tempo? Mesmo assim, tem de devolver o empréstimo.
obl-money-other = Alguns municípios devolvem as despesas de transporte. Talvez receba o subsídio para a creche (kinderopvangtoeslag). Isto não é certo: pergunte ao seu município.

## Residence

obl-residence-requirement = Só depois de terminar a integração cívica pode receber uma autorização de residência por tempo indeterminado ou uma autorização de residência própria, ou obter a nacionalidade neerlandesa.

# Variables:
#   $years (Number) - years married to or living with a Dutch partner
obl-residence-naturalisation = O seu parceiro tem a nacionalidade neerlandesa. Então, após { $years } anos de casamento ou de vida em comum, pode obter a nacionalidade neerlandesa. Mas, para isso, tem de ter terminado a integração cívica.

# Variables:
#   $years (Number) - years before an independent or permanent permit
obl-residence-permit = Após { $years } anos, pode pedir uma autorização de residência própria ou uma autorização por tempo indeterminado. Mas, para isso, tem de ter terminado a integração cívica.
obl-residence-turkish = Há uma exceção para as pessoas com nacionalidade turca e as suas famílias: não precisam de ter terminado a integração cívica para obter uma autorização mais forte. Mas a obrigação de integração cívica continua a aplicar-se.
obl-residence-dependent = A sua autorização de residência depende da autorização do seu parceiro. É válida no máximo 5 anos.

## Referent

obl-referent-inform = O seu parceiro tem de comunicar alterações ao IND. Por exemplo, se deixarem de viver juntos, ou se o rendimento ficar demasiado baixo.
obl-referent-admin = O seu parceiro tem de guardar documentos sobre a vossa relação e sobre o rendimento.
obl-referent-sanctions = O seu parceiro não o faz? Então o IND pode dar um aviso ou uma multa.
obl-referent-intake = Às vezes, o seu parceiro pode ir consigo às conversas no município. Mas também pode ir sem o seu parceiro.

## Exemptions

obl-exempt-diploma = Tem um diploma neerlandês? Então pode receber uma isenção. Peça-a ao DUO.

# Variables:
#   $years (Number) - years of schooling in the Netherlands
obl-exempt-schooling = Viveu { $years } anos ou mais nos Países Baixos quando estava em idade de escolaridade obrigatória? Então não tem de fazer a integração cívica.
obl-exempt-medical = Por causa de uma doença ou deficiência, nunca vai conseguir cumprir a obrigação? Então pode pedir uma dispensa ao DUO. Nesse caso, um médico analisa a sua situação.
obl-exempt-no-effort-release = Já não existe a dispensa por ter estudado muito sem conseguir. Para isso existe agora o percurso Z.

## Sources and certainty

obl-source-summary = Fonte e grau de certeza

# Variables:
#   $rule (String) - rule id, e.g. R2.1
obl-source-rule = Regra { $rule }

# Variables:
#   $confidence (String) - confirmed, source-text, secondary or uncertain
obl-confidence = { $confidence ->
    [confirmed] Certeza: confirmado por uma fonte oficial.
    [source-text] Certeza: consta do guia da Divosa.
    [secondary] Certeza: encontrado apenas noutras fontes. Verifique isto.
   *[uncertain] Certeza: não é certo. Verifique isto.
}

# Variables:
#   $date (String) - formatted date the rule was last checked
obl-source-checked = Verificado em { $date }.
obl-uncertain-label = Não é certo

# Variables:
#   $authority (String) - duo, ind, municipality or svb
obl-check-with = { $authority ->
    [duo] Confirme junto do DUO.
    [ind] Confirme junto do IND.
    [svb] Confirme junto do SVB.
   *[municipality] Confirme junto do seu município.
}

# Variables:
#   $date (String) - formatted date the rules were last checked
obl-rules-checked = As regras desta página foram verificadas em { $date }.
obl-share-label = Link para este resultado
obl-share-help = Guarde ou partilhe este link. As suas respostas estão no link. Não guardamos nada.
obl-change-answers = Alterar respostas
obl-print-help = Pode imprimir esta página. Para isso, use o menu do seu navegador.
obl-save-submit = Guardar na minha conta
