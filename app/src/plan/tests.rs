//! Table tests for the milestones and warnings, properties over many generated plans, and
//! the calendar file read back by an iCalendar parser.

use chrono::NaiveDate;

use super::{
    calendar, compute,
    input::{parse, to_pairs},
    MilestoneKind as K, MonthHours, PlanInput, PlanRoute, Warning,
};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("date")
}

fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("date")
}

fn input(today: &str, change: impl FnOnce(&mut PlanInput)) -> PlanInput {
    let mut i = PlanInput::new(date(today));
    change(&mut i);
    i
}

#[test]
fn the_termijn_runs_three_years_from_the_first_pip() {
    // (PIP, expected start, expected end): leap days included.
    let cases = [
        ("2026-03-02", "2026-03-03", "2029-03-02"),
        ("2027-12-31", "2028-01-01", "2030-12-31"),
        ("2028-02-28", "2028-02-29", "2031-02-28"),
        ("2028-02-29", "2028-03-01", "2031-02-28"),
    ];
    for (pip, start, end) in cases {
        let plan = compute(&input("2026-11-23", |i| i.pip = Some(date(pip))));
        assert_eq!(plan.date_of(K::TermijnStart), Some(date(start)), "start for PIP {pip}");
        assert_eq!(plan.date_of(K::TermijnEnd), Some(date(end)), "end for PIP {pip}");
        // The last six months: from the day after end minus six months (R2.4).
        let window = plan.date_of(K::ExtensionWindow).expect("window");
        assert!(window > date(end) - chrono::Days::new(186) && window < date(end) - chrono::Days::new(178));
    }
}

#[test]
fn without_a_pip_the_deadline_is_estimated_from_dues_letter() {
    let plan = compute(&input("2026-01-10", |i| i.notice = Some(day(2026, 1, 5))));
    let due = plan.milestones.iter().find(|m| m.kind == K::PipDue).expect("PIP due");
    assert_eq!(due.date, day(2026, 3, 16), "10 weeks after the letter (R2.2)");
    assert!(!due.official && due.uncertain, "a secondary rule, estimated");
    let end = plan.milestones.iter().find(|m| m.kind == K::TermijnEnd).expect("end");
    assert_eq!(end.date, day(2029, 3, 16));
    assert!(end.uncertain && !end.official);
    // Nothing known: no termijn at all, but the lessons are still projected.
    let plan = compute(&PlanInput::new(day(2026, 11, 23)));
    assert_eq!(plan.date_of(K::TermijnEnd), None);
    assert!(plan.date_of(K::LessonsEnd).is_some());
}

#[test]
fn an_official_end_date_overrides_the_estimate() {
    let plan = compute(&input("2026-11-23", |i| {
        i.pip = Some(day(2026, 3, 2));
        i.termijn_end = Some(day(2029, 9, 1));
    }));
    let end = plan.milestones.iter().find(|m| m.kind == K::TermijnEnd).expect("end");
    assert_eq!(end.date, day(2029, 9, 1));
    assert!(end.official && !end.uncertain);
}

#[test]
fn lessons_are_projected_from_the_hours_per_week_after_weeks_off() {
    // 600 h at 9 h/week with 6 weeks off: 9 × 46/52 = 7.96 h/week → 754 days.
    let plan = compute(&input("2026-11-23", |i| i.lessons_start = Some(day(2027, 1, 4))));
    assert_eq!(plan.average_tenths, 79);
    assert_eq!(
        plan.date_of(K::LessonsEnd),
        Some(day(2027, 1, 4) + chrono::Days::new(532))
    );
    assert_eq!(plan.date_of(K::Hours600), plan.date_of(K::LessonsEnd));
    // No weeks off, 10 h/week: 60 weeks.
    let plan = compute(&input("2026-11-23", |i| {
        i.hours_per_week = 10;
        i.weeks_off = 0;
    }));
    assert_eq!(
        plan.date_of(K::LessonsEnd),
        Some(day(2026, 11, 23) + chrono::Days::new(420))
    );
}

