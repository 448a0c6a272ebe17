//! Consultants and admins over HTTP: the first admin, invitations by real mail, the second
//! factor (TOTP and recovery codes), accounts without e-mail with a printed letter, sharing
//! with the municipality, and who may reach which staff route.

use server::{
    accounts::{second_factor, secrets, staff},
    on_db,
};

use crate::{
    accounts::{account, location, mail_to, unique_email, PASSWORD},
    helpers::{spawn_app, Backend, TestApp},
    security::assert_strict_headers,
};

crate::on_both_backends!(
    the_first_admin_invites_a_consultant_and_both_must_use_a_second_factor,
    a_consultant_makes_an_account_without_email_and_prints_a_letter,
    consultants_see_a_migrant_only_with_consent_and_only_in_their_municipality,
    staff_routes_follow_the_role,
);

fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

/// The text of the first element with `class="<class>"` after `from`.
fn element_text(body: &str, class: &str) -> String {
    let start = body
        .find(&format!("class=\"{class}\""))
        .unwrap_or_else(|| panic!("no .{class}"));
    let rest = &body[start..];
    let rest = &rest[rest.find('>').expect(">") + 1..];
    rest[..rest.find('<').expect("<")].to_owned()
}

fn code_in(link: &str) -> String {
    link.split("code=")
        .nth(1)
        .expect("a code in the link")
        .trim()
        .to_owned()
}

/// Sets the first password with an activation code.
async fn activate(browser: &TestApp, code: &str) -> reqwest::Response {
    browser
        .post_form(
            "/account/activate",
            &[("code", code), ("password", PASSWORD), ("password_repeat", PASSWORD)],
        )
        .await
}

/// Signs in a consultant or admin whose authenticator is already set up.
async fn sign_in_with_code(browser: &TestApp, login: &str, secret: &str) -> reqwest::Response {
    let first = browser
        .post_form("/account/sign-in", &[("email", login), ("password", PASSWORD)])
        .await;
    assert_eq!(
        location(&first),
        "/account/two-factor",
        "the password alone is not enough"
    );
    let code = second_factor::code_at(secret, now()).expect("code");
    browser.post_form("/account/two-factor", &[("code", &code)]).await
}

/// A consultant (of `municipality`) or admin with a known authenticator, signed in.
pub async fn staff_member(app: &TestApp, role: &str, municipality: Option<&str>) -> (TestApp, i64) {
    let db = app.db().await;
    let email = unique_email(role);
    let hash = secrets::hash_password(PASSWORD.to_owned()).await.expect("hash");
    let secret = second_factor::new_secret();
    let (id,): (i64,) = on_db!(&db, |pool| sqlx::query_as(
        "insert into users (email, password_hash, role, display_name, locale, email_verified_at, created_at, \
         municipality, totp_secret) values ($1, $2, $3, $4, 'nl', 1, 1, $5, $6) returning id"
    )
    .bind(&email)
    .bind(&hash)
    .bind(role)
    .bind(format!("{role} {}", municipality.unwrap_or("")))
    .bind(municipality)
    .bind(&secret)
    .fetch_one(pool)
    .await)
    .expect("staff member");
    let browser = app.other_browser();
    let response = sign_in_with_code(&browser, &email, &secret).await;
    assert_eq!(
        location(&response),
        if role == "admin" { "/admin" } else { "/consultant" }
    );
    (browser, id)
}

