# Information sessions: the list, a session page, booking, the waiting list, the consultant's side.
# Dutch is the reference. Write at level B1: short sentences, common words, "u".

session-list-lead = Муниципалитет проводит встречи для новых жителей. Там Вы узнаете, что Вам нужно сделать, и познакомитесь с другими людьми. Выберите встречу и запишитесь.
session-mine-link = Мои записи
session-filter-all-municipalities = Все муниципалитеты
session-filter-language = Язык
session-filter-any-language = Все языки
session-filter-from = С даты
session-filter-submit = Искать
session-none = Сейчас нет подходящих встреч. Посмотрите позже или уберите часть условий поиска.

# Variables:
#   $start (String) - start time, e.g. 19:00
#   $end (String) - end time, e.g. 20:30
session-time = { $start } – { $end }
# Variables:
#   $count (Number) - seats left
session-seats-left = { $count ->
    [one] Осталось { $count } свободное место
    [few] Осталось { $count } свободных места
    [many] Осталось { $count } свободных мест
   *[other] Осталось { $count } свободного места
}
session-full = Мест нет. Вы можете встать в список ожидания.
session-closed = Запись закрыта.
session-cancelled = Эта встреча не состоится.
session-online = Онлайн
session-in-dutch = Этот текст есть только на нидерландском языке.
# Variables:
#   $languages (String) - names of the languages spoken
session-languages = Языки: { $languages }

# Variables:
#   $title (String) - the session's title
session-doc-title = { $title } – { -brand-name }
session-when = Когда
session-more-dates = Другие даты
# Variables:
#   $count (Number) - how many days the series has
session-series = { $count ->
    [one] Серия из { $count } встречи. Вы записываетесь один раз сразу на все встречи.
    [few] Серия из { $count } встреч. Вы записываетесь один раз сразу на все встречи.
    [many] Серия из { $count } встреч. Вы записываетесь один раз сразу на все встречи.
   *[other] Серия из { $count } встречи. Вы записываетесь один раз сразу на все встречи.
}
session-where = Где
session-accessibility = Доступность
session-languages-spoken = На каких языках говорят
session-interpreter = Есть переводчик
session-childcare = Присмотр за детьми
session-partner-welcome = Можно прийти с партнёром
session-seats = Места
session-deadline = Записаться можно до
session-yes = Да
session-no = Нет
session-booking-title = Запись
session-book = Записаться
session-join-waiting-list = Встать в список ожидания
session-full-text = На эту встречу мест нет. Если кто-то отменит запись, Вы автоматически получите место из списка ожидания. Тогда Вы получите письмо.
session-party = Сколько человек придёт?
# Variables:
#   $count (Number) - number of people
session-party-option = { $count ->
    [one] { $count } человек
    [few] { $count } человека
    [many] { $count } человек
   *[other] { $count } человека
}
session-sign-in-to-book = Войдите, чтобы записаться
# Variables:
#   $count (Number) - number of people in the booking
session-booking-confirmed = { $count ->
    [one] Вы записаны.
    [few] Вы записаны, всего { $count } человека.
    [many] Вы записаны, всего { $count } человек.
   *[other] Вы записаны, всего { $count } человека.
}
# Variables:
#   $position (Number) - place on the waiting list
session-booking-waiting = Вы в списке ожидания. Ваш номер: { $position }.
session-status-confirmed = Запись подтверждена
session-status-waiting = В списке ожидания
session-status-cancelled = Запись отменена
session-cancel = Отменить запись
session-leave-waiting-list = Выйти из списка ожидания
session-calendar = Добавить в мой календарь
# Variables:
#   $name (String) - the migrant the partner books for
session-booking-for = Вы делаете это для: { $name }.
session-back = Назад ко всем встречам

session-mine-doc-title = Мои записи – { -brand-name }
session-mine-title = Мои записи
session-mine-none = Вы ещё не записались ни на одну встречу.
session-alerts-title = Письма о новых встречах
session-alerts-text = Мы пришлём Вам письмо, когда Ваш муниципалитет объявит встречу на Вашем языке.
session-alerts-needs-municipality = Сначала выберите свой муниципалитет в разделе «Мой аккаунт» («Поделиться с муниципалитетом»). Тогда мы будем знать, какие встречи подходят Вам.
session-alerts-label = Да, присылайте мне письма о новых встречах
session-alerts-submit = Сохранить

