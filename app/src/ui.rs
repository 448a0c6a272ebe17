//! Server-rendered pages: the HTML document, the page frame and the routes.

pub mod dates;
mod form;
pub mod i18n;
mod layout;
pub mod numbers;
mod pages;
mod query;
mod security;

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Link, MetaTags, Stylesheet};
use leptos_router::{
    components::{Route, Router, Routes},
    ParamSegment, StaticSegment,
};

/// Hashed URLs of the static assets, resolved by the server at start (see `server::assets`).
#[derive(Clone, Debug)]
pub struct Assets {
    /// URL of the stylesheet, e.g. `/pkg/wegwijs.3f2a….css`.
    pub css: String,
    /// The portal's public address (for shareable links), without a trailing slash.
    pub public_url: String,
}

/// The signed-in person of this request, put in the request by the server.
pub fn viewer() -> Option<crate::accounts::views::Viewer> {
    use_context::<axum::http::request::Parts>()
        .and_then(|p| p.extensions.get::<crate::accounts::views::Viewer>().cloned())
}

/// The HTML document around every page. `lang` and `dir` on `<html>` are set by
/// leptos-fluent through leptos_meta, from the negotiated language.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    view! {
        <!DOCTYPE html>
        <html>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="theme-color" content="#154273" />
                <HydrationScripts options islands=true />
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

/// The application: language negotiation, security headers, stylesheet and routes.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    security::set_content_security_policy();
    let css = use_context::<Assets>().map_or_else(|| "/pkg/wegwijs.css".to_owned(), |a| a.css);
    view! {
        <i18n::I18nProvider>
            <Stylesheet id="wegwijs-css" href=css />
            <Link rel="icon" href="/favicon.svg" type_="image/svg+xml" />
            <Router>
                <layout::Layout>
                    <Routes fallback=pages::NotFoundPage>
                        <Route path=StaticSegment("") view=pages::HomePage />
                        <Route path=StaticSegment("obligations") view=pages::ObligationsPage />
                        <Route path=(StaticSegment("obligations"), StaticSegment("check")) view=pages::CheckPage />
                        <Route path=(StaticSegment("obligations"), StaticSegment("result")) view=pages::ResultPage />
                        <Route path=StaticSegment("glossary") view=pages::GlossaryPage />
                        <Route path=StaticSegment("schools") view=pages::SchoolsPage />
                        <Route path=(StaticSegment("schools"), StaticSegment("compare")) view=pages::ComparePage />
                        <Route path=(StaticSegment("consultant"), StaticSegment("schools")) view=pages::ConsultantSchoolsPage />
                        <Route path=(StaticSegment("consultant"), StaticSegment("schools"), StaticSegment("new")) view=pages::SchoolEditPage />
                        <Route path=(StaticSegment("consultant"), StaticSegment("schools"), ParamSegment("id")) view=pages::SchoolEditPage />
                        <Route path=(StaticSegment("consultant"), StaticSegment("schools"), ParamSegment("id"), StaticSegment("offers"), ParamSegment("offer")) view=pages::OfferEditPage />
                        <Route path=StaticSegment("plan") view=pages::PlanPage />
                        <Route path=(StaticSegment("plan"), StaticSegment("print")) view=pages::PlanPrintPage />
                        <Route path=StaticSegment("sessions") view=pages::SessionsPage />
                        <Route path=(StaticSegment("sessions"), StaticSegment("mine")) view=pages::MyBookingsPage />
                        <Route path=(StaticSegment("sessions"), ParamSegment("id")) view=pages::SessionPage />
                        <Route path=(StaticSegment("consultant"), StaticSegment("sessions")) view=pages::ConsultantSessionsPage />
                        <Route path=(StaticSegment("consultant"), StaticSegment("sessions"), StaticSegment("new")) view=pages::NewSessionPage />
                        <Route path=(StaticSegment("consultant"), StaticSegment("sessions"), ParamSegment("id")) view=pages::ConsultantSessionPage />
                        <Route path=(StaticSegment("consultant"), StaticSegment("sessions"), ParamSegment("id"), StaticSegment("edit")) view=pages::NewSessionPage />
                        <Route path=StaticSegment("account") view=pages::AccountPage />
                        <Route path=(StaticSegment("account"), StaticSegment("sign-up")) view=pages::SignUpPage />
                        <Route path=(StaticSegment("account"), StaticSegment("check-mail")) view=pages::CheckMailPage />
                        <Route path=(StaticSegment("account"), StaticSegment("verify")) view=pages::VerifyPage />
                        <Route path=(StaticSegment("account"), StaticSegment("sign-in")) view=pages::SignInPage />
                        <Route path=(StaticSegment("account"), StaticSegment("forgot")) view=pages::ForgotPage />
                        <Route path=(StaticSegment("account"), StaticSegment("reset")) view=pages::ResetPage />
                        <Route path=(StaticSegment("account"), StaticSegment("delete")) view=pages::DeletePage />
                        <Route path=(StaticSegment("account"), StaticSegment("for"), StaticSegment("check")) view=pages::SharedCheckPage />
                        <Route path=(StaticSegment("account"), StaticSegment("two-factor")) view=pages::TwoFactorPage />
                        <Route path=(StaticSegment("account"), StaticSegment("activate")) view=pages::ActivatePage />
                        <Route path=StaticSegment("admin") view=pages::AdminPage />
                        <Route path=StaticSegment("consultant") view=pages::ConsultantPage />
                        <Route path=(StaticSegment("consultant"), StaticSegment("letter")) view=pages::LetterPage />
                        <Route path=(StaticSegment("consultant"), StaticSegment("migrants"), ParamSegment("id")) view=pages::SharedCheckPage />
                        <Route path=StaticSegment("privacy") view=pages::PrivacyPage />
                        <Route path=StaticSegment("referent") view=pages::ReferentPage />
                    </Routes>
                </layout::Layout>
            </Router>
        </i18n::I18nProvider>
    }
}
