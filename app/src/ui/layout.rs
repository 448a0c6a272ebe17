//! The page frame: skip link, header with the language picker, navigation, footer.

use chrono::Utc;
use leptos::prelude::*;
use leptos_fluent::{tr, I18n};
use leptos_meta::Meta;
use leptos_router::hooks::use_location;

use super::{dates::format_long_date, i18n};
use crate::{islands::NavMenu, locale};

/// Wraps every page.
#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let code = i18n::current_locale();
    let today = format_long_date(Utc::now(), code);
    view! {
        <Meta name="description" content=tr!("common-tagline") />
        <a class="skip-link" href="#main">{tr!("common-skip-link")}</a>
        <header class="site-header">
            <div class="site-header-inner">
                <a class="brand" href="/">
                    <span class="brand-name">{tr!("common-brand-name")}</span>
                    <span class="brand-tagline">{tr!("common-tagline")}</span>
                </a>
                <LanguagePicker />
            </div>
            <NavMenu label=tr!("nav-menu-button") nav_label=tr!("nav-label")>
                <NavLinks />
            </NavMenu>
        </header>
        <main id="main" tabindex="-1">
            <ActingBanner />
            {children()}
        </main>
        <footer class="site-footer">
            <p>{tr!("common-footer-today", { "date" => today })}</p>
            <p>{tr!("common-footer-disclaimer")}</p>
            <p>{tr!("language-picker-count", { "count" => locale::SUPPORTED.len() })}</p>
        </footer>
    }
}

/// Says, on every page, that a partner is acting for someone else, and lets them stop.
#[component]
fn ActingBanner() -> impl IntoView {
    super::viewer().and_then(|v| v.acting_for).map(|acting| {
        view! {
            <div class="acting-banner" role="status">
                <p>{tr!("account-acting-banner", { "name" => acting.migrant_name })}</p>
                <p class="actions">
                    <a class="button secondary" href="/account/for/check">{tr!("account-acting-open")}</a>
                </p>
                <form method="post" action="/account/acting-for">
                    <input type="hidden" name="grant" value="" />
                    <button type="submit" class="secondary">{tr!("account-acting-stop")}</button>
                </form>
            </div>
        }
    })
}

/// The five areas, with `aria-current` on the one being shown.
#[component]
fn NavLinks() -> impl IntoView {
    let path = use_location().pathname.get_untracked();
    let items = [
        ("/", tr!("nav-home")),
        ("/obligations", tr!("nav-obligations")),
        ("/schools", tr!("nav-schools")),
        ("/plan", tr!("nav-plan")),
        ("/sessions", tr!("nav-sessions")),
        ("/account", tr!("nav-account")),
    ];
    view! {
        <ul>
            {items
                .into_iter()
                .map(|(href, text)| {
                    let current = (path == href).then_some("page");
                    view! {
                        <li>
                            <a href=href aria-current=current>{text}</a>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

/// A plain GET form, so switching works without JavaScript; the server remembers the
/// choice in a cookie. Each option is named in its own language.
#[component]
fn LanguagePicker() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let current = i18n::current_locale();
    let action = use_location().pathname.get_untracked();
    view! {
        <form class="lang-picker" method="get" action=action>
            <label for="lang-select">{tr!("language-picker-label")}</label>
            <select id="lang-select" name=locale::URL_PARAM>
                {locale::SUPPORTED
                    .iter()
                    .map(|&code| {
                        view! {
                            <option value=code lang=code selected=code == current>
                                {i18n::endonym(&i18n, code)}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
            <button type="submit">{tr!("language-picker-submit")}</button>
        </form>
    }
}
