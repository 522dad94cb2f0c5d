//! Appendix 1 of the offer as data: the group's meetings, times, price and payment schedule.
//!
//! The shipped group «Мягкий старт» comes from `data/ru-group-myagkij-start.json`
//! ([`GroupParams::shipped`]); a provider supplies its own group in a scenario as the same data
//! ([`GroupInput`], the same field names as the JSON file), validated with field errors. The
//! RU-PARAMS-CHECK lint ([`GroupParams::lint`]) turns inconsistencies into warnings, never errors:
//! the group is still the contract, even where it contradicts itself.

use super::cite;
use super::Note;
use crate::data::{self, SHIPPED_GROUP};
use crate::error::{EngineError, Problem, Result, Validator};
use crate::money::Rub;
use crate::outcome::{Basis, Field, Notice, Outcome, Step, Value};
use crate::period::{self, Zone};
use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, Weekday};
use rust_decimal::Decimal;
use serde::Deserialize;

/// One instalment of the payment schedule, as input data.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct InstalmentInput {
    /// Amount, ₽.
    pub amount: Rub,
    /// Due date (inclusive).
    pub due: NaiveDate,
    /// Label from the Appendix.
    #[serde(default)]
    pub label: String,
}

/// A group's Appendix 1 as a provider (or the shipped data file) states it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct GroupInput {
    /// Identifier.
    #[serde(default)]
    pub id: String,
    /// Name of the group.
    #[serde(default)]
    pub name: String,
    /// IANA zone name of the stated times (default Europe/Moscow).
    #[serde(default = "moscow_name")]
    pub time_zone: String,
    /// Offset from UTC in minutes (default 180; the zone must not change its offset during the
    /// group: RU zones have no DST).
    #[serde(default = "moscow_offset")]
    pub utc_offset_minutes: i32,
    /// Stated weekday of the meetings: "Mon" … "Sun".
    pub weekday: String,
    /// Start time of a meeting, "09:00".
    pub meeting_start: NaiveTime,
    /// End time of a meeting, "10:30".
    pub meeting_end: NaiveTime,
    /// First day of the stated period.
    pub period_from: NaiveDate,
    /// Last day of the stated period.
    pub period_to: NaiveDate,
    /// Meeting dates, in order.
    pub meetings: Vec<NaiveDate>,
    /// The number of meetings the Appendix states.
    pub stated_meeting_count: u32,
    /// The total hours the Appendix states ("около 16 часов"), if it states any.
    #[serde(default)]
    pub stated_total_hours: Option<Decimal>,
    /// Price of the whole group, ₽.
    pub price: Rub,
    /// Stated price of one meeting, ₽.
    pub price_per_meeting: Rub,
    /// Payment schedule.
    #[serde(default)]
    pub instalments: Vec<InstalmentInput>,
    /// Minimum participants.
    #[serde(default)]
    pub participants_min: Option<u32>,
    /// Maximum participants.
    #[serde(default)]
    pub participants_max: Option<u32>,
}

fn moscow_name() -> String {
    Zone::Moscow.name().into()
}

fn moscow_offset() -> i32 {
    180
}

/// Input of `ru-group-check`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct GroupCheckInput {
    /// The group to check; the shipped group when absent.
    #[serde(default)]
    pub group: Option<GroupInput>,
}

/// One instalment, validated.
#[derive(Debug, Clone, PartialEq)]
pub struct Instalment {
    /// Amount.
    pub amount: Rub,
    /// Due date as stated.
    pub due: NaiveDate,
    /// Label.
    pub label: String,
}

/// The time zone of a group's stated times: a fixed offset (Russian zones have no DST).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupZone {
    /// IANA name.
    pub name: String,
    /// Offset from UTC, minutes.
    pub offset_minutes: i32,
}

impl GroupZone {
    fn label(&self) -> String {
        let m = self.offset_minutes;
        let sign = if m < 0 { '-' } else { '+' };
        let a = m.unsigned_abs();
        format!("{sign}{:02}:{:02}", a / 60, a % 60)
    }

