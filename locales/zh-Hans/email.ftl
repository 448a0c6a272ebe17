# E-mail. Plain text: keep links on their own line.

email-verify-subject = 请确认您在 { -brand-name } 的电子邮箱地址
# Variables:
#   $link (String) - the verification link
email-verify-body = 您好：

    您在 { -brand-name } 创建了一个账户。请打开这个链接，然后点击按钮，确认您的电子邮箱地址：

    { $link }

    这个链接在 24 小时内有效。您没有创建账户？那么您什么都不用做。

email-reset-subject = 您在 { -brand-name } 的新密码
# Variables:
#   $link (String) - the reset link
email-reset-body = 您好：

    有人为您在 { -brand-name } 的账户申请了新密码。请打开这个链接，选择一个新密码：

    { $link }

    这个链接在 30 分钟内有效，而且只能用一次。您没有申请？那么您什么都不用做。您的密码不会改变。

email-exists-subject = 您在 { -brand-name } 的账户
# Variables:
#   $link (String) - the link to ask for a new password
email-exists-body = 您好：

    有人试图用这个电子邮箱地址创建账户。您已经有一个账户了。

    忘记密码了？请在这里申请新密码：

    { $link }

    这不是您本人？那么您什么都不用做。

# Variables:
#   $name (String) - the migrant's name
email-partner-subject = { $name } 在 { -brand-name } 请您帮忙
# Variables:
#   $name (String) - the migrant's name
#   $code (String) - the partner code
#   $link (String) - where to make an account
email-partner-body = 您好：

    { $name } 希望您通过 { -brand-name } 在公民融入方面提供帮助。

    1. 以伴侣身份创建账户（如果您已经有账户，请直接登录）：
    { $link }
    2. 进入“我的账户”，输入这个代码：

    { $code }

    这个代码 7 天内有效，而且只能用一次。您不认识 { $name }？那么您什么都不用做。
