# Accounts: sign up, sign in, verify, reset, the account page, partner access.
# Dutch (nl) is the reference locale. Write at level B1: short sentences, common words.

account-sign-up-doc-title = Hesap oluşturun – { -brand-name }
account-sign-up-title = Hesap oluşturun
account-sign-up-lead = Bir hesapla cevaplarınızı kaydedebilirsiniz. O zaman partnerinizin size yardım etmesine de izin verebilirsiniz.
account-sign-up-submit = Hesap oluşturun
account-sign-up-link = Henüz hesabınız yok mu? Bir hesap oluşturun.
account-have-account = Zaten bir hesabınız var mı? O zaman giriş yapın.
account-privacy-link = Bilgilerinizle ne yaptığımızı okuyun

account-field-name = Adınız
account-field-name-hint = Size nasıl hitap edilmesini istiyorsanız. Partneriniz bu adı görür.
account-field-email = E-posta adresi
account-field-password = Şifre
account-field-new-password = Yeni şifre
# Variables:
#   $min (Number) - the minimum number of characters
account-field-new-password-hint = En az { $min } karakter. Birkaç kelimelik bir cümle iyidir ve kolay hatırlanır.
account-field-password-repeat = Şifreyi bir kez daha yazın
account-field-role = Siz kimsiniz?
account-role-migrant = Hollanda'ya yeni geldim ve uyum sürecini tamamlamam gerekiyor
account-role-referent = Ben partnerim. Zaten Hollanda'da yaşıyorum ve yardım etmek istiyorum

account-form-problems = Bir sorun oluştu. Şu noktalara bakın:

account-check-mail-doc-title = E-postanıza bakın – { -brand-name }
account-check-mail-title = E-postanıza bakın
account-check-mail-text = Adres doğruysa, birkaç dakika içinde bizden bir e-posta alırsınız. Bu e-postadaki bağlantıya tıklayın.
account-check-mail-spam = E-posta gelmedi mi? İstenmeyen e-postalar (spam) klasörüne de bakın.
account-sign-in-link = Giriş sayfasına gidin

account-verify-doc-title = E-posta adresinizi onaylayın – { -brand-name }
account-verify-title = E-posta adresinizi onaylayın
account-verify-text = Düğmeye tıklayın. O zaman hesabınız hazır olur.
account-verify-submit = Evet, bu benim e-posta adresim

account-sign-in-doc-title = Giriş yapın – { -brand-name }
account-sign-in-title = Giriş yapın
account-sign-in-submit = Giriş yapın
account-forgot-link = Şifrenizi mi unuttunuz?

account-forgot-doc-title = Şifremi unuttum – { -brand-name }
account-forgot-title = Şifremi unuttum
account-forgot-text = E-posta adresinizi yazın. Size yeni bir şifre oluşturmak için bir bağlantı gönderiyoruz. Bağlantı 30 dakika geçerlidir.
account-forgot-submit = Bana bir bağlantı gönderin

account-reset-doc-title = Yeni şifre – { -brand-name }
account-reset-title = Yeni bir şifre seçin
account-reset-submit = Şifreyi kaydedin

account-doc-title = Hesabım – { -brand-name }
account-title = Hesabım
# Variables:
#   $name (String) - the name the person gave
account-hello = Merhaba { $name }.
# Variables:
#   $email (String) - the person's e-mail address
account-email-is = Giriş için kullandığınız adres: { $email }
account-back = Hesabıma geri dönün
account-sign-out = Çıkış yapın

account-saved-check-title = Uyum süreci hakkındaki cevaplarım
account-saved-check-none = Henüz cevap kaydetmediniz. "Ne yapmam gerekiyor?" bölümündeki soruları cevaplayın. Sonra "Hesabıma kaydedin" seçeneğini seçin.
# Variables:
#   $date (String) - when the answers were saved, formatted for this locale
account-saved-check-when = Kayıt tarihi: { $date }.
account-saved-check-open = Ne yapmanız gerektiğine bakın

