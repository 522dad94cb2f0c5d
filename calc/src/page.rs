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
    let mut remap = Vec::new();
    form::parse(
        section.specs,
        fields,
        section.prefix,
        &mut node,
        &mut errs,
        &mut remap,
    );
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
                    path: format!("{}{}", section.prefix, spec_path(section.specs, name)),
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
                    path: format!("{}{}", section.prefix, form_path(&remap, &f.field)),
                    code: problem_code(&f.problem).into(),
                    detail: f.problem.sentence(),
                })
                .collect(),
            Vec::new(),
        ),
        Err(e) => incomplete(Vec::new(), vec![e.sentence()]),
    }
}

/// The form's path for an engine field path: rows renumbered by `form::parse` mapped back.
fn form_path(remap: &[(String, String)], engine: &str) -> String {
    remap
        .iter()
        .filter(|(sent, _)| {
            engine == sent
                || engine
                    .strip_prefix(sent.as_str())
                    .is_some_and(|rest| rest.starts_with('.'))
        })
        .max_by_key(|(sent, _)| sent.len())
        .map(|(sent, typed)| format!("{typed}{}", engine.get(sent.len()..).unwrap_or("")))
        .unwrap_or_else(|| engine.to_string())
}

/// The field a serde "missing field `name`" is about: the spec whose key is `name` or ends with
/// `.name` (a field of a group); a list points at its first row.
fn spec_path(specs: &[form::Spec], name: &str) -> String {
    for spec in specs {
        if let form::Kind::Details(children) = spec.kind {
            let found = spec_path(children, name);
            if found != name {
                return found;
            }
            continue;
        }
        let key = spec.key;
        if key == name || key.strip_suffix(name).is_some_and(|g| g.ends_with('.')) {
            return match spec.kind {
                form::Kind::List(items) => match items.first().map(|i| i.key) {
                    Some(first) if !first.is_empty() => format!("{key}.0.{first}"),
                    _ => format!("{key}.0"),
                },
                _ => key.to_string(),
            };
        }
    }
    name.to_string()
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
    // The label the form shows: the full key's, else the field's own (a list row's "Amount"),
    // else the key made readable — never a raw field name when a label exists.
    let mut s = t(lang, &format!("f-{full}")).to_string();
    if s.is_empty() {
        s = t(lang, &format!("f-{last}")).to_string();
    }
    if s.is_empty() {
        s = label(lang, last);
    }
    match row {
        Some(r) => format!("{s} ({} {})", t(lang, "row"), r.saturating_add(1)),
        None => s,
    }
}

fn message(lang: Lang, e: &FieldErr) -> String {
    // The engine's reason (`at least two meter readings`), in the user's language when known.
    let reason = match &e.detail {
        d if d.is_empty() => "",
        d => {
            let inner = d
                .strip_prefix("Inconsistent: ")
                .or_else(|| d.strip_prefix("Out of range: "))
                .unwrap_or(d)
                .trim_end_matches('.');
            t(lang, &format!("d-{inner}"))
        }
    };
    if !reason.is_empty() {
        return format!("{} {reason}", t(lang, &e.code));
    }
    // "outside the metered span 2026-01-01 – 2026-04-30": the span, with the dates as on screen.
    let span = e
        .detail
        .split_once("outside the metered span ")
        .and_then(|(_, rest)| rest.trim_end_matches('.').split_once(" – "))
        .and_then(|(a, b)| Some((form::parse_date(a)?, form::parse_date(b)?)));
    if let Some((a, b)) = span {
        return format!(
            "{} {}",
            t(lang, &e.code),
            t(lang, "d-outside-span")
                .replace("{from}", &crate::format::date(lang, a))
                .replace("{to}", &crate::format::date(lang, b))
        );
    }
    match t(lang, &e.code) {
        "" => e.detail.clone(),
        m => m.to_string(),
    }
}

/// The result area of one section: the answer, or what is still needed and what to correct (with
/// links to the fields).
fn result_html(out: &mut String, lang: Lang, section: &Section, c: &Computed) {
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
}

