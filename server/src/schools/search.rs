//! Finding offers (one query: filters, the total cost, distance, sort, one page and the number
//! of matches) and reading the chosen ones for the comparison.

use std::sync::LazyLock;

use app::schools::{
    cost::{cost, exam_fee, exam_parts, warnings},
    search::{distance_km, Point, SearchQuery, Sort, KM_PER_DEGREE, PAGE_SIZE},
    views::{CompareItem, SchoolSearch},
    Route, Schedule,
};
use chrono::NaiveDate;

use super::{OfferRow, OFFER_COLUMNS, OFFER_JOINS};
use crate::{db::Db, on_db};

/// The total cost in SQL, built from the same rules as `app::schools::cost` (exam parts per
/// route, the fee, one retake), so the database can filter and sort on it.
fn total_sql() -> String {
    let (fee, _) = exam_fee();
    let parts = Route::ALL
        .iter()
        .map(|r| format!("when '{}' then {}", r.as_str(), exam_parts(*r)))
        .collect::<Vec<_>>()
        .join(" ");
    let parts = format!("(case o.route {parts} else 0 end)");
    format!(
        "o.price_cents + (case when o.exams_included then 0 else {parts} * {fee} end) \
         + (case when {parts} > 0 and o.retakes_included = 0 then {fee} else 0 end)"
    )
}

/// One page of matches, as offer ids with their squared distance and the number of matches.
/// Only the sort keys travel through the sort; the page's 20 rows are read afterwards by id
/// (sorting whole rows made the query three times slower). Parameters: $1 lat, $2 lon, $3 cos(lat) (distance in degrees,
/// scaled), $4 route, $5 municipality, $6 city, $7 format, $8 keurmerk only, $9 today,
/// $10 childcare, $11 working, $12 any schedule chosen, $13–$15 daytime/evening/weekend,
/// $16 max total, $17 max squared distance, $18 limit, $19 offset.
static SEARCH_SQL: LazyLock<[String; 4]> = LazyLock::new(|| {
    let inner = format!(
        "select o.id as offer_id, o.hours, s.stars, {total} as total_cents, \
         ((l.latitude - $1) * (l.latitude - $1) + (l.longitude - $2) * $3 * (l.longitude - $2) * $3) as d2 \
         from {OFFER_JOINS} \
         where ($4 = '' or o.route = $4) and ($5 = '' or l.municipality = $5) \
         and ($6 = '' or lower(l.city) = lower($6)) and ($7 = '' or o.format = $7) \
         and (not $8 or s.kind <> 'school' or (s.keurmerk = 'keurmerkhouder' \
              and (s.keurmerk_valid_until is null or s.keurmerk_valid_until >= $9))) \
         and (not $10 or o.childcare) and (not $11 or o.suits_working) \
         and (not $12 or ($13 and o.schedule like '%daytime%') or ($14 and o.schedule like '%evening%') \
              or ($15 and o.schedule like '%weekend%'))",
        total = total_sql()
    );
    Sort::ALL.map(|sort| {
        let order = match sort {
            Sort::Total => "r.total_cents",
            Sort::PerHour => "case when r.hours > 0 then r.total_cents * 1.0 / r.hours end nulls last, r.total_cents",
            Sort::Stars => "r.stars desc nulls last, r.total_cents",
            Sort::Distance => "r.d2 nulls last, r.total_cents",
        };
        format!(
            "select r.offer_id, r.d2, count(*) over () as matches from ({inner}) r \
             where ($16 is null or r.total_cents <= $16) and ($17 is null or r.d2 <= $17) \
             order by {order}, r.offer_id limit $18 offset $19"
        )
    })
});

#[derive(sqlx::FromRow)]
struct Match {
    offer_id: i64,
    d2: Option<f64>,
    matches: i64,
}

/// The rows of these offers (any order).
async fn rows_of(db: &Db, ids: &[i64]) -> Result<Vec<OfferRow>, sqlx::Error> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    on_db!(db, |pool| {
        let mut q = sqlx::QueryBuilder::new(format!("select {OFFER_COLUMNS} from {OFFER_JOINS} where o.id in ("));
        let mut list = q.separated(", ");
        for id in ids {
            list.push_bind(*id);
        }
        q.push(")");
        q.build_query_as().fetch_all(pool).await
    })
}

/// The middle of the located schools of a municipality: where distance is measured from when
/// the person gave no location of their own.
async fn middle_of(db: &Db, municipality: &str) -> Result<Option<Point>, sqlx::Error> {
    let row: (Option<f64>, Option<f64>) = on_db!(db, |pool| {
        sqlx::query_as(
        "select avg(latitude), avg(longitude) from school_locations where municipality = $1 and latitude is not null"
    )
    .bind(municipality)
    .fetch_one(pool)
    .await
    })?;
    Ok(match row {
        (Some(lat), Some(lon)) => Some(Point { lat, lon }),
        _ => None,
    })
}

