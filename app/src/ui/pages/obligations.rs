//! "What must I do?": the landing page, the step-by-step check and the result.
//!
//! Everything works without JavaScript: each question is a GET form whose hidden fields carry
//! the earlier answers, so the URL holds the whole state and nothing personal is stored.

use leptos::prelude::*;
use leptos_fluent::tr;
use leptos_meta::Title;

use crate::{
    obligations::{
        answers::{Field, FieldError, Problem},
        check::{
            choice_label, choices, is_answered, next_question, offers_not_yet, previous_question, relevant_fields,
        },
        evaluate::{evaluate, Arg, Deadline, Outcome, Statement},
        rules, Answers,
    },
    ui::{
        dates::{format_date, today_in_amsterdam},
        i18n::{current_locale, tr_id, FluentValue},
        query, Assets,
    },
};

const CHECK_PATH: &str = "/obligations/check";
const RESULT_PATH: &str = "/obligations/result";

#[component]
pub fn ObligationsPage() -> impl IntoView {
    view! {
        <Title text=tr!("check-doc-title") />
        <h1>{tr!("obligations-title")}</h1>
        <p class="lead">{tr!("check-intro")}</p>
        <p class="actions">
            <a class="button" href=CHECK_PATH>{tr!("check-start")}</a>
        </p>
        <p><a href="/glossary">{tr!("check-glossary-link")}</a></p>
    }
}

/// The answers as query pairs, in question order.
fn answer_pairs(answers: &Answers) -> Vec<(&'static str, String)> {
    answers
        .to_pairs()
        .into_iter()
        .map(|(field, value)| (field.name(), value))
        .collect()
}

