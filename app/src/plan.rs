//! My plan: from the dates a migrant knows (DUO's letter, the intake, the first PIP), the route,
//! the planned lessons and the hours done, a list of dated milestones, each naming the rule it
//! comes from and whether it is official (typed from a letter) or estimated, plus plain
//! warnings. Pure and small, so the browser can run it too.

pub mod calendar;
pub mod input;

use chrono::{Days, Months, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::obligations::rules;

/// Routes a plan can follow (stepping down to A2 happens inside the B1-route).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlanRoute {
    B1,
    Z,
    Education,
}

impl PlanRoute {
    pub const ALL: [Self; 3] = [Self::B1, Self::Z, Self::Education];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::B1 => "b1",
            Self::Z => "z",
            Self::Education => "education",
        }
    }

    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == name)
    }

    /// Whether the route ends with exams (R3.1, R3.4; the Z-route has none, R3.3).
    pub fn has_exams(self) -> bool {
        self != Self::Z
    }

    /// Whether the MAP is part of it (R4.2: not in the onderwijsroute).
    pub fn has_map(self) -> bool {
        self != Self::Education
    }

    /// The lesson hours a plan starts from. Only the Z-route has a legal number (R3.3); for the
    /// B1-route 600 is the stepping-down checkpoint (R3.2) and for the onderwijsroute about
    /// 1,000 hours is secondary (R3.4): both are starting points the person can change.
    pub fn default_hours(self) -> i64 {
        match self {
            Self::B1 => rules::AFSCHALEN_HOURS,
            Self::Z => rules::Z_ROUTE_HOURS,
            Self::Education => 1_000,
        }
    }
}

/// Hours done in one month.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MonthHours {
    /// The first day of the month.
    pub month: NaiveDate,
    pub hours: i64,
}

/// What the person told us. Dates they typed from a letter are official.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanInput {
    pub today: NaiveDate,
    /// Residence pass collected (or arrival).
    pub arrival: Option<NaiveDate>,
    /// DUO's letter that says you must integrate (kennisgeving).
    pub notice: Option<NaiveDate>,
    pub intake: Option<NaiveDate>,
    /// Date of the first PIP; `None`: not yet.
    pub pip: Option<NaiveDate>,
    /// End date from a DUO letter, which overrides the computed one.
    pub termijn_end: Option<NaiveDate>,
    pub route: PlanRoute,
    pub target_hours: i64,
    pub lessons_start: Option<NaiveDate>,
    pub hours_per_week: i64,
    /// Weeks a year without lessons (holidays, work, family).
    pub weeks_off: i64,
    pub progress: Vec<MonthHours>,
    /// All exams of the route passed.
    pub exams_passed: bool,
    /// Married to or living with a Dutch partner (R7.5).
    pub dutch_partner: bool,
}

impl PlanInput {
    /// A fresh plan for today: B1-route, 9 hours a week (Tilburg's example, R8.3), 6 weeks off.
    pub fn new(today: NaiveDate) -> Self {
        Self {
            today,
            arrival: None,
            notice: None,
            intake: None,
            pip: None,
            termijn_end: None,
            route: PlanRoute::B1,
            target_hours: PlanRoute::B1.default_hours(),
            lessons_start: None,
            hours_per_week: 9,
            weeks_off: 6,
            progress: Vec::new(),
            exams_passed: false,
            dutch_partner: false,
        }
    }

