# The step-by-step check: one question per screen. Every question has an "I don't know" answer.

check-doc-title = Что мне нужно сделать? – { -brand-name }
check-intro = Ответьте на несколько коротких вопросов. Тогда Вы увидите, что Вам нужно сделать для интеграции и до какой даты. Аккаунт Вам не нужен. Мы не сохраняем Ваши ответы.
check-start = Перейти к вопросам
check-glossary-link = Словарь: что означают эти слова?

# Variables:
#   $step (Number) - number of this question
#   $total (Number) - number of questions
check-progress = Вопрос { $step } из { $total }
check-next = Далее
check-back = Предыдущий вопрос
check-unknown = Я не знаю
check-not-yet = Ещё нет
check-date-hint = Введите дату: день, месяц и год.
check-see-result = Посмотреть результат

check-q-nationality = Какое у Вас гражданство?
check-q-nationality-help = У Вас два гражданства, и одно из них — гражданство страны ЕС? Тогда выберите первый ответ.
check-a-nationality-eu = Страна Европейского союза (ЕС) или ЕЭЗ, или Швейцария
check-a-nationality-turkish = Турецкое
check-a-nationality-other = Другая страна

check-q-purpose = Почему Вы живёте в Нидерландах?
check-q-purpose-help = Цель Вашего пребывания указана на Вашей карте вида на жительство.
check-a-purpose-partner = Я живу со своим партнёром или семьёй
check-a-purpose-refugee_family = У моей семьи вид на жительство по убежищу, и я приехал(а) позже
check-a-purpose-clergy = Я священнослужитель, например имам, раввин или пастор
check-a-purpose-humanitarian = У меня гуманитарный вид на жительство с невременной целью
check-a-purpose-temporary = Я живу здесь для учёбы или работы

check-q-referent = Какой статус пребывания у Вашего партнёра в Нидерландах?
check-q-referent-help = Ваш партнёр — это человек, к которому Вы приехали жить.
check-a-referent-dutch = У моего партнёра нидерландское гражданство
check-a-referent-non_temporary = У моего партнёра вид на жительство с невременной целью, например бессрочный
check-a-referent-temporary = Мой партнёр здесь для учёбы или работы, с временной целью

check-q-birth_date = Какая у Вас дата рождения?
check-q-birth_date-help = Обязанность действует с 16 лет до пенсионного возраста AOW.

check-q-pass_date = Когда Вы получили свою карту вида на жительство?
check-q-pass_date-help = У Вас есть письмо от DUO об интеграции? Тогда введите дату из этого письма.

check-q-diploma = У Вас есть нидерландский диплом?
check-q-diploma-help = Например vmbo, havo, vwo, mbo уровня 2 или выше, или обучение в hbo или в университете на нидерландском языке.

check-q-schooling = Вы прожили в Нидерландах 8 лет или дольше, когда Вам было от 5 до 16 лет?
check-q-schooling-help = В этом возрасте дети в Нидерландах обязаны ходить в школу.

check-q-pip_date = Какая дата у Вашего первого PIP?
check-q-pip_date-help = PIP означает личный план интеграции и участия (persoonlijk plan inburgering en participatie). Вы получаете его от муниципалитета после вводного собеседования (brede intake). Дата указана вверху.

check-q-route = Какой учебный маршрут указан в Вашем PIP?
check-a-route-b1 = Маршрут B1 (B1-route)
check-a-route-z = Маршрут Z (Z-route)
check-a-route-education = Образовательный маршрут (onderwijsroute)

check-a-yes = Да
check-a-no = Нет

check-answers-heading = Ваши ответы
check-change = Изменить

## Errors at a field. Everything the person typed stays in the form.

check-error-heading = Что-то не так. Посмотрите на вопрос ниже.
check-error-unknown_choice = Выберите один из ответов.
check-error-not_a_date = Введите дату, которая существует.
check-error-too_early = Эта дата слишком давняя. Проверьте, правильный ли год.
check-error-in_the_future = Эта дата в будущем. Введите дату, которая уже прошла.
check-error-before_birth = Эта дата раньше Вашей даты рождения. Проверьте, правильная ли дата.
check-error-pip_before_pass = Дата PIP не может быть раньше даты Вашей карты вида на жительство. Проверьте, правильная ли дата.
