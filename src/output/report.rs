//! `report.html`: one self-contained page (no network) with a map of the events over the
//! oblast outlines and a timeline below; clicking an event shows its evidence sentence,
//! source link, claimant and verification.
//!
//! The map and the timeline are drawn here as SVG, so the page shows them even without
//! scripts; a small inline script only fills the details panel, with `textContent` (article
//! text is never parsed as HTML). Outlines: `gazetteer/oblasts.geojson`, simplified from
//! geoBoundaries (ODbL 1.0, © OpenStreetMap contributors).

use super::html::escape;
use super::EventRow;
use crate::events::triggers::EventType;
use chrono::NaiveDate;
use std::fmt::Write as _;
use std::io::{self, Write};

const OUTLINES: &str = include_str!("../../gazetteer/oblasts.geojson");
const WIDTH: f64 = 960.0;
/// The map's frame: Ukraine, in degrees.
const WEST: f64 = 22.0;
const EAST: f64 = 40.5;
const NORTH: f64 = 52.5;
const SOUTH: f64 = 44.0;
/// Longitude is shortened by the cosine of the middle latitude (an equirectangular map).
const COS_MID: f64 = 0.6626;
const COLORS: &[&str] = &[
    "#1f78b4", "#e31a1c", "#6a3d9a", "#ff7f00", "#33a02c", "#b15928", "#fb9a99", "#a6cee3",
    "#b2df8a", "#fdbf6f", "#cab2d6", "#c9c900", "#808080", "#000000", "#f0027f", "#1b9e77",
    "#01665e", "#253494", "#6b6b00",
];

/// The most events the report draws.
pub const REPORT_MAX_EVENTS: usize = 5_000;

fn scale() -> f64 {
    WIDTH / ((EAST - WEST) * COS_MID)
}

fn project(lon: f64, lat: f64) -> (f64, f64) {
    ((lon - WEST) * COS_MID * scale(), (NORTH - lat) * scale())
}

fn color(event_type: &str) -> &'static str {
    let i = EventType::ALL
        .iter()
        .position(|t| t.as_str() == event_type)
        .unwrap_or(0);
    COLORS[i % COLORS.len()]
}

fn outlines_svg() -> String {
    let mut out = String::new();
    let Ok(geojson::GeoJson::FeatureCollection(fc)) = OUTLINES.parse::<geojson::GeoJson>() else {
        return out;
    };
    for f in fc.features {
        let name = f
            .property("name")
            .and_then(|v| v.as_str())
            .unwrap_or("")
            .to_string();
        let Some(geojson::Value::MultiPolygon(polys)) = f.geometry.map(|g| g.value) else {
            continue;
        };
        let mut d = String::new();
        for ring in polys.iter().flatten() {
            for (i, p) in ring.iter().enumerate() {
                let (x, y) = project(p[0], p[1]);
                let _ = write!(d, "{}{x:.1},{y:.1}", if i == 0 { "M" } else { "L" });
            }
            d.push('Z');
        }
        let _ = writeln!(
            out,
            "<path class=\"oblast\" d=\"{d}\"><title>{}</title></path>",
            escape(&name)
        );
    }
    out
}

fn day(s: &Option<String>) -> Option<NaiveDate> {
    s.as_deref()
        .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
}

fn timeline_svg(rows: &[EventRow]) -> (String, f64) {
    let dated: Vec<(usize, NaiveDate, NaiveDate)> = rows
        .iter()
        .enumerate()
        .filter_map(|(i, r)| {
            Some((
                i,
                day(&r.event_date)?,
                day(&r.date_end).or(day(&r.event_date))?,
            ))
        })
        .collect();
    let types: Vec<&str> = EventType::ALL.iter().map(|t| t.as_str()).collect();
    let row_height = 18.0;
    let height = 30.0 + row_height * types.len() as f64;
    let mut out = String::new();
    let (Some(first), Some(last)) = (
        dated.iter().map(|d| d.1).min(),
        dated.iter().map(|d| d.2).max(),
    ) else {
        return (out, height);
    };
    let span_days = ((last - first).num_days() + 1).max(1) as f64;
    let left = 110.0;
    let x = |d: NaiveDate| left + (d - first).num_days() as f64 / span_days * (WIDTH - left - 10.0);
    for (k, t) in types.iter().enumerate() {
        let y = 20.0 + row_height * k as f64;
        let _ = writeln!(
            out,
            "<text class=\"lane\" x=\"4\" y=\"{:.1}\">{t}</text>",
            y + 12.0
        );
        let _ = writeln!(
            out,
            "<line class=\"lane-line\" x1=\"{left}\" x2=\"{WIDTH}\" y1=\"{:.1}\" y2=\"{:.1}\"/>",
            y + 9.0,
            y + 9.0
        );
    }
    let _ = writeln!(
        out,
        "<text class=\"axis\" x=\"{left}\" y=\"12\">{first}</text>"
    );
    let _ = writeln!(
        out,
        "<text class=\"axis\" x=\"{WIDTH}\" y=\"12\" text-anchor=\"end\">{last}</text>"
    );
    for (i, start, end) in dated {
        let r = &rows[i];
        let k = types.iter().position(|t| *t == r.event_type).unwrap_or(0);
        let y = 22.0 + row_height * k as f64;
        let x0 = x(start);
        let w = (x(end) - x0).max(4.0);
        let _ = writeln!(
            out,
            "<rect class=\"ev\" data-i=\"{i}\" x=\"{x0:.1}\" y=\"{y:.1}\" width=\"{w:.1}\" height=\"12\" fill=\"{}\"><title>{} {}</title></rect>",
            color(&r.event_type),
            escape(&r.event_type),
            escape(r.event_date.as_deref().unwrap_or("")),
        );
    }
    (out, height)
}

