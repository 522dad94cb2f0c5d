//! A calculator page (feature `calculators`): the forms of its sections, the engine's answer for
//! each, and copy-link / print / clear. The engine computes; this module only parses the form and
//! renders what comes back.

use crate::app::Page;
use crate::form::{self, FieldErr};
use crate::i18n::{label, t, Lang};
use crate::node::Node;
use crate::outcome_view;
use crate::pages::Section;
use crate::state;
use clausecalc_engine::{evaluate, EngineError, Outcome, Scenario};
use leptos::prelude::*;
use serde::Deserialize;

/// Today in the browser's clock: the one place the app reads the clock (the engine never does).
fn today() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}

/// What a section's form gives right now.
#[derive(Clone, Debug, PartialEq)]
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

fn compute(section: &Section, fields: &state::Fields) -> Computed {
    let mut node = Node::map();
    let mut errs = Vec::new();
    form::parse(section.specs, fields, section.prefix, &mut node, &mut errs);
    let split = |errs: Vec<FieldErr>, general: Vec<String>| {
        let (missing, invalid): (Vec<_>, Vec<_>) =
            errs.into_iter().partition(|e| e.code == "err-missing");
        Computed::Incomplete {
            missing,
            invalid,
            general,
        }
    };
    if !errs.is_empty() {
        return split(errs, Vec::new());
    }
    let scenario = match scenario_of(section.calculator, node) {
        Ok(s) => s,
        Err(e) => {
            // serde says "missing field `x`": put it beside field x.
            let msg = e.0;
            if let Some(name) = msg
                .split('`')
                .nth(1)
                .filter(|_| msg.starts_with("missing field"))
            {
                return split(
                    vec![FieldErr {
                        path: format!("{}{name}", section.prefix),
                        code: "err-missing".into(),
                        detail: String::new(),
                    }],
                    Vec::new(),
                );
            }
            return split(Vec::new(), vec![msg]);
        }
    };
    match evaluate(&scenario) {
        Ok(o) => Computed::Answer(Box::new(o)),
        Err(EngineError::Invalid { fields: fe }) => split(
            fe.into_iter()
                .map(|f| {
                    let code = match &f.problem {
                        clausecalc_engine::Problem::Missing => "err-missing".to_string(),
                        p => format!("err-{}", serde_code(p)),
                    };
                    FieldErr {
                        path: format!("{}{}", section.prefix, f.field),
                        code,
                        detail: f.problem.sentence(),
                    }
                })
                .collect(),
            Vec::new(),
        ),
        Err(e) => split(Vec::new(), vec![e.sentence()]),
    }
}

/// The scenario for `calculator`, deserialising its input type directly (the documented format
/// without the `calculator` tag): cheaper in bytes than buffering the tagged enum.
fn scenario_of(calculator: &str, node: Node) -> Result<Scenario, crate::node::Error> {
    use clausecalc_engine::{ru_intervision as ru, se_electricity as se};
    Ok(match calculator {
        "ru-refund" => Scenario::RuRefund(ru::RefundInput::deserialize(node)?),
        "ru-deadlines" => Scenario::RuDeadlines(ru::DeadlinesInput::deserialize(node)?),
        "ru-late-interest" => Scenario::RuLateInterest(ru::LateInterestInput::deserialize(node)?),
        "se-withdrawal" => Scenario::SeWithdrawal(se::WithdrawalInput::deserialize(node)?),
        "se-billing" => Scenario::SeBilling(se::BillingInput::deserialize(node)?),
        "se-deadlines" => Scenario::SeDeadlines(se::DeadlinesInput::deserialize(node)?),
        _ => Scenario::SeLateInterest(se::LateInterestInput::deserialize(node)?),
    })
}

fn serde_code(p: &clausecalc_engine::Problem) -> &'static str {
    use clausecalc_engine::Problem::*;
    match p {
        Missing => "missing",
        Negative => "negative",
        NotPositive => "not-positive",
        BeforeOther { .. } => "before-other",
        OutOfRange { .. } => "out-of-range",
        Inconsistent { .. } => "inconsistent",
    }
}

