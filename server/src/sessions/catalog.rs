//! Announcing sessions (consultants) and finding them (everyone).

use app::{
    accounts::Role,
    sessions::{
        views::{AttendeeRow, BookingStatus},
        NewSession,
    },
};

use super::{booking, SessionRow, SESSION_COLUMNS};
use crate::{
    accounts::{find_user_in, Failure, Refusal, User},
    clock::now,
    db::{Db, Tx},
    on_db, on_tx,
    startup::AppState,
};

/// The consultant's municipality, or "not allowed".
pub fn consultant_municipality(user: &User) -> Result<&str, Failure> {
    match (user.role, user.municipality.as_deref()) {
        (Role::Consultant, Some(code)) => Ok(code),
        _ => Err(Refusal::new("", "account-error-forbidden").into()),
    }
}

/// Announces a session in the consultant's municipality; returns its id.
pub async fn create(db: &Db, public_url: &str, consultant: &User, session: &NewSession) -> Result<i64, Failure> {
    let municipality = consultant_municipality(consultant)?;
    let now = now();
    let mut tx = db.begin_write().await?;
    let (id,): (i64,) = on_tx!(&mut tx, |conn| {
        sqlx::query_as(
        "insert into info_sessions (municipality, created_by, title, description, starts_at, ends_at, place, room, \
         accessibility, online_url, capacity, languages, interpreter, childcare, partner_welcome, max_party, \
         registration_deadline, created_at, updated_at) \
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $18) returning id"
    )
    .bind(municipality)
    .bind(consultant.id)
    .bind(&session.title)
    .bind(&session.description)
    .bind(session.starts_at)
    .bind(session.ends_at)
    .bind(&session.place)
    .bind(&session.room)
    .bind(&session.accessibility)
    .bind(&session.online_url)
    .bind(session.capacity)
    .bind(session.languages.join(","))
    .bind(session.interpreter)
    .bind(session.childcare)
    .bind(session.partner_welcome)
    .bind(session.max_party)
    .bind(session.registration_deadline)
    .bind(now)
    .fetch_one(conn)
    .await
    })?;
    save_translations(&mut tx, id, session).await?;
    save_dates(&mut tx, id, session).await?;
    // Migrants who asked for it hear of a session in their municipality and their language.
    let subscribers: Vec<(i64,)> = on_tx!(&mut tx, |conn| {
        sqlx::query_as(
        "select id from users where role = 'migrant' and session_alerts and email is not null and municipality = $1 \
         and (',' || $2 || ',') like ('%,' || locale || ',%')"
    )
    .bind(municipality)
    .bind(session.languages.join(","))
    .fetch_all(conn)
    .await
    })?;
    for (migrant_id,) in &subscribers {
        let Some(migrant) = find_user_in(&mut tx, *migrant_id).await? else {
            continue;
        };
        if let Some(row) = find_session_in(&mut tx, id, &migrant.locale).await? {
            booking::queue_mail(public_url, &mut tx, &migrant, &row, "announced", now).await?;
        }
    }
    tx.commit().await?;
    tracing::info!(
        session_id = id,
        by = consultant.id,
        alerts = subscribers.len(),
        "session announced"
    );
    Ok(id)
}

/// Replaces the versions of title and description in other languages.
async fn save_translations(tx: &mut Tx, id: i64, session: &NewSession) -> Result<(), sqlx::Error> {
    on_tx!(tx, |conn| sqlx::query(
        "delete from info_session_texts where session_id = $1"
    )
    .bind(id)
    .execute(conn)
    .await
    .map(|_| ()))?;
    for (locale, title, description) in &session.translations {
        on_tx!(tx, |conn| sqlx::query(
            "insert into info_session_texts (session_id, locale, title, description) values ($1, $2, $3, $4)"
        )
        .bind(id)
        .bind(locale)
        .bind(title)
        .bind(description)
        .execute(conn)
        .await
        .map(|_| ()))?;
    }
    Ok(())
}

/// Replaces the further dates of a series.
async fn save_dates(tx: &mut Tx, id: i64, session: &NewSession) -> Result<(), sqlx::Error> {
    on_tx!(tx, |conn| sqlx::query(
        "delete from info_session_dates where session_id = $1"
    )
    .bind(id)
    .execute(conn)
    .await
    .map(|_| ()))?;
    for (starts_at, ends_at) in &session.more_dates {
        on_tx!(tx, |conn| sqlx::query(
            "insert into info_session_dates (session_id, starts_at, ends_at) values ($1, $2, $3)"
        )
        .bind(id)
        .bind(starts_at)
        .bind(ends_at)
        .execute(conn)
        .await
        .map(|_| ()))?;
    }
    Ok(())
}

