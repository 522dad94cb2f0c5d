//! A panic never leaves a dead page. In WebAssembly a panic ends the app (the release build
//! aborts), so before that the hook puts a short message in the user's language over the page,
//! with a link that reloads it — the case is in the address and the draft, so nothing typed is
//! lost — and logs the panic to the console. Plain DOM calls only: nothing here may panic again.

use wasm_bindgen::JsCast;

/// (language, message, reload) — the hook cannot rely on the app's state, so its own texts.
const TEXTS: [(&str, &str, &str); 3] = [
    (
        "ru",
        "Что-то пошло не так, и калькулятор остановился. Введённое сохранено: перезагрузите страницу.",
        "Перезагрузить",
    ),
    (
        "sv",
        "Något gick fel och räknaren stannade. Det du skrivit finns kvar: ladda om sidan.",
        "Ladda om",
    ),
    (
        "en",
        "Something went wrong and the calculator stopped. What you typed is kept: reload the page.",
        "Reload",
    ),
];

/// Installs the hook (once, at start).
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("clausecalc stopped: {info}").into());
        show();
    }));
}

fn show() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let lang = doc
        .document_element()
        .and_then(|e| e.get_attribute("lang"))
        .unwrap_or_default();
    let (_, message, reload) = TEXTS
        .iter()
        .find(|(l, _, _)| *l == lang)
        .or(TEXTS.last())
        .copied()
        .unwrap_or(("en", "", ""));
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    let (Ok(box_), Ok(p), Ok(a)) = (
        doc.create_element("div"),
        doc.create_element("p"),
        doc.create_element("a"),
    ) else {
        return;
    };
    box_.set_class_name("crashed");
    let _ = box_.set_attribute("role", "alert");
    p.set_text_content(Some(message));
    a.set_text_content(Some(reload));
    let _ = a.set_attribute("href", &href);
    a.set_class_name("button");
    let _ = box_.append_child(&p);
    let _ = box_.append_child(&a);
    if let Some(body) = doc.body() {
        let _ = body.prepend_with_node_1(&box_);
    }
    if let Ok(a) = a.dyn_into::<web_sys::HtmlElement>() {
        let _ = a.focus();
    }
}

/// Test builds only (feature `test-hooks`): `?…&__panic=1` panics once the app has started, so a
/// browser test can check what a visitor would see.
#[cfg(feature = "test-hooks")]
pub fn test_hook() {
    let asked = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .is_some_and(|s| s.contains("__panic=1"));
    if asked {
        leptos::prelude::request_animation_frame(|| panic!("test-only panic (__panic=1)"));
    }
}
