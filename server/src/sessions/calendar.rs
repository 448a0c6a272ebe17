//! A session as an iCalendar file (RFC 5545), for the confirmation mail and the download.

use app::plan::calendar::{file, text};
use chrono::DateTime;

/// What goes into the calendar entry.
pub struct Event<'a> {
    pub uid: String,
    pub starts_at: i64,
    pub ends_at: i64,
    pub summary: &'a str,
    pub location: &'a str,
    pub description: &'a str,
    pub url: &'a str,
    pub now: i64,
    pub cancelled: bool,
}

fn utc(unix: i64) -> String {
    DateTime::from_timestamp(unix, 0)
        .map(|t| t.format("%Y%m%dT%H%M%SZ").to_string())
        .unwrap_or_default()
}

/// The whole file, CRLF line endings, one event per date of a series (`more` after the first).
/// Times in UTC, so no time zone table is needed.
pub fn ics(event: &Event<'_>, more: &[(i64, i64)]) -> String {
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        "PRODID:-//Wegwijs//Informatiebijeenkomsten//NL".to_owned(),
        "METHOD:PUBLISH".to_owned(),
    ];
    lines.extend(vevent(event, event.uid.clone(), event.starts_at, event.ends_at));
    for (n, (starts_at, ends_at)) in more.iter().enumerate() {
        lines.extend(vevent(event, format!("{}-{}", event.uid, n + 2), *starts_at, *ends_at));
    }
    lines.push("END:VCALENDAR".to_owned());
    file(&lines)
}

fn vevent(event: &Event<'_>, uid: String, starts_at: i64, ends_at: i64) -> [String; 11] {
    [
        "BEGIN:VEVENT".to_owned(),
        format!("UID:{uid}"),
        format!("DTSTAMP:{}", utc(event.now)),
        format!("DTSTART:{}", utc(starts_at)),
        format!("DTEND:{}", utc(ends_at)),
        format!("SUMMARY:{}", text(event.summary)),
        format!("LOCATION:{}", text(event.location)),
        format!("DESCRIPTION:{}", text(event.description)),
        format!("URL:{}", event.url),
        format!("STATUS:{}", if event.cancelled { "CANCELLED" } else { "CONFIRMED" }),
        "END:VEVENT".to_owned(),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_event_is_valid_icalendar_with_escaped_folded_text() {
        let description = "Wat moet u doen?\nKom, en neem uw partner mee; welkom. ".repeat(3);
        let file = ics(
            &Event {
                uid: "session-7@wegwijs".to_owned(),
                starts_at: 1_796_925_600,
                ends_at: 1_796_931_000,
                summary: "Welkom in Utrecht",
                location: "Stadskantoor, zaal 2",
                description: &description,
                url: "https://wegwijs.example/sessions/7",
                now: 1_796_000_000,
                cancelled: false,
            },
            &[(1_797_530_400, 1_797_535_800)],
        );
        assert!(file.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert!(file.ends_with("END:VCALENDAR\r\n"));
        assert!(file.contains("DTSTART:20261210T180000Z\r\n"));
        assert!(
            file.contains("UID:session-7@wegwijs-2\r\nDTSTAMP"),
            "a second date is a second event"
        );
        assert_eq!(file.matches("BEGIN:VEVENT").count(), 2);
        assert!(file.contains("LOCATION:Stadskantoor\\, zaal 2\r\n"));
        assert!(file.contains("Wat moet u doen?\\nKom\\, en neem uw partner mee\\; welkom."));
        assert!(file.split("\r\n").all(|l| l.len() <= 75), "folded");
        assert!(!file.replace("\r\n", "").contains('\n'), "CRLF only");
    }
}
