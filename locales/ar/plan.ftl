# My plan: a timeline from arrival to the deadline. Write at level B1.

plan-title = خطتي
plan-doc-title = خطتي – { -brand-name }
plan-lead = ضع خطة من الآن حتى موعدك النهائي. أدخل التواريخ التي تعرفها. عندها ترى متى يجب عليك أن تفعل كل شيء، وهل ساعاتك كافية.

plan-milestone-arrival = استلمت بطاقة إقامتك
plan-milestone-notice = رسالة من DUO: يجب عليك إتمام الاندماج المدني
plan-milestone-intake = المقابلة الشاملة في البلدية
plan-milestone-pip-due = في هذا الوقت على أبعد تقدير يجب أن يكون لديك PIP
plan-milestone-pip = أول PIP لك
plan-milestone-termijn-start = تبدأ سنواتك الثلاث
plan-milestone-lessons-start = بداية الدروس
plan-milestone-hours-600 = 600 ساعة من الدروس: يمكن مناقشة خفض المستوى إلى A2
plan-milestone-hours-800 = 800 ساعة من الدروس: عدد ساعات مسار Z
plan-milestone-lessons-end = نهاية الدروس (متوقّعة)
plan-milestone-exam-book-by = سجّل للامتحانات في هذا الوقت على أبعد تقدير، لكي يبقى لديك وقت لإعادة امتحان واحد
plan-milestone-exam-last-chance = آخر موعد للتسجيل للامتحانات
plan-milestone-extension-window = من الآن يمكنك أن تطلب من DUO وقتًا إضافيًا، إذا كان لديك سبب لذلك
plan-milestone-pvt-by = الانتهاء من برنامج إعلان المشاركة (PVT)
plan-milestone-map-by = الانتهاء من وحدة سوق العمل والمشاركة (MAP)
plan-milestone-termijn-end = الموعد النهائي: يجب أن يكون كل شيء قد انتهى
plan-milestone-repayment-start = تبدأ بسداد قرض DUO (إذا كنت قد اقترضت)
plan-milestone-naturalisation = يمكنك الحصول على الجنسية الهولندية (إذا كان شريك حياتك هولنديًا)
plan-milestone-permit = يمكنك الحصول على تصريح إقامة أقوى

plan-official = من رسالتك
plan-estimated = تقديري
plan-uncertain = غير مؤكد

plan-phase-start = البداية
plan-phase-learning = التعلّم
plan-phase-finish = الامتحانات والموعد النهائي
plan-phase-after = بعد ذلك

# $date (String)
plan-today = اليوم، { $date }
# $title (String) - title of the meeting
plan-session = لقاء: { $title }
plan-warnings-title = انتبه
plan-warning-no-hours = خطّطت لـ 0 ساعة في الأسبوع. بهذا لن تنتهي دروسك أبدًا. خطّط لعدد من الساعات في الأسبوع.
plan-warning-cannot-reach = بهذا العدد من الساعات في الأسبوع لن تكون جاهزًا للامتحانات في الوقت المحدد. خطّط لساعات أكثر في الأسبوع، أو ابدأ في وقت أبكر.
plan-warning-no-retake-room = ستكون جاهزًا للامتحانات في الوقت المحدد بالضبط، لكن لن يبقى وقت لإعادة امتحان. خطّط لساعات أكثر في الأسبوع إن أمكن.
# $months (Number)
plan-warning-late-start = لديك PIP منذ أكثر من { $months ->
    [zero] { $months } شهر
    [one] شهر واحد
    [two] شهرين
    [few] { $months } أشهر
    [many] { $months } شهرًا
   *[other] { $months } شهر
}، ولم تبدأ الدروس بعد. ابدأ في أقرب وقت ممكن.
# $hours (Number)
plan-warning-step-down-keurmerk = لا تستطيع الوصول إلى B1؟ لا يمكن خفض المستوى إلى A2 إلا بعد { $hours ->
    [zero] { $hours } ساعة
    [one] ساعة واحدة
    [two] ساعتين
    [few] { $hours } ساعات
    [many] { $hours } ساعة
   *[other] { $hours } ساعة
} من الدروس في مدرسة تحمل علامة الجودة من Blik op Werk.

