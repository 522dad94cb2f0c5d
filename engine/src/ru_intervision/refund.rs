//! `ru-refund`: what comes back after a refusal, by when — the contract's figure beside the law's.
//!
//! The statutory view (RULES.md §1): the participant is a consumer; ЗоЗПП ст. 32 and ГК ст. 782
//! let a consumer refuse at any time, paying only for services actually rendered and the
//! provider's actually incurred, documented expenses; terms that take more are void (ЗоЗПП ст. 16).
//! The answer's `refund` is the figure more favourable to the consumer: a contract term may give
//! more than the law, never less.

use super::expense::{self, Expense, Regime};
use super::group::{GroupInput, GroupParams};
use super::notice::{self, Channel, Receipt};
use super::payment::{self, Payment};
use super::refusal::{self, Timing};
use super::{cite, deadlines, force_majeure, late_interest, liability, limitation, Note, Reason};
use crate::error::{EngineError, Problem, Result, Validator};
use crate::interest::{RateTable, UserRate};
use crate::money::Rub;
use crate::outcome::{Basis, Comparison, Field, Notice, Outcome, Step, Value};
use chrono::{NaiveDate, NaiveDateTime};
use serde::Deserialize;

/// Input of `ru-refund`, shaped like the consumer's form.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct RefundInput {
    /// The group; the shipped «Мягкий старт» when absent.
    #[serde(default)]
    pub group: Option<GroupInput>,
    /// Payments made (amount and the day each reached the provider).
    #[serde(default)]
    pub payments: Vec<Payment>,
    /// When the refusal was sent (local time of the group's zone); for a removal, when the
    /// provider removed the participant.
    #[serde(default, deserialize_with = "super::local_moment::option")]
    pub refusal_sent: Option<NaiveDateTime>,
    /// How it was sent: `personal-account`, `e-mail` (24-hour rule) or `other`.
    #[serde(default)]
    pub channel: Channel,
    /// When it actually arrived: required for `other`, optional otherwise (the ГК 165.1 reading).
    #[serde(default, deserialize_with = "super::local_moment::option")]
    pub received_at: Option<NaiveDateTime>,
    /// Why: `own-choice`, `provider-breach`, `removal`, `force-majeure`.
    #[serde(default)]
    pub reason: Reason,
    /// Expenses the provider claims.
    #[serde(default)]
    pub expenses: Vec<Expense>,
    /// Scheduled meetings that did not take place or not as agreed (cancelled, moved, format
    /// changed): they are not counted as rendered.
    #[serde(default)]
    pub meetings_not_rendered: Vec<NaiveDate>,
    /// First day of the force majeure (required for `force-majeure`).
    #[serde(default)]
    pub force_majeure_from: Option<NaiveDate>,
    /// Last day of the force majeure, if it has ended.
    #[serde(default)]
    pub force_majeure_to: Option<NaiveDate>,
    /// The day the answer is for (the engine has no clock).
    pub as_of: NaiveDate,
    /// The day the refund was actually paid, if it was.
    #[serde(default)]
    pub refund_paid_on: Option<NaiveDate>,
    /// Key rates for days past the table's "known until" (ГК 395).
    #[serde(default)]
    pub key_rates: Vec<UserRate>,
    /// When the first payment arrived (date and time), needed when it arrived on the start date
    /// (RU-OFFER-LAPSE: the offer lapses at the start of services).
    #[serde(default, deserialize_with = "super::local_moment::option")]
    pub first_payment_arrived_at: Option<NaiveDateTime>,
    /// The provider admitted the participant although the first payment came after the start
    /// (ГК 438 п. 3).
    #[serde(default)]
    pub admitted_after_start: bool,
    /// Losses the consumer expects a court to award (RU-CONSUMER-FINE base).
    #[serde(default)]
    pub losses: Option<Rub>,
    /// Moral damages the consumer expects a court to award (ЗоЗПП 15; RU-CONSUMER-FINE base).
    #[serde(default)]
    pub moral_damages: Option<Rub>,
    /// The provider met the demand in full before a claim was filed (no consumer fine).
    #[serde(default)]
    pub demand_met_before_claim: bool,
    /// The day the provider acknowledged the debt (ГК 203: limitation starts afresh).
    #[serde(default)]
    pub debt_acknowledged_on: Option<NaiveDate>,
    /// Calendar days the limitation period was suspended (ГК 202, 204).
    #[serde(default)]
    pub limitation_suspended_days: Option<u32>,
}

fn validate(input: &RefundInput) -> Result<GroupParams> {
    let mut v = Validator::new();
    let group = match GroupParams::resolve(input.group.as_ref(), "group") {
        Ok(g) => Some(g),
        Err(e) => {
            super::absorb(e, &mut v);
            None
        }
    };
    payment::validate(&input.payments, input.as_of, &mut v);
    // RU-OFFER-LAPSE: a first payment on the start date needs its time; a lapsed offer needs no
    // refusal.
    let mut lapsed = false;
    if let (Some(g), false) = (&group, input.payments.is_empty()) {
        match payment::first_arrival(&input.payments, input.first_payment_arrived_at, g) {
            Ok(None) => v.add("first_payment_arrived_at", Problem::Missing),
            Ok(Some(at)) => {
                lapsed = g.start().is_ok_and(|s| at >= s) && !input.admitted_after_start
            }
            Err(e) => super::absorb(e, &mut v),
        }
    }
    for (key, amount) in [
        ("losses", input.losses),
        ("moral_damages", input.moral_damages),
    ] {
        v.check(amount.is_some_and(Rub::is_negative), key, Problem::Negative);
    }
    let concluded = !input.payments.is_empty() && !lapsed;
    match input.refusal_sent {
        None => v.check(concluded, "refusal_sent", Problem::Missing),
        Some(s) => v.check(
            s.date() > input.as_of,
            "refusal_sent",
            Problem::OutOfRange {
                detail: "on or before as_of".into(),
            },
        ),
    }
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
        input.channel == Channel::Other
            && input.received_at.is_none()
            && input.reason != Reason::Removal,
        "received_at",
        Problem::Missing,
    );
    for (i, e) in input.expenses.iter().enumerate() {
        v.check(
            e.amount.is_negative(),
            format!("expenses.{i}.amount"),
            Problem::Negative,
        );
    }
    if let Some(g) = &group {
        for (i, m) in input.meetings_not_rendered.iter().enumerate() {
            v.check(
                !g.meetings.contains(m),
                format!("meetings_not_rendered.{i}"),
                Problem::OutOfRange {
                    detail: "one of the group's meeting dates".into(),
                },
            );
        }
    }
    if input.reason == Reason::ForceMajeure {
        v.check(
            input.force_majeure_from.is_none(),
            "force_majeure_from",
            Problem::Missing,
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
    if let (Some(p), Some(s)) = (input.refund_paid_on, input.refusal_sent) {
        v.check(
            p < s.date(),
            "refund_paid_on",
            Problem::BeforeOther {
                other: "refusal_sent".into(),
            },
        );
    }
    if let Err(e) = RateTable::ru_key_rate().check_user_rates_after(&input.key_rates, "key_rates") {
        super::absorb(e, &mut v);
    }
    v.finish()?;
    group.ok_or_else(|| EngineError::field("group", Problem::Missing))
}

/// One side's figure: what is refunded or, if the payments do not cover what was rendered, the
/// balance owed; documented expenses beyond the payments are a separate claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Side {
    refund: Rub,
    /// max(0, rendered value − paid) only (RU-REFUND-AFTER-START).
    owed: Rub,
    /// Documented expenses not covered by what was paid: the provider may claim them under ГК 782
    /// п. 1 / ЗоЗПП 32, never part of the balance owed.
    expenses: Rub,
}

