//! Where an event happened.
//!
//! In order: the places named just after the trigger ("fight in Mariupol", "encircled near
//! the towns of Severodonetsk and Lysychansk"; the first list of them, or the way in: "via
//! Drobysheve"), then those of its clause, then of its
//! sentence; among them the most specific kind (site, settlement, raion, region), and of
//! that kind the last group of coordinated names, whose first member is the place and the
//! others are listed. A name that only locates another ("Sirotyne near Severodonetsk") is
//! passed over. With no place in the sentence, the article's focus (a place named in the
//! two sentences before) is used at precision 2. Political events (annexation) are placed at
//! the region they concern. Oblasts named together become the region that spans them
//! (Donetsk and Luhansk: Donbas).

use super::triggers::EventType;
use super::EventPlace;
use crate::gazetteer::{Gazetteer, Kind};
use crate::places::PlaceMention;
use crate::sentences::Sentence;
use once_cell::sync::Lazy;
use regex::Regex;
use std::ops::Range;

/// What may stand between two members of a list of places: a comma or a conjunction ("as
/// well as" too; before
/// "the town of" too: "the city of Kharkiv and the town of Chuhuiv"), a repeated preposition
/// ("killed three in Bakhmut and one in Soledar", "and another was wounded in nearby Dachne"),
/// or an appositive that locates the first ("Kotlyne, west of Pokrovsk, and Yelyzavetivka";
/// ISW's "near Synkivka (northeast of Kupyansk) and Stelmakhivka").
static GROUP_GAP: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"^\s*(?:,|and|or|, and|&|,?\s*as\s+well\s+as)\s*(?:the\s+(?:[a-z-]+\s+)?(?:city|town|village|settlement)\s+of\s+|(?:neighbouring|neighboring|nearby|adjacent)\s+)?$|^\s*(?:(?:over|on|during|overnight|last)\s+(?:the\s+)?[\w-]+\s+)?(?:,\s*(?:and\s+|or\s+)?|(?:and|or)\s+)(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|another|more|others?)\s+(?:(?:was|were|had\s+been|have\s+been)\s+(?:\w+\s+){0,2}?)?)?(?:in|near|at|around)\s+(?:nearby\s+)?$|^\s*,\s+(?:[\w-]+\s+){1,3}of\s+\p{Lu}[\w'\u2019-]*(?:\s+\p{Lu}[\w'\u2019-]*)?\s*,\s*(?:and\s+|or\s+)?(?:the\s+(?:[a-z-]+\s+)?(?:city|town|village|settlement)\s+of\s+)?$|^\s*\(\s*(?:[\w-]+\s+){1,3}of\s+\p{Lu}[\w'\u2019-]*(?:\s+\p{Lu}[\w'\u2019-]*)?\s*\)\s*,?\s*(?:and\s+|or\s+)?(?:the\s+(?:[a-z-]+\s+)?(?:city|town|village|settlement)\s+of\s+)?$",
    )
});

/// A town described by its pair: "the twin city of", "the sister town of", "a neighbour of".
static TWIN_OF: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)\b(?:twin|sister)\s+(?:city|town|village)\s+of\s+$|\b(?:a|the)\s+(?:neighbou?r|suburb|satellite\s+town)\s+of\s+$",
    )
});

/// A report added to the one told: ", adding that", ", saying".
static ADDED_REPORT: Lazy<Regex> =
    Lazy::new(|| crate::words::regex(r"(?i),\s+(?:adding|saying|noting|warning|stressing)\b"));
/// A pointer back to the axis of a front named before: "in this direction", "on that axis".
static THIS_DIRECTION: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(r"(?i)\b(?:in|on|along)\s+(?:this|that)\s+(?:direction|axis|sector)\b")
});
/// After a name, the word that makes it an axis: "Pokrovsk direction:", "the Lyman axis".
static AXIS_NAMED: Lazy<Regex> =
    Lazy::new(|| crate::words::regex(r"(?i)^\s+(?:direction|axis|sector)\b"));
/// A monitor's verb of perceiving, whose "from the direction of" locates what it perceived.
static HEARD_BEFORE: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(r"(?i)\b(?:heard|recorded|observed|saw|seen|detected|registered)\b")
});
/// How long what was fired may be between "fired" and "from" ("fired Grad rockets from").
const FIRED_OBJECT_BYTES: usize = 40;

/// How many words after a trigger still belong to its phrase ("captured near the eastern
/// city of Rubizhnoye").
const TRIGGER_PHRASE_WORDS: usize = 12;
/// How many sentences back the article's focus reaches.
const FOCUS_SENTENCES: usize = 2;

/// What the placer needs to know.
pub struct PlaceContext<'a> {
    /// The document text.
    pub text: &'a str,
    /// All places of the document.
    pub places: &'a [PlaceMention],
    /// The gazetteer.
    pub gazetteer: &'a Gazetteer,
    /// The document's sentences.
    pub sentences: &'a [Sentence],
}

