//! Wegwijs: the Leptos application shared by the server (`ssr`) and the browser (`hydrate`).
//!
//! The browser bundle holds only the islands (small interactive parts) and pure domain code;
//! pages, translations and date formatting are rendered on the server, so every page works
//! without JavaScript and the WASM download stays small (see README, "Why islands").

pub mod accounts;
pub mod glossary;
pub mod islands;
pub mod locale;
pub mod obligations;
pub mod plan;
#[cfg(feature = "ssr")]
pub mod schools;
#[cfg(feature = "ssr")]
pub mod sessions;

#[cfg(feature = "ssr")]
pub mod ui;

#[cfg(feature = "ssr")]
pub use ui::{shell, App, Assets};

/// Entry point the island loader calls after the WASM module is instantiated.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
