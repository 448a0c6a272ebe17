# Shared by every page: the product name, the page frame, the language picker.
# Dutch (nl) is the reference locale. Write at level B1: short sentences, common words.

-brand-name = Wegwijs
common-brand-name = { -brand-name }

# The name of this language, written in this language. Shown in the language picker.
locale-name = Русский

common-skip-link = Перейти к основному содержанию
common-tagline = Помощь с интеграцией для семейных мигрантов и их партнёров
# Variables:
#   $date (String) - today's date in Europe/Amsterdam, already formatted for this locale
common-footer-today = Сегодня { $date }.
common-footer-disclaimer = { -brand-name } даёт пояснения. Эти пояснения не дают Вам никаких прав. Сомневаетесь? Обратитесь в DUO, IND или в Ваш муниципалитет.

language-picker-label = Язык
language-picker-submit = Выбрать язык

# Variables:
#   $count (Number) - how many languages Wegwijs is available in
language-picker-count = { $count ->
    [one] { -brand-name } доступен на { $count } языке.
    [few] { -brand-name } доступен на { $count } языках.
    [many] { -brand-name } доступен на { $count } языках.
   *[other] { -brand-name } доступен на { $count } языка.
}
