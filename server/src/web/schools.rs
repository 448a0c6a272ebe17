//! Language schools: the search (GET form, shareable URL) and the comparison; and the
//! consultant's list, school form and offer form (admins may edit too, not add).

use app::{
    accounts::{FormState, Role},
    schools::{
        forms::{offer_values, parse_offer, parse_school},
        search::{Point, SearchQuery},
        views::{Comparison, ConsultantSchools, OfferEditor, OfferLine, SchoolEditor, COMPARE_MAX, COMPARE_MIN},
        ProviderKind,
    },
    ui::dates::today_in_amsterdam,
};
use axum::{
    extract::{Path, Request, State},
    http::{request::Parts, StatusCode},
    response::{IntoResponse, Response},
    routing::{get, post},
    Router,
};
use leptos::prelude::provide_context;

use super::{
    render,
    request::{rerender, see_other, server_error, user, Posted},
    staff::Denied,
};
use crate::{
    accounts::{Failure, Refusal, User},
    schools::{edit, search},
    startup::AppState,
};

pub const EXCLUDED_ROUTES: [&str; 6] = [
    "/schools",
    "/schools/compare",
    "/consultant/schools",
    "/consultant/schools/new",
    "/consultant/schools/{id}",
    "/consultant/schools/{id}/offers/{offer}",
];

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/schools", get(list))
        .route("/schools/compare", get(compare))
        .route("/consultant/schools", get(staff_list))
        .route("/consultant/schools/new", get(new_school).post(create_school))
        .route("/consultant/schools/{id}", get(edit_school).post(update_school))
        .route("/consultant/schools/{id}/verify", post(verify))
        .route(
            "/consultant/schools/{id}/offers/{offer}",
            get(edit_offer).post(save_offer),
        )
        .route("/consultant/schools/{id}/offers/{offer}/delete", post(delete_offer))
}

fn query_pairs(request: &Request) -> Vec<(String, String)> {
    request
        .uri()
        .query()
        .map(|q| form_urlencoded::parse(q.as_bytes()).into_owned().collect())
        .unwrap_or_default()
}

async fn list(State(state): State<AppState>, request: Request) -> Response {
    let (query, problems) = SearchQuery::from_pairs(&query_pairs(&request));
    let status = if problems.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    match search::search(&state.db, query, problems, today_in_amsterdam()).await {
        Ok(view) => {
            let parts = request.into_parts().0;
            render(&state, parts, status, move || provide_context(view.clone())).await
        }
        Err(error) => server_error(error.into()),
    }
}

async fn compare(State(state): State<AppState>, request: Request) -> Response {
    let pairs = query_pairs(&request);
    let mut ids: Vec<i64> = pairs
        .iter()
        .filter(|(k, _)| k == "offer")
        .filter_map(|(_, v)| v.parse().ok())
        .collect();
    let mut seen = std::collections::HashSet::new();
    ids.retain(|id| seen.insert(*id));
    let back = pairs
        .iter()
        .find(|(k, _)| k == "back")
        .map(|(_, v)| v.clone())
        .unwrap_or_default();
    // The search's own location, so the comparison shows the same distances.
    let (search, _) =
        SearchQuery::from_pairs(&form_urlencoded::parse(back.as_bytes()).into_owned().collect::<Vec<_>>());
    let near: Option<Point> = search.near;
    let problem = match ids.len() {
        n if n < COMPARE_MIN => Some("school-compare-too-few"),
        n if n > COMPARE_MAX => Some("school-compare-too-many"),
        _ => None,
    };
    ids.truncate(COMPARE_MAX);
    match search::compare(&state.db, &ids, near, today_in_amsterdam()).await {
        Ok(items) => {
            let status = if problem.is_some() {
                StatusCode::UNPROCESSABLE_ENTITY
            } else {
                StatusCode::OK
            };
            let view = Comparison {
                items: if problem.is_some() && items.len() < COMPARE_MIN {
                    vec![]
                } else {
                    items
                },
                back,
                problem: problem.map(str::to_owned),
            };
            let parts = request.into_parts().0;
            render(&state, parts, status, move || provide_context(view.clone())).await
        }
        Err(error) => server_error(error.into()),
    }
}

