# The step-by-step check: one question per screen. Every question has an "I don't know" answer.

check-doc-title = Ne yapmam gerekiyor? – { -brand-name }
check-intro = Birkaç kısa soruyu cevaplayın. Böylece uyum süreci için ne yapmanız gerektiğini ve bunun hangi tarihe kadar bitmesi gerektiğini görürsünüz. Hesaba ihtiyacınız yoktur. Cevaplarınızı kaydetmiyoruz.
check-start = Sorulara başlayın
check-glossary-link = Sözlük: bu kelimeler ne anlama geliyor?

# Variables:
#   $step (Number) - number of this question
#   $total (Number) - number of questions
check-progress = Soru { $step } / { $total }
check-next = İleri
check-back = Önceki soru
check-unknown = Bilmiyorum
check-not-yet = Henüz değil
check-date-hint = Tarihi gün, ay ve yıl olarak girin.
check-see-result = Sonuca bakın

check-q-nationality = Hangi ülkenin vatandaşısınız?
check-q-nationality-help = İki vatandaşlığınız var ve bunlardan biri bir AB ülkesine mi ait? O zaman ilk cevabı seçin.
check-a-nationality-eu = Avrupa Birliği (AB) veya AEA ülkelerinden biri ya da İsviçre
check-a-nationality-turkish = Türkiye
check-a-nationality-other = Başka bir ülke

check-q-purpose = Hollanda'da neden yaşıyorsunuz?
check-q-purpose-help = Kalış amacınız oturma kartınızda yazar.
check-a-purpose-partner = Partnerimin veya ailemin yanında yaşıyorum
check-a-purpose-refugee_family = Ailemin iltica izni var ve ben sonradan geldim
check-a-purpose-clergy = Din görevlisiyim, örneğin imam, haham veya papaz
check-a-purpose-humanitarian = Geçici olmayan bir amaç için insani nedenlerle verilmiş bir oturma iznim var
check-a-purpose-temporary = Burada eğitim veya çalışma için yaşıyorum

check-q-referent = Partnerinizin Hollanda'da ne tür bir oturma hakkı var?
check-q-referent-help = Partneriniz, yanında yaşamak için geldiğiniz kişidir.
check-a-referent-dutch = Partnerim Hollanda vatandaşı
check-a-referent-non_temporary = Partnerimin geçici olmayan bir amaç için izni var, örneğin süresiz oturma izni
check-a-referent-temporary = Partnerim burada geçici bir amaçla, eğitim veya çalışma için bulunuyor

check-q-birth_date = Doğum tarihiniz nedir?
check-q-birth_date-help = Yükümlülük 16 yaşından AOW yaşına (devlet emeklilik yaşı) kadar geçerlidir.

check-q-pass_date = Oturma kartınızı ne zaman teslim aldınız?
check-q-pass_date-help = DUO'dan uyum süreci hakkında bir mektubunuz var mı? O zaman o mektuptaki tarihi girin.

check-q-diploma = Hollanda diplomanız var mı?
check-q-diploma-help = Örneğin vmbo, havo, vwo, mbo 2 veya daha yüksek bir diploma ya da Hollandaca verilen bir hbo veya üniversite eğitimi.

check-q-schooling = 5 ile 16 yaş arasındayken 8 yıl veya daha uzun süre Hollanda'da yaşadınız mı?
check-q-schooling-help = Hollanda'da çocuklar bu yaşlarda okula gitmek zorundadır.

check-q-pip_date = İlk PIP'inizin tarihi nedir?
check-q-pip_date-help = PIP, kişisel uyum ve katılım planı (persoonlijk plan inburgering en participatie) demektir. Bu planı kapsamlı tanışma görüşmesinden (brede intake) sonra belediyeden alırsınız. Tarih en üstte yazar.

check-q-route = PIP'inizde hangi öğrenme yolu yazıyor?
check-a-route-b1 = B1 yolu
check-a-route-z = Z yolu
check-a-route-education = Eğitim yolu

check-a-yes = Evet
check-a-no = Hayır

check-answers-heading = Cevaplarınız
check-change = Değiştirin

## Errors at a field. Everything the person typed stays in the form.

check-error-heading = Bir şey doğru değil. Aşağıdaki soruya bakın.
check-error-unknown_choice = Cevaplardan birini seçin.
check-error-not_a_date = Gerçekten var olan bir tarih girin.
check-error-too_early = Bu tarih çok eski. Yılın doğru olup olmadığını kontrol edin.
check-error-in_the_future = Bu tarih gelecekte. Geçmişte kalmış bir tarih girin.
check-error-before_birth = Bu tarih doğum tarihinizden önce. Tarihin doğru olup olmadığını kontrol edin.
check-error-pip_before_pass = PIP'in tarihi, oturma kartınızın tarihinden önce olamaz. Tarihin doğru olup olmadığını kontrol edin.
