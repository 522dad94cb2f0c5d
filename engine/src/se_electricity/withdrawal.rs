//! `se-withdrawal` — ångerrätt for distance and off-premises contracts (villkor 2.2 A, 2.2 B;
//! distansavtalslagen (2005:59) 2 kap.): until when the consumer may withdraw, whether an
//! unsolicited phone sale is binding at all, what a withdrawing consumer pays for electricity
//! already supplied, and by when the supplier refunds.

use super::late_interest::{supplier_interest, CountFrom, SupplierDebt};
use super::{
    check_date, check_non_negative, check_opt_date, cite, record_rolled, sek, Note, RollRule,
};
use crate::calendar::Jurisdiction;
use crate::error::{Problem, Result, Validator};
use crate::interest::{RateTable, UserRate};
use crate::money::{round_cents, Sek};
use crate::outcome::{Basis, EventKind, Field, Notice, Outcome, Step, Value};
use crate::period::{add_months, days_after, days_between, roll_forward};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Deserialize;

/// How the contract was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Channel {
    /// At a distance (web, e-mail, a call the consumer made).
    Distance,
    /// Outside the supplier's business premises (door to door, a fair stand).
    OffPremises,
    /// Unsolicited phone sale: the supplier called the consumer (uppsökande telefonförsäljning).
    UnsolicitedPhone,
    /// In the supplier's shop or office: no ångerrätt.
    OnPremises,
}

impl Channel {
    fn code(self) -> &'static str {
        match self {
            Channel::Distance => "distance",
            Channel::OffPremises => "off-premises",
            Channel::UnsolicitedPhone => "unsolicited-phone",
            Channel::OnPremises => "on-premises",
        }
    }
}

/// Whether and when the consumer got the information about the right of withdrawal
/// (distansavtalslagen 2 kap. 2 § första stycket 9).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Information {
    /// Given as the law requires, no later than the day the contract was made.
    GivenSameDay,
    /// Given after the contract was made, on `information_date`.
    GivenLater,
    /// Never given.
    Never,
}

impl Information {
    fn code(self) -> &'static str {
        match self {
            Information::GivenSameDay => "given-same-day",
            Information::GivenLater => "given-later",
            Information::Never => "never",
        }
    }
}

/// How the withdrawal notice was sent (for the day the supplier received it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum NoticeMedium {
    /// E-mail, a web form or another electronic message: with no receipt date entered, it is
    /// taken as received the day it was sent.
    Electronic,
    /// A letter (or another slow channel): its receipt date must be entered.
    Letter,
}

/// Input of `se-withdrawal`. Only `channel` and `concluded` are always needed; the others are
/// sub-questions a form asks when they matter.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct WithdrawalInput {
    /// How the contract was made.
    pub channel: Channel,
    /// The day the contract was concluded (for an unsolicited phone sale: the day of the written
    /// acceptance, which is when such a contract is made).
    pub concluded: NaiveDate,
    /// Whether the withdrawal information was given (needed unless on premises).
    #[serde(default)]
    pub information: Option<Information>,
    /// When the information was received, if `given-later`.
    #[serde(default)]
    pub information_date: Option<NaiveDate>,
    /// Unsolicited phone sale: did the consumer accept the offer in writing after the call?
    #[serde(default)]
    pub written_acceptance: Option<bool>,
    /// The day supply started, if it started before the notice.
    #[serde(default)]
    pub supply_started: Option<NaiveDate>,
    /// Did the consumer expressly ask for supply to start during the ångerfrist?
    #[serde(default)]
    pub express_request: Option<bool>,
    /// The day the consumer sent the withdrawal notice.
    #[serde(default)]
    pub notice_sent: Option<NaiveDate>,
    /// How the notice was sent; default e-mail.
    #[serde(default)]
    pub notice_medium: Option<NoticeMedium>,
    /// The day the supplier received the notice, if known (the refund term counts from it).
    #[serde(default)]
    pub notice_received: Option<NaiveDate>,
    /// Electricity supplied up to the notice, kWh (from the meter).
    #[serde(default)]
    pub supplied_kwh: Option<Decimal>,
    /// The agreed price per kWh, kr (with VAT, as the consumer pays it).
    #[serde(default)]
    pub price_per_kwh: Option<Decimal>,
    /// A fixed agreed price for a period (e.g. the monthly fee), kr.
    #[serde(default)]
    pub period_price: Option<Sek>,
    /// The number of days that `period_price` covers.
    #[serde(default)]
    pub period_days: Option<u32>,
    /// What the consumer has paid the supplier so far, kr.
    #[serde(default)]
    pub paid: Option<Sek>,
    /// The day the supplier paid the refund, or "as of" while it is unpaid: dröjsmålsränta on a
    /// refund paid after its deadline is counted up to it (SE-SUPPLIER-INTEREST).
    #[serde(default)]
    pub refund_paid_on: Option<NaiveDate>,
    /// Reference rates the user knows for half-years past the table's "known until".
    #[serde(default)]
    pub user_rates: Vec<UserRate>,
}

