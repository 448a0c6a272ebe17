//! The obligations check over HTTP: the pages (no JavaScript needed) and the JSON API.

use crate::helpers::{html_lang_dir, spawn_app, Backend};

crate::on_both_backends!(
    the_check_asks_one_question_at_a_time_and_ends_on_the_result,
    an_impossible_date_keeps_what_was_typed_and_explains_in_the_readers_language,
    the_result_shows_status_deadline_and_sources,
    the_api_answers_get_and_post_alike,
    the_api_rejects_bad_answers_with_field_errors,
);

const TYPICAL: &str = "nationality=other&purpose=partner&referent=dutch&birth_date=1995-06-15\
&pass_date=2024-03-01&diploma=no&schooling=no&pip_date=2024-05-10";

async fn the_check_asks_one_question_at_a_time_and_ends_on_the_result(backend: Backend) {
    let app = spawn_app(backend).await;
    let (status, body) = app.get_page("/obligations/check").await;
    assert_eq!(status, 200);
    assert!(
        body.contains("name=\"nationality\"") && !body.contains("name=\"purpose\""),
        "one question"
    );

    let (_, body) = app
        .get_page("/obligations/check?asked=nationality&nationality=other")
        .await;
    assert!(
        body.contains("<input type=\"hidden\" name=\"nationality\" value=\"other\">"),
        "earlier answer kept"
    );
    assert!(body.contains("name=\"purpose\""));

    // Submitting without choosing: the same question again, with a message.
    let (_, body) = app.get_page("/obligations/check?nationality=other&asked=purpose").await;
    assert!(body.contains("Kies een van de antwoorden."));

    // The last answer leads to the shareable result URL.
    let response = app
        .get(&format!("/obligations/check?{TYPICAL}&asked=route&route=b1"))
        .await;
    assert_eq!(response.status().as_u16(), 302);
    let location = response.headers()["location"].to_str().expect("ascii");
    assert!(
        location.starts_with("/obligations/result?nationality=other&purpose=partner"),
        "{location}"
    );

    // A definite "no" ends the check at once.
    let response = app.get("/obligations/check?asked=nationality&nationality=eu").await;
    assert_eq!(response.headers()["location"], "/obligations/result?nationality=eu");
}

async fn an_impossible_date_keeps_what_was_typed_and_explains_in_the_readers_language(backend: Backend) {
    let app = spawn_app(backend).await;
    let (status, body) = app
        .get_page("/obligations/check?lang=ar&nationality=other&purpose=partner&referent=dutch&birth_date=2000-01-01&asked=pass_date&pass_date=1999-05-05")
        .await;
    assert_eq!(status, 200);
    assert_eq!(html_lang_dir(&body), ("ar".to_owned(), "rtl".to_owned()));
    assert!(
        body.contains("value=\"1999-05-05\""),
        "the typed date stays in the field"
    );
    assert!(body.contains("aria-invalid=\"true\"") && body.contains("class=\"field-error\""));
    assert!(
        !body.contains("Deze datum ligt voor uw geboortedatum"),
        "the message is translated"
    );

    // A future date is refused too (in Dutch again: the cookie says Arabic by now).
    let (_, body) = app
        .get_page(&format!(
            "/obligations/check?lang=nl&{TYPICAL}&asked=route&pip_date=2999-01-01"
        ))
        .await;
    assert!(body.contains("Deze datum ligt in de toekomst"));
    // A result URL with an impossible date sends the reader back to the question.
    let response = app
        .get("/obligations/result?pass_date=2024-03-01&pip_date=2020-01-01")
        .await;
    assert_eq!(response.status().as_u16(), 302);
}

async fn the_result_shows_status_deadline_and_sources(backend: Backend) {
    let app = spawn_app(backend).await;
    let (status, body) = app.get_page(&format!("/obligations/result?{TYPICAL}&route=z")).await;
    assert_eq!(status, 200);
    assert!(body.contains("U moet inburgeren."));
    assert!(body.contains("10 mei 2027"), "termijn end");
    assert!(
        body.contains("<details class=\"source\">") && body.contains("https://ind.nl/"),
        "sources"
    );
    assert!(body.contains("Regel \u{2068}R3.3\u{2069}"), "rule id shown");
    assert!(body.contains("Niet zeker"), "uncertain statements are marked");
    assert!(body.contains("gecontroleerd op"), "rules checked date");
    assert!(!body.contains("Unknown localization"));

    let (_, body) = app
        .get_page("/obligations/result?nationality=other&purpose=refugee_family&lang=tr")
        .await;
    assert_eq!(html_lang_dir(&body).0, "tr");
    assert!(!body.contains("Unknown localization"));
}

async fn the_api_answers_get_and_post_alike(backend: Backend) {
    let app = spawn_app(backend).await;
    let get: serde_json::Value = app
        .get(&format!("/api/v1/obligations?{TYPICAL}&route=b1"))
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(get["outcome"]["status"], "obligated");
    assert_eq!(get["outcome"]["law"], "wi2021");
    assert_eq!(get["outcome"]["deadline"]["termijn_end"], "2027-05-10");
    assert_eq!(get["rules"]["R2.1"]["confidence"], "confirmed");

    let body = serde_json::json!({
        "nationality": "other", "purpose": "partner", "referent": "dutch", "birth_date": "1995-06-15",
        "pass_date": "2024-03-01", "diploma": "no", "schooling": "no", "pip_date": "2024-05-10", "route": "b1"
    });
    let response = app
        .client
        .post(format!("{}/api/v1/obligations", app.address))
        .json(&body)
        .send()
        .await
        .expect("request");
    assert_eq!(response.status().as_u16(), 200);
    let post: serde_json::Value = response.json().await.expect("json");
    assert_eq!(post, get);
}

async fn the_api_rejects_bad_answers_with_field_errors(backend: Backend) {
    let app = spawn_app(backend).await;
    let response = app
        .get("/api/v1/obligations?nationality=martian&pass_date=2024-03-01&pip_date=2024-01-01")
        .await;
    assert_eq!(response.status().as_u16(), 422);
    let body: serde_json::Value = response.json().await.expect("json");
    assert_eq!(
        body["errors"],
        serde_json::json!([
            { "field": "nationality", "problem": "unknown_choice" },
            { "field": "pip_date", "problem": "pip_before_pass" }
        ])
    );
    let url = format!("{}/api/v1/obligations", app.address);
    let response = app
        .client
        .post(&url)
        .json(&serde_json::json!({ "route": 3 }))
        .send()
        .await
        .expect("request");
    assert_eq!(response.status().as_u16(), 422);
    let response = app.client.post(&url).body("{not json").send().await.expect("request");
    assert_eq!(response.status().as_u16(), 400);
}
