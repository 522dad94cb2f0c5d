//! Simple daily interest over dated rate tables (ГК РФ ст. 395; räntelagen 6 §, 9 §).
//!
//! RULES.md §1/§2: simple interest, per day, split at every rate change and at every 1 January
//! (the day basis is 365, or 366 in a leap year), each segment rounded half away from zero to
//! 0.01; the total is the sum of the rounded segments (the worked check in RULES.md §3 rounds per
//! segment). The unrounded total is kept as well: it is what adds up exactly over split periods.
//! Past a table's "known until" date the last rate is carried on with a warning, unless the user
//! supplied the rate in force (marked as user-supplied in the trace).

use crate::data::{self, RateTableData, RU_KEY_RATE, SE_REFERENCE_RATE};
use crate::error::{EngineError, Problem, Result};
use crate::money::round_cents;
use crate::outcome::{Field, Notice, Table, Value};
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// A rate the user entered for a period the table does not cover (an adviser often knows it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserRate {
    /// In force from this day until the next entry.
    pub from: NaiveDate,
    /// Percent per year (e.g. "16.5").
    pub percent: Decimal,
}

/// One rate in a table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RateEntry {
    /// In force from this day.
    pub from: NaiveDate,
    /// Percent per year.
    pub percent: Decimal,
    /// The table marks this value as still to be verified.
    pub verify: bool,
    /// Entered by the user, not from the shipped table.
    pub user_supplied: bool,
}

/// A dated rate table with its provenance.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RateTable {
    /// Name of the rate.
    pub name: &'static str,
    /// Where the values come from.
    pub source: &'static str,
    /// "confirmed" or "verify".
    pub status: &'static str,
    /// The last day the table is known to cover.
    pub known_until: NaiveDate,
    /// Entries in date order.
    pub entries: Vec<RateEntry>,
}

fn load(t: &RateTableData) -> RateTable {
    let entries = t
        .rates
        .iter()
        .filter_map(|r| {
            Some(RateEntry {
                from: data::date(r.from)?,
                percent: data::decimal((r.mantissa, r.scale)),
                verify: r.verify,
                user_supplied: false,
            })
        })
        .collect();
    RateTable {
        name: t.name,
        source: t.source,
        status: t.status,
        known_until: data::date(t.known_until).unwrap_or(NaiveDate::MIN),
        entries,
    }
}

impl RateTable {
    /// The Bank of Russia key rate (ГК РФ ст. 395 п. 1).
    pub fn ru_key_rate() -> RateTable {
        load(&RU_KEY_RATE)
    }

    /// The Riksbank reference rate (räntelagen 9 §).
    pub fn se_reference_rate() -> RateTable {
        load(&SE_REFERENCE_RATE)
    }

    /// The table with the user's rates merged in: a user rate replaces a table entry of the same
    /// day and is in force until the next entry of either kind.
    pub fn with_user_rates(mut self, user: &[UserRate]) -> RateTable {
        for u in user {
            self.entries.retain(|e| e.from != u.from);
            self.entries.push(RateEntry {
                from: u.from,
                percent: u.percent,
                verify: false,
                user_supplied: true,
            });
        }
        self.entries.sort_by_key(|e| e.from);
        self
    }

    /// The entry in force on `day`, if the table starts early enough.
    pub fn entry_on(&self, day: NaiveDate) -> Option<&RateEntry> {
        self.entries.iter().rev().find(|e| e.from <= day)
    }

    /// The first change strictly after `day`.
    fn next_change_after(&self, day: NaiveDate) -> Option<NaiveDate> {
        self.entries.iter().map(|e| e.from).find(|f| *f > day)
    }

