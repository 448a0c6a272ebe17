# Consultants (regievoerders) and admins, the second factor, activation of an account made by
# someone else, the activation letter, and sharing with the municipality.
# Dutch (nl) is the reference locale. Write at level B1: short sentences, common words.

staff-2fa-doc-title = الخطوة الثانية لتسجيل الدخول – { -brand-name }
staff-2fa-title = الخطوة الثانية: الرمز الخاص بك
staff-2fa-text = افتح تطبيق رموز تسجيل الدخول على هاتفك. اكتب الرمز المكوّن من 6 أرقام الذي تراه هناك.
staff-2fa-code = الرمز
staff-2fa-code-hint = الأرقام الستة من التطبيق. هل فقدت هاتفك؟ اكتب إذن أحد رموز الاسترداد الخاصة بك.
staff-2fa-submit = تسجيل الدخول
staff-2fa-setup-title = فعّل الخطوة الثانية
staff-2fa-setup-app = ثبّت على هاتفك تطبيقًا لرموز تسجيل الدخول. مثلًا التطبيق الذي تستخدمه مؤسستك.
staff-2fa-setup-scan = امسح رمز QR هذا بالتطبيق.
staff-2fa-qr-alt = رمز QR لإضافة Wegwijs إلى تطبيقك
staff-2fa-setup-secret = لا ينجح المسح؟ اكتب إذن هذا المفتاح في التطبيق:
staff-2fa-setup-type = اكتب الرمز المكوّن من 6 أرقام الذي يعرضه التطبيق الآن.
staff-recovery-title = احفظ رموز الاسترداد
staff-recovery-text = برمز الاسترداد يمكنك تسجيل الدخول إذا فقدت هاتفك. كل رمز يعمل مرة واحدة فقط. احفظ الرموز في مكان آمن. سترى الرموز مرة واحدة فقط.
staff-recovery-continue = لقد حفظت الرموز
staff-2fa-status-title = الخطوة الثانية
# Variables:
#   $count (Number) - recovery codes not used yet
staff-2fa-status = { $count ->
    [zero] لم يبقَ لديك أي رمز استرداد.
    [one] بقي لديك رمز استرداد واحد.
    [two] بقي لديك رمزا استرداد.
    [few] بقي لديك { $count } رموز استرداد.
    [many] بقي لديك { $count } رمز استرداد.
   *[other] بقي لديك { $count } رمز استرداد.
}
staff-go-to-work = الذهاب إلى عملي

staff-activate-doc-title = تفعيل الحساب – { -brand-name }
staff-activate-title = جهّز حسابك
staff-activate-text = وصلك رمز في رسالة ورقية أو في بريد إلكتروني. اكتب الرمز واختر كلمة مرور.
staff-activate-code = الرمز الخاص بك
staff-activate-code-hint = تجده في الرسالة أو في البريد الإلكتروني. لا داعي لكتابة الشرطات.
staff-activate-submit = تجهيز الحساب

staff-municipality = البلدية
staff-municipality-choose = اختر بلدية

staff-admin-doc-title = الإدارة – { -brand-name }
staff-admin-title = الإدارة
staff-admin-consultants = مسؤولو المتابعة
staff-admin-none = لا يوجد مسؤولو متابعة بعد.
staff-admin-status-invited = تمت دعوته، لم يبدأ بعد
staff-admin-status-ready = نشط، مع الخطوة الثانية
staff-admin-status-no-2fa = اختار كلمة المرور، لم يفعّل الخطوة الثانية بعد
staff-admin-invite-title = دعوة مسؤول متابعة
staff-admin-invite-name = اسم مسؤول المتابعة
staff-admin-invite-submit = أرسل الدعوة

# Variables:
#   $municipality (String) - the consultant's municipality
staff-consultant-title = مسؤول المتابعة، { $municipality }
staff-consultant-doc-title = مسؤول المتابعة – { -brand-name }
staff-consultant-sharing = أشخاص يشاركون بياناتهم معك
staff-consultant-sharing-text = ترى هنا فقط الأشخاص الذين أعطوا موافقتهم بأنفسهم. يمكنهم إيقاف هذه الموافقة في أي وقت.
staff-consultant-sharing-none = لا أحد يشارك بياناته مع بلديتك بعد.
# Variables:
#   $date (String) - since when, formatted for this locale
staff-consultant-shared-since = يشارك منذ { $date }.
staff-consultant-new-title = إنشاء حساب لشخص ليس لديه بريد إلكتروني
staff-consultant-new-text = أنت تنشئ الحساب. بعد ذلك تطبع رسالة بلغة الوافد الجديد. بالرمز الموجود في الرسالة ينشئ هو بنفسه كلمة مرور.
staff-consultant-new-name = اسم الوافد الجديد
staff-consultant-new-language = لغة الرسالة
staff-consultant-new-submit = إنشاء الحساب وعرض الرسالة
staff-consultant-waiting = لم يتم تفعيلها بعد
staff-consultant-waiting-none = كل الحسابات التي أنشأتها تم تفعيلها.
# Variables:
#   $date (String) - when the account was made, formatted for this locale
staff-consultant-made-on = أُنشئ في { $date }.
staff-consultant-new-letter = رسالة جديدة (الرمز القديم يتوقف عن العمل)
staff-consultant-back = العودة إلى صفحتي العامة

