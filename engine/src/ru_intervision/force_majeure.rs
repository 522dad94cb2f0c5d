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

/// What force majeure prevented, for RU-FM-EXTENSION.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Prevented {
    /// The end of the group's period (its last meeting): the provider's obligation to hold it.
    pub period_end: NaiveDate,
    /// The governing refund deadline, if the user marks it as prevented by the event.
    pub refund_deadline: Option<NaiveDate>,
    /// Whether the affected party notified the other (11.2 "в разумный срок").
    pub notice_given: Option<bool>,
}

/// RU-FM-EXTENSION — offer 11.2; ГК 401 п. 3; ЗоЗПП 13 п. 4 (new 2026-11-30): the term of an
/// obligation force majeure prevented is extended by the time the circumstances lasted.
///
/// Interpretation: N = calendar days of the event, first and last counted (as RU-FORCE-MAJEURE).
/// Each affected date + N: the end of the group's period (a meeting date, not rolled), and the
/// refund deadline only if the user marks it as prevented — lack of money is never force majeure
/// (ГК 401 п. 3) — rolled forward as the last day for an act (ГК 193). No penalty or interest for
/// delay days inside the event. Without notice (11.2) the extension is still shown, flagged. The
/// consumer keeps the right to refuse (ЗоЗПП 32) and to terminate under 11.3. Returns N.
// QUESTION: whether a provider may ever extend the refund deadline by force majeure.
pub fn extension(
    from: NaiveDate,
    to: NaiveDate,
    prevented: Prevented,
    zone: &GroupZone,
    out: &mut Outcome,
) -> Result<i64> {
    const RULE: &str = "RU-FM-EXTENSION";
    let n = period::days_between(from, to)
        .checked_add(1)
        .ok_or(crate::error::EngineError::Overflow { step: RULE })?;
    let period_end = period::add_days(prevented.period_end, n, "fm-extension")?;
    out.step(
        Step::new(RULE, cite::FM_EXTENSION)
            .input("force-majeure-from", Value::Date(from))
            .input("force-majeure-to", Value::Date(to))
            .input("days", Value::Days(n))
            .input("period-to", Value::Date(prevented.period_end))
            .output("group-period-end-extended", Value::Date(period_end))
            .note(Note::FmExtension),
    );
    out.figure(
        "force-majeure-days",
        Value::Days(n),
        RULE,
        cite::FM_EXTENSION,
        Basis::Contract,
    );
    out.figure(
        "group-period-end-extended",
        Value::Date(period_end),
        RULE,
        cite::FM_EXTENSION,
        Basis::Contract,
    );
    if let Some(d) = prevented.refund_deadline {
        let naive = period::add_days(d, n, "fm-extension")?;
        let rolled = period::roll_forward(crate::calendar::Jurisdiction::Ru, naive)?;
        out.step(
            Step::new(RULE, cite::FM_EXTENSION)
                .input("refund-deadline", zone.deadline(d))
                .input("days", Value::Days(n))
                .input("last-day-before-roll", Value::Date(naive))
                .output("refund-deadline-extended", zone.deadline(rolled.date))
                .note(Note::FmNoDelayInside),
        );
        out.deadline(
            "refund-deadline-extended",
            zone.deadline(rolled.date),
            RULE,
            cite::FM_EXTENSION,
        );
        out.warn(Notice::new(
            "fm-refund-deadline-extended",
            "The refund deadline is extended only because you marked it as prevented by the force majeure; lack of money is never force majeure (ГК 401 п. 3), and whether a provider may extend a refund deadline this way is open.",
            vec![Field::new("refund-deadline-extended", zone.deadline(rolled.date))],
        ));
    }
    if prevented.notice_given != Some(true) {
        out.warn(Notice::new(
            "fm-notice-missing",
            "No notice of the force majeure is stated (11.2 requires it within a reasonable time); the extension is still shown, but the party that did not notify may answer for losses the silence caused.",
            Vec::new(),
        ));
    }
    out.assume(Notice::new(
        "fm-extension-day-count",
        "The force majeure's days are counted with the first and last day included; meeting dates are moved by them without rolling, a last day for an act rolls to a working day.",
        vec![Field::new("days", Value::Days(n))],
    ));
    Ok(n)
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
        // RU-FM-EXTENSION — 11.2: 2026-05-01 … 05-10 is 10 days; the period end moves unrolled.
        let p = Prevented {
            period_end: d(2026, 7, 15),
            refund_deadline: Some(d(2026, 5, 6)),
            notice_given: None,
        };
        let mut ext = Outcome::new("t");
        assert_eq!(
            extension(d(2026, 5, 1), d(2026, 5, 10), p, &z, &mut ext).unwrap(),
            10
        );
        assert!(ext.figures.iter().any(
            |f| f.key == "group-period-end-extended" && f.value == Value::Date(d(2026, 7, 25))
        ));
        // 05-06 + 10 = 05-16, a Saturday → Mon 05-18.
        assert!(ext
            .deadlines
            .iter()
            .any(|f| f.key == "refund-deadline-extended"
                && matches!(f.value, Value::Deadline { date, .. } if date == d(2026, 5, 18))));
        assert!(ext.warnings.iter().any(|w| w.code == "fm-notice-missing"));
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
