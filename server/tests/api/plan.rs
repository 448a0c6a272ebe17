//! My plan over HTTP on both backends: the page as a GET form (shareable), bad input kept and
//! named, the calendar file, saving to the account, and the school and sessions on the timeline.

use server::on_db;

use crate::{
    accounts::{account, location},
    helpers::{spawn_app, Backend, TestApp},
    sessions::{announce, book},
    staff::staff_member,
};

crate::on_both_backends!(
    a_plan_is_computed_from_the_url_and_warns_in_plain_words,
    bad_plan_input_is_named_and_kept,
    the_calendar_file_has_stable_uids_and_crlf,
    a_migrant_saves_the_plan_and_finds_it_again,
    the_chosen_school_fills_in_the_hours,
);

async fn text_of(app: &TestApp, path: &str) -> (u16, String) {
    let (status, body) = app.get_page(path).await;
    (status, body.replace(['\u{2068}', '\u{2069}'], ""))
}

/// The warning box of a plan page ("" when there is none). The island's props also carry every
/// warning text, so the whole page cannot be searched.
fn warnings(page: &str) -> &str {
    page.split_once("aria-labelledby=\"plan-warnings\"")
        .and_then(|(_, rest)| rest.split_once("</section>"))
        .map_or("", |(box_, _)| box_)
}

const PLAN: &str =
    "/plan?notice=2026-01-05&pip=2026-03-02&route=b1&target_hours=600&lessons_start=2026-12-01&weeks_off=6";

async fn a_plan_is_computed_from_the_url_and_warns_in_plain_words(backend: Backend) {
    let app = spawn_app(backend).await;
    let (status, page) = text_of(&app, &format!("{PLAN}&hours_per_week=12")).await;
    assert_eq!(status, 200);
    assert!(page.contains("Uw eerste PIP") && page.contains("2 maart 2026"));
    assert!(page.contains("Einddatum: alles moet klaar zijn") && page.contains("2 maart 2029"));
    assert!(
        page.contains("Van uw brief") && page.contains("Geschat"),
        "official and estimated are told apart"
    );
    assert!(
        page.contains("Regel R2.1") || page.contains("R2.1"),
        "each milestone names its rule"
    );
    assert!(
        !warnings(&page).contains("niet op tijd klaar"),
        "12 hours a week is enough"
    );
    // Too few hours: the warning appears; none at all: another one.
    let (_, slow) = text_of(&app, &format!("{PLAN}&hours_per_week=3")).await;
    assert!(warnings(&slow).contains("Met deze uren per week bent u niet op tijd klaar voor de examens"));
    let (_, none) = text_of(&app, &format!("{PLAN}&hours_per_week=0")).await;
    assert!(warnings(&none).contains("U heeft 0 uur per week gepland"));
    // Without any date the plan still works, as a one-off calculation.
    let (status, bare) = text_of(&app, "/plan").await;
    assert_eq!(status, 200);
    assert!(bare.contains("Einde van de lessen (verwacht)"));
    assert!(bare.contains("Log in om uw plan te bewaren"));
    let (status, print) = text_of(&app, &format!("/plan/print?{}", &PLAN[6..])).await;
    assert_eq!(status, 200);
    assert!(print.contains("Mijn inburgering: de belangrijke datums") && print.contains("2 maart 2029"));
}

async fn bad_plan_input_is_named_and_kept(backend: Backend) {
    let app = spawn_app(backend).await;
    let (status, page) = text_of(
        &app,
        "/plan?notice=2026-05-01&pip=2026-04-01&hours_per_week=41&progress_month=2031-01&progress_hours=10",
    )
    .await;
    assert_eq!(status, 422);
    assert!(page.contains("Uw PIP komt na de brief van DUO"));
    assert!(page.contains("Meer dan 40 uur per week kan niet"));
    assert!(page.contains("Kies een maand die al voorbij is"));
    assert!(
        page.contains("value=\"41\"") && page.contains("value=\"2026-04-01\"") && page.contains("value=\"2031-01\"")
    );
    assert!(page.contains("Uw tijdlijn"), "the rest of the plan is still shown");
}

