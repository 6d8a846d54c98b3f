//! Resolution: a recognised expression to an inclusive interval of dates.
//!
//! The publication date anchors deictic expressions ("Tuesday", "last week", "a month
//! ago"); the last date resolved in the text anchors anaphoric ones ("the next day", "two
//! days later", a bare clock time). Direction for a weekday, a month or a season: past by
//! default (news reports what happened), future when the words before it say so
//! ("will", "expected to", "next", or "by" and "until" in a clause not told in the past:
//! "had withdrawn by Wednesday" is past). A week starts on Monday (ISO 8601).

use super::lexicon::{month_number, number, Family, FUTURE_CUES, REPORTING_VERBS};
use super::recognize::Found;
use super::{Precision, Resolved};
use crate::words::PhraseSet;
use chrono::{Datelike, Days, Months, NaiveDate, NaiveTime, TimeZone, Utc, Weekday};
use once_cell::sync::Lazy;

/// What the resolver may look at besides the expression.
pub struct Context<'a> {
    /// The publication date, if known.
    pub published: Option<NaiveDate>,
    /// The last date resolved earlier in the text, for anaphoric expressions; for a clock
    /// time, the day of the nearest date in its own sentence or the one before.
    pub anchor: Option<NaiveDate>,
    /// How many days the anchor runs past its first (0 for a day; 9 for "mid-August"): an
    /// expression counted from it spans as many.
    pub anchor_width: u64,
    /// The last period of more than a day named earlier in the text ("Between 1 and 31
    /// July"), which "the reporting period" and "the same period" mean.
    pub period: Option<Period>,
    /// The sentence the expression lies in; `Found` offsets are relative to it.
    pub sentence: &'a str,
    /// The day the sentence dates a happening named after "after" or "before" ("three days
    /// after a ceasefire ... was to take effect on Feb. 15"), which such an offset counts
    /// from.
    pub happening_day: Option<NaiveDate>,
}

/// A period named in the text: first and last day, and how finely it is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    /// First day, inclusive.
    pub start: NaiveDate,
    /// Last day, inclusive.
    pub end: NaiveDate,
    /// Its precision.
    pub precision: Precision,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Direction {
    Past,
    Future,
}

/// Resolves `found`, or `None` when it cannot be anchored or names no real date.
pub fn resolve(found: &Found, ctx: &Context) -> Option<Resolved> {
    resolve_expression(found, ctx).map(|r| the_week_of(found, ctx, r))
}

/// "in the week of May 20": a day after "the week of" names its week, Monday to Sunday.
fn the_week_of(found: &Found, ctx: &Context, day: Resolved) -> Resolved {
    let before = crate::words::tail(&ctx.sentence[..found.matched.start], 16);
    let week_of = before.len() >= 8
        && before.is_char_boundary(before.len() - 8)
        && before[before.len() - 8..].eq_ignore_ascii_case("week of ");
    if !week_of || day.start != day.end {
        return day;
    }
    let mon = monday(day.start);
    let iso = mon.iso_week();
    Resolved {
        start: mon,
        end: mon + Days::new(6),
        precision: Precision::Week,
        value: format!("{}-W{:02}", iso.year(), iso.week()),
        modifier: None,
        instant: None,
        cue: format!("the week of {}", day.cue),
    }
}

