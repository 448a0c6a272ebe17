//! Demo data for `scripts/run.sh` (`wegwijs seed-demo`): upcoming information sessions in a few
//! municipalities, so the portal shows something on a fresh machine. Runs only on an empty
//! sessions table; never used by the tests.

use app::sessions::amsterdam_to_unix;
use chrono::{Days, Utc};

use crate::{db::Db, on_db};

/// (municipality, title, place, days from today, start, seats, languages, online link)
type Demo = (
    &'static str,
    &'static str,
    &'static str,
    u64,
    &'static str,
    i64,
    &'static str,
    &'static str,
);

const SESSIONS: [Demo; 8] = [
    (
        "0363",
        "Welkom in Amsterdam: wat moet u doen?",
        "Stadhuis, Amstel 1",
        7,
        "19:00",
        25,
        "nl,en,ar,tr",
        "",
    ),
    (
        "0363",
        "Taalschool kiezen: hoe doet u dat?",
        "Bibliotheek Oosterdok",
        14,
        "10:00",
        20,
        "nl,en",
        "",
    ),
    (
        "0344",
        "Welkom in Utrecht: inburgeren stap voor stap",
        "Stadskantoor, Stadsplateau 1",
        9,
        "19:30",
        30,
        "nl,ar,fa",
        "",
    ),
    (
        "0599",
        "Inburgeren in Rotterdam: de eerste maanden",
        "Stadswinkel Centrum",
        10,
        "14:00",
        20,
        "nl,tr,ar",
        "",
    ),
    (
        "0518",
        "Welkom in Den Haag: leren, werken, meedoen",
        "Stadhuis, Spui 70",
        12,
        "19:00",
        25,
        "nl,en,ru",
        "",
    ),
    (
        "0518",
        "Samen koffie drinken: nieuwe mensen ontmoeten",
        "Buurthuis De Mussen",
        16,
        "10:30",
        15,
        "nl,ar,tr,fa",
        "",
    ),
    (
        "0014",
        "Welkom in Groningen",
        "Stadsbeheer, Kreupelstraat 1",
        8,
        "19:00",
        20,
        "nl,zh-Hans,en",
        "",
    ),
    (
        "0344",
        "Online: vragen over de lening van DUO",
        "",
        5,
        "20:00",
        40,
        "nl,en,es,pt,fr",
        "https://meet.example.nl/wegwijs-duo",
    ),
];

/// Adds the demo sessions when there are none yet; returns how many were added.
pub async fn seed(db: &Db) -> anyhow::Result<usize> {
    let (existing,): (i64,) = on_db!(db, |pool| sqlx::query_as("select count(*) from info_sessions")
        .fetch_one(pool)
        .await)?;
    if existing > 0 {
        return Ok(0);
    }
    let today = Utc::now().date_naive();
    let now = Utc::now().timestamp();
    for (municipality, title, place, days, time, capacity, languages, online) in SESSIONS {
        let day = today
            .checked_add_days(Days::new(days))
            .unwrap_or(today)
            .format("%Y-%m-%d")
            .to_string();
        let starts_at = amsterdam_to_unix(&day, time).map_err(|e| anyhow::anyhow!("demo time: {e:?}"))?;
        on_db!(db, |pool| {
            sqlx::query(
            "insert into info_sessions (municipality, title, description, starts_at, ends_at, place, room, accessibility, \
             online_url, capacity, languages, interpreter, childcare, partner_welcome, max_party, registration_deadline, \
             created_at, updated_at) values ($1, $2, $3, $4, $5, $6, '', $7, $8, $9, $10, true, $11, true, 2, $4, $12, $12)"
        )
        .bind(municipality)
        .bind(title)
        .bind("Een bijeenkomst voor nieuwe inwoners en hun partners.\nWe vertellen wat u moet doen voor uw inburgering, \
               welke taalscholen er zijn en hoe u de lening van DUO aanvraagt. Er is tijd voor vragen en koffie.")
        .bind(starts_at)
        .bind(starts_at + 90 * 60)
        .bind(place)
        .bind(if online.is_empty() { "Rolstoeltoegankelijk, met lift." } else { "" })
        .bind(online)
        .bind(capacity)
        .bind(languages)
        .bind(online.is_empty())
        .bind(now)
        .execute(pool)
        .await
        .map(|_| ())
        })?;
    }
    Ok(SESSIONS.len())
}
