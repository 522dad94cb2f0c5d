//! Links and embed snippets built from the case: pure string work, so they are tested natively.
//!
//! A link reopens the case exactly (`?p=…&l=…&<field>=<value>…`). An embed snippet is an
//! `<iframe>` of the same page in embed mode (`e=1`) for a provider's or an adviser's own site,
//! with a few lines of script that let the frame grow to its content's height. What the snippet
//! leaves out: the "as of" dates that are simply today (an embedded calculator should compute on
//! the day a visitor opens it, not on the day the snippet was copied).

use crate::fields::Fields;
use crate::html::esc;
use crate::lang::{shell, Lang};

/// `?k=v&…` of the fields with a non-empty value that `keep` accepts, percent-encoded as
/// `encodeURIComponent` does.
pub fn query(fields: &Fields, keep: impl Fn(&str, &str) -> bool) -> String {
    let mut out = String::from("?");
    for (k, v) in fields.0.iter().filter(|(k, v)| !v.is_empty() && keep(k, v)) {
        if out.len() > 1 {
            out.push('&');
        }
        encode(&mut out, k);
        out.push('=');
        encode(&mut out, v);
    }
    out
}

/// Parses a query or a draft, `a=1&b=2` (with or without the leading `?`): the inverse of
/// [`query`]. Never fails: a key without `=` has an empty value, and a part that does not decode
/// is kept as typed (see [`decode`]).
pub fn parse_query(q: &str) -> Fields {
    let q = q.strip_prefix('?').unwrap_or(q);
    Fields(
        q.split('&')
            .filter(|p| !p.is_empty())
            .map(|p| {
                let (k, v) = p.split_once('=').unwrap_or((p, ""));
                (decode(k), decode(v))
            })
            .collect(),
    )
}

/// `+` as a space, then `decodeURIComponent`: `%XX` escapes to bytes, read as UTF-8. As in the
/// browser, a part with a broken escape (`%`, `%4`, `%zz`) or escapes that are not UTF-8 is not
/// decoded at all: it is kept as typed (with `+` still read as a space), never an error.
fn decode(s: &str) -> String {
    let plus = s.replace('+', " ");
    let mut bytes = Vec::with_capacity(plus.len());
    let mut rest = plus.as_bytes();
    while let Some((&b, tail)) = rest.split_first() {
        rest = tail;
        if b != b'%' {
            bytes.push(b);
            continue;
        }
        let hex = |c: Option<&u8>| c.and_then(|c| char::from(*c).to_digit(16));
        let (Some(hi), Some(lo)) = (hex(rest.first()), hex(rest.get(1))) else {
            return plus;
        };
        // Both digits are below 16, so this is a byte.
        bytes.push(u8::try_from(hi.wrapping_shl(4) | lo).unwrap_or(0));
        rest = rest.get(2..).unwrap_or_default();
    }
    String::from_utf8(bytes).unwrap_or(plus)
}

/// `s` percent-encoded as `encodeURIComponent` does.
pub fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    encode(&mut out, s);
    out
}

/// Percent-encodes everything but `A–Z a–z 0–9 - _ . ! ~ * ' ( )` (as `encodeURIComponent`).
fn encode(out: &mut String, s: &str) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.!~*'()".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push('%');
            for nibble in [b >> 4, b & 0xf] {
                out.push(HEX.get(usize::from(nibble)).map_or('0', |h| char::from(*h)));
            }
        }
    }
}

/// The fields without the "as of" dates that are simply `today` (what an embedded case keeps).
pub fn without_today(fields: &Fields, today: &str) -> Fields {
    Fields(
        fields
            .0
            .iter()
            .filter(|(k, v)| !(is_today_field(k) && v == today))
            .cloned()
            .collect(),
    )
}

/// Whether two cases hold the same non-empty fields, in any order (no sort: it would cost the
/// first load a few KB).
pub fn same_case(a: &Fields, b: &Fields) -> bool {
    let within = |x: &Fields, y: &Fields| {
        x.0.iter()
            .filter(|(_, v)| !v.is_empty())
            .all(|(k, v)| y.get(k) == Some(v.as_str()))
    };
    within(a, b) && within(b, a)
}

/// The fields a page fills in with today ("as of", "until"; under a section prefix too).
pub const TODAY_KEYS: [&str; 2] = ["as_of", "until"];

