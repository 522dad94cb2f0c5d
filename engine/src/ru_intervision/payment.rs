//! Payments: the acceptance deadline (1.4), when the contract is concluded (1.5, 5.1.1) and the
//! instalment schedule of Appendix 1.

use super::cite;
use super::group::GroupParams;
use super::Note;
use crate::calendar::Jurisdiction;
use crate::error::{Problem, Result, Validator};
use crate::money::Rub;
use crate::outcome::{Basis, EventKind, Field, Notice, Outcome, Step, Table, Value};
use crate::period::{self, Rolled};
use chrono::{NaiveDate, NaiveDateTime};
use serde::Deserialize;

/// A payment the participant made.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Payment {
    /// Amount, ₽.
    pub amount: Rub,
    /// The day it reached the provider (or the payment system confirmed it).
    pub date: NaiveDate,
}

/// Days from the application within which payment (acceptance) is due (offer 1.4).
pub const PAY_DAYS: u32 = 5;

/// Validates payments: amounts above zero, dates not after `as_of`.
pub fn validate(payments: &[Payment], as_of: NaiveDate, v: &mut Validator) {
    for (i, p) in payments.iter().enumerate() {
        v.check(
            !p.amount.0.is_sign_positive() || p.amount.0.is_zero(),
            format!("payments.{i}.amount"),
            Problem::NotPositive,
        );
        v.check(
            p.date > as_of,
            format!("payments.{i}.date"),
            Problem::OutOfRange {
                detail: "on or before as_of".into(),
            },
        );
    }
}

/// The total paid.
pub fn total(payments: &[Payment]) -> Result<Rub> {
    Rub::sum(payments.iter().map(|p| p.amount), "paid")
}

/// Rest days a deadline passed over, on the timeline and as a step input list.
pub(crate) fn mark_rest_days(rolled: &Rolled, out: &mut Outcome) {
    for (date, _) in &rolled.skipped {
        rest_day(*date, out);
    }
}

/// Puts a rest day on the timeline once, however many deadlines passed over it.
pub(crate) fn rest_day(date: NaiveDate, out: &mut Outcome) {
    if !out
        .timeline
        .iter()
        .any(|e| e.date == date && e.kind == EventKind::RestDay)
    {
        out.event(date, EventKind::RestDay, "rest-day");
    }
}

/// RU-PAY-DEADLINE — offer 1.4: payment (acceptance) no later than 5 calendar days from the
/// application. Counted from the day after the application (ГК 191); a last day that is not a
/// working day rolls to the next working day of the production calendar (ГК 193).
///
/// Revised 2026-11-30: the offer lapses at the start of services (1.3, RU-OFFER-LAPSE), so when
/// the rolled last day falls at or after the start date the deadline shown is the start moment
/// itself, and the trace says why.
pub fn pay_deadline(
    application: NaiveDate,
    group: &GroupParams,
    out: &mut Outcome,
) -> Result<NaiveDate> {
    let naive = period::days_after(application, PAY_DAYS, "pay-deadline")?;
    let rolled = period::roll_forward(Jurisdiction::Ru, naive)?;
    let mut step = Step::new("RU-PAY-DEADLINE", cite::PAY)
        .input("application", Value::Date(application))
        .input("days", Value::Days(i64::from(PAY_DAYS)))
        .output("last-day-before-roll", Value::Date(naive));
    for v in rolled.skipped_values() {
        step = step.input("rest-day", v);
    }
    out.step(
        step.output("payment-deadline", group.zone.deadline(rolled.date))
            .note(Note::PaymentTerm),
    );
    mark_rest_days(&rolled, out);
    out.event(application, EventKind::Event, "application");
    let start = group.start()?;
    if rolled.date >= start.date() {
        out.step(
            Step::new("RU-PAY-DEADLINE", cite::OFFER_LAPSE)
                .input("payment-deadline-1-4", group.zone.deadline(rolled.date))
                .input("service-start", group.zone.moment(start))
                .output("payment-deadline", group.zone.moment(start))
                .note(Note::PaymentDeadlineAtStart),
        );
        out.deadline(
            "payment-deadline",
            group.zone.moment(start),
            "RU-PAY-DEADLINE",
            cite::OFFER_LAPSE,
        );
        out.event(start.date(), EventKind::Deadline, "payment-deadline");
        return Ok(start.date());
    }
    out.deadline(
        "payment-deadline",
        group.zone.deadline(rolled.date),
        "RU-PAY-DEADLINE",
        cite::PAY,
    );
    out.event(rolled.date, EventKind::Deadline, "payment-deadline");
    Ok(rolled.date)
}

