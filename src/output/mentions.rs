//! `mentions.jsonl`: one JSON object per document, for checking and for other tools.
//!
//! ```json
//! {"doc_id": "000", "published": "2022-05-17", "published_from": "given",
//!  "places": [{"span": [b, e], "text": "Severodonetsk", "name": "Siverskodonetsk",
//!              "kind": "settlement", "admin1": "Luhansk", "admin2": "...", "lat": 48.9,
//!              "lon": 38.5, "gazetteer_id": "gn:691999", "score": 9.1, "candidates": 1,
//!              "runner_up": null, "relation": null}],
//!  "times": [{"span": [b, e], "text": "Tuesday", "start": "2022-05-17", "end": "2022-05-17",
//!             "precision": "day", "value": "2022-05-17", "mod": null, "instant": null,
//!             "cue": "past tense default", "family": "weekday"}],
//!  "warnings": []}
//! ```
//! `span` is a byte range of the original text; an unresolved time has `start: null`.

use crate::gazetteer::Gazetteer;
use crate::pipeline::Analysis;
use crate::time::iso_date;
use serde::Serialize;

/// The mentions object of one document, borrowing from its analysis. Typed rather than
/// built as a JSON map: it is written for every document.
#[derive(Serialize)]
pub struct Mentions<'a> {
    doc_id: &'a str,
    published: Option<String>,
    published_from: &'static str,
    source: Option<&'a str>,
    url: Option<&'a str>,
    places: Vec<PlaceOut<'a>>,
    times: Vec<TimeOut<'a>>,
    dropped_lines: usize,
    warnings: &'a [String],
}

#[derive(Serialize)]
struct PlaceOut<'a> {
    span: [usize; 2],
    text: &'a str,
    name: &'a str,
    kind: &'static str,
    admin1: &'a str,
    admin2: &'a str,
    lat: f64,
    lon: f64,
    gazetteer_id: &'a str,
    score: f64,
    candidates: usize,
    runner_up: Option<RunnerUp<'a>>,
    relation: Option<&'a str>,
    reference: bool,
}

#[derive(Serialize)]
struct RunnerUp<'a> {
    gazetteer_id: &'a str,
    name: &'a str,
    admin1: &'a str,
    score: f64,
}

#[derive(Serialize)]
struct TimeOut<'a> {
    span: [usize; 2],
    text: &'a str,
    start: Option<String>,
    end: Option<String>,
    precision: Option<&'static str>,
    value: Option<&'a str>,
    #[serde(rename = "mod")]
    modifier: Option<&'static str>,
    instant: Option<String>,
    cue: &'a str,
    family: &'static str,
}

/// Two decimals: scores are for reading, not for arithmetic.
fn rounded(score: f64) -> f64 {
    (score * 100.0).round() / 100.0
}

/// The mentions object of one document.
pub fn mentions<'a>(analysis: &'a Analysis, gazetteer: &'a Gazetteer) -> Mentions<'a> {
    let doc = &analysis.document;
    let places = analysis
        .places
        .iter()
        .map(|p| {
            let e = gazetteer.entry(p.entry);
            PlaceOut {
                span: [p.span.start, p.span.end],
                text: &doc.text[p.span.clone()],
                name: e.name,
                kind: e.kind.location_kind(),
                admin1: e.admin1,
                admin2: e.admin2,
                lat: e.lat,
                lon: e.lon,
                gazetteer_id: e.id,
                score: rounded(p.score),
                candidates: p.candidates,
                runner_up: p.runner_up.map(|(i, s)| {
                    let r = gazetteer.entry(i);
                    RunnerUp {
                        gazetteer_id: r.id,
                        name: r.name,
                        admin1: r.admin1,
                        score: rounded(s),
                    }
                }),
                relation: p.relation.as_deref(),
                reference: p.reference,
            }
        })
        .collect();
    let times = analysis
        .times
        .iter()
        .map(|t| {
            let r = t.resolved.as_ref();
            TimeOut {
                span: [t.span.start, t.span.end],
                text: &doc.text[t.span.clone()],
                start: r.map(|r| iso_date(r.start)),
                end: r.map(|r| iso_date(r.end)),
                precision: r.map(|r| r.precision.as_str()),
                value: r.map(|r| r.value.as_str()),
                modifier: r.and_then(|r| r.modifier),
                instant: r
                    .and_then(|r| r.instant)
                    .map(|i| i.format("%Y-%m-%dT%H:%M:%SZ").to_string()),
                cue: match r {
                    Some(r) => r.cue.as_str(),
                    None if doc.published.date().is_none() => {
                        "unresolved: no publication date to anchor it"
                    }
                    None => "unresolved: the text does not give enough to date it",
                },
                family: t.family.as_str(),
            }
        })
        .collect();
    Mentions {
        doc_id: &doc.id,
        published: doc.published.date().map(iso_date),
        published_from: doc.published.how(),
        source: doc.source.as_deref(),
        url: doc.url.as_deref(),
        places,
        times,
        dropped_lines: analysis.dropped_lines,
        warnings: &doc.warnings,
    }
}