/// paid − rendered − deductions, split into a refund (never negative), a balance owed for what
/// was rendered (max(0, rendered − paid)) and the expenses left uncovered by the payments.
fn settle(paid: Rub, rendered: Rub, deductions: Rub) -> Result<Side> {
    let raw = paid.sub(rendered, "refund")?.sub(deductions, "refund")?;
    let shortfall = Rub::ZERO.sub(raw, "refund")?.positive_part();
    let owed = rendered.sub(paid, "refund")?.positive_part();
    Ok(Side {
        refund: raw.positive_part(),
        owed,
        expenses: shortfall.sub(owed, "refund")?.positive_part(),
    })
}

fn settle_step(
    rule: &str,
    citation: &str,
    key: &str,
    paid: Rub,
    rendered: Rub,
    ded: Rub,
    s: Side,
) -> Step {
    Step::new(rule, citation)
        .input("paid", Value::rub(paid))
        .input("rendered-value", Value::rub(rendered))
        .input("deductions", Value::rub(ded))
        .output(key, Value::rub(s.refund))
        .output("balance-owed", Value::rub(s.owed))
        .output("expenses-claimable", Value::rub(s.expenses))
        .note(Note::RefundFormula)
}

/// The value of the meetings rendered under each reading of the receipt moment: the contract's
/// (24-hour rule, offer 10.2–10.3) and the law's (actual receipt, ГК 165.1; ЗоЗПП 32, ГК 782).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Rendered {
    contract: Rub,
    law: Rub,
}

/// What each reading gives, before choosing.
struct Figures {
    rule: &'static str,
    citation: &'static str,
    contract: Side,
    law: Side,
    /// Deductions under the contract and under the law.
    deductions: (Rub, Rub),
    reason_code: &'static str,
    reason: &'static str,
    /// Contested expenses in the law's deductions and the law's refund without them.
    contested: Option<(Rub, Rub)>,
}

// QUESTION: after the start, 6.6 deducts documented expenses besides the rendered meetings;
// expenses of organising the group may already be priced into each meeting (double counting).
// Both sides deduct them as entered.
/// The contract's side under section 6 for the refusal's timing: rule, citation, deductions and
/// the settled figure.
fn section_6(
    timing: Timing,
    paid: Rub,
    rendered: Rub,
    input: &RefundInput,
    out: &mut Outcome,
) -> Result<(&'static str, &'static str, Rub, Side)> {
    let (rule, citation, regime) = match timing {
        Timing::Early => ("RU-REFUND-EARLY", cite::EARLY, Regime::Early),
        Timing::Late => ("RU-REFUND-LATE", cite::LATE, Regime::Late),
        Timing::AfterStart => (
            "RU-REFUND-AFTER-START",
            cite::AFTER_START,
            Regime::AfterStart,
        ),
    };
    let ded = expense::deductible(regime, (rule, citation), &input.expenses, out)?;
    let side = settle(paid, rendered, ded)?;
    out.step(settle_step(
        rule,
        citation,
        "refund-contract",
        paid,
        rendered,
        ded,
        side,
    ));
    Ok((rule, citation, ded, side))
}

/// RU-REFUND-EARLY — offer 6.2: a refusal received 10 or more days before the start returns
/// everything paid minus documented commissions and an organisational fee of at most 500 ₽.
/// RU-REFUND-LATE — offer 6.3: received less than 10 days before the start, the provider may keep
/// documented expenses (commissions, organising, reserving the place); the rest is refunded.
/// RU-REFUND-AFTER-START — offer 6.4, 6.6: after the start only the unrendered part is refunded,
/// minus documented actual expenses; a meeting counts as rendered if it began before receipt.
/// The law's side (ЗоЗПП 32, ГК 782): paid − rendered − documented actual expenses of any kind.
fn own_choice(
    timing: Timing,
    paid: Rub,
    rendered: Rendered,
    input: &RefundInput,
    out: &mut Outcome,
) -> Result<Figures> {
    let (rule, citation, ded_c, contract) = section_6(timing, paid, rendered.contract, input, out)?;
    let ded_l = expense::deductible(Regime::Law, (rule, cite::LAW_REFUND), &input.expenses, out)?;
    let law = settle(paid, rendered.law, ded_l)?;
    out.step(settle_step(
        rule,
        cite::LAW_REFUND,
        "refund-law",
        paid,
        rendered.law,
        ded_l,
        law,
    ));
    let contested = expense::contested(&input.expenses)?;
    let contested = if contested.0.is_zero() {
        None
    } else {
        let without = settle(paid, rendered.law, ded_l.sub(contested, "refund")?)?;
        out.step(
            Step::new(rule, cite::LAW_REFUND)
                .input("refund-law", Value::rub(law.refund))
                .input("expenses-contested", Value::rub(contested))
                .output("refund-law-without-contested", Value::rub(without.refund))
                .note(Note::ContestedExpenses),
        );
        Some((contested, without.refund))
    };
    let (reason_code, reason) = if contract.refund > law.refund {
        (
            "contract-more-favourable",
            "The contract allows fewer deductions than the law (offer 6.2: no other deductions): the contract's figure stands.",
        )
    } else if contract.refund < law.refund {
        (
            "law-more-favourable",
            "The contract takes more than the law allows (ЗоЗПП 32, ГК 782; such a term is void under ЗоЗПП 16): the law's figure applies.",
        )
    } else {
        ("same", "Contract and law give the same figure.")
    };
    Ok(Figures {
        rule,
        citation,
        contract,
        law,
        deductions: (ded_c, ded_l),
        reason_code,
        reason,
        contested,
    })
}

/// RU-BREACH — ЗоЗПП ст. 28, 29, 31: after a refusal caused by the provider's breach the consumer
/// may claim back the whole price of what was not properly rendered, with no deductions, plus
/// losses (not computed here). The contract has no clause of its own for a breach, so its figure
/// is the section 6 figure for the same timing, shown beside the law's.
fn breach(
    timing: Timing,
    paid: Rub,
    rendered: Rendered,
    input: &RefundInput,
    out: &mut Outcome,
) -> Result<Figures> {
    let (_, _, ded_c, contract) = section_6(timing, paid, rendered.contract, input, out)?;
    expense::deductible(
        Regime::NoDeductions,
        ("RU-BREACH", cite::BREACH),
        &input.expenses,
        out,
    )?;
    let law = settle(paid, rendered.law, Rub::ZERO)?;
    out.step(settle_step(
        "RU-BREACH",
        cite::BREACH,
        "refund-law",
        paid,
        rendered.law,
        Rub::ZERO,
        law,
    ));
    out.assume(Notice::new(
        "breach-losses-not-computed",
        "Losses caused by the breach (ЗоЗПП 29) may be claimed besides the refund; they are not computed here.",
        Vec::new(),
    ));
    Ok(Figures {
        rule: "RU-BREACH",
        citation: cite::BREACH,
        contract,
        law,
        deductions: (ded_c, Rub::ZERO),
        reason_code: "breach-no-deductions",
        reason: "After the provider's breach nothing may be deducted but what was properly rendered (ЗоЗПП 28, 29, 31).",
        contested: None,
    })
}

