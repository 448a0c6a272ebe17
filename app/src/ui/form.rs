//! Form parts shared by the account pages: fields that keep what was typed and show their
//! problem next to them (linked with `aria-describedby`), and a summary at the top.

use leptos::prelude::*;
use leptos_fluent::tr;

use super::i18n::tr_id;
use crate::accounts::FormState;

/// The state of the form on this request: empty on a first visit, filled after a refused post.
pub fn form_state() -> FormState {
    use_context::<FormState>().unwrap_or_default()
}

/// Lists the problems at the top, so a screen-reader user hears them first.
#[component]
pub fn ErrorSummary(state: FormState) -> impl IntoView {
    (state.has_errors()).then(|| {
        view! {
            <div class="error-summary" role="alert" tabindex="-1">
                <h2>{tr!("account-form-problems")}</h2>
                <ul>
                    {state
                        .errors
                        .iter()
                        .map(|(field, id)| {
                            let text = tr_id(id, &[]);
                            if field.is_empty() {
                                view! { <li>{text}</li> }.into_any()
                            } else {
                                view! { <li><a href=format!("#{field}")>{text}</a></li> }.into_any()
                            }
                        })
                        .collect_view()}
                </ul>
            </div>
        }
    })
}

/// A labelled input. Passwords are never filled in again.
#[component]
pub fn Field(
    state: FormState,
    name: &'static str,
    label: String,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional)] hint: Option<String>,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional)] required: bool,
) -> impl IntoView {
    let error = state.error(name).map(|id| tr_id(id, &[]));
    let value = if kind == "password" {
        String::new()
    } else {
        state.value(name)
    };
    let hint_id = format!("{name}-hint");
    let error_id = format!("{name}-error");
    let described = [
        hint.as_ref().map(|_| hint_id.clone()),
        error.as_ref().map(|_| error_id.clone()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    view! {
        <div class="field" class:field-invalid=error.is_some()>
            <label for=name>{label}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{h}</p> })}
            {error.clone().map(|e| view! { <p class="error" id=error_id.clone()>{e}</p> })}
            <input
                id=name
                name=name
                type=kind
                value=value
                autocomplete=autocomplete
                required=required
                aria-invalid=error.is_some().then_some("true")
                aria-describedby=(!described.is_empty()).then_some(described)
            />
        </div>
    }
}

/// A message shown after a redirect (`?done=<name>` → `account-notice-<name>`), for the
/// names in `allowed` only.
#[component]
pub fn Notice(allowed: &'static [&'static str]) -> impl IntoView {
    let done = super::query::pairs()
        .into_iter()
        .find(|(k, _)| k == "done")
        .map(|(_, v)| v)
        .filter(|v| allowed.contains(&v.as_str()));
    done.map(|name| {
        view! { <p class="notice" role="status">{tr_id(&format!("account-notice-{name}"), &[])}</p> }
    })
}
