//! `events.geojson`: an RFC 7946 FeatureCollection of Point features `[lon, lat]`, one per
//! event with coordinates; `id` is the `event_id`, the properties are the CSV columns with
//! `null` for unknown (never `""`), so GDAL and QGIS type dates as Date and numbers as
//! numbers.

use super::EventRow;
use serde::Serialize;
use std::io::{self, Write};

/// Writes the collection.
///
/// Features are written one by one, so the collection is never held in memory whole.
pub fn write<W: Write>(mut out: W, rows: &[EventRow]) -> io::Result<()> {
    out.write_all(b"{\"type\":\"FeatureCollection\",\"features\":[")?;
    let mut buffer = Vec::new();
    for (i, f) in rows.iter().filter_map(feature).enumerate() {
        buffer.clear();
        if i > 0 {
            buffer.push(b',');
        }
        buffer.push(b'\n');
        sonic_rs::to_writer(&mut buffer, &f).map_err(io::Error::other)?;
        out.write_all(&buffer)?;
    }
    out.write_all(b"\n]}\n")
}

/// One Point feature, serialised straight from its row (no intermediate JSON map: this
/// runs for every event).
#[derive(Serialize)]
struct Feature<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    geometry: Point,
    properties: &'a EventRow,
    id: &'a str,
}

#[derive(Serialize)]
struct Point {
    #[serde(rename = "type")]
    kind: &'static str,
    coordinates: [f64; 2],
}

fn feature(row: &EventRow) -> Option<Feature<'_>> {
    let (lat, lon) = (row.latitude?, row.longitude?);
    Some(Feature {
        kind: "Feature",
        geometry: Point {
            kind: "Point",
            coordinates: [round(lon), round(lat)],
        },
        properties: row,
        id: &row.event_id,
    })
}

/// Six decimals (about 0.1 m), as RFC 7946 advises against false precision.
fn round(v: f64) -> f64 {
    (v * 1e6).round() / 1e6
}
