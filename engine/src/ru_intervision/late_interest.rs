//! A late refund: interest at the Bank of Russia key rate (ГК РФ ст. 395) after a refusal of the
//! participant's own choice, or the consumer penalty of 3 % a day (ЗоЗПП ст. 31 п. 3, ст. 28 п. 5)
//! after a refusal because of the provider's breach.

use super::cite;
use super::deadlines;
use super::group::{GroupInput, GroupParams, GroupZone};
use super::Note;
use super::Reason;
use crate::error::{EngineError, Problem, Result, Validator};
use crate::interest::{simple_interest, RateTable, UserRate};
use crate::money::Rub;
use crate::outcome::{Basis, EventKind, Field, Notice, Outcome, Step, Value};
use crate::period;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Deserialize;

/// Input of `ru-late-interest`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct LateInterestInput {
    /// The refund owed, ₽.
    pub amount: Option<Rub>,
    /// The last day of the refund term, if known; the first day of delay is the day after.
    #[serde(default)]
    pub deadline: Option<NaiveDate>,
    /// Or: the day the refusal was received, from which the deadline is computed (6.5 or ст. 31).
    #[serde(default)]
    pub refusal_received: Option<NaiveDate>,
    /// Why the participant refused: decides the remedy.
    #[serde(default)]
    pub reason: Reason,
    /// The group (for the price the penalty is counted on); the shipped group when absent.
    #[serde(default)]
    pub group: Option<GroupInput>,
    /// The price of the service for the penalty; the group's price when absent.
    #[serde(default)]
    pub price: Option<Rub>,
    /// The day the refund was actually paid, if it was.
    #[serde(default)]
    pub paid_on: Option<NaiveDate>,
    /// Compute up to this day (inclusive) when not yet paid.
    pub as_of: NaiveDate,
    /// Key rates the user knows for days past the table's "known until".
    #[serde(default)]
    pub key_rates: Vec<UserRate>,
    /// Losses the consumer expects a court to award (RU-CONSUMER-FINE base).
    #[serde(default)]
    pub losses: Option<Rub>,
    /// Moral damages the consumer expects a court to award (RU-CONSUMER-FINE base).
    #[serde(default)]
    pub moral_damages: Option<Rub>,
    /// The provider met the demand in full before a claim was filed (no consumer fine).
    #[serde(default)]
    pub demand_met_before_claim: bool,
    /// What the participant paid for the group (RU-LIABILITY-CAP compares with it); the group's
    /// price when absent.
    #[serde(default)]
    pub paid_for_group: Option<Rub>,
}

/// The ЗоЗПП 28 п. 5 penalty rate: 3 % of the price per day of delay.
pub fn penalty_percent() -> Decimal {
    Decimal::new(3, 0)
}

/// What a delay came to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Delay {
    /// First day of delay (the day after the deadline).
    pub first: NaiveDate,
    /// Last day counted (the payment day, inclusive, or "as of").
    pub last: NaiveDate,
    /// Days of delay.
    pub days: i64,
    /// The interest or penalty, ₽.
    pub amount: Rub,
}

/// RU-LATE-INTEREST — ГК 395; ЗоЗПП 28 п. 5 via 31 п. 3: the remedy for a refund paid late.
///
/// The first day of delay is the day after the (rolled) deadline; the day of payment counts
/// (Plenum ВС РФ № 7, п. 48), else days are counted up to "as of" inclusive.
/// * Own choice (and removal, force majeure): ГК 395 interest at the key rate, simple, per day,
///   split at each rate change and year, actual days / 365 (366), rounded per segment.
/// * Provider's breach: 3 % of the price of the service per day, capped at that price.
///
/// Interpretation for an own-choice refusal: ГК 395, not the ЗоЗПП penalty. ст. 31 п. 3 sends to
/// the ст. 28 п. 5 penalty only the demands of ст. 28, 29 (defects, delays — a breach), and a
/// refusal under ст. 32 is not caused by a breach. Court practice differs (RULES.md §1): some
/// courts award the penalty here as well, so the answer says which remedy it shows and why.
// QUESTION: court practice on the remedy for a late refund after a ст. 32 refusal is not uniform.
#[allow(clippy::too_many_arguments)]
pub fn remedy(
    amount: Rub,
    deadline: NaiveDate,
    paid_on: Option<NaiveDate>,
    as_of: NaiveDate,
    reason: Reason,
    price: Rub,
    key_rates: &[UserRate],
    zone: &GroupZone,
    out: &mut Outcome,
) -> Result<Option<Delay>> {
    remedy_tranches(
        &[Tranche { amount, deadline }],
        paid_on,
        as_of,
        reason,
        price,
        key_rates,
        zone,
        out,
    )
}

