# E-mail. Plain text: keep links on their own line.

email-verify-subject = Подтвердите адрес электронной почты для { -brand-name }
# Variables:
#   $link (String) - the verification link
email-verify-body = Здравствуйте!

    Вы создали аккаунт в { -brand-name }. Откройте эту ссылку и нажмите на кнопку, чтобы подтвердить адрес электронной почты:

    { $link }

    Ссылка действует 24 часа. Вы не создавали аккаунт? Тогда ничего делать не нужно.

email-reset-subject = Новый пароль для { -brand-name }
# Variables:
#   $link (String) - the reset link
email-reset-body = Здравствуйте!

    Кто-то запросил новый пароль для Вашего аккаунта в { -brand-name }. Откройте эту ссылку, чтобы выбрать новый пароль:

    { $link }

    Ссылка действует 30 минут и только один раз. Вы ничего не запрашивали? Тогда ничего делать не нужно. Ваш пароль останется прежним.

email-exists-subject = Ваш аккаунт в { -brand-name }
# Variables:
#   $link (String) - the link to ask for a new password
email-exists-body = Здравствуйте!

    Кто-то пытался создать аккаунт с этим адресом электронной почты. У Вас уже есть аккаунт.

    Забыли пароль? Запросите новый пароль здесь:

    { $link }

    Это были не Вы? Тогда ничего делать не нужно.

# Variables:
#   $name (String) - the migrant's name
email-partner-subject = { $name } просит Вас о помощи в { -brand-name }
# Variables:
#   $name (String) - the migrant's name
#   $code (String) - the partner code
#   $link (String) - where to make an account
email-partner-body = Здравствуйте!

    { $name } просит Вас помочь с интеграцией через { -brand-name }.

    1. Создайте аккаунт партнёра (или войдите, если у Вас уже есть аккаунт):
    { $link }
    2. Откройте раздел «Мой аккаунт» и введите этот код:

    { $code }

    Код действует 7 дней и только один раз. Вы не знаете человека по имени { $name }? Тогда ничего делать не нужно.
