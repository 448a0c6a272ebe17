# Language schools: search, compare, and the total cost next to the DUO loan.
# Dutch is the reference. Write at level B1: short sentences, common words, polite "you".

school-lead = Find a language school near you. Put two to four schools side by side. Then you see what they cost and what you get for it.
school-none = No language schools were found. Try fewer filters.

# $amount (String) - amount, already written with the separators of the language
school-money = €{ $amount }

school-route-b1 = B1 route (B1-route)
school-route-a2 = A2 (after stepping down)
school-route-z = Z-route (800 hours)
school-route-literacy = Literacy (learning to read and write)
school-route-education = Education route (taalschakeltraject, a language bridging programme)
school-route-knm = KNM only
school-route-exam-training = Exam training
school-route-informal = Practice (taalcafé, library, language buddy)

school-schedule-daytime = during the day
school-schedule-evening = in the evening
school-schedule-weekend = at the weekend

school-format-in-person = in the classroom
school-format-online = online
school-format-hybrid = partly in the classroom, partly online
# $format (String) - type of lesson; $percent (Number) - share of the hours in the classroom
school-format-share = { $format } ({ $percent }% in the classroom)

school-yes = Yes
school-no = No
school-unknown = Not known

school-keurmerk-keurmerkhouder = Blik op Werk quality mark
school-keurmerk-aspirant = Aspirant quality mark (still being applied for)
school-keurmerk-none = No quality mark
# $date (String) - date on which the quality mark expired
school-keurmerk-expired = Quality mark expired on { $date }

school-kind-school = Language school
school-kind-taalcafe = Taalcafé, a place to practise Dutch (not a school, no quality mark)
school-kind-library = Library (not a school, no quality mark)
school-kind-language-buddy = Language buddy (not a school, no quality mark)

# $count (Number) - stars from Blik op Werk, 1 to 4
school-stars = { $count ->
    [one] { $count } star out of 4
   *[other] { $count } stars out of 4
}
school-stars-unknown = Stars: not known

# $km (String) - distance in kilometres
school-distance = { $km } km
# $hours (Number), $per_week (Number), $weeks (Number)
school-hours = { $hours } hours of lessons, { $per_week } hours a week, { $weeks ->
    [one] { $weeks } week
   *[other] { $weeks } weeks
}
# $city (String), $municipality (String)
school-where = { $city } (municipality of { $municipality })
school-childcare-yes = With childcare
school-working-yes = Easy to combine with work
# $date (String)
school-next-start = Next start: { $date }
# $amount (String) - amount with the euro sign
school-total = Total: { $amount }
school-per-hour = ({ $amount } per lesson hour)
# $name (String) - name of the school
school-compare-pick = Compare { $name }

school-filter-city = Town or city
school-filter-route = Route
school-filter-all-routes = All routes
school-filter-schedule = When can you go to lessons?
school-filter-format = Type of lesson
school-filter-any-format = All types
school-filter-keurmerk = Only schools with a quality mark
school-filter-keurmerk-why = Only at a school with a quality mark can you borrow money from DUO, follow the Z-route or step down to A2.
school-filter-childcare = With childcare
school-filter-working = Easy to combine with my work
school-filter-max-total = How much may it cost in total? (in euros)
school-filter-km = How far away may it be? (in km)
school-filter-submit = Search

school-locate = Use my location
school-locate-waiting = Looking for your location…
school-locate-found = Your location has been filled in. Click Search.
school-locate-failed = Your location could not be found. Choose a municipality or a town.

school-sort = Sort by
school-sort-total = Lowest total price
school-sort-per-hour = Lowest price per lesson hour
school-sort-stars = Most stars
school-sort-distance = Shortest distance

# $count (Number) - number of offers found
school-results = { $count ->
    [one] { $count } offer found
   *[other] { $count } offers found
}
# $municipality (String)
school-distance-from = The distance is measured from the centre of the municipality of { $municipality }.
school-distance-unknown = Do you want to search by distance? Then choose a municipality, or use your location.
# $max (Number) - the largest number of schools you can choose
school-compare-how = Choose 2 to { $max } schools. Then click Compare.
school-compare-submit = Compare

