//! Sign-up, e-mail verification, sign-in, password reset and signed-in devices.

use app::accounts::{credentials::check_new_password, EmailAddress, Role};
use app::ui::i18n::message_in;

use super::{
    find_user, log_act, rate_limit,
    secrets::{self, hash_secret, new_token},
    Failure, Refusal, ServerError, User,
};
use crate::{clock::now, db::Db, mail, on_db, on_tx, startup::AppState};

/// A verification link works for a day; a reset link for 30 minutes.
pub const VERIFY_TTL: i64 = 24 * 3600;
pub const RESET_TTL: i64 = 30 * 60;
/// A signed-in session ends 12 hours after sign-in, however active (idle: 30 minutes).
pub const ABSOLUTE_TTL: i64 = 12 * 3600;

/// What the sign-up form sends.
#[derive(Clone, Debug)]
pub struct SignUp {
    pub display_name: String,
    pub email: String,
    pub password: String,
    pub password_repeat: String,
    pub role: String,
    pub locale: String,
}

fn check_password(password: &str, repeated: &str, email: Option<&EmailAddress>) -> Result<(), Refusal> {
    check_new_password(password, repeated, email, secrets::is_common_password).map_err(|p| {
        Refusal::new(
            if p == app::accounts::PasswordProblem::Mismatch {
                "password_repeat"
            } else {
                "password"
            },
            p.message_id(),
        )
    })
}

/// Creates an unverified account and mails the link. Answers the same whether or not the
/// address already has an account: that owner gets a mail instead.
pub async fn sign_up(state: &AppState, form: SignUp, ip: &str) -> Result<(), Failure> {
    let now = now();
    let mut refusals = Vec::new();
    let name = form.display_name.trim();
    if name.is_empty() || name.chars().count() > 80 {
        refusals.push(Refusal::new("display_name", "account-error-name-missing"));
    }
    let role = match form.role.as_str() {
        "migrant" => Some(Role::Migrant),
        "referent" => Some(Role::Referent),
        _ => {
            refusals.push(Refusal::new("role", "account-error-role-missing"));
            None
        }
    };
    let email = EmailAddress::parse(&form.email)
        .map_err(|p| refusals.push(Refusal::new("email", p.message_id())))
        .ok();
    if let Err(r) = check_password(&form.password, &form.password_repeat, email.as_ref()) {
        refusals.push(r);
    }
    let (Some(email), Some(role), true) = (email, role, refusals.is_empty()) else {
        return Err(Failure::Refused(refusals));
    };
    if rate_limit::exceeded(&state.db, rate_limit::MAIL_IP, ip, now).await?
        || rate_limit::exceeded(&state.db, rate_limit::MAIL_EMAIL, email.as_str(), now).await?
    {
        return Err(Refusal::new("", "account-error-rate-limited").into());
    }
    rate_limit::record(&state.db, rate_limit::MAIL_IP, ip, now).await?;
    rate_limit::record(&state.db, rate_limit::MAIL_EMAIL, email.as_str(), now).await?;

    // Hash before looking the address up, so both answers take as long.
    let hash = secrets::hash_password(form.password).await?;
    let mut tx = state.db.begin_write().await?;
    let existing: Option<(i64, String)> = on_tx!(&mut tx, |conn| sqlx::query_as(
        "select id, locale from users where email = $1"
    )
    .bind(email.as_str())
    .fetch_optional(conn)
    .await)?;
    let locale = app::locale::find(&form.locale).unwrap_or("nl");
    if let Some((_, their_locale)) = existing {
        let text = |id: &str| {
            message_in(
                &their_locale,
                id,
                &[("link", format!("{}/account/forgot", state.settings.public_url))],
            )
        };
        mail::enqueue(
            &mut tx,
            email.as_str(),
            &text("email-exists-subject"),
            &text("email-exists-body"),
            now,
        )
        .await?;
    } else {
        let (id,): (i64,) = on_tx!(&mut tx, |conn| sqlx::query_as(
            "insert into users (email, password_hash, role, display_name, locale, created_at) \
             values ($1, $2, $3, $4, $5, $6) returning id"
        )
        .bind(email.as_str())
        .bind(&hash)
        .bind(role.as_str())
        .bind(name)
        .bind(locale)
        .bind(now)
        .fetch_one(conn)
        .await)?;
        queue_verification(state, &mut tx, id, email.as_str(), locale, now).await?;
    }
    tx.commit().await?;
    state.mailer.queued.notify_one();
    Ok(())
}

