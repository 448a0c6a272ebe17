# My plan: a timeline from arrival to the deadline. Write at level B1.

plan-title = 我的计划
plan-doc-title = 我的计划 – { -brand-name }
plan-lead = 制定一个从现在到您的截止日期的计划。请填写您知道的日期。这样您就能看到什么时候要做什么，以及您的课时是否足够。

plan-milestone-arrival = 您领取了居留卡
plan-milestone-notice = DUO 来信：您必须完成公民融入
plan-milestone-intake = 在市政府进行全面入门面谈
plan-milestone-pip-due = 最迟到这个时候，您应该已经有 PIP
plan-milestone-pip = 您的第一份 PIP
plan-milestone-termijn-start = 您的 3 年期限开始
plan-milestone-lessons-start = 开始上课
plan-milestone-hours-600 = 600 课时：可以讨论降级到 A2
plan-milestone-hours-800 = 800 课时：Z 路线的课时
plan-milestone-lessons-end = 课程结束（预计）
plan-milestone-exam-book-by = 最迟在这个时候报名参加考试，这样还有时间重考一门
plan-milestone-exam-last-chance = 报名参加考试的最后时刻
plan-milestone-extension-window = 从现在起，如果您有理由，可以向 DUO 申请更多时间
plan-milestone-pvt-by = 完成参与声明课程（PVT）
plan-milestone-map-by = 完成劳动力市场与参与模块（MAP）
plan-milestone-termijn-end = 截止日期：所有内容都必须完成
plan-milestone-repayment-start = 您开始偿还 DUO 的贷款（如果您借过钱）
plan-milestone-naturalisation = 可以成为荷兰人（如果您的伴侣是荷兰人）
plan-milestone-permit = 可以申请更稳定的居留许可

plan-official = 来自您的信
plan-estimated = 估计
plan-uncertain = 不确定

plan-phase-start = 开始
plan-phase-learning = 学习
plan-phase-finish = 考试和截止日期
plan-phase-after = 之后

# $date (String)
plan-today = 今天，{ $date }
# $title (String) - title of the meeting
plan-session = 说明会：{ $title }
plan-warnings-title = 请注意
plan-warning-no-hours = 您计划每周学习 0 小时。这样您的课程永远无法完成。请计划每周的学习时间。
plan-warning-cannot-reach = 按照每周这些课时，您无法按时准备好考试。请每周计划更多课时，或者早点开始。
plan-warning-no-retake-room = 您刚好能按时准备好考试，但没有时间重考。如果可以，请每周计划更多课时。
# $months (Number)
plan-warning-late-start = 您拿到 PIP 已经超过 { $months } 个月，但还没有开始上课。请尽快开始。
# $hours (Number)
plan-warning-step-down-keurmerk = B1 达不到吗？只有在拥有 Blik op Werk 质量标志的学校上满 { $hours } 小时的课之后，才可以降级到 A2。

# $name (String) - name of the school
plan-school = 您的学校：{ $name }。我们已经填写了这所学校的课时和开课日期。
plan-dates-title = 您的日期
plan-dates-hint = 请填写您知道的内容。日期写在信里吗？请照抄那个日期。不知道？请留空。
plan-field-arrival = 您领取居留卡的日期
plan-field-notice = DUO 来信的日期
plan-field-intake = 全面入门面谈的日期
plan-field-pip = 您第一份 PIP 的日期
plan-field-pip-hint = 您还没有 PIP 吗？请留空。
plan-field-termijn-end = DUO 来信中的截止日期
plan-field-termijn-end-hint = 非必填。这个日期优先于我们的计算。
plan-lessons-title = 您的课程
plan-field-route = 您的路线
plan-route-b1 = B1 路线
plan-route-z = Z 路线
plan-route-education = 教育路线
plan-field-target-hours = 您计划上多少课时？
plan-field-target-hours-hint = Z 路线是 800 小时。B1 路线的课时法律没有规定：请问您的学校。
plan-field-lessons-start = 开始上课
plan-field-hours-per-week = 每周课时
# $max (Number)
plan-field-hours-per-week-hint = 最多 { $max } 小时。
plan-field-weeks-off = 每年不上课的周数（假期）
plan-progress-title = 您已经完成的
plan-progress-hint = 请写下每个月您上了多少小时的课。想填写更多月份吗？请点击“计算我的计划”：这样会增加空白行。
# $n (Number) - line number
plan-field-month = 第 { $n } 个月
# $n (Number)
plan-field-month-hours = 第 { $n } 个月的课时
plan-field-exams-passed = 我已经通过了我的路线的所有考试
plan-field-dutch-partner = 我的伴侣是荷兰人
plan-submit = 计算我的计划
plan-timeline-title = 您的时间线
# $left (Number) - lesson hours still to go; $average (String) - average number of hours per week
plan-summary = 还剩 { $left } 课时。算上假期，平均每周 { $average } 小时。
plan-calendar = 添加到我的日历（.ics）
plan-print = 打印
plan-save = 保存到我的账户
plan-save-sign-in = 登录后可以保存您的计划。您也可以保存此页面的链接。
plan-disclaimer = 这是一个计划，不是决定。估计的日期可能会不同。始终以 DUO 和市政府来信中的日期为准。

plan-print-back = 返回我的计划
plan-print-title = 我的公民融入：重要日期
# $date (String)
plan-print-made = 制作于 { $date }。
plan-print-date = 日期
plan-print-what = 内容
plan-print-how = 确定程度
plan-checklist-title = 请记住
plan-checklist-school = 选择一所语言学校。想向 DUO 借钱吗？那么请选择有质量标志的学校。
plan-checklist-hours = 每周安排学习时间，即使您在工作。
plan-checklist-pvt = 参加参与声明课程（PVT）。这是免费的。
plan-checklist-map = 参加关于在荷兰工作的 MAP。这是免费的。（教育路线不需要。）
plan-checklist-exams = 请及时报名参加考试。重考需要时间。
plan-checklist-help = 有问题吗？请给您在市政府的协调员（regievoerder）打电话或发邮件。

plan-error-date = 请选择日期。
plan-error-notice-before-arrival = DUO 的来信是在您领取居留卡之后寄来的。请再检查一下日期。
plan-error-pip-before-notice = 您的 PIP 是在 DUO 来信之后制定的。请再检查一下日期。
plan-error-intake-after-pip = 全面入门面谈在 PIP 之前。请再检查一下日期。
plan-error-end-before-pip = 截止日期在您的 PIP 日期之后。请再检查一下日期。
plan-error-hours = 请填写整数小时，例如 9。
plan-error-hours-too-many = 每周不能超过 40 小时。请选择更少的小时数。
plan-error-target = 请填写 1 到 3000 之间的课时数。
plan-error-weeks-off = 请填写 0 到 26 之间的周数。
plan-error-progress-month = 请选择已经过去或正在进行的月份。
plan-error-progress-hours = 请为这个月填写 0 到 200 之间的小时数。
plan-error-progress-total = 您填写的课时比您计划的多。请增加计划课时数，或检查您填写的课时。
account-notice-plan-saved = 您的计划已保存到您的账户。
school-plan-link = 在我的计划中使用 { $name }
plan-live-hours = 滑块：每周课时
plan-live-start = 滑块：您什么时候开始？
# $months (Number) - in how many months the lessons start
plan-live-start-months = { $months ->
    [0] 现在
   *[other] { $months } 个月后
}
plan-live-end = 课程结束：
plan-live-never = 永远不会结束（每周 0 小时）