session-consultant-link = Встречи моего муниципалитета
session-consultant-doc-title = Управление встречами – { -brand-name }
session-consultant-title = Встречи моего муниципалитета
session-consultant-none = Вы ещё не объявили ни одной встречи.
session-consultant-back = Назад к встречам
session-edit-link = Изменить
session-edit-title = Изменить встречу
session-edit-lead = Вы меняете время или место? Тогда все, кто записался, получат письмо.
session-edit-submit = Сохранить изменения
session-cancel-session = Отменить встречу
session-message-title = Сообщение всем, кто записался
session-message-label = Ваше сообщение
session-message-hint = Обычный текст, не больше 2000 символов. Все, кто записался или стоит в списке ожидания, получат его по электронной почте.
session-message-submit = Отправить сообщение
session-new-link = Новая встреча
session-new-doc-title = Новая встреча – { -brand-name }
session-new-title = Объявить новую встречу
session-new-submit = Объявить встречу
session-field-title = Название
session-field-title-hint = Коротко и понятно, на нидерландском языке. Не больше 120 символов.
session-field-description = Описание
session-field-description-hint = Обычный текст. Новая строка остаётся новой строкой.
session-field-date = Дата
session-field-time = Время начала
session-field-time-hint = Время в Нидерландах, например 19:00.
session-field-duration = Продолжительность в минутах
session-field-place = Адрес
session-field-place-hint = Оставьте пустым, если встреча проходит только онлайн.
session-field-room = Зал или комната
session-field-accessibility = Доступность (например: лифт, инвалидная коляска)
session-field-online-url = Ссылка для участия онлайн
session-field-online-url-hint = Начинается с https://. Оставьте пустым, если встреча проходит не онлайн.
session-field-capacity = Количество мест
session-field-languages = На каких языках говорят?
session-field-extras = Дополнительно
session-field-childcare = Есть присмотр за детьми
session-field-partner-welcome = Можно прийти с партнёром
session-field-max-party = Сколько человек в одной записи?
session-field-max-party-hint = Только если можно прийти с партнёром. Обычно 2.
session-field-deadline = Записаться можно до (дата включительно)
session-field-series = Серия (можно оставить пустым)
session-field-series-hint = Эта встреча — часть серии из нескольких встреч? Укажите другие дни. Люди записываются один раз сразу на все дни.
# Variables:
#   $number (Number) - which day of the series (2, 3, 4)
session-field-series-date = День { $number }: дата
# Variables:
#   $number (Number) - which day of the series (2, 3, 4)
session-field-series-time = День { $number }: время начала (пусто = то же время)
session-field-translations = Текст на других языках (можно оставить пустым)
session-field-translations-hint = Если Вы заполните эти поля, жители увидят название и описание на своём языке. Иначе они увидят текст на нидерландском языке.
# Variables:
#   $language (String) - the language's own name
session-field-title-in = Название ({ $language })
# Variables:
#   $language (String) - the language's own name
session-field-description-in = Описание ({ $language })
session-field-deadline-hint = Оставьте пустым: тогда записаться можно до начала встречи.

# Variables:
#   $taken (Number) - seats taken
#   $capacity (Number) - all seats
session-taken = Занято мест: { $taken } из { $capacity }.
session-public-page = Посмотреть, как это видят жители
session-csv = Скачать список (CSV)
session-attendees = Записи
session-attendees-none = Пока никто не записался.
session-attendee-deleted = (аккаунт удалён)
session-attended-yes = Был(а)
session-attended-no = Не был(а)
session-attended-unknown = Ещё не отмечено
session-check-in = Пришёл(а)
session-no-show = Не пришёл(а)

session-error-title-missing = Введите название.
session-error-title-long = Название слишком длинное. Используйте не больше 120 символов.
session-error-description-long = Описание слишком длинное. Используйте не больше 4000 символов.
session-error-date-invalid = Введите дату, например 2027-03-15.
session-error-time-skipped = В этот день такого времени нет: часы переводят на час вперёд. Выберите другое время.
session-error-date-past = Эта дата уже прошла. Выберите день в будущем.
session-error-duration = Введите продолжительность от 15 до 600 минут.
session-error-capacity = Введите количество мест от 1 до 500.
session-error-max-party = Введите количество человек от 1 до 6.
session-error-deadline-after-start = Запись должна закрыться до начала встречи.
session-error-place-missing = Введите адрес или ссылку для участия онлайн.
session-error-url = Ссылка начинается с https:// и не содержит пробелов.
session-error-languages-missing = Выберите хотя бы один язык.
session-error-party = С таким количеством человек на эту встречу прийти нельзя.
session-error-capacity-below-booked = Уже занято больше мест. Выберите большее количество мест.
session-error-message = Напишите сообщение от 1 до 2000 символов.
session-error-series-order = Каждый день серии должен быть позже предыдущего дня.
session-error-closed = Записаться больше нельзя: встреча уже началась, запись закрыта или встреча не состоится.

