# Shared by every page: the product name, the page frame, the language picker.
# Dutch (nl) is the reference locale. Write at level B1: short sentences, common words.

-brand-name = Wegwijs
common-brand-name = { -brand-name }

# The name of this language, written in this language. Shown in the language picker.
locale-name = Türkçe

common-skip-link = Doğrudan içeriğe gidin
common-tagline = Aile göçmenleri ve partnerleri için uyum sürecinde yardım
# Variables:
#   $date (String) - today's date in Europe/Amsterdam, already formatted for this locale
common-footer-today = Bugün { $date }.
common-footer-disclaimer = { -brand-name } bilgi verir. Bu bilgilere dayanarak hak talep edemezsiniz. Emin değil misiniz? DUO'ya, IND'ye veya belediyenize sorun.

language-picker-label = Dil
language-picker-submit = Dil seçin

# Variables:
#   $count (Number) - how many languages Wegwijs is available in
language-picker-count = { $count ->
    [one] { -brand-name } { $count } dilde kullanılabilir.
   *[other] { -brand-name } { $count } dilde kullanılabilir.
}
