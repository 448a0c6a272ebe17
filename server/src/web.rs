//! Pages that need data or take form posts (accounts, partner access, my data).
//!
//! GET renders the Leptos page with its data provided as context, loaded before rendering so
//! no page waits on the database mid-stream. POST goes to the same URL: a refusal renders the
//! page again with what was typed and the problems (422); success redirects (303).

mod account;
mod render;
mod viewer;

pub use account::{router, EXCLUDED_ROUTES};
pub use render::render;
pub use viewer::{load_viewer, LoginSession, LOGIN_KEY};