/// Whether the first payment accepted the offer (RU-OFFER-LAPSE).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Acceptance {
    /// It arrived strictly before the start: the contract is concluded (RU-CONCLUDED).
    Accepted,
    /// It arrived at or after the start, when the offer had lapsed: no contract.
    Lapsed,
    /// It arrived late, but the provider admitted the participant: concluded by conduct.
    AdmittedByConduct,
}

/// The moment the first payment arrived, for RU-OFFER-LAPSE: the entered moment, else its date
/// (a date before or after the start date decides on its own); `None` when only the start date
/// itself is known and the time is needed.
pub fn first_arrival(
    payments: &[Payment],
    arrived_at: Option<NaiveDateTime>,
    group: &GroupParams,
) -> Result<Option<NaiveDateTime>> {
    let Some(first) = payments.iter().map(|p| p.date).min() else {
        return Ok(None);
    };
    if let Some(at) = arrived_at {
        return Ok(Some(at));
    }
    let start = group.start()?;
    Ok(if first == start.date() {
        None
    } else {
        Some(first.and_time(chrono::NaiveTime::MIN))
    })
}

/// RU-OFFER-LAPSE — offer 1.3, 1.5; ГК 438 п. 3, 1102, 1107 п. 2 (new 2026-11-30): the offer is
/// open only "до момента начала оказания услуг", so a first payment arriving at or after the start
/// of the first meeting is no acceptance.
///
/// Interpretation: arrival is the earlier of crediting and the payment system's confirmation (1.5),
/// entered as the payment's date (and, on the start date, its time); strictly before the start →
/// RU-CONCLUDED. Lapsed: no contract, section 6 does not apply, the whole payment is returnable
/// (ГК 1102). If the provider admitted the participant anyway, the contract is concluded by that
/// conduct (ГК 438 п. 3), flagged. Later instalments are unaffected.
pub fn offer_acceptance(
    arrival: NaiveDateTime,
    admitted: bool,
    group: &GroupParams,
    out: &mut Outcome,
) -> Result<Acceptance> {
    let start = group.start()?;
    let acceptance = if arrival < start {
        Acceptance::Accepted
    } else if admitted {
        Acceptance::AdmittedByConduct
    } else {
        Acceptance::Lapsed
    };
    let note = match acceptance {
        Acceptance::Accepted => Note::OfferOpenUntilStart,
        Acceptance::Lapsed => Note::OfferLapsed,
        Acceptance::AdmittedByConduct => Note::AdmittedByConduct,
    };
    out.step(
        Step::new("RU-OFFER-LAPSE", cite::OFFER_LAPSE)
            .input("first-payment-arrived", group.zone.moment(arrival))
            .input("service-start", group.zone.moment(start))
            .input("admitted", Value::Bool(admitted))
            .output(
                "offer-accepted",
                Value::Bool(acceptance != Acceptance::Lapsed),
            )
            .note(note),
    );
    if acceptance == Acceptance::AdmittedByConduct {
        out.warn(Notice::new(
            "offer-lapsed-admitted",
            "The first payment arrived after the offer had lapsed (1.3), but the provider admitted the participant: the contract is taken as concluded by that conduct (ГК 438 п. 3).",
            vec![Field::new("first-payment-arrived", group.zone.moment(arrival))],
        ));
    }
    Ok(acceptance)
}

