# Consultants (regievoerders) and admins, the second factor, activation of an account made by
# someone else, the activation letter, and sharing with the municipality.
# Dutch (nl) is the reference locale. Write at level B1: short sentences, common words.

staff-2fa-doc-title = مرحله دوم ورود – { -brand-name }
staff-2fa-title = مرحله دوم: کد شما
staff-2fa-text = برنامه کدهای ورود را در تلفن خود باز کنید. کد 6 رقمی را که آنجا می‌بینید وارد کنید.
staff-2fa-code = کد
staff-2fa-code-hint = 6 رقم از برنامه. تلفن خود را گم کرده‌اید؟ پس یکی از کدهای بازیابی خود را وارد کنید.
staff-2fa-submit = ورود
staff-2fa-setup-title = مرحله دوم را راه‌اندازی کنید
staff-2fa-setup-app = یک برنامه کدهای ورود روی تلفن خود نصب کنید. برای نمونه، برنامه‌ای که سازمان شما از آن استفاده می‌کند.
staff-2fa-setup-scan = این کد QR را با برنامه اسکن کنید.
staff-2fa-qr-alt = کد QR برای افزودن Wegwijs به برنامه شما
staff-2fa-setup-secret = اسکن کار نمی‌کند؟ پس این کلید را در برنامه وارد کنید:
staff-2fa-setup-type = کد 6 رقمی را که برنامه الان نشان می‌دهد وارد کنید.
staff-recovery-title = کدهای بازیابی خود را نگه دارید
staff-recovery-text = اگر تلفن خود را گم کنید، با یک کد بازیابی می‌توانید وارد شوید. هر کد فقط یک بار کار می‌کند. کدها را در جای امنی نگه دارید. شما کدها را فقط یک بار می‌بینید.
staff-recovery-continue = کدها را نگه داشتم
staff-2fa-status-title = مرحله دوم
# Variables:
#   $count (Number) - recovery codes not used yet
staff-2fa-status = { $count ->
    [one] { $count } کد بازیابی برای شما مانده است.
   *[other] { $count } کد بازیابی برای شما مانده است.
}
staff-go-to-work = رفتن به کار من

staff-activate-doc-title = فعال کردن حساب کاربری – { -brand-name }
staff-activate-title = حساب کاربری خود را آماده کنید
staff-activate-text = شما یک کد گرفته‌اید، در یک نامه یا در یک ایمیل. کد را وارد کنید و یک رمز عبور انتخاب کنید.
staff-activate-code = کد شما
staff-activate-code-hint = کد در نامه یا ایمیل آمده است. لازم نیست خط تیره‌ها را بنویسید.
staff-activate-submit = آماده کردن حساب کاربری

staff-municipality = شهرداری
staff-municipality-choose = یک شهرداری انتخاب کنید

staff-admin-doc-title = مدیریت – { -brand-name }
staff-admin-title = مدیریت
staff-admin-consultants = هماهنگ‌کننده‌ها
staff-admin-none = هنوز هیچ هماهنگ‌کننده‌ای وجود ندارد.
staff-admin-status-invited = دعوت شده، هنوز شروع نکرده
staff-admin-status-ready = فعال، با مرحله دوم
staff-admin-status-no-2fa = رمز عبور انتخاب شده، مرحله دوم هنوز راه‌اندازی نشده
staff-admin-invite-title = دعوت از هماهنگ‌کننده
staff-admin-invite-name = نام هماهنگ‌کننده
staff-admin-invite-submit = فرستادن دعوت‌نامه

# Variables:
#   $municipality (String) - the consultant's municipality
staff-consultant-title = هماهنگ‌کننده، { $municipality }
staff-consultant-doc-title = هماهنگ‌کننده – { -brand-name }
staff-consultant-sharing = کسانی که اطلاعات خود را با شما به اشتراک می‌گذارند
staff-consultant-sharing-text = اینجا فقط کسانی را می‌بینید که خودشان اجازه داده‌اند. آن‌ها هر وقت بخواهند می‌توانند این اجازه را متوقف کنند.
staff-consultant-sharing-none = هنوز هیچ‌کس اطلاعاتی را با شهرداری شما به اشتراک نمی‌گذارد.
# Variables:
#   $date (String) - since when, formatted for this locale
staff-consultant-shared-since = از { $date } به اشتراک می‌گذارد.
staff-consultant-new-title = ساختن حساب کاربری برای کسی که ایمیل ندارد
staff-consultant-new-text = شما حساب کاربری را می‌سازید. بعد یک نامه به زبان فرد تازه‌وارد چاپ می‌کنید. او با کدِ داخل نامه خودش یک رمز عبور می‌سازد.
staff-consultant-new-name = نام فرد تازه‌وارد
staff-consultant-new-language = زبان نامه
staff-consultant-new-submit = ساختن حساب کاربری و نمایش نامه
staff-consultant-waiting = هنوز فعال نشده
staff-consultant-waiting-none = همه حساب‌هایی که ساختید فعال شده‌اند.
# Variables:
#   $date (String) - when the account was made, formatted for this locale
staff-consultant-made-on = ساخته شده در { $date }.
staff-consultant-new-letter = نامه جدید (کد قبلی دیگر کار نمی‌کند)
staff-consultant-back = بازگشت به صفحه کلی من

