//! Outgoing mail through an outbox: a request only writes a row (in its own transaction),
//! and the worker hands it to the SMTP server, retrying with back-off when that is down.
//! So no request waits on SMTP and no message is lost when it fails.

use std::{sync::Arc, time::Duration};

use anyhow::Context;
use lettre::{
    message::{header::ContentType, Mailbox},
    AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor,
};
use tokio::sync::Notify;

use crate::{
    db::{Db, Tx},
    on_db, on_tx,
};

/// Where mail goes, from `WEGWIJS_MAIL_URL`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MailSettings {
    /// `smtp://host:port` (plain, for a local relay or maildev) or `smtps://user:pass@host`.
    Smtp { url: String },
    /// `file://data/mail`: each message is written as an `.eml` file (development).
    Files { dir: std::path::PathBuf },
}

impl MailSettings {
    pub fn parse(url: &str) -> anyhow::Result<Self> {
        if let Some(dir) = url.strip_prefix("file://") {
            return Ok(Self::Files { dir: dir.into() });
        }
        if url.starts_with("smtp://") || url.starts_with("smtps://") {
            return Ok(Self::Smtp { url: url.to_owned() });
        }
        anyhow::bail!("WEGWIJS_MAIL_URL must start with smtp://, smtps:// or file://")
    }
}

#[derive(Clone)]
enum Transport {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    Files(AsyncFileTransport<Tokio1Executor>),
}

/// Sends what the outbox holds.
#[derive(Clone)]
pub struct Mailer {
    transport: Transport,
    from: Mailbox,
    /// Wakes the worker as soon as a message is queued.
    pub queued: Arc<Notify>,
}

impl std::fmt::Debug for Mailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Mailer")
            .field("from", &self.from)
            .finish_non_exhaustive()
    }
}

impl Mailer {
    pub fn new(settings: &MailSettings, from: &str) -> anyhow::Result<Self> {
        let transport = match settings {
            MailSettings::Smtp { url } => Transport::Smtp(
                AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                    .context("WEGWIJS_MAIL_URL is not a valid SMTP URL")?
                    .timeout(Some(Duration::from_secs(10)))
                    .build(),
            ),
            MailSettings::Files { dir } => {
                std::fs::create_dir_all(dir).with_context(|| format!("could not create {}", dir.display()))?;
                Transport::Files(AsyncFileTransport::new(dir))
            }
        };
        Ok(Self {
            transport,
            from: from.parse().context("WEGWIJS_MAIL_FROM is not a valid address")?,
            queued: Arc::new(Notify::new()),
        })
    }

    async fn send(&self, to: &str, subject: &str, body: &str) -> anyhow::Result<()> {
        let message = Message::builder()
            .from(self.from.clone())
            .to(to.parse().context("recipient address")?)
            .subject(subject)
            .header(ContentType::TEXT_PLAIN)
            .body(body.to_owned())
            .context("build message")?;
        match &self.transport {
            Transport::Smtp(t) => t.send(message).await.map(|_| ()).context("SMTP send"),
            Transport::Files(t) => t.send(message).await.map(|_| ()).context("write mail file"),
        }
    }
}

/// Queues a message inside the transaction that made the reason for it (so either both
/// happen or neither); wake the worker with [`Mailer::queued`] after the commit.
pub async fn enqueue(tx: &mut Tx, to: &str, subject: &str, body: &str, now: i64) -> Result<(), sqlx::Error> {
    on_tx!(tx, |conn| sqlx::query(
        "insert into outbox (recipient, subject, body, created_at, next_attempt_at) values ($1, $2, $3, $4, $4)"
    )
    .bind(to)
    .bind(subject)
    .bind(body)
    .bind(now)
    .execute(conn)
    .await
    .map(|_| ()))
}

/// Waits before retry `attempt` (1, 2, …): 30 s, 1 min, 2 min, … at most an hour.
pub fn backoff(attempt: i64) -> i64 {
    (30_i64 << attempt.clamp(1, 8).saturating_sub(1)).min(3600)
}

/// Runs until aborted: sends due messages, then sleeps until woken or 10 s have passed.
pub async fn run_worker(db: Db, mailer: Mailer) {
    loop {
        match deliver_due(&db, &mailer).await {
            Ok(_) => {}
            Err(error) => tracing::error!(error = %error, "outbox: could not read the queue"),
        }
        tokio::select! {
            () = mailer.queued.notified() => {}
            () = tokio::time::sleep(Duration::from_secs(10)) => {}
        }
    }
}

/// Sends every due message once; returns how many were sent.
pub async fn deliver_due(db: &Db, mailer: &Mailer) -> Result<usize, sqlx::Error> {
    let now = crate::clock::now();
    let due: Vec<(i64, String, String, String, i64, i64)> = on_db!(db, |pool| sqlx::query_as(
        "select id, recipient, subject, body, attempts, next_attempt_at from outbox \
         where sent_at is null and next_attempt_at <= $1 order by id limit 20"
    )
    .bind(now)
    .fetch_all(pool)
    .await)?;
    let mut sent = 0;
    for (id, to, subject, body, attempts, due_at) in due {
        // Claim the row: another server may be running the same loop.
        let claimed = on_db!(db, |pool| sqlx::query(
            "update outbox set next_attempt_at = $1 where id = $2 and next_attempt_at = $3 and sent_at is null"
        )
        .bind(now + 300)
        .bind(id)
        .bind(due_at)
        .execute(pool)
        .await
        .map(|r| r.rows_affected()))?;
        if claimed == 0 {
            continue;
        }
        match mailer.send(&to, &subject, &body).await {
            Ok(()) => {
                // The body may hold a one-time link: keep no copy once it has left.
                on_db!(db, |pool| sqlx::query(
                    "update outbox set sent_at = $1, body = '' where id = $2"
                )
                .bind(crate::clock::now())
                .bind(id)
                .execute(pool)
                .await
                .map(|r| r.rows_affected()))?;
                sent += 1;
            }
            Err(error) => {
                let attempt = attempts + 1;
                tracing::warn!(outbox_id = id, attempt, error = %error, "mail not sent; will retry");
                on_db!(db, |pool| sqlx::query(
                    "update outbox set attempts = $1, next_attempt_at = $2 where id = $3"
                )
                .bind(attempt)
                .bind(crate::clock::now() + backoff(attempt))
                .bind(id)
                .execute(pool)
                .await
                .map(|r| r.rows_affected()))?;
            }
        }
    }
    Ok(sent)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retries_back_off_up_to_an_hour() {
        let waits: Vec<i64> = (1..=9).map(backoff).collect();
        assert_eq!(waits, [30, 60, 120, 240, 480, 960, 1920, 3600, 3600]);
    }

    #[test]
    fn mail_urls_choose_the_transport() {
        assert_eq!(
            MailSettings::parse("file://data/mail").expect("file"),
            MailSettings::Files {
                dir: "data/mail".into()
            }
        );
        assert!(matches!(
            MailSettings::parse("smtp://127.0.0.1:1025"),
            Ok(MailSettings::Smtp { .. })
        ));
        assert!(MailSettings::parse("http://x").is_err());
    }
}
