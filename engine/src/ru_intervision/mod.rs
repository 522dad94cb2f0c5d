//! The public offer of ООО «ПСИОМ» for the online intervision group «Мягкий старт»
//! (RULES.md §1; `contracts/ru-intervision-offer.txt`). The participant is a consumer, so beside
//! every figure of the contract the statutory figure (ЗоЗПП ст. 16, 28, 29, 31, 32; ГК ст. 782) is
//! shown, never instead of it.
//!
//! Four calculators, one module per domain noun:
//!
//! * `ru-refund` ([`refund`]) — cancel and refund: [`refund`](mod@refund) with [`notice`]
//!   (receipt of the refusal), [`refusal`] (the 10-day window, what was rendered), [`expense`]
//!   (what may be deducted), [`force_majeure`] and [`late_interest`].
//! * `ru-deadlines` ([`deadlines`]) — payment, instalments ([`payment`]), refusal window, refund
//!   deadline, support ([`support`]) and data retention ([`retention`]).
//! * `ru-late-interest` ([`late_interest`]) — ГК 395 interest or the ЗоЗПП 28 п. 5 penalty.
//! * `ru-group-check` ([`group_check`]) — consistency of a group's Appendix 1 ([`group`]).
//!
//! Every date-time is local time of the group's zone (Europe/Moscow for the shipped group).

pub mod deadlines;
pub mod expense;
pub mod force_majeure;
pub mod group;
pub mod late_interest;
pub mod liability;
pub mod limitation;
mod note;
pub mod notice;
pub mod payment;
pub mod personal_data;
pub mod refund;
pub mod refusal;
pub mod retention;
pub mod support;

pub use deadlines::{deadlines, DeadlinesInput};
pub use expense::{Expense, ExpenseKind};
pub use group::{GroupCheckInput, GroupInput, GroupParams};
pub use late_interest::{late_interest, LateInterestInput};
pub use note::Note;
pub use notice::Channel;
pub use payment::Payment;
pub use personal_data::{personal_data, DataInput};
pub use refund::{refund, RefundInput};

use crate::error::Result;
use crate::outcome::Outcome;
use serde::Deserialize;

/// Why the participant refuses (or why the contract ends): decides which clause and which statute
/// apply, the refund deadline and the late-payment remedy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reason {
    /// The participant's own choice (offer section 6; ЗоЗПП ст. 32; ГК ст. 782).
    #[default]
    OwnChoice,
    /// Because of the provider's breach (meetings moved or cancelled, format or programme changed
    /// unilaterally, services not as agreed): ЗоЗПП ст. 28, 29, 31.
    ProviderBreach,
    /// The provider removed the participant for a violation (offer 3.4, 3.7, 6.7).
    Removal,
    /// Termination after force majeure lasting more than 60 days (offer 11.3).
    ForceMajeure,
}

impl Reason {
    /// The stable code (the serde name).
    pub fn code(self) -> &'static str {
        match self {
            Reason::OwnChoice => "own-choice",
            Reason::ProviderBreach => "provider-breach",
            Reason::Removal => "removal",
            Reason::ForceMajeure => "force-majeure",
        }
    }
}

/// `ru-group-check`: the RU-PARAMS-CHECK lint of a group (the shipped one by default).
pub fn group_check(input: &GroupCheckInput) -> Result<Outcome> {
    group::check_calculator(input)
}

/// Local date-times as a browser's `datetime-local` field sends them: "2026-03-28T23:59", with
/// or without seconds.
pub(crate) mod local_moment {
    use chrono::NaiveDateTime;
    use serde::{de::Error, Deserialize, Deserializer};

    /// Parses "YYYY-MM-DDTHH:MM" or "YYYY-MM-DDTHH:MM:SS".
    pub fn parse(s: &str) -> Option<NaiveDateTime> {
        s.parse().ok().or_else(|| format!("{s}:00").parse().ok())
    }

    /// `deserialize_with` for an optional local date-time.
    pub fn option<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDateTime>, D::Error> {
        let s: Option<String> = Option::deserialize(d)?;
        s.map(|s| parse(&s).ok_or_else(|| D::Error::custom(format!("not a local date-time: {s}"))))
            .transpose()
    }
}

/// Helpers shared by the rule files' unit tests.
#[cfg(test)]
#[allow(clippy::unwrap_used)]
pub(crate) mod testing {
    use super::group::GroupZone;
    use chrono::NaiveDate;

    /// A date.
    pub fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    /// Europe/Moscow as a group zone.
    pub fn moscow() -> GroupZone {
        GroupZone {
            name: "Europe/Moscow".into(),
            offset_minutes: 180,
        }
    }
}

/// Moves the field errors of a failed sub-validation (e.g. the group's) into `v`, so the user
/// sees every error at once; other errors become a field error on `group`.
pub(crate) fn absorb(e: crate::error::EngineError, v: &mut crate::error::Validator) {
    match e {
        crate::error::EngineError::Invalid { fields } => {
            for f in fields {
                v.add(f.field, f.problem);
            }
        }
        other => v.add(
            "group",
            crate::error::Problem::Inconsistent {
                detail: other.sentence(),
            },
        ),
    }
}