async fn queue_verification(
    state: &AppState,
    tx: &mut crate::db::Tx,
    user_id: i64,
    email: &str,
    locale: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    let token = new_token();
    insert_token(tx, &token, "verify", user_id, now + VERIFY_TTL, now).await?;
    let link = format!("{}/account/verify?token={token}", state.settings.public_url);
    let text = |id: &str| message_in(locale, id, &[("link", link.clone())]);
    mail::enqueue(
        tx,
        email,
        &text("email-verify-subject"),
        &text("email-verify-body"),
        now,
    )
    .await
}

pub async fn insert_token(
    tx: &mut crate::db::Tx,
    token: &str,
    purpose: &str,
    user_id: i64,
    expires_at: i64,
    now: i64,
) -> Result<(), sqlx::Error> {
    on_tx!(tx, |conn| sqlx::query(
        "insert into tokens (hash, purpose, user_id, created_at, expires_at) values ($1, $2, $3, $4, $5)"
    )
    .bind(hash_secret(token))
    .bind(purpose)
    .bind(user_id)
    .bind(now)
    .bind(expires_at)
    .execute(conn)
    .await
    .map(|_| ()))
}

/// Uses a one-time token: returns its user when it exists, has this purpose, is unused and
/// has not expired, and marks it used in the same transaction.
pub async fn consume_token(
    tx: &mut crate::db::Tx,
    token: &str,
    purpose: &str,
    now: i64,
) -> Result<Option<i64>, sqlx::Error> {
    let row: Option<(i64,)> = on_tx!(tx, |conn| sqlx::query_as(
        "update tokens set used_at = $1 where hash = $2 and purpose = $3 and used_at is null and expires_at > $1 \
         returning user_id"
    )
    .bind(now)
    .bind(hash_secret(token))
    .bind(purpose)
    .fetch_optional(conn)
    .await)?;
    Ok(row.map(|(id,)| id))
}

/// Whether a token could still be used (for showing the form before the POST uses it).
pub async fn token_is_valid(db: &Db, token: &str, purpose: &str) -> Result<bool, sqlx::Error> {
    let row: Option<(i64,)> = on_db!(db, |pool| sqlx::query_as(
        "select user_id from tokens where hash = $1 and purpose = $2 and used_at is null and expires_at > $3"
    )
    .bind(hash_secret(token))
    .bind(purpose)
    .bind(now())
    .fetch_optional(pool)
    .await)?;
    Ok(row.is_some())
}

/// Confirms the e-mail address behind a verification link.
pub async fn verify_email(db: &Db, token: &str) -> Result<(), Failure> {
    let now = now();
    let mut tx = db.begin_write().await?;
    let Some(user_id) = consume_token(&mut tx, token, "verify", now).await? else {
        return Err(Refusal::new("", "account-error-link-invalid").into());
    };
    on_tx!(&mut tx, |conn| sqlx::query(
        "update users set email_verified_at = $1 where id = $2 and email_verified_at is null"
    )
    .bind(now)
    .bind(user_id)
    .execute(conn)
    .await
    .map(|r| r.rows_affected()))?;
    tx.commit().await?;
    Ok(())
}

/// A new signed-in device: the secret for the session, and who signed in.
#[derive(Clone, Debug)]
pub struct NewLogin {
    pub key: String,
    pub user: User,
    pub signed_in_at: i64,
}

/// How the sign-in form names an account: an e-mail address, or the sign-in name printed on
/// the activation letter of an account without e-mail.
fn account_lookup(typed: &str) -> Result<(&'static str, String), Refusal> {
    if typed.contains('@') {
        let email = EmailAddress::parse(typed).map_err(|p| Refusal::new("email", p.message_id()))?;
        Ok(("email", email.as_str().to_owned()))
    } else {
        match secrets::normalize_code(typed) {
            name if name.is_empty() => Err(Refusal::new("email", "account-error-email-missing")),
            name => Ok(("username", name)),
        }
    }
}

