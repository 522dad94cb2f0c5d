//! A tiny serde data model for form input: the form's strings become a tree of `Node`s that
//! deserialises straight into the engine's `Scenario` — the exact documented scenario format —
//! without carrying a JSON parser in the app (serde_json would cost ~17 KB brotli).

use serde::de::{self, value::MapDeserializer, value::SeqDeserializer, IntoDeserializer, Visitor};

#[derive(Clone, Debug, PartialEq)]
pub enum Node {
    Null,
    Bool(bool),
    Int(u64),
    Str(String),
    Seq(Vec<Node>),
    Map(Vec<(String, Node)>),
}

impl Node {
    pub fn map() -> Node {
        Node::Map(Vec::new())
    }

    /// Inserts `value` at a dotted `path` (`payments.0.amount`), creating maps and sequences on
    /// the way; numeric segments index sequences.
    pub fn insert(&mut self, path: &str, value: Node) {
        let (head, rest) = match path.split_once('.') {
            Some((h, r)) => (h, Some(r)),
            None => (path, None),
        };
        let next_is_index = rest
            .and_then(|r| r.split('.').next())
            .is_some_and(|s| s.parse::<usize>().is_ok());
        let fresh = || {
            if next_is_index {
                Node::Seq(Vec::new())
            } else {
                Node::map()
            }
        };
        match self {
            Node::Map(entries) => {
                let pos = match entries.iter().position(|(k, _)| k == head) {
                    Some(p) => p,
                    None => {
                        entries.push((
                            head.to_string(),
                            if rest.is_some() { fresh() } else { Node::Null },
                        ));
                        entries.len().saturating_sub(1)
                    }
                };
                if let Some((_, slot)) = entries.get_mut(pos) {
                    match rest {
                        Some(r) => slot.insert(r, value),
                        None => *slot = value,
                    }
                }
            }
            Node::Seq(items) => {
                let Ok(i) = head.parse::<usize>() else { return };
                while items.len() <= i {
                    items.push(if rest.is_some() { fresh() } else { Node::Null });
                }
                if let Some(slot) = items.get_mut(i) {
                    match rest {
                        Some(r) => slot.insert(r, value),
                        None => *slot = value,
                    }
                }
            }
            _ => {}
        }
    }
}

#[derive(Debug)]
pub struct Error(pub String);

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}
impl std::error::Error for Error {}
/// serde's default messages print the unexpected value (`Unexpected`), whose `Display` formats
/// floats and so pulls float formatting (~4 KB brotli) into every page module. The form never
/// makes a float, so the messages name only what was expected.
impl de::Error for Error {
    fn custom<T: std::fmt::Display>(msg: T) -> Self {
        Error(msg.to_string())
    }
    fn invalid_type(_: de::Unexpected<'_>, exp: &dyn de::Expected) -> Self {
        Error(format!("invalid type, expected {exp}"))
    }
    fn invalid_value(_: de::Unexpected<'_>, exp: &dyn de::Expected) -> Self {
        Error(format!("invalid value, expected {exp}"))
    }
    fn invalid_length(len: usize, exp: &dyn de::Expected) -> Self {
        Error(format!("invalid length {len}, expected {exp}"))
    }
    fn unknown_variant(variant: &str, _: &'static [&'static str]) -> Self {
        Error(format!("unknown variant `{variant}`"))
    }
    fn unknown_field(field: &str, _: &'static [&'static str]) -> Self {
        Error(format!("unknown field `{field}`"))
    }
    fn missing_field(field: &'static str) -> Self {
        Error(format!("missing field `{field}`"))
    }
    fn duplicate_field(field: &'static str) -> Self {
        Error(format!("duplicate field `{field}`"))
    }
}

impl<'de> IntoDeserializer<'de, Error> for Node {
    type Deserializer = Node;
    fn into_deserializer(self) -> Node {
        self
    }
}

impl<'de> de::Deserializer<'de> for Node {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self {
            Node::Null => visitor.visit_unit(),
            Node::Bool(b) => visitor.visit_bool(b),
            Node::Int(n) => visitor.visit_u64(n),
            Node::Str(s) => visitor.visit_string(s),
            Node::Seq(items) => {
                let mut seq = SeqDeserializer::new(items.into_iter());
                let v = visitor.visit_seq(&mut seq)?;
                seq.end()?;
                Ok(v)
            }
            Node::Map(entries) => {
                let mut map = MapDeserializer::new(entries.into_iter());
                let v = visitor.visit_map(&mut map)?;
                map.end()?;
                Ok(v)
            }
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self {
            Node::Null => visitor.visit_none(),
            other => visitor.visit_some(other),
        }
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        match self {
            // Unit variants are plain strings (`"own-choice"`).
            Node::Str(s) => visitor.visit_enum(s.into_deserializer()),
            _ => Err(de::Error::custom("expected a variant name")),
        }
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct newtype_struct seq tuple
        tuple_struct map struct identifier ignored_any
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_build_nested_maps_and_sequences() {
        let mut n = Node::map();
        n.insert("payments.1.amount", Node::Str("5950".into()));
        n.insert("payments.0.amount", Node::Str("850".into()));
        n.insert("as_of", Node::Str("2026-03-01".into()));
        let Node::Map(m) = &n else { panic!() };
        let Some((_, Node::Seq(items))) = m.iter().find(|(k, _)| k == "payments") else {
            panic!()
        };
        assert_eq!(items.len(), 2);
    }
}
