# The glossary. The Dutch word is always shown beside the translation, because people meet
# the Dutch words in letters. `-name` is the word in this language, `-text` explains it.

glossary-doc-title = قائمة الكلمات – { -brand-name }
glossary-title = قائمة الكلمات
glossary-intro = في الرسائل المتعلقة بالاندماج المدني كلمات صعبة كثيرة. هنا تقرأ ماذا تعني.

glossary-pip-name = الخطة الشخصية للاندماج المدني والمشاركة (PIP)
glossary-pip-text = بالهولندية: persoonlijk plan inburgering en participatie. تضع البلدية هذه الخطة معك. فيها مسار التعلّم الذي تتبعه. تبدأ مهلتك في اليوم التالي لتاريخ أول PIP لك.
glossary-pvt-name = برنامج إعلان المشاركة (PVT)
glossary-pvt-text = بالهولندية: participatieverklaringstraject. دورة قصيرة عن أهم القيم في هولندا، مثل الحرية والمساواة. وهي مجانية.
glossary-map-name = وحدة سوق العمل والمشاركة (MAP)
glossary-map-text = بالهولندية: Module Arbeidsmarkt en Participatie. تتعلم فيها كيف يسير العمل في هولندا. البلدية تنظّمها وتدفع تكاليفها.
glossary-knm-name = معرفة المجتمع الهولندي (KNM)
glossary-knm-text = بالهولندية: Kennis van de Nederlandse Maatschappij. تتعلم كيف تسير الأمور في هولندا، مثلًا في الرعاية الصحية والسكن والعمل.
glossary-keurmerk-name = علامة الجودة من Blik op Werk
glossary-keurmerk-text = علامة جودة لمدارس اللغة. يمكنك اقتراض المال من DUO فقط لمدرسة تحمل هذه العلامة.
glossary-duo-name = هيئة تنفيذ شؤون التعليم (DUO)
glossary-duo-text = بالهولندية: Dienst Uitvoering Onderwijs. هذه الهيئة الحكومية تنظّم الامتحانات والقرض ومهلة الاندماج المدني.
glossary-ind-name = دائرة الهجرة والتجنيس (IND)
glossary-ind-text = بالهولندية: Immigratie- en Naturalisatiedienst. هذه الهيئة تقرّر بشأن تصاريح الإقامة وبشأن الحصول على الجنسية الهولندية.
glossary-intake-name = المقابلة الشاملة
glossary-intake-text = أول مقابلة في البلدية. تتحدث فيها عن تعليمك وعملك وصحتك ووضعك.
glossary-lbt-name = اختبار القدرة على التعلّم
glossary-lbt-text = اختبار على الكمبيوتر. به ترى البلدية مدى سرعتك في تعلّم لغة جديدة. لا تحتاج إلى معرفة اللغة الهولندية لهذا الاختبار.
glossary-regievoerder-name = المسؤول عن متابعة ملفك
glossary-regievoerder-text = الشخص المسؤول عن التواصل معك في البلدية بخصوص الاندماج المدني.
glossary-referent-name = الكفيل
glossary-referent-text = شريك الحياة أو فرد العائلة في هولندا الذي تعيش معه. على هذا الشخص أيضًا واجبات تجاه IND.
glossary-b1-name = مسار B1
glossary-b1-text = مسار التعلّم العادي. تتعلم اللغة الهولندية بمستوى B1 وتقدّم امتحانات.
glossary-a2-name = مستوى A2
glossary-a2-text = مستوى لغة أقل من B1. الانتقال إلى A2 يُسمّى خفض المستوى (afschalen).
glossary-z-name = مسار Z
glossary-z-text = بالهولندية: zelfredzaamheidsroute (مسار الاعتماد على النفس). مسار تعلّم فيه ساعات دروس كثيرة وبدون امتحان إلزامي، للأشخاص الذين يصعب عليهم التعلّم.
glossary-onderwijs-name = مسار التعليم
glossary-onderwijs-text = مسار تعلّم مخصص بشكل خاص للشباب. تتعلم اللغة الهولندية وتستعد للدراسة في mbo أو hbo أو في الجامعة.
glossary-afschalen-name = خفض المستوى
glossary-afschalen-text = الانتقال من مستوى B1 إلى مستوى A2، إذا لم تستطع الوصول إلى B1. لهذا الانتقال قواعد.
glossary-termijn-name = مهلة الاندماج المدني
glossary-termijn-text = الوقت الذي لديك لتنتهي من الاندماج المدني: 3 سنوات.
glossary-mvv-name = تأشيرة الإقامة المؤقتة (mvv)
glossary-mvv-text = بالهولندية: machtiging tot voorlopig verblijf. تأشيرة لدخول هولندا من أجل إقامة أطول من 3 أشهر.
glossary-basisexamen-name = امتحان الاندماج الأساسي في الخارج
glossary-basisexamen-text = الامتحان الذي تقدّمه في بلدك، قبل أن تأتي إلى هولندا.
