# The glossary. The Dutch word is always shown beside the translation, because people meet
# the Dutch words in letters. `-name` is the word in this language, `-text` explains it.

glossary-doc-title = فهرست واژه‌ها – { -brand-name }
glossary-title = فهرست واژه‌ها
glossary-intro = در نامه‌های مربوط به ادغام، واژه‌های دشوار زیادی وجود دارد. اینجا می‌خوانید که معنای آن‌ها چیست.

glossary-pip-name = برنامه شخصی ادغام و مشارکت (PIP)
glossary-pip-text = برنامه شخصی ادغام و مشارکت. شهرداری این برنامه را همراه با شما تهیه می‌کند. در آن نوشته شده است که کدام مسیر یادگیری را می‌گذرانید. مهلت شما از روز بعد از تاریخ اولین PIP شما شروع می‌شود.
glossary-pvt-name = دوره بیانیه مشارکت (PVT)
glossary-pvt-text = دوره بیانیه مشارکت. یک دوره کوتاه درباره مهم‌ترین ارزش‌ها در هلند، مانند آزادی و برابری. این دوره رایگان است.
glossary-map-name = ماژول بازار کار و مشارکت (MAP)
glossary-map-text = ماژول بازار کار و مشارکت. یاد می‌گیرید که کار کردن در هلند چگونه است. شهرداری آن را ترتیب می‌دهد و هزینه‌اش را می‌پردازد.
glossary-knm-name = آشنایی با جامعه هلند (KNM)
glossary-knm-text = آشنایی با جامعه هلند. یاد می‌گیرید که هلند چگونه کار می‌کند، برای مثال درباره خدمات درمانی، مسکن و کار.
glossary-keurmerk-name = نشان کیفیت Blik op Werk
glossary-keurmerk-text = نشانه‌ای از کیفیت برای آموزشگاه‌های زبان. فقط برای آموزشگاهی که این نشان را دارد، می‌توانید از DUO وام بگیرید.
glossary-duo-name = اداره اجرایی آموزش (DUO)
glossary-duo-text = Dienst Uitvoering Onderwijs. این سازمان دولتی امتحان‌ها، وام و مهلت ادغام را اداره می‌کند.
glossary-ind-name = اداره مهاجرت و تابعیت (IND)
glossary-ind-text = Immigratie- en Naturalisatiedienst. این سازمان درباره اجازه اقامت و گرفتن تابعیت هلند تصمیم می‌گیرد.
glossary-intake-name = مصاحبه اولیه جامع
glossary-intake-text = اولین گفت‌وگو در شهرداری. درباره تحصیلات، کار، سلامت و وضعیت خود صحبت می‌کنید.
glossary-lbt-name = آزمون توانایی یادگیری
glossary-lbt-text = آزمونی با کامپیوتر. با این آزمون، شهرداری می‌بیند که شما با چه سرعتی می‌توانید یک زبان جدید یاد بگیرید. برای آن لازم نیست زبان هلندی بلد باشید.
glossary-regievoerder-name = هماهنگ‌کننده
glossary-regievoerder-text = فرد رابط شما در شهرداری برای ادغام.
glossary-referent-name = اسپانسر
glossary-referent-text = شریک زندگی یا عضو خانواده‌ای در هلند که با او زندگی می‌کنید. این فرد هم در برابر IND وظایفی دارد.
glossary-b1-name = مسیر B1
glossary-b1-text = مسیر یادگیری معمولی. زبان هلندی را در سطح B1 یاد می‌گیرید و امتحان می‌دهید.
glossary-a2-name = سطح A2
glossary-a2-text = یک سطح زبان پایین‌تر از B1. رفتن به سطح A2 را «پایین آوردن سطح» (afschalen) می‌گویند.
glossary-z-name = مسیر Z
glossary-z-text = مسیر خودکفایی (zelfredzaamheidsroute). یک مسیر یادگیری با ساعت‌های کلاس زیاد و بدون امتحان اجباری، برای کسانی که یادگیری برایشان دشوار است.
glossary-onderwijs-name = مسیر تحصیلی
glossary-onderwijs-text = یک مسیر یادگیری که بیشتر برای جوانان است. زبان هلندی یاد می‌گیرید و برای تحصیل در mbo، hbo یا دانشگاه آماده می‌شوید.
glossary-afschalen-name = پایین آوردن سطح
glossary-afschalen-text = رفتن از سطح B1 به سطح A2، وقتی نمی‌توانید به سطح B1 برسید. برای این کار قواعدی وجود دارد.
glossary-termijn-name = مهلت ادغام
glossary-termijn-text = زمانی که برای تمام کردن دوره ادغام دارید: 3 سال.
glossary-mvv-name = مجوز اقامت موقت (mvv)
glossary-mvv-text = Machtiging tot voorlopig verblijf. ویزایی برای ورود به هلند، برای اقامتی بیشتر از 3 ماه.
glossary-basisexamen-name = امتحان پایه ادغام در خارج از کشور
glossary-basisexamen-text = امتحانی که در کشور خودتان می‌دهید، قبل از آمدن به هلند.
