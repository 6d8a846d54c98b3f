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
        if !REGION_WORD.is_match(m.as_str()) || !context::accept(text, &span) {
            continue;
        }
        let word = m.as_str().split_whitespace().next().unwrap_or("");
        let key = fold_name(word);
        let key = key.trim();
        let hits: Vec<Candidate> = gazetteer
            .oblasts()
            .iter()
            .copied()
            .filter(|&i| {
                let stem = fold_name(gazetteer.entry(i).admin1);
                let stem = stem.trim();
                stem.len() >= 6 && within_one_edit(key, stem)
            })
            .map(|entry| Candidate {
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
    static AFTER_CUE: Lazy<Regex> = Lazy::new(|| {
        crate::words::regex(
            r"\b(?:in|near|at|outside|around|of|from|to|towards|village|town|city)\s+\p{Lu}[\p{Ll}'\u2019-]{5,}\b",
        )
    });
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
        for m in AFTER_CUE.find_iter(s) {
            // The word is the match after its cue and white space (no capture groups: a
            // plain search is several times faster, and this runs on every sentence).
            let cue = m.as_str().trim_end_matches(|c: char| !c.is_whitespace());
            let word_start = m.start() + cue.len();
            let w = &s[word_start..m.end()];
            let span = word_start + sentence.span.start..m.end() + sentence.span.start;
            let taken = found
                .iter()
                .any(|(r, _, _)| r.start < span.end && span.start < r.end);
            if taken || !context::accept(text, &span) {
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
