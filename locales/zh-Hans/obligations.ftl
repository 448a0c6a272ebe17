# The result of the obligations check ("What must I do?").
# Every statement is one message. Amounts are whole euros, dates are already formatted.

obl-result-doc-title = 您的结果 – { -brand-name }
obl-result-title = 您的结果

# Variables:
#   $status (String) - obligated, not_obligated, not_sure or not_for_this_portal
obl-status = { $status ->
    [obligated] 您必须完成公民融入。
    [not_obligated] 您不需要完成公民融入。
    [not_for_this_portal] 您适用其他规定。
   *[not_sure] 我们还不能确定。
}

# Variables:
#   $law (String) - wi2021, wi2013, none or unknown
obl-law = { $law ->
    [wi2021] 您适用《2021 年公民融入法》（Wet inburgering 2021）。
    [wi2013] 您适用旧法：《2013 年公民融入法》（Wet inburgering 2013）。
    [none] 您不适用任何公民融入法。
   *[unknown] 我们还不知道您适用哪部法律：2013 年的法律还是 2021 年的法律。
}

# Variables:
#   $group (String) - gezinsmigrant, overige_migrant, nareiziger, none or unknown
obl-group = { $group ->
    [gezinsmigrant] 您是家庭团聚移民（gezinsmigrant）：您来荷兰是为了和伴侣或家人一起生活。
    [overige_migrant] 您属于“其他移民”（overige migranten）。您适用的规定和家庭团聚移民相同。
    [nareiziger] 您是后续团聚家属（nareiziger）：您是持有庇护居留许可的人的家人。
    [none] { "" }
   *[unknown] 我们还不知道您属于哪个群体。
}

obl-section-reasons = 为什么？
obl-section-check = 您还需要核实的事项
obl-section-parts = 您需要做什么？
obl-section-deadline = 什么时候必须完成？
obl-section-money = 费用是多少？
obl-section-residence = 您的居留许可
obl-section-referent = 给您的伴侣
obl-section-exemptions = 豁免（vrijstelling）和免除（ontheffing）

obl-part-title-intake = 全面入门面谈（brede intake）和学习能力测试
obl-part-title-pip = 您的计划：PIP
obl-part-title-route-choice = 您的学习路线
obl-part-title-route-b1 = B1 路线（B1-route）
obl-part-title-route-z = Z 路线（Z-route）
obl-part-title-route-education = 教育路线（onderwijsroute）
obl-part-title-knm = 荷兰社会知识（KNM）
obl-part-title-pvt = 参与声明课程（PVT）
obl-part-title-map = 劳动力市场与参与模块（MAP）
obl-part-title-done = 什么时候算完成？
obl-part-explain = 这个词是什么意思？

## Reasons

obl-reason-eu = 您拥有欧盟或欧洲经济区国家的国籍，或瑞士国籍。那么您不需要完成公民融入。
obl-reason-non-eu = 您没有欧盟、欧洲经济区或瑞士的国籍。
obl-reason-temporary-own = 您住在这里是出于临时目的，例如学习或工作。那么您不需要完成公民融入。
obl-reason-referent-temporary = 您的伴侣住在这里是出于临时目的，例如学习或工作。那么您不需要完成公民融入。
obl-reason-referent-ok = 您的伴侣是荷兰人，或者持有非临时目的的居留许可。
obl-reason-clergy = 您是神职人员，例如伊玛目或牧师。您必须完成公民融入，和家庭团聚移民一样。
obl-reason-humanitarian = 您持有非临时目的的人道主义居留许可。您必须完成公民融入，和家庭团聚移民一样。
obl-reason-nareiziger = 您来荷兰投靠持有庇护居留许可的家人。那么您是后续团聚家属（nareiziger）。市政府会安排您的公民融入，并支付费用。因此，本网站不适用于您。请向您所在的市政府或 VluchtelingenWerk 寻求帮助。

# Variables:
#   $age (Number) - the age at which the obligation starts
obl-reason-age-under = 当时您还不满 { $age } 岁。那么您暂时还不需要完成公民融入。

