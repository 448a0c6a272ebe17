# Information sessions: the list, a session page, booking, the waiting list, the consultant's side.
# Dutch is the reference. Write at level B1: short sentences, common words, "u".

session-list-lead = 市政府为新居民举办说明会。您会了解自己需要做什么，还能认识其他人。请选择一场说明会并报名。
session-mine-link = 我的报名
session-filter-all-municipalities = 所有市政府
session-filter-language = 语言
session-filter-any-language = 所有语言
session-filter-from = 起始日期
session-filter-submit = 搜索
session-none = 目前没有符合条件的说明会。请以后再来看看，或者减少一些筛选条件再搜索。

# Variables:
#   $start (String) - start time, e.g. 19:00
#   $end (String) - end time, e.g. 20:30
session-time = { $start } – { $end }
# Variables:
#   $count (Number) - seats left
session-seats-left = { $count ->
   *[other] 还剩 { $count } 个名额
}
session-full = 已满。您可以进入候补名单。
session-closed = 报名已截止。
session-cancelled = 这场说明会取消了。
session-online = 线上
session-in-dutch = 这段文字只有荷兰语版本。
# Variables:
#   $languages (String) - names of the languages spoken
session-languages = 语言：{ $languages }

# Variables:
#   $title (String) - the session's title
session-doc-title = { $title } – { -brand-name }
session-when = 时间
session-more-dates = 其他日期
# Variables:
#   $count (Number) - how many days the series has
session-series = { $count ->
   *[other] 系列说明会，共 { $count } 场。报名一次就可以参加全部场次。
}
session-where = 地点
session-accessibility = 无障碍设施
session-languages-spoken = 使用的语言
session-interpreter = 有口译员
session-childcare = 儿童看护
session-partner-welcome = 欢迎伴侣参加
session-seats = 名额
session-deadline = 报名截止日期
session-yes = 是
session-no = 否
session-booking-title = 报名
session-book = 我要报名
session-join-waiting-list = 把我加入候补名单
session-full-text = 这场说明会已满。如果您在候补名单上，有人取消报名时，您会自动得到名额。届时您会收到一封电子邮件。
session-party = 您一共几个人来？
# Variables:
#   $count (Number) - number of people
session-party-option = { $count ->
   *[other] { $count } 人
}
session-sign-in-to-book = 登录后报名
# Variables:
#   $count (Number) - number of people in the booking
session-booking-confirmed = { $count ->
   *[other] 您已报名成功，共 { $count } 人。
}
# Variables:
#   $position (Number) - place on the waiting list
session-booking-waiting = 您在候补名单上。您排在第 { $position } 位。
session-status-confirmed = 已报名
session-status-waiting = 候补中
session-status-cancelled = 已取消报名
session-cancel = 取消我的报名
session-leave-waiting-list = 退出候补名单
session-calendar = 添加到我的日历
# Variables:
#   $name (String) - the migrant the partner books for
session-booking-for = 您正在替 { $name } 办理。
session-back = 返回所有说明会

session-mine-doc-title = 我的报名 – { -brand-name }
session-mine-title = 我的报名
session-mine-none = 您还没有报名任何说明会。
session-alerts-title = 新说明会的电子邮件通知
session-alerts-text = 当您的市政府发布使用您的语言的说明会时，我们会给您发电子邮件。
session-alerts-needs-municipality = 请先在“我的账户”（与您的市政府分享）中选择您的市政府。这样我们才知道哪些说明会适合您。
session-alerts-label = 是的，有新说明会时请给我发电子邮件
session-alerts-submit = 保存

