# E-mail. Plain text: keep links on their own line.

email-verify-subject = Confirm your email address for { -brand-name }
# Variables:
#   $link (String) - the verification link
email-verify-body = Hello,

    You created an account at { -brand-name }. Open this link and click on the button to confirm your email address:

    { $link }

    The link works for 24 hours. Did you not create an account? Then you do not need to do anything.

email-reset-subject = New password for { -brand-name }
# Variables:
#   $link (String) - the reset link
email-reset-body = Hello,

    Someone asked for a new password for your account at { -brand-name }. Open this link to choose a new password:

    { $link }

    The link works for 30 minutes and only once. Did you not ask for this? Then you do not need to do anything. Your password stays the same.

email-exists-subject = Your account at { -brand-name }
# Variables:
#   $link (String) - the link to ask for a new password
email-exists-body = Hello,

    Someone tried to create an account with this email address. You already have an account.

    Forgot your password? Ask for a new password here:

    { $link }

    Was this not you? Then you do not need to do anything.

# Variables:
#   $name (String) - the migrant's name
email-partner-subject = { $name } asks for your help at { -brand-name }
# Variables:
#   $name (String) - the migrant's name
#   $code (String) - the partner code
#   $link (String) - where to make an account
email-partner-body = Hello,

    { $name } wants you to help with civic integration, through { -brand-name }.

    1. Create an account as a partner (or log in if you already have an account):
    { $link }
    2. Go to "My account" and type this code:

    { $code }

    The code works for 7 days and only once. Do you not know { $name }? Then you do not need to do anything.
