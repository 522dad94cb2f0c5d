//! Forms described as data: each page lists its fields; one renderer draws them (labelled,
//! keyboard-usable, errors beside the field) and one parser turns the typed strings into the
//! engine's scenario. Typed text is never thrown away: it stays in the URL and the draft even
//! while it is not valid yet.

use crate::fields::{rows, Fields};
use crate::lang::{label, t, Lang};
use crate::node::Node;
use crate::outcome_view::esc;
use chrono::{NaiveDate, NaiveDateTime, NaiveTime, Timelike};
use rust_decimal::Decimal;
use std::fmt::Write;
use std::str::FromStr;

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Kind {
    Date,
    DateTime,
    Money,
    Decimal,
    Int,
    /// One of these codes; the first is the default.
    Select(&'static [&'static str]),
    /// A checkbox for a `bool` with a serde default: only `true` is sent.
    Check,
    /// A required `bool`: a no/yes choice, always sent.
    YesNo,
    /// An `Option<bool>`: not stated / yes / no.
    Bool3,
    /// Repeated rows of these fields (a field with key "" makes a list of plain values).
    List(&'static [Spec]),
    /// A time of day, `HH:MM`.
    Time,
    /// Free text (a name, a label).
    Text,
    /// An optional group of fields (keys `<key>.…`), folded away until one of them is filled in;
    /// sent only then.
    Details(&'static [Spec]),
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Spec {
    pub key: &'static str,
    pub kind: Kind,
    pub required: bool,
    /// Show only when another field (by key) has one of these values.
    pub show_if: Option<(&'static str, &'static [&'static str])>,
}

pub const fn req(key: &'static str, kind: Kind) -> Spec {
    Spec {
        key,
        kind,
        required: true,
        show_if: None,
    }
}
pub const fn opt(key: &'static str, kind: Kind) -> Spec {
    Spec {
        key,
        kind,
        required: false,
        show_if: None,
    }
}
pub const fn when(mut s: Spec, field: &'static str, values: &'static [&'static str]) -> Spec {
    s.show_if = Some((field, values));
    s
}

/// A problem with one field: its path and a message key (`err-…`), translated at render time.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldErr {
    pub path: String,
    pub code: String,
    /// Extra detail from the engine (already a sentence), if any.
    pub detail: String,
}

pub fn parse_date(s: &str) -> Option<NaiveDate> {
    // `<input type="date">` always gives YYYY-MM-DD; splitting by hand is far cheaper in bytes
    // than chrono's parser.
    let mut it = s.trim().splitn(3, '-');
    let y = it.next()?.parse().ok()?;
    let m = it.next()?.parse().ok()?;
    let d = it.next()?.parse().ok()?;
    NaiveDate::from_ymd_opt(y, m, d)
}

fn parse_time(s: &str) -> Option<NaiveTime> {
    let mut hm = s.trim().split(':');
    let h = hm.next()?.parse().ok()?;
    let m = hm.next()?.parse().ok()?;
    NaiveTime::from_hms_opt(h, m, 0)
}

fn parse_datetime(s: &str) -> Option<NaiveDateTime> {
    let (d, t) = s.trim().split_once(['T', ' '])?;
    let mut hm = t.split(':');
    let h = hm.next()?.parse().ok()?;
    let m = hm.next()?.parse().ok()?;
    Some(parse_date(d)?.and_time(NaiveTime::from_hms_opt(h, m, 0)?))
}

/// "6 800,50" or "6800.50" → 6800.50
pub fn parse_decimal(s: &str) -> Option<Decimal> {
    let cleaned: String = s
        .trim()
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}' && *c != '\'')
        .collect();
    let cleaned = cleaned.replace(',', ".").replace('−', "-");
    let cleaned = cleaned
        .trim_end_matches(['₽', '%'])
        .trim_end_matches("kr")
        .to_string();
    if cleaned.is_empty() {
        return None;
    }
    Decimal::from_str(&cleaned).ok()
}

/// Whether a field with `show_if` is shown. An empty select means its default: list "" among the
/// values when the field should show for the default.
fn visible(spec: &Spec, fields: &Fields, prefix: &str) -> bool {
    match spec.show_if {
        None => true,
        Some((other, values)) => {
            let current = fields.get(&format!("{prefix}{other}")).unwrap_or("");
            values.contains(&current)
        }
    }
}

/// Parses the visible fields into a node tree; collects every field problem.
///
/// Empty list rows are left out, so the engine numbers the rows it gets from 0: `remap` records
/// each sent row's path beside the form's (`payments.0` ← `payments.2`), so that an engine error
/// about `payments.0.amount` is shown beside the third row, where it was typed.
pub fn parse(
    specs: &[Spec],
    fields: &Fields,
    prefix: &str,
    node: &mut Node,
    errs: &mut Vec<FieldErr>,
    remap: &mut Vec<(String, String)>,
) {
    for spec in specs {
        if !visible(spec, fields, prefix) {
            continue;
        }
        // A field of an optional group (`group.weekday`) is sent only once the group is started,
        // so a choice left at its default does not create the group.
        if spec.key.contains('.') && !group_started(spec.key, specs, fields, prefix) {
            continue;
        }
        if let Kind::Details(children) = spec.kind {
            if started(spec.key, children, fields, prefix) {
                parse(children, fields, prefix, node, errs, remap);
            }
            continue;
        }
        let path = format!("{prefix}{}", spec.key);
        let raw = fields.get(&path).unwrap_or("").trim();
        let bad = |code: &str, errs: &mut Vec<FieldErr>| {
            errs.push(FieldErr {
                path: path.clone(),
                code: code.into(),
                detail: String::new(),
            })
        };
        let value = match spec.kind {
            Kind::List(items) => {
                let mut out = 0usize;
                for i in 0..rows(fields, &path) {
                    let row_prefix = format!("{path}.{i}.");
                    let empty = items.iter().all(|s| {
                        fields
                            .get(&format!("{row_prefix}{}", s.key))
                            .unwrap_or("")
                            .trim()
                            .is_empty()
                            || matches!(s.kind, Kind::Select(_) | Kind::Check | Kind::YesNo)
                    });
                    let scalar =
                        items.len() == 1 && items.first().is_some_and(|s| s.key.is_empty());
                    if scalar {
                        let p = format!("{path}.{i}");
                        let v = fields.get(&p).unwrap_or("").trim();
                        if v.is_empty() {
                            continue;
                        }
                        remap.push((format!("{}.{out}", spec.key), format!("{}.{i}", spec.key)));
                        if let Some(item) = items.first() {
                            match scalar_node(item.kind, v) {
                                Ok(n) => {
                                    node.insert(&format!("{}.{out}", spec.key_with(prefix)), n)
                                }
                                Err(code) => errs.push(FieldErr {
                                    path: p,
                                    code: code.into(),
                                    detail: String::new(),
                                }),
                            }
                        }
                        out = out.saturating_add(1);
                        continue;
                    }
                    if empty {
                        continue;
                    }
                    remap.push((format!("{}.{out}", spec.key), format!("{}.{i}", spec.key)));
                    let mut row = Node::map();
                    let mut row_errs = Vec::new();
                    parse(items, fields, &row_prefix, &mut row, &mut row_errs, remap);
                    errs.extend(row_errs);
                    if let Node::Map(entries) = row {
                        for (k, v) in entries {
                            node.insert(&format!("{}.{out}.{k}", spec.key_with(prefix)), v);
                        }
                    }
                    out = out.saturating_add(1);
                }
                // A required list with no row filled in: point at its first row.
                if out == 0 && spec.required && group_started(spec.key, specs, fields, prefix) {
                    let first = items.first().map(|s| s.key).unwrap_or("");
                    let row0 = if first.is_empty() {
                        format!("{path}.0")
                    } else {
                        format!("{path}.0.{first}")
                    };
                    errs.push(FieldErr {
                        path: row0,
                        code: "err-missing".into(),
                        detail: String::new(),
                    });
                }
                None
            }
            Kind::Select(opts) => Some(Node::Str(if opts.contains(&raw) {
                raw.to_string()
            } else {
                opts.first().copied().unwrap_or("").to_string()
            })),
            Kind::Check => (raw == "1").then_some(Node::Bool(true)),
            Kind::YesNo => Some(Node::Bool(raw == "yes")),
            Kind::Bool3 => match raw {
                "yes" => Some(Node::Bool(true)),
                "no" => Some(Node::Bool(false)),
                _ => None,
            },
            kind if raw.is_empty() => {
                if spec.required && group_started(spec.key, specs, fields, prefix) {
                    bad("err-missing", errs);
                }
                let _ = kind;
                None
            }
            kind => match scalar_node(kind, raw) {
                Ok(n) => Some(n),
                Err(code) => {
                    bad(code, errs);
                    None
                }
            },
        };
        if let Some(v) = value {
            node.insert(spec.key, v);
        }
    }
}

/// A required field inside an optional group (`due_date.invoice_sent`) is needed only once some
/// field of that group has been filled in; a top-level required field always is.
fn group_started(key: &str, specs: &[Spec], fields: &Fields, prefix: &str) -> bool {
    match key.rsplit_once('.') {
        Some((group, _)) => started(group, specs, fields, prefix),
        None => true,
    }
}

/// Whether anything of group `group` (fields `<prefix><group>.…`, list rows included) has been
/// typed; a choice left at its default does not count.
fn started(group: &str, specs: &[Spec], fields: &Fields, prefix: &str) -> bool {
    typed_under(&format!("{prefix}{group}."), prefix, specs, fields)
}

/// Whether a field under `under` holds something typed: not empty, not a list's row count, not a
/// choice of `specs` (whose keys are relative to `base`).
fn typed_under(under: &str, base: &str, specs: &[Spec], fields: &Fields) -> bool {
    let is_choice = |k: &str| {
        specs.iter().any(|s| {
            matches!(s.kind, Kind::Select(_) | Kind::YesNo) && k.strip_prefix(base) == Some(s.key)
        })
    };
    fields.0.iter().any(|(k, v)| {
        k.starts_with(under) && !v.trim().is_empty() && !k.ends_with(".n") && !is_choice(k)
    })
}

impl Spec {
    // Lists inside list rows are not used; the key is relative to the node being built.
    fn key_with(&self, _prefix: &str) -> &'static str {
        self.key
    }
}

/// The largest amount a person plausibly types (a trillion in the contract's currency): anything
/// above is a slip of the keyboard, refused beside the field rather than computed.
const MAX_AMOUNT: i64 = 1_000_000_000_000;

/// An amount as people type it, or why not (a message code): "6 800,50", "6800.50", "6 800"
/// (space or no-break space), "6.800,00" and "6,800.00" (thousands and decimals both shown) are
/// read; "6.800" or "6,800" alone is refused as ambiguous (thousands or decimals?); at most two
/// decimals (öre, kopecks); at most a trillion.
pub fn parse_money(raw: &str) -> Result<Decimal, &'static str> {
    let s: String = raw
        .trim()
        .trim_end_matches(['₽', '%'])
        .trim_end_matches("kr")
        .trim_end_matches("SEK")
        .trim_end_matches("RUB")
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}' && *c != '\u{202f}' && *c != '\'')
        .collect();
    let s = s.replace('−', "-");
    let (dots, commas) = (s.matches('.').count(), s.matches(',').count());
    let normal = match (dots, commas) {
        (0, 0) => s.clone(),
        // One separator: a decimal point, unless exactly three digits follow it (ambiguous).
        (1, 0) | (0, 1) => {
            let sep = if dots == 1 { '.' } else { ',' };
            let (before, after) = s.rsplit_once(sep).unwrap_or((&s, ""));
            let before = before.trim_start_matches('-');
            // "6.800": thousands or decimals? "0.800" can only be decimals.
            let grouping = (1..=3).contains(&before.len()) && !before.starts_with('0');
            if grouping && after.len() == 3 && after.bytes().all(|b| b.is_ascii_digit()) {
                return Err("err-amount-ambiguous");
            }
            s.replace(',', ".")
        }
        // Both: the last one is the decimal separator, the other groups thousands.
        _ => {
            let (last_dot, last_comma) = (s.rfind('.'), s.rfind(','));
            let (thousands, decimal) = if last_dot > last_comma {
                (',', '.')
            } else {
                ('.', ',')
            };
            if s.matches(decimal).count() > 1 {
                return Err("err-amount-format");
            }
            s.replace(thousands, "").replace(decimal, ".")
        }
    };
    let d = Decimal::from_str(&normal).map_err(|_| "err-amount-format")?;
    if d.scale() > 2 && d.normalize().scale() > 2 {
        return Err("err-amount-decimals");
    }
    if d.abs() > Decimal::from(MAX_AMOUNT) {
        return Err("err-too-large");
    }
    Ok(d)
}

