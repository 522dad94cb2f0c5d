//! Money: a `Decimal` newtype per currency, rounded only at named steps.
//!
//! RULES.md §0: never `f64`; round half away from zero to 0.01 (kopecks / öre) only where a rule
//! says so. Arithmetic is checked: an overflow is an error, never a panic.

use crate::error::{EngineError, Result};
use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};

/// Rounds half away from zero to 0.01 — the one rounding the rules use (RULES.md §0).
pub fn round_cents(d: Decimal) -> Decimal {
    d.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

/// Which currency an amount is in (for output values).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Currency {
    /// Russian rouble, ₽.
    #[serde(rename = "RUB")]
    Rub,
    /// Swedish krona, kr.
    #[serde(rename = "SEK")]
    Sek,
}

macro_rules! money_type {
    ($(#[$doc:meta])* $name:ident, $cur:expr) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub Decimal);

        impl $name {
            /// Zero.
            pub const ZERO: Self = $name(Decimal::ZERO);
            /// The currency of this type.
            pub const CURRENCY: Currency = $cur;
            /// The amount as a decimal.
            pub fn amount(self) -> Decimal {
                self.0
            }
            /// Checked sum; `step` names the rule step for the error.
            pub fn add(self, other: Self, step: &'static str) -> Result<Self> {
                self.0.checked_add(other.0).map($name).ok_or(EngineError::Overflow { step })
            }
            /// Checked difference (may be negative; see `positive_part`).
            pub fn sub(self, other: Self, step: &'static str) -> Result<Self> {
                self.0.checked_sub(other.0).map($name).ok_or(EngineError::Overflow { step })
            }
            /// Checked product with a plain number (a count, a fraction).
            pub fn mul(self, factor: Decimal, step: &'static str) -> Result<Self> {
                self.0.checked_mul(factor).map($name).ok_or(EngineError::Overflow { step })
            }
            /// Checked quotient by a plain number; dividing by zero is an error.
            pub fn div(self, divisor: Decimal, step: &'static str) -> Result<Self> {
                self.0.checked_div(divisor).map($name).ok_or(EngineError::Overflow { step })
            }
            /// Rounded half away from zero to 0.01 (RULES.md §0). Call only at a named step.
            pub fn round_cents(self) -> Self {
                $name(round_cents(self.0))
            }
            /// `max(self, 0)`: a refund is never negative (what is owed is shown separately).
            pub fn positive_part(self) -> Self {
                if self.0.is_sign_negative() { Self::ZERO } else { self }
            }
            /// Whether the amount is below zero.
            pub fn is_negative(self) -> bool {
                self.0.is_sign_negative() && !self.0.is_zero()
            }
            /// The smaller of two amounts.
            pub fn min(self, other: Self) -> Self {
                if other.0 < self.0 { other } else { self }
            }
            /// Checked sum of many amounts.
            pub fn sum<I: IntoIterator<Item = Self>>(items: I, step: &'static str) -> Result<Self> {
                items.into_iter().try_fold(Self::ZERO, |acc, x| acc.add(x, step))
            }
        }

        impl core::fmt::Display for $name {
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                write!(f, "{}", self.0)
            }
        }
    };
}

money_type!(
    /// An amount in Russian roubles (RUB, ₽).
    ///
    /// ```
    /// use clausecalc_engine::money::Rub;
    /// use rust_decimal::Decimal;
    /// let paid = Rub(Decimal::new(6800, 0));
    /// let fee = Rub(Decimal::new(500, 0));
    /// assert_eq!(paid.sub(fee, "example").unwrap(), Rub(Decimal::new(6300, 0)));
    /// ```
    Rub,
    Currency::Rub
);
money_type!(
    /// An amount in Swedish kronor (SEK, kr).
    Sek,
    Currency::Sek
);
