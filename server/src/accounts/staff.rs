//! Accounts made by someone else: the first admin (server command), consultants (invited by an
//! admin) and migrants without e-mail (made by a consultant, activated with a printed code).
//! Also the migrant's consent to share with their municipality, and what a consultant may see.

use app::accounts::{municipalities, EmailAddress, Role};
use app::ui::i18n::message_in;

use super::{
    auth::{insert_token, reset_password},
    find_user, log_act, rate_limit,
    secrets::{new_code, normalize_code},
    Failure, Refusal, ServerError, User,
};
use crate::{clock::now, db::Db, mail, on_db, on_tx, startup::AppState};

/// How long an activation works: the first admin a day, a consultant's mail a week, a
/// printed letter 30 days (it goes by post or is handed over at an appointment).
pub const ADMIN_ACTIVATION_TTL: i64 = 24 * 3600;
pub const CONSULTANT_ACTIVATION_TTL: i64 = 7 * 24 * 3600;
pub const LETTER_TTL: i64 = 30 * 24 * 3600;

/// The page address that activates `code` (in mail, on the letter and in its QR code).
pub fn activation_url(public_url: &str, code: &str) -> String {
    format!("{public_url}/account/activate?code={code}")
}

/// Issues a new activation code for a user, ending any earlier one.
async fn issue_activation(tx: &mut crate::db::Tx, user_id: i64, ttl: i64, now: i64) -> Result<String, sqlx::Error> {
    on_tx!(tx, |conn| sqlx::query(
        "delete from tokens where user_id = $1 and purpose = 'activate' and used_at is null"
    )
    .bind(user_id)
    .execute(conn)
    .await
    .map(|r| r.rows_affected()))?;
    let code = new_code();
    insert_token(tx, &normalize_code(&code), "activate", user_id, now + ttl, now).await?;
    Ok(code)
}

/// `wegwijs create-admin`: the first admin, who sets a password and a second factor through
/// the returned link. Refuses an address that already has an account.
pub async fn create_admin(db: &Db, public_url: &str, email: &str, name: &str) -> anyhow::Result<String> {
    let email = EmailAddress::parse(email).map_err(|p| anyhow::anyhow!("not a usable e-mail address ({p:?})"))?;
    let name = name.trim();
    anyhow::ensure!(!name.is_empty(), "give a name");
    let now = now();
    let mut tx = db.begin_write().await?;
    let (id,): (i64,) = on_tx!(&mut tx, |conn| sqlx::query_as(
        "insert into users (email, role, display_name, locale, created_at) values ($1, 'admin', $2, 'nl', $3) \
         on conflict (email) do nothing returning id"
    )
    .bind(email.as_str())
    .bind(name)
    .bind(now)
    .fetch_optional(conn)
    .await)?
    .ok_or_else(|| anyhow::anyhow!("{} already has an account", email.as_str()))?;
    let code = issue_activation(&mut tx, id, ADMIN_ACTIVATION_TTL, now).await?;
    tx.commit().await?;
    Ok(activation_url(public_url, &code))
}

/// What the admin typed to invite a consultant.
#[derive(Clone, Debug)]
pub struct ConsultantInvite {
    pub display_name: String,
    pub email: String,
    pub municipality: String,
    pub locale: String,
}

fn check_name(name: &str, refusals: &mut Vec<Refusal>) {
    if name.is_empty() || name.chars().count() > 80 {
        refusals.push(Refusal::new("display_name", "account-error-name-missing"));
    }
}

/// An admin invites a consultant of one municipality; the consultant gets an activation mail.
pub async fn invite_consultant(state: &AppState, admin: &User, form: ConsultantInvite) -> Result<(), Failure> {
    if admin.role != Role::Admin {
        return Err(Refusal::new("", "account-error-forbidden").into());
    }
    let now = now();
    let mut refusals = Vec::new();
    let name = form.display_name.trim();
    check_name(name, &mut refusals);
    let email = EmailAddress::parse(&form.email)
        .map_err(|p| refusals.push(Refusal::new("email", p.message_id())))
        .ok();
    if municipalities::name(&form.municipality).is_none() {
        refusals.push(Refusal::new("municipality", "staff-error-municipality-missing"));
    }
    let (Some(email), true) = (email, refusals.is_empty()) else {
        return Err(Failure::Refused(refusals));
    };
    let locale = app::locale::find(&form.locale).unwrap_or("nl");
    let mut tx = state.db.begin_write().await?;
    let created: Option<(i64,)> = on_tx!(&mut tx, |conn| sqlx::query_as(
        "insert into users (email, role, display_name, locale, municipality, created_by, created_at) \
         values ($1, 'consultant', $2, $3, $4, $5, $6) on conflict (email) do nothing returning id"
    )
    .bind(email.as_str())
    .bind(name)
    .bind(locale)
    .bind(&form.municipality)
    .bind(admin.id)
    .bind(now)
    .fetch_optional(conn)
    .await)?;
    let Some((id,)) = created else {
        return Err(Refusal::new("email", "staff-error-email-taken").into());
    };
    let code = issue_activation(&mut tx, id, CONSULTANT_ACTIVATION_TTL, now).await?;
    let text = |key: &str| {
        message_in(
            locale,
            key,
            &[
                ("link", activation_url(&state.settings.public_url, &code)),
                ("name", name.to_owned()),
            ],
        )
    };
    mail::enqueue(
        &mut tx,
        email.as_str(),
        &text("email-consultant-subject"),
        &text("email-consultant-body"),
        now,
    )
    .await?;
    tx.commit().await?;
    state.mailer.queued.notify_one();
    Ok(())
}