/// Whether `key` is one of [`TODAY_KEYS`] (`as_of`, `li.until`, …).
fn is_today_field(key: &str) -> bool {
    let last = key.rsplit('.').next().unwrap_or(key);
    TODAY_KEYS.contains(&last)
}

/// The page's own part of the case: page and language, the fields named `names` (the controls
/// the page draws, group fields included) and the row counts of its lists (`<list>.n`). Fields
/// typed on other pages stay out of a snippet made here.
pub fn page_case(fields: &Fields, names: &[String]) -> Fields {
    Fields(
        fields
            .0
            .iter()
            .filter(|(k, _)| {
                k == "p"
                    || k == "l"
                    || names.iter().any(|n| n == k)
                    || k.strip_suffix('n')
                        .filter(|list| list.ends_with('.'))
                        .is_some_and(|list| names.iter().any(|n| n.starts_with(list)))
            })
            .cloned()
            .collect(),
    )
}

/// The address of the case in embed mode: `base` (origin and path of the app) with the fields,
/// without the embed flag and the draft's own keys, without today-valued "as of" dates, and
/// with `e=1` last.
pub fn embed_url(base: &str, fields: &Fields, today: &str) -> String {
    let q = query(&without_today(fields, today), |k, _| k != "e");
    let sep = if q.len() > 1 { "&" } else { "" };
    format!("{base}{q}{sep}e=1")
}

/// The snippet to paste into a web page, with no inline script or style, so it works on a host
/// with a strict Content-Security-Policy:
/// - the frame, 900 px high by its `height` attribute (what a host that blocks scripts keeps; the
///   frame scrolls inside), allowed to write to the clipboard (for its "Copy link"), marked
///   `data-clausecalc="<id>"` (one id per embed, so several widgets never mix their messages);
/// - below it a plain link that opens the calculator (hidden by the embed script, which is
///   there when scripts run; a host without scripts keeps it);
/// - the embed script from the app's own origin (`embed.js`: greets the frame, sets its height
///   from the frame's messages, re-dispatches them as DOM events on the frame).
pub fn snippet(
    origin: &str,
    path: &str,
    fields: &Fields,
    today: &str,
    title: &str,
    lang: Lang,
) -> String {
    let base = format!("{origin}{path}");
    let src = embed_url(&base, fields, today);
    let full = format!(
        "{base}{}",
        query(&without_today(fields, today), |k, _| k != "e")
    );
    let page = fields.get("p").unwrap_or("calculator");
    let dir = path.rsplit_once('/').map(|(d, _)| d).unwrap_or("");
    format!(
        "<iframe src=\"{}\" title=\"{}\" data-clausecalc=\"{}\" allow=\"clipboard-write\" width=\"100%\" height=\"900\" frameborder=\"0\" loading=\"lazy\"></iframe>\n\
         <p class=\"clausecalc-open\"><a href=\"{}\" target=\"_blank\" rel=\"noopener\">{} ↗</a></p>\n\
         <script src=\"{}\" async></script>",
        esc(&src),
        esc(title),
        esc(&format!("clausecalc-{page}")),
        esc(&full),
        esc(shell(lang, "open-calculator")),
        esc(&format!("{origin}{dir}/embed.js")),
    )
}

