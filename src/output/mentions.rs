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
use serde_json::{json, Value};

/// The mentions object of one document.
pub fn mentions(analysis: &Analysis, gazetteer: &Gazetteer) -> Value {
    let doc = &analysis.document;
    let places: Vec<Value> = analysis
        .places
        .iter()
        .map(|p| {
            let e = gazetteer.entry(p.entry);
            json!({
                "span": [p.span.start, p.span.end],
                "text": &doc.text[p.span.clone()],
                "name": e.name,
                "kind": e.kind.location_kind(),
                "admin1": e.admin1,
                "admin2": e.admin2,
                "lat": e.lat,
                "lon": e.lon,
                "gazetteer_id": e.id,
                "score": (p.score * 100.0).round() / 100.0,
                "candidates": p.candidates,
                "runner_up": p.runner_up.map(|(i, s)| {
                    let r = gazetteer.entry(i);
                    json!({"gazetteer_id": r.id, "name": r.name, "admin1": r.admin1, "score": (s * 100.0).round() / 100.0})
                }),
                "relation": p.relation,
                "reference": p.reference,
            })
        })
        .collect();
    let times: Vec<Value> = analysis
        .times
        .iter()
        .map(|t| {
            let r = t.resolved.as_ref();
            json!({
                "span": [t.span.start, t.span.end],
                "text": &doc.text[t.span.clone()],
                "start": r.map(|r| r.start.to_string()),
                "end": r.map(|r| r.end.to_string()),
                "precision": r.map(|r| r.precision.as_str()),
                "value": r.map(|r| r.value.clone()),
                "mod": r.and_then(|r| r.modifier),
                "instant": r.and_then(|r| r.instant).map(|i| i.format("%Y-%m-%dT%H:%M:%SZ").to_string()),
                "cue": r.map(|r| r.cue.clone()).unwrap_or_else(|| "unresolved: no publication date to anchor it".into()),
                "family": t.family.as_str(),
            })
        })
        .collect();
    json!({
        "doc_id": doc.id,
        "published": doc.published.date().map(|d| d.to_string()),
        "published_from": doc.published.how(),
        "source": doc.source,
        "url": doc.url,
        "places": places,
        "times": times,
        "dropped_lines": analysis.dropped_lines,
        "warnings": doc.warnings,
    })
}
