//! The request's query string, for pages whose state travels in the URL (shareable, no JS).

use axum::http::request::Parts;
use leptos::prelude::use_context;

/// The decoded query pairs, in order (a name may repeat: the last one wins when parsed).
pub fn pairs() -> Vec<(String, String)> {
    use_context::<Parts>()
        .and_then(|parts| {
            parts
                .uri
                .query()
                .map(|q| form_urlencoded::parse(q.as_bytes()).into_owned().collect())
        })
        .unwrap_or_default()
}

/// Encodes pairs as a query string (without the `?`).
pub fn encode<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
    let mut serializer = form_urlencoded::Serializer::new(String::new());
    for (name, value) in pairs {
        serializer.append_pair(name, value);
    }
    serializer.finish()
}