/// The "Embed on a website" panel (a `<details>`): what it does, the look of the frame (each
/// control named by its field, `data-look`, with the value in `fields`), the snippet in a
/// read-only text area, the copy button (`data-copy-code`) and the frame's preview
/// (`iframe.preview`, its address set by the app when the panel opens or the look changes).
pub fn panel(lang: Lang, snippet: &str, fields: &Fields) -> String {
    let t = |k| shell(lang, k);
    let mut look = String::new();
    for (key, label, kind, options) in LOOK {
        let value = fields.get(key).unwrap_or("");
        look.push_str(&format!("<label>{} ", t(label)));
        if kind.is_empty() {
            look.push_str(&format!("<select id=\"th-{key}\" data-look=\"{key}\">"));
            for (v, text) in options {
                let text = match shell(lang, text) {
                    "" => text,
                    s => s,
                };
                let sel = if *v == value { " selected" } else { "" };
                look.push_str(&format!(
                    "<option value=\"{v}\"{sel}>{}</option>",
                    esc(text)
                ));
            }
            look.push_str("</select>");
        } else {
            let shown = if value.is_empty() && kind == "color" {
                "#0b5cad"
            } else {
                value
            };
            look.push_str(&format!(
                "<input type=\"{kind}\" id=\"th-{key}\" data-look=\"{key}\" min=\"0\" max=\"24\" value=\"{}\">",
                esc(shown)
            ));
        }
        look.push_str("</label>");
    }
    format!(
        "<details><summary>{}</summary><p>{}</p><fieldset class=\"look\"><legend>{}</legend>{look}</fieldset>\
         <label for=\"embed-code\">{}</label>\
         <textarea id=\"embed-code\" readonly rows=\"6\" spellcheck=\"false\">{}</textarea>\
         <button type=\"button\" class=\"secondary\" data-copy-code=\"1\">{}</button>\
         <p class=\"hint\">{}</p><iframe class=\"preview\" title=\"{}\"></iframe></details>",
        t("embed"),
        t("embed-help"),
        t("embed-look"),
        t("embed-code"),
        esc(snippet),
        t("copy-code"),
        t("embed-preview"),
        esc(t("embed-preview")),
    )
}

/// The controls of the frame's look: (field, label key, input type or "" for a choice, choices
/// as (value, text key or text)).
type LookControl = (
    &'static str,
    &'static str,
    &'static str,
    &'static [(&'static str, &'static str)],
);
const LOOK: [LookControl; 5] = [
    ("accent", "embed-accent", "color", &[]),
    ("radius", "embed-radius", "number", &[]),
    (
        "font",
        "embed-font",
        "",
        &[
            ("", "—"),
            ("system", "system"),
            ("sans", "sans"),
            ("serif", "serif"),
            ("rounded", "rounded"),
            ("mono", "mono"),
        ],
    ),
    (
        "scheme",
        "embed-scheme",
        "",
        &[
            ("", "embed-scheme-auto"),
            ("light", "embed-scheme-light"),
            ("dark", "embed-scheme-dark"),
        ],
    ),
    (
        "density",
        "embed-density",
        "",
        &[
            ("", "embed-density-normal"),
            ("compact", "embed-density-compact"),
        ],
    ),
];

/// The theme parameters an embedding page may set in the frame's address.
pub const THEME_KEYS: [&str; 5] = ["accent", "radius", "font", "scheme", "density"];

/// The fonts an embedding page may choose (a name in the address → a font stack); nothing else
/// reaches the style sheet.
pub const FONTS: [(&str, &str); 5] = [
    (
        "system",
        "system-ui, -apple-system, \"Segoe UI\", Roboto, \"Noto Sans\", sans-serif",
    ),
    (
        "sans",
        "\"Helvetica Neue\", Arial, \"Noto Sans\", sans-serif",
    ),
    (
        "serif",
        "Georgia, \"Times New Roman\", \"Noto Serif\", serif",
    ),
    (
        "rounded",
        "ui-rounded, \"SF Pro Rounded\", \"Nunito\", system-ui, sans-serif",
    ),
    (
        "mono",
        "ui-monospace, \"SFMono-Regular\", Menlo, Consolas, monospace",
    ),
];

