# The main navigation. Every page shows it.

nav-label = 主菜单
nav-menu-button = 菜单
nav-home = 首页
nav-obligations = 我需要做什么？
nav-schools = 语言学校
nav-plan = 我的计划
nav-sessions = 说明会
nav-account = 我的账户
