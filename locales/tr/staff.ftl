# Consultants (regievoerders) and admins, the second factor, activation of an account made by
# someone else, the activation letter, and sharing with the municipality.
# Dutch (nl) is the reference locale. Write at level B1: short sentences, common words.

staff-2fa-doc-title = Girişin ikinci adımı – { -brand-name }
staff-2fa-title = İkinci adım: kodunuz
staff-2fa-text = Telefonunuzda giriş kodları uygulamasını açın. Orada gördüğünüz 6 haneli kodu yazın.
staff-2fa-code = Kod
staff-2fa-code-hint = Uygulamadaki 6 rakam. Telefonunuzu mu kaybettiniz? O zaman kurtarma kodlarınızdan birini yazın.
staff-2fa-submit = Giriş yapın
staff-2fa-setup-title = İkinci adımı kurun
staff-2fa-setup-app = Telefonunuza bir giriş kodları uygulaması yükleyin. Örneğin kurumunuzun kullandığı uygulamayı.
staff-2fa-setup-scan = Bu QR kodunu uygulamayla tarayın.
staff-2fa-qr-alt = Wegwijs'i uygulamanıza eklemek için QR kodu
staff-2fa-setup-secret = Tarama olmuyor mu? O zaman bu anahtarı uygulamaya yazın:
staff-2fa-setup-type = Uygulamanın şimdi gösterdiği 6 haneli kodu yazın.
staff-recovery-title = Kurtarma kodlarınızı saklayın
staff-recovery-text = Telefonunuzu kaybederseniz, bir kurtarma koduyla giriş yapabilirsiniz. Her kod bir kez çalışır. Kodları güvenli bir yerde saklayın. Kodları yalnızca bir kez görürsünüz.
staff-recovery-continue = Kodları sakladım
staff-2fa-status-title = İkinci adım
# Variables:
#   $count (Number) - recovery codes not used yet
staff-2fa-status = { $count ->
    [one] { $count } kurtarma kodunuz kaldı.
   *[other] { $count } kurtarma kodunuz kaldı.
}
staff-go-to-work = Çalışma sayfama gidin

staff-activate-doc-title = Hesabı etkinleştirin – { -brand-name }
staff-activate-title = Hesabınızı hazırlayın
staff-activate-text = Bir mektupta veya bir e-postada bir kod aldınız. Kodu yazın ve bir şifre seçin.
staff-activate-code = Kodunuz
staff-activate-code-hint = Kod mektupta veya e-postada yazıyor. Tireleri yazmanız gerekmez.
staff-activate-submit = Hesabı hazırlayın

staff-municipality = Belediye
staff-municipality-choose = Bir belediye seçin

staff-admin-doc-title = Yönetim – { -brand-name }
staff-admin-title = Yönetim
staff-admin-consultants = Belediye danışmanları
staff-admin-none = Henüz belediye danışmanı yok.
staff-admin-status-invited = Davet edildi, henüz başlamadı
staff-admin-status-ready = Aktif, ikinci adım kurulu
staff-admin-status-no-2fa = Şifre seçildi, ikinci adım henüz kurulmadı
staff-admin-invite-title = Belediye danışmanı davet edin
staff-admin-invite-name = Belediye danışmanının adı
staff-admin-invite-submit = Daveti gönderin

# Variables:
#   $municipality (String) - the consultant's municipality
staff-consultant-title = Belediye danışmanı, { $municipality }
staff-consultant-doc-title = Belediye danışmanı – { -brand-name }
staff-consultant-sharing = Bilgilerini sizinle paylaşan kişiler
staff-consultant-sharing-text = Burada yalnızca kendisi izin veren kişileri görürsünüz. Bu kişiler izni her zaman durdurabilir.
staff-consultant-sharing-none = Henüz kimse belediyenizle bilgi paylaşmıyor.
# Variables:
#   $date (String) - since when, formatted for this locale
staff-consultant-shared-since = Paylaşım başlangıcı: { $date }.
staff-consultant-new-title = E-postası olmayan biri için hesap oluşturun
staff-consultant-new-text = Hesabı siz oluşturursunuz. Sonra uyum sürecindeki kişinin dilinde bir mektup yazdırırsınız. Bu kişi mektuptaki kodla kendi şifresini oluşturur.
staff-consultant-new-name = Uyum sürecindeki kişinin adı
staff-consultant-new-language = Mektubun dili
staff-consultant-new-submit = Hesap oluşturun ve mektubu gösterin
staff-consultant-waiting = Henüz etkinleştirilmedi
staff-consultant-waiting-none = Oluşturduğunuz bütün hesaplar etkinleştirildi.
# Variables:
#   $date (String) - when the account was made, formatted for this locale
staff-consultant-made-on = Oluşturulma tarihi: { $date }.
staff-consultant-new-letter = Yeni mektup (eski kod artık çalışmaz)
staff-consultant-back = Genel bakış sayfama geri dönün

