//! Builds the HTTP application: router, layers, state. Tests drive it through
//! [`Application::build`] on port 0.

use std::{future::Future, sync::Arc};

use anyhow::Context;
use app::{shell, App, Assets};
use axum::{
    http::{header, HeaderValue, StatusCode},
    middleware,
    routing::get,
    Router,
};
use leptos::{config::LeptosOptions, prelude::provide_context};
use leptos_axum::{file_and_error_handler_with_context, generate_route_list_with_exclusions, LeptosRoutes};
use tokio::net::TcpListener;
use tower_http::{
    compression::{CompressionLayer, CompressionLevel},
    services::ServeDir,
    set_header::SetResponseHeaderLayer,
    timeout::TimeoutLayer,
    trace::TraceLayer,
};
use tower_sessions::{cookie::SameSite, Expiry, SessionManagerLayer};

use crate::{
    accounts, api, assets,
    configuration::Settings,
    db::Db,
    http,
    mail::{self, Mailer},
    session_store, sessions, web,
};

/// Shared by every handler and server function. Holds nothing that another app server
/// behind the same load balancer would need: all state is in the database.
#[derive(Clone, Debug, axum::extract::FromRef)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub db: Db,
    pub settings: Arc<Settings>,
    pub mailer: Mailer,
    pub assets: Assets,
}

/// A bound, migrated, ready-to-serve portal.
pub struct Application {
    listener: TcpListener,
    router: Router,
    db: Db,
    mailer: Mailer,
    public_url: String,
    reminder_hours: (i64, i64),
}

impl Application {
    /// Connects and migrates the database, binds the port and assembles the router.
    pub async fn build(settings: Settings) -> anyhow::Result<Self> {
        let db = Db::connect(&settings.database).await?;
        db.migrate().await?;
        let address = (settings.host, settings.port);
        let listener = TcpListener::bind(address)
            .await
            .with_context(|| format!("cannot listen on {}:{}", settings.host, settings.port))?;
        let mailer = Mailer::new(&settings.mail, &settings.mail_from)?;
        let (public_url, reminder_hours) = (settings.public_url.clone(), settings.reminder_hours);
        let router = router(settings, db.clone(), mailer.clone());
        Ok(Self {
            listener,
            router,
            db,
            mailer,
            public_url,
            reminder_hours,
        })
    }

    /// The port actually bound (useful when the settings asked for port 0).
    pub fn port(&self) -> u16 {
        self.listener.local_addr().map(|a| a.port()).unwrap_or_default()
    }

    /// Serves until `shutdown` resolves, then lets in-flight requests finish and closes the pool.
    pub async fn run_until_stopped(self, shutdown: impl Future<Output = ()> + Send + 'static) -> anyhow::Result<()> {
        tracing::info!(port = self.port(), "serving");
        let background = [
            spawn_session_cleanup(&self.db),
            tokio::spawn(mail::run_worker(self.db.clone(), self.mailer.clone())),
            tokio::spawn(accounts::retention::run(self.db.clone())),
            tokio::spawn(sessions::reminders::run(
                self.db.clone(),
                self.mailer.clone(),
                self.public_url.clone(),
                self.reminder_hours,
            )),
        ];
        let served = axum::serve(
            self.listener,
            self.router
                .into_make_service_with_connect_info::<std::net::SocketAddr>(),
        )
        .with_graceful_shutdown(shutdown)
        .await;
        // Mail left in the outbox is sent by the next start (or another server).
        for task in background {
            task.abort();
        }
        self.db.close().await;
        served.context("the HTTP server failed")
    }
}

fn spawn_session_cleanup(db: &Db) -> tokio::task::JoinHandle<()> {
    use tower_sessions::session_store::ExpiredDeletion;
    let store = session_store::Store::new(db);
    tokio::spawn(async move {
        if let Err(error) = store
            .continuously_delete_expired(std::time::Duration::from_secs(600))
            .await
        {
            tracing::error!(error = %error, "expired-session cleanup stopped");
        }
    })
}

