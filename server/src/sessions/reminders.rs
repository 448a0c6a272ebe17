//! Reminder mails before a session: one a while before (48 hours by default) and one shortly
//! before (2 hours), set with `WEGWIJS_REMINDER_HOURS`. Each booking is claimed with a guarded
//! update in the same transaction as its mail, so every server may run this loop and nobody
//! gets a reminder twice. A partner the migrant lets "receive my reminders" gets them too.

use std::time::Duration;

use super::{booking::queue_mail, catalog::find_session_in};
use crate::{accounts::find_user_in, clock::now, db::Db, mail::Mailer, on_tx};

/// One pass: returns how many reminders were queued.
pub async fn send_due(db: &Db, public_url: &str, (early, late): (i64, i64), now: i64) -> Result<usize, sqlx::Error> {
    // A booking made after the early moment only gets the late reminder.
    let windows = [
        ("reminded_early_at", now + late * 3600, now + early * 3600),
        ("reminded_late_at", now, now + late * 3600),
    ];
    let mut queued = 0;
    for (column, after, until) in windows {
        let mut tx = db.begin_write().await?;
        let sql = format!(
            "update bookings set {column} = $1 where status = 'confirmed' and {column} is null and migrant_id is not null \
             and session_id in (select id from info_sessions where cancelled_at is null and starts_at > $2 and starts_at <= $3) \
             returning migrant_id, session_id"
        );
        let claimed: Vec<(i64, i64)> = on_tx!(&mut tx, |conn| sqlx::query_as(&sql)
            .bind(now)
            .bind(after)
            .bind(until)
            .fetch_all(conn)
            .await)?;
        for (migrant_id, session_id) in &claimed {
            let Some(migrant) = find_user_in(&mut tx, *migrant_id).await? else {
                continue;
            };
            // The migrant, and every partner the migrant lets receive their reminders.
            let partners: Vec<(i64,)> = on_tx!(&mut tx, |conn| sqlx::query_as(
                "select referent_id from grants where migrant_id = $1 and can_receive_reminders \
                 and accepted_at is not null and revoked_at is null and (valid_until is null or valid_until > $2) \
                 and referent_id is not null"
            )
            .bind(migrant.id)
            .bind(now)
            .fetch_all(conn)
            .await)?;
            let mut readers = vec![migrant];
            for (partner_id,) in partners {
                readers.extend(find_user_in(&mut tx, partner_id).await?);
            }
            for reader in &readers {
                if let Some(session) = find_session_in(&mut tx, *session_id, &reader.locale).await? {
                    queue_mail(public_url, &mut tx, reader, &session, "reminder", now).await?;
                    queued += 1;
                }
            }
        }
        tx.commit().await?;
    }
    Ok(queued)
}

pub async fn run(db: Db, mailer: Mailer, public_url: String, hours: (i64, i64)) {
    loop {
        match send_due(&db, &public_url, hours, now()).await {
            Ok(0) => {}
            Ok(n) => {
                tracing::info!(reminders = n, "reminders queued");
                mailer.queued.notify_one();
            }
            Err(error) => tracing::error!(error = %error, "reminder pass failed"),
        }
        tokio::time::sleep(Duration::from_secs(60)).await;
    }
}
