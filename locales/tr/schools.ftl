# Language schools: search, compare, and the total cost next to the DUO loan.
# Dutch is the reference. Write at level B1: short sentences, common words, "siz".

school-lead = Size yakın bir dil okulu bulun. İki ile dört okulu yan yana koyun. Böylece ne kadar tuttuklarını ve karşılığında ne aldığınızı görürsünüz.
school-none = Hiç dil okulu bulunamadı. Daha az filtre ile deneyin.

# $amount (String) - amount, already written with the separators of the language
school-money = { $amount } €

school-route-b1 = B1 yolu (B1-route)
school-route-a2 = A2 (seviye düşürüldükten sonra)
school-route-z = Z yolu (Z-route, 800 saat)
school-route-literacy = Okuma yazma öğrenme (alfabetizasyon)
school-route-education = Eğitim yolu (taalschakeltraject, dil geçiş programı)
school-route-knm = Sadece KNM
school-route-exam-training = Sınav hazırlığı
school-route-informal = Pratik yapma (taalcafé, kütüphane, dil arkadaşı)

school-schedule-daytime = gündüz
school-schedule-evening = akşam
school-schedule-weekend = hafta sonu

school-format-in-person = sınıfta
school-format-online = çevrimiçi
school-format-hybrid = kısmen sınıfta, kısmen çevrimiçi
# $format (String) - type of lesson; $percent (Number) - share of the hours in the classroom
school-format-share = { $format } (%{ $percent } sınıfta)

school-yes = Evet
school-no = Hayır
school-unknown = Bilinmiyor

school-keurmerk-keurmerkhouder = Blik op Werk kalite belgesi
school-keurmerk-aspirant = Aday kalite belgesi (başvuru devam ediyor)
school-keurmerk-none = Kalite belgesi yok
# $date (String) - date on which the quality mark expired
school-keurmerk-expired = Kalite belgesinin süresi { $date } tarihinde doldu

school-kind-school = Dil okulu
school-kind-taalcafe = Taalcafé, Felemenkçe pratik yapılan bir yer (okul değil, kalite belgesi yok)
school-kind-library = Kütüphane (okul değil, kalite belgesi yok)
school-kind-language-buddy = Dil arkadaşı, taalmaatje (okul değil, kalite belgesi yok)

# $count (Number) - stars from Blik op Werk, 1 to 4
school-stars = { $count ->
    [one] 4 yıldızdan { $count }
   *[other] 4 yıldızdan { $count }
}
school-stars-unknown = Yıldızlar: bilinmiyor

# $km (String) - distance in kilometres
school-distance = { $km } km
# $hours (Number), $per_week (Number), $weeks (Number)
school-hours = { $hours } saat ders, haftada { $per_week } saat, { $weeks ->
    [one] { $weeks } hafta
   *[other] { $weeks } hafta
}
# $city (String), $municipality (String)
school-where = { $city } ({ $municipality } belediyesi)
school-childcare-yes = Çocuk bakımı var
school-working-yes = Çalışırken de yapılabilir
# $date (String)
school-next-start = Bir sonraki başlangıç: { $date }
# $amount (String) - amount with the euro sign
school-total = Toplam: { $amount }
school-per-hour = (ders saati başına { $amount })
# $name (String) - name of the school
school-compare-pick = Karşılaştır: { $name }

school-filter-city = Yer
school-filter-route = Yol
school-filter-all-routes = Tüm yollar
school-filter-schedule = Derse ne zaman gidebilirsiniz?
school-filter-format = Ders türü
school-filter-any-format = Tüm türler
school-filter-keurmerk = Sadece kalite belgesi olan okullar
school-filter-keurmerk-why = DUO'dan borç almak, Z yolunu izlemek veya A2 seviyesine düşmek sadece kalite belgesi olan bir okulda mümkündür.
school-filter-childcare = Çocuk bakımı var
school-filter-working = Çalışırken de yapabilirim
school-filter-max-total = Toplam en fazla ne kadar tutabilir? (euro olarak)
school-filter-km = En fazla ne kadar uzakta olabilir? (km olarak)
school-filter-submit = Ara

