# The result of the obligations check ("What must I do?").
# Every statement is one message. Amounts are whole euros, dates are already formatted.

obl-result-doc-title = نتيجتك – { -brand-name }
obl-result-title = نتيجتك

# Variables:
#   $status (String) - obligated, not_obligated, not_sure or not_for_this_portal
obl-status = { $status ->
    [obligated] يجب عليك إتمام الاندماج المدني.
    [not_obligated] لا يجب عليك إتمام الاندماج المدني.
    [not_for_this_portal] تنطبق عليك قواعد أخرى.
   *[not_sure] لا نعرف ذلك بشكل مؤكد بعد.
}

# Variables:
#   $law (String) - wi2021, wi2013, none or unknown
obl-law = { $law ->
    [wi2021] ينطبق عليك قانون الاندماج المدني لعام 2021 (Wet inburgering 2021).
    [wi2013] ينطبق عليك القانون القديم: قانون الاندماج المدني لعام 2013 (Wet inburgering 2013).
    [none] لا ينطبق عليك أي قانون للاندماج المدني.
   *[unknown] لا نعرف بعد أي قانون ينطبق عليك: قانون عام 2013 أم قانون عام 2021.
}

# Variables:
#   $group (String) - gezinsmigrant, overige_migrant, nareiziger, none or unknown
obl-group = { $group ->
    [gezinsmigrant] أنت مهاجر بغرض لمّ شمل الأسرة (gezinsmigrant): جئت إلى هولندا للعيش مع شريك حياتك أو عائلتك.
    [overige_migrant] أنت من فئة المهاجرين الآخرين (overige migranten). تنطبق عليك نفس القواعد التي تنطبق على المهاجرين بغرض لمّ شمل الأسرة.
    [nareiziger] أنت قادم لاحق بلمّ الشمل (nareiziger): أي أنك من عائلة شخص لديه تصريح لجوء.
    [none] { "" }
   *[unknown] لا نعرف بعد إلى أي فئة تنتمي.
}

obl-section-reasons = لماذا؟
obl-section-check = ما يجب عليك التحقق منه بعد
obl-section-parts = ماذا يجب عليك أن تفعل؟
obl-section-deadline = متى يجب أن تنتهي منه؟
obl-section-money = كم يكلّف ذلك؟
obl-section-residence = تصريح إقامتك
obl-section-referent = لشريك حياتك
obl-section-exemptions = الإعفاء (vrijstelling) ورفع الواجب (ontheffing)

obl-part-title-intake = المقابلة الشاملة واختبار القدرة على التعلّم
obl-part-title-pip = خطتك: PIP
obl-part-title-route-choice = مسار التعلّم الخاص بك
obl-part-title-route-b1 = مسار B1 (B1-route)
obl-part-title-route-z = مسار Z (Z-route)
obl-part-title-route-education = مسار التعليم (onderwijsroute)
obl-part-title-knm = معرفة المجتمع الهولندي (KNM)
obl-part-title-pvt = برنامج إعلان المشاركة (PVT)
obl-part-title-map = وحدة سوق العمل والمشاركة (MAP)
obl-part-title-done = متى تكون قد انتهيت؟
obl-part-explain = ماذا تعني هذه الكلمة؟

## Reasons

obl-reason-eu = لديك جنسية دولة في الاتحاد الأوروبي أو المنطقة الاقتصادية الأوروبية، أو جنسية سويسرا. في هذه الحالة لا يجب عليك إتمام الاندماج المدني.
obl-reason-non-eu = ليست لديك جنسية دولة في الاتحاد الأوروبي أو المنطقة الاقتصادية الأوروبية، ولا جنسية سويسرا.
obl-reason-temporary-own = أنت تعيش هنا لغرض مؤقت، مثل الدراسة أو العمل. في هذه الحالة لا يجب عليك إتمام الاندماج المدني.
obl-reason-referent-temporary = شريك حياتك يعيش هنا لغرض مؤقت، مثل الدراسة أو العمل. في هذه الحالة لا يجب عليك إتمام الاندماج المدني.
obl-reason-referent-ok = شريك حياتك يحمل الجنسية الهولندية، أو لديه تصريح إقامة لغرض غير مؤقت.
obl-reason-clergy = أنت تعمل في الخدمة الدينية (geestelijk bedienaar)، مثلًا كإمام أو قسّ. يجب عليك إتمام الاندماج المدني، مثل المهاجرين بغرض لمّ شمل الأسرة.
obl-reason-humanitarian = لديك تصريح إقامة إنساني لغرض غير مؤقت. يجب عليك إتمام الاندماج المدني، مثل المهاجرين بغرض لمّ شمل الأسرة.
obl-reason-nareiziger = جئت إلى هولندا للالتحاق بعائلتك التي لديها تصريح لجوء. في هذه الحالة أنت قادم لاحق بلمّ الشمل (nareiziger). البلدية تنظّم اندماجك المدني وتدفع تكاليفه. لذلك هذا الموقع ليس مخصصًا لك. اطلب المساعدة من بلديتك أو من VluchtelingenWerk.

