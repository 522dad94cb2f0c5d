//! # clausecalc-engine
//!
//! The pure rule engine of clausecalc: what two consumer contracts and the law beside them give
//! a person, clause by clause. No browser, no clock, no I/O — "as of" is always an input.
//!
//! * [`ru_intervision`] — the public offer of ООО «ПСИОМ» for an online intervision group (Russian
//!   law; the participant is a consumer).
//! * [`se_electricity`] — the Swedish general terms for selling electricity to consumers.
//!
//! One entry point, [`evaluate`], takes a [`Scenario`] (serde, tagged by a calculator id such as
//! `ru-refund`) and returns an [`Outcome`]: figures, deadlines, warnings, assumptions and the
//! trace that explains every figure. `docs/API.md` documents the format with an example per
//! calculator.
#![forbid(unsafe_code)]

pub mod calendar;
mod data;
pub mod error;
pub mod interest;
pub mod money;
pub mod outcome;
pub mod period;
pub mod ru_intervision;
pub mod se_electricity;

pub use error::{EngineError, FieldError, Problem};
pub use outcome::Outcome;

use serde::Deserialize;

/// A question to one calculator, tagged by its id in the `calculator` field.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(tag = "calculator")]
pub enum Scenario {
    /// RU: cancel and refund — what comes back now, by when, contract versus law.
    #[serde(rename = "ru-refund")]
    RuRefund(ru_intervision::RefundInput),
    /// RU: my deadlines — payment, refusal window, refund, support, data retention.
    #[serde(rename = "ru-deadlines")]
    RuDeadlines(ru_intervision::DeadlinesInput),
    /// RU: late refund interest (ГК 395) or penalty (ЗоЗПП 28 п. 5) to a date.
    #[serde(rename = "ru-late-interest")]
    RuLateInterest(ru_intervision::LateInterestInput),
    /// RU: consistency check of a group's parameters (Appendix 1).
    #[serde(rename = "ru-group-check")]
    RuGroupCheck(ru_intervision::GroupCheckInput),
    /// SE: ångerrätt — can I still withdraw, until when, what do I owe.
    #[serde(rename = "se-withdrawal")]
    SeWithdrawal(se_electricity::WithdrawalInput),
    /// SE: reconciliation of estimated billing.
    #[serde(rename = "se-billing")]
    SeBilling(se_electricity::BillingInput),
    /// SE: deadlines — due date, termination, terms change, fixed-term end, disconnection, security.
    #[serde(rename = "se-deadlines")]
    SeDeadlines(se_electricity::DeadlinesInput),
    /// SE: late-payment interest (räntelagen 6 §, 9 §).
    #[serde(rename = "se-late-interest")]
    SeLateInterest(se_electricity::LateInterestInput),
}

impl Scenario {
    /// The calculator id.
    pub fn calculator(&self) -> &'static str {
        match self {
            Scenario::RuRefund(_) => "ru-refund",
            Scenario::RuDeadlines(_) => "ru-deadlines",
            Scenario::RuLateInterest(_) => "ru-late-interest",
            Scenario::RuGroupCheck(_) => "ru-group-check",
            Scenario::SeWithdrawal(_) => "se-withdrawal",
            Scenario::SeBilling(_) => "se-billing",
            Scenario::SeDeadlines(_) => "se-deadlines",
            Scenario::SeLateInterest(_) => "se-late-interest",
        }
    }
}

/// Answers a scenario. Never panics: bad input comes back as [`EngineError::Invalid`] listing
/// every field at fault.
pub fn evaluate(scenario: &Scenario) -> Result<Outcome, EngineError> {
    let outcome = match scenario {
        Scenario::RuRefund(i) => ru_intervision::refund(i),
        Scenario::RuDeadlines(i) => ru_intervision::deadlines(i),
        Scenario::RuLateInterest(i) => ru_intervision::late_interest(i),
        Scenario::RuGroupCheck(i) => ru_intervision::group_check(i),
        Scenario::SeWithdrawal(i) => se_electricity::withdrawal(i),
        Scenario::SeBilling(i) => se_electricity::billing(i),
        Scenario::SeDeadlines(i) => se_electricity::deadlines(i),
        Scenario::SeLateInterest(i) => se_electricity::late_interest(i),
    }?;
    Ok(outcome.finish())
}

/// The JSON entry point: a scenario as JSON text in, `{"ok": outcome}` or `{"err": error}` out.
/// Amounts are decimal strings, dates ISO `YYYY-MM-DD`.
#[cfg(feature = "json")]
pub fn evaluate_json(scenario: &str) -> String {
    #[derive(serde::Serialize)]
    #[serde(rename_all = "lowercase")]
    enum Answer {
        Ok(Box<Outcome>),
        Err(EngineError),
    }
    let answer = match serde_json::from_str::<Scenario>(scenario) {
        Ok(s) => match evaluate(&s) {
            Ok(o) => Answer::Ok(Box::new(o)),
            Err(e) => Answer::Err(e),
        },
        Err(e) => Answer::Err(EngineError::BadScenario {
            detail: e.to_string(),
        }),
    };
    serde_json::to_string(&answer).unwrap_or_else(|_| {
        String::from(r#"{"err":{"error":"bad-scenario","detail":"serialisation failed"}}"#)
    })
}
