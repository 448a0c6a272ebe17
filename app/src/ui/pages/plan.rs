//! My plan: the form (a GET form: the URL is the plan), the warnings and the timeline, and a
//! one-page print view.

use chrono::NaiveDate;
use leptos::prelude::*;
use leptos_fluent::tr;
use leptos_meta::Title;

use crate::{
    islands::{PlanLive, PlanLiveTexts},
    obligations::rules,
    plan::{input::MAX_HOURS_PER_WEEK, Milestone, Phase, PlanRoute, PlanView, Warning},
    ui::{
        dates::format_date,
        form::{form_state, ErrorSummary, Field, Notice},
        i18n::{current_locale, tr_id},
        numbers::tenths,
    },
};

fn day(date: NaiveDate) -> String {
    format_date(date, current_locale())
}

fn milestone_title(m: &Milestone) -> String {
    tr_id(&format!("plan-milestone-{}", m.kind.as_str()), &[])
}

fn warning_text(w: Warning) -> String {
    match w {
        Warning::LateStart => tr!("plan-warning-late-start", { "months" => crate::plan::LATE_START_MONTHS }),
        Warning::StepDownKeurmerk => tr!("plan-warning-step-down-keurmerk", { "hours" => rules::AFSCHALEN_HOURS }),
        other => tr_id(&format!("plan-warning-{}", other.as_str()), &[]),
    }
}

/// One milestone: date, what, and how sure (official, estimated, not sure) with its rule.
fn milestone_item(m: Milestone, today: NaiveDate) -> impl IntoView {
    let how = if m.official {
        tr!("plan-official")
    } else {
        tr!("plan-estimated")
    };
    view! {
        <li class="milestone" class:past=m.date < today class:official=m.official>
            <p class="milestone-date"><time datetime=m.date.to_string()>{day(m.date)}</time></p>
            <p class="milestone-title">{milestone_title(&m)}</p>
            <p class="hint">
                {how}
                {m.uncertain.then(|| view! { " · " <strong>{tr!("plan-uncertain")}</strong> })}
                " · "{tr!("obl-source-rule", { "rule" => m.rule })}
            </p>
        </li>
    }
}

#[component]
fn Timeline(view: PlanView) -> impl IntoView {
    let today = view.input.today;
    let today_shown = std::cell::Cell::new(false);
    view! {
        {Phase::ALL.into_iter().map(|phase| {
            let items: Vec<Milestone> = view.plan.milestones.iter().copied().filter(|m| m.kind.phase() == phase).collect();
            let extras: Vec<_> = if phase == Phase::Learning { view.extras.clone() } else { vec![] };
            (!items.is_empty() || !extras.is_empty()).then(|| view! {
                <h3>{tr_id(&format!("plan-phase-{}", phase.as_str()), &[])}</h3>
                <ol class="timeline">
                    {items.into_iter().map(|m| {
                        // The today marker goes before the first milestone still ahead.
                        let marker = (m.date >= today && !today_shown.replace(true)).then(|| view! {
                            <li class="today" aria-current="date"><p><strong>{tr!("plan-today", { "date" => day(today) })}</strong></p></li>
                        });
                        view! { {marker} {milestone_item(m, today)} }
                    }).collect_view()}
                    {extras.into_iter().map(|e| view! {
                        <li class="milestone extra">
                            <p class="milestone-date"><time datetime=e.date.to_string()>{day(e.date)}</time></p>
                            <p class="milestone-title"><a href=e.href.clone() dir="auto">{tr!("plan-session", { "title" => e.title.clone() })}</a></p>
                        </li>
                    }).collect_view()}
                </ol>
            })
        }).collect_view()}
    }
}

fn warnings(view: &PlanView) -> impl IntoView {
    (!view.plan.warnings.is_empty()).then(|| {
        view! {
            <section class="warning-box" aria-labelledby="plan-warnings">
                <h2 id="plan-warnings">{tr!("plan-warnings-title")}</h2>
                <ul>{view.plan.warnings.iter().map(|w| view! { <li>{warning_text(*w)}</li> }).collect_view()}</ul>
            </section>
        }
    })
}

