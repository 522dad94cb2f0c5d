//! Translations of the engine's stable keys and codes (figure and deadline keys, headline and
//! notice codes, table columns, enum codes) and of the form's field labels: (key, [ru, sv, en]).
//! Headline templates are `hl-<code>`, notices `n-<code>`, comparison reasons `r-<code>`, field
//! labels `f-<field>`, hints `h-<field>`, errors `err-<code>`; `{param}` takes a notice parameter.
//!
//! Three tables, so a page module carries only its own contract's texts: what both contracts use,
//! the Russian offer's (feature `ru`) and the Swedish terms' (feature `se`). A test checks that
//! every key a golden outcome of a contract needs is in the common table or that contract's.

pub type Entry = (&'static str, [&'static str; 3]);

/// The tables compiled into this build, searched in order.
pub fn tables() -> [&'static [Entry]; 3] {
    [COMMON, RU_TEXTS, SE_TEXTS]
}

#[cfg(not(feature = "ru"))]
const RU_TEXTS: &[Entry] = &[];
#[cfg(not(feature = "se"))]
const SE_TEXTS: &[Entry] = &[];

/// Used by both contracts' pages.
pub static COMMON: &[Entry] = &[
    // ── Headlines ──────────────────────────────────────────────────────────────────────────────
    ("hl-balance-owed", ["Возврата нет: участник ещё должен {balance-owed} за оказанные услуги.", "Inget betalas tillbaka: deltagaren är skyldig {balance-owed} för det som utförts.", "Nothing comes back: the participant still owes {balance-owed} for what was rendered."]),
    ("hl-late-interest", ["Проценты за просрочку: {late-interest} за {days}", "Dröjsmålsränta: {late-interest} för {days}.", "Late interest: {late-interest} for {days}."]),
    // ── Warnings and assumptions ───────────────────────────────────────────────────────────────
    ("n-calendar-provisional", ["Производственный календарь для части дней расчёта предварительный (постановления Правительства ещё нет): выходные могут перенести.", "Den ryska produktionskalendern för en del av dagarna är preliminär (inget regeringsbeslut ännu): dagar kan flyttas.", "The Russian production calendar for some of the days is provisional (no Government decree yet): days may still be moved."]),
    ("n-calendar-unknown", ["Для части дней нет производственного календаря: нерабочими считались только субботы, воскресенья и праздники ст. 112 ТК РФ.", "För en del av dagarna finns ingen produktionskalender: bara lördagar, söndagar och helgdagarna i ТК РФ art. 112 räknades som lediga.", "No production calendar for some of the days: only Saturdays, Sundays and the holidays of ТК РФ art. 112 were treated as non-working."]),
    ("n-rate-table-expired", ["Таблица ставок известна только до {known-until}; для более поздних дней взята последняя известная ставка. Если знаете действующую ставку, введите её.", "Räntetabellen är känd bara till {known-until}; senare dagar får den senast kända räntan. Ange gällande ränta om du vet den.", "The rate table is known only until {known-until}; later days use the last known rate. Enter the rate in force if you know it."]),
    ("n-rate-to-verify", ["Часть ставок в таблице рассчитана, а не подтверждена: проверьте их.", "Några räntesatser i tabellen är härledda, inte bekräftade: kontrollera dem.", "Some rates in the table are derived, not confirmed: verify them."]),
    ("n-rate-user-supplied", ["Часть ставок введена вами.", "Några räntesatser har du angett själv.", "Some rates were entered by you."]),
    // ── Figure, deadline, table, timeline and trace keys ───────────────────────────────────────
    ("amount", ["Сумма", "Belopp", "Amount"]),
    ("balance-owed", ["Остаток к доплате", "Kvar att betala", "Balance owed"]),
    ("cap", ["Предел", "Tak", "Cap"]),
    ("channel", ["Канал", "Kanal", "Channel"]),
    ("claimed", ["Заявлено", "Begärt", "Claimed"]),
    ("concluded", ["Договор заключён", "Avtal ingått", "Contract concluded"]),
    ("contract-concluded", ["Договор заключён", "Avtalet ingicks", "Contract concluded"]),
    ("days", ["Дни", "Dagar", "Days"]),
    ("deadline", ["Срок", "Frist", "Deadline"]),
    ("due-date", ["Срок платежа", "Förfallodag", "Due date"]),
    ("expense-bank-commission", ["Расход: банковская комиссия", "Kostnad: bankavgift", "Expense: bank commission"]),
    ("expense-organisational-fee", ["Расход: оргсбор", "Kostnad: organisationsavgift", "Expense: organisational fee"]),
    ("expense-organising", ["Расход: организация", "Kostnad: organisering", "Expense: organising"]),
    ("expense-place-reservation", ["Расход: бронирование места", "Kostnad: platsbokning", "Expense: place reservation"]),
    ("expense-other", ["Расход: прочее", "Kostnad: övrigt", "Expense: other"]),
    ("from", ["С", "Från", "From"]),
    ("instalment-1-due", ["Срок 1-го платежа", "Delbetalning 1 förfaller", "Instalment 1 due"]),
    ("instalment-2-due", ["Срок 2-го платежа", "Delbetalning 2 förfaller", "Instalment 2 due"]),
    ("instalment-3-due", ["Срок 3-го платежа", "Delbetalning 3 förfaller", "Instalment 3 due"]),
    ("instalment-1-state", ["1-й платёж", "Delbetalning 1", "Instalment 1"]),
    ("instalment-2-state", ["2-й платёж", "Delbetalning 2", "Instalment 2"]),
    ("instalment-3-state", ["3-й платёж", "Delbetalning 3", "Instalment 3"]),
    ("interest", ["Проценты", "Dröjsmålsränta", "Interest"]),
    ("h-refund_paid_on", ["Если возврат опоздал, проценты считаются по этот день (или по сегодня, если не вернули).", "Om återbetalningen kom för sent räknas ränta till denna dag (eller i dag om den inte betalats).", "If the refund came late, interest is counted up to this day (or today if unpaid)."]),
    ("f-refund_paid_on", ["Когда деньги вернули", "Dag då pengarna betalades tillbaka", "Day the refund was paid"]),
    ("kind", ["Вид", "Typ", "Kind"]),
    ("last-day", ["Последний день", "Sista dag", "Last day"]),
    ("last-day-before-roll", ["Последний день до переноса", "Sista dag före förskjutning till vardag", "Last day before roll-forward"]),
    ("late-interest", ["Проценты за просрочку", "Dröjsmålsränta", "Late interest"]),
    ("months", ["Месяцев", "Månader", "Months"]),
    ("paid", ["Оплачено", "Betalt", "Paid"]),
    ("payment-deadline", ["Срок оплаты", "Sista betalningsdag", "Payment deadline"]),
    ("rate", ["Ставка", "Räntesats", "Rate"]),
    ("rate-source", ["Источник ставки", "Källa för räntesats", "Rate source"]),
    ("received", ["Получено", "Mottaget", "Received"]),
    ("refund", ["Возврат", "Återbetalning", "Refund"]),
    ("refund-deadline", ["Срок возврата денег", "Sista dag för återbetalning", "Refund deadline"]),
    ("disconnection-payment-deadline-reg-1182-71", ["Оплатить до отключения (Регл. 1182/71)", "Sista betalningsdag (förordn. 1182/71)", "Pay-by day (Reg. 1182/71)"]),
    ("payment-deadline-reg-1182-71", ["Срок оплаты (Регл. 1182/71)", "Sista betalningsdag (förordn. 1182/71)", "Payment deadline (Reg. 1182/71)"]),
    ("refund-deadline-reg-1182-71", ["Срок возврата (Регл. 1182/71)", "Återbetalningsfrist (förordn. 1182/71)", "Refund deadline (Reg. 1182/71)"]),
    ("due-date-earliest-lawful-reg-1182-71", ["Ранний срок платежа (Регл. 1182/71)", "Tidigaste förfallodag (förordn. 1182/71)", "Earliest due date (Reg. 1182/71)"]),
    ("due-date-recommended-reg-1182-71", ["Срок по основному правилу (Регл. 1182/71)", "Förfallodag, huvudregel (förordn. 1182/71)", "Main-rule due date (Reg. 1182/71)"]),
    ("complaint-answer-deadline-reg-1182-71", ["Срок ответа на жалобу (Регл. 1182/71)", "Svar på klagomål (förordn. 1182/71)", "Complaint answer (Reg. 1182/71)"]),
    ("final-invoice-deadline-reg-1182-71", ["Срок окончательного счёта (Регл. 1182/71)", "Slutfaktura senast (förordn. 1182/71)", "Final invoice deadline (Reg. 1182/71)"]),
    ("rest-day", ["Нерабочий день", "Ej arbetsdag", "Rest day"]),
    ("stated", ["Заявлено", "Angivet", "Stated"]),
    ("table", ["Таблица", "Tabell", "Table"]),
    ("to", ["По", "Till", "To"]),
    ("working-days", ["Рабочие дни", "Arbetsdagar", "Working days"]),
    ("year", ["Год", "År", "Year"]),
    ("year-days", ["Дней в году", "Dagar per år", "Days in year"]),
    // ── Value codes and select options ─────────────────────────────────────────────────────────
    ("yes", ["Да", "Ja", "Yes"]),
    ("no", ["Нет", "Nej", "No"]),
    ("not-stated", ["Не указано", "Ej angivet", "Not stated"]),
    ("table-verify", ["Таблица (проверить)", "Tabell (kontrollera)", "Table (verify)"]),
    ("carried-on", ["Последняя известная", "Senast kända", "Last known, carried on"]),
    ("user-supplied", ["Введено вами", "Angiven av dig", "Entered by you"]),
    // ── Interface ──────────────────────────────────────────────────────────────────────────────
    ("add-row", ["Добавить строку", "Lägg till rad", "Add row"]),
    ("remove-row", ["Удалить строку", "Ta bort rad", "Remove row"]),
    ("still-needed", ["Ещё нужно заполнить:", "Fyll också i:", "Still needed:"]),
    ("please-correct", ["Исправьте:", "Rätta:", "Please correct:"]),
    ("result", ["Результат", "Resultat", "Result"]),
    ("your-inputs", ["Ваши данные", "Dina uppgifter", "Your inputs"]),
    ("row", ["строка", "rad", "row"]),
    ("basis-contract", ["По договору", "Enligt avtalet", "Contract"]),
    ("basis-law", ["По закону", "Enligt lag", "Law"]),
    ("contract-vs-law", ["Договор и закон", "Avtalet och lagen", "Contract vs law"]),
    ("why-differ", ["Почему различаются", "Varför de skiljer sig", "Why they differ"]),
    ("ics-all", ["Все сроки — в календарь (.ics)", "Alla frister till kalendern (.ics)", "All deadlines to your calendar (.ics)"]),
    ("ics-one", ["В календарь", "Till kalendern", "Add to calendar"]),
    ("deadlines", ["Сроки", "Frister", "Deadlines"]),
    ("figures", ["Суммы и даты", "Belopp och datum", "Figures"]),
    ("warnings", ["Предупреждения", "Varningar", "Warnings"]),
    ("assumptions", ["Допущения", "Antaganden", "Assumptions"]),
    ("why", ["Почему так: расчёт по шагам", "Varför: steg för steg", "Why: step by step"]),
    ("inputs", ["Исходные данные", "Indata", "Inputs"]),
    ("outputs", ["Результат шага", "Resultat", "Outputs"]),
    ("timeline", ["Хронология", "Tidslinje", "Timeline"]),
    ("to-answer", ["↓ К ответу", "↓ Till svaret", "↓ To the answer"]),
    ("timeline-as-text", ["Хронология текстом", "Tidslinjen som text", "Timeline as text"]),
    ("u-days", ["дн.", "dagar", "days"]),
    ("u-working-days", ["раб. дн.", "arbetsdagar", "working days"]),
    ("u-months", ["мес.", "mån.", "months"]),
    ("u-hours", ["ч", "tim", "h"]),
    ("saturday", ["суббота", "lördag", "Saturday"]),
    ("sunday", ["воскресенье", "söndag", "Sunday"]),
    ("ru-non-working", ["нерабочий день в РФ", "ledig dag i Ryssland", "non-working day in Russia"]),
    ("section-se-deadlines", ["Сроки: оплата, расторжение, отключение", "Frister: betalning, uppsägning, avstängning", "Deadlines: payment, termination, disconnection"]),
    ("section-se-late-interest", ["Проценты за просрочку оплаты", "Dröjsmålsränta", "Late-payment interest"]),
    ("err-no-such-date", ["Такой даты нет — проверьте день и месяц.", "Det datumet finns inte — kontrollera dag och månad.", "There is no such date — check the day and month."]),
    ("err-amount-ambiguous", ["Неясно: тысячи или копейки? Напишите 6800 или 6800,50 (копейки — после запятой, не больше двух цифр).", "Otydligt: tusental eller ören? Skriv 6800 eller 6800,50 (ören efter kommat, högst två siffror).", "Unclear: thousands or cents? Write 6800 or 6800.50 (at most two digits after the decimal point)."]),
    ("err-amount-format", ["Введите сумму цифрами, например 6800 или 6 800,50.", "Ange beloppet med siffror, till exempel 6800 eller 6 800,50.", "Enter the amount in figures, e.g. 6800 or 6,800.50."]),
    ("err-amount-decimals", ["Не больше двух знаков после запятой (копейки).", "Högst två decimaler (ören).", "At most two decimals (cents, öre, kopecks)."]),
    ("err-too-large", ["Слишком большое число — проверьте, нет ли лишних цифр.", "För stort tal — kontrollera att inga siffror blivit för många.", "Too large — check for extra digits."]),
    ("err-whole-number", ["Введите целое число.", "Ange ett heltal.", "Enter a whole number."]),
    ("d-at least two meter readings", ["Нужны как минимум два показания счётчика.", "Minst två mätarställningar behövs.", "At least two meter readings are needed."]),
    ("d-on or before as_of", ["Дата должна быть не позже даты расчёта.", "Datumet får inte ligga efter beräkningsdagen.", "The date must be on or before the date of the calculation."]),
    ("d-the register went backwards", ["Показание меньше предыдущего: счётчик не идёт назад.", "Mätarställningen är lägre än den förra: mätaren går inte baklänges.", "The reading is lower than the one before: a meter does not go backwards."]),
    ("d-after the reconciliation invoice", ["Дата позже итогового счёта.", "Datumet ligger efter slutfakturan.", "The date is after the reconciliation invoice."]),
    ("d-meeting dates must increase", ["Даты встреч должны идти по порядку.", "Mötesdatumen måste komma i ordning.", "Meeting dates must be in order."]),
    ("d-one of the group's meeting dates", ["Укажите одну из дат встреч группы.", "Ange ett av gruppens mötesdatum.", "Enter one of the group's meeting dates."]),
    ("d-0–100 %", ["Допустимо от 0 до 100 %.", "Tillåtet är 0–100 %.", "Allowed: 0–100 %."]),
    ("d-1–366 days", ["Допустимо от 1 до 366 дней.", "Tillåtet är 1–366 dagar.", "Allowed: 1–366 days."]),
    ("d-0–92 days", ["Допустимо от 0 до 92 дней.", "Tillåtet är 0–92 dagar.", "Allowed: 0–92 days."]),
    ("d-at least one weight above zero", ["Хотя бы один вес должен быть больше нуля.", "Minst en vikt måste vara större än noll.", "At least one weight must be above zero."]),
    ("d-12 monthly weights, January first", ["Нужно 12 месячных весов, начиная с января.", "Det behövs 12 månadsvikter, januari först.", "Twelve monthly weights are needed, January first."]),
    ("d-0–1 000 000 000 kWh", ["Допустимо от 0 до 1 000 000 000 кВт·ч.", "Tillåtet är 0–1 000 000 000 kWh.", "Allowed: 0–1,000,000,000 kWh."]),
    ("d-outside-span", ["Счёт выходит за период между показаниями счётчика ({from} – {to}).", "Fakturan ligger utanför perioden mellan mätarställningarna ({from} – {to}).", "The invoice lies outside the span between the meter readings ({from} – {to})."]),
    ("d-years 1900–2200", ["Допустимы годы 1900–2200.", "Tillåtna år: 1900–2200.", "Allowed years: 1900–2200."]),
    ("err-missing", ["Заполните это поле.", "Fyll i fältet.", "Required."]),
    ("err-date", ["Введите дату.", "Ange ett datum.", "Enter a date."]),
    ("err-time", ["Введите время (ЧЧ:ММ).", "Ange en tid (TT:MM).", "Enter a time (HH:MM)."]),
    ("err-datetime", ["Введите дату и время.", "Ange datum och tid.", "Enter a date and time."]),
    ("err-number", ["Введите число.", "Ange ett tal.", "Enter a number."]),
    ("err-negative", ["Не может быть отрицательным.", "Får inte vara negativt.", "Must not be negative."]),
    ("err-not-positive", ["Должно быть больше нуля.", "Måste vara större än noll.", "Must be more than zero."]),
    ("err-before-other", ["Не может быть раньше связанной даты.", "Får inte ligga före det datum det hör ihop med.", "Must not be before the related date."]),
    ("err-out-of-range", ["Вне допустимого диапазона.", "Utanför tillåtet intervall.", "Out of the allowed range."]),
    ("err-inconsistent", ["Не согласуется с другими данными.", "Stämmer inte med övriga uppgifter.", "Inconsistent with the other inputs."]),
    // ── Form fields ────────────────────────────────────────────────────────────────────────────
    ("f-amount", ["Сумма", "Belopp", "Amount"]),
    ("f-date", ["Дата", "Datum", "Date"]),
    ("f-kind", ["Вид расхода", "Typ av kostnad", "Kind of expense"]),
    ("f-reason", ["Причина", "Skäl", "Reason"]),
    ("f-channel", ["Канал", "Kanal", "Channel"]),
    ("f-from", ["С", "Från", "From"]),
    ("f-percent", ["Ставка, %", "Sats, %", "Rate, %"]),
    ("f-price", ["Цена услуги (для неустойки)", "Tjänstens pris (för vite)", "Price of the service (for the penalty)"]),
    ("f-to", ["По (включительно)", "Till och med", "To (inclusive)"]),
];

