# Information sessions: the list, a session page, booking, the waiting list, the consultant's side.
# Dutch is the reference. Write at level B1: short sentences, common words, "u".

session-list-lead = The municipality organises meetings for new residents. You hear what you have to do, and you meet other people. Choose a meeting and sign up.
session-mine-link = My registrations
session-filter-all-municipalities = All municipalities
session-filter-language = Language
session-filter-any-language = All languages
session-filter-from = From date
session-filter-submit = Search
session-none = There are no meetings that match right now. Look again later, or search with fewer choices.

# Variables:
#   $start (String) - start time, e.g. 19:00
#   $end (String) - end time, e.g. 20:30
session-time = { $start } – { $end }
# Variables:
#   $count (Number) - seats left
session-seats-left = { $count ->
    [one] { $count } place left
   *[other] { $count } places left
}
session-full = Full. You can join the waiting list.
session-closed = Registration is closed.
session-cancelled = This meeting will not take place.
session-online = Online
session-in-dutch = This text is only in Dutch.
# Variables:
#   $languages (String) - names of the languages spoken
session-languages = Languages: { $languages }

# Variables:
#   $title (String) - the session's title
session-doc-title = { $title } – { -brand-name }
session-when = When
session-more-dates = Also on
# Variables:
#   $count (Number) - how many days the series has
session-series = { $count ->
    [one] { $count } meeting
   *[other] A series of { $count } meetings. You sign up once for all of them.
}
session-where = Where
session-accessibility = Accessibility
session-languages-spoken = Languages spoken
session-interpreter = There is an interpreter
session-childcare = Childcare
session-partner-welcome = Partner welcome
session-seats = Places
session-deadline = You can sign up until
session-yes = Yes
session-no = No
session-booking-title = Sign up
session-book = Sign me up
session-join-waiting-list = Put me on the waiting list
session-full-text = This meeting is full. On the waiting list, you get a place automatically if someone cancels. You then get an email.
session-party = How many people are coming?
# Variables:
#   $count (Number) - number of people
session-party-option = { $count ->
    [one] { $count } person
   *[other] { $count } people
}
session-sign-in-to-book = Log in to sign up
# Variables:
#   $count (Number) - number of people in the booking
session-booking-confirmed = { $count ->
    [one] You are signed up.
   *[other] You are signed up, for { $count } people.
}
# Variables:
#   $position (Number) - place on the waiting list
session-booking-waiting = You are on the waiting list. You are number { $position }.
session-status-confirmed = Signed up
session-status-waiting = On the waiting list
session-status-cancelled = Cancelled
session-cancel = Cancel my registration
session-leave-waiting-list = Leave the waiting list
session-calendar = Add to my calendar
# Variables:
#   $name (String) - the migrant the partner books for
session-booking-for = You are arranging this for { $name }.
session-back = Back to all meetings

session-mine-doc-title = My registrations – { -brand-name }
session-mine-title = My registrations
session-mine-none = You have not signed up for a meeting yet.
session-alerts-title = Email about new meetings
session-alerts-text = We send you an email when your municipality announces a meeting in your language.
session-alerts-needs-municipality = First choose your municipality in "My account" (Share with your municipality). Then we know which meetings are for you.
session-alerts-label = Yes, send me an email about new meetings
session-alerts-submit = Save

session-consultant-link = Meetings of my municipality
session-consultant-doc-title = Manage meetings – { -brand-name }
session-consultant-title = Meetings of my municipality
session-consultant-none = You have not announced any meetings yet.
session-consultant-back = Back to the meetings
session-edit-link = Change
session-edit-title = Change the meeting
session-edit-lead = Do you change the time or the place? Then everyone who has signed up gets an email.
session-edit-submit = Save changes
session-cancel-session = Cancel the meeting
session-message-title = Message to everyone who signed up
session-message-label = Your message
session-message-hint = Plain text, 2000 characters at most. Everyone who has signed up or is on the waiting list gets it by email.
session-message-submit = Send message
session-new-link = New meeting
session-new-doc-title = New meeting – { -brand-name }
session-new-title = Announce a new meeting
session-new-submit = Announce meeting
session-field-title = Title
session-field-title-hint = Short and clear, in Dutch. 120 characters at most.
session-field-description = Description
session-field-description-hint = Plain text. A new line stays a new line.
session-field-date = Date
session-field-time = Start time
session-field-time-hint = Dutch time, for example 19:00.
session-field-duration = Length in minutes
session-field-place = Address
session-field-place-hint = Leave this empty if the meeting is only online.
session-field-room = Hall or room
session-field-accessibility = Accessibility (for example: lift, wheelchair)
session-field-online-url = Link to join online
session-field-online-url-hint = Starts with https://. Leave this empty if the meeting is not online.
session-field-capacity = Number of places
session-field-languages = Which languages are spoken?
session-field-extras = Extras
session-field-childcare = There is childcare
session-field-partner-welcome = The partner is welcome
session-field-max-party = How many people per registration?
session-field-max-party-hint = Only if the partner is welcome. Usually 2.
session-field-deadline = Last day to sign up (date)
session-field-series = A series (you can leave this empty)
session-field-series-hint = Is this meeting part of a series that takes place a few times? Fill in the other days. People sign up once for all days.
# Variables:
#   $number (Number) - which day of the series (2, 3, 4)
session-field-series-date = Day { $number }: date
# Variables:
#   $number (Number) - which day of the series (2, 3, 4)
session-field-series-time = Day { $number }: start time (empty = the same time)
session-field-translations = Text in other languages (you can leave this empty)
session-field-translations-hint = Residents see the title and description in their own language if you fill it in here. If not, they see the Dutch text.
# Variables:
#   $language (String) - the language's own name
session-field-title-in = Title ({ $language })
# Variables:
#   $language (String) - the language's own name
session-field-description-in = Description ({ $language })
session-field-deadline-hint = Leave this empty: then people can sign up until the meeting starts.

