//! How long the provider keeps personal data and recordings (offer 8.4; the consent form).

use super::cite;
use super::group::GroupZone;
use super::Note;
use crate::error::Result;
use crate::outcome::{EventKind, Outcome, Step, Value};
use crate::period;
use chrono::NaiveDate;

/// Years personal data are kept after the contract ends (offer 8.4).
pub const PERSONAL_DATA_YEARS: i32 = 5;
/// Months a recording is kept at most (consent form).
pub const RECORDING_MONTHS: i32 = 12;

/// RU-DATA-RETENTION — offer 8.4 and the consent: personal data are kept for the term of the
/// contract and five years after its end; recordings of meetings for up to 12 months.
///
/// Interpretation: the contract ends with the last meeting (performance, ГК 408) unless another
/// end date is entered (a refusal, a removal); "five years after" ends on the same date five years
/// later (month rule of RULES.md §0, clamped at month ends); a recording made on a day may be kept
/// until the same date 12 months later. These are limits on the provider, not deadlines for the
/// participant, so they are not rolled forward.
pub fn retention(
    end: NaiveDate,
    recording: NaiveDate,
    zone: &GroupZone,
    out: &mut Outcome,
) -> Result<(NaiveDate, NaiveDate)> {
    let data_until = period::add_months(
        end,
        PERSONAL_DATA_YEARS.saturating_mul(12),
        "data-retention",
    )?;
    let rec_until = period::add_months(recording, RECORDING_MONTHS, "data-retention")?;
    out.step(
        Step::new("RU-DATA-RETENTION", cite::RETENTION)
            .input("contract-end", Value::Date(end))
            .input(
                "years",
                Value::Months(i64::from(PERSONAL_DATA_YEARS.saturating_mul(12))),
            )
            .output("personal-data-until", zone.deadline(data_until))
            .note(Note::PersonalDataRetention),
    );
    out.step(
        Step::new("RU-DATA-RETENTION", cite::RETENTION)
            .input("recording-date", Value::Date(recording))
            .input("months", Value::Months(i64::from(RECORDING_MONTHS)))
            .output("recordings-until", zone.deadline(rec_until))
            .note(Note::RecordingsRetention),
    );
    out.deadline(
        "personal-data-until",
        zone.deadline(data_until),
        "RU-DATA-RETENTION",
        cite::RETENTION,
    );
    out.deadline(
        "recordings-until",
        zone.deadline(rec_until),
        "RU-DATA-RETENTION",
        cite::RETENTION,
    );
    out.event(end, EventKind::Event, "contract-end");
    out.event(data_until, EventKind::Deadline, "personal-data-until");
    out.event(rec_until, EventKind::Deadline, "recordings-until");
    Ok((data_until, rec_until))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::ru_intervision::testing::{d, moscow};

    /// RU-DATA-RETENTION — offer 8.4: last meeting 2026-07-15 → 2031-07-15; recording → +12 months.
    #[test]
    fn five_years_and_twelve_months() {
        let z = moscow();
        let mut out = Outcome::new("t");
        let (a, b) = retention(d(2026, 7, 15), d(2026, 4, 8), &z, &mut out).unwrap();
        assert_eq!(a, d(2031, 7, 15));
        assert_eq!(b, d(2027, 4, 8));
    }
}
