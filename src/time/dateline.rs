//! The publication date read from the text, when none is given: a "Published ..." or
//! "Updated ..." line, a line that is only a date ("Sunday, 15 September 2024, 10:12"), a
//! dated dateline ("KYIV, June 14, 2022 (Reuters) -"), or a daily summary's lead ("Here is
//! the situation on Wednesday, November 20, 2024.").
//!
//! A dateline or a line that is only a date counts only in the first lines, where a page
//! prints its date; a labelled line ("Published ...", "Date: ...") counts anywhere, since
//! many scrapes keep it at the foot of the page. A date with no year cannot anchor anything
//! and is not used.

use chrono::NaiveDate;
use once_cell::sync::Lazy;
use regex::Regex;
use std::ops::Range;

use super::lexicon::month_number;

/// How far into the text a dateline or byline date is looked for.
const HEAD_BYTES: usize = 2000;

/// A line that is only a date, as pages print it under the headline ("Sunday, 15 September
/// 2024, 10:12", "September 15, 2024 10:12 AM EEST", the Guardian's "Sat 20 May 2023 18.40
/// BST", "Situation Update, 20 May 2024", a
/// situation report's "As of 14 May 2024"): the
/// date in either order, with an optional label and weekday before it and clock time after
/// it.
fn date_line_patterns() -> [String; 2] {
    // A short label may come first: "Situation Update, 20 May 2024", "Kyiv, 20 May 2024",
    // "Al Jazeera | 13 May 2024"; the outlet or a reading time may follow: "May 13, 2024 |
    // Al Jazeera", "12 June 2024 · 4 min read".
    const WEEKDAY: &str = r"(?:As\s+(?:of|at)\s+)?(?:[A-Z][A-Za-z ]{2,40}(?:[,:]|\s+[|\u{b7}\u{2022}\u{2014}\u{2013}])\s+)?(?:(?:[A-Z][a-z]+day|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,?\s+)?";
    // "... | Al Jazeera", "... Updated 2 hours ago".
    const TRAIL: &str =
        r"(?:\s+[|\u{b7}\u{2022}]\s+[^|\n]{1,60}?)*(?:\s+(?:Updated|Last\s+updated)\b[^\n]{0,40})?";
    const CLOCK: &str = r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d\d(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,5}(?:[+-]\d{1,2})?)?)?";
    const YEAR: &str = r",?\s+(?P<y>(?:19|20)\d\d)";
    [
        format!(
            r"(?m)^[ \t]*{WEEKDAY}(?P<d>\d{{1,2}})\s+(?P<mon>[A-Z][a-z]+\.?){YEAR}{CLOCK}{TRAIL}[ \t\r]*$"
        ),
        format!(
            r"(?m)^[ \t]*{WEEKDAY}(?P<mon>[A-Z][a-z]+\.?)\s+(?P<d>\d{{1,2}}){YEAR}{CLOCK}{TRAIL}[ \t\r]*$"
        ),
    ]
}

/// The words that label a line as the page's date.
/// A clock time and zone and an abbreviated weekday may come between the label and the date:
/// "Published 3:40 PM EST, Mon November 25, 2024".
const LABEL: &str = r"(?:published|updated|posted|first published|date\s*:)(?:\s+\d{1,2}:\d\d\s*(?:[AP]\.?M\.?)?(?:\s+[A-Z]{2,5})?,?)?(?:\s+(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,?)?";

/// Lines labelled as the page's date, in the formats pages print.
static LABELLED: Lazy<Vec<Regex>> = Lazy::new(|| {
    [
        // Published May 26, 2022 / Updated: May 26, 2022 10:00
        r"(?im)^\s*LABEL(?:\s+on)?\s*:?\s*(?:\w+day,?\s+)?(?P<mon>[A-Z][a-z]+\.?)\s+(?P<d>\d{1,2}),?\s+(?P<y>(?:19|20)\d\d)",
        // Published 26 May 2022
        r"(?im)^\s*LABEL(?:\s+on)?\s*:?\s*(?:\w+day,?\s+)?(?P<d>\d{1,2})\s+(?P<mon>[A-Z][a-z]+\.?),?\s+(?P<y>(?:19|20)\d\d)",
        // Updated: 19-05-2022 13:30 IST / Published 2022-05-19
        r"(?im)^\s*LABEL(?:\s+on)?\s*:?\s*(?P<d>\d{1,2})[-./](?P<m>\d{1,2})[-./](?P<y>(?:19|20)\d\d)",
        r"(?im)^\s*LABEL(?:\s+on)?\s*:?\s*(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)",
    ]
    .into_iter()
    .map(|p| Regex::new(&p.replace("LABEL", LABEL)).expect("dateline patterns are valid"))
    .collect()
});

