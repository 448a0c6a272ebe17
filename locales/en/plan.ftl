# My plan: a timeline from arrival to the deadline. Write at level B1.

plan-title = My plan
plan-doc-title = My plan – { -brand-name }
plan-lead = Make a plan from now until your deadline. Fill in the dates that you know. Then you see when you have to do what, and if your hours are enough.

plan-milestone-arrival = You collected your residence card
plan-milestone-notice = Letter from DUO: you must complete civic integration
plan-milestone-intake = Broad intake at the municipality
plan-milestone-pip-due = By now at the latest, you should have your PIP
plan-milestone-pip = Your first PIP
plan-milestone-termijn-start = Your 3 years begin
plan-milestone-lessons-start = Start of the lessons
plan-milestone-hours-600 = 600 lesson hours: stepping down to A2 can be discussed
plan-milestone-hours-800 = 800 lesson hours: the hours of the Z route
plan-milestone-lessons-end = End of the lessons (expected)
plan-milestone-exam-book-by = Sign up for the exams by now at the latest, so that you have time to take one again
plan-milestone-exam-last-chance = Last moment to sign up for the exams
plan-milestone-extension-window = From now on, you can ask DUO for more time if you have a reason
plan-milestone-pvt-by = Participation statement programme (PVT) finished
plan-milestone-map-by = Labour Market and Participation Module (MAP) finished
plan-milestone-termijn-end = Deadline: everything must be finished
plan-milestone-repayment-start = You start paying back the loan from DUO (if you borrowed)
plan-milestone-naturalisation = You can become a Dutch citizen (with a Dutch partner)
plan-milestone-permit = You can get a stronger residence permit

plan-official = From your letter
plan-estimated = Estimated
plan-uncertain = Not certain

plan-phase-start = The start
plan-phase-learning = Learning
plan-phase-finish = Exams and deadline
plan-phase-after = After that

# $date (String)
plan-today = Today, { $date }
# $title (String) - title of the meeting
plan-session = Meeting: { $title }
plan-warnings-title = Please note
plan-warning-no-hours = You have planned 0 hours per week. Then your lessons will never be finished. Plan hours per week.
plan-warning-cannot-reach = With these hours per week, you will not be ready for the exams in time. Plan more hours per week, or start earlier.
plan-warning-no-retake-room = You will be ready for the exams just in time, but there is no time to take an exam again. Plan more hours per week if you can.
# $months (Number)
plan-warning-late-start = You have had your PIP for more than { $months ->
    [one] { $months } month
   *[other] { $months } months
}, and you have not started lessons yet. Start as soon as possible.
# $hours (Number)
plan-warning-step-down-keurmerk = Is B1 not working out? You can only step down to A2 after { $hours ->
    [one] { $hours } hour
   *[other] { $hours } hours
} of lessons at a school with the Blik op Werk quality mark.

# $name (String) - name of the school
plan-school = Your school: { $name }. We have filled in the hours and the start date of this school.
plan-dates-title = Your dates
plan-dates-hint = Fill in what you know. Is the date in a letter? Then use that date. Do you not know it? Leave it empty.
plan-field-arrival = Date on which you collected your residence card
plan-field-notice = Date of the letter from DUO
plan-field-intake = Date of the broad intake
plan-field-pip = Date of your first PIP
plan-field-pip-hint = Do you not have a PIP yet? Leave this empty.
plan-field-termijn-end = Deadline from a letter from DUO
plan-field-termijn-end-hint = Not required. This date counts instead of our calculation.
plan-lessons-title = Your lessons
plan-field-route = Your route
plan-route-b1 = B1 route
plan-route-z = Z route
plan-route-education = Education route
plan-field-target-hours = How many lesson hours do you plan?
plan-field-target-hours-hint = For the Z route, it is 800 hours. For B1, the law does not give a number: ask your school.
plan-field-lessons-start = Start of the lessons
plan-field-hours-per-week = Lesson hours per week
# $max (Number)
plan-field-hours-per-week-hint = { $max ->
    [one] At most { $max } hour.
   *[other] At most { $max } hours.
}
plan-field-weeks-off = Weeks per year without lessons (holidays)
plan-progress-title = What you have already done
plan-progress-hint = Write down for each month how many hours of lessons you had. Do you want to fill in more months? Click on "Calculate my plan": then empty lines are added.
# $n (Number) - line number
plan-field-month = Month { $n }
# $n (Number)
plan-field-month-hours = Lesson hours in month { $n }
plan-field-exams-passed = I have passed all the exams of my route
plan-field-dutch-partner = My partner is Dutch
plan-submit = Calculate my plan
plan-timeline-title = Your timeline
# $left (Number) - lesson hours still to go; $average (String) - average number of hours per week
plan-summary = { $left ->
    [one] { $left } lesson hour still to go.
   *[other] { $left } lesson hours still to go.
} Including holidays, that is on average { $average } hours per week.
plan-calendar = Add to my calendar (.ics)
plan-print = Print
plan-save = Save in my account
plan-save-sign-in = Log in to save your plan. You can also save the link of this page.
plan-disclaimer = This is a plan, not a decision. Estimated dates can be different. The dates in your letters from DUO and the municipality always count first.

plan-print-back = Back to my plan
plan-print-title = My civic integration: the important dates
# $date (String)
plan-print-made = Made on { $date }.
plan-print-date = Date
plan-print-what = What
plan-print-how = How certain
plan-checklist-title = To remember
plan-checklist-school = Choose a language school. Do you want to borrow money from DUO? Then choose a school with a quality mark.
plan-checklist-hours = Plan hours to study every week, also if you work.
plan-checklist-pvt = Do the participation statement programme (PVT). It is free.
plan-checklist-map = Do the MAP about work in the Netherlands. It is free. (Not in the education route.)
plan-checklist-exams = Sign up for the exams in time. Taking an exam again takes time.
plan-checklist-help = Do you have questions? Call or email your case manager (regievoerder) at the municipality.

plan-error-date = Choose a date.
plan-error-notice-before-arrival = The letter from DUO comes after you collect your residence card. Please check the dates again.
plan-error-pip-before-notice = Your PIP comes after the letter from DUO. Please check the dates again.
plan-error-intake-after-pip = The broad intake is before the PIP. Please check the dates again.
plan-error-end-before-pip = The deadline is after the date of your PIP. Please check the date again.
plan-error-hours = Write a whole number of hours, for example 9.
plan-error-hours-too-many = More than 40 hours per week is not possible. Choose fewer hours.
plan-error-target = Write a number of lesson hours from 1 to 3000.
plan-error-weeks-off = Write a number of weeks from 0 to 26.
plan-error-progress-month = Choose a month that has already passed or that is happening now.
plan-error-progress-hours = Write a number of hours from 0 to 200 for this month.
plan-error-progress-total = You have filled in more hours than you plan. Make the number of planned lesson hours bigger, or check the hours.
account-notice-plan-saved = Your plan is saved in your account.
school-plan-link = Use { $name } in my plan
plan-live-hours = Slider: lesson hours per week
plan-live-start = Slider: when do you start?
# $months (Number) - in how many months the lessons start
plan-live-start-months = { $months ->
    [0] now
    [one] in { $months } month
   *[other] in { $months } months
}
plan-live-end = End of the lessons:
plan-live-never = never, with 0 hours per week
