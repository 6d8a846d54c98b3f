//! Clean: mark the lines of a scraped page that are web cruft, so nothing in them becomes a
//! mention or an event.
//!
//! The text is never rewritten: cleaning returns the byte ranges of the lines to keep, so
//! every later offset still points into the original text. The rules look at the shape of a
//! line, not at any outlet's wording:
//!
//! - all-capital lines of three or more words (related-headline links, "CLICK HERE ...");
//! - lines that address the reader (donation appeals, app and newsletter promotions,
//!   "Related News", "Load more"): a table of reader-facing phrases, or two or more
//!   first- or second-person plural pronouns outside quotation marks;
//! - section headings (one or two words, no sentence punctuation), and widget lines of up to
//!   three words next to cruft;
//! - a repeated line (a photo caption printed twice) after its first occurrence, and a
//!   caption the page labels as one ("Photo: ...", "Image caption, ...");
//! - headline links under a cue ("Read also", "Most popular") up to the next sentence, and
//!   a teaser's summary after its age ("Published 3 days ago");
//! - a live blog's teasers ("12m ago Russian strike on Kharkiv kills two"): dated by the
//!   moment the page was fetched, and told again in the entry below.

use crate::gazetteer::Gazetteer;
use once_cell::sync::Lazy;
use regex::Regex;
use rustc_hash::FxHashMap;
use std::ops::Range;

/// Phrases that only a page's furniture uses to talk to its reader.
const READER_PHRASES: &[&str] = &[
    "click here",
    "tap here",
    "sign up",
    "subscribe",
    "newsletter",
    "download the",
    "get the app",
    "follow us",
    "related news",
    "related articles",
    "related stories",
    "read more",
    "read also",
    "also read",
    "read next",
    "load more",
    "see also",
    "share this",
    "advertisement",
    "you can now listen",
    "listen to this article",
    "min read",
    "support us",
    "your support",
    "independent journalism",
    "become a member",
    "become a patron",
    "donate",
    "donation",
    "contribution",
    "dear readers",
    "a message from",
    "remind me later",
    "ad-free",
    "disabled all ads",
    "cookie",
    "all rights reserved",
    "terms of use",
    "privacy policy",
];

/// The outcome of cleaning one text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cleaned {
    /// Byte ranges of the kept lines, without their line breaks, in order.
    pub kept: Vec<Range<usize>>,
    /// Byte ranges of the dropped lines.
    pub dropped: Vec<Range<usize>>,
}