/// The expression's own reading, before the words around it ([`the_week_of`]) widen it.
fn resolve_expression(found: &Found, ctx: &Context) -> Option<Resolved> {
    let caps = &found.groups;
    let re = super::recognize::regex(found.pattern);
    let get = |name: &str| crate::words::group(re, caps, name).map(|m| m.as_str());
    // A year of two digits ("24.02.22") is of this century, or the last from 50 on.
    let year = get("year").and_then(|y| y.parse::<i32>().ok()).or_else(|| {
        let yy = get("yy")?.parse::<i32>().ok()?;
        Some(if yy < 50 { 2000 + yy } else { 1900 + yy })
    });
    let month = get("mon").and_then(month_number);
    let pubd = ctx.published;
    let (direction, cue) = direction(found, ctx, get("prep"), get("rel"));
    let resolved =
        |start: NaiveDate, end: NaiveDate, precision, value: String, modifier, cue: String| {
            Some(Resolved {
                start,
                end: end.max(start),
                precision,
                value,
                modifier,
                instant: None,
                cue,
            })
        };
    match found.family {
        Family::IsoDate | Family::NumericDate => {
            let d =
                NaiveDate::from_ymd_opt(year?, get("m")?.parse().ok()?, get("d")?.parse().ok()?)?;
            resolved(
                d,
                d,
                Precision::Day,
                day_value(d),
                None,
                "explicit date".into(),
            )
        }
        Family::MonthDay | Family::DayMonth | Family::Since => {
            let d = get("d")?.parse::<u32>().ok()?;
            let Some(m) = month else {
                // "on the 14th": the latest 14th up to publication (the next one when the
                // sentence looks ahead).
                let date = day_of_month(pubd?, d, direction)?;
                return resolved(
                    date,
                    date,
                    Precision::Day,
                    day_value(date),
                    None,
                    format!("month from publication, {cue}"),
                );
            };
            let (date, cue) = month_day(year, m, d, pubd, direction, &cue)?;
            if found.family == Family::Since {
                let end = pubd.filter(|p| *p >= date).unwrap_or(date);
                return resolved(
                    date,
                    end,
                    by_length(date, end),
                    format!("{}/{}", day_value(date), day_value(end)),
                    None,
                    cue,
                );
            }
            resolved(date, date, Precision::Day, day_value(date), None, cue)
        }
        Family::RangeBetween | Family::RangeDash => {
            // "between 1 and 7 March": one month, after the second day.
            let m2 = get("mon2").and_then(month_number);
            let m1 = month.or(m2)?;
            let m2 = m2.unwrap_or(m1);
            let (d1, d2) = (
                get("d1")?.parse::<u32>().ok()?,
                get("d2")?.parse::<u32>().ok()?,
            );
            let start = match year {
                Some(y) => NaiveDate::from_ymd_opt(y, m1, d1)?,
                None => date_without_year(pubd?, m1, d1, direction)?,
            };
            let mut end = NaiveDate::from_ymd_opt(start.year(), m2, d2)?;
            if end < start {
                end = NaiveDate::from_ymd_opt(start.year() + 1, m2, d2)?;
            }
            resolved(
                start,
                end,
                by_length(start, end),
                format!("{}/{}", day_value(start), day_value(end)),
                None,
                cue,
            )
        }
        Family::MonthRange => {
            // "between March and May 2023": the year is the second month's; the first month
            // is in the year before when it comes later in the calendar ("from November to
            // February").
            let (m1, m2) = (month?, get("mon2").and_then(month_number)?);
            let y2 = year.or_else(|| pubd.map(|p| month_year(p, m2, direction)))?;
            let y1 = if m1 <= m2 { y2 } else { y2 - 1 };
            let start = NaiveDate::from_ymd_opt(y1, m1, 1)?;
            let end = NaiveDate::from_ymd_opt(y2, m2, last_day(y2, m2)?)?;
            resolved(
                start,
                end,
                by_length(start, end),
                format!("{y1:04}-{m1:02}/{y2:04}-{m2:02}"),
                None,
                cue,
            )
        }
        Family::MonthPart => {
            let m = month?;
            let y = year.or_else(|| pubd.map(|p| month_year(p, m, direction)))?;
            let last = last_day(y, m)?;
            let (a, b, modifier) = month_part(get("part")?, last)?;
            let start = NaiveDate::from_ymd_opt(y, m, a)?;
            let end = NaiveDate::from_ymd_opt(y, m, b)?;
            let precision = if b - a < 7 {
                Precision::Week
            } else {
                Precision::Month
            };
            resolved(
                start,
                end,
                precision,
                format!("{y}-{m:02}"),
                Some(modifier),
                cue,
            )
        }
        Family::MonthYear | Family::MonthAlone => {
            let m = month?;
            let y = match (year, get("rel").map(str::to_lowercase)) {
                (Some(y), _) => y,
                (None, Some(rel)) => {
                    let p = pubd?;
                    match rel.trim() {
                        "last" => {
                            if m < p.month() {
                                p.year()
                            } else {
                                p.year() - 1
                            }
                        }
                        "next" => {
                            if m > p.month() {
                                p.year()
                            } else {
                                p.year() + 1
                            }
                        }
                        _ => p.year(),
                    }
                }
                (None, None) => match narrated_year(found, ctx, m) {
                    Some(y) => y,
                    None => month_year(pubd?, m, direction),
                },
            };
            let start = NaiveDate::from_ymd_opt(y, m, 1)?;
            let end = NaiveDate::from_ymd_opt(y, m, last_day(y, m)?)?;
            resolved(
                start,
                end,
                Precision::Month,
                format!("{y}-{m:02}"),
                None,
                cue,
            )
        }
        Family::Weekday => {
            let p = pubd?;
            let wd = weekday(get("wd")?)?;
            let rel = get("rel").map(str::to_lowercase);
            let date = match rel.as_deref() {
                Some("this") => monday(p) + Days::new(wd.num_days_from_monday() as u64),
                Some("last") => {
                    let back = days_back(p, wd);
                    p - Days::new(if back == 0 { 7 } else { back })
                }
                // "will arrive on Monday" in a Monday paper is that day; "next Monday" is the
                // week after.
                _ if direction == Direction::Future => {
                    let ahead =
                        (wd.num_days_from_monday() + 7 - p.weekday().num_days_from_monday()) % 7;
                    let ahead = if ahead == 0 && rel.as_deref() == Some("next") {
                        7
                    } else {
                        ahead
                    };
                    p + Days::new(u64::from(ahead))
                }
                _ => p - Days::new(days_back(p, wd)),
            };
            // "from Monday to Wednesday": the first day as above, the last the next such
            // weekday on or after it.
            if let Some(last) = get("wd2").and_then(weekday) {
                let days = (last.num_days_from_monday() + 7 - wd.num_days_from_monday()) % 7;
                let end = date + Days::new(days as u64);
                return resolved(date, end, Precision::Week, day_value(date), None, cue);
            }
            let modifier = match rel.as_deref() {
                Some("early") => Some("START"),
                Some("late") => Some("END"),
                _ => None,
            };
            resolved(date, date, Precision::Day, day_value(date), modifier, cue)
        }
        Family::DayWord => {
            let w = get("w")?.to_lowercase();
            let w = w.split_whitespace().collect::<Vec<_>>().join(" ");
            // "the next morning", "the previous evening": a part of the day after (before)
            // the last date is that day.
            let w = match w.split(' ').collect::<Vec<_>>()[..] {
                ["the", "next" | "following", "morning" | "afternoon" | "evening" | "night"] => {
                    "the next day".to_string()
                }
                ["the", "previous", "morning" | "afternoon" | "evening" | "night"] => {
                    "the previous day".to_string()
                }
                // "By mid-afternoon, the fire was out", "in the evening": a part of the day
                // of the last date told.
                ["by" | "in" | "during" | "mid-morning" | "mid-afternoon" | "midmorning"
                | "midafternoon", ..] => "the same day".to_string(),
                // "That night, it shelled Kharkiv", "the same evening": the day of the last
                // date told.
                ["that", "day" | "night" | "morning" | "afternoon" | "evening"]
                | ["the", "same", _] => "the same day".to_string(),
                // "Fighting raged throughout the night": the night before the report.
                [.., "the", "night"] => "overnight".to_string(),
                // "Hours later, another strike hit": the day of the last date told.
                [.., "hours" | "minutes" | "moments", "later" | "earlier"] => {
                    "the same day".to_string()
                }
                _ => w,
            };
            let anaphoric = matches!(
                w.as_str(),
                "the day before"
                    | "the previous day"
                    | "the next day"
                    | "the following day"
                    | "the same day"
            );
            let base = if anaphoric {
                ctx.anchor.or(pubd)?
            } else {
                pubd?
            };
            let cue = if anaphoric && ctx.anchor.is_some() {
                "anchored on the last date in the text".to_string()
            } else {
                "publication day".to_string()
            };
            let (start, end) = match w.as_str() {
                "yesterday" | "last night" => (base - Days::new(1), base - Days::new(1)),
                "the day before yesterday" => (base - Days::new(2), base - Days::new(2)),
                // The night whose evening was the day before yesterday.
                "the night before last" => (base - Days::new(2), base - Days::new(1)),
                "on the eve" => (base - Days::new(1), base - Days::new(1)),
                "overnight" => (base - Days::new(1), base),
                "the day before" | "the previous day" => (base - Days::new(1), base - Days::new(1)),
                "the next day" | "the following day" => (base + Days::new(1), base + Days::new(1)),
                _ => (base, base),
            };
            // "Earlier this month ... the day before": a day before a month's part is as
            // wide as it.
            let width = if anaphoric && ctx.anchor.is_some() {
                ctx.anchor_width
            } else {
                0
            };
            let end = end + Days::new(width);
            resolved(
                start,
                end,
                width_precision(width),
                day_value(start),
                None,
                cue,
            )
        }
        Family::Week => {
            let p = pubd?;
            let w = get("w")?.to_lowercase();
            let w = w.split_whitespace().collect::<Vec<_>>().join(" ");
            let mon = monday(p);
            let (start, end, weekend) = match w.as_str() {
                // "On 8 April a missile hit Kramatorsk. The following week, ...": the week
                // after the last date told.
                "the following week" => {
                    let after = monday(ctx.anchor.unwrap_or(p)) + Days::new(7);
                    (after, after + Days::new(6), false)
                }
                "last week" | "previous week" => (mon - Days::new(7), mon - Days::new(1), false),
                // The seven days up to the report.
                "this past week" => (p - Days::new(7), p, false),
                "this week" | "the week" => (mon, mon + Days::new(6), false),
                "next week" | "coming week" => (mon + Days::new(7), mon + Days::new(13), false),
                "earlier this week" | "earlier in the week" => (mon, p, false),
                "later this week" => (p, mon + Days::new(6), false),
                "this weekend" => (mon + Days::new(5), mon + Days::new(6), true),
                "next weekend" | "coming weekend" => {
                    (mon + Days::new(12), mon + Days::new(13), true)
                }
                "last weekend" | "previous weekend" | "this past weekend" => {
                    let sat = mon - Days::new(2);
                    (sat, sat + Days::new(1), true)
                }
                _ => {
                    // "the weekend": the last one begun, or the next one if the words say so.
                    let started = p.weekday().num_days_from_monday() >= 5;
                    let sat = if direction == Direction::Future || started {
                        mon + Days::new(5)
                    } else {
                        mon - Days::new(2)
                    };
                    (sat, sat + Days::new(1), true)
                }
            };
            // "late last week": Thursday to Sunday of it; "early", Monday to Wednesday.
            let part = match get("part") {
                Some(part) if !weekend && end - start == chrono::TimeDelta::days(6) => {
                    Some(week_part(part)?)
                }
                _ => None,
            };
            let (start, end) = match part {
                Some((a, b, _)) => (start + Days::new(a), start + Days::new(b)),
                None => (start, end),
            };
            let iso = start.iso_week();
            let value = if weekend {
                format!("{}-W{:02}-WE", iso.year(), iso.week())
            } else {
                format!("{}-W{:02}", iso.year(), iso.week())
            };
            resolved(
                start,
                end,
                Precision::Week,
                value,
                part.map(|(_, _, modifier)| modifier),
                "week starts on Monday".into(),
            )
        }
        Family::MonthRelative => {
            let p = pubd?;
            let w = get("w")?.to_lowercase();
            let w = w.split_whitespace().collect::<Vec<_>>().join(" ");
            let first = p.with_day(1)?;
            let (start, end, cue) = match w.as_str() {
                "last month" | "previous month" => {
                    let s = first.checked_sub_months(Months::new(1))?;
                    (s, first - Days::new(1), "previous month".to_string())
                }
                "next month" | "coming month" => {
                    let s = first.checked_add_months(Months::new(1))?;
                    (
                        s,
                        s.checked_add_months(Months::new(1))? - Days::new(1),
                        "next month".to_string(),
                    )
                }
                "earlier this month" if p.day() <= 3 => {
                    let s = first.checked_sub_months(Months::new(1))?;
                    (
                        s,
                        first - Days::new(1),
                        format!(
                            "written on day {} of the month: the previous month",
                            p.day()
                        ),
                    )
                }
                "earlier this month" => (first, p, "this month up to publication".to_string()),
                "later this month" => (
                    p,
                    first.checked_add_months(Months::new(1))? - Days::new(1),
                    "rest of this month".to_string(),
                ),
                _ => (
                    first,
                    first.checked_add_months(Months::new(1))? - Days::new(1),
                    "this month".to_string(),
                ),
            };
            // "late last month": the part of the whole month named.
            if let Some(part) = get("part") {
                let cue = format!("{cue}, {}", part.to_lowercase());
                // "entered Siversk in mid-September and reached the centre by the end of the
                // month": the month of the last date the text named.
                let (month, cue) = match ctx.anchor.filter(|_| w == "the month") {
                    Some(anchor) => (
                        anchor.with_day(1)?,
                        format!("{cue}, the month of the last date in the text"),
                    ),
                    None => (start, cue),
                };
                let in_month = part_of_month(month.year(), month.month(), part, cue.clone())?;
                // "Troops withdrew at the end of the month", written on the 19th: the
                // month before.
                if w == "the month" && in_month.start > p && direction == Direction::Past {
                    let before = month.with_day(1)?.checked_sub_months(Months::new(1))?;
                    let cue = format!("{cue}, past tense: the month before");
                    return part_of_month(before.year(), before.month(), part, cue);
                }
                return Some(in_month);
            }
            resolved(
                start,
                end,
                Precision::Month,
                format!("{}-{:02}", start.year(), start.month()),
                None,
                cue,
            )
        }
        Family::YearRelative => {
            let p = pubd?;
            // "the start of the year" is of this year.
            let w = get("w").unwrap_or("this year").to_lowercase();
            let w = w.split_whitespace().collect::<Vec<_>>().join(" ");
            let y = match w.as_str() {
                "last year" | "previous year" => p.year() - 1,
                "next year" => p.year() + 1,
                "earlier this year" if p.ordinal() <= 7 => p.year() - 1,
                _ => p.year(),
            };
            let (mut start, mut end) = (
                NaiveDate::from_ymd_opt(y, 1, 1)?,
                NaiveDate::from_ymd_opt(y, 12, 31)?,
            );
            if w == "earlier this year" && y == p.year() {
                end = p;
            }
            if w == "later this year" {
                start = p;
            }
            // "late last year", "early this year": a part of the year named.
            if let Some(part) = get("ypart") {
                return part_of_year(y, part, &format!("{cue}, {part} the year"));
            }
            // "since the start of the year": early January; "the end of last year": late
            // December (the month parts of "How are month parts cut?").
            let part = get("part").map(str::to_lowercase);
            let (month, month_part) = match part.as_deref() {
                Some("start" | "beginning") => (1, "early"),
                Some("middle") => (7, "early"),
                Some("end") => (12, "late"),
                _ => return resolved(start, end, Precision::Year, y.to_string(), None, cue),
            };
            let cue = format!("{cue}, the {} of the year", part.unwrap_or_default());
            part_of_month(y, month, month_part, cue)
        }
        Family::YearAlone => {
            let y = year?;
            resolved(
                NaiveDate::from_ymd_opt(y, 1, 1)?,
                NaiveDate::from_ymd_opt(y, 12, 31)?,
                Precision::Year,
                y.to_string(),
                None,
                "explicit year".into(),
            )
        }
        Family::YearPart => part_of_year(year?, get("part")?, "explicit year"),
        Family::Holiday => {
            let holiday = get("holiday")?.to_lowercase();
            let holiday = holiday.split_whitespace().collect::<Vec<_>>().join(" ");
            let (m, d) = match holiday.replace('\u{2019}', "'").as_str() {
                "independence day" => (8, 24),
                "new year's eve" => (12, 31),
                "new year's day" | "new year's night" => (1, 1),
                "orthodox christmas" => (1, 7),
                "christmas eve" => (12, 24),
                "christmas day" | "christmas morning" => (12, 25),
                // "on Christmas night": the night from 24 into 25 December, as New Year's.
                "christmas night" => (12, 25),
                "victory day" => (5, 9),
                "constitution day" => (6, 28),
                _ => return None,
            };
            let (date, cue) = month_day(year, m, d, pubd, direction, &cue)?;
            // "on the eve of Independence Day": the day before.
            let date = match get("eve") {
                Some(_) => date.pred_opt()?,
                None => date,
            };
            let cue = format!("{holiday}: {cue}");
            // "on New Year's night": the night from 31 December into 1 January.
            if holiday.ends_with("night") {
                return resolved(
                    date.pred_opt()?,
                    date,
                    Precision::Day,
                    day_value(date),
                    None,
                    cue,
                );
            }
            resolved(date, date, Precision::Day, day_value(date), None, cue)
        }
        Family::Offset => {
            let n = number(get("n")?)?;
            let unit = get("unit")?.to_lowercase();
            let dir = get("dir")?.to_lowercase();
            // "two days after Ukraine sent reinforcements": counted from a happening the
            // text names, from the day the sentence gives it ("three days after a ceasefire
            // was to take effect on Feb. 15"), else from no date at all: not from the last
            // date. A bare "two days after" (or "before") at the end of a clause, or "two
            // days after that", counts from that date.
            let after = ctx.sentence[found.matched.end..].trim_start();
            let pointing_back = ["that", "this"].iter().any(|w| {
                after.starts_with(w) && !after[w.len()..].starts_with(|c: char| c.is_alphanumeric())
            });
            let names_a_happening =
                !pointing_back && after.starts_with(|c: char| c.is_alphanumeric());
            let forward = matches!(dir.as_str(), "later" | "after");
            if matches!(dir.as_str(), "after" | "before") && names_a_happening {
                let day = shift(ctx.happening_day?, n, &unit, forward)?;
                return resolved(
                    day,
                    day,
                    Precision::Day,
                    day_value(day),
                    Some("APPROX"),
                    "counted from the happening's day in the sentence".into(),
                );
            }
            // "Two days later, troops withdrew" with no date before it counts from a
            // happening the text does not date; from the publication day it would land in
            // the future.
            if forward && ctx.anchor.is_none() {
                return None;
            }
            let (base, cue) = if dir == "ago" {
                (pubd?, "publication day minus the offset".to_string())
            } else {
                (
                    ctx.anchor.or(pubd)?,
                    "anchored on the last date in the text".to_string(),
                )
            };
            let date = shift(base, n, &unit, forward)?;
            let width = if dir == "ago" || ctx.anchor.is_none() {
                0
            } else {
                ctx.anchor_width
            };
            // "a month ago" is a day give or take a few; "ten years ago" a day give or take
            // a month.
            let precision = if unit == "day" || unit == "hour" {
                width_precision(width)
            } else if unit == "year" {
                width_precision(width).max(Precision::Month)
            } else {
                width_precision(width).max(Precision::Week)
            };
            let end = date + Days::new(width);
            resolved(date, end, precision, day_value(date), Some("APPROX"), cue)
        }
        Family::PastPeriod => {
            let p = pubd?;
            let n = get("n").and_then(number).unwrap_or(1);
            let unit = get("unit").or_else(|| get("unit2"))?.to_lowercase();
            let start = if unit.starts_with("hour") {
                p - Days::new(n.div_ceil(24).max(1) as u64)
            } else {
                shift(p, n, unit.trim_end_matches('s'), false)?
            };
            resolved(
                start,
                p,
                by_length(start, p),
                format!("{}/{}", day_value(start), day_value(p)),
                None,
                "period up to publication".into(),
            )
        }
        Family::SamePeriod => {
            let period = ctx.period?;
            resolved(
                period.start,
                period.end,
                period.precision,
                format!("{}/{}", day_value(period.start), day_value(period.end)),
                None,
                "the last period named".into(),
            )
        }
        Family::Recent => {
            let p = pubd?;
            let unit = get("unit")?.to_lowercase();
            let ahead = get("ahead").is_some();
            // "in recent hours" is the report's day and the night before it.
            let (start, end) = match (unit.as_str(), ahead) {
                ("hours", false) => (p - Days::new(1), p),
                ("hours", true) => (p, p + Days::new(1)),
                ("days", false) => (p - Days::new(7), p),
                ("weeks", false) => (p - Days::new(28), p),
                (_, false) => (p.checked_sub_months(Months::new(3))?, p),
                ("days", true) => (p, p + Days::new(7)),
                ("weeks", true) => (p, p + Days::new(28)),
                (_, true) => (p, p.checked_add_months(Months::new(3))?),
            };
            resolved(
                start,
                end,
                by_length(start, end),
                format!("{}/{}", day_value(start), day_value(end)),
                Some("APPROX"),
                if ahead {
                    "coming period from publication".into()
                } else {
                    "recent period up to publication".into()
                },
            )
        }
        Family::War => {
            // Russia's full-scale invasion began on 24 February 2022; before it, "the war" was
            // the war in Donbas, which began in April 2014.
            let invasion = NaiveDate::from_ymd_opt(2022, 2, 24)?;
            let war_in_donbas = NaiveDate::from_ymd_opt(2014, 4, 6)?;
            // "the special military operation" is Russia's official name for the invasion.
            let what = match get("what").or_else(|| get("what2"))?.to_lowercase() {
                w if w.starts_with("special") => "invasion".to_string(),
                w => w,
            };
            let begun = match (what.as_str(), pubd) {
                ("invasion", Some(p)) if p < invasion => return None,
                ("war", Some(p)) if p < invasion => war_in_donbas,
                ("war", None) => return None,
                _ => invasion,
            };
            // "the second anniversary of the invasion": its day, two years on.
            if let Some(ordinal) = get("ord") {
                let years = ordinal_number(ordinal)?;
                let day = begun.checked_add_months(Months::new(12 * years))?;
                return resolved(
                    day,
                    day,
                    Precision::Day,
                    day_value(day),
                    None,
                    format!("the {what}'s anniversary"),
                );
            }
            let part = get("part").map(|p| p.to_lowercase()).unwrap_or_default();
            // "the 1,000th day of the war": the invasion's day plus 999.
            let nth = get("nth").and_then(|n| n.replace(',', "").parse::<i64>().ok());
            let (from, days, precision) = match part.split_whitespace().collect::<Vec<_>>()[..] {
                _ if nth.is_some() => {
                    let n = nth.filter(|n| (1..=20_000).contains(n))? - 1;
                    (n, n as u64, Precision::Day)
                }
                [] => (0, 0, Precision::Day),
                ["first", "hours"] => (0, 0, Precision::Day),
                ["eve"] => (-1, 0, Precision::Day),
                ["first", "day"] => (0, 0, Precision::Day),
                ["first" | "early", "days"] => (0, 6, Precision::Week),
                ["first" | "early", w] if w.starts_with("week") => (0, 27, Precision::Month),
                ["first" | "early", m] if m.starts_with("month") => (0, 89, Precision::Season),
                // "the start", "the beginning", "the outset": the first fortnight.
                _ => (0, 13, Precision::Month),
            };
            let start = match from {
                f if f < 0 => begun.pred_opt()?,
                f => begun + Days::new(f as u64),
            };
            let end = begun + Days::new(days);
            resolved(
                start,
                end,
                precision,
                day_value(start),
                (days > 0).then_some("APPROX"),
                format!("the {what}'s start"),
            )
        }
        Family::Season => {
            let season = get("season")?.to_lowercase();
            let rel = get("rel").unwrap_or("the").to_lowercase();
            let start_month = match season.as_str() {
                "spring" => 3,
                "summer" => 6,
                "autumn" | "fall" => 9,
                _ => 12,
            };
            // "the winter of 2022-23": the winter that starts in the first year named.
            let two_years = get("year2").is_some();
            // "In the spring of 2024, ... That summer, ...": the season of the year of the last
            // date told, or of the last period named.
            let that_year = ctx
                .anchor
                .or(ctx.period.as_ref().map(|p| p.start))
                .filter(|_| rel == "that")
                .map(|a| a.year() - i32::from(start_month == 12 && a.month() < 3));
            let y = match year {
                Some(y) => {
                    if start_month == 12 && !two_years {
                        y - 1
                    } else {
                        y
                    }
                }
                None if that_year.is_some() => that_year?,
                None => {
                    let p = pubd?;
                    let this_start = NaiveDate::from_ymd_opt(
                        if start_month == 12 && p.month() < 3 {
                            p.year() - 1
                        } else {
                            p.year()
                        },
                        start_month,
                        1,
                    )?;
                    match (rel.as_str(), direction) {
                        ("last", _) => {
                            if this_start.checked_add_months(Months::new(3))? <= p {
                                this_start.year()
                            } else {
                                this_start.year() - 1
                            }
                        }
                        ("next", _) => {
                            if this_start > p {
                                this_start.year()
                            } else {
                                this_start.year() + 1
                            }
                        }
                        (_, Direction::Future) => {
                            if this_start.checked_add_months(Months::new(3))? > p {
                                this_start.year()
                            } else {
                                this_start.year() + 1
                            }
                        }
                        _ => {
                            if this_start <= p {
                                this_start.year()
                            } else {
                                this_start.year() - 1
                            }
                        }
                    }
                }
            };
            let start = NaiveDate::from_ymd_opt(y, start_month, 1)?;
            let end = start.checked_add_months(Months::new(3))? - Days::new(1);
            let code = match start_month {
                3 => "SP",
                6 => "SU",
                9 => "FA",
                _ => "WI",
            };
            resolved(
                start,
                end,
                Precision::Season,
                format!("{y}-{code}"),
                None,
                cue,
            )
        }
        Family::Clock => {
            let date = ctx.anchor.or(pubd)?;
            let cue = if ctx.anchor.is_some() {
                "day of the date in this or the previous sentence"
            } else {
                "publication day"
            };
            let mut r = Resolved {
                start: date,
                end: date,
                precision: Precision::Day,
                value: day_value(date),
                modifier: None,
                instant: None,
                cue: cue.into(),
            };
            if let Some(instant) = clock_instant(caps, date) {
                r.precision = Precision::Instant;
                r.value = instant.format("%Y-%m-%dT%H:%MZ").to_string();
                r.instant = Some(instant);
            }
            Some(r)
        }
    }
}

