//! The refusal: the 10-day window before the start (offer 6.1), when the refusal fell relative to
//! it, and which meetings were rendered before it was received (offer 6.4, 6.6).

use super::cite;
use super::group::{GroupParams, GroupZone};
use super::Note;
use crate::error::Result;
use crate::outcome::{EventKind, Field, Notice, Outcome, Step, Value};
use crate::period;
use chrono::{NaiveDate, NaiveDateTime, NaiveTime};

/// Days before the start by which the refusal must be received (offer 6.1).
pub const WINDOW_DAYS: u32 = 10;

/// The refusal window of a group.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    /// Start of services: the first meeting's start time.
    pub start: NaiveDateTime,
    /// The last day on which the refusal may be received (until 24:00).
    pub last_receipt_day: NaiveDate,
    /// The last day on which a refusal sent through the personal account or by e-mail may be sent
    /// (until 24:00), so that its deemed receipt is still in time.
    pub last_send_day: NaiveDate,
}

impl Window {
    /// 24:00 of the last receipt day, as a local date-time (00:00 of the next day).
    pub fn receipt_limit(&self) -> Result<NaiveDateTime> {
        Ok(
            period::days_after(self.last_receipt_day, 1, "refusal-window")?
                .and_time(NaiveTime::MIN),
        )
    }
}

/// When the refusal was received, relative to the window and the start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Timing {
    /// Received 10 or more calendar days before the start (offer 6.2).
    Early,
    /// Received less than 10 days before the start, but before it (offer 6.3).
    Late,
    /// Received after the start of services (offer 6.4, 6.6).
    AfterStart,
}

impl Timing {
    /// The stable code.
    pub fn code(self) -> &'static str {
        match self {
            Timing::Early => "early",
            Timing::Late => "late",
            Timing::AfterStart => "after-start",
        }
    }
}

/// RU-REFUSAL-WINDOW — offer 6.1: the refusal must reach the provider no later than 10 calendar
/// days before the start of services.
///
/// Interpretation: the start is the first meeting at its start time; the last permissible day is
/// start date − 10 days (a backward period: never rolled forward, RULES.md §0), until 24:00. The
/// receipt moment decides, so the latest *sending* moment for the personal account or e-mail is
/// 24 hours earlier: 24:00 of the day before.
pub fn window(group: &GroupParams, out: &mut Outcome) -> Result<Window> {
    let start = group.start()?;
    let last_receipt_day = period::days_before(start.date(), WINDOW_DAYS, "refusal-window")?;
    let last_send_day = period::days_before(last_receipt_day, 1, "refusal-window")?;
    let zone = &group.zone;
    out.step(
        Step::new("RU-REFUSAL-WINDOW", cite::WINDOW)
            .input("service-start", zone.moment(start))
            .input("days-before", Value::Days(i64::from(WINDOW_DAYS)))
            .output("refusal-receipt-deadline", zone.deadline(last_receipt_day))
            .output("refusal-send-deadline", zone.deadline(last_send_day))
            .note(Note::RefusalWindow),
    );
    out.assume(Notice::new(
        "refusal-window-receipt-reading",
        format!("Clause 6.1 literally speaks of sending («направив … не позднее чем за 10 календарных дней»). We read it, as the rule catalogue does, as the day the refusal must be received; the literal sending reading would allow sending until {last_receipt_day} 24:00, one day later than the {last_send_day} shown for the personal account and e-mail."),
        vec![
            Field::new("refusal-receipt-deadline", zone.deadline(last_receipt_day)),
            Field::new("refusal-send-deadline", zone.deadline(last_send_day)),
        ],
    ));
    out.deadline(
        "service-start",
        zone.moment(start),
        "RU-REFUSAL-WINDOW",
        cite::WINDOW,
    );
    out.deadline(
        "refusal-receipt-deadline",
        zone.deadline(last_receipt_day),
        "RU-REFUSAL-WINDOW",
        cite::WINDOW,
    );
    out.deadline(
        "refusal-send-deadline",
        zone.deadline(last_send_day),
        "RU-REFUSAL-WINDOW",
        cite::WINDOW,
    );
    out.event(last_receipt_day, EventKind::WindowEnd, "refusal-window-end");
    Ok(Window {
        start,
        last_receipt_day,
        last_send_day,
    })
}

/// Where a receipt moment falls: early (in time), late (before the start), after the start.
pub fn timing(w: &Window, received: NaiveDateTime) -> Result<Timing> {
    Ok(if received <= w.receipt_limit()? {
        Timing::Early
    } else if received < w.start {
        Timing::Late
    } else {
        Timing::AfterStart
    })
}

/// Records which timing applies, and warns when the actual-delivery reading would differ.
pub fn classify(
    w: &Window,
    contract: NaiveDateTime,
    actual: NaiveDateTime,
    zone: &GroupZone,
    out: &mut Outcome,
) -> Result<Timing> {
    let t = timing(w, contract)?;
    let alt = timing(w, actual)?;
    out.step(
        Step::new("RU-REFUSAL-WINDOW", cite::WINDOW)
            .input("received", zone.moment(contract))
            .input(
                "refusal-receipt-deadline",
                zone.deadline(w.last_receipt_day),
            )
            .input("service-start", zone.moment(w.start))
            .output("timing", Value::code(t.code()))
            .note(Note::RefusalCompared),
    );
    if alt != t {
        out.warn(Notice::new(
            "receipt-reading-changes-timing",
            format!(
                "Counting actual delivery (ГК 165.1) instead of the 24-hour rule, the refusal would be '{}' rather than '{}'.",
                alt.code(),
                t.code()
            ),
            vec![Field::new("contract", Value::code(t.code())), Field::new("law", Value::code(alt.code()))],
        ));
    }
    Ok(t)
}

