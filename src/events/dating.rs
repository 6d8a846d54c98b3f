//! When an event happened, and when it was reported.
//!
//! A time expression right after a reporting verb ("said Tuesday", "claimed on Thursday",
//! "in an operational update Tuesday") dates the report. The happening takes the nearest
//! other expression of its clause, else of its sentence; with none, the report's date
//! stands. A sentence with no time at all goes on in the time of the sentence before it in
//! its paragraph ("... struck Kramatorsk early on Monday. A man was killed"); with none
//! there either, the publication day, at precision 2 (within a week).

use super::extract::DocumentView;
use super::triggers::EventType;
use crate::sentences::Sentence;
use crate::time::{is_report_time, TimeMention};
use chrono::NaiveDate;
use once_cell::sync::Lazy;
use regex::Regex;
use std::ops::Range;

/// The dates of one event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dating {
    /// First and last day of the happening, and ACLED precision.
    pub interval: Option<(NaiveDate, NaiveDate, u8)>,
    /// The expression that dated it.
    pub span: Option<Range<usize>>,
    /// The day it was reported.
    pub reported: Option<NaiveDate>,
}

/// A tally's start named without a date: "since the start of the siege", "since the war
/// began".
static SINCE_AN_UNDATED_START: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)\bsince\s+(?:the\s+(?:start|beginning|onset|launch|outbreak)\s+of\b|the\s+(?:siege|war|invasion|offensive|battle|fighting)\s+(?:began|started))",
    )
});

/// The start of a relative clause: ", where ...", ", which ...".
static RELATIVE_CLAUSE: Lazy<Regex> =
    Lazy::new(|| crate::words::regex(r"(?i)^\s*,\s+(?:where|which|whose|who)\b"));

/// The opening of a relative clause set off by a comma: ", which", ", who".
static ASIDE_OPENS: Lazy<Regex> =
    Lazy::new(|| crate::words::regex(r"(?i),\s+(?:which|who|whose)\b"));

/// Between a trigger and a time, the start of a relative clause with its own verb: ",
/// a town that has been", ", which had" (", which began in October" tells when the
/// happening itself began, and dates it), or a clause in the past that a noun carries
/// with it ("continued despite a ceasefire that took effect on Sunday"), or a phrase of
/// another happening's start ("captured Buhruvatka, the latest of a dozen villages taken
/// since launching its offensive on Friday"), or what the happening went on despite ("has
/// continued despite a cease-fire agreed in Minsk on Sept. 5"), or a clause of time with a
/// verb of its own, of a happening before this one ("handing Russia its biggest victory
/// since it captured Bakhmut in May last year", "before Russian forces took it in May"; but
/// "evacuated since Russia launched its offensive on Friday" runs from that day, and
/// "intensified after Russian forces launched an offensive on 10 May" is from then).
/// A record measured from a happening: "largest gain since Artyomovsk fell", "first
/// victory since Russia took".
static GAIN_SINCE: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)\b(?:victory|victories|gains?|success|loss|losses|defeat|setback|advance|capture|territory|first\s+time)\s+since\s+(?:[a-zA-Z'\u2019]+\s+){1,3}?(?:[a-z]+ed|took|fell|began|won|lost|left|struck|broke)\b",
    )
});
/// How far before a trigger the superlative of a record may stand ("the deadliest attack").
const RECORD_WORDS_BEFORE_BYTES: usize = 24;
/// A superlative measured from a time, right before that time: "the biggest reversal for
/// Moscow since the start of the war", "the heaviest shelling since Russia withdrew from
/// the city in March".
static RECORD_SINCE: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)\b(?:biggest|largest|worst|heaviest|deadliest|greatest|fastest|first|most\s+[a-z]+)\b(?:\s+[\w'\u2019-]+){0,6}?\s+since\b(?:\s+[\w'\u2019-]+){0,6}?\s*$",
    )
});
/// The start of a clause of time with its own subject and verb: "after Russia claimed",
/// "before the ministry announced" (not "after capturing Lysychansk", whose time is the
/// verb's before it, nor "since Russia launched", whose time is where the happening began).
static LATER_CLAUSE_OF_TIME: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"^[\s,]*(?:after|before|when)\s+(?:[A-Z][\w'\u2019-]*|it|they|he|she|the\s+[a-z]+)(?:['\u2019]s)?\s+(?:[\w'\u2019-]+\s+){0,3}?(?:said|says|claimed|announced|reported|[a-z]+ed|took|fell|began|broke)\b",
    )
});
/// A participle after "after" or "before" and its words up to a time: "after capturing
/// Vuhledar ", "before retaking the village ".
static AFTER_A_PARTICIPLE: Lazy<Regex> =
    Lazy::new(|| crate::words::regex(r"(?i)\b(?:after|before)\s+[a-z]+ing\s+[^,;]*$"));
static RELATIVE_AFTER_TRIGGER: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i),\s[^;]*\b(?:that|which|where|whose)\s+(?:[a-zA-Z]+\s+){0,3}?(?:has|have|had|is|was|were)\b|\b[a-z]+\s+(?:that|which)\s+(?:[a-zA-Z]+\s+){0,2}?(?:[a-z]+ed|(?:re)?took|came|began|went|fell|broke|held|hit|lost|left|won|struck)\b|\bsince\s+(?:launching|starting|beginning|the\s+(?:start|beginning|launch)\s+of)\b|\b(?:(?:victory|victories|gains?|success|loss|losses|defeat|setback|advance|attack|strike|offensive)\s+since|before)\s+(?:[a-zA-Z'\u2019]+\s+){1,3}?(?:[a-z]+ed|took|fell|began|won|lost|left|struck|broke)\b|\bdespite\b",
    )
});

