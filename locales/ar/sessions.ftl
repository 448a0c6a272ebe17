# Information sessions: the list, a session page, booking, the waiting list, the consultant's side.
# Dutch is the reference. Write at level B1: short sentences, common words, "u".

session-list-lead = تنظّم البلدية لقاءات للسكان الجدد. تعرف فيها ما يجب عليك فعله، وتتعرّف على أشخاص آخرين. اختر لقاءً وسجّل فيه.
session-mine-link = تسجيلاتي
session-filter-all-municipalities = كل البلديات
session-filter-language = اللغة
session-filter-any-language = كل اللغات
session-filter-from = من تاريخ
session-filter-submit = بحث
session-none = لا توجد الآن لقاءات تناسب اختياراتك. انظر مرة أخرى لاحقًا، أو ابحث باختيارات أقل.

# Variables:
#   $start (String) - start time, e.g. 19:00
#   $end (String) - end time, e.g. 20:30
session-time = الساعة { $start } – { $end }
# Variables:
#   $count (Number) - seats left
session-seats-left = { $count ->
    [zero] لم يبقَ أي مكان شاغر
    [one] بقي مكان واحد شاغر
    [two] بقي مكانان شاغران
    [few] بقيت { $count } أماكن شاغرة
    [many] بقي { $count } مكانًا شاغرًا
   *[other] بقي { $count } مكان شاغر
}
session-full = اللقاء ممتلئ. يمكنك التسجيل في قائمة الانتظار.
session-closed = التسجيل مغلق.
session-cancelled = هذا اللقاء لن يُعقد.
session-online = عبر الإنترنت
session-in-dutch = هذا النص متوفر باللغة الهولندية فقط.
# Variables:
#   $languages (String) - names of the languages spoken
session-languages = اللغات: { $languages }

# Variables:
#   $title (String) - the session's title
session-doc-title = { $title } – { -brand-name }
session-when = متى
session-more-dates = تواريخ أخرى
# Variables:
#   $count (Number) - how many days the series has
session-series = { $count ->
    [zero] لا يوجد أي لقاء
    [one] لقاء واحد
    [two] سلسلة من لقاءين. تسجّل مرة واحدة فقط لكل اللقاءات.
    [few] سلسلة من { $count } لقاءات. تسجّل مرة واحدة فقط لكل اللقاءات.
    [many] سلسلة من { $count } لقاءً. تسجّل مرة واحدة فقط لكل اللقاءات.
   *[other] سلسلة من { $count } لقاء. تسجّل مرة واحدة فقط لكل اللقاءات.
}
session-where = أين
session-accessibility = سهولة الوصول
session-languages-spoken = اللغات المستخدمة
session-interpreter = يوجد مترجم
session-childcare = رعاية الأطفال
session-partner-welcome = يمكن لشريك الحياة الحضور
session-seats = الأماكن
session-deadline = يمكن التسجيل حتى
session-yes = نعم
session-no = لا
session-booking-title = التسجيل
session-book = سجّلني
session-join-waiting-list = ضعني في قائمة الانتظار
session-full-text = هذا اللقاء ممتلئ. إذا كنت في قائمة الانتظار، تحصل تلقائيًا على مكان عندما يلغي شخص ما تسجيله. وتصلك عندها رسالة بريد إلكتروني.
session-party = كم عدد الأشخاص الذين سيحضرون؟
# Variables:
#   $count (Number) - number of people
session-party-option = { $count ->
    [zero] لا أحد
    [one] شخص واحد
    [two] شخصان
    [few] { $count } أشخاص
    [many] { $count } شخصًا
   *[other] { $count } شخص
}
session-sign-in-to-book = سجّل الدخول لكي تسجّل في اللقاء
# Variables:
#   $count (Number) - number of people in the booking
session-booking-confirmed = { $count ->
    [zero] تم تسجيلك.
    [one] تم تسجيلك.
    [two] تم تسجيلك لشخصين.
    [few] تم تسجيلك لـ { $count } أشخاص.
    [many] تم تسجيلك لـ { $count } شخصًا.
   *[other] تم تسجيلك لـ { $count } شخص.
}
# Variables:
#   $position (Number) - place on the waiting list
session-booking-waiting = أنت في قائمة الانتظار. رقمك هو { $position }.
session-status-confirmed = مسجَّل
session-status-waiting = في قائمة الانتظار
session-status-cancelled = تم إلغاء التسجيل
session-cancel = إلغاء تسجيلي
session-leave-waiting-list = الخروج من قائمة الانتظار
session-calendar = إضافة إلى تقويمي
# Variables:
#   $name (String) - the migrant the partner books for
session-booking-for = أنت تقوم بهذا نيابةً عن { $name }.
session-back = العودة إلى كل اللقاءات

