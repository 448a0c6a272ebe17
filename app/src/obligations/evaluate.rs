//! From answers to a result: whether the obligation applies and under which law, its parts,
//! the deadline, the money, residence consequences, the referent's duties and exemptions.
//!
//! Every statement names the rule it comes from and is shown through a Fluent message; an
//! unanswered or "I don't know" answer never becomes a guess: it becomes "not sure" plus a
//! statement saying what to check and with whom.

use chrono::{Datelike, Days, Months, NaiveDate};
use serde::Serialize;

use super::{
    answers::{Answers, DateAnswer, Nationality, Purpose, Referent, Route, YesNo},
    rules::{self, Value},
};

/// Does the integration obligation apply?
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Obligated,
    NotObligated,
    NotSure,
    /// Family of an asylum status holder: other rules and other help; not this portal.
    NotForThisPortal,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Law {
    Wi2021,
    Wi2013,
    None,
    Unknown,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Group {
    Gezinsmigrant,
    OverigeMigrant,
    Nareiziger,
    None,
    Unknown,
}

/// Who to ask when something is not certain.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Authority {
    Duo,
    Ind,
    Municipality,
    Svb,
}

impl Authority {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Duo => "duo",
            Self::Ind => "ind",
            Self::Municipality => "municipality",
            Self::Svb => "svb",
        }
    }

    /// Where to look it up. The municipality has no single site.
    pub fn url(self) -> Option<&'static str> {
        match self {
            Self::Duo => Some("https://www.inburgeren.nl"),
            Self::Ind => Some("https://ind.nl"),
            Self::Svb => Some("https://www.svb.nl"),
            Self::Municipality => None,
        }
    }
}

/// A value for a message placeable.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum Arg {
    Number(i64),
    /// Euro cents.
    Money(i64),
    Date(NaiveDate),
    /// A selector value (`{ $route -> [z] … }`).
    Choice(&'static str),
}

/// One sentence of the result: its message id, the rule behind it and the message's arguments.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Statement {
    pub message: &'static str,
    pub rule: &'static str,
    pub args: Vec<(&'static str, Arg)>,
    /// Set when the reader must check this with an authority.
    pub check_with: Option<Authority>,
}

fn say(message: &'static str, rule: &'static str) -> Statement {
    Statement {
        message,
        rule,
        args: Vec::new(),
        check_with: None,
    }
}

impl Statement {
    fn arg(mut self, name: &'static str, value: Arg) -> Self {
        self.args.push((name, value));
        self
    }
    fn check(mut self, authority: Authority) -> Self {
        self.check_with = Some(authority);
        self
    }
}

/// A part of the obligation and what to know about it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Part {
    /// Stable name, also the suffix of its heading message (`obl-part-title-<kind>`).
    pub kind: &'static str,
    pub statements: Vec<Statement>,
}

/// The inburgeringstermijn.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Deadline {
    /// Computed from the first PIP date (an official date from DUO always wins).
    Known {
        termijn_start: NaiveDate,
        termijn_end: NaiveDate,
        extension_window_start: NaiveDate,
    },
    /// Fixed once the first PIP is made.
    AfterPip,
    NotApplicable,
}

/// The whole result.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Outcome {
    pub status: Status,
    pub law: Law,
    pub group: Group,
    pub reasons: Vec<Statement>,
    pub to_check: Vec<Statement>,
    pub parts: Vec<Part>,
    pub deadline: Deadline,
    pub deadline_notes: Vec<Statement>,
    pub money: Vec<Statement>,
    pub residence: Vec<Statement>,
    pub referent: Vec<Statement>,
    pub exemptions: Vec<Statement>,
    pub rules_version: &'static str,
    pub rules_checked: NaiveDate,
}

