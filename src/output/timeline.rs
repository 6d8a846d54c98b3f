//! `timeline.json`: the events in TimelineJS 3's JSON format, one slide per event, grouped
//! by event type. A date is `{"year", "month", "day"}` (numbers), the text holds the
//! escaped evidence sentence, the source link, the claimant and the verification.

use super::html::{escape, safe_url};
use super::EventRow;
use serde_json::{json, Value};
use std::io::{self, Write};

fn date(day: &str) -> Option<Value> {
    let mut parts = day.split('-').map(|p| p.parse::<i64>().ok());
    let (y, m, d) = (parts.next()??, parts.next()??, parts.next()??);
    Some(json!({"year": y, "month": m, "day": d}))
}

fn slide(row: &EventRow) -> Option<Value> {
    let start = date(row.event_date.as_deref()?)?;
    let end = row
        .date_end
        .as_deref()
        .and_then(date)
        .unwrap_or_else(|| start.clone());
    let place = row.location.as_deref().unwrap_or("place unknown");
    let mut text = format!("<p>{}</p>", escape(&row.sentence));
    let source = row.source.as_deref().unwrap_or(&row.doc_id);
    match row.url.as_deref().and_then(safe_url) {
        Some(url) => text.push_str(&format!(
            "<p>Source: <a href=\"{url}\">{}</a>",
            escape(source)
        )),
        None => text.push_str(&format!("<p>Source: {}", escape(source))),
    }
    if let Some(who) = &row.claimed_by {
        text.push_str(&format!(" · claimed by {}", escape(who)));
    }
    text.push_str(&format!(
        " · verified: {} · status: {}</p>",
        escape(&row.verified),
        escape(&row.status)
    ));
    Some(json!({
        "unique_id": row.event_id,
        "start_date": start,
        "end_date": end,
        "group": row.event_type,
        "text": {
            "headline": escape(&format!("{} — {}", row.event_type, place)),
            "text": text,
        },
    }))
}

/// Writes the timeline of `rows` (events without a date are left out: a timeline needs one).
/// Slides are written one by one, so a long timeline is never held in memory whole.
pub fn write<W: Write>(mut out: W, rows: &[EventRow]) -> io::Result<()> {
    let dated = rows.iter().filter(|r| r.event_date.is_some()).count();
    let title = json!({"text": {
        "headline": "Events extracted by dateline",
        "text": format!("<p>{dated} events</p>"),
    }});
    out.write_all(b"{\"title\":")?;
    serde_json::to_writer(&mut out, &title).map_err(io::Error::other)?;
    out.write_all(b",\"events\":[")?;
    for (i, s) in rows.iter().filter_map(slide).enumerate() {
        if i > 0 {
            out.write_all(b",")?;
        }
        out.write_all(b"\n")?;
        serde_json::to_writer(&mut out, &s).map_err(io::Error::other)?;
    }
    out.write_all(b"\n]}\n")
}
