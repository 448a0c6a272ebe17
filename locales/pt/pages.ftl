# Page titles and the error pages.


obligations-title = O que tenho de fazer?
obligations-doc-title = O que tenho de fazer? – { -brand-name }
obligations-lead = Em breve, vai ver aqui o que tem de fazer para a integração cívica e até que data.
schools-title = Escolas de línguas
schools-doc-title = Escolas de línguas – { -brand-name }
sessions-title = Sessões
sessions-doc-title = Sessões – { -brand-name }

not-found-title = Esta página não existe
not-found-doc-title = Página não encontrada – { -brand-name }
not-found-text = Talvez o link seja antigo, ou haja um erro de escrita no endereço.
not-found-home = Ir para a página inicial
