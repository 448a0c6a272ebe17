//! The consultant's language schools: the list, the school form and the offer form.

use leptos::prelude::*;
use leptos_fluent::tr;
use leptos_meta::Title;

use super::schools::{money, route_name};
use crate::{
    accounts::FormState,
    schools::{
        views::{ConsultantSchools, OfferEditor, SchoolEditor},
        Format, Keurmerk, ProviderKind, Route, Schedule,
    },
    ui::{
        dates::format_date,
        form::{form_state, ErrorSummary, Field, Notice},
        i18n::{current_locale, tr_id},
    },
};

fn name_id(prefix: &str, name: &str) -> String {
    tr_id(&format!("{prefix}-{}", name.replace('_', "-")), &[])
}

/// A `<select>` keeping the chosen value, with its problem.
fn select(state: &FormState, name: &'static str, label: String, options: Vec<(&'static str, String)>) -> impl IntoView {
    let chosen = state.value(name);
    let error = state.error(name).map(|id| tr_id(id, &[]));
    view! {
        <div class="field" class:field-invalid=error.is_some()>
            <label for=name>{label}</label>
            {error.clone().map(|e| view! { <p class="error" id=format!("{name}-error")>{e}</p> })}
            <select id=name name=name aria-invalid=error.is_some().then_some("true")
                aria-describedby=error.is_some().then(|| format!("{name}-error"))>
                {options.into_iter().map(|(value, text)| view! {
                    <option value=value selected=chosen == value>{text}</option>
                }).collect_view()}
            </select>
        </div>
    }
}

fn checkbox(state: &FormState, name: &'static str, value: &'static str, label: String) -> impl IntoView {
    let id = if name == "schedule" {
        format!("schedule-{value}")
    } else {
        name.to_owned()
    };
    let on = state.values.iter().any(|(k, v)| k == name && v == value);
    view! {
        <div class="choice">
            <input type="checkbox" id=id.clone() name=name value=value checked=on.then_some("checked") />
            <label for=id>{label}</label>
        </div>
    }
}

/// A stored `YYYY-MM-DD` date as the reader's language writes it.
fn checked_date(stored: &str) -> String {
    chrono::NaiveDate::parse_from_str(stored, "%Y-%m-%d")
        .map_or_else(|_| stored.to_owned(), |d| format_date(d, current_locale()))
}