/// Places an event of `event_type` whose trigger is at `trigger` in `clause` of sentence
/// `sentence`.
pub fn place_event(
    ctx: &PlaceContext,
    sentence: usize,
    clause: &Range<usize>,
    trigger: &Range<usize>,
    event_type: EventType,
) -> Option<EventPlace> {
    let g = ctx.gazetteer;
    let usable = |p: &PlaceMention| {
        g.entry(p.entry).kind != Kind::Country && !p.about_the_speaker && !p.road_end
    };
    let mut in_sentence = places_of(ctx, sentence, usable);
    // "\"The Russians are advancing from several directions,\" Haidai said, adding that the
    // road between Lysychansk and Bakhmut was under constant fire": the places of a report
    // added after the clause are that report's.
    if let Some(sentence_span) = ctx.sentences.get(sentence).map(|s| s.span.clone()) {
        let rest = &ctx.text[clause.end.min(sentence_span.end)..sentence_span.end];
        if let Some(added) = ADDED_REPORT.find(rest) {
            let from = clause.end + added.start();
            in_sentence.retain(|p| p.span.start < from);
        }
    }
    let phrase_end = phrase_end(ctx.text, trigger.end, clause.end);
    if let Some(place) = the_republic_taken(ctx, event_type, trigger.end..phrase_end) {
        return Some(place);
    }
    // The trigger's phrase: a name right before it that modifies it ("the Azot bombardment",
    // "the Kramatorsk strike"), else the names after it.
    let modifies_trigger = |p: &PlaceMention| {
        p.span.end <= trigger.start
            && p.span.start >= clause.start
            && ctx.text[p.span.end..trigger.start]
                .chars()
                .all(char::is_whitespace)
    };
    let mut modifier: Vec<&PlaceMention> = in_sentence
        .iter()
        .copied()
        .filter(|p| modifies_trigger(p))
        .collect();
    // "Kupiansk, Kivsharivka and Hlushkivka came under enemy fire": the name before the
    // trigger ends a list, and the whole list is the subject.
    if let Some(&last) = modifier.first() {
        let at = in_sentence.iter().position(|p| std::ptr::eq(*p, last));
        if let Some(at) = at {
            let mut first = at;
            while first > 0 && in_one_group(ctx, in_sentence[first - 1], in_sentence[first]) {
                first -= 1;
            }
            if first < at {
                modifier = in_sentence[first..=at].to_vec();
            }
        }
    }
    // A settlement or site that modifies the trigger is its place; an area so written ("In
    // Donetsk Oblast shelling killed two people in Toretsk") gives way to a settlement after.
    let local = |p: &&PlaceMention| matches!(g.entry(p.entry).kind, Kind::Settlement | Kind::Site);
    let in_phrase: Vec<&PlaceMention> = if modifier.iter().any(local) {
        modifier.into_iter().filter(local).collect()
    } else {
        // "captured Sontsivka and advanced near Pushkine": the names right after the
        // trigger, not those of a later phrase; but a way in ("pressuring Lyman from the
        // northwest via Drobysheve") is where the pressing happens.
        let after: Vec<&PlaceMention> = in_sentence
            .iter()
            .copied()
            .filter(|p| p.span.start >= trigger.start && p.span.end <= phrase_end)
            .collect();
        let via = after
            .iter()
            .position(|p| matches!(p.relation.as_deref(), Some("via" | "through")));
        let first = match via {
            Some(at) if event_type != EventType::Evacuation => at,
            _ => 0,
        };
        let group_end = after[first..]
            .iter()
            .zip(after[first..].iter().skip(1))
            // "advances southwest of Avdiivka near the village of Krasnohorivka": a compass
            // point's town only leads to the name it locates.
            .position(|(a, b)| {
                !a.reference
                    && !a.is_compass_reference()
                    && !b.reference
                    && !in_one_group(ctx, a, b)
            })
            .map_or(after.len(), |i| first + i + 1);
        let mut group: Vec<&PlaceMention> = after[first..group_end].to_vec();
        // "retaken several villages north of Kharkiv, including Tsyrkuny, Cherkaski Tyshky,
        // Ruski Tyshky and Rubizhne": a list begun in the phrase runs on past its end.
        if group_end == after.len() {
            while let Some(&next) = group.last().and_then(|&last| {
                in_sentence.iter().find(|p| {
                    p.span.end > phrase_end
                        && p.span.end <= clause.end
                        && p.span.start >= last.span.end
                        && in_one_group(ctx, last, p)
                })
            }) {
                group.push(next);
            }
        }
        group.into_iter().chain(modifier).collect()
    };
    let in_clause: Vec<&PlaceMention> = in_sentence
        .iter()
        .copied()
        .filter(|p| p.span.start >= clause.start && p.span.end <= clause.end)
        .collect();
    // "swept east from Balakliia, which they recaptured on Thursday, and entered
    // Kupiansk", "a forest near Izium, recaptured from Russian forces last week", "20 km
    // northeast of Pokrovsk, which has been under assault for months": a relative
    // clause's place is the name its pronoun or participle follows.
    // "except the Azot chemical plant, where hundreds of civilians have been sheltering":
    // so is the place of a clause after ", where".
    let after_where = ctx.text[..clause.start].trim_end().ends_with(", where");
    let relative = after_where
        || super::clauses::opens_a_relative_clause(&ctx.text[clause.clone()])
        || super::clauses::opens_a_reduced_relative(&ctx.text[clause.clone()]);
    if in_clause.is_empty() && relative {
        let antecedent = in_sentence.iter().rposition(|p| {
            let gap = ctx.text[p.span.end.min(clause.start)..clause.start].trim();
            let gap = if after_where {
                gap.trim_end_matches("where").trim_end()
            } else {
                gap
            };
            p.span.end <= clause.start && gap.trim_end_matches(',').trim().is_empty()
        });
        if let Some(at) = antecedent {
            // "near Lyptsi, north of Kharkiv, where Russian forces had advanced": a compass
            // point's town only locates the name before it, which is where.
            // (Not a list's last member: "near Pokrovsk, Kostiantynivka and Dobropillia, where".)
            let listed = at > 0
                && GROUP_GAP
                    .is_match(&ctx.text[in_sentence[at - 1].span.end..in_sentence[at].span.start]);
            let at = if after_where
                && at > 0
                && !listed
                && (in_sentence[at].is_compass_reference() || in_sentence[at].reference)
            {
                at - 1
            } else {
                at
            };
            // "the Azovstal steelworks in the southern port of Mariupol, where hundreds took
            // shelter": the site the town only locates is where.
            let located = at
                .checked_sub(1)
                .map(|before| in_sentence[before])
                .filter(|site| {
                    let gap = &ctx.text[site.span.end..in_sentence[at].span.start];
                    after_where
                        && g.entry(site.entry).kind == Kind::Site
                        && gap.contains(" in ")
                        && !gap.contains([',', ';'])
                        && gap.len() <= 40
                });
            return Some(EventPlace::named_by(located.unwrap_or(in_sentence[at]), g));
        }
    }
    // "Pokrovsk direction: ... 214 occupiers were killed and 143 wounded in this direction
    // today": the axis named last.
    if in_clause.is_empty() && THIS_DIRECTION.is_match(&ctx.text[clause.clone()]) {
        let axis =
            ctx.places.iter().rev().find(|p| {
                p.span.end <= clause.start && AXIS_NAMED.is_match(&ctx.text[p.span.end..])
            });
        if let Some(axis) = axis {
            return Some(EventPlace::from_context(axis.entry, 2));
        }
    }
    let only_own_words = event_type.placed_only_by_its_own_words()
        && !(event_type == EventType::Prisoners && taken_in_battle(&ctx.text[clause.clone()]));
    // "intensified their assault on Sievierodonetsk, shelling residential areas and trying
    // to encircle troops in Lysychansk": a participle's clause goes on with the clause before
    // it, and takes that clause's place before a later clause's.
    let participle_clause = ctx.text[clause.clone()]
        .split(' ')
        .next()
        .is_some_and(|w| w.ends_with("ing") && w.starts_with(|c: char| c.is_ascii_lowercase()));
    // "Russian forces are trying to encircle it from the north and south, attacking around
    // ... the village of Stepove": a happening whose object is "it" is at a place named
    // before it ("seized Pishchane last month before Ukrainian troops retook it"), in its
    // sentence or the story before, not at another clause's later name.
    let object_it = in_clause.is_empty() && object_it_after(&ctx.text[trigger.end..]);
    let before_the_clause: Vec<&PlaceMention> = if participle_clause || object_it {
        in_sentence
            .iter()
            .copied()
            .filter(|p| p.span.end <= clause.start)
            .collect()
    } else {
        Vec::new()
    };
    let sentence_scope: &[&PlaceMention] = if object_it || !before_the_clause.is_empty() {
        &before_the_clause
    } else {
        &in_sentence
    };
    let ordered: [&[&PlaceMention]; 3] = if event_type.is_territorial() {
        // "a day after Putin proclaimed the annexation of four Ukrainian regions": territory
        // named as many regions is none of the sentence's places.
        if in_clause.is_empty() && names_no_single_place(ctx, sentence, clause) {
            return None;
        }
        [&in_clause, sentence_scope, &[]]
    } else {
        [&in_phrase, &in_clause, sentence_scope]
    };
    // "Russian forces now control about 20% of Ukrainian territory, ..., as fierce street
    // fighting raged in Sievierodonetsk": ground held over the whole country takes no place
    // of the sentence's other clauses (a strike "against Ukraine overnight, hitting Kyiv and
    // Dnipro" is where the participle says it hit).
    if in_clause.is_empty()
        && (event_type.is_change_of_state() || event_type == EventType::Advance)
        && country_wide(ctx, clause)
    {
        return None;
    }
    // In the trigger's phrase and its clause a name that is only a destination or a
    // reference ("forced 2,000 people to flee towards Kharkiv") gives way to the next,
    // wider scope; the sentence's names are taken as they are.
    for (k, candidates) in ordered.into_iter().enumerate() {
        // "destroyed the last bridge to the city, ... in the Donbas region": "the city" in
        // the trigger's phrase points back before a wider name of the clause counts.
        // "captured a string of villages southeast of the city ..., including Novohrodivka
        // and Orlivka": a town pointed back to only to say where others lie is not the one.
        if k == 1
            && !event_type.is_territorial()
            && !COMPASS_POINTER.is_match(&ctx.text[trigger.start..phrase_end])
        {
            let phrase = trigger.start..phrase_end;
            // "launched a cross-border offensive in the region", "had not entered the
            // region": so does a region the happening is in (not one people flee: "to flee
            // the region" leave from where they are).
            static IN_THE_REGION: Lazy<Regex> = Lazy::new(|| {
                crate::words::regex(
                    r"(?i)\b(?:in|across|throughout|into|entered|entering|enter|enters)\s+the\s+(?:region|oblast|province)\b",
                )
            });
            // A pointer is no name of the event's own, which some events need.
            let in_the_region = || {
                (!event_type.placed_only_by_its_own_words()
                    && IN_THE_REGION.is_match(&ctx.text[phrase.clone()]))
                .then(|| the_area_named_before(ctx, &phrase, &THE_REGION, Kind::Oblast))
                .flatten()
            };
            if let Some(place) =
                the_area_named_before(ctx, &phrase, &THE_SETTLEMENT, Kind::Settlement)
                    .or_else(|| the_area_named_before(ctx, &phrase, &THE_SITE, Kind::Site))
                    .or_else(in_the_region)
            {
                return Some(place);
            }
        }
        // "took Stepove, north of Avdiivka, two weeks after Ukrainian troops withdrew from
        // the town": a clause that names no place but points back to "the town" means that
        // town, not the other names of its sentence.
        if k == 1 && event_type.is_territorial() && in_clause.is_empty() {
            if let Some(place) =
                the_area_named_before(ctx, clause, &THE_SETTLEMENT, Kind::Settlement)
            {
                return Some(place);
            }
        }
        // "The town, about 10 kilometres west of Bakhmut, has been under bombardment": when
        // the sentence's names only locate, "the town" points back to the one meant, in the
        // trigger's clause or one before it ("Rebels encircled the town, about 30 kilometers
        // east of Donetsk, last week after a counteroffensive").
        if k == 2 && !event_type.is_territorial() && !candidates.is_empty() {
            let sentence_start = ctx
                .sentences
                .get(sentence)
                .map_or(clause.start, |s| s.span.start.min(clause.start));
            let up_to_the_clause = sentence_start..clause.end;
            if THE_SETTLEMENT.is_match(&ctx.text[up_to_the_clause.clone()])
                && choose(ctx, candidates, event_type, false, Which::LastNamed).is_none()
            {
                if let Some(place) =
                    the_area_named_before(ctx, &up_to_the_clause, &THE_SETTLEMENT, Kind::Settlement)
                {
                    return Some(place);
                }
            }
        }
        // "seized Novoazovsk and were advancing towards Mariupol": an advance's heading in
        // its own clause is where it presses, before a place of another clause.
        let references_will_do =
            (k == 2 && !only_own_words) || (k == 1 && event_type == EventType::Advance);
        // "made advances near Krasnohorivka and north of the town near Stepove": the trigger's
        // own phrase names its place first; a wider scope's latest name is the one the
        // story has come to.
        let which = if k == 0 {
            Which::FirstNamed
        } else {
            Which::LastNamed
        };
        if let Some(place) = choose(ctx, candidates, event_type, references_will_do, which) {
            // "shelled 12 settlements in Kharkiv Oblast, including Kupiansk, Vovchansk
            // and Lyptsi": settlements of the area named later in the clause are where.
            if k == 0 && !event_type.is_territorial() && settles_inside(ctx, &place, &in_clause) {
                if let Some(inside) = choose(ctx, &in_clause, event_type, false, Which::LastNamed) {
                    return Some(inside);
                }
            }
            // ("press ahead with an offensive in the north of the region": a part of the
            // area, not its story town.)
            let area_part = {
                let text = &ctx.text[clause.clone()];
                [" the region", " the oblast", " the province"]
                    .iter()
                    .any(|w| text.contains(w))
                    && AREA_PART.is_match(text)
            };
            if k == 2 && !event_type.is_territorial() && !area_part {
                return Some(the_story_town_within(ctx, place, clause.start));
            }
            return Some(place);
        }
    }
    if only_own_words || elsewhere(ctx, clause) || country_wide(ctx, clause) {
        return None;
    }
    // "evacuated 27 settlements in the district": many places, all in the area pointed back to.
    if let Some(place) = the_area_named_before(ctx, clause, &THE_REGION, Kind::Oblast)
        .or_else(|| the_area_named_before(ctx, clause, &THE_DISTRICT, Kind::Raion))
    {
        return Some(place);
    }
    // "Kharkiv regional governor Oleh Syniehubov said nearly 4,000 people had been
    // evacuated from the border areas": many places, all in the region of the official's
    // title, when one is named. ("He said the town had been shelled continuously, and that
    // Russian aircraft had carried out at least 15 air strikes": a sentence that points back
    // to its town counts strikes on that town.)
    if ctx.sentences.get(sentence).is_some_and(|s| {
        let s = &ctx.text[s.span.clone()];
        totals_or_many_places(s) && !THE_SETTLEMENT.is_match(s)
    }) {
        let titles = places_of(ctx, sentence, |p| {
            p.about_the_speaker && g.entry(p.entry).kind == Kind::Oblast
        });
        return choose(ctx, &titles, event_type, true, Which::LastNamed)
            .map(|p| EventPlace { span: None, ..p });
    }
    if let Some(place) = the_area_named_before(ctx, clause, &THE_SETTLEMENT, Kind::Settlement)
        .or_else(|| the_area_named_before(ctx, clause, &THE_SITE, Kind::Site))
    {
        return Some(place);
    }
    // "Maliar said fierce fighting was continuing and that Ukrainian troops still held
    // facilities in the south-western part of the city": a sentence that points back to
    // the city tells of it in each of its clauses.
    if let Some(place) = ctx.sentences.get(sentence).and_then(|s| {
        the_area_named_before(
            ctx,
            &(s.span.start..s.span.end),
            &THE_SETTLEMENT,
            Kind::Settlement,
        )
    }) {
        return Some(place);
    }
    // The article's focus: the place an event there would have had, in the latest of the
    // sentences just before that names one.
    // A sentence whose only names cannot place it ("soldiers arriving in Artemivsk") is
    // passed over for the one before.
    let topic = topic_start(ctx.text, ctx.sentences, sentence);
    for focus_sentence in (sentence.saturating_sub(FOCUS_SENTENCES).max(topic)..sentence).rev() {
        let there = places_of(ctx, focus_sentence, usable);
        // "The town, about 10km north of occupied Donetsk, has been a stronghold since
        // 2014": a sentence whose names only locate the town it points back to is about
        // that town.
        if !there.is_empty()
            && there
                .iter()
                .all(|p| p.reference || p.is_compass_reference())
        {
            let span = ctx.sentences[focus_sentence].span.clone();
            if let Some(town) = the_area_named_before(ctx, &span, &THE_SETTLEMENT, Kind::Settlement)
            {
                return Some(town);
            }
        }
        if let Some(focus) = choose(ctx, &there, event_type, true, Which::LastNamed) {
            // "had taken control of nine villages in the Kharkiv region, including Pylna,
            // Strilecha and Borysivka. More than 7,500 people have been evacuated": a list
            // of settlements makes none of them the story's place; the area they are in is.
            let listed = there.iter().zip(there.iter().skip(1)).any(|(a, b)| {
                (a.entry == focus.entry || b.entry == focus.entry) && in_one_group(ctx, a, b)
            });
            let focus = if !listed {
                focus
            } else {
                let settlement = g.entry(focus.entry);
                there
                    .iter()
                    .find(|p| {
                        let area = g.entry(p.entry);
                        matches!(area.kind, Kind::Oblast | Kind::Raion)
                            && settlement.shares_an_oblast_with(area)
                    })
                    .map_or(focus, |area| EventPlace::named_by(area, g))
            };
            // "In Donetsk city, the SMM saw four craters in the Kuibyshevskyi district. ...
            // Lysenko said two soldiers had been killed": a district of a city told of
            // before is the city for what comes after.
            let focus = if g.entry(focus.entry).is_city_section() {
                let section = g.entry(focus.entry);
                there
                    .iter()
                    .find(|p| {
                        let town = g.entry(p.entry);
                        town.kind == Kind::Settlement
                            && !town.is_city_section()
                            && town.point().distance_km(&section.point()) <= CITY_SECTION_KM
                    })
                    .map_or(focus, |town| EventPlace::named_by(town, g))
            } else {
                focus
            };
            let kind = g.entry(focus.entry).kind;
            let focus = EventPlace {
                span: None,
                precision: kind.geo_precision().max(2),
                relation: None,
                others: Vec::new(),
                listed: Vec::new(),
                ..focus
            };
            return Some(the_story_town_within(ctx, focus, clause.start));
        }
        // "Fewer than 5,000 of the city's residents remain. Police have been evacuating
        // those willing to leave": a sentence that names no place but points back to its
        // town is about that town.
        if there.is_empty() {
            let span = ctx.sentences[focus_sentence].span.clone();
            if let Some(town) = the_area_named_before(ctx, &span, &THE_SETTLEMENT, Kind::Settlement)
            {
                return Some(town);
            }
        }
    }
    // "Only about 80 residents remained in the city, the Toretsk military administration
    // head said. Two of them were killed by a drone strike": a town's own official speaks
    // of that town, when the sentences just before name no other.
    for focus_sentence in (sentence.saturating_sub(FOCUS_SENTENCES).max(topic)..sentence).rev() {
        let officials_town = places_of(ctx, focus_sentence, |p| {
            p.about_the_speaker && g.entry(p.entry).kind == Kind::Settlement
        });
        if let Some(town) = choose(ctx, &officials_town, event_type, true, Which::LastNamed) {
            return Some(EventPlace::from_context(town.entry, 2));
        }
    }
    // Last, the region in the title of the official who reports it: taken from the
    // context, not named for the event.
    let titles = places_of(ctx, sentence, |p| p.about_the_speaker);
    choose(ctx, &titles, event_type, true, Which::LastNamed).map(|p| EventPlace { span: None, ..p })
}

