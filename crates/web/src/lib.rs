//! The web application: an axum router of server-rendered pages, one module per feature.

pub mod admin_content;
pub mod admin_teams;
pub mod admin_users;
pub mod assessments;
pub mod assets;
pub mod audit_trail;
pub mod auth;
pub mod autosave;
pub mod charts;
pub mod checkpoints;
pub mod children;
pub mod config;
pub mod content;
pub mod context;
pub mod error;
pub mod extract;
pub mod fragments;
pub mod health;
pub mod home;
pub mod households;
pub mod i18n;
pub mod kept;
pub mod layout;
pub mod local;
pub mod placements;
pub mod records;
pub mod routes;
pub mod search;
pub mod security;
pub mod server;
pub mod settings;

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::http::{HeaderName, StatusCode};
use securebase_core::session::SessionPolicy;
use securebase_store::Store;
use tower_http::compression::{CompressionLayer, CompressionLevel};
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::{DefaultOnResponse, TraceLayer};

pub use config::Settings;
pub use error::AppError;

/// Everything a handler may need. Nothing here is per-user state: sessions live in the database,
/// so any number of app servers can share one PostgreSQL. One shared allocation, because axum
/// clones the state for every extractor of every request.
#[derive(Clone)]
pub struct AppState(Arc<Shared>);

impl std::ops::Deref for AppState {
    type Target = Shared;
    fn deref(&self) -> &Shared {
        &self.0
    }
}

pub struct Shared {
    pub store: Store,
    pub settings: Arc<Settings>,
    pub policy: SessionPolicy,
    pub cookies: auth::CookieSpec,
    /// Verified against when an email is unknown, so a wrong address costs as long as a wrong password.
    pub dummy_hash: Arc<String>,
    /// Checks sign-in passwords a few at a time, queueing the rest, so memory stays bounded.
    pub passwords: auth::password::Checker,
    /// The practice content (dimensions, bands, indicators, rating scales), checked at start.
    /// In every language, checked against each other.
    pub content: Arc<securebase_core::content::Packs>,
    /// The support pack (interview, programme, ideas, caregiving cycle) in every language.
    pub support: Arc<securebase_core::support::SupportPacks>,
    /// Writes the audit events of views in batches (group commit); see `store::view_log`.
    pub views: securebase_store::view_log::ViewLog,
    /// Profiles drawn by this server, reused until the child's assessments change.
    pub profiles: Arc<assessments::ProfileFragments>,
    /// `/static/app.css`, with the dimensions' colours from the content (`assets::stylesheet`).
    pub stylesheet: axum::body::Bytes,
}

#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("{0}")]
    Store(#[from] securebase_store::StoreError),
    #[error("{0}")]
    Config(String),
    #[error("{0}")]
    Content(String),
}

impl Shared {
    /// The practice content in the request's language.
    pub fn pack(&self) -> &securebase_core::content::ContentPack {
        self.content.get(local::language())
    }
}

impl AppState {
    /// Opens the database, brings its schema up to date and prepares the shared state.
    pub async fn new(settings: Settings) -> Result<AppState, StartError> {
        settings.validate().map_err(StartError::Config)?;
        let store = Store::open(&settings.database_url, settings.pool_size)?;
        store.migrate().await?;
        Self::with_store(settings, store).await
    }

    pub async fn with_store(settings: Settings, store: Store) -> Result<AppState, StartError> {
        let pack = content::load(settings.content_dir.as_deref()).map_err(StartError::Content)?;
        let support = content::load_support(settings.content_dir.as_deref()).map_err(StartError::Content)?;
        let dummy = tokio::task::spawn_blocking(|| auth::password::hash("a password nobody has, only for timing"))
            .await
            .map_err(|e| StartError::Config(e.to_string()))?
            .map_err(|e| StartError::Config(e.to_string()))?;
        let views = securebase_store::view_log::ViewLog::start(store.clone())?;
        let passwords = auth::password::Checker::start().map_err(|e| StartError::Config(e.to_string()))?;
        let stylesheet = assets::stylesheet(pack.get(securebase_core::Language::En)).into();
        let profile_cache = settings.profile_cache_mib.saturating_mul(1024 * 1024);
        Ok(AppState(Arc::new(Shared {
            store,
            policy: settings.session_policy(),
            cookies: auth::CookieSpec::for_settings(&settings),
            settings: Arc::new(settings),
            dummy_hash: Arc::new(dummy),
            passwords,
            content: Arc::new(pack),
            support: Arc::new(support),
            views,
            profiles: Arc::new(fragments::Fragments::new(profile_cache)),
            stylesheet,
        })))
    }
}

