# Accounts: sign up, sign in, verify, reset, the account page, partner access.
# Dutch (nl) is the reference locale. Write at level B1: short sentences, common words.

account-sign-up-doc-title = ساختن حساب کاربری – { -brand-name }
account-sign-up-title = ساختن حساب کاربری
account-sign-up-lead = با یک حساب کاربری می‌توانید پاسخ‌های خود را نگه دارید. آن وقت می‌توانید اجازه بدهید شریک زندگی‌تان هم به شما کمک کند.
account-sign-up-submit = ساختن حساب کاربری
account-sign-up-link = هنوز حساب کاربری ندارید؟ یک حساب بسازید.
account-have-account = از قبل حساب کاربری دارید؟ پس وارد شوید.
account-privacy-link = بخوانید که با اطلاعات شما چه می‌کنیم

account-field-name = نام شما
account-field-name-hint = نامی که دوست دارید با آن صدایتان کنیم. شریک زندگی شما این نام را می‌بیند.
account-field-email = نشانی ایمیل
account-field-password = رمز عبور
account-field-new-password = رمز عبور جدید
# Variables:
#   $min (Number) - the minimum number of characters
account-field-new-password-hint = دست‌کم { $min } حرف. یک جمله چندکلمه‌ای خوب است و آسان به خاطر می‌ماند.
account-field-password-repeat = رمز عبور را یک بار دیگر بنویسید
account-field-role = شما چه کسی هستید؟
account-role-migrant = من تازه به هلند آمده‌ام و باید دوره ادغام را بگذرانم
account-role-referent = من شریک زندگی هستم. از قبل در هلند زندگی می‌کنم و می‌خواهم کمک کنم

account-form-problems = مشکلی پیش آمد. به این موارد نگاه کنید:

account-check-mail-doc-title = ایمیل خود را ببینید – { -brand-name }
account-check-mail-title = ایمیل خود را ببینید
account-check-mail-text = اگر نشانی درست باشد، تا چند دقیقه دیگر یک ایمیل از ما دریافت می‌کنید. روی لینک داخل آن ایمیل کلیک کنید.
account-check-mail-spam = ایمیلی دریافت نکردید؟ پوشه ایمیل‌های ناخواسته (spam) را هم ببینید.
account-sign-in-link = رفتن به صفحه ورود

account-verify-doc-title = تأیید نشانی ایمیل – { -brand-name }
account-verify-title = نشانی ایمیل خود را تأیید کنید
account-verify-text = روی دکمه کلیک کنید. آن وقت حساب شما آماده است.
account-verify-submit = بله، این نشانی ایمیل من است

account-sign-in-doc-title = ورود – { -brand-name }
account-sign-in-title = ورود
account-sign-in-submit = ورود
account-forgot-link = رمز عبور را فراموش کرده‌اید؟

account-forgot-doc-title = فراموشی رمز عبور – { -brand-name }
account-forgot-title = فراموشی رمز عبور
account-forgot-text = نشانی ایمیل خود را بنویسید. بعد یک لینک دریافت می‌کنید تا رمز عبور جدیدی بسازید. این لینک 30 دقیقه کار می‌کند.
account-forgot-submit = برایم یک لینک بفرستید

account-reset-doc-title = رمز عبور جدید – { -brand-name }
account-reset-title = یک رمز عبور جدید انتخاب کنید
account-reset-submit = ذخیره رمز عبور

account-doc-title = حساب کاربری من – { -brand-name }
account-title = حساب کاربری من
# Variables:
#   $name (String) - the name the person gave
account-hello = سلام { $name }.
# Variables:
#   $email (String) - the person's e-mail address
account-email-is = شما با این نشانی وارد می‌شوید: { $email }
account-back = بازگشت به حساب کاربری من
account-sign-out = خروج

account-saved-check-title = پاسخ‌های من درباره ادغام
account-saved-check-none = شما هنوز هیچ پاسخی را ذخیره نکرده‌اید. به سؤال‌های بخش «چه کاری باید انجام دهم؟» پاسخ دهید. بعد «ذخیره در حساب کاربری من» را انتخاب کنید.
# Variables:
#   $date (String) - when the answers were saved, formatted for this locale
account-saved-check-when = تاریخ ذخیره: { $date }.
account-saved-check-open = ببینید چه کاری باید انجام دهید

