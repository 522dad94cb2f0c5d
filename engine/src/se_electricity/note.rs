//! The trace notes of the Swedish electricity terms' rules: one code per sentence a step of the
//! "why" says. Every note here is written by a rule of this module; the pages translate them
//! (`calc/src/notes.rs`, feature `se`). A rolled deadline's note is composed: the roll, then the
//! rule that governs it; the instalment plan's is the plan, then how its count was found.

use crate::outcome::notes;

notes! {
    /// A trace note of the Swedish electricity terms' rules (see [`crate::outcome::Note`]).
    pub enum Note {
        // mod.rs
        RolledToWorkingDay "rolled-to-working-day" => "The last day is not a working day in Sweden: it moves to the next working day, passing over the rest days listed.",
        NotRolled "not-rolled" => "The last day is a working day: no roll-forward.",
        ContractPeriodByAnalogy "contract-period-by-analogy" => "This is a contractual period: lag (1930:173) applies to it by analogy, and Reg. 1182/71 (which governs periods in EU acts) does not.",
        StatutoryPeriod "statutory-period" => "This period is set by Swedish law, not by an EU act: lag (1930:173) governs it, Reg. 1182/71 does not.",
        EuRuleWouldEndEarlier "eu-rule-would-end-earlier" => "Reg. (EEC, Euratom) 1182/71 alone would end earlier (its day is listed): it does not treat the eves as holidays; the Swedish rule governs and gives the later day.",
        // billing.rs
        InstalmentsFree "instalments-free" => "Interest- and fee-free instalments, equal to the öre, the remainder on the last, due monthly from the reconciliation invoice (a due date on a rest day moves to the next working day, skuldebrevslagen 5 §).",
        InstalmentPerMissedInvoice "instalment-per-missed-invoice" => "One instalment per missed invoice.",
        InstalmentPerFaultMonth "instalment-per-fault-month" => "One instalment per started month of the fault.",
        BothInstalmentGrounds "both-instalment-grounds" => "Both grounds of villkor 3.3 apply (the fault's duration and the missed invoices): the larger count is used.",
        InstalmentCountCapped "instalment-count-capped" => "The count is capped so that every instalment is at least 0.01 kr.",
        MeasuredConsumption "measured-consumption" => "Measured consumption = last reading − first reading; billing must use the measured quantity.",
        ReconciliationTotals "reconciliation-totals" => "Totals are sums of the segments' amounts, each already rounded to the öre: difference = final − preliminary; net = difference − good-faith relief − the 12-month bar.",
        FinalInvoiceBeforeReconciliation "final-invoice-before-reconciliation" => "A final invoice was already sent before this reconciliation invoice: after a final invoice no further invoicing may take place (villkor 3.3), so what the reconciliation would claim is not payable and no instalment plan is needed.",
        ConsumerOwes "consumer-owes" => "Final − preliminary, less good-faith relief, the 12-month bar and the 15 % reduction: the consumer owes this.",
        SupplierOwes "supplier-owes" => "The preliminary invoices charged more than the measured consumption costs: the supplier owes the difference (villkor 3.7).",
        NothingOwedEitherWay "nothing-owed-either-way" => "Nothing more to pay and nothing to refund.",
        SegmentFinalAmount "segment-final-amount" => "Final = (kWh × price + monthly fee × share of months) × (1 + VAT), rounded to the öre; difference = final − the preliminary amount billed for these days.",
        GoodFaithZeroed "good-faith-zeroed" => "Paid in good faith as final for its period: the back-claim for that period is zeroed.",
        GoodFaithNoRelief "good-faith-no-relief" => "Paid in good faith, but nothing more was owed for that period: no relief needed.",
        UninvoicedBarred "uninvoiced-barred" => "Invoicing was omitted entirely within the supplier's control: what is owed for consumption before the cut-off (reconciliation date − 12 months) that no invoice covered is no longer payable; periods that were preliminarily invoiced are not barred.",
        EstimateAllowed "estimate-allowed" => "The supplier had the right to estimate: no reduction.",
        Reduction15Applies "reduction-15-applies" => "No right to estimate and more than 8 months since the last metered invoice: the reconciliation invoice is reduced by 15 % of the difference the consumer owes for the preliminarily invoiced periods.",
        PreliminaryNotOver8Months "preliminary-not-over-8-months" => "Preliminary billing did not last more than 8 months: no reduction.",
        NothingPreliminarilyInvoiced "nothing-preliminarily-invoiced" => "No preliminary invoice covers the reconciled consumption (invoicing was omitted, not estimated): the 15 % rule does not apply; never-invoiced consumption falls under the 12-month bar and the missed-invoice instalments where agreed invoicing stopped.",
        NothingOwedForPreliminary "nothing-owed-for-preliminary" => "The consumer owes nothing for the preliminarily invoiced periods: the 15 % rule only reduces what the consumer owes for them.",
        FinalInvoiceDue "final-invoice-due" => "The final invoice is due within six weeks of the day supply ended.",
        InvoicedAfterFinal "invoiced-after-final" => "The reconciliation invoice comes after the final invoice: after a final invoice no further invoicing may take place, so it cannot claim payment.",
        NotInvoicedAfterFinal "not-invoiced-after-final" => "The reconciliation invoice is not dated after the final invoice: the bar on further invoicing does not apply.",
        ReadingOnChangeDate "reading-on-change-date" => "A meter reading falls on the price-change date: the new price applies from it, and the readings split consumption exactly.",
        PriceFromReading "price-from-reading" => "A meter reading collected within the reasonable time after the price change (villkor 6.3): the old price applies up to it and the new price from it.",
        NoReadingInWindow "no-reading-in-window" => "No meter reading was collected within the reasonable time after the price change: the register at the change is estimated and the new price applies from the change date.",
        PreskriptionPerDay "preskription-per-day" => "A claim against a consumer is time-barred 3 years after it arose (preskriptionslagen 2 § 2 st.): the claim for each consumption day arises that day; each interruption that came in time starts a new 3-year period (5 §, 6 §); what remains owed for days whose period ended before the reconciliation invoice is barred.",
        // deadlines.rs
        DueDateTerm "due-date-term" => "At least 20 days after sending; as a main rule not before the 28th, so an earlier day moves to the 28th of the same month.",
        DueDateCompared "due-date-compared" => "The stated due date is compared with the earliest lawful day and the 28th main rule.",
        TerminationEnd "termination-end" => "14 days counted from the day after the notice; the end of a contract is not rolled forward.",
        TermsChangeNotice "terms-change-notice" => "New terms apply no earlier than 2 months after the notice was sent; the consumer's termination (notice period at most 1 month) must be given at least 1 month before they apply — a backward period, not rolled.",
        FixedTermWindow "fixed-term-window" => "The window runs from 90 to 60 days before the end; backward periods are not rolled forward.",
        DisconnectionBlocked "disconnection-blocked" => "A blocking condition holds: the supply may not be cut off.",
        DisconnectionPossible "disconnection-possible" => "No blocking condition: disconnection is possible at the earliest the day after the 3 weeks to pay; social services must have been told at the same time as the consumer.",
        SecurityCapAndReturn "security-cap-and-return" => "At most four months of estimated charges; returned after six months of timely payment.",
        SwitchNotification "switch-notification" => "The supplier notifies the grid company no later than 14 days before supply starts (backward, not rolled).",
        SwitchDamages "switch-damages" => "Damage made probable: at least 100 kr per metering point and occasion; a higher amount needs the damage and its size proven.",
        EarlyExitCompensation "early-exit-compensation" => "Compensation is at most the loss the supplier shows over the remaining term (and no more than the contract's own formula gives, where entered).",
        DisputePending "dispute-pending" => "A dispute is pending: the disputed debt may not be collected until it is finally decided; the undisputed part is still to be paid.",
        NoDisputePending "no-dispute-pending" => "No dispute pending: the collection bar of villkor 7.4 does not apply, and the whole amount (disputed and undisputed) is payable.",
        InvoiceFrequency "invoice-frequency" => "Invoices at least quarterly; monthly when the consumer asks for it.",
        // late_interest.rs
        PaidInTime "paid-in-time" => "Paid (or counted) no later than the (rolled) due date: the payment is in time, no interest, whichever day the count would start on.",
        ReferenceRateInterest "reference-rate-interest" => "Simple interest per day at the reference rate + 8 points, split at 1 January and 1 July, actual days ÷ 365 (366); each segment rounded to the öre and summed.",
        SegmentUserRate "segment-user-rate" => "Segment at a user-supplied reference rate.",
        SegmentPastKnownRate "segment-past-known-rate" => "Segment past the table's known-until date: last known rate carried on.",
        SegmentRiksbankRate "segment-riksbank-rate" => "Segment at the Riksbank reference rate of its half-year.",
        SupplierInterestFixedDue "supplier-interest-fixed-due" => "The payment had a due date fixed in advance (a statutory refund deadline or a payout date the supplier stated): dröjsmålsränta runs from the day after it (räntelagen 3 §; villkor 1.5).",
        SupplierInterestAfterDemand "supplier-interest-after-demand" => "No due date was fixed: dröjsmålsränta runs from the day 30 days after the consumer sent a written demand for the amount saying interest will be charged, never before the demand reached the supplier (räntelagen 4 § 1 st.).",
        SupplierInterestSummons "supplier-interest-summons" => "Dröjsmålsränta runs at the latest from service of the summons or the application for betalningsföreläggande (räntelagen 4 § 3 st.).",
        SupplierInterestNotDue "supplier-interest-not-due" => "No due date and no written demand or summons: no dröjsmålsränta runs yet (räntelagen 2 § 1 st., 4 §).",
        SupplierPaidInTime "supplier-paid-in-time" => "The supplier paid before the first day of interest: no dröjsmålsränta.",
        SupplierInterestAdvance "supplier-interest-advance" => "An advance returned after the consumer's hävning for the supplier's breach (villkor 5.6): the reference rate + 2 points from the payment day until dröjsmålsränta starts (räntelagen 2 § 2 st., 5 §).",
        // withdrawal.rs
        NoticeSentSuffices "notice-sent-suffices" => "The notice need only be sent (not received) by the last day of the ångerfrist.",
        OnPremisesNoWithdrawal "on-premises-no-withdrawal" => "The contract was made on the supplier's premises: there is no ångerrätt. Termination under villkor 6.1 remains.",
        TelesaleAccepted "telesale-accepted" => "The consumer accepted in writing after the call: the contract was made on that day (taken as `concluded`) and is a distance contract with ångerrätt.",
        TelesaleInvalid "telesale-invalid" => "No written acceptance after the call: the contract is invalid and the consumer is not obliged to pay for anything the offer covers.",
        NothingSupplied "nothing-supplied" => "No electricity was supplied before the notice: nothing to pay.",
        SupplyFreeOfCharge "supply-free-of-charge" => "Supply started during the ångerfrist, but the information was not given as required or the consumer did not expressly ask for it: the consumer owes nothing for it.",
        ProRataNotComputed "pro-rata-not-computed" => "The consumer owes a pro-rata amount, but no price or quantity was entered: it is not computed (no price is assumed).",
        ProRataOwed "pro-rata-owed" => "Pro rata for the electricity supplied up to the notice: kWh × price, plus the period price × supplied days ÷ period days; rounded to the öre.",
        WithdrawalRefundTerm "withdrawal-refund-term" => "The supplier refunds within 14 days, counted from the day after it received the notice (2 kap. 14 §: \"fick del av\").",
        WithdrawalRefundFormula "withdrawal-refund-formula" => "Refund = paid − owed for supply; a shortfall is shown as a balance owed, never a negative refund.",
        InformationGivenLater "information-given-later" => "The information was given after the contract: the 14 days run from the day it was received (2 kap. 12 § andra stycket).",
        InformationTooLate "information-too-late" => "The information came more than 12 months after the contract day: the ångerfrist had already ended 12 months after the (rolled) end of the initial 14 days (2 kap. 12 §).",
        InformationNeverGiven "information-never-given" => "The withdrawal information was never given: the ångerfrist ends 12 months after the end of the initial 14 days, that end taken after its own roll-forward to a working day (Dir. 2011/83 art. 10(1); Reg. 1182/71 art. 3(4)), by the same day number; the cap's last day is then rolled forward too.",
        CapFromRolledEnd "cap-from-rolled-end" => "The 12 months run from the end of the initial period after its roll-forward; counted from the unrolled 14th day (the replaced reading) they would end on the earlier day listed.",
        WithdrawalPeriodOrdinary "withdrawal-period-ordinary" => "14 days counted from the day after the contract day (the information was given with the contract).",
    }
}
