# The main navigation. Every page shows it.

nav-label = Главное меню
nav-menu-button = Меню
nav-home = Главная
nav-obligations = Что мне нужно сделать?
nav-schools = Языковые школы
nav-plan = Мой план
nav-sessions = Встречи
nav-account = Мой аккаунт
