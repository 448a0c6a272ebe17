//! Keeps only what is needed: runs hourly on every server (the deletes are idempotent).

use std::time::Duration;

use crate::{clock::now, db::Db, on_db};

/// Unverified self-made accounts are removed after a week.
pub const UNVERIFIED_TTL: i64 = 7 * 24 * 3600;

/// One pass; returns the number of rows removed.
pub async fn purge(db: &Db) -> Result<u64, sqlx::Error> {
    let now = now();
    let statements: [(&str, i64); 6] = [
        (
            "delete from users where email_verified_at is null and email is not null \
             and role in ('migrant', 'referent') and created_at < $1",
            now - UNVERIFIED_TTL,
        ),
        // An account a consultant or admin made goes once its activation code has expired
        // unused (a new letter gives it a new code).
        (
            "delete from users where password_hash is null and created_by is not null and created_at < $1 \
             and not exists (select 1 from tokens t where t.user_id = users.id and t.purpose = 'activate' \
             and t.used_at is null and t.expires_at > $1)",
            now - UNVERIFIED_TTL,
        ),
        ("delete from tokens where expires_at < $1 or used_at is not null", now),
        ("delete from auth_attempts where at < $1", now - 24 * 3600),
        (
            "delete from outbox where sent_at is not null and sent_at < $1",
            now - 30 * 24 * 3600,
        ),
        (
            "delete from logins where created_at < $1",
            now - super::auth::ABSOLUTE_TTL,
        ),
    ];
    let mut removed = 0;
    for (sql, before) in statements {
        removed += on_db!(db, |pool| sqlx::query(sql)
            .bind(before)
            .execute(pool)
            .await
            .map(|r| r.rows_affected()))?;
    }
    Ok(removed)
}

pub async fn run(db: Db) {
    loop {
        match purge(&db).await {
            Ok(n) => tracing::info!(removed = n, "retention pass"),
            Err(error) => tracing::error!(error = %error, "retention pass failed"),
        }
        tokio::time::sleep(Duration::from_secs(3600)).await;
    }
}