#[component]
pub fn PlanPage() -> impl IntoView {
    let Some(view) = use_context::<PlanView>() else {
        return view! { <p>{tr!("plan-lead")}</p> }.into_any();
    };
    let state = form_state();
    let route = state.value("route");
    let progress_rows = {
        let months: Vec<String> = state
            .values
            .iter()
            .filter(|(k, _)| k == "progress_month")
            .map(|(_, v)| v.clone())
            .collect();
        let hours: Vec<String> = state
            .values
            .iter()
            .filter(|(k, _)| k == "progress_hours")
            .map(|(_, v)| v.clone())
            .collect();
        let mut rows: Vec<(String, String)> = months
            .into_iter()
            .zip(hours.into_iter().chain(std::iter::repeat(String::new())))
            .filter(|(m, h)| !m.is_empty() || !h.is_empty())
            .collect();
        rows.extend(std::iter::repeat_n((String::new(), String::new()), 3));
        rows
    };
    let progress_error = state.error("progress").map(|id| tr_id(id, &[]));
    let checked = |name: &str| {
        state
            .values
            .iter()
            .any(|(k, v)| k == name && !v.is_empty())
            .then_some("checked")
    };
    let query = view.query.clone();
    let live_texts = PlanLiveTexts {
        hours_label: tr!("plan-live-hours"),
        start_label: tr!("plan-live-start"),
        start_months: (0..=24)
            .map(|n| tr!("plan-live-start-months", { "months" => n }))
            .collect(),
        end_label: tr!("plan-live-end"),
        never: tr!("plan-live-never"),
        warnings: Warning::ALL
            .iter()
            .map(|w| (w.as_str().to_owned(), warning_text(*w)))
            .collect(),
    };
    let form = view! {
        <form method="get" action="/plan" class="stack plan-form" id="plan-form">
            {view.school.clone().map(|(_, id)| view! { <input type="hidden" name="offer" value=id.to_string() /> })}
            <fieldset class="field">
                <legend><h2>{tr!("plan-dates-title")}</h2></legend>
                <p class="hint">{tr!("plan-dates-hint")}</p>
                <Field state=state.clone() name="arrival" kind="date" label=tr!("plan-field-arrival") />
                <Field state=state.clone() name="notice" kind="date" label=tr!("plan-field-notice") />
                <Field state=state.clone() name="intake" kind="date" label=tr!("plan-field-intake") />
                <Field state=state.clone() name="pip" kind="date" label=tr!("plan-field-pip") hint=tr!("plan-field-pip-hint") />
                <Field state=state.clone() name="termijn_end" kind="date" label=tr!("plan-field-termijn-end") hint=tr!("plan-field-termijn-end-hint") />
            </fieldset>
            <fieldset class="field">
                <legend><h2>{tr!("plan-lessons-title")}</h2></legend>
                <div class="field">
                    <label for="route">{tr!("plan-field-route")}</label>
                    <select id="route" name="route">
                        {PlanRoute::ALL.into_iter().map(|r| view! {
                            <option value=r.as_str() selected=route == r.as_str()>{tr_id(&format!("plan-route-{}", r.as_str()), &[])}</option>
                        }).collect_view()}
                    </select>
                </div>
                <Field state=state.clone() name="target_hours" kind="number" label=tr!("plan-field-target-hours") hint=tr!("plan-field-target-hours-hint") />
                <Field state=state.clone() name="lessons_start" kind="date" label=tr!("plan-field-lessons-start") />
                <Field state=state.clone() name="hours_per_week" kind="number" label=tr!("plan-field-hours-per-week") hint=tr!("plan-field-hours-per-week-hint", { "max" => MAX_HOURS_PER_WEEK }) />
                <Field state=state.clone() name="weeks_off" kind="number" label=tr!("plan-field-weeks-off") />
                <PlanLive input=view.input.clone() locale=current_locale().to_owned() texts=live_texts />
            </fieldset>
            <fieldset class="field" id="progress">
                <legend><h2>{tr!("plan-progress-title")}</h2></legend>
                <p class="hint">{tr!("plan-progress-hint")}</p>
                {progress_error.map(|e| view! { <p class="error">{e}</p> })}
                {progress_rows.into_iter().enumerate().map(|(i, (month, hours))| {
                    let error = state.error(&format!("progress-{i}")).map(|id| tr_id(id, &[]));
                    let invalid = error.is_some();
                    let month_id = format!("progress-{i}");
                    let hours_id = format!("progress-hours-{i}");
                    view! {
                        <div class="progress-row" class:field-invalid=invalid>
                            {error.map(|e| view! { <p class="error">{e}</p> })}
                            <label for=month_id.clone()>{tr!("plan-field-month", { "n" => i + 1 })}</label>
                            <input id=month_id name="progress_month" type="month" value=month />
                            <label for=hours_id.clone()>{tr!("plan-field-month-hours", { "n" => i + 1 })}</label>
                            <input id=hours_id name="progress_hours" type="number" min="0" value=hours />
                        </div>
                    }
                }).collect_view()}
                <div class="choice">
                    <input type="checkbox" id="exams_passed" name="exams_passed" value="1" checked=checked("exams_passed") />
                    <label for="exams_passed">{tr!("plan-field-exams-passed")}</label>
                </div>
                <div class="choice">
                    <input type="checkbox" id="dutch_partner" name="dutch_partner" value="1" checked=checked("dutch_partner") />
                    <label for="dutch_partner">{tr!("plan-field-dutch-partner")}</label>
                </div>
            </fieldset>
            <button type="submit">{tr!("plan-submit")}</button>
        </form>
    }
    .into_any();
    let hours_left = view.plan.hours_left;
    let average = tenths(view.plan.average_tenths, current_locale());
    view! {
        <Title text=tr!("plan-doc-title") />
        <h1>{tr!("plan-title")}</h1>
        <p class="lead">{tr!("plan-lead")}</p>
        <Notice allowed=&["plan-saved"] />
        {view.school.clone().map(|(name, _)| view! { <p class="notice-box">{tr!("plan-school", { "name" => name })}</p> })}
        <ErrorSummary state=state.clone() />
        {warnings(&view)}
        {form}
        <h2 id="timeline">{tr!("plan-timeline-title")}</h2>
        <p>{tr!("plan-summary", { "left" => hours_left, "average" => average })}</p>
        <Timeline view=view.clone() />
        <div class="actions no-print">
            <a class="button" href=format!("/plan/calendar.ics?{query}") download="wegwijs-plan.ics">{tr!("plan-calendar")}</a>
            <a class="button secondary" href=format!("/plan/print?{query}")>{tr!("plan-print")}</a>
        </div>
        {if view.can_save {
            view! {
                <form method="post" action=format!("/plan/save?{query}") class="no-print">
                    <button type="submit" class="secondary">{tr!("plan-save")}</button>
                </form>
            }.into_any()
        } else {
            view! { <p class="hint">{tr!("plan-save-sign-in")}</p> }.into_any()
        }}
        <p class="hint">{tr!("plan-disclaimer")}</p>
    }
    .into_any()
}

