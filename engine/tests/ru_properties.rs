//! Property tests of the RU rules (STYLE.md "Tests"): invariants that must hold for any input.
//!
//! * 0 ≤ refund ≤ paid, and a shortfall shows as a balance owed, never as a negative refund;
//! * a rolled or working-day deadline never lands on a rest day;
//! * a deadline never precedes the event it counts from;
//! * ГК 395 interest over [a, c] equals interest over [a, b] plus (b, c] (unrounded totals);
//! * `evaluate` never panics, whatever the scenario holds.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::arithmetic_side_effects
)]

use chrono::{NaiveDate, NaiveDateTime};
use clausecalc_engine::calendar::{is_rest_day, Jurisdiction};
use clausecalc_engine::interest::{simple_interest, RateTable};
use clausecalc_engine::outcome::{Outcome, Value};
use clausecalc_engine::{evaluate, Scenario};
use proptest::prelude::*;
use rust_decimal::Decimal;
use serde_json::{json, Value as Json};

fn day(offset: i64) -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 1, 1).unwrap() + chrono::Duration::days(offset)
}

fn moment(day_offset: i64, minute: i64) -> NaiveDateTime {
    day(day_offset).and_hms_opt(0, 0, 0).unwrap() + chrono::Duration::minutes(minute)
}

fn iso(dt: NaiveDateTime) -> String {
    use chrono::Timelike;
    format!("{}T{:02}:{:02}:00", dt.date(), dt.hour(), dt.minute())
}

fn money(o: &Outcome, key: &str) -> Decimal {
    match o.figures.iter().find(|f| f.key == key).map(|f| &f.value) {
        Some(Value::Money { amount, .. }) => *amount,
        other => panic!("figure {key}: {other:?}"),
    }
}

fn deadline_dates(o: &Outcome) -> Vec<(String, NaiveDate)> {
    o.deadlines
        .iter()
        .filter_map(|f| match &f.value {
            Value::Deadline { date, .. } => Some((f.key.clone(), *date)),
            _ => None,
        })
        .collect()
}

fn run(v: Json) -> Outcome {
    let s: Scenario = serde_json::from_value(v.clone()).unwrap_or_else(|e| panic!("{e}: {v}"));
    evaluate(&s).unwrap_or_else(|e| panic!("{e}: {v}"))
}

const REASONS: [&str; 4] = ["own-choice", "provider-breach", "removal", "force-majeure"];
const CHANNELS: [&str; 3] = ["e-mail", "personal-account", "other"];
const KINDS: [&str; 5] = [
    "bank-commission",
    "organisational-fee",
    "organising",
    "place-reservation",
    "other",
];