/// The precision of an interval `width` days past its first: a day, up to a week, longer.
fn width_precision(width: u64) -> Precision {
    match width {
        0 => Precision::Day,
        1..=6 => Precision::Week,
        _ => Precision::Month,
    }
}

/// Part `part` ("late", "the first week of") of month `m` of year `y`, at month precision.
/// A part of year `y`: thirds of the year for early, mid and late, halves; the start and
/// the end of a year are its first and last ten days, as in "the end of last year".
fn part_of_year(y: i32, part: &str, cue: &str) -> Option<Resolved> {
    let part = part.to_lowercase();
    let part = part.split_whitespace().collect::<Vec<_>>().join(" ");
    let ((m1, d1), (m2, d2), modifier) = match part.as_str() {
        "the beginning of" | "the start of" => {
            return part_of_month(y, 1, "early", format!("{cue}, {part}"));
        }
        "the end of" => return part_of_month(y, 12, "late", format!("{cue}, {part}")),
        "early" => ((1, 1), (4, 30), "START"),
        "mid" | "the middle of" => ((5, 1), (8, 31), "MID"),
        "late" => ((9, 1), (12, 31), "END"),
        "the first half of" => ((1, 1), (6, 30), "START"),
        "the second half of" => ((7, 1), (12, 31), "END"),
        _ => return None,
    };
    Some(Resolved {
        start: NaiveDate::from_ymd_opt(y, m1, d1)?,
        end: NaiveDate::from_ymd_opt(y, m2, d2)?,
        precision: Precision::Season,
        value: y.to_string(),
        modifier: Some(modifier),
        instant: None,
        cue: cue.into(),
    })
}

