//! Accounts, sign-in and partner access: the server side of `app::accounts`.
//!
//! Service functions take the state explicitly and return either a domain outcome the page
//! can show (a message id) or a [`ServerError`], which becomes a 500 and is logged once.

pub mod auth;
pub mod partners;
pub mod privacy;
pub mod rate_limit;
pub mod retention;
pub mod second_factor;
pub mod secrets;
pub mod staff;

use app::accounts::Role;

use crate::{db::Db, on_db};

/// Something went wrong that the person cannot fix. Logged, never shown.
#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    #[error("database: {0}")]
    Db(#[from] sqlx::Error),
    #[error("password hashing: {0}")]
    Hash(String),
    #[error("session store: {0}")]
    Session(#[from] tower_sessions::session::Error),
}

/// A refusal the person can act on: the field it concerns (or `""`) and a message id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refusal {
    pub field: &'static str,
    pub message: &'static str,
}

impl Refusal {
    pub const fn new(field: &'static str, message: &'static str) -> Self {
        Self { field, message }
    }
}

/// Either the person can fix it, or the server failed.
#[derive(Debug)]
pub enum Failure {
    Refused(Vec<Refusal>),
    Server(ServerError),
}

impl<E: Into<ServerError>> From<E> for Failure {
    fn from(error: E) -> Self {
        Self::Server(error.into())
    }
}

impl From<Refusal> for Failure {
    fn from(refusal: Refusal) -> Self {
        Self::Refused(vec![refusal])
    }
}

/// The fields of a user the pages and rules need.
#[derive(Clone, Debug)]
pub struct User {
    pub id: i64,
    pub email: Option<String>,
    /// The sign-in name of an account without e-mail.
    pub username: Option<String>,
    pub display_name: String,
    pub role: Role,
    pub locale: String,
    pub email_verified: bool,
    /// CBS code: where a consultant works, or the migrant's municipality.
    pub municipality: Option<String>,
    /// Since when a migrant shares with their municipality.
    pub shares_since: Option<i64>,
}

type UserRow = (
    i64,
    Option<String>,
    Option<String>,
    String,
    String,
    String,
    Option<i64>,
    Option<String>,
    Option<i64>,
);

fn user_from_row(r: UserRow) -> User {
    User {
        id: r.0,
        email: r.1,
        username: r.2,
        display_name: r.3,
        role: Role::from_name(&r.4).unwrap_or(Role::Migrant),
        locale: r.5,
        email_verified: r.6.is_some(),
        municipality: r.7,
        shares_since: r.8,
    }
}

const USER_COLUMNS: &str = "id, email, username, display_name, role, locale, email_verified_at, municipality, \
                            shares_with_municipality_at";

pub async fn find_user(db: &Db, id: i64) -> Result<Option<User>, sqlx::Error> {
    let sql = format!("select {USER_COLUMNS} from users where id = $1");
    let row: Option<UserRow> = on_db!(db, |pool| sqlx::query_as(&sql).bind(id).fetch_optional(pool).await)?;
    Ok(row.map(user_from_row))
}

/// [`find_user`] inside a transaction (never take a second pooled connection while holding
/// a write transaction: with SQLite's single writer that can starve the pool).
pub async fn find_user_in(tx: &mut crate::db::Tx, id: i64) -> Result<Option<User>, sqlx::Error> {
    let sql = format!("select {USER_COLUMNS} from users where id = $1");
    let row: Option<UserRow> = crate::on_tx!(tx, |conn| sqlx::query_as(&sql).bind(id).fetch_optional(conn).await)?;
    Ok(row.map(user_from_row))
}

/// Writes one line of the audit log the migrant sees.
pub async fn log_act(
    tx: &mut crate::db::Tx,
    migrant_id: i64,
    actor_id: i64,
    action: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    debug_assert!(app::accounts::views::LOG_ACTIONS.contains(&action));
    crate::on_tx!(tx, |conn| sqlx::query(
        "insert into audit_log (migrant_id, actor_id, action, at) values ($1, $2, $3, $4)"
    )
    .bind(migrant_id)
    .bind(actor_id)
    .bind(action)
    .bind(now)
    .execute(conn)
    .await
    .map(|_| ()))
}
