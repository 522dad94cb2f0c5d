//! The refund deadline (offer 6.5; ЗоЗПП ст. 31) and the `ru-deadlines` calculator: payment,
//! instalments, refusal window, refund, support and data retention, all on one timeline.

use super::group::{GroupInput, GroupParams, GroupZone};
use super::notice::{self, Channel};
use super::payment::{self, Payment};
use super::{cite, force_majeure, refusal, retention, support, Note, Reason};
use crate::calendar::{self, Jurisdiction};
use crate::error::{Problem, Result, Validator};
use crate::outcome::{Basis, Comparison, EventKind, Field, Figure, Notice, Outcome, Step, Value};
use crate::period;
use chrono::{NaiveDate, NaiveDateTime};
use serde::Deserialize;

/// Working days for the refund under the contract (offer 6.5).
pub const REFUND_WORKING_DAYS: u32 = 10;
/// Calendar days for meeting a refund demand after a breach (ЗоЗПП ст. 31 п. 1).
pub const BREACH_DAYS: u32 = 10;

/// Marks the rest days in (from, to] on the timeline: the days a working-day count passed over.
pub(crate) fn mark_rest_days_between(from: NaiveDate, to: NaiveDate, out: &mut Outcome) {
    for day in from.iter_days().skip(1).take_while(|d| *d <= to).take(400) {
        if calendar::is_rest_day(Jurisdiction::Ru, day) {
            payment::rest_day(day, out);
        }
    }
}

/// RU-REFUND-DEADLINE — offer 6.5: the refund is due within 10 working days of the provider's
/// receipt of the refusal (production-calendar working days, counted from the day after).
/// RU-BREACH — ЗоЗПП ст. 31 п. 1: a refund demand caused by the provider's breach must be met
/// within 10 calendar days, the last day rolled forward to a working day (ГК 193).
///
/// Interpretation: for an own-choice refusal (ЗоЗПП 32) the law sets no shorter term, so the
/// contract's 10 working days stand. For a breach the shorter statutory term governs (a longer
/// contractual term would worsen the consumer's position, ЗоЗПП 16). A removal (3.7 refers to
/// section 6) and a force-majeure termination use the contract's term. Returns the governing date.
///
/// ```
/// use clausecalc_engine::outcome::Outcome;
/// use clausecalc_engine::ru_intervision::{deadlines::refund_deadline, GroupParams, Reason};
/// use chrono::NaiveDate;
/// // RULES.md §4: a refund demand received Fri 2025-12-26.
/// let received = NaiveDate::from_ymd_opt(2025, 12, 26).unwrap();
/// let zone = GroupParams::shipped().zone;
/// let mut out = Outcome::new("example");
/// let own = refund_deadline(received, Reason::OwnChoice, &zone, &mut out).unwrap();
/// assert_eq!(own, NaiveDate::from_ymd_opt(2026, 1, 21).unwrap()); // 10 working days
/// let breach = refund_deadline(received, Reason::ProviderBreach, &zone, &mut out).unwrap();
/// assert_eq!(breach, NaiveDate::from_ymd_opt(2026, 1, 12).unwrap()); // 01-05 rolled forward
/// ```
pub fn refund_deadline(
    received: NaiveDate,
    reason: Reason,
    zone: &GroupZone,
    out: &mut Outcome,
) -> Result<NaiveDate> {
    refund_deadline_with(received, received, reason, zone, out)
}

