//! The school search as it travels in the URL: what the GET form sends, checked, and written
//! back for pagination and sharing. A value that makes no sense is dropped with a message at
//! its field, and the rest of the search still runs.

use serde::{Deserialize, Serialize};

use super::{import, Format, Route, Schedule};
use crate::accounts::municipalities;

/// Results per page: a phone screen or three of cards, small pages on slow connections.
pub const PAGE_SIZE: i64 = 20;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Sort {
    Total,
    PerHour,
    Stars,
    Distance,
}

impl Sort {
    pub const ALL: [Self; 4] = [Self::Total, Self::PerHour, Self::Stars, Self::Distance];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Total => "total",
            Self::PerHour => "per_hour",
            Self::Stars => "stars",
            Self::Distance => "distance",
        }
    }
}

/// A place to measure distance from.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Point {
    pub lat: f64,
    pub lon: f64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SearchQuery {
    /// CBS code ("" = anywhere).
    pub municipality: String,
    pub city: String,
    /// `None`: every route.
    pub route: Option<Route>,
    /// Times the person can come; an offer matches when it has one of them.
    pub schedule: Vec<Schedule>,
    pub format: Option<Format>,
    /// Only schools whose keurmerk is valid today (on unless the person turns it off).
    pub keurmerk_only: bool,
    pub max_total_cents: Option<i64>,
    pub childcare: bool,
    pub suits_working: bool,
    pub near: Option<Point>,
    pub max_km: Option<i64>,
    pub sort: Sort,
    pub page: i64,
    /// The text typed in the price and distance fields, kept as typed.
    pub max_total_text: String,
    pub max_km_text: String,
}

impl Default for SearchQuery {
    fn default() -> Self {
        Self {
            municipality: String::new(),
            city: String::new(),
            route: Some(Route::B1),
            schedule: Vec::new(),
            format: None,
            keurmerk_only: true,
            max_total_cents: None,
            childcare: false,
            suits_working: false,
            near: None,
            max_km: None,
            sort: Sort::Total,
            page: 1,
            max_total_text: String::new(),
            max_km_text: String::new(),
        }
    }
}

/// A field and the message id of its problem.
pub type FieldProblem = (String, String);

impl SearchQuery {
    /// Reads the form's fields. `sent` (a hidden field) tells a submitted form from a first
    /// visit, so an unticked "keurmerk only" box means off, not "use the default".
    pub fn from_pairs(pairs: &[(String, String)]) -> (Self, Vec<FieldProblem>) {
        let get = |name: &str| {
            pairs
                .iter()
                .rev()
                .find(|(k, _)| k == name)
                .map_or("", |(_, v)| v.as_str())
                .trim()
        };
        let has = |name: &str| !get(name).is_empty();
        let sent = has("sent");
        let mut problems = Vec::new();
        let mut q = Self::default();
        if municipalities::name(get("municipality")).is_some() {
            q.municipality = get("municipality").to_owned();
        }
        q.city = get("city").chars().take(80).collect();
        q.route = match get("route") {
            "" if sent => None,
            "" => Some(Route::B1),
            "all" => None,
            name => Route::from_name(name).or(Some(Route::B1)),
        };
        q.schedule = pairs
            .iter()
            .filter(|(k, _)| k == "schedule")
            .filter_map(|(_, v)| Schedule::from_name(v))
            .collect();
        q.schedule.dedup();
        q.format = Format::from_name(get("format"));
        q.keurmerk_only = !sent || has("keurmerk");
        q.childcare = has("childcare");
        q.suits_working = has("working");
        q.max_total_text = get("max_total").to_owned();
        if !q.max_total_text.is_empty() {
            match import::price(&q.max_total_text) {
                Ok(cents) => q.max_total_cents = Some(cents),
                Err(_) => problems.push(("max_total".to_owned(), "school-error-max-total".to_owned())),
            }
        }
        let coordinate = |name: &str| get(name).replace(',', ".").parse::<f64>().ok();
        q.near = match (coordinate("lat"), coordinate("lon")) {
            (Some(lat), Some(lon)) if (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon) => {
                Some(Point { lat, lon })
            }
            _ => None,
        };
        q.max_km_text = get("km").to_owned();
        if !q.max_km_text.is_empty() {
            match import::whole(&q.max_km_text, 1, 300) {
                Ok(km) => q.max_km = Some(km),
                Err(_) => problems.push(("km".to_owned(), "school-error-km".to_owned())),
            }
        }
        q.sort = Sort::ALL
            .into_iter()
            .find(|s| s.as_str() == get("sort"))
            .unwrap_or(Sort::Total);
        q.page = get("page").parse::<i64>().unwrap_or(1).clamp(1, 10_000);
        (q, problems)
    }