/// RU-REMOVAL — offer 3.4, 3.7, 6.7: removal for violations. 3.4 (recording) and 6.7 say nothing
/// is returned; 3.7 says the unrendered part is returned under section 6. The contract
/// contradicts itself: both readings are shown, and the ambiguity is read in the consumer's
/// favour (ГК 431; Plenum ВС РФ № 49, п. 45), i.e. 3.7. By law a "no refund" term is void anyway:
/// it infringes the consumer's rights (ЗоЗПП 16); a one-sided right of the provider to end the
/// contract on its own terms exists only where the law provides (ГК 310 п. 2); and on termination
/// money for services not rendered must be returned (ГК 453 п. 4, 1102). A removal is not the
/// consumer's ЗоЗПП 32 refusal; the provider keeps only the value of rendered meetings and
/// documented expenses.
// QUESTION: the provider may claim losses caused by the violation (offer 7.4, 7.5) as a separate
// claim; it does not reduce the refund automatically and is not computed here.
fn removal(
    timing: Timing,
    paid: Rub,
    rendered: Rendered,
    input: &RefundInput,
    out: &mut Outcome,
) -> Result<Figures> {
    let own = own_choice(timing, paid, rendered, input, out)?;
    let no_return = Side {
        refund: Rub::ZERO,
        owed: Rub::ZERO,
        expenses: Rub::ZERO,
    };
    out.step(
        Step::new("RU-REMOVAL", cite::REMOVAL)
            .input("paid", Value::rub(paid))
            .output("refund-reading-no-return", Value::rub(no_return.refund))
            .output("refund-reading-unrendered", Value::rub(own.contract.refund))
            .note(Note::TwoReadingsConsumerFavour),
    );
    out.step(
        Step::new("RU-REMOVAL", cite::AMBIGUITY)
            .input("refund-reading-no-return", Value::rub(no_return.refund))
            .input("refund-reading-unrendered", Value::rub(own.contract.refund))
            .output("refund-contract", Value::rub(own.contract.refund))
            .note(Note::AmbiguityConsumerFavour),
    );
    out.figure(
        "refund-reading-no-return",
        Value::rub(no_return.refund),
        "RU-REMOVAL",
        "Оферта п. 3.4, 6.7",
        Basis::Contract,
    );
    out.figure(
        "refund-reading-unrendered",
        Value::rub(own.contract.refund),
        "RU-REMOVAL",
        "Оферта п. 3.7, разд. 6",
        Basis::Contract,
    );
    out.warn(Notice::new(
        "clause-conflict-removal",
        "The contract contradicts itself on removal: 3.4 and 6.7 return nothing, 3.7 returns the unrendered part. Read in the consumer's favour (ГК 431), 3.7 applies; a \"no refund\" term is void in any case (ЗоЗПП 16; ГК 310 п. 2, 453 п. 4, 1102).",
        vec![
            Field::new("reading-no-return", Value::rub(no_return.refund)),
            Field::new("reading-unrendered", Value::rub(own.contract.refund)),
        ],
    ));
    out.assume(Notice::new(
        "removal-consumer-favour",
        "Of the two readings of the removal clauses, the one more favourable to the consumer (3.7) is used as the contract's figure.",
        Vec::new(),
    ));
    Ok(Figures {
        rule: "RU-REMOVAL",
        citation: cite::REMOVAL,
        contract: own.contract,
        law: own.law,
        deductions: own.deductions,
        contested: own.contested,
        reason_code: "removal-no-return-void",
        reason: "A term keeping the whole payment on removal infringes the consumer's rights and is void (ЗоЗПП 16); the provider may end a consumer contract on its own terms only where the law allows (ГК 310 п. 2), and money for services not rendered must be returned on termination (ГК 453 п. 4, 1102). Only rendered meetings and documented expenses may be kept.",
    })
}

/// RU-FORCE-MAJEURE — offer 11.3: after force majeure of more than 60 days either party may
/// terminate "with settlement for services actually rendered", without penalties: the refund is
/// paid − rendered meetings, with no deductions. Meetings scheduled during the force majeure are
/// taken as not held.
fn force_majeure_refund(
    paid: Rub,
    rendered: Rendered,
    input: &RefundInput,
    out: &mut Outcome,
) -> Result<Figures> {
    expense::deductible(
        Regime::NoDeductions,
        ("RU-FORCE-MAJEURE", cite::FORCE_MAJEURE),
        &input.expenses,
        out,
    )?;
    let side = settle(paid, rendered.contract, Rub::ZERO)?;
    out.step(settle_step(
        "RU-FORCE-MAJEURE",
        cite::FORCE_MAJEURE,
        "refund-contract",
        paid,
        rendered.contract,
        Rub::ZERO,
        side,
    ));
    let law = settle(paid, rendered.law, Rub::ZERO)?;
    if law != side {
        out.step(settle_step(
            "RU-FORCE-MAJEURE",
            cite::RENDERED_LAW,
            "refund-law",
            paid,
            rendered.law,
            Rub::ZERO,
            law,
        ));
    }
    let reason_code = if law == side {
        "same"
    } else {
        "actual-receipt-rendered"
    };
    Ok(Figures {
        rule: "RU-FORCE-MAJEURE",
        citation: cite::FORCE_MAJEURE,
        contract: side,
        law,
        deductions: (Rub::ZERO, Rub::ZERO),
        reason_code,
        reason: "Settlement for services actually rendered: contract (11.3) and law (ГК 416, 782) agree.",
        contested: None,
    })
}

/// The moment the refusal (or removal) took effect, with the receipt rule applied.
fn effective(
    input: &RefundInput,
    sent: NaiveDateTime,
    g: &GroupParams,
    out: &mut Outcome,
) -> Result<Receipt> {
    if input.reason == Reason::Removal {
        let at = input.received_at.unwrap_or(sent);
        out.step(
            Step::new("RU-REMOVAL", cite::REMOVAL)
                .input("removed", g.zone.moment(at))
                .output("received", g.zone.moment(at))
                .note(Note::RemovalTakesEffect),
        );
        out.deadline("removed-at", g.zone.moment(at), "RU-REMOVAL", cite::REMOVAL);
        return Ok(Receipt {
            sent: at,
            contract: at,
            actual: at,
            actual_assumed: false,
            channel: input.channel,
        });
    }
    notice::receipt(input.channel, sent, input.received_at, &g.zone, out)
}

/// Payments made after the refusal was received: flagged, and each is due back no earlier than
/// the refund term counted from its own day (it did not exist when the refusal arrived). The
/// refund is taken from the latest payments first (what the provider keeps is covered by the
/// earliest money): the careful reading, which never counts interest on money before it could
/// have been due back. Returns the refund split into parts with their deadlines.
fn tranches(
    input: &RefundInput,
    refund: Rub,
    deadline: NaiveDate,
    (from, from_law): (NaiveDate, NaiveDate),
    reason: Reason,
    g: &GroupParams,
    out: &mut Outcome,
) -> Result<Vec<late_interest::Tranche>> {
    let mut late: Vec<&Payment> = input.payments.iter().filter(|p| p.date > from).collect();
    late.sort_by_key(|p| std::cmp::Reverse(p.date));
    let mut remaining = refund.positive_part();
    let mut parts = Vec::new();
    for p in late {
        let part = p.amount.min(remaining);
        remaining = remaining.sub(part, "refund-parts")?;
        let due = deadlines::refund_deadline_date(p.date, p.date.max(from_law), reason)?;
        out.step(
            Step::new("RU-REFUND-DEADLINE", cite::REFUND_DEADLINE)
                .input("refusal-received", Value::Date(from))
                .input("payment-date", Value::Date(p.date))
                .input("payment-amount", Value::rub(p.amount))
                .input("refund-part", Value::rub(part))
                .output("refund-deadline-part", g.zone.deadline(due))
                .note(Note::LatePaymentRefundTerm),
        );
        out.warn(Notice::new(
            "payment-after-refusal",
            format!(
                "{} ₽ was paid on {} after the refusal was received ({from}); its part of the refund is due back by {due}, and late interest on it runs only from the day after.",
                p.amount, p.date
            ),
            vec![
                Field::new("payment-date", Value::Date(p.date)),
                Field::new("payment-amount", Value::rub(p.amount)),
                Field::new("refund-deadline", g.zone.deadline(due)),
            ],
        ));
        parts.push(late_interest::Tranche {
            amount: part,
            deadline: due,
        });
    }
    parts.push(late_interest::Tranche {
        amount: remaining,
        deadline,
    });
    Ok(parts)
}

