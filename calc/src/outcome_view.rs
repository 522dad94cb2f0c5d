//! Renders an engine outcome as HTML: the headline, figures and deadlines with their clauses,
//! contract versus law, tables, warnings and assumptions, the "why" (the engine's trace), the
//! timeline and the bar chart. Nothing here computes a number: every value is the engine's, only
//! formatted.
//!
//! Built as one escaped HTML string rather than a Leptos `view!` per item: the result is redrawn
//! whole on every answer anyway, and a string builder costs a fraction of the wasm bytes of the
//! monomorphised view code (docs/DESIGN.md, "The size budget").

use crate::format;
use crate::lang::{label, t, Lang};
use chrono::NaiveDate;
use clausecalc_engine::outcome::{Basis, EventKind, Field, Figure, Notice, Outcome, Table, Value};
use rust_decimal::Decimal;
use std::fmt::Write;

pub use crate::html::esc;

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

/// Where the first `dddd-dd-dd` in `s` starts (byte offset; ASCII, so a char boundary).
fn iso_date_at(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let shape = |w: &[u8]| {
        w.len() == 10
            && w.iter().enumerate().all(|(i, c)| match i {
                4 | 7 => *c == b'-',
                _ => c.is_ascii_digit(),
            })
    };
    b.windows(10).position(shape)
}

struct H(String);

impl H {
    fn raw(&mut self, s: &str) -> &mut Self {
        self.0.push_str(s);
        self
    }
    /// Escaped text; an ISO date in it (2026-04-10) is kept on one line, never split at a hyphen.
    fn text(&mut self, s: &str) -> &mut Self {
        let e = esc(s);
        let mut rest = e.as_str();
        while let Some((before, date, after)) = iso_date_at(rest).and_then(|at| {
            let (before, tail) = rest.split_at_checked(at)?;
            let (date, after) = tail.split_at_checked(10)?;
            Some((before, date, after))
        }) {
            let _ = write!(self.0, "{before}<span class=\"nw\">{date}</span>");
            rest = after;
        }
        self.0.push_str(rest);
        self
    }
    /// `<tag class="cls">text</tag>`
    fn el(&mut self, tag: &str, cls: &str, text: &str) -> &mut Self {
        if cls.is_empty() {
            let _ = write!(self.0, "<{tag}>");
        } else {
            let _ = write!(self.0, "<{tag} class=\"{cls}\">");
        }
        self.text(text);
        let _ = write!(self.0, "</{tag}>");
        self
    }
}

fn figures(h: &mut H, lang: Lang, title: &str, figs: &[Figure], calendar: Option<&str>) {
    if figs.is_empty() {
        return;
    }
    h.el("h3", "", t(lang, title));
    // Deadlines: all of them as one calendar file, and each on its own line below.
    if let Some(all) = calendar.and_then(|c| crate::ics::all(lang, c, figs)) {
        ics_link(
            h,
            lang,
            "ics-all",
            &format!("clausecalc-{}.ics", calendar.unwrap_or("")),
            &all,
        );
    }
    h.raw("<dl class=\"figs\">");
    // "Contract" / "law" badges only where the two are told apart.
    let both = figs.iter().any(|f| f.basis == Basis::Law);
    for f in figs {
        h.raw("<div class=\"fig\"><dt>").text(&label(lang, &f.key));
        let badge = match f.basis {
            Basis::Contract if both => "basis-contract",
            Basis::Law => "basis-law",
            _ => "",
        };
        if !badge.is_empty() {
            h.raw(" ")
                .el("span", &format!("badge {badge}"), t(lang, badge));
        }
        h.raw("</dt><dd>")
            .el("span", "val", &format::value(lang, &f.value));
        h.raw("<span class=\"cite\">")
            .text(&f.citation)
            .raw(" · ")
            .el("code", "", &f.rule)
            .raw("</span>");
        if let Some(one) = calendar.and_then(|c| crate::ics::one(lang, c, f)) {
            let name = format!("clausecalc-{}.ics", f.key);
            ics_link(h, lang, "ics-one", &name, &one);
        }
        h.raw("</dd></div>");
    }
    h.raw("</dl>");
}

