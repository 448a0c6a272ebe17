//! Pages: languages, the frame, 404, compression, assets, and no stalled responses.

use crate::helpers::{html_lang_dir, spawn_app, spawn_app_with_site, Backend};

crate::on_both_backends!(
    health_reports_ok_with_the_backend,
    home_is_dutch_by_default,
    lang_parameter_switches_to_arabic_and_is_remembered,
    accept_language_is_used_without_a_cookie,
    unknown_language_falls_back_to_dutch,
    unknown_path_gives_a_translated_404,
    home_links_to_the_five_areas_and_has_a_skip_link,
    hashed_assets_are_served_precompressed_and_cached_for_a_year,
    pages_are_compressed_when_the_browser_asks,
    many_concurrent_requests_all_complete,
);

async fn health_reports_ok_with_the_backend(backend: Backend) {
    let app = spawn_app(backend).await;
    let response = app.get("/health").await;
    assert_eq!(response.status().as_u16(), 200);
    let body: serde_json::Value = response.json().await.expect("json");
    assert_eq!(body["status"], "ok");
    let expected = match backend {
        Backend::Sqlite => "sqlite",
        Backend::Postgres => "postgres",
    };
    assert_eq!(body["database"], expected);
}

async fn home_is_dutch_by_default(backend: Backend) {
    let app = spawn_app(backend).await;
    let (status, body) = app.get_page("/").await;
    assert_eq!(status, 200);
    assert_eq!(html_lang_dir(&body), ("nl".to_owned(), "ltr".to_owned()));
    assert!(body.contains("Welkom bij Wegwijs"), "Dutch heading missing");
    assert!(body.contains("<title>Wegwijs – hulp bij inburgering</title>"));
}

async fn lang_parameter_switches_to_arabic_and_is_remembered(backend: Backend) {
    let app = spawn_app(backend).await;
    let response = app.get("/?lang=ar").await;
    let cookie = response
        .headers()
        .get("set-cookie")
        .expect("language cookie")
        .to_str()
        .expect("ascii")
        .to_owned();
    assert!(
        cookie.starts_with("lang=ar;") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );
    let body = response.text().await.expect("body");
    assert_eq!(html_lang_dir(&body), ("ar".to_owned(), "rtl".to_owned()));

    // The client keeps the cookie: the next page without ?lang= is still Arabic.
    let (_, body) = app.get_page("/plan").await;
    assert_eq!(html_lang_dir(&body), ("ar".to_owned(), "rtl".to_owned()));
}

async fn accept_language_is_used_without_a_cookie(backend: Backend) {
    let app = spawn_app(backend).await;
    let body = app
        .client
        .get(format!("{}/", app.address))
        .header("accept-language", "tr-TR,tr;q=0.9,en;q=0.5")
        .send()
        .await
        .expect("request")
        .text()
        .await
        .expect("body");
    assert_eq!(html_lang_dir(&body).0, "tr");
}

async fn unknown_language_falls_back_to_dutch(backend: Backend) {
    let app = spawn_app(backend).await;
    let response = app.get("/?lang=xx").await;
    assert_eq!(response.status().as_u16(), 200);
    assert!(
        response.headers().get("set-cookie").is_none(),
        "an unknown code must not be remembered"
    );
    let body = response.text().await.expect("body");
    assert_eq!(html_lang_dir(&body).0, "nl");
}

async fn unknown_path_gives_a_translated_404(backend: Backend) {
    let app = spawn_app(backend).await;
    let (status, body) = app.get_page("/no/such/page").await;
    assert_eq!(status, 404);
    assert!(body.contains("Deze pagina bestaat niet"), "Dutch 404 text missing");
    let (status, body) = app.get_page("/no/such/page?lang=en").await;
    assert_eq!(status, 404);
    assert_eq!(html_lang_dir(&body).0, "en");
    assert!(!body.contains("Deze pagina bestaat niet"), "404 must be translated");
}

async fn home_links_to_the_five_areas_and_has_a_skip_link(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, body) = app.get_page("/").await;
    for href in ["/obligations", "/schools", "/plan", "/sessions", "/account"] {
        assert!(body.contains(&format!("href=\"{href}\"")), "no link to {href}");
        let (status, _) = app.get_page(href).await;
        // "My account" sends a signed-out visitor to the sign-in page.
        let expected = if href == "/account" { 303 } else { 200 };
        assert_eq!(status, expected, "{href}");
    }
    assert!(
        body.contains("href=\"#main\"") && body.contains("id=\"main\""),
        "skip link and target"
    );
    assert!(
        body.contains("<form method=\"get\" action=\"/\" class=\"lang-picker\">"),
        "language picker is a GET form"
    );
    for name in ["Nederlands", "English", "Türkçe", "العربية", "简体中文"] {
        assert!(body.contains(name), "language picker lacks {name}");
    }
}

async fn hashed_assets_are_served_precompressed_and_cached_for_a_year(backend: Backend) {
    let app = spawn_app_with_site(backend, |site| {
        std::fs::create_dir_all(site.join("pkg")).expect("pkg dir");
        std::fs::write(site.join("hash.txt"), "js: aaa\nwasm: bbb\ncss: 0123abcd\n").expect("hash file");
        std::fs::write(site.join("pkg/wegwijs.0123abcd.css"), "body{color:red}").expect("css");
        std::fs::write(site.join("pkg/wegwijs.0123abcd.css.br"), b"brotli-bytes").expect("css.br");
    })
    .await;
    let (_, body) = app.get_page("/").await;
    assert!(
        body.contains("/pkg/wegwijs.0123abcd.css"),
        "page links the hashed stylesheet"
    );
    assert!(
        body.contains("/pkg/wegwijs.aaa.js") && body.contains("/pkg/wegwijs.bbb.wasm"),
        "hashed island loader"
    );

    let response = app
        .client
        .get(format!("{}/pkg/wegwijs.0123abcd.css", app.address))
        .header("accept-encoding", "br")
        .send()
        .await
        .expect("request");
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(response.headers()["content-encoding"], "br");
    assert_eq!(
        response.headers()["cache-control"],
        "public, max-age=31536000, immutable"
    );
    assert_eq!(response.bytes().await.expect("body").as_ref(), b"brotli-bytes");
}

async fn pages_are_compressed_when_the_browser_asks(backend: Backend) {
    let app = spawn_app(backend).await;
    let response = app
        .client
        .get(format!("{}/", app.address))
        .header("accept-encoding", "gzip")
        .send()
        .await
        .expect("request");
    assert_eq!(response.headers()["content-encoding"], "gzip");
    assert_eq!(response.headers()["cache-control"], "no-cache");
}

/// Leptos 0.8 streaming SSR has been seen to stall a few percent of responses under
/// parallel load (toolchain.md); every one of these must finish within the client timeout.
async fn many_concurrent_requests_all_complete(backend: Backend) {
    let app = std::sync::Arc::new(spawn_app(backend).await);
    let mut tasks = tokio::task::JoinSet::new();
    for worker in 0..32 {
        let app = app.clone();
        tasks.spawn(async move {
            for i in 0..10 {
                let path = if (worker + i) % 2 == 0 { "/" } else { "/?lang=ar" };
                let (status, body) = app.get_page(path).await;
                assert_eq!(status, 200);
                assert!(body.contains("</footer></body></html>"), "truncated body");
            }
        });
    }
    while let Some(result) = tasks.join_next().await {
        result.expect("worker finished without a stalled or failed response");
    }
}
