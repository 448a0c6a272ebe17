# Language schools: search, compare, and the total cost next to the DUO loan.
# Dutch is the reference. Write at level B1: short sentences, common words, formal "شما".

school-lead = یک آموزشگاه زبان در نزدیکی خود پیدا کنید. دو تا چهار آموزشگاه را کنار هم بگذارید. آن وقت می‌بینید هزینه آن‌ها چقدر است و در عوض چه می‌گیرید.
school-none = هیچ آموزشگاه زبانی پیدا نشد. با فیلترهای کمتری امتحان کنید.

# $amount (String) - amount, already written with the separators of the language
school-money = { $amount } €

school-route-b1 = مسیر B1 (B1-route)
school-route-a2 = A2 (بعد از پایین آوردن سطح)
school-route-z = مسیر Z (Z-route، 800 ساعت)
school-route-literacy = سوادآموزی (یاد گرفتن خواندن و نوشتن)
school-route-education = مسیر تحصیلی (taalschakeltraject، دوره آمادگی زبان)
school-route-knm = فقط KNM
school-route-exam-training = آمادگی برای امتحان
school-route-informal = تمرین (taalcafé، کتابخانه، هم‌زبان داوطلب)

school-schedule-daytime = در طول روز
school-schedule-evening = عصر و شب
school-schedule-weekend = آخر هفته

school-format-in-person = حضوری در کلاس
school-format-online = آنلاین
school-format-hybrid = بخشی حضوری در کلاس، بخشی آنلاین
# $format (String) - type of lesson; $percent (Number) - share of the hours in the classroom
school-format-share = { $format } ({ $percent } درصد حضوری در کلاس)

school-yes = بله
school-no = خیر
school-unknown = معلوم نیست

school-keurmerk-keurmerkhouder = نشان کیفیت Blik op Werk
school-keurmerk-aspirant = نشان کیفیت آزمایشی (aspirant، درخواست هنوز در جریان است)
school-keurmerk-none = بدون نشان کیفیت
# $date (String) - date on which the quality mark expired
school-keurmerk-expired = اعتبار نشان کیفیت در تاریخ { $date } تمام شد

school-kind-school = آموزشگاه زبان
school-kind-taalcafe = Taalcafé، جایی برای تمرین زبان هلندی (آموزشگاه نیست، نشان کیفیت ندارد)
school-kind-library = کتابخانه (آموزشگاه نیست، نشان کیفیت ندارد)
school-kind-language-buddy = هم‌زبان داوطلب، taalmaatje (آموزشگاه نیست، نشان کیفیت ندارد)

# $count (Number) - stars from Blik op Werk, 1 to 4
school-stars = { $count ->
    [one] { $count } ستاره از 4
   *[other] { $count } ستاره از 4
}
school-stars-unknown = ستاره‌ها: معلوم نیست

# $km (String) - distance in kilometres
school-distance = { $km } کیلومتر
# $hours (Number), $per_week (Number), $weeks (Number)
school-hours = { $hours } ساعت کلاس، { $per_week } ساعت در هفته، { $weeks ->
    [one] { $weeks } هفته
   *[other] { $weeks } هفته
}
# $city (String), $municipality (String)
school-where = { $city } (شهرداری { $municipality })
school-childcare-yes = با مراقبت از کودک
school-working-yes = همراه با کار ممکن است
# $date (String)
school-next-start = شروع بعدی: { $date }
# $amount (String) - amount with the euro sign
school-total = جمع کل: { $amount }
school-per-hour = ({ $amount } برای هر ساعت کلاس)
# $name (String) - name of the school
school-compare-pick = مقایسه { $name }

school-filter-city = شهر یا روستا
school-filter-route = مسیر
school-filter-all-routes = همه مسیرها
school-filter-schedule = چه زمانی می‌توانید سر کلاس بروید؟
school-filter-format = نوع کلاس
school-filter-any-format = همه انواع
school-filter-keurmerk = فقط آموزشگاه‌های دارای نشان کیفیت
school-filter-keurmerk-why = فقط در آموزشگاهی که نشان کیفیت دارد می‌توانید از DUO وام بگیرید، مسیر Z (Z-route) را بگذرانید یا سطح خود را به A2 پایین بیاورید.
school-filter-childcare = با مراقبت از کودک
school-filter-working = همراه با کارم ممکن باشد
school-filter-max-total = روی هم حداکثر چقدر می‌تواند هزینه داشته باشد؟ (به یورو)
school-filter-km = حداکثر چقدر می‌تواند دور باشد؟ (به کیلومتر)
school-filter-submit = جستجو