fn expense() -> impl Strategy<Value = Json> {
    (0usize..5, 0i64..500_000, any::<bool>()).prop_map(|(k, cents, documented)| {
        json!({"kind": KINDS[k], "amount": Decimal::new(cents, 2).to_string(), "documented": documented})
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 192, ..ProptestConfig::default() })]

    /// 0 ≤ refund ≤ paid; refund and balance owed are never both above zero.
    #[test]
    fn refund_between_zero_and_paid(
        amounts in prop::collection::vec(1i64..1_000_000, 1..4),
        pay_day in 380i64..460,
        sent_day in 400i64..600,
        minute in 0i64..1440,
        delay_minutes in 0i64..5000,
        reason in 0usize..4,
        channel in 0usize..3,
        expenses in prop::collection::vec(expense(), 0..5),
        fm_day in 380i64..560,
        not_rendered in prop::collection::vec(0usize..8, 0..3),
    ) {
        let shipped = ["2026-04-08","2026-04-22","2026-05-06","2026-05-20","2026-06-03","2026-06-17","2026-07-01","2026-07-15"];
        let sent = moment(sent_day, minute);
        let received = sent + chrono::Duration::minutes(delay_minutes);
        let payments: Vec<Json> = amounts.iter().map(|c| json!({"amount": Decimal::new(*c, 2).to_string(), "date": day(pay_day.min(sent_day)).to_string()})).collect();
        let paid: Decimal = amounts.iter().map(|c| Decimal::new(*c, 2)).sum();
        let v = json!({
            "calculator": "ru-refund",
            "payments": payments,
            "refusal_sent": iso(sent),
            "channel": CHANNELS[channel],
            "received_at": iso(received),
            "reason": REASONS[reason],
            "expenses": expenses,
            "meetings_not_rendered": not_rendered.iter().map(|i| shipped[*i]).collect::<Vec<_>>(),
            "force_majeure_from": day(fm_day).to_string(),
            "as_of": (received.date() + chrono::Duration::days(30)).to_string(),
        });
        let o = run(v);
        let refund = money(&o, "refund");
        let owed = money(&o, "balance-owed");
        prop_assert!(refund >= Decimal::ZERO, "refund {refund}");
        prop_assert!(refund <= paid, "refund {refund} > paid {paid}");
        prop_assert!(owed >= Decimal::ZERO);
        prop_assert!(refund.is_zero() || owed.is_zero());
    }

    /// Rolled and working-day deadlines never land on a rest day, and never precede their event.
    #[test]
    fn deadlines_are_working_days_after_their_event(
        app in 0i64..1000,
        sent_day in 0i64..1050,
        minute in 0i64..1440,
        support in 0i64..1050,
        breach in any::<bool>(),
    ) {
        let sent = moment(sent_day, minute);
        let v = json!({
            "calculator": "ru-deadlines",
            "application_date": day(app).to_string(),
            "payments": [{"amount": "850", "date": day(sent_day).to_string()}],
            "as_of": day(sent_day + 1).to_string(),
            "refusal_sent": iso(sent),
            "channel": "e-mail",
            "reason": if breach { "provider-breach" } else { "own-choice" },
            "support_request_received": day(support).to_string(),
        });
        let o = run(v);
        let received = (sent + chrono::Duration::hours(24)).date();
        for (key, date) in deadline_dates(&o) {
            let rolled = ["payment-deadline", "refund-deadline", "refund-deadline-contract", "refund-deadline-law", "support-deadline", "instalment-1-due", "instalment-2-due"];
            if rolled.contains(&key.as_str()) {
                prop_assert!(!is_rest_day(Jurisdiction::Ru, date), "{key} on rest day {date}");
            }
            let event = match key.as_str() {
                "payment-deadline" => Some(day(app)),
                "refund-deadline" | "refund-deadline-contract" | "refund-deadline-law" => Some(received),
                "support-deadline" => Some(day(support)),
                _ => None,
            };
            if let Some(e) = event {
                prop_assert!(date > e, "{key} {date} not after {e}");
            }
        }
    }

    /// Interest over [a, c] = interest over [a, b] + interest over (b, c], unrounded.
    #[test]
    fn interest_is_additive(
        cents in 1i64..10_000_000_000,
        start in 0i64..400,
        len1 in 0i64..400,
        len2 in 1i64..400,
    ) {
        let t = RateTable::ru_key_rate();
        let p = Decimal::new(cents, 2);
        let a = day(start);
        let b = a + chrono::Duration::days(len1);
        let c = b + chrono::Duration::days(len2);
        let whole = simple_interest(p, a, c, &t, Decimal::ZERO).unwrap();
        let left = simple_interest(p, a, b, &t, Decimal::ZERO).unwrap();
        let right = simple_interest(p, b.succ_opt().unwrap(), c, &t, Decimal::ZERO).unwrap();
        let diff = (whole.exact_total - left.exact_total - right.exact_total).abs();
        prop_assert!(diff < Decimal::new(1, 18), "diff {diff}");
        prop_assert_eq!(whole.days, left.days + right.days);
    }

    /// `evaluate` never panics: arbitrary dates (any year chrono can hold), amounts up to the
    /// decimal limit, any enum values, any group.
    #[test]
    fn evaluate_never_panics(
        calc in 0usize..4,
        days in prop::collection::vec(-3_000_000i32..3_000_000, 12),
        minutes in 0u32..1440,
        amounts in prop::collection::vec(prop_oneof![
            Just("0".to_string()), Just("-1".to_string()), Just("79228162514264337593543950335".to_string()),
            (0i64..i64::MAX).prop_map(|n| Decimal::new(n, 2).to_string()),
        ], 4),
        reason in 0usize..4,
        channel in 0usize..3,
        meetings in prop::collection::vec(-3_000_000i32..3_000_000, 0..10),
        count in 0u32..20,
        offset in -2000i32..2000,
        weekday in prop_oneof![Just("Wed"), Just("sun"), Just("x"), Just("")],
        with_group in any::<bool>(),
        rate in prop_oneof![Just("15"), Just("-1"), Just("1000"), Just("0")],
    ) {
        let date = |i: usize| NaiveDate::from_num_days_from_ce_opt(days[i % days.len()]).unwrap_or(NaiveDate::MIN);
        let ds = |i: usize| serde_json::to_value(date(i)).unwrap();
        let dts = |i: usize| serde_json::to_value(date(i).and_hms_opt(minutes / 60, minutes % 60, 0).unwrap()).unwrap();
        let group = json!({
            "time_zone": "Asia/Test", "utc_offset_minutes": offset, "weekday": weekday,
            "meeting_start": "09:00", "meeting_end": "10:30",
            "period_from": ds(0), "period_to": ds(1),
            "meetings": meetings.iter().map(|d| serde_json::to_value(NaiveDate::from_num_days_from_ce_opt(*d).unwrap_or(NaiveDate::MIN)).unwrap()).collect::<Vec<_>>(),
            "stated_meeting_count": count, "stated_total_hours": amounts[3].clone(),
            "price": amounts[0].clone(), "price_per_meeting": amounts[1].clone(),
            "instalments": [{"amount": amounts[2].clone(), "due": ds(2)}],
        });
        let mut v = match calc {
            0 => json!({"calculator": "ru-refund", "payments": [{"amount": amounts[0].clone(), "date": ds(3)}],
                "refusal_sent": dts(4), "channel": CHANNELS[channel], "received_at": dts(5), "reason": REASONS[reason],
                "expenses": [{"kind": "organisational-fee", "amount": amounts[1].clone(), "documented": true}],
                "force_majeure_from": ds(6), "force_majeure_to": ds(7), "as_of": ds(8), "refund_paid_on": ds(9),
                "key_rates": [{"from": ds(10), "percent": rate}]}),
            1 => json!({"calculator": "ru-deadlines", "application_date": ds(3), "payments": [{"amount": amounts[2].clone(), "date": ds(4)}],
                "as_of": ds(5), "refusal_sent": dts(6), "channel": CHANNELS[channel], "received_at": dts(7), "reason": REASONS[reason],
                "support_request_received": ds(8), "contract_end": ds(9), "recording_date": ds(10), "force_majeure_from": ds(11)}),
            2 => json!({"calculator": "ru-late-interest", "amount": amounts[0].clone(), "deadline": ds(3), "refusal_received": ds(4),
                "reason": REASONS[reason], "price": amounts[1].clone(), "paid_on": ds(5), "as_of": ds(6),
                "key_rates": [{"from": ds(7), "percent": rate}]}),
            _ => json!({"calculator": "ru-group-check"}),
        };
        if with_group {
            v["group"] = group;
        }
        // Every generated scenario is well-formed JSON for its calculator, so each one reaches
        // `evaluate`; what it answers (an outcome or field errors) does not matter here.
        let s = serde_json::from_value::<Scenario>(v.clone()).unwrap_or_else(|e| panic!("{e}: {v}"));
        let _ = evaluate(&s);
    }
}
