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

/// A scalar a form could send for any field: good values, edge values and junk.
fn any_scalar() -> impl Strategy<Value = Json> {
    prop_oneof![
        (1i32..9999, 1u32..13, 1u32..29)
            .prop_map(|(y, m, d)| json!(format!("{y:04}-{m:02}-{d:02}"))),
        (1890i32..2210, 1u32..13, 1u32..29)
            .prop_map(|(y, m, d)| json!(format!("{y:04}-{m:02}-{d:02}"))),
        prop_oneof![
            Just("0"),
            Just("-1"),
            Just("12.5"),
            Just("0.0000000000000000000000000001"),
            Just("79228162514264337593543950335"),
            Just("-79228162514264337593543950335"),
            Just("abc"),
        ]
        .prop_map(|s| json!(s)),
        (-1_000_000i64..1_000_000, 0u32..6)
            .prop_map(|(m, s)| json!(Decimal::new(m, s).to_string())),
        any::<bool>().prop_map(|b| json!(b)),
        (0u64..5_000_000_000).prop_map(|n| json!(n)),
        prop_oneof![
            Just("distance"),
            Just("off-premises"),
            Just("unsolicited-phone"),
            Just("on-premises"),
            Just("given-same-day"),
            Just("given-later"),
            Just("never"),
            Just("due-date"),
            Just("day-after-due"),
        ]
        .prop_map(|s| json!(s)),
        Just(Json::Null),
    ]
}

fn object(fields: &'static [&'static str]) -> impl Strategy<Value = Json> {
    prop::collection::vec(prop::option::of(any_scalar()), fields.len()).prop_map(move |vals| {
        let mut m = serde_json::Map::new();
        for (f, v) in fields.iter().zip(vals) {
            if let Some(v) = v {
                m.insert((*f).to_string(), v);
            }
        }
        Json::Object(m)
    })
}

const WITHDRAWAL: &[&str] = &[
    "channel",
    "concluded",
    "information",
    "information_date",
    "written_acceptance",
    "supply_started",
    "express_request",
    "notice_sent",
    "supplied_kwh",
    "price_per_kwh",
    "period_price",
    "period_days",
    "paid",
];
const BILLING: &[&str] = &[
    "right_to_estimate",
    "last_metered_invoice",
    "invoicing_stopped",
    "missed_invoices",
    "reconciliation_date",
    "supply_ended",
    "final_invoice_sent",
];
const INVOICE: &[&str] = &[
    "from",
    "to",
    "estimated_kwh",
    "amount",
    "paid_in_good_faith",
];
const READING: &[&str] = &["date", "reading_kwh"];
const PRICE: &[&str] = &["from", "to", "price_per_kwh", "monthly_fee", "vat_percent"];
const LATE: &[&str] = &["amount", "due_date", "until", "count_from"];
const RATE: &[&str] = &["from", "percent"];
const SUBQUESTIONS: &[(&str, &[&str])] = &[
    ("due_date", &["invoice_sent", "stated_due_date"]),
    ("terms_change", &["notice_sent", "stated_effective"]),
    ("fixed_term", &["term_end", "information_received"]),
    (
        "disconnection",
        &[
            "served",
            "paid",
            "disputed",
            "social_services_took_over",
            "injury_risk",
        ],
    ),
    (
        "security",
        &[
            "estimated_monthly_charges",
            "requested",
            "provided_on",
            "paid_on_time",
        ],
    ),
    (
        "switch",
        &[
            "supply_start",
            "complaint_made",
            "metering_points",
            "occasions",
            "proven_damage",
        ],
    ),
    (
        "early_exit",
        &[
            "exit_date",
            "term_end",
            "shown_loss",
            "claimed",
            "formula_per_month",
        ],
    ),
    (
        "dispute",
        &["pending", "disputed_amount", "undisputed_amount"],
    ),
    ("billing_frequency", &["monthly_requested", "last_invoice"]),
];

fn any_se_scenario() -> impl Strategy<Value = Json> {
    let withdrawal = object(WITHDRAWAL).prop_map(|mut v| {
        v["calculator"] = json!("se-withdrawal");
        v
    });
    let billing = (
        object(BILLING),
        prop::collection::vec(object(INVOICE), 0..4),
        prop::collection::vec(object(READING), 0..5),
        prop::collection::vec(object(PRICE), 0..4),
        prop::option::of(prop::collection::vec(any_scalar(), 0..14)),
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
    let deadlines = (sub, prop::option::of(any_scalar())).prop_map(|(subs, termination)| {
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
    #![proptest_config(ProptestConfig { cases: 1500, ..ProptestConfig::default() })]

    /// Whatever the scenario holds, `evaluate` answers or refuses; it never panics.
    #[test]
    fn evaluate_never_panics(v in any_se_scenario()) {
        if let Ok(s) = serde_json::from_value::<Scenario>(v) {
            let _ = evaluate(&s);
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
