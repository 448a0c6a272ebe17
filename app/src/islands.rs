//! Islands: the only components that run in the browser. Each one enhances server-rendered
//! HTML that already works on its own; its text arrives as props, already translated.

use leptos::prelude::*;

/// Collapses the main navigation behind a "Menu" button on narrow screens.
///
/// Without JavaScript the button stays hidden and the links are always shown; after
/// hydration the button appears (CSS only collapses the list when `data-enhanced` is set).
#[island]
pub fn NavMenu(
    /// The translated button label.
    label: String,
    /// The translated accessible name of the navigation landmark.
    nav_label: String,
    children: Children,
) -> impl IntoView {
    let open = RwSignal::new(false);
    let enhanced = RwSignal::new(false);
    // Effects only run in the browser, so `enhanced` stays false in the server's HTML.
    Effect::new(move |_| enhanced.set(true));
    view! {
        <nav
            class="site-nav"
            aria-label=nav_label
            data-enhanced=move || enhanced.get().then_some("true")
            data-open=move || open.get().then_some("true")
        >
            <button
                type="button"
                class="nav-toggle"
                aria-controls="site-nav-links"
                aria-expanded=move || open.get().to_string()
                hidden=move || !enhanced.get()
                on:click=move |_| open.update(|o| *o = !*o)
            >
                {label}
            </button>
            <div id="site-nav-links" class="nav-links">
                {children()}
            </div>
        </nav>
    }
}

/// Fills the search form's location from the browser, only when the person asks for it.
///
/// Without JavaScript the button stays hidden: searching by municipality or city works
/// without a location, and distance is then measured from the municipality's schools.
#[island]
pub fn LocateButton(
    /// The translated button label.
    label: String,
    /// Shown while the browser looks up the location.
    waiting: String,
    /// Shown when the location is set.
    found: String,
    /// Shown when the browser cannot or may not give it.
    failed: String,
) -> impl IntoView {
    let status = RwSignal::new(String::new());
    let enhanced = RwSignal::new(false);
    Effect::new(move |_| enhanced.set(true));
    let locate = move |_| {
        #[cfg(feature = "hydrate")]
        locate_into_form(status, waiting.clone(), found.clone(), failed.clone());
        #[cfg(not(feature = "hydrate"))]
        let _ = (&waiting, &found, &failed);
    };
    view! {
        <div class="locate" hidden=move || !enhanced.get()>
            <button type="button" class="secondary" on:click=locate>{label}</button>
            <p role="status" class="hint">{move || status.get()}</p>
        </div>
    }
}

/// Asks the browser for the position and writes it into the `lat` and `lon` fields, and
/// sorts by distance.
#[cfg(feature = "hydrate")]
fn locate_into_form(status: RwSignal<String>, waiting: String, found: String, failed: String) {
    use wasm_bindgen::{closure::Closure, JsCast, JsValue};
    let document = web_sys::window().and_then(|w| w.document());
    let set = move |id: &str, value: &str| {
        if let Some(input) = document
            .as_ref()
            .and_then(|d| d.get_element_by_id(id))
            .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            input.set_value(value);
        }
    };
    let Some(geolocation) = web_sys::window().and_then(|w| w.navigator().geolocation().ok()) else {
        status.set(failed);
        return;
    };
    status.set(waiting);
    let on_position = Closure::once_into_js(move |position: JsValue| {
        let coords = position.unchecked_into::<web_sys::Position>().coords();
        set("lat", &format!("{:.4}", coords.latitude()));
        set("lon", &format!("{:.4}", coords.longitude()));
        if let Some(sort) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("sort"))
            .and_then(|e| e.dyn_into::<web_sys::HtmlSelectElement>().ok())
        {
            sort.set_value("distance");
        }
        status.set(found);
    });
    let on_error = Closure::once_into_js(move |_: JsValue| status.set(failed));
    if geolocation
        .get_current_position_with_error_callback(on_position.unchecked_ref(), Some(on_error.unchecked_ref()))
        .is_err()
    {
        status.set(String::new());
    }
}

/// Texts the live plan shows, already translated by the server.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct PlanLiveTexts {
    pub hours_label: String,
    pub start_label: String,
    /// "in { $months } months", with `{}` where the number goes (no sentence is built here).
    pub start_months: Vec<String>,
    pub end_label: String,
    pub never: String,
    /// (warning id, text) for every warning the plan can give.
    pub warnings: Vec<(String, String)>,
}

