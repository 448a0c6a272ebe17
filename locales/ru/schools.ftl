# Language schools: search, compare, and the total cost next to the DUO loan.
# Dutch is the reference. Write at level B1: short sentences, common words, polite "Вы".

school-lead = Найдите языковую школу рядом с Вами. Поставьте от двух до четырёх школ рядом. Тогда Вы увидите, сколько они стоят и что Вы получаете за эти деньги.
school-none = Языковые школы не найдены. Попробуйте убрать некоторые фильтры.

# $amount (String) - amount, already written with the separators of the language
school-money = { $amount } €

school-route-b1 = Маршрут B1 (B1-route)
school-route-a2 = A2 (после понижения уровня)
school-route-z = Маршрут Z (Z-route, 800 часов)
school-route-literacy = Обучение грамоте (учиться читать и писать)
school-route-education = Образовательный маршрут (taalschakeltraject, языковая подготовительная программа)
school-route-knm = Только KNM
school-route-exam-training = Подготовка к экзаменам
school-route-informal = Практика (taalcafé, библиотека, языковой партнёр)

school-schedule-daytime = днём
school-schedule-evening = вечером
school-schedule-weekend = в выходные

school-format-in-person = в классе
school-format-online = онлайн
school-format-hybrid = частично в классе, частично онлайн
# $format (String) - type of lesson; $percent (Number) - share of the hours in the classroom
school-format-share = { $format } ({ $percent } % в классе)

school-yes = Да
school-no = Нет
school-unknown = Неизвестно

school-keurmerk-keurmerkhouder = Знак качества Blik op Werk
school-keurmerk-aspirant = Знак качества «кандидат» (заявка ещё рассматривается)
school-keurmerk-none = Нет знака качества
# $date (String) - date on which the quality mark expired
school-keurmerk-expired = Срок действия знака качества истёк { $date }

school-kind-school = Языковая школа
school-kind-taalcafe = Taalcafé — место, где можно практиковать нидерландский (не школа, нет знака качества)
school-kind-library = Библиотека (не школа, нет знака качества)
school-kind-language-buddy = Языковой партнёр, taalmaatje (не школа, нет знака качества)

# $count (Number) - stars from Blik op Werk, 1 to 4
school-stars = { $count ->
    [one] { $count } звезда из 4
    [few] { $count } звезды из 4
    [many] { $count } звёзд из 4
   *[other] { $count } звезды из 4
}
school-stars-unknown = Звёзды: неизвестно

# $km (String) - distance in kilometres
school-distance = { $km } км
# $hours (Number), $per_week (Number), $weeks (Number)
school-hours = Занятий: { $hours } ч, { $per_week } ч в неделю, { $weeks ->
    [one] { $weeks } неделя
    [few] { $weeks } недели
    [many] { $weeks } недель
   *[other] { $weeks } недели
}
# $city (String), $municipality (String)
school-where = { $city } (муниципалитет { $municipality })
school-childcare-yes = Есть присмотр за детьми
school-working-yes = Удобно, если Вы работаете
# $date (String)
school-next-start = Следующее начало: { $date }
# $amount (String) - amount with the euro sign
school-total = Всего: { $amount }
school-per-hour = ({ $amount } за час занятий)
# $name (String) - name of the school
school-compare-pick = Сравнить: { $name }

school-filter-city = Населённый пункт
school-filter-route = Маршрут
school-filter-all-routes = Все маршруты
school-filter-schedule = Когда Вы можете ходить на занятия?
school-filter-format = Вид занятий
school-filter-any-format = Все виды
school-filter-keurmerk = Только школы со знаком качества
school-filter-keurmerk-why = Только в школе со знаком качества Вы можете взять кредит у DUO, пройти маршрут Z или перейти на уровень A2.
school-filter-childcare = Есть присмотр за детьми
school-filter-working = Удобно, если я работаю
school-filter-max-total = Сколько это может стоить всего? (в евро)
school-filter-km = Как далеко это может быть? (в км)
school-filter-submit = Искать

