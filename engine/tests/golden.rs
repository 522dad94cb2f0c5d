//! Golden scenarios: every `tests/golden/*.json` file is a scenario with the figures, deadlines,
//! trace rule ids and warning codes it must produce. One test binary runs them all, so adding a
//! case is adding a file (the benchmark harness picks the same files up).
//!
//! File format:
//! ```json
//! { "name": "…", "source": "RULES.md §4 …",
//!   "scenario": { "calculator": "ru-refund", … },
//!   "expect": {
//!     "figures":   { "refund": "6300.00" },        // key → value (see `render`)
//!     "deadlines": { "refund-deadline": "2026-01-21" },
//!     "rules":     ["RU-NOTICE-RECEIPT", "RU-REFUND-EARLY"],   // must all be in the trace
//!     "warnings":  ["calendar-provisional"],        // codes that must be among the warnings
//!     "no_warnings": ["rate-table-expired"],        // codes that must not be
//!     "no_figures": ["instalment-count"],           // figure keys that must not be there
//!     "no_assumptions": ["swedish-roll-rule-governs"], // assumption codes that must not be
//!     "assumptions": ["refusal-window-receipt-reading"], // assumption codes that must be
//!     "comparison_law_citations": { "refund": "ГК РФ ст. 310" }, // comparison key → text its law citation contains
//!     "headline":  "refund-early",                  // headline code
//!     "error_fields": ["payments.0.amount"]        // instead of the above: evaluation must fail on these fields
//!   } }
//! ```
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use chrono::Timelike;
use clausecalc_engine::outcome::Value;
use clausecalc_engine::{evaluate, EngineError, Scenario};
use rust_decimal::Decimal;
use std::collections::BTreeMap;
use std::str::FromStr;

