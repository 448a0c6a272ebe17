//! Language negotiation and lookups, through leptos-fluent.
//!
//! Order: `?lang=` in the URL, then the `lang` cookie, then `Accept-Language`, then Dutch.
//! The server middleware (`server::startup`) writes the cookie when `?lang=` is used, so the
//! choice is remembered without JavaScript.

use std::str::FromStr;

use fluent_templates::{LanguageIdentifier, Loader};
use leptos::prelude::*;
use leptos_fluent::{leptos_fluent, I18n};

/// Provides the i18n context to its children.
#[component]
pub fn I18nProvider(children: Children) -> impl IntoView {
    leptos_fluent! {
        children: children(),
        locales: "../locales",
        default_language: "nl",
        sync_html_tag_lang: true,
        sync_html_tag_dir: true,
        cookie_name: "lang",
        url_param: "lang",
        initial_language_from_url_param: true,
        initial_language_from_cookie: true,
        initial_language_from_accept_language_header: true,
    }
}

/// The negotiated language code of this request (one of `crate::locale::SUPPORTED`).
pub fn current_locale() -> &'static str {
    expect_context::<I18n>().language.get_untracked().id
}

/// A language's own name for itself (`locale-name` in its `.ftl` files).
pub fn endonym(i18n: &I18n, code: &str) -> String {
    let Ok(id) = LanguageIdentifier::from_str(code) else {
        return code.to_owned();
    };
    i18n.translations
        .with_untracked(|loaders| loaders.iter().find_map(|l| l.try_lookup(&id, "locale-name")))
        .unwrap_or_else(|| code.to_owned())
}