school-locate = Konumumu kullan
school-locate-waiting = Konumunuz aranıyor…
school-locate-found = Konumunuz dolduruldu. Ara'ya tıklayın.
school-locate-failed = Konumunuz bulunamadı. Bir belediye veya yer seçin.

school-sort = Sıralama
school-sort-total = En düşük toplam fiyat
school-sort-per-hour = Ders saati başına en düşük fiyat
school-sort-stars = En çok yıldız
school-sort-distance = En kısa mesafe

# $count (Number) - number of offers found
school-results = { $count ->
    [one] { $count } kurs bulundu
   *[other] { $count } kurs bulundu
}
# $municipality (String)
school-distance-from = Mesafe, { $municipality } belediyesinin merkezinden ölçülmüştür.
school-distance-unknown = Mesafeye göre mi aramak istiyorsunuz? O zaman bir belediye seçin veya konumunuzu kullanın.
# $max (Number) - the largest number of schools you can choose
school-compare-how = 2 ile { $max } arasında okul seçin. Sonra Karşılaştır'a tıklayın.
school-compare-submit = Karşılaştır

school-pages = Sayfalar
school-page-previous = Önceki sayfa
school-page-next = Sonraki sayfa
# $page (Number), $pages (Number)
school-page-of = Sayfa { $page } / { $pages }

school-compare-doc-title = Dil okullarını karşılaştırın – { -brand-name }
school-compare-title = Dil okulları yan yana
school-compare-back = Arama sonuçlarına geri dön
school-compare-caption = Seçtiğiniz okullar yan yana
school-compare-differs = farklı
# $max (Number)
school-compare-too-few = Karşılaştırmak için en az 2 okul seçin.
# $max (Number)
school-compare-too-many = Aynı anda { $max } okulu karşılaştırabilirsiniz. İlk { $max } okulu görüyorsunuz.

school-checklist-title = Nelere dikkat etmelisiniz?
school-checklist-lead = Bu sorular seçim yapmanıza yardımcı olur. Tablo, her okul için cevabı verir.
school-checklist-intake = Başta bir dil testine giriyor musunuz? O zaman okul seviyenizi ve ne kadar derse ihtiyacınız olduğunu bilir.
school-checklist-hours = Yetkili bir öğretmenden kaç saat ders alıyorsunuz?
school-checklist-times = Dersler hangi günlerde, hangi saatlerde ve nerede?
school-checklist-keurmerk = Okulun geçerli bir kalite belgesi var mı? DUO'dan borç almak, Z yolu ve A2 seviyesine düşmek için buna ihtiyacınız var.
school-checklist-retakes = Bir sınava ek ücret ödemeden tekrar girebilir misiniz?
school-checklist-reputation = Başkaları okul hakkında ne düşünüyor?
school-checklist-work = Çalışıyor musunuz veya çalışmaya başlayacak mısınız? O zaman da derslere devam edebilir misiniz?

school-row-keurmerk = Kalite belgesi
school-row-route = Yol
school-row-intake = Başta dil testi
school-row-hours = Ders saatleri
school-row-schedule = Günler ve saatler
school-row-format = Ders türü
school-row-place = Adres
school-row-retakes = Sınavı tekrar etme fiyata dahil
school-row-stars = Yıldızlar (Blik op Werk)
school-row-working = Çalışırken de yapılabilir
school-row-childcare = Çocuk bakımı
school-row-class-size = En büyük grup
school-row-start = Bir sonraki başlangıç
school-row-price = Kursun fiyatı
school-row-exam-fees = Fiyata dahil olmayan sınavlar
school-row-retake-room = Bir kez tekrar için para
school-row-total = Toplam
school-row-loan = DUO'dan borç alma
school-row-pay-now = En fazla borç alırsanız kendinizin ödediği
school-row-checked = Kontrol edildi