session-consultant-link = 本市的说明会
session-consultant-doc-title = 管理说明会 – { -brand-name }
session-consultant-title = 本市的说明会
session-consultant-none = 您还没有发布任何说明会。
session-consultant-back = 返回说明会列表
session-edit-link = 修改
session-edit-title = 修改说明会
session-edit-lead = 您要修改时间或地点吗？那么所有已报名的人都会收到一封电子邮件。
session-edit-submit = 保存修改
session-cancel-session = 取消说明会
session-message-title = 给所有已报名的人发消息
session-message-label = 您的消息
session-message-hint = 普通文字，最多 2000 个字符。所有已报名或在候补名单上的人都会通过电子邮件收到这条消息。
session-message-submit = 发送消息
session-new-link = 新说明会
session-new-doc-title = 新说明会 – { -brand-name }
session-new-title = 发布新说明会
session-new-submit = 发布说明会
session-field-title = 标题
session-field-title-hint = 简短清楚，用荷兰语。最多 120 个字符。
session-field-description = 说明
session-field-description-hint = 普通文字。换行会保留。
session-field-date = 日期
session-field-time = 开始时间
session-field-time-hint = 荷兰时间，例如 19:00。
session-field-duration = 时长（分钟）
session-field-place = 地址
session-field-place-hint = 如果只在线上举办，请不要填写。
session-field-room = 会议厅或房间
session-field-accessibility = 无障碍设施（例如：电梯、轮椅）
session-field-online-url = 线上参加的链接
session-field-online-url-hint = 以 https:// 开头。如果不在线上举办，请不要填写。
session-field-capacity = 名额数量
session-field-languages = 使用哪些语言？
session-field-extras = 其他
session-field-childcare = 有儿童看护
session-field-partner-welcome = 欢迎伴侣参加
session-field-max-party = 每次报名最多几人？
session-field-max-party-hint = 仅在欢迎伴侣参加时适用。通常为 2。
session-field-deadline = 报名截止日期（含当天）
session-field-series = 系列（可以不填）
session-field-series-hint = 这场说明会是不是分几次举办的系列？请填写其他日期。大家只需报名一次，就可以参加所有日期。
# Variables:
#   $number (Number) - which day of the series (2, 3, 4)
session-field-series-date = 第 { $number } 天：日期
# Variables:
#   $number (Number) - which day of the series (2, 3, 4)
session-field-series-time = 第 { $number } 天：开始时间（不填 = 同一时间）
session-field-translations = 其他语言的文字（可以不填）
session-field-translations-hint = 如果您在这里填写，居民会看到用他们自己语言写的标题和描述。否则他们会看到荷兰语文字。
# Variables:
#   $language (String) - the language's own name
session-field-title-in = 标题（{ $language }）
# Variables:
#   $language (String) - the language's own name
session-field-description-in = 说明（{ $language }）
session-field-deadline-hint = 不填写：可以一直报名，直到说明会开始。

# Variables:
#   $taken (Number) - seats taken
#   $capacity (Number) - all seats
session-taken = 已占用 { $taken } 个名额，共 { $capacity } 个。
session-public-page = 以居民的视角查看
session-csv = 下载名单（CSV）
session-attendees = 报名情况
session-attendees-none = 还没有人报名。
session-attendee-deleted = （账户已删除）
session-attended-yes = 已出席
session-attended-no = 未出席
session-attended-unknown = 尚未登记
session-check-in = 已到
session-no-show = 没来

session-error-title-missing = 请填写标题。
session-error-title-long = 标题太长了。最多使用 120 个字符。
session-error-description-long = 说明太长了。最多使用 4000 个字符。
session-error-date-invalid = 请输入一个日期，例如 2027-03-15。
session-error-time-skipped = 这一天没有这个时间：那天时钟会拨快一小时。请选择其他时间。
session-error-date-past = 这个日期已经过去了。请选择将来的一天。
session-error-duration = 请填写 15 到 600 分钟之间的时长。
session-error-capacity = 请填写 1 到 500 之间的名额数量。
session-error-max-party = 请填写 1 到 6 之间的人数。
session-error-deadline-after-start = 报名必须在说明会开始前截止。
session-error-place-missing = 请填写地址，或者线上参加的链接。
session-error-url = 链接以 https:// 开头，而且不能有空格。
session-error-languages-missing = 请至少选择一种语言。
session-error-party = 您不能带这么多人参加这场说明会。
session-error-capacity-below-booked = 已占用的名额比这个数字多。请选择更大的名额数量。
session-error-message = 请写一条 1 到 2000 个字符的消息。
session-error-series-order = 系列中的每一天都必须在前一天之后。
session-error-closed = 已经不能报名了：说明会已开始、报名已截止，或说明会已取消。

