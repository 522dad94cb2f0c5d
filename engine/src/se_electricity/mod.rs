//! The Swedish general terms for selling electricity to consumers (RULES.md §2): "Allmänna
//! avtalsvillkor för försäljning av el till konsument" (Energiföretagen Sverige with
//! Konsumentverket). Clause numbers are the terms' own ("3.3").
//!
//! One module per calculator, each a noun of the domain:
//!
//! * [`withdrawal`](fn@withdrawal) (`se-withdrawal`) — ångerrätt, telesales, what a withdrawing
//!   consumer pays and gets back;
//! * [`billing`](fn@billing) (`se-billing`) — reconciliation of estimated (preliminary) billing,
//!   the 15 % reduction, the 12-month bar, good faith, the instalment plan, the final invoice;
//! * [`deadlines`](fn@deadlines) (`se-deadlines`) — due date, termination, terms change, fixed-term
//!   notice, disconnection, security, supplier switch, early exit, disputes, billing frequency,
//!   reminder and collection fees;
//! * [`late_interest`](fn@late_interest) (`se-late-interest`) — dröjsmålsränta (räntelagen 6 §, 9 §).
//!
//! Every period counted in days starts the day after its event; a last day for an act that falls
//! on a Saturday, Sunday, allmän helgdag or one of the three eves rolls to the next working day
//! (lag 1930:173 2 §; skuldebrevslagen 5 § for due dates). `docs/SE-RULES.md` lists every
//! interpretation chosen and `docs/API.md` the JSON format and the stable keys.

mod billing;
mod collection;
mod deadlines;
mod late_interest;
mod note;
mod withdrawal;

pub use billing::{
    billing, BillingInput, Interruption, InterruptionKind, MeterReading, PreliminaryInvoice,
    PricePeriod,
};
pub use deadlines::{
    deadlines, BillingFrequencyInput, DeadlinesInput, DisconnectionInput, DisputeInput,
    DueDateInput, EarlyExitInput, FixedTermInput, ReminderFeeInput, SecurityInput, SwitchInput,
    TermsChangeInput,
};
pub use late_interest::{late_interest, CountFrom, LateInterestInput};
pub use note::Note;
pub use withdrawal::{withdrawal, Channel, Information, NoticeMedium, WithdrawalInput};

use crate::calendar::{rest_reason, Jurisdiction, RestReason};
use crate::error::{EngineError, Problem, Result, Validator};
use crate::money::Sek;
use crate::outcome::{EventKind, Field, Notice, Outcome, Step, Value};
use crate::period::{roll_forward, Rolled, Zone};
use chrono::{Datelike, NaiveDate, Weekday};
use rust_decimal::Decimal;

/// The terms' short name, used in citations.
const TERMS: &str = "Allmänna avtalsvillkor el (konsument)";

/// First and last year the SE calculators accept: keeps every loop over days or months small.
const MIN_YEAR: i32 = 1900;
const MAX_YEAR: i32 = 2200;

/// Citation of the Swedish roll-forward rule for a last day that is a rest day.
const ROLL_CITATION: &str = "lag (1930:173) om beräkning av lagstadgad tid 2 §";
/// Citation of the roll-forward rule for a contractual period (the act applied by analogy).
const ROLL_ANALOGY_CITATION: &str =
    "lag (1930:173) om beräkning av lagstadgad tid 2 § (analogt, avtalad frist)";
/// Citation of the roll-forward rule for due dates.
const ROLL_DUE_CITATION: &str = "skuldebrevslagen (1936:81) 5 §";

/// Kronor as an outcome value, with at least two decimals ("247.00", not "247.0"): amounts are
/// shown to the öre. Finer values (a price per kWh, an exact input) keep their decimals.
fn sek(d: Decimal) -> Value {
    let mut d = d;
    if d.scale() < 2 {
        d.rescale(2);
    }
    Value::sek(Sek(d))
}

/// "1 day", "2 days": English day count for texts.
fn days_text(n: i64) -> String {
    if n == 1 {
        "1 day".into()
    } else {
        format!("{n} days")
    }
}

/// An amount of kronor as English text, always with two decimals ("247.00").
fn kr(d: Decimal) -> String {
    format!("{:.2}", crate::money::round_cents(d))
}

/// A citation "villkor 3.3; …" in one place so every rule cites the terms the same way.
fn cite(clause: &str, law: &str) -> String {
    if law.is_empty() {
        format!("{TERMS} {clause}")
    } else {
        format!("{TERMS} {clause}; {law}")
    }
}

