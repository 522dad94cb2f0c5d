//! Property tests of the SE rules (STYLE.md "Tests"): invariants that must hold for any input.
//!
//! * a reconciliation's total is the sum of its segments and of its price periods;
//! * splitting consumption between price periods never loses or invents a kWh;
//! * a rolled deadline (ångerfrist, refund, due date, disconnection, complaint answer, final
//!   invoice, instalment) never lands on a Swedish rest day;
//! * an instalment plan sums to the amount payable;
//! * `evaluate` never panics, whatever the scenario holds.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::arithmetic_side_effects
)]

use chrono::NaiveDate;
use clausecalc_engine::calendar::{is_rest_day, Jurisdiction};
use clausecalc_engine::outcome::{Outcome, Table, Value};
use clausecalc_engine::{evaluate, Scenario};
use proptest::prelude::*;
use rust_decimal::Decimal;
use serde_json::{json, Value as Json};

fn day(offset: i64) -> NaiveDate {
    NaiveDate::from_ymd_opt(2024, 1, 1).unwrap() + chrono::Duration::days(offset)
}

fn iso(offset: i64) -> String {
    day(offset).to_string()
}

fn run(v: &Json) -> Outcome {
    let s: Scenario = serde_json::from_value(v.clone()).unwrap_or_else(|e| panic!("{e}: {v}"));
    evaluate(&s).unwrap_or_else(|e| panic!("{e}: {v}"))
}

fn figure(o: &Outcome, key: &str) -> Option<Decimal> {
    o.figures
        .iter()
        .find(|f| f.key == key)
        .and_then(|f| match &f.value {
            Value::Money { amount, .. } => Some(*amount),
            Value::Kwh(k) => Some(*k),
            _ => None,
        })
}

fn column_sum(t: &Table, column: &str) -> Decimal {
    let c = t.columns.iter().position(|x| x == column).unwrap();
    t.rows
        .iter()
        .map(|r| match &r[c] {
            Value::Money { amount, .. } => *amount,
            Value::Kwh(k) => *k,
            other => panic!("{column}: {other:?}"),
        })
        .sum()
}

fn table<'a>(o: &'a Outcome, key: &str) -> Option<&'a Table> {
    o.tables.iter().find(|t| t.key == key)
}

/// A valid reconciliation scenario built from small numbers.
#[derive(Debug, Clone)]
struct BillingCase {
    start: i64,
    len: i64,
    reading_cuts: Vec<i64>,
    first_reading: u32,
    increments: Vec<u32>,
    price_cuts: Vec<i64>,
    prices: Vec<(u32, u32, u8)>,
    invoice_cuts: Vec<i64>,
    invoice_amounts: Vec<(u32, bool, bool)>,
    profile: Option<Vec<u8>>,
    right_to_estimate: bool,
    metered_back: i64,
    invoicing_stopped: bool,
    missed: Option<u32>,
    rec_after: i64,
    supply_ended: bool,
}

fn billing_case() -> impl Strategy<Value = BillingCase> {
    (
        (
            0i64..1500,
            1i64..800,
            prop::collection::vec(1i64..800, 0..5),
            0u32..100_000,
            prop::collection::vec(0u32..50_000, 6),
        ),
        (
            prop::collection::vec(1i64..800, 0..5),
            prop::collection::vec((0u32..500, 0u32..20_000, 0u8..4), 6),
        ),
        (
            prop::collection::vec(0i64..=800, 0..6),
            prop::collection::vec((0u32..500_000, any::<bool>(), any::<bool>()), 6),
        ),
        (
            prop::option::of(prop::collection::vec(0u8..10, 12)),
            any::<bool>(),
            0i64..400,
            any::<bool>(),
            prop::option::of(1u32..30),
            0i64..400,
            any::<bool>(),
        ),
    )
        .prop_map(|(a, b, c, d)| BillingCase {
            start: a.0,
            len: a.1,
            reading_cuts: a.2,
            first_reading: a.3,
            increments: a.4,
            price_cuts: b.0,
            prices: b.1,
            invoice_cuts: c.0,
            invoice_amounts: c.1,
            profile: d.0,
            right_to_estimate: d.1,
            metered_back: d.2,
            invoicing_stopped: d.3,
            missed: d.4,
            rec_after: d.5,
            supply_ended: d.6,
        })
}