/// A part of the refund with the deadline by which it was due back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tranche {
    /// The part of the refund, ₽.
    pub amount: Rub,
    /// The last day of its refund term.
    pub deadline: NaiveDate,
}

/// RU-LATE-INTEREST for a refund made of parts due on different days (a payment made after the
/// refusal was received can only be due back from its own day: its refund term runs from the
/// payment day at the earliest). ГК 395 interest is counted on each part from the day after its
/// own deadline; the ЗоЗПП 28 п. 5 penalty (counted on the price, not on the amount) from the day
/// after the latest deadline of a part, when the whole demand could first have been met (the
/// careful reading).
#[allow(clippy::too_many_arguments)]
pub fn remedy_tranches(
    tranches: &[Tranche],
    paid_on: Option<NaiveDate>,
    as_of: NaiveDate,
    reason: Reason,
    price: Rub,
    key_rates: &[UserRate],
    zone: &GroupZone,
    out: &mut Outcome,
) -> Result<Option<Delay>> {
    const RULE: &str = "RU-LATE-INTEREST";
    let live: Vec<Tranche> = tranches
        .iter()
        .filter(|t| t.amount.0.is_sign_positive() && !t.amount.0.is_zero())
        .copied()
        .collect();
    let amount = Rub::sum(live.iter().map(|t| t.amount), RULE)?;
    let last = paid_on.map_or(as_of, |p| p.min(as_of));
    let breach = reason == Reason::ProviderBreach;
    let citation = if breach {
        cite::PENALTY
    } else {
        cite::INTEREST
    };
    let earliest = live.iter().map(|t| t.deadline).min();
    let latest = live.iter().map(|t| t.deadline).max();
    let governing = if breach { latest } else { earliest };
    let Some(deadline) = governing.or_else(|| tranches.iter().map(|t| t.deadline).min()) else {
        return Ok(None);
    };
    let first = period::days_after(deadline, 1, "late-interest")?;
    if last < first || amount.0.is_zero() {
        out.step(
            Step::new(RULE, citation)
                .input("refund-deadline", zone.deadline(deadline))
                .input("last-day-counted", Value::Date(last))
                .input("refund", Value::rub(amount))
                .output("days-late", Value::Days(0))
                .note(Note::NoDelay),
        );
        return Ok(None);
    }
    let days = period::days_between(first, last)
        .checked_add(1)
        .ok_or(EngineError::Overflow { step: RULE })?;
    out.event(first, EventKind::Event, "delay-starts");
    out.figure("days-late", Value::Days(days), RULE, citation, Basis::Law);
    let total = if breach {
        let per_day = price
            .mul(penalty_percent(), RULE)?
            .div(Decimal::ONE_HUNDRED, RULE)?;
        let raw = per_day.mul(Decimal::from(days), RULE)?;
        let capped = raw.min(price).round_cents();
        out.step(
            Step::new(RULE, cite::PENALTY)
                .input("price", Value::rub(price))
                .input("rate-per-day", Value::Percent(penalty_percent()))
                .input("first-day-of-delay", Value::Date(first))
                .input("last-day", Value::Date(last))
                .input("days-late", Value::Days(days))
                .input("penalty-uncapped", Value::rub(raw))
                .input("cap", Value::rub(price))
                .output("late-penalty", Value::rub(capped))
                .note(Note::BreachPenalty),
        );
        if raw > price {
            out.warn(Notice::new(
                "penalty-capped",
                "The penalty reached the price of the service and is capped at it (ЗоЗПП 28 п. 5).",
                vec![Field::new("cap", Value::rub(price))],
            ));
        }
        out.assume(Notice::new(
            "remedy-penalty-breach",
            "Because the refusal is caused by the provider's breach, the consumer penalty of ЗоЗПП 28 п. 5 is shown instead of ГК 395 interest (the two are not added up for the same delay). It is counted on the price of the service (the group's price unless another price is entered).",
            Vec::new(),
        ));
        out.figure(
            "late-penalty",
            Value::rub(capped),
            RULE,
            cite::PENALTY,
            Basis::Law,
        );
        capped
    } else {
        let table = RateTable::ru_key_rate().with_user_rates(key_rates);
        let mut total = Rub::ZERO;
        let mut rows = None;
        for t in &live {
            let from = period::days_after(t.deadline, 1, "late-interest")?;
            if last < from {
                out.step(
                    Step::new(RULE, cite::INTEREST)
                        .input("refund-part", Value::rub(t.amount))
                        .input("refund-deadline", zone.deadline(t.deadline))
                        .input("last-day-counted", Value::Date(last))
                        .output("days-late", Value::Days(0))
                        .note(Note::PartNotLate),
                );
                continue;
            }
            let part_days = period::days_between(from, last)
                .checked_add(1)
                .ok_or(EngineError::Overflow { step: RULE })?;
            let i = simple_interest(t.amount.0, from, last, &table, Decimal::ZERO)?;
            total = total.add(Rub(i.total), RULE)?;
            let key = if live.len() > 1 {
                "refund-part"
            } else {
                "refund"
            };
            out.step(
                Step::new(RULE, cite::INTEREST)
                    .input(key, Value::rub(t.amount))
                    .input("refund-deadline", zone.deadline(t.deadline))
                    .input("first-day-of-delay", Value::Date(from))
                    .input("last-day", Value::Date(last))
                    .input("days-late", Value::Days(part_days))
                    .input("rate-table", Value::text(table.name))
                    .input("rate-table-known-until", Value::Date(table.known_until))
                    .output("late-interest", Value::rub(Rub(i.total)))
                    .note(Note::KeyRateInterest),
            );
            if from != first {
                out.event(from, EventKind::Event, "delay-starts");
            }
            let part = i.table("late-interest", |a| Value::rub(Rub(a)));
            match &mut rows {
                None => rows = Some(part),
                Some(t) => t.rows.extend(part.rows),
            }
            for n in i.notices(&table) {
                if !out.warnings.iter().any(|w| w.code == n.code) {
                    out.warn(n);
                }
            }
        }
        if let Some(t) = rows {
            out.tables.push(t);
        }
        if live.len() > 1 {
            out.step(
                Step::new(RULE, cite::INTEREST)
                    .input("refund", Value::rub(amount))
                    .output("late-interest", Value::rub(total))
                    .note(Note::InterestPerPart),
            );
        }
        out.assume(Notice::new(
            "remedy-gk-395",
            "For a refusal of the participant's own choice the refund is a money debt: ГК 395 interest at the key rate is shown. The ЗоЗПП 28 п. 5 penalty applies to refusals caused by the provider's breach; some courts award it here as well.",
            Vec::new(),
        ));
        out.figure(
            "late-interest",
            Value::rub(total),
            RULE,
            cite::INTEREST,
            Basis::Law,
        );
        total
    };
    Ok(Some(Delay {
        first,
        last,
        days,
        amount: total,
    }))
}

