//! The consultant's school and offer forms: the same checks as the import (one set of cell
//! parsers), but every problem is reported at its field, as a message id.

use chrono::NaiveDate;

use super::{
    import::{self, Bad},
    join_names, Format, Keurmerk, Offer, ProviderKind, Route, Schedule,
};
use crate::sessions::Fields;

/// A field and the message id of its problem.
pub type Problems = Vec<(&'static str, &'static str)>;

#[derive(Clone, Debug, PartialEq)]
pub struct SchoolForm {
    pub name: String,
    pub kind: ProviderKind,
    pub website: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub keurmerk: Keurmerk,
    pub keurmerk_valid_until: Option<NaiveDate>,
    pub stars: Option<i64>,
    pub address: String,
    pub postcode: String,
    pub city: String,
    pub coordinates: Option<(f64, f64)>,
}

/// Collects the problems of all fields instead of stopping at the first.
struct Checker<'a> {
    fields: &'a dyn Fields,
    problems: Problems,
}

impl Checker<'_> {
    fn get<T>(&mut self, name: &'static str, parse: impl FnOnce(&str) -> Result<T, Bad>) -> Option<T> {
        match parse(&self.fields.get(name)) {
            Ok(value) => Some(value),
            Err(bad) => {
                self.problems.push((name, bad.message_id()));
                None
            }
        }
    }

    /// A checkbox: ticked or not.
    fn ticked(&self, name: &str) -> bool {
        !self.fields.get(name).is_empty()
    }
}

/// Lists typed with commas, spaces or `|` all become `|` lists.
fn as_list(text: &str) -> String {
    join_names(text.split([',', ' ', '|', ';']).filter(|s| !s.is_empty()))
}

pub fn parse_school(fields: &dyn Fields) -> Result<SchoolForm, Problems> {
    let mut c = Checker {
        fields,
        problems: Vec::new(),
    };
    let name = c.get("name", |v| import::text(v, true));
    let kind = c.get("kind", |v| import::choice(v, ProviderKind::from_name));
    let website = c.get("website", import::website);
    let phone = c.get("phone", |v| {
        import::text(v, false).map(|t| Some(t).filter(|t| !t.is_empty()))
    });
    let email = c.get("email", import::email);
    let keurmerk = c.get("keurmerk", |v| import::choice(v, Keurmerk::from_name));
    let keurmerk_valid_until = c.get("keurmerk_valid_until", import::optional_date);
    let stars = c.get("stars", |v| import::optional_whole(v, 1, 4).map_err(|_| Bad::Stars));
    let address = c.get("address", |v| import::text(v, true));
    let postcode = c.get("postcode", import::postcode);
    let city = c.get("city", |v| import::text(v, true));
    let coordinates = c.get("latitude", |lat| import::coordinates(lat, &fields.get("longitude")));
    if kind.is_some_and(|k| k != ProviderKind::School) && keurmerk.is_some_and(|k| k != Keurmerk::None) {
        c.problems.push(("keurmerk", "school-error-informal-keurmerk"));
    }
    match (
        name,
        kind,
        website,
        phone,
        email,
        keurmerk,
        keurmerk_valid_until,
        stars,
        address,
        postcode,
        city,
        coordinates,
    ) {
        (
            Some(name),
            Some(kind),
            Some(website),
            Some(phone),
            Some(email),
            Some(keurmerk),
            Some(keurmerk_valid_until),
            Some(stars),
            Some(address),
            Some(postcode),
            Some(city),
            Some(coordinates),
        ) if c.problems.is_empty() => Ok(SchoolForm {
            name,
            kind,
            website,
            phone,
            email,
            keurmerk,
            keurmerk_valid_until,
            stars,
            address,
            postcode,
            city,
            coordinates,
        }),
        _ => Err(c.problems),
    }
}

/// An offer of a provider of `kind`.
pub fn parse_offer(fields: &dyn Fields, kind: ProviderKind) -> Result<Offer, Problems> {
    let mut c = Checker {
        fields,
        problems: Vec::new(),
    };
    let schedule_list = join_names(fields.all("schedule").iter().map(String::as_str));
    let route = c.get("route", |v| import::choice(v, Route::from_name));
    let price_cents = c.get("price_eur", import::price);
    let hours = c.get("hours", |v| import::whole(v, 0, 5_000));
    let hours_per_week = c.get("hours_per_week", |v| import::whole(v, 0, import::MAX_HOURS_PER_WEEK));
    let weeks = c.get("weeks", |v| import::whole(v, 0, 520));
    let schedule = c.get("schedule", |_| import::schedules(&schedule_list));
    let format = c.get("format", |v| import::choice(v, Format::from_name));
    let in_person_percent = c.get("in_person_percent", |v| import::whole(v, 0, 100));
    let retakes_included = c.get("retakes_included", |v| import::whole(v, 0, 10));
    let max_class_size = c.get("max_class_size", |v| import::optional_whole(v, 1, 100));
    let support_languages = c.get("support_languages", |v| import::languages(&as_list(v)));
    let start_dates = c.get("start_dates", |v| import::dates(&as_list(v)));
    if route.is_some_and(|r| (r == Route::Informal) != (kind != ProviderKind::School)) {
        c.problems.push(("route", "school-error-informal-route"));
    }
    let ticked = |name| c.ticked(name);
    let (intake_test, exams_included, childcare, suits_working) = (
        ticked("intake_test"),
        ticked("exams_included"),
        ticked("childcare"),
        ticked("suits_working"),
    );
    match (
        route,
        price_cents,
        hours,
        hours_per_week,
        weeks,
        schedule,
        format,
        in_person_percent,
        retakes_included,
        max_class_size,
        support_languages,
        start_dates,
    ) {
        (
            Some(route),
            Some(price_cents),
            Some(hours),
            Some(hours_per_week),
            Some(weeks),
            Some(schedule),
            Some(format),
            Some(in_person_percent),
            Some(retakes_included),
            Some(max_class_size),
            Some(support_languages),
            Some(start_dates),
        ) if c.problems.is_empty() => Ok(Offer {
            route,
            price_cents,
            hours,
            hours_per_week,
            weeks,
            schedule,
            format,
            in_person_percent,
            intake_test,
            exams_included,
            retakes_included,
            childcare,
            max_class_size,
            support_languages,
            suits_working,
            start_dates,
        }),
        _ => Err(c.problems),
    }
}