#[component]
pub fn ConsultantSchoolsPage() -> impl IntoView {
    let list = use_context::<ConsultantSchools>().unwrap_or(ConsultantSchools {
        schools: vec![],
        can_add: false,
    });
    view! {
        <Title text=tr!("school-staff-doc-title") />
        <h1>{tr!("school-staff-title")}</h1>
        <Notice allowed=&["school-saved", "school-checked"] />
        <p class="lead">{tr!("school-staff-lead")}</p>
        {list.can_add.then(|| view! { <p><a class="button" href="/consultant/schools/new">{tr!("school-staff-add")}</a></p> })}
        {if list.schools.is_empty() {
            view! { <p>{tr!("school-staff-none")}</p> }.into_any()
        } else {
            view! {
                <ul class="cards">
                    {list.schools.into_iter().map(|s| {
                        let keurmerk = name_id("school-keurmerk", &s.keurmerk);
                        view! {
                            <li>
                                <h2 class="card-title" dir="auto"><a href=format!("/consultant/schools/{}", s.id)>{s.name.clone()}</a></h2>
                                <p>{keurmerk}" · "{tr!("school-staff-offers", { "count" => s.offers })}</p>
                                <p>{tr!("school-staff-checked", { "date" => checked_date(&s.verified_on) })}</p>
                                <form method="post" action=format!("/consultant/schools/{}/verify", s.id)>
                                    <button type="submit" class="secondary">{tr!("school-staff-verify", { "name" => s.name.clone() })}</button>
                                </form>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }.into_any()
        }}
    }
}

#[component]
pub fn SchoolEditPage() -> impl IntoView {
    let editor = use_context::<SchoolEditor>().unwrap_or(SchoolEditor {
        id: None,
        offers: vec![],
    });
    let state = form_state();
    let action = editor.id.map_or_else(
        || "/consultant/schools/new".to_owned(),
        |id| format!("/consultant/schools/{id}"),
    );
    let title = if editor.id.is_some() {
        tr!("school-edit-title")
    } else {
        tr!("school-new-title")
    };
    let kinds = ProviderKind::ALL
        .iter()
        .map(|k| (k.as_str(), name_id("school-kind", k.as_str())))
        .collect();
    let keurmerken = Keurmerk::ALL
        .iter()
        .map(|k| (k.as_str(), name_id("school-keurmerk", k.as_str())))
        .collect();
    view! {
        <Title text=title.clone() />
        <p><a href="/consultant/schools">{tr!("school-staff-back")}</a></p>
        <h1>{title}</h1>
        <Notice allowed=&["school-saved"] />
        <ErrorSummary state=state.clone() />
        <form method="post" action=action class="stack">
            <Field state=state.clone() name="name" label=tr!("school-field-name") required=true />
            {select(&state, "kind", tr!("school-field-kind"), kinds)}
            {select(&state, "keurmerk", tr!("school-row-keurmerk"), keurmerken)}
            <Field state=state.clone() name="keurmerk_valid_until" kind="date" label=tr!("school-field-valid-until") />
            <Field state=state.clone() name="stars" label=tr!("school-row-stars") hint=tr!("school-field-stars-hint") />
            <Field state=state.clone() name="website" kind="url" label=tr!("school-field-website") />
            <Field state=state.clone() name="phone" kind="tel" label=tr!("school-field-phone") />
            <Field state=state.clone() name="email" kind="email" label=tr!("school-field-email") />
            <Field state=state.clone() name="address" label=tr!("school-field-address") required=true />
            <Field state=state.clone() name="postcode" label=tr!("school-field-postcode") required=true />
            <Field state=state.clone() name="city" label=tr!("school-filter-city") required=true />
            <Field state=state.clone() name="latitude" label=tr!("school-field-latitude") hint=tr!("school-field-coordinates-hint") />
            <Field state=state.clone() name="longitude" label=tr!("school-field-longitude") />
            <p class="hint">{tr!("school-field-verified-hint")}</p>
            <button type="submit">{tr!("school-save")}</button>
        </form>
        {editor.id.map(|id| view! {
            <h2>{tr!("school-offers-title")}</h2>
            <ul class="cards">
                {editor.offers.iter().map(|o| view! {
                    <li>
                        <a href=format!("/consultant/schools/{id}/offers/{}", o.id)>{route_name(o.route)}</a>
                        <p>{tr!("school-offer-line", { "price" => money(o.price_cents), "hours" => o.hours })}</p>
                    </li>
                }).collect_view()}
            </ul>
            <p><a class="button" href=format!("/consultant/schools/{id}/offers/new")>{tr!("school-offer-add")}</a></p>
        })}
    }
}

#[component]
pub fn OfferEditPage() -> impl IntoView {
    let Some(editor) = use_context::<OfferEditor>() else {
        return view! { <p>{tr!("school-staff-none")}</p> }.into_any();
    };
    let state = form_state();
    let base = format!("/consultant/schools/{}/offers", editor.school_id);
    let action = editor
        .offer_id
        .map_or_else(|| format!("{base}/new"), |id| format!("{base}/{id}"));
    let routes = Route::ALL
        .iter()
        .filter(|r| (**r == Route::Informal) == (editor.kind != ProviderKind::School))
        .map(|r| (r.as_str(), route_name(*r)))
        .collect();
    let formats = Format::ALL
        .iter()
        .map(|f| (f.as_str(), name_id("school-format", f.as_str())))
        .collect();
    let schedule_error = state.error("schedule").map(|id| tr_id(id, &[]));
    let schedule_invalid = schedule_error.is_some();
    view! {
        <Title text=tr!("school-offer-title") />
        <p><a href=format!("/consultant/schools/{}", editor.school_id)>{tr!("school-offer-back", { "name" => editor.school_name.clone() })}</a></p>
        <h1>{tr!("school-offer-title")}</h1>
        <ErrorSummary state=state.clone() />
        <form method="post" action=action class="stack">
            {select(&state, "route", tr!("school-filter-route"), routes)}
            <Field state=state.clone() name="price_eur" label=tr!("school-field-price") hint=tr!("school-field-price-hint") required=true />
            <Field state=state.clone() name="hours" kind="number" label=tr!("school-field-hours") required=true />
            <Field state=state.clone() name="hours_per_week" kind="number" label=tr!("school-field-hours-per-week") required=true />
            <Field state=state.clone() name="weeks" kind="number" label=tr!("school-field-weeks") required=true />
            <fieldset class="field" class:field-invalid=schedule_invalid>
                <legend id="schedule">{tr!("school-row-schedule")}</legend>
                {schedule_error.map(|e| view! { <p class="error">{e}</p> })}
                {Schedule::ALL.iter().map(|s| checkbox(&state, "schedule", s.as_str(), name_id("school-schedule", s.as_str()))).collect_view()}
            </fieldset>
            {select(&state, "format", tr!("school-filter-format"), formats)}
            <Field state=state.clone() name="in_person_percent" kind="number" label=tr!("school-field-in-person") required=true />
            <Field state=state.clone() name="retakes_included" kind="number" label=tr!("school-field-retakes") required=true />
            <Field state=state.clone() name="max_class_size" kind="number" label=tr!("school-row-class-size") />
            <Field state=state.clone() name="support_languages" label=tr!("school-field-languages") hint=tr!("school-field-languages-hint") />
            <Field state=state.clone() name="start_dates" label=tr!("school-field-start-dates") hint=tr!("school-field-start-dates-hint") />
            {checkbox(&state, "intake_test", "1", tr!("school-row-intake"))}
            {checkbox(&state, "exams_included", "1", tr!("school-field-exams-included"))}
            {checkbox(&state, "childcare", "1", tr!("school-row-childcare"))}
            {checkbox(&state, "suits_working", "1", tr!("school-row-working"))}
            <button type="submit">{tr!("school-save")}</button>
        </form>
        {editor.offer_id.map(|id| view! {
            <form method="post" action=format!("{base}/{id}/delete")>
                <button type="submit" class="danger">{tr!("school-offer-delete")}</button>
            </form>
        })}
    }
    .into_any()
}
