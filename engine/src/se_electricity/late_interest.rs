//! `se-late-interest` — dröjsmålsränta on a late electricity invoice (villkor 1.5, 4.3;
//! räntelagen (1975:635) 6 §, 9 §): the Riksbank reference rate of each calendar half-year plus
//! 8 percentage points, simple interest per day.

use super::{
    check_date, check_non_negative, cite, days_text, kr, record_rolled, sek, Note, RollRule,
};
use crate::error::{EngineError, Problem, Result, Validator};
use crate::interest::{simple_interest, Interest, RateTable, UserRate};
use crate::money::Sek;
use crate::outcome::{Basis, EventKind, Field, Notice, Outcome, Step, Value};
use crate::period::days_after;
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use serde::Deserialize;

/// Which day is the first day of interest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum CountFrom {
    /// The day after the (rolled) due date: payment on the due date is in time (default).
    #[default]
    DayAfterDue,
    /// The (rolled) due date itself, reading "ränta från förfallodagen" literally.
    DueDate,
}

/// Input of `se-late-interest`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct LateInterestInput {
    /// The unpaid invoice amount, kr.
    pub amount: Sek,
    /// The due date printed on the invoice.
    pub due_date: NaiveDate,
    /// The last day interest is counted: the payment day, or "as of" (counted inclusive).
    pub until: NaiveDate,
    /// First day of interest; default `day-after-due`.
    #[serde(default)]
    pub count_from: Option<CountFrom>,
    /// Reference rates the user knows for half-years past the table's "known until".
    #[serde(default)]
    pub user_rates: Vec<UserRate>,
}

const RULE: &str = "SE-LATE-INTEREST";
/// Räntelagen 6 §: the reference rate plus eight percentage points.
const POINTS: Decimal = Decimal::from_parts(8, 0, 0, false, 0);

fn validate(i: &LateInterestInput) -> Result<()> {
    let mut v = Validator::new();
    check_non_negative(&mut v, "amount", i.amount.0);
    check_date(&mut v, "due_date", i.due_date);
    check_date(&mut v, "until", i.until);
    v.check(
        i.until < i.due_date,
        "until",
        Problem::BeforeOther {
            other: "due_date".into(),
        },
    );
    for (n, u) in i.user_rates.iter().enumerate() {
        check_date(&mut v, &format!("user_rates.{n}.from"), u.from);
    }
    v.absorb(RateTable::se_reference_rate().check_user_rates_after(&i.user_rates, "user_rates"))?;
    v.finish()
}

/// The first day of the calendar half-year after the one holding `d` (1 Jan or 1 Jul).
fn next_half_year(d: NaiveDate) -> Option<NaiveDate> {
    if d.month() < 7 {
        NaiveDate::from_ymd_opt(d.year(), 7, 1)
    } else {
        NaiveDate::from_ymd_opt(d.year().checked_add(1)?, 1, 1)
    }
}

/// SE-LATE-INTEREST — villkor 4.3, 1.5; räntelagen 6 §, 9 §: interest on a late payment runs from
/// the due date at the reference rate plus 8 points. Interpretation: simple interest per day,
/// actual days ÷ 365 (366 in a leap year), split at every 1 January and 1 July (the reference rate
/// is fixed per half-year, also past the table's "known until", where the last rate is carried on
/// with a warning unless the user entered the rate), each segment rounded to the öre. By default
/// the first day of interest is the day after the due date (rolled by skuldebrevslagen 5 §), since
/// a payment on the due date is in time; `count_from: due-date` counts the due date itself.
// QUESTION: villkor 4.3 says interest runs "från … förfallodagen"; whether the due date itself is a
// day of delay is read both ways in practice, hence the `count_from` input (default: the day after).
fn interest_by_half_year(
    principal: Decimal,
    first: NaiveDate,
    last: NaiveDate,
    table: &RateTable,
    points: Decimal,
) -> Result<Interest> {
    let mut all = Interest {
        segments: Vec::new(),
        total: Decimal::ZERO,
        exact_total: Decimal::ZERO,
        days: 0,
    };
    let mut cursor = first;
    // At most two half-years a year over the accepted years: a few hundred rounds.
    for _ in 0..2000u32 {
        if cursor > last {
            return Ok(all);
        }
        let end = match next_half_year(cursor).and_then(|n| n.pred_opt()) {
            Some(e) => e.min(last),
            None => last,
        };
        let part = simple_interest(principal, cursor, end, table, points)?;
        all.absorb(&part, "late-interest")?;
        cursor = end.succ_opt().ok_or(EngineError::DateOutOfRange {
            step: "late-interest",
        })?;
    }
    Err(EngineError::Overflow {
        step: "late-interest",
    })
}

