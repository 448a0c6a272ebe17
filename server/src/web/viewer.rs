//! Who is signed in: the session holds a login key; the `logins` table decides whether it is
//! still valid (so "sign out everywhere" and a password reset take effect at once).

use app::accounts::{
    views::{ActingFor, Viewer},
    Scope,
};
use axum::{
    extract::{Request, State},
    http::{header, HeaderValue},
    middleware::Next,
    response::{IntoResponse, Redirect, Response},
};
use serde::{Deserialize, Serialize};
use tower_sessions::Session;

use crate::{
    accounts::{auth, auth::NewLogin, find_user, partners},
    clock::now,
    startup::AppState,
};

pub const LOGIN_KEY: &str = "login";

/// What the session cookie stands for.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct LoginSession {
    pub key: String,
    pub user_id: i64,
    /// Last write, so an active person's idle timeout keeps moving (tower-sessions counts
    /// inactivity from the last change, not the last read).
    pub touched_at: i64,
    /// The grant a partner is acting under.
    pub acting_for: Option<i64>,
}

/// Puts the [`Viewer`] and the signed-in [`crate::accounts::User`] into the request; pages
/// for a signed-in person are never stored by caches.
pub async fn load_viewer(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let session = request.extensions().get::<Session>().cloned();
    let mut signed_in = false;
    if let Some(session) = session {
        match resolve(&state, &session).await {
            Ok(Some((viewer, user))) => {
                signed_in = true;
                request.extensions_mut().insert(viewer);
                request.extensions_mut().insert(user);
            }
            Ok(None) => {}
            Err(error) => tracing::error!(error = %error, "could not load the signed-in person"),
        }
    }
    let mut response = next.run(request).await;
    if signed_in {
        response
            .headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    response
}

async fn resolve(
    state: &AppState,
    session: &Session,
) -> Result<Option<(Viewer, crate::accounts::User)>, crate::accounts::ServerError> {
    let Some(mut login) = session.get::<LoginSession>(LOGIN_KEY).await? else {
        return Ok(None);
    };
    let Some(user) = auth::check_login(&state.db, &login.key).await? else {
        session.flush().await?;
        return Ok(None);
    };
    let mut changed = false;
    let acting_for = match login.acting_for {
        Some(grant_id) => {
            let grant = partners::active_grant(&state.db, user.id, grant_id, Scope::View).await?;
            let grant = match grant {
                Some(g) => Some(g),
                None => partners::active_grant(&state.db, user.id, grant_id, Scope::Book).await?,
            };
            match grant {
                Some(g) => find_user(&state.db, g.migrant_id).await?.map(|m| ActingFor {
                    grant_id,
                    migrant_name: m.display_name,
                    scopes: g.scopes(),
                }),
                None => {
                    // Revoked or ended: stop acting at once.
                    login.acting_for = None;
                    changed = true;
                    None
                }
            }
        }
        None => None,
    };
    if now() - login.touched_at >= 60 {
        login.touched_at = now();
        changed = true;
    }
    if changed {
        session.insert(LOGIN_KEY, &login).await?;
    }
    let viewer = Viewer {
        user_id: user.id,
        display_name: user.display_name.clone(),
        role: user.role,
        acting_for,
    };
    Ok(Some((viewer, user)))
}

/// Starts the signed-in session of a new login and sends the person to their start page. A
/// new session id: an id planted before sign-in cannot be used (fixation).
pub async fn start_login(session: &Session, login: NewLogin) -> Response {
    let stored = async {
        session.cycle_id().await?;
        session
            .insert(
                LOGIN_KEY,
                LoginSession {
                    key: login.key,
                    user_id: login.user.id,
                    touched_at: login.signed_in_at,
                    acting_for: None,
                },
            )
            .await
    };
    match stored.await {
        Ok(()) => Redirect::to(login.user.role.home()).into_response(),
        Err(error) => super::request::server_error(error.into()),
    }
}
