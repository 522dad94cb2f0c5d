//! What a court may add to a refund, and what the offer's cap on liability cannot take away: the
//! consumer fine (ЗоЗПП ст. 13 п. 6) and the void cap of offer 7.6 (ГК ст. 400 п. 2; ЗоЗПП ст. 16).

use super::cite;
use super::Note;
use crate::error::Result;
use crate::money::Rub;
use crate::outcome::{Basis, Field, Notice, Outcome, Step, Value};
use rust_decimal::Decimal;

/// The fine's share of the sums awarded (ЗоЗПП 13 п. 6): 50 %.
pub fn fine_percent() -> Decimal {
    Decimal::new(50, 0)
}

/// What a court would be asked to award, besides the fine.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Claim {
    /// The refund still unpaid.
    pub unpaid_refund: Rub,
    /// ГК 395 interest or the ЗоЗПП 28 п. 5 penalty.
    pub interest_or_penalty: Rub,
    /// Losses the user expects to be awarded (entered).
    pub losses: Rub,
    /// Moral damages (ЗоЗПП 15) the user expects to be awarded (entered).
    pub moral_damages: Rub,
    /// The provider met the demand in full before the claim was filed.
    pub met_before_claim: bool,
}

/// RU-CONSUMER-FINE — ЗоЗПП 13 п. 6; Пленум ВС № 17 п. 46 (new 2026-11-30): if a court grants a
/// consumer's claim the provider did not meet voluntarily, it adds a fine of 50 % of the sum awarded
/// to the consumer.
///
/// Interpretation: 50 % of the unpaid refund, the penalty or interest, and the losses and moral
/// damages as entered (never court costs), rounded to the kopeck. A conditional figure: labelled
/// "only if a court awards it", never added to the refund or the headline; a court may reduce it
/// (ГК 333). Zero when the demand was met in full before the claim was filed. Returns the figure,
/// or `None` when there is nothing a court could award.
// QUESTION: which sums form the base (moral damages, ГК 395 interest) follows court practice; a
// ГК 333 reduction cannot be predicted.
pub fn consumer_fine(c: Claim, out: &mut Outcome) -> Result<Option<Rub>> {
    const RULE: &str = "RU-CONSUMER-FINE";
    let base = Rub::sum(
        [
            c.unpaid_refund,
            c.interest_or_penalty,
            c.losses,
            c.moral_damages,
        ],
        RULE,
    )?;
    if base.0.is_zero() && !c.met_before_claim {
        return Ok(None);
    }
    let fine = if c.met_before_claim {
        Rub::ZERO
    } else {
        base.mul(fine_percent(), RULE)?
            .div(Decimal::ONE_HUNDRED, RULE)?
            .round_cents()
    };
    out.step(
        Step::new(RULE, cite::FINE)
            .input("unpaid-refund", Value::rub(c.unpaid_refund))
            .input("interest-or-penalty", Value::rub(c.interest_or_penalty))
            .input("losses", Value::rub(c.losses))
            .input("moral-damages", Value::rub(c.moral_damages))
            .input("demand-met-before-claim", Value::Bool(c.met_before_claim))
            .input("fine-base", Value::rub(base))
            .input("rate", Value::Percent(fine_percent()))
            .output("consumer-fine-if-awarded", Value::rub(fine))
            .note(if c.met_before_claim {
                Note::FineMetBeforeClaim
            } else {
                Note::ConsumerFine
            }),
    );
    out.figure(
        "consumer-fine-if-awarded",
        Value::rub(fine),
        RULE,
        cite::FINE,
        Basis::Law,
    );
    out.assume(Notice::new(
        "consumer-fine-conditional",
        format!("The consumer fine of {fine} ₽ is owed only if a court awards it (ЗоЗПП 13 п. 6): it is not part of the refund, and a court may reduce it (ГК 333)."),
        vec![Field::new("consumer-fine-if-awarded", Value::rub(fine))],
    ));
    Ok(Some(fine))
}

/// RU-LIABILITY-CAP — offer 7.6; ГК 400 п. 2; ЗоЗПП 16 (new 2026-11-30): 7.6 caps the provider's
/// liability at the amount paid. Agreed in advance with a consumer, a cap on liability the law
/// fixes (the ЗоЗПП 28 п. 5 penalty, ГК 395 interest, losses, the ЗоЗПП 13 п. 6 fine) is void, and
/// 7.6 itself excepts cases provided by law. A flag, never a figure: nothing is reduced by 7.6.
/// Warns beside any liability figure, with the stronger warning when the liability figures and the
/// refund together exceed what was paid.
pub fn liability_cap(paid: Rub, refund: Rub, liability: Rub, out: &mut Outcome) -> Result<()> {
    const RULE: &str = "RU-LIABILITY-CAP";
    if liability.0.is_zero() {
        return Ok(());
    }
    let total = refund.add(liability, RULE)?;
    let exceeds = total > paid;
    out.step(
        Step::new(RULE, cite::LIABILITY_CAP)
            .input("paid", Value::rub(paid))
            .input("refund", Value::rub(refund))
            .input("liability", Value::rub(liability))
            .output("exceeds-paid", Value::Bool(exceeds))
            .note(Note::LiabilityCapVoid),
    );
    let params = vec![
        Field::new("paid", Value::rub(paid)),
        Field::new("total", Value::rub(total)),
    ];
    out.warn(if exceeds {
        Notice::new(
            "liability-cap-exceeded",
            format!("Refund and liability together ({total} ₽) exceed what was paid ({paid} ₽). Clause 7.6 caps the provider's liability at the amount paid, but such a cap is void against a consumer for liability the law fixes (ГК 400 п. 2; ЗоЗПП 16), and 7.6 excepts cases provided by law: no figure is reduced."),
            params,
        )
    } else {
        Notice::new(
            "liability-cap-void",
            "Clause 7.6 caps the provider's liability at the amount paid; against a consumer that cap is void for liability the law fixes (ГК 400 п. 2; ЗоЗПП 16): no figure is reduced by it.",
            params,
        )
    });
    Ok(())
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn rub(n: i64, scale: u32) -> Rub {
        Rub(Decimal::new(n, scale))
    }

    /// RU-CONSUMER-FINE — ЗоЗПП 13 п. 6: 50 % of the sums awarded; zero if met before the claim.
    #[test]
    fn fifty_percent_or_zero() {
        let mut out = Outcome::new("t");
        let c = Claim {
            unpaid_refund: rub(6800, 0),
            interest_or_penalty: rub(12345, 2),
            ..Claim::default()
        };
        assert_eq!(consumer_fine(c, &mut out).unwrap(), Some(rub(346173, 2)));
        let met = Claim {
            met_before_claim: true,
            ..c
        };
        assert_eq!(consumer_fine(met, &mut out).unwrap(), Some(Rub::ZERO));
        assert_eq!(consumer_fine(Claim::default(), &mut out).unwrap(), None);
    }

    /// RU-LIABILITY-CAP — offer 7.6; ГК 400 п. 2: a flag, the stronger one above what was paid.
    #[test]
    fn cap_flag() {
        let mut out = Outcome::new("t");
        liability_cap(rub(6800, 0), rub(6800, 0), rub(100, 0), &mut out).unwrap();
        assert!(out
            .warnings
            .iter()
            .any(|w| w.code == "liability-cap-exceeded"));
        let mut out = Outcome::new("t");
        liability_cap(rub(6800, 0), rub(1000, 0), rub(100, 0), &mut out).unwrap();
        assert!(out.warnings.iter().any(|w| w.code == "liability-cap-void"));
    }
}