    /// The end (24:00) of `date` in this zone.
    pub fn deadline(&self, date: NaiveDate) -> Value {
        if self.is_moscow() {
            return Zone::Moscow.deadline(date);
        }
        Value::Deadline {
            date,
            zone: self.name.clone(),
            utc_offset: self.label(),
        }
    }

    /// A local moment in this zone.
    pub fn moment(&self, local: NaiveDateTime) -> Value {
        if self.is_moscow() {
            return Zone::Moscow.moment(local);
        }
        Value::Moment {
            local,
            zone: self.name.clone(),
            utc_offset: self.label(),
        }
    }

    fn is_moscow(&self) -> bool {
        self.name == Zone::Moscow.name() && self.offset_minutes == 180
    }
}

/// A group's parameters, validated: meetings in strictly increasing order, at least one meeting,
/// positive prices, a meeting that ends after it starts.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupParams {
    /// Identifier.
    pub id: String,
    /// Name.
    pub name: String,
    /// Zone of the stated times.
    pub zone: GroupZone,
    /// Stated weekday.
    pub weekday: Weekday,
    /// Meeting start time.
    pub meeting_start: NaiveTime,
    /// Meeting end time.
    pub meeting_end: NaiveTime,
    /// Stated period.
    pub period_from: NaiveDate,
    /// Stated period.
    pub period_to: NaiveDate,
    /// Meeting dates (non-empty, increasing).
    pub meetings: Vec<NaiveDate>,
    /// Stated count.
    pub stated_meeting_count: u32,
    /// Stated total hours.
    pub stated_total_hours: Option<Decimal>,
    /// Price.
    pub price: Rub,
    /// Stated price per meeting.
    pub price_per_meeting: Rub,
    /// Payment schedule.
    pub instalments: Vec<Instalment>,
    /// Participants (min, max).
    pub participants: Option<(u32, u32)>,
    /// Whether this is the shipped group.
    pub shipped: bool,
}

fn parse_weekday(s: &str) -> Option<Weekday> {
    let w = match s.trim().to_ascii_lowercase().get(..3)? {
        "mon" => Weekday::Mon,
        "tue" => Weekday::Tue,
        "wed" => Weekday::Wed,
        "thu" => Weekday::Thu,
        "fri" => Weekday::Fri,
        "sat" => Weekday::Sat,
        "sun" => Weekday::Sun,
        _ => return None,
    };
    Some(w)
}

impl GroupParams {
    /// Appendix 1 of the shipped offer, from `data/ru-group-myagkij-start.json`.
    ///
    /// ```
    /// use clausecalc_engine::ru_intervision::GroupParams;
    /// let g = GroupParams::shipped();
    /// assert_eq!(g.meetings.len(), 8);
    /// assert_eq!(g.price.0.to_string(), "6800");
    /// ```
    pub fn shipped() -> GroupParams {
        let g = &SHIPPED_GROUP;
        let time =
            |hm: (u32, u32)| NaiveTime::from_hms_opt(hm.0, hm.1, 0).unwrap_or(NaiveTime::MIN);
        let hours = data::decimal(g.stated_total_hours);
        GroupParams {
            id: g.id.into(),
            name: g.name.into(),
            zone: GroupZone {
                name: g.time_zone.into(),
                offset_minutes: g.utc_offset_minutes,
            },
            weekday: parse_weekday(g.weekday).unwrap_or(Weekday::Wed),
            meeting_start: time(g.meeting_start),
            meeting_end: time(g.meeting_end),
            period_from: data::date(g.period_from).unwrap_or_default(),
            period_to: data::date(g.period_to).unwrap_or_default(),
            meetings: g.meetings.iter().filter_map(|m| data::date(*m)).collect(),
            stated_meeting_count: g.stated_meeting_count,
            stated_total_hours: if hours.is_zero() { None } else { Some(hours) },
            price: Rub(data::decimal(g.price)),
            price_per_meeting: Rub(data::decimal(g.price_per_meeting)),
            instalments: g
                .instalments
                .iter()
                .filter_map(|(amount, due, label)| {
                    Some(Instalment {
                        amount: Rub(data::decimal(*amount)),
                        due: data::date(*due)?,
                        label: (*label).into(),
                    })
                })
                .collect(),
            participants: Some((g.participants_min, g.participants_max)),
            shipped: true,
        }
    }