fn leptos_options(settings: &Settings, hashed: bool) -> LeptosOptions {
    let site_root = settings.site_root.to_string_lossy().into_owned();
    LeptosOptions::builder()
        .output_name("wegwijs")
        .site_root(site_root.clone())
        .site_pkg_dir("pkg")
        .site_addr(std::net::SocketAddr::new(settings.host, settings.port))
        .hash_files(hashed)
        // Leptos resolves this next to the executable; an absolute path overrides that.
        .hash_file(Arc::<str>::from(
            settings.site_root.join("hash.txt").to_string_lossy().as_ref(),
        ))
        .build()
}

/// The whole HTTP stack.
pub fn router(settings: Settings, db: Db, mailer: Mailer) -> Router {
    let hashes = assets::read_hashes(&settings.site_root);
    let css = hashes.as_ref().map_or_else(
        || "/pkg/wegwijs.css".to_owned(),
        |h| format!("/pkg/wegwijs.{}.css", h.css),
    );
    let leptos_options = leptos_options(&settings, hashes.is_some());
    let settings = Arc::new(settings);
    let assets = Assets {
        css,
        public_url: settings.public_url.clone(),
    };
    let state = AppState {
        leptos_options: leptos_options.clone(),
        db: db.clone(),
        settings: settings.clone(),
        mailer,
        assets: assets.clone(),
    };
    let context = {
        let state = state.clone();
        move || {
            provide_context(assets.clone());
            provide_context(state.clone());
        }
    };
    let routes = generate_route_list_with_exclusions(App, Some(web::excluded_routes()));

    // Hashed files never change: cache them for a year. Served pre-compressed (.br/.gz).
    let pkg = Router::new()
        .fallback_service(
            ServeDir::new(settings.site_root.join("pkg"))
                .precompressed_br()
                .precompressed_gzip(),
        )
        .layer(SetResponseHeaderLayer::overriding(
            header::CACHE_CONTROL,
            HeaderValue::from_static("public, max-age=31536000, immutable"),
        ));

    let session_layer = SessionManagerLayer::new(session_store::Store::new(&db))
        .with_name(if settings.is_https() {
            "__Host-wegwijs"
        } else {
            "wegwijs"
        })
        .with_secure(settings.is_https())
        .with_http_only(true)
        .with_same_site(SameSite::Lax)
        .with_expiry(Expiry::OnInactivity(time::Duration::minutes(30)));

    let pages = Router::new()
        .leptos_routes_with_context(&state, routes, context.clone(), {
            let options = leptos_options.clone();
            move || shell(options.clone())
        })
        .merge(web::router())
        .fallback(file_and_error_handler_with_context::<AppState, _>(context, shell))
        .layer(middleware::from_fn_with_state(state.clone(), web::load_viewer))
        .layer(middleware::from_fn(http::html_cache_control))
        .layer(middleware::from_fn_with_state(state.clone(), http::remember_language))
        // Low level: compressing each page at a high level costs more than rendering it.
        .layer(CompressionLayer::new().quality(CompressionLevel::Fastest));

    let mut app = Router::new()
        .route("/health", get(http::health))
        .merge(api::router())
        .nest_service("/pkg", pkg)
        .merge(pages)
        .layer(session_layer)
        .layer(middleware::from_fn_with_state(state.clone(), http::reject_cross_site))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::SERVICE_UNAVAILABLE,
            settings.request_timeout,
        ));
    for (name, value) in http::security_headers(settings.is_https()) {
        app = app.layer(SetResponseHeaderLayer::if_not_present(name, value));
    }
    app.layer(
        TraceLayer::new_for_http()
            // Path only: query strings can hold answers about a person's situation.
            .make_span_with(|request: &axum::extract::Request| {
                tracing::info_span!("request", method = %request.method(), path = %request.uri().path())
            }),
    )
    .with_state(state)
}
