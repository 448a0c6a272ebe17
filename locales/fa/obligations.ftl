# The result of the obligations check ("What must I do?").
# Every statement is one message. Amounts are whole euros, dates are already formatted.

obl-result-doc-title = نتیجه شما – { -brand-name }
obl-result-title = نتیجه شما

# Variables:
#   $status (String) - obligated, not_obligated, not_sure or not_for_this_portal
obl-status = { $status ->
    [obligated] شما باید دوره ادغام را بگذرانید.
    [not_obligated] لازم نیست دوره ادغام را بگذرانید.
    [not_for_this_portal] قواعد دیگری برای شما اعمال می‌شود.
   *[not_sure] هنوز به‌طور قطعی نمی‌دانیم.
}

# Variables:
#   $law (String) - wi2021, wi2013, none or unknown
obl-law = { $law ->
    [wi2021] قانون ادغام 2021 (Wet inburgering 2021) برای شما اعمال می‌شود.
    [wi2013] قانون قدیمی برای شما اعمال می‌شود: قانون ادغام 2013 (Wet inburgering 2013).
    [none] هیچ قانون ادغامی برای شما اعمال نمی‌شود.
   *[unknown] هنوز نمی‌دانیم کدام قانون برای شما اعمال می‌شود: قانون 2013 یا قانون 2021.
}

# Variables:
#   $group (String) - gezinsmigrant, overige_migrant, nareiziger, none or unknown
obl-group = { $group ->
    [gezinsmigrant] شما مهاجر خانوادگی (gezinsmigrant) هستید: برای زندگی با شریک زندگی یا خانواده خود به هلند آمده‌اید.
    [overige_migrant] شما جزو «سایر مهاجران» (overige migranten) هستید. همان قواعدی که برای مهاجران خانوادگی است، برای شما هم اعمال می‌شود.
    [nareiziger] شما nareiziger هستید: یعنی عضو خانواده کسی هستید که اجازه اقامت پناهندگی دارد.
    [none] { "" }
   *[unknown] هنوز نمی‌دانیم به کدام گروه تعلق دارید.
}

obl-section-reasons = چرا؟
obl-section-check = این موارد را هنوز باید بررسی کنید
obl-section-parts = چه کاری باید انجام دهید؟
obl-section-deadline = تا کی باید تمام شود؟
obl-section-money = هزینه آن چقدر است؟
obl-section-residence = اجازه اقامت شما
obl-section-referent = برای شریک زندگی شما
obl-section-exemptions = معافیت و رفع الزام

obl-part-title-intake = مصاحبه اولیه جامع و آزمون توانایی یادگیری
obl-part-title-pip = برنامه شما: PIP
obl-part-title-route-choice = مسیر یادگیری شما
obl-part-title-route-b1 = مسیر B1
obl-part-title-route-z = مسیر Z
obl-part-title-route-education = مسیر تحصیلی
obl-part-title-knm = آشنایی با جامعه هلند (KNM)
obl-part-title-pvt = دوره بیانیه مشارکت (PVT)
obl-part-title-map = ماژول بازار کار و مشارکت (MAP)
obl-part-title-done = چه زمانی کار شما تمام است؟
obl-part-explain = این کلمه یعنی چه؟

## Reasons

obl-reason-eu = شما تابعیت یکی از کشورهای اتحادیه اروپا یا منطقه اقتصادی اروپا، یا سوئیس را دارید. در این صورت لازم نیست دوره ادغام را بگذرانید.
obl-reason-non-eu = شما تابعیت هیچ‌یک از کشورهای اتحادیه اروپا، منطقه اقتصادی اروپا یا سوئیس را ندارید.
obl-reason-temporary-own = شما برای یک هدف موقت، مانند تحصیل یا کار، اینجا زندگی می‌کنید. در این صورت لازم نیست دوره ادغام را بگذرانید.
obl-reason-referent-temporary = شریک زندگی شما برای یک هدف موقت، مانند تحصیل یا کار، اینجا زندگی می‌کند. در این صورت لازم نیست دوره ادغام را بگذرانید.
obl-reason-referent-ok = شریک زندگی شما تابعیت هلند را دارد، یا اجازه اقامت با هدف غیرموقت دارد.
obl-reason-clergy = شما روحانی یا خادم دینی هستید، برای مثال امام یا کشیش. شما هم مانند مهاجران خانوادگی باید دوره ادغام را بگذرانید.
obl-reason-humanitarian = شما اجازه اقامت بشردوستانه با هدف غیرموقت دارید. شما هم مانند مهاجران خانوادگی باید دوره ادغام را بگذرانید.
obl-reason-nareiziger = شما به هلند آمدید تا نزد خانواده خود زندگی کنید که اجازه اقامت پناهندگی دارند. در این صورت شما nareiziger هستید. شهرداری دوره ادغام شما را ترتیب می‌دهد و هزینه آن را می‌پردازد. به همین دلیل، این وب‌سایت برای شما نیست. از شهرداری خود یا سازمان VluchtelingenWerk کمک بخواهید.