account-notice-booked = 成功了。您已报名。您会收到一封包含详细信息的电子邮件。
account-notice-waiting = 您在候补名单上。如果有名额空出来，您会自动得到名额，我们也会给您发电子邮件。
account-notice-cancelled = 您已取消报名。
account-notice-session-created = 说明会已在网站上发布。
account-notice-checked-in = 已保存。
account-notice-session-updated = 修改已保存。
account-notice-session-cancelled = 说明会已取消。所有已报名的人都会收到一封电子邮件。
account-notice-message-sent = 您的消息正在发送。
account-notice-alerts-on = 有新说明会时，您会收到电子邮件。
account-notice-alerts-off = 您不会再收到关于新说明会的电子邮件。
account-log-booked-session = 报名了一场说明会
account-log-cancelled-booking = 取消了一场说明会的报名

# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-confirmed-subject = 您已报名：{ $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-confirmed-body = 您好：

    您已报名参加说明会“{ $title }”。

    时间：{ $date } { $time }
    地点：{ $place }

    附件中有可以添加到日历的预约。您不能来吗？请取消报名，这样别人就可以得到您的名额：

    { $link }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-waiting-subject = 您在候补名单上：{ $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-waiting-body = 您好：

    { $date } 的说明会“{ $title }”已满。您在候补名单上。

    如果有人取消报名，您会自动得到名额，我们也会给您发电子邮件。

    { $link }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-promoted-subject = 您有名额了：{ $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-promoted-body = 您好：

    好消息：有一个名额空出来了。您现在已报名参加“{ $title }”。

    时间：{ $date } { $time }
    地点：{ $place }

    附件中有可以添加到日历的预约。您还是不能来吗？请取消报名：

    { $link }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-reminder-subject = 提醒：{ $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-reminder-body = 您好：

    请不要忘记说明会“{ $title }”。

    时间：{ $date } { $time }
    地点：{ $place }

    您不能来吗？请取消报名，这样别人就可以得到您的名额：

    { $link }

# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-changed-subject = 说明会有变动：{ $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-changed-body = 您好：

    说明会“{ $title }”有变动。新的信息如下：

    时间：{ $date } { $time }
    地点：{ $place }

    您现在不能来了吗？请取消报名：

    { $link }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-cancelled-subject = 说明会取消：{ $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-cancelled-body = 您好：

    很抱歉，{ $date } 的说明会“{ $title }”取消了。您不需要做任何事。

    您可以在这里找其他说明会：

    { $link }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
#   $message (String) - the consultant's own words
session-mail-message-subject = 关于说明会的消息：{ $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
#   $message (String) - the consultant's own words
session-mail-message-body = 您好：

    市政府给您发来一条关于 { $date } 的说明会“{ $title }”的消息：

    { $message }

    { $link }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-announced-subject = 新说明会：{ $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-announced-body = 您好：

    您的市政府将举办一场使用您的语言的新说明会：“{ $title }”。

    时间：{ $date } { $time }
    地点：{ $place }

    您想参加吗？请报名：

    { $link }

    不想再收到这些电子邮件？请在“我的报名”中关闭。

# "Wednesday 2 December 2026, 19:30 – 21:00"
# Variables:
#   $date (String) - the day, formatted for this locale
#   $time (String) - the time or the hours
session-date-time = { $date } { $time }
# Between the names in a list (e.g. of languages), spaces included.
session-list-separator = { "、" }
