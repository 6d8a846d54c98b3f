//! Resolution: one entry for each name, from its candidates' priors and the document's
//! other places; then the readings that depend on neighbouring names (coordinated regions,
//! oblast shorthands, reference places).

use super::{Found, PlaceMention};
use crate::gazetteer::{Entry, Gazetteer, GeoPoint, Kind};
use crate::words::{head, tail};
use once_cell::sync::Lazy;
use regex::Regex;
use std::collections::HashMap;

static RELATION_BEFORE: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)\b(near|outside(?: of)?|around|close to|on the outskirts of|(?:north|south|east|west|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest)(?:ern)? of|to the (?:north|south|east|west)(?:-east|-west)? of|across\s+(?:the\s+)?(?:[A-Za-z-]+\s+){0,3}?(?:river|border|reservoir|canal|bay)\s+from|via|through|towards?|toward|into|to|apart from|except(?: for)?|excluding|cut\s+off\s+from|from\s+the\s+directions?\s+of)\s+(?:the\s+)?(?:(?:[\p{L}-]+\s+){0,2}(?:town|city|village|settlement|cities|towns|villages|area|region|oblast|stronghold|hub|capital|outpost)s?\s+(?:of\s+)?)?(?:(?:occupied|Russian-occupied|Russian-held|Russian-controlled|Ukrainian-held|Ukrainian-controlled|separatist-held|rebel-held|embattled|besieged|front-?line)\s+)?$",
    )
});
static OBLAST_OFFICE_AFTER: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"^(?:governor|regional|oblast|military administration|region's|direction|axis|front|sector)\b",
    )
});
/// The office words that make a name part of an official's title ("Kharkiv Oblast Governor
/// Oleh Syniehubov", "Kramatorsk Mayor Oleksandr Honcharenko"), read lower-cased.
static OFFICE_TITLE_AFTER: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"^(?:governor|gov|mayor|leader|separatist\s+leader|regional\s+(?:governor|gov|administration|council|police|prosecutor)|(?:city\s+|oblast\s+|regional\s+)?military\s+administration|region['\u2019]s\s+governor|(?:oblast\s+|regional\s+|city\s+)?(?:prosecutor['\u2019]s\s+office|prosecutors?|police|(?:state\s+|military-civil\s+)?administration|emergency\s+service|health\s+department)|government|regime|authorities|leadership|officials)\b",
    )
});
/// After a name, words that make it the name of a front's axis.
static AXIS_AFTER: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)^(?:\s*(?:,|and)\s+\p{Lu}[\w'\u2019-]*(?:\s+\p{Lu}[\w'\u2019-]*)?)*\s+(?:directions?|axis|axes|fronts?|sectors?)\b",
    )
});
/// After the first end of a road named by its ends ("the Donetsk-Kharkiv highway", "the
/// Bakhmut–Lysychansk road"): the other end and the road.
static ROAD_FROM_AFTER: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)^\s?[-\u2013]\s?\p{Lu}[\w'\u2019-]*\s+(?:highway|road|motorway|railway|rail\s+line|route|supply\s+route)\b",
    )
});
/// After the last end of such a road: the road.
static ROAD_TO_AFTER: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)^\s+(?:highway|road|motorway|railway|rail\s+line|route|supply\s+route)\b",
    )
});
static AREAL_BEFORE: Lazy<Regex> =
    Lazy::new(|| crate::words::regex(r"(?i)\b(?:in|across|throughout|into)\s+$"));
/// The population from which an oblast capital is never shorthand for its oblast.
const MILLION_CITY: u64 = 1_000_000;
/// Words before a name that make it the city: "the city of", "central Donetsk", "the centre
/// of Luhansk" (a region's centre is written "the centre of the region").
static CITY_CUE: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(r"(?i)(?:(?:city|town|cent(?:re|er))\s+of|\b(?:central|downtown))\s+$")
});

/// After a name, a part or a building of the city: "Donetsk city centre", "the Donetsk
/// central railway station", "Luhansk's outskirts". A region has none of these.
static CITY_PART_AFTER: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"^(?:['\u2019]s\s+)?(?:(?:central|main|old)\s+)?(?:city|railway|train|bus|station|market|hospital|stadium|university|zoo|mall|centre|center|downtown|outskirts|suburbs?|microdistrict|neighbou?rhood|residents)\b",
    )
});

/// Before a name, words that call it a village, directly or as a later member of a list
/// ("the villages of Novoserhiivka and Zaporizhzhia"), or a list of villages' members
/// ("several villages north of Kharkiv, including Tsyrkuny, Ruski Tyshky and Rubizhne").
static VILLAGE_CUE: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)\b(?:(?:villages?|hamlets?)\s+(?:of\s+)?|villages\b[^.;:]{0,80}?,?\s+(?:including|such\s+as|among\s+them|namely)\s+)(?:(?-i:\p{Lu})[\p{L}'\u2019-]+(?:\s+(?-i:\p{Lu})[\p{L}'\u2019-]+)?\s*(?:,\s*and|,|and)\s+)*$",
    )
});
/// The population from which a place is no village, whatever a village cue says: such a
/// name after "the villages of" is a village the city shares its name with.
const NO_VILLAGE_POPULATION: u64 = 50_000;
/// What a city reading loses after a village cue: more than any prior or context bonus.
const VILLAGE_CUE_PENALTY: f64 = 100.0;