/// The message ids the forms can show besides those of [`Bad`].
pub const FORM_PROBLEM_IDS: [&str; 2] = ["school-error-informal-keurmerk", "school-error-informal-route"];

/// The form's fields for a stored offer (to fill the form for editing).
pub fn offer_values(offer: &Offer) -> Vec<(String, String)> {
    let euros = crate::ui::numbers::amount(offer.price_cents, "nl").replace('.', "");
    let mut values: Vec<(String, String)> = vec![
        ("route".into(), offer.route.as_str().into()),
        ("price_eur".into(), euros),
        ("hours".into(), offer.hours.to_string()),
        ("hours_per_week".into(), offer.hours_per_week.to_string()),
        ("weeks".into(), offer.weeks.to_string()),
        ("format".into(), offer.format.as_str().into()),
        ("in_person_percent".into(), offer.in_person_percent.to_string()),
        ("retakes_included".into(), offer.retakes_included.to_string()),
        (
            "max_class_size".into(),
            offer.max_class_size.map(|n| n.to_string()).unwrap_or_default(),
        ),
        ("support_languages".into(), offer.support_languages.join(", ")),
        (
            "start_dates".into(),
            offer
                .start_dates
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", "),
        ),
    ];
    values.extend(
        offer
            .schedule
            .iter()
            .map(|s: &Schedule| ("schedule".into(), s.as_str().into())),
    );
    for (name, on) in [
        ("intake_test", offer.intake_test),
        ("exams_included", offer.exams_included),
        ("childcare", offer.childcare),
        ("suits_working", offer.suits_working),
    ] {
        if on {
            values.push((name.into(), "1".into()));
        }
    }
    values
}

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
                .map_or("", |(_, v)| v)
                .to_owned()
        }
        fn all(&self, name: &str) -> Vec<String> {
            self.0
                .iter()
                .filter(|(k, _)| *k == name)
                .map(|(_, v)| (*v).to_owned())
                .collect()
        }
    }

    fn offer_form(change: &[(&'static str, &'static str)]) -> Form {
        let mut fields = vec![
            ("route", "b1"),
            ("price_eur", "6250,50"),
            ("hours", "600"),
            ("hours_per_week", "9"),
            ("weeks", "67"),
            ("schedule", "daytime"),
            ("schedule", "evening"),
            ("format", "in_person"),
            ("in_person_percent", "100"),
            ("retakes_included", "0"),
            ("support_languages", "ar, tr"),
            ("start_dates", "2027-03-01, 2027-01-11"),
            ("childcare", "1"),
        ];
        fields.retain(|(k, _)| !change.iter().any(|(c, _)| c == k));
        fields.extend_from_slice(change);
        Form(fields)
    }

    #[test]
    fn a_good_offer_form_parses_and_fills_the_form_again() {
        let offer = parse_offer(&offer_form(&[]), ProviderKind::School).expect("parses");
        assert_eq!(offer.price_cents, 625_050);
        assert_eq!(offer.schedule, vec![Schedule::Daytime, Schedule::Evening]);
        assert_eq!(offer.support_languages, vec!["ar", "tr"]);
        assert!(offer.childcare && !offer.intake_test);
        assert_eq!(offer.start_dates[0].to_string(), "2027-01-11");
        let values = offer_values(&offer);
        let again = Form(
            values
                .iter()
                .map(|(k, v)| (&*k.clone().leak(), &*v.clone().leak()))
                .collect(),
        );
        assert_eq!(parse_offer(&again, ProviderKind::School), Ok(offer));
    }

    #[test]
    fn every_bad_field_is_reported_at_once() {
        let problems = parse_offer(
            &offer_form(&[("price_eur", "veel"), ("hours_per_week", "41"), ("schedule", "")]),
            ProviderKind::School,
        )
        .expect_err("refused");
        let fields: Vec<&str> = problems.iter().map(|(f, _)| *f).collect();
        assert_eq!(fields, vec!["price_eur", "hours_per_week", "schedule"]);
        assert_eq!(problems[0].1, "school-error-price");
        let informal = parse_offer(&offer_form(&[]), ProviderKind::Taalcafe).expect_err("informal");
        assert_eq!(informal, vec![("route", "school-error-informal-route")]);
    }
}
