//! Language schools: search with filters (a GET form, shareable), result cards, and the
//! side-by-side comparison with the total cost against the DUO loan.

use leptos::prelude::*;
use leptos_fluent::tr;
use leptos_meta::Title;

use crate::{
    islands::LocateButton,
    obligations::rules,
    schools::{
        cost::{Loan, Warning},
        search::Sort,
        views::{CompareItem, Comparison, SchoolCard, SchoolSearch, COMPARE_MAX},
        CheckedBy, Format, Keurmerk, ProviderKind, Route, Schedule,
    },
    ui::{
        dates::format_date,
        i18n::{current_locale, tr_id},
        numbers::{amount, tenths},
        query::encode,
    },
};

pub fn money(cents: i64) -> String {
    tr!("school-money", { "amount" => amount(cents, current_locale()) })
}

fn name_id(prefix: &str, name: &str) -> String {
    tr_id(&format!("{prefix}-{}", name.replace('_', "-")), &[])
}

pub fn route_name(route: Route) -> String {
    name_id("school-route", route.as_str())
}

fn schedule_names(list: &[Schedule]) -> String {
    list.iter()
        .map(|s| name_id("school-schedule", s.as_str()))
        .collect::<Vec<_>>()
        .join(&tr!("session-list-separator"))
}

fn format_name(format: Format) -> String {
    name_id("school-format", format.as_str())
}

fn yes_no(value: bool) -> String {
    if value {
        tr!("school-yes")
    } else {
        tr!("school-no")
    }
}

fn keurmerk_text(card: &SchoolCard) -> String {
    match (card.kind, card.keurmerk, card.keurmerk_valid_until) {
        (ProviderKind::School, Keurmerk::None, Some(until)) => {
            tr!("school-keurmerk-expired", { "date" => format_date(until, current_locale()) })
        }
        (ProviderKind::School, keurmerk, _) => name_id("school-keurmerk", keurmerk.as_str()),
        (kind, ..) => name_id("school-kind", kind.as_str()),
    }
}

fn stars_text(stars: Option<i64>) -> String {
    match stars {
        Some(n) => tr!("school-stars", { "count" => n }),
        None => tr!("school-stars-unknown"),
    }
}

fn distance_text(km: Option<f64>) -> Option<String> {
    // Whole kilometres, or tenths below 10 km: the precision the approximation has.
    km.map(|km| {
        let shown = if km < 10.0 {
            tenths((km * 10.0).round() as i64, current_locale())
        } else {
            format!("{:.0}", km)
        };
        tr!("school-distance", { "km" => shown })
    })
}

/// Who checked the data, in the reader's language.
fn checked_by(stored: &str) -> String {
    match CheckedBy::parse(stored) {
        CheckedBy::Municipality(code) => {
            let name = crate::accounts::municipalities::name(&code).unwrap_or(&code).to_owned();
            tr!("school-source-municipality", { "municipality" => name })
        }
        CheckedBy::Admin => tr!("school-source-admin"),
        CheckedBy::Source(text) => text,
    }
}

fn hours_text(card: &SchoolCard) -> String {
    tr!("school-hours", { "hours" => card.hours, "per_week" => card.hours_per_week, "weeks" => card.weeks })
}

fn card_view(card: SchoolCard) -> impl IntoView {
    let id = format!("compare-{}", card.offer_id);
    let badge_class = match card.keurmerk {
        Keurmerk::Holder => "badge badge-ok",
        Keurmerk::Aspirant => "badge badge-warn",
        Keurmerk::None => "badge",
    };
    view! {
        <li class="card school-card">
            <h3 dir="auto">{card.name.clone()}</h3>
            <p><span class=badge_class>{keurmerk_text(&card)}</span>" "{(card.kind == ProviderKind::School).then(|| stars_text(card.stars))}</p>
            <p>{tr!("school-where", { "city" => card.city.clone(), "municipality" => card.municipality.clone() })}
                {distance_text(card.distance_km).map(|d| view! { " · " {d} })}</p>
            <p><strong>{route_name(card.route)}</strong>" · "{hours_text(&card)}</p>
            <p>{schedule_names(&card.schedule)}" · "{format_name(card.format)}</p>
            {card.childcare.then(|| view! { <p>{tr!("school-childcare-yes")}</p> })}
            {card.suits_working.then(|| view! { <p>{tr!("school-working-yes")}</p> })}
            {card.next_start.map(|d| view! { <p>{tr!("school-next-start", { "date" => format_date(d, current_locale()) })}</p> })}
            <p class="price">{tr!("school-total", { "amount" => money(card.total_cents) })}
                {card.per_hour_cents.map(|c| view! { " " <span class="hint">{tr!("school-per-hour", { "amount" => money(c) })}</span> })}</p>
            <p class="compare-pick">
                <input type="checkbox" id=id.clone() name="offer" value=card.offer_id.to_string() />
                <label for=id>{tr!("school-compare-pick", { "name" => card.name.clone() })}</label>
            </p>
        </li>
    }
}