/// One trace step per half-year segment of `interest` (rate, days, amount).
fn segment_steps(
    out: &mut Outcome,
    rule: &str,
    citation: &str,
    interest: &Interest,
    points: Decimal,
) {
    for s in &interest.segments {
        out.step(
            Step::new(rule, citation)
                .input("from", Value::Date(s.from))
                .input("to", Value::Date(s.to))
                .input("days", Value::Days(s.days))
                .input("year-days", Value::Days(s.year_days))
                .input("reference-rate", Value::Percent(s.base_percent))
                .input("points-added", Value::Percent(points))
                .output("rate", Value::Percent(s.percent))
                .output("amount", sek(s.amount))
                .note(if s.user_supplied {
                    Note::SegmentUserRate
                } else if s.beyond_known {
                    Note::SegmentPastKnownRate
                } else {
                    Note::SegmentRiksbankRate
                }),
        );
    }
}

/// Räntelagen 5 §: an advance payment returned after the consumer's hävning carries the reference
/// rate plus two points from the payment day.
const POINTS_RETURN: Decimal = Decimal::from_parts(2, 0, 0, false, 0);
const RULE_SUPPLIER: &str = "SE-SUPPLIER-INTEREST";

/// What the supplier owes the consumer and what fixes when it fell due (räntelagen 3 §, 4 §).
/// Built by the calculator where the debt arises: `se-withdrawal` (the refund, due on the
/// SE-WITHDRAWAL-REFUND deadline) and `se-billing` (the reconciliation credit, SE-CORRECTION-PAYOUT).
pub(crate) struct SupplierDebt<'a> {
    /// The amount owed, kr.
    pub amount: Sek,
    /// A due date fixed in advance (3 §), already rolled: a statutory refund deadline or a payout
    /// date the supplier stated.
    pub due: Option<NaiveDate>,
    /// The day the consumer sent a written demand for a definite amount saying interest will be
    /// charged (4 § 1 st.).
    pub demand_sent: Option<NaiveDate>,
    /// The day that demand reached the supplier, if known.
    pub demand_received: Option<NaiveDate>,
    /// Service of a summons or an application for betalningsföreläggande (4 § 3 st.).
    pub summons_served: Option<NaiveDate>,
    /// The day the consumer paid, when the amount is an advance returned after the consumer's
    /// hävning for the supplier's breach (villkor 5.6; räntelagen 2 § 2 st., 5 §).
    pub advance_paid_on: Option<NaiveDate>,
    /// The last day interest is counted: the day the supplier paid, or "as of" (inclusive).
    pub until: NaiveDate,
    /// Whether a 3 § due date is itself a day of interest (the SE-LATE-INTEREST switch).
    pub count_from: CountFrom,
    /// Reference rates the user knows for half-years past the table's "known until".
    pub user_rates: &'a [UserRate],
    /// The clause and statute of the debt, for the trace.
    pub citation: &'a str,
    /// The input field a date outside the rate table is reported on.
    pub until_field: &'a str,
}