    /// Validates a provider's group; every bad field is reported under `prefix` (e.g.
    /// `group.meetings.2`).
    pub fn from_input(g: &GroupInput, prefix: &str) -> Result<GroupParams> {
        let f = |name: &str| format!("{prefix}.{name}");
        let mut v = Validator::new();
        let weekday = parse_weekday(&g.weekday);
        v.check(
            weekday.is_none(),
            f("weekday"),
            Problem::OutOfRange {
                detail: "Mon, Tue, Wed, Thu, Fri, Sat or Sun".into(),
            },
        );
        v.check(
            !(-720..=840).contains(&g.utc_offset_minutes),
            f("utc_offset_minutes"),
            Problem::OutOfRange {
                detail: "−720 to +840 minutes".into(),
            },
        );
        v.check(
            g.time_zone == Zone::Moscow.name() && g.utc_offset_minutes != 180,
            f("utc_offset_minutes"),
            Problem::Inconsistent {
                detail: "Europe/Moscow is UTC+3 (180 minutes)".into(),
            },
        );
        v.check(
            g.meeting_end <= g.meeting_start,
            f("meeting_end"),
            Problem::BeforeOther {
                other: f("meeting_start"),
            },
        );
        v.check(
            g.period_to < g.period_from,
            f("period_to"),
            Problem::BeforeOther {
                other: f("period_from"),
            },
        );
        v.check(g.meetings.is_empty(), f("meetings"), Problem::Missing);
        v.check(
            g.meetings.len() > 400,
            f("meetings"),
            Problem::OutOfRange {
                detail: "at most 400 meetings".into(),
            },
        );
        for (i, pair) in g.meetings.windows(2).enumerate() {
            if let [a, b] = pair {
                v.check(
                    b <= a,
                    format!("{prefix}.meetings.{}", i.saturating_add(1)),
                    Problem::Inconsistent {
                        detail: "meeting dates must increase".into(),
                    },
                );
            }
        }
        v.check(
            !g.price.0.is_sign_positive() || g.price.0.is_zero(),
            f("price"),
            Problem::NotPositive,
        );
        v.check(
            !g.price_per_meeting.0.is_sign_positive() || g.price_per_meeting.0.is_zero(),
            f("price_per_meeting"),
            Problem::NotPositive,
        );
        if let Some(h) = g.stated_total_hours {
            v.check(
                h.is_sign_negative(),
                f("stated_total_hours"),
                Problem::Negative,
            );
        }
        for (i, inst) in g.instalments.iter().enumerate() {
            v.check(
                !inst.amount.0.is_sign_positive() || inst.amount.0.is_zero(),
                format!("{prefix}.instalments.{i}.amount"),
                Problem::NotPositive,
            );
        }
        if let (Some(a), Some(b)) = (g.participants_min, g.participants_max) {
            v.check(
                b < a,
                f("participants_max"),
                Problem::BeforeOther {
                    other: f("participants_min"),
                },
            );
        }
        v.finish()?;
        Ok(GroupParams {
            id: g.id.clone(),
            name: g.name.clone(),
            zone: GroupZone {
                name: g.time_zone.clone(),
                offset_minutes: g.utc_offset_minutes,
            },
            weekday: weekday.unwrap_or(Weekday::Mon),
            meeting_start: g.meeting_start,
            meeting_end: g.meeting_end,
            period_from: g.period_from,
            period_to: g.period_to,
            meetings: g.meetings.clone(),
            stated_meeting_count: g.stated_meeting_count,
            stated_total_hours: g.stated_total_hours,
            price: g.price,
            price_per_meeting: g.price_per_meeting,
            instalments: g
                .instalments
                .iter()
                .map(|i| Instalment {
                    amount: i.amount,
                    due: i.due,
                    label: i.label.clone(),
                })
                .collect(),
            participants: g.participants_min.zip(g.participants_max),
            shipped: false,
        })
    }