/// A link that downloads a calendar file (built here, in the browser; nothing is sent anywhere).
fn ics_link(h: &mut H, lang: Lang, text_key: &str, file: &str, ics: &str) {
    let _ = write!(
        h.0,
        "<a class=\"ics no-print\" download=\"{}\" href=\"{}\">{}</a>",
        esc(file),
        esc(&crate::ics::data_url(ics)),
        esc(t(lang, text_key))
    );
}

/// A value as shown under `key`. The engine numbers the preliminary invoices from 0 (their place
/// in the input list); people count the rows they typed from 1.
fn shown(lang: Lang, key: &str, v: &Value) -> String {
    match v {
        Value::Count(n) if key == "invoice" => n.saturating_add(1).to_string(),
        _ => format::value(lang, v),
    }
}

fn fields_list(h: &mut H, lang: Lang, fields: &[Field]) {
    h.raw("<ul>");
    for f in fields {
        h.raw("<li>")
            .el("span", "k", &label(lang, &f.key))
            .raw(": ")
            .el("span", "v", &shown(lang, &f.key, &f.value))
            .raw("</li>");
    }
    h.raw("</ul>");
}

fn table(h: &mut H, lang: Lang, tb: &Table) {
    // A table that may scroll sideways must be reachable by keyboard: the wrapper is a labelled,
    // focusable region.
    let name = label(lang, &tb.key);
    let _ = write!(
        h.0,
        "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"{}\"><table>",
        esc(&name)
    );
    h.el("caption", "", &name).raw("<thead><tr>");
    for c in &tb.columns {
        h.raw("<th scope=\"col\">")
            .text(&label(lang, c))
            .raw("</th>");
    }
    h.raw("</tr></thead><tbody>");
    for r in &tb.rows {
        h.raw("<tr>");
        for (v, c) in r.iter().zip(&tb.columns) {
            h.el("td", "", &shown(lang, c, v));
        }
        h.raw("</tr>");
    }
    h.raw("</tbody></table></div>");
}

/// Integer SVG coordinates (no float formatting code in the bundle).
fn scale(x: i64, span: i64, width: i64) -> i64 {
    if span <= 0 {
        0
    } else {
        x.saturating_mul(width).checked_div(span).unwrap_or(0)
    }
}

/// The timeline's horizontal scale: days map linearly to the width, except that an empty stretch
/// much longer than everything else (a retention date years after the meetings) is shortened to
/// a fixed break, so the events that matter are not squeezed into a corner.
struct Axis {
    /// Sorted distinct dates and their positions (0..=width).
    points: Vec<(NaiveDate, i64)>,
    /// Where the axis is broken (position of the break's middle), with the gap's first date.
    breaks: Vec<(i64, NaiveDate)>,
}

impl Axis {
    fn new(all: Vec<NaiveDate>, width: i64) -> Axis {
        // Distinct dates in order, and the gaps longest first, by selection rather than a sort:
        // a few dozen dates, and a sort would cost the page module some KB.
        let mut dates: Vec<NaiveDate> = Vec::with_capacity(all.len());
        while let Some(next) = all
            .iter()
            .filter(|d| dates.last().is_none_or(|l| *d > l))
            .min()
        {
            dates.push(*next);
        }
        let gaps: Vec<i64> = dates
            .windows(2)
            .map(|p| match p {
                [a, b] => b.signed_duration_since(*a).num_days(),
                _ => 0,
            })
            .collect();
        // From the longest down: a gap is broken while it is over 60 days and longer than all the
        // shorter gaps together (a year's wait after the meetings, then years of data retention).
        let mut rest: i64 = gaps.iter().fold(0i64, |s, g| s.saturating_add(*g));
        let mut limit = i64::MAX;
        while let Some(g) = gaps.iter().copied().filter(|g| *g < limit).max() {
            rest = rest.saturating_sub(g.saturating_mul(
                i64::try_from(gaps.iter().filter(|x| **x == g).count()).unwrap_or(1),
            ));
            if g > 60 && g > rest {
                limit = g;
            } else {
                break;
            }
        }
        let broken = |g: i64| g >= limit;
        let kept: i64 = gaps
            .iter()
            .filter(|g| !broken(**g))
            .fold(0i64, |s, g| s.saturating_add(*g));
        let n_broken = i64::try_from(gaps.iter().filter(|g| broken(**g)).count()).unwrap_or(0);
        // A break is drawn as a tenth of the width (in days: kept/8 per break, at least 1).
        let brk = (kept / 8).max(1);
        let eff = |g: i64| if broken(g) { brk } else { g };
        let eff_total = kept.saturating_add(n_broken.saturating_mul(brk)).max(1);
        let mut points = Vec::with_capacity(dates.len());
        let mut breaks = Vec::new();
        let mut at = 0i64;
        for (i, d) in dates.iter().enumerate() {
            if let Some(g) = i.checked_sub(1).and_then(|j| gaps.get(j)) {
                let before = at;
                at = at.saturating_add(eff(*g));
                if broken(*g) {
                    let mid = before.saturating_add(at) / 2;
                    breaks.push((scale(mid, eff_total, width), *d));
                }
            }
            points.push((*d, scale(at, eff_total, width)));
        }
        Axis { points, breaks }
    }

