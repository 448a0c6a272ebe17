# The step-by-step check: one question per screen. Every question has an "I don't know" answer.

check-doc-title = What do I have to do? – { -brand-name }
check-intro = Answer a few short questions. Then you will see what you have to do for civic integration, and by which date. You do not need an account. We do not store your answers.
check-start = Start the questions
check-glossary-link = Word list: what do the words mean?

# Variables:
#   $step (Number) - number of this question
#   $total (Number) - number of questions
check-progress = Question { $step } of { $total }
check-next = Next
check-back = Previous question
check-unknown = I do not know
check-not-yet = Not yet
check-date-hint = Enter the date as day, month and year.
check-see-result = See the result

check-q-nationality = What is your nationality?
check-q-nationality-help = Do you have two nationalities, and is one of them from an EU country? Then choose the first answer.
check-a-nationality-eu = A country of the European Union (EU) or the EEA, or Switzerland
check-a-nationality-turkish = Turkish
check-a-nationality-other = Another country

check-q-purpose = Why do you live in the Netherlands?
check-q-purpose-help = The purpose of your stay is on your residence card.
check-a-purpose-partner = I live with my partner or family
check-a-purpose-refugee_family = My family has an asylum permit, and I came later
check-a-purpose-clergy = I am a religious minister, for example an imam, rabbi or pastor
check-a-purpose-humanitarian = I have a humanitarian permit for a non-temporary purpose
check-a-purpose-temporary = I live here for study or work

check-q-referent = What kind of residence does your partner have in the Netherlands?
check-q-referent-help = Your partner is the person you came to live with.
check-a-referent-dutch = My partner is Dutch
check-a-referent-non_temporary = My partner has a permit for a non-temporary purpose, for example a permanent permit (for an indefinite period)
check-a-referent-temporary = My partner is here for study or work, for a temporary purpose

check-q-birth_date = What is your date of birth?
check-q-birth_date-help = The obligation applies from age 16 until the state pension (AOW) age.

check-q-pass_date = When did you collect your residence card?
check-q-pass_date-help = Do you have a letter from DUO about civic integration? Then enter the date from that letter.

check-q-diploma = Do you have a Dutch diploma?
check-q-diploma-help = For example vmbo, havo, vwo, mbo level 2 or higher, or an hbo or university degree taught in Dutch.

check-q-schooling = Did you live in the Netherlands for 8 years or longer when you were between 5 and 16 years old?
check-q-schooling-help = In those years, children in the Netherlands must go to school.

check-q-pip_date = What is the date of your first PIP?
check-q-pip_date-help = PIP means personal plan for civic integration and participation (persoonlijk plan inburgering en participatie). You get it from the municipality, after the broad intake. The date is at the top.

check-q-route = Which learning route is in your PIP?
check-a-route-b1 = The B1 route
check-a-route-z = The Z route
check-a-route-education = The education route

check-a-yes = Yes
check-a-no = No

check-answers-heading = Your answers
check-change = Change

## Errors at a field. Everything the person typed stays in the form.

check-error-heading = Something is not right. Look at the question below.
check-error-unknown_choice = Choose one of the answers.
check-error-not_a_date = Enter a date that exists.
check-error-too_early = This date is too long ago. Check if the year is correct.
check-error-in_the_future = This date is in the future. Enter a date that has already passed.
check-error-before_birth = This date is before your date of birth. Check if the date is correct.
check-error-pip_before_pass = The PIP cannot be from before the date of your residence card. Check if the date is correct.
