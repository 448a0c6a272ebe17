# My plan: a timeline from arrival to the deadline. Write at level B1.

plan-title = Planım
plan-doc-title = Planım – { -brand-name }
plan-lead = Bugünden son tarihinize kadar bir plan yapın. Bildiğiniz tarihleri girin. Böylece ne zaman ne yapmanız gerektiğini ve ders saatlerinizin yeterli olup olmadığını görürsünüz.

plan-milestone-arrival = Oturma kartınızı teslim aldınız
plan-milestone-notice = DUO'dan mektup: uyum sürecini tamamlamanız gerekir
plan-milestone-intake = Belediyede kapsamlı tanışma görüşmesi
plan-milestone-pip-due = En geç bu tarihte PIP'iniz olmalı
plan-milestone-pip = İlk PIP'iniz
plan-milestone-termijn-start = 3 yıllık süreniz başlar
plan-milestone-lessons-start = Derslerin başlangıcı
plan-milestone-hours-600 = 600 ders saati: A2 seviyesine düşme konuşulabilir
plan-milestone-hours-800 = 800 ders saati: Z yolunun saatleri
plan-milestone-lessons-end = Derslerin sonu (tahmini)
plan-milestone-exam-book-by = Sınavlara en geç bu tarihte kaydolun; böylece bir sınava tekrar girmek için zamanınız olur
plan-milestone-exam-last-chance = Sınavlara kaydolmak için son an
plan-milestone-extension-window = Bu tarihten itibaren, bir nedeniniz varsa DUO'dan ek süre isteyebilirsiniz
plan-milestone-pvt-by = Katılım beyanı programı (PVT) bitmiş olmalı
plan-milestone-map-by = İş Piyasası ve Katılım Modülü (MAP) bitmiş olmalı
plan-milestone-termijn-end = Son tarih: her şey bitmiş olmalı
plan-milestone-repayment-start = DUO'dan aldığınız borcu geri ödemeye başlarsınız (borç aldıysanız)
plan-milestone-naturalisation = Hollanda vatandaşı olabilirsiniz (partneriniz Hollanda vatandaşıysa)
plan-milestone-permit = Daha güçlü bir oturma izni alabilirsiniz

plan-official = Mektubunuzdan
plan-estimated = Tahmini
plan-uncertain = Kesin değil

plan-phase-start = Başlangıç
plan-phase-learning = Öğrenme
plan-phase-finish = Sınavlar ve son tarih
plan-phase-after = Sonrası

# $date (String)
plan-today = Bugün, { $date }
# $title (String) - title of the meeting
plan-session = Toplantı: { $title }
plan-warnings-title = Dikkat
plan-warning-no-hours = Haftada 0 saat planladınız. O zaman dersleriniz hiç bitmez. Haftada kaç saat ders alacağınızı planlayın.
plan-warning-cannot-reach = Haftada bu kadar saatle sınavlara zamanında hazır olamazsınız. Haftada daha fazla saat planlayın veya daha erken başlayın.
plan-warning-no-retake-room = Sınavlara tam zamanında hazır olursunuz, ama bir sınava tekrar girmek için zaman kalmaz. Mümkünse haftada daha fazla saat planlayın.
# $months (Number)
plan-warning-late-start = PIP'iniz { $months } aydan daha uzun süredir var ve henüz derslere başlamadınız. Mümkün olduğunca çabuk başlayın.
# $hours (Number)
plan-warning-step-down-keurmerk = B1 seviyesine ulaşamıyor musunuz? A2 seviyesine düşmek ancak Blik op Werk kalite belgesi olan bir okulda { $hours } saat ders aldıktan sonra mümkündür.

