# The step-by-step check: one question per screen. Every question has an "I don't know" answer.

check-doc-title = ماذا يجب عليّ أن أفعل؟ – { -brand-name }
check-intro = أجب عن بعض الأسئلة القصيرة. بعدها سترى ما يجب عليك فعله للاندماج المدني، وقبل أي تاريخ. لا تحتاج إلى حساب. نحن لا نحفظ إجاباتك.
check-start = بدء الأسئلة
check-glossary-link = قائمة الكلمات: ماذا تعني هذه الكلمات؟

# Variables:
#   $step (Number) - number of this question
#   $total (Number) - number of questions
check-progress = السؤال { $step } من { $total }
check-next = التالي
check-back = السؤال السابق
check-unknown = لا أعرف
check-not-yet = ليس بعد
check-date-hint = اكتب التاريخ باليوم والشهر والسنة.
check-see-result = عرض النتيجة

check-q-nationality = ما هي جنسيتك؟
check-q-nationality-help = هل لديك جنسيتان، وإحداهما جنسية دولة في الاتحاد الأوروبي؟ في هذه الحالة اختر الإجابة الأولى.
check-a-nationality-eu = دولة في الاتحاد الأوروبي (EU) أو المنطقة الاقتصادية الأوروبية، أو سويسرا
check-a-nationality-turkish = تركيا
check-a-nationality-other = دولة أخرى

check-q-purpose = لماذا تعيش في هولندا؟
check-q-purpose-help = الغرض من إقامتك مكتوب على بطاقة إقامتك.
check-a-purpose-partner = أعيش مع شريك حياتي أو عائلتي
check-a-purpose-refugee_family = عائلتي لديها تصريح لجوء، وأنا جئت لاحقًا
check-a-purpose-clergy = أعمل في الخدمة الدينية، مثلًا كإمام أو حاخام أو قسّ
check-a-purpose-humanitarian = لديّ تصريح إقامة إنساني لغرض غير مؤقت
check-a-purpose-temporary = أعيش هنا للدراسة أو العمل

check-q-referent = ما نوع إقامة شريك حياتك في هولندا؟
check-q-referent-help = شريك حياتك هو الشخص الذي جئت للعيش معه.
check-a-referent-dutch = شريك حياتي يحمل الجنسية الهولندية
check-a-referent-non_temporary = شريك حياتي لديه تصريح إقامة لغرض غير مؤقت، مثلًا تصريح لمدة غير محددة
check-a-referent-temporary = شريك حياتي هنا للدراسة أو العمل، لغرض مؤقت

check-q-birth_date = ما هو تاريخ ميلادك؟
check-q-birth_date-help = الواجب يسري من عمر 16 عامًا حتى سن التقاعد الحكومي (AOW).

check-q-pass_date = متى استلمت بطاقة إقامتك؟
check-q-pass_date-help = هل لديك رسالة من DUO عن الاندماج المدني؟ في هذه الحالة اكتب التاريخ المذكور في تلك الرسالة.

check-q-diploma = هل لديك شهادة دراسية هولندية؟
check-q-diploma-help = مثلًا vmbo أو havo أو vwo أو mbo من المستوى 2 أو أعلى، أو دراسة في hbo أو في الجامعة باللغة الهولندية.

check-q-schooling = هل عشت في هولندا 8 سنوات أو أكثر عندما كان عمرك بين 5 و16 سنة؟
check-q-schooling-help = في هذه السنوات يجب على الأطفال في هولندا الذهاب إلى المدرسة.

check-q-pip_date = ما هو تاريخ أول PIP لك؟
check-q-pip_date-help = PIP تعني الخطة الشخصية للاندماج المدني والمشاركة (persoonlijk plan inburgering en participatie). تحصل عليها من البلدية، بعد المقابلة الشاملة (brede intake). التاريخ مكتوب في الأعلى.

check-q-route = ما هو مسار التعلّم المذكور في PIP الخاص بك؟
check-a-route-b1 = مسار B1
check-a-route-z = مسار Z
check-a-route-education = مسار التعليم

check-a-yes = نعم
check-a-no = لا

check-answers-heading = إجاباتك
check-change = تغيير

## Errors at a field. Everything the person typed stays in the form.

check-error-heading = هناك شيء غير صحيح. انظر إلى السؤال في الأسفل.
check-error-unknown_choice = اختر إحدى الإجابات.
check-error-not_a_date = اكتب تاريخًا موجودًا فعلًا.
check-error-too_early = هذا التاريخ قديم جدًا. تحقّق من أن السنة صحيحة.
check-error-in_the_future = هذا التاريخ في المستقبل. اكتب تاريخًا قد مضى.
check-error-before_birth = هذا التاريخ قبل تاريخ ميلادك. تحقّق من أن التاريخ صحيح.
check-error-pip_before_pass = لا يمكن أن يكون تاريخ PIP قبل تاريخ بطاقة إقامتك. تحقّق من أن التاريخ صحيح.
