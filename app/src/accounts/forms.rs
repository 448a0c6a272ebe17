//! What a form page shows after a post that could not be carried out: the values typed
//! (never a password) and one message id per field that needs attention.

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FormState {
    /// Field name and the value typed, to fill the form again.
    pub values: Vec<(String, String)>,
    /// Field name (or `""` for the form as a whole) and the message id of the problem.
    pub errors: Vec<(String, String)>,
}

impl FormState {
    pub fn value(&self, field: &str) -> String {
        self.values
            .iter()
            .rev()
            .find(|(k, _)| k == field)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    }

    /// Whether a checkbox was ticked (`field=on`).
    pub fn checked(&self, field: &str) -> bool {
        self.values.iter().any(|(k, v)| k == field && v == "on")
    }

    pub fn error(&self, field: &str) -> Option<&str> {
        self.errors.iter().find(|(k, _)| k == field).map(|(_, id)| id.as_str())
    }

    pub fn has_errors(&self) -> bool {
        !self.errors.is_empty()
    }
}