/// Writes the page.
pub fn write<W: Write>(mut out: W, all: &[EventRow]) -> io::Result<()> {
    // A page with tens of thousands of points is too heavy for a browser and no clearer
    // than one with a few thousand: the earliest ones are drawn, and the page says so.
    let rows = &all[..all.len().min(REPORT_MAX_EVENTS)];
    let shown_note = if rows.len() < all.len() {
        format!(
            " This page draws the first {} in date order; events.csv and events.geojson hold all of them.",
            rows.len()
        )
    } else {
        String::new()
    };
    let map_height = (NORTH - SOUTH) * scale();
    let mut points = String::new();
    for (i, r) in rows.iter().enumerate() {
        let (Some(lat), Some(lon)) = (r.latitude, r.longitude) else {
            continue;
        };
        let (x, y) = project(lon, lat);
        let _ = writeln!(
            points,
            "<circle class=\"ev\" data-i=\"{i}\" cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"5\" fill=\"{}\"><title>{} — {}</title></circle>",
            color(&r.event_type),
            escape(&r.event_type),
            escape(r.location.as_deref().unwrap_or("")),
        );
    }
    let (timeline, timeline_height) = timeline_svg(rows);
    let documents = {
        let mut d: Vec<&str> = rows.iter().map(|r| r.doc_id.as_str()).collect();
        d.sort_unstable();
        d.dedup();
        d.len()
    };
    let legend: String = EventType::ALL
        .iter()
        .map(|t| {
            let n = t.as_str();
            format!(
                "<span class=\"key\"><i style=\"background:{}\"></i>{n}</span>",
                color(n)
            )
        })
        .collect();
    write!(
        out,
        r#"<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>dateline report</title>
<style>
body {{ font: 14px/1.4 system-ui, sans-serif; margin: 16px; color: #222; background: #fff; }}
svg {{ display: block; background: #f6f8fa; border: 1px solid #ccd; }}
.oblast {{ fill: #e8ecef; stroke: #8a97a5; stroke-width: 0.7; }}
.ev {{ cursor: pointer; stroke: #222; stroke-width: 0.6; opacity: 0.85; }}
.ev.selected {{ stroke: #000; stroke-width: 2.5; opacity: 1; }}
.lane {{ font-size: 11px; fill: #555; }} .lane-line {{ stroke: #dde; }} .axis {{ font-size: 11px; fill: #333; }}
.key {{ margin-right: 10px; white-space: nowrap; }} .key i {{ display: inline-block; width: 10px; height: 10px; margin-right: 4px; border-radius: 5px; }}
#details {{ margin-top: 12px; padding: 10px; border: 1px solid #ccd; min-height: 60px; }}
footer {{ margin-top: 12px; font-size: 12px; color: #666; }}
</style>
</head>
<body>
<h1>dateline report</h1>
<p><span id="event-count">{count}</span> events from {documents} documents; {mapped} on the map. Click an event for its evidence.{shown_note}</p>
<div>{legend}</div>
<svg id="map" width="{WIDTH}" height="{map_height:.0}" viewBox="0 0 {WIDTH} {map_height:.0}" role="img" aria-label="Map of events">
{outlines}{points}</svg>
<svg id="timeline" width="{WIDTH}" height="{timeline_height:.0}" viewBox="0 0 {WIDTH} {timeline_height:.0}" role="img" aria-label="Timeline of events">
{timeline}</svg>
<div id="details"><p>No event selected.</p></div>
<footer>Places: GeoNames (CC BY 4.0). Oblast outlines: geoBoundaries, © OpenStreetMap contributors (ODbL 1.0). Made by dateline.</footer>
<script type="application/json" id="events-data">"#,
        count = all.len(),
        mapped = all.iter().filter(|r| r.latitude.is_some()).count(),
        outlines = outlines_svg(),
    )?;
    // The events as data for the details panel, one by one; "</" is written "<\/" so no
    // article text can end the script.
    out.write_all(b"[")?;
    for (i, row) in rows.iter().enumerate() {
        if i > 0 {
            out.write_all(b",")?;
        }
        let json = serde_json::to_string(row).map_err(io::Error::other)?;
        out.write_all(json.replace("</", "<\\/").as_bytes())?;
    }
    out.write_all(b"]")?;
    out.write_all(
        r#"</script>
<script>
(function () {
  var events = JSON.parse(document.getElementById("events-data").textContent);
  var panel = document.getElementById("details");
  function line(label, value) {
    var p = document.createElement("p");
    var b = document.createElement("b");
    b.textContent = label + ": ";
    p.appendChild(b);
    p.appendChild(document.createTextNode(value == null ? "unknown" : String(value)));
    panel.appendChild(p);
  }
  function show(i) {
    var e = events[i];
    panel.textContent = "";
    var h = document.createElement("h2");
    h.textContent = e.event_type + " — " + (e.location || "place unknown") + ", " + (e.event_date || "date unknown") + (e.date_end && e.date_end !== e.event_date ? " to " + e.date_end : "");
    panel.appendChild(h);
    var q = document.createElement("blockquote");
    q.textContent = e.sentence;
    panel.appendChild(q);
    line("Claimed by", e.claimed_by);
    line("Verified", e.verified);
    line("Status", e.status);
    var p = document.createElement("p");
    var b = document.createElement("b");
    b.textContent = "Source: ";
    p.appendChild(b);
    if (e.url && /^https?:\/\//.test(e.url)) {
      var a = document.createElement("a");
      a.href = e.url;
      a.textContent = e.source || e.url;
      p.appendChild(a);
    } else {
      p.appendChild(document.createTextNode(e.source || e.doc_id));
    }
    panel.appendChild(p);
    document.querySelectorAll(".ev").forEach(function (el) {
      el.classList.toggle("selected", Number(el.getAttribute("data-i")) === i);
    });
  }
  document.querySelectorAll(".ev").forEach(function (el) {
    el.addEventListener("click", function () { show(Number(el.getAttribute("data-i"))); });
  });
  // A link to one event: report.html#event=12 opens with its details shown.
  var linked = /event=(\d+)/.exec(location.hash);
  if (linked && events[Number(linked[1])]) { show(Number(linked[1])); }
})();
</script>
</body>
</html>
"#
        .as_bytes(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_large_run_draws_the_first_events_and_says_so() {
        let row = |i: usize| EventRow {
            event_id: format!("d-{i}"),
            doc_id: "d".into(),
            event_type: "shelling".into(),
            latitude: Some(48.0),
            longitude: Some(37.8),
            ..EventRow::default()
        };
        let rows: Vec<EventRow> = (1..=REPORT_MAX_EVENTS + 10).map(row).collect();
        let mut out = Vec::new();
        write(&mut out, &rows).unwrap();
        let html = String::from_utf8(out).unwrap();
        assert!(html.contains(&format!("<span id=\"event-count\">{}</span>", rows.len())));
        assert!(html.contains("draws the first 5000 in date order"));
        assert_eq!(
            html.matches("class=\"ev\" data-i=").count(),
            REPORT_MAX_EVENTS
        );
        assert!(html.contains(&format!("\"d-{REPORT_MAX_EVENTS}\"")));
        assert!(!html.contains(&format!("\"d-{}\"", REPORT_MAX_EVENTS + 1)));
    }

    #[test]
    fn article_text_cannot_end_the_script_or_add_markup() {
        let row = EventRow {
            event_id: "x-1".into(),
            doc_id: "x".into(),
            event_type: "shelling".into(),
            sentence: "</script><script>alert(1)</script> <b>bold</b>".into(),
            location: Some("<i>Kharkiv</i>".into()),
            latitude: Some(49.98),
            longitude: Some(36.25),
            event_date: Some("2022-05-17".into()),
            date_end: Some("2022-05-17".into()),
            ..EventRow::default()
        };
        let mut out = Vec::new();
        write(&mut out, &[row]).unwrap();
        let html = String::from_utf8(out).unwrap();
        assert_eq!(
            html.matches("</script>").count(),
            2,
            "only the page's own two scripts end"
        );
        assert!(!html.contains("<i>Kharkiv</i>"));
        assert!(html.contains("&lt;i&gt;Kharkiv&lt;/i&gt;"));
        assert!(html.contains("<span id=\"event-count\">1</span>"));
    }

    #[test]
    fn the_map_has_every_oblast() {
        assert_eq!(outlines_svg().matches("class=\"oblast\"").count(), 27);
    }
}
