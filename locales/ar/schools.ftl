# Language schools: search, compare, and the total cost next to the DUO loan.
# Dutch is the reference. Write at level B1: short sentences, common words, formal address.

school-lead = ابحث عن مدرسة لغة قريبة منك. ضع من مدرستين إلى أربع مدارس جنبًا إلى جنب. عندها ترى كم تكلّف كل مدرسة وماذا تحصل مقابل ذلك.
school-none = لم يتم العثور على مدارس لغة. جرّب عددًا أقل من عوامل التصفية.

# $amount (String) - amount, already written with the separators of the language
school-money = { $amount } €

school-route-b1 = مسار B1 (B1-route)
school-route-a2 = A2 (بعد خفض المستوى)
school-route-z = مسار Z (Z-route)، 800 ساعة
school-route-literacy = محو الأمية (تعلّم القراءة والكتابة)
school-route-education = مسار التعليم (taalschakeltraject، برنامج لغوي انتقالي)
school-route-knm = KNM فقط
school-route-exam-training = التدريب على الامتحانات
school-route-informal = التدرّب (taalcafé، المكتبة، شريك لغوي)

school-schedule-daytime = في النهار
school-schedule-evening = في المساء
school-schedule-weekend = في عطلة نهاية الأسبوع

school-format-in-person = في الصف
school-format-online = عبر الإنترنت
school-format-hybrid = جزء في الصف وجزء عبر الإنترنت
# $format (String) - type of lesson; $percent (Number) - share of the hours in the classroom
school-format-share = { $format } ({ $percent }% في الصف)

school-yes = نعم
school-no = لا
school-unknown = غير معروف

school-keurmerk-keurmerkhouder = علامة الجودة من Blik op Werk
school-keurmerk-aspirant = علامة جودة تمهيدية (aspirant، الطلب ما زال قيد الدراسة)
school-keurmerk-none = بدون علامة جودة
# $date (String) - date on which the quality mark expired
school-keurmerk-expired = انتهت صلاحية علامة الجودة في { $date }

school-kind-school = مدرسة لغة
school-kind-taalcafe = Taalcafé، مكان للتدرّب على اللغة الهولندية (ليس مدرسة، بدون علامة جودة)
school-kind-library = مكتبة (ليست مدرسة، بدون علامة جودة)
school-kind-language-buddy = شريك لغوي، taalmaatje (ليس مدرسة، بدون علامة جودة)

# $count (Number) - stars from Blik op Werk, 1 to 4
school-stars = { $count ->
    [zero] { $count } من 4 نجوم
    [one] نجمة واحدة من 4
    [two] نجمتان من 4
    [few] { $count } نجوم من 4
    [many] { $count } نجمة من 4
   *[other] { $count } نجمة من 4
}
school-stars-unknown = النجوم: غير معروفة

# $km (String) - distance in kilometres
school-distance = { $km } كم
# $hours (Number), $per_week (Number), $weeks (Number)
school-hours = ساعات الدروس: { $hours }، ساعات في الأسبوع: { $per_week }، المدة: { $weeks ->
    [zero] { $weeks } أسبوع
    [one] أسبوع واحد
    [two] أسبوعان
    [few] { $weeks } أسابيع
    [many] { $weeks } أسبوعًا
   *[other] { $weeks } أسبوع
}
# $city (String), $municipality (String)
school-where = { $city } (بلدية { $municipality })
school-childcare-yes = مع رعاية الأطفال
school-working-yes = مناسب إذا كنت تعمل
# $date (String)
school-next-start = البداية القادمة: { $date }
# $amount (String) - amount with the euro sign
school-total = المجموع: { $amount }
school-per-hour = ({ $amount } لكل ساعة درس)
# $name (String) - name of the school
school-compare-pick = مقارنة { $name }

school-filter-city = المدينة أو القرية
school-filter-route = المسار
school-filter-all-routes = كل المسارات
school-filter-schedule = متى يمكنك حضور الدروس؟
school-filter-format = نوع الدروس
school-filter-any-format = كل الأنواع
school-filter-keurmerk = المدارس التي تحمل علامة الجودة فقط
school-filter-keurmerk-why = فقط في مدرسة تحمل علامة الجودة يمكنك اقتراض المال من DUO، أو اتباع مسار Z (Z-route)، أو خفض المستوى إلى A2.
school-filter-childcare = مع رعاية الأطفال
school-filter-working = مناسب إذا كنت أعمل
school-filter-max-total = كم يمكن أن تكون التكلفة الإجمالية؟ (باليورو)
school-filter-km = ما أقصى مسافة؟ (بالكيلومتر)
school-filter-submit = بحث