/// As [`refund_deadline`], with the receipt under each reading: the contract's 6.5 term runs from
/// the contract's receipt (the 24-hour rule), the ЗоЗПП 31 term of a breach from the actual
/// receipt when it is known (ГК 165.1 п. 1).
pub fn refund_deadline_with(
    received: NaiveDate,
    received_law: NaiveDate,
    reason: Reason,
    zone: &GroupZone,
    out: &mut Outcome,
) -> Result<NaiveDate> {
    let contract = period::add_working_days(Jurisdiction::Ru, received, REFUND_WORKING_DAYS)?;
    out.step(
        Step::new("RU-REFUND-DEADLINE", cite::REFUND_DEADLINE)
            .input("refusal-received", Value::Date(received))
            .input(
                "working-days",
                Value::WorkingDays(i64::from(REFUND_WORKING_DAYS)),
            )
            .output("refund-deadline-contract", zone.deadline(contract))
            .note(Note::RefundTermContract),
    );
    out.deadlines.push(Figure {
        key: "refund-deadline-contract".into(),
        value: zone.deadline(contract),
        rule: "RU-REFUND-DEADLINE".into(),
        citation: cite::REFUND_DEADLINE.into(),
        basis: Basis::Contract,
    });
    let mut to = contract;
    // The governing deadline cites the source of the date it takes: the law's after a breach
    // when that is the earlier, else the contract's 6.5.
    let mut governing_citation = cite::REFUND_DEADLINE;
    let governing = if reason == Reason::ProviderBreach {
        let naive = period::days_after(received_law, BREACH_DAYS, "breach-deadline")?;
        let rolled = period::roll_forward(Jurisdiction::Ru, naive)?;
        let citation = if received_law == received {
            cite::BREACH_DEADLINE
        } else {
            cite::BREACH_DEADLINE_ACTUAL
        };
        let mut step = Step::new("RU-BREACH", citation)
            .input("refusal-received", Value::Date(received_law))
            .input("days", Value::Days(i64::from(BREACH_DAYS)))
            .input("last-day-before-roll", Value::Date(naive));
        for v in rolled.skipped_values() {
            step = step.input("rest-day", v);
        }
        out.step(
            step.output("refund-deadline-law", zone.deadline(rolled.date))
                .note(Note::RefundTermLaw),
        );
        payment::mark_rest_days(&rolled, out);
        out.deadlines.push(Figure {
            key: "refund-deadline-law".into(),
            value: zone.deadline(rolled.date),
            rule: "RU-BREACH".into(),
            citation: cite::BREACH_DEADLINE.into(),
            basis: Basis::Law,
        });
        let governing = rolled.date.min(contract);
        if rolled.date < contract {
            governing_citation = citation;
        }
        out.comparisons.push(Comparison {
            key: "refund-deadline".into(),
            contract: zone.deadline(contract),
            law: zone.deadline(rolled.date),
            contract_citation: cite::REFUND_DEADLINE.into(),
            law_citation: cite::BREACH_DEADLINE.into(),
            reason_code: "law-shorter-deadline".into(),
            reason: "After a breach the law's 10 calendar days (ЗоЗПП 31) govern; a longer contractual term cannot worsen the consumer's position (ЗоЗПП 16).".into(),
        });
        to = to.max(rolled.date);
        out.step(
            Step::new("RU-REFUND-DEADLINE", cite::BREACH_DEADLINE)
                .input("refund-deadline-contract", zone.deadline(contract))
                .input("refund-deadline-law", zone.deadline(rolled.date))
                .output("refund-deadline", zone.deadline(governing))
                .note(Note::EarlierTermGoverns),
        );
        governing
    } else {
        out.comparisons.push(Comparison {
            key: "refund-deadline".into(),
            contract: zone.deadline(contract),
            law: zone.deadline(contract),
            contract_citation: cite::REFUND_DEADLINE.into(),
            law_citation: cite::LAW_REFUND.into(),
            reason_code: "law-sets-no-term".into(),
            reason: "For a refusal not caused by a breach the law sets no shorter term: the contract's 10 working days stand.".into(),
        });
        contract
    };
    mark_rest_days_between(received, governing, out);
    out.deadline(
        "refund-deadline",
        zone.deadline(governing),
        "RU-REFUND-DEADLINE",
        governing_citation,
    );
    out.event(governing, EventKind::Deadline, "refund-deadline");
    for n in calendar::coverage_notices(Jurisdiction::Ru, received, to) {
        out.warn(n);
    }
    Ok(governing)
}

