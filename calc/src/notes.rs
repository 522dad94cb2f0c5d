//! Translations of the engine's trace notes (`Step::note`, the one English sentence a step of the
//! "why" carries), keyed by the exact English sentence the engine writes: (english, [ru, sv]).
//!
//! A note the engine composes of fixed sentences (a rolled deadline plus the rule that governs
//! it) is translated sentence by sentence. A note with a sentence not found here (one changed in
//! the engine and not yet here) is shown in English, the engine's own text, marked `lang="en"`.
//! English needs no table: [`note`] answers `None` for it.
//!
//! Two tables, so a page module carries only its own contract's notes: the Russian offer's rules
//! (`engine/src/ru_intervision/`, feature `ru`) and the Swedish terms' (`engine/src/se_electricity/`,
//! feature `se`). The shared engine modules (`interest`, `calendar`, `period`) write no notes, and
//! no sentence is used by both contracts, so there is no common table; a sentence that came to be
//! used by both would go into both tables. A test checks every note the golden scenarios produce
//! against its own contract's table.

/// One note: the engine's English sentence and its Russian and Swedish translations.
pub type Note = (&'static str, [&'static str; 2]);

#[cfg(not(feature = "ru"))]
const NOTES_RU: &[Note] = &[];
#[cfg(not(feature = "se"))]
const NOTES_SE: &[Note] = &[];

/// The translation of the engine's note `english` for `lang_index` (0 Russian, 1 Swedish,
/// 2 English). A note the engine composes of several fixed sentences (a rolled Swedish deadline
/// with the rule that applies to it) is translated sentence by sentence. `None` for English, and
/// for a note with a sentence not in the tables compiled in: the caller shows the English original.
pub fn note(lang_index: usize, english: &str) -> Option<String> {
    if lang_index > 1 {
        return None;
    }
    let mut rest = english.trim();
    let mut out = String::new();
    while !rest.is_empty() {
        // The longest sentence the note starts with, ending there or before a space.
        let (en, texts) = [NOTES_RU, NOTES_SE]
            .into_iter()
            .flatten()
            .filter(|(en, _)| {
                rest.strip_prefix(en)
                    .is_some_and(|after| after.is_empty() || after.starts_with(' '))
            })
            .max_by_key(|(en, _)| en.len())?;
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(texts.get(lang_index)?);
        rest = rest.get(en.len()..)?.trim_start();
    }
    Some(out)
}

/// A step's note in `lang`, and whether it is in that language (`false`: the engine's English
/// shown on a ru or sv page). The one function the pages call for a note; empty for a step
/// without a note.
pub fn note_text(lang: crate::Lang, step: &clausecalc_engine::outcome::Step) -> (String, bool) {
    if step.note.is_empty() {
        return (String::new(), true);
    }
    match note(lang.index(), &step.note) {
        Some(tr) => (tr, true),
        None => (step.note.clone(), lang.index() > 1),
    }
}