session-mine-doc-title = تسجيلاتي – { -brand-name }
session-mine-title = تسجيلاتي
session-mine-none = لم تسجّل في أي لقاء بعد.
session-alerts-title = رسائل بريد إلكتروني عن اللقاءات الجديدة
session-alerts-text = نرسل إليك رسالة بريد إلكتروني عندما تعلن بلديتك عن لقاء بلغتك.
session-alerts-needs-municipality = اختر بلديتك أولًا في "حسابي" (المشاركة مع بلديتك). عندها نعرف أي لقاءات تناسبك.
session-alerts-label = نعم، أرسلوا إليّ رسالة بريد إلكتروني عن اللقاءات الجديدة
session-alerts-submit = حفظ

session-consultant-link = لقاءات بلديتي
session-consultant-doc-title = إدارة اللقاءات – { -brand-name }
session-consultant-title = لقاءات بلديتي
session-consultant-none = لم تُعلن عن أي لقاء بعد.
session-consultant-back = العودة إلى اللقاءات
session-edit-link = تعديل
session-edit-title = تعديل اللقاء
session-edit-lead = هل تغيّر الوقت أو المكان؟ عندها تصل رسالة بريد إلكتروني إلى كل من سجّل.
session-edit-submit = حفظ التعديلات
session-cancel-session = إلغاء اللقاء
session-message-title = رسالة إلى كل المسجَّلين
session-message-label = رسالتك
session-message-hint = نص عادي، 2000 حرف كحد أقصى. تصل الرسالة بالبريد الإلكتروني إلى كل من سجّل أو هو في قائمة الانتظار.
session-message-submit = إرسال الرسالة
session-new-link = لقاء جديد
session-new-doc-title = لقاء جديد – { -brand-name }
session-new-title = الإعلان عن لقاء جديد
session-new-submit = الإعلان عن اللقاء
session-field-title = العنوان
session-field-title-hint = قصير وواضح، باللغة الهولندية. 120 حرفًا كحد أقصى.
session-field-description = الوصف
session-field-description-hint = نص عادي. السطر الجديد يبقى سطرًا جديدًا.
session-field-date = التاريخ
session-field-time = وقت البدء
session-field-time-hint = بتوقيت هولندا، مثلًا 19:00.
session-field-duration = المدة بالدقائق
session-field-place = العنوان
session-field-place-hint = اتركه فارغًا إذا كان اللقاء عبر الإنترنت فقط.
session-field-room = القاعة أو الغرفة
session-field-accessibility = سهولة الوصول (مثلًا: مصعد، كرسي متحرك)
session-field-online-url = رابط المشاركة عبر الإنترنت
session-field-online-url-hint = يبدأ بـ https://. اتركه فارغًا إذا لم يكن اللقاء عبر الإنترنت.
session-field-capacity = عدد الأماكن
session-field-languages = ما اللغات المستخدمة في اللقاء؟
session-field-extras = إضافات
session-field-childcare = توجد رعاية للأطفال
session-field-partner-welcome = يمكن لشريك الحياة الحضور
session-field-max-party = كم شخصًا في كل تسجيل؟
session-field-max-party-hint = فقط إذا كان يمكن لشريك الحياة الحضور. عادةً 2.
session-field-deadline = آخر يوم للتسجيل (التاريخ)
session-field-series = سلسلة لقاءات (يمكن تركها فارغة)
session-field-series-hint = هل هذا اللقاء جزء من سلسلة تُعقد عدة مرات؟ اكتب الأيام الأخرى. يسجّل الناس مرة واحدة فقط لكل الأيام.
# Variables:
#   $number (Number) - which day of the series (2, 3, 4)
session-field-series-date = اليوم { $number }: التاريخ
# Variables:
#   $number (Number) - which day of the series (2, 3, 4)
session-field-series-time = اليوم { $number }: وقت البدء (فارغ = نفس الوقت)
session-field-translations = النص بلغات أخرى (يمكن تركه فارغًا)
session-field-translations-hint = إذا كتبت العنوان والوصف هنا، يراهما السكان بلغتهم. وإلا يرون النص الهولندي.
# Variables:
#   $language (String) - the language's own name
session-field-title-in = العنوان ({ $language })
# Variables:
#   $language (String) - the language's own name
session-field-description-in = الوصف ({ $language })
session-field-deadline-hint = اتركه فارغًا: عندها يمكن التسجيل حتى بداية اللقاء.

