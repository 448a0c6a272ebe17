# Page titles and the error pages.


obligations-title = ماذا يجب عليّ أن أفعل؟
obligations-doc-title = ماذا يجب عليّ أن أفعل؟ – { -brand-name }
obligations-lead = قريبًا ستظهر هنا الأمور التي يجب عليك القيام بها للاندماج المدني، والتاريخ الذي يجب أن تنتهي فيه.
schools-title = مدارس اللغة
schools-doc-title = مدارس اللغة – { -brand-name }
sessions-title = اللقاءات
sessions-doc-title = اللقاءات – { -brand-name }

not-found-title = هذه الصفحة غير موجودة
not-found-doc-title = الصفحة غير موجودة – { -brand-name }
not-found-text = ربما يكون الرابط قديمًا، أو يوجد خطأ في كتابة العنوان.
not-found-home = الذهاب إلى الصفحة الرئيسية
