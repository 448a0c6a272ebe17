//! Accounts and partner access: the rules, without I/O. The server enforces them
//! (`server::accounts`); pages only show their outcome.

pub mod access;
pub mod credentials;
pub mod forms;
pub mod municipalities;
pub mod views;

pub use access::{Grant, Role, Scope};
pub use credentials::{EmailAddress, EmailProblem, PasswordProblem};
pub use forms::FormState;