#[component]
pub fn CalculatorPage(
    p: Page,
    lang: RwSignal<Lang>,
    page: RwSignal<Page>,
    fields: RwSignal<state::Fields>,
) -> impl IntoView {
    // "As of" defaults to today: filled in once, visibly, and editable.
    fields.update(|f| {
        for s in p.sections() {
            for key in ["as_of", "until"] {
                if s.specs.iter().any(|sp| sp.key == key) {
                    let k = format!("{}{key}", s.prefix);
                    if f.get(&k).unwrap_or("").is_empty() {
                        f.set(&k, today());
                    }
                }
            }
        }
    });
    let copied = RwSignal::new(false);
    let copy_link = move |_| {
        let href = window().location().href().unwrap_or_default();
        let clip = window().navigator().clipboard();
        let _ = clip.write_text(&href);
        copied.set(true);
    };
    let print = move |_| {
        let _ = window().print();
    };
    let clear = move |_| {
        state::clear();
        fields.update(|f| f.0.retain(|(k, _)| k == "l" || k == "p"));
        page.set(Page::Start);
        page.set(p);
    };
    let sections = p
        .sections()
        .iter()
        .map(|section| {
            let computed = Memo::new(move |_| fields.with(|f| compute(section, f)));
            // Beside the fields: what is wrong with what was typed. What is still empty is listed in
            // the result area (with links to the fields), not flagged as an error before typing.
            let errors = Signal::derive(move || match computed.get() {
                Computed::Answer(_) => Vec::new(),
                Computed::Incomplete { invalid, .. } => invalid,
            });
            let result = move || {
                let l = lang.get();
                match computed.get() {
                    Computed::Answer(o) => view! { <div class="outcome" inner_html=outcome_view::outcome(l, &o)></div> }.into_any(),
                    Computed::Incomplete { missing, invalid, general } => view! {
                        <div class="incomplete">
                            {(!missing.is_empty()).then(|| view! {
                                <p>{t(l, "still-needed")}</p>
                                <ul>{missing.iter().map(|e| view! { <li><a href=format!("#f-{}", e.path.replace('.', "-"))>{field_label(l, &e.path)}</a></li> }).collect_view()}</ul>
                            })}
                            {(!invalid.is_empty()).then(|| view! {
                                <p>{t(l, "please-correct")}</p>
                                <ul>{invalid.iter().map(|e| view! { <li>{field_label(l, &e.path)} ": " {let m = t(l, &e.code); if m.is_empty() { e.detail.clone() } else { m.to_string() }}</li> }).collect_view()}</ul>
                            })}
                            {general.into_iter().map(|g| view! { <p class="field-error">{g}</p> }).collect_view()}
                        </div>
                    }.into_any(),
                }
            };
            let inputs_summary = move || {
                let l = lang.get();
                fields.with(|f| {
                    f.0.iter()
                        .filter(|(k, v)| !v.is_empty() && k.starts_with(section.prefix) && k != "l" && k != "p" && !k.ends_with(".n"))
                        .map(|(k, v)| view! { <li>{field_label(l, k)} ": " {v.clone()}</li> })
                        .collect_view()
                })
            };
            view! {
                <section class="calc" aria-labelledby=format!("h-{}", section.calculator)>
                    <h2 id=format!("h-{}", section.calculator)>{move || t(lang.get(), section.title_key)}</h2>
                    <form class="form no-print" on:submit=|ev| ev.prevent_default() autocomplete="off">
                        {form::render(section.specs, section.prefix.to_string(), fields, errors, lang)}
                    </form>
                    <div class="result" aria-live="polite" role="region" aria-label=move || format!("{}: {}", t(lang.get(), "result"), t(lang.get(), section.title_key))>
                        {result}
                    </div>
                    <div class="print-only">
                        <h3>{move || t(lang.get(), "your-inputs")}</h3>
                        <ul>{inputs_summary}</ul>
                    </div>
                </section>
            }
        })
        .collect_view();
    view! {
        <section class="page">
            <p class="no-print"><a href="?" on:click=move |ev| { ev.prevent_default(); page.set(Page::Start); }>"← " {move || t(lang.get(), "back")}</a></p>
            <h1>{move || t(lang.get(), &p.title_key())}</h1>
            <p class="question">{move || t(lang.get(), &format!("{}-q", p.title_key()))}</p>
            <div class="actions no-print">
                <button type="button" on:click=copy_link>{move || t(lang.get(), if copied.get() { "link-copied" } else { "copy-link" })}</button>
                <button type="button" class="secondary" on:click=print>{move || t(lang.get(), "print")}</button>
                <button type="button" class="secondary" on:click=clear>{move || t(lang.get(), "clear-data")}</button>
            </div>
            {sections}
            <p class="print-only">{move || t(lang.get(), "computed-on")} " " {today()} " · " {move || window().location().href().unwrap_or_default()}</p>
        </section>
    }
}

/// A field's label from its path (`payments.0.amount` → "Amount (row 1)").
fn field_label(lang: Lang, path: &str) -> String {
    let path = path.strip_prefix("li.").unwrap_or(path);
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
        Some(r) => format!("{s} ({} {})", t(lang, "row"), r + 1),
        None => s,
    }
}
