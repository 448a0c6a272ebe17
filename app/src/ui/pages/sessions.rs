//! Information sessions: find one, book it (or join the waiting list), my bookings; and the
//! consultant's side: announce, see who comes, check people in.

use chrono::DateTime;
use leptos::prelude::*;
use leptos_fluent::{tr, I18n};
use leptos_meta::Title;

use crate::{
    locale::SUPPORTED,
    sessions::{
        unix_to_amsterdam,
        views::{
            BookingStatus, BookingView, ConsultantSessionView, ConsultantSessions, EditingSession, MyBookings,
            SessionCard, SessionDetail, SessionList,
        },
        Availability, DEFAULT_MAX_PARTY, PARTY_MAX,
    },
    ui::{
        dates::format_long_date,
        form::{form_state, ErrorSummary, Field, Notice},
        i18n::{current_locale, endonym, tr_id},
    },
};

fn day(unix: i64) -> String {
    DateTime::from_timestamp(unix, 0).map_or_else(String::new, |t| format_long_date(t, current_locale()))
}

/// "Wednesday 2 December 2026, 19:30 – 21:00", put together by the reader's language.
fn day_and_hours(card: &SessionCard) -> String {
    tr!("session-date-time", { "date" => day(card.starts_at), "time" => hours(card) })
}

fn day_and_time(unix: i64) -> String {
    tr!("session-date-time", { "date" => day(unix), "time" => unix_to_amsterdam(unix).1 })
}

fn hours(card: &SessionCard) -> String {
    tr!("session-time", { "start" => unix_to_amsterdam(card.starts_at).1, "end" => unix_to_amsterdam(card.ends_at).1 })
}

fn seats(card: &SessionCard) -> String {
    match card.availability {
        Availability::Open { seats_left } => tr!("session-seats-left", { "count" => seats_left }),
        Availability::Full => tr!("session-full"),
        Availability::Closed => tr!("session-closed"),
        Availability::Cancelled => tr!("session-cancelled"),
    }
}

fn language_names(codes: &[String]) -> String {
    let i18n = expect_context::<I18n>();
    codes
        .iter()
        .map(|c| endonym(&i18n, c))
        .collect::<Vec<_>>()
        .join(&tr!("session-list-separator"))
}

/// One session in a list.
fn card_view(card: SessionCard, href: String) -> impl IntoView {
    let place = if card.online {
        tr!("session-online")
    } else {
        card.place.clone()
    };
    view! {
        <li class="card">
            <h3 dir="auto"><a href=href>{card.title.clone()}</a></h3>
            {card.shown_in_dutch.then(|| view! { <p class="hint" lang="nl">{tr!("session-in-dutch")}</p> })}
            <p>{day_and_hours(&card)}</p>
            <p><span dir="auto">{place}</span>" · "{card.municipality.clone()}</p>
            <p>{tr!("session-languages", { "languages" => language_names(&card.languages) })}</p>
            {(card.dates > 1).then(|| view! { <p>{tr!("session-series", { "count" => card.dates })}</p> })}
            <p><strong>{seats(&card)}</strong></p>
        </li>
    }
}

