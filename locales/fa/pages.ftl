# Page titles and the error pages.


obligations-title = چه کاری باید انجام دهم؟
obligations-doc-title = چه کاری باید انجام دهم؟ – { -brand-name }
obligations-lead = به‌زودی اینجا می‌بینید که برای ادغام چه کاری باید انجام دهید و تا چه تاریخی.
schools-title = آموزشگاه‌های زبان
schools-doc-title = آموزشگاه‌های زبان – { -brand-name }
sessions-title = جلسه‌ها
sessions-doc-title = جلسه‌ها – { -brand-name }

not-found-title = این صفحه وجود ندارد
not-found-doc-title = صفحه پیدا نشد – { -brand-name }
not-found-text = شاید لینک قدیمی باشد، یا در آدرس یک اشتباه تایپی باشد.
not-found-home = رفتن به صفحه اصلی
