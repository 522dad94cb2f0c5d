//! Turns the data tables in `data/` (JSON, with source, status and "known until") into Rust
//! statics, validating them once at build time: a malformed date or rate fails the build instead
//! of failing in a visitor's browser. The wasm carries no JSON parser for them.
//!
//! The engine's no-panic lints guard the browser; here a panic *is* the intended failure mode
//! (bad data stops the build), so they are allowed in this file.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::arithmetic_side_effects
)]

use std::fmt::Write as _;
use std::{env, fs, path::Path};

#[derive(serde::Deserialize)]
struct Calendar {
    years: Vec<CalendarYear>,
}
#[derive(serde::Deserialize)]
struct CalendarYear {
    year: i32,
    source: String,
    status: String,
    non_working: Vec<String>,
    working_weekend: Vec<String>,
}
#[derive(serde::Deserialize)]
struct RateFile {
    name: String,
    source: String,
    status: String,
    known_until: String,
    rates: Vec<Rate>,
}
#[derive(serde::Deserialize)]
struct Rate {
    from: String,
    percent: String,
    #[serde(default)]
    status: Option<String>,
}

#[derive(serde::Deserialize)]
struct CapFile {
    name: String,
    source: String,
    status: String,
    in_force_from: String,
    known_until: String,
    caps: Vec<Cap>,
}
#[derive(serde::Deserialize)]
struct Cap {
    kind: String,
    amount: String,
}

/// The collection-cost caps: every kind once, each amount positive with at most two decimals.
fn cap_table(out: &mut String, ident: &str, file: &Path) {
    let text = fs::read_to_string(file).expect("read cap table");
    let t: CapFile = serde_json::from_str(&text).expect("parse cap table");
    assert!(
        t.status == "confirmed" || t.status == "verify",
        "{ident}: status {}",
        t.status
    );
    assert!(
        ymd(&t.in_force_from) <= ymd(&t.known_until),
        "{ident}: in force after known-until"
    );
    let mut kinds = std::collections::BTreeSet::new();
    writeln!(
        out,
        "pub(crate) static {ident}: CapTableData = CapTableData {{"
    )
    .unwrap();
    writeln!(
        out,
        "    name: {:?}, source: {:?}, status: {:?},",
        t.name, t.source, t.status
    )
    .unwrap();
    writeln!(
        out,
        "    in_force_from: {:?}, known_until: {:?},",
        ymd(&t.in_force_from),
        ymd(&t.known_until)
    )
    .unwrap();
    writeln!(out, "    caps: &[").unwrap();
    for c in &t.caps {
        assert!(
            ["reminder", "inkassokrav", "amortisation-plan"].contains(&c.kind.as_str()),
            "{ident}: unknown kind {}",
            c.kind
        );
        assert!(kinds.insert(c.kind.clone()), "{ident}: {} twice", c.kind);
        let (m, s) = decimal_parts(&c.amount);
        assert!(m > 0 && s <= 2, "{ident}: bad amount {}", c.amount);
        writeln!(out, "        ({:?}, ({m}, {s})),", c.kind).unwrap();
    }
    assert_eq!(kinds.len(), 3, "{ident}: every kind needs a cap");
    writeln!(out, "    ],\n}};").unwrap();
}

#[derive(serde::Deserialize)]
struct Group {
    id: String,
    name: String,
    time_zone: String,
    utc_offset_minutes: i32,
    weekday: String,
    meeting_start: String,
    meeting_end: String,
    period_from: String,
    period_to: String,
    meetings: Vec<String>,
    stated_meeting_count: u32,
    stated_total_hours: String,
    price: String,
    price_per_meeting: String,
    instalments: Vec<Instalment>,
    participants_min: u32,
    participants_max: u32,
}
#[derive(serde::Deserialize)]
struct Instalment {
    amount: String,
    due: String,
    label: String,
}

fn ymd(s: &str) -> (i32, u32, u32) {
    let parts: Vec<&str> = s.split('-').collect();
    assert!(parts.len() == 3, "bad date {s}");
    let y: i32 = parts[0].parse().expect("year");
    let m: u32 = parts[1].parse().expect("month");
    let d: u32 = parts[2].parse().expect("day");
    assert!(
        (1..=12).contains(&m) && (1..=31).contains(&d),
        "bad date {s}"
    );
    (y, m, d)
}

fn decimal_parts(s: &str) -> (i64, u32) {
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    let digits = format!("{int}{frac}");
    let mantissa: i64 = digits.parse().unwrap_or_else(|_| panic!("bad percent {s}"));
    (mantissa, frac.len() as u32)
}

