//! The documented JSON entry point (`evaluate_json`, feature `json`): a scenario in, `{"ok": …}`
//! or `{"err": …}` out — the format docs/API.md describes and the embed/host API will use.
#![cfg(feature = "json")]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use clausecalc_engine::{evaluate_json, evaluate_json_built_in, BUILT_IN, CALCULATORS};

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

/// The host API's entry (`evaluate_json_built_in`, which reads the tag first and links only the
/// calculators built in) gives exactly `evaluate_json`'s text for every golden scenario — outcomes
/// and field errors alike — and for the scenario written with the tag last. A calculator of a
/// contract not built in (`--no-default-features --features json,ru`) is refused instead.
#[test]
fn built_in_entry_agrees_with_evaluate_json_on_every_golden_scenario() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) != Some("json") {
            continue;
        }
        let golden: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let scenario = golden["scenario"].to_string();
        let id = golden["scenario"]["calculator"].as_str().unwrap();
        if !BUILT_IN.contains(&id) {
            let refused: serde_json::Value =
                serde_json::from_str(&evaluate_json_built_in(&scenario)).unwrap();
            assert_eq!(
                refused["err"]["error"],
                "bad-scenario",
                "{}",
                path.display()
            );
            continue;
        }
        let expected = evaluate_json(&scenario);
        assert_eq!(
            evaluate_json_built_in(&scenario),
            expected,
            "{}",
            path.display()
        );
        // The tag need not come first.
        let mut fields = golden["scenario"].as_object().unwrap().clone();
        let tag = fields.remove("calculator").unwrap();
        let rest = serde_json::Value::Object(fields).to_string();
        let rest = rest.strip_suffix('}').unwrap();
        let comma = if rest == "{" { "" } else { "," };
        let tag_last = format!("{rest}{comma}\"calculator\":{tag}}}");
        assert_eq!(
            evaluate_json_built_in(&tag_last),
            expected,
            "{}",
            path.display()
        );
        n += 1;
    }
    assert!(
        n > 40 || BUILT_IN.len() < CALCULATORS.len(),
        "only {n} golden scenarios found"
    );
}

/// What the host API says to a scenario it cannot answer: the documented `bad-scenario` error,
/// for bad JSON, a missing or unknown tag and a field of the wrong type.
#[test]
fn built_in_entry_refuses_what_evaluate_json_refuses() {
    if cfg!(all(feature = "ru", feature = "se")) {
        assert_eq!(BUILT_IN, CALCULATORS, "both contracts: every calculator");
    }
    for text in [
        "{not json",
        "",
        "[]",
        r#"{"as_of":"2026-03-29"}"#,
        r#"{"calculator":"no-such"}"#,
        r#"{"calculator":"ru-refund","as_of":"29.03.2026"}"#,
        r#"{"calculator":"se-withdrawal","channel":"distance"} trailing"#,
    ] {
        let old: serde_json::Value = serde_json::from_str(&evaluate_json(text)).unwrap();
        let new: serde_json::Value = serde_json::from_str(&evaluate_json_built_in(text)).unwrap();
        assert_eq!(old["err"]["error"], "bad-scenario", "{text}: {old}");
        assert_eq!(new["err"]["error"], "bad-scenario", "{text}: {new}");
    }
    let unknown: serde_json::Value =
        serde_json::from_str(&evaluate_json_built_in(r#"{"calculator":"no-such"}"#)).unwrap();
    let detail = unknown["err"]["detail"].as_str().unwrap();
    assert!(
        detail.starts_with("unknown variant `no-such`, ")
            && BUILT_IN
                .iter()
                .all(|id| detail.contains(&format!("`{id}`"))),
        "{detail}"
    );
}
