//! Group information sessions: the rules, without I/O. A consultant's form becomes a
//! [`NewSession`] (times in Europe/Amsterdam turned into UTC, safe across daylight saving);
//! [`availability`] says whether a seat can be booked now. The server enforces capacity with a
//! guarded write (`server::sessions`); these rules decide what to show and what to refuse.

use chrono::{LocalResult, NaiveDate, NaiveDateTime, NaiveTime, TimeZone};
use chrono_tz::Europe::Amsterdam;
use serde::{Deserialize, Serialize};

pub mod views;

/// Limits of the consultant's form.
pub const TITLE_MAX: usize = 120;
pub const DESCRIPTION_MAX: usize = 4000;
pub const CAPACITY_MAX: i64 = 500;
pub const DURATION_MIN: i64 = 15;
pub const DURATION_MAX: i64 = 600;
/// A migrant books for themselves and, where a partner is welcome, usually one more.
pub const DEFAULT_MAX_PARTY: i64 = 2;
pub const PARTY_MAX: i64 = 6;

/// A session as the consultant entered it, checked. Times are Unix seconds (UTC).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewSession {
    pub title: String,
    pub description: String,
    pub starts_at: i64,
    pub ends_at: i64,
    pub place: String,
    pub room: String,
    pub accessibility: String,
    pub online_url: String,
    pub capacity: i64,
    /// Portal language codes spoken at the session.
    pub languages: Vec<String>,
    pub interpreter: bool,
    pub childcare: bool,
    pub partner_welcome: bool,
    pub max_party: i64,
    pub registration_deadline: i64,
    /// Title and description in other portal languages: (language, title, description).
    pub translations: Vec<(String, String, String)>,
    /// More dates of a series, booked as one: (start, end), after the first and in order.
    pub more_dates: Vec<(i64, i64)>,
}

/// The form fields of the further dates of a series: (date, time).
pub const SERIES_FIELDS: [(&str, &str); 3] = [("date_2", "time_2"), ("date_3", "time_3"), ("date_4", "time_4")];

/// The form fields of the optional versions in other languages: (language, title, description).
pub const TRANSLATION_FIELDS: [(&str, &str, &str); 9] = [
    ("en", "title_en", "description_en"),
    ("tr", "title_tr", "description_tr"),
    ("ar", "title_ar", "description_ar"),
    ("fa", "title_fa", "description_fa"),
    ("pt", "title_pt", "description_pt"),
    ("es", "title_es", "description_es"),
    ("fr", "title_fr", "description_fr"),
    ("ru", "title_ru", "description_ru"),
    ("zh-Hans", "title_zh-Hans", "description_zh-Hans"),
];

/// A problem with one field of the form: (field name, message id).
pub type Problem = (&'static str, &'static str);

/// Why a local time cannot be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimeProblem {
    Invalid,
    /// The clock jumps over it (last Sunday of March, 02:00–03:00).
    DoesNotExist,
}

/// A date and time as read on a clock in the Netherlands, as Unix seconds. In the autumn hour
/// that happens twice the first (summer time) one is meant: sessions are announced in
/// advance and "02:30" then is the earlier one.
pub fn amsterdam_to_unix(date: &str, time: &str) -> Result<i64, TimeProblem> {
    let date = NaiveDate::parse_from_str(date.trim(), "%Y-%m-%d").map_err(|_| TimeProblem::Invalid)?;
    let time = NaiveTime::parse_from_str(time.trim(), "%H:%M").map_err(|_| TimeProblem::Invalid)?;
    match Amsterdam.from_local_datetime(&NaiveDateTime::new(date, time)) {
        LocalResult::Single(t) => Ok(t.timestamp()),
        LocalResult::Ambiguous(first, _) => Ok(first.timestamp()),
        LocalResult::None => Err(TimeProblem::DoesNotExist),
    }
}