account-partner-title = Partnerinizden yardım
account-partner-text = Partneriniz size yardım edebilir. Partnerinizin neler yapabileceğine siz karar verirsiniz. Bunu her zaman yeniden durdurabilirsiniz.
account-partner-invite-title = Partnerinizi davet edin
account-partner-scopes = Partneriniz neler yapabilir?
account-partner-until = Son gün hangisi? (boş bırakabilirsiniz)
account-partner-until-hint = Bitiş tarihi yoksa bunu boş bırakın. Erişimi her zaman durdurabilirsiniz.
account-partner-email = Partnerinizin e-posta adresi (boş bırakabilirsiniz)
account-partner-email-hint = Bunu doldurursanız, kodu partnerinize de göndeririz.
account-partner-invite-submit = Partnerim için bir kod oluşturun
account-partner-code-intro = Bu kodu partnerinize verin. Partneriniz kodu "Hesabım" sayfasında yazar.
account-partner-code-expiry = Kod 7 gün geçerlidir ve yalnızca bir kez kullanılabilir. Kodu yalnızca bir kez görürsünüz.
account-partner-not-accepted = Davet (henüz kullanılmadı)
account-partner-revoke = Erişimi durdurun

account-scope-view = Yükümlülüklerimi ve planımı görmek
account-scope-book = Benim için toplantılara kaydolmak ve kaydı iptal etmek
account-scope-reminders = Hatırlatmalarımı almak

# Variables:
#   $status (String) - the status of the access, e.g. "aktif"
account-grant-status = Durum: { $status }
account-grant-status-invited = davet edildi
account-grant-status-invite-expired = kodun süresi doldu
account-grant-status-active = aktif
account-grant-status-ended = sona erdi
account-grant-status-revoked = durduruldu
# Variables:
#   $date (String) - the last day, formatted for this locale
account-grant-until = Son gün: { $date }.
account-grant-no-end = Bitiş tarihi yok.

account-helping-title = Yardım ettiğiniz kişiler
account-referent-duties-link = Partner (referans kişi) olarak kendi yükümlülükleriniz
# Variables:
#   $name (String) - the name of the person the partner helps
account-act-for = { $name } adına işlem yapın
account-accept-title = Partnerinizden aldığınız kodu girin
account-accept-code = Kod
account-accept-code-hint = Partneriniz bu kodu Wegwijs'te görür. Tire ve küçük harf kullanabilirsiniz.
account-accept-submit = Kodu kullanın

# Variables:
#   $name (String) - the name of the person the partner acts for
account-acting-banner = Dikkat: Şu anda { $name } adına işlem yapıyorsunuz. Yaptığınız her şeyi { $name } de görür.
account-acting-open = Cevaplara bakın
account-acting-stop = Yardım etmeyi bırakın

account-log-title = Hesabınızda neler oldu
account-log-empty = Henüz bir şey yok.
account-log-by-me = siz
account-log-by-deleted = silinmiş bir hesap
# Variables:
#   $date (String) - when it happened
#   $who (String) - who did it ("siz" or a name)
#   $what (String) - what was done
account-log-line = { $date }: { $what } (yapan: { $who })
account-log-signed-in = giriş yapıldı
account-log-password-changed = şifre değiştirildi
account-log-grant-created = partner davet edildi
account-log-grant-accepted = davet kabul edildi
account-log-grant-revoked = partnerin erişimi durduruldu
account-log-viewed-check = cevaplara bakıldı
account-log-saved-check = cevaplar kaydedildi

account-devices-title = Nerede giriş yaptınız
# Variables:
#   $device (String) - browser and system, e.g. "Chrome · Android"
#   $since (String) - when the person logged in
#   $seen (String) - when the device was last used
account-devices-line = { $device }: giriş tarihi { $since }, son kullanım { $seen }.
account-devices-this = (bu cihaz)
account-sign-out-everywhere = Her yerden çıkış yapın

account-data-title = Bilgilerim
account-data-text = Tüm bilgilerinizi indirebilirsiniz. Hesabınızı hemen silebilirsiniz de.
account-export-link = Bilgilerimi indirin
account-delete-link = Hesabı silin

