//! Consultants (for schools with a location in their municipality) and admins (any school)
//! add and change schools and offers, and mark them checked. Every function checks who asks.
//!
//! A school made here gets the key `web-<id>`; the form edits its first location (in the
//! consultant's municipality); more locations come through the import.

use app::{
    accounts::Role,
    schools::{forms::SchoolForm, join_names, views::SchoolSummary, CheckedBy, Offer, ProviderKind},
};
use chrono::NaiveDate;

use super::{OfferRow, OFFER_COLUMNS, OFFER_JOINS};
use crate::{
    accounts::{Failure, Refusal, User},
    clock::now,
    db::{Db, Tx},
    on_db, on_tx,
};

fn forbidden() -> Failure {
    Refusal::new("", "account-error-forbidden").into()
}

/// The municipality a consultant works for; admins have none and see every school.
fn scope(user: &User) -> Result<Option<&str>, Failure> {
    match (user.role, user.municipality.as_deref()) {
        (Role::Admin, _) => Ok(None),
        (Role::Consultant, Some(code)) => Ok(Some(code)),
        _ => Err(forbidden()),
    }
}

/// The schools this person may edit, by name (admins: the first 500).
pub async fn list(db: &Db, user: &User) -> Result<Vec<SchoolSummary>, Failure> {
    let municipality = scope(user)?.unwrap_or("");
    let rows: Vec<(i64, String, String, String, i64)> = on_db!(db, |pool| {
        sqlx::query_as(
        "select s.id, s.name, s.keurmerk, s.verified_on, (select count(*) from school_offers o where o.school_id = s.id) \
         from schools s where $1 = '' or exists (select 1 from school_locations l where l.school_id = s.id \
         and l.municipality = $1) order by s.name, s.id limit 500"
    )
    .bind(municipality)
    .fetch_all(pool)
    .await
    })?;
    Ok(rows
        .into_iter()
        .map(|(id, name, keurmerk, verified_on, offers)| SchoolSummary {
            id,
            name,
            keurmerk,
            verified_on,
            offers,
        })
        .collect())
}

/// The location the form edits: the first one in the person's municipality (admins: the first).
async fn main_location(tx: &mut Tx, user: &User, school_id: i64) -> Result<i64, Failure> {
    let municipality = scope(user)?.unwrap_or("");
    let row: Option<(i64,)> = on_tx!(tx, |conn| {
        sqlx::query_as(
        "select id from school_locations where school_id = $1 and ($2 = '' or municipality = $2) order by id limit 1"
    )
    .bind(school_id)
    .bind(municipality)
    .fetch_optional(conn)
    .await
    })?;
    row.map(|(id,)| id).ok_or_else(forbidden)
}

/// Who checked it, as the source the pages translate (`app::schools::CheckedBy`).
fn checked_by(user: &User) -> String {
    CheckedBy::of(user.municipality.as_deref()).marker()
}

/// The school form's values and its offers, for someone allowed to edit it.
pub async fn load(db: &Db, user: &User, school_id: i64) -> Result<(Vec<(String, String)>, Vec<OfferRow>), Failure> {
    let mut tx = db.begin_write().await?;
    let location = main_location(&mut tx, user, school_id).await?;
    type Stored = (
        String,
        String,
        Option<String>,
        Option<String>,
        Option<String>,
        String,
        Option<String>,
        Option<i64>,
    );
    let school: Stored = on_tx!(&mut tx, |conn| {
        sqlx::query_as(
        "select name, kind, website, phone, email, keurmerk, keurmerk_valid_until, stars from schools where id = $1"
    )
    .bind(school_id)
    .fetch_one(conn)
    .await
    })?;
    let place: (String, String, String, Option<f64>, Option<f64>) = on_tx!(&mut tx, |conn| sqlx::query_as(
        "select address, postcode, city, latitude, longitude from school_locations where id = $1"
    )
    .bind(location)
    .fetch_one(conn)
    .await)?;
    let sql = format!("select {OFFER_COLUMNS} from {OFFER_JOINS} where o.school_id = $1 order by o.id");
    let offers: Vec<OfferRow> = on_tx!(&mut tx, |conn| sqlx::query_as(&sql)
        .bind(school_id)
        .fetch_all(conn)
        .await)?;
    tx.commit().await?;
    let (name, kind, website, phone, email, keurmerk, until, stars) = school;
    let (address, postcode, city, lat, lon) = place;
    let values = [
        ("name", name),
        ("kind", kind),
        ("website", website.unwrap_or_default()),
        ("phone", phone.unwrap_or_default()),
        ("email", email.unwrap_or_default()),
        ("keurmerk", keurmerk),
        ("keurmerk_valid_until", until.unwrap_or_default()),
        ("stars", stars.map(|s| s.to_string()).unwrap_or_default()),
        ("address", address),
        ("postcode", postcode),
        ("city", city),
        ("latitude", lat.map(|v| v.to_string()).unwrap_or_default()),
        ("longitude", lon.map(|v| v.to_string()).unwrap_or_default()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v))
    .collect();
    Ok((values, offers))
}

