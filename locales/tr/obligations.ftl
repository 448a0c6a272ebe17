# The result of the obligations check ("What must I do?").
# Every statement is one message. Amounts are whole euros, dates are already formatted.

obl-result-doc-title = Sonucunuz – { -brand-name }
obl-result-title = Sonucunuz

# Variables:
#   $status (String) - obligated, not_obligated, not_sure or not_for_this_portal
obl-status = { $status ->
    [obligated] Uyum sürecini tamamlamanız gerekir.
    [not_obligated] Uyum sürecini tamamlamanız gerekmez.
    [not_for_this_portal] Sizin için başka kurallar geçerlidir.
   *[not_sure] Bunu henüz kesin olarak bilmiyoruz.
}

# Variables:
#   $law (String) - wi2021, wi2013, none or unknown
obl-law = { $law ->
    [wi2021] Sizin için 2021 Uyum Yasası (Wet inburgering 2021) geçerlidir.
    [wi2013] Sizin için eski yasa geçerlidir: 2013 Uyum Yasası (Wet inburgering 2013).
    [none] Sizin için hiçbir uyum yasası geçerli değildir.
   *[unknown] Sizin için hangi yasanın geçerli olduğunu henüz bilmiyoruz: 2013 yasası mı, 2021 yasası mı?
}

# Variables:
#   $group (String) - gezinsmigrant, overige_migrant, nareiziger, none or unknown
obl-group = { $group ->
    [gezinsmigrant] Aile göçmenisiniz (gezinsmigrant): Hollanda'ya partnerinizin veya ailenizin yanında yaşamak için geldiniz.
    [overige_migrant] Diğer göçmenler (overige migranten) grubundasınız. Sizin için aile göçmenleriyle aynı kurallar geçerlidir.
    [nareiziger] Sonradan gelen aile üyesisiniz (nareiziger): iltica izni olan birinin ailesindensiniz.
    [none] { "" }
   *[unknown] Hangi gruba ait olduğunuzu henüz bilmiyoruz.
}

obl-section-reasons = Neden?
obl-section-check = Henüz kontrol etmeniz gerekenler
obl-section-parts = Ne yapmanız gerekiyor?
obl-section-deadline = Ne zamana kadar bitmesi gerekiyor?
obl-section-money = Maliyeti ne kadar?
obl-section-residence = Oturma izniniz
obl-section-referent = Partneriniz için
obl-section-exemptions = Muafiyet (vrijstelling) ve yükümlülüğün kaldırılması (ontheffing)

obl-part-title-intake = Kapsamlı tanışma görüşmesi ve öğrenme yeteneği testi
obl-part-title-pip = Planınız: PIP
obl-part-title-route-choice = Öğrenme yolunuz
obl-part-title-route-b1 = B1 yolu (B1-route)
obl-part-title-route-z = Z yolu (Z-route)
obl-part-title-route-education = Eğitim yolu (onderwijsroute)
obl-part-title-knm = Hollanda Toplumu Bilgisi (KNM)
obl-part-title-pvt = Katılım beyanı programı (PVT)
obl-part-title-map = İş Piyasası ve Katılım Modülü (MAP)
obl-part-title-done = Ne zaman bitirmiş olursunuz?
obl-part-explain = Bu kelime ne anlama geliyor?

## Reasons

obl-reason-eu = Bir AB veya AEA ülkesinin ya da İsviçre'nin vatandaşısınız. O zaman uyum sürecini tamamlamanız gerekmez.
obl-reason-non-eu = Bir AB veya AEA ülkesinin ya da İsviçre'nin vatandaşı değilsiniz.
obl-reason-temporary-own = Burada eğitim veya çalışma gibi geçici bir amaçla yaşıyorsunuz. O zaman uyum sürecini tamamlamanız gerekmez.
obl-reason-referent-temporary = Partneriniz burada eğitim veya çalışma gibi geçici bir amaçla yaşıyor. O zaman uyum sürecini tamamlamanız gerekmez.
obl-reason-referent-ok = Partneriniz Hollanda vatandaşıdır ya da partnerinizin geçici olmayan bir amaç için oturma izni vardır.
obl-reason-clergy = Din görevlisisiniz (geestelijk bedienaar), örneğin imam veya papaz. Aile göçmenleri gibi siz de uyum sürecini tamamlamak zorundasınız.
obl-reason-humanitarian = Geçici olmayan bir amaç için insani nedenlerle verilmiş bir oturma izniniz var. Aile göçmenleri gibi siz de uyum sürecini tamamlamak zorundasınız.
obl-reason-nareiziger = Hollanda'ya, iltica izni olan ailenizin yanına geldiniz. Bu durumda sonradan gelen aile üyesisiniz (nareiziger). Uyum sürecinizi belediye düzenler ve öder. Bu nedenle bu web sitesi sizin için değildir. Belediyenizden veya VluchtelingenWerk'ten yardım isteyin.