/// The Russian offer's pages only.
#[cfg(feature = "ru")]
pub static RU_TEXTS: &[Entry] = &[
    // ── The group (Appendix 1) ─────────────────────────────────────────────────────────────────
    ("f-group", ["Группа (Приложение № 1)", "Gruppen (bilaga 1)", "The group (Appendix 1)"]),
    ("h-group", ["Пусто — группа «Мягкий старт» из оферты. Заполните, если у вашей группы другие даты, встречи или цены: расчёт на всех страницах учтёт их.", "Tomt = gruppen «Мягкий старт» i offerten. Fyll i om din grupp har andra datum, träffar eller priser: alla sidor räknar då med dem.", "Empty = the offer's group «Мягкий старт». Fill it in if your group has other dates, meetings or prices: every page then uses them."]),
    ("fill-shipped-group", ["Заполнить данными группы из оферты", "Fyll i offertens grupp", "Fill in the offer's group"]),
    ("f-group.name", ["Название группы", "Gruppens namn", "Name of the group"]),
    ("f-group.weekday", ["День недели встреч", "Veckodag för träffarna", "Weekday of the meetings"]),
    ("f-group.meeting_start", ["Начало встречи", "Träffen börjar", "Meeting starts"]),
    ("f-group.meeting_end", ["Конец встречи", "Träffen slutar", "Meeting ends"]),
    ("f-group.period_from", ["Период: с", "Perioden: från", "Period from"]),
    ("f-group.period_to", ["Период: по", "Perioden: till och med", "Period to"]),
    ("f-group.meetings", ["Даты встреч", "Datum för träffarna", "Meeting dates"]),
    ("f-group.stated_meeting_count", ["Число встреч по Приложению", "Antal träffar enligt bilagan", "Meetings stated in the Appendix"]),
    ("f-group.stated_total_hours", ["Часов всего по Приложению", "Timmar totalt enligt bilagan", "Total hours stated in the Appendix"]),
    ("f-group.price", ["Цена участия", "Pris för deltagandet", "Price of the group"]),
    ("f-group.price_per_meeting", ["Цена одной встречи", "Pris per träff", "Price per meeting"]),
    ("f-group.instalments", ["График оплаты", "Betalningsplan", "Payment schedule"]),
    ("f-group.participants_min", ["Участников не менее", "Minst antal deltagare", "Participants, minimum"]),
    ("f-group.participants_max", ["Участников не более", "Högst antal deltagare", "Participants, maximum"]),
    ("f-due", ["Оплатить до", "Förfaller", "Due"]),
    ("f-label", ["Назначение", "Avser", "For"]),
    ("h-group.stated_total_hours", ["Если Приложение называет общее число часов («около 16 часов»).", "Om bilagan anger antal timmar totalt.", "If the Appendix states a total (\"about 16 hours\")."]),
    ("Mon", ["понедельник", "måndag", "Monday"]),
    ("Tue", ["вторник", "tisdag", "Tuesday"]),
    ("Wed", ["среда", "onsdag", "Wednesday"]),
    ("Thu", ["четверг", "torsdag", "Thursday"]),
    ("Fri", ["пятница", "fredag", "Friday"]),
    ("Sat", ["суббота", "lördag", "Saturday"]),
    ("Sun", ["воскресенье", "söndag", "Sunday"]),
    ("hl-expenses-claimable", ["Возврата нет; расходы исполнителя сверх оплаченного ({expenses-claimable}) он может требовать отдельно.", "Ingen återbetalning; utgifter utöver det betalda ({expenses-claimable}) kan leverantören kräva separat.", "Nothing comes back; expenses beyond what was paid ({expenses-claimable}) the provider may claim separately."]),
    ("hl-refund-paid", ["Возврат выплачен {refund-paid-on}.", "Återbetalningen gjordes {refund-paid-on}.", "The refund was paid on {refund-paid-on}."]),
    ("hl-refund-deadline-passed", ["Срок возврата ({date}) прошёл: если деньги не вернули, возврат просрочен.", "Sista dag för återbetalning ({date}) har passerat: utan betalning är den försenad.", "The refund deadline ({date}) has passed: if unpaid, the refund is late."]),
    ("expenses-claimable", ["Расходы сверх оплаченного (можно требовать)", "Utgifter utöver betalt (kan krävas)", "Expenses beyond payments (claimable)"]),
    ("meetings-rendered-law", ["Проведено встреч (по закону)", "Genomförda träffar (lag)", "Meetings rendered (law)"]),
    ("rendered-value-law", ["Стоимость оказанного (по закону)", "Värde av utfört (lag)", "Value rendered (law)"]),
    ("rendered-value-contract", ["Стоимость оказанного (по договору)", "Värde av utfört (avtal)", "Value rendered (contract)"]),
    ("after-refusal", ["После отказа", "Efter avbokningen", "After the refusal"]),
    ("none", ["Нет", "Ingen", "None"]),
    ("refund-part", ["Часть возврата", "Del av återbetalningen", "Part of the refund"]),
    ("refund-deadline-part", ["Срок возврата части", "Sista dag för delen", "Deadline for this part"]),
    ("refund-term-from", ["Срок возврата считается с", "Återbetalningsfristen räknas från", "Refund term runs from"]),
    ("n-receipt-reading-changes-money", ["По фактическому получению (ГК 165.1) оказано меньше встреч, чем по правилу 24 часов: сумма к возврату различается.", "Räknat på faktiskt mottagande (ГК 165.1) genomfördes färre träffar än enligt 24-timmarsregeln: beloppet skiljer sig.", "Counting actual receipt (ГК 165.1) rather than the 24-hour rule, fewer meetings were rendered: the amount differs."]),
    ("n-payment-after-refusal", ["Платёж внесён после получения отказа: его возврат считается со дня платежа.", "En betalning gjordes efter att avbokningen mottagits: återbetalningen av den räknas från betalningsdagen.", "A payment was made after the refusal was received: its refund runs from the payment day."]),
    ("n-payment-before-application", ["Дата платежа раньше даты заявления: проверьте даты (п. 1.4).", "Betalningen är daterad före ansökan: kontrollera datumen (p. 1.4).", "A payment is dated before the application: check the dates (clause 1.4)."]),
    ("n-refusal-effective-on-conclusion", ["Отказ получен до оплаты: считаем, что он действует с заключения договора (первого платежа); сроки идут с этого дня.", "Avbokningen kom före betalningen: den anses gälla från att avtalet ingicks (första betalningen); fristerna räknas därifrån.", "The refusal arrived before any payment: it is read as taking effect when the contract was concluded (first payment); terms run from then."]),
    ("n-contract-end-refusal-received", ["Договор считается прекращённым с получения отказа (ГК 450.1): сроки хранения данных считаются с этого дня.", "Avtalet anses upphöra när avbokningen mottogs (ГК 450.1): lagringstiderna räknas därifrån.", "The contract is taken to end when the refusal was received (ГК 450.1): data-retention dates count from then."]),
    ("r-actual-receipt-rendered", ["Договор считает встречи до «получения» через 24 часа после отправки; закон — только фактически оказанные до реального получения.", "Avtalet räknar träffar fram till det 24-timmars mottagandet; lagen bara det som faktiskt utförts före verkligt mottagande.", "The contract counts meetings up to deemed receipt 24 h after sending; the law only what was actually rendered before actual receipt."]),
    // ── Revisions and new rules of 2026-11-30 ──────────────────────────────────────────────────
    ("hl-refund-needs-payments", ["Укажите платежи (сумму и день поступления) и когда отправлен отказ — возврат считается от них. Без оплаты договора нет и возвращать нечего (п. 1.4, 1.5).", "Ange betalningarna (belopp och dag de kom fram) och när avbokningen skickades — återbetalningen räknas från dem. Utan betalning finns inget avtal och inget att betala tillbaka (p. 1.4, 1.5).", "Enter the payments (amount and the day each arrived) and when the refusal was sent: the refund is counted from them. With no payment there is no contract and nothing to refund (1.4, 1.5)."]),
    ("hl-deadlines-needs-input", ["Укажите дату заявки или платежи — сроки считаются от них. До оплаты договора нет (п. 1.4, 1.5).", "Ange anmälningsdagen eller betalningarna — fristerna räknas från dem. Före betalning finns inget avtal (p. 1.4, 1.5).", "Enter the application day or the payments: the deadlines are counted from them. Before any payment there is no contract (1.4, 1.5)."]),
    ("hl-refund-overdue", ["Возврат {refund} нужно было сделать не позднее {refund-deadline}, он просрочен: на {as-of} просрочка {days-late}, начислены проценты по ст. 395 ГК РФ — {late-interest}.", "Återbetalningen på {refund} skulle ha gjorts senast {refund-deadline} och är försenad: per {as-of} är den {days-late} sen, och ränta enligt ГК 395 på {late-interest} har lupit.", "The refund of {refund} was due by {refund-deadline} and is overdue: as of {as-of}, {days-late} late, ГК 395 interest of {late-interest} has accrued."]),
    ("hl-refund-overdue-penalty", ["Возврат {refund} нужно было сделать не позднее {refund-deadline}, он просрочен: на {as-of} просрочка {days-late}, неустойка по п. 5 ст. 28 ЗоЗПП — {late-penalty}.", "Återbetalningen på {refund} skulle ha gjorts senast {refund-deadline} och är försenad: per {as-of} är den {days-late} sen, och vite enligt ЗоЗПП 28 p. 5 på {late-penalty} har lupit.", "The refund of {refund} was due by {refund-deadline} and is overdue: as of {as-of}, {days-late} late, a ЗоЗПП 28(5) penalty of {late-penalty} has accrued."]),
    ("hl-offer-lapsed", ["Платёж поступил после того, как оферта прекратила действие с началом услуг (п. 1.3): договора нет, вернуть нужно все {refund} (ст. 1102 ГК РФ) с процентами по ст. 395 со дня после поступления ({late-interest} на {as-of}).", "Betalningen kom efter att offerten upphört vid tjänsternas början (p. 1.3): inget avtal, och hela {refund} ska betalas tillbaka (ГК 1102) med ränta enligt ГК 395 från dagen efter att den kom ({late-interest} per {as-of}).", "The payment arrived after the offer had lapsed at the start of services (1.3): no contract, and the whole {refund} is to be returned (ГК 1102), with ГК 395 interest from the day after it arrived ({late-interest} as of {as-of})."]),
    ("hl-data-needs-input", ["Укажите, когда отправлен (или получен) запрос о ваших данных или отзыв согласия — сроки считаются от этого.", "Ange när en begäran om dina uppgifter eller ett återkallat samtycke skickades (eller mottogs) — fristerna räknas därifrån.", "Enter when a request about your data or a withdrawal of consent was sent (or received): the deadlines are counted from it."]),
    ("n-refusal-window-sending-reading", ["П. 6.1 связывает отказ с его направлением: отказ, отправленный до 24:00 {refusal-send-deadline}, сделан вовремя (п. 2 ст. 194 ГК РФ), неясное условие толкуется в пользу потребителя (ст. 431 ГК РФ). Прочтение «по получению» (правило 24 часов п. 10.2–10.3) потребовало бы отправки до {refusal-send-deadline-receipt-reading}; оно показано рядом, но не применяется.", "P. 6.1 knyter avbokningen till att den skickas: en avbokning skickad senast {refusal-send-deadline} är i tid (ГК 194 p. 2), och ett oklart villkor tolkas till konsumentens fördel (ГК 431). Mottagandetolkningen (24-timmarsregeln i p. 10.2–10.3) skulle kräva att den skickades senast {refusal-send-deadline-receipt-reading}; den visas bredvid, aldrig i stället.", "Clause 6.1 makes the refusal by sending it: sent by {refusal-send-deadline} it is in time (ГК 194 п. 2), and an ambiguous term is read for the consumer (ГК 431). The receipt reading (the 24-hour rule of 10.2–10.3) would require sending by {refusal-send-deadline-receipt-reading}; it is shown beside, never instead."]),
    ("n-refusal-window-reading-changes-money", ["При прочтении «по получению» возврат был бы {refund-receipt-reading} вместо {refund}. П. 6.1 связывает отказ с направлением (п. 2 ст. 194, ст. 431 ГК РФ): применяется прочтение «по отправке».", "Enligt mottagandetolkningen blev återbetalningen {refund-receipt-reading} i stället för {refund}. P. 6.1 knyter avbokningen till att den skickas (ГК 194 p. 2, 431): den tolkningen gäller.", "On the receipt reading the refund would be {refund-receipt-reading} instead of {refund}. Clause 6.1 makes the refusal by sending (ГК 194 п. 2, 431): the sending reading governs."]),
    ("n-expenses-contested", ["{expenses-contested} из удержанных расходов — комиссии или общие расходы на организацию, которые суды часто не признают по ст. 32 ЗоЗПП. Цифра закона их вычитает; без них возврат был бы {refund-law-without-contested}.", "{expenses-contested} av de avdragna kostnaderna är avgifter eller allmänna organisationskostnader som domstolar ofta underkänner enligt ЗоЗПП 32. Lagens siffra drar av dem; utan dem blev återbetalningen {refund-law-without-contested}.", "{expenses-contested} of the deducted expenses are commissions or general overheads that courts often refuse under ЗоЗПП 32. The law figure deducts them; without them the refund would be {refund-law-without-contested}."]),
    ("n-refund-commission-not-deductible", ["Комиссию за перечисление возврата ({amount}) несёт исполнитель (ст. 309.2 ГК РФ): по закону она не удерживается.", "Avgiften för att skicka återbetalningen ({amount}) bärs av arrangören (ГК 309.2): enligt lag dras den inte av.", "The commission for sending the refund ({amount}) is the provider's own cost (ГК 309.2): the law figure does not deduct it."]),
    ("n-refund-deadline-reading-changes-money", ["Если считать от фактической доставки (п. 1 ст. 165.1 ГК РФ), возврат нужно было сделать до {refund-deadline-delivery}, на рабочий день раньше применяемого {refund-deadline}: просрочка и проценты начались бы на день раньше.", "Räknat från den faktiska leveransen (ГК 165.1 p. 1) skulle återbetalningen ha gjorts senast {refund-deadline-delivery}, en arbetsdag före den styrande {refund-deadline}: förseningen och räntan skulle börja en dag tidigare.", "Counted from actual delivery (ГК 165.1 п. 1) the refund was due by {refund-deadline-delivery}, a working day before the governing {refund-deadline}: the delay, and the interest, would start a day earlier."]),
    ("n-limitation-if-invoked", ["Исковая давность применяется, только если исполнитель заявит о ней в суде (п. 2 ст. 199 ГК РФ); проценты и неустойка истекают вместе с требованием о возврате (ст. 207 ГК РФ). Показан осторожный последний день ({limitation-last-day}); некоторые суды считают от первого дня просрочки и заканчивают днём позже.", "Preskription gäller bara om arrangören åberopar den i domstol (ГК 199 p. 2); ränta och vite preskriberas med återbetalningskravet (ГК 207). Den försiktiga sista dagen visas ({limitation-last-day}); vissa domstolar räknar från första förseningsdagen och slutar en dag senare.", "Limitation applies only if the provider invokes it in court (ГК 199 п. 2); interest and penalties lapse with the refund claim (ГК 207). The safe last day is shown ({limitation-last-day}); some courts count from the first day of delay and end a day later."]),
    ("n-limitation-acknowledgment-outside", ["Признание долга ({debt-acknowledged-on}) вне текущего срока давности: оно его не прерывает (ст. 203 ГК РФ).", "Erkännandet av skulden ({debt-acknowledged-on}) ligger utanför den löpande preskriptionstiden: det avbryter den inte (ГК 203).", "The acknowledgment of the debt ({debt-acknowledged-on}) is outside the running limitation period: it does not interrupt it (ГК 203)."]),
    ("n-consumer-fine-conditional", ["Штраф потребителю {consumer-fine-if-awarded} — только если его присудит суд (п. 6 ст. 13 ЗоЗПП): он не входит в возврат, суд может его снизить (ст. 333 ГК РФ).", "Konsumentböterna på {consumer-fine-if-awarded} betalas bara om en domstol dömer ut dem (ЗоЗПП 13 p. 6): de ingår inte i återbetalningen, och domstolen kan sänka dem (ГК 333).", "The consumer fine of {consumer-fine-if-awarded} is owed only if a court awards it (ЗоЗПП 13 п. 6): it is not part of the refund, and a court may reduce it (ГК 333)."]),
    ("n-liability-cap-void", ["П. 7.6 ограничивает ответственность исполнителя суммой оплаты; для потребителя это ограничение установленной законом ответственности ничтожно (п. 2 ст. 400 ГК РФ; ст. 16 ЗоЗПП): ни одна цифра не уменьшена.", "P. 7.6 begränsar arrangörens ansvar till det betalda; mot en konsument är en sådan begränsning av lagstadgat ansvar ogiltig (ГК 400 p. 2; ЗоЗПП 16): ingen siffra sänks.", "Clause 7.6 caps the provider's liability at the amount paid; against a consumer that cap is void for liability the law fixes (ГК 400 п. 2; ЗоЗПП 16): no figure is reduced."]),
    ("n-liability-cap-exceeded", ["Возврат и ответственность вместе ({total}) больше оплаченного ({paid}). П. 7.6 ограничивает ответственность суммой оплаты, но для потребителя такое ограничение ничтожно (п. 2 ст. 400 ГК РФ; ст. 16 ЗоЗПП), а сам п. 7.6 делает исключение для случаев, предусмотренных законом: ни одна цифра не уменьшена.", "Återbetalning och ansvar tillsammans ({total}) överstiger det betalda ({paid}). P. 7.6 begränsar ansvaret till det betalda, men mot en konsument är den begränsningen ogiltig (ГК 400 p. 2; ЗоЗПП 16), och p. 7.6 undantar själv fall som lagen anger: ingen siffra sänks.", "Refund and liability together ({total}) exceed what was paid ({paid}). Clause 7.6 caps liability at the amount paid, but against a consumer that cap is void (ГК 400 п. 2; ЗоЗПП 16), and 7.6 excepts cases provided by law: no figure is reduced."]),
    ("n-offer-lapsed", ["Первый платёж поступил {first-payment-arrived} — в момент начала услуг или позже, когда оферта уже не действовала (п. 1.3): договора нет, раздел 6 не применяется, весь платёж подлежит возврату (ст. 1102 ГК РФ).", "Den första betalningen kom {first-payment-arrived}, vid eller efter tjänsternas början, när offerten hade upphört (p. 1.3): inget avtal, avsnitt 6 gäller inte, och hela betalningen ska återlämnas (ГК 1102).", "The first payment arrived on {first-payment-arrived}, at or after the start of services, when the offer had lapsed (1.3): no contract, section 6 does not apply, and the whole payment is returnable (ГК 1102)."]),
    ("n-offer-lapsed-admitted", ["Первый платёж поступил после прекращения оферты ({first-payment-arrived}), но исполнитель допустил участника: договор заключён этими действиями (п. 3 ст. 438 ГК РФ).", "Den första betalningen kom efter att offerten upphört ({first-payment-arrived}), men arrangören släppte in deltagaren: avtalet ingicks genom det handlandet (ГК 438 p. 3).", "The first payment arrived after the offer had lapsed ({first-payment-arrived}), but the provider admitted the participant: the contract is concluded by that conduct (ГК 438 п. 3)."]),
    ("n-terms-conflict-single-payment", ["П. 5.5 говорит об оплате единовременно, а п. 5.1.1 и Приложение № 1 — о предоплате и последующих платежах ({instalments}). В пользу потребителя (ст. 431 ГК РФ) действует график: пропуск платежа позволяет лишь приостановить доступ (п. 5.1.1), но не требовать всю цену сразу.", "P. 5.5 säger att betalningen görs i en klumpsumma, men p. 5.1.1 och bilaga 1 anger förskott och senare delbetalningar ({instalments}). Till konsumentens fördel (ГК 431) gäller planen: en missad delbetalning får bara leda till att tillgången stängs av (p. 5.1.1), aldrig att hela priset förfaller på en gång.", "Clause 5.5 says payment is made in one sum, but 5.1.1 and Appendix 1 set a prepayment and later instalments ({instalments}). Read for the consumer (ГК 431), the schedule stands: a missed instalment may only suspend access (5.1.1), never make the whole price due at once."]),
    ("n-fm-extension-day-count", ["Дни форс-мажора ({days}) считаются с первым и последним днём; даты встреч сдвигаются на них без переноса, последний день для действия переносится на рабочий.", "Dagarna av force majeure ({days}) räknas med första och sista dagen; träffdatum flyttas med dem utan förskjutning, en sista dag för en handling flyttas till arbetsdag.", "The force majeure's days ({days}) are counted with the first and last day; meeting dates move by them unrolled, a last day for an act rolls to a working day."]),
    ("n-fm-notice-missing", ["Уведомление о форс-мажоре не указано (п. 11.2 требует его в разумный срок); продление всё равно показано, но не уведомившая сторона может отвечать за убытки от молчания.", "Inget meddelande om force majeure anges (p. 11.2 kräver det inom skälig tid); förlängningen visas ändå, men den som inte meddelade kan svara för skada av tystnaden.", "No notice of the force majeure is stated (11.2 requires it within a reasonable time); the extension is still shown, but the party that did not notify may answer for the losses."]),
    ("n-fm-refund-deadline-extended", ["Срок возврата продлён только потому, что вы отметили: форс-мажор помешал именно возврату; отсутствие денег форс-мажором не является (п. 3 ст. 401 ГК РФ), а вправе ли исполнитель так продлевать срок возврата — открытый вопрос.", "Återbetalningsfristen förlängs bara för att du angav att force majeure hindrade just återbetalningen; brist på pengar är aldrig force majeure (ГК 401 p. 3), och om en arrangör kan förlänga fristen så är en öppen fråga.", "The refund deadline is extended only because you marked it as prevented by the force majeure; lack of money is never force majeure (ГК 401 п. 3), and whether a provider may extend a refund deadline this way is open."]),
    ("n-data-request-received-when-sent", ["День получения не указан: письмо считается полученным в день отправки ({sent}); правило 24 часов п. 10.3 не удлиняет срок закона.", "Ingen mottagandedag angavs: mejlet anses mottaget samma dag som det skickades ({sent}); 24-timmarsregeln i p. 10.3 förlänger inte en lagstadgad frist.", "No receipt day was entered: the e-mail is taken as received the day it was sent ({sent}); the 24-hour rule of 10.3 does not lengthen a statutory term."]),
    ("n-consent-withdrawal-received-when-sent", ["День получения отзыва не указан: письмо считается полученным в день отправки ({sent}); правило 24 часов п. 10.3 не удлиняет срок закона.", "Ingen mottagandedag för återkallelsen angavs: mejlet anses mottaget samma dag som det skickades ({sent}); 24-timmarsregeln i p. 10.3 förlänger inte en lagstadgad frist.", "No receipt day for the withdrawal was entered: the e-mail is taken as received the day it was sent ({sent}); the 24-hour rule of 10.3 does not lengthen a statutory term."]),
    ("n-consent-withdrawal-not-rolled", ["30 дней — предел для исполнителя, на рабочий день не переносятся (применима ли ст. 193 ГК РФ — открытый вопрос). 6 месяцев для заблокированных данных считаются от конца 30 дней (проверить).", "De 30 dagarna är en gräns för arrangören och flyttas inte till arbetsdag (om ГК 193 gäller är öppet). De 6 månaderna för spärrade uppgifter räknas från slutet av de 30 dagarna (att kontrollera).", "The 30 days limit the provider and are not rolled to a working day (whether ГК 193 applies is open). The 6 months for blocked data count from the end of the 30 days (to verify)."]),
    ("n-consent-legal-basis-remains", ["Данные, которые закон позволяет обрабатывать без согласия (исполнение действующего договора, обязательные платёжные записи), могут остаться после отзыва: срок уничтожения касается только остальных (ч. 2 ст. 9, ч. 1 ст. 6 152-ФЗ).", "Uppgifter som lagen tillåter att behandla utan samtycke (att fullgöra det pågående avtalet, betalningsregister som lagen kräver) får finnas kvar efter återkallelsen: datumet för förstöring gäller bara resten (152-ФЗ art. 9 del 2, art. 6 del 1).", "Data the law lets the provider process without consent (performing the still-running contract, payment records the law requires) may stay after the withdrawal: the destruction date applies only to the rest (152-ФЗ ст. 9 ч. 2, ст. 6 ч. 1)."]),
    ("n-data-extension-notice-late", ["Уведомление о продлении ({extension-notice-sent}) пришло после окончания срока ответа ({data-answer-deadline}): срок не продлевается.", "Meddelandet om förlängning ({extension-notice-sent}) kom efter att svarsfristen löpt ut ({data-answer-deadline}): fristen förlängs inte.", "The extension notice ({extension-notice-sent}) came after the answer term ended ({data-answer-deadline}): it does not extend it."]),
    ("n-data-stop-processing-verify", ["Срок 10 + 5 рабочих дней для требования прекратить обработку (ч. 5.1 ст. 21 152-ФЗ) нужно проверить.", "De 10 + 5 arbetsdagarna för ett krav att upphöra med behandlingen (152-ФЗ art. 21 del 5.1) ska kontrolleras.", "The 10 + 5 working days for a demand to stop processing (152-ФЗ ст. 21 ч. 5.1) are to verify."]),
    ("refusal-send-deadline-receipt-reading", ["Отправить отказ до (прочтение «по получению»)", "Skicka avbokningen senast (mottagandetolkning)", "Send the refusal by (receipt reading)"]),
    ("timing-receipt-reading", ["Момент отказа (прочтение «по получению»)", "Avbokningens tidpunkt (mottagandetolkning)", "Timing of refusal (receipt reading)"]),
    ("refund-receipt-reading", ["Возврат при прочтении «по получению»", "Återbetalning enligt mottagandetolkningen", "Refund on the receipt reading"]),
    ("refund-deadline-delivery", ["Срок возврата от фактической доставки (альтернатива)", "Återbetalningsfrist från faktisk leverans (alternativ)", "Refund deadline from actual delivery (alternative)"]),
    ("expenses-contested", ["Спорные расходы (комиссии, общие расходы)", "Omstridda kostnader (avgifter, allmänna kostnader)", "Contested expenses (commissions, overheads)"]),
    ("refund-law-without-contested", ["Возврат по закону без спорных расходов", "Återbetalning enligt lag utan omstridda kostnader", "Refund (law) without contested expenses"]),
    ("expense-refund-commission", ["Расход: комиссия за перечисление возврата", "Kostnad: avgift för återbetalningen", "Expense: commission for sending the refund"]),
    ("refund-commission", ["Комиссия за перечисление возврата", "Avgift för att skicka återbetalningen", "Commission for sending the refund"]),
    ("limitation-starts", ["Исковая давность течёт с", "Preskriptionstiden löper från", "Limitation runs from"]),
    ("limitation-last-day", ["Последний день для иска (исковая давность)", "Sista dag att väcka talan (preskription)", "Last day to sue (limitation)"]),
    ("limitation-end-before-roll", ["Конец давности до переноса", "Preskriptionens slut före förskjutning", "End of limitation before roll-forward"]),
    ("debt-acknowledged-on", ["Долг признан", "Skulden erkänd", "Debt acknowledged on"]),
    ("consumer-fine-if-awarded", ["Штраф потребителю — только если присудит суд", "Konsumentböter — bara om domstol dömer ut dem", "Consumer fine — only if a court awards it"]),
    ("unpaid-refund", ["Невозвращённая сумма", "Ej återbetalat", "Unpaid refund"]),
    ("interest-or-penalty", ["Проценты или неустойка", "Ränta eller vite", "Interest or penalty"]),
    ("losses", ["Убытки", "Skada", "Losses"]),
    ("moral-damages", ["Моральный вред", "Ideellt skadestånd", "Moral damages"]),
    ("demand-met-before-claim", ["Требование исполнено до иска", "Kravet uppfyllt före talan", "Demand met before the claim"]),
    ("fine-base", ["База штрафа", "Underlag för böterna", "Base of the fine"]),
    ("liability", ["Ответственность (проценты, убытки, штраф)", "Ansvar (ränta, skada, böter)", "Liability (interest, losses, fine)"]),
    ("exceeds-paid", ["Больше оплаченного", "Mer än betalt", "Exceeds what was paid"]),
    ("total", ["Итого", "Totalt", "Total"]),
    ("first-payment-arrived", ["Первый платёж поступил", "Första betalningen kom", "First payment arrived"]),
    ("admitted", ["Исполнитель допустил участника", "Arrangören släppte in deltagaren", "Provider admitted the participant"]),
    ("offer-accepted", ["Оферта акцептована", "Offerten accepterad", "Offer accepted"]),
    ("payment-deadline-1-4", ["Срок оплаты по п. 1.4", "Betalningsfrist enligt p. 1.4", "Payment deadline under 1.4"]),
    ("schedule-stands", ["График действует", "Betalningsplanen gäller", "The schedule stands"]),
    ("force-majeure-days", ["Дней форс-мажора", "Dagar med force majeure", "Days of force majeure"]),
    ("group-period-end-extended", ["Окончание периода группы (продлено)", "Gruppens period slutar (förlängd)", "End of the group's period (extended)"]),
    ("refund-deadline-extended", ["Срок возврата (продлён форс-мажором)", "Återbetalningsfrist (förlängd av force majeure)", "Refund deadline (extended by force majeure)"]),
    ("data-answer-deadline", ["Срок ответа на запрос о данных", "Svarsfrist för begäran om uppgifter", "Answer to the data request by"]),
    ("data-answer-deadline-extended", ["Срок ответа (продлён уведомлением)", "Svarsfrist (förlängd genom meddelande)", "Answer by (extended by notice)"]),
    ("data-correction-deadline", ["Уточнить данные до", "Rätta uppgifterna senast", "Correct the data by"]),
    ("unlawful-data-destruction-deadline", ["Уничтожить незаконно полученные данные до", "Förstör olagligt inhämtade uppgifter senast", "Destroy unlawfully obtained data by"]),
    ("stop-processing-deadline", ["Прекратить обработку до", "Upphör med behandlingen senast", "Stop processing by"]),
    ("stop-processing-deadline-extended", ["Прекратить обработку до (с продлением)", "Upphör med behandlingen senast (förlängd)", "Stop processing by (extended)"]),
    ("data-destruction-deadline", ["Уничтожить данные после отзыва согласия до", "Förstör uppgifterna efter återkallat samtycke senast", "Destroy data after withdrawal by"]),
    ("blocked-data-destruction-deadline", ["Уничтожить заблокированные данные до", "Förstör spärrade uppgifter senast", "Destroy blocked data by"]),
    ("consent-withdrawal-received", ["Отзыв согласия получен", "Återkallelsen mottagen", "Withdrawal of consent received"]),
    ("legal-basis-remains", ["Есть основание без согласия", "Grund utan samtycke finns", "A ground without consent remains"]),
    ("destruction-required", ["Что уничтожить", "Vad som ska förstöras", "What must be destroyed"]),
    ("only-data-without-ground", ["Только данные без иного основания", "Bara uppgifter utan annan grund", "Only data without another ground"]),
    ("proof-received", ["Подтверждение получено", "Beviset mottaget", "Proof received"]),
    ("extension-notice-sent", ["Уведомление о продлении отправлено", "Meddelande om förlängning skickat", "Extension notice sent"]),
    ("extended", ["Продлено", "Förlängd", "Extended"]),
    // ── Headlines ──────────────────────────────────────────────────────────────────────────────
    ("hl-not-concluded", ["Оплаты не было, поэтому договор не заключён (п. 1.4, 1.5 оферты): возвращать нечего, и отказу нечего прекращать.", "Ingen betalning är gjord, så avtalet är inte ingått (offerten p. 1.4, 1.5): inget att betala tillbaka och inget för avbokningen att avsluta.", "No payment has been made, so the contract is not concluded (offer 1.4, 1.5): nothing to refund and nothing for the refusal to end."]),
    ("hl-refund-early", ["Отказ отправлен не позднее чем за 10 дней до начала (п. 6.1): исполнитель должен вернуть {refund} не позднее {refund-deadline}.", "Avbokningen skickades senast 10 dagar före start (p. 6.1): arrangören ska betala tillbaka {refund} senast {refund-deadline}.", "The refusal was sent at least 10 days before the start (6.1): the provider must refund {refund} by {refund-deadline}."]),
    ("hl-refund-late", ["Отказ отправлен позже, чем за 10 дней до начала (п. 6.1): исполнитель должен вернуть {refund} не позднее {refund-deadline}.", "Avbokningen skickades senare än 10 dagar före start (p. 6.1): arrangören ska betala tillbaka {refund} senast {refund-deadline}.", "The refusal was sent later than 10 days before the start (6.1): the provider must refund {refund} by {refund-deadline}."]),
    ("hl-refund-after-start", ["Отказ после начала встреч: исполнитель должен вернуть {refund} не позднее {refund-deadline}.", "Avbokning efter start: arrangören ska betala tillbaka {refund} senast {refund-deadline}.", "Refusal after the start: the provider must refund {refund} by {refund-deadline}."]),
    ("hl-refund-breach", ["Отказ из-за нарушения исполнителя: он должен вернуть {refund} не позднее {refund-deadline}.", "Avbokning på grund av arrangörens avtalsbrott: den ska betala tillbaka {refund} senast {refund-deadline}.", "Refusal because of the provider's breach: it must refund {refund} by {refund-deadline}."]),
    ("hl-refund-removal", ["После исключения из группы исполнитель должен вернуть {refund} не позднее {refund-deadline}.", "Efter uteslutning ur gruppen ska arrangören betala tillbaka {refund} senast {refund-deadline}.", "After removal from the group the provider must refund {refund} by {refund-deadline}."]),
    ("hl-refund-force-majeure", ["Расторжение из-за форс-мажора: исполнитель должен вернуть {refund} не позднее {refund-deadline}.", "Uppsägning på grund av force majeure: arrangören ska betala tillbaka {refund} senast {refund-deadline}.", "Termination for force majeure: the provider must refund {refund} by {refund-deadline}."]),
    ("hl-nothing-to-refund", ["Возвращать нечего, и участник ничего не должен.", "Inget betalas tillbaka och inget är skyldigt.", "Nothing comes back and nothing is owed."]),
    ("hl-next-deadline", ["Ближайший срок — {key}: {date}.", "Närmaste frist — {key}: {date}.", "Next deadline — {key}: {date}."]),
    ("hl-no-deadline-ahead", ["После даты расчёта сроков больше нет.", "Inga frister återstår efter beräkningsdagen.", "No deadline lies ahead of the calculation date."]),
    ("hl-late-penalty", ["Просрочка {days}: неустойка {late-penalty} (ст. 28 п. 5 ЗоЗПП).", "Försening {days}: vite {late-penalty} (ЗоЗПП art. 28 p. 5).", "{days} late: penalty {late-penalty} (ЗоЗПП art. 28(5))."]),
    ("hl-refund-not-late", ["Просрочки нет: срок возврата — {refund-deadline}.", "Ingen försening: sista dag för återbetalning är {refund-deadline}.", "No delay: the refund deadline is {refund-deadline}."]),
    ("hl-group-consistent", ["Параметры группы согласуются друг с другом.", "Gruppens uppgifter stämmer med varandra.", "The group's parameters agree with each other."]),
    ("hl-group-inconsistent", ["Противоречий в параметрах группы: {count}; см. предупреждения.", "Motsägelser i gruppens uppgifter: {count}; se varningarna.", "Contradictions in the group's parameters: {count}; see the warnings."]),
    // ── Warnings and assumptions ───────────────────────────────────────────────────────────────
    ("n-group-count-mismatch", ["В Приложении № 1 указано встреч: {stated}, а дат в списке: {listed}.", "Bilaga 1 anger {stated} träffar men listar {listed} datum.", "Appendix 1 states {stated} meetings but lists {listed} dates."]),
    ("n-group-meeting-wrong-weekday", ["Встреча {date} приходится не на указанный в Приложении № 1 день недели.", "Träffen {date} infaller inte på den veckodag som bilaga 1 anger.", "The meeting of {date} is not on the weekday Appendix 1 states."]),
    ("n-group-meeting-outside-period", ["Встреча {date} — вне указанного периода {period-from} – {period-to}.", "Träffen {date} ligger utanför den angivna perioden {period-from} – {period-to}.", "The meeting of {date} lies outside the stated period {period-from} – {period-to}."]),
    ("n-group-price-mismatch", ["Цена {price} не равна числу встреч × цену встречи ({product}); стоимость встречи = цена ÷ число встреч.", "Priset {price} är inte antal träffar × pris per träff ({product}); en träff värderas till pris ÷ antal träffar.", "The price {price} is not meetings × price per meeting ({product}); a meeting is valued at price ÷ meetings."]),
    ("n-group-instalments-mismatch", ["Платежи по графику в сумме дают {sum}, а цена — {price}.", "Delbetalningarna blir sammanlagt {sum}, men priset är {price}.", "The instalments add up to {sum}; the price is {price}."]),
    ("n-group-hours-mismatch", ["В Приложении № 1 указано около {stated}, а по расписанию выходит {scheduled}; используется расписание (даты и время).", "Bilaga 1 anger cirka {stated}, men schemat ger {scheduled}; schemat (datum och tider) används.", "Appendix 1 states about {stated}, but the schedule makes {scheduled}; the schedule (dates and times) is used."]),
    ("n-clause-conflict-removal", ["Договор противоречит себе при исключении: п. 3.4 и 6.7 не возвращают ничего ({reading-no-return}), п. 3.7 — неоказанную часть ({reading-unrendered}). В пользу потребителя (ст. 431 ГК РФ) применяется п. 3.7; условие «без возврата» ничтожно (ст. 16 ЗоЗПП).", "Avtalet motsäger sig självt om uteslutning: p. 3.4 och 6.7 ger ingenting ({reading-no-return}), p. 3.7 ger den ej utförda delen ({reading-unrendered}). Till konsumentens fördel (ГК 431) gäller p. 3.7; ett villkor om ingen återbetalning är ogiltigt (ЗоЗПП 16).", "The contract contradicts itself on removal: 3.4 and 6.7 return nothing ({reading-no-return}), 3.7 the unrendered part ({reading-unrendered}). Read in the consumer's favour (ГК 431), 3.7 applies; a no-refund term is void (ЗоЗПП 16)."]),
    ("n-organisational-fee-capped", ["Заявленный оргсбор {claimed} больше предела п. 6.2 оферты ({cap}); учтено {cap}.", "Den begärda organisationsavgiften {claimed} överstiger taket i offerten p. 6.2 ({cap}); {cap} används.", "The organisational fee claimed, {claimed}, is above the cap of offer 6.2 ({cap}); {cap} is used."]),
    ("n-expense-undocumented", ["Расход «{kind}» ({amount}) не подтверждён документами, поэтому не удерживается.", "Kostnaden ”{kind}” ({amount}) är inte styrkt med underlag och dras därför inte av.", "The expense “{kind}” ({amount}) is not documented, so it is not deducted."]),
    ("n-expense-not-deductible-early", ["При отказе не позднее чем за 10 дней до начала (п. 6.1) оферта (п. 6.2) не позволяет удержать расход «{kind}» ({amount}).", "Vid avbokning senast 10 dagar före start (p. 6.1) tillåter offerten (p. 6.2) inget avdrag för ”{kind}” ({amount}).", "For a refusal at least 10 days before the start (6.1), offer 6.2 allows no deduction for “{kind}” ({amount})."]),
    ("n-expenses-documented-only", ["Удерживаются только расходы, отмеченные как фактически понесённые и подтверждённые документами; фиксированный сбор — только как такой расход.", "Bara kostnader som markerats som faktiska och styrkta dras av; en fast avgift räknas bara som en sådan kostnad.", "Only expenses marked as actually incurred and documented are deducted; a fixed fee counts only as such an expense."]),
    ("n-refund-more-favourable-figure", ["Показан более выгодный потребителю из двух возвратов — по договору и по закону: договор может дать больше закона, а условие, дающее меньше, ничтожно (ст. 16 ЗоЗПП).", "Den återbetalning som visas är den för konsumenten förmånligaste av avtalets och lagens: avtalet får ge mer än lagen, ett villkor som ger mindre är ogiltigt (ЗоЗПП 16).", "The refund shown is the more favourable to the consumer of the contract's and the law's: a term may give more than the law; a term giving less is void (ЗоЗПП 16)."]),
    ("n-receipt-reading-changes-timing", ["Если считать фактическую доставку (ст. 165.1 ГК РФ), а не правило 24 часов, момент отказа был бы «{law}», а не «{contract}».", "Räknat med faktisk leverans (ГК 165.1) i stället för 24-timmarsregeln skulle avbokningen vara ”{law}” i stället för ”{contract}”.", "Counting actual delivery (ГК 165.1) instead of the 24-hour rule, the refusal would be “{law}” rather than “{contract}”."]),
    ("n-refusal-before-conclusion", ["Отказ поступил до первой оплаты: на тот момент договор ещё не был заключён (заключён {concluded-on}).", "Avbokningen kom före första betalningen: avtalet var då ännu inte ingått (ingicks {concluded-on}).", "The refusal arrived before the first payment: the contract was not yet concluded then (concluded {concluded-on})."]),
    ("n-payment-after-deadline", ["Первая оплата ({paid}) пришла после срока п. 1.4 ({deadline}); исполнитель её принял, значит договор заключён.", "Första betalningen ({paid}) kom efter fristen i p. 1.4 ({deadline}); arrangören tog emot den, så avtalet är ingått.", "The first payment ({paid}) came after the 1.4 deadline ({deadline}); the provider accepted it, so the contract is concluded."]),
    ("n-instalment-late", ["Платёж {amount} со сроком {due} не оплачен: по п. 5.1.1 исполнитель может приостановить доступ до полной оплаты; договор продолжает действовать.", "Delbetalningen {amount} som förföll {due} är obetald: enligt p. 5.1.1 får arrangören stänga av tillgången tills allt är betalt; avtalet består.", "The instalment of {amount} due {due} is unpaid: under 5.1.1 the provider may suspend access until paid in full; the contract stands."]),
    ("n-penalty-capped", ["Неустойка достигла цены услуги и ограничена ею ({cap}; ст. 28 п. 5 ЗоЗПП).", "Vitet har nått tjänstens pris och begränsas till det ({cap}; ЗоЗПП art. 28 p. 5).", "The penalty reached the price of the service and is capped at it ({cap}; ЗоЗПП art. 28(5))."]),
    ("n-force-majeure-too-early", ["Расторжение получено до 61-го дня ({day-61}): п. 11.3 ещё не давал этого права; оно может считаться отказом по собственному желанию (ст. 32 ЗоЗПП).", "Uppsägningen kom före dag 61 ({day-61}): p. 11.3 gav ännu inte den rätten; den kan gälla som avbokning av eget val (ЗоЗПП 32).", "The termination was received before day 61 ({day-61}): 11.3 did not yet allow it; it can stand as a refusal of own choice (ЗоЗПП 32)."]),
    ("n-force-majeure-too-short", ["Форс-мажор длился не больше 60 дней: п. 11.3 не даёт права расторгнуть; отказ считается отказом по собственному желанию (ст. 32 ЗоЗПП).", "Force majeure varade högst 60 dagar: p. 11.3 ger ingen rätt att säga upp; avbokningen räknas som eget val (ЗоЗПП 32).", "The force majeure lasted no more than 60 days: 11.3 gives no right to terminate; a refusal is one of own choice (ЗоЗПП 32)."]),
    ("n-group-provider-supplied", ["Параметры группы взяты из введённых данных, а не из встроенного Приложения № 1.", "Gruppens uppgifter kommer från inmatade data, inte från den inbyggda bilaga 1.", "The group's parameters were entered, not taken from the built-in Appendix 1."]),
    ("n-delivery-assumed-at-sending", ["Момент фактической доставки не указан: письмо или сообщение считается доставленным при отправке.", "Ingen faktisk leveranstid angavs: mejlet eller meddelandet anses levererat när det skickades.", "No actual delivery moment was entered: the e-mail or message is taken as delivered when sent."]),
    ("n-receipt-assumed-at-sending", ["Момент получения не указан: уведомление считается полученным при отправке ({sent}).", "Ingen mottagandetid angavs: meddelandet anses mottaget när det skickades ({sent}).", "No receipt moment was entered: the notice is taken as received when sent ({sent})."]),
    ("n-rendered-meeting-begun", ["Встреча считается оказанной, если началась до получения отказа и прошла как договорено; доступ к материалам или записям не в счёт (ВС РФ 4-КГ24-57-К1).", "En träff räknas som utförd om den började innan avbokningen mottogs och hölls som avtalat; tillgång till material eller inspelningar räknas inte (ВС РФ 4-КГ24-57-К1).", "A meeting counts as rendered if it began before the refusal was received and took place as agreed; access to materials or recordings does not count (ВС РФ 4-КГ24-57-К1)."]),
    ("n-removal-consumer-favour", ["Из двух прочтений условий об исключении как цифра договора взято более выгодное потребителю (п. 3.7).", "Av de två tolkningarna av villkoren om uteslutning används den för konsumenten förmånligaste (p. 3.7) som avtalets siffra.", "Of the two readings of the removal clauses, the one more favourable to the consumer (3.7) is used as the contract's figure."]),
    ("n-breach-losses-not-computed", ["Убытки из-за нарушения (ст. 29 ЗоЗПП) можно требовать сверх возврата; здесь они не считаются.", "Skadestånd för avtalsbrottet (ЗоЗПП 29) kan krävas utöver återbetalningen; det beräknas inte här.", "Losses caused by the breach (ЗоЗПП 29) may be claimed besides the refund; they are not computed here."]),
    ("n-remedy-gk-395", ["При отказе по собственному желанию возврат — денежный долг: показаны проценты по ст. 395 ГК РФ по ключевой ставке. Неустойка ст. 28 п. 5 ЗоЗПП — для отказа из-за нарушения; некоторые суды взыскивают её и здесь.", "Vid avbokning av eget val är återbetalningen en penningskuld: ränta enligt ГК 395 efter styrräntan visas. Vitet i ЗоЗПП art. 28 p. 5 gäller avbokning efter avtalsbrott; vissa domstolar dömer ut det även här.", "For a refusal of own choice the refund is a money debt: ГК 395 interest at the key rate is shown. The ЗоЗПП art. 28(5) penalty applies to refusals after a breach; some courts award it here too."]),
    ("n-remedy-penalty-breach", ["Отказ вызван нарушением исполнителя, поэтому показана неустойка ст. 28 п. 5 ЗоЗПП вместо процентов ст. 395 ГК РФ (за одну просрочку они не складываются); база — цена услуги (цена группы, если не введена другая).", "Avbokningen beror på arrangörens avtalsbrott, så vitet i ЗоЗПП art. 28 p. 5 visas i stället för ränta enligt ГК 395 (de läggs inte ihop för samma försening); det räknas på tjänstens pris (gruppens pris om inget annat anges).", "The refusal is caused by the provider's breach, so the ЗоЗПП art. 28(5) penalty is shown instead of ГК 395 interest (not both for one delay); it is counted on the price of the service (the group's unless another is entered)."]),
    ("n-force-majeure-day-count", ["Первый день форс-мажора — день 1: право расторгнуть возникает на 61-й день ({day-61}).", "Första dagen av force majeure är dag 1: rätten att säga upp uppstår dag 61 ({day-61}).", "The first day of force majeure is day 1: the right to terminate arises on day 61 ({day-61})."]),
    ("n-contract-end-last-meeting", ["Договор считается прекращённым исполнением в день последней встречи ({contract-end}).", "Avtalet anses upphöra med den sista träffen ({contract-end}).", "The contract is taken to end with the last meeting ({contract-end})."]),
    // ── Why the contract's figure and the law's differ ─────────────────────────────────────────
    ("r-same", ["Договор и закон дают одну и ту же цифру.", "Avtalet och lagen ger samma siffra.", "Contract and law give the same figure."]),
    ("r-contract-more-favourable", ["Договор допускает меньше удержаний, чем закон (п. 6.2: иных удержаний нет): действует цифра договора.", "Avtalet tillåter färre avdrag än lagen (p. 6.2: inga andra avdrag): avtalets siffra gäller.", "The contract allows fewer deductions than the law (6.2: no other deductions): the contract's figure stands."]),
    ("r-law-more-favourable", ["Договор удерживает больше, чем допускает закон (ст. 16, 32 ЗоЗПП): применяется цифра закона.", "Avtalet tar mer än lagen tillåter (ЗоЗПП 16, 32): lagens siffra gäller.", "The contract takes more than the law allows (ЗоЗПП 16, 32): the law's figure applies."]),
    ("r-breach-no-deductions", ["После нарушения исполнителя удержать можно только стоимость надлежаще оказанного (ст. 28, 29, 31 ЗоЗПП).", "Efter arrangörens avtalsbrott får bara det som utförts korrekt dras av (ЗоЗПП 28, 29, 31).", "After the provider's breach nothing may be deducted but what was properly rendered (ЗоЗПП 28, 29, 31)."]),
    ("r-removal-no-return-void", ["Условие о невозврате всей оплаты при исключении ничтожно (ст. 16, 32 ЗоЗПП); удержать можно лишь проведённые встречи и подтверждённые расходы.", "Ett villkor om att behålla hela betalningen vid uteslutning är ogiltigt (ЗоЗПП 16, 32); bara utförda träffar och styrkta kostnader får behållas.", "A term keeping the whole payment on removal is void (ЗоЗПП 16, 32); only rendered meetings and documented expenses may be kept."]),
    ("r-law-shorter-deadline", ["После нарушения действует 10-дневный срок закона (ст. 31 ЗоЗПП); более длинный срок договора не может ухудшать положение потребителя.", "Efter avtalsbrott gäller lagens 10 kalenderdagar (ЗоЗПП 31); en längre avtalad frist får inte försämra konsumentens ställning.", "After a breach the law's 10 calendar days (ЗоЗПП 31) govern; a longer contractual term cannot worsen the consumer's position."]),
    ("r-law-sets-no-term", ["Для отказа не из-за нарушения закон не даёт более короткого срока: действуют 10 рабочих дней договора.", "För avbokning utan avtalsbrott ger lagen ingen kortare frist: avtalets 10 arbetsdagar gäller.", "For a refusal not caused by a breach the law sets no shorter term: the contract's 10 working days stand."]),
    ("r-deemed-receipt-24h", ["По договору уведомление считается полученным через 24 часа после отправки; по закону по умолчанию — при фактической доставке.", "Enligt avtalet anses ett meddelande mottaget 24 timmar efter att det skickades; lagen räknar annars med faktisk leverans.", "The contract deems a notice received 24 hours after sending; by default the law counts actual delivery."]),
    // ── Figure, deadline, table, timeline and trace keys ───────────────────────────────────────
    ("agreed", ["Договор и закон совпадают", "Avtal och lag överens", "Contract and law agree"]),
    ("application", ["Заявка", "Anmälan", "Application"]),
    ("as-of", ["Дата расчёта", "Beräkningsdag", "Calculation date"]),
    ("basis", ["Основание", "Grund", "Basis"]),
    ("concluded-on", ["Дата заключения", "Avtalsdag", "Concluded on"]),
    ("consistent", ["Согласуется", "Stämmer", "Consistent"]),
    ("contract", ["По договору", "Enligt avtalet", "Under the contract"]),
    ("contract-end", ["Окончание договора", "Avtalets slut", "End of contract"]),
    ("count", ["Количество", "Antal", "Count"]),
    ("count-times-price-per-meeting", ["Встречи × цена встречи", "Träffar × pris per träff", "Meetings × price per meeting"]),
    ("cumulative-required", ["Нарастающим итогом к сроку", "Ackumulerat att betala", "Cumulative amount due"]),
    ("date", ["Дата", "Datum", "Date"]),
    ("day-61", ["61-й день", "Dag 61", "Day 61"]),
    ("days-before", ["Дней до начала", "Dagar före start", "Days before start"]),
    ("days-late", ["Дней просрочки", "Dagar för sent", "Days late"]),
    ("deductible-expenses", ["Удерживаемые расходы", "Avdragsgilla kostnader", "Deductible expenses"]),
    ("deductions", ["Удержания", "Avdrag", "Deductions"]),
    ("deductions-contract", ["Удержания по договору", "Avdrag enligt avtalet", "Deductions (contract)"]),
    ("deductions-law", ["Удержания по закону", "Avdrag enligt lag", "Deductions (law)"]),
    ("delay-starts", ["Начало просрочки", "Dröjsmålet börjar", "Delay starts"]),
    ("due", ["К оплате", "Förfaller", "Due"]),
    ("due-stated", ["Срок по графику", "Förfallodag enligt avtalet", "Due as stated"]),
    ("first-day-of-delay", ["Первый день просрочки", "Första dröjsmålsdagen", "First day of delay"]),
    ("force-majeure-day-61", ["61-й день форс-мажора", "Dag 61 av force majeure", "Day 61 of force majeure"]),
    ("force-majeure-from", ["Форс-мажор с", "Force majeure från", "Force majeure from"]),
    ("force-majeure-to", ["Форс-мажор по", "Force majeure till", "Force majeure until"]),
    ("force-majeure-starts", ["Начало форс-мажора", "Force majeure börjar", "Force majeure starts"]),
    ("force-majeure-termination-from", ["Право расторгнуть с", "Rätt att säga upp från", "Right to terminate from"]),
    ("group", ["Группа", "Grupp", "Group"]),
    ("hours-per-meeting", ["Часов на встречу", "Timmar per träff", "Hours per meeting"]),
    ("hours-scheduled", ["Часов по расписанию", "Schemalagda timmar", "Hours scheduled"]),
    ("hours-stated", ["Часов заявлено", "Angivna timmar", "Hours stated"]),
    ("inconsistencies", ["Противоречий", "Motsägelser", "Inconsistencies"]),
    ("inside-period", ["В пределах периода", "Inom perioden", "Inside period"]),
    ("instalment", ["Платёж по графику", "Delbetalning", "Instalment"]),
    ("instalment-due", ["Срок платежа по графику", "Delbetalning förfaller", "Instalment due"]),
    ("instalments", ["График платежей", "Betalningsplan", "Payment schedule"]),
    ("instalments-sum", ["Сумма платежей", "Summa delbetalningar", "Sum of instalments"]),
    ("label", ["Название", "Benämning", "Label"]),
    ("last-day-counted", ["Последний учтённый день", "Sista räknade dag", "Last day counted"]),
    ("late-penalty", ["Неустойка", "Vite", "Late penalty"]),
    ("law", ["По закону", "Enligt lag", "Under the law"]),
    ("listed", ["В списке", "Listade", "Listed"]),
    ("meeting", ["Встреча", "Träff", "Meeting"]),
    ("meeting-not-rendered", ["Встреча не проведена", "Träff ej genomförd", "Meeting not rendered"]),
    ("meeting-start-time", ["Время начала встречи", "Träffens starttid", "Meeting start time"]),
    ("meeting-value", ["Стоимость одной встречи", "Värde per träff", "Value per meeting"]),
    ("meeting-weekday", ["День недели встречи", "Träffens veckodag", "Meeting weekday"]),
    ("meetings", ["Встреч", "Träffar", "Meetings"]),
    ("meetings-listed", ["Дат встреч в списке", "Listade träffar", "Meetings listed"]),
    ("meetings-rendered", ["Проведено встреч", "Genomförda träffar", "Meetings rendered"]),
    ("meetings-stated", ["Встреч заявлено", "Angivna träffar", "Meetings stated"]),
    ("on-stated-weekday", ["В заявленный день недели", "På angiven veckodag", "On stated weekday"]),
    ("organisational-fee-cap", ["Предел оргсбора", "Tak för organisationsavgift", "Organisational fee cap"]),
    ("outstanding", ["Не оплачено", "Obetalt", "Outstanding"]),
    ("paid-by-due", ["Оплачено к сроку", "Betalt till förfallodagen", "Paid by due date"]),
    ("paid-total", ["Оплачено всего", "Totalt betalt", "Total paid"]),
    ("payment-amount", ["Сумма платежа", "Betalt belopp", "Payment amount"]),
    ("payment-date", ["Дата платежа", "Betalningsdag", "Payment date"]),
    ("payments", ["Платежи", "Betalningar", "Payments"]),
    ("penalty-uncapped", ["Неустойка без ограничения", "Vite utan tak", "Penalty before cap"]),
    ("period-from", ["Период с", "Period från", "Period from"]),
    ("period-to", ["Период по", "Period till", "Period to"]),
    ("personal-data-until", ["Персональные данные хранятся до", "Personuppgifter sparas till", "Personal data kept until"]),
    ("price", ["Цена", "Pris", "Price"]),
    ("price-per-meeting", ["Цена встречи", "Pris per träff", "Price per meeting"]),
    ("product", ["Встречи × цена встречи", "Träffar × pris per träff", "Meetings × price"]),
    ("rate-per-day", ["Ставка в день", "Sats per dag", "Rate per day"]),
    ("rate-table", ["Таблица ставок", "Räntetabell", "Rate table"]),
    ("rate-table-known-until", ["Таблица известна до", "Tabellen känd till", "Table known until"]),
    ("reading-no-return", ["Прочтение «без возврата»", "Tolkning ”ingen återbetalning”", "Reading: no refund"]),
    ("reading-unrendered", ["Прочтение «вернуть неоказанное»", "Tolkning ”ej utförd del”", "Reading: unrendered part"]),
    ("received-actual", ["Фактически получено", "Faktiskt mottaget", "Actually received"]),
    ("received-contract", ["Получено по правилу договора", "Mottaget enligt avtalets regel", "Received (contract rule)"]),
    ("recording-date", ["Дата записи", "Inspelningsdatum", "Recording date"]),
    ("recordings-until", ["Записи хранятся до", "Inspelningar sparas till", "Recordings kept until"]),
    ("refund-contract", ["Возврат по договору", "Återbetalning enligt avtalet", "Refund (contract)"]),
    ("refund-deadline-contract", ["Срок возврата по договору", "Återbetalningsfrist enligt avtalet", "Refund deadline (contract)"]),
    ("refund-deadline-law", ["Срок возврата по закону", "Återbetalningsfrist enligt lag", "Refund deadline (law)"]),
    ("refund-law", ["Возврат по закону", "Återbetalning enligt lag", "Refund (law)"]),
    ("refund-paid", ["Возврат выплачен", "Återbetalning gjord", "Refund paid"]),
    ("refund-reading-no-return", ["Возврат по п. 3.4, 6.7", "Återbetalning enligt p. 3.4, 6.7", "Refund under 3.4, 6.7"]),
    ("refund-reading-unrendered", ["Возврат по п. 3.7", "Återbetalning enligt p. 3.7", "Refund under 3.7"]),
    ("refusal-received", ["Отказ считается полученным (договор: +24 ч)", "Avbokningen anses mottagen (avtalet: +24 h)", "Refusal deemed received (contract: +24 h)"]),
    ("refusal-received-actual", ["Отказ получен (закон: момент доставки)", "Avbokningen mottagen (lag: när den levererades)", "Refusal received (law: when delivered)"]),
    ("refusal-send-deadline", ["Отправить отказ не позднее", "Skicka avbokningen senast", "Send the refusal by"]),
    ("refusal-sent", ["Отказ отправлен", "Avbokning skickad", "Refusal sent"]),
    ("refusal-window-end", ["Конец срока для раннего отказа", "Fristen för tidig avbokning slutar", "Early-refusal window ends"]),
    ("removed", ["Исключение", "Uteslutning", "Removal"]),
    ("removed-at", ["Момент исключения", "Tidpunkt för uteslutning", "Removed at"]),
    ("rendered-value", ["Стоимость оказанного", "Värde av utförda tjänster", "Value rendered"]),
    ("request-received", ["Обращение получено", "Begäran mottagen", "Request received"]),
    ("scheduled", ["По расписанию", "Enligt schemat", "Scheduled"]),
    ("sent", ["Отправлено", "Skickat", "Sent"]),
    ("service-start", ["Начало услуг", "Tjänsten börjar", "Service starts"]),
    ("state", ["Статус", "Status", "State"]),
    ("stated-weekday", ["Заявленный день недели", "Angiven veckodag", "Stated weekday"]),
    ("sum", ["Сумма", "Summa", "Sum"]),
    ("support-deadline", ["Срок ответа поддержки", "Svarsfrist för support", "Support reply deadline"]),
    ("support-request-received", ["Обращение в поддержку", "Supportärende mottaget", "Support request received"]),
    ("termination-received", ["Расторжение получено", "Uppsägningen mottagen", "Termination received"]),
    ("termination-right", ["Право расторгнуть", "Rätt att säga upp", "Right to terminate"]),
    ("timing", ["Момент отказа", "Avbokningens tidpunkt", "Timing of refusal"]),
    ("weekday", ["День недели", "Veckodag", "Weekday"]),
    ("years", ["Срок хранения", "Lagringstid", "Retention period"]),
    // ── Value codes and select options ─────────────────────────────────────────────────────────
    ("own-choice", ["По собственному желанию", "Eget val", "Own choice"]),
    ("provider-breach", ["Нарушение исполнителя", "Arrangörens avtalsbrott", "Provider's breach"]),
    ("removal", ["Исключение из группы", "Uteslutning ur gruppen", "Removal from the group"]),
    ("force-majeure", ["Форс-мажор", "Force majeure", "Force majeure"]),
    ("e-mail", ["Эл. почта", "E-post", "E-mail"]),
    ("personal-account", ["Личный кабинет", "Personligt konto", "Personal account"]),
    ("other", ["Другое", "Annat", "Other"]),
    ("bank-commission", ["Банковская комиссия", "Bankavgift", "Bank commission"]),
    ("organisational-fee", ["Организационный сбор", "Organisationsavgift", "Organisational fee"]),
    ("organising", ["Организация", "Organisering", "Organising"]),
    ("place-reservation", ["Бронирование места", "Platsbokning", "Place reservation"]),
    ("early", ["Не позднее чем за 10 дней до начала (п. 6.1)", "Senast 10 dagar före start (p. 6.1)", "At least 10 days before the start (6.1)"]),
    ("late", ["Позже, чем за 10 дней до начала (п. 6.1)", "Senare än 10 dagar före start (p. 6.1)", "Later than 10 days before the start (6.1)"]),
    ("after-start", ["После начала встреч", "Efter start", "After the start"]),
    ("paid-late", ["Оплачен с опозданием", "Betald för sent", "Paid late"]),
    // ── Form fields ────────────────────────────────────────────────────────────────────────────
    ("f-as_of", ["Дата расчёта (сегодня)", "Beräkningsdag (i dag)", "Date of the calculation (today)"]),
    ("f-payments", ["Платежи", "Betalningar", "Payments"]),
    ("f-documented", ["Подтверждён документами", "Styrkt med underlag", "Documented"]),
    ("f-refusal_sent", ["Когда отправлен отказ", "När avbokningen skickades", "When the refusal was sent"]),
    ("f-received_at", ["Фактически получен", "Faktiskt mottagen", "Actually received"]),
    ("f-expenses", ["Расходы, которые удерживает исполнитель", "Kostnader som arrangören drar av", "Expenses the provider deducts"]),
    ("f-meetings_not_rendered", ["Встречи, не прошедшие как договорено", "Träffar som inte hölls som avtalat", "Meetings not held as agreed"]),
    ("f-force_majeure_from", ["Форс-мажор с", "Force majeure från", "Force majeure from"]),
    ("f-force_majeure_to", ["Форс-мажор по", "Force majeure till", "Force majeure until"]),
    ("f-key_rates", ["Ключевая ставка (новые значения)", "Styrränta (nya värden)", "Key rate (newer values)"]),
    ("f-application_date", ["Дата заявки", "Anmälningsdag", "Application date"]),
    ("f-support_request_received", ["Обращение в поддержку получено", "Supportärende mottaget", "Support request received"]),
    ("f-contract_end", ["Окончание договора", "Avtalets slut", "End of contract"]),
    ("f-recording_date", ["Дата записи встречи", "Inspelningsdatum", "Recording date"]),
    ("f-refusal_received", ["Отказ получен исполнителем", "Avbokningen mottagen", "Refusal received"]),
    ("f-deadline", ["Последний день срока возврата", "Sista dag för återbetalning", "Last day of the refund term"]),
    ("f-paid_on", ["Дата выплаты", "Betalningsdag", "Paid on"]),
    ("f-first_payment_arrived_at", ["Когда поступил первый платёж (дата и время)", "När den första betalningen kom (datum och tid)", "When the first payment arrived (date and time)"]),
    ("h-first_payment_arrived_at", ["Нужно, если первый платёж пришёл в день первой встречи: оферта действует только до начала услуг (п. 1.3).", "Behövs om den första betalningen kom samma dag som första träffen: offerten gäller bara till tjänsternas början (p. 1.3).", "Needed if the first payment arrived on the day of the first meeting: the offer is open only until the start of services (1.3)."]),
    ("f-admitted_after_start", ["Исполнитель всё же допустил меня к занятиям", "Arrangören släppte ändå in mig på träffarna", "The provider admitted me anyway"]),
    ("f-losses", ["Убытки, которые вы будете требовать", "Skada som du kommer att kräva", "Losses you will claim"]),
    ("h-losses", ["Для штрафа потребителю (п. 6 ст. 13 ЗоЗПП) — только если их присудит суд; к возврату не прибавляются.", "För konsumentböterna (ЗоЗПП 13 p. 6) — bara om domstol dömer ut dem; läggs inte till återbetalningen.", "For the consumer fine (ЗоЗПП 13(6)) — only if a court awards them; never added to the refund."]),
    ("f-moral_damages", ["Моральный вред, который вы будете требовать", "Ideellt skadestånd som du kommer att kräva", "Moral damages you will claim"]),
    ("f-demand_met_before_claim", ["Исполнитель всё выплатил до подачи иска", "Arrangören betalade allt innan talan väcktes", "The provider paid everything before a claim was filed"]),
    ("f-debt_acknowledged_on", ["Исполнитель признал долг (дата)", "Arrangören erkände skulden (datum)", "The provider acknowledged the debt on"]),
    ("h-debt_acknowledged_on", ["Например, письменно признал или частично вернул: срок исковой давности начинается заново (ст. 203 ГК РФ).", "T.ex. erkände skriftligt eller betalade en del: preskriptionstiden börjar om (ГК 203).", "E.g. acknowledged in writing or paid part: limitation starts afresh (ГК 203)."]),
    ("f-limitation_suspended_days", ["Дней приостановления давности", "Dagar då preskriptionen var vilande", "Days limitation was suspended"]),
    ("h-limitation_suspended_days", ["Например, дни досудебной процедуры (ст. 202 ГК РФ) или дни, пока шёл иск (ст. 204 ГК РФ).", "T.ex. dagar med ett förfarande före rättegång (ГК 202) eller medan en talan pågick (ГК 204).", "E.g. days of a pre-trial procedure (ГК 202) or while a claim was pending (ГК 204)."]),
    ("f-force_majeure_notice_given", ["О форс-мажоре уведомили", "Force majeure meddelades", "Notice of the force majeure given"]),
    ("f-refund_prevented_by_force_majeure", ["Форс-мажор помешал именно возврату денег", "Force majeure hindrade just återbetalningen", "The force majeure prevented the refund itself"]),
    ("h-refund_prevented_by_force_majeure", ["Нехватка денег форс-мажором не является (п. 3 ст. 401 ГК РФ).", "Brist på pengar är aldrig force majeure (ГК 401 p. 3).", "Lack of money is never force majeure (ГК 401 п. 3)."]),
    ("f-paid_for_group", ["Сколько вы заплатили за группу", "Hur mycket du betalade för gruppen", "What you paid for the group"]),
    ("h-paid_for_group", ["Для отметки о п. 7.6 (ограничение ответственности суммой оплаты); пусто — цена группы.", "För flaggan om p. 7.6 (ansvar begränsat till det betalda); tomt = gruppens pris.", "For the 7.6 flag (liability capped at the amount paid); empty = the group's price."]),
    ("f-request_sent", ["Запрос о данных отправлен", "Begäran om uppgifter skickad", "Data request sent"]),
    ("h-request_sent", ["Запрос о своих персональных данных (п. 8.9, 8.10): сведения, уточнение, блокирование, уничтожение.", "En begäran om dina personuppgifter (p. 8.9, 8.10): information, rättelse, spärr, förstöring.", "A request about your personal data (8.9, 8.10): information, correction, blocking, destruction."]),
    ("f-request_received", ["Запрос получен исполнителем", "Begäran mottagen av arrangören", "Request received by the provider"]),
    ("h-request_received", ["Пусто — письмо считается полученным в день отправки; правило 24 часов (п. 10.3) срок закона не удлиняет.", "Tomt = mejlet anses mottaget samma dag; 24-timmarsregeln (p. 10.3) förlänger inte lagens frist.", "Empty = the e-mail counts as received the day it was sent; the 24-hour rule (10.3) does not lengthen the statutory term."]),
    ("f-extension_notice_sent", ["Исполнитель прислал мотивированное продление (дата)", "Arrangören skickade en motiverad förlängning (datum)", "The provider sent a reasoned extension on"]),
    ("f-inaccuracy_proof_received", ["Подтверждение неточности данных получено", "Bevis på felaktiga uppgifter mottaget", "Proof of inaccurate data received"]),
    ("f-unlawful_proof_received", ["Подтверждение незаконного получения данных получено", "Bevis på olagligt inhämtade uppgifter mottaget", "Proof of unlawfully obtained data received"]),
    ("f-stop_processing_received", ["Требование прекратить обработку получено", "Krav att upphöra med behandlingen mottaget", "Demand to stop processing received"]),
    ("f-consent_withdrawal_sent", ["Отзыв согласия отправлен", "Återkallelse av samtycket skickad", "Withdrawal of consent sent"]),
    ("f-consent_withdrawal_received", ["Отзыв согласия получен исполнителем", "Återkallelsen mottagen av arrangören", "Withdrawal received by the provider"]),
    ("f-legal_basis_remains", ["Договор ещё действует или закон требует хранить часть данных", "Avtalet löper fortfarande eller lagen kräver att vissa uppgifter sparas", "The contract still runs, or the law requires keeping some data"]),
    // ── Field hints ────────────────────────────────────────────────────────────────────────────
    ("h-as_of", ["Обычно сегодня; измените, чтобы посчитать на другую дату.", "Normalt i dag; ändra för att räkna per ett annat datum.", "Usually today; change it to calculate as of another day."]),
    ("h-refusal_sent", ["Московское время, когда вы отправили письмо или сообщение.", "Moskvatid då du skickade mejlet eller meddelandet.", "Moscow time when you sent the e-mail or message."]),
    ("h-received_at", ["Нужно для канала «Другое»; для e-mail — если знаете момент доставки. Время московское.", "Krävs för kanalen ”Annat”; för e-post om du vet när det levererades. Moskvatid.", "Needed for “Other”; for e-mail only if you know when it was delivered. Moscow time."]),
    ("h-expenses", ["Только то, что исполнитель подтверждает документами.", "Bara det som arrangören styrker med underlag.", "Only what the provider documents."]),
    ("h-key_rates", ["Только для дат после «известна до» таблицы.", "Bara för dagar efter tabellens ”känd till”.", "Only for dates after the table's known-until."]),
];

