//! The limitation period of the consumer's refund claim (ГК РФ ст. 196, 199, 200, 202–204, 207).

use super::cite;
use super::group::GroupZone;
use super::Note;
use crate::calendar::{self, Jurisdiction};
use crate::error::Result;
use crate::outcome::{Basis, EventKind, Field, Notice, Outcome, Step, Value};
use crate::period;
use chrono::NaiveDate;

/// Years of the general limitation period (ГК 196 п. 1).
pub const YEARS: i32 = 3;

/// What can move the limitation period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Interruptions {
    /// The day the provider acknowledged the debt (ГК 203): the period starts afresh.
    pub acknowledged_on: Option<NaiveDate>,
    /// Calendar days the period was suspended (ГК 202, 204), added to its end.
    pub suspended_days: u32,
}

/// RU-LIMITATION — ГК 196 п. 1, 200 п. 2, 192, 193 (new 2026-11-30): a claim must be brought
/// within 3 years; for an obligation with a set term the period runs from the end of that term
/// (ГК 200 п. 2), i.e. from the day after the governing refund deadline.
///
/// Interpretation: the last day is the deadline's date 3 years later (ГК 192 п. 1, the month rule,
/// clamped), rolled forward to a working day (ГК 193); a year without a decreed production calendar
/// warns. An acknowledgment of the debt inside the running period starts it afresh from the day
/// after (ГК 203); suspension adds its days (ГК 202, 204). Penalty and interest lapse with the main
/// claim (ГК 207). The period applies only if the provider invokes it (ГК 199 п. 2): said as an
/// assumption. Returns the last day to sue.
// QUESTION: the last day shown (deadline + 3 years) is the safe one; some courts count from the
// first day of delay and end one day later.
pub fn limitation(
    deadline: NaiveDate,
    moves: Interruptions,
    zone: &GroupZone,
    out: &mut Outcome,
) -> Result<NaiveDate> {
    const RULE: &str = "RU-LIMITATION";
    let starts = period::days_after(deadline, 1, "limitation")?;
    let months = YEARS.saturating_mul(12);
    let mut end = period::add_months(deadline, months, "limitation")?;
    let mut step = Step::new(RULE, cite::LIMITATION)
        .input("refund-deadline", zone.deadline(deadline))
        .input("limitation-starts", Value::Date(starts))
        .input("months", Value::Months(i64::from(months)))
        .output("limitation-end-before-roll", Value::Date(end));
    step = step.note(Note::LimitationTerm);
    out.step(step);
    if let Some(ack) = moves.acknowledged_on {
        if ack >= starts && ack <= end {
            end = period::add_months(ack, months, "limitation")?;
            out.step(
                Step::new(RULE, cite::LIMITATION_ACK)
                    .input("debt-acknowledged-on", Value::Date(ack))
                    .output("limitation-end-before-roll", Value::Date(end))
                    .note(Note::LimitationAcknowledged),
            );
        } else {
            out.warn(Notice::new(
                "limitation-acknowledgment-outside",
                format!("The acknowledgment of the debt ({ack}) does not fall inside the running limitation period ({starts} – {end}): it does not interrupt it (ГК 203)."),
                vec![Field::new("debt-acknowledged-on", Value::Date(ack))],
            ));
        }
    }
    if moves.suspended_days > 0 {
        end = period::days_after(end, moves.suspended_days, "limitation")?;
        out.step(
            Step::new(RULE, cite::LIMITATION_SUSPENDED)
                .input("days", Value::Days(i64::from(moves.suspended_days)))
                .output("limitation-end-before-roll", Value::Date(end))
                .note(Note::LimitationSuspended),
        );
    }
    let rolled = period::roll_forward(Jurisdiction::Ru, end)?;
    let mut step =
        Step::new(RULE, cite::LIMITATION).input("last-day-before-roll", Value::Date(end));
    for v in rolled.skipped_values() {
        step = step.input("rest-day", v);
    }
    out.step(
        step.output("limitation-last-day", zone.deadline(rolled.date))
            .note(Note::LimitationRolled),
    );
    out.figure(
        "limitation-starts",
        Value::Date(starts),
        RULE,
        cite::LIMITATION,
        Basis::Law,
    );
    out.deadline(
        "limitation-last-day",
        zone.deadline(rolled.date),
        RULE,
        cite::LIMITATION,
    );
    out.event(rolled.date, EventKind::Deadline, "limitation-last-day");
    for n in calendar::coverage_notices(Jurisdiction::Ru, rolled.date, rolled.date) {
        out.warn(n);
    }
    out.assume(Notice::new(
        "limitation-if-invoked",
        "Limitation applies only if the provider invokes it in court (ГК 199 п. 2); interest and penalties lapse with the refund claim (ГК 207). The last day shown is the safe one: some courts count from the first day of delay and end a day later.",
        vec![Field::new("limitation-last-day", zone.deadline(rolled.date))],
    ));
    Ok(rolled.date)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::ru_intervision::testing::{d, moscow};

    /// RU-LIMITATION — ГК 196, 200 п. 2, 193 (RULES.md §4): refund deadline 2026-01-21 → runs from
    /// 2026-01-22; 2029-01-21 is a Sunday → Mon 2029-01-22, with a calendar warning (no decree).
    #[test]
    fn three_years_rolled() {
        let mut out = Outcome::new("t");
        let last = limitation(
            d(2026, 1, 21),
            Interruptions::default(),
            &moscow(),
            &mut out,
        )
        .unwrap();
        assert_eq!(last, d(2029, 1, 22));
        assert!(out.warnings.iter().any(|w| w.code.starts_with("calendar-")));
        // ГК 203: an acknowledgment starts it afresh; ГК 202, 204: suspension adds its days.
        let mut out = Outcome::new("t");
        let moved = Interruptions {
            acknowledged_on: Some(d(2026, 6, 1)),
            suspended_days: 30,
        };
        let last = limitation(d(2026, 1, 21), moved, &moscow(), &mut out).unwrap();
        assert_eq!(last, d(2029, 7, 2)); // 2029-06-01 + 30 d = 07-01 (Sunday) → 07-02
    }
}
