//! Table-driven and property tests of the obligations evaluation (rules R1–R7).

use app::obligations::{
    check, evaluate,
    evaluate::{termijn, Deadline, Group, Law},
    rules, Answers, Field, Status,
};
use chrono::NaiveDate;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
}

const TODAY: &str = "2026-11-23";

/// A typical Wi2021 family migrant; cases override single answers.
const BASE: &[(&str, &str)] = &[
    ("nationality", "other"),
    ("purpose", "partner"),
    ("referent", "dutch"),
    ("birth_date", "1995-06-15"),
    ("pass_date", "2024-03-01"),
    ("diploma", "no"),
    ("schooling", "no"),
    ("pip_date", "2024-05-10"),
    ("route", "b1"),
];

struct Case {
    name: &'static str,
    answers: &'static [(&'static str, &'static str)],
    status: Status,
    law: Option<Law>,
    group: Option<Group>,
    /// Message ids that must appear somewhere in the result.
    has: &'static [&'static str],
    /// Message ids that must not appear.
    lacks: &'static [&'static str],
}

const fn case(name: &'static str, answers: &'static [(&'static str, &'static str)], status: Status) -> Case {
    Case {
        name,
        answers,
        status,
        law: None,
        group: None,
        has: &[],
        lacks: &[],
    }
}

use Status::{NotForThisPortal as Nfp, NotObligated as No, NotSure as Unsure, Obligated as Yes};

