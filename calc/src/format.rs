//! Numbers, money, dates and engine values in the user's language
//! (6 800,00 ₽ · 1 234,56 kr · ср, 08.04.2026 · ons 2026-04-08 · Wed, 8 Apr 2026).
//! Formatting only: every number comes from the engine.

use crate::lang::{t, Lang};
use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};
use clausecalc_engine::calendar::RestReason;
use clausecalc_engine::money::Currency;
use clausecalc_engine::outcome::Value;
use rust_decimal::Decimal;

const NBSP: char = '\u{a0}';

/// Groups the integer digits and uses the locale's decimal mark; `dp` fixes the decimals.
pub fn number(lang: Lang, d: Decimal, dp: Option<u32>) -> String {
    let d = match dp {
        Some(n) => d.round_dp(n),
        None => d.normalize(),
    };
    let s = match dp {
        Some(n) => format!("{:.*}", n as usize, d),
        None => d.to_string(),
    };
    let (neg, s) = match s.strip_prefix('-') {
        Some(rest) => (true, rest.to_string()),
        None => (false, s),
    };
    let (int, frac) = s
        .split_once('.')
        .map(|(a, b)| (a.to_string(), Some(b.to_string())))
        .unwrap_or((s.clone(), None));
    let (sep, mark) = match lang {
        Lang::En => (',', '.'),
        _ => (NBSP, ','),
    };
    let mut grouped = String::new();
    let n = int.len();
    for (i, ch) in int.chars().enumerate() {
        if i > 0 && n.saturating_sub(i) % 3 == 0 {
            grouped.push(sep);
        }
        grouped.push(ch);
    }
    let mut out = if neg {
        format!("−{grouped}")
    } else {
        grouped
    };
    if let Some(f) = frac {
        out.push(mark);
        out.push_str(&f);
    }
    out
}

pub fn money(lang: Lang, amount: Decimal, currency: Currency) -> String {
    let n = number(lang, amount, Some(2));
    match (currency, lang) {
        (Currency::Rub, Lang::En) => format!("₽{n}"),
        (Currency::Rub, _) => format!("{n}{NBSP}₽"),
        (Currency::Sek, Lang::En) => format!("SEK{NBSP}{n}"),
        (Currency::Sek, _) => format!("{n}{NBSP}kr"),
    }
}

const WD: [[&str; 7]; 3] = [
    ["пн", "вт", "ср", "чт", "пт", "сб", "вс"],
    ["mån", "tis", "ons", "tors", "fre", "lör", "sön"],
    ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
];
const MONTHS_EN: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

fn li(lang: Lang) -> usize {
    match lang {
        Lang::Ru => 0,
        Lang::Sv => 1,
        Lang::En => 2,
    }
}

pub fn weekday(lang: Lang, d: NaiveDate) -> &'static str {
    WD.get(li(lang))
        .and_then(|w| w.get(d.weekday().num_days_from_monday() as usize))
        .copied()
        .unwrap_or("")
}

/// The date alone, no weekday.
pub fn date_plain(lang: Lang, d: NaiveDate) -> String {
    match lang {
        Lang::Ru => format!("{:02}.{:02}.{}", d.day(), d.month(), d.year()),
        Lang::Sv => format!("{}-{:02}-{:02}", d.year(), d.month(), d.day()),
        Lang::En => format!(
            "{} {} {}",
            d.day(),
            MONTHS_EN.get(d.month0() as usize).copied().unwrap_or(""),
            d.year()
        ),
    }
}

/// The date with its weekday.
pub fn date(lang: Lang, d: NaiveDate) -> String {
    format!("{}, {}", weekday(lang, d), date_plain(lang, d))
}

fn zone_label(lang: Lang, zone: &str, offset: &str) -> String {
    let city = match (zone, lang) {
        ("Europe/Moscow", Lang::Ru) => "Москва",
        ("Europe/Moscow", Lang::Sv) => "Moskva",
        ("Europe/Moscow", _) => "Moscow",
        ("Europe/Stockholm", Lang::Ru) => "Стокгольм",
        ("Europe/Stockholm", _) => "Stockholm",
        (z, _) => z,
    };
    format!("{city}, UTC{offset}")
}

pub fn moment(lang: Lang, local: NaiveDateTime, zone: &str, offset: &str) -> String {
    format!(
        "{} {:02}:{:02} ({})",
        date(lang, local.date()),
        local.hour(),
        local.minute(),
        zone_label(lang, zone, offset)
    )
}

pub fn deadline(lang: Lang, d: NaiveDate, zone: &str, offset: &str) -> String {
    format!(
        "{} 24:00 ({})",
        date(lang, d),
        zone_label(lang, zone, offset)
    )
}

fn unit(lang: Lang, n: i64, key: &str) -> String {
    format!(
        "{}{NBSP}{}",
        number(lang, Decimal::from(n), None),
        t(lang, key)
    )
}

pub fn value(lang: Lang, v: &Value) -> String {
    match v {
        Value::Money { amount, currency } => money(lang, *amount, *currency),
        Value::Date(d) => date(lang, *d),
        Value::Deadline {
            date: d,
            zone,
            utc_offset,
        } => deadline(lang, *d, zone, utc_offset),
        Value::Moment {
            local,
            zone,
            utc_offset,
        } => moment(lang, *local, zone, utc_offset),
        Value::Days(n) => unit(lang, *n, "u-days"),
        Value::WorkingDays(n) => unit(lang, *n, "u-working-days"),
        Value::Months(n) => unit(lang, *n, "u-months"),
        Value::Hours(h) => format!("{}{NBSP}{}", number(lang, *h, None), t(lang, "u-hours")),
        Value::Percent(p) => format!("{}{NBSP}%", number(lang, *p, None)),
        Value::Kwh(k) => format!("{}{NBSP}kWh", number(lang, *k, None)),
        Value::Count(n) => number(lang, Decimal::from(*n), None),
        Value::Number(d) => number(lang, *d, None),
        Value::Bool(b) => t(lang, if *b { "yes" } else { "no" }).to_string(),
        Value::RestDay { date: d, reason } => {
            format!("{} ({})", date(lang, *d), rest_reason(lang, reason))
        }
        Value::Text(s) => s.clone(),
        Value::Code(c) => crate::lang::label(lang, c),
    }
}

pub fn rest_reason(lang: Lang, r: &RestReason) -> String {
    match r {
        RestReason::Saturday => t(lang, "saturday").into(),
        RestReason::Sunday => t(lang, "sunday").into(),
        RestReason::RuNonWorking => t(lang, "ru-non-working").into(),
        RestReason::SeHoliday(h) => h.name_sv().into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_and_dates_per_locale() {
        let d = NaiveDate::from_ymd_opt(2026, 4, 8).unwrap();
        assert_eq!(
            money(Lang::Ru, Decimal::new(680000, 2), Currency::Rub),
            "6\u{a0}800,00\u{a0}₽"
        );
        assert_eq!(
            money(Lang::Sv, Decimal::new(123456, 2), Currency::Sek),
            "1\u{a0}234,56\u{a0}kr"
        );
        assert_eq!(
            money(Lang::En, Decimal::new(1234567, 1), Currency::Rub),
            "₽123,456.70"
        );
        assert_eq!(date(Lang::Ru, d), "ср, 08.04.2026");
        assert_eq!(date(Lang::Sv, d), "ons, 2026-04-08");
        assert_eq!(date(Lang::En, d), "Wed, 8 Apr 2026");
        assert_eq!(number(Lang::En, Decimal::new(-5, 1), None), "−0.5");
    }
}