/// Whether a clause tells of soldiers taken prisoner in the fighting ("Rebels said they had
/// taken hundreds of Ukrainian soldiers prisoner", "had captured 16 Ukrainian soldiers"), which is where the fighting was, and
/// not of an exchange or a release, which is somewhere else.
fn taken_in_battle(clause: &str) -> bool {
    static TAKEN: Lazy<Regex> = Lazy::new(|| {
        crate::words::regex(
            r"(?i)\b(?:taken|took|take|taking|captured|capturing)\b[^.;]{0,60}?\bprisoners?\b|\b(?:captured|capturing)\s+(?:about\s+|some\s+|more\s+than\s+|at\s+least\s+)?(?:\d[\d,]*|dozens\s+of|hundreds\s+of|two|three|four|five|six|seven|eight|nine|ten|several)\s+(?:Ukrainian\s+|Russian\s+|enemy\s+)?(?:soldiers|troops|servicemen|fighters|marines|paratroopers)\b",
        )
    });
    static HANDED_OVER: Lazy<Regex> = Lazy::new(|| {
        crate::words::regex(
            r"(?i)\b(?:exchang\w*|swap\w*|releas\w*|freed|returned|repatriat\w*|handed\s+over|held|camps?|colony|prison)\b",
        )
    });
    TAKEN.is_match(clause) && !HANDED_OVER.is_match(clause)
}