/// The date (`YYYY-MM-DD`) and time (`HH:MM`) a Unix time shows in the Netherlands, for the
/// edit form.
pub fn unix_to_amsterdam(unix: i64) -> (String, String) {
    let t = Amsterdam
        .timestamp_opt(unix, 0)
        .single()
        .unwrap_or_else(|| Amsterdam.timestamp_opt(0, 0).unwrap());
    (t.format("%Y-%m-%d").to_string(), t.format("%H:%M").to_string())
}

/// The consultant's form, as typed.
pub trait Fields {
    fn get(&self, name: &str) -> String;
    fn checked(&self, name: &str) -> bool {
        self.get(name) == "on"
    }
    fn all(&self, name: &str) -> Vec<String>;
}

fn number(
    fields: &dyn Fields,
    name: &'static str,
    min: i64,
    max: i64,
    problem: &'static str,
    problems: &mut Vec<Problem>,
) -> i64 {
    match fields.get(name).trim().parse::<i64>() {
        Ok(n) if (min..=max).contains(&n) => n,
        _ => {
            problems.push((name, problem));
            0
        }
    }
}

fn time_field(fields: &dyn Fields, date: &'static str, time: &'static str, problems: &mut Vec<Problem>) -> Option<i64> {
    match amsterdam_to_unix(&fields.get(date), &fields.get(time)) {
        Ok(t) => Some(t),
        Err(TimeProblem::Invalid) => {
            problems.push((date, "session-error-date-invalid"));
            None
        }
        Err(TimeProblem::DoesNotExist) => {
            problems.push((time, "session-error-time-skipped"));
            None
        }
    }
}

