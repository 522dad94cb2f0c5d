//! Dates far outside the tables (found by the `evaluate` and `json_entry` fuzz targets, which timed
//! out on an application dated in the year 116684): every calculator answers at once — with an
//! answer or a field error — never loops for a long time. In the browser a long loop freezes the
//! page as surely as a panic kills it.
#![allow(clippy::expect_used)]

use clausecalc_engine::{evaluate, Scenario};
use std::time::{Duration, Instant};

fn quick(json: &str) {
    let s: Scenario = serde_json::from_str(json).expect("scenario");
    let started = Instant::now();
    let _ = evaluate(&s);
    let took = started.elapsed();
    assert!(took < Duration::from_secs(1), "{took:?} for {json}");
}

#[test]
fn ru_deadlines_with_an_application_in_a_far_year_answers_at_once() {
    quick(
        r#"{"application_date":"+116684-05-10","as_of":"2026-03-02","calculator":"ru-deadlines","payments":[{"amount":"850","date":"2026-03-01"}],"support_request_received":"2026-03-15"}"#,
    );
    quick(
        r#"{"application_date":"+24480-02-25","as_of":"2027-09-27","calculator":"ru-deadlines","payments":[{"amount":"850","date":"2026-03-01"}],"support_request_received":"2026-02-20"}"#,
    );
}

#[test]
fn every_calculator_answers_far_dates_at_once() {
    for far in ["+116684-05-10", "9999-12-31", "0001-01-01", "2199-12-31"] {
        for json in [
            format!(
                r#"{{"calculator":"ru-refund","as_of":"{far}","payments":[{{"amount":"850","date":"2026-03-01"}}],"refusal_sent":"2026-03-28T20:00:00","channel":"e-mail"}}"#
            ),
            format!(
                r#"{{"calculator":"ru-refund","as_of":"{far}","payments":[{{"amount":"850","date":"{far}"}}],"refusal_sent":"{far}T20:00:00","channel":"e-mail","refund_paid_on":"{far}"}}"#
            ),
            format!(
                r#"{{"calculator":"ru-late-interest","amount":"1000","deadline":"2026-03-01","as_of":"{far}"}}"#
            ),
            format!(
                r#"{{"calculator":"ru-late-interest","amount":"1000","refusal_received":"{far}","as_of":"{far}"}}"#
            ),
            format!(
                r#"{{"calculator":"ru-data","as_of":"{far}","request_received":"{far}","consent_withdrawal_received":"{far}"}}"#
            ),
            format!(
                r#"{{"calculator":"ru-deadlines","as_of":"{far}","payments":[{{"amount":"850","date":"{far}"}}],"contract_end":"{far}","recording_date":"{far}"}}"#
            ),
            format!(
                r#"{{"calculator":"se-withdrawal","channel":"distance","concluded":"{far}","information":"never"}}"#
            ),
            format!(
                r#"{{"calculator":"se-late-interest","amount":"100","due_date":"2026-01-01","until":"{far}"}}"#
            ),
            format!(
                r#"{{"calculator":"se-deadlines","due_date":{{"invoice_sent":"{far}"}},"termination_notice":"{far}"}}"#
            ),
        ] {
            quick(&json);
        }
    }
}