/// The candidate of a name (`written`) with the highest prior (the first of a tie), and
/// whether it is clear: ahead of every other by a margin. One pass, no sorting: this runs
/// three times for every name of a document.
fn by_prior(
    written: &str,
    candidates: &[crate::gazetteer::matcher::Candidate],
    gazetteer: &Gazetteer,
) -> (u32, bool) {
    // (Each prior weighs the whole candidate list: they are read once.)
    let priors: Vec<(f64, u32)> = candidates
        .iter()
        .map(|&c| (gazetteer.prior_of(c, candidates, written), c.entry))
        .collect();
    let (top, entry) = priors
        .iter()
        .copied()
        .reduce(|best, next| if next.0 > best.0 { next } else { best })
        .expect("a name has at least one candidate");
    // "Klishchiivka" and "Klyshchiivka", 200 m apart: the gazetteer's duplicates of one
    // village are no rival reading. (Distances are measured only for close contenders.)
    let at = |e: u32| {
        let e = gazetteer.entry(e);
        (e.lat, e.lon)
    };
    let rivalled = priors.iter().any(|&(prior, e)| {
        e != entry
            && top - prior < 3.0
            && crate::gazetteer::distance_km(at(e), at(entry)) > SAME_PLACE_KM
    });
    (entry, !rivalled)
}

/// How close two entries of one name lie when they are one place entered twice.
const SAME_PLACE_KM: f64 = 3.0;

/// Where the document's settlements and sites are, with the mention each comes from: only
/// those whose reading is not in doubt when `only_clear`, as anchors for choosing among
/// same-named places; every name's likeliest reading otherwise, as the neighbourhood in
/// which a misspelt name is looked for.
pub(super) fn anchors(
    text: &str,
    found: &[Found],
    gazetteer: &Gazetteer,
    only_clear: bool,
) -> Vec<(usize, (f64, f64))> {
    found
        .iter()
        .enumerate()
        .filter_map(|(mention, (span, candidates, _))| {
            let (best, clear) = by_prior(&text[span.clone()], candidates, gazetteer);
            let e = gazetteer.entry(best);
            let usable = (clear || !only_clear) && matches!(e.kind, Kind::Settlement | Kind::Site);
            usable.then_some((mention, (e.lat, e.lon)))
        })
        .collect()
}

/// The oblasts the document names clearly (as oblasts, raions or regions).
fn named_oblasts<'g>(text: &str, found: &[Found], gazetteer: &'g Gazetteer) -> Vec<&'g str> {
    found
        .iter()
        .filter_map(|(span, candidates, _)| {
            let (best, clear) = by_prior(&text[span.clone()], candidates, gazetteer);
            let e = gazetteer.entry(best);
            (clear && matches!(e.kind, Kind::Oblast | Kind::Region | Kind::Raion))
                .then_some(e.admin1)
        })
        .flat_map(|a| a.split('|'))
        .collect()
}