/// Consultants, for the admin page: (name, email, municipality, activated, has a second factor).
pub async fn consultants(db: &Db) -> Result<Vec<(String, String, String, bool, bool)>, sqlx::Error> {
    on_db!(db, |pool| sqlx::query_as(
        "select display_name, coalesce(email, ''), coalesce(municipality, ''), password_hash is not null, \
         totp_secret is not null from users where role = 'consultant' order by display_name"
    )
    .fetch_all(pool)
    .await)
}

/// What a consultant needs to print a letter.
#[derive(Clone, Debug)]
pub struct Letter {
    pub name: String,
    pub locale: String,
    pub username: String,
    pub code: String,
    pub expires_at: i64,
}

/// The sign-in name of an account without e-mail: 8 characters of the code alphabet, shown
/// as `K7QM-3XDP`. Not a secret; unique (the insert retries on a clash).
fn new_username() -> String {
    new_code().chars().filter(|c| *c != '-').take(8).collect()
}

pub fn grouped(username: &str) -> String {
    format!(
        "{}-{}",
        &username[..4.min(username.len())],
        &username[4.min(username.len())..]
    )
}

fn consultant_municipality(consultant: &User) -> Result<&str, Failure> {
    match (consultant.role, consultant.municipality.as_deref()) {
        (Role::Consultant, Some(code)) => Ok(code),
        _ => Err(Refusal::new("", "account-error-forbidden").into()),
    }
}

/// A consultant makes an account for a migrant without e-mail, in their municipality.
pub async fn create_without_email(db: &Db, consultant: &User, name: &str, locale: &str) -> Result<Letter, Failure> {
    let municipality = consultant_municipality(consultant)?;
    let name = name.trim();
    let mut refusals = Vec::new();
    check_name(name, &mut refusals);
    if !refusals.is_empty() {
        return Err(Failure::Refused(refusals));
    }
    let locale = app::locale::find(locale).unwrap_or("nl");
    let now = now();
    let mut tx = db.begin_write().await?;
    let mut made = None;
    for _ in 0..5 {
        let username = new_username();
        let row: Option<(i64,)> = on_tx!(&mut tx, |conn| sqlx::query_as(
            "insert into users (username, role, display_name, locale, municipality, created_by, created_at) \
             values ($1, 'migrant', $2, $3, $4, $5, $6) on conflict (username) do nothing returning id"
        )
        .bind(&username)
        .bind(name)
        .bind(locale)
        .bind(municipality)
        .bind(consultant.id)
        .bind(now)
        .fetch_optional(conn)
        .await)?;
        if let Some((id,)) = row {
            made = Some((id, username));
            break;
        }
    }
    let (id, username) = made.ok_or_else(|| ServerError::Db(sqlx::Error::RowNotFound))?;
    let code = issue_activation(&mut tx, id, LETTER_TTL, now).await?;
    log_act(&mut tx, id, consultant.id, "letter-made", now).await?;
    tx.commit().await?;
    tracing::info!(user_id = id, by = consultant.id, "account without e-mail made");
    Ok(Letter {
        name: name.to_owned(),
        locale: locale.to_owned(),
        username: grouped(&username),
        code,
        expires_at: now + LETTER_TTL,
    })
}

/// A new letter (the old code stops working) for an account of this consultant's
/// municipality that nobody has activated yet. Anything else is "not found".
pub async fn new_letter(db: &Db, consultant: &User, user_id: i64) -> Result<Letter, Failure> {
    let municipality = consultant_municipality(consultant)?;
    let row: Option<(String, String, String)> = on_db!(db, |pool| sqlx::query_as(
        "select display_name, locale, username from users where id = $1 and municipality = $2 \
         and username is not null and password_hash is null and created_by is not null"
    )
    .bind(user_id)
    .bind(municipality)
    .fetch_optional(pool)
    .await)?;
    let Some((name, locale, username)) = row else {
        return Err(Refusal::new("", "account-error-not-found").into());
    };
    let now = now();
    let mut tx = db.begin_write().await?;
    let code = issue_activation(&mut tx, user_id, LETTER_TTL, now).await?;
    log_act(&mut tx, user_id, consultant.id, "letter-made", now).await?;
    tx.commit().await?;
    Ok(Letter {
        name,
        locale,
        username: grouped(&username),
        code,
        expires_at: now + LETTER_TTL,
    })
}