school-locate = استخدم موقعي
school-locate-waiting = جارٍ البحث عن موقعك…
school-locate-found = تم إدخال موقعك. اضغط على «بحث».
school-locate-failed = تعذّر العثور على موقعك. اختر بلدية أو مدينة.

school-sort = الترتيب حسب
school-sort-total = أقل سعر إجمالي
school-sort-per-hour = أقل سعر لكل ساعة درس
school-sort-stars = أكبر عدد من النجوم
school-sort-distance = أقصر مسافة

# $count (Number) - number of offers found
school-results = { $count ->
    [zero] لم يتم العثور على أي عرض
    [one] تم العثور على عرض واحد
    [two] تم العثور على عرضين
    [few] تم العثور على { $count } عروض
    [many] تم العثور على { $count } عرضًا
   *[other] تم العثور على { $count } عرض
}
# $municipality (String)
school-distance-from = تُقاس المسافة من وسط بلدية { $municipality }.
school-distance-unknown = هل تريد البحث حسب المسافة؟ في هذه الحالة اختر بلدية، أو استخدم موقعك.
# $max (Number) - the largest number of schools you can choose
school-compare-how = اختر مدرستين أو أكثر، والحد الأقصى { $max }. ثم اضغط على «قارن».
school-compare-submit = قارن

school-pages = الصفحات
school-page-previous = الصفحة السابقة
school-page-next = الصفحة التالية
# $page (Number), $pages (Number)
school-page-of = الصفحة { $page } من { $pages }

school-compare-doc-title = مقارنة مدارس اللغة – { -brand-name }
school-compare-title = مدارس اللغة جنبًا إلى جنب
school-compare-back = العودة إلى نتائج البحث
school-compare-caption = المدارس التي اخترتها، جنبًا إلى جنب
school-compare-differs = مختلف
# $max (Number)
school-compare-too-few = اختر مدرستين على الأقل للمقارنة.
# $max (Number)
school-compare-too-many = { $max ->
    [zero] يمكنك مقارنة { $max } مدرسة في الوقت نفسه.
    [one] يمكنك مقارنة مدرسة واحدة فقط في الوقت نفسه. تظهر لك المدرسة الأولى.
    [two] يمكنك مقارنة مدرستين في الوقت نفسه. تظهر لك أول مدرستين.
    [few] يمكنك مقارنة { $max } مدارس في الوقت نفسه. تظهر لك أول { $max } مدارس.
    [many] يمكنك مقارنة { $max } مدرسة في الوقت نفسه. تظهر لك أول { $max } مدرسة.
   *[other] يمكنك مقارنة { $max } مدرسة في الوقت نفسه. تظهر لك أول { $max } مدرسة.
}

school-checklist-title = ما الذي يجب أن تنتبه إليه؟
school-checklist-lead = تساعدك هذه الأسئلة على الاختيار. يعطي الجدول الإجابة لكل مدرسة.
school-checklist-intake = هل تقدّم اختبار لغة في البداية؟ عندها تعرف المدرسة مستواك وكم من الدروس تحتاج.
school-checklist-hours = كم ساعة درس تحصل عليها من مدرّس مؤهَّل؟
school-checklist-times = في أي أيام وأي أوقات تكون الدروس، وأين؟
school-checklist-keurmerk = هل لدى المدرسة علامة جودة سارية؟ تحتاج إليها للحصول على قرض من DUO، ولمسار Z (Z-route)، ولخفض المستوى إلى A2.
school-checklist-retakes = هل يمكنك إعادة امتحان بدون أن تدفع مبلغًا إضافيًا؟
school-checklist-reputation = ما رأي الآخرين في المدرسة؟
school-checklist-work = هل تعمل، أو ستبدأ العمل قريبًا؟ هل يمكنك عندها متابعة الدروس؟

school-row-keurmerk = علامة الجودة
school-row-route = المسار
school-row-intake = اختبار لغة في البداية
school-row-hours = ساعات الدروس
school-row-schedule = الأيام والأوقات
school-row-format = نوع الدروس
school-row-place = العنوان
school-row-retakes = إعادة الامتحان ضمن السعر
school-row-stars = النجوم (Blik op Werk)
school-row-working = مناسب مع العمل
school-row-childcare = رعاية الأطفال
school-row-class-size = أكبر مجموعة
school-row-start = البداية القادمة
school-row-price = سعر الدورة
school-row-exam-fees = امتحانات غير مشمولة في السعر
school-row-retake-room = مبلغ لإعادة امتحان مرة واحدة
school-row-total = المجموع
school-row-loan = الاقتراض من DUO
school-row-pay-now = ما تدفعه بنفسك إذا اقترضت أكبر مبلغ
school-row-checked = تم التحقق