    fn x(&self, d: NaiveDate) -> i64 {
        self.points
            .iter()
            .find(|(p, _)| *p == d)
            .map_or(0, |(_, x)| *x)
    }
}

/// A bar chart for a table that has both `preliminary` and `final` columns (the billing check).
// Pixel arithmetic on small bounded numbers: bars scaled into 330 px by `scale` (saturating), one
// row per price period of the engine's table.
#[allow(clippy::arithmetic_side_effects)]
fn bar_chart(h: &mut H, lang: Lang, tb: &Table) {
    let col = |name: &str| tb.columns.iter().position(|c| c == name);
    let (Some(pi), Some(fi)) = (col("preliminary"), col("final")) else {
        return;
    };
    let from = col("from");
    let money = |v: Option<&Value>| match v {
        Some(Value::Money { amount, .. }) => Some(*amount),
        _ => None,
    };
    // Öre as integers keep the drawing in integer arithmetic.
    let ore = |d: Decimal| {
        d.checked_mul(Decimal::ONE_HUNDRED)
            .unwrap_or(Decimal::MAX)
            .trunc()
            .mantissa()
            .clamp(0, i64::MAX as i128) as i64
    };
    let rows: Vec<(String, i64, i64, String, String)> = tb
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
                ore(p),
                ore(f),
                format::value(lang, r.get(pi)?),
                format::value(lang, r.get(fi)?),
            ))
        })
        .collect();
    if rows.is_empty() {
        return;
    }
    let max = rows.iter().map(|r| r.1.max(r.2)).max().unwrap_or(1).max(1);
    let (w, left, row_h) = (560i64, 110i64, 44i64);
    let bar_w = w - left - 120;
    let height = row_h * rows.len() as i64 + 30;
    let (l_pre, l_fin) = (t(lang, "preliminary"), t(lang, "final"));
    let summary = rows
        .iter()
        .map(|r| format!("{}: {l_pre} {}, {l_fin} {}", r.0, r.3, r.4))
        .collect::<Vec<_>>()
        .join("; ");
    let _ = write!(h.0, "<figure class=\"chart\"><svg viewBox=\"0 0 {w} {height}\" role=\"img\" aria-label=\"{}\"><title>{}</title>", esc(&summary), esc(&summary));
    for (i, r) in rows.iter().enumerate() {
        let y = 10 + i as i64 * row_h;
        let (pw, fw) = (scale(r.1, max, bar_w).max(1), scale(r.2, max, bar_w).max(1));
        let _ = write!(
            h.0,
            "<text x=\"0\" y=\"{}\" class=\"lbl\">{}</text><rect x=\"{left}\" y=\"{y}\" width=\"{pw}\" height=\"14\" class=\"bar-pre\"/><text x=\"{}\" y=\"{}\" class=\"num\">{}</text><rect x=\"{left}\" y=\"{}\" width=\"{fw}\" height=\"14\" class=\"bar-fin\"/><text x=\"{}\" y=\"{}\" class=\"num\">{}</text>",
            y + 16,
            esc(&r.0),
            left + pw + 6,
            y + 12,
            esc(&r.3),
            y + 17,
            left + fw + 6,
            y + 29,
            esc(&r.4)
        );
    }
    h.raw("</svg><figcaption>")
        .el("span", "key-pre", &format!("■ {l_pre}"))
        .raw(" ")
        .el("span", "key-fin", &format!("■ {l_fin}"))
        .raw("</figcaption></figure>");
}

