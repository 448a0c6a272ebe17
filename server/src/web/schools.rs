//! Language schools: the search (GET form, shareable URL) and the comparison; the
//! consultant's school and offer forms are in `schools_edit`.

use app::{
    schools::{
        search::{Point, SearchQuery},
        views::{Comparison, COMPARE_MAX, COMPARE_MIN},
    },
    ui::dates::today_in_amsterdam,
};
use axum::{
    extract::{Request, State},
    http::StatusCode,
    response::Response,
    routing::get,
    Router,
};
use leptos::prelude::provide_context;

use super::{render, request::server_error};
use crate::{schools::search, startup::AppState};

pub const EXCLUDED_ROUTES: [&str; 2] = ["/schools", "/schools/compare"];

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/schools", get(list))
        .route("/schools/compare", get(compare))
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