# $name (String) - name of the school
plan-school = Okulunuz: { $name }. Bu okulun ders saatlerini ve başlangıç tarihini biz doldurduk.
plan-dates-title = Tarihleriniz
plan-dates-hint = Bildiklerinizi girin. Tarih bir mektupta mı yazıyor? O tarihi yazın. Bilmiyor musunuz? Boş bırakın.
plan-field-arrival = Oturma kartınızı teslim aldığınız tarih
plan-field-notice = DUO'nun mektubunun tarihi
plan-field-intake = Kapsamlı tanışma görüşmesinin tarihi
plan-field-pip = İlk PIP'inizin tarihi
plan-field-pip-hint = Henüz PIP'iniz yok mu? Burayı boş bırakın.
plan-field-termijn-end = DUO'nun mektubundaki son tarih
plan-field-termijn-end-hint = Zorunlu değil. Bu tarih, bizim hesaplamamızın yerine geçer.
plan-lessons-title = Dersleriniz
plan-field-route = Öğrenme yolunuz
plan-route-b1 = B1 yolu
plan-route-z = Z yolu
plan-route-education = Eğitim yolu
plan-field-target-hours = Kaç ders saati planlıyorsunuz?
plan-field-target-hours-hint = Z yolu için 800 saattir. B1 için yasada bir sayı yok: okulunuza sorun.
plan-field-lessons-start = Derslerin başlangıcı
plan-field-hours-per-week = Haftalık ders saati
# $max (Number)
plan-field-hours-per-week-hint = En fazla { $max } saat.
plan-field-weeks-off = Yılda ders olmayan haftalar (tatil)
plan-progress-title = Şimdiye kadar yaptıklarınız
plan-progress-hint = Her ay kaç saat ders aldığınızı yazın. Daha fazla ay mı girmek istiyorsunuz? "Planımı hesaplayın" düğmesine tıklayın: o zaman boş satırlar eklenir.
# $n (Number) - line number
plan-field-month = { $n }. ay
# $n (Number)
plan-field-month-hours = { $n }. aydaki ders saatleri
plan-field-exams-passed = Öğrenme yolumun bütün sınavlarını geçtim
plan-field-dutch-partner = Partnerim Hollanda vatandaşı
plan-submit = Planımı hesaplayın
plan-timeline-title = Zaman çizelgeniz
# $left (Number) - lesson hours still to go; $average (String) - average number of hours per week
plan-summary = Daha { $left } ders saati kaldı. Tatiller dahil, bu ortalama haftada { $average } saat demektir.
plan-calendar = Takvimime ekleyin (.ics)
plan-print = Yazdırın
plan-save = Hesabıma kaydedin
plan-save-sign-in = Planınızı kaydetmek için giriş yapın. Bu sayfanın bağlantısını da kaydedebilirsiniz.
plan-disclaimer = Bu bir plandır, karar değildir. Tahmini tarihler farklı olabilir. DUO'nun ve belediyenin size gönderdiği mektuplardaki tarihler her zaman geçerlidir.

plan-print-back = Planıma dönün
plan-print-title = Uyum sürecim: önemli tarihler
# $date (String)
plan-print-made = { $date } tarihinde hazırlandı.
plan-print-date = Tarih
plan-print-what = Ne
plan-print-how = Ne kadar kesin
plan-checklist-title = Unutmayın
plan-checklist-school = Bir dil okulu seçin. DUO'dan borç almak mı istiyorsunuz? O zaman kalite belgesi olan bir okul seçin.
plan-checklist-hours = Çalışıyor olsanız bile her hafta öğrenmek için saat planlayın.
plan-checklist-pvt = Katılım beyanı programını (PVT) yapın. Ücretsizdir.
plan-checklist-map = Hollanda'da çalışma hayatı hakkındaki MAP'i yapın. Ücretsizdir. (Eğitim yolunda yoktur.)
plan-checklist-exams = Sınavlara zamanında kaydolun. Bir sınava tekrar girmek zaman alır.
plan-checklist-help = Sorularınız mı var? Belediyedeki danışmanınızı (regievoerder) arayın veya ona e-posta gönderin.

plan-error-date = Bir tarih seçin.
plan-error-notice-before-arrival = DUO'nun mektubu, oturma kartınızı teslim aldıktan sonra gelir. Tarihleri tekrar kontrol edin.
plan-error-pip-before-notice = PIP'iniz DUO'nun mektubundan sonra gelir. Tarihleri tekrar kontrol edin.
plan-error-intake-after-pip = Kapsamlı tanışma görüşmesi PIP'ten önce yapılır. Tarihleri tekrar kontrol edin.
plan-error-end-before-pip = Son tarih, PIP'inizin tarihinden sonradır. Tarihi tekrar kontrol edin.
plan-error-hours = Saat sayısını tam sayı olarak yazın, örneğin 9.
plan-error-hours-too-many = Haftada 40 saatten fazlası olmaz. Daha az saat seçin.
plan-error-target = 1 ile 3000 arasında bir ders saati sayısı yazın.
plan-error-weeks-off = 0 ile 26 arasında bir hafta sayısı yazın.
plan-error-progress-month = Geçmiş veya şu anda devam eden bir ay seçin.
plan-error-progress-hours = Bu ay için 0 ile 200 arasında bir saat sayısı yazın.
plan-error-progress-total = Planladığınızdan daha fazla saat girdiniz. Planlanan ders saati sayısını artırın veya saatleri kontrol edin.
account-notice-plan-saved = Planınız hesabınıza kaydedildi.
school-plan-link = { $name } okulunu planımda kullanın
plan-live-hours = Kaydırıcı: haftalık ders saati
plan-live-start = Kaydırıcı: ne zaman başlıyorsunuz?
# $months (Number) - in how many months the lessons start
plan-live-start-months = { $months ->
    [0] şimdi
    [one] { $months } ay sonra
   *[other] { $months } ay sonra
}
plan-live-end = Derslerin sonu:
plan-live-never = hiçbir zaman, haftada 0 saatle
