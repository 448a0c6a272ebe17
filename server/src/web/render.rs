//! Rendering a Leptos page from a handler, with extra context.

use app::shell;
use axum::{
    body::Body,
    extract::Request,
    http::{request::Parts, Method, StatusCode},
    response::Response,
};
use leptos::prelude::provide_context;

use crate::startup::AppState;

/// Renders the page at `parts.uri` with the usual context plus `provide`, and sets `status`.
pub async fn render(
    state: &AppState,
    mut parts: Parts,
    status: StatusCode,
    provide: impl Fn() + Clone + Send + Sync + 'static,
) -> Response {
    let context = {
        let state = state.clone();
        move || {
            provide_context(state.assets.clone());
            provide_context(state.clone());
            provide();
        }
    };
    let options = state.leptos_options.clone();
    let handler = leptos_axum::render_app_to_stream_with_context(context, move || shell(options.clone()));
    // The router matches on the path; a re-rendered POST is shown like a GET.
    parts.method = Method::GET;
    let mut response = handler(Request::from_parts(parts, Body::empty())).await;
    if status != StatusCode::OK {
        *response.status_mut() = status;
    }
    response
}
