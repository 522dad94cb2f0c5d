//! Forms described as data: each page lists its fields; one renderer draws them (labelled,
//! keyboard-usable, errors beside the field) and one parser turns the typed strings into the
//! engine's scenario. Typed text is never thrown away: it stays in the URL and the draft even
//! while it is not valid yet.

use crate::i18n::{t, Lang};
use crate::node::Node;
use crate::state::Fields;
use chrono::{NaiveDate, NaiveDateTime, NaiveTime, Timelike};
use leptos::prelude::*;
use rust_decimal::Decimal;
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

fn parse_date(s: &str) -> Option<NaiveDate> {
    // `<input type="date">` always gives YYYY-MM-DD; splitting by hand is far cheaper in bytes
    // than chrono's parser.
    let mut it = s.trim().splitn(3, '-');
    let y = it.next()?.parse().ok()?;
    let m = it.next()?.parse().ok()?;
    let d = it.next()?.parse().ok()?;
    NaiveDate::from_ymd_opt(y, m, d)
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

/// Number of rows of list `path` (stored as `path.n`; at least 1 so there is a row to type in).
pub fn rows(fields: &Fields, path: &str) -> usize {
    fields
        .get(&format!("{path}.n"))
        .and_then(|n| n.parse().ok())
        .unwrap_or(1)
        .clamp(0, 60)
}

/// Parses the visible fields into a node tree; collects every field problem.
pub fn parse(
    specs: &[Spec],
    fields: &Fields,
    prefix: &str,
    node: &mut Node,
    errs: &mut Vec<FieldErr>,
) {
    for spec in specs {
        if !visible(spec, fields, prefix) {
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
                        if let Some(item) = items.first() {
                            match scalar_node(item.kind, v) {
                                Some(n) => {
                                    node.insert(&format!("{}.{out}", spec.key_with(prefix)), n)
                                }
                                None => errs.push(FieldErr {
                                    path: p,
                                    code: code_for(item.kind).into(),
                                    detail: String::new(),
                                }),
                            }
                        }
                        out += 1;
                        continue;
                    }
                    if empty {
                        continue;
                    }
                    let mut row = Node::map();
                    let mut row_errs = Vec::new();
                    parse(items, fields, &row_prefix, &mut row, &mut row_errs);
                    errs.extend(row_errs);
                    if let Node::Map(entries) = row {
                        for (k, v) in entries {
                            node.insert(&format!("{}.{out}.{k}", spec.key_with(prefix)), v);
                        }
                    }
                    out += 1;
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
                Some(n) => Some(n),
                None => {
                    bad(code_for(kind), errs);
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
    let Some((group, _)) = key.rsplit_once('.') else {
        return true;
    };
    let g = format!("{group}.");
    specs.iter().filter(|s| s.key.starts_with(&g)).any(|s| {
        let v = fields.get(&format!("{prefix}{}", s.key)).unwrap_or("");
        !v.is_empty() && !(matches!(s.kind, Kind::Select(_) | Kind::YesNo))
    })
}

impl Spec {
    // Lists inside list rows are not used; the key is relative to the node being built.
    fn key_with(&self, _prefix: &str) -> &'static str {
        self.key
    }
}

fn code_for(kind: Kind) -> &'static str {
    match kind {
        Kind::Date => "err-date",
        Kind::DateTime => "err-datetime",
        _ => "err-number",
    }
}

fn scalar_node(kind: Kind, raw: &str) -> Option<Node> {
    match kind {
        Kind::Date => parse_date(raw).map(|d| Node::Str(d.to_string())),
        Kind::DateTime => parse_datetime(raw)
            .map(|d| Node::Str(format!("{}T{:02}:{:02}:00", d.date(), d.hour(), d.minute()))),
        Kind::Money | Kind::Decimal => parse_decimal(raw).map(|d| Node::Str(d.to_string())),
        Kind::Int => raw.parse::<u64>().ok().map(Node::Int),
        _ => Some(Node::Str(raw.to_string())),
    }
}

/// Draws the fields of `specs` (with `prefix` for list rows).
pub fn render(
    specs: &'static [Spec],
    prefix: String,
    fields: RwSignal<Fields>,
    errors: Signal<Vec<FieldErr>>,
    lang: RwSignal<Lang>,
) -> AnyView {
    specs
        .iter()
        .map(|spec| {
            let spec = *spec;
            let path = format!("{}{}", prefix, spec.key);
            let prefix2 = prefix.clone();
            let shown = move || fields.with(|f| visible(&spec, f, &prefix2));
            let view = match spec.kind {
                Kind::List(items) => list(spec, items, path, fields, errors, lang),
                _ => input(spec, path, fields, errors, lang),
            };
            view! { <div class="fwrap" hidden=move || !shown()>{view}</div> }.into_any()
        })
        .collect_view()
        .into_any()
}

fn id_of(path: &str) -> String {
    format!("f-{}", path.replace('.', "-"))
}

/// The label key of a field: `f-<key>` (list rows reuse their item keys).
fn label_key(key: &str) -> String {
    format!("f-{key}")
}

fn input(
    spec: Spec,
    path: String,
    fields: RwSignal<Fields>,
    errors: Signal<Vec<FieldErr>>,
    lang: RwSignal<Lang>,
) -> AnyView {
    let id = id_of(&path);
    let err_id = format!("{id}-err");
    let key = spec.key;
    let p1 = path.clone();
    let p2 = path.clone();
    let p3 = path.clone();
    let value = move || fields.with(|f| f.get(&p1).unwrap_or("").to_string());
    let set = move |v: String| fields.update(|f| f.set(&p2, v));
    let error = Memo::new(move |_| errors.with(|es| es.iter().find(|e| e.path == p3).cloned()));
    let invalid = move || error.with(|e| e.is_some()).then_some("true");
    let label = move || {
        let l = lang.get();
        let mut s = t(l, &label_key(key)).to_string();
        if s.is_empty() {
            s = key.replace('_', " ");
        }
        s
    };
    let req_mark = spec
        .required
        .then(|| view! { <span class="req" aria-hidden="true">" *"</span> });
    let hint_key = format!("h-{key}");
    let hint = move || {
        let h = t(lang.get(), &hint_key);
        (!h.is_empty()).then(|| view! { <span class="hint">{h}</span> })
    };
    let err_view = {
        let err_id = err_id.clone();
        move || {
            error.get().map(|e| {
                let l = lang.get();
                let mut msg = t(l, &e.code).to_string();
                if msg.is_empty() {
                    msg = e.detail.clone();
                }
                view! { <span class="field-error" id=err_id.clone() role="alert">{msg}</span> }
            })
        }
    };
    let control = match spec.kind {
        Kind::Select(opts) => view! {
            <select id=id.clone() on:change=move |ev| set(event_target_value(&ev)) prop:value=move || { let v = value(); if v.is_empty() { opts.first().copied().unwrap_or("").to_string() } else { v } }>
                {opts.iter().map(|o| { let o = *o; view! { <option value=o>{move || crate::i18n::label(lang.get(), o)}</option> } }).collect_view()}
            </select>
        }.into_any(),
        Kind::YesNo | Kind::Bool3 => {
            let opts: &'static [&'static str] = if spec.kind == Kind::YesNo { &["no", "yes"] } else { &["", "yes", "no"] };
            view! {
                <select id=id.clone() on:change=move |ev| set(event_target_value(&ev)) prop:value=value>
                    {opts.iter().map(|o| { let o = *o; view! { <option value=o>{move || crate::i18n::label(lang.get(), if o.is_empty() { "not-stated" } else { o })}</option> } }).collect_view()}
                </select>
            }.into_any()
        }
        Kind::Check => view! {
            <input type="checkbox" id=id.clone() prop:checked=move || value() == "1"
                on:change=move |ev| set(if event_target_checked(&ev) { "1".into() } else { String::new() }) />
        }.into_any(),
        kind => {
            let (ty, mode) = match kind {
                Kind::Date => ("date", "none"),
                Kind::DateTime => ("datetime-local", "none"),
                Kind::Int => ("text", "numeric"),
                _ => ("text", "decimal"),
            };
            view! {
                <input type=ty id=id.clone() inputmode=mode autocomplete="off"
                    aria-invalid=invalid aria-describedby=err_id.clone() aria-required=spec.required.then_some("true")
                    prop:value=value on:input=move |ev| set(event_target_value(&ev)) />
            }
            .into_any()
        }
    };
    let cls = if matches!(spec.kind, Kind::Check) {
        "field check"
    } else {
        "field"
    };
    view! {
        <div class=cls>
            <label for=id>{label}{req_mark}</label>
            {control}
            {hint}
            {err_view}
        </div>
    }
    .into_any()
}