/// A typed value as the engine's input, or the message code for why it is not one.
fn scalar_node(kind: Kind, raw: &str) -> Result<Node, &'static str> {
    match kind {
        Kind::Date => parse_date(raw).map(|d| Node::Str(d.to_string())).ok_or(
            if raw == BAD_INPUT || looks_like_date(raw) {
                "err-no-such-date"
            } else {
                "err-date"
            },
        ),
        Kind::DateTime => parse_datetime(raw)
            .map(|d| Node::Str(format!("{}T{:02}:{:02}:00", d.date(), d.hour(), d.minute())))
            .ok_or(
                if raw == BAD_INPUT || raw.get(..10).is_some_and(looks_like_date) {
                    "err-no-such-date"
                } else {
                    "err-datetime"
                },
            ),
        Kind::Money => parse_money(raw).map(|d| Node::Str(d.to_string())),
        Kind::Decimal => match parse_decimal(raw) {
            Some(d) if d.abs() > Decimal::from(MAX_AMOUNT) => Err("err-too-large"),
            Some(d) => Ok(Node::Str(d.to_string())),
            None => Err("err-number"),
        },
        Kind::Int => match raw.parse::<u64>() {
            Ok(n) if n <= u64::from(u32::MAX) => Ok(Node::Int(n)),
            Ok(_) => Err("err-too-large"),
            Err(_) if !raw.is_empty() && raw.bytes().all(|b| b.is_ascii_digit()) => {
                Err("err-too-large")
            }
            Err(_) => Err("err-whole-number"),
        },
        Kind::Time => parse_time(raw)
            .map(|t| Node::Str(format!("{:02}:{:02}", t.hour(), t.minute())))
            .ok_or("err-time"),
        _ => Ok(Node::Str(raw.to_string())),
    }
}

