//! The public offer of ООО «ПСИОМ» for an online intervision group (RULES.md §1).
//! PLACEHOLDER: filled in by the RU engine work (issue 3).

use crate::error::{EngineError, Result};
use crate::outcome::Outcome;
use serde::Deserialize;

/// Input of `ru-refund`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct RefundInput {}
/// Input of `ru-deadlines`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct DeadlinesInput {}
/// Input of `ru-late-interest`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct LateInterestInput {}
/// Input of `ru-group-check`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct GroupCheckInput {}

fn todo_err() -> EngineError {
    EngineError::BadScenario { detail: "not yet implemented".into() }
}
/// `ru-refund`.
pub fn refund(_: &RefundInput) -> Result<Outcome> {
    Err(todo_err())
}
/// `ru-deadlines`.
pub fn deadlines(_: &DeadlinesInput) -> Result<Outcome> {
    Err(todo_err())
}
/// `ru-late-interest`.
pub fn late_interest(_: &LateInterestInput) -> Result<Outcome> {
    Err(todo_err())
}
/// `ru-group-check`.
pub fn group_check(_: &GroupCheckInput) -> Result<Outcome> {
    Err(todo_err())
}
