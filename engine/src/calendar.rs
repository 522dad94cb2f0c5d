//! Calendars: which days are rest days in Russia and in Sweden.
//!
//! * Russia: the production calendar cannot be computed — the Government moves days by decree
//!   each year — so it is data (`data/ru-production-calendar.json`) with source and status. For a
//!   year the table does not cover, Saturdays, Sundays and the statutory holidays of ТК РФ ст. 112
//!   are used, with a warning (RULES.md §0 "known until").
//! * Sweden: rest days are computed for any year from lag (1989:253) om allmänna helgdagar
//!   (Easter-based days, Midsommar, Alla helgons dag) plus, for deadlines only, the three eves that
//!   lag (1930:173) 2 § also treats as holidays: midsommarafton, julafton and nyårsafton.

use crate::data::{RuCalendarYear, RU_CALENDAR};
use crate::outcome::{Field, Notice, Value};
use chrono::{Datelike, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

/// Whose calendar and roll-forward rule applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Jurisdiction {
    /// Russia: ГК РФ ст. 193 and the production calendar.
    Ru,
    /// Sweden: lag (1930:173) om beräkning av lagstadgad tid; skuldebrevslagen 5 §.
    Se,
}

/// A Swedish day that is not a working day for deadlines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SeHoliday {
    /// 1 January.
    Nyarsdagen,
    /// 6 January.
    TrettondedagJul,
    /// Easter − 2.
    Langfredagen,
    /// Easter Sunday.
    Paskdagen,
    /// Easter + 1.
    AnnandagPask,
    /// 1 May.
    ForstaMaj,
    /// Easter + 39.
    KristiHimmelsfardsdag,
    /// Easter + 49.
    Pingstdagen,
    /// 6 June.
    Nationaldagen,
    /// The Friday before Midsommardagen (deadlines only).
    Midsommarafton,
    /// The Saturday in 20–26 June.
    Midsommardagen,
    /// The Saturday in 31 Oct – 6 Nov.
    AllaHelgonsDag,
    /// 24 December (deadlines only).
    Julafton,
    /// 25 December.
    Juldagen,
    /// 26 December.
    AnnandagJul,
    /// 31 December (deadlines only).
    Nyarsafton,
}

impl SeHoliday {
    /// The Swedish name.
    pub fn name_sv(self) -> &'static str {
        match self {
            SeHoliday::Nyarsdagen => "nyårsdagen",
            SeHoliday::TrettondedagJul => "trettondedag jul",
            SeHoliday::Langfredagen => "långfredagen",
            SeHoliday::Paskdagen => "påskdagen",
            SeHoliday::AnnandagPask => "annandag påsk",
            SeHoliday::ForstaMaj => "första maj",
            SeHoliday::KristiHimmelsfardsdag => "Kristi himmelsfärdsdag",
            SeHoliday::Pingstdagen => "pingstdagen",
            SeHoliday::Nationaldagen => "Sveriges nationaldag",
            SeHoliday::Midsommarafton => "midsommarafton",
            SeHoliday::Midsommardagen => "midsommardagen",
            SeHoliday::AllaHelgonsDag => "alla helgons dag",
            SeHoliday::Julafton => "julafton",
            SeHoliday::Juldagen => "juldagen",
            SeHoliday::AnnandagJul => "annandag jul",
            SeHoliday::Nyarsafton => "nyårsafton",
        }
    }

    /// An eve: a rest day for deadlines under lag (1930:173) 2 § but not an allmän helgdag, so
    /// Reg. (EEC, Euratom) 1182/71 art. 3(4) alone would not roll over it.
    pub fn is_eve(self) -> bool {
        matches!(
            self,
            SeHoliday::Midsommarafton | SeHoliday::Julafton | SeHoliday::Nyarsafton
        )
    }
}

/// Why a day is not a working day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "name", rename_all = "kebab-case")]
pub enum RestReason {
    /// A Saturday (not moved to a working day by decree).
    Saturday,
    /// A Sunday (not moved to a working day by decree).
    Sunday,
    /// A Russian weekday made non-working by ТК РФ ст. 112 or a Government decree.
    RuNonWorking,
    /// A Swedish holiday or eve.
    SeHoliday(SeHoliday),
}

/// How well the calendar data covers a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Coverage {
    /// Confirmed data (decree published, or computed by law for Sweden).
    Confirmed,
    /// Data exists but is provisional (no decree yet).
    Provisional,
    /// No data: weekends and statutory holidays only.
    Unknown,
}