    /// The group of a scenario: the provider's if given (validated), else the shipped one.
    pub fn resolve(g: Option<&GroupInput>, prefix: &str) -> Result<GroupParams> {
        match g {
            Some(g) => GroupParams::from_input(g, prefix),
            None => Ok(GroupParams::shipped()),
        }
    }

    /// Number of scheduled meetings.
    pub fn count(&self) -> u32 {
        u32::try_from(self.meetings.len()).unwrap_or(u32::MAX)
    }

    /// The start of the first meeting: the start of services (offer 6.1).
    pub fn start(&self) -> Result<NaiveDateTime> {
        self.meetings
            .first()
            .map(|d| d.and_time(self.meeting_start))
            .ok_or_else(|| EngineError::field("group.meetings", Problem::Missing))
    }

    /// The last meeting day.
    pub fn last_meeting(&self) -> Result<NaiveDate> {
        self.meetings
            .last()
            .copied()
            .ok_or_else(|| EngineError::field("group.meetings", Problem::Missing))
    }

    /// The value of `n` meetings: price × n ÷ meetings, rounded to 0.01 (RU-REFUND-AFTER-START:
    /// "value of a meeting = price ÷ meetings"; multiplying first keeps 8 of 8 = the price).
    pub fn meetings_value(&self, n: u32) -> Result<Rub> {
        let count = Decimal::from(self.count().max(1));
        Ok(self
            .price
            .mul(Decimal::from(n), "meetings-value")?
            .div(count, "meetings-value")?
            .round_cents())
    }

    /// The value of one meeting (price ÷ meetings).
    pub fn meeting_value(&self) -> Result<Rub> {
        self.meetings_value(1)
    }

    /// Length of one meeting in hours.
    pub fn meeting_hours(&self) -> Decimal {
        let minutes = self
            .meeting_end
            .signed_duration_since(self.meeting_start)
            .num_minutes();
        Decimal::from(minutes)
            .checked_div(Decimal::from(60))
            .unwrap_or_default()
    }

    /// Adds the facts of the group every outcome shows (price, meetings, value of a meeting).
    pub fn describe(&self, out: &mut Outcome) -> Result<()> {
        let value = self.meeting_value()?;
        out.figure(
            "price",
            Value::rub(self.price),
            "RU-SCHEDULE",
            cite::APP1,
            Basis::Agreed,
        );
        out.figure(
            "meeting-value",
            Value::rub(value),
            "RU-REFUND-AFTER-START",
            cite::AFTER_START,
            Basis::Agreed,
        );
        out.step(
            Step::new("RU-REFUND-AFTER-START", cite::AFTER_START)
                .input("price", Value::rub(self.price))
                .input("meetings", Value::Count(i64::from(self.count())))
                .output("meeting-value", Value::rub(value))
                .note(Note::MeetingValue),
        );
        if !self.shipped {
            out.assume(Notice::new(
                "group-provider-supplied",
                "The group's parameters were supplied in the scenario, not taken from the shipped Appendix 1.",
                vec![Field::new("group", Value::text(self.name.clone()))],
            ));
        }
        for m in &self.meetings {
            out.event(*m, crate::outcome::EventKind::Meeting, "meeting");
        }
        Ok(())
    }

