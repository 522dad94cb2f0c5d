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
    // Every step: the notes' English and their codes.
    let trace = out["ok"]["trace"].as_array().expect("a trace");
    assert!(
        trace
            .iter()
            .all(|s| s["note"].is_string() && s["note_codes"].is_array()),
        "{out}"
    );
    assert!(
        trace.iter().any(|s| s["note_codes"]
            == serde_json::json!(["withdrawal-period-ordinary"])
            && s["note"]
                == "14 days counted from the day after the contract day (the information was given with the contract)."),
        "{out}"
    );
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

/// Regression: SE money came out as "2200" / "247.0" instead of two decimals, and the English
/// headline said "1 days".
#[test]
fn se_money_has_two_decimals_in_json() {
    let text = evaluate_json(
        r#"{"calculator":"se-deadlines","dispute":{"pending":false,"disputed_amount":"1800","undisputed_amount":"400.5"},
            "security":{"estimated_monthly_charges":"61.75"}}"#,
    );
    assert!(text.contains(r#""amount":"2200.50""#), "{text}");
    assert!(text.contains(r#""amount":"247.00""#), "{text}");
    let text = evaluate_json(
        r#"{"calculator":"se-late-interest","amount":"10000","due_date":"2026-01-28","until":"2026-01-29"}"#,
    );
    assert!(text.contains("2.74 kr for 1 day ("), "{text}");
    assert!(text.contains(r#""amount":"10002.74""#), "{text}");
}