/// The longest line read as one that is only a date: "Wednesday, September 25, 2024 at
/// 10:42 AM EEST | Updated 3 hours ago" is some 70 bytes.
const DATE_LINE_BYTES: usize = 120;

/// Lines that are only a date ([`date_line_patterns`]).
static DATE_ONLY_LINES: Lazy<Vec<Regex>> = Lazy::new(|| {
    date_line_patterns()
        .iter()
        .map(|p| Regex::new(p).expect("dateline patterns are valid"))
        .collect()
});

/// Datelines and daily summaries' leads: with [`DATE_ONLY_LINES`], the page's date only in
/// its head.
static HEAD_ONLY: Lazy<Vec<Regex>> = Lazy::new(|| {
    [
        // KYIV, June 14, 2022 (Reuters) -
        // MOSCOW, January 3, 2024. /TASS/.
        r"(?m)^\s*[A-Z][A-Z .'\-]+(?:,\s*[A-Za-z ]+)?,\s+(?P<mon>[A-Z][a-z]+\.?)\s+(?P<d>\d{1,2}),\s+(?P<y>(?:19|20)\d\d)\s*(?:(?:\([A-Za-z ]+\))?\s*[-\u2013\u2014]|\.\s*/[A-Z]+/)",
        // GENEVA, 12 June 2024 — (the day first, as European and UN releases print it)
        r"(?m)^\s*[A-Z][A-Z .'\-]+(?:,\s*[A-Za-z ]+)?,\s+(?P<d>\d{1,2})\s+(?P<mon>[A-Z][a-z]+\.?),?\s+(?P<y>(?:19|20)\d\d)\s*(?:(?:\([A-Za-z ]+\))?\s*[-\u2013\u2014]|\.\s*/[A-Z]+/)",
        // Operational information as of 08:00 on 15 August 2024 regarding ...: a daily
        // summary's title, a short line.
        r"(?m)^[^\n]{0,80}?\bas\s+of\s+(?:\d{1,2}[:.]\d\d\s+(?:on\s+)?)?(?P<d>\d{1,2})\s+(?P<mon>[A-Z][a-z]+\.?),?\s+(?P<y>(?:19|20)\d\d)\b[^\n]{0,60}$",
        r"(?m)^[^\n]{0,80}?\bas\s+of\s+(?:\d{1,2}[:.]\d\d\s+(?:on\s+)?)?(?P<mon>[A-Z][a-z]+\.?)\s+(?P<d>\d{1,2}),?\s+(?P<y>(?:19|20)\d\d)\b[^\n]{0,60}$",
        // October 20, 2023 - Russian forces have ... / 20 October 2023 — ...: a dateline
        // with the date and no place (RFE/RL, Radio Liberty).
        r"(?m)^[ \t]*(?P<mon>[A-Z][a-z]+\.?)\s+(?P<d>\d{1,2}),\s+(?P<y>(?:19|20)\d\d)\s+[-\u2013\u2014]\s",
        r"(?m)^[ \t]*(?P<d>\d{1,2})\s+(?P<mon>[A-Z][a-z]+\.?)\s+(?P<y>(?:19|20)\d\d)\s+[-\u2013\u2014]\s",
        // 13.06.2023 09:12 / 2023-06-13: a numeric date alone on its line (day first with
        // dots, as European pages print it).
        r"(?m)^[ \t]*(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d\d)(?:,?\s+\d{1,2}:\d\d)?[ \t\r]*$",
        r"(?m)^[ \t]*(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)(?:[T ]\d{1,2}:\d\d(?::\d\d)?\S*)?[ \t\r]*$",
        // Here is the situation on Wednesday, November 20, 2024. (a daily summary's lead)
        r"(?m)^[ \t]*Here\s+(?:is|are)\s+[^\n]{0,60}?\s+(?:on|as\s+of)\s+(?:[A-Z][a-z]+day,?\s+)?(?P<mon>[A-Z][a-z]+\.?)\s+(?P<d>\d{1,2}),?\s+(?P<y>(?:19|20)\d\d)\.?[ \t\r]*$",
        r"(?m)^[ \t]*Here\s+(?:is|are)\s+[^\n]{0,60}?\s+(?:on|as\s+of)\s+(?:[A-Z][a-z]+day,?\s+)?(?P<d>\d{1,2})\s+(?P<mon>[A-Z][a-z]+\.?),?\s+(?P<y>(?:19|20)\d\d)\.?[ \t\r]*$",
    ]
    .into_iter()
    .map(|p| Regex::new(p).expect("dateline patterns are valid"))
    .collect()
});