fn url_with(path: &str, pairs: &[(&'static str, String)]) -> String {
    let query = query::encode(pairs.iter().map(|(k, v)| (*k, v.as_str())));
    if query.is_empty() {
        path.to_owned()
    } else {
        format!("{path}?{query}")
    }
}

/// One question per screen; shows the result (by redirect) once nothing is left to ask.
#[component]
pub fn CheckPage() -> impl IntoView {
    let today = today_in_amsterdam();
    let raw = query::pairs();
    let asked = raw
        .iter()
        .find(|(k, _)| k == "asked")
        .and_then(|(_, v)| Field::from_name(v));
    let pairs: Vec<(&str, &str)> = raw
        .iter()
        .filter(|(k, _)| k != "asked")
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let (answers, mut errors) = Answers::parse_lenient(&pairs, today);
    if let Some(field) = asked.filter(|f| errors.is_empty() && !is_answered(*f, &answers)) {
        let problem = if field.is_date() {
            Problem::NotADate
        } else {
            Problem::UnknownChoice
        };
        errors.push(FieldError { field, problem });
    }
    let Some(field) = errors
        .first()
        .map(|e| e.field)
        .or_else(|| next_question(&answers, today))
    else {
        leptos_axum::redirect(&url_with(RESULT_PATH, &answer_pairs(&answers)));
        return ().into_any();
    };
    let error = errors.iter().find(|e| e.field == field).map(|e| e.problem);
    // What was typed stays in the field, also when it was wrong.
    let typed = raw
        .iter()
        .rev()
        .find(|(k, v)| k == field.name() && v != "unknown" && v != "not_yet")
        .map(|(_, v)| v.clone())
        .unwrap_or_default();
    let fields = relevant_fields(&answers);
    let step = fields.iter().position(|f| *f == field).map_or(1, |i| i + 1);
    let hidden: Vec<(&'static str, String)> = answer_pairs(&answers)
        .into_iter()
        .filter(|(k, _)| *k != field.name())
        .collect();
    let back = previous_question(field, &answers).map(|previous| {
        let kept: Vec<_> = hidden.iter().filter(|(k, _)| *k != previous.name()).cloned().collect();
        url_with(CHECK_PATH, &kept)
    });
    let question = format!("check-q-{}", field.name());
    let help = format!("check-q-{}-help", field.name());
    let has_help = !matches!(field, Field::Route);
    view! {
        <Title text=tr!("check-doc-title") />
        <p class="progress">{tr!("check-progress", { "step" => step, "total" => fields.len() })}</p>
        {error.map(|problem| view! {
            <div class="error-summary" role="alert" tabindex="-1">
                <h2>{tr!("check-error-heading")}</h2>
                <p><a href="#q-input">{tr_id(&format!("check-error-{}", problem.as_str()), &[])}</a></p>
            </div>
        })}
        <form method="get" action=CHECK_PATH class="question" novalidate>
            {hidden.into_iter().map(|(name, value)| view! { <input type="hidden" name=name value=value /> }).collect_view()}
            <input type="hidden" name="asked" value=field.name() />
            {if field.is_date() {
                date_question(field, &question, has_help.then_some(help), error, typed, today).into_any()
            } else {
                choice_question(field, &question, has_help.then_some(help), error, &answers).into_any()
            }}
        </form>
        {back.map(|href| view! { <p><a href=href>{tr!("check-back")}</a></p> })}
        <p><a href="/glossary">{tr!("check-glossary-link")}</a></p>
    }
    .into_any()
}

fn field_error(error: Option<Problem>) -> impl IntoView {
    error
        .map(|p| view! { <p id="q-error" class="field-error">{tr_id(&format!("check-error-{}", p.as_str()), &[])}</p> })
}

fn choice_question(
    field: Field,
    question: &str,
    help: Option<String>,
    error: Option<Problem>,
    answers: &Answers,
) -> impl IntoView {
    let current = answers.to_pairs().get(&field).cloned().unwrap_or_default();
    let described = match (help.is_some(), error.is_some()) {
        (true, true) => "q-help q-error",
        (true, false) => "q-help",
        (false, true) => "q-error",
        (false, false) => "",
    };
    view! {
        <fieldset aria-describedby=(!described.is_empty()).then_some(described)>
            <legend><h1>{tr_id(question, &[])}</h1></legend>
            {help.map(|id| view! { <p id="q-help" class="help">{tr_id(&id, &[])}</p> })}
            {field_error(error)}
            <div class="options">
                {choices(field)
                    .iter()
                    .enumerate()
                    .map(|(i, value)| {
                        // The first option receives the error summary's link.
                        let id = if i == 0 { "q-input".to_owned() } else { format!("q-{value}") };
                        view! {
                            <div class="option">
                                <input type="radio" id=id.clone() name=field.name() value=*value checked=current == *value />
                                <label for=id>{tr_id(&choice_label(field, value), &[])}</label>
                            </div>
                        }
                    })
                    .collect_view()}
            </div>
            <p class="actions"><button type="submit" class="button">{tr!("check-next")}</button></p>
        </fieldset>
    }
}

fn date_question(
    field: Field,
    question: &str,
    help: Option<String>,
    error: Option<Problem>,
    typed: String,
    today: chrono::NaiveDate,
) -> impl IntoView {
    let mut described = vec!["q-hint"];
    if help.is_some() {
        described.insert(0, "q-help");
    }
    if error.is_some() {
        described.push("q-error");
    }
    view! {
        <h1><label for="q-input">{tr_id(question, &[])}</label></h1>
        {help.map(|id| view! { <p id="q-help" class="help">{tr_id(&id, &[])}</p> })}
        <p id="q-hint" class="help">{tr!("check-date-hint")}</p>
        {field_error(error)}
        <input
            type="date"
            id="q-input"
            name=field.name()
            value=typed
            min="1900-01-01"
            max=today.format("%Y-%m-%d").to_string()
            aria-describedby=described.join(" ")
            aria-invalid=error.is_some().then_some("true")
        />
        <p class="actions">
            <button type="submit" class="button">{tr!("check-next")}</button>
            {offers_not_yet(field).then(|| view! {
                <button type="submit" class="button secondary" name=field.name() value="not_yet">{tr!("check-not-yet")}</button>
            })}
            <button type="submit" class="button secondary" name=field.name() value="unknown">{tr!("check-unknown")}</button>
        </p>
    }
}

/// The values of a statement's placeables, formatted for the reader's language.
fn fluent_args(statement: &Statement, locale: &str) -> Vec<(&'static str, FluentValue<'static>)> {
    statement
        .args
        .iter()
        .map(|(name, arg)| {
            let value = match arg {
                Arg::Number(n) => FluentValue::from(*n),
                // Whole euros: every amount in the rules is a round number of euros.
                Arg::Money(cents) => FluentValue::from(cents / 100),
                Arg::Date(date) => FluentValue::from(format_date(*date, locale)),
                Arg::Choice(choice) => FluentValue::from(*choice),
            };
            (*name, value)
        })
        .collect()
}

#[component]
pub(crate) fn StatementItem(statement: Statement, locale: &'static str) -> impl IntoView {
    let Some(rule) = rules::find(statement.rule) else {
        return ().into_any();
    };
    let text = tr_id(statement.message, &fluent_args(&statement, locale));
    let doubtful = matches!(
        rule.confidence,
        rules::Confidence::Secondary | rules::Confidence::Uncertain
    );
    let checked = format_date(rule.checked, locale);
    view! {
        <li class:doubtful=doubtful>
            <p>
                {doubtful.then(|| view! { <strong class="badge">{tr!("obl-uncertain-label")}</strong> " " })}
                {text}
            </p>
            {statement.check_with.map(|authority| {
                let text = tr!("obl-check-with", { "authority" => authority.as_str() });
                view! {
                    <p class="check-with">
                        {match authority.url() {
                            Some(url) => view! { <a href=url rel="noopener">{text}</a> }.into_any(),
                            None => text.into_any(),
                        }}
                    </p>
                }
            })}
            <details class="source">
                <summary>{tr!("obl-source-summary")}</summary>
                <p>
                    {tr!("obl-source-rule", { "rule" => rule.id })} " · "
                    {tr!("obl-confidence", { "confidence" => rule.confidence.as_str() })} " "
                    {tr!("obl-source-checked", { "date" => checked })}
                </p>
                <ul>
                    {rule.sources.iter().map(|source| match source.url {
                        Some(url) => view! { <li><a href=url lang="nl" rel="noopener">{source.title}</a></li> }.into_any(),
                        None => view! { <li lang="nl">{source.title}</li> }.into_any(),
                    }).collect_view()}
                </ul>
            </details>
        </li>
    }
    .into_any()
}

fn section(heading: String, statements: Vec<Statement>, locale: &'static str) -> impl IntoView {
    (!statements.is_empty()).then(|| {
        view! {
            <section>
                <h2>{heading}</h2>
                <ul class="statements">
                    {statements.into_iter().map(|statement| view! { <StatementItem statement locale /> }).collect_view()}
                </ul>
            </section>
        }
    })
}

/// How an answer reads in the summary.
fn answer_text(field: Field, value: &str, locale: &str) -> String {
    if field.is_date() {
        if let Ok(date) = chrono::NaiveDate::parse_from_str(value, "%Y-%m-%d") {
            return format_date(date, locale);
        }
    }
    tr_id(&choice_label(field, value), &[])
}

#[component]
pub fn ResultPage() -> impl IntoView {
    let today = today_in_amsterdam();
    let raw = query::pairs();
    let pairs: Vec<(&str, &str)> = raw.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let answers = match Answers::parse(pairs.iter().copied(), today) {
        Ok(answers) => answers,
        Err(_) => {
            // The check page shows the problem at the field, keeping every answer.
            leptos_axum::redirect(&format!("{CHECK_PATH}?{}", query::encode(pairs)));
            return ().into_any();
        }
    };
    let locale = current_locale();
    let outcome: Outcome = evaluate(&answers, today);
    let own = answer_pairs(&answers);
    let share = format!(
        "{}{}",
        use_context::<Assets>().map(|a| a.public_url).unwrap_or_default(),
        url_with(RESULT_PATH, &own)
    );
    let summary: Vec<_> = own
        .iter()
        .filter_map(|(name, value)| Field::from_name(name).map(|f| (f, value.clone())))
        .map(|(field, value)| {
            let change: Vec<_> = own.iter().filter(|(k, _)| *k != field.name()).cloned().collect();
            (field, answer_text(field, &value, locale), url_with(CHECK_PATH, &change))
        })
        .collect();
    let status = match outcome.status {
        crate::obligations::Status::Obligated => "obligated",
        crate::obligations::Status::NotObligated => "not_obligated",
        crate::obligations::Status::NotSure => "not_sure",
        crate::obligations::Status::NotForThisPortal => "not_for_this_portal",
    };
    let law = serde_json::to_value(outcome.law)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default();
    let group = serde_json::to_value(outcome.group)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default();
    let deadline = match outcome.deadline {
        Deadline::Known { termijn_end, .. } => Some(format_date(termijn_end, locale)),
        _ => None,
    };
    let parts = outcome.parts.clone();
    view! {
        <Title text=tr!("obl-result-doc-title") />
        <h1>{tr!("obl-result-title")}</h1>
        <div class=format!("status status-{status}") role="status">
            <p class="status-main">{tr!("obl-status", { "status" => status })}</p>
            {(outcome.law != crate::obligations::evaluate::Law::None).then(|| view! { <p>{tr!("obl-law", { "law" => law.clone() })}</p> })}
            {(outcome.group != crate::obligations::evaluate::Group::None).then(|| view! { <p>{tr!("obl-group", { "group" => group.clone() })}</p> })}
            {deadline.map(|end| view! { <p class="deadline"><strong>{end}</strong></p> })}
        </div>
        {section(tr!("obl-section-reasons"), outcome.reasons.clone(), locale)}
        {section(tr!("obl-section-check"), outcome.to_check.clone(), locale)}
        {(!parts.is_empty()).then(|| view! {
            <section>
                <h2>{tr!("obl-section-parts")}</h2>
                {parts.into_iter().map(|part| view! {
                    <h3>{tr_id(&format!("obl-part-title-{}", part.kind), &[])}</h3>
                    {crate::glossary::term_for_part(part.kind).map(|term| view! {
                        <p class="explain"><a href=format!("/glossary#{term}")>{tr!("obl-part-explain")}</a></p>
                    })}
                    <ul class="statements">
                        {part.statements.into_iter().map(|statement| view! { <StatementItem statement locale /> }).collect_view()}
                    </ul>
                }).collect_view()}
            </section>
        })}
        {section(tr!("obl-section-deadline"), outcome.deadline_notes.clone(), locale)}
        {section(tr!("obl-section-money"), outcome.money.clone(), locale)}
        {section(tr!("obl-section-residence"), outcome.residence.clone(), locale)}
        {section(tr!("obl-section-referent"), outcome.referent.clone(), locale)}
        {section(tr!("obl-section-exemptions"), outcome.exemptions.clone(), locale)}
        <section class="answers">
            <h2>{tr!("check-answers-heading")}</h2>
            <dl>
                {summary.into_iter().map(|(field, text, change)| view! {
                    <div class="answer">
                        <dt>{tr_id(&format!("check-q-{}", field.name()), &[])}</dt>
                        <dd>{text} " " <a href=change>{tr!("check-change")}</a></dd>
                    </div>
                }).collect_view()}
            </dl>
        </section>
        <section class="share">
            <p>{tr!("obl-rules-checked", { "date" => format_date(rules::RULES_CHECKED, locale) })}</p>
            <label for="share-link">{tr!("obl-share-label")}</label>
            <input id="share-link" type="text" readonly value=share aria-describedby="share-help" />
            <p id="share-help" class="help">{tr!("obl-share-help")}</p>
            <p class="help">{tr!("obl-print-help")}</p>
            <form method="post" action="/obligations/save">
                <input type="hidden" name="answers" value=query::encode(own.iter().map(|(k, v)| (*k, v.as_str()))) />
                <button type="submit" class="secondary">{tr!("obl-save-submit")}</button>
            </form>
            <p><a href=CHECK_PATH>{tr!("obl-change-answers")}</a> " · " <a href="/glossary">{tr!("check-glossary-link")}</a></p>
        </section>
    }
    .into_any()
}
