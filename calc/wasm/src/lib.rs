//! One contract's calculator pages as a bare WebAssembly module. The app writes a request into
//! the buffer `cc_buf` returns, calls `cc_run(op)`, and reads the answer from `cc_out()` (its length
//! is what `cc_run` returned). Both are UTF-8; the format is `clausecalc_calc::page::handle`'s.
//! No imports and no wasm-bindgen: nothing but these three functions and the memory.

use std::cell::RefCell;

thread_local! {
    static REQUEST: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
    static ANSWER: RefCell<String> = const { RefCell::new(String::new()) };
}

/// A buffer of `len` bytes for the next request; the caller fills it before `cc_run`.
#[no_mangle]
pub extern "C" fn cc_buf(len: usize) -> *mut u8 {
    REQUEST.with(|r| {
        let mut r = r.borrow_mut();
        r.clear();
        r.resize(len, 0);
        r.as_mut_ptr()
    })
}

/// Handles the request in the buffer; returns the answer's length in bytes.
#[no_mangle]
pub extern "C" fn cc_run(op: u32) -> usize {
    let request = REQUEST.with(|r| String::from_utf8_lossy(&r.borrow()).into_owned());
    let answer = clausecalc_calc::page::handle(op, &request);
    ANSWER.with(|a| {
        let len = answer.len();
        *a.borrow_mut() = answer;
        len
    })
}

/// Where the last answer starts.
#[no_mangle]
pub extern "C" fn cc_out() -> *const u8 {
    ANSWER.with(|a| a.borrow().as_ptr())
}