school-pages = Pages
school-page-previous = Previous page
school-page-next = Next page
# $page (Number), $pages (Number)
school-page-of = Page { $page } of { $pages }

school-compare-doc-title = Compare language schools – { -brand-name }
school-compare-title = Language schools side by side
school-compare-back = Back to the search results
school-compare-caption = The schools you chose, side by side
school-compare-differs = differs
# $max (Number)
school-compare-too-few = Choose at least 2 schools to compare.
# $max (Number)
school-compare-too-many = You can compare { $max } schools at the same time. You see the first { $max }.

school-checklist-title = What should you look at?
school-checklist-lead = These questions help you choose. The table gives the answer for each school.
school-checklist-intake = Do you take a language test at the start? Then the school knows your level and how many lessons you need.
school-checklist-hours = How many lesson hours do you get from a qualified teacher?
school-checklist-times = On which days and at what times are the lessons, and where?
school-checklist-keurmerk = Does the school have a valid quality mark? You need this for a loan from DUO, for the Z-route and to step down to A2.
school-checklist-retakes = Can you take an exam again without paying extra?
school-checklist-reputation = What do other people think of the school?
school-checklist-work = Do you work, or will you start working? Can you still follow the lessons then?

school-row-keurmerk = Quality mark
school-row-route = Route
school-row-intake = Language test at the start
school-row-hours = Lesson hours
school-row-schedule = Days and times
school-row-format = Type of lesson
school-row-place = Address
school-row-retakes = Retaking an exam included in the price
school-row-stars = Stars (Blik op Werk)
school-row-working = Easy to combine with work
school-row-childcare = Childcare
school-row-class-size = Largest group
school-row-start = Next start
school-row-price = Price of the course
school-row-exam-fees = Exams not included in the price
school-row-retake-room = Money for one retake
school-row-total = Total
school-row-loan = Borrowing from DUO
school-row-pay-now = What you pay yourself if you borrow the most
school-row-checked = Checked

school-retakes-none = No, you pay yourself
# $count (Number)
school-retakes-count = { $count ->
    [one] Yes, { $count } time
   *[other] Yes, { $count } times
}
school-exam-fees-none = None (included in the price, or no exam)
# $count (Number) - number of exams; $fee (String) - price per exam; $amount (String) - together
school-exam-fees = { $count ->
    [one] { $count } exam × { $fee } = { $amount }
   *[other] { $count } exams × { $fee } = { $amount }
}
# $amount (String)
school-loan-up-to = Yes, up to { $amount }
school-loan-ask-duo = Not sure: ask DUO
school-loan-none = No, no quality mark
# $address (String), $postcode (String), $city (String)
school-address = { $address }, { $postcode } { $city }
# $date (String), $source (String)
school-checked-on = { $date } ({ $source })

school-cost-title = What does it cost you?
# $fee (String) - price per exam; $date (String) - date of that price
school-cost-how = Total = the price of the course + the exams that are not included in the price + money to take one exam again. An exam costs { $fee } (price on { $date }). Do you take an exam again? Then you pay again.
# $max (String) - the highest amount you can borrow
school-cost-loan = At a school with a quality mark, you can borrow from DUO, up to { $max }. How much you can really borrow depends on your income and the income of your partner. Only DUO knows this. "What you pay yourself" uses the highest amount.
# $months (Number), $years (Number)
school-cost-repay = You pay the loan back. You start { $months } months after you have finished your civic integration, and you pay every month for { $years } years. How much per month? DUO will tell you.
school-cost-sources = Rules: R3.6 (exams), R6.2 (loan) and R6.3 (paying back). We are not sure whether DUO also gives a loan for a school with an aspirant quality mark.
school-contact-title = Contacting the schools

