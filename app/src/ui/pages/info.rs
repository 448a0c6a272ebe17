//! Information pages: privacy, and the partner's (referent's) own duties.

use leptos::prelude::*;
use leptos_fluent::tr;
use leptos_meta::Title;

use super::obligations::StatementItem;
use crate::{
    accounts::views::{PRIVACY_SECTIONS, REFERENT_STATEMENTS},
    obligations::evaluate::Statement,
    ui::i18n::current_locale,
};

#[component]
pub fn PrivacyPage() -> impl IntoView {
    view! {
        <Title text=tr!("privacy-doc-title") />
        <h1>{tr!("privacy-title")}</h1>
        <p class="lead">{tr!("privacy-lead")}</p>
        {PRIVACY_SECTIONS.into_iter().map(|s| view! {
            <section>
                <h2>{crate::ui::i18n::tr_id(&format!("privacy-{s}-title"), &[])}</h2>
                <p>{crate::ui::i18n::tr_id(&format!("privacy-{s}-text"), &[])}</p>
            </section>
        }).collect_view()}
    }
}

#[component]
pub fn ReferentPage() -> impl IntoView {
    let locale = current_locale();
    view! {
        <Title text=tr!("referent-doc-title") />
        <h1>{tr!("referent-title")}</h1>
        <p class="lead">{tr!("referent-lead")}</p>
        <ul class="statements">
            {REFERENT_STATEMENTS.into_iter().map(|(message, rule)| {
                let statement = Statement { message, rule, args: Vec::new(), check_with: None };
                view! { <StatementItem statement locale /> }
            }).collect_view()}
        </ul>
    }
}