pub(super) fn resolve(text: &str, raw: Vec<Found>, gazetteer: &Gazetteer) -> Vec<PlaceMention> {
    let anchors = distinct_anchors(anchors(text, &raw, gazetteer, true), &raw);
    let named_oblasts = named_oblasts(text, &raw, gazetteer);
    let (locators, located_by_next) = locators(text, &raw, gazetteer);
    let mut out: Vec<PlaceMention> = Vec::with_capacity(raw.len());
    for (mention, (span, candidates, sentence)) in raw.into_iter().enumerate() {
        // "the village of Vovchenka in Kharkiv Oblast" when the only Vovchenka known lies
        // deep in Donetsk Oblast: a village the gazetteer lacks, not that one. The name is
        // dropped, and the oblast written after it places what happened there. A village
        // near the oblast's border is kept: reports (and oblast codes) err there.
        let outside_its_oblast = located_by_next[mention]
            && locators[mention].is_some_and(|l| {
                let oblast = gazetteer.entry(l.entry);
                oblast.kind == Kind::Oblast
                    && candidates.iter().all(|c| {
                        let e = gazetteer.entry(c.entry);
                        e.kind == Kind::Settlement
                            && !e.shares_an_oblast_with(oblast)
                            && !near_oblast(gazetteer, e, oblast)
                    })
            });
        if outside_its_oblast {
            continue;
        }
        // "the Lyman direction": the army names its axes after towns of note, so the
        // nearness of a small namesake to the other places, or its oblast being named
        // ("shelled 12 settlements in Kharkiv region ... In the Lyman direction"), does not
        // count.
        // Every axis word opens with "d", "a", "f" or "s": most names need no look.
        let after = &text[span.end..];
        let next = after.trim_start().bytes().next().map(|b| b | 0x20);
        // ("the Bakhmut and Lyman directions": a name may open a list of axes.)
        let axis = next.is_some_and(|b| b"dafs,".contains(&b)) && AXIS_AFTER.is_match(after);
        // "near the Donetsk-Kharkiv highway": the ends of a road named by them are
        // references for the places along it, as an axis's town is.
        let road_end = ((next == Some(b'-') || after.starts_with('\u{2013}'))
            && ROAD_FROM_AFTER.is_match(after))
            || (text[..span.start].ends_with(['-', '\u{2013}'])
                && text[..span.start]
                    .trim_end_matches(['-', '\u{2013}'])
                    .ends_with(char::is_alphabetic)
                && ROAD_TO_AFTER.is_match(after));
        let reading = Reading { mention, sentence };
        // "the villages of Novoserhiivka and Zaporizhzhia": a village named like a city (not
        // "the nearby village of Berestove, Luhansk Governor Serhiy Haidai said": a name
        // before an office or "region" ends the list).
        let called_a_village = candidates.len() > 1
            && candidates
                .iter()
                .any(|c| gazetteer.entry(c.entry).population >= NO_VILLAGE_POPULATION)
            && VILLAGE_CUE.is_match(tail(&text[..span.start], 200))
            && !{
                let next = head(after.trim_start(), 40).to_lowercase();
                OBLAST_OFFICE_AFTER.is_match(&next) || next.starts_with("region")
            };
        let mut scored: Vec<(u32, f64)> = candidates
            .iter()
            .map(|&c| {
                let e = gazetteer.entry(c.entry);
                let near = if axis { &[][..] } else { &anchors[..] };
                let oblasts = if axis { &[][..] } else { &named_oblasts[..] };
                let located = locators[mention].map_or(0.0, |l| located_bonus(e, l, gazetteer));
                let cue = if called_a_village && e.population >= NO_VILLAGE_POPULATION {
                    -VILLAGE_CUE_PENALTY
                } else {
                    0.0
                };
                (
                    c.entry,
                    gazetteer.prior_of(c, &candidates, &text[span.clone()])
                        + context_bonus(e, &reading, near, oblasts)
                        + located
                        + cue,
                )
            })
            .collect();
        scored.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        let (entry, score) = scored[0];
        let before = &text[..span.start];
        // "across the Siverskyi Donets river from Severodonetsk" is written "across from".
        let relation = RELATION_BEFORE.captures(tail(before, 60)).map(|c| {
            if c[1].starts_with("across") {
                "across from".to_string()
            } else if c[1].starts_with("cut") {
                "cut off from".to_string()
            } else if c[1].to_ascii_lowercase().starts_with("from") {
                "from the direction of".to_string()
            } else {
                c[1].to_lowercase()
            }
        });
        out.push(PlaceMention {
            span,
            entry,
            score,
            runner_up: scored.get(1).copied(),
            candidates: scored.len(),
            relation,
            // An axis ("shelled 25 settlements in the Bakhmut and Lyman directions,
            // including Soledar") is a reference for the places along it.
            reference: axis || road_end,
            about_the_speaker: false,
            road_end,
            sentence,
        });
    }
    drop_foreign_city_districts(&mut out, gazetteer);
    distinct_names_are_distinct_places(text, &mut out, gazetteer);
    coordinate_regions(text, &mut out, gazetteer);
    coordinate_raions(text, &mut out, gazetteer);
    oblast_shorthand(text, &mut out, gazetteer);
    mark_references(text, &mut out, gazetteer);
    out
}

/// "Russian forces advanced near Petrivka and Oleksandrivka, south of Kurakhove": a town's
/// old name ("Petrovka" was Kurakhove's) written in the sentence that names the town by its
/// own name is another place: the name's next reading, when it has one.
fn distinct_names_are_distinct_places(
    text: &str,
    places: &mut [PlaceMention],
    gazetteer: &Gazetteer,
) {
    for i in 0..places.len() {
        let Some((next_entry, next_score)) = places[i].runner_up else {
            continue;
        };
        let entry = gazetteer.entry(places[i].entry);
        let written = &text[places[i].span.clone()];
        if written.eq_ignore_ascii_case(entry.name) {
            continue;
        }
        // The places are in text order: the sentence's own are one run of them (a long
        // document is not searched whole for each name).
        let sentence = places[i].sentence;
        let run = places.partition_point(|p| p.sentence < sentence)
            ..places.partition_point(|p| p.sentence <= sentence);
        // ("Bakhmut, known as Artemivsk until 2016", "Bakhmut (Artemivsk)", "Artyomovsk, as
        // Russia calls Bakhmut": the old name given as such is the same town.)
        let named_as_itself = places[run].iter().any(|p| {
            p.entry == places[i].entry && text[p.span.clone()].eq_ignore_ascii_case(entry.name) && {
                let between = if p.span.end <= places[i].span.start {
                    &text[p.span.end..places[i].span.start]
                } else {
                    &text[places[i].span.end..p.span.start.max(places[i].span.end)]
                };
                ![
                    "known", "former", "renamed", "call", "name", "(", "until", "also",
                ]
                .iter()
                .any(|w| between.contains(w))
            }
        });
        if named_as_itself {
            let place = &mut places[i];
            place.runner_up = Some((place.entry, place.score));
            place.entry = next_entry;
            place.score = next_score;
        }
    }
}

