# Shared by every page: the product name, the page frame, the language picker.
# Dutch (nl) is the reference locale. Write at level B1: short sentences, common words.

-brand-name = Wegwijs
common-brand-name = { -brand-name }

# The name of this language, written in this language. Shown in the language picker.
locale-name = English

common-skip-link = Skip to the main content
common-tagline = Help with civic integration for family migrants and their partners
# Variables:
#   $date (String) - today's date in Europe/Amsterdam, already formatted for this locale
common-footer-today = Today is { $date }.
common-footer-disclaimer = { -brand-name } explains things. You cannot claim any rights based on these explanations. Not sure? Ask DUO, the IND or your municipality.

language-picker-label = Language
language-picker-submit = Choose language

# Variables:
#   $count (Number) - how many languages Wegwijs is available in
language-picker-count = { $count ->
    [one] { -brand-name } is available in { $count } language.
   *[other] { -brand-name } is available in { $count } languages.
}
