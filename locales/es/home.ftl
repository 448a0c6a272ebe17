# The home page. It must tell a family migrant and a partner, in plain words, what Wegwijs helps with.

home-doc-title = { -brand-name } – ayuda con la integración cívica
home-title = Le damos la bienvenida a { -brand-name }
home-intro = ¿Ha venido a los Países Bajos para vivir con su pareja? Entonces, muchas veces tiene que hacer la integración cívica (inburgering). { -brand-name } le ayuda a empezar.

home-migrant-heading = Para usted, que acaba de llegar
home-migrant-obligations = Vea qué tiene que hacer para la integración cívica y para cuándo tiene que terminarla.
home-migrant-schools = Compare escuelas de idiomas: el precio, el número de horas, los horarios de clase y el sello de calidad.
home-migrant-plan = Haga un plan. Así sabrá cuántas horas por semana tiene que estudiar.
home-migrant-sessions = Inscríbase en un encuentro. Allí recibe explicaciones y conoce a otras personas recién llegadas.

home-partner-heading = Para usted, como pareja
home-partner-text = ¿Ya vive en los Países Bajos? Entonces puede ayudar a su pareja. Para ello, primero su pareja tiene que darle permiso. Su pareja puede retirar ese permiso en cualquier momento.

home-pay-heading = Información útil
home-pay-text = Usted paga la escuela de idiomas. Puede pedir un préstamo al DUO para las clases. Esto solo es posible en una escuela con el sello de calidad de Blik op Werk.
home-start-early = Empiece a tiempo. Muchas personas empiezan demasiado tarde y luego se quedan sin tiempo.

home-cta-obligations = Vea qué tiene que hacer
home-cta-sessions = Busque un encuentro
