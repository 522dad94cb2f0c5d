//! `evaluate` over valid scenarios: a golden scenario with its numbers, dates, lists and optional
//! fields mutated (see `clausecalc_fuzz::mutated`); whatever deserialises into a `Scenario` must
//! be answered with `Ok` or `Err`, never a panic, and an outcome must serialise.
#![no_main]

use clausecalc_engine::{evaluate, Scenario};
use libfuzzer_sys::fuzz_target;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};

/// How many inputs were tried and how many reached `evaluate` (printed at powers of two, so the
/// log says how much of the fuzzing reached the engine).
static TRIED: AtomicU64 = AtomicU64::new(0);
static EVALUATED: AtomicU64 = AtomicU64::new(0);

fn count(evaluated: bool) {
    let tried = TRIED.fetch_add(1, Relaxed) + 1;
    let ok = EVALUATED.fetch_add(u64::from(evaluated), Relaxed) + u64::from(evaluated);
    if tried.is_power_of_two() && tried >= 1024 {
        eprintln!("evaluate: {ok} of {tried} inputs were valid scenarios and reached evaluate");
    }
}

fuzz_target!(|data: &[u8]| {
    let mut u = arbitrary::Unstructured::new(data);
    let Ok(value) = clausecalc_fuzz::mutated(&mut u) else {
        return count(false);
    };
    let Ok(scenario) = serde_json::from_value::<Scenario>(value) else {
        return count(false);
    };
    count(true);
    if let Ok(outcome) = evaluate(&scenario) {
        serde_json::to_string(&outcome).expect("an outcome serialises");
    }
});
