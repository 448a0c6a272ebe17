# The home page. It must tell a family migrant and a partner, in plain words, what Wegwijs helps with.

home-doc-title = { -brand-name } – 公民融入帮助
home-title = 欢迎来到 { -brand-name }
home-intro = 您是为了和伴侣一起生活而来到荷兰的吗？那么您通常需要完成公民融入（inburgering）。{ -brand-name } 帮助您迈出第一步。

home-migrant-heading = 如果您是新移民
home-migrant-obligations = 查看您在公民融入方面需要做什么，以及必须在什么时候完成。
home-migrant-schools = 比较各个语言学校：价格、课时数、上课时间和质量认证标志。
home-migrant-plan = 制定一个计划。这样您就知道每周需要学习几个小时。
home-migrant-sessions = 报名参加说明会。您可以在那里听取讲解，并认识其他新移民。

home-partner-heading = 如果您是伴侣
home-partner-text = 您已经住在荷兰了吗？那么您可以帮助您的伴侣。为此，您的伴侣需要先给您授权。您的伴侣可以随时撤回这个授权。

home-pay-heading = 值得了解
home-pay-text = 语言学校的费用由您自己支付。您可以向 DUO 借钱支付课程费用。只有拥有 Blik op Werk 质量标志的学校才可以这样做。
home-start-early = 请及早开始。很多人开始得太晚，结果时间不够。

home-cta-obligations = 查看您需要做什么
home-cta-sessions = 查找说明会