/// The SVG timeline of the case, with a text alternative (an ordered list).
// Pixel arithmetic on small bounded numbers: at most 14 labelled rows in a 720-wide box, x within
// it by `scale` (saturating), day spans of valid chrono dates (< 2^28).
#[allow(clippy::arithmetic_side_effects)]
fn timeline(h: &mut H, lang: Lang, o: &Outcome) {
    let ev = &o.timeline;
    let (Some(first), Some(last)) = (
        ev.iter().map(|e| e.date).min(),
        ev.iter().map(|e| e.date).max(),
    ) else {
        return;
    };
    let (w, pad) = (720i64, 16i64);
    let axis = Axis::new(
        ev.iter().map(|e| e.date).collect(),
        w.saturating_sub(2 * pad),
    );
    let x = |d: NaiveDate| pad.saturating_add(axis.x(d));
    let labelled: Vec<_> = ev.iter().filter(|e| e.kind != EventKind::RestDay).collect();
    // Labels packed into rows: a label goes into the first row where it overlaps nothing.
    let texts: Vec<String> = labelled
        .iter()
        .map(|e| {
            format!(
                "{} {}",
                format::date_plain(lang, e.date),
                label(lang, &e.key)
            )
        })
        .collect();
    let mut row_ends: Vec<i64> = Vec::new();
    // Per label: its x, its row, and whether it hangs left of its mark (in the right part).
    let mut placed: Vec<(i64, i64, bool)> = Vec::with_capacity(labelled.len());
    for (e, text) in labelled.iter().zip(&texts) {
        let cx = x(e.date);
        let hangs_left = cx > w * 6 / 10;
        let width = i64::try_from(text.chars().count())
            .unwrap_or(i64::MAX)
            .saturating_mul(13)
            / 2;
        let (from, to) = if hangs_left {
            (cx.saturating_sub(width), cx)
        } else {
            (cx, cx.saturating_add(width))
        };
        let row = match row_ends.iter().position(|end| *end < from) {
            Some(r) => r,
            None => {
                row_ends.push(i64::MIN);
                row_ends.len().saturating_sub(1)
            }
        };
        if let Some(end) = row_ends.get_mut(row) {
            *end = to.saturating_add(10);
        }
        placed.push((cx, i64::try_from(row).unwrap_or(0), hangs_left));
    }
    let rests = ev.iter().any(|e| e.kind == EventKind::RestDay);
    let n_rows = i64::try_from(row_ends.len()).unwrap_or(0);
    let legend_y = 70i64.saturating_add(n_rows.saturating_mul(16));
    let height = legend_y.saturating_add(if rests { 14 } else { 0 });
    let name = esc(t(lang, "timeline"));
    let _ = write!(h.0, "<figure class=\"timeline\"><svg viewBox=\"0 0 {w} {height}\" role=\"img\" aria-label=\"{name}\"><title>{name}</title>");
    for e in ev.iter().filter(|e| e.kind == EventKind::RestDay) {
        let _ = write!(
            h.0,
            "<rect x=\"{}\" y=\"20\" width=\"4\" height=\"30\" class=\"rest\"/>",
            x(e.date).saturating_sub(2)
        );
    }
    // The axis, interrupted (with a break mark) where a long empty stretch was shortened.
    let mut from = pad;
    for (b, _) in &axis.breaks {
        let bx = pad.saturating_add(*b);
        let _ = write!(
            h.0,
            "<line x1=\"{from}\" y1=\"35\" x2=\"{}\" y2=\"35\" class=\"axis\"/><path d=\"M{} 43 l6 -16 M{} 43 l6 -16\" class=\"break\"/>",
            bx.saturating_sub(6),
            bx.saturating_sub(7),
            bx.saturating_add(1)
        );
        from = bx.saturating_add(6);
    }
    let _ = write!(
        h.0,
        "<line x1=\"{from}\" y1=\"35\" x2=\"{}\" y2=\"35\" class=\"axis\"/>",
        w - pad
    );
    for ((e, text), (cx, row, hangs_left)) in labelled.iter().zip(&texts).zip(&placed) {
        let ly = 66i64.saturating_add(row.saturating_mul(16));
        let cls = match e.kind {
            EventKind::Deadline | EventKind::WindowEnd => "mk deadline",
            EventKind::Meeting => "mk meeting",
            EventKind::WindowStart => "mk window",
            _ => "mk event",
        };
        let anchor = if *hangs_left { "end" } else { "start" };
        let _ = write!(
            h.0,
            "<g class=\"{cls}\"><circle cx=\"{cx}\" cy=\"35\" r=\"5\"/><line x1=\"{cx}\" y1=\"40\" x2=\"{cx}\" y2=\"{}\" class=\"lead\"/><text x=\"{cx}\" y=\"{ly}\" text-anchor=\"{anchor}\">{}</text></g>",
            ly.saturating_sub(10),
            esc(text)
        );
    }
    if rests {
        let _ = write!(
            h.0,
            "<rect x=\"{pad}\" y=\"{}\" width=\"8\" height=\"10\" class=\"rest\"/><text x=\"{}\" y=\"{}\" class=\"edge\">{}</text>",
            legend_y.saturating_sub(4),
            pad.saturating_add(12),
            legend_y.saturating_add(5),
            esc(t(lang, "rest-day"))
        );
    }
    let _ = write!(
        h.0,
        "<text x=\"{pad}\" y=\"14\" class=\"edge\">{}</text><text x=\"{}\" y=\"14\" text-anchor=\"end\" class=\"edge\">{}</text></svg>",
        esc(&format::date_plain(lang, first)),
        w - pad,
        esc(&format::date_plain(lang, last))
    );
    h.raw("<details class=\"tl-text\">")
        .el("summary", "", t(lang, "timeline-as-text"))
        .raw("<ol>");
    for e in ev {
        h.el(
            "li",
            "",
            &format!("{} — {}", format::date(lang, e.date), label(lang, &e.key)),
        );
    }
    h.raw("</ol></details></figure>");
}

