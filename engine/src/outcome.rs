//! The outcome of a calculation and its trace — the explanation the UI renders as "why".
//!
//! Every figure carries the rule id and citation that produced it; the trace records each step
//! with its inputs (both sides of every comparison) and outputs. The UI never recomputes a number:
//! it renders these values. Texts are English with a stable `code`/`key` the UI translates; a
//! step's notes are codes only ([`Note`]), their English is their `Display`.

use crate::calendar::RestReason;
use crate::money::{Currency, Rub, Sek};
use chrono::{NaiveDate, NaiveDateTime};
use core::fmt;
use rust_decimal::Decimal;
use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};

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
///
/// Serialised as `{rule, citation, inputs, outputs, note, note_codes}`: `note` is the English of
/// the notes (joined by a space), `note_codes` their stable codes.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    /// Rule id from RULES.md (e.g. `RU-REFUND-EARLY`).
    pub rule: String,
    /// The clause or statute (e.g. "Оферта п. 6.2; ЗоЗПП ст. 32").
    pub citation: String,
    /// Inputs, both sides of every comparison.
    pub inputs: Vec<Field>,
    /// Outputs of the step.
    pub outputs: Vec<Field>,
    /// What the step did and which interpretation it chose, as codes read in order (most steps
    /// have one; a rolled Swedish deadline has the roll and the rule that governs it).
    pub notes: Vec<Note>,
}

impl Step {
    /// A step for `rule` citing `citation`.
    pub fn new(rule: &str, citation: &str) -> Step {
        Step {
            rule: rule.into(),
            citation: citation.into(),
            inputs: Vec::new(),
            outputs: Vec::new(),
            notes: Vec::new(),
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
    /// Adds a note after the ones already there.
    pub fn note(mut self, note: impl Into<Note>) -> Step {
        self.notes.push(note.into());
        self
    }
    /// The notes in English, joined by a space (the JSON `note`); empty without notes.
    pub fn english_note(&self) -> String {
        let mut out = String::new();
        for n in &self.notes {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(n.english());
        }
        out
    }
}

impl Serialize for Step {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Step", 6)?;
        s.serialize_field("rule", &self.rule)?;
        s.serialize_field("citation", &self.citation)?;
        s.serialize_field("inputs", &self.inputs)?;
        s.serialize_field("outputs", &self.outputs)?;
        s.serialize_field("note", &self.english_note())?;
        s.serialize_field("note_codes", &self.notes)?;
        s.end()
    }
}

/// A trace note: one sentence of a step's explanation, as a code of its contract's rules. The
/// pages translate the code (`calc/src/notes.rs`); [`Note::english`] (and `Display`) is the English
/// the JSON API carries. Serialised as its stable kebab-case code.
///
/// ```
/// use clausecalc_engine::outcome::{Note, Step};
/// use clausecalc_engine::se_electricity::Note as SeNote;
///
/// let step = Step::new("SE-TERMINATION", "villkor 6.1").note(SeNote::NotRolled);
/// assert_eq!(step.notes, [Note::Se(SeNote::NotRolled)]);
/// assert_eq!(SeNote::NotRolled.code(), "not-rolled");
/// assert_eq!(step.english_note(), "The last day is a working day: no roll-forward.");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(untagged)]
pub enum Note {
    /// A note of the Russian offer's rules.
    Ru(crate::ru_intervision::Note),
    /// A note of the Swedish electricity terms' rules.
    Se(crate::se_electricity::Note),
}

impl Note {
    /// Every note of both contracts.
    pub fn all() -> impl Iterator<Item = Note> {
        let ru = crate::ru_intervision::Note::ALL
            .iter()
            .copied()
            .map(Note::Ru);
        ru.chain(
            crate::se_electricity::Note::ALL
                .iter()
                .copied()
                .map(Note::Se),
        )
    }
    /// The stable kebab-case code (unique across both contracts).
    pub const fn code(self) -> &'static str {
        match self {
            Note::Ru(n) => n.code(),
            Note::Se(n) => n.code(),
        }
    }
    /// The English sentence.
    pub const fn english(self) -> &'static str {
        match self {
            Note::Ru(n) => n.english(),
            Note::Se(n) => n.english(),
        }
    }
}