const RULE: &str = "SE-WITHDRAWAL";
const RULE_PAY: &str = "SE-WITHDRAWAL-PAY";
const RULE_REFUND: &str = "SE-WITHDRAWAL-REFUND";
const RULE_TELESALE: &str = "SE-TELESALE";

fn validate(i: &WithdrawalInput) -> Result<()> {
    let mut v = Validator::new();
    check_date(&mut v, "concluded", i.concluded);
    check_opt_date(&mut v, "information_date", i.information_date);
    check_opt_date(&mut v, "supply_started", i.supply_started);
    check_opt_date(&mut v, "notice_sent", i.notice_sent);
    let withdrawable = i.channel != Channel::OnPremises;
    let invalid_phone =
        i.channel == Channel::UnsolicitedPhone && i.written_acceptance == Some(false);
    if i.channel == Channel::UnsolicitedPhone {
        v.check(
            i.written_acceptance.is_none(),
            "written_acceptance",
            Problem::Missing,
        );
    }
    if withdrawable && !invalid_phone {
        v.check(i.information.is_none(), "information", Problem::Missing);
        if i.information == Some(Information::GivenLater) {
            match i.information_date {
                None => v.add("information_date", Problem::Missing),
                Some(d) => v.check(
                    d < i.concluded,
                    "information_date",
                    Problem::BeforeOther {
                        other: "concluded".into(),
                    },
                ),
            }
        }
    }
    if let Some(n) = i.notice_sent {
        v.check(
            n < i.concluded,
            "notice_sent",
            Problem::BeforeOther {
                other: "concluded".into(),
            },
        );
    }
    check_opt_date(&mut v, "notice_received", i.notice_received);
    if let (Some(r), Some(n)) = (i.notice_received, i.notice_sent) {
        v.check(
            r < n,
            "notice_received",
            Problem::BeforeOther {
                other: "notice_sent".into(),
            },
        );
    }
    if i.notice_sent.is_some()
        && i.notice_medium == Some(NoticeMedium::Letter)
        && i.notice_received.is_none()
    {
        v.add("notice_received", Problem::Missing);
    }
    if let Some(s) = i.supply_started {
        v.check(
            s < i.concluded,
            "supply_started",
            Problem::BeforeOther {
                other: "concluded".into(),
            },
        );
    }
    if let Some(k) = i.supplied_kwh {
        check_non_negative(&mut v, "supplied_kwh", k);
        v.check(i.price_per_kwh.is_none(), "price_per_kwh", Problem::Missing);
    }
    if let Some(p) = i.price_per_kwh {
        check_non_negative(&mut v, "price_per_kwh", p);
        v.check(i.supplied_kwh.is_none(), "supplied_kwh", Problem::Missing);
    }
    if let Some(p) = i.period_price {
        check_non_negative(&mut v, "period_price", p.0);
        v.check(i.period_days.is_none(), "period_days", Problem::Missing);
    }
    if let Some(n) = i.period_days {
        v.check(n == 0, "period_days", Problem::NotPositive);
        v.check(
            n > 366,
            "period_days",
            Problem::OutOfRange {
                detail: "1–366 days".into(),
            },
        );
        v.check(i.period_price.is_none(), "period_price", Problem::Missing);
    }
    if let Some(p) = i.paid {
        check_non_negative(&mut v, "paid", p.0);
    }
    check_opt_date(&mut v, "refund_paid_on", i.refund_paid_on);
    if let (Some(r), Some(n)) = (i.refund_paid_on, i.notice_sent) {
        v.check(
            r < n,
            "refund_paid_on",
            Problem::BeforeOther {
                other: "notice_sent".into(),
            },
        );
    }
    for (n, u) in i.user_rates.iter().enumerate() {
        check_date(&mut v, &format!("user_rates.{n}.from"), u.from);
    }
    v.absorb(RateTable::se_reference_rate().check_user_rates_after(&i.user_rates, "user_rates"))?;
    v.finish()
}