# Variables:
#   $age (Number) - the age at which the obligation starts
obl-reason-age-under = { $age } yaşından küçüktünüz. O zaman henüz uyum sürecini tamamlamanız gerekmez.

# Variables:
#   $min (Number) - the age at which the obligation starts
obl-reason-age-ok = { $min } yaşında veya daha büyüksünüz ve AOW yaşından (devlet emeklilik yaşı) küçüksünüz.

# Variables:
#   $age (Number) - the state pension (AOW) age
obl-reason-age-aow = AOW yaşına (devlet emeklilik yaşı: { $age } yaş) zaten ulaşmıştınız. O zaman uyum sürecini tamamlamanız gerekmez.
obl-reason-turkish-before = Türk vatandaşısınız ve uyum yükümlülüğünüz 2022'den önce başlayacaktı. O zamanlar Türk aile göçmenlerinin uyum sürecini tamamlaması gerekmiyordu.
obl-reason-turkish-after = Türk vatandaşısınız. 1 Ocak 2022'den beri Türk aile göçmenleri de uyum sürecini tamamlamak zorundadır.

# Variables:
#   $years (Number) - years of schooling in the Netherlands
obl-reason-schooling = Zorunlu eğitim çağındayken { $years } yıl veya daha uzun süre Hollanda'da yaşadınız. O zaman uyum sürecini tamamlamanız gerekmez.

# Variables:
#   $weeks (Number) - how long DUO takes to decide
obl-reason-diploma = Hollanda diplomanız var. O zaman genellikle muafiyet alırsınız. Muafiyet için DUO'ya başvurun. DUO { $weeks } hafta içinde karar verir.
obl-reason-wi2021 = Uyum yükümlülüğünüz 1 Ocak 2022'de veya bu tarihten sonra başladı.
obl-reason-wi2013 = Uyum yükümlülüğünüz 1 Ocak 2022'den önce başladı. O zaman eski yasa geçerlidir. Bu yasanın kuralları farklıdır. Sizin için neyin geçerli olduğunu DUO'ya sorun.

## What to check

obl-check-nationality = Hangi vatandaşlığın geçerli olduğundan emin değil misiniz? Pasaportunuza bakın.
obl-check-purpose = Oturma kartınıza bakın. Orada kalış amacınız yazar. Bilmiyor musunuz? IND'ye sorun.
obl-check-referent = Partnerinize hangi vatandaşlığa veya hangi izne sahip olduğunu sorun. Bu, eğitim veya çalışma gibi geçici bir amaç için verilmiş bir izin mi? O zaman uyum sürecini tamamlamanız gerekmez.
obl-check-birth-date = Yaşınız önemlidir: yükümlülük 16 yaşından AOW yaşına (devlet emeklilik yaşı) kadar geçerlidir.

# Variables:
#   $age (Number) - the age until which school usually comes first
obl-check-school-age = { $age } yaşından küçüksünüz. Hâlâ okula gidiyor musunuz? O zaman uyum yükümlülüğünüz genellikle daha sonra, { $age } yaşına geldiğinizde başlar. DUO'ya sorun.

# Variables:
#   $age (Number) - the state pension (AOW) age used here
obl-check-aow = Hesaplamamızda AOW yaşını { $age } yaş olarak alıyoruz. Bu yaş herkes için aynı değildir. SVB'nin web sitesine bakın.
obl-check-diploma = vmbo, havo, vwo veya mbo 2 ya da daha yüksek bir seviyede Hollanda diplomanız var mı? O zaman muafiyet alabilirsiniz. DUO'ya sorun.