/// How close to a settlement of an oblast a place of another oblast counts as at its border.
const BORDER_KM: f64 = 20.0;

/// Whether `e` lies within [`BORDER_KM`] of a settlement of `oblast`. A scan of the whole
/// gazetteer, for the rare name located in an oblast none of its namesakes lies in.
fn near_oblast(gazetteer: &Gazetteer, e: &Entry, oblast: &Entry) -> bool {
    let at = e.point();
    gazetteer.entries().iter().any(|s| {
        s.kind == Kind::Settlement
            && s.shares_an_oblast_with(oblast)
            && s.point().distance_km(&at) <= BORDER_KM
    })
}

/// How far from its city a city district named with it may lie.
const CITY_DISTRICT_KM: f64 = 25.0;

/// "Zaporizhzhia's mayor said ... in the Shevchenkivskyi district": a city district lies in a
/// city its sentence names, or else the sentence before ("A drone hit Zaporizhzhia overnight.
/// The drones hit buildings in the Shevchenkivskyi district"). When those settlements are all
/// far from the district of that name the gazetteer chose (Kyiv's or Kharkiv's), the name is
/// dropped, and the city carries the event; a name that is also a village takes its next
/// reading.
fn drop_foreign_city_districts(places: &mut Vec<PlaceMention>, gazetteer: &Gazetteer) {
    // A district of a city: GeoNames' sections of populated places, and the raions of Kyiv
    // ("Kharkiv Mayor Ihor Terekhov said a bomb struck the Shevchenkivskyi district": not
    // Kyiv's Shevchenkivskyi raion).
    let district = |e: &crate::gazetteer::Entry| {
        e.code == "PPLX"
            || (e.kind == Kind::Raion && e.admin1 == "Kyiv City")
            || e.is_curated_city_district()
    };
    let city = |p: &PlaceMention| {
        let c = gazetteer.entry(p.entry);
        c.kind == Kind::Settlement && c.code != "PPLX"
    };
    let foreign: Vec<bool> = places
        .iter()
        .map(|named| {
            let e = gazetteer.entry(named.entry);
            if !district(e) {
                return false;
            }
            let district = named;
            let in_sentence = |s: usize| places.iter().filter(move |p| p.sentence == s && city(p));
            let sentence = if in_sentence(district.sentence).next().is_some() {
                district.sentence
            } else {
                match district.sentence.checked_sub(1) {
                    Some(before) => before,
                    None => return false,
                }
            };
            let mut cities = in_sentence(sentence).peekable();
            cities.peek().is_some()
                && cities.all(|c| {
                    gazetteer.entry(c.entry).point().distance_km(&e.point()) > CITY_DISTRICT_KM
                })
        })
        .collect();
    // "Troops attacked Novoselivka" after a sentence on Bakhmut: a name that is also a
    // village gives way to its next reading rather than vanish.
    for (place, foreign) in places.iter_mut().zip(&foreign) {
        if let (true, Some((entry, score))) = (*foreign, place.runner_up) {
            if !district(gazetteer.entry(entry)) {
                place.entry = entry;
                place.score = score;
                place.runner_up = None;
            }
        }
    }
    let mut flags = foreign.into_iter();
    places.retain(|p| !flags.next().unwrap_or(false) || !district(gazetteer.entry(p.entry)));
}