/// A dateline at the head of the text, dated with or without a year: "KYIV, May 21 (Reuters)
/// -", "MOSCOW, September 3. /TASS/.", or with a year and no place: "October 20, 2023 -".
/// "KYIV, Ukraine (AP) —" is not one (no date).
static DATED_DATELINE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"^[ \t]*[A-Z][A-Z .'\-]+(?:,\s*[A-Z][A-Za-z ]+)?,\s+(?:[A-Z][a-z]+\.?\s+\d{1,2}(?:,\s*(?:19|20)\d\d)?|\d{1,2}\s+[A-Z][a-z]+\.?(?:\s+(?:19|20)\d\d)?)\s*(?:\([A-Za-z ]+\)\s*[-\u2013\u2014]|[-\u2013\u2014]|\.\s*/[A-Z]+/\.?)",
    )
    .expect("the dateline pattern is valid")
});
/// A dateline of a date with a year and no place: "October 20, 2023 - " (RFE/RL), or with
/// the agency and no year: "May 21 (Reuters) - ".
static DATE_FIRST_DATELINE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"^[ \t]*(?:(?:[A-Z][a-z]+\.?\s+\d{1,2},|\d{1,2}\s+[A-Z][a-z]+\.?)\s+(?:19|20)\d\d\s+[-\u2013\u2014]\s|(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+\.?)\s*\([A-Z][A-Za-z ]+\)\s*[-\u2013\u2014])",
    )
    .expect("the dateline pattern is valid")
});

/// How far into the text a dated dateline is looked for: past a headline and a byline.
const DATELINE_HEAD_BYTES: usize = 600;

/// The span of a dated dateline in the head of `text`. Its date is the day of filing, not a
/// date of the story, whether or not the publication date came from elsewhere.
pub fn dated_dateline(text: &str) -> Option<Range<usize>> {
    let mut head_end = text.len().min(DATELINE_HEAD_BYTES);
    while !text.is_char_boundary(head_end) {
        head_end -= 1;
    }
    let head = &text[..head_end];
    // Both patterns are tried at line starts only, and only where the line opens as they
    // do (a capital, or a digit): an anchored pattern fails at once where a line opens
    // otherwise, where a search through the head would read all of it.
    // Only the first paragraph can open with one: a headline and a byline are short, and
    // "Aug 1, 2022 - Russian forces begin attacks" further down is an item of a timeline.
    for at in std::iter::once(0).chain(memchr::memchr_iter(b'\n', head.as_bytes()).map(|i| i + 1)) {
        let line = &head[at..];
        let Some(first) = line.bytes().find(|b| !matches!(b, b' ' | b'\t')) else {
            continue;
        };
        if first.is_ascii_uppercase() || first.is_ascii_digit() {
            if let Some(m) = [&*DATED_DATELINE, &*DATE_FIRST_DATELINE]
                .iter()
                .find_map(|re| re.find(line))
            {
                return Some(at + m.start()..at + m.end());
            }
        }
        let line = &line[..memchr::memchr(b'\n', line.as_bytes()).unwrap_or(line.len())];
        let line = line.trim_end();
        let sentence_end = line.ends_with(['.', ':', '!', '?', '"', '\u{201d}']);
        if line.len() > PARAGRAPH_BYTES
            || (sentence_end && line.split_whitespace().nth(PARAGRAPH_WORDS).is_some())
        {
            return None;
        }
    }
    None
}

/// A line longer than this is a paragraph of the story, not a headline or a byline.
const PARAGRAPH_BYTES: usize = 200;
/// A line that ends as a sentence with more words than this is a paragraph too.
const PARAGRAPH_WORDS: usize = 8;

