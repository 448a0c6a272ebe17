# Information sessions: the list, a session page, booking, the waiting list, the consultant's side.
# Dutch is the reference. Write at level B1: short sentences, common words, "u".

session-list-lead = شهرداری برای ساکنان تازه جلسه‌هایی برگزار می‌کند. در آنجا می‌شنوید که چه کارهایی باید انجام دهید و با آدم‌های دیگر آشنا می‌شوید. یک جلسه انتخاب کنید و ثبت‌نام کنید.
session-mine-link = ثبت‌نام‌های من
session-filter-all-municipalities = همه شهرداری‌ها
session-filter-language = زبان
session-filter-any-language = همه زبان‌ها
session-filter-from = از تاریخ
session-filter-submit = جستجو
session-none = الان هیچ جلسه‌ای با این انتخاب‌ها وجود ندارد. بعداً دوباره نگاه کنید، یا با انتخاب‌های کمتر جستجو کنید.

# Variables:
#   $start (String) - start time, e.g. 19:00
#   $end (String) - end time, e.g. 20:30
session-time = ساعت { $start } – { $end }
# Variables:
#   $count (Number) - seats left
session-seats-left = { $count ->
    [one] { $count } جای خالی مانده است
   *[other] { $count } جای خالی مانده است
}
session-full = پر است. می‌توانید در فهرست انتظار قرار بگیرید.
session-closed = ثبت‌نام بسته شده است.
session-cancelled = این جلسه برگزار نمی‌شود.
session-online = آنلاین
session-in-dutch = این متن فقط به زبان هلندی است.
# Variables:
#   $languages (String) - names of the languages spoken
session-languages = زبان‌ها: { $languages }

# Variables:
#   $title (String) - the session's title
session-doc-title = { $title } – { -brand-name }
session-when = زمان
session-more-dates = تاریخ‌های دیگر
# Variables:
#   $count (Number) - how many days the series has
session-series = { $count ->
    [one] { $count } جلسه
   *[other] مجموعه‌ای از { $count } جلسه. فقط یک بار برای همه آن‌ها ثبت‌نام می‌کنید.
}
session-where = مکان
session-accessibility = دسترسی‌پذیری
session-languages-spoken = زبان‌های جلسه
session-interpreter = مترجم حضور دارد
session-childcare = نگهداری از کودکان
session-partner-welcome = شریک زندگی هم می‌تواند بیاید
session-seats = جاها
session-deadline = ثبت‌نام تا این تاریخ ممکن است
session-yes = بله
session-no = نه
session-booking-title = ثبت‌نام
session-book = مرا ثبت‌نام کنید
session-join-waiting-list = مرا در فهرست انتظار بگذارید
session-full-text = این جلسه پر است. اگر در فهرست انتظار باشید و کسی ثبت‌نامش را لغو کند، خودبه‌خود یک جا به شما می‌رسد. آن وقت یک ایمیل دریافت می‌کنید.
session-party = با چند نفر می‌آیید؟
# Variables:
#   $count (Number) - number of people
session-party-option = { $count ->
    [one] { $count } نفر
   *[other] { $count } نفر
}
session-sign-in-to-book = برای ثبت‌نام وارد شوید
# Variables:
#   $count (Number) - number of people in the booking
session-booking-confirmed = { $count ->
    [one] ثبت‌نام شما انجام شد.
   *[other] ثبت‌نام شما برای { $count } نفر انجام شد.
}
# Variables:
#   $position (Number) - place on the waiting list
session-booking-waiting = شما در فهرست انتظار هستید. شماره شما { $position } است.
session-status-confirmed = ثبت‌نام شده
session-status-waiting = در فهرست انتظار
session-status-cancelled = ثبت‌نام لغو شده
session-cancel = لغو ثبت‌نام من
session-leave-waiting-list = خروج از فهرست انتظار
session-calendar = افزودن به تقویم من
# Variables:
#   $name (String) - the migrant the partner books for
session-booking-for = شما این کار را برای { $name } انجام می‌دهید.
session-back = بازگشت به همه جلسه‌ها

