# The home page. It must tell a family migrant and a partner, in plain words, what Wegwijs helps with.

home-doc-title = { -brand-name } – aide à l'intégration civique
home-title = Bienvenue sur { -brand-name }
home-intro = Vous avez déménagé aux Pays-Bas pour vivre avec votre partenaire ? Dans ce cas, vous devez souvent faire l'intégration civique (inburgering). { -brand-name } vous aide à bien commencer.

home-migrant-heading = Pour les nouveaux arrivants
home-migrant-obligations = Voyez ce que vous devez faire pour l'intégration civique, et quand cela doit être terminé.
home-migrant-schools = Comparez les écoles de langue : le prix, le nombre d'heures, les horaires des cours et le label de qualité.
home-migrant-plan = Faites un planning. Ainsi, vous savez combien d'heures par semaine vous devez étudier.
home-migrant-sessions = Inscrivez-vous à une rencontre. Vous y recevez des explications et vous rencontrez d'autres nouveaux arrivants.

home-partner-heading = Pour les partenaires
home-partner-text = Vous vivez déjà aux Pays-Bas ? Alors vous pouvez aider votre partenaire. Pour cela, votre partenaire doit d'abord vous donner son accord. Votre partenaire peut retirer cet accord à tout moment.

home-pay-heading = Bon à savoir
home-pay-text = Vous payez vous-même l'école de langue. Vous pouvez emprunter de l'argent au DUO pour les cours. C'est possible seulement dans une école qui a le label de qualité de Blik op Werk.
home-start-early = Commencez à temps. Beaucoup de personnes commencent trop tard et manquent ensuite de temps.

home-cta-obligations = Voir ce que vous devez faire
home-cta-sessions = Trouver une rencontre
