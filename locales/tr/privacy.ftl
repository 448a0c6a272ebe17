# The privacy page and the partner's (referent's) own duties.

privacy-doc-title = Gizlilik – { -brand-name }
privacy-title = Bilgilerinizle ne yapıyoruz?
privacy-lead = Yalnızca gerekli olanı saklıyoruz. BSN numaranızı asla sormuyoruz.
privacy-what-title = Neleri saklıyoruz
privacy-what-text = Adınızı, e-posta adresinizi, şifrenizi (yalnızca şifrelenmiş olarak), dilinizi ve kendiniz kaydettiğiniz cevapları. Vatandaşlığınızı ise yalnızca sorularda siz yazarsanız saklarız. Bu zorunlu değildir.
privacy-why-title = Neden
privacy-why-text = Giriş yapabilmeniz, cevaplarınızı yeniden görebilmeniz ve isterseniz partnerinizin size yardım edebilmesi için.
privacy-partner-title = Partneriniz
privacy-partner-text = Partneriniz yalnızca sizin izin verdiğiniz şeyleri görür. Erişimi her zaman durdurabilirsiniz. Bu hemen geçerli olur. Partnerinizin sizin için neler yaptığını hesabınızda görürsünüz.
privacy-municipality-title = Belediye
privacy-municipality-text = Belediye, siz izin vermedikçe bilgilerinizi görmez.
privacy-sessions-title = Toplantılar
privacy-sessions-text = Bir toplantıya kaydoluyor musunuz? O zaman o toplantıyı düzenleyen belediyedeki danışmanınız adınızı, dilinizi ve kaç kişi geleceğinizi görür. Toplantıdan sonra danışmanınız toplantıya gelip gelmediğinizi işaretleyebilir. Hatırlatmaları size ve izin verirseniz partnerinize de göndeririz.
privacy-keep-title = Ne kadar süre
privacy-keep-text = E-posta adresinizi onaylamıyor musunuz? O zaman hesabı 7 gün sonra sileriz. E-postalardaki bağlantılar yalnızca kısa bir süre çalışır. Hesabınızı her zaman kendiniz silebilirsiniz. Bu hemen olur.
privacy-rights-title = Haklarınız
privacy-rights-text = Tüm bilgilerinizi görebilir ve indirebilirsiniz. Bilgilerinizin düzeltilmesini veya silinmesini isteyebilirsiniz. Bunu "Hesabım" sayfasında yapabilirsiniz.

referent-doc-title = Partner olarak yükümlülükleriniz – { -brand-name }
referent-title = Partner olarak kendi yükümlülükleriniz
referent-lead = Siz, zaten Hollanda'da yaşayan partnersiniz (referans kişi, Felemenkçe: referent). Sizin de IND'ye karşı yükümlülükleriniz var.
referent-duty-inform = Partnerinizin oturma izni için önemli bir şey değişirse bunu IND'ye bildirin. Örneğin: artık birlikte yaşamıyorsunuz, ilişki bitti veya artık yeterli geliriniz yok.
referent-duty-records = İlişkinizi ve gelirinizi gösteren belgeleri saklayın. IND bunları isteyebilir.
referent-duty-sanctions = Bu yükümlülüklere uymuyor musunuz? İlk seferde genellikle bir uyarı alırsınız. Bu uyarı 2 yıl boyunca dosyanızda kalır. Ciddi veya tekrarlanan bir ihlalde IND, 5 yıl sonrasına kadar para cezası verebilir.
referent-right-alone = Partneriniz belediyedeki görüşmeye yalnız gidebilir. Belediye sizi de davet edebilir.
