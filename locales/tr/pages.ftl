# Page titles and the error pages.


obligations-title = Ne yapmam gerekiyor?
obligations-doc-title = Ne yapmam gerekiyor? – { -brand-name }
obligations-lead = Yakında burada uyum süreci için ne yapmanız gerektiğini ve bunun son tarihini göreceksiniz.
schools-title = Dil okulları
schools-doc-title = Dil okulları – { -brand-name }
sessions-title = Toplantılar
sessions-doc-title = Toplantılar – { -brand-name }

not-found-title = Bu sayfa mevcut değil
not-found-doc-title = Sayfa bulunamadı – { -brand-name }
not-found-text = Bağlantı eski olabilir ya da adreste bir yazım hatası olabilir.
not-found-home = Ana sayfaya gidin
