//! Language schools on both backends: the import (through the real binary and the library),
//! the search's filters and sorts, and the comparison with the total cost.

use std::process::Command;

use app::schools::{import::COLUMNS, search::SearchQuery};
use chrono::NaiveDate;
use server::{db::Db, on_db, schools};

use crate::{
    accounts::{account, location},
    helpers::{spawn_app, Backend, TestApp},
    staff::staff_member,
};

crate::on_both_backends!(
    an_import_writes_all_or_nothing_and_twice_is_the_same,
    bad_files_are_refused_by_line_and_column_and_change_nothing,
    fifty_thousand_rows_go_in_whole_or_not_at_all,
    filters_and_sorts_find_the_right_offers_in_order,
    the_comparison_sets_the_total_against_the_loan,
    the_search_page_keeps_bad_input_and_shares_its_url,
    consultants_edit_the_schools_of_their_municipality_only,
);

const TODAY: &str = "2026-11-23";

fn today() -> NaiveDate {
    NaiveDate::parse_from_str(TODAY, "%Y-%m-%d").expect("date")
}

/// One row of the import format; `fields` override the defaults by column name.
fn row(fields: &[(&str, &str)]) -> String {
    let default = |column: &str| -> &str {
        match column {
            "name" => "Taalhuis Test",
            "kind" => "school",
            "keurmerk" => "keurmerkhouder",
            "verified_on" => "2026-11-01",
            "verified_source" => "Blik op Werk register",
            "address" => "Oefenlaan 1",
            "postcode" => "1011 AA",
            "city" => "Amsterdam",
            "municipality_code" => "GM0363",
            "offer_ref" => "b1",
            "route" => "b1",
            "price_eur" => "6000",
            "hours" => "600",
            "hours_per_week" => "9",
            "weeks" => "67",
            "schedule" => "daytime",
            "format" => "in_person",
            "in_person_percent" => "100",
            "intake_test" | "exams_included" | "childcare" | "suits_working" => "no",
            "retakes_included" => "0",
            _ => "",
        }
    };
    COLUMNS
        .iter()
        .map(|c| {
            let value = fields
                .iter()
                .find(|(k, _)| k == c)
                .map_or_else(|| default(c), |(_, v)| v);
            if value.contains(',') {
                format!("\"{value}\"")
            } else {
                value.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join(",")
}

fn csv(rows: &[String]) -> String {
    let mut text = COLUMNS.join(",");
    for r in rows {
        text.push('\n');
        text.push_str(r);
    }
    text.push('\n');
    text
}

/// The fixture the search tests know by heart (totals: price + 5 × €50 exams unless included
/// + €50 for one retake unless included).
fn fixture() -> String {
    csv(&[
        // A: Amsterdam, B1 €6,000 → €6,300; 600 h → €10.50/h; evening, childcare, 2 stars.
        row(&[
            ("school_ref", "A"),
            ("name", "Alfa Taal"),
            ("stars", "2"),
            ("schedule", "evening"),
            ("childcare", "yes"),
            ("latitude", "52.37"),
            ("longitude", "4.90"),
        ]),
        // A's Z-route.
        row(&[
            ("school_ref", "A"),
            ("name", "Alfa Taal"),
            ("stars", "2"),
            ("latitude", "52.37"),
            ("longitude", "4.90"),
            ("offer_ref", "z"),
            ("route", "z"),
            ("price_eur", "9000"),
            ("hours", "800"),
        ]),
        // B: keurmerk expired → counts as none; €3,000 → €3,300.
        row(&[
            ("school_ref", "B"),
            ("name", "Bravo Les"),
            ("keurmerk_valid_until", "2026-01-31"),
            ("price_eur", "3000"),
        ]),
        // C: Utrecht, aspirant; exams included → €4,050.
        row(&[
            ("school_ref", "C"),
            ("name", "Charlie Spreekt"),
            ("keurmerk", "aspirant"),
            ("city", "Utrecht"),
            ("municipality_code", "GM0344"),
            ("postcode", "3511 AA"),
            ("price_eur", "4000"),
            ("exams_included", "yes"),
        ]),
        // D: Utrecht, exams and a retake included → €8,000; 1,000 h → €8/h; weekend; 4 stars.
        row(&[
            ("school_ref", "D"),
            ("name", "Delta Woord"),
            ("stars", "4"),
            ("city", "Utrecht"),
            ("municipality_code", "GM0344"),
            ("postcode", "3512 BB"),
            ("latitude", "52.09"),
            ("longitude", "5.12"),
            ("price_eur", "8000"),
            ("hours", "1000"),
            ("exams_included", "yes"),
            ("retakes_included", "1"),
            ("schedule", "weekend"),
            ("suits_working", "yes"),
        ]),
        // E: an informal taalcafé in Rotterdam.
        row(&[
            ("school_ref", "E"),
            ("name", "Echo Taalcafé"),
            ("kind", "taalcafe"),
            ("keurmerk", "none"),
            ("city", "Rotterdam"),
            ("municipality_code", "GM0599"),
            ("postcode", "3011 AA"),
            ("route", "informal"),
            ("offer_ref", "cafe"),
            ("price_eur", "0"),
            ("hours", "40"),
        ]),
    ])
}

async fn import(db: &Db, text: &str) -> schools::import::Summary {
    let parsed = app::schools::import::parse(text.as_bytes(), |_| {}).expect("the file parses");
    schools::import::write(db, &parsed, false, |_| {})
        .await
        .expect("the file is written")
}

/// (schools, locations, offers) in the database.
async fn counts(db: &Db) -> (i64, i64, i64) {
    on_db!(db, |pool| sqlx::query_as(
        "select (select count(*) from schools), (select count(*) from school_locations), \
         (select count(*) from school_offers)"
    )
    .fetch_one(pool)
    .await
    .expect("counts"))
}

/// Everything stored, as text, to see that a refused import changed nothing at all.
async fn snapshot(db: &Db) -> Vec<(i64, String, String, i64)> {
    on_db!(db, |pool| sqlx::query_as(
        "select s.id, s.ref || '/' || s.name || '/' || s.keurmerk, o.ref || '/' || o.route || '/' || l.postcode, \
         o.price_cents from schools s join school_offers o on o.school_id = s.id \
         join school_locations l on l.id = o.location_id order by s.ref, o.ref"
    )
    .fetch_all(pool)
    .await
    .expect("snapshot"))
}

async fn an_import_writes_all_or_nothing_and_twice_is_the_same(backend: Backend) {
    let app = spawn_app(backend).await;
    let db = app.db().await;
    let first = import(&db, server::demo::DEMO_SCHOOLS).await;
    assert_eq!((first.schools, first.new_schools), (48, 48));
    assert_eq!(counts(&db).await, (48, first.locations as i64, first.offers as i64));
    let before = snapshot(&db).await;
    let again = import(&db, server::demo::DEMO_SCHOOLS).await;
    assert_eq!(again.new_schools, 0, "the second run updates in place");
    assert_eq!(
        snapshot(&db).await,
        before,
        "the same file twice gives the same state, ids included"
    );

    // A dry run of a changed file reports what it would do and changes nothing.
    let text = server::demo::DEMO_SCHOOLS.replace("Taalschool Tulp Amsterdam (fictief)", "Nieuwe naam (fictief)");
    assert_ne!(text, server::demo::DEMO_SCHOOLS);
    let dry = {
        let parsed = app::schools::import::parse(text.as_bytes(), |_| {}).expect("parses");
        schools::import::write(&db, &parsed, true, |_| {})
            .await
            .expect("dry run")
    };
    assert_eq!(dry.schools, 48);
    assert_eq!(snapshot(&db).await, before, "a dry run changes nothing");
}

/// Runs `wegwijs import-schools` on `text`; returns (success, stdout + stderr). The child is
/// awaited off the test's runtime: the server under test runs on that runtime, and blocking it
/// while the child waits for the database would deadlock on a transaction the server has open.
async fn run_import(app: &TestApp, text: &[u8], extra: &[&str]) -> (bool, String) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("schools.csv");
    std::fs::write(&path, text).expect("write file");
    let mut command = Command::new(env!("CARGO_BIN_EXE_wegwijs"));
    command
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("RUST_LOG", "warn")
        .env("DATABASE_URL", &app.database_url)
        .arg("import-schools")
        .arg(&path)
        .args(extra);
    let output = tokio::task::spawn_blocking(move || command.output())
        .await
        .expect("joined")
        .expect("binary runs");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    (output.status.success(), text)
}

async fn bad_files_are_refused_by_line_and_column_and_change_nothing(backend: Backend) {
    let app = spawn_app(backend).await;
    let db = app.db().await;
    let (ok, out) = run_import(&app, fixture().as_bytes(), &[]).await;
    assert!(ok, "{out}");
    assert!(out.contains("imported: 6 rows, 5 schools (5 new)"), "{out}");
    let before = snapshot(&db).await;

    let good = row(&[("school_ref", "Z"), ("name", "Zulu")]);
    let cases: Vec<(Vec<u8>, &str)> = vec![
        (
            csv(std::slice::from_ref(&good))
                .replacen("price_eur", "prijs", 1)
                .into_bytes(),
            "line 1, column prijs: unknown column",
        ),
        (
            csv(&[good.clone(), row(&[("school_ref", "Y"), ("price_eur", "12,5x")])]).into_bytes(),
            "line 3, column price_eur: \"12,5x\" is not an amount in euros",
        ),
        (
            csv(&[row(&[("school_ref", "Y"), ("route", "c1")])]).into_bytes(),
            "line 2, column route: \"c1\" is not one of the allowed names",
        ),
        (
            csv(&[good.clone(), good.clone()]).into_bytes(),
            "line 3, column offer_ref: the same school and offer as line 2",
        ),
        (Vec::new(), "the file is empty"),
        (csv(&[]).into_bytes(), "the file has a header but no rows"),
    ];
    for (file, expected) in cases {
        let (ok, out) = run_import(&app, &file, &[]).await;
        assert!(!ok, "must fail: {expected}");
        assert!(out.contains(expected), "expected {expected:?} in {out}");
        assert!(out.contains("nothing was imported"), "{out}");
        assert_eq!(snapshot(&db).await, before, "{expected}: nothing may change");
    }

    // Dutch Excel: a BOM, semicolons, CRLF and a decimal comma; non-ASCII names.
    let excel = csv(&[row(&[
        ("school_ref", "A"),
        ("name", "Alfa Taal – Ğüneş مدرسة"),
        ("price_eur", "6100,50"),
    ])])
    .replace(',', ";")
    .replace("6100;50", "6100,50")
    .replace('\n', "\r\n");
    let excel = [b"\xef\xbb\xbf".as_slice(), excel.as_bytes()].concat();
    let (ok, out) = run_import(&app, &excel, &["--dry-run"]).await;
    assert!(ok && out.contains("dry run"), "{out}");
    assert_eq!(snapshot(&db).await, before, "a dry run changes nothing");
    let (ok, out) = run_import(&app, &excel, &[]).await;
    assert!(ok, "{out}");
    let (name, price): (String, i64) = on_db!(&db, |pool| sqlx::query_as(
        "select s.name, o.price_cents from schools s join school_offers o on o.school_id = s.id where s.ref = 'A'"
    )
    .fetch_one(pool)
    .await
    .expect("A"));
    assert_eq!((name.as_str(), price), ("Alfa Taal – Ğüneş مدرسة", 610_050));
    assert_eq!(
        counts(&db).await.2,
        5,
        "A now has the one offer of the file; the others are untouched"
    );
}

async fn fifty_thousand_rows_go_in_whole_or_not_at_all(backend: Backend) {
    let app = spawn_app(backend).await;
    let db = app.db().await;
    let rows: Vec<String> = (0..50_000)
        .map(|n| {
            let school = format!("S{}", n / 10);
            let offer = format!("o{}", n % 10);
            let price = (4_000 + n % 3_000).to_string();
            row(&[
                ("school_ref", school.as_str()),
                ("name", school.as_str()),
                ("offer_ref", offer.as_str()),
                ("price_eur", price.as_str()),
            ])
        })
        .collect();
    let mut bad = rows.clone();
    bad.push(row(&[("school_ref", "LAST"), ("hours_per_week", "41")]));
    let (ok, out) = run_import(&app, csv(&bad).as_bytes(), &[]).await;
    assert!(!ok);
    assert!(out.contains("line 50002, column hours_per_week"), "{out}");
    assert!(out.contains("checked 50000 rows"), "progress is shown: {out}");
    assert_eq!(counts(&db).await, (0, 0, 0));

    let (ok, out) = run_import(&app, csv(&rows).as_bytes(), &[]).await;
    assert!(
        ok,
        "{}",
        out.lines()
            .filter(|l| !l.starts_with("checked") && !l.starts_with("written"))
            .collect::<Vec<_>>()
            .join("\n")
    );
    assert!(out.contains("written 5000 of 5000 schools"), "progress is shown: {out}");
    assert_eq!(counts(&db).await, (5_000, 5_000, 50_000));
}

/// Imports the fixture and runs searches as of `TODAY`; returns the names in result order.
async fn names(db: &Db, pairs: &[(&str, &str)]) -> Vec<String> {
    let pairs: Vec<(String, String)> = pairs.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect();
    let (query, problems) = SearchQuery::from_pairs(&pairs);
    assert!(problems.is_empty(), "{problems:?}");
    let result = schools::search::search(db, query, vec![], today())
        .await
        .expect("search");
    assert_eq!(result.total as usize, result.cards.len());
    result
        .cards
        .iter()
        .map(|c| format!("{} {}", c.name, c.route.as_str()))
        .collect()
}

async fn filters_and_sorts_find_the_right_offers_in_order(backend: Backend) {
    let app = spawn_app(backend).await;
    let db = app.db().await;
    import(&db, &fixture()).await;
    let (a, a_z, b, c, d, e) = (
        "Alfa Taal b1",
        "Alfa Taal z",
        "Bravo Les b1",
        "Charlie Spreekt b1",
        "Delta Woord b1",
        "Echo Taalcafé informal",
    );
    let utrecht = [("lat", "52.0907"), ("lon", "5.1214")];
    type Search<'a> = Vec<(&'a str, &'a str)>;
    let cases: Vec<(Search<'_>, Vec<&str>)> = vec![
        // A first visit: B1 at schools with a valid keurmerk, cheapest total first.
        (vec![], vec![a, d]),
        // Keurmerk filter off: the expired and the aspirant school appear.
        (vec![("sent", "1"), ("route", "b1")], vec![b, c, a, d]),
        (vec![("sent", "1")], vec![e, b, c, a, d, a_z]),
        (vec![("route", "z")], vec![a_z]),
        (vec![("sent", "1"), ("route", "informal")], vec![e]),
        (vec![("schedule", "weekend")], vec![d]),
        (vec![("schedule", "weekend"), ("schedule", "evening")], vec![a, d]),
        (vec![("municipality", "0363")], vec![a]),
        (vec![("city", "UTRECHT")], vec![d]),
        (vec![("childcare", "1")], vec![a]),
        (vec![("working", "1")], vec![d]),
        (vec![("format", "online")], vec![]),
        // €6,300 is within €6,300; €8,000 is not.
        (vec![("max_total", "6300")], vec![a]),
        (vec![("max_total", "6299,99")], vec![]),
        (vec![("sort", "per_hour")], vec![d, a]),
        (vec![("sort", "stars")], vec![d, a]),
        (vec![("sort", "distance"), utrecht[0], utrecht[1]], vec![d, a]),
        (
            vec![("sort", "distance"), ("km", "10"), utrecht[0], utrecht[1]],
            vec![d],
        ),
        // No location, but a municipality: distance from its schools' middle.
        (vec![("sort", "distance"), ("municipality", "0344")], vec![d]),
    ];
    for (pairs, expected) in cases {
        assert_eq!(names(&db, &pairs).await, expected, "search {pairs:?}");
    }
    // Distances come out in km.
    let (query, _) = SearchQuery::from_pairs(&[
        ("lat".to_owned(), utrecht[0].1.to_owned()),
        ("lon".to_owned(), utrecht[1].1.to_owned()),
    ]);
    let result = schools::search::search(&db, query, vec![], today())
        .await
        .expect("search");
    let km: Vec<i64> = result
        .cards
        .iter()
        .map(|c| c.distance_km.expect("located").round() as i64)
        .collect();
    assert_eq!(km, vec![35, 0], "Amsterdam is about 35 km from Utrecht");
    assert_eq!(result.cards[0].total_cents, 630_000);
    assert_eq!(result.cards[0].per_hour_cents, Some(1_050));
}

async fn offer_id(db: &Db, school: &str, offer: &str) -> i64 {
    let (id,): (i64,) = on_db!(db, |pool| sqlx::query_as(
        "select o.id from school_offers o join schools s on s.id = o.school_id where s.ref = $1 and o.ref = $2"
    )
    .bind(school)
    .bind(offer)
    .fetch_one(pool)
    .await
    .expect("offer"));
    id
}

/// The page's text without Fluent's bidi isolation marks.
async fn text_of(app: &TestApp, path: &str) -> (u16, String) {
    let (status, body) = app.get_page(path).await;
    (status, body.replace(['\u{2068}', '\u{2069}'], ""))
}

async fn the_comparison_sets_the_total_against_the_loan(backend: Backend) {
    let app = spawn_app(backend).await;
    let db = app.db().await;
    import(&db, &fixture()).await;
    let (a, c, d) = (
        offer_id(&db, "A", "b1").await,
        offer_id(&db, "C", "b1").await,
        offer_id(&db, "D", "b1").await,
    );
    let (status, page) = text_of(&app, &format!("/schools/compare?offer={a}&offer={c}&offer={d}")).await;
    assert_eq!(status, 200);
    for expected in [
        "Alfa Taal",
        "Charlie Spreekt",
        "Delta Woord",
        // A: €6,000 + 5 × €50 + €50; C: exams included, one retake; D: all included.
        "€ 6.300",
        "€ 4.050",
        "€ 8.000",
        "5 examens × € 50 = € 250",
        "Ja, tot € 10.000",
        "Niet zeker: vraag het aan DUO",
        "Aspirant-keurmerk: vraag DUO",
        // The checklist, once.
        "Waar let u op?",
    ] {
        assert!(page.contains(expected), "the comparison shows {expected:?}");
    }
    assert_eq!(page.matches("Waar let u op?").count(), 1);
    // With the loan, A costs nothing now; the aspirant school everything.
    let pay_now = page
        .split("Wat u zelf betaalt als u het meeste leent")
        .nth(1)
        .expect("pay-now row");
    let row = &pay_now[..pay_now.find("</tr>").expect("row end")];
    let amounts: Vec<&str> = row
        .split("<td")
        .skip(1)
        .map(|td| td.split('>').nth(1).unwrap_or(""))
        .collect();
    assert_eq!(
        amounts
            .iter()
            .map(|a| a.split('<').next().unwrap_or(""))
            .collect::<Vec<_>>(),
        vec!["€ 0", "€ 4.050", "€ 0"]
    );
    assert!(page.contains("class=\"differs\""), "rows that differ are marked");

    // Too few or too many offers.
    let (status, one) = text_of(&app, &format!("/schools/compare?offer={a}")).await;
    assert_eq!(status, 422);
    assert!(one.contains("Kies minstens 2 scholen"), "{one}");
    let e = offer_id(&db, "E", "cafe").await;
    let b = offer_id(&db, "B", "b1").await;
    let (status, five) = text_of(
        &app,
        &format!("/schools/compare?offer={a}&offer={b}&offer={c}&offer={d}&offer={e}"),
    )
    .await;
    assert_eq!(status, 422);
    assert!(five.contains("U ziet de eerste 4"));
    assert!(!five.contains("Echo Taalcafé"), "only the first four are shown");

    // English writes amounts its own way.
    let (_, english) = text_of(&app, &format!("/schools/compare?offer={a}&offer={d}&lang=en")).await;
    assert!(english.contains("€6,300"), "English writes €6,300");
}

async fn the_search_page_keeps_bad_input_and_shares_its_url(backend: Backend) {
    let app = spawn_app(backend).await;
    let db = app.db().await;
    import(&db, server::demo::DEMO_SCHOOLS).await;
    let (status, page) = text_of(&app, "/schools").await;
    assert_eq!(status, 200);
    assert!(page.contains("aanbiedingen gevonden"));
    assert!(
        page.contains("name=\"offer\""),
        "results can be chosen for the comparison"
    );

    let (status, page) = text_of(&app, "/schools?sent=1&max_total=veel&city=Utrecht&schedule=evening").await;
    assert_eq!(status, 422);
    assert!(page.contains("value=\"veel\""), "what was typed stays");
    assert!(page.contains("Schrijf een bedrag in euro"));
    assert!(page.contains("value=\"Utrecht\""));
    assert!(page.contains("id=\"keurmerk\" name=\"keurmerk\" value=\"1\"") && !page.contains("value=\"1\" checked"));

    // Pagination: page links carry the whole search.
    let (_, page) = text_of(&app, "/schools?sent=1&route=all").await;
    assert!(page.contains("Pagina 1 van"), "the demo data fills more than one page");
    assert!(page.contains("href=\"/schools?sent=1&amp;route=all&amp;sort=total&amp;page=2\""));
    let (status, second) = text_of(&app, "/schools?sent=1&route=all&sort=total&page=2").await;
    assert_eq!(status, 200);
    assert!(second.contains("Pagina 2 van"));

    // Arabic reads right to left.
    let (_, arabic) = app.get_page("/schools?lang=ar").await;
    assert_eq!(
        crate::helpers::html_lang_dir(&arabic),
        ("ar".to_owned(), "rtl".to_owned())
    );
}

async fn school_id(db: &Db, school: &str) -> i64 {
    let (id,): (i64,) = on_db!(db, |pool| sqlx::query_as("select id from schools where ref = $1")
        .bind(school)
        .fetch_one(pool)
        .await
        .expect("school"));
    id
}

/// A good offer form; `change` overrides fields.
fn offer_form<'a>(change: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut fields = vec![
        ("route", "b1"),
        ("price_eur", "5500"),
        ("hours", "600"),
        ("hours_per_week", "10"),
        ("weeks", "60"),
        ("schedule", "evening"),
        ("format", "in_person"),
        ("in_person_percent", "100"),
        ("retakes_included", "0"),
        ("support_languages", "ar, tr"),
        ("start_dates", "2031-02-01"),
        ("suits_working", "1"),
    ];
    fields.retain(|(k, _)| !change.iter().any(|(c, _)| c == k));
    fields.extend_from_slice(change);
    fields
}