/// RU-TERMS-CONFLICT — offer 5.5 vs 5.1.1 and Appendix 1; 1.8 (new 2026-11-30): 5.5 says payment
/// is made "единовременно", while 5.1.1 and Appendix 1 set a prepayment plus later instalments. A
/// warning whenever the group's schedule has more than one instalment; no figure changes.
///
/// Interpretation: 1.8 (contract over Appendix) does not settle it, since 5.1.1 is itself in the
/// contract; read for the consumer (ГК 431; Пленум ВС № 49 п. 45), the schedule stands and a
/// missed later instalment has only the 5.1.1 effect (access may be suspended), never a demand for
/// the whole price at once.
pub fn terms_conflict(group: &GroupParams, out: &mut Outcome) {
    let n = group.instalments.len();
    if n <= 1 {
        return;
    }
    out.step(
        Step::new("RU-TERMS-CONFLICT", cite::TERMS_CONFLICT)
            .input("instalments", Value::Count(count(&group.instalments)))
            .output("schedule-stands", Value::Bool(true))
            .note(Note::TermsConflictSchedule),
    );
    out.warn(Notice::new(
        "terms-conflict-single-payment",
        "Clause 5.5 says payment is made in one sum, but 5.1.1 and Appendix 1 set a prepayment and later instalments. Read for the consumer (ГК 431), the schedule stands: a missed later instalment may only suspend access (5.1.1), never make the whole price due at once.",
        vec![Field::new("instalments", Value::Count(count(&group.instalments)))],
    ));
}

/// RU-CONCLUDED — offer 1.4, 1.5, 5.1.1: the contract is concluded when the (first, possibly
/// partial) payment reaches the provider. Before that there is no contract and no refund
/// question; the answer says so. Returns the conclusion date.
pub fn concluded(payments: &[Payment], out: &mut Outcome) -> Option<NaiveDate> {
    let first = payments.iter().map(|p| p.date).min();
    let mut step =
        Step::new("RU-CONCLUDED", cite::CONCLUDED).input("payments", Value::Count(count(payments)));
    for p in payments {
        step = step
            .input("payment-amount", Value::rub(p.amount))
            .input("payment-date", Value::Date(p.date));
    }
    step = match first {
        Some(d) => step
            .output("concluded-on", Value::Date(d))
            .note(Note::AcceptanceByPayment),
        None => step
            .output("concluded", Value::Bool(false))
            .note(Note::NoPaymentNoContract),
    };
    if let Ok(paid) = total(payments) {
        step = step.output("paid", Value::rub(paid));
    }
    out.step(step);
    if let Some(d) = first {
        out.figure(
            "concluded-on",
            Value::Date(d),
            "RU-CONCLUDED",
            cite::CONCLUDED,
            Basis::Agreed,
        );
        out.event(d, EventKind::Event, "contract-concluded");
    }
    first
}

fn count<T>(items: &[T]) -> i64 {
    i64::try_from(items.len()).unwrap_or(i64::MAX)
}

/// The headline of an outcome before any payment.
pub fn not_concluded_headline() -> Notice {
    Notice::new(
        "not-concluded",
        "No payment has been made, so the contract is not concluded (offer 1.4, 1.5): there is nothing to refund and nothing for the refusal to end.",
        Vec::new(),
    )
}

/// The state of one instalment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InstalmentState {
    /// Covered by payments made on or before its due date.
    Paid,
    /// Covered, but only by payments made after its due date.
    PaidLate,
    /// Not covered; the due date has not passed.
    Due,
    /// Not covered; the due date has passed.
    Late,
    /// Not covered; it fell due after the refusal was received, when the contract had ended:
    /// not late (only rendered services are paid for, ЗоЗПП 32, ГК 782).
    AfterRefusal,
}

impl InstalmentState {
    fn code(self) -> &'static str {
        match self {
            InstalmentState::Paid => "paid",
            InstalmentState::PaidLate => "paid-late",
            InstalmentState::Due => "due",
            InstalmentState::Late => "late",
            InstalmentState::AfterRefusal => "after-refusal",
        }
    }
}