/// `ru-refund`: the refund after a refusal, removal or force-majeure termination.
///
/// ```
/// use clausecalc_engine::{evaluate, outcome::Value, Scenario};
/// // Paid 6 800 ₽; refused by e-mail 2026-03-20 12:00 (received 24 h later, in the window).
/// let s: Scenario = serde_json::from_str(r#"{"calculator": "ru-refund",
///     "payments": [{"amount": "6800", "date": "2026-03-01"}],
///     "refusal_sent": "2026-03-20T12:00", "channel": "e-mail",
///     "expenses": [{"kind": "organisational-fee", "amount": "700", "documented": true}],
///     "as_of": "2026-03-21"}"#).unwrap();
/// let o = evaluate(&s).unwrap();
/// assert_eq!(o.headline.code, "refund-early");
/// let refund = o.figures.iter().find(|f| f.key == "refund").unwrap();
/// // The fee is capped at 500 ₽ (offer 6.2).
/// assert_eq!(refund.value, Value::rub(clausecalc_engine::money::Rub(6300.into())));
/// ```
pub fn refund(input: &RefundInput) -> Result<Outcome> {
    let g = validate(input)?;
    let mut out = Outcome::new("ru-refund");
    g.describe(&mut out)?;
    g.lint(&mut out)?;
    out.event(input.as_of, crate::outcome::EventKind::Event, "as-of");
    if let Some(arrival) =
        payment::first_arrival(&input.payments, input.first_payment_arrived_at, &g)?
    {
        let acceptance =
            payment::offer_acceptance(arrival, input.admitted_after_start, &g, &mut out)?;
        if acceptance == payment::Acceptance::Lapsed {
            return lapsed(input, arrival.date(), &g, out);
        }
    }
    let Some(concluded) = payment::concluded(&input.payments, &mut out) else {
        out.figure(
            "paid",
            Value::rub(Rub::ZERO),
            "RU-CONCLUDED",
            cite::CONCLUDED,
            Basis::Agreed,
        );
        out.headline = if input.refusal_sent.is_none() {
            Notice::new(
                "refund-needs-payments",
                "Enter the payments made (amount and the day each arrived) and when the refusal was sent: the refund is counted from them. With no payment at all there is no contract and nothing to refund (offer 1.4, 1.5).",
                Vec::new(),
            )
        } else {
            payment::not_concluded_headline()
        };
        return Ok(out);
    };
    let Some(sent) = input.refusal_sent else {
        return Err(EngineError::field("refusal_sent", Problem::Missing));
    };
    let paid = payment::total(&input.payments)?;
    out.figure(
        "paid",
        Value::rub(paid),
        "RU-CONCLUDED",
        cite::CONCLUDED,
        Basis::Agreed,
    );
    let receipt = effective(input, sent, &g, &mut out)?;
    let received = receipt.contract;
    // The statutory reading counts from the refusal's actual delivery (ГК 165.1 п. 1; revised
    // 2026-11-30): the entered delivery moment, else — an e-mail or a personal-account message
    // reaching the provider when sent — the sending moment, as the assumption
    // `delivery-assumed-at-sending` states. The consumer pays only for services actually rendered
    // (ЗоЗПП 32, ГК 782).
    let law_received = receipt.actual;
    let window = refusal::window(&g, &mut out)?;
    let timings = refusal::classify(
        &window,
        receipt.sent,
        received,
        receipt.actual,
        &g.zone,
        &mut out,
    )?;
    let timing = timings.governing;
    out.figure(
        "timing",
        Value::code(timing.code()),
        "RU-REFUSAL-WINDOW",
        cite::WINDOW,
        Basis::Contract,
    );
    let term_from = deadlines::effective_receipt_day(received.date(), concluded, &mut out);
    let term_from_law = law_received.date().max(concluded);
    // Meetings not rendered: those entered, plus, for force majeure, the meetings in its period.
    let mut not_rendered = input.meetings_not_rendered.clone();
    let mut fm_ok = true;
    if let (Reason::ForceMajeure, Some(from)) = (input.reason, input.force_majeure_from) {
        let (_, ok) = force_majeure::right_arises(
            from,
            input.force_majeure_to,
            Some(received.date()),
            &g.zone,
            &mut out,
        )?;
        fm_ok = ok;
        let to = input.force_majeure_to.unwrap_or(NaiveDate::MAX);
        not_rendered.extend(
            g.meetings
                .iter()
                .filter(|m| **m >= from && **m <= to)
                .copied(),
        );
    }
    let (n, rendered_c) = refusal::rendered_value(&g, received, &not_rendered, &mut out)?;
    let (n_law, rendered_l) = if law_received == received {
        (n, rendered_c)
    } else {
        refusal::rendered_value_as(
            &g,
            law_received,
            &not_rendered,
            refusal::Reading::Law,
            &mut out,
        )?
    };
    let rendered = Rendered {
        contract: rendered_c,
        law: rendered_l,
    };
    let same = n == n_law;
    let b = if same { Basis::Agreed } else { Basis::Contract };
    out.figure(
        "meetings-rendered",
        Value::Count(i64::from(n)),
        "RU-REFUND-AFTER-START",
        cite::AFTER_START,
        b,
    );
    out.figure(
        "rendered-value",
        Value::rub(rendered_c),
        "RU-REFUND-AFTER-START",
        cite::AFTER_START,
        b,
    );
    if !same {
        out.figure(
            "meetings-rendered-law",
            Value::Count(i64::from(n_law)),
            "RU-REFUND-AFTER-START",
            cite::RENDERED_LAW,
            Basis::Law,
        );
        out.figure(
            "rendered-value-law",
            Value::rub(rendered_l),
            "RU-REFUND-AFTER-START",
            cite::RENDERED_LAW,
            Basis::Law,
        );
        out.comparisons.push(Comparison {
            key: "meetings-rendered".into(),
            contract: Value::Count(i64::from(n)),
            law: Value::Count(i64::from(n_law)),
            contract_citation: cite::NOTICE.into(),
            law_citation: cite::RENDERED_LAW.into(),
            reason_code: "actual-receipt-rendered".into(),
            reason: "The contract counts the meetings begun before its deemed receipt (24 hours after sending); the law charges only for services actually rendered, counted up to the refusal's actual receipt.".into(),
        });
        out.warn(Notice::new(
            "receipt-reading-changes-money",
            format!(
                "Counting actual receipt (ГК 165.1) instead of the 24-hour rule, {n_law} meeting(s) rather than {n} were rendered before the refusal took effect: the law's figure charges {rendered_l} ₽, the contract's {rendered_c} ₽."
            ),
            vec![
                Field::new("contract", Value::Count(i64::from(n))),
                Field::new("law", Value::Count(i64::from(n_law))),
                Field::new("rendered-value-contract", Value::rub(rendered_c)),
                Field::new("rendered-value-law", Value::rub(rendered_l)),
            ],
        ));
    }
    if timing == Timing::AfterStart {
        out.assume(Notice::new(
            "rendered-meeting-begun",
            "A meeting counts as rendered if it began before the refusal was received and took place as agreed; access to materials or recordings does not count (ВС РФ 4-КГ24-57-К1).",
            Vec::new(),
        ));
    }
    let f = match input.reason {
        Reason::OwnChoice => own_choice(timing, paid, rendered, input, &mut out)?,
        Reason::ProviderBreach => breach(timing, paid, rendered, input, &mut out)?,
        Reason::Removal => removal(timing, paid, rendered, input, &mut out)?,
        Reason::ForceMajeure if fm_ok => force_majeure_refund(paid, rendered, input, &mut out)?,
        Reason::ForceMajeure => own_choice(timing, paid, rendered, input, &mut out)?,
    };
    let (chosen, basis) = if f.law.refund > f.contract.refund {
        (f.law, Basis::Law)
    } else if f.law.refund < f.contract.refund {
        (f.contract, Basis::Contract)
    } else {
        (
            Side {
                refund: f.law.refund,
                owed: f.law.owed.min(f.contract.owed),
                expenses: f.law.expenses.min(f.contract.expenses),
            },
            Basis::Agreed,
        )
    };
    out.figure(
        "deductions-contract",
        Value::rub(f.deductions.0),
        f.rule,
        f.citation,
        Basis::Contract,
    );
    out.figure(
        "deductions-law",
        Value::rub(f.deductions.1),
        f.rule,
        cite::LAW_REFUND,
        Basis::Law,
    );
    out.figure(
        "refund-contract",
        Value::rub(f.contract.refund),
        f.rule,
        f.citation,
        Basis::Contract,
    );
    out.figure(
        "refund-law",
        Value::rub(f.law.refund),
        f.rule,
        cite::LAW_REFUND,
        Basis::Law,
    );
    out.comparisons.push(Comparison {
        key: "refund".into(),
        contract: Value::rub(f.contract.refund),
        law: Value::rub(f.law.refund),
        contract_citation: f.citation.into(),
        law_citation: match input.reason {
            Reason::ProviderBreach => cite::BREACH,
            Reason::Removal => cite::REMOVAL_LAW,
            _ => cite::LAW_REFUND,
        }
        .into(),
        reason_code: f.reason_code.into(),
        reason: f.reason.into(),
    });
    out.step(
        Step::new(f.rule, cite::LAW_REFUND)
            .input("refund-contract", Value::rub(f.contract.refund))
            .input("refund-law", Value::rub(f.law.refund))
            .output("refund", Value::rub(chosen.refund))
            .output("balance-owed", Value::rub(chosen.owed))
            .output("expenses-claimable", Value::rub(chosen.expenses))
            .note(Note::MoreFavourableFigure),
    );
    out.figure(
        "refund",
        Value::rub(chosen.refund),
        f.rule,
        f.citation,
        basis,
    );
    out.figure(
        "balance-owed",
        Value::rub(chosen.owed),
        f.rule,
        f.citation,
        basis,
    );
    if !chosen.expenses.0.is_zero() {
        out.figure(
            "expenses-claimable",
            Value::rub(chosen.expenses),
            f.rule,
            cite::EXPENSES_CLAIM,
            Basis::Law,
        );
        out.step(
            Step::new(f.rule, cite::EXPENSES_CLAIM)
                .input("paid", Value::rub(paid))
                .input("balance-owed", Value::rub(chosen.owed))
                .output("expenses-claimable", Value::rub(chosen.expenses))
                .note(Note::UncoveredExpensesClaim),
        );
    }
    out.assume(Notice::new(
        "refund-more-favourable-figure",
        "The refund shown is the more favourable to the consumer of the contract's and the law's figures: a term may give more than the law, a term giving less is void (ЗоЗПП 16).",
        vec![Field::new("basis", Value::code(basis_code(basis)))],
    ));
    if !input.expenses.is_empty() {
        out.assume(Notice::new(
            "expenses-documented-only",
            "Only expenses marked as actually incurred and documented are deducted; a fixed fee counts only as such an expense.",
            Vec::new(),
        ));
    }
    let reason = if input.reason == Reason::ForceMajeure && !fm_ok {
        Reason::OwnChoice
    } else {
        input.reason
    };
    if let Some((contested, without)) = f.contested {
        out.figure(
            "expenses-contested",
            Value::rub(contested),
            f.rule,
            cite::CONTESTED,
            Basis::Law,
        );
        out.figure(
            "refund-law-without-contested",
            Value::rub(without),
            f.rule,
            cite::CONTESTED,
            Basis::Law,
        );
        out.warn(Notice::new(
            "expenses-contested",
            format!("{contested} ₽ of the deducted expenses are commissions or general overheads of organising the group, which courts often refuse under ЗоЗПП 32 (not expenses of performing this contract). The law figure still deducts them; without them it would be {without} ₽."),
            vec![
                Field::new("expenses-contested", Value::rub(contested)),
                Field::new("refund-law-without-contested", Value::rub(without)),
            ],
        ));
    }
    // RU-REFUSAL-WINDOW (revised 2026-11-30): the receipt reading beside the governing sending
    // reading, with a warning when it would change the money.
    if timings.receipt_reading != timing {
        out.figure(
            "timing-receipt-reading",
            Value::code(timings.receipt_reading.code()),
            "RU-REFUSAL-WINDOW",
            cite::NOTICE,
            Basis::Contract,
        );
        if matches!(
            input.reason,
            Reason::OwnChoice | Reason::Removal | Reason::ProviderBreach
        ) || !fm_ok
        {
            let mut scratch = Outcome::new("receipt-reading");
            let (_, _, _, alt) = section_6(
                timings.receipt_reading,
                paid,
                rendered.contract,
                input,
                &mut scratch,
            )?;
            let alt_refund = alt.refund.max(f.law.refund);
            if alt_refund != chosen.refund {
                out.figure(
                    "refund-receipt-reading",
                    Value::rub(alt_refund),
                    "RU-REFUSAL-WINDOW",
                    cite::NOTICE,
                    Basis::Contract,
                );
                out.warn(Notice::new(
                    "refusal-window-reading-changes-money",
                    format!("Read by receipt (the 24-hour rule applied to the 6.1 window) the refusal would be '{}' and the refund {alt_refund} ₽ instead of {} ₽. 6.1 makes the refusal by sending (ГК 194 п. 2), and an ambiguous term is read for the consumer (ГК 431): the sending reading governs.", timings.receipt_reading.code(), chosen.refund),
                    vec![
                        Field::new("refund", Value::rub(chosen.refund)),
                        Field::new("refund-receipt-reading", Value::rub(alt_refund)),
                    ],
                ));
            }
        }
    }
    // Nothing to refund (e.g. a refusal after the last meeting): no refund deadline either.
    let mut delay = None;
    let deadline = if chosen.refund.0.is_sign_positive() && !chosen.refund.0.is_zero() {
        let deadline =
            deadlines::refund_deadline_with(term_from, term_from_law, reason, &g.zone, &mut out)?;
        let by_delivery =
            deadlines::refund_deadline_delivery(term_from, term_from_law, &g.zone, &mut out)?;
        let tranches = tranches(
            input,
            chosen.refund,
            deadline,
            (term_from, term_from_law),
            reason,
            &g,
            &mut out,
        )?;
        delay = late_interest::remedy_tranches(
            &tranches,
            input.refund_paid_on,
            input.as_of,
            reason,
            g.price,
            &input.key_rates,
            &g.zone,
            &mut out,
        )?;
        let last_counted = input
            .refund_paid_on
            .map_or(input.as_of, |p| p.min(input.as_of));
        if let Some(alt) = by_delivery.filter(|a| *a < deadline && last_counted > *a) {
            out.warn(Notice::new(
                "refund-deadline-reading-changes-money",
                format!("Counted from actual delivery (ГК 165.1 п. 1) the refund was due by {alt}, a working day before the governing {deadline}: on that reading the delay, and the interest or penalty, would start a day earlier."),
                vec![
                    Field::new("refund-deadline", g.zone.deadline(deadline)),
                    Field::new("refund-deadline-delivery", g.zone.deadline(alt)),
                ],
            ));
        }
        limitation::limitation(
            deadline,
            limitation::Interruptions {
                acknowledged_on: input.debt_acknowledged_on,
                suspended_days: input.limitation_suspended_days.unwrap_or(0),
            },
            &g.zone,
            &mut out,
        )?;
        Some(deadline)
    } else {
        deadlines::flag_payments_after_refusal(&input.payments, term_from, &mut out);
        out.step(
            Step::new("RU-REFUND-DEADLINE", cite::REFUND_DEADLINE)
                .input("refund", Value::rub(chosen.refund))
                .output("refund-deadline", Value::code("none"))
                .note(Note::NothingToRefund),
        );
        None
    };
    if let Some(p) = input.refund_paid_on {
        out.event(p, crate::outcome::EventKind::Event, "refund-paid");
    }
    liabilities(input, paid, chosen.refund, delay, &mut out)?;
    out.headline = headline(
        reason,
        timing,
        chosen,
        deadline,
        input.refund_paid_on,
        (input.as_of, delay),
    );
    Ok(out)
}

