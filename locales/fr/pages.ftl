# Page titles and the error pages.


obligations-title = Que dois-je faire ?
obligations-doc-title = Que dois-je faire ? – { -brand-name }
obligations-lead = Bientôt, vous verrez ici ce que vous devez faire pour l'intégration civique, et avant quelle date.
schools-title = Écoles de langue
schools-doc-title = Écoles de langue – { -brand-name }
sessions-title = Rencontres
sessions-doc-title = Rencontres – { -brand-name }

not-found-title = Cette page n'existe pas
not-found-doc-title = Page introuvable – { -brand-name }
not-found-text = Le lien est peut-être ancien, ou l'adresse contient une faute de frappe.
not-found-home = Aller à la page d'accueil