/// A theme read from the address, validated: only values that pass become CSS custom
/// properties (`vars`) or attributes of `<html>` (`scheme`, `compact`); anything else is named
/// in `ignored` (the app says so in the console) and has no effect.
#[derive(Debug, Default, PartialEq)]
pub struct Theme {
    pub vars: Vec<(&'static str, String)>,
    /// `light` or `dark`; `None` follows the visitor's system (`auto`).
    pub scheme: Option<&'static str>,
    pub compact: bool,
    pub ignored: Vec<String>,
}

/// Reads and validates the theme parameters of `fields`.
pub fn theme(fields: &Fields) -> Theme {
    let mut th = Theme::default();
    for key in THEME_KEYS {
        let Some(v) = fields.get(key).map(str::trim).filter(|v| !v.is_empty()) else {
            continue;
        };
        let ok = match key {
            "accent" => {
                let hex = v.strip_prefix('#').unwrap_or("");
                let valid =
                    matches!(hex.len(), 3 | 6) && hex.bytes().all(|b| b.is_ascii_hexdigit());
                if valid {
                    th.vars
                        .push(("--accent", format!("#{}", hex.to_ascii_lowercase())));
                }
                valid
            }
            "radius" => match v.parse::<u8>() {
                Ok(r) if r <= 24 => {
                    th.vars.push(("--radius", format!("{r}px")));
                    true
                }
                _ => false,
            },
            "font" => match FONTS.iter().find(|(name, _)| *name == v) {
                Some((_, stack)) => {
                    th.vars.push(("--font", (*stack).to_string()));
                    true
                }
                None => false,
            },
            "scheme" => match v {
                "light" => {
                    th.scheme = Some("light");
                    true
                }
                "dark" => {
                    th.scheme = Some("dark");
                    true
                }
                "auto" => true,
                _ => false,
            },
            _ => match v {
                "compact" => {
                    th.compact = true;
                    true
                }
                "normal" => true,
                _ => false,
            },
        };
        if !ok {
            th.ignored.push(key.to_string());
        }
    }
    th
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(pairs: &[(&str, &str)]) -> Fields {
        Fields(
            pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        )
    }

    #[test]
    fn query_encodes_like_encode_uri_component_and_skips_empty_values() {
        let q = query(
            &f(&[
                ("p", "ru-refund"),
                ("group.name", "Мягкий старт & co"),
                ("x", ""),
                ("a.0.amount", "6 800,00"),
            ]),
            |_, _| true,
        );
        assert_eq!(
            q,
            "?p=ru-refund&group.name=%D0%9C%D1%8F%D0%B3%D0%BA%D0%B8%D0%B9%20%D1%81%D1%82%D0%B0%D1%80%D1%82%20%26%20co&a.0.amount=6%20800%2C00"
        );
        assert_eq!(query(&Fields::default(), |_, _| true), "?");
    }

    #[test]
    fn parse_query_reads_back_what_query_wrote() {
        let case = f(&[
            ("p", "ru-refund"),
            ("group.name", "Мягкий старт & co = 100% «да»+"),
            ("a.0.amount", "6 800,00"),
            ("note", "?&=%+#\u{1f}\u{0}"),
            ("emoji", "🙂"),
        ]);
        assert_eq!(parse_query(&query(&case, |_, _| true)), case);
        assert_eq!(parse_query("?"), Fields::default());
        assert_eq!(parse_query(""), Fields::default());
    }

    #[test]
    fn parse_query_reads_plus_as_space_and_keeps_broken_escapes_as_typed() {
        assert_eq!(
            parse_query("?a=1+2&&b&c=%41%c3%a9&=x"),
            f(&[("a", "1 2"), ("b", ""), ("c", "Aé"), ("", "x")])
        );
        // decodeURIComponent throws on these; the app keeps the text as typed.
        assert_eq!(
            parse_query("a=%&b=%4&c=%zz1&d=%C3&e=50%+off&f=%ED%A0%80"),
            f(&[
                ("a", "%"),
                ("b", "%4"),
                ("c", "%zz1"),
                ("d", "%C3"),
                ("e", "50% off"),
                ("f", "%ED%A0%80")
            ])
        );
        // A multi-byte character right after a `%` is not a hex digit (and is not split).
        assert_eq!(parse_query("a=%é1"), f(&[("a", "%é1")]));
    }

    #[test]
    fn embed_url_drops_today_as_of_dates_and_the_old_flag() {
        let fields = f(&[
            ("p", "se-deadlines"),
            ("l", "sv"),
            ("e", "1"),
            ("as_of", "2026-11-29"),
            ("li.until", "2026-11-29"),
            ("li.as_of", "2026-01-31"),
            ("group.price", "6800"),
        ]);
        assert_eq!(
            embed_url("https://x.example/calc/", &fields, "2026-11-29"),
            "https://x.example/calc/?p=se-deadlines&l=sv&li.as_of=2026-01-31&group.price=6800&e=1"
        );
        assert_eq!(
            embed_url("https://x.example/", &Fields::default(), "2026-11-29"),
            "https://x.example/?e=1"
        );
    }

    #[test]
    fn page_case_keeps_the_pages_own_fields_and_list_counts() {
        let fields = f(&[
            ("p", "ru-refund"),
            ("l", "ru"),
            ("payments.n", "2"),
            ("payments.1.amount", "5950"),
            ("group.name", "Своя"),
            ("concluded", "2025-06-06"),
            ("li.amount", "100"),
            ("e", "1"),
        ]);
        let names = ["payments.0.amount", "payments.1.amount", "group.name"].map(String::from);
        assert_eq!(
            page_case(&fields, &names),
            f(&[
                ("p", "ru-refund"),
                ("l", "ru"),
                ("payments.n", "2"),
                ("payments.1.amount", "5950"),
                ("group.name", "Своя")
            ])
        );
    }

    #[test]
    fn same_case_ignores_order_and_empty_fields() {
        assert!(same_case(
            &f(&[("a", "1"), ("b", "2"), ("c", "")]),
            &f(&[("b", "2"), ("a", "1")])
        ));
        assert!(!same_case(&f(&[("a", "1")]), &f(&[("a", "2")])));
        assert_eq!(
            without_today(
                &f(&[("as_of", "2026-11-29"), ("x.until", "2026-01-01")]),
                "2026-11-29"
            ),
            f(&[("x.until", "2026-01-01")])
        );
    }

    #[test]
    fn snippet_needs_no_inline_script_or_style_and_escapes_its_attributes() {
        let s = snippet(
            "https://x.example",
            "/calc/index.html",
            &f(&[("p", "ru-refund"), ("group.name", "\"><script>")]),
            "2026-11-29",
            "Отказ \"и\" возврат",
            Lang::En,
        );
        assert!(s.starts_with("<iframe src=\"https://x.example/calc/index.html?p=ru-refund&amp;group.name=%22%3E%3Cscript%3E&amp;e=1\""), "{s}");
        assert!(s.contains("title=\"Отказ &quot;и&quot; возврат\""));
        assert!(s.contains("data-clausecalc=\"clausecalc-ru-refund\""));
        assert!(s.contains("height=\"900\""));
        assert!(!s.contains("style="), "no inline style: {s}");
        // One script, from the app's origin, with no body.
        assert_eq!(s.matches("<script").count(), 1);
        assert!(s.contains("<script src=\"https://x.example/calc/embed.js\" async></script>"));
        // The fallback link opens the full page (no embed flag).
        assert!(s.contains("<a href=\"https://x.example/calc/index.html?p=ru-refund&amp;group.name=%22%3E%3Cscript%3E\" target=\"_blank\""), "{s}");
    }

    #[test]
    fn a_theme_takes_only_valid_values() {
        let th = theme(&f(&[
            ("accent", "#0A7"),
            ("radius", "12"),
            ("font", "serif"),
            ("scheme", "dark"),
            ("density", "compact"),
        ]));
        assert_eq!(
            th.vars,
            vec![
                ("--accent", "#0a7".to_string()),
                ("--radius", "12px".to_string()),
                ("--font", FONTS[2].1.to_string())
            ]
        );
        assert_eq!(th.scheme, Some("dark"));
        assert!(th.compact);
        assert!(th.ignored.is_empty());
        // Markup, CSS injection, out-of-range and unknown values change nothing and are named.
        let bad = theme(&f(&[
            ("accent", "red;background:url(x)"),
            ("radius", "999"),
            ("font", "Comic Sans\";}"),
            ("scheme", "<script>"),
            ("density", "tiny"),
        ]));
        assert!(bad.vars.is_empty() && bad.scheme.is_none() && !bad.compact);
        assert_eq!(
            bad.ignored,
            ["accent", "radius", "font", "scheme", "density"]
        );
        assert_eq!(theme(&f(&[("scheme", "auto")])), Theme::default());
    }

    #[test]
    fn panel_shows_the_snippet_as_text_and_the_look_chosen() {
        let p = panel(
            Lang::Sv,
            "<iframe src=\"a&amp;b\"></iframe>",
            &f(&[("scheme", "dark"), ("radius", "\"><b>")]),
        );
        assert!(p.contains(">&lt;iframe src=&quot;a&amp;amp;b&quot;&gt;&lt;/iframe&gt;</textarea>"));
        assert!(p.contains(">Kopiera koden</button>"));
        assert!(p.contains("<option value=\"dark\" selected>Mörkt</option>"));
        assert!(p.contains("value=\"&quot;&gt;&lt;b&gt;\""), "{p}");
        assert!(p.contains("data-look=\"accent\" min=\"0\" max=\"24\" value=\"#0b5cad\""));
    }
}