school-locate = Использовать моё местоположение
school-locate-waiting = Ищем Ваше местоположение…
school-locate-found = Ваше местоположение заполнено. Нажмите «Искать».
school-locate-failed = Не удалось найти Ваше местоположение. Выберите муниципалитет или населённый пункт.

school-sort = Сортировать по
school-sort-total = Самая низкая общая цена
school-sort-per-hour = Самая низкая цена за час занятий
school-sort-stars = Больше всего звёзд
school-sort-distance = Самое короткое расстояние

# $count (Number) - number of offers found
school-results = { $count ->
    [one] Найдено { $count } предложение
    [few] Найдено { $count } предложения
    [many] Найдено { $count } предложений
   *[other] Найдено { $count } предложения
}
# $municipality (String)
school-distance-from = Расстояние измерено от центра муниципалитета { $municipality }.
school-distance-unknown = Хотите искать по расстоянию? Тогда выберите муниципалитет или используйте своё местоположение.
# $max (Number) - the largest number of schools you can choose
school-compare-how = Выберите от 2 до { $max } школ. Затем нажмите «Сравнить».
school-compare-submit = Сравнить

school-pages = Страницы
school-page-previous = Предыдущая страница
school-page-next = Следующая страница
# $page (Number), $pages (Number)
school-page-of = Страница { $page } из { $pages }

school-compare-doc-title = Сравнить языковые школы – { -brand-name }
school-compare-title = Языковые школы рядом
school-compare-back = Назад к результатам поиска
school-compare-caption = Выбранные Вами школы рядом друг с другом
school-compare-differs = отличается
# $max (Number)
school-compare-too-few = Выберите хотя бы 2 школы, чтобы сравнить.
# $max (Number)
school-compare-too-many = { $max ->
    [one] Одновременно можно сравнить { $max } школу. Вы видите первую.
    [few] Одновременно можно сравнить { $max } школы. Вы видите первые { $max }.
    [many] Одновременно можно сравнить { $max } школ. Вы видите первые { $max }.
   *[other] Одновременно можно сравнить { $max } школы. Вы видите первые { $max }.
}

school-checklist-title = На что обратить внимание?
school-checklist-lead = Эти вопросы помогут Вам выбрать. В таблице есть ответ для каждой школы.
school-checklist-intake = Сдаёте ли Вы языковой тест в начале? Тогда школа знает Ваш уровень и сколько занятий Вам нужно.
school-checklist-hours = Сколько часов занятий Вы получаете от квалифицированного преподавателя?
school-checklist-times = В какие дни и в какое время проходят занятия, и где?
school-checklist-keurmerk = Есть ли у школы действующий знак качества? Он нужен для кредита DUO, для маршрута Z и для перехода на уровень A2.
school-checklist-retakes = Можно ли пересдать экзамен без доплаты?
school-checklist-reputation = Что думают о школе другие люди?
school-checklist-work = Вы работаете или скоро начнёте работать? Сможете ли Вы тогда ходить на занятия?

school-row-keurmerk = Знак качества
school-row-route = Маршрут
school-row-intake = Языковой тест в начале
school-row-hours = Часы занятий
school-row-schedule = Дни и время
school-row-format = Вид занятий
school-row-place = Адрес
school-row-retakes = Пересдача экзамена входит в цену
school-row-stars = Звёзды (Blik op Werk)
school-row-working = Удобно, если Вы работаете
school-row-childcare = Присмотр за детьми
school-row-class-size = Самая большая группа
school-row-start = Следующее начало
school-row-price = Цена курса
school-row-exam-fees = Экзамены, которые не входят в цену
school-row-retake-room = Деньги на одну пересдачу
school-row-total = Всего
school-row-loan = Кредит DUO
school-row-pay-now = Сколько Вы платите сами, если берёте самый большой кредит
school-row-checked = Проверено

