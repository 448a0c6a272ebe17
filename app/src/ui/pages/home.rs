//! The home page: what Wegwijs helps with, for the migrant and for the partner.

use leptos::prelude::*;
use leptos_fluent::tr;
use leptos_meta::Title;

#[component]
pub fn HomePage() -> impl IntoView {
    view! {
        <Title text=tr!("home-doc-title") />
        <h1>{tr!("home-title")}</h1>
        <p class="lead">{tr!("home-intro")}</p>
        <section aria-labelledby="home-migrant">
            <h2 id="home-migrant">{tr!("home-migrant-heading")}</h2>
            <ul class="cards">
                <li><a href="/obligations">{tr!("nav-obligations")}</a><p>{tr!("home-migrant-obligations")}</p></li>
                <li><a href="/schools">{tr!("nav-schools")}</a><p>{tr!("home-migrant-schools")}</p></li>
                <li><a href="/plan">{tr!("nav-plan")}</a><p>{tr!("home-migrant-plan")}</p></li>
                <li><a href="/sessions">{tr!("nav-sessions")}</a><p>{tr!("home-migrant-sessions")}</p></li>
            </ul>
        </section>
        <section aria-labelledby="home-partner">
            <h2 id="home-partner">{tr!("home-partner-heading")}</h2>
            <p>{tr!("home-partner-text")}</p>
        </section>
        <section aria-labelledby="home-pay" class="notice">
            <h2 id="home-pay">{tr!("home-pay-heading")}</h2>
            <p>{tr!("home-pay-text")}</p>
            <p>{tr!("home-start-early")}</p>
        </section>
        <p class="actions">
            <a class="button" href="/obligations">{tr!("home-cta-obligations")}</a>
            <a class="button secondary" href="/sessions">{tr!("home-cta-sessions")}</a>
        </p>
    }
}