/// Splits `text` into lines (LF, CRLF or lone CR) and keeps the ones that are article text.
/// The gazetteer tells a heading that names a place ("MARIUPOL"), which stays, from one that
/// does not.
pub fn clean(text: &str, gazetteer: &Gazetteer) -> Cleaned {
    let lines = split_lines(text);
    let mut verdict: Vec<Option<bool>> = vec![None; lines.len()];
    // The headings that only name places: no widget, whatever stands around them.
    let mut names_places: Vec<bool> = vec![false; lines.len()];
    let mut words: Vec<usize> = vec![0; lines.len()];
    // Each line's shape hash and the first line that had it.
    let mut seen: FxHashMap<u64, usize> = FxHashMap::default();
    // The words of each photo caption, without its label and credit, and its line.
    let mut captions: FxHashMap<u64, usize> = FxHashMap::default();
    let mut first_line = None;
    for (i, range) in lines.iter().enumerate() {
        let line = text[range.clone()].trim();
        if line.is_empty() {
            continue;
        }
        let shape = Shape::of(line);
        words[i] = shape.words;
        let first = *seen.entry(shape.hash).or_insert(i);
        // "Photo: A woman walks past a building destroyed by shelling in Kupiansk ...
        // (Serhii Korovainyi/Kyiv Independent)" and the same words bare in the text: the
        // caption's words, without its label and credit, are one printing of it.
        let caption = is_credited_caption(line) || ends_with_a_credit(line);
        let mut repeated_caption = captions.get(&shape.hash).is_some_and(|&c| c != i);
        if caption {
            let core = Shape::of(caption_core(line));
            if core.alphanumerics > 20 {
                captions.entry(core.hash).or_insert(i);
                if let Some(&bare) = seen.get(&core.hash).filter(|&&bare| bare != i) {
                    verdict[bare] = Some(true);
                    repeated_caption = true;
                }
            }
        }
        let repeated = (shape.alphanumerics > 20 && first != i) || repeated_caption;
        // A photo caption printed twice (under the image and in its credit line): both
        // copies are the page's, though one caption alone may be the only report of its
        // scene.
        if repeated && ends_with_a_credit(line) {
            verdict[first] = Some(true);
        }
        // A line of one or two words that does not end as a sentence is a section heading
        // ("Fighting", "Diplomacy") or a widget: it reports nothing. One that only names
        // places ("MARIUPOL", "SIEVIERODONETSK AND LYSYCHANSK") says where the lines under
        // it happened, and stays.
        let heading = shape.words <= 2 && !ends_as_sentence(line);
        let place_heading = (heading || (shape.words <= 4 && shape.is_all_caps_headline()))
            && names_only_places(line, gazetteer);
        names_places[i] = place_heading;
        // The page's first line is the story's own title, whatever its kicker.
        let title = *first_line.get_or_insert(i) == i;
        verdict[i] = Some(
            repeated
                || ((heading || shape.is_all_caps_headline()) && !place_heading)
                || shape.pronouns_outside_quotes >= 2
                || has_reader_phrase(line, shape.words)
                || is_credited_caption(line)
                || is_live_teaser(line)
                || is_label_line(line)
                || (!title && is_kicked_headline(line))
                || introduces_links(line),
        );
    }
    // Headline links under a "Read also" / "Related" cue: the lines after it that do not
    // end as a sentence does, up to the first one that does. A teaser's age ("Published 3
    // days ago") carries the teaser's summary after it, a sentence of the linked story.
    for i in 0..lines.len() {
        if verdict[i] != Some(true) || !introduces_links(text[lines[i].clone()].trim()) {
            continue;
        }
        let mut summary_next = false;
        for j in i + 1..lines.len() {
            let line = text[lines[j].clone()].trim();
            if line.is_empty() {
                continue;
            }
            if TEASER_AGE.is_match(line) {
                summary_next = true;
            } else if ends_as_sentence(line) && !std::mem::take(&mut summary_next) {
                break;
            }
            verdict[j] = Some(true);
        }
    }
    // Widget lines ("Once", "Monthly", "×", "Post Content") count as cruft when the
    // nearest non-blank line before or after them is cruft, or at the very start of a page.
    for i in 0..lines.len() {
        let line = text[lines[i].clone()].trim();
        if verdict[i] != Some(false) || names_places[i] || !is_widget(line, words[i]) {
            continue;
        }
        let before = (0..i).rev().find_map(|j| verdict[j]);
        let after = (i + 1..lines.len()).find_map(|j| verdict[j]);
        if before.is_none() || before == Some(true) || after == Some(true) {
            verdict[i] = Some(true);
        }
    }
    let mut cleaned = Cleaned {
        kept: Vec::new(),
        dropped: Vec::new(),
    };
    for (range, v) in lines.into_iter().zip(verdict) {
        match v {
            Some(false) => cleaned.kept.push(range),
            Some(true) => cleaned.dropped.push(range),
            None => {}
        }
    }
    cleaned
}

/// "we", "us", "our", "you", "your".
fn is_reader_pronoun(word: &str) -> bool {
    word.len() <= 4
        && ["we", "us", "our", "you", "your"]
            .iter()
            .any(|p| word.eq_ignore_ascii_case(p))
}

/// What the rules need to know about a line, gathered in one pass over its characters.
#[derive(Debug, Default)]
struct Shape {
    /// Words between white space.
    words: usize,
    /// Of those, words with a letter in them.
    lettered_words: usize,
    /// Letters, and how many are capitals.
    letters: usize,
    capitals: usize,
    /// Letters and digits, and a hash of them lower-cased: two printings of a caption
    /// that differ in apostrophes or spacing compare equal.
    alphanumerics: usize,
    hash: u64,
    /// First- and second-person plural pronouns outside quotation marks: a page's
    /// furniture talks to its reader as "we" and "you"; a speaker's "we" is inside quotes.
    pronouns_outside_quotes: usize,
}

