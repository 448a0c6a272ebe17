# Accounts: sign up, sign in, verify, reset, the account page, partner access.
# Dutch (nl) is the reference locale. Write at level B1: short sentences, common words.

account-sign-up-doc-title = 创建账户 – { -brand-name }
account-sign-up-title = 创建账户
account-sign-up-lead = 有了账户，您就可以保存您的答案。您也可以让您的伴侣帮助您。
account-sign-up-submit = 创建账户
account-sign-up-link = 还没有账户？请创建一个账户。
account-have-account = 您已经有账户了吗？那么请登录。
account-privacy-link = 了解我们如何处理您的信息

account-field-name = 您的姓名
account-field-name-hint = 您希望别人怎么称呼您。您的伴侣会看到这个名字。
account-field-email = 电子邮箱地址
account-field-password = 密码
account-field-new-password = 新密码
# Variables:
#   $min (Number) - the minimum number of characters
account-field-new-password-hint = 至少 { $min } 个字符。用几个词组成的一句话就很好，也容易记住。
account-field-password-repeat = 请再输入一次密码
account-field-role = 您是谁？
account-role-migrant = 我刚来荷兰，必须完成公民融入
account-role-referent = 我是伴侣。我已经住在荷兰，想要提供帮助

account-form-problems = 出了点问题。请看以下几点：

account-check-mail-doc-title = 请查看您的电子邮件 – { -brand-name }
account-check-mail-title = 请查看您的电子邮件
account-check-mail-text = 如果地址正确，您会在几分钟内收到我们的电子邮件。请点击邮件中的链接。
account-check-mail-spam = 没有收到邮件？也请查看垃圾邮件文件夹。
account-sign-in-link = 去登录

account-verify-doc-title = 确认电子邮箱地址 – { -brand-name }
account-verify-title = 请确认您的电子邮箱地址
account-verify-text = 请点击按钮。这样您的账户就准备好了。
account-verify-submit = 是的，这是我的电子邮箱地址

account-sign-in-doc-title = 登录 – { -brand-name }
account-sign-in-title = 登录
account-sign-in-submit = 登录
account-forgot-link = 忘记密码？

account-forgot-doc-title = 忘记密码 – { -brand-name }
account-forgot-title = 忘记密码
account-forgot-text = 请输入您的电子邮箱地址。您会收到一个链接，用来设置新密码。这个链接在 30 分钟内有效。
account-forgot-submit = 请给我发送链接

account-reset-doc-title = 新密码 – { -brand-name }
account-reset-title = 请选择一个新密码
account-reset-submit = 保存密码

account-doc-title = 我的账户 – { -brand-name }
account-title = 我的账户
# Variables:
#   $name (String) - the name the person gave
account-hello = 您好，{ $name }。
# Variables:
#   $email (String) - the person's e-mail address
account-email-is = 您用 { $email } 登录。
account-back = 返回我的账户
account-sign-out = 退出登录

account-saved-check-title = 我关于公民融入的答案
account-saved-check-none = 您还没有保存任何答案。请回答“我需要做什么？”中的问题，然后选择“保存到我的账户”。
# Variables:
#   $date (String) - when the answers were saved, formatted for this locale
account-saved-check-when = 保存日期：{ $date }。
account-saved-check-open = 查看您需要做什么

account-partner-title = 来自伴侣的帮助
account-partner-text = 您的伴侣可以帮助您。您自己决定伴侣可以做什么。您随时可以停止。
account-partner-invite-title = 邀请伴侣
account-partner-scopes = 您的伴侣可以做什么？
account-partner-until = 最后一天是哪一天？（可以不填）
account-partner-until-hint = 如果没有结束日期，这里请不要填写。您随时可以停止访问权限。
account-partner-email = 您伴侣的电子邮箱地址（可以不填）
account-partner-email-hint = 如果您填写这里，我们也会把代码发给您的伴侣。
account-partner-invite-submit = 为我的伴侣生成代码
account-partner-code-intro = 请把这个代码给您的伴侣。您的伴侣在“我的账户”中输入这个代码。
account-partner-code-expiry = 这个代码 7 天内有效，而且只能用一次。这个代码只显示一次。
account-partner-not-accepted = 邀请（尚未使用）
account-partner-revoke = 停止访问权限

account-scope-view = 查看我的义务和我的计划
account-scope-book = 替我预约和取消说明会
account-scope-reminders = 接收我的提醒

# Variables:
#   $status (String) - the status of the access, e.g. "有效"
account-grant-status = 状态：{ $status }
account-grant-status-invited = 已邀请
account-grant-status-invite-expired = 代码已过期
account-grant-status-active = 有效
account-grant-status-ended = 已结束
account-grant-status-revoked = 已停止
# Variables:
#   $date (String) - the last day, formatted for this locale
account-grant-until = 最后一天：{ $date }。
account-grant-no-end = 没有结束日期。