/// Sets up the authenticator on the second step and returns (secret, recovery codes).
async fn enroll(browser: &TestApp) -> (String, Vec<String>) {
    let (status, body) = browser.get_page("/account/two-factor").await;
    assert_eq!(status, 200);
    assert!(body.contains("data:image/svg+xml;base64,"), "a QR code");
    let secret = element_text(&body, "code");
    // A reload keeps the same secret (a scanned QR code stays valid).
    assert_eq!(
        element_text(&browser.get_page("/account/two-factor").await.1, "code"),
        secret
    );
    let wrong = browser.post_form("/account/two-factor", &[("code", "000000")]).await;
    assert_eq!(wrong.status(), 422);
    assert!(wrong.text().await.expect("body").contains("klopt niet"));
    let code = second_factor::code_at(&secret, now()).expect("code");
    let response = browser.post_form("/account/two-factor", &[("code", &code)]).await;
    assert_eq!(response.status(), 200, "the recovery codes are shown once");
    let body = response.text().await.expect("body");
    let list = &body[body.find("class=\"codes\"").expect("codes")..];
    let codes: Vec<String> = list
        .split("<li class=\"code\">")
        .skip(1)
        .map(|c| c[..c.find('<').expect("<")].to_owned())
        .collect();
    assert_eq!(codes.len(), 10);
    (secret, codes)
}

async fn the_first_admin_invites_a_consultant_and_both_must_use_a_second_factor(backend: Backend) {
    let app = spawn_app(backend).await;
    let db = app.db().await;
    let admin_email = unique_email("admin");
    let link = staff::create_admin(&db, &app.address, &admin_email, "Beheerder")
        .await
        .expect("admin");
    assert!(
        staff::create_admin(&db, &app.address, &admin_email, "Again")
            .await
            .is_err(),
        "once per address"
    );
    let admin = app.other_browser();

    // The link shows the form with the code filled in; only the post uses it.
    let code = code_in(&link);
    let (status, body) = admin.get_page(&format!("/account/activate?code={code}")).await;
    assert_eq!(status, 200);
    assert!(body.contains(&format!("value=\"{code}\"")));
    assert_eq!(
        location(&activate(&admin, &code).await),
        "/account/sign-in?done=activated"
    );
    assert_eq!(activate(&admin, &code).await.status(), 422, "a code works once");

    // Password right, but no login until the second factor is set up.
    let response = admin
        .post_form("/account/sign-in", &[("email", &admin_email), ("password", PASSWORD)])
        .await;
    assert_eq!(location(&response), "/account/two-factor");
    assert_eq!(
        location(&admin.get("/admin").await),
        "/account/sign-in",
        "not signed in yet"
    );
    let (secret, recovery) = enroll(&admin).await;
    assert_eq!(admin.get("/admin").await.status(), 200);

    // Next time: the code of the same time step is not accepted twice; a recovery code works once.
    admin.post_form("/account/sign-out", &[]).await;
    admin
        .post_form("/account/sign-in", &[("email", &admin_email), ("password", PASSWORD)])
        .await;
    let (last_step,): (Option<i64>,) = on_db!(&db, |pool| sqlx::query_as(
        "select totp_last_step from users where email = $1"
    )
    .bind(&admin_email)
    .fetch_one(pool)
    .await)
    .expect("last step");
    let used = second_factor::code_at(&secret, last_step.expect("a step was used") * 30).expect("code");
    let response = admin.post_form("/account/two-factor", &[("code", &used)]).await;
    assert_eq!(response.status(), 422, "a used code is refused");
    let response = admin
        .post_form("/account/two-factor", &[("code", &recovery[0].to_lowercase())])
        .await;
    assert_eq!(location(&response), "/admin");
    admin.post_form("/account/sign-out", &[]).await;
    admin
        .post_form("/account/sign-in", &[("email", &admin_email), ("password", PASSWORD)])
        .await;
    let again = admin.post_form("/account/two-factor", &[("code", &recovery[0])]).await;
    assert_eq!(again.status(), 422, "a recovery code works once");
    // Guessing is rate limited: after 5 wrong codes even a right one waits.
    for _ in 0..5 {
        admin.post_form("/account/two-factor", &[("code", "123456")]).await;
    }
    let limited = admin.post_form("/account/two-factor", &[("code", &recovery[1])]).await;
    assert!(limited.text().await.expect("body").contains("te vaak"));
    on_db!(&db, |pool| sqlx::query("delete from auth_attempts")
        .execute(pool)
        .await
        .map(|_| ()))
    .expect("reset limit");
    let response = admin.post_form("/account/two-factor", &[("code", &recovery[1])]).await;
    assert_eq!(location(&response), "/admin");

    // The admin invites a consultant; a municipality not on the list is refused, typed values stay.
    let consultant_email = unique_email("consultant");
    let refused = admin
        .post_form(
            "/admin/consultants",
            &[
                ("display_name", "Sanne"),
                ("email", &consultant_email),
                ("municipality", "9999"),
            ],
        )
        .await;
    assert_eq!(refused.status(), 422);
    let body = refused.text().await.expect("body");
    assert!(body.contains("uit de lijst") && body.contains("value=\"Sanne\""));
    let invitation = [
        ("display_name", "Sanne"),
        ("email", consultant_email.as_str()),
        ("municipality", "0363"),
    ];
    let response = admin.post_form("/admin/consultants", &invitation).await;
    assert_eq!(location(&response), "/admin?done=consultant-invited");
    let taken = admin.post_form("/admin/consultants", &invitation).await;
    assert_eq!(taken.status(), 422, "one account per address");

    // The consultant follows the real mail, sets a password and a second factor.
    let (_, text) = mail_to(&consultant_email, "regievoerder").await;
    let link = text
        .lines()
        .find(|l| l.contains("/account/activate?code="))
        .expect("a link");
    let consultant = app.other_browser();
    assert_eq!(
        location(&activate(&consultant, &code_in(link)).await),
        "/account/sign-in?done=activated"
    );
    consultant
        .post_form(
            "/account/sign-in",
            &[("email", &consultant_email), ("password", PASSWORD)],
        )
        .await;
    enroll(&consultant).await;
    let (status, body) = consultant.get_page("/consultant").await;
    assert_eq!(status, 200);
    assert!(body.contains("Amsterdam"));
    let (_, body) = admin.get_page("/admin").await;
    assert!(body.contains("Sanne") && body.contains("Actief, met tweede stap"));
}