fn list(
    spec: Spec,
    items: &'static [Spec],
    path: String,
    fields: RwSignal<Fields>,
    errors: Signal<Vec<FieldErr>>,
    lang: RwSignal<Lang>,
) -> AnyView {
    let p = path.clone();
    let count = move || fields.with(|f| rows(f, &p));
    let p_add = path.clone();
    let add = move |_| {
        fields.update(|f| {
            let n = rows(f, &p_add);
            f.set(&format!("{p_add}.n"), (n + 1).min(60).to_string());
        })
    };
    let key = spec.key;
    let scalar = items.len() == 1 && items.first().is_some_and(|s| s.key.is_empty());
    let p_rows = path.clone();
    view! {
        <fieldset class="list">
            <legend>{move || { let s = t(lang.get(), &label_key(key)); if s.is_empty() { key.replace('_', " ") } else { s.to_string() } }}</legend>
            {move || {
                let p_rows = p_rows.clone();
                (0..count()).map(move |i| {
                    let row_path = format!("{p_rows}.{i}");
                    let p_remove = p_rows.clone();
                    let remove = move |_| fields.update(|f| remove_row(f, &p_remove, i));
                    let body = if scalar {
                        let item = Spec { key: "", ..*items.first().unwrap_or(&opt("", Kind::Date)) };
                        input(Spec { key, ..item }, row_path.clone(), fields, errors, lang)
                    } else {
                        render(items, format!("{row_path}."), fields, errors, lang)
                    };
                    view! {
                        <div class="row">
                            {body}
                            <button type="button" class="secondary remove" on:click=remove
                                aria-label=move || format!("{} {}", t(lang.get(), "remove-row"), i + 1)>"×"</button>
                        </div>
                    }
                }).collect_view()
            }}
            <button type="button" class="secondary" on:click=add>{move || t(lang.get(), "add-row")}</button>
        </fieldset>
    }
    .into_any()
}

