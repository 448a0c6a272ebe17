//! Dates as people in the Netherlands see them: in Europe/Amsterdam time, written the way
//! the reader's language writes dates. Month and day names come from chrono's CLDR-derived
//! locale data, not from tables of our own.

use chrono::{DateTime, Locale, NaiveDate, Utc};
use chrono_tz::Europe::Amsterdam;

/// chrono's locale and the patterns (with weekday, date only) for a language.
fn patterns(locale_code: &str) -> (Locale, &'static str, &'static str) {
    match locale_code {
        "en" => (Locale::en_GB, "%A %-d %B %Y", "%-d %B %Y"),
        "tr" => (Locale::tr_TR, "%-d %B %Y %A", "%-d %B %Y"),
        "ar" => (Locale::ar_EG, "%A %-d %B %Y", "%-d %B %Y"),
        "fa" => (Locale::fa_IR, "%A %-d %B %Y", "%-d %B %Y"),
        "pt" => (Locale::pt_PT, "%A, %-d de %B de %Y", "%-d de %B de %Y"),
        "es" => (Locale::es_ES, "%A, %-d de %B de %Y", "%-d de %B de %Y"),
        "fr" => (Locale::fr_FR, "%A %-d %B %Y", "%-d %B %Y"),
        "ru" => (Locale::ru_RU, "%A, %-d %B %Y", "%-d %B %Y"),
        "zh-Hans" => (Locale::zh_CN, "%Y年%-m月%-d日 %A", "%Y年%-m月%-d日"),
        _ => (Locale::nl_NL, "%A %-d %B %Y", "%-d %B %Y"),
    }
}

/// "maandag 23 november 2026", "Monday 23 November 2026", "2026年11月23日 星期一", …
pub fn format_long_date(instant: DateTime<Utc>, locale_code: &str) -> String {
    let (locale, pattern, _) = patterns(locale_code);
    instant
        .with_timezone(&Amsterdam)
        .format_localized(pattern, locale)
        .to_string()
}

/// "10 mei 2027", "10 May 2027", …: a calendar date, with no time zone involved.
pub fn format_date(date: NaiveDate, locale_code: &str) -> String {
    let (locale, _, pattern) = patterns(locale_code);
    date.format_localized(pattern, locale).to_string()
}

/// Today's date in the Netherlands.
pub fn today_in_amsterdam() -> NaiveDate {
    Utc::now().with_timezone(&Amsterdam).date_naive()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn utc(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, m, d, h, min, 0).single().expect("valid date")
    }

    #[test]
    fn dates_are_written_per_locale() {
        let noon = utc(2026, 11, 23, 12, 0);
        let cases = [
            ("nl", "maandag 23 november 2026"),
            ("en", "Monday 23 November 2026"),
            ("fr", "lundi 23 novembre 2026"),
            ("es", "lunes, 23 de noviembre de 2026"),
            ("zh-Hans", "2026年11月23日 星期一"),
            ("xx", "maandag 23 november 2026"),
        ];
        for (code, expected) in cases {
            assert_eq!(format_long_date(noon, code), expected, "locale {code}");
        }
        for code in ["tr", "ar", "fa", "pt", "ru"] {
            let text = format_long_date(noon, code);
            assert!(text.contains("23") && text.contains("2026"), "{code}: {text}");
            assert_ne!(
                text,
                format_long_date(noon, "en"),
                "{code} must not fall back to English"
            );
        }
        let day = NaiveDate::from_ymd_opt(2027, 5, 10).expect("date");
        assert_eq!(format_date(day, "nl"), "10 mei 2027");
        assert_eq!(format_date(day, "en"), "10 May 2027");
    }

    #[test]
    fn the_date_is_amsterdam_time_across_daylight_saving_changes() {
        // 23:30 UTC is already the next day in Amsterdam, in winter (UTC+1) and summer (UTC+2).
        assert_eq!(
            format_long_date(utc(2026, 1, 10, 23, 30), "nl"),
            "zondag 11 januari 2026"
        );
        assert_eq!(
            format_long_date(utc(2026, 7, 10, 22, 30), "nl"),
            "zaterdag 11 juli 2026"
        );
        // 29 March 2026, 01:30 UTC: clocks went from 02:00 to 03:00 local; still 29 March.
        assert_eq!(format_long_date(utc(2026, 3, 29, 1, 30), "nl"), "zondag 29 maart 2026");
        // Leap day.
        assert_eq!(
            format_long_date(utc(2028, 2, 29, 12, 0), "en"),
            "Tuesday 29 February 2028"
        );
    }
}