/// For print: the inputs a section was computed from (not the other sections' fields).
fn inputs_html(out: &mut String, lang: Lang, page: &str, section: &Section, fields: &Fields) {
    let others: Vec<&str> = pages::sections(page)
        .iter()
        .map(|s| s.prefix)
        .filter(|p| !p.is_empty() && *p != section.prefix)
        .collect();
    let _ = write!(out, "<h3>{}</h3><ul>", esc(t(lang, "your-inputs")));
    for (k, v) in &fields.0 {
        let mine = k.starts_with(section.prefix) && !others.iter().any(|p| k.starts_with(p));
        if v.is_empty() || !mine {
            continue;
        }
        // Only this section's own fields (not what was typed on other pages), shown as on screen.
        let rel = k.strip_prefix(section.prefix).unwrap_or(k);
        let Some(spec) = form::spec_of(section.specs, rel) else {
            continue;
        };
        let _ = write!(
            out,
            "<li>{}: {}</li>",
            esc(&field_label(lang, section.prefix, k)),
            esc(&form::display_value(lang, spec.kind, v))
        );
    }
    out.push_str("</ul>");
}

/// The form fields of each section of a page, as HTML.
pub fn forms(lang: Lang, page: &str, fields: &Fields) -> Vec<String> {
    pages::sections(page)
        .iter()
        .map(|s| {
            let mut out = String::with_capacity(8 * 1024);
            if s.calculator == "ru-group-check" {
                form::fill_button(&mut out, "group", lang);
            }
            form::render(&mut out, s.specs, s.prefix, fields, lang);
            out
        })
        .collect()
}

/// A page: one `<section>` per engine calculator, each with its form (`forms`), an empty result
/// area (`r-<n>`) the answers go into, a polite live region (`a-<n>`, visually hidden) that says
/// the one-sentence answer when it changes, and a print-only list of the inputs (`p-<n>`).
pub fn page_html(lang: Lang, page: &str, forms: &[String]) -> String {
    let mut out = String::with_capacity(16 * 1024);
    let sections = pages::sections(page);
    // A page of one calculator: its section title repeats the page's, so it is for screen
    // readers only (the heading order stays h1 → h2 → h3).
    let h2 = if sections.len() == 1 {
        " class=\"vh\""
    } else {
        ""
    };
    for (i, (s, form)) in sections.iter().zip(forms).enumerate() {
        let title = esc(t(lang, s.title_key));
        let _ = write!(
            out,
            "<section class=\"calc\" aria-labelledby=\"h-{c}\"><h2 id=\"h-{c}\"{h2}>{title}</h2>\
             <p class=\"to-answer no-print\"><a href=\"#r-{i}\">{}</a></p>\
             <form class=\"form no-print\" autocomplete=\"off\" novalidate>{form}</form>\
             <div class=\"result\" id=\"r-{i}\" role=\"region\" aria-label=\"{}: {title}\"></div>\
             <p class=\"vh\" id=\"a-{i}\" aria-live=\"polite\"></p>\
             <div class=\"print-only\" id=\"p-{i}\"></div></section>",
            esc(t(lang, "to-answer")),
            esc(t(lang, "result")),
            c = s.calculator
        );
    }
    out
}