# Variables:
#   $taken (Number) - seats taken
#   $capacity (Number) - all seats
session-taken = الأماكن المحجوزة: { $taken } من أصل { $capacity }.
session-public-page = عرض الصفحة كما يراها السكان
session-csv = تنزيل القائمة (CSV)
session-attendees = التسجيلات
session-attendees-none = لم يسجّل أحد بعد.
session-attendee-deleted = (حساب محذوف)
session-attended-yes = حضر
session-attended-no = لم يحضر
session-attended-unknown = لم يُؤشَّر عليه بعد
session-check-in = حاضر
session-no-show = لم يأتِ

session-error-title-missing = اكتب عنوانًا.
session-error-title-long = العنوان طويل جدًا. استخدم 120 حرفًا كحد أقصى.
session-error-description-long = الوصف طويل جدًا. استخدم 4000 حرف كحد أقصى.
session-error-date-invalid = اكتب تاريخًا، مثلًا 2027-03-15.
session-error-time-skipped = هذا الوقت غير موجود في ذلك اليوم: تُقدَّم الساعة فيه ساعة واحدة. اختر وقتًا آخر.
session-error-date-past = هذا التاريخ مضى بالفعل. اختر يومًا في المستقبل.
session-error-duration = اكتب مدة من 15 إلى 600 دقيقة.
session-error-capacity = اكتب عدد أماكن من 1 إلى 500.
session-error-max-party = اكتب عدد أشخاص من 1 إلى 6.
session-error-deadline-after-start = يجب أن يُغلق التسجيل قبل بداية اللقاء.
session-error-place-missing = اكتب عنوانًا، أو رابطًا للمشاركة عبر الإنترنت.
session-error-url = الرابط يبدأ بـ https:// ولا يحتوي على مسافات.
session-error-languages-missing = اختر لغة واحدة على الأقل.
session-error-party = لا يمكنك الحضور إلى هذا اللقاء بهذا العدد من الأشخاص.
session-error-capacity-below-booked = عدد الأماكن المحجوزة أكبر من ذلك. اختر عدد أماكن أكبر.
session-error-message = اكتب رسالة من 1 إلى 2000 حرف.
session-error-series-order = يجب أن يأتي كل يوم في السلسلة بعد اليوم الذي قبله.
session-error-closed = لم يعد التسجيل ممكنًا: اللقاء بدأ، أو التسجيل مغلق، أو اللقاء لن يُعقد.

