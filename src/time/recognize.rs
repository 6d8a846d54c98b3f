//! Recognition: every time expression in a piece of text, longest first, not overlapping.

use super::lexicon::{Family, Pattern, MONTH, MONTH2, PATTERNS, WEEKDAY, WEEKDAY2, YEAR};
use once_cell::sync::Lazy;
use regex::{Regex, RegexSet};
use std::ops::Range;

/// A time expression found, before resolution.
#[derive(Debug)]
pub struct Found<'t> {
    /// The expression (the pattern's `x` group, or the whole match).
    pub span: Range<usize>,
    /// The whole match, prepositions included ("by early Wednesday").
    pub matched: Range<usize>,
    /// Its family.
    pub family: Family,
    /// Which pattern of [`PATTERNS`] found it.
    pub pattern: usize,
    /// The pattern's groups, kept for the resolver (matching again to read them would
    /// double the cost of recognition).
    pub groups: regex::Captures<'t>,
}

fn source(pattern: &Pattern) -> String {
    pattern
        .regex
        .replace("{MONTH}", MONTH)
        .replace("{MONTH2}", MONTH2)
        .replace("{WEEKDAY2}", WEEKDAY2)
        .replace("{WEEKDAY}", WEEKDAY)
        .replace("{YEAR}", YEAR)
}

static COMPILED: Lazy<Vec<Regex>> = Lazy::new(|| {
    PATTERNS
        .iter()
        .map(|p| crate::words::regex(&source(p)))
        .collect()
});

/// All patterns at once: one pass tells which patterns can match a sentence at all, so
/// the (slower) searches with capture groups run only for those, and for most sentences
/// for none.
static ANY: Lazy<RegexSet> = Lazy::new(|| {
    RegexSet::new(
        PATTERNS
            .iter()
            .map(|p| crate::words::ascii_boundaries(&source(p))),
    )
    .expect("the patterns compile one by one")
});

/// The compiled regex of pattern `i`, for the resolver to read its groups.
pub fn regex(i: usize) -> &'static Regex {
    &COMPILED[i]
}

/// The words after a weekday that make it a newspaper's name: "the Sunday Times", "the
/// Sunday Telegraph".
const NEWSPAPER_WORDS: &[&str] = &[
    "Times",
    "Telegraph",
    "Mirror",
    "Express",
    "Post",
    "People",
    "Mail",
    "Herald",
];

/// Finds the time expressions of `text` (offsets relative to `text`), longest match first
/// where two overlap.
pub fn recognize(text: &str) -> Vec<Found<'_>> {
    let mut all: Vec<Found> = Vec::new();
    for i in ANY.matches(text).into_iter() {
        let re = &COMPILED[i];
        for caps in re.captures_iter(text) {
            let whole = caps.get(0).expect("group 0 always matches");
            // "since Russia's full-scale invasion in February 2022", "in the first days of the
            // invasion in February 2022": the date written after the war's name is the
            // expression.
            if PATTERNS[i].family == Family::War {
                let after = text[whole.end()..].trim_start();
                if ["in ", "on ", "began", "started", "was launched"]
                    .iter()
                    .any(|w| after.starts_with(w))
                {
                    continue;
                }
            }
            // "the fall of Debaltseve" is its capture, not an autumn.
            if PATTERNS[i].family == Family::Season
                && text[whole.range()].to_ascii_lowercase().ends_with("fall")
                && text[whole.end()..].trim_start().starts_with("of ")
            {
                continue;
            }
            // "On the eve, Ukrainian forces fired at Gorlovka" (TASS's "the day before") is a
            // day; "on the eve of the referendum" is the day before something named.
            // "Throughout the night" is the night before the report; "throughout the night of
            // March 12 to 13" is the night its date names.
            if PATTERNS[i].family == Family::DayWord
                && text[whole.end()..].trim_start().starts_with("of ")
                && {
                    let written = text[whole.range()].to_ascii_lowercase();
                    written.ends_with("eve") || written.ends_with("night")
                }
            {
                continue;
            }
            // "the last weeks of the battle for Bakhmut" are the battle's final weeks, not
            // the weeks up to the report ("the past weeks of fighting" are).
            if PATTERNS[i].family == Family::PastPeriod && {
                let after = text[whole.end()..].trim_start();
                [
                    "of the ",
                    "of its ",
                    "of their ",
                    "of his ",
                    "of her ",
                    "of that ",
                ]
                .iter()
                .any(|w| after.starts_with(w))
                    && text[whole.range()].to_ascii_lowercase().contains("last")
            } {
                continue;
            }
            // "the Sunday Times" is a newspaper.
            if PATTERNS[i].family == Family::Weekday
                && text[whole.end()..]
                    .strip_prefix(' ')
                    .is_some_and(|after| NEWSPAPER_WORDS.iter().any(|w| after.starts_with(w)))
            {
                continue;
            }
            let x = crate::words::group(re, &caps, "x");
            let span = match (x, crate::words::group(re, &caps, "rel")) {
                (Some(x), _) => x.range(),
                (None, Some(rel)) => rel.start()..whole.end(),
                (None, None) => whole.range(),
            };
            all.push(Found {
                span,
                matched: whole.range(),
                family: PATTERNS[i].family,
                pattern: i,
                groups: caps,
            });
        }
    }
    // Longest expression first, so "March 2022" beats "in March" and "May 16" beats
    // "until May"; then back into text order.
    all.sort_by(|a, b| {
        (b.span.len(), b.matched.len())
            .cmp(&(a.span.len(), a.matched.len()))
            .then(a.matched.start.cmp(&b.matched.start))
            .then(a.pattern.cmp(&b.pattern))
    });
    let mut out: Vec<Found> = Vec::new();
    for f in all {
        if out
            .iter()
            .any(|o| f.matched.start < o.matched.end && o.matched.start < f.matched.end)
        {
            continue;
        }
        out.push(f);
    }
    out.sort_by_key(|f| f.matched.start);
    out
}