/// RU-REFUND-DEADLINE — offer 6.5; ГК 165.1 п. 1 (revised 2026-11-30): beside the governing date
/// (counted from the deemed receipt, 6.5 + 10.3, which ГК 165.1 п. 2 lets the terms of the
/// transaction decide) and never instead of it, the date counted from actual delivery — the entered
/// delivery moment, else the sending moment, as in the law figure. The two differ by one working
/// day whenever the day after sending is a working day. Returns the alternative date, `None` when
/// both readings give the same date.
pub fn refund_deadline_delivery(
    received: NaiveDate,
    delivered: NaiveDate,
    zone: &GroupZone,
    out: &mut Outcome,
) -> Result<Option<NaiveDate>> {
    if delivered >= received {
        return Ok(None);
    }
    let alt = period::add_working_days(Jurisdiction::Ru, delivered, REFUND_WORKING_DAYS)?;
    if alt == period::add_working_days(Jurisdiction::Ru, received, REFUND_WORKING_DAYS)? {
        return Ok(None);
    }
    out.step(
        Step::new("RU-REFUND-DEADLINE", cite::REFUND_DEADLINE_DELIVERY)
            .input("refusal-received-actual", Value::Date(delivered))
            .input(
                "working-days",
                Value::WorkingDays(i64::from(REFUND_WORKING_DAYS)),
            )
            .output("refund-deadline-delivery", zone.deadline(alt))
            .note(Note::RefundTermDelivery),
    );
    out.deadlines.push(Figure {
        key: "refund-deadline-delivery".into(),
        value: zone.deadline(alt),
        rule: "RU-REFUND-DEADLINE".into(),
        citation: cite::REFUND_DEADLINE_DELIVERY.into(),
        basis: Basis::Law,
    });
    Ok(Some(alt))
}

/// RU-CONCLUDED — offer 1.4, 1.5, 5.1.1 with RU-REFUND-DEADLINE: the day a refund term runs
/// from. A refusal received before the first payment reached a provider with no contract and no
/// money; it is read as taking effect when the contract is concluded, so the refund term runs from
/// the first payment at the earliest (no deadline, and no ГК 395 interest, before the money
/// existed). Warns and states the assumption when it applies. Returns the day the term runs from.
// QUESTION: one could also argue the refusal was void (nothing to refuse) and the later payment
// an unjustified enrichment (ГК 1102, 1107: interest from when the provider knew). We take the
// careful reading that gives the later deadline.
pub fn effective_receipt_day(
    received: NaiveDate,
    concluded: NaiveDate,
    out: &mut Outcome,
) -> NaiveDate {
    if received >= concluded {
        return received;
    }
    out.warn(Notice::new(
        "refusal-before-conclusion",
        format!("The refusal arrived before the first payment ({concluded}): the contract was not yet concluded when it arrived. It is taken to take effect when the contract was concluded, so the refund term runs from {concluded}."),
        vec![Field::new("concluded-on", Value::Date(concluded)), Field::new("refusal-received", Value::Date(received))],
    ));
    out.step(
        Step::new("RU-CONCLUDED", cite::CONCLUDED)
            .input("refusal-received", Value::Date(received))
            .input("concluded-on", Value::Date(concluded))
            .output("refund-term-from", Value::Date(concluded))
            .note(Note::RefusalBeforeContract),
    );
    out.assume(Notice::new(
        "refusal-effective-on-conclusion",
        "The refusal reached the provider before any payment; it is read as taking effect when the contract was concluded (the first payment), and the refund term and any late interest run from then.",
        vec![Field::new("concluded-on", Value::Date(concluded))],
    ));
    concluded
}

/// The governing refund deadline for a term running from `from` (contract) and `from_law` (the
/// ЗоЗПП 31 term of a breach), without recording anything: used for parts of a refund due on
/// their own day (a payment made after the refusal was received).
pub(crate) fn refund_deadline_date(
    from: NaiveDate,
    from_law: NaiveDate,
    reason: Reason,
) -> Result<NaiveDate> {
    let contract = period::add_working_days(Jurisdiction::Ru, from, REFUND_WORKING_DAYS)?;
    if reason != Reason::ProviderBreach {
        return Ok(contract);
    }
    let naive = period::days_after(from_law, BREACH_DAYS, "breach-deadline")?;
    Ok(period::roll_forward(Jurisdiction::Ru, naive)?
        .date
        .min(contract))
}