school-retakes-none = لا، تدفع بنفسك
# $count (Number)
school-retakes-count = { $count ->
    [zero] نعم، { $count } مرة
    [one] نعم، مرة واحدة
    [two] نعم، مرتان
    [few] نعم، { $count } مرات
    [many] نعم، { $count } مرة
   *[other] نعم، { $count } مرة
}
school-exam-fees-none = لا شيء (مشمولة في السعر، أو لا يوجد امتحان)
# $count (Number) - number of exams; $fee (String) - price per exam; $amount (String) - together
school-exam-fees = { $count ->
    [zero] { $count } امتحان × { $fee } = { $amount }
    [one] امتحان واحد × { $fee } = { $amount }
    [two] امتحانان × { $fee } = { $amount }
    [few] { $count } امتحانات × { $fee } = { $amount }
    [many] { $count } امتحانًا × { $fee } = { $amount }
   *[other] { $count } امتحان × { $fee } = { $amount }
}
# $amount (String)
school-loan-up-to = نعم، حتى { $amount }
school-loan-ask-duo = غير مؤكد: اسأل DUO
school-loan-none = لا، بدون علامة جودة
# $address (String), $postcode (String), $city (String)
school-address = { $address }, { $postcode } { $city }
# $date (String), $source (String)
school-checked-on = { $date } ({ $source })

school-cost-title = كم يكلّفك ذلك؟
# $fee (String) - price per exam; $date (String) - date of that price
school-cost-how = المجموع = سعر الدورة + الامتحانات غير المشمولة في السعر + مبلغ لإعادة امتحان واحد. يكلّف الامتحان { $fee } (السعر بتاريخ { $date }). هل تعيد امتحانًا؟ في هذه الحالة تدفع مرة أخرى.
# $max (String) - the highest amount you can borrow
school-cost-loan = في مدرسة تحمل علامة الجودة يمكنك الاقتراض من DUO، حتى { $max }. المبلغ الذي يمكنك اقتراضه فعلًا يعتمد على دخلك ودخل شريك حياتك. DUO فقط يعرف ذلك. يُحسب «ما تدفعه بنفسك» على أساس أعلى مبلغ.
# $months (Number), $years (Number)
school-cost-repay = عليك أن تسدّد القرض. تبدأ السداد بعد { $months ->
    [zero] { $months } شهر
    [one] شهر واحد
    [two] شهرين
    [few] { $months } أشهر
    [many] { $months } شهرًا
   *[other] { $months } شهر
} من انتهاء الاندماج المدني، وتدفع كل شهر لمدة { $years ->
    [zero] { $years } سنة
    [one] سنة واحدة
    [two] سنتين
    [few] { $years } سنوات
    [many] { $years } سنة
   *[other] { $years } سنة
}. كم تدفع كل شهر؟ ستعرف ذلك من DUO.
school-cost-sources = القواعد: R3.6 (الامتحانات)، وR6.2 (القرض)، وR6.3 (السداد). لا نعرف بشكل مؤكد إن كان DUO يقرض أيضًا لمدرسة تحمل علامة جودة تمهيدية.
school-contact-title = التواصل مع المدارس

school-warning-no-keurmerk = بدون علامة جودة: لا يمكنك الاقتراض من DUO هنا. هذه الساعات لا تُحتسب لمسار Z (Z-route)، ولا لخفض المستوى إلى A2.
school-warning-aspirant = علامة جودة تمهيدية: اسأل DUO إن كان يمكنك الاقتراض هنا، واسأل البلدية إن كانت الساعات تُحتسب.
# $hours (Number)
school-warning-z-hours = لمسار Z (Z-route) تحتاج إلى { $hours ->
    [zero] { $hours } ساعة
    [one] ساعة واحدة
    [two] ساعتين
    [few] { $hours } ساعات
    [many] { $hours } ساعة
   *[other] { $hours } ساعة
} من الدروس في مدرسة تحمل علامة الجودة. هذه الدورة فيها ساعات أقل.
# $hours (Number)
school-warning-step-down-hours = لا يمكنك خفض المستوى إلى A2 إلا بعد { $hours ->
    [zero] { $hours } ساعة
    [one] ساعة واحدة
    [two] ساعتين
    [few] { $hours } ساعات
    [many] { $hours } ساعة
   *[other] { $hours } ساعة
} من الدروس في مدرسة تحمل علامة الجودة. هذه الدورة وحدها فيها ساعات أقل.
school-warning-above-loan = المجموع أكثر مما يمكنك اقتراضه. تدفع الجزء الزائد بنفسك.
school-warning-informal = هذه ليست مدرسة. من الجيد أن تتدرّب إلى جانب الدروس، لكن ذلك لا يُحتسب كساعات دروس.