/// `ru-late-interest`: interest or penalty on a late refund up to payment or "as of".
pub fn late_interest(input: &LateInterestInput) -> Result<Outcome> {
    let mut v = Validator::new();
    let group = match GroupParams::resolve(input.group.as_ref(), "group") {
        Ok(g) => Some(g),
        Err(e) => {
            super::absorb(e, &mut v);
            None
        }
    };
    match input.amount {
        None => v.add("amount", Problem::Missing),
        Some(a) => v.check(
            !a.0.is_sign_positive() || a.0.is_zero(),
            "amount",
            Problem::NotPositive,
        ),
    }
    if let Some(p) = input.price {
        v.check(
            !p.0.is_sign_positive() || p.0.is_zero(),
            "price",
            Problem::NotPositive,
        );
    }
    for (key, a) in [
        ("losses", input.losses),
        ("moral_damages", input.moral_damages),
        ("paid_for_group", input.paid_for_group),
    ] {
        v.check(a.is_some_and(Rub::is_negative), key, Problem::Negative);
    }
    v.check(
        input.deadline.is_none() && input.refusal_received.is_none(),
        "deadline",
        Problem::Missing,
    );
    if let (Some(p), Some(d)) = (input.paid_on, input.refusal_received) {
        v.check(
            p < d,
            "paid_on",
            Problem::BeforeOther {
                other: "refusal_received".into(),
            },
        );
    }
    if let Err(e) = RateTable::ru_key_rate().check_user_rates_after(&input.key_rates, "key_rates") {
        super::absorb(e, &mut v);
    }
    v.finish()?;
    let (Some(group), Some(amount)) = (group, input.amount) else {
        return Err(EngineError::field("amount", Problem::Missing));
    };
    let mut out = Outcome::new("ru-late-interest");
    let deadline = match (input.deadline, input.refusal_received) {
        (Some(d), _) => {
            out.step(
                Step::new("RU-REFUND-DEADLINE", cite::REFUND_DEADLINE)
                    .input("refund-deadline", group.zone.deadline(d))
                    .output("refund-deadline", group.zone.deadline(d))
                    .note(Note::DeadlineEntered),
            );
            out.deadline(
                "refund-deadline",
                group.zone.deadline(d),
                "RU-REFUND-DEADLINE",
                cite::REFUND_DEADLINE,
            );
            out.event(d, EventKind::Deadline, "refund-deadline");
            d
        }
        (None, Some(r)) => deadlines::refund_deadline(r, input.reason, &group.zone, &mut out)?,
        (None, None) => return Err(EngineError::field("deadline", Problem::Missing)),
    };
    let price = input.price.unwrap_or(group.price);
    out.figure(
        "refund",
        Value::rub(amount),
        "RU-LATE-INTEREST",
        cite::INTEREST,
        Basis::Agreed,
    );
    let delay = remedy(
        amount,
        deadline,
        input.paid_on,
        input.as_of,
        input.reason,
        price,
        &input.key_rates,
        &group.zone,
        &mut out,
    )?;
    if let Some(r) = input.refusal_received {
        out.event(r, EventKind::Event, "refusal-received");
    }
    // RU-CONSUMER-FINE and RU-LIABILITY-CAP beside the interest or penalty.
    let interest = delay.map_or(Rub::ZERO, |d| d.amount);
    let losses = input.losses.unwrap_or(Rub::ZERO);
    let moral = input.moral_damages.unwrap_or(Rub::ZERO);
    let fine = if delay.is_some() || !losses.0.is_zero() || !moral.0.is_zero() {
        super::liability::consumer_fine(
            super::liability::Claim {
                unpaid_refund: if input.paid_on.is_some() {
                    Rub::ZERO
                } else {
                    amount
                },
                interest_or_penalty: interest,
                losses,
                moral_damages: moral,
                met_before_claim: input.demand_met_before_claim,
            },
            &mut out,
        )?
    } else {
        None
    };
    super::liability::liability_cap(
        input.paid_for_group.unwrap_or(group.price),
        amount,
        Rub::sum(
            [interest, losses, moral, fine.unwrap_or(Rub::ZERO)],
            "liability",
        )?,
        &mut out,
    )?;
    match input.paid_on {
        Some(p) => out.event(p, EventKind::Event, "refund-paid"),
        None => out.event(input.as_of, EventKind::Event, "as-of"),
    }
    out.headline = match delay {
        None => Notice::new(
            "refund-not-late",
            format!("No delay: the refund deadline is {deadline}."),
            vec![Field::new("refund-deadline", group.zone.deadline(deadline))],
        ),
        Some(d) if input.reason == Reason::ProviderBreach => Notice::new(
            "late-penalty",
            format!(
                "{} days late: penalty {} ₽ (ЗоЗПП 28 п. 5).",
                d.days, d.amount
            ),
            vec![
                Field::new("days", Value::Days(d.days)),
                Field::new("late-penalty", Value::rub(d.amount)),
            ],
        ),
        Some(d) => Notice::new(
            "late-interest",
            format!("{} days late: interest {} ₽ (ГК 395).", d.days, d.amount),
            vec![
                Field::new("days", Value::Days(d.days)),
                Field::new("late-interest", Value::rub(d.amount)),
            ],
        ),
    };
    Ok(out)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::ru_intervision::testing::{d, moscow};

    /// RU-LATE-INTEREST — ГК 395: the RULES.md §3 worked check, deadline 2025-05-31.
    #[test]
    fn key_rate_worked_check() {
        let mut out = Outcome::new("t");
        let r = remedy(
            Rub(Decimal::new(50_000, 0)),
            d(2025, 5, 31),
            None,
            d(2025, 10, 31),
            Reason::OwnChoice,
            Rub(Decimal::new(6800, 0)),
            &[],
            &moscow(),
            &mut out,
        )
        .unwrap()
        .unwrap();
        assert_eq!(r.first, d(2025, 6, 1));
        assert_eq!(r.amount, Rub(Decimal::new(387_192, 2)));
    }

    /// RU-LATE-INTEREST — ЗоЗПП 28 п. 5: 3 %/day capped at the price.
    #[test]
    fn breach_penalty_capped() {
        let mut out = Outcome::new("t");
        let price = Rub(Decimal::new(6800, 0));
        let r = remedy(
            price,
            d(2026, 1, 12),
            Some(d(2026, 1, 22)),
            d(2026, 6, 1),
            Reason::ProviderBreach,
            price,
            &[],
            &moscow(),
            &mut out,
        )
        .unwrap()
        .unwrap();
        assert_eq!(r.days, 10);
        assert_eq!(r.amount, Rub(Decimal::new(2040, 0)));
        let r = remedy(
            price,
            d(2026, 1, 12),
            None,
            d(2026, 6, 1),
            Reason::ProviderBreach,
            price,
            &[],
            &moscow(),
            &mut out,
        )
        .unwrap()
        .unwrap();
        assert_eq!(r.amount, price);
    }
}
