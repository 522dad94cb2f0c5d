//! Period arithmetic: days, months, working days, backward periods, roll-forward, time zones.
//!
//! RULES.md §0: a period of N days from an event starts the day after the event (ГК РФ ст. 191;
//! Reg. 1182/71 art. 3(1); lag 1930:173) and ends at 24:00 of its last day in the contract's time
//! zone. Months keep the day number, clamped to the last day of a shorter month. A last day that is
//! a rest day rolls forward (ГК РФ ст. 193; lag 1930:173 2 §; skuldebrevslagen 5 §); a backward
//! period ("no later than N days before X") never rolls, since that would shorten the notice.

use crate::calendar::{rest_reason, Jurisdiction, RestReason};
use crate::error::{EngineError, Result};
use crate::outcome::Value;
use chrono::{Datelike, Days, Months, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta, Weekday};
use serde::{Deserialize, Serialize};

/// No rest-day run is longer than this in any calendar (the Russian New Year break is 10–12 days);
/// loops are bounded by it so bad data cannot hang the browser.
const MAX_ROLL: u32 = 40;

/// The last day of a period of `n` calendar days counted from the day after `event`.
///
/// ```
/// use clausecalc_engine::period::days_after;
/// use chrono::NaiveDate;
/// let d = NaiveDate::from_ymd_opt(2025, 12, 26).unwrap();
/// assert_eq!(days_after(d, 10, "x").unwrap(), NaiveDate::from_ymd_opt(2026, 1, 5).unwrap());
/// ```
pub fn days_after(event: NaiveDate, n: u32, step: &'static str) -> Result<NaiveDate> {
    event
        .checked_add_days(Days::new(u64::from(n)))
        .ok_or(EngineError::DateOutOfRange { step })
}

/// `x − n` days: the last permissible day of a backward period ("no later than n days before x").
/// Never rolled forward.
pub fn days_before(x: NaiveDate, n: u32, step: &'static str) -> Result<NaiveDate> {
    x.checked_sub_days(Days::new(u64::from(n)))
        .ok_or(EngineError::DateOutOfRange { step })
}

/// Adds (or, if negative, subtracts) `n` days.
pub fn add_days(d: NaiveDate, n: i64, step: &'static str) -> Result<NaiveDate> {
    d.checked_add_signed(TimeDelta::try_days(n).ok_or(EngineError::DateOutOfRange { step })?)
        .ok_or(EngineError::DateOutOfRange { step })
}

/// The same day number `n` months later, clamped to the month's last day (31 Jan + 1 = 28/29 Feb).
///
/// ```
/// use clausecalc_engine::period::add_months;
/// use chrono::NaiveDate;
/// let d = NaiveDate::from_ymd_opt(2026, 1, 31).unwrap();
/// assert_eq!(add_months(d, 1, "x").unwrap(), NaiveDate::from_ymd_opt(2026, 2, 28).unwrap());
/// ```
pub fn add_months(d: NaiveDate, n: i32, step: &'static str) -> Result<NaiveDate> {
    let r = if n >= 0 {
        d.checked_add_months(Months::new(n.unsigned_abs()))
    } else {
        d.checked_sub_months(Months::new(n.unsigned_abs()))
    };
    r.ok_or(EngineError::DateOutOfRange { step })
}

/// Calendar days from `a` to `b` (negative if `b` is earlier).
pub fn days_between(a: NaiveDate, b: NaiveDate) -> i64 {
    b.signed_duration_since(a).num_days()
}

/// A last day after the roll-forward rule: the original day, the day it moved to, and the rest
/// days passed over (named, so the trace can say why).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Rolled {
    /// The last day before rolling.
    pub original: NaiveDate,
    /// The last day after rolling (equal to `original` if it was a working day).
    pub date: NaiveDate,
    /// The rest days passed over, in order.
    pub skipped: Vec<(NaiveDate, RestReason)>,
}

impl Rolled {
    /// Whether the day moved.
    pub fn moved(&self) -> bool {
        self.date != self.original
    }
    /// The skipped days as trace values.
    pub fn skipped_values(&self) -> Vec<Value> {
        self.skipped
            .iter()
            .map(|(date, reason)| Value::RestDay {
                date: *date,
                reason: *reason,
            })
            .collect()
    }
}

