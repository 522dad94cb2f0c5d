//! Texts in Russian, Swedish and English, and the choice of language.
//!
//! A plain table instead of an i18n crate: see docs/DESIGN.md ("Why no i18n crate"). Every key
//! has all three languages — a unit test checks there are no gaps or duplicates.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    Ru,
    Sv,
    En,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::Ru, Lang::Sv, Lang::En];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Ru => "ru",
            Lang::Sv => "sv",
            Lang::En => "en",
        }
    }

    /// From a code like `ru`, `sv-SE`, `en-GB`.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match primary.as_str() {
            "ru" => Some(Lang::Ru),
            "sv" => Some(Lang::Sv),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// Its own name, for the switch.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Ru => "Русский",
            Lang::Sv => "Svenska",
            Lang::En => "English",
        }
    }

    pub fn index(self) -> usize {
        match self {
            Lang::Ru => 0,
            Lang::Sv => 1,
            Lang::En => 2,
        }
    }
}

/// (key, [ru, sv, en])
static TEXTS: &[(&str, [&str; 3])] = &[
    ("app-title", ["clausecalc — калькулятор по договору", "clausecalc — avtalsräknaren", "clausecalc — the contract calculator"]),
    ("app-tagline", [
        "Что дают договор и закон: возвраты, сроки, исправленные счета — с объяснением каждого числа.",
        "Vad avtalet och lagen ger dig: återbetalningar, frister, rättade fakturor — varje siffra förklarad.",
        "What the contract and the law give you: refunds, deadlines, corrected bills — every figure explained.",
    ]),
    ("language", ["Язык", "Språk", "Language"]),
    ("nav-start", ["Начало", "Start", "Start"]),
    ("disclaimer", [
        "Это информация, а не юридическая консультация.",
        "Detta är information, inte juridisk rådgivning.",
        "This is information, not legal advice.",
    ]),
    ("start-question", ["Какой у вас договор и вопрос?", "Vilket avtal och vilken fråga gäller det?", "Which contract, which question?"]),
    ("contract-ru", [
        "Интервизионная группа ООО «ПСИОМ» (оферта, право РФ)",
        "Intervisionsgrupp hos ООО «ПСИОМ» (offert, rysk rätt)",
        "Intervision group of OOO «ПСИОМ» (public offer, Russian law)",
    ]),
    ("contract-se", [
        "Договор на продажу электроэнергии потребителю (Швеция)",
        "Elavtal för konsument (allmänna avtalsvillkor, Sverige)",
        "Electricity supply to consumers (general terms, Sweden)",
    ]),
    ("page-ru-refund", ["Отказ и возврат денег", "Avbokning och återbetalning", "Cancel and refund"]),
    ("page-ru-refund-q", ["Если я откажусь сейчас, сколько мне вернут и когда?", "Om jag avbokar nu, hur mycket får jag tillbaka och när?", "If I cancel now, what do I get back, and by when?"]),
    ("page-ru-deadlines", ["Мои сроки", "Mina frister", "My deadlines"]),
    ("page-ru-deadlines-q", ["До какого дня оплатить, отказаться, получить возврат?", "Sista dag att betala, avboka, få pengarna tillbaka?", "By which day must I pay, refuse, be refunded?"]),
    ("page-ru-late-interest", ["Проценты за задержку возврата", "Ränta på försenad återbetalning", "Late refund interest"]),
    ("page-ru-late-interest-q", ["Возврат задержали — сколько процентов или неустойки причитается?", "Återbetalningen är sen — hur mycket ränta eller vite?", "The refund is late — how much interest or penalty is owed?"]),
    ("page-ru-data", ["Мои персональные данные: сроки исполнителя", "Mina personuppgifter: arrangörens frister", "My personal data: the provider's deadlines"]),
    ("page-ru-data-q", ["Я запросил(а) сведения о своих данных или отозвал(а) согласие — до какого дня исполнитель должен ответить или уничтожить данные?", "Jag har begärt uppgifter om mina personuppgifter eller återkallat samtycket — när måste arrangören svara eller förstöra uppgifterna?", "I asked about my data or withdrew my consent: by when must the provider answer or destroy the data?"]),
    ("page-ru-group", ["Моя группа: проверка Приложения № 1", "Min grupp: kontroll av bilaga 1", "My group: check Appendix 1"]),
    ("page-ru-group-q", ["Сходятся ли даты, число встреч, часы и цены группы? Здесь же задаются данные своей группы для всех расчётов.", "Stämmer gruppens datum, antal träffar, timmar och priser? Här anger du också din egen grupp för alla beräkningar.", "Do the group's dates, meeting count, hours and prices agree? Here you also set your own group for every calculation."]),
    ("page-se-withdrawal", ["Право на отказ (ångerrätt)", "Ångerrätt", "Right of withdrawal"]),
    ("page-se-withdrawal-q", ["Можно ли ещё отказаться от договора и до какого дня?", "Kan jag fortfarande ångra avtalet, och till när?", "Can I still withdraw, until when, and what do I owe?"]),
    ("page-se-billing", ["Проверка предварительного счёта", "Kontroll av preliminär fakturering", "Estimated-billing check"]),
    ("page-se-billing-q", ["Правилен ли итоговый счёт после оценочных счетов?", "Stämmer avstämningsfakturan efter preliminär fakturering?", "Is this back-bill right?"]),
    ("page-se-deadlines", ["Сроки и проценты", "Frister och ränta", "Deadlines and interest"]),
    ("page-se-deadlines-q", ["Срок оплаты, проценты за просрочку, расторжение, отключение", "Förfallodag, dröjsmålsränta, uppsägning, avstängning", "Due date, late interest, termination, disconnection"]),
    ("tables-status", ["Данные и до какой даты они известны", "Tabeller och hur länge de gäller", "Data tables and how far they reach"]),
    ("ru-calendar", ["Производственный календарь РФ", "Ryska produktionskalendern", "Russian production calendar"]),
    ("key-rate", ["Ключевая ставка Банка России", "Ryska centralbankens styrränta", "Bank of Russia key rate"]),
    ("reference-rate", ["Референтная ставка Риксбанка", "Riksbankens referensränta", "Riksbank reference rate"]),
    ("known-until", ["известна до", "känd till", "known until"]),
    ("confirmed", ["подтверждён", "bekräftad", "confirmed"]),
    ("provisional", ["предварительный", "preliminär", "provisional"]),
    ("back", ["Назад", "Tillbaka", "Back"]),
    ("what", ["Что", "Vad", "What"]),
    ("copy-link", ["Скопировать ссылку", "Kopiera länk", "Copy link"]),
    ("link-copied", ["Ссылка скопирована", "Länken kopierad", "Link copied"]),
    ("print", ["Печать", "Skriv ut", "Print"]),
    ("embed", ["Встроить на свой сайт", "Bädda in på en webbplats", "Embed on a website"]),
    ("embed-help", [
        "Вставьте этот код в страницу своего сайта. Калькулятор откроется таким, как сейчас: с этой страницей, языком и введёнными данными (например, своей группой), но с датой расчёта на день открытия. Уберите из полей то, что посетитель должен ввести сам.",
        "Klistra in koden på en sida på er webbplats. Räknaren öppnas som den är nu: den här sidan, språket och ifyllda uppgifter, men med beräkningsdagen satt till den dag den öppnas. Töm de fält som besökaren ska fylla i själv.",
        "Paste this code into a page of your site. The calculator opens as it is now: this page, the language and what is filled in (your own group, say), but calculating as of the day it is opened. Empty the fields a visitor should fill in.",
    ]),
    ("embed-code", ["Код для вставки", "Kod att klistra in", "Code to paste"]),
    ("copy-code", ["Скопировать код", "Kopiera koden", "Copy the code"]),
    ("code-copied", ["Код скопирован", "Koden kopierad", "Code copied"]),
    ("embed-look", ["Оформление", "Utseende", "Look"]),
    ("embed-accent", ["Цвет акцента", "Accentfärg", "Accent colour"]),
    ("embed-radius", ["Скругление углов, px", "Hörnrundning, px", "Corner radius, px"]),
    ("embed-font", ["Шрифт", "Typsnitt", "Font"]),
    ("embed-scheme", ["Цветовая схема", "Färgschema", "Colour scheme"]),
    ("embed-scheme-auto", ["Как в системе посетителя", "Som besökarens system", "As the visitor's system"]),
    ("embed-scheme-light", ["Светлая", "Ljust", "Light"]),
    ("embed-scheme-dark", ["Тёмная", "Mörkt", "Dark"]),
    ("embed-density", ["Плотность", "Täthet", "Density"]),
    ("embed-density-normal", ["Обычная", "Normal", "Normal"]),
    ("embed-density-compact", ["Компактная", "Kompakt", "Compact"]),
    ("embed-preview", ["Предпросмотр встроенного калькулятора", "Förhandsvisning av den inbäddade räknaren", "Preview of the embedded calculator"]),
    ("open-calculator", ["Открыть калькулятор", "Öppna räknaren", "Open the calculator"]),
    ("open-full", ["Открыть в новой вкладке", "Öppna i en ny flik", "Open in a new tab"]),
    ("computed-on", ["Рассчитано", "Beräknat", "Computed on"]),
    ("calc-failed", [
        "Этот ввод не удалось посчитать. Попробуйте снова; если не выйдет — измените данные или удалите их (внизу страницы).",
        "Det här gick inte att beräkna. Försök igen; annars ändra eller rensa uppgifterna (längst ned).",
        "This input could not be calculated. Try again; if that fails, change or clear the data (at the bottom of the page).",
    ]),
    ("try-again", ["Попробовать снова", "Försök igen", "Try again"]),
    ("loading", ["Загружаем калькулятор…", "Laddar räknaren…", "Loading the calculator…"]),
    ("load-failed", [
        "Не удалось загрузить калькулятор. Проверьте соединение и попробуйте снова: введённое сохранено.",
        "Räknaren kunde inte laddas. Kontrollera anslutningen och försök igen: det du skrivit finns kvar.",
        "The calculator could not be loaded. Check the connection and try again: what you typed is kept.",
    ]),
    ("clear-data", ["Удалить мои данные", "Rensa mina uppgifter", "Clear my data"]),
];