    /// The query string of this search (for page links and sharing), at `page`.
    pub fn to_pairs(&self, page: i64) -> Vec<(&'static str, String)> {
        let mut out = vec![("sent", "1".to_owned())];
        let mut push = |name: &'static str, value: String| {
            if !value.is_empty() {
                out.push((name, value));
            }
        };
        push("municipality", self.municipality.clone());
        push("city", self.city.clone());
        push("route", self.route.map_or("all", Route::as_str).to_owned());
        for s in &self.schedule {
            push("schedule", s.as_str().to_owned());
        }
        push("format", self.format.map(Format::as_str).unwrap_or_default().to_owned());
        if self.keurmerk_only {
            push("keurmerk", "1".to_owned());
        }
        if self.childcare {
            push("childcare", "1".to_owned());
        }
        if self.suits_working {
            push("working", "1".to_owned());
        }
        push("max_total", self.max_total_text.clone());
        if let Some(p) = self.near {
            push("lat", format!("{:.4}", p.lat));
            push("lon", format!("{:.4}", p.lon));
        }
        push("km", self.max_km_text.clone());
        push("sort", self.sort.as_str().to_owned());
        if page > 1 {
            push("page", page.to_string());
        }
        out
    }
}

/// Kilometres a degree of latitude spans.
pub const KM_PER_DEGREE: f64 = 111.195;

/// Distance in km by the equirectangular approximation: within the Netherlands it is off by
/// well under 1%, and it needs only arithmetic, so the database can sort by it too.
pub fn distance_km(from: Point, lat: f64, lon: f64) -> f64 {
    let x = (lon - from.lon) * from.lat.to_radians().cos();
    let y = lat - from.lat;
    (x * x + y * y).sqrt() * KM_PER_DEGREE
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect()
    }

    #[test]
    fn a_first_visit_searches_b1_at_keurmerk_schools() {
        let (q, problems) = SearchQuery::from_pairs(&[]);
        assert!(problems.is_empty());
        assert_eq!(q, SearchQuery::default());
        assert!(q.keurmerk_only);
        assert_eq!(q.route, Some(Route::B1));
    }

    #[test]
    fn a_sent_form_without_the_box_turns_the_keurmerk_filter_off() {
        let (q, _) = SearchQuery::from_pairs(&pairs(&[("sent", "1"), ("route", "z")]));
        assert!(!q.keurmerk_only);
        assert_eq!(q.route, Some(Route::Z));
    }

    #[test]
    fn bad_numbers_are_reported_and_kept_as_typed() {
        let (q, problems) = SearchQuery::from_pairs(&pairs(&[("max_total", "veel"), ("km", "0"), ("page", "-3")]));
        assert_eq!(
            problems,
            vec![
                ("max_total".to_owned(), "school-error-max-total".to_owned()),
                ("km".to_owned(), "school-error-km".to_owned())
            ]
        );
        assert_eq!((q.max_total_text.as_str(), q.max_total_cents), ("veel", None));
        assert_eq!(q.page, 1);
    }

    #[test]
    fn the_query_string_round_trips() {
        let (q, _) = SearchQuery::from_pairs(&pairs(&[
            ("sent", "1"),
            ("municipality", "0363"),
            ("route", "all"),
            ("schedule", "evening"),
            ("schedule", "weekend"),
            ("format", "hybrid"),
            ("childcare", "on"),
            ("max_total", "7000"),
            ("lat", "52.37"),
            ("lon", "4.9"),
            ("km", "15"),
            ("sort", "distance"),
        ]));
        let written: Vec<(String, String)> = q.to_pairs(1).into_iter().map(|(k, v)| (k.to_owned(), v)).collect();
        let (again, problems) = SearchQuery::from_pairs(&written);
        assert!(problems.is_empty());
        assert_eq!(again, q);
        assert_eq!(q.max_total_cents, Some(700_000));
        assert!(!q.keurmerk_only);
    }

    #[test]
    fn distance_matches_known_pairs_within_one_percent() {
        // Amsterdam Centraal – Utrecht Centraal: about 35.3 km as the crow flies.
        let amsterdam = Point {
            lat: 52.3791,
            lon: 4.9003,
        };
        let km = distance_km(amsterdam, 52.0894, 5.1101);
        assert!((km - 35.3).abs() < 0.4, "{km}");
        assert!(distance_km(amsterdam, amsterdam.lat, amsterdam.lon).abs() < 1e-9);
    }
}
