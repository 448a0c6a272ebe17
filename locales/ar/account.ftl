# Accounts: sign up, sign in, verify, reset, the account page, partner access.
# Dutch (nl) is the reference locale. Write at level B1: short sentences, common words.

account-sign-up-doc-title = إنشاء حساب – { -brand-name }
account-sign-up-title = إنشاء حساب
account-sign-up-lead = مع الحساب يمكنك حفظ إجاباتك. ويمكنك أيضًا أن تسمح لشريك حياتك بمساعدتك.
account-sign-up-submit = إنشاء حساب
account-sign-up-link = ليس لديك حساب بعد؟ أنشئ حسابًا.
account-have-account = هل لديك حساب بالفعل؟ سجّل الدخول إذن.
account-privacy-link = اقرأ ماذا نفعل ببياناتك

account-field-name = اسمك
account-field-name-hint = الاسم الذي تريد أن نناديك به. يرى شريك حياتك هذا الاسم.
account-field-email = عنوان البريد الإلكتروني
account-field-password = كلمة المرور
account-field-new-password = كلمة المرور الجديدة
# Variables:
#   $min (Number) - the minimum number of characters
account-field-new-password-hint = الحد الأدنى لعدد الأحرف: { $min }. جملة من بضع كلمات مناسبة وسهلة التذكّر.
account-field-password-repeat = اكتب كلمة المرور مرة أخرى
account-field-role = من أنت؟
account-role-migrant = أنا جديد في هولندا ويجب عليّ إتمام الاندماج المدني
account-role-referent = أنا شريك الحياة. أعيش في هولندا بالفعل وأريد المساعدة

account-form-problems = حدث خطأ ما. انظر إلى هذه النقاط:

account-check-mail-doc-title = تفقّد بريدك الإلكتروني – { -brand-name }
account-check-mail-title = تفقّد بريدك الإلكتروني
account-check-mail-text = إذا كان العنوان صحيحًا، ستصلك منا رسالة بريد إلكتروني خلال بضع دقائق. انقر على الرابط في تلك الرسالة.
account-check-mail-spam = لم تصلك رسالة؟ انظر أيضًا في مجلد البريد غير المرغوب فيه (spam).
account-sign-in-link = الذهاب إلى تسجيل الدخول

account-verify-doc-title = تأكيد عنوان البريد الإلكتروني – { -brand-name }
account-verify-title = أكّد عنوان بريدك الإلكتروني
account-verify-text = انقر على الزر. بعدها يصبح حسابك جاهزًا.
account-verify-submit = نعم، هذا عنوان بريدي الإلكتروني

account-sign-in-doc-title = تسجيل الدخول – { -brand-name }
account-sign-in-title = تسجيل الدخول
account-sign-in-submit = تسجيل الدخول
account-forgot-link = هل نسيت كلمة المرور؟

account-forgot-doc-title = نسيت كلمة المرور – { -brand-name }
account-forgot-title = نسيت كلمة المرور
account-forgot-text = اكتب عنوان بريدك الإلكتروني. ستصلك بعدها رسالة فيها رابط لإنشاء كلمة مرور جديدة. يعمل الرابط لمدة 30 دقيقة.
account-forgot-submit = أرسل لي رابطًا

account-reset-doc-title = كلمة مرور جديدة – { -brand-name }
account-reset-title = اختر كلمة مرور جديدة
account-reset-submit = حفظ كلمة المرور

account-doc-title = حسابي – { -brand-name }
account-title = حسابي
# Variables:
#   $name (String) - the name the person gave
account-hello = مرحبًا { $name }.
# Variables:
#   $email (String) - the person's e-mail address
account-email-is = تسجّل الدخول بعنوان البريد: { $email }
account-back = العودة إلى حسابي
account-sign-out = تسجيل الخروج

account-saved-check-title = إجاباتي عن الاندماج المدني
account-saved-check-none = لم تحفظ أي إجابات بعد. أجب عن الأسئلة في "ماذا يجب عليّ أن أفعل؟". ثم اختر "حفظ في حسابي".
# Variables:
#   $date (String) - when the answers were saved, formatted for this locale
account-saved-check-when = تاريخ الحفظ: { $date }.
account-saved-check-open = اعرف ما يجب عليك فعله

