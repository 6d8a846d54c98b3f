//! The event engine: for every clause of every kept sentence, its trigger, then the
//! event's date ([`super::dating`]), place ([`super::placing`]), actors, claimant and
//! numbers ([`super::claims`]).

use super::actors::{actors, follows_and, name_in_its_time, russian_voice, side_named, side_of};
use super::claims::{
    captured, claimant, dispute_end, harmed, participle_speaker, quantity, speaker_is_a_pronoun,
    Verification,
};
use super::clauses::{asks, best_trigger, clauses, may_report, states_a_rule};
use super::dating::date_event;
use super::placing::{names_no_single_place, place_event, topic_start, PlaceContext};
use super::{Event, EventPlace, EventType, Status, Verified};
use crate::gazetteer::{Gazetteer, Kind};
use crate::places::PlaceMention;
use crate::sentences::Sentence;
use crate::time::TimeMention;
use chrono::NaiveDate;
use once_cell::sync::Lazy;
use regex::Regex;
use std::ops::Range;

/// Everything the engine needs about one document.
pub struct DocumentView<'a> {
    /// The full text.
    pub text: &'a str,
    /// Its sentences.
    pub sentences: &'a [Sentence],
    /// Resolved places.
    pub places: &'a [PlaceMention],
    /// Resolved times.
    pub times: &'a [TimeMention],
    /// The publication date, if known.
    pub published: Option<NaiveDate>,
    /// The happening's time the document's title names, when the title is given apart
    /// from the text ("... over the past day"): it dates the sentences that name none.
    pub title_time: Option<&'a crate::time::Resolved>,
    /// The gazetteer the places point into.
    pub gazetteer: &'a Gazetteer,
}

impl DocumentView<'_> {
    /// The index of the sentence `event` lies in.
    fn sentence_of(&self, event: &Event) -> Option<usize> {
        self.sentences
            .binary_search_by_key(&event.sentence.start, |s| s.span.start)
            .ok()
    }
}

/// A passive verb with its agent: "was occupied by", "had been retaken by".
static PASSIVE_WITH_AGENT: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)\b(?:was|were|been|is|are|being)\s+(?:\w+ly\s+)?\w+(?:ed|en)\s+by\b[^,;]*\band\s+$",
    )
});

/// Extracts the events of one document, in text order: at most one per clause, and one
/// per type and place in a sentence (two clauses reporting the same shelling are one
/// event). An event with no place of its own or of the article's focus continues the
/// last event of its type ("another 771 soldiers had turned themselves over" after a
/// surrender at Azovstal), at precision 2.
pub fn extract(doc: &DocumentView) -> Vec<Event> {
    let mut events: Vec<Event> = Vec::new();
    // The side each event's speaker names, event by event ([`verdicts_for_one_side`]).
    let mut named_sides: Vec<Option<bool>> = Vec::new();
    let verification = Verification::read(doc.sentences.iter().map(|s| &doc.text[s.span.clone()]));
    let place_ctx = PlaceContext {
        text: doc.text,
        places: doc.places,
        gazetteer: doc.gazetteer,
        sentences: doc.sentences,
    };
    // Whether the article speaks with a Russian state outlet's voice (whose "the enemy" and
    // "liberated" an unattributed sentence means): read once, when an event needs it.
    let mut russian: Option<bool> = None;
    for (si, sentence) in doc.sentences.iter().enumerate() {
        let text = &doc.text[sentence.span.clone()];
        if !may_report(text) || states_a_rule(text) || asks(text) {
            continue;
        }
        // Who says so in the sentence is read once, and only for sentences with an event.
        let mut sentence_claimant: Option<Option<String>> = None;
        let mut harm: Option<(Option<u64>, Option<u64>)> = None;
        // Where the clause just read ends, and where the last clause with an event ended:
        // a verb that shares the subject of the clause before takes that clause's actor only
        // when that clause told the event.
        let mut previous_clause_end: Option<usize> = None;
        let mut last_event_clause_end: Option<usize> = None;
        for clause in clauses(text) {
            let clause_before_end = previous_clause_end.replace(clause.end);
            let clause_text = &text[clause.clone()];
            let Some((event_type, trigger, status)) = best_trigger(clause_text) else {
                continue;
            };
            let (actor1, actor2) = match actors(clause_text, &trigger) {
                // "was told by residents that the town had been taken": civilians neither
                // hold nor lose ground.
                (one, other)
                    if matches!(
                        event_type,
                        EventType::Capture | EventType::Advance | EventType::Withdrawal
                    ) && (one == Some("Civilians") || other == Some("Civilians")) =>
                {
                    let side = |a: Option<&'static str>| a.filter(|&a| a != "Civilians");
                    (side(one).or(side(other)), None)
                }
                // Civilians do not wage war (ACLED codes them only as the second actor):
                // "Most civilian casualties occurred in Donetsk", "civilians in frontline
                // towns faced daily shelling". They are the subject of their own plight
                // ("civilians remain trapped") and flight.
                (Some("Civilians"), other)
                    if !matches!(event_type, EventType::Humanitarian | EventType::Evacuation) =>
                {
                    (other.filter(|&a| a != "Civilians"), Some("Civilians"))
                }
                // "A decision was made to regroup Russian troops": the troops pulled back
                // are the ones who withdrew, though written after the verb; so are troops
                // sent ("the 3rd Assault Brigade was rushed to Avdiivka").
                (None, Some(force))
                    if matches!(event_type, EventType::Withdrawal | EventType::Deployment)
                        && force != "Civilians" =>
                {
                    (Some(force), None)
                }
                pair => pair,
            };
            // "Russian troops crossed the border and attacked villages": a second verb after
            // "and" shares the subject before the first, read over the sentence up to it.
            let actor1 = actor1.or_else(|| {
                // "... and had shelled the villages", "... and are now attacking": the
                // auxiliary and the adverb go with the verb.
                // "had taken the region after capturing Lysychansk": a participle after
                // "after", "before" or "while" has the subject before it too.
                // So does one set off by a comma: "Russian forces attacked Sievierodonetsk,
                // shelling residential areas" (not one that reports or comments: ", saying
                // fighting continued", ", raising hopes of an end to a conflict that has
                // killed ...").
                let participle = clause_text.split(' ').next().unwrap_or("");
                let set_off = text[..clause.start].trim_end().ends_with(',')
                    && !REPORTING_OR_COMMENTING.contains(&participle);
                let participle_after = participle.len() > 5
                    && participle.ends_with("ing")
                    && (set_off
                        || [" after", " before", " while", " since"]
                            .iter()
                            .any(|w| text[..clause.start].trim_end().ends_with(w)));
                // "Ukrainian units swept east from Balakliia, which they recaptured": the
                // pronoun of a relative clause is the subject before it.
                let relative_pronoun_subject = ["which they ", "which it "]
                    .iter()
                    .any(|w| clause_text.starts_with(w));
                let shares_the_subject = follows_and(&text[..clause.start])
                    || participle_after
                    || relative_pronoun_subject;
                // "Kupiansk was occupied by Russian forces in February 2022 and liberated in
                // September": a second participle after a passive shares its subject (the
                // town), not the agent after "by".
                let passive_before = PASSIVE_WITH_AGENT
                    .is_match(crate::words::tail(&text[..clause.start], 120))
                    && clause_text
                        .split(' ')
                        .next()
                        .is_some_and(|w| w.ends_with("ed") || w.ends_with("en"));
                if !shares_the_subject || passive_before {
                    return None;
                }
                // "its forces had repelled seven Ukrainian attacks ..., and destroyed two
                // Leopard tanks": the actor of the clause before, when it had one, is the
                // shared subject (the nearest side named may be that clause's object).
                // "troops had withdrawn from Berdychi, as Russian forces pushed west after
                // taking Avdiivka": the clause just before told no event, so its subject is
                // read from the words.
                let of_the_clause_before = events
                    .last()
                    .filter(|e| {
                        e.sentence == sentence.span && last_event_clause_end == clause_before_end
                    })
                    .and_then(|e| e.actor1);
                let in_sentence = clause.start + trigger.start..clause.start + trigger.end;
                of_the_clause_before
                    .or_else(|| actors(&text[..clause.end], &in_sentence).0)
                    .filter(|&a| a != "Civilians")
            });
            // A clause with its own speaker ("..., even as Russia claimed full control of
            // the city") is that speaker's claim; otherwise the sentence's speaker.
            // "Fighting flared at the airport overnight, and rebels said they shot down a
            // plane": a speaker who opens the next clause speaks for that clause only.
            // "and fighting was reported" has no speaker.
            let speaker_opens_next =
                SPEAKER_OPENS_NEXT
                    .find(&text[clause.end..])
                    .is_some_and(|m| {
                        let words_before_verb = m.as_str().rsplit(' ').nth(1).unwrap_or("");
                        !["was", "were", "is", "are", "been", "be"].contains(&words_before_verb)
                    });
            // "..., a claim Ukraine's General Staff rejected, saying fighting continued":
            // a participle of saying speaks with the subject of the verb before it.
            let says_with_the_verb_before = ["saying ", "adding ", "insisting ", "stressing "]
                .iter()
                .any(|w| clause_text.starts_with(w));
            let claimed_by = (clause.len() < text.len())
                .then(|| claimant(clause_text))
                .flatten()
                .or_else(|| {
                    says_with_the_verb_before
                        .then(|| participle_speaker(&text[..clause.start]))
                        .flatten()
                })
                .or_else(|| {
                    if speaker_opens_next {
                        return None;
                    }
                    sentence_claimant
                        .get_or_insert_with(|| {
                            claimant(text).or_else(|| {
                                speaker_is_a_pronoun(text)
                                    .then(|| speaker_named_before(doc, si))
                                    .flatten()
                            })
                        })
                        .clone()
                });
            let claimed_by = claimed_by.map(|c| named_in_full(&events, c));
            let voice = *russian.get_or_insert_with(|| russian_voice(doc.text));
            // The side the speaker's words name, read once: it also decides which claims a
            // closing "could not be verified" covers.
            let named_side = claimed_by.as_deref().and_then(side_named);
            let russian_speaker = named_side.unwrap_or(voice);
            let event_type = russian_liberation(
                event_type,
                &clause_text[trigger.clone()],
                actor1,
                russian_speaker,
            );
            let event_type = retyped(event_type, clause_text, &trigger);
            let event_type = the_strike_told_before(event_type, clause_text, &trigger, &events);
            let event_type = pushed_back(event_type, text, clause.start + trigger.start);
            let (event_type, trigger) =
                match held_after_surrender(event_type, clause_text, &trigger) {
                    Some(held) => (EventType::Prisoners, held),
                    None => (event_type, trigger),
                };
            let offset = sentence.span.start;
            let clause_abs = clause.start + offset..clause.end + offset;
            let trigger_abs = trigger.start + clause_abs.start..trigger.end + clause_abs.start;
            let continued = || {
                let topic = topic_start(doc.text, doc.sentences, si);
                continued_place(&events, event_type, doc.sentences[topic].span.start)
            };
            let place = place_event(&place_ctx, si, &clause_abs, &trigger_abs, event_type);
            // "... said the army was holding its positions and denied that any units had been
            // surrounded": a denial that names no place denies the claim told before, there.
            let denies_the_claim_before = status == Status::Negated
                && DENIED_BEFORE.is_match(crate::words::tail(&clause_text[..trigger.start], 80))
                && place.as_ref().is_none_or(|p| {
                    p.span
                        .as_ref()
                        .is_none_or(|s| s.start < clause_abs.start || s.end > clause_abs.end)
                });
            let place = match denies_the_claim_before.then(continued).flatten() {
                Some(before) => Some(before),
                None => place.or_else(|| {
                    if names_no_single_place(&place_ctx, si, &clause_abs) {
                        None
                    } else {
                        continued().or_else(|| {
                            // "At least 13 soldiers were killed and 157 wounded in the
                            // withdrawal": a toll of a happening named again is where that
                            // happening was.
                            let named = toll_of_a_named_happening(event_type, clause_text)?;
                            let topic = topic_start(doc.text, doc.sentences, si);
                            continued_place(&events, named, doc.sentences[topic].span.start)
                        })
                    }
                }),
            };
            let place_entry = place.as_ref().map(|p| p.entry);
            let dating = date_event(doc, si, &clause_abs, &trigger_abs, event_type);
            // "dropped three bombs on Kostiantynivka, killing a 62-year-old man": the killing
            // is the strike's toll (the sentence's counts go on it), not a second event, when
            // it is at the strike's place or names none in its own clause.
            let named_in_clause = place
                .as_ref()
                .and_then(|p| p.span.as_ref())
                .is_some_and(|s| s.start >= clause_abs.start && s.end <= clause_abs.end);
            // "tried to storm the city ... but were pushed back": a later clause with no
            // place of its own continues the sentence's event of its type.
            let placed_by_context = place.as_ref().is_none_or(|p| p.span.is_none());
            // "A 14-year-old boy was among the dead after a glide bomb hit Kharkiv": the dead
            // told first are the toll of the strike told after them, one happening.
            let remote = matches!(event_type, EventType::Strike | EventType::Shelling);
            let repeated = events.iter_mut().find(|e| {
                // "the aggressor carried out 38 assaults near Myrolubivka, Kotlyne and
                // Udachne; the heaviest fighting was near Kotlyne": a place of the list is
                // the listed happening's.
                let same_place = e.place.as_ref().map(|p| p.entry) == place_entry
                    || placed_by_context
                    || e.place
                        .as_ref()
                        .is_some_and(|p| p.listed.iter().any(|l| Some(l.entry) == place_entry));
                // "Zelensky denied that Bakhmut had been captured, a day after Prigozhin
                // said his fighters had taken the city": a denial and a claim of one
                // happening are two tellings.
                e.sentence == sentence.span
                    && ((e.event_type == event_type
                        && same_place
                        && (e.status == Status::Negated) == (status == Status::Negated))
                        || (event_type == EventType::Casualties
                            && matches!(
                                e.event_type,
                                EventType::Strike | EventType::Shelling | EventType::Fighting
                            )
                            && (same_place || !named_in_clause))
                        || (remote && e.event_type == EventType::Casualties && same_place))
            });
            if let Some(earlier) = repeated {
                // "Rescuers on Monday pulled two more bodies from the rubble, bringing the
                // death toll from last week's missile strike to 12": a strike dated in its
                // own clause happened then, not when its toll was counted.
                let toll_before_a_dated_strike = remote
                    && earlier.event_type == EventType::Casualties
                    && dating
                        .span
                        .as_ref()
                        .is_some_and(|s| s.start >= clause_abs.start && s.end <= clause_abs.end);
                if remote && earlier.event_type == EventType::Casualties {
                    // "No casualties were reported after the shelling": the toll's negation
                    // is not the shelling's.
                    earlier.event_type = event_type;
                    earlier.status = status;
                    earlier.trigger = trigger_abs.clone();
                    earlier.actor1 =
                        earlier
                            .actor1
                            .or(name_in_its_time(actor1, russian_speaker, doc.published));
                }
                // "Fighting continues in Toretsk, where Russian forces have been attacking
                // since June": one happening, dated by the clause that dates it.
                if (earlier.date_span.is_none() || toll_before_a_dated_strike)
                    && dating.span.is_some()
                {
                    earlier.start = dating.interval.map(|d| d.0);
                    earlier.end = dating.interval.map(|d| d.1);
                    earlier.time_precision = dating.interval.map(|d| d.2).unwrap_or(3);
                    earlier.date_span = dating.span;
                }
                continue;
            }
            let actor1 = name_in_its_time(actor1, russian_speaker, doc.published);
            let actor2 = name_in_its_time(actor2, russian_speaker, doc.published)
                .filter(|&a| Some(a) != actor1);
            let quantity = quantity(clause_text);
            let captured = captured(event_type, quantity.as_ref());
            let (wounded, fatalities) = *harm.get_or_insert_with(|| harmed(text));
            named_sides.push(named_side);
            last_event_clause_end = Some(clause.end);
            events.push(Event {
                event_type,
                status,
                sentence: sentence.span.clone(),
                trigger: trigger_abs,
                start: dating.interval.map(|d| d.0),
                end: dating.interval.map(|d| d.1),
                time_precision: dating.interval.map(|d| d.2).unwrap_or(3),
                date_span: dating.span,
                reported: dating.reported,
                place,
                actor1,
                actor2,
                claimed_by,
                // The denier's own account is not the claim it disputes.
                verified: match verification.of_sentence(si) {
                    Verified::Disputed if says_with_the_verb_before => Verified::Unknown,
                    verdict => verdict,
                },
                quantity,
                captured,
                wounded,
                fatalities,
            });
        }
    }
    verdicts_for_one_side(doc, &verification, &named_sides, &mut events);
    verdicts_of_own_sentence(doc, &mut events);
    add_gapped_events(doc, &mut events);
    // A toll goes on one event of its sentence before a headline's restated happenings go:
    // "Drone strike on bus kills nine; Russia advances in Donetsk" gives the advance no dead.
    count_each_toll_once(&mut events);
    drop_restated_headline(doc, &mut events);
    narrow_to_the_next_sentence(doc, &mut events);
    date_by_the_next_telling(doc, &mut events);
    date_by_the_telling_before(doc, &mut events);
    count_from_the_happening_named(doc, &mut events);
    credit_the_closing_quote(doc, &mut events);
    drop_retold_happenings(doc, &mut events);
    merge_retold_claims(doc, &mut events);
    add_gapped_tolls(doc, &mut events);
    credit_the_source_line(doc, &mut events);
    credit_the_sentence_before(doc, &mut events);
    add_listed_members(doc, &mut events);
    one_event_per_listed_place(&mut events);
    events
}