/// Byte classes of ASCII, for [`Shape::of`]'s inner loop: one table load per byte instead
/// of a chain of comparisons.
const SPACE: u8 = 1;
const ALNUM: u8 = 2;
const LETTER: u8 = 4;
const UPPER: u8 = 8;
const ASCII_CLASS: [u8; 128] = {
    let mut table = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        table[b] = if c.is_ascii_whitespace() || c == 0x0b {
            SPACE
        } else if c.is_ascii_uppercase() {
            ALNUM | LETTER | UPPER
        } else if c.is_ascii_lowercase() {
            ALNUM | LETTER
        } else if c.is_ascii_digit() {
            ALNUM
        } else {
            0
        };
        b += 1;
    }
    table
};

/// The class bits of a character outside ASCII, as [`ASCII_CLASS`] gives them for ASCII.
fn class_of(c: char) -> u8 {
    // Dashes, curly quotes and bullets (General Punctuation, less its spaces) are most of the
    // non-ASCII in an English report, and the Unicode tables below are slow to ask.
    if ('\u{2010}'..='\u{2027}').contains(&c) || ('\u{2030}'..='\u{205e}').contains(&c) {
        return 0;
    }
    if c.is_whitespace() {
        SPACE
    } else if c.is_alphabetic() {
        ALNUM | LETTER | if c.is_uppercase() { UPPER } else { 0 }
    } else if c.is_alphanumeric() {
        ALNUM
    } else {
        0
    }
}

/// A hash of a line's lower-cased letters and digits, taken eight bytes at a time
/// (FxHash's mixing): a multiplication per byte would be the slowest step of cleaning.
#[derive(Default)]
struct LineHash {
    hash: u64,
    word: u64,
    bytes: u32,
}

impl LineHash {
    #[inline(always)]
    fn push(&mut self, b: u8) {
        self.word = self.word << 8 | u64::from(b);
        self.bytes += 1;
        if self.bytes == 8 {
            self.mix();
        }
    }

    /// The same as pushing each of `bytes`, eight at a time where it can.
    fn push_all(&mut self, mut bytes: &[u8]) {
        while self.bytes != 0 {
            let Some((&b, rest)) = bytes.split_first() else {
                return;
            };
            self.push(b);
            bytes = rest;
        }
        let mut words = bytes.chunks_exact(8);
        for word in &mut words {
            self.word = u64::from_be_bytes(word.try_into().expect("chunks of eight"));
            self.mix();
        }
        for &b in words.remainder() {
            self.push(b);
        }
    }

    #[inline(always)]
    fn mix(&mut self) {
        self.hash = (self.hash.rotate_left(5) ^ self.word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        self.word = 0;
        self.bytes = 0;
    }

    fn finish(mut self) -> u64 {
        self.word |= u64::from(self.bytes) << 56;
        self.mix();
        self.hash
    }
}

/// Where [`Shape::of`] is within a line.
#[derive(Default)]
struct Scan {
    in_word: bool,
    word_has_letter: bool,
    /// Start of the current run of letters and digits.
    run_start: Option<usize>,
    quoted: bool,
}

impl Scan {
    /// A letter or digit at byte `at`.
    #[inline(always)]
    fn alphanumeric(&mut self, shape: &mut Shape, at: usize, class: u8) {
        self.in_word = true;
        self.run_start.get_or_insert(at);
        if class & LETTER != 0 {
            self.word_has_letter = true;
            shape.letters += 1;
            shape.capitals += usize::from(class & UPPER != 0);
        }
        shape.alphanumerics += 1;
    }