/// "Andriivka, south of Bakhmut", "Olenivka in Pokrovsk district", "northeast of Kupiansk
/// near Dvorichna": the place written right next to a name to say where it is, when that
/// place is clear, for each mention, and whether that place is written after the name. Far
/// the strongest evidence among same-named villages.
fn locators(text: &str, raw: &[Found], gazetteer: &Gazetteer) -> (Vec<Option<Locator>>, Vec<bool>) {
    static NEAR: Lazy<Regex> =
        Lazy::new(|| crate::words::regex(r"(?i)^\s*,?\s*(?:near|outside|close to|around)\s+$"));
    static LIST_GAP: Lazy<Regex> = Lazy::new(|| crate::words::regex(r"^\s*(?:,|and|or|, and)\s*$"));
    let clear = |i: usize| {
        let (best, clear) = by_prior(&text[raw[i].0.clone()], &raw[i].1, gazetteer);
        clear.then_some(best)
    };
    let locator = |i: usize, bearing: Option<f64>| clear(i).map(|entry| Locator { entry, bearing });
    let mut out = vec![None; raw.len()];
    // Whether a mention's locator is the place written after it.
    let mut by_next = vec![false; raw.len()];
    for i in 0..raw.len().saturating_sub(1) {
        let (a, b) = (&raw[i], &raw[i + 1]);
        if a.2 != b.2 {
            continue;
        }
        let gap = &text[a.0.end..b.0.start];
        // The longest locating phrase ("some 12 kilometres to the north-west of the") is
        // shorter than this; most gaps between names are longer.
        if gap.len() > MAX_LOCATING_GAP {
            continue;
        }
        // "Makiivka, Luhansk Oblast": an oblast or raion after a bare comma locates the
        // name before it (a list of settlements is no such pair).
        let area_after_comma = gap.trim() == ","
            && clear(i + 1)
                .is_some_and(|b| matches!(gazetteer.entry(b).kind, Kind::Oblast | Kind::Raion));
        if area_after_comma {
            if out[i].is_none() {
                out[i] = locator(i + 1, None);
                by_next[i] = out[i].is_some();
            }
        } else if let Some(m) = LOCATING_GAP.captures(gap) {
            // The named place locates the one before it, in the direction written, and is
            // near it in turn.
            if out[i].is_none() {
                out[i] = locator(
                    i + 1,
                    m.name("compass").and_then(|c| compass_bearing(c.as_str())),
                );
                by_next[i] = out[i].is_some();
            }
            // "Ivanivka in Kharkiv Oblast's Kupiansk district": the raion the oblast is
            // narrowed to locates the name.
            if let Some(c) = raw.get(i + 2).filter(|c| c.2 == b.2) {
                let narrowed = matches!(text[b.0.end..c.0.start].trim(), "'s" | "\u{2019}s" | ",")
                    && clear(i + 1).is_some_and(|o| gazetteer.entry(o).kind == Kind::Oblast)
                    && clear(i + 2).is_some_and(|r| gazetteer.entry(r).kind == Kind::Raion);
                if narrowed {
                    out[i] = locator(i + 2, None);
                }
            }
            out[i + 1] = out[i + 1].or(locator(i, None));
        } else if NEAR.is_match(gap) {
            // "northeast of Kupiansk near Dvorichna".
            if let Some(m) = COMPASS_BEFORE.captures(tail(&text[..a.0.start], 30)) {
                out[i + 1] = out[i + 1].or(locator(i, compass_bearing(&m[1])));
            }
        }
    }
    // "Novoselivka and Stepove, north of Avdiivka": the last of a list passes the place
    // after it on to the names listed before it.
    for i in (0..raw.len().saturating_sub(1)).rev() {
        let (a, b) = (&raw[i], &raw[i + 1]);
        if a.2 == b.2
            && out[i].is_none()
            && by_next[i + 1]
            && LIST_GAP.is_match(&text[a.0.end..b.0.start])
        {
            out[i] = out[i + 1];
            by_next[i] = true;
        }
    }
    (out, by_next)
}

/// Between a name and the place written to locate it: "Sirotyne near Severodonetsk",
/// "Andriivka, south of Bakhmut", "Toshkivka, a village near Hirske", "some 10 km west of", "in";
/// the OSCE's "Artemivsk (Government-controlled, 48km north of Donetsk)".
static LOCATING_GAP: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)^\s*[,(]?\s*(?:[\x22\u201c]?[\w-]+[\x22\u201d]?-?(?:controlled|held),\s*)?(?:an?\s+(?:[\w-]+\s+){0,2}?(?:village|town|city|settlement|hamlet)\s+)?(?:(?:just\s+|(?:some\s+|about\s+)?\d+(?:\.\d+)?\s*(?:km|kilometers|kilometres|miles)(?:\s*\([^()]{1,20}\))?\s+)?(?:near|outside(?: of)?|close to|(?P<compass>(?:north|south|east|west|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest) of|to the (?:north|south|east|west)(?:-?(?:east|west))? of)|in)|(?:some\s+|about\s+|around\s+|roughly\s+|nearly\s+)?\d+(?:\.\d+)?\s*(?:km|kilometers|kilometres|miles)(?:\s*\([^()]{1,20}\))?\s+(?:away\s+)?from)\s+(?:the\s+(?:(?:[\w-]+\s+){0,2}?(?:city|town)\s+of\s+)?)?$",
    )
});

/// The longest text between a name and the place that locates it.
const MAX_LOCATING_GAP: usize = 60;

/// A compass point right before a name: "northeast of", "to the west of".
static COMPASS_BEFORE: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)(north|south|east|west|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest)(?:ern)?\s+of\s+(?:the\s+)?$",
    )
});

/// The place that locates a name ("Petrivka, west of Avdiivka"), and the compass bearing the
/// text gives from it, in degrees clockwise from north.
#[derive(Clone, Copy)]
struct Locator {
    entry: u32,
    bearing: Option<f64>,
}

/// How much of a locator's support a place on the wrong side of it keeps: "Petrivka, west of
/// Avdiivka" is not the Petrivka north of Avdiivka, unless no other is near (reports and
/// coordinates err).
const WRONG_SIDE_WEIGHT: f64 = 0.25;

/// The bearing of a compass phrase ("north-west", "southeastern"), in degrees from north.
fn compass_bearing(phrase: &str) -> Option<f64> {
    let p = phrase.to_ascii_lowercase();
    let north = p.contains("north");
    let south = p.contains("south");
    let east = p.contains("east");
    let west = p.contains("west");
    match (north, south, east, west) {
        (true, false, false, false) => Some(0.0),
        (true, false, true, false) => Some(45.0),
        (false, false, true, false) => Some(90.0),
        (false, true, true, false) => Some(135.0),
        (false, true, false, false) => Some(180.0),
        (false, true, false, true) => Some(225.0),
        (false, false, false, true) => Some(270.0),
        (true, false, false, true) => Some(315.0),
        _ => None,
    }
}

