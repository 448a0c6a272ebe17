//! Routes for consultants and admins: the second factor at sign-in, the admin's consultant
//! list and invitations, the consultant's accounts without e-mail, letters and the migrants
//! who share with their municipality.

use app::accounts::{
    municipalities,
    views::{AdminView, ConsultantHomeView, ConsultantView, LetterView, PersonRow, SavedCheckView, TwoFactorView},
    Role,
};
use axum::{
    extract::{Path, Request, State},
    http::{request::Parts, StatusCode, Uri},
    response::{IntoResponse, Response},
    routing::{get, post},
    Router,
};
use base64::{engine::general_purpose::STANDARD, Engine};
use leptos::prelude::provide_context;
use qrcode::{render::svg, QrCode};
use serde::{Deserialize, Serialize};
use tower_sessions::Session;

use super::{
    render,
    request::{device_name, rerender, see_other, server_error, session, sign_in_first, user, Posted},
};
use crate::{
    accounts::{
        auth, find_user, partners, second_factor,
        staff::{self, Letter},
        Failure, User,
    },
    clock::now,
    startup::AppState,
};

pub const EXCLUDED_ROUTES: [&str; 4] = [
    "/account/two-factor",
    "/admin",
    "/consultant",
    "/consultant/migrants/{id}",
];

/// Password checked, second factor not yet: kept in the session for a few minutes.
const PENDING_KEY: &str = "pending-login";
const PENDING_TTL: i64 = 10 * 60;

#[derive(Clone, Debug, Serialize, Deserialize)]
struct PendingLogin {
    user_id: i64,
    since: i64,
    /// The secret being set up, until its first code confirms it.
    new_secret: Option<String>,
}

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/account/two-factor", get(two_factor_page).post(two_factor))
        .route("/admin", get(admin_page))
        .route("/admin/consultants", post(invite_consultant))
        .route("/consultant", get(consultant_page))
        .route("/consultant/accounts", post(create_account))
        .route("/consultant/accounts/{id}/letter", post(new_letter))
        .route("/consultant/migrants/{id}", get(shared_migrant))
}

/// After the password of a consultant or admin: remember who, send them to the second step.
pub async fn await_second_factor(session: &Session, user: &User) -> Response {
    let stored = async {
        session.cycle_id().await?;
        session
            .insert(
                PENDING_KEY,
                PendingLogin {
                    user_id: user.id,
                    since: now(),
                    new_secret: None,
                },
            )
            .await
    };
    match stored.await {
        Ok(()) => see_other("/account/two-factor"),
        Err(error) => server_error(error.into()),
    }
}

/// The person halfway through signing in, if still in time.
async fn pending(
    state: &AppState,
    session: &Session,
) -> Result<Option<(PendingLogin, User)>, crate::accounts::ServerError> {
    let Some(pending) = session.get::<PendingLogin>(PENDING_KEY).await? else {
        return Ok(None);
    };
    if now() - pending.since > PENDING_TTL {
        session.remove::<PendingLogin>(PENDING_KEY).await?;
        return Ok(None);
    }
    Ok(find_user(&state.db, pending.user_id).await?.map(|u| (pending, u)))
}