account-notice-booked = Готово. Вы записаны. Вы получите письмо со всеми данными.
account-notice-waiting = Вы в списке ожидания. Если освободится место, Вы получите его автоматически, и мы пришлём Вам письмо.
account-notice-cancelled = Ваша запись отменена.
account-notice-session-created = Встреча опубликована на сайте.
account-notice-checked-in = Сохранено.
account-notice-session-updated = Изменения сохранены.
account-notice-session-cancelled = Встреча отменена. Все, кто записался, получат письмо.
account-notice-message-sent = Ваше сообщение отправляется.
account-notice-alerts-on = Вы получите письмо, когда появится новая встреча.
account-notice-alerts-off = Вы больше не будете получать письма о новых встречах.
account-log-booked-session = запись на встречу
account-log-cancelled-booking = отмена записи на встречу

# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-confirmed-subject = Вы записаны: { $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-confirmed-body = Здравствуйте!

    Вы записаны на встречу «{ $title }».

    Когда: { $date }, в { $time }
    Где: { $place }

    Во вложении — событие для Вашего календаря. Не можете прийти? Тогда отмените запись, чтобы Ваше место получил кто-то другой:

    { $link }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-waiting-subject = Вы в списке ожидания: { $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-waiting-body = Здравствуйте!

    На встречу «{ $title }», которая пройдёт { $date }, мест нет. Вы в списке ожидания.

    Если кто-то отменит запись, Вы автоматически получите место, и мы пришлём Вам письмо.

    { $link }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-promoted-subject = Для Вас есть место: { $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-promoted-body = Здравствуйте!

    Хорошая новость: освободилось место. Теперь Вы записаны на встречу «{ $title }».

    Когда: { $date }, в { $time }
    Где: { $place }

    Во вложении — событие для Вашего календаря. Всё-таки не можете прийти? Тогда отмените запись:

    { $link }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-reminder-subject = Напоминание: { $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-reminder-body = Здравствуйте!

    Напоминаем Вам о встрече «{ $title }».

    Когда: { $date }, в { $time }
    Где: { $place }

    Не можете прийти? Тогда отмените запись, чтобы Ваше место получил кто-то другой:

    { $link }

# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-changed-subject = Встреча изменилась: { $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-changed-body = Здравствуйте!

    Встреча «{ $title }» изменилась. Вот новые данные:

    Когда: { $date }, в { $time }
    Где: { $place }

    Теперь не можете прийти? Тогда отмените запись:

    { $link }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-cancelled-subject = Встреча не состоится: { $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-cancelled-body = Здравствуйте!

    К сожалению, встреча «{ $title }», которая должна была пройти { $date }, не состоится. Вам ничего не нужно делать.

    Другую встречу можно найти здесь:

    { $link }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
#   $message (String) - the consultant's own words
session-mail-message-subject = Сообщение о встрече: { $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
#   $message (String) - the consultant's own words
session-mail-message-body = Здравствуйте!

    Муниципалитет отправил Вам сообщение о встрече «{ $title }», которая пройдёт { $date }:

    { $message }

    { $link }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-announced-subject = Новая встреча: { $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-announced-body = Здравствуйте!

    Ваш муниципалитет проводит новую встречу на Вашем языке: «{ $title }».

    Когда: { $date }, в { $time }
    Где: { $place }

    Хотите прийти? Тогда запишитесь:

    { $link }

    Больше не хотите получать такие письма? Отключите их в разделе «Мои записи».

# "Wednesday 2 December 2026, 19:30 – 21:00"
# Variables:
#   $date (String) - the day, formatted for this locale
#   $time (String) - the time or the hours
session-date-time = { $date }, { $time }
# Between the names in a list (e.g. of languages), spaces included.
session-list-separator = { ", " }