    /// RU-PARAMS-CHECK — Appendix 1: the group's own parameters must agree with each other.
    ///
    /// Checks that meetings fall on the stated weekday and inside the stated period, that their
    /// number matches the stated count, that price = count × price per meeting, that the
    /// instalments sum to the price and that the stated hours match the schedule (the shipped
    /// Appendix says "около 16 часов" while 8 × 1.5 h = 12 h). Each failed check is a warning,
    /// not an error: the parameters remain the contract, and the refund uses price ÷ meetings.
    pub fn lint(&self, out: &mut Outcome) -> Result<usize> {
        const RULE: &str = "RU-PARAMS-CHECK";
        let mut found = 0usize;
        let mut warn = |out: &mut Outcome, n: Notice| {
            found = found.saturating_add(1);
            out.warn(n);
        };
        let count = self.count();
        let ok = count == self.stated_meeting_count;
        out.step(
            Step::new(RULE, cite::APP1)
                .input("meetings-listed", Value::Count(i64::from(count)))
                .input(
                    "meetings-stated",
                    Value::Count(i64::from(self.stated_meeting_count)),
                )
                .output("consistent", Value::Bool(ok))
                .note(Note::MeetingDatesCount),
        );
        if !ok {
            warn(
                out,
                Notice::new(
                    "group-count-mismatch",
                    format!(
                        "The Appendix states {} meetings but lists {count} dates.",
                        self.stated_meeting_count
                    ),
                    vec![
                        Field::new("stated", Value::Count(i64::from(self.stated_meeting_count))),
                        Field::new("listed", Value::Count(i64::from(count))),
                    ],
                ),
            );
        }
        for m in &self.meetings {
            let on_day = m.weekday() == self.weekday;
            let inside = *m >= self.period_from && *m <= self.period_to;
            out.step(
                Step::new(RULE, cite::APP1)
                    .input("meeting", Value::Date(*m))
                    .input(
                        "meeting-weekday",
                        Value::text(period::weekday_en(m.weekday())),
                    )
                    .input(
                        "stated-weekday",
                        Value::text(period::weekday_en(self.weekday)),
                    )
                    .input("period-from", Value::Date(self.period_from))
                    .input("period-to", Value::Date(self.period_to))
                    .output("on-stated-weekday", Value::Bool(on_day))
                    .output("inside-period", Value::Bool(inside))
                    .note(Note::MeetingDatesWeekday),
            );
            if !on_day {
                warn(
                    out,
                    Notice::new(
                        "group-meeting-wrong-weekday",
                        format!(
                            "The meeting of {m} is on a {}, not on the stated {}.",
                            period::weekday_en(m.weekday()),
                            period::weekday_en(self.weekday)
                        ),
                        vec![
                            Field::new("date", Value::Date(*m)),
                            Field::new("weekday", Value::text(period::weekday_en(m.weekday()))),
                            Field::new(
                                "stated-weekday",
                                Value::text(period::weekday_en(self.weekday)),
                            ),
                        ],
                    ),
                );
            }
            if !inside {
                warn(
                    out,
                    Notice::new(
                        "group-meeting-outside-period",
                        format!(
                            "The meeting of {m} lies outside the stated period {} – {}.",
                            self.period_from, self.period_to
                        ),
                        vec![
                            Field::new("date", Value::Date(*m)),
                            Field::new("period-from", Value::Date(self.period_from)),
                            Field::new("period-to", Value::Date(self.period_to)),
                        ],
                    ),
                );
            }
        }
        let product = self
            .price_per_meeting
            .mul(Decimal::from(self.stated_meeting_count), "params-check")?;
        let ok = product == self.price;
        out.step(
            Step::new(RULE, cite::APP1)
                .input("price", Value::rub(self.price))
                .input("price-per-meeting", Value::rub(self.price_per_meeting))
                .input(
                    "meetings-stated",
                    Value::Count(i64::from(self.stated_meeting_count)),
                )
                .output("count-times-price-per-meeting", Value::rub(product))
                .output("consistent", Value::Bool(ok))
                .note(Note::PriceMatchesMeetings),
        );
        if !ok {
            warn(
                out,
                Notice::new(
                    "group-price-mismatch",
                    format!(
                        "The price {} ₽ is not {} × {} ₽ = {} ₽; a meeting is valued at price ÷ meetings.",
                        self.price, self.stated_meeting_count, self.price_per_meeting, product
                    ),
                    vec![Field::new("price", Value::rub(self.price)), Field::new("product", Value::rub(product))],
                ),
            );
        }
        if !self.instalments.is_empty() {
            let sum = Rub::sum(self.instalments.iter().map(|i| i.amount), "params-check")?;
            let ok = sum == self.price;
            out.step(
                Step::new(RULE, cite::APP1)
                    .input("instalments-sum", Value::rub(sum))
                    .input("price", Value::rub(self.price))
                    .output("consistent", Value::Bool(ok))
                    .note(Note::ScheduleAddsUp),
            );
            if !ok {
                warn(
                    out,
                    Notice::new(
                        "group-instalments-mismatch",
                        format!(
                            "The instalments add up to {sum} ₽, the price is {} ₽.",
                            self.price
                        ),
                        vec![
                            Field::new("sum", Value::rub(sum)),
                            Field::new("price", Value::rub(self.price)),
                        ],
                    ),
                );
            }
        }
        if let Some(stated) = self.stated_total_hours {
            let per = self.meeting_hours();
            let scheduled = per
                .checked_mul(Decimal::from(count))
                .ok_or(EngineError::Overflow {
                    step: "params-check",
                })?
                .normalize();
            let ok = scheduled == stated;
            out.step(
                Step::new(RULE, cite::APP1)
                    .input("hours-stated", Value::Hours(stated))
                    .input("hours-per-meeting", Value::Hours(per))
                    .input("meetings-listed", Value::Count(i64::from(count)))
                    .output("hours-scheduled", Value::Hours(scheduled))
                    .output("consistent", Value::Bool(ok))
                    .note(Note::DurationMatches),
            );
            if !ok {
                warn(
                    out,
                    Notice::new(
                        "group-hours-mismatch",
                        format!(
                            "The Appendix states about {stated} h, but {count} meetings of {per} h make {scheduled} h; the schedule (dates and times) is used."
                        ),
                        vec![
                            Field::new("stated", Value::Hours(stated)),
                            Field::new("scheduled", Value::Hours(scheduled)),
                        ],
                    ),
                );
            }
        }
        Ok(found)
    }
}