/// Flags payments made after the refusal was received on `received` (warning
/// `payment-after-refusal`), where no refund part is computed for them.
pub(crate) fn flag_payments_after_refusal(
    payments: &[Payment],
    received: NaiveDate,
    out: &mut Outcome,
) {
    for p in payments.iter().filter(|p| p.date > received) {
        out.warn(Notice::new(
            "payment-after-refusal",
            format!(
                "{} ₽ was paid on {} after the refusal was received ({received}): the refund term for it runs from the payment day at the earliest.",
                p.amount, p.date
            ),
            vec![
                Field::new("payment-date", Value::Date(p.date)),
                Field::new("payment-amount", Value::rub(p.amount)),
            ],
        ));
    }
}

/// Input of `ru-deadlines`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct DeadlinesInput {
    /// The group; the shipped one when absent.
    #[serde(default)]
    pub group: Option<GroupInput>,
    /// The day the application (Заявление) was submitted.
    #[serde(default)]
    pub application_date: Option<NaiveDate>,
    /// Payments made.
    #[serde(default)]
    pub payments: Vec<Payment>,
    /// The day the answer is for (the engine has no clock).
    pub as_of: NaiveDate,
    /// When a refusal was sent, if one was.
    #[serde(default, deserialize_with = "super::local_moment::option")]
    pub refusal_sent: Option<NaiveDateTime>,
    /// How it was sent.
    #[serde(default)]
    pub channel: Channel,
    /// When it actually arrived (required for `other`).
    #[serde(default, deserialize_with = "super::local_moment::option")]
    pub received_at: Option<NaiveDateTime>,
    /// Why the participant refuses.
    #[serde(default)]
    pub reason: Reason,
    /// When a support request was received.
    #[serde(default)]
    pub support_request_received: Option<NaiveDate>,
    /// The day the contract ended, if not with the last meeting.
    #[serde(default)]
    pub contract_end: Option<NaiveDate>,
    /// The day of a recording (default: the last meeting).
    #[serde(default)]
    pub recording_date: Option<NaiveDate>,
    /// First day of a force-majeure event, if any.
    #[serde(default)]
    pub force_majeure_from: Option<NaiveDate>,
    /// Last day of the force-majeure event, if it has ended (RU-FM-EXTENSION).
    #[serde(default)]
    pub force_majeure_to: Option<NaiveDate>,
    /// Whether the affected party gave notice of it (offer 11.2).
    #[serde(default)]
    pub force_majeure_notice_given: Option<bool>,
    /// The refund deadline was prevented by the force majeure (never for lack of money).
    #[serde(default)]
    pub refund_prevented_by_force_majeure: bool,
}