/// The Russian offer's rules (`engine/src/ru_intervision/`).
#[cfg(feature = "ru")]
pub static NOTES_RU: &[(&str, [&str; 2])] = &[
    ("10 working days of the production calendar, counted from the day after the refusal was received; paid back by the same method as the payment (6.5).", ["10 рабочих дней по производственному календарю, считая со дня, следующего за днём получения отказа; деньги возвращаются тем же способом, каким была произведена оплата (п. 6.5).", "10 arbetsdagar enligt produktionskalendern, räknat från dagen efter att avbokningen mottogs; pengarna betalas tillbaka på samma sätt som betalningen gjordes (p. 6.5)."]),
    ("ЗоЗПП 31: 10 calendar days from the day after receipt; a last day that is not a working day rolls to the next working day (ГК 193).", ["Ст. 31 ЗоЗПП: 10 календарных дней со дня, следующего за днём получения; если последний день срока нерабочий, он переносится на ближайший следующий рабочий день (ст. 193 ГК РФ).", "ЗоЗПП 31: 10 kalenderdagar från dagen efter mottagandet; en sista dag som inte är en arbetsdag flyttas till närmast följande arbetsdag (ГК 193)."]),
    ("The earlier of the two governs: the statutory term after a breach.", ["Действует более ранний из двух сроков — установленный законом срок после нарушения договора.", "Den tidigare av de två fristerna gäller: lagens frist efter ett avtalsbrott."]),
    ("A refusal received before the contract existed takes effect when the contract is concluded: the refund term runs from the first payment at the earliest.", ["Отказ, полученный до заключения договора, вступает в силу в момент заключения договора: срок возврата течёт не ранее чем с первой оплаты.", "En avbokning som mottogs innan avtalet fanns får verkan när avtalet ingås: återbetalningsfristen löper tidigast från den första betalningen."]),
    ("Offer 6.2: only documented commissions and an organisational fee of at most 500 ₽ are deducted.", ["П. 6.2 оферты: удерживаются только документально подтверждённые комиссии и организационный сбор не более 500 ₽.", "Offerten p. 6.2: endast styrkta provisionsavgifter och en organisationsavgift på högst 500 ₽ dras av."]),
    ("Offer 6.3: documented expenses (commissions, organising, reserving the place) are deducted.", ["П. 6.3 оферты: удерживаются документально подтверждённые расходы (комиссии, организация, бронирование места).", "Offerten p. 6.3: styrkta kostnader (provisionsavgifter, organisering, platsbokning) dras av."]),
    ("Offer 6.6: documented actual expenses are deducted besides the rendered meetings.", ["П. 6.6 оферты: помимо стоимости проведённых встреч удерживаются документально подтверждённые фактические расходы.", "Offerten p. 6.6: utöver de utförda träffarna dras styrkta faktiska kostnader av."]),
    ("ЗоЗПП 32, ГК 782: only actually incurred, documented expenses; a fixed fee counts only as such an expense (ЗоЗПП 16).", ["Ст. 32 ЗоЗПП, ст. 782 ГК РФ: только фактически понесённые и документально подтверждённые расходы; фиксированный сбор учитывается лишь как такой расход (ст. 16 ЗоЗПП).", "ЗоЗПП 32, ГК 782: endast faktiskt uppkomna, styrkta kostnader; en fast avgift räknas bara som en sådan kostnad (ЗоЗПП 16)."]),
    ("Nothing is deducted (breach of the provider, or settlement after force majeure).", ["Ничего не удерживается (нарушение со стороны исполнителя или расчёт после форс-мажора).", "Ingenting dras av (avtalsbrott från arrangörens sida, eller avräkning efter force majeure)."]),
    ("The first day of the event is day 1; 'more than 60 days' is reached on day 61, when the right to terminate arises.", ["Первый день обстоятельства непреодолимой силы — день 1; условие «более 60 дней» выполняется на 61-й день, и в этот день возникает право расторгнуть договор.", "Händelsens första dag är dag 1; ”mer än 60 dagar” uppnås dag 61, och då uppstår rätten att säga upp avtalet."]),
    ("The value of one meeting is the price divided by the number of scheduled meetings.", ["Стоимость одной встречи — цена, делённая на число запланированных встреч.", "Värdet av en träff är priset delat med antalet schemalagda träffar."]),
    ("The number of listed meeting dates must equal the stated number of meetings.", ["Число перечисленных дат встреч должно совпадать с указанным числом встреч.", "Antalet uppräknade träffdatum ska stämma med det angivna antalet träffar."]),
    ("Each meeting must fall on the stated weekday and inside the stated period.", ["Каждая встреча должна приходиться на указанный день недели и укладываться в указанный период.", "Varje träff ska infalla på den angivna veckodagen och inom den angivna perioden."]),
    ("The price must equal the stated number of meetings times the price of one meeting.", ["Цена должна равняться указанному числу встреч, умноженному на цену одной встречи.", "Priset ska vara lika med det angivna antalet träffar gånger priset för en träff."]),
    ("The instalments of the payment schedule must add up to the price.", ["Платежи по графику оплаты в сумме должны составлять цену.", "Delbetalningarna i betalningsplanen ska tillsammans uppgå till priset."]),
    ("The stated total duration must match meetings × length of a meeting.", ["Указанная общая продолжительность должна совпадать с величиной «число встреч × продолжительность одной встречи».", "Den angivna totala längden ska stämma med antalet träffar × en träffs längd."]),
    ("No delay: the refund was paid (or the day counted is) on or before the deadline.", ["Просрочки нет: возврат выплачен (или день, на который ведётся расчёт, наступает) не позднее последнего дня срока.", "Inget dröjsmål: återbetalningen gjordes (eller den dag som räknas infaller) senast på fristens sista dag."]),
    ("Refusal because of the provider's breach: 3 % of the price per day of delay from the day after the deadline, capped at the price (ЗоЗПП 28 п. 5 via 31 п. 3).", ["Отказ из-за нарушения исполнителя: неустойка 3 % цены за каждый день просрочки со дня, следующего за последним днём срока, но не более цены (п. 5 ст. 28 ЗоЗПП в силу п. 3 ст. 31 ЗоЗПП).", "Avbokning på grund av arrangörens avtalsbrott: 3 % av priset per dags dröjsmål från dagen efter fristens sista dag, högst priset (ЗоЗПП art. 28 p. 5 via art. 31 p. 3)."]),
    ("No delay on this part: its own deadline has not passed.", ["По этой части просрочки нет: её собственный срок ещё не истёк.", "Inget dröjsmål för denna del: dess egen frist har inte löpt ut."]),
    ("Simple interest at the key rate in force each day, split at each change and year end, actual days / 365 (366), each segment rounded to the kopeck.", ["Простые проценты по ключевой ставке, действовавшей в каждый день; период делится при каждом изменении ставки и при смене года, фактическое число дней / 365 (366), каждый отрезок округляется до копейки.", "Enkel ränta efter den styrränta som gällde varje dag, uppdelad vid varje ändring och vid årsskiftet, faktiska dagar / 365 (366), varje del avrundad till hel kopek."]),
    ("Interest on each part of the refund from the day after its own deadline, added up.", ["Проценты на каждую часть возврата — со дня, следующего за её собственным сроком; результаты суммируются.", "Ränta på varje del av återbetalningen från dagen efter dess egen frist, sammanlagd."]),
    ("The deadline was entered.", ["Срок указан в исходных данных.", "Fristen angavs i indata."]),
    ("Statutory default: a message takes effect when it is delivered to the addressee.", ["Общее правило закона: сообщение влечёт последствия с момента его доставки адресату.", "Lagens huvudregel: ett meddelande får verkan när det har kommit fram till adressaten."]),
    ("ГК 165.1 yields to the terms of the transaction: the contract's 24-hour rule decides; actual delivery is shown beside it.", ["Ст. 165.1 ГК РФ применяется, если иное не следует из условий сделки: решает правило договора о 24 часах; фактическая доставка показана рядом.", "ГК 165.1 viker för villkoren i rättshandlingen: avtalets 24-timmarsregel avgör; den faktiska leveransen visas bredvid."]),
    ("Sent through the personal account or by e-mail: the contract deems it received 24 hours after sending.", ["Отправлено через личный кабинет или по электронной почте: по договору считается полученным через 24 часа после отправки.", "Skickat via det personliga kontot eller med e-post: enligt avtalet anses det mottaget 24 timmar efter att det skickades."]),
    ("Sent another way: the actual receipt moment counts (ГК 165.1).", ["Отправлено иным способом: учитывается момент фактического получения (ст. 165.1 ГК РФ).", "Skickat på annat sätt: den faktiska tidpunkten för mottagandet gäller (ГК 165.1)."]),
    ("5 calendar days from the day after the application; rolled to the next working day if the last day is a rest day (ГК 193).", ["5 календарных дней со дня, следующего за днём подачи заявки; если последний день нерабочий, срок переносится на ближайший следующий рабочий день (ст. 193 ГК РФ).", "5 kalenderdagar från dagen efter anmälan; flyttas till närmast följande arbetsdag om den sista dagen inte är en arbetsdag (ГК 193)."]),
    ("Acceptance is payment, in full or in part: the contract is concluded on the day the first payment arrives.", ["Акцептом является оплата, полная или частичная: договор заключён в день поступления первого платежа.", "Accept sker genom betalning, helt eller delvis: avtalet ingås den dag den första betalningen kommer in."]),
    ("No payment has arrived: the offer is not accepted and no contract exists.", ["Оплата не поступала: оферта не акцептована, договор не заключён.", "Ingen betalning har kommit in: offerten är inte accepterad och det finns inget avtal."]),
    ("Payments are applied to the instalments in order; due dates are inclusive and roll past rest days.", ["Поступившие суммы зачитываются в счёт платежей по графику по очереди; день срока платежа включается в срок, а срок, приходящийся на нерабочий день, переносится на следующий рабочий день.", "Betalningarna avräknas mot delbetalningarna i tur och ordning; förfallodagen räknas med, och en förfallodag som inte är en arbetsdag flyttas till nästa arbetsdag."]),
    ("What remains to pay of the price.", ["Оставшаяся к оплате часть цены.", "Det som återstår att betala av priset."]),
    ("Paid minus the value of rendered meetings minus deductible expenses, never a negative refund. The balance owed is only what was rendered beyond the payments; documented expenses the payments do not cover are a separate claim (ГК 782 п. 1, ЗоЗПП 32).", ["Оплачено минус стоимость проведённых встреч минус удерживаемые расходы; возврат не может быть отрицательным. Остаток к доплате — только стоимость оказанного сверх внесённых платежей; документально подтверждённые расходы, не покрытые платежами, — отдельное требование (п. 1 ст. 782 ГК РФ, ст. 32 ЗоЗПП).", "Betalt minus värdet av utförda träffar minus avdragsgilla kostnader, aldrig en negativ återbetalning. Det som är kvar att betala är bara det som utförts utöver betalningarna; styrkta kostnader som betalningarna inte täcker är ett separat krav (ГК 782 p. 1, ЗоЗПП 32)."]),
    ("Reading 1 (3.4, 6.7): nothing is returned. Reading 2 (3.7 → section 6): the unrendered part is returned. The contract is ambiguous and is read in the consumer's favour (ГК 431; Plenum ВС № 49 п. 45): reading 2.", ["Толкование 1 (п. 3.4, 6.7): ничего не возвращается. Толкование 2 (п. 3.7 → раздел 6): возвращается неоказанная часть. Договор неясен и толкуется в пользу потребителя (ст. 431 ГК РФ; п. 45 постановления Пленума ВС РФ № 49): толкование 2.", "Tolkning 1 (p. 3.4, 6.7): ingenting betalas tillbaka. Tolkning 2 (p. 3.7 → avsnitt 6): den ej utförda delen betalas tillbaka. Avtalet är oklart och tolkas till konsumentens fördel (ГК 431; ВС:s plenum nr 49 p. 45): tolkning 2."]),
    ("Ambiguity in a contract drafted by the provider is resolved in the consumer's favour.", ["Неясность в договоре, составленном исполнителем, толкуется в пользу потребителя.", "Oklarheter i ett avtal som arrangören har formulerat tolkas till konsumentens fördel."]),
    ("A removal takes effect when the provider removes the participant; meetings begun before it are rendered.", ["Исключение вступает в силу в момент, когда исполнитель исключает участника; встречи, начавшиеся до этого, считаются оказанными.", "En uteslutning får verkan när arrangören utesluter deltagaren; träffar som började före den räknas som utförda."]),
    ("A payment made after the refusal was received can be due back only from its own day: the refund term for it runs from the payment day. The refund is taken from the latest payments first.", ["Платёж, внесённый после получения отказа, может подлежать возврату не ранее дня его внесения: срок возврата по нему течёт со дня платежа. Возврат производится в первую очередь из последних по времени платежей.", "En betalning som gjordes efter att avbokningen mottogs kan bli återbetalningspliktig först från sin egen dag: återbetalningsfristen för den löper från betalningsdagen. Återbetalningen tas i första hand från de senaste betalningarna."]),
    ("The figure more favourable to the consumer: a contract term may give more than the law, a term giving less is void (ЗоЗПП 16).", ["Берётся цифра, более выгодная потребителю: условие договора может давать больше, чем закон, а условие, дающее меньше, ничтожно (ст. 16 ЗоЗПП).", "Den siffra som är förmånligast för konsumenten: ett avtalsvillkor får ge mer än lagen, ett villkor som ger mindre är ogiltigt (ЗоЗПП 16)."]),
    ("Documented, actually incurred expenses the payments do not cover: the provider may claim them from the consumer (ГК 782 п. 1, ЗоЗПП 32). They are not a price of what was rendered and not part of the balance owed.", ["Документально подтверждённые, фактически понесённые расходы, не покрытые платежами: исполнитель может потребовать их с потребителя (п. 1 ст. 782 ГК РФ, ст. 32 ЗоЗПП). Это не плата за оказанное и не часть остатка к доплате.", "Styrkta, faktiskt uppkomna kostnader som betalningarna inte täcker: arrangören kan kräva dem av konsumenten (ГК 782 p. 1, ЗоЗПП 32). De är inte ett pris för det som utförts och ingår inte i det som är kvar att betala."]),
    ("Nothing is to be refunded, so no refund deadline runs.", ["Возвращать нечего, поэтому срок возврата не течёт.", "Inget ska betalas tillbaka, så ingen återbetalningsfrist löper."]),
    ("Offer 6.1: «Участник вправе отказаться от участия, направив Исполнителю письменное уведомление … не позднее чем за 10 (десять) календарных дней до даты начала оказания Услуг». Read with RULES.md as a receipt deadline: start date − 10 days, until 24:00; a backward period is not rolled forward. A notice sent through the personal account or by e-mail counts as received 24 h later (10.2–10.3), so it must be sent one day earlier.", ["П. 6.1 оферты: «Участник вправе отказаться от участия, направив Исполнителю письменное уведомление … не позднее чем за 10 (десять) календарных дней до даты начала оказания Услуг». Согласно RULES.md это срок получения: дата начала − 10 дней, до 24:00; срок, отсчитываемый назад, вперёд не переносится. Уведомление через личный кабинет или по электронной почте считается полученным через 24 ч (п. 10.2–10.3), поэтому его нужно отправить на день раньше.", "Offerten p. 6.1: «Участник вправе отказаться от участия, направив Исполнителю письменное уведомление … не позднее чем за 10 (десять) календарных дней до даты начала оказания Услуг». Enligt RULES.md läses det som en frist för mottagandet: startdagen − 10 dagar, till kl. 24:00; en frist som räknas bakåt flyttas inte fram. Ett meddelande via det personliga kontot eller med e-post anses mottaget 24 tim senare (p. 10.2–10.3), så det måste skickas en dag tidigare."]),
    ("Compares the receipt moment with the end of the window and with the start of services.", ["Момент получения сравнивается с окончанием срока для отказа и с началом оказания услуг.", "Jämför tidpunkten för mottagandet med slutet av avbokningsfönstret och med tjänsternas början."]),
    ("Term of the contract plus five years after its end (offer 8.4).", ["Срок действия договора плюс пять лет после его окончания (п. 8.4 оферты).", "Avtalets löptid plus fem år efter dess slut (offerten p. 8.4)."]),
    ("Recordings are kept up to 12 months (consent to the processing of personal data).", ["Записи хранятся до 12 месяцев (согласие на обработку персональных данных).", "Inspelningar sparas i upp till 12 månader (samtycke till behandling av personuppgifter)."]),
    ("3 working days of the production calendar, counted from the day after receipt.", ["3 рабочих дня по производственному календарю, считая со дня, следующего за днём получения.", "3 arbetsdagar enligt produktionskalendern, räknat från dagen efter mottagandet."]),
    ("A meeting counts as rendered if it began before the refusal was received and took place as agreed; access to materials does not count (ВС РФ 4-КГ24-57-К1). Value = price × rendered ÷ meetings.", ["Встреча считается оказанной, если она началась до получения отказа и прошла как договорено; доступ к материалам не в счёт (ВС РФ 4-КГ24-57-К1). Стоимость = цена × оказанные встречи ÷ число встреч.", "En träff räknas som utförd om den började innan avbokningen mottogs och hölls som avtalat; tillgång till material räknas inte (ВС РФ 4-КГ24-57-К1). Värde = pris × utförda träffar ÷ antal träffar."]),
    ("Statutory reading: the consumer pays only for services actually rendered (ЗоЗПП 32, ГК 782), and the refusal took effect when it actually reached the provider (ГК 165.1), so a meeting counts only if it began before actual receipt.", ["Толкование по закону: потребитель оплачивает только фактически оказанные услуги (ст. 32 ЗоЗПП, ст. 782 ГК РФ), а отказ вступил в силу, когда фактически дошёл до исполнителя (ст. 165.1 ГК РФ), поэтому встреча учитывается, только если началась до фактического получения.", "Lagens tolkning: konsumenten betalar bara för tjänster som faktiskt utförts (ЗоЗПП 32, ГК 782), och avbokningen fick verkan när den faktiskt nådde arrangören (ГК 165.1), så en träff räknas bara om den började före det faktiska mottagandet."]),
];