/// Removes row `i` of list `path`, shifting later rows up.
fn remove_row(f: &mut Fields, path: &str, i: usize) {
    let n = rows(f, path);
    let prefix = format!("{path}.");
    let mut moved = Vec::new();
    f.0.retain(|(k, v)| {
        if let Some(rest) = k.strip_prefix(&prefix) {
            let (idx, tail) = rest
                .split_once('.')
                .map(|(a, b)| (a, Some(b)))
                .unwrap_or((rest, None));
            if let Ok(j) = idx.parse::<usize>() {
                if j == i {
                    return false;
                }
                if j > i {
                    let nk = match tail {
                        Some(t) => format!("{path}.{}.{t}", j - 1),
                        None => format!("{path}.{}", j - 1),
                    };
                    moved.push((nk, v.clone()));
                    return false;
                }
            }
        }
        true
    });
    f.0.extend(moved);
    f.set(&format!("{path}.n"), n.saturating_sub(1).to_string());
}

#[cfg(test)]
mod tests {
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
    fn removing_a_row_shifts_the_rest() {
        let mut f = Fields::default();
        f.set("p.n", "3".into());
        f.set("p.0.a", "x".into());
        f.set("p.1.a", "y".into());
        f.set("p.2.a", "z".into());
        remove_row(&mut f, "p", 1);
        assert_eq!(f.get("p.1.a"), Some("z"));
        assert_eq!(f.get("p.n"), Some("2"));
    }
}