/// Consultants and admins: everyone else is sent to sign in or refused.
fn school_staff(parts: &Parts) -> Result<User, Denied> {
    match user(parts) {
        Some(u) if matches!(u.role, Role::Consultant | Role::Admin) => Ok(u),
        Some(_) => Err(Denied::Forbidden),
        None => Err(Denied::SignIn),
    }
}

fn answer(failure: Failure) -> Response {
    match failure {
        Failure::Refused(_) => StatusCode::FORBIDDEN.into_response(),
        Failure::Server(error) => server_error(error),
    }
}

fn refused(problems: Vec<(&'static str, &'static str)>) -> Failure {
    Failure::Refused(problems.into_iter().map(|(f, m)| Refusal::new(f, m)).collect())
}

async fn staff_list(State(state): State<AppState>, request: Request) -> Response {
    let parts = request.into_parts().0;
    let me = match school_staff(&parts) {
        Ok(u) => u,
        Err(denied) => return denied.into_response(),
    };
    match edit::list(&state.db, &me).await {
        Ok(schools) => {
            let view = ConsultantSchools {
                schools,
                can_add: me.role == Role::Consultant,
            };
            render(&state, parts, StatusCode::OK, move || provide_context(view.clone())).await
        }
        Err(failure) => answer(failure),
    }
}

async fn verify(State(state): State<AppState>, Path(id): Path<i64>, request: Request) -> Response {
    let me = match school_staff(&request.into_parts().0) {
        Ok(u) => u,
        Err(denied) => return denied.into_response(),
    };
    match edit::verify(&state.db, &me, id, today_in_amsterdam()).await {
        Ok(()) => see_other("/consultant/schools?done=school-checked"),
        Err(failure) => answer(failure),
    }
}

async fn new_school(State(state): State<AppState>, request: Request) -> Response {
    let parts = request.into_parts().0;
    match school_staff(&parts) {
        Ok(me) if me.role == Role::Consultant => {
            let form = FormState {
                values: vec![
                    ("kind".into(), "school".into()),
                    ("keurmerk".into(), "keurmerkhouder".into()),
                ],
                errors: vec![],
            };
            let view = SchoolEditor {
                id: None,
                offers: vec![],
            };
            render(&state, parts, StatusCode::OK, move || {
                provide_context(form.clone());
                provide_context(view.clone());
            })
            .await
        }
        Ok(_) => StatusCode::FORBIDDEN.into_response(),
        Err(denied) => denied.into_response(),
    }
}

async fn create_school(State(state): State<AppState>, posted: Posted) -> Response {
    let me = match school_staff(&posted.parts) {
        Ok(u) => u,
        Err(denied) => return denied.into_response(),
    };
    let created = match parse_school(&posted) {
        Ok(form) => edit::create(&state.db, &me, &form, today_in_amsterdam()).await,
        Err(problems) => Err(refused(problems)),
    };
    match created {
        Ok(id) => see_other(&format!("/consultant/schools/{id}?done=school-saved")),
        Err(failure) => {
            let view = SchoolEditor {
                id: None,
                offers: vec![],
            };
            rerender(&state, posted.parts.clone(), posted.kept(), failure, move || {
                provide_context(view.clone())
            })
            .await
        }
    }
}

async fn school_editor(state: &AppState, me: &User, id: i64) -> Result<(FormState, SchoolEditor), Failure> {
    let (values, offers) = edit::load(&state.db, me, id).await?;
    let editor = SchoolEditor {
        id: Some(id),
        offers: offers
            .iter()
            .map(|o| OfferLine {
                id: o.offer_id,
                route: o.offer().route,
                price_cents: o.price_cents,
                hours: o.hours,
            })
            .collect(),
    };
    Ok((FormState { values, errors: vec![] }, editor))
}

async fn edit_school(State(state): State<AppState>, Path(id): Path<i64>, request: Request) -> Response {
    let parts = request.into_parts().0;
    let me = match school_staff(&parts) {
        Ok(u) => u,
        Err(denied) => return denied.into_response(),
    };
    match school_editor(&state, &me, id).await {
        Ok((form, view)) => {
            render(&state, parts, StatusCode::OK, move || {
                provide_context(form.clone());
                provide_context(view.clone());
            })
            .await
        }
        Err(failure) => answer(failure),
    }
}

