# The main navigation. Every page shows it.

nav-label = Hoofdmenu
nav-menu-button = Menu
nav-home = Start
nav-obligations = Wat moet ik doen?
nav-schools = Taalscholen
nav-plan = Mijn plan
nav-sessions = Bijeenkomsten
nav-account = Mijn account
