# The main navigation. Every page shows it.

nav-label = Ana menü
nav-menu-button = Menü
nav-home = Ana sayfa
nav-obligations = Ne yapmam gerekiyor?
nav-schools = Dil okulları
nav-plan = Planım
nav-sessions = Toplantılar
nav-account = Hesabım
