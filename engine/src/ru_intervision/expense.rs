//! The provider's expenses and which of them may be deducted from a refund, under each clause and
//! under the statute. Expenses are inputs with evidence (documented yes/no), default none — never
//! a percentage.

use super::Note;
use crate::error::Result;
use crate::money::Rub;
use crate::outcome::{Field, Notice, Outcome, Step, Value};
use rust_decimal::Decimal;
use serde::Deserialize;

/// The kind of an expense the provider claims.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ExpenseKind {
    /// Payment-system or bank commission (6.2, 6.3).
    BankCommission,
    /// The "organisational fee" of 6.2 (at most 500 ₽).
    OrganisationalFee,
    /// Expenses of organising the group (6.3).
    Organising,
    /// Reserving the participant's place (6.3).
    PlaceReservation,
    /// A commission for sending the refund itself (new 2026-11-30): a cost of the provider's own
    /// performance of the refund (ГК 309.2), never deducted in the law figure.
    RefundCommission,
    /// Anything else.
    Other,
}

impl ExpenseKind {
    /// The stable code.
    pub fn code(self) -> &'static str {
        match self {
            ExpenseKind::BankCommission => "bank-commission",
            ExpenseKind::OrganisationalFee => "organisational-fee",
            ExpenseKind::Organising => "organising",
            ExpenseKind::PlaceReservation => "place-reservation",
            ExpenseKind::RefundCommission => "refund-commission",
            ExpenseKind::Other => "other",
        }
    }

    /// Whether courts often refuse it as a deduction under ЗоЗПП 32 (revised 2026-11-30): bank,
    /// acquiring and payment-system commissions are a cost of receiving money, not of performing;
    /// general overheads of organising the group (the organising costs and the fixed fee) are not
    /// tied to this participant.
    pub fn contested(self) -> bool {
        matches!(
            self,
            ExpenseKind::BankCommission | ExpenseKind::Organising | ExpenseKind::OrganisationalFee
        )
    }
}

/// One expense the provider claims.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Expense {
    /// What it is.
    pub kind: ExpenseKind,
    /// Amount, ₽.
    pub amount: Rub,
    /// Whether it is actually incurred and documented (a receipt, a bank statement).
    #[serde(default)]
    pub documented: bool,
}

/// Which rule decides what is deductible.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Regime {
    /// Offer 6.2: documented commissions and an organisational fee of at most 500 ₽; nothing else.
    Early,
    /// Offer 6.3: documented expenses, including commissions, organising and reserving the place.
    Late,
    /// Offer 6.6: documented actual expenses (after the start).
    AfterStart,
    /// ЗоЗПП ст. 32, ГК ст. 782: the provider's actually incurred, documented expenses.
    Law,
    /// Breach (ЗоЗПП 28, 29) or force majeure (offer 11.3): nothing is deducted.
    NoDeductions,
}

/// The organisational fee cap of offer 6.2, ₽.
pub fn fee_cap() -> Rub {
    Rub(Decimal::new(500, 0))
}

impl Regime {
    fn allows(self, kind: ExpenseKind) -> bool {
        match self {
            Regime::Early => matches!(
                kind,
                ExpenseKind::BankCommission
                    | ExpenseKind::OrganisationalFee
                    | ExpenseKind::RefundCommission
            ),
            Regime::Late | Regime::AfterStart => true,
            Regime::Law => kind != ExpenseKind::RefundCommission,
            Regime::NoDeductions => false,
        }
    }
}

