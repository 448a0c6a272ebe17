//! The answers of the obligations check, parsed from form fields or query parameters.
//!
//! Every question can be answered with "I don't know"; a question not asked yet is `None`.
//! The same names serve the check pages, the shareable result URL and the JSON API.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Citizenship, as far as the rules care.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Nationality {
    /// An EU or EEA country (with Norway, Iceland, Liechtenstein) or Switzerland.
    Eu,
    Turkish,
    Other,
    Unknown,
}

/// Why the person lives in the Netherlands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Purpose {
    /// With a partner or family member who lives here (family migration).
    Partner,
    /// Following a family member who has an asylum permit (nareiziger).
    RefugeeFamily,
    /// Clergy: imam, rabbi, pastor, member of a religious order.
    Clergy,
    /// A humanitarian permit for a non-temporary purpose.
    Humanitarian,
    /// Their own temporary purpose: study, work, knowledge migrant, …
    Temporary,
    Unknown,
}

/// The status of the partner the migrant came to live with (the referent).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Referent {
    Dutch,
    /// A residence permit for a non-temporary purpose.
    NonTemporary,
    /// A residence permit for a temporary purpose (study, work, knowledge migrant, …).
    Temporary,
    Unknown,
}

/// A date, or "not yet", or "I don't know".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateAnswer {
    On(NaiveDate),
    NotYet,
    Unknown,
}

impl DateAnswer {
    pub fn date(self) -> Option<NaiveDate> {
        match self {
            Self::On(d) => Some(d),
            _ => None,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum YesNo {
    Yes,
    No,
    Unknown,
}

/// The leerroute in the PIP.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Route {
    B1,
    Z,
    Education,
    Unknown,
}

/// All answers; `None` means the question was not answered (treated as "I don't know").
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answers {
    pub nationality: Option<Nationality>,
    pub purpose: Option<Purpose>,
    pub referent: Option<Referent>,
    pub birth_date: Option<DateAnswer>,
    /// The day the residence pass was collected, or the date in DUO's letter.
    pub pass_date: Option<DateAnswer>,
    pub diploma: Option<YesNo>,
    pub schooling: Option<YesNo>,
    pub pip_date: Option<DateAnswer>,
    pub route: Option<Route>,
}

/// The questions, in the order the check asks them; also the field names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    Nationality,
    Purpose,
    Referent,
    BirthDate,
    PassDate,
    Diploma,
    Schooling,
    PipDate,
    Route,
}

impl Field {
    pub const ALL: [Field; 9] = [
        Field::Nationality,
        Field::Purpose,
        Field::Referent,
        Field::BirthDate,
        Field::PassDate,
        Field::Diploma,
        Field::Schooling,
        Field::PipDate,
        Field::Route,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Self::Nationality => "nationality",
            Self::Purpose => "purpose",
            Self::Referent => "referent",
            Self::BirthDate => "birth_date",
            Self::PassDate => "pass_date",
            Self::Diploma => "diploma",
            Self::Schooling => "schooling",
            Self::PipDate => "pip_date",
            Self::Route => "route",
        }
    }

    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.name() == name)
    }

    /// Whether the question is a date (with "not yet" and/or "I don't know").
    pub fn is_date(self) -> bool {
        matches!(self, Self::BirthDate | Self::PassDate | Self::PipDate)
    }
}

/// What is wrong with one answer. Data, not prose: the page translates it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Problem {
    /// Not one of the offered choices.
    UnknownChoice,
    /// Not a date in the form YYYY-MM-DD.
    NotADate,
    /// Before 1900.
    TooEarly,
    /// After today.
    InTheFuture,
    /// The pass was collected before the person was born.
    BeforeBirth,
    /// The PIP is dated before the pass was collected.
    PipBeforePass,
}

impl Problem {
    pub const ALL: [Problem; 6] = [
        Problem::UnknownChoice,
        Problem::NotADate,
        Problem::TooEarly,
        Problem::InTheFuture,
        Problem::BeforeBirth,
        Problem::PipBeforePass,
    ];

    /// Stable name, also the suffix of its message (`check-error-<name>`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::UnknownChoice => "unknown_choice",
            Self::NotADate => "not_a_date",
            Self::TooEarly => "too_early",
            Self::InTheFuture => "in_the_future",
            Self::BeforeBirth => "before_birth",
            Self::PipBeforePass => "pip_before_pass",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    pub field: Field,
    pub problem: Problem,
}