    /// Any other character `c`, of class `class`, at byte `at` of `line`.
    #[inline(always)]
    fn other(&mut self, shape: &mut Shape, line: &str, at: usize, class: u8, c: char) {
        if let Some(start) = self.run_start.take() {
            if !self.quoted && is_reader_pronoun(&line[start..at]) {
                shape.pronouns_outside_quotes += 1;
            }
        }
        if class & SPACE != 0 {
            if self.in_word {
                shape.words += 1;
                shape.lettered_words += usize::from(self.word_has_letter);
            }
            self.in_word = false;
            self.word_has_letter = false;
            return;
        }
        self.in_word = true;
        match c {
            '"' => self.quoted = !self.quoted,
            '\u{201c}' => self.quoted = true,
            '\u{201d}' => self.quoted = false,
            _ => {}
        }
    }
}

/// Whether a heading line names places and nothing else: "MARIUPOL", "Kharkiv region",
/// "SIEVIERODONETSK AND LYSYCHANSK".
fn names_only_places(line: &str, gazetteer: &Gazetteer) -> bool {
    let names = gazetteer.index().find_all(line, |_, _| true);
    if names.is_empty() {
        return false;
    }
    // Between and around the names, only what joins them: spaces, commas, "and".
    let joins = |gap: &str| {
        gap.split(|c: char| c.is_whitespace() || matches!(c, ',' | '&' | ':'))
            .all(|w| w.is_empty() || w.eq_ignore_ascii_case("and"))
    };
    let mut at = 0;
    for name in &names {
        if !joins(&line[at..name.span.start]) {
            return false;
        }
        at = name.span.end;
    }
    joins(&line[at..])
}

impl Shape {
    /// The shape of `line`.
    fn of(line: &str) -> Shape {
        let mut shape = Shape::default();
        let mut scan = Scan::default();
        let mut hash = LineHash::default();
        let bytes = line.as_bytes();
        let mut i = 0;
        // Bytes, not chars: most of a line is ASCII, and an ASCII byte's class is one table
        // load; other characters are decoded where they occur.
        while i < bytes.len() {
            let b = bytes[i];
            if b.is_ascii_lowercase() {
                // Most of a line is runs of lower-case letters: counted as a run.
                let run = bytes[i..]
                    .iter()
                    .position(|b| !b.is_ascii_lowercase())
                    .unwrap_or(bytes.len() - i);
                scan.alphanumeric(&mut shape, i, ALNUM | LETTER);
                shape.letters += run - 1;
                shape.alphanumerics += run - 1;
                hash.push_all(&bytes[i..i + run]);
                i += run;
            } else if b.is_ascii() {
                let class = ASCII_CLASS[usize::from(b)];
                if class & ALNUM != 0 {
                    scan.alphanumeric(&mut shape, i, class);
                    hash.push(b.to_ascii_lowercase());
                } else {
                    scan.other(&mut shape, line, i, class, char::from(b));
                }
                i += 1;
            } else {
                let c = line[i..].chars().next().unwrap_or(' ');
                let class = class_of(c);
                if class & ALNUM != 0 {
                    scan.alphanumeric(&mut shape, i, class);
                    for lower in c.to_lowercase() {
                        let mut utf8 = [0; 4];
                        for &b in lower.encode_utf8(&mut utf8).as_bytes() {
                            hash.push(b);
                        }
                        shape.alphanumerics += 1;
                    }
                    // One of those was counted by `alphanumeric`.
                    shape.alphanumerics -= 1;
                } else {
                    scan.other(&mut shape, line, i, class, c);
                }
                i += c.len_utf8();
            }
        }
        scan.other(&mut shape, line, bytes.len(), SPACE, ' ');
        shape.hash = hash.finish();
        shape
    }

    /// Three or more words, nine letters in ten capitals.
    fn is_all_caps_headline(&self) -> bool {
        self.lettered_words >= 3 && self.capitals * 10 >= self.letters * 9
    }
}

fn split_lines(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    for i in memchr::memchr2_iter(b'\n', b'\r', bytes) {
        if i < start {
            // The LF of a CRLF, already taken with its CR.
            continue;
        }
        cut_long_line(text, start..i, &mut out);
        start = i + 1;
        if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
            start += 1;
        }
    }
    if start < bytes.len() {
        cut_long_line(text, start..bytes.len(), &mut out);
    }
    out
}

/// The longest line judged whole. Cruft lines are short (a banner, a caption, a link);
/// a longer one is a page whose line breaks were lost, and judging it whole would drop the
/// whole article for one "Subscribe" or two "we"s in it.
const LONGEST_LINE: usize = 2_000;

/// Pushes `line`, cut after each sentence end (". " before a capital letter or a quotation
/// mark) when it is longer than [`LONGEST_LINE`], so that the rules judge sentences.
fn cut_long_line(text: &str, line: Range<usize>, out: &mut Vec<Range<usize>>) {
    if line.len() <= LONGEST_LINE {
        out.push(line);
        return;
    }
    let bytes = text.as_bytes();
    let mut start = line.start;
    for at in memchr::memchr3_iter(b'.', b'!', b'?', &bytes[line.clone()]) {
        let end = line.start + at + 1;
        let next = bytes[end..line.end]
            .iter()
            .position(|b| *b != b' ')
            .map(|skip| end + skip);
        let Some(next) = next.filter(|&n| n > end) else {
            continue;
        };
        if bytes[next].is_ascii_uppercase() || matches!(bytes[next], b'"' | 0xE2) {
            out.push(start..end);
            start = next;
        }
    }
    out.push(start..line.end);
}