/// `ru-deadlines`: every deadline of the offer for one participant, with the next one as headline.
pub fn deadlines(input: &DeadlinesInput) -> Result<Outcome> {
    let mut v = Validator::new();
    let group = match GroupParams::resolve(input.group.as_ref(), "group") {
        Ok(g) => Some(g),
        Err(e) => {
            super::absorb(e, &mut v);
            None
        }
    };
    payment::validate(&input.payments, input.as_of, &mut v);
    super::check_years(
        &mut v,
        &[
            ("as_of", Some(input.as_of)),
            ("application_date", input.application_date),
            ("refusal_sent", input.refusal_sent.map(|t| t.date())),
            ("received_at", input.received_at.map(|t| t.date())),
            ("support_request_received", input.support_request_received),
            ("contract_end", input.contract_end),
            ("recording_date", input.recording_date),
            ("force_majeure_from", input.force_majeure_from),
            ("force_majeure_to", input.force_majeure_to),
        ],
    );
    if let (Some(s), Some(r)) = (input.refusal_sent, input.received_at) {
        v.check(
            r < s,
            "received_at",
            Problem::BeforeOther {
                other: "refusal_sent".into(),
            },
        );
    }
    v.check(
        input.refusal_sent.is_some()
            && input.channel == Channel::Other
            && input.received_at.is_none(),
        "received_at",
        Problem::Missing,
    );
    if let Some(s) = input.refusal_sent {
        v.check(
            s.date() > input.as_of,
            "refusal_sent",
            Problem::OutOfRange {
                detail: "on or before as_of".into(),
            },
        );
    }
    if let (Some(a), Some(b)) = (input.force_majeure_from, input.force_majeure_to) {
        v.check(
            b < a,
            "force_majeure_to",
            Problem::BeforeOther {
                other: "force_majeure_from".into(),
            },
        );
    }
    v.finish()?;
    let Some(group) = group else {
        return Err(crate::error::EngineError::field("group", Problem::Missing));
    };
    let zone = group.zone.clone();
    let mut out = Outcome::new("ru-deadlines");
    group.describe(&mut out)?;
    group.lint(&mut out)?;
    out.event(input.as_of, EventKind::Event, "as-of");
    if let Some(app) = input.application_date {
        let due = payment::pay_deadline(app, &group, &mut out)?;
        if let Some(first) = input.payments.iter().map(|p| p.date).min() {
            if first > due {
                out.warn(Notice::new(
                    "payment-after-deadline",
                    format!("The first payment ({first}) came after the 1.4 deadline ({due}); the provider accepted it, so the contract is concluded."),
                    vec![Field::new("paid", Value::Date(first)), Field::new("deadline", zone.deadline(due))],
                ));
            }
        }
        for (i, p) in input.payments.iter().enumerate() {
            if p.date < app {
                out.warn(Notice::new(
                    "payment-before-application",
                    format!("Payment {} is dated {}, before the application ({app}): check the dates (offer 1.4 has the payment follow the application).", i.saturating_add(1), p.date),
                    vec![Field::new("payment-date", Value::Date(p.date)), Field::new("application", Value::Date(app))],
                ));
            }
        }
        for n in calendar::coverage_notices(Jurisdiction::Ru, app, due) {
            out.warn(n);
        }
    }
    let concluded = payment::concluded(&input.payments, &mut out);
    payment::terms_conflict(&group, &mut out);
    let window = refusal::window(&group, &mut out)?;
    let last_meeting = group.last_meeting()?;
    let mut refused = None;
    if let Some(concluded) = concluded {
        if let Some(sent) = input.refusal_sent {
            let r = notice::receipt(input.channel, sent, input.received_at, &zone, &mut out)?;
            let timings = refusal::classify(&window, sent, r.contract, r.actual, &zone, &mut out)?;
            if timings.receipt_reading != timings.governing {
                out.figure(
                    "timing-receipt-reading",
                    Value::code(timings.receipt_reading.code()),
                    "RU-REFUSAL-WINDOW",
                    cite::NOTICE,
                    Basis::Contract,
                );
            }
            out.figure(
                "timing",
                Value::code(timings.governing.code()),
                "RU-REFUSAL-WINDOW",
                cite::WINDOW,
                Basis::Contract,
            );
            let from = effective_receipt_day(r.contract.date(), concluded, &mut out);
            // Actual delivery: the entered moment, else the sending moment (revised 2026-11-30).
            let actual = r.actual.date().max(concluded);
            let due = refund_deadline_with(from, actual, input.reason, &zone, &mut out)?;
            refund_deadline_delivery(from, actual, &zone, &mut out)?;
            super::limitation::limitation(
                due,
                super::limitation::Interruptions::default(),
                &zone,
                &mut out,
            )?;
            flag_payments_after_refusal(&input.payments, from, &mut out);
            refused = Some(from);
        }
    }
    let states = payment::schedule_until(&group, &input.payments, input.as_of, refused, &mut out)?;
    // Deadlines already met are not "next": the payment deadline once the contract is concluded,
    // an instalment once paid (or no longer due after the refusal).
    let mut met: Vec<String> = Vec::new();
    if concluded.is_some() {
        met.push("payment-deadline".into());
    }
    // A refusal already sent: the window's deadlines are behind the participant, not ahead.
    if refused.is_some() {
        met.push("refusal-send-deadline".into());
        met.push("refusal-send-deadline-receipt-reading".into());
        met.push("service-start".into());
    }
    for (i, st) in states.iter().enumerate() {
        if *st != payment::InstalmentState::Due && *st != payment::InstalmentState::Late {
            met.push(format!("instalment-{}-due", i.saturating_add(1)));
        }
    }
    if let Some(fm) = input.force_majeure_from {
        force_majeure::right_arises(fm, input.force_majeure_to, None, &zone, &mut out)?;
        if let Some(to) = input.force_majeure_to {
            let refund_deadline = out.deadlines.iter().find_map(|f| match f.value {
                Value::Deadline { date, .. } if f.key == "refund-deadline" => Some(date),
                _ => None,
            });
            force_majeure::extension(
                fm,
                to,
                force_majeure::Prevented {
                    period_end: last_meeting,
                    refund_deadline: refund_deadline
                        .filter(|_| input.refund_prevented_by_force_majeure),
                    notice_given: input.force_majeure_notice_given,
                },
                &zone,
                &mut out,
            )?;
        }
    }
    if let Some(req) = input.support_request_received {
        support::support_deadline(req, &zone, &mut out)?;
    }
    // RU-DATA-RETENTION: a refusal ends the contract when it is received (ГК 450.1 п. 1), unless
    // the contract had already ended with the last meeting.
    let ended_by_refusal = refused.map(|r| r.min(last_meeting));
    let end = input
        .contract_end
        .or(ended_by_refusal)
        .unwrap_or(last_meeting);
    match (input.contract_end, ended_by_refusal) {
        (Some(_), _) => {}
        (None, Some(r)) => out.assume(Notice::new(
            "contract-end-refusal-received",
            "The contract is taken to end when the refusal was received (ГК 450.1 п. 1): the data-retention dates count from then.",
            vec![Field::new("contract-end", Value::Date(r))],
        )),
        (None, None) => out.assume(Notice::new(
            "contract-end-last-meeting",
            "The contract is taken to end with the last meeting (performance).",
            vec![Field::new("contract-end", Value::Date(last_meeting))],
        )),
    }
    let recording = input.recording_date.unwrap_or(last_meeting);
    retention::retention(end, recording, &zone, &mut out)?;
    out.headline = match concluded {
        None if input.application_date.is_none() && input.refusal_sent.is_none() => {
            Notice::new(
                "deadlines-needs-input",
                "Enter the day of the application or the payments made: the deadlines are counted from them. Before any payment there is no contract (offer 1.4, 1.5).",
                Vec::new(),
            )
        }
        None if input.application_date.is_some() => next_deadline(&out, input.as_of, &met),
        None => payment::not_concluded_headline(),
        Some(_) => next_deadline(&out, input.as_of, &met),
    };
    Ok(out)
}

