//! A calculator page: the title, the actions (copy link, print, clear), and the forms and answers
//! drawn by the contract's page module (`module.rs`). Leptos keeps the chrome; the forms are the
//! module's HTML with one delegated listener for all fields, so the app carries no per-field view
//! code and no rule code. Everything typed goes into `fields` (the URL and the draft) at once.

use crate::app::Page;
use crate::i18n::{t, Lang};
use crate::module::{self, Module};
use crate::state::{self, Fields};
use clausecalc_calc::embed;
use clausecalc_calc::fields::{add_row, remove_row, RECORD, UNIT};
use clausecalc_calc::page::{OP_COMPUTE, OP_OPEN, OP_SHIPPED_GROUP, PART};
use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement};

#[derive(Clone, Copy, PartialEq)]
enum Status {
    Loading,
    Ready,
    Failed,
}

/// The module's request; `today` is sent only when the page is first drawn, so a date the user
/// cleared on purpose is not filled in again.
fn request(lang: Lang, p: Page, today: &str, fields: &Fields) -> String {
    let mut s = format!("{}{UNIT}{}{UNIT}{today}{RECORD}", lang.code(), p.id());
    fields.encode(&mut s);
    s
}

thread_local! {
    /// The answers now in the live regions (emptied when the forms are redrawn).
    static SHOWN: std::cell::RefCell<Vec<String>> = const { std::cell::RefCell::new(Vec::new()) };
}

fn by_id(id: &str) -> Option<Element> {
    document().get_element_by_id(id)
}

/// The classes of the `<details>` open in `el` (the "why", the timeline as text).
fn open_details(el: &Element) -> Vec<String> {
    let mut open = Vec::new();
    if let Ok(list) = el.query_selector_all("details[open]") {
        for n in 0..list.length() {
            if let Some(d) = list.item(n).and_then(|d| d.dyn_into::<Element>().ok()) {
                open.push(d.class_name());
            }
        }
    }
    open
}

/// Puts each section's answer in its result area — only when it changed, and with the "why" still
/// open if it was — its one-sentence answer in the live region, its inputs in the print-only
/// list, and each field error beside its field.
fn show_results(host: &Element, answer: &str) -> Vec<String> {
    let mut parts = answer.split(PART);
    let mut summaries = Vec::new();
    let mut errors: Vec<(String, String)> = Vec::new();
    let mut i = 0;
    while let Some(html) = parts.next() {
        if let Some(region) = by_id(&format!("r-{i}")) {
            let same = SHOWN.with(|s| s.borrow().get(i).is_some_and(|old| old == html));
            if !same {
                let open = open_details(&region);
                region.set_inner_html(html);
                for class in open.iter().filter(|c| !c.is_empty()) {
                    if let Ok(Some(d)) = region.query_selector(&format!("details.{class}")) {
                        let _ = d.set_attribute("open", "");
                    }
                }
                SHOWN.with(|s| {
                    let mut s = s.borrow_mut();
                    if s.len() <= i {
                        s.resize(i + 1, String::new());
                    }
                    if let Some(slot) = s.get_mut(i) {
                        *slot = html.to_string();
                    }
                });
            }
        }
        let inputs = parts.next().unwrap_or("");
        if let Some(list) = by_id(&format!("p-{i}")) {
            list.set_inner_html(inputs);
        }
        for rec in parts.next().unwrap_or("").split(RECORD) {
            if let Some((id, msg)) = rec.split_once(UNIT) {
                errors.push((id.to_string(), msg.to_string()));
            }
        }
        // The live region: only the one-sentence answer, and only when it changed.
        let say = parts.next().unwrap_or("");
        if let Some(live) = by_id(&format!("a-{i}")) {
            if live.text_content().as_deref() != Some(say) {
                live.set_text_content(Some(say));
            }
        }
        summaries.push(parts.next().unwrap_or("").to_string());
        i += 1;
    }
    let Ok(slots) = host.query_selector_all(".field-error[id]") else {
        return summaries;
    };
    for n in 0..slots.length() {
        let Some(slot) = slots.item(n).and_then(|s| s.dyn_into::<Element>().ok()) else {
            continue;
        };
        let field_id = slot.id().trim_end_matches("-err").to_string();
        let msg = errors
            .iter()
            .find(|(id, _)| *id == field_id)
            .map(|(_, m)| m.as_str());
        let text = msg.unwrap_or("");
        if slot.text_content().unwrap_or_default() != text {
            slot.set_text_content(Some(text));
        }
        if let Some(field) = by_id(&field_id) {
            let _ = match msg {
                Some(_) => field.set_attribute("aria-invalid", "true"),
                None => field.remove_attribute("aria-invalid"),
            };
        }
    }
    summaries
}

