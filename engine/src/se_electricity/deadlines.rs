//! `se-deadlines` — the dated rules of the terms: due date (4.1), termination (6.1), terms change
//! (1.2, 6.2), fixed-term notice (6.1), disconnection (5.2, 5.3), security (4.4), supplier switch
//! (2.6, 2.10, 2.11), early exit (5.5), disputes (7.4) and billing frequency (3.3).
//!
//! Every sub-question is optional: a form asks only what the person needs, and each one answered
//! adds its figures, deadlines and trace steps.

use super::collection::CollectionCaps;
use super::{
    check_date, check_non_negative, check_opt_date, cite, kr, record_rolled, sek, Note, RollRule,
};
use crate::error::{Problem, Result, Validator};
use crate::money::Sek;
use crate::outcome::{Basis, EventKind, Field, Notice, Outcome, Step, Value};
use crate::period::{add_months, days_after, days_before, Zone};
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use serde::Deserialize;

/// SE-DUE-DATE: an invoice's sending day, and optionally the due date printed on it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct DueDateInput {
    /// The day the supplier sent the invoice.
    pub invoice_sent: NaiveDate,
    /// The due date the invoice states, to check it.
    #[serde(default)]
    pub stated_due_date: Option<NaiveDate>,
}

/// SE-TERMS-CHANGE: the special notice of new terms or prices.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct TermsChangeInput {
    /// The day the special notice was sent.
    pub notice_sent: NaiveDate,
    /// The day the new terms are said to apply from, if stated.
    #[serde(default)]
    pub stated_effective: Option<NaiveDate>,
}

/// SE-FIXED-TERM-NOTICE: a fixed-term contract's end.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct FixedTermInput {
    /// The day the fixed term ends.
    pub term_end: NaiveDate,
    /// The day the supplier's information about the end arrived, to check it.
    #[serde(default)]
    pub information_received: Option<NaiveDate>,
}

/// SE-DISCONNECT: the payment demand after the rectification period, and the blocking conditions.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct DisconnectionInput {
    /// The day the consumer was served the demand to pay (after the rectification period).
    pub served: NaiveDate,
    /// The consumer has paid.
    #[serde(default)]
    pub paid: bool,
    /// The claim is disputed (a legally relevant objection on the merits).
    #[serde(default)]
    pub disputed: bool,
    /// Social services told the supplier in writing, within the 3 weeks, that they take over the debt.
    #[serde(default)]
    pub social_services_took_over: bool,
    /// Disconnecting risks more than minor personal injury or extensive damage to property.
    #[serde(default)]
    pub injury_risk: bool,
}

/// SE-SECURITY: a security the supplier asks for.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct SecurityInput {
    /// Estimated charges for one month of supply, kr.
    pub estimated_monthly_charges: Sek,
    /// The security asked for, kr.
    #[serde(default)]
    pub requested: Option<Sek>,
    /// The day the security was provided.
    #[serde(default)]
    pub provided_on: Option<NaiveDate>,
    /// The consumer has paid on time since it was provided.
    #[serde(default)]
    pub paid_on_time: Option<bool>,
}

/// SE-SWITCH: a change of supplier.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct SwitchInput {
    /// The agreed day supply by the new supplier starts.
    #[serde(default)]
    pub supply_start: Option<NaiveDate>,
    /// The day the consumer complained that the switch went wrong.
    #[serde(default)]
    pub complaint_made: Option<NaiveDate>,
    /// Metering points affected (for the minimum compensation).
    #[serde(default)]
    pub metering_points: Option<u32>,
    /// Occasions of damage (for the minimum compensation).
    #[serde(default)]
    pub occasions: Option<u32>,
    /// The consumer's proven damage, kr, if larger than the minimum.
    #[serde(default)]
    pub proven_damage: Option<Sek>,
}

/// SE-EARLY-EXIT: leaving a fixed-term contract early. Only the inputs the contract and the
/// supplier give; the engine never invents a loss.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct EarlyExitInput {
    /// The day the consumer leaves (the new supplier starts).
    pub exit_date: NaiveDate,
    /// The day the fixed term would have ended.
    pub term_end: NaiveDate,
    /// The loss the supplier shows it suffers over the remaining term, kr.
    #[serde(default)]
    pub shown_loss: Option<Sek>,
    /// The compensation the supplier claims, kr.
    #[serde(default)]
    pub claimed: Option<Sek>,
    /// The contract's own formula: kr per remaining (started) month.
    #[serde(default)]
    pub formula_per_month: Option<Sek>,
}

/// SE-DISPUTE: a dispute before ARN, a court or another body.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct DisputeInput {
    /// The dispute is pending (not finally decided).
    pub pending: bool,
    /// The disputed amount, kr.
    #[serde(default)]
    pub disputed_amount: Option<Sek>,
    /// The part both agree the consumer owes, kr.
    #[serde(default)]
    pub undisputed_amount: Option<Sek>,
}

/// SE-BILLING-FREQ: how often the supplier must invoice.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct BillingFrequencyInput {
    /// The consumer asked for monthly invoices.
    #[serde(default)]
    pub monthly_requested: bool,
    /// The day of the last invoice.
    #[serde(default)]
    pub last_invoice: Option<NaiveDate>,
}

/// SE-REMINDER-FEE: the fees a supplier charged a late-paying consumer for collecting an invoice.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ReminderFeeInput {
    /// The due date printed on the invoice (rolled forward before a reminder may be sent).
    pub due_date: NaiveDate,
    /// The day the written payment reminder was sent.
    #[serde(default)]
    pub reminder_sent: Option<NaiveDate>,
    /// The fee charged for it, kr.
    #[serde(default)]
    pub reminder_fee: Option<Sek>,
    /// The day an inkassokrav (a collection letter, inkassolagen 5 §) was sent.
    #[serde(default)]
    pub inkassokrav_sent: Option<NaiveDate>,
    /// The fee charged for it, kr.
    #[serde(default)]
    pub inkassokrav_fee: Option<Sek>,
    /// The fee charged for a written amortisation plan agreed with the consumer, kr.
    #[serde(default)]
    pub amortisation_plan_fee: Option<Sek>,
    /// A dispute about the debt is pending (villkor 7.4: no collection meanwhile).
    #[serde(default)]
    pub dispute_pending: bool,
}

/// Input of `se-deadlines`: each field is one optional question.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct DeadlinesInput {
    /// SE-DUE-DATE.
    #[serde(default)]
    pub due_date: Option<DueDateInput>,
    /// SE-TERMINATION: the day the consumer gave notice of termination.
    #[serde(default)]
    pub termination_notice: Option<NaiveDate>,
    /// SE-TERMS-CHANGE.
    #[serde(default)]
    pub terms_change: Option<TermsChangeInput>,
    /// SE-FIXED-TERM-NOTICE.
    #[serde(default)]
    pub fixed_term: Option<FixedTermInput>,
    /// SE-DISCONNECT.
    #[serde(default)]
    pub disconnection: Option<DisconnectionInput>,
    /// SE-SECURITY.
    #[serde(default)]
    pub security: Option<SecurityInput>,
    /// SE-SWITCH.
    #[serde(default)]
    pub switch: Option<SwitchInput>,
    /// SE-EARLY-EXIT.
    #[serde(default)]
    pub early_exit: Option<EarlyExitInput>,
    /// SE-DISPUTE.
    #[serde(default)]
    pub dispute: Option<DisputeInput>,
    /// SE-BILLING-FREQ.
    #[serde(default)]
    pub billing_frequency: Option<BillingFrequencyInput>,
    /// SE-REMINDER-FEE.
    #[serde(default)]
    pub reminder_fee: Option<ReminderFeeInput>,
}