# Variables:
#   $years (Number) - years of schooling in the Netherlands
obl-check-schooling = Zorunlu eğitim çağındayken { $years } yıl veya daha uzun süre Hollanda'da yaşadınız mı? O zaman uyum sürecini tamamlamanız gerekmez. DUO'ya sorun.
obl-check-pass-date = Yükümlülüğünüzün başladığı tarih önemlidir. Bu tarih DUO'nun mektubunda yazar. Aile göçmenlerinde bu genellikle oturma kartınızı teslim aldığınız gündür.

## Parts

obl-part-intake = Belediye sizi bir görüşmeye davet eder: kapsamlı tanışma görüşmesi (brede intake). Bu görüşmede eğitiminiz, işiniz ve durumunuz hakkında konuşursunuz. Bu görüşmeye gitmek zorundasınız.
obl-part-lbt = Bu görüşmenin bir parçası öğrenme yeteneği testidir (leerbaarheidstoets). Bu, bilgisayarda yapılan bir testtir. Bunun için Hollandaca bilmeniz gerekmez.
obl-part-alone = Görüşmeyi partneriniz olmadan, yalnız yapabilirsiniz. Yanınızda birini de getirebilirsiniz.
obl-part-pip = Görüşmeden sonra belediye kişisel planınızı hazırlar: PIP. Bu planda öğrenme yolunuz yazar. Plana katılmıyor musunuz? O zaman itiraz edebilirsiniz (bezwaar maken).

# Variables:
#   $weeks (Number) - weeks within which the municipality makes the PIP
obl-part-pip-weeks = Belediye, PIP'i DUO'nun mektubundan sonra { $weeks } hafta içinde hazırlamak zorundadır.
obl-part-route-choice = Belediye, öğrenme yolunuzu PIP'te seçer. Aşağıda üç yolu görebilirsiniz.
obl-part-route-b1 = B1 yolunda (B1-route) Hollandacayı B1 seviyesinde öğrenirsiniz. Okuma, dinleme, yazma ve konuşma sınavlarına ve KNM sınavına girersiniz. En az ders saati sınırı yoktur.

# Variables:
#   $hours (Number) - lesson hours needed before stepping down
#   $percent (Number) - minimum share of those hours in a classroom
obl-part-route-a2 = B1 seviyesine ulaşamıyor musunuz? O zaman belki A2 seviyesine geçebilirsiniz. Bunun için önce Blik op Werk kalite belgesi olan bir okulda { $hours } saat ders almış olmanız gerekir. Bu derslerin en az yüzde { $percent } oranı sınıfta olmalıdır. Belediyedeki danışmanınızın (regievoerder) da onay vermesi gerekir.

# Variables:
#   $hours (Number) - lesson hours of the Z-route
obl-part-route-z = Z yolunda (Z-route) Blik op Werk kalite belgesi olan bir okulda { $hours } saat ders alırsınız. Sınava girmeniz gerekmez. Sonunda belediyede bir görüşme yaparsınız.
obl-part-route-education = Eğitim yolu (onderwijsroute) özellikle gençler içindir. Bir okulda veya kurumda dil geçiş programına (taalschakeltraject) katılırsınız. Sonra mbo'da, hbo'da veya üniversitede okumaya devam edebilirsiniz.

# Variables:
#   $route (String) - b1, z, education or unknown
obl-part-knm = { $route ->
    [z] Z yolunda Hollanda toplumu hakkında ders alırsınız. Sınav zorunlu değildir.
   *[other] Hollanda toplumu hakkında bilgi edinirsiniz ve bu konuda bir sınava girersiniz: KNM. Z yolunda sadece ders alırsınız.
}

# Variables:
#   $hours (Number) - minimum hours of the PVT
obl-part-pvt = Belediye katılım beyanı programını (participatieverklaringstraject) düzenler. Bu programda Hollanda'daki en önemli değerleri öğrenirsiniz. Program en az { $hours } saat sürer ve ücretsizdir. Sonunda katılım beyanını (participatieverklaring) imzalarsınız.

