//! When a notice counts as received: the contract's 24-hour rule (offer 10.1–10.3) beside the
//! statutory default of actual delivery (ГК РФ ст. 165.1).

use super::cite;
use super::group::GroupZone;
use super::Note;
use crate::error::Result;
use crate::outcome::{Comparison, Field, Notice, Outcome, Step, Value};
use crate::period;
use chrono::NaiveDateTime;
use serde::Deserialize;

/// How the refusal (or another notice) was sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
pub enum Channel {
    /// Through the personal account (GetCourse): offer 10.2.
    #[serde(rename = "personal-account")]
    PersonalAccount,
    /// By e-mail: offer 10.3.
    #[default]
    #[serde(rename = "e-mail", alias = "email")]
    Email,
    /// Any other way (post, courier, by hand): the actual receipt moment must be entered.
    #[serde(rename = "other")]
    Other,
}

impl Channel {
    /// The stable code.
    pub fn code(self) -> &'static str {
        match self {
            Channel::PersonalAccount => "personal-account",
            Channel::Email => "e-mail",
            Channel::Other => "other",
        }
    }

    /// Whether the contract's 24-hour rule applies.
    pub fn deemed(self) -> bool {
        matches!(self, Channel::PersonalAccount | Channel::Email)
    }
}

/// Hours after which a notice through the personal account or by e-mail counts as received.
pub const DEEMED_HOURS: i64 = 24;

/// The receipt of a notice under the contract and under the statute.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Receipt {
    /// When it was sent.
    pub sent: NaiveDateTime,
    /// The contract's receipt moment (decisive for the offer's clauses).
    pub contract: NaiveDateTime,
    /// The actual delivery moment (ГК 165.1 default).
    pub actual: NaiveDateTime,
    /// The actual moment was not entered and was taken as the moment of sending.
    pub actual_assumed: bool,
    /// The channel.
    pub channel: Channel,
}

/// RU-NOTICE-RECEIPT — offer 10.1–10.3: a notice sent through the personal account or by e-mail
/// counts as received 24 hours after it was sent (date and time, the group's zone).
///
/// Interpretation: the deemed moment is the contract's receipt and decides the refusal window and
/// the refund deadline; the actual delivery moment (ГК 165.1 п. 1, which yields to "the terms of
/// the transaction") is shown beside it as the alternative. Without an entered delivery moment an
/// e-mail is taken as delivered when sent (flagged). For other channels the entered actual receipt
/// decides both.
// QUESTION: a deeming term that delays the consumer's own notices by 24 h may worsen the
// consumer's position (ЗоЗПП ст. 16); we show the actual-delivery reading beside it and warn
// when the two readings change the outcome.
pub fn receipt(
    channel: Channel,
    sent: NaiveDateTime,
    received_at: Option<NaiveDateTime>,
    zone: &GroupZone,
    out: &mut Outcome,
) -> Result<Receipt> {
    let (contract, actual, assumed) = if channel.deemed() {
        let deemed = period::add_hours(sent, DEEMED_HOURS, "notice-receipt")?;
        (deemed, received_at.unwrap_or(sent), received_at.is_none())
    } else {
        let at = received_at.unwrap_or(sent);
        (at, at, received_at.is_none())
    };
    let mut step = Step::new("RU-NOTICE-RECEIPT", cite::NOTICE)
        .input("channel", Value::code(channel.code()))
        .input("sent", zone.moment(sent));
    if let Some(r) = received_at {
        step = step.input("received-actual", zone.moment(r));
    }
    let note = if channel.deemed() {
        Note::DeemedReceipt24h
    } else {
        Note::ActualReceipt
    };
    out.step(step.output("received", zone.moment(contract)).note(note));
    out.deadline(
        "refusal-received",
        zone.moment(contract),
        "RU-NOTICE-RECEIPT",
        cite::NOTICE,
    );
    out.event(
        sent.date(),
        crate::outcome::EventKind::Event,
        "refusal-sent",
    );
    out.event(
        contract.date(),
        crate::outcome::EventKind::Event,
        "refusal-received",
    );
    if channel.deemed() {
        out.deadline(
            "refusal-received-actual",
            zone.moment(actual),
            "RU-NOTICE-RECEIPT",
            cite::NOTICE_LAW,
        );
        out.step(
            Step::new("RU-NOTICE-RECEIPT", cite::NOTICE_LAW)
                .input("sent", zone.moment(sent))
                .output("received-actual", zone.moment(actual))
                .note(Note::DeliveryDefault),
        );
        out.step(
            Step::new("RU-NOTICE-RECEIPT", cite::NOTICE)
                .input("received-contract", zone.moment(contract))
                .input("received-actual", zone.moment(actual))
                .output("received", zone.moment(contract))
                .note(Note::ContractReceiptRuleGoverns),
        );
        out.comparisons.push(Comparison {
            key: "refusal-received".into(),
            contract: zone.moment(contract),
            law: zone.moment(actual),
            contract_citation: cite::NOTICE.into(),
            law_citation: cite::NOTICE_LAW.into(),
            reason_code: "deemed-receipt-24h".into(),
            reason: "The contract deems a notice received 24 hours after sending; by default the law counts actual delivery.".into(),
        });
        if assumed {
            out.assume(Notice::new(
                "delivery-assumed-at-sending",
                "No actual delivery moment was entered: the e-mail or message is taken as delivered when sent.",
                Vec::new(),
            ));
        }
    } else if assumed {
        out.assume(Notice::new(
            "receipt-assumed-at-sending",
            "No receipt moment was entered: the notice is taken as received when sent.",
            vec![Field::new("sent", zone.moment(sent))],
        ));
    }
    Ok(Receipt {
        sent,
        contract,
        actual,
        actual_assumed: assumed,
        channel,
    })
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::ru_intervision::testing::moscow;
    use chrono::NaiveDate;

    /// RU-NOTICE-RECEIPT — offer 10.3: an e-mail counts as received 24 h after sending.
    #[test]
    fn email_plus_24_hours() {
        let sent = NaiveDate::from_ymd_opt(2026, 3, 28)
            .unwrap()
            .and_hms_opt(23, 59, 0)
            .unwrap();
        let mut out = Outcome::new("t");
        let r = receipt(Channel::Email, sent, None, &moscow(), &mut out).unwrap();
        assert_eq!(
            r.contract,
            NaiveDate::from_ymd_opt(2026, 3, 29)
                .unwrap()
                .and_hms_opt(23, 59, 0)
                .unwrap()
        );
        assert_eq!(r.actual, sent);
        assert!(r.actual_assumed);
        assert_eq!(out.comparisons.len(), 1);
    }

    /// RU-NOTICE-RECEIPT — other channels: the actual receipt decides.
    #[test]
    fn other_channel_actual_receipt() {
        let sent = NaiveDate::from_ymd_opt(2026, 3, 20)
            .unwrap()
            .and_hms_opt(10, 0, 0)
            .unwrap();
        let got = NaiveDate::from_ymd_opt(2026, 3, 25)
            .unwrap()
            .and_hms_opt(12, 0, 0)
            .unwrap();
        let mut out = Outcome::new("t");
        let r = receipt(Channel::Other, sent, Some(got), &moscow(), &mut out).unwrap();
        assert_eq!(r.contract, got);
        assert!(out.comparisons.is_empty());
    }
}