impl Outcome {
    /// Every statement, for checks that look at all of them.
    pub fn statements(&self) -> impl Iterator<Item = &Statement> {
        self.reasons
            .iter()
            .chain(&self.to_check)
            .chain(self.parts.iter().flat_map(|p| &p.statements))
            .chain(&self.deadline_notes)
            .chain(&self.money)
            .chain(&self.residence)
            .chain(&self.referent)
            .chain(&self.exemptions)
    }
}

/// Whole years between two dates (age on a day).
pub fn years_between(from: NaiveDate, to: NaiveDate) -> i64 {
    let mut years = i64::from(to.year() - from.year());
    if (to.month(), to.day()) < (from.month(), from.day()) {
        years -= 1;
    }
    years
}

/// Start and end of the inburgeringstermijn (R2.1): from the day after the first PIP, for
/// three years. The end is the PIP date's anniversary (29 February becomes 28 February).
/// DUO's letter decides; this day-count convention is ours (marked uncertain in R2.1's note).
pub fn termijn(first_pip: NaiveDate) -> Option<(NaiveDate, NaiveDate)> {
    let start = first_pip.checked_add_days(Days::new(1))?;
    let end = first_pip.checked_add_months(Months::new(12 * rules::TERMIJN_YEARS as u32))?;
    Some((start, end))
}

/// Evaluates the answers as of `today` (used for ages when no pass date is known).
pub fn evaluate(answers: &Answers, today: NaiveDate) -> Outcome {
    let mut out = Outcome {
        status: Status::NotSure,
        law: Law::Unknown,
        group: Group::Unknown,
        reasons: Vec::new(),
        to_check: Vec::new(),
        parts: Vec::new(),
        deadline: Deadline::NotApplicable,
        deadline_notes: Vec::new(),
        money: Vec::new(),
        residence: Vec::new(),
        referent: Vec::new(),
        exemptions: Vec::new(),
        rules_version: rules::RULES_VERSION,
        rules_checked: rules::RULES_CHECKED,
    };
    decide_status(answers, today, &mut out);
    if matches!(out.status, Status::Obligated | Status::NotSure) {
        describe_obligation(answers, &mut out);
    }
    out
}