/// How many sentences back a new topic's opening is looked for: a story told after it
/// rarely runs longer.
const TOPIC_LOOKBACK: usize = 8;

/// The first sentence of the topic that sentence `sentence` belongs to: the latest one, up
/// to it, that opens with "Separately," or "Elsewhere,". The places of the sentences before
/// a new topic are not its places ("Separately, Russia launched 46 drones at Ukraine
/// overnight. Air defences shot down 31 drones." is not at the town of the story before).
pub fn topic_start(text: &str, sentences: &[Sentence], sentence: usize) -> usize {
    static NEW_TOPIC: Lazy<Regex> = Lazy::new(|| {
        crate::words::regex(r"(?i)^(?:separately|elsewhere|in\s+other\s+(?:news|developments))\b")
    });
    (sentence.saturating_sub(TOPIC_LOOKBACK)..=sentence)
        .rev()
        .find(|&si| {
            sentences.get(si).is_some_and(|s| {
                if opens_a_list_item(text, s.span.start) {
                    return true;
                }
                let opening =
                    text[s.span.clone()].trim_start_matches(|c: char| !c.is_alphanumeric());
                // Only a sentence that opens with "s", "e" or "i" can start a topic: the
                // check costs less than the pattern, for every event without a place.
                opening
                    .bytes()
                    .next()
                    .is_some_and(|b| matches!(b | 0x20, b's' | b'e' | b'i'))
                    && NEW_TOPIC.is_match(opening)
            })
        })
        .unwrap_or(0)
}

/// Whether the sentence starting at `start` opens a line marked as a list item ("- Russian
/// shelling killed two civilians", "• Ukrainian drones hit ..."): a digest's items are
/// separate stories, and one does not take the place of the item before it.
fn opens_a_list_item(text: &str, start: usize) -> bool {
    let line_start = text[..start].rfind(['\n', '\r']).map_or(0, |i| i + 1);
    let opening = text[line_start..].trim_start();
    let mut chars = opening.chars();
    let marker = chars.next();
    // Only spaces may stand between the line's start and the sentence, beside the marker.
    let before_is_marker = text[line_start..start]
        .trim()
        .chars()
        .all(|c| Some(c) == marker);
    before_is_marker
        && matches!(
            marker,
            Some('-' | '\u{2022}' | '*' | '\u{2013}' | '\u{2014}' | '\u{25aa}' | '\u{00b7}')
        )
        && chars.next().is_some_and(char::is_whitespace)
}

/// An event placed by another clause's or sentence's area ("Thousands had gathered at the
/// station to be evacuated, as Russian forces prepare for an offensive in the Donbas") is at
/// the settlement the article has named most before `before`, when that lies in the area:
/// the story's town (precision 2). Otherwise `place` as it is.
fn the_story_town_within(ctx: &PlaceContext, place: EventPlace, before: usize) -> EventPlace {
    let g = ctx.gazetteer;
    let area = g.entry(place.entry);
    if !matches!(area.kind, Kind::Oblast | Kind::Raion | Kind::Region) {
        return place;
    }
    // "2 in Pokrovsk, 1 in Myrnohrad and 1 in Ukrainsk ... In Pokrovsk, ... In
    // Myrnohrad, ...": a summary that names its towns as often as one another has no town
    // of its own, and stays at the area.
    let mut counts: rustc_hash::FxHashMap<u32, usize> = Default::default();
    for p in ctx.places.iter().filter(|p| p.span.end <= before) {
        let e = g.entry(p.entry);
        if !p.reference && e.kind == Kind::Settlement && e.lies_within(area) {
            *counts.entry(p.entry).or_insert(0) += 1;
        }
    }
    let top = counts.values().copied().max().unwrap_or(0);
    if counts.values().filter(|&&n| n == top).count() > 1 {
        return place;
    }
    let entry = most_named(ctx, before, |p| {
        let e = g.entry(p.entry);
        !p.reference && e.kind == Kind::Settlement && e.lies_within(area)
    });
    entry.map_or(place, |entry| EventPlace::from_context(entry, 2))
}

/// The entry named most often before byte `before` among the mentions `counts` accepts, the
/// later one of a tie: the story's own place, not one listed in passing.
fn most_named(
    ctx: &PlaceContext,
    before: usize,
    counts: impl Fn(&PlaceMention) -> bool,
) -> Option<u32> {
    // Each entry's count and last mention, in one pass: the most named wins, and of two
    // named as often, the one named last.
    let mut named: rustc_hash::FxHashMap<u32, (usize, usize)> = Default::default();
    for (at, p) in ctx
        .places
        .iter()
        .filter(|p| p.span.end <= before && counts(p))
        .enumerate()
    {
        let seen = named.entry(p.entry).or_insert((0, at));
        *seen = (seen.0 + 1, at);
    }
    named
        .into_iter()
        .max_by_key(|&(_, key)| key)
        .map(|(entry, _)| entry)
}

/// The places of sentence `sentence` that `keep` accepts, in text order.
fn places_of<'a>(
    ctx: &PlaceContext<'a>,
    sentence: usize,
    keep: impl Fn(&PlaceMention) -> bool,
) -> Vec<&'a PlaceMention> {
    ctx.places
        .iter()
        .filter(|p| p.sentence == sentence && keep(p))
        .collect()
}

/// Whether `place` is an area (oblast, raion, region) and `clause` names a settlement in it.
fn settles_inside(ctx: &PlaceContext, place: &EventPlace, clause: &[&PlaceMention]) -> bool {
    let g = ctx.gazetteer;
    let area = g.entry(place.entry);
    if !matches!(area.kind, Kind::Oblast | Kind::Raion | Kind::Region) {
        return false;
    }
    clause.iter().any(|p| {
        let e = g.entry(p.entry);
        !p.reference && e.kind == Kind::Settlement && e.shares_an_oblast_with(area)
    })
}

/// Whether the clause speaks of a place the gazetteer does not hold ("in Russia's Belgorod",
/// "Bryansk oblasts", "inside Russia"): then the article's focus is not its place either.
/// "Russia's Ministry of Foreign Affairs" is an institution, not a place.
fn elsewhere(ctx: &PlaceContext, clause: &Range<usize>) -> bool {
    crate::places::abroad::names_a_place_not_held(ctx.text, clause, ctx.places)
}

