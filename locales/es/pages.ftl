# Short pages for areas that are still being built, and the error pages.

coming-soon-text = Todavía estamos trabajando en esta página. Vuelva más tarde.
coming-soon-back = Volver a la página de inicio

obligations-title = ¿Qué tengo que hacer?
obligations-doc-title = ¿Qué tengo que hacer? – { -brand-name }
obligations-lead = Pronto verá aquí qué tiene que hacer para la integración cívica y hasta qué fecha.
schools-title = Escuelas de idiomas
schools-doc-title = Escuelas de idiomas – { -brand-name }
plan-title = Mi plan
plan-doc-title = Mi plan – { -brand-name }
plan-lead = Pronto podrá hacer aquí un plan, desde hoy hasta su fecha límite.
sessions-title = Encuentros
sessions-doc-title = Encuentros – { -brand-name }

not-found-title = Esta página no existe
not-found-doc-title = Página no encontrada – { -brand-name }
not-found-text = Quizás el enlace es antiguo, o hay un error en la dirección.
not-found-home = Ir a la página de inicio
