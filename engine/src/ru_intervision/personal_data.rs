//! `ru-data`: the provider's deadlines on the participant's personal data — answering a request
//! (offer 8.9, 8.10; 152-ФЗ ст. 14, 20, 21) and acting on a withdrawal of consent (offer 8.7, 8.9;
//! 152-ФЗ ст. 21 ч. 5). Statutory terms counted from actual receipt: the 24-hour rule of offer
//! 10.3 never lengthens them.

use super::cite;
use super::group::{GroupInput, GroupParams, GroupZone};
use super::Note;
use crate::calendar::{self, Jurisdiction};
use crate::error::{EngineError, Problem, Result, Validator};
use crate::outcome::{Basis, EventKind, Field, Notice, Outcome, Step, Value};
use crate::period;
use chrono::NaiveDate;
use serde::Deserialize;

/// Working days to answer a data subject's request (152-ФЗ ст. 14 ч. 3, ст. 20 ч. 1–2).
pub const REQUEST_WORKING_DAYS: u32 = 10;
/// Working days of the one reasoned extension (152-ФЗ ст. 14 ч. 3).
pub const EXTENSION_WORKING_DAYS: u32 = 5;
/// Working days to correct or destroy after proof (152-ФЗ ст. 20 ч. 3).
pub const PROOF_WORKING_DAYS: u32 = 7;
/// Days to destroy after a withdrawal of consent (152-ФЗ ст. 21 ч. 5: «тридцати дней»).
pub const WITHDRAWAL_DAYS: u32 = 30;
/// Months to destroy blocked data (152-ФЗ ст. 21 ч. 6).
pub const BLOCKED_MONTHS: i32 = 6;

/// Input of `ru-data`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct DataInput {
    /// The group (for its time zone); the shipped one when absent.
    #[serde(default)]
    pub group: Option<GroupInput>,
    /// The day the answer is for.
    pub as_of: NaiveDate,
    /// The day a request about one's data (information, correction, blocking, destruction) was
    /// sent.
    #[serde(default)]
    pub request_sent: Option<NaiveDate>,
    /// The day it actually reached the provider; an e-mail without it is taken as received when
    /// sent.
    #[serde(default)]
    pub request_received: Option<NaiveDate>,
    /// The day the provider sent a reasoned notice extending the answer term, if it did.
    #[serde(default)]
    pub extension_notice_sent: Option<NaiveDate>,
    /// The day proof that the data are inaccurate reached the provider.
    #[serde(default)]
    pub inaccuracy_proof_received: Option<NaiveDate>,
    /// The day proof that the data were unlawfully obtained reached the provider.
    #[serde(default)]
    pub unlawful_proof_received: Option<NaiveDate>,
    /// The day a demand to stop processing reached the provider.
    #[serde(default)]
    pub stop_processing_received: Option<NaiveDate>,
    /// The day the withdrawal of consent was sent.
    #[serde(default)]
    pub consent_withdrawal_sent: Option<NaiveDate>,
    /// The day it actually reached the provider.
    #[serde(default)]
    pub consent_withdrawal_received: Option<NaiveDate>,
    /// The provider still has a ground without consent for some data (the contract still runs,
    /// records the law requires).
    #[serde(default)]
    pub legal_basis_remains: bool,
}

/// Adds `n` working days to `from`, records the step and the deadline.
#[allow(clippy::too_many_arguments)]
fn working_term(
    rule: &str,
    citation: &str,
    (input_key, from): (&str, NaiveDate),
    n: u32,
    key: &str,
    note: Note,
    zone: &GroupZone,
    out: &mut Outcome,
) -> Result<NaiveDate> {
    let due = period::add_working_days(Jurisdiction::Ru, from, n)?;
    out.step(
        Step::new(rule, citation)
            .input(input_key, Value::Date(from))
            .input("working-days", Value::WorkingDays(i64::from(n)))
            .output(key, zone.deadline(due))
            .note(note),
    );
    super::deadlines::mark_rest_days_between(from, due, out);
    out.deadline(key, zone.deadline(due), rule, citation);
    out.event(due, EventKind::Deadline, key);
    for w in calendar::coverage_notices(Jurisdiction::Ru, from, due) {
        out.warn(w);
    }
    Ok(due)
}

