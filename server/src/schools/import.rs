//! Writing an import file: all of it in one transaction, or nothing.
//!
//! A school is matched on `school_ref` and updated in place (its id, and so links to it, stay);
//! its locations and offers become exactly those of the file. Schools not in the file are left
//! alone. Running the same file twice gives the same state. Rows go in batches, so a 50,000-row
//! file is a few hundred statements, not 100,000.

use std::collections::HashMap;

use app::schools::{
    import::{Parsed, SchoolRecord},
    join_names, Schedule,
};

use crate::{clock::now, db::Db, on_tx};

/// Schools per batch (each batch: one upsert, two deletes, one location insert, offer inserts).
const BATCH: usize = 200;
/// Offers per insert statement (20 values each: well under both databases' bind limits).
const OFFER_BATCH: usize = 500;

/// What an import did (or, in a dry run, would do).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub rows: usize,
    pub schools: usize,
    /// Of `schools`, how many were not known before.
    pub new_schools: usize,
    pub locations: usize,
    pub offers: usize,
}

/// Writes a parsed file. With `dry_run` the transaction is rolled back: the summary says what
/// would change, and the database checks (unique keys, constraints) have still run.
/// `progress` hears the schools written so far.
pub async fn write(
    db: &Db,
    parsed: &Parsed,
    dry_run: bool,
    mut progress: impl FnMut(usize),
) -> Result<Summary, sqlx::Error> {
    let mut summary = Summary {
        rows: parsed.rows,
        schools: parsed.schools.len(),
        ..Summary::default()
    };
    let now = now();
    let mut tx = db.begin_write().await?;
    for (done, batch) in parsed.schools.chunks(BATCH).enumerate() {
        let refs: Vec<&str> = batch.iter().map(|s| s.school_ref.as_str()).collect();
        let known: Vec<(i64,)> = on_tx!(&mut tx, |conn| {
            let mut q = sqlx::QueryBuilder::new("select count(*) from schools where ref in (");
            let mut list = q.separated(", ");
            for r in &refs {
                list.push_bind(*r);
            }
            q.push(")");
            q.build_query_as().fetch_all(conn).await
        })?;
        summary.new_schools += batch.len() - usize::try_from(known[0].0).unwrap_or_default();

        let ids: Vec<(i64, String)> = on_tx!(&mut tx, |conn| {
            let mut q = sqlx::QueryBuilder::new(
                "insert into schools (ref, name, kind, website, phone, email, keurmerk, keurmerk_valid_until, stars, \
                 verified_on, verified_source, updated_at) ",
            );
            q.push_values(batch, |mut row, s: &SchoolRecord| {
                row.push_bind(s.school_ref.as_str())
                    .push_bind(s.name.as_str())
                    .push_bind(s.kind.as_str())
                    .push_bind(s.website.as_deref())
                    .push_bind(s.phone.as_deref())
                    .push_bind(s.email.as_deref())
                    .push_bind(s.keurmerk.as_str())
                    .push_bind(s.keurmerk_valid_until.map(|d| d.to_string()))
                    .push_bind(s.stars)
                    .push_bind(s.verified_on.to_string())
                    .push_bind(s.verified_source.as_str())
                    .push_bind(now);
            });
            q.push(
                " on conflict (ref) do update set name = excluded.name, kind = excluded.kind, \
                 website = excluded.website, phone = excluded.phone, email = excluded.email, \
                 keurmerk = excluded.keurmerk, keurmerk_valid_until = excluded.keurmerk_valid_until, \
                 stars = excluded.stars, verified_on = excluded.verified_on, \
                 verified_source = excluded.verified_source, verified_by = null, updated_at = excluded.updated_at \
                 returning id, ref",
            );
            q.build_query_as().fetch_all(conn).await
        })?;
        let by_ref: HashMap<&str, i64> = ids.iter().map(|(id, r)| (r.as_str(), *id)).collect();
        let id_of = |school_ref: &str| by_ref.get(school_ref).copied();
        let school_ids: Vec<i64> = ids.iter().map(|(id, _)| *id).collect();

        // The file holds the whole school: its old locations (and their offers) go.
        for table in ["school_offers", "school_locations"] {
            on_tx!(&mut tx, |conn| {
                let mut q = sqlx::QueryBuilder::new(format!("delete from {table} where school_id in ("));
                let mut list = q.separated(", ");
                for id in &school_ids {
                    list.push_bind(*id);
                }
                q.push(")");
                q.build().execute(conn).await.map(|_| ())
            })?;
        }

        let locations: Vec<(i64, &app::schools::import::LocationRecord)> = batch
            .iter()
            .flat_map(|s| {
                let id = id_of(&s.school_ref).unwrap_or_default();
                s.locations.iter().map(move |l| (id, l))
            })
            .collect();
        summary.locations += locations.len();
        let location_ids: Vec<(i64, i64, String, String)> = on_tx!(&mut tx, |conn| {
            let mut q = sqlx::QueryBuilder::new(
                "insert into school_locations (school_id, address, postcode, city, municipality, latitude, longitude) ",
            );
            q.push_values(&locations, |mut row, (school_id, l)| {
                row.push_bind(*school_id)
                    .push_bind(l.address.as_str())
                    .push_bind(l.postcode.as_str())
                    .push_bind(l.city.as_str())
                    .push_bind(l.municipality.as_str())
                    .push_bind(l.coordinates.map(|c| c.0))
                    .push_bind(l.coordinates.map(|c| c.1));
            });
            q.push(" returning id, school_id, postcode, address");
            q.build_query_as().fetch_all(conn).await
        })?;
        // Offers find their location by (school, postcode, address), unique per school.
        let by_place: HashMap<(i64, &str, &str), i64> = location_ids
            .iter()
            .map(|(id, sid, postcode, address)| ((*sid, postcode.as_str(), address.as_str()), *id))
            .collect();
        let location_id = |school_id: i64, s: &SchoolRecord, index: usize| {
            let l = &s.locations[index];
            by_place
                .get(&(school_id, l.postcode.as_str(), l.address.as_str()))
                .copied()
                .unwrap_or_default()
        };

        let offers: Vec<(i64, i64, &app::schools::import::OfferRecord)> = batch
            .iter()
            .flat_map(|s| {
                let school_id = id_of(&s.school_ref).unwrap_or_default();
                s.offers
                    .iter()
                    .map(move |o| (school_id, location_id(school_id, s, o.location), o))
            })
            .collect();
        summary.offers += offers.len();
        for chunk in offers.chunks(OFFER_BATCH) {
            on_tx!(&mut tx, |conn| {
                let mut q = sqlx::QueryBuilder::new(
                    "insert into school_offers (school_id, location_id, ref, route, price_cents, hours, \
                     hours_per_week, weeks, schedule, format, in_person_percent, intake_test, exams_included, \
                     retakes_included, childcare, max_class_size, support_languages, suits_working, start_dates) ",
                );
                q.push_values(chunk, |mut row, (school_id, location_id, r)| {
                    let o = &r.offer;
                    row.push_bind(*school_id)
                        .push_bind(*location_id)
                        .push_bind(r.offer_ref.as_str())
                        .push_bind(o.route.as_str())
                        .push_bind(o.price_cents)
                        .push_bind(o.hours)
                        .push_bind(o.hours_per_week)
                        .push_bind(o.weeks)
                        .push_bind(join_names(o.schedule.iter().map(|s: &Schedule| s.as_str())))
                        .push_bind(o.format.as_str())
                        .push_bind(o.in_person_percent)
                        .push_bind(o.intake_test)
                        .push_bind(o.exams_included)
                        .push_bind(o.retakes_included)
                        .push_bind(o.childcare)
                        .push_bind(o.max_class_size)
                        .push_bind(join_names(o.support_languages.iter().map(String::as_str)))
                        .push_bind(o.suits_working)
                        .push_bind(
                            o.start_dates
                                .iter()
                                .map(ToString::to_string)
                                .collect::<Vec<_>>()
                                .join("|"),
                        );
                });
                q.build().execute(conn).await.map(|_| ())
            })?;
        }
        progress((done * BATCH + batch.len()).min(parsed.schools.len()));
    }
    if dry_run {
        // Dropping the transaction rolls it back.
        drop(tx);
    } else {
        tx.commit().await?;
    }
    tracing::info!(
        rows = summary.rows,
        schools = summary.schools,
        new = summary.new_schools,
        dry_run,
        "schools imported"
    );
    Ok(summary)
}
