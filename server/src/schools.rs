//! Language schools: the import (`wegwijs import-schools`), the search and comparison, and
//! the consultant's edits. The rules (cost, keurmerk, format) live in `app::schools`.

pub mod edit;
pub mod import;
pub mod search;

use app::schools::{
    keurmerk_on, split_names, views::SchoolCard, Format, Keurmerk, Offer, ProviderKind, Route, Schedule,
};
use chrono::NaiveDate;

/// An offer with its school and location, as the search and the comparison read it.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct OfferRow {
    pub offer_id: i64,
    pub name: String,
    pub kind: String,
    pub keurmerk: String,
    pub keurmerk_valid_until: Option<String>,
    pub stars: Option<i64>,
    pub website: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub verified_on: String,
    pub verified_source: String,
    pub address: String,
    pub postcode: String,
    pub city: String,
    pub municipality: String,
    pub route: String,
    pub price_cents: i64,
    pub hours: i64,
    pub hours_per_week: i64,
    pub weeks: i64,
    pub schedule: String,
    pub format: String,
    pub in_person_percent: i64,
    pub intake_test: bool,
    pub exams_included: bool,
    pub retakes_included: i64,
    pub childcare: bool,
    pub max_class_size: Option<i64>,
    pub support_languages: String,
    pub suits_working: bool,
    pub start_dates: String,
}

/// The columns of [`OfferRow`] from `school_offers o`, `schools s`, `school_locations l`.
pub const OFFER_COLUMNS: &str = "o.id as offer_id, s.name, s.kind, s.keurmerk, \
    s.keurmerk_valid_until, s.stars, s.website, s.phone, s.email, s.verified_on, s.verified_source, l.address, \
    l.postcode, l.city, l.municipality, o.route, o.price_cents, o.hours, o.hours_per_week, o.weeks, o.schedule, \
    o.format, o.in_person_percent, o.intake_test, o.exams_included, o.retakes_included, o.childcare, \
    o.max_class_size, o.support_languages, o.suits_working, o.start_dates";

pub const OFFER_JOINS: &str =
    "school_offers o join schools s on s.id = o.school_id join school_locations l on l.id = o.location_id";

fn day(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()
}

impl OfferRow {
    pub fn kind(&self) -> ProviderKind {
        ProviderKind::from_name(&self.kind).unwrap_or(ProviderKind::School)
    }

    /// The keurmerk as it counts on `today`.
    pub fn keurmerk_on(&self, today: NaiveDate) -> Keurmerk {
        let stored = Keurmerk::from_name(&self.keurmerk).unwrap_or(Keurmerk::None);
        keurmerk_on(stored, self.keurmerk_valid_until.as_deref().and_then(day), today)
    }

    pub fn offer(&self) -> Offer {
        Offer {
            route: Route::from_name(&self.route).unwrap_or(Route::B1),
            price_cents: self.price_cents,
            hours: self.hours,
            hours_per_week: self.hours_per_week,
            weeks: self.weeks,
            schedule: split_names(&self.schedule).filter_map(Schedule::from_name).collect(),
            format: Format::from_name(&self.format).unwrap_or(Format::InPerson),
            in_person_percent: self.in_person_percent,
            intake_test: self.intake_test,
            exams_included: self.exams_included,
            retakes_included: self.retakes_included,
            childcare: self.childcare,
            max_class_size: self.max_class_size,
            support_languages: split_names(&self.support_languages).map(str::to_owned).collect(),
            suits_working: self.suits_working,
            start_dates: split_names(&self.start_dates).filter_map(day).collect(),
        }
    }

    /// The result card, with the cost as the rules give it today.
    pub fn card(&self, today: NaiveDate, distance_km: Option<f64>) -> SchoolCard {
        let offer = self.offer();
        let keurmerk = self.keurmerk_on(today);
        let cost = app::schools::cost::cost(&offer, self.kind(), keurmerk);
        SchoolCard {
            offer_id: self.offer_id,
            name: self.name.clone(),
            kind: self.kind(),
            keurmerk,
            keurmerk_valid_until: self.keurmerk_valid_until.as_deref().and_then(day),
            stars: self.stars,
            city: self.city.clone(),
            municipality: app::accounts::municipalities::name(&self.municipality)
                .unwrap_or(&self.municipality)
                .to_owned(),
            route: offer.route,
            hours: offer.hours,
            hours_per_week: offer.hours_per_week,
            weeks: offer.weeks,
            next_start: offer.start_dates.iter().copied().find(|d| *d >= today),
            schedule: offer.schedule,
            format: offer.format,
            childcare: offer.childcare,
            suits_working: offer.suits_working,
            total_cents: cost.total_cents,
            per_hour_cents: app::schools::cost::per_hour_cents(cost.total_cents, offer.hours),
            distance_km,
        }
    }
}