pub fn router(state: AppState) -> Router {
    let request_id = HeaderName::from_static("x-request-id");
    let limit = state.settings.max_body_bytes;
    let timeout = Duration::from_secs(state.settings.request_timeout_secs);
    let (routes, _) = all_routes().into_parts();
    routes
        .fallback(error::not_found)
        .layer(axum::middleware::from_fn_with_state(state.clone(), kept::keep_signed_out_forms))
        .layer(axum::middleware::from_fn_with_state(state.clone(), security::refuse_cross_site))
        .layer(axum::extract::DefaultBodyLimit::max(limit))
        .layer(RequestBodyLimitLayer::new(limit))
        .layer(TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, timeout))
        .layer(axum::middleware::from_fn(extract::plain_rejections))
        .layer(axum::middleware::from_fn_with_state(state.clone(), security::headers))
        // Pages, the stylesheet and the script go out compressed to a browser that asks (brotli
        // or gzip), at a level cheap enough to spend on every response (decision 56).
        .layer(CompressionLayer::new().br(true).gzip(true).quality(CompressionLevel::Precise(4)))
        .layer(PropagateRequestIdLayer::new(request_id.clone()))
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(security::span_for)
                .on_response(DefaultOnResponse::new().level(tracing::Level::INFO)),
        )
        .layer(SetRequestIdLayer::new(request_id, MakeRequestUuid))
        .layer(axum::middleware::from_fn(security::plain_request_id))
        .layer(axum::middleware::from_fn(local_scope))
        .with_state(state)
}

/// Gives every request room for its language and time zone (see [`local`]), starting from the
/// language the browser asks for; the session, once read, puts in the person's own.
async fn local_scope(req: axum::extract::Request, next: axum::middleware::Next) -> axum::response::Response {
    let browser = req
        .headers()
        .get(axum::http::header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(securebase_core::Language::negotiate)
        .unwrap_or_default();
    let mut res = local::scope(browser, next.run(req)).await;
    // The same address answers in different languages to different browsers and people.
    res.headers_mut().append(axum::http::header::VARY, axum::http::HeaderValue::from_static("Accept-Language"));
    res
}

/// Every feature's routes. Add a feature here and the access-matrix test will ask for its rules.
fn all_routes() -> routes::Routes {
    routes::Routes::new()
        .merge(health::routes())
        .merge(assets::routes())
        .merge(auth::routes())
        .merge(home::routes())
        .merge(admin_users::routes())
        .merge(admin_teams::routes())
        .merge(admin_content::routes())
        .merge(search::routes())
        .merge(audit_trail::routes())
        .merge(settings::routes())
        .merge(children::routes())
        .merge(households::routes())
        .merge(placements::routes())
        .merge(assessments::routes())
}

/// (method, path pattern) of every route the application serves.
pub fn route_table() -> Vec<(&'static str, &'static str)> {
    all_routes().into_parts().1
}

/// Serves until `shutdown` resolves, and meanwhile purges dead sessions and writes audit
/// checkpoints (when `audit_checkpoint_dir` is set) in the background.
pub async fn serve(
    listener: tokio::net::TcpListener,
    state: AppState,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let store = state.store.clone();
    let purger = tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(600));
        loop {
            tick.tick().await;
            let now = securebase_store::now_micros();
            if let Err(e) = store.run(move |c| securebase_store::sessions::purge_expired(c, now)).await {
                tracing::warn!(error = %e, "could not purge expired sessions");
            }
        }
    });
    let checkpointer = tokio::spawn(checkpoints::run_schedule(state.store.clone(), state.settings.clone()));
    let limits = server::Limits {
        max_connections: state.settings.max_connections,
        header_timeout: Duration::from_secs(state.settings.header_timeout_secs),
    };
    let result = server::run(listener, router(state), limits, shutdown).await;
    purger.abort();
    checkpointer.abort();
    result
}
