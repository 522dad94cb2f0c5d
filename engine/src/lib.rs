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

/// The one list of calculators: each line gives the id (the `calculator` tag of the documented
/// format), the contract feature that carries it, the [`Scenario`] variant with its input type,
/// and the rule function. [`Scenario`], [`Scenario::calculator`], [`evaluate`], [`CALCULATORS`] and
/// [`evaluate_from`] are all generated from it, so none of them can miss a calculator.
macro_rules! calculators {
    ($( $(#[$doc:meta])* $id:literal, $feat:literal => $variant:ident($input:ty, $func:path); )*) => {
        /// A question to one calculator, tagged by its id in the `calculator` field.
        #[derive(Debug, Clone, PartialEq, Deserialize)]
        #[serde(tag = "calculator")]
        pub enum Scenario {
            $( $(#[$doc])* #[serde(rename = $id)] $variant($input), )*
        }

        impl Scenario {
            /// The calculator id.
            pub fn calculator(&self) -> &'static str {
                match self { $( Scenario::$variant(_) => $id, )* }
            }
        }

        /// Answers a scenario. Never panics: bad input comes back as [`EngineError::Invalid`]
        /// listing every field at fault.
        pub fn evaluate(scenario: &Scenario) -> Result<Outcome, EngineError> {
            let outcome = match scenario { $( Scenario::$variant(i) => $func(i), )* }?;
            Ok(outcome.finish())
        }

        /// Every calculator id, in the order of the list.
        pub const CALCULATORS: &[&str] = &[ $( $id ),* ];

        /// The ids [`evaluate_from`] answers: the calculators of the contract features built in
        /// (`ru`, `se`), in the order of the list.
        pub const BUILT_IN: &[&str] = &[ $( #[cfg(feature = $feat)] $id, )* ];

        /// Reads calculator `id`'s input (the documented format without the `calculator` tag)
        /// from `input` and answers it; `None` for an id this build does not carry. Only the
        /// calculators of the contract features built in (`ru`, `se`) are linked, so a browser
        /// bundle for one contract carries none of the other's rules or input types.
        pub fn evaluate_from<'de, D: serde::Deserializer<'de>>(
            id: &str,
            input: D,
        ) -> Option<Result<Result<Outcome, EngineError>, D::Error>> {
            match id {
                $( #[cfg(feature = $feat)]
                $id => Some(<$input as Deserialize>::deserialize(input).map(|i| $func(&i).map(Outcome::finish))), )*
                _ => {
                    let _ = input;
                    None
                }
            }
        }
    };
}

calculators! {
    /// RU: cancel and refund — what comes back now, by when, contract versus law.
    "ru-refund", "ru" => RuRefund(ru_intervision::RefundInput, ru_intervision::refund);
    /// RU: my deadlines — payment, refusal window, refund, support, data retention.
    "ru-deadlines", "ru" => RuDeadlines(ru_intervision::DeadlinesInput, ru_intervision::deadlines);
    /// RU: late refund interest (ГК 395) or penalty (ЗоЗПП 28 п. 5) to a date.
    "ru-late-interest", "ru" => RuLateInterest(ru_intervision::LateInterestInput, ru_intervision::late_interest);
    /// RU: personal data — answering a request (152-ФЗ ст. 14, 20) and a withdrawal of consent (ст. 21).
    "ru-data", "ru" => RuData(ru_intervision::DataInput, ru_intervision::personal_data);
    /// RU: consistency check of a group's parameters (Appendix 1).
    "ru-group-check", "ru" => RuGroupCheck(ru_intervision::GroupCheckInput, ru_intervision::group_check);
    /// SE: ångerrätt — can I still withdraw, until when, what do I owe.
    "se-withdrawal", "se" => SeWithdrawal(se_electricity::WithdrawalInput, se_electricity::withdrawal);
    /// SE: reconciliation of estimated billing.
    "se-billing", "se" => SeBilling(se_electricity::BillingInput, se_electricity::billing);
    /// SE: deadlines — due date, termination, terms change, fixed-term end, disconnection, security.
    "se-deadlines", "se" => SeDeadlines(se_electricity::DeadlinesInput, se_electricity::deadlines);
    /// SE: late-payment interest (räntelagen 6 §, 9 §).
    "se-late-interest", "se" => SeLateInterest(se_electricity::LateInterestInput, se_electricity::late_interest);
}

/// The JSON entry point: a scenario as JSON text in, `{"ok": outcome}` or `{"err": error}` out.
/// Amounts are decimal strings, dates ISO `YYYY-MM-DD`. Answers every calculator, whatever the
/// contract features (it reads the whole [`Scenario`] enum, so it links every contract's rules);
/// [`evaluate_json_built_in`] is the same answer for the calculators built in only.
///
/// ```
/// let answer = clausecalc_engine::evaluate_json(
///     r#"{"calculator": "se-withdrawal", "channel": "distance",
///         "concluded": "2025-06-06", "information": "given-same-day"}"#,
/// );
/// assert!(answer.starts_with(r#"{"ok":{"calculator":"se-withdrawal""#));
/// ```
#[cfg(feature = "json")]
pub fn evaluate_json(scenario: &str) -> String {
    answer_json(match serde_json::from_str::<Scenario>(scenario) {
        Ok(s) => evaluate(&s),
        Err(e) => Err(EngineError::BadScenario {
            detail: e.to_string(),
        }),
    })
}

/// The JSON entry point of one contract's build (the host API's `evaluate`): the same format
/// and, for a calculator built in, the same answer as [`evaluate_json`], but it links only the
/// calculators of the contract features built in (`ru`, `se`; [`BUILT_IN`]). It reads the
/// `calculator` tag first and then that calculator's input straight from the text (through
/// [`evaluate_from`]), instead of the whole [`Scenario`] enum, whose deserialiser would link
/// every contract's input types and rules. A scenario for a calculator not built in is a
/// `bad-scenario` error naming the ids this build answers.
///
/// ```
/// let answer = clausecalc_engine::evaluate_json_built_in(
///     r#"{"calculator": "se-withdrawal", "channel": "distance",
///         "concluded": "2025-06-06", "information": "given-same-day"}"#,
/// );
/// # #[cfg(feature = "se")]
/// assert!(answer.starts_with(r#"{"ok":{"calculator":"se-withdrawal""#));
/// ```
#[cfg(feature = "json")]
pub fn evaluate_json_built_in(scenario: &str) -> String {
    /// Only the tag; the other fields are skipped (and the text checked to be one JSON value).
    #[derive(Deserialize)]
    struct Tag {
        calculator: String,
    }
    let bad = |e: serde_json::Error| EngineError::BadScenario {
        detail: e.to_string(),
    };
    let answer = match serde_json::from_str::<Tag>(scenario) {
        Err(e) => Err(bad(e)),
        // The input types ignore fields they do not know, the `calculator` tag among them.
        Ok(tag) => match evaluate_from(
            &tag.calculator,
            &mut serde_json::Deserializer::from_str(scenario),
        ) {
            Some(Ok(answer)) => answer,
            Some(Err(e)) => Err(bad(e)),
            None => Err(bad(
                <serde_json::Error as serde::de::Error>::unknown_variant(&tag.calculator, BUILT_IN),
            )),
        },
    };
    answer_json(answer)
}

/// `{"ok": outcome}` or `{"err": error}` as JSON text.
#[cfg(feature = "json")]
fn answer_json(answer: Result<Outcome, EngineError>) -> String {
    #[derive(serde::Serialize)]
    #[serde(rename_all = "lowercase")]
    enum Answer {
        Ok(Box<Outcome>),
        Err(EngineError),
    }
    let answer = match answer {
        Ok(o) => Answer::Ok(Box::new(o)),
        Err(e) => Answer::Err(e),
    };
    serde_json::to_string(&answer).unwrap_or_else(|_| {
        String::from(r#"{"err":{"error":"bad-scenario","detail":"serialisation failed"}}"#)
    })
}