account-partner-title = کمک از طرف شریک زندگی شما
account-partner-text = شریک زندگی شما می‌تواند به شما کمک کند. خودتان انتخاب می‌کنید که او چه کارهایی اجازه دارد انجام دهد. هر وقت بخواهید می‌توانید این را متوقف کنید.
account-partner-invite-title = دعوت از شریک زندگی
account-partner-scopes = شریک زندگی شما چه کارهایی اجازه دارد انجام دهد؟
account-partner-until = آخرین روز کدام است؟ (می‌توانید خالی بگذارید)
account-partner-until-hint = اگر تاریخ پایانی وجود ندارد، این را خالی بگذارید. هر وقت بخواهید می‌توانید دسترسی را متوقف کنید.
account-partner-email = نشانی ایمیل شریک زندگی شما (می‌توانید خالی بگذارید)
account-partner-email-hint = اگر این را پر کنید، ما کد را برای شریک زندگی شما هم می‌فرستیم.
account-partner-invite-submit = ساختن کد برای شریک زندگی‌ام
account-partner-code-intro = این کد را به شریک زندگی خود بدهید. او کد را در «حساب کاربری من» وارد می‌کند.
account-partner-code-expiry = این کد 7 روز و فقط یک بار کار می‌کند. شما کد را فقط یک بار می‌بینید.
account-partner-not-accepted = دعوت‌نامه (هنوز استفاده نشده)
account-partner-revoke = توقف دسترسی

account-scope-view = دیدن وظایف و برنامه من
account-scope-book = ثبت‌نام در جلسه‌ها و لغو آن‌ها به جای من
account-scope-reminders = دریافت یادآوری‌های من

# Variables:
#   $status (String) - the status of the access, e.g. "فعال"
account-grant-status = وضعیت: { $status }
account-grant-status-invited = دعوت شده
account-grant-status-invite-expired = کد منقضی شده
account-grant-status-active = فعال
account-grant-status-ended = پایان یافته
account-grant-status-revoked = متوقف شده
# Variables:
#   $date (String) - the last day, formatted for this locale
account-grant-until = آخرین روز: { $date }.
account-grant-no-end = بدون تاریخ پایان.

account-helping-title = شما کمک می‌کنید
account-referent-duties-link = وظایف خود شما به عنوان شریک زندگی (اسپانسر)
# Variables:
#   $name (String) - the name of the person the partner helps
account-act-for = کمک به { $name }
account-accept-title = کد شریک زندگی خود را وارد کنید
account-accept-code = کد
account-accept-code-hint = شریک زندگی شما این کد را در Wegwijs می‌بیند. خط تیره و حروف کوچک اشکالی ندارد.
account-accept-submit = استفاده از کد

# Variables:
#   $name (String) - the name of the person the partner acts for
account-acting-banner = توجه: شما اکنون به جای { $name } کار می‌کنید. { $name } هم کارهایی را که انجام می‌دهید می‌بیند.
account-acting-open = دیدن پاسخ‌ها
account-acting-stop = پایان دادن به کمک

account-log-title = چه اتفاقاتی در حساب شما افتاد
account-log-empty = هنوز چیزی نیست.
account-log-by-me = شما
account-log-by-deleted = یک حساب حذف‌شده
# Variables:
#   $date (String) - when it happened
#   $who (String) - who did it ("شما" or a name)
#   $what (String) - what was done
account-log-line = { $date }: { $what } (توسط { $who })
account-log-signed-in = ورود به حساب
account-log-password-changed = تغییر رمز عبور
account-log-grant-created = دعوت از شریک زندگی
account-log-grant-accepted = پذیرفتن دعوت
account-log-grant-revoked = توقف دسترسی شریک زندگی
account-log-viewed-check = دیدن پاسخ‌ها
account-log-saved-check = ذخیره پاسخ‌ها

account-devices-title = کجا وارد حساب خود شده‌اید
# Variables:
#   $device (String) - browser and system, e.g. "Chrome · Android"
#   $since (String) - when the person logged in
#   $seen (String) - when the device was last used
account-devices-line = { $device }: ورود در { $since }، آخرین استفاده در { $seen }.
account-devices-this = (این دستگاه)
account-sign-out-everywhere = خروج از همه دستگاه‌ها

account-data-title = اطلاعات من
account-data-text = می‌توانید همه اطلاعات خود را دانلود کنید. همچنین می‌توانید حساب خود را فوراً حذف کنید.
account-export-link = دانلود اطلاعات من
account-delete-link = حذف حساب کاربری