fn part_of_month(y: i32, m: u32, part: &str, cue: String) -> Option<Resolved> {
    let (a, b, modifier) = month_part(part, last_day(y, m)?)?;
    Some(Resolved {
        start: NaiveDate::from_ymd_opt(y, m, a)?,
        end: NaiveDate::from_ymd_opt(y, m, b)?,
        precision: Precision::Month,
        value: format!("{y}-{m:02}"),
        modifier: Some(modifier),
        instant: None,
        cue,
    })
}

/// The days (counted from Monday) and TIMEX3 modifier of a part of a week: "early" Monday to
/// Wednesday, "mid" Tuesday to Thursday, "late" Thursday to Sunday.
fn week_part(part: &str) -> Option<(u64, u64, &'static str)> {
    let part = part.to_lowercase();
    let part = part.split_whitespace().collect::<Vec<_>>().join(" ");
    Some(match part.as_str() {
        "early" | "the beginning of" | "the start of" => (0, 2, "START"),
        "mid" | "the middle of" => (1, 3, "MID"),
        "late" | "the end of" => (3, 6, "END"),
        _ => return None,
    })
}

/// The days (first, last) and TIMEX3 modifier of a part of a month of `last` days: "early"
/// 1–10, "mid" 11–20, "late" 21 to the end, halves, and weeks counted from the 1st ("the
/// last week of" is its last seven days).
fn month_part(part: &str, last: u32) -> Option<(u32, u32, &'static str)> {
    let part = part.to_lowercase();
    let part = part.split_whitespace().collect::<Vec<_>>().join(" ");
    Some(match part.as_str() {
        "early" | "the beginning of" | "the start of" => (1, 10, "START"),
        "mid" | "the middle of" => (11, 20, "MID"),
        "late" | "the end of" => (21, last, "END"),
        "the first half of" => (1, 15, "START"),
        "the second half of" => (16, last, "END"),
        "the first week of" => (1, 7, "START"),
        "the second week of" => (8, 14, "MID"),
        "the third week of" => (15, 21, "MID"),
        "the fourth week of" => (22, 28, "END"),
        "the last week of" | "the final week of" => (last - 6, last, "END"),
        "the first days of" | "the early days of" => (1, 5, "START"),
        "the last days of" | "the final days of" | "the closing days of" => (last - 4, last, "END"),
        _ => return None,
    })
}