# Variables:
#   $age (Number) - the age at which the obligation starts
obl-reason-age-under = شما کمتر از { $age } سال داشتید. در این صورت هنوز لازم نیست دوره ادغام را بگذرانید.

# Variables:
#   $min (Number) - the age at which the obligation starts
obl-reason-age-ok = شما { $min } سال یا بیشتر دارید، و هنوز به سن بازنشستگی (AOW) نرسیده‌اید.

# Variables:
#   $age (Number) - the state pension (AOW) age
obl-reason-age-aow = شما قبلاً به سن بازنشستگی (AOW) رسیده بودید، یعنی { $age } سالگی. در این صورت لازم نیست دوره ادغام را بگذرانید.
obl-reason-turkish-before = شما تابعیت ترکیه را دارید، و الزام ادغام شما قبل از سال 2022 شروع می‌شد. در آن زمان، مهاجران خانوادگی ترک لازم نبود دوره ادغام را بگذرانند.
obl-reason-turkish-after = شما تابعیت ترکیه را دارید. از 1 ژانویه 2022، مهاجران خانوادگی ترک هم باید دوره ادغام را بگذرانند.

# Variables:
#   $years (Number) - years of schooling in the Netherlands
obl-reason-schooling = شما وقتی در سن تحصیل اجباری بودید، { $years } سال یا بیشتر در هلند زندگی کرده‌اید. در این صورت لازم نیست دوره ادغام را بگذرانید.

# Variables:
#   $weeks (Number) - how long DUO takes to decide
obl-reason-diploma = شما یک مدرک تحصیلی هلندی دارید. در این صورت معمولاً معافیت می‌گیرید. آن را از DUO درخواست کنید. DUO ظرف { $weeks } هفته تصمیم می‌گیرد.
obl-reason-wi2021 = الزام ادغام شما در 1 ژانویه 2022 یا بعد از آن شروع شد.
obl-reason-wi2013 = الزام ادغام شما قبل از 1 ژانویه 2022 شروع شد. در این صورت قانون قدیمی اعمال می‌شود که قواعد دیگری دارد. از DUO بپرسید چه قواعدی برای شما اعمال می‌شود.

## What to check

obl-check-nationality = مطمئن نیستید کدام تابعیت حساب می‌شود؟ به گذرنامه خود نگاه کنید.
obl-check-purpose = به کارت اقامت خود نگاه کنید. هدف اقامت شما روی آن نوشته شده است. آن را نمی‌دانید؟ از IND بپرسید.
obl-check-referent = از شریک زندگی خود بپرسید چه تابعیتی یا چه اجازه اقامتی دارد. آیا این اجازه اقامت با هدف موقت است، مانند تحصیل یا کار؟ در این صورت لازم نیست دوره ادغام را بگذرانید.
obl-check-birth-date = سن شما مهم است: این الزام از 16 سالگی تا سن بازنشستگی (AOW) اعمال می‌شود.

# Variables:
#   $age (Number) - the age until which school usually comes first
obl-check-school-age = شما کمتر از { $age } سال دارید. آیا هنوز به مدرسه می‌روید؟ در این صورت الزام ادغام شما معمولاً دیرتر شروع می‌شود، وقتی { $age } ساله شوید. از DUO بپرسید.

# Variables:
#   $age (Number) - the state pension (AOW) age used here
obl-check-aow = ما سن بازنشستگی (AOW) را { $age } سال در نظر گرفته‌ایم. این سن برای همه یکسان نیست. به وب‌سایت SVB نگاه کنید.
obl-check-diploma = آیا مدرک تحصیلی هلندی دارید، مانند vmbo، havo، vwo یا mbo 2 یا بالاتر؟ در این صورت می‌توانید معافیت بگیرید. از DUO بپرسید.

