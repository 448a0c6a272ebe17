# The home page. It must tell a family migrant and a partner, in plain words, what Wegwijs helps with.

home-doc-title = { -brand-name } – uyum sürecinde yardım
home-title = { -brand-name } sitesine hoş geldiniz
home-intro = Partnerinizle yaşamak için Hollanda'ya mı geldiniz? O zaman çoğu zaman uyum sürecini (inburgering) tamamlamanız gerekir. { -brand-name } size yol gösterir.

home-migrant-heading = Yeni gelen olarak sizin için
home-migrant-obligations = Uyum süreci için ne yapmanız gerektiğine ve bunun ne zamana kadar bitmesi gerektiğine bakın.
home-migrant-schools = Dil okullarını karşılaştırın: fiyat, ders saati sayısı, ders zamanları ve kalite belgesi.
home-migrant-plan = Bir plan yapın. Böylece haftada kaç saat çalışmanız gerektiğini bilirsiniz.
home-migrant-sessions = Bir toplantıya kaydolun. Orada bilgi alırsınız ve başka yeni gelenlerle tanışırsınız.

home-partner-heading = Partner olarak sizin için
home-partner-text = Zaten Hollanda'da mı yaşıyorsunuz? O zaman partnerinize yardım edebilirsiniz. Bunun için önce partnerinizin size izin vermesi gerekir. Partneriniz bu izni her zaman geri alabilir.

home-pay-heading = Bilmenizde fayda var
home-pay-text = Dil okulunun parasını kendiniz ödersiniz. Dersler için DUO'dan borç para alabilirsiniz. Bu sadece Blik op Werk kalite belgesi olan bir okulda mümkündür.
home-start-early = Zamanında başlayın. Birçok kişi geç başlar ve sonra zamanı yetmez.

home-cta-obligations = Ne yapmanız gerektiğine bakın
home-cta-sessions = Bir toplantı bulun
