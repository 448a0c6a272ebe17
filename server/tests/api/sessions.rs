//! Information sessions over HTTP: announcing, booking, the waiting list, cancelling, mail
//! with a calendar file, and capacity under concurrency on both backends.

use std::collections::HashSet;

use futures::future::join_all;
use server::{accounts::secrets, on_db};

use crate::{
    accounts::{account, location, mail_to, unique_email, PASSWORD},
    helpers::{maildev_url, spawn_app, spawn_app_with, Backend, TestApp},
    staff::staff_member,
};

crate::on_both_backends!(
    a_consultant_announces_a_migrant_books_waits_cancels_and_the_next_is_promoted,
    bad_session_input_is_named_and_kept,
    capacity_holds_when_many_book_at_once,
    the_same_submit_ten_times_at_once_gives_one_booking,
    a_cancellation_racing_another_keeps_the_seat_count_right,
    a_partner_books_only_with_the_book_scope,
    booking_mail_waits_for_smtp_and_nothing_is_lost,
    reminders_go_once_before_the_session,
    a_consultant_changes_writes_and_cancels_and_everyone_booked_is_told,
    migrants_who_ask_hear_of_new_sessions_in_their_language,
    export_lists_bookings_and_delete_anonymises_them,
    a_series_is_booked_once_for_every_date,
    mail_claimed_by_a_worker_that_died_is_sent_later_once,
);