fn validate(i: &DeadlinesInput) -> Result<()> {
    let mut v = Validator::new();
    if let Some(d) = &i.due_date {
        check_date(&mut v, "due_date.invoice_sent", d.invoice_sent);
        check_opt_date(&mut v, "due_date.stated_due_date", d.stated_due_date);
    }
    check_opt_date(&mut v, "termination_notice", i.termination_notice);
    if let Some(t) = &i.terms_change {
        check_date(&mut v, "terms_change.notice_sent", t.notice_sent);
        check_opt_date(&mut v, "terms_change.stated_effective", t.stated_effective);
        if let Some(e) = t.stated_effective {
            v.check(
                e < t.notice_sent,
                "terms_change.stated_effective",
                Problem::BeforeOther {
                    other: "terms_change.notice_sent".into(),
                },
            );
        }
    }
    if let Some(f) = &i.fixed_term {
        check_date(&mut v, "fixed_term.term_end", f.term_end);
        check_opt_date(
            &mut v,
            "fixed_term.information_received",
            f.information_received,
        );
    }
    if let Some(d) = &i.disconnection {
        check_date(&mut v, "disconnection.served", d.served);
    }
    if let Some(s) = &i.security {
        check_non_negative(
            &mut v,
            "security.estimated_monthly_charges",
            s.estimated_monthly_charges.0,
        );
        if let Some(r) = s.requested {
            check_non_negative(&mut v, "security.requested", r.0);
        }
        check_opt_date(&mut v, "security.provided_on", s.provided_on);
    }
    if let Some(s) = &i.switch {
        check_opt_date(&mut v, "switch.supply_start", s.supply_start);
        check_opt_date(&mut v, "switch.complaint_made", s.complaint_made);
        v.check(
            s.metering_points == Some(0),
            "switch.metering_points",
            Problem::NotPositive,
        );
        v.check(
            s.occasions == Some(0),
            "switch.occasions",
            Problem::NotPositive,
        );
        for (field, n) in [
            ("switch.metering_points", s.metering_points),
            ("switch.occasions", s.occasions),
        ] {
            v.check(
                n.is_some_and(|n| n > 10_000),
                field,
                Problem::OutOfRange {
                    detail: "1–10 000".into(),
                },
            );
        }
        if let Some(p) = s.proven_damage {
            check_non_negative(&mut v, "switch.proven_damage", p.0);
        }
    }
    if let Some(e) = &i.early_exit {
        check_date(&mut v, "early_exit.exit_date", e.exit_date);
        check_date(&mut v, "early_exit.term_end", e.term_end);
        v.check(
            e.term_end < e.exit_date,
            "early_exit.term_end",
            Problem::BeforeOther {
                other: "early_exit.exit_date".into(),
            },
        );
        for (field, a) in [
            ("early_exit.shown_loss", e.shown_loss),
            ("early_exit.claimed", e.claimed),
            ("early_exit.formula_per_month", e.formula_per_month),
        ] {
            if let Some(a) = a {
                check_non_negative(&mut v, field, a.0);
            }
        }
    }
    if let Some(d) = &i.dispute {
        for (field, a) in [
            ("dispute.disputed_amount", d.disputed_amount),
            ("dispute.undisputed_amount", d.undisputed_amount),
        ] {
            if let Some(a) = a {
                check_non_negative(&mut v, field, a.0);
            }
        }
    }
    if let Some(b) = &i.billing_frequency {
        check_opt_date(&mut v, "billing_frequency.last_invoice", b.last_invoice);
    }
    if let Some(r) = &i.reminder_fee {
        check_date(&mut v, "reminder_fee.due_date", r.due_date);
        check_opt_date(&mut v, "reminder_fee.reminder_sent", r.reminder_sent);
        check_opt_date(&mut v, "reminder_fee.inkassokrav_sent", r.inkassokrav_sent);
        for (field, a) in [
            ("reminder_fee.reminder_fee", r.reminder_fee),
            ("reminder_fee.inkassokrav_fee", r.inkassokrav_fee),
            (
                "reminder_fee.amortisation_plan_fee",
                r.amortisation_plan_fee,
            ),
        ] {
            if let Some(a) = a {
                check_non_negative(&mut v, field, a.0);
            }
        }
        v.check(
            r.reminder_fee.is_some() && r.reminder_sent.is_none(),
            "reminder_fee.reminder_sent",
            Problem::Missing,
        );
        v.check(
            r.inkassokrav_fee.is_some() && r.inkassokrav_sent.is_none(),
            "reminder_fee.inkassokrav_sent",
            Problem::Missing,
        );
    }
    v.finish()
}

/// `se-deadlines`: answers every sub-question given.
///
/// ```
/// use clausecalc_engine::se_electricity::{deadlines, DeadlinesInput, DueDateInput};
/// use chrono::NaiveDate;
/// let i = DeadlinesInput {
///     due_date: Some(DueDateInput { invoice_sent: NaiveDate::from_ymd_opt(2026, 1, 5).unwrap(), stated_due_date: None }),
///     termination_notice: None, terms_change: None, fixed_term: None, disconnection: None,
///     security: None, switch: None, early_exit: None, dispute: None, billing_frequency: None,
///     reminder_fee: None,
/// };
/// let o = deadlines(&i).unwrap();
/// // Sent 5 January: + 20 days = 25 January, moved to the 28th as the main rule.
/// assert!(o.deadlines.iter().any(|d| d.key == "due-date-recommended"));
/// ```
pub fn deadlines(i: &DeadlinesInput) -> Result<Outcome> {
    validate(i)?;
    let mut out = Outcome::new("se-deadlines");
    let mut answered: Vec<&str> = Vec::new();
    if let Some(d) = &i.due_date {
        due_date(&mut out, d)?;
        answered.push("due-date");
    }
    if let Some(n) = i.termination_notice {
        termination(&mut out, n)?;
        answered.push("termination");
    }
    if let Some(t) = &i.terms_change {
        terms_change(&mut out, t)?;
        answered.push("terms-change");
    }
    if let Some(f) = &i.fixed_term {
        fixed_term_notice(&mut out, f)?;
        answered.push("fixed-term-notice");
    }
    if let Some(d) = &i.disconnection {
        disconnection(&mut out, d)?;
        answered.push("disconnection");
    }
    if let Some(s) = &i.security {
        security(&mut out, s)?;
        answered.push("security");
    }
    if let Some(s) = &i.switch {
        switch(&mut out, s)?;
        answered.push("switch");
    }
    if let Some(e) = &i.early_exit {
        early_exit(&mut out, e)?;
        answered.push("early-exit");
    }
    if let Some(d) = &i.dispute {
        dispute(&mut out, d)?;
        answered.push("dispute");
    }
    if let Some(b) = &i.billing_frequency {
        billing_frequency(&mut out, b)?;
        answered.push("billing-frequency");
    }
    if let Some(r) = &i.reminder_fee {
        reminder_fee(&mut out, r)?;
        answered.push("reminder-fee");
    }
    // A blocked disconnection is the most urgent thing to say; it set its own headline.
    if out.headline.code.is_empty() {
        out.headline = if answered.is_empty() {
            Notice::new(
                "nothing-asked",
                "Choose a question: due date, termination, terms change, disconnection, …",
                Vec::new(),
            )
        } else {
            Notice::new(
                "deadlines-computed",
                format!("Deadlines computed for: {}.", answered.join(", ")),
                answered
                    .iter()
                    .map(|a| Field::new("question", Value::code(*a)))
                    .collect(),
            )
        };
    }
    Ok(out)
}