# Variables:
#   $age (Number) - the age at which the obligation starts
obl-reason-age-under = كان عمرك أقل من { $age } عامًا. في هذه الحالة لا يجب عليك إتمام الاندماج المدني بعد.

# Variables:
#   $min (Number) - the age at which the obligation starts
obl-reason-age-ok = عمرك { $min } عامًا أو أكثر، وأقل من سن التقاعد الحكومي (AOW).

# Variables:
#   $age (Number) - the state pension (AOW) age
obl-reason-age-aow = كنت قد بلغت بالفعل سن التقاعد الحكومي (AOW)، وهو { $age } عامًا. في هذه الحالة لا يجب عليك إتمام الاندماج المدني.
obl-reason-turkish-before = لديك الجنسية التركية، وكان واجب الاندماج المدني سيبدأ عندك قبل عام 2022. في ذلك الوقت لم يكن على المهاجرين الأتراك بغرض لمّ شمل الأسرة إتمام الاندماج المدني.
obl-reason-turkish-after = لديك الجنسية التركية. منذ 1 يناير 2022، يجب على المهاجرين الأتراك بغرض لمّ شمل الأسرة أيضًا إتمام الاندماج المدني.

# Variables:
#   $years (Number) - years of schooling in the Netherlands
obl-reason-schooling = عشت في هولندا لمدة { $years ->
    [zero] { $years } سنة
    [one] سنة واحدة
    [two] سنتين
    [few] { $years } سنوات
    [many] { $years } سنة
   *[other] { $years } سنة
} أو أكثر عندما كنت في سن التعليم الإلزامي. في هذه الحالة لا يجب عليك إتمام الاندماج المدني.

# Variables:
#   $weeks (Number) - how long DUO takes to decide
obl-reason-diploma = لديك شهادة دراسية هولندية. في هذه الحالة تحصل عادةً على إعفاء. قدّم طلب الإعفاء لدى DUO. تتخذ DUO قرارها خلال { $weeks ->
    [zero] { $weeks } أسبوع
    [one] أسبوع واحد
    [two] أسبوعين
    [few] { $weeks } أسابيع
    [many] { $weeks } أسبوعًا
   *[other] { $weeks } أسبوع
}.
obl-reason-wi2021 = بدأ واجب الاندماج المدني عندك في 1 يناير 2022 أو بعد هذا التاريخ.
obl-reason-wi2013 = بدأ واجب الاندماج المدني عندك قبل 1 يناير 2022. في هذه الحالة ينطبق القانون القديم، وله قواعد أخرى. اسأل DUO عمّا ينطبق عليك.

## What to check

obl-check-nationality = لست متأكدًا أي جنسية تُحتسب؟ انظر في جواز سفرك.
obl-check-purpose = انظر إلى بطاقة إقامتك. الغرض من إقامتك مكتوب عليها. لا تعرفه؟ اسأل IND.
obl-check-referent = اسأل شريك حياتك عن جنسيته أو عن نوع تصريح إقامته. هل هو تصريح لغرض مؤقت، مثل الدراسة أو العمل؟ في هذه الحالة لا يجب عليك إتمام الاندماج المدني.
obl-check-birth-date = عمرك مهم: الواجب يسري من عمر 16 عامًا حتى سن التقاعد الحكومي (AOW).

