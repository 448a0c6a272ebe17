# The home page. It must tell a family migrant and a partner, in plain words, what Wegwijs helps with.

home-doc-title = { -brand-name } – مساعدة في الاندماج المدني
home-title = مرحبًا بك في { -brand-name }
home-intro = هل جئت إلى هولندا للعيش مع شريك حياتك؟ في هذه الحالة يجب عليك غالبًا إتمام الاندماج المدني (inburgering). يساعدك { -brand-name } على البدء.

home-migrant-heading = للقادمين الجدد
home-migrant-obligations = يمكنك معرفة ما يجب عليك فعله للاندماج المدني، ومتى يجب أن تنتهي منه.
home-migrant-schools = يمكنك المقارنة بين مدارس اللغة: السعر وعدد الساعات ومواعيد الدروس وعلامة الجودة.
home-migrant-plan = يمكنك وضع خطة. هكذا يتضح لك عدد ساعات الدراسة التي تلزمك كل أسبوع.
home-migrant-sessions = يمكنك التسجيل في لقاء. هناك يُقدَّم لك شرح، ويمكنك التعرف على قادمين جدد آخرين.

home-partner-heading = لشركاء الحياة
home-partner-text = هل تعيش في هولندا بالفعل؟ إذن يمكنك مساعدة شريك حياتك. لكن أولًا يجب أن يعطيك شريك حياتك الإذن بذلك. ويمكن لشريك حياتك سحب هذا الإذن في أي وقت.

home-pay-heading = معلومات مفيدة
home-pay-text = عليك دفع تكاليف مدرسة اللغة بنفسك. يمكنك اقتراض المال من DUO لدفع تكاليف الدروس. هذا ممكن فقط في مدرسة تحمل علامة الجودة من Blik op Werk.
home-start-early = البدء في الوقت المناسب مهم. كثير من الناس يبدؤون متأخرين، ثم لا يكفيهم الوقت.

home-cta-obligations = عرض ما يجب عليك فعله
home-cta-sessions = البحث عن لقاء