/// Makes a school with its first location in the consultant's municipality; returns its id.
pub async fn create(db: &Db, user: &User, form: &SchoolForm, today: NaiveDate) -> Result<i64, Failure> {
    let Some(municipality) = scope(user)? else {
        // Admins have no municipality to put the location in; they use the import.
        return Err(forbidden());
    };
    let mut tx = db.begin_write().await?;
    let temporary = format!("web-new-{}", rand::random::<u64>());
    let (id,): (i64,) = on_tx!(&mut tx, |conn| sqlx::query_as(
        "insert into schools (ref, name, kind, keurmerk, verified_on, verified_source, updated_at) \
         values ($1, '', 'school', 'none', '', '', 0) returning id"
    )
    .bind(&temporary)
    .fetch_one(conn)
    .await)?;
    on_tx!(&mut tx, |conn| sqlx::query("update schools set ref = $1 where id = $2")
        .bind(format!("web-{id}"))
        .bind(id)
        .execute(conn)
        .await
        .map(|_| ()))?;
    on_tx!(&mut tx, |conn| sqlx::query(
        "insert into school_locations (school_id, address, postcode, city, municipality) values ($1, '', '', '', $2)"
    )
    .bind(id)
    .bind(municipality)
    .execute(conn)
    .await
    .map(|_| ()))?;
    write_school(&mut tx, user, id, form, today).await?;
    tx.commit().await?;
    tracing::info!(school_id = id, by = user.id, "school added");
    Ok(id)
}

pub async fn update(db: &Db, user: &User, school_id: i64, form: &SchoolForm, today: NaiveDate) -> Result<(), Failure> {
    let mut tx = db.begin_write().await?;
    write_school(&mut tx, user, school_id, form, today).await?;
    tx.commit().await?;
    Ok(())
}

async fn write_school(tx: &mut Tx, user: &User, id: i64, form: &SchoolForm, today: NaiveDate) -> Result<(), Failure> {
    let location = main_location(tx, user, id).await?;
    on_tx!(tx, |conn| sqlx::query(
        "update schools set name = $1, kind = $2, website = $3, phone = $4, email = $5, keurmerk = $6, \
         keurmerk_valid_until = $7, stars = $8, verified_on = $9, verified_source = $10, verified_by = $11, \
         updated_at = $12 where id = $13"
    )
    .bind(&form.name)
    .bind(form.kind.as_str())
    .bind(form.website.as_deref())
    .bind(form.phone.as_deref())
    .bind(form.email.as_deref())
    .bind(form.keurmerk.as_str())
    .bind(form.keurmerk_valid_until.map(|d| d.to_string()))
    .bind(form.stars)
    .bind(today.to_string())
    .bind(checked_by(user))
    .bind(user.id)
    .bind(now())
    .bind(id)
    .execute(conn)
    .await
    .map(|_| ()))?;
    let duplicate: Option<(i64,)> = on_tx!(tx, |conn| sqlx::query_as(
        "select id from school_locations where school_id = $1 and postcode = $2 and address = $3 and id <> $4"
    )
    .bind(id)
    .bind(&form.postcode)
    .bind(&form.address)
    .bind(location)
    .fetch_optional(conn)
    .await)?;
    if duplicate.is_some() {
        return Err(Refusal::new("address", "school-error-same-address").into());
    }
    on_tx!(tx, |conn| {
        sqlx::query(
        "update school_locations set address = $1, postcode = $2, city = $3, latitude = $4, longitude = $5 where id = $6"
    )
    .bind(&form.address)
    .bind(&form.postcode)
    .bind(&form.city)
    .bind(form.coordinates.map(|c| c.0))
    .bind(form.coordinates.map(|c| c.1))
    .bind(location)
    .execute(conn)
    .await
    .map(|_| ())
    })?;
    Ok(())
}

/// Records that this person checked the school's data today.
async fn mark_checked(tx: &mut Tx, user: &User, school_id: i64, today: NaiveDate) -> Result<(), sqlx::Error> {
    on_tx!(tx, |conn| sqlx::query(
        "update schools set verified_on = $1, verified_source = $2, verified_by = $3, updated_at = $4 where id = $5"
    )
    .bind(today.to_string())
    .bind(checked_by(user))
    .bind(user.id)
    .bind(now())
    .bind(school_id)
    .execute(conn)
    .await
    .map(|_| ()))
}

/// Marks the school's data as checked today by this person.
pub async fn verify(db: &Db, user: &User, school_id: i64, today: NaiveDate) -> Result<(), Failure> {
    let mut tx = db.begin_write().await?;
    main_location(&mut tx, user, school_id).await?;
    mark_checked(&mut tx, user, school_id, today).await?;
    tx.commit().await?;
    Ok(())
}

