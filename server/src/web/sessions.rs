//! Information sessions: the list, a session page with booking, my bookings, the calendar
//! file; and the consultant's sessions, the announcement form, attendees and check-in.

use app::{
    accounts::{municipalities, views::Viewer, Role, Scope},
    sessions::{
        parse_session,
        views::{ConsultantSessionView, ConsultantSessions, EditingSession, MyBookings, SessionDetail, SessionList},
        Fields,
    },
};
use axum::{
    extract::{Path, Query, Request, State},
    http::{header, request::Parts, HeaderValue, StatusCode, Uri},
    response::{IntoResponse, Response},
    routing::{get, post},
    Router,
};
use leptos::prelude::provide_context;
use serde::Deserialize;

use super::{
    render,
    request::{reader_locale, rerender, see_other, server_error, sign_in_first, user, Posted},
    staff::{require, Denied},
};
use crate::{
    accounts::{Failure, Refusal, User},
    clock::now,
    sessions::{
        booking::{self, Booked},
        catalog,
    },
    startup::AppState,
};

pub const EXCLUDED_ROUTES: [&str; 6] = [
    "/sessions",
    "/sessions/mine",
    "/sessions/{id}",
    "/consultant/sessions",
    "/consultant/sessions/{id}",
    "/consultant/sessions/{id}/edit",
];

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/sessions", get(list))
        .route("/sessions/mine", get(mine))
        .route("/sessions/{id}", get(detail))
        .route("/sessions/{id}/book", post(book))
        .route("/sessions/{id}/calendar.ics", get(calendar))
        .route("/bookings/{id}/cancel", post(cancel))
        .route("/sessions/alerts", post(alerts))
        .route("/consultant/sessions", get(consultant_list).post(create))
        .route("/consultant/sessions/{id}", get(consultant_detail))
        .route("/consultant/sessions/{id}/edit", get(edit_form).post(update))
        .route("/consultant/sessions/{id}/cancel", post(cancel_session))
        .route("/consultant/sessions/{id}/message", post(message))
        .route("/consultant/sessions/{id}/attendees.csv", get(attendees_csv))
        .route("/consultant/bookings/{id}/attended", post(check_in))
}

impl Fields for Posted {
    fn get(&self, name: &str) -> String {
        Posted::get(self, name)
    }

    fn all(&self, name: &str) -> Vec<String> {
        self.all(name)
    }
}

/// The grant a partner acts under (from the viewer), for booking on someone's behalf.
fn acting_grant(parts: &Parts) -> Option<i64> {
    parts
        .extensions
        .get::<Viewer>()
        .and_then(|v| v.acting_for.as_ref().map(|a| a.grant_id))
}

#[derive(Debug, Default, Deserialize)]
struct ListQuery {
    municipality: Option<String>,
    language: Option<String>,
    from: Option<String>,
}

async fn list(State(state): State<AppState>, Query(query): Query<ListQuery>, request: Request) -> Response {
    let parts = request.into_parts().0;
    let locale = reader_locale(&parts);
    // Default: the signed-in person's municipality, when they said it.
    let municipality = match query.municipality {
        Some(code) => code,
        None => user(&parts).and_then(|u| u.municipality).unwrap_or_default(),
    };
    let municipality = if municipalities::name(&municipality).is_some() {
        municipality
    } else {
        String::new()
    };
    let language = query
        .language
        .filter(|l| app::locale::SUPPORTED.contains(&l.as_str()))
        .unwrap_or_default();
    let from_text = query.from.unwrap_or_default();
    let from = app::sessions::amsterdam_to_unix(&from_text, "00:00").map_or(now(), |t| t.max(now()));
    let filter = catalog::Filter {
        municipality: Some(municipality.clone()),
        language: Some(language.clone()),
        from,
    };
    match catalog::upcoming(&state.db, &filter, locale).await {
        Ok(rows) => {
            let now = now();
            let view = SessionList {
                sessions: rows.iter().map(|r| r.card(locale, now)).collect(),
                municipality,
                language,
                from: from_text,
            };
            render(&state, parts, StatusCode::OK, move || provide_context(view.clone())).await
        }
        Err(error) => server_error(error.into()),
    }
}

