//! One component per route.

mod coming_soon;
mod home;
mod not_found;

pub use coming_soon::{AccountPage, ObligationsPage, PlanPage, SchoolsPage, SessionsPage};
pub use home::HomePage;
pub use not_found::NotFoundPage;