staff-letter-doc-title = نامه برای چاپ – { -brand-name }
staff-letter-instruction = این نامه را همین حالا چاپ کنید و به فرد تازه‌وارد بدهید. کد در هیچ جای دیگری نوشته نشده است. نامه گم شده؟ پس یک نامه جدید بسازید.

letter-title = حساب کاربری شما در { -brand-name }
# Variables:
#   $name (String) - the migrant's name
letter-greeting = { $name } گرامی،
letter-intro = شهرداری برای شما یک حساب کاربری در { -brand-name } ساخته است. آنجا می‌بینید که برای ادغام چه کارهایی باید انجام دهید.
letter-step-open = کد QR را با تلفن خود اسکن کنید. یا نشانی پایین را در مرورگر خود بنویسید.
letter-step-code = اگر کد هنوز آنجا نیست، آن را بنویسید.
letter-step-password = یک رمز عبور انتخاب کنید. فقط شما آن را می‌دانید.
letter-step-sign-in = بعد با نام کاربری و رمز عبور خود وارد شوید.
letter-qr-alt = کد QR با نشانی برای آماده کردن حساب کاربری شما
letter-address = نشانی
letter-code = کد (یک بار کار می‌کند)
letter-username = نام کاربری شما
# Variables:
#   $date (String) - the last day the code works, formatted for this locale
letter-expiry = این کد تا { $date } کار می‌کند. بعد از آن، شهرداری می‌تواند یک نامه جدید به شما بدهد.
letter-help = سؤالی دارید؟ این نامه را با خود به شهرداری ببرید.

staff-error-code-wrong = این کد درست نیست. 6 رقمی را که برنامه الان نشان می‌دهد وارد کنید، یا یک کد بازیابی.
staff-error-municipality-missing = یک شهرداری از فهرست انتخاب کنید.
staff-error-email-taken = این نشانی ایمیل از قبل یک حساب کاربری دارد.
staff-error-activation-invalid = این کد کار نمی‌کند. شاید قبلاً استفاده شده یا خیلی قدیمی است. از شهرداری یک نامه جدید بخواهید.

account-field-email-or-username = نشانی ایمیل یا نام کاربری
account-field-email-or-username-hint = از شهرداری نامه گرفته‌اید؟ پس نام کاربری شما در آن نامه است.

account-municipality-title = اشتراک‌گذاری با شهرداری شما
account-municipality-text = شما می‌توانید پاسخ‌ها و برنامه خود را به هماهنگ‌کننده‌های شهرداری خود نشان دهید. این‌طور آن‌ها بهتر می‌توانند به شما کمک کنند. این کار اجباری نیست. هر وقت بخواهید می‌توانید آن را متوقف کنید.
account-municipality-where = در کدام شهرداری زندگی می‌کنید؟
account-municipality-share = بله، با شهرداری من به اشتراک گذاشته شود
# Variables:
#   $municipality (String) - the municipality's name
#   $date (String) - since when, formatted for this locale
account-municipality-sharing = شما از { $date } پاسخ‌ها و برنامه خود را با شهرداری { $municipality } به اشتراک می‌گذارید.
account-municipality-stop = توقف اشتراک‌گذاری

account-log-second-factor-set = راه‌اندازی مرحله دوم
account-log-shared-with-municipality = شروع اشتراک‌گذاری با شهرداری
account-log-stopped-sharing = توقف اشتراک‌گذاری با شهرداری
account-log-viewed-by-municipality = دیدن پاسخ‌های شما (شهرداری)
account-log-letter-made = ساختن نامه با کد (شهرداری)

account-notice-activated = حساب کاربری شما آماده است. اکنون می‌توانید وارد شوید.
account-notice-shared = شهرداری شما اکنون می‌تواند پاسخ‌ها و برنامه شما را ببیند.
account-notice-sharing-stopped = شما دیگر چیزی را با شهرداری خود به اشتراک نمی‌گذارید.
account-notice-consultant-invited = دعوت‌نامه فرستاده شد.

email-consultant-subject = حساب کاربری شما به عنوان هماهنگ‌کننده در { -brand-name }
# Variables:
#   $name (String) - the consultant's name
#   $link (String) - the activation link
email-consultant-body = { $name } گرامی،

    شما به عنوان هماهنگ‌کننده در { -brand-name } دعوت شده‌اید. برای انتخاب رمز عبور این لینک را باز کنید:

    { $link }

    بعد از آن، مرحله دوم را با یک برنامه کدهای ورود روی تلفن خود راه‌اندازی کنید. این لینک 7 روز کار می‌کند.