/// What an embedding page may learn of an answer (the opt-in result event): the headline's
/// deadline date, else its amount — `("date", "2026-04-10")` or `("amount", "6800.00")` — and
/// nothing typed by the visitor.
pub fn summary(o: &Outcome) -> Option<(&'static str, String)> {
    let date = o.headline.params.iter().find_map(|p| match &p.value {
        Value::Date(d) | Value::Deadline { date: d, .. } => Some(d.to_string()),
        Value::Moment { local, .. } => Some(local.date().to_string()),
        _ => None,
    });
    let amount = || {
        o.headline.params.iter().find_map(|p| match &p.value {
            Value::Money { amount, .. } => Some(amount.to_string()),
            _ => None,
        })
    };
    match date {
        Some(d) => Some(("date", d)),
        None => amount().map(|a| ("amount", a)),
    }
}

/// The whole answer as HTML (every text escaped).
pub fn outcome(lang: Lang, o: &Outcome) -> String {
    let mut h = H(String::with_capacity(16 * 1024));
    h.el("p", "headline", &notice_text(lang, "hl-", &o.headline));
    figures(&mut h, lang, "deadlines", &o.deadlines, Some(&o.calculator));
    figures(&mut h, lang, "figures", &o.figures, None);
    if !o.comparisons.is_empty() {
        h.raw("<section class=\"compare\">")
            .el("h3", "", t(lang, "contract-vs-law"));
        let _ = write!(h.0, "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"{}\"><table><thead><tr>", esc(t(lang, "contract-vs-law")));
        h.raw("<th scope=\"col\">")
            .text(t(lang, "what"))
            .raw("</th>");
        for k in ["basis-contract", "basis-law", "why-differ"] {
            h.raw("<th scope=\"col\">").text(t(lang, k)).raw("</th>");
        }
        h.raw("</tr></thead><tbody>");
        for c in &o.comparisons {
            let r = t(lang, &format!("r-{}", c.reason_code));
            let reason = if r.is_empty() {
                c.reason.clone()
            } else {
                r.to_string()
            };
            h.raw("<tr><th scope=\"row\">")
                .text(&label(lang, &c.key))
                .raw("</th><td>")
                .text(&format::value(lang, &c.contract));
            h.raw("<br>")
                .el("span", "cite", &c.contract_citation)
                .raw("</td><td>")
                .text(&format::value(lang, &c.law));
            h.raw("<br>")
                .el("span", "cite", &c.law_citation)
                .raw("</td>")
                .el("td", "", &reason)
                .raw("</tr>");
        }
        h.raw("</tbody></table></div></section>");
    }
    // One chart: the per-price-period table when there is one, else the first that fits.
    let charted = o
        .tables
        .iter()
        .find(|tb| tb.key == "reconciliation-by-price-period")
        .or_else(|| o.tables.first());
    if let Some(tb) = charted {
        bar_chart(&mut h, lang, tb);
    }
    for tb in &o.tables {
        table(&mut h, lang, tb);
    }
    timeline(&mut h, lang, o);
    for (items, cls, title) in [
        (&o.warnings, "warnings", "warnings"),
        (&o.assumptions, "assumptions", "assumptions"),
    ] {
        if items.is_empty() {
            continue;
        }
        let _ = write!(h.0, "<section class=\"{cls}\">");
        h.el("h3", "", t(lang, title)).raw("<ul>");
        for n in items.iter() {
            h.el("li", "", &notice_text(lang, "n-", n));
        }
        h.raw("</ul></section>");
    }
    h.raw("<details class=\"why\">")
        .el("summary", "", t(lang, "why"))
        .raw("<ol class=\"trace\">");
    for s in &o.trace {
        h.raw("<li><p class=\"step-head\">")
            .el("code", "", &s.rule)
            .raw(" — ")
            .el("span", "cite", &s.citation)
            .raw("</p>");
        if !s.inputs.is_empty() {
            h.el("p", "io", t(lang, "inputs"));
            fields_list(&mut h, lang, &s.inputs);
        }
        if !s.outputs.is_empty() {
            h.el("p", "io", t(lang, "outputs"));
            fields_list(&mut h, lang, &s.outputs);
        }
        if !s.notes.is_empty() {
            // In the page's language (every note has all three; `false` only in a build without
            // the note's contract).
            match crate::notes::note_text(lang, s) {
                (tr, true) => h.el("p", "note", &tr),
                (en, false) => h
                    .raw("<p class=\"note\" lang=\"en\">")
                    .text(&en)
                    .raw("</p>"),
            };
        }
        h.raw("</li>");
    }
    h.raw("</ol></details>");
    h.0
}