/// SE-DUE-DATE — villkor 4.1: the due date falls at least 20 days after the invoice was sent and,
/// as a main rule, not before the 28th of the month. Interpretation: earliest lawful = sent + 20
/// days; recommended = that day moved to the 28th of its month if it falls earlier; a due date on a
/// rest day may be paid on the next working day (skuldebrevslagen 5 §), so both roll forward.
fn due_date(out: &mut Outcome, d: &DueDateInput) -> Result<()> {
    const RULE: &str = "SE-DUE-DATE";
    let citation = cite("4.1", "");
    let earliest = days_after(d.invoice_sent, 20, "due-date")?;
    let recommended = if earliest.day() < 28 {
        earliest.with_day(28).unwrap_or(earliest)
    } else {
        earliest
    };
    out.event(d.invoice_sent, EventKind::Event, "invoice-sent");
    out.step(
        Step::new(RULE, &citation)
            .input("invoice-sent", Value::Date(d.invoice_sent))
            .input("minimum-days", Value::Days(20))
            .output("earliest-lawful-due-date", Value::Date(earliest))
            .input("day-of-month", Value::Count(i64::from(earliest.day())))
            .input("main-rule-day", Value::Count(28))
            .output("recommended-due-date", Value::Date(recommended))
            .note(Note::DueDateTerm),
    );
    out.figure(
        "earliest-lawful-due-date",
        Value::Date(earliest),
        RULE,
        &citation,
        Basis::Contract,
    );
    out.figure(
        "recommended-due-date",
        Value::Date(recommended),
        RULE,
        &citation,
        Basis::Contract,
    );
    record_rolled(
        out,
        RULE,
        &citation,
        "due-date-earliest-lawful",
        earliest,
        RollRule::DueDate,
    )?;
    record_rolled(
        out,
        RULE,
        &citation,
        "due-date-recommended",
        recommended,
        RollRule::DueDate,
    )?;
    if let Some(stated) = d.stated_due_date {
        let lawful = stated >= earliest;
        let main_rule = stated.day() >= 28 || stated >= recommended;
        out.step(
            Step::new(RULE, &citation)
                .input("stated-due-date", Value::Date(stated))
                .input("earliest-lawful-due-date", Value::Date(earliest))
                .input("recommended-due-date", Value::Date(recommended))
                .output("stated-due-date-lawful", Value::Bool(lawful))
                .output("stated-due-date-follows-main-rule", Value::Bool(main_rule))
                .note(Note::DueDateCompared),
        );
        out.figure(
            "stated-due-date-lawful",
            Value::Bool(lawful),
            RULE,
            &citation,
            Basis::Contract,
        );
        if !lawful {
            out.warn(Notice::new(
                "due-date-too-early",
                format!("The stated due date {stated} is less than 20 days after the invoice was sent; the earliest lawful due date is {earliest}."),
                vec![Field::new("stated", Value::Date(stated)), Field::new("earliest", Value::Date(earliest))],
            ));
        } else if !main_rule {
            out.warn(Notice::new(
                "due-date-before-28th",
                format!("The stated due date {stated} is before the 28th: allowed, but against the main rule of villkor 4.1."),
                vec![Field::new("stated", Value::Date(stated))],
            ));
        }
        let effective = stated.max(earliest);
        record_rolled(
            out,
            RULE,
            &citation,
            "payment-deadline",
            effective,
            RollRule::DueDate,
        )?;
    }
    Ok(())
}

/// SE-TERMINATION — villkor 6.1: unless otherwise agreed, the contract ends at the latest 14 days
/// after the consumer gives notice (orally or in writing). Interpretation: the end of supply is a
/// date, not a last day for an act, so it is not rolled forward.
// QUESTION: "upphör senast 14 dagar efter" is an end of supply, not a last day for an act, so it is
// not rolled forward; a supplier could argue otherwise only to the consumer's detriment.
fn termination(out: &mut Outcome, notice: NaiveDate) -> Result<()> {
    const RULE: &str = "SE-TERMINATION";
    let citation = cite("6.1", "");
    let end = days_after(notice, 14, "termination")?;
    out.step(
        Step::new(RULE, &citation)
            .input("notice-given", Value::Date(notice))
            .output("contract-ends-at-latest", Value::Date(end))
            .note(Note::TerminationEnd),
    );
    out.assume(Notice::new(
        "termination-end-not-rolled",
        "The contract's end date is not moved off a rest day: it is not a last day for an act.",
        Vec::new(),
    ));
    out.event(notice, EventKind::Event, "termination-notice");
    out.event(end, EventKind::Deadline, "contract-ends-at-latest");
    out.deadline(
        "contract-ends-at-latest",
        Zone::Stockholm.deadline(end),
        RULE,
        &citation,
    );
    Ok(())
}

/// SE-TERMS-CHANGE — villkor 1.2, 6.2: new terms or prices apply no earlier than two months after
/// the special notice was sent; the consumer may then terminate with at most one month's notice,
/// given at least one month before the new terms apply. Interpretation: months by the same day
/// number (clamped); the consumer's last day is a backward period and is never rolled.
fn terms_change(out: &mut Outcome, t: &TermsChangeInput) -> Result<()> {
    const RULE: &str = "SE-TERMS-CHANGE";
    let citation = cite("1.2, 6.2", "");
    let earliest = add_months(t.notice_sent, 2, "terms-change")?;
    let applies = t.stated_effective.map_or(earliest, |s| s.max(earliest));
    let mut step = Step::new(RULE, &citation)
        .input("notice-sent", Value::Date(t.notice_sent))
        .output("earliest-new-terms", Value::Date(earliest));
    if let Some(s) = t.stated_effective {
        let ok = s >= earliest;
        step = step
            .input("stated-effective", Value::Date(s))
            .output("stated-effective-lawful", Value::Bool(ok));
        out.figure(
            "stated-effective-lawful",
            Value::Bool(ok),
            RULE,
            &citation,
            Basis::Contract,
        );
        if !ok {
            out.warn(Notice::new(
                "terms-change-too-early",
                format!("The new terms are said to apply from {s}, earlier than two months after the notice ({earliest}): they cannot apply before {earliest}."),
                vec![Field::new("stated", Value::Date(s)), Field::new("earliest", Value::Date(earliest))],
            ));
        }
    }
    let last_notice = add_months(applies, -1, "terms-change")?;
    out.step(
        step.output("new-terms-apply", Value::Date(applies))
            .output("consumer-termination-last-day", Value::Date(last_notice))
            .output("consumer-notice-period-max", Value::Months(1))
            .note(Note::TermsChangeNotice),
    );
    out.figure(
        "new-terms-apply",
        Value::Date(applies),
        RULE,
        &citation,
        Basis::Contract,
    );
    out.figure(
        "consumer-notice-period-max",
        Value::Months(1),
        RULE,
        &citation,
        Basis::Contract,
    );
    out.deadline(
        "consumer-termination-last-day",
        Zone::Stockholm.deadline(last_notice),
        RULE,
        &citation,
    );
    out.assume(Notice::new(
        "backward-period-not-rolled",
        "A last day counted backwards from a later date is never moved to a working day: that would shorten the notice.",
        Vec::new(),
    ));
    out.event(t.notice_sent, EventKind::Event, "terms-change-notice");
    out.event(
        last_notice,
        EventKind::Deadline,
        "consumer-termination-last-day",
    );
    out.event(applies, EventKind::Event, "new-terms-apply");
    Ok(())
}