/// `se-withdrawal`: the ångerfrist, the telesale rule, the pro-rata payment and the refund
/// deadline for one contract.
///
/// ```
/// use clausecalc_engine::se_electricity::{withdrawal, Channel, Information, WithdrawalInput};
/// use chrono::NaiveDate;
/// let i = WithdrawalInput {
///     channel: Channel::Distance,
///     concluded: NaiveDate::from_ymd_opt(2025, 6, 6).unwrap(),
///     information: Some(Information::GivenSameDay),
///     information_date: None, written_acceptance: None, supply_started: None,
///     express_request: None, notice_sent: None, notice_medium: None, notice_received: None,
///     supplied_kwh: None, price_per_kwh: None,
///     period_price: None, period_days: None, paid: None, refund_paid_on: None,
///     user_rates: vec![],
/// };
/// let o = withdrawal(&i).unwrap();
/// // 2025-06-20 is midsommarafton: the ångerfrist ends on Monday 23 June.
/// let last = o.deadlines.iter().find(|d| d.key == "withdrawal-last-day").unwrap();
/// assert!(matches!(last.value, clausecalc_engine::outcome::Value::Deadline { date, .. }
///     if date == NaiveDate::from_ymd_opt(2025, 6, 23).unwrap()));
/// ```
pub fn withdrawal(i: &WithdrawalInput) -> Result<Outcome> {
    validate(i)?;
    let mut out = Outcome::new("se-withdrawal");
    out.event(i.concluded, EventKind::Event, "contract-concluded");
    if i.channel == Channel::OnPremises {
        return Ok(on_premises(out, i));
    }
    if i.channel == Channel::UnsolicitedPhone && !telesale(&mut out, i) {
        return Ok(out);
    }
    let (last, replaced_last) = withdrawal_period(&mut out, i)?;
    let Some(notice) = i.notice_sent else {
        out.headline = Notice::new(
            "withdrawal-last-day",
            format!("You can withdraw by sending a notice no later than {last} (24:00, Stockholm time)."),
            vec![Field::new("last-day", Value::Date(last))],
        );
        return Ok(out);
    };
    out.event(notice, EventKind::Event, "notice-sent");
    let in_time = notice <= last;
    out.step(
        Step::new(RULE, &cite("2.2 B", "distansavtalslagen 2 kap. 10 §"))
            .input("notice-sent", Value::Date(notice))
            .input("withdrawal-last-day", Value::Date(last))
            .output("notice-in-time", Value::Bool(in_time))
            .note(Note::NoticeSentSuffices),
    );
    out.figure(
        "notice-in-time",
        Value::Bool(in_time),
        RULE,
        &cite("2.2 B", "distansavtalslagen 2 kap. 10 §"),
        Basis::Agreed,
    );
    if let Some(replaced) = replaced_last.filter(|r| notice > *r && in_time) {
        out.warn(Notice::new(
            "withdrawal-cap-reading-decides",
            format!("The notice of {notice} is in time only because the 12 months are counted from the end of the initial 14 days after its roll-forward (last day {last}); counted from the unrolled 14th day they would have ended on {replaced}."),
            vec![
                Field::new("notice-sent", Value::Date(notice)),
                Field::new("last-day", Value::Date(last)),
                Field::new("unrolled-reading-last-day", Value::Date(replaced)),
            ],
        ));
    }
    if !in_time {
        out.headline = Notice::new(
            "withdrawal-too-late",
            format!("The notice of {notice} was sent after the ångerfrist ended on {last}: it does not withdraw from the contract (it can still serve as a termination, villkor 6.1)."),
            vec![Field::new("notice-sent", Value::Date(notice)), Field::new("last-day", Value::Date(last))],
        );
        return Ok(out);
    }
    let owed = pay(&mut out, i, notice)?;
    refund(&mut out, i, notice, owed)?;
    out.headline = Notice::new(
        "withdrawal-in-time",
        format!(
            "The notice of {notice} was sent in time (last day {last}): the contract is withdrawn."
        ),
        vec![
            Field::new("notice-sent", Value::Date(notice)),
            Field::new("last-day", Value::Date(last)),
        ],
    );
    Ok(out)
}

