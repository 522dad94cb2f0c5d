//! clausecalc — the browser app: glue and presentation around `clausecalc-engine`.
//!
//! The engine computes every number; this crate only turns form strings into scenarios, renders
//! outcomes in the user's language, and keeps the case in the URL and a local draft.
#![forbid(unsafe_code)]

mod app;
mod form;
mod format;
mod i18n;
mod node;
mod outcome_view;
mod pages;
mod state;
mod texts;

fn main() {
    leptos::mount::mount_to_body(app::App);
}
