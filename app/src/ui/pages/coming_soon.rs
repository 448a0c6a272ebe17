//! Placeholder pages for the areas whose issues have not landed yet.

use leptos::prelude::*;
use leptos_fluent::tr;
use leptos_meta::Title;

#[component]
fn ComingSoon(doc_title: String, title: String, lead: String) -> impl IntoView {
    view! {
        <Title text=doc_title />
        <h1>{title}</h1>
        <p class="lead">{lead}</p>
        <p>{tr!("coming-soon-text")}</p>
        <p><a href="/">{tr!("coming-soon-back")}</a></p>
    }
}

#[component]
pub fn PlanPage() -> impl IntoView {
    view! { <ComingSoon doc_title=tr!("plan-doc-title") title=tr!("plan-title") lead=tr!("plan-lead") /> }
}
