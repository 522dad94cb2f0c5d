//! A calculator page, strings in and strings out: the forms of its sections as HTML, and for each
//! section the engine's answer (or what is still missing) as HTML plus the errors to show beside
//! fields. The page module (`calc/wasm`) exposes exactly [`handle`]; the app only places the HTML.
//! The engine computes every number; this module parses the form and renders what comes back.

use crate::fields::{Fields, RECORD, UNIT};
use crate::form::{self, FieldErr};
use crate::lang::{label, t, Lang};
use crate::node::Node;
use crate::outcome_view::{self, esc};
use crate::pages::{self, Section};
use clausecalc_engine::{EngineError, Outcome, Problem};
use std::fmt::Write;

/// Separates the parts of an answer (HTML escapes every control character, so it never occurs).
pub const PART: char = '\u{1d}';

/// Request: open a page (defaults filled in, forms drawn).
pub const OP_OPEN: u32 = 1;
/// Request: answer every section of a page from its fields.
pub const OP_COMPUTE: u32 = 2;
/// Request: the fields of the offer's own group (Appendix 1), to start editing from.
pub const OP_SHIPPED_GROUP: u32 = 3;

/// The shipped group «Мягкий старт» as form fields (`group.…`), so a provider or adviser can start
/// from the offer's Appendix 1 and change what differs.
#[cfg(feature = "ru")]
pub fn shipped_group() -> Fields {
    use chrono::Timelike;
    let g = clausecalc_engine::ru_intervision::GroupParams::shipped();
    let mut f = Fields::default();
    let hm = |t: chrono::NaiveTime| format!("{:02}:{:02}", t.hour(), t.minute());
    f.set("group.name", g.name.clone());
    f.set("group.weekday", format!("{:?}", g.weekday));
    f.set("group.meeting_start", hm(g.meeting_start));
    f.set("group.meeting_end", hm(g.meeting_end));
    f.set("group.period_from", g.period_from.to_string());
    f.set("group.period_to", g.period_to.to_string());
    f.set("group.meetings.n", g.meetings.len().to_string());
    for (i, d) in g.meetings.iter().enumerate() {
        f.set(&format!("group.meetings.{i}"), d.to_string());
    }
    f.set(
        "group.stated_meeting_count",
        g.stated_meeting_count.to_string(),
    );
    if let Some(h) = g.stated_total_hours {
        f.set("group.stated_total_hours", h.to_string());
    }
    f.set("group.price", g.price.0.to_string());
    f.set("group.price_per_meeting", g.price_per_meeting.0.to_string());
    f.set("group.instalments.n", g.instalments.len().to_string());
    for (i, x) in g.instalments.iter().enumerate() {
        f.set(
            &format!("group.instalments.{i}.amount"),
            x.amount.0.to_string(),
        );
        f.set(&format!("group.instalments.{i}.due"), x.due.to_string());
        f.set(&format!("group.instalments.{i}.label"), x.label.clone());
    }
    if let Some((min, max)) = g.participants {
        f.set("group.participants_min", min.to_string());
        f.set("group.participants_max", max.to_string());
    }
    f
}

/// What a section's form gives right now.
#[derive(Debug)]
enum Computed {
    /// The engine's answer.
    Answer(Box<Outcome>),
    /// Required fields still empty (and any invalid ones).
    Incomplete {
        missing: Vec<FieldErr>,
        invalid: Vec<FieldErr>,
        general: Vec<String>,
    },
}

fn incomplete(errs: Vec<FieldErr>, general: Vec<String>) -> Computed {
    let (missing, invalid) = errs.into_iter().partition(|e| e.code == "err-missing");
    Computed::Incomplete {
        missing,
        invalid,
        general,
    }
}

fn problem_code(p: &Problem) -> &'static str {
    match p {
        Problem::Missing => "err-missing",
        Problem::Negative => "err-negative",
        Problem::NotPositive => "err-not-positive",
        Problem::BeforeOther { .. } => "err-before-other",
        Problem::OutOfRange { .. } => "err-out-of-range",
        Problem::Inconsistent { .. } => "err-inconsistent",
    }
}

