# Shared by every page: the product name, the page frame, the language picker.
# Dutch (nl) is the reference locale. Write at level B1: short sentences, common words.

-brand-name = Wegwijs
common-brand-name = { -brand-name }

# The name of this language, written in this language. Shown in the language picker.
locale-name = Español

common-skip-link = Ir directamente al contenido
common-tagline = Ayuda con la integración cívica para migrantes por reagrupación familiar y sus parejas
# Variables:
#   $date (String) - today's date in Europe/Amsterdam, already formatted for this locale
common-footer-today = Hoy es { $date }.
common-footer-disclaimer = { -brand-name } ofrece explicaciones. Estas explicaciones no le dan ningún derecho. ¿Tiene dudas? Pregunte al DUO, al IND o a su municipio.

language-picker-label = Idioma
language-picker-submit = Elegir idioma

# Variables:
#   $count (Number) - how many languages Wegwijs is available in
language-picker-count = { $count ->
    [one] { -brand-name } está disponible en { $count } idioma.
    [many] { -brand-name } está disponible en { $count } idiomas.
   *[other] { -brand-name } está disponible en { $count } idiomas.
}
