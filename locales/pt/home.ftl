# The home page. It must tell a family migrant and a partner, in plain words, what Wegwijs helps with.

home-doc-title = { -brand-name } – ajuda com a integração cívica
home-title = Boas-vindas ao { -brand-name }
home-intro = Veio para os Países Baixos para viver com o seu parceiro? Então, muitas vezes, tem de fazer a integração cívica (inburgering). O { -brand-name } ajuda a dar os primeiros passos.

home-migrant-heading = Para quem acabou de chegar
home-migrant-obligations = Veja o que tem de fazer para a integração cívica e até quando tem de estar concluído.
home-migrant-schools = Compare escolas de línguas: o preço, o número de horas, os horários das aulas e o selo de qualidade.
home-migrant-plan = Faça um plano. Assim, sabe quantas horas por semana tem de estudar.
home-migrant-sessions = Inscreva-se numa sessão. Lá recebe explicações e conhece outros recém-chegados.

home-partner-heading = Para o parceiro
home-partner-text = Já vive nos Países Baixos? Então pode ajudar o seu parceiro. Para isso, primeiro precisa da autorização do seu parceiro. O seu parceiro pode retirar essa autorização a qualquer momento.

home-pay-heading = É bom saber
home-pay-text = Paga a escola de línguas do seu próprio bolso. Pode pedir dinheiro emprestado ao DUO para as aulas. Isso só é possível numa escola com o selo de qualidade Blik op Werk.
home-start-early = Comece a tempo. Muitas pessoas começam tarde demais e depois ficam sem tempo.

home-cta-obligations = Veja o que tem de fazer
home-cta-sessions = Procure uma sessão
