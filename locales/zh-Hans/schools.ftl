# Language schools: search, compare, and the total cost next to the DUO loan.
# Dutch is the reference. Write at level B1: short sentences, common words, polite "您".

school-lead = 查找您附近的语言学校。把两到四所学校放在一起比较。这样您就能看到它们的费用，以及您能得到什么。
school-none = 没有找到语言学校。请减少筛选条件再试。

# $amount (String) - amount, already written with the separators of the language
school-money = €{ $amount }

school-route-b1 = B1 路线（B1-route）
school-route-a2 = A2（降级之后）
school-route-z = Z 路线（Z-route，800 小时）
school-route-literacy = 扫盲课程（学习读和写）
school-route-education = 教育路线（taalschakeltraject，语言衔接课程）
school-route-knm = 只有 KNM
school-route-exam-training = 考试培训
school-route-informal = 练习（taalcafé 语言咖啡馆、图书馆、语言伙伴）

school-schedule-daytime = 白天
school-schedule-evening = 晚上
school-schedule-weekend = 周末

school-format-in-person = 在教室上课
school-format-online = 线上
school-format-hybrid = 部分在教室，部分线上
# $format (String) - type of lesson; $percent (Number) - share of the hours in the classroom
school-format-share = { $format }（{ $percent }% 在教室）

school-yes = 是
school-no = 否
school-unknown = 不清楚

school-keurmerk-keurmerkhouder = Blik op Werk 质量标志
school-keurmerk-aspirant = 候选质量标志（aspirant，仍在申请中）
school-keurmerk-none = 没有质量标志
# $date (String) - date on which the quality mark expired
school-keurmerk-expired = 质量标志已于 { $date } 过期

school-kind-school = 语言学校
school-kind-taalcafe = Taalcafé 语言咖啡馆，练习荷兰语的地方（不是学校，没有质量标志）
school-kind-library = 图书馆（不是学校，没有质量标志）
school-kind-language-buddy = 语言伙伴 taalmaatje（不是学校，没有质量标志）

# $count (Number) - stars from Blik op Werk, 1 to 4
school-stars = { $count ->
   *[other] { $count } 颗星（满分 4 颗）
}
school-stars-unknown = 星级：不清楚

# $km (String) - distance in kilometres
school-distance = { $km } 公里
# $hours (Number), $per_week (Number), $weeks (Number)
school-hours = 共 { $hours } 小时课，每周 { $per_week } 小时，{ $weeks ->
   *[other] 共 { $weeks } 周
}
# $city (String), $municipality (String)
school-where = { $city }（所属市镇：{ $municipality }）
school-childcare-yes = 提供儿童看护
school-working-yes = 工作的人也能参加
# $date (String)
school-next-start = 下次开课：{ $date }
# $amount (String) - amount with the euro sign
school-total = 总计：{ $amount }
school-per-hour = （每课时 { $amount }）
# $name (String) - name of the school
school-compare-pick = 比较 { $name }

school-filter-city = 地点
school-filter-route = 路线
school-filter-all-routes = 所有路线
school-filter-schedule = 您什么时候可以上课？
school-filter-format = 上课方式
school-filter-any-format = 所有方式
school-filter-keurmerk = 只显示有质量标志的学校
school-filter-keurmerk-why = 只有在有质量标志的学校，您才可以向 DUO 借钱、走 Z 路线（Z-route）或降级到 A2。
school-filter-childcare = 提供儿童看护
school-filter-working = 我工作时也能参加
school-filter-max-total = 总费用最多可以是多少？（欧元）
school-filter-km = 最远可以多远？（公里）
school-filter-submit = 搜索

school-locate = 使用我的位置
school-locate-waiting = 正在查找您的位置…
school-locate-found = 您的位置已填好。请点击“搜索”。
school-locate-failed = 找不到您的位置。请选择一个市镇或地点。

school-sort = 排序方式
school-sort-total = 总价最低
school-sort-per-hour = 每课时价格最低
school-sort-stars = 星级最高
school-sort-distance = 距离最近

# $count (Number) - number of offers found
school-results = { $count ->
   *[other] 找到 { $count } 个课程
}
# $municipality (String)
school-distance-from = 距离是从 { $municipality } 市镇的中心开始计算的。
school-distance-unknown = 您想按距离搜索吗？请选择一个市镇，或使用您的位置。
# $max (Number) - the largest number of schools you can choose
school-compare-how = 请选择 2 到 { $max } 所学校，然后点击“比较”。
school-compare-submit = 比较