account-delete-doc-title = Hesabı silin – { -brand-name }
account-delete-title = Hesabı silin
account-delete-text = Bu işlem geri alınamaz. Hesabınızı, cevaplarınızı ve partnerinizin erişimini sileriz. Hemen çıkış yapmış olursunuz.
account-delete-submit = Evet, hesabımı silin

account-shared-doc-title = Partnerinizin cevapları – { -brand-name }
# Variables:
#   $name (String) - the name of the person the partner acts for
account-shared-title = Cevaplar: { $name }
account-shared-none = Henüz kaydedilmiş cevap yok.
account-access-ended-title = Erişim yok
account-access-ended-text = Bunu (artık) göremezsiniz. Erişim durduruldu veya süresi doldu. Ya da size bu erişim verilmedi.

account-notice-verified = E-posta adresiniz onaylandı. Şimdi giriş yapabilirsiniz.
account-notice-password-reset = Yeni şifreniz kaydedildi. Her yerden çıkış yaptınız. Yeniden giriş yapın.
account-notice-signed-out = Çıkış yaptınız.
account-notice-deleted = Hesabınız silindi.
account-notice-saved = Cevaplarınız kaydedildi.
account-notice-revoked = Erişim durduruldu. Partneriniz artık sizin için hiçbir şey yapamaz.
account-notice-accepted = Oldu. Artık yardım edebilirsiniz.
account-notice-signed-out-everywhere = Her yerden çıkış yaptınız.
account-notice-acting-stopped = Artık yeniden kendiniz için işlem yapıyorsunuz.

account-error-email-missing = E-posta adresinizi yazın.
account-error-email-no-at = Bir e-posta adresinde bir tane @ vardır. Önünde ve arkasında yazı olur. Örneğin: isim@ornek.com
account-error-email-spaces = E-posta adresinde boşluk olamaz.
account-error-email-no-domain = @ işaretinden sonraki kısım eksik. Örneğin: isim@ornek.com
account-error-email-too-long = Bu e-posta adresi çok uzun.
account-error-password-too-short = Şifre çok kısa. Şifreyi uzatın, örneğin birkaç kelime ekleyin.
account-error-password-too-long = Şifre çok uzun. En fazla 128 karakter kullanın.
account-error-password-common = Bu şifreyi çok fazla kişi kullanıyor. Kolayca tahmin edilebilir. Başka bir şifre seçin.
account-error-password-contains-email = Şifrenin içinde e-posta adresiniz var. Başka bir şifre seçin.
account-error-password-mismatch = İki şifre aynı değil.
account-error-password-wrong = Bu şifre doğru değil.
account-error-name-missing = Bir ad yazın (en fazla 80 karakter).
account-error-role-missing = Kim olduğunuzu seçin.
account-error-rate-limited = Çok fazla deneme yaptınız. 15 dakika bekleyin ve sonra yeniden deneyin.
account-error-sign-in-failed = E-posta adresi veya şifre doğru değil.
account-error-not-verified = E-posta adresinizi henüz onaylamadınız. E-postamızdaki bağlantıya tıklayın. E-posta gelmedi mi? "Şifrenizi mi unuttunuz?" seçeneğini seçin.
account-error-link-invalid = Bu bağlantı artık çalışmıyor. Daha önce kullanılmış veya çok eski. Yeni bir bağlantı isteyin.
account-error-code-invalid = Bu kod çalışmıyor. Kodu doğru yazıp yazmadığınızı kontrol edin. Bir kod 7 gün geçerlidir ve yalnızca bir kez kullanılabilir.
account-error-not-a-referent = Kodu yalnızca bir partner hesabı kullanabilir.
account-error-scopes-missing = Partnerinizin yapabileceği en az bir şey seçin.
account-error-until-invalid = Bir tarih yazın, örneğin 2027-06-30.
account-error-until-past = Bu tarih geçti. Gelecekte bir gün seçin.
account-error-forbidden = Bu hesapla bunu yapamazsınız.
account-error-not-found = Bu (artık) mevcut değil.
