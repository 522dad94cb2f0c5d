//! The shell: header with the language switch, the page chosen by the URL, the footer.

use crate::form::{self, FieldErr};
use crate::i18n::{label, t, Lang};
use crate::node::Node;
use crate::outcome_view;
use crate::pages::{self, Section};
use crate::state::{self, Fields};
use clausecalc_engine::calendar::{ru_coverage, Coverage};
use clausecalc_engine::interest::RateTable;
use clausecalc_engine::{evaluate, EngineError, Outcome, Scenario};
use leptos::prelude::*;
use serde::Deserialize;

/// The pages, each bound to one or more engine calculators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    Start,
    RuRefund,
    RuDeadlines,
    RuLateInterest,
    SeWithdrawal,
    SeBilling,
    SeDeadlines,
}

impl Page {
    pub const CALCULATORS: [Page; 6] = [
        Page::RuRefund,
        Page::RuDeadlines,
        Page::RuLateInterest,
        Page::SeWithdrawal,
        Page::SeBilling,
        Page::SeDeadlines,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Page::Start => "start",
            Page::RuRefund => "ru-refund",
            Page::RuDeadlines => "ru-deadlines",
            Page::RuLateInterest => "ru-late-interest",
            Page::SeWithdrawal => "se-withdrawal",
            Page::SeBilling => "se-billing",
            Page::SeDeadlines => "se-deadlines",
        }
    }

    pub fn from_id(id: &str) -> Page {
        Self::CALCULATORS
            .into_iter()
            .find(|p| p.id() == id)
            .unwrap_or(Page::Start)
    }

    /// The language of the page's contract.
    pub fn contract_lang(self) -> Option<Lang> {
        match self {
            Page::Start => None,
            Page::RuRefund | Page::RuDeadlines | Page::RuLateInterest => Some(Lang::Ru),
            _ => Some(Lang::Sv),
        }
    }

    pub fn sections(self) -> &'static [Section] {
        match self {
            Page::Start => &[],
            Page::RuRefund => pages::RU_REFUND,
            Page::RuDeadlines => pages::RU_DEADLINES,
            Page::RuLateInterest => pages::RU_LATE_INTEREST,
            Page::SeWithdrawal => pages::SE_WITHDRAWAL,
            Page::SeBilling => pages::SE_BILLING,
            Page::SeDeadlines => pages::SE_DEADLINES,
        }
    }

    fn title_key(self) -> String {
        format!("page-{}", self.id())
    }
}

/// URL `l=` first, then the browser's languages, then the contract's, then English.
fn initial_lang(fields: &Fields, page: Page) -> Lang {
    if let Some(l) = fields.get("l").and_then(Lang::from_code) {
        return l;
    }
    let nav = window().navigator();
    let mut langs: Vec<String> = nav
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if let Some(l) = nav.language() {
        langs.push(l);
    }
    langs
        .iter()
        .find_map(|c| Lang::from_code(c))
        .or(page.contract_lang())
        .unwrap_or(Lang::En)
}

#[component]
pub fn App() -> impl IntoView {
    let initial = state::initial();
    let page0 = Page::from_id(initial.get("p").unwrap_or(""));
    let lang = RwSignal::new(initial_lang(&initial, page0));
    let page = RwSignal::new(page0);
    let fields = RwSignal::new(initial);

    // Keep URL, draft and <html lang> in step with the state.
    Effect::new(move |_| {
        let l = lang.get();
        let p = page.get();
        fields.update_untracked(|f| {
            f.set("l", l.code().to_string());
            f.set(
                "p",
                if p == Page::Start {
                    String::new()
                } else {
                    p.id().to_string()
                },
            );
        });
        fields.with(state::persist);
        if let Some(el) = document().document_element() {
            let _ = el.set_attribute("lang", l.code());
        }
    });

    // Tell tests and the benchmark the app is interactive.
    request_animation_frame(|| {
        if let Some(b) = document().body() {
            let _ = b.set_attribute("data-ready", "1");
        }
    });

    view! {
        <header class="top">
            <a class="brand" href="?" on:click=move |ev| { ev.prevent_default(); page.set(Page::Start); }>
                "clausecalc"
            </a>
            <label class="lang">
                <span class="vh">{move || t(lang.get(), "language")}</span>
                <select
                    id="lang"
                    on:change=move |ev| {
                        if let Some(l) = Lang::from_code(&event_target_value(&ev)) { lang.set(l) }
                    }
                    prop:value=move || lang.get().code()
                >
                    {Lang::ALL.into_iter().map(|l| view! { <option value=l.code()>{l.native_name()}</option> }).collect_view()}
                </select>
            </label>
        </header>
        <main id="main">
            {move || match page.get() {
                Page::Start => view! { <StartPage lang page/> }.into_any(),
                p => view! { <CalculatorPage p lang page fields/> }.into_any(),
            }}
        </main>
        <footer class="foot">
            <p>{move || t(lang.get(), "disclaimer")}</p>
            <button type="button" class="secondary" on:click=move |_| {
                state::clear();
                fields.set(Fields::default());
                page.set(Page::Start);
            }>{move || t(lang.get(), "clear-data")}</button>
        </footer>
    }
}