impl fmt::Display for Note {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.english())
    }
}

impl From<crate::ru_intervision::Note> for Note {
    fn from(n: crate::ru_intervision::Note) -> Note {
        Note::Ru(n)
    }
}

impl From<crate::se_electricity::Note> for Note {
    fn from(n: crate::se_electricity::Note) -> Note {
        Note::Se(n)
    }
}

/// Declares a contract's list of trace notes: one variant per sentence, with its stable code and
/// its English (which is also the variant's doc comment). Generates `ALL` (every variant, so a
/// test can iterate them), `code`, `english`, `Display` (the English) and `Serialize` (the code).
macro_rules! notes {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $variant:ident $code:literal => $en:literal, )*
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name {
            $( #[doc = $en] $variant, )*
        }

        impl $name {
            /// Every note, in the order declared.
            pub const ALL: &'static [$name] = &[$($name::$variant),*];
            /// The stable kebab-case code (the JSON `note_codes`).
            pub const fn code(self) -> &'static str {
                match self {
                    $( $name::$variant => $code, )*
                }
            }
            /// The English sentence (the JSON `note`).
            pub const fn english(self) -> &'static str {
                match self {
                    $( $name::$variant => $en, )*
                }
            }
        }

        impl ::core::fmt::Display for $name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.english())
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.code())
            }
        }
    };
}
pub(crate) use notes;

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

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::indexing_slicing)]
mod tests {
    use super::{Note, Step};
    use crate::se_electricity::Note as SeNote;
    use std::collections::BTreeSet;

    #[test]
    fn every_note_has_a_unique_kebab_case_code_and_a_unique_english_sentence() {
        let mut codes = BTreeSet::new();
        let mut sentences = BTreeSet::new();
        for n in Note::all() {
            let code = n.code();
            assert!(
                !code.is_empty()
                    && !code.starts_with('-')
                    && !code.ends_with('-')
                    && !code.contains("--")
                    && code
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                "not kebab-case: {code}"
            );
            assert!(codes.insert(code), "duplicate code: {code}");
            let en = n.english();
            assert!(en.ends_with('.') && en.trim() == en, "not a sentence: {en}");
            assert!(sentences.insert(en), "duplicate sentence: {en}");
            assert_eq!(n.to_string(), en);
        }
        assert_eq!(
            codes.len(),
            crate::ru_intervision::Note::ALL.len() + SeNote::ALL.len()
        );
    }

    /// docs/API.md lists every code a client may meet in `note_codes`.
    #[test]
    fn the_api_doc_lists_every_note_code() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/API.md");
        let doc = std::fs::read_to_string(path).unwrap();
        let missing: Vec<&str> = Note::all()
            .map(Note::code)
            .filter(|c| !doc.contains(&format!("`{c}`")))
            .collect();
        assert!(missing.is_empty(), "not in docs/API.md: {missing:?}");
    }

    #[test]
    fn a_step_serialises_its_notes_as_english_and_codes() {
        let step = Step::new("SE-X", "villkor 1")
            .note(SeNote::NotRolled)
            .note(SeNote::StatutoryPeriod);
        let json = serde_json::to_value(&step).unwrap();
        assert_eq!(
            json["note"],
            "The last day is a working day: no roll-forward. This period is set by Swedish law, not by an EU act: lag (1930:173) governs it, Reg. 1182/71 does not."
        );
        assert_eq!(
            json["note_codes"],
            serde_json::json!(["not-rolled", "statutory-period"])
        );
        let bare = serde_json::to_value(Step::new("SE-X", "villkor 1")).unwrap();
        assert_eq!(bare["note"], "");
        assert_eq!(bare["note_codes"], serde_json::json!([]));
    }
}
