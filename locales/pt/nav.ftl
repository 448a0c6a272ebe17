# The main navigation. Every page shows it.

nav-label = Menu principal
nav-menu-button = Menu
nav-home = Início
nav-obligations = O que tenho de fazer?
nav-schools = Escolas de línguas
nav-plan = O meu plano
nav-sessions = Sessões
nav-account = A minha conta
