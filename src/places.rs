//! Places: gazetteer names found in the kept sentences, filtered by their context and
//! resolved to one entry each.
//!
//! Finding: the folded sentence is searched with the name automaton; a match counts only
//! when it starts with a capital letter (so "nova" or "mayak" in running English never
//! fire), is not part of an actor's name ("Donetsk People's Republic") and is not a
//! government spoken of as a speaker ("Kyiv said"). A misspelt oblast before "region(s)"
//! ("Dontesk regions") is caught by a one-edit comparison with the oblast names.
//!
//! Resolving: a name shared by many places (45 Dibrovas) is decided by the document's
//! other places: candidates near an unambiguous place, or in an oblast the text names,
//! win; then the prior (rank, population, front-line oblast). The runner-up and both
//! scores are kept so a user can see why. "X and Y regions" makes X an oblast, and a
//! bare oblast-capital name right after "X region" was named is read as the oblast.

use crate::fold::{fold, fold_name};
use crate::gazetteer::matcher::Candidate;
use crate::gazetteer::{distance_km, Entry, Gazetteer, Kind};
use crate::sentences::Sentence;
use crate::words::tail;
use once_cell::sync::Lazy;
use regex::Regex;
use std::ops::Range;

/// A place named in the text, resolved to a gazetteer entry.
#[derive(Debug, Clone, PartialEq)]
pub struct PlaceMention {
    /// Byte range in the document text.
    pub span: Range<usize>,
    /// The chosen entry (index into the gazetteer).
    pub entry: u32,
    /// Its score.
    pub score: f64,
    /// The next best entry and its score, when the name had several.
    pub runner_up: Option<(u32, f64)>,
    /// How many entries carried the name.
    pub candidates: usize,
    /// A spatial relation written before the name: `near`, `outside`, `north of` ...
    pub relation: Option<String>,
    /// Whether the name only locates the place before it ("Sirotyne near Severodonetsk").
    pub reference: bool,
    /// Index of the sentence it lies in.
    pub sentence: usize,
}

static SPEAKER_AFTER: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"^\s+(?:has |have |had |also |later |then )?(?:said|says|say|claimed|claims|announced|reported|stated|denied|insisted|accused|warned|demanded|wants|told|rejected|responded|confirmed|alleged|added|noted|argued|stressed|wrote|posted|tweeted|admitted|acknowledged)\b").unwrap()
});
static ACTOR_AFTER: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"^(?:\s+(?:and|or|,)\s+\p{Lu}\w+)?\s+(?:People['\u2019]s\s+Republics?|PR\b|Republics?\b)",
    )
    .unwrap()
});
static RELATION_BEFORE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)\b(near|outside(?: of)?|around|close to|on the outskirts of|(?:north|south|east|west|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest)(?:ern)? of|to the (?:north|south|east|west)(?:-east|-west)? of|via|through|towards?|toward|into|to|apart from|except(?: for)?|excluding)\s+(?:the\s+)?(?:(?:[a-z-]+\s+)?(?:town|city|village|settlement|cities|towns|villages|area|region|oblast)s?\s+(?:of\s+)?)?$").unwrap()
});
static REGION_WORD: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"^\p{Lu}[\p{L}'\u2019]+\s+(?:regions?|oblasts?|provinces?)\b").unwrap()
});
static OBLAST_OFFICE_AFTER: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"^(?:governor|regional|oblast|military administration|region's)\b").unwrap()
});
static AREAL_BEFORE: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"(?i)\b(?:in|across|throughout|into)\s+$").unwrap());
static CITY_CUE: Lazy<Regex> = Lazy::new(|| Regex::new(r"(?i)(?:city|town) of\s+$").unwrap());