/// The letter's code and sign-in name.
fn letter_parts(body: &str) -> (String, String) {
    let facts = &body[body.find("letter-facts").expect("the letter")..];
    let values: Vec<String> = facts
        .split("<dd")
        .skip(1)
        .map(|d| {
            let d = &d[d.find('>').expect(">") + 1..];
            d[..d.find('<').expect("<")].to_owned()
        })
        .collect();
    (values[1].clone(), values[2].clone())
}

async fn a_consultant_makes_an_account_without_email_and_prints_a_letter(backend: Backend) {
    let app = spawn_app(backend).await;
    let (amsterdam, consultant_id) = staff_member(&app, "consultant", Some("0363")).await;
    let (rotterdam, _) = staff_member(&app, "consultant", Some("0599")).await;

    let refused = amsterdam
        .post_form("/consultant/accounts", &[("display_name", " "), ("locale", "ar")])
        .await;
    assert_eq!(refused.status(), 422);
    let body = refused.text().await.expect("body");
    assert!(
        body.contains("value=\"ar\" lang=\"ar\" selected"),
        "the chosen language stays"
    );

    let response = amsterdam
        .post_form("/consultant/accounts", &[("display_name", "Fatima"), ("locale", "ar")])
        .await;
    assert_eq!(response.status(), 200);
    let letter = response.text().await.expect("body");
    // The letter is in the migrant's language and direction, with a QR code of the address.
    let article = &letter[letter.find("<article").expect("the letter")..];
    assert!(article.starts_with("<article lang=\"ar\" dir=\"rtl\" class=\"letter\">"));
    assert!(
        !article.contains("Beste"),
        "written in Arabic, not in the consultant's Dutch"
    );
    assert!(letter.contains("data:image/svg+xml;base64,"));
    let (old_code, username) = letter_parts(&letter);
    assert!(letter.contains(&format!("/account/activate?code={old_code}")));

    let db = app.db().await;
    let (migrant_id, created_by, email): (i64, Option<i64>, Option<String>) = on_db!(&db, |pool| sqlx::query_as(
        "select id, created_by, email from users where display_name = 'Fatima'"
    )
    .fetch_one(pool)
    .await)
    .expect("the account");
    assert_eq!((created_by, email), (Some(consultant_id), None));
    assert!(
        amsterdam.get_page("/consultant").await.1.contains("Fatima"),
        "waiting for activation"
    );

    // Another municipality cannot make a letter for her; her own can, and the old code stops.
    let path = format!("/consultant/accounts/{migrant_id}/letter");
    assert_eq!(rotterdam.post_form(&path, &[]).await.status(), 404);
    let response = amsterdam.post_form(&path, &[]).await;
    assert_eq!(response.status(), 200);
    let (code, same_username) = letter_parts(&response.text().await.expect("body"));
    assert_eq!(same_username, username);
    let migrant = app.other_browser();
    assert_eq!(
        activate(&migrant, &old_code).await.status(),
        422,
        "the old letter stopped working"
    );
    let weak = migrant
        .post_form(
            "/account/activate",
            &[
                ("code", &code),
                ("password", "welkom123"),
                ("password_repeat", "welkom123"),
            ],
        )
        .await;
    assert_eq!(weak.status(), 422, "a weak password is refused");
    assert!(
        weak.text().await.expect("body").contains(&format!("value=\"{code}\"")),
        "the code stays"
    );
    assert_eq!(
        location(&activate(&migrant, &code).await),
        "/account/sign-in?done=activated"
    );
    assert_eq!(activate(&migrant, &code).await.status(), 422, "once");

    // She signs in with the name from the letter, however she types it.
    let typed = username.to_lowercase().replace('-', " ");
    let response = migrant
        .post_form("/account/sign-in", &[("email", &typed), ("password", PASSWORD)])
        .await;
    assert_eq!(location(&response), "/account");
    assert!(
        !amsterdam.get_page("/consultant").await.1.contains("Fatima"),
        "activated"
    );
    assert_eq!(
        amsterdam.post_form(&path, &[]).await.status(),
        404,
        "no letter for an active account"
    );
    // Her log says the municipality made the letter.
    assert!(migrant.get_page("/account").await.1.contains("brief met code gemaakt"));
}

