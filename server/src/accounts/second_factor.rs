//! The second factor consultants and admins must use: TOTP (RFC 6238, the codes of any
//! authenticator app) and one-time recovery codes for a lost phone.

use data_encoding::BASE32_NOPAD;
use hmac::{Hmac, Mac};
use rand::{rngs::OsRng, RngCore};
use sha1::Sha1;

use super::{
    log_act, rate_limit,
    secrets::{hash_secret, normalize_code},
    Failure, Refusal, User,
};
use crate::{clock::now, db::Db, on_db, on_tx};

/// RFC 6238 defaults, the only ones every authenticator app supports.
const STEP_SECONDS: i64 = 30;
const DIGITS: u32 = 6;
/// Codes from one step before or after count too: phone clocks drift.
const DRIFT_STEPS: i64 = 1;
pub const RECOVERY_CODES: usize = 10;

/// A new 160-bit secret (the size RFC 4226 recommends), base32 as apps expect it.
pub fn new_secret() -> String {
    let mut bytes = [0u8; 20];
    OsRng.fill_bytes(&mut bytes);
    BASE32_NOPAD.encode(&bytes)
}

/// The HOTP value (RFC 4226) of `key` at `counter`, with `digits` digits.
fn hotp(key: &[u8], counter: u64, digits: u32) -> u32 {
    let mut mac = Hmac::<Sha1>::new_from_slice(key).expect("HMAC takes any key length");
    mac.update(&counter.to_be_bytes());
    let hash = mac.finalize().into_bytes();
    let offset = usize::from(hash[19] & 0x0f);
    let value = u32::from_be_bytes([
        hash[offset] & 0x7f,
        hash[offset + 1],
        hash[offset + 2],
        hash[offset + 3],
    ]);
    value % 10u32.pow(digits)
}

/// The time step a Unix time falls in.
pub fn step_at(unix: i64) -> i64 {
    unix.div_euclid(STEP_SECONDS)
}

/// Which step within the drift window `typed` is the code of, if any. Pure: the caller
/// checks that the step was not used before.
pub fn matching_step(secret_base32: &str, typed: &str, now: i64) -> Option<i64> {
    let key = BASE32_NOPAD.decode(secret_base32.as_bytes()).ok()?;
    let digits: String = typed.chars().filter(|c| !c.is_whitespace()).collect();
    if digits.len() != DIGITS as usize || !digits.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let typed: u32 = digits.parse().ok()?;
    let current = step_at(now);
    (current - DRIFT_STEPS..=current + DRIFT_STEPS)
        .find(|step| u64::try_from(*step).is_ok_and(|s| hotp(&key, s, DIGITS) == typed))
}

/// What an authenticator app reads from the QR code (Key Uri Format).
pub fn otpauth_uri(secret_base32: &str, account: &str) -> String {
    // byte_serialize writes a space as `+`; the format wants `%20` (a real `+` becomes `%2B`).
    let label = form_urlencoded::byte_serialize(format!("Wegwijs:{account}").as_bytes())
        .collect::<String>()
        .replace('+', "%20");
    format!("otpauth://totp/{label}?secret={secret_base32}&issuer=Wegwijs&algorithm=SHA1&digits=6&period=30")
}

/// Ten recovery codes of 80 bits each (`XXXX-XXXX-XXXX-XXXX`), shown once.
fn new_recovery_codes() -> Vec<String> {
    (0..RECOVERY_CODES)
        .map(|_| {
            let code = super::secrets::new_code();
            code.split('-').take(4).collect::<Vec<_>>().join("-")
        })
        .collect()
}

/// Whether this person has set up their authenticator.
pub async fn is_enrolled(db: &Db, user_id: i64) -> Result<bool, sqlx::Error> {
    let row: Option<(Option<String>,)> =
        on_db!(db, |pool| sqlx::query_as("select totp_secret from users where id = $1")
            .bind(user_id)
            .fetch_optional(pool)
            .await)?;
    Ok(row.and_then(|(s,)| s).is_some())
}

/// Confirms a new authenticator with its first code, stores the secret and returns fresh
/// recovery codes (replacing any earlier ones).
pub async fn enroll(db: &Db, user: &User, secret: &str, typed: &str) -> Result<Vec<String>, Failure> {
    let now = now();
    guard(db, user.id, now).await?;
    let Some(step) = matching_step(secret, typed, now) else {
        rate_limit::record(db, rate_limit::SECOND_FACTOR, &user.id.to_string(), now).await?;
        return Err(Refusal::new("code", "staff-error-code-wrong").into());
    };
    let codes = new_recovery_codes();
    let mut tx = db.begin_write().await?;
    on_tx!(&mut tx, |conn| sqlx::query(
        "update users set totp_secret = $1, totp_last_step = $2 where id = $3"
    )
    .bind(secret)
    .bind(step)
    .bind(user.id)
    .execute(conn)
    .await
    .map(|r| r.rows_affected()))?;
    on_tx!(&mut tx, |conn| sqlx::query(
        "delete from recovery_codes where user_id = $1"
    )
    .bind(user.id)
    .execute(conn)
    .await
    .map(|r| r.rows_affected()))?;
    for code in &codes {
        on_tx!(&mut tx, |conn| sqlx::query(
            "insert into recovery_codes (hash, user_id) values ($1, $2)"
        )
        .bind(hash_secret(&normalize_code(code)))
        .bind(user.id)
        .execute(conn)
        .await
        .map(|r| r.rows_affected()))?;
    }
    log_act(&mut tx, user.id, user.id, "second-factor-set", now).await?;
    tx.commit().await?;
    Ok(codes)
}

