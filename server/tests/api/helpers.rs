//! Spawns the application for a test and gives typed access to it.

use std::{path::Path, time::Duration};

use server::{configuration::Settings, db::Db, startup::Application};
use tempfile::TempDir;
use tokio::sync::oneshot;

/// Which database a test runs on.
#[derive(Clone, Copy, Debug)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// A running server with its own empty database.
pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    pub database_url: String,
    _site_root: TempDir,
    _data: TempDir,
    stop: Option<oneshot::Sender<()>>,
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

/// A client that keeps cookies, does not follow redirects and never waits forever
/// (a stalled response fails the test instead of hanging it).
pub fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        // As a browser does; Leptos answers a redirect with 302 only when HTML is accepted.
        .default_headers(
            [(
                reqwest::header::ACCEPT,
                reqwest::header::HeaderValue::from_static("text/html,*/*;q=0.8"),
            )]
            .into_iter()
            .collect(),
        )
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(10))
        .build()
        .expect("http client")
}

/// A fresh database URL for `backend`: a new SQLite file, or a new PostgreSQL database.
pub async fn fresh_database(backend: Backend, data: &Path) -> String {
    match backend {
        Backend::Sqlite => format!("sqlite://{}", data.join("test.db").display()),
        Backend::Postgres => {
            let admin_url = std::env::var("TEST_DATABASE_URL")
                .expect("TEST_DATABASE_URL must point to a PostgreSQL server (scripts/test.sh sets it up)");
            let name = format!("wegwijs_test_{}", uuid::Uuid::new_v4().simple());
            let admin = sqlx::PgPool::connect(&admin_url)
                .await
                .expect("connect to TEST_DATABASE_URL");
            sqlx::query(&format!("create database {name}"))
                .execute(&admin)
                .await
                .expect("create test database");
            admin.close().await;
            let base = admin_url.rsplit_once('/').map_or(admin_url.as_str(), |(base, _)| base);
            format!("{base}/{name}")
        }
    }
}

/// Starts the server on port 0. `prepare_site` may put files into the site root first.
pub async fn spawn_app_with_site(backend: Backend, prepare_site: impl FnOnce(&Path)) -> TestApp {
    spawn_app_with(backend, prepare_site, &smtp_url()).await
}

/// Starts the server with its own site folder and mail URL.
pub async fn spawn_app_with(backend: Backend, prepare_site: impl FnOnce(&Path), mail_url: &str) -> TestApp {
    let data = TempDir::new().expect("temp dir");
    let site_root = TempDir::new().expect("temp dir");
    prepare_site(site_root.path());
    let database_url = fresh_database(backend, data.path()).await;
    let vars = [
        ("WEGWIJS_PORT", "0".to_owned()),
        ("WEGWIJS_MAIL_URL", mail_url.to_owned()),
        ("DATABASE_URL", database_url.clone()),
        ("WEGWIJS_SITE_ROOT", site_root.path().display().to_string()),
    ];
    let settings = Settings::from_lookup(|key| vars.iter().find(|(k, _)| *k == key).map(|(_, v)| v.clone()))
        .expect("test settings");
    let application = Application::build(settings).await.expect("application starts");
    let address = format!("http://127.0.0.1:{}", application.port());
    let (stop, stopped) = oneshot::channel::<()>();
    tokio::spawn(application.run_until_stopped(async {
        let _ = stopped.await;
    }));
    TestApp {
        address,
        client: client(),
        database_url,
        _site_root: site_root,
        _data: data,
        stop: Some(stop),
    }
}

/// The real SMTP server the tests send to (maildev, started by scripts/test.sh).
pub fn smtp_url() -> String {
    std::env::var("TEST_SMTP_URL").unwrap_or_else(|_| "smtp://127.0.0.1:1025".to_owned())
}

/// A mailer that sends to the real SMTP server, for tests that play the outbox worker.
pub fn real_mailer() -> server::mail::Mailer {
    server::mail::Mailer::new(
        &server::mail::MailSettings::parse(&smtp_url()).expect("url"),
        "Wegwijs <t@example.nl>",
    )
    .expect("mailer")
}

pub fn maildev_url() -> String {
    std::env::var("TEST_MAILDEV_URL").unwrap_or_else(|_| "http://127.0.0.1:1080".to_owned())
}

pub async fn spawn_app(backend: Backend) -> TestApp {
    spawn_app_with_site(backend, |_| {}).await
}

impl TestApp {
    /// Another client (own cookies) for the same running server; it does not stop it.
    pub fn sharing(app: &TestApp) -> TestApp {
        TestApp {
            address: app.address.clone(),
            client: client(),
            database_url: app.database_url.clone(),
            _site_root: TempDir::new().expect("temp dir"),
            _data: TempDir::new().expect("temp dir"),
            stop: None,
        }
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(format!("{}{path}", self.address))
            .send()
            .await
            .expect("request completes")
    }

    /// Status and full body (the body read is bounded by the client's timeout).
    pub async fn get_page(&self, path: &str) -> (u16, String) {
        let response = self.get(path).await;
        let status = response.status().as_u16();
        (status, response.text().await.expect("body completes"))
    }

    /// A second connection to this app's database.
    pub async fn db(&self) -> Db {
        let settings = server::configuration::DatabaseSettings::parse(&self.database_url, 2).expect("url");
        Db::connect(&settings).await.expect("connect")
    }
}

/// The `lang` and `dir` attributes of the `<html>` element.
pub fn html_lang_dir(body: &str) -> (String, String) {
    let start = body.find("<html").expect("an <html> element");
    let tag = &body[start..start + body[start..].find('>').expect("closing >")];
    let attribute = |name: &str| {
        let needle = format!("{name}=\"");
        tag.find(&needle)
            .map(|i| tag[i + needle.len()..].split('"').next().unwrap_or_default().to_owned())
            .unwrap_or_default()
    };
    (attribute("lang"), attribute("dir"))
}

/// Declares one test per backend for an `async fn(Backend)`.
#[macro_export]
macro_rules! on_both_backends {
    ($($name:ident),* $(,)?) => {
        mod sqlite { $( #[tokio::test] async fn $name() { super::$name($crate::helpers::Backend::Sqlite).await } )* }
        mod postgres { $( #[tokio::test] async fn $name() { super::$name($crate::helpers::Backend::Postgres).await } )* }
    };
}