/// Sets status, law and group, with reasons and what to check. A definite "no" wins over
/// any unknown; otherwise any unknown that could change the answer makes it "not sure".
fn decide_status(a: &Answers, today: NaiveDate, out: &mut Outcome) {
    use Authority::{Duo, Ind, Svb};
    let nationality = a.nationality.unwrap_or(Nationality::Unknown);
    let purpose = a.purpose.unwrap_or(Purpose::Unknown);
    let referent = a.referent.unwrap_or(Referent::Unknown);
    let pass = a.pass_date.unwrap_or(DateAnswer::Unknown);

    // Who is never obligated, whatever else is true.
    if nationality == Nationality::Eu {
        return not_obligated(out, say("obl-reason-eu", "R1.2"));
    }
    match purpose {
        Purpose::RefugeeFamily => {
            out.status = Status::NotForThisPortal;
            out.law = Law::Wi2021;
            out.group = Group::Nareiziger;
            out.reasons
                .push(say("obl-reason-nareiziger", "R1.9").check(Authority::Municipality));
            return;
        }
        Purpose::Temporary => return not_obligated(out, say("obl-reason-temporary-own", "R1.3")),
        Purpose::Partner if referent == Referent::Temporary => {
            return not_obligated(out, say("obl-reason-referent-temporary", "R1.3"));
        }
        _ => {}
    }
    if a.schooling == Some(YesNo::Yes) {
        let years = Arg::Number(rules::SCHOOLING_YEARS_NL);
        return not_obligated(out, say("obl-reason-schooling", "R1.6").arg("years", years));
    }
    if a.diploma == Some(YesNo::Yes) {
        let weeks = Arg::Number(rules::EXEMPTION_DECISION_WEEKS);
        out.exemptions.push(say("obl-exempt-diploma", "R1.6").check(Duo));
        return not_obligated(out, say("obl-reason-diploma", "R1.6").arg("weeks", weeks).check(Duo));
    }

    // Age on the day the obligation starts (the pass date), or today when not known yet.
    let age_on = pass.date().unwrap_or(today);
    let age = a
        .birth_date
        .and_then(DateAnswer::date)
        .map(|birth| years_between(birth, age_on));
    if let Some(age) = age {
        if age >= rules::AOW_AGE {
            out.to_check.push(
                say("obl-check-aow", "R1.2")
                    .arg("age", Arg::Number(rules::AOW_AGE))
                    .check(Svb),
            );
            return not_obligated(
                out,
                say("obl-reason-age-aow", "R1.2").arg("age", Arg::Number(rules::AOW_AGE)),
            );
        }
        if age < rules::MIN_AGE {
            return not_obligated(
                out,
                say("obl-reason-age-under", "R1.2").arg("age", Arg::Number(rules::MIN_AGE)),
            );
        }
    }

    // Under which law, and Turkish nationals before the cut-over.
    let starts_under_wi2021 = match pass {
        DateAnswer::On(d) => Some(d >= rules::WI2021_CUTOVER),
        // The pass is still to be collected: the obligation starts after the cut-over.
        DateAnswer::NotYet => Some(today >= rules::WI2021_CUTOVER),
        DateAnswer::Unknown => None,
    };
    if nationality == Nationality::Turkish && starts_under_wi2021 == Some(false) {
        return not_obligated(out, say("obl-reason-turkish-before", "R1.5"));
    }

    // From here on, nothing rules the obligation out: collect reasons and open questions.
    let mut unsure = false;
    let mut open = |out: &mut Outcome, statement: Statement| {
        unsure = true;
        out.to_check.push(statement);
    };
    match nationality {
        Nationality::Turkish => out.reasons.push(say("obl-reason-turkish-after", "R1.5")),
        Nationality::Other => out.reasons.push(say("obl-reason-non-eu", "R1.2")),
        Nationality::Eu => {}
        Nationality::Unknown => open(out, say("obl-check-nationality", "R1.2").check(Ind)),
    }
    out.group = match purpose {
        Purpose::Partner => {
            match referent {
                Referent::Dutch | Referent::NonTemporary => out.reasons.push(say("obl-reason-referent-ok", "R1.3")),
                _ => open(out, say("obl-check-referent", "R1.3").check(Ind)),
            }
            Group::Gezinsmigrant
        }
        Purpose::Clergy => {
            out.reasons.push(say("obl-reason-clergy", "R1.8"));
            Group::OverigeMigrant
        }
        Purpose::Humanitarian => {
            out.reasons.push(say("obl-reason-humanitarian", "R1.8"));
            Group::OverigeMigrant
        }
        _ => {
            open(out, say("obl-check-purpose", "R1.3").check(Ind));
            Group::Unknown
        }
    };
    match age {
        None => open(out, say("obl-check-birth-date", "R1.2")),
        Some(age) if age < rules::SCHOOL_AGE_END => {
            let until = Arg::Number(rules::SCHOOL_AGE_END);
            open(out, say("obl-check-school-age", "R1.4").arg("age", until).check(Duo));
        }
        Some(_) => out
            .reasons
            .push(say("obl-reason-age-ok", "R1.2").arg("min", Arg::Number(rules::MIN_AGE))),
    }
    if a.diploma != Some(YesNo::No) {
        open(out, say("obl-check-diploma", "R1.6").check(Duo));
    }
    if a.schooling != Some(YesNo::No) {
        let years = Arg::Number(rules::SCHOOLING_YEARS_NL);
        open(out, say("obl-check-schooling", "R1.6").arg("years", years).check(Duo));
    }
    out.law = match starts_under_wi2021 {
        Some(true) => {
            out.reasons.push(say("obl-reason-wi2021", "R1.1"));
            Law::Wi2021
        }
        Some(false) => {
            out.reasons.push(say("obl-reason-wi2013", "R1.1").check(Duo));
            Law::Wi2013
        }
        None => {
            let check = say("obl-check-pass-date", "R1.1").check(Duo);
            // Turkish nationals are only obligated when the obligation started in 2022 or later.
            if nationality == Nationality::Turkish {
                open(out, check);
            } else {
                out.to_check.push(check);
            }
            Law::Unknown
        }
    };
    out.status = if unsure { Status::NotSure } else { Status::Obligated };
}