fn focus(id: &str) {
    if let Some(el) = by_id(id).and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

#[component]
pub fn CalculatorPage(
    p: Page,
    lang: RwSignal<Lang>,
    page: RwSignal<Page>,
    fields: RwSignal<Fields>,
) -> impl IntoView {
    let host = NodeRef::<Div>::new();
    let copied = RwSignal::new(false);
    // Counts the drawings of the forms, so the embed snippet is made from the fields drawn.
    let draws = RwSignal::new(0u32);
    let contract = p.contract();
    let status = RwSignal::new(if module::get(contract).is_some() {
        Status::Ready
    } else {
        Status::Loading
    });
    let fetch = move || {
        status.set(Status::Loading);
        leptos::task::spawn_local(async move {
            let s = match module::load(contract).await {
                Ok(_) => Status::Ready,
                Err(_) => Status::Failed,
            };
            status.set(s);
        });
    };
    if status.get_untracked() == Status::Loading {
        fetch();
    }
    // The module could not be fetched, or (never expected: it cannot panic by its lints and
    // tests) it trapped — then the instance is dropped and "Try again" starts a fresh one.
    let failed = move |host: &Element, key: &str| {
        let l = lang.get_untracked();
        host.set_inner_html(&format!(
            "<p class=\"notice\" role=\"alert\">{}</p><button type=\"button\" data-retry=\"1\">{}</button>",
            t(l, key),
            t(l, "try-again")
        ));
        let _ = host.remove_attribute("data-drawn");
    };
    let trapped = move |host: &Element| {
        module::forget(contract);
        status.set(Status::Failed);
        failed(host, "calc-failed");
    };
    // The page embedding this calculator, if its embed script asked for the result summary.
    let embedder = use_context::<RwSignal<Option<crate::app::Host>>>();
    let last_summary = StoredValue::new(String::new());
    // Answers every section from the fields as they are now.
    let compute = move |m: &Module, host: &Element| {
        let req = fields.with_untracked(|f| request(lang.get_untracked(), p, "", f));
        match m.call(OP_COMPUTE, &req) {
            Ok(answer) => {
                let summaries = show_results(host, &answer);
                let h = embedder
                    .and_then(|e| e.get_untracked())
                    .filter(|h| h.result);
                let first = summaries.into_iter().find(|s| !s.is_empty());
                if let (Some(h), Some(s)) = (h, first) {
                    if last_summary.with_value(|l| *l != s) {
                        let mut it = s.split(UNIT);
                        let mut next = || wasm_bindgen::JsValue::from(it.next().unwrap_or(""));
                        let (c, k, v) = (next(), next(), next());
                        h.post("result", &[("calculator", c), ("kind", k), ("value", v)]);
                        last_summary.set_value(s);
                    }
                }
            }
            Err(_) => trapped(host),
        }
    };
    // Draws the page (on opening or a language switch) or only its forms (a changed choice, a row
    // added or removed: the result areas stay, so nothing is re-announced), keeping the focus on
    // the same field, then answers.
    let open = move |m: &Module, host: &Element, focus_id: Option<String>| {
        let l = lang.get_untracked();
        let drawn = host.get_attribute("data-drawn").as_deref() == Some(l.code());
        let today = if drawn { String::new() } else { state::today() };
        let req = fields.with_untracked(|f| request(l, p, &today, f));
        let Ok(answer) = m.call(OP_OPEN, &req) else {
            return trapped(host);
        };
        let mut parts = answer.split(PART);
        let defaults = Fields::decode(parts.next().unwrap_or(""));
        if !defaults.0.is_empty() {
            fields.update(|f| defaults.0.into_iter().for_each(|(k, v)| f.set(&k, v)));
        }
        let page_html = parts.next().unwrap_or("");
        let focused = focus_id.or_else(|| document().active_element().map(|e| e.id()));
        let forms = host.query_selector_all("section.calc > form").ok();
        match forms.filter(|_| drawn) {
            Some(forms) => {
                for (n, html) in parts.enumerate() {
                    if let Some(form) = forms
                        .item(n as u32)
                        .and_then(|f| f.dyn_into::<Element>().ok())
                    {
                        form.set_inner_html(html);
                    }
                }
            }
            None => {
                host.set_inner_html(page_html);
                let _ = host.set_attribute("data-drawn", l.code());
                SHOWN.with(|s| s.borrow_mut().clear());
            }
        }
        if let Some(id) = focused.filter(|id| !id.is_empty()) {
            focus(&id);
        }
        draws.update(|n| *n = n.wrapping_add(1));
        compute(m, host);
    };
    let with_module = move |f: &dyn Fn(&Module, &Element)| {
        if let (Some(m), Some(h)) = (module::get(contract), host.get_untracked()) {
            f(&m, &h);
        }
    };
    // The host page asked for results after the first answer was drawn: send the current one.
    if let Some(e) = embedder {
        Effect::new(move |_| {
            if e.with(|h| h.as_ref().is_some_and(|h| h.result)) {
                last_summary.set_value(String::new());
                with_module(&move |m, h| compute(m, h));
            }
        });
    }
    Effect::new(move |_| {
        let _ = lang.get();
        let Some(h) = host.get() else { return };
        match status.get() {
            Status::Ready => {
                if let Some(m) = module::get(contract) {
                    open(&m, &h, None);
                }
            }
            Status::Failed => failed(&h, "load-failed"),
            Status::Loading => {}
        }
    });

    // The first field typed in an optional group (or the last one emptied): its required fields
    // gain (or lose) their marks. Redrawn with the caret where it was.
    let redraw_if_group_flips = move |el: &HtmlInputElement| {
        if !group_flips(el) {
            return false;
        }
        let caret = el.selection_start().ok().flatten();
        with_module(&move |m, h| open(m, h, None));
        if let (Some(c), Some(el)) = (caret, by_id(&el.id())) {
            if let Ok(i) = el.dyn_into::<HtmlInputElement>() {
                let _ = i.set_selection_range(c, c);
            }
        }
        true
    };
    let on_input = move |ev: leptos::ev::Event| {
        let Some(el) = ev
            .target()
            .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
        else {
            return;
        };
        let name = el.name();
        // Typing in a text or date field: keep it and answer; choices are handled on change.
        if name.is_empty() || el.tag_name() != "INPUT" || el.type_() == "checkbox" {
            return;
        }
        fields.update(|f| f.set(&name, typed_value(&el)));
        copied.set(false);
        // Never redrawn in the middle of an input method's composition (it would type twice);
        // `compositionend` catches up.
        let composing = js_sys::Reflect::get(&ev, &"isComposing".into())
            .ok()
            .and_then(|v| v.as_bool())
            .unwrap_or(false);
        if !composing && redraw_if_group_flips(&el) {
            return;
        }
        with_module(&move |m, h| compute(m, h));
    };
    // Leaving a date field that holds something that is no date ("02/30/2026"): the browser
    // gives it no value and fires no input, so the message "no such date" is set here.
    let on_focus_out = move |ev: leptos::ev::FocusEvent| {
        let Some(el) = ev
            .target()
            .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
        else {
            return;
        };
        let (name, value) = (el.name(), typed_value(&el));
        if name.is_empty() || value != clausecalc_calc::form::BAD_INPUT {
            return;
        }
        fields.update(|f| f.set(&name, value));
        with_module(&move |m, h| compute(m, h));
    };
    let on_composition_end = move |ev: leptos::ev::CompositionEvent| {
        if let Some(el) = ev
            .target()
            .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
        {
            redraw_if_group_flips(&el);
        }
    };
    let on_change = move |ev: leptos::ev::Event| {
        let Some(el) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
            return;
        };
        let Some(name) = el.get_attribute("name") else {
            return;
        };
        let value = match el.dyn_ref::<HtmlInputElement>() {
            Some(i) if el.tag_name() == "INPUT" && i.type_() == "checkbox" => {
                if i.checked() { "1" } else { "" }.to_string()
            }
            Some(_) if el.tag_name() == "INPUT" => return,
            _ => select_value(&el),
        };
        fields.update(|f| f.set(&name, value));
        // A choice can show or hide other fields: redraw.
        with_module(&move |m, h| open(m, h, None));
    };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let target = ev.target().and_then(|t| t.dyn_into::<Element>().ok());
        if target
            .as_ref()
            .is_some_and(|e| e.has_attribute("data-retry"))
        {
            return fetch();
        }
        if target
            .as_ref()
            .is_some_and(|e| e.has_attribute("data-fill"))
        {
            return with_module(&move |m, h| {
                let req = fields.with_untracked(|f| request(lang.get_untracked(), p, "", f));
                if let Ok(answer) = m.call(OP_SHIPPED_GROUP, &req) {
                    let group = Fields::decode(&answer);
                    fields.update(|f| {
                        f.0.retain(|(k, _)| !k.starts_with("group."));
                        f.0.extend(group.0);
                    });
                }
                open(m, h, Some("f-group-name".into()));
            });
        }
        let Some(button) = target.and_then(|e| e.closest("button[data-list]").ok().flatten())
        else {
            return;
        };
        let list = button.get_attribute("data-list").unwrap_or_default();
        let list_id = format!("f-{}", list.replace('.', "-"));
        let next_focus = if let Some(i) = button.get_attribute("data-remove") {
            let i = i.parse().unwrap_or(usize::MAX);
            fields.update(|f| remove_row(f, &list, i));
            format!("{list_id}-add")
        } else {
            let mut first = String::new();
            fields.update(|f| {
                add_row(f, &list);
                first = format!(
                    "{list_id}-{}",
                    clausecalc_calc::fields::rows(f, &list).saturating_sub(1)
                );
            });
            first
        };
        with_module(&move |m, h| {
            open(m, h, Some(next_focus.clone()));
            // The new row: focus its first control.
            if let Ok(Some(el)) =
                h.query_selector(&format!("[id^=\"{next_focus}\"]:is(input,select)"))
            {
                if let Ok(el) = el.dyn_into::<HtmlElement>() {
                    let _ = el.focus();
                }
            }
        });
    };

    // The link is built from the case itself (not read back from the address bar, which a
    // browser may stop updating after many rapid replaceState calls); "copied" only once the
    // clipboard took it, and only until the case changes.
    let copy_link = move |_| {
        // Without the embed flag: a link copied inside a frame opens the full page.
        let href = fields.with_untracked(state::full_page_link);
        let promise = window().navigator().clipboard().write_text(&href);
        leptos::task::spawn_local(async move {
            if wasm_bindgen_futures::JsFuture::from(promise).await.is_ok() {
                copied.set(true);
            }
        });
    };
    // The embed snippet of the case as it is now ("as of" today left out, so it stays current),
    // with the look chosen in the panel.
    // The case an embed carries: only what this page's forms show (read after each drawing, see
    // `draws`) and the look chosen in the panel.
    let embed_case = move || {
        let _ = draws.get();
        let mut names: Vec<String> = host
            .get_untracked()
            .and_then(|h| h.query_selector_all("[name]").ok())
            .map(|list| {
                (0..list.length())
                    .filter_map(|i| {
                        list.item(i)?
                            .dyn_into::<Element>()
                            .ok()?
                            .get_attribute("name")
                    })
                    .collect()
            })
            .unwrap_or_default();
        names.extend(embed::THEME_KEYS.map(String::from));
        fields.with(|f| embed::page_case(f, &names))
    };
    let app_base = move || {
        let loc = window().location();
        format!(
            "{}{}",
            loc.origin().unwrap_or_default(),
            loc.pathname().unwrap_or_default()
        )
    };
    // The embed snippet of the case as it is now ("as of" today left out, so it stays current).
    let snippet = move || {
        let loc = window().location();
        let title = format!("clausecalc: {}", t(lang.get(), &p.title_key()));
        embed::snippet(
            &loc.origin().unwrap_or_default(),
            &loc.pathname().unwrap_or_default(),
            &embed_case(),
            &state::today(),
            &title,
            lang.get(),
        )
    };
    // Below the page: the embed panel, or inside a frame a link to the full page. The panel is an
    // HTML string drawn once per language (Leptos view code for it measured +11 KB brotli on the
    // first load, over the budget: docs/DESIGN.md); what changes in it afterwards — the snippet,
    // the preview's address, the copy button's text — is set by effects, and the look controls
    // write into the case through one delegated listener.
    let embed_host = NodeRef::<Div>::new();
    Effect::new(move |_| {
        let l = lang.get();
        let Some(el) = embed_host.get() else { return };
        let html = if state::embedded() {
            format!(
                "<p><a target=\"_blank\" rel=\"noopener\" id=\"open-full\">{} ↗</a></p>",
                t(l, "open-full")
            )
        } else {
            let code = untrack(snippet);
            fields.with_untracked(|f| embed::panel(l, &code, f))
        };
        el.set_inner_html(&html);
    });
    let by_id_in = move |id: &str| {
        embed_host
            .get_untracked()
            .and_then(|h| h.query_selector(id).ok().flatten())
    };
    let preview_open = RwSignal::new(false);
    Effect::new(move |_| {
        let code = snippet();
        let _ = lang.get();
        if let Some(ta) = by_id_in("#embed-code") {
            let _ = js_sys::Reflect::set(&ta, &"value".into(), &code.as_str().into());
        }
        if let Some(b) = by_id_in("[data-copy-code]") {
            b.set_text_content(Some(t(lang.get_untracked(), "copy-code")));
        }
        if let Some(a) = by_id_in("#open-full") {
            let _ = a.set_attribute("href", &fields.with(state::full_page_link));
        }
    });
    // The preview follows the look (not every keystroke of the form), once the panel is open.
    Effect::new(move |_| {
        let look: Vec<String> = fields.with(|f| {
            embed::THEME_KEYS
                .iter()
                .map(|k| f.get(k).unwrap_or("").to_string())
                .collect()
        });
        if !preview_open.get() {
            return;
        }
        let _ = look;
        let src = embed::embed_url(&app_base(), &untrack(embed_case), &state::today());
        if let Some(fr) = by_id_in("iframe.preview") {
            let _ = fr.set_attribute("src", &src);
        }
    });
    let on_panel_input = move |ev: leptos::ev::Event| {
        let Some(el) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
            return;
        };
        if let Some(key) = el.get_attribute("data-look") {
            let value = js_sys::Reflect::get(&el, &"value".into())
                .ok()
                .and_then(|v| v.as_string())
                .unwrap_or_default();
            fields.update(|f| f.set(&key, value));
        }
    };
    let on_panel_click = move |ev: leptos::ev::MouseEvent| {
        let target = ev.target().and_then(|t| t.dyn_into::<Element>().ok());
        if target.as_ref().is_some_and(|e| e.tag_name() == "SUMMARY") {
            preview_open.set(true);
            return;
        }
        if !target.is_some_and(|e| e.has_attribute("data-copy-code")) {
            return;
        }
        let promise = window().navigator().clipboard().write_text(&snippet());
        leptos::task::spawn_local(async move {
            // Only the button's text changes (a redraw of the panel would take the focus away).
            if wasm_bindgen_futures::JsFuture::from(promise).await.is_ok() {
                if let Some(b) = by_id_in("[data-copy-code]") {
                    b.set_text_content(Some(t(lang.get_untracked(), "code-copied")));
                }
            }
        });
    };
    let print = move |_| {
        let _ = window().print();
    };
    let clear = move |_| {
        // Embedded: back to the snippet's own case (a provider's preset stays).
        match state::clear() {
            Some(own) => fields.set(own),
            None => fields.update(|f| f.0.retain(|(k, _)| k == "l" || k == "p")),
        }
        copied.set(false);
        // Drawn afresh, as on opening ("as of" back to today).
        with_module(&move |m, h| {
            let _ = h.remove_attribute("data-drawn");
            open(m, h, None)
        });
    };
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
            <div node_ref=host on:input=on_input on:compositionend=on_composition_end on:focusout=on_focus_out on:change=on_change on:click=on_click on:submit=|ev| ev.prevent_default()>
                <p class="notice" aria-live="polite">{move || t(lang.get(), "loading")}</p>
            </div>
            <div class="embed-code no-print" node_ref=embed_host on:input=on_panel_input on:change=on_panel_input on:click=on_panel_click></div>
            <p class="print-only">{move || t(lang.get(), "computed-on")} " " {state::today()} " · " {move || window().location().href().unwrap_or_default()}</p>
        </section>
    }
}

