//! The page modules: one WebAssembly module per contract (`calc-ru.wasm`, `calc-se.wasm`, built
//! from `calc/wasm`), fetched the first time a page of that contract opens, so the start page
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

fn export<T: JsCast>(exports: &JsValue, name: &str) -> Result<T, JsValue> {
    Reflect::get(exports, &JsValue::from_str(name))?.dyn_into::<T>()
}

/// Fetches and instantiates `calc-<contract>.wasm` (beside index.html) once.
pub async fn load(contract: &'static str) -> Result<Rc<Module>, JsValue> {
    if let Some(m) = get(contract) {
        return Ok(m);
    }
    let window = web_sys::window().ok_or(JsValue::NULL)?;
    let url = format!("./calc-{contract}.wasm?v={}", env!("CARGO_PKG_VERSION"));
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(&url))
        .await?
        .dyn_into()?;
    if !response.ok() {
        return Err(JsValue::from(response.status()));
    }
    // From the bytes rather than instantiateStreaming: works even where the host serves .wasm
    // without the application/wasm type.
    let bytes = JsFuture::from(response.array_buffer()?).await?;
    let result = JsFuture::from(WebAssembly::instantiate_buffer(
        &Uint8Array::new(&bytes).to_vec(),
        &Object::new(),
    ))
    .await?;
    let instance: WebAssembly::Instance = Reflect::get(&result, &"instance".into())?.dyn_into()?;
    let exports = instance.exports();
    let module = Rc::new(Module {
        memory: export(&exports, "memory")?,
        buf: export(&exports, "cc_buf")?,
        run: export(&exports, "cc_run")?,
        out: export(&exports, "cc_out")?,
    });
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
