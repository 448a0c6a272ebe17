# The result of the obligations check ("What must I do?").
# Every statement is one message. Amounts are whole euros, dates are already formatted.

obl-result-doc-title = Your result – { -brand-name }
obl-result-title = Your result

# Variables:
#   $status (String) - obligated, not_obligated, not_sure or not_for_this_portal
obl-status = { $status ->
    [obligated] You must complete civic integration.
    [not_obligated] You do not have to complete civic integration.
    [not_for_this_portal] Different rules apply to you.
   *[not_sure] We do not know this for certain yet.
}

# Variables:
#   $law (String) - wi2021, wi2013, none or unknown
obl-law = { $law ->
    [wi2021] The Civic Integration Act 2021 (Wet inburgering 2021) applies to you.
    [wi2013] The old law applies to you: the Civic Integration Act 2013 (Wet inburgering 2013).
    [none] No civic integration law applies to you.
   *[unknown] We do not know yet which law applies to you: the one from 2013 or the one from 2021.
}

# Variables:
#   $group (String) - gezinsmigrant, overige_migrant, nareiziger, none or unknown
obl-group = { $group ->
    [gezinsmigrant] You are a family migrant (gezinsmigrant): you came to the Netherlands to live with your partner or family.
    [overige_migrant] You belong to the group of other migrants (overige migranten). The same rules apply to you as to family migrants.
    [nareiziger] You are a family member who came later (nareiziger): a family member of someone with an asylum permit.
    [none] { "" }
   *[unknown] We do not know yet which group you belong to.
}

obl-section-reasons = Why?
obl-section-check = You still need to check this
obl-section-parts = What do you have to do?
obl-section-deadline = When must it be finished?
obl-section-money = What does it cost?
obl-section-residence = Your residence permit
obl-section-referent = For your partner
obl-section-exemptions = Exemption (vrijstelling) and release (ontheffing)

obl-part-title-intake = Broad intake and learnability test
obl-part-title-pip = Your plan: the PIP
obl-part-title-route-choice = Your learning route
obl-part-title-route-b1 = The B1 route (B1-route)
obl-part-title-route-z = The Z route (Z-route)
obl-part-title-route-education = The education route (onderwijsroute)
obl-part-title-knm = Knowledge of Dutch Society (KNM)
obl-part-title-pvt = The participation statement programme (PVT)
obl-part-title-map = The Labour Market and Participation Module (MAP)
obl-part-title-done = When are you finished?
obl-part-explain = What does this word mean?

## Reasons

obl-reason-eu = You have the nationality of a country in the EU or the EEA, or of Switzerland. Then you do not have to complete civic integration.
obl-reason-non-eu = You do not have the nationality of a country in the EU or the EEA, or of Switzerland.
obl-reason-temporary-own = You live here for a temporary purpose, such as study or work. Then you do not have to complete civic integration.
obl-reason-referent-temporary = Your partner lives here for a temporary purpose, such as study or work. Then you do not have to complete civic integration.
obl-reason-referent-ok = Your partner is Dutch, or has a permit for a non-temporary purpose.
obl-reason-clergy = You are a religious minister (geestelijk bedienaar), for example an imam or a pastor. You must complete civic integration, just like family migrants.
obl-reason-humanitarian = You have a humanitarian permit for a non-temporary purpose. You must complete civic integration, just like family migrants.
obl-reason-nareiziger = You came to the Netherlands to join family with an asylum permit. This makes you a family member who came later (nareiziger). The municipality arranges and pays for your civic integration. So this website is not for you. Ask your municipality or VluchtelingenWerk for help.

# Variables:
#   $age (Number) - the age at which the obligation starts
obl-reason-age-under = You were younger than { $age } years old. Then you do not have to complete civic integration yet.

# Variables:
#   $min (Number) - the age at which the obligation starts
obl-reason-age-ok = You are { $min } years old or older, and younger than the state pension (AOW) age.

# Variables:
#   $age (Number) - the state pension (AOW) age
obl-reason-age-aow = You had already reached the state pension (AOW) age ({ $age } years). Then you do not have to complete civic integration.
obl-reason-turkish-before = You have Turkish nationality, and your civic integration obligation would have started before 2022. At that time, Turkish family migrants did not have to complete civic integration.
obl-reason-turkish-after = You have Turkish nationality. Since 1 January 2022, Turkish family migrants also have to complete civic integration.

# Variables:
#   $years (Number) - years of schooling in the Netherlands
obl-reason-schooling = You lived in the Netherlands for { $years } years or longer when you were of compulsory school age. Then you do not have to complete civic integration.

# Variables:
#   $weeks (Number) - how long DUO takes to decide
obl-reason-diploma = You have a Dutch diploma. Then you usually get an exemption. Apply for it at DUO. DUO decides within { $weeks } weeks.
obl-reason-wi2021 = Your civic integration obligation started on or after 1 January 2022.
obl-reason-wi2013 = Your civic integration obligation started before 1 January 2022. Then the old law applies, with different rules. Ask DUO what applies to you.

