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
