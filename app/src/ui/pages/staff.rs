//! Pages for the second factor, activation, admins and consultants.

use chrono::DateTime;
use leptos::prelude::*;
use leptos_fluent::tr;
use leptos_meta::Title;

use crate::{
    accounts::{
        municipalities,
        views::{AdminView, ConsultantHomeView, LetterView, PersonRow, TwoFactorView},
    },
    locale::{is_rtl, SUPPORTED},
    ui::{
        dates::format_long_date,
        form::{form_state, ErrorSummary, Field, Notice},
        i18n::{current_locale, endonym, message_in},
        query,
    },
};

fn when(unix: i64) -> String {
    DateTime::from_timestamp(unix, 0).map_or_else(String::new, |t| format_long_date(t, current_locale()))
}

/// Consultants and admins prove it is them a second time: first with a new authenticator
/// app (QR code), then with its codes.
#[component]
pub fn TwoFactorPage() -> impl IntoView {
    let state = form_state();
    let step = use_context::<TwoFactorView>().unwrap_or(TwoFactorView::Verify);
    let code_field = move |state: crate::accounts::FormState| {
        view! {
            <form method="post" action="/account/two-factor" class="stack" novalidate>
                <Field state=state name="code" label=tr!("staff-2fa-code") hint=tr!("staff-2fa-code-hint") autocomplete="one-time-code" required=true />
                <button type="submit">{tr!("staff-2fa-submit")}</button>
            </form>
        }
    };
    let body = match step {
        TwoFactorView::Setup { qr, secret } => view! {
            <h1>{tr!("staff-2fa-setup-title")}</h1>
            <ErrorSummary state=state.clone() />
            <ol class="steps">
                <li>{tr!("staff-2fa-setup-app")}</li>
                <li>
                    {tr!("staff-2fa-setup-scan")}
                    <img class="qr" src=qr alt=tr!("staff-2fa-qr-alt") width="200" height="200" />
                    <p>{tr!("staff-2fa-setup-secret")}</p>
                    <p class="code" lang="en" dir="ltr">{secret}</p>
                </li>
                <li>{tr!("staff-2fa-setup-type")}</li>
            </ol>
            {code_field(state.clone())}
        }
        .into_any(),
        TwoFactorView::Verify => view! {
            <h1>{tr!("staff-2fa-title")}</h1>
            <p class="lead">{tr!("staff-2fa-text")}</p>
            <ErrorSummary state=state.clone() />
            {code_field(state.clone())}
        }
        .into_any(),
        TwoFactorView::RecoveryCodes { codes, next } => view! {
            <h1>{tr!("staff-recovery-title")}</h1>
            <p class="lead">{tr!("staff-recovery-text")}</p>
            <ul class="codes" lang="en" dir="ltr">
                {codes.into_iter().map(|c| view! { <li class="code">{c}</li> }).collect_view()}
            </ul>
            <p><a class="button" href=next>{tr!("staff-recovery-continue")}</a></p>
        }
        .into_any(),
    };
    view! {
        <Title text=tr!("staff-2fa-doc-title") />
        {body}
    }
}

/// Sets the first password of an account made by someone else: a consultant's account
/// (link in the admin's mail) or a migrant's account without e-mail (code on the letter).
#[component]
pub fn ActivatePage() -> impl IntoView {
    let state = form_state();
    let mut state_with_code = state.clone();
    if state.value("code").is_empty() {
        if let Some((_, code)) = query::pairs().into_iter().find(|(k, _)| k == "code") {
            state_with_code.values.push(("code".to_owned(), code));
        }
    }
    view! {
        <Title text=tr!("staff-activate-doc-title") />
        <h1>{tr!("staff-activate-title")}</h1>
        <p class="lead">{tr!("staff-activate-text")}</p>
        <ErrorSummary state=state.clone() />
        <form method="post" action="/account/activate" class="stack" novalidate>
            <Field state=state_with_code name="code" label=tr!("staff-activate-code") hint=tr!("staff-activate-code-hint") autocomplete="off" required=true />
            <Field state=state.clone() name="password" kind="password" label=tr!("account-field-new-password") autocomplete="new-password" required=true hint=tr!("account-field-new-password-hint", { "min" => crate::accounts::credentials::PASSWORD_MIN_CHARS }) />
            <Field state=state.clone() name="password_repeat" kind="password" label=tr!("account-field-password-repeat") autocomplete="new-password" required=true />
            <button type="submit">{tr!("staff-activate-submit")}</button>
        </form>
    }
}

