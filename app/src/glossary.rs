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