session-mine-doc-title = ثبت‌نام‌های من – { -brand-name }
session-mine-title = ثبت‌نام‌های من
session-mine-none = شما هنوز برای هیچ جلسه‌ای ثبت‌نام نکرده‌اید.
session-alerts-title = ایمیل درباره جلسه‌های جدید
session-alerts-text = وقتی شهرداری شما جلسه‌ای به زبان شما اعلام کند، برایتان ایمیل می‌فرستیم.
session-alerts-needs-municipality = اول در «حساب کاربری من» (اشتراک‌گذاری با شهرداری شما) شهرداری خود را انتخاب کنید. آن وقت می‌دانیم کدام جلسه‌ها برای شما هستند.
session-alerts-label = بله، درباره جلسه‌های جدید برایم ایمیل بفرستید
session-alerts-submit = ذخیره

session-consultant-link = جلسه‌های شهرداری من
session-consultant-doc-title = مدیریت جلسه‌ها – { -brand-name }
session-consultant-title = جلسه‌های شهرداری من
session-consultant-none = شما هنوز هیچ جلسه‌ای اعلام نکرده‌اید.
session-consultant-back = بازگشت به جلسه‌ها
session-edit-link = تغییر
session-edit-title = تغییر جلسه
session-edit-lead = زمان یا مکان را تغییر می‌دهید؟ آن وقت همه کسانی که ثبت‌نام کرده‌اند یک ایمیل دریافت می‌کنند.
session-edit-submit = ذخیره تغییرات
session-cancel-session = لغو جلسه
session-message-title = پیام به همه کسانی که ثبت‌نام کرده‌اند
session-message-label = پیام شما
session-message-hint = متن ساده، حداکثر 2000 حرف. همه کسانی که ثبت‌نام کرده‌اند یا در فهرست انتظار هستند، آن را با ایمیل دریافت می‌کنند.
session-message-submit = فرستادن پیام
session-new-link = جلسه جدید
session-new-doc-title = جلسه جدید – { -brand-name }
session-new-title = اعلام یک جلسه جدید
session-new-submit = اعلام جلسه
session-field-title = عنوان
session-field-title-hint = کوتاه و روشن، به زبان هلندی. حداکثر 120 حرف.
session-field-description = توضیحات
session-field-description-hint = متن ساده. هر خط جدید، خط جدید می‌ماند.
session-field-date = تاریخ
session-field-time = ساعت شروع
session-field-time-hint = به وقت هلند، برای مثال 19:00.
session-field-duration = مدت به دقیقه
session-field-place = نشانی
session-field-place-hint = اگر جلسه فقط آنلاین است، خالی بگذارید.
session-field-room = سالن یا اتاق
session-field-accessibility = دسترسی‌پذیری (برای مثال: آسانسور، ویلچر)
session-field-online-url = لینک برای شرکت آنلاین
session-field-online-url-hint = با https:// شروع می‌شود. اگر جلسه آنلاین نیست، خالی بگذارید.
session-field-capacity = تعداد جاها
session-field-languages = به چه زبان‌هایی صحبت می‌شود؟
session-field-extras = موارد دیگر
session-field-childcare = نگهداری از کودکان وجود دارد
session-field-partner-welcome = شریک زندگی هم می‌تواند بیاید
session-field-max-party = چند نفر در هر ثبت‌نام؟
session-field-max-party-hint = فقط اگر شریک زندگی هم می‌تواند بیاید. معمولاً 2.
session-field-deadline = ثبت‌نام تا این تاریخ (خود این روز هم حساب است)
session-field-series = مجموعه جلسه‌ها (می‌تواند خالی بماند)
session-field-series-hint = آیا این جلسه بخشی از یک مجموعه چندجلسه‌ای است؟ روزهای دیگر را وارد کنید. مردم فقط یک بار برای همه روزها ثبت‌نام می‌کنند.
# Variables:
#   $number (Number) - which day of the series (2, 3, 4)
session-field-series-date = روز { $number }: تاریخ
# Variables:
#   $number (Number) - which day of the series (2, 3, 4)
session-field-series-time = روز { $number }: ساعت شروع (خالی = همان ساعت)
session-field-translations = متن به زبان‌های دیگر (می‌تواند خالی بماند)
session-field-translations-hint = اگر عنوان و توضیح را اینجا بنویسید، ساکنان آن‌ها را به زبان خودشان می‌بینند. در غیر این صورت متن هلندی را می‌بینند.
# Variables:
#   $language (String) - the language's own name
session-field-title-in = عنوان ({ $language })
# Variables:
#   $language (String) - the language's own name
session-field-description-in = توضیحات ({ $language })
session-field-deadline-hint = خالی بگذارید: در این صورت تا شروع جلسه می‌شود ثبت‌نام کرد.