/// Checks the password. Wrong account and wrong password get the same answer; an
/// unverified address is only mentioned after the right password. Consultants and admins
/// still need their second factor before [`open_login`].
pub async fn authenticate(state: &AppState, typed: &str, password: String, ip: &str) -> Result<User, Failure> {
    let now = now();
    let (column, subject) = account_lookup(typed)?;
    if rate_limit::exceeded(&state.db, rate_limit::SIGN_IN_EMAIL, &subject, now).await?
        || rate_limit::exceeded(&state.db, rate_limit::SIGN_IN_IP, ip, now).await?
    {
        tracing::warn!("sign-in refused: rate limit");
        return Err(Refusal::new("", "account-error-rate-limited").into());
    }
    let sql = format!("select id, password_hash from users where {column} = $1");
    let row: Option<(i64, Option<String>)> = on_db!(&state.db, |pool| sqlx::query_as(&sql)
        .bind(&subject)
        .fetch_optional(pool)
        .await)?;
    let (user_id, hash) = row.map_or((None, None), |(id, hash)| (Some(id), hash));
    let valid = secrets::verify_password(password, hash).await?;
    let user = match (valid, user_id) {
        (true, Some(id)) => find_user(&state.db, id).await?,
        _ => None,
    };
    let Some(user) = user else {
        rate_limit::record(&state.db, rate_limit::SIGN_IN_EMAIL, &subject, now).await?;
        rate_limit::record(&state.db, rate_limit::SIGN_IN_IP, ip, now).await?;
        tracing::info!("sign-in failed");
        return Err(Refusal::new("", "account-error-sign-in-failed").into());
    };
    if !user.email_verified {
        return Err(Refusal::new("", "account-error-not-verified").into());
    }
    rate_limit::clear(&state.db, rate_limit::SIGN_IN_EMAIL, &subject).await?;
    Ok(user)
}

/// Opens a login for a person who proved who they are.
pub async fn open_login(db: &Db, user: User, device: &str) -> Result<NewLogin, ServerError> {
    let now = now();
    let key = new_token();
    let mut tx = db.begin_write().await?;
    on_tx!(&mut tx, |conn| sqlx::query(
        "insert into logins (hash, user_id, device, created_at, last_seen_at) values ($1, $2, $3, $4, $4)"
    )
    .bind(hash_secret(&key))
    .bind(user.id)
    .bind(device)
    .bind(now)
    .execute(conn)
    .await
    .map(|r| r.rows_affected()))?;
    log_act(&mut tx, user.id, user.id, "signed-in", now).await?;
    tx.commit().await?;
    tracing::info!(user_id = user.id, "signed in");
    Ok(NewLogin {
        key,
        user,
        signed_in_at: now,
    })
}

/// Sends a reset link if the address has an account. Always answers the same.
pub async fn request_reset(state: &AppState, email: &str, ip: &str) -> Result<(), Failure> {
    let now = now();
    let email = EmailAddress::parse(email).map_err(|p| Refusal::new("email", p.message_id()))?;
    if rate_limit::exceeded(&state.db, rate_limit::MAIL_IP, ip, now).await?
        || rate_limit::exceeded(&state.db, rate_limit::MAIL_EMAIL, email.as_str(), now).await?
    {
        return Err(Refusal::new("", "account-error-rate-limited").into());
    }
    rate_limit::record(&state.db, rate_limit::MAIL_IP, ip, now).await?;
    rate_limit::record(&state.db, rate_limit::MAIL_EMAIL, email.as_str(), now).await?;
    let row: Option<(i64, String)> = on_db!(&state.db, |pool| sqlx::query_as(
        "select id, locale from users where email = $1"
    )
    .bind(email.as_str())
    .fetch_optional(pool)
    .await)?;
    let Some((user_id, locale)) = row else {
        return Ok(());
    };
    let token = new_token();
    let mut tx = state.db.begin_write().await?;
    insert_token(&mut tx, &token, "reset", user_id, now + RESET_TTL, now).await?;
    let link = format!("{}/account/reset?token={token}", state.settings.public_url);
    let text = |id: &str| message_in(&locale, id, &[("link", link.clone())]);
    mail::enqueue(
        &mut tx,
        email.as_str(),
        &text("email-reset-subject"),
        &text("email-reset-body"),
        now,
    )
    .await?;
    tx.commit().await?;
    state.mailer.queued.notify_one();
    Ok(())
}