/// Accounts without e-mail of this municipality that wait for activation: (id, name, made at).
pub async fn waiting(db: &Db, consultant: &User) -> Result<Vec<(i64, String, i64)>, Failure> {
    let municipality = consultant_municipality(consultant)?;
    Ok(on_db!(db, |pool| sqlx::query_as(
        "select id, display_name, created_at from users where municipality = $1 and username is not null \
         and password_hash is null and created_by is not null order by created_at desc"
    )
    .bind(municipality)
    .fetch_all(pool)
    .await)?)
}

/// Sets the first password with the code from the letter or the mail.
pub async fn activate(db: &Db, typed_code: &str, password: String, repeated: &str, ip: &str) -> Result<(), Failure> {
    let now = now();
    if rate_limit::exceeded(db, rate_limit::CODE, ip, now).await? {
        return Err(Refusal::new("code", "account-error-rate-limited").into());
    }
    let code = normalize_code(typed_code);
    match reset_password(db, &code, "activate", password, repeated).await {
        Err(Failure::Refused(r)) if r.iter().any(|r| r.message == "account-error-link-invalid") => {
            rate_limit::record(db, rate_limit::CODE, ip, now).await?;
            Err(Refusal::new("code", "staff-error-activation-invalid").into())
        }
        other => other,
    }
}

/// The migrant shares their check and plan with the consultants of this municipality.
pub async fn share_with_municipality(db: &Db, migrant: &User, code: &str) -> Result<(), Failure> {
    if migrant.role != Role::Migrant {
        return Err(Refusal::new("", "account-error-forbidden").into());
    }
    if municipalities::name(code).is_none() {
        return Err(Refusal::new("municipality", "staff-error-municipality-missing").into());
    }
    let now = now();
    let mut tx = db.begin_write().await?;
    on_tx!(&mut tx, |conn| sqlx::query(
        "update users set municipality = $1, shares_with_municipality_at = $2 where id = $3"
    )
    .bind(code)
    .bind(now)
    .bind(migrant.id)
    .execute(conn)
    .await
    .map(|r| r.rows_affected()))?;
    log_act(&mut tx, migrant.id, migrant.id, "shared-with-municipality", now).await?;
    tx.commit().await?;
    Ok(())
}

/// The migrant stops sharing: consultants see nothing from the next request on.
pub async fn stop_sharing(db: &Db, migrant: &User) -> Result<(), Failure> {
    let now = now();
    let mut tx = db.begin_write().await?;
    on_tx!(&mut tx, |conn| sqlx::query(
        "update users set shares_with_municipality_at = null where id = $1"
    )
    .bind(migrant.id)
    .execute(conn)
    .await
    .map(|r| r.rows_affected()))?;
    log_act(&mut tx, migrant.id, migrant.id, "stopped-sharing", now).await?;
    tx.commit().await?;
    Ok(())
}

/// Migrants who share with this consultant's municipality: (id, name, since).
pub async fn sharing_with(db: &Db, consultant: &User) -> Result<Vec<(i64, String, i64)>, Failure> {
    let municipality = consultant_municipality(consultant)?;
    Ok(on_db!(db, |pool| sqlx::query_as(
        "select id, display_name, shares_with_municipality_at from users where role = 'migrant' \
         and municipality = $1 and shares_with_municipality_at is not null order by display_name"
    )
    .bind(municipality)
    .fetch_all(pool)
    .await)?)
}

/// The migrant a consultant may look at: only with the migrant's consent, only in the
/// consultant's municipality. The look is logged for the migrant. Else "not allowed".
pub async fn shared_migrant(db: &Db, consultant: &User, migrant_id: i64) -> Result<Option<User>, ServerError> {
    let Ok(municipality) = consultant_municipality(consultant) else {
        return Ok(None);
    };
    let Some(migrant) = find_user(db, migrant_id).await? else {
        return Ok(None);
    };
    let allowed = migrant.role == Role::Migrant
        && migrant.shares_since.is_some()
        && migrant.municipality.as_deref() == Some(municipality);
    if !allowed {
        tracing::warn!(consultant = consultant.id, "municipality access refused");
        return Ok(None);
    }
    let mut tx = db.begin_write().await?;
    log_act(&mut tx, migrant.id, consultant.id, "viewed-by-municipality", now()).await?;
    tx.commit().await?;
    Ok(Some(migrant))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usernames_are_eight_unambiguous_characters_shown_in_two_groups() {
        let name = new_username();
        assert_eq!(name.len(), 8);
        assert_eq!(normalize_code(&name), name);
        let shown = grouped(&name);
        assert_eq!(shown.len(), 9);
        assert_eq!(normalize_code(&shown), name);
    }
}
