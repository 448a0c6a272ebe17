//! "What must I do?": the Wi2021 rules for family migrants as data, the answers of the
//! step-by-step check, and the evaluation. Pure code, shared with the browser.

pub mod answers;
pub mod check;
pub mod evaluate;
pub mod rules;

pub use answers::{Answers, Field, FieldError, Problem};
pub use evaluate::{evaluate, Outcome, Statement, Status};
