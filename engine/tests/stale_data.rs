//! Stale data: every data table past its "known until" date (or not confirmed) still computes,
//! with a visible warning — never silently. One test per table of `engine/data/`.
#![allow(clippy::expect_used)]

use clausecalc_engine::{evaluate, Outcome, Scenario};

fn run(json: &str) -> Outcome {
    let s: Scenario = serde_json::from_str(json).expect("scenario");
    evaluate(&s).expect("an answer, not an error")
}

fn warns(o: &Outcome, code: &str) -> bool {
    o.warnings.iter().any(|w| w.code == code)
}

fn codes(o: &Outcome) -> Vec<&str> {
    o.warnings.iter().map(|w| w.code.as_str()).collect()
}

#[test]
fn ru_key_rate_past_known_until_warns_and_computes() {
    // engine/data/ru-key-rate.json is known until 2026-03-19; interest into September.
    let o = run(
        r#"{"calculator": "ru-late-interest", "amount": "50000", "deadline": "2026-03-01", "as_of": "2026-09-30"}"#,
    );
    assert!(warns(&o, "rate-table-expired"), "{:?}", codes(&o));
    assert!(!o.figures.is_empty());
}

#[test]
fn se_reference_rate_past_known_until_warns_and_computes() {
    // engine/data/se-reference-rate.json is known until 2026-06-30.
    let o = run(
        r#"{"calculator": "se-late-interest", "amount": "10000.00", "due_date": "2026-05-28", "until": "2026-12-31"}"#,
    );
    assert!(warns(&o, "rate-table-expired"), "{:?}", codes(&o));
    assert!(!o.figures.is_empty());
}

#[test]
fn ru_production_calendar_provisional_and_unknown_years_warn() {
    // 2027 is provisional (no decree yet); 2029 has no data: weekends and ТК 112 holidays.
    let o = run(
        r#"{"calculator": "ru-late-interest", "amount": "1000", "refusal_received": "2026-12-25", "as_of": "2027-01-10"}"#,
    );
    assert!(warns(&o, "calendar-provisional"), "{:?}", codes(&o));
    let o = run(
        r#"{"calculator": "ru-late-interest", "amount": "1000", "refusal_received": "2029-03-01", "as_of": "2029-04-10"}"#,
    );
    assert!(warns(&o, "calendar-unknown"), "{:?}", codes(&o));
}

#[test]
fn se_collection_caps_to_verify_warn_whenever_used() {
    // engine/data/se-collection-costs.json has status "verify": every use says so.
    let o = run(
        r#"{"calculator": "se-deadlines", "reminder_fee": {"due_date": "2026-03-28", "reminder_sent": "2026-04-10", "reminder_fee": "60.00"}}"#,
    );
    assert!(warns(&o, "collection-caps-to-verify"), "{:?}", codes(&o));
}
