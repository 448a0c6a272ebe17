//! Accounts over HTTP with real mail (maildev): sign-up, verification, sign-in, reset, rate
//! limits, session fixation, partner access and its authorization matrix, export and delete.

use std::time::Duration;

use server::on_db;

use crate::helpers::{maildev_url, spawn_app, spawn_app_with, Backend, TestApp};

crate::on_both_backends!(
    sign_up_verify_sign_in_and_out,
    refused_sign_ups_keep_what_was_typed_but_never_the_password,
    the_answer_is_the_same_whether_or_not_an_account_exists,
    a_reset_link_works_once_expires_and_signs_out_everywhere,
    repeated_wrong_passwords_are_rate_limited,
    sessions_end_after_twelve_hours_and_on_sign_out_everywhere,
    partner_access_follows_the_grant,
    export_has_everything_and_delete_leaves_nothing_personal,
    mail_that_cannot_be_sent_now_is_sent_later,
    retention_removes_unverified_accounts_after_a_week,
    cross_site_account_posts_are_refused,
);

pub const PASSWORD: &str = "fiets tulp regen";

pub fn unique_email(tag: &str) -> String {
    format!("{tag}-{}@example.nl", uuid::Uuid::new_v4().simple())
}

impl TestApp {
    pub async fn post_form(&self, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        self.client
            .post(format!("{}{path}", self.address))
            .form(fields)
            .send()
            .await
            .expect("request completes")
    }

    /// A second browser (its own cookies) against the same server.
    pub fn other_browser(&self) -> TestApp {
        TestApp::sharing(self)
    }
}

pub fn location(response: &reqwest::Response) -> String {
    response
        .headers()
        .get("location")
        .and_then(|l| l.to_str().ok())
        .unwrap_or_default()
        .to_owned()
}

