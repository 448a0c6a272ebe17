# Information sessions: the list, a session page, booking, the waiting list, the consultant's side.
# Dutch is the reference. Write at level B1: short sentences, common words, "u".

session-list-lead = Belediye yeni gelen sakinler için toplantılar düzenler. Orada ne yapmanız gerektiğini öğrenirsiniz ve başka insanlarla tanışırsınız. Bir toplantı seçin ve kaydolun.
session-mine-link = Kayıtlarım
session-filter-all-municipalities = Bütün belediyeler
session-filter-language = Dil
session-filter-any-language = Bütün diller
session-filter-from = Başlangıç tarihi
session-filter-submit = Arayın
session-none = Şu anda uygun bir toplantı yok. Daha sonra tekrar bakın veya daha az seçimle arayın.

# Variables:
#   $start (String) - start time, e.g. 19:00
#   $end (String) - end time, e.g. 20:30
session-time = Saat { $start } – { $end }
# Variables:
#   $count (Number) - seats left
session-seats-left = { $count ->
    [one] { $count } boş yer kaldı
   *[other] { $count } boş yer kaldı
}
session-full = Dolu. Bekleme listesine girebilirsiniz.
session-closed = Kayıtlar kapandı.
session-cancelled = Bu toplantı yapılmayacak.
session-online = Çevrim içi
session-in-dutch = Bu metin sadece Hollandaca yazılmıştır.
# Variables:
#   $languages (String) - names of the languages spoken
session-languages = Diller: { $languages }

# Variables:
#   $title (String) - the session's title
session-doc-title = { $title } – { -brand-name }
session-when = Ne zaman
session-more-dates = Diğer tarihler
# Variables:
#   $count (Number) - how many days the series has
session-series = { $count ->
    [one] { $count } toplantı
   *[other] { $count } toplantılık bir dizi. Hepsi için bir kez kaydolursunuz.
}
session-where = Nerede
session-accessibility = Erişilebilirlik
session-languages-spoken = Konuşulan diller
session-interpreter = Tercüman var
session-childcare = Çocuk bakımı
session-partner-welcome = Partner de gelebilir
session-seats = Yerler
session-deadline = Son kayıt tarihi
session-yes = Evet
session-no = Hayır
session-booking-title = Kayıt
session-book = Beni kaydedin
session-join-waiting-list = Beni bekleme listesine alın
session-full-text = Bu toplantı dolu. Bekleme listesindeyseniz, biri kaydını iptal ettiğinde otomatik olarak yer alırsınız. O zaman size bir e-posta gelir.
session-party = Kaç kişi geleceksiniz?
# Variables:
#   $count (Number) - number of people
session-party-option = { $count ->
    [one] { $count } kişi
   *[other] { $count } kişi
}
session-sign-in-to-book = Kaydolmak için giriş yapın
# Variables:
#   $count (Number) - number of people in the booking
session-booking-confirmed = { $count ->
    [one] Kaydınız yapıldı.
   *[other] { $count } kişilik kaydınız yapıldı.
}
# Variables:
#   $position (Number) - place on the waiting list
session-booking-waiting = Bekleme listesindesiniz. Sıra numaranız: { $position }.
session-status-confirmed = Kayıtlı
session-status-waiting = Bekleme listesinde
session-status-cancelled = Kayıt iptal edildi
session-cancel = Kaydımı iptal edin
session-leave-waiting-list = Bekleme listesinden çıkın
session-calendar = Takvimime ekleyin
# Variables:
#   $name (String) - the migrant the partner books for
session-booking-for = Bunu { $name } için yapıyorsunuz.
session-back = Bütün toplantılara geri dönün

session-mine-doc-title = Kayıtlarım – { -brand-name }
session-mine-title = Kayıtlarım
session-mine-none = Henüz hiçbir toplantıya kaydolmadınız.
session-alerts-title = Yeni toplantılar hakkında e-posta
session-alerts-text = Belediyeniz sizin dilinizde bir toplantı duyurduğunda size bir e-posta göndeririz.
session-alerts-needs-municipality = Önce "Hesabım" sayfasında (Belediyenizle paylaşın) belediyenizi seçin. O zaman hangi toplantıların sizin için olduğunu biliriz.
session-alerts-label = Evet, yeni toplantılar hakkında bana e-posta gönderin
session-alerts-submit = Kaydedin