/// "Russia's defence ministry said on Monday that its forces had captured Kurakhove.
/// \"Units of the Southern group of forces have completely liberated the town of
/// Kurakhovo,\" the ministry said": one speaker telling one happening at one place and time
/// again in the next sentence (its own words quoted after a summary of them) is one claim.
/// The first telling stays, with what the second adds: a count it lacked, a verdict. Counts
/// that differ are two tellings ("the toll rose to 5").
fn merge_retold_claims(doc: &DocumentView, events: &mut Vec<Event>) {
    let agree = |a: Option<u64>, b: Option<u64>| a.is_none() || b.is_none() || a == b;
    let mut i = 0;
    while i < events.len() {
        let e = &events[i];
        let Some(si) = doc.sentence_of(e).filter(|_| e.claimed_by.is_some()) else {
            i += 1;
            continue;
        };
        let place = e.place.as_ref().map(|p| p.entry);
        // Events are in text order: the search stops before the sentence before.
        let first = events[..i]
            .iter()
            .rev()
            .take_while(|f| doc.sentence_of(f).is_none_or(|sj| sj + 1 >= si))
            .position(|f| {
                doc.sentence_of(f).is_some_and(|sj| sj + 1 == si)
                    && f.event_type == e.event_type
                    && f.status == e.status
                    && f.claimed_by == e.claimed_by
                    && place.is_some()
                    && f.place.as_ref().map(|p| p.entry) == place
                    && (f.start, f.end) == (e.start, e.end)
                    && agree(f.fatalities, e.fatalities)
                    && agree(f.wounded, e.wounded)
                    && agree(f.captured, e.captured)
            });
        let Some(j) = first.map(|back| i - 1 - back) else {
            i += 1;
            continue;
        };
        let retold = events.remove(i);
        let f = &mut events[j];
        take_the_tolls_of(f, &retold);
        f.captured = f.captured.or(retold.captured);
        if f.quantity.is_none() {
            f.quantity = retold.quantity;
        }
        if f.verified == Verified::Unknown {
            f.verified = retold.verified;
        }
    }
}

/// "Ukrainian forces had liberated seven villages over the past week. Among them were
/// Neskuchne, Storozheve and Makarivka": a sentence that only lists the members of the
/// ground taken, lost or fought over in the sentence before is that happening at each
/// member, with the first sentence's time, actors and claim.
fn add_listed_members(doc: &DocumentView, events: &mut Vec<Event>) {
    static MEMBERS_OPENING: Lazy<Regex> = Lazy::new(|| {
        crate::words::regex(
            r"(?i)^\W*(?:among\s+(?:them|those|these|the\s+[a-z]+)\s+(?:were|was|are|is)|(?:they|these|those)\s+(?:include|included|are|were)|(?:the\s+[a-z]+\s+)?(?:included|include)|including)\b",
        )
    });
    let g = doc.gazetteer;
    let mut added: Vec<(usize, Event)> = Vec::new();
    for (si, sentence) in doc.sentences.iter().enumerate().skip(1) {
        let text = &doc.text[sentence.span.clone()];
        let Some(opening) = MEMBERS_OPENING.find(text) else {
            continue;
        };
        if events.iter().any(|e| e.sentence == sentence.span) {
            continue;
        }
        let before = &doc.sentences[si - 1].span;
        let Some((at, told)) = events.iter().enumerate().rev().find(|(_, e)| {
            e.sentence == *before
                && matches!(
                    e.event_type,
                    EventType::Capture | EventType::Advance | EventType::Withdrawal
                )
                && e.place
                    .as_ref()
                    .is_none_or(|p| !matches!(g.entry(p.entry).kind, Kind::Settlement | Kind::Site))
        }) else {
            continue;
        };
        let members = doc.places.iter().filter(|p| {
            p.sentence == si
                && !p.reference
                && matches!(g.entry(p.entry).kind, Kind::Settlement | Kind::Site)
        });
        let trigger = sentence.span.start + opening.start()..sentence.span.start + opening.end();
        for member in members {
            added.push((
                at,
                Event {
                    sentence: sentence.span.clone(),
                    trigger: trigger.clone(),
                    place: Some(EventPlace::named_by(member, g)),
                    ..told.clone()
                },
            ));
        }
    }
    // After the events of their own sentence's predecessor, in text order.
    for (at, event) in added.into_iter().rev() {
        let after = events[at..]
            .iter()
            .position(|e| e.sentence.start > events[at].sentence.start)
            .map_or(events.len(), |i| at + i);
        events.insert(after, event);
    }
}