/// Moves `last` to the next working day of `j` if it is a rest day.
///
/// ```
/// use clausecalc_engine::{calendar::Jurisdiction, period::roll_forward};
/// use chrono::NaiveDate;
/// // 2025-06-20 is midsommarafton: the Swedish rule rolls it to Monday 23 June.
/// let r = roll_forward(Jurisdiction::Se, NaiveDate::from_ymd_opt(2025, 6, 20).unwrap()).unwrap();
/// assert_eq!(r.date, NaiveDate::from_ymd_opt(2025, 6, 23).unwrap());
/// ```
pub fn roll_forward(j: Jurisdiction, last: NaiveDate) -> Result<Rolled> {
    let mut date = last;
    let mut skipped = Vec::new();
    for _ in 0..MAX_ROLL {
        match rest_reason(j, date) {
            None => {
                return Ok(Rolled {
                    original: last,
                    date,
                    skipped,
                })
            }
            Some(reason) => {
                skipped.push((date, reason));
                date = date.succ_opt().ok_or(EngineError::DateOutOfRange {
                    step: "roll-forward",
                })?;
            }
        }
    }
    Err(EngineError::DateOutOfRange {
        step: "roll-forward",
    })
}

/// The `n`-th working day of `j` after `event` (counting starts the day after the event).
///
/// ```
/// use clausecalc_engine::{calendar::Jurisdiction, period::add_working_days};
/// use chrono::NaiveDate;
/// let d = NaiveDate::from_ymd_opt(2025, 12, 26).unwrap();
/// assert_eq!(add_working_days(Jurisdiction::Ru, d, 10).unwrap(), NaiveDate::from_ymd_opt(2026, 1, 21).unwrap());
/// ```
pub fn add_working_days(j: Jurisdiction, event: NaiveDate, n: u32) -> Result<NaiveDate> {
    let mut date = event;
    let mut left = n;
    // Each working day costs at most MAX_ROLL calendar days, so this bound is never reached
    // with real data; it only stops a runaway loop.
    let limit = u64::from(n)
        .saturating_add(1)
        .saturating_mul(u64::from(MAX_ROLL));
    let mut steps: u64 = 0;
    while left > 0 {
        date = date.succ_opt().ok_or(EngineError::DateOutOfRange {
            step: "working-days",
        })?;
        steps = steps.saturating_add(1);
        if steps > limit {
            return Err(EngineError::DateOutOfRange {
                step: "working-days",
            });
        }
        if rest_reason(j, date).is_none() {
            left = left.saturating_sub(1);
        }
    }
    Ok(date)
}

/// A time zone the contracts use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Zone {
    /// Europe/Moscow: UTC+3 all year (no DST since 2014).
    #[serde(rename = "Europe/Moscow")]
    Moscow,
    /// Europe/Stockholm: CET (UTC+1), CEST (UTC+2) from the last Sunday of March to the last
    /// Sunday of October (EU rule, switching at 01:00 UTC).
    #[serde(rename = "Europe/Stockholm")]
    Stockholm,
}

fn last_sunday(year: i32, month: u32) -> Option<NaiveDate> {
    let first_next = if month == 12 {
        NaiveDate::from_ymd_opt(year.checked_add(1)?, 1, 1)?
    } else {
        NaiveDate::from_ymd_opt(year, month.checked_add(1)?, 1)?
    };
    let last = first_next.pred_opt()?;
    let back = last.weekday().num_days_from_sunday();
    last.checked_sub_days(Days::new(u64::from(back)))
}

impl Zone {
    /// The IANA name.
    pub fn name(self) -> &'static str {
        match self {
            Zone::Moscow => "Europe/Moscow",
            Zone::Stockholm => "Europe/Stockholm",
        }
    }

    /// Offset from UTC in minutes at local date-time `local`. For Stockholm the ambiguous hour at
    /// the autumn switch is read as summer time (the earlier instant).
    pub fn offset_minutes(self, local: NaiveDateTime) -> i32 {
        match self {
            Zone::Moscow => 180,
            Zone::Stockholm => {
                let y = local.date().year();
                let (Some(start), Some(end)) = (last_sunday(y, 3), last_sunday(y, 10)) else {
                    return 60;
                };
                let two = NaiveTime::from_hms_opt(2, 0, 0).unwrap_or(NaiveTime::MIN);
                let three = NaiveTime::from_hms_opt(3, 0, 0).unwrap_or(NaiveTime::MIN);
                let summer_from = start.and_time(two);
                let summer_to = end.and_time(three);
                if local >= summer_from && local < summer_to {
                    120
                } else {
                    60
                }
            }
        }
    }

    /// "+03:00"-style offset at `local`.
    pub fn offset_label(self, local: NaiveDateTime) -> String {
        let m = self.offset_minutes(local);
        let sign = if m < 0 { '-' } else { '+' };
        let a = m.unsigned_abs();
        format!("{sign}{:02}:{:02}", a / 60, a % 60)
    }

    /// A deadline value: the end (24:00) of `date` in this zone.
    pub fn deadline(self, date: NaiveDate) -> Value {
        // 24:00 of `date` is 00:00 of the next day; the offset in force just before midnight is
        // the one of `date` itself (switches happen at 02:00/03:00).
        let local = date.and_time(NaiveTime::from_hms_opt(23, 59, 59).unwrap_or(NaiveTime::MIN));
        Value::Deadline {
            date,
            zone: self.name().into(),
            utc_offset: self.offset_label(local),
        }
    }

    /// A moment value at local time `local`.
    pub fn moment(self, local: NaiveDateTime) -> Value {
        Value::Moment {
            local,
            zone: self.name().into(),
            utc_offset: self.offset_label(local),
        }
    }
}