# Variables:
#   $min (Number) - the age at which the obligation starts
obl-reason-age-ok = 您已年满 { $min } 岁，并且还没有到 AOW 养老金领取年龄。

# Variables:
#   $age (Number) - the state pension (AOW) age
obl-reason-age-aow = 当时您已经到了 AOW 养老金领取年龄（{ $age } 岁）。那么您不需要完成公民融入。
obl-reason-turkish-before = 您拥有土耳其国籍，而且您的公民融入义务本应在 2022 年之前开始。当时土耳其籍家庭团聚移民不需要完成公民融入。
obl-reason-turkish-after = 您拥有土耳其国籍。从 2022 年 1 月 1 日起，土耳其籍家庭团聚移民也必须完成公民融入。

# Variables:
#   $years (Number) - years of schooling in the Netherlands
obl-reason-schooling = 您在义务教育年龄期间，在荷兰住了 { $years } 年或更长时间。那么您不需要完成公民融入。

# Variables:
#   $weeks (Number) - how long DUO takes to decide
obl-reason-diploma = 您有荷兰的文凭。那么您通常可以获得豁免（vrijstelling）。请向 DUO 申请豁免。DUO 会在 { $weeks } 周内作出决定。
obl-reason-wi2021 = 您的公民融入义务在 2022 年 1 月 1 日或之后开始。
obl-reason-wi2013 = 您的公民融入义务在 2022 年 1 月 1 日之前开始。那么您适用旧法，规定有所不同。请向 DUO 询问您适用哪些规定。

## What to check

obl-check-nationality = 您不确定哪个国籍才算数吗？请查看您的护照。
obl-check-purpose = 请查看您的居留卡。上面写着您的居留目的。您不知道吗？请询问 IND。
obl-check-referent = 请问问您的伴侣，他或她有哪国国籍，或者有哪种居留许可。是临时目的（例如学习或工作）的居留许可吗？那么您不需要完成公民融入。
obl-check-birth-date = 您的年龄很重要：这项义务适用于 16 岁到 AOW 养老金领取年龄之间的人。

# Variables:
#   $age (Number) - the age until which school usually comes first
obl-check-school-age = 您未满 { $age } 岁。您还在上学吗？那么您的公民融入义务通常会晚一些开始，也就是在您满 { $age } 岁时。请询问 DUO。

# Variables:
#   $age (Number) - the state pension (AOW) age used here
obl-check-aow = 我们按 { $age } 岁的 AOW 养老金领取年龄计算。这个年龄不是每个人都一样。请查看 SVB 的网站。
obl-check-diploma = 您有荷兰的文凭吗？例如 vmbo、havo、vwo，或 mbo 2 级及以上。那么您可以获得豁免。请询问 DUO。

# Variables:
#   $years (Number) - years of schooling in the Netherlands
obl-check-schooling = 您在义务教育年龄期间，是否在荷兰住了 { $years } 年或更长时间？如果是，那么您不需要完成公民融入。请询问 DUO。
obl-check-pass-date = 重要的是您的义务开始的日期。这个日期写在 DUO 的信里。对于家庭团聚移民，这通常是您领取居留卡的那一天。

## Parts

obl-part-intake = 市政府会邀请您参加一次面谈：全面入门面谈（brede intake）。在面谈中，您会谈到您的教育、工作和个人情况。您必须参加这次面谈。
obl-part-lbt = 入门面谈包括学习能力测试（leerbaarheidstoets）。这是一项电脑测试。您不需要会荷兰语。
obl-part-alone = 您可以自己一个人参加面谈，不带伴侣。您也可以带一个人一起去。
obl-part-pip = 入门面谈之后，市政府会制定您的个人计划：PIP。计划中写明您的学习路线。您不同意吗？那么您可以提出异议（bezwaar）。

# Variables:
#   $weeks (Number) - weeks within which the municipality makes the PIP
obl-part-pip-weeks = 市政府必须在 DUO 来信后的 { $weeks } 周内制定 PIP。
obl-part-route-choice = 市政府会在 PIP 中选择您的学习路线。下面是三种路线。
obl-part-route-b1 = 在 B1 路线中，您学习 B1 水平的荷兰语。您要参加阅读、听力、写作和口语考试，还有 KNM 考试。没有最低课时要求。

