//! The JSON entry point (`evaluate_json`): arbitrary text, and golden scenarios mutated by the
//! fuzzer's bytes, must come back as JSON with exactly one of `ok` and `err` — never a panic.
#![no_main]

use clausecalc_engine::evaluate_json;
use libfuzzer_sys::fuzz_target;

fn check(text: &str) {
    let out = evaluate_json(text);
    let v: serde_json::Value = serde_json::from_str(&out).expect("evaluate_json answers JSON");
    assert!(
        v.get("ok").is_some() != v.get("err").is_some(),
        "neither or both of ok/err: {out}"
    );
}

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        check(text);
    }
    let mut u = arbitrary::Unstructured::new(data);
    if let Ok(scenario) = clausecalc_fuzz::mutated(&mut u) {
        check(&scenario.to_string());
    }
});
