# E-mail. Plain text: keep links on their own line.

email-verify-subject = أكّد عنوان بريدك الإلكتروني لدى { -brand-name }
# Variables:
#   $link (String) - the verification link
email-verify-body = مرحبًا،

    لقد أنشأت حسابًا لدى { -brand-name }. افتح هذا الرابط وانقر على الزر لتأكيد عنوان بريدك الإلكتروني:

    { $link }

    يعمل الرابط لمدة 24 ساعة. لم تُنشئ حسابًا؟ إذن لا تحتاج إلى فعل أي شيء.

email-reset-subject = كلمة مرور جديدة لحسابك لدى { -brand-name }
# Variables:
#   $link (String) - the reset link
email-reset-body = مرحبًا،

    طلب شخص ما كلمة مرور جديدة لحسابك لدى { -brand-name }. افتح هذا الرابط لاختيار كلمة مرور جديدة:

    { $link }

    يعمل الرابط لمدة 30 دقيقة ومرة واحدة فقط. لم تطلب شيئًا؟ إذن لا تحتاج إلى فعل أي شيء. تبقى كلمة المرور كما هي.

email-exists-subject = حسابك لدى { -brand-name }
# Variables:
#   $link (String) - the link to ask for a new password
email-exists-body = مرحبًا،

    حاول شخص ما إنشاء حساب بعنوان البريد الإلكتروني هذا. لديك حساب بالفعل.

    هل نسيت كلمة المرور؟ اطلب كلمة مرور جديدة من هنا:

    { $link }

    لم تكن أنت؟ إذن لا تحتاج إلى فعل أي شيء.

# Variables:
#   $name (String) - the migrant's name
email-partner-subject = { $name } بحاجة إلى مساعدتك في { -brand-name }
# Variables:
#   $name (String) - the migrant's name
#   $code (String) - the partner code
#   $link (String) - where to make an account
email-partner-body = مرحبًا،

    { $name } بحاجة إلى مساعدتك في الاندماج المدني، عبر { -brand-name }.

    1. أنشئ حسابًا بصفتك شريك الحياة (أو سجّل الدخول إذا كان لديك حساب بالفعل):
    { $link }
    2. اذهب إلى صفحة "حسابي" واكتب هذا الرمز:

    { $code }

    يعمل الرمز لمدة 7 أيام ومرة واحدة فقط. لا تعرف { $name }؟ إذن لا تحتاج إلى فعل أي شيء.