school-retakes-none = Нет, Вы платите сами
# $count (Number)
school-retakes-count = { $count ->
    [one] Да, { $count } раз
    [few] Да, { $count } раза
    [many] Да, { $count } раз
   *[other] Да, { $count } раза
}
school-exam-fees-none = Нет (входят в цену или экзамена нет)
# $count (Number) - number of exams; $fee (String) - price per exam; $amount (String) - together
school-exam-fees = { $count ->
    [one] { $count } экзамен × { $fee } = { $amount }
    [few] { $count } экзамена × { $fee } = { $amount }
    [many] { $count } экзаменов × { $fee } = { $amount }
   *[other] { $count } экзамена × { $fee } = { $amount }
}
# $amount (String)
school-loan-up-to = Да, до { $amount }
school-loan-ask-duo = Неизвестно: спросите DUO
school-loan-none = Нет, нет знака качества
# $address (String), $postcode (String), $city (String)
school-address = { $address }, { $postcode } { $city }
# $date (String), $source (String)
school-checked-on = { $date } ({ $source })

school-cost-title = Сколько это будет стоить Вам?
# $fee (String) - price per exam; $date (String) - date of that price
school-cost-how = Всего = цена курса + экзамены, которые не входят в цену + деньги на одну пересдачу экзамена. Один экзамен стоит { $fee } (цена на { $date }). Вы пересдаёте экзамен? Тогда Вы платите снова.
# $max (String) - the highest amount you can borrow
school-cost-loan = Если школа имеет знак качества, Вы можете взять кредит у DUO — до { $max }. Сколько Вы можете взять на самом деле, зависит от Вашего дохода и дохода Вашего партнёра. Это знает только DUO. В строке «Сколько Вы платите сами» мы считаем с самой большой суммой.
# $months (Number), $years (Number)
school-cost-repay = Кредит нужно вернуть. Вы начинаете платить через { $months ->
    [one] { $months } месяц
    [few] { $months } месяца
    [many] { $months } месяцев
   *[other] { $months } месяца
} после окончания интеграции и платите каждый месяц в течение { $years ->
    [one] { $years } года
    [few] { $years } лет
    [many] { $years } лет
   *[other] { $years } года
}. Сколько в месяц? Это Вам скажет DUO.
school-cost-sources = Правила: R3.6 (экзамены), R6.2 (кредит) и R6.3 (возврат). Мы не знаем точно, даёт ли DUO кредит и для школы со знаком качества «кандидат».
school-contact-title = Связаться со школами

school-warning-no-keurmerk = Нет знака качества: здесь нельзя взять кредит у DUO. Эти часы не засчитываются для маршрута Z и для перехода на уровень A2.
school-warning-aspirant = Знак качества «кандидат»: спросите DUO, можно ли здесь взять кредит, и спросите муниципалитет, засчитываются ли часы.
# $hours (Number)
school-warning-z-hours = Для маршрута Z Вам нужно { $hours ->
    [one] { $hours } час
    [few] { $hours } часа
    [many] { $hours } часов
   *[other] { $hours } часа
} занятий в школе со знаком качества. В этом курсе меньше часов.
# $hours (Number)
school-warning-step-down-hours = Перейти на уровень A2 можно только после { $hours ->
    [one] { $hours } часа
    [few] { $hours } часов
    [many] { $hours } часов
   *[other] { $hours } часа
} занятий в школе со знаком качества. В одном этом курсе меньше часов.
school-warning-above-loan = Общая сумма больше, чем Вы можете взять в кредит. Остальное Вы платите сами.
school-warning-informal = Это не школа. Практиковаться в дополнение к занятиям полезно, но это не засчитывается как часы занятий.