const EARLIEST: NaiveDate = match NaiveDate::from_ymd_opt(1900, 1, 1) {
    Some(d) => d,
    None => panic!("valid"),
};

impl Answers {
    /// Parses form fields (unknown names are ignored, empty values mean "not answered") and
    /// checks that the dates fit together. On error, returns every problem found.
    pub fn parse<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
        today: NaiveDate,
    ) -> Result<Self, Vec<FieldError>> {
        let mut answers = Answers::default();
        let mut errors = Vec::new();
        for (name, value) in pairs {
            let (Some(field), value) = (Field::from_name(name), value.trim()) else {
                continue;
            };
            if value.is_empty() {
                continue;
            }
            if let Err(problem) = answers.set(field, value, today) {
                errors.push(FieldError { field, problem });
            }
        }
        errors.extend(answers.consistency_errors());
        errors.sort_by_key(|e| e.field);
        errors.dedup_by_key(|e| e.field);
        if errors.is_empty() {
            Ok(answers)
        } else {
            Err(errors)
        }
    }

    /// Like [`Answers::parse`], but keeps every valid answer and drops the invalid ones, so a
    /// form can show the problems while keeping everything else that was answered.
    pub fn parse_lenient(pairs: &[(&str, &str)], today: NaiveDate) -> (Self, Vec<FieldError>) {
        let mut kept: Vec<(&str, &str)> = pairs.to_vec();
        let mut errors = Vec::new();
        loop {
            match Self::parse(kept.iter().copied(), today) {
                Ok(answers) => return (answers, errors),
                Err(found) => {
                    kept.retain(|(name, _)| !found.iter().any(|e| e.field.name() == *name));
                    errors.extend(found);
                }
            }
        }
    }

    fn set(&mut self, field: Field, value: &str, today: NaiveDate) -> Result<(), Problem> {
        match field {
            Field::Nationality => self.nationality = Some(choice(value)?),
            Field::Purpose => self.purpose = Some(choice(value)?),
            Field::Referent => self.referent = Some(choice(value)?),
            Field::BirthDate => self.birth_date = Some(date_answer(value, today, false)?),
            Field::PassDate => self.pass_date = Some(date_answer(value, today, true)?),
            Field::Diploma => self.diploma = Some(choice(value)?),
            Field::Schooling => self.schooling = Some(choice(value)?),
            Field::PipDate => self.pip_date = Some(date_answer(value, today, true)?),
            Field::Route => self.route = Some(choice(value)?),
        }
        Ok(())
    }

    fn consistency_errors(&self) -> Vec<FieldError> {
        let birth = self.birth_date.and_then(DateAnswer::date);
        let pass = self.pass_date.and_then(DateAnswer::date);
        let pip = self.pip_date.and_then(DateAnswer::date);
        let mut errors = Vec::new();
        if let (Some(birth), Some(pass)) = (birth, pass) {
            if pass < birth {
                errors.push(FieldError {
                    field: Field::PassDate,
                    problem: Problem::BeforeBirth,
                });
            }
        }
        if let (Some(pass), Some(pip)) = (pass, pip) {
            if pip < pass {
                errors.push(FieldError {
                    field: Field::PipDate,
                    problem: Problem::PipBeforePass,
                });
            }
        }
        errors
    }

    /// The answers as form fields, in question order (for hidden fields and shareable links).
    pub fn to_pairs(&self) -> BTreeMap<Field, String> {
        fn text<T: Serialize>(value: &T) -> String {
            match serde_json::to_value(value) {
                Ok(serde_json::Value::String(s)) => s,
                Ok(serde_json::Value::Object(map)) => {
                    map.values().next().and_then(|v| v.as_str()).unwrap_or("").to_owned()
                }
                _ => String::new(),
            }
        }
        let mut pairs = BTreeMap::new();
        let mut put = |field: Field, value: Option<String>| {
            if let Some(value) = value {
                pairs.insert(field, value);
            }
        };
        put(Field::Nationality, self.nationality.map(|v| text(&v)));
        put(Field::Purpose, self.purpose.map(|v| text(&v)));
        put(Field::Referent, self.referent.map(|v| text(&v)));
        put(Field::BirthDate, self.birth_date.map(|v| text(&v)));
        put(Field::PassDate, self.pass_date.map(|v| text(&v)));
        put(Field::Diploma, self.diploma.map(|v| text(&v)));
        put(Field::Schooling, self.schooling.map(|v| text(&v)));
        put(Field::PipDate, self.pip_date.map(|v| text(&v)));
        put(Field::Route, self.route.map(|v| text(&v)));
        pairs
    }
}