/// The session page for whoever asks: with their booking and whether they can book.
async fn session_detail(
    state: &AppState,
    parts: &Parts,
    id: i64,
) -> Result<Option<SessionDetail>, crate::accounts::ServerError> {
    let locale = reader_locale(parts);
    let Some(row) = catalog::find_session(&state.db, id, locale).await? else {
        return Ok(None);
    };
    let person = match user(parts) {
        Some(actor) => booking::acting_for(&state.db, &actor, acting_grant(parts), Scope::Book)
            .await
            .ok(),
        None => None,
    };
    let booking = match &person {
        Some(p) => booking::bookings_of(&state.db, p)
            .await?
            .into_iter()
            .find(|b| b.session_id == id),
        None => None,
    };
    let actor_id = user(parts).map(|u| u.id);
    let more_dates = catalog::dates_of(&state.db, id).await?;
    Ok(Some(SessionDetail {
        card: row.card(locale, now()),
        description: row.description_for_reader(),
        room: row.room.clone(),
        accessibility: row.accessibility.clone(),
        online_url: row.online_url.clone(),
        interpreter: row.interpreter,
        childcare: row.childcare,
        partner_welcome: row.partner_welcome,
        max_party: row.max_party,
        registration_deadline: row.registration_deadline,
        more_dates,
        booking,
        can_book: person.is_some(),
        booking_for: person.filter(|p| Some(p.id) != actor_id).map(|p| p.display_name),
    }))
}

async fn show_detail(
    state: &AppState,
    mut parts: Parts,
    id: i64,
    refused: Option<(Vec<(String, String)>, Failure)>,
) -> Response {
    // A refused post shows the session page (a GET keeps its `?done=`).
    if parts.uri.path() != format!("/sessions/{id}") {
        parts.uri = Uri::try_from(format!("/sessions/{id}")).unwrap_or_default();
    }
    let view = match session_detail(state, &parts, id).await {
        Ok(Some(view)) => view,
        Ok(None) => return render(state, parts, StatusCode::NOT_FOUND, || {}).await,
        Err(error) => return server_error(error),
    };
    match refused {
        Some((kept, failure)) => rerender(state, parts, kept, failure, move || provide_context(view.clone())).await,
        None => render(state, parts, StatusCode::OK, move || provide_context(view.clone())).await,
    }
}

async fn detail(State(state): State<AppState>, Path(id): Path<i64>, request: Request) -> Response {
    show_detail(&state, request.into_parts().0, id, None).await
}

async fn book(State(state): State<AppState>, Path(id): Path<i64>, posted: Posted) -> Response {
    let Some(actor) = user(&posted.parts) else {
        return sign_in_first();
    };
    let outcome = async {
        let migrant = booking::acting_for(&state.db, &actor, acting_grant(&posted.parts), Scope::Book).await?;
        let party = posted.get("party").parse::<i64>().unwrap_or(1);
        booking::book(&state, &actor, &migrant, id, party).await
    };
    match outcome.await {
        Ok(Booked::Confirmed) => see_other(&format!("/sessions/{id}?done=booked")),
        Ok(Booked::Waiting) => see_other(&format!("/sessions/{id}?done=waiting")),
        Err(failure) => show_detail(&state, posted.parts.clone(), id, Some((posted.kept(), failure))).await,
    }
}

async fn cancel(State(state): State<AppState>, Path(id): Path<i64>, request: Request) -> Response {
    let parts = request.into_parts().0;
    let Some(actor) = user(&parts) else {
        return sign_in_first();
    };
    let outcome = async {
        let migrant = booking::acting_for(&state.db, &actor, acting_grant(&parts), Scope::Book).await?;
        booking::cancel(&state, &actor, &migrant, id).await
    };
    match outcome.await {
        Ok(session_id) => see_other(&format!("/sessions/{session_id}?done=cancelled")),
        Err(Failure::Refused(r)) if r.iter().any(|r| r.message == "account-error-forbidden") => {
            StatusCode::FORBIDDEN.into_response()
        }
        Err(Failure::Refused(_)) => StatusCode::NOT_FOUND.into_response(),
        Err(Failure::Server(error)) => server_error(error),
    }
}

