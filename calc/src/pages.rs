//! The calculator pages as data: which engine calculator each section asks, and its fields.
//! Field keys are the engine's scenario field names (docs/API.md), so a field error from the
//! engine lands beside the field it names.

// Built for one contract (or none, as in the app), the other's helpers go unused.
#![cfg_attr(
    not(all(feature = "ru", feature = "se")),
    allow(unused_imports, unused_variables, unreachable_code, dead_code)
)]

use crate::form::{opt, req, when, Kind, Spec};
use crate::node::{Error, Node};
use clausecalc_engine::{EngineError, Outcome};

/// One form bound to one engine calculator. `prefix` keeps two forms on one page apart in the URL.
pub struct Section {
    pub calculator: &'static str,
    pub prefix: &'static str,
    pub title_key: &'static str,
    pub specs: &'static [Spec],
}

#[cfg(feature = "ru")]
const RU_REASONS: &[&str] = &["own-choice", "provider-breach", "removal", "force-majeure"];
#[cfg(feature = "ru")]
const RU_CHANNELS: &[&str] = &["e-mail", "personal-account", "other"];
#[cfg(feature = "ru")]
const RU_EXPENSE_KINDS: &[&str] = &[
    "bank-commission",
    "organisational-fee",
    "organising",
    "place-reservation",
    "refund-commission",
    "other",
];

#[cfg(feature = "ru")]
const PAYMENT: &[Spec] = &[req("amount", Kind::Money), req("date", Kind::Date)];
#[cfg(feature = "ru")]
const EXPENSE: &[Spec] = &[
    req("kind", Kind::Select(RU_EXPENSE_KINDS)),
    req("amount", Kind::Money),
    opt("documented", Kind::Check),
];
#[cfg(feature = "ru")]
const KEY_RATE: &[Spec] = &[req("from", Kind::Date), req("percent", Kind::Decimal)];
#[cfg(feature = "ru")]
const DATE_ITEM: &[Spec] = &[opt("", Kind::Date)];

