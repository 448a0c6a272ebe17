//! The JSON API for municipal tools: `/api/v1/obligations` evaluates the same answers as the
//! check page (GET with query parameters, POST with a JSON object of the same names).

use std::collections::BTreeMap;

use app::{
    obligations::{evaluate, rules, Answers, FieldError, Problem},
    ui::dates::today_in_amsterdam,
};
use axum::{
    body::Bytes,
    extract::RawQuery,
    http::{header, HeaderValue, StatusCode},
    response::{IntoResponse, Response},
    routing::get,
    Json, Router,
};
use serde_json::{json, Value};

use crate::startup::AppState;

pub fn router() -> Router<AppState> {
    Router::new().route(
        "/api/v1/obligations",
        get(obligations_from_query).post(obligations_from_json),
    )
}

async fn obligations_from_query(RawQuery(query): RawQuery) -> Response {
    let pairs: Vec<(String, String)> = form_urlencoded::parse(query.unwrap_or_default().as_bytes())
        .into_owned()
        .collect();
    respond(&pairs, Vec::new())
}

async fn obligations_from_json(body: Bytes) -> Response {
    let Ok(Value::Object(object)) = serde_json::from_slice::<Value>(&body) else {
        return json_response(
            StatusCode::BAD_REQUEST,
            json!({ "error": "the body must be a JSON object" }),
        );
    };
    let mut pairs = Vec::new();
    let mut errors = Vec::new();
    for (name, value) in object {
        match (value, app::obligations::Field::from_name(&name)) {
            (Value::String(text), _) => pairs.push((name, text)),
            (Value::Null, _) | (_, None) => {}
            (_, Some(field)) => errors.push(FieldError {
                field,
                problem: Problem::UnknownChoice,
            }),
        }
    }
    respond(&pairs, errors)
}

/// 200 with the answers, the result and every rule it cites; 422 with field-level errors.
fn respond(pairs: &[(String, String)], mut errors: Vec<FieldError>) -> Response {
    let today = today_in_amsterdam();
    let parsed = Answers::parse(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())), today);
    let answers = match parsed {
        Ok(answers) if errors.is_empty() => answers,
        Ok(_) => return unprocessable(errors),
        Err(found) => {
            errors.extend(found);
            return unprocessable(errors);
        }
    };
    let outcome = evaluate(&answers, today);
    let cited: BTreeMap<&str, &rules::Rule> = outcome
        .statements()
        .filter_map(|s| rules::find(s.rule).map(|r| (r.id, r)))
        .collect();
    let answers: BTreeMap<&str, String> = answers.to_pairs().into_iter().map(|(f, v)| (f.name(), v)).collect();
    json_response(
        StatusCode::OK,
        json!({ "answers": answers, "outcome": outcome, "rules": cited }),
    )
}

fn unprocessable(mut errors: Vec<FieldError>) -> Response {
    errors.sort_by_key(|e| e.field);
    json_response(StatusCode::UNPROCESSABLE_ENTITY, json!({ "errors": errors }))
}

fn json_response(status: StatusCode, body: Value) -> Response {
    let mut response = (status, Json(body)).into_response();
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}