fn cuts(raw: &[i64], len: i64) -> Vec<i64> {
    let mut v: Vec<i64> = raw.iter().copied().filter(|c| *c > 0 && *c < len).collect();
    v.push(0);
    v.push(len);
    v.sort();
    v.dedup();
    v
}

impl BillingCase {
    fn scenario(&self) -> (Json, Decimal) {
        let s = self.start;
        let readings_at = cuts(&self.reading_cuts, self.len);
        let mut value = Decimal::from(self.first_reading);
        let readings: Vec<Json> = readings_at
            .iter()
            .enumerate()
            .map(|(k, off)| {
                if k > 0 {
                    value += Decimal::new(i64::from(self.increments[k % 6]), 1);
                }
                json!({"date": iso(s + off), "reading_kwh": value.to_string()})
            })
            .collect();
        let price_at = cuts(&self.price_cuts, self.len);
        let prices: Vec<Json> = price_at
            .windows(2)
            .enumerate()
            .map(|(k, w)| {
                let (p, fee, vat) = self.prices[k % 6];
                // The first period starts before the span and the last ends after it.
                let from = if k == 0 { w[0] - 10 } else { w[0] };
                let to = if w[1] == self.len { w[1] + 10 } else { w[1] - 1 };
                let vat = ["0", "6", "12", "25"][usize::from(vat)];
                json!({"from": iso(s + from), "to": iso(s + to), "price_per_kwh": Decimal::new(i64::from(p), 2).to_string(),
                       "monthly_fee": Decimal::new(i64::from(fee), 2).to_string(), "vat_percent": vat})
            })
            .collect();
        let invoice_at = cuts(&self.invoice_cuts, self.len);
        let mut billed = Decimal::ZERO;
        let invoices: Vec<Json> = invoice_at
            .windows(2)
            .enumerate()
            .filter(|(k, _)| self.invoice_amounts[k % 6].1)
            .map(|(k, w)| {
                let (amount, _, good_faith) = self.invoice_amounts[k % 6];
                let a = Decimal::new(i64::from(amount), 2);
                billed += a;
                json!({"from": iso(s + w[0]), "to": iso(s + w[1] - 1), "estimated_kwh": "100", "amount": a.to_string(), "paid_in_good_faith": good_faith})
            })
            .collect();
        let mut v = json!({
            "calculator": "se-billing",
            "invoices": invoices,
            "readings": readings,
            "prices": prices,
            "right_to_estimate": self.right_to_estimate,
            "last_metered_invoice": iso(s - self.metered_back),
            "invoicing_stopped": self.invoicing_stopped,
            "reconciliation_date": iso(s + self.len + self.rec_after),
        });
        if let Some(m) = self.missed {
            v["missed_invoices"] = json!(m);
        }
        if let Some(p) = &self.profile {
            let mut w: Vec<String> = p.iter().map(|x| x.to_string()).collect();
            if p.iter().all(|x| *x == 0) {
                w[0] = "1".into();
            }
            v["profile"] = json!(w);
        }
        if self.supply_ended {
            v["supply_ended"] = json!(iso(s + self.len));
        }
        (v, billed)
    }
}

/// The deadlines that follow a roll-forward rule (the others are end dates or backward periods).
const ROLLED: [&str; 8] = [
    "withdrawal-last-day",
    "refund-deadline",
    "due-date-earliest-lawful",
    "due-date-recommended",
    "payment-deadline",
    "disconnection-payment-deadline",
    "complaint-answer-deadline",
    "final-invoice-deadline",
];