# Variables:
#   $hours (Number) - lesson hours needed before stepping down
#   $percent (Number) - minimum share of those hours in a classroom
obl-part-route-a2 = 您达不到 B1 吗？那么您也许可以改为 A2 水平。为此，您必须先在拥有 Blik op Werk 质量标志的学校上满 { $hours } 小时的课，其中至少百分之 { $percent } 是在教室里上的。您的协调员（regievoerder）必须同意。

# Variables:
#   $hours (Number) - lesson hours of the Z-route
obl-part-route-z = 在 Z 路线中，您要在拥有 Blik op Werk 质量标志的学校上 { $hours } 小时的课。您不需要参加考试。最后，您会在市政府进行一次面谈。
obl-part-route-education = 教育路线主要面向年轻人。您在学校或教育机构参加语言衔接课程（taalschakeltraject）。之后，您可以在 mbo、hbo 或大学继续学习。

# Variables:
#   $route (String) - b1, z, education or unknown
obl-part-knm = { $route ->
    [z] 在 Z 路线中，您会上关于荷兰社会的课。考试不是必须的。
   *[other] 您会学习关于荷兰社会的知识，并参加相关考试：KNM。在 Z 路线中，您只需要上课。
}

# Variables:
#   $hours (Number) - minimum hours of the PVT
obl-part-pvt = 市政府负责安排参与声明课程。您会了解荷兰最重要的价值观。课程至少 { $hours } 小时，并且免费。最后，您要签署参与声明。

# Variables:
#   $hours (Number) - minimum hours of the practical part of the MAP
obl-part-map = 在 MAP 中，您会了解在荷兰工作的情况。其中有一个至少 { $hours } 小时的实践部分。市政府负责安排并支付费用。
obl-part-no-map = 在教育路线中，您不需要参加 MAP。您会在学习和选择职业方面得到辅导。
obl-part-done = 当您完成了学习路线，也完成了 PVT 和 MAP，您就完成了公民融入。获得豁免或免除也算。

## Deadline

# Variables:
#   $start (String) - formatted date the termijn starts
#   $end (String) - formatted date the termijn ends
#   $years (Number) - length of the termijn in years
obl-deadline-known = 您的期限从{ $start }开始。您有 { $years } 年的时间：截至{ $end }（包括这一天）。
obl-deadline-official = 这是我们的计算结果。始终以 DUO 来信中的日期为准。

# Variables:
#   $from (String) - formatted date from which extra time can be asked
#   $months (Number) - minimum months of delay
obl-deadline-extension = 您无法按时完成吗？例如因为生病 { $months } 个月或更久。从{ $from }起，您可以向 DUO 申请更多时间。

# Variables:
#   $years (Number) - length of the termijn in years
obl-deadline-after-pip = 您有 { $years } 年的时间。这段时间从您第一份 PIP 日期的第二天开始。

# Variables:
#   $months (Number) - the last months in which extra time can be asked
obl-deadline-extension-later = 在最后 { $months } 个月里，如果您有正当理由，可以向 DUO 申请更多时间。

## Money

obl-money-pay = 语言学校和考试的费用由您自己支付。PVT 和 MAP 是免费的。

# Variables:
#   $fee (Number) - euros per exam
#   $count (Number) - number of exams
#   $total (Number) - euros for all exams once
#   $as_of (String) - formatted date the price was checked
obl-money-exams = 每门考试的费用是 € { $fee }。B1 路线有 { $count } 门考试：一共 € { $total }。如果您重考一门考试，需要再付一次费用。（价格截至{ $as_of }。）

# Variables:
#   $max (Number) - maximum loan in euros
obl-money-loan = 您可以向 DUO 借钱，最多 € { $max }。只有在拥有 Blik op Werk 质量标志的学校学习，才可以借钱。您可以借多少，取决于您的收入和您伴侣的收入。

