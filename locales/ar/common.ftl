# Shared by every page: the product name, the page frame, the language picker.
# Dutch (nl) is the reference locale. Write at level B1: short sentences, common words.

-brand-name = Wegwijs
common-brand-name = { -brand-name }

# The name of this language, written in this language. Shown in the language picker.
locale-name = العربية

common-skip-link = الانتقال مباشرة إلى المحتوى
common-tagline = مساعدة في الاندماج المدني للمهاجرين بغرض لمّ شمل الأسرة وشركاء حياتهم
# Variables:
#   $date (String) - today's date in Europe/Amsterdam, already formatted for this locale
common-footer-today = اليوم هو { $date }.
common-footer-disclaimer = يقدّم { -brand-name } شروحات. لا يمكنك المطالبة بأي حقوق بناءً على هذه الشروحات. هل لديك شك؟ يمكنك السؤال لدى DUO أو IND أو البلدية التي تسكن فيها.

language-picker-label = اللغة
language-picker-submit = اختيار اللغة

# Variables:
#   $count (Number) - how many languages Wegwijs is available in
language-picker-count = { $count ->
    [zero] لا يتوفر { -brand-name } بأي لغة.
    [one] يتوفر { -brand-name } بلغة واحدة.
    [two] يتوفر { -brand-name } بلغتين.
    [few] يتوفر { -brand-name } بـ { $count } لغات.
    [many] يتوفر { -brand-name } بـ { $count } لغة.
   *[other] يتوفر { -brand-name } بـ { $count } لغة.
}