account-notice-booked = تم بنجاح. تم تسجيلك. ستصلك رسالة بريد إلكتروني فيها التفاصيل.
account-notice-waiting = أنت في قائمة الانتظار. هل أصبح هناك مكان شاغر؟ عندها تحصل عليه تلقائيًا، ونرسل إليك رسالة بريد إلكتروني.
account-notice-cancelled = تم إلغاء تسجيلك.
account-notice-session-created = تم نشر اللقاء على الموقع.
account-notice-checked-in = تم الحفظ.
account-notice-session-updated = تم حفظ التعديلات.
account-notice-session-cancelled = تم إلغاء اللقاء. تصل رسالة بريد إلكتروني إلى كل من كان قد سجّل.
account-notice-message-sent = يتم الآن إرسال رسالتك.
account-notice-alerts-on = ستصلك رسالة بريد إلكتروني عندما يكون هناك لقاء جديد.
account-notice-alerts-off = لن تصلك بعد الآن رسائل بريد إلكتروني عن اللقاءات الجديدة.
account-log-booked-session = التسجيل في لقاء
account-log-cancelled-booking = إلغاء التسجيل في لقاء

# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-confirmed-subject = تم تسجيلك: { $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-confirmed-body = مرحبًا،

    تم تسجيلك في اللقاء "{ $title }".

    متى: { $date }، الساعة { $time }
    أين: { $place }

    ستجد في المرفق الموعد لإضافته إلى تقويمك. لا تستطيع الحضور؟ إذن ألغِ تسجيلك، لكي يحصل شخص آخر على مكانك:

    { $link }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-waiting-subject = أنت في قائمة الانتظار: { $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-waiting-body = مرحبًا،

    اللقاء "{ $title }" بتاريخ { $date } ممتلئ. أنت في قائمة الانتظار.

    هل ألغى شخص ما تسجيله؟ عندها تحصل على المكان تلقائيًا، ونرسل إليك رسالة بريد إلكتروني.

    { $link }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-promoted-subject = يوجد مكان لك: { $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-promoted-body = مرحبًا،

    خبر سار: أصبح هناك مكان شاغر. أنت الآن مسجَّل في "{ $title }".

    متى: { $date }، الساعة { $time }
    أين: { $place }

    ستجد في المرفق الموعد لإضافته إلى تقويمك. لا تستطيع الحضور في النهاية؟ إذن ألغِ تسجيلك:

    { $link }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-reminder-subject = تذكير: { $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-reminder-body = مرحبًا،

    نذكّرك باللقاء "{ $title }".

    متى: { $date }، الساعة { $time }
    أين: { $place }

    لا تستطيع الحضور؟ إذن ألغِ تسجيلك، لكي يحصل شخص آخر على مكانك:

    { $link }

# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-changed-subject = تغيير في اللقاء: { $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-changed-body = مرحبًا،

    تغيّر اللقاء "{ $title }". هذه هي التفاصيل الجديدة:

    متى: { $date }، الساعة { $time }
    أين: { $place }

    لا تستطيع الحضور الآن؟ إذن ألغِ تسجيلك:

    { $link }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-cancelled-subject = اللقاء لن يُعقد: { $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-cancelled-body = مرحبًا،

    للأسف، اللقاء "{ $title }" بتاريخ { $date } لن يُعقد. لا تحتاج إلى فعل أي شيء.

    لتجد لقاءً آخر، انظر هنا:

    { $link }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
#   $message (String) - the consultant's own words
session-mail-message-subject = رسالة عن اللقاء: { $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
#   $message (String) - the consultant's own words
session-mail-message-body = مرحبًا،

    ترسل إليك البلدية رسالة عن اللقاء "{ $title }" بتاريخ { $date }:

    { $message }

    { $link }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-announced-subject = لقاء جديد: { $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-announced-body = مرحبًا،

    تنظّم بلديتك لقاءً جديدًا بلغتك: "{ $title }".

    متى: { $date }، الساعة { $time }
    أين: { $place }

    هل تريد الحضور؟ إذن سجّل فيه:

    { $link }

    لا تريد هذه الرسائل بعد الآن؟ أوقفها في "تسجيلاتي".

# "Wednesday 2 December 2026, 19:30 – 21:00"
# Variables:
#   $date (String) - the day, formatted for this locale
#   $time (String) - the time or the hours
session-date-time = { $date }، { $time }
# Between the names in a list (e.g. of languages), spaces included.
session-list-separator = { "، " }
