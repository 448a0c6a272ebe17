//! Rate limits on sign-in, sign-up, reset links and partner codes, counted in the database
//! so they hold across every app server. Rows hold hashes, not addresses.

use super::secrets::hash_subject;
use crate::{db::Db, on_db};

/// A limit: at most `max` events of `kind` per subject within `window` seconds.
#[derive(Clone, Copy, Debug)]
pub struct Limit {
    pub kind: &'static str,
    pub max: i64,
    pub window: i64,
}

/// Failed sign-ins for one address: 5 per 15 minutes (then the right password waits too).
pub const SIGN_IN_EMAIL: Limit = Limit {
    kind: "sign-in-email",
    max: 5,
    window: 900,
};
/// Failed sign-ins from one IP address (a family may share one): 30 per 15 minutes.
pub const SIGN_IN_IP: Limit = Limit {
    kind: "sign-in-ip",
    max: 30,
    window: 900,
};
/// Mails to one address (verification, reset): 5 per hour.
pub const MAIL_EMAIL: Limit = Limit {
    kind: "mail-email",
    max: 5,
    window: 3600,
};
/// Sign-ups and reset requests from one IP address: 20 per hour.
pub const MAIL_IP: Limit = Limit {
    kind: "mail-ip",
    max: 20,
    window: 3600,
};
/// Wrong partner or activation codes from one account or IP address: 10 per hour.
pub const CODE: Limit = Limit {
    kind: "code",
    max: 10,
    window: 3600,
};
/// Wrong second-factor codes for one account: 5 per 15 minutes (a 6-digit code must not be
/// guessable by trying).
pub const SECOND_FACTOR: Limit = Limit {
    kind: "second-factor",
    max: 5,
    window: 900,
};

/// Whether `value` has used up `limit`.
pub async fn exceeded(db: &Db, limit: Limit, value: &str, now: i64) -> Result<bool, sqlx::Error> {
    let subject = hash_subject(limit.kind, value);
    let (count,): (i64,) = on_db!(db, |pool| sqlx::query_as(
        "select count(*) from auth_attempts where kind = $1 and subject = $2 and at > $3"
    )
    .bind(limit.kind)
    .bind(&subject)
    .bind(now - limit.window)
    .fetch_one(pool)
    .await)?;
    Ok(count >= limit.max)
}

/// Counts one event against `limit` for `value`.
pub async fn record(db: &Db, limit: Limit, value: &str, now: i64) -> Result<(), sqlx::Error> {
    let subject = hash_subject(limit.kind, value);
    on_db!(db, |pool| sqlx::query(
        "insert into auth_attempts (kind, subject, at) values ($1, $2, $3)"
    )
    .bind(limit.kind)
    .bind(&subject)
    .bind(now)
    .execute(pool)
    .await
    .map(|_| ()))
}

/// Forgets the failures of an address after a successful sign-in.
pub async fn clear(db: &Db, limit: Limit, value: &str) -> Result<(), sqlx::Error> {
    let subject = hash_subject(limit.kind, value);
    on_db!(db, |pool| sqlx::query(
        "delete from auth_attempts where kind = $1 and subject = $2"
    )
    .bind(limit.kind)
    .bind(&subject)
    .execute(pool)
    .await
    .map(|_| ()))
}
