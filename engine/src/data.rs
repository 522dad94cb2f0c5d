//! The data tables (`engine/data/*.json`), compiled in by `build.rs`.
//!
//! Each table keeps its source, status and "known until" date: past it, or for a provisional
//! year, the rules that use it add a visible warning (RULES.md §0) instead of guessing silently.

use chrono::NaiveDate;
use rust_decimal::Decimal;

/// One year of the Russian production calendar.
pub(crate) struct RuCalendarYear {
    pub year: i32,
    pub source: &'static str,
    pub provisional: bool,
    /// (month, day) of weekdays that are not working days.
    pub non_working: &'static [(u32, u32)],
    /// (month, day) of Saturdays/Sundays that are working days by decree.
    pub working_weekend: &'static [(u32, u32)],
}

/// One rate, in force from `from` until the next entry.
pub(crate) struct RateData {
    pub from: (i32, u32, u32),
    pub mantissa: i64,
    pub scale: u32,
    pub verify: bool,
}

/// A dated rate table (key rate, reference rate).
pub(crate) struct RateTableData {
    pub name: &'static str,
    pub source: &'static str,
    pub status: &'static str,
    pub known_until: (i32, u32, u32),
    pub rates: &'static [RateData],
}

/// A table of fixed caps in kronor with its provenance (the Swedish collection-cost caps).
pub(crate) struct CapTableData {
    pub name: &'static str,
    pub source: &'static str,
    pub status: &'static str,
    pub in_force_from: (i32, u32, u32),
    pub known_until: (i32, u32, u32),
    /// (kind, (mantissa, scale) amount in kr)
    pub caps: &'static [(&'static str, (i64, u32))],
}

/// One instalment of the shipped group: ((mantissa, scale) amount, (y, m, d) due date, label).
pub(crate) type InstalmentData = ((i64, u32), (i32, u32, u32), &'static str);

/// Appendix 1 of the RU offer, as shipped (`ru-group-myagkij-start.json`).
pub(crate) struct GroupData {
    pub id: &'static str,
    pub name: &'static str,
    pub time_zone: &'static str,
    pub utc_offset_minutes: i32,
    pub weekday: &'static str,
    pub meeting_start: (u32, u32),
    pub meeting_end: (u32, u32),
    pub period_from: (i32, u32, u32),
    pub period_to: (i32, u32, u32),
    pub meetings: &'static [(i32, u32, u32)],
    pub stated_meeting_count: u32,
    pub stated_total_hours: (i64, u32),
    pub price: (i64, u32),
    pub price_per_meeting: (i64, u32),
    /// (amount, due date, label)
    pub instalments: &'static [InstalmentData],
    pub participants_min: u32,
    pub participants_max: u32,
}

include!(concat!(env!("OUT_DIR"), "/tables.rs"));

/// A date from a compiled table. The build script has already checked every table date, so
/// `None` cannot occur in practice; callers still handle it instead of panicking.
pub(crate) fn date(ymd: (i32, u32, u32)) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(ymd.0, ymd.1, ymd.2)
}

/// A decimal from a compiled (mantissa, scale) pair; scales were checked at build time.
pub(crate) fn decimal(parts: (i64, u32)) -> Decimal {
    Decimal::try_new(parts.0, parts.1).unwrap_or_default()
}
