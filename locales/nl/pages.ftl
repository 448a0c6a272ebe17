# Page titles and the error pages.


obligations-title = Wat moet ik doen?
obligations-doc-title = Wat moet ik doen? – { -brand-name }
obligations-lead = Hier ziet u straks wat u moet doen voor de inburgering, en voor welke datum.
schools-title = Taalscholen
schools-doc-title = Taalscholen – { -brand-name }
sessions-title = Bijeenkomsten
sessions-doc-title = Bijeenkomsten – { -brand-name }

not-found-title = Deze pagina bestaat niet
not-found-doc-title = Pagina niet gevonden – { -brand-name }
not-found-text = Misschien is de link oud, of zit er een typfout in het adres.
not-found-home = Ga naar de startpagina