fn checked(on: bool) -> Option<&'static str> {
    on.then_some("checked")
}

#[component]
pub fn SchoolsPage() -> impl IntoView {
    let Some(search) = use_context::<SchoolSearch>() else {
        return view! { <p>{tr!("school-none")}</p> }.into_any();
    };
    let q = search.query.clone();
    let error = |field: &str| {
        search
            .problems
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, id)| tr_id(id, &[]))
    };
    let price_error = error("max_total");
    let km_error = error("km");
    let query_string = encode(q.to_pairs(q.page).iter().map(|(k, v)| (*k, v.as_str())));
    let page_link = {
        let q = q.clone();
        move |page: i64| {
            format!(
                "/schools?{}",
                encode(q.to_pairs(page).iter().map(|(k, v)| (*k, v.as_str())))
            )
        }
    };
    let (lat, lon) = q.near.map_or((String::new(), String::new()), |p| {
        (format!("{:.4}", p.lat), format!("{:.4}", p.lon))
    });
    view! {
        <Title text=tr!("schools-doc-title") />
        <h1>{tr!("schools-title")}</h1>
        <p class="lead">{tr!("school-lead")}</p>
        <form method="get" action="/schools" class="stack filters" id="school-filters">
            <input type="hidden" name="sent" value="1" />
            <div class="field">
                <label for="municipality">{tr!("staff-municipality")}</label>
                <super::staff::MunicipalitySelect selected=q.municipality.clone() empty_label=tr!("session-filter-all-municipalities") />
            </div>
            <div class="field">
                <label for="city">{tr!("school-filter-city")}</label>
                <input id="city" name="city" type="text" value=q.city.clone() autocomplete="address-level2" />
            </div>
            <div class="field">
                <label for="route">{tr!("school-filter-route")}</label>
                <select id="route" name="route">
                    <option value="all" selected=q.route.is_none()>{tr!("school-filter-all-routes")}</option>
                    {Route::ALL.iter().map(|r| view! {
                        <option value=r.as_str() selected=q.route == Some(*r)>{route_name(*r)}</option>
                    }).collect_view()}
                </select>
            </div>
            <fieldset class="field">
                <legend>{tr!("school-filter-schedule")}</legend>
                {Schedule::ALL.iter().map(|s| {
                    let id = format!("schedule-{}", s.as_str());
                    view! {
                        <div class="choice">
                            <input type="checkbox" id=id.clone() name="schedule" value=s.as_str() checked=checked(q.schedule.contains(s)) />
                            <label for=id>{name_id("school-schedule", s.as_str())}</label>
                        </div>
                    }
                }).collect_view()}
            </fieldset>
            <div class="field">
                <label for="format">{tr!("school-filter-format")}</label>
                <select id="format" name="format">
                    <option value="" selected=q.format.is_none()>{tr!("school-filter-any-format")}</option>
                    {Format::ALL.iter().map(|f| view! {
                        <option value=f.as_str() selected=q.format == Some(*f)>{format_name(*f)}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field choice">
                <input type="checkbox" id="keurmerk" name="keurmerk" value="1" checked=checked(q.keurmerk_only) aria-describedby="keurmerk-hint" />
                <label for="keurmerk">{tr!("school-filter-keurmerk")}</label>
                <p class="hint" id="keurmerk-hint">{tr!("school-filter-keurmerk-why")}</p>
            </div>
            <div class="field choice">
                <input type="checkbox" id="childcare" name="childcare" value="1" checked=checked(q.childcare) />
                <label for="childcare">{tr!("school-filter-childcare")}</label>
            </div>
            <div class="field choice">
                <input type="checkbox" id="working" name="working" value="1" checked=checked(q.suits_working) />
                <label for="working">{tr!("school-filter-working")}</label>
            </div>
            <div class="field" class:field-invalid=price_error.is_some()>
                <label for="max_total">{tr!("school-filter-max-total")}</label>
                {price_error.clone().map(|e| view! { <p class="error" id="max_total-error">{e}</p> })}
                <input id="max_total" name="max_total" type="text" inputmode="decimal" value=q.max_total_text.clone()
                    aria-invalid=price_error.is_some().then_some("true")
                    aria-describedby=price_error.is_some().then_some("max_total-error") />
            </div>
            <div class="field" class:field-invalid=km_error.is_some()>
                <label for="km">{tr!("school-filter-km")}</label>
                {km_error.clone().map(|e| view! { <p class="error" id="km-error">{e}</p> })}
                <input id="km" name="km" type="text" inputmode="numeric" value=q.max_km_text.clone()
                    aria-invalid=km_error.is_some().then_some("true")
                    aria-describedby=km_error.is_some().then_some("km-error") />
            </div>
            <input type="hidden" id="lat" name="lat" value=lat />
            <input type="hidden" id="lon" name="lon" value=lon />
            <LocateButton
                label=tr!("school-locate")
                waiting=tr!("school-locate-waiting")
                found=tr!("school-locate-found")
                failed=tr!("school-locate-failed")
            />
            <div class="field">
                <label for="sort">{tr!("school-sort")}</label>
                <select id="sort" name="sort">
                    {Sort::ALL.iter().map(|s| view! {
                        <option value=s.as_str() selected=q.sort == *s>{name_id("school-sort", s.as_str())}</option>
                    }).collect_view()}
                </select>
            </div>
            <button type="submit">{tr!("school-filter-submit")}</button>
        </form>

        <h2 id="results">{tr!("school-results", { "count" => search.total })}</h2>
        {search.distance_from.clone().map(|m| view! { <p class="hint">{tr!("school-distance-from", { "municipality" => m })}</p> })}
        {search.distance_unknown.then(|| view! { <p class="hint">{tr!("school-distance-unknown")}</p> })}
        {if search.cards.is_empty() {
            view! { <p>{tr!("school-none")}</p> }.into_any()
        } else {
            view! {
                <form method="get" action="/schools/compare" class="compare-form">
                    <input type="hidden" name="back" value=query_string.clone() />
                    <p class="hint">{tr!("school-compare-how", { "max" => COMPARE_MAX })}</p>
                    <ul class="cards">
                        {search.cards.clone().into_iter().map(card_view).collect_view()}
                    </ul>
                    <div class="compare-bar">
                        <button type="submit">{tr!("school-compare-submit")}</button>
                    </div>
                </form>
            }.into_any()
        }}
        {(search.pages > 1).then(|| view! {
            <nav class="pagination" aria-label=tr!("school-pages")>
                {(q.page > 1).then(|| view! { <a href=page_link(q.page - 1) rel="prev">{tr!("school-page-previous")}</a> })}
                <span>{tr!("school-page-of", { "page" => q.page, "pages" => search.pages })}</span>
                {(q.page < search.pages).then(|| view! { <a href=page_link(q.page + 1) rel="next">{tr!("school-page-next")}</a> })}
            </nav>
        })}
    }
    .into_any()
}

/// One row of the comparison: a heading and a value per offer; marked when the values differ.
fn row(heading: String, values: Vec<String>, names: &[String]) -> impl IntoView {
    let differs = values.windows(2).any(|w| w[0] != w[1]);
    view! {
        <tr class:differs=differs>
            <th scope="row">
                {heading}
                {differs.then(|| view! { " " <span class="tag">{tr!("school-compare-differs")}</span> })}
            </th>
            {values.into_iter().zip(names.iter().cloned()).map(|(v, name)| view! { <td data-label=name>{v}</td> }).collect_view()}
        </tr>
    }
}

fn loan_text(loan: Loan) -> String {
    match loan {
        Loan::UpTo(max) => tr!("school-loan-up-to", { "amount" => money(max) }),
        Loan::AskDuo => tr!("school-loan-ask-duo"),
        Loan::None => tr!("school-loan-none"),
    }
}

fn retakes_text(retakes: i64) -> String {
    if retakes == 0 {
        tr!("school-retakes-none")
    } else {
        tr!("school-retakes-count", { "count" => retakes })
    }
}

fn warning_text(warning: Warning) -> String {
    match warning {
        Warning::ZRouteHours => tr!("school-warning-z-hours", { "hours" => rules::Z_ROUTE_HOURS }),
        Warning::StepDownHours => tr!("school-warning-step-down-hours", { "hours" => rules::AFSCHALEN_HOURS }),
        other => tr_id(&format!("school-warning-{}", other.as_str()), &[]),
    }
}

fn place_text(item: &CompareItem) -> String {
    let place = tr!("school-address", { "address" => item.address.clone(), "postcode" => item.postcode.clone(), "city" => item.card.city.clone() });
    match distance_text(item.card.distance_km) {
        Some(d) => format!("{place} · {d}"),
        None => place,
    }
}

#[component]
pub fn ComparePage() -> impl IntoView {
    let comparison = use_context::<Comparison>().unwrap_or(Comparison {
        items: vec![],
        back: String::new(),
        problem: Some("school-compare-too-few".to_owned()),
    });
    let back = format!("/schools?{}", comparison.back);
    let items = comparison.items.clone();
    let names: Vec<String> = items.iter().map(|i| i.card.name.clone()).collect();
    let locale = current_locale();
    let (fee, fee_as_of) = crate::schools::cost::exam_fee();
    let values = |f: &dyn Fn(&CompareItem) -> String| items.iter().map(f).collect::<Vec<_>>();
    let table = (!items.is_empty()).then(|| {
        let rows = vec![
            row(tr!("school-row-keurmerk"), values(&|i| keurmerk_text(&i.card)), &names).into_any(),
            row(tr!("school-row-route"), values(&|i| route_name(i.card.route)), &names).into_any(),
            row(tr!("school-row-intake"), values(&|i| yes_no(i.offer.intake_test)), &names).into_any(),
            row(tr!("school-row-hours"), values(&|i| hours_text(&i.card)), &names).into_any(),
            row(tr!("school-row-schedule"), values(&|i| schedule_names(&i.offer.schedule)), &names).into_any(),
            row(
                tr!("school-row-format"),
                values(&|i| tr!("school-format-share", { "format" => format_name(i.offer.format), "percent" => i.offer.in_person_percent })),
                &names,
            )
            .into_any(),
            row(tr!("school-row-place"), values(&place_text), &names).into_any(),
            row(tr!("school-row-retakes"), values(&|i| retakes_text(i.offer.retakes_included)), &names).into_any(),
            row(tr!("school-row-stars"), values(&|i| stars_text(i.card.stars)), &names).into_any(),
            row(tr!("school-row-working"), values(&|i| yes_no(i.offer.suits_working)), &names).into_any(),
            row(tr!("school-row-childcare"), values(&|i| yes_no(i.offer.childcare)), &names).into_any(),
            row(
                tr!("school-row-class-size"),
                values(&|i| i.offer.max_class_size.map_or_else(|| tr!("school-unknown"), |n| n.to_string())),
                &names,
            )
            .into_any(),
            row(
                tr!("school-row-start"),
                values(&|i| i.card.next_start.map_or_else(|| tr!("school-unknown"), |d| format_date(d, locale))),
                &names,
            )
            .into_any(),
            row(tr!("school-row-price"), values(&|i| money(i.cost.course_cents)), &names).into_any(),
            row(
                tr!("school-row-exam-fees"),
                values(&|i| if i.cost.exam_parts == 0 {
                    tr!("school-exam-fees-none")
                } else {
                    tr!("school-exam-fees", { "count" => i.cost.exam_parts, "fee" => money(fee), "amount" => money(i.cost.exam_fees_cents) })
                }),
                &names,
            )
            .into_any(),
            row(tr!("school-row-retake-room"), values(&|i| money(i.cost.retake_cents)), &names).into_any(),
            row(tr!("school-row-total"), values(&|i| money(i.cost.total_cents)), &names).into_any(),
            row(tr!("school-row-loan"), values(&|i| loan_text(i.cost.loan)), &names).into_any(),
            row(tr!("school-row-pay-now"), values(&|i| money(i.cost.pay_now_cents)), &names).into_any(),
            row(
                tr!("school-row-checked"),
                values(&|i| tr!("school-checked-on", { "date" => format_date(i.verified_on, locale), "source" => checked_by(&i.verified_source) })),
                &names,
            )
            .into_any(),
        ];
        view! {
            <div class="compare-wrap">
                <table class="compare">
                    <caption>{tr!("school-compare-caption")}</caption>
                    <thead>
                        <tr>
                            <td></td>
                            {names.iter().map(|n| view! { <th scope="col" dir="auto">{n.clone()}</th> }).collect_view()}
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
    });
    view! {
        <Title text=tr!("school-compare-doc-title") />
        <p><a href=back.clone()>{tr!("school-compare-back")}</a></p>
        <h1>{tr!("school-compare-title")}</h1>
        {comparison.problem.clone().map(|id| view! { <p class="error-summary" role="alert">{tr_id(&id, &[("max", COMPARE_MAX.into())])}</p> })}
        <section class="checklist" aria-labelledby="checklist-title">
            <h2 id="checklist-title">{tr!("school-checklist-title")}</h2>
            <p>{tr!("school-checklist-lead")}</p>
            <ul>
                <li>{tr!("school-checklist-intake")}</li>
                <li>{tr!("school-checklist-hours")}</li>
                <li>{tr!("school-checklist-times")}</li>
                <li>{tr!("school-checklist-keurmerk")}</li>
                <li>{tr!("school-checklist-retakes")}</li>
                <li>{tr!("school-checklist-reputation")}</li>
                <li>{tr!("school-checklist-work")}</li>
            </ul>
        </section>
        {table}
        {(!items.is_empty()).then(|| view! {
            <section aria-labelledby="cost-title">
                <h2 id="cost-title">{tr!("school-cost-title")}</h2>
                <p>{tr!("school-cost-how", { "fee" => money(fee), "date" => format_date(fee_as_of, locale) })}</p>
                <p>{tr!("school-cost-loan", { "max" => money(rules::cents(rules::LOAN_MAX)) })}</p>
                <p>{tr!("school-cost-repay", { "months" => rules::REPAY_START_MONTHS, "years" => rules::REPAY_YEARS })}</p>
                <p class="hint">{tr!("school-cost-sources")}</p>
                {items.iter().filter(|i| !i.warnings.is_empty()).map(|i| view! {
                    <div class="warning-box">
                        <h3 dir="auto">{i.card.name.clone()}</h3>
                        <ul>{i.warnings.iter().map(|w| view! { <li>{warning_text(*w)}</li> }).collect_view()}</ul>
                    </div>
                }).collect_view()}
                <h3>{tr!("school-contact-title")}</h3>
                <ul class="contact-list">
                    {items.iter().map(|i| view! {
                        <li>
                            <strong dir="auto">{i.card.name.clone()}</strong>
                            {i.website.clone().map(|w| view! { " · " <a href=w.clone() rel="noopener" dir="ltr">{w.trim_start_matches("https://").to_owned()}</a> })}
                            {i.phone.clone().map(|p| view! { " · " <a href=format!("tel:{}", p.replace(' ', "")) dir="ltr">{p.clone()}</a> })}
                            {i.email.clone().map(|e| view! { " · " <a href=format!("mailto:{e}") dir="ltr">{e.clone()}</a> })}
                            <br />
                            <a href=format!("/plan?offer={}", i.card.offer_id)>{tr!("school-plan-link", { "name" => i.card.name.clone() })}</a>
                        </li>
                    }).collect_view()}
                </ul>
            </section>
        })}
    }
}