/// Whether the line holds one of the reader-facing phrases as whole words. One pattern of
/// all of them (ASCII word boundaries, any case): the regex engine's lazy DFA scans a line
/// several times faster than an automaton that reports every overlapping phrase.
///
/// A phrase that news also uses ("a donation of 50 tanks", "Russia would not subscribe to
/// the plan", a quoted "our partners must support us") marks only a short line: a page's
/// furniture is a few words, a paragraph that uses the phrase is news.
fn has_reader_phrase(line: &str, words: usize) -> bool {
    static PHRASES: Lazy<Regex> = Lazy::new(|| {
        let alternatives: Vec<String> = READER_PHRASES.iter().map(|p| regex::escape(p)).collect();
        crate::words::regex(&format!(r"(?i)\b(?:{})\b", alternatives.join("|")))
    });
    const ALSO_NEWS: &[&str] = &[
        "subscribe",
        "donate",
        "donation",
        "contribution",
        "a message from",
        "your support",
        "support us",
        "share this",
        "independent journalism",
    ];
    /// The most words of a line the phrases of news mark as furniture.
    const SHORT_LINE_WORDS: usize = 15;
    PHRASES.find_iter(line).any(|m| {
        words <= SHORT_LINE_WORDS
            || !ALSO_NEWS
                .iter()
                .any(|phrase| m.as_str().eq_ignore_ascii_case(phrase))
    })
}

/// How long ago a linked story was published, on a line of its own under its headline:
/// "Published 3 days ago", "2 hours ago", "Updated 45 minutes ago".
static TEASER_AGE: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)^(?:(?:published|updated|posted)\s+)?(?:\d+|an?|one|two|three|four|five|six)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago$",
    )
});

/// A photo caption the page labels as one ("Photo: Emergency workers at the site ...",
/// "Illustrative photo"): it repeats or illustrates the story, it does not report.
fn is_credited_caption(line: &str) -> bool {
    const LABELS: &[&str] = &[
        "photo:",
        "photo by",
        "photograph:",
        "image:",
        "picture:",
        "caption:",
        "illustrative photo",
        "illustrative image",
        "file photo",
        // The BBC's "Image caption, Ukrainian servicemen fire a mortar near Bakhmut".
        "image caption",
        "image source",
        "media caption",
        "video caption",
    ];
    opens_with_a_label(line, LABELS)
}

/// Whether `line` opens with one of `labels` (lower case), in any case.
fn opens_with_a_label(line: &str, labels: &[&str]) -> bool {
    let head = crate::words::head(line, 24).to_ascii_lowercase();
    labels.iter().any(|label| head.starts_with(label))
}

/// A caption's own words: without a label ("Photo: ") and a credit in parentheses at its end.
fn caption_core(line: &str) -> &str {
    let line = match line.find(':') {
        Some(at) if at < 24 && is_credited_caption(line) => &line[at + 1..],
        _ => line,
    };
    let line = line.trim_end();
    match line.strip_suffix(')').and_then(|rest| rest.rfind('(')) {
        Some(at) if ends_with_a_credit(line) => line[..at].trim_end(),
        _ => line,
    }
}

/// A photo's credit in parentheses at the end of a line: "(Kharkiv Oblast Military
/// Administration / Telegram)", "(Photo: AFP)", "(Getty Images)".
fn ends_with_a_credit(line: &str) -> bool {
    const CREDITS: &[&str] = &[
        "/", "Photo", "photo", "Getty", "AFP", "Reuters", "AP", "EPA", "Telegram", "Facebook",
        "Anadolu", "Images",
    ];
    line.strip_suffix(')')
        .and_then(|rest| rest.rfind('(').map(|at| &rest[at + 1..]))
        .is_some_and(|credit| CREDITS.iter().any(|c| credit.contains(c)))
}