/// The kind of a school this person may edit.
pub async fn kind_of(db: &Db, user: &User, school_id: i64) -> Result<(String, ProviderKind), Failure> {
    let mut tx = db.begin_write().await?;
    main_location(&mut tx, user, school_id).await?;
    let (name, kind): (String, String) = on_tx!(&mut tx, |conn| sqlx::query_as(
        "select name, kind from schools where id = $1"
    )
    .bind(school_id)
    .fetch_one(conn)
    .await)?;
    tx.commit().await?;
    Ok((name, ProviderKind::from_name(&kind).unwrap_or(ProviderKind::School)))
}

/// Binds an offer's sixteen columns in the order `route … start_dates` (both statements below
/// list them so).
trait BindOffer<'q>: Sized {
    fn bind_offer(self, offer: &'q Offer, schedule: &'q str, languages: &'q str, starts: &'q str) -> Self;
}

impl<'q, DB, O> BindOffer<'q> for sqlx::query::QueryAs<'q, DB, O, <DB as sqlx::Database>::Arguments<'q>>
where
    DB: sqlx::Database,
    &'q str: sqlx::Encode<'q, DB> + sqlx::Type<DB>,
    i64: sqlx::Encode<'q, DB> + sqlx::Type<DB>,
    bool: sqlx::Encode<'q, DB> + sqlx::Type<DB>,
    Option<i64>: sqlx::Encode<'q, DB> + sqlx::Type<DB>,
{
    fn bind_offer(self, offer: &'q Offer, schedule: &'q str, languages: &'q str, starts: &'q str) -> Self {
        self.bind(offer.route.as_str())
            .bind(offer.price_cents)
            .bind(offer.hours)
            .bind(offer.hours_per_week)
            .bind(offer.weeks)
            .bind(schedule)
            .bind(offer.format.as_str())
            .bind(offer.in_person_percent)
            .bind(offer.intake_test)
            .bind(offer.exams_included)
            .bind(offer.retakes_included)
            .bind(offer.childcare)
            .bind(offer.max_class_size)
            .bind(languages)
            .bind(offer.suits_working)
            .bind(starts)
    }
}

/// Adds an offer (`offer_id` none) or changes one of this school; returns the offer id.
pub async fn save_offer(
    db: &Db,
    user: &User,
    school_id: i64,
    offer_id: Option<i64>,
    offer: &Offer,
    today: NaiveDate,
) -> Result<i64, Failure> {
    let mut tx = db.begin_write().await?;
    let location = main_location(&mut tx, user, school_id).await?;
    let schedule = join_names(offer.schedule.iter().map(|s| s.as_str()));
    let languages = join_names(offer.support_languages.iter().map(String::as_str));
    let starts = offer
        .start_dates
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("|");
    let id = match offer_id {
        Some(id) => {
            let changed: Option<(i64,)> = on_tx!(&mut tx, |conn| {
                sqlx::query_as(
                "update school_offers set route = $1, price_cents = $2, hours = $3, hours_per_week = $4, weeks = $5, \
                 schedule = $6, format = $7, in_person_percent = $8, intake_test = $9, exams_included = $10, \
                 retakes_included = $11, childcare = $12, max_class_size = $13, support_languages = $14, \
                 suits_working = $15, start_dates = $16 where id = $17 and school_id = $18 returning id"
            )
            .bind_offer(offer, &schedule, &languages, &starts)
            .bind(id)
            .bind(school_id)
            .fetch_optional(conn)
            .await
            })?;
            changed.ok_or_else(forbidden)?.0
        }
        None => {
            let (id,): (i64,) = on_tx!(&mut tx, |conn| {
                sqlx::query_as(
                "insert into school_offers (school_id, location_id, ref, route, price_cents, hours, hours_per_week, \
                 weeks, schedule, format, in_person_percent, intake_test, exams_included, retakes_included, \
                 childcare, max_class_size, support_languages, suits_working, start_dates) \
                 values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19) \
                 returning id"
            )
            .bind(school_id)
            .bind(location)
            .bind(format!("web-new-{}", rand::random::<u64>()))
            .bind_offer(offer, &schedule, &languages, &starts)
            .fetch_one(conn)
            .await
            })?;
            on_tx!(&mut tx, |conn| sqlx::query(
                "update school_offers set ref = $1 where id = $2"
            )
            .bind(format!("web-{id}"))
            .bind(id)
            .execute(conn)
            .await
            .map(|_| ()))?;
            id
        }
    };
    mark_checked(&mut tx, user, school_id, today).await?;
    tx.commit().await?;
    Ok(id)
}

/// Removes an offer of a school this person may edit.
pub async fn delete_offer(db: &Db, user: &User, school_id: i64, offer_id: i64) -> Result<(), Failure> {
    let mut tx = db.begin_write().await?;
    main_location(&mut tx, user, school_id).await?;
    on_tx!(&mut tx, |conn| sqlx::query(
        "delete from school_offers where id = $1 and school_id = $2"
    )
    .bind(offer_id)
    .bind(school_id)
    .execute(conn)
    .await
    .map(|_| ()))?;
    tx.commit().await?;
    Ok(())
}