/// The Swedish terms' pages only.
#[cfg(feature = "se")]
pub static SE_TEXTS: &[Entry] = &[
    ("g-due_date", ["Срок оплаты счёта", "Förfallodag för en faktura", "Due date of an invoice"]),
    ("g-terms_change", ["Изменение условий", "Ändrade avtalsvillkor", "Change of terms"]),
    ("g-fixed_term", ["Окончание срочного договора", "Slutet av ett tidsbestämt avtal", "End of a fixed-term contract"]),
    ("g-disconnection", ["Отключение за неоплату", "Avstängning för obetald skuld", "Disconnection for non-payment"]),
    ("g-security", ["Обеспечение (залог)", "Säkerhet", "Security deposit"]),
    ("hl-reconciliation-after-final-invoice", ["Этот счёт выставлен после окончательного счёта: платить по нему не нужно.", "Fakturan kom efter slutfakturan: den behöver inte betalas.", "This invoice came after the final invoice: nothing on it is payable."]),
    ("barred-after-final-invoice", ["Не подлежит оплате (после окончательного счёта)", "Ej betalningsskyldig (efter slutfaktura)", "Not payable (after the final invoice)"]),
    ("instalment-count-basis", ["Основа числа платежей", "Grund för antal delbetalningar", "Basis of the instalment count"]),
    ("payable-after-dispute", ["К оплате после разрешения спора", "Betalas när tvisten är avgjord", "Payable once the dispute is settled"]),
    ("n-invoicing-gap", ["Между счетами есть пропуск: похоже, согласованное выставление счетов не велось.", "Det finns ett glapp mellan fakturorna: avtalad fakturering verkar ha uteblivit.", "There is a gap between the invoices: agreed invoicing appears to have been omitted."]),
    ("n-twelve-months-uninvoiced-only", ["Правило 12 месяцев применено только к периодам, за которые счета не выставлялись вовсе.", "Tolvmånadersregeln tillämpas bara på perioder som inte fakturerats alls.", "The 12-month rule is applied only to periods that were not invoiced at all."]),
    ("even-per-day", ["Поровну по дням", "Jämnt per dag", "Even per day"]),
    ("preliminarily-invoiced-difference", ["Разница по предварительным счетам", "Skillnad för preliminärt fakturerat", "Difference on preliminary invoices"]),
    ("payment-late", ["Оплата просрочена", "Betalningen är sen", "Payment late"]),
    ("fault-months", ["Месяцев нарушения", "Månader med fel", "Months of the fault"]),
    ("instalment-count-capped", ["Число платежей ограничено", "Antal delbetalningar begränsat", "Instalment count capped"]),
    // ── Headlines ──────────────────────────────────────────────────────────────────────────────
    ("hl-withdrawal-last-day", ["Отказаться от договора можно, отправив уведомление не позднее {last-day} (24:00 по Стокгольму).", "Du kan ångra avtalet genom att skicka ett meddelande senast {last-day} (kl. 24:00 svensk tid).", "You can withdraw by sending a notice no later than {last-day} (24:00 Stockholm time)."]),
    ("hl-withdrawal-in-time", ["Уведомление отправлено {notice-sent} — вовремя (последний день {last-day}): вы отказались от договора.", "Meddelandet skickades {notice-sent}, i tid (sista dag {last-day}): du har frånträtt avtalet.", "The notice sent {notice-sent} was in time (last day {last-day}): the contract is withdrawn."]),
    ("hl-withdrawal-too-late", ["Уведомление отправлено {notice-sent} — после конца срока отказа ({last-day}): это не отказ, но оно может действовать как расторжение (п. 6.1 условий).", "Meddelandet skickades {notice-sent}, efter att ångerfristen gick ut ({last-day}): det är ingen ånger men kan gälla som uppsägning (villkor 6.1).", "The notice sent {notice-sent} came after the withdrawal period ended ({last-day}): no withdrawal, but it can serve as a termination (terms 6.1)."]),
    ("hl-no-withdrawal-right", ["Договор, заключённый в помещении продавца, не даёт права на отказ; расторгнуть его можно (п. 6.1 условий).", "Ett avtal som ingåtts i leverantörens affärslokal ger ingen ångerrätt; du kan ändå säga upp det (villkor 6.1).", "A contract made on the supplier's premises has no right of withdrawal; you can still terminate it (terms 6.1)."]),
    ("hl-telesale-invalid", ["После звонка не было письменного согласия: действительного договора нет, платить не нужно.", "Ingen skriftlig accept efter samtalet: det finns inget giltigt avtal och inget att betala.", "No written acceptance after the call: there is no valid contract and nothing to pay."]),
    ("hl-reconciliation-payable", ["После сверки вы должны доплатить {payable}.", "Efter avstämningen ska du betala {payable}.", "After reconciliation you owe {payable}."]),
    ("hl-reconciliation-refund", ["После сверки поставщик должен вернуть вам {refund-due}.", "Efter avstämningen ska leverantören betala tillbaka {refund-due} till dig.", "After reconciliation the supplier owes you {refund-due}."]),
    ("hl-reconciliation-even", ["После сверки никто никому не должен.", "Efter avstämningen är ingen skyldig något.", "After reconciliation nothing is owed either way."]),
    ("hl-deadlines-computed", ["Сроки по заполненным вопросам рассчитаны ниже.", "Fristerna för dina frågor är beräknade nedan.", "The deadlines for your questions are computed below."]),
    ("hl-nothing-asked", ["Заполните хотя бы один вопрос: срок оплаты, расторжение, изменение условий, отключение …", "Fyll i minst en fråga: förfallodag, uppsägning, villkorsändring, avstängning …", "Fill in a question: due date, termination, change of terms, disconnection …"]),
    ("hl-disconnection-blocked", ["Отключать электроснабжение нельзя: есть препятствие (см. ниже).", "Elen får inte stängas av: ett hinder gäller (se nedan).", "Supply may not be disconnected: a blocking condition applies (see below)."]),
    ("hl-no-late-interest", ["Оплата не просрочена: процентов нет.", "Betalningen var inte försenad: ingen dröjsmålsränta.", "The payment was not late: no late interest."]),
    // ── Warnings and assumptions ───────────────────────────────────────────────────────────────
    ("n-swedish-roll-rule-governs", ["{deadline}: шведское правило переносит срок и с кануна Мидсоммара, Сочельника и кануна Нового года; по одному Регламенту 1182/71 вышло бы {reg-1182-71-date}. Применено шведское правило.", "{deadline}: den svenska regeln hoppar även över midsommarafton, julafton och nyårsafton; enbart förordning 1182/71 skulle ge {reg-1182-71-date}. Den svenska regeln tillämpas.", "{deadline}: the Swedish rule also passes over Midsummer Eve, Christmas Eve and New Year's Eve; Reg. 1182/71 alone would give {reg-1182-71-date}. The Swedish rule is applied."]),
    ("n-telesale-concluded-on-acceptance", ["Продажа по телефону принята письменно: дата договора — день письменного согласия.", "Telefonförsäljningen accepterades skriftligt: avtalsdagen är dagen för den skriftliga accepten.", "The phone sale was accepted in writing: the contract date is the day of that acceptance."]),
    ("n-refund-notice-received-when-sent", ["Дата получения не введена: уведомление по e-mail считается полученным поставщиком в день отправки, и 14 дней на возврат считаются от него.", "Inget mottagningsdatum angavs: det mejlade meddelandet anses ha kommit fram till leverantören samma dag det skickades, och de 14 dagarna för återbetalning räknas därifrån.", "No receipt date was entered: the e-mailed notice is taken as received by the supplier the day it was sent, and the 14 refund days count from then."]),
    ("n-withdrawal-cap-reading-decides", ["Уведомление от {notice-sent} своевременно только потому, что 12 месяцев считаются от окончания первоначальных 14 дней после его переноса (последний день {last-day}); от неперенесённого 14-го дня они закончились бы {unrolled-reading-last-day}.", "Meddelandet den {notice-sent} är i tid bara därför att de 12 månaderna räknas från slutet på de första 14 dagarna efter förskjutningen (sista dag {last-day}); räknat från den oförskjutna 14:e dagen hade de slutat {unrolled-reading-last-day}.", "The notice of {notice-sent} is in time only because the 12 months count from the end of the initial 14 days after its roll-forward (last day {last-day}); counted from the unrolled 14th day they would have ended on {unrolled-reading-last-day}."]),
    ("withdrawal-last-day-unrolled-reading", ["Последний день отказа по прежнему толкованию (от неперенесённого 14-го дня)", "Sista ångerdag enligt den ersatta tolkningen (från oförskjuten 14:e dag)", "Last withdrawal day, replaced reading (from the unrolled 14th day)"]),
    ("unrolled-reading-last-day", ["Последний день по прежнему толкованию", "Sista dag enligt den ersatta tolkningen", "Last day, replaced reading"]),
    ("initial-period-end", ["Конец первоначальных 14 дней (после переноса)", "Slutet på de första 14 dagarna (efter förskjutning)", "End of the initial 14 days (after roll-forward)"]),
    ("notice-received", ["Уведомление получено поставщиком", "Meddelandet mottaget av leverantören", "Notice received by the supplier"]),
    ("f-notice_medium", ["Как отправлено уведомление", "Hur meddelandet skickades", "How the notice was sent"]),
    ("h-notice_medium", ["Для письма нужна дата получения.", "För ett brev krävs mottagningsdagen.", "A letter needs its receipt date."]),
    ("electronic", ["Эл. почта / веб-форма", "E-post / webbformulär", "E-mail / web form"]),
    ("letter", ["Письмо", "Brev", "Letter"]),
    ("f-notice_received", ["Поставщик получил уведомление", "Leverantören fick meddelandet", "Supplier received the notice"]),
    ("h-notice_received", ["14 дней на возврат считаются от этого дня.", "De 14 dagarna för återbetalning räknas från denna dag.", "The 14 refund days count from this day."]),
    ("n-split-even-per-day", ["Если смену цены не делит показание счётчика, потребление делится поровну по дням (профиль не задан).", "Om ingen avläsning delar en prisändring fördelas förbrukningen jämnt per dag (ingen profil angiven).", "Where no reading splits a price change, consumption is split evenly per day (no profile given)."]),
    ("n-split-by-profile", ["Если смену цены не делит показание счётчика, потребление делится по заданному месячному профилю.", "Om ingen avläsning delar en prisändring fördelas förbrukningen enligt den angivna månadsprofilen.", "Where no reading splits a price change, consumption is split by the monthly profile given."]),
    ("n-price-change-from-reading", ["Смена цены {price-change-date} применена с показания счётчика от {split-reading-date}, снятого через {days-from-change} после неё, в разумный срок п. 6.3 условий.", "Prisändringen {price-change-date} tillämpas från mätaravläsningen {split-reading-date}, insamlad {days-from-change} efter ändringen, inom skälig tid enligt villkor 6.3.", "The price change of {price-change-date} applies from the meter reading of {split-reading-date}, collected {days-from-change} after it, within the reasonable time of terms 6.3."]),
    ("n-reasonable-time-days", ["«Разумный срок» после смены цены (п. 6.3 условий) принят равным {reasonable-days} после смены, включая последний день; условия его не определяют.", "”Skälig tid” efter en prisändring (villkor 6.3) har satts till {reasonable-days} efter ändringen, sista dagen medräknad; villkoren definierar den inte.", "“Reasonable time” after a price change (terms 6.3) is taken as {reasonable-days} after the change, the last day included; the terms do not define it."]),
    ("n-reading-split-changes-amount", ["С новой ценой от показания счётчика итог по факту {final-total}; при оценочном делении в день смены было бы {final-total-estimated-split}.", "Med det nya priset från mätaravläsningen blir det slutliga beloppet {final-total}; en uppskattad delning på ändringsdagen skulle ge {final-total-estimated-split}.", "With the new price from the meter reading the final total is {final-total}; an estimated split at the change date would give {final-total-estimated-split}."]),
    ("n-even-split-not-3-3-method", ["Потребление между показаниями разделено через смену цены поровну по дням. Это лишь запасной способ, а не метод п. 3.3 условий (обычный профиль потребления категории клиента); при сезонной смене цены он может отнести кВт·ч не к той цене. Введите месячный профиль категории или показание рядом со сменой цены.", "Förbrukningen mellan två avläsningar har delats över en prisändring jämnt per dag. Det är bara en reservmetod, inte metoden i villkor 3.3 (kundkategorins normala förbrukningsmönster), och vid en säsongsberoende prisändring kan kWh hamna under fel pris: ange kategorins månadsprofil eller en avläsning nära ändringen.", "Consumption between two readings was shared across a price change evenly per day. That is only a fallback, not the method of terms 3.3 (the customer category's normal consumption pattern), and across a seasonal price change it can put kWh under the wrong price: enter the category's monthly profile, or a reading near the change."]),
    ("final-total-estimated-split", ["Итого по факту при оценочном делении в день смены цены", "Slutligt totalt vid uppskattad delning på ändringsdagen", "Final total, estimated split at the change date"]),
    ("net-difference-estimated-split", ["Разница при оценочном делении в день смены цены", "Nettoskillnad vid uppskattad delning på ändringsdagen", "Net difference, estimated split at the change date"]),
    ("price-change-date", ["День смены цены", "Dag för prisändring", "Price-change date"]),
    ("reasonable-days", ["Разумный срок, дней", "Skälig tid, dagar", "Reasonable time, days"]),
    ("window-last-day", ["Последний день разумного срока", "Sista dag inom skälig tid", "Last day of the reasonable time"]),
    ("split-reading-date", ["Показание, с которого действует новая цена", "Avläsning som det nya priset gäller från", "Reading the new price applies from"]),
    ("preskription-live-from", ["Первый день потребления, требование за который не погашено давностью", "Första förbrukningsdag vars fordran inte är preskriberad", "First consumption day whose claim is not time-barred"]),
    ("barred-preskription", ["Погашено давностью (3 года)", "Preskriberat (3 år)", "Time-barred (3 years)"]),
    ("n-preskription-invoice-interrupts-own-amount", ["Предварительный счёт прерывал давность только для суммы, которую он требовал, а не для разницы, доначисленной позже; для доначисленной суммы учитываются только введённые перерывы.", "En preliminär faktura avbröt preskriptionen bara för det belopp den krävde, inte för en skillnad som efterfaktureras senare; för det efterfakturerade beloppet räknas bara de avbrott som angetts.", "A preliminary invoice interrupted the limitation period only for the amount it claimed, not for a difference back-billed later; only the interruptions entered count for the back-billed amount."]),
    ("interruption", ["Перерыв давности", "Preskriptionsavbrott", "Interruption of limitation"]),
    ("interruption-kind", ["Чем прервана давность", "Typ av avbrott", "Kind of interruption"]),
    ("acknowledgment", ["Признание долга потребителем (оплата, обещание)", "Konsumenten erkände skulden (betalning, löfte)", "Consumer acknowledged the debt (payment, promise)"]),
    ("demand", ["Письменное требование или напоминание дошло до потребителя", "Skriftligt krav eller påminnelse nådde konsumenten", "Written demand or reminder reached the consumer"]),
    ("legal-action", ["Иск или заявление о betalningsföreläggande", "Talan eller ansökan om betalningsföreläggande", "Legal action or betalningsföreläggande"]),
    ("f-interruptions", ["Перерывы давности по доначисленной сумме", "Preskriptionsavbrott för det efterfakturerade beloppet", "Interruptions of limitation for the back-billed amount"]),
    ("h-interruptions", ["Только то, что касается доначисленной разницы: признание, письменное требование, иск. Без них требование за потребление старше 3 лет погашено.", "Bara sådant som gäller den efterfakturerade skillnaden: erkännande, skriftligt krav, talan. Utan dem är fordran för förbrukning äldre än 3 år preskriberad.", "Only what concerns the back-billed difference: acknowledgment, written demand, legal action. Without them the claim for consumption older than 3 years is barred."]),
    ("f-ground", ["Чем прервана", "Grund för avbrottet", "Ground"]),
    ("no-reading-in-window", ["Нет показания в разумный срок", "Ingen avläsning inom skälig tid", "No reading within the reasonable time"]),
    ("days-from-change", ["Дней после смены цены", "Dagar efter prisändringen", "Days after the change"]),
    ("f-reasonable_days", ["Разумный срок для показания после смены цены, дней", "Skälig tid för avläsning efter prisändring, dagar", "Reasonable time for a reading after a price change, days"]),
    ("h-reasonable_days", ["Условия его не определяют; по умолчанию 14 дней (включая 14-й).", "Villkoren anger den inte; standard 14 dagar (den 14:e medräknad).", "The terms do not define it; default 14 days (the 14th included)."]),
    ("n-reading-at-start-of-day", ["Показание счётчика с датой D — это показание на начало (00:00) дня D.", "En mätarställning daterad D avser mätaren vid dygnets början (00:00) dag D.", "A meter reading dated D is taken as the register at the start (00:00) of day D."]),
    ("n-prices-as-given", ["Цены, абонентская плата и НДС взяты ровно как введены; плата за неполный месяц делится по дням.", "Priser, fasta avgifter och moms används exakt som angivna; månadsavgiften delas per dag för del av månad.", "Prices, monthly fees and VAT are used exactly as entered; a monthly fee is shared by days for part months."]),
    ("n-rounded-per-segment", ["Каждая часть (ценовой период внутри периода счёта) округляется до эре; итоги — суммы округлённых частей.", "Varje del (en prisperiod inom en fakturaperiod) avrundas till hela ören; summorna är summor av avrundade delar.", "Each segment (one price period within one invoice period) is rounded to the öre; totals are sums of rounded segments."]),
    ("n-preliminary-shared-by-days", ["Счёт, охватывающий смену цены, делится между ценовыми периодами по дням.", "En faktura som spänner över en prisändring delas mellan prisperioderna efter antal dagar.", "An invoice spanning a price change is shared between the price periods by days."]),
    ("n-termination-end-not-rolled", ["Дата окончания договора не переносится с нерабочего дня: это не последний день для действия.", "Avtalets slutdag flyttas inte från en dag som inte är arbetsdag: det är ingen sista dag för en handling.", "The contract's end date is not moved off a rest day: it is not a last day for an act."]),
    ("n-backward-period-not-rolled", ["Последний день, отсчитанный назад от более поздней даты, не переносится на рабочий день: это сократило бы срок.", "En sista dag som räknas bakåt från ett senare datum flyttas aldrig till en arbetsdag: det skulle förkorta fristen.", "A last day counted backwards from a later date is never moved to a working day: that would shorten the notice."]),
    ("n-disconnection-after-payment-deadline", ["Оплатить можно до 24:00 последнего дня трёх недель, поэтому отключить могут не раньше следующего дня.", "Du kan betala till kl. 24:00 den sista dagen av de tre veckorna, så avstängning får ske tidigast dagen efter.", "You may pay until 24:00 of the last day of the three weeks, so disconnection can come at the earliest the next day."]),
    ("n-security-assumes-timely-payment", ["Дата возврата обеспечения предполагает, что все платежи за шесть месяцев внесены вовремя.", "Återlämningsdagen förutsätter att varje betalning under de sex månaderna görs i tid.", "The return date assumes every payment in the six months is made on time."]),
    ("n-switch-one-point-one-occasion", ["Где не указано, принята одна точка учёта и один случай.", "En uttagspunkt och ett tillfälle har antagits där inget angavs.", "One metering point and one occasion were assumed where not given."]),
    ("n-interest-from-day-after-due", ["Проценты считаются со дня после срока платежа: оплата в сам срок — вовремя.", "Räntan räknas från dagen efter förfallodagen: betalning på förfallodagen är i tid.", "Interest is counted from the day after the due date: paying on the due date is on time."]),
    ("n-interest-from-due-date", ["Проценты считаются с самого дня срока платежа, как выбрано.", "Räntan räknas från själva förfallodagen, enligt ditt val.", "Interest is counted from the due date itself, as chosen."]),
    ("n-interest-until-inclusive", ["Последний день ({until}) включается в расчёт процентов.", "Den sista dagen ({until}) räknas som en räntedag.", "The last day ({until}) is counted as a day of interest."]),
    ("n-pay-inputs-missing", ["Введите поставленные кВт·ч и цену за кВт·ч (или цену за период), чтобы рассчитать плату за поставленную электроэнергию.", "Ange levererade kWh och pris per kWh (eller periodpriset) för att räkna ut vad du ska betala för levererad el.", "Enter the kWh supplied and the price per kWh (or the period price) to compute what is owed for the electricity supplied."]),
    ("n-profile-zero-interval", ["Профиль не даёт веса одному из интервалов между показаниями: его потребление распределено поровну по дням.", "Profilen ger ingen vikt åt något avläsningsintervall: dess förbrukning fördelades jämnt per dag.", "The profile gives no weight to some reading interval: its consumption was spread evenly per day."]),
    ("n-final-invoice-late", ["Итоговый счёт выставлен позже срока для окончательного счёта ({deadline}).", "Avstämningsfakturan kommer efter sista dag för slutfaktura ({deadline}).", "The reconciliation invoice comes after the final-invoice deadline ({deadline})."]),
    ("n-invoiced-after-final-invoice", ["Окончательный счёт уже выставлен ({final-invoice-sent}): после него новых счетов быть не должно.", "En slutfaktura har redan skickats ({final-invoice-sent}): ingen ytterligare faktura får följa.", "A final invoice was already sent ({final-invoice-sent}): no further invoice may follow it."]),
    ("n-due-date-too-early", ["Указанный срок платежа {stated} наступает меньше чем через 20 дней после отправки счёта; самый ранний законный срок — {earliest}.", "Den angivna förfallodagen {stated} ligger mindre än 20 dagar efter att fakturan skickades; tidigaste tillåtna förfallodag är {earliest}.", "The stated due date {stated} is less than 20 days after the invoice was sent; the earliest lawful due date is {earliest}."]),
    ("n-due-date-before-28th", ["Указанный срок платежа {stated} раньше 28-го числа: допустимо, но против основного правила п. 4.1 условий.", "Den angivna förfallodagen {stated} ligger före den 28:e: tillåtet, men mot huvudregeln i villkor 4.1.", "The stated due date {stated} is before the 28th: allowed, but against the main rule of terms 4.1."]),
    ("n-terms-change-too-early", ["Новые условия заявлены с {stated} — раньше двух месяцев после уведомления: они могут действовать не ранее {earliest}.", "De nya villkoren sägs gälla från {stated}, tidigare än två månader efter meddelandet: de kan gälla tidigast {earliest}.", "The new terms are said to apply from {stated}, earlier than two months after the notice: they cannot apply before {earliest}."]),
    ("n-fixed-term-information-outside-window", ["Уведомление об окончании срока пришло {received} — вне окна 90–60 дней до окончания.", "Beskedet om avtalstidens slut kom {received}, utanför fönstret 90–60 dagar före slutet.", "The notice about the end arrived on {received}, outside the window of 90 to 60 days before the end."]),
    ("n-security-above-cap", ["Запрошенное обеспечение ({requested}) больше оценки расходов за четыре месяца ({cap}).", "Den begärda säkerheten ({requested}) överstiger fyra månaders beräknade kostnader ({cap}).", "The security asked for ({requested}) exceeds four months of estimated charges ({cap})."]),
    ("n-early-exit-claim-above-cap", ["Поставщик требует {claimed} — больше предела {cap}.", "Leverantören kräver {claimed}, mer än taket {cap}.", "The supplier claims {claimed}, more than the cap of {cap}."]),
    ("n-early-exit-cap-inputs-missing", ["Введите убыток, который показывает поставщик, или формулу договора, чтобы увидеть предел: он никогда не оценивается.", "Ange den förlust leverantören visar, eller avtalets formel, för att se taket: det uppskattas aldrig.", "Enter the loss the supplier shows, or the contract's formula, to see the cap: it is never estimated."]),
    ("n-user-rate-not-half-year", ["Введённая ставка начинается {from}: референтная ставка меняется только 1 января и 1 июля.", "En angiven räntesats börjar {from}: referensräntan ändras bara 1 januari och 1 juli.", "A rate you entered starts on {from}: the reference rate changes only on 1 January and 1 July."]),
    // ── Figure, deadline, table, timeline and trace keys ───────────────────────────────────────
    ("adjusted", ["После корректировок", "Efter justering", "After adjustments"]),
    ("amount-owed", ["К оплате за поставленное", "Att betala för levererad el", "Owed for supply"]),
    ("amount-with-interest", ["Сумма с процентами", "Belopp med ränta", "Amount with interest"]),
    ("barred-12-months", ["Не взыскивается (старше 12 мес.)", "Får ej debiteras (över 12 mån.)", "Barred (over 12 months)"]),
    ("blocked-by", ["Препятствие", "Hinder", "Blocked by"]),
    ("cap-last-day", ["Предельный последний день", "Yttersta sista dag", "Outer last day"]),
    ("claim-within-cap", ["Требование в пределах лимита", "Kravet inom taket", "Claim within cap"]),
    ("collection-allowed", ["Взыскание допустимо", "Indrivning tillåten", "Collection allowed"]),
    ("compensation", ["Компенсация", "Ersättning", "Compensation"]),
    ("compensation-cap", ["Предел компенсации", "Tak för ersättning", "Compensation cap"]),
    ("complaint-answer-deadline", ["Срок ответа на жалобу", "Sista dag för svar på klagomål", "Complaint answer deadline"]),
    ("complaint-made", ["Жалоба подана", "Klagomål framfört", "Complaint made"]),
    ("consumer-notice-period-max", ["Макс. срок уведомления потребителя", "Konsumentens längsta uppsägningstid", "Consumer's max notice period"]),
    ("consumer-termination-last-day", ["Последний день для расторжения", "Sista dag att säga upp", "Last day to terminate"]),
    ("contract-ends-at-latest", ["Договор прекращается не позднее", "Avtalet upphör senast", "Contract ends at the latest"]),
    ("contract-valid", ["Договор действителен", "Giltigt avtal", "Valid contract"]),
    ("count-basis", ["Основа числа платежей", "Grund för antal delbetalningar", "Instalment count basis"]),
    ("count-from", ["Проценты считаются с", "Ränta räknas från", "Interest counted from"]),
    ("cutoff", ["Граница 12 месяцев", "Brytdag 12 månader", "12-month cut-off"]),
    ("cutoff-12-months", ["Граница 12 месяцев", "Brytdag 12 månader", "12-month cut-off"]),
    ("day-of-month", ["Число месяца", "Dag i månaden", "Day of month"]),
    ("difference", ["Разница", "Skillnad", "Difference"]),
    ("disconnection-allowed", ["Отключение допустимо", "Avstängning tillåten", "Disconnection allowed"]),
    ("disconnection-payment-deadline", ["Оплатить до отключения не позднее", "Sista betalningsdag före avstängning", "Pay-by day before disconnection"]),
    ("dispute-pending", ["Спор не разрешён", "Tvist pågår", "Dispute pending"]),
    ("disputed", ["Оспорено", "Bestritt", "Disputed"]),
    ("disputed-amount", ["Оспариваемая сумма", "Omtvistat belopp", "Disputed amount"]),
    ("due-date-earliest-lawful", ["Самый ранний законный срок платежа", "Tidigaste tillåtna förfallodag", "Earliest lawful due date"]),
    ("due-date-recommended", ["Срок платежа по основному правилу", "Förfallodag enligt huvudregeln", "Due date (main rule)"]),
    ("earliest", ["Не ранее", "Tidigast", "Earliest"]),
    ("earliest-disconnection", ["Отключение не ранее", "Tidigaste avstängning", "Earliest disconnection"]),
    ("earliest-lawful-due-date", ["Самый ранний срок (до переноса)", "Tidigaste förfallodag (före förskjutning till vardag)", "Earliest due date (before roll)"]),
    ("earliest-new-terms", ["Новые условия не ранее", "Nya villkor tidigast", "New terms at the earliest"]),
    ("eight-months-after", ["8 мес. после счёта по показаниям", "8 mån. efter senaste mätta faktura", "8 months after metered invoice"]),
    ("energy-part", ["За электроэнергию", "Energidel", "Energy part"]),
    ("estimate-limit-date", ["Граница 8 месяцев", "Gräns för uppskattning (8 mån.)", "Estimate limit (8 months)"]),
    ("estimated-monthly-charges", ["Оценка расходов за месяц", "Beräknad månadskostnad", "Estimated monthly charges"]),
    ("exit-date", ["Дата досрочного выхода", "Dag för förtida upphörande", "Exit date"]),
    ("express-request", ["Просьба начать поставку сразу", "Uttrycklig begäran om leverans", "Express request for supply"]),
    ("final", ["Окончательно", "Slutligt", "Final"]),
    ("final-invoice-deadline", ["Срок окончательного счёта", "Sista dag för slutfaktura", "Final invoice deadline"]),
    ("final-invoice-sent", ["Окончательный счёт отправлен", "Slutfaktura skickad", "Final invoice sent"]),
    ("final-total", ["Итого по факту", "Slutligt totalt", "Final total"]),
    ("first-day", ["Первый день", "Första dagen", "First day"]),
    ("first-reading", ["Первое показание", "Första mätarställning", "First reading"]),
    ("first-reading-date", ["Дата первого показания", "Datum för första avläsning", "First reading date"]),
    ("formula-amount", ["Сумма по формуле договора", "Belopp enligt avtalets formel", "Amount by contract formula"]),
    ("formula-per-month", ["Формула: за месяц", "Formel per månad", "Formula per month"]),
    ("good-faith-relief", ["Снято: оплачено добросовестно", "Befrielse: betalt i god tro", "Good-faith relief"]),
    ("grid-notification-last-day", ["Срок уведомления сетевой компании", "Sista dag för anmälan till nätägaren", "Grid notification deadline"]),
    ("information", ["Информация о праве на отказ", "Information om ångerrätt", "Withdrawal information"]),
    ("information-date", ["Дата получения информации", "Dag då informationen kom", "Information date"]),
    ("information-deadline", ["Крайний срок информирования", "Sista dag för information", "Information deadline"]),
    ("information-given-before-contract", ["Информация дана до договора", "Information före avtalet", "Informed before contract"]),
    ("information-in-window", ["Уведомление в срок", "Besked inom fönstret", "Notice within window"]),
    ("information-received", ["Информация получена", "Information mottagen", "Information received"]),
    ("information-window-closes", ["Окно уведомления закрывается", "Fönstret för besked stänger", "Notice window closes"]),
    ("information-window-opens", ["Окно уведомления открывается", "Fönstret för besked öppnar", "Notice window opens"]),
    ("injury-risk", ["Риск вреда здоровью или имуществу", "Risk för personskada eller stor sakskada", "Risk of injury or major damage"]),
    ("instalment-amount", ["Размер платежа", "Delbetalningens belopp", "Instalment amount"]),
    ("instalment-count", ["Число платежей", "Antal delbetalningar", "Number of instalments"]),
    ("instalment-last-amount", ["Последний платёж", "Sista delbetalningen", "Last instalment"]),
    ("instalment-plan", ["План рассрочки", "Avbetalningsplan", "Instalment plan"]),
    ("interest-days", ["Дней процентов", "Räntedagar", "Interest days"]),
    ("interest-first-day", ["Первый день процентов", "Första räntedag", "First interest day"]),
    ("interest-segments", ["Периоды начисления", "Ränteperioder", "Interest periods"]),
    ("interest-until", ["Проценты по", "Ränta till och med", "Interest until"]),
    ("invoice", ["Предв. счёт №", "Prel. faktura nr", "Prelim. invoice no."]),
    ("invoice-sent", ["Счёт отправлен", "Faktura skickad", "Invoice sent"]),
    ("invoiced-after-final-invoice", ["Счёт после окончательного", "Faktura efter slutfaktura", "Invoiced after final invoice"]),
    ("invoicing-stopped", ["Счета не выставлялись", "Faktureringen uteblev", "Invoicing stopped"]),
    ("kwh", ["кВт·ч", "kWh", "kWh"]),
    ("kwh-split", ["Распределение кВт·ч", "Fördelning av kWh", "kWh split by"]),
    ("last-invoice", ["Последний счёт", "Senaste faktura", "Last invoice"]),
    ("last-metered-invoice", ["Последний счёт по показаниям", "Senaste faktura på mätvärden", "Last metered invoice"]),
    ("last-reading", ["Последнее показание", "Sista mätarställning", "Last reading"]),
    ("last-reading-date", ["Дата последнего показания", "Datum för sista avläsning", "Last reading date"]),
    ("main-rule-day", ["День по основному правилу", "Dag enligt huvudregeln", "Main-rule day"]),
    ("max-months-between-invoices", ["Макс. месяцев между счетами", "Längsta tid mellan fakturor", "Max months between invoices"]),
    ("measured-kwh", ["Измерено, кВт·ч", "Uppmätt förbrukning", "Measured kWh"]),
    ("metering-points", ["Точек учёта", "Uttagspunkter", "Metering points"]),
    ("minimum-compensation", ["Минимальная компенсация", "Lägsta ersättning", "Minimum compensation"]),
    ("minimum-days", ["Минимум дней", "Minsta antal dagar", "Minimum days"]),
    ("minimum-per-point-and-occasion", ["Минимум за точку и случай", "Minst per uttagspunkt och tillfälle", "Minimum per point and occasion"]),
    ("monthly-fee", ["Абонентская плата в месяц", "Fast avgift per månad", "Monthly fee"]),
    ("monthly-requested", ["Запрошены ежемесячные счета", "Månadsfaktura begärd", "Monthly invoices requested"]),
    ("more-than-eight-months", ["Больше 8 месяцев", "Mer än 8 månader", "More than 8 months"]),
    ("net-difference", ["Разница после корректировок", "Nettoskillnad", "Net difference"]),
    ("new-terms-apply", ["Новые условия действуют с", "Nya villkor gäller från", "New terms apply from"]),
    ("next-invoice-latest", ["Следующий счёт не позднее", "Nästa faktura senast", "Next invoice at the latest"]),
    ("notice-given", ["Уведомление подано", "Uppsägning gjord", "Notice given"]),
    ("notice-in-time", ["Уведомление вовремя", "Meddelandet i tid", "Notice in time"]),
    ("notice-sent", ["Уведомление отправлено", "Meddelande skickat", "Notice sent"]),
    ("number", ["№", "Nr", "No."]),
    ("occasions", ["Случаев", "Tillfällen", "Occasions"]),
    ("ordinary-last-day", ["Обычный последний день", "Ordinarie sista dag", "Ordinary last day"]),
    ("paid-in-good-faith", ["Оплачено добросовестно", "Betald i god tro", "Paid in good faith"]),
    ("paid-on-time", ["Платежи вовремя", "Betalt i tid", "Paid on time"]),
    ("payable", ["К доплате", "Att betala", "Payable"]),
    ("payable-by", ["Оплатить до", "Betalas senast", "Payable by"]),
    ("payable-now", ["К оплате сейчас", "Att betala nu", "Payable now"]),
    ("payment-demand-served", ["Требование об оплате вручено", "Betalningsuppmaning delgiven", "Payment demand served"]),
    ("period-days", ["Дней в периоде", "Dagar i perioden", "Days in period"]),
    ("period-part", ["Доля платы за период", "Andel av periodpriset", "Period part"]),
    ("period-price", ["Цена за период", "Periodpris", "Period price"]),
    ("points-added", ["Надбавка, п. п.", "Tillägg, procentenheter", "Points added"]),
    ("preliminary", ["Предварительно", "Preliminärt", "Preliminary"]),
    ("preliminary-total", ["Итого по предварительным счетам", "Preliminärt totalt", "Preliminary total"]),
    ("price-per-kwh", ["Цена за кВт·ч", "Pris per kWh", "Price per kWh"]),
    ("proven-damage", ["Доказанный ущерб", "Styrkt skada", "Proven damage"]),
    ("provided-on", ["Дата предоставления", "Lämnad den", "Provided on"]),
    ("question", ["Вопрос", "Fråga", "Question"]),
    ("recommended-due-date", ["Рекомендуемый срок платежа", "Rekommenderad förfallodag", "Recommended due date"]),
    ("reconciliation", ["Сверка", "Avstämning", "Reconciliation"]),
    ("reconciliation-by-price-period", ["Сверка по ценовым периодам", "Avstämning per prisperiod", "Reconciliation by price period"]),
    ("reconciliation-date", ["Дата итогового счёта", "Datum för avstämningsfaktura", "Reconciliation invoice date"]),
    ("reconciliation-end", ["Конец сверяемого периода", "Avstämningen slutar", "Reconciliation ends"]),
    ("reconciliation-invoice", ["Итоговый счёт", "Avstämningsfaktura", "Reconciliation invoice"]),
    ("reconciliation-start", ["Начало сверяемого периода", "Avstämningen börjar", "Reconciliation starts"]),
    ("reduction-15", ["Снижение на 15 %", "Nedsättning 15 %", "15 % reduction"]),
    ("refund-due", ["Вам вернут", "Du får tillbaka", "Refund due to you"]),
    ("reg-1182-71-date", ["Дата по Регламенту 1182/71", "Dag enligt förordning 1182/71", "Date under Reg. 1182/71"]),
    ("withdrawal-last-day-reg-1182-71", ["Последний день отказа (Регл. 1182/71)", "Sista ångerdag (förordn. 1182/71)", "Last withdrawal day (Reg. 1182/71)"]),
    ("remaining-days", ["Оставшиеся дни", "Återstående dagar", "Remaining days"]),
    ("remaining-started-months", ["Оставшиеся начатые месяцы", "Återstående påbörjade månader", "Remaining started months"]),
    ("requested", ["Запрошено", "Begärt", "Requested"]),
    ("requested-within-cap", ["Запрос в пределах лимита", "Begäran inom taket", "Request within cap"]),
    ("return-due", ["Пора вернуть", "Ska återlämnas", "Return due"]),
    ("right-to-estimate", ["Право оценивать потребление", "Rätt att uppskatta", "Right to estimate"]),
    ("rolled-over", ["Пропущенный нерабочий день", "Överhoppad dag", "Rest day passed over"]),
    ("security-cap", ["Предел обеспечения", "Tak för säkerhet", "Security cap"]),
    ("security-excess", ["Превышение обеспечения", "Överskjutande säkerhet", "Security excess"]),
    ("security-return-date", ["Возврат обеспечения", "Säkerheten återlämnas", "Security return date"]),
    ("served", ["Вручено", "Delgiven", "Served"]),
    ("shown-loss", ["Показанный убыток", "Visad förlust", "Loss shown"]),
    ("social-services-took-over", ["Соцслужба взяла долг на себя", "Socialnämnden tar över skulden", "Social services took over the debt"]),
    ("stated-due-date", ["Указанный срок платежа", "Angiven förfallodag", "Stated due date"]),
    ("stated-due-date-follows-main-rule", ["По основному правилу", "Följer huvudregeln", "Follows the main rule"]),
    ("stated-due-date-lawful", ["Указанный срок законен", "Angiven förfallodag laglig", "Stated due date lawful"]),
    ("stated-effective", ["Заявленная дата вступления", "Angiven ikraftträdandedag", "Stated effective date"]),
    ("stated-effective-lawful", ["Дата вступления законна", "Ikraftträdandet lagligt", "Effective date lawful"]),
    ("supplied-days", ["Дней поставки", "Leveransdagar", "Days supplied"]),
    ("supplied-kwh", ["Поставлено, кВт·ч", "Levererat, kWh", "Supplied kWh"]),
    ("supply-ended", ["Поставка прекращена", "Leveransen upphörde", "Supply ended"]),
    ("supply-start", ["Начало поставки", "Leveransstart", "Supply start"]),
    ("supply-started", ["Поставка началась", "Leveransen började", "Supply started"]),
    ("term-end", ["Окончание срока договора", "Avtalstidens slut", "End of fixed term"]),
    ("termination-notice", ["Уведомление о расторжении", "Uppsägning", "Termination notice"]),
    ("terms-change-notice", ["Уведомление об изменении условий", "Meddelande om villkorsändring", "Terms-change notice"]),
    ("undisputed-amount", ["Неоспариваемая сумма", "Ostridigt belopp", "Undisputed amount"]),
    ("until", ["По (включительно)", "Till och med", "Until"]),
    ("vat-percent", ["НДС, %", "Moms, %", "VAT, %"]),
    ("weeks", ["Недель", "Veckor", "Weeks"]),
    ("withdrawal-last-day", ["Последний день отказа", "Sista dag att ångra", "Last day to withdraw"]),
    ("withdrawal-last-day-before-roll", ["Последний день отказа до переноса", "Sista ångerdag före förskjutning till vardag", "Last withdrawal day before roll"]),
    ("withdrawal-right", ["Право на отказ", "Ångerrätt", "Right of withdrawal"]),
    ("written-acceptance", ["Письменное согласие", "Skriftlig accept", "Written acceptance"]),
    // ── Value codes and select options ─────────────────────────────────────────────────────────
    ("distance", ["Дистанционный договор", "Distansavtal", "Distance contract"]),
    ("off-premises", ["Вне помещения продавца", "Utanför affärslokal", "Off-premises"]),
    ("unsolicited-phone", ["Звонок продавца", "Oombedd telefonförsäljning", "Unsolicited phone sale"]),
    ("on-premises", ["В помещении продавца", "I affärslokal", "On the premises"]),
    ("given-same-day", ["Дана не позже дня договора", "Lämnad senast avtalsdagen", "Given by the contract day"]),
    ("given-later", ["Дана позже", "Lämnad senare", "Given later"]),
    ("never", ["Не дана", "Aldrig lämnad", "Never given"]),
    ("day-after-due", ["Со дня после срока", "Dagen efter förfallodagen", "Day after the due date"]),
    ("not-given", ["Не указан", "Ej angiven", "Not given"]),
    ("not-started", ["Не начиналась", "Ej påbörjad", "Not started"]),
    ("not-invoiced", ["Без счёта", "Ej fakturerat", "Not invoiced"]),
    ("meter-readings", ["По показаниям", "Mätarställningar", "Meter readings"]),
    ("profile", ["По профилю", "Förbrukningsprofil", "Consumption profile"]),
    ("missed-invoices", ["Пропущенные счета", "Uteblivna fakturor", "Missed invoices"]),
    ("started-months-of-fault", ["Начатые месяцы просрочки поставщика", "Påbörjade månader av fel", "Started months of fault"]),
    ("termination", ["Расторжение", "Uppsägning", "Termination"]),
    ("terms-change", ["Изменение условий", "Villkorsändring", "Change of terms"]),
    ("fixed-term-notice", ["Окончание срочного договора", "Tidsbestämt avtals slut", "End of fixed term"]),
    ("disconnection", ["Отключение", "Avstängning", "Disconnection"]),
    ("security", ["Обеспечение", "Säkerhet", "Security"]),
    ("switch", ["Смена поставщика", "Leverantörsbyte", "Supplier switch"]),
    ("early-exit", ["Досрочный выход", "Förtida upphörande", "Early exit"]),
    ("dispute", ["Спор о долге", "Tvist", "Dispute"]),
    ("billing-frequency", ["Периодичность счетов", "Faktureringsintervall", "Billing frequency"]),
    // ── Form fields ────────────────────────────────────────────────────────────────────────────
    ("f-concluded", ["Дата заключения договора", "Avtalsdag", "Contract date"]),
    ("f-information", ["Информация о праве на отказ", "Information om ångerrätt", "Withdrawal information"]),
    ("f-information_date", ["Когда получена информация", "Dag då informationen kom", "Day the information arrived"]),
    ("f-written_acceptance", ["Письменное согласие после звонка", "Skriftlig accept efter samtalet", "Written acceptance after the call"]),
    ("f-notice_sent", ["Уведомление об отказе отправлено", "Ångermeddelandet skickat", "Withdrawal notice sent"]),
    ("f-supply_started", ["Поставка началась", "Leveransen började", "Supply started"]),
    ("f-express_request", ["Вы просили начать поставку сразу", "Du bad om leverans under ångerfristen", "You asked for supply to start early"]),
    ("f-supplied_kwh", ["Поставлено до уведомления, кВт·ч", "Levererat före meddelandet, kWh", "Supplied before the notice, kWh"]),
    ("f-price_per_kwh", ["Цена за кВт·ч, крон", "Pris per kWh, kr", "Price per kWh, SEK"]),
    ("f-period_price", ["Фиксированная плата за период", "Fast pris för en period", "Fixed price for a period"]),
    ("f-period_days", ["Дней в этом периоде", "Dagar som perioden omfattar", "Days that period covers"]),
    ("f-paid", ["Уже оплачено", "Redan betalt", "Already paid"]),
    ("f-reconciliation_date", ["Дата итогового счёта", "Datum för avstämningsfakturan", "Reconciliation invoice date"]),
    ("f-invoices", ["Предварительные счета", "Preliminära fakturor", "Preliminary invoices"]),
    ("f-estimated_kwh", ["Оценка, кВт·ч", "Uppskattat, kWh", "Estimated kWh"]),
    ("f-paid_in_good_faith", ["Оплачен добросовестно как окончательный", "Betald i god tro som slutlig", "Paid in good faith as final"]),
    ("f-readings", ["Показания счётчика", "Mätarställningar", "Meter readings"]),
    ("f-reading_kwh", ["Показание, кВт·ч", "Mätarställning, kWh", "Reading, kWh"]),
    ("f-prices", ["Цены по периодам", "Priser per period", "Prices per period"]),
    ("f-monthly_fee", ["Абонентская плата в месяц", "Fast avgift per månad", "Monthly fee"]),
    ("f-vat_percent", ["НДС, %", "Moms, %", "VAT, %"]),
    ("f-last_metered_invoice", ["Последний счёт по показаниям", "Senaste faktura på mätvärden", "Last metered invoice"]),
    ("f-right_to_estimate", ["Поставщик вправе был оценивать", "Leverantören hade rätt att uppskatta", "Supplier had the right to estimate"]),
    ("f-invoicing_stopped", ["Счета не выставлялись по вине поставщика", "Faktureringen uteblev av leverantörens skäl", "Invoicing stopped (supplier's side)"]),
    ("f-missed_invoices", ["Пропущено счетов", "Antal uteblivna fakturor", "Missed invoices"]),
    ("f-supply_ended", ["Поставка прекращена", "Leveransen upphörde", "Supply ended"]),
    ("f-final_invoice_sent", ["Окончательный счёт отправлен", "Slutfaktura skickad", "Final invoice sent"]),
    ("f-profile", ["Профиль потребления по месяцам", "Förbrukningsprofil per månad", "Monthly consumption profile"]),
    ("f-due_date.invoice_sent", ["Счёт отправлен", "Fakturan skickades", "Invoice sent"]),
    ("f-due_date.stated_due_date", ["Срок оплаты в счёте", "Förfallodag på fakturan", "Due date on the invoice"]),
    ("f-termination_notice", ["Уведомление о расторжении подано", "Uppsägning gjord", "Termination notice given"]),
    ("f-terms_change.notice_sent", ["Уведомление об изменении условий", "Meddelande om villkorsändring skickat", "Terms-change notice sent"]),
    ("f-terms_change.stated_effective", ["Новые условия заявлены с", "Nya villkor sägs gälla från", "New terms said to apply from"]),
    ("f-fixed_term.term_end", ["Окончание срочного договора", "Avtalstidens slut", "End of the fixed term"]),
    ("f-fixed_term.information_received", ["Уведомление об окончании получено", "Besked om slutet mottaget", "End notice received"]),
    ("f-disconnection.served", ["Требование об оплате вручено", "Betalningsuppmaning delgiven", "Payment demand served"]),
    ("f-disconnection.paid", ["Я оплатил(а)", "Jag har betalat", "I have paid"]),
    ("f-disconnection.disputed", ["Я оспариваю требование", "Jag bestrider kravet", "I dispute the claim"]),
    ("f-disconnection.social_services_took_over", ["Соцслужба взяла долг на себя", "Socialnämnden tar över skulden", "Social services take over the debt"]),
    ("f-disconnection.injury_risk", ["Отключение грозит вредом здоровью или имуществу", "Avstängning riskerar personskada eller stor sakskada", "Disconnection risks injury or major damage"]),
    ("f-security.estimated_monthly_charges", ["Оценка расходов за месяц", "Beräknad kostnad per månad", "Estimated monthly charges"]),
    ("f-security.requested", ["Запрошенное обеспечение", "Begärd säkerhet", "Security requested"]),
    ("f-security.provided_on", ["Обеспечение предоставлено", "Säkerhet lämnad", "Security provided on"]),
    ("f-security.paid_on_time", ["С тех пор платил(а) вовремя", "Betalat i tid sedan dess", "Paid on time since"]),
    ("f-due_date", ["Срок оплаты по счёту", "Förfallodag", "Due date"]),
    ("f-until", ["Считать по (день оплаты или сегодня)", "Till och med (betalningsdag eller i dag)", "Until (payment day or today)"]),
    ("f-count_from", ["Проценты считать с", "Ränta från", "Interest from"]),
    ("f-user_rates", ["Референтная ставка (новые полугодия)", "Referensränta (nya halvår)", "Reference rate (newer half-years)"]),
    // ── Field hints ────────────────────────────────────────────────────────────────────────────
    ("h-information", ["Сообщили ли вам о праве на отказ (ångerrätt) и дали ли форму отказа?", "Fick du information om ångerrätten och ångerblanketten?", "Were you told of the right of withdrawal (ångerrätt) and given the form?"]),
    ("h-express_request", ["Просили ли вы прямо начать поставку до конца срока отказа?", "Bad du uttryckligen om att leveransen skulle börja under ångerfristen?", "Did you expressly ask for supply to start within the withdrawal period?"]),
    ("h-last_metered_invoice", ["Последний счёт по фактическим показаниям, а не по оценке.", "Senaste fakturan på insamlade mätvärden, inte uppskattning.", "The last invoice based on collected readings, not an estimate."]),
    ("h-right_to_estimate", ["Да, если показаний не было по причинам вне контроля поставщика.", "Ja om mätvärden saknades av skäl utanför leverantörens kontroll.", "Yes if readings were missing for reasons outside the supplier's control."]),
    ("h-profile", ["Необязательно: 12 весов по месяцам, начиная с января.", "Valfritt: 12 vikter per månad, från januari.", "Optional: 12 monthly weights, January first."]),
    ("h-count_from", ["Обычно со дня после срока: оплата в сам срок — вовремя.", "Normalt dagen efter förfallodagen: betalning på förfallodagen är i tid.", "Usually the day after the due date: paying on the due date is on time."]),
    // ── SE-REMINDER-FEE ────────────────────────────────────────────────────────────────────────
    ("n-collection-caps-to-verify", ["Пределы ({table}) взяты из {source} и проверены только по {known-until}: проверьте, не изменились ли они.", "Taken ({table}) kommer från {source} och är kontrollerade bara till {known-until}: kontrollera att de inte har ändrats.", "The caps ({table}) are from {source} and checked only up to {known-until}: verify that they have not changed."]),
    ("n-collection-caps-known-until", ["Пределы ({table}) взяты из {source} и известны по {known-until}.", "Taken ({table}) kommer från {source} och är kända till {known-until}.", "The caps ({table}) are from {source} and known until {known-until}."]),
    ("n-collection-fee-not-payable", ["Плата ({fee-kind}) {fee-charged}: можно взять только {fee-allowed}.", "Avgiften ({fee-kind}) {fee-charged}: bara {fee-allowed} får tas ut.", "Fee ({fee-kind}) {fee-charged}: only {fee-allowed} may be charged."]),
    ("n-no-delay-compensation-for-consumers", ["Förseningsersättning 450 kr (lag 1981:739 4 a §) можно требовать только с предпринимателя, не с потребителя: она не добавлена.", "Förseningsersättningen på 450 kr (lag 1981:739 4 a §) får bara tas ut av en näringsidkare, aldrig av en konsument: den läggs inte till.", "The 450 kr förseningsersättning (lag 1981:739 4 a §) may be charged only to a business debtor, never to a consumer: it is not added."]),
    ("reminder", ["Письменное напоминание", "Skriftlig betalningspåminnelse", "Written payment reminder"]),
    ("inkassokrav", ["Inkassokrav (требование о взыскании)", "Inkassokrav", "Inkassokrav (collection letter)"]),
    ("amortisation-plan", ["План погашения", "Amorteringsplan", "Amortisation plan"]),
    ("reminder-fee", ["Плата за напоминания и взыскание", "Påminnelse- och inkassoavgifter", "Reminder and collection fees"]),
    ("reminder-fee-cap", ["Предел платы за напоминание", "Tak för påminnelseavgift", "Reminder fee cap"]),
    ("reminder-fee-allowed", ["Допустимая плата за напоминание", "Tillåten påminnelseavgift", "Reminder fee allowed"]),
    ("inkassokrav-fee-cap", ["Предел платы за inkassokrav", "Tak för inkassoavgift", "Inkassokrav fee cap"]),
    ("inkassokrav-fee-allowed", ["Допустимая плата за inkassokrav", "Tillåten inkassoavgift", "Inkassokrav fee allowed"]),
    ("amortisation-plan-fee-cap", ["Предел платы за план погашения", "Tak för amorteringsplan", "Amortisation plan fee cap"]),
    ("amortisation-plan-fee-allowed", ["Допустимая плата за план погашения", "Tillåten avgift för amorteringsplan", "Amortisation plan fee allowed"]),
    ("collection-fees-allowed", ["Всего допустимо", "Tillåtet sammanlagt", "Allowed in total"]),
    ("fee-kind", ["Вид платы", "Avgiftens slag", "Kind of fee"]),
    ("fee-charged", ["Взято", "Debiterat", "Charged"]),
    ("fee-cap", ["Предел", "Tak", "Cap"]),
    ("fee-allowed", ["Допустимо", "Tillåtet", "Allowed"]),
    ("fee-not-payable", ["Не подлежит оплате", "Ska inte betalas", "Not payable"]),
    ("source", ["Источник", "Källa", "Source"]),
    ("fee-letter-sent", ["Письмо отправлено", "Brevet skickades", "Letter sent"]),
    ("f-reminder_fee.due_date", ["Срок оплаты по счёту (напоминания)", "Fakturans förfallodag (påminnelse)", "Invoice due date (reminder)"]),
    ("f-reminder_fee.reminder_sent", ["Напоминание отправлено", "Påminnelsen skickades", "Reminder sent"]),
    ("f-reminder_fee.reminder_fee", ["Плата за напоминание", "Påminnelseavgift", "Reminder fee"]),
    ("f-reminder_fee.inkassokrav_sent", ["Inkassokrav отправлен", "Inkassokravet skickades", "Inkassokrav sent"]),
    ("f-reminder_fee.inkassokrav_fee", ["Плата за inkassokrav", "Inkassoavgift", "Inkassokrav fee"]),
    ("f-reminder_fee.amortisation_plan_fee", ["Плата за план погашения", "Avgift för amorteringsplan", "Amortisation plan fee"]),
    ("f-reminder_fee.dispute_pending", ["Спор о долге не завершён", "Tvist om skulden pågår", "A dispute about the debt is pending"]),
    ("h-reminder_fee.reminder_fee", ["Не больше 60 kr (lag 1981:739, проверить).", "Högst 60 kr (lag 1981:739, kontrollera).", "At most 60 kr (lag 1981:739, verify)."]),
    // ── SE-CORRECTION-PAYOUT ───────────────────────────────────────────────────────────────────
    ("n-error-established-at-reconciliation", ["Дата выявления ошибки не введена: взята дата сверочного счёта.", "Inget datum angavs för när felet konstaterades: avstämningsdagen används.", "No date was entered for when the error was established: the reconciliation date is used."]),
    ("n-small-unanswered-not-small", ["На вопрос, мала ли сумма относительно годовой стоимости, не ответили: она считается не малой и выплачивается без промедления (толкование в пользу потребителя).", "Frågan om beloppet är litet i förhållande till årskostnaden besvarades inte: det behandlas som inte litet och betalas ut utan dröjsmål (tolkningen till konsumentens förmån).", "Whether the amount is small in relation to the annual cost was not answered: it is treated as not small, so it is paid out without delay (the reading for the consumer)."]),
    ("n-next-invoice-after-billing-frequency", ["Введённый следующий счёт ({next-invoice}) позже, чем позволяет периодичность счетов ({next-invoice-latest}): зачесть нужно до этого дня.", "Nästa faktura ({next-invoice}) kommer senare än faktureringsintervallet tillåter ({next-invoice-latest}): krediteringen ska ske senast då.", "The next invoice entered ({next-invoice}) is later than the invoicing interval allows ({next-invoice-latest}): the credit is due by then."]),
    ("share-of-annual-cost", ["Доля годовой стоимости", "Andel av årskostnaden", "Share of the annual cost"]),
    ("correction-mode", ["Как вернуть", "Hur beloppet regleras", "How it is settled"]),
    ("correction-by", ["Вернуть к", "Regleras senast", "Settle by"]),
    ("pay-out-without-delay", ["Выплатить без промедления", "Betalas ut utan dröjsmål", "Pay out without delay"]),
    ("credit-next-invoice", ["Зачесть в следующем счёте", "Krediteras på nästa faktura", "Credit at the next invoice"]),
    ("error-established", ["Ошибка выявлена", "Felet konstaterades", "Error established"]),
    ("payout-requested", ["Потребитель просил выплату", "Konsumenten begärde utbetalning", "Consumer asked for a payout"]),
    ("annual-cost", ["Годовая стоимость", "Årskostnad", "Annual cost"]),
    ("small", ["Небольшая сумма", "Mindre belopp", "Small amount"]),
    ("next-invoice", ["Следующий счёт", "Nästa faktura", "Next invoice"]),
    ("f-credit.error_established", ["Ошибка выявлена", "Felet konstaterades", "Error established on"]),
    ("f-credit.annual_cost", ["Годовая стоимость электричества", "Årskostnad för elen", "Annual electricity cost"]),
    ("f-credit.small", ["Сумма мала относительно годовой стоимости?", "Är beloppet litet i förhållande till årskostnaden?", "Is the amount small in relation to the annual cost?"]),
    ("h-credit.small", ["Порога нет: решите сами по показанной доле. Без ответа — не мала.", "Det finns ingen gräns: bedöm utifrån andelen som visas. Utan svar: inte litet.", "There is no threshold: judge by the share shown. Unanswered: not small."]),
    ("f-credit.payout_requested", ["Потребитель попросил отдельную выплату", "Konsumenten begärde särskild utbetalning", "The consumer asked for a separate payout"]),
    ("f-credit.next_invoice", ["Дата следующего счёта", "Nästa fakturas datum", "Date of the next invoice"]),
    ("f-credit.last_invoice", ["Дата последнего счёта", "Senaste fakturans datum", "Date of the last invoice"]),
    ("f-credit.monthly_invoicing", ["Выбраны ежемесячные счета", "Månadsfakturering vald", "Monthly invoicing chosen"]),
    // ── SE-SUPPLIER-INTEREST ───────────────────────────────────────────────────────────────────
    ("n-supplier-interest-needs-demand", ["Срок этой выплаты не был установлен: проценты за просрочку начисляются только через 30 дней после письменного требования суммы с предупреждением о процентах (räntelagen 4 §). Введите дату требования, чтобы их посчитать.", "Ingen förfallodag var bestämd för betalningen: dröjsmålsränta löper först 30 dagar efter ett skriftligt krav på beloppet med upplysning om ränta (räntelagen 4 §). Ange kravets datum för att räkna den.", "No due date was fixed for this payment: late interest runs only from 30 days after a written demand for the amount saying interest will be charged (räntelagen 4 §). Enter the demand's date to compute it."]),
    ("supplier-interest", ["Проценты, которые должен поставщик", "Dröjsmålsränta som leverantören ska betala", "Interest the supplier owes"]),
    ("supplier-interest-days", ["Дней процентов (поставщик)", "Räntedagar (leverantören)", "Interest days (supplier)"]),
    ("supplier-interest-first-day", ["Первый день процентов (поставщик)", "Första räntedag (leverantören)", "First interest day (supplier)"]),
    ("supplier-interest-segments", ["Периоды начисления процентов поставщику", "Ränteperioder (leverantörens skuld)", "Interest periods (supplier's debt)"]),
    ("supplier-interest-until", ["Проценты поставщика по", "Leverantörens ränta till och med", "Supplier's interest until"]),
    ("advance-interest", ["Проценты на аванс (референсная + 2)", "Ränta på förskottet (referensränta + 2)", "Interest on the advance (reference + 2)"]),
    ("advance-paid-on", ["Аванс уплачен", "Förskottet betalades", "Advance paid on"]),
    ("demand-sent", ["Письменное требование отправлено", "Skriftligt krav skickat", "Written demand sent"]),
    ("demand-received", ["Требование получено поставщиком", "Kravet kom leverantören tillhanda", "Demand received by the supplier"]),
    ("summons-served", ["Иск или заявление вручены", "Stämning eller ansökan delgiven", "Summons or application served"]),
    ("interest-ground", ["Основание начала процентов", "Grund för ränta", "What starts the interest"]),
    ("written-demand", ["Письменное требование (4 § 1 st.)", "Skriftligt krav (4 § 1 st.)", "Written demand (4 § 1 st.)"]),
    ("summons", ["Вручение иска (4 § 3 st.)", "Delgivning av stämning (4 § 3 st.)", "Service of a summons (4 § 3 st.)"]),
    ("payout-due-date", ["Срок выплаты", "Förfallodag för utbetalningen", "Payout due date"]),
    ("stated-payout-date", ["Названная поставщиком дата выплаты", "Utbetalningsdag som leverantören angett", "Payout date the supplier stated"]),
    ("f-credit", ["Сумма в пользу потребителя: выплата и проценты", "Belopp till konsumentens fördel: utbetalning och ränta", "Amount in the consumer's favour: payout and interest"]),
    ("f-credit.stated_payout_date", ["Дата выплаты, названная поставщиком", "Utbetalningsdag som leverantören angett", "Payout date the supplier stated"]),
    ("f-credit.demand_sent", ["Письменное требование суммы отправлено", "Skriftligt krav på beloppet skickat", "Written demand for the amount sent"]),
    ("f-credit.demand_received", ["Поставщик получил требование", "Leverantören fick kravet", "Supplier received the demand"]),
    ("f-credit.summons_served", ["Иск или заявление о betalningsföreläggande вручены", "Stämning eller ansökan om betalningsföreläggande delgiven", "Summons or betalningsföreläggande application served"]),
    ("f-credit.advance_paid_on", ["Аванс уплачен (договор расторгнут из-за нарушения поставщика, 5.6)", "Förskott betalt (avtalet hävt för leverantörens avtalsbrott, 5.6)", "Advance paid on (contract terminated for the supplier's breach, 5.6)"]),
    ("f-credit.paid_on", ["Когда поставщик выплатил или зачёл (или сегодня)", "Dag då leverantören betalade eller krediterade (eller i dag)", "Day the supplier paid or credited (or today)"]),
    ("f-credit.user_rates", ["Референтная ставка (новые полугодия)", "Referensränta (nya halvår)", "Reference rate (newer half-years)"]),
    ("h-credit.demand_sent", ["Требование определённой суммы с предупреждением, что иначе будут начислены проценты: проценты идут через 30 дней.", "Krav på ett bestämt belopp med upplysning om att ränta annars tas ut: räntan löper efter 30 dagar.", "A demand for a definite amount saying interest will be charged: interest runs after 30 days."]),
    ("h-credit.advance_paid_on", ["Только если вы расторгли договор из-за существенного нарушения поставщика: референсная ставка + 2 со дня платежа.", "Bara om du hävt avtalet för leverantörens väsentliga avtalsbrott: referensräntan + 2 från betalningsdagen.", "Only if you terminated for the supplier's material breach: reference rate + 2 from the payment day."]),
];

