# Accounts: sign up, sign in, verify, reset, the account page, partner access.
# Dutch (nl) is the reference locale. Write at level B1: short sentences, common words.

account-sign-up-doc-title = Create an account – { -brand-name }
account-sign-up-title = Create an account
account-sign-up-lead = With an account, you can save your answers. You can then also let your partner help you.
account-sign-up-submit = Create an account
account-sign-up-link = No account yet? Create an account.
account-have-account = Do you already have an account? Then log in.
account-privacy-link = Read what we do with your data

account-field-name = Your name
account-field-name-hint = The name you want us to use. Your partner sees this name.
account-field-email = Email address
account-field-password = Password
account-field-new-password = New password
# Variables:
#   $min (Number) - the minimum number of characters
account-field-new-password-hint = Minimum number of characters: { $min }. A sentence of a few words is good and easy to remember.
account-field-password-repeat = Type the password again
account-field-role = Who are you?
account-role-migrant = I am new in the Netherlands and have to do civic integration
account-role-referent = I am the partner. I already live in the Netherlands and want to help

account-form-problems = Something went wrong. Look at these points:

account-check-mail-doc-title = Check your email – { -brand-name }
account-check-mail-title = Check your email
account-check-mail-text = If the address is correct, you will get an email from us within a few minutes. Click on the link in that email.
account-check-mail-spam = No email? Also look in your junk mail (spam).
account-sign-in-link = Go to log in

account-verify-doc-title = Confirm your email address – { -brand-name }
account-verify-title = Confirm your email address
account-verify-text = Click on the button. Then your account is ready.
account-verify-submit = Yes, this is my email address

account-sign-in-doc-title = Log in – { -brand-name }
account-sign-in-title = Log in
account-sign-in-submit = Log in
account-forgot-link = Forgot your password?

account-forgot-doc-title = Forgot your password – { -brand-name }
account-forgot-title = Forgot your password
account-forgot-text = Enter your email address. You will then get a link to make a new password. The link works for 30 minutes.
account-forgot-submit = Send me a link

account-reset-doc-title = New password – { -brand-name }
account-reset-title = Choose a new password
account-reset-submit = Save password

account-doc-title = My account – { -brand-name }
account-title = My account
# Variables:
#   $name (String) - the name the person gave
account-hello = Hello { $name }.
# Variables:
#   $email (String) - the person's e-mail address
account-email-is = You log in with { $email }.
account-back = Back to my account
account-sign-out = Log out

account-saved-check-title = My answers about civic integration
account-saved-check-none = You have not saved any answers yet. Answer the questions in "What do I have to do?". Then choose "Save in my account".
# Variables:
#   $date (String) - when the answers were saved, formatted for this locale
account-saved-check-when = Saved on { $date }.
account-saved-check-open = See what you have to do

account-partner-title = Help from your partner
account-partner-text = Your partner can help you. You decide what your partner may do. You can always stop this again.
account-partner-invite-title = Invite your partner
account-partner-scopes = What may your partner do?
account-partner-until = What is the last day? (you can leave this empty)
account-partner-until-hint = Leave this empty if there is no end date. You can always stop the access.
account-partner-email = Your partner's email address (you can leave this empty)
account-partner-email-hint = If you fill this in, we also send the code to your partner.
account-partner-invite-submit = Make a code for my partner
account-partner-code-intro = Give this code to your partner. Your partner types the code in "My account".
account-partner-code-expiry = The code works for 7 days and only once. You only see the code once.
account-partner-not-accepted = Invitation (not used yet)
account-partner-revoke = Stop access

account-scope-view = See my obligations and my plan
account-scope-book = Book and cancel meetings for me
account-scope-reminders = Get my reminders

# Variables:
#   $status (String) - the status of the access, e.g. "active"
account-grant-status = Status: { $status }
account-grant-status-invited = invited
account-grant-status-invite-expired = code expired
account-grant-status-active = active
account-grant-status-ended = ended
account-grant-status-revoked = stopped
# Variables:
#   $date (String) - the last day, formatted for this locale
account-grant-until = Last day: { $date }.
account-grant-no-end = No end date.