/// The actual receipt: the entered day, else (an e-mail) the day of sending, stated.
fn arrival(
    sent: Option<NaiveDate>,
    received: Option<NaiveDate>,
    code: &str,
    out: &mut Outcome,
) -> Option<NaiveDate> {
    match (sent, received) {
        (_, Some(r)) => Some(r),
        (Some(s), None) => {
            out.assume(Notice::new(
                code,
                format!("No receipt day was entered: the e-mail is taken as received the day it was sent ({s}), as delivery is for the law figure; the 24-hour rule of 10.3 does not lengthen a statutory term."),
                vec![Field::new("sent", Value::Date(s))],
            ));
            Some(s)
        }
        (None, None) => None,
    }
}

/// RU-DATA-REQUEST — offer 8.9, 8.10; 152-ФЗ ст. 14 ч. 3, ст. 20 ч. 1–3 (as amended by 266-ФЗ of
/// 14.07.2022) (new 2026-11-30): the provider answers a data subject's request (the information, or
/// a reasoned refusal) within 10 working days of receiving it, extendable once by at most 5 working
/// days with a reasoned notice of the extension.
///
/// Interpretation: production-calendar working days from the day after actual receipt (a statutory
/// term: the 24-hour rule of 10.3 does not lengthen it). The extended date is shown only if the
/// notice was sent by the first date. Returns the first and, if extended, the extended date.
// QUESTION: the 10 + 5 working days were checked only in consolidated secondary copies of the
// 266-ФЗ wording; any later amendment is to verify.
pub fn data_request(
    received: NaiveDate,
    extension_notice: Option<NaiveDate>,
    zone: &GroupZone,
    out: &mut Outcome,
) -> Result<(NaiveDate, Option<NaiveDate>)> {
    const RULE: &str = "RU-DATA-REQUEST";
    let first = working_term(
        RULE,
        cite::DATA_REQUEST,
        ("request-received", received),
        REQUEST_WORKING_DAYS,
        "data-answer-deadline",
        Note::DataRequestTerm,
        zone,
        out,
    )?;
    out.event(received, EventKind::Event, "request-received");
    let extended = match extension_notice {
        Some(n) if n <= first => Some(working_term(
            RULE,
            cite::DATA_REQUEST,
            ("data-answer-deadline", first),
            EXTENSION_WORKING_DAYS,
            "data-answer-deadline-extended",
            Note::DataRequestExtended,
            zone,
            out,
        )?),
        Some(n) => {
            out.step(
                Step::new(RULE, cite::DATA_REQUEST)
                    .input("extension-notice-sent", Value::Date(n))
                    .input("data-answer-deadline", zone.deadline(first))
                    .output("extended", Value::Bool(false))
                    .note(Note::DataRequestNotExtended),
            );
            out.warn(Notice::new(
                "data-extension-notice-late",
                format!("The extension notice ({n}) came after the answer term ended ({first}): it does not extend it."),
                vec![Field::new("extension-notice-sent", Value::Date(n)), Field::new("data-answer-deadline", zone.deadline(first))],
            ));
            None
        }
        None => None,
    };
    Ok((first, extended))
}

