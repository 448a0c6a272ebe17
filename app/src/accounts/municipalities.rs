//! The Dutch municipalities with their CBS codes, shipped as data (`app/data/municipalities.csv`,
//! its source in its header). A consultant works for one; a migrant may say where they live.

use std::sync::LazyLock;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Municipality {
    /// CBS code, four digits (`0363`); CBS writes it as `GM0363`.
    pub code: &'static str,
    pub name: &'static str,
}

static CSV: &str = include_str!("../../data/municipalities.csv");

static ALL: LazyLock<Vec<Municipality>> = LazyLock::new(|| {
    CSV.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .skip(1)
        .filter_map(|l| {
            let (code, name) = l.split_once(',')?;
            Some(Municipality {
                code: code.trim(),
                name: name.trim().trim_matches('"'),
            })
        })
        .collect()
});

/// All municipalities, sorted by name.
pub fn all() -> &'static [Municipality] {
    &ALL
}

/// The name of the municipality with this CBS code.
pub fn name(code: &str) -> Option<&'static str> {
    ALL.iter().find(|m| m.code == code).map(|m| m.name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_municipality_has_a_unique_four_digit_code_and_a_name() {
        let all = all();
        assert!(all.len() > 300, "{} municipalities", all.len());
        let mut codes: Vec<_> = all.iter().map(|m| m.code).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), all.len(), "duplicate codes");
        for m in all {
            assert!(m.code.len() == 4 && m.code.chars().all(|c| c.is_ascii_digit()), "{m:?}");
            assert!(!m.name.is_empty(), "{m:?}");
        }
    }

    #[test]
    fn known_codes_resolve() {
        let cases = [
            ("0363", "Amsterdam"),
            ("0599", "Rotterdam"),
            ("0518", "'s-Gravenhage"),
            ("0344", "Utrecht"),
            ("0014", "Groningen"),
        ];
        for (code, expected) in cases {
            assert_eq!(name(code), Some(expected), "{code}");
        }
        assert_eq!(name("9999"), None);
    }
}