/// Runs a search as of `today` (whose keurmerk counts, which start dates are ahead).
pub async fn search(
    db: &Db,
    query: SearchQuery,
    problems: Vec<app::schools::search::FieldProblem>,
    today: NaiveDate,
) -> Result<SchoolSearch, sqlx::Error> {
    let wants_distance = query.sort == Sort::Distance || query.max_km.is_some();
    let (near, distance_from) = match query.near {
        Some(p) => (Some(p), None),
        None if wants_distance && !query.municipality.is_empty() => {
            let middle = middle_of(db, &query.municipality).await?;
            let name = app::accounts::municipalities::name(&query.municipality).map(str::to_owned);
            (middle, middle.and(name))
        }
        None => (None, None),
    };
    let cos = near.map(|p| p.lat.to_radians().cos());
    let max_d2 = near.and(query.max_km).map(|km| (km as f64 / KM_PER_DEGREE).powi(2));
    let has = |s: Schedule| query.schedule.contains(&s);
    let sql = &SEARCH_SQL[Sort::ALL.iter().position(|s| *s == query.sort).unwrap_or_default()];
    let today_text = today.to_string();
    let offset = (query.page - 1) * PAGE_SIZE;
    let rows: Vec<Match> = on_db!(db, |pool| sqlx::query_as(sql)
        .bind(near.map(|p| p.lat))
        .bind(near.map(|p| p.lon))
        .bind(cos)
        .bind(query.route.map_or("", Route::as_str))
        .bind(query.municipality.as_str())
        .bind(query.city.as_str())
        .bind(query.format.map_or("", app::schools::Format::as_str))
        .bind(query.keurmerk_only)
        .bind(today_text.as_str())
        .bind(query.childcare)
        .bind(query.suits_working)
        .bind(!query.schedule.is_empty())
        .bind(has(Schedule::Daytime))
        .bind(has(Schedule::Evening))
        .bind(has(Schedule::Weekend))
        .bind(query.max_total_cents)
        .bind(max_d2)
        .bind(PAGE_SIZE)
        .bind(offset)
        .fetch_all(pool)
        .await)?;
    let total = rows.first().map_or(0, |m| m.matches);
    let ids: Vec<i64> = rows.iter().map(|m| m.offer_id).collect();
    let full = rows_of(db, &ids).await?;
    let cards = rows
        .iter()
        .filter_map(|m| {
            let km = near.and(m.d2).map(|d2| d2.sqrt() * KM_PER_DEGREE);
            full.iter()
                .find(|r| r.offer_id == m.offer_id)
                .map(|r| r.card(today, km))
        })
        .collect();
    Ok(SchoolSearch {
        distance_unknown: wants_distance && near.is_none(),
        distance_from,
        pages: (total + PAGE_SIZE - 1) / PAGE_SIZE,
        total,
        cards,
        problems,
        query,
    })
}

/// The chosen offers, in the order chosen (unknown ids are left out).
pub async fn compare(
    db: &Db,
    ids: &[i64],
    near: Option<Point>,
    today: NaiveDate,
) -> Result<Vec<CompareItem>, sqlx::Error> {
    let mut padded = [-1_i64; 4];
    for (slot, id) in padded.iter_mut().zip(ids) {
        *slot = *id;
    }
    let sql =
        format!("select {OFFER_COLUMNS}, l.latitude, l.longitude from {OFFER_JOINS} where o.id in ($1, $2, $3, $4)");
    let rows: Vec<Located> = on_db!(db, |pool| sqlx::query_as(&sql)
        .bind(padded[0])
        .bind(padded[1])
        .bind(padded[2])
        .bind(padded[3])
        .fetch_all(pool)
        .await)?;
    Ok(ids
        .iter()
        .filter_map(|id| rows.iter().find(|r| r.row.offer_id == *id))
        .map(|r| {
            let km = match (near, r.latitude, r.longitude) {
                (Some(p), Some(lat), Some(lon)) => Some(distance_km(p, lat, lon)),
                _ => None,
            };
            item(&r.row, today, km)
        })
        .collect())
}

#[derive(sqlx::FromRow)]
struct Located {
    #[sqlx(flatten)]
    row: OfferRow,
    latitude: Option<f64>,
    longitude: Option<f64>,
}

fn item(row: &OfferRow, today: NaiveDate, km: Option<f64>) -> CompareItem {
    let offer = row.offer();
    let keurmerk = row.keurmerk_on(today);
    let cost = cost(&offer, row.kind(), keurmerk);
    CompareItem {
        card: row.card(today, km),
        warnings: warnings(&offer, row.kind(), keurmerk, &cost),
        cost,
        offer,
        address: row.address.clone(),
        postcode: row.postcode.clone(),
        website: row.website.clone(),
        phone: row.phone.clone(),
        email: row.email.clone(),
        verified_on: NaiveDate::parse_from_str(&row.verified_on, "%Y-%m-%d").unwrap_or(today),
        verified_source: row.verified_source.clone(),
    }
}