/// Checks the consultant's form. Every problem is reported at once, by field.
pub fn parse_session(fields: &dyn Fields, now: i64) -> Result<NewSession, Vec<Problem>> {
    let mut problems = Vec::new();
    let title = fields.get("title").trim().to_owned();
    if title.is_empty() {
        problems.push(("title", "session-error-title-missing"));
    } else if title.chars().count() > TITLE_MAX {
        problems.push(("title", "session-error-title-long"));
    }
    let description = fields.get("description").trim().replace("\r\n", "\n");
    if description.chars().count() > DESCRIPTION_MAX {
        problems.push(("description", "session-error-description-long"));
    }
    let starts_at = time_field(fields, "date", "time", &mut problems);
    if starts_at.is_some_and(|t| t <= now) {
        problems.push(("date", "session-error-date-past"));
    }
    let duration = number(
        fields,
        "duration",
        DURATION_MIN,
        DURATION_MAX,
        "session-error-duration",
        &mut problems,
    );
    let capacity = number(
        fields,
        "capacity",
        1,
        CAPACITY_MAX,
        "session-error-capacity",
        &mut problems,
    );
    let partner_welcome = fields.checked("partner_welcome");
    let max_party = if partner_welcome {
        number(
            fields,
            "max_party",
            1,
            PARTY_MAX,
            "session-error-max-party",
            &mut problems,
        )
    } else {
        1
    };
    // The deadline is optional: without one, booking closes at the start.
    let deadline = if fields.get("deadline_date").trim().is_empty() {
        starts_at
    } else {
        let time = if fields.get("deadline_time").trim().is_empty() {
            "23:59".to_owned()
        } else {
            fields.get("deadline_time")
        };
        match amsterdam_to_unix(&fields.get("deadline_date"), &time) {
            Ok(t) if starts_at.is_some_and(|s| t > s) => {
                problems.push(("deadline_date", "session-error-deadline-after-start"));
                None
            }
            Ok(t) => Some(t),
            Err(_) => {
                problems.push(("deadline_date", "session-error-date-invalid"));
                None
            }
        }
    };
    let place = fields.get("place").trim().to_owned();
    let online_url = fields.get("online_url").trim().to_owned();
    if place.is_empty() && online_url.is_empty() {
        problems.push(("place", "session-error-place-missing"));
    }
    let url_ok =
        online_url.starts_with("https://") && online_url.len() > 12 && !online_url.contains(char::is_whitespace);
    if !online_url.is_empty() && !url_ok {
        problems.push(("online_url", "session-error-url"));
    }
    let languages: Vec<String> = fields
        .all("languages")
        .into_iter()
        .filter(|l| crate::locale::SUPPORTED.contains(&l.as_str()))
        .collect();
    if languages.is_empty() {
        problems.push(("languages", "session-error-languages-missing"));
    }
    let mut more_dates = Vec::new();
    let mut previous = starts_at;
    for (date_field, time_field) in SERIES_FIELDS {
        if fields.get(date_field).trim().is_empty() {
            continue;
        }
        let time = if fields.get(time_field).trim().is_empty() {
            fields.get("time")
        } else {
            fields.get(time_field)
        };
        match amsterdam_to_unix(&fields.get(date_field), &time) {
            Ok(t) if previous.is_some_and(|p| t <= p) => problems.push((date_field, "session-error-series-order")),
            Ok(t) => {
                more_dates.push((t, t + duration * 60));
                previous = Some(t);
            }
            Err(TimeProblem::DoesNotExist) => problems.push((time_field, "session-error-time-skipped")),
            Err(TimeProblem::Invalid) => problems.push((date_field, "session-error-date-invalid")),
        }
    }
    let mut translations = Vec::new();
    for (code, title_field, description_field) in TRANSLATION_FIELDS {
        let title = fields.get(title_field).trim().to_owned();
        let description = fields.get(description_field).trim().replace("\r\n", "\n");
        if title.chars().count() > TITLE_MAX {
            problems.push((title_field, "session-error-title-long"));
        } else if description.chars().count() > DESCRIPTION_MAX {
            problems.push((description_field, "session-error-description-long"));
        } else if !title.is_empty() {
            translations.push((code.to_owned(), title, description));
        }
    }
    let short = |name: &str| fields.get(name).trim().chars().take(500).collect::<String>();
    match (starts_at, deadline, problems.is_empty()) {
        (Some(starts_at), Some(registration_deadline), true) => Ok(NewSession {
            title,
            description,
            starts_at,
            ends_at: starts_at + duration * 60,
            place,
            room: short("room"),
            accessibility: short("accessibility"),
            online_url,
            capacity,
            languages,
            interpreter: fields.checked("interpreter"),
            childcare: fields.checked("childcare"),
            partner_welcome,
            max_party,
            registration_deadline,
            translations,
            more_dates,
        }),
        _ => Err(problems),
    }
}

/// Whether a seat can be booked now.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Availability {
    Open {
        seats_left: i64,
    },
    /// No seats left: joining the waiting list is possible.
    Full,
    /// Booking has closed (deadline passed or the session started).
    Closed,
    Cancelled,
}

/// The pure rule behind the session page; the guarded write on the server is the one that
/// counts when two people book the last seat at once.
pub fn availability(
    capacity: i64,
    taken: i64,
    deadline: i64,
    starts_at: i64,
    cancelled: bool,
    now: i64,
) -> Availability {
    if cancelled {
        Availability::Cancelled
    } else if now >= deadline || now >= starts_at {
        Availability::Closed
    } else if taken >= capacity {
        Availability::Full
    } else {
        Availability::Open {
            seats_left: capacity - taken,
        }
    }
}

/// Checks a party size against the session: 1 without a partner welcome, else up to its maximum.
pub fn check_party(party: i64, max_party: i64) -> Result<i64, &'static str> {
    if (1..=max_party).contains(&party) {
        Ok(party)
    } else {
        Err("session-error-party")
    }
}

/// The mails about a booking (`session-mail-<kind>-subject`, `-body`).
pub const MAIL_KINDS: [&str; 8] = [
    "confirmed",
    "waiting",
    "promoted",
    "reminder",
    "changed",
    "cancelled",
    "message",
    "announced",
];

/// The consultant's message to everyone booked: at most this many characters.
pub const MESSAGE_MAX: usize = 2000;