account-delete-doc-title = حذف حساب کاربری – { -brand-name }
account-delete-title = حذف حساب کاربری
account-delete-text = این کار برگشت‌پذیر نیست. ما حساب شما، پاسخ‌های شما و دسترسی شریک زندگی‌تان را حذف می‌کنیم. شما هم فوراً از حساب خارج می‌شوید.
account-delete-submit = بله، حساب من حذف شود

account-shared-doc-title = پاسخ‌های شریک زندگی شما – { -brand-name }
# Variables:
#   $name (String) - the name of the person the partner acts for
account-shared-title = پاسخ‌های { $name }
account-shared-none = هنوز هیچ پاسخی ذخیره نشده است.
account-access-ended-title = بدون دسترسی
account-access-ended-text = شما (دیگر) اجازه دیدن این را ندارید. دسترسی متوقف شده یا به پایان رسیده است. یا این دسترسی به شما داده نشده است.

account-notice-verified = نشانی ایمیل شما تأیید شد. اکنون می‌توانید وارد شوید.
account-notice-password-reset = رمز عبور جدید شما ذخیره شد. از همه دستگاه‌ها خارج شدید. دوباره وارد شوید.
account-notice-signed-out = از حساب خود خارج شدید.
account-notice-deleted = حساب شما حذف شد.
account-notice-saved = پاسخ‌های شما ذخیره شد.
account-notice-revoked = دسترسی متوقف شد. شریک زندگی شما دیگر نمی‌تواند کاری برای شما انجام دهد.
account-notice-accepted = انجام شد. اکنون می‌توانید کمک کنید.
account-notice-signed-out-everywhere = از همه دستگاه‌ها خارج شدید.
account-notice-acting-stopped = اکنون دوباره برای خودتان کار می‌کنید.

account-error-email-missing = نشانی ایمیل خود را بنویسید.
account-error-email-no-at = نشانی ایمیل یک @ دارد، با متنی قبل و بعد از آن. برای مثال: name@example.com
account-error-email-spaces = در نشانی ایمیل نباید فاصله باشد.
account-error-email-no-domain = بخش بعد از @ کامل نیست. برای مثال: name@example.com
account-error-email-too-long = این نشانی ایمیل خیلی طولانی است.
account-error-password-too-short = رمز عبور خیلی کوتاه است. آن را طولانی‌تر کنید، مثلاً با چند کلمه.
account-error-password-too-long = رمز عبور خیلی طولانی است. حداکثر 128 حرف به کار ببرید.
account-error-password-common = افراد بسیار زیادی از این رمز عبور استفاده می‌کنند. حدس زدن آن آسان است. رمز عبور دیگری انتخاب کنید.
account-error-password-contains-email = نشانی ایمیل شما در رمز عبور آمده است. رمز عبور دیگری انتخاب کنید.
account-error-password-mismatch = دو رمز عبور یکسان نیستند.
account-error-password-wrong = این رمز عبور درست نیست.
account-error-name-missing = یک نام بنویسید (حداکثر 80 حرف).
account-error-role-missing = انتخاب کنید که چه کسی هستید.
account-error-rate-limited = شما دفعات زیادی تلاش کرده‌اید. یک ربع ساعت صبر کنید و بعد دوباره امتحان کنید.
account-error-sign-in-failed = نشانی ایمیل یا رمز عبور درست نیست.
account-error-not-verified = شما هنوز نشانی ایمیل خود را تأیید نکرده‌اید. روی لینک داخل ایمیل ما کلیک کنید. ایمیلی دریافت نکردید؟ «رمز عبور را فراموش کرده‌اید؟» را انتخاب کنید.
account-error-link-invalid = این لینک دیگر کار نمی‌کند. قبلاً استفاده شده یا خیلی قدیمی است. یک لینک جدید درخواست کنید.
account-error-code-invalid = این کد کار نمی‌کند. ببینید آن را درست وارد کرده‌اید یا نه. هر کد 7 روز و فقط یک بار کار می‌کند.
account-error-not-a-referent = فقط حساب شریک زندگی می‌تواند از کد استفاده کند.
account-error-scopes-missing = دست‌کم یک کار را انتخاب کنید که شریک زندگی شما اجازه دارد انجام دهد.
account-error-until-invalid = یک تاریخ بنویسید، برای مثال 2027-06-30.
account-error-until-past = این تاریخ گذشته است. روزی در آینده انتخاب کنید.
account-error-forbidden = شما اجازه ندارید این کار را با این حساب انجام دهید.
account-error-not-found = این (دیگر) وجود ندارد.