/// Sliders for the hours a week and the start of lessons that recompute the plan in the
/// browser at once (the same `plan::compute` the server runs), and write their values into
/// the form's number and date fields, so "Calculate" keeps them. Without JavaScript the
/// form's fields do the same job on submit.
#[island]
pub fn PlanLive(input: crate::plan::PlanInput, locale: String, texts: PlanLiveTexts) -> impl IntoView {
    let hours = RwSignal::new(input.hours_per_week);
    let months_ahead = RwSignal::new(
        input
            .lessons_start
            .map_or(0, |s| (s - input.today).num_days().clamp(0, 730) / 30),
    );
    let enhanced = RwSignal::new(false);
    Effect::new(move |_| enhanced.set(true));
    let texts_for_result = texts.clone();
    let result = Memo::new(move |_| {
        let mut live = input.clone();
        live.hours_per_week = hours.get();
        let months = months_ahead.get();
        if months > 0 || live.lessons_start.is_some() {
            live.lessons_start = live
                .today
                .checked_add_days(chrono::Days::new(u64::try_from(months * 30).unwrap_or(0)));
        }
        let (plan, ms) = timed(|| crate::plan::compute(&live));
        let end = plan.date_of(crate::plan::MilestoneKind::LessonsEnd);
        let warnings: Vec<String> = plan
            .warnings
            .iter()
            .filter_map(|w| {
                texts_for_result
                    .warnings
                    .iter()
                    .find(|(id, _)| id == w.as_str())
                    .map(|(_, t)| t.clone())
            })
            .collect();
        (end, warnings, ms, live.lessons_start)
    });
    let date_text = move |date: Option<chrono::NaiveDate>| match date {
        Some(d) => local_date(d, &locale),
        None => texts.never.clone(),
    };
    let start_text = {
        let list = texts.start_months.clone();
        move || {
            let m = usize::try_from(months_ahead.get()).unwrap_or(0);
            list.get(m).cloned().unwrap_or_default()
        }
    };
    view! {
        <div class="plan-live" hidden=move || !enhanced.get()>
            <div class="field">
                <label for="hours-slider">{texts.hours_label.clone()}</label>
                <input id="hours-slider" type="range" min="0" max="40" step="1"
                    prop:value=move || hours.get().to_string()
                    on:input=move |ev| {
                        let value = event_target_value(&ev).parse::<i64>().unwrap_or(0);
                        hours.set(value);
                        set_field("hours_per_week", &value.to_string());
                    } />
                <output for="hours-slider">{move || hours.get()}</output>
            </div>
            <div class="field">
                <label for="start-slider">{texts.start_label.clone()}</label>
                <input id="start-slider" type="range" min="0" max="24" step="1"
                    prop:value=move || months_ahead.get().to_string()
                    on:input=move |ev| {
                        let value = event_target_value(&ev).parse::<i64>().unwrap_or(0);
                        months_ahead.set(value);
                        if let Some(start) = result.get_untracked().3 {
                            set_field("lessons_start", &start.to_string());
                        }
                    } />
                <output for="start-slider">{start_text}</output>
            </div>
            <div class="plan-live-result" aria-live="polite" data-ms=move || format!("{:.3}", result.get().2)>
                <p><strong>{texts.end_label.clone()}</strong>" "{move || date_text(result.get().0)}</p>
                <ul>{move || result.get().1.into_iter().map(|w| view! { <li>{w}</li> }).collect_view()}</ul>
            </div>
        </div>
    }
}

/// Runs `work` and measures it in milliseconds (the browser's clock; 0 on the server).
fn timed<T>(work: impl FnOnce() -> T) -> (T, f64) {
    #[cfg(feature = "hydrate")]
    {
        let now = || web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now());
        let start = now();
        let out = work();
        (out, now() - start)
    }
    #[cfg(not(feature = "hydrate"))]
    {
        (work(), 0.0)
    }
}

/// A date as the browser writes it in `locale` (Intl), e.g. "1 maart 2028".
fn local_date(date: chrono::NaiveDate, locale: &str) -> String {
    #[cfg(feature = "hydrate")]
    {
        let js = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(&format!("{date}T12:00:00")));
        let options = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"long".into());
        js.to_locale_date_string(locale, &options).into()
    }
    #[cfg(not(feature = "hydrate"))]
    {
        let _ = locale;
        date.to_string()
    }
}

/// Writes a value into one of the form's fields (by id), so a submit keeps what the slider chose.
fn set_field(id: &str, value: &str) {
    #[cfg(feature = "hydrate")]
    {
        use wasm_bindgen::JsCast;
        if let Some(input) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(id))
            .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            input.set_value(value);
        }
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = (id, value);
}
