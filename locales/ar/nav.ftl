# The main navigation. Every page shows it.

nav-label = القائمة الرئيسية
nav-menu-button = القائمة
nav-home = الصفحة الرئيسية
nav-obligations = ماذا يجب عليّ أن أفعل؟
nav-schools = مدارس اللغة
nav-plan = خطتي
nav-sessions = اللقاءات
nav-account = حسابي
