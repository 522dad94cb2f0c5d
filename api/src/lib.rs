//! # clausecalc-api
//!
//! The host API: the clausecalc engine as an ES module (wasm-bindgen `--target web`) for a web
//! developer who builds their own UI. One call, [`evaluate`]: a scenario as JSON text in, the
//! outcome as JSON text out, in the format of `docs/API.md` (`{"ok": outcome}` or
//! `{"err": error}`). `scripts/build-modules.sh` builds it once per contract (feature `ru` or
//! `se`) as `dist/api/clausecalc-ru.js` / `clausecalc-se.js`, so a host of the Swedish terms
//! loads none of the Russian rules, and the reverse.
#![forbid(unsafe_code)]

use wasm_bindgen::prelude::wasm_bindgen;

/// Answers a scenario (JSON text, tagged by `calculator`) with `{"ok": outcome}` or
/// `{"err": error}` as JSON text. Never panics: JSON that fits no calculator of this module — a
/// scenario for the other contract among them — is a `bad-scenario` error whose detail names the
/// calculators this module answers.
///
/// ```
/// let answer = clausecalc_api::evaluate(r#"{"calculator": "ru-late-interest",
///     "amount": "50000", "deadline": "2025-05-31", "as_of": "2025-10-31"}"#);
/// # #[cfg(feature = "ru")]
/// assert!(answer.starts_with(r#"{"ok":{"calculator":"ru-late-interest""#), "{answer}");
/// ```
#[wasm_bindgen]
pub fn evaluate(scenario_json: &str) -> String {
    clausecalc_engine::evaluate_json_built_in(scenario_json)
}

/// The ids of the calculators this module answers, as a JSON array of strings
/// (`["ru-refund","ru-deadlines","ru-late-interest","ru-group-check"]` for the RU module).
#[wasm_bindgen]
pub fn calculators() -> String {
    let ids: Vec<String> = clausecalc_engine::BUILT_IN
        .iter()
        .map(|id| format!("\"{id}\""))
        .collect();
    format!("[{}]", ids.join(","))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::*;

    fn parse(text: &str) -> serde_json::Value {
        serde_json::from_str(text).unwrap()
    }

    #[test]
    fn calculators_lists_the_ids_built_in() {
        let ids = parse(&calculators());
        let ids: Vec<&str> = ids
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect();
        assert_eq!(ids, clausecalc_engine::BUILT_IN);
        assert_eq!(
            ids.iter().any(|i| i.starts_with("ru-")),
            cfg!(feature = "ru")
        );
        assert_eq!(
            ids.iter().any(|i| i.starts_with("se-")),
            cfg!(feature = "se")
        );
    }

    /// The RU worked example (docs/API.md, "The host API"): the same text `evaluate_json` gives.
    #[test]
    fn answers_like_evaluate_json_or_refuses_the_other_contract() {
        let scenario = r#"{"calculator": "ru-refund",
            "payments": [{"amount": "850", "date": "2026-03-01"}, {"amount": "5950", "date": "2026-03-02"}],
            "refusal_sent": "2026-03-28T20:00", "channel": "e-mail", "as_of": "2026-03-29"}"#;
        let answer = evaluate(scenario);
        if cfg!(feature = "ru") {
            assert_eq!(answer, clausecalc_engine::evaluate_json(scenario));
            assert!(
                parse(&answer)["ok"]["headline"]["text"].is_string(),
                "{answer}"
            );
        } else {
            let answer = parse(&answer);
            assert_eq!(answer["err"]["error"], "bad-scenario", "{answer}");
            assert!(answer["err"]["detail"]
                .as_str()
                .unwrap()
                .contains("se-withdrawal"));
        }
    }

    #[test]
    fn refuses_bad_json_without_panicking() {
        for text in [
            "",
            "{",
            "null",
            r#"{"calculator": 5}"#,
            r#"{"calculator": "ru-refund", "as_of": 5}"#,
        ] {
            assert_eq!(
                parse(&evaluate(text))["err"]["error"],
                "bad-scenario",
                "{text}"
            );
        }
    }
}
