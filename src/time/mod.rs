//! Times: every time expression of a sentence, anchored to the publication date.
//!
//! [`lexicon`] holds the word tables and patterns, each with an example that runs as a
//! test; [`recognize`] finds expressions in a sentence; [`resolve`] turns each into an
//! inclusive interval of dates with a precision and a TIMEX3-style value, and says which
//! cue decided between past and future. With no publication date a relative expression is
//! [`TimeMention::resolved`] `None`: unanchored is a state, never a guess.

pub mod dateline;
pub mod lexicon;
pub mod recognize;
pub mod resolve;

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use std::ops::Range;

/// How finely an interval is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Precision {
    /// A clock time on a day.
    Instant,
    /// One day.
    Day,
    /// Several days up to a week.
    Week,
    /// Up to a month.
    Month,
    /// A season.
    Season,
    /// A year or more.
    Year,
}

impl Precision {
    /// The word used in outputs.
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Instant => "instant",
            Precision::Day => "day",
            Precision::Week => "week",
            Precision::Month => "month",
            Precision::Season => "season",
            Precision::Year => "year",
        }
    }

    /// ACLED's time precision code: 1 a day, 2 within a week, 3 within a month or wider.
    pub fn acled(self) -> u8 {
        match self {
            Precision::Instant | Precision::Day => 1,
            Precision::Week => 2,
            _ => 3,
        }
    }
}

/// A resolved time expression.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    /// First day, inclusive.
    pub start: NaiveDate,
    /// Last day, inclusive (never before `start`).
    pub end: NaiveDate,
    /// How finely it is known.
    pub precision: Precision,
    /// TIMEX3-style value: `2022-05-17`, `2022-W20`, `2022-05`, `2022`, `2022-SU`.
    pub value: String,
    /// TIMEX3 modifier: `START`, `MID`, `END`, `APPROX`, or none.
    pub modifier: Option<&'static str>,
    /// The instant in UTC when a clock time was given.
    pub instant: Option<DateTime<Utc>>,
    /// What decided the reading ("past tense default", "future: by", "anchored on ...").
    pub cue: String,
}

/// A time expression found in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeMention {
    /// Byte range in the document text.
    pub span: Range<usize>,
    /// The family of expression (weekday, explicit date, ...).
    pub family: lexicon::Family,
    /// The resolved interval, or `None` when it cannot be anchored.
    pub resolved: Option<Resolved>,
    /// Index of the sentence it lies in.
    pub sentence: usize,
}