#[component]
fn StartPage(lang: RwSignal<Lang>, page: RwSignal<Page>) -> impl IntoView {
    let link = move |p: Page| {
        view! {
            <li>
                <a href=format!("?p={}", p.id()) on:click=move |ev| { ev.prevent_default(); page.set(p); }>
                    <strong>{move || t(lang.get(), &p.title_key())}</strong>
                    <span>{move || t(lang.get(), &format!("{}-q", p.title_key()))}</span>
                </a>
            </li>
        }
    };
    let key_rate = RateTable::ru_key_rate().known_until;
    let ref_rate = RateTable::se_reference_rate().known_until;
    let cal = move || {
        let l = lang.get();
        (2025..=2027)
            .map(|y| {
                let s = match ru_coverage(y) {
                    Coverage::Confirmed => t(l, "confirmed"),
                    _ => t(l, "provisional"),
                };
                format!("{y}: {s}")
            })
            .collect::<Vec<_>>()
            .join(" · ")
    };
    view! {
        <section class="start">
            <h1>{move || t(lang.get(), "app-title")}</h1>
            <p class="tagline">{move || t(lang.get(), "app-tagline")}</p>
            <h2>{move || t(lang.get(), "start-question")}</h2>
            <div class="contracts">
                <div class="contract">
                    <h3>{move || t(lang.get(), "contract-ru")}</h3>
                    <ul class="questions">{link(Page::RuRefund)}{link(Page::RuDeadlines)}{link(Page::RuLateInterest)}</ul>
                </div>
                <div class="contract">
                    <h3>{move || t(lang.get(), "contract-se")}</h3>
                    <ul class="questions">{link(Page::SeWithdrawal)}{link(Page::SeBilling)}{link(Page::SeDeadlines)}</ul>
                </div>
            </div>
            <h2>{move || t(lang.get(), "tables-status")}</h2>
            <ul class="tables">
                <li>{move || t(lang.get(), "ru-calendar")} ": " {cal}</li>
                <li>{move || t(lang.get(), "key-rate")} ", " {move || t(lang.get(), "known-until")} " " {key_rate.to_string()}</li>
                <li>{move || t(lang.get(), "reference-rate")} ", " {move || t(lang.get(), "known-until")} " " {ref_rate.to_string()}</li>
            </ul>
        </section>
    }
}

/// Today in the browser's clock: the one place the app reads the clock (the engine never does).
fn today() -> String {
    let d = js_sys::Date::new_0();
    format!("{:04}-{:02}-{:02}", d.get_full_year(), d.get_month() + 1, d.get_date())
}

/// What a section's form gives right now.
#[derive(Clone, Debug, PartialEq)]
enum Computed {
    /// The engine's answer.
    Answer(Box<Outcome>),
    /// Required fields still empty (and any invalid ones).
    Incomplete { missing: Vec<FieldErr>, invalid: Vec<FieldErr>, general: Vec<String> },
}

fn compute(section: &Section, fields: &state::Fields) -> Computed {
    let mut node = Node::map();
    let mut errs = Vec::new();
    form::parse(section.specs, fields, section.prefix, &mut node, &mut errs);
    let split = |errs: Vec<FieldErr>, general: Vec<String>| {
        let (missing, invalid): (Vec<_>, Vec<_>) = errs.into_iter().partition(|e| e.code == "err-missing");
        Computed::Incomplete { missing, invalid, general }
    };
    if !errs.is_empty() {
        return split(errs, Vec::new());
    }
    let scenario = match scenario_of(section.calculator, node) {
        Ok(s) => s,
        Err(e) => {
            // serde says "missing field `x`": put it beside field x.
            let msg = e.0;
            if let Some(name) = msg.split('`').nth(1).filter(|_| msg.starts_with("missing field")) {
                return split(vec![FieldErr { path: format!("{}{name}", section.prefix), code: "err-missing".into(), detail: String::new() }], Vec::new());
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
                    FieldErr { path: format!("{}{}", section.prefix, f.field), code, detail: f.problem.sentence() }
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
fn CalculatorPage(p: Page, lang: RwSignal<Lang>, page: RwSignal<Page>, fields: RwSignal<state::Fields>) -> impl IntoView {
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
            let errors = Signal::derive(move || match computed.get() {
                Computed::Answer(_) => Vec::new(),
                Computed::Incomplete { missing, invalid, .. } => missing.into_iter().chain(invalid).collect(),
            });
            let result = move || {
                let l = lang.get();
                match computed.get() {
                    Computed::Answer(o) => outcome_view::outcome(l, &o),
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
                    <div class="result" aria-live="polite" role="region" aria-label=move || t(lang.get(), "result")>
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
    let last = parts.iter().rev().find(|p| p.parse::<usize>().is_err()).copied().unwrap_or(path);
    let full = parts.iter().filter(|p| p.parse::<usize>().is_err()).copied().collect::<Vec<_>>().join(".");
    let mut s = t(lang, &format!("f-{full}")).to_string();
    if s.is_empty() {
        s = label(lang, last);
    }
    match row {
        Some(r) => format!("{s} ({} {})", t(lang, "row"), r + 1),
        None => s,
    }
}