/// Records `out-of-range` for a date outside the years the calculators handle.
fn check_date(v: &mut Validator, field: &str, date: NaiveDate) {
    v.check(
        !(MIN_YEAR..=MAX_YEAR).contains(&date.year()),
        field,
        Problem::OutOfRange {
            detail: format!("years {MIN_YEAR}–{MAX_YEAR}"),
        },
    );
}

/// Same as [`check_date`] for an optional date.
fn check_opt_date(v: &mut Validator, field: &str, date: Option<NaiveDate>) {
    if let Some(d) = date {
        check_date(v, field, d);
    }
}

/// Records `negative` for an amount below zero.
fn check_non_negative(v: &mut Validator, field: &str, amount: Decimal) {
    v.check(
        amount.is_sign_negative() && !amount.is_zero(),
        field,
        Problem::Negative,
    );
}

/// The last day Reg. (EEC, Euratom) 1182/71 art. 3(4) alone would give: it rolls over Saturdays,
/// Sundays and public holidays, but the three eves (midsommarafton, julafton, nyårsafton) are not
/// public holidays, so it stops on them when they fall on a weekday.
fn roll_without_eves(last: NaiveDate) -> Result<NaiveDate> {
    let mut date = last;
    for _ in 0..40u32 {
        let weekend = matches!(date.weekday(), Weekday::Sat | Weekday::Sun);
        let holiday = matches!(rest_reason(Jurisdiction::Se, date), Some(RestReason::SeHoliday(h)) if !h.is_eve());
        if !weekend && !holiday {
            return Ok(date);
        }
        date = date.succ_opt().ok_or(EngineError::DateOutOfRange {
            step: "roll-forward",
        })?;
    }
    Err(EngineError::DateOutOfRange {
        step: "roll-forward",
    })
}

/// Which roll-forward rule a last day follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RollRule {
    /// A period derived from an EU act (the ångerfrist and the withdrawal refund of
    /// distansavtalslagen 2 kap., implementing Directive 2011/83/EU): lag (1930:173) 2 §, with
    /// the day Reg. (EEC, Euratom) 1182/71 alone would give shown beside it where it differs.
    EuPeriod,
    /// A period of Swedish statute not derived from an EU act (ellagen's three weeks to pay before
    /// disconnection): lag (1930:173) 2 § applies directly; Reg. 1182/71 does not govern it.
    StatutoryPeriod,
    /// A period set by the terms themselves (villkor 2.10 complaint answer, 3.3 final invoice):
    /// lag (1930:173) 2 § applied by analogy; Reg. 1182/71 does not govern it.
    ContractPeriod,
    /// A due date for a payment: skuldebrevslagen 5 §.
    DueDate,
}

