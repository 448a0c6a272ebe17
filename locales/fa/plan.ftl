# My plan: a timeline from arrival to the deadline. Write at level B1.

plan-title = برنامه من
plan-doc-title = برنامه من – { -brand-name }
plan-lead = از امروز تا مهلت پایانی خود یک برنامه بریزید. تاریخ‌هایی را که می‌دانید وارد کنید. آن وقت می‌بینید چه کاری را کی باید انجام دهید، و آیا ساعت‌های شما کافی است.

plan-milestone-arrival = کارت اقامت خود را تحویل گرفتید
plan-milestone-notice = نامه DUO: شما باید دوره ادغام را بگذرانید
plan-milestone-intake = مصاحبه اولیه جامع در شهرداری
plan-milestone-pip-due = حداکثر تا این زمان باید PIP خود را داشته باشید
plan-milestone-pip = اولین PIP شما
plan-milestone-termijn-start = 3 سال شما شروع می‌شود
plan-milestone-lessons-start = شروع کلاس‌ها
plan-milestone-hours-600 = 600 ساعت کلاس: می‌توان درباره پایین آوردن سطح به A2 صحبت کرد
plan-milestone-hours-800 = 800 ساعت کلاس: ساعت‌های مسیر Z
plan-milestone-lessons-end = پایان کلاس‌ها (پیش‌بینی‌شده)
plan-milestone-exam-book-by = حداکثر تا این زمان برای امتحان‌ها ثبت‌نام کنید، تا برای تکرار یک امتحان وقت داشته باشید
plan-milestone-exam-last-chance = آخرین فرصت برای ثبت‌نام در امتحان‌ها
plan-milestone-extension-window = از این زمان می‌توانید از DUO وقت بیشتری بخواهید، اگر دلیلی برای آن دارید
plan-milestone-pvt-by = دوره بیانیه مشارکت (PVT) تمام شده باشد
plan-milestone-map-by = ماژول بازار کار و مشارکت (MAP) تمام شده باشد
plan-milestone-termijn-end = مهلت پایانی: همه چیز باید تمام شده باشد
plan-milestone-repayment-start = بازپرداخت وام DUO را شروع می‌کنید (اگر وام گرفته‌اید)
plan-milestone-naturalisation = می‌توانید تابعیت هلند را بگیرید (اگر شریک زندگی شما تابعیت هلند را دارد)
plan-milestone-permit = می‌توانید اجازه اقامت محکم‌تری بگیرید

plan-official = از نامه شما
plan-estimated = تخمینی
plan-uncertain = قطعی نیست

plan-phase-start = شروع
plan-phase-learning = یادگیری
plan-phase-finish = امتحان‌ها و مهلت پایانی
plan-phase-after = بعد از آن

# $date (String)
plan-today = امروز، { $date }
# $title (String) - title of the meeting
plan-session = جلسه: { $title }
plan-warnings-title = توجه کنید
plan-warning-no-hours = شما 0 ساعت در هفته برنامه‌ریزی کرده‌اید. در این صورت کلاس‌های شما هرگز تمام نمی‌شود. برای هر هفته چند ساعت برنامه‌ریزی کنید.
plan-warning-cannot-reach = با این تعداد ساعت در هفته، به‌موقع برای امتحان‌ها آماده نمی‌شوید. ساعت‌های بیشتری در هفته برنامه‌ریزی کنید، یا زودتر شروع کنید.
plan-warning-no-retake-room = درست به‌موقع برای امتحان‌ها آماده می‌شوید، اما وقتی برای تکرار یک امتحان نمی‌ماند. اگر می‌توانید، ساعت‌های بیشتری در هفته برنامه‌ریزی کنید.
# $months (Number)
plan-warning-late-start = بیش از { $months } ماه است که PIP خود را دارید، و هنوز کلاس‌ها را شروع نکرده‌اید. هر چه زودتر شروع کنید.
# $hours (Number)
plan-warning-step-down-keurmerk = به B1 نمی‌رسید؟ پایین آوردن سطح به A2 فقط بعد از { $hours } ساعت کلاس در آموزشگاهی با نشان کیفیت Blik op Werk ممکن است.

