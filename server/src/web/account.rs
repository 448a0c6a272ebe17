//! Account routes: sign-up, verification, sign-in and out, reset, partner access, my data.

use app::accounts::{
    views::{AccountView, DeviceView, GrantView, LogEntry, SavedCheckView, Viewer},
    Scope,
};
use axum::{
    extract::{Path, Request, State},
    http::{header, request::Parts, HeaderValue, StatusCode, Uri},
    response::{IntoResponse, Response},
    routing::{get, post},
    Router,
};
use leptos::prelude::provide_context;

use super::{
    render,
    request::{client_ip, device_name, rerender, see_other, server_error, session, sign_in_first, user, Posted},
    staff, LoginSession, LOGIN_KEY,
};
use crate::{
    accounts::{auth, partners, privacy, second_factor, secrets::hash_secret, staff as staff_accounts, Failure},
    clock::now,
    on_db,
    startup::AppState,
};

/// Paths whose GET is served here (with data) instead of by the Leptos route list.
pub const EXCLUDED_ROUTES: [&str; 2] = ["/account", "/account/for/check"];

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/account", get(overview))
        .route("/account/sign-up", post(sign_up))
        .route("/account/verify", post(verify))
        .route("/account/sign-in", post(sign_in))
        .route("/account/sign-out", post(sign_out))
        .route("/account/sign-out-everywhere", post(sign_out_everywhere))
        .route("/account/forgot", post(forgot))
        .route("/account/reset", post(reset))
        .route("/account/partners/invite", post(invite))
        .route("/account/partners/accept", post(accept))
        .route("/account/partners/{id}/revoke", post(revoke))
        .route("/account/acting-for", post(acting_for))
        .route("/account/for/check", get(shared_check))
        .route("/account/export", get(export))
        .route("/account/delete", post(delete))
        .route("/account/activate", post(activate))
        .route("/account/municipality", post(share_with_municipality))
        .route("/account/municipality/stop", post(stop_sharing))
        .route("/obligations/save", post(save_check))
        .route("/.well-known/security.txt", get(security_txt))
}

/// Renders `path` again with what was typed and the refusals (422), or fails with a 500.
/// The account overview gets its data again.
async fn refused(
    state: &AppState,
    mut parts: Parts,
    path: &str,
    kept: Vec<(String, String)>,
    failure: Failure,
) -> Response {
    parts.uri = Uri::try_from(path).unwrap_or_default();
    let extra = if path == "/account" {
        account_view(state, &parts, None).await
    } else {
        Ok(None)
    };
    match extra {
        Ok(data) => {
            rerender(state, parts, kept, failure, move || {
                if let Some((view, saved)) = data.clone() {
                    provide_context(view);
                    provide_context(saved);
                }
            })
            .await
        }
        Err(error) => server_error(error.into()),
    }
}

async fn sign_up(State(state): State<AppState>, posted: Posted) -> Response {
    let form = auth::SignUp {
        display_name: posted.get("display_name"),
        email: posted.get("email"),
        password: posted.get("password"),
        password_repeat: posted.get("password_repeat"),
        role: posted.get("role"),
        locale: posted.get("lang"),
    };
    let ip = client_ip(&state, &posted.parts);
    match auth::sign_up(&state, form, &ip).await {
        Ok(()) => see_other("/account/check-mail"),
        Err(f) => refused(&state, posted.parts.clone(), "/account/sign-up", posted.kept(), f).await,
    }
}

async fn verify(State(state): State<AppState>, posted: Posted) -> Response {
    match auth::verify_email(&state.db, &posted.get("token")).await {
        Ok(()) => see_other("/account/sign-in?done=verified"),
        Err(f) => refused(&state, posted.parts.clone(), "/account/verify", posted.kept(), f).await,
    }
}

async fn sign_in(State(state): State<AppState>, posted: Posted) -> Response {
    let Some(session) = session(&posted.parts) else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let ip = client_ip(&state, &posted.parts);
    let device = device_name(&posted.parts);
    let user = match auth::authenticate(&state, &posted.get("email"), posted.get("password"), &ip).await {
        Ok(user) => user,
        Err(f) => return refused(&state, posted.parts.clone(), "/account/sign-in", posted.kept(), f).await,
    };
    // Consultants and admins first prove it is them with their second factor.
    if user.role.is_staff() {
        return staff::await_second_factor(&session, &user).await;
    }
    match auth::open_login(&state.db, user, &device).await {
        Ok(login) => super::viewer::start_login(&session, login).await,
        Err(error) => server_error(error),
    }
}

