//! Errors: small enums with a stable serde tag and a sentence a person understands.
//!
//! Field errors name the scenario field (dotted path, e.g. `payments.0.amount`) so the UI can show
//! the message beside that field, translated by its `code`.

use serde::Serialize;

/// What is wrong with one input field. The serde tag is the stable code the UI translates.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "code", rename_all = "kebab-case")]
pub enum Problem {
    /// The field is required for this question and was left empty.
    Missing,
    /// An amount below zero where only zero or more makes sense.
    Negative,
    /// A count or amount that must be above zero.
    NotPositive,
    /// A date that must not come before another one (`after` names that other field).
    BeforeOther { other: String },
    /// A value outside what the rule can handle (`detail` says which range).
    OutOfRange { detail: String },
    /// Data that contradicts itself (`detail` says how).
    Inconsistent { detail: String },
}

impl Problem {
    /// An English sentence; the UI replaces it by the translation of `code`.
    pub fn sentence(&self) -> String {
        match self {
            Problem::Missing => "This field is needed for the answer.".into(),
            Problem::Negative => "Enter zero or more.".into(),
            Problem::NotPositive => "Enter a number above zero.".into(),
            Problem::BeforeOther { other } => format!("This date cannot be before {other}."),
            Problem::OutOfRange { detail } => format!("Out of range: {detail}."),
            Problem::Inconsistent { detail } => format!("Inconsistent: {detail}."),
        }
    }
}

/// One invalid field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldError {
    /// Dotted path of the scenario field.
    pub field: String,
    /// What is wrong with it.
    pub problem: Problem,
}

impl FieldError {
    /// A field error for `field`.
    pub fn new(field: impl Into<String>, problem: Problem) -> Self {
        FieldError {
            field: field.into(),
            problem,
        }
    }
}

/// Why the engine could not answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "error", rename_all = "kebab-case")]
pub enum EngineError {
    /// Some inputs are missing or invalid; every one is listed, not only the first.
    Invalid { fields: Vec<FieldError> },
    /// A date computation left the representable calendar (years beyond ±262 000).
    DateOutOfRange { step: &'static str },
    /// An amount grew beyond what a decimal can hold (about 7.9 × 10^28).
    Overflow { step: &'static str },
    /// The scenario text is not valid JSON for any calculator (JSON entry point only).
    BadScenario { detail: String },
}

impl EngineError {
    /// Shorthand for a single invalid field.
    pub fn field(field: impl Into<String>, problem: Problem) -> Self {
        EngineError::Invalid {
            fields: vec![FieldError::new(field, problem)],
        }
    }

    /// An English sentence for logs and the JSON entry point.
    pub fn sentence(&self) -> String {
        match self {
            EngineError::Invalid { fields } => {
                let parts: Vec<String> = fields
                    .iter()
                    .map(|f| format!("{}: {}", f.field, f.problem.sentence()))
                    .collect();
                parts.join(" ")
            }
            EngineError::DateOutOfRange { step } => {
                format!("A date in step {step} is out of range.")
            }
            EngineError::Overflow { step } => format!("An amount in step {step} is too large."),
            EngineError::BadScenario { detail } => {
                format!("The scenario could not be read: {detail}")
            }
        }
    }
}

impl core::fmt::Display for EngineError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(&self.sentence())
    }
}

/// Collects field errors during validation, so the user sees all of them at once.
#[derive(Debug, Default)]
pub struct Validator {
    errors: Vec<FieldError>,
}

impl Validator {
    /// An empty collector.
    pub fn new() -> Self {
        Self::default()
    }
    /// Records a problem with `field`.
    pub fn add(&mut self, field: impl Into<String>, problem: Problem) {
        self.errors.push(FieldError::new(field, problem));
    }
    /// Records `problem` for `field` when `bad` holds.
    pub fn check(&mut self, bad: bool, field: impl Into<String>, problem: Problem) {
        if bad {
            self.add(field, problem);
        }
    }
    /// Records the field errors of another check (so all are shown at once); any other error
    /// is returned as it is.
    pub fn absorb(&mut self, r: Result<()>) -> Result<()> {
        match r {
            Err(EngineError::Invalid { fields }) => {
                self.errors.extend(fields);
                Ok(())
            }
            other => other,
        }
    }
    /// `Ok(())` when nothing was recorded, else every recorded error.
    pub fn finish(self) -> Result<()> {
        if self.errors.is_empty() {
            Ok(())
        } else {
            Err(EngineError::Invalid {
                fields: self.errors,
            })
        }
    }
}

/// Result type of the engine.
pub type Result<T> = core::result::Result<T, EngineError>;