/// SE-WITHDRAWAL — villkor 2.2 B: a contract made in the supplier's premises gives no ångerrätt
/// (distansavtalslagen covers only distance and off-premises contracts). The consumer can still
/// terminate under villkor 6.1.
fn on_premises(mut out: Outcome, i: &WithdrawalInput) -> Outcome {
    out.step(
        Step::new(RULE, &cite("2.2 B", "distansavtalslagen 1 kap. 1 §"))
            .input("channel", Value::code(i.channel.code()))
            .output("withdrawal-right", Value::Bool(false))
            .note(Note::OnPremisesNoWithdrawal),
    );
    out.figure(
        "withdrawal-right",
        Value::Bool(false),
        RULE,
        &cite("2.2 B", "distansavtalslagen 1 kap. 1 §"),
        Basis::Agreed,
    );
    out.headline = Notice::new(
        "no-withdrawal-right",
        "A contract made on the supplier's premises has no ångerrätt; you can still terminate it (villkor 6.1).",
        Vec::new(),
    );
    out
}

/// SE-TELESALE — villkor 2.2 A: after an unsolicited phone call the contract is made only when
/// the consumer accepts the supplier's written offer in writing; without that acceptance it is
/// invalid and the consumer owes nothing. Returns whether the contract stands.
fn telesale(out: &mut Outcome, i: &WithdrawalInput) -> bool {
    let accepted = i.written_acceptance == Some(true);
    let citation = cite("2.2 A", "distansavtalslagen 2 kap. 3 a §");
    out.step(
        Step::new(RULE_TELESALE, &citation)
            .input("channel", Value::code(i.channel.code()))
            .input("written-acceptance", Value::Bool(accepted))
            .output("contract-valid", Value::Bool(accepted))
            .note(if accepted {
                Note::TelesaleAccepted
            } else {
                Note::TelesaleInvalid
            }),
    );
    out.figure(
        "contract-valid",
        Value::Bool(accepted),
        RULE_TELESALE,
        &citation,
        Basis::Agreed,
    );
    if accepted {
        out.assume(Notice::new(
            "telesale-concluded-on-acceptance",
            "The phone sale was accepted in writing: `concluded` is read as the day of that acceptance.",
            Vec::new(),
        ));
        return true;
    }
    out.figure(
        "amount-owed",
        sek(Decimal::ZERO),
        RULE_TELESALE,
        &citation,
        Basis::Law,
    );
    if let Some(paid) = i.paid {
        out.figure("refund", sek(paid.0), RULE_TELESALE, &citation, Basis::Law);
    }
    out.headline = Notice::new(
        "telesale-invalid",
        "No written acceptance after the phone call: there is no valid contract and nothing to pay.",
        Vec::new(),
    );
    false
}

