//! Deadlines as calendar files (RFC 5545), built from the engine's outcome, so a person can act on
//! a deadline rather than only read it: one event per deadline, and one file with them all.
//!
//! A deadline that ends at 24:00 of a day is a whole-day event on that day; a moment (a date and a
//! time in the contract's zone) is a timed event in that zone, with its `VTIMEZONE`. Each event
//! names the clause in its description and reminds the day before (`TRIGGER:-P1D`). Pure text:
//! no clock (the stamp is the deadline's own day), nothing of the person's but the dates.

use crate::lang::{label, Lang};
use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};
use clausecalc_engine::outcome::{Figure, Value};
use std::fmt::Write;

/// One deadline's calendar file, or `None` for a figure that is not a date.
pub fn one(lang: Lang, calculator: &str, f: &Figure) -> Option<String> {
    let event = event(lang, calculator, f)?;
    Some(wrap(&[event], zones(std::slice::from_ref(f))))
}

/// All deadlines of an answer in one calendar file, or `None` when there are none.
pub fn all(lang: Lang, calculator: &str, figs: &[Figure]) -> Option<String> {
    let events: Vec<String> = figs
        .iter()
        .filter_map(|f| event(lang, calculator, f))
        .collect();
    (!events.is_empty()).then(|| wrap(&events, zones(figs)))
}

fn wrap(events: &[String], zones: Vec<&'static str>) -> String {
    let mut out = String::from(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//clausecalc//deadlines//EN\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n",
    );
    for z in zones {
        out.push_str(z);
    }
    for e in events {
        out.push_str(e);
    }
    out.push_str("END:VCALENDAR\r\n");
    out
}

const MOSCOW: &str = "BEGIN:VTIMEZONE\r\nTZID:Europe/Moscow\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nTZOFFSETFROM:+0300\r\nTZOFFSETTO:+0300\r\nTZNAME:MSK\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n";
const STOCKHOLM: &str = "BEGIN:VTIMEZONE\r\nTZID:Europe/Stockholm\r\nBEGIN:DAYLIGHT\r\nDTSTART:19700329T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\nEND:DAYLIGHT\r\nBEGIN:STANDARD\r\nDTSTART:19701025T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n";

/// The `VTIMEZONE`s the timed events of `figs` need.
fn zones(figs: &[Figure]) -> Vec<&'static str> {
    let mut out = Vec::new();
    for f in figs {
        if let Value::Moment { zone, .. } = &f.value {
            let z = if zone.contains("Stockholm") {
                STOCKHOLM
            } else {
                MOSCOW
            };
            if !out.contains(&z) {
                out.push(z);
            }
        }
    }
    out
}

fn ymd(d: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", d.year(), d.month(), d.day())
}

fn ymdhms(t: NaiveDateTime) -> String {
    format!("{}T{:02}{:02}00", ymd(t.date()), t.hour(), t.minute())
}

fn event(lang: Lang, calculator: &str, f: &Figure) -> Option<String> {
    let (start, end, day) = match &f.value {
        Value::Date(d) | Value::Deadline { date: d, .. } => (
            format!("DTSTART;VALUE=DATE:{}", ymd(*d)),
            format!("DTEND;VALUE=DATE:{}", ymd(d.succ_opt()?)),
            *d,
        ),
        Value::Moment { local, zone, .. } => {
            let tz = if zone.contains("Stockholm") {
                "Europe/Stockholm"
            } else {
                "Europe/Moscow"
            };
            (
                format!("DTSTART;TZID={tz}:{}", ymdhms(*local)),
                format!("DTEND;TZID={tz}:{}", ymdhms(*local)),
                local.date(),
            )
        }
        _ => return None,
    };
    let summary = format!("clausecalc: {}", label(lang, &f.key));
    let description = format!("{} · {}", f.citation, f.rule);
    let mut e = String::new();
    for line in [
        "BEGIN:VEVENT".to_string(),
        format!("UID:{calculator}-{}-{}@clausecalc", f.key, ymd(day)),
        format!("DTSTAMP:{}T000000Z", ymd(day)),
        start,
        end,
        format!("SUMMARY:{}", text(&summary)),
        format!("DESCRIPTION:{}", text(&description)),
        "TRANSP:TRANSPARENT".to_string(),
        "BEGIN:VALARM".to_string(),
        "ACTION:DISPLAY".to_string(),
        format!("DESCRIPTION:{}", text(&summary)),
        "TRIGGER:-P1D".to_string(),
        "END:VALARM".to_string(),
        "END:VEVENT".to_string(),
    ] {
        fold(&mut e, &line);
    }
    Some(e)
}

