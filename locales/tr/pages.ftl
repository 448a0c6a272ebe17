# Short pages for areas that are still being built, and the error pages.

coming-soon-text = Bu sayfa üzerinde hâlâ çalışıyoruz. Lütfen daha sonra tekrar gelin.
coming-soon-back = Ana sayfaya dönün

obligations-title = Ne yapmam gerekiyor?
obligations-doc-title = Ne yapmam gerekiyor? – { -brand-name }
obligations-lead = Yakında burada uyum süreci için ne yapmanız gerektiğini ve bunun son tarihini göreceksiniz.
schools-title = Dil okulları
schools-doc-title = Dil okulları – { -brand-name }
plan-title = Planım
plan-doc-title = Planım – { -brand-name }
plan-lead = Yakında burada bugünden son tarihinize kadar bir plan yapabileceksiniz.
sessions-title = Toplantılar
sessions-doc-title = Toplantılar – { -brand-name }

not-found-title = Bu sayfa mevcut değil
not-found-doc-title = Sayfa bulunamadı – { -brand-name }
not-found-text = Bağlantı eski olabilir ya da adreste bir yazım hatası olabilir.
not-found-home = Ana sayfaya gidin