/// Sets a new password with a reset (or activation) token. Ends every signed-in device:
/// whoever knew the old password is out.
pub async fn reset_password(
    db: &Db,
    token: &str,
    purpose: &str,
    password: String,
    repeated: &str,
) -> Result<(), Failure> {
    let now = now();
    if !token_is_valid(db, token, purpose).await? {
        return Err(Refusal::new("", "account-error-link-invalid").into());
    }
    let user_id: Option<(Option<String>,)> = on_db!(db, |pool| sqlx::query_as(
        "select u.email from tokens t join users u on u.id = t.user_id where t.hash = $1"
    )
    .bind(hash_secret(token))
    .fetch_optional(pool)
    .await)?;
    let email = user_id.and_then(|(e,)| e).and_then(|e| EmailAddress::parse(&e).ok());
    check_password(&password, repeated, email.as_ref())?;
    let hash = secrets::hash_password(password).await?;
    let mut tx = db.begin_write().await?;
    let Some(user_id) = consume_token(&mut tx, token, purpose, now).await? else {
        return Err(Refusal::new("", "account-error-link-invalid").into());
    };
    on_tx!(&mut tx, |conn| sqlx::query(
        "update users set password_hash = $1, email_verified_at = coalesce(email_verified_at, $2) where id = $3"
    )
    .bind(&hash)
    .bind(now)
    .bind(user_id)
    .execute(conn)
    .await
    .map(|r| r.rows_affected()))?;
    on_tx!(&mut tx, |conn| sqlx::query("delete from logins where user_id = $1")
        .bind(user_id)
        .execute(conn)
        .await
        .map(|r| r.rows_affected()))?;
    log_act(&mut tx, user_id, user_id, "password-changed", now).await?;
    tx.commit().await?;
    Ok(())
}

/// The user behind a session's login key, if that login still exists and is within the
/// absolute lifetime. Touches `last_seen_at` at most once a minute.
pub async fn check_login(db: &Db, key: &str) -> Result<Option<User>, ServerError> {
    let now = now();
    let hash = hash_secret(key);
    let row: Option<(i64, i64, i64)> = on_db!(db, |pool| sqlx::query_as(
        "select user_id, created_at, last_seen_at from logins where hash = $1"
    )
    .bind(&hash)
    .fetch_optional(pool)
    .await)?;
    let Some((user_id, created_at, last_seen)) = row else {
        return Ok(None);
    };
    if now - created_at > ABSOLUTE_TTL {
        end_login(db, key).await?;
        return Ok(None);
    }
    if now - last_seen >= 60 {
        on_db!(db, |pool| sqlx::query(
            "update logins set last_seen_at = $1 where hash = $2"
        )
        .bind(now)
        .bind(&hash)
        .execute(pool)
        .await
        .map(|r| r.rows_affected()))?;
    }
    Ok(find_user(db, user_id).await?)
}

/// Ends one login (sign out on this device).
pub async fn end_login(db: &Db, key: &str) -> Result<(), sqlx::Error> {
    on_db!(db, |pool| sqlx::query("delete from logins where hash = $1")
        .bind(hash_secret(key))
        .execute(pool)
        .await
        .map(|_| ()))
}

/// Ends every login of a user ("sign out everywhere").
pub async fn end_all_logins(db: &Db, user_id: i64) -> Result<(), sqlx::Error> {
    on_db!(db, |pool| sqlx::query("delete from logins where user_id = $1")
        .bind(user_id)
        .execute(pool)
        .await
        .map(|_| ()))
}

/// Signed-in devices of a user: (hash, device, created_at, last_seen_at).
pub async fn logins_of(db: &Db, user_id: i64) -> Result<Vec<(String, String, i64, i64)>, sqlx::Error> {
    on_db!(db, |pool| sqlx::query_as(
        "select hash, device, created_at, last_seen_at from logins where user_id = $1 order by last_seen_at desc"
    )
    .bind(user_id)
    .fetch_all(pool)
    .await)
}