/// What the app stores for a date field whose typed text is no date at all (the browser gives no
/// value for "30/02/2026"): shown as "no such date" beside the field.
pub const BAD_INPUT: &str = "invalid";

/// `dddd-dd-dd`: the shape of a date, whether or not the day exists.
fn looks_like_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b.iter().enumerate().all(|(i, c)| match i {
            4 | 7 => *c == b'-',
            _ => c.is_ascii_digit(),
        })
}

/// Draws the fields of `specs` (with `prefix` for list rows) as HTML: each labelled, with its hint
/// and an (empty) error slot the page fills beside it. Hidden fields are left out entirely.
///
/// The fields of a dotted group with a legend text (`g-<group>`: `due_date.*`, `security.*`) are
/// drawn together as a fieldset, so it is clear which question they belong to. An optional group
/// (fieldset or folded `details`) says whether it is started (`data-started`): its required
/// fields are marked required only then, so the app redraws when typing flips it.
pub fn render(out: &mut String, specs: &[Spec], prefix: &str, fields: &Fields, lang: Lang) {
    let mut open_group: Option<&str> = None;
    for spec in specs {
        if !visible(spec, fields, prefix) {
            continue;
        }
        let group = spec
            .key
            .rsplit_once('.')
            .map(|(g, _)| g)
            .filter(|g| !t(lang, &format!("g-{g}")).is_empty());
        if group != open_group {
            if open_group.is_some() {
                out.push_str("</fieldset>");
            }
            if let Some(g) = group {
                let _ = write!(
                    out,
                    "<fieldset class=\"fgroup\" data-started=\"{}\"><legend>{}</legend>",
                    u8::from(started(g, specs, fields, prefix)),
                    esc(t(lang, &format!("g-{g}")))
                );
            }
            open_group = group;
        }
        let path = format!("{prefix}{}", spec.key);
        match spec.kind {
            Kind::List(items) => list(out, spec, items, &path, fields, lang),
            Kind::Details(children) => {
                // Open once anything of it was touched (even a choice or an added row), so a
                // redraw never folds away the field being edited; sent only once `started`.
                let g = format!("{prefix}{}.", spec.key);
                let touched = fields.0.iter().any(|(k, _)| k.starts_with(&g));
                let is_started = started(spec.key, children, fields, prefix);
                let open = if touched || is_started { " open" } else { "" };
                let _ = write!(
                    out,
                    "<details class=\"group\" data-started=\"{}\"{open}><summary>{}</summary>",
                    u8::from(is_started),
                    esc(&field_label(lang, spec.key))
                );
                let hint = t(lang, &format!("h-{}", spec.key));
                if !hint.is_empty() {
                    let _ = write!(out, "<p class=\"hint\">{}</p>", esc(hint));
                }
                fill_button(out, spec.key, lang);
                render(out, children, prefix, fields, lang);
                out.push_str("</details>");
            }
            _ => {
                // A required field of an optional group is required only once the group is used.
                let required = spec.required && group_started(spec.key, specs, fields, prefix);
                input(out, &Spec { required, ..*spec }, &path, fields, lang)
            }
        }
    }
    if open_group.is_some() {
        out.push_str("</fieldset>");
    }
}