#[cfg(test)]
mod tests {
    use super::{tables, Entry, COMMON, RU_TEXTS, SE_TEXTS};
    use crate::lang::{lookup, shell, t, Lang};
    use serde_json::Value as J;
    use std::collections::BTreeSet;

    /// Every `{"type": "code", "value": …}` anywhere in `v`.
    fn codes(v: &J, out: &mut BTreeSet<String>) {
        match v {
            J::Object(m) => {
                if m.get("type").and_then(J::as_str) == Some("code") {
                    if let Some(c) = m.get("value").and_then(J::as_str) {
                        out.insert(c.to_string());
                    }
                }
                m.values().for_each(|x| codes(x, out));
            }
            J::Array(a) => a.iter().for_each(|x| codes(x, out)),
            _ => {}
        }
    }

    fn items<'a>(o: &'a J, field: &str) -> impl Iterator<Item = &'a J> {
        o.get(field).and_then(J::as_array).into_iter().flatten()
    }

    fn keys_of(fields: &J, out: &mut BTreeSet<String>) {
        for f in fields.as_array().into_iter().flatten() {
            if let Some(k) = f.get("key").and_then(J::as_str) {
                out.insert(k.to_string());
            }
        }
    }

    /// The keys and codes an outcome needs translated.
    fn needed(o: &J, out: &mut BTreeSet<String>) {
        for sec in ["figures", "deadlines", "comparisons", "tables", "timeline"] {
            keys_of(&o[sec], out);
        }
        for tb in items(o, "tables") {
            for c in items(tb, "columns").filter_map(J::as_str) {
                out.insert(c.to_string());
            }
        }
        for step in items(o, "trace") {
            keys_of(&step["inputs"], out);
            keys_of(&step["outputs"], out);
        }
        for sec in ["warnings", "assumptions"] {
            for n in items(o, sec) {
                if let Some(c) = n["code"].as_str() {
                    out.insert(format!("n-{c}"));
                }
                keys_of(&n["params"], out);
            }
        }
        if let Some(c) = o["headline"]["code"].as_str() {
            out.insert(format!("hl-{c}"));
        }
        for c in items(o, "comparisons") {
            if let Some(r) = c["reason_code"].as_str() {
                out.insert(format!("r-{r}"));
            }
        }
        codes(o, out);
    }

    #[test]
    fn every_engine_key_has_a_translation() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../engine/tests/golden");
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        files.sort();
        // Needed keys per contract: a page module has the common table and its contract's only.
        let mut keys: [(&str, &[Entry], BTreeSet<String>); 2] = [
            ("ru-", RU_TEXTS, BTreeSet::new()),
            ("se-", SE_TEXTS, BTreeSet::new()),
        ];
        let mut evaluated = 0;
        for path in &files {
            let text =
                std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let golden: J =
                serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let Ok(scenario) =
                serde_json::from_value::<clausecalc_engine::Scenario>(golden["scenario"].clone())
            else {
                continue;
            };
            // Invalid-input goldens answer with field errors, which have their own `err-` texts.
            let Ok(outcome) = clausecalc_engine::evaluate(&scenario) else {
                continue;
            };
            let o = serde_json::to_value(&outcome)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            let Some((_, _, set)) = keys.iter_mut().find(|(p, _, _)| name.starts_with(p)) else {
                panic!("{name}: a golden file is named ru-… or se-…");
            };
            needed(&o, set);
            evaluated += 1;
        }
        assert!(
            evaluated > 0,
            "no golden scenario evaluated in {}",
            dir.display()
        );
        let missing: Vec<String> = keys
            .iter()
            .flat_map(|(prefix, own, set)| {
                set.iter().flat_map(move |k| {
                    Lang::ALL
                        .into_iter()
                        .filter(move |l| {
                            [shell(*l, k), lookup(COMMON, *l, k), lookup(own, *l, k)]
                                .iter()
                                .all(|s| s.trim().is_empty())
                        })
                        .map(move |l| format!("{prefix}…: {k} ({})", l.code()))
                })
            })
            .collect();
        assert!(
            missing.is_empty(),
            "{} missing translations:\n{}",
            missing.len(),
            missing.join("\n")
        );
    }

    #[test]
    fn engine_texts_are_complete_and_unique() {
        let mut seen = BTreeSet::new();
        let mut problems = Vec::new();
        for (k, v) in tables().into_iter().flatten() {
            if !seen.insert(*k) {
                problems.push(format!("duplicate key {k}"));
            }
            for (l, s) in Lang::ALL.into_iter().zip(v) {
                if s.trim().is_empty() {
                    problems.push(format!("empty text for {k} ({})", l.code()));
                }
                // `t` looks in the shell table first: a different answer means the key is there too.
                if t(l, k) != *s {
                    problems.push(format!("{k} is also in i18n TEXTS"));
                }
                if s.matches('{').count() != s.matches('}').count() {
                    problems.push(format!(
                        "unbalanced placeholder braces in {k} ({})",
                        l.code()
                    ));
                }
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    #[test]
    fn placeholders_are_the_same_in_every_language() {
        let names = |s: &str| -> BTreeSet<String> {
            s.split('{')
                .skip(1)
                .filter_map(|p| p.split_once('}').map(|(n, _)| n.to_string()))
                .collect()
        };
        for (k, [ru, sv, en]) in tables().into_iter().flatten() {
            assert_eq!(
                names(ru),
                names(en),
                "{k}: ru and en use different placeholders"
            );
            assert_eq!(
                names(sv),
                names(en),
                "{k}: sv and en use different placeholders"
            );
        }
    }

    /// Every field label, hint and choice a page draws is in the common table or its contract's
    /// (else a module built for that contract would show the bare key).
    #[test]
    fn form_texts_are_in_the_contracts_own_tables() {
        use crate::form::{Kind, Spec};
        fn walk(specs: &[Spec], own: &[Entry], prefix: &str, problems: &mut Vec<String>) {
            for spec in specs {
                let mut keys = vec![format!("f-{}", spec.key), format!("h-{}", spec.key)];
                match spec.kind {
                    Kind::Select(opts) => keys.extend(opts.iter().map(|o| o.to_string())),
                    Kind::List(items) | Kind::Details(items) => walk(items, own, prefix, problems),
                    _ => {}
                }
                if !spec.key.is_empty() {
                    for l in Lang::ALL {
                        if t(l, &format!("f-{}", spec.key)).is_empty() {
                            problems.push(format!(
                                "{prefix}: no label f-{} ({})",
                                spec.key,
                                l.code()
                            ));
                        }
                    }
                }
                for k in keys {
                    let anywhere = !t(Lang::En, &k).is_empty();
                    let here = [
                        shell(Lang::En, &k),
                        lookup(COMMON, Lang::En, &k),
                        lookup(own, Lang::En, &k),
                    ]
                    .iter()
                    .any(|s| !s.is_empty());
                    if anywhere && !here {
                        problems.push(format!("{prefix}: {k}"));
                    }
                }
            }
        }
        let mut problems = Vec::new();
        for (pages, own) in [
            (
                &["ru-refund", "ru-deadlines", "ru-late-interest", "ru-data"][..],
                RU_TEXTS,
            ),
            (
                &["se-withdrawal", "se-billing", "se-deadlines"][..],
                SE_TEXTS,
            ),
        ] {
            for p in pages {
                for s in crate::pages::sections(p) {
                    walk(s.specs, own, p, &mut problems);
                    if lookup(COMMON, Lang::En, s.title_key).is_empty()
                        && lookup(own, Lang::En, s.title_key).is_empty()
                        && shell(Lang::En, s.title_key).is_empty()
                    {
                        problems.push(format!("{p}: {}", s.title_key));
                    }
                }
            }
        }
        assert!(
            problems.is_empty(),
            "texts in the other contract's table only:\n{}",
            problems.join("\n")
        );
    }
}