/// Whether the relative clause that ends its match at `relative_end` of `between` (the text
/// from a trigger to a time) is closed by a comma before the time, so that the time is the
/// main clause's again: "retook Kupiansk, a railway hub that supplied Russian troops in
/// the east, on Friday". Only a preposition may stand between that comma and the time.
fn closed_before_time(between: &str, relative_end: usize) -> bool {
    between.rfind(',').is_some_and(|comma| {
        comma >= relative_end && {
            let rest = between[comma + 1..].trim();
            rest.is_empty()
                || ["on", "in", "at", "by", "early", "late", "overnight"]
                    .iter()
                    .any(|p| rest.eq_ignore_ascii_case(p))
        }
    })
}

/// Whether the time expression at `span` follows "since" (within it or just before it), or
/// dates the start of something the happening has run on from ("since Russia's invasion
/// began in February", "since Russia launched its offensive on Friday", "since launching a
/// cross-border offensive on May 10", "since the start of the counteroffensive on September
/// 6", "since the morning of 10 May", "since the ceasefire took effect at midnight on
/// February 15", "since separatists seized the building on April 7", "since it launched a
/// large-scale assault on the eastern Ukrainian town of Avdiivka on 10 October").
fn after_since(text: &str, span: &Range<usize>) -> bool {
    static SINCE_IT_BEGAN: Lazy<Regex> = Lazy::new(|| {
        crate::words::regex(
            r"(?i)\bsince\s+(?:[^,.;]{0,50}\b(?:began|begun|launching|starting|beginning|took\s+effect|came\s+into\s+force|went\s+into\s+effect|[a-z]+ed)\b[^,.;]{0,100}|the\s+(?:start|beginning|launch|outbreak|morning|afternoon|evening|night|end)\s+of\s+[^,.;]{0,50})$",
        )
    });
    let since = |w: &str| w.eq_ignore_ascii_case("since");
    text[span.clone()]
        .split_whitespace()
        .next()
        .is_some_and(since)
        || {
            // "since June", "since the summer of 2022", "since early March".
            let mut before = crate::words::tail(&text[..span.start], 16).split_whitespace();
            let last = before.next_back();
            last.is_some_and(since)
                || (last.is_some_and(|w| {
                    ["the", "early", "late", "mid", "mid-"]
                        .iter()
                        .any(|m| w.eq_ignore_ascii_case(m))
                }) && before.next_back().is_some_and(since))
        }
        || {
            // (Most times have no "since" before them: a substring test settles those.)
            let before = crate::words::tail(&text[..span.start], 160);
            before.contains("ince") && SINCE_IT_BEGAN.is_match(before)
        }
}

/// "Ukrainian forces have been pressuring Lyman": a happening going on up to the report.
/// Right before a trigger, an attempt at it: "trying to capture", "seeking to encircle".
static ATTEMPTING: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(r"(?i)\b(?:trying|attempting|seeking|struggling|striving)\s+to\s+$")
});
static ONGOING: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)\b(?:have|has)\s+been\s+(?:\w+ly\s+)?\w+ing\b|\b(?:ever\s+since|since\s+then)\s*[.;,]?\s*$",
    )
});

/// How many sentences back a sentence with no time looks for one: a time named further
/// back is stale (and a text of one long paragraph is not searched from its start for
/// every event).
const CARRIED_SENTENCES: usize = 3;

/// The time mentions of sentence `s` (`times` are in text order).
fn of_sentence(times: &[TimeMention], s: usize) -> &[TimeMention] {
    let from = times.partition_point(|t| t.sentence < s);
    let to = from + times[from..].partition_point(|t| t.sentence <= s);
    &times[from..to]
}

/// The widest time a sentence takes over from the one before it: a month ("Between 1 and
/// 31 July, ... Most casualties occurred in Donetsk region"), not "since 2014".
const LONGEST_CARRIED_DAYS: i64 = 31;

/// Words that put a sentence in a time of its own even where no expression was resolved
/// ("Most residents left years ago", "For the second day running", "Early in the war"):
/// such a sentence does not go on in the time of the one before. "A 64-year-old man" is
/// not one.
static OWN_TIME_WORD: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)(?:^|[\s,(])(?:ago|earlier|later|previously|war|invasion|running|years?|months?|weeks?|days?|hours?|minutes?|nights?|mornings?|evenings?)(?:[\s,.;:)]|$)",
    )
});

/// Whether sentence `sentence` names no time: no expression found in it, and no word that
/// puts it in a time of its own ([`OWN_TIME_WORD`]). Only such a sentence takes a time from
/// elsewhere (its paragraph, the headline, the title).
fn names_no_time(
    text: &str,
    times: &[TimeMention],
    sentences: &[Sentence],
    sentence: usize,
) -> bool {
    of_sentence(times, sentence).is_empty()
        && sentences
            .get(sentence)
            .is_some_and(|s| !OWN_TIME_WORD.is_match(&text[s.span.clone()]))
}