async fn consultants_see_a_migrant_only_with_consent_and_only_in_their_municipality(backend: Backend) {
    let app = spawn_app(backend).await;
    let (migrant, _) = account(&app, "migrant", "migrant").await;
    let (other_migrant, _) = account(&app, "other", "migrant").await;
    let (referent, _) = account(&app, "referent", "referent").await;
    let (amsterdam, _) = staff_member(&app, "consultant", Some("0363")).await;
    let (rotterdam, _) = staff_member(&app, "consultant", Some("0599")).await;
    let (admin, _) = staff_member(&app, "admin", None).await;
    migrant
        .post_form("/obligations/save", &[("answers", "nationality=other&purpose=partner")])
        .await;
    let db = app.db().await;
    let (migrant_id,): (i64,) = on_db!(&db, |pool| sqlx::query_as("select user_id from saved_checks")
        .fetch_one(pool)
        .await)
    .expect("the migrant");
    let path = format!("/consultant/migrants/{migrant_id}");
    let anonymous = app.other_browser();
    let who: [(&str, &TestApp); 7] = [
        ("consultant of her municipality", &amsterdam),
        ("consultant of another municipality", &rotterdam),
        ("admin", &admin),
        ("the migrant herself", &migrant),
        ("another migrant", &other_migrant),
        ("a referent", &referent),
        ("anonymous", &anonymous),
    ];
    async fn statuses(who: &[(&str, &TestApp)], path: &str) -> Vec<(String, u16)> {
        let mut out = Vec::new();
        for (name, browser) in who {
            out.push(((*name).to_owned(), browser.get(path).await.status().as_u16()));
        }
        out
    }
    let expect = |codes: [u16; 7]| -> Vec<(String, u16)> {
        who.iter().zip(codes).map(|((n, _), c)| ((*n).to_owned(), c)).collect()
    };
    // Without consent nobody sees her.
    assert_eq!(statuses(&who, &path).await, expect([403, 403, 403, 403, 403, 403, 303]));
    assert!(!amsterdam.get_page("/consultant").await.1.contains(">migrant<"));

    // A municipality that is not on the list is refused, the form keeps the page.
    assert_eq!(
        migrant
            .post_form("/account/municipality", &[("municipality", "12")])
            .await
            .status(),
        422
    );
    let shared = migrant
        .post_form("/account/municipality", &[("municipality", "0363")])
        .await;
    assert_eq!(location(&shared), "/account?done=shared");
    assert_eq!(statuses(&who, &path).await, expect([200, 403, 403, 403, 403, 403, 303]));
    let (_, body) = amsterdam.get_page(&path).await;
    assert!(body.contains("/obligations/result?"), "her saved check");
    assert!(amsterdam.get_page("/consultant").await.1.contains(&path));
    let (_, body) = migrant.get_page("/account").await;
    assert!(body.contains("uw antwoorden bekeken (gemeente)") && body.contains("Amsterdam"));
    // Guessing other ids shows nothing more.
    for id in [migrant_id + 1, migrant_id + 1000, 0] {
        assert_eq!(amsterdam.get(&format!("/consultant/migrants/{id}")).await.status(), 403);
    }

    // She stops; the consultant is refused on the next request.
    let stopped = migrant.post_form("/account/municipality/stop", &[]).await;
    assert_eq!(location(&stopped), "/account?done=sharing-stopped");
    assert_eq!(statuses(&who, &path).await, expect([403, 403, 403, 403, 403, 403, 303]));
    // Only migrants share.
    assert_eq!(
        referent
            .post_form("/account/municipality", &[("municipality", "0363")])
            .await
            .status(),
        403
    );
}

