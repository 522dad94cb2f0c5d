//! The outcome of a calculation and its trace — the explanation the UI renders as "why".
//!
//! Every figure carries the rule id and citation that produced it; the trace records each step
//! with its inputs (both sides of every comparison) and outputs. The UI never recomputes a number:
//! it renders these values. Texts are English with a stable `code`/`key` the UI translates.

use crate::calendar::RestReason;
use crate::money::{Currency, Rub, Sek};
use chrono::{NaiveDate, NaiveDateTime};
use rust_decimal::Decimal;
use serde::Serialize;

/// A typed value in an outcome: the UI formats it for the user's locale.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", content = "value", rename_all = "kebab-case")]
pub enum Value {
    /// An amount of money.
    Money { amount: Decimal, currency: Currency },
    /// A calendar date.
    Date(NaiveDate),
    /// The end (24:00) of `date` in `zone`; `utc_offset` like "+03:00".
    Deadline {
        date: NaiveDate,
        zone: String,
        utc_offset: String,
    },
    /// A local date-time in `zone`.
    Moment {
        local: NaiveDateTime,
        zone: String,
        utc_offset: String,
    },
    /// A number of calendar days.
    Days(i64),
    /// A number of working days.
    WorkingDays(i64),
    /// A number of months.
    Months(i64),
    /// A number of hours.
    Hours(Decimal),
    /// A percentage (e.g. 16.5 means 16.5 %).
    Percent(Decimal),
    /// Kilowatt-hours.
    Kwh(Decimal),
    /// A plain count.
    Count(i64),
    /// A plain number.
    Number(Decimal),
    /// Yes or no.
    Bool(bool),
    /// A day that is not a working day, with why.
    RestDay { date: NaiveDate, reason: RestReason },
    /// Free text (names, labels; English or from the input data).
    Text(String),
    /// A stable code the UI translates (an enum input such as `own-choice`).
    Code(String),
}

impl Value {
    /// Roubles.
    pub fn rub(m: Rub) -> Value {
        Value::Money {
            amount: m.0,
            currency: Currency::Rub,
        }
    }
    /// Kronor.
    pub fn sek(m: Sek) -> Value {
        Value::Money {
            amount: m.0,
            currency: Currency::Sek,
        }
    }
    /// Text.
    pub fn text(s: impl Into<String>) -> Value {
        Value::Text(s.into())
    }
    /// A code.
    pub fn code(s: impl Into<String>) -> Value {
        Value::Code(s.into())
    }
}

/// A named value.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Field {
    /// Stable key (kebab-case) the UI translates into a label.
    pub key: String,
    /// The value.
    pub value: Value,
}

impl Field {
    /// A field.
    pub fn new(key: impl Into<String>, value: Value) -> Field {
        Field {
            key: key.into(),
            value,
        }
    }
}

/// One step of the explanation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Step {
    /// Rule id from RULES.md (e.g. `RU-REFUND-EARLY`).
    pub rule: String,
    /// The clause or statute (e.g. "Оферта п. 6.2; ЗоЗПП ст. 32").
    pub citation: String,
    /// Inputs, both sides of every comparison.
    pub inputs: Vec<Field>,
    /// Outputs of the step.
    pub outputs: Vec<Field>,
    /// One English sentence on what the step did and which interpretation it chose.
    pub note: String,
}

impl Step {
    /// A step for `rule` citing `citation`.
    pub fn new(rule: &str, citation: &str) -> Step {
        Step {
            rule: rule.into(),
            citation: citation.into(),
            inputs: Vec::new(),
            outputs: Vec::new(),
            note: String::new(),
        }
    }
    /// Adds an input.
    pub fn input(mut self, key: &str, value: Value) -> Step {
        self.inputs.push(Field::new(key, value));
        self
    }
    /// Adds an output.
    pub fn output(mut self, key: &str, value: Value) -> Step {
        self.outputs.push(Field::new(key, value));
        self
    }
    /// Sets the note.
    pub fn note(mut self, note: impl Into<String>) -> Step {
        self.note = note.into();
        self
    }
}

/// Whose figure this is, when the contract and the law differ.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Basis {
    /// What the contract's clause gives.
    Contract,
    /// What the statute gives.
    Law,
    /// Contract and law agree, or only one source applies.
    Agreed,
}

/// A result figure (an amount, a date, a deadline) with its source.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Figure {
    /// Stable key the UI translates (e.g. `refund`, `refund-deadline`).
    pub key: String,
    /// The value.
    pub value: Value,
    /// Rule id.
    pub rule: String,
    /// Clause or statute.
    pub citation: String,
    /// Contract, law, or agreed.
    pub basis: Basis,
}