/// SE-WITHDRAWAL — villkor 2.2 B; distansavtalslagen 2 kap. 10–12 §§ (Dir. 2011/83/EU art. 9,
/// 10(1)): the ångerfrist is 14 days from the day the contract is made, but does not start before
/// the withdrawal information is given. Interpretation: information given later → 14 days from the
/// day it was received, if it came within 12 months of the contract day; never given (or later
/// than that) → 12 months from the *end of the initial period*, and that end is the 14th day
/// *after* its own roll-forward (art. 10(1) counts from "the end of the initial withdrawal period";
/// recital 41 makes Reg. 1182/71 govern it, whose art. 3(4) moves a last day on a rest day to the
/// next working day — here by the Swedish rule, which also passes over the three eves), + 12
/// months by the month rule; then the cap's own last day rolls forward. The replaced reading
/// (12 months from the unrolled 14th day) is shown beside it when it differs. Returns the rolled
/// last day and the replaced reading's last day, if different.
// QUESTION: for information given later, the 12-month limit is counted from the contract day (the
// day the ångerfrist would have started); the cap itself from the rolled end of the initial period.
fn withdrawal_period(
    out: &mut Outcome,
    i: &WithdrawalInput,
) -> Result<(NaiveDate, Option<NaiveDate>)> {
    let citation = cite(
        "2.2 B",
        "distansavtalslagen 2 kap. 10–12 §§; dir. 2011/83/EU art. 10.1",
    );
    let ordinary = days_after(i.concluded, 14, "withdrawal-ordinary-end")?;
    // The initial period's end, after its own roll-forward: the cap counts from it.
    let initial_end = roll_forward(Jurisdiction::Se, ordinary)?.date;
    let cap = add_months(initial_end, 12, "withdrawal-cap")?;
    let replaced_cap = add_months(ordinary, 12, "withdrawal-cap")?;
    let info = i.information.unwrap_or(Information::GivenSameDay);
    let mut step = Step::new(RULE, &citation)
        .input("channel", Value::code(i.channel.code()))
        .input("concluded", Value::Date(i.concluded))
        .input("information", Value::code(info.code()))
        .output("ordinary-last-day", Value::Date(ordinary));
    let mut capped = false;
    let (naive, note) = match (info, i.information_date) {
        (Information::GivenLater, Some(got)) => {
            let latest_useful = add_months(i.concluded, 12, "withdrawal-info-limit")?;
            step = step
                .input("information-date", Value::Date(got))
                .input("information-deadline", Value::Date(latest_useful));
            if got <= latest_useful {
                out.event(got, EventKind::Event, "information-received");
                (
                    days_after(got, 14, "withdrawal-info-end")?,
                    Note::InformationGivenLater,
                )
            } else {
                capped = true;
                (cap, Note::InformationTooLate)
            }
        }
        (Information::Never, _) => {
            capped = true;
            (cap, Note::InformationNeverGiven)
        }
        _ => (ordinary, Note::WithdrawalPeriodOrdinary),
    };
    if capped {
        step = step
            .output("initial-period-end", Value::Date(initial_end))
            .output("cap-last-day", Value::Date(cap));
    }
    out.step(
        step.output("last-day-before-roll", Value::Date(naive))
            .note(note),
    );
    out.figure(
        "withdrawal-last-day-before-roll",
        Value::Date(naive),
        RULE,
        &citation,
        Basis::Law,
    );
    let rolled = record_rolled(
        out,
        RULE,
        &citation,
        "withdrawal-last-day",
        naive,
        RollRule::EuPeriod,
    )?;
    let mut replaced = None;
    if capped {
        let replaced_rolled = roll_forward(Jurisdiction::Se, replaced_cap)?.date;
        if replaced_rolled != rolled.date {
            out.step(
                Step::new(RULE, &citation)
                    .input("ordinary-last-day", Value::Date(ordinary))
                    .input("initial-period-end", Value::Date(initial_end))
                    .output("withdrawal-last-day", Value::Date(rolled.date))
                    .output(
                        "withdrawal-last-day-unrolled-reading",
                        Value::Date(replaced_rolled),
                    )
                    .note(Note::CapFromRolledEnd),
            );
            out.figure(
                "withdrawal-last-day-unrolled-reading",
                Value::Date(replaced_rolled),
                RULE,
                &citation,
                Basis::Law,
            );
            replaced = Some(replaced_rolled);
        }
    }
    Ok((rolled.date, replaced))
}