# Variables:
#   $hours (Number) - minimum hours of the practical part of the MAP
obl-part-map = MAP'te Hollanda'da çalışma hayatını öğrenirsiniz. En az { $hours } saatlik bir uygulama bölümü vardır. Belediye bunu düzenler ve öder.
obl-part-no-map = Eğitim yolunda MAP'i yapmanız gerekmez. Eğitiminiz ve meslek seçiminiz için size rehberlik edilir.
obl-part-done = Öğrenme yolunuzu, PVT'yi ve MAP'i tamamladığınızda bitirmiş olursunuz. Muafiyet (vrijstelling) veya yükümlülüğün kaldırılması (ontheffing) da sayılır.

## Deadline

# Variables:
#   $start (String) - formatted date the termijn starts
#   $end (String) - formatted date the termijn ends
#   $years (Number) - length of the termijn in years
obl-deadline-known = Süreniz (termijn) { $start } tarihinde başladı. { $years } yıl süreniz var: { $end } tarihine kadar (bu gün dahil).
obl-deadline-official = Bu bizim hesaplamamızdır. Her zaman DUO'nun mektubundaki tarih geçerlidir.

# Variables:
#   $from (String) - formatted date from which extra time can be asked
#   $months (Number) - minimum months of delay
obl-deadline-extension = Zamanında bitiremiyor musunuz? Örneğin { $months } ay veya daha uzun süren bir hastalık nedeniyle mi? { $from } tarihinden itibaren DUO'dan ek süre isteyebilirsiniz.

# Variables:
#   $years (Number) - length of the termijn in years
obl-deadline-after-pip = { $years } yıl süreniz var. Bu süre, ilk PIP'inizin tarihinden sonraki gün başlar.

# Variables:
#   $months (Number) - the last months in which extra time can be asked
obl-deadline-extension-later = Son { $months } ay içinde, geçerli bir nedeniniz varsa DUO'dan ek süre isteyebilirsiniz.

## Money

obl-money-pay = Dil okulunun ve sınavların parasını kendiniz ödersiniz. PVT ve MAP ücretsizdir.

# Variables:
#   $fee (Number) - euros per exam
#   $count (Number) - number of exams
#   $total (Number) - euros for all exams once
#   $as_of (String) - formatted date the price was checked
obl-money-exams = Her sınavın ücreti € { $fee }. B1 yolunda { $count } sınav vardır: toplam € { $total }. Bir sınava tekrar mı giriyorsunuz? O zaman tekrar ödersiniz. ({ $as_of } tarihindeki fiyat.)

# Variables:
#   $max (Number) - maximum loan in euros
obl-money-loan = DUO'dan en fazla € { $max } borç alabilirsiniz. Bu sadece Blik op Werk kalite belgesi olan bir okul için mümkündür. Ne kadar borç alabileceğiniz, sizin gelirinize ve partnerinizin gelirine bağlıdır.

# Variables:
#   $months (Number) - months after finishing when repayment starts
#   $years (Number) - years of repayment
obl-money-repay = Borcu faiziyle birlikte geri ödersiniz. Geri ödeme, bitirdikten { $months } ay sonra başlar ve { $years } yıl sürer.
obl-money-no-cancel = Zamanında mı bitirdiniz? Borcu yine de geri ödemeniz gerekir.
obl-money-other = Bazı belediyeler yol masraflarını geri öder. Belki çocuk bakım yardımı (kinderopvangtoeslag) alabilirsiniz. Bu kesin değildir: belediyenize sorun.

## Residence

obl-residence-requirement = Süresiz oturma izni veya kendi adınıza bir oturma izni alabilmek ya da Hollanda vatandaşı olabilmek için önce uyum sürecini bitirmiş olmanız gerekir.

# Variables:
#   $years (Number) - years married to or living with a Dutch partner
obl-residence-naturalisation = Partneriniz Hollanda vatandaşı. O zaman { $years } yıl evlilik veya birlikte yaşamadan sonra Hollanda vatandaşı olabilirsiniz. Ama o zamana kadar uyum sürecini bitirmiş olmanız gerekir.

