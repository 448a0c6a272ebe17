//! Settings from environment variables, parsed once at start; every one has a default that
//! runs the portal locally on SQLite. The README lists them all.

use std::{net::IpAddr, path::PathBuf, str::FromStr, time::Duration};

use anyhow::{bail, Context};

/// Where the data lives: the backend is chosen at run time from the URL's scheme.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DatabaseSettings {
    /// A SQLite file (`sqlite://data/wegwijs.db`), created when missing.
    Sqlite { url: String },
    /// A PostgreSQL server (`postgres://user:pass@host/db`).
    Postgres { url: String, max_connections: u32 },
}

impl DatabaseSettings {
    /// Parses `DATABASE_URL`. The error never repeats the URL: it may hold a password.
    pub fn parse(url: &str, max_connections: u32) -> anyhow::Result<Self> {
        let url = url.trim();
        if let Some(path) = url.strip_prefix("sqlite://").or_else(|| url.strip_prefix("sqlite:")) {
            if path.is_empty() || path.starts_with(":memory:") {
                bail!("DATABASE_URL must name a SQLite file, not an empty or in-memory database");
            }
            return Ok(Self::Sqlite { url: url.to_owned() });
        }
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            return Ok(Self::Postgres {
                url: url.to_owned(),
                max_connections,
            });
        }
        bail!("DATABASE_URL must start with sqlite:// or postgres://")
    }

    /// The backend's name, for logs.
    pub fn backend(&self) -> &'static str {
        match self {
            Self::Sqlite { .. } => "sqlite",
            Self::Postgres { .. } => "postgres",
        }
    }
}

/// Log output: readable lines for people, JSON for log collectors.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LogFormat {
    Pretty,
    Json,
}

/// Everything the server needs to start.
#[derive(Clone, Debug)]
pub struct Settings {
    pub host: IpAddr,
    pub port: u16,
    pub database: DatabaseSettings,
    /// The folder with `pkg/` (JS, WASM, CSS) and the public files, made by `scripts/build.sh`.
    pub site_root: PathBuf,
    /// The address people use to reach the portal. `https://` turns on Secure cookies and HSTS;
    /// its origin is the one form posts must come from.
    pub public_url: String,
    pub request_timeout: Duration,
    pub log_format: LogFormat,
    /// Where mail goes (`WEGWIJS_MAIL_URL`): files under `data/mail` by default.
    pub mail: crate::mail::MailSettings,
    pub mail_from: String,
    /// Whether a proxy in front sets `X-Forwarded-For` (used for rate limits per address).
    pub trust_proxy: bool,
    /// The `Contact:` of `/.well-known/security.txt`.
    pub security_contact: String,
    /// Hours before a session when reminders go: (early, late), from `WEGWIJS_REMINDER_HOURS`.
    pub reminder_hours: (i64, i64),
}

/// "48,2" → (48, 2): the early reminder must come before the late one.
fn parse_reminder_hours(raw: &str) -> anyhow::Result<(i64, i64)> {
    let parsed = raw
        .split_once(',')
        .and_then(|(a, b)| Some((a.trim().parse::<i64>().ok()?, b.trim().parse::<i64>().ok()?)));
    match parsed {
        Some((early, late)) if early > late && late > 0 && early <= 24 * 14 => Ok((early, late)),
        _ => bail!("WEGWIJS_REMINDER_HOURS must be two numbers of hours, the larger first, e.g. 48,2"),
    }
}

impl Settings {
    /// Reads the process environment.
    pub fn from_env() -> anyhow::Result<Self> {
        Self::from_lookup(|key| std::env::var(key).ok())
    }