/// SE-FIXED-TERM-NOTICE — villkor 6.1: for a fixed-term contract the supplier informs the
/// consumer about the end and its consequences no earlier than 90 and no later than 60 days before
/// it ends. Interpretation: the window [end − 90 days, end − 60 days], backward, never rolled.
fn fixed_term_notice(out: &mut Outcome, f: &FixedTermInput) -> Result<()> {
    const RULE: &str = "SE-FIXED-TERM-NOTICE";
    let citation = cite("6.1", "");
    let opens = days_before(f.term_end, 90, "fixed-term-notice")?;
    let closes = days_before(f.term_end, 60, "fixed-term-notice")?;
    let mut step = Step::new(RULE, &citation)
        .input("term-end", Value::Date(f.term_end))
        .output("information-window-opens", Value::Date(opens))
        .output("information-window-closes", Value::Date(closes));
    if let Some(r) = f.information_received {
        let inside = r >= opens && r <= closes;
        step = step
            .input("information-received", Value::Date(r))
            .output("information-in-window", Value::Bool(inside));
        out.figure(
            "information-in-window",
            Value::Bool(inside),
            RULE,
            &citation,
            Basis::Contract,
        );
        if !inside {
            out.warn(Notice::new(
                "fixed-term-information-outside-window",
                format!("The information about the end arrived on {r}, outside the window {opens} – {closes}."),
                vec![Field::new("received", Value::Date(r))],
            ));
        }
    }
    out.step(step.note(Note::FixedTermWindow));
    out.figure(
        "information-window-opens",
        Value::Date(opens),
        RULE,
        &citation,
        Basis::Contract,
    );
    out.deadline(
        "information-window-closes",
        Zone::Stockholm.deadline(closes),
        RULE,
        &citation,
    );
    out.assume(Notice::new(
        "backward-period-not-rolled",
        "A last day counted backwards from a later date is never moved to a working day: that would shorten the notice.",
        Vec::new(),
    ));
    out.event(opens, EventKind::WindowStart, "information-window-opens");
    out.event(closes, EventKind::WindowEnd, "information-window-closes");
    out.event(f.term_end, EventKind::Event, "term-end");
    Ok(())
}

/// SE-DISCONNECT — villkor 5.2, 5.3; ellagen 11 kap. 4–5 §§: after the rectification period the
/// consumer is asked to pay within three weeks of being served, and social services are told; no
/// disconnection if the consumer pays, the claim is disputed, social services take over the debt
/// in writing, or disconnecting risks personal injury. Interpretation: the 3 weeks end at 24:00 of
/// served + 21 days (rolled forward); the earliest disconnection is the day after.
fn disconnection(out: &mut Outcome, d: &DisconnectionInput) -> Result<()> {
    const RULE: &str = "SE-DISCONNECT";
    let citation = cite("5.2, 5.3", "ellagen (1997:857) 11 kap. 4–5 §§");
    let naive = days_after(d.served, 21, "disconnection")?;
    out.event(d.served, EventKind::Event, "payment-demand-served");
    let rolled = record_rolled(
        out,
        RULE,
        &citation,
        "disconnection-payment-deadline",
        naive,
        RollRule::StatutoryPeriod,
    )?;
    let earliest = rolled
        .date
        .succ_opt()
        .ok_or(crate::error::EngineError::DateOutOfRange {
            step: "disconnection",
        })?;
    let blockers: Vec<&str> = [
        (d.paid, "paid"),
        (d.disputed, "disputed"),
        (d.social_services_took_over, "social-services-took-over"),
        (d.injury_risk, "injury-risk"),
    ]
    .iter()
    .filter(|(b, _)| *b)
    .map(|(_, c)| *c)
    .collect();
    let blocked = !blockers.is_empty();
    out.assume(Notice::new(
        "disconnection-after-payment-deadline",
        "The consumer may pay until 24:00 of the last of the three weeks, so disconnection can come at the earliest the next day.",
        Vec::new(),
    ));
    let mut step = Step::new(RULE, &citation)
        .input("served", Value::Date(d.served))
        .input("paid", Value::Bool(d.paid))
        .input("disputed", Value::Bool(d.disputed))
        .input(
            "social-services-took-over",
            Value::Bool(d.social_services_took_over),
        )
        .input("injury-risk", Value::Bool(d.injury_risk))
        .output("disconnection-allowed", Value::Bool(!blocked));
    for b in &blockers {
        step = step.output("blocked-by", Value::code(*b));
    }
    out.figure(
        "disconnection-allowed",
        Value::Bool(!blocked),
        RULE,
        &citation,
        Basis::Agreed,
    );
    if blocked {
        out.step(step.note(Note::DisconnectionBlocked));
        out.headline = Notice::new(
            "disconnection-blocked",
            format!("Supply may not be disconnected: {}.", blockers.join(", ")),
            blockers
                .iter()
                .map(|b| Field::new("blocked-by", Value::code(*b)))
                .collect(),
        );
    } else {
        out.step(
            step.output("earliest-disconnection", Value::Date(earliest))
                .note(Note::DisconnectionPossible),
        );
        out.figure(
            "earliest-disconnection",
            Value::Date(earliest),
            RULE,
            &citation,
            Basis::Agreed,
        );
        out.event(earliest, EventKind::Event, "earliest-disconnection");
    }
    // QUESTION: 5.2 lifts the injury-risk block when the consumer "handlar otillbörligt"; that
    // judgement is left out (no input) and the block is always applied.
    Ok(())
}