/// A happening named again: "the attack", "this strike", "the overnight shelling" (not "the
/// constant shelling", [`names_a_state`]). A
/// sentence that says what "the attack" did goes on in that attack's time even across a
/// paragraph break ("According to the governor, the attack damaged a school"); so does a
/// further weapon of the same attack ("A second missile hit the village of Bilenke").
static REFERS_BACK: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)\b(?:the|this|that|these|those|another|a\s+(?:second|third|fourth))\s+(?:[a-z-]+\s+){0,2}?(?:attacks?|strikes?|shelling|assault|bombardment|raids?|barrage|blasts?|explosions?|missiles?|rockets?|drones?|bombs?)\b|\b(?:in|during|of)\s+the\s+(?:fighting|battle|clashes)\b",
    )
});

/// Whether a happening named again is a state that goes on, not one told before: "because
/// of the constant shelling", "under the daily bombardment".
fn names_a_state(named: &str) -> bool {
    const ONGOING: [&str; 8] = [
        "constant",
        "continuous",
        "continued",
        "ongoing",
        "daily",
        "incessant",
        "relentless",
        "persistent",
    ];
    named
        .split(' ')
        .any(|w| ONGOING.iter().any(|o| w.eq_ignore_ascii_case(o)))
}

/// The nouns of [`REFERS_BACK`], looked for first: its articles are in every sentence.
static HAPPENING_NOUNS: Lazy<crate::words::AnyCase> = Lazy::new(|| {
    crate::words::AnyCase::new(&[
        "attack",
        "strike",
        "shelling",
        "assault",
        "bombardment",
        "raid",
        "barrage",
        "blast",
        "explosion",
        "missile",
        "rocket",
        "drone",
        "bomb",
        "fighting",
        "battle",
        "clash",
    ])
});

/// The happening's time of the closest earlier sentence of the same paragraph (of any
/// paragraph, for a sentence that [`REFERS_BACK`]) that has a
/// time, when that time is not only a report's date, is at most a month wide and does not
/// open a span up to the report ("Since May, ..."), and the sentence has no time word of
/// its own.
fn carried_time<'t>(
    text: &str,
    times: &'t [TimeMention],
    sentences: &[Sentence],
    sentence: usize,
) -> Option<&'t TimeMention> {
    let this = sentences.get(sentence)?;
    if !names_no_time(text, times, sentences, sentence) {
        return None;
    }
    let line = this.line;
    // Read only when the paragraph breaks within reach.
    let refers_back = std::cell::OnceCell::new();
    let refers_back = || {
        *refers_back.get_or_init(|| {
            let sentence = &text[this.span.clone()];
            HAPPENING_NOUNS.is_match(sentence)
                && REFERS_BACK
                    .find_iter(sentence)
                    .any(|m| !names_a_state(m.as_str()))
        })
    };
    let resolved_in = |s: usize| {
        of_sentence(times, s)
            .iter()
            .filter(|t| t.resolved.is_some())
    };
    // A quotation given to the speaker above is dated by the day the speaker spoke too.
    let quoted = quotes_the_speaker_before(text, &sentences[sentence..]);
    let labelled = quoted || opens_a_labelled_continuation(text, &sentences[sentence..]);
    let before = (sentence.saturating_sub(CARRIED_SENTENCES)..sentence)
        .rev()
        .take_while(|&s| sentences[s].line == line || labelled || refers_back())
        .find(|&s| resolved_in(s).next().is_some())?;
    resolved_in(before)
        .rfind(|t| quoted || !is_report_time(text, &t.span))
        .filter(|t| dates_a_short_happening(text, t))
}

/// Whether the paragraph of the first of `sentences` opens with a label that continues the
/// story above it: "Quote:" and "Details:" in Ukrainska Pravda's house style, under a lead
/// that gives the day ("Russian forces attacked Donetsk Oblast on 13 December, killing four
/// civilians. ... Quote: \"Three people were killed in Myrnohrad and one in
/// Kostiantynivka.\""). "Background:" opens older matters, and is not one.
pub(super) fn opens_a_labelled_continuation(text: &str, sentences: &[Sentence]) -> bool {
    let Some(this) = sentences.first() else {
        return false;
    };
    let line_start = crate::sentences::line_start(text, this.span.start);
    let opening = text[line_start..].trim_start();
    ["Quote:", "Details:"]
        .iter()
        .any(|label| opening.starts_with(label))
}

/// Whether the first of `sentences` is a quotation given to a pronoun: "\"In order to
/// preserve the lives of our defenders, a decision was made to withdraw,\" it said." goes on
/// with the statement told just before ("The General Staff confirmed on Sunday evening that
/// its troops had withdrawn"), even across a paragraph break, and its day.
fn quotes_the_speaker_before(text: &str, sentences: &[Sentence]) -> bool {
    static PRONOUN_SAID: Lazy<Regex> = Lazy::new(|| {
        crate::words::regex(
            r#"^["\u201c][^"\u201c\u201d\n]{1,400}[,.!?]["\u201d]\s+(?:it|he|she|they)\s+(?:said|added|wrote|stated|told|continued|explained)\b"#,
        )
    });
    sentences
        .first()
        .is_some_and(|this| PRONOUN_SAID.is_match(text[this.span.clone()].trim_start()))
}

