//! The hashed names of the built JS, WASM and CSS files.
//!
//! `scripts/build.sh` writes `hash.txt` (`js: …`, `wasm: …`, `css: …`) next to `pkg/`; the
//! hashes go into the file names, so the files can be cached for a year.

use std::path::Path;

/// Reads the hash of each asset kind; `None` when the site was not built with hashes.
pub fn read_hashes(site_root: &Path) -> Option<Hashes> {
    let text = std::fs::read_to_string(site_root.join("hash.txt")).ok()?;
    let find = |kind: &str| {
        text.lines()
            .filter_map(|line| line.split_once(':'))
            .find(|(k, _)| k.trim() == kind)
            .map(|(_, v)| v.trim().to_owned())
    };
    Some(Hashes { css: find("css")? })
}

/// Hashes the server itself needs (Leptos reads the JS and WASM ones from the same file).
#[derive(Clone, Debug)]
pub struct Hashes {
    pub css: String,
}