/// SE-SECURITY — villkor 4.4: a security may not exceed four months of estimated charges and is
/// returned once the consumer has paid on time for six months after providing it.
/// Interpretation: cap = 4 × the estimated monthly charges; return date = provided + 6 months
/// (same day number), only if payment was on time.
fn security(out: &mut Outcome, s: &SecurityInput) -> Result<()> {
    const RULE: &str = "SE-SECURITY";
    let citation = cite("4.4", "");
    let cap = s
        .estimated_monthly_charges
        .mul(Decimal::from(4), "security")?;
    let mut step = Step::new(RULE, &citation)
        .input(
            "estimated-monthly-charges",
            sek(s.estimated_monthly_charges.0),
        )
        .input("months", Value::Months(4))
        .output("security-cap", sek(cap.0));
    out.figure("security-cap", sek(cap.0), RULE, &citation, Basis::Contract);
    if let Some(r) = s.requested {
        let within = r <= cap;
        step = step
            .input("requested", sek(r.0))
            .output("requested-within-cap", Value::Bool(within));
        out.figure(
            "requested-within-cap",
            Value::Bool(within),
            RULE,
            &citation,
            Basis::Contract,
        );
        if !within {
            let excess = r.sub(cap, "security")?;
            out.figure(
                "security-excess",
                sek(excess.0),
                RULE,
                &citation,
                Basis::Contract,
            );
            out.warn(Notice::new(
                "security-above-cap",
                format!("The security asked for ({} kr) exceeds four months of estimated charges ({} kr).", kr(r.0), kr(cap.0)),
                vec![Field::new("requested", sek(r.0)), Field::new("cap", sek(cap.0))],
            ));
        }
    }
    if let Some(p) = s.provided_on {
        let back = add_months(p, 6, "security")?;
        step = step
            .input("provided-on", Value::Date(p))
            .input("paid-on-time", Value::Bool(s.paid_on_time == Some(true)));
        if s.paid_on_time == Some(false) {
            step = step.output("return-due", Value::Bool(false));
        } else {
            step = step.output("security-return-date", Value::Date(back));
            out.deadline(
                "security-return-date",
                Zone::Stockholm.deadline(back),
                RULE,
                &citation,
            );
            out.event(back, EventKind::Deadline, "security-return-date");
            if s.paid_on_time.is_none() {
                out.assume(Notice::new(
                    "security-assumes-timely-payment",
                    "The return date assumes every payment in the six months is made on time.",
                    Vec::new(),
                ));
            }
        }
    }
    out.step(step.note(Note::SecurityCapAndReturn));
    Ok(())
}

/// SE-SWITCH — villkor 2.6, 2.10, 2.11: the supplier notifies the grid company at least 14 days
/// before supply starts; answers a complaint about a failed switch within 14 days; and pays at
/// least 100 kr per metering point and occasion when damage is made probable. Interpretation: the
/// notification day is a backward period (not rolled); the 14 answer days roll forward.
fn switch(out: &mut Outcome, s: &SwitchInput) -> Result<()> {
    const RULE: &str = "SE-SWITCH";
    if let Some(start) = s.supply_start {
        let citation = cite("2.6", "");
        let notify = days_before(start, 14, "switch")?;
        out.step(
            Step::new(RULE, &citation)
                .input("supply-start", Value::Date(start))
                .output("grid-notification-last-day", Value::Date(notify))
                .note(Note::SwitchNotification),
        );
        out.deadline(
            "grid-notification-last-day",
            Zone::Stockholm.deadline(notify),
            RULE,
            &citation,
        );
        out.event(notify, EventKind::Deadline, "grid-notification-last-day");
        out.event(start, EventKind::Event, "supply-start");
        out.assume(Notice::new(
            "backward-period-not-rolled",
            "A last day counted backwards from a later date is never moved to a working day: that would shorten the notice.",
            Vec::new(),
        ));
    }
    if let Some(c) = s.complaint_made {
        let citation = cite("2.10", "");
        let naive = days_after(c, 14, "switch")?;
        out.event(c, EventKind::Event, "complaint-made");
        record_rolled(
            out,
            RULE,
            &citation,
            "complaint-answer-deadline",
            naive,
            RollRule::ContractPeriod,
        )?;
    }
    if s.metering_points.is_some() || s.occasions.is_some() || s.proven_damage.is_some() {
        let citation = cite("2.11", "");
        let points = s.metering_points.unwrap_or(1);
        let occasions = s.occasions.unwrap_or(1);
        let count = u64::from(points).saturating_mul(u64::from(occasions));
        let minimum = Sek(Decimal::ONE_HUNDRED).mul(Decimal::from(count), "switch")?;
        let compensation = s
            .proven_damage
            .map_or(minimum, |p| if p > minimum { p } else { minimum });
        out.step(
            Step::new(RULE, &citation)
                .input("metering-points", Value::Count(i64::from(points)))
                .input("occasions", Value::Count(i64::from(occasions)))
                .input("minimum-per-point-and-occasion", sek(Decimal::ONE_HUNDRED))
                .input(
                    "proven-damage",
                    s.proven_damage
                        .map_or(Value::code("not-given"), |p| sek(p.0)),
                )
                .output("minimum-compensation", sek(minimum.0))
                .output("compensation", sek(compensation.0))
                .note(Note::SwitchDamages),
        );
        out.figure(
            "minimum-compensation",
            sek(minimum.0),
            RULE,
            &citation,
            Basis::Contract,
        );
        out.figure(
            "compensation",
            sek(compensation.0),
            RULE,
            &citation,
            Basis::Contract,
        );
        if s.metering_points.is_none() || s.occasions.is_none() {
            out.assume(Notice::new(
                "switch-one-point-one-occasion",
                "One metering point and one occasion were assumed where not given.",
                Vec::new(),
            ));
        }
    }
    Ok(())
}

/// SE-EARLY-EXIT — villkor 5.5: a consumer leaving a fixed-term contract early compensates the
/// supplier at most what it shows it loses over the remaining term, calculated by the principles
/// in the contract. Interpretation: the engine shows the remaining term and the cap from the
/// inputs only (shown loss; the contract's per-month formula); with no such input there is no cap
/// figure — a loss is never invented.
fn early_exit(out: &mut Outcome, e: &EarlyExitInput) -> Result<()> {
    const RULE: &str = "SE-EARLY-EXIT";
    let citation = cite("5.5", "");
    let days = crate::period::days_between(e.exit_date, e.term_end);
    let months = started_months(e.exit_date, e.term_end)?;
    let mut step = Step::new(RULE, &citation)
        .input("exit-date", Value::Date(e.exit_date))
        .input("term-end", Value::Date(e.term_end))
        .output("remaining-days", Value::Days(days))
        .output("remaining-started-months", Value::Months(months));
    out.figure(
        "remaining-days",
        Value::Days(days),
        RULE,
        &citation,
        Basis::Contract,
    );
    out.figure(
        "remaining-started-months",
        Value::Months(months),
        RULE,
        &citation,
        Basis::Contract,
    );
    let mut cap: Option<Sek> = None;
    if let Some(per) = e.formula_per_month {
        let formula = per.mul(Decimal::from(months), "early-exit")?;
        step = step
            .input("formula-per-month", sek(per.0))
            .output("formula-amount", sek(formula.0));
        out.figure(
            "formula-amount",
            sek(formula.0),
            RULE,
            &citation,
            Basis::Contract,
        );
        cap = Some(formula);
    }
    if let Some(loss) = e.shown_loss {
        step = step.input("shown-loss", sek(loss.0));
        cap = Some(cap.map_or(loss, |c| c.min(loss)));
    }
    match cap {
        Some(c) => {
            step = step.output("compensation-cap", sek(c.0));
            out.figure("compensation-cap", sek(c.0), RULE, &citation, Basis::Contract);
            if let Some(claimed) = e.claimed {
                let within = claimed <= c;
                step = step.input("claimed", sek(claimed.0)).output("claim-within-cap", Value::Bool(within));
                out.figure("claim-within-cap", Value::Bool(within), RULE, &citation, Basis::Contract);
                if !within {
                    out.warn(Notice::new(
                        "early-exit-claim-above-cap",
                        format!("The supplier claims {} kr, more than the cap of {} kr.", kr(claimed.0), kr(c.0)),
                        vec![Field::new("claimed", sek(claimed.0)), Field::new("cap", sek(c.0))],
                    ));
                }
            }
        }
        None => out.warn(Notice::new(
            "early-exit-cap-inputs-missing",
            "Enter the loss the supplier shows, or the contract's formula, to see the cap: it is never estimated.",
            Vec::new(),
        )),
    }
    out.step(step.note(Note::EarlyExitCompensation));
    Ok(())
}

