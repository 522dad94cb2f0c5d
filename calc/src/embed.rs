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

/// The snippet to paste into a web page: the frame (allowed to write to the clipboard, for its "Copy link"), and a listener that sets the frame's height
/// from the `{clausecalc: "height", height}` messages the embedded app sends (only messages from
/// the app's own origin, and only for the frame that sent them).
pub fn snippet(origin: &str, path: &str, fields: &Fields, today: &str, title: &str) -> String {
    let src = embed_url(&format!("{origin}{path}"), fields, today);
    format!(
        "<iframe src=\"{}\" title=\"{}\" allow=\"clipboard-write\" style=\"width:100%;height:900px;border:0\" loading=\"lazy\"></iframe>\n\
         <script>addEventListener(\"message\",function(e){{var d=e.data;if(e.origin===\"{}\"&&d&&d.clausecalc===\"height\")\
         document.querySelectorAll(\"iframe\").forEach(function(f){{if(f.contentWindow===e.source)f.style.height=Math.ceil(d.height)+\"px\"}})}});</script>",
        esc(&src),
        esc(title),
        origin.replace(['"', '\\', '<'], "")
    )
}

/// Inside a frame: a link that opens the case on the app's own page, in a new tab.
pub fn open_full(lang: Lang, href: &str) -> String {
    format!(
        "<p><a target=\"_blank\" rel=\"noopener\" href=\"{}\">{} ↗</a></p>",
        esc(href),
        shell(lang, "open-full")
    )
}

/// The "Embed on a website" panel (a `<details>`): what it does, the snippet in
/// a read-only text area, and the copy button (`data-copy-code`).
pub fn panel(lang: Lang, snippet: &str) -> String {
    let t = |k| shell(lang, k);
    format!(
        "<details><summary>{}</summary><p>{}</p><label for=\"embed-code\">{}</label>\
         <textarea id=\"embed-code\" readonly rows=\"6\" spellcheck=\"false\">{}</textarea>\
         <button type=\"button\" class=\"secondary\" data-copy-code=\"1\">{}</button></details>",
        t("embed"),
        t("embed-help"),
        t("embed-code"),
        esc(snippet),
        t("copy-code")
    )
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
    fn snippet_escapes_its_attributes_and_checks_the_origin() {
        let s = snippet(
            "https://x.example",
            "/",
            &f(&[("p", "ru-refund"), ("group.name", "\"><script>")]),
            "2026-11-29",
            "Отказ \"и\" возврат",
        );
        assert!(s.starts_with("<iframe src=\"https://x.example/?p=ru-refund&amp;group.name=%22%3E%3Cscript%3E&amp;e=1\""));
        assert!(s.contains("title=\"Отказ &quot;и&quot; возврат\""));
        assert!(s.contains("e.origin===\"https://x.example\""));
        assert_eq!(s.matches("<script>").count(), 1);
    }

    #[test]
    fn panel_shows_the_snippet_as_text() {
        let p = panel(Lang::Sv, "<iframe src=\"a&amp;b\"></iframe>");
        assert!(p.contains(">&lt;iframe src=&quot;a&amp;amp;b&quot;&gt;&lt;/iframe&gt;</textarea>"));
        assert!(p.contains(">Kopiera koden</button>"));
    }
}