/// How far from its city's point a district of the city may lie (Kharkiv's and Donetsk's
/// districts are up to 10 km from their centres).
const CITY_SECTION_KM: f64 = 15.0;
/// Whether `after` a trigger opens with "it" as its object: "encircle it", "took it." (a
/// byte test: this runs for every event).
fn object_it_after(after: &str) -> bool {
    after
        .strip_prefix(' ')
        .and_then(|rest| rest.strip_prefix("it"))
        .is_some_and(|rest| {
            rest.is_empty() || rest.starts_with(|c: char| c.is_whitespace() || ",.;:".contains(c))
        })
}
/// "the city", "the town", "the village", "the ruined city", "the hilltop town", "the
/// Russian-held city", "the railway hub" (not "the town of X", nor "the nearby town", which
/// is another: see [`ANOTHER_PLACE`]).
static THE_SETTLEMENT: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)\bthe\s+(?:(?-i:[a-z][a-z-]*|[A-Z][a-z]*-[a-z-]+)\s+){0,2}(?:city|town|village|settlement|hub|stronghold)(?:['\u2019]s)?\b",
    )
});
/// Words that make "the town" one not named before: "the nearby town", "the neighbouring
/// village", "the next village".
static ANOTHER_PLACE: Lazy<crate::words::AnyCase> = Lazy::new(|| {
    crate::words::AnyCase::new(&[
        "nearby",
        "neighbouring",
        "neighboring",
        "next",
        "other",
        "nearest",
        "twin",
        "sister",
        "border",
        "home",
        "capital",
        "same-name",
    ])
});
/// A compass point of "the city": "southeast of the city", "north of the town".
/// A part of the area pointed back to: "in the north of the region", "across the oblast".
static AREA_PART: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)\b(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|northern|southern|eastern|western|rest|parts?)\s+(?:parts?\s+)?of|across|throughout)\s+the\s+(?:region|oblast|province)\b",
    )
});
static COMPASS_POINTER: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)\b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+(?:of|outskirts\s+of)\s+the\s+(?:city|town|village)\b",
    )
});
/// "the plant", "the steelworks": a site named before ("Ukrainian troops trapped in the
/// plant" after "the Azot chemical plant"); an airport's terminal ("the new terminal") is
/// the airport.
static THE_SITE: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)\bthe\s+(?:(?:chemical|steel|power|nuclear)\s+)?(?:plant|steelworks|factory|works|airport)\b|\bthe\s+(?:(?:new|old|main)\s+)?terminal\b",
    )
});
/// "the region", "the oblast" (not "the region of X").
/// "the district", "the raion" (not "the district of X"): the raion named before ("more
/// than 2,000 people have left the district" after "the Kupiansk district").
static THE_DISTRICT: Lazy<Regex> =
    Lazy::new(|| crate::words::regex(r"(?i)\bthe\s+(?:district|raion|rayon)(?:['\u2019]s)?\b"));
static THE_REGION: Lazy<Regex> =
    Lazy::new(|| crate::words::regex(r"(?i)\bthe\s+(?:region|oblast|province)(?:['\u2019]s)?\b"));

/// "a missile struck a school in the city centre": "the city" (town, village) is the
/// settlement the article has named most, however far back, at precision 2; "urged all
/// residents of the region to evacuate": "the region" is the oblast named most, at
/// precision 3. An oblast named in an official's title counts; a settlement so named does
/// not.
fn the_area_named_before(
    ctx: &PlaceContext,
    clause: &Range<usize>,
    words: &Regex,
    kind: Kind,
) -> Option<EventPlace> {
    static OF_AFTER: Lazy<Regex> = Lazy::new(|| crate::words::regex(r"^\s+of\b"));
    // Every pattern passed in ends in one of these nouns: a vectorised search settles most
    // ranges before the pattern, whose first word is the common "the", runs.
    static NOUNS: Lazy<crate::words::AnyCase> = Lazy::new(|| {
        crate::words::AnyCase::new(&[
            "city",
            "town",
            "village",
            "settlement",
            "hub",
            "stronghold",
            "plant",
            "steelworks",
            "factory",
            "works",
            "airport",
            "terminal",
            "district",
            "raion",
            "rayon",
            "region",
            "oblast",
            "province",
        ])
    });
    let text = &ctx.text[clause.clone()];
    if !NOUNS.is_match(text) {
        return None;
    }
    // "the town of Bakhmut" names its town; only a bare "the town" points back. (The "of"
    // is looked for past the range's end: a trigger's phrase may stop at "the city".)
    let pointer = words.find_iter(text).find(|m| {
        !OF_AFTER.is_match(&ctx.text[clause.start + m.end()..])
            && !ANOTHER_PLACE.is_match(m.as_str())
    })?;
    let town_or_city = {
        let pointer = pointer.as_str().to_ascii_lowercase();
        ["town", "city", "hub", "stronghold"]
            .iter()
            .any(|noun| pointer.contains(noun))
    };
    let g = ctx.gazetteer;
    // A town named only to say where another lies ("a town west of the city of Donetsk")
    // is not the story's town.
    let counts = |p: &PlaceMention| {
        (kind == Kind::Oblast || !(p.reference || p.is_compass_reference()))
            && g.entry(p.entry).kind == kind
    };
    // "Russian forces had entered Ugledar and ... fighting was under way in the town's
    // eastern districts": one named earlier in the same sentence is the one meant, however
    // often the article has named another.
    let sentence = ctx
        .sentences
        .partition_point(|s| s.span.end <= clause.start);
    // Places are in text order: only those from the pointing words back to their
    // sentence's start are read ("Donetsk regional governor Pavlo Kyrylenko urged the
    // region's residents to evacuate": the region of the title before).
    let before = ctx
        .places
        .partition_point(|p| p.span.end <= clause.start + pointer.start());
    // "took the village of Stepove, north of Avdiivka, two weeks after Ukrainian troops
    // withdrew from the town": a town or city pointed back to is not the place the sentence
    // called a village, but the town it named that village by.
    let a_village_not_the_town = |p: &PlaceMention| town_or_city && called_a_village(ctx.text, p);
    // "Slavyansk mayor Vyacheslav Ponomarev said the city was under siege": the town of the
    // speaker's office, named in the same sentence, is the one meant (not the town a speaker
    // spoke in).
    let mayors_town = |p: &PlaceMention| {
        p.about_the_speaker
            && kind == Kind::Settlement
            && g.entry(p.entry).kind == kind
            && crate::places::office_follows(&ctx.text[p.span.end..])
    };
    let in_sentence = ctx.places[..before]
        .iter()
        .rev()
        .take_while(|p| p.sentence == sentence)
        .find(|p| (counts(p) || mayors_town(p)) && !a_village_not_the_town(p))
        .or_else(|| {
            let first = ctx.places[..before]
                .iter()
                .rposition(|p| p.sentence == sentence && counts(p) && a_village_not_the_town(p))?;
            ctx.places[first + 1..before]
                .iter()
                .take_while(|p| p.sentence == sentence)
                .find(|p| p.is_compass_reference() && g.entry(p.entry).kind == kind)
        });
    // "The strike on a mall in Kharkiv killed 19. Three days later, a missile hit a printing
    // house in the city": the one settlement the sentence before names is the one meant
    // (not one it names as a heading: "continuing to advance towards Kurakhovo").
    // Nor one that only says where the name before it lies: "Svitlodarsk, a town to the
    // south near Debaltseve".
    let heading = |p: &PlaceMention| matches!(p.relation.as_deref(), Some("towards" | "toward"));
    let locates_the_one_before = |p: &PlaceMention| {
        matches!(
            p.relation.as_deref(),
            Some("near" | "close to" | "outside" | "not far from")
        ) && {
            let at = ctx.places.partition_point(|q| q.span.start < p.span.start);
            at.checked_sub(1)
                .and_then(|i| ctx.places.get(i))
                .is_some_and(|q| {
                    q.sentence == p.sentence
                        && ctx
                            .text
                            .get(q.span.end..p.span.start)
                            .is_some_and(|between| {
                                (between.starts_with(", a ") || between.starts_with(", the "))
                                    && !between[1..].contains([',', ';'])
                            })
                })
        }
    };
    // "The brigade, which had been fighting near Bakhmut, arrived over the weekend": a name
    // in a relative clause set off by commas is an aside, not the sentence's town.
    let in_an_aside = |p: &PlaceMention| {
        let start = ctx.sentences.get(p.sentence).map_or(0, |s| s.span.start);
        let before = ctx.text.get(start..p.span.start).unwrap_or("");
        before
            .rfind(", which ")
            .max(before.rfind(", who "))
            .is_some_and(|i| !before[i + 2..].contains(','))
    };
    let just_before = (kind == Kind::Settlement && sentence > 0)
        .then(|| {
            let mut named = ctx.places[..before]
                .iter()
                .rev()
                .skip_while(|p| p.sentence == sentence)
                .take_while(|p| p.sentence + 1 == sentence)
                .filter(|p| {
                    counts(p)
                        && !a_village_not_the_town(p)
                        && !heading(p)
                        && !locates_the_one_before(p)
                        && !in_an_aside(p)
                })
                .map(|p| p.entry);
            let first = named.next()?;
            named.all(|e| e == first).then_some(first)
        })
        .flatten();
    // "evacuation from 27 settlements in the district" when no district was named: the
    // district of the story's town.
    let district_of_the_town = || {
        (kind == Kind::Raion)
            .then(|| {
                let town = most_named(ctx, clause.start, |p| {
                    !(p.reference || p.is_compass_reference())
                        && g.entry(p.entry).kind == Kind::Settlement
                })?;
                g.raion_of(g.entry(town))
            })
            .flatten()
    };
    let precision = if matches!(kind, Kind::Settlement | Kind::Site) {
        2
    } else {
        3
    };
    // The name pointed back to in the same sentence is the name the event is placed by
    // (not a name in a speaker's title).
    if let Some(named) = in_sentence {
        return Some(EventPlace {
            span: (!named.about_the_speaker).then(|| named.span.clone()),
            ..EventPlace::from_context(named.entry, precision)
        });
    }
    // A place named only as a heading counts when no other is named.
    let entry = just_before
        .or_else(|| {
            most_named(ctx, clause.start, |p| {
                counts(p) && !a_village_not_the_town(p) && !heading(p) && !in_an_aside(p)
            })
        })
        .or_else(|| {
            most_named(ctx, clause.start, |p| {
                counts(p) && !a_village_not_the_town(p)
            })
        })
        .or_else(district_of_the_town)
        .or_else(|| oblast_of_the_town(ctx, sentence, before, kind))?;
    Some(EventPlace::from_context(entry, precision))
}

