//! Amounts of money as the reader's language writes numbers: "1.250,50" in Dutch,
//! "1,250.50" in English. The euro sign and its place come from the message
//! (`school-money`), so each language puts it where it belongs.

/// Group and decimal separators per language.
fn separators(locale_code: &str) -> (&'static str, &'static str) {
    match locale_code {
        "en" | "zh-Hans" | "ar" | "fa" => (",", "."),
        "fr" => ("\u{202f}", ","),
        "ru" => ("\u{a0}", ","),
        // Dutch, Turkish, Spanish, Portuguese.
        _ => (".", ","),
    }
}

/// A number given in tenths with one decimal ("8,0" in Dutch, "8.0" in English).
pub fn tenths(value: i64, locale_code: &str) -> String {
    let (_, decimal) = separators(locale_code);
    let sign = if value < 0 { "-" } else { "" };
    let value = value.unsigned_abs();
    format!("{sign}{}{decimal}{}", value / 10, value % 10)
}

/// The number part of an amount in euro cents; whole euros are written without cents.
pub fn amount(cents: i64, locale_code: &str) -> String {
    let (group, decimal) = separators(locale_code);
    let sign = if cents < 0 { "-" } else { "" };
    let cents = cents.unsigned_abs();
    let digits = (cents / 100).to_string();
    let mut grouped = String::new();
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push_str(group);
        }
        grouped.push(d);
    }
    match cents % 100 {
        0 => format!("{sign}{grouped}"),
        rest => format!("{sign}{grouped}{decimal}{rest:02}"),
    }
}

#[cfg(test)]
mod tests {
    use super::amount;

    #[test]
    fn amounts_follow_the_language() {
        let cases = [
            (625_050, "nl", "6.250,50"),
            (625_050, "en", "6,250.50"),
            (1_000_000, "tr", "10.000"),
            (1_000_000, "fr", "10\u{202f}000"),
            (99_900, "ar", "999"),
            (5, "nl", "0,05"),
            (123_456_789, "en", "1,234,567.89"),
            (-20_000, "nl", "-200"),
        ];
        for (cents, code, expected) in cases {
            assert_eq!(amount(cents, code), expected, "{cents} in {code}");
        }
        assert_eq!(super::tenths(79, "nl"), "7,9");
        assert_eq!(super::tenths(80, "en"), "8.0");
    }
}
