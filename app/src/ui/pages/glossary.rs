//! The glossary: the words people meet in letters, with the Dutch word always visible.

use leptos::prelude::*;
use leptos_fluent::{tr, I18n};
use leptos_meta::Title;

use crate::{
    glossary::TERMS,
    ui::i18n::{current_locale, lookup_in, tr_id},
};

#[component]
pub fn GlossaryPage() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let locale = current_locale();
    view! {
        <Title text=tr!("glossary-doc-title") />
        <h1>{tr!("glossary-title")}</h1>
        <p class="lead">{tr!("glossary-intro")}</p>
        <dl class="glossary">
            {TERMS
                .iter()
                .map(|key| {
                    let name_id = format!("glossary-{key}-name");
                    let dutch = lookup_in(&i18n, "nl", &name_id).unwrap_or_default();
                    let own = tr_id(&name_id, &[]);
                    view! {
                        <div class="term" id=*key>
                            <dt>
                                <span lang="nl">{dutch.clone()}</span>
                                {(locale != "nl" && own != dutch).then(|| view! { <span class="translation">{own}</span> })}
                            </dt>
                            <dd>{tr_id(&format!("glossary-{key}-text"), &[])}</dd>
                        </div>
                    }
                })
                .collect_view()}
        </dl>
    }
}