/// A TEXT value escaped (RFC 5545 3.3.11).
fn text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Writes `line` folded at 75 octets (never inside a character), ending in CRLF.
fn fold(out: &mut String, line: &str) {
    let mut width: usize = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if width.saturating_add(n) > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width = width.saturating_add(n);
    }
    out.push_str("\r\n");
}

/// A `data:` address of a calendar file, for a download link.
pub fn data_url(ics: &str) -> String {
    let mut out = String::from("data:text/calendar;charset=utf-8,");
    let _ = write!(out, "{}", crate::embed::percent_encode(ics));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn deadline(key: &str, d: &str) -> Figure {
        Figure {
            key: key.into(),
            value: Value::Deadline {
                date: NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap(),
                zone: "Europe/Moscow".into(),
                utc_offset: "+03:00".into(),
            },
            rule: "RU-REFUND-DEADLINE".into(),
            citation: "Оферта п. 6.5; ГК 165.1".into(),
            basis: clausecalc_engine::outcome::Basis::Contract,
        }
    }

    #[test]
    fn a_deadline_is_a_whole_day_event_with_its_clause_and_a_reminder() {
        let f = deadline("refund-deadline", "2026-04-10");
        let ics = one(Lang::En, "ru-refund", &f).unwrap();
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert!(ics.contains("DTSTART;VALUE=DATE:20260410\r\nDTEND;VALUE=DATE:20260411\r\n"));
        assert!(ics.contains("UID:ru-refund-refund-deadline-20260410@clausecalc\r\n"));
        assert!(ics.contains("DESCRIPTION:Оферта п. 6.5\\; ГК 165.1 · RU-REFUND-DEADLINE"));
        assert!(ics.contains("TRIGGER:-P1D\r\n"));
        assert!(ics.ends_with("END:VEVENT\r\nEND:VCALENDAR\r\n"));
        // Every line at most 75 octets.
        assert!(ics.split("\r\n").all(|l| l.len() <= 75), "{ics}");
    }

    #[test]
    fn a_moment_is_timed_in_its_zone_and_all_deadlines_share_one_file() {
        let mut m = deadline("service-start", "2026-04-08");
        m.value = Value::Moment {
            local: NaiveDate::from_ymd_opt(2026, 4, 8)
                .unwrap()
                .and_hms_opt(9, 0, 0)
                .unwrap(),
            zone: "Europe/Moscow".into(),
            utc_offset: "+03:00".into(),
        };
        let figs = [m, deadline("refund-deadline", "2026-04-10")];
        let ics = all(Lang::Ru, "ru-refund", &figs).unwrap();
        assert_eq!(ics.matches("BEGIN:VEVENT").count(), 2);
        assert!(ics.contains("DTSTART;TZID=Europe/Moscow:20260408T090000"));
        assert_eq!(ics.matches("BEGIN:VTIMEZONE").count(), 1);
        assert!(all(Lang::Ru, "ru-refund", &[]).is_none());
        assert!(
            data_url(&ics).starts_with("data:text/calendar;charset=utf-8,BEGIN%3AVCALENDAR%0D%0A")
        );
    }
}