/// The spec of field `path` (relative to the section's prefix; list rows as `list.<n>.key`).
pub fn spec_of(specs: &[Spec], path: &str) -> Option<Spec> {
    specs.iter().find_map(|s| match s.kind {
        Kind::Details(children) => spec_of(children, path),
        Kind::List(items) => {
            let rest = path.strip_prefix(s.key)?.strip_prefix('.')?;
            let (row, key) = rest.split_once('.').unwrap_or((rest, ""));
            row.parse::<usize>().ok()?;
            items.iter().find(|i| i.key == key).copied()
        }
        _ => (s.key == path).then_some(*s),
    })
}

/// A typed value as the print summary shows it: a choice by its label, a date with its weekday,
/// a date and time, a ticked box as "yes"; anything else (or what does not parse) as typed.
pub fn display_value(lang: Lang, kind: Kind, raw: &str) -> String {
    match kind {
        Kind::Select(_) | Kind::YesNo | Kind::Bool3 => Some(label(lang, raw)),
        Kind::Check => Some(t(lang, "yes").to_string()),
        Kind::Date => parse_date(raw).map(|d| crate::format::date(lang, d)),
        Kind::DateTime => parse_datetime(raw).map(|d| {
            format!(
                "{} {:02}:{:02}",
                crate::format::date(lang, d.date()),
                d.hour(),
                d.minute()
            )
        }),
        _ => None,
    }
    .unwrap_or_else(|| raw.to_string())
}