/// A migrant turns the mails about new sessions on or off (the checkbox on "my bookings").
async fn alerts(State(state): State<AppState>, posted: Posted) -> Response {
    let Some(me) = user(&posted.parts) else {
        return sign_in_first();
    };
    let on = posted.get("alerts") == "on";
    match catalog::set_alerts(&state.db, &me, on).await {
        Ok(()) => see_other(if on {
            "/sessions/mine?done=alerts-on"
        } else {
            "/sessions/mine?done=alerts-off"
        }),
        Err(Failure::Refused(_)) => StatusCode::FORBIDDEN.into_response(),
        Err(Failure::Server(error)) => server_error(error),
    }
}

async fn mine(State(state): State<AppState>, request: Request) -> Response {
    let parts = request.into_parts().0;
    let Some(actor) = user(&parts) else {
        return sign_in_first();
    };
    let loaded = async {
        let migrant = booking::acting_for(&state.db, &actor, acting_grant(&parts), Scope::Book).await?;
        let bookings = booking::bookings_of(&state.db, &migrant).await?;
        let acting = migrant.id != actor.id;
        Ok::<_, Failure>(MyBookings {
            bookings,
            // Only the migrant chooses their own mail.
            alerts: if acting {
                None
            } else {
                Some(catalog::alerts_on(&state.db, migrant.id).await?)
            },
            has_municipality: migrant.municipality.is_some(),
            booking_for: acting.then_some(migrant.display_name),
        })
    };
    match loaded.await {
        Ok(view) => render(&state, parts, StatusCode::OK, move || provide_context(view.clone())).await,
        Err(Failure::Refused(_)) => StatusCode::FORBIDDEN.into_response(),
        Err(Failure::Server(error)) => server_error(error),
    }
}

async fn calendar(State(state): State<AppState>, Path(id): Path<i64>, request: Request) -> Response {
    let locale = reader_locale(&request.into_parts().0);
    match catalog::find_session(&state.db, id, locale).await {
        Ok(Some(session)) => {
            let more = match catalog::dates_of(&state.db, id).await {
                Ok(more) => more,
                Err(error) => return server_error(error.into()),
            };
            let mut response = booking::session_ics(&state.settings.public_url, &session, &more, now()).into_response();
            let headers = response.headers_mut();
            headers.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/calendar; charset=utf-8"),
            );
            headers.insert(
                header::CONTENT_DISPOSITION,
                HeaderValue::from_static("attachment; filename=\"wegwijs.ics\""),
            );
            response
        }
        Ok(None) => StatusCode::NOT_FOUND.into_response(),
        Err(error) => server_error(error.into()),
    }
}

fn consultant(parts: &Parts) -> Result<User, Denied> {
    require(parts, Role::Consultant)
}

async fn consultant_list(State(state): State<AppState>, request: Request) -> Response {
    let parts = request.into_parts().0;
    let me = match consultant(&parts) {
        Ok(u) => u,
        Err(denied) => return denied.into_response(),
    };
    match catalog::of_municipality(&state.db, &me).await {
        Ok(rows) => {
            let now = now();
            let view = ConsultantSessions {
                sessions: rows.iter().map(|r| r.card("nl", now)).collect(),
            };
            render(&state, parts, StatusCode::OK, move || provide_context(view.clone())).await
        }
        Err(Failure::Refused(_)) => StatusCode::FORBIDDEN.into_response(),
        Err(Failure::Server(error)) => server_error(error),
    }
}

async fn create(State(state): State<AppState>, posted: Posted) -> Response {
    let me = match consultant(&posted.parts) {
        Ok(u) => u,
        Err(denied) => return denied.into_response(),
    };
    let parsed = parse_session(&posted, now())
        .map_err(|problems| Failure::Refused(problems.into_iter().map(|(f, m)| Refusal::new(f, m)).collect()));
    let created = match parsed {
        Ok(session) => catalog::create(&state.db, &state.settings.public_url, &me, &session).await,

        Err(failure) => Err(failure),
    };
    match created {
        Ok(id) => see_other(&format!("/consultant/sessions/{id}?done=session-created")),
        Err(failure) => {
            let mut parts = posted.parts.clone();
            parts.uri = Uri::from_static("/consultant/sessions/new");
            rerender(&state, parts, posted.kept(), failure, || {}).await
        }
    }
}