/// `local + hours` as wall-clock time in a zone without DST changes in between. Moscow has no DST,
/// so for the RU 24-hour receipt rule this is exact.
pub fn add_hours(local: NaiveDateTime, hours: i64, step: &'static str) -> Result<NaiveDateTime> {
    local
        .checked_add_signed(
            TimeDelta::try_hours(hours).ok_or(EngineError::DateOutOfRange { step })?,
        )
        .ok_or(EngineError::DateOutOfRange { step })
}

/// The weekday name in English (for checks and traces).
pub fn weekday_en(w: Weekday) -> &'static str {
    match w {
        Weekday::Mon => "Mon",
        Weekday::Tue => "Tue",
        Weekday::Wed => "Wed",
        Weekday::Thu => "Thu",
        Weekday::Fri => "Fri",
        Weekday::Sat => "Sat",
        Weekday::Sun => "Sun",
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn ru_worked_example_calendar_days_roll() {
        let last = days_after(d(2025, 12, 26), 10, "t").unwrap();
        assert_eq!(last, d(2026, 1, 5));
        assert_eq!(
            roll_forward(Jurisdiction::Ru, last).unwrap().date,
            d(2026, 1, 12)
        );
    }

    #[test]
    fn ru_worked_example_working_days() {
        assert_eq!(
            add_working_days(Jurisdiction::Ru, d(2025, 12, 26), 10).unwrap(),
            d(2026, 1, 21)
        );
    }

    #[test]
    fn se_worked_examples() {
        for (from, want) in [
            ((2025, 6, 6), (2025, 6, 23)),
            ((2025, 12, 10), (2025, 12, 29)),
            ((2026, 12, 17), (2027, 1, 4)),
        ] {
            let last = days_after(d(from.0, from.1, from.2), 14, "t").unwrap();
            assert_eq!(
                roll_forward(Jurisdiction::Se, last).unwrap().date,
                d(want.0, want.1, want.2)
            );
        }
    }

    #[test]
    fn months_clamp() {
        assert_eq!(add_months(d(2024, 1, 31), 1, "t").unwrap(), d(2024, 2, 29));
        assert_eq!(add_months(d(2026, 3, 31), -1, "t").unwrap(), d(2026, 2, 28));
    }

    #[test]
    fn stockholm_offsets() {
        assert_eq!(
            Zone::Stockholm.deadline(d(2026, 1, 10)),
            Value::Deadline {
                date: d(2026, 1, 10),
                zone: "Europe/Stockholm".into(),
                utc_offset: "+01:00".into()
            }
        );
        assert_eq!(
            Zone::Stockholm.deadline(d(2026, 6, 23)),
            Value::Deadline {
                date: d(2026, 6, 23),
                zone: "Europe/Stockholm".into(),
                utc_offset: "+02:00".into()
            }
        );
        // 2026: summer time from 29 March to 25 October.
        assert_eq!(
            Zone::Stockholm.offset_label(d(2026, 3, 29).and_hms_opt(1, 0, 0).unwrap()),
            "+01:00"
        );
        assert_eq!(
            Zone::Stockholm.offset_label(d(2026, 3, 29).and_hms_opt(4, 0, 0).unwrap()),
            "+02:00"
        );
        assert_eq!(
            Zone::Stockholm.offset_label(d(2026, 10, 25).and_hms_opt(4, 0, 0).unwrap()),
            "+01:00"
        );
        assert_eq!(
            Zone::Moscow.offset_label(d(2026, 7, 1).and_hms_opt(9, 0, 0).unwrap()),
            "+03:00"
        );
    }
}