fn cases() -> Vec<Case> {
    vec![
        // Nationality (R1.2, R1.5)
        Case {
            law: Some(Law::Wi2021),
            group: Some(Group::Gezinsmigrant),
            has: &["obl-reason-non-eu", "obl-reason-referent-ok", "obl-reason-wi2021"],
            ..case("typical family migrant", &[], Yes)
        },
        Case {
            law: Some(Law::None),
            has: &["obl-reason-eu"],
            ..case("EU citizen", &[("nationality", "eu")], No)
        },
        Case {
            has: &["obl-reason-eu"],
            ..case(
                "EU citizen with unknown everything else",
                &[("nationality", "eu"), ("purpose", "unknown"), ("birth_date", "unknown")],
                No,
            )
        },
        Case {
            has: &["obl-check-nationality"],
            ..case("nationality unknown", &[("nationality", "unknown")], Unsure)
        },
        Case {
            law: Some(Law::Wi2021),
            has: &["obl-reason-turkish-after", "obl-residence-turkish"],
            ..case(
                "Turkish, pass 2022-01-01",
                &[
                    ("nationality", "turkish"),
                    ("pass_date", "2022-01-01"),
                    ("pip_date", "2022-03-01"),
                ],
                Yes,
            )
        },
        Case {
            has: &["obl-reason-turkish-before"],
            lacks: &["obl-residence-turkish"],
            ..case(
                "Turkish, pass 2021-12-31",
                &[
                    ("nationality", "turkish"),
                    ("pass_date", "2021-12-31"),
                    ("pip_date", "unknown"),
                ],
                No,
            )
        },
        Case {
            has: &["obl-reason-turkish-before"],
            ..case(
                "Turkish, pass 2015",
                &[
                    ("nationality", "turkish"),
                    ("pass_date", "2015-06-01"),
                    ("pip_date", "unknown"),
                ],
                No,
            )
        },
        Case {
            has: &["obl-check-pass-date"],
            ..case(
                "Turkish, pass date unknown",
                &[
                    ("nationality", "turkish"),
                    ("pass_date", "unknown"),
                    ("pip_date", "unknown"),
                ],
                Unsure,
            )
        },
        Case {
            law: Some(Law::Wi2021),
            ..case(
                "Turkish, pass not yet collected",
                &[
                    ("nationality", "turkish"),
                    ("pass_date", "not_yet"),
                    ("pip_date", "not_yet"),
                ],
                Yes,
            )
        },
        Case {
            law: Some(Law::Wi2021),
            ..case(
                "other nationality, pass 2022-01-01",
                &[("pass_date", "2022-01-01"), ("pip_date", "2022-02-01")],
                Yes,
            )
        },
        Case {
            law: Some(Law::Wi2013),
            has: &["obl-reason-wi2013"],
            lacks: &["obl-part-intake"],
            ..case(
                "other nationality, pass 2021-12-31: Wi2013",
                &[("pass_date", "2021-12-31"), ("pip_date", "unknown")],
                Yes,
            )
        },
        Case {
            law: Some(Law::Unknown),
            has: &["obl-check-pass-date"],
            ..case(
                "pass date unknown: still obligated under either law",
                &[("pass_date", "unknown"), ("pip_date", "unknown")],
                Yes,
            )
        },
        // Purpose and referent (R1.3, R1.8, R1.9)
        Case {
            has: &["obl-reason-referent-ok"],
            ..case("referent Dutch", &[("referent", "dutch")], Yes)
        },
        Case {
            has: &["obl-reason-referent-ok"],
            lacks: &["obl-residence-naturalisation"],
            ..case("referent non-temporary permit", &[("referent", "non_temporary")], Yes)
        },
        Case {
            has: &["obl-reason-referent-temporary"],
            ..case("referent temporary purpose", &[("referent", "temporary")], No)
        },
        Case {
            has: &["obl-check-referent"],
            ..case("referent unknown", &[("referent", "unknown")], Unsure)
        },
        Case {
            has: &["obl-reason-temporary-own"],
            ..case(
                "own temporary purpose (study, work)",
                &[("purpose", "temporary"), ("referent", "unknown")],
                No,
            )
        },
        Case {
            group: Some(Group::OverigeMigrant),
            has: &["obl-reason-clergy"],
            lacks: &["obl-referent-inform"],
            ..case("clergy", &[("purpose", "clergy"), ("referent", "unknown")], Yes)
        },
        Case {
            group: Some(Group::OverigeMigrant),
            has: &["obl-reason-humanitarian"],
            ..case(
                "non-temporary humanitarian permit",
                &[("purpose", "humanitarian"), ("referent", "unknown")],
                Yes,
            )
        },
        Case {
            group: Some(Group::Nareiziger),
            law: Some(Law::Wi2021),
            has: &["obl-reason-nareiziger"],
            lacks: &["obl-part-intake", "obl-money-loan"],
            ..case("nareiziger", &[("purpose", "refugee_family")], Nfp)
        },
        Case {
            group: Some(Group::Nareiziger),
            ..case(
                "nareiziger with unknown nationality",
                &[("purpose", "refugee_family"), ("nationality", "unknown")],
                Nfp,
            )
        },
        Case {
            has: &["obl-check-purpose"],
            ..case("purpose unknown", &[("purpose", "unknown")], Unsure)
        },
        Case {
            has: &["obl-reason-eu"],
            ..case(
                "EU partner of a temporary referent",
                &[("nationality", "eu"), ("referent", "temporary")],
                No,
            )
        },
        // Age (R1.2, R1.4), on the pass date
        Case {
            has: &["obl-reason-age-under"],
            ..case(
                "15 on the pass date",
                &[("birth_date", "2009-03-02"), ("pass_date", "2024-03-01")],
                No,
            )
        },
        Case {
            has: &["obl-check-school-age"],
            ..case(
                "16 on the pass date",
                &[("birth_date", "2008-03-01"), ("pass_date", "2024-03-01")],
                Unsure,
            )
        },
        Case {
            has: &["obl-check-school-age"],
            ..case(
                "17 on the pass date",
                &[("birth_date", "2006-06-01"), ("pass_date", "2024-03-01")],
                Unsure,
            )
        },
        Case {
            has: &["obl-reason-age-ok"],
            ..case(
                "18 on the pass date",
                &[("birth_date", "2006-03-01"), ("pass_date", "2024-03-01")],
                Yes,
            )
        },
        Case {
            has: &["obl-reason-age-under"],
            ..case(
                "one day short of 16",
                &[("birth_date", "2008-03-02"), ("pass_date", "2024-03-01")],
                No,
            )
        },
        Case {
            has: &["obl-reason-age-ok"],
            ..case(
                "66 on the pass date",
                &[("birth_date", "1957-04-01"), ("pass_date", "2024-03-01")],
                Yes,
            )
        },
        Case {
            has: &["obl-reason-age-aow", "obl-check-aow"],
            ..case(
                "67 on the pass date (AOW age)",
                &[("birth_date", "1957-03-01"), ("pass_date", "2024-03-01")],
                No,
            )
        },
        Case {
            has: &["obl-reason-age-aow"],
            ..case("80", &[("birth_date", "1944-01-01")], No)
        },
        Case {
            has: &["obl-check-birth-date"],
            ..case("birth date unknown", &[("birth_date", "unknown")], Unsure)
        },
        Case {
            has: &["obl-reason-age-under"],
            ..case(
                "pass not yet, 15 today",
                &[
                    ("birth_date", "2011-01-01"),
                    ("pass_date", "not_yet"),
                    ("pip_date", "not_yet"),
                ],
                No,
            )
        },
        Case {
            has: &["obl-reason-age-ok"],
            ..case(
                "born on 29 February, 18 on 28 February",
                &[
                    ("birth_date", "2004-02-29"),
                    ("pass_date", "2022-03-01"),
                    ("pip_date", "2022-04-01"),
                ],
                Yes,
            )
        },
        // Exemptions (R1.6)
        Case {
            has: &["obl-reason-diploma", "obl-exempt-diploma"],
            ..case("Dutch diploma", &[("diploma", "yes")], No)
        },
        Case {
            has: &["obl-check-diploma", "obl-exempt-diploma"],
            ..case("diploma unknown", &[("diploma", "unknown")], Unsure)
        },
        Case {
            has: &["obl-reason-schooling"],
            ..case("8 years of school in NL", &[("schooling", "yes")], No)
        },
        Case {
            has: &["obl-check-schooling", "obl-exempt-schooling"],
            ..case("schooling unknown", &[("schooling", "unknown")], Unsure)
        },
        Case {
            has: &["obl-check-diploma", "obl-check-schooling", "obl-check-birth-date"],
            ..case(
                "questions not answered at all",
                &[("diploma", ""), ("schooling", ""), ("birth_date", "")],
                Unsure,
            )
        },
        Case {
            lacks: &["obl-exempt-diploma", "obl-exempt-schooling"],
            has: &["obl-exempt-medical", "obl-exempt-no-effort-release"],
            ..case("no diploma, no schooling: only medical release", &[], Yes)
        },
        // Deadline (R2.1, R2.4)
        Case {
            has: &["obl-deadline-known", "obl-deadline-official", "obl-deadline-extension"],
            ..case("PIP known", &[], Yes)
        },
        Case {
            has: &["obl-deadline-after-pip", "obl-part-pip-weeks"],
            lacks: &["obl-deadline-known"],
            ..case("PIP not yet", &[("pip_date", "not_yet")], Yes)
        },
        Case {
            has: &["obl-deadline-after-pip"],
            ..case("PIP unknown", &[("pip_date", "unknown")], Yes)
        },
        Case {
            has: &["obl-deadline-known"],
            ..case(
                "PIP on 29 February",
                &[("pass_date", "2024-01-15"), ("pip_date", "2024-02-29")],
                Yes,
            )
        },
        Case {
            has: &["obl-deadline-known"],
            ..case(
                "PIP on 28 February of a leap year",
                &[("pass_date", "2024-01-15"), ("pip_date", "2024-02-28")],
                Yes,
            )
        },
        Case {
            has: &["obl-deadline-known"],
            ..case("PIP on the day of the pass", &[("pip_date", "2024-03-01")], Yes)
        },
        // Routes and parts (R3, R4)
        Case {
            has: &[
                "obl-part-route-b1",
                "obl-part-route-a2",
                "obl-part-map",
                "obl-part-pvt",
                "obl-part-knm",
            ],
            lacks: &["obl-part-route-z", "obl-part-no-map"],
            ..case("B1-route", &[("route", "b1")], Yes)
        },
        Case {
            has: &["obl-part-route-z", "obl-part-map", "obl-part-pvt"],
            lacks: &["obl-part-route-b1"],
            ..case("Z-route", &[("route", "z")], Yes)
        },
        Case {
            has: &["obl-part-route-education", "obl-part-no-map", "obl-part-pvt"],
            lacks: &["obl-part-map"],
            ..case("onderwijsroute: no MAP", &[("route", "education")], Yes)
        },
        Case {
            has: &[
                "obl-part-route-choice",
                "obl-part-route-b1",
                "obl-part-route-z",
                "obl-part-route-education",
                "obl-part-map",
            ],
            ..case("route not known yet", &[("route", "unknown")], Yes)
        },
        Case {
            has: &[
                "obl-part-intake",
                "obl-part-lbt",
                "obl-part-alone",
                "obl-part-pip",
                "obl-part-done",
            ],
            ..case("always: intake, LBT, PIP", &[], Yes)
        },
        // Money (R6, R3.6)
        Case {
            has: &[
                "obl-money-pay",
                "obl-money-exams",
                "obl-money-loan",
                "obl-money-repay",
                "obl-money-no-cancel",
                "obl-money-other",
            ],
            ..case("money", &[], Yes)
        },
        Case {
            lacks: &["obl-money-loan"],
            ..case("no money section when not obligated", &[("nationality", "eu")], No)
        },
        // Residence (R2.7, R7.4–R7.6)
        Case {
            has: &[
                "obl-residence-requirement",
                "obl-residence-naturalisation",
                "obl-residence-permit",
                "obl-residence-dependent",
            ],
            ..case(
                "Dutch partner: naturalisation after 3 years",
                &[("referent", "dutch")],
                Yes,
            )
        },
        Case {
            lacks: &["obl-residence-naturalisation"],
            has: &["obl-residence-permit"],
            ..case(
                "non-Dutch partner: no 3-year naturalisation",
                &[("referent", "non_temporary")],
                Yes,
            )
        },
        Case {
            has: &["obl-residence-turkish"],
            ..case(
                "Turkish: exempt from the requirement for a stronger permit",
                &[
                    ("nationality", "turkish"),
                    ("pass_date", "2023-01-01"),
                    ("pip_date", "2023-02-01"),
                ],
                Yes,
            )
        },
        // Referent duties (R7.7, R5.2)
        Case {
            has: &[
                "obl-referent-inform",
                "obl-referent-admin",
                "obl-referent-sanctions",
                "obl-referent-intake",
            ],
            ..case("referent duties for family migrants", &[], Yes)
        },
        Case {
            lacks: &["obl-referent-inform"],
            ..case("no referent duties for clergy", &[("purpose", "clergy")], Yes)
        },
        // "I don't know" everywhere
        Case {
            group: Some(Group::Unknown),
            law: Some(Law::Unknown),
            has: &[
                "obl-check-nationality",
                "obl-check-purpose",
                "obl-check-birth-date",
                "obl-check-pass-date",
                "obl-check-diploma",
                "obl-check-schooling",
            ],
            ..case(
                "everything unknown",
                &[
                    ("nationality", "unknown"),
                    ("purpose", "unknown"),
                    ("referent", "unknown"),
                    ("birth_date", "unknown"),
                    ("pass_date", "unknown"),
                    ("diploma", "unknown"),
                    ("schooling", "unknown"),
                    ("pip_date", "unknown"),
                    ("route", "unknown"),
                ],
                Unsure,
            )
        },
        Case {
            has: &["obl-part-route-choice"],
            ..case(
                "unknown but likely obligated still lists the parts",
                &[("nationality", "unknown"), ("route", "unknown")],
                Unsure,
            )
        },
        Case {
            has: &["obl-reason-referent-temporary"],
            ..case(
                "definite no wins over unknowns",
                &[
                    ("referent", "temporary"),
                    ("birth_date", "unknown"),
                    ("diploma", "unknown"),
                ],
                No,
            )
        },
        Case {
            has: &["obl-reason-schooling"],
            ..case(
                "schooling beats a Turkish Wi2021 start",
                &[
                    ("nationality", "turkish"),
                    ("pass_date", "2023-01-01"),
                    ("schooling", "yes"),
                ],
                No,
            )
        },
        Case {
            has: &["obl-reason-age-under"],
            ..case(
                "too young beats a Wi2013 start",
                &[
                    ("birth_date", "2010-01-01"),
                    ("pass_date", "2021-06-01"),
                    ("pip_date", "unknown"),
                ],
                No,
            )
        },
        Case {
            has: &["obl-reason-turkish-before"],
            ..case(
                "Turkish Wi2013 even with unknown diploma",
                &[
                    ("nationality", "turkish"),
                    ("pass_date", "2020-01-01"),
                    ("diploma", "unknown"),
                    ("pip_date", "unknown"),
                ],
                No,
            )
        },
    ]
}

