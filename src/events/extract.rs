//! The event engine: clauses, triggers, and the date, place and claim of each event.

use super::triggers::{EventType, TRIGGERS};
use super::{Event, EventPlace, Status, Verified};
use crate::gazetteer::{Gazetteer, Kind};
use crate::places::PlaceMention;
use crate::sentences::Sentence;
use crate::time::lexicon::REPORTING_VERBS;
use crate::time::TimeMention;
use chrono::NaiveDate;
use once_cell::sync::Lazy;
use regex::Regex;
use std::ops::Range;

static COMPILED: Lazy<Vec<Regex>> = Lazy::new(|| {
    TRIGGERS
        .iter()
        .map(|t| Regex::new(&format!("(?i){}", t.pattern)).expect("trigger patterns are valid"))
        .collect()
});

/// Where a sentence divides into clauses that can each report their own happening.
static CLAUSE_BREAK: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i);|:\s|,\s+but\s|\s+but\s|,?\s+while\s|\s+whereas\s|\s+after\s|,\s+and\s+(?:a|an|the)\s|,\s+where\s").unwrap()
});
static HYPOTHETICAL: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)\b(?:could|might|may|should|must|would|threat of|risk of|threatened to|if|unless|in order to|demanded that|demand that|demands that|called on|urged)\b[^,;]*$").unwrap()
});
static PLANNED: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)\b(?:will|'ll|shall|plans? to|planned to|intends? to|wants? to|looks? to|seeks? to|aims? to|expected to|set to|due to|going to|ready to|prepared to)\b[^,;]*$").unwrap()
});
static PLANNED_AFTER: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)^[^,;]{0,30}?\b(?:is|are|was|were|will be)\s+(?:expected|set|due|scheduled|planned|going)\s+to\b").unwrap()
});
static NEGATED: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)\b(?:not|never|no|without|denied|refused to)\b[^,;]*$|n't\b[^,;]*$").unwrap()
});
static UNVERIFIED: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)\b(?:could not|couldn't|cannot|can't|unable to|not been able to|has been unable to|have been unable to)\s+(?:be\s+)?(?:independently\s+)?(?:verif|confirm)|\bnot (?:been )?(?:independently )?(?:verified|confirmed)\b|\bunable to reach\b[^.]*\bto verify\b").unwrap()
});
static CONFIRMED: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i)\b(?:independently (?:verified|confirmed)|has verified|have verified|geolocated)\b",
    )
    .unwrap()
});
static QUANTITY: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)\b(?:(?:as many as|more than|over|some|about|around|roughly|nearly|almost|at least|up to|another)\s+)?(?:\d[\d,]*(?:\.\d+)?|hundreds|thousands|dozens|tens of thousands)\s+(?:of\s+)?(?:(?:Ukrainian|Russian|severely|seriously|badly|injured|wounded|more)\s+){0,2}(?:soldiers|troops|servicemen|fighters|civilians|people|prisoners|POWs|defenders|children|residents|men|marines|commanders|tanks|missiles|drones|rockets|wounded|dead)\b").unwrap()
});
static GROUP_GAP: Lazy<Regex> = Lazy::new(|| Regex::new(r"^\s*(?:,|and|or|, and|&)\s*$").unwrap());

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
    /// The gazetteer the places point into.
    pub gazetteer: &'a Gazetteer,
}

