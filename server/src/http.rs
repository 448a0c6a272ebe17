//! HTTP concerns shared by every route: security headers, cross-site request checks,
//! the language cookie, cache lifetimes and the health check.

use axum::{
    extract::{Request, State},
    http::{header, HeaderMap, HeaderValue, Method, StatusCode},
    middleware::Next,
    response::{IntoResponse, Response},
    Json,
};

use crate::startup::AppState;

/// Headers every response carries unless the handler set its own (HTML pages set a CSP
/// with a nonce; everything else gets the strict default).
pub fn security_headers(https: bool) -> Vec<(header::HeaderName, HeaderValue)> {
    let mut headers = vec![
        (header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff")),
        (header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY")),
        (
            header::REFERRER_POLICY,
            HeaderValue::from_static("strict-origin-when-cross-origin"),
        ),
        (
            header::HeaderName::from_static("permissions-policy"),
            HeaderValue::from_static("camera=(), microphone=(), payment=(), usb=(), geolocation=(self)"),
        ),
        (
            header::HeaderName::from_static("cross-origin-opener-policy"),
            HeaderValue::from_static("same-origin"),
        ),
        (
            header::HeaderName::from_static("cross-origin-resource-policy"),
            HeaderValue::from_static("same-origin"),
        ),
        (
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static("default-src 'none'; frame-ancestors 'none'; base-uri 'none'"),
        ),
    ];
    if https {
        headers.push((
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        ));
    }
    headers
}

/// Rejects state-changing requests that another site made the browser send (CSRF).
///
/// Browsers tell us where a request comes from in `Sec-Fetch-Site`; older ones only send
/// `Origin`. A request with neither (curl, a municipal script) is not a browser attack.
pub async fn reject_cross_site(State(state): State<AppState>, request: Request, next: Next) -> Response {
    if is_safe_method(request.method()) || is_same_site(request.headers(), &state.settings.public_url) {
        next.run(request).await
    } else {
        tracing::warn!(method = %request.method(), path = %request.uri().path(), "cross-site request refused");
        StatusCode::FORBIDDEN.into_response()
    }
}

fn is_safe_method(method: &Method) -> bool {
    matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

fn is_same_site(headers: &HeaderMap, public_url: &str) -> bool {
    if let Some(site) = headers.get("sec-fetch-site") {
        return matches!(site.as_bytes(), b"same-origin" | b"none");
    }
    match headers.get(header::ORIGIN) {
        Some(origin) => origin.as_bytes() == public_url.as_bytes() || origin_matches_host(origin, headers),
        None => true,
    }
}

/// The origin equals the `Host` the request was sent to (covers a random test port and a
/// portal reached under several names).
fn origin_matches_host(origin: &HeaderValue, headers: &HeaderMap) -> bool {
    let (Ok(origin), Some(Ok(host))) = (origin.to_str(), headers.get(header::HOST).map(|h| h.to_str())) else {
        return false;
    };
    origin
        .strip_prefix("http://")
        .or_else(|| origin.strip_prefix("https://"))
        == Some(host)
}

/// Remembers a language chosen with `?lang=` in a cookie, so the choice sticks without
/// JavaScript. Unknown codes are ignored (the page falls back to Dutch).
pub async fn remember_language(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let chosen = request.uri().query().and_then(|query| {
        query
            .split('&')
            .filter_map(|pair| pair.split_once('='))
            .find(|(key, _)| *key == app::locale::URL_PARAM)
            .and_then(|(_, value)| app::locale::find(value))
    });
    let mut response = next.run(request).await;
    if let Some(code) = chosen {
        let secure = if state.settings.is_https() { "; Secure" } else { "" };
        let cookie = format!(
            "{}={code}; Path=/; Max-Age=31536000; SameSite=Lax{secure}",
            app::locale::COOKIE_NAME
        );
        if let Ok(value) = HeaderValue::from_str(&cookie) {
            response.headers_mut().append(header::SET_COOKIE, value);
        }
    }
    response
}

/// Pages depend on the language cookie and change with every deploy: always revalidate.
pub async fn html_cache_control(request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let is_html = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|t| t.as_bytes().starts_with(b"text/html"));
    if is_html && !response.headers().contains_key(header::CACHE_CONTROL) {
        response
            .headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
        response.headers_mut().insert(
            header::VARY,
            HeaderValue::from_static("Cookie, Accept-Language, Accept-Encoding"),
        );
    }
    response
}

/// `GET /health`: 200 when the database answers, 503 otherwise. For load balancers.
pub async fn health(State(state): State<AppState>) -> Response {
    let db = state.db.ping().await;
    let status = if db.is_ok() {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    if let Err(error) = db {
        tracing::error!(error = %error, "health check: database unreachable");
    }
    let body = serde_json::json!({
        "status": if status == StatusCode::OK { "ok" } else { "unavailable" },
        "database": state.settings.database.backend(),
    });
    let mut response = (status, Json(body)).into_response();
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        pairs
            .iter()
            .map(|(k, v)| (header::HeaderName::from_static(k), HeaderValue::from_static(v)))
            .collect()
    }

    #[test]
    fn same_site_is_decided_by_fetch_metadata_then_origin() {
        let url = "https://wegwijs.example.nl";
        let cases = [
            (headers(&[("sec-fetch-site", "same-origin")]), true),
            (headers(&[("sec-fetch-site", "none")]), true),
            (
                headers(&[
                    ("sec-fetch-site", "cross-site"),
                    ("origin", "https://wegwijs.example.nl"),
                ]),
                false,
            ),
            (headers(&[("sec-fetch-site", "same-site")]), false),
            (headers(&[("origin", "https://wegwijs.example.nl")]), true),
            (headers(&[("origin", "https://evil.example")]), false),
            (
                headers(&[("origin", "http://127.0.0.1:4000"), ("host", "127.0.0.1:4000")]),
                true,
            ),
            (headers(&[("origin", "null")]), false),
            (headers(&[]), true),
        ];
        for (i, (h, expected)) in cases.iter().enumerate() {
            assert_eq!(is_same_site(h, url), *expected, "case {i}");
        }
    }
}
