//! Renders an engine outcome: the headline, figures and deadlines with their clauses, contract
//! versus law, tables, warnings and assumptions, the "why" (the engine's trace), the timeline and
//! the bar chart. Nothing here computes a number: every value is the engine's, only formatted.

use crate::format;
use crate::i18n::{label, t, Lang};
use chrono::NaiveDate;
use clausecalc_engine::outcome::{Basis, EventKind, Field, Figure, Notice, Outcome, Table, Value};
use leptos::prelude::*;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

/// A notice in `lang`: the translated template for `<prefix><code>` with `{param}` placeholders
/// filled from the notice's params, else the engine's English sentence.
pub fn notice_text(lang: Lang, prefix: &str, n: &Notice) -> String {
    let template = t(lang, &format!("{prefix}{}", n.code));
    if template.is_empty() {
        return n.text.clone();
    }
    let mut s = template.to_string();
    for p in &n.params {
        s = s.replace(&format!("{{{}}}", p.key), &format::value(lang, &p.value));
    }
    if s.contains('{') {
        // A placeholder the engine did not fill: better the full English sentence than a gap.
        return n.text.clone();
    }
    s
}

fn basis_badge(lang: Lang, b: Basis) -> Option<AnyView> {
    let key = match b {
        Basis::Contract => "basis-contract",
        Basis::Law => "basis-law",
        Basis::Agreed => return None,
    };
    Some(view! { <span class=format!("badge {key}")>{t(lang, key)}</span> }.into_any())
}

fn figure_rows(lang: Lang, figures: &[Figure]) -> AnyView {
    figures
        .iter()
        .map(|f| {
            view! {
                <div class="fig">
                    <dt>{label(lang, &f.key)} {basis_badge(lang, f.basis)}</dt>
                    <dd>
                        <span class="val">{format::value(lang, &f.value)}</span>
                        <span class="cite">{f.citation.clone()} " · " <code>{f.rule.clone()}</code></span>
                    </dd>
                </div>
            }
        })
        .collect_view()
        .into_any()
}

fn fields_list(lang: Lang, fields: &[Field]) -> AnyView {
    fields
        .iter()
        .map(|f| view! { <li><span class="k">{label(lang, &f.key)}</span> ": " <span class="v">{format::value(lang, &f.value)}</span></li> })
        .collect_view()
        .into_any()
}

fn table_view(lang: Lang, tb: &Table) -> AnyView {
    view! {
        <div class="table-wrap">
            <table>
                <caption>{label(lang, &tb.key)}</caption>
                <thead><tr>{tb.columns.iter().map(|c| view! { <th scope="col">{label(lang, c)}</th> }).collect_view()}</tr></thead>
                <tbody>
                    {tb.rows.iter().map(|r| view! { <tr>{r.iter().map(|v| view! { <td>{format::value(lang, v)}</td> }).collect_view()}</tr> }).collect_view()}
                </tbody>
            </table>
        </div>
    }
    .into_any()
}

