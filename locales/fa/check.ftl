# The step-by-step check: one question per screen. Every question has an "I don't know" answer.

check-doc-title = چه کاری باید انجام دهم؟ – { -brand-name }
check-intro = به چند سؤال کوتاه پاسخ دهید. بعد می‌بینید برای ادغام چه کاری باید انجام دهید، و تا چه تاریخی. به حساب کاربری نیاز ندارید. ما پاسخ‌های شما را ذخیره نمی‌کنیم.
check-start = شروع سؤال‌ها
check-glossary-link = فهرست واژه‌ها: این واژه‌ها چه معنایی دارند؟

# Variables:
#   $step (Number) - number of this question
#   $total (Number) - number of questions
check-progress = سؤال { $step } از { $total }
check-next = ادامه
check-back = سؤال قبلی
check-unknown = نمی‌دانم
check-not-yet = هنوز نه
check-date-hint = تاریخ را به‌صورت روز، ماه و سال وارد کنید.
check-see-result = دیدن نتیجه

check-q-nationality = تابعیت شما چیست؟
check-q-nationality-help = دو تابعیت دارید، و یکی از آن‌ها تابعیت یکی از کشورهای اتحادیه اروپا است؟ در این صورت پاسخ اول را انتخاب کنید.
check-a-nationality-eu = یکی از کشورهای اتحادیه اروپا (EU) یا منطقه اقتصادی اروپا، یا سوئیس
check-a-nationality-turkish = ترکیه
check-a-nationality-other = یک کشور دیگر

check-q-purpose = چرا در هلند زندگی می‌کنید؟
check-q-purpose-help = هدف اقامت شما روی کارت اقامت‌تان نوشته شده است.
check-a-purpose-partner = با شریک زندگی یا خانواده‌ام زندگی می‌کنم
check-a-purpose-refugee_family = خانواده‌ام اجازه اقامت پناهندگی دارند، و من بعداً آمده‌ام
check-a-purpose-clergy = من روحانی یا خادم دینی هستم، برای مثال امام، خاخام یا کشیش
check-a-purpose-humanitarian = اجازه اقامت بشردوستانه با هدف غیرموقت دارم
check-a-purpose-temporary = برای تحصیل یا کار اینجا زندگی می‌کنم

check-q-referent = شریک زندگی شما چه نوع اقامتی در هلند دارد؟
check-q-referent-help = شریک زندگی شما کسی است که برای زندگی با او به اینجا آمده‌اید.
check-a-referent-dutch = شریک زندگی من تابعیت هلند را دارد
check-a-referent-non_temporary = شریک زندگی من اجازه اقامت با هدف غیرموقت دارد، برای مثال اجازه اقامت نامحدود
check-a-referent-temporary = شریک زندگی من برای تحصیل یا کار اینجاست، با هدف موقت

check-q-birth_date = تاریخ تولد شما چیست؟
check-q-birth_date-help = این الزام از 16 سالگی تا سن بازنشستگی (AOW) اعمال می‌شود.

check-q-pass_date = کارت اقامت خود را چه زمانی تحویل گرفتید؟
check-q-pass_date-help = نامه‌ای از DUO درباره ادغام دارید؟ در این صورت تاریخ آن نامه را وارد کنید.

check-q-diploma = مدرک تحصیلی هلندی دارید؟
check-q-diploma-help = برای مثال vmbo، havo، vwo، mbo 2 یا بالاتر، یا یک دوره hbo یا دانشگاهی به زبان هلندی.

check-q-schooling = آیا وقتی 5 تا 16 ساله بودید، 8 سال یا بیشتر در هلند زندگی کرده‌اید؟
check-q-schooling-help = در این سال‌ها، کودکان در هلند باید به مدرسه بروند.

check-q-pip_date = تاریخ اولین PIP شما چیست؟
check-q-pip_date-help = PIP یعنی برنامه شخصی ادغام و مشارکت (persoonlijk plan inburgering en participatie). آن را بعد از مصاحبه اولیه جامع از شهرداری می‌گیرید. تاریخ در بالای آن نوشته شده است.

check-q-route = کدام مسیر یادگیری در PIP شما نوشته شده است؟
check-a-route-b1 = مسیر B1
check-a-route-z = مسیر Z
check-a-route-education = مسیر تحصیلی

check-a-yes = بله
check-a-no = خیر

check-answers-heading = پاسخ‌های شما
check-change = تغییر

## Errors at a field. Everything the person typed stays in the form.

check-error-heading = مشکلی وجود دارد. به سؤال زیر نگاه کنید.
check-error-unknown_choice = یکی از پاسخ‌ها را انتخاب کنید.
check-error-not_a_date = تاریخی را وارد کنید که واقعاً وجود دارد.
check-error-too_early = این تاریخ خیلی قدیمی است. بررسی کنید که سال درست باشد.
check-error-in_the_future = این تاریخ در آینده است. تاریخی را وارد کنید که گذشته باشد.
check-error-before_birth = این تاریخ قبل از تاریخ تولد شما است. بررسی کنید که تاریخ درست باشد.
check-error-pip_before_pass = تاریخ PIP نمی‌تواند قبل از تاریخ کارت اقامت شما باشد. بررسی کنید که تاریخ درست باشد.