/// Started months from `from` to `to` (same day number; a part month counts as one).
pub(super) fn started_months(from: NaiveDate, to: NaiveDate) -> Result<i64> {
    if to <= from {
        return Ok(0);
    }
    let whole = i64::from(to.year())
        .checked_sub(i64::from(from.year()))
        .and_then(|y| y.checked_mul(12))
        .and_then(|m| m.checked_add(i64::from(to.month())))
        .and_then(|m| m.checked_sub(i64::from(from.month())))
        .ok_or(crate::error::EngineError::Overflow { step: "months" })?;
    let n =
        i32::try_from(whole).map_err(|_| crate::error::EngineError::Overflow { step: "months" })?;
    // `whole` months from `from` may overshoot or fall short by one because of the day number.
    let mut n = n.saturating_sub(1).max(0);
    for _ in 0..3 {
        if add_months(from, n, "months")? >= to {
            break;
        }
        n = n.saturating_add(1);
    }
    Ok(i64::from(n))
}

/// SE-DISPUTE — villkor 7.4, 5.3: while a dispute before ARN, a court or another competent body is
/// pending, the disputed debt may not be collected; the part both agree on is still payable.
/// Interpretation: `payable-now` is the undisputed part while a dispute is pending (the disputed
/// part is `payable-after-dispute`), and the whole amount given when none is pending.
fn dispute(out: &mut Outcome, d: &DisputeInput) -> Result<()> {
    const RULE: &str = "SE-DISPUTE";
    let citation = cite("7.4, 5.3", "");
    let allowed = !d.pending;
    let mut step = Step::new(RULE, &citation)
        .input("dispute-pending", Value::Bool(d.pending))
        .output("collection-allowed", Value::Bool(allowed));
    if let Some(a) = d.disputed_amount {
        step = step.input("disputed-amount", sek(a.0));
    }
    if let Some(u) = d.undisputed_amount {
        step = step.input("undisputed-amount", sek(u.0));
    }
    // Only a pending dispute postpones the disputed part; without one the whole claim is due.
    let payable_now = if d.pending {
        d.undisputed_amount
    } else {
        match (d.disputed_amount, d.undisputed_amount) {
            (Some(a), Some(u)) => Some(a.add(u, "dispute")?),
            (a, u) => a.or(u),
        }
    };
    if let Some(p) = payable_now {
        step = step.output("payable-now", sek(p.0));
        out.figure("payable-now", sek(p.0), RULE, &citation, Basis::Contract);
    }
    if let (true, Some(a)) = (d.pending, d.disputed_amount) {
        step = step.output("payable-after-dispute", sek(a.0));
        out.figure(
            "payable-after-dispute",
            sek(a.0),
            RULE,
            &citation,
            Basis::Contract,
        );
    }
    out.figure(
        "collection-allowed",
        Value::Bool(allowed),
        RULE,
        &citation,
        Basis::Contract,
    );
    out.step(step.note(if d.pending {
        Note::DisputePending
    } else {
        Note::NoDisputePending
    }));
    Ok(())
}

/// SE-BILLING-FREQ — villkor 3.3: the supplier invoices at least every quarter, monthly if the
/// consumer chooses. Interpretation: the next invoice is due no later than the last invoice + 3
/// months (or + 1 month), same day number; not rolled (it is the supplier's own rhythm).
fn billing_frequency(out: &mut Outcome, b: &BillingFrequencyInput) -> Result<()> {
    const RULE: &str = "SE-BILLING-FREQ";
    let citation = cite("3.3", "");
    let months: i32 = if b.monthly_requested { 1 } else { 3 };
    let mut step = Step::new(RULE, &citation)
        .input("monthly-requested", Value::Bool(b.monthly_requested))
        .output(
            "max-months-between-invoices",
            Value::Months(i64::from(months)),
        );
    out.figure(
        "max-months-between-invoices",
        Value::Months(i64::from(months)),
        RULE,
        &citation,
        Basis::Contract,
    );
    if let Some(last) = b.last_invoice {
        let next = add_months(last, months, "billing-frequency")?;
        step = step
            .input("last-invoice", Value::Date(last))
            .output("next-invoice-latest", Value::Date(next));
        out.deadline(
            "next-invoice-latest",
            Zone::Stockholm.deadline(next),
            RULE,
            &citation,
        );
        out.event(next, EventKind::Deadline, "next-invoice-latest");
    }
    out.step(step.note(Note::InvoiceFrequency));
    Ok(())
}

/// One collection cost: what was charged, the cap, whether a fee is allowed at all.
struct Charge<'a> {
    kind: &'a str,
    sent: Option<NaiveDate>,
    charged: Option<Sek>,
    note_ok: Note,
}

