# Consultants (regievoerders) and admins, the second factor, activation of an account made by
# someone else, the activation letter, and sharing with the municipality.
# Dutch (nl) is the reference locale. Write at level B1: short sentences, common words.

staff-2fa-doc-title = Второй шаг входа – { -brand-name }
staff-2fa-title = Второй шаг: Ваш код
staff-2fa-text = Откройте на телефоне приложение для кодов входа. Введите код из 6 цифр, который Вы там видите.
staff-2fa-code = Код
staff-2fa-code-hint = 6 цифр из приложения. Потеряли телефон? Тогда введите один из Ваших резервных кодов.
staff-2fa-submit = Войти
staff-2fa-setup-title = Настройте второй шаг
staff-2fa-setup-app = Установите на телефон приложение для кодов входа. Например, приложение, которое использует Ваша организация.
staff-2fa-setup-scan = Отсканируйте этот QR-код приложением.
staff-2fa-qr-alt = QR-код, чтобы добавить Wegwijs в Ваше приложение
staff-2fa-setup-secret = Не получается отсканировать? Тогда введите этот ключ в приложение:
staff-2fa-setup-type = Введите код из 6 цифр, который приложение показывает сейчас.
staff-recovery-title = Сохраните резервные коды
staff-recovery-text = С резервным кодом Вы можете войти, если потеряли телефон. Каждый код работает один раз. Храните коды в надёжном месте. Вы видите их только один раз.
staff-recovery-continue = Я сохранил(а) коды
staff-2fa-status-title = Второй шаг
# Variables:
#   $count (Number) - recovery codes not used yet
staff-2fa-status = { $count ->
    [one] У Вас остался { $count } резервный код.
    [few] У Вас осталось { $count } резервных кода.
    [many] У Вас осталось { $count } резервных кодов.
   *[other] У Вас осталось { $count } резервного кода.
}
staff-go-to-work = Перейти к работе

staff-activate-doc-title = Активировать аккаунт – { -brand-name }
staff-activate-title = Подготовьте свой аккаунт
staff-activate-text = Вы получили код в письме или по электронной почте. Введите код и выберите пароль.
staff-activate-code = Ваш код
staff-activate-code-hint = Код есть в письме или в электронном сообщении. Дефисы можно не вводить.
staff-activate-submit = Подготовить аккаунт

staff-municipality = Муниципалитет
staff-municipality-choose = Выберите муниципалитет

staff-admin-doc-title = Управление – { -brand-name }
staff-admin-title = Управление
staff-admin-consultants = Кураторы
staff-admin-none = Кураторов пока нет.
staff-admin-status-invited = Приглашён(а), ещё не начал(а)
staff-admin-status-ready = Аккаунт активен, второй шаг настроен
staff-admin-status-no-2fa = Пароль выбран, второй шаг ещё не настроен
staff-admin-invite-title = Пригласить куратора
staff-admin-invite-name = Имя куратора
staff-admin-invite-submit = Отправить приглашение

# Variables:
#   $municipality (String) - the consultant's municipality
staff-consultant-title = Куратор, { $municipality }
staff-consultant-doc-title = Куратор – { -brand-name }
staff-consultant-sharing = Люди, которые делятся с Вами своими данными
staff-consultant-sharing-text = Здесь Вы видите только людей, которые сами дали согласие. Они могут в любой момент отозвать это согласие.
staff-consultant-sharing-none = Пока никто не делится данными с Вашим муниципалитетом.
# Variables:
#   $date (String) - since when, formatted for this locale
staff-consultant-shared-since = Делится с { $date }.
staff-consultant-new-title = Создать аккаунт для человека без электронной почты
staff-consultant-new-text = Вы создаёте аккаунт. Потом Вы печатаете письмо на языке участника интеграции. С кодом из письма этот человек сам создаёт пароль.
staff-consultant-new-name = Имя участника интеграции
staff-consultant-new-language = Язык письма
staff-consultant-new-submit = Создать аккаунт и показать письмо
staff-consultant-waiting = Ещё не активированы
staff-consultant-waiting-none = Все аккаунты, которые Вы создали, активированы.
# Variables:
#   $date (String) - when the account was made, formatted for this locale
staff-consultant-made-on = Создан { $date }.
staff-consultant-new-letter = Новое письмо (старый код перестанет работать)
staff-consultant-back = Назад к моему обзору