/// The newest mail to `to` that maildev received, as (subject, text); waits up to 10 s.
pub async fn mail_to(to: &str, subject_contains: &str) -> (String, String) {
    let client = reqwest::Client::new();
    for _ in 0..100 {
        let mails: Vec<serde_json::Value> = client
            .get(format!("{}/api/email", maildev_url()))
            .send()
            .await
            .expect("maildev answers (scripts/test.sh starts it)")
            .json()
            .await
            .expect("maildev JSON");
        let found = mails.iter().rev().find(|m| {
            m["to"].as_array().is_some_and(|t| t.iter().any(|a| a["address"] == to))
                && m["subject"].as_str().is_some_and(|s| s.contains(subject_contains))
        });
        if let Some(mail) = found {
            return (
                mail["subject"].as_str().unwrap_or_default().to_owned(),
                mail["text"].as_str().unwrap_or_default().to_owned(),
            );
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("no mail to {to} with {subject_contains:?}");
}

async fn count_mail_to(to: &str) -> usize {
    let mails: Vec<serde_json::Value> = reqwest::get(format!("{}/api/email", maildev_url()))
        .await
        .expect("maildev")
        .json()
        .await
        .expect("json");
    mails
        .iter()
        .filter(|m| m["to"].as_array().is_some_and(|t| t.iter().any(|a| a["address"] == to)))
        .count()
}

pub fn token_in(text: &str, path: &str) -> String {
    let start = text.find(&format!("{path}?token=")).expect("a link in the mail") + path.len() + 7;
    text[start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect()
}

pub async fn sign_up(app: &TestApp, name: &str, email: &str, role: &str) {
    let response = app
        .post_form(
            "/account/sign-up",
            &[
                ("display_name", name),
                ("email", email),
                ("role", role),
                ("password", PASSWORD),
                ("password_repeat", PASSWORD),
                ("lang", "nl"),
            ],
        )
        .await;
    assert_eq!(response.status(), 303, "sign-up accepted");
    assert_eq!(location(&response), "/account/check-mail");
}

pub async fn verify(app: &TestApp, email: &str) {
    let (_, text) = mail_to(email, "Bevestig").await;
    let token = token_in(&text, "/account/verify");
    let response = app.post_form("/account/verify", &[("token", &token)]).await;
    assert_eq!(location(&response), "/account/sign-in?done=verified");
}

pub async fn sign_in(app: &TestApp, email: &str) {
    let response = app
        .post_form("/account/sign-in", &[("email", email), ("password", PASSWORD)])
        .await;
    assert_eq!(location(&response), "/account", "signed in");
}

/// A verified, signed-in account in its own browser.
pub async fn account(app: &TestApp, name: &str, role: &str) -> (TestApp, String) {
    let browser = app.other_browser();
    let email = unique_email(name);
    sign_up(&browser, name, &email, role).await;
    verify(&browser, &email).await;
    sign_in(&browser, &email).await;
    (browser, email)
}

async fn sign_up_verify_sign_in_and_out(backend: Backend) {
    let app = spawn_app(backend).await;
    let email = unique_email("amina");
    sign_up(&app, "Amina", &email, "migrant").await;

    // Before verification the right password is not enough.
    let response = app
        .post_form("/account/sign-in", &[("email", &email), ("password", PASSWORD)])
        .await;
    assert_eq!(response.status(), 422);
    assert!(response.text().await.expect("body").contains("nog niet bevestigd"));

    let (_, text) = mail_to(&email, "Bevestig").await;
    let token = token_in(&text, "/account/verify");
    // Opening the link (as a mail scanner would) does not use it up.
    for _ in 0..2 {
        let (status, body) = app.get_page(&format!("/account/verify?token={token}")).await;
        assert_eq!(status, 200);
        assert!(body.contains(&format!("value=\"{token}\"")));
    }
    let response = app.post_form("/account/verify", &[("token", &token)]).await;
    assert_eq!(location(&response), "/account/sign-in?done=verified");
    let again = app.post_form("/account/verify", &[("token", &token)]).await;
    assert_eq!(again.status(), 422, "a token works once");

    // Session fixation: the id held before sign-in is not the one after it.
    let _ = app.get("/account/sign-in").await;
    let before = app
        .post_form(
            "/account/sign-in",
            &[("email", &email), ("password", "wrong password!")],
        )
        .await;
    let cookie_before = before
        .headers()
        .get("set-cookie")
        .map(|c| c.to_str().unwrap_or_default().to_owned());
    let response = app
        .post_form(
            "/account/sign-in",
            &[("email", &email.to_uppercase()), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(location(&response), "/account");
    let cookie_after = response
        .headers()
        .get("set-cookie")
        .map(|c| c.to_str().unwrap_or_default().to_owned())
        .expect("a new session cookie at sign-in");
    assert_ne!(Some(cookie_after.clone()), cookie_before);
    assert!(cookie_after.contains("HttpOnly") && cookie_after.contains("SameSite=Lax"));

    let response = app.get("/account").await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["cache-control"], "no-store");
    let body = response.text().await.expect("body");
    assert!(body.contains("Hallo") && body.contains("Amina"));
    assert!(body.contains("Chrome") || body.contains("Browser"), "the device list");

    let response = app.post_form("/account/sign-out", &[]).await;
    assert_eq!(location(&response), "/account/sign-in?done=signed-out");
    let response = app.get("/account").await;
    assert_eq!(location(&response), "/account/sign-in", "signed out on the server");
}

async fn refused_sign_ups_keep_what_was_typed_but_never_the_password(backend: Backend) {
    let app = spawn_app(backend).await;
    let cases: &[(&str, &str, &str, &str, &str)] = &[
        // email, password, repeat, role, expected message (nl)
        ("amina.example.nl", PASSWORD, PASSWORD, "migrant", "heeft één @"),
        ("amina@example", PASSWORD, PASSWORD, "migrant", "niet compleet"),
        ("ami na@example.nl", PASSWORD, PASSWORD, "migrant", "geen spaties"),
        ("amina@example.nl", "kort", "kort", "migrant", "te kort"),
        (
            "amina@example.nl",
            "password123",
            "password123",
            "migrant",
            "heel veel mensen",
        ),
        (
            "amina@example.nl",
            PASSWORD,
            "fiets tulp regem",
            "migrant",
            "niet hetzelfde",
        ),
        ("amina@example.nl", PASSWORD, PASSWORD, "", "Kies wie u bent"),
    ];
    for (email, password, repeat, role, expected) in cases {
        let response = app
            .post_form(
                "/account/sign-up",
                &[
                    ("display_name", "Amina Typed"),
                    ("email", email),
                    ("role", role),
                    ("password", password),
                    ("password_repeat", repeat),
                ],
            )
            .await;
        assert_eq!(response.status(), 422, "{email} {password}");
        let body = response.text().await.expect("body");
        assert!(body.contains(expected), "{expected:?} for {email} {password}");
        assert!(body.contains("value=\"Amina Typed\""), "the name is kept");
        assert!(body.contains(&format!("value=\"{email}\"")), "the address is kept");
        assert!(!body.contains(&format!("value=\"{password}\"")), "never the password");
        assert!(body.contains("class=\"error\""), "the problem is shown at the field");
    }
    // In English, the same refusal in English.
    let response = app
        .client
        .post(format!("{}/account/sign-up?lang=en", app.address))
        .form(&[
            ("display_name", "A"),
            ("email", "x"),
            ("role", "migrant"),
            ("password", "a"),
            ("password_repeat", "a"),
        ])
        .send()
        .await
        .expect("request");
    let body = response.text().await.expect("body");
    assert!(body.contains("lang=\"en\""));
    assert!(!body.contains("Vul uw"), "no Dutch left in an English error page");
}

async fn the_answer_is_the_same_whether_or_not_an_account_exists(backend: Backend) {
    let app = spawn_app(backend).await;
    let email = unique_email("existing");
    sign_up(&app, "Existing", &email, "migrant").await;
    verify(&app, &email).await;
    // Signing up again looks the same; the owner gets a mail instead of a second account.
    sign_up(&app.other_browser(), "Someone", &email, "migrant").await;
    let (subject, text) = mail_to(&email, "Uw account").await;
    assert!(subject.contains("Wegwijs") && text.contains("/account/forgot"));

    // A reset for an unknown address looks the same and sends nothing.
    let unknown = unique_email("unknown");
    for address in [&email, &unknown] {
        let response = app.post_form("/account/forgot", &[("email", address)]).await;
        assert_eq!(location(&response), "/account/check-mail");
    }
    mail_to(&email, "Nieuw wachtwoord").await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(count_mail_to(&unknown).await, 0);

    // Sign-in: unknown address and wrong password get the same words.
    let wrong = app
        .post_form(
            "/account/sign-in",
            &[("email", &email), ("password", "not the password")],
        )
        .await
        .text()
        .await
        .expect("body");
    let none = app
        .post_form(
            "/account/sign-in",
            &[("email", &unknown), ("password", "not the password")],
        )
        .await
        .text()
        .await
        .expect("body");
    let message = "Het e-mailadres of het wachtwoord klopt niet.";
    assert!(wrong.contains(message) && none.contains(message));
}

async fn a_reset_link_works_once_expires_and_signs_out_everywhere(backend: Backend) {
    let app = spawn_app(backend).await;
    let (phone, email) = account(&app, "resetter", "migrant").await;
    assert_eq!(phone.get("/account").await.status(), 200);

    let response = app.post_form("/account/forgot", &[("email", &email)]).await;
    assert_eq!(location(&response), "/account/check-mail");
    let (_, text) = mail_to(&email, "Nieuw wachtwoord").await;
    let token = token_in(&text, "/account/reset");

    let weak = app
        .post_form(
            "/account/reset",
            &[
                ("token", &token),
                ("password", "welkom01"),
                ("password_repeat", "welkom01"),
            ],
        )
        .await;
    assert_eq!(weak.status(), 422);
    assert!(
        weak.text().await.expect("body").contains(&format!("value=\"{token}\"")),
        "the token stays in the form"
    );

    let new_password = "appel peer banaan";
    let done = app
        .post_form(
            "/account/reset",
            &[
                ("token", &token),
                ("password", new_password),
                ("password_repeat", new_password),
            ],
        )
        .await;
    assert_eq!(location(&done), "/account/sign-in?done=password-reset");
    assert_eq!(
        location(&phone.get("/account").await),
        "/account/sign-in",
        "the phone is signed out"
    );
    let reused = app
        .post_form(
            "/account/reset",
            &[
                ("token", &token),
                ("password", new_password),
                ("password_repeat", new_password),
            ],
        )
        .await;
    assert_eq!(reused.status(), 422, "a reset link works once");
    let response = app
        .post_form("/account/sign-in", &[("email", &email), ("password", new_password)])
        .await;
    assert_eq!(location(&response), "/account");

    // An expired link is refused.
    app.post_form("/account/forgot", &[("email", &email)]).await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    let db = app.db().await;
    on_db!(&db, |pool| sqlx::query(
        "update tokens set expires_at = 0 where purpose = 'reset' and used_at is null"
    )
    .execute(pool)
    .await
    .map(|_| ()))
    .expect("expire");
    let mails: Vec<serde_json::Value> = reqwest::get(format!("{}/api/email", maildev_url()))
        .await
        .expect("maildev")
        .json()
        .await
        .expect("json");
    let latest = mails
        .iter()
        .rev()
        .find(|m| m["to"][0]["address"] == email.as_str() && m["subject"].as_str().is_some_and(|s| s.contains("Nieuw")))
        .expect("second reset mail");
    let token = token_in(latest["text"].as_str().unwrap_or_default(), "/account/reset");
    let expired = app
        .post_form(
            "/account/reset",
            &[
                ("token", &token),
                ("password", "druif kiwi mango"),
                ("password_repeat", "druif kiwi mango"),
            ],
        )
        .await;
    assert_eq!(expired.status(), 422);
    assert!(expired.text().await.expect("body").contains("werkt niet meer"));
}

async fn repeated_wrong_passwords_are_rate_limited(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, email) = account(&app, "limited", "migrant").await;
    for _ in 0..5 {
        let response = app
            .post_form("/account/sign-in", &[("email", &email), ("password", "wrong password")])
            .await;
        assert_eq!(response.status(), 422);
    }
    let response = app
        .post_form("/account/sign-in", &[("email", &email), ("password", PASSWORD)])
        .await;
    assert_eq!(response.status(), 422, "even the right password waits");
    assert!(response.text().await.expect("body").contains("te vaak geprobeerd"));
}

async fn sessions_end_after_twelve_hours_and_on_sign_out_everywhere(backend: Backend) {
    let app = spawn_app(backend).await;
    let (phone, email) = account(&app, "devices", "migrant").await;
    let laptop = app.other_browser();
    sign_in(&laptop, &email).await;
    let body = laptop.get_page("/account").await.1;
    assert!(body.matches("<li>").count() >= 2, "both devices are listed");

    let response = laptop.post_form("/account/sign-out-everywhere", &[]).await;
    assert_eq!(location(&response), "/account/sign-in?done=signed-out");
    assert_eq!(
        location(&phone.get("/account").await),
        "/account/sign-in",
        "the phone is out too"
    );

    sign_in(&phone, &email).await;
    assert_eq!(phone.get("/account").await.status(), 200);
    let db = app.db().await;
    on_db!(&db, |pool| sqlx::query(
        "update logins set created_at = created_at - 13 * 3600"
    )
    .execute(pool)
    .await
    .map(|_| ()))
    .expect("age the login");
    assert_eq!(
        location(&phone.get("/account").await),
        "/account/sign-in",
        "absolute lifetime"
    );
}

/// Who may see the migrant's check through partner access (`/account/for/check`).
async fn partner_access_follows_the_grant(backend: Backend) {
    let app = spawn_app(backend).await;
    let (migrant, _) = account(&app, "migrant", "migrant").await;
    let (other_migrant, _) = account(&app, "othermigrant", "migrant").await;
    let save = migrant
        .post_form("/obligations/save", &[("answers", "nationality=other&purpose=partner")])
        .await;
    assert_eq!(location(&save), "/account?done=saved");
    assert!(migrant
        .get_page("/account?done=saved")
        .await
        .1
        .contains("Uw antwoorden zijn bewaard"));

    async fn invite(migrant: &TestApp, scopes: &[&str], until: &str) -> String {
        let mut fields: Vec<(&str, &str)> = scopes.iter().map(|s| (*s, "on")).collect();
        fields.push(("until", until));
        let response = migrant.post_form("/account/partners/invite", &fields).await;
        assert_eq!(response.status(), 200);
        let body = response.text().await.expect("body");
        let start = body.find("class=\"code\"").expect("the code is shown");
        let code = &body[start..];
        let code = &code[code.find('>').expect(">") + 1..];
        code[..code.find('<').expect("<")].to_owned()
    }
    async fn partner_with(app: &TestApp, name: &str, code: &str) -> TestApp {
        let (partner, _) = account(app, name, "referent").await;
        let response = partner
            .post_form("/account/partners/accept", &[("code", &code.to_lowercase())])
            .await;
        assert_eq!(location(&response), "/account?done=accepted", "{name} accepts");
        partner
    }
    async fn grant_id_of(partner: &TestApp) -> String {
        let body = partner.get_page("/account").await.1;
        let start = body.find("name=\"grant\" value=\"").map(|i| i + 20);
        start
            .map(|s| body[s..].split('"').next().unwrap_or_default().to_owned())
            .unwrap_or_default()
    }
    async fn can_see(partner: &TestApp, grant: &str) -> u16 {
        let chosen = partner.post_form("/account/acting-for", &[("grant", grant)]).await;
        if chosen.status() == 403 {
            return 403;
        }
        partner.get("/account/for/check").await.status().as_u16()
    }

    let viewer = partner_with(&app, "viewer", &invite(&migrant, &["view"], "").await).await;
    let booker = partner_with(&app, "booker", &invite(&migrant, &["book"], "").await).await;
    let revoked = partner_with(&app, "revoked", &invite(&migrant, &["view"], "").await).await;
    let expired = partner_with(&app, "expired", &invite(&migrant, &["view"], "").await).await;
    let stranger = account(&app, "stranger", "referent").await.0;

    let viewer_grant = grant_id_of(&viewer).await;
    let revoked_grant = grant_id_of(&revoked).await;
    let expired_grant = grant_id_of(&expired).await;
    let booker_grant = grant_id_of(&booker).await;
    assert_ne!(booker_grant, "", "a grant with 'book' offers the 'act for' button too");
    let db = app.db().await;
    let grants: Vec<(i64, bool)> = on_db!(&db, |pool| sqlx::query_as(
        "select id, can_view from grants order by id"
    )
    .fetch_all(pool)
    .await)
    .expect("grants");
    let booker_grant = grants.iter().find(|(_, v)| !v).expect("booker").0.to_string();

    // Revoke one, let one pass its end date.
    let response = migrant
        .post_form(&format!("/account/partners/{revoked_grant}/revoke"), &[])
        .await;
    assert_eq!(location(&response), "/account?done=revoked");
    on_db!(&db, |pool| sqlx::query(
        "update grants set valid_until = 1 where id = $1"
    )
    .bind(expired_grant.parse::<i64>().expect("id"))
    .execute(pool)
    .await
    .map(|_| ()))
    .expect("end the grant");

    let anonymous = app.other_browser();
    let cases: Vec<(&str, &TestApp, &str, u16)> = vec![
        ("referent with the scope", &viewer, viewer_grant.as_str(), 200),
        ("referent without the scope", &booker, booker_grant.as_str(), 403),
        (
            "referent whose grant was revoked",
            &revoked,
            revoked_grant.as_str(),
            403,
        ),
        ("referent whose grant ended", &expired, expired_grant.as_str(), 403),
        ("a stranger guessing a grant id", &stranger, viewer_grant.as_str(), 403),
        (
            "another migrant guessing a grant id",
            &other_migrant,
            viewer_grant.as_str(),
            403,
        ),
        ("the migrant herself", &migrant, viewer_grant.as_str(), 403),
    ];
    for (who, browser, grant, expected) in cases {
        assert_eq!(can_see(browser, grant).await, expected, "{who}");
    }
    let anon = anonymous
        .post_form("/account/acting-for", &[("grant", &viewer_grant)])
        .await;
    assert_eq!(location(&anon), "/account/sign-in", "anonymous");
    assert_eq!(location(&anonymous.get("/account/for/check").await), "/account/sign-in");

    // The banner says who the partner acts for; the migrant sees the act in her log.
    let body = viewer.get_page("/account/for/check").await.1;
    assert!(body.contains("acting-banner") && body.contains("migrant"));
    let log = migrant.get_page("/account").await.1;
    assert!(log.contains("antwoorden bekeken") && log.contains("viewer"));

    // Someone else's grant cannot be revoked (not found, like a missing one).
    let response = other_migrant
        .post_form(&format!("/account/partners/{viewer_grant}/revoke"), &[])
        .await;
    assert_eq!(response.status(), 404);
    // Revoking takes effect on the partner's very next request.
    migrant
        .post_form(&format!("/account/partners/{viewer_grant}/revoke"), &[])
        .await;
    assert_eq!(viewer.get("/account/for/check").await.status(), 403);
    assert!(!viewer.get_page("/").await.1.contains("acting-banner"));

    // Codes: used once, typed wrong, or used by a migrant.
    let code = invite(&migrant, &["view"], "").await;
    let wrong = stranger
        .post_form("/account/partners/accept", &[("code", "AAAA-BBBB")])
        .await;
    assert_eq!(wrong.status(), 422);
    let by_migrant = other_migrant
        .post_form("/account/partners/accept", &[("code", &code)])
        .await;
    assert_eq!(by_migrant.status(), 422);
    assert_eq!(
        location(&stranger.post_form("/account/partners/accept", &[("code", &code)]).await),
        "/account?done=accepted"
    );
    assert_eq!(
        booker
            .post_form("/account/partners/accept", &[("code", &code)])
            .await
            .status(),
        422,
        "once"
    );

    // Referents cannot create grants or save a migrant's check.
    assert_eq!(
        viewer
            .post_form("/account/partners/invite", &[("view", "on")])
            .await
            .status(),
        403
    );
    assert_eq!(
        viewer
            .post_form("/obligations/save", &[("answers", "nationality=eu")])
            .await
            .status(),
        403
    );
    // A past end date is refused and the form keeps the choices.
    let past = migrant
        .post_form("/account/partners/invite", &[("book", "on"), ("until", "2020-01-01")])
        .await;
    assert_eq!(past.status(), 422);
    let body = past.text().await.expect("body");
    assert!(body.contains("al voorbij") && body.contains("value=\"2020-01-01\""));

    // The code can also go to the partner by mail; a malformed address is refused.
    let bad = migrant
        .post_form(
            "/account/partners/invite",
            &[("view", "on"), ("partner_email", "youssef@")],
        )
        .await;
    assert_eq!(bad.status(), 422);
    let partner_email = unique_email("youssef");
    let response = migrant
        .post_form(
            "/account/partners/invite",
            &[("view", "on"), ("partner_email", &partner_email)],
        )
        .await;
    assert_eq!(response.status(), 200);
    let (subject, text) = mail_to(&partner_email, "hulp").await;
    assert!(subject.contains("migrant"), "{subject}");
    let code = text
        .lines()
        .map(str::trim)
        .find(|l| l.len() == 32 && l.matches('-').count() == 6)
        .expect("the code in the mail");
    let (mailed, _) = account(&app, "mailed", "referent").await;
    let accepted = mailed.post_form("/account/partners/accept", &[("code", code)]).await;
    assert_eq!(location(&accepted), "/account?done=accepted");
}

async fn export_has_everything_and_delete_leaves_nothing_personal(backend: Backend) {
    let app = spawn_app(backend).await;
    let (migrant, email) = account(&app, "leaver", "migrant").await;
    migrant
        .post_form("/obligations/save", &[("answers", "nationality=turkish")])
        .await;
    let response = migrant.post_form("/account/partners/invite", &[("view", "on")]).await;
    let code_page = response.text().await.expect("body");
    let code_start = code_page.find("class=\"code\"").expect("code");
    let code = code_page[code_start..]
        .split('>')
        .nth(1)
        .expect(">")
        .split('<')
        .next()
        .expect("<")
        .to_owned();
    let (partner, _) = account(&app, "stayer", "referent").await;
    partner.post_form("/account/partners/accept", &[("code", &code)]).await;

    let response = migrant.get("/account/export").await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["cache-control"], "no-store");
    let export: serde_json::Value = response.json().await.expect("JSON");
    assert_eq!(export["account"]["email"], email.as_str());
    assert_eq!(export["account"]["display_name"], "leaver");
    assert_eq!(export["partner_access_given"][0]["other_person"], "stayer");
    assert_eq!(export["saved_obligations_check"]["answers"], "nationality=turkish");
    assert!(export["activity_log"].as_array().is_some_and(|l| l.len() >= 3));
    assert!(export["signed_in_devices"].as_array().is_some_and(|d| !d.is_empty()));
    assert!(export["mail_sent_to_me"].as_array().is_some_and(|m| !m.is_empty()));
    assert!(!export.to_string().contains("argon2"), "no password hash in the export");
    assert_eq!(
        app.other_browser().get("/account/export").await.status(),
        303,
        "anonymous"
    );

    let wrong = migrant
        .post_form("/account/delete", &[("password", "not my password")])
        .await;
    assert_eq!(wrong.status(), 422);
    let response = migrant.post_form("/account/delete", &[("password", PASSWORD)]).await;
    assert_eq!(location(&response), "/account/sign-in?done=deleted");
    assert_eq!(location(&migrant.get("/account").await), "/account/sign-in");

    let db = app.db().await;
    let count = |sql: &'static str| {
        let db = db.clone();
        let email = email.clone();
        async move {
            let (n,): (i64,) = on_db!(&db, |pool| sqlx::query_as(sql).bind(&email).fetch_one(pool).await).expect(sql);
            n
        }
    };
    assert_eq!(count("select count(*) from users where email = $1").await, 0);
    assert_eq!(count("select count(*) from outbox where recipient = $1").await, 0);
    assert_eq!(
        count("select count(*) from users where email <> $1 and display_name = 'leaver'").await,
        0
    );
    for table in ["logins", "tokens", "saved_checks"] {
        let sql = format!("select count(*) from {table} where user_id not in (select id from users)");
        let (n,): (i64,) = on_db!(&db, |pool| sqlx::query_as(&sql).fetch_one(pool).await).expect("count");
        assert_eq!(n, 0, "{table}");
    }
    let (grants,): (i64,) = on_db!(&db, |pool| sqlx::query_as("select count(*) from grants")
        .fetch_one(pool)
        .await)
    .expect("grants");
    assert_eq!(grants, 0, "grants removed");
    let (logs,): (i64,) = on_db!(&db, |pool| sqlx::query_as(
        "select count(*) from audit_log where migrant_id not in (select id from users)"
    )
    .fetch_one(pool)
    .await)
    .expect("log");
    assert_eq!(logs, 0, "the log went with the account");
    // The partner's account is untouched and no longer helps anyone.
    assert!(!partner.get_page("/account").await.1.contains("leaver"));
}

async fn mail_that_cannot_be_sent_now_is_sent_later(backend: Backend) {
    // Nothing listens on port 9: the SMTP server is "down".
    let app = spawn_app_with(backend, |_| {}, "smtp://127.0.0.1:9").await;
    let email = unique_email("later");
    sign_up(&app, "Later", &email, "migrant").await;
    let db = app.db().await;
    let mut attempts = 0;
    for _ in 0..100 {
        let row: (i64, Option<i64>) = on_db!(&db, |pool| sqlx::query_as(
            "select attempts, sent_at from outbox where recipient = $1"
        )
        .bind(&email)
        .fetch_one(pool)
        .await)
        .expect("queued");
        attempts = row.0;
        assert_eq!(row.1, None, "not sent while SMTP is down");
        if attempts > 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(attempts, 1, "one failed attempt, then a wait");

    // The SMTP server is back: the next pass delivers it, once.
    on_db!(&db, |pool| sqlx::query("update outbox set next_attempt_at = 0")
        .execute(pool)
        .await
        .map(|_| ()))
    .expect("make due");
    let mailer = crate::helpers::real_mailer();
    assert_eq!(server::mail::deliver_due(&db, &mailer).await.expect("deliver"), 1);
    assert_eq!(server::mail::deliver_due(&db, &mailer).await.expect("deliver"), 0);
    let (_, text) = mail_to(&email, "Bevestig").await;
    assert!(text.contains("/account/verify?token="));
    let (body,): (String,) = on_db!(&db, |pool| sqlx::query_as(
        "select body from outbox where recipient = $1"
    )
    .bind(&email)
    .fetch_one(pool)
    .await)
    .expect("row");
    assert_eq!(body, "", "no copy of the link is kept once sent");
}

async fn retention_removes_unverified_accounts_after_a_week(backend: Backend) {
    let app = spawn_app(backend).await;
    let old = unique_email("old");
    let fresh = unique_email("fresh");
    sign_up(&app, "Old", &old, "migrant").await;
    sign_up(&app, "Fresh", &fresh, "migrant").await;
    let db = app.db().await;
    on_db!(&db, |pool| sqlx::query(
        "update users set created_at = created_at - 8 * 24 * 3600 where email = $1"
    )
    .bind(&old)
    .execute(pool)
    .await
    .map(|_| ()))
    .expect("age");
    server::accounts::retention::purge(&db).await.expect("purge");
    let emails: Vec<(String,)> = on_db!(&db, |pool| sqlx::query_as("select email from users")
        .fetch_all(pool)
        .await)
    .expect("users");
    assert_eq!(emails, vec![(fresh,)]);
    let (tokens,): (i64,) = on_db!(&db, |pool| sqlx::query_as("select count(*) from tokens")
        .fetch_one(pool)
        .await)
    .expect("tokens");
    assert_eq!(tokens, 1, "the old account's token went with it");
}

async fn cross_site_account_posts_are_refused(backend: Backend) {
    let app = spawn_app(backend).await;
    for path in [
        "/account/sign-in",
        "/account/sign-up",
        "/account/sign-out",
        "/account/partners/invite",
        "/account/partners/accept",
        "/account/delete",
        "/account/acting-for",
        "/obligations/save",
    ] {
        let response = app
            .client
            .post(format!("{}{path}", app.address))
            .header("origin", "https://evil.example")
            .form(&[("email", "a@b.nl"), ("password", PASSWORD)])
            .send()
            .await
            .expect("request");
        assert_eq!(response.status(), 403, "{path}");
    }
    let (status, body) = app.get_page("/.well-known/security.txt").await;
    assert_eq!(status, 200);
    assert!(body.contains("Contact: mailto:") && body.contains("Expires: "));
}