/// Whether a time may date the sentences after it: not a span from a start up to the report
/// ("Since May"), and at most [`LONGEST_CARRIED_DAYS`] wide.
fn dates_a_short_happening(text: &str, t: &TimeMention) -> bool {
    !after_since(text, &t.span)
        && t.resolved
            .as_ref()
            .is_some_and(|r| (r.end - r.start).num_days() < LONGEST_CARRIED_DAYS)
}

/// The happening's time of the headline, for a body sentence that has no time and none to
/// carry over from its paragraph: a daily summary ("Russians killed 3 residents of Donetsk
/// region over the past day") heads paragraphs of places and tolls that name no time, all
/// of that day. Only a headline (the first line, not ending as a sentence does) or a lead
/// that opens with its period, and only a time at most a month wide.
fn headline_time<'t>(
    text: &str,
    times: &'t [TimeMention],
    sentences: &[Sentence],
    sentence: usize,
) -> Option<&'t TimeMention> {
    let headline = sentences.first()?;
    let written = text[headline.span.clone()].trim_end();
    let alone_on_its_line = sentences.get(1).is_some_and(|s| s.line != headline.line);
    if sentence == 0 {
        return None;
    }
    let from_headline = (alone_on_its_line && !written.ends_with(['.', '!', '?', ':']))
        .then(|| {
            of_sentence(times, 0)
                .iter()
                .find(|t| !is_report_time(text, &t.span) && dates_a_short_happening(text, t))
        })
        .flatten();
    let found = from_headline.or_else(|| {
        // "Over the past day, 142 combat clashes took place along the front line": a lead
        // (the first or, under a title with no time of this kind, the second sentence)
        // that opens with its period frames the summary below it. A period told at its end
        // ("Russia shelled Kharkiv over the past day, officials said.") is that sentence's
        // own.
        (0..sentence.min(2)).find_map(|lead| {
            let opening = &text[sentences[lead].span.clone()];
            if !LEAD_PERIOD.is_match(opening) {
                return None;
            }
            of_sentence(times, lead).iter().find(|t| {
                t.span.start < sentences[lead].span.start + LEAD_PERIOD_REACH
                    && dates_a_short_happening(text, t)
            })
        })
    })?;
    names_no_time(text, times, sentences, sentence).then_some(found)
}

/// The marks that open a list's items ("• Drone attack on Kharkiv injures 5").
pub(super) const LIST_MARKERS: &[char] = &['\u{2022}', '\u{b7}', '*', '-', '\u{2013}', '\u{2014}'];

/// The time of the line that leads a list ("Key developments on Dec. 3:"), for an item of
/// the list ("• Russian attack on Zaporizhzhia kills 1") that names none: every item
/// happened then.
fn list_lead_in_time<'t>(
    text: &str,
    times: &'t [TimeMention],
    sentences: &[Sentence],
    sentence: usize,
) -> Option<&'t TimeMention> {
    let line_opening = |si: usize| {
        let start = sentences[si].span.start;
        &text[crate::sentences::line_start(text, start)..start]
    };
    let an_item = |si: usize| {
        line_opening(si)
            .trim()
            .chars()
            .next()
            .is_some_and(|c| LIST_MARKERS.contains(&c))
            || text[sentences[si].span.clone()].starts_with(LIST_MARKERS)
    };
    if !an_item(sentence) {
        return None;
    }
    let lead = (0..sentence).rev().find(|&si| !an_item(si))?;
    if !text[sentences[lead].span.clone()].trim_end().ends_with(':') {
        return None;
    }
    of_sentence(times, lead)
        .iter()
        .find(|t| !is_report_time(text, &t.span) && dates_a_short_happening(text, t))
}

/// A lead's opening period: "Over the past day,", "In the last 24 hours,", "During the
/// past week,".
static LEAD_PERIOD: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"^\s*(?:Over|In|During|For)\s+the\s+(?:past|last|previous)\s+(?:day|24\s+hours|twenty-four\s+hours|night|week|seven\s+days)\s*,",
    )
});
/// How far into a lead its opening period's time may start, in bytes.
const LEAD_PERIOD_REACH: usize = 16;

/// The resolved time joined to `t` by "and" ("on 30 August and 1 September", "on Monday
/// and Tuesday"), before or after it, when both are days.
fn joined_date<'t>(
    text: &str,
    in_sentence: &[&'t TimeMention],
    t: &TimeMention,
) -> Option<&'t crate::time::Resolved> {
    fn day(m: &TimeMention) -> Option<&crate::time::Resolved> {
        m.resolved.as_ref().filter(|r| {
            r.start == r.end
                && matches!(
                    r.precision,
                    crate::time::Precision::Day | crate::time::Precision::Instant
                )
        })
    }
    day(t)?;
    let joined = |a: &TimeMention, b: &TimeMention| {
        a.span.end <= b.span.start
            && matches!(
                text[a.span.end..b.span.start].trim(),
                "and" | "and on" | "or" | "and again on"
            )
    };
    in_sentence
        .iter()
        .find(|m| joined(t, m) || joined(m, t))
        .and_then(|m| day(m))
}

