//! The translated "page not found" page, served with status 404.

use leptos::prelude::*;
use leptos_axum::ResponseOptions;
use leptos_fluent::tr;
use leptos_meta::Title;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    if let Some(response) = use_context::<ResponseOptions>() {
        response.set_status(axum::http::StatusCode::NOT_FOUND);
    }
    view! {
        <Title text=tr!("not-found-doc-title") />
        <h1>{tr!("not-found-title")}</h1>
        <p class="lead">{tr!("not-found-text")}</p>
        <p><a class="button" href="/">{tr!("not-found-home")}</a></p>
    }
}