    /// Reads settings through `lookup`, so tests can pass their own values.
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> anyhow::Result<Self> {
        let host: IpAddr = parse_or(&lookup, "WEGWIJS_HOST", "127.0.0.1")?;
        let port: u16 = parse_or(&lookup, "WEGWIJS_PORT", "3000")?;
        let max_connections: u32 = parse_or(&lookup, "WEGWIJS_DB_MAX_CONNECTIONS", "10")?;
        let database_url = lookup("DATABASE_URL").unwrap_or_else(|| "sqlite://data/wegwijs.db".to_owned());
        let timeout_secs: u64 = parse_or(&lookup, "WEGWIJS_REQUEST_TIMEOUT_SECS", "15")?;
        let log_format = match lookup("WEGWIJS_LOG_FORMAT").as_deref() {
            None | Some("pretty") => LogFormat::Pretty,
            Some("json") => LogFormat::Json,
            Some(_) => bail!("WEGWIJS_LOG_FORMAT must be pretty or json"),
        };
        let public_url = lookup("WEGWIJS_PUBLIC_URL")
            .unwrap_or_else(|| format!("http://{host}:{port}"))
            .trim_end_matches('/')
            .to_owned();
        if !(public_url.starts_with("http://") || public_url.starts_with("https://")) {
            bail!("WEGWIJS_PUBLIC_URL must start with http:// or https://");
        }
        Ok(Self {
            host,
            port,
            database: DatabaseSettings::parse(&database_url, max_connections)?,
            site_root: lookup("WEGWIJS_SITE_ROOT")
                .unwrap_or_else(|| "target/site".to_owned())
                .into(),
            public_url,
            request_timeout: Duration::from_secs(timeout_secs),
            log_format,
            mail: crate::mail::MailSettings::parse(
                &lookup("WEGWIJS_MAIL_URL").unwrap_or_else(|| "file://data/mail".to_owned()),
            )?,
            mail_from: lookup("WEGWIJS_MAIL_FROM").unwrap_or_else(|| "Wegwijs <noreply@wegwijs.localhost>".to_owned()),
            trust_proxy: parse_or(&lookup, "WEGWIJS_TRUST_PROXY", "false")?,
            security_contact: lookup("WEGWIJS_SECURITY_CONTACT")
                .unwrap_or_else(|| "mailto:security@wegwijs.localhost".to_owned()),
            reminder_hours: parse_reminder_hours(
                &lookup("WEGWIJS_REMINDER_HOURS").unwrap_or_else(|| "48,2".to_owned()),
            )?,
        })
    }

    /// Whether people reach the portal over HTTPS (behind a TLS-terminating proxy).
    pub fn is_https(&self) -> bool {
        self.public_url.starts_with("https://")
    }
}

fn parse_or<T: FromStr>(lookup: &impl Fn(&str) -> Option<String>, key: &str, default: &str) -> anyhow::Result<T>
where
    T::Err: std::error::Error + Send + Sync + 'static,
{
    let raw = lookup(key).unwrap_or_else(|| default.to_owned());
    raw.trim()
        .parse()
        .with_context(|| format!("{key} has an invalid value"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(pairs: &[(&str, &str)]) -> anyhow::Result<Settings> {
        let map: std::collections::HashMap<String, String> =
            pairs.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect();
        Settings::from_lookup(|k| map.get(k).cloned())
    }

    #[test]
    fn defaults_serve_sqlite_on_localhost_port_3000() {
        let s = settings(&[]).expect("defaults are valid");
        assert_eq!((s.host.to_string(), s.port), ("127.0.0.1".to_owned(), 3000));
        assert_eq!(
            s.database,
            DatabaseSettings::Sqlite {
                url: "sqlite://data/wegwijs.db".into()
            }
        );
        assert_eq!(s.public_url, "http://127.0.0.1:3000");
        assert!(!s.is_https());
    }

    #[test]
    fn a_postgres_url_switches_the_backend() {
        let s = settings(&[("DATABASE_URL", "postgres://u:p@db/wegwijs")]).expect("valid");
        assert_eq!(s.database.backend(), "postgres");
    }

    #[test]
    fn bad_values_are_named_without_echoing_secrets() {
        let err = settings(&[("DATABASE_URL", "mysql://root:secret@x/y")]).expect_err("rejected");
        let text = format!("{err:#}");
        assert!(text.contains("DATABASE_URL") && !text.contains("secret"), "{text}");
        assert!(settings(&[("WEGWIJS_PORT", "70000")]).is_err());
        assert!(settings(&[("DATABASE_URL", "sqlite::memory:")]).is_err());
        assert!(settings(&[("WEGWIJS_PUBLIC_URL", "ftp://x")]).is_err());
    }
}