account-helping-title = You help
account-referent-duties-link = Your own obligations as a partner (sponsor)
# Variables:
#   $name (String) - the name of the person the partner helps
account-act-for = Help { $name }
account-accept-title = Enter the code from your partner
account-accept-code = Code
account-accept-code-hint = Your partner sees this code in Wegwijs. Dashes and small letters are fine.
account-accept-submit = Use code

# Variables:
#   $name (String) - the name of the person the partner acts for
account-acting-banner = Please note: you are now working for { $name }. { $name } also sees what you do.
account-acting-open = See the answers
account-acting-stop = Stop helping

account-log-title = What happened with your account
account-log-empty = Nothing yet.
account-log-by-me = you
account-log-by-deleted = a deleted account
# Variables:
#   $date (String) - when it happened
#   $who (String) - who did it ("you" or a name)
#   $what (String) - what was done
account-log-line = { $date }: { $what } (by { $who })
account-log-signed-in = logged in
account-log-password-changed = password changed
account-log-grant-created = partner invited
account-log-grant-accepted = invitation accepted
account-log-grant-revoked = partner's access stopped
account-log-viewed-check = answers viewed
account-log-saved-check = answers saved

account-devices-title = Where you are logged in
# Variables:
#   $device (String) - browser and system, e.g. "Chrome · Android"
#   $since (String) - when the person logged in
#   $seen (String) - when the device was last used
account-devices-line = { $device }: logged in on { $since }, last used on { $seen }.
account-devices-this = (this device)
account-sign-out-everywhere = Log out everywhere

account-data-title = My data
account-data-text = You can download all your data. You can also delete your account right away.
account-export-link = Download my data
account-delete-link = Delete account

account-delete-doc-title = Delete account – { -brand-name }
account-delete-title = Delete account
account-delete-text = You cannot undo this. We delete your account, your answers and your partner's access. You are then logged out right away.
account-delete-submit = Yes, delete my account

account-shared-doc-title = Answers of your partner – { -brand-name }
# Variables:
#   $name (String) - the name of the person the partner acts for
account-shared-title = Answers of { $name }
account-shared-none = No answers have been saved yet.
account-access-ended-title = No access
account-access-ended-text = You may not see this (anymore). The access was stopped or has ended. Or you did not get this access.

account-notice-verified = Your email address is confirmed. You can now log in.
account-notice-password-reset = Your new password is saved. You are logged out everywhere. Please log in again.
account-notice-signed-out = You are logged out.
account-notice-deleted = Your account is deleted.
account-notice-saved = Your answers are saved.
account-notice-revoked = The access is stopped. Your partner can no longer do anything for you.
account-notice-accepted = Done. You can now help.
account-notice-signed-out-everywhere = You are logged out everywhere.
account-notice-acting-stopped = You are now working for yourself again.

account-error-email-missing = Enter your email address.
account-error-email-no-at = An email address has one @, with text before and after it. For example: name@example.com
account-error-email-spaces = An email address cannot contain spaces.
account-error-email-no-domain = The part after the @ is not complete. For example: name@example.com
account-error-email-too-long = This email address is too long.
account-error-password-too-short = The password is too short. Make it longer, for example with a few words.
account-error-password-too-long = The password is too long. Use 128 characters at most.
account-error-password-common = Very many people use this password. It is easy to guess. Choose another password.
account-error-password-contains-email = Your email address is in the password. Choose another password.
account-error-password-mismatch = The two passwords are not the same.
account-error-password-wrong = This password is not correct.
account-error-name-missing = Enter a name (80 characters at most).
account-error-role-missing = Choose who you are.
account-error-rate-limited = You tried too many times. Wait 15 minutes and then try again.
account-error-sign-in-failed = The email address or the password is not correct.
account-error-not-verified = You have not confirmed your email address yet. Click on the link in our email. No email? Choose "Forgot your password?".
account-error-link-invalid = This link does not work anymore. It was already used or it is too old. Ask for a new link.
account-error-code-invalid = This code does not work. Check if you typed it correctly. A code works for 7 days and only once.
account-error-not-a-referent = Only a partner account can use a code.
account-error-scopes-missing = Choose at least one thing your partner may do.
account-error-until-invalid = Enter a date, for example 2027-06-30.
account-error-until-past = This date has already passed. Choose a day in the future.
account-error-forbidden = You may not do this with this account.
account-error-not-found = This does not exist (anymore).
