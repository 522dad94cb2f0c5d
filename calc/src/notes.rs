//! Translations of the engine's trace notes: a step's `notes` are codes of its contract's rules
//! (`clausecalc_engine::ru_intervision::Note`, `…::se_electricity::Note`), and each language renders
//! them. Russian and Swedish are here, one exhaustive `match` per contract, so a note added to the
//! engine does not compile here until it has both; English is the engine's own sentence
//! (`Note::english`, the text the JSON API carries), written once. No note falls back to
//! another language and nothing is matched by its English text.
//!
//! A note composed of several codes (a rolled Swedish deadline, then the rule that governs it) is
//! rendered code by code, joined by a space.
//!
//! Two tables, so a page module carries only its own contract's notes: the Russian offer's rules
//! (feature `ru`) and the Swedish terms' (feature `se`). The shared engine modules (`interest`,
//! `calendar`, `period`) write no notes. A test checks that every golden scenario writes only its
//! own contract's notes.

use crate::Lang;
use clausecalc_engine::outcome::{Note, Step};
use clausecalc_engine::ru_intervision::Note as RuNote;
use clausecalc_engine::se_electricity::Note as SeNote;

/// The text of `note` in `lang`; `None` only for a note of a contract this build does not carry
/// (a page module never meets one: it evaluates its own contract's scenarios).
pub fn text(lang: Lang, note: Note) -> Option<&'static str> {
    match note {
        Note::Ru(n) => ru_text(lang, n),
        Note::Se(n) => se_text(lang, n),
    }
}

/// A step's notes in `lang`, joined by a space, and whether all of them are in that language
/// (always, in a build that carries the step's contract). The one function the pages call for a
/// note; empty for a step without notes.
pub fn note_text(lang: Lang, step: &Step) -> (String, bool) {
    let mut out = String::new();
    let mut complete = true;
    for n in &step.notes {
        match text(lang, *n) {
            Some(t) => {
                if !out.is_empty() {
                    out.push(' ');
                }
                out.push_str(t);
            }
            None => complete = false,
        }
    }
    (out, complete)
}

#[cfg(feature = "ru")]
fn ru_text(lang: Lang, n: RuNote) -> Option<&'static str> {
    let [ru, sv] = ru(n);
    Some(match lang {
        Lang::Ru => ru,
        Lang::Sv => sv,
        Lang::En => n.english(),
    })
}

#[cfg(not(feature = "ru"))]
fn ru_text(_: Lang, _: RuNote) -> Option<&'static str> {
    None
}

#[cfg(feature = "se")]
fn se_text(lang: Lang, n: SeNote) -> Option<&'static str> {
    let [ru, sv] = se(n);
    Some(match lang {
        Lang::Ru => ru,
        Lang::Sv => sv,
        Lang::En => n.english(),
    })
}

#[cfg(not(feature = "se"))]
fn se_text(_: Lang, _: SeNote) -> Option<&'static str> {
    None
}