fn assert_rolled_on_working_days(o: &Outcome) {
    for f in &o.deadlines {
        if let Value::Deadline { date, .. } = f.value {
            if ROLLED.contains(&f.key.as_str()) {
                assert!(
                    !is_rest_day(Jurisdiction::Se, date),
                    "{} = {date} is a rest day",
                    f.key
                );
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    /// The reconciliation total is the sum of its segments and of its price periods; the split
    /// keeps every measured kWh; the preliminary total is what the invoices billed; an instalment
    /// plan sums to the amount payable; instalment days are working days.
    #[test]
    fn reconciliation_adds_up(case in billing_case()) {
        let (v, billed) = case.scenario();
        let o = run(&v);
        let total = figure(&o, "final-total").unwrap();
        let segments = table(&o, "reconciliation").unwrap();
        let periods = table(&o, "reconciliation-by-price-period").unwrap();
        prop_assert_eq!(column_sum(segments, "final"), total);
        prop_assert_eq!(column_sum(periods, "final"), total);
        prop_assert_eq!(column_sum(periods, "adjusted"), column_sum(segments, "adjusted"));
        prop_assert_eq!(column_sum(segments, "kwh"), figure(&o, "measured-kwh").unwrap());
        prop_assert_eq!(column_sum(periods, "kwh"), figure(&o, "measured-kwh").unwrap());
        prop_assert_eq!(figure(&o, "preliminary-total").unwrap(), billed);
        for row in &segments.rows {
            if let Value::Kwh(k) = row[3] {
                prop_assert!(k >= Decimal::ZERO, "negative split {k}");
            }
        }
        if let Some(plan) = table(&o, "instalment-plan") {
            prop_assert_eq!(column_sum(plan, "amount"), figure(&o, "payable").unwrap());
            for row in &plan.rows {
                if let Value::Date(d) = row[2] {
                    prop_assert!(!is_rest_day(Jurisdiction::Se, d), "instalment on rest day {d}");
                }
            }
        }
        if let Some(p) = figure(&o, "payable") {
            prop_assert!(p >= Decimal::ZERO);
        }
        assert_rolled_on_working_days(&o);
    }

    /// No rolled deadline of `se-withdrawal` or `se-deadlines` falls on a rest day, and none comes
    /// before its event.
    #[test]
    fn no_rolled_deadline_on_a_rest_day(
        concluded in 0i64..4000,
        info in 0usize..3,
        later in 0i64..400,
        notice in 0i64..30,
        sent in 0i64..4000,
        served in 0i64..4000,
        complaint in 0i64..4000,
        due in 0i64..4000,
    ) {
        let information = ["given-same-day", "given-later", "never"][info];
        let w = run(&json!({"calculator": "se-withdrawal", "channel": "distance", "concluded": iso(concluded),
            "information": information, "information_date": iso(concluded + later), "notice_sent": iso(concluded + notice)}));
        assert_rolled_on_working_days(&w);
        for f in &w.deadlines {
            if let Value::Deadline { date, .. } = f.value {
                prop_assert!(date > day(concluded), "{} before the contract", f.key);
            }
        }
        let d = run(&json!({"calculator": "se-deadlines", "due_date": {"invoice_sent": iso(sent)},
            "disconnection": {"served": iso(served)}, "switch": {"complaint_made": iso(complaint)}}));
        assert_rolled_on_working_days(&d);
        let l = run(&json!({"calculator": "se-late-interest", "amount": "1000", "due_date": iso(due), "until": iso(due + 40)}));
        assert_rolled_on_working_days(&l);
    }
}

/// What a field holds, so the generator mostly sends the right type (and the scenario gets past
/// deserialisation into the rules) but sometimes junk.
#[derive(Clone, Copy, Debug)]
enum Kind {
    Date,
    Dec,
    Bool,
    Int,
    Enum(&'static [&'static str]),
}

fn junk() -> BoxedStrategy<Json> {
    prop_oneof![
        Just(Json::Null),
        Just(json!("abc")),
        Just(json!(-7)),
        Just(json!(true)),
        Just(json!("2026-02-30")),
        Just(json!([1, 2])),
    ]
    .boxed()
}

fn value(kind: Kind) -> BoxedStrategy<Json> {
    match kind {
        Kind::Date => prop_oneof![
            12 => (2022i32..2029, 1u32..13, 1u32..29).prop_map(|(y, m, d)| json!(format!("{y:04}-{m:02}-{d:02}"))),
            2 => (1i32..9999, 1u32..13, 1u32..29).prop_map(|(y, m, d)| json!(format!("{y:04}-{m:02}-{d:02}"))),
            2 => prop_oneof![Just("1900-01-01"), Just("2200-12-31"), Just("1899-12-31"), Just("2201-01-01")].prop_map(|s| json!(s)),
            1 => junk(),
        ]
        .boxed(),
        Kind::Dec => prop_oneof![
            12 => (-1000i64..200_000, 0u32..4).prop_map(|(m, sc)| json!(Decimal::new(m, sc).to_string())),
            2 => prop_oneof![
                Just("0"),
                Just("0.0000000000000000000000000001"),
                Just("79228162514264337593543950335"),
                Just("-79228162514264337593543950335"),
                Just("100"),
                Just("101"),
            ]
            .prop_map(|s| json!(s)),
            1 => junk(),
        ]
        .boxed(),
        Kind::Bool => prop_oneof![10 => any::<bool>().prop_map(|b| json!(b)), 1 => junk()].boxed(),
        Kind::Int => prop_oneof![
            10 => (0u64..40).prop_map(|n| json!(n)),
            2 => prop_oneof![Just(json!(600)), Just(json!(601)), Just(json!(10_000)), Just(json!(4_294_967_295u64))],
            1 => junk(),
        ]
        .boxed(),
        Kind::Enum(variants) => prop_oneof![
            10 => prop::sample::select(variants).prop_map(|s| json!(s)),
            1 => junk(),
        ]
        .boxed(),
    }
}

/// An object with each field present with probability 0.85.
fn object(fields: &'static [(&'static str, Kind)]) -> BoxedStrategy<Json> {
    let parts: Vec<BoxedStrategy<Option<Json>>> = fields
        .iter()
        .map(|(_, k)| prop::option::weighted(0.85, value(*k)).boxed())
        .collect();
    parts
        .prop_map(move |vals| {
            let mut m = serde_json::Map::new();
            for ((f, _), v) in fields.iter().zip(vals) {
                if let Some(v) = v {
                    m.insert((*f).to_string(), v);
                }
            }
            Json::Object(m)
        })
        .boxed()
}