async fn end_session(state: &AppState, parts: &Parts, everywhere: bool) -> Response {
    let Some(session) = session(parts) else {
        return sign_in_first();
    };
    let login = session.get::<LoginSession>(LOGIN_KEY).await.ok().flatten();
    let ended = async {
        if let Some(login) = login {
            if everywhere {
                auth::end_all_logins(&state.db, login.user_id).await?;
            } else {
                auth::end_login(&state.db, &login.key).await?;
            }
        }
        session.flush().await?;
        Ok::<_, crate::accounts::ServerError>(())
    };
    match ended.await {
        Ok(()) => see_other("/account/sign-in?done=signed-out"),
        Err(error) => server_error(error),
    }
}

async fn sign_out(State(state): State<AppState>, request: Request) -> Response {
    end_session(&state, &request.into_parts().0, false).await
}

async fn sign_out_everywhere(State(state): State<AppState>, request: Request) -> Response {
    end_session(&state, &request.into_parts().0, true).await
}

async fn forgot(State(state): State<AppState>, posted: Posted) -> Response {
    let ip = client_ip(&state, &posted.parts);
    match auth::request_reset(&state, &posted.get("email"), &ip).await {
        Ok(()) => see_other("/account/check-mail"),
        Err(f) => refused(&state, posted.parts.clone(), "/account/forgot", posted.kept(), f).await,
    }
}

async fn reset(State(state): State<AppState>, posted: Posted) -> Response {
    let token = posted.get("token");
    match auth::reset_password(
        &state.db,
        &token,
        "reset",
        posted.get("password"),
        &posted.get("password_repeat"),
    )
    .await
    {
        Ok(()) => see_other("/account/sign-in?done=password-reset"),
        Err(f) => refused(&state, posted.parts.clone(), "/account/reset", posted.kept(), f).await,
    }
}

/// The overview's data for the signed-in user (none when signed out).
async fn account_view(
    state: &AppState,
    parts: &Parts,
    new_code: Option<String>,
) -> Result<Option<(AccountView, SavedCheckView)>, sqlx::Error> {
    let Some(user) = user(parts) else {
        return Ok(None);
    };
    let now = now();
    let this_key = match session(parts) {
        Some(s) => s
            .get::<LoginSession>(LOGIN_KEY)
            .await
            .ok()
            .flatten()
            .map(|l| hash_secret(&l.key)),
        None => None,
    };
    let devices = auth::logins_of(&state.db, user.id)
        .await?
        .into_iter()
        .map(|(hash, device, created, seen)| DeviceView {
            device,
            signed_in_at: created,
            last_seen_at: seen,
            is_this_device: Some(&hash) == this_key.as_ref(),
        })
        .collect();
    let to_view = |(g, name): (app::accounts::Grant, Option<String>)| GrantView {
        id: g.id,
        other_name: name,
        scopes: g.scopes(),
        valid_until: g.valid_until,
        status: g.status(now),
    };
    let given = partners::given_by(&state.db, user.id)
        .await?
        .into_iter()
        .map(to_view)
        .collect();
    let received = partners::received_by(&state.db, user.id)
        .await?
        .into_iter()
        .map(to_view)
        .collect();
    let log: Vec<(i64, Option<i64>, Option<String>, String)> = on_db!(&state.db, |pool| {
        sqlx::query_as(
        "select l.at, l.actor_id, u.display_name, l.action from audit_log l left join users u on u.id = l.actor_id \
         where l.migrant_id = $1 order by l.id desc limit 50"
    )
    .bind(user.id)
    .fetch_all(pool)
    .await
    })?;
    let saved = partners::saved_check(&state.db, user.id).await?;
    let recovery_codes_left = if user.role.is_staff() {
        Some(second_factor::recovery_codes_left(&state.db, user.id).await?)
    } else {
        None
    };
    let view = AccountView {
        display_name: user.display_name.clone(),
        email: user.email.clone(),
        role: user.role,
        devices,
        given,
        received,
        log: log
            .into_iter()
            .map(|(at, actor, name, action)| LogEntry {
                at,
                by_self: actor == Some(user.id),
                actor_name: name,
                action,
            })
            .collect(),
        new_invite_code: new_code,
        municipality: user.municipality.clone(),
        shares_since: user.shares_since,
        recovery_codes_left,
    };
    let saved = SavedCheckView {
        owner_name: user.display_name,
        result_query: saved.as_ref().map(|(q, _)| q.clone()),
        saved_at: saved.map(|(_, at)| at),
    };
    Ok(Some((view, saved)))
}