# Variables:
#   $age (Number) - the age until which school usually comes first
obl-check-school-age = عمرك أقل من { $age } عامًا. هل ما زلت تذهب إلى المدرسة؟ في هذه الحالة يبدأ واجب الاندماج المدني عندك عادةً في وقت لاحق، عندما يصبح عمرك { $age } عامًا. اسأل DUO عن ذلك.

# Variables:
#   $age (Number) - the state pension (AOW) age used here
obl-check-aow = نحن نحسب على أساس أن سن التقاعد الحكومي (AOW) هو { $age } عامًا. هذا السن ليس نفسه لكل الناس. انظر في موقع SVB الإلكتروني.
obl-check-diploma = هل لديك شهادة دراسية هولندية، مثل vmbo أو havo أو vwo أو mbo من المستوى 2 أو أعلى؟ في هذه الحالة يمكنك الحصول على إعفاء. اسأل DUO عن ذلك.

# Variables:
#   $years (Number) - years of schooling in the Netherlands
obl-check-schooling = هل عشت في هولندا لمدة { $years ->
    [zero] { $years } سنة
    [one] سنة واحدة
    [two] سنتين
    [few] { $years } سنوات
    [many] { $years } سنة
   *[other] { $years } سنة
} أو أكثر عندما كنت في سن التعليم الإلزامي؟ في هذه الحالة لا يجب عليك إتمام الاندماج المدني. اسأل DUO عن ذلك.
obl-check-pass-date = التاريخ الذي بدأ فيه واجبك هو الذي يُحتسب. تجده في رسالة DUO. بالنسبة للمهاجرين بغرض لمّ شمل الأسرة، هو عادةً اليوم الذي استلمت فيه بطاقة إقامتك.

## Parts

obl-part-intake = تدعوك البلدية إلى مقابلة: المقابلة الشاملة (brede intake). في هذه المقابلة تتحدث عن تعليمك وعملك ووضعك. يجب عليك الذهاب إلى هذه المقابلة.
obl-part-lbt = جزء من المقابلة هو اختبار القدرة على التعلّم (leerbaarheidstoets). هذا اختبار على الكمبيوتر. لا تحتاج إلى معرفة اللغة الهولندية لهذا الاختبار.
obl-part-alone = يمكنك إجراء المقابلة وحدك، بدون شريك حياتك. ويمكنك أيضًا أن تصطحب شخصًا معك.
obl-part-pip = بعد المقابلة تضع البلدية خطتك الشخصية: PIP. فيها مسار التعلّم الخاص بك. هل أنت غير موافق عليها؟ في هذه الحالة يمكنك تقديم اعتراض (bezwaar maken).

# Variables:
#   $weeks (Number) - weeks within which the municipality makes the PIP
obl-part-pip-weeks = يجب على البلدية وضع PIP خلال { $weeks ->
    [zero] { $weeks } أسبوع
    [one] أسبوع واحد
    [two] أسبوعين
    [few] { $weeks } أسابيع
    [many] { $weeks } أسبوعًا
   *[other] { $weeks } أسبوع
} بعد رسالة DUO.
obl-part-route-choice = تختار البلدية مسار التعلّم الخاص بك في PIP. تجد المسارات الثلاثة في الأسفل.
obl-part-route-b1 = في مسار B1 (B1-route) تتعلم اللغة الهولندية بمستوى B1. تقدّم امتحانات في القراءة والاستماع والكتابة والمحادثة، وامتحان KNM. لا يوجد حد أدنى لعدد ساعات الدروس.

# Variables:
#   $hours (Number) - lesson hours needed before stepping down
#   $percent (Number) - minimum share of those hours in a classroom
obl-part-route-a2 = لا تستطيع الوصول إلى مستوى B1؟ في هذه الحالة ربما يمكنك الانتقال إلى مستوى A2. لكن يجب عليك أولًا أن تكون قد حضرت { $hours ->
    [zero] { $hours } ساعة
    [one] ساعة واحدة
    [two] ساعتين
    [few] { $hours } ساعات
    [many] { $hours } ساعة
   *[other] { $hours } ساعة
} من الدروس في مدرسة تحمل علامة الجودة من Blik op Werk، ويجب أن يكون { $percent } بالمئة منها على الأقل في الصف. ويجب أن يوافق على ذلك المسؤول عن متابعتك في البلدية (regievoerder).

