//! The refusal: the 10-day window before the start (offer 6.1), when the refusal fell relative to
//! it, and which meetings were rendered before it was received (offer 6.4, 6.6).

use super::cite;
use super::group::{GroupParams, GroupZone};
use super::Note;
use crate::error::Result;
use crate::outcome::{EventKind, Field, Notice, Outcome, Step, Value};
use crate::period;
use chrono::{NaiveDate, NaiveDateTime, NaiveTime};

/// Days before the start by which the refusal must be sent (offer 6.1).
pub const WINDOW_DAYS: u32 = 10;

/// The refusal window of a group.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    /// Start of services: the first meeting's start time.
    pub start: NaiveDateTime,
    /// The last day on which the refusal may be *sent* (until 24:00): start date − 10 days. This
    /// governs (offer 6.1 "направив"; ГК 194 п. 2).
    pub last_day: NaiveDate,
    /// The alternative receipt reading, never governing: the last day to send a notice through the
    /// personal account or by e-mail so that its deemed receipt (+24 h, 10.2–10.3) is still by
    /// 24:00 of `last_day`, i.e. the day before.
    pub last_send_day_receipt_reading: NaiveDate,
}

impl Window {
    /// 24:00 of the last day, as a local date-time (00:00 of the next day).
    pub fn limit(&self) -> Result<NaiveDateTime> {
        Ok(period::days_after(self.last_day, 1, "refusal-window")?.and_time(NaiveTime::MIN))
    }
}

/// When the refusal was made, relative to the window and the start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Timing {
    /// Sent 10 or more calendar days before the start (offer 6.2).
    Early,
    /// Sent later, and no meeting counts as rendered before it was received (offer 6.3).
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

/// RU-REFUSAL-WINDOW — offer 6.1; ГК 194 п. 2: the participant refuses "направив … письменное
/// уведомление … не позднее чем за 10 календарных дней до даты начала оказания Услуг" — by
/// *sending* the notice no later than 10 calendar days before the start.
///
/// Interpretation (revised 2026-11-30): the start is the first meeting at its start time; the last
/// day is start date − 10 days (a backward period: never rolled forward), until 24:00 of the
/// group's zone. A notice handed to the channel by then is in time (ГК 194 п. 2); 10.2–10.3 only
/// say when a notice counts as *received*, which matters for terms counted from receipt. At the
/// least 6.1 is ambiguous, and a provider-drafted term is read for the consumer (ГК 431; Пленум ВС
/// № 49 п. 45; ЗоЗПП 16). The receipt reading (sent + 24 h by the last day, i.e. sent by 24:00
/// of the day before) is shown as the alternative, never governing.
pub fn window(group: &GroupParams, out: &mut Outcome) -> Result<Window> {
    let start = group.start()?;
    let last_day = period::days_before(start.date(), WINDOW_DAYS, "refusal-window")?;
    let alt = period::days_before(last_day, 1, "refusal-window")?;
    let zone = &group.zone;
    out.step(
        Step::new("RU-REFUSAL-WINDOW", cite::WINDOW)
            .input("service-start", zone.moment(start))
            .input("days-before", Value::Days(i64::from(WINDOW_DAYS)))
            .output("refusal-send-deadline", zone.deadline(last_day))
            .output("refusal-send-deadline-receipt-reading", zone.deadline(alt))
            .note(Note::RefusalWindow),
    );
    out.assume(Notice::new(
        "refusal-window-sending-reading",
        format!("Clause 6.1 makes the refusal by sending it («направив … не позднее чем за 10 календарных дней»): a refusal sent by {last_day} 24:00 is in time (ГК 194 п. 2), and an ambiguous term is read for the consumer (ГК 431). The receipt reading — the 24-hour rule of 10.2–10.3 applied to the window — would require sending by {alt} 24:00; it is shown beside, never instead."),
        vec![
            Field::new("refusal-send-deadline", zone.deadline(last_day)),
            Field::new("refusal-send-deadline-receipt-reading", zone.deadline(alt)),
        ],
    ));
    out.deadline(
        "service-start",
        zone.moment(start),
        "RU-REFUSAL-WINDOW",
        cite::WINDOW,
    );
    out.deadline(
        "refusal-send-deadline",
        zone.deadline(last_day),
        "RU-REFUSAL-WINDOW",
        cite::WINDOW,
    );
    out.deadline(
        "refusal-send-deadline-receipt-reading",
        zone.deadline(alt),
        "RU-REFUSAL-WINDOW",
        cite::NOTICE,
    );
    out.event(last_day, EventKind::WindowEnd, "refusal-window-end");
    Ok(Window {
        start,
        last_day,
        last_send_day_receipt_reading: alt,
    })
}

