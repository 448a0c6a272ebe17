//! Security headers, the CSP nonce and cross-site request refusal.

use crate::helpers::{spawn_app, Backend};

crate::on_both_backends!(
    pages_carry_strict_security_headers_and_a_nonce_csp,
    every_html_page_carries_the_headers,
    cross_site_form_posts_are_refused,
    same_origin_posts_pass_the_csrf_check,
);

async fn pages_carry_strict_security_headers_and_a_nonce_csp(backend: Backend) {
    let app = spawn_app(backend).await;
    let response = app.get("/").await;
    let headers = response.headers().clone();
    assert_eq!(headers["x-content-type-options"], "nosniff");
    assert_eq!(headers["x-frame-options"], "DENY");
    assert!(headers.contains_key("referrer-policy") && headers.contains_key("permissions-policy"));
    let csp = headers["content-security-policy"].to_str().expect("ascii").to_owned();
    assert!(
        csp.contains("frame-ancestors 'none'") && !csp.contains("unsafe-inline"),
        "{csp}"
    );
    let nonce = csp
        .split("'nonce-")
        .nth(1)
        .and_then(|s| s.split('\'').next())
        .expect("a nonce in the CSP");
    let body = response.text().await.expect("body");
    assert!(
        body.contains(&format!("nonce=\"{nonce}\"")),
        "the island loader carries the CSP nonce"
    );

    // A second response gets a different nonce.
    let second = app.get("/").await;
    let csp2 = second.headers()["content-security-policy"]
        .to_str()
        .expect("ascii")
        .to_owned();
    assert_ne!(csp, csp2);

    // Non-HTML responses get the strict default policy.
    let health = app.get("/health").await;
    assert!(health.headers()["content-security-policy"]
        .to_str()
        .expect("ascii")
        .starts_with("default-src 'none'"));
}

async fn cross_site_form_posts_are_refused(backend: Backend) {
    let app = spawn_app(backend).await;
    let url = format!("{}/account", app.address);
    let by_fetch_metadata = app
        .client
        .post(&url)
        .header("sec-fetch-site", "cross-site")
        .send()
        .await
        .expect("request");
    assert_eq!(by_fetch_metadata.status().as_u16(), 403);
    let by_origin = app
        .client
        .post(&url)
        .header("origin", "https://evil.example")
        .send()
        .await
        .expect("request");
    assert_eq!(by_origin.status().as_u16(), 403);
}

async fn same_origin_posts_pass_the_csrf_check(backend: Backend) {
    let app = spawn_app(backend).await;
    let url = format!("{}/account", app.address);
    let response = app
        .client
        .post(&url)
        .header("sec-fetch-site", "same-origin")
        .header("origin", app.address.clone())
        .send()
        .await
        .expect("request");
    assert_ne!(response.status().as_u16(), 403);
}

/// The headers every HTML response must carry.
pub fn assert_strict_headers(response: &reqwest::Response, what: &str) {
    let headers = response.headers();
    assert_eq!(headers["x-content-type-options"], "nosniff", "{what}");
    assert_eq!(headers["x-frame-options"], "DENY", "{what}");
    assert!(headers.contains_key("referrer-policy"), "{what}");
    assert!(headers.contains_key("permissions-policy"), "{what}");
    let csp = headers["content-security-policy"].to_str().expect("ascii");
    assert!(
        csp.contains("'nonce-") && csp.contains("frame-ancestors 'none'") && !csp.contains("unsafe-inline"),
        "{what}: {csp}"
    );
}

async fn every_html_page_carries_the_headers(backend: Backend) {
    let app = spawn_app(backend).await;
    let pages = [
        "/",
        "/obligations",
        "/obligations/check",
        "/obligations/result?nationality=eu",
        "/glossary",
        "/schools",
        "/schools?sent=1&max_total=veel",
        "/schools/compare?offer=1",
        "/privacy",
        "/referent",
        "/account/sign-up",
        "/account/sign-in",
        "/account/forgot",
        "/account/reset?token=x",
        "/account/verify?token=x",
        "/account/activate?code=x",
        "/account/check-mail",
        "/consultant/letter",
        "/no-such-page",
    ];
    for page in pages {
        let response = app.get(page).await;
        assert!(
            response.headers()["content-type"]
                .to_str()
                .expect("ascii")
                .starts_with("text/html"),
            "{page}"
        );
        assert_strict_headers(&response, page);
    }
}