/// The contract's figure beside the statutory one, with the reason they differ.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    /// Stable key (e.g. `refund`).
    pub key: String,
    /// The contract's figure.
    pub contract: Value,
    /// The statute's figure.
    pub law: Value,
    /// Contract clause.
    pub contract_citation: String,
    /// Statute.
    pub law_citation: String,
    /// Stable code of the reason, translated by the UI.
    pub reason_code: String,
    /// English sentence.
    pub reason: String,
}

/// A warning or an assumption.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Notice {
    /// Stable code the UI translates (e.g. `rate-table-expired`).
    pub code: String,
    /// English sentence.
    pub text: String,
    /// Values the sentence mentions, for translation.
    pub params: Vec<Field>,
}

impl Notice {
    /// A notice.
    pub fn new(code: &str, text: impl Into<String>, params: Vec<Field>) -> Notice {
        Notice {
            code: code.into(),
            text: text.into(),
            params,
        }
    }
}

/// What kind of point on the timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum EventKind {
    /// Something that happened (an input).
    Event,
    /// A deadline.
    Deadline,
    /// A meeting / a service date.
    Meeting,
    /// A rest day a deadline rolled over (shaded).
    RestDay,
    /// The start of a window.
    WindowStart,
    /// The end of a window.
    WindowEnd,
}

/// A point on the case's timeline.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TimelineEvent {
    /// The date.
    pub date: NaiveDate,
    /// What kind.
    pub kind: EventKind,
    /// Stable key the UI translates.
    pub key: String,
}

/// A table (interest segments, instalment plan, reconciliation per price period).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Table {
    /// Stable key.
    pub key: String,
    /// Column keys.
    pub columns: Vec<String>,
    /// Rows of values, one per column.
    pub rows: Vec<Vec<Value>>,
}

/// Everything a calculator answers.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Outcome {
    /// Calculator id (e.g. `ru-refund`).
    pub calculator: String,
    /// The one-sentence answer: a code and its parameters, plus English text.
    pub headline: Notice,
    /// Amounts and dates.
    pub figures: Vec<Figure>,
    /// Deadlines (values are `Value::Deadline` or `Value::Moment`).
    pub deadlines: Vec<Figure>,
    /// Contract versus law.
    pub comparisons: Vec<Comparison>,
    /// Tables.
    pub tables: Vec<Table>,
    /// Timeline points, in date order.
    pub timeline: Vec<TimelineEvent>,
    /// Warnings (tables past their date, provisional calendar, conflicting clauses).
    pub warnings: Vec<Notice>,
    /// Assumptions (interpretations chosen, inputs assumed).
    pub assumptions: Vec<Notice>,
    /// The explanation, step by step.
    pub trace: Vec<Step>,
}

impl Outcome {
    /// An empty outcome for `calculator`.
    pub fn new(calculator: &str) -> Outcome {
        Outcome {
            calculator: calculator.into(),
            headline: Notice::new("", "", Vec::new()),
            figures: Vec::new(),
            deadlines: Vec::new(),
            comparisons: Vec::new(),
            tables: Vec::new(),
            timeline: Vec::new(),
            warnings: Vec::new(),
            assumptions: Vec::new(),
            trace: Vec::new(),
        }
    }
    /// Adds a trace step.
    pub fn step(&mut self, step: Step) {
        self.trace.push(step);
    }
    /// Adds a figure.
    pub fn figure(&mut self, key: &str, value: Value, rule: &str, citation: &str, basis: Basis) {
        self.figures.push(Figure {
            key: key.into(),
            value,
            rule: rule.into(),
            citation: citation.into(),
            basis,
        });
    }
    /// Adds a deadline.
    pub fn deadline(&mut self, key: &str, value: Value, rule: &str, citation: &str) {
        self.deadlines.push(Figure {
            key: key.into(),
            value,
            rule: rule.into(),
            citation: citation.into(),
            basis: Basis::Agreed,
        });
    }
    /// Adds a timeline point.
    pub fn event(&mut self, date: NaiveDate, kind: EventKind, key: &str) {
        self.timeline.push(TimelineEvent {
            date,
            kind,
            key: key.into(),
        });
    }
    /// Adds a warning unless one with the same code and text is there already.
    pub fn warn(&mut self, n: Notice) {
        if !self
            .warnings
            .iter()
            .any(|w| w.code == n.code && w.text == n.text)
        {
            self.warnings.push(n);
        }
    }
    /// Adds an assumption unless one with the same code and text is there already.
    pub fn assume(&mut self, n: Notice) {
        if !self
            .assumptions
            .iter()
            .any(|w| w.code == n.code && w.text == n.text)
        {
            self.assumptions.push(n);
        }
    }
    /// Sorts the timeline by date (stable, so same-day events keep their order).
    pub fn finish(mut self) -> Outcome {
        self.timeline.sort_by_key(|e| e.date);
        self
    }
    /// The rule ids in the trace, in order (for tests).
    pub fn rules(&self) -> Vec<&str> {
        self.trace.iter().map(|s| s.rule.as_str()).collect()
    }
}
