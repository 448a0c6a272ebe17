//! "My data": export everything about a person, and delete the account at once.

use serde_json::{json, Value};

use super::{find_user, secrets, Failure, Refusal, User};
use crate::{db::Db, on_db, on_tx};

/// Everything stored about the user, as JSON (GDPR art. 15 and 20). Hashes of secrets are
/// left out: they are not about the person and would only help an attacker.
pub async fn export(db: &Db, user: &User) -> Result<Value, sqlx::Error> {
    let id = user.id;
    type AccountRow = (Option<String>, String, String, String, Option<i64>, i64, bool);
    let account: AccountRow = on_db!(db, |pool| sqlx::query_as(
        "select email, role, display_name, locale, email_verified_at, created_at, totp_secret is not null \
         from users where id = $1"
    )
    .bind(id)
    .fetch_one(pool)
    .await)?;
    let logins = super::auth::logins_of(db, id).await?;
    let given = super::partners::given_by(db, id).await?;
    let received = super::partners::received_by(db, id).await?;
    let log: Vec<(i64, Option<i64>, String, i64)> = on_db!(db, |pool| sqlx::query_as(
        "select migrant_id, actor_id, action, at from audit_log where migrant_id = $1 or actor_id = $1 order by id"
    )
    .bind(id)
    .fetch_all(pool)
    .await)?;
    let check = super::partners::saved_check(db, id).await?;
    let plan = crate::plan::load(db, id).await?;
    let bookings: Vec<(String, i64, String, i64, bool, i64)> = on_db!(db, |pool| sqlx::query_as(
        "select s.title, s.starts_at, b.status, b.party_size, b.booked_by = b.migrant_id, b.created_at \
         from bookings b join info_sessions s on s.id = b.session_id where b.migrant_id = $1 order by b.id"
    )
    .bind(id)
    .fetch_all(pool)
    .await)?;
    let alerts = crate::sessions::catalog::alerts_on(db, id).await?;
    let mail: Vec<(String, i64, Option<i64>)> = match &user.email {
        Some(email) => on_db!(db, |pool| sqlx::query_as(
            "select subject, created_at, sent_at from outbox where recipient = $1 order by id"
        )
        .bind(email)
        .fetch_all(pool)
        .await)?,
        None => Vec::new(),
    };
    let grant = |(g, name): &(app::accounts::Grant, Option<String>)| {
        json!({
            "id": g.id, "other_person": name, "scopes": g.scopes(), "valid_until": g.valid_until,
            "accepted_at": g.accepted_at, "revoked_at": g.revoked_at,
        })
    };
    Ok(json!({
        "format": "wegwijs-export-1",
        "times": "Unix seconds, UTC",
        "account": {
            "email": account.0, "role": account.1, "display_name": account.2, "language": account.3,
            "email_verified_at": account.4, "created_at": account.5,
            "sign_in_name": user.username, "municipality": user.municipality,
            "municipality_name": user.municipality.as_deref().and_then(app::accounts::municipalities::name),
            "shares_with_municipality_since": user.shares_since,
            "second_factor_set": account.6,
        },
        "signed_in_devices": logins.iter().map(|(_, device, created, seen)| json!({
            "device": device, "signed_in_at": created, "last_seen_at": seen,
        })).collect::<Vec<_>>(),
        "partner_access_given": given.iter().map(grant).collect::<Vec<_>>(),
        "partner_access_received": received.iter().map(grant).collect::<Vec<_>>(),
        "activity_log": log.iter().map(|(migrant, actor, action, at)| json!({
            "for_account": if *migrant == id { "me" } else { "a migrant I help" },
            "by": match actor { Some(a) if *a == id => "me", Some(_) => "someone else (partner or consultant)", None => "a deleted account" },
            "action": action, "at": at,
        })).collect::<Vec<_>>(),
        "saved_obligations_check": check.map(|(answers, at)| json!({ "answers": answers, "saved_at": at })),
        "saved_plan": plan,
        "session_bookings": bookings.iter().map(|(title, starts_at, status, party, by_me, at)| json!({
            "session": title, "starts_at": starts_at, "status": status, "party_size": party,
            "booked_by": if *by_me { "me" } else { "my partner" }, "booked_at": at,
        })).collect::<Vec<_>>(),
        "new_session_mails": alerts,
        "mail_sent_to_me": mail.iter().map(|(subject, created, sent)| json!({
            "subject": subject, "queued_at": created, "sent_at": sent,
        })).collect::<Vec<_>>(),
    }))
}

/// Deletes the account after the password is confirmed: grants, logins, tokens, the saved
/// check and the log go with it (foreign keys cascade); acts in other people's logs keep no
/// name; mail to the address is dropped; rate-limit rows are hashes and expire in a day.
pub async fn delete(db: &Db, user: &User, password: String) -> Result<(), Failure> {
    let hash: (Option<String>,) = on_db!(db, |pool| sqlx::query_as(
        "select password_hash from users where id = $1"
    )
    .bind(user.id)
    .fetch_one(pool)
    .await)?;
    if !secrets::verify_password(password, hash.0).await? {
        return Err(Refusal::new("password", "account-error-password-wrong").into());
    }
    let mut tx = db.begin_write().await?;
    if let Some(email) = &user.email {
        on_tx!(&mut tx, |conn| sqlx::query("delete from outbox where recipient = $1")
            .bind(email)
            .execute(conn)
            .await
            .map(|r| r.rows_affected()))?;
    }
    on_tx!(&mut tx, |conn| sqlx::query("delete from users where id = $1")
        .bind(user.id)
        .execute(conn)
        .await
        .map(|r| r.rows_affected()))?;
    tx.commit().await?;
    debug_assert!(find_user(db, user.id).await.ok().flatten().is_none());
    tracing::info!(user_id = user.id, "account deleted");
    Ok(())
}
