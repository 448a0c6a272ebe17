# Shared by every page: the product name, the page frame, the language picker.
# Dutch (nl) is the reference locale. Write at level B1: short sentences, common words.

-brand-name = Wegwijs
common-brand-name = { -brand-name }

# The name of this language, written in this language. Shown in the language picker.
locale-name = فارسی

common-skip-link = رفتن مستقیم به محتوا
common-tagline = کمک به ادغام برای مهاجران خانوادگی و شریک زندگی آن‌ها
# Variables:
#   $date (String) - today's date in Europe/Amsterdam, already formatted for this locale
common-footer-today = امروز { $date } است.
common-footer-disclaimer = { -brand-name } توضیحاتی ارائه می‌دهد. این توضیحات هیچ حقی برای شما ایجاد نمی‌کند. مطمئن نیستید؟ از DUO، IND یا شهرداری خود بپرسید.

language-picker-label = زبان
language-picker-submit = انتخاب زبان

# Variables:
#   $count (Number) - how many languages Wegwijs is available in
language-picker-count = { $count ->
    [one] { -brand-name } به { $count } زبان در دسترس است.
   *[other] { -brand-name } به { $count } زبان در دسترس است.
}