account-partner-title = مساعدة من شريك حياتك
account-partner-text = يمكن لشريك حياتك أن يساعدك. أنت تختار بنفسك ما يُسمح لشريك حياتك بفعله. ويمكنك إيقاف ذلك في أي وقت.
account-partner-invite-title = دعوة شريك حياتك
account-partner-scopes = ماذا يُسمح لشريك حياتك أن يفعل؟
account-partner-until = ما هو آخر يوم؟ (يمكنك ترك هذا فارغًا)
account-partner-until-hint = اترك هذا فارغًا إذا لم يكن هناك تاريخ انتهاء. يمكنك إيقاف الصلاحية في أي وقت.
account-partner-email = عنوان البريد الإلكتروني لشريك حياتك (يمكنك ترك هذا فارغًا)
account-partner-email-hint = إذا كتبت العنوان هنا، نرسل الرمز إلى شريك حياتك أيضًا.
account-partner-invite-submit = أنشئ رمزًا لشريك حياتي
account-partner-code-intro = أعطِ هذا الرمز لشريك حياتك. يكتب شريك حياتك الرمز في صفحة "حسابي".
account-partner-code-expiry = يعمل الرمز لمدة 7 أيام ومرة واحدة فقط. سترى الرمز مرة واحدة فقط.
account-partner-not-accepted = دعوة (لم تُستخدم بعد)
account-partner-revoke = إيقاف الصلاحية

account-scope-view = الاطلاع على واجباتي وخطتي
account-scope-book = حجز اللقاءات وإلغاؤها نيابةً عني
account-scope-reminders = تلقّي التذكيرات الخاصة بي

# Variables:
#   $status (String) - the status of the access, e.g. "نشطة"
account-grant-status = الحالة: { $status }
account-grant-status-invited = تمت الدعوة
account-grant-status-invite-expired = انتهت صلاحية الرمز
account-grant-status-active = نشطة
account-grant-status-ended = انتهت
account-grant-status-revoked = أُوقفت
# Variables:
#   $date (String) - the last day, formatted for this locale
account-grant-until = آخر يوم: { $date }.
account-grant-no-end = لا يوجد تاريخ انتهاء.

account-helping-title = أنت تساعد
account-referent-duties-link = واجباتك الخاصة بصفتك شريك الحياة (الكفيل)
# Variables:
#   $name (String) - the name of the person the partner helps
account-act-for = ساعد { $name }
account-accept-title = أدخل الرمز من شريك حياتك
account-accept-code = الرمز
account-accept-code-hint = يرى شريك حياتك هذا الرمز في Wegwijs. يمكنك كتابة الشرطات والأحرف الصغيرة.
account-accept-submit = استخدام الرمز

# Variables:
#   $name (String) - the name of the person the partner acts for
account-acting-banner = انتبه: أنت تعمل الآن نيابةً عن { $name }. ما تفعله يراه { $name } أيضًا.
account-acting-open = عرض الإجابات
account-acting-stop = التوقف عن المساعدة

account-log-title = ماذا حدث في حسابك
account-log-empty = لا شيء بعد.
account-log-by-me = أنت
account-log-by-deleted = حساب محذوف
# Variables:
#   $date (String) - when it happened
#   $who (String) - who did it ("أنت" or a name)
#   $what (String) - what was done
account-log-line = { $date }: { $what } (بواسطة: { $who })
account-log-signed-in = تسجيل الدخول
account-log-password-changed = تغيير كلمة المرور
account-log-grant-created = دعوة شريك الحياة
account-log-grant-accepted = قبول الدعوة
account-log-grant-revoked = إيقاف صلاحية شريك الحياة
account-log-viewed-check = عرض الإجابات
account-log-saved-check = حفظ الإجابات

account-devices-title = أين سجّلت الدخول
# Variables:
#   $device (String) - browser and system, e.g. "Chrome · Android"
#   $since (String) - when the person logged in
#   $seen (String) - when the device was last used
account-devices-line = { $device }: تسجيل الدخول في { $since }، آخر استخدام في { $seen }.
account-devices-this = (هذا الجهاز)
account-sign-out-everywhere = تسجيل الخروج من كل الأجهزة

account-data-title = بياناتي
account-data-text = يمكنك تنزيل كل بياناتك. ويمكنك أيضًا حذف حسابك فورًا.
account-export-link = تنزيل بياناتي
account-delete-link = حذف الحساب