/// "Kharkiv ... has come under attack since Russia launched an offensive in the region":
/// with no oblast named in the sentence or the story, "the region" is the oblast of the
/// settlement the sentence named last before it.
fn oblast_of_the_town(
    ctx: &PlaceContext,
    sentence: usize,
    before: usize,
    kind: Kind,
) -> Option<u32> {
    if kind != Kind::Oblast {
        return None;
    }
    let g = ctx.gazetteer;
    let town = ctx.places[..before]
        .iter()
        .rev()
        .take_while(|p| p.sentence == sentence)
        .find(|p| g.entry(p.entry).kind == Kind::Settlement)?;
    g.oblast(g.entry(town.entry).admin1)
}

/// Whether the text calls the place a village: "the village of Stepove", "the villages of
/// Sieverne and Stepove" (either of them), "Stepove, a village".
fn called_a_village(text: &str, place: &PlaceMention) -> bool {
    static BEFORE: Lazy<Regex> = Lazy::new(|| {
        crate::words::regex(
            r"(?i)\b(?:village|villages|hamlet|hamlets)\s+of\s+(?:(?-i:[A-Z])[a-zA-Z'\u2019-]*(?:\s+(?-i:[A-Z])[a-zA-Z'\u2019-]*)?(?:,\s+(?:and\s+)?|\s+(?:and|or)\s+)){0,6}$",
        )
    });
    static AFTER: Lazy<Regex> = Lazy::new(|| {
        crate::words::regex(r"(?i)^,\s+(?:a|the)\s+(?:small\s+|tiny\s+)?(?:village|hamlet)\b")
    });
    // Anchored at the name, each pattern reads only the few words next to it.
    BEFORE.is_match(&text[..place.span.start]) || AFTER.is_match(&text[place.span.end..])
}

/// Whether the clause says its happening is somewhere the article's other places are not:
/// abroad (`elsewhere`), the whole country (`country_wide`) or many places at once
/// (`totals_or_many_places`, read in the whole sentence). Such an event takes no place
/// from the sentences around it nor from an earlier event.
pub fn names_no_single_place(ctx: &PlaceContext, sentence: usize, clause: &Range<usize>) -> bool {
    elsewhere(ctx, clause)
        || country_wide(ctx, clause)
        || ctx
            .sentences
            .get(sentence)
            .is_some_and(|s| totals_or_many_places(&ctx.text[s.span.clone()]))
}

/// Whether the clause aims its happening at the whole country ("strikes against Ukraine",
/// "control about 20% of Ukrainian territory",
/// "across Ukraine", "launched 74 drones at Ukraine", "strikes against Ukrainian energy
/// infrastructure") or counts it along the whole front
/// ("145 combat engagements were recorded along the front line", "on all fronts"), or takes
/// people from all of it ("evacuated from the frontline", not "from frontline areas of the
/// oblast"): no one place of the article is its place.
fn country_wide(ctx: &PlaceContext, clause: &Range<usize>) -> bool {
    static COUNTRY: Lazy<Regex> = Lazy::new(|| {
        crate::words::regex(
            r"\b(?:against|across|throughout|all\s+over|at|on)\s+(?:the\s+)?(?:whole\s+|entire\s+)?(?:of\s+)?Ukraine\b|\bof\s+(?:Ukrainian|Ukraine['\u2019]s)\s+(?:territory|land)\b|(?:%|\bpercent|\bper\s+cent)\s+of\s+Ukraine\b|\b(?:against|at|on|targeting|targeted)\s+(?:the\s+)?(?:Ukraine['\u2019]s|Ukrainian)\s+(?:[a-z]+\s+){0,2}?(?:infrastructure|grid|energy\s+system|power\s+system|cities|energy\s+facilities)\b",
        )
    });
    static WHOLE_FRONT: Lazy<Regex> = Lazy::new(|| {
        crate::words::regex(
            r"(?i)\b(?:along|across|on)\s+(?:the\s+)?(?:whole\s+|entire\s+)?(?:front\s*line|frontline|front)\b(?:\s*[.;,]|\s*$)|\bon\s+all\s+(?:fronts|front\s+lines|directions|axes)\b|\bfrom\s+(?:the\s+)?(?:front\s*-?line|frontline)(?:\s+(?:areas|communities|settlements|towns|villages|zones))?(?:\s*[.;,]|\s*$|\s+(?:over|during|since|this|last|on|in\s+the\s+past)\b)",
        )
    });
    let clause = &ctx.text[clause.clone()];
    (clause.contains("Ukrain") && COUNTRY.is_match(clause))
        || (clause.contains("ront") && WHOLE_FRONT.is_match(clause))
}

/// Whether a sentence totals the war's losses ("The enemy's losses over the past day
/// amounted to 1,120 personnel") or spreads its happenings over many places ("launched 68
/// air strikes, ..., and carried out 4,200 attacks on the positions of our troops and
/// populated areas", "shelled 15 settlements", "Russia has lost 724,000 troops in Ukraine
/// since the beginning of the full-scale invasion", "Over the past day, the Russian army
/// lost 1,230 soldiers", "22 Ukrainian servicemen had been killed over the past 24 hours",
/// "six soldiers were killed and 16 wounded over the past day", "More than 2,000 people have
/// been killed since the conflict began", "Since 24 February 2022, HRMMU has verified 11,973
/// civilians killed", "a total of 640 aircraft have been destroyed" since the start of the
/// war, "launched 2 missile strikes and 78 air strikes",
/// "used 2,100 kamikaze drones", "air defences shot down 28 drones" or "21 of 28 Shahed
/// drones", "proclaimed the annexation of four Ukrainian regions", "The fighting has killed
/// more than 4,800 people since April", "Russian attacks against Ukrainian settlements",
/// "evacuated from border areas", "has captured about 360 square kilometres of Ukrainian
/// territory"): every clause of it that names no place has none.
fn totals_or_many_places(sentence: &str) -> bool {
    static TOTALS_AND_MANY_PLACES: Lazy<Regex> = Lazy::new(|| {
        crate::words::regex(
            r"(?i)\blosses\b[^.;]{0,60}?\b(?:amounted\s+to|totall?ed|stood\s+at|stand\s+at)\b|\blost\s+(?:about\s+|over\s+|more\s+than\s+|nearly\s+|up\s+to\s+)?\d[\d,]*\s+(?:troops|soldiers|servicemen|personnel)\b(?:,\s+[^.;]{0,60}?)?\s+(?:in\s+Ukraine\s+)?(?:since|(?:over|in)\s+the\s+(?:past|last))\b|\b(?:past|last)\s+(?:day|24\s+hours|week)\b[^.;]{0,60}?\blost\s+(?:about\s+|over\s+|more\s+than\s+|nearly\s+|up\s+to\s+)?\d[\d,]*\s+(?:troops|soldiers|servicemen|personnel)\b|\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[a-zA-Z]+\s+)?(?:troops|soldiers|servicemen|personnel)\s+(?:had\s+been|have\s+been|were)\s+killed\s+(?:and\s+(?:\d[\d,]*\s+)?(?:wounded|injured)\s+)?(?:over|in|during)\s+the\s+(?:past|last|previous)\s+(?:day|24\s+hours|week)\b|\bsince\s+(?:the\s+(?:start|beginning|outbreak|onset)\s+of\s+(?:the\s+|Russia['\u2019]s\s+)?(?:conflict|war|fighting|hostilities|(?:full-scale\s+)?invasion|special\s+military\s+operation)|(?:the\s+)?(?:conflict|war|fighting|hostilities|insurgency|uprising|invasion)\s+(?:began|started|erupted|broke\s+out)|(?:24\s+February|February\s+24),?\s+2022)\b|\b(?:shot\s+down|downed|intercepted)\s+(?:all\s+)?\d+\s+(?:(?:of|out\s+of)\s+(?:the\s+)?\d+\s+)?(?:[a-zA-Z-]+\s+){0,2}?(?:drones|UAVs|missiles|rockets|Shaheds)\b|\b(?:two|three|four|five|\d+)\s+(?:[a-zA-Z-]+\s+)?(?:regions|oblasts|provinces|territories)\b|\bpopulated\s+areas\b|\b(?:border|frontline|front-line)\s+(?:areas|districts|villages|settlements|communities|towns)\b|\b\d[\d,]*\s+(?:missile\s+|air\s+|drone\s+|artillery\s+|guided\s+|aerial\s+|kamikaze\s+|combat\s+|enemy\s+|Russian\s+|hostile\s+)?(?:strikes|airstrikes|attacks|assaults|engagements|clashes|bombs|drones)\b|\b(?:\d+|dozens\s+of|several|numerous)\s+(?:settlements|localities|towns\s+and\s+villages)\b|\b(?:against|on|across)\s+(?:Ukrainian|Russian|frontline|front-line|border)\s+(?:settlements|cities|towns|villages|communities)\b|\b(?:the|this)\s+(?:fighting|conflict|war|insurgency)\s+(?:has|had)\s+(?:now\s+|already\s+)?(?:killed|claimed)\b|\b\d[\d,.]*\s+(?:square\s+(?:kilometres|kilometers|miles)|sq\s+km|km2)\s+of\s+(?:Ukrainian|Russian)?\s*(?:territory|land)\b",
        )
    });
    // Cue words first, in one search: few sentences have one.
    static CUES: Lazy<crate::words::AnyCase> = Lazy::new(|| {
        crate::words::AnyCase::new(&[
            "losses",
            "lost",
            "killed",
            "since",
            "populated",
            "areas",
            "districts",
            "strikes",
            "attacks",
            "assaults",
            "engagements",
            "clashes",
            "bombs",
            "drones",
            "settlements",
            "cities",
            "towns",
            "communities",
            "localities",
            "villages",
            "regions",
            "oblasts",
            "provinces",
            "territories",
            "down",
            "intercepted",
            "square",
            "sq km",
            "km2",
        ])
    });
    CUES.is_match(sentence) && TOTALS_AND_MANY_PLACES.is_match(sentence)
}

