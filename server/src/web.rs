//! Pages that need data or take form posts (accounts, partner access, my data).
//!
//! GET renders the Leptos page with its data provided as context, loaded before rendering so
//! no page waits on the database mid-stream. POST goes to the same URL: a refusal renders the
//! page again with what was typed and the problems (422); success redirects (303).

mod account;
mod plan;
mod render;
mod request;
mod schools;
mod sessions;
mod staff;
mod viewer;

use axum::Router;

use crate::startup::AppState;

/// Paths whose GET is served by a handler here (with data) instead of the Leptos route list.
pub fn excluded_routes() -> Vec<String> {
    account::EXCLUDED_ROUTES
        .iter()
        .chain(staff::EXCLUDED_ROUTES.iter())
        .chain(sessions::EXCLUDED_ROUTES.iter())
        .chain(schools::EXCLUDED_ROUTES.iter())
        .chain(plan::EXCLUDED_ROUTES.iter())
        .map(|r| (*r).to_owned())
        .collect()
}

pub fn router() -> Router<AppState> {
    account::router()
        .merge(staff::router())
        .merge(sessions::router())
        .merge(schools::router())
        .merge(plan::router())
}

pub use render::render;
pub use viewer::{load_viewer, LoginSession, LOGIN_KEY};

/// Encodes pairs as a query string (without the `?`).
pub fn encode_pairs(pairs: &[(&str, String)]) -> String {
    let mut serializer = form_urlencoded::Serializer::new(String::new());
    for (name, value) in pairs {
        serializer.append_pair(name, value);
    }
    serializer.finish()
}