/// The further dates of a series, in order.
pub async fn dates_of(db: &Db, id: i64) -> Result<Vec<(i64, i64)>, sqlx::Error> {
    on_db!(db, |pool| sqlx::query_as(
        "select starts_at, ends_at from info_session_dates where session_id = $1 order by starts_at"
    )
    .bind(id)
    .fetch_all(pool)
    .await)
}

/// [`dates_of`] inside a transaction.
pub async fn dates_in(tx: &mut Tx, id: i64) -> Result<Vec<(i64, i64)>, sqlx::Error> {
    on_tx!(tx, |conn| sqlx::query_as(
        "select starts_at, ends_at from info_session_dates where session_id = $1 order by starts_at"
    )
    .bind(id)
    .fetch_all(conn)
    .await)
}

/// The versions in other languages: (language, title, description).
pub async fn translations(db: &Db, id: i64) -> Result<Vec<(String, String, String)>, sqlx::Error> {
    on_db!(db, |pool| sqlx::query_as(
        "select locale, title, description from info_session_texts where session_id = $1"
    )
    .bind(id)
    .fetch_all(pool)
    .await)
}

/// Turns the new-session mails on or off for a migrant.
pub async fn set_alerts(db: &Db, migrant: &User, on: bool) -> Result<(), Failure> {
    if migrant.role != Role::Migrant {
        return Err(Refusal::new("", "account-error-forbidden").into());
    }
    on_db!(db, |pool| sqlx::query(
        "update users set session_alerts = $1 where id = $2"
    )
    .bind(on)
    .bind(migrant.id)
    .execute(pool)
    .await
    .map(|_| ()))?;
    Ok(())
}

/// Whether a migrant gets the new-session mails.
pub async fn alerts_on(db: &Db, user_id: i64) -> Result<bool, sqlx::Error> {
    let row: Option<(bool,)> = on_db!(db, |pool| sqlx::query_as(
        "select session_alerts from users where id = $1"
    )
    .bind(user_id)
    .fetch_optional(pool)
    .await)?;
    Ok(row.is_some_and(|(on,)| on))
}

/// Changes a session. Capacity cannot go below the seats already taken (a guarded update);
/// more seats go to the waiting list at once; a new time or place is mailed to everyone booked.
pub async fn update(state: &AppState, consultant: &User, id: i64, session: &NewSession) -> Result<(), Failure> {
    let before = own_session(&state.db, consultant, id).await?;
    let now = now();
    let mut tx = state.db.begin_write().await?;
    let changed = on_tx!(&mut tx, |conn| {
        sqlx::query(
        "update info_sessions set title = $2, description = $3, starts_at = $4, ends_at = $5, place = $6, room = $7, \
         accessibility = $8, online_url = $9, capacity = $10, languages = $11, interpreter = $12, childcare = $13, \
         partner_welcome = $14, max_party = $15, registration_deadline = $16, updated_at = $17 \
         where id = $1 and seats_taken <= $10 and cancelled_at is null"
    )
    .bind(id)
    .bind(&session.title)
    .bind(&session.description)
    .bind(session.starts_at)
    .bind(session.ends_at)
    .bind(&session.place)
    .bind(&session.room)
    .bind(&session.accessibility)
    .bind(&session.online_url)
    .bind(session.capacity)
    .bind(session.languages.join(","))
    .bind(session.interpreter)
    .bind(session.childcare)
    .bind(session.partner_welcome)
    .bind(session.max_party)
    .bind(session.registration_deadline)
    .bind(now)
    .execute(conn)
    .await
    .map(|r| r.rows_affected())
    })?;
    if changed != 1 {
        return Err(Refusal::new("capacity", "session-error-capacity-below-booked").into());
    }
    save_translations(&mut tx, id, session).await?;
    let dates_before = dates_in(&mut tx, id).await?;
    save_dates(&mut tx, id, session).await?;
    if session.capacity > before.capacity {
        booking::promote(state, &mut tx, id, now).await?;
    }
    let moved = (
        session.starts_at,
        session.ends_at,
        &session.place,
        &session.room,
        &session.online_url,
    ) != (
        before.starts_at,
        before.ends_at,
        &before.place,
        &before.room,
        &before.online_url,
    ) || dates_before != session.more_dates;
    if moved {
        mail_everyone_booked(&state.settings.public_url, &mut tx, id, "changed", "", now).await?;
    }
    tx.commit().await?;
    state.mailer.queued.notify_one();
    Ok(())
}

