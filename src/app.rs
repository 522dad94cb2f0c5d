//! The shell: header with the language switch, the page chosen by the URL, the footer.

use crate::i18n::{t, Lang};
use crate::state::{self, Fields};
use clausecalc_engine::calendar::{ru_coverage, Coverage};
use clausecalc_engine::interest::RateTable;
use leptos::prelude::*;

/// The pages, each bound to one or more engine calculators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    Start,
    RuRefund,
    RuDeadlines,
    RuLateInterest,
    RuGroup,
    RuData,
    SeWithdrawal,
    SeBilling,
    SeDeadlines,
}

impl Page {
    pub const CALCULATORS: [Page; 8] = [
        Page::RuRefund,
        Page::RuDeadlines,
        Page::RuLateInterest,
        Page::RuGroup,
        Page::RuData,
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
            Page::RuGroup => "ru-group",
            Page::RuData => "ru-data",
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
            Page::RuRefund
            | Page::RuDeadlines
            | Page::RuLateInterest
            | Page::RuGroup
            | Page::RuData => Some(Lang::Ru),
            _ => Some(Lang::Sv),
        }
    }

    /// The contract whose page module computes this page.
    pub fn contract(self) -> &'static str {
        match self.contract_lang() {
            Some(Lang::Ru) => "ru",
            _ => "se",
        }
    }

    pub fn title_key(self) -> String {
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
    apply_theme(&initial);
    let page0 = Page::from_id(initial.get("p").unwrap_or(""));
    let lang = RwSignal::new(initial_lang(&initial, page0));
    let page = RwSignal::new(page0);
    // Embedded in another site through the snippet (`e=1`): no brand or way back to the start
    // (the page offers a link to open the case on its own page), and the frame's height is sent
    // to the host page.
    let fields = RwSignal::new(initial);
    let host = RwSignal::new(None::<Host>);
    provide_context(host);
    if state::embedded() {
        if let Some(el) = document().document_element() {
            let _ = el.set_attribute("data-embed", "1");
        }
        listen_to_host(host);
    }

    // The page the URL shows: a different page gets a history entry of its own.
    let shown = StoredValue::new(page0);
    // Back and Forward: the entry's page and language. The case stays as it is now (the entry's
    // may be older, or cleared since): nothing typed is lost by going back.
    let _ = window_event_listener(leptos::ev::popstate, move |_| {
        let f = state::from_url();
        let p = Page::from_id(f.get("p").unwrap_or(""));
        shown.set_value(p);
        if let Some(l) = f.get("l").and_then(Lang::from_code) {
            lang.set(l);
        }
        page.set(p);
    });

    // Keep URL, draft and <html lang> in step with the state.
    Effect::new(move |_| {
        let l = lang.get();
        let p = page.get();
        let new_entry = shown.get_value() != p;
        shown.set_value(p);
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
        fields.with(|f| state::persist(f, new_entry));
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
                p => page_view(p, lang, page, fields),
            }}
        </main>
        <footer class="foot">
            <p>{move || t(lang.get(), "disclaimer")}</p>
            <button type="button" class="secondary" on:click=move |_| {
                let _ = state::clear();
                fields.set(Fields::default());
                // The cleared start page replaces the current entry rather than adding one.
                shown.set_value(Page::Start);
                page.set(Page::Start);
            }>{move || t(lang.get(), "clear-data")}</button>
        </footer>
    }
}

/// The look an embedding page chose in the snippet (`accent`, `radius`, `font`, `scheme`,
/// `density`), validated (`embed::theme`) before it becomes CSS custom properties on `<html>` (set
/// through the CSSOM, which a strict style-src allows); anything invalid is ignored and named in
/// the console.
fn apply_theme(fields: &Fields) {
    use wasm_bindgen::JsCast;
    let th = clausecalc_calc::embed::theme(fields);
    if let Some(html) = document()
        .document_element()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let style = html.style();
        for (k, v) in &th.vars {
            let _ = style.set_property(k, v);
        }
        if let Some(s) = th.scheme {
            let _ = html.set_attribute("data-scheme", s);
        }
        if th.compact {
            let _ = html.set_attribute("data-density", "compact");
        }
    }
    for k in th.ignored {
        web_sys::console::warn_1(
            &format!("clausecalc: the theme parameter \"{k}\" has a value that is not allowed and is ignored (docs/EMBEDDING.md lists the values)").into(),
        );
    }
}