/// Gregorian Easter Sunday (anonymous Gregorian algorithm, "Meeus/Jones/Butcher").
///
/// ```
/// use clausecalc_engine::calendar::easter;
/// use chrono::NaiveDate;
/// assert_eq!(easter(2026), NaiveDate::from_ymd_opt(2026, 4, 5));
/// ```
pub fn easter(year: i32) -> Option<NaiveDate> {
    if !(1583..=9999).contains(&year) {
        return None;
    }
    // All operands are small positive numbers in this range: no overflow is possible, but we
    // use wrapping-free plain integers through checked helpers to satisfy the no-panic lints.
    let y = i64::from(year);
    let a = y.rem_euclid(19);
    let b = y.div_euclid(100);
    let c = y.rem_euclid(100);
    let d = b.div_euclid(4);
    let e = b.rem_euclid(4);
    let f = b.checked_add(8)?.div_euclid(25);
    let g = b.checked_sub(f)?.checked_add(1)?.div_euclid(3);
    let h = (19i64
        .checked_mul(a)?
        .checked_add(b)?
        .checked_sub(d)?
        .checked_sub(g)?
        .checked_add(15)?)
    .rem_euclid(30);
    let i = c.div_euclid(4);
    let k = c.rem_euclid(4);
    let l = (32i64
        .checked_add(2i64.checked_mul(e)?)?
        .checked_add(2i64.checked_mul(i)?)?
        .checked_sub(h)?
        .checked_sub(k)?)
    .rem_euclid(7);
    let m = a
        .checked_add(11i64.checked_mul(h)?)?
        .checked_add(22i64.checked_mul(l)?)?
        .div_euclid(451);
    let hl7m = h
        .checked_add(l)?
        .checked_sub(7i64.checked_mul(m)?)?
        .checked_add(114)?;
    let month = u32::try_from(hl7m.div_euclid(31)).ok()?;
    let day = u32::try_from(hl7m.rem_euclid(31).checked_add(1)?).ok()?;
    NaiveDate::from_ymd_opt(year, month, day)
}

/// The day in [first, first + 6] that falls on `weekday`.
fn weekday_in(year: i32, month: u32, first: u32, weekday: Weekday) -> Option<NaiveDate> {
    let start = NaiveDate::from_ymd_opt(year, month, first)?;
    let offset = (7u32
        .checked_add(weekday.num_days_from_monday())?
        .checked_sub(start.weekday().num_days_from_monday())?)
        % 7;
    start.checked_add_days(chrono::Days::new(u64::from(offset)))
}

/// The Swedish holiday or eve on `date`, if any (weekends are not included here).
pub fn se_holiday(date: NaiveDate) -> Option<SeHoliday> {
    let y = date.year();
    let (m, d) = (date.month(), date.day());
    let fixed = match (m, d) {
        (1, 1) => Some(SeHoliday::Nyarsdagen),
        (1, 6) => Some(SeHoliday::TrettondedagJul),
        (5, 1) => Some(SeHoliday::ForstaMaj),
        (6, 6) => Some(SeHoliday::Nationaldagen),
        (12, 24) => Some(SeHoliday::Julafton),
        (12, 25) => Some(SeHoliday::Juldagen),
        (12, 26) => Some(SeHoliday::AnnandagJul),
        (12, 31) => Some(SeHoliday::Nyarsafton),
        _ => None,
    };
    if fixed.is_some() {
        return fixed;
    }
    if let Some(midsommardagen) = weekday_in(y, 6, 20, Weekday::Sat) {
        if date == midsommardagen {
            return Some(SeHoliday::Midsommardagen);
        }
        if midsommardagen.pred_opt() == Some(date) {
            return Some(SeHoliday::Midsommarafton);
        }
    }
    if weekday_in(y, 10, 31, Weekday::Sat) == Some(date) {
        return Some(SeHoliday::AllaHelgonsDag);
    }
    let easter = easter(y)?;
    let offset = date.signed_duration_since(easter).num_days();
    match offset {
        -2 => Some(SeHoliday::Langfredagen),
        0 => Some(SeHoliday::Paskdagen),
        1 => Some(SeHoliday::AnnandagPask),
        39 => Some(SeHoliday::KristiHimmelsfardsdag),
        49 => Some(SeHoliday::Pingstdagen),
        _ => None,
    }
}

fn ru_year(year: i32) -> Option<&'static RuCalendarYear> {
    RU_CALENDAR.iter().find(|y| y.year == year)
}

/// ТК РФ ст. 112 holidays, used only for years the production-calendar table lacks.
fn ru_statutory_holiday(date: NaiveDate) -> bool {
    matches!(
        (date.month(), date.day()),
        (1, 1..=8) | (2, 23) | (3, 8) | (5, 1) | (5, 9) | (6, 12) | (11, 4)
    )
}

/// How well the Russian production calendar covers `year`.
pub fn ru_coverage(year: i32) -> Coverage {
    match ru_year(year) {
        Some(y) if y.provisional => Coverage::Provisional,
        Some(_) => Coverage::Confirmed,
        None => Coverage::Unknown,
    }
}

/// The source named for a Russian calendar year, if the table has the year.
pub fn ru_source(year: i32) -> Option<&'static str> {
    ru_year(year).map(|y| y.source)
}