# Variables:
#   $taken (Number) - seats taken
#   $capacity (Number) - all seats
session-taken = { $taken } جا از { $capacity } جا پر شده است.
session-public-page = دیدن صفحه همان‌طور که ساکنان می‌بینند
session-csv = دانلود فهرست (CSV)
session-attendees = ثبت‌نام‌ها
session-attendees-none = هنوز کسی ثبت‌نام نکرده است.
session-attendee-deleted = (حساب کاربری حذف شده)
session-attended-yes = حاضر بود
session-attended-no = حاضر نبود
session-attended-unknown = هنوز علامت زده نشده
session-check-in = حاضر است
session-no-show = نیامد

session-error-title-missing = یک عنوان بنویسید.
session-error-title-long = عنوان خیلی طولانی است. حداکثر 120 حرف به کار ببرید.
session-error-description-long = توضیحات خیلی طولانی است. حداکثر 4000 حرف به کار ببرید.
session-error-date-invalid = یک تاریخ بنویسید، برای مثال 2027-03-15.
session-error-time-skipped = این ساعت در آن روز وجود ندارد: در آن روز ساعت‌ها یک ساعت جلو کشیده می‌شوند. ساعت دیگری انتخاب کنید.
session-error-date-past = این تاریخ گذشته است. روزی در آینده انتخاب کنید.
session-error-duration = مدتی بین 15 تا 600 دقیقه بنویسید.
session-error-capacity = تعداد جاها را بین 1 تا 500 بنویسید.
session-error-max-party = تعداد نفرات را بین 1 تا 6 بنویسید.
session-error-deadline-after-start = ثبت‌نام باید پیش از شروع جلسه بسته شود.
session-error-place-missing = یک نشانی بنویسید، یا یک لینک برای شرکت آنلاین.
session-error-url = لینک با https:// شروع می‌شود و فاصله ندارد.
session-error-languages-missing = دست‌کم یک زبان انتخاب کنید.
session-error-party = با این تعداد نفر نمی‌توانید به این جلسه بیایید.
session-error-capacity-below-booked = تعداد جاهای پر شده از این بیشتر است. تعداد جاهای بیشتری انتخاب کنید.
session-error-message = پیامی بین 1 تا 2000 حرف بنویسید.
session-error-series-order = هر روز از این مجموعه باید بعد از روز قبلی باشد.
session-error-closed = دیگر نمی‌توانید ثبت‌نام کنید: جلسه شروع شده، ثبت‌نام بسته شده یا جلسه برگزار نمی‌شود.

account-notice-booked = انجام شد. شما برای این جلسه ثبت‌نام شدید. یک ایمیل با جزئیات دریافت می‌کنید.
account-notice-waiting = شما در فهرست انتظار هستید. اگر جایی خالی شود، آن جا خودبه‌خود به شما می‌رسد و ما برایتان ایمیل می‌فرستیم.
account-notice-cancelled = ثبت‌نام شما لغو شد.
account-notice-session-created = جلسه اکنون در سایت منتشر شده است.
account-notice-checked-in = ذخیره شد.
account-notice-session-updated = تغییرات ذخیره شد.
account-notice-session-cancelled = جلسه لغو شد. همه کسانی که ثبت‌نام کرده بودند یک ایمیل دریافت می‌کنند.
account-notice-message-sent = پیام شما در حال ارسال است.
account-notice-alerts-on = وقتی جلسه جدیدی باشد، یک ایمیل دریافت می‌کنید.
account-notice-alerts-off = دیگر درباره جلسه‌های جدید ایمیل دریافت نمی‌کنید.
account-log-booked-session = ثبت‌نام در یک جلسه
account-log-cancelled-booking = لغو ثبت‌نام در یک جلسه

# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-confirmed-subject = ثبت‌نام شما انجام شد: { $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-confirmed-body = سلام،

    ثبت‌نام شما برای جلسه «{ $title }» انجام شد.

    زمان: { $date }، ساعت { $time }
    مکان: { $place }

    قرار ملاقات برای تقویم شما در پیوست است. نمی‌توانید بیایید؟ لطفاً ثبت‌نام خود را لغو کنید تا جای شما به کس دیگری برسد:

    { $link }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-waiting-subject = شما در فهرست انتظار هستید: { $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-waiting-body = سلام،

    جلسه «{ $title }» در تاریخ { $date } پر است. شما در فهرست انتظار هستید.

    اگر کسی ثبت‌نامش را لغو کند، آن جا خودبه‌خود به شما می‌رسد و ما برایتان ایمیل می‌فرستیم.

    { $link }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-promoted-subject = یک جا برای شما هست: { $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-promoted-body = سلام،

    خبر خوب: یک جا خالی شد. اکنون ثبت‌نام شما برای «{ $title }» انجام شده است.

    زمان: { $date }، ساعت { $time }
    مکان: { $place }

    قرار ملاقات برای تقویم شما در پیوست است. با این حال نمی‌توانید بیایید؟ لطفاً ثبت‌نام خود را لغو کنید:

    { $link }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-reminder-subject = یادآوری: { $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-reminder-body = سلام،

    جلسه «{ $title }» را فراموش نکنید.

    زمان: { $date }، ساعت { $time }
    مکان: { $place }

    نمی‌توانید بیایید؟ لطفاً ثبت‌نام خود را لغو کنید تا جای شما به کس دیگری برسد:

    { $link }

# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-changed-subject = تغییر در جلسه: { $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-changed-body = سلام،

    جلسه «{ $title }» تغییر کرده است. اطلاعات جدید این است:

    زمان: { $date }، ساعت { $time }
    مکان: { $place }

    حالا نمی‌توانید بیایید؟ لطفاً ثبت‌نام خود را لغو کنید:

    { $link }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-cancelled-subject = جلسه برگزار نمی‌شود: { $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-cancelled-body = سلام،

    متأسفانه جلسه «{ $title }» در تاریخ { $date } برگزار نمی‌شود. لازم نیست کاری انجام دهید.

    برای پیدا کردن جلسه‌ای دیگر اینجا را ببینید:

    { $link }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
#   $message (String) - the consultant's own words
session-mail-message-subject = پیام درباره: { $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
#   $message (String) - the consultant's own words
session-mail-message-body = سلام،

    شهرداری درباره جلسه «{ $title }» در تاریخ { $date } برای شما پیامی فرستاده است:

    { $message }

    { $link }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-announced-subject = جلسه جدید: { $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-announced-body = سلام،

    شهرداری شما یک جلسه جدید به زبان شما برگزار می‌کند: «{ $title }».

    زمان: { $date }، ساعت { $time }
    مکان: { $place }

    می‌خواهید بیایید؟ ثبت‌نام کنید:

    { $link }

    دیگر این ایمیل‌ها را نمی‌خواهید؟ آن‌ها را در «ثبت‌نام‌های من» خاموش کنید.

# "Wednesday 2 December 2026, 19:30 – 21:00"
# Variables:
#   $date (String) - the day, formatted for this locale
#   $time (String) - the time or the hours
session-date-time = { $date }، { $time }
# Between the names in a list (e.g. of languages), spaces included.
session-list-separator = { "، " }