#[derive(serde::Deserialize)]
struct Golden {
    name: String,
    scenario: serde_json::Value,
    expect: Expect,
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
struct Expect {
    figures: BTreeMap<String, String>,
    deadlines: BTreeMap<String, String>,
    rules: Vec<String>,
    warnings: Vec<String>,
    no_warnings: Vec<String>,
    no_figures: Vec<String>,
    no_assumptions: Vec<String>,
    assumptions: Vec<String>,
    comparison_law_citations: BTreeMap<String, String>,
    headline: Option<String>,
    error_fields: Vec<String>,
}

/// A value as the comparable text golden files use: money and numbers as decimals (compared
/// numerically), dates and deadlines as ISO dates, moments as `YYYY-MM-DDTHH:MM`.
fn render(v: &Value) -> String {
    match v {
        Value::Money { amount, .. } => amount.to_string(),
        Value::Date(d) => d.to_string(),
        Value::Deadline { date, .. } => date.to_string(),
        Value::Moment { local, .. } => {
            format!("{}T{:02}:{:02}", local.date(), local.hour(), local.minute())
        }
        Value::Days(n) | Value::WorkingDays(n) | Value::Months(n) | Value::Count(n) => {
            n.to_string()
        }
        Value::Hours(d) | Value::Percent(d) | Value::Kwh(d) | Value::Number(d) => d.to_string(),
        Value::Bool(b) => b.to_string(),
        Value::RestDay { date, .. } => date.to_string(),
        Value::Text(s) | Value::Code(s) => s.clone(),
    }
}

fn same(expected: &str, actual: &str) -> bool {
    match (Decimal::from_str(expected), Decimal::from_str(actual)) {
        (Ok(a), Ok(b)) => a == b,
        _ => expected == actual,
    }
}

#[test]
fn golden_scenarios() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    let mut failures = Vec::new();
    let mut ran = 0;
    for path in &files {
        let text = std::fs::read_to_string(path).unwrap();
        let g: Golden =
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let file = path.file_name().unwrap().to_string_lossy().to_string();
        let scenario: Scenario = match serde_json::from_value(g.scenario.clone()) {
            Ok(s) => s,
            Err(e) => {
                failures.push(format!("{file} ({}): scenario does not parse: {e}", g.name));
                continue;
            }
        };
        ran += 1;
        let result = evaluate(&scenario);
        if !g.expect.error_fields.is_empty() {
            match result {
                Err(EngineError::Invalid { fields }) => {
                    for f in &g.expect.error_fields {
                        if !fields.iter().any(|x| &x.field == f) {
                            failures
                                .push(format!("{file}: expected an error on {f}, got {fields:?}"));
                        }
                    }
                }
                other => failures.push(format!("{file}: expected field errors, got {other:?}")),
            }
            continue;
        }
        let o = match result {
            Ok(o) => o,
            Err(e) => {
                failures.push(format!("{file} ({}): {e}", g.name));
                continue;
            }
        };
        for (key, want) in &g.expect.figures {
            match o.figures.iter().find(|f| &f.key == key) {
                Some(f) if same(want, &render(&f.value)) => {}
                Some(f) => failures.push(format!(
                    "{file}: figure {key} = {} (want {want})",
                    render(&f.value)
                )),
                None => failures.push(format!(
                    "{file}: no figure {key}; have {:?}",
                    o.figures.iter().map(|f| &f.key).collect::<Vec<_>>()
                )),
            }
        }
        for (key, want) in &g.expect.deadlines {
            match o.deadlines.iter().find(|f| &f.key == key) {
                Some(f) if same(want, &render(&f.value)) => {}
                Some(f) => failures.push(format!(
                    "{file}: deadline {key} = {} (want {want})",
                    render(&f.value)
                )),
                None => failures.push(format!(
                    "{file}: no deadline {key}; have {:?}",
                    o.deadlines.iter().map(|f| &f.key).collect::<Vec<_>>()
                )),
            }
        }
        let rules = o.rules();
        for r in &g.expect.rules {
            if !rules.contains(&r.as_str()) {
                failures.push(format!("{file}: rule {r} not in trace {rules:?}"));
            }
        }
        for w in &g.expect.warnings {
            if !o.warnings.iter().any(|n| &n.code == w) {
                failures.push(format!("{file}: warning {w} missing"));
            }
        }
        for w in &g.expect.no_warnings {
            if o.warnings.iter().any(|n| &n.code == w) {
                failures.push(format!("{file}: unexpected warning {w}"));
            }
        }
        for k in &g.expect.no_figures {
            if o.figures.iter().any(|f| &f.key == k) {
                failures.push(format!("{file}: unexpected figure {k}"));
            }
        }
        for a in &g.expect.assumptions {
            if !o.assumptions.iter().any(|n| &n.code == a) {
                failures.push(format!("{file}: assumption {a} missing"));
            }
        }
        for (k, want) in &g.expect.comparison_law_citations {
            match o.comparisons.iter().find(|c| &c.key == k) {
                Some(c) if c.law_citation.contains(want.as_str()) => {}
                Some(c) => failures.push(format!(
                    "{file}: comparison {k} law citation {} (want it to contain {want})",
                    c.law_citation
                )),
                None => failures.push(format!("{file}: comparison {k} missing")),
            }
        }
        for a in &g.expect.no_assumptions {
            if o.assumptions.iter().any(|n| &n.code == a) {
                failures.push(format!("{file}: unexpected assumption {a}"));
            }
        }
        if let Some(h) = &g.expect.headline {
            if &o.headline.code != h {
                failures.push(format!("{file}: headline {} (want {h})", o.headline.code));
            }
        }
        // Every trace step cites its clause.
        for s in &o.trace {
            if s.citation.is_empty() || s.rule.is_empty() {
                failures.push(format!(
                    "{file}: trace step without rule or citation: {s:?}"
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} golden failure(s):\n{}",
        failures.len(),
        failures.join("\n")
    );
    eprintln!("golden scenarios run: {ran}");
    // A runner that found nothing would pass vacuously.
    assert!(ran >= 40, "only {ran} golden scenarios ran");
}