    pub fn hours_done(&self) -> i64 {
        self.progress.iter().map(|m| m.hours).sum()
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MilestoneKind {
    Arrival,
    Notice,
    Intake,
    PipDue,
    Pip,
    TermijnStart,
    LessonsStart,
    Hours600,
    Hours800,
    LessonsEnd,
    ExamBookBy,
    ExamLastChance,
    ExtensionWindow,
    PvtBy,
    MapBy,
    TermijnEnd,
    RepaymentStart,
    Naturalisation,
    Permit,
}

impl MilestoneKind {
    pub const ALL: [Self; 19] = [
        Self::Arrival,
        Self::Notice,
        Self::Intake,
        Self::PipDue,
        Self::Pip,
        Self::TermijnStart,
        Self::LessonsStart,
        Self::Hours600,
        Self::Hours800,
        Self::LessonsEnd,
        Self::ExamBookBy,
        Self::ExamLastChance,
        Self::ExtensionWindow,
        Self::PvtBy,
        Self::MapBy,
        Self::TermijnEnd,
        Self::RepaymentStart,
        Self::Naturalisation,
        Self::Permit,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Arrival => "arrival",
            Self::Notice => "notice",
            Self::Intake => "intake",
            Self::PipDue => "pip-due",
            Self::Pip => "pip",
            Self::TermijnStart => "termijn-start",
            Self::LessonsStart => "lessons-start",
            Self::Hours600 => "hours-600",
            Self::Hours800 => "hours-800",
            Self::LessonsEnd => "lessons-end",
            Self::ExamBookBy => "exam-book-by",
            Self::ExamLastChance => "exam-last-chance",
            Self::ExtensionWindow => "extension-window",
            Self::PvtBy => "pvt-by",
            Self::MapBy => "map-by",
            Self::TermijnEnd => "termijn-end",
            Self::RepaymentStart => "repayment-start",
            Self::Naturalisation => "naturalisation",
            Self::Permit => "permit",
        }
    }

    /// The phase of the timeline it belongs to.
    pub fn phase(self) -> Phase {
        match self {
            Self::Arrival | Self::Notice | Self::Intake | Self::PipDue | Self::Pip | Self::TermijnStart => Phase::Start,
            Self::LessonsStart | Self::Hours600 | Self::Hours800 | Self::LessonsEnd => Phase::Learning,
            Self::ExamBookBy
            | Self::ExamLastChance
            | Self::ExtensionWindow
            | Self::PvtBy
            | Self::MapBy
            | Self::TermijnEnd => Phase::Finish,
            Self::RepaymentStart | Self::Naturalisation | Self::Permit => Phase::After,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    Start,
    Learning,
    Finish,
    After,
}

impl Phase {
    pub const ALL: [Self; 4] = [Self::Start, Self::Learning, Self::Finish, Self::After];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Start => "start",
            Self::Learning => "learning",
            Self::Finish => "finish",
            Self::After => "after",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Milestone {
    pub kind: MilestoneKind,
    pub date: NaiveDate,
    /// The rule in `shared/domain/rules.md` it comes from.
    pub rule: &'static str,
    /// Typed in from a letter (else estimated by us).
    pub official: bool,
    /// The rule or our way of counting is not certain (secondary source or a heuristic).
    pub uncertain: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Warning {
    /// No hours planned: the lessons never end.
    NoHours,
    /// The planned hours do not reach the route's hours in time for the exams (or, in the
    /// Z-route, before the end date).
    CannotReach,
    /// One exam attempt fits, a retake does not.
    NoRetakeRoom,
    /// Lessons start more than this many months after the PIP.
    LateStart,
    /// Stepping down to A2 needs 600 hours at a keurmerk school (R3.2).
    StepDownKeurmerk,
}

impl Warning {
    pub const ALL: [Self; 5] = [
        Self::NoHours,
        Self::CannotReach,
        Self::NoRetakeRoom,
        Self::LateStart,
        Self::StepDownKeurmerk,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::NoHours => "no-hours",
            Self::CannotReach => "cannot-reach",
            Self::NoRetakeRoom => "no-retake-room",
            Self::LateStart => "late-start",
            Self::StepDownKeurmerk => "step-down-keurmerk",
        }
    }
}

/// Months after the PIP after which not having started lessons gets a warning. Not a legal
/// rule: municipalities advise starting early (R5.5); three months is our choice.
pub const LATE_START_MONTHS: u32 = 3;

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Plan {
    pub milestones: Vec<Milestone>,
    pub warnings: Vec<Warning>,
    /// Lesson hours per week after the weeks off, in tenths (for "about 8.0 hours").
    pub average_tenths: i64,
    /// Lesson hours still to go.
    pub hours_left: i64,
}

impl Plan {
    pub fn date_of(&self, kind: MilestoneKind) -> Option<NaiveDate> {
        self.milestones.iter().find(|m| m.kind == kind).map(|m| m.date)
    }
}

fn weeks(n: i64) -> Days {
    Days::new(u64::try_from(n * 7).unwrap_or(0))
}

fn add_months(date: NaiveDate, months: i64) -> NaiveDate {
    let m = Months::new(u32::try_from(months.unsigned_abs()).unwrap_or(0));
    if months >= 0 {
        date.checked_add_months(m)
    } else {
        date.checked_sub_months(m)
    }
    .unwrap_or(date)
}

/// When the cumulative hours reach `goal`: in the past (the end of the logged month where they
/// did), or projected from `from` at `per_week_tenths`; `None` when no hours are planned.
fn reach(input: &PlanInput, goal: i64, from: NaiveDate, per_week_tenths: i64) -> Option<(NaiveDate, bool)> {
    let mut months = input.progress.clone();
    months.sort_by_key(|m| m.month);
    let mut total = 0;
    for m in &months {
        total += m.hours;
        if total >= goal {
            let end = add_months(m.month, 1).pred_opt().unwrap_or(m.month);
            return Some((end.min(input.today), true));
        }
    }
    if per_week_tenths <= 0 {
        return None;
    }
    // Days, rounded up: (goal - done) hours at per_week_tenths / 10 hours per 7 days.
    let days = ((goal - total) * 70 + per_week_tenths - 1) / per_week_tenths;
    Some((from + Days::new(u64::try_from(days).unwrap_or(0)), false))
}

/// The plan for `input` (checked by `input::parse`: hours within limits, dates in order).
pub fn compute(input: &PlanInput) -> Plan {
    let mut out: Vec<Milestone> = Vec::new();
    let mut add = |kind, date: Option<NaiveDate>, rule, official, uncertain| {
        if let Some(date) = date {
            out.push(Milestone {
                kind,
                date,
                rule,
                official,
                uncertain,
            });
        }
    };
    add(MilestoneKind::Arrival, input.arrival, "R8.1", true, false);
    add(MilestoneKind::Notice, input.notice, "R2.3", true, false);
    add(MilestoneKind::Intake, input.intake, "R5.1", true, false);

    // The termijn: from the first PIP (R2.1), or from the latest day the PIP may come (R2.2).
    let pip_due = input.notice.map(|n| n + weeks(rules::PIP_WEEKS));
    if input.pip.is_none() {
        add(MilestoneKind::PipDue, pip_due, "R2.2", false, true);
    }
    add(MilestoneKind::Pip, input.pip, "R5.4", true, false);
    let base = input.pip.or(pip_due);
    let start = base.map(|d| d + Days::new(1));
    add(MilestoneKind::TermijnStart, start, "R2.1", false, input.pip.is_none());
    // Start + 3 years - 1 day is the PIP's date 3 years on (29 February: 28 February).
    let computed_end = base.map(|b| add_months(b, rules::TERMIJN_YEARS * 12));
    let end = input.termijn_end.or(computed_end);
    // Our day count is uncertain (R2.1); DUO's date is not.
    add(
        MilestoneKind::TermijnEnd,
        end,
        "R2.1",
        input.termijn_end.is_some(),
        input.termijn_end.is_none(),
    );

    // Lessons: from the planned start (or today), at the hours a week after the weeks off.
    let average_tenths = input.hours_per_week * 10 * (52 - input.weeks_off) / 52;
    let lessons_from = input.lessons_start.unwrap_or(input.today).max(input.today);
    let started = input.lessons_start.or(input.progress.iter().map(|m| m.month).min());
    add(MilestoneKind::LessonsStart, started, "R8.3", false, false);
    if input.route == PlanRoute::B1 {
        if let Some((date, _)) = reach(input, rules::AFSCHALEN_HOURS, lessons_from, average_tenths) {
            add(MilestoneKind::Hours600, Some(date), "R3.2", false, false);
        }
    }
    if input.route == PlanRoute::Z {
        if let Some((date, _)) = reach(input, rules::Z_ROUTE_HOURS, lessons_from, average_tenths) {
            add(MilestoneKind::Hours800, Some(date), "R3.3", false, false);
        }
    }
    let lessons_end = if input.exams_passed {
        Some(input.today)
    } else {
        reach(input, input.target_hours, lessons_from, average_tenths).map(|(d, _)| d)
    };
    add(MilestoneKind::LessonsEnd, lessons_end, "R8.3", false, true);

    // Exams, planned backwards from the end (R8.4): book, wait for the date, wait for results.
    let exam_weeks = rules::EXAM_BOOKING_LEAD_WEEKS + rules::NT2_RESULT_WEEKS;
    let last_chance = end.map(|e| e - weeks(exam_weeks));
    let book_by = end.map(|e| e - weeks(2 * exam_weeks));
    if input.route.has_exams() && !input.exams_passed {
        add(MilestoneKind::ExamBookBy, book_by, "R8.4", false, true);
        add(MilestoneKind::ExamLastChance, last_chance, "R8.2", false, true);
    }
    add(
        MilestoneKind::ExtensionWindow,
        end.map(|e| add_months(e, -rules::EXTENSION_WINDOW_MONTHS) + Days::new(1)),
        "R2.4",
        false,
        false,
    );
    add(MilestoneKind::PvtBy, end, "R4.1", input.termijn_end.is_some(), false);
    if input.route.has_map() {
        add(MilestoneKind::MapBy, end, "R4.2", input.termijn_end.is_some(), false);
    }

    // After: repayment from finishing (R6.3; whether that is the day you finish or the end of
    // the termijn is uncertain), naturalisation (R7.5) and a stronger permit (R7.6).
    let finish = lessons_end.map(|d| {
        if input.route.has_exams() && !input.exams_passed {
            d + weeks(exam_weeks)
        } else {
            d
        }
    });
    add(
        MilestoneKind::RepaymentStart,
        finish.map(|f| add_months(f, rules::REPAY_START_MONTHS)),
        "R6.3",
        false,
        true,
    );
    if input.dutch_partner {
        add(
            MilestoneKind::Naturalisation,
            input.arrival.map(|a| add_months(a, rules::NATURALISATION_YEARS * 12)),
            "R7.5",
            false,
            true,
        );
    }
    add(
        MilestoneKind::Permit,
        input.arrival.map(|a| add_months(a, rules::PERMIT_YEARS * 12)),
        "R7.6",
        false,
        false,
    );
    out.sort_by_key(|m| (m.date, m.kind));

    let mut warnings = Vec::new();
    if !input.exams_passed {
        match lessons_end {
            None => warnings.push(Warning::NoHours),
            Some(done) => {
                let limit = if input.route.has_exams() { last_chance } else { end };
                if limit.is_some_and(|l| done > l) {
                    warnings.push(Warning::CannotReach);
                } else if input.route.has_exams() && book_by.is_some_and(|b| done > b) {
                    warnings.push(Warning::NoRetakeRoom);
                }
            }
        }
    }
    let late = input.pip.map(|p| add_months(p, i64::from(LATE_START_MONTHS)));
    if late.is_some_and(|l| started.map_or(input.today > l, |s| s > l)) {
        warnings.push(Warning::LateStart);
    }
    if input.route == PlanRoute::B1 {
        warnings.push(Warning::StepDownKeurmerk);
    }
    Plan {
        milestones: out,
        warnings,
        average_tenths,
        hours_left: (input.target_hours - input.hours_done()).max(0),
    }
}

#[cfg(test)]
mod tests;

/// Something from elsewhere in Wegwijs shown on the timeline: a booked information session.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Extra {
    pub date: NaiveDate,
    pub title: String,
    pub href: String,
}

/// What the plan page shows, filled in by the server.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PlanView {
    pub input: PlanInput,
    pub plan: Plan,
    /// The plan's query string (for the calendar, print and share links).
    pub query: String,
    pub extras: Vec<Extra>,
    /// The school chosen in the comparison: (name, offer id).
    pub school: Option<(String, i64)>,
    /// Signed in as a migrant: the plan can be saved.
    pub can_save: bool,
}