async fn show_account(state: &AppState, mut parts: Parts, new_code: Option<String>) -> Response {
    match account_view(state, &parts, new_code).await {
        Ok(Some((view, saved))) => {
            // A post (e.g. the invitation) shows the overview; a GET keeps its `?done=`.
            if parts.uri.path() != "/account" {
                parts.uri = Uri::from_static("/account");
            }
            render(state, parts, StatusCode::OK, move || {
                provide_context(view.clone());
                provide_context(saved.clone());
            })
            .await
        }
        Ok(None) => sign_in_first(),
        Err(error) => server_error(error.into()),
    }
}

async fn overview(State(state): State<AppState>, request: Request) -> Response {
    show_account(&state, request.into_parts().0, None).await
}

async fn invite(State(state): State<AppState>, posted: Posted) -> Response {
    let Some(user) = user(&posted.parts) else {
        return sign_in_first();
    };
    let invitation = partners::Invitation {
        scopes: Scope::ALL
            .into_iter()
            .filter(|s| posted.get(s.as_str()) == "on")
            .collect(),
        until: posted.get("until"),
        partner_email: posted.get("partner_email"),
    };
    match partners::invite(&state, &user, invitation).await {
        Ok(code) => show_account(&state, posted.parts, Some(code)).await,
        Err(f) => refused(&state, posted.parts.clone(), "/account", posted.kept(), f).await,
    }
}

async fn accept(State(state): State<AppState>, posted: Posted) -> Response {
    let Some(user) = user(&posted.parts) else {
        return sign_in_first();
    };
    match partners::accept(&state.db, &user, &posted.get("code")).await {
        Ok(()) => see_other("/account?done=accepted"),
        Err(f) => refused(&state, posted.parts.clone(), "/account", posted.kept(), f).await,
    }
}

async fn revoke(State(state): State<AppState>, Path(id): Path<i64>, request: Request) -> Response {
    let parts = request.into_parts().0;
    let Some(user) = user(&parts) else {
        return sign_in_first();
    };
    match partners::revoke(&state.db, &user, id).await {
        Ok(()) => see_other("/account?done=revoked"),
        Err(Failure::Refused(_)) => StatusCode::NOT_FOUND.into_response(),
        Err(Failure::Server(error)) => server_error(error),
    }
}

async fn acting_for(State(state): State<AppState>, posted: Posted) -> Response {
    let (Some(user), Some(session)) = (user(&posted.parts), session(&posted.parts)) else {
        return sign_in_first();
    };
    let grant = posted.get("grant").parse::<i64>().ok();
    // Acting is possible under any grant that lets the partner see or book; it starts on the
    // migrant's check when the partner may see it, else on the sessions.
    let (allowed, start) = match grant {
        Some(id) => match (
            partners::active_grant(&state.db, user.id, id, Scope::View).await,
            partners::active_grant(&state.db, user.id, id, Scope::Book).await,
        ) {
            (Ok(Some(_)), _) => (true, "/account/for/check"),
            (Ok(None), Ok(Some(_))) => (true, "/sessions"),
            (Ok(None), Ok(None)) => (false, ""),
            (Err(error), _) | (_, Err(error)) => return server_error(error.into()),
        },
        None => (true, ""),
    };
    if !allowed {
        return access_ended(&state, posted.parts).await;
    }
    let updated = async {
        if let Some(mut login) = session.get::<LoginSession>(LOGIN_KEY).await? {
            login.acting_for = grant;
            session.insert(LOGIN_KEY, login).await?;
        }
        Ok::<_, tower_sessions::session::Error>(())
    };
    match (updated.await, grant) {
        (Ok(()), Some(_)) => see_other(start),
        (Ok(()), None) => see_other("/account?done=acting-stopped"),
        (Err(error), _) => server_error(error.into()),
    }
}

/// 403 with the "access ended" page.
async fn access_ended(state: &AppState, mut parts: Parts) -> Response {
    parts.uri = Uri::from_static("/account/for/check");
    render(state, parts, StatusCode::FORBIDDEN, || {}).await
}

async fn shared_check(State(state): State<AppState>, request: Request) -> Response {
    let parts = request.into_parts().0;
    let (Some(user), Some(viewer)) = (user(&parts), parts.extensions.get::<Viewer>().cloned()) else {
        return sign_in_first();
    };
    let Some(acting) = viewer.acting_for else {
        return access_ended(&state, parts).await;
    };
    let loaded = async {
        let Some(grant) = partners::active_grant(&state.db, user.id, acting.grant_id, Scope::View).await? else {
            return Ok(None);
        };
        let saved = partners::saved_check(&state.db, grant.migrant_id).await?;
        partners::log_view(&state.db, &grant, user.id).await?;
        Ok::<_, sqlx::Error>(Some(SavedCheckView {
            owner_name: acting.migrant_name.clone(),
            result_query: saved.as_ref().map(|(q, _)| q.clone()),
            saved_at: saved.map(|(_, at)| at),
        }))
    };
    match loaded.await {
        Ok(Some(view)) => render(&state, parts, StatusCode::OK, move || provide_context(view.clone())).await,
        Ok(None) => {
            tracing::warn!(user_id = user.id, "partner access refused");
            access_ended(&state, parts).await
        }
        Err(error) => server_error(error.into()),
    }
}