/// The UTC instant of a clock time on `date`: a given GMT/UTC time wins, else the hour
/// with its zone (Moscow UTC+3; Kyiv and "local" UTC+2, UTC+3 in summer time).
fn clock_instant(caps: &regex::Captures, date: NaiveDate) -> Option<chrono::DateTime<Utc>> {
    let get = |name: &str| caps.name(name).map(|m| m.as_str());
    let at = |h: u32, m: u32, offset_hours: i64| {
        let t = NaiveTime::from_hms_opt(h, m, 0)?;
        let local = date.and_time(t);
        Some(Utc.from_utc_datetime(&(local - chrono::Duration::hours(offset_hours))))
    };
    if let (Some(h), Some(m)) = (get("h2"), get("min2")) {
        return at(h.parse().ok()?, m.parse().ok()?, 0);
    }
    if let (Some(h), Some(m)) = (get("hh"), get("mm")) {
        return at(h.parse().ok()?, m.parse().ok()?, 0);
    }
    let (h, m) = if let (Some(h), Some(m)) = (get("lh"), get("lm")) {
        // "at 01:30": a 24-hour clock, an instant only with its zone.
        (h.parse().ok()?, m.parse().ok()?)
    } else {
        let mut h: u32 = get("h")?.parse().ok()?;
        let m: u32 = get("min").map(|m| m.parse().unwrap_or(0)).unwrap_or(0);
        if h > 12 || h == 0 {
            return None;
        }
        let pm = get("ampm")?.to_lowercase().starts_with('p');
        if pm && h < 12 {
            h += 12;
        }
        if !pm && h == 12 {
            h = 0;
        }
        (h, m)
    };
    let offset = match get("zone").map(str::to_lowercase).as_deref() {
        Some("moscow") => 3,
        Some("gmt") | Some("utc") => 0,
        Some(_) => kyiv_offset(date),
        None => return None,
    };
    at(h, m, offset)
}

