# Shared by every page: the product name, the page frame, the language picker.
# Dutch (nl) is the reference locale. Write at level B1: short sentences, common words.

-brand-name = Wegwijs
common-brand-name = { -brand-name }

# The name of this language, written in this language. Shown in the language picker.
locale-name = Português

common-skip-link = Ir diretamente para o conteúdo
common-tagline = Ajuda com a integração cívica para migrantes por reunificação familiar e os seus parceiros
# Variables:
#   $date (String) - today's date in Europe/Amsterdam, already formatted for this locale
common-footer-today = Hoje é { $date }.
common-footer-disclaimer = O { -brand-name } dá explicações. Estas explicações não dão direito a nada. Tem dúvidas? Pergunte ao DUO, ao IND ou ao seu município.

language-picker-label = Idioma
language-picker-submit = Escolher idioma

# Variables:
#   $count (Number) - how many languages Wegwijs is available in
language-picker-count = { $count ->
    [one] O { -brand-name } está disponível em { $count } idioma.
    [many] O { -brand-name } está disponível em { $count } idiomas.
   *[other] O { -brand-name } está disponível em { $count } idiomas.
}