    /// Validates user rates against this table: as [`RateTable::check_user_rates`], and each
    /// rate must start after the table's "known until" date. RULES.md §0 lets the user enter a
    /// rate only for the period the table does not cover; a user rate dated on or before
    /// `known_until` would silently override confirmed data (field error
    /// `<field>.<i>.from`, out of range).
    ///
    /// ```
    /// use clausecalc_engine::interest::{RateTable, UserRate};
    /// let t = RateTable::ru_key_rate();
    /// let late = UserRate { from: t.known_until.succ_opt().unwrap(), percent: 15.into() };
    /// assert!(t.check_user_rates_after(&[late], "key_rates").is_ok());
    /// let early = UserRate { from: t.known_until, percent: 15.into() };
    /// assert!(t.check_user_rates_after(&[early], "key_rates").is_err());
    /// ```
    pub fn check_user_rates_after(&self, user: &[UserRate], field: &str) -> Result<()> {
        let mut v = crate::error::Validator::new();
        if let Err(crate::error::EngineError::Invalid { fields }) =
            Self::check_user_rates(user, field)
        {
            for f in fields {
                v.add(f.field, f.problem);
            }
        }
        for (i, u) in user.iter().enumerate() {
            v.check(
                u.from <= self.known_until,
                format!("{field}.{i}.from"),
                Problem::OutOfRange {
                    detail: format!("only for days after {}", self.known_until),
                },
            );
        }
        v.finish()
    }

    /// Validates user rates: not negative, not absurd.
    pub fn check_user_rates(user: &[UserRate], field: &str) -> Result<()> {
        let mut v = crate::error::Validator::new();
        for (i, u) in user.iter().enumerate() {
            v.check(
                u.percent.is_sign_negative(),
                format!("{field}.{i}.percent"),
                Problem::Negative,
            );
            v.check(
                u.percent > Decimal::ONE_HUNDRED,
                format!("{field}.{i}.percent"),
                Problem::OutOfRange {
                    detail: "0–100 %".into(),
                },
            );
        }
        v.finish()
    }
}

/// One segment of constant rate within one calendar year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Segment {
    /// First day (inclusive).
    pub from: NaiveDate,
    /// Last day (inclusive).
    pub to: NaiveDate,
    /// Number of days.
    pub days: i64,
    /// Day basis of the year: 365 or 366.
    pub year_days: i64,
    /// The table's rate, percent.
    pub base_percent: Decimal,
    /// The rate applied: base plus the added points (räntelagen 6 §: +8), percent.
    pub percent: Decimal,
    /// Interest for the segment, rounded to 0.01.
    pub amount: Decimal,
    /// Interest before rounding.
    pub exact: Decimal,
    /// The rate was carried on past the table's "known until" date.
    pub beyond_known: bool,
    /// The rate was entered by the user.
    pub user_supplied: bool,
    /// The table marks the rate as to be verified.
    pub verify: bool,
}

/// Interest over a period, split into segments.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Interest {
    /// The segments in date order.
    pub segments: Vec<Segment>,
    /// Sum of the rounded segment amounts.
    pub total: Decimal,
    /// Sum of the unrounded amounts.
    pub exact_total: Decimal,
    /// Number of days.
    pub days: i64,
}

impl Interest {
    /// Adds `part` (a later stretch of the same debt) to this total; `step` names the step in the
    /// overflow error.
    pub fn absorb(&mut self, part: &Interest, step: &'static str) -> Result<()> {
        let overflow = || EngineError::Overflow { step };
        self.total = self.total.checked_add(part.total).ok_or_else(overflow)?;
        self.exact_total = self
            .exact_total
            .checked_add(part.exact_total)
            .ok_or_else(overflow)?;
        self.days = self.days.checked_add(part.days).ok_or_else(overflow)?;
        self.segments.extend(part.segments.iter().cloned());
        Ok(())
    }
}

fn year_days(year: i32) -> i64 {
    if NaiveDate::from_ymd_opt(year, 2, 29).is_some() {
        366
    } else {
        365
    }
}