school-locate = از موقعیت مکانی من استفاده شود
school-locate-waiting = در حال پیدا کردن موقعیت مکانی شما…
school-locate-found = موقعیت مکانی شما وارد شد. روی «جستجو» کلیک کنید.
school-locate-failed = موقعیت مکانی شما پیدا نشد. یک شهرداری یا شهر را انتخاب کنید.

school-sort = مرتب کردن بر اساس
school-sort-total = کمترین قیمت کل
school-sort-per-hour = کمترین قیمت برای هر ساعت کلاس
school-sort-stars = بیشترین ستاره
school-sort-distance = کمترین فاصله

# $count (Number) - number of offers found
school-results = { $count ->
    [one] { $count } دوره پیدا شد
   *[other] { $count } دوره پیدا شد
}
# $municipality (String)
school-distance-from = فاصله از مرکز شهرداری { $municipality } اندازه گرفته شده است.
school-distance-unknown = می‌خواهید بر اساس فاصله جستجو کنید؟ در این صورت یک شهرداری انتخاب کنید، یا از موقعیت مکانی خود استفاده کنید.
# $max (Number) - the largest number of schools you can choose
school-compare-how = 2 تا { $max } آموزشگاه را انتخاب کنید. سپس روی «مقایسه» کلیک کنید.
school-compare-submit = مقایسه

school-pages = صفحه‌ها
school-page-previous = صفحه قبلی
school-page-next = صفحه بعدی
# $page (Number), $pages (Number)
school-page-of = صفحه { $page } از { $pages }

school-compare-doc-title = مقایسه آموزشگاه‌های زبان – { -brand-name }
school-compare-title = آموزشگاه‌های زبان کنار هم
school-compare-back = بازگشت به نتایج جستجو
school-compare-caption = آموزشگاه‌هایی که انتخاب کردید، کنار هم
school-compare-differs = متفاوت است
# $max (Number)
school-compare-too-few = برای مقایسه دست‌کم 2 آموزشگاه انتخاب کنید.
# $max (Number)
school-compare-too-many = می‌توانید هم‌زمان { $max } آموزشگاه را مقایسه کنید. شما { $max } آموزشگاه اول را می‌بینید.

school-checklist-title = به چه چیزهایی توجه کنید؟
school-checklist-lead = این پرسش‌ها به شما در انتخاب کمک می‌کنند. جدول پاسخ هر آموزشگاه را نشان می‌دهد.
school-checklist-intake = آیا در ابتدا یک آزمون زبان می‌دهید؟ آن وقت آموزشگاه می‌داند سطح شما چیست و چقدر کلاس لازم دارید.
school-checklist-hours = چند ساعت کلاس با یک معلم دارای صلاحیت دارید؟
school-checklist-times = کلاس‌ها در چه روزها و چه ساعت‌هایی است، و کجا؟
school-checklist-keurmerk = آیا آموزشگاه نشان کیفیت معتبر دارد؟ این را برای وام از DUO، برای مسیر Z (Z-route) و برای پایین آوردن سطح به A2 لازم دارید.
school-checklist-retakes = آیا می‌توانید بدون پرداخت پول اضافه، امتحان را دوباره بدهید؟
school-checklist-reputation = دیگران درباره این آموزشگاه چه فکر می‌کنند؟
school-checklist-work = کار می‌کنید، یا می‌خواهید شروع به کار کنید؟ آیا باز هم می‌توانید در کلاس‌ها شرکت کنید؟

school-row-keurmerk = نشان کیفیت
school-row-route = مسیر
school-row-intake = آزمون زبان در ابتدا
school-row-hours = ساعت‌های کلاس
school-row-schedule = روزها و ساعت‌ها
school-row-format = نوع کلاس
school-row-place = نشانی
school-row-retakes = تکرار امتحان در قیمت
school-row-stars = ستاره‌ها (Blik op Werk)
school-row-working = همراه با کار ممکن است
school-row-childcare = مراقبت از کودک
school-row-class-size = بزرگ‌ترین گروه
school-row-start = شروع بعدی
school-row-price = قیمت دوره
school-row-exam-fees = امتحان‌هایی که در قیمت نیستند
school-row-retake-room = پول برای یک بار تکرار امتحان
school-row-total = جمع کل
school-row-loan = وام از DUO
school-row-pay-now = مبلغی که خودتان می‌پردازید، اگر بیشترین وام را بگیرید
school-row-checked = بررسی‌شده

