# Page titles and the error pages.


obligations-title = ¿Qué tengo que hacer?
obligations-doc-title = ¿Qué tengo que hacer? – { -brand-name }
obligations-lead = Pronto verá aquí qué tiene que hacer para la integración cívica y hasta qué fecha.
schools-title = Escuelas de idiomas
schools-doc-title = Escuelas de idiomas – { -brand-name }
sessions-title = Encuentros
sessions-doc-title = Encuentros – { -brand-name }

not-found-title = Esta página no existe
not-found-doc-title = Página no encontrada – { -brand-name }
not-found-text = Quizás el enlace es antiguo, o hay un error en la dirección.
not-found-home = Ir a la página de inicio
