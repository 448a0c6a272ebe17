//! What the form handlers share: the posted fields, who is asking, and the usual answers.

use app::accounts::FormState;
use axum::{
    body::to_bytes,
    extract::{ConnectInfo, Request},
    http::{header, request::Parts, StatusCode},
    response::{IntoResponse, Redirect, Response},
};
use leptos::prelude::provide_context;
use tower_sessions::Session;

use super::render;
use crate::{
    accounts::{Failure, User},
    startup::AppState,
};

/// A posted form: the request parts (to render the page again) and the fields.
pub struct Posted {
    pub parts: Parts,
    fields: Vec<(String, String)>,
}

impl<S: Send + Sync> axum::extract::FromRequest<S> for Posted {
    type Rejection = Response;

    async fn from_request(request: Request, _: &S) -> Result<Self, Response> {
        let (parts, body) = request.into_parts();
        let bytes = to_bytes(body, 64 * 1024)
            .await
            .map_err(|_| StatusCode::PAYLOAD_TOO_LARGE.into_response())?;
        let fields = form_urlencoded::parse(&bytes).into_owned().collect();
        Ok(Self { parts, fields })
    }
}

impl Posted {
    pub fn get(&self, name: &str) -> String {
        self.fields
            .iter()
            .rev()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    }

    /// Every value of a repeated field (checkboxes with one name).
    pub fn all(&self, name: &str) -> Vec<String> {
        self.fields
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .collect()
    }

    /// What to show again: every field except passwords.
    pub fn kept(&self) -> Vec<(String, String)> {
        self.fields
            .iter()
            .filter(|(k, _)| !k.starts_with("password"))
            .cloned()
            .collect()
    }
}

pub fn user(parts: &Parts) -> Option<User> {
    parts.extensions.get::<User>().cloned()
}

pub fn session(parts: &Parts) -> Option<Session> {
    parts.extensions.get::<Session>().cloned()
}

pub fn see_other(to: &str) -> Response {
    Redirect::to(to).into_response()
}

pub fn sign_in_first() -> Response {
    see_other("/account/sign-in")
}

/// The client's address for rate limits: the TCP peer, or the last proxy hop when
/// `WEGWIJS_TRUST_PROXY` says a proxy sets `X-Forwarded-For`.
pub fn client_ip(state: &AppState, parts: &Parts) -> String {
    if state.settings.trust_proxy {
        if let Some(ip) = parts
            .headers
            .get("x-forwarded-for")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.rsplit(',').next())
        {
            return ip.trim().to_owned();
        }
    }
    parts
        .extensions
        .get::<ConnectInfo<std::net::SocketAddr>>()
        .map_or_else(|| "unknown".to_owned(), |c| c.0.ip().to_string())
}

/// "Firefox on Android": enough to recognise a device in the list, nothing more.
pub fn device_name(parts: &Parts) -> String {
    let ua = parts
        .headers
        .get(header::USER_AGENT)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let browser = [
        ("Edg/", "Edge"),
        ("Firefox/", "Firefox"),
        ("Chrome/", "Chrome"),
        ("Safari/", "Safari"),
    ]
    .into_iter()
    .find(|(needle, _)| ua.contains(needle))
    .map_or("Browser", |(_, name)| name);
    let system = [
        ("Android", "Android"),
        ("iPhone", "iPhone"),
        ("iPad", "iPad"),
        ("Windows", "Windows"),
        ("Mac OS", "macOS"),
        ("Linux", "Linux"),
    ]
    .into_iter()
    .find(|(needle, _)| ua.contains(needle))
    .map(|(_, name)| name);
    match system {
        Some(system) => format!("{browser} · {system}"),
        None => browser.to_owned(),
    }
}

pub fn server_error(error: crate::accounts::ServerError) -> Response {
    tracing::error!(error = %error, "request failed");
    StatusCode::INTERNAL_SERVER_ERROR.into_response()
}

/// Renders the page at `parts.uri` again after a refused post, with what was typed, the
/// problems and the page's own data (`provide`): 403 for "not allowed", else 422.
pub async fn rerender(
    state: &AppState,
    parts: Parts,
    kept: Vec<(String, String)>,
    failure: Failure,
    provide: impl Fn() + Clone + Send + Sync + 'static,
) -> Response {
    let refusals = match failure {
        Failure::Refused(r) => r,
        Failure::Server(error) => return server_error(error),
    };
    let status = if refusals.iter().any(|r| r.message == "account-error-forbidden") {
        StatusCode::FORBIDDEN
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let form = FormState {
        values: kept,
        errors: refusals
            .iter()
            .map(|r| (r.field.to_owned(), r.message.to_owned()))
            .collect(),
    };
    render(state, parts, status, move || {
        provide_context(form.clone());
        provide();
    })
    .await
}

/// The language this request is read in, negotiated as the pages do (`app::locale::negotiate`).
pub fn reader_locale(parts: &Parts) -> &'static str {
    let header = |name| parts.headers.get(name).and_then(|v| v.to_str().ok());
    let url = parts
        .uri
        .query()
        .and_then(|q| q.split('&').find_map(|kv| kv.strip_prefix("lang=")));
    let cookie = header(header::COOKIE).and_then(|c| c.split(';').find_map(|kv| kv.trim().strip_prefix("lang=")));
    app::locale::negotiate(url, cookie, header(header::ACCEPT_LANGUAGE))
}
