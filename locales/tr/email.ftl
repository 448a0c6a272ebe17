# E-mail. Plain text: keep links on their own line.

email-verify-subject = { -brand-name } için e-posta adresinizi onaylayın
# Variables:
#   $link (String) - the verification link
email-verify-body = Merhaba,

    { -brand-name } sitesinde bir hesap oluşturdunuz. E-posta adresinizi onaylamak için bu bağlantıyı açın ve düğmeye tıklayın:

    { $link }

    Bağlantı 24 saat geçerlidir. Hesap oluşturmadınız mı? O zaman bir şey yapmanız gerekmez.

email-reset-subject = { -brand-name } için yeni şifre
# Variables:
#   $link (String) - the reset link
email-reset-body = Merhaba,

    Birisi { -brand-name } sitesindeki hesabınız için yeni bir şifre istedi. Yeni bir şifre seçmek için bu bağlantıyı açın:

    { $link }

    Bağlantı 30 dakika geçerlidir ve yalnızca bir kez kullanılabilir. Siz bir şey istemediniz mi? O zaman bir şey yapmanız gerekmez. Şifreniz aynı kalır.

email-exists-subject = { -brand-name } hesabınız
# Variables:
#   $link (String) - the link to ask for a new password
email-exists-body = Merhaba,

    Birisi bu e-posta adresiyle bir hesap oluşturmaya çalıştı. Sizin zaten bir hesabınız var.

    Şifrenizi mi unuttunuz? Buradan yeni bir şifre isteyin:

    { $link }

    Bu siz değil miydiniz? O zaman bir şey yapmanız gerekmez.

# Variables:
#   $name (String) - the migrant's name
email-partner-subject = { $name }, { -brand-name } sitesinde sizden yardım istiyor
# Variables:
#   $name (String) - the migrant's name
#   $code (String) - the partner code
#   $link (String) - where to make an account
email-partner-body = Merhaba,

    { $name }, { -brand-name } aracılığıyla uyum sürecinde yardım etmenizi istiyor.

    1. Partner olarak bir hesap oluşturun (zaten bir hesabınız varsa giriş yapın):
    { $link }
    2. "Hesabım" sayfasına gidin ve bu kodu yazın:

    { $code }

    Kod 7 gün geçerlidir ve yalnızca bir kez kullanılabilir. { $name } adlı kişiyi tanımıyor musunuz? O zaman bir şey yapmanız gerekmez.