/// The meetings rendered before `received`: a meeting counts as rendered if it began before the
/// refusal was received and is not among `not_rendered` (cancelled, moved or not as agreed).
/// Access to materials or recordings is not rendering (ВС РФ 4-КГ24-57-К1).
pub fn rendered(
    group: &GroupParams,
    received: NaiveDateTime,
    not_rendered: &[NaiveDate],
) -> Vec<NaiveDate> {
    group
        .meetings
        .iter()
        .filter(|m| m.and_time(group.meeting_start) < received && !not_rendered.contains(m))
        .copied()
        .collect()
}

/// RU-REFUND-AFTER-START — offer 6.4, 6.6: the value of the meetings rendered before receipt.
pub fn rendered_value(
    group: &GroupParams,
    received: NaiveDateTime,
    not_rendered: &[NaiveDate],
    out: &mut Outcome,
) -> Result<(u32, crate::money::Rub)> {
    rendered_value_as(group, received, not_rendered, Reading::Contract, out)
}

/// Which receipt moment a count of rendered meetings uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reading {
    /// The contract's receipt moment (the 24-hour rule of 10.2–10.3 where it applies).
    Contract,
    /// The actual receipt moment (ГК 165.1): the statutory figure (ЗоЗПП 32, ГК 782: only
    /// services actually rendered are paid for).
    Law,
}

/// RU-REFUND-AFTER-START — offer 6.4, 6.6 (contract reading) or ЗоЗПП 32, ГК 782 with ГК 165.1
/// (law reading): the value of the meetings rendered before `received`.
pub fn rendered_value_as(
    group: &GroupParams,
    received: NaiveDateTime,
    not_rendered: &[NaiveDate],
    reading: Reading,
    out: &mut Outcome,
) -> Result<(u32, crate::money::Rub)> {
    let list = rendered(group, received, not_rendered);
    let n = u32::try_from(list.len()).unwrap_or(u32::MAX);
    let value = group.meetings_value(n)?;
    let (citation, received_key, count_key, value_key, note) = match reading {
        Reading::Contract => (
            cite::AFTER_START,
            "received",
            "meetings-rendered",
            "rendered-value",
            Note::RenderedContract,
        ),
        Reading::Law => (
            cite::RENDERED_LAW,
            "received-actual",
            "meetings-rendered-law",
            "rendered-value-law",
            Note::RenderedLaw,
        ),
    };
    let mut step = Step::new("RU-REFUND-AFTER-START", citation)
        .input(received_key, group.zone.moment(received))
        .input(
            "meeting-start-time",
            Value::text(group.meeting_start.format_hm()),
        );
    for m in not_rendered {
        step = step.input("meeting-not-rendered", Value::Date(*m));
    }
    out.step(
        step.output(count_key, Value::Count(i64::from(n)))
            .output(value_key, Value::rub(value))
            .note(note),
    );
    Ok((n, value))
}

/// "HH:MM" without chrono's formatting machinery (the engine builds chrono without `alloc`).
trait HourMinute {
    fn format_hm(&self) -> String;
}

impl HourMinute for NaiveTime {
    fn format_hm(&self) -> String {
        use chrono::Timelike;
        format!("{:02}:{:02}", self.hour(), self.minute())
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::ru_intervision::testing::d;

    /// RU-REFUSAL-WINDOW — offer 6.1: the shipped group starts 2026-04-08 09:00; the refusal must
    /// be received by 2026-03-29 24:00, so an e-mail must be sent by 2026-03-28 24:00.
    #[test]
    fn shipped_window() {
        let g = GroupParams::shipped();
        let mut out = Outcome::new("t");
        let w = window(&g, &mut out).unwrap();
        assert_eq!(w.start, d(2026, 4, 8).and_hms_opt(9, 0, 0).unwrap());
        assert_eq!(w.last_receipt_day, d(2026, 3, 29));
        assert_eq!(w.last_send_day, d(2026, 3, 28));
        // The literal "sending" reading of 6.1 is stated as an assumption.
        assert!(out
            .assumptions
            .iter()
            .any(|a| a.code == "refusal-window-receipt-reading" && a.text.contains("2026-03-29")));
        assert_eq!(
            timing(&w, d(2026, 3, 30).and_hms_opt(0, 0, 0).unwrap()).unwrap(),
            Timing::Early
        );
        assert_eq!(
            timing(&w, d(2026, 3, 30).and_hms_opt(0, 1, 0).unwrap()).unwrap(),
            Timing::Late
        );
        assert_eq!(
            timing(&w, d(2026, 4, 8).and_hms_opt(9, 0, 0).unwrap()).unwrap(),
            Timing::AfterStart
        );
    }

    /// RU-REFUND-AFTER-START — offer 6.4: a meeting counts only if it began before receipt.
    #[test]
    fn rendered_counts_meetings_begun() {
        let g = GroupParams::shipped();
        let at = d(2026, 5, 6).and_hms_opt(9, 0, 0).unwrap();
        assert_eq!(rendered(&g, at, &[]).len(), 2);
        let at = d(2026, 5, 6).and_hms_opt(9, 1, 0).unwrap();
        assert_eq!(rendered(&g, at, &[]).len(), 3);
        assert_eq!(rendered(&g, at, &[d(2026, 4, 22)]).len(), 2);
    }
}
