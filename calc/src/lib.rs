//! clausecalc's calculator pages as a pure library — no browser, no clock, no I/O.
//!
//! Strings in, strings out: what the user typed ([`Fields`]) becomes the engine's documented
//! scenario; the engine's outcome becomes HTML in ru, sv or en, with the "why", the timeline and
//! the chart. Compiled per contract (features `ru`, `se`) into the page modules in `wasm/` that
//! the app loads when a calculator opens; the app itself links only [`Lang`], [`Fields`], the
//! shell's texts and [`embed`] (links and snippets) from here.
#![forbid(unsafe_code)]

pub mod embed;
pub mod fields;
pub mod form;
pub mod format;
pub mod html;
pub mod ics;
pub mod lang;
pub mod node;
pub mod notes;
pub mod outcome_view;
pub mod page;
pub mod pages;
pub mod texts;

pub use fields::Fields;
pub use lang::Lang;
