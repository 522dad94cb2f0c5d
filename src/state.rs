//! The case lives in the URL (so a link reopens it) and in a local draft (so a reload keeps it).
//!
//! The query string is the single format: `?p=<page>&l=<lang>&<field>=<value>…`. The draft in
//! `localStorage` is the same string. Everything typed is kept as typed (strings), so nothing is
//! lost even when it is not yet valid.

use clausecalc_calc::embed;
pub use clausecalc_calc::Fields;
use leptos::prelude::*;

/// Storage key of the local draft.
pub const DRAFT_KEY: &str = "clausecalc.draft.v1";

/// Parses `a=1&b=2` (with or without the leading `?`); pure, in `clausecalc_calc::embed`.
pub fn parse_query(q: &str) -> Fields {
    embed::parse_query(q)
}

/// `?a=1&b=2`, skipping empty values.
pub fn to_query(f: &Fields) -> String {
    clausecalc_calc::embed::query(f, |_, _| true)
}

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

/// The case in the URL as it is now (after Back or Forward).
pub fn from_url() -> Fields {
    parse_query(&window().location().search().unwrap_or_default())
}

/// Today in the browser's clock: the one place the app reads the clock (the engine never does).
pub fn today() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}

thread_local! {
    /// An embedded calculator's draft key and own case (the address in the host page's snippet).
    static EMBEDDED: std::cell::RefCell<Option<(String, Fields)>> =
        const { std::cell::RefCell::new(None) };
}

/// The case to start with: the URL's if it has one, else the local draft.
///
/// An embedded calculator (`e=1`) always has a URL, the one in the host page's snippet. Its draft
/// is kept under that address (`clausecalc.draft.v1|<query>`), so reloading the host page brings
/// back what the visitor typed there and nothing of another embed.
pub fn initial() -> Fields {
    let search = window().location().search().unwrap_or_default();
    if search.len() > 1 {
        let f = parse_query(&search);
        if f.get("e") != Some("1") {
            return f;
        }
        let key = format!("{DRAFT_KEY}|{search}");
        let draft = storage().and_then(|s| s.get_item(&key).ok().flatten());
        EMBEDDED.with(|e| *e.borrow_mut() = Some((key, f.clone())));
        return draft.map(|q| parse_query(&q)).unwrap_or(f);
    }
    storage()
        .and_then(|s| s.get_item(DRAFT_KEY).ok().flatten())
        .map(|q| parse_query(&q))
        .unwrap_or_default()
}

/// Whether the app runs embedded (opened with `e=1`, by a host page's snippet).
pub fn embedded() -> bool {
    EMBEDDED.with(|e| e.borrow().is_some())
}

/// The address of the case on the app's own page (without the embed flag): what "Copy link"
/// copies and what an embedded calculator's "Open in a new tab" opens.
pub fn full_page_link(f: &Fields) -> String {
    let loc = window().location();
    format!(
        "{}{}{}",
        loc.origin().unwrap_or_default(),
        loc.pathname().unwrap_or_default(),
        embed::query(f, |k, _| k != "e")
    )
}

/// Writes the case to the URL and to the draft. Typing replaces the history entry; opening
/// another page (`new_entry`) adds one, so the browser's Back returns to the page before.
///
/// An embedded calculator keeps a draft only once the visitor changed something, and never
/// today's "as of" date: a later visit then computes as of its own day, as the snippet promises.
pub fn persist(f: &Fields, new_entry: bool) {
    let q = to_query(f);
    if let Ok(h) = window().history() {
        let _ = if new_entry {
            h.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&q))
        } else {
            h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&q))
        };
    }
    let Some(s) = storage() else { return };
    let embedded = EMBEDDED.with(|e| e.borrow().clone());
    let _ = match embedded {
        // Nothing typed (only the page, the language and today's "as of"): no draft, so that
        // "Clear my data" leaves nothing stored until something is typed again.
        None if !typed(f) => s.remove_item(DRAFT_KEY),
        None => s.set_item(DRAFT_KEY, &q),
        Some((key, own)) => {
            let kept = embed::without_today(f, &today());
            if embed::same_case(&kept, &own) {
                s.remove_item(&key)
            } else {
                s.set_item(&key, &to_query(&kept))
            }
        }
    };
}

/// Whether the case holds anything the person typed: not only the page, the language, the embed
/// flag or an "as of" that is simply today.
fn typed(f: &Fields) -> bool {
    embed::without_today(f, &today())
        .0
        .iter()
        .any(|(k, v)| !v.is_empty() && !matches!(k.as_str(), "p" | "l" | "e"))
}

/// Forgets every draft (the app's and those of embedded calculators on this origin) and resets
/// the URL. Returns the case to go on with: an embedded calculator's own (the provider's preset
/// stays), else none.
pub fn clear() -> Option<Fields> {
    if let Some(s) = storage() {
        let keys: Vec<String> = (0..s.length().unwrap_or(0))
            .filter_map(|i| s.key(i).ok().flatten())
            .filter(|k| k.starts_with(DRAFT_KEY))
            .collect();
        for k in keys {
            let _ = s.remove_item(&k);
        }
    }
    let own = EMBEDDED.with(|e| e.borrow().as_ref().map(|(_, f)| f.clone()));
    if let Ok(h) = window().history() {
        let url = match &own {
            Some(f) => to_query(f),
            None => window().location().pathname().unwrap_or_default(),
        };
        let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
    own
}