fn compute(section: &Section, fields: &Fields) -> Computed {
    let mut node = Node::map();
    let mut errs = Vec::new();
    form::parse(section.specs, fields, section.prefix, &mut node, &mut errs);
    if !errs.is_empty() {
        return incomplete(errs, Vec::new());
    }
    let answer = match pages::run(section.calculator, node) {
        Ok(a) => a,
        Err(e) => {
            // serde says "missing field `x`": put it beside field x.
            let msg = e.0;
            if let Some(name) = msg
                .split('`')
                .nth(1)
                .filter(|_| msg.starts_with("missing field"))
            {
                let missing = FieldErr {
                    path: format!("{}{name}", section.prefix),
                    code: "err-missing".into(),
                    detail: String::new(),
                };
                return incomplete(vec![missing], Vec::new());
            }
            return incomplete(Vec::new(), vec![msg]);
        }
    };
    match answer {
        Ok(o) => Computed::Answer(Box::new(o)),
        Err(EngineError::Invalid { fields: fe }) => incomplete(
            fe.into_iter()
                .map(|f| FieldErr {
                    path: format!("{}{}", section.prefix, f.field),
                    code: problem_code(&f.problem).into(),
                    detail: f.problem.sentence(),
                })
                .collect(),
            Vec::new(),
        ),
        Err(e) => incomplete(Vec::new(), vec![e.sentence()]),
    }
}

/// A field's label from its path (`payments.0.amount` → "Amount (row 1)").
fn field_label(lang: Lang, prefix: &str, path: &str) -> String {
    let path = path.strip_prefix(prefix).unwrap_or(path);
    let parts: Vec<&str> = path.split('.').collect();
    let row = parts.iter().find_map(|p| p.parse::<usize>().ok());
    let last = parts
        .iter()
        .rev()
        .find(|p| p.parse::<usize>().is_err())
        .copied()
        .unwrap_or(path);
    let full = parts
        .iter()
        .filter(|p| p.parse::<usize>().is_err())
        .copied()
        .collect::<Vec<_>>()
        .join(".");
    let mut s = t(lang, &format!("f-{full}")).to_string();
    if s.is_empty() {
        s = label(lang, last);
    }
    match row {
        Some(r) => format!("{s} ({} {})", t(lang, "row"), r.saturating_add(1)),
        None => s,
    }
}

fn message(lang: Lang, e: &FieldErr) -> String {
    match t(lang, &e.code) {
        "" => e.detail.clone(),
        m => m.to_string(),
    }
}

/// The result area of one section: the answer, or what is still needed and what to correct (with
/// links to the fields); then, for print, the inputs it was computed from.
fn result_html(out: &mut String, lang: Lang, section: &Section, fields: &Fields, c: &Computed) {
    match c {
        Computed::Answer(o) => {
            out.push_str("<div class=\"outcome\">");
            out.push_str(&outcome_view::outcome(lang, o));
            out.push_str("</div>");
        }
        Computed::Incomplete {
            missing,
            invalid,
            general,
        } => {
            out.push_str("<div class=\"incomplete\">");
            if !missing.is_empty() {
                let _ = write!(out, "<p>{}</p><ul>", esc(t(lang, "still-needed")));
                for e in missing {
                    let _ = write!(
                        out,
                        "<li><a href=\"#{}\">{}</a></li>",
                        form::id_of(&e.path),
                        esc(&field_label(lang, section.prefix, &e.path))
                    );
                }
                out.push_str("</ul>");
            }
            if !invalid.is_empty() {
                let _ = write!(out, "<p>{}</p><ul>", esc(t(lang, "please-correct")));
                for e in invalid {
                    let _ = write!(
                        out,
                        "<li>{}: {}</li>",
                        esc(&field_label(lang, section.prefix, &e.path)),
                        esc(&message(lang, e))
                    );
                }
                out.push_str("</ul>");
            }
            for g in general {
                let _ = write!(out, "<p class=\"field-error\">{}</p>", esc(g));
            }
            out.push_str("</div>");
        }
    }
    let _ = write!(
        out,
        "<div class=\"print-only\"><h3>{}</h3><ul>",
        esc(t(lang, "your-inputs"))
    );
    for (k, v) in &fields.0 {
        if v.is_empty()
            || !k.starts_with(section.prefix)
            || k == "l"
            || k == "p"
            || k.ends_with(".n")
        {
            continue;
        }
        let _ = write!(
            out,
            "<li>{}: {}</li>",
            esc(&field_label(lang, section.prefix, k)),
            esc(v)
        );
    }
    out.push_str("</ul></div>");
}