school-warning-no-keurmerk = No quality mark: you cannot borrow from DUO here. These hours do not count for the Z-route, and not for stepping down to A2.
school-warning-aspirant = Aspirant quality mark: ask DUO whether you can borrow here, and ask the municipality whether the hours count.
# $hours (Number)
school-warning-z-hours = For the Z-route, you need { $hours } hours of lessons at a school with a quality mark. This course has fewer hours.
# $hours (Number)
school-warning-step-down-hours = You can only step down to A2 after { $hours } hours of lessons at a school with a quality mark. This course alone has fewer hours.
school-warning-above-loan = The total is more than you can borrow. You pay the part above that yourself.
school-warning-informal = This is not a school. It is good to practise next to your lessons, but it does not count as lesson hours.

school-error-max-total = Write an amount in euros, for example 6000.
school-error-km = Write a number of kilometres from 1 to 300.
school-error-required = Please fill this in.
school-error-toolong = This is too long. Use fewer than 200 characters.
school-error-whole = Write a whole number.
school-error-range = This number is too large or too small.
school-error-price = Write an amount in euros, for example 1250 or 1250.50.
school-error-date = Choose a date.
school-error-yesno = Choose yes or no.
school-error-choice = Choose one of the options.
school-error-postcode = Write a postcode like 1234 AB.
school-error-municipality = Choose a municipality.
school-error-coordinates = This is not a place in the Netherlands.
school-error-email = Write an email address like name@example.nl.
school-error-website = Write a web address that starts with https://.
school-error-language = Write language codes like ar|tr.
school-error-stars = Choose 1 to 4 stars.

# Consultants (regievoerders): add, change and check language schools.
school-staff-link = Language schools
school-staff-doc-title = Manage language schools – { -brand-name }
school-staff-title = Manage language schools
school-staff-lead = Here are the language schools with an address in your municipality. Is everything correct? Then click "Checked". Then residents see that the information is up to date.
school-staff-add = Add a language school
school-staff-none = There are no language schools yet.
school-staff-back = Back to the language schools
# $count (Number) - number of courses
school-staff-offers = { $count ->
    [one] { $count } course
   *[other] { $count } courses
}
# $date (String) - date YYYY-MM-DD
school-staff-checked = Last checked: { $date }
# $name (String) - name of the school
school-staff-verify = Checked: { $name }
school-edit-title = Change the language school
school-new-title = Add a language school
school-field-name = Name
school-field-kind = Type
school-field-valid-until = Quality mark valid until
school-field-stars-hint = 1 to 4, or leave it empty if you do not know.
school-field-website = Website
school-field-phone = Phone
school-field-email = Email address
school-field-address = Street and house number
school-field-postcode = Postcode
school-field-latitude = Latitude (optional)
school-field-longitude = Longitude (optional)
school-field-coordinates-hint = For searching by distance, for example 52.0907 and 5.1214.
school-field-verified-hint = When you save, the school shows that your municipality checked the information today.
school-save = Save
school-offers-title = Courses
# $price (String) - price with the euro sign; $hours (Number)
school-offer-line = { $price }, { $hours } hours
school-offer-add = Add a course
school-offer-title = Course
# $name (String) - name of the school
school-offer-back = Back to { $name }
school-offer-delete = Delete the course
school-field-price = Price in euros
school-field-price-hint = For example 6250 or 6250.50.
school-field-hours = Lesson hours
school-field-hours-per-week = Lesson hours per week
school-field-weeks = Number of weeks
school-field-in-person = Share of the lessons in the classroom (percent)
school-field-retakes = How many times can you retake an exam, included in the price?
school-field-languages = Languages in which the teacher can explain
school-field-languages-hint = Language codes, for example ar, tr.
school-field-start-dates = Start dates
school-field-start-dates-hint = For example 2027-01-11, 2027-03-01.
school-field-exams-included = The exams are included in the price
school-error-informal-keurmerk = A taalcafé, library or language buddy has no quality mark. Choose "No quality mark".
school-error-informal-route = Choose "Practice" for a taalcafé, library or language buddy, and a route for a school.
school-error-same-address = This school already has this address.
account-notice-school-saved = The language school is saved.
account-notice-school-checked = The information is now marked as checked.
# $municipality (String) - name of the municipality that checked the data
school-source-municipality = Municipality of { $municipality }
school-source-admin = Wegwijs administrators
