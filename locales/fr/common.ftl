# Shared by every page: the product name, the page frame, the language picker.
# Dutch (nl) is the reference locale. Write at level B1: short sentences, common words.

-brand-name = Wegwijs
common-brand-name = { -brand-name }

# The name of this language, written in this language. Shown in the language picker.
locale-name = Français

common-skip-link = Aller directement au contenu
common-tagline = Aide à l'intégration civique pour les personnes venues par regroupement familial et leurs partenaires
# Variables:
#   $date (String) - today's date in Europe/Amsterdam, already formatted for this locale
common-footer-today = Nous sommes le { $date }.
common-footer-disclaimer = { -brand-name } donne des explications. Ces explications ne vous donnent aucun droit. Vous avez un doute ? Demandez au DUO, à l'IND ou à votre commune.

language-picker-label = Langue
language-picker-submit = Choisir la langue

# Variables:
#   $count (Number) - how many languages Wegwijs is available in
language-picker-count = { $count ->
    [one] { -brand-name } est disponible en { $count } langue.
    [many] { -brand-name } est disponible en { $count } langues.
   *[other] { -brand-name } est disponible en { $count } langues.
}
