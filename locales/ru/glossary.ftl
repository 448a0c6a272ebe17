# The glossary. The Dutch word is always shown beside the translation, because people meet
# the Dutch words in letters. `-name` is the word in this language, `-text` explains it.

glossary-doc-title = Словарь – { -brand-name }
glossary-title = Словарь
glossary-intro = В письмах об интеграции много трудных слов. Здесь Вы можете прочитать, что они означают.

glossary-pip-name = Личный план интеграции и участия (PIP)
glossary-pip-text = Личный план интеграции и участия (persoonlijk plan inburgering en participatie). Муниципалитет составляет этот план вместе с Вами. В нём указано, какой учебный маршрут Вы проходите. Ваш срок начинается на следующий день после даты Вашего первого PIP.
glossary-pvt-name = Программа «Декларация об участии» (PVT)
glossary-pvt-text = Программа «Декларация об участии» (participatieverklaringstraject). Короткий курс о самых важных ценностях в Нидерландах, например о свободе и равенстве. Он бесплатный.
glossary-map-name = Модуль «Рынок труда и участие» (MAP)
glossary-map-text = Модуль «Рынок труда и участие» (Module Arbeidsmarkt en Participatie). Вы узнаёте, как устроена работа в Нидерландах. Муниципалитет организует и оплачивает этот модуль.
glossary-knm-name = Знание нидерландского общества (KNM)
glossary-knm-text = Знание нидерландского общества (Kennis van de Nederlandse Maatschappij). Вы узнаёте, как устроены Нидерланды, например здравоохранение, жильё и работа.
glossary-keurmerk-name = Знак качества Blik op Werk
glossary-keurmerk-text = Знак качества для языковых школ. Взять кредит у DUO можно только для школы с этим знаком качества.
glossary-duo-name = Служба исполнения в сфере образования (DUO)
glossary-duo-text = Служба исполнения в сфере образования (Dienst Uitvoering Onderwijs). Эта государственная организация отвечает за экзамены, кредит и срок интеграции.
glossary-ind-name = Служба иммиграции и натурализации (IND)
glossary-ind-text = Служба иммиграции и натурализации (Immigratie- en Naturalisatiedienst). Эта организация принимает решения о видах на жительство и о получении нидерландского гражданства.
glossary-intake-name = Вводное собеседование
glossary-intake-text = Первая беседа в муниципалитете. Вы говорите о своём образовании, работе, здоровье и ситуации.
glossary-lbt-name = Тест на способность к обучению
glossary-lbt-text = Тест на компьютере. По нему муниципалитет видит, как быстро Вы можете выучить новый язык. Для него не нужно знать нидерландский язык.
glossary-regievoerder-name = Куратор
glossary-regievoerder-text = Ваше контактное лицо в муниципалитете по вопросам интеграции.
glossary-referent-name = Референт
glossary-referent-text = Партнёр или член семьи в Нидерландах, у которого Вы живёте. У этого человека тоже есть обязанности перед IND.
glossary-b1-name = Маршрут B1
glossary-b1-text = Обычный учебный маршрут. Вы учите нидерландский язык на уровне B1 и сдаёте экзамены.
glossary-a2-name = Уровень A2
glossary-a2-text = Уровень языка ниже, чем B1. Переход на A2 называется «afschalen» (понижение уровня).
glossary-z-name = Маршрут Z
glossary-z-text = Маршрут самостоятельности (zelfredzaamheidsroute). Учебный маршрут с большим количеством учебных часов и без обязательного экзамена. Он для людей, которым трудно учиться.
glossary-onderwijs-name = Образовательный маршрут
glossary-onderwijs-text = Учебный маршрут в основном для молодых людей. Вы учите нидерландский язык и готовитесь к обучению в mbo, hbo или в университете.
glossary-afschalen-name = Понижение уровня
glossary-afschalen-text = Переход с уровня B1 на уровень A2, если B1 не получается. Для этого есть правила.
glossary-termijn-name = Срок интеграции
glossary-termijn-text = Время, которое у Вас есть, чтобы закончить интеграцию: 3 года.
glossary-mvv-name = Разрешение на предварительное пребывание (mvv)
glossary-mvv-text = Разрешение на предварительное пребывание (machtiging tot voorlopig verblijf). Виза для въезда в Нидерланды для пребывания дольше 3 месяцев.
glossary-basisexamen-name = Базовый экзамен по интеграции за границей
glossary-basisexamen-text = Экзамен, который Вы сдаёте в своей стране до приезда в Нидерланды.
