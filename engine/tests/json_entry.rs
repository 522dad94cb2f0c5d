//! The documented JSON entry point (`evaluate_json`, feature `json`): a scenario in, `{"ok": …}`
//! or `{"err": …}` out — the format docs/API.md describes and the embed/host API will use.
#![cfg(feature = "json")]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use clausecalc_engine::evaluate_json;

#[test]
fn answers_a_scenario_with_an_outcome() {
    let out: serde_json::Value = serde_json::from_str(&evaluate_json(
        r#"{"calculator":"se-withdrawal","channel":"distance","concluded":"2025-06-06","information":"given-same-day"}"#,
    ))
    .unwrap();
    let deadlines = out["ok"]["deadlines"]
        .as_array()
        .expect("an outcome with deadlines");
    assert!(
        deadlines
            .iter()
            .any(|d| d["value"]["value"]["date"] == "2025-06-23"),
        "{out}"
    );
    assert_eq!(out["ok"]["calculator"], "se-withdrawal");
}

#[test]
fn refuses_bad_json_and_invalid_fields_with_reasons() {
    let bad: serde_json::Value = serde_json::from_str(&evaluate_json("{not json")).unwrap();
    assert_eq!(bad["err"]["error"], "bad-scenario");
    let unknown: serde_json::Value =
        serde_json::from_str(&evaluate_json(r#"{"calculator":"no-such"}"#)).unwrap();
    assert_eq!(unknown["err"]["error"], "bad-scenario");
    let invalid: serde_json::Value = serde_json::from_str(&evaluate_json(
        r#"{"calculator":"ru-late-interest","amount":"-5","as_of":"2026-01-10","deadline":"2026-01-01"}"#,
    ))
    .unwrap();
    assert_eq!(invalid["err"]["error"], "invalid", "{invalid}");
    assert!(invalid["err"]["fields"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["field"] == "amount"));
}