/// RU-SCHEDULE — Appendix 1, offer 5.1.1: the instalments, their due dates and what is due, paid
/// or late as of a date. A missed later instalment does not undo the contract but may suspend
/// access until paid in full.
///
/// Interpretation: "до 07 апреля" is read as "by 7 April inclusive" (the reading more favourable
/// to the consumer, ГК 431); a due date on a rest day rolls to the next working day (ГК 193).
/// Payments are applied to the instalments in order; an instalment is paid on time if the
/// payments made by its (rolled) due date cover it together with the earlier instalments.
// QUESTION: "до" may also be read as "before" (by 6 April); courts usually read "до <date>"
// in payment terms as inclusive, but this is not settled.
pub fn schedule(
    group: &GroupParams,
    payments: &[Payment],
    as_of: NaiveDate,
    out: &mut Outcome,
) -> Result<Vec<InstalmentState>> {
    schedule_until(group, payments, as_of, None, out)
}

/// RU-SCHEDULE as [`schedule`], for a participant whose refusal was received on
/// `refusal_received`: an unpaid instalment falling due after that day is `after-refusal`, not
/// late (the contract ended with the refusal, ГК 450.1 п. 1; only rendered services are paid).
pub fn schedule_until(
    group: &GroupParams,
    payments: &[Payment],
    as_of: NaiveDate,
    refusal_received: Option<NaiveDate>,
    out: &mut Outcome,
) -> Result<Vec<InstalmentState>> {
    const STEP: &str = "schedule";
    let mut states = Vec::new();
    let mut rows = Vec::new();
    let mut required = Rub::ZERO;
    let paid_total = total(payments)?;
    for (i, inst) in group.instalments.iter().enumerate() {
        required = required.add(inst.amount, STEP)?;
        let rolled = period::roll_forward(Jurisdiction::Ru, inst.due)?;
        let paid_by_due = Rub::sum(
            payments
                .iter()
                .filter(|p| p.date <= rolled.date)
                .map(|p| p.amount),
            STEP,
        )?;
        let state = if paid_by_due >= required {
            InstalmentState::Paid
        } else if paid_total >= required {
            InstalmentState::PaidLate
        } else if refusal_received.is_some_and(|r| rolled.date > r) {
            InstalmentState::AfterRefusal
        } else if rolled.date >= as_of {
            InstalmentState::Due
        } else {
            InstalmentState::Late
        };
        let mut step = Step::new("RU-SCHEDULE", cite::SCHEDULE)
            .input(
                "instalment",
                Value::Count(i64::try_from(i).unwrap_or(0).saturating_add(1)),
            )
            .input("amount", Value::rub(inst.amount))
            .input("due", Value::Date(inst.due))
            .input("cumulative-required", Value::rub(required))
            .input("paid-by-due", Value::rub(paid_by_due))
            .input("paid-total", Value::rub(paid_total))
            .input("as-of", Value::Date(as_of));
        for v in rolled.skipped_values() {
            step = step.input("rest-day", v);
        }
        out.step(
            step.output("due-date", group.zone.deadline(rolled.date))
                .output("state", Value::code(state.code()))
                .note(Note::InstalmentsApplied),
        );
        mark_rest_days(&rolled, out);
        for n in crate::calendar::coverage_notices(Jurisdiction::Ru, inst.due, rolled.date) {
            out.warn(n);
        }
        let key = format!("instalment-{}-due", i.saturating_add(1));
        out.figure(
            &format!("instalment-{}-state", i.saturating_add(1)),
            Value::code(state.code()),
            "RU-SCHEDULE",
            cite::SCHEDULE,
            Basis::Contract,
        );
        out.deadline(
            &key,
            group.zone.deadline(rolled.date),
            "RU-SCHEDULE",
            cite::SCHEDULE,
        );
        out.event(rolled.date, EventKind::Deadline, "instalment-due");
        rows.push(vec![
            Value::text(inst.label.clone()),
            Value::rub(inst.amount),
            Value::Date(inst.due),
            group.zone.deadline(rolled.date),
            Value::code(state.code()),
        ]);
        if state == InstalmentState::Late {
            out.warn(Notice::new(
                "instalment-late",
                format!(
                    "The instalment of {} ₽ due {} is unpaid: under 5.1.1 the provider may suspend access until paid in full; the contract stands.",
                    inst.amount, rolled.date
                ),
                vec![Field::new("amount", Value::rub(inst.amount)), Field::new("due", Value::Date(rolled.date))],
            ));
        }
        states.push(state);
    }
    let outstanding = group.price.sub(paid_total, STEP)?.positive_part();
    out.figure(
        "paid",
        Value::rub(paid_total),
        "RU-SCHEDULE",
        cite::SCHEDULE,
        Basis::Agreed,
    );
    out.figure(
        "outstanding",
        Value::rub(outstanding),
        "RU-SCHEDULE",
        cite::SCHEDULE,
        Basis::Contract,
    );
    out.step(
        Step::new("RU-SCHEDULE", cite::SCHEDULE)
            .input("price", Value::rub(group.price))
            .input("paid-total", Value::rub(paid_total))
            .output("outstanding", Value::rub(outstanding))
            .note(Note::RemainingPrice),
    );
    out.tables.push(Table {
        key: "instalments".into(),
        columns: ["label", "amount", "due-stated", "due", "state"]
            .iter()
            .map(|s| (*s).into())
            .collect(),
        rows,
    });
    Ok(states)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::ru_intervision::testing::d;
    use rust_decimal::Decimal;

    fn pay(amount: i64, date: NaiveDate) -> Payment {
        Payment {
            amount: Rub(Decimal::new(amount, 0)),
            date,
        }
    }

    /// RU-PAY-DEADLINE — offer 1.4: 5 days, rolled per ГК 193 (2026-01-02 + 5 = 01-07 → 01-12).
    #[test]
    fn pay_deadline_rolls() {
        let mut out = Outcome::new("t");
        let g = GroupParams::shipped();
        assert_eq!(
            pay_deadline(d(2026, 3, 1), &g, &mut out).unwrap(),
            d(2026, 3, 6)
        );
        assert_eq!(
            pay_deadline(d(2026, 1, 2), &g, &mut out).unwrap(),
            d(2026, 1, 12)
        );
    }

    /// RU-CONCLUDED — offer 1.5: concluded on the first payment; none → not concluded.
    #[test]
    fn concluded_on_first_payment() {
        let mut out = Outcome::new("t");
        assert_eq!(concluded(&[], &mut out), None);
        let p = [pay(5950, d(2026, 4, 1)), pay(850, d(2026, 3, 20))];
        assert_eq!(concluded(&p, &mut out), Some(d(2026, 3, 20)));
    }

    /// RU-SCHEDULE — Appendix 1: prepayment on time, second instalment late.
    #[test]
    fn schedule_states() {
        let mut out = Outcome::new("t");
        let g = GroupParams::shipped();
        let states = schedule(&g, &[pay(850, d(2026, 4, 1))], d(2026, 4, 25), &mut out).unwrap();
        assert_eq!(states, vec![InstalmentState::Paid, InstalmentState::Late]);
        let states = schedule(
            &g,
            &[pay(850, d(2026, 4, 1)), pay(5950, d(2026, 4, 23))],
            d(2026, 4, 25),
            &mut out,
        )
        .unwrap();
        assert_eq!(
            states,
            vec![InstalmentState::Paid, InstalmentState::PaidLate]
        );
        let states = schedule(&g, &[pay(850, d(2026, 4, 1))], d(2026, 4, 10), &mut out).unwrap();
        assert_eq!(states, vec![InstalmentState::Paid, InstalmentState::Due]);
        // Regression: an instalment falling due after the refusal was received was flagged late.
        let states = schedule_until(
            &g,
            &[pay(850, d(2026, 4, 1))],
            d(2026, 5, 1),
            Some(d(2026, 4, 15)),
            &mut out,
        )
        .unwrap();
        assert_eq!(
            states,
            vec![InstalmentState::Paid, InstalmentState::AfterRefusal]
        );
    }
}