# $name (String) - name of the school
plan-school = آموزشگاه شما: { $name }. ما ساعت‌ها و تاریخ شروع این آموزشگاه را وارد کرده‌ایم.
plan-dates-title = تاریخ‌های شما
plan-dates-hint = آنچه را می‌دانید وارد کنید. تاریخ در یک نامه آمده است؟ همان تاریخ را بنویسید. نمی‌دانید؟ خالی بگذارید.
plan-field-arrival = تاریخی که کارت اقامت خود را تحویل گرفتید
plan-field-notice = تاریخ نامه DUO
plan-field-intake = تاریخ مصاحبه اولیه جامع
plan-field-pip = تاریخ اولین PIP شما
plan-field-pip-hint = هنوز PIP ندارید؟ این را خالی بگذارید.
plan-field-termijn-end = مهلت پایانی در نامه DUO
plan-field-termijn-end-hint = اجباری نیست. این تاریخ بر محاسبه ما مقدم است.
plan-lessons-title = کلاس‌های شما
plan-field-route = مسیر شما
plan-route-b1 = مسیر B1
plan-route-z = مسیر Z
plan-route-education = مسیر تحصیلی
plan-field-target-hours = چند ساعت کلاس برنامه‌ریزی می‌کنید؟
plan-field-target-hours-hint = برای مسیر Z، 800 ساعت است. برای B1، قانون عددی تعیین نکرده است: از آموزشگاه خود بپرسید.
plan-field-lessons-start = شروع کلاس‌ها
plan-field-hours-per-week = ساعت کلاس در هفته
# $max (Number)
plan-field-hours-per-week-hint = حداکثر { $max } ساعت.
plan-field-weeks-off = هفته‌های بدون کلاس در سال (تعطیلات)
plan-progress-title = آنچه تا حالا انجام داده‌اید
plan-progress-hint = برای هر ماه بنویسید چند ساعت کلاس داشتید. می‌خواهید ماه‌های بیشتری وارد کنید؟ روی «محاسبه برنامه من» کلیک کنید: آن وقت ردیف‌های خالی اضافه می‌شود.
# $n (Number) - line number
plan-field-month = ماه { $n }
# $n (Number)
plan-field-month-hours = ساعت‌های کلاس در ماه { $n }
plan-field-exams-passed = همه امتحان‌های مسیر خود را قبول شده‌ام
plan-field-dutch-partner = شریک زندگی من تابعیت هلند را دارد
plan-submit = محاسبه برنامه من
plan-timeline-title = جدول زمانی شما
# $left (Number) - lesson hours still to go; $average (String) - average number of hours per week
plan-summary = هنوز { $left } ساعت کلاس مانده است. با حساب تعطیلات، این به‌طور میانگین { $average } ساعت در هفته است.
plan-calendar = افزودن به تقویم من (.ics)
plan-print = چاپ
plan-save = ذخیره در حساب کاربری من
plan-save-sign-in = برای ذخیره برنامه خود وارد شوید. می‌توانید لینک این صفحه را هم نگه دارید.
plan-disclaimer = این یک برنامه‌ریزی است، نه یک تصمیم. تاریخ‌های تخمینی ممکن است فرق کنند. تاریخ‌هایی که در نامه‌های DUO و شهرداری به شما آمده است، همیشه ملاک است.

plan-print-back = بازگشت به برنامه من
plan-print-title = ادغام من: تاریخ‌های مهم
# $date (String)
plan-print-made = تهیه‌شده در { $date }.
plan-print-date = تاریخ
plan-print-what = چه چیزی
plan-print-how = چقدر قطعی است
plan-checklist-title = به خاطر داشته باشید
plan-checklist-school = یک آموزشگاه زبان انتخاب کنید. می‌خواهید از DUO وام بگیرید؟ پس آموزشگاهی با نشان کیفیت انتخاب کنید.
plan-checklist-hours = هر هفته چند ساعت برای یادگیری برنامه‌ریزی کنید، حتی اگر کار می‌کنید.
plan-checklist-pvt = دوره بیانیه مشارکت (PVT) را بگذرانید. رایگان است.
plan-checklist-map = MAP را درباره کار در هلند بگذرانید. رایگان است. (در مسیر تحصیلی نیست.)
plan-checklist-exams = به‌موقع برای امتحان‌ها ثبت‌نام کنید. تکرار یک امتحان وقت می‌گیرد.
plan-checklist-help = سؤالی دارید؟ به هماهنگ‌کننده خود در شهرداری (regievoerder) زنگ بزنید یا ایمیل بفرستید.

plan-error-date = یک تاریخ انتخاب کنید.
plan-error-notice-before-arrival = نامه DUO بعد از تحویل گرفتن کارت اقامت شما می‌آید. تاریخ‌ها را دوباره بررسی کنید.
plan-error-pip-before-notice = PIP شما بعد از نامه DUO می‌آید. تاریخ‌ها را دوباره بررسی کنید.
plan-error-intake-after-pip = مصاحبه اولیه جامع قبل از PIP است. تاریخ‌ها را دوباره بررسی کنید.
plan-error-end-before-pip = مهلت پایانی بعد از تاریخ PIP شما است. تاریخ را دوباره بررسی کنید.
plan-error-hours = تعداد ساعت‌ها را با یک عدد کامل بنویسید، برای مثال 9.
plan-error-hours-too-many = بیش از 40 ساعت در هفته ممکن نیست. ساعت‌های کمتری انتخاب کنید.
plan-error-target = تعداد ساعت کلاس را از 1 تا 3000 بنویسید.
plan-error-weeks-off = تعداد هفته‌ها را از 0 تا 26 بنویسید.
plan-error-progress-month = ماهی را انتخاب کنید که گذشته است یا الان در جریان است.
plan-error-progress-hours = تعداد ساعت‌های این ماه را از 0 تا 200 بنویسید.
plan-error-progress-total = ساعت‌هایی که وارد کرده‌اید بیشتر از ساعت‌هایی است که برنامه‌ریزی کرده‌اید. تعداد ساعت‌های برنامه‌ریزی‌شده را بیشتر کنید، یا ساعت‌ها را بررسی کنید.
account-notice-plan-saved = برنامه شما در حساب کاربری‌تان ذخیره شد.
school-plan-link = استفاده از { $name } در برنامه من
plan-live-hours = نوار لغزنده: ساعت کلاس در هفته
plan-live-start = نوار لغزنده: کی شروع می‌کنید؟
# $months (Number) - in how many months the lessons start
plan-live-start-months = { $months ->
    [0] اکنون
    [one] { $months } ماه دیگر
   *[other] { $months } ماه دیگر
}
plan-live-end = پایان کلاس‌ها:
plan-live-never = هرگز، با 0 ساعت در هفته
