use clausecalc_engine::{evaluate, Scenario};
use wasm_bindgen::prelude::*;

/// Parses the scenarios (a JSON array), then evaluates them round-robin `n` times in total.
/// Returns how many evaluations succeeded (so the work cannot be optimised away).
#[wasm_bindgen]
pub fn batch(scenarios_json: &str, n: u32) -> u32 {
    let scenarios: Vec<Scenario> = match serde_json::from_str(scenarios_json) {
        Ok(s) => s,
        Err(_) => return 0,
    };
    if scenarios.is_empty() {
        return 0;
    }
    let mut ok = 0u32;
    for i in 0..n as usize {
        if let Some(s) = scenarios.get(i % scenarios.len()) {
            if evaluate(s).is_ok() {
                ok += 1;
            }
        }
    }
    ok
}