/// Why `date` is not a working day in `j`, or `None` for a working day.
pub fn rest_reason(j: Jurisdiction, date: NaiveDate) -> Option<RestReason> {
    let weekend = match date.weekday() {
        Weekday::Sat => Some(RestReason::Saturday),
        Weekday::Sun => Some(RestReason::Sunday),
        _ => None,
    };
    match j {
        Jurisdiction::Ru => {
            let md = (date.month(), date.day());
            match ru_year(date.year()) {
                Some(y) => {
                    if y.working_weekend.contains(&md) {
                        None
                    } else if y.non_working.contains(&md) {
                        Some(weekend.unwrap_or(RestReason::RuNonWorking))
                    } else {
                        weekend
                    }
                }
                None => weekend.or(if ru_statutory_holiday(date) {
                    Some(RestReason::RuNonWorking)
                } else {
                    None
                }),
            }
        }
        Jurisdiction::Se => se_holiday(date).map(RestReason::SeHoliday).or(weekend),
    }
}

/// Whether `date` is a rest day (not a working day) in `j`.
pub fn is_rest_day(j: Jurisdiction, date: NaiveDate) -> bool {
    rest_reason(j, date).is_some()
}

/// Warnings for the calendar years a computation over [from, to] relied on: a provisional or
/// missing Russian year is flagged (RULES.md §0). Swedish rest days are computed by law for any
/// year, so they never warn.
pub fn coverage_notices(j: Jurisdiction, from: NaiveDate, to: NaiveDate) -> Vec<Notice> {
    let mut out = Vec::new();
    if j == Jurisdiction::Se {
        return out;
    }
    let (a, b) = if from <= to {
        (from.year(), to.year())
    } else {
        (to.year(), from.year())
    };
    let mut year = a;
    while year <= b {
        match ru_coverage(year) {
            Coverage::Confirmed => {}
            Coverage::Provisional => out.push(Notice::new(
                "calendar-provisional",
                format!(
                    "The Russian production calendar for {year} is provisional (no Government decree yet): days may still be moved."
                ),
                vec![Field::new("year", Value::Count(i64::from(year)))],
            )),
            Coverage::Unknown => out.push(Notice::new(
                "calendar-unknown",
                format!(
                    "No production calendar for {year}: only Saturdays, Sundays and the holidays of ТК РФ ст. 112 were treated as non-working."
                ),
                vec![Field::new("year", Value::Count(i64::from(year)))],
            )),
        }
        match year.checked_add(1) {
            Some(n) => year = n,
            None => break,
        }
    }
    out
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::arithmetic_side_effects)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn working_days_in(year: i32) -> usize {
        d(year, 1, 1)
            .iter_days()
            .take_while(|x| x.year() == year)
            .filter(|x| !is_rest_day(Jurisdiction::Ru, *x))
            .count()
    }

    #[test]
    fn easter_check_values() {
        assert_eq!(easter(2025), Some(d(2025, 4, 20)));
        assert_eq!(easter(2026), Some(d(2026, 4, 5)));
        assert_eq!(easter(2027), Some(d(2027, 3, 28)));
    }

    #[test]
    fn swedish_movable_days() {
        assert_eq!(se_holiday(d(2026, 6, 20)), Some(SeHoliday::Midsommardagen));
        assert_eq!(se_holiday(d(2026, 6, 19)), Some(SeHoliday::Midsommarafton));
        assert_eq!(se_holiday(d(2025, 6, 20)), Some(SeHoliday::Midsommarafton));
        assert_eq!(se_holiday(d(2026, 10, 31)), Some(SeHoliday::AllaHelgonsDag));
        assert_eq!(
            se_holiday(d(2026, 5, 14)),
            Some(SeHoliday::KristiHimmelsfardsdag)
        );
        assert_eq!(se_holiday(d(2026, 4, 3)), Some(SeHoliday::Langfredagen));
        assert_eq!(se_holiday(d(2026, 4, 6)), Some(SeHoliday::AnnandagPask));
        assert_eq!(se_holiday(d(2026, 4, 7)), None);
    }

    #[test]
    fn russian_calendar_facts() {
        assert_eq!(working_days_in(2025), 247);
        assert_eq!(working_days_in(2026), 247);
        assert!(is_rest_day(Jurisdiction::Ru, d(2026, 1, 9)));
        assert!(is_rest_day(Jurisdiction::Ru, d(2026, 12, 31)));
        assert!(
            !is_rest_day(Jurisdiction::Ru, d(2025, 11, 1)),
            "Saturday made working by decree"
        );
        assert_eq!(ru_coverage(2027), Coverage::Provisional);
        assert_eq!(ru_coverage(2030), Coverage::Unknown);
        assert!(
            is_rest_day(Jurisdiction::Ru, d(2030, 1, 3)),
            "statutory fallback"
        );
    }
}