session-consultant-link = Belediyemin toplantıları
session-consultant-doc-title = Toplantıları yönetin – { -brand-name }
session-consultant-title = Belediyemin toplantıları
session-consultant-none = Henüz hiç toplantı duyurmadınız.
session-consultant-back = Toplantılara geri dönün
session-edit-link = Değiştirin
session-edit-title = Toplantıyı değiştirin
session-edit-lead = Saati veya yeri mi değiştiriyorsunuz? O zaman kaydolan herkese bir e-posta gider.
session-edit-submit = Değişiklikleri kaydedin
session-cancel-session = Toplantıyı iptal edin
session-message-title = Kaydolan herkese mesaj
session-message-label = Mesajınız
session-message-hint = Düz metin, en fazla 2000 karakter. Kaydolan veya bekleme listesinde olan herkes bu mesajı e-posta ile alır.
session-message-submit = Mesajı gönderin
session-new-link = Yeni toplantı
session-new-doc-title = Yeni toplantı – { -brand-name }
session-new-title = Yeni bir toplantı duyurun
session-new-submit = Toplantıyı duyurun
session-field-title = Başlık
session-field-title-hint = Kısa ve açık, Hollandaca. En fazla 120 karakter.
session-field-description = Açıklama
session-field-description-hint = Düz metin. Yeni bir satır, yeni satır olarak kalır.
session-field-date = Tarih
session-field-time = Başlangıç saati
session-field-time-hint = Hollanda saati, örneğin 19:00.
session-field-duration = Dakika olarak süre
session-field-place = Adres
session-field-place-hint = Toplantı sadece çevrim içiyse boş bırakın.
session-field-room = Salon veya oda
session-field-accessibility = Erişilebilirlik (örneğin: asansör, tekerlekli sandalye)
session-field-online-url = Çevrim içi katılım bağlantısı
session-field-online-url-hint = https:// ile başlar. Toplantı çevrim içi değilse boş bırakın.
session-field-capacity = Yer sayısı
session-field-languages = Hangi diller konuşuluyor?
session-field-extras = Ekstralar
session-field-childcare = Çocuk bakımı var
session-field-partner-welcome = Partner de gelebilir
session-field-max-party = Bir kayıtta en fazla kaç kişi?
session-field-max-party-hint = Sadece partner de gelebiliyorsa. Genellikle 2.
session-field-deadline = Son kayıt günü (tarih)
session-field-series = Toplantı dizisi (boş bırakılabilir)
session-field-series-hint = Bu toplantı birkaç kez yapılan bir dizinin parçası mı? Diğer günleri yazın. Kişiler bütün günler için bir kez kaydolur.
# Variables:
#   $number (Number) - which day of the series (2, 3, 4)
session-field-series-date = { $number }. gün: tarih
# Variables:
#   $number (Number) - which day of the series (2, 3, 4)
session-field-series-time = { $number }. gün: başlangıç saati (boş = aynı saat)
session-field-translations = Başka dillerde metin (boş bırakılabilir)
session-field-translations-hint = Buraya yazarsanız, sakinler başlığı ve açıklamayı kendi dillerinde görür. Yazmazsanız Hollandaca metni görürler.
# Variables:
#   $language (String) - the language's own name
session-field-title-in = Başlık ({ $language })
# Variables:
#   $language (String) - the language's own name
session-field-description-in = Açıklama ({ $language })
session-field-deadline-hint = Boş bırakın: o zaman toplantı başlayana kadar kayıt yapılabilir.

# Variables:
#   $taken (Number) - seats taken
#   $capacity (Number) - all seats
session-taken = { $capacity } yerden { $taken } tanesi dolu.
session-public-page = Sakinlerin gördüğü gibi görün
session-csv = Listeyi indirin (CSV)
session-attendees = Kayıtlar
session-attendees-none = Henüz kimse kaydolmadı.
session-attendee-deleted = (hesap silindi)
session-attended-yes = Geldi
session-attended-no = Gelmedi
session-attended-unknown = Henüz işaretlenmedi
session-check-in = Burada
session-no-show = Gelmedi

session-error-title-missing = Bir başlık yazın.
session-error-title-long = Başlık çok uzun. En fazla 120 karakter kullanın.
session-error-description-long = Açıklama çok uzun. En fazla 4000 karakter kullanın.
session-error-date-invalid = Bir tarih yazın, örneğin 2027-03-15.
session-error-time-skipped = Bu saat o gün yok: saatler o gün bir saat ileri alınır. Başka bir saat seçin.
session-error-date-past = Bu tarih geçti. Gelecekte bir gün seçin.
session-error-duration = 15 ile 600 dakika arasında bir süre yazın.
session-error-capacity = 1 ile 500 arasında bir yer sayısı yazın.
session-error-max-party = 1 ile 6 arasında bir kişi sayısı yazın.
session-error-deadline-after-start = Kayıtlar toplantı başlamadan önce kapanmalıdır.
session-error-place-missing = Bir adres veya çevrim içi katılım için bir bağlantı yazın.
session-error-url = Bir bağlantı https:// ile başlar ve içinde boşluk olmaz.
session-error-languages-missing = En az bir dil seçin.
session-error-party = Bu toplantıya bu kadar kişiyle gelemezsiniz.
session-error-capacity-below-booked = Zaten daha fazla yer dolu. Daha büyük bir yer sayısı seçin.
session-error-message = 1 ile 2000 karakter arasında bir mesaj yazın.
session-error-series-order = Dizinin her günü bir önceki günden sonra olmalıdır.
session-error-closed = Artık kaydolamazsınız: toplantı başladı, kayıtlar kapandı veya toplantı yapılmayacak.

