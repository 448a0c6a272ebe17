# The glossary. The Dutch word is always shown beside the translation, because people meet
# the Dutch words in letters. `-name` is the word in this language, `-text` explains it.

glossary-doc-title = 词汇表 – { -brand-name }
glossary-title = 词汇表
glossary-intro = 关于公民融入的信件里有很多难懂的词。您可以在这里了解它们的意思。

glossary-pip-name = 个人融入与参与计划（PIP）
glossary-pip-text = 个人公民融入与参与计划（persoonlijk plan inburgering en participatie）。市政府和您一起制定这个计划。计划中写明您走哪条学习路线。您的期限从您第一份 PIP 日期的第二天开始。
glossary-pvt-name = 参与声明课程（PVT）
glossary-pvt-text = 参与声明课程（participatieverklaringstraject）。这是一门短期课程，讲荷兰最重要的价值观，例如自由和平等。课程免费。
glossary-map-name = 劳动力市场与参与模块（MAP）
glossary-map-text = 劳动力市场与参与模块（Module Arbeidsmarkt en Participatie）。您会了解在荷兰工作是怎样的。市政府负责安排并支付费用。
glossary-knm-name = 荷兰社会知识（KNM）
glossary-knm-text = 荷兰社会知识（Kennis van de Nederlandse Maatschappij）。您会了解荷兰是怎样运作的，例如医疗、住房和工作。
glossary-keurmerk-name = Blik op Werk 质量标志
glossary-keurmerk-text = 语言学校的质量标志。只有在拥有这个标志的学校学习，您才可以向 DUO 借钱。
glossary-duo-name = 教育执行局（DUO）
glossary-duo-text = 教育执行局（Dienst Uitvoering Onderwijs）。这个政府机构负责公民融入的考试、贷款和期限。
glossary-ind-name = 移民归化局（IND）
glossary-ind-text = 移民归化局（Immigratie- en Naturalisatiedienst）。这个机构决定居留许可和入籍荷兰的事务。
glossary-intake-name = 全面入门面谈
glossary-intake-text = 在市政府的第一次面谈。您会谈到您的教育、工作、健康和个人情况。
glossary-lbt-name = 学习能力测试
glossary-lbt-text = 一项电脑测试。市政府通过它了解您学习一门新语言的速度。您不需要会荷兰语。
glossary-regievoerder-name = 协调员
glossary-regievoerder-text = 您在市政府负责公民融入事务的联系人。
glossary-referent-name = 担保人
glossary-referent-text = 您在荷兰与之同住的伴侣或家人。这个人对 IND 也有义务。
glossary-b1-name = B1 路线
glossary-b1-text = 普通的学习路线。您学习 B1 水平的荷兰语，并参加考试。
glossary-a2-name = A2 水平
glossary-a2-text = 比 B1 低的语言水平。改为 A2 叫做“降级”（afschalen）。
glossary-z-name = Z 路线
glossary-z-text = 自立路线（zelfredzaamheidsroute）。这条学习路线课时很多，没有必考的考试，适合学习有困难的人。
glossary-onderwijs-name = 教育路线
glossary-onderwijs-text = 主要面向年轻人的学习路线。您学习荷兰语，并为在 mbo、hbo 或大学学习做准备。
glossary-afschalen-name = 降级
glossary-afschalen-text = 如果达不到 B1，就从 B1 水平改为 A2 水平。这方面有相关规定。
glossary-termijn-name = 公民融入期限
glossary-termijn-text = 您完成公民融入的时间：3 年。
glossary-mvv-name = 临时居留入境许可（mvv）
glossary-mvv-text = 临时居留入境许可（machtiging tot voorlopig verblijf）。一种签证，用于进入荷兰并居留 3 个月以上。
glossary-basisexamen-name = 海外公民融入基础考试
glossary-basisexamen-text = 您来荷兰之前，在自己的国家参加的考试。