/// Citations used by more than one module, in one place so they read the same everywhere.
pub(crate) mod cite {
    pub const APP1: &str = "Оферта, Приложение № 1";
    pub const PAY: &str = "Оферта п. 1.4; ГК РФ ст. 191, 193";
    pub const CONCLUDED: &str = "Оферта п. 1.4, 1.5, 5.1.1";
    pub const SCHEDULE: &str = "Оферта, Приложение № 1; п. 5.1.1; ГК РФ ст. 193";
    pub const NOTICE: &str = "Оферта п. 10.1–10.3";
    pub const NOTICE_LAW: &str = "ГК РФ ст. 165.1 п. 1";
    pub const WINDOW: &str = "Оферта п. 6.1; ГК РФ ст. 191, 194 п. 2, 431";
    pub const EARLY: &str = "Оферта п. 6.2";
    pub const LATE: &str = "Оферта п. 6.3";
    pub const AFTER_START: &str = "Оферта п. 6.4, 6.6";
    pub const REMOVAL: &str = "Оферта п. 3.4, 3.7, 6.7";
    pub const AMBIGUITY: &str = "ГК РФ ст. 431; Постановление Пленума ВС РФ № 49, п. 45";
    pub const REFUND_DEADLINE: &str = "Оферта п. 6.5";
    pub const BREACH: &str = "ЗоЗПП ст. 28, 29, 31";
    pub const BREACH_DEADLINE: &str = "ЗоЗПП ст. 31 п. 1; ГК РФ ст. 191, 193";
    pub const LAW_REFUND: &str = "ЗоЗПП ст. 16, 32; ГК РФ ст. 782";
    pub const REMOVAL_LAW: &str =
        "ЗоЗПП ст. 16 (ред. ФЗ от 01.05.2022 № 135-ФЗ); ГК РФ ст. 310 п. 2, 453 п. 4, 1102";
    pub const EXPENSES_CLAIM: &str = "ГК РФ ст. 782 п. 1; ЗоЗПП ст. 32";
    pub const RENDERED_LAW: &str = "ЗоЗПП ст. 32; ГК РФ ст. 782 п. 1, ст. 165.1 п. 1";
    pub const BREACH_DEADLINE_ACTUAL: &str = "ЗоЗПП ст. 31 п. 1; ГК РФ ст. 165.1 п. 1, 191, 193";
    pub const INTEREST: &str = "ГК РФ ст. 395 п. 1";
    pub const PENALTY: &str = "ЗоЗПП ст. 31 п. 3, ст. 28 п. 5";
    pub const FORCE_MAJEURE: &str = "Оферта п. 11.3";
    pub const SUPPORT: &str = "Оферта п. 10.5";
    pub const REFUND_DEADLINE_DELIVERY: &str = "Оферта п. 6.5; ГК РФ ст. 165.1 п. 1";
    pub const CONTESTED: &str = "ЗоЗПП ст. 32";
    pub const LIMITATION: &str = "ГК РФ ст. 196 п. 1, 199 п. 2, 200 п. 2, 192, 193, 207";
    pub const LIMITATION_ACK: &str = "ГК РФ ст. 203";
    pub const LIMITATION_SUSPENDED: &str = "ГК РФ ст. 202, 204";
    pub const FINE: &str = "ЗоЗПП ст. 13 п. 6; Постановление Пленума ВС РФ № 17, п. 46";
    pub const LIABILITY_CAP: &str = "Оферта п. 7.6; ГК РФ ст. 400 п. 2; ЗоЗПП ст. 16";
    pub const OFFER_LAPSE: &str = "Оферта п. 1.3, 1.5; ГК РФ ст. 438 п. 3, 1102, 1107 п. 2";
    pub const TERMS_CONFLICT: &str = "Оферта п. 5.5, 5.1.1, 1.8, Приложение № 1; ГК РФ ст. 431";
    pub const DATA_REQUEST: &str =
        "Оферта п. 8.9, 8.10; 152-ФЗ ст. 14 ч. 3, ст. 20 ч. 1–3 (ред. 266-ФЗ от 14.07.2022)";
    pub const DATA_STOP: &str = "152-ФЗ ст. 21 ч. 5.1";
    pub const CONSENT_WITHDRAWAL: &str =
        "Оферта п. 8.7, 8.9; согласие; 152-ФЗ ст. 21 ч. 5, 6, ст. 9 ч. 2";
    pub const FM_EXTENSION: &str = "Оферта п. 11.2; ГК РФ ст. 401 п. 3; ЗоЗПП ст. 13 п. 4";
    pub const RETENTION: &str = "Оферта п. 8.4; согласие на обработку персональных данных";
}

/// The years the RU calculators handle: a date outside them is a field error, never a long count
/// through centuries of calendar (found by fuzzing: an application dated in the year 116684 took
/// minutes, which in the browser is a frozen page).
pub(crate) const YEARS: std::ops::RangeInclusive<i32> = 1900..=2200;

/// Records `out-of-range` for each present date outside [`YEARS`].
pub(crate) fn check_years(
    v: &mut crate::error::Validator,
    dates: &[(&str, Option<chrono::NaiveDate>)],
) {
    use chrono::Datelike;
    for (field, date) in dates {
        if let Some(d) = date {
            v.check(
                !YEARS.contains(&d.year()),
                *field,
                crate::error::Problem::OutOfRange {
                    detail: "years 1900–2200".into(),
                },
            );
        }
    }
}