use Kind::{Bool, Date, Dec, Int};
const CHANNELS: Kind = Kind::Enum(&[
    "distance",
    "off-premises",
    "unsolicited-phone",
    "on-premises",
]);
const INFORMATION: Kind = Kind::Enum(&["given-same-day", "given-later", "never"]);
const COUNT_FROM: Kind = Kind::Enum(&["day-after-due", "due-date"]);

const WITHDRAWAL: &[(&str, Kind)] = &[
    ("channel", CHANNELS),
    ("concluded", Date),
    ("information", INFORMATION),
    ("information_date", Date),
    ("written_acceptance", Bool),
    ("supply_started", Date),
    ("express_request", Bool),
    ("notice_sent", Date),
    ("supplied_kwh", Dec),
    ("price_per_kwh", Dec),
    ("period_price", Dec),
    ("period_days", Int),
    ("paid", Dec),
];
const BILLING: &[(&str, Kind)] = &[
    ("right_to_estimate", Bool),
    ("last_metered_invoice", Date),
    ("invoicing_stopped", Bool),
    ("missed_invoices", Int),
    ("reconciliation_date", Date),
    ("supply_ended", Date),
    ("final_invoice_sent", Date),
];
const INVOICE: &[(&str, Kind)] = &[
    ("from", Date),
    ("to", Date),
    ("estimated_kwh", Dec),
    ("amount", Dec),
    ("paid_in_good_faith", Bool),
];
const READING: &[(&str, Kind)] = &[("date", Date), ("reading_kwh", Dec)];
const PRICE: &[(&str, Kind)] = &[
    ("from", Date),
    ("to", Date),
    ("price_per_kwh", Dec),
    ("monthly_fee", Dec),
    ("vat_percent", Dec),
];
const LATE: &[(&str, Kind)] = &[
    ("amount", Dec),
    ("due_date", Date),
    ("until", Date),
    ("count_from", COUNT_FROM),
];
const RATE: &[(&str, Kind)] = &[("from", Date), ("percent", Dec)];
const SUBQUESTIONS: &[(&str, &[(&str, Kind)])] = &[
    (
        "due_date",
        &[("invoice_sent", Date), ("stated_due_date", Date)],
    ),
    (
        "terms_change",
        &[("notice_sent", Date), ("stated_effective", Date)],
    ),
    (
        "fixed_term",
        &[("term_end", Date), ("information_received", Date)],
    ),
    (
        "disconnection",
        &[
            ("served", Date),
            ("paid", Bool),
            ("disputed", Bool),
            ("social_services_took_over", Bool),
            ("injury_risk", Bool),
        ],
    ),
    (
        "security",
        &[
            ("estimated_monthly_charges", Dec),
            ("requested", Dec),
            ("provided_on", Date),
            ("paid_on_time", Bool),
        ],
    ),
    (
        "switch",
        &[
            ("supply_start", Date),
            ("complaint_made", Date),
            ("metering_points", Int),
            ("occasions", Int),
            ("proven_damage", Dec),
        ],
    ),
    (
        "early_exit",
        &[
            ("exit_date", Date),
            ("term_end", Date),
            ("shown_loss", Dec),
            ("claimed", Dec),
            ("formula_per_month", Dec),
        ],
    ),
    (
        "dispute",
        &[
            ("pending", Bool),
            ("disputed_amount", Dec),
            ("undisputed_amount", Dec),
        ],
    ),
    (
        "billing_frequency",
        &[("monthly_requested", Bool), ("last_invoice", Date)],
    ),
];