/// The forms of a page: one `<section>` per engine calculator, each with an empty live result
/// area (`r-<n>`) the answers go into.
pub fn forms_html(lang: Lang, page: &str, fields: &Fields) -> String {
    let mut out = String::with_capacity(8 * 1024);
    for (i, s) in pages::sections(page).iter().enumerate() {
        let title = esc(t(lang, s.title_key));
        let _ = write!(
            out,
            "<section class=\"calc\" aria-labelledby=\"h-{c}\"><h2 id=\"h-{c}\">{title}</h2>\
             <form class=\"form no-print\" autocomplete=\"off\" novalidate>",
            c = s.calculator
        );
        if s.calculator == "ru-group-check" {
            form::fill_button(&mut out, "group", lang);
        }
        form::render(&mut out, s.specs, s.prefix, fields, lang);
        let _ = write!(
            out,
            "</form><div class=\"result\" id=\"r-{i}\" aria-live=\"polite\" role=\"region\" aria-label=\"{}: {title}\"></div></section>",
            esc(t(lang, "result"))
        );
    }
    out
}

/// "As of" and "until" default to today: filled in once, visibly (so they land in the URL), and
/// editable. Returns the fields it set.
pub fn fill_today(page: &str, today: &str, fields: &mut Fields) -> Fields {
    let mut set = Fields::default();
    for s in pages::sections(page) {
        for key in ["as_of", "until"] {
            if s.specs.iter().any(|sp| sp.key == key) {
                let k = format!("{}{key}", s.prefix);
                if fields.get(&k).unwrap_or("").is_empty() {
                    fields.set(&k, today.to_string());
                    set.set(&k, today.to_string());
                }
            }
        }
    }
    set
}

/// Every section's answer: `result-html ␝ errors ␝ result-html ␝ errors …`, where errors are
/// `element-id ␟ message ␞ …` for the fields typed wrongly (empty fields are listed in the result
/// area instead, not flagged before the user got to them).
pub fn results(lang: Lang, page: &str, fields: &Fields) -> String {
    let mut out = String::with_capacity(16 * 1024);
    for (i, s) in pages::sections(page).iter().enumerate() {
        if i > 0 {
            out.push(PART);
        }
        let c = compute(s, fields);
        result_html(&mut out, lang, s, fields, &c);
        out.push(PART);
        if let Computed::Incomplete { invalid, .. } = &c {
            for e in invalid {
                out.push_str(&form::id_of(&e.path));
                out.push(UNIT);
                out.extend(message(lang, e).chars().filter(|c| !c.is_control()));
                out.push(RECORD);
            }
        }
    }
    out
}

