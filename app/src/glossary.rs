//! The glossary's terms, in the order the page shows them. Each has the messages
//! `glossary-<key>-name` and `glossary-<key>-text`; the Dutch name is shown beside every
//! translation, because people meet the Dutch words in letters.

pub const TERMS: [&str; 19] = [
    "pip",
    "pvt",
    "map",
    "knm",
    "keurmerk",
    "duo",
    "ind",
    "intake",
    "lbt",
    "regievoerder",
    "referent",
    "b1",
    "a2",
    "z",
    "onderwijs",
    "afschalen",
    "termijn",
    "mvv",
    "basisexamen",
];

/// The glossary entry that explains a part of the obligation (see `obligations::evaluate`).
pub fn term_for_part(kind: &str) -> Option<&'static str> {
    let term = match kind {
        "intake" => "intake",
        "pip" => "pip",
        "route-b1" => "b1",
        "route-z" => "z",
        "route-education" => "onderwijs",
        "knm" => "knm",
        "pvt" => "pvt",
        "map" => "map",
        _ => return None,
    };
    TERMS.contains(&term).then_some(term)
}