/// The first day of dröjsmålsränta on a debt of the supplier and the ground that fixes it:
/// the day after the 3 § due date (or the due date, by the switch); 30 days after a written demand,
/// never before it reached the supplier (4 § 1 st.); at the latest the day of service of a summons
/// (4 § 3 st.). The earliest ground that applies decides.
fn supplier_first_day(d: &SupplierDebt) -> Result<Option<(NaiveDate, &'static str)>> {
    let mut grounds: Vec<(NaiveDate, &'static str)> = Vec::new();
    if let Some(due) = d.due {
        let first = match d.count_from {
            CountFrom::DayAfterDue => due.succ_opt().ok_or(EngineError::DateOutOfRange {
                step: "supplier-interest",
            })?,
            CountFrom::DueDate => due,
        };
        grounds.push((first, "due-date"));
    }
    if let Some(sent) = d.demand_sent {
        let day30 = days_after(sent, 30, "supplier-interest")?;
        let first = match d.demand_received {
            Some(r) if r > day30 => r,
            _ => day30,
        };
        grounds.push((first, "written-demand"));
    }
    if let Some(s) = d.summons_served {
        grounds.push((s, "summons"));
    }
    Ok(grounds.into_iter().min_by_key(|g| g.0))
}

/// SE-SUPPLIER-INTEREST — villkor 1.5, 3.7, 5.6; räntelagen (1975:635) 2–6 §§, 9 §;
/// distansavtalslagen 2 kap. 14 §: the party with a claim on the other is owed interest under
/// räntelagen (1.5), so a supplier who pays the consumer late owes dröjsmålsränta. No interest
/// before the debt falls due (2 § 1 st.): from the day after a due date fixed in advance (3 §;
/// chosen for a statutory refund deadline — open question 3), otherwise from 30 days after the
/// consumer's written demand, never before it reached the supplier (4 § 1 st.), at the latest from
/// service of a summons (4 § 3 st.). Rate: reference + 8 points (6 §), computed as
/// SE-LATE-INTEREST (half-years, actual days, each segment rounded to the öre). An advance
/// returned after the consumer's hävning (5.6) carries reference + 2 points (5 §) from the payment
/// day until interest at + 8 starts (2 § 2 st.). Returns the interest in kr (0 when none runs).
pub(crate) fn supplier_interest(out: &mut Outcome, d: &SupplierDebt) -> Result<Decimal> {
    let citation = d.citation;
    let first = supplier_first_day(d)?;
    let mut step = Step::new(RULE_SUPPLIER, citation)
        .input("amount", sek(d.amount.0))
        .input("until", Value::Date(d.until));
    if let Some(due) = d.due {
        step = step.input("payout-due-date", Value::Date(due));
    }
    if let Some(s) = d.demand_sent {
        step = step.input("demand-sent", Value::Date(s));
    }
    if let Some(r) = d.demand_received {
        step = step.input("demand-received", Value::Date(r));
    }
    if let Some(s) = d.summons_served {
        step = step.input("summons-served", Value::Date(s));
    }
    if let Some(p) = d.advance_paid_on {
        step = step.input("advance-paid-on", Value::Date(p));
    }
    let table = RateTable::se_reference_rate().with_user_rates(d.user_rates);
    let mut total = Interest {
        segments: Vec::new(),
        total: Decimal::ZERO,
        exact_total: Decimal::ZERO,
        days: 0,
    };
    // 5 §: from the payment day to the day before + 8 starts (or `until`).
    let advance_last = match first {
        Some((f, _)) => f.pred_opt().map(|p| p.min(d.until)),
        None => Some(d.until),
    };
    let mut advance = None;
    if let (Some(paid), Some(last)) = (d.advance_paid_on, advance_last) {
        if paid <= last {
            if table.entry_on(paid).is_none() {
                return Err(EngineError::field(
                    d.until_field,
                    Problem::OutOfRange { detail: "the reference-rate table starts on 2023-01-01; enter user rates for earlier half-years".into() },
                ));
            }
            let part = interest_by_half_year(d.amount.0, paid, last, &table, POINTS_RETURN)?;
            step = step
                .output("advance-interest", sek(part.total))
                .note(Note::SupplierInterestAdvance);
            advance = Some(part);
        }
    }
    let mut late = None;
    match first {
        None => {
            step = step.note(Note::SupplierInterestNotDue);
            out.warn(Notice::new(
                "supplier-interest-needs-demand",
                "No due date was fixed for this payment: dröjsmålsränta runs only from 30 days after a written demand for the amount saying interest will be charged (räntelagen 4 §). Enter the demand's date to compute it.",
                Vec::new(),
            ));
        }
        Some((f, ground)) => {
            step = step
                .output("interest-ground", Value::code(ground))
                .output("supplier-interest-first-day", Value::Date(f))
                .note(match ground {
                    "due-date" => Note::SupplierInterestFixedDue,
                    "written-demand" => Note::SupplierInterestAfterDemand,
                    _ => Note::SupplierInterestSummons,
                });
            if d.until < f {
                step = step.note(Note::SupplierPaidInTime);
            } else {
                if table.entry_on(f).is_none() {
                    return Err(EngineError::field(
                        d.until_field,
                        Problem::OutOfRange { detail: "the reference-rate table starts on 2023-01-01; enter user rates for earlier half-years".into() },
                    ));
                }
                let part = interest_by_half_year(d.amount.0, f, d.until, &table, POINTS)?;
                out.figure(
                    "supplier-interest-first-day",
                    Value::Date(f),
                    RULE_SUPPLIER,
                    citation,
                    Basis::Law,
                );
                out.event(f, EventKind::WindowStart, "supplier-interest-first-day");
                if ground == "due-date" {
                    out.assume(match d.count_from {
                        CountFrom::DayAfterDue => Notice::new(
                            "interest-from-day-after-due",
                            "Interest is counted from the day after the due date: a payment on the due date is in time.",
                            Vec::new(),
                        ),
                        CountFrom::DueDate => Notice::new(
                            "interest-from-due-date",
                            "Interest is counted from the due date itself, as chosen.",
                            Vec::new(),
                        ),
                    });
                }
                late = Some(part);
            }
        }
    }
    for part in [advance.as_ref(), late.as_ref()].into_iter().flatten() {
        total.absorb(part, "supplier-interest")?;
    }
    out.step(
        step.output("supplier-interest", sek(total.total))
            .output("days", Value::Days(total.days)),
    );
    if let Some(a) = &advance {
        segment_steps(out, RULE_SUPPLIER, citation, a, POINTS_RETURN);
    }
    if let Some(l) = &late {
        segment_steps(out, RULE_SUPPLIER, citation, l, POINTS);
    }
    out.figure(
        "supplier-interest",
        sek(total.total),
        RULE_SUPPLIER,
        citation,
        Basis::Law,
    );
    out.figure(
        "supplier-interest-days",
        Value::Days(total.days),
        RULE_SUPPLIER,
        citation,
        Basis::Law,
    );
    if !total.segments.is_empty() {
        out.tables
            .push(total.table("supplier-interest-segments", sek));
        for n in total.notices(&table) {
            out.warn(n);
        }
        out.assume(Notice::new(
            "interest-until-inclusive",
            "The last day (`until`) is counted as a day of interest.",
            vec![Field::new("until", Value::Date(d.until))],
        ));
        out.event(d.until, EventKind::WindowEnd, "supplier-interest-until");
    }
    Ok(total.total)
}

/// `se-late-interest`: dröjsmålsränta on `amount` from the due date to `until`.
///
/// ```
/// use clausecalc_engine::se_electricity::{late_interest, LateInterestInput};
/// use clausecalc_engine::money::Sek;
/// use chrono::NaiveDate;
/// use rust_decimal::Decimal;
/// let i = LateInterestInput {
///     amount: Sek(Decimal::new(10_000, 0)),
///     due_date: NaiveDate::from_ymd_opt(2025, 5, 28).unwrap(),
///     until: NaiveDate::from_ymd_opt(2025, 7, 31).unwrap(),
///     count_from: None,
///     user_rates: vec![],
/// };
/// let o = late_interest(&i).unwrap();
/// // 33 days at 11 % and 31 days at 10 %: 99.45 + 84.93.
/// let f = o.figures.iter().find(|f| f.key == "interest").unwrap();
/// assert_eq!(f.value, clausecalc_engine::outcome::Value::sek(Sek(Decimal::new(18_438, 2))));
/// ```
pub fn late_interest(i: &LateInterestInput) -> Result<Outcome> {
    validate(i)?;
    let mut out = Outcome::new("se-late-interest");
    let citation = cite("4.3, 1.5", "räntelagen (1975:635) 6 §, 9 §");
    out.event(i.due_date, EventKind::Event, "due-date");
    let rolled = record_rolled(
        &mut out,
        "SE-DUE-DATE",
        &cite("4.1", ""),
        "payment-deadline",
        i.due_date,
        RollRule::DueDate,
    )?;
    let count_from = i.count_from.unwrap_or_default();
    let first = match count_from {
        CountFrom::DayAfterDue => rolled.date.succ_opt().ok_or(EngineError::DateOutOfRange {
            step: "late-interest",
        })?,
        CountFrom::DueDate => rolled.date,
    };
    out.assume(match count_from {
        CountFrom::DayAfterDue => Notice::new(
            "interest-from-day-after-due",
            "Interest is counted from the day after the due date: a payment on the due date is in time.",
            Vec::new(),
        ),
        CountFrom::DueDate => Notice::new(
            "interest-from-due-date",
            "Interest is counted from the due date itself, as chosen.",
            Vec::new(),
        ),
    });
    out.assume(Notice::new(
        "interest-until-inclusive",
        "The last day (`until`) is counted as a day of interest.",
        vec![Field::new("until", Value::Date(i.until))],
    ));
    let table = RateTable::se_reference_rate().with_user_rates(&i.user_rates);
    for (n, u) in i.user_rates.iter().enumerate() {
        if !(u.from.day() == 1 && (u.from.month() == 1 || u.from.month() == 7)) {
            out.warn(Notice::new(
                "user-rate-not-half-year",
                format!("User rate {n} starts on {}: the reference rate changes only on 1 January and 1 July.", u.from),
                vec![Field::new("from", Value::Date(u.from))],
            ));
        }
    }
    let step = Step::new(RULE, &citation)
        .input("amount", sek(i.amount.0))
        .input("due-date", Value::Date(i.due_date))
        .input("payment-deadline", Value::Date(rolled.date))
        .input(
            "count-from",
            Value::code(if count_from == CountFrom::DueDate {
                "due-date"
            } else {
                "day-after-due"
            }),
        )
        .input("until", Value::Date(i.until))
        .input("points-added", Value::Percent(POINTS));
    // A delay happens only when `until` is after the (rolled) due date: a payment on the due
    // date, or on the working day a rest-day due date rolls to, is in time (skuldebrevslagen
    // 5 §) whichever convention is chosen. `count_from` only decides whether the due date is
    // day 1 of a delay that did happen.
    let late = i.until > rolled.date;
    let step = step.output("payment-late", Value::Bool(late));
    if !late {
        out.step(
            step.output("interest", sek(Decimal::ZERO))
                .output("days", Value::Days(0))
                .note(Note::PaidInTime),
        );
        out.figure("interest", sek(Decimal::ZERO), RULE, &citation, Basis::Law);
        out.figure("interest-days", Value::Days(0), RULE, &citation, Basis::Law);
        out.headline = Notice::new(
            "no-late-interest",
            "The payment was not late: no dröjsmålsränta.",
            Vec::new(),
        );
        return Ok(out);
    }
    if table.entry_on(first).is_none() {
        return Err(EngineError::field(
            "due_date",
            Problem::OutOfRange { detail: "the reference-rate table starts on 2023-01-01; enter user rates for earlier half-years".into() },
        ));
    }
    let interest = interest_by_half_year(i.amount.0, first, i.until, &table, POINTS)?;
    out.step(
        step.output("first-day", Value::Date(first))
            .output("interest", sek(interest.total))
            .output("days", Value::Days(interest.days))
            .note(Note::ReferenceRateInterest),
    );
    segment_steps(&mut out, RULE, &citation, &interest, POINTS);
    let with_interest = i.amount.add(Sek(interest.total), "late-interest")?;
    out.figure("interest", sek(interest.total), RULE, &citation, Basis::Law);
    out.figure(
        "interest-days",
        Value::Days(interest.days),
        RULE,
        &citation,
        Basis::Law,
    );
    out.figure(
        "interest-first-day",
        Value::Date(first),
        RULE,
        &citation,
        Basis::Law,
    );
    out.figure(
        "amount-with-interest",
        sek(with_interest.0),
        RULE,
        &citation,
        Basis::Law,
    );
    out.tables.push(interest.table("interest-segments", sek));
    for n in interest.notices(&table) {
        out.warn(n);
    }
    out.event(first, EventKind::WindowStart, "interest-first-day");
    out.event(i.until, EventKind::WindowEnd, "interest-until");
    out.headline = Notice::new(
        "late-interest",
        format!(
            "Dröjsmålsränta {} kr for {} ({} – {}).",
            kr(interest.total),
            days_text(interest.days),
            first,
            i.until
        ),
        vec![
            Field::new("interest", sek(interest.total)),
            Field::new("days", Value::Days(interest.days)),
            // The same amount under the key the Russian headline uses, so one translated
            // sentence serves both.
            Field::new("late-interest", sek(interest.total)),
        ],
    );
    Ok(out)
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::unreachable)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn input(due: NaiveDate, until: NaiveDate) -> LateInterestInput {
        LateInterestInput {
            amount: Sek(Decimal::new(10_000, 0)),
            due_date: due,
            until,
            count_from: None,
            user_rates: vec![],
        }
    }

    /// SE-LATE-INTEREST: split at 1 July, +8 points.
    #[test]
    fn splits_at_half_year() {
        let o = late_interest(&input(d(2025, 5, 28), d(2025, 7, 31))).unwrap();
        let t = &o.tables[0];
        assert_eq!(t.rows.len(), 2);
        assert_eq!(t.rows[0][4], Value::Percent(Decimal::new(11, 0)));
        assert_eq!(t.rows[1][4], Value::Percent(Decimal::new(10, 0)));
    }

    /// SE-LATE-INTEREST: a due date on a rest day rolls before interest starts.
    #[test]
    fn rolled_due_date_moves_first_day() {
        // 2026-03-28 is a Saturday → payment deadline Monday 30 March; interest from 31 March.
        let o = late_interest(&input(d(2026, 3, 28), d(2026, 3, 31))).unwrap();
        let f = o
            .figures
            .iter()
            .find(|f| f.key == "interest-first-day")
            .unwrap();
        assert_eq!(f.value, Value::Date(d(2026, 3, 31)));
        let mut i = input(d(2026, 3, 28), d(2026, 3, 31));
        i.count_from = Some(CountFrom::DueDate);
        let o = late_interest(&i).unwrap();
        assert_eq!(
            o.figures
                .iter()
                .find(|f| f.key == "interest-days")
                .unwrap()
                .value,
            Value::Days(2)
        );
    }

    /// SE-LATE-INTEREST: with `count_from: due-date` a payment on the (rolled) due date is still
    /// on time. Regression: it was charged one day of interest; a payment on the Monday a
    /// Saturday due date rolls to is in time too (skuldebrevslagen 5 §).
    #[test]
    fn due_date_convention_charges_only_real_delay() {
        let mut i = input(d(2026, 1, 28), d(2026, 1, 28));
        i.count_from = Some(CountFrom::DueDate);
        let o = late_interest(&i).unwrap();
        assert_eq!(o.headline.code, "no-late-interest");
        let days = |o: &Outcome| {
            o.figures
                .iter()
                .find(|f| f.key == "interest-days")
                .unwrap()
                .value
                .clone()
        };
        assert_eq!(days(&o), Value::Days(0));
        // Saturday 28 March 2026 → Monday 30 March: paid that Monday, in time.
        let mut i = input(d(2026, 3, 28), d(2026, 3, 30));
        i.count_from = Some(CountFrom::DueDate);
        let o = late_interest(&i).unwrap();
        assert_eq!(o.headline.code, "no-late-interest");
        assert_eq!(days(&o), Value::Days(0));
        // Paid a day late: 2 days from the due date (both ends), 1 day from the day after.
        let mut i = input(d(2026, 1, 28), d(2026, 1, 29));
        i.count_from = Some(CountFrom::DueDate);
        assert_eq!(days(&late_interest(&i).unwrap()), Value::Days(2));
        i.count_from = None;
        assert_eq!(days(&late_interest(&i).unwrap()), Value::Days(1));
    }

    /// SE-LATE-INTEREST: past "known until" the half-year split still happens, with a warning.
    #[test]
    fn beyond_known_until_warns_and_splits() {
        let o = late_interest(&input(d(2026, 5, 28), d(2026, 8, 31))).unwrap();
        assert!(o.warnings.iter().any(|w| w.code == "rate-table-expired"));
        assert!(o.tables[0]
            .rows
            .iter()
            .any(|r| r[0] == Value::Date(d(2026, 7, 1))));
    }

    /// Regression: "for 1 days" and amounts without two decimals in the headline.
    #[test]
    fn headline_says_1_day_and_two_decimals() {
        let o = late_interest(&input(d(2026, 1, 28), d(2026, 1, 29))).unwrap();
        assert!(
            o.headline.text.contains(" for 1 day ("),
            "{}",
            o.headline.text
        );
        assert!(o.headline.text.contains("2.74 kr"), "{}", o.headline.text);
        let mut i = input(d(2026, 1, 28), d(2026, 3, 1));
        i.amount = Sek(Decimal::new(36_500, 0));
        let o = late_interest(&i).unwrap();
        // 32 days × 36 500 × 10 % ÷ 365 = 320 kr exactly: shown as 320.00.
        assert!(
            o.headline.text.contains("320.00 kr for 32 days"),
            "{}",
            o.headline.text
        );
    }

    #[test]
    fn paid_on_due_date_owes_nothing() {
        let o = late_interest(&input(d(2026, 1, 28), d(2026, 1, 28))).unwrap();
        assert_eq!(o.headline.code, "no-late-interest");
    }

    /// SE-SUPPLIER-INTEREST — räntelagen 4 §: 30 days after the demand, not before it reached the
    /// supplier; a summons served earlier starts interest at the latest.
    #[test]
    fn supplier_interest_first_day_grounds() {
        let mut debt = SupplierDebt {
            amount: Sek(Decimal::new(1000, 0)),
            due: None,
            demand_sent: Some(d(2026, 3, 1)),
            demand_received: None,
            summons_served: None,
            advance_paid_on: None,
            until: d(2026, 4, 30),
            count_from: CountFrom::DayAfterDue,
            user_rates: &[],
            citation: "x",
            until_field: "until",
        };
        assert_eq!(
            supplier_first_day(&debt).unwrap(),
            Some((d(2026, 3, 31), "written-demand"))
        );
        debt.demand_received = Some(d(2026, 4, 5));
        assert_eq!(supplier_first_day(&debt).unwrap().unwrap().0, d(2026, 4, 5));
        debt.summons_served = Some(d(2026, 4, 2));
        assert_eq!(
            supplier_first_day(&debt).unwrap(),
            Some((d(2026, 4, 2), "summons"))
        );
        let mut o = Outcome::new("t");
        debt.demand_sent = None;
        debt.demand_received = None;
        debt.summons_served = None;
        assert_eq!(supplier_interest(&mut o, &debt).unwrap(), Decimal::ZERO);
        assert!(o
            .warnings
            .iter()
            .any(|w| w.code == "supplier-interest-needs-demand"));
    }
}
