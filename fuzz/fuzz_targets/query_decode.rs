//! The URL / draft decoder (`embed::parse_query`, what the app reads from `location.search` and
//! from the local draft): any text decodes without a panic, and reading back what `query` writes
//! gives the same case (empty values are not written).
#![no_main]

use clausecalc_calc::embed::{parse_query, query};
use clausecalc_calc::Fields;
use libfuzzer_sys::fuzz_target;

fn non_empty(f: &Fields) -> Fields {
    Fields(f.0.iter().filter(|(_, v)| !v.is_empty()).cloned().collect())
}

fuzz_target!(|data: &[u8]| {
    // Whatever is in the address bar or the draft.
    let text = String::from_utf8_lossy(data);
    let f = parse_query(&text);
    assert_eq!(parse_query(&query(&f, |_, _| true)), non_empty(&f));
    // Any case the app holds survives the trip through a link.
    let mut u = arbitrary::Unstructured::new(data);
    if let Ok(pairs) = u.arbitrary::<Vec<(String, String)>>() {
        let f = non_empty(&Fields(pairs));
        assert_eq!(parse_query(&query(&f, |_, _| true)), f);
    }
});