fn any_se_scenario() -> impl Strategy<Value = Json> {
    let withdrawal = object(WITHDRAWAL).prop_map(|mut v| {
        v["calculator"] = json!("se-withdrawal");
        v
    });
    let billing = (
        object(BILLING),
        prop::collection::vec(object(INVOICE), 0..4),
        prop::collection::vec(object(READING), 0..6),
        prop::collection::vec(object(PRICE), 0..4),
        prop::option::of(prop::collection::vec(value(Dec), 11..14)),
    )
        .prop_map(|(mut v, inv, rd, pr, profile)| {
            v["calculator"] = json!("se-billing");
            v["invoices"] = json!(inv);
            v["readings"] = json!(rd);
            v["prices"] = json!(pr);
            if let Some(p) = profile {
                v["profile"] = json!(p);
            }
            v
        });
    let late =
        (object(LATE), prop::collection::vec(object(RATE), 0..3)).prop_map(|(mut v, rates)| {
            v["calculator"] = json!("se-late-interest");
            v["user_rates"] = json!(rates);
            v
        });
    let sub: Vec<_> = SUBQUESTIONS
        .iter()
        .map(|(_, f)| prop::option::of(object(f)))
        .collect();
    let deadlines = (sub, prop::option::of(value(Date))).prop_map(|(subs, termination)| {
        let mut m = serde_json::Map::new();
        m.insert("calculator".into(), json!("se-deadlines"));
        for ((name, _), v) in SUBQUESTIONS.iter().zip(subs) {
            if let Some(v) = v {
                m.insert((*name).to_string(), v);
            }
        }
        if let Some(t) = termination {
            m.insert("termination_notice".into(), t);
        }
        Json::Object(m)
    });
    prop_oneof![withdrawal, billing, late, deadlines]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    /// Whatever the scenario holds, `evaluate` answers or refuses; it never panics.
    #[test]
    fn evaluate_never_panics(v in any_se_scenario()) {
        if let Ok(s) = serde_json::from_value::<Scenario>(v) {
            let _ = evaluate(&s);
        }
    }
}

/// Fields of a valid reconciliation that the mutation test overwrites: (list, field, kind).
const BILLING_TARGETS: &[(&str, &str, Kind)] = &[
    ("", "reconciliation_date", Date),
    ("", "last_metered_invoice", Date),
    ("", "missed_invoices", Int),
    ("", "right_to_estimate", Bool),
    ("", "invoicing_stopped", Bool),
    ("", "supply_ended", Date),
    ("", "final_invoice_sent", Date),
    ("invoices", "from", Date),
    ("invoices", "to", Date),
    ("invoices", "amount", Dec),
    ("invoices", "estimated_kwh", Dec),
    ("readings", "date", Date),
    ("readings", "reading_kwh", Dec),
    ("prices", "from", Date),
    ("prices", "to", Date),
    ("prices", "price_per_kwh", Dec),
    ("prices", "monthly_fee", Dec),
    ("prices", "vat_percent", Dec),
];

