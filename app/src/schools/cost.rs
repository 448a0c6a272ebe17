//! The total cost of an offer and what the migrant pays now, against the DUO loan.
//!
//! total = course price + exam fees the price leaves out (R3.6: each part, every attempt)
//!       + room for one retake of one part (unless the price includes retakes).
//! The DUO loan (R6.2) pays up to its ceiling, only at a keurmerk school; how much a person
//! may borrow depends on income (not published), so the pages say "up to". Monthly repayment
//! is not in our rules data, so the pages send people to DUO for it (R6.3).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{Keurmerk, Offer, ProviderKind, Route};
use crate::obligations::rules::{self, cents};

/// Exam parts a route ends with (R3.6: four language parts and KNM; R3.3: none in the
/// Z-route; KNM only: one).
pub fn exam_parts(route: Route) -> i64 {
    match route {
        Route::B1 | Route::A2 | Route::Education | Route::ExamTraining => rules::EXAM_COMPONENTS,
        Route::Knm => 1,
        Route::Z | Route::Literacy | Route::Informal => 0,
    }
}

/// What DUO lends for this school.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Loan {
    /// Keurmerk school: a loan up to this much is possible (R6.2).
    UpTo(i64),
    /// Aspirant keurmerk: our rules do not say; ask DUO.
    AskDuo,
    /// No keurmerk (or an informal offer): no loan.
    None,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cost {
    pub course_cents: i64,
    /// Exam parts whose fee is not in the price.
    pub exam_parts: i64,
    pub exam_fees_cents: i64,
    /// Room for one retake of one part.
    pub retake_cents: i64,
    pub total_cents: i64,
    pub loan: Loan,
    /// What is left after the largest possible loan (the total when there is no loan).
    pub pay_now_cents: i64,
    /// The date the exam fee is known to be right.
    pub fee_as_of: NaiveDate,
}

pub fn exam_fee() -> (i64, NaiveDate) {
    match rules::EXAM_FEE {
        rules::Value::Money { cents, as_of } => (cents, as_of),
        _ => unreachable!("the exam fee is an amount"),
    }
}

/// The cost of an offer at a provider with this keurmerk (as it counts today).
pub fn cost(offer: &Offer, kind: ProviderKind, keurmerk: Keurmerk) -> Cost {
    let (fee, fee_as_of) = exam_fee();
    let parts = exam_parts(offer.route);
    let exam_parts = if offer.exams_included { 0 } else { parts };
    let retake_cents = if parts > 0 && offer.retakes_included == 0 {
        fee
    } else {
        0
    };
    let exam_fees_cents = exam_parts * fee;
    let total_cents = offer.price_cents + exam_fees_cents + retake_cents;
    let loan = match (kind, keurmerk) {
        (ProviderKind::School, Keurmerk::Holder) => Loan::UpTo(cents(rules::LOAN_MAX)),
        (ProviderKind::School, Keurmerk::Aspirant) => Loan::AskDuo,
        _ => Loan::None,
    };
    let pay_now_cents = match loan {
        Loan::UpTo(max) => (total_cents - max).max(0),
        Loan::AskDuo | Loan::None => total_cents,
    };
    Cost {
        course_cents: offer.price_cents,
        exam_parts,
        exam_fees_cents,
        retake_cents,
        total_cents,
        loan,
        pay_now_cents,
        fee_as_of,
    }
}

/// Total cost per lesson hour, in cents (none for an offer without hours).
pub fn per_hour_cents(total_cents: i64, hours: i64) -> Option<i64> {
    (hours > 0).then(|| (total_cents + hours / 2) / hours)
}

/// What to warn about, in the order the pages show them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Warning {
    /// No (valid) keurmerk: no DUO loan, does not count for the Z-route or stepping down.
    NoKeurmerk,
    /// Aspirant keurmerk: whether the loan and the routes accept it is not in our rules.
    AspirantUncertain,
    /// A Z-route offer with fewer than 800 hours (R3.3).
    ZRouteHours,
    /// Stepping down needs 600 hours at a keurmerk school (R3.2); this offer alone has fewer.
    StepDownHours,
    /// The total is above the loan ceiling: the rest is paid by the migrant.
    AboveLoan,
    /// Informal practice: good next to a course, does not count as lesson hours.
    Informal,
}

impl Warning {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::NoKeurmerk => "no-keurmerk",
            Self::AspirantUncertain => "aspirant",
            Self::ZRouteHours => "z-hours",
            Self::StepDownHours => "step-down-hours",
            Self::AboveLoan => "above-loan",
            Self::Informal => "informal",
        }
    }

    pub const ALL: &'static [Self] = &[
        Self::NoKeurmerk,
        Self::AspirantUncertain,
        Self::ZRouteHours,
        Self::StepDownHours,
        Self::AboveLoan,
        Self::Informal,
    ];
}

