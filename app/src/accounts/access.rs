//! Who may do what. Partner access follows the DigiD Machtigen model: the migrant grants it
//! explicitly, per scope, optionally until a date, and can revoke it at any moment.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Migrant,
    Referent,
    Consultant,
    Admin,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Migrant => "migrant",
            Self::Referent => "referent",
            Self::Consultant => "consultant",
            Self::Admin => "admin",
        }
    }

    /// Consultants and admins handle other people's data: they must use a second factor.
    pub fn is_staff(self) -> bool {
        matches!(self, Self::Consultant | Self::Admin)
    }

    /// Where this role starts after signing in.
    pub fn home(self) -> &'static str {
        match self {
            Self::Migrant | Self::Referent => "/account",
            Self::Consultant => "/consultant",
            Self::Admin => "/admin",
        }
    }

    pub fn from_name(name: &str) -> Option<Self> {
        [Self::Migrant, Self::Referent, Self::Consultant, Self::Admin]
            .into_iter()
            .find(|r| r.as_str() == name)
    }
}

/// What a partner may do for the migrant. Each is chosen separately.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    /// See the migrant's obligations check and plan.
    View,
    /// Book and cancel information sessions for the migrant.
    Book,
    /// Receive the migrant's reminders.
    Reminders,
}

impl Scope {
    pub const ALL: [Self; 3] = [Self::View, Self::Book, Self::Reminders];

    /// Form field name and message suffix (`account-scope-<name>`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::View => "view",
            Self::Book => "book",
            Self::Reminders => "reminders",
        }
    }
}

/// A grant as stored: who may act for whom, how, and its life cycle (Unix seconds).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Grant {
    pub id: i64,
    pub migrant_id: i64,
    pub referent_id: Option<i64>,
    pub can_view: bool,
    pub can_book: bool,
    pub can_receive_reminders: bool,
    pub valid_until: Option<i64>,
    pub invite_expires_at: Option<i64>,
    pub accepted_at: Option<i64>,
    pub revoked_at: Option<i64>,
}

/// Where a grant is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GrantStatus {
    /// Invited; the partner has not accepted yet.
    Invited,
    /// The invitation was not accepted in time.
    InviteExpired,
    Active,
    /// Past the end date the migrant chose.
    Ended,
    Revoked,
}

impl GrantStatus {
    pub const ALL: [Self; 5] = [
        Self::Invited,
        Self::InviteExpired,
        Self::Active,
        Self::Ended,
        Self::Revoked,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Invited => "invited",
            Self::InviteExpired => "invite-expired",
            Self::Active => "active",
            Self::Ended => "ended",
            Self::Revoked => "revoked",
        }
    }
}

impl Grant {
    pub fn status(&self, now: i64) -> GrantStatus {
        if self.revoked_at.is_some() {
            GrantStatus::Revoked
        } else if self.accepted_at.is_none() {
            match self.invite_expires_at {
                Some(t) if t > now => GrantStatus::Invited,
                _ => GrantStatus::InviteExpired,
            }
        } else if self.valid_until.is_some_and(|t| t <= now) {
            GrantStatus::Ended
        } else {
            GrantStatus::Active
        }
    }

    pub fn has_scope(&self, scope: Scope) -> bool {
        match scope {
            Scope::View => self.can_view,
            Scope::Book => self.can_book,
            Scope::Reminders => self.can_receive_reminders,
        }
    }

    /// Whether `referent_id` may act for the migrant in `scope` at `now`: accepted, not
    /// revoked, not past its end date, and that scope was granted.
    pub fn allows(&self, referent_id: i64, scope: Scope, now: i64) -> bool {
        self.referent_id == Some(referent_id) && self.status(now) == GrantStatus::Active && self.has_scope(scope)
    }

    pub fn scopes(&self) -> Vec<Scope> {
        Scope::ALL.into_iter().filter(|s| self.has_scope(*s)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_800_000_000;

    fn grant() -> Grant {
        Grant {
            id: 1,
            migrant_id: 10,
            referent_id: Some(20),
            can_view: true,
            can_book: false,
            can_receive_reminders: true,
            valid_until: None,
            invite_expires_at: Some(NOW - 100),
            accepted_at: Some(NOW - 200),
            revoked_at: None,
        }
    }

    #[test]
    fn a_grant_allows_only_its_referent_its_scopes_and_only_while_active() {
        type Change = fn(&mut Grant);
        let cases: &[(&str, Change, i64, Scope, bool)] = &[
            ("active, granted scope", |_| {}, 20, Scope::View, true),
            ("active, scope not granted", |_| {}, 20, Scope::Book, false),
            ("someone else", |_| {}, 21, Scope::View, false),
            ("revoked", |g| g.revoked_at = Some(NOW - 1), 20, Scope::View, false),
            ("end date passed", |g| g.valid_until = Some(NOW), 20, Scope::View, false),
            (
                "end date ahead",
                |g| g.valid_until = Some(NOW + 1),
                20,
                Scope::View,
                true,
            ),
            (
                "not accepted",
                |g| {
                    g.accepted_at = None;
                    g.referent_id = None;
                },
                20,
                Scope::View,
                false,
            ),
        ];
        for (name, change, referent, scope, expected) in cases {
            let mut g = grant();
            change(&mut g);
            assert_eq!(g.allows(*referent, *scope, NOW), *expected, "{name}");
        }
    }

    #[test]
    fn status_follows_the_life_cycle() {
        let mut g = grant();
        assert_eq!(g.status(NOW), GrantStatus::Active);
        g.accepted_at = None;
        assert_eq!(g.status(NOW), GrantStatus::InviteExpired);
        g.invite_expires_at = Some(NOW + 1);
        assert_eq!(g.status(NOW), GrantStatus::Invited);
        g.revoked_at = Some(NOW);
        assert_eq!(g.status(NOW), GrantStatus::Revoked);
    }
}