school-pages = 页面
school-page-previous = 上一页
school-page-next = 下一页
# $page (Number), $pages (Number)
school-page-of = 第 { $page } 页，共 { $pages } 页

school-compare-doc-title = 比较语言学校 – { -brand-name }
school-compare-title = 语言学校并排比较
school-compare-back = 返回搜索结果
school-compare-caption = 您选择的学校，并排显示
school-compare-differs = 不同
# $max (Number)
school-compare-too-few = 请至少选择 2 所学校进行比较。
# $max (Number)
school-compare-too-many = 您一次最多可以比较 { $max } 所学校。您看到的是前 { $max } 所。

school-checklist-title = 您需要注意什么？
school-checklist-lead = 这些问题可以帮助您选择。表格列出了每所学校的答案。
school-checklist-intake = 开始时您会做语言测试吗？这样学校就知道您的水平，以及您需要上多少课。
school-checklist-hours = 您能从合格的老师那里上多少小时的课？
school-checklist-times = 课程在哪几天、什么时间、在哪里上？
school-checklist-keurmerk = 学校有有效的质量标志吗？向 DUO 借钱、走 Z 路线（Z-route）和降级到 A2 都需要它。
school-checklist-retakes = 您可以免费重考吗？
school-checklist-reputation = 别人觉得这所学校怎么样？
school-checklist-work = 您在工作，或者快要开始工作吗？那时您还能继续上课吗？

school-row-keurmerk = 质量标志
school-row-route = 路线
school-row-intake = 开始时的语言测试
school-row-hours = 课时
school-row-schedule = 上课日期和时间
school-row-format = 上课方式
school-row-place = 地址
school-row-retakes = 价格包含重考
school-row-stars = 星级（Blik op Werk）
school-row-working = 工作的人也能参加
school-row-childcare = 儿童看护
school-row-class-size = 最大班级人数
school-row-start = 下次开课
school-row-price = 课程价格
school-row-exam-fees = 不包含在价格中的考试
school-row-retake-room = 重考一次的费用
school-row-total = 总计
school-row-loan = 向 DUO 借钱
school-row-pay-now = 借最高金额时您自己要付的钱
school-row-checked = 已核实

school-retakes-none = 不包含，您需要自己付钱
# $count (Number)
school-retakes-count = { $count ->
   *[other] 是，包含 { $count } 次
}
school-exam-fees-none = 无（已包含在价格中，或没有考试）
# $count (Number) - number of exams; $fee (String) - price per exam; $amount (String) - together
school-exam-fees = { $count ->
   *[other] { $count } 门考试 × { $fee } = { $amount }
}
# $amount (String)
school-loan-up-to = 可以，最多 { $amount }
school-loan-ask-duo = 不确定：请询问 DUO
school-loan-none = 不可以，没有质量标志
# $address (String), $postcode (String), $city (String)
school-address = { $address }, { $postcode } { $city }
# $date (String), $source (String)
school-checked-on = { $date }（{ $source }）

school-cost-title = 您要花多少钱？
# $fee (String) - price per exam; $date (String) - date of that price
school-cost-how = 总计 = 课程价格 + 不包含在价格中的考试 + 重考一门考试的费用。一门考试的费用是 { $fee }（{ $date } 的价格）。如果您重考，需要再付一次钱。
# $max (String) - the highest amount you can borrow
school-cost-loan = 在有质量标志的学校学习，您可以向 DUO 借钱，最多 { $max }。您实际可以借多少，取决于您的收入和您伴侣的收入。只有 DUO 知道具体金额。“借最高金额时您自己要付的钱”是按最高金额计算的。
# $months (Number), $years (Number)
school-cost-repay = 贷款需要偿还。您在完成公民融入 { $months } 个月后开始还款，在 { $years } 年内每月还款。每月还多少？DUO 会告诉您。
school-cost-sources = 规则：R3.6（考试）、R6.2（贷款）和 R6.3（还款）。对于有候选质量标志的学校，DUO 是否也提供贷款，我们不能确定。
school-contact-title = 联系学校

