//! What the fuzz targets share: the golden scenarios (`engine/tests/golden/*.json`) and a mutator
//! that turns one of them into a near-valid scenario, driven by the fuzzer's bytes — so the
//! engine sees scenarios that get past deserialisation (valid shape, odd numbers and dates)
//! far more often than random JSON text would.
#![forbid(unsafe_code)]

use arbitrary::{Result, Unstructured};
use chrono::{Duration, NaiveDate, NaiveDateTime};
use rust_decimal::Decimal;
use serde_json::Value;
use std::str::FromStr;
use std::sync::LazyLock;

/// The golden scenarios and dictionaries drawn from them.
pub struct Seeds {
    /// Each golden file's `scenario`, in file-name order.
    pub scenarios: Vec<Value>,
    /// Every string value in them (calculator ids, enum codes, dates, amounts).
    pub strings: Vec<String>,
    /// Every object member in them, at any depth (to add an optional field elsewhere).
    pub members: Vec<(String, Value)>,
}

pub static SEEDS: LazyLock<Seeds> = LazyLock::new(load);

fn load() -> Seeds {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../engine/tests/golden");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("engine/tests/golden")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    let mut seeds = Seeds {
        scenarios: Vec::new(),
        strings: Vec::new(),
        members: Vec::new(),
    };
    for p in paths {
        let text = std::fs::read_to_string(&p).expect("a golden file");
        let golden: Value = serde_json::from_str(&text).expect("golden JSON");
        if let Some(s) = golden.get("scenario") {
            collect(s, &mut seeds);
            seeds.scenarios.push(s.clone());
        }
    }
    assert!(!seeds.scenarios.is_empty(), "no golden scenarios found");
    seeds
}

fn collect(v: &Value, seeds: &mut Seeds) {
    match v {
        Value::String(s) => seeds.strings.push(s.clone()),
        Value::Array(a) => a.iter().for_each(|x| collect(x, seeds)),
        Value::Object(m) => {
            for (k, x) in m {
                seeds.members.push((k.clone(), x.clone()));
                collect(x, seeds);
            }
        }
        _ => {}
    }
}

/// Values that sit on an edge somewhere: zero, signs, Decimal's limits, chrono's limits, leap
/// days, the DST night, times at the end of a day.
const EDGES: &[&str] = &[
    "0",
    "-0",
    "-1",
    "0.01",
    "-0.01",
    "0.005",
    "79228162514264337593543950335",
    "-79228162514264337593543950335",
    "0.0000000000000000000000000001",
    "7922816251426433759354395033.5",
    "1e10",
    "",
    " ",
    "0001-01-01",
    "1970-01-01",
    "9999-12-31",
    "+262142-12-31",
    "-262143-01-01",
    "2024-02-29",
    "2025-02-29",
    "2026-12-31",
    "2026-03-29T02:30:00",
    "2026-10-25T02:30:00",
    "2026-01-01T23:59:59",
    "00:00",
    "23:59",
    "24:00",
];

/// A golden scenario with 0–8 mutations chosen by `u`.
pub fn mutated(u: &mut Unstructured) -> Result<Value> {
    let seeds = &*SEEDS;
    let mut v = u.choose(&seeds.scenarios)?.clone();
    for _ in 0..u.int_in_range(0..=8u8)? {
        mutate_somewhere(u, &mut v, seeds)?;
    }
    Ok(v)
}

/// Walks down to a random node (containers included) and mutates it.
fn mutate_somewhere(u: &mut Unstructured, v: &mut Value, seeds: &Seeds) -> Result<()> {
    let descend = u.ratio(4u8, 5u8)?;
    match v {
        Value::Object(m) if descend && !m.is_empty() => {
            let i = u.choose_index(m.len())?;
            match m.values_mut().nth(i) {
                Some(child) => mutate_somewhere(u, child, seeds),
                None => Ok(()),
            }
        }
        Value::Array(a) if descend && !a.is_empty() => {
            let i = u.choose_index(a.len())?;
            match a.get_mut(i) {
                Some(child) => mutate_somewhere(u, child, seeds),
                None => Ok(()),
            }
        }
        _ => mutate_here(u, v, seeds),
    }
}