/// Extracts the events of one document, in text order.
pub fn extract(doc: &DocumentView) -> Vec<Event> {
    let mut events = Vec::new();
    let unverified_at = doc
        .sentences
        .iter()
        .rposition(|s| UNVERIFIED.is_match(&doc.text[s.span.clone()]));
    let confirmed_at = doc
        .sentences
        .iter()
        .rposition(|s| CONFIRMED.is_match(&doc.text[s.span.clone()]));
    for (si, sentence) in doc.sentences.iter().enumerate() {
        let text = &doc.text[sentence.span.clone()];
        for clause in clauses(text) {
            let clause_text = &text[clause.clone()];
            let Some((event_type, trigger, status)) = best_trigger(clause_text) else {
                continue;
            };
            let offset = sentence.span.start;
            let clause_abs = clause.start + offset..clause.end + offset;
            let trigger_abs = trigger.start + clause_abs.start..trigger.end + clause_abs.start;
            let (date, date_span, reported) =
                date_of(doc, si, &clause_abs, &trigger_abs, event_type);
            let place = place_of(doc, si, &clause_abs, event_type);
            let verified = if unverified_at.is_some_and(|k| si <= k) {
                Verified::No
            } else if confirmed_at.is_some_and(|k| si <= k) {
                Verified::Yes
            } else {
                Verified::Unknown
            };
            events.push(Event {
                event_type,
                status,
                sentence: sentence.span.clone(),
                trigger: trigger_abs,
                start: date.map(|d| d.0),
                end: date.map(|d| d.1),
                time_precision: date.map(|d| d.2).unwrap_or(3),
                date_span,
                reported,
                place,
                claimed_by: claimant(text),
                verified,
                quantity: QUANTITY.find(clause_text).map(|m| m.as_str().to_string()),
            });
        }
    }
    events
}

/// The clauses of a sentence, as ranges of it.
fn clauses(sentence: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for m in CLAUSE_BREAK.find_iter(sentence) {
        if m.start() > start {
            out.push(start..m.start());
        }
        start = m.end();
    }
    if start < sentence.len() {
        out.push(start..sentence.len());
    }
    out
}

/// The first trigger in priority order that is not hypothetical; reported ones before
/// planned, planned before negated.
fn best_trigger(clause: &str) -> Option<(EventType, Range<usize>, Status)> {
    let mut best: Option<(Status, usize, EventType, Range<usize>)> = None;
    for (rank, (row, re)) in TRIGGERS.iter().zip(COMPILED.iter()).enumerate() {
        for m in re.find_iter(clause) {
            let before = &clause[m.start().saturating_sub(80)..m.start()];
            let before = &before[before.char_indices().next().map(|(i, _)| i).unwrap_or(0)..];
            if HYPOTHETICAL.is_match(before) {
                continue;
            }
            let status = if NEGATED.is_match(before) {
                Status::Negated
            } else if PLANNED.is_match(before) || PLANNED_AFTER.is_match(&clause[m.end()..]) {
                Status::Planned
            } else {
                Status::Reported
            };
            let key = (status, rank);
            if best.as_ref().is_none_or(|b| key < (b.0, b.1)) {
                best = Some((status, rank, row.event_type, m.range()));
            }
            break;
        }
    }
    best.map(|(status, _, t, r)| (t, r, status))
}

/// Whether a time expression dates the report rather than the happening: it follows a
/// reporting verb ("said Tuesday", "claimed on Thursday", "in an update Tuesday").
fn is_report_time(text: &str, span: &Range<usize>) -> bool {
    let before = &text[span.start.saturating_sub(40)..span.start];
    let words: Vec<String> = before
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let mut last = words.iter().rev().filter(|w| *w != "on");
    last.next()
        .is_some_and(|w| REPORTING_VERBS.contains(&w.as_str()))
}

type Dated = (NaiveDate, NaiveDate, u8);

fn date_of(
    doc: &DocumentView,
    si: usize,
    clause: &Range<usize>,
    trigger: &Range<usize>,
    event_type: EventType,
) -> (Option<Dated>, Option<Range<usize>>, Option<NaiveDate>) {
    let in_sentence: Vec<&TimeMention> = doc
        .times
        .iter()
        .filter(|t| t.sentence == si && t.resolved.is_some())
        .collect();
    let distance = |t: &TimeMention| {
        if t.span.start >= trigger.end {
            t.span.start - trigger.end
        } else {
            trigger.start.saturating_sub(t.span.end)
        }
    };
    let nearest = |pred: &dyn Fn(&TimeMention) -> bool| {
        in_sentence
            .iter()
            .filter(|t| pred(t))
            .min_by_key(|t| distance(t))
            .copied()
    };
    let report = nearest(&|t| is_report_time(doc.text, &t.span));
    let reported = report
        .and_then(|t| t.resolved.as_ref().map(|r| r.start))
        .or(doc.published);
    let in_clause = |t: &TimeMention| t.span.start >= clause.start && t.span.end <= clause.end;
    let happening = nearest(&|t| in_clause(t) && !is_report_time(doc.text, &t.span))
        .or_else(|| nearest(&|t| !is_report_time(doc.text, &t.span)))
        .or(report);
    match happening.and_then(|t| t.resolved.as_ref().map(|r| (t, r))) {
        Some((t, r)) => {
            let mut start = r.start;
            // An ultimatum runs from its making to its deadline.
            if event_type == EventType::Ultimatum {
                if let Some(made) = reported.filter(|m| *m < r.start) {
                    start = made;
                }
            }
            let precision = r.precision.acled();
            (
                Some((start, r.end, precision)),
                Some(t.span.clone()),
                reported,
            )
        }
        None => (doc.published.map(|p| (p, p, 2)), None, reported),
    }
}