/// RU-CONSENT-WITHDRAWAL — offer 8.7, 8.9, the consent; 152-ФЗ ст. 21 ч. 5, ст. 9 ч. 2 (new
/// 2026-11-30): on withdrawal of consent the provider stops processing and, where the data are no
/// longer needed for the purposes, destroys them within 30 days of the withdrawal's arrival.
///
/// Interpretation: 30 calendar days («тридцати дней») from the day after actual arrival; a limit on
/// the provider, not rolled forward (as RU-DATA-RETENTION). Data the law lets it process without
/// consent stay, with a flag instead of a date. Destruction impossible in time: block, then destroy
/// within 6 months (ст. 21 ч. 6), counted here from the end of the 30 days (to verify).
// QUESTION: whether the 30 days roll forward under ГК 193 (not rolled here); the start of the
// 6-month count of ст. 21 ч. 6 is to verify.
pub fn consent_withdrawal(
    arrived: NaiveDate,
    legal_basis_remains: bool,
    zone: &GroupZone,
    out: &mut Outcome,
) -> Result<NaiveDate> {
    const RULE: &str = "RU-CONSENT-WITHDRAWAL";
    let due = period::days_after(arrived, WITHDRAWAL_DAYS, "consent-withdrawal")?;
    let blocked = period::add_months(due, BLOCKED_MONTHS, "consent-withdrawal")?;
    out.step(
        Step::new(RULE, cite::CONSENT_WITHDRAWAL)
            .input("consent-withdrawal-received", Value::Date(arrived))
            .input("days", Value::Days(i64::from(WITHDRAWAL_DAYS)))
            .output("data-destruction-deadline", zone.deadline(due))
            .note(Note::ConsentWithdrawalTerm),
    );
    out.step(
        Step::new(RULE, cite::CONSENT_WITHDRAWAL)
            .input("data-destruction-deadline", zone.deadline(due))
            .input("months", Value::Months(i64::from(BLOCKED_MONTHS)))
            .output("blocked-data-destruction-deadline", zone.deadline(blocked))
            .note(Note::BlockThenDestroy),
    );
    out.deadline(
        "data-destruction-deadline",
        zone.deadline(due),
        RULE,
        cite::CONSENT_WITHDRAWAL,
    );
    out.figure(
        "blocked-data-destruction-deadline",
        Value::Date(blocked),
        RULE,
        cite::CONSENT_WITHDRAWAL,
        Basis::Law,
    );
    out.event(arrived, EventKind::Event, "consent-withdrawal-received");
    out.event(due, EventKind::Deadline, "data-destruction-deadline");
    out.assume(Notice::new(
        "consent-withdrawal-not-rolled",
        "The 30 days limit the provider and are not rolled forward to a working day; whether ГК 193 applies is open. The 6 months for blocked data are counted from the end of the 30 days (to verify).",
        Vec::new(),
    ));
    if legal_basis_remains {
        out.step(
            Step::new(RULE, cite::CONSENT_WITHDRAWAL)
                .input("legal-basis-remains", Value::Bool(true))
                .output(
                    "destruction-required",
                    Value::code("only-data-without-ground"),
                )
                .note(Note::ConsentLegalBasisRemains),
        );
        out.warn(Notice::new(
            "consent-legal-basis-remains",
            "Data the law lets the provider process without consent (performing the still-running contract, payment records the law requires) may stay after the withdrawal: the destruction date applies only to the rest (152-ФЗ ст. 9 ч. 2, ст. 6 ч. 1).",
            Vec::new(),
        ));
    }
    Ok(due)
}