/// The line of a page's date stamp in the head of `text` ("Updated Feb 12, 2024 at 3:00 PM"),
/// whether or not the publication date came from it: its date and clock time are the
/// page's, not the story's.
pub fn stamp_line(text: &str) -> Option<Range<usize>> {
    let mut head_end = text.len().min(DATELINE_HEAD_BYTES);
    while !text.is_char_boundary(head_end) {
        head_end -= 1;
    }
    // Only a line that opens with a label is read by the patterns.
    let labelled = |line: &str| {
        let line = line.trim_start().as_bytes();
        ["published", "updated", "posted", "first published", "date"]
            .iter()
            .any(|label| {
                line.len() >= label.len()
                    && line[..label.len()].eq_ignore_ascii_case(label.as_bytes())
            })
    };
    let mut at = 0;
    for line in text[..head_end].split_inclusive('\n') {
        if labelled(line) {
            if let Some((_, span)) = first_date(LABELLED.iter(), line) {
                let end = text[at + span.end..]
                    .find('\n')
                    .map_or(text.len(), |i| at + span.end + i);
                return Some(at + span.start..end);
            }
        }
        // "June 10, 2024 6:41 PM GMT+3 Updated 2 hours ago" under the headline: a line that
        // is only the page's date. A title with a date ("Russian Offensive Campaign
        // Assessment, September 26, 2024") dates the report, and stays.
        // Most lines of a head are sentences: a short line is read at all, and its first
        // word before the patterns.
        let opens_with_the_date = line.len() <= DATE_LINE_BYTES && {
            let first_word = line
                .split_whitespace()
                .next()
                .unwrap_or("")
                .trim_end_matches([',', '.']);
            first_word.starts_with(|c: char| c.is_ascii_digit())
                || (first_word.len() <= 9
                    && (month_number(first_word).is_some()
                        || first_word.parse::<chrono::Weekday>().is_ok()))
        };
        if opens_with_the_date && DATE_ONLY_LINES.iter().any(|re| re.is_match(line)) {
            return Some(at..at + line.trim_end().len());
        }
        at += line.len();
    }
    None
}

/// The publication date printed in `text`, with the span it was read from: the first date
/// line of the head, or else the first labelled line anywhere.
pub fn find_publication_date(text: &str) -> Option<(NaiveDate, Range<usize>)> {
    let mut head_end = text.len().min(HEAD_BYTES);
    while !text.is_char_boundary(head_end) {
        head_end -= 1;
    }
    let head = &text[..head_end];
    first_date(
        LABELLED
            .iter()
            .chain(HEAD_ONLY.iter())
            .chain(DATE_ONLY_LINES.iter()),
        head,
    )
    .or_else(|| first_date(LABELLED.iter(), text))
}

/// The date in an article's address, as news sites print it: "/2024/05/10/",
/// "-2024-05-10", "/20240510/". Only a whole, valid date counts (a year and a month alone do
/// not, and a longer run of digits is an id).
pub fn date_in_url(url: &str) -> Option<NaiveDate> {
    static IN_URL: Lazy<Regex> = Lazy::new(|| {
        Regex::new(
            r"(?:^|[/_.-])(?P<y>(?:19|20)\d\d)(?P<sep>[/_-]?)(?P<m>[01]\d)(?P<sep2>[/_-]?)(?P<d>[0-3]\d)(?:[/_.?#-]|$)",
        )
        .expect("the address pattern is valid")
    });
    IN_URL.captures_iter(url).find_map(|c| {
        if c["sep"] != c["sep2"] {
            return None;
        }
        NaiveDate::from_ymd_opt(
            c["y"].parse().ok()?,
            c["m"].parse().ok()?,
            c["d"].parse().ok()?,
        )
    })
}