fn rate_table(out: &mut String, ident: &str, file: &Path) {
    let text = fs::read_to_string(file).expect("read rate table");
    let t: RateFile = serde_json::from_str(&text).expect("parse rate table");
    let mut last = (0, 0, 0);
    writeln!(
        out,
        "pub(crate) static {ident}: RateTableData = RateTableData {{"
    )
    .unwrap();
    writeln!(
        out,
        "    name: {:?}, source: {:?}, status: {:?},",
        t.name, t.source, t.status
    )
    .unwrap();
    writeln!(out, "    known_until: {:?},", ymd(&t.known_until)).unwrap();
    writeln!(out, "    rates: &[").unwrap();
    for r in &t.rates {
        let d = ymd(&r.from);
        assert!(
            d > last,
            "{ident}: rates must be in date order ({})",
            r.from
        );
        last = d;
        let (m, s) = decimal_parts(&r.percent);
        let verify = r.status.as_deref().unwrap_or(&t.status) != "confirmed";
        writeln!(
            out,
            "        RateData {{ from: {d:?}, mantissa: {m}, scale: {s}, verify: {verify} }},"
        )
        .unwrap();
    }
    writeln!(out, "    ],\n}};").unwrap();
}

fn main() {
    let data = Path::new("data");
    let mut out =
        String::from("// @generated by build.rs from engine/data/*.json — do not edit.\n");

    let cal_path = data.join("ru-production-calendar.json");
    println!("cargo:rerun-if-changed={}", cal_path.display());
    let cal: Calendar =
        serde_json::from_str(&fs::read_to_string(&cal_path).expect("read calendar"))
            .expect("parse calendar");
    writeln!(out, "pub(crate) static RU_CALENDAR: &[RuCalendarYear] = &[").unwrap();
    for y in &cal.years {
        assert!(
            y.status == "confirmed" || y.status == "provisional",
            "status of {}",
            y.year
        );
        let nw: Vec<(u32, u32)> = y
            .non_working
            .iter()
            .map(|s| {
                let (yy, m, d) = ymd(s);
                assert_eq!(yy, y.year, "{s} listed under {}", y.year);
                (m, d)
            })
            .collect();
        let ww: Vec<(u32, u32)> = y
            .working_weekend
            .iter()
            .map(|s| {
                let (yy, m, d) = ymd(s);
                assert_eq!(yy, y.year, "{s} listed under {}", y.year);
                (m, d)
            })
            .collect();
        writeln!(
            out,
            "    RuCalendarYear {{ year: {}, source: {:?}, provisional: {}, non_working: &{:?}, working_weekend: &{:?} }},",
            y.year,
            y.source,
            y.status == "provisional",
            nw,
            ww
        )
        .unwrap();
    }
    writeln!(out, "];").unwrap();

    for (ident, name) in [
        ("RU_KEY_RATE", "ru-key-rate.json"),
        ("SE_REFERENCE_RATE", "se-reference-rate.json"),
    ] {
        let p = data.join(name);
        println!("cargo:rerun-if-changed={}", p.display());
        rate_table(&mut out, ident, &p);
    }

    let caps = data.join("se-collection-costs.json");
    println!("cargo:rerun-if-changed={}", caps.display());
    cap_table(&mut out, "SE_COLLECTION_CAPS", &caps);

    let group = data.join("ru-group-myagkij-start.json");
    println!("cargo:rerun-if-changed={}", group.display());
    let text = fs::read_to_string(&group).expect("read group");
    let g: Group = serde_json::from_str(&text).expect("parse group");
    let hm = |s: &str| -> (u32, u32) {
        let (h, m) = s.split_once(':').expect("HH:MM");
        (h.parse().expect("hour"), m.parse().expect("minute"))
    };
    writeln!(
        out,
        "pub(crate) static SHIPPED_GROUP: GroupData = GroupData {{"
    )
    .unwrap();
    writeln!(
        out,
        "    id: {:?}, name: {:?}, time_zone: {:?}, utc_offset_minutes: {},",
        g.id, g.name, g.time_zone, g.utc_offset_minutes
    )
    .unwrap();
    writeln!(
        out,
        "    weekday: {:?}, meeting_start: {:?}, meeting_end: {:?},",
        g.weekday,
        hm(&g.meeting_start),
        hm(&g.meeting_end)
    )
    .unwrap();
    writeln!(
        out,
        "    period_from: {:?}, period_to: {:?},",
        ymd(&g.period_from),
        ymd(&g.period_to)
    )
    .unwrap();
    let meetings: Vec<_> = g.meetings.iter().map(|m| ymd(m)).collect();
    writeln!(out, "    meetings: &{meetings:?},").unwrap();
    writeln!(
        out,
        "    stated_meeting_count: {}, stated_total_hours: {:?},",
        g.stated_meeting_count,
        decimal_parts(&g.stated_total_hours)
    )
    .unwrap();
    writeln!(
        out,
        "    price: {:?}, price_per_meeting: {:?},",
        decimal_parts(&g.price),
        decimal_parts(&g.price_per_meeting)
    )
    .unwrap();
    writeln!(out, "    instalments: &[").unwrap();
    for i in &g.instalments {
        writeln!(
            out,
            "        ({:?}, {:?}, {:?}),",
            decimal_parts(&i.amount),
            ymd(&i.due),
            i.label
        )
        .unwrap();
    }
    writeln!(
        out,
        "    ],\n    participants_min: {}, participants_max: {},\n}};",
        g.participants_min, g.participants_max
    )
    .unwrap();

    let dest = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).join("tables.rs");
    fs::write(dest, out).expect("write tables.rs");
}