/// `ru-group-check`: validates a group and runs the RU-PARAMS-CHECK lint.
pub(crate) fn check_calculator(input: &GroupCheckInput) -> Result<Outcome> {
    let g = GroupParams::resolve(input.group.as_ref(), "group")?;
    let mut out = Outcome::new("ru-group-check");
    g.describe(&mut out)?;
    let hours = g
        .meeting_hours()
        .checked_mul(Decimal::from(g.count()))
        .unwrap_or_default();
    out.figure(
        "meetings",
        Value::Count(i64::from(g.count())),
        "RU-PARAMS-CHECK",
        cite::APP1,
        Basis::Contract,
    );
    out.figure(
        "hours-scheduled",
        Value::Hours(hours),
        "RU-PARAMS-CHECK",
        cite::APP1,
        Basis::Contract,
    );
    let start = g.start()?;
    out.deadline(
        "service-start",
        g.zone.moment(start),
        "RU-PARAMS-CHECK",
        cite::APP1,
    );
    let found = g.lint(&mut out)?;
    out.figure(
        "inconsistencies",
        Value::Count(i64::try_from(found).unwrap_or(i64::MAX)),
        "RU-PARAMS-CHECK",
        cite::APP1,
        Basis::Contract,
    );
    out.headline = if found == 0 {
        Notice::new(
            "group-consistent",
            "The group's parameters agree with each other.",
            Vec::new(),
        )
    } else {
        Notice::new(
            "group-inconsistent",
            format!("The group's parameters contradict each other in {found} place(s); see the warnings."),
            vec![Field::new("count", Value::Count(i64::try_from(found).unwrap_or(i64::MAX)))],
        )
    };
    Ok(out)
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]
mod tests {
    use super::*;
    use crate::ru_intervision::testing::d;