/// Kyiv's UTC offset: +3 from the last Sunday of March to the last Sunday of October.
fn kyiv_offset(date: NaiveDate) -> i64 {
    let last_sunday = |month: u32| {
        let last = NaiveDate::from_ymd_opt(
            date.year(),
            month,
            last_day(date.year(), month).unwrap_or(31),
        );
        last.map(|d| d - Days::new(d.weekday().num_days_from_sunday() as u64))
    };
    match (last_sunday(3), last_sunday(10)) {
        (Some(a), Some(b)) if date >= a && date < b => 3,
        _ => 2,
    }
}

fn direction(
    found: &Found,
    ctx: &Context,
    prep: Option<&str>,
    rel: Option<&str>,
) -> (Direction, String) {
    match rel.map(str::to_lowercase).as_deref() {
        Some("next") | Some("coming") => return (Direction::Future, "future: next".into()),
        Some("last") => return (Direction::Past, "past: last".into()),
        _ => {}
    }
    let prep = prep.map(str::to_lowercase);
    if prep.as_deref() == Some("since") {
        return (Direction::Past, "past: since".into());
    }
    // "by Friday" is a deadline ahead, unless the clause is told in the past: "By early
    // Wednesday, Ukrainian forces had blown up the bridge", "fighting went on until Sunday
    // as the troops were pulling out".
    let before = &ctx.sentence[..found.matched.start];
    // "lay down their arms by 8 a.m. Wednesday": a clock time between the deadline's word
    // and the day.
    static DEADLINE_CLOCK_BEFORE: Lazy<regex::Regex> = Lazy::new(|| {
        crate::words::regex(
            r"(?i)(?:\b(?P<narrative>shortly|just|minutes|hours|moments|soon|long|well|right|sometime)\s+)?\b(by|until|till|before)\s+\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|hrs|h)?\s*(?:\((?:[^()]{1,20})\)\s*)?(?:(?:local|Moscow|Kyiv|Kiev|GMT|UTC)\s+time\s+)?(?:on\s+)?$",
        )
    });
    // "Shortly before 10 p.m. on Monday, a missile hit": a time told, not a deadline.
    let clock_deadline = || {
        DEADLINE_CLOCK_BEFORE
            .captures(crate::words::tail(before, 48))
            .filter(|c| c.name("narrative").is_none())
            .map(|c| c[2].to_lowercase())
    };
    let prep = match prep.as_deref() {
        None | Some("on") => clock_deadline().or(prep),
        _ => prep,
    };
    let deadline = prep
        .as_deref()
        .filter(|p| matches!(*p, "by" | "until" | "till" | "before"));
    let is_word_char = |c: char| c.is_alphanumeric() || c == '\'' || c == '\u{2019}';
    // The words before the expression, nearest first: only the last few can matter.
    let words: Vec<String> = before
        .split(|c: char| !is_word_char(c))
        .rev()
        .filter(|w| !w.is_empty())
        .take(FUTURE_WINDOW.max(2))
        .map(str::to_lowercase)
        .collect();
    // "will be announced on Tuesday": a verb after an auxiliary takes the auxiliary's tense.
    let after_auxiliary = words
        .get(1)
        .is_some_and(|w| matches!(w.as_str(), "be" | "been"));
    // A reporting verb right before the expression dates a report: past.
    if let Some(last) = words.first().filter(|_| !after_auxiliary) {
        if REPORTING_VERBS.contains(&last.as_str()) {
            return (Direction::Past, format!("past: after {last:?}"));
        }
    }
    // A future cue earlier in the clause (back to a semicolon or colon, or a reporting
    // verb, at most FUTURE_WINDOW words): "will be held in four regions from Friday".
    let stop = before.rfind([';', ':']).map(|i| i + 1).unwrap_or(0);
    let words_since_stop = before[stop..]
        .split(|c: char| !is_word_char(c))
        .filter(|w| !w.is_empty())
        .take(FUTURE_WINDOW)
        .count();
    let mut window: Vec<&str> = words
        .iter()
        .take(FUTURE_WINDOW.min(words_since_stop))
        .enumerate()
        .take_while(|(i, w)| (*i == 0 && after_auxiliary) || !REPORTING_VERBS.contains(&w.as_str()))
        .map(|(_, w)| w.as_str())
        .collect();
    window.reverse();
    let clause = window.join(" ");
    static CUES: Lazy<PhraseSet> = Lazy::new(|| PhraseSet::new(FUTURE_CUES));
    // "its forces had not planned any strikes in Kramatorsk on Friday": a plan told in the
    // past perfect was one for the past.
    let told_in_the_past_perfect = |cue: &str| {
        clause.find(cue).is_some_and(|at| {
            let before = clause[..at].trim_end();
            let before = before
                .strip_suffix(" not")
                .or_else(|| before.strip_suffix(" never"))
                .unwrap_or(before);
            // "Russia had no combat missions planned in Kramatorsk on Friday": "had" a few
            // words before the participle.
            before == "had"
                || before.ends_with(" had")
                || (cue == "planned" && before.rsplit(' ').take(5).any(|w| w == "had"))
        })
    };
    // "As expected, Russian troops attacked Pokrovsk on Monday": an aside on what was
    // expected says nothing of the clause's tense.
    let as_expected = |cue: &str| {
        cue == "expected"
            && clause.find(cue).is_some_and(|at| {
                let before = clause[..at].trim_end();
                before == "as" || before.ends_with(" as") || before.ends_with(" than")
            })
    };
    if let Some(cue) = CUES
        .first_in(&clause)
        .filter(|cue| !told_in_the_past_perfect(cue) && !as_expected(cue))
    {
        return (Direction::Future, format!("future: {cue}"));
    }
    if let Some(p) = deadline {
        let past_auxiliary = |w: &str| matches!(w, "had" | "was" | "were" | "did");
        let after = ctx.sentence[found.matched.end..]
            .split(|c: char| !is_word_char(c))
            .filter(|w| !w.is_empty())
            .take(PAST_AFTER_DEADLINE_WORDS)
            .any(|w| past_auxiliary(&w.to_lowercase()));
        // "were told to leave by Friday": the deadline is the infinitive's, ahead.
        let infinitive = words.iter().take(3).any(|w| w == "to");
        let before = !infinitive && window.iter().any(|w| past_auxiliary(w));
        return if after || before {
            (
                Direction::Past,
                format!("past: {p} in a clause told in the past"),
            )
        } else {
            (Direction::Future, format!("future: {p}"))
        };
    }
    // A past participle or past verb right before it ("announced Friday"), unless it is a
    // passive after an auxiliary ("will be announced").
    if let Some(last) = words
        .first()
        .filter(|w| w.ends_with("ed") && w.len() > 3 && !after_auxiliary)
    {
        return (Direction::Past, format!("past: after {last:?}"));
    }
    (Direction::Past, "past tense default".into())
}