/// "Start from the offer's group": fills the group's fields with the shipped Appendix 1.
pub fn fill_button(out: &mut String, group: &str, lang: Lang) {
    let _ = write!(
        out,
        "<p><button type=\"button\" class=\"secondary\" data-fill=\"{}\">{}</button></p>",
        esc(group),
        esc(t(lang, "fill-shipped-group"))
    );
}

/// The element id of the field at `path` (`payments.0.amount` → `f-payments-0-amount`).
pub fn id_of(path: &str) -> String {
    format!("f-{}", path.replace('.', "-"))
}

/// A field's label: `f-<key>` translated, else the key made readable.
fn field_label(lang: Lang, key: &str) -> String {
    let s = t(lang, &format!("f-{key}"));
    if s.is_empty() {
        key.replace('_', " ")
    } else {
        s.to_string()
    }
}

fn options(out: &mut String, opts: &[&str], current: &str, lang: Lang) {
    for o in opts {
        let text = label(lang, if o.is_empty() { "not-stated" } else { o });
        let sel = if *o == current { " selected" } else { "" };
        let _ = write!(
            out,
            "<option value=\"{}\"{sel}>{}</option>",
            esc(o),
            esc(&text)
        );
    }
}

fn input(out: &mut String, spec: &Spec, path: &str, fields: &Fields, lang: Lang) {
    let id = id_of(path);
    let value = fields.get(path).unwrap_or("");
    let cls = if spec.kind == Kind::Check {
        "field check"
    } else {
        "field"
    };
    let req = if spec.required {
        "<span class=\"req\" aria-hidden=\"true\"> *</span>"
    } else {
        ""
    };
    let _ = write!(
        out,
        "<div class=\"{cls}\"><label for=\"{id}\">{}{req}</label>",
        esc(&field_label(lang, spec.key))
    );
    let hint = t(lang, &format!("h-{}", spec.key));
    let described = if hint.is_empty() {
        format!("{id}-err")
    } else {
        format!("{id}-err {id}-hint")
    };
    let common = format!(
        "id=\"{id}\" name=\"{}\" aria-describedby=\"{described}\"",
        esc(path)
    );
    match spec.kind {
        Kind::Select(opts) => {
            let current = if opts.contains(&value) {
                value
            } else {
                opts.first().copied().unwrap_or("")
            };
            let _ = write!(out, "<select {common}>");
            options(out, opts, current, lang);
            out.push_str("</select>");
        }
        Kind::YesNo | Kind::Bool3 => {
            let opts: &[&str] = if spec.kind == Kind::YesNo {
                &["no", "yes"]
            } else {
                &["", "yes", "no"]
            };
            let _ = write!(out, "<select {common}>");
            options(out, opts, value, lang);
            out.push_str("</select>");
        }
        Kind::Check => {
            let checked = if value == "1" { " checked" } else { "" };
            let _ = write!(
                out,
                "<input type=\"checkbox\" value=\"1\" {common}{checked}>"
            );
        }
        kind => {
            let (ty, mode) = match kind {
                Kind::Date => ("date", "none"),
                Kind::DateTime => ("datetime-local", "none"),
                Kind::Time => ("time", "none"),
                Kind::Text => ("text", "text"),
                Kind::Int => ("text", "numeric"),
                _ => ("text", "decimal"),
            };
            let required = if spec.required {
                " aria-required=\"true\""
            } else {
                ""
            };
            let _ = write!(
                out,
                "<input type=\"{ty}\" inputmode=\"{mode}\" autocomplete=\"off\" {common}{required} value=\"{}\">",
                esc(value)
            );
        }
    }
    if !hint.is_empty() {
        let _ = write!(
            out,
            "<span class=\"hint\" id=\"{id}-hint\">{}</span>",
            esc(hint)
        );
    }
    // Filled in by the page beside the field (and listed in the polite result region, which is
    // what a screen reader announces — not this slot, so nothing is said twice).
    let _ = write!(
        out,
        "<span class=\"field-error\" id=\"{id}-err\"></span></div>"
    );
}