school-warning-no-keurmerk = 没有质量标志：在这里学习不能向 DUO 借钱。这些课时不计入 Z 路线（Z-route），也不计入降级到 A2 所需的课时。
school-warning-aspirant = 候选质量标志：请问 DUO 您能否在这里借钱，并问市政府这些课时是否算数。
# $hours (Number)
school-warning-z-hours = 走 Z 路线（Z-route），您需要在有质量标志的学校上 { $hours } 小时的课。这门课程的课时更少。
# $hours (Number)
school-warning-step-down-hours = 只有在有质量标志的学校上满 { $hours } 小时课之后，才能降级到 A2。仅靠这门课程，课时不够。
school-warning-above-loan = 总费用超过了您可以借的金额。超出的部分由您自己支付。
school-warning-informal = 这不是学校。上课之外多练习很好，但这不算课时。

school-error-max-total = 请填写欧元金额，例如 6000。
school-error-km = 请填写 1 到 300 之间的公里数。
school-error-required = 请填写此项。
school-error-toolong = 内容太长。请少于 200 个字符。
school-error-whole = 请填写整数。
school-error-range = 这个数字太大或太小。
school-error-price = 请填写欧元金额，例如 1250 或 1250.50。
school-error-date = 请选择日期。
school-error-yesno = 请选择是或否。
school-error-choice = 请选择一个选项。
school-error-postcode = 请填写邮政编码，例如 1234 AB。
school-error-municipality = 请选择一个市镇。
school-error-coordinates = 这不是荷兰境内的地点。
school-error-email = 请填写电子邮件地址，例如 name@voorbeeld.nl。
school-error-website = 请填写以 https:// 开头的网址。
school-error-language = 请填写语言代码，例如 ar|tr。
school-error-stars = 请选择 1 到 4 颗星。

# Consultants (regievoerders): add, change and check language schools.
school-staff-link = 语言学校
school-staff-doc-title = 管理语言学校 – { -brand-name }
school-staff-title = 管理语言学校
school-staff-lead = 这里列出地址在您所在市镇的语言学校。信息都正确吗？那就请点击“已核实”。这样居民就能看到这些信息是最新的。
school-staff-add = 添加语言学校
school-staff-none = 目前还没有语言学校。
school-staff-back = 返回语言学校列表
# $count (Number) - number of courses
school-staff-offers = { $count ->
   *[other] { $count } 门课程
}
# $date (String) - date YYYY-MM-DD
school-staff-checked = 最近核实：{ $date }
# $name (String) - name of the school
school-staff-verify = 已核实：{ $name }
school-edit-title = 修改语言学校
school-new-title = 添加语言学校
school-field-name = 名称
school-field-kind = 类型
school-field-valid-until = 质量标志有效期至
school-field-stars-hint = 1 到 4 颗星。不知道的话请留空。
school-field-website = 网站
school-field-phone = 电话
school-field-email = 电子邮件地址
school-field-address = 街道和门牌号
school-field-postcode = 邮政编码
school-field-latitude = 纬度（选填）
school-field-longitude = 经度（选填）
school-field-coordinates-hint = 用于按距离搜索，例如 52.0907 和 5.1214。
school-field-verified-hint = 保存后，学校旁边会显示您的市镇今天核实过这些信息。
school-save = 保存
school-offers-title = 课程
# $price (String) - price with the euro sign; $hours (Number)
school-offer-line = { $price }，{ $hours } 小时
school-offer-add = 添加课程
school-offer-title = 课程
# $name (String) - name of the school
school-offer-back = 返回 { $name }
school-offer-delete = 删除课程
school-field-price = 价格（欧元）
school-field-price-hint = 例如 6250 或 6250.50。
school-field-hours = 课时
school-field-hours-per-week = 每周课时
school-field-weeks = 周数
school-field-in-person = 在教室上课的比例（百分比）
school-field-retakes = 价格包含几次重考？
school-field-languages = 老师可以用来讲解的语言
school-field-languages-hint = 语言代码，例如 ar, tr。
school-field-start-dates = 开课日期
school-field-start-dates-hint = 例如 2027-01-11, 2027-03-01。
school-field-exams-included = 价格包含考试
school-error-informal-keurmerk = taalcafé 语言咖啡馆、图书馆或语言伙伴没有质量标志。请选择“没有质量标志”。
school-error-informal-route = taalcafé 语言咖啡馆、图书馆或语言伙伴请选择“练习”；学校请选择一条路线。
school-error-same-address = 这所学校已经有这个地址了。
account-notice-school-saved = 语言学校已保存。
account-notice-school-checked = 这些信息现在显示为已核实。
# $municipality (String) - name of the municipality that checked the data
school-source-municipality = { $municipality } 市政府
school-source-admin = Wegwijs 管理员