/// Finds and resolves the places of one document.
pub fn find(text: &str, sentences: &[Sentence], gazetteer: &Gazetteer) -> Vec<PlaceMention> {
    let mut raw: Vec<(Range<usize>, Vec<Candidate>, usize)> = Vec::new();
    for (si, sentence) in sentences.iter().enumerate() {
        let s = &text[sentence.span.clone()];
        let folded = fold(s);
        let mut matches: Vec<(Range<usize>, Vec<Candidate>)> = Vec::new();
        let offset = sentence.span.start;
        let acceptable = |span: &Range<usize>, candidates: &[Candidate]| {
            let span = span.start + offset..span.end + offset;
            accept(text, &span) && !is_first_name(text, &span, candidates, gazetteer)
        };
        for m in gazetteer.index().find_all(&folded, acceptable) {
            matches.push((m.span.start + offset..m.span.end + offset, m.candidates));
        }
        for (span, entries) in misspelt_oblasts(text, sentence, &matches, gazetteer) {
            matches.push((span, entries));
        }
        matches.sort_by_key(|m| m.0.start);
        raw.extend(matches.into_iter().map(|(span, e)| (span, e, si)));
    }
    resolve(text, raw, gazetteer)
}

/// A one-word name of small places followed by another capitalised word is a person's
/// first name ("Serhiy Haidai", "Oleh Synyehubov"), not the village of Serhiyi or Oleh.
/// A town large enough to be named before a noun ("Kramatorsk Airport", "Bakhmut Mayor")
/// is kept.
fn is_first_name(
    text: &str,
    span: &Range<usize>,
    candidates: &[Candidate],
    gazetteer: &Gazetteer,
) -> bool {
    static NEXT_NAME: Lazy<Regex> = Lazy::new(|| Regex::new(r"^\s+\p{Lu}\p{Ll}+").unwrap());
    if text[span.clone()].contains([' ', '-']) || !NEXT_NAME.is_match(&text[span.end..]) {
        return false;
    }
    candidates.iter().all(|c| {
        let e = gazetteer.entry(c.entry);
        e.kind == Kind::Settlement && e.population < 10_000 && !e.code.starts_with("PPLA")
    })
}

/// The context checks on a match: capitalised, not inside an actor's name, not a speaker.
fn accept(text: &str, span: &Range<usize>) -> bool {
    let first = text[span.clone()].chars().next().unwrap_or(' ');
    if !first.is_uppercase() {
        return false;
    }
    let after = &text[span.end..];
    if ACTOR_AFTER.is_match(after) {
        return false;
    }
    // "the left bank of the Dnipro": a river that shares a city's name.
    if RIVER_BEFORE.is_match(tail(&text[..span.start], 12)) && RIVERS.contains(&&text[span.clone()])
    {
        return false;
    }
    !SPEAKER_AFTER.is_match(after)
}

/// Rivers of the war zone named like settlements; with "the" before them they are rivers.
const RIVERS: &[&str] = &[
    "Dnipro",
    "Dnieper",
    "Donets",
    "Oskil",
    "Inhulets",
    "Kalmius",
    "Aidar",
    "Bakhmutka",
    "Vovcha",
    "Desna",
    "Dniester",
    "Zherebets",
    "Krynka",
];
static RIVER_BEFORE: Lazy<Regex> = Lazy::new(|| Regex::new(r"(?i)\bthe\s+$").unwrap());