/// The page's labels for the story and its making: "Topics: Kharkiv, Russian attacks",
/// "Tags: ...", "Reporting by Olena Harmash; Editing by Mark Heinrich", "Our Standards: ...".
fn is_label_line(line: &str) -> bool {
    const LABELS: &[&str] = &[
        "topics:",
        "tags:",
        "filed under",
        "categories:",
        "keywords:",
        "reporting by",
        "additional reporting by",
        "writing by",
        "editing by",
        "compiled by",
        "our standards:",
    ];
    opens_with_a_label(line, LABELS)
}

/// A headline with a kicker and a colon, with no full stop: "Ukraine war latest: Russia
/// claims capture of village near Kupiansk", "Analysis: ...", "Watch: ...". Below the
/// story's title it links to another story.
fn is_kicked_headline(line: &str) -> bool {
    static KICKER: Lazy<Regex> = Lazy::new(|| {
        crate::words::regex(
            r"(?i)^(?:[\w'\u2019-]+\s+){0,4}?(?:latest|live|live\s+updates|explained|explainer|analysis|opinion|watch|video|in\s+pictures|podcast|factbox|timeline)\s*:\s",
        )
    });
    !ends_as_sentence(line) && KICKER.is_match(line)
}

/// "12m ago ...", "1h ago ...", "3 hours ago ...": a live blog's list of its latest entries.
fn is_live_teaser(line: &str) -> bool {
    static AGO: Lazy<Regex> = Lazy::new(|| {
        crate::words::regex(r"(?i)^\d{1,3}\s*(?:m|min|mins|minutes?|h|hr|hrs|hours?)\s+ago\b")
    });
    line.starts_with(|c: char| c.is_ascii_digit()) && AGO.is_match(line)
}

fn is_widget(line: &str, words: usize) -> bool {
    (words <= 3 && !ends_as_sentence(line)) || (words <= 6 && line.ends_with('?'))
}

fn ends_as_sentence(line: &str) -> bool {
    line.ends_with(['.', '!', '?', '"', '\u{201d}'])
}

/// Cues a page prints above a list of links to other articles.
const LINK_CUES: &[&str] = &[
    "read also",
    "also read",
    "read more",
    "see also",
    "related",
    "more on this",
    "you may also like",
    "you might also like",
    "most read",
    "most popular",
    "popular",
    "trending",
    "top stories",
    "more stories",
    "latest news",
    "editor's picks",
    "recommended",
];