/// Simple interest on `principal` for every day from `first` to `last` inclusive, at the table's
/// rate plus `add_points` percentage points.
///
/// ```
/// use clausecalc_engine::interest::{simple_interest, RateTable};
/// use chrono::NaiveDate;
/// use rust_decimal::Decimal;
/// // RULES.md §3: 50 000 ₽ late from 2025-06-01 to 2025-10-31 → 3 871.92 ₽.
/// let i = simple_interest(
///     Decimal::new(50_000, 0),
///     NaiveDate::from_ymd_opt(2025, 6, 1).unwrap(),
///     NaiveDate::from_ymd_opt(2025, 10, 31).unwrap(),
///     &RateTable::ru_key_rate(),
///     Decimal::ZERO,
/// ).unwrap();
/// assert_eq!(i.total, Decimal::new(387_192, 2));
/// ```
pub fn simple_interest(
    principal: Decimal,
    first: NaiveDate,
    last: NaiveDate,
    table: &RateTable,
    add_points: Decimal,
) -> Result<Interest> {
    const STEP: &str = "interest";
    let mut segments = Vec::new();
    let mut total = Decimal::ZERO;
    let mut exact_total = Decimal::ZERO;
    if last < first {
        return Ok(Interest {
            segments,
            total,
            exact_total,
            days: 0,
        });
    }
    let mut cursor = first;
    // Segments are bounded by rate changes and year ends: far fewer than this.
    for _ in 0..100_000u32 {
        let entry = table.entry_on(cursor).ok_or_else(|| {
            EngineError::field(
                "from",
                Problem::OutOfRange {
                    detail: format!("the {} table starts later", table.name),
                },
            )
        })?;
        let year_end = NaiveDate::from_ymd_opt(cursor.year(), 12, 31)
            .ok_or(EngineError::DateOutOfRange { step: STEP })?;
        let mut seg_end = last.min(year_end);
        if let Some(change) = table.next_change_after(cursor) {
            seg_end = seg_end.min(
                change
                    .pred_opt()
                    .ok_or(EngineError::DateOutOfRange { step: STEP })?,
            );
        }
        // The day after "known until" starts a new segment so the carried-on part is flagged.
        let beyond = !entry.user_supplied && cursor > table.known_until;
        if !beyond
            && !entry.user_supplied
            && seg_end > table.known_until
            && cursor <= table.known_until
        {
            seg_end = table.known_until;
        }
        let days = seg_end
            .signed_duration_since(cursor)
            .num_days()
            .checked_add(1)
            .ok_or(EngineError::Overflow { step: STEP })?;
        let yd = year_days(cursor.year());
        let percent = entry
            .percent
            .checked_add(add_points)
            .ok_or(EngineError::Overflow { step: STEP })?;
        let exact = principal
            .checked_mul(percent)
            .and_then(|x| x.checked_mul(Decimal::from(days)))
            .and_then(|x| x.checked_div(Decimal::from(yd)))
            .and_then(|x| x.checked_div(Decimal::ONE_HUNDRED))
            .ok_or(EngineError::Overflow { step: STEP })?;
        let amount = round_cents(exact);
        total = total
            .checked_add(amount)
            .ok_or(EngineError::Overflow { step: STEP })?;
        exact_total = exact_total
            .checked_add(exact)
            .ok_or(EngineError::Overflow { step: STEP })?;
        segments.push(Segment {
            from: cursor,
            to: seg_end,
            days,
            year_days: yd,
            base_percent: entry.percent,
            percent,
            amount,
            exact,
            beyond_known: beyond,
            user_supplied: entry.user_supplied,
            verify: entry.verify,
        });
        if seg_end >= last {
            let days = last
                .signed_duration_since(first)
                .num_days()
                .checked_add(1)
                .ok_or(EngineError::Overflow { step: STEP })?;
            return Ok(Interest {
                segments,
                total,
                exact_total,
                days,
            });
        }
        cursor = seg_end
            .succ_opt()
            .ok_or(EngineError::DateOutOfRange { step: STEP })?;
    }
    Err(EngineError::Overflow { step: STEP })
}

impl Interest {
    /// The per-segment table for the outcome (from, to, days, basis, rate, amount, source), with
    /// `money` turning an amount into a currency value.
    pub fn table(&self, key: &str, money: impl Fn(Decimal) -> Value) -> Table {
        Table {
            key: key.into(),
            columns: [
                "from",
                "to",
                "days",
                "year-days",
                "rate",
                "amount",
                "rate-source",
            ]
            .iter()
            .map(|s| (*s).into())
            .collect(),
            rows: self
                .segments
                .iter()
                .map(|s| {
                    let source = if s.user_supplied {
                        "user-supplied"
                    } else if s.beyond_known {
                        "carried-on"
                    } else if s.verify {
                        "table-verify"
                    } else {
                        "table"
                    };
                    vec![
                        Value::Date(s.from),
                        Value::Date(s.to),
                        Value::Days(s.days),
                        Value::Days(s.year_days),
                        Value::Percent(s.percent),
                        money(s.amount),
                        Value::code(source),
                    ]
                })
                .collect(),
        }
    }