# Variables:
#   $hours (Number) - lesson hours of the Z-route
obl-part-route-z = في مسار Z (Z-route) تحضر { $hours ->
    [zero] { $hours } ساعة
    [one] ساعة واحدة
    [two] ساعتين
    [few] { $hours } ساعات
    [many] { $hours } ساعة
   *[other] { $hours } ساعة
} من الدروس في مدرسة تحمل علامة الجودة من Blik op Werk. لا يجب عليك تقديم امتحان. في النهاية تُجري مقابلة في البلدية.
obl-part-route-education = مسار التعليم (onderwijsroute) مخصص بشكل خاص للشباب. تشارك في برنامج لغوي انتقالي (taalschakeltraject) في مدرسة أو مؤسسة تعليمية. بعد ذلك يمكنك متابعة الدراسة في mbo أو hbo أو في الجامعة.

# Variables:
#   $route (String) - b1, z, education or unknown
obl-part-knm = { $route ->
    [z] في مسار Z تحصل على دروس عن المجتمع الهولندي. الامتحان ليس إلزاميًا.
   *[other] تتعلم عن المجتمع الهولندي وتقدّم امتحانًا في ذلك: KNM. في مسار Z تحصل على الدروس فقط.
}

# Variables:
#   $hours (Number) - minimum hours of the PVT
obl-part-pvt = تنظّم البلدية برنامج إعلان المشاركة (participatieverklaringstraject). تتعلم فيه عن أهم القيم في هولندا. يستغرق البرنامج { $hours ->
    [zero] { $hours } ساعة
    [one] ساعة واحدة
    [two] ساعتين
    [few] { $hours } ساعات
    [many] { $hours } ساعة
   *[other] { $hours } ساعة
} على الأقل، وهو مجاني. في النهاية توقّع على إعلان المشاركة (participatieverklaring).

# Variables:
#   $hours (Number) - minimum hours of the practical part of the MAP
obl-part-map = في MAP تتعلم عن العمل في هولندا. فيها جزء عملي لمدة { $hours ->
    [zero] { $hours } ساعة
    [one] ساعة واحدة
    [two] ساعتين
    [few] { $hours } ساعات
    [many] { $hours } ساعة
   *[other] { $hours } ساعة
} على الأقل. البلدية تنظّم ذلك وتدفع تكاليفه.
obl-part-no-map = في مسار التعليم لا يجب عليك القيام بـ MAP. تحصل على إرشاد في دراستك وفي اختيار مهنتك.
obl-part-done = تكون قد انتهيت عندما تكمل مسار التعلّم الخاص بك، وأيضًا PVT و MAP. الإعفاء (vrijstelling) أو رفع الواجب (ontheffing) يُحتسب أيضًا.

## Deadline

# Variables:
#   $start (String) - formatted date the termijn starts
#   $end (String) - formatted date the termijn ends
#   $years (Number) - length of the termijn in years
obl-deadline-known = بدأت مهلتك (termijn) في { $start }. لديك مدة { $years ->
    [zero] { $years } سنة
    [one] سنة واحدة
    [two] سنتين
    [few] { $years } سنوات
    [many] { $years } سنة
   *[other] { $years } سنة
}: حتى { $end }، وهذا اليوم محسوب أيضًا.
obl-deadline-official = هذا حسابنا نحن. التاريخ المذكور في رسالة DUO هو الذي يُحتسب دائمًا.

# Variables:
#   $from (String) - formatted date from which extra time can be asked
#   $months (Number) - minimum months of delay
obl-deadline-extension = لا تستطيع الانتهاء في الوقت المحدد، مثلًا بسبب مرض لمدة { $months ->
    [zero] { $months } شهر
    [one] شهر واحد
    [two] شهرين
    [few] { $months } أشهر
    [many] { $months } شهرًا
   *[other] { $months } شهر
} أو أكثر؟ ابتداءً من { $from } يمكنك أن تطلب من DUO وقتًا إضافيًا.