## What to check

obl-check-nationality = Are you not sure which nationality counts? Look in your passport.
obl-check-purpose = Look at your residence card. It shows the purpose of your stay. Do you not know it? Ask the IND.
obl-check-referent = Ask your partner which nationality or permit he or she has. Is it a permit for a temporary purpose, such as study or work? Then you do not have to complete civic integration.
obl-check-birth-date = Your age counts: the obligation applies from age 16 until the state pension (AOW) age.

# Variables:
#   $age (Number) - the age until which school usually comes first
obl-check-school-age = You are younger than { $age } years old. Do you still go to school? Then your civic integration obligation usually starts later, when you are { $age }. Ask DUO.

# Variables:
#   $age (Number) - the state pension (AOW) age used here
obl-check-aow = We use a state pension (AOW) age of { $age } years. This is not the same for everyone. Look on the website of the SVB.
obl-check-diploma = Do you have a Dutch diploma, such as vmbo, havo, vwo, or mbo level 2 or higher? Then you can get an exemption. Ask DUO.

# Variables:
#   $years (Number) - years of schooling in the Netherlands
obl-check-schooling = Did you live in the Netherlands for { $years } years or longer when you were of compulsory school age? Then you do not have to complete civic integration. Ask DUO.
obl-check-pass-date = The date on which your obligation started counts. You can find it in the letter from DUO. For family migrants, it is usually the day on which you collected your residence card.

## Parts

obl-part-intake = The municipality invites you for an interview: the broad intake (brede intake). In this interview, you talk about your education, work and situation. You must go to this interview.
obl-part-lbt = The intake includes the learnability test (leerbaarheidstoets). This is a test on the computer. You do not need to know any Dutch for it.
obl-part-alone = You may have the interview alone, without your partner. You may also bring someone with you.
obl-part-pip = After the intake, the municipality makes your personal plan: the PIP. It shows your learning route. Do you not agree with it? Then you can object (bezwaar maken).

# Variables:
#   $weeks (Number) - weeks within which the municipality makes the PIP
obl-part-pip-weeks = The municipality must make the PIP within { $weeks } weeks after the letter from DUO.
obl-part-route-choice = The municipality chooses your learning route in the PIP. You can see the three routes below.
obl-part-route-b1 = In the B1 route (B1-route), you learn Dutch at level B1. You take exams in reading, listening, writing and speaking, and the KNM exam. There is no minimum number of lesson hours.

# Variables:
#   $hours (Number) - lesson hours needed before stepping down
#   $percent (Number) - minimum share of those hours in a classroom
obl-part-route-a2 = Are you not able to reach B1? Then maybe you can switch to level A2. For this, you must first have had { $hours } hours of lessons at a school with the Blik op Werk quality mark, with at least { $percent } percent in the classroom. Your contact person at the municipality (regievoerder) must agree.

# Variables:
#   $hours (Number) - lesson hours of the Z-route
obl-part-route-z = In the Z route (Z-route), you take { $hours } hours of lessons at a school with the Blik op Werk quality mark. You do not have to take an exam. At the end, you have an interview at the municipality.
obl-part-route-education = The education route (onderwijsroute) is mainly for young people. You follow a language bridging programme (taalschakeltraject) at a school or institution. After that, you can continue learning in mbo, hbo or at university.

# Variables:
#   $route (String) - b1, z, education or unknown
obl-part-knm = { $route ->
    [z] In the Z route, you get lessons about Dutch society. An exam is not compulsory.
   *[other] You learn about Dutch society and take an exam about it: KNM. In the Z route, you only get lessons.
}

# Variables:
#   $hours (Number) - minimum hours of the PVT
obl-part-pvt = The municipality arranges the participation statement programme (participatieverklaringstraject). You learn about the most important values in the Netherlands. It takes at least { $hours } hours and it is free. At the end, you sign the participation statement (participatieverklaring).

# Variables:
#   $hours (Number) - minimum hours of the practical part of the MAP
obl-part-map = In the MAP, you learn about work in the Netherlands. There is a practical part of at least { $hours } hours. The municipality arranges and pays for it.
obl-part-no-map = In the education route, you do not have to do the MAP. You get guidance with your studies and your choice of career.
obl-part-done = You are finished when you have completed your learning route, and also the PVT and the MAP. An exemption (vrijstelling) or release (ontheffing) also counts.

## Deadline

# Variables:
#   $start (String) - formatted date the termijn starts
#   $end (String) - formatted date the termijn ends
#   $years (Number) - length of the termijn in years
obl-deadline-known = Your time limit (termijn) started on { $start }. You have { $years } years: up to and including { $end }.
obl-deadline-official = This is our calculation. The date in the letter from DUO always counts.

