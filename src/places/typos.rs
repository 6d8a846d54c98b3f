//! Misspelt names, caught by a one-edit comparison where the context supports them.

use super::{context, Found};
use crate::fold::fold_name;
use crate::gazetteer::matcher::Candidate;
use crate::gazetteer::{distance_km, Gazetteer, TYPO_MIN_LEN};
use crate::sentences::Sentence;
use once_cell::sync::Lazy;
use regex::Regex;
use std::ops::Range;

static REGION_WORD: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(r"^\p{Lu}[\p{L}'\u2019]+\s+(?:regions?|oblasts?|provinces?)\b")
});

/// "Dontesk regions": a capitalised word before a region word that is one edit away from
/// an oblast name. Only long words, and only where no name was matched.
pub(super) fn misspelt_oblasts(
    text: &str,
    sentence: &Sentence,
    matches: &[(Range<usize>, Vec<Candidate>)],
    gazetteer: &Gazetteer,
) -> Vec<(Range<usize>, Vec<Candidate>)> {
    static WORD: Lazy<Regex> = Lazy::new(|| {
        crate::words::regex(r"\b\p{Lu}[\p{L}'\u2019]{5,}\s+(?:regions?|oblasts?|provinces?)\b")
    });
    let s = &text[sentence.span.clone()];
    let mut out = Vec::new();
    for m in WORD.find_iter(s) {
        let span = m.start() + sentence.span.start..m.end() + sentence.span.start;
        if matches
            .iter()
            .any(|(r, _)| r.start < span.end && span.start < r.end)
        {
            continue;
        }
        if !REGION_WORD.is_match(m.as_str()) || !context::accept(text, &span, false) {
            continue;
        }
        let word = m.as_str().split_whitespace().next().unwrap_or("");
        let key = fold_name(word);
        let key = key.trim();
        let hits: Vec<Candidate> = gazetteer
            .oblast_stems()
            .iter()
            .filter(|(_, stem)| stem.len() >= 6 && within_one_edit(key, stem))
            .map(|&(entry, _)| Candidate {
                entry,
                primary: true,
            })
            .collect();
        if hits.len() == 1 {
            out.push((span, hits));
        }
    }
    out
}

/// Damerau–Levenshtein distance of at most one (one insertion, deletion, substitution or
/// swap of neighbours).
pub fn within_one_edit(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a == b {
        return true;
    }
    let (la, lb) = (a.len(), b.len());
    if la.abs_diff(lb) > 1 {
        return false;
    }
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    if la == lb {
        let rest_eq = |from: usize| a[from..] == b[from..];
        return rest_eq(prefix + 1)
            || (prefix + 1 < la
                && a[prefix] == b[prefix + 1]
                && a[prefix + 1] == b[prefix]
                && rest_eq(prefix + 2));
    }
    let (long, short) = if la > lb { (a, b) } else { (b, a) };
    long[prefix + 1..] == short[prefix..]
}

/// How far from the document's other places a misspelt place may lie.
const TYPO_RADIUS_KM: f64 = 60.0;

/// "the nearby town of Kramatrosk": a capitalised word after a locative word, matched by
/// nothing, that is one edit away from the own name of exactly one front-line place near
/// the document's other places.
pub(super) fn misspelt_places(
    text: &str,
    sentences: &[Sentence],
    found: &[Found],
    anchors: &[(usize, (f64, f64))],
    gazetteer: &Gazetteer,
) -> Vec<Found> {
    if anchors.is_empty() {
        return Vec::new();
    }
    let near_anchor = |entry: u32| {
        let e = gazetteer.entry(entry);
        anchors
            .iter()
            .any(|(_, a)| distance_km(*a, (e.lat, e.lon)) <= TYPO_RADIUS_KM)
    };
    let mut out = Vec::new();
    for (si, sentence) in sentences.iter().enumerate() {
        let s = &text[sentence.span.clone()];
        for word in words_after_cue(s) {
            let w = &s[word.clone()];
            let span = word.start + sentence.span.start..word.end + sentence.span.start;
            let taken = found
                .iter()
                .any(|(r, _, _)| r.start < span.end && span.start < r.end);
            if taken || !context::accept(text, &span, false) {
                continue;
            }
            let key = fold_name(w);
            let key = key.trim();
            if key.len() < TYPO_MIN_LEN {
                continue;
            }
            let hits: Vec<u32> = gazetteer
                .one_deletion_apart(key)
                .into_iter()
                .filter(|(i, own)| own != key && within_one_edit(key, own) && near_anchor(*i))
                .map(|(i, _)| i)
                .collect();
            if let [entry] = hits[..] {
                out.push((
                    span,
                    vec![Candidate {
                        entry,
                        primary: true,
                    }],
                    si,
                ));
            }
        }
    }
    out
}

/// Words that place what follows them: "in", "near", "the town of" ...
const LOCATIVE_CUES: &[&str] = &[
    "in", "near", "at", "outside", "around", "of", "from", "to", "towards", "village", "town",
    "city",
];

/// The capitalised words of `sentence` written after a [`LOCATIVE_CUES`] word and white
/// space: a capital and five or more lower-case letters, apostrophes or hyphens, up to a
/// word boundary. A scan from capital to capital: a pattern for this would be led by
/// two-letter words that occur everywhere, and this runs on every sentence.
fn words_after_cue(sentence: &str) -> Vec<Range<usize>> {
    let is_word = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let bytes = sentence.as_bytes();
    let boundary = |e: usize| is_word(bytes[e - 1]) != bytes.get(e).is_some_and(|&b| is_word(b));
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(at) = crate::words::next_capital(sentence, from) {
        let capital = sentence[at..].chars().next().map_or(1, char::len_utf8);
        from = at + capital;
        let before = &sentence[..at];
        let cue = before.trim_end_matches(char::is_whitespace);
        let cue_start = cue.bytes().rposition(|b| !is_word(b)).map_or(0, |i| i + 1);
        if cue.len() == before.len() || !LOCATIVE_CUES.contains(&&cue[cue_start..]) {
            continue;
        }
        // The letters after the capital, then back off to a word boundary.
        let mut end = at + capital;
        let mut letters = 0;
        for c in sentence[end..].chars() {
            if !(c.is_lowercase() && c.is_alphabetic() || matches!(c, '\'' | '\u{2019}' | '-')) {
                break;
            }
            end += c.len_utf8();
            letters += 1;
        }
        while letters >= 5 && !boundary(end) {
            end -= sentence[..end]
                .chars()
                .next_back()
                .map_or(1, char::len_utf8);
            letters -= 1;
        }
        if letters >= 5 {
            out.push(at..end);
            from = end;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_after_cues_are_capitalised_words_after_locative_words() {
        let got = |s: &'static str| -> Vec<&'static str> {
            words_after_cue(s).into_iter().map(|r| &s[r]).collect()
        };
        assert_eq!(
            got("Shelling hit the town of Kramatrosk and areas near  Slovyansk\u{2019}s edge."),
            vec!["Kramatrosk", "Slovyansk\u{2019}s"]
        );
        // Not after a cue, too short, a cue inside a word, upper case after the capital.
        assert!(
            got("Kramatrosk was hit. Talks in Kyiv. Within Kramatrosk. In Kramatrosk.").is_empty()
        );
        assert!(got("Troops in KRAMATORSK and in Dnipr-").is_empty());
        // A hyphen at the end is not part of the word.
        assert_eq!(
            got("fighting near Bakhmut-area lines"),
            vec!["Bakhmut-area"]
        );
        assert_eq!(got("fighting near Avdiivka- lines"), vec!["Avdiivka"]);
    }
}
