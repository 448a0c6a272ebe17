//! Sign-up, sign-in, verification, password reset and the account overview.
//!
//! Every form posts to its own URL; the server answers a refused post by rendering the same
//! page with what was typed and the problems (status 422), and a good one with a redirect.
//! The data these pages show is put in context by the server before rendering.

use chrono::DateTime;
use leptos::prelude::*;
use leptos_fluent::tr;
use leptos_meta::Title;

use crate::{
    accounts::{
        views::{AccountView, GrantView, LogEntry, SavedCheckView},
        Role, Scope,
    },
    ui::{
        dates::format_long_date,
        form::{form_state, ErrorSummary, Field, Notice},
        i18n::{current_locale, tr_id},
        query,
    },
};

fn when(unix: i64) -> String {
    DateTime::from_timestamp(unix, 0).map_or_else(String::new, |t| format_long_date(t, current_locale()))
}

/// The token of a mail link: from the refused form, else from the link's query.
fn token_value(state: &crate::accounts::FormState) -> String {
    let typed = state.value("token");
    if !typed.is_empty() {
        return typed;
    }
    query::pairs()
        .into_iter()
        .find(|(k, _)| k == "token")
        .map(|(_, v)| v)
        .unwrap_or_default()
}

#[component]
pub fn SignUpPage() -> impl IntoView {
    let state = form_state();
    let role = state.value("role");
    let role_error = state.error("role").map(|id| tr_id(id, &[]));
    let has_role_error = role_error.is_some();
    view! {
        <Title text=tr!("account-sign-up-doc-title") />
        <h1>{tr!("account-sign-up-title")}</h1>
        <p class="lead">{tr!("account-sign-up-lead")}</p>
        <ErrorSummary state=state.clone() />
        <form method="post" action="/account/sign-up" class="stack" novalidate>
            <input type="hidden" name="lang" value=current_locale() />
            <Field state=state.clone() name="display_name" label=tr!("account-field-name") autocomplete="name" required=true hint=tr!("account-field-name-hint") />
            <Field state=state.clone() name="email" kind="email" label=tr!("account-field-email") autocomplete="email" required=true />
            <fieldset id="role" class="field" class:field-invalid=has_role_error aria-describedby=has_role_error.then_some("role-error")>
                <legend>{tr!("account-field-role")}</legend>
                {role_error.clone().map(|e| view! { <p class="error" id="role-error">{e}</p> })}
                <label class="choice">
                    <input type="radio" name="role" value="migrant" checked=role == "migrant" />
                    {tr!("account-role-migrant")}
                </label>
                <label class="choice">
                    <input type="radio" name="role" value="referent" checked=role == "referent" />
                    {tr!("account-role-referent")}
                </label>
            </fieldset>
            <Field state=state.clone() name="password" kind="password" label=tr!("account-field-new-password") autocomplete="new-password" required=true hint=tr!("account-field-new-password-hint", { "min" => crate::accounts::credentials::PASSWORD_MIN_CHARS }) />
            <Field state=state.clone() name="password_repeat" kind="password" label=tr!("account-field-password-repeat") autocomplete="new-password" required=true />
            <button type="submit">{tr!("account-sign-up-submit")}</button>
        </form>
        <p><a href="/account/sign-in">{tr!("account-have-account")}</a></p>
        <p><a href="/privacy">{tr!("account-privacy-link")}</a></p>
    }
}

#[component]
pub fn CheckMailPage() -> impl IntoView {
    view! {
        <Title text=tr!("account-check-mail-doc-title") />
        <h1>{tr!("account-check-mail-title")}</h1>
        <p class="lead">{tr!("account-check-mail-text")}</p>
        <p>{tr!("account-check-mail-spam")}</p>
        <p><a href="/account/sign-in">{tr!("account-sign-in-link")}</a></p>
    }
}

