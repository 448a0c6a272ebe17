//! iCalendar (RFC 5545) text: the escaping and folding every Wegwijs calendar file uses, and
//! the plan as a file of all-day events. UIDs are stable (the milestone and a key of the
//! person or plan), so importing a newer file updates the events instead of adding copies;
//! deadlines carry alarms two weeks and two days before.

use chrono::NaiveDate;

use super::{Milestone, MilestoneKind};

/// Escapes a TEXT value (RFC 5545 3.3.11).
pub fn text(value: &str) -> String {
    value
        .replace('\\', "\\\\")
        .replace(';', "\\;")
        .replace(',', "\\,")
        .replace("\r\n", "\\n")
        .replace('\n', "\\n")
}

/// Folds a content line at 75 octets without splitting a character (RFC 5545 3.1).
pub fn fold(line: &str) -> String {
    let mut out = String::new();
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out
}

/// Lines folded and ended with CRLF: a whole file.
pub fn file(lines: &[String]) -> String {
    lines.iter().map(|l| fold(l) + "\r\n").collect()
}

/// Milestones that are deadlines get alarms.
fn is_deadline(kind: MilestoneKind) -> bool {
    matches!(
        kind,
        MilestoneKind::PipDue
            | MilestoneKind::ExamBookBy
            | MilestoneKind::ExamLastChance
            | MilestoneKind::PvtBy
            | MilestoneKind::MapBy
            | MilestoneKind::TermijnEnd
    )
}

/// A short key from the dates that fix a plan (the PIP, else DUO's letter, else arrival), for
/// UIDs when the plan belongs to no account: the same dates give the same UIDs.
pub fn plan_key(pip: Option<NaiveDate>, notice: Option<NaiveDate>, arrival: Option<NaiveDate>) -> String {
    // FNV-1a: small, stable across versions and platforms (unlike std's hasher).
    let seed = format!("{pip:?}{notice:?}{arrival:?}");
    let hash = seed.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("{hash:016x}")
}

/// The plan's calendar. `label` gives each milestone's title in the reader's language;
/// `stamp` is the file's creation time as `YYYYMMDDTHHMMSSZ`.
pub fn ics(
    milestones: &[Milestone],
    key: &str,
    stamp: &str,
    url: &str,
    label: impl Fn(&Milestone) -> (String, String),
) -> String {
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        "PRODID:-//Wegwijs//Mijn plan//NL".to_owned(),
        "CALSCALE:GREGORIAN".to_owned(),
        "METHOD:PUBLISH".to_owned(),
        "X-WR-CALNAME:Wegwijs".to_owned(),
        "X-WR-TIMEZONE:Europe/Amsterdam".to_owned(),
    ];
    for m in milestones {
        let (summary, description) = label(m);
        lines.extend([
            "BEGIN:VEVENT".to_owned(),
            format!("UID:plan-{}-{key}@wegwijs", m.kind.as_str()),
            format!("DTSTAMP:{stamp}"),
            format!("DTSTART;VALUE=DATE:{}", m.date.format("%Y%m%d")),
            format!(
                "DTEND;VALUE=DATE:{}",
                m.date.succ_opt().unwrap_or(m.date).format("%Y%m%d")
            ),
            format!("SUMMARY:{}", text(&summary)),
            format!("DESCRIPTION:{}", text(&description)),
            format!("URL:{url}"),
            "TRANSP:TRANSPARENT".to_owned(),
        ]);
        if is_deadline(m.kind) {
            for before in ["-P14D", "-P2D"] {
                lines.extend([
                    "BEGIN:VALARM".to_owned(),
                    "ACTION:DISPLAY".to_owned(),
                    format!("TRIGGER:{before}"),
                    format!("DESCRIPTION:{}", text(&summary)),
                    "END:VALARM".to_owned(),
                ]);
            }
        }
        lines.push("END:VEVENT".to_owned());
    }
    lines.push("END:VCALENDAR".to_owned());
    file(&lines)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_never_splits_a_character() {
        let line = format!("SUMMARY:{}", "مرحبا ".repeat(30));
        let folded = fold(&line);
        assert!(folded.split("\r\n").all(|l| l.len() <= 75));
        assert_eq!(folded.replace("\r\n ", ""), line);
    }

    #[test]
    fn the_key_depends_only_on_the_fixing_dates() {
        let d = NaiveDate::from_ymd_opt(2026, 3, 2);
        assert_eq!(plan_key(d, None, None), plan_key(d, None, None));
        assert_ne!(plan_key(d, None, None), plan_key(None, d, None));
        assert_eq!(plan_key(d, None, None).len(), 16);
    }
}