# $name (String) - name of the school
plan-school = مدرستك: { $name }. أدخلنا عدد الساعات وتاريخ البداية لهذه المدرسة.
plan-dates-title = تواريخك
plan-dates-hint = أدخل ما تعرفه. هل التاريخ مكتوب في رسالة؟ انقل هذا التاريخ. لا تعرفه؟ اترك الحقل فارغًا.
plan-field-arrival = تاريخ استلامك لبطاقة إقامتك
plan-field-notice = تاريخ رسالة DUO
plan-field-intake = تاريخ المقابلة الشاملة
plan-field-pip = تاريخ أول PIP لك
plan-field-pip-hint = ليس لديك PIP بعد؟ اترك هذا الحقل فارغًا.
plan-field-termijn-end = الموعد النهائي المذكور في رسالة من DUO
plan-field-termijn-end-hint = غير إلزامي. هذا التاريخ له الأولوية على حسابنا.
plan-lessons-title = دروسك
plan-field-route = مسارك
plan-route-b1 = مسار B1
plan-route-z = مسار Z
plan-route-education = مسار التعليم
plan-field-target-hours = كم ساعة من الدروس تخطّط لها؟
plan-field-target-hours-hint = في مسار Z هي 800 ساعة. بالنسبة لمسار B1 لا يحدّد القانون عددًا: اسأل مدرستك.
plan-field-lessons-start = بداية الدروس
plan-field-hours-per-week = ساعات الدروس في الأسبوع
# $max (Number)
plan-field-hours-per-week-hint = الحدّ الأقصى: { $max ->
    [zero] { $max } ساعة
    [one] ساعة واحدة
    [two] ساعتان
    [few] { $max } ساعات
    [many] { $max } ساعة
   *[other] { $max } ساعة
}.
plan-field-weeks-off = أسابيع في السنة بدون دروس (عطلة)
plan-progress-title = ما أنجزته حتى الآن
plan-progress-hint = اكتب لكل شهر عدد ساعات الدروس التي حضرتها. تريد إدخال أشهر أكثر؟ اضغط على "احسب خطتي": عندها تُضاف أسطر فارغة.
# $n (Number) - line number
plan-field-month = الشهر { $n }
# $n (Number)
plan-field-month-hours = ساعات الدروس في الشهر { $n }
plan-field-exams-passed = نجحت في كل امتحانات مساري
plan-field-dutch-partner = شريك حياتي يحمل الجنسية الهولندية
plan-submit = احسب خطتي
plan-timeline-title = جدولك الزمني
# $left (Number) - lesson hours still to go; $average (String) - average number of hours per week
plan-summary = ما زال أمامك { $left ->
    [zero] { $left } ساعة
    [one] ساعة واحدة
    [two] ساعتان
    [few] { $left } ساعات
    [many] { $left } ساعة
   *[other] { $left } ساعة
} من الدروس. مع احتساب العطل، هذا يعني في المتوسط { $average } ساعة في الأسبوع.
plan-calendar = إضافة إلى تقويمي (.ics)
plan-print = طباعة
plan-save = حفظ في حسابي
plan-save-sign-in = سجّل الدخول لكي تحفظ خطتك. يمكنك أيضًا حفظ رابط هذه الصفحة.
plan-disclaimer = هذه خطة، وليست قرارًا. التواريخ التقديرية قد تكون مختلفة. التواريخ المذكورة في رسائل DUO والبلدية إليك لها الأولوية دائمًا.

plan-print-back = العودة إلى خطتي
plan-print-title = اندماجي المدني: التواريخ المهمة
# $date (String)
plan-print-made = أُعدّت في { $date }.
plan-print-date = التاريخ
plan-print-what = ماذا
plan-print-how = مدى التأكد
plan-checklist-title = للتذكير
plan-checklist-school = اختر مدرسة لغة. تريد الاقتراض من DUO؟ في هذه الحالة اختر مدرسة تحمل علامة الجودة.
plan-checklist-hours = خطّط كل أسبوع لساعات تتعلّم فيها، حتى إذا كنت تعمل.
plan-checklist-pvt = أكمل برنامج إعلان المشاركة (PVT). البرنامج مجاني.
plan-checklist-map = أكمل وحدة MAP عن العمل في هولندا. الوحدة مجانية. (ليست في مسار التعليم.)
plan-checklist-exams = سجّل للامتحانات في الوقت المناسب. إعادة امتحان تحتاج إلى وقت.
plan-checklist-help = لديك أسئلة؟ اتصل بالمسؤول عن متابعة ملفك في البلدية (regievoerder) أو أرسل إليه بريدًا إلكترونيًا.

plan-error-date = اختر تاريخًا.
plan-error-notice-before-arrival = رسالة DUO تأتي بعد استلام بطاقة إقامتك. تحقّق من التواريخ مرة أخرى.
plan-error-pip-before-notice = PIP الخاص بك يأتي بعد رسالة DUO. تحقّق من التواريخ مرة أخرى.
plan-error-intake-after-pip = المقابلة الشاملة تكون قبل PIP. تحقّق من التواريخ مرة أخرى.
plan-error-end-before-pip = الموعد النهائي يكون بعد تاريخ PIP الخاص بك. تحقّق من التاريخ مرة أخرى.
plan-error-hours = اكتب عددًا صحيحًا من الساعات، مثلًا 9.
plan-error-hours-too-many = لا يمكن أكثر من 40 ساعة في الأسبوع. اختر عددًا أقل من الساعات.
plan-error-target = اكتب عدد ساعات الدروس من 1 إلى 3000.
plan-error-weeks-off = اكتب عدد الأسابيع من 0 إلى 26.
plan-error-progress-month = اختر شهرًا انتهى أو شهرًا جاريًا الآن.
plan-error-progress-hours = اكتب عدد الساعات في هذا الشهر من 0 إلى 200.
plan-error-progress-total = أدخلت ساعات أكثر مما تخطّط له. اجعل عدد ساعات الدروس المخطّط لها أكبر، أو تحقّق من الساعات.
account-notice-plan-saved = تم حفظ خطتك في حسابك.
school-plan-link = استخدام { $name } في خطتي
plan-live-hours = شريط التمرير: ساعات الدروس في الأسبوع
plan-live-start = شريط التمرير: متى تبدأ؟
# $months (Number) - in how many months the lessons start
plan-live-start-months = { $months ->
    [0] الآن
    [zero] بعد { $months } شهر
    [one] بعد شهر واحد
    [two] بعد شهرين
    [few] بعد { $months } أشهر
    [many] بعد { $months } شهرًا
   *[other] بعد { $months } شهر
}
plan-live-end = نهاية الدروس:
plan-live-never = لن تنتهي أبدًا، مع 0 ساعة في الأسبوع