/// A good announcement form; `change` overrides fields.
fn form(change: &[(&'static str, &str)]) -> Vec<(&'static str, String)> {
    let mut fields: Vec<(&'static str, String)> = [
        ("title", "Welkom in Amsterdam"),
        ("description", "Wat moet u doen?\nWe leggen het uit."),
        ("date", "2031-03-13"),
        ("time", "19:00"),
        ("duration", "90"),
        ("capacity", "3"),
        ("place", "Stadhuis, Amstel 1"),
        ("languages", "nl"),
        ("languages", "ar"),
        ("partner_welcome", "on"),
        ("max_party", "2"),
    ]
    .into_iter()
    .map(|(k, v)| (k, v.to_owned()))
    .collect();
    for (k, v) in change {
        fields.retain(|(name, _)| name != k);
        fields.push((k, (*v).to_owned()));
    }
    fields
}

pub async fn announce(consultant: &TestApp, change: &[(&'static str, &str)]) -> i64 {
    let fields = form(change);
    let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let response = consultant.post_form("/consultant/sessions", &pairs).await;
    let to = location(&response);
    assert!(
        to.starts_with("/consultant/sessions/"),
        "announced: {}",
        response.status()
    );
    to.trim_start_matches("/consultant/sessions/")
        .split('?')
        .next()
        .and_then(|id| id.parse().ok())
        .expect("session id")
}

/// The id in the page's cancel form (`/bookings/<id>/cancel`).
fn booking_link(page: &str) -> String {
    page.split("/bookings/")
        .nth(1)
        .and_then(|s| s.split('/').next())
        .expect("a cancel form")
        .to_owned()
}

pub async fn book(browser: &TestApp, session: i64, party: &str) -> reqwest::Response {
    browser
        .post_form(&format!("/sessions/{session}/book"), &[("party", party)])
        .await
}

/// `n` signed-in migrants, made directly in the database (one Argon2 hash for all, to keep
/// the test fast), each in their own browser.
async fn migrants(app: &TestApp, n: usize) -> Vec<TestApp> {
    let db = app.db().await;
    let hash = secrets::hash_password(PASSWORD.to_owned()).await.expect("hash");
    let mut browsers = Vec::new();
    for i in 0..n {
        let email = unique_email(&format!("m{i}"));
        on_db!(&db, |pool| sqlx::query(
            "insert into users (email, password_hash, role, display_name, locale, email_verified_at, created_at) \
             values ($1, $2, 'migrant', $3, 'nl', 1, 1)"
        )
        .bind(&email)
        .bind(&hash)
        .bind(format!("Migrant {i}"))
        .execute(pool)
        .await
        .map(|_| ()))
        .expect("migrant");
        browsers.push((email, app.other_browser()));
    }
    join_all(browsers.iter().map(|(email, b)| async move {
        let response = b
            .post_form("/account/sign-in", &[("email", email), ("password", PASSWORD)])
            .await;
        assert_eq!(location(&response), "/account");
    }))
    .await;
    browsers.into_iter().map(|(_, b)| b).collect()
}

/// (seats_taken, sum of confirmed party sizes, confirmed rows, waiting rows).
async fn counts(app: &TestApp, session: i64) -> (i64, i64, i64, i64) {
    let db = app.db().await;
    let (taken,): (i64,) = on_db!(&db, |pool| sqlx::query_as(
        "select seats_taken from info_sessions where id = $1"
    )
    .bind(session)
    .fetch_one(pool)
    .await)
    .expect("session");
    let (sum, confirmed, waiting): (i64, i64, i64) = on_db!(&db, |pool| sqlx::query_as(
        "select cast(coalesce(sum(case when status = 'confirmed' then party_size else 0 end), 0) as bigint), \
         cast(coalesce(sum(case when status = 'confirmed' then 1 else 0 end), 0) as bigint), \
         cast(coalesce(sum(case when status = 'waiting' then 1 else 0 end), 0) as bigint) from bookings \
         where session_id = $1"
    )
    .bind(session)
    .fetch_one(pool)
    .await)
    .expect("bookings");
    (taken, sum, confirmed, waiting)
}

/// The calendar attachment of the newest mail to `to`, through maildev's API.
async fn calendar_attached(to: &str) -> bool {
    let mails: Vec<serde_json::Value> = reqwest::get(format!("{}/api/email", maildev_url()))
        .await
        .expect("maildev")
        .json()
        .await
        .expect("json");
    mails.iter().rev().any(|m| {
        m["to"].as_array().is_some_and(|t| t.iter().any(|a| a["address"] == to))
            && m["attachments"].as_array().is_some_and(|a| {
                a.iter().any(|f| {
                    f["contentType"]
                        .as_str()
                        .is_some_and(|c| c.starts_with("text/calendar"))
                })
            })
    })
}

async fn a_consultant_announces_a_migrant_books_waits_cancels_and_the_next_is_promoted(backend: Backend) {
    let app = spawn_app(backend).await;
    let (consultant, _) = staff_member(&app, "consultant", Some("0363")).await;
    let session = announce(&consultant, &[("capacity", "2")]).await;

    // Anyone can find it; the list filters by municipality and language.
    let (status, body) = app.get_page("/sessions?municipality=0363&language=ar").await;
    assert_eq!(status, 200);
    assert!(body.contains("Welkom in Amsterdam"));
    assert!(!app
        .get_page("/sessions?municipality=0599")
        .await
        .1
        .contains("Welkom in Amsterdam"));
    assert!(!app
        .get_page("/sessions?language=tr")
        .await
        .1
        .contains("Welkom in Amsterdam"));
    let (_, page) = app.get_page(&format!("/sessions/{session}")).await;
    assert!(page.contains("plaatsen vrij") && page.contains("/account/sign-in"));
    // In Arabic the Dutch-only text says so; once the consultant adds an Arabic version, it shows.
    let (_, page) = app.get_page(&format!("/sessions/{session}?lang=ar")).await;
    assert!(page.contains("class=\"hint\""));
    let edit = format!("/consultant/sessions/{session}/edit");
    let fields = form(&[("capacity", "2"), ("title_ar", "مرحبا بكم في أمستردام")]);
    let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    assert_eq!(
        location(&consultant.post_form(&edit, &pairs).await),
        format!("/consultant/sessions/{session}?done=session-updated")
    );
    let (_, page) = app.get_page(&format!("/sessions/{session}?lang=ar")).await;
    assert!(page.contains("مرحبا بكم في أمستردام") && !page.contains("class=\"hint\""));
    assert!(
        consultant.get_page(&edit).await.1.contains("مرحبا بكم في أمستردام"),
        "the edit form keeps it"
    );

    let (amina, amina_email) = account(&app, "amina", "migrant").await;
    let (bilal, bilal_email) = account(&app, "bilal", "migrant").await;
    assert_eq!(
        location(&book(&amina, session, "2").await),
        format!("/sessions/{session}?done=booked")
    );
    let (subject, text) = mail_to(&amina_email, "aangemeld").await;
    assert!(subject.contains("Welkom in Amsterdam") && text.contains("19:00"));
    assert!(
        calendar_attached(&amina_email).await,
        "the confirmation carries an .ics file"
    );

    // Full: the next one waits, and is told so.
    assert_eq!(
        location(&book(&bilal, session, "1").await),
        format!("/sessions/{session}?done=waiting")
    );
    mail_to(&bilal_email, "wachtlijst").await;
    let (_, mine) = bilal.get_page("/sessions/mine").await;
    assert!(mine.contains("U staat op de wachtlijst") && mine.contains("nummer"));
    assert_eq!(counts(&app, session).await, (2, 2, 1, 1));

    // The calendar file is there for everyone.
    let ics = app.get(&format!("/sessions/{session}/calendar.ics")).await;
    assert_eq!(ics.headers()["content-type"], "text/calendar; charset=utf-8");
    assert!(ics.text().await.expect("body").contains("DTSTART:20310313T180000Z"));

    // Amina cancels: Bilal is promoted at once and told.
    let (_, page) = amina.get_page(&format!("/sessions/{session}")).await;
    let booking_id = booking_link(&page);
    // Someone else cannot cancel it.
    assert_eq!(
        bilal
            .post_form(&format!("/bookings/{booking_id}/cancel"), &[])
            .await
            .status(),
        404
    );
    let cancelled = amina.post_form(&format!("/bookings/{booking_id}/cancel"), &[]).await;
    assert_eq!(location(&cancelled), format!("/sessions/{session}?done=cancelled"));
    assert_eq!(counts(&app, session).await, (1, 1, 1, 0));
    mail_to(&bilal_email, "Er is een plaats").await;
    assert!(bilal.get_page("/sessions/mine").await.1.contains("U bent aangemeld"));

    // The consultant sees who comes, checks Bilal in and downloads the list.
    let (status, list) = consultant.get_page(&format!("/consultant/sessions/{session}")).await;
    assert_eq!(status, 200);
    assert!(list.contains("bilal"));
    let bilal_booking = list
        .split("/consultant/bookings/")
        .nth(1)
        .and_then(|s| s.split('/').next())
        .expect("a check-in form")
        .to_owned();
    let checked = consultant
        .post_form(
            &format!("/consultant/bookings/{bilal_booking}/attended"),
            &[("attended", "yes")],
        )
        .await;
    assert!(location(&checked).starts_with(&format!("/consultant/sessions/{session}?done=checked-in")));
    let csv = consultant
        .get(&format!("/consultant/sessions/{session}/attendees.csv"))
        .await
        .text()
        .await
        .expect("csv");
    assert!(csv.starts_with("name,party_size,language,status,attended\r\n"));
    assert!(csv.contains("\"bilal\",1,\"nl\",confirmed,yes"), "{csv}");
    // Another municipality's consultant sees none of it; a migrant cannot check in.
    let (rotterdam, _) = staff_member(&app, "consultant", Some("0599")).await;
    assert_eq!(
        rotterdam.get(&format!("/consultant/sessions/{session}")).await.status(),
        404
    );
    assert_eq!(
        rotterdam
            .post_form(
                &format!("/consultant/bookings/{bilal_booking}/attended"),
                &[("attended", "no")]
            )
            .await
            .status(),
        404
    );
    assert_eq!(
        bilal
            .post_form(
                &format!("/consultant/bookings/{bilal_booking}/attended"),
                &[("attended", "no")]
            )
            .await
            .status(),
        403
    );
    // Her log says she booked and cancelled.
    let (_, account_page) = amina.get_page("/account").await;
    assert!(
        account_page.contains("aangemeld voor een bijeenkomst")
            && account_page.contains("afgemeld voor een bijeenkomst")
    );
}

async fn bad_session_input_is_named_and_kept(backend: Backend) {
    let app = spawn_app(backend).await;
    let (consultant, _) = staff_member(&app, "consultant", Some("0363")).await;
    let long_title = "x".repeat(121);
    let cases: [(&[(&'static str, &str)], &str); 6] = [
        (&[("date", "2020-01-01")], "al voorbij"),
        (&[("capacity", "0")], "van 1 tot 500"),
        (&[("capacity", "-4")], "van 1 tot 500"),
        (&[("title", &long_title)], "te lang"),
        (&[("deadline_date", "2031-03-20")], "voor de bijeenkomst begint"),
        (
            &[("date", "2031-03-30"), ("time", "02:30")],
            "de klok gaat dan een uur vooruit",
        ),
    ];
    for (change, message) in cases {
        let fields = form(change);
        let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let response = consultant.post_form("/consultant/sessions", &pairs).await;
        assert_eq!(response.status(), 422, "{change:?}");
        let body = response.text().await.expect("body");
        assert!(body.contains(message), "{change:?}: {message}");
        assert!(body.contains("Stadhuis, Amstel 1"), "what was typed stays");
    }
    let db = app.db().await;
    let (n,): (i64,) = on_db!(&db, |pool| sqlx::query_as("select count(*) from info_sessions")
        .fetch_one(pool)
        .await)
    .expect("count");
    assert_eq!(n, 0, "nothing half-written");

    // A party above the maximum, and booking after the deadline.
    let session = announce(&consultant, &[]).await;
    let (migrant, _) = account(&app, "party", "migrant").await;
    let too_many = book(&migrant, session, "3").await;
    assert_eq!(too_many.status(), 422);
    assert!(too_many.text().await.expect("body").contains("Met zoveel personen"));
    on_db!(&db, |pool| sqlx::query(
        "update info_sessions set registration_deadline = 1 where id = $1"
    )
    .bind(session)
    .execute(pool)
    .await
    .map(|_| ()))
    .expect("close");
    let late = book(&migrant, session, "1").await;
    assert_eq!(late.status(), 422);
    assert!(late.text().await.expect("body").contains("Aanmelden kan niet meer"));
    assert_eq!(counts(&app, session).await, (0, 0, 0, 0));
}

async fn capacity_holds_when_many_book_at_once(backend: Backend) {
    let app = spawn_app(backend).await;
    let (consultant, _) = staff_member(&app, "consultant", Some("0363")).await;
    let session = announce(&consultant, &[("capacity", "5")]).await;
    let people = migrants(&app, 30).await;
    let responses = join_all(people.iter().map(|p| book(p, session, "1"))).await;
    let statuses: Vec<u16> = responses.iter().map(|r| r.status().as_u16()).collect();
    assert!(statuses.iter().all(|s| *s == 303), "no errors: {statuses:?}");
    let booked = responses
        .iter()
        .filter(|r| location(r).ends_with("done=booked"))
        .count();
    assert_eq!(booked, 5);
    assert_eq!(counts(&app, session).await, (5, 5, 5, 25));
}

async fn the_same_submit_ten_times_at_once_gives_one_booking(backend: Backend) {
    let app = spawn_app(backend).await;
    let (consultant, _) = staff_member(&app, "consultant", Some("0363")).await;
    let session = announce(&consultant, &[("capacity", "10")]).await;
    let (migrant, _) = account(&app, "twice", "migrant").await;
    let responses = join_all((0..10).map(|_| book(&migrant, session, "2"))).await;
    let answers: HashSet<String> = responses.iter().map(location).collect();
    assert_eq!(answers.len(), 1, "the same answer every time: {answers:?}");
    assert_eq!(counts(&app, session).await, (2, 2, 1, 0));
}

async fn a_cancellation_racing_another_keeps_the_seat_count_right(backend: Backend) {
    let app = spawn_app(backend).await;
    let (consultant, _) = staff_member(&app, "consultant", Some("0363")).await;
    let session = announce(&consultant, &[("capacity", "2")]).await;
    let people = migrants(&app, 6).await;
    for p in &people {
        book(p, session, "1").await;
    }
    assert_eq!(counts(&app, session).await, (2, 2, 2, 4));
    // Both confirmed people and the first waiting one cancel at the same moment; promotions run
    // inside those cancellations.
    let booking_ids: Vec<String> = join_all(people[..3].iter().map(|p| async move {
        let (_, page) = p.get_page(&format!("/sessions/{session}")).await;
        booking_link(&page)
    }))
    .await;
    let responses = join_all(
        people[..3]
            .iter()
            .zip(&booking_ids)
            .map(|(p, id)| async move { p.post_form(&format!("/bookings/{id}/cancel"), &[]).await }),
    )
    .await;
    let statuses: Vec<u16> = responses.iter().map(|r| r.status().as_u16()).collect();
    assert_eq!(statuses, [303, 303, 303]);
    let (taken, sum, confirmed, waiting) = counts(&app, session).await;
    assert_eq!((taken, sum), (2, 2), "seats match the confirmed bookings");
    assert_eq!(
        (confirmed, waiting),
        (2, 1),
        "the two first waiting were promoted, one waits"
    );
}

async fn a_partner_books_only_with_the_book_scope(backend: Backend) {
    let app = spawn_app(backend).await;
    let (consultant, _) = staff_member(&app, "consultant", Some("0363")).await;
    let session = announce(&consultant, &[]).await;
    let (migrant, _) = account(&app, "helped", "migrant").await;
    let invite = |scope: &'static str| {
        let migrant = &migrant;
        async move {
            let body = migrant
                .post_form("/account/partners/invite", &[(scope, "on")])
                .await
                .text()
                .await
                .expect("body");
            let start = body.find("class=\"code\"").expect("code");
            let code = &body[start..];
            let code = &code[code.find('>').expect(">") + 1..];
            code[..code.find('<').expect("<")].to_owned()
        }
    };
    async fn partner(app: &TestApp, name: &str, code: &str) -> (TestApp, String) {
        let (partner, _) = account(app, name, "referent").await;
        partner.post_form("/account/partners/accept", &[("code", code)]).await;
        let db = app.db().await;
        let (grant,): (i64,) = on_db!(&db, |pool| sqlx::query_as(
            "select g.id from grants g join users u on u.id = g.referent_id where u.display_name = $1"
        )
        .bind(name)
        .fetch_one(pool)
        .await)
        .expect("grant");
        (partner, grant.to_string())
    }
    let (booker, booker_grant) = partner(&app, "booker", &invite("book").await).await;
    let (viewer, viewer_grant) = partner(&app, "viewer", &invite("view").await).await;

    // Only "view": choosing to act is allowed (to see the check), booking is not.
    viewer
        .post_form("/account/acting-for", &[("grant", &viewer_grant)])
        .await;
    assert_eq!(book(&viewer, session, "1").await.status(), 403);
    // Not acting for anyone: a referent books for nobody.
    assert_eq!(book(&booker, session, "1").await.status(), 403);
    // The booking partner acts under the grant: the booking is the migrant's.
    let acting = booker
        .post_form("/account/acting-for", &[("grant", &booker_grant)])
        .await;
    assert_eq!(acting.status(), 303);
    assert_eq!(
        location(&book(&booker, session, "1").await),
        format!("/sessions/{session}?done=booked")
    );
    let (_, mine) = migrant.get_page("/sessions/mine").await;
    assert!(mine.contains("Welkom in Amsterdam"), "the migrant sees the booking");
    let (_, log) = migrant.get_page("/account").await;
    assert!(log.contains("aangemeld voor een bijeenkomst") && log.contains("booker"));
    // Revoked: the partner cannot cancel for her any more.
    let db = app.db().await;
    on_db!(&db, |pool| sqlx::query("update grants set revoked_at = 1")
        .execute(pool)
        .await
        .map(|_| ()))
    .expect("revoke");
    let (_, page) = migrant.get_page(&format!("/sessions/{session}")).await;
    let booking = booking_link(&page);
    assert_eq!(
        booker
            .post_form(&format!("/bookings/{booking}/cancel"), &[])
            .await
            .status(),
        403
    );
}

async fn booking_mail_waits_for_smtp_and_nothing_is_lost(backend: Backend) {
    // Nothing listens on port 9: the SMTP server is "down".
    let app = spawn_app_with(backend, |_| {}, "smtp://127.0.0.1:9").await;
    let (consultant, _) = staff_member(&app, "consultant", Some("0363")).await;
    let session = announce(&consultant, &[("capacity", "50")]).await;
    let people = migrants(&app, 50).await;
    let started = std::time::Instant::now();
    let responses = join_all(people.iter().map(|p| book(p, session, "1"))).await;
    assert!(responses.iter().all(|r| location(r).ends_with("done=booked")));
    assert!(started.elapsed().as_secs() < 10, "no request waits for the SMTP server");
    let db = app.db().await;
    // SMTP is back: the queue drains, every mail once, with its own fixed Message-ID.
    on_db!(&db, |pool| sqlx::query("update outbox set next_attempt_at = 0")
        .execute(pool)
        .await
        .map(|_| ()))
    .expect("due");
    let mailer = crate::helpers::real_mailer();
    // The app's own worker still points at the dead port and may claim a row first: keep
    // making the rest due until every mail went through this mailer.
    for _ in 0..50 {
        on_db!(&db, |pool| sqlx::query(
            "update outbox set next_attempt_at = 0 where sent_at is null"
        )
        .execute(pool)
        .await
        .map(|_| ()))
        .expect("due");
        server::mail::deliver_due(&db, &mailer).await.expect("deliver");
        let (left,): (i64,) = on_db!(&db, |pool| sqlx::query_as(
            "select count(*) from outbox where sent_at is null"
        )
        .fetch_one(pool)
        .await)
        .expect("count");
        if left == 0 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let (unsent, ids): (i64, i64) = on_db!(&db, |pool| sqlx::query_as(
        "select cast(coalesce(sum(case when sent_at is null then 1 else 0 end), 0) as bigint), \
         count(distinct message_id) from outbox"
    )
    .fetch_one(pool)
    .await)
    .expect("outbox");
    assert_eq!((unsent, ids), (0, 50));
}

async fn reminders_go_once_before_the_session(backend: Backend) {
    let app = spawn_app(backend).await;
    let (consultant, _) = staff_member(&app, "consultant", Some("0363")).await;
    let session = announce(&consultant, &[]).await;
    let (migrant, email) = account(&app, "remind", "migrant").await;
    book(&migrant, session, "1").await;
    // A partner with "receive my reminders" gets them too; one without does not.
    let mut partner_emails = Vec::new();
    for (name, scope) in [("reminded", "reminders"), ("notreminded", "view")] {
        let body = migrant
            .post_form("/account/partners/invite", &[(scope, "on")])
            .await
            .text()
            .await
            .expect("body");
        let code = body[body.find("class=\"code\"").expect("code")..]
            .split('>')
            .nth(1)
            .and_then(|c| c.split('<').next())
            .expect("code")
            .to_owned();
        let (partner, partner_email) = account(&app, name, "referent").await;
        partner.post_form("/account/partners/accept", &[("code", &code)]).await;
        partner_emails.push(partner_email);
    }
    let db = app.db().await;
    let (starts_at,): (i64,) = on_db!(&db, |pool| sqlx::query_as(
        "select starts_at from info_sessions where id = $1"
    )
    .bind(session)
    .fetch_one(pool)
    .await)
    .expect("start");
    let send = |hours_before: i64| {
        let db = db.clone();
        async move {
            server::sessions::reminders::send_due(&db, "http://x", (48, 2), starts_at - hours_before * 3600)
                .await
                .expect("pass")
        }
    };
    assert_eq!(send(49).await, 0, "too early");
    assert_eq!(send(47).await, 2, "the early reminder, to her and her partner");
    assert_eq!(send(46).await, 0, "once");
    assert_eq!(send(1).await, 2, "the late reminder");
    assert_eq!(send(0).await, 0, "once, and never after the start");
    let (reminders,): (i64,) = on_db!(&db, |pool| sqlx::query_as(
        "select count(*) from outbox where recipient = $1 and subject like 'Herinnering%'"
    )
    .bind(&email)
    .fetch_one(pool)
    .await)
    .expect("outbox");
    assert_eq!(reminders, 2, "two reminders queued, each once");
    let count_for = |to: String| {
        let db = db.clone();
        async move {
            let (n,): (i64,) = on_db!(&db, |pool| sqlx::query_as(
                "select count(*) from outbox where recipient = $1 and subject like 'Herinnering%'"
            )
            .bind(&to)
            .fetch_one(pool)
            .await)
            .expect("outbox");
            n
        }
    };
    assert_eq!(
        count_for(partner_emails[0].clone()).await,
        2,
        "the partner with the scope"
    );
    assert_eq!(count_for(partner_emails[1].clone()).await, 0, "the partner without it");
}

async fn post_session_form(consultant: &TestApp, path: &str, change: &[(&'static str, &str)]) -> reqwest::Response {
    let fields = form(change);
    let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    consultant.post_form(path, &pairs).await
}

async fn a_consultant_changes_writes_and_cancels_and_everyone_booked_is_told(backend: Backend) {
    let app = spawn_app(backend).await;
    let (consultant, _) = staff_member(&app, "consultant", Some("0363")).await;
    let session = announce(&consultant, &[("capacity", "2")]).await;
    let (amina, amina_email) = account(&app, "amina", "migrant").await;
    let (bilal, bilal_email) = account(&app, "bilal", "migrant").await;
    book(&amina, session, "2").await;
    book(&bilal, session, "1").await;
    let edit = format!("/consultant/sessions/{session}/edit");

    // The form opens filled in; fewer seats than are taken is refused and nothing changes.
    let (status, body) = consultant.get_page(&edit).await;
    assert_eq!(status, 200);
    assert!(body.contains("value=\"Welkom in Amsterdam\"") && body.contains("value=\"19:00\""));
    let fewer = post_session_form(&consultant, &edit, &[("capacity", "1")]).await;
    assert_eq!(fewer.status(), 422);
    assert!(fewer.text().await.expect("body").contains("al meer plaatsen bezet"));
    assert_eq!(counts(&app, session).await, (2, 2, 1, 1));

    // More seats and a new time: Bilal gets the seat; both hear of the new time.
    let moved = post_session_form(&consultant, &edit, &[("capacity", "3"), ("time", "18:30")]).await;
    assert_eq!(
        location(&moved),
        format!("/consultant/sessions/{session}?done=session-updated")
    );
    assert_eq!(counts(&app, session).await, (3, 3, 2, 0));
    let (_, text) = mail_to(&amina_email, "Gewijzigd").await;
    assert!(text.contains("18:30"));
    mail_to(&bilal_email, "Er is een plaats").await;
    mail_to(&bilal_email, "Gewijzigd").await;

    // A message to everyone: plain text, kept as typed.
    let message = format!("/consultant/sessions/{session}/message");
    assert_eq!(consultant.post_form(&message, &[("message", "  ")]).await.status(), 422);
    let sent = consultant
        .post_form(&message, &[("message", "Neem uw <b>paspoort</b> mee.")])
        .await;
    assert_eq!(
        location(&sent),
        format!("/consultant/sessions/{session}?done=message-sent")
    );
    let (_, text) = mail_to(&amina_email, "Bericht over").await;
    assert!(text.contains("Neem uw <b>paspoort</b> mee."));

    // Cancelled: everyone is told, nobody can book, and the session says so.
    let cancel = consultant
        .post_form(&format!("/consultant/sessions/{session}/cancel"), &[])
        .await;
    assert_eq!(
        location(&cancel),
        format!("/consultant/sessions/{session}?done=session-cancelled")
    );
    mail_to(&amina_email, "Gaat niet door").await;
    mail_to(&bilal_email, "Gaat niet door").await;
    let (other, _) = account(&app, "late", "migrant").await;
    assert_eq!(book(&other, session, "1").await.status(), 422);
    assert!(app
        .get_page(&format!("/sessions/{session}"))
        .await
        .1
        .contains("gaat niet door"));
    // Another municipality cannot change, write or cancel.
    let (rotterdam, _) = staff_member(&app, "consultant", Some("0599")).await;
    assert_eq!(post_session_form(&rotterdam, &edit, &[]).await.status(), 404);
    assert_eq!(rotterdam.post_form(&message, &[("message", "x")]).await.status(), 404);
    assert_eq!(bilal.post_form(&message, &[("message", "x")]).await.status(), 403);
}

async fn migrants_who_ask_hear_of_new_sessions_in_their_language(backend: Backend) {
    let app = spawn_app(backend).await;
    let (consultant, _) = staff_member(&app, "consultant", Some("0363")).await;
    let (asks, asks_email) = account(&app, "asks", "migrant").await;
    let (turkish, turkish_email) = account(&app, "turkish", "migrant").await;
    let (quiet, quiet_email) = account(&app, "quiet", "migrant").await;
    let db = app.db().await;
    on_db!(&db, |pool| sqlx::query(
        "update users set locale = 'tr' where email = $1"
    )
    .bind(&turkish_email)
    .execute(pool)
    .await
    .map(|_| ()))
    .expect("turkish");
    for browser in [&asks, &turkish, &quiet] {
        browser
            .post_form("/account/municipality", &[("municipality", "0363")])
            .await;
    }
    // Without a municipality the page says what is needed; with one, the choice is saved.
    for browser in [&asks, &turkish] {
        let on = browser.post_form("/sessions/alerts", &[("alerts", "on")]).await;
        assert_eq!(location(&on), "/sessions/mine?done=alerts-on");
    }
    // Spoken in Dutch and Arabic: the Dutch reader hears of it, the Turkish one does not.
    announce(&consultant, &[]).await;
    mail_to(&asks_email, "Nieuwe bijeenkomst").await;
    let (count,): (i64,) = on_db!(&db, |pool| sqlx::query_as(
        "select count(*) from outbox where recipient in ($1, $2) and subject like '%Welkom%'"
    )
    .bind(&turkish_email)
    .bind(&quiet_email)
    .fetch_one(pool)
    .await)
    .expect("outbox");
    assert_eq!(count, 0, "not in Turkish, and not asked");
    // Referents do not get them.
    let (referent, _) = account(&app, "ref", "referent").await;
    assert_eq!(
        referent
            .post_form("/sessions/alerts", &[("alerts", "on")])
            .await
            .status(),
        403
    );
}

async fn export_lists_bookings_and_delete_anonymises_them(backend: Backend) {
    let app = spawn_app(backend).await;
    let (consultant, _) = staff_member(&app, "consultant", Some("0363")).await;
    let session = announce(&consultant, &[]).await;
    let (migrant, _) = account(&app, "leaving", "migrant").await;
    book(&migrant, session, "2").await;
    let export: serde_json::Value = migrant.get("/account/export").await.json().await.expect("json");
    assert_eq!(export["session_bookings"][0]["session"], "Welkom in Amsterdam");
    assert_eq!(export["session_bookings"][0]["party_size"], 2);
    let deleted = migrant.post_form("/account/delete", &[("password", PASSWORD)]).await;
    assert_eq!(location(&deleted), "/account/sign-in?done=deleted");
    let db = app.db().await;
    let (people, by): (Option<i64>, Option<i64>) = on_db!(&db, |pool| sqlx::query_as(
        "select migrant_id, booked_by from bookings where session_id = $1"
    )
    .bind(session)
    .fetch_one(pool)
    .await)
    .expect("the booking stays");
    assert_eq!((people, by), (None, None), "anonymised");
    let (_, list) = consultant.get_page(&format!("/consultant/sessions/{session}")).await;
    assert!(list.contains("account verwijderd"));
}

async fn a_series_is_booked_once_for_every_date(backend: Backend) {
    let app = spawn_app(backend).await;
    let (consultant, _) = staff_member(&app, "consultant", Some("0363")).await;
    let refused = post_session_form(&consultant, "/consultant/sessions", &[("date_2", "2031-03-01")]).await;
    assert_eq!(refused.status(), 422, "a later day must come after the first");
    let session = announce(
        &consultant,
        &[("date_2", "2031-03-20"), ("date_3", "2031-03-27"), ("time_3", "10:00")],
    )
    .await;
    let (_, page) = app.get_page(&format!("/sessions/{session}")).await;
    assert!(page.contains("Ook op") && page.contains("Een reeks van"));
    let (migrant, _) = account(&app, "series", "migrant").await;
    book(&migrant, session, "1").await;
    assert_eq!(
        counts(&app, session).await,
        (1, 1, 1, 0),
        "one booking for the whole series"
    );
    let ics = app
        .get(&format!("/sessions/{session}/calendar.ics"))
        .await
        .text()
        .await
        .expect("ics");
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), 3);
    assert!(ics.contains("DTSTART:20310327T090000Z"), "day 3 at 10:00 Dutch time");
    // The edit form shows the days again.
    let (_, form) = consultant
        .get_page(&format!("/consultant/sessions/{session}/edit"))
        .await;
    assert!(form.contains("value=\"2031-03-27\"") && form.contains("value=\"10:00\""));
}

async fn mail_claimed_by_a_worker_that_died_is_sent_later_once(backend: Backend) {
    // The app's own worker points at a dead port; this test plays a second worker.
    let app = spawn_app_with(backend, |_| {}, "smtp://127.0.0.1:9").await;
    let (consultant, _) = staff_member(&app, "consultant", Some("0363")).await;
    let session = announce(&consultant, &[]).await;
    let migrant = migrants(&app, 1).await.remove(0);
    book(&migrant, session, "1").await;
    let db = app.db().await;
    let (email,): (String,) = on_db!(&db, |pool| sqlx::query_as(
        "select email from users where role = 'migrant'"
    )
    .fetch_one(pool)
    .await)
    .expect("email");
    let now = chrono::Utc::now().timestamp();
    // A worker claimed the confirmation (the claim pushes it 5 minutes ahead) and was killed
    // before it could send: the mail is not lost, and nobody sends it while the claim holds.
    on_db!(&db, |pool| sqlx::query(
        "update outbox set next_attempt_at = $1, attempts = 0 where recipient = $2"
    )
    .bind(now + 300)
    .bind(&email)
    .execute(pool)
    .await
    .map(|_| ()))
    .expect("claim");
    let mailer = crate::helpers::real_mailer();
    assert_eq!(
        server::mail::deliver_due(&db, &mailer).await.expect("pass"),
        0,
        "still claimed"
    );
    // Five minutes later (the claim lapses) a pass sends it, once. (The app's own worker may
    // grab it first and fail on its dead port: then the claim lapses again.)
    let mut sent = 0;
    for _ in 0..20 {
        on_db!(&db, |pool| sqlx::query(
            "update outbox set next_attempt_at = $1 where recipient = $2 and sent_at is null"
        )
        .bind(now - 1)
        .bind(&email)
        .execute(pool)
        .await
        .map(|_| ()))
        .expect("lapse");
        sent += server::mail::deliver_due(&db, &mailer).await.expect("pass");
        if sent > 0 {
            break;
        }
    }
    assert_eq!(sent, 1);
    assert_eq!(
        server::mail::deliver_due(&db, &mailer).await.expect("pass"),
        0,
        "never twice"
    );
    mail_to(&email, "aangemeld").await;
}
