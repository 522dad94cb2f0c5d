//! Prints the scenario a fuzz input stands for (the `evaluate` target's mutation), to turn a
//! crash or a timeout into a regression test: `cargo run --manifest-path fuzz/Cargo.toml
//! --example show -- fuzz/artifacts/evaluate/<file>`.
fn main() {
    let path = std::env::args().nth(1).expect("a fuzz input file");
    let data = std::fs::read(path).expect("readable");
    let mut u = arbitrary::Unstructured::new(&data);
    match clausecalc_fuzz::mutated(&mut u) {
        Ok(v) => println!("{v}"),
        Err(e) => eprintln!("no scenario: {e}"),
    }
}