# Variables:
#   $months (Number) - months after finishing when repayment starts
#   $years (Number) - years of repayment
obl-money-repay = 您需要偿还贷款，并支付利息。还款在您完成公民融入 { $months } 个月后开始，持续 { $years } 年。
obl-money-no-cancel = 您按时完成了吗？您仍然必须偿还贷款。
obl-money-other = 有些市政府会报销交通费。您也许可以领取托儿补贴（kinderopvangtoeslag）。这一点不确定：请询问您所在的市政府。

## Residence

obl-residence-requirement = 只有在完成公民融入之后，您才能获得无限期居留许可或您自己的居留许可，或者成为荷兰人。

# Variables:
#   $years (Number) - years married to or living with a Dutch partner
obl-residence-naturalisation = 您的伴侣是荷兰人。那么在结婚或同居 { $years } 年后，您可以成为荷兰人。但到那时，您必须已经完成公民融入。

# Variables:
#   $years (Number) - years before an independent or permanent permit
obl-residence-permit = { $years } 年后，您可以申请您自己的居留许可或无限期居留许可。但到那时，您必须已经完成公民融入。
obl-residence-turkish = 土耳其籍人士及其家人有一个例外：他们申请更稳定的居留许可时，不需要已经完成公民融入。但公民融入义务本身仍然有效。
obl-residence-dependent = 您的居留许可取决于您伴侣的居留许可。它最长有效 5 年。

## Referent

obl-referent-inform = 您的伴侣必须向 IND 报告变化。例如你们不再住在一起，或者收入变得太低。
obl-referent-admin = 您的伴侣必须保存与你们的关系和收入有关的文件。
obl-referent-sanctions = 您的伴侣没有这样做吗？那么 IND 可以给予警告或罚款。
obl-referent-intake = 您的伴侣有时可以陪您去市政府面谈。但您也可以自己去。

## Exemptions

obl-exempt-diploma = 您有荷兰的文凭吗？那么您可以获得豁免。请向 DUO 申请豁免。

# Variables:
#   $years (Number) - years of schooling in the Netherlands
obl-exempt-schooling = 您在义务教育年龄期间，是否在荷兰住了 { $years } 年或更长时间？如果是，那么您不需要完成公民融入。
obl-exempt-medical = 您因为疾病或残疾，永远无法履行这项义务吗？那么您可以向 DUO 申请免除（ontheffing）。届时会由医生评估您的情况。
obl-exempt-no-effort-release = 因为“努力学习了但还是做不到”而获得免除，这种情况已经不存在了。现在这种情况走 Z 路线。

## Sources and certainty

obl-source-summary = 来源和可靠程度

# Variables:
#   $rule (String) - rule id, e.g. R2.1
obl-source-rule = 规则 { $rule }

# Variables:
#   $confidence (String) - confirmed, source-text, secondary or uncertain
obl-confidence = { $confidence ->
    [confirmed] 可靠程度：已由官方来源确认。
    [source-text] 可靠程度：写在 Divosa 的指南中。
    [secondary] 可靠程度：只在其他来源中找到。请核实。
   *[uncertain] 可靠程度：不确定。请核实。
}

# Variables:
#   $date (String) - formatted date the rule was last checked
obl-source-checked = 核实日期：{ $date }。
obl-uncertain-label = 不确定

# Variables:
#   $authority (String) - duo, ind, municipality or svb
obl-check-with = { $authority ->
    [duo] 请向 DUO 核实。
    [ind] 请向 IND 核实。
    [svb] 请向 SVB 核实。
   *[municipality] 请向您所在的市政府核实。
}

# Variables:
#   $date (String) - formatted date the rules were last checked
obl-rules-checked = 本页上的规定已于{ $date }核实。
obl-share-label = 此结果的链接
obl-share-help = 请保存或分享此链接。您的答案包含在链接中。我们不会保存任何内容。
obl-change-answers = 修改答案
obl-print-help = 您可以打印此页面。请使用浏览器的菜单来打印。
obl-save-submit = 保存到我的账户
