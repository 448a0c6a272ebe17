//! Partner (referent) access: invite by code, accept, revoke, act for, and the saved check a
//! partner may see.

use app::accounts::{access::Grant, EmailAddress, Role, Scope};
use app::ui::i18n::message_in;
use chrono::NaiveDate;

use super::{
    log_act, rate_limit,
    secrets::{hash_secret, new_code, normalize_code},
    Failure, Refusal, User,
};
use crate::{clock::now, db::Db, mail, on_db, on_tx, startup::AppState};

/// A partner has a week to accept an invitation.
pub const INVITE_TTL: i64 = 7 * 24 * 3600;

type GrantRow = (
    i64,
    i64,
    Option<i64>,
    bool,
    bool,
    bool,
    Option<i64>,
    Option<i64>,
    Option<i64>,
    Option<i64>,
);

const GRANT_COLUMNS: &str = "id, migrant_id, referent_id, can_view, can_book, can_receive_reminders, valid_until, \
                             invite_expires_at, accepted_at, revoked_at";

fn grant_from_row(r: GrantRow) -> Grant {
    Grant {
        id: r.0,
        migrant_id: r.1,
        referent_id: r.2,
        can_view: r.3,
        can_book: r.4,
        can_receive_reminders: r.5,
        valid_until: r.6,
        invite_expires_at: r.7,
        accepted_at: r.8,
        revoked_at: r.9,
    }
}

/// What the migrant chose on the invitation form.
#[derive(Clone, Debug)]
pub struct Invitation {
    pub scopes: Vec<Scope>,
    /// The last day the partner may act (inclusive), in the form's `YYYY-MM-DD`.
    pub until: String,
    /// The partner's e-mail address, to send them the code too; may be empty.
    pub partner_email: String,
}

/// Creates an invitation and returns the code to show the migrant once; when the migrant gave
/// the partner's address, the code goes there by mail too.
pub async fn invite(state: &AppState, migrant: &User, invitation: Invitation) -> Result<String, Failure> {
    let db = &state.db;
    let now = now();
    if migrant.role != Role::Migrant {
        return Err(Refusal::new("", "account-error-forbidden").into());
    }
    let mut refusals = Vec::new();
    if invitation.scopes.is_empty() {
        refusals.push(Refusal::new("scopes", "account-error-scopes-missing"));
    }
    let valid_until = match invitation.until.trim() {
        "" => None,
        raw => match NaiveDate::parse_from_str(raw, "%Y-%m-%d") {
            // The end of that day in the Netherlands, roughly: the grant stops at the next midnight UTC+1.
            Ok(day) => day
                .succ_opt()
                .and_then(|d| d.and_hms_opt(0, 0, 0))
                .map(|t| t.and_utc().timestamp() - 3600)
                .filter(|t| *t > now)
                .or_else(|| {
                    refusals.push(Refusal::new("until", "account-error-until-past"));
                    None
                }),
            Err(_) => {
                refusals.push(Refusal::new("until", "account-error-until-invalid"));
                None
            }
        },
    };
    let partner_email = match invitation.partner_email.trim() {
        "" => None,
        typed => EmailAddress::parse(typed)
            .map_err(|p| refusals.push(Refusal::new("partner_email", p.message_id())))
            .ok(),
    };
    if !refusals.is_empty() {
        return Err(Failure::Refused(refusals));
    }
    let code = new_code();
    let has = |s: Scope| invitation.scopes.contains(&s);
    let mut tx = db.begin_write().await?;
    on_tx!(&mut tx, |conn| sqlx::query(
        "insert into grants (migrant_id, invite_hash, invite_expires_at, can_view, can_book, can_receive_reminders, \
         valid_until, created_at) values ($1, $2, $3, $4, $5, $6, $7, $8)"
    )
    .bind(migrant.id)
    .bind(hash_secret(&normalize_code(&code)))
    .bind(now + INVITE_TTL)
    .bind(has(Scope::View))
    .bind(has(Scope::Book))
    .bind(has(Scope::Reminders))
    .bind(valid_until)
    .bind(now)
    .execute(conn)
    .await
    .map(|r| r.rows_affected()))?;
    log_act(&mut tx, migrant.id, migrant.id, "grant-created", now).await?;
    if let Some(to) = &partner_email {
        let text = |id: &str| {
            message_in(
                &migrant.locale,
                id,
                &[
                    ("name", migrant.display_name.clone()),
                    ("code", code.clone()),
                    ("link", format!("{}/account/sign-up", state.settings.public_url)),
                ],
            )
        };
        mail::enqueue(
            &mut tx,
            to.as_str(),
            &text("email-partner-subject"),
            &text("email-partner-body"),
            now,
        )
        .await?;
    }
    tx.commit().await?;
    if partner_email.is_some() {
        state.mailer.queued.notify_one();
    }
    Ok(code)
}

/// The partner accepts with the code the migrant showed them.
pub async fn accept(db: &Db, referent: &User, typed_code: &str) -> Result<(), Failure> {
    let now = now();
    if referent.role != Role::Referent {
        return Err(Refusal::new("code", "account-error-not-a-referent").into());
    }
    let subject = referent.id.to_string();
    if rate_limit::exceeded(db, rate_limit::CODE, &subject, now).await? {
        return Err(Refusal::new("code", "account-error-rate-limited").into());
    }
    let mut tx = db.begin_write().await?;
    let accepted: Option<(i64,)> = on_tx!(&mut tx, |conn| sqlx::query_as(
        "update grants set referent_id = $1, accepted_at = $2, invite_hash = null \
         where invite_hash = $3 and accepted_at is null and revoked_at is null and invite_expires_at > $2 \
         and migrant_id <> $1 returning migrant_id"
    )
    .bind(referent.id)
    .bind(now)
    .bind(hash_secret(&normalize_code(typed_code)))
    .fetch_optional(conn)
    .await)?;
    let Some((migrant_id,)) = accepted else {
        drop(tx);
        rate_limit::record(db, rate_limit::CODE, &subject, now).await?;
        return Err(Refusal::new("code", "account-error-code-invalid").into());
    };
    log_act(&mut tx, migrant_id, referent.id, "grant-accepted", now).await?;
    tx.commit().await?;
    Ok(())
}