/// RU-CONSUMER-FINE and RU-LIABILITY-CAP beside the refund and its late-payment figure: the fine
/// a court may add (conditional, never added to the refund) and the flag that offer 7.6 reduces
/// none of them.
fn liabilities(
    input: &RefundInput,
    paid: Rub,
    refund: Rub,
    delay: Option<late_interest::Delay>,
    out: &mut Outcome,
) -> Result<()> {
    let unpaid = if input.refund_paid_on.is_some() {
        Rub::ZERO
    } else {
        refund
    };
    let interest = delay.map_or(Rub::ZERO, |d| d.amount);
    let losses = input.losses.unwrap_or(Rub::ZERO);
    let moral = input.moral_damages.unwrap_or(Rub::ZERO);
    // A fine only where a claim could reach a court: something unpaid, late or claimed.
    let late = !interest.0.is_zero();
    let fine = if late || !losses.0.is_zero() || !moral.0.is_zero() {
        liability::consumer_fine(
            liability::Claim {
                unpaid_refund: unpaid,
                interest_or_penalty: interest,
                losses,
                moral_damages: moral,
                met_before_claim: input.demand_met_before_claim,
            },
            out,
        )?
    } else {
        None
    };
    let total = Rub::sum(
        [interest, losses, moral, fine.unwrap_or(Rub::ZERO)],
        "liability",
    )?;
    liability::liability_cap(paid, refund, total, out)
}