# Variables:
#   $years (Number) - length of the termijn in years
obl-deadline-after-pip = لديك مدة { $years ->
    [zero] { $years } سنة
    [one] سنة واحدة
    [two] سنتين
    [few] { $years } سنوات
    [many] { $years } سنة
   *[other] { $years } سنة
}. تبدأ هذه المدة في اليوم التالي لتاريخ أول PIP لك.

# Variables:
#   $months (Number) - the last months in which extra time can be asked
obl-deadline-extension-later = في { $months ->
    [zero] آخر { $months } شهر
    [one] الشهر الأخير
    [two] آخر شهرين
    [few] آخر { $months } أشهر
    [many] آخر { $months } شهرًا
   *[other] آخر { $months } شهر
}، يمكنك أن تطلب من DUO وقتًا إضافيًا إذا كان لديك سبب وجيه.

## Money

obl-money-pay = تدفع تكاليف مدرسة اللغة والامتحانات بنفسك. برنامج PVT ووحدة MAP مجانيان.

# Variables:
#   $fee (Number) - euros per exam
#   $count (Number) - number of exams
#   $total (Number) - euros for all exams once
#   $as_of (String) - formatted date the price was checked
obl-money-exams = كل امتحان يكلّف { $fee } €. في مسار B1 يوجد { $count ->
    [zero] { $count } امتحان
    [one] امتحان واحد
    [two] امتحانان
    [few] { $count } امتحانات
    [many] { $count } امتحانًا
   *[other] { $count } امتحان
}: المجموع { $total } €. هل تقدّم امتحانًا مرة أخرى؟ في هذه الحالة تدفع مرة أخرى. (السعر بتاريخ { $as_of }.)

# Variables:
#   $max (Number) - maximum loan in euros
obl-money-loan = يمكنك اقتراض المال من DUO، حتى { $max } €. هذا ممكن فقط لمدرسة تحمل علامة الجودة من Blik op Werk. المبلغ الذي يمكنك اقتراضه يعتمد على دخلك ودخل شريك حياتك.

# Variables:
#   $months (Number) - months after finishing when repayment starts
#   $years (Number) - years of repayment
obl-money-repay = تسدّد القرض مع الفائدة. يبدأ السداد بعد { $months ->
    [zero] { $months } شهر
    [one] شهر واحد
    [two] شهرين
    [few] { $months } أشهر
    [many] { $months } شهرًا
   *[other] { $months } شهر
} من انتهائك، ويستمر لمدة { $years ->
    [zero] { $years } سنة
    [one] سنة واحدة
    [two] سنتين
    [few] { $years } سنوات
    [many] { $years } سنة
   *[other] { $years } سنة
}.
obl-money-no-cancel = هل انتهيت في الوقت المحدد؟ مع ذلك يجب عليك سداد القرض.
obl-money-other = بعض البلديات تعيد لك تكاليف المواصلات. ربما تحصل على بدل رعاية الأطفال (kinderopvangtoeslag). هذا غير مؤكد: اسأل بلديتك.

## Residence

obl-residence-requirement = فقط بعد أن تنتهي من الاندماج المدني، يمكنك الحصول على تصريح إقامة دائم (لمدة غير محددة) أو على تصريح إقامة مستقل خاص بك، أو الحصول على الجنسية الهولندية.

# Variables:
#   $years (Number) - years married to or living with a Dutch partner
obl-residence-naturalisation = شريك حياتك يحمل الجنسية الهولندية. في هذه الحالة يمكنك الحصول على الجنسية الهولندية بعد { $years ->
    [zero] { $years } سنة
    [one] سنة واحدة
    [two] سنتين
    [few] { $years } سنوات
    [many] { $years } سنة
   *[other] { $years } سنة
} من الزواج أو العيش معًا. لكن يجب أن تكون قد انتهيت من الاندماج المدني في ذلك الوقت.

# Variables:
#   $years (Number) - years before an independent or permanent permit
obl-residence-permit = بعد { $years ->
    [zero] { $years } سنة
    [one] سنة واحدة
    [two] سنتين
    [few] { $years } سنوات
    [many] { $years } سنة
   *[other] { $years } سنة
} يمكنك أن تطلب تصريح إقامة مستقلًا خاصًا بك أو تصريح إقامة دائمًا. لكن يجب أن تكون قد انتهيت من الاندماج المدني في ذلك الوقت.
obl-residence-turkish = يوجد استثناء للأشخاص الذين يحملون الجنسية التركية ولعائلاتهم: لا يلزمهم إتمام الاندماج المدني للحصول على تصريح إقامة أقوى. لكن واجب الاندماج المدني نفسه يبقى ساريًا.
obl-residence-dependent = تصريح إقامتك مرتبط بتصريح إقامة شريك حياتك. وهو صالح لمدة 5 سنوات كحد أقصى.