fn mutate_here(u: &mut Unstructured, v: &mut Value, seeds: &Seeds) -> Result<()> {
    match u.int_in_range(0..=9u8)? {
        0 => *v = Value::String(u.choose(&seeds.strings)?.clone()),
        1 => *v = Value::String((*u.choose(EDGES)?).to_string()),
        2 => *v = Value::String(u.arbitrary()?),
        3 => {
            *v = match u.int_in_range(0..=4u8)? {
                0 => Value::Null,
                1 => Value::Bool(u.arbitrary()?),
                2 => Value::from(u.arbitrary::<i64>()?),
                3 => Value::from(u.arbitrary::<u64>()?),
                _ => {
                    serde_json::Number::from_f64(u.arbitrary()?).map_or(Value::Null, Value::Number)
                }
            }
        }
        _ => match v {
            Value::String(s) => *s = mutate_string(u, s)?,
            Value::Bool(b) => *b = !*b,
            Value::Number(_) => {
                *v = Value::from(if u.arbitrary()? {
                    u.int_in_range(-3..=400i64)?
                } else {
                    u.arbitrary::<i64>()?
                })
            }
            Value::Array(a) => match u.int_in_range(0..=3u8)? {
                0 if !a.is_empty() => {
                    let i = u.choose_index(a.len())?;
                    a.remove(i);
                }
                1 if !a.is_empty() && a.len() < 80 => {
                    let i = u.choose_index(a.len())?;
                    let copy = a.get(i).cloned().unwrap_or(Value::Null);
                    for _ in 0..u.int_in_range(1..=16u8)? {
                        a.push(copy.clone());
                    }
                }
                2 => a.clear(),
                _ => a.push(u.choose(&seeds.members)?.1.clone()),
            },
            Value::Object(m) => {
                if u.arbitrary()? && !m.is_empty() {
                    let i = u.choose_index(m.len())?;
                    let key = m.keys().nth(i).cloned().unwrap_or_default();
                    m.remove(&key);
                } else {
                    let (k, x) = u.choose(&seeds.members)?;
                    m.insert(k.clone(), x.clone());
                }
            }
            Value::Null => *v = u.choose(&seeds.members)?.1.clone(),
        },
    }
    Ok(())
}

/// A date, date-time or decimal string moved by an amount `u` chooses; other strings replaced.
fn mutate_string(u: &mut Unstructured, s: &str) -> Result<String> {
    if let Ok(d) = NaiveDate::from_str(s) {
        let days = if u.arbitrary()? {
            i64::from(u.int_in_range(-400..=400i32)?)
        } else {
            i64::from(u.arbitrary::<i32>()?)
        };
        return Ok(d
            .checked_add_signed(Duration::days(days))
            .map_or_else(|| s.to_string(), |d| d.to_string()));
    }
    if let Ok(t) = NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S") {
        let minutes = i64::from(u.int_in_range(-600_000..=600_000i32)?);
        return Ok(t
            .checked_add_signed(Duration::minutes(minutes))
            .map_or_else(
                || s.to_string(),
                |t| t.format("%Y-%m-%dT%H:%M:%S").to_string(),
            ));
    }
    if let Ok(d) = Decimal::from_str(s) {
        let out = match u.int_in_range(0..=4u8)? {
            0 => -d,
            1 => d
                .checked_mul(Decimal::from(u.int_in_range(0..=1000i32)?))
                .unwrap_or(d),
            2 => d
                .checked_add(Decimal::new(
                    u.arbitrary::<i64>()?,
                    u.int_in_range(0..=28u32)?,
                ))
                .unwrap_or(d),
            3 => Decimal::try_from_i128_with_scale(
                u.int_in_range(-(1i128 << 96) + 1..=(1i128 << 96) - 1)?,
                u.int_in_range(0..=28u32)?,
            )
            .unwrap_or(d),
            _ => d
                .checked_div(Decimal::from(u.int_in_range(1..=1000i32)?))
                .unwrap_or(d),
        };
        return Ok(out.to_string());
    }
    Ok(u.choose(&seeds_strings())?.clone())
}

fn seeds_strings() -> &'static [String] {
    &SEEDS.strings
}
