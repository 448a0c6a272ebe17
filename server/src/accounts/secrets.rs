//! Secrets: random tokens, their stored hashes, password hashing and the common-password list.

use std::{collections::HashSet, sync::LazyLock};

use argon2::{
    password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString},
    Algorithm, Argon2, Params, Version,
};
use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine};
use rand::{rngs::OsRng, RngCore};
use sha2::{Digest, Sha256};

use super::ServerError;

/// A fresh 256-bit secret, URL-safe (43 characters). Used for links and session keys.
pub fn new_token() -> String {
    let mut bytes = [0u8; 32];
    OsRng.fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// Crockford base32 without I, L, O, U: easy to read aloud and type from a screen or letter.
const CODE_ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// A 130-bit code of 26 characters in groups of four (`K7QM-…`), for partner invitations and
/// activation letters: typed by hand, so no lookalike characters.
pub fn new_code() -> String {
    let mut bytes = [0u8; 26];
    OsRng.fill_bytes(&mut bytes);
    let chars: Vec<char> = bytes
        .iter()
        .map(|b| CODE_ALPHABET[usize::from(b & 31)] as char)
        .collect();
    chars
        .chunks(4)
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join("-")
}

/// The canonical form of a typed code: upper case, no separators, lookalikes mapped.
pub fn normalize_code(typed: &str) -> String {
    typed
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            other => other,
        })
        .collect()
}

/// What the database keeps of a token or code: SHA-256, hex. A leaked table reveals no token;
/// a fast hash is right here because the secret itself has ≥ 128 random bits.
pub fn hash_secret(secret: &str) -> String {
    let digest = Sha256::digest(secret.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// Hash of a value (an e-mail address, an IP address) for rate-limit rows, so they hold no
/// personal data in readable form.
pub fn hash_subject(kind: &str, value: &str) -> String {
    hash_secret(&format!("{kind}\u{0}{value}"))
}

/// Argon2id with the OWASP minimum: 19 MiB, 2 passes, 1 lane.
fn argon2() -> Argon2<'static> {
    let params = Params::new(19 * 1024, 2, 1, None).expect("valid Argon2 parameters");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// Hashes on a blocking thread: ~50 ms of CPU must not stall other requests.
pub async fn hash_password(password: String) -> Result<String, ServerError> {
    tokio::task::spawn_blocking(move || {
        let salt = SaltString::generate(&mut OsRng);
        argon2()
            .hash_password(password.as_bytes(), &salt)
            .map(|h| h.to_string())
            .map_err(|e| ServerError::Hash(e.to_string()))
    })
    .await
    .map_err(|e| ServerError::Hash(e.to_string()))?
}

/// A hash for accounts without a password, so a sign-in for an unknown address takes as long
/// as one for a known address (no account enumeration by timing).
static DUMMY_HASH: LazyLock<String> = LazyLock::new(|| {
    let salt = SaltString::generate(&mut OsRng);
    argon2()
        .hash_password(b"no account has this password", &salt)
        .map(|h| h.to_string())
        .expect("hash the dummy password")
});

/// Checks `password` against `stored` (or the dummy hash), on a blocking thread.
pub async fn verify_password(password: String, stored: Option<String>) -> Result<bool, ServerError> {
    tokio::task::spawn_blocking(move || {
        let known = stored.is_some();
        let stored = stored.unwrap_or_else(|| DUMMY_HASH.clone());
        let parsed = PasswordHash::new(&stored).map_err(|e| ServerError::Hash(e.to_string()))?;
        let matches = argon2().verify_password(password.as_bytes(), &parsed).is_ok();
        Ok(known && matches)
    })
    .await
    .map_err(|e| ServerError::Hash(e.to_string()))?
}

static COMMON: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    include_str!("../../data/common-passwords.txt")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .collect()
});

/// Whether a lower-cased password is on the shipped list of common passwords.
pub fn is_common_password(lowered: &str) -> bool {
    COMMON.contains(lowered)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_and_codes_are_long_random_and_distinct() {
        let a = new_token();
        assert_eq!(a.len(), 43);
        assert_ne!(a, new_token());
        let code = new_code();
        assert_eq!(code.len(), 26 + 6);
        assert_eq!(normalize_code(&code).len(), 26);
        assert_eq!(normalize_code(" k7qm-o1il "), "K7QM0111");
    }

    #[test]
    fn the_common_list_is_loaded() {
        assert!(COMMON.len() > 8000);
        assert!(is_common_password("password"));
        assert!(!is_common_password("fiets tulp regen"));
    }

    #[tokio::test]
    async fn passwords_verify_only_against_their_own_hash() {
        let hash = hash_password("fiets tulp regen".into()).await.expect("hash");
        assert!(hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
        assert!(verify_password("fiets tulp regen".into(), Some(hash.clone()))
            .await
            .expect("verify"));
        assert!(!verify_password("fiets tulp regem".into(), Some(hash))
            .await
            .expect("verify"));
        assert!(!verify_password("anything".into(), None).await.expect("verify"));
    }
}