staff-letter-doc-title = Письмо для печати – { -brand-name }
staff-letter-instruction = Распечатайте это письмо сейчас и отдайте его участнику интеграции. Этот код больше нигде не записан. Письмо потерялось? Тогда создайте новое письмо.

letter-title = Ваш аккаунт в { -brand-name }
# Variables:
#   $name (String) - the migrant's name
letter-greeting = Здравствуйте, { $name }!
letter-intro = Муниципалитет создал для Вас аккаунт в { -brand-name }. Там Вы увидите, что Вам нужно сделать для интеграции.
letter-step-open = Отсканируйте QR-код телефоном. Или введите адрес ниже в браузере.
letter-step-code = Введите код, если его там ещё нет.
letter-step-password = Выберите пароль. Его знаете только Вы.
letter-step-sign-in = Потом войдите со своим именем пользователя и паролем.
letter-qr-alt = QR-код с адресом, чтобы подготовить Ваш аккаунт
letter-address = Адрес
letter-code = Код (работает один раз)
letter-username = Ваше имя пользователя
# Variables:
#   $date (String) - the last day the code works, formatted for this locale
letter-expiry = Код работает до { $date }. После этого муниципалитет может дать Вам новое письмо.
letter-help = Есть вопросы? Возьмите это письмо с собой в муниципалитет.

staff-error-code-wrong = Этот код неправильный. Введите 6 цифр, которые приложение показывает сейчас, или резервный код.
staff-error-municipality-missing = Выберите муниципалитет из списка.
staff-error-email-taken = С этим адресом электронной почты уже есть аккаунт.
staff-error-activation-invalid = Этот код не работает. Возможно, его уже использовали, или он слишком старый. Попросите в муниципалитете новое письмо.

account-field-email-or-username = Адрес электронной почты или имя пользователя
account-field-email-or-username-hint = Вы получили письмо от муниципалитета? Тогда Ваше имя пользователя есть в этом письме.

account-municipality-title = Поделиться с муниципалитетом
account-municipality-text = Вы можете показать свои ответы и свой план кураторам в Вашем муниципалитете. Тогда они смогут лучше Вам помочь. Это не обязательно. Вы всегда можете это прекратить.
account-municipality-where = В каком муниципалитете Вы живёте?
account-municipality-share = Да, поделиться с моим муниципалитетом
# Variables:
#   $municipality (String) - the municipality's name
#   $date (String) - since when, formatted for this locale
account-municipality-sharing = Вы делитесь своими ответами и планом с муниципалитетом { $municipality } с { $date }.
account-municipality-stop = Перестать делиться

account-log-second-factor-set = второй шаг настроен
account-log-shared-with-municipality = доступ для муниципалитета включён
account-log-stopped-sharing = доступ для муниципалитета прекращён
account-log-viewed-by-municipality = Ваши ответы просмотрены (муниципалитет)
account-log-letter-made = создано письмо с кодом (муниципалитет)

account-notice-activated = Ваш аккаунт готов. Теперь Вы можете войти.
account-notice-shared = Теперь Ваш муниципалитет может видеть Ваши ответы и план.
account-notice-sharing-stopped = Вы больше ничем не делитесь с муниципалитетом.
account-notice-consultant-invited = Приглашение отправлено.

email-consultant-subject = Ваш аккаунт куратора в { -brand-name }
# Variables:
#   $name (String) - the consultant's name
#   $link (String) - the activation link
email-consultant-body = Здравствуйте, { $name }!

    Вас пригласили в { -brand-name } в качестве куратора. Откройте эту ссылку, чтобы выбрать пароль:

    { $link }

    Потом настройте второй шаг входа с приложением для кодов входа на телефоне. Ссылка действует 7 дней.