/// A bar chart for a table that has both `preliminary` and `final` columns (the billing check).
fn bar_chart(lang: Lang, tb: &Table) -> Option<AnyView> {
    let col = |name: &str| tb.columns.iter().position(|c| c == name);
    let (pi, fi) = (col("preliminary")?, col("final")?);
    let from = col("from");
    let money = |v: Option<&Value>| match v {
        Some(Value::Money { amount, .. }) => Some(*amount),
        _ => None,
    };
    let rows: Vec<(String, Decimal, Decimal, String, String)> = tb
        .rows
        .iter()
        .filter_map(|r| {
            let p = money(r.get(pi))?;
            let f = money(r.get(fi))?;
            let name = match from.and_then(|i| r.get(i)) {
                Some(Value::Date(d)) => format::date_plain(lang, *d),
                _ => String::new(),
            };
            Some((
                name,
                p,
                f,
                format::value(lang, r.get(pi)?),
                format::value(lang, r.get(fi)?),
            ))
        })
        .collect();
    if rows.is_empty() {
        return None;
    }
    let max = rows
        .iter()
        .map(|r| r.1.max(r.2))
        .max()
        .unwrap_or(Decimal::ONE)
        .max(Decimal::ONE)
        .to_f64()
        .unwrap_or(1.0);
    let w = 560.0;
    let row_h = 44.0;
    let h = row_h * rows.len() as f64 + 30.0;
    let left = 110.0;
    let scale = move |d: Decimal| (d.to_f64().unwrap_or(0.0).max(0.0) / max) * (w - left - 120.0);
    let l_pre = t(lang, "preliminary");
    let l_fin = t(lang, "final");
    let summary = rows
        .iter()
        .map(|r| format!("{}: {} {}, {} {}", r.0, l_pre, r.3, l_fin, r.4))
        .collect::<Vec<_>>()
        .join("; ");
    Some(
        view! {
            <figure class="chart">
                <svg viewBox=format!("0 0 {w} {h}") role="img" aria-label=summary.clone()>
                    <title>{summary.clone()}</title>
                    {rows.iter().enumerate().map(|(i, r)| {
                        let y = 10.0 + i as f64 * row_h;
                        view! {
                            <g>
                                <text x="0" y=y + 16.0 class="lbl">{r.0.clone()}</text>
                                <rect x=left y=y width=scale(r.1).max(1.0) height="14" class="bar-pre"/>
                                <text x=left + scale(r.1) + 6.0 y=y + 12.0 class="num">{r.3.clone()}</text>
                                <rect x=left y=y + 17.0 width=scale(r.2).max(1.0) height="14" class="bar-fin"/>
                                <text x=left + scale(r.2) + 6.0 y=y + 29.0 class="num">{r.4.clone()}</text>
                            </g>
                        }
                    }).collect_view()}
                </svg>
                <figcaption>
                    <span class="key-pre">"■ " {l_pre}</span> " " <span class="key-fin">"■ " {l_fin}</span>
                </figcaption>
            </figure>
        }
        .into_any(),
    )
}