/// The Swedish electricity terms' rules (`engine/src/se_electricity/`).
#[cfg(feature = "se")]
pub static NOTES_SE: &[(&str, [&str; 2])] = &[
    // Rolled deadlines (se_electricity/mod.rs): the first sentence, then the one on the rule.
    ("The last day is not a working day in Sweden: it moves to the next working day, passing over the rest days listed.", ["Последний день — нерабочий в Швеции: срок переносится на ближайший рабочий день; пропущенные нерабочие дни перечислены.", "Sista dagen är inte en arbetsdag i Sverige: den flyttas till närmast följande arbetsdag; de vilodagar som passeras anges."]),
    ("The last day is a working day: no roll-forward.", ["Последний день — рабочий: переноса нет.", "Sista dagen är en arbetsdag: ingen förskjutning."]),
    ("This is a contractual period: lag (1930:173) applies to it by analogy, and Reg. 1182/71 (which governs periods in EU acts) does not.", ["Это договорный срок: lag (1930:173) применяется к нему по аналогии, а Регламент 1182/71 (он регулирует сроки в актах ЕС) — нет.", "Detta är en avtalad frist: lag (1930:173) tillämpas på den analogt, och förordning 1182/71 (som gäller frister i EU-akter) gäller inte."]),
    ("This period is set by Swedish law, not by an EU act: lag (1930:173) governs it, Reg. 1182/71 does not.", ["Этот срок установлен шведским законом, а не актом ЕС: к нему применяется lag (1930:173), а не Регламент 1182/71.", "Denna frist följer av svensk lag, inte av en EU-akt: lag (1930:173) gäller, inte förordning 1182/71."]),
    ("Reg. (EEC, Euratom) 1182/71 alone would end earlier (its day is listed): it does not treat the eves as holidays; the Swedish rule governs and gives the later day.", ["По одному Регламенту (ЕЭС, Евратом) 1182/71 срок закончился бы раньше (его день указан): он не считает канун праздника выходным; действует шведское правило, оно даёт более поздний день.", "Enligt förordning (EEG, Euratom) 1182/71 ensam skulle fristen löpa ut tidigare (dess dag anges): den räknar inte aftnarna som helgdagar; den svenska regeln gäller och ger den senare dagen."]),
    // The instalment plan (se_electricity/billing.rs, SE-INSTALMENTS): fixed sentences.
    ("Interest- and fee-free instalments, equal to the öre, the remainder on the last, due monthly from the reconciliation invoice (a due date on a rest day moves to the next working day, skuldebrevslagen 5 §).", ["Платежи без процентов и сборов, равные до эре, остаток — в последнем; сроки ежемесячно от счёта по итогам сверки (срок, выпавший на выходной, переносится на ближайший рабочий день, skuldebrevslagen 5 §).", "Delbetalningar utan ränta och avgifter, lika stora på öret, resten på den sista, förfaller månadsvis från avstämningsfakturan (en förfallodag på en vilodag flyttas till närmast följande arbetsdag, skuldebrevslagen 5 §)."]),
    ("One instalment per missed invoice.", ["По одному платежу на каждый невыставленный счёт.", "En delbetalning per utebliven faktura."]),
    ("One instalment per started month of the fault.", ["По одному платежу на каждый начатый месяц нарушения.", "En delbetalning per påbörjad månad av felet."]),
    ("Both grounds of villkor 3.3 apply (the fault's duration and the missed invoices): the larger count is used.", ["Применимы оба основания villkor 3.3 (длительность нарушения и пропущенные счета): берётся большее число платежей.", "Båda grunderna i villkor 3.3 är uppfyllda (felets varaktighet och de uteblivna fakturorna): det högre antalet används."]),
    ("The count is capped so that every instalment is at least 0.01 kr.", ["Число платежей ограничено так, чтобы каждый был не меньше 0,01 кроны.", "Antalet begränsas så att varje delbetalning är minst 0,01 kr."]),
    ("Measured consumption = last reading − first reading; billing must use the measured quantity.", ["Измеренное потребление = последнее показание − первое показание; счёт должен выставляться по измеренному количеству.", "Uppmätt förbrukning = sista mätarställning − första mätarställning; debiteringen ska avse den uppmätta mängden."]),
    ("Totals are sums of the segments' amounts, each already rounded to the öre: difference = final − preliminary; net = difference − good-faith relief − the 12-month bar.", ["Итоги складываются из сумм по отрезкам, каждая из которых уже округлена до эре: разница = окончательно − предварительно; нетто = разница − снятое из-за добросовестной оплаты − не подлежащее взысканию по правилу 12 месяцев.", "Summorna är summor av delarnas belopp, vart och ett redan avrundat till hela ören: skillnad = slutligt − preliminärt; netto = skillnad − befrielse vid betalning i god tro − spärren efter 12 månader."]),
    ("A final invoice was already sent before this reconciliation invoice: after a final invoice no further invoicing may take place (villkor 3.3), so what the reconciliation would claim is not payable and no instalment plan is needed.", ["Окончательный счёт был отправлен ещё до этого счёта по итогам сверки: после окончательного счёта новые счета выставлять нельзя (п. 3.3 условий), поэтому то, что требовалось бы по итогам сверки, оплачивать не нужно, и план рассрочки не нужен.", "En slutfaktura skickades redan före denna avstämningsfaktura: efter en slutfaktura får ingen ytterligare fakturering ske (villkor 3.3), så det som avstämningen skulle kräva behöver inte betalas och ingen avbetalningsplan behövs."]),
    ("Final − preliminary, less good-faith relief, the 12-month bar and the 15 % reduction: the consumer owes this.", ["Окончательно − предварительно, за вычетом снятого из-за добросовестной оплаты, не подлежащего взысканию по правилу 12 месяцев и снижения на 15 %: это должен потребитель.", "Slutligt − preliminärt, minus befrielse vid betalning i god tro, spärren efter 12 månader och nedsättningen med 15 %: detta är konsumenten skyldig."]),
    ("The preliminary invoices charged more than the measured consumption costs: the supplier owes the difference (villkor 3.7).", ["По предварительным счетам начислено больше, чем стоит измеренное потребление: разницу должен поставщик (п. 3.7 условий).", "De preliminära fakturorna debiterade mer än vad den uppmätta förbrukningen kostar: leverantören är skyldig skillnaden (villkor 3.7)."]),
    ("Nothing more to pay and nothing to refund.", ["Доплачивать нечего, и возвращать нечего.", "Inget mer att betala och inget att betala tillbaka."]),
    ("Final = (kWh × price + monthly fee × share of months) × (1 + VAT), rounded to the öre; difference = final − the preliminary amount billed for these days.", ["Окончательно = (кВт·ч × цена + абонентская плата × доля месяцев) × (1 + НДС), с округлением до эре; разница = окончательно − сумма, предварительно начисленная за эти дни.", "Slutligt = (kWh × pris + fast månadsavgift × andel av månader) × (1 + moms), avrundat till hela ören; skillnad = slutligt − det preliminära belopp som debiterats för dessa dagar."]),
    ("Paid in good faith as final for its period: the back-claim for that period is zeroed.", ["Счёт добросовестно оплачен как окончательный за свой период: требование о доплате за этот период обнуляется.", "Fakturan betalades i god tro som slutlig för sin period: efterkravet för den perioden sätts till noll."]),
    ("Paid in good faith, but nothing more was owed for that period: no relief needed.", ["Счёт оплачен добросовестно, но за этот период больше ничего не причиталось: освобождение не требуется.", "Fakturan betalades i god tro, men inget mer var skyldigt för den perioden: ingen befrielse behövs."]),
    ("Invoicing was omitted entirely within the supplier's control: what is owed for consumption before the cut-off (reconciliation date − 12 months) that no invoice covered is no longer payable; periods that were preliminarily invoiced are not barred.", ["Согласованное выставление счетов полностью не велось по причинам, зависящим от поставщика: причитающееся за потребление до границы (дата сверки − 12 месяцев), не охваченное ни одним счётом, больше оплачивать не нужно; периоды, за которые выставлялись предварительные счета, под этот запрет не подпадают.", "Faktureringen har helt uteblivit av skäl som leverantören råder över: det som är skyldigt för förbrukning före brytdagen (avstämningsdagen − 12 månader) och som ingen faktura omfattade behöver inte längre betalas; perioder som fakturerats preliminärt omfattas inte av spärren."]),
    ("The supplier had the right to estimate: no reduction.", ["Поставщик имел право на предварительное начисление по оценке: снижения нет.", "Leverantören hade rätt till preliminär debitering: ingen nedsättning."]),
    ("No right to estimate and more than 8 months since the last metered invoice: the reconciliation invoice is reduced by 15 % of the difference the consumer owes for the preliminarily invoiced periods.", ["Права на предварительное начисление по оценке не было, и с последнего счёта по показаниям счётчика прошло больше 8 месяцев: счёт по итогам сверки уменьшается на 15 % разницы, которую потребитель должен за периоды с предварительными счетами.", "Ingen rätt till preliminär debitering och mer än 8 månader sedan den senaste fakturan baserad på insamlade mätvärden: avstämningsfakturan sätts ned med 15 % av den skillnad som konsumenten är skyldig för de preliminärt fakturerade perioderna."]),
    ("Preliminary billing did not last more than 8 months: no reduction.", ["Предварительное начисление длилось не более 8 месяцев: снижения нет.", "Den preliminära debiteringen varade inte mer än 8 månader: ingen nedsättning."]),
    ("No preliminary invoice covers the reconciled consumption (invoicing was omitted, not estimated): the 15 % rule does not apply; never-invoiced consumption falls under the 12-month bar and the missed-invoice instalments where agreed invoicing stopped.", ["Ни один предварительный счёт не охватывает сверяемое потребление (счета не выставлялись вовсе, а не начислялись по оценке): правило 15 % не применяется; потребление, за которое счета не выставлялись, подпадает под правило 12 месяцев и под рассрочку по числу пропущенных счетов, если согласованное выставление счетов прекратилось.", "Ingen preliminär faktura omfattar den avstämda förbrukningen (faktureringen uteblev, den byggde inte på uppskattning): 15 %-regeln gäller inte; förbrukning som aldrig fakturerats omfattas av spärren efter 12 månader och av delbetalningar efter antalet uteblivna fakturor där den avtalade faktureringen upphörde."]),
    ("The consumer owes nothing for the preliminarily invoiced periods: the 15 % rule only reduces what the consumer owes for them.", ["За периоды с предварительными счетами потребитель ничего не должен: правило 15 % лишь уменьшает то, что потребитель должен за эти периоды.", "Konsumenten är inte skyldig något för de preliminärt fakturerade perioderna: 15 %-regeln sätter bara ned det som konsumenten är skyldig för dem."]),
    ("The final invoice is due within six weeks of the day supply ended.", ["Окончательный счёт выставляется в течение шести недель со дня прекращения поставки.", "Slutfakturan ska komma inom sex veckor från den dag leveransen upphörde."]),
    ("The reconciliation invoice comes after the final invoice: after a final invoice no further invoicing may take place, so it cannot claim payment.", ["Счёт по итогам сверки выставлен после окончательного счёта: после окончательного счёта новые счета выставлять нельзя, поэтому требовать оплаты по нему нельзя.", "Avstämningsfakturan kommer efter slutfakturan: efter en slutfaktura får ingen ytterligare fakturering ske, så den kan inte kräva betalning."]),
    ("The reconciliation invoice is not dated after the final invoice: the bar on further invoicing does not apply.", ["Счёт по итогам сверки датирован не позже окончательного счёта: запрет на дальнейшее выставление счетов не применяется.", "Avstämningsfakturan är inte daterad efter slutfakturan: förbudet mot ytterligare fakturering gäller inte."]),
    ("At least 20 days after sending; as a main rule not before the 28th, so an earlier day moves to the 28th of the same month.", ["Не ранее чем через 20 дней после отправки; по основному правилу — не раньше 28-го числа, поэтому более ранний день переносится на 28-е число того же месяца.", "Minst 20 dagar efter avsändandet; som huvudregel inte före den 28:e, så en tidigare dag flyttas till den 28:e samma månad."]),
    ("The stated due date is compared with the earliest lawful day and the 28th main rule.", ["Указанный срок платежа сравнивается с самым ранним законным днём и с основным правилом о 28-м числе.", "Den angivna förfallodagen jämförs med den tidigaste tillåtna dagen och med huvudregeln om den 28:e."]),
    ("14 days counted from the day after the notice; the end of a contract is not rolled forward.", ["14 дней, считая со дня, следующего за уведомлением; дата окончания договора не переносится.", "14 dagar räknat från dagen efter uppsägningen; avtalets slutdag flyttas inte fram."]),
    ("New terms apply no earlier than 2 months after the notice was sent; the consumer's termination (notice period at most 1 month) must be given at least 1 month before they apply — a backward period, not rolled.", ["Новые условия действуют не ранее чем через 2 месяца после отправки уведомления; потребитель должен заявить о расторжении (срок уведомления — не более 1 месяца) не позднее чем за 1 месяц до начала их действия — срок отсчитывается назад и не переносится.", "Nya villkor gäller tidigast 2 månader efter att meddelandet skickades; konsumentens uppsägning (uppsägningstid högst 1 månad) ska göras minst 1 månad innan de börjar gälla — en frist som räknas bakåt och inte flyttas."]),
    ("The window runs from 90 to 60 days before the end; backward periods are not rolled forward.", ["Окно — от 90 до 60 дней до окончания срока; сроки, отсчитываемые назад, вперёд не переносятся.", "Fönstret löper från 90 till 60 dagar före slutet; frister som räknas bakåt flyttas inte fram."]),
    ("A blocking condition holds: the supply may not be cut off.", ["Есть препятствие: прекращать поставку нельзя.", "Ett hinder föreligger: leveransen får inte stängas av."]),
    ("No blocking condition: disconnection is possible at the earliest the day after the 3 weeks to pay; social services must have been told at the same time as the consumer.", ["Препятствий нет: отключение возможно не ранее дня, следующего за окончанием 3 недель на оплату; социальная служба должна быть уведомлена одновременно с потребителем.", "Inget hinder: avstängning får ske tidigast dagen efter de 3 veckorna för betalning; socialnämnden ska ha underrättats samtidigt som konsumenten."]),
    ("At most four months of estimated charges; returned after six months of timely payment.", ["Не более оценочных расходов за четыре месяца; возвращается после шести месяцев своевременной оплаты.", "Högst fyra månaders beräknade kostnader; återlämnas efter sex månader med betalning i rätt tid."]),
    ("The supplier notifies the grid company no later than 14 days before supply starts (backward, not rolled).", ["Поставщик уведомляет сетевую компанию не позднее чем за 14 дней до начала поставки (срок отсчитывается назад, не переносится).", "Leverantören anmäler till nätägaren senast 14 dagar innan leveransen börjar (räknas bakåt, flyttas inte)."]),
    ("Damage made probable: at least 100 kr per metering point and occasion; a higher amount needs the damage and its size proven.", ["Ущерб обоснован как вероятный: не менее 100 крон за точку учёта и за каждый случай; для более высокой суммы нужно доказать ущерб и его размер.", "Skada har gjorts sannolik: minst 100 kr per uttagspunkt och tillfälle; ett högre belopp kräver att skadan och dess storlek bevisas."]),
    ("Compensation is at most the loss the supplier shows over the remaining term (and no more than the contract's own formula gives, where entered).", ["Компенсация — не больше убытка, который поставщик подтвердит за оставшийся срок договора (и не больше суммы по формуле самого договора, если она введена).", "Ersättningen är högst den förlust som leverantören visar för den återstående avtalstiden (och inte mer än avtalets egen formel ger, där den angetts)."]),
    ("A dispute is pending: the disputed debt may not be collected until it is finally decided; the undisputed part is still to be paid.", ["Спор не разрешён: оспариваемый долг нельзя взыскивать, пока спор не будет окончательно разрешён; неоспариваемую часть нужно оплатить.", "En tvist pågår: den omtvistade skulden får inte drivas in förrän tvisten är slutligt avgjord; den obestridda delen ska ändå betalas."]),
    ("No dispute pending: the collection bar of villkor 7.4 does not apply, and the whole amount (disputed and undisputed) is payable.", ["Спора нет: запрет на взыскание по п. 7.4 условий не действует, и к оплате вся сумма (оспариваемая и неоспариваемая).", "Ingen tvist pågår: spärren mot indrivning i villkor 7.4 gäller inte, och hela beloppet (omtvistat och obestritt) ska betalas."]),
    ("Invoices at least quarterly; monthly when the consumer asks for it.", ["Счета — не реже раза в квартал; ежемесячно, если потребитель об этом попросит.", "Fakturor minst varje kvartal; varje månad om konsumenten begär det."]),
    ("Paid (or counted) no later than the (rolled) due date: the payment is in time, no interest, whichever day the count would start on.", ["Оплачено (или день, по который ведётся расчёт, наступает) не позднее срока платежа (с учётом переноса): оплата своевременна, процентов нет, с какого бы дня ни начинался отсчёт.", "Betalt (eller räknat) senast på den (framflyttade) förfallodagen: betalningen är i tid och ingen ränta utgår, oavsett vilken dag räkningen skulle börja."]),
    ("Simple interest per day at the reference rate + 8 points, split at 1 January and 1 July, actual days ÷ 365 (366); each segment rounded to the öre and summed.", ["Простые проценты за каждый день по референтной ставке + 8 процентных пунктов, с разбивкой на 1 января и 1 июля, фактическое число дней ÷ 365 (366); каждый отрезок округляется до эре, и отрезки суммируются.", "Enkel ränta per dag efter referensräntan + 8 procentenheter, uppdelad vid 1 januari och 1 juli, faktiska dagar ÷ 365 (366); varje del avrundas till hela ören och delarna summeras."]),
    ("Segment at a user-supplied reference rate.", ["Отрезок по референтной ставке, введённой вами.", "Del efter en referensränta som du har angett."]),
    ("Segment past the table's known-until date: last known rate carried on.", ["Отрезок после даты, до которой известна таблица ставок: применяется последняя известная ставка.", "Del efter det datum som tabellen är känd till: den senast kända räntesatsen används vidare."]),
    ("Segment at the Riksbank reference rate of its half-year.", ["Отрезок по референтной ставке Риксбанка за соответствующее полугодие.", "Del efter Riksbankens referensränta för dess kalenderhalvår."]),
    ("The notice need only be sent (not received) by the last day of the ångerfrist.", ["Уведомление достаточно отправить (получение не требуется) не позднее последнего дня срока для отказа (ångerfrist).", "Meddelandet behöver bara skickas (inte ha kommit fram) senast sista dagen av ångerfristen."]),
    ("The contract was made on the supplier's premises: there is no ångerrätt. Termination under villkor 6.1 remains.", ["Договор заключён в помещении поставщика: права на отказ от договора (ångerrätt) нет. Остаётся расторжение по п. 6.1 условий.", "Avtalet ingicks i leverantörens affärslokaler: det finns ingen ångerrätt. Uppsägning enligt villkor 6.1 är fortfarande möjlig."]),
    ("The consumer accepted in writing after the call: the contract was made on that day (taken as `concluded`) and is a distance contract with ångerrätt.", ["Потребитель письменно принял предложение после звонка: договор заключён в этот день (он взят как `concluded`) и является дистанционным договором с правом на отказ (ångerrätt).", "Konsumenten accepterade skriftligt efter samtalet: avtalet ingicks den dagen (används som `concluded`) och är ett distansavtal med ångerrätt."]),
    ("No written acceptance after the call: the contract is invalid and the consumer is not obliged to pay for anything the offer covers.", ["После звонка письменного согласия не было: договор недействителен, и потребитель не обязан платить ни за что из того, что охватывает предложение.", "Ingen skriftlig accept efter samtalet: avtalet är ogiltigt och konsumenten är inte skyldig att betala för något som anbudet omfattar."]),
    ("No electricity was supplied before the notice: nothing to pay.", ["До уведомления электроэнергия не поставлялась: платить нечего.", "Ingen el levererades före meddelandet: inget att betala."]),
    ("Supply started during the ångerfrist, but the information was not given as required or the consumer did not expressly ask for it: the consumer owes nothing for it.", ["Поставка началась в течение срока для отказа (ångerfrist), но информация не была предоставлена как требуется или потребитель прямо не просил о поставке: за неё потребитель ничего не должен.", "Leveransen började under ångerfristen, men informationen lämnades inte som föreskrivet eller så begärde konsumenten inte uttryckligen leveransen: konsumenten är inte skyldig något för den."]),
    ("The consumer owes a pro-rata amount, but no price or quantity was entered: it is not computed (no price is assumed).", ["Потребитель должен пропорциональную сумму, но цена или количество не введены: сумма не рассчитывается (цена не подставляется).", "Konsumenten är skyldig ett proportionellt belopp, men inget pris eller ingen mängd har angetts: beloppet beräknas inte (inget pris antas)."]),
    ("Pro rata for the electricity supplied up to the notice: kWh × price, plus the period price × supplied days ÷ period days; rounded to the öre.", ["Пропорционально за электроэнергию, поставленную до уведомления: кВт·ч × цена плюс цена за период × дни поставки ÷ дни периода; с округлением до эре.", "Proportionellt för den el som levererats fram till meddelandet: kWh × pris, plus periodpriset × leveransdagar ÷ periodens dagar; avrundat till hela ören."]),
    ("The supplier refunds within 14 days, counted from the day after the notice.", ["Поставщик возвращает деньги в течение 14 дней, считая со дня, следующего за уведомлением.", "Leverantören betalar tillbaka inom 14 dagar, räknat från dagen efter meddelandet."]),
    ("Refund = paid − owed for supply; a shortfall is shown as a balance owed, never a negative refund.", ["Возврат = оплачено − причитается за поставку; недостача показывается как остаток к доплате, а не как отрицательный возврат.", "Återbetalning = betalt − skyldigt för leveransen; ett underskott visas som kvar att betala, aldrig som en negativ återbetalning."]),
    ("The information was given after the contract: the 14 days run from the day it was received (2 kap. 12 § andra stycket).", ["Информация предоставлена после заключения договора: 14 дней отсчитываются со дня её получения (2 kap. 12 § andra stycket).", "Informationen lämnades efter avtalet: de 14 dagarna löper från den dag den togs emot (2 kap. 12 § andra stycket)."]),
    ("The information came more than 12 months after the contract day: the ångerfrist had already ended 12 months after its ordinary end (2 kap. 12 §).", ["Информация поступила позже чем через 12 месяцев после дня заключения договора: срок для отказа (ångerfrist) уже истёк через 12 месяцев после своего обычного окончания (2 kap. 12 §).", "Informationen kom mer än 12 månader efter avtalsdagen: ångerfristen hade redan löpt ut 12 månader efter sitt ordinarie slut (2 kap. 12 §)."]),
    ("The withdrawal information was never given: the ångerfrist ends 12 months after its ordinary end (contract day + 14 days, + 12 months, same day number).", ["Информация о праве на отказ так и не была предоставлена: срок для отказа (ångerfrist) истекает через 12 месяцев после своего обычного окончания (день заключения договора + 14 дней, + 12 месяцев, то же число месяца).", "Informationen om ångerrätten lämnades aldrig: ångerfristen löper ut 12 månader efter sitt ordinarie slut (avtalsdagen + 14 dagar, + 12 månader, samma dag i månaden)."]),
    ("14 days counted from the day after the contract day (the information was given with the contract).", ["14 дней, считая со дня, следующего за днём заключения договора (информация предоставлена вместе с договором).", "14 dagar räknat från dagen efter avtalsdagen (informationen lämnades i samband med avtalet)."]),
];