/// "recaptured the towns of Kupiansk and Izium", "Kramatorsk, Druzhkivka and Kostiantynivka
/// were abandoned", "shelled Kupiansk, Kivsharivka and Hlushkivka": ground taken, lost or
/// fought over and fire that landed in each of several settlements is a happening at each,
/// as ACLED codes it and as a map needs it (one point per town, not the first town with
/// the others in a column). So are people moved out of several towns ("evacuated from
/// Sloviansk and Pokrovsk"). A toll or a head count is not split: "shelling of two villages
/// killed three" does not say where the three died, and copying it would count them twice.
fn one_event_per_listed_place(events: &mut Vec<Event>) {
    let splits = |e: &Event| match e.event_type {
        EventType::Capture | EventType::Withdrawal | EventType::Advance => true,
        EventType::Shelling | EventType::Strike | EventType::Fighting | EventType::Evacuation => {
            e.fatalities.is_none() && e.wounded.is_none() && e.quantity.is_none()
        }
        _ => false,
    };
    if !events
        .iter()
        .any(|e| splits(e) && e.place.as_ref().is_some_and(|p| !p.listed.is_empty()))
    {
        return;
    }
    let mut split = Vec::with_capacity(events.len() + 4);
    for mut event in std::mem::take(events) {
        let splits_here = splits(&event);
        let listed = match event.place.as_mut() {
            Some(place) if splits_here && !place.listed.is_empty() => {
                place.others.clear();
                std::mem::take(&mut place.listed)
            }
            _ => Vec::new(),
        };
        let copies: Vec<Event> = listed
            .into_iter()
            .filter(|place| {
                !split.iter().chain([&event]).any(|e: &Event| {
                    e.sentence == event.sentence
                        && e.event_type == event.event_type
                        && e.place.as_ref().map(|p| p.entry) == Some(place.entry)
                })
            })
            .map(|place| Event {
                place: Some(place),
                ..event.clone()
            })
            .collect();
        split.push(event);
        split.extend(copies);
    }
    *events = split;
}

/// "Source: Vadym Filashkin, Head of Donetsk Oblast Military Administration, on Telegram":
/// Ukrainian outlets credit their lead and the "Quote:" and "Details:" paragraphs under it
/// to the source named on a line of its own. Events there that no speaker claims are the
/// source's claims.
fn credit_the_source_line(doc: &DocumentView, events: &mut [Event]) {
    let line_opening = |si: usize| {
        let start = doc.sentences[si].span.start;
        let line_start = crate::sentences::line_start(doc.text, start);
        doc.text[line_start..].trim_start()
    };
    let Some(source_at) =
        (0..doc.sentences.len()).find(|&si| line_opening(si).starts_with("Source:"))
    else {
        return;
    };
    let written = doc.text[doc.sentences[source_at].span.clone()]
        .trim_start_matches("Source:")
        .trim()
        .trim_end_matches('.');
    let who = without_venue(written);
    if who.is_empty() {
        return;
    }
    let source_line = doc.sentences[source_at].line;
    for e in events.iter_mut().filter(|e| e.claimed_by.is_none()) {
        let Some(si) = doc.sentence_of(e) else {
            continue;
        };
        let line = doc.sentences[si].line;
        let lead = line + 1 == source_line;
        let under = line > source_line
            && super::dating::opens_a_labelled_continuation(doc.text, &doc.sentences[si..]);
        if lead || under {
            e.claimed_by = Some(who.to_string());
        }
    }
}

/// Who said it, without where: "..., on Telegram", "..., in a statement" are no part of who.
fn without_venue(written: &str) -> &str {
    written
        .rsplit_once(", ")
        .filter(|(_, last)| {
            last.starts_with("on ") || last.starts_with("in ") || last.starts_with("via ")
        })
        .map_or(written, |(who, _)| who)
        .trim()
}

/// "Russian troops shelled 12 settlements. This was reported by the head of the Kharkiv
/// Regional Military Administration, Oleh Syniehubov, on Telegram.": Ukrainian outlets name
/// the source of a sentence in the one after it. Its events that no speaker claims are the
/// source's claims.
fn credit_the_sentence_before(doc: &DocumentView, events: &mut [Event]) {
    static REPORTED_BY: Lazy<Regex> = Lazy::new(|| {
        crate::words::regex(
            r"^\s*(?:This|That|It|The\s+information)\s+(?:was|has\s+been|is)\s+(?:reported|stated|announced|said|posted|confirmed|written)\s+(?:on\s+(?:Telegram|Facebook)\s+)?by\s+(?P<who>[^.]+?)\s*\.?\s*$",
        )
    });
    for e in events.iter_mut().filter(|e| e.claimed_by.is_none()) {
        let Some(si) = doc.sentence_of(e) else {
            continue;
        };
        let Some(next) = doc.sentences.get(si + 1) else {
            continue;
        };
        let next = &doc.text[next.span.clone()];
        if !next.starts_with("Th") && !next.starts_with("It") {
            continue;
        }
        if let Some(c) = REPORTED_BY.captures(next) {
            let who = without_venue(c.name("who").map_or("", |m| m.as_str()));
            let who = who.strip_prefix("the ").unwrap_or(who);
            if !who.is_empty() {
                e.claimed_by = Some(who.to_string());
            }
        }
    }
}

/// "Quote: \"Around 10:40, the Russians attacked Izium with a missile. The strike hit the
/// city centre. Five people were killed,\" Syniehubov wrote.": a quotation that runs over
/// several sentences is the claim of the speaker named where it closes. Events in its
/// sentences that no speaker claims are that speaker's.
fn credit_the_closing_quote(doc: &DocumentView, events: &mut [Event]) {
    /// How many sentences after its opening a quotation may close.
    const QUOTED_SENTENCES: usize = 4;
    // Whether a sentence opens a quotation it does not close, or closes one it did not
    // open: straight quotes counted, curly ones told apart.
    // (One pass over the sentence: a straight quote, or the lead byte of a curly one.)
    let marks = |si: usize| {
        let s = doc.text[doc.sentences[si].span.clone()].as_bytes();
        let (mut straight, mut opening, mut closing) = (0, 0, 0);
        for at in memchr::memchr2_iter(b'"', 0xE2, s) {
            match &s[at..(at + 3).min(s.len())] {
                [b'"', ..] => straight += 1,
                [0xE2, 0x80, 0x9C] => opening += 1,
                [0xE2, 0x80, 0x9D] => closing += 1,
                _ => {}
            }
        }
        (straight % 2 == 1, opening > closing, closing > opening)
    };
    let mut si = 0;
    while si < doc.sentences.len() {
        let opening = doc.text[doc.sentences[si].span.clone()]
            .trim_start()
            .trim_start_matches("Quote:")
            .trim_start();
        // (Most sentences open with no quotation mark: the marks are counted only then.)
        let opens = (opening.starts_with('"') || opening.starts_with('\u{201c}')) && {
            let (odd, opens_curly, _) = marks(si);
            (odd && opening.starts_with('"')) || (opens_curly && opening.starts_with('\u{201c}'))
        };
        if !opens {
            si += 1;
            continue;
        }
        let last = (si + QUOTED_SENTENCES).min(doc.sentences.len() - 1);
        let closing = (si + 1..=last).find(|&sj| {
            let (odd, _, closes_curly) = marks(sj);
            if opening.starts_with('"') {
                odd
            } else {
                closes_curly
            }
        });
        let Some(closing) = closing else {
            si += 1;
            continue;
        };
        let speaker = super::claims::claimant(&doc.text[doc.sentences[closing].span.clone()]);
        if let Some(speaker) = speaker {
            let quoted = doc.sentences[si].span.start..doc.sentences[closing].span.end;
            for e in events.iter_mut().filter(|e| {
                e.claimed_by.is_none()
                    && e.sentence.start >= quoted.start
                    && e.sentence.end <= quoted.end
            }) {
                e.claimed_by = Some(speaker.clone());
            }
        }
        si = closing + 1;
    }
}

/// A denial of what follows: "denied that any units had been surrounded", "rejected
/// claims that".
static DENIED_BEFORE: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(r"(?i)\b(?:denied|denies|deny|rejected|rejects|refuted|dismissed)\b")
});

/// The next clause opening with "and", its speaker and a reporting verb: ", and rebels said
/// they shot down a plane".
static SPEAKER_OPENS_NEXT: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"^\s*,?\s*and\s+(?:[A-Za-z'\u2019-]+\s+){1,6}?(?:said|says|claimed|claims|reported|announced)\b",
    )
});

/// "captured Krasnohorivka on Sept. 9 and Ukrainsk on Sept. 10", "shelled Kharkiv on
/// Monday and Sumy on Tuesday", "damaged a hospital in Kostiantynivka on 27 February and a
/// school in Avdiivka on 1 March": a second place and time after "and", with the verb left
/// out, are a second event of the same kind, told right after the first's place and time.
fn add_gapped_events(doc: &DocumentView, events: &mut Vec<Event>) {
    // "... and Ukrainsk on Sept. 10", "... and a school in Avdiivka on 1 March".
    static AND: Lazy<Regex> = Lazy::new(|| {
        crate::words::regex(
            r"^,?\s+and\s+(?:(?:an?|the|another|two|three|several)\s+(?:[a-z-]+\s+){0,3}?(?:in|at|near|outside)\s+(?:the\s+(?:village|town|city)\s+of\s+)?)?$",
        )
    });
    static ON: Lazy<Regex> =
        Lazy::new(|| crate::words::regex(r"^\s+(?:on|in|early\s+on|late\s+on)\s+$"));
    let mut added = Vec::new();
    for (i, e) in events.iter().enumerate() {
        let (Some(date), Some(place)) = (&e.date_span, e.place.as_ref()) else {
            continue;
        };
        // The first event's own place and time, in that order after its verb.
        let Some(first) = place.span.as_ref() else {
            continue;
        };
        if !(e.trigger.end <= first.start && first.end <= date.start && date.end <= e.sentence.end)
        {
            continue;
        }
        let second = doc.places.iter().find(|p| {
            p.span.start > date.end
                && p.span.start <= date.end + 60
                && AND.is_match(&doc.text[date.end..p.span.start])
        });
        let Some(second) = second else {
            continue;
        };
        let time = doc.times.iter().find(|t| {
            t.span.start > second.span.end
                && t.span.start <= second.span.end + 16
                && t.span.end <= e.sentence.end
                && ON.is_match(&doc.text[second.span.end..t.span.start])
        });
        let Some((time, resolved)) = time.and_then(|t| t.resolved.as_ref().map(|r| (t, r))) else {
            continue;
        };
        added.push((
            i + 1,
            Event {
                start: Some(resolved.start),
                end: Some(resolved.end),
                time_precision: resolved.precision.acled(),
                date_span: Some(time.span.clone()),
                place: Some(EventPlace::named_by(second, doc.gazetteer)),
                ..e.clone()
            },
        ));
    }
    for (at, event) in added.into_iter().rev() {
        events.insert(at, event);
    }
}