fn not_obligated(out: &mut Outcome, reason: Statement) {
    out.status = Status::NotObligated;
    out.law = Law::None;
    out.group = Group::None;
    out.reasons.push(reason);
}

/// Parts, deadline, money, residence, referent and exemptions of an obligation that applies
/// (or may apply). The Wi2013 has other rules: only the pointer to DUO is given then.
fn describe_obligation(a: &Answers, out: &mut Outcome) {
    if out.law == Law::Wi2013 {
        return;
    }
    let route = a.route.unwrap_or(Route::Unknown);
    out.parts.push(Part {
        kind: "intake",
        statements: vec![
            say("obl-part-intake", "R5.1"),
            say("obl-part-lbt", "R5.3"),
            say("obl-part-alone", "R5.2"),
        ],
    });
    out.parts.push(Part {
        kind: "pip",
        statements: vec![
            say("obl-part-pip", "R5.4"),
            say("obl-part-pip-weeks", "R2.2").arg("weeks", Arg::Number(rules::PIP_WEEKS)),
        ],
    });
    let hours = |h: i64| Arg::Number(h);
    let b1 = Part {
        kind: "route-b1",
        statements: vec![
            say("obl-part-route-b1", "R3.1"),
            say("obl-part-route-a2", "R3.2")
                .arg("hours", hours(rules::AFSCHALEN_HOURS))
                .arg("percent", Arg::Number(rules::AFSCHALEN_IN_PERSON_PERCENT)),
        ],
    };
    let z = Part {
        kind: "route-z",
        statements: vec![say("obl-part-route-z", "R3.3").arg("hours", hours(rules::Z_ROUTE_HOURS))],
    };
    let education = Part {
        kind: "route-education",
        statements: vec![say("obl-part-route-education", "R3.4")],
    };
    match route {
        Route::B1 => out.parts.push(b1),
        Route::Z => out.parts.push(z),
        Route::Education => out.parts.push(education),
        Route::Unknown => {
            out.parts.push(Part {
                kind: "route-choice",
                statements: vec![say("obl-part-route-choice", "R3.5")],
            });
            out.parts.extend([b1, z, education]);
        }
    }
    let route_choice = match route {
        Route::B1 => "b1",
        Route::Z => "z",
        Route::Education => "education",
        Route::Unknown => "unknown",
    };
    out.parts.push(Part {
        kind: "knm",
        statements: vec![say("obl-part-knm", "R3.7").arg("route", Arg::Choice(route_choice))],
    });
    out.parts.push(Part {
        kind: "pvt",
        statements: vec![say("obl-part-pvt", "R4.1").arg("hours", hours(rules::PVT_MIN_HOURS))],
    });
    let map = match route {
        Route::Education => say("obl-part-no-map", "R3.4"),
        _ => say("obl-part-map", "R4.2").arg("hours", hours(rules::MAP_MIN_HOURS)),
    };
    out.parts.push(Part {
        kind: "map",
        statements: vec![map],
    });
    out.parts.push(Part {
        kind: "done",
        statements: vec![say("obl-part-done", "R4.3")],
    });

    describe_deadline(a, out);

    let fee = rules::cents(rules::EXAM_FEE);
    let as_of = match rules::EXAM_FEE {
        Value::Money { as_of, .. } => as_of,
        _ => rules::RULES_CHECKED,
    };
    out.money = vec![
        say("obl-money-pay", "R6.1"),
        say("obl-money-exams", "R3.6")
            .arg("fee", Arg::Money(fee))
            .arg("count", Arg::Number(rules::EXAM_COMPONENTS))
            .arg("total", Arg::Money(fee * rules::EXAM_COMPONENTS))
            .arg("as_of", Arg::Date(as_of)),
        say("obl-money-loan", "R6.2")
            .arg("max", Arg::Money(rules::cents(rules::LOAN_MAX)))
            .check(Authority::Duo),
        say("obl-money-repay", "R6.3")
            .arg("months", Arg::Number(rules::REPAY_START_MONTHS))
            .arg("years", Arg::Number(rules::REPAY_YEARS)),
        say("obl-money-no-cancel", "R6.4"),
        say("obl-money-other", "R6.5").check(Authority::Municipality),
    ];

    out.residence.push(say("obl-residence-requirement", "R2.7"));
    if a.referent == Some(Referent::Dutch) {
        let years = Arg::Number(rules::NATURALISATION_YEARS);
        out.residence.push(
            say("obl-residence-naturalisation", "R7.5")
                .arg("years", years)
                .check(Authority::Ind),
        );
    }
    out.residence.push(
        say("obl-residence-permit", "R7.6")
            .arg("years", Arg::Number(rules::PERMIT_YEARS))
            .check(Authority::Ind),
    );
    if a.nationality == Some(Nationality::Turkish) {
        out.residence
            .push(say("obl-residence-turkish", "R1.5").check(Authority::Ind));
    }
    if out.group == Group::Gezinsmigrant {
        out.residence.push(say("obl-residence-dependent", "R7.4"));
        out.referent = vec![
            say("obl-referent-inform", "R7.7"),
            say("obl-referent-admin", "R7.7"),
            say("obl-referent-sanctions", "R7.7").check(Authority::Ind),
            say("obl-referent-intake", "R5.2"),
        ];
    }

    if a.diploma != Some(YesNo::No) {
        out.exemptions
            .push(say("obl-exempt-diploma", "R1.6").check(Authority::Duo));
    }
    if a.schooling != Some(YesNo::No) {
        out.exemptions
            .push(say("obl-exempt-schooling", "R1.6").arg("years", Arg::Number(rules::SCHOOLING_YEARS_NL)));
    }
    out.exemptions
        .push(say("obl-exempt-medical", "R1.7").check(Authority::Duo));
    out.exemptions.push(say("obl-exempt-no-effort-release", "R1.7"));
}