/// A link from a mail lands here; only the button uses the token (mail scanners follow
/// links, they do not press buttons).
#[component]
pub fn VerifyPage() -> impl IntoView {
    let state = form_state();
    let token = token_value(&state);
    view! {
        <Title text=tr!("account-verify-doc-title") />
        <h1>{tr!("account-verify-title")}</h1>
        <ErrorSummary state=state.clone() />
        <p class="lead">{tr!("account-verify-text")}</p>
        <form method="post" action="/account/verify">
            <input type="hidden" name="token" value=token />
            <button type="submit">{tr!("account-verify-submit")}</button>
        </form>
    }
}

#[component]
pub fn SignInPage() -> impl IntoView {
    let state = form_state();
    view! {
        <Title text=tr!("account-sign-in-doc-title") />
        <h1>{tr!("account-sign-in-title")}</h1>
        <Notice allowed=&["verified", "password-reset", "signed-out", "deleted", "activated"] />
        <ErrorSummary state=state.clone() />
        <form method="post" action="/account/sign-in" class="stack" novalidate>
            <Field state=state.clone() name="email" label=tr!("account-field-email-or-username") hint=tr!("account-field-email-or-username-hint") autocomplete="username" required=true />
            <Field state=state.clone() name="password" kind="password" label=tr!("account-field-password") autocomplete="current-password" required=true />
            <button type="submit">{tr!("account-sign-in-submit")}</button>
        </form>
        <p><a href="/account/forgot">{tr!("account-forgot-link")}</a></p>
        <p><a href="/account/sign-up">{tr!("account-sign-up-link")}</a></p>
    }
}

#[component]
pub fn ForgotPage() -> impl IntoView {
    let state = form_state();
    view! {
        <Title text=tr!("account-forgot-doc-title") />
        <h1>{tr!("account-forgot-title")}</h1>
        <p class="lead">{tr!("account-forgot-text")}</p>
        <ErrorSummary state=state.clone() />
        <form method="post" action="/account/forgot" class="stack" novalidate>
            <Field state=state.clone() name="email" kind="email" label=tr!("account-field-email") autocomplete="email" required=true />
            <button type="submit">{tr!("account-forgot-submit")}</button>
        </form>
    }
}

#[component]
pub fn ResetPage() -> impl IntoView {
    let state = form_state();
    let token = token_value(&state);
    view! {
        <Title text=tr!("account-reset-doc-title") />
        <h1>{tr!("account-reset-title")}</h1>
        <ErrorSummary state=state.clone() />
        <form method="post" action="/account/reset" class="stack" novalidate>
            <input type="hidden" name="token" value=token />
            <Field state=state.clone() name="password" kind="password" label=tr!("account-field-new-password") autocomplete="new-password" required=true hint=tr!("account-field-new-password-hint", { "min" => crate::accounts::credentials::PASSWORD_MIN_CHARS }) />
            <Field state=state.clone() name="password_repeat" kind="password" label=tr!("account-field-password-repeat") autocomplete="new-password" required=true />
            <button type="submit">{tr!("account-reset-submit")}</button>
        </form>
    }
}