/// "a day after", "three days before", "two weeks after": a clause dated from another by a
/// count of days or weeks.
static OFFSET_PHRASE: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)\b(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?P<unit>days?|weeks?|months?)\s+(?P<way>after|before)\s+",
    )
});

/// The day the happening after a sentence's "a week after" comes to, counted from `day`, the
/// day of the happening before the phrase: "The fall of Lysychansk came a week after Ukrainian
/// troops pulled out of Sievierodonetsk" puts the pull-out a week before the fall.
pub(super) fn counted_from_the_happening_before(
    sentence: &str,
    day: NaiveDate,
) -> Option<NaiveDate> {
    let offset = Offset::read(sentence)?;
    offset.count(day, !offset.after)
}

/// A count of days, weeks or months before or after another happening, as
/// [`OFFSET_PHRASE`] finds it.
struct Offset {
    n: u32,
    /// "day", "week" or "month".
    unit: String,
    /// "after" (else "before").
    after: bool,
}

impl Offset {
    /// The first offset phrase in `text`.
    fn read(text: &str) -> Option<Offset> {
        let c = OFFSET_PHRASE.captures(text)?;
        Some(Offset {
            n: crate::time::lexicon::number(&c["n"])?,
            unit: c["unit"]
                .to_ascii_lowercase()
                .trim_end_matches('s')
                .to_string(),
            after: c["way"].eq_ignore_ascii_case("after"),
        })
    }

    /// `day` counted forward (`true`) or back by the offset.
    fn count(&self, day: NaiveDate, forward: bool) -> Option<NaiveDate> {
        crate::time::resolve::shift(day, self.n, &self.unit, forward)
    }
}

/// How much farther, in bytes, a time set off from the trigger by a comma counts.
const SET_OFF_PENALTY: usize = 60;

/// A count of ground or places: "over 1,000 square kilometres", "12 villages", "five
/// villages".
pub(super) static TALLY_OF_GROUND: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)\b(?:\d[\d,.]*|dozens|hundreds|scores|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+dozen|more)\s*(?:of\s+)?(?:square\s+(?:kilomet(?:re|er)s|miles)|sq\.?\s*(?:km|kilomet(?:re|er)s|miles)|km2|villages|settlements|towns)\b",
    )
});

/// A count of people: "2,439 Ukrainian fighters have laid down their arms since Monday" runs
/// up to the report, though each surrender in it is a change of state.
static TALLY_OF_PEOPLE: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)\b\d[\d,]*\s+(?:[A-Za-z-]+\s+)?(?:fighters|soldiers|troops|servicemen|defenders|marines|people)\b",
    )
});

/// The day of a clause that names no time of its own but stands a count of days, weeks or
/// months from one that does: in "recaptured Lyman on Saturday, a day after Putin
/// proclaimed the annexation", the annexation was on Friday; in "entered Avdiivka three
/// days after the commander ordered a withdrawal on Friday", the entry was on Monday; in
/// "Two days after the dam was destroyed, shelling hit Kherson on Thursday", the dam was
/// destroyed on Tuesday; in "A month after Russian forces crossed the border on May 10, fighting ...
/// has settled", the fighting is 10 June. Only a day-precise time on the other side counts.
/// Returns the day and the time it comes from.
///
/// With no time in the sentence at all, the main clause is the report's news, of the day
/// it was published: "urged residents of the east to flee ..., three days after a missile
/// attack on the city's train station killed 57 people" dates the attack three days before
/// the report (no time of the text is returned then).
fn offset_day<'t>(
    text: &str,
    sentence: &Range<usize>,
    (clause, trigger): (&Range<usize>, &Range<usize>),
    in_sentence: &[&'t TimeMention],
    published: Option<NaiveDate>,
) -> Option<(NaiveDate, Option<&'t TimeMention>)> {
    let inside = |t: &TimeMention| t.span.start >= clause.start && t.span.end <= clause.end;
    let here = &text[sentence.clone()];
    // Most sentences name no count of days before "after" or "before"; the groups are read
    // only in the phrase found.
    if !here.contains(" after ") && !here.contains(" before ") {
        return None;
    }
    let whole = OFFSET_PHRASE.find(here)?;
    let (from, to) = (sentence.start + whole.start(), sentence.start + whole.end());
    let offset = Offset::read(whole.as_str())?;
    let after = offset.after;
    let counted = |day: NaiveDate, forward: bool| offset.count(day, forward);
    if in_sentence.is_empty() {
        // ("IZIUM, Ukraine — Three weeks after Ukrainian forces retook Izium, residents are
        // coming back": a phrase that opens the sentence, after its dateline, ends at its
        // comma, and the main clause after it is the report's news.)
        let opening = here[..whole.start()].trim_end();
        let opens = opening.is_empty() || opening.ends_with(['\u{2014}', '\u{2013}', '-']);
        let phrase_end = if opens {
            here[whole.end()..]
                .find(", ")
                .map_or(sentence.end, |i| to + i)
        } else {
            sentence.end
        };
        return (trigger.start >= to && trigger.end <= phrase_end)
            .then(|| counted(published?, !after))
            .flatten()
            .map(|day| (day, None));
    }
    // "A month after Russian forces crossed the border on May 10, fighting in Vovchansk has
    // settled into a street battle": after a phrase that opens the sentence, the main clause
    // is the count from the day the phrase names.
    if here[..whole.start()].trim().is_empty() {
        let comma = here[whole.end()..]
            .find(", ")
            .map(|i| sentence.start + whole.end() + i);
        if let Some(comma) = comma.filter(|&comma| trigger.start > comma) {
            // (The clause may run back over the comma; its own time is after it.)
            if in_sentence
                .iter()
                .any(|t| t.span.start > comma && t.span.end <= clause.end)
            {
                return None;
            }
            let t = in_sentence.iter().find(|t| {
                t.span.start >= to
                    && t.span.end <= comma
                    && t.resolved.as_ref().is_some_and(|r| r.start == r.end)
            })?;
            let day = t.resolved.as_ref()?.start;
            return Some((counted(day, after)?, Some(*t)));
        }
    }
    if in_sentence.iter().any(|t| inside(t)) {
        return None;
    }
    // The happening after the phrase came `days` before (after) the other one, dated
    // anywhere outside its clause; the happening before the phrase, `days` after (before)
    // the one the phrase introduces.
    // ("entered the Luhansk region for the first time since it fell in July, the governor
    // said on Monday, two days after Russian troops withdrew from Lyman": the day-precise
    // time nearest before the phrase anchors it, not the month further back.)
    let one_day = |t: &&&TimeMention| t.resolved.as_ref().is_some_and(|r| r.start == r.end);
    let (anchor, forward) = if trigger.start >= to {
        let t = in_sentence
            .iter()
            .rev()
            .filter(|t| !inside(t) && t.span.end <= from)
            .find(one_day)
            .or_else(|| in_sentence.iter().find(|t| !inside(t)))?;
        (t, !after)
    } else if trigger.end <= from {
        let t = in_sentence.iter().find(|t| t.span.start >= to)?;
        (t, after)
    } else {
        return None;
    };
    // "Russia said on Saturday it had withdrawn from Lyman, a day after Putin proclaimed the
    // annexation": the day of the report dates the main clause, so it anchors the phrase's
    // happening too; a report time never dates a happening the phrase comes after.
    let report_anchors = trigger.start >= to;
    let day = anchor
        .resolved
        .as_ref()
        .filter(|r| r.start == r.end && (report_anchors || !is_report_time(text, &anchor.span)))?
        .start;
    Some((counted(day, forward)?, Some(*anchor)))
}