/// "Three people were killed in Kupiansk and two in Izium", "Two were killed in Toretsk,
/// one in Niu-York and one in Kurakhove", "killed six civilians in Donetsk Oblast: two in
/// Pokrovsk, ...": each further count and place, the verb left out, is a further toll of
/// the same harm, told right after the place before (and its time). Run after
/// [`count_each_toll_once`]: each count is its own, not the sentence's first again.
fn add_gapped_tolls(doc: &DocumentView, events: &mut Vec<Event>) {
    static COUNT_IN: Lazy<Regex> = Lazy::new(|| {
        crate::words::regex(
            r"(?i)^\s*(?:,|:|;|\s[\u2014\u2013-])?\s*(?:(?:and|while)\s+)?(?:another\s+|a\s+further\s+)?(\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:more\s+|others?\s+|people\s+|civilians\s+|residents\s+)?(?:(?:were\s+|was\s+)?(?P<harm>killed|died|injured|wounded|hurt)\s+)?(?:in|near|outside|at)\s+(?:the\s+(?:village|town|city)\s+of\s+)?$",
        )
    });
    let mut added = Vec::new();
    for (i, e) in events.iter().enumerate() {
        // One count, of the dead or of the wounded: which one the next counts is the same,
        // unless its own verb says.
        let killed = match (e.fatalities, e.wounded) {
            (Some(_), None) => true,
            (None, Some(_)) => false,
            _ => continue,
        };
        let Some(first) = e.place.as_ref().and_then(|p| p.span.clone()) else {
            continue;
        };
        let mut previous = first;
        let mut tolls = Vec::new();
        while let Some(next) = doc.places.iter().find(|p| {
            p.span.start > previous.end
                && p.span.start <= previous.end + 60
                && p.span.end <= e.sentence.end
        }) {
            // "wounded in Kostiantynivka on Monday, and another two in Ilinivka".
            let from = doc
                .times
                .iter()
                .find(|t| t.span.start > previous.end && t.span.start <= previous.end + 12)
                .filter(|t| t.span.end < next.span.start)
                .map_or(previous.end, |t| t.span.end);
            let Some(c) = COUNT_IN.captures(&doc.text[from..next.span.start]) else {
                break;
            };
            let Some(count) = super::claims::number(&c[1]) else {
                break;
            };
            let killed = match c.name("harm").map(|h| h.as_str().to_ascii_lowercase()) {
                Some(h) => h == "killed" || h == "died",
                None => killed,
            };
            let mut event = Event {
                place: Some(EventPlace::named_by(next, doc.gazetteer)),
                fatalities: None,
                wounded: None,
                quantity: None,
                ..e.clone()
            };
            if killed {
                event.fatalities = Some(count);
            } else {
                event.wounded = Some(count);
            }
            tolls.push(event);
            previous = next.span.clone();
        }
        let at = i + 1;
        added.extend(tolls.into_iter().map(|t| (at, t)));
    }
    for (at, event) in added.into_iter().rev() {
        events.insert(at, event);
    }
}

/// How many sentences back a pronoun speaker ("..., he added.") is looked for.
const PRONOUN_SPEAKER_REACH: usize = 2;

/// "..., the ministry said" after "..., the Russian Defence Ministry said": a speaker told
/// by its bare title is the one the article named in full before with that title, whose
/// name also says whose side "the enemy" is.
fn named_in_full(events: &[Event], claimant: String) -> String {
    const TITLES: &[&str] = &[
        "ministry",
        "governor",
        "mayor",
        "military",
        "army",
        "administration",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "commander",
        "president",
    ];
    let bare = claimant.strip_prefix("the ").unwrap_or(&claimant);
    if !TITLES.contains(&bare) {
        return claimant;
    }
    // "Russian Defence Ministry" ends in " ministry", in any case.
    let ends_in_the_title = |named: &str| {
        let at = named.len().saturating_sub(bare.len());
        at > 0
            && named.is_char_boundary(at)
            && named[..at].ends_with(' ')
            && named[at..].eq_ignore_ascii_case(bare)
    };
    events
        .iter()
        .rev()
        .filter_map(|e| e.claimed_by.as_deref())
        .find(|named| ends_in_the_title(named))
        .map(str::to_string)
        .unwrap_or(claimant)
}

/// The speaker a pronoun stands for: the one named in the nearest of the
/// [`PRONOUN_SPEAKER_REACH`] sentences before sentence `si` in its paragraph ("..., the
/// spokesman said. Up to 200 servicemen were killed, he added.").
///
/// A paragraph that opens with the pronoun ("According to him, the militia also regained
/// control of Novoazovsk") goes on from the last sentence of the paragraph before.
fn speaker_named_before(doc: &DocumentView, si: usize) -> Option<String> {
    let line = doc.sentences[si].line;
    let opens_its_paragraph = si > 0 && doc.sentences[si - 1].line != line;
    let reach = if opens_its_paragraph {
        si - 1..si
    } else {
        si.saturating_sub(PRONOUN_SPEAKER_REACH)..si
    };
    reach
        .rev()
        .take_while(|&s| opens_its_paragraph || doc.sentences[s].line == line)
        .find_map(|s| claimant(&doc.text[doc.sentences[s].span.clone()]))
}

/// "Most casualties occurred in Donetsk region, where 81 civilians were killed, ... under
/// daily artillery and aerial bomb attacks": a sentence's toll is counted on one of its
/// events (its casualties event, else a strike or shelling, else a surrender, else its
/// first), so that summing a column does not count it twice.
fn count_each_toll_once(events: &mut [Event]) {
    let mut start = 0;
    while start < events.len() {
        let sentence = events[start].sentence.clone();
        let end = start
            + events[start..]
                .iter()
                .take_while(|e| e.sentence == sentence)
                .count();
        let counted = |e: &Event| e.wounded.is_some() || e.fatalities.is_some();
        // People are counted by the happening that hurt or took them.
        let rank = |t: EventType| match t {
            EventType::Casualties => 0,
            EventType::Strike | EventType::Shelling => 1,
            EventType::Surrender | EventType::Prisoners => 2,
            _ => 3,
        };
        let keep = (start..end)
            .filter(|&i| counted(&events[i]))
            .min_by_key(|&i| rank(events[i].event_type));
        for (i, e) in events.iter_mut().enumerate().take(end).skip(start) {
            if Some(i) != keep {
                e.wounded = None;
                e.fatalities = None;
            }
        }
        start = end;
    }
}

/// "Ukrainian officials said ... The Russian Defense Ministry claimed its troops had
/// improved their positions. The claims could not be independently verified.": a statement
/// closing a run of claims is about the claims of one side: the side it names ("the
/// Kremlin's claims"), else the side of the last claim before it. A claim of the other side
/// in the run keeps its verdict unknown. A speaker of no named side ("a military
/// spokesman") speaks for the side of the speaker named before.
fn verdicts_for_one_side(
    doc: &DocumentView,
    verification: &Verification,
    named_sides: &[Option<bool>],
    events: &mut [Event],
) {
    if !verification.closes_any_run() {
        return;
    }
    let sentence_of = |e: &Event| doc.sentence_of(e);
    let mut last_named: Option<bool> = None;
    let sides: Vec<Option<bool>> = events
        .iter()
        .zip(named_sides)
        .map(|(e, &named)| {
            e.claimed_by.as_ref()?;
            last_named = named.or(last_named);
            last_named
        })
        .collect();
    // The side each run closes, for the last run met: events come in text order.
    let mut closed: Option<(usize, Option<bool>)> = None;
    for i in 0..events.len() {
        let Some((run, names_side)) =
            sentence_of(&events[i]).and_then(|si| verification.closing_run(si))
        else {
            continue;
        };
        let Some(own_side) = sides[i] else {
            continue;
        };
        let closed_side = match closed {
            Some((first, side)) if first == *run.start() => side,
            _ => {
                let in_run = events[i..]
                    .iter()
                    .take_while(|e| sentence_of(e).is_some_and(|sj| run.contains(&sj)))
                    .count();
                let side =
                    names_side.or_else(|| sides[i..i + in_run].iter().rev().find_map(|s| *s));
                closed = Some((*run.start(), side));
                side
            }
        };
        if closed_side.is_some_and(|closed| closed != own_side) {
            events[i].verified = Verified::Unknown;
        }
    }
}

/// The verdicts a claim's own sentence gives, where the article's statements leave it open:
/// "Russia's claim that it had taken Krasnohorivka was false, a Ukrainian spokesman said"
/// disputes it; "Russian forces captured Niu-York, the Ukrainian military acknowledged",
/// "Ukraine's General Staff confirmed that its troops had withdrawn from Ocheretyne": ground
/// lost, told by the side that lost it, is an admission and needs no other source.
fn verdicts_of_own_sentence(doc: &DocumentView, events: &mut [Event]) {
    // "Zelensky denied that Bakhmut had been captured, a day after Prigozhin said his
    // fighters had taken the city": the denial disputes the claim told beside it.
    let denials: Vec<(Range<usize>, EventType, Option<u32>)> = events
        .iter()
        .filter(|e| e.status == Status::Negated)
        .map(|e| {
            (
                e.sentence.clone(),
                e.event_type,
                e.place.as_ref().map(|p| p.entry),
            )
        })
        .collect();
    for e in events
        .iter_mut()
        .filter(|e| e.verified == Verified::Unknown && e.status == Status::Reported)
    {
        // "..., a claim Ukraine's General Staff rejected, saying fighting continued": what
        // the denier goes on to say is not the claim disputed.
        // "Kyiv dismissed as propaganda Moscow's claim that it had encircled Ukrainian
        // troops": a claim disputed before it is told, in its "that" clause.
        let disputed_before = dispute_end(&doc.text[e.sentence.clone()]).is_some_and(|end| {
            let end = e.sentence.start + end;
            e.trigger.start < end
                || doc.text.get(end..e.trigger.start).is_some_and(|between| {
                    between.trim_start().starts_with("that ") && !between.contains([',', ';'])
                })
        });
        let denied_beside = denials.iter().any(|(sentence, event_type, place)| {
            *sentence == e.sentence
                && *event_type == e.event_type
                && *place == e.place.as_ref().map(|p| p.entry)
        });
        if disputed_before || denied_beside {
            e.verified = Verified::Disputed;
            continue;
        }
        let Some(speaker_russian) = e.claimed_by.as_deref().and_then(side_named) else {
            continue;
        };
        // "Kyiv says Russian regular troops crossed the border": an incursion the other side
        // tells is its accusation, not its admission of ground lost.
        let incursion = doc.text[e.trigger.clone()].contains("border");
        let losers_russian = match e.event_type {
            EventType::Capture => e.actor1.and_then(side_of).map(|r| !r),
            EventType::Advance if !incursion => e.actor1.and_then(side_of).map(|r| !r),
            EventType::Withdrawal | EventType::Surrender => e.actor1.and_then(side_of),
            EventType::Encirclement => e.actor2.and_then(side_of),
            _ => None,
        };
        if losers_russian == Some(speaker_russian) {
            e.verified = Verified::Yes;
        }
    }
}

/// "16,000 soldiers have been surrounded in Ukraine's eastern Donbas region, an official
/// claimed. He said the troops had been encircled near Severodonetsk and Lysychansk": a
/// happening placed at a region, told again in the next sentence at a settlement of that
/// region, is at that settlement (precision 2: from the context).
fn narrow_to_the_next_sentence(doc: &DocumentView, events: &mut [Event]) {
    let g = doc.gazetteer;
    for i in 0..events.len() {
        let Some(area) = events[i].place.as_ref().map(|p| g.entry(p.entry)) else {
            continue;
        };
        if !matches!(area.kind, Kind::Oblast | Kind::Region) || names_many_parts(doc, &events[i]) {
            continue;
        }
        let Some(si) = doc
            .sentences
            .iter()
            .position(|s| s.span == events[i].sentence)
        else {
            continue;
        };
        let Some(next) = doc.sentences.get(si + 1) else {
            continue;
        };
        let told_again = events[i + 1..].iter().find_map(|e| {
            let place = e.place.as_ref()?;
            let settlement = g.entry(place.entry);
            let inside = settlement.shares_an_oblast_with(area);
            // "... injuring nine people. Two people were killed in Kivsharivka": other
            // counts, another happening.
            let counts = |e: &Event| (e.fatalities, e.wounded);
            let same_counts = counts(e) == counts(&events[i])
                || counts(e) == (None, None)
                || counts(&events[i]) == (None, None);
            // "..., including in Bakhmut, Kostiantynivka and Kramatorsk": a list of places
            // breaks a tally down, it does not narrow one happening.
            let a_breakdown =
                !place.others.is_empty() && doc.text[next.span.clone()].contains("including");
            // "In Donetsk region, the SMM recorded 310 explosions. On the night of 1-2 July,
            // the SMM camera at the Donetsk Filtration Station recorded 58": a happening
            // its own sentence dates on other days is another.
            let same_days = match (e.start, e.end, events[i].start, events[i].end) {
                (Some(s1), Some(e1), Some(s2), Some(e2)) if e.date_span.is_some() => {
                    s1 <= e2 && s2 <= e1
                }
                _ => true,
            };
            (e.sentence == next.span
                && !a_breakdown
                && same_days
                && e.event_type == events[i].event_type
                && e.status == events[i].status
                && same_counts
                && matches!(settlement.kind, Kind::Settlement | Kind::Site)
                && inside)
                .then_some(place.entry)
        });
        if let Some(entry) = told_again {
            events[i].place = Some(EventPlace::from_context(entry, 2));
        }
    }
}