/// A short line that is one of the [`LINK_CUES`] ("READ ALSO", "Related News:"), or a
/// line that opens with one and a colon before a linked headline ("Related: Russian troops
/// repel three counterattacks").
fn introduces_links(line: &str) -> bool {
    LINK_CUES.iter().any(|cue| {
        line.get(..cue.len())
            .is_some_and(|start| start.eq_ignore_ascii_case(cue))
            && (line.split_whitespace().nth(5).is_none()
                || line[cue.len()..].trim_start().starts_with(':'))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kept(text: &str) -> Vec<&str> {
        clean(text, Gazetteer::embedded())
            .kept
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn a_labelled_image_caption_and_a_teaser_with_its_summary_are_furniture() {
        let text = "Image source, Reuters\n\
                    Image caption, Ukrainian servicemen fire a mortar near Bakhmut\n\
                    Russian forces are trying to surround Bakhmut, Ukrainian officials say.\n\
                    More on this story\n\
                    Ukraine says it repelled Russian attacks near Vuhledar\n\
                    Published 3 days ago\n\
                    The Ukrainian military says it has beaten back attacks near Vuhledar.\n\
                    Top Stories\n";
        assert_eq!(
            kept(text),
            ["Russian forces are trying to surround Bakhmut, Ukrainian officials say."]
        );
        // Without a teaser's age, the first sentence after the links is the story again.
        let text = "Related\nShelling hits Kharkiv\nThe governor said three people were injured.\n";
        assert_eq!(kept(text), ["The governor said three people were injured."]);
    }

    #[test]
    fn a_duplicated_credited_caption_and_a_byline_are_furniture() {
        let caption = "Rescue workers at the site of a Russian missile strike in Kharkiv, on \
                       Nov. 25, 2024. (Kharkiv Oblast Military Administration / Telegram)";
        let text = format!(
            "by Martin Fornusek November 26, 2024 1:23 PM 2 min read\n{caption}\n\
             Russian forces struck Kharkiv on Nov. 25, injuring 23 people.\n{caption}\n"
        );
        assert_eq!(
            kept(&text),
            ["Russian forces struck Kharkiv on Nov. 25, injuring 23 people."]
        );
        // A caption printed once may be the only report of its scene.
        let once = format!("{caption}\nRussian forces struck Kharkiv on Nov. 25.");
        assert_eq!(kept(&once).len(), 2);
    }

    #[test]
    fn labels_and_headlines_kicked_below_the_title_are_furniture() {
        let text = "Ukraine war latest: Russian strike on Kharkiv kills three\n\
                    A Russian guided bomb struck a residential building in Kharkiv on Monday.\n\
                    Reporting by Olena Harmash in Kyiv; Editing by Mark Heinrich\n\
                    Topics: Kharkiv, Russian attacks, War in Ukraine\n\
                    Ukraine war latest: Russia claims capture of village near Kupiansk\n\
                    Analysis: the offensive has stalled, officials said.";
        assert_eq!(
            kept(text),
            [
                "Ukraine war latest: Russian strike on Kharkiv kills three",
                "A Russian guided bomb struck a residential building in Kharkiv on Monday.",
                "Analysis: the offensive has stalled, officials said.",
            ]
        );
    }

    #[test]
    fn a_linked_headline_after_a_cue_and_a_colon_is_furniture() {
        let text = "Russian forces shelled Kupiansk on Monday.\n\
                    Also read: Russian troops repel three counterattacks in Kursk region\n\
                    Related: Ukraine says it downed 40 drones overnight.\n\
                    Popular support for the evacuation grew, officials said.";
        assert_eq!(
            kept(text),
            [
                "Russian forces shelled Kupiansk on Monday.",
                "Popular support for the evacuation grew, officials said."
            ]
        );
    }

    #[test]
    fn a_phrase_news_also_uses_marks_only_a_short_line() {
        let text = "Support us\nZelensky said Western partners must support us with more air defence, as Russian strikes on Kharkiv intensified this week.\nGermany announced a donation of 50 more armoured vehicles to the Ukrainian army on Monday, the ministry said.";
        assert_eq!(kept(text), text.lines().skip(1).collect::<Vec<_>>());
    }

    #[test]
    fn all_caps_related_headlines_are_dropped() {
        let text =
            "Shelling hit Kharkiv on Monday.\nRUSSIA SAYS IT HIT DEPOT IN KRAMATORSK\nMore text.";
        assert_eq!(
            kept(text),
            vec!["Shelling hit Kharkiv on Monday.", "More text."]
        );
    }

    #[test]
    fn donation_appeals_and_their_widgets_are_dropped() {
        let text = "Troops withdrew from Kupiansk.\nHelp us keep reporting. Your gift keeps our newsroom open.\nOnce\nMonthly\nContinue\nNot ready to give today?\n";
        assert_eq!(kept(text), vec!["Troops withdrew from Kupiansk."]);
        let text = "Troops withdrew from Kupiansk.\nSupport independent journalism. Become a member today.\n";
        assert_eq!(kept(text), vec!["Troops withdrew from Kupiansk."]);
    }

    #[test]
    fn a_labelled_caption_printed_again_bare_is_dropped_both_times() {
        let caption = "A woman walks past a building destroyed by shelling in Kupiansk, Kharkiv Oblast, on Feb. 19, 2024.";
        let text = format!(
            "Photo: {} (Serhii Korovainyi/Kyiv Independent)\n\n{caption}\n\nAbout 3,600 people still live in Kupiansk.\n",
            caption.trim_end_matches('.')
        );
        assert_eq!(
            kept(&text),
            vec!["About 3,600 people still live in Kupiansk."]
        );
        // The bare printing first, the credited one after.
        let text = format!("{caption}\nMore text follows here.\n{caption} (AFP)\n");
        assert_eq!(kept(&text), vec!["More text follows here."]);
    }

    #[test]
    fn quoted_speech_with_we_is_kept() {
        let text =
            "\u{201c}We will hold our positions and we will not leave,\u{201d} the commander said.";
        assert_eq!(kept(text), vec![text]);
    }

    #[test]
    fn a_repeated_caption_is_kept_once() {
        let text = "Soldiers ride a tank amid Russia's attack near Izium,\n\nSoldiers ride a tank amid Russia\u{2019}s attack near Izium,\nBody.";
        let k = kept(text);
        assert_eq!(k.len(), 2);
        assert_eq!(k[1], "Body.");
    }

    #[test]
    fn promotions_are_dropped_but_news_about_subscribers_is_not() {
        let text = "Sign up for our newsletter\nThe channel's subscribers reported explosions in Donetsk.\nLoad more";
        assert_eq!(
            kept(text),
            vec!["The channel's subscribers reported explosions in Donetsk."]
        );
    }

    #[test]
    fn headline_links_under_a_read_also_cue_are_dropped() {
        let text = "Troops liberated Novohrodivka, the ministry said.\nREAD ALSO\nRussian troops repel five counterattacks near Pokrovsk \u{2014} MoD\nShelling hits Kharkiv\n\nThe ministry added that losses were heavy.";
        assert_eq!(
            kept(text),
            vec![
                "Troops liberated Novohrodivka, the ministry said.",
                "The ministry added that losses were heavy."
            ]
        );
        // Without the cue, a line without a final period is still article text.
        let text = "Russian troops liberated the village of Novohrodivka\nThe ministry added that losses were heavy.";
        assert_eq!(kept(text).len(), 2);
    }

    #[test]
    fn section_headings_are_dropped() {
        let text = "Here is the situation as it stands.\nFighting\nRussian forces shelled Kharkiv on Wednesday.\nDiplomacy\n";
        assert_eq!(
            kept(text),
            vec![
                "Here is the situation as it stands.",
                "Russian forces shelled Kharkiv on Wednesday."
            ]
        );
    }

    #[test]
    fn headings_that_only_name_places_stay() {
        let text = "Key battles:\nMARIUPOL\n- Russian forces encircled the port city in early March.\nSIEVIERODONETSK AND LYSYCHANSK\n- Russia took both cities.\nKHARKIV COUNTEROFFENSIVE\n";
        assert_eq!(
            kept(text),
            vec![
                "MARIUPOL",
                "- Russian forces encircled the port city in early March.",
                "SIEVIERODONETSK AND LYSYCHANSK",
                "- Russia took both cities."
            ]
        );
    }

    #[test]
    fn a_line_hash_does_not_depend_on_how_its_bytes_arrive() {
        let bytes = b"russiasattackonukraineindonetskregion2022";
        let mut one_by_one = LineHash::default();
        for &b in bytes {
            one_by_one.push(b);
        }
        let expected = one_by_one.finish();
        for split in [0, 1, 3, 8, 13, bytes.len()] {
            let mut in_runs = LineHash::default();
            in_runs.push_all(&bytes[..split]);
            in_runs.push_all(&bytes[split..]);
            assert_eq!(in_runs.finish(), expected, "split at {split}");
        }
    }

    #[test]
    fn labelled_captions_and_popular_headline_lists_are_dropped() {
        let text = "Russian troops shelled Kupiansk on Saturday.\nPhoto: Rescuers at the site of a strike in Kupiansk.\nMOST POPULAR\nRussia Hits Kharkiv With Glide Bombs, Killing Seven\nZelensky Visits Front Line Near Bakhmut\n\nThe governor said three people were injured.";
        assert_eq!(
            kept(text),
            vec![
                "Russian troops shelled Kupiansk on Saturday.",
                "The governor said three people were injured."
            ]
        );
    }

    #[test]
    fn live_blog_teasers_are_dropped() {
        let text = "Key events\n12m ago Russian strike on Kharkiv kills two\n1h ago Zelensky visits troops\n10 killed in strike, officials said 3 hours ago.\n";
        assert_eq!(
            kept(text),
            ["10 killed in strike, officials said 3 hours ago."]
        );
    }

    #[test]
    fn lone_carriage_returns_split_lines() {
        let text = "First line.\rRELATED: CLICK HERE FOR MORE\r\nLast line.";
        assert_eq!(kept(text), vec!["First line.", "Last line."]);
    }

    #[test]
    fn a_page_without_line_breaks_is_judged_sentence_by_sentence() {
        let report = |from: usize| {
            (from..from + 30)
                .map(|n| {
                    format!(
                        "Russian forces shelled Kupiansk {n} times on Monday, killing two people. "
                    )
                })
                .collect::<String>()
        };
        let text = format!("{}Subscribe to our newsletter. {}", report(0), report(30));
        let kept = kept(&text);
        assert_eq!(kept.len(), 60);
        assert!(kept.iter().all(|k| !k.contains("Subscribe")));
    }
}