async fn the_calendar_file_has_stable_uids_and_crlf(backend: Backend) {
    let app = spawn_app(backend).await;
    let get = |hours: &'static str| {
        let app = &app;
        async move {
            let response = app
                .get(&format!("/plan/calendar.ics?{}&hours_per_week={hours}", &PLAN[6..]))
                .await;
            assert_eq!(response.headers()["content-type"], "text/calendar; charset=utf-8");
            response.text().await.expect("body")
        }
    };
    let first = get("9").await;
    let second = get("12").await;
    assert!(first.starts_with("BEGIN:VCALENDAR\r\n") && first.ends_with("END:VCALENDAR\r\n"));
    assert!(!first.replace("\r\n", "").contains('\n'));
    let uids = |file: &str| -> Vec<String> {
        let mut list: Vec<String> = file
            .split("\r\n")
            .filter_map(|l| l.strip_prefix("UID:"))
            .map(str::to_owned)
            .collect();
        list.sort();
        list
    };
    assert_eq!(uids(&first), uids(&second), "more hours move dates, not identities");
    assert!(first.contains("SUMMARY:Wegwijs: Einddatum: alles moet klaar zijn"));
    assert!(first.contains("DTSTART;VALUE=DATE:20290302"));
    assert!(first.contains("TRIGGER:-P14D"));
    // In the reader's language.
    let english = app
        .get(&format!("/plan/calendar.ics?{}&lang=en", &PLAN[6..]))
        .await
        .text()
        .await
        .expect("body");
    assert!(english.contains("SUMMARY:Wegwijs: "), "{english}");
    assert_ne!(uids(&english), Vec::<String>::new());
}

async fn a_migrant_saves_the_plan_and_finds_it_again(backend: Backend) {
    let app = spawn_app(backend).await;
    // Only a signed-in migrant can save.
    let response = app.post_form(&format!("/plan/save?{}", &PLAN[6..]), &[]).await;
    assert_eq!(location(&response), "/account/sign-in");
    let (migrant, _) = account(&app, "planner", "migrant").await;
    let response = migrant
        .post_form(&format!("/plan/save?{}&hours_per_week=11", &PLAN[6..]), &[])
        .await;
    assert!(
        location(&response).ends_with("&done=plan-saved"),
        "{}",
        location(&response)
    );
    let (_, page) = text_of(&migrant, "/plan").await;
    assert!(
        page.contains("value=\"11\""),
        "the saved plan comes back without the URL"
    );
    assert!(page.contains("2 maart 2029"));
    let db = migrant.db().await;
    let (fields,): (String,) = on_db!(&db, |pool| sqlx::query_as("select fields from plans")
        .fetch_one(pool)
        .await
        .expect("saved"));
    assert!(fields.contains("pip=2026-03-02") && fields.contains("hours_per_week=11"));
    // A booked information session appears on the timeline.
    let (consultant, _) = staff_member(&app, "consultant", Some("0344")).await;
    let session = announce(&consultant, &[("title", "Plan uw inburgering")]).await;
    assert_eq!(book(&migrant, session, "1").await.status(), 303);
    let (_, page) = text_of(&migrant, "/plan").await;
    assert!(page.contains("Bijeenkomst: Plan uw inburgering"));
    assert!(page.contains(&format!("href=\"/sessions/{session}\"")));
    // Someone else sees an empty plan.
    let (other, _) = account(&app, "otherplanner", "migrant").await;
    let (_, page) = text_of(&other, "/plan").await;
    assert!(!page.contains("2 maart 2029"));
}

async fn the_chosen_school_fills_in_the_hours(backend: Backend) {
    let app = spawn_app(backend).await;
    let db = app.db().await;
    server::demo::seed_schools(&db).await.expect("demo schools");
    let (id, name, hours, per_week): (i64, String, i64, i64) = on_db!(&db, |pool| sqlx::query_as(
        "select o.id, s.name, o.hours, o.hours_per_week from school_offers o join schools s on s.id = o.school_id \
         where o.route = 'b1' order by o.id limit 1"
    )
    .fetch_one(pool)
    .await
    .expect("an offer"));
    let (status, page) = text_of(&app, &format!("/plan?offer={id}")).await;
    assert_eq!(status, 200);
    assert!(page.contains(&format!("Uw school: {name}")));
    assert!(page.contains(&format!("value=\"{hours}\"")) && page.contains(&format!("value=\"{per_week}\"")));
    // The comparison links to it.
    let (_, compare) = text_of(&app, &format!("/schools/compare?offer={id}&offer={}", id + 1)).await;
    assert!(compare.contains(&format!("href=\"/plan?offer={id}\"")));
}
