//! clausecalc — the browser app: glue and presentation around `clausecalc-engine`.
//!
//! The engine computes every number; this crate only turns form strings into scenarios, renders
//! outcomes in the user's language, and keeps the case in the URL and a local draft.
#![forbid(unsafe_code)]

mod app;
#[cfg(feature = "calculators")]
mod calc_page;
#[cfg(feature = "calculators")]
mod form;
#[cfg(feature = "calculators")]
mod format;
mod i18n;
#[cfg(feature = "calculators")]
mod node;
#[cfg(feature = "calculators")]
mod outcome_view;
#[cfg(feature = "calculators")]
mod pages;
mod state;
#[cfg(feature = "calculators")]
mod texts;

fn main() {
    leptos::mount::mount_to_body(app::App);
}