staff-letter-doc-title = رسالة للطباعة – { -brand-name }
staff-letter-instruction = اطبع هذه الرسالة الآن وأعطها للوافد الجديد. الرمز غير مكتوب في أي مكان آخر. ضاعت الرسالة؟ أنشئ إذن رسالة جديدة.

letter-title = حسابك في { -brand-name }
# Variables:
#   $name (String) - the migrant's name
letter-greeting = مرحبًا { $name }،
letter-intro = أنشأت البلدية لك حسابًا في { -brand-name }. هناك ترى ما يجب عليك فعله من أجل الاندماج المدني.
letter-step-open = امسح رمز QR بهاتفك. أو اكتب العنوان الموجود في الأسفل في المتصفح.
letter-step-code = اكتب الرمز إذا لم يكن مكتوبًا بعد.
letter-step-password = اختر كلمة مرور. أنت فقط تعرفها.
letter-step-sign-in = بعد ذلك سجّل الدخول باسم المستخدم وكلمة المرور.
letter-qr-alt = رمز QR فيه العنوان لتجهيز حسابك
letter-address = العنوان
letter-code = الرمز (يعمل مرة واحدة)
letter-username = اسم المستخدم الخاص بك
# Variables:
#   $date (String) - the last day the code works, formatted for this locale
letter-expiry = يعمل الرمز حتى { $date }. بعد ذلك يمكن للبلدية أن تعطيك رسالة جديدة.
letter-help = عندك أسئلة؟ خذ هذه الرسالة معك إلى البلدية.

staff-error-code-wrong = هذا الرمز غير صحيح. اكتب الأرقام الستة التي يعرضها التطبيق الآن، أو رمز استرداد.
staff-error-municipality-missing = اختر بلدية من القائمة.
staff-error-email-taken = يوجد حساب بهذا البريد الإلكتروني بالفعل.
staff-error-activation-invalid = هذا الرمز لا يعمل. ربما استُخدم من قبل أو أصبح قديمًا جدًا. اطلب من البلدية رسالة جديدة.

account-field-email-or-username = عنوان البريد الإلكتروني أو اسم المستخدم
account-field-email-or-username-hint = هل وصلتك رسالة من البلدية؟ اسم المستخدم الخاص بك مكتوب في تلك الرسالة.

account-municipality-title = المشاركة مع بلديتك
account-municipality-text = يمكنك أن تعرض إجاباتك وخطتك على المسؤولين عن متابعة ملفك في بلديتك. هكذا يستطيعون مساعدتك بشكل أفضل. هذا ليس إلزاميًا. يمكنك إيقاف المشاركة في أي وقت.
account-municipality-where = في أي بلدية تسكن؟
account-municipality-share = نعم، شارك مع بلديتي
# Variables:
#   $municipality (String) - the municipality's name
#   $date (String) - since when, formatted for this locale
account-municipality-sharing = أنت تشارك إجاباتك وخطتك مع بلدية { $municipality } منذ { $date }.
account-municipality-stop = إيقاف المشاركة

account-log-second-factor-set = تفعيل الخطوة الثانية
account-log-shared-with-municipality = تشغيل المشاركة مع البلدية
account-log-stopped-sharing = إيقاف المشاركة مع البلدية
account-log-viewed-by-municipality = الاطلاع على إجاباتك (البلدية)
account-log-letter-made = إنشاء رسالة فيها رمز (البلدية)

account-notice-activated = حسابك جاهز. يمكنك الآن تسجيل الدخول.
account-notice-shared = يمكن لبلديتك الآن أن ترى إجاباتك وخطتك.
account-notice-sharing-stopped = لم تعد تشارك أي شيء مع بلديتك.
account-notice-consultant-invited = تم إرسال الدعوة.

email-consultant-subject = حسابك كمسؤول متابعة في { -brand-name }
# Variables:
#   $name (String) - the consultant's name
#   $link (String) - the activation link
email-consultant-body = مرحبًا { $name }،

    تمت دعوتك كمسؤول متابعة في { -brand-name }. افتح هذا الرابط لاختيار كلمة مرور:

    { $link }

    بعد ذلك فعّل الخطوة الثانية باستخدام تطبيق لرموز تسجيل الدخول على هاتفك. يعمل الرابط لمدة 7 أيام.