/// RU-OFFER-LAPSE — offer 1.3; ГК 1102, 1107 п. 2: the first payment arrived when the offer had
/// lapsed, so no contract exists: the whole payment is returnable as an unjust enrichment, with
/// ГК 395 interest from when the provider knew or should have known (ГК 1107 п. 2; default: the day
/// after each payment arrived). Section 6 does not apply.
fn lapsed(
    input: &RefundInput,
    arrived: NaiveDate,
    g: &GroupParams,
    mut out: Outcome,
) -> Result<Outcome> {
    let paid = payment::total(&input.payments)?;
    out.figure(
        "paid",
        Value::rub(paid),
        "RU-OFFER-LAPSE",
        cite::OFFER_LAPSE,
        Basis::Agreed,
    );
    out.figure(
        "refund",
        Value::rub(paid),
        "RU-OFFER-LAPSE",
        cite::OFFER_LAPSE,
        Basis::Law,
    );
    out.warn(Notice::new(
        "offer-lapsed",
        format!("The first payment arrived on {arrived}, at or after the start of services, when the offer had lapsed (1.3): it accepted nothing and no contract exists. The whole payment is returnable (ГК 1102); section 6 does not apply."),
        vec![Field::new("first-payment-arrived", Value::Date(arrived))],
    ));
    let parts: Vec<late_interest::Tranche> = input
        .payments
        .iter()
        .map(|p| late_interest::Tranche {
            amount: p.amount,
            deadline: p.date.max(arrived),
        })
        .collect();
    let delay = late_interest::remedy_tranches(
        &parts,
        input.refund_paid_on,
        input.as_of,
        Reason::OwnChoice,
        g.price,
        &input.key_rates,
        &g.zone,
        &mut out,
    )?;
    let interest = delay.map_or(Rub::ZERO, |d| d.amount);
    let mut params = vec![
        Field::new("refund", Value::rub(paid)),
        Field::new("late-interest", Value::rub(interest)),
        Field::new("as-of", Value::Date(input.as_of)),
    ];
    params.push(Field::new("first-payment-arrived", Value::Date(arrived)));
    out.headline = Notice::new(
        "offer-lapsed",
        format!("The payment arrived after the offer had lapsed at the start of services (1.3): no contract, and the whole {paid} ₽ is to be returned (ГК 1102), with ГК 395 interest from the day after it arrived ({interest} ₽ as of {}).", input.as_of),
        params,
    );
    Ok(out)
}

fn basis_code(b: Basis) -> &'static str {
    match b {
        Basis::Contract => "contract",
        Basis::Law => "law",
        Basis::Agreed => "agreed",
    }
}

