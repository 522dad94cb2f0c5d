//! The shell's texts and the choice of language. The table lives in `clausecalc-calc` (beside the
//! pages' texts, so one test keeps keys unique across both); the app links only the shell's part.

pub use clausecalc_calc::lang::{shell as t, Lang};