/// Finds and resolves the time expressions of every sentence, in text order, so that an
/// anaphoric expression can lean on the last date resolved before it: the last happening's
/// date, or a report's date told in a later sentence.
pub fn find(
    text: &str,
    sentences: &[crate::sentences::Sentence],
    published: Option<NaiveDate>,
) -> Vec<TimeMention> {
    let mut out = Vec::new();
    // The last happening's date and the last report's date.
    let mut happening: Option<Anchor> = None;
    let mut report: Option<Anchor> = None;
    let mut previous_sentence_day: Option<NaiveDate> = None;
    let mut named_year: Option<i32> = None;
    // The year of the last date with a month and a year ("early August 2014", "August 29,
    // 2014"), and the line (paragraph) and sentence it was written in.
    let mut dated_year: Option<(i32, usize, usize)> = None;
    let mut period: Option<resolve::Period> = None;
    for (index, sentence) in sentences.iter().enumerate() {
        let s = &text[sentence.span.clone()];
        let mut found = recognize::recognize(s);
        let mut resolved: Vec<Option<Resolved>> = vec![None; found.len()];
        // The date written after a weekday, as the weekday read it: (its index, its day).
        let mut apposed: Option<(usize, Resolved)> = None;
        // Dates first, in text order; then clock times, on the day of the nearest date in
        // their own sentence ("by early Wednesday, from 8 a.m."), else of the last date in
        // the sentence before (which the clock time continues), else the publication day:
        // a clock time is not on a date named paragraphs earlier.
        for (k, f) in found.iter().enumerate() {
            if f.family == lexicon::Family::Clock {
                continue;
            }
            // "Ukraine retook Urozhaine in mid-August, the military said on Wednesday. Two
            // days later, ...": an anaphoric expression counts from the happening's date (from
            // a month's part as well as a day, and is then as wide), not from the report's in
            // the same sentence; a report told after it, in a later sentence, is the newer
            // date.
            let anchor = match (&happening, &report) {
                (Some(h), Some(r)) if r.sentence > h.sentence => Some(r),
                (Some(h), _) => Some(h),
                (None, r) => r.as_ref(),
            };
            // "Ukraine's military said early Saturday that it was withdrawing ... since it
            // captured Bakhmut last May. ... Hours later, Shoigu told Putin": a day counted
            // by words ("hours later", "the next day") counts from the last day told, not
            // from a month told after it.
            let a_day = |a: &&Anchor| a.start == a.end;
            let anchor = match (f.family, anchor) {
                (lexicon::Family::DayWord, Some(a)) if !a_day(&a) => {
                    match (
                        happening.as_ref().filter(a_day),
                        report.as_ref().filter(a_day),
                    ) {
                        (Some(h), Some(r)) if r.sentence > h.sentence => Some(r),
                        (Some(h), _) => Some(h),
                        (None, r) => r.or(Some(a)),
                    }
                }
                (_, anchor) => anchor,
            };
            // "\"Today at 12:00 Bakhmut was taken completely,\" Prigozhin said" after
            // "Prigozhin claimed on Saturday ...": a day word inside a quotation counts from
            // the day its speaker spoke, when one of the two sentences before dates a
            // statement of that speaker (or of a pronoun's).
            let spoken_on = report
                .as_ref()
                .filter(|r| {
                    f.family == lexicon::Family::DayWord
                        && r.start == r.end
                        && r.sentence < index
                        && r.sentence + 2 >= index
                        && quoted_from(s, &f.span, &text[sentences[r.sentence].span.clone()])
                })
                .map(|r| r.start);
            let ctx = resolve::Context {
                published: spoken_on.or(published),
                anchor: anchor.map(|a| a.start),
                anchor_width: anchor.map_or(0, |a| (a.end - a.start).num_days().max(0) as u64),
                period,
                sentence: s,
                happening_day: None,
            };
            resolved[k] = match apposed.take().filter(|(at, _)| *at == k) {
                Some((_, date)) => Some(date),
                None => resolve::resolve(f, &ctx),
            };
            if f.family == lexicon::Family::Weekday {
                let weekday = resolved[k].as_ref().map(|r| r.start.weekday());
                if let Some(date) = weekday.and_then(|w| date_in_apposition(s, &found, k, &ctx, w))
                {
                    resolved[k] = resolved[k].take().map(|weekday| Resolved {
                        start: date.start,
                        end: date.end,
                        value: date.value.clone(),
                        cue: "the date written after it".to_string(),
                        ..weekday
                    });
                    apposed = Some((k + 1, date));
                }
            }
            if let Some(r) = resolved[k].as_ref().filter(|r| {
                r.end > r.start
                    && f.family != lexicon::Family::SamePeriod
                    && !is_report_time(s, &f.span)
            }) {
                period = Some(resolve::Period {
                    start: r.start,
                    end: r.end,
                    precision: r.precision,
                });
            }
            // Within a sentence the finest date is the anchor ("Thursday" over "last week"
            // in "On Thursday last week"); a later sentence's date replaces it.
            let replaces = |old: &Option<Anchor>, r: &Resolved| {
                old.as_ref()
                    .is_none_or(|a| a.sentence < index || r.precision <= a.precision)
            };
            // "in the past week" and "in recent days" run up to the report: they date no
            // happening an offset ("a day earlier") could count from. Nor does a start a tally
            // runs from ("killed since the start of the war").
            let since = |w: &str| w.eq_ignore_ascii_case("since");
            let up_to_the_report = matches!(
                f.family,
                lexicon::Family::PastPeriod | lexicon::Family::Recent
            ) || s[f.matched.clone()].split(' ').next().is_some_and(since)
                || s[..f.matched.start]
                    .split_whitespace()
                    .next_back()
                    .is_some_and(since);
            if let Some(r) = resolved[k]
                .as_ref()
                .filter(|r| r.precision <= Precision::Month && !up_to_the_report)
            {
                let named = Anchor {
                    start: r.start,
                    end: r.end,
                    sentence: index,
                    precision: r.precision,
                };
                if is_report_time(s, &f.span) {
                    if replaces(&report, r) {
                        report = Some(named);
                    }
                } else if replaces(&happening, r) {
                    happening = Some(named);
                }
            }
        }
        // "overnight on Sept. 14", "overnight into Tuesday": the night is the one of the
        // date that follows, not the night before publication.
        for k in 1..found.len() {
            let (night, date) = (&found[k - 1], &found[k]);
            if s[night.span.clone()].eq_ignore_ascii_case("overnight")
                && date.family != lexicon::Family::Clock
                && OVERNIGHT_JOIN.is_match(&s[night.matched.end..date.matched.start])
            {
                if let Some(r) = resolved[k].clone() {
                    // "overnight into New Year's Day": the night before that day and the
                    // day's early hours.
                    let into = s[night.matched.end..date.matched.start].contains("into");
                    let start = if into {
                        r.start.pred_opt().unwrap_or(r.start)
                    } else {
                        r.start
                    };
                    resolved[k - 1] = Some(Resolved {
                        start,
                        cue: format!("overnight: the date after it; {}", r.cue),
                        ..r
                    });
                }
            }
        }
        // (The anchors taken from this sentence's dates move with them: "Ukrainian forces
        // retook the city on July 5 that year ... Eight years later".)
        let before_years: Vec<Option<(NaiveDate, NaiveDate)>> = resolved
            .iter()
            .map(|r| r.as_ref().map(|r| (r.start, r.end)))
            .collect();
        // "in early July that year": the year is the last one the text named. "The battle
        // began in early August 2014 ... By August 24, Russian units had crossed the
        // border": a date of a month that writes no year, in the paragraph that named one,
        // is of that year.
        for (f, r) in found.iter().zip(resolved.iter_mut()) {
            let written = &s[f.span.clone()];
            let that_year = THAT_YEAR.is_match(&s[f.span.end..]);
            let of_a_month = matches!(
                f.family,
                lexicon::Family::MonthDay
                    | lexicon::Family::DayMonth
                    | lexicon::Family::MonthPart
                    | lexicon::Family::MonthAlone
                    | lexicon::Family::MonthYear
                    | lexicon::Family::IsoDate
                    | lexicon::Family::NumericDate
            );
            // "was liberated in September of the same year. Since November, Russian troops
            // have been pushing towards the city": a start up to now, in the present
            // perfect, is the latest such month, not one of the year told before.
            let since_now = crate::words::tail(&s[..f.span.start], 8)
                .trim_end()
                .to_ascii_lowercase()
                .ends_with("since")
                && (s.contains("have been") || s.contains("has been"));
            // "In late August 2014, hundreds of soldiers were killed ... [new paragraph] The
            // soldiers had been promised safe passage on Aug. 29": the past perfect goes on
            // with the story told just before, across a paragraph break.
            // ("... were taken prisoner. [new paragraph] The encirclement had begun days
            // earlier, after regular Russian army units crossed the border on August 24":
            // up to three sentences on.)
            // (The past perfect must come before the date: in "In January, a plane crashed
            // ...; Moscow said it had been carrying 65 prisoners" the date is of the news.)
            let flashback = s[..f.span.start].contains(" had ");
            let paragraph_year = dated_year
                .filter(|&(_, line, at)| {
                    (line == sentence.line || (flashback && at + FLASHBACK_SENTENCES >= index))
                        && at < index
                        && !since_now
                })
                .map(|(y, _, _)| y);
            match (r, paragraph_year) {
                (Some(r), _) if that_year && !has_year(written) => {
                    if let Some(y) = named_year {
                        in_year(r, y, "the last year named");
                    }
                }
                (Some(r), Some(y)) if of_a_month && !has_year(written) => {
                    in_year(r, y, "the year of the paragraph's last date");
                }
                (Some(r), _) if has_year(written) => {
                    named_year = Some(r.start.year());
                    if of_a_month {
                        dated_year = Some((r.start.year(), sentence.line, index));
                    }
                }
                _ => {}
            }
        }
        for (was, now) in before_years.iter().zip(resolved.iter()) {
            let (Some((start, end)), Some(now)) = (was, now) else {
                continue;
            };
            if (*start, *end) == (now.start, now.end) {
                continue;
            }
            for anchor in [&mut happening, &mut report].into_iter().flatten() {
                if anchor.sentence == index && (anchor.start, anchor.end) == (*start, *end) {
                    anchor.start = now.start;
                    anchor.end = now.end;
                }
            }
        }
        // "on October 1 last year", "in May this year": the year named right after a date
        // that writes none is that date's year, and the two are one expression.
        let mut k = 0;
        while k + 1 < found.len() {
            let between = &s[found[k].span.end..found[k + 1].span.start];
            let joins = between
                .trim_matches(|c: char| c == ',' || c.is_whitespace())
                .is_empty()
                && RELATIVE_YEAR.is_match(&s[found[k + 1].span.clone()])
                && !has_year(&s[found[k].span.clone()]);
            let year = resolved[k + 1].as_ref().map(|r| r.start.year());
            if let (true, Some(y), Some(r)) = (joins, year, resolved[k].as_mut()) {
                in_year(r, y, "the year named after it");
                join_with_next(&mut found, &mut resolved, k);
            }
            k += 1;
        }
        // "Ten years ago this week", "a year ago today": the paper's week (day, month) that
        // many years back, one expression.
        let mut k = 0;
        while k + 1 < found.len() {
            let years_ago = {
                let written = s[found[k].span.clone()].to_ascii_lowercase();
                found[k].family == lexicon::Family::Offset
                    && written.ends_with("ago")
                    && written.contains("year")
            };
            let now = matches!(
                s[found[k + 1].span.clone()].to_ascii_lowercase().as_str(),
                "this week" | "this month" | "today"
            );
            let adjacent = s[found[k].span.end..found[k + 1].span.start]
                .trim()
                .is_empty();
            if years_ago && now && adjacent {
                let year = resolved[k].as_ref().map(|r| r.start.year());
                if let (Some(y), Some(mut r)) = (year, resolved[k + 1].take()) {
                    in_year(&mut r, y, "that many years before");
                    resolved[k] = Some(r);
                    join_with_next(&mut found, &mut resolved, k);
                }
            }
            k += 1;
        }
        // "between late April and mid-May", "from mid-June to early July", "from 24 February
        // 2022 to 15 January 2023": two times joined as a range are one expression from the
        // first's start to the second's end.
        let mut k = 0;
        while k + 1 < found.len() {
            let between = &s[found[k].span.end..found[k + 1].span.start];
            let opens = crate::words::tail(&s[..found[k].span.start], 9)
                .trim_end()
                .rsplit(' ')
                .next()
                .is_some_and(|w| {
                    w.eq_ignore_ascii_case("between") || w.eq_ignore_ascii_case("from")
                });
            let joins = opens && RANGE_JOIN.is_match(between);
            if let (true, Some(a), Some(b)) = (joins, &resolved[k], &resolved[k + 1]) {
                if a.start <= b.end {
                    let range = Resolved {
                        end: b.end,
                        precision: a.precision.max(b.precision),
                        value: format!("{}/{}", a.value, b.value),
                        modifier: None,
                        cue: format!("range: {}; {}", a.cue, b.cue),
                        ..a.clone()
                    };
                    resolved[k] = Some(range);
                    join_with_next(&mut found, &mut resolved, k);
                }
            }
            k += 1;
        }
        // The sentence's dates of a day or finer, by position, and whether each dates the
        // report rather than the happening.
        let days: Vec<(usize, NaiveDate, bool)> = found
            .iter()
            .zip(&resolved)
            .filter_map(|(f, r)| Some((f, r.as_ref()?)))
            .filter(|(_, r)| r.precision <= Precision::Day)
            .map(|(f, r)| (f.span.start, r.start, is_report_time(s, &f.span)))
            .collect();
        // "three days after a ceasefire ... was supposed to take effect on Feb. 15": an
        // offset from a happening counts from the day the sentence gives it after the offset.
        for (k, f) in found.iter().enumerate() {
            if f.family != lexicon::Family::Offset || resolved[k].is_some() {
                continue;
            }
            let happening_day = days
                .iter()
                .find(|(at, _, report)| *at >= f.span.end && !report)
                .map(|&(_, day, _)| day);
            if happening_day.is_some() {
                let ctx = resolve::Context {
                    published,
                    anchor: None,
                    anchor_width: 0,
                    period: None,
                    sentence: s,
                    happening_day,
                };
                resolved[k] = resolve::resolve(f, &ctx);
            }
        }
        let mut conversions: Option<Vec<std::ops::Range<usize>>> = None;
        for (k, f) in found.iter().enumerate() {
            if f.family != lexicon::Family::Clock {
                continue;
            }
            let conversions = conversions.get_or_insert_with(|| gmt_conversions(s));
            // "at about 1:30 a.m. (2230 GMT Wednesday)": the day in a conversion to GMT is
            // the GMT time's, not the local clock's (which is early Thursday).
            // "The strike at 7:30 p.m. wounded 56, the governor said on Wednesday": the
            // clock time is the happening's, so the day the report was made is not its day.
            let clock_is_report = is_report_time(s, &f.span);
            let same_sentence_day = days
                .iter()
                .filter(|(at, _, report)| {
                    (clock_is_report || !report)
                        && conversions
                            .iter()
                            .all(|r| !r.contains(at) || r.contains(&f.span.start))
                })
                .min_by_key(|(at, _, _)| at.abs_diff(f.span.start))
                .map(|&(_, day, _)| day);
            // "Last month, commanders gave the defenders an ultimatum to lay down their arms
            // by noon": a clock time in a sentence dated only by a wider period is on some
            // day of that period, not on the day before or of publication.
            let within = same_sentence_day
                .is_none()
                .then(|| {
                    found.iter().zip(&resolved).find_map(|(g, r)| {
                        r.as_ref().filter(|r| {
                            g.family != lexicon::Family::Clock
                                && r.precision > Precision::Day
                                && !is_report_time(s, &g.span)
                        })
                    })
                })
                .flatten()
                .cloned();
            if let Some(period) = within {
                resolved[k] = Some(Resolved {
                    cue: format!("a clock time within: {}", period.cue),
                    ..period
                });
                continue;
            }
            let ctx = resolve::Context {
                published,
                anchor: same_sentence_day.or(previous_sentence_day),
                anchor_width: 0,
                period: None,
                sentence: s,
                happening_day: None,
            };
            resolved[k] = resolve::resolve(f, &ctx);
        }
        previous_sentence_day = days
            .iter()
            .rev()
            .find(|(_, _, report)| !report)
            .or(days.last())
            .map(|&(_, day, _)| day);
        let offset = sentence.span.start;
        for (f, r) in found.into_iter().zip(resolved) {
            out.push(TimeMention {
                span: f.span.start + offset..f.span.end + offset,
                family: f.family,
                resolved: r,
                sentence: index,
            });
        }
    }
    out
}