#[test]
fn zero_hours_a_week_projects_nothing_and_warns() {
    let plan = compute(&input("2026-11-23", |i| {
        i.pip = Some(day(2026, 10, 1));
        i.hours_per_week = 0;
    }));
    assert_eq!(plan.date_of(K::LessonsEnd), None);
    assert!(plan.warnings.contains(&Warning::NoHours));
}

#[test]
fn lessons_may_start_before_the_pip() {
    let plan = compute(&input("2026-11-23", |i| {
        i.lessons_start = Some(day(2026, 9, 1));
        i.pip = Some(day(2026, 10, 15));
    }));
    assert!(plan.date_of(K::LessonsStart) < plan.date_of(K::Pip));
    assert!(!plan.warnings.contains(&Warning::LateStart));
}

#[test]
fn progress_past_600_hours_is_in_the_past_and_moves_the_end() {
    let progress: Vec<MonthHours> = (1..=10)
        .map(|m| MonthHours {
            month: day(2026, m, 1),
            hours: 62,
        })
        .collect();
    let plan = compute(&input("2026-11-23", |i| {
        i.target_hours = 800;
        i.progress = progress;
    }));
    // 620 hours by the end of October: 600 was passed in October.
    assert_eq!(plan.date_of(K::Hours600), Some(day(2026, 10, 31)));
    assert_eq!(plan.hours_left, 180);
    assert!(plan.date_of(K::LessonsEnd) > Some(day(2026, 11, 23)));
}

#[test]
fn warnings_appear_when_the_plan_cannot_reach_the_deadline() {
    // (hours a week, expected warnings besides the B1 keurmerk note)
    let cases = [
        (12, vec![]),
        (5, vec![Warning::NoRetakeRoom]),
        (3, vec![Warning::CannotReach]),
        (0, vec![Warning::NoHours]),
    ];
    for (hours, expected) in cases {
        let plan = compute(&input("2026-11-23", |i| {
            i.pip = Some(day(2026, 11, 1));
            i.lessons_start = Some(day(2026, 12, 1));
            i.hours_per_week = hours;
        }));
        let mut got = plan.warnings.clone();
        got.retain(|w| *w != Warning::StepDownKeurmerk);
        assert_eq!(got, expected, "{hours} hours a week");
    }
}

#[test]
fn no_lessons_months_after_the_pip_is_a_late_start() {
    let late = compute(&input("2026-11-23", |i| i.pip = Some(day(2026, 6, 1))));
    assert!(late.warnings.contains(&Warning::LateStart));
    let fine = compute(&input("2026-11-23", |i| i.pip = Some(day(2026, 10, 1))));
    assert!(!fine.warnings.contains(&Warning::LateStart));
}

#[test]
fn the_z_route_has_no_exams_and_counts_to_800_hours() {
    let plan = compute(&input("2026-11-23", |i| {
        i.route = PlanRoute::Z;
        i.target_hours = 800;
        i.pip = Some(day(2026, 10, 1));
    }));
    assert!(plan.date_of(K::Hours800).is_some());
    assert_eq!(plan.date_of(K::ExamBookBy), None);
    assert!(!plan.warnings.contains(&Warning::StepDownKeurmerk));
    let education = compute(&input("2026-11-23", |i| i.route = PlanRoute::Education));
    assert_eq!(education.date_of(K::MapBy), None, "no MAP in the onderwijsroute (R4.2)");
}

#[test]
fn naturalisation_only_with_a_dutch_partner() {
    let with = compute(&input("2026-11-23", |i| {
        i.arrival = Some(day(2026, 2, 1));
        i.dutch_partner = true;
    }));
    assert_eq!(with.date_of(K::Naturalisation), Some(day(2029, 2, 1)));
    assert_eq!(with.date_of(K::Permit), Some(day(2031, 2, 1)));
    let without = compute(&input("2026-11-23", |i| i.arrival = Some(day(2026, 2, 1))));
    assert_eq!(without.date_of(K::Naturalisation), None);
}

