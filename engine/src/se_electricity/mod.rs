//! The Swedish general terms for selling electricity to consumers (RULES.md §2).
//! PLACEHOLDER: filled in by the RU engine work (issue 4).

use crate::error::{EngineError, Result};
use crate::outcome::Outcome;
use serde::Deserialize;

/// Input of `se-withdrawal`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct WithdrawalInput {}
/// Input of `se-deadlines`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct DeadlinesInput {}
/// Input of `se-late-interest`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct LateInterestInput {}
/// Input of `se-billing`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct BillingInput {}

fn todo_err() -> EngineError {
    EngineError::BadScenario { detail: "not yet implemented".into() }
}
/// `se-withdrawal`.
pub fn withdrawal(_: &WithdrawalInput) -> Result<Outcome> {
    Err(todo_err())
}
/// `se-deadlines`.
pub fn deadlines(_: &DeadlinesInput) -> Result<Outcome> {
    Err(todo_err())
}
/// `se-late-interest`.
pub fn late_interest(_: &LateInterestInput) -> Result<Outcome> {
    Err(todo_err())
}
/// `se-billing`.
pub fn billing(_: &BillingInput) -> Result<Outcome> {
    Err(todo_err())
}