/// A `<select>` of every municipality, keeping the chosen one.
#[component]
pub fn MunicipalitySelect(
    selected: String,
    #[prop(optional)] invalid: bool,
    /// The text of the empty choice ("choose one", or "all" in a filter).
    #[prop(optional)]
    empty_label: Option<String>,
) -> impl IntoView {
    let empty_label = empty_label.unwrap_or_else(|| tr!("staff-municipality-choose"));
    view! {
        <select id="municipality" name="municipality" aria-invalid=invalid.then_some("true")>
            <option value="" selected=selected.is_empty()>{empty_label}</option>
            {municipalities::all().iter().map(|m| view! {
                <option value=m.code selected=selected == m.code>{m.name}</option>
            }).collect_view()}
        </select>
    }
}

#[component]
pub fn AdminPage() -> impl IntoView {
    let view = use_context::<AdminView>().unwrap_or(AdminView { consultants: vec![] });
    let state = form_state();
    let municipality_error = state.error("municipality").map(|id| crate::ui::i18n::tr_id(id, &[]));
    view! {
        <Title text=tr!("staff-admin-doc-title") />
        <h1>{tr!("staff-admin-title")}</h1>
        <p><a class="button" href="/consultant/schools">{tr!("school-staff-link")}</a></p>
        <Notice allowed=&["consultant-invited"] />
        <ErrorSummary state=state.clone() />
        <section aria-labelledby="consultants">
            <h2 id="consultants">{tr!("staff-admin-consultants")}</h2>
            {if view.consultants.is_empty() {
                view! { <p>{tr!("staff-admin-none")}</p> }.into_any()
            } else {
                view! {
                    <ul class="cards">
                        {view.consultants.into_iter().map(|c| view! {
                            <li class="card">
                                <h3>{c.name}</h3>
                                <p>{c.email}</p>
                                <p>{c.municipality}</p>
                                <p>{if !c.activated {
                                    tr!("staff-admin-status-invited")
                                } else if c.second_factor {
                                    tr!("staff-admin-status-ready")
                                } else {
                                    tr!("staff-admin-status-no-2fa")
                                }}</p>
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
        <section aria-labelledby="invite">
            <h2 id="invite">{tr!("staff-admin-invite-title")}</h2>
            <form method="post" action="/admin/consultants" class="stack" novalidate>
                <Field state=state.clone() name="display_name" label=tr!("staff-admin-invite-name") autocomplete="off" required=true />
                <Field state=state.clone() name="email" kind="email" label=tr!("account-field-email") autocomplete="off" required=true />
                <div class="field" class:field-invalid=municipality_error.is_some()>
                    <label for="municipality">{tr!("staff-municipality")}</label>
                    {municipality_error.clone().map(|e| view! { <p class="error">{e}</p> })}
                    <MunicipalitySelect selected=state.value("municipality") invalid=municipality_error.is_some() />
                </div>
                <button type="submit">{tr!("staff-admin-invite-submit")}</button>
            </form>
        </section>
    }
}

fn people(rows: Vec<PersonRow>, empty: String, line: fn(&PersonRow) -> AnyView) -> AnyView {
    if rows.is_empty() {
        view! { <p>{empty}</p> }.into_any()
    } else {
        view! { <ul class="cards">{rows.iter().map(line).collect_view()}</ul> }.into_any()
    }
}

#[component]
pub fn ConsultantPage() -> impl IntoView {
    let Some(home) = use_context::<ConsultantHomeView>() else {
        return view! { <p>{tr!("account-error-forbidden")}</p> }.into_any();
    };
    let state = form_state();
    let i18n = expect_context::<leptos_fluent::I18n>();
    let chosen = state.value("locale");
    let chosen = if chosen.is_empty() { "nl".to_owned() } else { chosen };
    view! {
        <Title text=tr!("staff-consultant-doc-title") />
        <h1>{tr!("staff-consultant-title", { "municipality" => home.municipality.clone() })}</h1>
        <ErrorSummary state=state.clone() />
        <p class="actions">
            <a class="button" href="/consultant/sessions">{tr!("session-consultant-link")}</a>
            <a class="button" href="/consultant/schools">{tr!("school-staff-link")}</a>
        </p>
        <section aria-labelledby="sharing">
            <h2 id="sharing">{tr!("staff-consultant-sharing")}</h2>
            <p>{tr!("staff-consultant-sharing-text")}</p>
            {people(home.sharing, tr!("staff-consultant-sharing-none"), |p| view! {
                <li class="card">
                    <h3><a href=format!("/consultant/migrants/{}", p.id)>{p.name.clone()}</a></h3>
                    <p>{tr!("staff-consultant-shared-since", { "date" => when(p.at) })}</p>
                </li>
            }.into_any())}
        </section>
        <section aria-labelledby="new-account">
            <h2 id="new-account">{tr!("staff-consultant-new-title")}</h2>
            <p>{tr!("staff-consultant-new-text")}</p>
            <form method="post" action="/consultant/accounts" class="stack" novalidate>
                <Field state=state.clone() name="display_name" label=tr!("staff-consultant-new-name") autocomplete="off" required=true />
                <div class="field">
                    <label for="locale">{tr!("staff-consultant-new-language")}</label>
                    <select id="locale" name="locale">
                        {SUPPORTED.iter().map(|&code| {
                            let name = endonym(&i18n, code);
                            view! { <option value=code lang=code selected=chosen == code>{name}</option> }
                        }).collect_view()}
                    </select>
                </div>
                <button type="submit">{tr!("staff-consultant-new-submit")}</button>
            </form>
        </section>
        <section aria-labelledby="waiting">
            <h2 id="waiting">{tr!("staff-consultant-waiting")}</h2>
            {people(home.waiting, tr!("staff-consultant-waiting-none"), |p| view! {
                <li class="card">
                    <h3>{p.name.clone()}</h3>
                    <p>{tr!("staff-consultant-made-on", { "date" => when(p.at) })}</p>
                    <form method="post" action=format!("/consultant/accounts/{}/letter", p.id)>
                        <button type="submit" class="secondary">{tr!("staff-consultant-new-letter")}</button>
                    </form>
                </li>
            }.into_any())}
        </section>
    }
    .into_any()
}

/// The letter to print, in the migrant's language (not the consultant's): the consultant
/// sees a short instruction in their own language above it.
#[component]
pub fn LetterPage() -> impl IntoView {
    let Some(letter) = use_context::<LetterView>() else {
        return view! { <p><a href="/consultant">{tr!("staff-consultant-back")}</a></p> }.into_any();
    };
    let lang = letter.locale.clone();
    let t = move |id: &str, args: &[(&'static str, String)]| message_in(&letter.locale, id, args);
    let expires = DateTime::from_timestamp(letter.expires_at, 0).map_or_else(String::new, |d| {
        format_long_date(d, crate::locale::find(&lang).unwrap_or("nl"))
    });
    view! {
        <Title text=tr!("staff-letter-doc-title") />
        <div class="no-print">
            <p class="notice" role="status">{tr!("staff-letter-instruction")}</p>
            <p><a href="/consultant">{tr!("staff-consultant-back")}</a></p>
        </div>
        <article class="letter" lang=lang.clone() dir=if is_rtl(&lang) { "rtl" } else { "ltr" }>
            <h1>{t("letter-title", &[])}</h1>
            <p>{t("letter-greeting", &[("name", letter.name.clone())])}</p>
            <p>{t("letter-intro", &[])}</p>
            <ol class="steps">
                <li>{t("letter-step-open", &[])}</li>
                <li>{t("letter-step-code", &[])}</li>
                <li>{t("letter-step-password", &[])}</li>
                <li>{t("letter-step-sign-in", &[])}</li>
            </ol>
            <img class="qr" src=letter.qr.clone() alt=t("letter-qr-alt", &[]) width="200" height="200" />
            <dl class="letter-facts">
                <dt>{t("letter-address", &[])}</dt>
                <dd lang="en" dir="ltr">{letter.url.clone()}</dd>
                <dt>{t("letter-code", &[])}</dt>
                <dd class="code" lang="en" dir="ltr">{letter.code.clone()}</dd>
                <dt>{t("letter-username", &[])}</dt>
                <dd class="code" lang="en" dir="ltr">{letter.username.clone()}</dd>
            </dl>
            <p>{t("letter-expiry", &[("date", expires)])}</p>
            <p>{t("letter-help", &[])}</p>
        </article>
    }
    .into_any()
}