/// The byte offset where the trigger's phrase ends: a fixed number of words on, or the
/// clause's end.
fn phrase_end(text: &str, from: usize, clause_end: usize) -> usize {
    let mut words = 0;
    let mut in_word = false;
    for (i, c) in text[from..clause_end].char_indices() {
        if c.is_whitespace() {
            if in_word {
                words += 1;
                if words == TRIGGER_PHRASE_WORDS {
                    return from + i;
                }
            }
            in_word = false;
        } else {
            in_word = true;
        }
    }
    clause_end
}

/// Whether `b` continues the list of places that `a` is in.
fn in_one_group(ctx: &PlaceContext, a: &PlaceMention, b: &PlaceMention) -> bool {
    a.span.end <= b.span.start
        && GROUP_GAP.is_match(&ctx.text[a.span.end..b.span.start])
        && !describes_the_name_before(&ctx.text[a.span.end..b.span.start], &ctx.text[b.span.end..])
}

/// Whether a name set off after another only describes it: "Lysychansk,
/// Sievierodonetsk's twin city", "Lysychansk, the twin city of Sievierodonetsk".
fn describes_the_name_before(gap: &str, after: &str) -> bool {
    let set_off =
        gap.trim_start().starts_with(',') && !gap.contains(" and ") && !gap.contains(" or ");
    // "Sievierodonetsk's outskirts" is a place of its own in a list.
    let possessed = after
        .strip_prefix("'s ")
        .or_else(|| after.strip_prefix("\u{2019}s "))
        .map(str::trim_start)
        .filter(|noun| {
            noun.starts_with(char::is_lowercase)
                && !["outskirts", "suburbs", "centre", "center", "edge"]
                    .iter()
                    .any(|part| noun.starts_with(part))
        });
    set_off && (possessed.is_some() || TWIN_OF.is_match(gap))
}

/// Which of several equally specific groups of names [`choose`] takes.
#[derive(Clone, Copy)]
enum Which {
    /// The first: a trigger's own phrase names its place first.
    FirstNamed,
    /// The last: in a wider scope the latest name is the one the story has come to.
    LastNamed,
}

