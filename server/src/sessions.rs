//! Group information sessions: consultants announce them, migrants (or their partners) book.
//!
//! Capacity is enforced by one guarded write per change of seats (`seats_taken + n <=
//! capacity`), the first write of its transaction; a partial unique index allows one live
//! booking per person per session. Mail goes to the outbox in the same transaction.

pub mod booking;
pub mod calendar;
pub mod catalog;
pub mod reminders;

use app::sessions::{availability, views::SessionCard};

/// A session as stored (the columns the pages and rules need).
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct SessionRow {
    pub id: i64,
    pub municipality: String,
    pub title: String,
    pub description: String,
    pub starts_at: i64,
    pub ends_at: i64,
    pub place: String,
    pub room: String,
    pub accessibility: String,
    pub online_url: String,
    pub capacity: i64,
    pub seats_taken: i64,
    pub languages: String,
    pub interpreter: bool,
    pub childcare: bool,
    pub partner_welcome: bool,
    pub max_party: i64,
    pub registration_deadline: i64,
    pub cancelled_at: Option<i64>,
    /// How many more dates the series has (0: a single session).
    pub more_dates: i64,
    /// Title and description in the reader's language, when the consultant wrote them.
    pub translated_title: Option<String>,
    pub translated_description: Option<String>,
}

/// The columns of [`SessionRow`], with `t` the reader's translation (left joined).
pub const SESSION_COLUMNS: &str = "s.id, s.municipality, s.title, s.description, s.starts_at, s.ends_at, s.place, \
    s.room, s.accessibility, s.online_url, s.capacity, s.seats_taken, s.languages, s.interpreter, s.childcare, \
    s.partner_welcome, s.max_party, s.registration_deadline, s.cancelled_at, \
    (select count(*) from info_session_dates d where d.session_id = s.id) as more_dates, \
    t.title as translated_title, t.description as translated_description";

impl SessionRow {
    pub fn card(&self, reader_locale: &str, now: i64) -> SessionCard {
        SessionCard {
            id: self.id,
            title: self.translated_title.clone().unwrap_or_else(|| self.title.clone()),
            shown_in_dutch: reader_locale != "nl" && self.translated_title.is_none(),
            starts_at: self.starts_at,
            ends_at: self.ends_at,
            place: self.place.clone(),
            online: !self.online_url.is_empty(),
            municipality: app::accounts::municipalities::name(&self.municipality)
                .unwrap_or(&self.municipality)
                .to_owned(),
            languages: self
                .languages
                .split(',')
                .filter(|l| !l.is_empty())
                .map(str::to_owned)
                .collect(),
            availability: availability(
                self.capacity,
                self.seats_taken,
                self.registration_deadline,
                self.starts_at,
                self.cancelled_at.is_some(),
                now,
            ),
            capacity: self.capacity,
            taken: self.seats_taken,
            dates: 1 + self.more_dates,
        }
    }

    pub fn description_for_reader(&self) -> String {
        self.translated_description
            .clone()
            .unwrap_or_else(|| self.description.clone())
    }
}