account-notice-booked = Oldu. Kaydınız yapıldı. Bilgilerin olduğu bir e-posta alacaksınız.
account-notice-waiting = Bekleme listesindesiniz. Bir yer boşalırsa, o yer otomatik olarak size verilir ve size bir e-posta göndeririz.
account-notice-cancelled = Kaydınız iptal edildi.
account-notice-session-created = Toplantı sitede yayınlandı.
account-notice-checked-in = Kaydedildi.
account-notice-session-updated = Değişiklikler kaydedildi.
account-notice-session-cancelled = Toplantı iptal edildi. Kaydolan herkese bir e-posta gider.
account-notice-message-sent = Mesajınız gönderiliyor.
account-notice-alerts-on = Yeni bir toplantı olduğunda size bir e-posta gelir.
account-notice-alerts-off = Artık yeni toplantılar hakkında e-posta almayacaksınız.
account-log-booked-session = bir toplantıya kayıt yapıldı
account-log-cancelled-booking = bir toplantı kaydı iptal edildi

# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-confirmed-subject = Kaydınız yapıldı: { $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-confirmed-body = Merhaba,

    "{ $title }" toplantısına kaydınız yapıldı.

    Ne zaman: { $date }, saat { $time }
    Nerede: { $place }

    Ekte takviminiz için randevu bilgisi var. Gelemeyecek misiniz? O zaman kaydınızı iptal edin, böylece yerinizi başka biri alabilir:

    { $link }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-waiting-subject = Bekleme listesindesiniz: { $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-waiting-body = Merhaba,

    { $date } tarihindeki "{ $title }" toplantısı dolu. Bekleme listesindesiniz.

    Biri kaydını iptal ederse, yer otomatik olarak size verilir ve size bir e-posta göndeririz.

    { $link }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-promoted-subject = Sizin için bir yer var: { $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-promoted-body = Merhaba,

    İyi haber: bir yer boşaldı. Artık "{ $title }" toplantısına kaydınız yapıldı.

    Ne zaman: { $date }, saat { $time }
    Nerede: { $place }

    Ekte takviminiz için randevu bilgisi var. Yine de gelemeyecek misiniz? O zaman kaydınızı iptal edin:

    { $link }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-reminder-subject = Hatırlatma: { $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-reminder-body = Merhaba,

    "{ $title }" toplantısını unutmayın.

    Ne zaman: { $date }, saat { $time }
    Nerede: { $place }

    Gelemeyecek misiniz? O zaman kaydınızı iptal edin, böylece yerinizi başka biri alabilir:

    { $link }

# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-changed-subject = Toplantı değişti: { $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-changed-body = Merhaba,

    "{ $title }" toplantısı değişti. Yeni bilgiler şunlar:

    Ne zaman: { $date }, saat { $time }
    Nerede: { $place }

    Şimdi gelemeyecek misiniz? O zaman kaydınızı iptal edin:

    { $link }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-cancelled-subject = Toplantı yapılmayacak: { $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-cancelled-body = Merhaba,

    Maalesef { $date } tarihindeki "{ $title }" toplantısı yapılmayacak. Sizin bir şey yapmanız gerekmiyor.

    Başka bir toplantı için şuraya bakın:

    { $link }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
#   $message (String) - the consultant's own words
session-mail-message-subject = Toplantı hakkında mesaj: { $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
#   $message (String) - the consultant's own words
session-mail-message-body = Merhaba,

    Belediye, { $date } tarihindeki "{ $title }" toplantısı hakkında size bir mesaj gönderiyor:

    { $message }

    { $link }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-announced-subject = Yeni toplantı: { $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-announced-body = Merhaba,

    Belediyeniz sizin dilinizde yeni bir toplantı düzenliyor: "{ $title }".

    Ne zaman: { $date }, saat { $time }
    Nerede: { $place }

    Gelmek ister misiniz? O zaman kaydolun:

    { $link }

    Bu e-postaları artık istemiyor musunuz? "Kayıtlarım" sayfasında kapatın.

# "Wednesday 2 December 2026, 19:30 – 21:00"
# Variables:
#   $date (String) - the day, formatted for this locale
#   $time (String) - the time or the hours
session-date-time = { $date }, { $time }
# Between the names in a list (e.g. of languages), spaces included.
session-list-separator = { ", " }
