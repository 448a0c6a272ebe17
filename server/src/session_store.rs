//! Sessions in the same database as everything else (tower-sessions' sqlx store), so any
//! number of app servers behind a load balancer share them.

use async_trait::async_trait;
use tower_sessions::{
    session::{Id, Record},
    session_store::{self, ExpiredDeletion},
    SessionStore,
};
use tower_sessions_sqlx_store::{PostgresStore, SqliteStore};

use crate::db::Db;

/// The session store for the configured backend.
#[derive(Clone, Debug)]
pub enum Store {
    Sqlite(SqliteStore),
    Postgres(PostgresStore),
}

impl Store {
    pub fn new(db: &Db) -> Self {
        match db {
            Db::Sqlite(pool) => Self::Sqlite(SqliteStore::new(pool.clone())),
            Db::Postgres(pool) => Self::Postgres(PostgresStore::new(pool.clone())),
        }
    }

    /// Creates the session table when missing.
    pub async fn migrate(&self) -> Result<(), sqlx::Error> {
        match self {
            Self::Sqlite(s) => s.migrate().await,
            Self::Postgres(s) => s.migrate().await,
        }
    }
}

macro_rules! on_store {
    ($store:expr, |$s:ident| $body:expr) => {
        match $store {
            Store::Sqlite($s) => $body,
            Store::Postgres($s) => $body,
        }
    };
}

#[async_trait]
impl SessionStore for Store {
    async fn create(&self, record: &mut Record) -> session_store::Result<()> {
        on_store!(self, |s| s.create(record).await)
    }
    async fn save(&self, record: &Record) -> session_store::Result<()> {
        on_store!(self, |s| s.save(record).await)
    }
    async fn load(&self, id: &Id) -> session_store::Result<Option<Record>> {
        on_store!(self, |s| s.load(id).await)
    }
    async fn delete(&self, id: &Id) -> session_store::Result<()> {
        on_store!(self, |s| s.delete(id).await)
    }
}

#[async_trait]
impl ExpiredDeletion for Store {
    async fn delete_expired(&self) -> session_store::Result<()> {
        on_store!(self, |s| s.delete_expired().await)
    }
}
