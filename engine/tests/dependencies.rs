//! The engine is a pure library: its dependency tree (for every target, wasm included) must not
//! contain a browser or UI crate, and chrono must not bring its JS clock (`wasmbind`).
//! Guards the rule in STYLE.md "The engine is a library; the app is glue".
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::process::Command;

#[test]
fn engine_dependency_tree_has_no_browser_crates() {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let manifest = concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.toml");
    let out = Command::new(cargo)
        .args([
            "tree",
            "--manifest-path",
            manifest,
            "-p",
            "clausecalc-engine",
            "-e",
            "normal",
            "--target",
            "all",
            "--prefix",
            "none",
            "--offline",
        ])
        .output()
        .expect("run cargo tree");
    assert!(
        out.status.success(),
        "cargo tree failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let tree = String::from_utf8_lossy(&out.stdout);
    let names: Vec<&str> = tree
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    assert!(
        names.contains(&"chrono") && names.contains(&"rust_decimal"),
        "unexpected tree:\n{tree}"
    );
    for forbidden in [
        "leptos",
        "web-sys",
        "js-sys",
        "wasm-bindgen",
        "getrandom",
        "iana-time-zone",
    ] {
        assert!(
            !names.iter().any(|n| n.starts_with(forbidden)),
            "engine depends on {forbidden}:\n{tree}"
        );
    }
}