school-retakes-none = خیر، خودتان می‌پردازید
# $count (Number)
school-retakes-count = { $count ->
    [one] بله، { $count } بار
   *[other] بله، { $count } بار
}
school-exam-fees-none = هیچ (در قیمت هست، یا امتحانی ندارد)
# $count (Number) - number of exams; $fee (String) - price per exam; $amount (String) - together
school-exam-fees = { $count ->
    [one] { $count } امتحان × { $fee } = { $amount }
   *[other] { $count } امتحان × { $fee } = { $amount }
}
# $amount (String)
school-loan-up-to = بله، تا { $amount }
school-loan-ask-duo = مطمئن نیستیم: از DUO بپرسید
school-loan-none = خیر، نشان کیفیت ندارد
# $address (String), $postcode (String), $city (String)
school-address = { $address }, { $postcode } { $city }
# $date (String), $source (String)
school-checked-on = { $date } ({ $source })

school-cost-title = برای شما چقدر هزینه دارد؟
# $fee (String) - price per exam; $date (String) - date of that price
school-cost-how = جمع کل = قیمت دوره + امتحان‌هایی که در قیمت نیستند + پول برای یک بار تکرار امتحان. هر امتحان { $fee } هزینه دارد (قیمت در تاریخ { $date }). امتحانی را دوباره می‌دهید؟ در این صورت دوباره پول می‌پردازید.
# $max (String) - the highest amount you can borrow
school-cost-loan = در آموزشگاهی که نشان کیفیت دارد، می‌توانید از DUO وام بگیرید، تا { $max }. اینکه واقعاً چقدر می‌توانید وام بگیرید، به درآمد شما و درآمد شریک زندگی‌تان بستگی دارد. این را فقط DUO می‌داند. «مبلغی که خودتان می‌پردازید» با بیشترین مبلغ وام حساب شده است.
# $months (Number), $years (Number)
school-cost-repay = وام را باید پس بدهید. { $months } ماه بعد از تمام شدن دوره ادغام شروع می‌کنید، و { $years } سال هر ماه پرداخت می‌کنید. ماهی چقدر؟ این را DUO به شما می‌گوید.
school-cost-sources = قانون‌ها: R3.6 (امتحان‌ها)، R6.2 (وام) و R6.3 (بازپرداخت). مطمئن نیستیم که DUO برای آموزشگاهی با نشان کیفیت آزمایشی هم وام می‌دهد یا نه.
school-contact-title = تماس با آموزشگاه‌ها

school-warning-no-keurmerk = بدون نشان کیفیت: اینجا نمی‌توانید از DUO وام بگیرید. این ساعت‌ها برای مسیر Z (Z-route) و برای پایین آوردن سطح به A2 حساب نمی‌شوند.
school-warning-aspirant = نشان کیفیت آزمایشی: از DUO بپرسید که آیا اینجا می‌توانید وام بگیرید، و از شهرداری بپرسید که آیا این ساعت‌ها حساب می‌شوند.
# $hours (Number)
school-warning-z-hours = برای مسیر Z (Z-route) باید { $hours } ساعت در آموزشگاهی با نشان کیفیت کلاس بروید. این دوره ساعت‌های کمتری دارد.
# $hours (Number)
school-warning-step-down-hours = پایین آوردن سطح به A2 فقط بعد از { $hours } ساعت کلاس در آموزشگاهی با نشان کیفیت ممکن است. این دوره به‌تنهایی ساعت‌های کمتری دارد.
school-warning-above-loan = جمع کل بیشتر از مبلغی است که می‌توانید وام بگیرید. بخش اضافه را خودتان می‌پردازید.
school-warning-informal = اینجا آموزشگاه نیست. خوب است که در کنار کلاس‌ها تمرین کنید، ولی این به‌عنوان ساعت کلاس حساب نمی‌شود.

school-error-max-total = یک مبلغ به یورو بنویسید، مثلاً 6000.
school-error-km = تعداد کیلومتر را از 1 تا 300 بنویسید.
school-error-required = لطفاً این را پر کنید.
school-error-toolong = این خیلی طولانی است. کمتر از 200 حرف بنویسید.
school-error-whole = یک عدد کامل بنویسید.
school-error-range = این عدد خیلی بزرگ یا خیلی کوچک است.
school-error-price = یک مبلغ به یورو بنویسید، مثلاً 1250 یا 1250.50.
school-error-date = یک تاریخ انتخاب کنید.
school-error-yesno = بله یا خیر را انتخاب کنید.
school-error-choice = یکی از گزینه‌ها را انتخاب کنید.
school-error-postcode = یک کد پستی مانند 1234 AB بنویسید.
school-error-municipality = یک شهرداری انتخاب کنید.
school-error-coordinates = این مکان در هلند نیست.
school-error-email = یک نشانی ایمیل مانند name@voorbeeld.nl بنویسید.
school-error-website = یک نشانی وب بنویسید که با https:// شروع شود.
school-error-language = کدهای زبان مانند ar|tr بنویسید.
school-error-stars = 1 تا 4 ستاره انتخاب کنید.