fn choice<T: for<'de> Deserialize<'de>>(value: &str) -> Result<T, Problem> {
    serde_json::from_value(serde_json::Value::String(value.to_owned())).map_err(|_| Problem::UnknownChoice)
}

fn date_answer(value: &str, today: NaiveDate, may_be_not_yet: bool) -> Result<DateAnswer, Problem> {
    match value {
        "unknown" => return Ok(DateAnswer::Unknown),
        "not_yet" if may_be_not_yet => return Ok(DateAnswer::NotYet),
        _ => {}
    }
    let date = NaiveDate::parse_from_str(value, "%Y-%m-%d").map_err(|_| Problem::NotADate)?;
    if date < EARLIEST {
        Err(Problem::TooEarly)
    } else if date > today {
        Err(Problem::InTheFuture)
    } else {
        Ok(DateAnswer::On(date))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).expect("date")
    }

    #[test]
    fn answers_round_trip_through_form_fields() {
        let pairs = [
            ("nationality", "turkish"),
            ("purpose", "partner"),
            ("referent", "dutch"),
            ("birth_date", "1990-02-28"),
            ("pass_date", "not_yet"),
            ("diploma", "unknown"),
            ("pip_date", "unknown"),
            ("route", "b1"),
            ("utm_source", "ignored"),
        ];
        let answers = Answers::parse(pairs, today()).expect("valid");
        assert_eq!(answers.nationality, Some(Nationality::Turkish));
        assert_eq!(answers.pass_date, Some(DateAnswer::NotYet));
        assert_eq!(answers.schooling, None);
        let back: Vec<(String, String)> = answers
            .to_pairs()
            .into_iter()
            .map(|(f, v)| (f.name().to_owned(), v))
            .collect();
        let reparsed = Answers::parse(back.iter().map(|(k, v)| (k.as_str(), v.as_str())), today()).expect("valid");
        assert_eq!(reparsed, answers);
    }

    #[test]
    fn lenient_parsing_keeps_the_valid_answers() {
        let pairs = [
            ("nationality", "other"),
            ("pass_date", "2024-05-05"),
            ("pip_date", "2024-01-01"),
        ];
        let (answers, errors) = Answers::parse_lenient(&pairs, today());
        assert_eq!(answers.nationality, Some(Nationality::Other));
        assert_eq!(
            answers.pass_date,
            Some(DateAnswer::On(NaiveDate::from_ymd_opt(2024, 5, 5).expect("date")))
        );
        assert_eq!(answers.pip_date, None);
        assert_eq!(
            errors,
            vec![FieldError {
                field: Field::PipDate,
                problem: Problem::PipBeforePass
            }]
        );
    }

    #[test]
    fn impossible_answers_are_reported_per_field() {
        type Case<'a> = (&'a [(&'a str, &'a str)], Field, Problem);
        let cases: &[Case<'_>] = &[
            (
                &[("nationality", "martian")],
                Field::Nationality,
                Problem::UnknownChoice,
            ),
            (&[("birth_date", "31-12-1990")], Field::BirthDate, Problem::NotADate),
            (&[("birth_date", "1890-01-01")], Field::BirthDate, Problem::TooEarly),
            (&[("pass_date", "2027-01-01")], Field::PassDate, Problem::InTheFuture),
            (&[("birth_date", "not_yet")], Field::BirthDate, Problem::NotADate),
            (
                &[("birth_date", "2000-05-05"), ("pass_date", "1999-01-01")],
                Field::PassDate,
                Problem::BeforeBirth,
            ),
            (
                &[("pass_date", "2024-05-05"), ("pip_date", "2024-01-01")],
                Field::PipDate,
                Problem::PipBeforePass,
            ),
            (&[("pip_date", "2024-02-30")], Field::PipDate, Problem::NotADate),
        ];
        for (pairs, field, problem) in cases {
            let errors = Answers::parse(pairs.iter().copied(), today()).expect_err("invalid");
            assert_eq!(
                errors,
                vec![FieldError {
                    field: *field,
                    problem: *problem
                }],
                "{pairs:?}"
            );
        }
    }
}