/// An event's dates, copied to another told as the same happening.
struct DatedAs {
    start: Option<chrono::NaiveDate>,
    end: Option<chrono::NaiveDate>,
    precision: u8,
    span: Option<Range<usize>>,
}

impl DatedAs {
    fn of(e: &Event) -> DatedAs {
        DatedAs {
            start: e.start,
            end: e.end,
            precision: e.time_precision,
            span: e.date_span.clone(),
        }
    }

    fn give_to(self, e: &mut Event) {
        e.start = self.start;
        e.end = self.end;
        e.time_precision = self.precision;
        e.date_span = self.span;
    }
}

/// "Russian forces had taken control of Lysychansk on Sunday. ... The fall of Lysychansk came
/// a week after Ukrainian troops pulled out of Sievierodonetsk": a sentence with no time that
/// opens with a happening told before, dated, and counts another from it dates that other
/// from the happening's day, not from the report's (a week before 3 July, not before 4 July).
fn count_from_the_happening_named(doc: &DocumentView, events: &mut [Event]) {
    /// "The fall of ", "The loss of the city of ": a happening of ground named before its
    /// place.
    static HAPPENING_OF: Lazy<Regex> = Lazy::new(|| {
        crate::words::regex(
            r"^(?:The|Its)\s+(?:fall|loss|capture|seizure|liberation|recapture|surrender|withdrawal|retreat)\s+of\s+(?:the\s+(?:[a-z-]+\s+){0,2}?(?:city|town|village|settlement|stronghold)\s+of\s+)?$",
        )
    });
    /// After the place (and an aside about it: ", a key logistics hub in the Donetsk
    /// region,"), the verb that puts the count after it: "came", "followed".
    static CAME_AFTER: Lazy<Regex> = Lazy::new(|| {
        crate::words::regex(
            r"^(?:\s*,[^,;]{1,80},)?[^,;]{0,40}?\b(?:came|comes|followed|follows|happened|occurred)\s",
        )
    });
    const GROUND: [EventType; 5] = [
        EventType::Capture,
        EventType::Withdrawal,
        EventType::Advance,
        EventType::Surrender,
        EventType::Encirclement,
    ];
    for i in 1..events.len() {
        let e = &events[i];
        // Dated from the report by a count, with no time of its own.
        let counted_from_report = e.date_span.is_none()
            && e.time_precision == 2
            && e.start.is_some()
            && e.start == e.end
            && e.start < e.reported;
        let Some(si) = doc.sentence_of(e).filter(|_| counted_from_report) else {
            continue;
        };
        let sentence = doc.sentences[si].span.clone();
        let Some(named) = doc
            .places
            .iter()
            .find(|p| p.span.start >= sentence.start && p.span.end <= e.trigger.start)
        else {
            continue;
        };
        if !HAPPENING_OF.is_match(&doc.text[sentence.start..named.span.start])
            || !CAME_AFTER.is_match(&doc.text[named.span.end..e.trigger.start])
        {
            continue;
        }
        let told = events[..i].iter().rev().find(|f| {
            GROUND.contains(&f.event_type)
                && f.status == Status::Reported
                && f.date_span.is_some()
                && f.start.is_some()
                && f.start == f.end
                && f.place.as_ref().map(|p| p.entry) == Some(named.entry)
        });
        let Some(day) = told.and_then(|f| {
            super::dating::counted_from_the_happening_before(&doc.text[sentence.clone()], f.start?)
        }) else {
            continue;
        };
        events[i].start = Some(day);
        events[i].end = Some(day);
    }
}

/// "Russia's Defence Ministry said on Monday its forces had captured the village of
/// Hlushkivka. The ministry said units of the Zapad group had liberated the village": a
/// sentence with no time that tells the same happening at the same place as the sentence
/// just before tells it at that sentence's time, though that time was only the report's
/// (which does not carry on to a sentence of its own, as other times do).
fn date_by_the_telling_before(doc: &DocumentView, events: &mut [Event]) {
    /// How many sentences back a place listed for a happening is looked for.
    const LISTED_TOLD_AGAIN_SENTENCES: usize = 3;
    /// The widest time of a raion's harm whose toll a settlement's harm can be: a week
    /// ("over the past week") still tells its days apart from the report's.
    const HARM_IN_RAION_DAYS: i64 = 7;
    /// The widest time of an oblast's harm whose toll a settlement's harm can be: a day's
    /// toll ("over the past 24 hours"), not a month's.
    const HARM_IN_OBLAST_DAYS: i64 = 2;
    for i in 1..events.len() {
        let undated = events[i].date_span.is_none()
            && events[i].time_precision == 2
            && events[i].start.is_some()
            && events[i].start == events[i].reported;
        let (Some(si), true) = (doc.sentence_of(&events[i]), undated) else {
            continue;
        };
        let Some(place) = events[i].place.as_ref().map(|p| p.entry) else {
            continue;
        };
        // "Russian forces took it in January 2023; Ukrainian brigades fought their way back
        // into it in September. \"We took the village\"": with two times before, only the
        // same side names the same happening.
        let at_most_one_time_before = si > 0
            && doc
                .times
                .iter()
                .filter(|t| t.resolved.is_some() && t.sentence == si - 1)
                .count()
                <= 1;
        let told_before = events[..i].iter().rev().find(|e| {
            doc.sentence_of(e) == Some(si - 1).filter(|_| si > 0)
                && (at_most_one_time_before || (e.actor1.is_some() && e.actor1 == events[i].actor1))
                && e.event_type == events[i].event_type
                && e.status == events[i].status
                && e.date_span.is_some()
                && e.place.as_ref().map(|p| p.entry) == Some(place)
        });
        // "Russian drones struck Sloviansk and Kramatorsk on Thursday evening. In Sloviansk,
        // ... In Kramatorsk, a man died after a drone hit a car": a place listed for a
        // happening two sentences before, told again with no time, is that happening there.
        let told_before = told_before.or_else(|| {
            events[..i].iter().rev().find(|e| {
                doc.sentence_of(e)
                    .is_some_and(|sj| sj + LISTED_TOLD_AGAIN_SENTENCES >= si && sj < si)
                    && e.event_type == events[i].event_type
                    && e.status == events[i].status
                    && e.date_span.is_some()
                    && e.place
                        .as_ref()
                        .is_some_and(|p| p.listed.iter().any(|l| l.entry == place))
            })
        });
        // "Two civilians were killed when Russian forces shelled villages in the Kupiansk
        // district on Thursday. A 71-year-old woman died in Kurylivka": harm at a settlement
        // of the raion (or oblast, for a day's toll) of a dated harm just before is that
        // harm's toll there, on its day.
        let told_before = told_before.or_else(|| {
            let harm = |t: EventType| {
                matches!(
                    t,
                    EventType::Strike | EventType::Shelling | EventType::Casualties
                )
            };
            let here = doc.gazetteer.entry(place);
            if !harm(events[i].event_type) || here.kind != Kind::Settlement {
                return None;
            }
            events[..i].iter().rev().find(|e| {
                let Some(area) = e.place.as_ref().map(|p| doc.gazetteer.entry(p.entry)) else {
                    return false;
                };
                let widest_days = match area.kind {
                    Kind::Raion => HARM_IN_RAION_DAYS,
                    Kind::Oblast => HARM_IN_OBLAST_DAYS,
                    _ => return false,
                };
                doc.sentence_of(e)
                    .is_some_and(|sj| sj + LISTED_TOLD_AGAIN_SENTENCES >= si && sj < si)
                    && harm(e.event_type)
                    && e.status == events[i].status
                    && e.date_span
                        .as_ref()
                        .is_some_and(|span| !crate::time::is_report_time(doc.text, span))
                    && e.start
                        .zip(e.end)
                        .is_some_and(|(start, end)| (end - start).num_days() < widest_days)
                    && here.lies_within(area)
            })
        });
        // "Ukrainian forces recaptured Slavyansk on Saturday. ... President Petro
        // Poroshenko hailed the capture of Slavyansk as \"the beginning of a turning
        // point\"": the happening named again, definite and with no time, is the one told
        // with a time before, however far back.
        let told_before = told_before.or_else(|| {
            let before = crate::words::tail(&doc.text[..events[i].trigger.start], 30);
            if !THE_NAMED_BEFORE.is_match(before) {
                return None;
            }
            events[..i].iter().rev().find(|e| {
                e.event_type == events[i].event_type
                    && e.status == events[i].status
                    && e.place.as_ref().map(|p| p.entry) == Some(place)
                    && e.date_span.is_some()
                    && e.start <= events[i].start
            })
        });
        if let Some(dating) = told_before.map(DatedAs::of) {
            dating.give_to(&mut events[i]);
        }
    }
}