fn place_of(
    doc: &DocumentView,
    si: usize,
    clause: &Range<usize>,
    event_type: EventType,
) -> Option<EventPlace> {
    let g = doc.gazetteer;
    let usable = |p: &&PlaceMention| g.entry(p.entry).kind != Kind::Country;
    let in_clause: Vec<&PlaceMention> = doc
        .places
        .iter()
        .filter(|p| p.sentence == si && p.span.start >= clause.start && p.span.end <= clause.end)
        .filter(usable)
        .collect();
    let in_sentence: Vec<&PlaceMention> = doc
        .places
        .iter()
        .filter(|p| p.sentence == si)
        .filter(usable)
        .collect();
    for candidates in [in_clause, in_sentence] {
        if let Some(place) = choose(doc, &candidates, event_type) {
            return Some(place);
        }
    }
    // The article's focus: the last place named before this sentence.
    let focus = doc
        .places
        .iter()
        .filter(|p| p.sentence < si && !p.reference)
        .rfind(usable)?;
    let kind = g.entry(focus.entry).kind;
    Some(EventPlace {
        entry: focus.entry,
        span: None,
        precision: kind.geo_precision().max(2),
        relation: None,
        others: Vec::new(),
    })
}

/// The most specific group of places, the last such group in the clause; its first member
/// is the place, the others are listed. Territorial events prefer regions.
fn choose(
    doc: &DocumentView,
    candidates: &[&PlaceMention],
    event_type: EventType,
) -> Option<EventPlace> {
    let g = doc.gazetteer;
    let main: Vec<&PlaceMention> = {
        let not_ref: Vec<&PlaceMention> = candidates
            .iter()
            .copied()
            .filter(|p| !p.reference)
            .collect();
        if not_ref.is_empty() {
            candidates.to_vec()
        } else {
            not_ref
        }
    };
    if main.is_empty() {
        return None;
    }
    let mut groups: Vec<Vec<&PlaceMention>> = Vec::new();
    for p in main {
        let joins = groups
            .last()
            .and_then(|grp| grp.last())
            .is_some_and(|last| {
                last.span.end <= p.span.start
                    && GROUP_GAP.is_match(&doc.text[last.span.end..p.span.start])
            });
        match groups.last_mut() {
            Some(grp) if joins => grp.push(p),
            _ => groups.push(vec![p]),
        }
    }
    let specificity = |grp: &Vec<&PlaceMention>| {
        let k = grp
            .iter()
            .map(|p| g.entry(p.entry).kind)
            .min()
            .unwrap_or(Kind::Country);
        let rank = match k {
            Kind::Site => 0,
            Kind::Settlement => 1,
            Kind::Raion => 2,
            Kind::Oblast | Kind::Region => 3,
            Kind::Country => 4,
        };
        if event_type.is_territorial() {
            4 - rank.min(3)
        } else {
            rank
        }
    };
    let best_rank = groups.iter().map(specificity).min()?;
    let group = groups
        .into_iter()
        .rev()
        .find(|grp| specificity(grp) == best_rank)?;
    let mut members: Vec<&PlaceMention> = group;
    members.sort_by_key(|p| g.entry(p.entry).kind);
    let first = members[0];
    // Two or more oblasts together: the region that spans them (Donetsk + Luhansk = Donbas).
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
                    .map(|p| doc.text[p.span.clone()].to_string())
                    .collect(),
            });
        }
    }
    let kind = g.entry(first.entry).kind;
    let precision = if first.relation.is_some() {
        kind.geo_precision().max(2)
    } else {
        kind.geo_precision()
    };
    Some(EventPlace {
        entry: first.entry,
        span: Some(first.span.clone()),
        precision,
        relation: first.relation.clone(),
        others: members[1..]
            .iter()
            .map(|p| doc.text[p.span.clone()].to_string())
            .collect(),
    })
}