/// The overview: saved check, partner access, activity, devices, my data.
#[component]
pub fn AccountPage() -> impl IntoView {
    let Some(view) = use_context::<AccountView>() else {
        return view! { <SignInPage /> }.into_any();
    };
    let state = form_state();
    let saved = use_context::<SavedCheckView>();
    let is_migrant = view.role == Role::Migrant;
    view! {
        <Title text=tr!("account-doc-title") />
        <h1>{tr!("account-title")}</h1>
        <Notice allowed=&["saved", "revoked", "accepted", "signed-out-everywhere", "acting-stopped", "shared", "sharing-stopped"] />
        <ErrorSummary state=state.clone() />
        <p class="lead">{tr!("account-hello", { "name" => view.display_name.clone() })}</p>
        {view.email.clone().map(|e| view! { <p>{tr!("account-email-is", { "email" => e })}</p> })}
        {is_migrant.then(|| view! { <SavedCheck saved=saved.clone() /> })}
        {is_migrant.then(|| view! { <PartnerGiven grants=view.given.clone() code=view.new_invite_code.clone() /> })}
        {(view.role == Role::Referent).then(|| view! { <PartnerReceived grants=view.received.clone() /> })}
        {is_migrant.then(|| view! { <MunicipalityShare code=view.municipality.clone() since=view.shares_since /> })}
        {view.recovery_codes_left.map(|left| view! {
            <section aria-labelledby="second-factor">
                <h2 id="second-factor">{tr!("staff-2fa-status-title")}</h2>
                <p>{tr!("staff-2fa-status", { "count" => left })}</p>
            </section>
        })}
        {view.role.is_staff().then(|| view! { <p><a class="button" href=view.role.home()>{tr!("staff-go-to-work")}</a></p> })}
        <ActivityLog entries=view.log.clone() />
        <Devices devices=view.devices.clone() />
        <section aria-labelledby="my-data">
            <h2 id="my-data">{tr!("account-data-title")}</h2>
            <p>{tr!("account-data-text")}</p>
            <p class="actions">
                <a class="button secondary" href="/account/export" download="wegwijs-export.json">{tr!("account-export-link")}</a>
                <a class="button secondary" href="/account/delete">{tr!("account-delete-link")}</a>
            </p>
            <p><a href="/privacy">{tr!("account-privacy-link")}</a></p>
        </section>
        <form method="post" action="/account/sign-out">
            <button type="submit">{tr!("account-sign-out")}</button>
        </form>
    }
    .into_any()
}

#[component]
fn SavedCheck(saved: Option<SavedCheckView>) -> impl IntoView {
    let saved = saved.and_then(|s| s.result_query.map(|q| (q, s.saved_at)));
    view! {
        <section aria-labelledby="saved-check">
            <h2 id="saved-check">{tr!("account-saved-check-title")}</h2>
            {match saved {
                Some((q, at)) => view! {
                    <p>{tr!("account-saved-check-when", { "date" => at.map(when).unwrap_or_default() })}</p>
                    <p><a href=format!("/obligations/result?{q}")>{tr!("account-saved-check-open")}</a></p>
                }.into_any(),
                None => view! {
                    <p>{tr!("account-saved-check-none")}</p>
                    <p><a href="/obligations/check">{tr!("check-start")}</a></p>
                }.into_any(),
            }}
        </section>
    }
}

fn scope_list(scopes: &[Scope]) -> impl IntoView {
    view! {
        <ul class="scopes">
            {scopes.iter().map(|s| view! { <li>{tr_id(&format!("account-scope-{}", s.as_str()), &[])}</li> }).collect_view()}
        </ul>
    }
}

fn grant_facts(g: &GrantView) -> impl IntoView {
    let status = tr_id(&format!("account-grant-status-{}", g.status.as_str()), &[]);
    view! {
        <p>{tr!("account-grant-status", { "status" => status })}</p>
        {scope_list(&g.scopes)}
        <p>{match g.valid_until {
            Some(t) => tr!("account-grant-until", { "date" => when(t) }),
            None => tr!("account-grant-no-end"),
        }}</p>
    }
}

