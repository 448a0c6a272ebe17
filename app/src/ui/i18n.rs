//! Language negotiation and lookups, through leptos-fluent.
//!
//! Order: `?lang=` in the URL, then the `lang` cookie, then `Accept-Language`, then Dutch.
//! The server middleware (`server::startup`) writes the cookie when `?lang=` is used, so the
//! choice is remembered without JavaScript.

use std::{borrow::Cow, collections::HashMap, str::FromStr};

use fluent_templates::{LanguageIdentifier, Loader};
use leptos::prelude::*;
use leptos_fluent::{leptos_fluent, I18n};

pub use fluent_templates::fluent_bundle::FluentValue;

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

/// A message in a given language, whatever the reader's language is.
pub fn lookup_in(i18n: &I18n, code: &str, message: &str) -> Option<String> {
    let id = LanguageIdentifier::from_str(code).ok()?;
    i18n.translations
        .with_untracked(|loaders| loaders.iter().find_map(|l| l.try_lookup(&id, message)))
}

/// A language's own name for itself (`locale-name` in its `.ftl` files).
pub fn endonym(i18n: &I18n, code: &str) -> String {
    lookup_in(i18n, code, "locale-name").unwrap_or_else(|| code.to_owned())
}

/// A message whose id is chosen at run time (domain statements, field errors). Ids come from
/// the domain; `app/tests/locales.rs` checks that every id the domain can produce exists.
pub fn tr_id(id: &str, args: &[(&'static str, FluentValue<'static>)]) -> String {
    let i18n = expect_context::<I18n>();
    if args.is_empty() {
        return i18n.tr(id);
    }
    let map: HashMap<Cow<'static, str>, FluentValue<'static>> =
        args.iter().map(|(k, v)| (Cow::Borrowed(*k), v.clone())).collect();
    i18n.tr_with_args(id, &map)
}

fluent_templates::static_loader! {
    // The same files, for text made outside a page (mail). Plain text: no bidi isolation
    // marks around arguments, so links in mail stay clickable.
    static PLAIN = {
        locales: "../locales",
        fallback_language: "nl",
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// A message in the given language (Dutch when unknown), with string arguments. For mail.
pub fn message_in(code: &str, id: &str, args: &[(&'static str, String)]) -> String {
    let lang = LanguageIdentifier::from_str(code).unwrap_or_else(|_| LanguageIdentifier::from_str("nl").expect("nl"));
    let map: HashMap<Cow<'static, str>, FluentValue<'_>> = args
        .iter()
        .map(|(k, v)| (Cow::Borrowed(*k), FluentValue::from(v.clone())))
        .collect();
    PLAIN.lookup_with_args(&lang, id, &map)
}