fn list(out: &mut String, spec: &Spec, items: &[Spec], path: &str, fields: &Fields, lang: Lang) {
    let scalar = items.len() == 1 && items.first().is_some_and(|s| s.key.is_empty());
    let _ = write!(
        out,
        "<fieldset class=\"list\"><legend>{}</legend>",
        esc(&field_label(lang, spec.key))
    );
    for i in 0..rows(fields, path) {
        let row_path = format!("{path}.{i}");
        // A row of an optional list (the key rate's newer values, the provider's expenses) asks
        // for its fields only once something is typed in it, like an optional group.
        let row_prefix = format!("{row_path}.");
        let optional_row = !spec.required && !scalar;
        let row_started = typed_under(&row_prefix, &row_prefix, items, fields);
        let started_attr = if !optional_row {
            ""
        } else if row_started {
            " data-started=\"1\""
        } else {
            " data-started=\"0\""
        };
        // A group named with the list and the row number, so the repeated labels ("Amount",
        // "Date") of each row are heard in context.
        let _ = write!(
            out,
            "<div class=\"row\" role=\"group\"{started_attr} aria-label=\"{} {} {}\">",
            esc(&field_label(lang, spec.key)),
            esc(t(lang, "row")),
            i.saturating_add(1)
        );
        if scalar {
            if let Some(item) = items.first() {
                let item = Spec {
                    key: spec.key,
                    ..*item
                };
                input(out, &item, &row_path, fields, lang);
            }
        } else if optional_row && !row_started {
            let relaxed: Vec<Spec> = items
                .iter()
                .map(|s| Spec {
                    required: false,
                    ..*s
                })
                .collect();
            render(out, &relaxed, &row_prefix, fields, lang);
        } else {
            render(out, items, &row_prefix, fields, lang);
        }
        let _ = write!(
            out,
            "<button type=\"button\" class=\"secondary remove\" data-list=\"{}\" data-remove=\"{i}\" aria-label=\"{} {}\">×</button></div>",
            esc(path),
            esc(t(lang, "remove-row")),
            i.saturating_add(1)
        );
    }
    let _ = write!(
        out,
        "<button type=\"button\" class=\"secondary\" id=\"{}-add\" data-list=\"{}\" data-add=\"1\">{}</button></fieldset>",
        id_of(path),
        esc(path),
        esc(t(lang, "add-row"))
    );
}

#[cfg(test)]
mod tests {