#[test]
fn every_milestone_names_a_rule_of_the_rules_file() {
    let plan = compute(&input("2026-11-23", |i| {
        i.arrival = Some(day(2026, 1, 2));
        i.notice = Some(day(2026, 1, 20));
        i.intake = Some(day(2026, 2, 10));
        i.pip = Some(day(2026, 3, 2));
        i.dutch_partner = true;
    }));
    assert!(plan.milestones.len() >= 15);
    for m in &plan.milestones {
        assert!(
            crate::obligations::rules::find(m.rule).is_some(),
            "{:?} cites unknown rule {}",
            m.kind,
            m.rule
        );
    }
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect()
}

#[test]
fn bad_input_is_named_at_its_field_and_the_rest_still_counts() {
    let today = day(2026, 11, 23);
    type Case<'a> = (Vec<(&'a str, &'a str)>, &'a str, &'a str);
    let cases: Vec<Case<'_>> = vec![
        (
            vec![("hours_per_week", "41")],
            "hours_per_week",
            "plan-error-hours-too-many",
        ),
        (vec![("hours_per_week", "veel")], "hours_per_week", "plan-error-hours"),
        (vec![("pip", "2026-02-30")], "pip", "plan-error-date"),
        (
            vec![("notice", "2026-05-01"), ("pip", "2026-04-01")],
            "pip",
            "plan-error-pip-before-notice",
        ),
        (
            vec![("arrival", "2026-05-01"), ("notice", "2026-04-01")],
            "notice",
            "plan-error-notice-before-arrival",
        ),
        (
            vec![("intake", "2026-05-01"), ("pip", "2026-04-01")],
            "intake",
            "plan-error-intake-after-pip",
        ),
        (
            vec![("pip", "2026-05-01"), ("termijn_end", "2026-04-01")],
            "termijn_end",
            "plan-error-end-before-pip",
        ),
        (vec![("weeks_off", "30")], "weeks_off", "plan-error-weeks-off"),
        (
            vec![("progress_month", "2027-01"), ("progress_hours", "10")],
            "progress-0",
            "plan-error-progress-month",
        ),
        (
            vec![("progress_month", "2026-01"), ("progress_hours", "500")],
            "progress-0",
            "plan-error-progress-hours",
        ),
        (
            vec![
                ("target_hours", "100"),
                ("progress_month", "2026-01"),
                ("progress_hours", "80"),
                ("progress_month", "2026-02"),
                ("progress_hours", "80"),
            ],
            "progress",
            "plan-error-progress-total",
        ),
    ];
    for (fields, field, message) in cases {
        let (input, problems) = parse(&pairs(&fields), today);
        assert_eq!(problems, vec![(field.to_owned(), message)], "{fields:?}");
        let _ = compute(&input);
    }
    // A good plan round-trips through its fields.
    let (good, problems) = parse(
        &pairs(&[
            ("notice", "2026-01-05"),
            ("pip", "2026-03-02"),
            ("route", "z"),
            ("target_hours", "800"),
            ("hours_per_week", "12"),
            ("weeks_off", "4"),
            ("progress_month", "2026-10"),
            ("progress_hours", "40"),
            ("dutch_partner", "1"),
        ]),
        today,
    );
    assert!(problems.is_empty());
    let again: Vec<(String, String)> = to_pairs(&good).into_iter().map(|(k, v)| (k.to_owned(), v)).collect();
    assert_eq!(parse(&again, today).0, good);
}

/// A small deterministic generator (no extra crate): the same plans on every run.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, below: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % below
    }

    fn date(&mut self) -> NaiveDate {
        day(2024, 1, 1) + chrono::Days::new(self.next(2_000))
    }

    fn maybe_date(&mut self) -> Option<NaiveDate> {
        (self.next(3) > 0).then(|| self.date())
    }

    fn plan(&mut self) -> PlanInput {
        let mut i = PlanInput::new(self.date());
        i.arrival = self.maybe_date();
        i.notice = self.maybe_date();
        i.pip = self.maybe_date();
        i.lessons_start = self.maybe_date();
        i.route = PlanRoute::ALL[self.next(3) as usize];
        i.target_hours = 100 + self.next(1_500) as i64;
        i.hours_per_week = self.next(41) as i64;
        i.weeks_off = self.next(27) as i64;
        i.dutch_partner = self.next(2) == 0;
        i
    }
}

