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
    //! Estimated-billing reconciliation over 1, 12 and 120 months and 1 to 50 price periods:
    //! monthly preliminary invoices, meter readings only at the ends (so consumption is split by
    //! the even-per-day profile), the span cut into equal price periods. The cost should grow
    //! linearly with months × periods.
    use super::time_per_eval;
    use chrono::{Days, Months, NaiveDate};
    use clausecalc_engine::Scenario;
    use serde_json::json;

    fn scenario(months: u32, periods: u32) -> Scenario {
        let start = NaiveDate::from_ymd_opt(2016, 1, 1).unwrap();
        let end = start.checked_add_months(Months::new(months)).unwrap(); // exclusive
        let invoices: Vec<_> = (0..months)
            .map(|m| {
                let from = start.checked_add_months(Months::new(m)).unwrap();
                let to = from
                    .checked_add_months(Months::new(1))
                    .unwrap()
                    .pred_opt()
                    .unwrap();
                json!({"from": from, "to": to, "estimated_kwh": "400", "amount": "600.00"})
            })
            .collect();
        let days = (end - start).num_days() as u64;
        let prices: Vec<_> = (0..periods as u64)
            .map(|k| {
                let from = start.checked_add_days(Days::new(days * k / periods as u64)).unwrap();
                let to = start
                    .checked_add_days(Days::new(days * (k + 1) / periods as u64))
                    .unwrap()
                    .pred_opt()
                    .unwrap();
                let price = format!("1.{:02}", (k % 90) + 10);
                json!({"from": from, "to": to, "price_per_kwh": price, "monthly_fee": "39.00", "vat_percent": "25"})
            })
            .collect();
        let readings = json!([
            {"date": start, "reading_kwh": "10000"},
            {"date": end, "reading_kwh": (10000 + 430 * months).to_string()}
        ]);
        let recon = end.checked_add_days(Days::new(10)).unwrap();
        let v = json!({
            "calculator": "se-billing",
            "invoices": invoices,
            "readings": readings,
            "prices": prices,
            "right_to_estimate": true,
            "reconciliation_date": recon,
            "last_metered_invoice": start,
        });
        serde_json::from_value(v).unwrap()
    }

    pub fn run(only: &Option<String>) {
        if only.as_deref().is_some_and(|o| !"scaling".contains(o)) {
            return;
        }
        println!(
            "\n{:>7} {:>8} {:>12} {:>16}",
            "months", "periods", "ns/eval", "ns/(month*per)"
        );
        for months in [1u32, 12, 120] {
            for periods in [1u32, 2, 5, 10, 20, 50] {
                if periods > months * 28 {
                    println!("{months:>7} {periods:>8}  (more price periods than days: skipped)");
                    continue;
                }
                let s = scenario(months, periods);
                if let Err(e) = clausecalc_engine::evaluate(&s) {
                    println!("{months:>7} {periods:>8}  error: {e}");
                    continue;
                }
                let ns = time_per_eval(&s);
                let per = ns / f64::from(months * periods);
                println!("{months:>7} {periods:>8} {ns:>12.0} {per:>16.0}");
                println!(
                    "BENCH {{\"kind\":\"scaling\",\"months\":{months},\"periods\":{periods},\"ns\":{ns:.0}}}"
                );
            }
        }
    }
}