staff-letter-doc-title = Yazdırılacak mektup – { -brand-name }
staff-letter-instruction = Bu mektubu şimdi yazdırın ve uyum sürecindeki kişiye verin. Kod başka hiçbir yerde yazmıyor. Mektup kayboldu mu? O zaman yeni bir mektup oluşturun.

letter-title = { -brand-name } hesabınız
# Variables:
#   $name (String) - the migrant's name
letter-greeting = Sayın { $name },
letter-intro = Belediye sizin için { -brand-name } sitesinde bir hesap oluşturdu. Orada uyum süreciniz için ne yapmanız gerektiğini görürsünüz.
letter-step-open = QR kodunu telefonunuzla tarayın. Veya aşağıdaki adresi tarayıcınıza yazın.
letter-step-code = Kod orada yazmıyorsa, kodu yazın.
letter-step-password = Bir şifre seçin. Şifreyi yalnızca siz bilirsiniz.
letter-step-sign-in = Sonra kullanıcı adınız ve şifrenizle giriş yapın.
letter-qr-alt = Hesabınızı hazırlamak için adresi içeren QR kodu
letter-address = Adres
letter-code = Kod (bir kez çalışır)
letter-username = Kullanıcı adınız
# Variables:
#   $date (String) - the last day the code works, formatted for this locale
letter-expiry = Kod { $date } tarihine kadar çalışır. Bundan sonra belediye size yeni bir mektup verebilir.
letter-help = Sorunuz mu var? Bu mektubu belediyeye götürün.

staff-error-code-wrong = Bu kod doğru değil. Uygulamanın şimdi gösterdiği 6 rakamı veya bir kurtarma kodunu yazın.
staff-error-municipality-missing = Listeden bir belediye seçin.
staff-error-email-taken = Bu e-posta adresiyle zaten bir hesap var.
staff-error-activation-invalid = Bu kod çalışmıyor. Belki daha önce kullanıldı veya çok eski. Belediyeden yeni bir mektup isteyin.

account-field-email-or-username = E-posta adresi veya kullanıcı adı
account-field-email-or-username-hint = Belediyeden bir mektup mu aldınız? O zaman kullanıcı adınız o mektupta yazıyor.

account-municipality-title = Belediyenizle paylaşın
account-municipality-text = Cevaplarınızı ve planınızı belediyenizdeki danışmanlara gösterebilirsiniz. O zaman size daha iyi yardım edebilirler. Bunu yapmak zorunda değilsiniz. Paylaşımı her zaman durdurabilirsiniz.
account-municipality-where = Hangi belediyede yaşıyorsunuz?
account-municipality-share = Evet, belediyemle paylaşın
# Variables:
#   $municipality (String) - the municipality's name
#   $date (String) - since when, formatted for this locale
account-municipality-sharing = Cevaplarınızı ve planınızı { $date } tarihinden beri { $municipality } belediyesiyle paylaşıyorsunuz.
account-municipality-stop = Paylaşımı durdurun

account-log-second-factor-set = ikinci adım kuruldu
account-log-shared-with-municipality = belediyeyle paylaşım açıldı
account-log-stopped-sharing = belediyeyle paylaşım durduruldu
account-log-viewed-by-municipality = cevaplarınız görüntülendi (belediye)
account-log-letter-made = kodlu mektup oluşturuldu (belediye)

account-notice-activated = Hesabınız hazır. Şimdi giriş yapabilirsiniz.
account-notice-shared = Belediyeniz artık cevaplarınızı ve planınızı görebilir.
account-notice-sharing-stopped = Artık belediyenizle hiçbir şey paylaşmıyorsunuz.
account-notice-consultant-invited = Davet gönderildi.

email-consultant-subject = { -brand-name } belediye danışmanı hesabınız
# Variables:
#   $name (String) - the consultant's name
#   $link (String) - the activation link
email-consultant-body = Sayın { $name },

    { -brand-name } sitesine belediye danışmanı olarak davet edildiniz. Bir şifre seçmek için bu bağlantıyı açın:

    { $link }

    Sonra telefonunuzdaki bir giriş kodları uygulamasıyla ikinci adımı kurun. Bağlantı 7 gün geçerlidir.
