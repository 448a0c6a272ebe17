# The privacy page and the partner's (referent's) own duties.

privacy-doc-title = 隐私 – { -brand-name }
privacy-title = 我们如何处理您的信息？
privacy-lead = 我们只保存必要的信息。我们从不询问您的 BSN。
privacy-what-title = 我们保存什么
privacy-what-text = 您的姓名、电子邮箱地址、密码（只以加密形式保存）、语言，以及您自己保存的答案。只有当您在问题中填写了国籍时，我们才保存您的国籍。这不是必填的。
privacy-why-title = 为什么
privacy-why-text = 这样您才能登录、再次查看您的答案，并且在您愿意时，让您的伴侣帮助您。
privacy-partner-title = 您的伴侣
privacy-partner-text = 您的伴侣只能看到您允许的内容。您随时可以停止访问权限，而且立即生效。您可以在您的账户中看到您的伴侣替您做了什么。
privacy-municipality-title = 市政府
privacy-municipality-text = 市政府看不到您的信息，除非您自己允许。
privacy-sessions-title = 说明会
privacy-sessions-text = 您报名参加说明会吗？那么这场说明会的协调员会看到您的姓名、您的语言，以及您一共几个人来。说明会结束后，协调员可以登记您是否出席。我们会把提醒发给您；如果您允许，也会发给您的伴侣。
privacy-keep-title = 保存多久
privacy-keep-text = 您没有确认您的电子邮箱地址？那么我们会在 7 天后删除这个账户。邮件中的链接只在短时间内有效。您随时可以自己删除您的账户，而且会立即删除。
privacy-rights-title = 您的权利
privacy-rights-text = 您可以查看和下载您的所有信息。您可以要求更正或删除这些信息。您可以在“我的账户”中这样做。

referent-doc-title = 您作为伴侣的义务 – { -brand-name }
referent-title = 您作为伴侣自己的义务
referent-lead = 您是已经住在荷兰的伴侣（担保人，荷兰语：referent）。您自己对 IND 也有义务。
referent-duty-inform = 如果有对您伴侣的居留许可很重要的变化，请告诉 IND。例如：你们不再住在一起，关系已经结束，或者您的收入不再足够。
referent-duty-records = 请保存能证明你们的关系和您的收入的文件。IND 可能会要求您提供这些文件。
referent-duty-sanctions = 您没有遵守这些义务？第一次通常会收到警告。警告会在您的档案中保留 2 年。如果违规情节严重或一再违规，IND 可以对您罚款，最晚可在 5 年后罚款。
referent-right-alone = 您的伴侣可以自己一个人去市政府面谈。市政府也可以邀请您。