/// Whether `e` lies on the side of `from` that `bearing` points to, within three compass
/// points of it (67.5 degrees either way): a writer's "west" covers west-north-west.
fn lies_towards(from: &Entry, e: &Entry, bearing: f64) -> bool {
    let dx = (e.lon - from.lon) * from.lat.to_radians().cos();
    let dy = e.lat - from.lat;
    let actual = dx.atan2(dy).to_degrees().rem_euclid(360.0);
    let off = (actual - bearing).abs();
    off.min(360.0 - off) <= 67.5
}

/// How far from the town that locates it ("Hrodivka (east of Pokrovsk)") a place may lie
/// with the locator's full support: war reports locate villages by a town up to twenty or
/// thirty kilometres away, so within this reach nearness says nothing more, and a village's
/// large neighbour does not win by being nearer the town.
const LOCATOR_REACH_KM: f64 = 20.0;

/// The bonus of reading a name as `e` when the text locates it by `locator`: near a
/// settlement or site (full within [`LOCATOR_REACH_KM`], nothing past 80), in a raion, in an
/// oblast. An oblast written next to the name ("Makiivka in Luhansk Oblast") outweighs the
/// prior of a large namesake elsewhere.
fn located_bonus(e: &Entry, locator: Locator, gazetteer: &Gazetteer) -> f64 {
    if !matches!(e.kind, Kind::Settlement | Kind::Site) {
        return 0.0;
    }
    let by = gazetteer.entry(locator.entry);
    match by.kind {
        Kind::Settlement | Kind::Site => {
            let km = e.point().distance_km(&by.point());
            let near = 15.0 * (-(km - LOCATOR_REACH_KM).max(0.0) / 20.0).exp();
            match locator.bearing {
                Some(bearing) if km > 2.0 && !lies_towards(by, e, bearing) => {
                    near * WRONG_SIDE_WEIGHT
                }
                _ => near,
            }
        }
        Kind::Raion if e.admin2 == by.name => 10.0,
        Kind::Oblast if e.shares_an_oblast_with(by) => 8.0,
        _ => 0.0,
    }
}

/// A point the document's clear names place a settlement or site at, and the names (mention
/// and sentence, in text order) that place one there.
struct Anchor {
    point: GeoPoint,
    named_by: Vec<(usize, usize)>,
}

impl Anchor {
    /// Whether a name other than the one being read puts the anchor in the document: a
    /// mention is no anchor for itself; a point other mentions name too still is.
    fn named_besides(&self, reading: &Reading) -> bool {
        self.named_by.iter().any(|&(m, _)| m != reading.mention)
    }

    /// Whether a name other than the one being read puts the anchor in its sentence.
    fn named_in_sentence_besides(&self, reading: &Reading) -> bool {
        let from = self
            .named_by
            .partition_point(|&(_, s)| s < reading.sentence);
        self.named_by[from..]
            .iter()
            .take_while(|&&(_, s)| s == reading.sentence)
            .any(|&(m, _)| m != reading.mention)
    }
}

/// The name being read: its mention and its sentence.
struct Reading {
    mention: usize,
    sentence: usize,
}

/// Each anchor point once: a long text names the same towns again and again, and comparing
/// every candidate with every mention would grow with the square of the text's length.
fn distinct_anchors(anchors: Vec<(usize, (f64, f64))>, found: &[Found]) -> Vec<Anchor> {
    let mut seen: HashMap<(u64, u64), usize> = HashMap::new();
    let mut out: Vec<Anchor> = Vec::new();
    for (mention, (lat, lon)) in anchors {
        let named = (mention, found[mention].2);
        match seen.entry((lat.to_bits(), lon.to_bits())) {
            std::collections::hash_map::Entry::Occupied(at) => out[*at.get()].named_by.push(named),
            std::collections::hash_map::Entry::Vacant(slot) => {
                slot.insert(out.len());
                out.push(Anchor {
                    point: GeoPoint::new((lat, lon)),
                    named_by: vec![named],
                });
            }
        }
    }
    out
}

/// How much more a place named in the same sentence tells of where a name lies than one
/// named elsewhere in the document: "damaged the Karlivka water station, leaving Pokrovsk
/// without water ... In Bakhmut, ..." is the Karlivka near Pokrovsk, not the former Karlivka
/// by Bakhmut.
const SAME_SENTENCE_WEIGHT: f64 = 1.5;

/// How much a place near the anchors supports a reading: up to 8 beside one, 3 at 30 km.
fn closeness(separation: f64) -> f64 {
    8.0 * (-GeoPoint::km(separation) / 30.0).exp()
}