async fn update_school(State(state): State<AppState>, Path(id): Path<i64>, posted: Posted) -> Response {
    let me = match school_staff(&posted.parts) {
        Ok(u) => u,
        Err(denied) => return denied.into_response(),
    };
    let saved = match parse_school(&posted) {
        Ok(form) => edit::update(&state.db, &me, id, &form, today_in_amsterdam()).await,
        Err(problems) => Err(refused(problems)),
    };
    match saved {
        Ok(()) => see_other(&format!("/consultant/schools/{id}?done=school-saved")),
        Err(failure) => {
            let view = match school_editor(&state, &me, id).await {
                Ok((_, view)) => view,
                Err(failure) => return answer(failure),
            };
            rerender(&state, posted.parts.clone(), posted.kept(), failure, move || {
                provide_context(view.clone())
            })
            .await
        }
    }
}

/// The offer id in the path: `new` or a number (anything else: 404).
fn offer_path(offer: &str) -> Result<Option<i64>, StatusCode> {
    match offer {
        "new" => Ok(None),
        id => id.parse().map(Some).map_err(|_| StatusCode::NOT_FOUND),
    }
}

async fn offer_editor(
    state: &AppState,
    me: &User,
    id: i64,
    offer: Option<i64>,
) -> Result<(FormState, OfferEditor), Failure> {
    let (school_name, kind) = edit::kind_of(&state.db, me, id).await?;
    let values = match offer {
        None => vec![
            (
                "route".into(),
                if kind == ProviderKind::School { "b1" } else { "informal" }.into(),
            ),
            ("format".into(), "in_person".into()),
            ("in_person_percent".into(), "100".into()),
            ("retakes_included".into(), "0".into()),
        ],
        Some(offer_id) => {
            let (_, offers) = edit::load(&state.db, me, id).await?;
            let row = offers
                .iter()
                .find(|o| o.offer_id == offer_id)
                .ok_or_else(|| Failure::from(Refusal::new("", "account-error-forbidden")))?;
            offer_values(&row.offer())
        }
    };
    let editor = OfferEditor {
        school_id: id,
        school_name,
        offer_id: offer,
        kind,
    };
    Ok((FormState { values, errors: vec![] }, editor))
}

async fn edit_offer(
    State(state): State<AppState>,
    Path((id, offer)): Path<(i64, String)>,
    request: Request,
) -> Response {
    let parts = request.into_parts().0;
    let me = match school_staff(&parts) {
        Ok(u) => u,
        Err(denied) => return denied.into_response(),
    };
    let offer = match offer_path(&offer) {
        Ok(o) => o,
        Err(status) => return status.into_response(),
    };
    match offer_editor(&state, &me, id, offer).await {
        Ok((form, view)) => {
            render(&state, parts, StatusCode::OK, move || {
                provide_context(form.clone());
                provide_context(view.clone());
            })
            .await
        }
        Err(failure) => answer(failure),
    }
}

async fn save_offer(State(state): State<AppState>, Path((id, offer)): Path<(i64, String)>, posted: Posted) -> Response {
    let me = match school_staff(&posted.parts) {
        Ok(u) => u,
        Err(denied) => return denied.into_response(),
    };
    let offer = match offer_path(&offer) {
        Ok(o) => o,
        Err(status) => return status.into_response(),
    };
    let (_, view) = match offer_editor(&state, &me, id, offer).await {
        Ok(found) => found,
        Err(failure) => return answer(failure),
    };
    let saved = match parse_offer(&posted, view.kind) {
        Ok(parsed) => edit::save_offer(&state.db, &me, id, offer, &parsed, today_in_amsterdam()).await,
        Err(problems) => Err(refused(problems)),
    };
    match saved {
        Ok(_) => see_other(&format!("/consultant/schools/{id}?done=school-saved")),
        Err(failure) => {
            rerender(&state, posted.parts.clone(), posted.kept(), failure, move || {
                provide_context(view.clone())
            })
            .await
        }
    }
}

async fn delete_offer(
    State(state): State<AppState>,
    Path((id, offer)): Path<(i64, i64)>,
    request: Request,
) -> Response {
    let me = match school_staff(&request.into_parts().0) {
        Ok(u) => u,
        Err(denied) => return denied.into_response(),
    };
    match edit::delete_offer(&state.db, &me, id, offer).await {
        Ok(()) => see_other(&format!("/consultant/schools/{id}?done=school-saved")),
        Err(failure) => answer(failure),
    }
}