/// "Dontesk regions": a capitalised word before a region word that is one edit away from
/// an oblast name. Only long words, and only where no name was matched.
fn misspelt_oblasts(
    text: &str,
    sentence: &Sentence,
    matches: &[(Range<usize>, Vec<Candidate>)],
    gazetteer: &Gazetteer,
) -> Vec<(Range<usize>, Vec<Candidate>)> {
    static WORD: Lazy<Regex> = Lazy::new(|| {
        Regex::new(r"\b\p{Lu}[\p{L}'\u2019]{5,}\s+(?:regions?|oblasts?|provinces?)\b").unwrap()
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
        if !REGION_WORD.is_match(m.as_str()) || !accept(text, &span) {
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

fn resolve(
    text: &str,
    raw: Vec<(Range<usize>, Vec<Candidate>, usize)>,
    gazetteer: &Gazetteer,
) -> Vec<PlaceMention> {
    // Anchors: places whose reading is not in doubt, with the mention they come from.
    let mut anchors: Vec<(usize, (f64, f64))> = Vec::new();
    let mut named_oblasts: Vec<&str> = Vec::new();
    for (mention, (_, candidates, _)) in raw.iter().enumerate() {
        let mut by_prior: Vec<(f64, u32)> = candidates
            .iter()
            .map(|&c| (gazetteer.entry(c.entry).prior_for(c), c.entry))
            .collect();
        by_prior.sort_by(|a, b| b.0.total_cmp(&a.0));
        let clear = by_prior.len() == 1 || by_prior[0].0 - by_prior[1].0 >= 3.0;
        let best = gazetteer.entry(by_prior[0].1);
        if clear && matches!(best.kind, Kind::Settlement | Kind::Site) {
            anchors.push((mention, (best.lat, best.lon)));
        }
        if clear && matches!(best.kind, Kind::Oblast | Kind::Region | Kind::Raion) {
            named_oblasts.extend(best.admin1.split('|'));
        }
    }
    let mut out: Vec<PlaceMention> = Vec::with_capacity(raw.len());
    for (mention, (span, candidates, sentence)) in raw.into_iter().enumerate() {
        let mut scored: Vec<(u32, f64)> = candidates
            .iter()
            .map(|&c| {
                let e = gazetteer.entry(c.entry);
                (
                    c.entry,
                    e.prior_for(c) + context_bonus(e, mention, &anchors, &named_oblasts),
                )
            })
            .collect();
        scored.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        let (entry, score) = scored[0];
        let before = &text[..span.start];
        let relation = RELATION_BEFORE
            .captures(tail(before, 60))
            .map(|c| c[1].to_lowercase());
        out.push(PlaceMention {
            span,
            entry,
            score,
            runner_up: scored.get(1).copied(),
            candidates: scored.len(),
            relation,
            reference: false,
            sentence,
        });
    }
    coordinate_regions(text, &mut out, gazetteer);
    oblast_shorthand(text, &mut out, gazetteer);
    mark_references(text, &mut out);
    out
}

/// How much the document's other places (not this mention itself) support a candidate:
/// a place near them, or in an oblast the text names.
fn context_bonus(
    e: &Entry,
    mention: usize,
    anchors: &[(usize, (f64, f64))],
    oblasts: &[&str],
) -> f64 {
    let mut bonus = 0.0;
    if matches!(e.kind, Kind::Settlement | Kind::Site) {
        let nearest = anchors
            .iter()
            .filter(|(from, _)| *from != mention)
            .map(|&(_, a)| distance_km(a, (e.lat, e.lon)))
            .fold(f64::INFINITY, f64::min);
        if nearest.is_finite() {
            bonus += 8.0 * (-nearest / 30.0).exp();
        }
    }
    if e.admin1.split('|').any(|a| oblasts.contains(&a)) {
        bonus += 1.5;
    }
    bonus
}

/// "the Luhansk and Donetsk regions": a settlement named just before a plural region name
/// is that oblast too.
fn coordinate_regions(text: &str, places: &mut [PlaceMention], gazetteer: &Gazetteer) {
    static AND: Lazy<Regex> = Lazy::new(|| Regex::new(r"^\s*(?:,|and|or|&)\s*$").unwrap());
    static PLURAL: Lazy<Regex> =
        Lazy::new(|| Regex::new(r"(?i)(?:regions|oblasts|provinces)$").unwrap());
    for i in (0..places.len().saturating_sub(1)).rev() {
        let (a, b) = (&places[i], &places[i + 1]);
        let eb = gazetteer.entry(b.entry);
        if eb.kind != Kind::Oblast || !PLURAL.is_match(&text[b.span.clone()]) {
            continue;
        }
        if !AND.is_match(&text[a.span.end..b.span.start]) {
            continue;
        }
        let (previous, score) = (a.entry, a.score);
        let ea = gazetteer.entry(previous);
        if ea.kind == Kind::Settlement {
            if let Some(o) = gazetteer.oblast(ea.admin1) {
                places[i].entry = o;
                places[i].runner_up = Some((previous, score));
            }
        }
    }
}

/// A bare oblast-capital name after the text named that oblast as a region reads as the
/// oblast ("advancing troops in Luhansk" after "the eastern Luhansk region"), unless "city"
/// is said: within three sentences of it, or anywhere after it when the name follows
/// "in", "across", "throughout" or "into".
fn oblast_shorthand(text: &str, places: &mut [PlaceMention], gazetteer: &Gazetteer) {
    for i in 0..places.len() {
        let e = gazetteer.entry(places[i].entry);
        if e.kind != Kind::Settlement || e.code != "PPLA" {
            continue;
        }
        let span = places[i].span.clone();
        let before = &text[..span.start];
        let after = text[span.end..].trim_start().to_lowercase();
        if CITY_CUE.is_match(tail(before, 20)) || after.starts_with("city") {
            continue;
        }
        let Some(oblast) = gazetteer.oblast(e.admin1) else {
            continue;
        };
        // "the Luhansk governor", "the Kharkiv regional administration": the oblast's.
        if OBLAST_OFFICE_AFTER.is_match(&after) {
            places[i].runner_up = Some((places[i].entry, places[i].score));
            places[i].entry = oblast;
            continue;
        }
        let areal = AREAL_BEFORE.is_match(tail(before, 20));
        let named_before = places[..i].iter().any(|p| {
            p.entry == oblast && (areal || places[i].sentence.saturating_sub(p.sentence) <= 3)
        });
        if named_before {
            let previous = places[i].entry;
            places[i].runner_up = Some((previous, places[i].score));
            places[i].entry = oblast;
        }
    }
}

/// "Sirotyne near Severodonetsk and Lysychansk": the names after a relation word that
/// directly follows another place only say where that place is.
fn mark_references(text: &str, places: &mut [PlaceMention]) {
    static LINK: Lazy<Regex> = Lazy::new(|| {
        Regex::new(r"(?i)^\s*,?\s*(?:near|outside(?: of)?|close to|north of|south of|east of|west of|(?:north|south)-?(?:east|west) of|to the (?:north|south|east|west)(?:-?(?:east|west))? of|in)\s+(?:the\s+)?$").unwrap()
    });
    static AND: Lazy<Regex> = Lazy::new(|| Regex::new(r"^\s*(?:,|and|or)\s*$").unwrap());
    for i in 1..places.len() {
        if places[i].sentence != places[i - 1].sentence {
            continue;
        }
        let gap = &text[places[i - 1].span.end..places[i].span.start];
        if LINK.is_match(gap) || (places[i - 1].reference && AND.is_match(gap)) {
            places[i].reference = true;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sentences;

    fn resolve_text(text: &str) -> Vec<(String, String)> {
        let g = Gazetteer::embedded();
        let sents = sentences::split(text, std::slice::from_ref(&(0..text.len())));
        find(text, &sents, g)
            .into_iter()
            .map(|p| (text[p.span].to_string(), g.entry(p.entry).id.to_string()))
            .collect()
    }

    #[test]
    fn spellings_resolve_to_one_place() {
        for (text, id) in [
            ("Shelling hit Severodonetsk.", "gn:691999"),
            ("Shelling hit Sievierodonetsk.", "gn:691999"),
            ("Troops left Rubizhnoye near Lysychansk.", "gn:695274"),
            ("Troops left Lyman, also called Krasny Lyman.", "gn:704204"),
            ("Troops entered Artemivsk.", "gn:713174"),
        ] {
            let got = resolve_text(text);
            assert_eq!(got[0].1, id, "{text}: {got:?}");
        }
    }

    #[test]
    fn actors_and_speakers_are_not_places() {
        assert!(resolve_text("The Donetsk People's Republic said so.").is_empty());
        let got = resolve_text("Kyiv said the Luhansk and Donetsk People\u{2019}s Republics lied.");
        assert!(got.is_empty(), "{got:?}");
        assert!(resolve_text("The nova effort was a mayak of hope.").is_empty());
        assert!(resolve_text("Vladimir Putin spoke.").is_empty());
    }

    #[test]
    fn coordinated_regions_are_both_oblasts() {
        let got = resolve_text("Fighting in the Luhansk and Dontesk regions goes on.");
        assert_eq!(got[0], ("Luhansk".into(), "gn:702657".into()));
        assert_eq!(got[1], ("Dontesk regions".into(), "gn:709716".into()));
    }

    #[test]
    fn context_picks_the_right_dibrova() {
        let got = resolve_text(
            "Troops pressed on Lyman via Drobysheve and through the village of Dibrova.",
        );
        assert_eq!(got.last().unwrap().1, "gn:710052", "{got:?}");
    }

    #[test]
    fn one_edit() {
        assert!(within_one_edit("dontesk", "donetsk"));
        assert!(within_one_edit("donetsk", "donetsks"));
        assert!(within_one_edit("luhansk", "luhanck"));
        assert!(!within_one_edit("kharkiv", "kherson"));
    }
}
