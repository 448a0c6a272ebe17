//! What the session pages show, filled in by the server before rendering. Times are Unix
//! seconds; pages format them in Europe/Amsterdam for the reader's language.

use serde::{Deserialize, Serialize};

use super::Availability;

/// A session in a list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionCard {
    pub id: i64,
    /// In the reader's language when the consultant wrote one, else Dutch.
    pub title: String,
    /// Whether `title` (and the description) are in Dutch while the reader reads another language.
    pub shown_in_dutch: bool,
    pub starts_at: i64,
    pub ends_at: i64,
    pub place: String,
    pub online: bool,
    pub municipality: String,
    pub languages: Vec<String>,
    pub availability: Availability,
    pub capacity: i64,
    pub taken: i64,
    /// Dates in the series (1: a single session).
    pub dates: i64,
}

/// The list of upcoming sessions and the filter as chosen.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionList {
    pub sessions: Vec<SessionCard>,
    /// CBS code of the municipality filter ("" = all).
    pub municipality: String,
    /// Language filter ("" = any).
    pub language: String,
    /// Date filter, `YYYY-MM-DD` ("" = from now).
    pub from: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BookingStatus {
    Confirmed,
    Waiting,
    Cancelled,
}

impl BookingStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Confirmed => "confirmed",
            Self::Waiting => "waiting",
            Self::Cancelled => "cancelled",
        }
    }

    pub fn from_name(name: &str) -> Self {
        match name {
            "confirmed" => Self::Confirmed,
            "waiting" => Self::Waiting,
            _ => Self::Cancelled,
        }
    }

    pub const ALL: [Self; 3] = [Self::Confirmed, Self::Waiting, Self::Cancelled];
}

/// A booking of the migrant (or of the migrant a partner acts for).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BookingView {
    pub id: i64,
    pub session_id: i64,
    pub title: String,
    pub starts_at: i64,
    pub status: BookingStatus,
    pub party_size: i64,
    /// Place on the waiting list (1 = next).
    pub position: Option<i64>,
}

/// One session page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionDetail {
    pub card: SessionCard,
    pub description: String,
    pub room: String,
    pub accessibility: String,
    pub online_url: String,
    pub interpreter: bool,
    pub childcare: bool,
    pub partner_welcome: bool,
    pub max_party: i64,
    pub registration_deadline: i64,
    /// The further dates of a series: (start, end).
    pub more_dates: Vec<(i64, i64)>,
    /// The booking of the person this page is for, if any (not cancelled).
    pub booking: Option<BookingView>,
    /// Who can book here: a signed-in migrant, or a partner acting with the "book" scope.
    pub can_book: bool,
    /// The migrant's name when a partner books for them.
    pub booking_for: Option<String>,
}

/// My bookings.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyBookings {
    pub bookings: Vec<BookingView>,
    pub booking_for: Option<String>,
    /// Whether the migrant gets a mail about new sessions (none when a partner looks).
    pub alerts: Option<bool>,
    /// The alerts need the migrant's municipality (chosen under "share with my municipality").
    pub has_municipality: bool,
}

/// A person on the consultant's attendee list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AttendeeRow {
    pub booking_id: i64,
    /// None when the account was deleted (the booking stays, anonymised).
    pub name: Option<String>,
    pub party_size: i64,
    pub locale: String,
    pub status: BookingStatus,
    pub attended: Option<bool>,
}

/// The consultant's page of one session: the session and who comes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsultantSessionView {
    pub card: SessionCard,
    pub attendees: Vec<AttendeeRow>,
}

/// The consultant's sessions.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsultantSessions {
    pub sessions: Vec<SessionCard>,
}

/// The announcement form changes an existing session (its id) instead of making a new one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EditingSession(pub i64);