#[component]
fn PartnerGiven(grants: Vec<GrantView>, code: Option<String>) -> impl IntoView {
    let state = form_state();
    let scopes_error = state.error("scopes").map(|id| tr_id(id, &[]));
    let has_scopes_error = scopes_error.is_some();
    let fresh = state.values.is_empty();
    view! {
        <section aria-labelledby="partner">
            <h2 id="partner">{tr!("account-partner-title")}</h2>
            <p>{tr!("account-partner-text")}</p>
            {code.map(|c| view! {
                <div class="code-box" role="status">
                    <p>{tr!("account-partner-code-intro")}</p>
                    <p class="code" lang="en" dir="ltr">{c}</p>
                    <p>{tr!("account-partner-code-expiry")}</p>
                </div>
            })}
            <ul class="cards">
                {grants.into_iter().map(|g| {
                    let name = g.other_name.clone().unwrap_or_else(|| tr!("account-partner-not-accepted"));
                    let open = matches!(g.status, crate::accounts::access::GrantStatus::Active | crate::accounts::access::GrantStatus::Invited);
                    view! {
                        <li class="card">
                            <h3>{name}</h3>
                            {grant_facts(&g)}
                            {open.then(|| view! {
                                <form method="post" action=format!("/account/partners/{}/revoke", g.id)>
                                    <button type="submit" class="secondary">{tr!("account-partner-revoke")}</button>
                                </form>
                            })}
                        </li>
                    }
                }).collect_view()}
            </ul>
            <h3>{tr!("account-partner-invite-title")}</h3>
            <form method="post" action="/account/partners/invite" class="stack" novalidate>
                <fieldset id="scopes" class="field" class:field-invalid=has_scopes_error>
                    <legend>{tr!("account-partner-scopes")}</legend>
                    {scopes_error.map(|e| view! { <p class="error">{e}</p> })}
                    {Scope::ALL.into_iter().map(|s| {
                        let name = s.as_str();
                        let checked = fresh && s == Scope::View || state.checked(name);
                        view! {
                            <label class="choice">
                                <input type="checkbox" name=name checked=checked />
                                {tr_id(&format!("account-scope-{name}"), &[])}
                            </label>
                        }
                    }).collect_view()}
                </fieldset>
                <Field state=state.clone() name="until" kind="date" label=tr!("account-partner-until") hint=tr!("account-partner-until-hint") />
                <Field state=state.clone() name="partner_email" kind="email" label=tr!("account-partner-email") hint=tr!("account-partner-email-hint") autocomplete="off" />
                <button type="submit">{tr!("account-partner-invite-submit")}</button>
            </form>
        </section>
    }
}

#[component]
fn PartnerReceived(grants: Vec<GrantView>) -> impl IntoView {
    let state = form_state();
    view! {
        <section aria-labelledby="helping">
            <h2 id="helping">{tr!("account-helping-title")}</h2>
            <p><a href="/referent">{tr!("account-referent-duties-link")}</a></p>
            <ul class="cards">
                {grants.into_iter().map(|g| {
                    // Acting for someone: seeing their check, or booking sessions for them.
                    let active = g.status == crate::accounts::access::GrantStatus::Active
                        && (g.scopes.contains(&Scope::View) || g.scopes.contains(&Scope::Book));
                    view! {
                        <li class="card">
                            <h3>{g.other_name.clone().unwrap_or_default()}</h3>
                            {grant_facts(&g)}
                            {active.then(|| view! {
                                <form method="post" action="/account/acting-for">
                                    <input type="hidden" name="grant" value=g.id.to_string() />
                                    <button type="submit">{tr!("account-act-for", { "name" => g.other_name.clone().unwrap_or_default() })}</button>
                                </form>
                            })}
                        </li>
                    }
                }).collect_view()}
            </ul>
            <h3>{tr!("account-accept-title")}</h3>
            <form method="post" action="/account/partners/accept" class="stack" novalidate>
                <Field state=state.clone() name="code" label=tr!("account-accept-code") hint=tr!("account-accept-code-hint") autocomplete="off" required=true />
                <button type="submit">{tr!("account-accept-submit")}</button>
            </form>
        </section>
    }
}

/// The migrant chooses whether the consultants of their municipality may see their check
/// and plan; without this they see nothing but bookings for their own sessions.
#[component]
fn MunicipalityShare(code: Option<String>, since: Option<i64>) -> impl IntoView {
    let state = form_state();
    let name = code.as_deref().and_then(crate::accounts::municipalities::name);
    let error = state.error("municipality").map(|id| tr_id(id, &[]));
    let selected = if state.values.is_empty() {
        code.clone().unwrap_or_default()
    } else {
        state.value("municipality")
    };
    view! {
        <section aria-labelledby="municipality-share">
            <h2 id="municipality-share">{tr!("account-municipality-title")}</h2>
            {match (since, name) {
                (Some(at), Some(name)) => view! {
                    <p>{tr!("account-municipality-sharing", { "municipality" => name, "date" => when(at) })}</p>
                    <form method="post" action="/account/municipality/stop">
                        <button type="submit" class="secondary">{tr!("account-municipality-stop")}</button>
                    </form>
                }.into_any(),
                _ => view! {
                    <p>{tr!("account-municipality-text")}</p>
                    <form method="post" action="/account/municipality" class="stack" novalidate>
                        <div class="field" class:field-invalid=error.is_some()>
                            <label for="municipality">{tr!("account-municipality-where")}</label>
                            {error.clone().map(|e| view! { <p class="error" id="municipality-error">{e}</p> })}
                            <super::staff::MunicipalitySelect selected=selected invalid=error.is_some() />
                        </div>
                        <button type="submit">{tr!("account-municipality-share")}</button>
                    </form>
                }.into_any(),
            }}
        </section>
    }
}

