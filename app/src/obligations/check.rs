//! The order of the check's questions: which one to ask next, and when to stop.

use chrono::NaiveDate;

use super::{
    answers::{Answers, Field, Purpose},
    evaluate::{evaluate, Status},
};

/// The answers a choice question offers, in order; "unknown" is always last. Empty for dates.
pub fn choices(field: Field) -> &'static [&'static str] {
    match field {
        Field::Nationality => &["eu", "turkish", "other", "unknown"],
        Field::Purpose => &[
            "partner",
            "refugee_family",
            "clergy",
            "humanitarian",
            "temporary",
            "unknown",
        ],
        Field::Referent => &["dutch", "non_temporary", "temporary", "unknown"],
        Field::Diploma | Field::Schooling => &["yes", "no", "unknown"],
        Field::Route => &["b1", "z", "education", "unknown"],
        Field::BirthDate | Field::PassDate | Field::PipDate => &[],
    }
}

/// The message id of a choice's label.
pub fn choice_label(field: Field, value: &str) -> String {
    match value {
        "unknown" => "check-unknown".to_owned(),
        "not_yet" => "check-not-yet".to_owned(),
        "yes" | "no" => format!("check-a-{value}"),
        _ => format!("check-a-{}-{value}", field.name()),
    }
}

/// Whether a date question offers "not yet" (the pass and the PIP may still be ahead).
pub fn offers_not_yet(field: Field) -> bool {
    matches!(field, Field::PassDate | Field::PipDate)
}

/// Whether a question matters for these answers (the partner's status only for family migrants).
pub fn is_relevant(field: Field, answers: &Answers) -> bool {
    match field {
        Field::Referent => answers.purpose == Some(Purpose::Partner),
        _ => true,
    }
}

/// Whether `field` has an answer (including "I don't know").
pub fn is_answered(field: Field, a: &Answers) -> bool {
    match field {
        Field::Nationality => a.nationality.is_some(),
        Field::Purpose => a.purpose.is_some(),
        Field::Referent => a.referent.is_some(),
        Field::BirthDate => a.birth_date.is_some(),
        Field::PassDate => a.pass_date.is_some(),
        Field::Diploma => a.diploma.is_some(),
        Field::Schooling => a.schooling.is_some(),
        Field::PipDate => a.pip_date.is_some(),
        Field::Route => a.route.is_some(),
    }
}

/// The questions that apply to these answers, in order.
pub fn relevant_fields(answers: &Answers) -> Vec<Field> {
    Field::ALL.into_iter().filter(|f| is_relevant(*f, answers)).collect()
}

/// The next question to ask, or `None` when the result can be shown: every relevant question
/// is answered, or the answers so far already rule the obligation out (a definite "no" never
/// changes with more answers).
pub fn next_question(answers: &Answers, today: NaiveDate) -> Option<Field> {
    let decided = matches!(
        evaluate(answers, today).status,
        Status::NotObligated | Status::NotForThisPortal
    );
    if decided {
        return None;
    }
    relevant_fields(answers).into_iter().find(|f| !is_answered(*f, answers))
}

/// The answered question just before `field`, for the "previous question" link.
pub fn previous_question(field: Field, answers: &Answers) -> Option<Field> {
    relevant_fields(answers)
        .into_iter()
        .take_while(|f| *f != field)
        .filter(|f| is_answered(*f, answers))
        .last()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).expect("date")
    }

    fn answers(pairs: &[(&str, &str)]) -> Answers {
        Answers::parse(pairs.iter().copied(), today()).expect("valid")
    }

    #[test]
    fn questions_come_in_order_and_skip_what_does_not_apply() {
        assert_eq!(next_question(&answers(&[]), today()), Some(Field::Nationality));
        assert_eq!(
            next_question(&answers(&[("nationality", "other")]), today()),
            Some(Field::Purpose)
        );
        let partner = answers(&[("nationality", "other"), ("purpose", "partner")]);
        assert_eq!(next_question(&partner, today()), Some(Field::Referent));
        let clergy = answers(&[("nationality", "other"), ("purpose", "clergy")]);
        assert_eq!(next_question(&clergy, today()), Some(Field::BirthDate));
        assert_eq!(previous_question(Field::BirthDate, &clergy), Some(Field::Purpose));
        assert_eq!(relevant_fields(&clergy).len(), 8);
    }

    #[test]
    fn a_definite_no_ends_the_check_early() {
        assert_eq!(next_question(&answers(&[("nationality", "eu")]), today()), None);
        let nareiziger = answers(&[("nationality", "other"), ("purpose", "refugee_family")]);
        assert_eq!(next_question(&nareiziger, today()), None);
    }

    #[test]
    fn the_check_ends_when_everything_is_answered() {
        let all = answers(&[
            ("nationality", "unknown"),
            ("purpose", "partner"),
            ("referent", "unknown"),
            ("birth_date", "unknown"),
            ("pass_date", "not_yet"),
            ("diploma", "unknown"),
            ("schooling", "unknown"),
            ("pip_date", "not_yet"),
            ("route", "unknown"),
        ]);
        assert_eq!(next_question(&all, today()), None);
    }
}