/// "the capture", "the \"liberation\"", "the city's recapture": a happening named again,
/// definite, right before its trigger.
static THE_NAMED_BEFORE: Lazy<Regex> =
    Lazy::new(|| crate::words::regex(r#"(?i)\bthe\s+(?:[a-z'\u2019-]+\s+){0,2}["\u201c]?$"#));

/// "The death toll from a Russian missile strike on ... Kramatorsk rose to 13 on Wednesday.
/// The strike on Tuesday evening hit the RIA Pizza restaurant": a happening dated only by a
/// report of it, told again within the next two sentences as "the strike" at the same place
/// with a date of its own, happened then. So did a happening named ("the shelling of")
/// with no date at all, told with one just after.
fn date_by_the_next_telling(doc: &DocumentView, events: &mut [Event]) {
    /// "The strike", "the Russian missile strike": a happening named again, definite.
    static THE_BEFORE: Lazy<Regex> =
        Lazy::new(|| crate::words::regex(r"(?i)\bthe\s+(?:[a-z-]+\s+){0,2}$"));
    /// How many sentences after the report the happening may be told again.
    const NEXT_SENTENCES: usize = 2;
    let sentence_of = |e: &Event| doc.sentence_of(e);
    let own_date = |e: &Event| {
        e.date_span
            .as_ref()
            .is_some_and(|span| !crate::time::is_report_time(doc.text, span))
    };
    let named_again =
        |e: &Event| THE_BEFORE.is_match(crate::words::tail(&doc.text[..e.trigger.start], 30));
    for i in 0..events.len() {
        let dated_by_report = events[i]
            .date_span
            .as_ref()
            .is_some_and(|span| crate::time::is_report_time(doc.text, span));
        // "An investigation has been launched into the shelling of Petropavlivka. ... On
        // October 19, the Russian armed forces shelled the village": a happening named
        // without a date is dated by its telling just after, whichever names it.
        let named_undated = events[i].date_span.is_none() && named_again(&events[i]);
        let (Some(si), true) = (sentence_of(&events[i]), dated_by_report || named_undated) else {
            continue;
        };
        let Some(place) = events[i].place.as_ref().map(|p| p.entry) else {
            continue;
        };
        // Events are in text order: the search stops past the next sentences.
        let told_again = events[i + 1..]
            .iter()
            .take_while(|e| sentence_of(e).is_some_and(|sj| sj <= si + NEXT_SENTENCES))
            .find(|e| {
                sentence_of(e).is_some_and(|sj| sj > si)
                    && e.event_type == events[i].event_type
                    && e.status == events[i].status
                    && (named_undated || named_again(e))
                    && e.place.as_ref().map(|p| p.entry) == Some(place)
                    && own_date(e)
                    && e.end
                        .zip(events[i].start)
                        .is_some_and(|(end, start)| end <= start)
            });
        if let Some(dating) = told_again.map(DatedAs::of) {
            dating.give_to(&mut events[i]);
        }
    }
}

/// "A trolleybus was hit by a mortar shell in central Donetsk on Thursday morning, killing at
/// least 13 people. Rebels blamed Ukrainian forces; Kyiv said the attack was carried out by
/// a rebel sabotage group.": "the attack" told in the next sentences with no place or time
/// of its own (or the same ones) is the strike told before, not a second one; so are the
/// toll "the attack killed" ("The attack killed two people"), a strike at the town pointed
/// back to on the same day, and a bare toll right after the strike ("More than 100 people
/// were wounded."). The retelling's counts fill the strike's empty ones.
fn drop_retold_happenings(doc: &DocumentView, events: &mut Vec<Event>) {
    /// "the attack", "this strike", "the overnight shelling", "the Russian missile
    /// strike": a happening named again, definite, right before the trigger.
    static THE_BEFORE: Lazy<Regex> =
        Lazy::new(|| crate::words::regex(r"(?i)\b(?:the|this|that)\s+(?:[a-z-]+\s+){0,2}$"));
    /// "the attack killed", "the strike has wounded": such a happening as the subject of
    /// the harm done.
    static THE_HAPPENING_BEFORE: Lazy<Regex> = Lazy::new(|| {
        crate::words::regex(
            r"(?i)\b(?:the|this|that)\s+(?:[a-z-]+\s+){0,2}(?:attack|strike|shelling|bombardment|raid)\s+(?:has\s+|had\s+|also\s+)?$",
        )
    });
    /// Words of a further strike: "again", "another", "a second", "also", "earlier".
    static FURTHER: Lazy<Regex> = Lazy::new(|| {
        crate::words::regex(
            r"(?i)\b(?:again|another|second|third|further|also|earlier|later|new|more)\b",
        )
    });
    /// "repelled the assault", "repelled these attacks": the fighting told before.
    static THE_ATTACK_AFTER: Lazy<Regex> = Lazy::new(|| {
        crate::words::regex(r"(?i)^\s+(?:the|these|those|this|that)\s+(?:attacks?|assaults?)\b")
    });
    /// "45 of them", "all of them", "most of them": a part of what was counted before.
    static SOME_OF_THEM: Lazy<Regex> = Lazy::new(|| {
        crate::words::regex(r"(?i)^\s+(?:\d+|all|most|some|several|many|half)\s+of\s+them\b")
    });
    /// How far from a town's point a site of it may lie (Kharkiv's districts are up to 10 km
    /// from its centre).
    const SITE_IN_TOWN_KM: f64 = 15.0;
    /// How many sentences back the strike told first may be.
    const RETOLD_WITHIN_SENTENCES: usize = 2;
    /// How many sentences back it may be when none between tells an event.
    const RETOLD_OVER_SILENT_SENTENCES: usize = 4;
    /// The nouns a strike or shelling is named again by, its weapons among them ("the Grad
    /// rockets had been fired from an area near Oktyabr", "The drones hit buildings").
    const NOUNS: [&str; 11] = [
        "attack",
        "strike",
        "shell",
        "bombardment",
        "raid",
        "rocket",
        "missile",
        "drone",
        "bomb",
        "grad",
        "uragan",
    ];
    let remote = |t: EventType| matches!(t, EventType::Strike | EventType::Shelling);
    // "Russian forces dropped guided aerial bombs on Kharkiv. The attack hit a building in
    // the Kyivskyi district": a district of the town told before is in that town (a plant
    // bombarded, "the Azot bombardment" after the shelling of Sievierodonetsk, is a target of
    // its own).
    let g = doc.gazetteer;
    // (So is a section of a city GeoNames has: "the Kuibyshevsky district of Donetsk".)
    let in_the_town = |site: u32, town: u32| {
        let (site, town) = (g.entry(site), g.entry(town));
        site.is_city_section()
            && town.kind == Kind::Settlement
            && site.id != town.id
            && site.point().distance_km(&town.point()) <= SITE_IN_TOWN_KM
    };
    let mut i = 0;
    while i < events.len() {
        let e = &events[i];
        let before = crate::words::tail(&doc.text[..e.trigger.start], 40);
        // "Quote: \"Around 09:00, the Russians struck the town with two KAB-250 bombs.\"": a
        // strike at the town pointed back to, on the same day, with no word of a further one.
        let at_the_town_pointed_back = || {
            remote(e.event_type)
                && e.place.as_ref().is_some_and(|p| p.span.is_none())
                && !FURTHER.is_match(&doc.text[e.sentence.clone()])
        };
        // "The number of people killed in Friday's missile strike on the railway station in
        // Kramatorsk has risen to 57. More than 100 people were wounded.": a toll with no
        // place or time of its own, right after a strike, is that strike's.
        let bare = e
            .date_span
            .as_ref()
            .is_none_or(|d| d.start < e.sentence.start || d.end > e.sentence.end)
            && e.place.as_ref().is_none_or(|p| p.span.is_none());
        let a_bare_toll = e.event_type == EventType::Casualties && bare;
        // "Russian forces dropped two guided aerial bombs on Kupiansk. ... An administrative
        // building and a shop were damaged.": damage told with no agent and no place or time
        // of its own, right after a strike, is what the strike did.
        // ("The store caught fire and was largely destroyed": an adverb may stand between.)
        let damage_done = e.event_type == EventType::Destruction && e.actor1.is_none() && bare && {
            let before = crate::words::tail(&doc.text[..e.trigger.start], 24).trim_end();
            let before = match before.rsplit_once(' ') {
                Some((rest, adverb)) if adverb.ends_with("ly") => rest,
                _ => before,
            };
            [" was", " were", " been"]
                .iter()
                .any(|w| before.ends_with(w))
        };
        let a_bare_toll = a_bare_toll || damage_done;
        // "The enemy carried out 52 assaults near Rodynske and Udachne. Ukrainian defenders
        // repelled 45 of them": the assaults counted before, told again.
        let some_of_them = e.event_type == EventType::Fighting
            && e.place.as_ref().is_some_and(|p| p.span.is_none())
            && SOME_OF_THEM.is_match(crate::words::head(&doc.text[e.trigger.end..], 24));
        // "It was the deadliest attack on the town since the start of the year": a bare
        // "attack" reads as fighting, but named again after a strike it is that strike.
        let an_attack_again = e.event_type == EventType::Fighting
            && doc.text[e.trigger.clone()]
                .get(..6)
                .is_some_and(|w| w.eq_ignore_ascii_case("attack"));
        // "Ukraine's military said all attacks had been repelled", "Ukrainian forces repelled
        // the assault": the attacks told before, told again.
        let attacks_repelled_again = e.event_type == EventType::Fighting && {
            let written = doc.text[e.trigger.clone()].to_ascii_lowercase();
            ((written.starts_with("attack") || written.starts_with("assault"))
                && (before.ends_with("all ") || before.ends_with("All ")))
                || (written.starts_with("repel")
                    && THE_ATTACK_AFTER
                        .is_match(crate::words::head(&doc.text[e.trigger.end..], 24)))
        };
        let named_again = some_of_them
            || attacks_repelled_again
            || ((remote(e.event_type) || an_attack_again)
                && NOUNS.iter().any(|n| {
                    doc.text[e.trigger.clone()]
                        .get(..n.len())
                        .is_some_and(|w| w.eq_ignore_ascii_case(n))
                })
                && THE_BEFORE.is_match(before))
            || (e.event_type == EventType::Casualties
                && (THE_HAPPENING_BEFORE.is_match(before)
                    // "A six-year-old boy was among the dead", "the dead included a
                    // child": the dead of the happening told before.
                    || (doc.text[e.trigger.clone()].eq_ignore_ascii_case("dead")
                        && THE_BEFORE.is_match(before))))
            || at_the_town_pointed_back();
        // A bare toll is read as the strike's only with the conditions below.
        let only_a_bare_toll = !named_again && a_bare_toll;
        // "Russian forces dropped a guided aerial bomb on Borova, damaging three houses. No
        // one was injured.": a toll of none right after a strike is that strike's.
        let retold = match e.status {
            Status::Reported => named_again || a_bare_toll,
            Status::Negated => only_a_bare_toll,
            Status::Planned => false,
        };
        let Some(si) = doc.sentence_of(e).filter(|_| retold) else {
            i += 1;
            continue;
        };
        // "the Grad rockets had been fired from an area near Oktyabr": where the fire came
        // from is no place of the happening's own.
        let own_place = e
            .place
            .as_ref()
            .filter(|p| {
                p.span.as_ref().is_some_and(|span| {
                    !(remote(e.event_type)
                        && span.start >= e.trigger.end
                        && doc.text[e.trigger.end..span.start].contains(" from "))
                })
            })
            .map(|p| p.entry);
        // A date read from another sentence is not the event's own; "the strike hit the
        // Drama Theatre at about 10 a.m.": nor is a clock time, which names no day.
        let own_day = e.date_span.as_ref().is_some_and(|span| {
            span.start >= e.sentence.start
                && span.end <= e.sentence.end
                && !doc
                    .times
                    .iter()
                    .any(|t| t.span == *span && t.family == crate::time::lexicon::Family::Clock)
        });
        // Within two sentences, or further back over sentences that now tell no event
        // (each told the same happening again): "Quote: \"... attacked Izium with a missile.
        // The strike hit the city centre. Five people were killed ...\" Details: The missile
        // hit the building of the city council".
        let silent_between = |sj: usize| {
            !events
                .iter()
                .any(|g| doc.sentence_of(g).is_some_and(|sg| sg > sj && sg < si))
        };
        // The sentence right before, or one further back when the sentences between now
        // tell no event ("The strike hit the city centre." told the strike again; "The bomb
        // struck the building on Saturday afternoon. Emergency workers pulled 30 people out
        // of the rubble. Two bodies were found.").
        let told_just_before = |f: &Event| {
            doc.sentence_of(f).is_some_and(|sj| {
                sj + 1 == si || (sj + RETOLD_OVER_SILENT_SENTENCES >= si && silent_between(sj))
            })
        };
        let first = events[..i].iter().rposition(|f| {
            doc.sentence_of(f).is_some_and(|sj| {
                sj < si
                    && (sj + RETOLD_WITHIN_SENTENCES >= si
                        || (sj + RETOLD_OVER_SILENT_SENTENCES >= si && silent_between(sj)))
            }) && (f.event_type == e.event_type
                || ((e.event_type == EventType::Casualties
                    || damage_done
                    || remote(e.event_type)
                    || an_attack_again)
                    && remote(f.event_type)))
                && f.status == Status::Reported
                && own_place.is_none_or(|p| {
                    f.place
                        .as_ref()
                        .is_some_and(|fp| fp.entry == p || in_the_town(p, fp.entry))
                })
                && (!own_day || (f.start, f.end) == (e.start, e.end))
                && (!only_a_bare_toll
                    || (told_just_before(f)
                        && remote(f.event_type)
                        // "Ukraine says 366 servicemen were killed" after the shelling of
                        // its columns: a toll a speaker gives of a strike told by nobody is
                        // a statement of its own.
                        && (e.claimed_by.is_none() || f.claimed_by.is_some())
                        && (e.place.is_none()
                            || f.place.as_ref().map(|p| p.entry) == e.place.as_ref().map(|p| p.entry)
                            // "Ukrainian forces shelled the Kuibyshevsky district of Donetsk
                            // ... Several apartment buildings were damaged": the harm told
                            // in the town carried on is the harm in its district.
                            || f.place.as_ref().zip(e.place.as_ref()).is_some_and(|(fp, ep)| {
                                in_the_town(fp.entry, ep.entry)
                            })
                            // "Russian shelling killed three civilians in Kostiantynivka
                            // and Druzhkivka, Governor Vadym Filashkin said. A further six
                            // people were wounded.": the toll carries the region while the
                            // strike is in its towns.
                            || f.place.as_ref().zip(e.place.as_ref()).is_some_and(|(fp, ep)| {
                                let area = doc.gazetteer.entry(ep.entry);
                                matches!(area.kind, Kind::Oblast | Kind::Raion)
                                    && doc.gazetteer.entry(fp.entry).lies_within(area)
                            }))
                        // ("A combined attack on Kharkiv overnight into Saturday" spans
                        // the toll's Saturday; damage is told on no day of its own.)
                        && (damage_done || (f.start <= e.start && e.end <= f.end))))
        });
        let Some(first) = first else {
            i += 1;
            continue;
        };
        let retelling = events.remove(i);
        take_the_tolls_of(&mut events[first], &retelling);
    }
}

/// The counts of dead and wounded a retelling gives that the telling before lacked.
fn take_the_tolls_of(told_first: &mut Event, retelling: &Event) {
    told_first.wounded = told_first.wounded.or(retelling.wounded);
    told_first.fatalities = told_first.fatalities.or(retelling.fatalities);
}

/// "evacuated from border areas of Kharkiv oblast", "frontline communities of Donetsk
/// oblast": the event's area is named as the whole of many places, so one settlement told
/// in the next sentence ("Evacuations from Vovchansk were continuing") is a part of it,
/// not where it happened; so is ground counted over the area.
fn names_many_parts(doc: &DocumentView, event: &Event) -> bool {
    // "16 combat clashes took place in the Kharkiv direction. Our defenders repelled an
    // attack near Vovchansk.": one of many happenings is told next, not the same one.
    static MANY_HAPPENINGS: Lazy<Regex> = Lazy::new(|| {
        crate::words::regex(
            r"(?i)\b(?:\d+|dozens\s+of|several|numerous)\s+(?:[a-z-]+\s+)?(?:clashes|attacks|assaults|battles|engagements|strikes|airstrikes|air\s+strikes|attempts|offensive\s+actions)\b",
        )
    });
    static PARTS_OF: Lazy<Regex> = Lazy::new(|| {
        crate::words::regex(
            r"(?i)\b(?:areas|parts|districts|communities|hromadas|villages|towns|settlements|localities)\s+(?:of|in)\s+(?:the\s+)?$|\b(?:across|throughout)\s+(?:(?:much|most|large\s+parts|swathes|swaths)\s+of\s+)?(?:the\s+)?$",
        )
    });
    MANY_HAPPENINGS.is_match(&doc.text[event.sentence.clone()])
        // "recaptured more than 3,000 square kilometres in the Kharkiv region": ground
        // won over a region is not the town taken the next day.
        || super::dating::TALLY_OF_GROUND.is_match(&doc.text[event.sentence.clone()])
        || event
            .place
            .as_ref()
            .and_then(|p| p.span.as_ref())
            .is_some_and(|span| PARTS_OF.is_match(crate::words::tail(&doc.text[..span.start], 40)))
}

/// A headline restates the story's main happening ("Russia Claims Capture Of Key Town Near
/// Pokrovsk"), as do the summary lines printed under it, and a live blog heads each entry with
/// one ("Two killed in glide bomb attack on
/// Kharkiv"). When the text below reports a happening of the same kind (anywhere in the
/// story, within the next few sentences of an entry), its sentence carries the date, place
/// and speaker, and the headline's copy would be a second, vaguer event.
fn drop_restated_headline(doc: &DocumentView, events: &mut Vec<Event>) {
    /// How near a site lies to a town to be at it: airports and plants lie outside the
    /// towns they are named after.
    const SITE_TOWN_KM: f64 = 20.0;
    /// How far below an entry's headline its body restates it.
    const ENTRY_SENTENCES: usize = 3;
    let is_headline = |si: usize| {
        let span = &doc.sentences[si].span;
        // A list marker may open the line ("• Drone attack on Kharkiv injures 5").
        let before = doc.text[..span.start]
            .trim_end_matches([' ', '\t', '\r'])
            .trim_end_matches(super::dating::LIST_MARKERS)
            .trim_end_matches([' ', '\t']);
        let after = doc.text[span.end..].trim_start_matches([' ', '\t', '\r']);
        (before.is_empty() || before.ends_with('\n'))
            && (after.is_empty() || after.starts_with('\n'))
            && !doc.text[span.clone()]
                .trim_end()
                .ends_with(['.', '!', '?', '"', '\u{201d}', ':'])
    };
    // A lead-in line ("Key developments on Feb. 10:") belongs to the head too.
    let lead_in = |si: usize| {
        doc.text[doc.sentences[si].span.clone()]
            .trim_end()
            .ends_with(':')
    };
    let body_start = (0..doc.sentences.len())
        .find(|&si| !is_headline(si) && !lead_in(si))
        .unwrap_or(doc.sentences.len());
    // Each event's sentence index (events come in text order, sentences too).
    let at: Vec<Option<usize>> = events.iter().map(|e| doc.sentence_of(e)).collect();
    // "• Russian attack on Zaporizhzhia kills 1" is not restated by a toll in Donetsk
    // Oblast: a happening in another oblast is another happening.
    let in_one_oblast = |a: &Event, b: &Event| {
        let oblast = |e: &Event| {
            e.place
                .as_ref()
                .map(|p| doc.gazetteer.entry(p.entry).admin1)
                .filter(|admin1| !admin1.is_empty())
        };
        match (oblast(a), oblast(b)) {
            (Some(x), Some(y)) => x == y,
            _ => true,
        }
    };
    // "Why Russia keeps failing to take Kostiantynivka" is not restated by "the fall of
    // Bakhmut": a happening in another town (or told as not happening) is another one.
    // ("Capture Of Key Town Near Pokrovsk" names only a town near the one taken, and
    // "Pokrovsk: Russia says encirclement complete" only the story's topic.)
    let in_one_town = |a: &Event, b: &Event| {
        let town = |e: &Event| {
            e.place
                .as_ref()
                .filter(|p| p.relation.is_none())
                .filter(|p| {
                    p.span
                        .as_ref()
                        .is_none_or(|span| !doc.text[span.end..].starts_with(':'))
                })
                .map(|p| p.entry)
                .filter(|&entry| {
                    matches!(
                        doc.gazetteer.entry(entry).kind,
                        Kind::Settlement | Kind::Site
                    )
                })
        };
        // A site is at its town: "Kramatorsk station" and Kramatorsk, Luhansk airport and
        // Luhansk are one place; two towns are two.
        let g = doc.gazetteer;
        let site_at = |x: u32, y: u32| {
            (g.entry(x).kind == Kind::Site || g.entry(y).kind == Kind::Site)
                && g.entry(x).point().distance_km(&g.entry(y).point()) < SITE_TOWN_KM
        };
        match (town(a), town(b)) {
            (Some(x), Some(y)) => x == y || site_at(x, y),
            _ => true,
        }
    };
    // "Kramatorsk station attack: what we know": a headline's attack is the strike the body
    // tells.
    // "Ukraine mourns 49 killed as plane shot down over Luhansk": a headline's toll is the
    // toll the body's happening carries.
    let restates = |body: &Event, headline: &Event| {
        body.event_type == headline.event_type
            || (headline.event_type == EventType::Fighting
                && matches!(body.event_type, EventType::Strike | EventType::Shelling))
            || (headline.event_type == EventType::Casualties
                && (body.fatalities.is_some() || body.wounded.is_some()))
    };
    let restated: Vec<bool> = (0..events.len())
        .map(|i| {
            let Some(si) = at[i].filter(|&si| is_headline(si)) else {
                return false;
            };
            // The headline and the summary lines under it, up to the first sentence of the
            // body, restate the whole story.
            let last = if si < body_start {
                doc.sentences.len()
            } else {
                si + 1 + ENTRY_SENTENCES
            };
            (0..events.len()).any(|j| {
                restates(&events[j], &events[i])
                    && events[j].status == events[i].status
                    && in_one_oblast(&events[i], &events[j])
                    && in_one_town(&events[i], &events[j])
                    && at[j].is_some_and(|bj| bj > si && bj < last && !is_headline(bj))
            })
        })
        .collect();
    let mut keep = restated.into_iter().map(|r| !r);
    events.retain(|_| keep.next().unwrap_or(true));
}

/// "Russian forces liberated Marinka": Moscow's word for taking a place is a capture, while
/// Ukraine's liberations are recaptures, coded as advances. A liberation by no one named is
/// Moscow's when Moscow's side tells it ("the liberation of Artemovsk was completed", the
/// Defence Ministry said; "the settlements of Belogorovka and Bila Gora were also
/// liberated" in a state outlet's report).
fn russian_liberation(
    event_type: EventType,
    trigger: &str,
    actor1: Option<&str>,
    russian_speaker: bool,
) -> EventType {
    let russian_side = matches!(
        actor1,
        Some(
            "Russian forces"
                | "Wagner Group"
                | "DPR forces"
                | "LPR forces"
                | "Chechen forces"
                | "Separatist forces"
        )
    ) || (actor1.is_none() && russian_speaker);
    let liberation = trigger
        .get(..7)
        .is_some_and(|w| w.eq_ignore_ascii_case("liberat"));
    if event_type == EventType::Advance && russian_side && liberation {
        EventType::Capture
    } else {
        event_type
    }
}

/// Participles that report words or comment on what was told, whose subject is no actor of
/// the happening they introduce.
const REPORTING_OR_COMMENTING: &[&str] = &[
    "saying",
    "adding",
    "noting",
    "claiming",
    "stating",
    "writing",
    "telling",
    "insisting",
    "warning",
    "explaining",
    "reporting",
    "citing",
    "arguing",
    "posting",
    "raising",
    "prompting",
    "sparking",
    "leaving",
    "making",
    "marking",
    "bringing",
    "calling",
    "describing",
    "urging",
    "ending",
];

/// A rule that gives a trigger another type from the words around it: the trigger table
/// matches a word ("left", "detained", "destroyed"), and its subject or what follows it says
/// what happened.
struct Retyping {
    /// The type the trigger table gave.
    from: EventType,
    /// The type it reports when `applies`.
    to: EventType,
    /// Whether the clause around the trigger (its range in the clause) calls for `to`.
    applies: fn(&str, &Range<usize>) -> bool,
}

/// The retypings, at most one per trigger (no rule's `to` is another's `from`).
const RETYPINGS: &[Retyping] = &[
    // "About 30,000 people have left the city": people who left evacuated ("commanders had
    // left the area" withdrew).
    Retyping {
        from: EventType::Withdrawal,
        to: EventType::Evacuation,
        applies: people_left,
    },
    // "several thousand Russian soldiers had been trapped in the town": troops trapped are
    // encircled (civilians trapped are in a humanitarian plight).
    Retyping {
        from: EventType::Humanitarian,
        to: EventType::Encirclement,
        applies: troops_trapped,
    },
    // "Ukraine's SBU detained a man suspected of helping direct the strike", "occupation
    // forces arrested the deputy mayor": an arrest (ACLED's strategic development), not
    // prisoners of war. Soldiers detained stay prisoners.
    Retyping {
        from: EventType::Prisoners,
        to: EventType::Arrest,
        applies: a_suspect_held,
    },
    // "The Russian command has given the garrison of Bakhmut until Friday to lay down its
    // arms": a deadline to give up is an ultimatum, dated from its making to the deadline.
    Retyping {
        from: EventType::Surrender,
        to: EventType::Ultimatum,
        applies: a_deadline_to_give_up,
    },
    // "destroyed a Russian ammunition depot in the Bryansk region using ATACMS missiles": a
    // destruction done with missiles, drones or bombs is a strike.
    Retyping {
        from: EventType::Destruction,
        to: EventType::Strike,
        applies: done_with_weapons_from_afar,
    },
];

/// "About 4,000 people had been at the station at the time of the attack" after a missile
/// struck it: "the attack" is the strike or shelling the article told before, not a fight.
fn the_strike_told_before(
    event_type: EventType,
    clause: &str,
    trigger: &Range<usize>,
    events: &[Event],
) -> EventType {
    // ("The attack hit a five-storey building": the trigger may hold the verb after it.)
    let word = clause[trigger.clone()].split(' ').next().unwrap_or("");
    let the_attack = event_type == EventType::Fighting
        && (word.eq_ignore_ascii_case("attack") || word.eq_ignore_ascii_case("attacks"))
        && {
            let before = clause[..trigger.start].trim_end();
            before.ends_with("the") || before.ends_with("The")
        };
    if !the_attack {
        return event_type;
    }
    events
        .iter()
        .rev()
        .map(|e| e.event_type)
        .find(|t| matches!(t, EventType::Strike | EventType::Shelling))
        .unwrap_or(event_type)
}

/// The type a trigger reports once the words around it are read ([`RETYPINGS`]).
fn retyped(event_type: EventType, clause: &str, trigger: &Range<usize>) -> EventType {
    RETYPINGS
        .iter()
        .find(|r| r.from == event_type && (r.applies)(clause, trigger))
        .map_or(event_type, |r| r.to)
}

/// Whether the trigger opens with `word` and `subject` is written up to `reach` bytes
/// before it.
fn subject_of(
    word: &str,
    subject: &Regex,
    reach: usize,
    clause: &str,
    trigger: &Range<usize>,
) -> bool {
    let opens_with_word = clause[trigger.clone()]
        .get(..word.len())
        .is_some_and(|w| w.eq_ignore_ascii_case(word));
    opens_with_word && subject.is_match(crate::words::tail(&clause[..trigger.start], reach))
}

fn people_left(clause: &str, trigger: &Range<usize>) -> bool {
    static CIVILIANS: Lazy<Regex> = Lazy::new(|| {
        crate::words::regex(
            r"(?i)\b(?:people|civilians|residents|families|inhabitants|children|refugees)\b",
        )
    });
    subject_of("left", &CIVILIANS, 60, clause, trigger)
}

fn troops_trapped(clause: &str, trigger: &Range<usize>) -> bool {
    // "Ukrainian volunteer battalions, including Donbas and Dnipro-1, have been trapped":
    // the subject may stand behind an appositive; the nearer of troops and civilians
    // written before the verb is the one trapped.
    static TROOPS_OR_CIVILIANS: Lazy<Regex> = Lazy::new(|| {
        crate::words::regex(
            r"(?i)\b(?:(?P<troops>soldiers|troops|servicemen|forces|fighters|units|defenders|garrison|battalions?|brigades?|regiments?|marines|paratroopers)|civilians|residents|people|families|children|inhabitants)\b",
        )
    });
    // "rebels close in on trapped volunteer battalions": or the troops the word describes.
    static TROOPS_AFTER: Lazy<Regex> = Lazy::new(|| {
        crate::words::regex(
            r"(?i)^\s+(?:[a-zA-Z-]+\s+){0,2}?(?:soldiers|troops|servicemen|forces|fighters|units|defenders|garrison|battalions?|brigades?|regiments?|marines|paratroopers)\b",
        )
    });
    let opens_with_trapped = clause[trigger.clone()]
        .get(..7)
        .is_some_and(|w| w.eq_ignore_ascii_case("trapped"));
    opens_with_trapped
        && (TROOPS_OR_CIVILIANS
            .captures_iter(crate::words::tail(&clause[..trigger.start], 90))
            .last()
            .is_some_and(|c| c.name("troops").is_some())
            || (clause[trigger.clone()].len() == 7
                && TROOPS_AFTER.is_match(crate::words::head(&clause[trigger.end..], 50))))
}

fn a_suspect_held(clause: &str, trigger: &Range<usize>) -> bool {
    static SUSPECT_AFTER: Lazy<Regex> = Lazy::new(|| {
        crate::words::regex(
            r"(?i)^\s+(?:(?:a|an|one|two|three|four|five|several|\d+)\s+)?(?:(?:Russian|Ukrainian|local|alleged|suspected|former)\s+)?(?:man|woman|men|women|residents?|suspects?|agents?|collaborators?|informants?|spy|spies|traitors?|saboteurs?|officials?|persons?)\b|\bsuspected\s+of\b|\bon\s+suspicion\s+of\b",
        )
    });
    let verb = &clause[trigger.clone()].to_ascii_lowercase();
    // "The mayor of Izium was abducted by Russian soldiers": people taken from their homes,
    // not soldiers taken in battle.
    verb == "arrested"
        || verb.starts_with("abduct")
        || verb.starts_with("kidnapp")
        || (verb == "detained"
            && SUSPECT_AFTER.is_match(crate::words::head(&clause[trigger.end..], 80)))
}

fn a_deadline_to_give_up(clause: &str, trigger: &Range<usize>) -> bool {
    static DEADLINE_BEFORE: Lazy<Regex> = Lazy::new(|| {
        crate::words::regex(
            r"(?i)\b(?:gave|given|giving|gives|give)\b[^,;]*\b(?:until|till|by|hours|days)\b[^,;]*\bto\s+$",
        )
    });
    let before = &clause[..trigger.start];
    before.ends_with("to ") && DEADLINE_BEFORE.is_match(crate::words::tail(before, 120))
}

fn done_with_weapons_from_afar(clause: &str, trigger: &Range<usize>) -> bool {
    static WEAPON_USED: Lazy<Regex> = Lazy::new(|| {
        crate::words::regex(
            r"(?i)\b(?:using|with)\s+(?:[\w-]+\s+){0,4}?(?:missiles?|drones?|UAVs?|rockets?|bombs?|ATACMS|HIMARS|Storm\s+Shadows?|airstrikes?|air\s+strikes?)\b",
        )
    });
    WEAPON_USED.is_match(crate::words::head(&clause[trigger.end..], 120))
}

/// "Russian troops tried to storm the city but were pushed back": an attack pushed back was
/// repelled, which is fighting. Troops "pushed back recently" with no attack told before are
/// the other side's advance, as is the active "Ukrainian forces pushed Russian troops back".
/// `at` is the trigger's offset in `sentence`.
fn pushed_back(event_type: EventType, sentence: &str, at: usize) -> EventType {
    static PASSIVE: Lazy<Regex> =
        Lazy::new(|| crate::words::regex(r"(?i)\b(?:were|was|been|being|are|is)\s+(?:\w+ly\s+)?$"));
    static ATTACK: Lazy<Regex> = Lazy::new(|| {
        crate::words::regex(r"(?i)\b(?:storm\w*|attack\w*|assault\w*|advanc\w*|break\s+through)\b")
    });
    let pushed = sentence[at..]
        .get(..6)
        .is_some_and(|w| w.eq_ignore_ascii_case("pushed"));
    if event_type == EventType::Advance
        && pushed
        && PASSIVE.is_match(crate::words::tail(&sentence[..at], 24))
        && ATTACK.is_match(crate::words::tail(&sentence[..at], 120))
    {
        EventType::Fighting
    } else {
        event_type
    }
}

/// "Servicemen who surrendered at the Azovstal steelworks are seen at a camp in Olenivka":
/// people who gave themselves up, shown or held somewhere, are prisoners there. The range of
/// the verb that holds them, which places the event.
fn held_after_surrender(
    event_type: EventType,
    clause: &str,
    trigger: &Range<usize>,
) -> Option<Range<usize>> {
    static WHO_BEFORE: Lazy<Regex> =
        Lazy::new(|| crate::words::regex(r"(?i)\b(?:who|that)\s+(?:[a-zA-Z]+\s+)?$"));
    static HELD_AFTER: Lazy<Regex> = Lazy::new(|| {
        crate::words::regex(
            r"(?i)\b(?:are|were|is|was|have\s+been|had\s+been)\s+(?:being\s+|now\s+)?(?P<verb>seen|held|kept|shown|pictured|taken|transferred|moved|brought|detained)\b",
        )
    });
    if event_type != EventType::Surrender
        || !WHO_BEFORE.is_match(crate::words::tail(&clause[..trigger.start], 24))
    {
        return None;
    }
    let after = crate::words::head(&clause[trigger.end..], 120);
    // The participle, not its auxiliary: the name before "are seen" is the subject's, not a
    // modifier of the happening.
    let held = crate::words::group(&HELD_AFTER, &HELD_AFTER.captures(after)?, "verb")?;
    Some(trigger.end + held.start()..trigger.end + held.end())
}

/// The place of the last event of the same type since `topic` (the byte where the
/// sentence's topic starts), as a continuation of its story. Political acts and prisoner
/// exchanges are not continued: each names its place, or has none.
/// "killed and 157 wounded in the withdrawal", "died during the assault": the kind of
/// happening a toll names again with "the", if it does.
fn toll_of_a_named_happening(event_type: EventType, clause: &str) -> Option<EventType> {
    static NAMED: Lazy<Regex> = Lazy::new(|| {
        crate::words::regex(
            r"(?i)\b(?:killed|wounded|injured|died|dead|hurt)\b[^,;]*?\s(?:in|during)\s+(?:the|this|that)\s+(?:(?P<withdrawal>withdrawal|retreat|pull-?out|breakout)|(?P<fighting>fighting|battle|assault|clashes|offensive|counter-?offensive))\b",
        )
    });
    if event_type != EventType::Casualties {
        return None;
    }
    let c = NAMED.captures(clause)?;
    Some(if c.name("withdrawal").is_some() {
        EventType::Withdrawal
    } else {
        EventType::Fighting
    })
}

fn continued_place(events: &[Event], event_type: EventType, topic: usize) -> Option<EventPlace> {
    if event_type.placed_only_by_its_own_words() {
        return None;
    }
    let last = events
        .iter()
        .rev()
        .take_while(|e| e.sentence.start >= topic)
        .find(|e| e.event_type == event_type)?;
    let place = last.place.as_ref()?;
    Some(EventPlace {
        span: None,
        precision: place.precision.max(2),
        relation: None,
        others: Vec::new(),
        listed: Vec::new(),
        ..place.clone()
    })
}