/// Every message id the session rules can produce (the locale test checks they exist).
pub const PROBLEM_IDS: [&str; 18] = [
    "session-error-series-order",
    "session-error-capacity-below-booked",
    "session-error-message",
    "session-error-title-missing",
    "session-error-title-long",
    "session-error-description-long",
    "session-error-date-invalid",
    "session-error-time-skipped",
    "session-error-date-past",
    "session-error-duration",
    "session-error-capacity",
    "session-error-max-party",
    "session-error-deadline-after-start",
    "session-error-place-missing",
    "session-error-url",
    "session-error-languages-missing",
    "session-error-party",
    "session-error-closed",
];

#[cfg(test)]
mod tests {
    use super::*;

    struct Form(Vec<(&'static str, &'static str)>);

    impl Fields for Form {
        fn get(&self, name: &str) -> String {
            self.0
                .iter()
                .rev()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| (*v).to_owned())
                .unwrap_or_default()
        }
        fn all(&self, name: &str) -> Vec<String> {
            self.0
                .iter()
                .filter(|(k, _)| *k == name)
                .map(|(_, v)| (*v).to_owned())
                .collect()
        }
    }

    const NOW: i64 = 1_795_000_000; // 2026-11-18

    fn good() -> Vec<(&'static str, &'static str)> {
        vec![
            ("title", "Welkom in Utrecht"),
            ("description", "Wat moet u doen?\r\nWe leggen het uit."),
            ("date", "2026-12-10"),
            ("time", "19:00"),
            ("duration", "90"),
            ("capacity", "20"),
            ("place", "Stadskantoor, Stadsplateau 1"),
            ("languages", "nl"),
            ("languages", "ar"),
            ("partner_welcome", "on"),
            ("max_party", "2"),
        ]
    }

    fn with(change: &[(&'static str, &'static str)]) -> Form {
        let mut fields = good();
        fields.extend_from_slice(change);
        Form(fields)
    }

    #[test]
    fn local_times_become_utc_across_daylight_saving() {
        let cases: [(&str, &str, Result<i64, TimeProblem>); 6] = [
            // Winter (UTC+1) and summer (UTC+2).
            ("2026-12-10", "19:00", Ok(1_796_925_600)),
            ("2027-06-10", "19:00", Ok(1_812_646_800)),
            // 29 March 2026: 02:00 jumps to 03:00.
            ("2026-03-29", "02:30", Err(TimeProblem::DoesNotExist)),
            ("2026-03-29", "03:00", Ok(1_774_746_000)),
            // 25 October 2026: 02:30 happens twice; the first (summer time, UTC+2) is meant.
            ("2026-10-25", "02:30", Ok(1_792_888_200)),
            ("2026-02-30", "10:00", Err(TimeProblem::Invalid)),
        ];
        for (date, time, expected) in cases {
            assert_eq!(amsterdam_to_unix(date, time), expected, "{date} {time}");
        }
        assert_eq!(
            unix_to_amsterdam(1_812_646_800),
            ("2027-06-10".to_owned(), "19:00".to_owned())
        );
    }

    #[test]
    fn a_good_form_becomes_a_session() {
        let s = parse_session(&Form(good()), NOW).expect("valid");
        assert_eq!(s.ends_at - s.starts_at, 90 * 60);
        assert_eq!(
            s.registration_deadline, s.starts_at,
            "no deadline: booking closes at the start"
        );
        assert_eq!(s.languages, ["nl", "ar"]);
        assert_eq!(s.description, "Wat moet u doen?\nWe leggen het uit.");
        assert_eq!(s.max_party, 2);
        assert!(s.translations.is_empty());
        let translated = parse_session(
            &with(&[
                ("title_ar", "مرحبا"),
                ("description_ar", "نص"),
                ("description_tr", "yalnız"),
            ]),
            NOW,
        );
        assert_eq!(
            translated.expect("valid").translations,
            [("ar".to_owned(), "مرحبا".to_owned(), "نص".to_owned())],
            "a version needs a title"
        );
        let alone = parse_session(
            &Form(good().into_iter().filter(|(k, _)| *k != "partner_welcome").collect()),
            NOW,
        );
        assert_eq!(alone.expect("valid").max_party, 1, "no partner: one seat per booking");
    }

    #[test]
    fn bad_input_is_named_per_field() {
        let long_title: &'static str = Box::leak("x".repeat(TITLE_MAX + 1).into_boxed_str());
        let cases: [(&[(&'static str, &'static str)], Problem); 12] = [
            (&[("title", "  ")], ("title", "session-error-title-missing")),
            (&[("title", long_title)], ("title", "session-error-title-long")),
            (&[("date", "2020-01-01")], ("date", "session-error-date-past")),
            (&[("date", "10-12-2026")], ("date", "session-error-date-invalid")),
            (
                &[("date", "2027-03-28"), ("time", "02:15")],
                ("time", "session-error-time-skipped"),
            ),
            (&[("capacity", "0")], ("capacity", "session-error-capacity")),
            (&[("capacity", "-3")], ("capacity", "session-error-capacity")),
            (&[("duration", "5")], ("duration", "session-error-duration")),
            (&[("max_party", "9")], ("max_party", "session-error-max-party")),
            (
                &[("deadline_date", "2026-12-11")],
                ("deadline_date", "session-error-deadline-after-start"),
            ),
            (
                &[("place", ""), ("online_url", "http://x.nl/meet")],
                ("online_url", "session-error-url"),
            ),
            (&[("place", "")], ("place", "session-error-place-missing")),
        ];
        for (change, expected) in cases {
            let problems = parse_session(&with(change), NOW).expect_err("refused");
            assert!(problems.contains(&expected), "{change:?} gave {problems:?}");
        }
        let no_languages = Form(good().into_iter().filter(|(k, _)| *k != "languages").collect());
        assert_eq!(
            parse_session(&no_languages, NOW).expect_err("refused"),
            [("languages", "session-error-languages-missing")]
        );
    }

    #[test]
    fn a_series_has_later_dates_in_order_with_the_same_duration() {
        let s = parse_session(
            &with(&[("date_2", "2026-12-17"), ("date_3", "2026-12-24"), ("time_3", "10:00")]),
            NOW,
        )
        .expect("valid");
        assert_eq!(s.more_dates.len(), 2);
        assert_eq!(s.more_dates[0].0 - s.starts_at, 7 * 24 * 3600);
        assert_eq!(s.more_dates[1].1 - s.more_dates[1].0, 90 * 60);
        let problems = parse_session(&with(&[("date_2", "2026-12-01")]), NOW).expect_err("before the first");
        assert_eq!(problems, [("date_2", "session-error-series-order")]);
    }

    #[test]
    fn availability_follows_seats_deadline_start_and_cancellation() {
        let (start, deadline) = (NOW + 7200, NOW + 3600);
        let cases: [(i64, i64, i64, bool, Availability); 6] = [
            (20, 0, NOW, false, Availability::Open { seats_left: 20 }),
            (20, 19, NOW, false, Availability::Open { seats_left: 1 }),
            (20, 20, NOW, false, Availability::Full),
            (20, 0, deadline, false, Availability::Closed),
            (20, 0, start + 1, false, Availability::Closed),
            (20, 0, NOW, true, Availability::Cancelled),
        ];
        for (capacity, taken, now, cancelled, expected) in cases {
            assert_eq!(availability(capacity, taken, deadline, start, cancelled, now), expected);
        }
    }

    #[test]
    fn a_party_fits_the_session() {
        assert_eq!(check_party(2, 2), Ok(2));
        assert_eq!(check_party(3, 2), Err("session-error-party"));
        assert_eq!(check_party(0, 2), Err("session-error-party"));
        assert_eq!(check_party(2, 1), Err("session-error-party"));
    }
}