# Variables:
#   $years (Number) - years before an independent or permanent permit
obl-residence-permit = { $years } yıl sonra kendi adınıza bir oturma izni veya süresiz oturma izni için başvurabilirsiniz. Ama o zamana kadar uyum sürecini bitirmiş olmanız gerekir.
obl-residence-turkish = Türk vatandaşları ve aileleri için bir istisna vardır: daha güçlü bir oturma izni için uyum sürecini bitirmiş olmaları gerekmez. Ama uyum yükümlülüğünün kendisi yine de geçerlidir.
obl-residence-dependent = Oturma izniniz partnerinizin iznine bağlıdır. En fazla 5 yıl geçerlidir.

## Referent

obl-referent-inform = Partneriniz değişiklikleri IND'ye bildirmek zorundadır. Örneğin artık birlikte yaşamıyorsanız veya gelir çok düşük hâle gelirse.
obl-referent-admin = Partneriniz ilişkiniz ve gelir hakkındaki belgeleri saklamak zorundadır.
obl-referent-sanctions = Partneriniz bunu yapmıyor mu? O zaman IND bir uyarı veya para cezası verebilir.
obl-referent-intake = Partneriniz bazen belediyedeki görüşmelere sizinle birlikte gelebilir. Ama yalnız da gidebilirsiniz.

## Exemptions

obl-exempt-diploma = Hollanda diplomanız var mı? O zaman muafiyet (vrijstelling) alabilirsiniz. Muafiyet için DUO'ya başvurun.

# Variables:
#   $years (Number) - years of schooling in the Netherlands
obl-exempt-schooling = Zorunlu eğitim çağındayken { $years } yıl veya daha uzun süre Hollanda'da yaşadınız mı? O zaman uyum sürecini tamamlamanız gerekmez.
obl-exempt-medical = Bir hastalık veya engel nedeniyle yükümlülüğü hiçbir zaman yerine getiremeyecek misiniz? O zaman DUO'dan yükümlülüğün kaldırılmasını (ontheffing) isteyebilirsiniz. Bu durumda bir doktor durumunuzu değerlendirir.
obl-exempt-no-effort-release = Çok çalıştığınız hâlde başaramadığınız için yükümlülüğün kaldırılması (ontheffing) artık yoktur. Bunun için artık Z yolu vardır.

## Sources and certainty

obl-source-summary = Kaynak ve kesinlik

# Variables:
#   $rule (String) - rule id, e.g. R2.1
obl-source-rule = Kural { $rule }

# Variables:
#   $confidence (String) - confirmed, source-text, secondary or uncertain
obl-confidence = { $confidence ->
    [confirmed] Kesinlik: resmî bir kaynak tarafından doğrulandı.
    [source-text] Kesinlik: Divosa'nın rehberinde (handreiking) yazıyor.
    [secondary] Kesinlik: sadece başka kaynaklarda bulundu. Lütfen bunu kontrol edin.
   *[uncertain] Kesinlik: kesin değil. Lütfen bunu kontrol edin.
}

# Variables:
#   $date (String) - formatted date the rule was last checked
obl-source-checked = { $date } tarihinde kontrol edildi.
obl-uncertain-label = Kesin değil

# Variables:
#   $authority (String) - duo, ind, municipality or svb
obl-check-with = { $authority ->
    [duo] Bunu DUO'ya sorun.
    [ind] Bunu IND'ye sorun.
    [svb] Bunu SVB'ye sorun.
   *[municipality] Bunu belediyenize sorun.
}

# Variables:
#   $date (String) - formatted date the rules were last checked
obl-rules-checked = Bu sayfadaki kurallar { $date } tarihinde kontrol edildi.
obl-share-label = Bu sonucun bağlantısı
obl-share-help = Bu bağlantıyı kaydedin veya paylaşın. Cevaplarınız bağlantının içindedir. Hiçbir şeyi kaydetmiyoruz.
obl-change-answers = Cevapları değiştirin
obl-print-help = Bu sayfayı yazdırabilirsiniz. Bunun için tarayıcınızın menüsünü kullanın.
obl-save-submit = Hesabıma kaydedin