/// The migrant revokes a grant (or withdraws an invitation): effective on the next request.
/// Another person's grant id is "not found", exactly like a missing one.
pub async fn revoke(db: &Db, migrant: &User, grant_id: i64) -> Result<(), Failure> {
    let now = now();
    let mut tx = db.begin_write().await?;
    let done = on_tx!(&mut tx, |conn| {
        sqlx::query(
        "update grants set revoked_at = $1, invite_hash = null where id = $2 and migrant_id = $3 and revoked_at is null"
    )
    .bind(now)
    .bind(grant_id)
    .bind(migrant.id)
    .execute(conn)
    .await
    .map(|r| r.rows_affected())
    })?;
    if done == 0 {
        return Err(Refusal::new("", "account-error-not-found").into());
    }
    log_act(&mut tx, migrant.id, migrant.id, "grant-revoked", now).await?;
    tx.commit().await?;
    Ok(())
}

/// Grants a migrant gave, newest first, with the partner's name.
pub async fn given_by(db: &Db, migrant_id: i64) -> Result<Vec<(Grant, Option<String>)>, sqlx::Error> {
    grants_with_names(
        db,
        "left join users u on u.id = g.referent_id where g.migrant_id = $1",
        migrant_id,
    )
    .await
}

/// Grants a partner received, newest first, with the migrant's name.
pub async fn received_by(db: &Db, referent_id: i64) -> Result<Vec<(Grant, Option<String>)>, sqlx::Error> {
    grants_with_names(
        db,
        "join users u on u.id = g.migrant_id where g.referent_id = $1",
        referent_id,
    )
    .await
}

type NamedGrantRow = (
    i64,
    i64,
    Option<i64>,
    bool,
    bool,
    bool,
    Option<i64>,
    Option<i64>,
    Option<i64>,
    Option<i64>,
    Option<String>,
);

/// Grants `g` with the other person's name `u.display_name`, selected by `join_and_filter`.
async fn grants_with_names(
    db: &Db,
    join_and_filter: &str,
    id: i64,
) -> Result<Vec<(Grant, Option<String>)>, sqlx::Error> {
    let columns = GRANT_COLUMNS
        .split(", ")
        .map(|c| format!("g.{}", c.trim()))
        .collect::<Vec<_>>()
        .join(", ");
    let sql = format!("select {columns}, u.display_name from grants g {join_and_filter} order by g.id desc");
    let rows: Vec<NamedGrantRow> = on_db!(db, |pool| sqlx::query_as(&sql).bind(id).fetch_all(pool).await)?;
    Ok(rows
        .into_iter()
        .map(|r| (grant_from_row((r.0, r.1, r.2, r.3, r.4, r.5, r.6, r.7, r.8, r.9)), r.10))
        .collect())
}

/// The grant a referent acts under, only if it still allows `scope` now.
pub async fn active_grant(
    db: &Db,
    referent_id: i64,
    grant_id: i64,
    scope: Scope,
) -> Result<Option<Grant>, sqlx::Error> {
    let sql = format!("select {GRANT_COLUMNS} from grants where id = $1");
    let row: Option<GrantRow> = on_db!(db, |pool| sqlx::query_as(&sql)
        .bind(grant_id)
        .fetch_optional(pool)
        .await)?;
    Ok(row.map(grant_from_row).filter(|g| g.allows(referent_id, scope, now())))
}

/// Saves the answers of the obligations check for a migrant (replacing an earlier save).
pub async fn save_check(db: &Db, migrant: &User, answers_query: &str) -> Result<(), Failure> {
    if migrant.role != Role::Migrant {
        return Err(Refusal::new("", "account-error-forbidden").into());
    }
    let now = now();
    let mut tx = db.begin_write().await?;
    on_tx!(&mut tx, |conn| sqlx::query(
        "insert into saved_checks (user_id, answers, saved_at) values ($1, $2, $3) \
         on conflict (user_id) do update set answers = excluded.answers, saved_at = excluded.saved_at"
    )
    .bind(migrant.id)
    .bind(answers_query)
    .bind(now)
    .execute(conn)
    .await
    .map(|r| r.rows_affected()))?;
    log_act(&mut tx, migrant.id, migrant.id, "saved-check", now).await?;
    tx.commit().await?;
    Ok(())
}

/// The saved check of a migrant: (answers as a query string, saved at).
pub async fn saved_check(db: &Db, migrant_id: i64) -> Result<Option<(String, i64)>, sqlx::Error> {
    on_db!(db, |pool| sqlx::query_as(
        "select answers, saved_at from saved_checks where user_id = $1"
    )
    .bind(migrant_id)
    .fetch_optional(pool)
    .await)
}

/// A partner looked at the migrant's check: the migrant sees it in the log.
pub async fn log_view(db: &Db, grant: &Grant, referent_id: i64) -> Result<(), sqlx::Error> {
    let mut tx = db.begin_write().await?;
    log_act(&mut tx, grant.migrant_id, referent_id, "viewed-check", now()).await?;
    tx.commit().await
}