/// SE-WITHDRAWAL-PAY — distansavtalslagen 2 kap. 15 §: a consumer who withdraws after supply began
/// during the ångerfrist at his or her express request pays for what was supplied up to the notice,
/// pro rata; nothing if the information (right of withdrawal and duty to pay, given before the
/// contract) or the express request was missing. Interpretation: information given only later
/// counts as missing; the amount uses only the inputs (kWh × price, and a period price by days
/// supplied ÷ days of the period, supply day and notice day both counted) — never an invented
/// price. Returns the amount owed, if it could be computed.
// QUESTION: information given only after the contract is treated as "not given" for the duty to
// pay (2 kap. 15 § refers to the information required before the contract); a court might accept
// information given before supply started.
fn pay(out: &mut Outcome, i: &WithdrawalInput, notice: NaiveDate) -> Result<Option<Sek>> {
    let citation = cite("2.2 B", "distansavtalslagen 2 kap. 15 §");
    let Some(started) = i.supply_started.filter(|s| *s <= notice) else {
        out.step(
            Step::new(RULE_PAY, &citation)
                .input(
                    "supply-started",
                    i.supply_started
                        .map_or(Value::code("not-started"), Value::Date),
                )
                .input("notice-sent", Value::Date(notice))
                .output("amount-owed", sek(Decimal::ZERO))
                .note(Note::NothingSupplied),
        );
        out.figure(
            "amount-owed",
            sek(Decimal::ZERO),
            RULE_PAY,
            &citation,
            Basis::Law,
        );
        return Ok(Some(Sek::ZERO));
    };
    out.event(started, EventKind::Event, "supply-started");
    let informed = i.information == Some(Information::GivenSameDay);
    let requested = i.express_request == Some(true);
    let step = Step::new(RULE_PAY, &citation)
        .input("supply-started", Value::Date(started))
        .input("notice-sent", Value::Date(notice))
        .input("information-given-before-contract", Value::Bool(informed))
        .input("express-request", Value::Bool(requested));
    if !(informed && requested) {
        out.step(
            step.output("amount-owed", sek(Decimal::ZERO))
                .note(Note::SupplyFreeOfCharge),
        );
        out.figure(
            "amount-owed",
            sek(Decimal::ZERO),
            RULE_PAY,
            &citation,
            Basis::Law,
        );
        return Ok(Some(Sek::ZERO));
    }
    let supplied_days = days_between(started, notice).saturating_add(1);
    let mut step = step.input("supplied-days", Value::Days(supplied_days));
    let mut total = Sek::ZERO;
    let mut any = false;
    if let (Some(kwh), Some(price)) = (i.supplied_kwh, i.price_per_kwh) {
        let energy = Sek(price).mul(kwh, "withdrawal-pay-energy")?;
        step = step
            .input("supplied-kwh", Value::Kwh(kwh))
            .input("price-per-kwh", sek(price))
            .output("energy-part", sek(energy.0));
        total = total.add(energy, "withdrawal-pay")?;
        any = true;
    }
    if let (Some(price), Some(days)) = (i.period_price, i.period_days) {
        let share = price
            .mul(Decimal::from(supplied_days), "withdrawal-pay-period")?
            .div(Decimal::from(days), "withdrawal-pay-period")?;
        step = step
            .input("period-price", sek(price.0))
            .input("period-days", Value::Days(i64::from(days)))
            .output("period-part", sek(share.0));
        total = total.add(share, "withdrawal-pay")?;
        any = true;
    }
    if !any {
        out.step(step.note(Note::ProRataNotComputed));
        out.warn(Notice::new(
            "pay-inputs-missing",
            "Enter the kWh supplied and the price per kWh (or the period price) to compute what is owed for the electricity supplied.",
            Vec::new(),
        ));
        return Ok(None);
    }
    let owed = Sek(round_cents(total.0));
    out.step(
        step.output("amount-owed", sek(owed.0))
            .note(Note::ProRataOwed),
    );
    out.figure("amount-owed", sek(owed.0), RULE_PAY, &citation, Basis::Law);
    Ok(Some(owed))
}