    fn input() -> GroupInput {
        GroupInput {
            id: "x".into(),
            name: "x".into(),
            time_zone: "Europe/Moscow".into(),
            utc_offset_minutes: 180,
            weekday: "Wed".into(),
            meeting_start: NaiveTime::from_hms_opt(9, 0, 0).unwrap(),
            meeting_end: NaiveTime::from_hms_opt(10, 30, 0).unwrap(),
            period_from: d(2026, 4, 8),
            period_to: d(2026, 4, 22),
            meetings: vec![d(2026, 4, 8), d(2026, 4, 15), d(2026, 4, 22)],
            stated_meeting_count: 3,
            stated_total_hours: Some(Decimal::new(45, 1)),
            price: Rub(Decimal::new(3000, 0)),
            price_per_meeting: Rub(Decimal::new(1000, 0)),
            instalments: vec![],
            participants_min: None,
            participants_max: None,
        }
    }

    /// RU-PARAMS-CHECK — Appendix 1: the shipped group says ~16 h while 8 × 1.5 h = 12 h.
    #[test]
    fn shipped_group_hours_warning() {
        let g = GroupParams::shipped();
        assert_eq!(g.meetings.len(), 8);
        assert_eq!(g.meeting_value().unwrap(), Rub(Decimal::new(850, 0)));
        let mut out = Outcome::new("t");
        assert_eq!(g.lint(&mut out).unwrap(), 1);
        assert_eq!(out.warnings[0].code, "group-hours-mismatch");
    }

    /// RU-PARAMS-CHECK — a consistent provider group raises nothing; a broken one everything.
    #[test]
    fn provider_group_lint() {
        let g = GroupParams::from_input(&input(), "group").unwrap();
        let mut out = Outcome::new("t");
        assert_eq!(g.lint(&mut out).unwrap(), 0);
        let mut bad = input();
        bad.meetings = vec![d(2026, 4, 8), d(2026, 4, 16), d(2026, 4, 29)];
        bad.stated_meeting_count = 4;
        bad.instalments = vec![InstalmentInput {
            amount: Rub(Decimal::ONE),
            due: d(2026, 4, 1),
            label: String::new(),
        }];
        let g = GroupParams::from_input(&bad, "group").unwrap();
        let mut out = Outcome::new("t");
        g.lint(&mut out).unwrap();
        let codes: Vec<&str> = out.warnings.iter().map(|w| w.code.as_str()).collect();
        for c in [
            "group-count-mismatch",
            "group-meeting-wrong-weekday",
            "group-meeting-outside-period",
            "group-price-mismatch",
            "group-instalments-mismatch",
        ] {
            assert!(codes.contains(&c), "{c} in {codes:?}");
        }
    }

    /// Validation reports every bad field.
    #[test]
    fn invalid_group_fields() {
        let mut bad = input();
        bad.weekday = "Funday".into();
        bad.price = Rub(Decimal::ZERO);
        bad.meetings = vec![d(2026, 4, 8), d(2026, 4, 8)];
        let Err(EngineError::Invalid { fields }) = GroupParams::from_input(&bad, "group") else {
            panic!()
        };
        let names: Vec<&str> = fields.iter().map(|f| f.field.as_str()).collect();
        assert!(names.contains(&"group.weekday"));
        assert!(names.contains(&"group.price"));
        assert!(names.contains(&"group.meetings.1"));
    }

    /// A provider in another zone gets its own offset in deadline values.
    #[test]
    fn fixed_zone_values() {
        let z = GroupZone {
            name: "Asia/Yekaterinburg".into(),
            offset_minutes: 300,
        };
        assert_eq!(
            z.deadline(d(2026, 1, 1)),
            Value::Deadline {
                date: d(2026, 1, 1),
                zone: "Asia/Yekaterinburg".into(),
                utc_offset: "+05:00".into()
            }
        );
    }
}
