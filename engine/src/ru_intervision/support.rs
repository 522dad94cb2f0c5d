//! The support service's answer term (offer 10.5).

use super::cite;
use super::group::GroupZone;
use super::Note;
use crate::calendar::{self, Jurisdiction};
use crate::error::Result;
use crate::outcome::{EventKind, Outcome, Step, Value};
use crate::period;
use chrono::NaiveDate;

/// Working days the support service has to answer (offer 10.5).
pub const SUPPORT_WORKING_DAYS: u32 = 3;

/// RU-SUPPORT — offer 10.5: support answers a request within 3 working days of receiving it.
///
/// Interpretation: working days of the Russian production calendar, counted from the day after
/// the request was received (RULES.md §0); the answer is due by 24:00 of the third one.
pub fn support_deadline(
    received: NaiveDate,
    zone: &GroupZone,
    out: &mut Outcome,
) -> Result<NaiveDate> {
    let due = period::add_working_days(Jurisdiction::Ru, received, SUPPORT_WORKING_DAYS)?;
    out.step(
        Step::new("RU-SUPPORT", cite::SUPPORT)
            .input("request-received", Value::Date(received))
            .input(
                "working-days",
                Value::WorkingDays(i64::from(SUPPORT_WORKING_DAYS)),
            )
            .output("support-deadline", zone.deadline(due))
            .note(Note::SupportAnswerTerm),
    );
    super::deadlines::mark_rest_days_between(received, due, out);
    out.deadline(
        "support-deadline",
        zone.deadline(due),
        "RU-SUPPORT",
        cite::SUPPORT,
    );
    out.event(received, EventKind::Event, "support-request-received");
    out.event(due, EventKind::Deadline, "support-deadline");
    for n in calendar::coverage_notices(Jurisdiction::Ru, received, due) {
        out.warn(n);
    }
    Ok(due)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::ru_intervision::testing::moscow;

    /// RU-SUPPORT — offer 10.5: a request received Fri 2026-02-20 is due Thu 2026-02-26
    /// (23 Feb is a holiday).
    #[test]
    fn three_working_days() {
        let z = moscow();
        let mut out = Outcome::new("t");
        let got =
            support_deadline(NaiveDate::from_ymd_opt(2026, 2, 20).unwrap(), &z, &mut out).unwrap();
        assert_eq!(got, NaiveDate::from_ymd_opt(2026, 2, 26).unwrap());
    }
}
