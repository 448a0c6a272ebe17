# The main navigation. Every page shows it.

nav-label = Main menu
nav-menu-button = Menu
nav-home = Home
nav-obligations = What do I have to do?
nav-schools = Language schools
nav-plan = My plan
nav-sessions = Meetings
nav-account = My account