/// The SVG timeline of the case, with a text alternative (an ordered list).
fn timeline(lang: Lang, o: &Outcome) -> Option<AnyView> {
    let ev = &o.timeline;
    let first = ev.iter().map(|e| e.date).min()?;
    let last = ev.iter().map(|e| e.date).max()?;
    let span = (last - first).num_days().max(1) as f64;
    let w = 720.0;
    let pad = 16.0;
    let x = move |d: NaiveDate| pad + ((d - first).num_days() as f64 / span) * (w - 2.0 * pad);
    let labelled: Vec<_> = ev.iter().filter(|e| e.kind != EventKind::RestDay).collect();
    let h = 70.0 + 16.0 * labelled.len().min(14) as f64;
    let items: Vec<String> = ev
        .iter()
        .map(|e| format!("{} — {}", format::date(lang, e.date), label(lang, &e.key)))
        .collect();
    Some(
        view! {
            <figure class="timeline">
                <svg viewBox=format!("0 0 {w} {h}") role="img" aria-labelledby="tl-title">
                    <title id="tl-title">{t(lang, "timeline")}</title>
                    {ev.iter().filter(|e| e.kind == EventKind::RestDay).map(|e| {
                        let x0 = x(e.date);
                        view! { <rect x=x0 - 2.0 y="20" width="4" height="30" class="rest"/> }
                    }).collect_view()}
                    <line x1=pad y1="35" x2=w - pad y2="35" class="axis"/>
                    {labelled.iter().enumerate().map(|(i, e)| {
                        let cx = x(e.date);
                        let ly = 66.0 + 16.0 * (i.min(13)) as f64;
                        let cls = match e.kind {
                            EventKind::Deadline | EventKind::WindowEnd => "mk deadline",
                            EventKind::Meeting => "mk meeting",
                            EventKind::WindowStart => "mk window",
                            _ => "mk event",
                        };
                        let anchor = if cx > w * 0.6 { "end" } else { "start" };
                        view! {
                            <g class=cls>
                                <circle cx=cx cy="35" r="5"/>
                                <line x1=cx y1="40" x2=cx y2=ly - 10.0 class="lead"/>
                                <text x=cx y=ly text-anchor=anchor>{format!("{} {}", format::date_plain(lang, e.date), label(lang, &e.key))}</text>
                            </g>
                        }
                    }).collect_view()}
                    <text x=pad y="14" class="edge">{format::date_plain(lang, first)}</text>
                    <text x=w - pad y="14" text-anchor="end" class="edge">{format::date_plain(lang, last)}</text>
                </svg>
                <details class="tl-text">
                    <summary>{t(lang, "timeline-as-text")}</summary>
                    <ol>{items.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ol>
                </details>
            </figure>
        }
        .into_any(),
    )
}

pub fn outcome(lang: Lang, o: &Outcome) -> AnyView {
    let headline = notice_text(lang, "hl-", &o.headline);
    let warnings = o
        .warnings
        .iter()
        .map(|n| view! { <li>{notice_text(lang, "n-", n)}</li> })
        .collect_view();
    let assumptions = o
        .assumptions
        .iter()
        .map(|n| view! { <li>{notice_text(lang, "n-", n)}</li> })
        .collect_view();
    let has_w = !o.warnings.is_empty();
    let has_a = !o.assumptions.is_empty();
    let comparisons = (!o.comparisons.is_empty()).then(|| {
        view! {
            <section class="compare">
                <h3>{t(lang, "contract-vs-law")}</h3>
                <div class="table-wrap"><table>
                    <thead><tr><th scope="col"></th><th scope="col">{t(lang, "basis-contract")}</th><th scope="col">{t(lang, "basis-law")}</th><th scope="col">{t(lang, "why-differ")}</th></tr></thead>
                    <tbody>
                        {o.comparisons.iter().map(|c| {
                            let reason = { let r = t(lang, &format!("r-{}", c.reason_code)); if r.is_empty() { c.reason.clone() } else { r.to_string() } };
                            view! {
                                <tr>
                                    <th scope="row">{label(lang, &c.key)}</th>
                                    <td>{format::value(lang, &c.contract)}<br/><span class="cite">{c.contract_citation.clone()}</span></td>
                                    <td>{format::value(lang, &c.law)}<br/><span class="cite">{c.law_citation.clone()}</span></td>
                                    <td>{reason}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table></div>
            </section>
        }
    });
    let charts = o
        .tables
        .iter()
        .filter_map(|tb| bar_chart(lang, tb))
        .collect_view();
    let tables = o
        .tables
        .iter()
        .map(|tb| table_view(lang, tb))
        .collect_view();
    let trace = o
        .trace
        .iter()
        .map(|s| {
            view! {
                <li>
                    <p class="step-head"><code>{s.rule.clone()}</code> " — " <span class="cite">{s.citation.clone()}</span></p>
                    {(!s.inputs.is_empty()).then(|| view! { <p class="io">{t(lang, "inputs")}</p><ul>{fields_list(lang, &s.inputs)}</ul> })}
                    {(!s.outputs.is_empty()).then(|| view! { <p class="io">{t(lang, "outputs")}</p><ul>{fields_list(lang, &s.outputs)}</ul> })}
                    {(!s.note.is_empty()).then(|| view! { <p class="note" lang="en">{s.note.clone()}</p> })}
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="outcome">
            <p class="headline">{headline}</p>
            {(!o.deadlines.is_empty()).then(|| view! { <h3>{t(lang, "deadlines")}</h3><dl class="figs">{figure_rows(lang, &o.deadlines)}</dl> })}
            {(!o.figures.is_empty()).then(|| view! { <h3>{t(lang, "figures")}</h3><dl class="figs">{figure_rows(lang, &o.figures)}</dl> })}
            {comparisons}
            {charts}
            {tables}
            {timeline(lang, o)}
            {has_w.then(|| view! { <section class="warnings"><h3>{t(lang, "warnings")}</h3><ul>{warnings}</ul></section> })}
            {has_a.then(|| view! { <section class="assumptions"><h3>{t(lang, "assumptions")}</h3><ul>{assumptions}</ul></section> })}
            <details class="why">
                <summary>{t(lang, "why")}</summary>
                <ol class="trace">{trace}</ol>
            </details>
        </div>
    }
    .into_any()
}