/// The headline: a refund deadline that has passed (never skipped silently), else the earliest
/// deadline on or after "as of" that is not already met (`met` keys).
pub(crate) fn next_deadline(out: &Outcome, as_of: NaiveDate, met: &[String]) -> Notice {
    let refund_passed = out.deadlines.iter().find_map(|f| match &f.value {
        Value::Deadline { date, .. } if f.key == "refund-deadline" && *date < as_of => {
            Some((*date, f.value.clone()))
        }
        _ => None,
    });
    if let Some((date, value)) = refund_passed {
        return Notice::new(
            "refund-deadline-passed",
            format!("The refund deadline ({date}) has passed: if the refund has not been paid, it is late and late interest (or the breach penalty) runs from the day after."),
            vec![
                Field::new("key", Value::code("refund-deadline")),
                Field::new("date", value),
            ],
        );
    }
    let next = out
        .deadlines
        .iter()
        .filter_map(|f| match &f.value {
            Value::Deadline { date, .. } => Some((*date, f)),
            Value::Moment { local, .. } => Some((local.date(), f)),
            _ => None,
        })
        .filter(|(d, f)| {
            *d >= as_of
                && !f.key.ends_with("-contract")
                && !f.key.ends_with("-law")
                && !f.key.ends_with("-receipt-reading")
                && !f.key.ends_with("-delivery")
                && !met.contains(&f.key)
        })
        .min_by_key(|(d, _)| *d);
    match next {
        Some((date, f)) => Notice::new(
            "next-deadline",
            format!("Next: {} on {date}.", f.key),
            vec![
                Field::new("key", Value::code(f.key.clone())),
                Field::new("date", f.value.clone()),
            ],
        ),
        None => Notice::new(
            "no-deadline-ahead",
            "No deadline lies ahead of the as-of date.",
            Vec::new(),
        ),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::ru_intervision::testing::{d, moscow};

    /// RU-REFUND-DEADLINE — offer 6.5: received Fri 2025-12-26 → 10 working days → 2026-01-21.
    #[test]
    fn contract_term_working_days() {
        let mut out = Outcome::new("t");
        assert_eq!(
            refund_deadline(d(2025, 12, 26), Reason::OwnChoice, &moscow(), &mut out).unwrap(),
            d(2026, 1, 21)
        );
    }

    fn input(as_of: NaiveDate) -> DeadlinesInput {
        DeadlinesInput {
            group: None,
            application_date: Some(d(2026, 3, 20)),
            payments: vec![Payment {
                amount: crate::money::Rub(rust_decimal::Decimal::new(6800, 0)),
                date: d(2026, 3, 21),
            }],
            as_of,
            refusal_sent: None,
            channel: Channel::Email,
            received_at: None,
            reason: Reason::OwnChoice,
            support_request_received: None,
            contract_end: None,
            recording_date: None,
            force_majeure_from: None,
            force_majeure_to: None,
            force_majeure_notice_given: None,
            refund_prevented_by_force_majeure: false,
        }
    }

    /// Regression: the headline pointed to a payment deadline already met, a refusal did not end
    /// the contract for the retention dates, and a passed refund deadline was skipped silently.
    #[test]
    fn refusal_ends_contract_and_headline_is_honest() {
        let o = deadlines(&input(d(2026, 3, 23))).unwrap();
        assert_ne!(
            o.headline.params.first().map(|f| f.value.clone()),
            Some(Value::code("payment-deadline"))
        );
        let mut i = input(d(2026, 5, 20));
        i.refusal_sent = Some(d(2026, 4, 1).and_hms_opt(10, 0, 0).unwrap());
        let o = deadlines(&i).unwrap();
        assert_eq!(o.headline.code, "refund-deadline-passed");
        assert!(o
            .assumptions
            .iter()
            .any(|a| a.code == "contract-end-refusal-received"));
        let mut i = input(d(2026, 3, 25));
        i.refusal_sent = Some(d(2026, 4, 1).and_hms_opt(10, 0, 0).unwrap());
        assert!(deadlines(&i).is_err());
        // Regression: a payment dated before the application passed without a word.
        let mut i = input(d(2026, 3, 25));
        i.application_date = Some(d(2026, 3, 22));
        let o = deadlines(&i).unwrap();
        assert!(o
            .warnings
            .iter()
            .any(|w| w.code == "payment-before-application"));
    }

    /// RU-BREACH — ЗоЗПП 31: 10 calendar days → 2026-01-05 is non-working → 2026-01-12.
    #[test]
    fn breach_term_calendar_days_rolled() {
        let mut out = Outcome::new("t");
        assert_eq!(
            refund_deadline(d(2025, 12, 26), Reason::ProviderBreach, &moscow(), &mut out).unwrap(),
            d(2026, 1, 12)
        );
        assert!(out
            .timeline
            .iter()
            .any(|e| e.kind == EventKind::RestDay && e.date == d(2026, 1, 5)));
        // The governing deadline is the law's here, and cites the law, not the contract's 6.5.
        let governing_citation = |o: &Outcome| {
            o.deadlines
                .iter()
                .find(|f| f.key == "refund-deadline")
                .map(|f| f.citation.clone())
        };
        assert_eq!(
            governing_citation(&out).as_deref(),
            Some(cite::BREACH_DEADLINE)
        );
        let mut own = Outcome::new("t");
        refund_deadline(d(2025, 12, 26), Reason::OwnChoice, &moscow(), &mut own).unwrap();
        assert_eq!(
            governing_citation(&own).as_deref(),
            Some(cite::REFUND_DEADLINE)
        );
    }
}