/// The page module's one entry: `op` and the request `lang ␟ page ␟ today ␞ fields…`.
/// Open answers `fields-it-set ␝ forms-html`; compute answers [`results`].
pub fn handle(op: u32, request: &str) -> String {
    let (head, rest) = request.split_once(RECORD).unwrap_or((request, ""));
    let mut head = head.split(UNIT);
    let lang = head.next().and_then(Lang::from_code).unwrap_or(Lang::En);
    let page = head.next().unwrap_or("");
    let today = head.next().unwrap_or("");
    let mut fields = Fields::decode(rest);
    match op {
        OP_OPEN => {
            let mut out = String::new();
            if !today.is_empty() {
                fill_today(page, today, &mut fields).encode(&mut out);
            }
            out.push(PART);
            out.push_str(&forms_html(lang, page, &fields));
            out
        }
        #[cfg(feature = "ru")]
        OP_SHIPPED_GROUP => {
            let mut out = String::new();
            shipped_group().encode(&mut out);
            out
        }
        _ => results(lang, page, &fields),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn req(lang: &str, page: &str, today: &str, fields: &[(&str, &str)]) -> String {
        let mut f = Fields::default();
        for (k, v) in fields {
            f.set(k, v.to_string());
        }
        let mut s = format!("{lang}{UNIT}{page}{UNIT}{today}{RECORD}");
        f.encode(&mut s);
        s
    }

    #[test]
    fn open_fills_today_once_and_draws_labelled_fields() {
        let answer = handle(OP_OPEN, &req("en", "ru-refund", "2026-11-22", &[]));
        let (set, html) = answer.split_once(PART).unwrap();
        assert_eq!(Fields::decode(set).get("as_of"), Some("2026-11-22"));
        assert!(html.contains("<label for=\"f-as_of\">"));
        assert!(html.contains("value=\"2026-11-22\""));
        assert!(html.contains("id=\"r-0\""));
        // A date already typed is kept.
        let answer = handle(
            OP_OPEN,
            &req("en", "ru-refund", "2026-11-22", &[("as_of", "2026-03-29")]),
        );
        assert!(answer.starts_with(PART));
        assert!(answer.contains("value=\"2026-03-29\""));
    }

    #[test]
    fn the_worked_example_answers_and_bad_input_lands_beside_its_field() {
        let case = [
            ("as_of", "2026-03-29"),
            ("payments.n", "2"),
            ("payments.0.amount", "850"),
            ("payments.0.date", "2026-03-01"),
            ("payments.1.amount", "5 950,00"),
            ("payments.1.date", "2026-03-02"),
            ("channel", "e-mail"),
            ("refusal_sent", "2026-03-28T20:00"),
        ];
        let answer = handle(OP_COMPUTE, &req("ru", "ru-refund", "", &case));
        let parts: Vec<&str> = answer.split(PART).collect();
        assert_eq!(parts.len(), 2, "one section: result and errors");
        assert!(parts[0].contains("6\u{a0}800,00\u{a0}₽"), "{}", parts[0]);
        assert!(parts[0].contains("class=\"headline\""));
        assert_eq!(parts[1], "");

        let mut bad = case;
        bad[2] = ("payments.0.amount", "abc");
        let answer = handle(OP_COMPUTE, &req("ru", "ru-refund", "", &bad));
        let parts: Vec<&str> = answer.split(PART).collect();
        assert!(parts[0].contains("Исправьте"));
        assert_eq!(
            parts[1],
            format!("f-payments-0-amount{UNIT}Введите число.{RECORD}")
        );
    }

    #[test]
    fn the_shipped_group_as_fields_checks_like_the_built_in_one() {
        let mut f = shipped_group();
        assert_eq!(f.get("group.weekday"), Some("Wed"));
        assert_eq!(f.get("group.meetings.7"), Some("2026-07-15"));
        assert_eq!(f.get("group.instalments.1.amount"), Some("5950"));
        let built_in = results(Lang::En, "ru-group", &Fields::default());
        f.set("l", "en".into());
        let typed = results(Lang::En, "ru-group", &f);
        // The same answer, except that the typed group is said to be entered.
        let headline = |s: &str| s.split("</p>").next().unwrap_or("").to_string();
        assert_eq!(headline(&built_in), headline(&typed));
        assert!(typed.contains("were entered"));
        assert!(!built_in.contains("were entered"));
    }

    #[test]
    fn a_page_of_another_contract_or_none_answers_nothing() {
        assert_eq!(handle(OP_COMPUTE, &req("en", "nope", "", &[])), "");
        assert_eq!(handle(OP_OPEN, "garbage"), PART.to_string());
    }
}
