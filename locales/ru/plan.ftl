# My plan: a timeline from arrival to the deadline. Write at level B1.

plan-title = Мой план
plan-doc-title = Мой план – { -brand-name }
plan-lead = Составьте план с сегодняшнего дня до Вашего крайнего срока. Заполните даты, которые Вы знаете. Тогда Вы увидите, что и когда Вам нужно сделать и хватит ли Ваших часов.

plan-milestone-arrival = Вы получили свою карту вида на жительство
plan-milestone-notice = Письмо от DUO: Вы должны пройти интеграцию
plan-milestone-intake = Вводное собеседование в муниципалитете
plan-milestone-pip-due = Самое позднее к этой дате у Вас должен быть PIP
plan-milestone-pip = Ваш первый PIP
plan-milestone-termijn-start = Начинаются Ваши 3 года
plan-milestone-lessons-start = Начало занятий
plan-milestone-hours-600 = 600 часов занятий: можно обсудить переход на уровень A2
plan-milestone-hours-800 = 800 часов занятий: столько часов в маршруте Z
plan-milestone-lessons-end = Конец занятий (ожидается)
plan-milestone-exam-book-by = Запишитесь на экзамены самое позднее к этой дате, чтобы осталось время пересдать один из них
plan-milestone-exam-last-chance = Последний момент, чтобы записаться на экзамены
plan-milestone-extension-window = С этого момента Вы можете попросить у DUO больше времени, если у Вас есть на это причина
plan-milestone-pvt-by = Программа «Декларация об участии» (PVT) пройдена
plan-milestone-map-by = Модуль «Рынок труда и участие» (MAP) пройден
plan-milestone-termijn-end = Крайний срок: всё должно быть закончено
plan-milestone-repayment-start = Вы начинаете возвращать кредит DUO (если Вы его брали)
plan-milestone-naturalisation = Можно получить нидерландское гражданство (если у Вашего партнёра нидерландское гражданство)
plan-milestone-permit = Можно получить более надёжный вид на жительство

plan-official = Из Вашего письма
plan-estimated = Примерно
plan-uncertain = Не точно

plan-phase-start = Начало
plan-phase-learning = Учёба
plan-phase-finish = Экзамены и крайний срок
plan-phase-after = После этого

# $date (String)
plan-today = Сегодня, { $date }
# $title (String) - title of the meeting
plan-session = Встреча: { $title }
plan-warnings-title = Обратите внимание
plan-warning-no-hours = Вы запланировали 0 часов в неделю. Тогда Ваши занятия никогда не закончатся. Запланируйте часы на каждую неделю.
plan-warning-cannot-reach = С таким количеством часов в неделю Вы не успеете вовремя подготовиться к экзаменам. Запланируйте больше часов в неделю или начните раньше.
plan-warning-no-retake-room = Вы успеете подготовиться к экзаменам как раз вовремя, но на пересдачу экзамена времени не останется. Если можете, запланируйте больше часов в неделю.
# $months (Number)
plan-warning-late-start = PIP у Вас уже больше { $months ->
    [one] { $months } месяца
    [few] { $months } месяцев
    [many] { $months } месяцев
   *[other] { $months } месяца
}, а занятия Вы ещё не начали. Начните как можно скорее.
# $hours (Number)
plan-warning-step-down-keurmerk = Не получается достичь уровня B1? Перейти на уровень A2 можно только после { $hours ->
    [one] { $hours } часа
    [few] { $hours } часов
    [many] { $hours } часов
   *[other] { $hours } часа
} занятий в школе со знаком качества Blik op Werk.