/// Whether `span` of `sentence` lies in the quotation that opens it, and the speaker named
/// right after the quotation ("\"...,\" Prigozhin said") is named in `earlier` too, or is a
/// pronoun.
fn quoted_from(sentence: &str, span: &std::ops::Range<usize>, earlier: &str) -> bool {
    const OPENING: [char; 2] = ['"', '\u{201c}'];
    const CLOSING: [char; 2] = ['"', '\u{201d}'];
    let Some(body) = sentence.trim_start().strip_prefix(OPENING) else {
        return false;
    };
    let body_start = sentence.len() - body.len();
    let Some(close) = body.find(CLOSING).map(|i| body_start + i) else {
        return false;
    };
    if !(span.start >= body_start && span.end <= close) {
        return false;
    }
    let speaker = sentence[close..]
        .trim_start_matches(CLOSING)
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_matches(|c: char| !c.is_alphanumeric());
    matches!(speaker, "he" | "she" | "it" | "they")
        || (speaker.starts_with(char::is_uppercase)
            && earlier
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| w == speaker))
}

/// The parenthesised conversions of a clock time to GMT or UTC in a sentence ("(2230 GMT
/// Wednesday)"), as byte ranges.
fn gmt_conversions(sentence: &str) -> Vec<std::ops::Range<usize>> {
    if !(sentence.contains("GMT") || sentence.contains("UTC")) {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(open) = sentence[from..].find('(').map(|i| from + i) {
        let Some(close) = sentence[open..].find(')').map(|i| open + i) else {
            break;
        };
        let inside = &sentence[open..close];
        if inside.contains("GMT") || inside.contains("UTC") {
            out.push(open..close + 1);
        }
        from = close + 1;
    }
    out
}

/// A date an anaphoric expression may count from: its interval, the sentence it was named
/// in and its precision.
struct Anchor {
    start: NaiveDate,
    end: NaiveDate,
    sentence: usize,
    precision: Precision,
}

/// The happening's time a title names, given apart from the text ("Russians killed 3
/// residents of Donetsk region over the past day"): its first time that is no report's day
/// and at most a month wide.
pub fn title_time(title: &str, published: Option<NaiveDate>) -> Option<Resolved> {
    let whole = [crate::sentences::Sentence {
        span: 0..title.len(),
        line: 0,
    }];
    find(title, &whole, published)
        .into_iter()
        .filter(|t| !is_report_time(title, &t.span))
        .filter_map(|t| t.resolved)
        .find(|r| (r.end - r.start).num_days() < 31)
}

/// "on Friday, June 27", "Sunday night, July 6": the day of the date written right after
/// weekday `k` of `found` (which names `named_day`), when it is a single day. The date decides: a
/// weekday alone is read as the latest one before the report, which a date a week or more
/// back is not. A date without its year is put in the year, next to the one read, in
/// which it falls on that weekday ("Sunday night, July 6" in a report dated July 5, 2014 is
/// July 6, 2014: an update written after the dateline, not July 6, 2013).
fn date_in_apposition(
    sentence: &str,
    found: &[recognize::Found],
    k: usize,
    ctx: &resolve::Context,
    named_day: chrono::Weekday,
) -> Option<Resolved> {
    let (weekday, next) = (found.get(k)?, found.get(k + 1)?);
    let dated = matches!(
        next.family,
        lexicon::Family::MonthDay
            | lexicon::Family::DayMonth
            | lexicon::Family::IsoDate
            | lexicon::Family::NumericDate
    );
    let gap = sentence.get(weekday.matched.end..next.matched.start)?;
    if !dated || !gap.chars().all(|c| c == ',' || c.is_whitespace()) || gap.len() > 3 {
        return None;
    }
    let mut date = resolve::resolve(next, ctx)
        .filter(|d| d.precision == Precision::Day && d.start == d.end)?;
    if date.start.weekday() != named_day && !has_year(&sentence[next.span.clone()]) {
        // The year after only while it is not past the publication: "Sunday, Feb. 15" in a
        // report of March 2025 is no day of 2026.
        let year = date.start.year();
        let not_ahead =
            |d: &NaiveDate| ctx.published.is_none_or(|p| *d <= p + chrono::Days::new(7));
        let same_weekday = [year + 1, year - 1].into_iter().find_map(|y| {
            date.start
                .with_year(y)
                .filter(|d| d.weekday() == named_day && not_ahead(d))
        });
        if let Some(day) = same_weekday {
            date.start = day;
            date.end = day;
            date.value = day.format("%Y-%m-%d").to_string();
            date.cue = "the year its weekday names".to_string();
        }
    }
    Some(date)
}

/// Whether a time expression at `span` of `text` dates a report rather than a happening:
/// it follows a reporting verb ("said Tuesday", "claimed on Thursday").
pub fn is_report_time(text: &str, span: &std::ops::Range<usize>) -> bool {
    /// "The death toll from the strike rose to 13 on Wednesday": the day a count was
    /// updated, not the day of the happening counted.
    static COUNT_ROSE: once_cell::sync::Lazy<regex::Regex> = once_cell::sync::Lazy::new(|| {
        crate::words::regex(
            r"(?i)\b(?:rose|risen|climbed|increased|jumped|grew|reached)\s+(?:to\s+)?(?:at\s+least\s+)?\d[\d,]*\s+(?:on\s+)?$",
        )
    });
    /// "said on Telegram on Thursday", "wrote in a Facebook post on Monday": where a report
    /// was made, between its verb and its day.
    static CHANNEL: once_cell::sync::Lazy<regex::Regex> = once_cell::sync::Lazy::new(|| {
        crate::words::regex(&format!(
            r"(?i)\b(?:{})\s+(?:on|in|via|to)\s+(?:(?:his|her|their|its|the|a|an)\s+)?(?:[A-Za-z]+\s+){{0,2}}?(?:Telegram|Facebook|Twitter|X|Instagram|YouTube|Viber|television|TV|statement|post|video|briefing|interview|reporters|journalists)(?:\s+(?:channel|account|page))?\s+(?:on\s+)?$",
            lexicon::REPORTING_VERBS.join("|")
        ))
    });
    let mut from = span.start.saturating_sub(40);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = &text[from..span.start];
    let Some(last) = before
        .split(|c: char| !c.is_alphanumeric())
        .rev()
        .find(|w| !w.is_empty() && !w.eq_ignore_ascii_case("on"))
    else {
        return false;
    };
    lexicon::REPORTING_VERBS
        .iter()
        .any(|v| last.eq_ignore_ascii_case(v))
        || (last.bytes().all(|b| b.is_ascii_digit()) && COUNT_ROSE.is_match(before))
        || (CHANNEL_WORDS.iter().any(|w| last.eq_ignore_ascii_case(w))
            && CHANNEL.is_match(crate::words::tail(&text[..span.start], 80)))
}

/// The last words [`is_report_time`]'s channel pattern can end on: most times follow none,
/// and the pattern is read only after one.
const CHANNEL_WORDS: &[&str] = &[
    "Telegram",
    "Facebook",
    "Twitter",
    "X",
    "Instagram",
    "YouTube",
    "Viber",
    "television",
    "TV",
    "statement",
    "post",
    "video",
    "briefing",
    "interview",
    "reporters",
    "journalists",
    "channel",
    "account",
    "page",
];

/// What may stand between "overnight" and the date it belongs to.
/// How many sentences after a date that names its year a sentence in the past perfect still
/// tells that year's story across a paragraph break.
const FLASHBACK_SENTENCES: usize = 3;

static OVERNIGHT_JOIN: once_cell::sync::Lazy<regex::Regex> =
    once_cell::sync::Lazy::new(|| crate::words::regex(r"(?i)^\s*(?:(?:on|into|to|of)\s+)?$"));

/// "that year", "the same year", "of that year" right after an expression.
static THAT_YEAR: once_cell::sync::Lazy<regex::Regex> = once_cell::sync::Lazy::new(|| {
    crate::words::regex(r"^,?\s+(?:of\s+)?(?:that|the\s+same)\s+year\b")
});

/// Makes expression `k` of a sentence reach over expression `k + 1` and drops the latter:
/// the two were read as one ("October 1 last year", "late April and mid-May"), whose
/// reading `resolved[k]` already holds.
fn join_with_next(
    found: &mut Vec<recognize::Found>,
    resolved: &mut Vec<Option<Resolved>>,
    k: usize,
) {
    let next = found.remove(k + 1);
    found[k].span.end = next.span.end;
    found[k].matched.end = next.matched.end;
    resolved.remove(k + 1);
}

/// What joins the two ends of a range: "late April and mid-May", "June to August", "24
/// February 2022, which marked the start of the armed attack, to 15 January 2023".
static RANGE_JOIN: once_cell::sync::Lazy<regex::Regex> = once_cell::sync::Lazy::new(|| {
    crate::words::regex(
        r"(?i)^(?:,\s+(?:which|that|when)\s[^,;()]{0,120},)?\s+(?:and|to|until|till|through)\s+$",
    )
});

/// A year counted from the publication: "last year", "this year".
static RELATIVE_YEAR: once_cell::sync::Lazy<regex::Regex> =
    once_cell::sync::Lazy::new(|| crate::words::regex(r"(?i)^(?:last|this|next|previous)\s+year$"));

/// Whether an expression writes its year (four digits).
fn has_year(written: &str) -> bool {
    written
        .as_bytes()
        .windows(4)
        .any(|w| w.iter().all(u8::is_ascii_digit))
}

/// Moves a resolved interval into year `y`, keeping months and days.
fn in_year(r: &mut Resolved, y: i32, why: &str) {
    let shift = y - r.start.year();
    let moved = |d: NaiveDate| d.with_year(d.year() + shift);
    if let (Some(start), Some(end)) = (moved(r.start), moved(r.end)) {
        r.start = start;
        r.end = end;
        if r.value.len() >= 4 && r.value.as_bytes()[..4].iter().all(u8::is_ascii_digit) {
            r.value = format!("{y:04}{}", &r.value[4..]);
        }
        r.cue = format!("{}; year: {why}", r.cue);
    }
}

/// `YYYY-MM-DD`. Written for every date of every output row, so without chrono's format
/// string parsing (which cost more than the rest of a row's serialisation); years outside
/// 0..=9999 keep chrono's signed form.
pub fn iso_date(d: NaiveDate) -> String {
    let year = d.year();
    if !(0..=9999).contains(&year) {
        return d.format("%Y-%m-%d").to_string();
    }
    let digit = |n: u32| b'0' + (n % 10) as u8;
    let (y, m, day) = (year as u32, d.month(), d.day());
    let bytes = [
        digit(y / 1000),
        digit(y / 100),
        digit(y / 10),
        digit(y),
        b'-',
        digit(m / 10),
        digit(m),
        b'-',
        digit(day / 10),
        digit(day),
    ];
    std::str::from_utf8(&bytes)
        .expect("digits and dashes are ASCII")
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_dates_are_zero_padded() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        assert_eq!(iso_date(d(2022, 5, 17)), "2022-05-17");
        assert_eq!(iso_date(d(987, 12, 1)), "0987-12-01");
        let far = d(12345, 1, 1);
        assert_eq!(iso_date(far), far.format("%Y-%m-%d").to_string());
    }
}