/// SE-REMINDER-FEE — villkor 4.3; lag (1981:739) om ersättning för inkassokostnader m.m. 2–4 a §§,
/// 6 §: a late-paying consumer may be charged for a written payment reminder, an inkassokrav and
/// a written amortisation plan, at most the caps of 4 § 2 st. (60 / 180 / 170 kr, a data table
/// with status *verify*). Clause 4.3 is the agreement the reminder fee needs (2 §). Interpretation:
/// a reminder or inkassokrav sent on or before the (rolled) due date earns no fee (there was no
/// delay yet); a higher fee is capped and flagged (a term for more is void, 6 §); while a
/// dispute is pending no inkassokrav may be sent (villkor 7.4), so none is allowed for it. The
/// 450 kr förseningsersättning (4 a §) is for business debtors only and never applies here.
// QUESTION: the caps are confirmed only up to SFS 2013:56 (RULES.md open question 2).
fn reminder_fee(out: &mut Outcome, r: &ReminderFeeInput) -> Result<()> {
    const RULE: &str = "SE-REMINDER-FEE";
    let citation = cite(
        "4.3, 7.4",
        "lag (1981:739) om ersättning för inkassokostnader m.m. 2 §, 4 § 2 st., 4 a §, 6 §",
    );
    let caps = CollectionCaps::shipped();
    let rolled = record_rolled(
        out,
        "SE-DUE-DATE",
        &cite("4.1", ""),
        "payment-deadline",
        r.due_date,
        RollRule::DueDate,
    )?;
    let mut total = Sek::ZERO;
    for c in [
        Charge {
            kind: "reminder",
            sent: r.reminder_sent,
            charged: r.reminder_fee,
            note_ok: Note::ReminderFeeCapped,
        },
        Charge {
            kind: "inkassokrav",
            sent: r.inkassokrav_sent,
            charged: r.inkassokrav_fee,
            note_ok: Note::ReminderFeeCapped,
        },
        Charge {
            kind: "amortisation-plan",
            sent: None,
            charged: r.amortisation_plan_fee,
            note_ok: Note::AmortisationPlanFeeCapped,
        },
    ] {
        let Some(charged) = c.charged else {
            continue;
        };
        let cap = caps.cap(c.kind);
        let mut step = Step::new(RULE, &citation)
            .input("fee-kind", Value::code(c.kind))
            .input("fee-charged", sek(charged.0))
            .input("fee-cap", sek(cap.0))
            .input("payment-deadline", Value::Date(rolled.date));
        if let Some(sent) = c.sent {
            step = step.input("fee-letter-sent", Value::Date(sent));
        }
        let before_due = c.sent.is_some_and(|s| s <= rolled.date);
        let blocked = c.kind == "inkassokrav" && r.dispute_pending;
        let allowed = if before_due || blocked {
            Sek::ZERO
        } else if charged.0 > cap.0 {
            cap
        } else {
            charged
        };
        step = step.output("fee-allowed", sek(allowed.0));
        step = if before_due {
            step.note(Note::FeeBeforeDue)
        } else if blocked {
            step.input("dispute-pending", Value::Bool(true))
                .note(Note::InkassokravWhileDisputed)
        } else {
            step.note(c.note_ok)
        };
        let excess = charged.sub(allowed, "reminder-fee")?;
        if excess.0 > Decimal::ZERO {
            step = step.output("fee-not-payable", sek(excess.0));
            out.warn(Notice::new(
                "collection-fee-not-payable",
                format!(
                    "{} fee of {} kr: only {} kr may be charged ({} kr not payable).",
                    c.kind,
                    kr(charged.0),
                    kr(allowed.0),
                    kr(excess.0)
                ),
                vec![
                    Field::new("fee-kind", Value::code(c.kind)),
                    Field::new("fee-charged", sek(charged.0)),
                    Field::new("fee-allowed", sek(allowed.0)),
                ],
            ));
        }
        out.step(step);
        out.figure(
            &format!("{}-fee-cap", c.kind),
            sek(cap.0),
            RULE,
            &citation,
            Basis::Law,
        );
        out.figure(
            &format!("{}-fee-allowed", c.kind),
            sek(allowed.0),
            RULE,
            &citation,
            Basis::Law,
        );
        total = total.add(allowed, "reminder-fee")?;
    }
    out.figure(
        "collection-fees-allowed",
        sek(total.0),
        RULE,
        &citation,
        Basis::Law,
    );
    out.warn(caps.notice());
    out.assume(Notice::new(
        "no-delay-compensation-for-consumers",
        "The 450 kr förseningsersättning (lag 1981:739 4 a §) may be charged only to a business debtor, never to a consumer: it is not added.",
        Vec::new(),
    ));
    Ok(())
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::unreachable)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn empty() -> DeadlinesInput {
        DeadlinesInput {
            due_date: None,
            termination_notice: None,
            terms_change: None,
            fixed_term: None,
            disconnection: None,
            security: None,
            switch: None,
            early_exit: None,
            dispute: None,
            billing_frequency: None,
            reminder_fee: None,
        }
    }

    fn deadline(o: &Outcome, key: &str) -> NaiveDate {
        match o.deadlines.iter().find(|f| f.key == key).unwrap().value {
            Value::Deadline { date, .. } => date,
            _ => unreachable!(),
        }
    }

    fn figure<'a>(o: &'a Outcome, key: &str) -> &'a Value {
        &o.figures.iter().find(|f| f.key == key).unwrap().value
    }

    /// SE-DUE-DATE: 28th rule and roll-forward.
    #[test]
    fn due_date_28th_and_roll() {
        let mut i = empty();
        i.due_date = Some(DueDateInput {
            invoice_sent: d(2026, 1, 5),
            stated_due_date: None,
        });
        let o = deadlines(&i).unwrap();
        assert_eq!(
            deadline(&o, "due-date-earliest-lawful"),
            d(2026, 1, 26),
            "25 Jan is a Sunday"
        );
        assert_eq!(deadline(&o, "due-date-recommended"), d(2026, 1, 28));
        i.due_date = Some(DueDateInput {
            invoice_sent: d(2026, 2, 10),
            stated_due_date: None,
        });
        let o = deadlines(&i).unwrap();
        assert_eq!(
            *figure(&o, "recommended-due-date"),
            Value::Date(d(2026, 3, 28))
        );
        assert_eq!(deadline(&o, "due-date-recommended"), d(2026, 3, 30));
    }

    /// SE-TERMINATION: 14 days, not rolled.
    #[test]
    fn termination_14_days() {
        let mut i = empty();
        i.termination_notice = Some(d(2026, 6, 5));
        assert_eq!(
            deadline(&deadlines(&i).unwrap(), "contract-ends-at-latest"),
            d(2026, 6, 19)
        );
    }

    /// SE-TERMS-CHANGE: two months, one month back.
    #[test]
    fn terms_change_windows() {
        let mut i = empty();
        i.terms_change = Some(TermsChangeInput {
            notice_sent: d(2026, 1, 31),
            stated_effective: Some(d(2026, 3, 1)),
        });
        let o = deadlines(&i).unwrap();
        assert_eq!(*figure(&o, "new-terms-apply"), Value::Date(d(2026, 3, 31)));
        assert_eq!(
            deadline(&o, "consumer-termination-last-day"),
            d(2026, 2, 28)
        );
        assert!(o
            .warnings
            .iter()
            .any(|w| w.code == "terms-change-too-early"));
    }

    /// SE-FIXED-TERM-NOTICE: [end − 90, end − 60].
    #[test]
    fn fixed_term_window() {
        let mut i = empty();
        i.fixed_term = Some(FixedTermInput {
            term_end: d(2026, 12, 31),
            information_received: Some(d(2026, 9, 1)),
        });
        let o = deadlines(&i).unwrap();
        assert_eq!(
            *figure(&o, "information-window-opens"),
            Value::Date(d(2026, 10, 2))
        );
        assert_eq!(deadline(&o, "information-window-closes"), d(2026, 11, 1));
        assert_eq!(*figure(&o, "information-in-window"), Value::Bool(false));
    }

    /// SE-DISCONNECT: 3 weeks, blocked by a dispute.
    #[test]
    fn disconnection_blocked_and_open() {
        let mut i = empty();
        let mut dc = DisconnectionInput {
            served: d(2026, 3, 2),
            paid: false,
            disputed: false,
            social_services_took_over: false,
            injury_risk: false,
        };
        i.disconnection = Some(dc.clone());
        let o = deadlines(&i).unwrap();
        assert_eq!(
            deadline(&o, "disconnection-payment-deadline"),
            d(2026, 3, 23)
        );
        assert_eq!(
            *figure(&o, "earliest-disconnection"),
            Value::Date(d(2026, 3, 24))
        );
        dc.disputed = true;
        i.disconnection = Some(dc);
        assert_eq!(
            deadlines(&i).unwrap().headline.code,
            "disconnection-blocked"
        );
    }

    /// SE-SECURITY: 4 months cap, 6 months return.
    #[test]
    fn security_cap_and_return() {
        let mut i = empty();
        i.security = Some(SecurityInput {
            estimated_monthly_charges: Sek(Decimal::new(800, 0)),
            requested: Some(Sek(Decimal::new(4000, 0))),
            provided_on: Some(d(2026, 1, 15)),
            paid_on_time: Some(true),
        });
        let o = deadlines(&i).unwrap();
        assert_eq!(
            *figure(&o, "security-cap"),
            Value::sek(Sek(Decimal::new(3200, 0)))
        );
        assert!(o.warnings.iter().any(|w| w.code == "security-above-cap"));
        assert_eq!(deadline(&o, "security-return-date"), d(2026, 7, 15));
    }

    /// SE-SWITCH: 14 days before start, 14 days to answer, 100 kr minimum.
    #[test]
    fn switch_rules() {
        let mut i = empty();
        i.switch = Some(SwitchInput {
            supply_start: Some(d(2026, 4, 1)),
            complaint_made: Some(d(2026, 4, 3)),
            metering_points: Some(2),
            occasions: Some(1),
            proven_damage: None,
        });
        let o = deadlines(&i).unwrap();
        assert_eq!(deadline(&o, "grid-notification-last-day"), d(2026, 3, 18));
        assert_eq!(deadline(&o, "complaint-answer-deadline"), d(2026, 4, 17));
        assert_eq!(
            *figure(&o, "compensation"),
            Value::sek(Sek(Decimal::new(200, 0)))
        );
    }

    /// SE-EARLY-EXIT: no cap figure without inputs; cap = min(formula, shown loss).
    #[test]
    fn early_exit_never_invents() {
        let mut i = empty();
        i.early_exit = Some(EarlyExitInput {
            exit_date: d(2026, 3, 15),
            term_end: d(2026, 12, 31),
            shown_loss: None,
            claimed: None,
            formula_per_month: None,
        });
        let o = deadlines(&i).unwrap();
        assert!(!o.figures.iter().any(|f| f.key == "compensation-cap"));
        assert_eq!(*figure(&o, "remaining-started-months"), Value::Months(10));
        i.early_exit = Some(EarlyExitInput {
            exit_date: d(2026, 3, 15),
            term_end: d(2026, 12, 31),
            shown_loss: Some(Sek(Decimal::new(900, 0))),
            claimed: Some(Sek(Decimal::new(1200, 0))),
            formula_per_month: Some(Sek(Decimal::new(100, 0))),
        });
        let o = deadlines(&i).unwrap();
        assert_eq!(
            *figure(&o, "compensation-cap"),
            Value::sek(Sek(Decimal::new(900, 0)))
        );
        assert_eq!(*figure(&o, "claim-within-cap"), Value::Bool(false));
    }

    /// SE-DISPUTE: no collection while pending; the undisputed part stays payable.
    #[test]
    fn dispute_blocks_collection() {
        let mut i = empty();
        i.dispute = Some(DisputeInput {
            pending: true,
            disputed_amount: None,
            undisputed_amount: Some(Sek(Decimal::new(300, 0))),
        });
        let o = deadlines(&i).unwrap();
        assert_eq!(*figure(&o, "collection-allowed"), Value::Bool(false));
        assert_eq!(
            *figure(&o, "payable-now"),
            Value::sek(Sek(Decimal::new(300, 0)))
        );
        i.dispute = Some(DisputeInput {
            pending: false,
            disputed_amount: None,
            undisputed_amount: None,
        });
        assert_eq!(
            *figure(&deadlines(&i).unwrap(), "collection-allowed"),
            Value::Bool(true)
        );
    }

    /// SE-DISPUTE: without a pending dispute the whole amount is payable now. Regression:
    /// payable-now showed only the undisputed part although nothing postponed the rest.
    #[test]
    fn no_dispute_pending_everything_payable() {
        let mut i = empty();
        i.dispute = Some(DisputeInput {
            pending: false,
            disputed_amount: Some(Sek(Decimal::new(1800, 0))),
            undisputed_amount: Some(Sek(Decimal::new(400, 0))),
        });
        let o = deadlines(&i).unwrap();
        assert_eq!(
            *figure(&o, "payable-now"),
            Value::sek(Sek(Decimal::new(2200, 0)))
        );
        assert!(!o.figures.iter().any(|f| f.key == "payable-after-dispute"));
        i.dispute = Some(DisputeInput {
            pending: true,
            disputed_amount: Some(Sek(Decimal::new(1800, 0))),
            undisputed_amount: Some(Sek(Decimal::new(400, 0))),
        });
        let o = deadlines(&i).unwrap();
        assert_eq!(
            *figure(&o, "payable-now"),
            Value::sek(Sek(Decimal::new(400, 0)))
        );
        assert_eq!(
            *figure(&o, "payable-after-dispute"),
            Value::sek(Sek(Decimal::new(1800, 0)))
        );
    }

    /// SE-BILLING-FREQ: quarterly by default, monthly on request.
    #[test]
    fn billing_frequency_quarterly_or_monthly() {
        let mut i = empty();
        i.billing_frequency = Some(BillingFrequencyInput {
            monthly_requested: false,
            last_invoice: Some(d(2026, 1, 31)),
        });
        assert_eq!(
            deadline(&deadlines(&i).unwrap(), "next-invoice-latest"),
            d(2026, 4, 30)
        );
        i.billing_frequency = Some(BillingFrequencyInput {
            monthly_requested: true,
            last_invoice: Some(d(2026, 1, 31)),
        });
        assert_eq!(
            deadline(&deadlines(&i).unwrap(), "next-invoice-latest"),
            d(2026, 2, 28)
        );
    }

    /// No question asked: a headline saying so, no error.
    #[test]
    fn nothing_asked() {
        assert_eq!(deadlines(&empty()).unwrap().headline.code, "nothing-asked");
    }

    #[test]
    fn started_months_counts_part_months() {
        assert_eq!(started_months(d(2026, 1, 31), d(2026, 2, 28)).unwrap(), 1);
        assert_eq!(started_months(d(2026, 1, 31), d(2026, 3, 1)).unwrap(), 2);
        assert_eq!(started_months(d(2026, 1, 15), d(2026, 1, 15)).unwrap(), 0);
        assert_eq!(started_months(d(2025, 1, 15), d(2026, 1, 16)).unwrap(), 13);
    }

    /// SE-REMINDER-FEE: capped at the table's 60 kr, flagged, and the caps' status shown.
    #[test]
    fn reminder_fee_capped_and_flagged() {
        let mut i = empty();
        i.reminder_fee = Some(ReminderFeeInput {
            due_date: d(2026, 1, 28),
            reminder_sent: Some(d(2026, 2, 5)),
            reminder_fee: Some(Sek(Decimal::new(100, 0))),
            inkassokrav_sent: None,
            inkassokrav_fee: None,
            amortisation_plan_fee: None,
            dispute_pending: false,
        });
        let o = deadlines(&i).unwrap();
        assert_eq!(
            figure(&o, "reminder-fee-allowed"),
            &sek(Decimal::new(60, 0))
        );
        assert!(o
            .warnings
            .iter()
            .any(|w| w.code == "collection-fee-not-payable"));
        assert!(o
            .warnings
            .iter()
            .any(|w| w.code == "collection-caps-to-verify"));
    }
}