fn describe_deadline(a: &Answers, out: &mut Outcome) {
    let years = Arg::Number(rules::TERMIJN_YEARS);
    match a.pip_date.and_then(DateAnswer::date).and_then(termijn) {
        Some((start, end)) => {
            let window = end
                .checked_sub_months(Months::new(rules::EXTENSION_WINDOW_MONTHS as u32))
                .unwrap_or(start);
            out.deadline = Deadline::Known {
                termijn_start: start,
                termijn_end: end,
                extension_window_start: window,
            };
            out.deadline_notes = vec![
                say("obl-deadline-known", "R2.1")
                    .arg("start", Arg::Date(start))
                    .arg("end", Arg::Date(end))
                    .arg("years", years),
                say("obl-deadline-official", "R2.1").check(Authority::Duo),
                say("obl-deadline-extension", "R2.4")
                    .arg("from", Arg::Date(window))
                    .arg("months", Arg::Number(rules::EXTENSION_MIN_INTERRUPTION_MONTHS))
                    .check(Authority::Duo),
            ];
        }
        None => {
            out.deadline = Deadline::AfterPip;
            out.deadline_notes = vec![
                say("obl-deadline-after-pip", "R2.1").arg("years", years),
                say("obl-deadline-extension-later", "R2.4").arg("months", Arg::Number(rules::EXTENSION_WINDOW_MONTHS)),
            ];
        }
    }
}
