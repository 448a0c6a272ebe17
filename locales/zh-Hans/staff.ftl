# Consultants (regievoerders) and admins, the second factor, activation of an account made by
# someone else, the activation letter, and sharing with the municipality.
# Dutch (nl) is the reference locale. Write at level B1: short sentences, common words.

staff-2fa-doc-title = 登录第二步 – { -brand-name }
staff-2fa-title = 第二步：您的验证码
staff-2fa-text = 请打开您手机上的登录验证码应用。输入您在那里看到的 6 位数字验证码。
staff-2fa-code = 验证码
staff-2fa-code-hint = 应用中的 6 位数字。手机丢了？那么请输入您的一个恢复码。
staff-2fa-submit = 登录
staff-2fa-setup-title = 设置您的第二步
staff-2fa-setup-app = 请在您的手机上安装一个登录验证码应用，例如您的单位使用的应用。
staff-2fa-setup-scan = 请用这个应用扫描这个二维码。
staff-2fa-qr-alt = 用于把 Wegwijs 添加到您的应用中的二维码
staff-2fa-setup-secret = 无法扫描？那么请在应用中输入这个密钥：
staff-2fa-setup-type = 请输入应用现在显示的 6 位数字验证码。
staff-recovery-title = 请保存您的恢复码
staff-recovery-text = 如果您的手机丢了，可以用恢复码登录。每个恢复码只能用一次。请把它们保存在安全的地方。这些恢复码只显示一次。
staff-recovery-continue = 我已保存这些恢复码
staff-2fa-status-title = 第二步
# Variables:
#   $count (Number) - recovery codes not used yet
staff-2fa-status = { $count ->
   *[other] 您还有 { $count } 个恢复码。
}
staff-go-to-work = 去我的工作页面

staff-activate-doc-title = 激活账户 – { -brand-name }
staff-activate-title = 准备好您的账户
staff-activate-text = 您在一封信或一封电子邮件中收到了一个代码。请输入这个代码，并选择一个密码。
staff-activate-code = 您的代码
staff-activate-code-hint = 代码在信中或电子邮件中。短横线可以不输入。
staff-activate-submit = 准备账户

staff-municipality = 市政府
staff-municipality-choose = 请选择一个市政府

staff-admin-doc-title = 管理 – { -brand-name }
staff-admin-title = 管理
staff-admin-consultants = 协调员
staff-admin-none = 目前还没有协调员。
staff-admin-status-invited = 已邀请，尚未开始
staff-admin-status-ready = 已激活，已设置第二步
staff-admin-status-no-2fa = 已选择密码，尚未设置第二步
staff-admin-invite-title = 邀请协调员
staff-admin-invite-name = 协调员的姓名
staff-admin-invite-submit = 发送邀请

# Variables:
#   $municipality (String) - the consultant's municipality
staff-consultant-title = 协调员，{ $municipality }
staff-consultant-doc-title = 协调员 – { -brand-name }
staff-consultant-sharing = 与您分享信息的人
staff-consultant-sharing-text = 这里只显示自己同意分享的人。他们随时可以取消同意。
staff-consultant-sharing-none = 目前还没有人与您的市政府分享信息。
# Variables:
#   $date (String) - since when, formatted for this locale
staff-consultant-shared-since = 从 { $date } 开始分享。
staff-consultant-new-title = 为没有电子邮箱的人创建账户
staff-consultant-new-text = 您创建账户。然后用新移民的语言打印一封信。新移民用信中的代码自己设置密码。
staff-consultant-new-name = 新移民的姓名
staff-consultant-new-language = 信的语言
staff-consultant-new-submit = 创建账户并显示信
staff-consultant-waiting = 尚未激活
staff-consultant-waiting-none = 您创建的所有账户都已激活。
# Variables:
#   $date (String) - when the account was made, formatted for this locale
staff-consultant-made-on = 创建于 { $date }。
staff-consultant-new-letter = 新的信（旧代码将失效）
staff-consultant-back = 返回我的概览

staff-letter-doc-title = 要打印的信 – { -brand-name }
staff-letter-instruction = 请现在打印这封信，并交给新移民。代码没有写在其他任何地方。信丢了？那么请创建一封新的信。

letter-title = 您在 { -brand-name } 的账户
# Variables:
#   $name (String) - the migrant's name
letter-greeting = { $name }，您好：
letter-intro = 市政府已经在 { -brand-name } 为您创建了一个账户。在那里，您可以看到您为公民融入需要做什么。
letter-step-open = 请用手机扫描二维码。或者在浏览器中输入下面的地址。
letter-step-code = 如果代码还没有填好，请输入代码。
letter-step-password = 请选择一个密码。只有您自己知道这个密码。
letter-step-sign-in = 然后用您的用户名和密码登录。
letter-qr-alt = 含有地址的二维码，用来准备您的账户
letter-address = 地址
letter-code = 代码（只能用一次）
letter-username = 您的用户名
# Variables:
#   $date (String) - the last day the code works, formatted for this locale
letter-expiry = 这个代码在 { $date } 之前有效。之后，市政府可以给您一封新的信。
letter-help = 有问题吗？请带着这封信去市政府。

staff-error-code-wrong = 这个验证码不正确。请输入应用现在显示的 6 位数字，或者一个恢复码。
staff-error-municipality-missing = 请从列表中选择一个市政府。
staff-error-email-taken = 这个电子邮箱地址已经有账户了。
staff-error-activation-invalid = 这个代码无效。可能已经用过了，或者太旧了。请向市政府要一封新的信。

account-field-email-or-username = 电子邮箱地址或用户名
account-field-email-or-username-hint = 您收到了市政府的信吗？那么您的用户名就在那封信里。

account-municipality-title = 与您的市政府分享
account-municipality-text = 您可以把您的答案和计划给您所在市政府的协调员看。这样他们能更好地帮助您。这不是必须的。您随时可以停止分享。
account-municipality-where = 您住在哪个市？
account-municipality-share = 是的，与我的市政府分享
# Variables:
#   $municipality (String) - the municipality's name
#   $date (String) - since when, formatted for this locale
account-municipality-sharing = 从 { $date } 起，您与 { $municipality } 市政府分享您的答案和计划。
account-municipality-stop = 停止分享

account-log-second-factor-set = 设置了第二步
account-log-shared-with-municipality = 开始与市政府分享
account-log-stopped-sharing = 停止与市政府分享
account-log-viewed-by-municipality = 查看了您的答案（市政府）
account-log-letter-made = 创建了带代码的信（市政府）

account-notice-activated = 您的账户已准备好。您现在可以登录了。
account-notice-shared = 您的市政府现在可以看到您的答案和计划。
account-notice-sharing-stopped = 您不再与市政府分享任何信息。
account-notice-consultant-invited = 邀请已发送。

email-consultant-subject = 您在 { -brand-name } 的协调员账户
# Variables:
#   $name (String) - the consultant's name
#   $link (String) - the activation link
email-consultant-body = { $name }，您好：

    您被邀请作为协调员使用 { -brand-name }。请打开这个链接来选择密码：

    { $link }

    然后，请用手机上的登录验证码应用设置第二步。这个链接 7 天内有效。
