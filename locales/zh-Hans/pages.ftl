# Page titles and the error pages.


obligations-title = 我需要做什么？
obligations-doc-title = 我需要做什么？ – { -brand-name }
obligations-lead = 不久后，您可以在这里看到您在公民融入方面需要做什么，以及截止日期。
schools-title = 语言学校
schools-doc-title = 语言学校 – { -brand-name }
sessions-title = 说明会
sessions-doc-title = 说明会 – { -brand-name }

not-found-title = 此页面不存在
not-found-doc-title = 找不到页面 – { -brand-name }
not-found-text = 可能链接已经过时，或者网址中有拼写错误。
not-found-home = 前往首页