async fn save_check(State(state): State<AppState>, posted: Posted) -> Response {
    let Some(user) = user(&posted.parts) else {
        return sign_in_first();
    };
    // Only answers the check understands are kept (and the result page re-validates them).
    let today = app::ui::dates::today_in_amsterdam();
    let raw = posted.get("answers");
    let pairs: Vec<(String, String)> = form_urlencoded::parse(raw.as_bytes()).into_owned().collect();
    let Ok(answers) = app::obligations::Answers::parse(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())), today)
    else {
        return StatusCode::UNPROCESSABLE_ENTITY.into_response();
    };
    let clean = form_urlencoded::Serializer::new(String::new())
        .extend_pairs(answers.to_pairs().into_iter().map(|(f, v)| (f.name(), v)))
        .finish();
    match partners::save_check(&state.db, &user, &clean).await {
        Ok(()) => see_other("/account?done=saved"),
        Err(Failure::Refused(_)) => StatusCode::FORBIDDEN.into_response(),
        Err(Failure::Server(error)) => server_error(error),
    }
}

async fn export(State(state): State<AppState>, request: Request) -> Response {
    let parts = request.into_parts().0;
    let Some(user) = user(&parts) else {
        return sign_in_first();
    };
    match privacy::export(&state.db, &user).await {
        Ok(data) => {
            let mut response = axum::Json(data).into_response();
            let headers = response.headers_mut();
            headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            headers.insert(
                header::CONTENT_DISPOSITION,
                HeaderValue::from_static("attachment; filename=\"wegwijs-export.json\""),
            );
            response
        }
        Err(error) => server_error(error.into()),
    }
}

async fn delete(State(state): State<AppState>, posted: Posted) -> Response {
    let (Some(user), Some(session)) = (user(&posted.parts), session(&posted.parts)) else {
        return sign_in_first();
    };
    match privacy::delete(&state.db, &user, posted.get("password")).await {
        Ok(()) => match session.flush().await {
            Ok(()) => see_other("/account/sign-in?done=deleted"),
            Err(error) => server_error(error.into()),
        },
        Err(f) => refused(&state, posted.parts.clone(), "/account/delete", posted.kept(), f).await,
    }
}

async fn activate(State(state): State<AppState>, posted: Posted) -> Response {
    let ip = client_ip(&state, &posted.parts);
    match staff_accounts::activate(
        &state.db,
        &posted.get("code"),
        posted.get("password"),
        &posted.get("password_repeat"),
        &ip,
    )
    .await
    {
        Ok(()) => see_other("/account/sign-in?done=activated"),
        Err(f) => refused(&state, posted.parts.clone(), "/account/activate", posted.kept(), f).await,
    }
}

async fn share_with_municipality(State(state): State<AppState>, posted: Posted) -> Response {
    let Some(user) = user(&posted.parts) else {
        return sign_in_first();
    };
    match staff_accounts::share_with_municipality(&state.db, &user, &posted.get("municipality")).await {
        Ok(()) => see_other("/account?done=shared"),
        Err(f) => refused(&state, posted.parts.clone(), "/account", posted.kept(), f).await,
    }
}

async fn stop_sharing(State(state): State<AppState>, request: Request) -> Response {
    let parts = request.into_parts().0;
    let Some(user) = user(&parts) else {
        return sign_in_first();
    };
    match staff_accounts::stop_sharing(&state.db, &user).await {
        Ok(()) => see_other("/account?done=sharing-stopped"),
        Err(Failure::Refused(_)) => StatusCode::FORBIDDEN.into_response(),
        Err(Failure::Server(error)) => server_error(error),
    }
}

/// RFC 9116. The contact comes from `WEGWIJS_SECURITY_CONTACT`.
async fn security_txt(State(state): State<AppState>) -> Response {
    let expires = chrono::DateTime::from_timestamp(now() + 180 * 24 * 3600, 0)
        .map(|t| t.format("%Y-%m-%dT%H:%M:%SZ").to_string())
        .unwrap_or_default();
    let body = format!(
        "Contact: {}\nExpires: {expires}\nPreferred-Languages: nl, en\nCanonical: {}/.well-known/security.txt\n",
        state.settings.security_contact, state.settings.public_url
    );
    let mut response = (StatusCode::OK, body).into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    response
}
