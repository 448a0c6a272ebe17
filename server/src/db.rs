//! The database: one SQLite file by default, PostgreSQL when `DATABASE_URL` says so.
//!
//! Queries are written once in the portable subset of SQL (`$1…$n` placeholders, times bound
//! from Rust) and run on either pool through [`on_db!`]; see `shared/style.md` B5.

use std::{path::Path, str::FromStr, time::Duration};

use anyhow::Context;
use sqlx::{
    postgres::{PgPool, PgPoolOptions},
    sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous},
};

use crate::configuration::DatabaseSettings;

/// A connection pool for the configured backend.
#[derive(Clone, Debug)]
pub enum Db {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

/// Runs the same expression against whichever pool `db` holds; each arm type-checks
/// against its own driver, so one copy of the SQL serves both backends.
#[macro_export]
macro_rules! on_db {
    ($db:expr, |$pool:ident| $body:expr) => {
        match $db {
            $crate::db::Db::Sqlite($pool) => $body,
            $crate::db::Db::Postgres($pool) => $body,
        }
    };
}

impl Db {
    /// Opens the pool; fails (with the cause, never the URL) when the database is unreachable.
    pub async fn connect(settings: &DatabaseSettings) -> anyhow::Result<Self> {
        match settings {
            DatabaseSettings::Sqlite { url } => {
                let options = SqliteConnectOptions::from_str(url)
                    .context("DATABASE_URL is not a valid SQLite URL")?
                    .create_if_missing(true)
                    .journal_mode(SqliteJournalMode::Wal)
                    .synchronous(SqliteSynchronous::Normal)
                    .busy_timeout(Duration::from_secs(5))
                    .foreign_keys(true);
                if let Some(dir) = options.get_filename().parent().filter(|d| !d.as_os_str().is_empty()) {
                    create_dir(dir)?;
                }
                let pool = SqlitePoolOptions::new()
                    .max_connections(8)
                    .acquire_timeout(Duration::from_secs(5))
                    .connect_with(options)
                    .await
                    .context("could not open the SQLite database")?;
                Ok(Self::Sqlite(pool))
            }
            DatabaseSettings::Postgres { url, max_connections } => {
                let pool = PgPoolOptions::new()
                    .max_connections(*max_connections)
                    .acquire_timeout(Duration::from_secs(5))
                    .connect(url)
                    .await
                    .context("could not connect to the PostgreSQL database")?;
                Ok(Self::Postgres(pool))
            }
        }
    }

    /// Applies the migrations of this backend (`migrations/<backend>/`) and the session table.
    pub async fn migrate(&self) -> anyhow::Result<()> {
        match self {
            Self::Sqlite(pool) => sqlx::migrate!("../migrations/sqlite").run(pool).await,
            Self::Postgres(pool) => sqlx::migrate!("../migrations/postgres").run(pool).await,
        }
        .context("database migration failed")?;
        crate::session_store::Store::new(self)
            .migrate()
            .await
            .context("session table migration failed")
    }

    /// A cheap round trip, for `/health`.
    pub async fn ping(&self) -> Result<(), sqlx::Error> {
        on_db!(self, |pool| sqlx::query("select 1").execute(pool).await.map(|_| ()))
    }

    /// Closes the pool; on SQLite this checkpoints the WAL into the main file.
    pub async fn close(&self) {
        on_db!(self, |pool| pool.close().await)
    }
}

/// A write transaction on either backend.
pub enum Tx {
    Sqlite(sqlx::Transaction<'static, sqlx::Sqlite>),
    Postgres(sqlx::Transaction<'static, sqlx::Postgres>),
}

/// Like [`on_db!`], for a statement inside a [`Tx`]: `conn` is the transaction's connection.
#[macro_export]
macro_rules! on_tx {
    ($tx:expr, |$conn:ident| $body:expr) => {
        match $tx {
            $crate::db::Tx::Sqlite(t) => {
                let $conn = &mut **t;
                $body
            }
            $crate::db::Tx::Postgres(t) => {
                let $conn = &mut **t;
                $body
            }
        }
    };
}

impl Tx {
    pub async fn commit(self) -> Result<(), sqlx::Error> {
        match self {
            Self::Sqlite(t) => t.commit().await,
            Self::Postgres(t) => t.commit().await,
        }
    }
}

impl Db {
    /// Starts a write transaction (on SQLite with the write lock taken at once).
    pub async fn begin_write(&self) -> Result<Tx, sqlx::Error> {
        Ok(match self {
            Self::Sqlite(pool) => Tx::Sqlite(begin_sqlite_write(pool).await?),
            Self::Postgres(pool) => Tx::Postgres(pool.begin().await?),
        })
    }
}

/// Starts a SQLite write transaction that takes the write lock at once (`BEGIN IMMEDIATE`),
/// so two writers queue on the busy timeout instead of failing with `SQLITE_BUSY` when a
/// read lock would have to be upgraded halfway.
pub async fn begin_sqlite_write(pool: &SqlitePool) -> Result<sqlx::Transaction<'static, sqlx::Sqlite>, sqlx::Error> {
    pool.begin_with("BEGIN IMMEDIATE").await
}

fn create_dir(dir: &Path) -> anyhow::Result<()> {
    std::fs::create_dir_all(dir).with_context(|| format!("could not create the data folder {}", dir.display()))
}