#[cfg(feature = "ru")]
const WEEKDAYS: &[&str] = &["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
#[cfg(feature = "ru")]
const INSTALMENT: &[Spec] = &[
    req("amount", Kind::Money),
    req("due", Kind::Date),
    opt("label", Kind::Text),
];
/// A group's Appendix 1 (offer 1.2, Приложение № 1), under `group.`: empty means the shipped group
/// «Мягкий старт»; a provider or adviser fills it in for another group, and every RU page uses it.
#[cfg(feature = "ru")]
const GROUP: &[Spec] = &[
    opt("group.name", Kind::Text),
    req("group.weekday", Kind::Select(WEEKDAYS)),
    req("group.meeting_start", Kind::Time),
    req("group.meeting_end", Kind::Time),
    req("group.period_from", Kind::Date),
    req("group.period_to", Kind::Date),
    req("group.meetings", Kind::List(DATE_ITEM)),
    req("group.stated_meeting_count", Kind::Int),
    opt("group.stated_total_hours", Kind::Decimal),
    req("group.price", Kind::Money),
    req("group.price_per_meeting", Kind::Money),
    opt("group.instalments", Kind::List(INSTALMENT)),
    opt("group.participants_min", Kind::Int),
    opt("group.participants_max", Kind::Int),
];

#[cfg(feature = "ru")]
pub const RU_GROUP: &[Section] = &[Section {
    calculator: "ru-group-check",
    prefix: "",
    title_key: "page-ru-group",
    specs: GROUP,
}];

#[cfg(feature = "ru")]
pub const RU_REFUND: &[Section] = &[Section {
    calculator: "ru-refund",
    prefix: "",
    title_key: "page-ru-refund",
    specs: &[
        req("as_of", Kind::Date),
        opt("payments", Kind::List(PAYMENT)),
        opt("reason", Kind::Select(RU_REASONS)),
        opt("refusal_sent", Kind::DateTime),
        opt("channel", Kind::Select(RU_CHANNELS)),
        opt("received_at", Kind::DateTime),
        opt("expenses", Kind::List(EXPENSE)),
        when(
            opt("meetings_not_rendered", Kind::List(DATE_ITEM)),
            "reason",
            &["provider-breach"],
        ),
        when(
            opt("force_majeure_from", Kind::Date),
            "reason",
            &["force-majeure"],
        ),
        when(
            opt("force_majeure_to", Kind::Date),
            "reason",
            &["force-majeure"],
        ),
        opt("refund_paid_on", Kind::Date),
        opt("key_rates", Kind::List(KEY_RATE)),
        opt("first_payment_arrived_at", Kind::DateTime),
        opt("admitted_after_start", Kind::Check),
        opt("losses", Kind::Money),
        opt("moral_damages", Kind::Money),
        opt("demand_met_before_claim", Kind::Check),
        opt("debt_acknowledged_on", Kind::Date),
        opt("limitation_suspended_days", Kind::Int),
        opt("group", Kind::Details(GROUP)),
    ],
}];

#[cfg(feature = "ru")]
pub const RU_DEADLINES: &[Section] = &[Section {
    calculator: "ru-deadlines",
    prefix: "",
    title_key: "page-ru-deadlines",
    specs: &[
        req("as_of", Kind::Date),
        opt("application_date", Kind::Date),
        opt("payments", Kind::List(PAYMENT)),
        opt("reason", Kind::Select(RU_REASONS)),
        opt("refusal_sent", Kind::DateTime),
        opt("channel", Kind::Select(RU_CHANNELS)),
        opt("received_at", Kind::DateTime),
        opt("support_request_received", Kind::Date),
        opt("contract_end", Kind::Date),
        opt("recording_date", Kind::Date),
        opt("force_majeure_from", Kind::Date),
        opt("force_majeure_to", Kind::Date),
        opt("force_majeure_notice_given", Kind::Bool3),
        opt("refund_prevented_by_force_majeure", Kind::Check),
        opt("group", Kind::Details(GROUP)),
    ],
}];

#[cfg(feature = "ru")]
pub const RU_LATE_INTEREST: &[Section] = &[Section {
    calculator: "ru-late-interest",
    prefix: "",
    title_key: "page-ru-late-interest",
    specs: &[
        req("as_of", Kind::Date),
        req("amount", Kind::Money),
        opt("reason", Kind::Select(RU_REASONS)),
        opt("refusal_received", Kind::Date),
        opt("deadline", Kind::Date),
        opt("paid_on", Kind::Date),
        when(opt("price", Kind::Money), "reason", &["provider-breach"]),
        opt("key_rates", Kind::List(KEY_RATE)),
        opt("paid_for_group", Kind::Money),
        opt("losses", Kind::Money),
        opt("moral_damages", Kind::Money),
        opt("demand_met_before_claim", Kind::Check),
        opt("group", Kind::Details(GROUP)),
    ],
}];

/// Personal data (offer 8.7–8.10; 152-ФЗ): the provider's answer and destruction deadlines.
#[cfg(feature = "ru")]
pub const RU_DATA: &[Section] = &[Section {
    calculator: "ru-data",
    prefix: "",
    title_key: "page-ru-data",
    specs: &[
        req("as_of", Kind::Date),
        opt("request_sent", Kind::Date),
        opt("request_received", Kind::Date),
        opt("extension_notice_sent", Kind::Date),
        opt("inaccuracy_proof_received", Kind::Date),
        opt("unlawful_proof_received", Kind::Date),
        opt("stop_processing_received", Kind::Date),
        opt("consent_withdrawal_sent", Kind::Date),
        opt("consent_withdrawal_received", Kind::Date),
        opt("legal_basis_remains", Kind::Check),
        opt("group", Kind::Details(GROUP)),
    ],
}];

#[cfg(feature = "se")]
const SE_CHANNELS: &[&str] = &[
    "distance",
    "off-premises",
    "unsolicited-phone",
    "on-premises",
];
#[cfg(feature = "se")]
const SE_INFO: &[&str] = &["given-same-day", "given-later", "never"];

#[cfg(feature = "se")]
const RATE: &[Spec] = &[req("from", Kind::Date), req("percent", Kind::Decimal)];

#[cfg(feature = "se")]
pub const SE_WITHDRAWAL: &[Section] = &[Section {
    calculator: "se-withdrawal",
    prefix: "",
    title_key: "page-se-withdrawal",
    specs: &[
        req("channel", Kind::Select(SE_CHANNELS)),
        req("concluded", Kind::Date),
        opt("information", Kind::Select(SE_INFO)),
        when(
            req("information_date", Kind::Date),
            "information",
            &["given-later"],
        ),
        when(
            opt("written_acceptance", Kind::Bool3),
            "channel",
            &["unsolicited-phone"],
        ),
        opt("notice_sent", Kind::Date),
        opt("notice_medium", Kind::Select(&["electronic", "letter"])),
        opt("notice_received", Kind::Date),
        opt("supply_started", Kind::Date),
        opt("express_request", Kind::Bool3),
        opt("supplied_kwh", Kind::Decimal),
        opt("price_per_kwh", Kind::Decimal),
        opt("period_price", Kind::Money),
        opt("period_days", Kind::Int),
        opt("paid", Kind::Money),
        opt("refund_paid_on", Kind::Date),
        opt("user_rates", Kind::List(RATE)),
    ],
}];

#[cfg(feature = "se")]
const INVOICE: &[Spec] = &[
    req("from", Kind::Date),
    req("to", Kind::Date),
    req("estimated_kwh", Kind::Decimal),
    req("amount", Kind::Money),
    opt("paid_in_good_faith", Kind::Check),
];
#[cfg(feature = "se")]
const READING: &[Spec] = &[req("date", Kind::Date), req("reading_kwh", Kind::Decimal)];
#[cfg(feature = "se")]
const PRICE: &[Spec] = &[
    req("from", Kind::Date),
    req("to", Kind::Date),
    req("price_per_kwh", Kind::Decimal),
    req("monthly_fee", Kind::Money),
    req("vat_percent", Kind::Decimal),
];
#[cfg(feature = "se")]
const INTERRUPTION: &[Spec] = &[
    req("date", Kind::Date),
    req(
        "ground",
        Kind::Select(&["acknowledgment", "demand", "legal-action"]),
    ),
];
#[cfg(feature = "se")]
const PROFILE_ITEM: &[Spec] = &[opt("", Kind::Decimal)];

/// A credit in the consumer's favour (`credit.`): when it is paid and interest if late.
#[cfg(feature = "se")]
const CREDIT: &[Spec] = &[
    opt("credit.error_established", Kind::Date),
    opt("credit.annual_cost", Kind::Money),
    opt("credit.small", Kind::Bool3),
    opt("credit.payout_requested", Kind::Check),
    opt("credit.next_invoice", Kind::Date),
    opt("credit.last_invoice", Kind::Date),
    opt("credit.monthly_invoicing", Kind::Check),
    opt("credit.stated_payout_date", Kind::Date),
    opt("credit.demand_sent", Kind::Date),
    opt("credit.demand_received", Kind::Date),
    opt("credit.summons_served", Kind::Date),
    opt("credit.advance_paid_on", Kind::Date),
    opt("credit.paid_on", Kind::Date),
    opt("credit.user_rates", Kind::List(RATE)),
];

#[cfg(feature = "se")]
pub const SE_BILLING: &[Section] = &[Section {
    calculator: "se-billing",
    prefix: "",
    title_key: "page-se-billing",
    specs: &[
        req("reconciliation_date", Kind::Date),
        opt("invoices", Kind::List(INVOICE)),
        opt("readings", Kind::List(READING)),
        opt("prices", Kind::List(PRICE)),
        opt("last_metered_invoice", Kind::Date),
        req("right_to_estimate", Kind::YesNo),
        opt("invoicing_stopped", Kind::Check),
        when(
            opt("missed_invoices", Kind::Int),
            "invoicing_stopped",
            &["1"],
        ),
        opt("supply_ended", Kind::Date),
        opt("final_invoice_sent", Kind::Date),
        opt("profile", Kind::List(PROFILE_ITEM)),
        opt("reasonable_days", Kind::Int),
        opt("interruptions", Kind::List(INTERRUPTION)),
        opt("credit", Kind::Details(CREDIT)),
    ],
}];

#[cfg(feature = "se")]
pub const SE_DEADLINES: &[Section] = &[
    Section {
        calculator: "se-deadlines",
        prefix: "",
        title_key: "section-se-deadlines",
        specs: &[
            req("due_date.invoice_sent", Kind::Date),
            opt("due_date.stated_due_date", Kind::Date),
            opt("termination_notice", Kind::Date),
            req("terms_change.notice_sent", Kind::Date),
            opt("terms_change.stated_effective", Kind::Date),
            req("fixed_term.term_end", Kind::Date),
            opt("fixed_term.information_received", Kind::Date),
            req("disconnection.served", Kind::Date),
            opt("disconnection.paid", Kind::Check),
            opt("disconnection.disputed", Kind::Check),
            opt("disconnection.social_services_took_over", Kind::Check),
            opt("disconnection.injury_risk", Kind::Check),
            req("security.estimated_monthly_charges", Kind::Money),
            opt("security.requested", Kind::Money),
            opt("security.provided_on", Kind::Date),
            opt("security.paid_on_time", Kind::Bool3),
            req("reminder_fee.due_date", Kind::Date),
            opt("reminder_fee.reminder_sent", Kind::Date),
            opt("reminder_fee.reminder_fee", Kind::Money),
            opt("reminder_fee.inkassokrav_sent", Kind::Date),
            opt("reminder_fee.inkassokrav_fee", Kind::Money),
            opt("reminder_fee.amortisation_plan_fee", Kind::Money),
            opt("reminder_fee.dispute_pending", Kind::Check),
        ],
    },
    Section {
        calculator: "se-late-interest",
        prefix: "li.",
        title_key: "section-se-late-interest",
        specs: &[
            req("amount", Kind::Money),
            req("due_date", Kind::Date),
            req("until", Kind::Date),
            opt("count_from", Kind::Select(&["day-after-due", "due-date"])),
            opt("user_rates", Kind::List(RATE)),
        ],
    },
];

/// The sections of page `page` (its id, e.g. `ru-refund`); none for a page of a contract this
/// module was built without.
pub fn sections(page: &str) -> &'static [Section] {
    match page {
        #[cfg(feature = "ru")]
        "ru-refund" => RU_REFUND,
        #[cfg(feature = "ru")]
        "ru-deadlines" => RU_DEADLINES,
        #[cfg(feature = "ru")]
        "ru-late-interest" => RU_LATE_INTEREST,
        #[cfg(feature = "ru")]
        "ru-group" => RU_GROUP,
        #[cfg(feature = "ru")]
        "ru-data" => RU_DATA,
        #[cfg(feature = "se")]
        "se-withdrawal" => SE_WITHDRAWAL,
        #[cfg(feature = "se")]
        "se-billing" => SE_BILLING,
        #[cfg(feature = "se")]
        "se-deadlines" => SE_DEADLINES,
        _ => &[],
    }
}

/// Asks the engine: reads `calculator`'s input type straight from the form's node tree (the
/// documented format without the `calculator` tag) and calls that calculator alone
/// ([`clausecalc_engine::evaluate_from`], generated from the engine's one list of calculators) —
/// so a module built for one contract links none of the other's rules.
pub fn run(calculator: &str, node: Node) -> Result<Result<Outcome, EngineError>, Error> {
    match clausecalc_engine::evaluate_from(calculator, node) {
        Some(answer) => answer,
        None => Err(Error(format!("unknown calculator {calculator}"))),
    }
}