fn context_bonus(e: &Entry, reading: &Reading, anchors: &[Anchor], oblasts: &[&str]) -> f64 {
    let mut bonus = 0.0;
    if matches!(e.kind, Kind::Settlement | Kind::Site) {
        // The nearest anchor, and the nearest named in the same sentence: one exponential
        // each, not one per anchor.
        let here = e.point();
        let (mut nearest, mut nearest_in_sentence) = (f64::INFINITY, f64::INFINITY);
        for a in anchors {
            let separation = a.point.separation(&here);
            if separation < nearest_in_sentence && a.named_in_sentence_besides(reading) {
                nearest_in_sentence = separation;
            }
            if separation < nearest && a.named_besides(reading) {
                nearest = separation;
            }
        }
        if nearest.is_finite() {
            let in_sentence = if nearest_in_sentence.is_finite() {
                closeness(nearest_in_sentence) * SAME_SENTENCE_WEIGHT
            } else {
                0.0
            };
            bonus += closeness(nearest).max(in_sentence);
        }
    }
    if e.admin1.split('|').any(|a| oblasts.contains(&a)) {
        bonus += 1.5;
    }
    bonus
}

/// What lies between two names of one list: a comma, "and", "or".
static AND: Lazy<Regex> = Lazy::new(|| crate::words::regex(r"^\s*(?:,|and|or|&)\s*$"));

/// "the Luhansk and Donetsk regions": a settlement named just before a plural region name
/// is that oblast too.
fn coordinate_regions(text: &str, places: &mut [PlaceMention], gazetteer: &Gazetteer) {
    static PLURAL: Lazy<Regex> =
        Lazy::new(|| crate::words::regex(r"(?i)(?:regions|oblasts|provinces)$"));
    // "the Donetsk, Luhansk, Zaporizhzhia and Kherson regions": a name made an oblast this
    // way passes it on to the name listed before it.
    let mut listed = vec![false; places.len()];
    for i in (0..places.len().saturating_sub(1)).rev() {
        let (a, b) = (&places[i], &places[i + 1]);
        let eb = gazetteer.entry(b.entry);
        if eb.kind != Kind::Oblast || !(listed[i + 1] || PLURAL.is_match(&text[b.span.clone()])) {
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
                listed[i] = true;
            }
        }
    }
}

/// "frontline communities in Pokrovsk and Kramatorsk raions": settlements listed before a
/// plural "raions" (or "districts") are the raions named after them.
fn coordinate_raions(text: &str, places: &mut [PlaceMention], gazetteer: &Gazetteer) {
    static PLURAL_AFTER: Lazy<Regex> =
        Lazy::new(|| crate::words::regex(r"(?i)^\s+(?:raions|rayons|districts)\b"));
    let mut listed = vec![false; places.len()];
    for i in (0..places.len()).rev() {
        let (entry, span) = (places[i].entry, places[i].span.clone());
        let listed_before_next = i + 1 < places.len()
            && listed[i + 1]
            && AND.is_match(&text[span.end..places[i + 1].span.start]);
        if !listed_before_next && !PLURAL_AFTER.is_match(&text[span.end..]) {
            continue;
        }
        let e = gazetteer.entry(entry);
        if e.kind != Kind::Settlement {
            continue;
        }
        let raion = gazetteer
            .index()
            .lookup(&format!("{} Raion", e.name))
            .into_iter()
            .map(|c| c.entry)
            .find(|&r| {
                let raion = gazetteer.entry(r);
                raion.kind == Kind::Raion && raion.admin1 == e.admin1
            });
        if let Some(raion) = raion {
            places[i].runner_up = Some((entry, places[i].score));
            places[i].entry = raion;
            listed[i] = true;
        }
    }
}