school-retakes-none = Hayır, kendiniz ödersiniz
# $count (Number)
school-retakes-count = { $count ->
    [one] Evet, { $count } kez
   *[other] Evet, { $count } kez
}
school-exam-fees-none = Yok (fiyata dahil veya sınav yok)
# $count (Number) - number of exams; $fee (String) - price per exam; $amount (String) - together
school-exam-fees = { $count ->
    [one] { $count } sınav × { $fee } = { $amount }
   *[other] { $count } sınav × { $fee } = { $amount }
}
# $amount (String)
school-loan-up-to = Evet, en fazla { $amount }
school-loan-ask-duo = Emin değiliz: DUO'ya sorun
school-loan-none = Hayır, kalite belgesi yok
# $address (String), $postcode (String), $city (String)
school-address = { $address }, { $postcode } { $city }
# $date (String), $source (String)
school-checked-on = { $date } ({ $source })

school-cost-title = Size maliyeti ne kadar?
# $fee (String) - price per exam; $date (String) - date of that price
school-cost-how = Toplam = kursun fiyatı + fiyata dahil olmayan sınavlar + bir sınava bir kez tekrar girmek için para. Bir sınavın ücreti { $fee } ({ $date } tarihindeki fiyat). Bir sınava tekrar mı giriyorsunuz? O zaman tekrar ödersiniz.
# $max (String) - the highest amount you can borrow
school-cost-loan = Kalite belgesi olan bir okul için DUO'dan en fazla { $max } borç alabilirsiniz. Gerçekte ne kadar borç alabileceğiniz, sizin gelirinize ve partnerinizin gelirine bağlıdır. Bunu sadece DUO bilir. "Kendinizin ödediği" satırı en yüksek tutarla hesaplanır.
# $months (Number), $years (Number)
school-cost-repay = Borcu geri ödersiniz. Uyum sürecini bitirdikten { $months } ay sonra başlarsınız ve { $years } yıl boyunca her ay ödersiniz. Ayda ne kadar? Bunu DUO size söyler.
school-cost-sources = Kurallar: R3.6 (sınavlar), R6.2 (borç) ve R6.3 (geri ödeme). DUO'nun aday kalite belgesi olan bir okul için de borç verip vermediğini kesin olarak bilmiyoruz.
school-contact-title = Okullarla iletişim

school-warning-no-keurmerk = Kalite belgesi yok: burada DUO'dan borç alamazsınız. Bu saatler Z yolu için ve A2 seviyesine düşmek için sayılmaz.
school-warning-aspirant = Aday kalite belgesi: burada borç alıp alamayacağınızı DUO'ya, saatlerin sayılıp sayılmadığını belediyeye sorun.
# $hours (Number)
school-warning-z-hours = Z yolu için kalite belgesi olan bir okulda { $hours } saat ders almanız gerekir. Bu kursun saati daha az.
# $hours (Number)
school-warning-step-down-hours = A2 seviyesine ancak kalite belgesi olan bir okulda { $hours } saat ders aldıktan sonra düşebilirsiniz. Bu kursun tek başına saati daha az.
school-warning-above-loan = Toplam, borç alabileceğinizden fazla. Aradaki farkı kendiniz ödersiniz.
school-warning-informal = Burası okul değil. Derslerin yanında pratik yapmak iyidir, ama ders saati olarak sayılmaz.

school-error-max-total = Euro olarak bir tutar yazın, örneğin 6000.
school-error-km = 1 ile 300 arasında bir kilometre sayısı yazın.
school-error-required = Lütfen burayı doldurun.
school-error-toolong = Bu çok uzun. 200 karakterden az kullanın.
school-error-whole = Tam sayı yazın.
school-error-range = Bu sayı çok büyük veya çok küçük.
school-error-price = Euro olarak bir tutar yazın, örneğin 1250 veya 1250,50.
school-error-date = Bir tarih seçin.
school-error-yesno = Evet veya hayır seçin.
school-error-choice = Seçeneklerden birini seçin.
school-error-postcode = 1234 AB gibi bir posta kodu yazın.
school-error-municipality = Bir belediye seçin.
school-error-coordinates = Burası Hollanda'da bir yer değil.
school-error-email = isim@ornek.nl gibi bir e-posta adresi yazın.
school-error-website = https:// ile başlayan bir web adresi yazın.
school-error-language = ar|tr gibi dil kodları yazın.
school-error-stars = 1 ile 4 arasında yıldız seçin.