/// `ru-data`: the provider's deadlines on a participant's personal data.
///
/// ```
/// use clausecalc_engine::{evaluate, Scenario};
/// // RULES.md §4: a data request received Fri 2026-02-20 → answer by 2026-03-10 (23 Feb and
/// // 9 Mar are non-working); with a reasoned extension notice → 2026-03-17.
/// let s: Scenario = serde_json::from_str(r#"{"calculator": "ru-data",
///     "request_received": "2026-02-20", "extension_notice_sent": "2026-03-05",
///     "as_of": "2026-02-20"}"#).unwrap();
/// let o = evaluate(&s).unwrap();
/// let date = |k: &str| o.deadlines.iter().find(|f| f.key == k).map(|f| f.value.clone());
/// use clausecalc_engine::outcome::Value;
/// assert!(matches!(date("data-answer-deadline"), Some(Value::Deadline { date, .. }) if date.to_string() == "2026-03-10"));
/// assert!(matches!(date("data-answer-deadline-extended"), Some(Value::Deadline { date, .. }) if date.to_string() == "2026-03-17"));
/// ```
pub fn personal_data(input: &DataInput) -> Result<Outcome> {
    let mut v = Validator::new();
    let group = match GroupParams::resolve(input.group.as_ref(), "group") {
        Ok(g) => Some(g),
        Err(e) => {
            super::absorb(e, &mut v);
            None
        }
    };
    for (key, sent, received) in [
        (
            "request_received",
            input.request_sent,
            input.request_received,
        ),
        (
            "consent_withdrawal_received",
            input.consent_withdrawal_sent,
            input.consent_withdrawal_received,
        ),
    ] {
        if let (Some(s), Some(r)) = (sent, received) {
            v.check(
                r < s,
                key,
                Problem::BeforeOther {
                    other: key.replace("_received", "_sent"),
                },
            );
        }
    }
    let asked = [
        input.request_sent,
        input.request_received,
        input.inaccuracy_proof_received,
        input.unlawful_proof_received,
        input.stop_processing_received,
        input.consent_withdrawal_sent,
        input.consent_withdrawal_received,
    ];
    v.check(
        input.extension_notice_sent.is_some()
            && input.request_sent.is_none()
            && input.request_received.is_none(),
        "request_received",
        Problem::Missing,
    );
    v.finish()?;
    let g = group.ok_or_else(|| EngineError::field("group", Problem::Missing))?;
    let zone = &g.zone;
    let mut out = Outcome::new("ru-data");
    out.event(input.as_of, EventKind::Event, "as-of");
    if let Some(r) = arrival(
        input.request_sent,
        input.request_received,
        "data-request-received-when-sent",
        &mut out,
    ) {
        data_request(r, input.extension_notice_sent, zone, &mut out)?;
    }
    if let Some(p) = input.inaccuracy_proof_received {
        working_term(
            "RU-DATA-REQUEST",
            cite::DATA_REQUEST,
            ("proof-received", p),
            PROOF_WORKING_DAYS,
            "data-correction-deadline",
            Note::DataCorrectionTerm,
            zone,
            &mut out,
        )?;
    }
    if let Some(p) = input.unlawful_proof_received {
        working_term(
            "RU-DATA-REQUEST",
            cite::DATA_REQUEST,
            ("proof-received", p),
            PROOF_WORKING_DAYS,
            "unlawful-data-destruction-deadline",
            Note::DataDestructionTerm,
            zone,
            &mut out,
        )?;
    }
    if let Some(p) = input.stop_processing_received {
        let first = working_term(
            "RU-DATA-REQUEST",
            cite::DATA_STOP,
            ("request-received", p),
            REQUEST_WORKING_DAYS,
            "stop-processing-deadline",
            Note::StopProcessingTerm,
            zone,
            &mut out,
        )?;
        let ext = period::add_working_days(Jurisdiction::Ru, first, EXTENSION_WORKING_DAYS)?;
        out.figure(
            "stop-processing-deadline-extended",
            Value::Date(ext),
            "RU-DATA-REQUEST",
            cite::DATA_STOP,
            Basis::Law,
        );
        out.warn(Notice::new(
            "data-stop-processing-verify",
            "The 10 + 5 working days for a demand to stop processing (152-ФЗ ст. 21 ч. 5.1) are to verify.",
            Vec::new(),
        ));
    }
    if let Some(a) = arrival(
        input.consent_withdrawal_sent,
        input.consent_withdrawal_received,
        "consent-withdrawal-received-when-sent",
        &mut out,
    ) {
        consent_withdrawal(a, input.legal_basis_remains, zone, &mut out)?;
    }
    out.headline = if asked.iter().all(Option::is_none) {
        Notice::new(
            "data-needs-input",
            "Enter when a request about your data or a withdrawal of consent was sent (or received): the answer needs one of them.",
            Vec::new(),
        )
    } else {
        super::deadlines::next_deadline(&out, input.as_of, &[])
    };
    Ok(out)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::ru_intervision::testing::{d, moscow};

    /// RU-DATA-REQUEST — 152-ФЗ ст. 14 ч. 3 (RULES.md §4): received Fri 2026-02-20 → 2026-03-10;
    /// extended → 2026-03-17; a notice after the first date does not extend.
    #[test]
    fn ten_plus_five_working_days() {
        let mut out = Outcome::new("t");
        let (a, b) =
            data_request(d(2026, 2, 20), Some(d(2026, 3, 10)), &moscow(), &mut out).unwrap();
        assert_eq!((a, b), (d(2026, 3, 10), Some(d(2026, 3, 17))));
        let (_, b) =
            data_request(d(2026, 2, 20), Some(d(2026, 3, 11)), &moscow(), &mut out).unwrap();
        assert_eq!(b, None);
    }

    /// RU-CONSENT-WITHDRAWAL — 152-ФЗ ст. 21 ч. 5: 30 days from the day after arrival, not rolled.
    #[test]
    fn thirty_days_not_rolled() {
        let mut out = Outcome::new("t");
        // 2026-02-20 + 30 = 2026-03-22, a Sunday: not rolled.
        assert_eq!(
            consent_withdrawal(d(2026, 2, 20), true, &moscow(), &mut out).unwrap(),
            d(2026, 3, 22)
        );
        assert!(out
            .warnings
            .iter()
            .any(|w| w.code == "consent-legal-basis-remains"));
    }
}