/// A bare oblast-capital name after the text named that oblast as a region reads as the
/// oblast ("advancing troops in Luhansk" after "the eastern Luhansk region"), unless "city"
/// is said or the city has a million people: within three sentences of it, or anywhere
/// after it when the name follows "in", "across", "throughout" or "into".
fn oblast_shorthand(text: &str, places: &mut [PlaceMention], gazetteer: &Gazetteer) {
    for i in 0..places.len() {
        let e = gazetteer.entry(places[i].entry);
        if e.kind != Kind::Settlement || e.code != "PPLA" {
            continue;
        }
        let span = places[i].span.clone();
        let before = &text[..span.start];
        // Only the next few words matter: lower-casing the rest of the document would make
        // this quadratic in its length.
        let after = head(text[span.end..].trim_start(), 40).to_lowercase();
        if CITY_CUE.is_match(tail(before, 20)) || CITY_PART_AFTER.is_match(&after) {
            continue;
        }
        let Some(oblast) = gazetteer.oblast(e.admin1) else {
            continue;
        };
        // "the Luhansk governor", "the Kharkiv regional administration": the oblast's.
        if OBLAST_OFFICE_AFTER.is_match(&after) {
            places[i].runner_up = Some((places[i].entry, places[i].score));
            places[i].entry = oblast;
            // "Luhansk Governor Serhiy Haidai said": a title names who speaks, not where
            // anything happened; it places an event only when nothing else does.
            places[i].reference = OFFICE_TITLE_AFTER.is_match(&after);
            places[i].about_the_speaker = places[i].reference;
            continue;
        }
        // A city of a million ("blackouts in Kharkiv") is itself, not shorthand for its
        // oblast: the press names the region in full when it means it.
        if e.population >= MILLION_CITY {
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

/// Words before "in" that say where someone spoke: "told journalists in", "speaking to
/// reporters in", "at a news conference in", "said in a speech in".
static SPOKE_IN_BEFORE: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)\b(?:(?:told|telling|briefed|briefing|addressed|addressing)\s+(?:(?:the|a|foreign|local|western)\s+)?(?:journalists|reporters|the\s+press|media|a\s+briefing|a\s+news\s+conference|a\s+press\s+conference|lawmakers|parliament|students)|(?:speaking|spoke|talking)(?:\s+to\s+(?:the\s+|foreign\s+|local\s+)?(?:journalists|reporters|the\s+press|media))?|(?:at|during)\s+a\s+(?:news|press)\s+(?:conference|briefing)|(?:said|says)\s+(?:at\s+a\s+[a-z ]{1,30}|during\s+a\s+visit|on\s+a\s+visit)|(?:head|chief|director|spokes(?:man|woman|person))\s+of\s+(?:the\s+)?[\w'\u2019 ]{0,40}?\b(?:delegation|office|mission|sub-delegation|bureau))\s+in\s+$",
    )
});

/// Whether an office word follows a name (`after` is the text after it), which makes the
/// name part of an official's title: "Kharkiv Oblast Governor Oleh Syniehubov", "Kramatorsk
/// Mayor Oleksandr Honcharenko".
pub fn office_follows(after: &str) -> bool {
    let after = after.trim_start();
    // Every office word starts with one of these letters: most names need no look.
    let may_be_title = after
        .bytes()
        .next()
        .is_some_and(|b| b"gGmMrRcCoOlLsSpPaAeEhH".contains(&b));
    may_be_title && OFFICE_TITLE_AFTER.is_match(&head(after, 40).to_lowercase())
}

/// "Sirotyne near Severodonetsk and Lysychansk": the names after a relation word that
/// directly follows another place only say where that place is. After a compass reference
/// ("northeast of Kupiansk near Dvorichna") it is the other way round.
fn mark_references(text: &str, places: &mut [PlaceMention], gazetteer: &Gazetteer) {
    static AND: Lazy<Regex> = Lazy::new(|| crate::words::regex(r"^\s*(?:,|and|or)\s*$"));
    // "Kharkiv Oblast Governor Oleh Syniehubov said": a name in an official's title names
    // who speaks, not where anything happened.
    for place in places.iter_mut() {
        if office_follows(&text[place.span.end..]) {
            place.reference = true;
            place.about_the_speaker = true;
        }
        // "the governor of Donetsk region": the name is in an official's title too.
        let before = tail(&text[..place.span.start], 40);
        if (before.ends_with("of ") || before.ends_with("the "))
            && super::context::OFFICE_OF_BEFORE.is_match(before)
        {
            place.reference = true;
            place.about_the_speaker = true;
        }
        // "a battalion commander told journalists in Dnipropetrovsk": where the speaker
        // spoke, not where the story happened.
        if before.ends_with("in ") && SPOKE_IN_BEFORE.is_match(before) {
            place.reference = true;
            place.about_the_speaker = true;
        }
        // "KYIV, Ukraine (AP) —": a dateline says where the reporter filed, which places an
        // event only when nothing else does; "this city" may still point back to it.
        if super::context::opens_a_dateline(text, &place.span) {
            place.about_the_speaker = true;
        }
    }
    for i in 1..places.len() {
        if places[i].sentence != places[i - 1].sentence {
            continue;
        }
        let gap = &text[places[i - 1].span.end..places[i].span.start];
        // "attacked northeast of Kupiansk near Dvorichna": after a compass reference, the
        // name is the place and the compass point's town only locates it. A parenthesis
        // locates the name before it, whatever that is ("northwest of Krasnohorivka (just
        // north of Avdiivka)", "near Klishchiivka (7km southwest of Bakhmut)").
        let parenthesis = gap.trim_start().starts_with('(');
        // "near Kupiansk and Izium": a list of locating places; but "Vovchenka in Kharkiv
        // and Illinka in the Donetsk region" lists two located places, each with its own.
        let located_itself = places.get(i + 1).is_some_and(|next| {
            next.sentence == places[i].sentence
                && LOCATING_GAP.is_match(&text[places[i].span.end..next.span.start])
        });
        // "captured Novoserhiivka in the Donetsk region and Dachne": a settlement after an
        // oblast that locates is no further locating name, but the list of places taken
        // going on.
        let smaller_than_the_locator = gazetteer.entry(places[i].entry).kind
            < gazetteer.entry(places[i - 1].entry).kind
            && matches!(
                gazetteer.entry(places[i - 1].entry).kind,
                Kind::Oblast | Kind::Region
            );
        if (LOCATING_GAP.is_match(gap) && (parenthesis || !places[i - 1].is_compass_reference()))
            || (places[i - 1].reference
                && AND.is_match(gap)
                && !located_itself
                && !smaller_than_the_locator)
        {
            places[i].reference = true;
        }
    }
}