#[component]
pub fn SessionsPage() -> impl IntoView {
    let Some(list) = use_context::<SessionList>() else {
        return view! { <p>{tr!("session-none")}</p> }.into_any();
    };
    let i18n = expect_context::<I18n>();
    let municipality = list.municipality.clone();
    view! {
        <Title text=tr!("sessions-doc-title") />
        <h1>{tr!("sessions-title")}</h1>
        <p class="lead">{tr!("session-list-lead")}</p>
        <p><a href="/sessions/mine">{tr!("session-mine-link")}</a></p>
        <form method="get" action="/sessions" class="stack filters">
            <div class="field">
                <label for="municipality">{tr!("staff-municipality")}</label>
                <super::staff::MunicipalitySelect selected=municipality empty_label=tr!("session-filter-all-municipalities") />
            </div>
            <div class="field">
                <label for="language">{tr!("session-filter-language")}</label>
                <select id="language" name="language">
                    <option value="" selected=list.language.is_empty()>{tr!("session-filter-any-language")}</option>
                    {SUPPORTED.iter().map(|&code| view! {
                        <option value=code lang=code selected=list.language == code>{endonym(&i18n, code)}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="from">{tr!("session-filter-from")}</label>
                <input id="from" name="from" type="date" value=list.from.clone() />
            </div>
            <button type="submit">{tr!("session-filter-submit")}</button>
        </form>
        {if list.sessions.is_empty() {
            view! { <p>{tr!("session-none")}</p> }.into_any()
        } else {
            view! {
                <ul class="cards">
                    {list.sessions.into_iter().map(|c| {
                        let href = format!("/sessions/{}", c.id);
                        card_view(c, href)
                    }).collect_view()}
                </ul>
            }.into_any()
        }}
    }
    .into_any()
}

fn booking_status(b: &BookingView) -> String {
    match (b.status, b.position) {
        (BookingStatus::Confirmed, _) => tr!("session-booking-confirmed", { "count" => b.party_size }),
        (BookingStatus::Waiting, Some(p)) => tr!("session-booking-waiting", { "position" => p }),
        _ => tr_id(&format!("session-status-{}", b.status.as_str()), &[]),
    }
}

fn cancel_form(b: &BookingView) -> impl IntoView {
    let label = if b.status == BookingStatus::Waiting {
        tr!("session-leave-waiting-list")
    } else {
        tr!("session-cancel")
    };
    view! {
        <form method="post" action=format!("/bookings/{}/cancel", b.id)>
            <button type="submit" class="secondary">{label}</button>
        </form>
    }
}

#[component]
pub fn SessionPage() -> impl IntoView {
    let Some(detail) = use_context::<SessionDetail>() else {
        return view! { <h1>{tr!("not-found-title")}</h1> }.into_any();
    };
    let state = form_state();
    let card = detail.card.clone();
    let place = if card.online {
        tr!("session-online")
    } else {
        [card.place.clone(), detail.room.clone()]
            .into_iter()
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join(&tr!("session-list-separator"))
    };
    let yes_no = |b: bool| if b { tr!("session-yes") } else { tr!("session-no") };
    let booking = detail.booking.clone();
    let max_party = if detail.partner_welcome {
        detail.max_party.clamp(1, PARTY_MAX)
    } else {
        1
    };
    let chosen_party = state.value("party");
    let booking_section = match (&booking, detail.can_book, card.availability) {
        (Some(b), _, _) => view! {
            <p class="notice-box">{booking_status(b)}</p>
            {(b.status == BookingStatus::Confirmed).then(|| view! {
                <p><a class="button secondary" href=format!("/sessions/{}/calendar.ics", card.id) download="wegwijs.ics">{tr!("session-calendar")}</a></p>
            })}
            {cancel_form(b)}
        }.into_any(),
        (None, true, Availability::Open { .. } | Availability::Full) => {
            let full = card.availability == Availability::Full;
            view! {
                {full.then(|| view! { <p>{tr!("session-full-text")}</p> })}
                <form method="post" action=format!("/sessions/{}/book", card.id) class="stack" novalidate>
                    {(max_party > 1).then(|| view! {
                        <div class="field">
                            <label for="party">{tr!("session-party")}</label>
                            <select id="party" name="party">
                                {(1..=max_party).map(|n| view! {
                                    <option value=n.to_string() selected=chosen_party == n.to_string()>{tr!("session-party-option", { "count" => n })}</option>
                                }).collect_view()}
                            </select>
                        </div>
                    })}
                    <button type="submit">{if full { tr!("session-join-waiting-list") } else { tr!("session-book") }}</button>
                </form>
            }.into_any()
        }
        (None, false, Availability::Open { .. } | Availability::Full) => view! {
            <p><a class="button" href="/account/sign-in">{tr!("session-sign-in-to-book")}</a></p>
        }.into_any(),
        (None, _, _) => view! { <p>{seats(&card)}</p> }.into_any(),
    };
    view! {
        <Title text=tr!("session-doc-title", { "title" => card.title.clone() }) />
        <Notice allowed=&["booked", "waiting", "cancelled"] />
        <ErrorSummary state=state.clone() />
        // The consultant's text keeps its own direction inside an Arabic or Persian page.
        <h1 dir="auto">{card.title.clone()}</h1>
        {card.shown_in_dutch.then(|| view! { <p class="hint">{tr!("session-in-dutch")}</p> })}
        {detail.booking_for.clone().map(|name| view! { <p class="notice-box">{tr!("session-booking-for", { "name" => name })}</p> })}
        <dl class="facts">
            <dt>{tr!("session-when")}</dt>
            <dd>{day_and_hours(&card)}</dd>
            {(!detail.more_dates.is_empty()).then(|| view! {
                <dt>{tr!("session-more-dates")}</dt>
                <dd>
                    <p>{tr!("session-series", { "count" => card.dates })}</p>
                    <ul>{detail.more_dates.iter().map(|(start, _)| view! { <li>{day_and_time(*start)}</li> }).collect_view()}</ul>
                </dd>
            })}
            <dt>{tr!("session-where")}</dt>
            <dd dir="auto">{place}</dd>
            {(!detail.accessibility.is_empty()).then(|| view! { <dt>{tr!("session-accessibility")}</dt><dd dir="auto">{detail.accessibility.clone()}</dd> })}
            <dt>{tr!("session-languages-spoken")}</dt>
            <dd>{language_names(&card.languages)}{detail.interpreter.then(|| format!(" · {}", tr!("session-interpreter")))}</dd>
            <dt>{tr!("session-childcare")}</dt>
            <dd>{yes_no(detail.childcare)}</dd>
            <dt>{tr!("session-partner-welcome")}</dt>
            <dd>{yes_no(detail.partner_welcome)}</dd>
            <dt>{tr!("session-seats")}</dt>
            <dd>{seats(&card)}</dd>
            <dt>{tr!("session-deadline")}</dt>
            <dd>{day_and_time(detail.registration_deadline)}</dd>
        </dl>
        <div class="plain-text" dir="auto" lang=card.shown_in_dutch.then_some("nl")>{detail.description.clone()}</div>
        <section aria-labelledby="booking">
            <h2 id="booking">{tr!("session-booking-title")}</h2>
            {booking_section}
        </section>
        <p><a href="/sessions">{tr!("session-back")}</a></p>
    }
    .into_any()
}

#[component]
pub fn MyBookingsPage() -> impl IntoView {
    let view = use_context::<MyBookings>().unwrap_or(MyBookings {
        bookings: vec![],
        booking_for: None,
        alerts: None,
        has_municipality: false,
    });
    let has_municipality = view.has_municipality;
    view! {
        <Title text=tr!("session-mine-doc-title") />
        <h1>{tr!("session-mine-title")}</h1>
        <Notice allowed=&["alerts-on", "alerts-off"] />
        {view.booking_for.clone().map(|name| view! { <p class="notice-box">{tr!("session-booking-for", { "name" => name })}</p> })}
        {if view.bookings.is_empty() {
            view! { <p>{tr!("session-mine-none")}</p> }.into_any()
        } else {
            view! {
                <ul class="cards">
                    {view.bookings.into_iter().map(|b| view! {
                        <li class="card">
                            <h2 dir="auto"><a href=format!("/sessions/{}", b.session_id)>{b.title.clone()}</a></h2>
                            <p>{day_and_time(b.starts_at)}</p>
                            <p>{booking_status(&b)}</p>
                            {cancel_form(&b)}
                        </li>
                    }).collect_view()}
                </ul>
            }.into_any()
        }}
        {view.alerts.map(|on| view! {
            <section aria-labelledby="alerts">
                <h2 id="alerts">{tr!("session-alerts-title")}</h2>
                <p>{if has_municipality { tr!("session-alerts-text") } else { tr!("session-alerts-needs-municipality") }}</p>
                <form method="post" action="/sessions/alerts" class="stack">
                    <label class="choice">
                        <input type="checkbox" name="alerts" checked=on />
                        {tr!("session-alerts-label")}
                    </label>
                    <button type="submit" class="secondary">{tr!("session-alerts-submit")}</button>
                </form>
            </section>
        })}
        <p><a href="/sessions">{tr!("session-back")}</a></p>
    }
}

#[component]
pub fn ConsultantSessionsPage() -> impl IntoView {
    let view = use_context::<ConsultantSessions>().unwrap_or(ConsultantSessions { sessions: vec![] });
    view! {
        <Title text=tr!("session-consultant-doc-title") />
        <h1>{tr!("session-consultant-title")}</h1>
        <p><a class="button" href="/consultant/sessions/new">{tr!("session-new-link")}</a></p>
        {if view.sessions.is_empty() {
            view! { <p>{tr!("session-consultant-none")}</p> }.into_any()
        } else {
            view! {
                <ul class="cards">
                    {view.sessions.into_iter().map(|c| {
                        let href = format!("/consultant/sessions/{}", c.id);
                        card_view(c, href)
                    }).collect_view()}
                </ul>
            }.into_any()
        }}
        <p><a href="/consultant">{tr!("staff-consultant-back")}</a></p>
    }
}

/// The announcement form. Plain text only: what is typed is shown as text, never as HTML.
#[component]
pub fn NewSessionPage() -> impl IntoView {
    let state = form_state();
    let i18n = expect_context::<I18n>();
    let fresh = state.values.is_empty();
    let chosen: Vec<String> = state
        .values
        .iter()
        .filter(|(k, _)| k == "languages")
        .map(|(_, v)| v.clone())
        .collect();
    let languages_error = state.error("languages").map(|id| tr_id(id, &[]));
    let has_languages_error = languages_error.is_some();
    let mut with_defaults = state.clone();
    if fresh {
        for (k, v) in [
            ("duration", "90"),
            ("capacity", "20"),
            ("max_party", &DEFAULT_MAX_PARTY.to_string()),
        ] {
            with_defaults.values.push((k.to_owned(), v.to_owned()));
        }
    }
    let checkbox = move |name: &'static str, label: String, state: &crate::accounts::FormState| {
        view! {
            <label class="choice">
                <input type="checkbox" name=name checked=state.checked(name) />
                {label}
            </label>
        }
    };
    let description_error = state.error("description").map(|id| tr_id(id, &[]));
    let has_description_error = description_error.is_some();
    let editing = use_context::<EditingSession>();
    let (action, heading, submit) = match editing {
        Some(EditingSession(id)) => (
            format!("/consultant/sessions/{id}/edit"),
            tr!("session-edit-title"),
            tr!("session-edit-submit"),
        ),
        None => (
            "/consultant/sessions".to_owned(),
            tr!("session-new-title"),
            tr!("session-new-submit"),
        ),
    };
    view! {
        <Title text=tr!("session-new-doc-title") />
        <h1>{heading}</h1>
        {editing.is_some().then(|| view! { <p class="lead">{tr!("session-edit-lead")}</p> })}
        <ErrorSummary state=state.clone() />
        <form method="post" action=action class="stack" novalidate>
            <Field state=with_defaults.clone() name="title" label=tr!("session-field-title") hint=tr!("session-field-title-hint") required=true />
            <div class="field" class:field-invalid=has_description_error>
                <label for="description">{tr!("session-field-description")}</label>
                <p class="hint" id="description-hint">{tr!("session-field-description-hint")}</p>
                {description_error.map(|e| view! { <p class="error">{e}</p> })}
                <textarea id="description" name="description" rows="6" aria-describedby="description-hint">{state.value("description")}</textarea>
            </div>
            <Field state=with_defaults.clone() name="date" kind="date" label=tr!("session-field-date") required=true />
            <Field state=with_defaults.clone() name="time" kind="time" label=tr!("session-field-time") hint=tr!("session-field-time-hint") required=true />
            <Field state=with_defaults.clone() name="duration" kind="number" label=tr!("session-field-duration") required=true />
            <Field state=with_defaults.clone() name="place" label=tr!("session-field-place") hint=tr!("session-field-place-hint") />
            <Field state=with_defaults.clone() name="room" label=tr!("session-field-room") />
            <Field state=with_defaults.clone() name="accessibility" label=tr!("session-field-accessibility") />
            <Field state=with_defaults.clone() name="online_url" kind="url" label=tr!("session-field-online-url") hint=tr!("session-field-online-url-hint") />
            <Field state=with_defaults.clone() name="capacity" kind="number" label=tr!("session-field-capacity") required=true />
            <fieldset id="languages" class="field" class:field-invalid=has_languages_error>
                <legend>{tr!("session-field-languages")}</legend>
                {languages_error.map(|e| view! { <p class="error">{e}</p> })}
                {SUPPORTED.iter().map(|&code| view! {
                    <label class="choice">
                        <input type="checkbox" name="languages" value=code checked=(fresh && code == "nl") || chosen.iter().any(|c| c == code) />
                        <span lang=code>{endonym(&i18n, code)}</span>
                    </label>
                }).collect_view()}
            </fieldset>
            <fieldset class="field">
                <legend>{tr!("session-field-extras")}</legend>
                {checkbox("interpreter", tr!("session-interpreter"), &state)}
                {checkbox("childcare", tr!("session-field-childcare"), &state)}
                {checkbox("partner_welcome", tr!("session-field-partner-welcome"), &state)}
            </fieldset>
            <fieldset class="field">
                <legend>{tr!("session-field-series")}</legend>
                <p class="hint">{tr!("session-field-series-hint")}</p>
                {crate::sessions::SERIES_FIELDS.iter().enumerate().map(|(i, &(date_field, time_field))| view! {
                    <Field state=state.clone() name=date_field kind="date" label=tr!("session-field-series-date", { "number" => i + 2 }) />
                    <Field state=state.clone() name=time_field kind="time" label=tr!("session-field-series-time", { "number" => i + 2 }) />
                }).collect_view()}
            </fieldset>
            <details class="translations" open=crate::sessions::TRANSLATION_FIELDS.iter().any(|(_, t, _)| !state.value(t).is_empty())>
                <summary>{tr!("session-field-translations")}</summary>
                <p class="hint">{tr!("session-field-translations-hint")}</p>
                {crate::sessions::TRANSLATION_FIELDS.iter().map(|&(code, title_field, description_field)| {
                    let description = state.value(description_field);
                    let language = endonym(&i18n, code);
                    view! {
                        <fieldset class="field">
                            <legend lang=code>{language.clone()}</legend>
                            <Field state=state.clone() name=title_field label=tr!("session-field-title-in", { "language" => language.clone() }) />
                            <label for=description_field>{tr!("session-field-description-in", { "language" => language.clone() })}</label>
                            <textarea id=description_field name=description_field rows="3" dir="auto">{description}</textarea>
                        </fieldset>
                    }
                }).collect_view()}
            </details>
            <Field state=with_defaults.clone() name="max_party" kind="number" label=tr!("session-field-max-party") hint=tr!("session-field-max-party-hint") />
            <Field state=with_defaults.clone() name="deadline_date" kind="date" label=tr!("session-field-deadline") hint=tr!("session-field-deadline-hint") />
            <button type="submit">{submit}</button>
        </form>
        <p><a href="/consultant/sessions">{tr!("session-consultant-back")}</a></p>
    }
}

#[component]
pub fn ConsultantSessionPage() -> impl IntoView {
    let Some(view) = use_context::<ConsultantSessionView>() else {
        return view! { <h1>{tr!("not-found-title")}</h1> }.into_any();
    };
    let card = view.card.clone();
    let state = form_state();
    let message_error = state.error("message").map(|id| tr_id(id, &[]));
    let has_message_error = message_error.is_some();
    let open = !matches!(card.availability, Availability::Cancelled);
    let confirmed: i64 = view
        .attendees
        .iter()
        .filter(|a| a.status == BookingStatus::Confirmed)
        .map(|a| a.party_size)
        .sum();
    view! {
        <Title text=tr!("session-doc-title", { "title" => card.title.clone() }) />
        <Notice allowed=&["session-created", "checked-in", "session-updated", "session-cancelled", "message-sent"] />
        <ErrorSummary state=state.clone() />
        <h1>{card.title.clone()}</h1>
        {(!open).then(|| view! { <p class="notice-box">{tr!("session-cancelled")}</p> })}
        <p>{day_and_hours(&card)}</p>
        <p>{tr!("session-taken", { "taken" => confirmed, "capacity" => card.capacity })}</p>
        <p class="actions">
            <a class="button secondary" href=format!("/sessions/{}", card.id)>{tr!("session-public-page")}</a>
            <a class="button secondary" href=format!("/consultant/sessions/{}/attendees.csv", card.id) download="attendees.csv">{tr!("session-csv")}</a>
            {open.then(|| view! { <a class="button secondary" href=format!("/consultant/sessions/{}/edit", card.id)>{tr!("session-edit-link")}</a> })}
        </p>
        {open.then(|| view! {
            <section aria-labelledby="message">
                <h2 id="message">{tr!("session-message-title")}</h2>
                <form method="post" action=format!("/consultant/sessions/{}/message", card.id) class="stack" novalidate>
                    <div class="field" class:field-invalid=has_message_error>
                        <label for="message-text">{tr!("session-message-label")}</label>
                        <p class="hint" id="message-hint">{tr!("session-message-hint")}</p>
                        {message_error.clone().map(|e| view! { <p class="error">{e}</p> })}
                        <textarea id="message-text" name="message" rows="4" aria-describedby="message-hint">{state.value("message")}</textarea>
                    </div>
                    <button type="submit">{tr!("session-message-submit")}</button>
                </form>
            </section>
        })}
        <h2>{tr!("session-attendees")}</h2>
        {if view.attendees.is_empty() {
            view! { <p>{tr!("session-attendees-none")}</p> }.into_any()
        } else {
            view! {
                <ul class="cards">
                    {view.attendees.into_iter().map(|a| {
                        let i18n = expect_context::<I18n>();
                        let name = a.name.clone().unwrap_or_else(|| tr!("session-attendee-deleted"));
                        view! {
                            <li class="card" id=format!("booking-{}", a.booking_id)>
                                <h3>{name}</h3>
                                <p>{tr!("session-party-option", { "count" => a.party_size })}" · "{endonym(&i18n, &a.locale)}</p>
                                <p>{tr_id(&format!("session-status-{}", a.status.as_str()), &[])}</p>
                                {(a.status == BookingStatus::Confirmed).then(|| view! {
                                    <p>{match a.attended {
                                        Some(true) => tr!("session-attended-yes"),
                                        Some(false) => tr!("session-attended-no"),
                                        None => tr!("session-attended-unknown"),
                                    }}</p>
                                    <div class="actions">
                                        <form method="post" action=format!("/consultant/bookings/{}/attended", a.booking_id)>
                                            <input type="hidden" name="attended" value="yes" />
                                            <button type="submit">{tr!("session-check-in")}</button>
                                        </form>
                                        <form method="post" action=format!("/consultant/bookings/{}/attended", a.booking_id)>
                                            <input type="hidden" name="attended" value="no" />
                                            <button type="submit" class="secondary">{tr!("session-no-show")}</button>
                                        </form>
                                    </div>
                                })}
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }.into_any()
        }}
        {open.then(|| view! {
            <form method="post" action=format!("/consultant/sessions/{}/cancel", card.id)>
                <button type="submit" class="danger">{tr!("session-cancel-session")}</button>
            </form>
        })}
        <p><a href="/consultant/sessions">{tr!("session-consultant-back")}</a></p>
    }
    .into_any()
}