# Variables:
#   $taken (Number) - seats taken
#   $capacity (Number) - all seats
session-taken = { $taken } of the { $capacity } places taken.
session-public-page = See it as residents see it
session-csv = Download list (CSV)
session-attendees = Registrations
session-attendees-none = Nobody has signed up yet.
session-attendee-deleted = (account deleted)
session-attended-yes = Was there
session-attended-no = Was not there
session-attended-unknown = Not checked off yet
session-check-in = Is here
session-no-show = Did not come

session-error-title-missing = Enter a title.
session-error-title-long = The title is too long. Use 120 characters at most.
session-error-description-long = The description is too long. Use 4000 characters at most.
session-error-date-invalid = Enter a date, for example 2027-03-15.
session-error-time-skipped = This time does not exist on that day: the clocks go forward one hour. Choose another time.
session-error-date-past = This date has already passed. Choose a day in the future.
session-error-duration = Enter a length from 15 to 600 minutes.
session-error-capacity = Enter a number of places from 1 to 500.
session-error-max-party = Enter a number of people from 1 to 6.
session-error-deadline-after-start = Registration must close before the meeting starts.
session-error-place-missing = Enter an address, or a link for online.
session-error-url = A link starts with https:// and has no spaces.
session-error-languages-missing = Choose at least one language.
session-error-party = You cannot come to this meeting with that many people.
session-error-capacity-below-booked = More places are already taken. Choose a larger number of places.
session-error-message = Write a message of 1 to 2000 characters.
session-error-series-order = Each day of the series must come after the day before.
session-error-closed = You can no longer sign up: the meeting has started, registration is closed, or the meeting will not take place.

account-notice-booked = Done. You are signed up. You will get an email with the details.
account-notice-waiting = You are on the waiting list. Does a place become free? Then you get it automatically, and we send you an email.
account-notice-cancelled = Your registration is cancelled.
account-notice-session-created = The meeting is now on the website.
account-notice-checked-in = Saved.
account-notice-session-updated = The changes are saved.
account-notice-session-cancelled = The meeting is cancelled. Everyone who had signed up gets an email.
account-notice-message-sent = Your message is being sent.
account-notice-alerts-on = You will get an email when there is a new meeting.
account-notice-alerts-off = You will no longer get emails about new meetings.
account-log-booked-session = signed up for a meeting
account-log-cancelled-booking = cancelled a meeting registration

# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-confirmed-subject = You are signed up: { $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-confirmed-body = Hello,

    You are signed up for the meeting "{ $title }".

    When: { $date }, { $time }
    Where: { $place }

    The attachment has the appointment for your calendar. Can you not come? Then please cancel your registration, so someone else gets your place:

    { $link }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-waiting-subject = You are on the waiting list: { $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-waiting-body = Hello,

    The meeting "{ $title }" on { $date } is full. You are on the waiting list.

    Does someone cancel? Then you get the place automatically, and we send you an email.

    { $link }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-promoted-subject = There is a place for you: { $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-promoted-body = Hello,

    Good news: a place has become free. You are now signed up for "{ $title }".

    When: { $date }, { $time }
    Where: { $place }

    The attachment has the appointment for your calendar. Can you not come after all? Then please cancel your registration:

    { $link }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-reminder-subject = Reminder: { $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-reminder-body = Hello,

    Please remember the meeting "{ $title }".

    When: { $date }, { $time }
    Where: { $place }

    Can you not come? Then please cancel your registration, so someone else gets your place:

    { $link }

# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-changed-subject = Changed: { $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-changed-body = Hello,

    The meeting "{ $title }" has changed. These are the new details:

    When: { $date }, { $time }
    Where: { $place }

    Can you not come now? Then please cancel your registration:

    { $link }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-cancelled-subject = Will not take place: { $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-cancelled-body = Hello,

    We are sorry: the meeting "{ $title }" on { $date } will not take place. You do not have to do anything.

    Look for another meeting here:

    { $link }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
#   $message (String) - the consultant's own words
session-mail-message-subject = Message about: { $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
#   $message (String) - the consultant's own words
session-mail-message-body = Hello,

    The municipality sends you a message about the meeting "{ $title }" on { $date }:

    { $message }

    { $link }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-announced-subject = New meeting: { $title }
# Variables:
#   $title (String) - the session's title
#   $date (String) - the day, formatted for this locale
#   $time (String) - start time, e.g. 19:00
#   $place (String) - the address or the online link
#   $link (String) - the session page
session-mail-announced-body = Hello,

    Your municipality organises a new meeting in your language: "{ $title }".

    When: { $date }, { $time }
    Where: { $place }

    Do you want to come? Then sign up:

    { $link }

    Do you no longer want these emails? Turn them off in "My registrations".

# "Wednesday 2 December 2026, 19:30 – 21:00"
# Variables:
#   $date (String) - the day, formatted for this locale
#   $time (String) - the time or the hours
session-date-time = { $date }, { $time }
# Between the names in a list (e.g. of languages), spaces included.
session-list-separator = { ", " }