/// The Russian offer's notes in Russian and Swedish (`engine/src/ru_intervision/note.rs`).
#[cfg(feature = "ru")]
fn ru(n: RuNote) -> [&'static str; 2] {
    match n {
        RuNote::RefundTermContract => [
            "10 рабочих дней по производственному календарю, считая со дня, следующего за днём получения отказа; деньги возвращаются тем же способом, каким была произведена оплата (п. 6.5).",
            "10 arbetsdagar enligt produktionskalendern, räknat från dagen efter att avbokningen mottogs; pengarna betalas tillbaka på samma sätt som betalningen gjordes (p. 6.5).",
        ],
        RuNote::RefundTermLaw => [
            "Ст. 31 ЗоЗПП: 10 календарных дней со дня, следующего за днём получения; если последний день срока нерабочий, он переносится на ближайший следующий рабочий день (ст. 193 ГК РФ).",
            "ЗоЗПП 31: 10 kalenderdagar från dagen efter mottagandet; en sista dag som inte är en arbetsdag flyttas till närmast följande arbetsdag (ГК 193).",
        ],
        RuNote::EarlierTermGoverns => [
            "Действует более ранний из двух сроков — установленный законом срок после нарушения договора.",
            "Den tidigare av de två fristerna gäller: lagens frist efter ett avtalsbrott.",
        ],
        RuNote::RefusalBeforeContract => [
            "Отказ, полученный до заключения договора, вступает в силу в момент заключения договора: срок возврата течёт не ранее чем с первой оплаты.",
            "En avbokning som mottogs innan avtalet fanns får verkan när avtalet ingås: återbetalningsfristen löper tidigast från den första betalningen.",
        ],
        RuNote::ExpensesEarly => [
            "П. 6.2 оферты: удерживаются только документально подтверждённые комиссии и организационный сбор не более 500 ₽.",
            "Offerten p. 6.2: endast styrkta provisionsavgifter och en organisationsavgift på högst 500 ₽ dras av.",
        ],
        RuNote::ExpensesLate => [
            "П. 6.3 оферты: удерживаются документально подтверждённые расходы (комиссии, организация, бронирование места).",
            "Offerten p. 6.3: styrkta kostnader (provisionsavgifter, organisering, platsbokning) dras av.",
        ],
        RuNote::ExpensesAfterStart => [
            "П. 6.6 оферты: помимо стоимости проведённых встреч удерживаются документально подтверждённые фактические расходы.",
            "Offerten p. 6.6: utöver de utförda träffarna dras styrkta faktiska kostnader av.",
        ],
        RuNote::ExpensesLaw => [
            "Ст. 32 ЗоЗПП, ст. 782 ГК РФ: только фактически понесённые и документально подтверждённые расходы; фиксированный сбор учитывается лишь как такой расход (ст. 16 ЗоЗПП).",
            "ЗоЗПП 32, ГК 782: endast faktiskt uppkomna, styrkta kostnader; en fast avgift räknas bara som en sådan kostnad (ЗоЗПП 16).",
        ],
        RuNote::NoDeductions => [
            "Ничего не удерживается (нарушение со стороны исполнителя или расчёт после форс-мажора).",
            "Ingenting dras av (avtalsbrott från arrangörens sida, eller avräkning efter force majeure).",
        ],
        RuNote::ForceMajeureDay61 => [
            "Первый день обстоятельства непреодолимой силы — день 1; условие «более 60 дней» выполняется на 61-й день, и в этот день возникает право расторгнуть договор.",
            "Händelsens första dag är dag 1; ”mer än 60 dagar” uppnås dag 61, och då uppstår rätten att säga upp avtalet.",
        ],
        RuNote::MeetingValue => [
            "Стоимость одной встречи — цена, делённая на число запланированных встреч.",
            "Värdet av en träff är priset delat med antalet schemalagda träffar.",
        ],
        RuNote::MeetingDatesCount => [
            "Число перечисленных дат встреч должно совпадать с указанным числом встреч.",
            "Antalet uppräknade träffdatum ska stämma med det angivna antalet träffar.",
        ],
        RuNote::MeetingDatesWeekday => [
            "Каждая встреча должна приходиться на указанный день недели и укладываться в указанный период.",
            "Varje träff ska infalla på den angivna veckodagen och inom den angivna perioden.",
        ],
        RuNote::PriceMatchesMeetings => [
            "Цена должна равняться указанному числу встреч, умноженному на цену одной встречи.",
            "Priset ska vara lika med det angivna antalet träffar gånger priset för en träff.",
        ],
        RuNote::ScheduleAddsUp => [
            "Платежи по графику оплаты в сумме должны составлять цену.",
            "Delbetalningarna i betalningsplanen ska tillsammans uppgå till priset.",
        ],
        RuNote::DurationMatches => [
            "Указанная общая продолжительность должна совпадать с величиной «число встреч × продолжительность одной встречи».",
            "Den angivna totala längden ska stämma med antalet träffar × en träffs längd.",
        ],
        RuNote::NoDelay => [
            "Просрочки нет: возврат выплачен (или день, на который ведётся расчёт, наступает) не позднее последнего дня срока.",
            "Inget dröjsmål: återbetalningen gjordes (eller den dag som räknas infaller) senast på fristens sista dag.",
        ],
        RuNote::BreachPenalty => [
            "Отказ из-за нарушения исполнителя: неустойка 3 % цены за каждый день просрочки со дня, следующего за последним днём срока, но не более цены (п. 5 ст. 28 ЗоЗПП в силу п. 3 ст. 31 ЗоЗПП).",
            "Avbokning på grund av arrangörens avtalsbrott: 3 % av priset per dags dröjsmål från dagen efter fristens sista dag, högst priset (ЗоЗПП art. 28 p. 5 via art. 31 p. 3).",
        ],
        RuNote::PartNotLate => [
            "По этой части просрочки нет: её собственный срок ещё не истёк.",
            "Inget dröjsmål för denna del: dess egen frist har inte löpt ut.",
        ],
        RuNote::KeyRateInterest => [
            "Простые проценты по ключевой ставке, действовавшей в каждый день; период делится при каждом изменении ставки и при смене года, фактическое число дней / 365 (366), каждый отрезок округляется до копейки.",
            "Enkel ränta efter den styrränta som gällde varje dag, uppdelad vid varje ändring och vid årsskiftet, faktiska dagar / 365 (366), varje del avrundad till hel kopek.",
        ],
        RuNote::InterestPerPart => [
            "Проценты на каждую часть возврата — со дня, следующего за её собственным сроком; результаты суммируются.",
            "Ränta på varje del av återbetalningen från dagen efter dess egen frist, sammanlagd.",
        ],
        RuNote::DeadlineEntered => [
            "Срок указан в исходных данных.",
            "Fristen angavs i indata.",
        ],
        RuNote::DeliveryDefault => [
            "Общее правило закона: сообщение влечёт последствия с момента его доставки адресату.",
            "Lagens huvudregel: ett meddelande får verkan när det har kommit fram till adressaten.",
        ],
        RuNote::ContractReceiptRuleGoverns => [
            "П. 2 ст. 165.1 ГК РФ отсылает к условиям сделки: правило 24 часов договора определяет сроки, исчисляемые от получения (срок возврата п. 6.5, оказанное по договору); фактическая доставка показана рядом.",
            "ГК 165.1 p. 2 låter avtalets villkor avgöra: avtalets 24-timmarsregel styr frister räknade från mottagandet (återbetalningsfristen i p. 6.5, vad som utförts enligt avtalet); den faktiska leveransen visas bredvid.",
        ],
        RuNote::DeemedReceipt24h => [
            "Отправлено через личный кабинет или по электронной почте: по договору считается полученным через 24 часа после отправки.",
            "Skickat via det personliga kontot eller med e-post: enligt avtalet anses det mottaget 24 timmar efter att det skickades.",
        ],
        RuNote::ActualReceipt => [
            "Отправлено иным способом: учитывается момент фактического получения (ст. 165.1 ГК РФ).",
            "Skickat på annat sätt: den faktiska tidpunkten för mottagandet gäller (ГК 165.1).",
        ],
        RuNote::PaymentTerm => [
            "5 календарных дней со дня, следующего за днём подачи заявки; если последний день нерабочий, срок переносится на ближайший следующий рабочий день (ст. 193 ГК РФ).",
            "5 kalenderdagar från dagen efter anmälan; flyttas till närmast följande arbetsdag om den sista dagen inte är en arbetsdag (ГК 193).",
        ],
        RuNote::AcceptanceByPayment => [
            "Акцептом является оплата, полная или частичная: договор заключён в день поступления первого платежа.",
            "Accept sker genom betalning, helt eller delvis: avtalet ingås den dag den första betalningen kommer in.",
        ],
        RuNote::NoPaymentNoContract => [
            "Оплата не поступала: оферта не акцептована, договор не заключён.",
            "Ingen betalning har kommit in: offerten är inte accepterad och det finns inget avtal.",
        ],
        RuNote::InstalmentsApplied => [
            "Поступившие суммы зачитываются в счёт платежей по графику по очереди; день срока платежа включается в срок, а срок, приходящийся на нерабочий день, переносится на следующий рабочий день.",
            "Betalningarna avräknas mot delbetalningarna i tur och ordning; förfallodagen räknas med, och en förfallodag som inte är en arbetsdag flyttas till nästa arbetsdag.",
        ],
        RuNote::RemainingPrice => [
            "Оставшаяся к оплате часть цены.",
            "Det som återstår att betala av priset.",
        ],
        RuNote::RefundFormula => [
            "Оплачено минус стоимость проведённых встреч минус удерживаемые расходы; возврат не может быть отрицательным. Остаток к доплате — только стоимость оказанного сверх внесённых платежей; документально подтверждённые расходы, не покрытые платежами, — отдельное требование (п. 1 ст. 782 ГК РФ, ст. 32 ЗоЗПП).",
            "Betalt minus värdet av utförda träffar minus avdragsgilla kostnader, aldrig en negativ återbetalning. Det som är kvar att betala är bara det som utförts utöver betalningarna; styrkta kostnader som betalningarna inte täcker är ett separat krav (ГК 782 p. 1, ЗоЗПП 32).",
        ],
        RuNote::TwoReadingsConsumerFavour => [
            "Толкование 1 (п. 3.4, 6.7): ничего не возвращается. Толкование 2 (п. 3.7 → раздел 6): возвращается неоказанная часть. Договор неясен и толкуется в пользу потребителя (ст. 431 ГК РФ; п. 45 постановления Пленума ВС РФ № 49): толкование 2.",
            "Tolkning 1 (p. 3.4, 6.7): ingenting betalas tillbaka. Tolkning 2 (p. 3.7 → avsnitt 6): den ej utförda delen betalas tillbaka. Avtalet är oklart och tolkas till konsumentens fördel (ГК 431; ВС:s plenum nr 49 p. 45): tolkning 2.",
        ],
        RuNote::AmbiguityConsumerFavour => [
            "Неясность в договоре, составленном исполнителем, толкуется в пользу потребителя.",
            "Oklarheter i ett avtal som arrangören har formulerat tolkas till konsumentens fördel.",
        ],
        RuNote::RemovalTakesEffect => [
            "Исключение вступает в силу в момент, когда исполнитель исключает участника; встречи, начавшиеся до этого, считаются оказанными.",
            "En uteslutning får verkan när arrangören utesluter deltagaren; träffar som började före den räknas som utförda.",
        ],
        RuNote::LatePaymentRefundTerm => [
            "Платёж, внесённый после получения отказа, может подлежать возврату не ранее дня его внесения: срок возврата по нему течёт со дня платежа. Возврат производится в первую очередь из последних по времени платежей.",
            "En betalning som gjordes efter att avbokningen mottogs kan bli återbetalningspliktig först från sin egen dag: återbetalningsfristen för den löper från betalningsdagen. Återbetalningen tas i första hand från de senaste betalningarna.",
        ],
        RuNote::MoreFavourableFigure => [
            "Берётся цифра, более выгодная потребителю: условие договора может давать больше, чем закон, а условие, дающее меньше, ничтожно (ст. 16 ЗоЗПП).",
            "Den siffra som är förmånligast för konsumenten: ett avtalsvillkor får ge mer än lagen, ett villkor som ger mindre är ogiltigt (ЗоЗПП 16).",
        ],
        RuNote::UncoveredExpensesClaim => [
            "Документально подтверждённые, фактически понесённые расходы, не покрытые платежами: исполнитель может потребовать их с потребителя (п. 1 ст. 782 ГК РФ, ст. 32 ЗоЗПП). Это не плата за оказанное и не часть остатка к доплате.",
            "Styrkta, faktiskt uppkomna kostnader som betalningarna inte täcker: arrangören kan kräva dem av konsumenten (ГК 782 p. 1, ЗоЗПП 32). De är inte ett pris för det som utförts och ingår inte i det som är kvar att betala.",
        ],
        RuNote::NothingToRefund => [
            "Возвращать нечего, поэтому срок возврата не течёт.",
            "Inget ska betalas tillbaka, så ingen återbetalningsfrist löper.",
        ],
        RuNote::RefusalWindow => [
            "П. 6.1 оферты: «Участник вправе отказаться от участия, направив Исполнителю письменное уведомление … не позднее чем за 10 (десять) календарных дней до даты начала оказания Услуг». Отказ совершается направлением: дата начала − 10 дней, до 24:00; срок, отсчитываемый назад, вперёд не переносится. Уведомление, сданное в канал связи до этого момента, направлено в срок (п. 2 ст. 194 ГК РФ); правило 24 часов (п. 10.2–10.3) говорит лишь о том, когда уведомление считается полученным. Прочтение «по получению» (отправить на день раньше) показано рядом, но не применяется.",
            "Offerten p. 6.1: «Участник вправе отказаться от участия, направив Исполнителю письменное уведомление … не позднее чем за 10 (десять) календарных дней до даты начала оказания Услуг». Avbokningen görs genom att skicka den: startdagen − 10 dagar, till kl. 24:00; en frist som räknas bakåt flyttas inte fram. Ett meddelande som lämnats till kanalen dessförinnan är i tid (ГК 194 p. 2); 24-timmarsregeln (p. 10.2–10.3) säger bara när ett meddelande anses mottaget. Mottagandetolkningen (skicka en dag tidigare) visas bredvid, aldrig i stället.",
        ],
        RuNote::RefusalCompared => [
            "Момент отправки сравнивается с окончанием срока для отказа, момент получения — с началом оказания услуг.",
            "Jämför tidpunkten då avbokningen skickades med slutet av fristen, och mottagandet med tjänsternas början.",
        ],
        RuNote::PersonalDataRetention => [
            "Срок действия договора плюс пять лет после его окончания (п. 8.4 оферты).",
            "Avtalets löptid plus fem år efter dess slut (offerten p. 8.4).",
        ],
        RuNote::RecordingsRetention => [
            "Записи хранятся до 12 месяцев (согласие на обработку персональных данных).",
            "Inspelningar sparas i upp till 12 månader (samtycke till behandling av personuppgifter).",
        ],
        RuNote::SupportAnswerTerm => [
            "3 рабочих дня по производственному календарю, считая со дня, следующего за днём получения.",
            "3 arbetsdagar enligt produktionskalendern, räknat från dagen efter mottagandet.",
        ],
        RuNote::RenderedContract => [
            "Встреча считается оказанной, если она началась до получения отказа и прошла как договорено; доступ к материалам не в счёт (ВС РФ 4-КГ24-57-К1). Стоимость = цена × оказанные встречи ÷ число встреч.",
            "En träff räknas som utförd om den började innan avbokningen mottogs och hölls som avtalat; tillgång till material räknas inte (ВС РФ 4-КГ24-57-К1). Värde = pris × utförda träffar ÷ antal träffar.",
        ],
        RuNote::RenderedLaw => [
            "Толкование по закону: потребитель оплачивает только фактически оказанные услуги (ст. 32 ЗоЗПП, ст. 782 ГК РФ), а отказ вступил в силу, когда дошёл до исполнителя (ст. 165.1 ГК РФ): в указанный момент доставки, а без него — письмо или сообщение в личном кабинете — в момент отправки; встреча учитывается, только если началась раньше.",
            "Lagens tolkning: konsumenten betalar bara för tjänster som faktiskt utförts (ЗоЗПП 32, ГК 782), och avbokningen fick verkan när den nådde arrangören (ГК 165.1): vid den angivna leveranstiden, annars — e-post eller meddelande i det personliga kontot — när den skickades; en träff räknas bara om den började dessförinnan.",
        ],
        RuNote::ContestedExpenses => [
            "Суды часто не признают по ст. 32 ЗоЗПП комиссии (расходы на получение денег) и общие расходы на организацию, не связанные с этим участником: цифра закона их всё же вычитает, а рядом показана цифра без них.",
            "Domstolar underkänner ofta avgifter (en kostnad för att ta emot pengar) och allmänna organisationskostnader som inte hör till just denna deltagare enligt ЗоЗПП 32: lagens siffra drar ändå av dem, och siffran utan dem visas bredvid.",
        ],
        RuNote::RefundTermDelivery => [
            "Альтернатива, не применяемая: 10 рабочих дней со дня, следующего за фактической доставкой (п. 1 ст. 165.1 ГК РФ), — указанным моментом доставки, а без него моментом отправки.",
            "Alternativ, aldrig styrande: 10 arbetsdagar från dagen efter den faktiska leveransen (ГК 165.1 p. 1) — den angivna leveranstiden, annars tidpunkten då den skickades.",
        ],
        RuNote::LimitationTerm => [
            "Три года со дня, следующего за последним днём срока возврата (п. 1 ст. 196, п. 2 ст. 200 ГК РФ); последний день — то же число через три года (п. 1 ст. 192 ГК РФ).",
            "Tre år från dagen efter sista dagen för återbetalning (ГК 196 p. 1, 200 p. 2); sista dagen är samma datum tre år senare (ГК 192 p. 1).",
        ],
        RuNote::LimitationAcknowledged => [
            "Исполнитель признал долг: срок исковой давности начинается заново со следующего дня (ст. 203 ГК РФ).",
            "Arrangören erkände skulden: preskriptionstiden börjar om från dagen efter (ГК 203).",
        ],
        RuNote::LimitationSuspended => [
            "Течение срока приостанавливалось: эти дни добавляются к его концу (ст. 202, 204 ГК РФ).",
            "Fristen var vilande: de dagarna läggs till slutet (ГК 202, 204).",
        ],
        RuNote::LimitationRolled => [
            "Последний день, выпавший на нерабочий день, переносится на ближайший рабочий (ст. 193 ГК РФ).",
            "En sista dag som inte är arbetsdag flyttas till nästa arbetsdag (ГК 193).",
        ],
        RuNote::ConsumerFine => [
            "Если суд удовлетворит требование, не исполненное добровольно, он взыщет штраф 50 % от присуждённой потребителю суммы (п. 6 ст. 13 ЗоЗПП; Пленум ВС № 17 п. 46); судебные расходы в базу не входят, суд может снизить штраф (ст. 333 ГК РФ).",
            "Om en domstol bifaller ett krav som inte uppfyllts frivilligt lägger den till böter på 50 % av det som dömts ut till konsumenten (ЗоЗПП 13 p. 6; Plenum ВС nr 17 p. 46); aldrig rättegångskostnader, och domstolen kan sänka dem (ГК 333).",
        ],
        RuNote::FineMetBeforeClaim => [
            "Требование исполнено полностью до подачи иска: штрафа нет.",
            "Kravet uppfylldes helt innan talan väcktes: inga böter.",
        ],
        RuNote::LiabilityCapVoid => [
            "П. 7.6 оферты ограничивает ответственность суммой оплаты; для потребителя такое ограничение установленной законом ответственности ничтожно (п. 2 ст. 400 ГК РФ; ст. 16 ЗоЗПП): ни одна цифра им не уменьшается.",
            "Offerten p. 7.6 begränsar ansvaret till det betalda beloppet; mot en konsument är en sådan begränsning av lagstadgat ansvar ogiltig (ГК 400 p. 2; ЗоЗПП 16): ingen siffra sänks av den.",
        ],
        RuNote::OfferOpenUntilStart => [
            "Оферта действует лишь до начала оказания услуг (п. 1.3): первый платёж, поступивший до начала первой встречи, её акцептует.",
            "Offerten gäller bara till tjänsternas början (p. 1.3): en första betalning som kommer före första träffens början accepterar den.",
        ],
        RuNote::OfferLapsed => [
            "Первый платёж поступил в момент начала услуг или позже, когда оферта уже не действовала (п. 1.3): акцепта и договора нет; раздел 6 не применяется, весь платёж подлежит возврату (ст. 1102 ГК РФ) с процентами по ст. 395 ГК РФ со дня после его поступления (п. 2 ст. 1107 ГК РФ).",
            "Den första betalningen kom vid eller efter tjänsternas början, när offerten hade upphört (p. 1.3): ingen accept, inget avtal; avsnitt 6 gäller inte och hela betalningen ska återlämnas (ГК 1102), med ränta enligt ГК 395 från dagen efter att den kom (ГК 1107 p. 2).",
        ],
        RuNote::AdmittedByConduct => [
            "Исполнитель допустил участника после позднего платежа: договор заключён этими действиями (п. 3 ст. 438 ГК РФ).",
            "Arrangören släppte in deltagaren efter en sen betalning: avtalet ingicks genom det handlandet (ГК 438 p. 3).",
        ],
        RuNote::PaymentDeadlineAtStart => [
            "5 дней п. 1.4 истекают в момент начала услуг или позже, когда оферта прекращает действие (п. 1.3): срок оплаты — сам момент начала.",
            "De 5 dagarna i p. 1.4 slutar vid eller efter tjänsternas början, då offerten upphör (p. 1.3): sista betalningstidpunkt är själva starten.",
        ],
        RuNote::TermsConflictSchedule => [
            "П. 5.5 говорит об оплате единовременно, а п. 5.1.1 и Приложение № 1 — о предоплате и последующих платежах. В пользу потребителя (ст. 431 ГК РФ) действует график; пропуск последующего платежа позволяет лишь приостановить доступ (п. 5.1.1).",
            "P. 5.5 säger att betalningen görs i en klumpsumma, medan p. 5.1.1 och bilaga 1 anger förskott och senare delbetalningar. Till konsumentens fördel (ГК 431) gäller planen; en missad senare delbetalning får bara leda till att tillgången stängs av (p. 5.1.1).",
        ],
        RuNote::DataRequestTerm => [
            "10 рабочих дней по производственному календарю со дня, следующего за получением запроса (ч. 3 ст. 14, ч. 1–2 ст. 20 152-ФЗ); получение — фактическое, не по правилу 24 часов.",
            "10 arbetsdagar enligt produktionskalendern från dagen efter att begäran mottogs (152-ФЗ art. 14 del 3, art. 20 del 1–2); mottagandet är det faktiska, inte enligt 24-timmarsregeln.",
        ],
        RuNote::DataRequestExtended => [
            "Продлён один раз не более чем на 5 рабочих дней, так как мотивированное уведомление о продлении направлено в пределах первого срока (ч. 3 ст. 14 152-ФЗ).",
            "Förlängd en gång med högst 5 arbetsdagar, eftersom ett motiverat meddelande om förlängning skickades inom den första fristen (152-ФЗ art. 14 del 3).",
        ],
        RuNote::DataRequestNotExtended => [
            "Мотивированное уведомление о продлении не направлено в пределах первого срока: срок не продлён.",
            "Inget motiverat meddelande om förlängning skickades inom den första fristen: fristen förlängs inte.",
        ],
        RuNote::DataCorrectionTerm => [
            "Уточнить неточные данные в течение 7 рабочих дней со дня получения подтверждения (ч. 3 ст. 20 152-ФЗ).",
            "Rätta felaktiga uppgifter inom 7 arbetsdagar från att beviset mottogs (152-ФЗ art. 20 del 3).",
        ],
        RuNote::DataDestructionTerm => [
            "Уничтожить незаконно полученные данные в течение 7 рабочих дней со дня получения подтверждения (ч. 3 ст. 20 152-ФЗ).",
            "Förstör olagligt inhämtade uppgifter inom 7 arbetsdagar från att beviset mottogs (152-ФЗ art. 20 del 3).",
        ],
        RuNote::StopProcessingTerm => [
            "Прекратить обработку в течение 10 рабочих дней с требования, с продлением на 5 при мотивированном уведомлении (ч. 5.1 ст. 21 152-ФЗ; проверить).",
            "Upphör med behandlingen inom 10 arbetsdagar från kravet, förlängbart med 5 med motiverat meddelande (152-ФЗ art. 21 del 5.1; att kontrollera).",
        ],
        RuNote::ConsentWithdrawalTerm => [
            "При отзыве согласия — прекратить обработку и уничтожить ненужные для целей данные в течение 30 дней с поступления отзыва, считая со следующего дня; это предел для исполнителя, он не переносится (ч. 5 ст. 21 152-ФЗ).",
            "Vid återkallat samtycke: upphör med behandlingen och förstör uppgifter som inte längre behövs inom 30 dagar från att återkallelsen kom, räknat från dagen efter; en gräns för arrangören, som inte flyttas (152-ФЗ art. 21 del 5).",
        ],
        RuNote::ConsentLegalBasisRemains => [
            "Данные, которые закон позволяет обрабатывать без согласия (исполнение договора, обязательные по закону записи), могут остаться: для них срока уничтожения нет (ч. 2 ст. 9, ч. 1 ст. 6 152-ФЗ).",
            "Uppgifter som lagen tillåter att behandla utan samtycke (att fullgöra avtalet, register som lagen kräver) får finnas kvar: inget datum för förstöring för dem (152-ФЗ art. 9 del 2, art. 6 del 1).",
        ],
        RuNote::BlockThenDestroy => [
            "Если уничтожить в срок невозможно: заблокировать данные и уничтожить их в течение 6 месяцев (ч. 6 ст. 21 152-ФЗ; начало отсчёта проверить).",
            "Om förstöring inte kan ske i tid: spärra uppgifterna och förstör dem inom 6 månader (152-ФЗ art. 21 del 6; när räkningen börjar ska kontrolleras).",
        ],
        RuNote::FmExtension => [
            "Срок обязательства, исполнению которого помешал форс-мажор, продлевается на дни его действия, первый и последний включительно (п. 11.2; п. 3 ст. 401 ГК РФ); последний день для действия переносится на рабочий, даты встреч — нет.",
            "Fristen för en förpliktelse som force majeure hindrade förlängs med de dagar det varade, första och sista medräknade (p. 11.2; ГК 401 p. 3); en sista dag för en handling flyttas till arbetsdag, träffdatum gör det inte.",
        ],
        RuNote::FmNoDelayInside => [
            "За дни просрочки внутри форс-мажора неустойка и проценты не начисляются (п. 3 ст. 401 ГК РФ; п. 4 ст. 13 ЗоЗПП); отсутствие денег форс-мажором не является.",
            "Inget vite eller ränta för förseningsdagar under force majeure (ГК 401 p. 3; ЗоЗПП 13 p. 4); brist på pengar är aldrig force majeure.",
        ],
    }
}