pub fn warnings(offer: &Offer, kind: ProviderKind, keurmerk: Keurmerk, cost: &Cost) -> Vec<Warning> {
    let mut out = Vec::new();
    if kind != ProviderKind::School {
        out.push(Warning::Informal);
        return out;
    }
    match keurmerk {
        Keurmerk::None => out.push(Warning::NoKeurmerk),
        Keurmerk::Aspirant => out.push(Warning::AspirantUncertain),
        Keurmerk::Holder => {}
    }
    if offer.route == Route::Z && offer.hours < rules::Z_ROUTE_HOURS {
        out.push(Warning::ZRouteHours);
    }
    if offer.route == Route::A2 && offer.hours < rules::AFSCHALEN_HOURS {
        out.push(Warning::StepDownHours);
    }
    if matches!(cost.loan, Loan::UpTo(max) if cost.total_cents > max) {
        out.push(Warning::AboveLoan);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn offer(route: Route, price_cents: i64, hours: i64, exams_included: bool, retakes_included: i64) -> Offer {
        Offer {
            route,
            price_cents,
            hours,
            hours_per_week: 9,
            weeks: 40,
            schedule: vec![],
            format: super::super::Format::InPerson,
            in_person_percent: 100,
            intake_test: true,
            exams_included,
            retakes_included,
            childcare: false,
            max_class_size: None,
            support_languages: vec![],
            suits_working: false,
            start_dates: vec![],
        }
    }

    #[test]
    fn the_total_adds_exam_fees_and_one_retake_and_sets_it_against_the_loan() {
        use Keurmerk::*;
        use ProviderKind::School;
        // (route, price €, exams included, retakes included, keurmerk) → (total €, loan, pay now €)
        let cases = [
            // B1: 5 parts × €50 + one retake of €50.
            (Route::B1, 6_000, false, 0, Holder, 6_300, Loan::UpTo(1_000_000), 0),
            (Route::B1, 6_000, true, 0, Holder, 6_050, Loan::UpTo(1_000_000), 0),
            (Route::B1, 6_000, true, 1, Holder, 6_000, Loan::UpTo(1_000_000), 0),
            // Above the ceiling: the rest is paid now.
            (Route::B1, 9_900, false, 0, Holder, 10_200, Loan::UpTo(1_000_000), 200),
            // No keurmerk: no loan at all.
            (Route::B1, 3_000, false, 0, None, 3_300, Loan::None, 3_300),
            (Route::B1, 3_000, false, 0, Aspirant, 3_300, Loan::AskDuo, 3_300),
            // Z-route: no exams (R3.3), so no fees and no retake.
            (Route::Z, 8_000, false, 0, Holder, 8_000, Loan::UpTo(1_000_000), 0),
            // KNM only: one part plus one retake.
            (Route::Knm, 400, false, 0, Holder, 500, Loan::UpTo(1_000_000), 0),
            (
                Route::Literacy,
                2_000,
                false,
                0,
                Holder,
                2_000,
                Loan::UpTo(1_000_000),
                0,
            ),
        ];
        for (route, euros, exams, retakes, keurmerk, total, loan, pay_now) in cases {
            let o = offer(route, euros * 100, 600, exams, retakes);
            let c = cost(&o, School, keurmerk);
            assert_eq!(
                c.total_cents,
                total * 100,
                "{route:?} {euros} {exams} {retakes} {keurmerk:?}"
            );
            assert_eq!(c.loan, loan, "{route:?} {keurmerk:?}");
            assert_eq!(c.pay_now_cents, pay_now * 100, "{route:?} {euros} {keurmerk:?}");
            assert_eq!(c.course_cents + c.exam_fees_cents + c.retake_cents, c.total_cents);
        }
    }

    #[test]
    fn informal_offers_get_no_loan_even_with_a_keurmerk_field() {
        let o = offer(Route::Informal, 0, 40, false, 0);
        let c = cost(&o, ProviderKind::Taalcafe, Keurmerk::Holder);
        assert_eq!((c.total_cents, c.loan), (0, Loan::None));
        assert_eq!(
            warnings(&o, ProviderKind::Taalcafe, Keurmerk::Holder, &c),
            vec![Warning::Informal]
        );
    }

    #[test]
    fn warnings_follow_the_keurmerk_and_route_hours() {
        use Keurmerk::*;
        let cases = [
            (Route::B1, 600, Holder, 5_000, vec![]),
            (Route::B1, 600, None, 5_000, vec![Warning::NoKeurmerk]),
            (Route::B1, 600, Aspirant, 5_000, vec![Warning::AspirantUncertain]),
            (Route::Z, 800, Holder, 9_000, vec![]),
            (Route::Z, 799, Holder, 9_000, vec![Warning::ZRouteHours]),
            (
                Route::Z,
                400,
                None,
                4_000,
                vec![Warning::NoKeurmerk, Warning::ZRouteHours],
            ),
            (Route::A2, 300, Holder, 3_000, vec![Warning::StepDownHours]),
            (Route::B1, 1_000, Holder, 12_000, vec![Warning::AboveLoan]),
        ];
        for (route, hours, keurmerk, euros, expected) in cases {
            let o = offer(route, euros * 100, hours, false, 0);
            let c = cost(&o, ProviderKind::School, keurmerk);
            assert_eq!(
                warnings(&o, ProviderKind::School, keurmerk, &c),
                expected,
                "{route:?} {hours} h {keurmerk:?}"
            );
        }
    }

    #[test]
    fn price_per_hour_rounds_and_skips_zero_hours() {
        assert_eq!(per_hour_cents(630_000, 600), Some(1_050));
        assert_eq!(per_hour_cents(1_000, 3), Some(333));
        assert_eq!(per_hour_cents(1_000, 0), Option::None);
    }
}