# Consultants (regievoerders): add, change and check language schools.
school-staff-link = Dil okulları
school-staff-doc-title = Dil okullarını yönetin – { -brand-name }
school-staff-title = Dil okullarını yönetin
school-staff-lead = Burada belediyenizde adresi olan dil okulları var. Her şey doğru mu? O zaman "Kontrol edildi" düğmesine tıklayın. Böylece sakinler bilgilerin güncel olduğunu görür.
school-staff-add = Dil okulu ekleyin
school-staff-none = Henüz dil okulu yok.
school-staff-back = Dil okullarına geri dön
# $count (Number) - number of courses
school-staff-offers = { $count ->
    [one] { $count } kurs
   *[other] { $count } kurs
}
# $date (String) - date YYYY-MM-DD
school-staff-checked = Son kontrol: { $date }
# $name (String) - name of the school
school-staff-verify = Kontrol edildi: { $name }
school-edit-title = Dil okulunu değiştirin
school-new-title = Dil okulu ekleyin
school-field-name = Ad
school-field-kind = Tür
school-field-valid-until = Kalite belgesinin son geçerlilik tarihi
school-field-stars-hint = 1 ile 4 arası. Bilmiyorsanız boş bırakın.
school-field-website = Web sitesi
school-field-phone = Telefon
school-field-email = E-posta adresi
school-field-address = Sokak ve ev numarası
school-field-postcode = Posta kodu
school-field-latitude = Enlem (zorunlu değil)
school-field-longitude = Boylam (zorunlu değil)
school-field-coordinates-hint = Mesafeye göre arama için, örneğin 52,0907 ve 5,1214.
school-field-verified-hint = Kaydettiğinizde okulun yanında, bilgilerin bugün belediyeniz tarafından kontrol edildiği yazar.
school-save = Kaydedin
school-offers-title = Kurslar
# $price (String) - price with the euro sign; $hours (Number)
school-offer-line = { $price }, { $hours } saat
school-offer-add = Kurs ekleyin
school-offer-title = Kurs
# $name (String) - name of the school
school-offer-back = { $name } sayfasına geri dön
school-offer-delete = Kursu silin
school-field-price = Euro olarak fiyat
school-field-price-hint = Örneğin 6250 veya 6250,50.
school-field-hours = Ders saatleri
school-field-hours-per-week = Haftalık ders saati
school-field-weeks = Hafta sayısı
school-field-in-person = Derslerin sınıfta yapılan kısmı (yüzde)
school-field-retakes = Fiyata dahil olarak bir sınava kaç kez tekrar girilebilir?
school-field-languages = Öğretmenin açıklama yapabildiği diller
school-field-languages-hint = Dil kodları, örneğin ar, tr.
school-field-start-dates = Başlangıç tarihleri
school-field-start-dates-hint = Örneğin 2027-01-11, 2027-03-01.
school-field-exams-included = Sınavlar fiyata dahil
school-error-informal-keurmerk = Taalcafé, kütüphane veya dil arkadaşının kalite belgesi olmaz. "Kalite belgesi yok" seçeneğini seçin.
school-error-informal-route = Taalcafé, kütüphane veya dil arkadaşı için "Pratik yapma" seçeneğini, okul için bir yol seçin.
school-error-same-address = Bu okulun bu adresi zaten var.
account-notice-school-saved = Dil okulu kaydedildi.
account-notice-school-checked = Bilgiler artık kontrol edilmiş olarak görünüyor.
# $municipality (String) - name of the municipality that checked the data
school-source-municipality = { $municipality } Belediyesi
school-source-admin = Wegwijs yönetimi
