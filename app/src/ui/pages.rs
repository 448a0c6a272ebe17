//! One component per route.

mod coming_soon;
mod glossary;
mod home;
mod not_found;
mod obligations;

pub use coming_soon::{AccountPage, PlanPage, SchoolsPage, SessionsPage};
pub use glossary::GlossaryPage;
pub use home::HomePage;
pub use not_found::NotFoundPage;
pub use obligations::{CheckPage, ObligationsPage, ResultPage};
