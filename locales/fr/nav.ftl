# The main navigation. Every page shows it.

nav-label = Menu principal
nav-menu-button = Menu
nav-home = Accueil
nav-obligations = Que dois-je faire ?
nav-schools = Écoles de langue
nav-plan = Mon plan
nav-sessions = Rencontres
nav-account = Mon compte