# Variables:
#   $years (Number) - years of schooling in the Netherlands
obl-check-schooling = آیا وقتی در سن تحصیل اجباری بودید، { $years } سال یا بیشتر در هلند زندگی کرده‌اید؟ در این صورت لازم نیست دوره ادغام را بگذرانید. از DUO بپرسید.
obl-check-pass-date = تاریخی مهم است که الزام شما در آن شروع شد. این تاریخ در نامه DUO آمده است. برای مهاجران خانوادگی، این تاریخ معمولاً روزی است که کارت اقامت خود را تحویل گرفتید.

## Parts

obl-part-intake = شهرداری شما را برای یک گفت‌وگو دعوت می‌کند: مصاحبه اولیه جامع (brede intake). در این گفت‌وگو درباره تحصیلات، کار و وضعیت خود صحبت می‌کنید. شما باید در این گفت‌وگو شرکت کنید.
obl-part-lbt = آزمون توانایی یادگیری (leerbaarheidstoets) بخشی از مصاحبه اولیه است. این آزمون با کامپیوتر انجام می‌شود. برای آن لازم نیست زبان هلندی بلد باشید.
obl-part-alone = می‌توانید به‌تنهایی و بدون شریک زندگی خود در این گفت‌وگو شرکت کنید. همچنین می‌توانید کسی را با خود ببرید.
obl-part-pip = بعد از مصاحبه اولیه، شهرداری برنامه شخصی شما را تهیه می‌کند: PIP. مسیر یادگیری شما در آن نوشته شده است. با آن موافق نیستید؟ در این صورت می‌توانید اعتراض (bezwaar) کنید.

# Variables:
#   $weeks (Number) - weeks within which the municipality makes the PIP
obl-part-pip-weeks = شهرداری باید PIP را ظرف { $weeks } هفته بعد از نامه DUO تهیه کند.
obl-part-route-choice = شهرداری مسیر یادگیری شما را در PIP انتخاب می‌کند. در پایین، سه مسیر را می‌بینید.
obl-part-route-b1 = در مسیر B1، زبان هلندی را در سطح B1 یاد می‌گیرید. در خواندن، شنیدن، نوشتن و صحبت کردن امتحان می‌دهید، و همچنین امتحان KNM را. حداقل تعداد ساعت کلاس وجود ندارد.

# Variables:
#   $hours (Number) - lesson hours needed before stepping down
#   $percent (Number) - minimum share of those hours in a classroom
obl-part-route-a2 = به سطح B1 نمی‌رسید؟ در این صورت شاید بتوانید به سطح A2 بروید. برای این کار، اول باید { $hours } ساعت در آموزشگاهی با نشان کیفیت Blik op Werk کلاس رفته باشید، و دست‌کم { $percent } درصد آن حضوری در کلاس بوده باشد. هماهنگ‌کننده شما در شهرداری (regievoerder) باید موافقت کند.

# Variables:
#   $hours (Number) - lesson hours of the Z-route
obl-part-route-z = در مسیر Z، { $hours } ساعت کلاس می‌روید، در آموزشگاهی با نشان کیفیت Blik op Werk. لازم نیست امتحان بدهید. در پایان، یک گفت‌وگو در شهرداری دارید.
obl-part-route-education = مسیر تحصیلی بیشتر برای جوانان است. شما در یک مدرسه یا مؤسسه، یک دوره آمادگی زبان (taalschakeltraject) می‌گذرانید. بعد از آن می‌توانید در mbo، hbo یا دانشگاه ادامه تحصیل بدهید.

# Variables:
#   $route (String) - b1, z, education or unknown
obl-part-knm = { $route ->
    [z] در مسیر Z، درباره جامعه هلند کلاس دارید. امتحان اجباری نیست.
   *[other] شما درباره جامعه هلند یاد می‌گیرید و درباره آن امتحان می‌دهید: KNM. در مسیر Z فقط کلاس دارید.
}

# Variables:
#   $hours (Number) - minimum hours of the PVT
obl-part-pvt = شهرداری دوره بیانیه مشارکت را ترتیب می‌دهد. در این دوره درباره مهم‌ترین ارزش‌ها در هلند یاد می‌گیرید. این دوره دست‌کم { $hours } ساعت طول می‌کشد و رایگان است. در پایان، بیانیه مشارکت را امضا می‌کنید.

