//! What the school pages show, filled in by the server before rendering.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{
    cost::{Cost, Warning},
    search::{FieldProblem, SearchQuery},
    Format, Keurmerk, Offer, ProviderKind, Route, Schedule,
};

/// One offer of one provider at one location: a search result.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SchoolCard {
    pub offer_id: i64,
    pub name: String,
    pub kind: ProviderKind,
    /// As it counts today (an expired keurmerk is `None`).
    pub keurmerk: Keurmerk,
    pub keurmerk_valid_until: Option<NaiveDate>,
    pub stars: Option<i64>,
    pub city: String,
    /// Municipality name.
    pub municipality: String,
    pub route: Route,
    pub hours: i64,
    pub hours_per_week: i64,
    pub weeks: i64,
    pub schedule: Vec<Schedule>,
    pub format: Format,
    pub childcare: bool,
    pub suits_working: bool,
    pub total_cents: i64,
    pub per_hour_cents: Option<i64>,
    pub distance_km: Option<f64>,
    pub next_start: Option<NaiveDate>,
}

/// The search page: the query as understood, its problems and one page of results.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SchoolSearch {
    pub query: SearchQuery,
    pub problems: Vec<FieldProblem>,
    pub cards: Vec<SchoolCard>,
    pub total: i64,
    pub pages: i64,
    /// Distance is measured from the middle of this municipality's schools (no location given).
    pub distance_from: Option<String>,
    /// Sorting by distance was asked without any place to measure from.
    pub distance_unknown: bool,
}

/// One column of the comparison.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CompareItem {
    pub card: SchoolCard,
    pub offer: Offer,
    pub address: String,
    pub postcode: String,
    pub website: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub verified_on: NaiveDate,
    pub verified_source: String,
    pub cost: Cost,
    pub warnings: Vec<Warning>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Comparison {
    pub items: Vec<CompareItem>,
    /// Query string of the search the person came from ("" when none).
    pub back: String,
    /// A message id when fewer than 2 or more than 4 offers were chosen.
    pub problem: Option<String>,
}

/// Most and fewest offers side by side.
pub const COMPARE_MIN: usize = 2;
pub const COMPARE_MAX: usize = 4;

/// A school in the consultant's list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SchoolSummary {
    pub id: i64,
    pub name: String,
    pub keurmerk: String,
    pub verified_on: String,
    pub offers: i64,
}

/// The consultant's school list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsultantSchools {
    pub schools: Vec<SchoolSummary>,
    /// Only consultants add schools (in their municipality); admins edit.
    pub can_add: bool,
}

/// An offer in the list on the school's edit page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfferLine {
    pub id: i64,
    pub route: Route,
    pub price_cents: i64,
    pub hours: i64,
}

/// The school form (values come as the form state); `id` none for a new school.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SchoolEditor {
    pub id: Option<i64>,
    pub offers: Vec<OfferLine>,
}

/// The offer form of a school; `offer_id` none for a new offer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfferEditor {
    pub school_id: i64,
    pub school_name: String,
    pub offer_id: Option<i64>,
    pub kind: ProviderKind,
}