/// The earliest date any of `patterns` reads in `text`.
fn first_date<'p>(
    patterns: impl Iterator<Item = &'p Regex>,
    text: &str,
) -> Option<(NaiveDate, Range<usize>)> {
    patterns
        .filter_map(|re| {
            let caps = re.captures(text)?;
            let y: i32 = caps.name("y")?.as_str().parse().ok()?;
            let m = match caps.name("m") {
                Some(m) => m.as_str().parse().ok()?,
                None => month_number(caps.name("mon")?.as_str())?,
            };
            let d: u32 = caps.name("d")?.as_str().parse().ok()?;
            let date = NaiveDate::from_ymd_opt(y, m, d)?;
            Some((date, caps.get(0)?.range()))
        })
        .min_by_key(|(_, span)| span.start)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> Option<String> {
        find_publication_date(text).map(|(d, _)| d.to_string())
    }

    #[test]
    fn a_stamp_line_is_the_whole_line() {
        let text = "Updated Feb 12, 2024 at 3:00 PM\n\nRussian forces shelled Kupiansk.";
        assert_eq!(
            stamp_line(text).map(|r| &text[r]),
            Some("Updated Feb 12, 2024 at 3:00 PM")
        );
        assert_eq!(
            stamp_line("Russian forces shelled Kupiansk on Feb 12, 2024."),
            None
        );
        // A line that is only the page's date, however its clock and update are written.
        let text = "Russian strike on Kharkiv kills three\nBy Olena Harmash\nJune 10, 2024 6:41 PM GMT+3 Updated 2 hours ago\nA Russian bomb struck Kharkiv on Monday.";
        assert_eq!(
            stamp_line(text).map(|r| &text[r]),
            Some("June 10, 2024 6:41 PM GMT+3 Updated 2 hours ago")
        );
        assert_eq!(date(text), Some("2024-06-10".into()));
        // A title with its report's date is no stamp.
        assert_eq!(
            stamp_line("Russian Offensive Campaign Assessment, September 26, 2024\n\nUkrainian forces advanced."),
            None
        );
    }

    #[test]
    fn datelines_and_published_lines() {
        assert_eq!(
            date("KYIV, June 14, 2022 (Reuters) - Ukraine said"),
            Some("2022-06-14".into())
        );
        assert_eq!(
            date("UN: casualties rise\n\nGENEVA, 12 June 2024 \u{2014} At least 174 civilians were killed"),
            Some("2024-06-12".into())
        );
        assert_eq!(
            date("Headline\nPublished May 26, 2022\nBody"),
            Some("2022-05-26".into())
        );
        assert_eq!(
            date("Updated: 19-05-2022 13:30 IST\nText"),
            Some("2022-05-19".into())
        );
        assert_eq!(
            date("Published on 3 October 2022"),
            Some("2022-10-03".into())
        );
        assert_eq!(
            date("Ukrainska Pravda\nSunday, 15 September 2024, 10:12\nRussian troops attacked."),
            Some("2024-09-15".into())
        );
        assert_eq!(
            date("Operational information as of 08:00 on 15 August 2024 regarding the Russian invasion\n\nOver the past day, 153 combat engagements were recorded."),
            Some("2024-08-15".into())
        );
        assert_eq!(
            date("Headline\n\nUkrainska Pravda \u{2014} Wednesday, 12 March 2025, 09:41\n\nBody"),
            Some("2025-03-12".into())
        );
        assert_eq!(
            date("Wagner chief claims Bakhmut\n\nSat 20 May 2023 18.40 BST\n\nBody"),
            Some("2023-05-20".into())
        );
        assert_eq!(
            date("Headline\nSeptember 15, 2024 10:12 AM EEST\nBody"),
            Some("2024-09-15".into())
        );
        assert_eq!(
            date("Russia-Ukraine war: List of key events, day 1,000\n\nHere is the situation on Wednesday, November 20, 2024.\n\nFighting"),
            Some("2024-11-20".into())
        );
        assert_eq!(
            date("Key events\nHere are the key events as of 20 November 2024\nFighting"),
            Some("2024-11-20".into())
        );
        // Windows line ends.
        assert_eq!(
            date("Headline\r\n\r\nWednesday, 20 November 2024\r\n\r\nBody"),
            Some("2024-11-20".into())
        );
        assert_eq!(
            date(&format!(
                "Headline\n{}\nDate: 26 June 2024\n",
                "Body text. ".repeat(300)
            )),
            Some("2024-06-26".into())
        );
        assert_eq!(
            date(&format!(
                "{}\nPublished: 2024-06-26",
                "Body text. ".repeat(300)
            )),
            Some("2024-06-26".into())
        );
        assert_eq!(
            date("Headline\nBy A Reporter\nPublished 3:40 PM EST, Mon November 25, 2024\n"),
            Some("2024-11-25".into())
        );
        assert_eq!(
            date("Occupiers shell Kharkiv region\n\nUkrinform\n13.06.2023 09:12\n\nText"),
            Some("2023-06-13".into())
        );
        assert_eq!(
            date("Headline\n2023-06-13T09:12:00Z\nText"),
            Some("2023-06-13".into())
        );
        assert_eq!(
            date("MOSCOW, January 3, 2024. /TASS/. Russian troops have taken"),
            Some("2024-01-03".into())
        );
        assert_eq!(
            date("Thousands flee\n\nMay 13, 2024 | Al Jazeera\n\nText"),
            Some("2024-05-13".into())
        );
        assert_eq!(
            date("Headline\nKyiv Independent | 4 July 2024 · 3 min read\nText"),
            Some("2024-07-04".into())
        );
        assert_eq!(
            date("Ukraine: Flash Update No. 3\nAs of 14 May 2024\n\nHIGHLIGHTS\n"),
            Some("2024-05-14".into())
        );
        assert_eq!(
            date("Headline\n\nAs of 1 March 2022, 500 civilians had been killed.\n"),
            None
        );
        // A date inside a sentence is not the page's date, nor is a line about dates.
        assert_eq!(date("Dates: the talks resumed on 26 June 2024"), None);
        assert_eq!(
            date("Troops left on 15 September 2024, officials said."),
            None
        );
    }

    #[test]
    fn dated_datelines_are_found_with_or_without_a_year() {
        let text =
            "Ukraine says it has retaken villages\n\nKYIV, May 21 (Reuters) - Ukrainian troops";
        let span = dated_dateline(text).unwrap();
        assert!(text[span].ends_with("(Reuters) -"));
        let text = "MOSCOW, September 3. /TASS/. Units liberated the settlement.";
        assert_eq!(
            &text[dated_dateline(text).unwrap()],
            "MOSCOW, September 3. /TASS/."
        );
        assert_eq!(
            dated_dateline("KYIV, Ukraine (AP) \u{2014} Russian forces"),
            None
        );
        assert_eq!(
            dated_dateline("Russia claimed Tuesday that troops were encircled."),
            None
        );
        // A date with no place (RFE/RL): the publication date, and no event's time.
        let text = "Russia Presses Assault\n\nOctober 20, 2023 - Russian forces have launched attacks on Avdiyivka, officials said on October 19.";
        assert_eq!(&text[dated_dateline(text).unwrap()], "October 20, 2023 - ");
        assert_eq!(date(text), Some("2023-10-20".into()));
        assert_eq!(
            date("20 October 2023 \u{2014} Russian forces attacked."),
            Some("2023-10-20".into())
        );
        assert_eq!(dated_dateline("May 5 - Russian forces attacked."), None);
        let text =
            "Key dates in the battle for Bakhmut\n\nMay 21 (Reuters) - Wagner claimed Bakhmut.";
        assert_eq!(&text[dated_dateline(text).unwrap()], "May 21 (Reuters) -");
        // Past the first paragraph, a date before a dash is an item of a timeline.
        let text = "Key dates in the battle for Bakhmut\n\nRussia's Wagner group claimed on Saturday to have taken full control of Bakhmut after a battle lasting more than nine months. Here are key dates in the battle:\n\nAug 1, 2022 - Russian forces begin attacks on Bakhmut.";
        assert_eq!(dated_dateline(text), None);
    }

    #[test]
    fn dates_in_addresses() {
        let date = |url: &str| date_in_url(url).map(|d| d.to_string());
        assert_eq!(
            date("https://www.reuters.com/world/europe/ukraine-pokrovsk-2024-08-19/"),
            Some("2024-08-19".into())
        );
        assert_eq!(
            date("https://www.theguardian.com/world/2022/jun/13/x"),
            None,
            "a month's name is not read"
        );
        assert_eq!(
            date("https://apnews.com/2015/02/18/ukraine-debaltseve"),
            Some("2015-02-18".into())
        );
        assert_eq!(
            date("https://x.com/news/20240510/a"),
            Some("2024-05-10".into())
        );
        assert_eq!(date("https://x.com/news/2024/05/"), None);
        assert_eq!(date("https://x.com/a/202405101234"), None);
        assert_eq!(date("https://x.com/2024-0510/a"), None);
        assert_eq!(date("https://x.com/2024/13/40/a"), None);
    }

    #[test]
    fn no_year_no_date() {
        assert_eq!(date("KYIV, June 14 (Reuters) - Ukraine said"), None);
        assert_eq!(
            date("Russia claimed Tuesday that troops were encircled."),
            None
        );
        assert_eq!(date("Published February 30, 2022"), None);
    }
}