account-helping-title = 您在帮助的人
account-referent-duties-link = 您作为伴侣（担保人）自己的义务
# Variables:
#   $name (String) - the name of the person the partner helps
account-act-for = 帮助 { $name }
account-accept-title = 输入伴侣给您的代码
account-accept-code = 代码
account-accept-code-hint = 您的伴侣在 Wegwijs 中可以看到这个代码。可以输入短横线和小写字母。
account-accept-submit = 使用代码

# Variables:
#   $name (String) - the name of the person the partner acts for
account-acting-banner = 请注意：您现在正在代表 { $name } 操作。您做的事情，{ $name } 也能看到。
account-acting-open = 查看答案
account-acting-stop = 停止帮助

account-log-title = 您的账户发生了什么
account-log-empty = 还没有记录。
account-log-by-me = 您
account-log-by-deleted = 一个已删除的账户
# Variables:
#   $date (String) - when it happened
#   $who (String) - who did it ("您" or a name)
#   $what (String) - what was done
account-log-line = { $date }：{ $what }（操作人：{ $who }）
account-log-signed-in = 登录
account-log-password-changed = 更改了密码
account-log-grant-created = 邀请了伴侣
account-log-grant-accepted = 接受了邀请
account-log-grant-revoked = 停止了伴侣的访问权限
account-log-viewed-check = 查看了答案
account-log-saved-check = 保存了答案

account-devices-title = 您在哪些设备上登录了
# Variables:
#   $device (String) - browser and system, e.g. "Chrome · Android"
#   $since (String) - when the person logged in
#   $seen (String) - when the device was last used
account-devices-line = { $device }：登录时间 { $since }，最后使用时间 { $seen }。
account-devices-this = （这台设备）
account-sign-out-everywhere = 在所有设备上退出登录

account-data-title = 我的信息
account-data-text = 您可以下载您的所有信息。您也可以立即删除您的账户。
account-export-link = 下载我的信息
account-delete-link = 删除账户

account-delete-doc-title = 删除账户 – { -brand-name }
account-delete-title = 删除账户
account-delete-text = 删除后无法恢复。我们会删除您的账户、您的答案和您伴侣的访问权限。您也会立即退出登录。
account-delete-submit = 是的，删除我的账户

account-shared-doc-title = 您伴侣的答案 – { -brand-name }
# Variables:
#   $name (String) - the name of the person the partner acts for
account-shared-title = { $name } 的答案
account-shared-none = 还没有保存的答案。
account-access-ended-title = 没有访问权限
account-access-ended-text = 您不能（或不再能）查看这些内容。访问权限已停止或已到期。或者您没有得到这个访问权限。

account-notice-verified = 您的电子邮箱地址已确认。您现在可以登录了。
account-notice-password-reset = 您的新密码已保存。您已在所有设备上退出登录。请重新登录。
account-notice-signed-out = 您已退出登录。
account-notice-deleted = 您的账户已删除。
account-notice-saved = 您的答案已保存。
account-notice-revoked = 访问权限已停止。您的伴侣不能再替您做任何事。
account-notice-accepted = 成功了。您现在可以提供帮助了。
account-notice-signed-out-everywhere = 您已在所有设备上退出登录。
account-notice-acting-stopped = 您现在又在为自己操作了。

account-error-email-missing = 请输入您的电子邮箱地址。
account-error-email-no-at = 电子邮箱地址中有一个 @，前后都有文字。例如：name@example.com
account-error-email-spaces = 电子邮箱地址中不能有空格。
account-error-email-no-domain = @ 后面的部分不完整。例如：name@example.com
account-error-email-too-long = 这个电子邮箱地址太长了。
account-error-password-too-short = 密码太短了。请加长密码，例如多加几个词。
account-error-password-too-long = 密码太长了。最多使用 128 个字符。
account-error-password-common = 很多人都在用这个密码。它很容易被猜到。请选择另一个密码。
account-error-password-contains-email = 密码中包含您的电子邮箱地址。请选择另一个密码。
account-error-password-mismatch = 两次输入的密码不一样。
account-error-password-wrong = 这个密码不正确。
account-error-name-missing = 请输入姓名（最多 80 个字符）。
account-error-role-missing = 请选择您是谁。
account-error-rate-limited = 您尝试的次数太多了。请等 15 分钟后再试。
account-error-sign-in-failed = 电子邮箱地址或密码不正确。
account-error-not-verified = 您还没有确认您的电子邮箱地址。请点击我们邮件中的链接。没有收到邮件？请选择“忘记密码？”。
account-error-link-invalid = 这个链接已经失效。它已经被使用过，或者太旧了。请申请一个新链接。
account-error-code-invalid = 这个代码无效。请检查您是否输入正确。每个代码 7 天内有效，而且只能用一次。
account-error-not-a-referent = 只有伴侣账户才能使用代码。
account-error-scopes-missing = 请至少选择一件您的伴侣可以做的事。
account-error-until-invalid = 请输入一个日期，例如 2027-06-30。
account-error-until-past = 这个日期已经过去了。请选择将来的一天。
account-error-forbidden = 您不能用这个账户做这件事。
account-error-not-found = 这个内容不存在（或已不存在）。