/// A text of the shell (start page, header, footer) in `lang`, or "" when there is none. The app
/// uses only this, so the pages' texts (`texts.rs`) stay out of the app's module.
pub fn shell(lang: Lang, key: &str) -> &'static str {
    lookup(TEXTS, lang, key)
}

pub(crate) fn lookup(table: &[(&str, [&'static str; 3])], lang: Lang, key: &str) -> &'static str {
    table
        .iter()
        .find(|(k, _)| *k == key)
        .and_then(|(_, v)| v.get(lang.index()).copied())
        .unwrap_or("")
}

/// Any text in `lang` — the shell's, then the pages' — or "" (callers fall back; see `label`).
pub fn t(lang: Lang, key: &str) -> &'static str {
    match shell(lang, key) {
        "" => crate::texts::tables()
            .into_iter()
            .map(|table| lookup(table, lang, key))
            .find(|s| !s.is_empty())
            .unwrap_or(""),
        s => s,
    }
}

/// The label of an engine key or code (`refund-deadline`, `own-choice`): its translation, else the
/// key made readable ("refund deadline") so nothing is ever blank.
pub fn label(lang: Lang, key: &str) -> String {
    let s = t(lang, key);
    if s.is_empty() {
        key.replace(['-', '_'], " ")
    } else {
        s.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_has_three_languages_and_is_unique() {
        let mut seen = std::collections::BTreeSet::new();
        for (k, v) in TEXTS {
            assert!(seen.insert(*k), "duplicate key {k}");
            for s in v {
                assert!(!s.trim().is_empty(), "empty text for {k}");
            }
        }
    }

    #[test]
    fn language_codes() {
        assert_eq!(Lang::from_code("sv-SE"), Some(Lang::Sv));
        assert_eq!(Lang::from_code("ru"), Some(Lang::Ru));
        assert_eq!(Lang::from_code("de-DE"), None);
    }
}
