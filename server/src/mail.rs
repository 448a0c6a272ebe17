//! Outgoing mail through an outbox: a request only writes a row (in its own transaction),
//! and the worker hands it to the SMTP server, retrying with back-off when that is down.
//! So no request waits on SMTP and no message is lost when it fails.

use std::{sync::Arc, time::Duration};

use anyhow::Context;
use lettre::{
    message::{header::ContentType, Attachment, Mailbox, MultiPart, SinglePart},
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

    async fn send(&self, mail: &Queued) -> anyhow::Result<()> {
        let builder = Message::builder()
            .from(self.from.clone())
            .to(mail.to.parse().context("recipient address")?)
            .subject(&mail.subject)
            .message_id(mail.message_id.clone());
        let message = match &mail.calendar {
            // The text, and the session as a calendar file the phone can add.
            Some(ics) => builder.multipart(
                MultiPart::mixed()
                    .singlepart(SinglePart::plain(mail.body.clone()))
                    .singlepart(Attachment::new("wegwijs.ics".to_owned()).body(
                        ics.clone(),
                        ContentType::parse("text/calendar; charset=utf-8; method=PUBLISH").context("content type")?,
                    )),
            ),
            None => builder.header(ContentType::TEXT_PLAIN).body(mail.body.clone()),
        }
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
    enqueue_with_calendar(tx, to, subject, body, None, now).await
}

/// Like [`enqueue`], with a calendar file (`.ics`) attached. The Message-ID is fixed here, so
/// a retry after a lost answer from the SMTP server is recognisably the same mail.
pub async fn enqueue_with_calendar(
    tx: &mut Tx,
    to: &str,
    subject: &str,
    body: &str,
    calendar: Option<&str>,
    now: i64,
) -> Result<(), sqlx::Error> {
    let message_id = format!("<{}@wegwijs>", crate::accounts::secrets::new_token());
    on_tx!(tx, |conn| sqlx::query(
        "insert into outbox (recipient, subject, body, calendar, message_id, created_at, next_attempt_at) \
         values ($1, $2, $3, $4, $5, $6, $6)"
    )
    .bind(to)
    .bind(subject)
    .bind(body)
    .bind(calendar)
    .bind(&message_id)
    .bind(now)
    .execute(conn)
    .await
    .map(|_| ()))
}

/// A mail taken from the outbox.
struct Queued {
    to: String,
    subject: String,
    body: String,
    calendar: Option<String>,
    message_id: Option<String>,
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
    type Row = (i64, String, String, String, Option<String>, Option<String>, i64, i64);
    let due: Vec<Row> = on_db!(db, |pool| sqlx::query_as(
        "select id, recipient, subject, body, calendar, message_id, attempts, next_attempt_at from outbox \
         where sent_at is null and next_attempt_at <= $1 order by id limit 20"
    )
    .bind(now)
    .fetch_all(pool)
    .await)?;
    let mut sent = 0;
    for (id, to, subject, body, calendar, message_id, attempts, due_at) in due {
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
        let mail = Queued {
            to,
            subject,
            body,
            calendar,
            message_id,
        };
        match mailer.send(&mail).await {
            Ok(()) => {
                // The body may hold a one-time link: keep no copy once it has left.
                on_db!(db, |pool| sqlx::query(
                    "update outbox set sent_at = $1, body = '', calendar = null where id = $2"
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
