//! Translations of the engine's stable keys and codes (figure and deadline keys, headline and
//! notice codes, table columns, enum codes) and of the form's field labels: (key, [ru, sv, en]).
//! Headline templates are `hl-<code>`, notices `n-<code>`, comparison reasons `r-<code>`, field
//! labels `f-<field>`, hints `h-<field>`, errors `err-<code>`; `{param}` takes a notice parameter.

pub static ENGINE_TEXTS: &[(&str, [&str; 3])] = &[];
