# The main navigation. Every page shows it.

nav-label = Menú principal
nav-menu-button = Menú
nav-home = Inicio
nav-obligations = ¿Qué tengo que hacer?
nav-schools = Escuelas de idiomas
nav-plan = Mi plan
nav-sessions = Encuentros
nav-account = Mi cuenta