#[cfg(test)]
mod tests {

    #[test]
    fn iso_dates_stay_on_one_line() {
        let mut h = H(String::new());
        h.text("fre, 2026-04-10 & 2026-04-1 1999-01-02.");
        assert_eq!(h.0, "fre, <span class=\"nw\">2026-04-10</span> &amp; 2026-04-1 <span class=\"nw\">1999-01-02</span>.");
    }

    #[test]
    fn a_far_retention_date_breaks_the_axis_instead_of_squeezing_the_rest() {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let dates = [
            "2025-12-20",
            "2025-12-26",
            "2026-04-08",
            "2026-07-15",
            "2027-07-15",
            "2030-12-26",
        ]
        .map(d);
        let axis = Axis::new(dates.to_vec(), 700);
        assert_eq!(axis.breaks.len(), 2);
        assert_eq!(axis.breaks[0].1, d("2027-07-15"));
        assert_eq!(axis.breaks[1].1, d("2030-12-26"));
        let xs: Vec<i64> = dates.iter().map(|x| axis.x(*x)).collect();
        assert!(xs.windows(2).all(|p| p[0] < p[1]), "{xs:?}");
        assert_eq!((xs[0], xs[5]), (0, 700));
        // The months that matter take most of the width (linearly they would take 11 %).
        assert!(xs[3] > 450, "{xs:?}");
        // Nothing broken when the dates are spread evenly.
        let even = Axis::new(
            ["2026-01-01", "2026-02-01", "2026-03-01"].map(d).to_vec(),
            700,
        );
        assert!(even.breaks.is_empty());
        assert_eq!(even.x(d("2026-02-01")), 700 * 31 / 59);
    }

    use super::*;

    #[test]
    fn escapes_markup() {
        assert_eq!(esc("<b a=\"1\">&'"), "&lt;b a=&quot;1&quot;&gt;&amp;&#39;");
    }

    #[test]
    fn integer_scale() {
        assert_eq!(scale(5, 10, 100), 50);
        assert_eq!(scale(5, 0, 100), 0);
    }
}