# Variables:
#   $hours (Number) - minimum hours of the practical part of the MAP
obl-part-map = در MAP درباره کار در هلند یاد می‌گیرید. یک بخش عملی دارد که دست‌کم { $hours } ساعت است. شهرداری آن را ترتیب می‌دهد و هزینه‌اش را می‌پردازد.
obl-part-no-map = در مسیر تحصیلی لازم نیست MAP را بگذرانید. برای تحصیل و انتخاب شغل خود راهنمایی می‌گیرید.
obl-part-done = کار شما وقتی تمام است که مسیر یادگیری خود را به پایان رسانده باشید، و همچنین PVT و MAP را. معافیت یا رفع الزام هم حساب می‌شود.

## Deadline

# Variables:
#   $start (String) - formatted date the termijn starts
#   $end (String) - formatted date the termijn ends
#   $years (Number) - length of the termijn in years
obl-deadline-known = مهلت شما در { $start } شروع شد. شما { $years } سال وقت دارید: تا پایان روز { $end }.
obl-deadline-official = این محاسبه ما است. تاریخی که در نامه DUO آمده است، همیشه ملاک است.

# Variables:
#   $from (String) - formatted date from which extra time can be asked
#   $months (Number) - minimum months of delay
obl-deadline-extension = نمی‌توانید به‌موقع تمام کنید، برای مثال به دلیل بیماری‌ای که { $months } ماه یا بیشتر طول بکشد؟ از { $from } می‌توانید از DUO وقت بیشتری بخواهید.

# Variables:
#   $years (Number) - length of the termijn in years
obl-deadline-after-pip = شما { $years } سال وقت دارید. این زمان از روز بعد از تاریخ اولین PIP شما شروع می‌شود.

# Variables:
#   $months (Number) - the last months in which extra time can be asked
obl-deadline-extension-later = در { $months } ماه آخر، اگر دلیل خوبی داشته باشید، می‌توانید از DUO وقت بیشتری بخواهید.

## Money

obl-money-pay = هزینه آموزشگاه زبان و امتحان‌ها را خودتان می‌پردازید. PVT و MAP رایگان هستند.

# Variables:
#   $fee (Number) - euros per exam
#   $count (Number) - number of exams
#   $total (Number) - euros for all exams once
#   $as_of (String) - formatted date the price was checked
obl-money-exams = هر امتحان { $fee } € هزینه دارد. در مسیر B1، { $count } امتحان وجود دارد: روی هم { $total } €. امتحانی را دوباره می‌دهید؟ در این صورت دوباره پول می‌پردازید. (قیمت در تاریخ { $as_of }.)

# Variables:
#   $max (Number) - maximum loan in euros
obl-money-loan = می‌توانید از DUO وام بگیرید، تا { $max } €. این کار فقط برای آموزشگاهی ممکن است که نشان کیفیت Blik op Werk را دارد. اینکه چقدر می‌توانید وام بگیرید، به درآمد شما و درآمد شریک زندگی‌تان بستگی دارد.

# Variables:
#   $months (Number) - months after finishing when repayment starts
#   $years (Number) - years of repayment
obl-money-repay = وام را با بهره پس می‌دهید. این کار { $months } ماه بعد از تمام شدن دوره ادغام شما شروع می‌شود، و { $years } سال طول می‌کشد.
obl-money-no-cancel = حتی اگر به‌موقع تمام کنید، باز هم باید وام را پس بدهید.
obl-money-other = بعضی از شهرداری‌ها هزینه رفت‌وآمد را پس می‌دهند. شاید کمک‌هزینه مهدکودک (kinderopvangtoeslag) بگیرید. این قطعی نیست: از شهرداری خود بپرسید.

## Residence

obl-residence-requirement = فقط وقتی دوره ادغام را تمام کرده باشید، می‌توانید اجازه اقامت نامحدود یا اجازه اقامت مستقل بگیرید، یا تابعیت هلند را بگیرید.

# Variables:
#   $years (Number) - years married to or living with a Dutch partner
obl-residence-naturalisation = شریک زندگی شما تابعیت هلند را دارد. در این صورت، بعد از { $years } سال ازدواج یا زندگی مشترک، می‌توانید تابعیت هلند را بگیرید. اما برای این کار باید دوره ادغام را تمام کرده باشید.

