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

fn encode(s: &str) -> String {
    String::from(js_sys::encode_uri_component(s))
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
    let parts: Vec<String> =
        f.0.iter()
            .filter(|(_, v)| !v.is_empty())
            .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
            .collect();
    format!("?{}", parts.join("&"))
}

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

/// The case in the URL as it is now (after Back or Forward).
pub fn from_url() -> Fields {
    parse_query(&window().location().search().unwrap_or_default())
}

/// The case to start with: the URL's if it has one, else the local draft.
pub fn initial() -> Fields {
    let search = window().location().search().unwrap_or_default();
    if search.len() > 1 {
        return parse_query(&search);
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
        let _ = s.set_item(DRAFT_KEY, &q);
    }
}

/// Forgets the draft and empties the URL.
pub fn clear() {
    if let Some(s) = storage() {
        let _ = s.remove_item(DRAFT_KEY);
    }
    if let Ok(h) = window().history() {
        let path = window().location().pathname().unwrap_or_default();
        let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path));
    }
}
