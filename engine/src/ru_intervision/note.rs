//! The trace notes of the Russian offer's rules: one code per sentence a step of the "why"
//! says. Every note here is written by a rule of this module; the pages translate them
//! (`calc/src/notes.rs`, feature `ru`).

use crate::outcome::notes;

notes! {
    /// A trace note of the Russian offer's rules (see [`crate::outcome::Note`]).
    pub enum Note {
        // deadlines.rs
        RefundTermContract "refund-term-contract" => "10 working days of the production calendar, counted from the day after the refusal was received; paid back by the same method as the payment (6.5).",
        RefundTermLaw "refund-term-law" => "ЗоЗПП 31: 10 calendar days from the day after receipt; a last day that is not a working day rolls to the next working day (ГК 193).",
        EarlierTermGoverns "earlier-term-governs" => "The earlier of the two governs: the statutory term after a breach.",
        RefusalBeforeContract "refusal-before-contract" => "A refusal received before the contract existed takes effect when the contract is concluded: the refund term runs from the first payment at the earliest.",
        // expense.rs
        ExpensesEarly "expenses-early" => "Offer 6.2: only documented commissions and an organisational fee of at most 500 ₽ are deducted.",
        ExpensesLate "expenses-late" => "Offer 6.3: documented expenses (commissions, organising, reserving the place) are deducted.",
        ExpensesAfterStart "expenses-after-start" => "Offer 6.6: documented actual expenses are deducted besides the rendered meetings.",
        ExpensesLaw "expenses-law" => "ЗоЗПП 32, ГК 782: only actually incurred, documented expenses; a fixed fee counts only as such an expense (ЗоЗПП 16).",
        NoDeductions "no-deductions" => "Nothing is deducted (breach of the provider, or settlement after force majeure).",
        // force_majeure.rs
        ForceMajeureDay61 "force-majeure-day-61" => "The first day of the event is day 1; 'more than 60 days' is reached on day 61, when the right to terminate arises.",
        // group.rs
        MeetingValue "meeting-value" => "The value of one meeting is the price divided by the number of scheduled meetings.",
        MeetingDatesCount "meeting-dates-count" => "The number of listed meeting dates must equal the stated number of meetings.",
        MeetingDatesWeekday "meeting-dates-weekday" => "Each meeting must fall on the stated weekday and inside the stated period.",
        PriceMatchesMeetings "price-matches-meetings" => "The price must equal the stated number of meetings times the price of one meeting.",
        ScheduleAddsUp "schedule-adds-up" => "The instalments of the payment schedule must add up to the price.",
        DurationMatches "duration-matches" => "The stated total duration must match meetings × length of a meeting.",
        // late_interest.rs
        NoDelay "no-delay" => "No delay: the refund was paid (or the day counted is) on or before the deadline.",
        BreachPenalty "breach-penalty" => "Refusal because of the provider's breach: 3 % of the price per day of delay from the day after the deadline, capped at the price (ЗоЗПП 28 п. 5 via 31 п. 3).",
        PartNotLate "part-not-late" => "No delay on this part: its own deadline has not passed.",
        KeyRateInterest "key-rate-interest" => "Simple interest at the key rate in force each day, split at each change and year end, actual days / 365 (366), each segment rounded to the kopeck.",
        InterestPerPart "interest-per-part" => "Interest on each part of the refund from the day after its own deadline, added up.",
        DeadlineEntered "deadline-entered" => "The deadline was entered.",
        // notice.rs
        DeliveryDefault "delivery-default" => "Statutory default: a message takes effect when it is delivered to the addressee.",
        ContractReceiptRuleGoverns "contract-receipt-rule-governs" => "ГК 165.1 п. 2 lets the terms of the transaction decide: the contract's 24-hour rule governs the terms counted from receipt (the refund term of 6.5, what was rendered under the contract); actual delivery is shown beside it.",
        DeemedReceipt24h "deemed-receipt-24h" => "Sent through the personal account or by e-mail: the contract deems it received 24 hours after sending.",
        ActualReceipt "actual-receipt" => "Sent another way: the actual receipt moment counts (ГК 165.1).",
        // payment.rs
        PaymentTerm "payment-term" => "5 calendar days from the day after the application; rolled to the next working day if the last day is a rest day (ГК 193).",
        AcceptanceByPayment "acceptance-by-payment" => "Acceptance is payment, in full or in part: the contract is concluded on the day the first payment arrives.",
        NoPaymentNoContract "no-payment-no-contract" => "No payment has arrived: the offer is not accepted and no contract exists.",
        InstalmentsApplied "instalments-applied" => "Payments are applied to the instalments in order; due dates are inclusive and roll past rest days.",
        RemainingPrice "remaining-price" => "What remains to pay of the price.",
        // refund.rs
        RefundFormula "refund-formula" => "Paid minus the value of rendered meetings minus deductible expenses, never a negative refund. The balance owed is only what was rendered beyond the payments; documented expenses the payments do not cover are a separate claim (ГК 782 п. 1, ЗоЗПП 32).",
        TwoReadingsConsumerFavour "two-readings-consumer-favour" => "Reading 1 (3.4, 6.7): nothing is returned. Reading 2 (3.7 → section 6): the unrendered part is returned. The contract is ambiguous and is read in the consumer's favour (ГК 431; Plenum ВС № 49 п. 45): reading 2.",
        AmbiguityConsumerFavour "ambiguity-consumer-favour" => "Ambiguity in a contract drafted by the provider is resolved in the consumer's favour.",
        RemovalTakesEffect "removal-takes-effect" => "A removal takes effect when the provider removes the participant; meetings begun before it are rendered.",
        LatePaymentRefundTerm "late-payment-refund-term" => "A payment made after the refusal was received can be due back only from its own day: the refund term for it runs from the payment day. The refund is taken from the latest payments first.",
        MoreFavourableFigure "more-favourable-figure" => "The figure more favourable to the consumer: a contract term may give more than the law, a term giving less is void (ЗоЗПП 16).",
        UncoveredExpensesClaim "uncovered-expenses-claim" => "Documented, actually incurred expenses the payments do not cover: the provider may claim them from the consumer (ГК 782 п. 1, ЗоЗПП 32). They are not a price of what was rendered and not part of the balance owed.",
        NothingToRefund "nothing-to-refund" => "Nothing is to be refunded, so no refund deadline runs.",
        // refusal.rs
        RefusalWindow "refusal-window" => "Offer 6.1: «Участник вправе отказаться от участия, направив Исполнителю письменное уведомление … не позднее чем за 10 (десять) календарных дней до даты начала оказания Услуг». The refusal is made by sending: start date − 10 days, until 24:00; a backward period is not rolled forward. A notice handed to the channel by then is in time (ГК 194 п. 2); the 24-hour rule of 10.2–10.3 says only when a notice counts as received. The receipt reading (sent one day earlier) is shown beside, never instead.",
        RefusalCompared "refusal-compared" => "Compares the sending moment with the end of the window, and the receipt moment with the start of services.",
        // retention.rs
        PersonalDataRetention "personal-data-retention" => "Term of the contract plus five years after its end (offer 8.4).",
        RecordingsRetention "recordings-retention" => "Recordings are kept up to 12 months (consent to the processing of personal data).",
        // support.rs
        SupportAnswerTerm "support-answer-term" => "3 working days of the production calendar, counted from the day after receipt.",
        // refusal.rs
        RenderedContract "rendered-contract" => "A meeting counts as rendered if it began before the refusal was received and took place as agreed; access to materials does not count (ВС РФ 4-КГ24-57-К1). Value = price × rendered ÷ meetings.",
        RenderedLaw "rendered-law" => "Statutory reading: the consumer pays only for services actually rendered (ЗоЗПП 32, ГК 782), and the refusal took effect when it reached the provider (ГК 165.1): the entered delivery moment, else — an e-mail or personal-account message — the moment of sending; a meeting counts only if it began before that.",
        // revisions and new rules of 2026-11-30
        ContestedExpenses "contested-expenses" => "Courts often refuse commissions (a cost of receiving money) and general overheads not tied to this participant under ЗоЗПП 32: the law figure still deducts them, and the figure without them is shown beside it.",
        RefundTermDelivery "refund-term-delivery" => "Alternative, never governing: 10 working days counted from the day after actual delivery (ГК 165.1 п. 1) — the entered delivery moment, else the moment of sending.",
        LimitationTerm "limitation-term" => "Three years from the day after the refund deadline (ГК 196 п. 1, 200 п. 2); the last day is the deadline's date three years later (ГК 192 п. 1).",
        LimitationAcknowledged "limitation-acknowledged" => "The provider acknowledged the debt: the period starts afresh from the day after (ГК 203).",
        LimitationSuspended "limitation-suspended" => "The period was suspended: its days are added to the end (ГК 202, 204).",
        LimitationRolled "limitation-rolled" => "A last day that is not a working day rolls to the next working day (ГК 193).",
        ConsumerFine "consumer-fine" => "If a court grants the claim the provider did not meet voluntarily, it adds 50 % of the sum awarded to the consumer (ЗоЗПП 13 п. 6; Пленум ВС № 17 п. 46); never court costs, and a court may reduce it (ГК 333).",
        FineMetBeforeClaim "fine-met-before-claim" => "The demand was met in full before the claim was filed: no consumer fine.",
        LiabilityCapVoid "liability-cap-void" => "Offer 7.6 caps liability at the amount paid; against a consumer such a cap on liability the law fixes is void (ГК 400 п. 2; ЗоЗПП 16): no figure is reduced by it.",
        OfferOpenUntilStart "offer-open-until-start" => "The offer is open only until the start of services (1.3): a first payment arriving before the start of the first meeting accepts it.",
        OfferLapsed "offer-lapsed" => "The first payment arrived at or after the start of services, when the offer had lapsed (1.3): no acceptance, no contract; section 6 does not apply and the whole payment is returnable (ГК 1102), with ГК 395 interest from the day after it arrived (ГК 1107 п. 2).",
        AdmittedByConduct "admitted-by-conduct" => "The provider admitted the participant after a late payment: the contract is concluded by that conduct (ГК 438 п. 3).",
        PaymentDeadlineAtStart "payment-deadline-at-start" => "The 5 days of 1.4 end at or after the start of services, when the offer lapses (1.3): the deadline is the start itself.",
        TermsConflictSchedule "terms-conflict-schedule" => "Clause 5.5 says payment is made in one sum, while 5.1.1 and Appendix 1 set a prepayment and later instalments. Read for the consumer (ГК 431): the schedule stands; a missed later instalment may only suspend access (5.1.1).",
        DataRequestTerm "data-request-term" => "10 working days of the production calendar from the day after the request was received (152-ФЗ ст. 14 ч. 3, ст. 20 ч. 1–2); receipt is actual receipt, not the 24-hour rule.",
        DataRequestExtended "data-request-extended" => "Extended once by at most 5 working days, because a reasoned notice of the extension was sent within the first term (152-ФЗ ст. 14 ч. 3).",
        DataRequestNotExtended "data-request-not-extended" => "No reasoned extension notice was sent within the first term: the term is not extended.",
        DataCorrectionTerm "data-correction-term" => "Correct inaccurate data within 7 working days of receiving the proof (152-ФЗ ст. 20 ч. 3).",
        DataDestructionTerm "data-destruction-term" => "Destroy unlawfully obtained data within 7 working days of receiving the proof (152-ФЗ ст. 20 ч. 3).",
        StopProcessingTerm "stop-processing-term" => "Stop processing within 10 working days of the demand, extendable by 5 with a reasoned notice (152-ФЗ ст. 21 ч. 5.1; to verify).",
        ConsentWithdrawalTerm "consent-withdrawal-term" => "On withdrawal of consent: stop processing and destroy data no longer needed within 30 days of the withdrawal's arrival, counted from the day after; a limit on the provider, not rolled forward (152-ФЗ ст. 21 ч. 5).",
        ConsentLegalBasisRemains "consent-legal-basis-remains" => "Data the law lets the provider process without consent (performing the contract, records the law requires) may stay: no destruction date for them (152-ФЗ ст. 9 ч. 2, ст. 6 ч. 1).",
        BlockThenDestroy "block-then-destroy" => "Destruction impossible within the term: block the data, then destroy them within 6 months (152-ФЗ ст. 21 ч. 6; start of the count to verify).",
        FmExtension "fm-extension" => "The term of an obligation force majeure prevented is extended by the days the circumstances lasted, first and last counted (11.2; ГК 401 п. 3); an extended last day for an act rolls forward, meeting dates do not.",
        FmNoDelayInside "fm-no-delay-inside" => "No penalty or interest for delay days inside the force majeure (ГК 401 п. 3; ЗоЗПП 13 п. 4); lack of money is never force majeure.",
    }
}
