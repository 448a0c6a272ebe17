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