/// The Swedish terms' notes in Russian and Swedish (`engine/src/se_electricity/note.rs`).
#[cfg(feature = "se")]
fn se(n: SeNote) -> [&'static str; 2] {
    match n {
        SeNote::RolledToWorkingDay => [
            "Последний день — нерабочий в Швеции: срок переносится на ближайший рабочий день; пропущенные нерабочие дни перечислены.",
            "Sista dagen är inte en arbetsdag i Sverige: den flyttas till närmast följande arbetsdag; de vilodagar som passeras anges.",
        ],
        SeNote::NotRolled => [
            "Последний день — рабочий: переноса нет.",
            "Sista dagen är en arbetsdag: ingen förskjutning.",
        ],
        SeNote::ContractPeriodByAnalogy => [
            "Это договорный срок: lag (1930:173) применяется к нему по аналогии, а Регламент 1182/71 (он регулирует сроки в актах ЕС) — нет.",
            "Detta är en avtalad frist: lag (1930:173) tillämpas på den analogt, och förordning 1182/71 (som gäller frister i EU-akter) gäller inte.",
        ],
        SeNote::StatutoryPeriod => [
            "Этот срок установлен шведским законом, а не актом ЕС: к нему применяется lag (1930:173), а не Регламент 1182/71.",
            "Denna frist följer av svensk lag, inte av en EU-akt: lag (1930:173) gäller, inte förordning 1182/71.",
        ],
        SeNote::EuRuleWouldEndEarlier => [
            "По одному Регламенту (ЕЭС, Евратом) 1182/71 срок закончился бы раньше (его день указан): он не считает канун праздника выходным; действует шведское правило, оно даёт более поздний день.",
            "Enligt förordning (EEG, Euratom) 1182/71 ensam skulle fristen löpa ut tidigare (dess dag anges): den räknar inte aftnarna som helgdagar; den svenska regeln gäller och ger den senare dagen.",
        ],
        SeNote::InstalmentsFree => [
            "Платежи без процентов и сборов, равные до эре, остаток — в последнем; сроки ежемесячно от счёта по итогам сверки (срок, выпавший на выходной, переносится на ближайший рабочий день, skuldebrevslagen 5 §).",
            "Delbetalningar utan ränta och avgifter, lika stora på öret, resten på den sista, förfaller månadsvis från avstämningsfakturan (en förfallodag på en vilodag flyttas till närmast följande arbetsdag, skuldebrevslagen 5 §).",
        ],
        SeNote::InstalmentPerMissedInvoice => [
            "По одному платежу на каждый невыставленный счёт.",
            "En delbetalning per utebliven faktura.",
        ],
        SeNote::InstalmentPerFaultMonth => [
            "По одному платежу на каждый начатый месяц нарушения.",
            "En delbetalning per påbörjad månad av felet.",
        ],
        SeNote::BothInstalmentGrounds => [
            "Применимы оба основания villkor 3.3 (длительность нарушения и пропущенные счета): берётся большее число платежей.",
            "Båda grunderna i villkor 3.3 är uppfyllda (felets varaktighet och de uteblivna fakturorna): det högre antalet används.",
        ],
        SeNote::InstalmentCountCapped => [
            "Число платежей ограничено так, чтобы каждый был не меньше 0,01 кроны.",
            "Antalet begränsas så att varje delbetalning är minst 0,01 kr.",
        ],
        SeNote::MeasuredConsumption => [
            "Измеренное потребление = последнее показание − первое показание; счёт должен выставляться по измеренному количеству.",
            "Uppmätt förbrukning = sista mätarställning − första mätarställning; debiteringen ska avse den uppmätta mängden.",
        ],
        SeNote::ReconciliationTotals => [
            "Итоги складываются из сумм по отрезкам, каждая из которых уже округлена до эре: разница = окончательно − предварительно; нетто = разница − снятое из-за добросовестной оплаты − не подлежащее взысканию по правилу 12 месяцев.",
            "Summorna är summor av delarnas belopp, vart och ett redan avrundat till hela ören: skillnad = slutligt − preliminärt; netto = skillnad − befrielse vid betalning i god tro − spärren efter 12 månader.",
        ],
        SeNote::FinalInvoiceBeforeReconciliation => [
            "Окончательный счёт был отправлен ещё до этого счёта по итогам сверки: после окончательного счёта новые счета выставлять нельзя (п. 3.3 условий), поэтому то, что требовалось бы по итогам сверки, оплачивать не нужно, и план рассрочки не нужен.",
            "En slutfaktura skickades redan före denna avstämningsfaktura: efter en slutfaktura får ingen ytterligare fakturering ske (villkor 3.3), så det som avstämningen skulle kräva behöver inte betalas och ingen avbetalningsplan behövs.",
        ],
        SeNote::ConsumerOwes => [
            "Окончательно − предварительно, за вычетом снятого из-за добросовестной оплаты, не подлежащего взысканию по правилу 12 месяцев и снижения на 15 %: это должен потребитель.",
            "Slutligt − preliminärt, minus befrielse vid betalning i god tro, spärren efter 12 månader och nedsättningen med 15 %: detta är konsumenten skyldig.",
        ],
        SeNote::SupplierOwes => [
            "По предварительным счетам начислено больше, чем стоит измеренное потребление: разницу должен поставщик (п. 3.7 условий).",
            "De preliminära fakturorna debiterade mer än vad den uppmätta förbrukningen kostar: leverantören är skyldig skillnaden (villkor 3.7).",
        ],
        SeNote::NothingOwedEitherWay => [
            "Доплачивать нечего, и возвращать нечего.",
            "Inget mer att betala och inget att betala tillbaka.",
        ],
        SeNote::SegmentFinalAmount => [
            "Окончательно = (кВт·ч × цена + абонентская плата × доля месяцев) × (1 + НДС), с округлением до эре; разница = окончательно − сумма, предварительно начисленная за эти дни.",
            "Slutligt = (kWh × pris + fast månadsavgift × andel av månader) × (1 + moms), avrundat till hela ören; skillnad = slutligt − det preliminära belopp som debiterats för dessa dagar.",
        ],
        SeNote::GoodFaithZeroed => [
            "Счёт добросовестно оплачен как окончательный за свой период: требование о доплате за этот период обнуляется.",
            "Fakturan betalades i god tro som slutlig för sin period: efterkravet för den perioden sätts till noll.",
        ],
        SeNote::GoodFaithNoRelief => [
            "Счёт оплачен добросовестно, но за этот период больше ничего не причиталось: освобождение не требуется.",
            "Fakturan betalades i god tro, men inget mer var skyldigt för den perioden: ingen befrielse behövs.",
        ],
        SeNote::UninvoicedBarred => [
            "Согласованное выставление счетов полностью не велось по причинам, зависящим от поставщика: причитающееся за потребление до границы (дата сверки − 12 месяцев), не охваченное ни одним счётом, больше оплачивать не нужно; периоды, за которые выставлялись предварительные счета, под этот запрет не подпадают.",
            "Faktureringen har helt uteblivit av skäl som leverantören råder över: det som är skyldigt för förbrukning före brytdagen (avstämningsdagen − 12 månader) och som ingen faktura omfattade behöver inte längre betalas; perioder som fakturerats preliminärt omfattas inte av spärren.",
        ],
        SeNote::EstimateAllowed => [
            "Поставщик имел право на предварительное начисление по оценке: снижения нет.",
            "Leverantören hade rätt till preliminär debitering: ingen nedsättning.",
        ],
        SeNote::Reduction15Applies => [
            "Права на предварительное начисление по оценке не было, и с последнего счёта по показаниям счётчика прошло больше 8 месяцев: счёт по итогам сверки уменьшается на 15 % разницы, которую потребитель должен за периоды с предварительными счетами.",
            "Ingen rätt till preliminär debitering och mer än 8 månader sedan den senaste fakturan baserad på insamlade mätvärden: avstämningsfakturan sätts ned med 15 % av den skillnad som konsumenten är skyldig för de preliminärt fakturerade perioderna.",
        ],
        SeNote::PreliminaryNotOver8Months => [
            "Предварительное начисление длилось не более 8 месяцев: снижения нет.",
            "Den preliminära debiteringen varade inte mer än 8 månader: ingen nedsättning.",
        ],
        SeNote::NothingPreliminarilyInvoiced => [
            "Ни один предварительный счёт не охватывает сверяемое потребление (счета не выставлялись вовсе, а не начислялись по оценке): правило 15 % не применяется; потребление, за которое счета не выставлялись, подпадает под правило 12 месяцев и под рассрочку по числу пропущенных счетов, если согласованное выставление счетов прекратилось.",
            "Ingen preliminär faktura omfattar den avstämda förbrukningen (faktureringen uteblev, den byggde inte på uppskattning): 15 %-regeln gäller inte; förbrukning som aldrig fakturerats omfattas av spärren efter 12 månader och av delbetalningar efter antalet uteblivna fakturor där den avtalade faktureringen upphörde.",
        ],
        SeNote::NothingOwedForPreliminary => [
            "За периоды с предварительными счетами потребитель ничего не должен: правило 15 % лишь уменьшает то, что потребитель должен за эти периоды.",
            "Konsumenten är inte skyldig något för de preliminärt fakturerade perioderna: 15 %-regeln sätter bara ned det som konsumenten är skyldig för dem.",
        ],
        SeNote::FinalInvoiceDue => [
            "Окончательный счёт выставляется в течение шести недель со дня прекращения поставки.",
            "Slutfakturan ska komma inom sex veckor från den dag leveransen upphörde.",
        ],
        SeNote::InvoicedAfterFinal => [
            "Счёт по итогам сверки выставлен после окончательного счёта: после окончательного счёта новые счета выставлять нельзя, поэтому требовать оплаты по нему нельзя.",
            "Avstämningsfakturan kommer efter slutfakturan: efter en slutfaktura får ingen ytterligare fakturering ske, så den kan inte kräva betalning.",
        ],
        SeNote::NotInvoicedAfterFinal => [
            "Счёт по итогам сверки датирован не позже окончательного счёта: запрет на дальнейшее выставление счетов не применяется.",
            "Avstämningsfakturan är inte daterad efter slutfakturan: förbudet mot ytterligare fakturering gäller inte.",
        ],
        SeNote::ReadingOnChangeDate => [
            "Показание счётчика приходится на день смены цены: новая цена действует с него, и показания делят потребление точно.",
            "En mätaravläsning infaller på dagen för prisändringen: det nya priset gäller från den, och avläsningarna delar förbrukningen exakt.",
        ],
        SeNote::PriceFromReading => [
            "Показание счётчика снято в разумный срок после смены цены (п. 6.3 условий): старая цена действует до него, новая — с него.",
            "En mätaravläsning insamlad inom skälig tid efter prisändringen (villkor 6.3): det gamla priset gäller fram till den och det nya från den.",
        ],
        SeNote::NoReadingInWindow => [
            "В разумный срок после смены цены показание не снималось: показание на момент смены оценивается, новая цена действует со дня смены.",
            "Ingen mätaravläsning samlades in inom skälig tid efter prisändringen: mätarställningen vid ändringen uppskattas och det nya priset gäller från ändringsdagen.",
        ],
        SeNote::PreskriptionPerDay => [
            "Требование к потребителю погашается давностью через 3 года после возникновения (preskriptionslagen 2 § 2 st.): требование за каждый день потребления возникает в этот день; каждый перерыв, наступивший вовремя, начинает новый 3-летний срок (5 §, 6 §); долг за дни, срок по которым истёк до счёта по итогам сверки, погашен давностью.",
            "En fordran mot en konsument preskriberas 3 år efter att den uppkom (preskriptionslagen 2 § 2 st.): fordran för varje förbrukningsdag uppkommer den dagen; varje avbrott som kom i tid startar en ny 3-årsperiod (5 §, 6 §); det som återstår för dagar vars period gick ut före avstämningsfakturan är preskriberat.",
        ],
        SeNote::DueDateTerm => [
            "Не ранее чем через 20 дней после отправки; по основному правилу — не раньше 28-го числа, поэтому более ранний день переносится на 28-е число того же месяца.",
            "Minst 20 dagar efter avsändandet; som huvudregel inte före den 28:e, så en tidigare dag flyttas till den 28:e samma månad.",
        ],
        SeNote::DueDateCompared => [
            "Указанный срок платежа сравнивается с самым ранним законным днём и с основным правилом о 28-м числе.",
            "Den angivna förfallodagen jämförs med den tidigaste tillåtna dagen och med huvudregeln om den 28:e.",
        ],
        SeNote::TerminationEnd => [
            "14 дней, считая со дня, следующего за уведомлением; дата окончания договора не переносится.",
            "14 dagar räknat från dagen efter uppsägningen; avtalets slutdag flyttas inte fram.",
        ],
        SeNote::TermsChangeNotice => [
            "Новые условия действуют не ранее чем через 2 месяца после отправки уведомления; потребитель должен заявить о расторжении (срок уведомления — не более 1 месяца) не позднее чем за 1 месяц до начала их действия — срок отсчитывается назад и не переносится.",
            "Nya villkor gäller tidigast 2 månader efter att meddelandet skickades; konsumentens uppsägning (uppsägningstid högst 1 månad) ska göras minst 1 månad innan de börjar gälla — en frist som räknas bakåt och inte flyttas.",
        ],
        SeNote::FixedTermWindow => [
            "Окно — от 90 до 60 дней до окончания срока; сроки, отсчитываемые назад, вперёд не переносятся.",
            "Fönstret löper från 90 till 60 dagar före slutet; frister som räknas bakåt flyttas inte fram.",
        ],
        SeNote::DisconnectionBlocked => [
            "Есть препятствие: прекращать поставку нельзя.",
            "Ett hinder föreligger: leveransen får inte stängas av.",
        ],
        SeNote::DisconnectionPossible => [
            "Препятствий нет: отключение возможно не ранее дня, следующего за окончанием 3 недель на оплату; социальная служба должна быть уведомлена одновременно с потребителем.",
            "Inget hinder: avstängning får ske tidigast dagen efter de 3 veckorna för betalning; socialnämnden ska ha underrättats samtidigt som konsumenten.",
        ],
        SeNote::SecurityCapAndReturn => [
            "Не более оценочных расходов за четыре месяца; возвращается после шести месяцев своевременной оплаты.",
            "Högst fyra månaders beräknade kostnader; återlämnas efter sex månader med betalning i rätt tid.",
        ],
        SeNote::SwitchNotification => [
            "Поставщик уведомляет сетевую компанию не позднее чем за 14 дней до начала поставки (срок отсчитывается назад, не переносится).",
            "Leverantören anmäler till nätägaren senast 14 dagar innan leveransen börjar (räknas bakåt, flyttas inte).",
        ],
        SeNote::SwitchDamages => [
            "Ущерб обоснован как вероятный: не менее 100 крон за точку учёта и за каждый случай; для более высокой суммы нужно доказать ущерб и его размер.",
            "Skada har gjorts sannolik: minst 100 kr per uttagspunkt och tillfälle; ett högre belopp kräver att skadan och dess storlek bevisas.",
        ],
        SeNote::EarlyExitCompensation => [
            "Компенсация — не больше убытка, который поставщик подтвердит за оставшийся срок договора (и не больше суммы по формуле самого договора, если она введена).",
            "Ersättningen är högst den förlust som leverantören visar för den återstående avtalstiden (och inte mer än avtalets egen formel ger, där den angetts).",
        ],
        SeNote::DisputePending => [
            "Спор не разрешён: оспариваемый долг нельзя взыскивать, пока спор не будет окончательно разрешён; неоспариваемую часть нужно оплатить.",
            "En tvist pågår: den omtvistade skulden får inte drivas in förrän tvisten är slutligt avgjord; den obestridda delen ska ändå betalas.",
        ],
        SeNote::NoDisputePending => [
            "Спора нет: запрет на взыскание по п. 7.4 условий не действует, и к оплате вся сумма (оспариваемая и неоспариваемая).",
            "Ingen tvist pågår: spärren mot indrivning i villkor 7.4 gäller inte, och hela beloppet (omtvistat och obestritt) ska betalas.",
        ],
        SeNote::InvoiceFrequency => [
            "Счета — не реже раза в квартал; ежемесячно, если потребитель об этом попросит.",
            "Fakturor minst varje kvartal; varje månad om konsumenten begär det.",
        ],
        SeNote::PaidInTime => [
            "Оплачено (или день, по который ведётся расчёт, наступает) не позднее срока платежа (с учётом переноса): оплата своевременна, процентов нет, с какого бы дня ни начинался отсчёт.",
            "Betalt (eller räknat) senast på den (framflyttade) förfallodagen: betalningen är i tid och ingen ränta utgår, oavsett vilken dag räkningen skulle börja.",
        ],
        SeNote::ReminderFeeCapped => [
            "Отправлено после срока платежа (с учётом переноса): плату можно взять (п. 4.3 — соглашение, которого требует lag 1981:739 2 §), но не больше предела 4 § 2 st.; условие о большей сумме ничтожно (6 §).",
            "Skickad efter den (framflyttade) förfallodagen: en avgift får tas ut (villkor 4.3 är den överenskommelse som lag 1981:739 2 § kräver), högst taket i 4 § 2 st.; ett villkor om mer är ogiltigt (6 §).",
        ],
        SeNote::AmortisationPlanFeeCapped => [
            "Письменный план погашения, согласованный с потребителем: не больше предела lag 1981:739 4 § 2 st.; условие о большей сумме ничтожно (6 §).",
            "En skriftlig amorteringsplan som avtalats med konsumenten: högst taket i lag 1981:739 4 § 2 st.; ett villkor om mer är ogiltigt (6 §).",
        ],
        SeNote::FeeBeforeDue => [
            "Отправлено в срок платежа (с учётом переноса) или раньше: просрочки ещё не было, плату брать нельзя.",
            "Skickad på eller före den (framflyttade) förfallodagen: konsumenten var ännu inte sen, så ingen avgift får tas ut.",
        ],
        SeNote::InkassokravWhileDisputed => [
            "Спор о долге не завершён: взыскание невозможно, пока спор не решён окончательно (условия 7.4), поэтому платы за inkassokrav нет.",
            "En tvist om skulden pågår: indrivning får inte ske förrän tvisten är slutligt avgjord (villkor 7.4), så ingen avgift för ett inkassokrav.",
        ],
        SeNote::CorrectionWithoutDelay => [
            "Сумма исправления не мала (или на вопрос не ответили): её возвращают без промедления после выявления ошибки; числа дней нет, поэтому показан день выявления ошибки (условия 3.7).",
            "Rättelsen avser inte ett mindre belopp (eller frågan besvarades inte): den regleras utan dröjsmål efter att felet konstaterats; inget antal dagar, så dagen då felet konstaterades visas (villkor 3.7).",
        ],
        SeNote::CorrectionAtNextInvoice => [
            "Небольшая сумма относительно годовой стоимости, отдельной выплаты не просили: зачитывается в следующем счёте, не позже, чем требует выставление счетов не реже раза в квартал (раза в месяц, если выбрано) (условия 3.7, 3.3).",
            "Ett mindre belopp i förhållande till årskostnaden och ingen begäran om särskild utbetalning: det regleras vid nästa fakturering, senast när fakturering minst varje kvartal (varje månad om det valts) kräver det (villkor 3.7, 3.3).",
        ],
        SeNote::CorrectionPayoutRequested => [
            "Потребитель попросил отдельную выплату: её производят без промедления, какой бы ни была сумма (условия 3.7).",
            "Konsumenten begärde särskild utbetalning: beloppet betalas ut utan dröjsmål, oavsett storlek (villkor 3.7).",
        ],
        SeNote::CorrectionAfterFinalInvoice => [
            "Окончательный счёт уже выставлен, следующего счёта не будет: сумму выплачивают без промедления (условия 3.3, 3.7).",
            "En slutfaktura har skickats, så det finns ingen nästa faktura att kreditera: beloppet betalas ut utan dröjsmål (villkor 3.3, 3.7).",
        ],
        SeNote::SupplierInterestFixedDue => [
            "У платежа был заранее установленный срок (срок возврата по закону или дата выплаты, названная поставщиком): проценты за просрочку начисляются со дня после него (räntelagen 3 §; условия 1.5).",
            "Betalningen hade en i förväg bestämd förfallodag (en lagstadgad återbetalningsfrist eller en utbetalningsdag som leverantören angett): dröjsmålsränta löper från dagen efter den (räntelagen 3 §; villkor 1.5).",
        ],
        SeNote::SupplierInterestAfterDemand => [
            "Срок не был установлен: проценты начисляются со дня, когда прошло 30 дней после отправки потребителем письменного требования определённой суммы с предупреждением о процентах, но не раньше, чем требование дошло до поставщика (räntelagen 4 § 1 st.).",
            "Ingen förfallodag var bestämd: dröjsmålsränta löper från den dag då 30 dagar har gått sedan konsumenten skickade ett skriftligt krav på beloppet med upplysning om ränta, dock inte innan kravet kom leverantören tillhanda (räntelagen 4 § 1 st.).",
        ],
        SeNote::SupplierInterestSummons => [
            "Проценты начисляются не позднее чем со дня вручения иска или заявления о betalningsföreläggande (räntelagen 4 § 3 st.).",
            "Dröjsmålsränta löper i varje fall från dagen för delgivning av stämning eller ansökan om betalningsföreläggande (räntelagen 4 § 3 st.).",
        ],
        SeNote::SupplierInterestNotDue => [
            "Нет ни срока, ни письменного требования, ни иска: проценты за просрочку пока не начисляются (räntelagen 2 § 1 st., 4 §).",
            "Ingen förfallodag och inget skriftligt krav eller stämning: ingen dröjsmålsränta löper ännu (räntelagen 2 § 1 st., 4 §).",
        ],
        SeNote::SupplierPaidInTime => [
            "Поставщик заплатил до первого дня процентов: процентов за просрочку нет.",
            "Leverantören betalade före första räntedagen: ingen dröjsmålsränta.",
        ],
        SeNote::SupplierInterestAdvance => [
            "Аванс возвращается после расторжения договора потребителем из-за нарушения поставщика (условия 5.6): ставка референсная + 2 пункта со дня платежа до начала процентов за просрочку (räntelagen 2 § 2 st., 5 §).",
            "Ett förskott som återbetalas efter konsumentens hävning på grund av leverantörens avtalsbrott (villkor 5.6): referensräntan + 2 procentenheter från betalningsdagen tills dröjsmålsräntan börjar (räntelagen 2 § 2 st., 5 §).",
        ],
        SeNote::ReferenceRateInterest => [
            "Простые проценты за каждый день по референтной ставке + 8 процентных пунктов, с разбивкой на 1 января и 1 июля, фактическое число дней ÷ 365 (366); каждый отрезок округляется до эре, и отрезки суммируются.",
            "Enkel ränta per dag efter referensräntan + 8 procentenheter, uppdelad vid 1 januari och 1 juli, faktiska dagar ÷ 365 (366); varje del avrundas till hela ören och delarna summeras.",
        ],
        SeNote::SegmentUserRate => [
            "Отрезок по референтной ставке, введённой вами.",
            "Del efter en referensränta som du har angett.",
        ],
        SeNote::SegmentPastKnownRate => [
            "Отрезок после даты, до которой известна таблица ставок: применяется последняя известная ставка.",
            "Del efter det datum som tabellen är känd till: den senast kända räntesatsen används vidare.",
        ],
        SeNote::SegmentRiksbankRate => [
            "Отрезок по референтной ставке Риксбанка за соответствующее полугодие.",
            "Del efter Riksbankens referensränta för dess kalenderhalvår.",
        ],
        SeNote::NoticeSentSuffices => [
            "Уведомление достаточно отправить (получение не требуется) не позднее последнего дня срока для отказа (ångerfrist).",
            "Meddelandet behöver bara skickas (inte ha kommit fram) senast sista dagen av ångerfristen.",
        ],
        SeNote::OnPremisesNoWithdrawal => [
            "Договор заключён в помещении поставщика: права на отказ от договора (ångerrätt) нет. Остаётся расторжение по п. 6.1 условий.",
            "Avtalet ingicks i leverantörens affärslokaler: det finns ingen ångerrätt. Uppsägning enligt villkor 6.1 är fortfarande möjlig.",
        ],
        SeNote::TelesaleAccepted => [
            "Потребитель письменно принял предложение после звонка: договор заключён в этот день (он взят как `concluded`) и является дистанционным договором с правом на отказ (ångerrätt).",
            "Konsumenten accepterade skriftligt efter samtalet: avtalet ingicks den dagen (används som `concluded`) och är ett distansavtal med ångerrätt.",
        ],
        SeNote::TelesaleInvalid => [
            "После звонка письменного согласия не было: договор недействителен, и потребитель не обязан платить ни за что из того, что охватывает предложение.",
            "Ingen skriftlig accept efter samtalet: avtalet är ogiltigt och konsumenten är inte skyldig att betala för något som anbudet omfattar.",
        ],
        SeNote::NothingSupplied => [
            "До уведомления электроэнергия не поставлялась: платить нечего.",
            "Ingen el levererades före meddelandet: inget att betala.",
        ],
        SeNote::SupplyFreeOfCharge => [
            "Поставка началась в течение срока для отказа (ångerfrist), но информация не была предоставлена как требуется или потребитель прямо не просил о поставке: за неё потребитель ничего не должен.",
            "Leveransen började under ångerfristen, men informationen lämnades inte som föreskrivet eller så begärde konsumenten inte uttryckligen leveransen: konsumenten är inte skyldig något för den.",
        ],
        SeNote::ProRataNotComputed => [
            "Потребитель должен пропорциональную сумму, но цена или количество не введены: сумма не рассчитывается (цена не подставляется).",
            "Konsumenten är skyldig ett proportionellt belopp, men inget pris eller ingen mängd har angetts: beloppet beräknas inte (inget pris antas).",
        ],
        SeNote::ProRataOwed => [
            "Пропорционально за электроэнергию, поставленную до уведомления: кВт·ч × цена плюс цена за период × дни поставки ÷ дни периода; с округлением до эре.",
            "Proportionellt för den el som levererats fram till meddelandet: kWh × pris, plus periodpriset × leveransdagar ÷ periodens dagar; avrundat till hela ören.",
        ],
        SeNote::WithdrawalRefundTerm => [
            "Поставщик возвращает деньги в течение 14 дней, считая со дня, следующего за днём, когда он получил уведомление (2 kap. 14 §: «fick del av»).",
            "Leverantören betalar tillbaka inom 14 dagar, räknat från dagen efter den dag då leverantören fick del av meddelandet (2 kap. 14 §).",
        ],
        SeNote::WithdrawalRefundFormula => [
            "Возврат = оплачено − причитается за поставку; недостача показывается как остаток к доплате, а не как отрицательный возврат.",
            "Återbetalning = betalt − skyldigt för leveransen; ett underskott visas som kvar att betala, aldrig som en negativ återbetalning.",
        ],
        SeNote::InformationGivenLater => [
            "Информация предоставлена после заключения договора: 14 дней отсчитываются со дня её получения (2 kap. 12 § andra stycket).",
            "Informationen lämnades efter avtalet: de 14 dagarna löper från den dag den togs emot (2 kap. 12 § andra stycket).",
        ],
        SeNote::InformationTooLate => [
            "Информация поступила позже чем через 12 месяцев после дня заключения договора: срок для отказа (ångerfrist) уже истёк через 12 месяцев после (перенесённого) окончания первоначальных 14 дней (2 kap. 12 §).",
            "Informationen kom mer än 12 månader efter avtalsdagen: ångerfristen hade redan löpt ut 12 månader efter det (framflyttade) slutet på de första 14 dagarna (2 kap. 12 §).",
        ],
        SeNote::InformationNeverGiven => [
            "Информация о праве на отказ так и не была предоставлена: срок для отказа (ångerfrist) истекает через 12 месяцев после окончания первоначальных 14 дней, причём это окончание берётся после его собственного переноса на рабочий день (Дир. 2011/83 ст. 10(1); Регл. 1182/71 ст. 3(4)), то же число месяца; последний день самого 12-месячного срока тоже переносится.",
            "Informationen om ångerrätten lämnades aldrig: ångerfristen löper ut 12 månader efter slutet på de första 14 dagarna, där slutet tas efter sin egen förskjutning till en arbetsdag (dir. 2011/83 art. 10(1); förordn. 1182/71 art. 3(4)), samma dag i månaden; även tolvmånadersfristens sista dag flyttas fram.",
        ],
        SeNote::CapFromRolledEnd => [
            "12 месяцев отсчитываются от окончания первоначального срока после его переноса; от неперенесённого 14-го дня (прежнее толкование) они закончились бы раньше — этот день указан.",
            "De 12 månaderna räknas från den första fristens slut efter förskjutningen; räknat från den oförskjutna 14:e dagen (den ersatta tolkningen) skulle de sluta den tidigare dag som anges.",
        ],
        SeNote::WithdrawalPeriodOrdinary => [
            "14 дней, считая со дня, следующего за днём заключения договора (информация предоставлена вместе с договором).",
            "14 dagar räknat från dagen efter avtalsdagen (informationen lämnades i samband med avtalet).",
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::{note_text, text, Note, SeNote};
    use crate::Lang;
    use clausecalc_engine::outcome::Step;
    use std::collections::BTreeSet;

    /// The numbers of a text: runs of digits, with a decimal dot or comma inside a run kept and
    /// read as a dot ("6.1", "165.1"; Russian and Swedish "0,01" is "0.01").
    fn numbers(s: &str) -> BTreeSet<String> {
        s.split(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
            .map(|run| run.trim_matches(['.', ',']).replace(',', "."))
            .filter(|run| !run.is_empty())
            .collect()
    }

    /// Every code of both contracts has a Russian, a Swedish and an English text (the `match`es
    /// above are exhaustive, so a code without them does not compile); the translations are not
    /// the English and keep its numbers.
    #[test]
    fn every_code_has_ru_sv_and_en_keeping_the_numbers() {
        let mut problems = Vec::new();
        let mut count = 0;
        for n in Note::all() {
            count += 1;
            let en = n.english();
            for lang in Lang::ALL {
                let Some(t) = text(lang, n) else {
                    problems.push(format!("no {} text for {}", lang.code(), n.code()));
                    continue;
                };
                if t.trim().is_empty() {
                    problems.push(format!("empty {} text for {}", lang.code(), n.code()));
                }
                if lang == Lang::En {
                    if t != en {
                        problems.push(format!("en text of {} is not the engine's", n.code()));
                    }
                    continue;
                }
                if t == en {
                    problems.push(format!(
                        "{} text of {} is the English one",
                        lang.code(),
                        n.code()
                    ));
                }
                if numbers(t) != numbers(en) {
                    problems.push(format!(
                        "{} numbers {:?} of {} differ from the English {:?}",
                        lang.code(),
                        numbers(t),
                        n.code(),
                        numbers(en)
                    ));
                }
            }
        }
        assert!(count > 100, "only {count} notes");
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    #[test]
    fn a_composed_note_is_rendered_code_by_code() {
        let step = Step::new("SE-X", "x")
            .note(SeNote::NotRolled)
            .note(SeNote::StatutoryPeriod);
        assert_eq!(
            note_text(Lang::Sv, &step),
            (
                "Sista dagen är en arbetsdag: ingen förskjutning. Denna frist följer av svensk lag, inte av en EU-akt: lag (1930:173) gäller, inte förordning 1182/71.".to_string(),
                true
            )
        );
        assert_eq!(note_text(Lang::En, &step), (step.english_note(), true));
        assert_eq!(
            note_text(Lang::Ru, &Step::new("SE-X", "x")),
            (String::new(), true)
        );
    }

    /// Each contract's goldens write only that contract's notes, so a page module carrying one
    /// table has every note its pages show.
    #[test]
    fn every_golden_note_is_its_own_contracts() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../engine/tests/golden");
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        files.sort();
        let mut evaluated = 0;
        let mut used = BTreeSet::new();
        let mut foreign = BTreeSet::new();
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
            let ru = if name.starts_with("ru-") {
                true
            } else if name.starts_with("se-") {
                false
            } else {
                panic!("{name}: a golden file is named ru-… or se-…");
            };
            evaluated += 1;
            for step in &outcome.trace {
                for n in &step.notes {
                    used.insert(n.code());
                    if matches!(n, Note::Ru(_)) != ru {
                        foreign.insert(format!("{name} ({}): {}", step.rule, n.code()));
                    }
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
            foreign.is_empty(),
            "notes of the other contract:\n{}",
            foreign.into_iter().collect::<Vec<_>>().join("\n")
        );
    }
}