/// Whether typing in `el` starts its optional group (`data-started="0"` and now a value) or
/// empties it (`"1"` and now every text field of it empty). Choices do not count (as in the
/// module's `started`), so only text fields are looked at.
fn group_flips(el: &HtmlInputElement) -> bool {
    let Ok(Some(group)) = el.closest("[data-started]") else {
        return false;
    };
    match group.get_attribute("data-started").as_deref() {
        Some("0") => !el.value().trim().is_empty(),
        Some("1") => group
            .query_selector_all("input:not([type=checkbox])")
            .map(|list| {
                (0..list.length()).all(|i| {
                    list.item(i)
                        .and_then(|n| n.dyn_into::<HtmlInputElement>().ok())
                        .is_none_or(|i| i.value().trim().is_empty())
                })
            })
            .unwrap_or(false),
        _ => false,
    }
}

/// The `value` of a `<select>` (read through JS, so no web-sys binding for selects is needed).
fn select_value(el: &Element) -> String {
    js_sys::Reflect::get(el, &"value".into())
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

/// What a field holds as typed. A date field holding something that is no date ("02/30/2026")
/// has no value: it is kept as typed wrongly, so the message says "no such date" rather than
/// "still to fill in".
fn typed_value(el: &HtmlInputElement) -> String {
    match el.value() {
        v if v.is_empty() && el.validity().bad_input() => {
            clausecalc_calc::form::BAD_INPUT.to_string()
        }
        v => v,
    }
}
