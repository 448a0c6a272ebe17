# Accounts: sign up, sign in, verify, reset, the account page, partner access.
# Dutch (nl) is the reference locale. Write at level B1: short sentences, common words.

account-sign-up-doc-title = Создать аккаунт – { -brand-name }
account-sign-up-title = Создать аккаунт
account-sign-up-lead = В аккаунте Вы можете сохранить свои ответы. Тогда Вы также можете разрешить партнёру помогать Вам.
account-sign-up-submit = Создать аккаунт
account-sign-up-link = Ещё нет аккаунта? Создайте аккаунт.
account-have-account = У Вас уже есть аккаунт? Тогда войдите.
account-privacy-link = Прочитайте, что мы делаем с Вашими данными

account-field-name = Ваше имя
account-field-name-hint = Как к Вам обращаться. Ваш партнёр видит это имя.
account-field-email = Адрес электронной почты
account-field-password = Пароль
account-field-new-password = Новый пароль
# Variables:
#   $min (Number) - the minimum number of characters
account-field-new-password-hint = Минимальное число символов: { $min }. Фраза из нескольких слов — хороший вариант, и её легко запомнить.
account-field-password-repeat = Введите пароль ещё раз
account-field-role = Кто Вы?
account-role-migrant = Я недавно в Нидерландах, и мне нужно пройти интеграцию
account-role-referent = Я партнёр. Я уже живу в Нидерландах и хочу помочь

account-form-problems = Что-то пошло не так. Посмотрите на эти пункты:

account-check-mail-doc-title = Проверьте почту – { -brand-name }
account-check-mail-title = Проверьте почту
account-check-mail-text = Если адрес правильный, через несколько минут Вы получите от нас письмо. Нажмите на ссылку в этом письме.
account-check-mail-spam = Не получили письмо? Посмотрите также в папке «Спам».
account-sign-in-link = Перейти ко входу

account-verify-doc-title = Подтвердить адрес электронной почты – { -brand-name }
account-verify-title = Подтвердите адрес электронной почты
account-verify-text = Нажмите на кнопку. Тогда Ваш аккаунт будет готов.
account-verify-submit = Да, это мой адрес электронной почты

account-sign-in-doc-title = Вход – { -brand-name }
account-sign-in-title = Вход
account-sign-in-submit = Войти
account-forgot-link = Забыли пароль?

account-forgot-doc-title = Забыли пароль – { -brand-name }
account-forgot-title = Забыли пароль
account-forgot-text = Введите адрес электронной почты. Вы получите ссылку, чтобы создать новый пароль. Ссылка действует 30 минут.
account-forgot-submit = Отправьте мне ссылку

account-reset-doc-title = Новый пароль – { -brand-name }
account-reset-title = Выберите новый пароль
account-reset-submit = Сохранить пароль

account-doc-title = Мой аккаунт – { -brand-name }
account-title = Мой аккаунт
# Variables:
#   $name (String) - the name the person gave
account-hello = Здравствуйте, { $name }.
# Variables:
#   $email (String) - the person's e-mail address
account-email-is = Вы входите с адресом { $email }.
account-back = Назад в мой аккаунт
account-sign-out = Выйти

account-saved-check-title = Мои ответы об интеграции
account-saved-check-none = Вы ещё не сохранили ответы. Ответьте на вопросы в разделе «Что мне нужно сделать?». Потом выберите «Сохранить в моём аккаунте».
# Variables:
#   $date (String) - when the answers were saved, formatted for this locale
account-saved-check-when = Дата сохранения: { $date }.
account-saved-check-open = Посмотреть, что Вам нужно сделать

account-partner-title = Помощь партнёра
account-partner-text = Ваш партнёр может Вам помогать. Вы сами выбираете, что партнёру можно делать. Вы всегда можете это прекратить.
account-partner-invite-title = Пригласить партнёра
account-partner-scopes = Что можно делать Вашему партнёру?
account-partner-until = Какой последний день? (можно оставить пустым)
account-partner-until-hint = Оставьте поле пустым, если даты окончания нет. Вы всегда можете прекратить доступ.
account-partner-email = Адрес электронной почты партнёра (можно оставить пустым)
account-partner-email-hint = Если Вы его укажете, мы отправим код и Вашему партнёру.
account-partner-invite-submit = Создать код для моего партнёра
account-partner-code-intro = Дайте этот код своему партнёру. Партнёр вводит код в разделе «Мой аккаунт».
account-partner-code-expiry = Код действует 7 дней и только один раз. Вы видите код только один раз.
account-partner-not-accepted = Приглашение (ещё не использовано)
account-partner-revoke = Прекратить доступ

account-scope-view = Смотреть мои обязанности и мой план
account-scope-book = Записывать меня на встречи и отменять запись
account-scope-reminders = Получать мои напоминания

# Variables:
#   $status (String) - the status of the access, e.g. "действует"
account-grant-status = Статус: { $status }
account-grant-status-invited = приглашение отправлено
account-grant-status-invite-expired = срок кода истёк
account-grant-status-active = действует
account-grant-status-ended = срок закончился
account-grant-status-revoked = прекращён
# Variables:
#   $date (String) - the last day, formatted for this locale
account-grant-until = Последний день: { $date }.
account-grant-no-end = Без даты окончания.