    #[test]
    fn the_print_summary_shows_values_as_on_screen() {
        let specs = crate::pages::sections("se-deadlines")
            .first()
            .map(|s| s.specs)
            .unwrap_or(&[]);
        let k = spec_of(specs, "disconnection.paid").unwrap().kind;
        assert_eq!(display_value(Lang::Sv, k, "1"), "Ja");
        let k = spec_of(specs, "due_date.invoice_sent").unwrap().kind;
        assert_eq!(display_value(Lang::En, k, "2026-01-05"), "Mon, 5 Jan 2026");
        assert_eq!(display_value(Lang::En, k, "2026-13-05"), "2026-13-05");
        assert!(spec_of(specs, "li.amount").is_none());
        let refund = crate::pages::sections("ru-refund")
            .first()
            .map(|s| s.specs)
            .unwrap_or(&[]);
        let k = spec_of(refund, "payments.1.amount").unwrap().kind;
        assert_eq!(display_value(Lang::Ru, k, "5950"), "5950");
        assert!(spec_of(refund, "payments.n").is_none());
        assert_eq!(
            display_value(Lang::En, spec_of(refund, "channel").unwrap().kind, "e-mail"),
            "E-mail"
        );
    }

    use super::*;

    #[test]
    fn decimals_in_any_locale() {
        assert_eq!(parse_decimal("6 800,50"), Some(Decimal::new(680050, 2)));
        assert_eq!(parse_decimal("6800.5"), Some(Decimal::new(68005, 1)));
        assert_eq!(parse_decimal("850 ₽"), Some(Decimal::new(850, 0)));
        assert_eq!(parse_decimal("abc"), None);
    }

    #[test]
    fn dates_and_times() {
        assert_eq!(
            parse_date("2026-03-28"),
            NaiveDate::from_ymd_opt(2026, 3, 28)
        );
        assert_eq!(parse_date("2026-02-30"), None);
        assert!(parse_datetime("2026-03-28T23:59").is_some());
    }

    #[test]
    fn amounts_as_people_type_them_are_read_or_refused_with_a_reason() {
        let ok = |s: &str| parse_money(s).map(|d| d.to_string());
        assert_eq!(ok("6 800,50").as_deref(), Ok("6800.50"));
        assert_eq!(ok("6\u{a0}800").as_deref(), Ok("6800"));
        assert_eq!(ok("6800.5").as_deref(), Ok("6800.5"));
        assert_eq!(ok("6.800,00").as_deref(), Ok("6800.00"));
        assert_eq!(ok("6,800.00").as_deref(), Ok("6800.00"));
        assert_eq!(ok("850 ₽").as_deref(), Ok("850"));
        assert_eq!(ok("1 250,00 kr").as_deref(), Ok("1250.00"));
        // "6.800" on a Russian page: 6 800 or 6,80? Refused, with the format expected.
        assert_eq!(parse_money("6.800"), Err("err-amount-ambiguous"));
        assert_eq!(parse_money("6,800"), Err("err-amount-ambiguous"));
        assert_eq!(parse_money("0,001"), Err("err-amount-decimals"));
        assert_eq!(ok("0,10").as_deref(), Ok("0.10"));
        assert_eq!(parse_money("12345678901234567890"), Err("err-too-large"));
        assert_eq!(parse_money("1e30"), Err("err-amount-format"));
        assert_eq!(parse_money("6.800.000,00.5"), Err("err-amount-format"));
        assert_eq!(parse_money("abc"), Err("err-amount-format"));
    }

    #[test]
    fn impossible_dates_and_huge_counts_say_what_is_wrong() {
        assert_eq!(
            scalar_node(Kind::Date, "2026-02-30"),
            Err("err-no-such-date")
        );
        assert_eq!(scalar_node(Kind::Date, BAD_INPUT), Err("err-no-such-date"));
        assert_eq!(scalar_node(Kind::Date, "tomorrow"), Err("err-date"));
        assert_eq!(
            scalar_node(Kind::DateTime, "2026-02-30T10:00"),
            Err("err-no-such-date")
        );
        assert_eq!(scalar_node(Kind::Int, "5000000000"), Err("err-too-large"));
        assert_eq!(
            scalar_node(Kind::Int, "99999999999999999999999"),
            Err("err-too-large")
        );
        assert_eq!(scalar_node(Kind::Int, "1.5"), Err("err-whole-number"));
        assert_eq!(scalar_node(Kind::Decimal, "1e40"), Err("err-number"));
    }
}
