# Consultants (regievoerders) and admins, the second factor, activation of an account made by
# someone else, the activation letter, and sharing with the municipality.
# Dutch (nl) is the reference locale. Write at level B1: short sentences, common words.

staff-2fa-doc-title = Second step to log in – { -brand-name }
staff-2fa-title = Second step: your code
staff-2fa-text = Open the app for login codes on your phone. Type the code of 6 digits that you see there.
staff-2fa-code = Code
staff-2fa-code-hint = The 6 digits from the app. Lost your phone? Then type one of your recovery codes.
staff-2fa-submit = Log in
staff-2fa-setup-title = Set up your second step
staff-2fa-setup-app = Put an app for login codes on your phone. For example, the app that your organisation uses.
staff-2fa-setup-scan = Scan this QR code with the app.
staff-2fa-qr-alt = QR code to add Wegwijs to your app
staff-2fa-setup-secret = Scanning does not work? Then type this key in the app:
staff-2fa-setup-type = Type the code of 6 digits that the app shows now.
staff-recovery-title = Keep your recovery codes
staff-recovery-text = With a recovery code, you can log in if you lose your phone. Each code works once. Keep them in a safe place. You only see them once.
staff-recovery-continue = I have saved the codes
staff-2fa-status-title = Second step
# Variables:
#   $count (Number) - recovery codes not used yet
staff-2fa-status = { $count ->
    [one] You have { $count } recovery code left.
   *[other] You have { $count } recovery codes left.
}
staff-go-to-work = Go to my work

staff-activate-doc-title = Activate account – { -brand-name }
staff-activate-title = Get your account ready
staff-activate-text = You got a code, in a letter or in an email. Type the code and choose a password.
staff-activate-code = Your code
staff-activate-code-hint = It is in the letter or the email. You can leave out the dashes.
staff-activate-submit = Get account ready

staff-municipality = Municipality
staff-municipality-choose = Choose a municipality

staff-admin-doc-title = Management – { -brand-name }
staff-admin-title = Management
staff-admin-consultants = Case managers
staff-admin-none = There are no case managers yet.
staff-admin-status-invited = Invited, not started yet
staff-admin-status-ready = Active, with second step
staff-admin-status-no-2fa = Password chosen, second step not set up yet
staff-admin-invite-title = Invite a case manager
staff-admin-invite-name = Name of the case manager
staff-admin-invite-submit = Send the invitation

# Variables:
#   $municipality (String) - the consultant's municipality
staff-consultant-title = Case manager, { $municipality }
staff-consultant-doc-title = Case manager – { -brand-name }
staff-consultant-sharing = People who share their data with you
staff-consultant-sharing-text = Here you only see people who gave permission themselves. They can always stop this permission.
staff-consultant-sharing-none = Nobody shares data with your municipality yet.
# Variables:
#   $date (String) - since when, formatted for this locale
staff-consultant-shared-since = Shares since { $date }.
staff-consultant-new-title = Make an account for someone without email
staff-consultant-new-text = You make the account. Then you print a letter in the language of the newcomer. With the code in the letter, the newcomer makes a password.
staff-consultant-new-name = Name of the newcomer
staff-consultant-new-language = Language of the letter
staff-consultant-new-submit = Make account and show letter
staff-consultant-waiting = Not activated yet
staff-consultant-waiting-none = All accounts that you made are activated.
# Variables:
#   $date (String) - when the account was made, formatted for this locale
staff-consultant-made-on = Made on { $date }.
staff-consultant-new-letter = New letter (the old code stops working)
staff-consultant-back = Back to my overview

staff-letter-doc-title = Letter to print – { -brand-name }
staff-letter-instruction = Print this letter now and give it to the newcomer. The code is not written anywhere else. Letter lost? Then make a new letter.

letter-title = Your account at { -brand-name }
# Variables:
#   $name (String) - the migrant's name
letter-greeting = Dear { $name },
letter-intro = The municipality made an account for you at { -brand-name }. There you can see what you have to do for your civic integration.
letter-step-open = Scan the QR code with your phone. Or type the address below in your browser.
letter-step-code = Type the code if it is not filled in yet.
letter-step-password = Choose a password. Only you know it.
letter-step-sign-in = Then log in with your user name and your password.
letter-qr-alt = QR code with the address to get your account ready
letter-address = Address
letter-code = Code (works once)
letter-username = Your user name
# Variables:
#   $date (String) - the last day the code works, formatted for this locale
letter-expiry = The code works until { $date }. After that, the municipality can give you a new letter.
letter-help = Questions? Take this letter with you to the municipality.

staff-error-code-wrong = This code is not correct. Type the 6 digits that the app shows now, or a recovery code.
staff-error-municipality-missing = Choose a municipality from the list.
staff-error-email-taken = This email address already has an account.
staff-error-activation-invalid = This code does not work. Maybe it was already used or it is too old. Ask the municipality for a new letter.

account-field-email-or-username = Email address or user name
account-field-email-or-username-hint = Did you get a letter from the municipality? Then your user name is in that letter.

account-municipality-title = Share with your municipality
account-municipality-text = You may show your answers and your plan to the case managers of your municipality. Then they can help you better. You do not have to do this. You can always stop it again.
account-municipality-where = In which municipality do you live?
account-municipality-share = Yes, share with my municipality
# Variables:
#   $municipality (String) - the municipality's name
#   $date (String) - since when, formatted for this locale
account-municipality-sharing = You share your answers and plan with the municipality of { $municipality }, since { $date }.
account-municipality-stop = Stop sharing

account-log-second-factor-set = second step set up
account-log-shared-with-municipality = sharing with the municipality turned on
account-log-stopped-sharing = sharing with the municipality stopped
account-log-viewed-by-municipality = your answers viewed (municipality)
account-log-letter-made = letter with code made (municipality)

account-notice-activated = Your account is ready. You can now log in.
account-notice-shared = Your municipality can now see your answers and plan.
account-notice-sharing-stopped = You no longer share anything with your municipality.
account-notice-consultant-invited = The invitation has been sent.

email-consultant-subject = Your account as a case manager at { -brand-name }
# Variables:
#   $name (String) - the consultant's name
#   $link (String) - the activation link
email-consultant-body = Dear { $name },

    You are invited as a case manager at { -brand-name }. Open this link to choose a password:

    { $link }

    After that, you set up a second step with an app for login codes on your phone. The link works for 7 days.