/// The page that embeds this calculator, once its embed script has introduced itself: its
/// origin (the only one messages are posted to), the id of this frame on it, and whether it asked
/// for the result summary.
#[derive(Clone, Debug, PartialEq)]
pub struct Host {
    pub origin: String,
    pub id: String,
    pub result: bool,
}

impl Host {
    /// Posts `{clausecalc: kind, id, …fields}` to the host page, and to no other origin.
    pub fn post(&self, kind: &str, fields: &[(&str, wasm_bindgen::JsValue)]) {
        let msg = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&msg, &"clausecalc".into(), &kind.into());
        let _ = js_sys::Reflect::set(&msg, &"id".into(), &self.id.as_str().into());
        for (k, v) in fields {
            let _ = js_sys::Reflect::set(&msg, &(*k).into(), v);
        }
        if let Ok(Some(parent)) = window().parent() {
            let _ = parent.post_message(&msg, &self.origin);
        }
    }
}

/// Inside a frame: waits for the host page's embed script to introduce itself (`hello`, from the
/// parent window only), then tells it the app is ready and, whenever it changes, how tall the app
/// is. Before that (or with no embed script, or scripts blocked on the host) nothing is posted.
fn listen_to_host(host: RwSignal<Option<Host>>) {
    let Ok(Some(parent)) = window().parent() else {
        return;
    };
    // A top-level window is its own parent.
    if js_sys::Object::is(&parent, &window()) {
        return;
    }
    let _ = window_event_listener(leptos::ev::message, move |e: web_sys::MessageEvent| {
        let from_parent = e.source().is_some_and(|s| js_sys::Object::is(&s, &parent));
        let data = e.data();
        let get = |k: &str| {
            js_sys::Reflect::get(&data, &k.into())
                .ok()
                .and_then(|v| v.as_string())
        };
        if !from_parent || get("clausecalc").as_deref() != Some("hello") {
            return;
        }
        let Some(id) = get("id").filter(|id| id.len() <= 100) else {
            return;
        };
        let h = Host {
            origin: e.origin(),
            id,
            result: get("events").is_some_and(|ev| ev.split([' ', ',']).any(|w| w == "result")),
        };
        let first = host.get_untracked().is_none();
        h.post("ready", &[]);
        host.set(Some(h));
        if first {
            report_height(host);
        }
    });
}

/// Tells the host page how tall the app is, whenever that changes.
fn report_height(host: RwSignal<Option<Host>>) {
    use wasm_bindgen::{closure::Closure, JsCast, JsValue};
    let Some(html) = document()
        .document_element()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let target = html.clone();
    let send = Closure::<dyn Fn()>::new(move || {
        if let Some(h) = host.get_untracked() {
            h.post(
                "height",
                &[("height", JsValue::from(target.offset_height()))],
            );
        }
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(send.as_ref().unchecked_ref()) {
        observer.observe(&html);
        // Both live as long as the page: the document keeps the observer, the observer the closure.
        std::mem::forget(observer);
    }
    send.forget();
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
                    <ul class="questions">{link(Page::RuRefund)}{link(Page::RuDeadlines)}{link(Page::RuLateInterest)}{link(Page::RuData)}{link(Page::RuGroup)}</ul>
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

fn page_view(
    p: Page,
    lang: RwSignal<Lang>,
    page: RwSignal<Page>,
    fields: RwSignal<Fields>,
) -> AnyView {
    use crate::calc_page::CalculatorPage;
    view! { <CalculatorPage p lang page fields/> }.into_any()
}