/// The plan on one A4 page: key dates and the checklist, for a consultant to hand out.
#[component]
pub fn PlanPrintPage() -> impl IntoView {
    let Some(view) = use_context::<PlanView>() else {
        return view! { <p>{tr!("plan-lead")}</p> }.into_any();
    };
    let back = format!("/plan?{}", view.query);
    view! {
        <Title text=tr!("plan-doc-title") />
        <div class="print-page">
            <p class="no-print"><a href=back>{tr!("plan-print-back")}</a></p>
            <h1>{tr!("plan-print-title")}</h1>
            <p>{tr!("plan-print-made", { "date" => day(view.input.today) })}</p>
            {warnings(&view)}
            <table class="print-dates">
                <caption>{tr!("plan-timeline-title")}</caption>
                <thead><tr><th scope="col">{tr!("plan-print-date")}</th><th scope="col">{tr!("plan-print-what")}</th><th scope="col">{tr!("plan-print-how")}</th></tr></thead>
                <tbody>
                    {view.plan.milestones.iter().map(|m| view! {
                        <tr>
                            <td><time datetime=m.date.to_string()>{day(m.date)}</time></td>
                            <td>{milestone_title(m)}</td>
                            <td>{if m.official { tr!("plan-official") } else { tr!("plan-estimated") }}{m.uncertain.then(|| format!(" · {}", tr!("plan-uncertain")))}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
            <h2>{tr!("plan-checklist-title")}</h2>
            <ul class="print-checklist">
                <li>{tr!("plan-checklist-school")}</li>
                <li>{tr!("plan-checklist-hours")}</li>
                <li>{tr!("plan-checklist-pvt")}</li>
                <li>{tr!("plan-checklist-map")}</li>
                <li>{tr!("plan-checklist-exams")}</li>
                <li>{tr!("plan-checklist-help")}</li>
            </ul>
            <p class="hint">{tr!("plan-disclaimer")}</p>
        </div>
    }
    .into_any()
}
