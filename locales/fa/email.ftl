# E-mail. Plain text: keep links on their own line.

email-verify-subject = نشانی ایمیل خود را برای { -brand-name } تأیید کنید
# Variables:
#   $link (String) - the verification link
email-verify-body = سلام،

    شما در { -brand-name } یک حساب کاربری ساخته‌اید. برای تأیید نشانی ایمیل خود، این لینک را باز کنید و روی دکمه کلیک کنید:

    { $link }

    این لینک 24 ساعت کار می‌کند. حساب کاربری نساخته‌اید؟ در این صورت لازم نیست کاری انجام دهید.

email-reset-subject = رمز عبور جدید برای { -brand-name }
# Variables:
#   $link (String) - the reset link
email-reset-body = سلام،

    کسی برای حساب کاربری شما در { -brand-name } رمز عبور جدید درخواست کرد. برای انتخاب رمز عبور جدید، این لینک را باز کنید:

    { $link }

    این لینک 30 دقیقه و فقط یک بار کار می‌کند. شما چیزی درخواست نکرده‌اید؟ در این صورت لازم نیست کاری انجام دهید. رمز عبور شما تغییر نمی‌کند.

email-exists-subject = حساب کاربری شما در { -brand-name }
# Variables:
#   $link (String) - the link to ask for a new password
email-exists-body = سلام،

    کسی سعی کرد با این نشانی ایمیل یک حساب کاربری بسازد. شما از قبل حساب کاربری دارید.

    رمز عبور را فراموش کرده‌اید؟ از اینجا رمز عبور جدید درخواست کنید:

    { $link }

    این کار را شما نکرده‌اید؟ در این صورت لازم نیست کاری انجام دهید.

# Variables:
#   $name (String) - the migrant's name
email-partner-subject = { $name } در { -brand-name } از شما کمک می‌خواهد
# Variables:
#   $name (String) - the migrant's name
#   $code (String) - the partner code
#   $link (String) - where to make an account
email-partner-body = سلام،

    { $name } می‌خواهد شما از طریق { -brand-name } در دوره ادغام به او کمک کنید.

    1. یک حساب کاربری به عنوان شریک زندگی بسازید (یا اگر از قبل حساب کاربری دارید، وارد شوید):
    { $link }
    2. به «حساب کاربری من» بروید و این کد را وارد کنید:

    { $code }

    این کد 7 روز و فقط یک بار کار می‌کند. { $name } را نمی‌شناسید؟ در این صورت لازم نیست کاری انجام دهید.