# Variables:
#   $from (String) - formatted date from which extra time can be asked
#   $months (Number) - minimum months of delay
obl-deadline-extension = Are you not able to finish in time, for example because of an illness of { $months } months or longer? From { $from }, you can ask DUO for more time.

# Variables:
#   $years (Number) - length of the termijn in years
obl-deadline-after-pip = You have { $years } years. This time starts on the day after the date of your first PIP.

# Variables:
#   $months (Number) - the last months in which extra time can be asked
obl-deadline-extension-later = In the last { $months } months, you can ask DUO for more time if you have a good reason.

## Money

obl-money-pay = You pay for the language school and the exams yourself. The PVT and the MAP are free.

# Variables:
#   $fee (Number) - euros per exam
#   $count (Number) - number of exams
#   $total (Number) - euros for all exams once
#   $as_of (String) - formatted date the price was checked
obl-money-exams = Each exam costs €{ $fee }. In the B1 route, there are { $count } exams: together €{ $total }. Do you take an exam again? Then you pay again. (Price on { $as_of }.)

# Variables:
#   $max (Number) - maximum loan in euros
obl-money-loan = You can borrow money from DUO, up to €{ $max }. This is only possible for a school with the Blik op Werk quality mark. How much you may borrow depends on your income and the income of your partner.

# Variables:
#   $months (Number) - months after finishing when repayment starts
#   $years (Number) - years of repayment
obl-money-repay = You pay back the loan, with interest. This starts { $months } months after you have finished, and it takes { $years } years.
obl-money-no-cancel = Did you finish on time? You still have to pay back the loan.
obl-money-other = Some municipalities pay back travel costs. Maybe you can get childcare benefit (kinderopvangtoeslag). This is not certain: ask your municipality.

## Residence

obl-residence-requirement = Only after you have finished civic integration can you get a permanent residence permit (for an indefinite period) or a permit of your own, or become a Dutch citizen.

# Variables:
#   $years (Number) - years married to or living with a Dutch partner
obl-residence-naturalisation = Your partner is Dutch. Then you can become a Dutch citizen after { $years } years of marriage or living together. But you must have finished civic integration by then.

# Variables:
#   $years (Number) - years before an independent or permanent permit
obl-residence-permit = After { $years } years, you can apply for a permit of your own or a permanent residence permit. But you must have finished civic integration by then.
obl-residence-turkish = There is an exception for people with Turkish nationality and their family: they do not need to have finished civic integration to get a stronger permit. But the civic integration obligation itself still applies.
obl-residence-dependent = Your permit depends on the permit of your partner. It is valid for 5 years at most.

## Referent

obl-referent-inform = Your partner must report changes to the IND. For example, if you no longer live together, or if the income becomes too low.
obl-referent-admin = Your partner must keep papers about your relationship and about the income.
obl-referent-sanctions = Does your partner not do this? Then the IND can give a warning or a fine.
obl-referent-intake = Your partner may sometimes come with you to meetings at the municipality. But you may also go alone.

## Exemptions

obl-exempt-diploma = Do you have a Dutch diploma? Then you can get an exemption (vrijstelling). Apply for it at DUO.

# Variables:
#   $years (Number) - years of schooling in the Netherlands
obl-exempt-schooling = Did you live in the Netherlands for { $years } years or longer when you were of compulsory school age? Then you do not have to complete civic integration.
obl-exempt-medical = Because of an illness or disability, will you never be able to meet the obligation? Then you can ask DUO for a release (ontheffing). A doctor will then look at your situation.
obl-exempt-no-effort-release = A release (ontheffing) because you studied hard but could not pass no longer exists. The Z route is now there for this.

## Sources and certainty

obl-source-summary = Source and certainty

# Variables:
#   $rule (String) - rule id, e.g. R2.1
obl-source-rule = Rule { $rule }

# Variables:
#   $confidence (String) - confirmed, source-text, secondary or uncertain
obl-confidence = { $confidence ->
    [confirmed] Certainty: confirmed by an official source.
    [source-text] Certainty: it is in the Divosa guide (handreiking).
    [secondary] Certainty: only found in other sources. Please check this.
   *[uncertain] Certainty: not certain. Please check this.
}

# Variables:
#   $date (String) - formatted date the rule was last checked
obl-source-checked = Checked on { $date }.
obl-uncertain-label = Not certain

# Variables:
#   $authority (String) - duo, ind, municipality or svb
obl-check-with = { $authority ->
    [duo] Check this with DUO.
    [ind] Check this with the IND.
    [svb] Check this with the SVB.
   *[municipality] Check this with your municipality.
}

# Variables:
#   $date (String) - formatted date the rules were last checked
obl-rules-checked = The rules on this page were checked on { $date }.
obl-share-label = Link to this result
obl-share-help = Save or share this link. Your answers are in the link. We do not store anything.
obl-change-answers = Change answers
obl-print-help = You can print this page. Use the menu of your browser for this.
obl-save-submit = Save in my account