async fn guard(db: &Db, user_id: i64, now: i64) -> Result<(), Failure> {
    if rate_limit::exceeded(db, rate_limit::SECOND_FACTOR, &user_id.to_string(), now).await? {
        tracing::warn!(user_id, "second factor refused: rate limit");
        return Err(Refusal::new("code", "account-error-rate-limited").into());
    }
    Ok(())
}

/// Checks a code from the app (each time step works once) or an unused recovery code.
pub async fn verify(db: &Db, user: &User, typed: &str) -> Result<(), Failure> {
    let now = now();
    guard(db, user.id, now).await?;
    let row: Option<(Option<String>, Option<i64>)> = on_db!(db, |pool| sqlx::query_as(
        "select totp_secret, totp_last_step from users where id = $1"
    )
    .bind(user.id)
    .fetch_optional(pool)
    .await)?;
    let (Some(secret), last_step) = row.unwrap_or((None, None)) else {
        return Err(Refusal::new("code", "staff-error-code-wrong").into());
    };
    let mut tx = db.begin_write().await?;
    let accepted = match matching_step(&secret, typed, now) {
        // The update only succeeds for a step later than the last one used: no replay, even
        // by two requests at once.
        Some(step) if last_step.is_none_or(|last| step > last) => {
            on_tx!(&mut tx, |conn| {
                sqlx::query(
                "update users set totp_last_step = $1 where id = $2 and (totp_last_step is null or totp_last_step < $1)"
            )
            .bind(step)
            .bind(user.id)
            .execute(conn)
            .await
            .map(|r| r.rows_affected())
            })? == 1
        }
        Some(_) => false,
        None => {
            on_tx!(&mut tx, |conn| sqlx::query(
                "update recovery_codes set used_at = $1 where hash = $2 and user_id = $3 and used_at is null"
            )
            .bind(now)
            .bind(hash_secret(&normalize_code(typed)))
            .bind(user.id)
            .execute(conn)
            .await
            .map(|r| r.rows_affected()))?
                == 1
        }
    };
    if !accepted {
        drop(tx);
        rate_limit::record(db, rate_limit::SECOND_FACTOR, &user.id.to_string(), now).await?;
        return Err(Refusal::new("code", "staff-error-code-wrong").into());
    }
    tx.commit().await?;
    rate_limit::clear(db, rate_limit::SECOND_FACTOR, &user.id.to_string()).await?;
    Ok(())
}

/// How many recovery codes are left.
pub async fn recovery_codes_left(db: &Db, user_id: i64) -> Result<i64, sqlx::Error> {
    let (n,): (i64,) = on_db!(db, |pool| sqlx::query_as(
        "select count(*) from recovery_codes where user_id = $1 and used_at is null"
    )
    .bind(user_id)
    .fetch_one(pool)
    .await)?;
    Ok(n)
}

/// The current code for a secret: for tests and the demo data, never served.
pub fn code_at(secret_base32: &str, unix: i64) -> Option<String> {
    let key = BASE32_NOPAD.decode(secret_base32.as_bytes()).ok()?;
    let step = u64::try_from(step_at(unix)).ok()?;
    Some(format!("{:06}", hotp(&key, step, DIGITS)))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 6238 appendix B, SHA-1 column (the key is the ASCII of "12345678901234567890").
    #[test]
    fn codes_match_the_rfc_6238_test_vectors() {
        let key = b"12345678901234567890";
        let cases: [(i64, u32); 6] = [
            (59, 94_287_082),
            (1_111_111_109, 7_081_804),
            (1_111_111_111, 14_050_471),
            (1_234_567_890, 89_005_924),
            (2_000_000_000, 69_279_037),
            (20_000_000_000, 65_353_130),
        ];
        for (time, expected) in cases {
            let step = u64::try_from(step_at(time)).unwrap();
            assert_eq!(hotp(key, step, 8), expected, "time {time}");
        }
    }

    #[test]
    fn a_code_matches_within_one_step_of_drift_and_not_beyond() {
        let secret = BASE32_NOPAD.encode(b"12345678901234567890");
        let now = 1_111_111_111;
        let code = code_at(&secret, now).unwrap();
        assert_eq!(matching_step(&secret, &code, now), Some(step_at(now)));
        assert_eq!(matching_step(&secret, &code, now + 30), Some(step_at(now)));
        assert_eq!(matching_step(&secret, &code, now - 30), Some(step_at(now)));
        assert_eq!(matching_step(&secret, &code, now + 90), None);
        assert_eq!(matching_step(&secret, "12345", now), None);
        assert_eq!(matching_step(&secret, "abcdef", now), None);
        let spaced = format!("{} {}", &code[..3], &code[3..]);
        assert_eq!(matching_step(&secret, &spaced, now), Some(step_at(now)));
    }

    #[test]
    fn the_uri_names_the_issuer_and_escapes_the_account() {
        let uri = otpauth_uri("ABC", "a b@x.nl");
        assert_eq!(
            uri,
            "otpauth://totp/Wegwijs%3Aa%20b%40x.nl?secret=ABC&issuer=Wegwijs&algorithm=SHA1&digits=6&period=30"
        );
    }

    #[test]
    fn recovery_codes_are_ten_distinct_codes_of_16_characters() {
        let codes = new_recovery_codes();
        assert_eq!(codes.len(), RECOVERY_CODES);
        assert!(codes.iter().all(|c| normalize_code(c).len() == 16));
        let mut unique = codes.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), RECOVERY_CODES);
    }
}
