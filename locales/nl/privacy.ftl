# The privacy page and the partner's (referent's) own duties.

privacy-doc-title = Privacy – { -brand-name }
privacy-title = Wat doen we met uw gegevens?
privacy-lead = We bewaren alleen wat nodig is. We vragen nooit uw BSN.
privacy-what-title = Wat we bewaren
privacy-what-text = Uw naam, uw e-mailadres, uw wachtwoord (alleen versleuteld), uw taal, en de antwoorden die u zelf bewaart. Uw nationaliteit alleen als u die in de check invult. Dat is niet verplicht.
privacy-why-title = Waarom
privacy-why-text = Zodat u kunt inloggen, uw antwoorden terugziet en uw partner kan helpen als u dat wilt.
privacy-partner-title = Uw partner
privacy-partner-text = Uw partner ziet alleen wat u toestaat. U kunt de toegang altijd stoppen. Dat werkt meteen. U ziet in uw account wat uw partner voor u deed.
privacy-municipality-title = De gemeente
privacy-municipality-text = De gemeente ziet uw gegevens niet, tenzij u dat zelf toestaat.
privacy-sessions-title = Bijeenkomsten
privacy-sessions-text = Meldt u zich aan voor een bijeenkomst? Dan ziet de regievoerder van die bijeenkomst uw naam, uw taal en met hoeveel personen u komt. Na de bijeenkomst kan de regievoerder aangeven of u er was. Herinneringen sturen we naar u en, als u dat toestaat, naar uw partner.
privacy-keep-title = Hoe lang
privacy-keep-text = Bevestigt u uw e-mailadres niet? Dan verwijderen we het account na 7 dagen. Links in e-mails werken maar kort. U kunt uw account altijd zelf verwijderen. Dat gebeurt meteen.
privacy-rights-title = Uw rechten
privacy-rights-text = U mag al uw gegevens zien en downloaden. U mag ze laten verbeteren of verwijderen. Dat kan in "Mijn account".

referent-doc-title = Uw plichten als partner – { -brand-name }
referent-title = Uw eigen plichten als partner
referent-lead = U bent de partner die al in Nederland woont (de referent). U heeft zelf ook plichten tegenover de IND.
referent-duty-inform = Vertel het de IND als er iets verandert dat belangrijk is voor de verblijfsvergunning van uw partner. Bijvoorbeeld: u woont niet meer samen, de relatie is over, of u heeft niet meer genoeg inkomen.
referent-duty-records = Bewaar papieren die uw relatie en uw inkomen laten zien. De IND kan erom vragen.
referent-duty-sanctions = Houdt u zich niet aan deze plichten? De eerste keer krijgt u meestal een waarschuwing. Die blijft 2 jaar in uw dossier. Bij een ernstige of herhaalde overtreding kan de IND een boete geven, tot 5 jaar later.
referent-right-alone = Uw partner mag het gesprek met de gemeente alleen voeren. De gemeente kan u ook uitnodigen.