async fn consultant_view(state: &AppState, me: &User, id: i64) -> Result<ConsultantSessionView, Failure> {
    let session = catalog::own_session(&state.db, me, id).await?;
    let attendees = catalog::attendees(&state.db, me, id).await?;
    Ok(ConsultantSessionView {
        card: session.card("nl", now()),
        attendees,
    })
}

async fn consultant_detail(State(state): State<AppState>, Path(id): Path<i64>, request: Request) -> Response {
    let parts = request.into_parts().0;
    let me = match consultant(&parts) {
        Ok(u) => u,
        Err(denied) => return denied.into_response(),
    };
    match consultant_view(&state, &me, id).await {
        Ok(view) => render(&state, parts, StatusCode::OK, move || provide_context(view.clone())).await,
        Err(Failure::Refused(_)) => StatusCode::NOT_FOUND.into_response(),
        Err(Failure::Server(error)) => server_error(error),
    }
}

/// The announcement form, filled in with the session as it is.
async fn edit_form(State(state): State<AppState>, Path(id): Path<i64>, request: Request) -> Response {
    let parts = request.into_parts().0;
    let me = match consultant(&parts) {
        Ok(u) => u,
        Err(denied) => return denied.into_response(),
    };
    let session = match catalog::own_session(&state.db, &me, id).await {
        Ok(s) => s,
        Err(Failure::Refused(_)) => return StatusCode::NOT_FOUND.into_response(),
        Err(Failure::Server(error)) => return server_error(error),
    };
    let (date, time) = app::sessions::unix_to_amsterdam(session.starts_at);
    let mut values = vec![
        ("title", session.title.clone()),
        ("description", session.description.clone()),
        ("date", date),
        ("time", time),
        ("duration", ((session.ends_at - session.starts_at) / 60).to_string()),
        ("place", session.place.clone()),
        ("room", session.room.clone()),
        ("accessibility", session.accessibility.clone()),
        ("online_url", session.online_url.clone()),
        ("capacity", session.capacity.to_string()),
        ("max_party", session.max_party.to_string()),
    ];
    values.extend(session.languages.split(',').map(|l| ("languages", l.to_owned())));
    for (name, on) in [
        ("interpreter", session.interpreter),
        ("childcare", session.childcare),
        ("partner_welcome", session.partner_welcome),
    ] {
        if on {
            values.push((name, "on".to_owned()));
        }
    }
    match catalog::translations(&state.db, id).await {
        Ok(texts) => {
            for (locale, title, description) in texts {
                if let Some((_, title_field, description_field)) = app::sessions::TRANSLATION_FIELDS
                    .iter()
                    .find(|(code, _, _)| *code == locale)
                {
                    values.push((title_field, title));
                    values.push((description_field, description));
                }
            }
        }
        Err(error) => return server_error(error.into()),
    }
    match catalog::dates_of(&state.db, id).await {
        Ok(dates) => {
            for ((date_field, time_field), (starts_at, _)) in app::sessions::SERIES_FIELDS.iter().zip(dates) {
                let (date, time) = app::sessions::unix_to_amsterdam(starts_at);
                values.push((date_field, date));
                values.push((time_field, time));
            }
        }
        Err(error) => return server_error(error.into()),
    }
    if session.registration_deadline != session.starts_at {
        let (date, time) = app::sessions::unix_to_amsterdam(session.registration_deadline);
        values.push(("deadline_date", date));
        values.push(("deadline_time", time));
    }
    let form = app::accounts::FormState {
        values: values.into_iter().map(|(k, v)| (k.to_owned(), v)).collect(),
        errors: vec![],
    };
    render(&state, parts, StatusCode::OK, move || {
        provide_context(form.clone());
        provide_context(EditingSession(id));
    })
    .await
}

