//! Sentences: the kept lines split into sentences with byte offsets into the original text.
//!
//! A line break always ends a sentence (scraped paragraphs are lines). Inside a line a
//! sentence ends at `.`, `!` or `?` (with any closing quotes) followed by white space and
//! an upper-case letter, a digit or an opening quote — unless the word before the full
//! stop is a known abbreviation ("Gen.", "U.S.", "a.m.", "Feb.") or a single letter.

use std::ops::Range;

/// Words that end in a full stop without ending a sentence (lower case, without the stop).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "cpl", "adm", "gov", "sen",
    "rep", "pres", "st", "mt", "no", "nos", "vs", "etc", "approx", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "a.m", "p.m", "u.s", "u.k", "u.n",
    "e.g", "i.e", "inc", "corp", "co", "ltd", "jr", "sr", "dept", "est",
];

/// One sentence: a byte range of the original text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Byte range in the document text (trimmed of surrounding white space).
    pub span: Range<usize>,
    /// Index of the kept line it lies in, so that a headline or a paragraph can be told.
    pub line: usize,
}

/// The byte where the line holding byte `at` of `text` starts.
pub fn line_start(text: &str, at: usize) -> usize {
    text[..at].rfind('\n').map_or(0, |i| i + 1)
}

/// Splits each kept line of `text` into sentences.
pub fn split(text: &str, lines: &[Range<usize>]) -> Vec<Sentence> {
    let mut out = Vec::new();
    for (line_index, line) in lines.iter().enumerate() {
        let mut start = line.start;
        let bytes = text.as_bytes();
        let mut i = line.start;
        // Jump from stop to stop: most bytes are not one.
        while let Some(at) = memchr::memchr3(b'.', b'!', b'?', &bytes[i..line.end]) {
            let stop = i + at;
            // Swallow closing quotes and brackets after the stop.
            let mut end = stop + 1;
            while end < line.end {
                let rest = &text[end..line.end];
                let c = rest.chars().next().unwrap_or(' ');
                if matches!(c, '"' | '\'' | '\u{201d}' | '\u{2019}' | ')') {
                    end += c.len_utf8();
                } else {
                    break;
                }
            }
            if ends_sentence(text, start, stop, end, line.end) {
                push(&mut out, text, start..end, line_index);
                start = end;
                i = end;
            } else {
                i = stop + 1;
            }
        }
        push(&mut out, text, start..line.end, line_index);
    }
    out
}

fn ends_sentence(text: &str, start: usize, stop: usize, after: usize, line_end: usize) -> bool {
    let rest = &text[after..line_end];
    let Some(first) = rest.chars().next() else {
        return false;
    };
    if !first.is_whitespace() {
        return false;
    }
    let next = rest.trim_start().chars().next();
    let opens = next.is_some_and(|c| {
        c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '\u{201c}' | '\'' | '(')
    });
    if !opens {
        return false;
    }
    if text.as_bytes()[stop] != b'.' {
        return true;
    }
    // The word before the full stop.
    let word_start = text[start..stop]
        .char_indices()
        .rfind(|&(_, c)| c.is_whitespace() || c == '(' || c == '"' || c == '\u{201c}')
        .map(|(p, c)| start + p + c.len_utf8())
        .unwrap_or(start);
    let word = text[word_start..stop].to_lowercase();
    if word.chars().count() == 1 && word.chars().all(char::is_alphabetic) {
        return false; // an initial: "Vladimir V. Putin"
    }
    !ABBREVIATIONS.contains(&word.as_str())
}

/// A list item's marker before a sentence ("- A Russian strike ...", "• Troops ..."): not
/// part of what the sentence says, and a spreadsheet would read a leading "-" as a formula.
fn without_list_marker(s: &str) -> &str {
    let t = s.trim_start();
    match t.chars().next() {
        Some(c @ ('-' | '*' | '\u{2022}' | '\u{2013}' | '\u{2014}' | '\u{25aa}'))
            if t[c.len_utf8()..].starts_with([' ', '\t']) =>
        {
            &t[c.len_utf8()..]
        }
        _ => s,
    }
}

fn push(out: &mut Vec<Sentence>, text: &str, range: Range<usize>, line: usize) {
    let s = &text[range.clone()];
    let lead = s.len() - without_list_marker(s).trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail >= s.len() {
        return;
    }
    out.push(Sentence {
        span: range.start + lead..range.end - trail,
        line,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        split(text, std::slice::from_ref(&(0..text.len())))
            .into_iter()
            .map(|s| &text[s.span])
            .collect()
    }

    #[test]
    fn abbreviations_do_not_split() {
        assert_eq!(
            sentences("A senior U.S. defense official said Monday. Gen. Zaluzhnyi agreed at 8 a.m. Moscow time."),
            vec!["A senior U.S. defense official said Monday.", "Gen. Zaluzhnyi agreed at 8 a.m. Moscow time."]
        );
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        assert_eq!(
            sentences("\u{201c}The losses are painful.\u{201d} He added: \u{201c}We hold.\u{201d}"),
            vec![
                "\u{201c}The losses are painful.\u{201d}",
                "He added: \u{201c}We hold.\u{201d}"
            ]
        );
    }

    #[test]
    fn wide_spaces_before_a_stop_are_whole_characters() {
        let s = "Pushilin\u{a0}claimed th. Moscow said so.";
        assert_eq!(
            sentences(s),
            vec!["Pushilin\u{a0}claimed th.", "Moscow said so."]
        );
    }

    #[test]
    fn list_markers_are_not_part_of_the_sentence() {
        let text = "- A strike hit Kharkiv.\n\u{2022} Troops left Lyman.\n-5 degrees.";
        let mut lines = Vec::new();
        let mut start = 0;
        for line in text.split('\n') {
            lines.push(start..start + line.len());
            start += line.len() + 1;
        }
        let got: Vec<&str> = split(text, &lines)
            .into_iter()
            .map(|s| &text[s.span])
            .collect();
        assert_eq!(
            got,
            vec!["A strike hit Kharkiv.", "Troops left Lyman.", "-5 degrees."]
        );
    }

    #[test]
    fn lower_case_after_a_stop_continues_the_sentence() {
        assert_eq!(
            sentences("Troops left Lyman. and then"),
            vec!["Troops left Lyman. and then"]
        );
        assert_eq!(
            sentences("Feb. 24 was the start."),
            vec!["Feb. 24 was the start."]
        );
    }
}
