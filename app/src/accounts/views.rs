//! What the account pages show, filled in by the server before the page renders (so pages
//! never wait on the database while streaming). Times are Unix seconds; pages format them.

use serde::{Deserialize, Serialize};

use super::{access::GrantStatus, Role, Scope};

/// The signed-in person on this request, and for whom they act (partner access).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Viewer {
    pub user_id: i64,
    pub display_name: String,
    pub role: Role,
    pub acting_for: Option<ActingFor>,
}

/// A referent acting for a migrant under an active grant.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActingFor {
    pub grant_id: i64,
    pub migrant_name: String,
    pub scopes: Vec<Scope>,
}

/// The account overview.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountView {
    pub display_name: String,
    pub email: Option<String>,
    pub role: Role,
    pub devices: Vec<DeviceView>,
    /// Grants this migrant gave (empty for other roles).
    pub given: Vec<GrantView>,
    /// Grants this person received as a partner.
    pub received: Vec<GrantView>,
    pub log: Vec<LogEntry>,
    /// A partner code made just now, shown once.
    pub new_invite_code: Option<String>,
    /// CBS code of the municipality the migrant chose (or a consultant works for).
    pub municipality: Option<String>,
    /// Since when the migrant shares their check and plan with their municipality.
    pub shares_since: Option<i64>,
    /// Unused recovery codes of a consultant or admin.
    pub recovery_codes_left: Option<i64>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeviceView {
    pub device: String,
    pub signed_in_at: i64,
    pub last_seen_at: i64,
    pub is_this_device: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GrantView {
    pub id: i64,
    /// The other person's name; none while an invitation is open.
    pub other_name: Option<String>,
    pub scopes: Vec<Scope>,
    pub valid_until: Option<i64>,
    pub status: GrantStatus,
}

/// One act in the audit log: who did it (none when the person was deleted) and what.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LogEntry {
    pub at: i64,
    pub actor_name: Option<String>,
    pub by_self: bool,
    /// A message suffix: `account-log-<action>`.
    pub action: String,
}

/// The actions written to the audit log.
pub const LOG_ACTIONS: [&str; 14] = [
    "signed-in",
    "booked-session",
    "cancelled-booking",
    "second-factor-set",
    "shared-with-municipality",
    "stopped-sharing",
    "viewed-by-municipality",
    "letter-made",
    "password-changed",
    "grant-created",
    "grant-accepted",
    "grant-revoked",
    "viewed-check",
    "saved-check",
];

/// A migrant's saved obligations check, as a partner or the migrant sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedCheckView {
    pub owner_name: String,
    /// Query string of the result page (the answers).
    pub result_query: Option<String>,
    pub saved_at: Option<i64>,
}

/// Messages shown after a redirect (`?done=<name>` → `account-notice-<name>`).
pub const NOTICES: [&str; 22] = [
    "alerts-on",
    "alerts-off",
    "session-updated",
    "session-cancelled",
    "message-sent",
    "booked",
    "waiting",
    "cancelled",
    "session-created",
    "checked-in",
    "activated",
    "shared",
    "sharing-stopped",
    "verified",
    "password-reset",
    "signed-out",
    "deleted",
    "saved",
    "revoked",
    "accepted",
    "signed-out-everywhere",
    "acting-stopped",
];

/// Sections of the privacy page (`privacy-<name>-title`, `privacy-<name>-text`).
pub const PRIVACY_SECTIONS: [&str; 7] = ["what", "why", "partner", "municipality", "sessions", "keep", "rights"];

/// The referent's own duties: message id and the rule it comes from.
pub const REFERENT_STATEMENTS: [(&str, &str); 4] = [
    ("referent-duty-inform", "R7.7"),
    ("referent-duty-records", "R7.7"),
    ("referent-duty-sanctions", "R7.7"),
    ("referent-right-alone", "R5.2"),
];

/// The second-factor step of signing in as a consultant or admin.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum TwoFactorView {
    /// First time: scan this QR code (a `data:` URI of an SVG) or type the secret.
    Setup { qr: String, secret: String },
    /// Type the code from the app, or a recovery code.
    Verify,
    /// Set up just now: the recovery codes, shown once, and where to go next.
    RecoveryCodes { codes: Vec<String>, next: String },
}

/// A consultant as the admin sees them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsultantView {
    pub name: String,
    pub email: String,
    pub municipality: String,
    /// Has set a password.
    pub activated: bool,
    pub second_factor: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AdminView {
    pub consultants: Vec<ConsultantView>,
}

/// A person in a consultant's lists, with the moment that matters for that list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonRow {
    pub id: i64,
    pub name: String,
    pub at: i64,
}

/// The consultant's start page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsultantHomeView {
    pub municipality: String,
    /// Accounts without e-mail made here that nobody has activated yet (since: made at).
    pub waiting: Vec<PersonRow>,
    /// Migrants who share with this municipality (since: shared at).
    pub sharing: Vec<PersonRow>,
}

/// The activation letter of an account without e-mail, printed in the migrant's language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LetterView {
    pub locale: String,
    pub name: String,
    /// The sign-in name, grouped for reading (`K7QM-3XDP`).
    pub username: String,
    pub code: String,
    /// The activation address with the code, also in the QR code.
    pub url: String,
    /// QR code of `url`, a `data:` URI of an SVG.
    pub qr: String,
    pub expires_at: i64,
}
