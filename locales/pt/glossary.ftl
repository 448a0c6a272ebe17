# The glossary. The Dutch word is always shown beside the translation, because people meet
# the Dutch words in letters. `-name` is the word in this language, `-text` explains it.

glossary-doc-title = Glossário – { -brand-name }
glossary-title = Glossário
glossary-intro = Nas cartas sobre a integração cívica há muitas palavras difíceis. Aqui pode ler o que significam.

glossary-pip-name = Plano pessoal de integração cívica e participação (PIP)
glossary-pip-text = Plano pessoal de integração cívica e participação. O município faz este plano consigo. Nele está o percurso de aprendizagem que vai seguir. O seu prazo começa no dia a seguir à data do seu primeiro PIP.
glossary-pvt-name = Percurso da declaração de participação (PVT)
glossary-pvt-text = Percurso da declaração de participação. Um curso curto sobre os valores mais importantes dos Países Baixos, como a liberdade e a igualdade. É gratuito.
glossary-map-name = Módulo Mercado de Trabalho e Participação (MAP)
glossary-map-text = Módulo Mercado de Trabalho e Participação. Aprende como funciona o trabalho nos Países Baixos. O município organiza-o e paga-o.
glossary-knm-name = Conhecimento da Sociedade Neerlandesa (KNM)
glossary-knm-text = Conhecimento da Sociedade Neerlandesa. Aprende como funcionam os Países Baixos, por exemplo os cuidados de saúde, a habitação e o trabalho.
glossary-keurmerk-name = Selo de qualidade Blik op Werk
glossary-keurmerk-text = Um sinal de qualidade para escolas de línguas. Só pode pedir dinheiro emprestado ao DUO para uma escola com este selo.
glossary-duo-name = Agência Executiva da Educação (DUO)
glossary-duo-text = Dienst Uitvoering Onderwijs. Esta organização do Estado trata dos exames, do empréstimo e do prazo da integração cívica.
glossary-ind-name = Serviço de Imigração e Naturalização (IND)
glossary-ind-text = Immigratie- en Naturalisatiedienst. Esta organização decide sobre as autorizações de residência e sobre quem obtém a nacionalidade neerlandesa.
glossary-intake-name = Entrevista inicial alargada
glossary-intake-text = A primeira conversa no município. Fala sobre a sua formação, o seu trabalho, a sua saúde e a sua situação.
glossary-lbt-name = Teste de capacidade de aprendizagem
glossary-lbt-text = Um teste no computador. Assim, o município vê com que rapidez consegue aprender uma nova língua. Não precisa de saber neerlandês para o fazer.
glossary-regievoerder-name = Coordenador
glossary-regievoerder-text = A sua pessoa de contacto no município para a integração cívica.
glossary-referent-name = Patrocinador
glossary-referent-text = O parceiro ou o familiar nos Países Baixos com quem vive. Esta pessoa também tem obrigações perante o IND.
glossary-b1-name = Percurso B1
glossary-b1-text = O percurso de aprendizagem normal. Aprende neerlandês ao nível B1 e faz exames.
glossary-a2-name = Nível A2
glossary-a2-text = Um nível de língua mais baixo do que B1. Passar para A2 chama-se «descer de nível» (afschalen).
glossary-z-name = Percurso Z
glossary-z-text = Percurso de autonomia (zelfredzaamheidsroute). Um percurso de aprendizagem com muitas horas de aula e sem exame obrigatório, para pessoas para quem aprender é difícil.
glossary-onderwijs-name = Percurso de ensino
glossary-onderwijs-text = Um percurso de aprendizagem sobretudo para jovens. Aprende neerlandês e prepara-se para um curso no mbo, no hbo ou na universidade.
glossary-afschalen-name = Descer de nível
glossary-afschalen-text = Passar do nível B1 para o nível A2, quando não consegue o nível B1. Há regras para isso.
glossary-termijn-name = Prazo da integração cívica
glossary-termijn-text = O tempo que tem para terminar a integração cívica: 3 anos.
glossary-mvv-name = Autorização de residência provisória (mvv)
glossary-mvv-text = Machtiging tot voorlopig verblijf. Um visto para entrar nos Países Baixos para uma estadia de mais de 3 meses.
glossary-basisexamen-name = Exame básico de integração cívica no estrangeiro
glossary-basisexamen-text = O exame que faz no seu próprio país, antes de vir para os Países Baixos.