async fn staff_routes_follow_the_role(backend: Backend) {
    let app = spawn_app(backend).await;
    let (migrant, _) = account(&app, "migrant", "migrant").await;
    let (referent, _) = account(&app, "referent", "referent").await;
    let (consultant, _) = staff_member(&app, "consultant", Some("0363")).await;
    let (admin, _) = staff_member(&app, "admin", None).await;
    let anonymous = app.other_browser();
    type Route<'a> = (&'a str, &'a str, &'a [(&'a str, &'a str)]);
    let routes: [Route<'_>; 5] = [
        ("GET", "/admin", &[]),
        (
            "POST",
            "/admin/consultants",
            &[
                ("display_name", "X"),
                ("email", "x@example.nl"),
                ("municipality", "0344"),
            ],
        ),
        ("GET", "/consultant", &[]),
        (
            "POST",
            "/consultant/accounts",
            &[("display_name", "Y"), ("locale", "tr")],
        ),
        ("POST", "/consultant/accounts/1/letter", &[]),
    ];
    // Allowed: the admin on admin routes, the consultant on consultant routes (404: no such account).
    let expected: [(&str, &TestApp, [u16; 5]); 5] = [
        ("anonymous", &anonymous, [303, 303, 303, 303, 303]),
        ("migrant", &migrant, [403, 403, 403, 403, 403]),
        ("referent", &referent, [403, 403, 403, 403, 403]),
        ("consultant", &consultant, [403, 403, 200, 200, 404]),
        ("admin", &admin, [200, 303, 403, 403, 403]),
    ];
    for (who, browser, codes) in expected {
        for ((method, path, fields), code) in routes.iter().zip(codes) {
            let response = if *method == "GET" {
                browser.get(path).await
            } else {
                browser.post_form(path, fields).await
            };
            assert_eq!(response.status().as_u16(), code, "{who} {method} {path}");
            if code == 200 {
                // Signed-in pages: the strict headers, and never kept by a cache.
                assert_strict_headers(&response, path);
                assert_eq!(response.headers()["cache-control"], "no-store", "{path}");
            }
        }
    }
    // Staff sign-up is impossible: the form only offers migrant and referent.
    let response = anonymous
        .post_form(
            "/account/sign-up",
            &[
                ("display_name", "Eve"),
                ("email", &unique_email("eve")),
                ("role", "admin"),
                ("password", PASSWORD),
                ("password_repeat", PASSWORD),
            ],
        )
        .await;
    assert_eq!(response.status(), 422);
}