/// The deductible total of `expenses` under `regime`, as a trace step for the caller's rule id and
/// citation (e.g. RU-REFUND-LATE, offer 6.3), with warnings for what is not deductible.
///
/// RU-REFUND-EARLY — offer 6.2: documented commissions, plus an organisational fee capped at
/// 500 ₽ (a higher claim is capped and flagged); "иные удержания не допускаются".
/// RU-REFUND-LATE — offer 6.3: documented expenses of any listed kind ("включая" is read as an
/// open list, so a documented "other" expense counts too).
/// Interpretation: an undocumented expense is never deductible, under any clause (6.2 and 6.3
/// both say "фактически понесённых и документально подтверждённых"), and the fee of 6.2 is read as
/// one of those documented expenses (consumer-favourable reading, ГК 431).
pub fn deductible(
    regime: Regime,
    (rule, citation): (&str, &str),
    expenses: &[Expense],
    out: &mut Outcome,
) -> Result<Rub> {
    const STEP: &str = "expenses";
    let mut step = Step::new(rule, citation);
    let mut total = Rub::ZERO;
    let mut fees = Rub::ZERO;
    for e in expenses {
        step = step.input(&format!("expense-{}", e.kind.code()), Value::rub(e.amount));
        if regime == Regime::NoDeductions {
            continue;
        }
        if !e.documented {
            out.warn(Notice::new(
                "expense-undocumented",
                format!(
                    "The {} of {} ₽ is not documented, so it is not deducted.",
                    e.kind.code(),
                    e.amount
                ),
                vec![
                    Field::new("kind", Value::code(e.kind.code())),
                    Field::new("amount", Value::rub(e.amount)),
                ],
            ));
            continue;
        }
        if regime == Regime::Law && e.kind == ExpenseKind::RefundCommission {
            out.warn(Notice::new(
                "refund-commission-not-deductible",
                format!(
                    "The commission for sending the refund ({} ₽) is the provider's cost of paying back (ГК 309.2), not an expense of performing the services: the law figure does not deduct it.",
                    e.amount
                ),
                vec![Field::new("amount", Value::rub(e.amount))],
            ));
            continue;
        }
        if !regime.allows(e.kind) {
            out.warn(Notice::new(
                "expense-not-deductible-early",
                format!(
                    "Offer 6.2 allows no deduction for {} ({} ₽) when the refusal arrives in time.",
                    e.kind.code(),
                    e.amount
                ),
                vec![
                    Field::new("kind", Value::code(e.kind.code())),
                    Field::new("amount", Value::rub(e.amount)),
                ],
            ));
            continue;
        }
        if regime == Regime::Early && e.kind == ExpenseKind::OrganisationalFee {
            fees = fees.add(e.amount, STEP)?;
        } else {
            total = total.add(e.amount, STEP)?;
        }
    }
    if fees > fee_cap() {
        out.warn(Notice::new(
            "organisational-fee-capped",
            format!("The organisational fee claimed, {fees} ₽, is above the 500 ₽ of offer 6.2; 500 ₽ is used."),
            vec![Field::new("claimed", Value::rub(fees)), Field::new("cap", Value::rub(fee_cap()))],
        ));
        step = step.input("organisational-fee-cap", Value::rub(fee_cap()));
    }
    total = total.add(fees.min(fee_cap()), STEP)?;
    let note = match regime {
        Regime::Early => Note::ExpensesEarly,
        Regime::Late => Note::ExpensesLate,
        Regime::AfterStart => Note::ExpensesAfterStart,
        Regime::Law => Note::ExpensesLaw,
        Regime::NoDeductions => Note::NoDeductions,
    };
    out.step(
        step.output("deductible-expenses", Value::rub(total))
            .note(note),
    );
    Ok(total)
}

/// The documented expenses the law figure deducts that courts often refuse (revised 2026-11-30,
/// RULES.md §1 "Contested expenses"): ЗоЗПП 32 admits only expenses "связанные с исполнением
/// обязательств по данному договору". The law figure still deducts them (open question: no
/// Supreme Court ruling settles it) and marks each as contested; the caller shows the law figure
/// without them beside it.
// QUESTION: no Supreme Court ruling settles commissions or general overheads under ЗоЗПП 32; the
// headline still deducts them.
pub fn contested(expenses: &[Expense]) -> Result<Rub> {
    Rub::sum(
        expenses
            .iter()
            .filter(|e| e.documented && e.kind.contested())
            .map(|e| e.amount),
        "contested-expenses",
    )
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::ru_intervision::cite;

    fn e(kind: ExpenseKind, amount: i64, documented: bool) -> Expense {
        Expense {
            kind,
            amount: Rub(Decimal::new(amount, 0)),
            documented,
        }
    }

    /// RU-REFUND-EARLY — offer 6.2: fee capped at 500 ₽, other kinds refused, undocumented ignored.
    #[test]
    fn early_regime() {
        let list = [
            e(ExpenseKind::BankCommission, 100, true),
            e(ExpenseKind::OrganisationalFee, 800, true),
            e(ExpenseKind::Organising, 300, true),
            e(ExpenseKind::Other, 50, false),
        ];
        let mut out = Outcome::new("t");
        let got = deductible(
            Regime::Early,
            ("RU-REFUND-EARLY", cite::EARLY),
            &list,
            &mut out,
        )
        .unwrap();
        assert_eq!(got, Rub(Decimal::new(600, 0)));
        let codes: Vec<&str> = out.warnings.iter().map(|w| w.code.as_str()).collect();
        assert!(codes.contains(&"organisational-fee-capped"));
        assert!(codes.contains(&"expense-not-deductible-early"));
        assert!(codes.contains(&"expense-undocumented"));
    }

    /// RU-REFUND-LATE — offer 6.3: every documented expense counts.
    #[test]
    fn late_regime() {
        let list = [
            e(ExpenseKind::Organising, 300, true),
            e(ExpenseKind::PlaceReservation, 200, true),
        ];
        let mut out = Outcome::new("t");
        assert_eq!(
            deductible(
                Regime::Late,
                ("RU-REFUND-LATE", cite::LATE),
                &list,
                &mut out
            )
            .unwrap(),
            Rub(Decimal::new(500, 0))
        );
        assert_eq!(
            deductible(
                Regime::NoDeductions,
                ("RU-BREACH", cite::BREACH),
                &list,
                &mut out
            )
            .unwrap(),
            Rub::ZERO
        );
    }
}
