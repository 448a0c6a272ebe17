//! My plan: the page (a GET form; the URL is the plan), the print view, the calendar file and
//! saving to the account. A school chosen in the comparison (`?offer=`) fills in its hours and
//! start date; booked information sessions appear on the timeline.

use app::{
    accounts::{FormState, Role},
    plan::{calendar, compute, input, Extra, PlanInput, PlanView},
    sessions::unix_to_amsterdam,
    ui::{dates::today_in_amsterdam, i18n::message_in},
};
use axum::{
    extract::{Request, State},
    http::{header, request::Parts, StatusCode},
    response::{IntoResponse, Response},
    routing::{get, post},
    Router,
};
use chrono::NaiveDate;
use leptos::prelude::provide_context;

use super::{
    render,
    request::{reader_locale, see_other, server_error, sign_in_first, user},
};
use crate::{accounts::User, plan, schools::search, sessions::booking, startup::AppState};

pub const EXCLUDED_ROUTES: [&str; 2] = ["/plan", "/plan/print"];

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/plan", get(page))
        .route("/plan/print", get(print))
        .route("/plan/calendar.ics", get(calendar_file))
        .route("/plan/save", post(save))
}

fn pairs_of(query: Option<&str>) -> Vec<(String, String)> {
    query
        .map(|q| form_urlencoded::parse(q.as_bytes()).into_owned().collect())
        .unwrap_or_default()
}

fn migrant(parts: &Parts) -> Option<User> {
    user(parts).filter(|u| u.role == Role::Migrant)
}

/// The plan for this request: from the URL, else the saved copy; with the chosen school's
/// hours and start, and the person's booked sessions.
async fn plan_view(state: &AppState, parts: &Parts) -> Result<(PlanView, FormState), sqlx::Error> {
    let me = migrant(parts);
    let mut pairs = pairs_of(parts.uri.query());
    pairs.retain(|(k, _)| k != "done" && k != "lang");
    if pairs.is_empty() {
        if let Some(me) = &me {
            if let Some(saved) = plan::load(&state.db, me.id).await? {
                pairs = pairs_of(Some(&saved));
            }
        }
    }
    let today = today_in_amsterdam();
    let school = match pairs
        .iter()
        .find(|(k, _)| k == "offer")
        .and_then(|(_, v)| v.parse::<i64>().ok())
    {
        Some(id) => search::compare(&state.db, &[id], None, today).await?.into_iter().next(),
        None => None,
    };
    if let Some(item) = &school {
        // The school's numbers, unless the person typed their own.
        let mut fill = |name: &str, value: String| {
            if !pairs.iter().any(|(k, v)| k == name && !v.is_empty()) {
                pairs.push((name.to_owned(), value));
            }
        };
        fill("target_hours", item.offer.hours.to_string());
        fill("hours_per_week", item.offer.hours_per_week.to_string());
        if let Some(start) = item.card.next_start {
            fill("lessons_start", start.to_string());
        }
    }
    let (input, problems) = input::parse(&pairs, today);
    let extras = match &me {
        Some(me) => booking::bookings_of(&state.db, me)
            .await?
            .into_iter()
            .filter_map(|b| {
                let date = NaiveDate::parse_from_str(&unix_to_amsterdam(b.starts_at).0, "%Y-%m-%d").ok()?;
                Some(Extra {
                    date,
                    title: b.title,
                    href: format!("/sessions/{}", b.session_id),
                })
            })
            .collect(),
        None => Vec::new(),
    };
    let mut query_pairs = input::to_pairs(&input);
    if let Some(item) = &school {
        query_pairs.push(("offer", item.card.offer_id.to_string()));
    }
    let query = crate::web::encode_pairs(&query_pairs);
    let form = FormState {
        values: if pairs.is_empty() { to_strings(&input) } else { pairs },
        errors: problems.into_iter().map(|(f, m)| (f, m.to_owned())).collect(),
    };
    let view = PlanView {
        plan: compute(&input),
        input,
        query,
        extras,
        school: school.map(|i| (i.card.name, i.card.offer_id)),
        can_save: me.is_some(),
    };
    Ok((view, form))
}

fn to_strings(input: &PlanInput) -> Vec<(String, String)> {
    input::to_pairs(input)
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v))
        .collect()
}

async fn page(State(state): State<AppState>, request: Request) -> Response {
    let parts = request.into_parts().0;
    match plan_view(&state, &parts).await {
        Ok((view, form)) => {
            let status = if form.errors.is_empty() {
                StatusCode::OK
            } else {
                StatusCode::UNPROCESSABLE_ENTITY
            };
            render(&state, parts, status, move || {
                provide_context(view.clone());
                provide_context(form.clone());
            })
            .await
        }
        Err(error) => server_error(error.into()),
    }
}

async fn print(State(state): State<AppState>, request: Request) -> Response {
    let parts = request.into_parts().0;
    match plan_view(&state, &parts).await {
        Ok((view, _)) => render(&state, parts, StatusCode::OK, move || provide_context(view.clone())).await,
        Err(error) => server_error(error.into()),
    }
}

/// The plan as an `.ics` file in the reader's language. UIDs come from the account (or, for a
/// plan without one, from its fixing dates), so a newer file updates the same events.
async fn calendar_file(State(state): State<AppState>, request: Request) -> Response {
    let parts = request.into_parts().0;
    let (view, _) = match plan_view(&state, &parts).await {
        Ok(found) => found,
        Err(error) => return server_error(error.into()),
    };
    let locale = reader_locale(&parts);
    let key = match migrant(&parts) {
        Some(me) => format!("u{}", me.id),
        None => calendar::plan_key(view.input.pip, view.input.notice, view.input.arrival),
    };
    let url = format!("{}/plan?{}", state.settings.public_url, view.query);
    let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%SZ").to_string();
    let file = calendar::ics(&view.plan.milestones, &key, &stamp, &url, |m| {
        let title = message_in(locale, &format!("plan-milestone-{}", m.kind.as_str()), &[]);
        let how = message_in(locale, if m.official { "plan-official" } else { "plan-estimated" }, &[]);
        (
            format!("Wegwijs: {title}"),
            format!(
                "{how} · {}",
                message_in(locale, "obl-source-rule", &[("rule", m.rule.to_owned())])
            ),
        )
    });
    (
        [
            (header::CONTENT_TYPE, "text/calendar; charset=utf-8"),
            (header::CONTENT_DISPOSITION, "attachment; filename=\"wegwijs-plan.ics\""),
        ],
        file,
    )
        .into_response()
}

async fn save(State(state): State<AppState>, request: Request) -> Response {
    let parts = request.into_parts().0;
    let Some(me) = migrant(&parts) else {
        return match user(&parts) {
            Some(_) => StatusCode::FORBIDDEN.into_response(),
            None => sign_in_first(),
        };
    };
    let (view, form) = match plan_view(&state, &parts).await {
        Ok(found) => found,
        Err(error) => return server_error(error.into()),
    };
    if !form.errors.is_empty() {
        return see_other(&format!("/plan?{}", view.query));
    }
    match plan::save(&state.db, me.id, &view.query).await {
        Ok(()) => see_other(&format!("/plan?{}&done=plan-saved", view.query)),
        Err(error) => server_error(error.into()),
    }
}
