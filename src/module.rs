//! The page modules: one WebAssembly module per contract (`calc-ru-<hash>.wasm`,
//! `calc-se-<hash>.wasm`, built from `calc/wasm`), fetched the first time a page of that contract opens, so the start page
//! carries none of the rules and a Russian page none of the Swedish ones. A module has three plain
//! exports over its memory (no JS glue): `cc_buf(len)`, `cc_run(op) -> len`, `cc_out()`.

use js_sys::{Function, Object, Reflect, Uint8Array, WebAssembly};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

pub struct Module {
    memory: WebAssembly::Memory,
    buf: Function,
    run: Function,
    out: Function,
}

thread_local! {
    static LOADED: RefCell<Vec<(&'static str, Rc<Module>)>> = const { RefCell::new(Vec::new()) };
}

/// The module of `contract` if it is already loaded.
pub fn get(contract: &'static str) -> Option<Rc<Module>> {
    LOADED.with(|l| {
        l.borrow()
            .iter()
            .find(|(c, _)| *c == contract)
            .map(|(_, m)| m.clone())
    })
}

/// Drops the instance of `contract` (after it trapped: its state is not to be trusted); the next
/// `load` starts a fresh one.
pub fn forget(contract: &str) {
    LOADED.with(|l| l.borrow_mut().retain(|(c, _)| *c != contract));
}

fn export<T: JsCast>(exports: &JsValue, name: &str) -> Result<T, JsValue> {
    Reflect::get(exports, &JsValue::from_str(name))?.dyn_into::<T>()
}

/// The module's file: named by its content hash (`calc-ru-<hash>.wasm`, so it can be cached for
/// good and a new build is never mixed with an old module), as the build wrote it into
/// `<meta name="clausecalc-modules" content="ru=… se=…">`; `calc-<contract>.wasm` without one.
fn file_name(contract: &str) -> String {
    let listed = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| {
            d.query_selector("meta[name=clausecalc-modules]")
                .ok()
                .flatten()
        })
        .and_then(|m| m.get_attribute("content"))
        .unwrap_or_default();
    listed
        .split_whitespace()
        .find_map(|entry| entry.strip_prefix(contract)?.strip_prefix('='))
        .map(str::to_string)
        .unwrap_or_else(|| format!("calc-{contract}.wasm"))
}

/// Fetches and instantiates the module of `contract` (beside index.html) once.
pub async fn load(contract: &'static str) -> Result<Rc<Module>, JsValue> {
    if let Some(m) = get(contract) {
        return Ok(m);
    }
    let window = web_sys::window().ok_or(JsValue::NULL)?;
    let url = format!("./{}", file_name(contract));
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(&url))
        .await?
        .dyn_into()?;
    if !response.ok() {
        return Err(JsValue::from(response.status()));
    }
    // Compiled from the fetched bytes (no copy into the app's memory) rather than with
    // instantiateStreaming: works even where the host serves .wasm without application/wasm.
    let bytes = JsFuture::from(response.array_buffer()?).await?;
    let compiled: WebAssembly::Module = JsFuture::from(WebAssembly::compile(&bytes))
        .await?
        .dyn_into()?;
    let instance: WebAssembly::Instance =
        JsFuture::from(WebAssembly::instantiate_module(&compiled, &Object::new()))
            .await?
            .dyn_into()?;
    let exports = instance.exports();
    let module = Rc::new(Module {
        memory: export(&exports, "memory")?,
        buf: export(&exports, "cc_buf")?,
        run: export(&exports, "cc_run")?,
        out: export(&exports, "cc_out")?,
    });
    // Two loads may have overlapped (a quick back-and-forth): keep the first.
    if let Some(m) = get(contract) {
        return Ok(m);
    }
    LOADED.with(|l| l.borrow_mut().push((contract, module.clone())));
    Ok(module)
}

fn number(v: JsValue) -> u32 {
    v.as_f64().unwrap_or(0.0) as u32
}

impl Module {
    /// Sends `request` with operation `op`; the answer, or Err if the module trapped.
    pub fn call(&self, op: u32, request: &str) -> Result<String, JsValue> {
        let null = JsValue::NULL;
        let bytes = request.as_bytes();
        let ptr = number(self.buf.call1(&null, &JsValue::from(bytes.len() as u32))?);
        // The memory may have grown: take its buffer after every call.
        Uint8Array::new(&self.memory.buffer()).set(&Uint8Array::from(bytes), ptr);
        let len = number(self.run.call1(&null, &JsValue::from(op))?);
        let at = number(self.out.call0(&null)?);
        let answer = Uint8Array::new(&self.memory.buffer())
            .subarray(at, at.saturating_add(len))
            .to_vec();
        Ok(String::from_utf8(answer).unwrap_or_default())
    }
}
