//! The database layer on both backends: sessions and SQLite's settings.

use server::{on_db, session_store::Store};
use tower_sessions::{
    session::{Id, Record},
    SessionStore,
};

use crate::helpers::{spawn_app, Backend};

crate::on_both_backends!(sessions_are_stored_in_the_database, migrations_are_idempotent);

async fn sessions_are_stored_in_the_database(backend: Backend) {
    let app = spawn_app(backend).await;
    let db = app.db().await;
    let store = Store::new(&db);
    let mut record = Record {
        id: Id::default(),
        data: [("k".to_owned(), serde_json::json!("v"))].into_iter().collect(),
        expiry_date: time::OffsetDateTime::now_utc() + time::Duration::minutes(30),
    };
    store.create(&mut record).await.expect("create");
    // A second pool (another app server) sees the same session.
    let other = Store::new(&app.db().await);
    let loaded = other.load(&record.id).await.expect("load").expect("session exists");
    assert_eq!(loaded.data, record.data);
    other.delete(&record.id).await.expect("delete");
    assert!(store.load(&record.id).await.expect("load").is_none());
}

async fn migrations_are_idempotent(backend: Backend) {
    let app = spawn_app(backend).await;
    let db = app.db().await;
    db.migrate().await.expect("a second migration run is a no-op");
    let count: i64 = on_db!(&db, |pool| sqlx::query_scalar("select count(*) from _sqlx_migrations")
        .fetch_one(pool)
        .await)
    .expect("migration table");
    assert!(count >= 0);
}

#[tokio::test]
async fn sqlite_runs_with_wal_foreign_keys_and_a_busy_timeout() {
    let app = spawn_app(Backend::Sqlite).await;
    let server::db::Db::Sqlite(pool) = app.db().await else {
        panic!("sqlite expected")
    };
    let journal: String = sqlx::query_scalar("pragma journal_mode")
        .fetch_one(&pool)
        .await
        .expect("pragma");
    let foreign_keys: i64 = sqlx::query_scalar("pragma foreign_keys")
        .fetch_one(&pool)
        .await
        .expect("pragma");
    let busy_timeout: i64 = sqlx::query_scalar("pragma busy_timeout")
        .fetch_one(&pool)
        .await
        .expect("pragma");
    assert_eq!((journal.as_str(), foreign_keys), ("wal", 1));
    assert!(busy_timeout >= 5000, "busy_timeout {busy_timeout}");
}

/// Two writers that both start with `BEGIN IMMEDIATE` queue instead of failing.
#[tokio::test]
async fn immediate_sqlite_transactions_queue_instead_of_failing() {
    let app = spawn_app(Backend::Sqlite).await;
    let server::db::Db::Sqlite(pool) = app.db().await else {
        panic!("sqlite expected")
    };
    sqlx::query("create table counter (n integer not null)")
        .execute(&pool)
        .await
        .expect("table");
    sqlx::query("insert into counter values (0)")
        .execute(&pool)
        .await
        .expect("row");
    let mut tasks = tokio::task::JoinSet::new();
    for _ in 0..20 {
        let pool = pool.clone();
        tasks.spawn(async move {
            let mut tx = server::db::begin_sqlite_write(&pool).await.expect("begin immediate");
            let n: i64 = sqlx::query_scalar("select n from counter")
                .fetch_one(&mut *tx)
                .await
                .expect("read");
            sqlx::query("update counter set n = $1")
                .bind(n + 1)
                .execute(&mut *tx)
                .await
                .expect("write");
            tx.commit().await.expect("commit");
        });
    }
    while let Some(result) = tasks.join_next().await {
        result.expect("writer succeeded");
    }
    let n: i64 = sqlx::query_scalar("select n from counter")
        .fetch_one(&pool)
        .await
        .expect("read");
    assert_eq!(n, 20, "no lost update");
}
