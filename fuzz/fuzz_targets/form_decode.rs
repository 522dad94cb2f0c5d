//! The form-to-scenario decoder: arbitrary text as the page module's message (`Fields::decode`),
//! then `page::handle` for every page (open and compute), which runs `form::parse`, the node
//! deserialiser, the engine and the HTML rendering — all must answer, none may panic.
#![no_main]

use clausecalc_calc::fields::{RECORD, UNIT};
use clausecalc_calc::page::{handle, OP_COMPUTE, OP_OPEN};
use clausecalc_calc::Fields;
use libfuzzer_sys::fuzz_target;

const PAGES: [&str; 7] = [
    "ru-refund",
    "ru-deadlines",
    "ru-late-interest",
    "ru-group",
    "se-withdrawal",
    "se-billing",
    "se-deadlines",
];

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    // The message format round-trips (control characters are dropped on the way in).
    let fields = Fields::decode(&text);
    let mut encoded = String::new();
    fields.encode(&mut encoded);
    let clean = |s: &str| s.chars().filter(|c| !c.is_control()).collect::<String>();
    let stripped = Fields(fields.0.iter().map(|(k, v)| (clean(k), clean(v))).collect());
    assert_eq!(Fields::decode(&encoded), stripped);

    let lang = ["en", "ru", "sv"][data.len() % 3];
    for page in PAGES {
        let request = format!("{lang}{UNIT}{page}{UNIT}2026-11-30{RECORD}{text}");
        let _ = handle(OP_COMPUTE, &request);
        let _ = handle(OP_OPEN, &request);
    }
    // The whole request arbitrary, header included.
    let _ = handle(OP_COMPUTE, &text);
});