# Consultants (regievoerders): add, change and check language schools.
school-staff-link = آموزشگاه‌های زبان
school-staff-doc-title = مدیریت آموزشگاه‌های زبان – { -brand-name }
school-staff-title = مدیریت آموزشگاه‌های زبان
school-staff-lead = اینجا آموزشگاه‌های زبانی را می‌بینید که در شهرداری شما نشانی دارند. همه چیز درست است؟ در این صورت روی «بررسی‌شده» کلیک کنید. آن وقت ساکنان می‌بینند که اطلاعات تازه است.
school-staff-add = افزودن آموزشگاه زبان
school-staff-none = هنوز هیچ آموزشگاه زبانی وجود ندارد.
school-staff-back = بازگشت به آموزشگاه‌های زبان
# $count (Number) - number of courses
school-staff-offers = { $count ->
    [one] { $count } دوره
   *[other] { $count } دوره
}
# $date (String) - date YYYY-MM-DD
school-staff-checked = آخرین بررسی: { $date }
# $name (String) - name of the school
school-staff-verify = بررسی‌شده: { $name }
school-edit-title = تغییر آموزشگاه زبان
school-new-title = افزودن آموزشگاه زبان
school-field-name = نام
school-field-kind = نوع
school-field-valid-until = اعتبار نشان کیفیت تا
school-field-stars-hint = 1 تا 4، یا اگر نمی‌دانید خالی بگذارید.
school-field-website = وب‌سایت
school-field-phone = تلفن
school-field-email = نشانی ایمیل
school-field-address = خیابان و پلاک
school-field-postcode = کد پستی
school-field-latitude = عرض جغرافیایی (اختیاری)
school-field-longitude = طول جغرافیایی (اختیاری)
school-field-coordinates-hint = برای جستجو بر اساس فاصله، برای مثال 52.0907 و 5.1214.
school-field-verified-hint = وقتی ذخیره می‌کنید، کنار آموزشگاه نوشته می‌شود که شهرداری شما امروز اطلاعات را بررسی کرده است.
school-save = ذخیره
school-offers-title = دوره‌ها
# $price (String) - price with the euro sign; $hours (Number)
school-offer-line = { $price }، { $hours } ساعت
school-offer-add = افزودن دوره
school-offer-title = دوره
# $name (String) - name of the school
school-offer-back = بازگشت به { $name }
school-offer-delete = حذف دوره
school-field-price = قیمت به یورو
school-field-price-hint = برای مثال 6250 یا 6250.50.
school-field-hours = ساعت‌های کلاس
school-field-hours-per-week = ساعت کلاس در هفته
school-field-weeks = تعداد هفته‌ها
school-field-in-person = بخشی از کلاس‌ها که حضوری در کلاس است (درصد)
school-field-retakes = چند بار تکرار امتحان در قیمت حساب شده است؟
school-field-languages = زبان‌هایی که معلم می‌تواند به آن‌ها توضیح بدهد
school-field-languages-hint = کد زبان‌ها، برای مثال ar, tr.
school-field-start-dates = تاریخ‌های شروع
school-field-start-dates-hint = برای مثال 2027-01-11, 2027-03-01.
school-field-exams-included = امتحان‌ها در قیمت هستند
school-error-informal-keurmerk = یک taalcafé، کتابخانه یا هم‌زبان داوطلب نشان کیفیت ندارد. «بدون نشان کیفیت» را انتخاب کنید.
school-error-informal-route = برای taalcafé، کتابخانه یا هم‌زبان داوطلب «تمرین» را انتخاب کنید، و برای آموزشگاه یک مسیر.
school-error-same-address = این آموزشگاه همین نشانی را از قبل دارد.
account-notice-school-saved = آموزشگاه زبان ذخیره شد.
account-notice-school-checked = اطلاعات اکنون به‌عنوان بررسی‌شده ثبت شده است.
# $municipality (String) - name of the municipality that checked the data
school-source-municipality = شهرداری { $municipality }
school-source-admin = مدیریت Wegwijs