fn headline(
    reason: Reason,
    timing: Timing,
    s: Side,
    deadline: Option<NaiveDate>,
    paid_on: Option<NaiveDate>,
    (as_of, delay): (NaiveDate, Option<late_interest::Delay>),
) -> Notice {
    let mut params = vec![
        Field::new("refund", Value::rub(s.refund)),
        Field::new("balance-owed", Value::rub(s.owed)),
        Field::new("expenses-claimable", Value::rub(s.expenses)),
    ];
    if let Some(d) = deadline {
        params.push(Field::new("refund-deadline", Value::Date(d)));
    }
    if s.refund.0.is_zero() && !s.owed.0.is_zero() {
        let extra = if s.expenses.0.is_zero() {
            String::new()
        } else {
            format!(
                " Separately, the provider may claim {} ₽ of documented expenses (ГК 782, ЗоЗПП 32).",
                s.expenses
            )
        };
        return Notice::new(
            "balance-owed",
            format!(
                "Nothing comes back: the participant still owes {} ₽ for the meetings rendered.{extra}",
                s.owed
            ),
            params,
        );
    }
    if s.refund.0.is_zero() && !s.expenses.0.is_zero() {
        return Notice::new(
            "expenses-claimable",
            format!(
                "Nothing comes back and nothing is owed for the meetings; the provider may separately claim {} ₽ of documented expenses the payments did not cover (ГК 782, ЗоЗПП 32).",
                s.expenses
            ),
            params,
        );
    }
    let Some(deadline) = deadline.filter(|_| !s.refund.0.is_zero()) else {
        return Notice::new(
            "nothing-to-refund",
            "Nothing comes back and nothing is owed.",
            params,
        );
    };
    if let Some(p) = paid_on {
        params.push(Field::new("refund-paid-on", Value::Date(p)));
        let text = if p <= deadline {
            format!(
                "The refund of {} ₽ was due by {deadline} and was paid on {p}, in time.",
                s.refund
            )
        } else {
            format!(
                "The refund of {} ₽ was due by {deadline} and was paid late, on {p}: see the late-payment remedy.",
                s.refund
            )
        };
        return Notice::new("refund-paid", text, params);
    }
    // Overdue and unpaid: say so, and what has accrued (the figure is computed; the headline
    // must not read as if the deadline were still ahead).
    if let Some(d) = delay.filter(|_| as_of > deadline) {
        params.push(Field::new("as-of", Value::Date(as_of)));
        params.push(Field::new("days-late", Value::Days(d.days)));
        let (code, key, what) = if reason == Reason::ProviderBreach {
            (
                "refund-overdue-penalty",
                "late-penalty",
                "the ЗоЗПП 28 п. 5 penalty",
            )
        } else {
            ("refund-overdue", "late-interest", "ГК 395 interest")
        };
        params.push(Field::new(key, Value::rub(d.amount)));
        return Notice::new(
            code,
            format!(
                "The refund of {} ₽ was due by {deadline} and is overdue: as of {as_of}, {} days late, {what} of {} ₽ has accrued.",
                s.refund, d.days, d.amount
            ),
            params,
        );
    }
    let code = match (reason, timing) {
        (Reason::ProviderBreach, _) => "refund-breach",
        (Reason::Removal, _) => "refund-removal",
        (Reason::ForceMajeure, _) => "refund-force-majeure",
        (Reason::OwnChoice, Timing::Early) => "refund-early",
        (Reason::OwnChoice, Timing::Late) => "refund-late",
        (Reason::OwnChoice, Timing::AfterStart) => "refund-after-start",
    };
    Notice::new(
        code,
        format!("The provider must refund {} ₽ by {deadline}.", s.refund),
        params,
    )
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::ru_intervision::testing::d;
    use crate::ru_intervision::ExpenseKind;
    use rust_decimal::Decimal;

    fn rub(n: i64) -> Rub {
        Rub(Decimal::new(n, 0))
    }

    fn base() -> RefundInput {
        RefundInput {
            group: None,
            payments: vec![Payment {
                amount: rub(6800),
                date: d(2026, 3, 1),
            }],
            refusal_sent: Some(d(2026, 3, 20).and_hms_opt(12, 0, 0).unwrap()),
            channel: Channel::Email,
            received_at: None,
            reason: Reason::OwnChoice,
            expenses: vec![],
            meetings_not_rendered: vec![],
            force_majeure_from: None,
            force_majeure_to: None,
            as_of: d(2026, 3, 21),
            refund_paid_on: None,
            key_rates: vec![],
            first_payment_arrived_at: None,
            admitted_after_start: false,
            losses: None,
            moral_damages: None,
            demand_met_before_claim: false,
            debt_acknowledged_on: None,
            limitation_suspended_days: None,
        }
    }

    fn figure(o: &Outcome, key: &str) -> Value {
        o.figures
            .iter()
            .find(|f| f.key == key)
            .unwrap()
            .value
            .clone()
    }

    /// RU-REFUND-EARLY — offer 6.2: fee capped at 500 ₽, commission deducted.
    #[test]
    fn early_refund() {
        let mut i = base();
        i.expenses = vec![
            Expense {
                kind: ExpenseKind::OrganisationalFee,
                amount: rub(700),
                documented: true,
            },
            Expense {
                kind: ExpenseKind::BankCommission,
                amount: rub(100),
                documented: true,
            },
        ];
        let o = refund(&i).unwrap();
        assert_eq!(o.headline.code, "refund-early");
        assert_eq!(figure(&o, "refund-contract"), Value::rub(rub(6200)));
        assert_eq!(figure(&o, "refund"), Value::rub(rub(6200)));
    }

    /// RU-REFUND-LATE — offer 6.3: documented expenses kept.
    #[test]
    fn late_refund() {
        let mut i = base();
        i.refusal_sent = Some(d(2026, 4, 2).and_hms_opt(12, 0, 0).unwrap());
        i.as_of = d(2026, 4, 3);
        i.expenses = vec![Expense {
            kind: ExpenseKind::PlaceReservation,
            amount: rub(300),
            documented: true,
        }];
        let o = refund(&i).unwrap();
        assert_eq!(o.headline.code, "refund-late");
        assert_eq!(figure(&o, "refund"), Value::rub(rub(6500)));
    }

    /// RU-REFUND-AFTER-START — offer 6.4: partial payment below rendered value → balance owed.
    #[test]
    fn balance_owed() {
        let mut i = base();
        i.payments = vec![Payment {
            amount: rub(850),
            date: d(2026, 4, 1),
        }];
        i.refusal_sent = Some(d(2026, 5, 10).and_hms_opt(12, 0, 0).unwrap());
        i.as_of = d(2026, 5, 11);
        let o = refund(&i).unwrap();
        assert_eq!(o.headline.code, "balance-owed");
        assert_eq!(figure(&o, "refund"), Value::rub(rub(0)));
        assert_eq!(figure(&o, "balance-owed"), Value::rub(rub(1700)));
    }

    /// RU-REMOVAL — offer 3.4/3.7/6.7: both readings, consumer's favour.
    #[test]
    fn removal_conflict() {
        let mut i = base();
        i.reason = Reason::Removal;
        i.refusal_sent = Some(d(2026, 4, 23).and_hms_opt(12, 0, 0).unwrap());
        i.as_of = d(2026, 4, 24);
        let o = refund(&i).unwrap();
        assert_eq!(figure(&o, "refund-reading-no-return"), Value::rub(rub(0)));
        assert_eq!(figure(&o, "refund"), Value::rub(rub(5100)));
        assert!(o
            .warnings
            .iter()
            .any(|w| w.code == "clause-conflict-removal"));
        // Regression: the removal's statutory ground was cited as a ЗоЗПП 32 refusal.
        let c = o.comparisons.iter().find(|c| c.key == "refund").unwrap();
        assert_eq!(c.reason_code, "removal-no-return-void");
        assert!(c.law_citation.contains("310") && !c.law_citation.contains("32"));
    }

    /// RU-BREACH — ЗоЗПП 28, 29, 31: nothing deducted but properly rendered meetings; the
    /// contract's section 6 figure is shown beside it.
    #[test]
    fn breach_no_deductions() {
        let mut i = base();
        i.reason = Reason::ProviderBreach;
        i.refusal_sent = Some(d(2026, 4, 22).and_hms_opt(12, 0, 0).unwrap());
        i.as_of = d(2026, 4, 24);
        i.meetings_not_rendered = vec![d(2026, 4, 22)];
        i.expenses = vec![Expense {
            kind: ExpenseKind::Organising,
            amount: rub(500),
            documented: true,
        }];
        let o = refund(&i).unwrap();
        assert_eq!(o.headline.code, "refund-breach");
        assert_eq!(figure(&o, "refund-contract"), Value::rub(rub(5450)));
        assert_eq!(figure(&o, "refund"), Value::rub(rub(5950)));
        assert_eq!(figure(&o, "deductions-law"), Value::rub(rub(0)));
    }

    /// RU-FORCE-MAJEURE — offer 11.3: meetings during the event are not rendered, no deductions.
    #[test]
    fn force_majeure_settlement() {
        let mut i = base();
        i.reason = Reason::ForceMajeure;
        i.force_majeure_from = Some(d(2026, 5, 1));
        i.refusal_sent = Some(d(2026, 6, 29).and_hms_opt(10, 0, 0).unwrap());
        i.as_of = d(2026, 6, 30);
        i.expenses = vec![Expense {
            kind: ExpenseKind::Organising,
            amount: rub(300),
            documented: true,
        }];
        let o = refund(&i).unwrap();
        assert_eq!(o.headline.code, "refund-force-majeure");
        assert_eq!(figure(&o, "refund"), Value::rub(rub(5100)));
    }

    /// Regression: the 24-hour rule (10.2–10.3) also drove the law's figure, charging the consumer
    /// for the 04-22 meeting held after the provider actually received the refusal.
    #[test]
    fn law_counts_rendered_by_actual_receipt() {
        let mut i = base();
        i.refusal_sent = Some(d(2026, 4, 21).and_hms_opt(12, 0, 0).unwrap());
        i.received_at = Some(d(2026, 4, 21).and_hms_opt(12, 1, 0).unwrap());
        i.as_of = d(2026, 4, 22);
        let o = refund(&i).unwrap();
        assert_eq!(figure(&o, "meetings-rendered"), Value::Count(2));
        assert_eq!(figure(&o, "meetings-rendered-law"), Value::Count(1));
        assert_eq!(figure(&o, "refund-contract"), Value::rub(rub(5100)));
        assert_eq!(figure(&o, "refund-law"), Value::rub(rub(5950)));
        assert_eq!(figure(&o, "refund"), Value::rub(rub(5950)));
        assert!(o
            .warnings
            .iter()
            .any(|w| w.code == "receipt-reading-changes-money"));
        assert!(o.comparisons.iter().any(|c| c.key == "meetings-rendered"));
    }

    /// ЗоЗПП 31 after a breach runs from the actual receipt when it is known.
    #[test]
    fn breach_term_from_actual_receipt() {
        let mut i = base();
        i.reason = Reason::ProviderBreach;
        i.refusal_sent = Some(d(2026, 4, 21).and_hms_opt(12, 0, 0).unwrap());
        i.received_at = Some(d(2026, 4, 21).and_hms_opt(12, 1, 0).unwrap());
        i.as_of = d(2026, 4, 22);
        let o = refund(&i).unwrap();
        let law = o
            .deadlines
            .iter()
            .find(|f| f.key == "refund-deadline-law")
            .unwrap();
        // 04-21 + 10 days = 05-01 (holiday) → rolled to the next working day.
        assert!(matches!(law.value, Value::Deadline { date, .. } if date < d(2026, 5, 6)));
    }

    /// Regression: a refusal received before the first payment produced a refund deadline (and
    /// ГК 395 interest) counted from before the money existed.
    #[test]
    fn refusal_before_payment_term_from_conclusion() {
        let mut i = base();
        i.payments = vec![Payment {
            amount: rub(6800),
            date: d(2026, 3, 25),
        }];
        i.refusal_sent = Some(d(2026, 3, 10).and_hms_opt(10, 0, 0).unwrap());
        i.as_of = d(2026, 3, 26);
        let o = refund(&i).unwrap();
        let dl = o
            .deadlines
            .iter()
            .find(|f| f.key == "refund-deadline")
            .unwrap();
        // 10 working days from 2026-03-25, not from 2026-03-11.
        assert!(matches!(dl.value, Value::Deadline { date, .. } if date == d(2026, 4, 8)));
        assert!(o
            .assumptions
            .iter()
            .any(|a| a.code == "refusal-effective-on-conclusion"));
        assert!(o.figures.iter().all(|f| f.key != "late-interest"));
    }

    /// Regression: a payment made after the refusal was received earned ГК 395 interest from the
    /// refund deadline of the refusal, before the money had even been paid.
    #[test]
    fn payment_after_refusal_interest_from_its_own_term() {
        let mut i = base();
        i.payments = vec![
            Payment {
                amount: rub(850),
                date: d(2026, 3, 1),
            },
            Payment {
                amount: rub(5950),
                date: d(2026, 4, 20),
            },
        ];
        i.refusal_sent = Some(d(2026, 3, 20).and_hms_opt(10, 0, 0).unwrap());
        i.as_of = d(2026, 5, 20);
        let o = refund(&i).unwrap();
        assert!(o.warnings.iter().any(|w| w.code == "payment-after-refusal"));
        let one = {
            let mut j = i.clone();
            j.payments = vec![Payment {
                amount: rub(6800),
                date: d(2026, 3, 1),
            }];
            refund(&j).unwrap()
        };
        let money = |v: Value| match v {
            Value::Money { amount, .. } => amount,
            _ => Decimal::ZERO,
        };
        let split = money(figure(&o, "late-interest"));
        let whole = money(figure(&one, "late-interest"));
        assert_eq!(split, Decimal::new(5487, 2));
        assert!(split < whole);
    }

    /// Regression: documented expenses beyond the payments were folded into the balance owed and
    /// the headline called them payment "for what was rendered".
    #[test]
    fn expenses_beyond_paid_are_not_balance_owed() {
        let mut i = base();
        i.payments = vec![Payment {
            amount: rub(850),
            date: d(2026, 4, 1),
        }];
        i.refusal_sent = Some(d(2026, 4, 10).and_hms_opt(12, 0, 0).unwrap());
        i.as_of = d(2026, 4, 11);
        i.expenses = vec![Expense {
            kind: ExpenseKind::Organising,
            amount: rub(300),
            documented: true,
        }];
        let o = refund(&i).unwrap();
        assert_eq!(figure(&o, "refund"), Value::rub(rub(0)));
        assert_eq!(figure(&o, "balance-owed"), Value::rub(rub(0)));
        assert_eq!(figure(&o, "expenses-claimable"), Value::rub(rub(300)));
        assert_eq!(o.headline.code, "expenses-claimable");
    }

    /// Regressions: after `refund_paid_on` the headline still said "must refund … by"; a refusal
    /// after the last meeting showed a refund deadline with nothing to refund.
    #[test]
    fn headline_after_payment_and_no_deadline_without_refund() {
        let mut i = base();
        i.as_of = d(2026, 4, 20);
        i.refund_paid_on = Some(d(2026, 4, 1));
        let o = refund(&i).unwrap();
        assert_eq!(o.headline.code, "refund-paid");
        assert!(!o.headline.text.contains("must refund"));
        let mut i = base();
        i.refusal_sent = Some(d(2026, 7, 20).and_hms_opt(12, 0, 0).unwrap());
        i.as_of = d(2026, 7, 22);
        let o = refund(&i).unwrap();
        assert_eq!(o.headline.code, "nothing-to-refund");
        assert!(o.deadlines.iter().all(|f| f.key != "refund-deadline"));
        // A payment after the refusal is flagged even when nothing is refunded.
        i.payments.push(Payment {
            amount: rub(100),
            date: d(2026, 7, 22),
        });
        let o = refund(&i).unwrap();
        assert!(o.warnings.iter().any(|w| w.code == "payment-after-refusal"));
    }

    /// RU-CONCLUDED — offer 1.5: no payment, no refund question.
    #[test]
    fn not_concluded() {
        let mut i = base();
        i.payments.clear();
        assert_eq!(refund(&i).unwrap().headline.code, "not-concluded");
        // Regression (2026-11-30): an empty form said "no refusal needed"; it says what is needed.
        i.refusal_sent = None;
        assert_eq!(refund(&i).unwrap().headline.code, "refund-needs-payments");
    }
}