/// How many words after "by Wednesday" may carry the past auxiliary that makes it past.
const PAST_AFTER_DEADLINE_WORDS: usize = 8;

/// How many words before an expression may carry its future cue.
const FUTURE_WINDOW: usize = 15;

/// The number an ordinal names: "second", "2nd" are 2.
fn ordinal_number(ordinal: &str) -> Option<u32> {
    const WORDS: [&str; 10] = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "tenth",
    ];
    let lower = ordinal.to_ascii_lowercase();
    match WORDS.iter().position(|w| *w == lower) {
        Some(i) => Some(i as u32 + 1),
        None => lower.trim_end_matches(char::is_alphabetic).parse().ok(),
    }
}

fn weekday(name: &str) -> Option<Weekday> {
    name.parse().ok()
}

fn monday(d: NaiveDate) -> NaiveDate {
    d - Days::new(d.weekday().num_days_from_monday() as u64)
}

/// Days back from `p` to the most recent `wd` (0 when `p` is that weekday).
fn days_back(p: NaiveDate, wd: Weekday) -> u64 {
    ((p.weekday().num_days_from_monday() + 7 - wd.num_days_from_monday()) % 7) as u64
}

fn last_day(y: i32, m: u32) -> Option<u32> {
    let first = NaiveDate::from_ymd_opt(y, m, 1)?;
    let next = first.checked_add_months(Months::new(1))?;
    Some((next - Days::new(1)).day())
}