# $name (String) - name of the school
plan-school = Ваша школа: { $name }. Мы заполнили часы и дату начала занятий этой школы.
plan-dates-title = Ваши даты
plan-dates-hint = Заполните то, что Вы знаете. Дата указана в письме? Перепишите эту дату. Не знаете? Оставьте поле пустым.
plan-field-arrival = Дата, когда Вы получили карту вида на жительство
plan-field-notice = Дата письма от DUO
plan-field-intake = Дата вводного собеседования
plan-field-pip = Дата Вашего первого PIP
plan-field-pip-hint = У Вас ещё нет PIP? Оставьте это поле пустым.
plan-field-termijn-end = Крайний срок из письма от DUO
plan-field-termijn-end-hint = Необязательно. Эта дата важнее нашего расчёта.
plan-lessons-title = Ваши занятия
plan-field-route = Ваш маршрут
plan-route-b1 = Маршрут B1
plan-route-z = Маршрут Z
plan-route-education = Образовательный маршрут
plan-field-target-hours = Сколько часов занятий Вы планируете?
plan-field-target-hours-hint = Для маршрута Z это 800 часов. Для B1 закон не называет число: спросите в своей школе.
plan-field-lessons-start = Начало занятий
plan-field-hours-per-week = Часы занятий в неделю
# $max (Number)
plan-field-hours-per-week-hint = Не больше { $max ->
    [one] { $max } часа
    [few] { $max } часов
    [many] { $max } часов
   *[other] { $max } часа
}.
plan-field-weeks-off = Недели в году без занятий (каникулы)
plan-progress-title = Что Вы уже сделали
plan-progress-hint = Напишите, сколько часов занятий у Вас было в каждом месяце. Хотите заполнить больше месяцев? Нажмите «Рассчитать мой план»: тогда появятся пустые строки.
# $n (Number) - line number
plan-field-month = Месяц { $n }
# $n (Number)
plan-field-month-hours = Часы занятий в месяце { $n }
plan-field-exams-passed = Все экзамены моего маршрута сданы
plan-field-dutch-partner = У моего партнёра нидерландское гражданство
plan-submit = Рассчитать мой план
plan-timeline-title = Ваша временная шкала
# $left (Number) - lesson hours still to go; $average (String) - average number of hours per week
plan-summary = Вам осталось пройти ещё { $left ->
    [one] { $left } час
    [few] { $left } часа
    [many] { $left } часов
   *[other] { $left } часа
} занятий. С учётом каникул это в среднем { $average } ч в неделю.
plan-calendar = Добавить в мой календарь (.ics)
plan-print = Распечатать
plan-save = Сохранить в моём аккаунте
plan-save-sign-in = Войдите, чтобы сохранить свой план. Вы также можете сохранить ссылку на эту страницу.
plan-disclaimer = Это план, а не решение. Примерные даты могут оказаться другими. Даты в Ваших письмах от DUO и муниципалитета всегда важнее.

plan-print-back = Назад к моему плану
plan-print-title = Моя интеграция: важные даты
# $date (String)
plan-print-made = Составлено { $date }.
plan-print-date = Дата
plan-print-what = Что
plan-print-how = Насколько точно
plan-checklist-title = Не забудьте
plan-checklist-school = Выберите языковую школу. Хотите взять кредит у DUO? Тогда выберите школу со знаком качества.
plan-checklist-hours = Планируйте часы для учёбы каждую неделю, даже если Вы работаете.
plan-checklist-pvt = Пройдите программу «Декларация об участии» (PVT). Она бесплатная.
plan-checklist-map = Пройдите MAP о работе в Нидерландах. Это бесплатно. (Не в образовательном маршруте.)
plan-checklist-exams = Записывайтесь на экзамены вовремя. Пересдача экзамена занимает время.
plan-checklist-help = У Вас есть вопросы? Позвоните или напишите своему куратору (regievoerder) в муниципалитете.

plan-error-date = Выберите дату.
plan-error-notice-before-arrival = Письмо от DUO приходит после того, как Вы получили карту вида на жительство. Проверьте даты ещё раз.
plan-error-pip-before-notice = Ваш PIP составляют после письма от DUO. Проверьте даты ещё раз.
plan-error-intake-after-pip = Вводное собеседование бывает до PIP. Проверьте даты ещё раз.
plan-error-end-before-pip = Крайний срок наступает после даты Вашего PIP. Проверьте дату ещё раз.
plan-error-hours = Напишите целое число часов, например 9.
plan-error-hours-too-many = Больше 40 часов в неделю нельзя. Выберите меньше часов.
plan-error-target = Напишите число часов занятий от 1 до 3000.
plan-error-weeks-off = Напишите число недель от 0 до 26.
plan-error-progress-month = Выберите месяц, который уже прошёл или идёт сейчас.
plan-error-progress-hours = Напишите число часов за этот месяц: от 0 до 200.
plan-error-progress-total = Вы ввели больше часов, чем планируете. Увеличьте число запланированных часов занятий или проверьте часы.
account-notice-plan-saved = Ваш план сохранён в Вашем аккаунте.
school-plan-link = Использовать «{ $name }» в моём плане
plan-live-hours = Ползунок: часы занятий в неделю
plan-live-start = Ползунок: когда Вы начинаете?
# $months (Number) - in how many months the lessons start
plan-live-start-months = { $months ->
    [0] сейчас
    [one] через { $months } месяц
    [few] через { $months } месяца
    [many] через { $months } месяцев
   *[other] через { $months } месяца
}
plan-live-end = Конец занятий:
plan-live-never = никогда, если у Вас 0 часов в неделю
