//! The case lives in the URL (so a link reopens it) and in a local draft (so a reload keeps it).
//!
//! The query string is the single format: `?p=<page>&l=<lang>&<field>=<value>…`. The draft in
//! `localStorage` is the same string. Everything typed is kept as typed (strings), so nothing is
//! lost even when it is not yet valid.

pub use clausecalc_calc::Fields;
use leptos::prelude::*;

/// Storage key of the local draft.
pub const DRAFT_KEY: &str = "clausecalc.draft.v1";

fn decode(s: &str) -> String {
    let plus = s.replace('+', " ");
    js_sys::decode_uri_component(&plus)
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or(plus)
}

/// Parses `a=1&b=2` (with or without the leading `?`).
pub fn parse_query(q: &str) -> Fields {
    let q = q.strip_prefix('?').unwrap_or(q);
    Fields(
        q.split('&')
            .filter(|p| !p.is_empty())
            .map(|p| {
                let (k, v) = p.split_once('=').unwrap_or((p, ""));
                (decode(k), decode(v))
            })
            .collect(),
    )
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

thread_local! {
    /// Where the draft is kept: [`DRAFT_KEY`], or for an embedded calculator that key with the
    /// address it was embedded with.
    static DRAFT: std::cell::RefCell<String> = std::cell::RefCell::new(DRAFT_KEY.to_string());
}

fn draft_key() -> String {
    DRAFT.with(|d| d.borrow().clone())
}

/// The case to start with: the URL's if it has one, else the local draft. An embedded
/// calculator (`e=1`) always has a URL, the one in the host page's snippet: its draft is kept
/// under that address, so reloading the host page brings back what the visitor typed there.
pub fn initial() -> Fields {
    let search = window().location().search().unwrap_or_default();
    if search.len() > 1 {
        let f = parse_query(&search);
        if f.get("e") != Some("1") {
            return f;
        }
        let key = format!("{DRAFT_KEY}|{search}");
        let draft = storage().and_then(|s| s.get_item(&key).ok().flatten());
        DRAFT.with(|d| *d.borrow_mut() = key);
        return draft.map(|q| parse_query(&q)).unwrap_or(f);
    }
    storage()
        .and_then(|s| s.get_item(DRAFT_KEY).ok().flatten())
        .map(|q| parse_query(&q))
        .unwrap_or_default()
}

/// Writes the case to the URL and to the draft. Typing replaces the history entry; opening
/// another page (`new_entry`) adds one, so the browser's Back returns to the page before.
pub fn persist(f: &Fields, new_entry: bool) {
    let q = to_query(f);
    if let Ok(h) = window().history() {
        let _ = if new_entry {
            h.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&q))
        } else {
            h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&q))
        };
    }
    if let Some(s) = storage() {
        let _ = s.set_item(&draft_key(), &q);
    }
}

/// Forgets the draft and empties the URL.
pub fn clear() {
    if let Some(s) = storage() {
        let _ = s.remove_item(&draft_key());
    }
    if let Ok(h) = window().history() {
        let path = window().location().pathname().unwrap_or_default();
        let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path));
    }
}
