//! Language schools: who has the Blik op Werk keurmerk, what each offer costs and gives, and
//! what the migrant pays in the end. Pure: the server stores, imports and searches; the pages
//! show. Why the keurmerk matters: only keurmerk schools count for the DUO loan (R6.2), the
//! Z-route (R3.3) and stepping down to A2 (R3.2).

pub mod cost;
pub mod forms;
pub mod import;
pub mod search;
pub mod views;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// An enum whose variants have a fixed name in the CSV format, the database and URLs.
macro_rules! named {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
        pub enum $name { $($(#[$vmeta])* $variant),+ }

        impl $name {
            pub const ALL: &'static [Self] = &[$(Self::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $(Self::$variant => $text),+ }
            }

            pub fn from_name(name: &str) -> Option<Self> {
                match name { $($text => Some(Self::$variant),)+ _ => None }
            }
        }
    };
}

named! {
    /// A school, or an informal place to practise (no keurmerk, free or nearly).
    ProviderKind {
        School = "school",
        Taalcafe = "taalcafe",
        Library = "library",
        LanguageBuddy = "language_buddy",
    }
}

named! {
    /// The Blik op Werk keurmerk inburgering.
    Keurmerk {
        /// Holds the keurmerk.
        Holder = "keurmerkhouder",
        /// Applied for it and is being assessed. Our rules do not say whether DUO lends for
        /// it, so the pages say "ask DUO".
        Aspirant = "aspirant",
        None = "none",
    }
}

named! {
    /// What an offer prepares for.
    Route {
        B1 = "b1",
        /// A2 after stepping down (R3.2).
        A2 = "a2",
        /// Z-route, 800 hours (R3.3).
        Z = "z",
        Literacy = "literacy",
        /// Onderwijsroute / taalschakeltraject (R3.4).
        Education = "education",
        Knm = "knm",
        ExamTraining = "exam_training",
        /// Taalcafé, library, language buddy.
        Informal = "informal",
    }
}

named! {
    Schedule {
        Daytime = "daytime",
        Evening = "evening",
        Weekend = "weekend",
    }
}

named! {
    Format {
        InPerson = "in_person",
        Online = "online",
        Hybrid = "hybrid",
    }
}

/// One course (or informal activity) of a provider, at one of its locations.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Offer {
    pub route: Route,
    pub price_cents: i64,
    /// Lesson hours with a certified teacher in the price.
    pub hours: i64,
    pub hours_per_week: i64,
    pub weeks: i64,
    pub schedule: Vec<Schedule>,
    pub format: Format,
    /// Share of the hours in a classroom (R3.2 counts in-person hours for stepping down).
    pub in_person_percent: i64,
    pub intake_test: bool,
    /// The exam fees (R3.6) are in the price.
    pub exams_included: bool,
    /// Exam retakes the price pays for (0: you pay for a retake yourself).
    pub retakes_included: i64,
    pub childcare: bool,
    pub max_class_size: Option<i64>,
    /// Languages (codes such as `ar`, `tr`) the teachers can explain things in.
    pub support_languages: Vec<String>,
    pub suits_working: bool,
    pub start_dates: Vec<NaiveDate>,
}

/// The keurmerk that counts today: one whose validity has ended counts as none.
pub fn keurmerk_on(keurmerk: Keurmerk, valid_until: Option<NaiveDate>, today: NaiveDate) -> Keurmerk {
    match valid_until {
        Some(until) if until < today && keurmerk != Keurmerk::None => Keurmerk::None,
        _ => keurmerk,
    }
}

/// Who checked a school's data, stored in `verified_source`: a consultant's municipality or
/// an admin as a marker (translated when shown), or the free text of an import file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CheckedBy {
    /// CBS code of the consultant's municipality.
    Municipality(String),
    Admin,
    /// The import file's `verified_source` (data, shown as written).
    Source(String),
}

impl CheckedBy {
    pub fn of(municipality: Option<&str>) -> Self {
        match municipality {
            Some(code) => Self::Municipality(code.to_owned()),
            None => Self::Admin,
        }
    }

    pub fn marker(&self) -> String {
        match self {
            Self::Municipality(code) => format!("gemeente:{code}"),
            Self::Admin => "wegwijs:admin".to_owned(),
            Self::Source(text) => text.clone(),
        }
    }

    pub fn parse(stored: &str) -> Self {
        match stored.split_once(':') {
            Some(("gemeente", code)) => Self::Municipality(code.to_owned()),
            Some(("wegwijs", "admin")) => Self::Admin,
            _ => Self::Source(stored.to_owned()),
        }
    }
}

/// Joins names with `|`, the list separator inside a CSV cell and a database column.
pub fn join_names<'a>(names: impl IntoIterator<Item = &'a str>) -> String {
    names.into_iter().collect::<Vec<_>>().join("|")
}

/// The names in a `|`-separated list, trimmed, empty ones left out.
pub fn split_names(list: &str) -> impl Iterator<Item = &str> {
    list.split('|').map(str::trim).filter(|s| !s.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("date")
    }

    #[test]
    fn names_round_trip() {
        for route in Route::ALL {
            assert_eq!(Route::from_name(route.as_str()), Some(*route));
        }
        assert_eq!(Keurmerk::from_name("keurmerkhouder"), Some(Keurmerk::Holder));
        assert_eq!(Schedule::from_name("night"), None);
    }

    #[test]
    fn an_expired_keurmerk_counts_as_none() {
        let today = day(2026, 11, 23);
        let cases = [
            (Keurmerk::Holder, Some(day(2027, 1, 1)), Keurmerk::Holder),
            (Keurmerk::Holder, Some(day(2026, 11, 23)), Keurmerk::Holder),
            (Keurmerk::Holder, Some(day(2026, 11, 22)), Keurmerk::None),
            (Keurmerk::Aspirant, Some(day(2025, 1, 1)), Keurmerk::None),
            (Keurmerk::Holder, None, Keurmerk::Holder),
            (Keurmerk::None, None, Keurmerk::None),
        ];
        for (keurmerk, until, expected) in cases {
            assert_eq!(
                keurmerk_on(keurmerk, until, today),
                expected,
                "{keurmerk:?} until {until:?}"
            );
        }
    }
}
