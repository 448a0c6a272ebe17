//! E-mail addresses and new passwords: what is accepted, and why not.

use serde::{Deserialize, Serialize};

/// Passwords shorter than this are refused. Long enough for a passphrase, short enough to
/// type on a phone (NIST SP 800-63B asks at least 8 and a check against common passwords).
pub const PASSWORD_MIN_CHARS: usize = 10;
/// Argon2 hashes any length, but a megabyte "password" is an attack on the CPU.
pub const PASSWORD_MAX_CHARS: usize = 128;

/// A lower-cased, trimmed e-mail address that passed [`EmailAddress::parse`].
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct EmailAddress(String);

/// Why an e-mail address was refused. Each has its own message (`account-error-email-<name>`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum EmailProblem {
    Missing,
    NoAt,
    Spaces,
    NoDomain,
    TooLong,
}

impl EmailProblem {
    pub const ALL: [Self; 5] = [Self::Missing, Self::NoAt, Self::Spaces, Self::NoDomain, Self::TooLong];

    pub fn message_id(self) -> &'static str {
        match self {
            Self::Missing => "account-error-email-missing",
            Self::NoAt => "account-error-email-no-at",
            Self::Spaces => "account-error-email-spaces",
            Self::NoDomain => "account-error-email-no-domain",
            Self::TooLong => "account-error-email-too-long",
        }
    }
}

impl EmailAddress {
    /// Accepts what mail servers accept in practice; the verification mail proves the rest.
    pub fn parse(raw: &str) -> Result<Self, EmailProblem> {
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            return Err(EmailProblem::Missing);
        }
        if trimmed.chars().count() > 254 {
            return Err(EmailProblem::TooLong);
        }
        if trimmed.chars().any(char::is_whitespace) {
            return Err(EmailProblem::Spaces);
        }
        let Some((local, domain)) = trimmed.rsplit_once('@') else {
            return Err(EmailProblem::NoAt);
        };
        if local.is_empty() || local.contains('@') || local.len() > 64 {
            return Err(EmailProblem::NoAt);
        }
        let labels_ok = domain
            .split('.')
            .all(|label| !label.is_empty() && !label.starts_with('-') && !label.ends_with('-'));
        if !domain.contains('.') || !labels_ok || domain.chars().any(|c| matches!(c, '<' | '>' | ',' | ';')) {
            return Err(EmailProblem::NoDomain);
        }
        Ok(Self(trimmed.to_lowercase()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Why a new password was refused (`account-error-password-<name>`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PasswordProblem {
    TooShort,
    TooLong,
    Common,
    ContainsEmail,
    Mismatch,
}

impl PasswordProblem {
    pub const ALL: [Self; 5] = [
        Self::TooShort,
        Self::TooLong,
        Self::Common,
        Self::ContainsEmail,
        Self::Mismatch,
    ];

    pub fn message_id(self) -> &'static str {
        match self {
            Self::TooShort => "account-error-password-too-short",
            Self::TooLong => "account-error-password-too-long",
            Self::Common => "account-error-password-common",
            Self::ContainsEmail => "account-error-password-contains-email",
            Self::Mismatch => "account-error-password-mismatch",
        }
    }
}

/// Checks a new password. `is_common` looks it up in the shipped list of common passwords.
pub fn check_new_password(
    password: &str,
    repeated: &str,
    email: Option<&EmailAddress>,
    is_common: impl Fn(&str) -> bool,
) -> Result<(), PasswordProblem> {
    let length = password.chars().count();
    if length < PASSWORD_MIN_CHARS {
        return Err(PasswordProblem::TooShort);
    }
    if length > PASSWORD_MAX_CHARS {
        return Err(PasswordProblem::TooLong);
    }
    let lowered = password.to_lowercase();
    if is_common(&lowered) {
        return Err(PasswordProblem::Common);
    }
    if let Some(local) = email.and_then(|e| e.as_str().split('@').next()) {
        if local.chars().count() >= 4 && lowered.contains(local) {
            return Err(PasswordProblem::ContainsEmail);
        }
    }
    if password != repeated {
        return Err(PasswordProblem::Mismatch);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn email_addresses_are_accepted_or_refused_with_a_reason() {
        let cases: &[(&str, Result<&str, EmailProblem>)] = &[
            ("  Amina@Example.NL ", Ok("amina@example.nl")),
            ("a.b+tag@sub.example.org", Ok("a.b+tag@sub.example.org")),
            ("", Err(EmailProblem::Missing)),
            ("   ", Err(EmailProblem::Missing)),
            ("amina.example.nl", Err(EmailProblem::NoAt)),
            ("@example.nl", Err(EmailProblem::NoAt)),
            ("a@b@example.nl", Err(EmailProblem::NoAt)),
            ("amina @example.nl", Err(EmailProblem::Spaces)),
            ("amina@example", Err(EmailProblem::NoDomain)),
            ("amina@example.", Err(EmailProblem::NoDomain)),
            ("amina@-x.nl", Err(EmailProblem::NoDomain)),
            ("amina@", Err(EmailProblem::NoDomain)),
        ];
        for (raw, expected) in cases {
            let got = EmailAddress::parse(raw);
            assert_eq!(
                got.as_ref().map(EmailAddress::as_str),
                expected.as_ref().copied(),
                "{raw:?}"
            );
        }
        let long = format!("{}@example.nl", "a".repeat(250));
        assert_eq!(EmailAddress::parse(&long), Err(EmailProblem::TooLong));
    }

    #[test]
    fn new_passwords_follow_length_list_and_repeat_rules() {
        let email = EmailAddress::parse("amina@example.nl").ok();
        let common = |p: &str| p == "welkom123456";
        let check = |p: &str, r: &str| check_new_password(p, r, email.as_ref(), common);
        assert_eq!(check("kort", "kort"), Err(PasswordProblem::TooShort));
        assert_eq!(check(&"x".repeat(129), &"x".repeat(129)), Err(PasswordProblem::TooLong));
        assert_eq!(check("Welkom123456", "Welkom123456"), Err(PasswordProblem::Common));
        assert_eq!(
            check("amina-in-utrecht", "amina-in-utrecht"),
            Err(PasswordProblem::ContainsEmail)
        );
        assert_eq!(
            check("fiets tulp regen", "fiets tulp regem"),
            Err(PasswordProblem::Mismatch)
        );
        assert_eq!(check("fiets tulp regen", "fiets tulp regen"), Ok(()));
        // Characters, not bytes: ten Arabic letters are long enough.
        assert_eq!(check("كلمةسرطويلة", "كلمةسرطويلة"), Ok(()));
    }
}
