# The privacy page and the partner's (referent's) own duties.

privacy-doc-title = Confidentialité – { -brand-name }
privacy-title = Que faisons-nous de vos données ?
privacy-lead = Nous gardons seulement ce qui est nécessaire. Nous ne vous demandons jamais votre BSN.
privacy-what-title = Ce que nous gardons
privacy-what-text = Votre nom, votre adresse e-mail, votre mot de passe (seulement sous forme chiffrée), votre langue, et les réponses que vous enregistrez vous-même. Votre nationalité seulement si vous l'indiquez dans les questions. Ce n'est pas obligatoire.
privacy-why-title = Pourquoi
privacy-why-text = Pour que vous puissiez vous connecter, revoir vos réponses, et pour que votre partenaire puisse vous aider si vous le voulez.
privacy-partner-title = Votre partenaire
privacy-partner-text = Votre partenaire voit seulement ce que vous autorisez. Vous pouvez toujours arrêter l'accès. Cela fonctionne tout de suite. Dans votre compte, vous voyez ce que votre partenaire a fait pour vous.
privacy-municipality-title = La commune
privacy-municipality-text = La commune ne voit pas vos données, sauf si vous l'autorisez vous-même.
privacy-sessions-title = Rencontres
privacy-sessions-text = Vous vous inscrivez à une rencontre ? Alors le coordinateur ou la coordinatrice de cette rencontre voit votre nom, votre langue et à combien de personnes vous venez. Après la rencontre, cette personne peut indiquer si vous étiez là. Nous envoyons des rappels à vous-même et, si vous l'autorisez, à votre partenaire.
privacy-keep-title = Combien de temps
privacy-keep-text = Vous ne confirmez pas votre adresse e-mail ? Alors nous supprimons le compte après 7 jours. Les liens dans les e-mails fonctionnent seulement peu de temps. Vous pouvez toujours supprimer votre compte vous-même. Cela se fait tout de suite.
privacy-rights-title = Vos droits
privacy-rights-text = Vous pouvez voir et télécharger toutes vos données. Vous pouvez les faire corriger ou supprimer. Vous pouvez le faire dans « Mon compte ».

referent-doc-title = Vos obligations en tant que partenaire – { -brand-name }
referent-title = Vos propres obligations en tant que partenaire
referent-lead = Vous êtes le ou la partenaire qui habite déjà aux Pays-Bas (le référent, en néerlandais : referent). Vous avez vous aussi des obligations envers l'IND.
referent-duty-inform = Prévenez l'IND si quelque chose change qui est important pour le titre de séjour de votre partenaire. Par exemple : vous ne vivez plus ensemble, la relation est terminée, ou vous n'avez plus assez de revenus.
referent-duty-records = Gardez les papiers qui montrent votre relation et vos revenus. L'IND peut vous les demander.
referent-duty-sanctions = Vous ne respectez pas ces obligations ? La première fois, vous recevez en général un avertissement. Il reste 2 ans dans votre dossier. En cas d'infraction grave ou répétée, l'IND peut vous donner une amende, jusqu'à 5 ans plus tard.
referent-right-alone = Votre partenaire peut faire l'entretien avec la commune seul ou seule. La commune peut aussi vous inviter.
