# Shared by every page: the product name, the page frame, the language picker.
# Dutch (nl) is the reference locale. Write at level B1: short sentences, common words.

-brand-name = Wegwijs
common-brand-name = { -brand-name }

# The name of this language, written in this language. Shown in the language picker.
locale-name = 简体中文

common-skip-link = 直接跳到正文
common-tagline = 为家庭团聚移民及其伴侣提供公民融入帮助
# Variables:
#   $date (String) - today's date in Europe/Amsterdam, already formatted for this locale
common-footer-today = 今天是{ $date }。
common-footer-disclaimer = { -brand-name } 提供说明。您不能依据这些说明主张任何权利。有疑问吗？请咨询 DUO、IND 或您所在的市政府。

language-picker-label = 语言
language-picker-submit = 选择语言

# Variables:
#   $count (Number) - how many languages Wegwijs is available in
language-picker-count = { $count ->
   *[other] { -brand-name } 有 { $count } 种语言版本。
}