/// A month and day, in the year written or else the one the publication date and the
/// direction give; with the cue that decided.
fn month_day(
    year: Option<i32>,
    m: u32,
    d: u32,
    published: Option<NaiveDate>,
    direction: Direction,
    cue: &str,
) -> Option<(NaiveDate, String)> {
    Some(match year {
        Some(y) => (
            NaiveDate::from_ymd_opt(y, m, d)?,
            "explicit date".to_string(),
        ),
        None => (
            date_without_year(published?, m, d, direction)?,
            format!("year from publication, {cue}"),
        ),
    })
}

/// The nearest day numbered `d` to `p` in the direction, `p` itself included.
fn day_of_month(p: NaiveDate, d: u32, direction: Direction) -> Option<NaiveDate> {
    let this_month = NaiveDate::from_ymd_opt(p.year(), p.month(), d);
    let other = match direction {
        Direction::Past => p.checked_sub_months(chrono::Months::new(1))?,
        Direction::Future => p.checked_add_months(chrono::Months::new(1))?,
    };
    let other_month = || NaiveDate::from_ymd_opt(other.year(), other.month(), d);
    match direction {
        Direction::Past if d <= p.day() => this_month,
        Direction::Future if d >= p.day() => this_month,
        _ => other_month(),
    }
}

/// The year of a month named without one after an earlier year in its sentence: "Russia
/// seized Izium in April 2022; Ukraine retook it in September" goes on in 2022, the first
/// such month after the month named with that year. `None` when the sentence names no year
/// before the month, the year is the publication's or later, or the month so read would
/// come after the publication.
fn narrated_year(found: &Found, ctx: &Context, m: u32) -> Option<i32> {
    static YEAR: Lazy<regex::Regex> = Lazy::new(|| crate::words::regex(r"\b(?:19|20)\d\d\b"));
    let published = ctx.published?;
    let before = &ctx.sentence[..found.matched.start];
    let year_match = YEAR.find_iter(before).last()?;
    let named = year_match.as_str().parse::<i32>().ok()?;
    if named >= published.year() {
        return None;
    }
    // Only a year that frames the sentence ("In 2014, rebels seized Sloviansk in April") or
    // comes with its month ("in April 2022; ... in September", which goes on after April):
    // "The war began in 2014 but fighting intensified in May" tells of this May.
    let lead = before[..year_match.start()].trim_end();
    let framing = matches!(lead, "In" | "By" | "Since" | "Throughout" | "During");
    let its_month = lead
        .rsplit(' ')
        .next()
        .and_then(|w| month_number(w.trim_end_matches(['.', ','])));
    let after_month = match (its_month, framing) {
        (Some(month), _) => month,
        (None, true) => 1,
        (None, false) => return None,
    };
    let year = if m >= after_month { named } else { named + 1 };
    let first = NaiveDate::from_ymd_opt(year, m, 1)?;
    (first <= published).then_some(year)
}

/// The year of a month named without one: the nearest such month in the direction.
fn month_year(p: NaiveDate, m: u32, direction: Direction) -> i32 {
    match direction {
        Direction::Past => {
            if m <= p.month() {
                p.year()
            } else {
                p.year() - 1
            }
        }
        Direction::Future => {
            if m >= p.month() {
                p.year()
            } else {
                p.year() + 1
            }
        }
    }
}

/// How many days after the publication a date without a year is still read in its year
/// when nothing in the sentence looks ahead.
const NEAR_FUTURE_DAYS: u64 = 7;

fn date_without_year(p: NaiveDate, m: u32, d: u32, direction: Direction) -> Option<NaiveDate> {
    let this = NaiveDate::from_ymd_opt(p.year(), m, d);
    match direction {
        // A date a few days after the publication is that one, not a year before: a
        // headline's "ceasefire from Feb 15" on 12 February, or a story dated in UTC a day
        // before its local date. A year-old date is written with its year.
        Direction::Past => match this {
            Some(t) if t <= p + Days::new(NEAR_FUTURE_DAYS) => Some(t),
            _ => NaiveDate::from_ymd_opt(p.year() - 1, m, d),
        },
        Direction::Future => match this {
            Some(t) if t >= p => Some(t),
            _ => NaiveDate::from_ymd_opt(p.year() + 1, m, d),
        },
    }
}

/// `base` moved `n` units ("day", "week", "fortnight", "month", "year", "hour") forward or
/// back.
pub(crate) fn shift(base: NaiveDate, n: u32, unit: &str, forward: bool) -> Option<NaiveDate> {
    match (unit, forward) {
        // "48 hours later": whole days only, as the day is the finest a date here holds.
        ("hour", true) => base.checked_add_days(Days::new(u64::from(n / 24))),
        ("hour", false) => base.checked_sub_days(Days::new(u64::from(n / 24))),
        ("day", true) => base.checked_add_days(Days::new(n as u64)),
        ("day", false) => base.checked_sub_days(Days::new(n as u64)),
        ("week", true) => base.checked_add_days(Days::new(7 * n as u64)),
        ("week", false) => base.checked_sub_days(Days::new(7 * n as u64)),
        ("fortnight", true) => base.checked_add_days(Days::new(14 * n as u64)),
        ("fortnight", false) => base.checked_sub_days(Days::new(14 * n as u64)),
        ("month", true) => base.checked_add_months(Months::new(n)),
        ("month", false) => base.checked_sub_months(Months::new(n)),
        ("year", true) => base.checked_add_months(Months::new(12 * n)),
        ("year", false) => base.checked_sub_months(Months::new(12 * n)),
        _ => None,
    }
}

fn by_length(start: NaiveDate, end: NaiveDate) -> Precision {
    match (end - start).num_days() + 1 {
        ..=1 => Precision::Day,
        2..=7 => Precision::Week,
        8..=31 => Precision::Month,
        32..=92 => Precision::Season,
        _ => Precision::Year,
    }
}

fn day_value(d: NaiveDate) -> String {
    super::iso_date(d)
}
