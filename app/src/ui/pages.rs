//! One component per route.

mod account;
mod glossary;
mod home;
mod info;
mod not_found;
mod obligations;
mod plan;
mod schools;
mod schools_edit;
mod sessions;
mod staff;

pub use account::{
    AccountPage, CheckMailPage, DeletePage, ForgotPage, ResetPage, SharedCheckPage, SignInPage, SignUpPage, VerifyPage,
};
pub use glossary::GlossaryPage;
pub use home::HomePage;
pub use info::{PrivacyPage, ReferentPage};
pub use not_found::NotFoundPage;
pub use obligations::{CheckPage, ObligationsPage, ResultPage};
pub use plan::{PlanPage, PlanPrintPage};
pub use schools::{ComparePage, SchoolsPage};
pub use schools_edit::{ConsultantSchoolsPage, OfferEditPage, SchoolEditPage};
pub use sessions::{
    ConsultantSessionPage, ConsultantSessionsPage, MyBookingsPage, NewSessionPage, SessionPage, SessionsPage,
};
pub use staff::{ActivatePage, AdminPage, ConsultantPage, LetterPage, TwoFactorPage};
