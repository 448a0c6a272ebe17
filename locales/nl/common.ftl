# Shared by every page: the product name, the page frame, the language picker.
# Dutch (nl) is the reference locale. Write at level B1: short sentences, common words.

-brand-name = Wegwijs
common-brand-name = { -brand-name }

# The name of this language, written in this language. Shown in the language picker.
locale-name = Nederlands

common-skip-link = Ga direct naar de inhoud
common-tagline = Hulp bij inburgering voor gezinsmigranten en hun partners
# Variables:
#   $date (String) - today's date in Europe/Amsterdam, already formatted for this locale
common-footer-today = Vandaag is het { $date }.
common-footer-disclaimer = { -brand-name } geeft uitleg. Aan deze uitleg kunt u geen rechten ontlenen. Twijfelt u? Vraag het aan DUO, de IND of uw gemeente.

language-picker-label = Taal
language-picker-submit = Kies taal

# Variables:
#   $count (Number) - how many languages Wegwijs is available in
language-picker-count = { $count ->
    [one] { -brand-name } is er in { $count } taal.
   *[other] { -brand-name } is er in { $count } talen.
}