fn answers_for(case: &Case) -> Answers {
    let mut pairs: Vec<(&str, &str)> = BASE
        .iter()
        .filter(|(k, _)| !case.answers.iter().any(|(ck, _)| ck == k))
        .copied()
        .collect();
    pairs.extend(case.answers.iter().copied());
    Answers::parse(pairs, d(TODAY)).unwrap_or_else(|e| panic!("{}: invalid answers {e:?}", case.name))
}

#[test]
fn the_table_holds_at_least_sixty_cases() {
    assert!(cases().len() >= 60, "{} cases", cases().len());
}

#[test]
fn every_case_gives_the_expected_result() {
    let mut failures = Vec::new();
    for case in cases() {
        let outcome = evaluate(&answers_for(&case), d(TODAY));
        let messages: Vec<&str> = outcome.statements().map(|s| s.message).collect();
        let mut problems = Vec::new();
        if outcome.status != case.status {
            problems.push(format!("status {:?}, expected {:?}", outcome.status, case.status));
        }
        if case.law.is_some_and(|law| law != outcome.law) {
            problems.push(format!("law {:?}, expected {:?}", outcome.law, case.law));
        }
        if case.group.is_some_and(|group| group != outcome.group) {
            problems.push(format!("group {:?}, expected {:?}", outcome.group, case.group));
        }
        problems.extend(
            case.has
                .iter()
                .filter(|m| !messages.contains(m))
                .map(|m| format!("lacks {m}")),
        );
        problems.extend(
            case.lacks
                .iter()
                .filter(|m| messages.contains(m))
                .map(|m| format!("has {m}")),
        );
        if !problems.is_empty() {
            failures.push(format!("{}: {}", case.name, problems.join("; ")));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn the_termijn_runs_three_years_from_the_day_after_the_first_pip() {
    let cases = [
        ("2024-05-10", "2024-05-11", "2027-05-10"),
        ("2024-02-29", "2024-03-01", "2027-02-28"),
        ("2024-02-28", "2024-02-29", "2027-02-28"),
        ("2023-12-31", "2024-01-01", "2026-12-31"),
        ("2022-01-01", "2022-01-02", "2025-01-01"),
    ];
    for (pip, start, end) in cases {
        assert_eq!(termijn(d(pip)), Some((d(start), d(end))), "PIP {pip}");
    }
    let outcome = evaluate(&answers_for(&case("", &[("pip_date", "2024-05-10")], Yes)), d(TODAY));
    match outcome.deadline {
        Deadline::Known {
            termijn_start,
            termijn_end,
            extension_window_start,
        } => {
            assert_eq!((termijn_start, termijn_end), (d("2024-05-11"), d("2027-05-10")));
            assert_eq!(extension_window_start, d("2026-11-10"));
        }
        other => panic!("deadline {other:?}"),
    }
}

/// A small deterministic generator, so property runs are repeatable without extra crates.
struct Lcg(u64);
impl Lcg {
    fn next(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % n
    }
    fn pick<'a>(&mut self, options: &'a [String]) -> &'a str {
        &options[self.next(options.len() as u64) as usize]
    }
    fn date(&mut self) -> NaiveDate {
        d("1900-01-01") + chrono::Days::new(self.next(73_413))
    }
}

#[test]
fn property_every_result_cites_existing_rules_and_the_termijn_ends_after_it_starts() {
    let mut rng = Lcg(20261123);
    let today = d("2100-12-31");
    for _ in 0..20_000 {
        // Every offered answer, "not answered" (empty) and any date from 1900 to 2100.
        let pairs: Vec<(&str, String)> = Field::ALL
            .into_iter()
            .map(|field| {
                let mut options: Vec<String> = check::choices(field).iter().map(|c| (*c).to_owned()).collect();
                if field.is_date() {
                    options.extend([rng.date().format("%Y-%m-%d").to_string(), "unknown".to_owned()]);
                    if check::offers_not_yet(field) {
                        options.push("not_yet".to_owned());
                    }
                }
                options.push(String::new());
                (field.name(), rng.pick(&options).to_owned())
            })
            .collect();
        let pairs = pairs.iter().map(|(k, v)| (*k, v.as_str()));
        // Inconsistent date combinations are rejected by the parser; skip those.
        let Ok(answers) = Answers::parse(pairs, today) else {
            continue;
        };
        let outcome = evaluate(&answers, today);
        for statement in outcome.statements() {
            assert!(
                rules::find(statement.rule).is_some(),
                "{} cites unknown rule {}",
                statement.message,
                statement.rule
            );
        }
        assert!(
            !outcome.reasons.is_empty() || outcome.status == Status::NotSure,
            "a decided result gives a reason"
        );
        if let Deadline::Known {
            termijn_start,
            termijn_end,
            extension_window_start,
        } = outcome.deadline
        {
            assert!(termijn_start < termijn_end && extension_window_start <= termijn_end);
        }
    }
}

#[test]
fn property_no_panic_and_a_later_end_for_every_pip_date_from_1900_to_2100() {
    let mut day = d("1900-01-01");
    while day <= d("2100-12-31") {
        let (start, end) = termijn(day).expect("in range");
        assert!(start > day && end > start);
        // The deadline depends only on the first PIP date.
        assert_eq!(termijn(day), termijn(day));
        day = day.succ_opt().expect("next day");
    }
}

#[test]
fn property_the_deadline_depends_only_on_the_first_pip_date() {
    let base = evaluate(&answers_for(&case("", &[], Yes)), d(TODAY)).deadline;
    for (key, value) in [
        ("route", "z"),
        ("birth_date", "1980-01-01"),
        ("pass_date", "2023-01-01"),
        ("referent", "non_temporary"),
    ] {
        let outcome = evaluate(
            &answers_for(&Case {
                answers: Box::leak(Box::new([(key, value)])),
                ..case("", &[], Yes)
            }),
            d(TODAY),
        );
        assert_eq!(outcome.deadline, base, "changing {key} moved the deadline");
    }
}