/// Where a refusal falls: early if `decisive` (the sending moment; under the alternative reading
/// the receipt) is by 24:00 of the last day, else late if it was received before the start, else
/// after the start.
pub fn timing(w: &Window, decisive: NaiveDateTime, received: NaiveDateTime) -> Result<Timing> {
    Ok(if decisive <= w.limit()? {
        Timing::Early
    } else if received < w.start {
        Timing::Late
    } else {
        Timing::AfterStart
    })
}

/// The governing timing (by sending) and the alternative receipt reading's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timings {
    /// By sending (offer 6.1; ГК 194 п. 2): governs.
    pub governing: Timing,
    /// By the contract's receipt (10.2–10.3 applied to the window): shown beside.
    pub receipt_reading: Timing,
}

/// Records which timing applies (by sending), the receipt reading beside it, and warns when the
/// actual-delivery moment would put the refusal on the other side of the start.
pub fn classify(
    w: &Window,
    sent: NaiveDateTime,
    contract: NaiveDateTime,
    actual: NaiveDateTime,
    zone: &GroupZone,
    out: &mut Outcome,
) -> Result<Timings> {
    let t = timing(w, sent, contract)?;
    let receipt_reading = timing(w, contract, contract)?;
    let alt = timing(w, sent, actual)?;
    let mut step = Step::new("RU-REFUSAL-WINDOW", cite::WINDOW)
        .input("sent", zone.moment(sent))
        .input("refusal-send-deadline", zone.deadline(w.last_day))
        .input("received", zone.moment(contract))
        .input("service-start", zone.moment(w.start))
        .output("timing", Value::code(t.code()));
    if receipt_reading != t {
        step = step.output(
            "timing-receipt-reading",
            Value::code(receipt_reading.code()),
        );
    }
    out.step(step.note(Note::RefusalCompared));
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
    Ok(Timings {
        governing: t,
        receipt_reading,
    })
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

    /// RU-REFUSAL-WINDOW — offer 6.1; ГК 194 п. 2 (revised 2026-11-30): the shipped group starts
    /// 2026-04-08 09:00; a refusal *sent* by 2026-03-29 24:00 is early; the receipt reading would
    /// require sending by 2026-03-28 24:00.
    #[test]
    fn shipped_window() {
        let g = GroupParams::shipped();
        let mut out = Outcome::new("t");
        let w = window(&g, &mut out).unwrap();
        assert_eq!(w.start, d(2026, 4, 8).and_hms_opt(9, 0, 0).unwrap());
        assert_eq!(w.last_day, d(2026, 3, 29));
        assert_eq!(w.last_send_day_receipt_reading, d(2026, 3, 28));
        assert!(out
            .assumptions
            .iter()
            .any(|a| a.code == "refusal-window-sending-reading" && a.text.contains("2026-03-28")));
        let at =
            |m: u32, day: u32, h: u32, min: u32| d(2026, m, day).and_hms_opt(h, min, 0).unwrap();
        // Regression (review 2026-11-30): e-mailed 23:30 on the last day was "late" because the
        // deemed receipt 24 h later decided; the sending decides.
        let sent = at(3, 29, 23, 30);
        let deemed = at(3, 30, 23, 30);
        assert_eq!(timing(&w, sent, deemed).unwrap(), Timing::Early);
        assert_eq!(timing(&w, deemed, deemed).unwrap(), Timing::Late);
        assert_eq!(
            timing(&w, at(3, 30, 0, 0), at(3, 31, 0, 0)).unwrap(),
            Timing::Early
        );
        assert_eq!(
            timing(&w, at(3, 30, 0, 1), at(3, 31, 0, 1)).unwrap(),
            Timing::Late
        );
        // Sent before the start, deemed received after it: a meeting counts as rendered.
        assert_eq!(
            timing(&w, at(4, 7, 10, 0), at(4, 8, 10, 0)).unwrap(),
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