#[test]
fn property_milestones_are_in_date_order() {
    let mut g = Lcg(1);
    for _ in 0..2_000 {
        let plan = compute(&g.plan());
        assert!(plan.milestones.windows(2).all(|w| w[0].date <= w[1].date));
    }
}

#[test]
fn property_the_deadline_depends_only_on_the_first_pip() {
    let mut g = Lcg(2);
    for _ in 0..1_000 {
        let a = g.plan();
        let mut b = g.plan();
        b.pip = a.pip;
        b.notice = a.notice.or(b.notice).filter(|_| a.pip.is_some());
        if a.pip.is_none() {
            continue;
        }
        assert_eq!(compute(&a).date_of(K::TermijnEnd), compute(&b).date_of(K::TermijnEnd));
    }
}

#[test]
fn property_more_hours_a_week_never_ends_later() {
    let mut g = Lcg(3);
    for _ in 0..1_000 {
        let mut i = g.plan();
        let mut last: Option<NaiveDate> = None;
        for hours in 1..=40 {
            i.hours_per_week = hours;
            let end = compute(&i).date_of(K::LessonsEnd).expect("hours planned");
            assert!(last.is_none_or(|l| end <= l), "{hours} h/week ended later");
            last = Some(end);
        }
    }
}

#[test]
fn the_calendar_is_valid_icalendar_with_stable_uids_and_alarms() {
    let i = input("2026-11-23", |i| {
        i.notice = Some(day(2026, 1, 5));
        i.pip = Some(day(2026, 3, 2));
    });
    let plan = compute(&i);
    let key = calendar::plan_key(i.pip, i.notice, i.arrival);
    let label = |m: &super::Milestone| {
        (
            format!("Wegwijs: {}, a long title to fold; with commas", m.kind.as_str()),
            "Regel ".repeat(20),
        )
    };
    let file = calendar::ics(
        &plan.milestones,
        &key,
        "20261123T120000Z",
        "https://wegwijs.example/plan",
        label,
    );
    let again = calendar::ics(
        &plan.milestones,
        &key,
        "20261124T120000Z",
        "https://wegwijs.example/plan",
        label,
    );
    assert!(file.ends_with("END:VCALENDAR\r\n"));
    assert!(!file.replace("\r\n", "").contains('\n'), "CRLF only");
    assert!(file.split("\r\n").all(|l| l.len() <= 75), "folded at 75 octets");

    let uids = |text: &str| -> Vec<String> {
        let parser = ical::IcalParser::new(std::io::BufReader::new(text.as_bytes()));
        let calendars: Vec<_> = parser.collect::<Result<_, _>>().expect("parses");
        assert_eq!(calendars.len(), 1);
        calendars[0]
            .events
            .iter()
            .map(|e| {
                let prop = |name: &str| {
                    e.properties
                        .iter()
                        .find(|p| p.name == name)
                        .and_then(|p| p.value.clone())
                        .unwrap_or_default()
                };
                assert!(prop("SUMMARY").starts_with("Wegwijs: "), "unfolded summary");
                assert_eq!(prop("DTSTART").len(), 8, "an all-day date");
                prop("UID")
            })
            .collect()
    };
    let first = uids(&file);
    assert_eq!(first.len(), plan.milestones.len());
    assert_eq!(first, uids(&again), "a newer export has the same UIDs");
    let calendars: Vec<_> = ical::IcalParser::new(std::io::BufReader::new(file.as_bytes()))
        .collect::<Result<_, _>>()
        .expect("parses");
    let end = calendars[0]
        .events
        .iter()
        .find(|e| {
            e.properties
                .iter()
                .any(|p| p.value.as_deref() == Some(&format!("plan-termijn-end-{key}@wegwijs")[..]))
        })
        .expect("termijn end event");
    assert_eq!(end.alarms.len(), 2, "alarms two weeks and two days before");
}