## Referent

obl-referent-inform = يجب على شريك حياتك إبلاغ IND بالتغييرات. مثلًا إذا لم تعودا تعيشان معًا، أو إذا أصبح الدخل منخفضًا جدًا.
obl-referent-admin = يجب على شريك حياتك الاحتفاظ بالأوراق المتعلقة بعلاقتكما وبالدخل.
obl-referent-sanctions = لم يفعل شريك حياتك ذلك؟ في هذه الحالة يمكن أن تصدر IND إنذارًا أو غرامة.
obl-referent-intake = يمكن لشريك حياتك أحيانًا أن يحضر معك المقابلات في البلدية. لكن يمكنك أيضًا الذهاب وحدك.

## Exemptions

obl-exempt-diploma = هل لديك شهادة دراسية هولندية؟ في هذه الحالة يمكنك الحصول على إعفاء (vrijstelling). قدّم طلب الإعفاء لدى DUO.

# Variables:
#   $years (Number) - years of schooling in the Netherlands
obl-exempt-schooling = هل عشت في هولندا لمدة { $years ->
    [zero] { $years } سنة
    [one] سنة واحدة
    [two] سنتين
    [few] { $years } سنوات
    [many] { $years } سنة
   *[other] { $years } سنة
} أو أكثر عندما كنت في سن التعليم الإلزامي؟ في هذه الحالة لا يجب عليك إتمام الاندماج المدني.
obl-exempt-medical = هل لن تستطيع أبدًا أن تفي بالواجب بسبب مرض أو إعاقة؟ في هذه الحالة يمكنك أن تطلب من DUO رفع الواجب (ontheffing). عندها ينظر طبيب في وضعك.
obl-exempt-no-effort-release = رفع الواجب (ontheffing) لأنك درست بجد ولكنك لم تنجح لم يعد موجودًا. لهذه الحالة يوجد الآن مسار Z.

## Sources and certainty

obl-source-summary = المصدر ومدى التأكد

# Variables:
#   $rule (String) - rule id, e.g. R2.1
obl-source-rule = القاعدة { $rule }

# Variables:
#   $confidence (String) - confirmed, source-text, secondary or uncertain
obl-confidence = { $confidence ->
    [confirmed] مدى التأكد: مؤكَّد من مصدر رسمي.
    [source-text] مدى التأكد: مذكور في دليل Divosa (handreiking).
    [secondary] مدى التأكد: موجود في مصادر أخرى فقط. يُرجى التحقق من ذلك.
   *[uncertain] مدى التأكد: غير مؤكَّد. يُرجى التحقق من ذلك.
}

# Variables:
#   $date (String) - formatted date the rule was last checked
obl-source-checked = تم التحقق في { $date }.
obl-uncertain-label = غير مؤكَّد

# Variables:
#   $authority (String) - duo, ind, municipality or svb
obl-check-with = { $authority ->
    [duo] يُرجى الاستفسار عن ذلك لدى DUO.
    [ind] يُرجى الاستفسار عن ذلك لدى IND.
    [svb] يُرجى الاستفسار عن ذلك لدى SVB.
   *[municipality] يُرجى الاستفسار عن ذلك لدى بلديتك.
}

# Variables:
#   $date (String) - formatted date the rules were last checked
obl-rules-checked = تم التحقق من القواعد في هذه الصفحة في { $date }.
obl-share-label = رابط هذه النتيجة
obl-share-help = احفظ هذا الرابط أو شاركه. إجاباتك موجودة في الرابط. نحن لا نحفظ أي شيء.
obl-change-answers = تغيير الإجابات
obl-print-help = يمكنك طباعة هذه الصفحة. استخدم لذلك قائمة المتصفح.
obl-save-submit = حفظ في حسابي
