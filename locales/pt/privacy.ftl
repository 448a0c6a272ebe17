# The privacy page and the partner's (referent's) own duties.

privacy-doc-title = Privacidade – { -brand-name }
privacy-title = O que fazemos com os seus dados?
privacy-lead = Só guardamos o que é necessário. Nunca pedimos o seu BSN.
privacy-what-title = O que guardamos
privacy-what-text = O seu nome, o seu endereço de e-mail, a sua palavra-passe (só de forma encriptada), o seu idioma e as respostas que guarda. A sua nacionalidade só se a indicar nas perguntas. Isso não é obrigatório.
privacy-why-title = Porquê
privacy-why-text = Para poder iniciar sessão, voltar a ver as suas respostas e para o seu parceiro poder ajudar, se quiser.
privacy-partner-title = O seu parceiro
privacy-partner-text = O seu parceiro só vê o que permitir. Pode parar o acesso a qualquer momento. Isso funciona imediatamente. Na sua conta, vê o que o seu parceiro fez por si.
privacy-municipality-title = O município
privacy-municipality-text = O município não vê os seus dados, a não ser que o permita.
privacy-sessions-title = Sessões
privacy-sessions-text = Inscreve-se numa sessão? Então o coordenador dessa sessão vê o seu nome, o seu idioma e quantas pessoas vêm. Depois da sessão, o coordenador pode assinalar se esteve presente. Enviamos lembretes a si e, se o permitir, ao seu parceiro.
privacy-keep-title = Durante quanto tempo
privacy-keep-text = Não confirma o seu endereço de e-mail? Então apagamos a conta ao fim de 7 dias. Os links nos e-mails só funcionam durante pouco tempo. Pode sempre apagar a sua conta. Isso acontece imediatamente.
privacy-rights-title = Os seus direitos
privacy-rights-text = Pode ver e descarregar todos os seus dados. Pode pedir para os corrigir ou apagar. Pode fazer isso em "A minha conta".

referent-doc-title = As suas obrigações como parceiro – { -brand-name }
referent-title = As suas próprias obrigações como parceiro
referent-lead = É o parceiro que já vive nos Países Baixos (o patrocinador, em neerlandês: referent). Também tem obrigações perante o IND.
referent-duty-inform = Informe o IND se mudar alguma coisa importante para a autorização de residência do seu parceiro. Por exemplo: já não vivem juntos, a relação terminou, ou já não tem rendimento suficiente.
referent-duty-records = Guarde documentos que mostrem a vossa relação e o seu rendimento. O IND pode pedi-los.
referent-duty-sanctions = Não cumpre estas obrigações? Da primeira vez, normalmente recebe um aviso. O aviso fica no seu processo durante 2 anos. Se a infração for grave ou repetida, o IND pode dar uma multa, até 5 anos depois.
referent-right-alone = O seu parceiro pode ter a conversa com o município sozinho. O município também o pode convidar a si.