    /// Warnings for carried-on or to-be-verified rates.
    pub fn notices(&self, table: &RateTable) -> Vec<Notice> {
        let mut out = Vec::new();
        if self.segments.iter().any(|s| s.beyond_known) {
            out.push(Notice::new(
                "rate-table-expired",
                format!(
                    "The {} table is known only until {}; later days use the last known rate. Enter the rate in force if you know it.",
                    table.name, table.known_until
                ),
                vec![Field::new("known-until", Value::Date(table.known_until)), Field::new("table", Value::text(table.name))],
            ));
        }
        if self.segments.iter().any(|s| s.verify && !s.user_supplied) {
            out.push(Notice::new(
                "rate-to-verify",
                format!(
                    "Some {} values are derived, not confirmed: verify them.",
                    table.name
                ),
                vec![Field::new("table", Value::text(table.name))],
            ));
        }
        if self.segments.iter().any(|s| s.user_supplied) {
            out.push(Notice::new(
                "rate-user-supplied",
                "Some rates were entered by the user.",
                Vec::new(),
            ));
        }
        out
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn worked_check_key_rate() {
        let i = simple_interest(
            Decimal::new(50_000, 0),
            d(2025, 6, 1),
            d(2025, 10, 31),
            &RateTable::ru_key_rate(),
            Decimal::ZERO,
        )
        .unwrap();
        let days: Vec<i64> = i.segments.iter().map(|s| s.days).collect();
        assert_eq!(days, vec![8, 49, 49, 42, 5]);
        assert_eq!(i.total, Decimal::new(387_192, 2));
    }

    #[test]
    fn splits_at_year_end_and_flags_beyond_known() {
        let t = RateTable::ru_key_rate();
        let i = simple_interest(
            Decimal::new(1000, 0),
            d(2025, 12, 30),
            d(2026, 4, 1),
            &t,
            Decimal::ZERO,
        )
        .unwrap();
        assert!(i.segments.iter().any(|s| s.from == d(2026, 1, 1)));
        assert!(i.segments.last().unwrap().beyond_known);
        assert_eq!(i.segments.last().unwrap().from, d(2026, 3, 20));
        assert!(!i.notices(&t).is_empty());
    }

    #[test]
    fn user_rate_is_used_and_marked() {
        let t = RateTable::ru_key_rate().with_user_rates(&[UserRate {
            from: d(2026, 3, 23),
            percent: Decimal::new(15, 0),
        }]);
        let i = simple_interest(
            Decimal::new(1000, 0),
            d(2026, 3, 25),
            d(2026, 3, 31),
            &t,
            Decimal::ZERO,
        )
        .unwrap();
        assert!(i.segments.iter().all(|s| s.user_supplied));
    }

    /// Regression: a user rate dated on or before "known until" silently overrode confirmed data.
    #[test]
    fn user_rate_only_after_known_until() {
        let t = RateTable::ru_key_rate();
        let at = |from| UserRate {
            from,
            percent: Decimal::new(15, 0),
        };
        assert!(t
            .check_user_rates_after(&[at(t.known_until.succ_opt().unwrap())], "k")
            .is_ok());
        let fields = match t.check_user_rates_after(&[at(t.known_until)], "k") {
            Err(crate::error::EngineError::Invalid { fields }) => fields,
            _ => Vec::new(),
        };
        assert_eq!(fields[0].field, "k.0.from");
    }

    #[test]
    fn swedish_reference_rate_plus_eight() {
        let t = RateTable::se_reference_rate();
        let i = simple_interest(
            Decimal::new(1000, 0),
            d(2025, 6, 1),
            d(2025, 7, 31),
            &t,
            Decimal::new(8, 0),
        )
        .unwrap();
        assert_eq!(i.segments.len(), 2);
        assert_eq!(i.segments[0].percent, Decimal::new(11, 0));
        assert_eq!(i.segments[1].percent, Decimal::new(10, 0));
    }
}