/// SE-WITHDRAWAL-REFUND — distansavtalslagen 2 kap. 14 §: the supplier refunds what the consumer
/// paid, less what is owed for supply, within 14 days of the day it *received* the notice ("fick
/// del av"). Interpretation: the entered receipt date; with none, an e-mail (or other electronic
/// message) is taken as received the day it was sent, stated as an assumption; a letter needs its
/// receipt date (a field error otherwise). The last day rolls forward by lag (1930:173).
fn refund(
    out: &mut Outcome,
    i: &WithdrawalInput,
    notice: NaiveDate,
    owed: Option<Sek>,
) -> Result<()> {
    let citation = cite("2.2 B", "distansavtalslagen 2 kap. 14 §");
    let received = i.notice_received.unwrap_or(notice);
    let naive = days_after(received, 14, "withdrawal-refund")?;
    out.step(
        Step::new(RULE_REFUND, &citation)
            .input("notice-sent", Value::Date(notice))
            .input("notice-received", Value::Date(received))
            .output("last-day-before-roll", Value::Date(naive))
            .note(Note::WithdrawalRefundTerm),
    );
    if i.notice_received.is_none() {
        out.assume(Notice::new(
            "refund-notice-received-when-sent",
            "No receipt date was entered: the e-mailed notice is taken as received by the supplier the day it was sent, and the 14 refund days count from then.",
            vec![Field::new("notice-received", Value::Date(received))],
        ));
    } else if received != notice {
        out.event(received, EventKind::Event, "notice-received");
    }
    let deadline = record_rolled(
        out,
        RULE_REFUND,
        &citation,
        "refund-deadline",
        naive,
        RollRule::EuPeriod,
    )?;
    if let (Some(paid), Some(owed)) = (i.paid, owed) {
        let net = paid.sub(owed, "withdrawal-refund")?;
        let mut step = Step::new(RULE_REFUND, &citation)
            .input("paid", sek(paid.0))
            .input("amount-owed", sek(owed.0));
        if net.is_negative() {
            let balance = Sek::ZERO.sub(net, "withdrawal-refund")?;
            step = step
                .output("balance-owed", sek(balance.0))
                .output("refund", sek(Decimal::ZERO));
            out.figure(
                "balance-owed",
                sek(balance.0),
                RULE_REFUND,
                &citation,
                Basis::Law,
            );
            out.figure(
                "refund",
                sek(Decimal::ZERO),
                RULE_REFUND,
                &citation,
                Basis::Law,
            );
        } else {
            step = step.output("refund", sek(net.0));
            out.figure("refund", sek(net.0), RULE_REFUND, &citation, Basis::Law);
        }
        out.step(step.note(Note::WithdrawalRefundFormula));
        if let (Some(until), false) = (i.refund_paid_on, net.is_negative() || net.0.is_zero()) {
            // SE-SUPPLIER-INTEREST: the refund deadline is a due date fixed by statute (räntelagen
            // 3 §; open question 3), so interest runs from the day after it.
            supplier_interest(
                out,
                &SupplierDebt {
                    amount: net,
                    due: Some(deadline.date),
                    demand_sent: None,
                    demand_received: None,
                    summons_served: None,
                    advance_paid_on: None,
                    until,
                    count_from: CountFrom::DayAfterDue,
                    user_rates: &i.user_rates,
                    citation: &cite(
                        "1.5, 2.2 B",
                        "distansavtalslagen 2 kap. 14 §; räntelagen (1975:635) 2 §, 3 §, 6 §, 9 §",
                    ),
                    until_field: "refund_paid_on",
                },
            )?;
        }
    }
    Ok(())
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::unreachable)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn base(concluded: NaiveDate) -> WithdrawalInput {
        WithdrawalInput {
            channel: Channel::Distance,
            concluded,
            information: Some(Information::GivenSameDay),
            information_date: None,
            written_acceptance: None,
            supply_started: None,
            express_request: None,
            notice_sent: None,
            notice_medium: None,
            notice_received: None,
            supplied_kwh: None,
            price_per_kwh: None,
            period_price: None,
            period_days: None,
            paid: None,
            refund_paid_on: None,
            user_rates: vec![],
        }
    }

    fn deadline(o: &Outcome, key: &str) -> NaiveDate {
        match o.deadlines.iter().find(|f| f.key == key).unwrap().value {
            Value::Deadline { date, .. } => date,
            _ => unreachable!(),
        }
    }

    fn money(o: &Outcome, key: &str) -> Decimal {
        match &o.figures.iter().find(|f| f.key == key).unwrap().value {
            Value::Money { amount, .. } => *amount,
            _ => unreachable!(),
        }
    }

    /// SE-WITHDRAWAL, RULES.md §4 worked examples (eves roll over).
    #[test]
    fn withdrawal_period_worked_examples() {
        for (c, want) in [
            (d(2025, 6, 6), d(2025, 6, 23)),
            (d(2025, 12, 10), d(2025, 12, 29)),
            (d(2026, 12, 17), d(2027, 1, 4)),
        ] {
            let o = withdrawal(&base(c)).unwrap();
            assert_eq!(deadline(&o, "withdrawal-last-day"), want);
            assert!(o
                .figures
                .iter()
                .any(|f| f.key == "withdrawal-last-day-reg-1182-71"));
        }
    }

    /// SE-WITHDRAWAL: information never given → 12 months after the ordinary end.
    #[test]
    fn never_informed_cap() {
        let mut i = base(d(2025, 3, 3));
        i.information = Some(Information::Never);
        assert_eq!(
            deadline(&withdrawal(&i).unwrap(), "withdrawal-last-day"),
            d(2026, 3, 17)
        );
    }

    /// SE-WITHDRAWAL, RULES.md §4 (new 2026-11-30): the 12-month cap counts from the initial
    /// period's end after its roll-forward. Regression: it was counted from the unrolled 14th day
    /// (2025-05-29, Kristi himmelsfärd), which gave 2026-05-29 — three days short.
    #[test]
    fn cap_counts_from_rolled_end_of_initial_period() {
        let mut i = base(d(2025, 5, 15));
        i.information = Some(Information::Never);
        let o = withdrawal(&i).unwrap();
        assert_eq!(deadline(&o, "withdrawal-last-day"), d(2026, 6, 1));
        let alt = o
            .figures
            .iter()
            .find(|f| f.key == "withdrawal-last-day-unrolled-reading")
            .unwrap();
        assert_eq!(alt.value, Value::Date(d(2026, 5, 29)));
        // A notice on the Monday is in time only by the governing reading: warned.
        i.notice_sent = Some(d(2026, 6, 1));
        let o = withdrawal(&i).unwrap();
        assert_eq!(o.headline.code, "withdrawal-in-time");
        assert!(o
            .warnings
            .iter()
            .any(|w| w.code == "withdrawal-cap-reading-decides"));
    }

    /// SE-WITHDRAWAL-REFUND (revised 2026-11-30): 14 days from the supplier's receipt.
    #[test]
    fn refund_counts_from_receipt() {
        let mut i = base(d(2026, 2, 2));
        i.notice_sent = Some(d(2026, 2, 10));
        i.notice_medium = Some(NoticeMedium::Letter);
        assert!(withdrawal(&i).is_err(), "a letter needs its receipt date");
        i.notice_received = Some(d(2026, 2, 13));
        let o = withdrawal(&i).unwrap();
        // 13 Feb + 14 = 27 Feb (Friday).
        assert_eq!(deadline(&o, "refund-deadline"), d(2026, 2, 27));
        i.notice_medium = None;
        i.notice_received = None;
        let o = withdrawal(&i).unwrap();
        assert_eq!(deadline(&o, "refund-deadline"), d(2026, 2, 24));
        assert!(o
            .assumptions
            .iter()
            .any(|a| a.code == "refund-notice-received-when-sent"));
    }

    /// SE-WITHDRAWAL: information given later → 14 days from receipt.
    #[test]
    fn informed_later() {
        let mut i = base(d(2026, 2, 2));
        i.information = Some(Information::GivenLater);
        i.information_date = Some(d(2026, 3, 2));
        assert_eq!(
            deadline(&withdrawal(&i).unwrap(), "withdrawal-last-day"),
            d(2026, 3, 16)
        );
    }

    /// SE-TELESALE: no written acceptance → invalid, nothing to pay.
    #[test]
    fn telesale_without_acceptance() {
        let mut i = base(d(2026, 2, 2));
        i.channel = Channel::UnsolicitedPhone;
        i.written_acceptance = Some(false);
        i.paid = Some(Sek(Decimal::new(500, 0)));
        let o = withdrawal(&i).unwrap();
        assert_eq!(o.headline.code, "telesale-invalid");
        assert_eq!(money(&o, "refund"), Decimal::new(500, 0));
    }

    /// SE-WITHDRAWAL-PAY and SE-WITHDRAWAL-REFUND: pro rata with express request and information.
    #[test]
    fn pro_rata_pay_and_refund() {
        let mut i = base(d(2026, 2, 2));
        i.supply_started = Some(d(2026, 2, 5));
        i.express_request = Some(true);
        i.notice_sent = Some(d(2026, 2, 14));
        i.supplied_kwh = Some(Decimal::new(1205, 1));
        i.price_per_kwh = Some(Decimal::new(125, 2));
        i.period_price = Some(Sek(Decimal::new(4500, 2)));
        i.period_days = Some(30);
        i.paid = Some(Sek(Decimal::new(500, 0)));
        let o = withdrawal(&i).unwrap();
        // 120.5 × 1.25 = 150.625; 45 × 10 / 30 = 15 → 165.63 (rounded once).
        assert_eq!(money(&o, "amount-owed"), Decimal::new(16563, 2));
        assert_eq!(money(&o, "refund"), Decimal::new(33437, 2));
        assert_eq!(deadline(&o, "refund-deadline"), d(2026, 3, 2));
        i.express_request = Some(false);
        assert_eq!(
            money(&withdrawal(&i).unwrap(), "amount-owed"),
            Decimal::ZERO
        );
    }

    /// SE-WITHDRAWAL: on premises → no ångerrätt.
    #[test]
    fn on_premises_has_no_right() {
        let mut i = base(d(2026, 2, 2));
        i.channel = Channel::OnPremises;
        i.information = None;
        assert_eq!(withdrawal(&i).unwrap().headline.code, "no-withdrawal-right");
    }

    #[test]
    fn missing_information_is_a_field_error() {
        let mut i = base(d(2026, 2, 2));
        i.information = Some(Information::GivenLater);
        i.supplied_kwh = Some(Decimal::new(-1, 0));
        let e = withdrawal(&i).unwrap_err();
        let crate::error::EngineError::Invalid { fields } = e else {
            unreachable!()
        };
        let names: Vec<_> = fields.iter().map(|f| f.field.as_str()).collect();
        assert!(
            names.contains(&"information_date")
                && names.contains(&"supplied_kwh")
                && names.contains(&"price_per_kwh")
        );
    }
}
