//! Force majeure lasting more than 60 days (offer 11.3).

use super::cite;
use super::group::GroupZone;
use super::Note;
use crate::error::Result;
use crate::outcome::{Basis, EventKind, Field, Notice, Outcome, Step, Value};
use crate::period;
use chrono::NaiveDate;

/// Days force majeure must last before either party may terminate (offer 11.3: "более 60").
pub const FM_DAYS: u32 = 60;

/// RU-FORCE-MAJEURE — offer 11.3: when force majeure lasts more than 60 consecutive calendar
/// days, either party may terminate without penalties, settling for services actually rendered.
///
/// Interpretation (a choice, stated in the trace): the event's first day is day 1, so "more than
/// 60 days" is reached on day 61 = first day + 60 days, and the right arises that day. Returns
/// day 61 and whether the right had arisen when the termination (if any) was received (warning if not;
/// the participant may still refuse under ЗоЗПП ст. 32 as an own-choice refusal).
pub fn right_arises(
    from: NaiveDate,
    to: Option<NaiveDate>,
    terminated: Option<NaiveDate>,
    zone: &GroupZone,
    out: &mut Outcome,
) -> Result<(NaiveDate, bool)> {
    let day61 = period::days_after(from, FM_DAYS, "force-majeure")?;
    let lasted_enough = to.is_none_or(|t| t >= day61);
    let in_time = terminated.is_none_or(|t| t >= day61) && lasted_enough;
    let mut step = Step::new("RU-FORCE-MAJEURE", cite::FORCE_MAJEURE)
        .input("force-majeure-from", Value::Date(from));
    if let Some(t) = terminated {
        step = step.input("termination-received", Value::Date(t));
    }
    if let Some(t) = to {
        step = step.input("force-majeure-to", Value::Date(t));
    }
    out.step(
        step.output("force-majeure-day-61", Value::Date(day61))
            .output(
                "force-majeure-termination-from",
                zone.moment(day61.and_time(chrono::NaiveTime::MIN)),
            )
            .output("termination-right", Value::Bool(in_time))
            .note(Note::ForceMajeureDay61),
    );
    out.figure(
        "force-majeure-day-61",
        Value::Date(day61),
        "RU-FORCE-MAJEURE",
        cite::FORCE_MAJEURE,
        Basis::Contract,
    );
    // Day 61 is the first day the right exists, not a last day to act: a date figure, never a
    // deadline (24:00) and never the "next deadline".
    out.figure(
        "force-majeure-termination-from",
        Value::Date(day61),
        "RU-FORCE-MAJEURE",
        cite::FORCE_MAJEURE,
        Basis::Contract,
    );
    out.event(from, EventKind::Event, "force-majeure-starts");
    out.event(day61, EventKind::WindowStart, "force-majeure-day-61");
    out.assume(Notice::new(
        "force-majeure-day-count",
        "The first day of force majeure is counted as day 1: the right to terminate arises on day 61.",
        vec![Field::new("day-61", Value::Date(day61))],
    ));
    if !lasted_enough {
        out.warn(Notice::new(
            "force-majeure-too-short",
            "The force majeure did not last more than 60 days: clause 11.3 gives no right to terminate; a refusal is then one of the participant's own choice (ЗоЗПП 32).",
            vec![Field::new("day-61", Value::Date(day61))],
        ));
    } else if !in_time {
        out.warn(Notice::new(
            "force-majeure-too-early",
            format!("The termination was received before day 61 ({day61}): clause 11.3 did not yet allow it; it can stand as a refusal of the participant's own choice (ЗоЗПП 32)."),
            vec![Field::new("day-61", Value::Date(day61))],
        ));
    }
    Ok((day61, in_time))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::ru_intervision::testing::{d, moscow};

    /// RU-FORCE-MAJEURE — offer 11.3: from 2026-04-10, day 61 is 2026-06-09.
    #[test]
    fn day_61() {
        let z = moscow();
        let mut out = Outcome::new("t");
        assert_eq!(
            right_arises(d(2026, 4, 10), None, Some(d(2026, 6, 9)), &z, &mut out).unwrap(),
            (d(2026, 6, 9), true)
        );
        // Regression: day 61 was emitted as a deadline (24:00) and could head `ru-deadlines` as
        // the "next deadline"; it is the first day of the right, a date figure.
        assert!(out
            .deadlines
            .iter()
            .all(|f| f.key != "force-majeure-termination-from"));
        assert!(out
            .figures
            .iter()
            .any(|f| f.key == "force-majeure-termination-from"
                && f.value == Value::Date(d(2026, 6, 9))));
        assert!(
            !right_arises(d(2026, 4, 10), None, Some(d(2026, 6, 8)), &z, &mut out)
                .unwrap()
                .1
        );
        assert!(
            !right_arises(
                d(2026, 4, 10),
                Some(d(2026, 5, 1)),
                Some(d(2026, 6, 9)),
                &z,
                &mut out
            )
            .unwrap()
            .1
        );
    }
}