async fn update(State(state): State<AppState>, Path(id): Path<i64>, posted: Posted) -> Response {
    let me = match consultant(&posted.parts) {
        Ok(u) => u,
        Err(denied) => return denied.into_response(),
    };
    let parsed = parse_session(&posted, now())
        .map_err(|problems| Failure::Refused(problems.into_iter().map(|(f, m)| Refusal::new(f, m)).collect()));
    let updated = match parsed {
        Ok(session) => catalog::update(&state, &me, id, &session).await,
        Err(failure) => Err(failure),
    };
    match updated {
        Ok(()) => see_other(&format!("/consultant/sessions/{id}?done=session-updated")),
        Err(Failure::Refused(r)) if r.iter().any(|r| r.message == "account-error-not-found") => {
            StatusCode::NOT_FOUND.into_response()
        }
        Err(failure) => {
            let mut parts = posted.parts.clone();
            parts.uri = Uri::try_from(format!("/consultant/sessions/{id}/edit")).unwrap_or_default();
            rerender(&state, parts, posted.kept(), failure, move || {
                provide_context(EditingSession(id))
            })
            .await
        }
    }
}

async fn cancel_session(State(state): State<AppState>, Path(id): Path<i64>, request: Request) -> Response {
    let parts = request.into_parts().0;
    let me = match consultant(&parts) {
        Ok(u) => u,
        Err(denied) => return denied.into_response(),
    };
    match catalog::cancel_session(&state, &me, id).await {
        Ok(()) => see_other(&format!("/consultant/sessions/{id}?done=session-cancelled")),
        Err(Failure::Refused(_)) => StatusCode::NOT_FOUND.into_response(),
        Err(Failure::Server(error)) => server_error(error),
    }
}

async fn message(State(state): State<AppState>, Path(id): Path<i64>, posted: Posted) -> Response {
    let me = match consultant(&posted.parts) {
        Ok(u) => u,
        Err(denied) => return denied.into_response(),
    };
    match catalog::message_everyone(&state, &me, id, &posted.get("message")).await {
        Ok(_) => see_other(&format!("/consultant/sessions/{id}?done=message-sent")),
        Err(Failure::Refused(r)) if r.iter().any(|r| r.message == "account-error-not-found") => {
            StatusCode::NOT_FOUND.into_response()
        }
        Err(failure) => match consultant_view(&state, &me, id).await {
            Ok(view) => {
                let mut parts = posted.parts.clone();
                parts.uri = Uri::try_from(format!("/consultant/sessions/{id}")).unwrap_or_default();
                rerender(&state, parts, posted.kept(), failure, move || {
                    provide_context(view.clone())
                })
                .await
            }
            Err(Failure::Server(error)) => server_error(error),
            Err(Failure::Refused(_)) => StatusCode::NOT_FOUND.into_response(),
        },
    }
}

async fn attendees_csv(State(state): State<AppState>, Path(id): Path<i64>, request: Request) -> Response {
    let parts = request.into_parts().0;
    let me = match consultant(&parts) {
        Ok(u) => u,
        Err(denied) => return denied.into_response(),
    };
    match catalog::attendees(&state.db, &me, id).await {
        Ok(rows) => {
            let mut response = catalog::attendees_csv(&rows).into_response();
            let headers = response.headers_mut();
            headers.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/csv; charset=utf-8"),
            );
            headers.insert(
                header::CONTENT_DISPOSITION,
                HeaderValue::from_static("attachment; filename=\"attendees.csv\""),
            );
            headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            response
        }
        Err(Failure::Refused(_)) => StatusCode::NOT_FOUND.into_response(),
        Err(Failure::Server(error)) => server_error(error),
    }
}

async fn check_in(State(state): State<AppState>, Path(id): Path<i64>, posted: Posted) -> Response {
    let me = match consultant(&posted.parts) {
        Ok(u) => u,
        Err(denied) => return denied.into_response(),
    };
    match catalog::check_in(&state.db, &me, id, posted.get("attended") == "yes").await {
        Ok(session_id) => see_other(&format!(
            "/consultant/sessions/{session_id}?done=checked-in#booking-{id}"
        )),
        Err(Failure::Refused(_)) => StatusCode::NOT_FOUND.into_response(),
        Err(Failure::Server(error)) => server_error(error),
    }
}
