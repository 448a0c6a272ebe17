# The main navigation. Every page shows it.

nav-label = منوی اصلی
nav-menu-button = منو
nav-home = صفحه اصلی
nav-obligations = چه کاری باید انجام دهم؟
nav-schools = آموزشگاه‌های زبان
nav-plan = برنامه من
nav-sessions = جلسه‌ها
nav-account = حساب کاربری من
