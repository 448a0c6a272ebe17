//! Reading a plan from the form's fields (a GET form, so the URL is the plan and can be
//! shared). A value that makes no sense gets a message id at its field and is left out; the
//! rest of the plan is still computed, and the form shows what was typed.

use chrono::NaiveDate;

use super::{MonthHours, PlanInput, PlanRoute};

/// The most lesson hours a week a plan may have (more is refused, not capped).
pub const MAX_HOURS_PER_WEEK: i64 = 40;
/// The most hours one month can hold in a progress log.
pub const MAX_HOURS_PER_MONTH: i64 = 200;

/// A field and the message id of its problem.
pub type Problems = Vec<(String, &'static str)>;

/// Message ids `parse` can give, for the locale test.
pub const PROBLEM_IDS: [&str; 12] = [
    "plan-error-date",
    "plan-error-notice-before-arrival",
    "plan-error-pip-before-notice",
    "plan-error-intake-after-pip",
    "plan-error-end-before-pip",
    "plan-error-hours",
    "plan-error-hours-too-many",
    "plan-error-target",
    "plan-error-weeks-off",
    "plan-error-progress-month",
    "plan-error-progress-hours",
    "plan-error-progress-total",
];

struct Reader<'a> {
    pairs: &'a [(String, String)],
    problems: Problems,
}

impl Reader<'_> {
    fn get(&self, name: &str) -> &str {
        self.pairs
            .iter()
            .rev()
            .find(|(k, _)| k == name)
            .map_or("", |(_, v)| v.trim())
    }

    fn all(&self, name: &str) -> Vec<&str> {
        self.pairs
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.trim())
            .collect()
    }

    fn date(&mut self, name: &str) -> Option<NaiveDate> {
        let text = self.get(name);
        if text.is_empty() {
            return None;
        }
        match NaiveDate::parse_from_str(text, "%Y-%m-%d") {
            Ok(d) => Some(d),
            Err(_) => {
                self.problems.push((name.to_owned(), "plan-error-date"));
                None
            }
        }
    }

    /// A whole number in `min..=max`; `too_many` is the message when it is above `max`.
    fn number(&mut self, name: &str, min: i64, max: i64, bad: &'static str, too_many: &'static str) -> Option<i64> {
        let text = self.get(name);
        if text.is_empty() {
            return None;
        }
        match text.parse::<i64>() {
            Ok(n) if n > max => {
                self.problems.push((name.to_owned(), too_many));
                None
            }
            Ok(n) if n >= min => Some(n),
            _ => {
                self.problems.push((name.to_owned(), bad));
                None
            }
        }
    }

    /// Checks that `later` is not before `earlier`; on a problem forgets `later`.
    fn in_order(
        &mut self,
        earlier: Option<NaiveDate>,
        later: &mut Option<NaiveDate>,
        field: &str,
        message: &'static str,
    ) {
        if let (Some(e), Some(l)) = (earlier, *later) {
            if l < e {
                self.problems.push((field.to_owned(), message));
                *later = None;
            }
        }
    }
}

/// Reads the plan's fields as of `today`.
pub fn parse(pairs: &[(String, String)], today: NaiveDate) -> (PlanInput, Problems) {
    let mut r = Reader {
        pairs,
        problems: Vec::new(),
    };
    let mut input = PlanInput::new(today);
    input.arrival = r.date("arrival");
    input.notice = r.date("notice");
    input.intake = r.date("intake");
    input.pip = r.date("pip");
    input.termijn_end = r.date("termijn_end");
    input.lessons_start = r.date("lessons_start");
    r.in_order(
        input.arrival,
        &mut input.notice,
        "notice",
        "plan-error-notice-before-arrival",
    );
    r.in_order(input.notice, &mut input.pip, "pip", "plan-error-pip-before-notice");
    if let (Some(intake), Some(pip)) = (input.intake, input.pip) {
        if intake > pip {
            r.problems.push(("intake".to_owned(), "plan-error-intake-after-pip"));
            input.intake = None;
        }
    }
    r.in_order(
        input.pip,
        &mut input.termijn_end,
        "termijn_end",
        "plan-error-end-before-pip",
    );
    input.route = PlanRoute::from_name(r.get("route")).unwrap_or(PlanRoute::B1);
    input.target_hours = r
        .number("target_hours", 1, 3_000, "plan-error-target", "plan-error-target")
        .unwrap_or(input.route.default_hours());
    if let Some(h) = r.number(
        "hours_per_week",
        0,
        MAX_HOURS_PER_WEEK,
        "plan-error-hours",
        "plan-error-hours-too-many",
    ) {
        input.hours_per_week = h;
    }
    if let Some(w) = r.number("weeks_off", 0, 26, "plan-error-weeks-off", "plan-error-weeks-off") {
        input.weeks_off = w;
    }
    let months = r.all("progress_month");
    let hours = r.all("progress_hours");
    let rows: Vec<(String, String)> = months
        .iter()
        .zip(hours.iter().chain(std::iter::repeat(&"")))
        .map(|(m, h)| ((*m).to_owned(), (*h).to_owned()))
        .collect();
    for (i, (month, hours)) in rows.iter().enumerate() {
        if month.is_empty() && hours.is_empty() {
            continue;
        }
        let field = format!("progress-{i}");
        let first = NaiveDate::parse_from_str(&format!("{month}-01"), "%Y-%m-%d")
            .ok()
            .filter(|m| *m <= today);
        let Some(first) = first else {
            r.problems.push((field, "plan-error-progress-month"));
            continue;
        };
        match hours.parse::<i64>() {
            Ok(h) if (0..=MAX_HOURS_PER_MONTH).contains(&h) => {
                input.progress.push(MonthHours { month: first, hours: h })
            }
            _ => r.problems.push((field, "plan-error-progress-hours")),
        }
    }
    if input.hours_done() > input.target_hours {
        r.problems.push(("progress".to_owned(), "plan-error-progress-total"));
        input.progress.clear();
    }
    input.exams_passed = !r.get("exams_passed").is_empty();
    input.dutch_partner = !r.get("dutch_partner").is_empty();
    (input, r.problems)
}

/// The fields of a plan, for links and the saved copy (the inverse of [`parse`]).
pub fn to_pairs(input: &PlanInput) -> Vec<(&'static str, String)> {
    let date = |d: Option<NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
    let mut out = vec![
        ("arrival", date(input.arrival)),
        ("notice", date(input.notice)),
        ("intake", date(input.intake)),
        ("pip", date(input.pip)),
        ("termijn_end", date(input.termijn_end)),
        ("route", input.route.as_str().to_owned()),
        ("target_hours", input.target_hours.to_string()),
        ("lessons_start", date(input.lessons_start)),
        ("hours_per_week", input.hours_per_week.to_string()),
        ("weeks_off", input.weeks_off.to_string()),
    ];
    for m in &input.progress {
        out.push(("progress_month", m.month.format("%Y-%m").to_string()));
        out.push(("progress_hours", m.hours.to_string()));
    }
    if input.exams_passed {
        out.push(("exams_passed", "1".to_owned()));
    }
    if input.dutch_partner {
        out.push(("dutch_partner", "1".to_owned()));
    }
    out.retain(|(_, v)| !v.is_empty());
    out
}