/// Cancels a session: it stays visible as cancelled, and everyone booked or waiting is told.
pub async fn cancel_session(state: &AppState, consultant: &User, id: i64) -> Result<(), Failure> {
    own_session(&state.db, consultant, id).await?;
    let now = now();
    let mut tx = state.db.begin_write().await?;
    let done = on_tx!(&mut tx, |conn| sqlx::query(
        "update info_sessions set cancelled_at = $2, updated_at = $2 where id = $1 and cancelled_at is null"
    )
    .bind(id)
    .bind(now)
    .execute(conn)
    .await
    .map(|r| r.rows_affected()))?;
    if done == 1 {
        mail_everyone_booked(&state.settings.public_url, &mut tx, id, "cancelled", "", now).await?;
    }
    tx.commit().await?;
    state.mailer.queued.notify_one();
    Ok(())
}

/// The consultant writes to everyone booked or waiting (plain text, their own words).
pub async fn message_everyone(state: &AppState, consultant: &User, id: i64, text: &str) -> Result<usize, Failure> {
    own_session(&state.db, consultant, id).await?;
    let text = text.trim().replace("\r\n", "\n");
    if text.is_empty() || text.chars().count() > app::sessions::MESSAGE_MAX {
        return Err(Refusal::new("message", "session-error-message").into());
    }
    let now = now();
    let mut tx = state.db.begin_write().await?;
    let sent = mail_everyone_booked(&state.settings.public_url, &mut tx, id, "message", &text, now).await?;
    tx.commit().await?;
    state.mailer.queued.notify_one();
    Ok(sent)
}

/// Queues mail of `kind` to every person with a live booking, each in their own language.
async fn mail_everyone_booked(
    public_url: &str,
    tx: &mut Tx,
    session_id: i64,
    kind: &str,
    message: &str,
    now: i64,
) -> Result<usize, sqlx::Error> {
    let people: Vec<(i64,)> = on_tx!(tx, |conn| {
        sqlx::query_as(
        "select migrant_id from bookings where session_id = $1 and status <> 'cancelled' and migrant_id is not null"
    )
    .bind(session_id)
    .fetch_all(conn)
    .await
    })?;
    let mut sent = 0;
    for (migrant_id,) in people {
        let Some(migrant) = find_user_in(tx, migrant_id).await? else {
            continue;
        };
        if let Some(session) = find_session_in(tx, session_id, &migrant.locale).await? {
            booking::queue_mail_with(public_url, tx, &migrant, &session, kind, message, now).await?;
            sent += 1;
        }
    }
    Ok(sent)
}

/// A session with its text in `locale` where there is one.
pub async fn find_session(db: &Db, id: i64, locale: &str) -> Result<Option<SessionRow>, sqlx::Error> {
    let sql = format!(
        "select {SESSION_COLUMNS} from info_sessions s \
         left join info_session_texts t on t.session_id = s.id and t.locale = $2 where s.id = $1"
    );
    on_db!(db, |pool| sqlx::query_as(&sql)
        .bind(id)
        .bind(locale)
        .fetch_optional(pool)
        .await)
}

/// [`find_session`] inside a transaction.
pub async fn find_session_in(tx: &mut Tx, id: i64, locale: &str) -> Result<Option<SessionRow>, sqlx::Error> {
    let sql = format!(
        "select {SESSION_COLUMNS} from info_sessions s \
         left join info_session_texts t on t.session_id = s.id and t.locale = $2 where s.id = $1"
    );
    on_tx!(tx, |conn| sqlx::query_as(&sql)
        .bind(id)
        .bind(locale)
        .fetch_optional(conn)
        .await)
}

/// What the list of upcoming sessions is filtered by.
#[derive(Clone, Debug, Default)]
pub struct Filter {
    /// CBS code; online sessions of every municipality are shown too.
    pub municipality: Option<String>,
    pub language: Option<String>,
    pub from: i64,
}

/// Upcoming sessions (not cancelled), soonest first, at most 50 (a phone shows no more; the
/// date filter reaches later ones).
pub async fn upcoming(db: &Db, filter: &Filter, locale: &str) -> Result<Vec<SessionRow>, sqlx::Error> {
    let sql = format!(
        "select {SESSION_COLUMNS} from info_sessions s \
         left join info_session_texts t on t.session_id = s.id and t.locale = $1 \
         where s.cancelled_at is null and s.starts_at >= $2 \
         and ($3 = '' or s.municipality = $3 or s.online_url <> '') \
         and ($4 = '' or (',' || s.languages || ',') like ('%,' || $4 || ',%')) \
         order by s.starts_at, s.id limit 50"
    );
    on_db!(db, |pool| sqlx::query_as(&sql)
        .bind(locale)
        .bind(filter.from)
        .bind(filter.municipality.as_deref().unwrap_or(""))
        .bind(filter.language.as_deref().unwrap_or(""))
        .fetch_all(pool)
        .await)
}

