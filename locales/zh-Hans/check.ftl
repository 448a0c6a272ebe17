# The step-by-step check: one question per screen. Every question has an "I don't know" answer.

check-doc-title = 我需要做什么？ – { -brand-name }
check-intro = 请回答几个简短的问题。然后您就能看到，在公民融入方面您需要做什么，以及必须在什么日期之前完成。您不需要账户。我们不会保存您的答案。
check-start = 开始答题
check-glossary-link = 词汇表：这些词是什么意思？

# Variables:
#   $step (Number) - number of this question
#   $total (Number) - number of questions
check-progress = 第 { $step } 题，共 { $total } 题
check-next = 继续
check-back = 上一题
check-unknown = 我不知道
check-not-yet = 还没有
check-date-hint = 请填写日期：日、月和年。
check-see-result = 查看结果

check-q-nationality = 您有哪国国籍？
check-q-nationality-help = 您有两个国籍，而且其中一个是欧盟国家的国籍吗？那么请选择第一个答案。
check-a-nationality-eu = 欧洲联盟（欧盟）或欧洲经济区的国家，或瑞士
check-a-nationality-turkish = 土耳其
check-a-nationality-other = 其他国家

check-q-purpose = 您为什么住在荷兰？
check-q-purpose-help = 您的居留目的写在您的居留卡上。
check-a-purpose-partner = 我和我的伴侣或家人住在一起
check-a-purpose-refugee_family = 我的家人持有庇护居留许可，我是后来才来的
check-a-purpose-clergy = 我是神职人员，例如伊玛目、拉比或牧师
check-a-purpose-humanitarian = 我持有非临时目的的人道主义居留许可
check-a-purpose-temporary = 我住在这里是为了学习或工作

check-q-referent = 您的伴侣在荷兰是什么居留身份？
check-q-referent-help = 您的伴侣是指您前来与其同住的那个人。
check-a-referent-dutch = 我的伴侣是荷兰人
check-a-referent-non_temporary = 我的伴侣持有非临时目的的居留许可，例如无限期居留许可
check-a-referent-temporary = 我的伴侣在这里学习或工作，是临时目的

check-q-birth_date = 您的出生日期是哪一天？
check-q-birth_date-help = 这项义务从 16 岁开始，到 AOW 养老金领取年龄为止。

check-q-pass_date = 您是什么时候领取居留卡的？
check-q-pass_date-help = 您收到过 DUO 关于公民融入的信吗？那么请填写那封信里的日期。

check-q-diploma = 您有荷兰的文凭吗？
check-q-diploma-help = 例如 vmbo、havo、vwo、mbo 2 级或以上，或者用荷兰语学习的 hbo 或大学课程。

check-q-schooling = 您在 5 到 16 岁之间，是否在荷兰住了 8 年或更长时间？
check-q-schooling-help = 在这个年龄段，荷兰的孩子必须上学。

check-q-pip_date = 您第一份 PIP 的日期是哪一天？
check-q-pip_date-help = PIP 是个人公民融入与参与计划（persoonlijk plan inburgering en participatie）。您会在全面入门面谈（brede intake）之后从市政府收到它。日期写在最上面。

check-q-route = 您的 PIP 里写的是哪条学习路线？
check-a-route-b1 = B1 路线（B1-route）
check-a-route-z = Z 路线（Z-route）
check-a-route-education = 教育路线（onderwijsroute）

check-a-yes = 是
check-a-no = 否

check-answers-heading = 您的答案
check-change = 修改

## Errors at a field. Everything the person typed stays in the form.

check-error-heading = 有些地方不对。请查看下面的问题。
check-error-unknown_choice = 请选择其中一个答案。
check-error-not_a_date = 请填写一个真实存在的日期。
check-error-too_early = 这个日期太久以前了。请检查年份是否正确。
check-error-in_the_future = 这个日期在将来。请填写一个已经过去的日期。
check-error-before_birth = 这个日期早于您的出生日期。请检查日期是否正确。
check-error-pip_before_pass = PIP 的日期不能早于您居留卡的日期。请检查日期是否正确。
