# The glossary. The Dutch word is always shown beside the translation, because people meet
# the Dutch words in letters. `-name` is the word in this language, `-text` explains it.

glossary-doc-title = Sözlük – { -brand-name }
glossary-title = Sözlük
glossary-intro = Uyum süreci hakkındaki mektuplarda birçok zor kelime vardır. Burada bu kelimelerin ne anlama geldiğini okuyabilirsiniz.

glossary-pip-name = Kişisel uyum ve katılım planı (PIP)
glossary-pip-text = Hollandacası: persoonlijk plan inburgering en participatie. Belediye bu planı sizinle birlikte hazırlar. Planda hangi öğrenme yolunu izleyeceğiniz yazar. Süreniz, ilk PIP'inizin tarihinden sonraki gün başlar.
glossary-pvt-name = Katılım beyanı programı (PVT)
glossary-pvt-text = Hollandacası: participatieverklaringstraject. Hollanda'daki en önemli değerler, örneğin özgürlük ve eşitlik hakkında kısa bir kurs. Kurs ücretsizdir.
glossary-map-name = İş Piyasası ve Katılım Modülü (MAP)
glossary-map-text = Hollandacası: Module Arbeidsmarkt en Participatie. Hollanda'da çalışma hayatının nasıl olduğunu öğrenirsiniz. Belediye bunu düzenler ve öder.
glossary-knm-name = Hollanda Toplumu Bilgisi (KNM)
glossary-knm-text = Hollandacası: Kennis van de Nederlandse Maatschappij. Hollanda'nın nasıl işlediğini öğrenirsiniz. Örneğin sağlık, konut ve iş hakkında.
glossary-keurmerk-name = Blik op Werk kalite belgesi
glossary-keurmerk-text = Dil okulları için bir kalite işareti. DUO'dan sadece bu kalite belgesi olan bir okul için borç alabilirsiniz.
glossary-duo-name = Eğitim Hizmetleri Kurumu (DUO)
glossary-duo-text = Hollandacası: Dienst Uitvoering Onderwijs. Devletin bu kurumu sınavları, borç parayı ve uyum süresini düzenler.
glossary-ind-name = Göç ve Vatandaşlık Dairesi (IND)
glossary-ind-text = Hollandacası: Immigratie- en Naturalisatiedienst. Bu kurum oturma izinleri ve Hollanda vatandaşlığı hakkında karar verir.
glossary-intake-name = Kapsamlı tanışma görüşmesi
glossary-intake-text = Belediyedeki ilk görüşme. Eğitiminiz, işiniz, sağlığınız ve durumunuz hakkında konuşursunuz.
glossary-lbt-name = Öğrenme yeteneği testi
glossary-lbt-text = Bilgisayarda yapılan bir test. Belediye bu testle yeni bir dili ne kadar hızlı öğrenebileceğinizi görür. Bunun için Hollandaca bilmeniz gerekmez.
glossary-regievoerder-name = Belediyedeki danışmanınız
glossary-regievoerder-text = Belediyede uyum süreci için sizinle ilgilenen kişi.
glossary-referent-name = Referans kişi
glossary-referent-text = Hollanda'da yanında yaşadığınız partner veya aile üyesi. Bu kişinin de IND'ye karşı yükümlülükleri vardır.
glossary-b1-name = B1 yolu
glossary-b1-text = Normal öğrenme yolu. Hollandacayı B1 seviyesinde öğrenirsiniz ve sınavlara girersiniz.
glossary-a2-name = A2 seviyesi
glossary-a2-text = B1'den daha düşük bir dil seviyesi. A2 seviyesine geçmeye afschalen (seviye düşürme) denir.
glossary-z-name = Z yolu
glossary-z-text = Hollandacası: zelfredzaamheidsroute (kendi başına yetebilme yolu). Çok ders saati olan ve sınavı zorunlu olmayan bir öğrenme yolu. Öğrenmenin zor olduğu kişiler içindir.
glossary-onderwijs-name = Eğitim yolu
glossary-onderwijs-text = Özellikle gençler için bir öğrenme yolu. Hollandaca öğrenirsiniz ve mbo'da, hbo'da veya üniversitede bir eğitime hazırlanırsınız.
glossary-afschalen-name = Seviye düşürme
glossary-afschalen-text = B1 olmazsa B1 seviyesinden A2 seviyesine geçmek. Bunun için kurallar vardır.
glossary-termijn-name = Uyum süresi
glossary-termijn-text = Uyum sürecini bitirmek için sahip olduğunuz süre: 3 yıl.
glossary-mvv-name = Geçici oturma vizesi (mvv)
glossary-mvv-text = Hollandacası: machtiging tot voorlopig verblijf. 3 aydan uzun kalmak için Hollanda'ya girmenizi sağlayan bir vize.
glossary-basisexamen-name = Yurt dışında temel uyum sınavı
glossary-basisexamen-text = Hollanda'ya gelmeden önce kendi ülkenizde girdiğiniz sınav.