account-delete-doc-title = حذف الحساب – { -brand-name }
account-delete-title = حذف الحساب
account-delete-text = لا يمكن التراجع عن هذا. سنحذف حسابك وإجاباتك وصلاحية شريك حياتك. وسيتم تسجيل خروجك فورًا.
account-delete-submit = نعم، احذف حسابي

account-shared-doc-title = إجابات شريك حياتك – { -brand-name }
# Variables:
#   $name (String) - the name of the person the partner acts for
account-shared-title = إجابات { $name }
account-shared-none = لا توجد إجابات محفوظة بعد.
account-access-ended-title = لا توجد صلاحية
account-access-ended-text = لا يُسمح لك برؤية هذا (بعد الآن). أُوقفت الصلاحية أو انتهت. أو أنك لم تحصل على هذه الصلاحية.

account-notice-verified = تم تأكيد عنوان بريدك الإلكتروني. يمكنك الآن تسجيل الدخول.
account-notice-password-reset = تم حفظ كلمة المرور الجديدة. تم تسجيل خروجك من كل الأجهزة. سجّل الدخول من جديد.
account-notice-signed-out = تم تسجيل خروجك.
account-notice-deleted = تم حذف حسابك.
account-notice-saved = تم حفظ إجاباتك.
account-notice-revoked = تم إيقاف الصلاحية. لم يعد بإمكان شريك حياتك فعل أي شيء نيابةً عنك.
account-notice-accepted = تم بنجاح. يمكنك الآن المساعدة.
account-notice-signed-out-everywhere = تم تسجيل خروجك من كل الأجهزة.
account-notice-acting-stopped = أنت تعمل الآن لنفسك من جديد.

account-error-email-missing = اكتب عنوان بريدك الإلكتروني.
account-error-email-no-at = في عنوان البريد الإلكتروني علامة @ واحدة، وقبلها وبعدها نص. مثلًا: name@example.com
account-error-email-spaces = لا يجوز أن يحتوي عنوان البريد الإلكتروني على مسافات.
account-error-email-no-domain = الجزء بعد علامة @ غير مكتمل. مثلًا: name@example.com
account-error-email-too-long = عنوان البريد الإلكتروني هذا طويل جدًا.
account-error-password-too-short = كلمة المرور قصيرة جدًا. اجعلها أطول، مثلًا ببضع كلمات.
account-error-password-too-long = كلمة المرور طويلة جدًا. استخدم 128 حرفًا كحد أقصى.
account-error-password-common = كثير جدًا من الناس يستخدمون كلمة المرور هذه. من السهل تخمينها. اختر كلمة مرور أخرى.
account-error-password-contains-email = عنوان بريدك الإلكتروني موجود في كلمة المرور. اختر كلمة مرور أخرى.
account-error-password-mismatch = كلمتا المرور غير متطابقتين.
account-error-password-wrong = كلمة المرور هذه غير صحيحة.
account-error-name-missing = اكتب اسمًا (80 حرفًا كحد أقصى).
account-error-role-missing = اختر من أنت.
account-error-rate-limited = حاولت مرات كثيرة جدًا. انتظر ربع ساعة ثم حاول من جديد.
account-error-sign-in-failed = عنوان البريد الإلكتروني أو كلمة المرور غير صحيح.
account-error-not-verified = لم تؤكّد عنوان بريدك الإلكتروني بعد. انقر على الرابط في رسالتنا. لم تصلك رسالة؟ اختر "هل نسيت كلمة المرور؟".
account-error-link-invalid = هذا الرابط لم يعد يعمل. لقد استُخدم من قبل أو أصبح قديمًا جدًا. اطلب رابطًا جديدًا.
account-error-code-invalid = هذا الرمز لا يعمل. تأكّد من أنك كتبته بشكل صحيح. يعمل الرمز لمدة 7 أيام ومرة واحدة فقط.
account-error-not-a-referent = حساب شريك الحياة فقط يمكنه استخدام رمز.
account-error-scopes-missing = اختر شيئًا واحدًا على الأقل يُسمح لشريك حياتك بفعله.
account-error-until-invalid = اكتب تاريخًا، مثلًا 2027-06-30.
account-error-until-past = هذا التاريخ مضى بالفعل. اختر يومًا في المستقبل.
account-error-forbidden = لا يُسمح لك بفعل هذا بهذا الحساب.
account-error-not-found = هذا غير موجود (بعد الآن).
