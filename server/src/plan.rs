//! My plan: the saved copy of a migrant's plan (the form's fields; the plan itself is always
//! computed again, with today's date and rules).

use crate::{clock::now, db::Db, on_db};

/// Saves (or replaces) the plan's fields for this user.
pub async fn save(db: &Db, user_id: i64, fields: &str) -> Result<(), sqlx::Error> {
    on_db!(db, |pool| sqlx::query(
        "insert into plans (user_id, fields, updated_at) values ($1, $2, $3) \
         on conflict (user_id) do update set fields = excluded.fields, updated_at = excluded.updated_at"
    )
    .bind(user_id)
    .bind(fields)
    .bind(now())
    .execute(pool)
    .await
    .map(|_| ()))
}

/// The saved fields, if any.
pub async fn load(db: &Db, user_id: i64) -> Result<Option<String>, sqlx::Error> {
    let row: Option<(String,)> = on_db!(db, |pool| sqlx::query_as("select fields from plans where user_id = $1")
        .bind(user_id)
        .fetch_optional(pool)
        .await)?;
    Ok(row.map(|(f,)| f))
}
