//! clausecalc — the browser app: glue and presentation around `clausecalc-engine`.
//!
//! The engine computes every number, and the calculator pages (forms and answers as HTML) come from
//! `clausecalc-calc`, compiled into one on-demand module per contract. This crate is the shell:
//! routes, language, the URL and the local draft, and the glue that loads and talks to a module.
#![forbid(unsafe_code)]

mod app;
mod calc_page;
mod crash;
mod i18n;
mod module;
mod state;

fn main() {
    crash::install();
    leptos::mount::mount_to_body(app::App);
    #[cfg(feature = "test-hooks")]
    crash::test_hook();
}