fn billing_mutation() -> impl Strategy<Value = (usize, usize, Json)> {
    (0..BILLING_TARGETS.len())
        .prop_flat_map(|t| (Just(t), any::<usize>(), value(BILLING_TARGETS[t].2)))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 500, ..ProptestConfig::default() })]

    /// A valid reconciliation with a few fields overwritten by odd values (wrong order, gaps,
    /// extremes): `evaluate` answers or lists field errors, never panics; when it answers, the
    /// totals still add up.
    #[test]
    fn mutated_reconciliation_never_panics(case in billing_case(), mutations in prop::collection::vec(billing_mutation(), 1..4)) {
        let (mut v, _) = case.scenario();
        for (t, idx, value) in mutations {
            let (list, field, _) = BILLING_TARGETS[t];
            if list.is_empty() {
                v[field] = value;
            } else if let Some(items) = v[list].as_array_mut() {
                if !items.is_empty() {
                    let n = idx % items.len();
                    items[n][field] = value;
                }
            }
        }
        if let Ok(s) = serde_json::from_value::<Scenario>(v) {
            if let Ok(o) = evaluate(&s) {
                let total = figure(&o, "final-total").unwrap();
                prop_assert_eq!(column_sum(table(&o, "reconciliation").unwrap(), "final"), total);
                prop_assert_eq!(column_sum(table(&o, "reconciliation").unwrap(), "kwh"), figure(&o, "measured-kwh").unwrap());
            }
        }
    }
}

/// Arbitrary inputs rarely get past deserialisation; these near-valid scenarios do, with extreme
/// values in the places most likely to overflow.
#[test]
fn extreme_but_well_formed_inputs_do_not_panic() {
    let huge = "79228162514264337593543950335";
    let cases = [
        json!({"calculator": "se-late-interest", "amount": huge, "due_date": "2023-01-02", "until": "2200-12-31"}),
        json!({"calculator": "se-withdrawal", "channel": "distance", "concluded": "2200-12-30", "information": "never", "notice_sent": "2200-12-31",
               "supply_started": "2200-12-30", "express_request": true, "supplied_kwh": huge, "price_per_kwh": huge, "paid": huge}),
        json!({"calculator": "se-billing", "readings": [{"date": "1900-01-01", "reading_kwh": "0"}, {"date": "2200-12-31", "reading_kwh": huge}],
               "prices": [{"from": "1900-01-01", "to": "2200-12-31", "price_per_kwh": huge, "monthly_fee": huge, "vat_percent": "100"}],
               "invoices": [{"from": "1900-01-01", "to": "2200-12-30", "estimated_kwh": "1", "amount": huge}],
               "right_to_estimate": false, "last_metered_invoice": "1900-01-01", "reconciliation_date": "2200-12-31"}),
        json!({"calculator": "se-billing", "readings": [{"date": "1900-01-01", "reading_kwh": "0"}, {"date": "2200-12-31", "reading_kwh": "1000"}],
               "prices": [{"from": "1900-01-01", "to": "2200-12-31", "price_per_kwh": "1", "monthly_fee": "1", "vat_percent": "25"}],
               "right_to_estimate": false, "last_metered_invoice": "1900-01-01", "reconciliation_date": "2200-12-31"}),
        json!({"calculator": "se-deadlines", "security": {"estimated_monthly_charges": huge, "requested": huge, "provided_on": "2200-12-31"},
               "switch": {"metering_points": 10000, "occasions": 10000, "proven_damage": huge}, "due_date": {"invoice_sent": "2200-12-31"},
               "early_exit": {"exit_date": "1900-01-01", "term_end": "2200-12-31", "formula_per_month": huge}}),
    ];
    for v in cases {
        let s: Scenario = serde_json::from_value(v.clone()).unwrap_or_else(|e| panic!("{e}: {v}"));
        let _ = evaluate(&s);
    }
}
