//! The Swedish collection-cost caps (lag (1981:739) om ersättning för inkassokostnader m.m.
//! 4 § 2 st.): a data table (`engine/data/se-collection-costs.json`) with its source, status and
//! "known until", compiled in by `build.rs`.

use crate::data::{date, decimal, CapTableData, SE_COLLECTION_CAPS};
use crate::money::Sek;
use crate::outcome::{Field, Notice, Value};
use chrono::NaiveDate;

/// The caps as shipped, with their provenance.
pub(crate) struct CollectionCaps {
    table: &'static CapTableData,
}

impl CollectionCaps {
    /// The shipped table.
    pub(crate) fn shipped() -> Self {
        Self {
            table: &SE_COLLECTION_CAPS,
        }
    }

    /// The cap for `kind` (`reminder`, `inkassokrav`, `amortisation-plan`); the build script
    /// checked that each is present, so the zero fallback cannot occur.
    pub(crate) fn cap(&self, kind: &str) -> Sek {
        Sek(self
            .table
            .caps
            .iter()
            .find(|(k, _)| *k == kind)
            .map(|(_, a)| decimal(*a))
            .unwrap_or_default())
    }

    /// The warning shown whenever the caps are used: their source, and that they are still to
    /// be verified (RULES.md §3) or known only until a date.
    pub(crate) fn notice(&self) -> Notice {
        let t = self.table;
        let known = date(t.known_until).unwrap_or(NaiveDate::MIN);
        let from = date(t.in_force_from).unwrap_or(NaiveDate::MIN);
        Notice::new(
            if t.status == "confirmed" {
                "collection-caps-known-until"
            } else {
                "collection-caps-to-verify"
            },
            format!(
                "The caps ({}, in force from {from}) are from {} and checked only up to {known}: verify that they have not changed.",
                t.name, t.source
            ),
            vec![
                Field::new("table", Value::text(t.name)),
                Field::new("source", Value::text(t.source)),
                Field::new("known-until", Value::Date(known)),
            ],
        )
    }
}
