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
//! - short widget lines (one to three words, no sentence punctuation) next to cruft;
//! - a repeated line (a photo caption printed twice) after its first occurrence.

use crate::words::contains_word;
use std::collections::HashSet;
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
    "load more",
    "see also",
    "share this",
    "advertisement",
    "you can now listen",
    "listen to this article",
    "support us",
    "your support",
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
pub fn clean(text: &str) -> Cleaned {
    let lines = split_lines(text);
    let mut verdict: Vec<Option<bool>> = vec![None; lines.len()];
    let mut seen: HashSet<String> = HashSet::new();
    for (i, range) in lines.iter().enumerate() {
        let line = text[range.clone()].trim();
        if line.is_empty() {
            continue;
        }
        let key = comparable(line);
        let repeated = key.len() > 20 && !seen.insert(key);
        verdict[i] = Some(repeated || is_all_caps_headline(line) || addresses_reader(line));
    }
    // Widget lines ("Once", "Monthly", "×", "Post Content") count as cruft when the
    // nearest non-blank line before or after them is cruft, or at the very start of a page.
    for i in 0..lines.len() {
        let line = text[lines[i].clone()].trim();
        if verdict[i] != Some(false) || !is_widget(line) {
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

fn split_lines(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => {
                out.push(start..i);
                start = i + 1;
            }
            b'\r' => {
                out.push(start..i);
                if bytes.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    if start < bytes.len() {
        out.push(start..bytes.len());
    }
    out
}

/// Lower case, letters and digits only: two printings of a caption that differ in
/// apostrophes or spacing compare equal.
fn comparable(line: &str) -> String {
    line.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

fn is_all_caps_headline(line: &str) -> bool {
    let words: Vec<&str> = line
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    if words.len() < 3 {
        return false;
    }
    let letters: Vec<char> = line.chars().filter(|c| c.is_alphabetic()).collect();
    let upper = letters.iter().filter(|c| c.is_uppercase()).count();
    upper * 10 >= letters.len() * 9
}

fn addresses_reader(line: &str) -> bool {
    let lower = line.to_lowercase();
    if READER_PHRASES.iter().any(|p| contains_word(&lower, p)) {
        return true;
    }
    let outside = outside_quotes(&lower);
    let pronouns = outside
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| matches!(*w, "we" | "us" | "our" | "you" | "your"))
        .count();
    pronouns >= 2
}

/// The line with quoted speech removed: pronouns inside quotes are a speaker's, not the page's.
fn outside_quotes(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut inside = false;
    for c in line.chars() {
        match c {
            '"' => inside = !inside,
            '\u{201c}' => inside = true,
            '\u{201d}' => inside = false,
            _ if !inside => out.push(c),
            _ => {}
        }
    }
    out
}

/// A button or prompt: one to three words without sentence punctuation ("Monthly",
/// "Continue"), or a short question to the reader ("Not ready to support today?").
fn is_widget(line: &str) -> bool {
    let words = line.split_whitespace().count();
    (words <= 3 && !line.ends_with(['.', '!', '?', '"', '\u{201d}']))
        || (words <= 6 && line.ends_with('?'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kept(text: &str) -> Vec<&str> {
        clean(text).kept.into_iter().map(|r| &text[r]).collect()
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
    fn lone_carriage_returns_split_lines() {
        let text = "First line.\rRELATED: CLICK HERE FOR MORE\r\nLast line.";
        assert_eq!(kept(text), vec!["First line.", "Last line."]);
    }
}