/// A QR code as a `data:` URI (the CSP allows `data:` images; no inline markup needed).
fn qr_data_uri(text: &str) -> String {
    let svg = QrCode::new(text.as_bytes())
        .map(|code| code.render::<svg::Color<'_>>().min_dimensions(200, 200).build())
        .unwrap_or_default();
    format!("data:image/svg+xml;base64,{}", STANDARD.encode(svg))
}

async fn show_two_factor(
    state: &AppState,
    mut parts: Parts,
    status: StatusCode,
    step: TwoFactorView,
    form: Option<(Vec<(String, String)>, Failure)>,
) -> Response {
    parts.uri = Uri::from_static("/account/two-factor");
    match form {
        Some((kept, failure)) => rerender(state, parts, kept, failure, move || provide_context(step.clone())).await,
        None => render(state, parts, status, move || provide_context(step.clone())).await,
    }
}

/// Shows the set-up (first time) or the code form.
async fn two_factor_page(State(state): State<AppState>, request: Request) -> Response {
    let parts = request.into_parts().0;
    let Some(session) = session(&parts) else {
        return sign_in_first();
    };
    match setup_step(&state, &session).await {
        Ok(Some(step)) => show_two_factor(&state, parts, StatusCode::OK, step, None).await,
        Ok(None) => sign_in_first(),
        Err(error) => server_error(error),
    }
}

/// What the second step shows now: the code form, or the set-up with a secret that stays
/// the same until confirmed (a reload must not invalidate a scanned QR code).
async fn setup_step(
    state: &AppState,
    session: &Session,
) -> Result<Option<TwoFactorView>, crate::accounts::ServerError> {
    let Some((mut pending, user)) = pending(state, session).await? else {
        return Ok(None);
    };
    if second_factor::is_enrolled(&state.db, user.id).await? {
        return Ok(Some(TwoFactorView::Verify));
    }
    let secret = match pending.new_secret.clone() {
        Some(secret) => secret,
        None => {
            let secret = second_factor::new_secret();
            pending.new_secret = Some(secret.clone());
            session.insert(PENDING_KEY, &pending).await?;
            secret
        }
    };
    let account = user.email.clone().unwrap_or_else(|| user.display_name.clone());
    Ok(Some(TwoFactorView::Setup {
        qr: qr_data_uri(&second_factor::otpauth_uri(&secret, &account)),
        secret,
    }))
}

async fn two_factor(State(state): State<AppState>, posted: Posted) -> Response {
    let Some(session) = session(&posted.parts) else {
        return sign_in_first();
    };
    let (pending, user) = match pending(&state, &session).await {
        Ok(Some(p)) => p,
        Ok(None) => return sign_in_first(),
        Err(error) => return server_error(error),
    };
    let typed = posted.get("code");
    let enrolled = match second_factor::is_enrolled(&state.db, user.id).await {
        Ok(enrolled) => enrolled,
        Err(error) => return server_error(error.into()),
    };
    let checked = match (&pending.new_secret, enrolled) {
        (Some(secret), false) => second_factor::enroll(&state.db, &user, secret, &typed).await.map(Some),
        _ => second_factor::verify(&state.db, &user, &typed).await.map(|()| None),
    };
    let codes = match checked {
        Ok(codes) => codes,
        Err(failure) => {
            let step = match setup_step(&state, &session).await {
                Ok(Some(step)) => step,
                Ok(None) => return sign_in_first(),
                Err(error) => return server_error(error),
            };
            return show_two_factor(
                &state,
                posted.parts.clone(),
                StatusCode::OK,
                step,
                Some((posted.kept(), failure)),
            )
            .await;
        }
    };
    let home = user.role.home();
    let login = match auth::open_login(&state.db, user, &device_name(&posted.parts)).await {
        Ok(login) => login,
        Err(error) => return server_error(error),
    };
    if let Err(error) = session.remove::<PendingLogin>(PENDING_KEY).await {
        return server_error(error.into());
    }
    let started = super::viewer::start_login(&session, login).await;
    match codes {
        // Set up just now: show the recovery codes once, instead of the redirect.
        Some(codes) if started.status().is_redirection() => {
            let step = TwoFactorView::RecoveryCodes {
                codes,
                next: home.to_owned(),
            };
            show_two_factor(&state, posted.parts, StatusCode::OK, step, None).await
        }
        _ => started,
    }
}

/// Why a staff page is refused: nobody signed in, or the wrong role.
pub enum Denied {
    SignIn,
    Forbidden,
}

impl IntoResponse for Denied {
    fn into_response(self) -> Response {
        match self {
            Self::SignIn => sign_in_first(),
            Self::Forbidden => StatusCode::FORBIDDEN.into_response(),
        }
    }
}

/// The signed-in user if they have `role`.
pub fn require(parts: &Parts, role: Role) -> Result<User, Denied> {
    match user(parts) {
        Some(u) if u.role == role => Ok(u),
        Some(_) => Err(Denied::Forbidden),
        None => Err(Denied::SignIn),
    }
}

async fn admin_view(state: &AppState) -> Result<AdminView, sqlx::Error> {
    Ok(AdminView {
        consultants: staff::consultants(&state.db)
            .await?
            .into_iter()
            .map(|(name, email, code, activated, second_factor)| ConsultantView {
                name,
                email,
                municipality: municipalities::name(&code).unwrap_or(&code).to_owned(),
                activated,
                second_factor,
            })
            .collect(),
    })
}

async fn admin_page(State(state): State<AppState>, request: Request) -> Response {
    let parts = request.into_parts().0;
    if let Err(refusal) = require(&parts, Role::Admin) {
        return refusal.into_response();
    }
    match admin_view(&state).await {
        Ok(view) => render(&state, parts, StatusCode::OK, move || provide_context(view.clone())).await,
        Err(error) => server_error(error.into()),
    }
}

async fn invite_consultant(State(state): State<AppState>, posted: Posted) -> Response {
    let admin = match require(&posted.parts, Role::Admin) {
        Ok(u) => u,
        Err(refusal) => return refusal.into_response(),
    };
    let form = staff::ConsultantInvite {
        display_name: posted.get("display_name"),
        email: posted.get("email"),
        municipality: posted.get("municipality"),
        locale: app::locale::find(&admin.locale).unwrap_or("nl").to_owned(),
    };
    match staff::invite_consultant(&state, &admin, form).await {
        Ok(()) => see_other("/admin?done=consultant-invited"),
        Err(failure) => match admin_view(&state).await {
            Ok(view) => {
                let mut parts = posted.parts.clone();
                parts.uri = Uri::from_static("/admin");
                rerender(&state, parts, posted.kept(), failure, move || {
                    provide_context(view.clone())
                })
                .await
            }
            Err(error) => server_error(error.into()),
        },
    }
}

async fn consultant_view(state: &AppState, consultant: &User) -> Result<ConsultantHomeView, Failure> {
    let rows = |rows: Vec<(i64, String, i64)>| {
        rows.into_iter()
            .map(|(id, name, at)| PersonRow { id, name, at })
            .collect()
    };
    Ok(ConsultantHomeView {
        municipality: consultant
            .municipality
            .as_deref()
            .and_then(municipalities::name)
            .unwrap_or_default()
            .to_owned(),
        waiting: rows(staff::waiting(&state.db, consultant).await?),
        sharing: rows(staff::sharing_with(&state.db, consultant).await?),
    })
}

async fn show_consultant(
    state: &AppState,
    mut parts: Parts,
    consultant: &User,
    refused: Option<(Vec<(String, String)>, Failure)>,
) -> Response {
    parts.uri = Uri::from_static("/consultant");
    let view = match consultant_view(state, consultant).await {
        Ok(view) => view,
        Err(Failure::Server(error)) => return server_error(error),
        Err(Failure::Refused(_)) => return StatusCode::FORBIDDEN.into_response(),
    };
    match refused {
        Some((kept, failure)) => rerender(state, parts, kept, failure, move || provide_context(view.clone())).await,
        None => render(state, parts, StatusCode::OK, move || provide_context(view.clone())).await,
    }
}

async fn consultant_page(State(state): State<AppState>, request: Request) -> Response {
    let parts = request.into_parts().0;
    match require(&parts, Role::Consultant) {
        Ok(consultant) => show_consultant(&state, parts, &consultant, None).await,
        Err(refusal) => refusal.into_response(),
    }
}

/// The letter to print, rendered as the answer to the post (the code is never stored, so
/// it cannot be shown again: a lost letter means a new letter).
async fn show_letter(state: &AppState, mut parts: Parts, letter: Letter) -> Response {
    parts.uri = Uri::from_static("/consultant/letter");
    let url = staff::activation_url(&state.settings.public_url, &letter.code);
    let view = LetterView {
        locale: letter.locale,
        name: letter.name,
        username: letter.username,
        code: letter.code,
        qr: qr_data_uri(&url),
        url,
        expires_at: letter.expires_at,
    };
    render(state, parts, StatusCode::OK, move || provide_context(view.clone())).await
}

async fn create_account(State(state): State<AppState>, posted: Posted) -> Response {
    let consultant = match require(&posted.parts, Role::Consultant) {
        Ok(u) => u,
        Err(refusal) => return refusal.into_response(),
    };
    match staff::create_without_email(
        &state.db,
        &consultant,
        &posted.get("display_name"),
        &posted.get("locale"),
    )
    .await
    {
        Ok(letter) => show_letter(&state, posted.parts, letter).await,
        Err(failure) => {
            show_consultant(
                &state,
                posted.parts.clone(),
                &consultant,
                Some((posted.kept(), failure)),
            )
            .await
        }
    }
}

async fn new_letter(State(state): State<AppState>, Path(id): Path<i64>, request: Request) -> Response {
    let parts = request.into_parts().0;
    let consultant = match require(&parts, Role::Consultant) {
        Ok(u) => u,
        Err(refusal) => return refusal.into_response(),
    };
    match staff::new_letter(&state.db, &consultant, id).await {
        Ok(letter) => show_letter(&state, parts, letter).await,
        Err(Failure::Refused(_)) => StatusCode::NOT_FOUND.into_response(),
        Err(Failure::Server(error)) => server_error(error),
    }
}

/// What a consultant sees of a migrant who shares with their municipality: the saved check.
async fn shared_migrant(State(state): State<AppState>, Path(id): Path<i64>, request: Request) -> Response {
    let parts = request.into_parts().0;
    let consultant = match require(&parts, Role::Consultant) {
        Ok(u) => u,
        Err(refusal) => return refusal.into_response(),
    };
    let loaded = async {
        let Some(migrant) = staff::shared_migrant(&state.db, &consultant, id).await? else {
            return Ok(None);
        };
        let saved = partners::saved_check(&state.db, migrant.id).await?;
        Ok::<_, crate::accounts::ServerError>(Some(SavedCheckView {
            owner_name: migrant.display_name,
            result_query: saved.as_ref().map(|(q, _)| q.clone()),
            saved_at: saved.map(|(_, at)| at),
        }))
    };
    match loaded.await {
        Ok(Some(view)) => render(&state, parts, StatusCode::OK, move || provide_context(view.clone())).await,
        // No consent, another municipality or no such person: all look the same.
        Ok(None) => render(&state, parts, StatusCode::FORBIDDEN, || {}).await,
        Err(error) => server_error(error),
    }
}