#[cfg(test)]
mod tests {
    use super::{note, Note, NOTES_RU, NOTES_SE};
    use std::collections::BTreeSet;

    /// Whether `note` is made entirely of sentences of `table` (as `note` translates it).
    fn covered(table: &[Note], note: &str) -> bool {
        let mut rest = note.trim();
        while !rest.is_empty() {
            let Some(en) = table
                .iter()
                .map(|(en, _)| *en)
                .filter(|en| {
                    rest.strip_prefix(en)
                        .is_some_and(|a| a.is_empty() || a.starts_with(' '))
                })
                .max_by_key(|en| en.len())
            else {
                return false;
            };
            rest = rest[en.len()..].trim_start();
        }
        true
    }

    /// The numbers of a text: runs of digits, with a decimal dot or comma inside a run kept and
    /// read as a dot ("6.1", "165.1"; Russian and Swedish "0,01" is "0.01").
    fn numbers(s: &str) -> BTreeSet<String> {
        s.split(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
            .map(|run| run.trim_matches(['.', ',']).replace(',', "."))
            .filter(|run| !run.is_empty())
            .collect()
    }

    #[test]
    fn notes_are_unique_complete_and_keep_their_numbers() {
        let mut seen = BTreeSet::new();
        let mut problems = Vec::new();
        let tables: [(&str, &[Note]); 2] = [("ru", NOTES_RU), ("se", NOTES_SE)];
        for (table, notes) in tables {
            assert!(!notes.is_empty(), "the {table} table is empty");
            for (en, texts) in notes {
                if !seen.insert(*en) {
                    problems.push(format!("duplicate key: {en}"));
                }
                if en.trim().is_empty() {
                    problems.push(format!("empty key in the {table} table"));
                }
                for (lang, text) in ["ru", "sv"].into_iter().zip(texts) {
                    if text.trim().is_empty() {
                        problems.push(format!("empty {lang} text for: {en}"));
                    } else if text == en {
                        problems.push(format!("{lang} text is the English one: {en}"));
                    }
                    if numbers(text) != numbers(en) {
                        problems.push(format!(
                            "{lang} numbers {:?} differ from the English {:?}: {en}",
                            numbers(text),
                            numbers(en)
                        ));
                    }
                }
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    #[test]
    fn lookup_by_language() {
        let (en, [ru, sv]) = NOTES_RU[0];
        assert_eq!(note(0, en).as_deref(), Some(ru));
        assert_eq!(note(1, en).as_deref(), Some(sv));
        assert_eq!(note(2, en), None);
        assert_eq!(note(3, en), None);
        let (en, [ru, _]) = NOTES_SE[0];
        assert_eq!(note(0, en).as_deref(), Some(ru));
        assert_eq!(note(0, "A sentence the engine never writes."), None);
        // A composed note: sentence by sentence; one unknown sentence leaves it all in English.
        let rolled = "The last day is a working day: no roll-forward. This period is set by Swedish law, not by an EU act: lag (1930:173) governs it, Reg. 1182/71 does not.";
        assert_eq!(
            note(1, rolled).as_deref(),
            Some("Sista dagen är en arbetsdag: ingen förskjutning. Denna frist följer av svensk lag, inte av en EU-akt: lag (1930:173) gäller, inte förordning 1182/71.")
        );
        assert_eq!(
            note(
                1,
                "The last day is a working day: no roll-forward. Unknown."
            ),
            None
        );
    }

    #[test]
    fn every_golden_note_has_a_translation() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../engine/tests/golden");
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        files.sort();
        let mut evaluated = 0;
        let mut used = BTreeSet::new();
        let mut missing = BTreeSet::new();
        for path in &files {
            let text =
                std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let golden: serde_json::Value =
                serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let Ok(scenario) =
                serde_json::from_value::<clausecalc_engine::Scenario>(golden["scenario"].clone())
            else {
                continue;
            };
            // Invalid-input goldens answer with field errors and have no trace.
            let Ok(outcome) = clausecalc_engine::evaluate(&scenario) else {
                continue;
            };
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            // A page module carries only its own contract's table.
            let own: &[Note] = if name.starts_with("ru-") {
                NOTES_RU
            } else if name.starts_with("se-") {
                NOTES_SE
            } else {
                panic!("{name}: a golden file is named ru-… or se-…");
            };
            evaluated += 1;
            for step in &outcome.trace {
                let n = step.note.as_str();
                if n.trim().is_empty() {
                    continue;
                }
                used.insert(n.to_string());
                let in_own = covered(own, n);
                if !in_own || note(0, n).is_none() || note(1, n).is_none() {
                    missing.insert(format!("{name} ({}): {n}", step.rule));
                }
            }
        }
        assert!(
            evaluated > 0,
            "no golden scenario evaluated in {}",
            dir.display()
        );
        assert!(!used.is_empty(), "the golden scenarios wrote no notes");
        assert!(
            missing.is_empty(),
            "{} notes without a translation:\n{}",
            missing.len(),
            missing.into_iter().collect::<Vec<_>>().join("\n")
        );
    }
}
