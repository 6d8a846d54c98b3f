//! Places abroad. The gazetteer holds Ukraine; the regions of Russia the war reaches ("the
//! Belgorod region", "Bryansk oblasts", "inside Russia") are not in it. A village named
//! right after one ("Drones were downed over the Belgorod region. Debris fell on a house in
//! the village of Nikolskoye") is most likely there, not at one of its Ukrainian namesakes.

use super::PlaceMention;
use crate::gazetteer::{Gazetteer, Kind};
use crate::sentences::Sentence;
use once_cell::sync::Lazy;
use regex::Regex;
use std::ops::Range;

/// An area written the way a place outside the gazetteer is: inside Russia, in one of
/// Russia's named places, a capitalised name before "oblast", "region", "province" or
/// "Krai", or one of the Russian cities near the border the war's reports name ("shelled
/// Belgorod overnight"). A match that is a gazetteer place ("Donetsk region") is not abroad: callers
/// check it against the places found.
static FOREIGN: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"\b(?:in|inside|across|into)\s+Russia\b|\b(?:in|inside|into|across)\s+Russia['\u2019]s\s+\p{Lu}|\b\p{Lu}\p{Ll}+\s+(?:[Oo]blasts?|regions?|provinces?|Krai)\b|\b(?:Belgorod|Kursk|Bryansk|Voronezh|Rostov(?:-on-Don)?|Taganrog|Shebekino|Sudzha|Graivoron|Krasnodar|Yeysk)\b",
    )
});

/// A settlement named as one ("the village of Tyotkino", "the port of Ust-Luga"): when the name is no gazetteer
/// place, it lies somewhere the gazetteer does not hold.
static NAMED_SETTLEMENT: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"\b(?:village|town|city|settlement|port)\s+of\s+\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+)*",
    )
});

/// Whether a word before "region" describes rather than names it ("the four Ukrainian
/// regions", "the Southern region", "Other regions").
fn describes(word: &str) -> bool {
    const DESCRIBING: &[&str] = &[
        "All",
        "Annexed",
        "Both",
        "Border",
        "Central",
        "Four",
        "Frontline",
        "Many",
        "Neighboring",
        "Neighbouring",
        "Occupied",
        "Other",
        "Several",
        "Some",
        "These",
        "Those",
        "Three",
        "Two",
    ];
    word.ends_with("ian") || word.ends_with("ern") || DESCRIBING.contains(&word)
}

/// Whether `text[range]` names an area abroad: a `FOREIGN` phrase that overlaps none of
/// `places`.
pub fn names_an_area_abroad(text: &str, range: &Range<usize>, places: &[PlaceMention]) -> bool {
    names_unheld(&FOREIGN, text, range, places)
}

/// Whether `text[range]` names a place the gazetteer does not hold: an area abroad, or a
/// village it lacks ("the village of Tyotkino").
pub fn names_a_place_not_held(text: &str, range: &Range<usize>, places: &[PlaceMention]) -> bool {
    names_unheld(&FOREIGN, text, range, places)
        || names_unheld(&NAMED_SETTLEMENT, text, range, places)
}

/// Whether a match of `phrase` in `text[range]` overlaps none of `places` and names rather
/// than describes.
fn names_unheld(phrase: &Regex, text: &str, range: &Range<usize>, places: &[PlaceMention]) -> bool {
    phrase.find_iter(&text[range.clone()]).any(|m| {
        let span = m.start() + range.start..m.end() + range.start;
        let first = m.as_str().split_whitespace().next().unwrap_or_default();
        !describes(first)
            && !places
                .iter()
                .any(|p| p.span.start < span.end && span.start < p.span.end)
    })
}

/// The most people a settlement dropped as a namesake abroad may have: villages share
/// their names across borders, towns of note are told by name.
const VILLAGE_POPULATION: u64 = 20_000;

/// A region abroad written right after a name, locating it: "Karachev in Bryansk Oblast",
/// "Nikolskoye, Belgorod region".
static LOCATED_ABROAD: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"^\s*(?:,|in|of)\s+(?:the\s+|Russia['\u2019]s\s+)?\p{Lu}\p{Ll}+\s+(?:[Oo]blast|[Rr]egion|[Pp]rovince|Krai)\b",
    )
});

/// A name that Russia itself locates, right after it: "Novomoskovsk, Russia", "the Azot
/// plant in Novomoskovsk, Russia". The town between is in Russia too, so it is no
/// Ukrainian place that would hold the name. Punctuation must follow: "Soledar, Russia's
/// defence ministry said" names a speaker.
static LOCATED_IN_RUSSIA: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"^\s*(?:,\s+Russia|(?:,|in|of|near)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?\p{Lu}\p{Ll}+,\s+Russia)(?:[.,;:)]|\s*$)",
    )
});

/// Drops a place located in a region abroad ("near the town of Karachev in Bryansk
/// Oblast"), and a village whose name the gazetteer gives to several places when its
/// sentence, or the sentence before in the same paragraph, names an area abroad, and its own
/// sentence names no other place in Ukraine.
pub fn drop_namesakes_abroad(
    text: &str,
    sentences: &[Sentence],
    places: &mut Vec<PlaceMention>,
    gazetteer: &Gazetteer,
) {
    let in_ukraine = |p: &PlaceMention| gazetteer.entry(p.entry).kind != Kind::Country;
    let abroad: Vec<bool> = places
        .iter()
        .map(|p| {
            let e = gazetteer.entry(p.entry);
            let after = crate::words::head(&text[p.span.end..], 60);
            if matches!(e.kind, Kind::Settlement | Kind::Site)
                && after.contains("Russia")
                && LOCATED_IN_RUSSIA.is_match(after)
            {
                return true;
            }
            if e.kind == Kind::Settlement
                && LOCATED_ABROAD.find(after).is_some_and(|m| {
                    let at = p.span.end + m.end();
                    !places
                        .iter()
                        .any(|o| o.span.start < at && p.span.end < o.span.start)
                })
            {
                return true;
            }
            if p.candidates < 2
                || e.kind != Kind::Settlement
                || e.population >= VILLAGE_POPULATION
                || places
                    .iter()
                    .any(|o| o.sentence == p.sentence && o.span != p.span && in_ukraine(o))
            {
                return false;
            }
            let this = &sentences[p.sentence];
            let before = p
                .sentence
                .checked_sub(1)
                .map(|s| &sentences[s])
                .filter(|s| s.line == this.line);
            std::iter::once(this)
                .chain(before)
                .any(|s| names_an_area_abroad(text, &s.span, places))
        })
        .collect();
    let mut keep = abroad.into_iter().map(|a| !a);
    places.retain(|_| keep.next().unwrap_or(true));
}