async fn consultants_edit_the_schools_of_their_municipality_only(backend: Backend) {
    let app = spawn_app(backend).await;
    let db = app.db().await;
    import(&db, &fixture()).await;
    let (utrecht, _) = staff_member(&app, "consultant", Some("0344")).await;
    let (amsterdam, _) = staff_member(&app, "consultant", Some("0363")).await;
    let (admin, _) = staff_member(&app, "admin", None).await;
    let (migrant, _) = account(&app, "mina", "migrant").await;

    // Each consultant sees the schools with an address in their municipality.
    let (status, list) = text_of(&utrecht, "/consultant/schools").await;
    assert_eq!(status, 200);
    assert!(list.contains("Charlie Spreekt") && list.contains("Delta Woord") && !list.contains("Alfa Taal"));
    assert_eq!(migrant.get("/consultant/schools").await.status(), 403);
    assert_eq!(location(&app.get("/consultant/schools").await), "/account/sign-in");

    // Another municipality's school cannot be read, changed, checked or given offers.
    let d = school_id(&db, "D").await;
    let d_offer = offer_id(&db, "D", "b1").await;
    assert_eq!(amsterdam.get(&format!("/consultant/schools/{d}")).await.status(), 403);
    for path in [
        format!("/consultant/schools/{d}/verify"),
        format!("/consultant/schools/{d}/offers/new"),
        format!("/consultant/schools/{d}/offers/{d_offer}"),
        format!("/consultant/schools/{d}/offers/{d_offer}/delete"),
    ] {
        assert_eq!(
            amsterdam.post_form(&path, &offer_form(&[])).await.status(),
            403,
            "{path}"
        );
        assert_eq!(migrant.post_form(&path, &offer_form(&[])).await.status(), 403, "{path}");
    }
    assert_eq!(
        names(&db, &[("city", "Utrecht")]).await,
        vec!["Delta Woord b1"],
        "nothing changed"
    );

    // Bad input is named at its field and kept.
    let school = [
        ("name", "Nieuwe Taal"),
        ("kind", "school"),
        ("keurmerk", "keurmerkhouder"),
        ("address", "Oefenlaan 9"),
        ("postcode", "3512 CC"),
        ("city", "Utrecht"),
        ("stars", "3"),
    ];
    let mut bad = school.to_vec();
    bad.extend([("postcode", "12"), ("stars", "7")]);
    let response = utrecht.post_form("/consultant/schools/new", &bad).await;
    assert_eq!(response.status(), 422);
    let page = response
        .text()
        .await
        .expect("body")
        .replace(['\u{2068}', '\u{2069}'], "");
    assert!(
        page.contains("value=\"Nieuwe Taal\"") && page.contains("value=\"12\""),
        "input kept"
    );
    assert!(page.contains("Schrijf een postcode") && page.contains("Kies 1 tot 4 sterren"));

    // A good school, then an offer: it can be found at once, checked by the municipality.
    let response = utrecht.post_form("/consultant/schools/new", &school).await;
    let at = location(&response);
    assert!(
        at.starts_with("/consultant/schools/") && at.ends_with("?done=school-saved"),
        "{at}"
    );
    let id: i64 = at["/consultant/schools/".len()..at.find('?').expect("query")]
        .parse()
        .expect("id");
    let response = utrecht
        .post_form(
            &format!("/consultant/schools/{id}/offers/new"),
            &offer_form(&[("hours_per_week", "41")]),
        )
        .await;
    assert_eq!(response.status(), 422);
    assert!(response.text().await.expect("body").contains("value=\"41\""));
    let response = utrecht
        .post_form(&format!("/consultant/schools/{id}/offers/new"), &offer_form(&[]))
        .await;
    assert_eq!(
        location(&response),
        format!("/consultant/schools/{id}?done=school-saved")
    );
    assert_eq!(
        names(&db, &[("city", "Utrecht")]).await,
        vec!["Nieuwe Taal b1", "Delta Woord b1"]
    );
    let (source, by_ref): (String, String) = on_db!(&db, |pool| sqlx::query_as(
        "select verified_source, ref from schools where id = $1"
    )
    .bind(id)
    .fetch_one(pool)
    .await
    .expect("school"));
    assert_eq!((source.as_str(), by_ref), ("gemeente:0344", format!("web-{id}")));
    // Shown in the reader's language: "Gemeente Utrecht", "Municipality of Utrecht".
    let new_offer = offer_id(
        &db,
        &format!("web-{id}"),
        &format!("web-{}", {
            let (o,): (i64,) = on_db!(&db, |pool| sqlx::query_as(
                "select id from school_offers where school_id = $1"
            )
            .bind(id)
            .fetch_one(pool)
            .await
            .expect("offer"));
            o
        }),
    )
    .await;
    let path = format!("/schools/compare?offer={new_offer}&offer={d_offer}");
    assert!(text_of(&app, &path).await.1.contains("Gemeente Utrecht"));
    assert!(text_of(&app, &format!("{path}&lang=en"))
        .await
        .1
        .contains("Municipality of Utrecht"));

    // Changing an imported school's offer: the form comes filled in; the new price counts.
    let (status, form) = text_of(&utrecht, &format!("/consultant/schools/{d}/offers/{d_offer}")).await;
    assert_eq!(status, 200);
    assert!(form.contains("value=\"8000\""), "the form shows the stored price");
    let change = offer_form(&[
        ("price_eur", "7000"),
        ("exams_included", "1"),
        ("retakes_included", "1"),
    ]);
    let response = utrecht
        .post_form(&format!("/consultant/schools/{d}/offers/{d_offer}"), &change)
        .await;
    assert_eq!(response.status(), 303);
    let (query, _) = SearchQuery::from_pairs(&[("city".to_owned(), "Utrecht".to_owned())]);
    let result = schools::search::search(&db, query, vec![], today())
        .await
        .expect("search");
    let delta = result.cards.iter().find(|c| c.name == "Delta Woord").expect("Delta");
    assert_eq!(delta.total_cents, 700_000);

    // Admins may check any school but add none (they have no municipality).
    assert_eq!(
        location(&admin.post_form(&format!("/consultant/schools/{d}/verify"), &[]).await),
        "/consultant/schools?done=school-checked"
    );
    assert_eq!(admin.get("/consultant/schools/new").await.status(), 403);
    // Deleting an offer.
    let response = utrecht
        .post_form(&format!("/consultant/schools/{d}/offers/{d_offer}/delete"), &[])
        .await;
    assert_eq!(response.status(), 303);
    assert_eq!(names(&db, &[("city", "Utrecht")]).await, vec!["Nieuwe Taal b1"]);
}