school-error-max-total = Напишите сумму в евро, например 6000.
school-error-km = Напишите число километров от 1 до 300.
school-error-required = Заполните это поле.
school-error-toolong = Это слишком длинно. Используйте меньше 200 знаков.
school-error-whole = Напишите целое число.
school-error-range = Это число слишком большое или слишком маленькое.
school-error-price = Напишите сумму в евро, например 1250 или 1250,50.
school-error-date = Выберите дату.
school-error-yesno = Выберите «да» или «нет».
school-error-choice = Выберите один из вариантов.
school-error-postcode = Напишите почтовый индекс, например 1234 AB.
school-error-municipality = Выберите муниципалитет.
school-error-coordinates = Это место не в Нидерландах.
school-error-email = Напишите адрес электронной почты, например imya@primer.nl.
school-error-website = Напишите веб-адрес, который начинается с https://.
school-error-language = Напишите коды языков, например ar|tr.
school-error-stars = Выберите от 1 до 4 звёзд.

# Consultants (regievoerders): add, change and check language schools.
school-staff-link = Языковые школы
school-staff-doc-title = Управление языковыми школами – { -brand-name }
school-staff-title = Управление языковыми школами
school-staff-lead = Здесь показаны языковые школы, у которых есть адрес в Вашем муниципалитете. Всё верно? Тогда нажмите «Проверено». Так жители увидят, что данные актуальные.
school-staff-add = Добавить языковую школу
school-staff-none = Языковых школ пока нет.
school-staff-back = Назад к языковым школам
# $count (Number) - number of courses
school-staff-offers = { $count ->
    [one] { $count } курс
    [few] { $count } курса
    [many] { $count } курсов
   *[other] { $count } курса
}
# $date (String) - date YYYY-MM-DD
school-staff-checked = Последняя проверка: { $date }
# $name (String) - name of the school
school-staff-verify = Проверено: { $name }
school-edit-title = Изменить языковую школу
school-new-title = Добавить языковую школу
school-field-name = Название
school-field-kind = Вид
school-field-valid-until = Знак качества действует до
school-field-stars-hint = От 1 до 4. Если Вы не знаете, оставьте поле пустым.
school-field-website = Сайт
school-field-phone = Телефон
school-field-email = Адрес электронной почты
school-field-address = Улица и номер дома
school-field-postcode = Почтовый индекс
school-field-latitude = Широта (не обязательно)
school-field-longitude = Долгота (не обязательно)
school-field-coordinates-hint = Для поиска по расстоянию, например 52,0907 и 5,1214.
school-field-verified-hint = Когда Вы сохраните, у школы будет указано, что Ваш муниципалитет проверил данные сегодня.
school-save = Сохранить
school-offers-title = Курсы
# $price (String) - price with the euro sign; $hours (Number)
school-offer-line = { $price }, { $hours } ч
school-offer-add = Добавить курс
school-offer-title = Курс
# $name (String) - name of the school
school-offer-back = Назад на страницу { $name }
school-offer-delete = Удалить курс
school-field-price = Цена в евро
school-field-price-hint = Например, 6250 или 6250,50.
school-field-hours = Часы занятий
school-field-hours-per-week = Часы занятий в неделю
school-field-weeks = Количество недель
school-field-in-person = Доля занятий в классе (в процентах)
school-field-retakes = Сколько пересдач экзамена входит в цену?
school-field-languages = Языки, на которых преподаватель может объяснять
school-field-languages-hint = Коды языков, например ar, tr.
school-field-start-dates = Даты начала
school-field-start-dates-hint = Например, 2027-01-11, 2027-03-01.
school-field-exams-included = Экзамены входят в цену
school-error-informal-keurmerk = У taalcafé, библиотеки или языкового партнёра нет знака качества. Выберите «Нет знака качества».
school-error-informal-route = Для taalcafé, библиотеки или языкового партнёра выберите «Практика», а для школы — маршрут.
school-error-same-address = У этой школы уже есть этот адрес.
account-notice-school-saved = Языковая школа сохранена.
account-notice-school-checked = Теперь данные отмечены как проверенные.
# $municipality (String) - name of the municipality that checked the data
school-source-municipality = Муниципалитет { $municipality }
school-source-admin = Администрация Wegwijs