/// The sessions of the consultant's municipality, upcoming and of the last 30 days.
pub async fn of_municipality(db: &Db, consultant: &User) -> Result<Vec<SessionRow>, Failure> {
    let municipality = consultant_municipality(consultant)?;
    let sql = format!(
        "select {SESSION_COLUMNS} from info_sessions s \
         left join info_session_texts t on t.session_id = s.id and t.locale = 'nl' \
         where s.municipality = $1 and s.starts_at >= $2 order by s.starts_at, s.id"
    );
    Ok(on_db!(db, |pool| sqlx::query_as(&sql)
        .bind(municipality)
        .bind(now() - 30 * 24 * 3600)
        .fetch_all(pool)
        .await)?)
}

/// A session of the consultant's own municipality, or "not found" (another municipality's
/// session looks the same as a missing one).
pub async fn own_session(db: &Db, consultant: &User, id: i64) -> Result<SessionRow, Failure> {
    let municipality = consultant_municipality(consultant)?;
    match find_session(db, id, "nl").await? {
        Some(s) if s.municipality == municipality => Ok(s),
        _ => Err(Refusal::new("", "account-error-not-found").into()),
    }
}

/// Who comes: live bookings first (confirmed, then the waiting list in order).
pub async fn attendees(db: &Db, consultant: &User, session_id: i64) -> Result<Vec<AttendeeRow>, Failure> {
    own_session(db, consultant, session_id).await?;
    type Row = (i64, Option<String>, i64, String, String, Option<bool>);
    let rows: Vec<Row> = on_db!(db, |pool| sqlx::query_as(
        "select b.id, u.display_name, b.party_size, b.locale, b.status, b.attended from bookings b \
         left join users u on u.id = b.migrant_id where b.session_id = $1 \
         order by case b.status when 'confirmed' then 0 when 'waiting' then 1 else 2 end, b.created_at, b.id"
    )
    .bind(session_id)
    .fetch_all(pool)
    .await)?;
    Ok(rows
        .into_iter()
        .map(|(booking_id, name, party_size, locale, status, attended)| AttendeeRow {
            booking_id,
            name,
            party_size,
            locale,
            status: BookingStatus::from_name(&status),
            attended,
        })
        .collect())
}

/// The attendee list as CSV (for a spreadsheet): name, party size, language, status, attended.
pub fn attendees_csv(rows: &[AttendeeRow]) -> String {
    let field = |value: &str| {
        // Quote everything; a leading = + - @ is neutralised so a spreadsheet does not run it.
        let value = if value.starts_with(['=', '+', '-', '@']) {
            format!("'{value}")
        } else {
            value.to_owned()
        };
        format!("\"{}\"", value.replace('"', "\"\""))
    };
    let mut out = String::from("name,party_size,language,status,attended\r\n");
    for r in rows {
        let attended = match r.attended {
            Some(true) => "yes",
            Some(false) => "no",
            None => "",
        };
        out.push_str(&format!(
            "{},{},{},{},{}\r\n",
            field(r.name.as_deref().unwrap_or("")),
            r.party_size,
            field(&r.locale),
            r.status.as_str(),
            attended
        ));
    }
    out
}

/// Marks whether a confirmed person came (check-in on the consultant's phone).
pub async fn check_in(db: &Db, consultant: &User, booking_id: i64, attended: bool) -> Result<i64, Failure> {
    let municipality = consultant_municipality(consultant)?;
    let mut tx = db.begin_write().await?;
    let row: Option<(i64,)> = on_tx!(&mut tx, |conn| sqlx::query_as(
        "update bookings set attended = $1, updated_at = $2 where id = $3 and status = 'confirmed' \
         and session_id in (select id from info_sessions where municipality = $4) returning session_id"
    )
    .bind(attended)
    .bind(now())
    .bind(booking_id)
    .bind(municipality)
    .fetch_optional(conn)
    .await)?;
    let Some((session_id,)) = row else {
        return Err(Refusal::new("", "account-error-not-found").into());
    };
    tx.commit().await?;
    Ok(session_id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_and_defuses_formulas() {
        let rows = [AttendeeRow {
            booking_id: 1,
            name: Some("=HYPERLINK(\"x\")".to_owned()),
            party_size: 2,
            locale: "ar".to_owned(),
            status: BookingStatus::Confirmed,
            attended: Some(true),
        }];
        assert_eq!(
            attendees_csv(&rows),
            "name,party_size,language,status,attended\r\n\"'=HYPERLINK(\"\"x\"\")\",2,\"ar\",confirmed,yes\r\n"
        );
    }
}
