//! Outputs: `events.csv`, `events.geojson`, `groups.csv`, `mentions.jsonl`, and the event
//! stream.
//!
//! Every file is written to a temporary file in the output folder and renamed into place
//! when complete ([`atomic`]), so an interrupted run leaves the previous file or the new
//! one, never half of one. Rows are built once ([`EventRow`]) and written by each format.

pub mod atomic;
pub mod events_csv;
pub mod events_geojson;
pub mod groups_csv;
pub mod html;
pub mod json_row;
pub mod mentions;
pub mod qml;
pub mod report;
pub mod sink;
pub mod timeline;

use crate::gazetteer::Gazetteer;
use crate::pipeline::Analysis;
use serde::Serialize;

/// One event as written to the CSV, the GeoJSON properties and the stream, with its
/// columns in order. `None` is an empty CSV cell and a JSON `null`.
///
/// Dates are `YYYY-MM-DD`, the interval inclusive; precisions are ACLED's 1/2/3 codes;
/// `char_start`/`char_end` are byte offsets of `sentence` in the original text.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct EventRow {
    /// `<doc_id>-<n>`, n counting the document's events from 1.
    pub event_id: String,
    /// The document id.
    pub doc_id: String,
    /// First day of the happening.
    pub event_date: Option<String>,
    /// Last day of the happening (inclusive).
    pub date_end: Option<String>,
    /// 1 day, 2 week, 3 month or wider.
    pub time_precision: Option<u8>,
    /// The time expression that dated it.
    pub date_text: Option<String>,
    /// The day it was reported.
    pub reported_date: Option<String>,
    /// surrender, encirclement, capture, withdrawal, advance, ...
    pub event_type: String,
    /// ACLED event type.
    pub acled_event_type: String,
    /// ACLED sub-event type.
    pub acled_sub_event_type: String,
    /// reported, planned or negated.
    pub status: String,
    /// Place name.
    pub location: Option<String>,
    /// settlement, site, raion, region or country.
    pub location_kind: Option<String>,
    /// Oblast.
    pub admin1: Option<String>,
    /// Raion.
    pub admin2: Option<String>,
    /// WGS84 latitude.
    pub latitude: Option<f64>,
    /// WGS84 longitude.
    pub longitude: Option<f64>,
    /// 1 the place, 2 near it or from context, 3 a region.
    pub geo_precision: Option<u8>,
    /// The words naming the place.
    pub place_text: Option<String>,
    /// near, outside, north of ...
    pub place_relation: Option<String>,
    /// Other places named with it, `; ` between.
    pub place_others: Option<String>,
    /// Gazetteer id (`gn:<geonameid>`, `site:`, `region:`).
    pub gazetteer_id: Option<String>,
    /// Who acted ("Russian forces").
    pub actor1: Option<String>,
    /// Who was acted upon.
    pub actor2: Option<String>,
    /// The speaker.
    pub claimed_by: Option<String>,
    /// yes, no or unknown.
    pub verified: String,
    /// A claimed number with what it counts.
    pub quantity: Option<String>,
    /// People captured or surrendered, as claimed.
    pub captured: Option<u64>,
    /// People wounded, as claimed.
    pub wounded: Option<u64>,
    /// People killed, as claimed.
    pub fatalities: Option<u64>,
    /// The group of reports of the same happening across documents (`groups.csv`); empty
    /// when streaming.
    pub event_group: Option<String>,
    /// The evidence sentence as in the article.
    pub sentence: String,
    /// Byte offset where the sentence starts.
    pub char_start: usize,
    /// Byte offset where it ends.
    pub char_end: usize,
    /// The outlet.
    pub source: Option<String>,
    /// The address.
    pub url: Option<String>,
    /// The publication date (empty when unknown).
    pub published: Option<String>,
}

/// The rows of one analysed document, in text order.
pub fn event_rows(analysis: &Analysis, gazetteer: &Gazetteer) -> Vec<EventRow> {
    let doc = &analysis.document;
    let date = |d: Option<chrono::NaiveDate>| d.map(crate::time::iso_date);
    analysis
        .events
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let (acled_type, acled_sub) = e.event_type.acled();
            let entry = e.place.as_ref().map(|p| gazetteer.entry(p.entry));
            let place = e.place.as_ref();
            EventRow {
                event_id: format!("{}-{}", doc.id, i + 1),
                doc_id: doc.id.clone(),
                event_date: date(e.start),
                date_end: date(e.end),
                time_precision: e.start.map(|_| e.time_precision),
                date_text: e.date_span.clone().map(|s| doc.text[s].to_string()),
                reported_date: date(e.reported),
                event_type: e.event_type.as_str().to_string(),
                acled_event_type: acled_type.to_string(),
                acled_sub_event_type: acled_sub.to_string(),
                status: e.status.as_str().to_string(),
                location: entry.map(|x| x.name.to_string()),
                location_kind: entry.map(|x| x.kind.location_kind().to_string()),
                admin1: entry
                    .map(|x| x.admin1.to_string())
                    .filter(|s| !s.is_empty()),
                admin2: entry
                    .map(|x| x.admin2.to_string())
                    .filter(|s| !s.is_empty()),
                latitude: entry.map(|x| x.lat),
                longitude: entry.map(|x| x.lon),
                geo_precision: place.map(|p| p.precision),
                place_text: place
                    .and_then(|p| p.span.clone())
                    .map(|s| doc.text[s].to_string()),
                place_relation: place.and_then(|p| p.relation.clone()),
                place_others: place
                    .filter(|p| !p.others.is_empty())
                    .map(|p| p.others.join("; ")),
                gazetteer_id: entry.map(|x| x.id.to_string()),
                actor1: e.actor1.map(str::to_string),
                actor2: e.actor2.map(str::to_string),
                claimed_by: e.claimed_by.clone(),
                verified: e.verified.as_str().to_string(),
                quantity: e.quantity.as_ref().map(|q| q.text.clone()),
                captured: e.captured,
                wounded: e.wounded,
                fatalities: e.fatalities,
                event_group: None,
                sentence: doc.text[e.sentence.clone()].to_string(),
                char_start: e.sentence.start,
                char_end: e.sentence.end,
                source: doc.source.clone(),
                url: doc.url.clone(),
                published: date(doc.published.date()),
            }
        })
        .collect()
}