/// "As of" and "until" default to today: filled in once, visibly (so they land in the URL), and
/// editable. Returns the fields it set.
pub fn fill_today(page: &str, today: &str, fields: &mut Fields) -> Fields {
    let mut set = Fields::default();
    for s in pages::sections(page) {
        for key in crate::embed::TODAY_KEYS {
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

/// Every section's answer: `result-html ␝ inputs-html ␝ errors ␝ announcement ␝ summary ␝ …` per
/// section,
/// where errors are
/// `element-id ␟ message ␞ …` for the fields typed wrongly (empty fields are listed in the result
/// area instead, not flagged before the user got to them).
pub fn results(lang: Lang, page: &str, fields: &Fields) -> String {
    let mut out = String::with_capacity(16 * 1024);
    for (i, s) in pages::sections(page).iter().enumerate() {
        if i > 0 {
            out.push(PART);
        }
        let c = compute(s, fields);
        result_html(&mut out, lang, s, &c);
        out.push(PART);
        inputs_html(&mut out, lang, page, s, fields);
        out.push(PART);
        if let Computed::Incomplete { invalid, .. } = &c {
            for e in invalid {
                out.push_str(&form::id_of(&e.path));
                out.push(UNIT);
                out.extend(message(lang, e).chars().filter(|c| !c.is_control()));
                out.push(RECORD);
            }
        }
        out.push(PART);
        out.extend(
            announcement(lang, s, &c)
                .chars()
                .filter(|c| !c.is_control()),
        );
        // For an embedding page that asked for it: the calculator and the headline's date or
        // amount (`calculator ␟ kind ␟ value`), no personal data.
        out.push(PART);
        if let Computed::Answer(o) = &c {
            if let Some((kind, value)) = outcome_view::summary(o) {
                out.push_str(s.calculator);
                out.push(UNIT);
                out.push_str(kind);
                out.push(UNIT);
                out.push_str(&value);
            }
        }
    }
    out
}

/// What a screen reader is told when the answer changes: the one-sentence answer, or what is
/// still needed — not the whole result with its tables (that stays there to be read at will).
fn announcement(lang: Lang, section: &Section, c: &Computed) -> String {
    match c {
        Computed::Answer(o) => outcome_view::notice_text(lang, "hl-", &o.headline),
        Computed::Incomplete {
            missing,
            invalid,
            general,
        } => {
            let names = |errs: &[FieldErr]| {
                errs.iter()
                    .map(|e| field_label(lang, section.prefix, &e.path))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let mut parts = Vec::new();
            if !invalid.is_empty() {
                parts.push(format!("{} {}", t(lang, "please-correct"), names(invalid)));
            }
            if !missing.is_empty() {
                parts.push(format!("{} {}", t(lang, "still-needed"), names(missing)));
            }
            parts.extend(general.iter().cloned());
            parts.join(". ")
        }
    }
}

/// The page module's one entry: `op` and the request `lang ␟ page ␟ today ␞ fields…`.
/// Open answers `fields-it-set ␝ page-html ␝ form-0 ␝ form-1…` (the page, and each form alone
/// for a redraw that keeps the result areas); compute answers [`results`].
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
            let forms = forms(lang, page, &fields);
            out.push(PART);
            out.push_str(&page_html(lang, page, &forms));
            for f in &forms {
                out.push(PART);
                out.push_str(f);
            }
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
        assert_eq!(
            parts.len(),
            5,
            "one section: result, inputs, errors, announcement, summary"
        );
        assert_eq!(
            parts[4], "ru-refund\u{1f}date\u{1f}2026-04-10",
            "{}",
            parts[4]
        );
        assert!(
            parts[3].starts_with("Отказ отправлен не позднее чем за 10 дней до начала"),
            "{}",
            parts[3]
        );
        assert!(parts[0].contains("6\u{a0}800,00\u{a0}₽"), "{}", parts[0]);
        assert!(parts[0].contains("class=\"headline\""));
        assert!(
            parts[1].contains("5 950,00"),
            "the inputs as typed, for print"
        );
        assert_eq!(parts[2], "");

        let mut bad = case;
        bad[2] = ("payments.0.amount", "abc");
        let answer = handle(OP_COMPUTE, &req("ru", "ru-refund", "", &bad));
        let parts: Vec<&str> = answer.split(PART).collect();
        assert!(parts[0].contains("Исправьте"));
        assert_eq!(
            parts[2],
            format!("f-payments-0-amount{UNIT}Введите сумму цифрами, например 6800 или 6 800,50.{RECORD}")
        );
    }

    #[test]
    fn an_engine_error_lands_on_the_row_it_was_typed_in() {
        // Row 0 left empty: the engine gets the typed row as payments.0 and complains about it;
        // the message belongs beside row 1, where it was typed.
        let case = [
            ("as_of", "2026-03-29"),
            ("payments.n", "2"),
            ("payments.1.amount", "-5"),
            ("payments.1.date", "2026-03-01"),
        ];
        let answer = handle(OP_COMPUTE, &req("en", "ru-refund", "", &case));
        let errors = answer.split(PART).nth(2).unwrap();
        assert!(errors.starts_with("f-payments-1-amount\u{1f}"), "{errors}");
        assert!(answer.contains("Amount (row 2)"), "{answer}");
    }

    #[test]
    fn a_required_list_left_empty_points_at_its_first_row() {
        // The group was started, but no meeting date was typed.
        let case = [
            ("group.meeting_start", "19:00"),
            ("group.meeting_end", "21:00"),
            ("group.period_from", "2026-09-02"),
            ("group.period_to", "2026-09-30"),
            ("group.stated_meeting_count", "3"),
            ("group.price", "3000"),
            ("group.price_per_meeting", "1000"),
        ];
        let answer = handle(OP_COMPUTE, &req("en", "ru-group", "", &case));
        assert!(answer.contains("href=\"#f-group-meetings-0\""), "{answer}");
        assert_eq!(
            spec_path(pages::sections("ru-refund")[0].specs, "meetings"),
            "group.meetings.0"
        );
        assert_eq!(
            spec_path(pages::sections("ru-refund")[0].specs, "as_of"),
            "as_of"
        );
    }

    #[test]
    fn every_page_answers_extreme_input_without_trapping() {
        // In the page module a panic aborts it, and the input stays in the URL: every value a
        // user can type must give an answer or a message. Each text field of each page gets each
        // of these (dates and times go through the same parsers).
        let values = [
            "",
            "0",
            "-1",
            "79228162514264337593543950335",
            "7922816251426433759354395033",
            "-79228162514264337593543950335",
            "0.0000000000000000000000000001",
            "1e30",
            "9999-12-31",
            "0001-01-01",
            "262143-12-31",
            "2026-02-30",
            "23:59",
            "99:99",
            "2026-03-28T24:00",
            "абв",
            "<script>",
        ];
        fn keys(specs: &[form::Spec], prefix: &str, out: &mut Vec<String>) {
            for s in specs {
                match s.kind {
                    form::Kind::List(items) => {
                        for it in items {
                            if it.key.is_empty() {
                                out.push(format!("{prefix}{}.0", s.key));
                            } else {
                                out.push(format!("{prefix}{}.0.{}", s.key, it.key));
                            }
                        }
                    }
                    form::Kind::Details(children) => keys(children, prefix, out),
                    _ => out.push(format!("{prefix}{}", s.key)),
                }
            }
        }
        // Each page's worked example (as in tests/e2e/calc-support.mjs), so that one changed
        // field still reaches the engine and the drawing of its answer.
        let bases = [
            ("ru-refund", "payments.n=2&payments.0.amount=850&payments.0.date=2026-03-01&payments.1.amount=5950&payments.1.date=2026-03-02&refusal_sent=2026-03-28T20:00&channel=e-mail&as_of=2026-03-29&expenses.0.amount=100&expenses.0.documented=1&key_rates.0.from=2026-12-01&key_rates.0.percent=15&refund_paid_on=2026-05-01"),
            ("ru-deadlines", "payments.0.amount=850&payments.0.date=2025-12-20&refusal_sent=2025-12-25T10:00&channel=e-mail&as_of=2025-12-26"),
            ("ru-late-interest", "amount=50000&deadline=2025-05-31&as_of=2025-10-31&reason=provider-breach&price=6800"),
            ("ru-group", "group.weekday=Wed&group.meeting_start=19:00&group.meeting_end=21:00&group.period_from=2026-09-02&group.period_to=2026-09-30&group.meetings.n=2&group.meetings.0=2026-09-02&group.meetings.1=2026-09-16&group.stated_meeting_count=2&group.price=2000&group.price_per_meeting=1000&group.instalments.0.amount=2000&group.instalments.0.due=2026-09-01"),
            ("se-withdrawal", "channel=distance&concluded=2025-06-06&information=given-same-day&supplied_kwh=100&price_per_kwh=1.2&paid=50&notice_sent=2025-06-10&supply_started=2025-06-07&express_request=yes"),
            ("se-billing", "reconciliation_date=2026-05-10&right_to_estimate=yes&invoices.n=2&invoices.0.from=2026-01-01&invoices.0.to=2026-02-28&invoices.0.estimated_kwh=800&invoices.0.amount=1000.00&invoices.1.from=2026-03-01&invoices.1.to=2026-04-30&invoices.1.estimated_kwh=800&invoices.1.amount=1000.00&readings.n=2&readings.0.date=2026-01-01&readings.0.reading_kwh=10000&readings.1.date=2026-05-01&readings.1.reading_kwh=11900&prices.n=2&prices.0.from=2026-01-01&prices.0.to=2026-02-28&prices.0.price_per_kwh=1.00&prices.0.monthly_fee=50.00&prices.0.vat_percent=25&prices.1.from=2026-03-01&prices.1.to=2026-04-30&prices.1.price_per_kwh=1.20&prices.1.monthly_fee=50.00&prices.1.vat_percent=25"),
            ("se-deadlines", "due_date.invoice_sent=2026-01-05&li.amount=10000.00&li.due_date=2025-05-28&li.until=2025-07-31&security.estimated_monthly_charges=1000&disconnection.served=2026-01-10"),
        ];
        let mut answered = 0;
        for (page, base) in bases {
            let base: Vec<(&str, &str)> = base
                .split('&')
                .filter_map(|kv| kv.split_once('='))
                .collect();
            let ok = handle(OP_COMPUTE, &req("en", page, "", &base));
            assert!(
                ok.contains("class=\"headline\""),
                "{page}: the base case answers: {ok}"
            );
            let mut all = Vec::new();
            for s in pages::sections(page) {
                keys(s.specs, s.prefix, &mut all);
            }
            for v in values {
                // Every field at once set to v, and each field alone changed in the base case.
                let every: Vec<(&str, &str)> = all.iter().map(|k| (k.as_str(), v)).collect();
                let _ = handle(OP_COMPUTE, &req("en", page, "", &every));
                for k in &all {
                    let mut case: Vec<(&str, &str)> =
                        base.iter().copied().filter(|(b, _)| b != k).collect();
                    case.push((k.as_str(), v));
                    let answer = handle(OP_COMPUTE, &req("sv", page, "", &case));
                    answered += usize::from(answer.contains("class=\"headline\""));
                }
            }
        }
        assert!(
            answered > 500,
            "only {answered} changed cases reached an answer"
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

    #[test]
    fn messages_name_the_field_and_the_reason_in_the_users_language() {
        // A price row with only a price: the missing fields by their labels, in Swedish.
        let case = [
            ("reconciliation_date", "2026-05-10"),
            ("right_to_estimate", "yes"),
            ("prices.0.price_per_kwh", "1.00"),
        ];
        let answer = handle(OP_COMPUTE, &req("sv", "se-billing", "", &case));
        assert!(
            !answer.contains("monthly fee") && !answer.contains("vat percent"),
            "{answer}"
        );
        assert!(answer.contains("(rad 1)"), "{answer}");
        // One meter reading: the engine's reason, in Swedish.
        let case = [
            ("reconciliation_date", "2026-05-10"),
            ("right_to_estimate", "yes"),
            ("invoices.0.from", "2026-01-01"),
            ("invoices.0.to", "2026-02-28"),
            ("invoices.0.estimated_kwh", "800"),
            ("invoices.0.amount", "1000.00"),
            ("readings.0.date", "2026-01-01"),
            ("readings.0.reading_kwh", "10000"),
            ("prices.0.from", "2026-01-01"),
            ("prices.0.to", "2026-02-28"),
            ("prices.0.price_per_kwh", "1.00"),
            ("prices.0.monthly_fee", "50.00"),
            ("prices.0.vat_percent", "25"),
        ];
        let answer = handle(OP_COMPUTE, &req("sv", "se-billing", "", &case));
        assert!(
            answer.contains("Minst två mätarställningar behövs."),
            "{answer}"
        );
        // An invoice outside the metered span: the span, with its dates.
        let case = [
            ("reconciliation_date", "2026-05-10"),
            ("right_to_estimate", "yes"),
            ("invoices.0.from", "2025-11-01"),
            ("invoices.0.to", "2026-02-28"),
            ("invoices.0.estimated_kwh", "800"),
            ("invoices.0.amount", "1000.00"),
            ("readings.n", "2"),
            ("readings.0.date", "2026-01-01"),
            ("readings.0.reading_kwh", "10000"),
            ("readings.1.date", "2026-05-01"),
            ("readings.1.reading_kwh", "11900"),
            ("prices.0.from", "2025-11-01"),
            ("prices.0.to", "2026-04-30"),
            ("prices.0.price_per_kwh", "1.00"),
            ("prices.0.monthly_fee", "50.00"),
            ("prices.0.vat_percent", "25"),
        ];
        let answer = handle(OP_COMPUTE, &req("sv", "se-billing", "", &case));
        assert!(
            answer.contains("utanför perioden mellan mätarställningarna (tors, 2026-01-01 – "),
            "{answer}"
        );
        // An event after "as of": the reason, not only "out of range".
        let case = [
            ("as_of", "2026-03-20"),
            ("payments.0.amount", "850"),
            ("payments.0.date", "2026-03-01"),
            ("refusal_sent", "2026-03-28T20:00"),
            ("channel", "e-mail"),
        ];
        let answer = handle(OP_COMPUTE, &req("en", "ru-refund", "", &case));
        assert!(
            answer.contains("The date must be on or before the date of the calculation."),
            "{answer}"
        );
        // A key-rate row: its label, not "percent".
        assert!(!field_label(Lang::Ru, "", "key_rates.0.percent").starts_with("percent"));
        // A huge count: beside its field, in the user's language.
        let case = [
            ("channel", "distance"),
            ("concluded", "2025-06-06"),
            ("period_days", "5000000000"),
        ];
        let answer = handle(OP_COMPUTE, &req("sv", "se-withdrawal", "", &case));
        assert!(
            answer.contains("f-period_days\u{1f}För stort tal"),
            "{answer}"
        );
        assert!(!answer.contains("expected u32"), "{answer}");
    }
}