# Variables:
#   $years (Number) - years before an independent or permanent permit
obl-residence-permit = بعد از { $years } سال می‌توانید اجازه اقامت مستقل یا اجازه اقامت نامحدود درخواست کنید. اما برای این کار باید دوره ادغام را تمام کرده باشید.
obl-residence-turkish = برای افرادی که تابعیت ترکیه دارند و خانواده آن‌ها، یک استثنا وجود دارد: برای گرفتن اجازه اقامت قوی‌تر، لازم نیست دوره ادغام را تمام کرده باشند. اما خود الزام ادغام همچنان برقرار است.
obl-residence-dependent = اجازه اقامت شما به اجازه اقامت شریک زندگی‌تان بستگی دارد. اعتبار آن حداکثر 5 سال است.

## Referent

obl-referent-inform = شریک زندگی شما باید تغییرات را به IND اطلاع دهد. برای مثال، اگر دیگر با هم زندگی نکنید، یا اگر درآمد خیلی کم شود.
obl-referent-admin = شریک زندگی شما باید مدارک مربوط به رابطه شما و درآمد را نگه دارد.
obl-referent-sanctions = شریک زندگی شما این کار را نمی‌کند؟ در این صورت IND می‌تواند به او اخطار بدهد یا او را جریمه کند.
obl-referent-intake = شریک زندگی شما گاهی می‌تواند همراه شما به گفت‌وگوها در شهرداری بیاید. اما شما می‌توانید تنها هم بروید.

## Exemptions

obl-exempt-diploma = مدرک تحصیلی هلندی دارید؟ در این صورت می‌توانید معافیت بگیرید. آن را از DUO درخواست کنید.

# Variables:
#   $years (Number) - years of schooling in the Netherlands
obl-exempt-schooling = آیا وقتی در سن تحصیل اجباری بودید، { $years } سال یا بیشتر در هلند زندگی کرده‌اید؟ در این صورت لازم نیست دوره ادغام را بگذرانید.
obl-exempt-medical = آیا به دلیل بیماری یا معلولیت هرگز نمی‌توانید این الزام را انجام دهید؟ در این صورت می‌توانید از DUO رفع الزام درخواست کنید. آن وقت یک پزشک وضعیت شما را بررسی می‌کند.
obl-exempt-no-effort-release = رفع الزام به این دلیل که سخت درس خوانده‌اید اما موفق نشده‌اید، دیگر وجود ندارد. اکنون برای این موارد مسیر Z وجود دارد.

## Sources and certainty

obl-source-summary = منبع و میزان اطمینان

# Variables:
#   $rule (String) - rule id, e.g. R2.1
obl-source-rule = قاعده { $rule }

# Variables:
#   $confidence (String) - confirmed, source-text, secondary or uncertain
obl-confidence = { $confidence ->
    [confirmed] میزان اطمینان: یک منبع رسمی آن را تأیید کرده است.
    [source-text] میزان اطمینان: در راهنمای Divosa آمده است.
    [secondary] میزان اطمینان: فقط در منابع دیگر پیدا شده است. این را بررسی کنید.
   *[uncertain] میزان اطمینان: قطعی نیست. این را بررسی کنید.
}

# Variables:
#   $date (String) - formatted date the rule was last checked
obl-source-checked = بررسی‌شده در { $date }.
obl-uncertain-label = قطعی نیست

# Variables:
#   $authority (String) - duo, ind, municipality or svb
obl-check-with = { $authority ->
    [duo] این را از DUO بپرسید.
    [ind] این را از IND بپرسید.
    [svb] این را از SVB بپرسید.
   *[municipality] این را از شهرداری خود بپرسید.
}

# Variables:
#   $date (String) - formatted date the rules were last checked
obl-rules-checked = قواعد این صفحه در { $date } بررسی شده‌اند.
obl-share-label = لینک این نتیجه
obl-share-help = این لینک را نگه دارید یا با دیگران به اشتراک بگذارید. پاسخ‌های شما در این لینک هستند. ما چیزی ذخیره نمی‌کنیم.
obl-change-answers = تغییر پاسخ‌ها
obl-print-help = می‌توانید این صفحه را چاپ کنید. برای این کار از منوی مرورگر خود استفاده کنید.
obl-save-submit = ذخیره در حساب کاربری من