#[component]
fn ActivityLog(entries: Vec<LogEntry>) -> impl IntoView {
    view! {
        <section aria-labelledby="log">
            <h2 id="log">{tr!("account-log-title")}</h2>
            {if entries.is_empty() {
                view! { <p>{tr!("account-log-empty")}</p> }.into_any()
            } else {
                view! {
                    <ul class="log">
                        {entries.into_iter().map(|e| {
                            let who = if e.by_self {
                                tr!("account-log-by-me")
                            } else {
                                e.actor_name.clone().unwrap_or_else(|| tr!("account-log-by-deleted"))
                            };
                            let what = tr_id(&format!("account-log-{}", e.action), &[]);
                            view! { <li>{tr!("account-log-line", { "date" => when(e.at), "who" => who, "what" => what })}</li> }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}

#[component]
fn Devices(devices: Vec<crate::accounts::views::DeviceView>) -> impl IntoView {
    view! {
        <section aria-labelledby="devices">
            <h2 id="devices">{tr!("account-devices-title")}</h2>
            <ul class="log">
                {devices.into_iter().map(|d| {
                    let this = d.is_this_device.then(|| tr!("account-devices-this"));
                    view! {
                        <li>
                            {tr!("account-devices-line", { "device" => d.device.clone(), "since" => when(d.signed_in_at), "seen" => when(d.last_seen_at) })}
                            {this.map(|t| view! { " " <strong>{t}</strong> })}
                        </li>
                    }
                }).collect_view()}
            </ul>
            <form method="post" action="/account/sign-out-everywhere">
                <button type="submit" class="secondary">{tr!("account-sign-out-everywhere")}</button>
            </form>
        </section>
    }
}

/// What a partner sees of the migrant they act for. The server sets status 403 and leaves
/// the view out when the grant no longer allows it.
#[component]
pub fn SharedCheckPage() -> impl IntoView {
    let saved = use_context::<SavedCheckView>();
    view! {
        <Title text=tr!("account-shared-doc-title") />
        {match saved {
            Some(s) => view! {
                <h1>{tr!("account-shared-title", { "name" => s.owner_name.clone() })}</h1>
                {match (s.result_query, s.saved_at) {
                    (Some(q), Some(at)) => view! {
                        <p>{tr!("account-saved-check-when", { "date" => when(at) })}</p>
                        <p><a class="button" href=format!("/obligations/result?{q}")>{tr!("account-saved-check-open")}</a></p>
                    }.into_any(),
                    _ => view! { <p>{tr!("account-shared-none")}</p> }.into_any(),
                }}
            }.into_any(),
            None => view! {
                <h1>{tr!("account-access-ended-title")}</h1>
                <p class="lead">{tr!("account-access-ended-text")}</p>
                <p><a href="/account">{tr!("account-back")}</a></p>
            }.into_any(),
        }}
    }
}

#[component]
pub fn DeletePage() -> impl IntoView {
    let state = form_state();
    view! {
        <Title text=tr!("account-delete-doc-title") />
        <h1>{tr!("account-delete-title")}</h1>
        <p class="lead">{tr!("account-delete-text")}</p>
        <ErrorSummary state=state.clone() />
        <form method="post" action="/account/delete" class="stack" novalidate>
            <Field state=state.clone() name="password" kind="password" label=tr!("account-field-password") autocomplete="current-password" required=true />
            <button type="submit" class="danger">{tr!("account-delete-submit")}</button>
        </form>
        <p><a href="/account">{tr!("account-back")}</a></p>
    }
}
