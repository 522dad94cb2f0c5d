//! What the user typed: field name → text, kept exactly as typed (so nothing is lost while it is
//! not valid yet). The URL query, the local draft and the message to a page module all carry it.

/// Field name → value, in insertion order (kept small; linear search is cheapest in bytes).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Fields(pub Vec<(String, String)>);

/// Separators of the page-module message: never typed, and stripped from values on the way in.
pub const UNIT: char = '\u{1f}';
pub const RECORD: char = '\u{1e}';

impl Fields {
    pub fn get(&self, key: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    pub fn set(&mut self, key: &str, value: String) {
        if let Some(slot) = self.0.iter_mut().find(|(k, _)| k == key) {
            slot.1 = value;
        } else {
            self.0.push((key.to_string(), value));
        }
    }

    /// `k␟v␞k␟v␞…` (control characters in keys and values are dropped).
    pub fn encode(&self, out: &mut String) {
        for (k, v) in &self.0 {
            out.extend(k.chars().filter(|c| !c.is_control()));
            out.push(UNIT);
            out.extend(v.chars().filter(|c| !c.is_control()));
            out.push(RECORD);
        }
    }

    /// The inverse of [`Fields::encode`].
    pub fn decode(s: &str) -> Fields {
        Fields(
            s.split(RECORD)
                .filter(|r| !r.is_empty())
                .map(|r| {
                    let (k, v) = r.split_once(UNIT).unwrap_or((r, ""));
                    (k.to_string(), v.to_string())
                })
                .collect(),
        )
    }
}

/// Number of rows of list `path` (stored as `path.n`; at least 1 so there is a row to type in).
pub fn rows(fields: &Fields, path: &str) -> usize {
    fields
        .get(&format!("{path}.n"))
        .and_then(|n| n.parse().ok())
        .unwrap_or(1)
        .clamp(0, 60)
}

/// Adds an empty row to list `path` (at most 60).
pub fn add_row(f: &mut Fields, path: &str) {
    let n = rows(f, path);
    f.set(
        &format!("{path}.n"),
        n.saturating_add(1).min(60).to_string(),
    );
}

/// Removes row `i` of list `path`, shifting later rows up.
pub fn remove_row(f: &mut Fields, path: &str, i: usize) {
    let n = rows(f, path);
    let prefix = format!("{path}.");
    let mut moved = Vec::new();
    f.0.retain(|(k, v)| {
        if let Some(rest) = k.strip_prefix(&prefix) {
            let (idx, tail) = rest
                .split_once('.')
                .map(|(a, b)| (a, Some(b)))
                .unwrap_or((rest, None));
            if let Ok(j) = idx.parse::<usize>() {
                if j == i {
                    return false;
                }
                if j > i {
                    let j = j.saturating_sub(1);
                    let nk = match tail {
                        Some(t) => format!("{path}.{j}.{t}"),
                        None => format!("{path}.{j}"),
                    };
                    moved.push((nk, v.clone()));
                    return false;
                }
            }
        }
        true
    });
    f.0.extend(moved);
    f.set(&format!("{path}.n"), n.saturating_sub(1).to_string());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removing_a_row_shifts_the_rest() {
        let mut f = Fields::default();
        f.set("p.n", "3".into());
        f.set("p.0.a", "x".into());
        f.set("p.1.a", "y".into());
        f.set("p.2.a", "z".into());
        remove_row(&mut f, "p", 1);
        assert_eq!(f.get("p.1.a"), Some("z"));
        assert_eq!(f.get("p.n"), Some("2"));
        add_row(&mut f, "p");
        assert_eq!(rows(&f, "p"), 3);
    }

    #[test]
    fn encoding_round_trips_and_drops_separators() {
        let mut f = Fields::default();
        f.set("as_of", "2026-04-01".into());
        f.set("note", "a\u{1e}b\u{1f}c d".into());
        let mut s = String::new();
        f.encode(&mut s);
        let back = Fields::decode(&s);
        assert_eq!(back.get("as_of"), Some("2026-04-01"));
        assert_eq!(back.get("note"), Some("abc d"));
        assert_eq!(back.0.len(), 2);
    }
}