/// Rolls `naive` (a period's last day) forward by the Swedish rule and records it: a trace step
/// naming every rest day passed over, a `rest-day` timeline point for each, the deadline itself
/// (24:00 Stockholm time) under `key`, and — when Reg. 1182/71 alone would stop earlier (an eve) —
/// the day it would give, as a figure `<key>-reg-1182-71` and a notice.
fn record_rolled(
    out: &mut Outcome,
    rule: &str,
    citation: &str,
    key: &str,
    naive: NaiveDate,
    how: RollRule,
) -> Result<Rolled> {
    let rolled = roll_forward(Jurisdiction::Se, naive)?;
    let eu = roll_without_eves(naive)?;
    let roll_cite = match how {
        RollRule::EuPeriod | RollRule::StatutoryPeriod => ROLL_CITATION,
        RollRule::ContractPeriod => ROLL_ANALOGY_CITATION,
        RollRule::DueDate => ROLL_DUE_CITATION,
    };
    let mut step = Step::new(rule, &format!("{citation}; {roll_cite}"))
        .input("last-day-before-roll", Value::Date(naive))
        .output(key, Zone::Stockholm.deadline(rolled.date));
    for v in rolled.skipped_values() {
        step = step.output("rolled-over", v);
    }
    // Fixed sentences (the dates, the rest days passed over and the rule are the step's inputs,
    // outputs and citation): the roll, then the rule that governs it.
    step = step.note(if rolled.moved() {
        Note::RolledToWorkingDay
    } else {
        Note::NotRolled
    });
    match how {
        RollRule::ContractPeriod => step = step.note(Note::ContractPeriodByAnalogy),
        RollRule::StatutoryPeriod => step = step.note(Note::StatutoryPeriod),
        RollRule::EuPeriod | RollRule::DueDate => {}
    }
    // Reg. 1182/71 governs only periods derived from EU acts (the ångerfrist, the withdrawal
    // refund); not contractual or purely national periods, nor due dates.
    if how == RollRule::EuPeriod && eu != rolled.date {
        step = step.output(&format!("{key}-reg-1182-71"), Value::Date(eu));
        step = step.note(Note::EuRuleWouldEndEarlier);
        out.figure(
            &format!("{key}-reg-1182-71"),
            Value::Date(eu),
            rule,
            "Reg. (EEC, Euratom) 1182/71 art. 3(4)",
            crate::outcome::Basis::Law,
        );
        out.assume(Notice::new(
            "swedish-roll-rule-governs",
            format!(
                "{key}: the Swedish rule ({roll_cite}) also passes over midsommarafton, julafton and nyårsafton; Reg. 1182/71 alone would give {eu}. The Swedish rule is applied."
            ),
            vec![Field::new("deadline", Value::code(key)), Field::new("reg-1182-71-date", Value::Date(eu))],
        ));
    }
    out.step(step);
    for (date, _) in &rolled.skipped {
        out.event(*date, EventKind::RestDay, "rest-day");
    }
    out.deadline(
        key,
        Zone::Stockholm.deadline(rolled.date),
        rule,
        &format!("{citation}; {roll_cite}"),
    );
    out.event(rolled.date, EventKind::Deadline, key);
    Ok(rolled)
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    /// Regression: the Reg. 1182/71 comparison was emitted for contractual and national periods
    /// (complaint answer, final invoice, disconnection), which the regulation does not govern.
    #[test]
    fn no_eu_comparison_for_contractual_or_national_periods() {
        for how in [RollRule::ContractPeriod, RollRule::StatutoryPeriod] {
            let mut o = Outcome::new("t");
            let r = record_rolled(&mut o, "R", "x", "k", d(2025, 6, 20), how).unwrap();
            assert_eq!(r.date, d(2025, 6, 23));
            assert!(!o.figures.iter().any(|f| f.key == "k-reg-1182-71"));
            assert!(!o
                .assumptions
                .iter()
                .any(|a| a.code == "swedish-roll-rule-governs"));
            let governs = if how == RollRule::ContractPeriod {
                Note::ContractPeriodByAnalogy
            } else {
                Note::StatutoryPeriod
            };
            assert_eq!(
                o.trace[0].notes,
                [Note::RolledToWorkingDay.into(), governs.into()]
            );
        }
        let mut o = Outcome::new("t");
        record_rolled(
            &mut o,
            "R",
            "x",
            "k",
            d(2025, 6, 20),
            RollRule::ContractPeriod,
        )
        .unwrap();
        assert!(o.trace[0].citation.contains("analogt"));
        assert!(o.trace[0]
            .notes
            .contains(&Note::ContractPeriodByAnalogy.into()));
    }

    /// Regression: money came out as "247.0" and texts said "1 days".
    #[test]
    fn money_has_two_decimals_and_days_agree() {
        let json = |v: Value| serde_json::to_string(&v).unwrap();
        assert!(json(sek(Decimal::new(2470, 1))).contains("\"247.00\""));
        assert!(json(sek(Decimal::new(247, 0))).contains("\"247.00\""));
        assert!(json(sek(Decimal::new(12345, 4))).contains("\"1.2345\""));
        assert_eq!(kr(Decimal::new(2470, 1)), "247.00");
        assert_eq!(kr(Decimal::new(24705, 3)), "24.71");
        assert_eq!(days_text(1), "1 day");
        assert_eq!(days_text(0), "0 days");
    }

    #[test]
    fn eu_rule_stops_on_weekday_eves_only() {
        assert_eq!(roll_without_eves(d(2025, 6, 20)).unwrap(), d(2025, 6, 20));
        assert_eq!(roll_without_eves(d(2025, 12, 24)).unwrap(), d(2025, 12, 24));
        // Julafton 2022 was a Saturday: 1182/71 passes over it as a Saturday, and 25–26 Dec.
        assert_eq!(roll_without_eves(d(2022, 12, 24)).unwrap(), d(2022, 12, 27));
    }

    #[test]
    fn rolled_deadline_names_the_eve_difference() {
        let mut o = Outcome::new("t");
        let r = record_rolled(
            &mut o,
            "SE-WITHDRAWAL",
            "x",
            "k",
            d(2025, 6, 20),
            RollRule::EuPeriod,
        )
        .unwrap();
        assert_eq!(r.date, d(2025, 6, 23));
        assert!(o.figures.iter().any(|f| f.key == "k-reg-1182-71"));
        assert_eq!(
            o.timeline
                .iter()
                .filter(|e| e.kind == EventKind::RestDay)
                .count(),
            3
        );
    }
}