/// The smallest curated region whose oblasts include all of `oblasts`.
fn spanning_region(g: &Gazetteer, oblasts: &[&str]) -> Option<u32> {
    g.regions()
        .iter()
        .copied()
        .filter(|&i| {
            let spans = &g.entry(i).admin1;
            oblasts.iter().all(|o| spans.split('|').any(|a| a == *o))
        })
        .min_by_key(|&i| g.entry(i).admin1.split('|').count())
}

/// The speaker of a sentence: the words before its reporting verb back to the clause
/// start ("the LPR official told"), or the name after a final "said".
fn claimant(sentence: &str) -> Option<String> {
    static VERB: Lazy<Regex> = Lazy::new(|| {
        Regex::new(r"\b(?:said|says|claimed|claims|told|reported|announced|wrote|stated|alleged|acknowledged|confirmed|denied|insisted|warned)\b").unwrap()
    });
    static AFTER: Lazy<Regex> = Lazy::new(|| {
        Regex::new(r"[,\u201d\u2019\x22]\s*said\s+(?P<who>(?:the\s+)?\p{Lu}[\w\u2019'.-]*(?:\s+\p{Lu}[\w\u2019'.-]*){0,4})").unwrap()
    });
    if let Some(c) = AFTER.captures(sentence) {
        return Some(c["who"].trim().trim_end_matches('.').to_string());
    }
    for m in VERB.find_iter(sentence) {
        let before = &sentence[..m.start()];
        let start = before
            .rfind([',', ';', ':', '\u{201d}', '"', '\u{201c}'])
            .map(|i| i + before[i..].chars().next().map(char::len_utf8).unwrap_or(1))
            .unwrap_or(0);
        let mut subject = before[start..].trim();
        for lead in ["but ", "and ", "while ", "instead ", "Instead "] {
            subject = subject.strip_prefix(lead).unwrap_or(subject).trim();
        }
        let words: Vec<&str> = subject.split_whitespace().collect();
        if words.is_empty() || words.len() > 14 {
            continue;
        }
        if matches!(
            words.last().map(|w| w.to_lowercase()).as_deref(),
            Some("he" | "she" | "it" | "they" | "who" | "which" | "that")
        ) && words.len() == 1
        {
            return None;
        }
        let s = words.join(" ");
        let s = s
            .trim_start_matches("the ")
            .trim_start_matches("The ")
            .to_string();
        if s.chars().any(char::is_uppercase) {
            return Some(s);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::events::triggers::TRIGGERS;

    #[test]
    fn every_trigger_fires_on_its_example() {
        for t in TRIGGERS {
            let got = best_trigger(t.example).map(|(ty, _, _)| ty);
            assert_eq!(got, Some(t.event_type), "{:?}", t.example);
        }
    }

    #[test]
    fn hypothetical_negated_and_planned() {
        assert_eq!(best_trigger("The troops could be encircled soon."), None);
        let (t, _, s) =
            best_trigger("There is no record of any commanders having surrendered.").unwrap();
        assert_eq!((t, s), (EventType::Surrender, Status::Negated));
        let (t, _, s) =
            best_trigger("The annexation is expected to be approved next week.").unwrap();
        assert_eq!((t, s), (EventType::Political, Status::Planned));
        let (t, _, s) =
            best_trigger("Parliament is expected to annex the regions next week.").unwrap();
        assert_eq!((t, s), (EventType::Political, Status::Planned));
    }

    #[test]
    fn claimants() {
        assert_eq!(
            claimant("Russia's Defense Ministry said in its daily briefing."),
            Some("Russia's Defense Ministry".into())
        );
        assert_eq!(
            claimant("\u{201c}The losses are painful,\u{201d} said Zelenskiy."),
            Some("Zelenskiy".into())
        );
        assert_eq!(claimant("Troops left the city."), None);
    }
}