/// Dates an event whose trigger is at `trigger` in `clause` of sentence `sentence` (byte
/// ranges in the document's text).
pub fn date_event(
    doc: &DocumentView,
    sentence: usize,
    clause: &Range<usize>,
    trigger: &Range<usize>,
    event_type: EventType,
) -> Dating {
    let (text, times, published) = (doc.text, doc.times, doc.published);
    let in_sentence: Vec<&TimeMention> = of_sentence(times, sentence)
        .iter()
        .filter(|t| t.resolved.is_some())
        .collect();
    // "shelled Kupiansk on Monday and captured Kivsharivka on Tuesday": a time before the
    // trigger with an "and" between belongs to the verb before; it dates this one only
    // when no other time does.
    let distance = |t: &TimeMention| {
        if t.span.start >= trigger.end {
            t.span.start - trigger.end
        } else {
            let gap = trigger.start.saturating_sub(t.span.end);
            let between = text.get(t.span.end..trigger.start).unwrap_or("");
            let coordinated = between.contains(" and ");
            // "declared a day of mourning on Sunday after separatists shot down a plane ...
            // early on Saturday": a time before "after" or "before" dates the clause it
            // ends, not the happening the clause of time tells.
            let subordinated = between.contains(" after ") || between.contains(" before ");
            // "Ukrainian forces, who had held Vuhledar since 2022, withdrew on Oct. 1": a
            // time before a comma is an aside's or an opening phrase's, farther from the
            // verb than a time right after it.
            let set_off = between.contains(',');
            gap + if coordinated || subordinated {
                text.len()
            } else if set_off {
                SET_OFF_PENALTY
            } else {
                0
            }
        }
    };
    let nearest = |pred: &dyn Fn(&TimeMention) -> bool| {
        in_sentence
            .iter()
            .filter(|t| pred(t))
            .min_by_key(|t| distance(t))
            .copied()
    };
    let report = nearest(&|t| is_report_time(text, &t.span));
    let reported = report
        .and_then(|t| t.resolved.as_ref().map(|r| r.start))
        .or(published);
    let in_clause = |t: &TimeMention| t.span.start >= clause.start && t.span.end <= clause.end;
    // "Convoys left Kostiantynivka, where bombs destroyed a market on July 14": the date of a
    // relative clause after this one is its own happening's, not this clause's.
    // "took control of Toretsk, a town that has been the site of heavy fighting since the
    // summer": a relative clause after the trigger has its own time.
    let in_later_relative_clause = |t: &TimeMention| {
        (t.span.start >= clause.end
            && (RELATIVE_CLAUSE.is_match(&text[clause.end..t.span.start])
                || super::clauses::opens_a_reduced_relative(&text[clause.end..])))
            // "Russia's largest gain since Artyomovsk fell in May last year": the time of
            // what a record is measured from.
            || (t.span.start >= trigger.end
                && (GAIN_SINCE.is_match(&text[trigger.end..t.span.start])
                    // (A battle "among the most brutal since Russia's invasion began in
                    // February" has gone on since then; troops "advancing at the fastest
                    // pace since the early days of the war", the heaviest shelling since a
                    // withdrawal and the deadliest toll since a ceasefire have not.)
                    // The superlative may stand before the trigger: "the deadliest attack
                    // on the town since the start of the year" (an attack, unlike a battle,
                    // is one happening).
                    || ((event_type.is_change_of_state()
                        || matches!(
                            event_type,
                            EventType::Advance
                                | EventType::Strike
                                | EventType::Shelling
                                | EventType::Casualties
                        )
                        || (event_type == EventType::Fighting
                            && text[trigger.clone()]
                                .get(..6)
                                .is_some_and(|w| w.eq_ignore_ascii_case("attack"))))
                        // (The happening the record is measured from keeps its own time:
                        // "the deadliest incidents since a ceasefire was declared on Sept. 5".)
                        && text[trigger.end..t.span.start].contains("since")
                        && RECORD_SINCE.is_match(
                            &text[trigger.start
                                - crate::words::tail(
                                    &text[..trigger.start],
                                    RECORD_WORDS_BEFORE_BYTES,
                                )
                                .len()..t.span.start],
                        ))))
            || (t.span.start >= trigger.end && {
                let between = &text[trigger.end..t.span.start];
                (between.contains("that")
                    || between.contains("which")
                    || between.contains(',')
                    || between.contains("despite")
                    || between.contains("before"))
                    && RELATIVE_AFTER_TRIGGER
                        .find(between)
                        .is_some_and(|m| !closed_before_time(between, m.end()))
            })
    };
    if let Some((day, from)) = offset_day(
        text,
        &doc.sentences[sentence].span,
        (clause, trigger),
        &in_sentence,
        published,
    ) {
        // (Counted from the report's day, the day is from the context: precision 2.)
        return Dating {
            interval: Some((day, day, if from.is_some() { 1 } else { 2 })),
            span: from.map(|t| t.span.clone()),
            reported,
        };
    }
    // "The 3rd Assault Brigade, which was sent to Avdiivka last week, said it had faced
    // attacks": a time in a relative clause set off before the trigger is the aside's.
    // Only the sentence's own words before the time are read: "which fell in May." ending
    // the sentence before opens no aside in "In July 2022, Russia captured Lysychansk".
    let sentence_start = doc.sentences[sentence].span.start;
    let in_earlier_aside = |t: &TimeMention| {
        let before = crate::words::tail(&text[sentence_start.min(t.span.start)..t.span.start], 80);
        t.span.end <= trigger.start
            && text[t.span.end..trigger.start].contains(',')
            && ASIDE_OPENS
                .find_iter(before)
                .last()
                .is_some_and(|m| !before[m.end()..].contains(','))
    };
    // "have recaptured several positions in Toretsk, Trehubov said on Tuesday, after Russia
    // claimed to have taken the town earlier this month": the time of a clause that says
    // when, after this one, is that clause's happening's.
    // So is the time of a participle after "after" or "before" in a later clause: "have
    // advanced on Kurakhove, ..., as Moscow's troops press towards the town after capturing
    // Vuhledar earlier this week" (but "had taken control of Luhansk region after capturing
    // Lysychansk on Sunday", right after this clause, did both on Sunday).
    let in_later_clause_of_time = |t: &TimeMention| {
        t.span.start >= clause.end
            && (LATER_CLAUSE_OF_TIME.is_match(crate::words::head(&text[clause.end..], 80))
                || AFTER_A_PARTICIPLE
                    .find(&text[clause.end..t.span.start])
                    .is_some_and(|m| !text[clause.end..clause.end + m.start()].trim().is_empty()))
    };
    // "said 1,500 people had been killed since the start of the war, and that Russian troops
    // had reached the outskirts": the start of another clause's tally dates none of this one.
    let starts_a_tally_before = |t: &TimeMention| {
        t.span.end <= clause.start
            && text[t.span.end..clause.start].contains(" and ")
            && after_since(text, &t.span)
    };
    let happening = nearest(&|t| {
        in_clause(t)
            && !is_report_time(text, &t.span)
            && !in_later_relative_clause(t)
            && !in_earlier_aside(t)
    })
    // "Syrskyi said on Sunday that troops had withdrawn from Berdychi, as Russian forces
    // pushed west after taking Avdiivka in February": the clause's own report day bounds
    // its happening; the times of the sentence's other clauses are theirs.
    // (Only a report told before the trigger: "retook a section of the road, Maliar said
    // on Wednesday" after "advanced over the past day and" shares the verb before's time.)
    .or_else(|| report.filter(|r| in_clause(r) && r.span.end <= trigger.start))
    // "since a ceasefire was declared on Sept. 5": a trigger that is itself a declaration
    // is dated by the time right after it, which reads as a report's.
    .or_else(|| {
        nearest(&|t| {
            in_clause(t)
                && t.span.start >= trigger.end
                && text[trigger.end..t.span.start].trim().len() <= 3
        })
    })
    .or_else(|| {
        nearest(&|t| {
            !is_report_time(text, &t.span)
                && !in_later_relative_clause(t)
                && !in_earlier_aside(t)
                && !in_later_clause_of_time(t)
                && !starts_a_tally_before(t)
        })
    })
    .or(report)
    .or_else(|| {
        // "More than 2,300 people have been killed since the start of the siege": a sentence
        // with a time of its own, even one not resolved to a day, is not in the time of
        // the sentence before.
        // So is a tally since a start it names without a date: "since the start of the
        // siege".
        (of_sentence(times, sentence).is_empty()
            && !SINCE_AN_UNDATED_START.is_match(&text[doc.sentences[sentence].span.clone()]))
        .then(|| {
            carried_time(text, times, doc.sentences, sentence)
                .or_else(|| list_lead_in_time(text, times, doc.sentences, sentence))
                .or_else(|| headline_time(text, times, doc.sentences, sentence))
        })
        .flatten()
        // "Minsk deal: ceasefire from Feb 15 ... Fighting continued as the talks went
        // on.": a date still to come, told elsewhere, dates no happening told without one.
        .filter(|t| {
            let starts = t.resolved.as_ref().map(|r| r.start);
            published.is_none_or(|p| starts.is_none_or(|s| s <= p))
        })
    });
    match happening.and_then(|t| t.resolved.as_ref().map(|r| (t, r))) {
        Some((t, r)) => {
            let mut start = r.start;
            // An ultimatum runs from its making to its deadline.
            if event_type == EventType::Ultimatum {
                if let Some(made) = reported.filter(|m| *m < r.start) {
                    start = made;
                }
            }
            // "Since late February, hostilities have forced 2,000 people to flee": the
            // happening runs from then until the report (a change of state, "encircled
            // since early March", happened then).
            let mut end = r.end;
            // "As of 15 May, 9,000 people had been evacuated since the start of the offensive
            // on 10 May": from the start named after "since" up to the cut-off.
            let is_cut_off = |o: &TimeMention| {
                crate::words::tail(&text[..o.span.start], 8)
                    .trim_end()
                    .to_ascii_lowercase()
                    .ends_with("as of")
            };
            // The time chosen may be either: the cut-off, or the start after "since".
            let cut_off = if is_cut_off(t) {
                Some(r)
            } else if after_since(text, &t.span) {
                in_sentence
                    .iter()
                    .filter(|o| !std::ptr::eq(**o, t) && is_cut_off(o))
                    .find_map(|o| o.resolved.as_ref())
            } else {
                None
            };
            let since = cut_off.and_then(|_| {
                in_sentence
                    .iter()
                    .filter(|o| after_since(text, &o.span))
                    .find_map(|o| o.resolved.as_ref())
            });
            if let (Some(cut_off), Some(since)) = (cut_off, since) {
                if since.start <= cut_off.end {
                    start = since.start;
                    end = cut_off.end;
                }
            }
            // "attacks on 30 August and 1 September killed 17 civilians": two dates joined
            // by "and" are one happening's first and last days.
            if let Some(other) = joined_date(text, &in_sentence, t) {
                start = start.min(other.start);
                end = end.max(other.end);
            }
            // "attacking since June" in a report of June 15, "have been pressuring Lyman" since
            // earlier this month: until the report, not the end of the month.
            // The clause after "since" ("since Russia launched its offensive on Friday") is the
            // start itself, not something that ran on from it.
            let since_clause = crate::words::tail(&text[..clause.start], 8)
                .trim_end()
                .rsplit(' ')
                .next()
                .is_some_and(|w| w.eq_ignore_ascii_case("since"));
            let ongoing = (after_since(text, &t.span) && !since_clause)
                || ONGOING.is_match(&text[clause.clone()]);
            // "have occupied over 1,000 square kilometres since the start of October": a
            // tally of ground or places taken since then runs up to the report, though each
            // capture in it is a change of state.
            let tally = ongoing
                && event_type.is_change_of_state()
                && (TALLY_OF_GROUND.is_match(&text[clause.clone()])
                    || (event_type == EventType::Surrender
                        && TALLY_OF_PEOPLE.is_match(&text[clause.clone()])));
            // "have been trying to capture Toretsk since June": the attempt, not the
            // capture, goes on until the report.
            let attempt = ATTEMPTING.is_match(&text[clause.start..trigger.start.max(clause.start)]);
            if ongoing
                && (!event_type.is_change_of_state() || tally || attempt)
                && cut_off.is_none()
            {
                if let Some(until) = reported.filter(|p| *p >= start) {
                    end = until;
                }
            }
            // The report's own date only bounds the happening: within a week of it.
            let from_report = report.is_some_and(|rt| std::ptr::eq(rt, t));
            let precision = if start == r.start && end == r.end && !from_report {
                r.precision.acled()
            } else if end - start > chrono::Duration::days(31) {
                3
            } else {
                r.precision.acled().max(2)
            };
            Dating {
                interval: Some((start, end, precision)),
                span: Some(t.span.clone()),
                reported,
            }
        }
        // A title given apart from the text dates a sentence that names no time ("over the
        // past day" over a daily summary's paragraphs).
        None => match doc
            .title_time
            .filter(|_| names_no_time(text, times, doc.sentences, sentence))
        {
            Some(r) => Dating {
                interval: Some((r.start, r.end, r.precision.acled())),
                span: None,
                reported,
            },
            None => Dating {
                interval: reported.map(|p| (p, p, 2)),
                span: None,
                reported,
            },
        },
    }
}