account-helping-title = Вы помогаете
account-referent-duties-link = Ваши собственные обязанности как партнёра (референта)
# Variables:
#   $name (String) - the name of the person the partner helps
account-act-for = Помогать: { $name }
account-accept-title = Введите код от партнёра
account-accept-code = Код
account-accept-code-hint = Ваш партнёр видит этот код в Wegwijs. Дефисы и маленькие буквы можно вводить.
account-accept-submit = Использовать код

# Variables:
#   $name (String) - the name of the person the partner acts for
account-acting-banner = Внимание: сейчас Вы действуете от имени другого человека — { $name }. { $name } тоже видит всё, что Вы делаете.
account-acting-open = Посмотреть ответы
account-acting-stop = Перестать помогать

account-log-title = Что происходило с Вашим аккаунтом
account-log-empty = Пока ничего.
account-log-by-me = Вы
account-log-by-deleted = удалённый аккаунт
# Variables:
#   $date (String) - when it happened
#   $who (String) - who did it ("Вы" or a name)
#   $what (String) - what was done
account-log-line = { $date }: { $what } (кто: { $who })
account-log-signed-in = вход в аккаунт
account-log-password-changed = пароль изменён
account-log-grant-created = партнёр приглашён
account-log-grant-accepted = приглашение принято
account-log-grant-revoked = доступ партнёра прекращён
account-log-viewed-check = ответы просмотрены
account-log-saved-check = ответы сохранены

account-devices-title = Где Вы вошли в аккаунт
# Variables:
#   $device (String) - browser and system, e.g. "Chrome · Android"
#   $since (String) - when the person logged in
#   $seen (String) - when the device was last used
account-devices-line = { $device }: вход — { $since }, последнее использование — { $seen }.
account-devices-this = (это устройство)
account-sign-out-everywhere = Выйти на всех устройствах

account-data-title = Мои данные
account-data-text = Вы можете скачать все свои данные. Вы также можете сразу удалить свой аккаунт.
account-export-link = Скачать мои данные
account-delete-link = Удалить аккаунт

account-delete-doc-title = Удалить аккаунт – { -brand-name }
account-delete-title = Удалить аккаунт
account-delete-text = Это нельзя отменить. Мы удалим Ваш аккаунт, Ваши ответы и доступ Вашего партнёра. Вы сразу выйдете из аккаунта.
account-delete-submit = Да, удалить мой аккаунт

account-shared-doc-title = Ответы Вашего партнёра – { -brand-name }
# Variables:
#   $name (String) - the name of the person the partner acts for
account-shared-title = Ответы: { $name }
account-shared-none = Сохранённых ответов пока нет.
account-access-ended-title = Нет доступа
account-access-ended-text = Вам нельзя (больше) это видеть. Доступ прекращён или его срок закончился. Или Вы не получали этот доступ.

account-notice-verified = Ваш адрес электронной почты подтверждён. Теперь Вы можете войти.
account-notice-password-reset = Ваш новый пароль сохранён. Вы вышли из аккаунта на всех устройствах. Войдите снова.
account-notice-signed-out = Вы вышли из аккаунта.
account-notice-deleted = Ваш аккаунт удалён.
account-notice-saved = Ваши ответы сохранены.
account-notice-revoked = Доступ прекращён. Ваш партнёр больше ничего не может делать за Вас.
account-notice-accepted = Готово. Теперь Вы можете помогать.
account-notice-signed-out-everywhere = Вы вышли из аккаунта на всех устройствах.
account-notice-acting-stopped = Теперь Вы снова действуете от своего имени.

account-error-email-missing = Введите адрес электронной почты.
account-error-email-no-at = В адресе электронной почты есть один знак @, а перед ним и после него — текст. Например: name@example.com
account-error-email-spaces = В адресе электронной почты не может быть пробелов.
account-error-email-no-domain = Часть после @ не полная. Например: name@example.com
account-error-email-too-long = Этот адрес электронной почты слишком длинный.
account-error-password-too-short = Пароль слишком короткий. Сделайте его длиннее, например из нескольких слов.
account-error-password-too-long = Пароль слишком длинный. Максимальное число символов: 128.
account-error-password-common = Этот пароль используют очень многие люди. Его легко угадать. Выберите другой пароль.
account-error-password-contains-email = В пароле есть Ваш адрес электронной почты. Выберите другой пароль.
account-error-password-mismatch = Два пароля не совпадают.
account-error-password-wrong = Этот пароль неправильный.
account-error-name-missing = Введите имя (не больше 80 символов).
account-error-role-missing = Выберите, кто Вы.
account-error-rate-limited = Вы пробовали слишком много раз. Подождите 15 минут и попробуйте снова.
account-error-sign-in-failed = Адрес электронной почты или пароль неправильный.
account-error-not-verified = Вы ещё не подтвердили адрес электронной почты. Нажмите на ссылку в нашем письме. Нет письма? Выберите «Забыли пароль?».
account-error-link-invalid = Эта ссылка больше не работает. Её уже использовали, или она слишком старая. Запросите новую ссылку.
account-error-code-invalid = Этот код не работает. Проверьте, правильно ли Вы его ввели. Код действует 7 дней и только один раз.
account-error-not-a-referent = Использовать код может только аккаунт партнёра.
account-error-scopes-missing = Выберите хотя бы одно действие, которое можно делать Вашему партнёру.
account-error-until-invalid = Введите дату, например 2027-06-30.
account-error-until-past = Эта дата уже прошла. Выберите день в будущем.
account-error-forbidden = С этим аккаунтом Вам нельзя это делать.
account-error-not-found = Этого нет (или больше нет).