school-error-max-total = اكتب مبلغًا باليورو، مثلًا 6000.
school-error-km = اكتب عدد الكيلومترات من 1 إلى 300.
school-error-required = يرجى ملء هذا الحقل.
school-error-toolong = هذا طويل جدًا. استخدم أقل من 200 حرف.
school-error-whole = اكتب عددًا صحيحًا.
school-error-range = هذا العدد كبير جدًا أو صغير جدًا.
school-error-price = اكتب مبلغًا باليورو، مثلًا 1250 أو 1250.50.
school-error-date = اختر تاريخًا.
school-error-yesno = اختر نعم أو لا.
school-error-choice = اختر أحد الخيارات.
school-error-postcode = اكتب رمزًا بريديًا مثل 1234 AB.
school-error-municipality = اختر بلدية.
school-error-coordinates = هذا ليس مكانًا في هولندا.
school-error-email = اكتب عنوان بريد إلكتروني مثل name@voorbeeld.nl.
school-error-website = اكتب عنوان موقع يبدأ بـ https://.
school-error-language = اكتب رموز اللغات مثل ar|tr.
school-error-stars = اختر من 1 إلى 4 نجوم.

# Consultants (regievoerders): add, change and check language schools.
school-staff-link = مدارس اللغة
school-staff-doc-title = إدارة مدارس اللغة – { -brand-name }
school-staff-title = إدارة مدارس اللغة
school-staff-lead = هنا مدارس اللغة التي لها عنوان في بلديتك. هل كل شيء صحيح؟ في هذه الحالة اضغط على «تم التحقق». عندها يرى السكان أن المعلومات حديثة.
school-staff-add = إضافة مدرسة لغة
school-staff-none = لا توجد مدارس لغة بعد.
school-staff-back = العودة إلى مدارس اللغة
# $count (Number) - number of courses
school-staff-offers = { $count ->
    [zero] لا توجد دورات
    [one] دورة واحدة
    [two] دورتان
    [few] { $count } دورات
    [many] { $count } دورة
   *[other] { $count } دورة
}
# $date (String) - date YYYY-MM-DD
school-staff-checked = آخر تحقق: { $date }
# $name (String) - name of the school
school-staff-verify = تم التحقق: { $name }
school-edit-title = تعديل مدرسة اللغة
school-new-title = إضافة مدرسة لغة
school-field-name = الاسم
school-field-kind = النوع
school-field-valid-until = علامة الجودة سارية حتى
school-field-stars-hint = من 1 إلى 4، أو اتركه فارغًا إذا كنت لا تعرف.
school-field-website = الموقع الإلكتروني
school-field-phone = الهاتف
school-field-email = عنوان البريد الإلكتروني
school-field-address = الشارع ورقم المنزل
school-field-postcode = الرمز البريدي
school-field-latitude = خط العرض (اختياري)
school-field-longitude = خط الطول (اختياري)
school-field-coordinates-hint = للبحث حسب المسافة، مثلًا 52.0907 و 5.1214.
school-field-verified-hint = عندما تحفظ، يظهر عند المدرسة أن بلديتك تحققت من المعلومات اليوم.
school-save = حفظ
school-offers-title = الدورات
# $price (String) - price with the euro sign; $hours (Number)
school-offer-line = { $price }، ساعات الدروس: { $hours }
school-offer-add = إضافة دورة
school-offer-title = الدورة
# $name (String) - name of the school
school-offer-back = العودة إلى { $name }
school-offer-delete = حذف الدورة
school-field-price = السعر باليورو
school-field-price-hint = مثلًا 6250 أو 6250.50.
school-field-hours = ساعات الدروس
school-field-hours-per-week = ساعات الدروس في الأسبوع
school-field-weeks = عدد الأسابيع
school-field-in-person = نسبة الدروس في الصف (بالمئة)
school-field-retakes = كم مرة يمكن إعادة الامتحان ضمن السعر؟
school-field-languages = اللغات التي يستطيع المدرّس أن يشرح بها
school-field-languages-hint = رموز اللغات، مثلًا ar, tr.
school-field-start-dates = تواريخ البدء
school-field-start-dates-hint = مثلًا 2027-01-11, 2027-03-01.
school-field-exams-included = الامتحانات مشمولة في السعر
school-error-informal-keurmerk = لا توجد علامة جودة لـ taalcafé أو مكتبة أو شريك لغوي. اختر «بدون علامة جودة».
school-error-informal-route = اختر «التدرّب» لـ taalcafé أو مكتبة أو شريك لغوي، واختر مسارًا لمدرسة.
school-error-same-address = هذا العنوان مسجّل لهذه المدرسة من قبل.
account-notice-school-saved = تم حفظ مدرسة اللغة.
account-notice-school-checked = المعلومات مسجّلة الآن على أنه تم التحقق منها.
# $municipality (String) - name of the municipality that checked the data
school-source-municipality = بلدية { $municipality }
school-source-admin = إدارة Wegwijs