/// The most specific group of places, the first or the last such group (`which`); its first
/// member is the place, the others are listed. Territorial events prefer regions.
fn choose(
    ctx: &PlaceContext,
    candidates: &[&PlaceMention],
    event_type: EventType,
    references_will_do: bool,
    which: Which,
) -> Option<EventPlace> {
    let g = ctx.gazetteer;
    // A name that only locates another, is where someone went to, is excepted ("apart from
    // the Azovstal steelworks") or is a compass reference ("west of Donetsk") is not where
    // the event happened when another is at hand.
    // "soldiers arriving in Artemivsk described coming under fire": where people arrived is
    // not where the happening was.
    static ARRIVED_BEFORE: Lazy<Regex> = Lazy::new(|| {
        crate::words::regex(r"(?i)\b(?:arriv(?:ed|ing|e|es)|reached\s+safety)\s+(?:in|at)\s+$")
    });
    let arrived = |p: &PlaceMention| {
        p.relation.is_none()
            && ARRIVED_BEFORE.is_match(crate::words::tail(&ctx.text[..p.span.start], 30))
    };
    // "The rockets were launched from positions near Zhovtneve, north-east of the city, and
    // Oktyabr": where fire came from is not where it landed, up to a verb or preposition of
    // landing ("fired from Horlivka hit Toretsk").
    let fired_from = |p: &PlaceMention| {
        matches!(event_type, EventType::Strike | EventType::Shelling) && {
            let before = crate::words::tail(&ctx.text[..p.span.start], 120);
            ["launched ", "fired "]
                .iter()
                .filter_map(|w| before.rfind(w).map(|at| at + w.len()))
                .max()
                .and_then(|verb_end| {
                    // "fired rockets from Horlivka": what was fired may stand between.
                    let from = before[verb_end..].find("from ")?;
                    (from <= FIRED_OBJECT_BYTES).then_some(verb_end + from + "from ".len())
                })
                .is_some_and(|from| {
                    let between = &before[from..];
                    !between.contains(['.', ';'])
                        && ![" hit ", " struck ", " landed ", " at ", " on ", " into "]
                            .iter()
                            .any(|w| between.contains(w))
                })
        }
    };
    let own_destination = |p: &PlaceMention| {
        fired_from(p)
            || match p.relation.as_deref() {
                Some(
                    "to" | "towards" | "toward" | "apart from" | "except" | "except for"
                    | "excluding" | "cut off from",
                ) => true,
                // "launched a ground assault into the Kharkiv region", "rockets fired into
                // Donetsk": fighting and fire are where they went into; people who fled or
                // withdrew into a place left another.
                Some("into") => !matches!(
                    event_type,
                    EventType::Advance
                        | EventType::Fighting
                        | EventType::Strike
                        | EventType::Shelling
                ),
                // "attacking Chasiv Yar from the direction of Ivanivske" is where the attack
                // came from; explosions "heard from the direction of Vuhlehirsk" are there.
                Some("from the direction of") => {
                    !HEARD_BEFORE.is_match(crate::words::tail(&ctx.text[..p.span.start], 100))
                }
                // "a town just west of Donetsk": a compass point makes the name a reference point.
                Some(_) => p.is_compass_reference(),
                // Aid, evacuees and reinforcements are where they arrived ("a convoy carrying aid
                // arrived in Kupiansk").
                None => {
                    !matches!(
                        event_type,
                        EventType::Evacuation | EventType::Humanitarian | EventType::Deployment
                    ) && arrived(p)
                }
            }
    };
    // "attacks towards Bakhmut and Soledar": a name that continues a list shares the
    // direction of the list's first name (not its compass point: "captured Kotlyne, west
    // of Pokrovsk, and Yelyzavetivka").
    let headed = |p: &PlaceMention| {
        matches!(
            p.relation.as_deref(),
            Some("to" | "towards" | "toward" | "into" | "from the direction of")
        )
    };
    // Which of the first 64 candidates continue a heading list, as bits (no allocation:
    // this runs for every event); a longer list's later names keep their own relation.
    let mut continuing: u64 = 0;
    let mut heading = false;
    for (i, &p) in candidates.iter().enumerate().take(64) {
        let continues =
            heading && p.relation.is_none() && i > 0 && in_one_group(ctx, candidates[i - 1], p);
        heading = headed(p) || continues;
        if continues {
            continuing |= 1 << i;
        }
    }
    let destination = |p: &PlaceMention| {
        own_destination(p)
            || candidates
                .iter()
                .take(64)
                .position(|c| std::ptr::eq(*c, p))
                .is_some_and(|i| continuing & (1 << i) != 0)
    };

    // "Authorities in Kharkiv ordered the evacuation of villages in the Kupiansk district":
    // the seat of the authorities who act or speak is not where it happened, when another
    // place is named ("Officials in Kupiansk reported shelling" has no other). The people
    // of a place ("killed three people in Kostiantynivka") are there.
    static AUTHORITIES_IN_BEFORE: Lazy<Regex> = Lazy::new(|| {
        crate::words::regex(
            r"(?i)\b(?:authorities|officials|police|prosecutors|administration)\s+(?:of|in)\s+(?:the\s+)?(?:(?:occupied|Russian-occupied|Russian-held|Russian-controlled|separatist-held|rebel-held)\s+)?$",
        )
    });
    let authorities_in = |p: &PlaceMention| {
        let before = crate::words::tail(&ctx.text[..p.span.start], 50);
        ["in ", "of ", "the ", "ied ", "eld ", "led "]
            .iter()
            .any(|w| before.ends_with(w))
            && AUTHORITIES_IN_BEFORE.is_match(before)
    };
    let mut not_references: Vec<&PlaceMention> = candidates
        .iter()
        .copied()
        .filter(|p| !p.reference && !destination(p))
        .collect();
    if not_references.iter().any(|p| !authorities_in(p)) {
        not_references.retain(|p| !authorities_in(p));
    }
    // Where people arrived is where an evacuation led; for anything else it is never the
    // place, even when nothing closer is named. Where troops headed still is ("advanced
    // towards Pokrovsk"), unless they were leaving: "rebels fled overnight towards Donetsk"
    // left Sloviansk, 100 km away, and the story before says where from.
    let main = if !not_references.is_empty() {
        not_references
    } else if references_will_do {
        // "advanced northwest of Krasnohorivka (just north of Avdiivka)": the compass
        // point's town is nearer the happening than the town that locates it.
        let usable: Vec<&PlaceMention> = candidates
            .iter()
            .copied()
            // "retreated from positions west of Avdiivka": a compass point's town is near
            // where troops left; where they headed is not.
            .filter(|p| {
                !(destination(p)
                    && (arrived(p)
                        || (event_type == EventType::Withdrawal && !p.is_compass_reference())))
            })
            .collect();
        if usable.iter().any(|p| !p.reference) {
            usable.into_iter().filter(|p| !p.reference).collect()
        } else {
            usable
        }
    } else {
        return None;
    };
    let mut groups: Vec<Vec<&PlaceMention>> = Vec::new();
    for p in main {
        let joins = groups
            .last()
            .and_then(|grp| grp.last())
            .is_some_and(|last| {
                // "Mykolaivka near Sloviansk and Berestove near Soledar": a name that only
                // locates the one before it does not break the list.
                let from = candidates
                    .iter()
                    .filter(|c| {
                        c.reference && c.span.start >= last.span.end && c.span.end <= p.span.start
                    })
                    .map(|c| c.span.end)
                    .max()
                    .unwrap_or(last.span.end);
                last.span.end <= p.span.start
                    && (GROUP_GAP.is_match(&ctx.text[last.span.end..p.span.start])
                        || GROUP_GAP.is_match(&ctx.text[from..p.span.start]))
            });
        match groups.last_mut() {
            Some(grp) if joins => grp.push(p),
            _ => groups.push(vec![p]),
        }
    }
    let specificity = |grp: &Vec<&PlaceMention>| {
        let rank = match grp.iter().map(|p| g.entry(p.entry).kind).min() {
            Some(Kind::Site) => 0,
            Some(Kind::Settlement) => 1,
            Some(Kind::Raion) => 2,
            _ => 3,
        };
        if event_type.is_territorial() {
            3 - rank
        } else {
            rank
        }
    };
    // "pulling troops back from Balakliia and Izium to regroup in Donetsk": a withdrawal
    // happens where the troops left.
    if event_type == EventType::Withdrawal {
        static FROM_BEFORE: Lazy<Regex> = Lazy::new(|| {
            crate::words::regex(
                r"(?i)\b(?:from|out\s+of)\s+(?:the\s+)?(?:(?:town|city|village|settlement|area)\s+of\s+)?$",
            )
        });
        if let Some(at) = groups.iter().position(|grp| {
            FROM_BEFORE.is_match(crate::words::tail(&ctx.text[..grp[0].span.start], 40))
        }) {
            groups = vec![groups.swap_remove(at)];
        }
    }
    let best_rank = groups.iter().map(specificity).min()?;
    let is_best = |grp: &Vec<&PlaceMention>| specificity(grp) == best_rank;
    let mut members = match which {
        Which::FirstNamed => groups.into_iter().find(is_best)?,
        Which::LastNamed => groups.into_iter().rev().find(is_best)?,
    };
    members.sort_by_key(|p| g.entry(p.entry).kind);
    let first = members[0];
    let oblasts: Vec<&str> = members
        .iter()
        .filter(|p| g.entry(p.entry).kind == Kind::Oblast)
        .map(|p| g.entry(p.entry).admin1)
        .collect();
    if oblasts.len() >= 2 {
        if let Some(region) = spanning_region(g, &oblasts) {
            return Some(EventPlace {
                entry: region,
                span: None,
                precision: 3,
                relation: first.relation.clone(),
                others: members
                    .iter()
                    .map(|p| ctx.text[p.span.clone()].to_string())
                    .collect(),
                listed: Vec::new(),
            });
        }
    }
    let local = |p: &&&PlaceMention| matches!(g.entry(p.entry).kind, Kind::Settlement | Kind::Site);
    Some(EventPlace {
        others: members[1..]
            .iter()
            .map(|p| ctx.text[p.span.clone()].to_string())
            .collect(),
        listed: if local(&&first) {
            members[1..]
                .iter()
                .filter(local)
                .map(|p| EventPlace::named_by(p, g))
                .collect()
        } else {
            Vec::new()
        },
        ..EventPlace::named_by(first, g)
    })
}

/// "had liberated the Luhansk People's Republic", "the liberation of the DPR": the
/// separatist republic taken or fought for is its oblast's territory. (Elsewhere the
/// republic's name is an actor's, and no place: "the Donetsk People's Republic said".)
fn the_republic_taken(
    ctx: &PlaceContext,
    event_type: EventType,
    phrase: Range<usize>,
) -> Option<EventPlace> {
    static REPUBLIC_AFTER: Lazy<Regex> = Lazy::new(|| {
        crate::words::regex(
            r#"^["'\u201d]?\s+(?:of\s+)?(?:the\s+)?(?:(?:whole|entire)\s+)?(?:territory\s+of\s+the\s+)?(?:(?P<name>Luhansk|Lugansk|Donetsk)\s+People['\u2019]s\s+Republic|(?P<short>LPR|DPR|LNR|DNR)\b)"#,
        )
    });
    if !matches!(
        event_type,
        EventType::Capture | EventType::Advance | EventType::Withdrawal
    ) {
        return None;
    }
    let text = &ctx.text[phrase.clone()];
    let found = REPUBLIC_AFTER.captures(text)?;
    let admin1 = match found.name("name").or(found.name("short"))?.as_str() {
        "Donetsk" | "DPR" | "DNR" => "Donetsk",
        _ => "Luhansk",
    };
    let written = found.get(0)?;
    let start = phrase.start + written.as_str().find(|c: char| c.is_uppercase())?;
    Some(EventPlace {
        span: Some(start..phrase.start + written.end()),
        ..EventPlace::from_context(ctx.gazetteer.oblast(admin1)?, 3)
    })
}

/// The smallest region whose oblasts include all of `oblasts`.
fn spanning_region(g: &Gazetteer, oblasts: &[&str]) -> Option<u32> {
    g.regions()
        .iter()
        .copied()
        .filter(|&i| {
            let spans = g.entry(i).admin1;
            oblasts.iter().all(|o| spans.split('|').any(|a| a == *o))
        })
        .min_by_key(|&i| g.entry(i).admin1.split('|').count())
}
