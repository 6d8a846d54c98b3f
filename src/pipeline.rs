//! One document through every stage: clean, sentences, places, times, events.
//!
//! [`analyze`] is a pure function of the document and the gazetteer, so the caller may run
//! documents in parallel and put the results back in input order.

use crate::clean;
use crate::document::{Document, Published};
use crate::events::{self, Event};
use crate::gazetteer::Gazetteer;
use crate::places::{self, PlaceMention};
use crate::sentences::{self, Sentence};
use crate::time::{self, TimeMention};

/// Everything found in one document.
pub struct Analysis {
    /// The document itself.
    pub document: Document,
    /// Its kept sentences.
    pub sentences: Vec<Sentence>,
    /// Places named in it.
    pub places: Vec<PlaceMention>,
    /// Time expressions in it.
    pub times: Vec<TimeMention>,
    /// Events, in text order.
    pub events: Vec<Event>,
    /// How many lines were dropped as web cruft.
    pub dropped_lines: usize,
}

/// How far a dateline's date may lie from the publication date (a story filed late at night,
/// published days later as a weekly).
const DATELINE_DAYS: i64 = 7;

/// Runs every stage on `document`.
pub fn analyze(document: Document, gazetteer: &Gazetteer) -> Analysis {
    let cleaned = clean::clean(&document.text, gazetteer);
    let sentences = sentences::split(&document.text, &cleaned.kept);
    let places = places::find(&document.text, &sentences, gazetteer);
    let published = document.published.date();
    let mut times = time::find(&document.text, &sentences, published);
    // A dateline's own date is the day of filing, and a stamp line's ("Updated ...") the
    // page's, not a date of the story.
    // "February 24, 2022 - Russia launches its full-scale invasion" opening a story of 2024
    // is the first item of a timeline, not its dateline: a dateline's date is within days
    // of the publication.
    let dated_dateline = time::dateline::dated_dateline(&document.text).filter(|span| {
        published.is_none_or(|p| {
            times
                .iter()
                .filter(|t| t.span.start >= span.start && t.span.end <= span.end)
                .filter_map(|t| t.resolved.as_ref())
                .all(|r| (r.start - p).num_days().abs() <= DATELINE_DAYS)
        })
    });
    let datelines = [
        match &document.published {
            Published::FoundInText { span, .. } => Some(span.clone()),
            _ => None,
        },
        dated_dateline,
        time::dateline::stamp_line(&document.text),
    ];
    for span in datelines.into_iter().flatten() {
        times.retain(|t| t.span.end <= span.start || t.span.start >= span.end);
    }
    let title_time = document
        .title
        .as_deref()
        .and_then(|title| time::title_time(title, published));
    let events = events::extract(&events::extract::DocumentView {
        text: &document.text,
        sentences: &sentences,
        places: &places,
        times: &times,
        published,
        title_time: title_time.as_ref(),
        gazetteer,
    });
    Analysis {
        document,
        sentences,
        places,
        times,
        events,
        dropped_lines: cleaned.dropped.len(),
    }
}
