//! Booking, the waiting list and cancelling.
//!
//! When a seat frees up, the first person on the waiting list is **promoted automatically**
//! and told by mail (the alternative, a time-limited offer, was rejected: many migrants read
//! mail rarely, on a cheap phone or through their partner, and an offer that expires unseen
//! would leave the seat empty; a booking they no longer want is one tap to cancel).

use app::{
    accounts::{Role, Scope},
    sessions::{availability, check_party, unix_to_amsterdam, views::BookingStatus, views::BookingView, Availability},
    ui::{dates::format_long_date, i18n::message_in},
};

use super::{
    calendar,
    catalog::{find_session, find_session_in},
    SessionRow,
};
use crate::{
    accounts::{find_user, find_user_in, log_act, partners, Failure, Refusal, User},
    clock::now,
    db::{Db, Tx},
    mail, on_db, on_tx,
    startup::AppState,
};

/// The migrant a request acts for: the signed-in migrant, or the migrant whose partner acts
/// under a grant that allows `scope`. Anyone else is refused.
pub async fn acting_for(db: &Db, actor: &User, grant: Option<i64>, scope: Scope) -> Result<User, Failure> {
    match (actor.role, grant) {
        (Role::Migrant, None) => Ok(actor.clone()),
        (Role::Referent, Some(grant_id)) => {
            let Some(grant) = partners::active_grant(db, actor.id, grant_id, scope).await? else {
                return Err(Refusal::new("", "account-error-forbidden").into());
            };
            find_user(db, grant.migrant_id)
                .await?
                .ok_or_else(|| Refusal::new("", "account-error-forbidden").into())
        }
        _ => Err(Refusal::new("", "account-error-forbidden").into()),
    }
}

/// What a booking request came to. A repeated request gets the first one's outcome.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Booked {
    Confirmed,
    Waiting,
}

async fn live_booking(tx: &mut Tx, session_id: i64, migrant_id: i64) -> Result<Option<(i64, String)>, sqlx::Error> {
    on_tx!(tx, |conn| sqlx::query_as(
        "select id, status from bookings where session_id = $1 and migrant_id = $2 and status <> 'cancelled'"
    )
    .bind(session_id)
    .bind(migrant_id)
    .fetch_optional(conn)
    .await)
}

/// Takes `party` seats if they are free: the one statement that guards capacity.
async fn take_seats(tx: &mut Tx, session_id: i64, party: i64, now: i64) -> Result<bool, sqlx::Error> {
    let taken = on_tx!(tx, |conn| sqlx::query(
        "update info_sessions set seats_taken = seats_taken + $2 where id = $1 and seats_taken + $2 <= capacity \
         and cancelled_at is null and registration_deadline > $3 and starts_at > $3"
    )
    .bind(session_id)
    .bind(party)
    .bind(now)
    .execute(conn)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(taken == 1)
}

async fn free_seats(tx: &mut Tx, session_id: i64, party: i64) -> Result<(), sqlx::Error> {
    on_tx!(tx, |conn| sqlx::query(
        "update info_sessions set seats_taken = seats_taken - $2 where id = $1"
    )
    .bind(session_id)
    .bind(party)
    .execute(conn)
    .await
    .map(|_| ()))
}

/// Books `party` seats at a session for `migrant` (by `actor`: the migrant or their partner),
/// or puts them on the waiting list when it is full. One live booking per person: asking
/// again answers with the booking they have.
pub async fn book(
    state: &AppState,
    actor: &User,
    migrant: &User,
    session_id: i64,
    party: i64,
) -> Result<Booked, Failure> {
    let now = now();
    // Read before the write transaction: the guarded write re-checks what matters.
    let session = find_session(&state.db, session_id, &migrant.locale).await?;
    let Some(session) = session else {
        return Err(Refusal::new("", "account-error-not-found").into());
    };
    let party = check_party(party, session.max_party).map_err(|id| Refusal::new("party", id))?;
    // Closed or cancelled: refused. Full: the guarded write below puts them on the waiting list.
    if matches!(
        availability(
            session.capacity,
            session.seats_taken,
            session.registration_deadline,
            session.starts_at,
            session.cancelled_at.is_some(),
            now,
        ),
        Availability::Closed | Availability::Cancelled
    ) {
        return Err(Refusal::new("", "session-error-closed").into());
    }
    let mut tx = state.db.begin_write().await?;
    if let Some((_, status)) = live_booking(&mut tx, session_id, migrant.id).await? {
        return Ok(outcome(&status));
    }
    let status = if take_seats(&mut tx, session_id, party, now).await? {
        BookingStatus::Confirmed
    } else {
        BookingStatus::Waiting
    };
    let inserted: Option<(i64,)> = on_tx!(&mut tx, |conn| {
        sqlx::query_as(
        "insert into bookings (session_id, migrant_id, booked_by, party_size, locale, status, created_at, updated_at) \
         values ($1, $2, $3, $4, $5, $6, $7, $7) \
         on conflict (session_id, migrant_id) where status <> 'cancelled' do nothing returning id"
    )
    .bind(session_id)
    .bind(migrant.id)
    .bind(actor.id)
    .bind(party)
    .bind(&migrant.locale)
    .bind(status.as_str())
    .bind(now)
    .fetch_optional(conn)
    .await
    })?;
    if inserted.is_none() {
        // The same person's other request won (PostgreSQL): undo the seats, answer like it.
        drop(tx);
        let mut tx = state.db.begin_write().await?;
        let existing = live_booking(&mut tx, session_id, migrant.id).await?;
        return Ok(existing.map_or(Booked::Waiting, |(_, s)| outcome(&s)));
    }
    let kind = match status {
        BookingStatus::Confirmed => "confirmed",
        _ => "waiting",
    };
    queue_mail(&state.settings.public_url, &mut tx, migrant, &session, kind, now).await?;
    log_act(&mut tx, migrant.id, actor.id, "booked-session", now).await?;
    tx.commit().await?;
    state.mailer.queued.notify_one();
    Ok(outcome(status.as_str()))
}

fn outcome(status: &str) -> Booked {
    if status == "confirmed" {
        Booked::Confirmed
    } else {
        Booked::Waiting
    }
}

/// Cancels a booking (or leaves the waiting list) until the session starts. A freed seat
/// goes to the waiting list at once, in the same transaction.
pub async fn cancel(state: &AppState, actor: &User, migrant: &User, booking_id: i64) -> Result<i64, Failure> {
    let now = now();
    let mut tx = state.db.begin_write().await?;
    // The status may change under us (a cancellation elsewhere promotes this very booking):
    // the update only counts for the status just read, and on a change we read it again.
    let mut cancelled = None;
    for _ in 0..3 {
        let row: Option<(i64, i64, String)> = on_tx!(&mut tx, |conn| {
            sqlx::query_as(
            "select b.session_id, b.party_size, b.status from bookings b join info_sessions s on s.id = b.session_id \
             where b.id = $1 and b.migrant_id = $2 and b.status <> 'cancelled' and s.starts_at > $3"
        )
        .bind(booking_id)
        .bind(migrant.id)
        .bind(now)
        .fetch_optional(conn)
        .await
        })?;
        let Some((session_id, party, status)) = row else {
            return Err(Refusal::new("", "account-error-not-found").into());
        };
        let changed = on_tx!(&mut tx, |conn| sqlx::query(
            "update bookings set status = 'cancelled', updated_at = $1 where id = $2 and status = $3"
        )
        .bind(now)
        .bind(booking_id)
        .bind(&status)
        .execute(conn)
        .await
        .map(|r| r.rows_affected()))?;
        if changed == 1 {
            cancelled = Some((session_id, party, status));
            break;
        }
    }
    let Some((session_id, party, status)) = cancelled else {
        return Err(Refusal::new("", "account-error-not-found").into());
    };
    if status == "confirmed" {
        free_seats(&mut tx, session_id, party).await?;
        promote(state, &mut tx, session_id, now).await?;
    }
    log_act(&mut tx, migrant.id, actor.id, "cancelled-booking", now).await?;
    tx.commit().await?;
    state.mailer.queued.notify_one();
    Ok(session_id)
}

/// Gives free seats to the waiting list, first come first served; stops at the first party
/// that does not fit (nobody is passed over).
pub async fn promote(state: &AppState, tx: &mut Tx, session_id: i64, now: i64) -> Result<(), Failure> {
    loop {
        let head: Option<(i64, i64, Option<i64>)> = on_tx!(tx, |conn| sqlx::query_as(
            "select id, party_size, migrant_id from bookings where session_id = $1 and status = 'waiting' \
             order by created_at, id limit 1"
        )
        .bind(session_id)
        .fetch_optional(conn)
        .await)?;
        let Some((booking_id, party, migrant_id)) = head else {
            return Ok(());
        };
        if !take_seats(tx, session_id, party, now).await? {
            return Ok(());
        }
        let promoted = on_tx!(tx, |conn| sqlx::query(
            "update bookings set status = 'confirmed', updated_at = $1 where id = $2 and status = 'waiting'"
        )
        .bind(now)
        .bind(booking_id)
        .execute(conn)
        .await
        .map(|r| r.rows_affected()))?;
        if promoted != 1 {
            free_seats(tx, session_id, party).await?;
            continue;
        }
        tracing::info!(booking_id, session_id, "promoted from the waiting list");
        if let Some(migrant) = match migrant_id {
            Some(id) => find_user_in(tx, id).await?,
            None => None,
        } {
            if let Some(session) = find_session_in(tx, session_id, &migrant.locale).await? {
                queue_mail(&state.settings.public_url, tx, &migrant, &session, "promoted", now).await?;
            }
        }
    }
}

/// The calendar file of a session.
pub fn session_ics(public_url: &str, session: &SessionRow, more_dates: &[(i64, i64)], now: i64) -> String {
    let location = if session.online_url.is_empty() {
        [session.place.as_str(), session.room.as_str()]
            .into_iter()
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join(", ")
    } else {
        session.online_url.clone()
    };
    calendar::ics(
        &calendar::Event {
            uid: format!("session-{}@wegwijs", session.id),
            starts_at: session.starts_at,
            ends_at: session.ends_at,
            summary: session.translated_title.as_deref().unwrap_or(&session.title),
            location: &location,
            description: &session.description_for_reader(),
            url: &format!("{public_url}/sessions/{}", session.id),
            now,
            cancelled: session.cancelled_at.is_some(),
        },
        more_dates,
    )
}

/// Queues `session-mail-<kind>-subject/body` in the migrant's language, with the calendar
/// file when the seat is theirs. A migrant without e-mail gets no mail (their page shows it).
pub async fn queue_mail(
    public_url: &str,
    tx: &mut Tx,
    migrant: &User,
    session: &SessionRow,
    kind: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    queue_mail_with(public_url, tx, migrant, session, kind, "", now).await
}

/// [`queue_mail`] with the consultant's own words (`$message`, for kind `message`).
pub async fn queue_mail_with(
    public_url: &str,
    tx: &mut Tx,
    migrant: &User,
    session: &SessionRow,
    kind: &str,
    message: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    let Some(to) = &migrant.email else {
        return Ok(());
    };
    let locale = migrant.locale.as_str();
    let date = chrono::DateTime::from_timestamp(session.starts_at, 0)
        .map(|t| format_long_date(t, locale))
        .unwrap_or_default();
    let place = if session.online_url.is_empty() {
        session.place.clone()
    } else {
        session.online_url.clone()
    };
    let args = [
        (
            "title",
            session
                .translated_title
                .clone()
                .unwrap_or_else(|| session.title.clone()),
        ),
        ("date", date),
        ("time", unix_to_amsterdam(session.starts_at).1),
        ("place", place),
        ("link", format!("{public_url}/sessions/{}", session.id)),
        ("message", message.to_owned()),
    ];
    debug_assert!(app::sessions::MAIL_KINDS.contains(&kind));
    let subject = message_in(locale, &format!("session-mail-{kind}-subject"), &args);
    let body = message_in(locale, &format!("session-mail-{kind}-body"), &args);
    // The calendar file goes with every mail about a seat the person holds (a cancellation
    // carries STATUS:CANCELLED, so the phone's calendar drops it).
    let calendar = if matches!(kind, "confirmed" | "promoted" | "reminder" | "changed" | "cancelled") {
        let more = super::catalog::dates_in(tx, session.id).await?;
        Some(session_ics(public_url, session, &more, now))
    } else {
        None
    };
    mail::enqueue_with_calendar(tx, to, &subject, &body, calendar.as_deref(), now).await
}

/// The live bookings of a migrant, soonest first, with the place on the waiting list.
pub async fn bookings_of(db: &Db, migrant: &User) -> Result<Vec<BookingView>, sqlx::Error> {
    type Row = (i64, i64, String, Option<String>, i64, String, i64, i64);
    let rows: Vec<Row> = on_db!(db, |pool| sqlx::query_as(
        "select b.id, b.session_id, s.title, t.title, s.starts_at, b.status, b.party_size, \
         (select count(*) from bookings w where w.session_id = b.session_id and w.status = 'waiting' \
          and (w.created_at < b.created_at or (w.created_at = b.created_at and w.id <= b.id))) \
         from bookings b join info_sessions s on s.id = b.session_id \
         left join info_session_texts t on t.session_id = s.id and t.locale = $2 \
         where b.migrant_id = $1 and b.status <> 'cancelled' and s.ends_at > $3 order by s.starts_at"
    )
    .bind(migrant.id)
    .bind(&migrant.locale)
    .bind(now())
    .fetch_all(pool)
    .await)?;
    Ok(rows
        .into_iter()
        .map(
            |(id, session_id, title, translated, starts_at, status, party_size, position)| {
                let status = BookingStatus::from_name(&status);
                BookingView {
                    id,
                    session_id,
                    title: translated.unwrap_or(title),
                    starts_at,
                    status,
                    party_size,
                    position: (status == BookingStatus::Waiting).then_some(position),
                }
            },
        )
        .collect())
}
