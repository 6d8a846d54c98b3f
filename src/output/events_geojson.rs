//! `events.geojson`: an RFC 7946 FeatureCollection of Point features `[lon, lat]`, one per
//! event with coordinates; `id` is the `event_id`, the properties are the CSV columns with
//! `null` for unknown (never `""`), so GDAL and QGIS type dates as Date and numbers as
//! numbers.

use super::EventRow;
use geojson::{Feature, Geometry, Value};
use std::io::{self, Write};

/// Writes the collection.
///
/// Features are written one by one, so the collection is never held in memory whole.
pub fn write<W: Write>(mut out: W, rows: &[EventRow]) -> io::Result<()> {
    out.write_all(b"{\"type\":\"FeatureCollection\",\"features\":[")?;
    for (i, f) in rows.iter().filter_map(feature).enumerate() {
        if i > 0 {
            out.write_all(b",")?;
        }
        out.write_all(b"\n")?;
        serde_json::to_writer(&mut out, &f).map_err(io::Error::other)?;
    }
    out.write_all(b"\n]}\n")
}

fn feature(row: &EventRow) -> Option<Feature> {
    let (lat, lon) = (row.latitude?, row.longitude?);
    let properties = match serde_json::to_value(row) {
        Ok(serde_json::Value::Object(map)) => map,
        _ => return None,
    };
    Some(Feature {
        bbox: None,
        geometry: Some(Geometry::new(Value::Point(vec![round(lon), round(lat)]))),
        id: Some(geojson::feature::Id::String(row.event_id.clone())),
        properties: Some(properties),
        foreign_members: None,
    })
}

/// Six decimals (about 0.1 m), as RFC 7946 advises against false precision.
fn round(v: f64) -> f64 {
    (v * 1e6).round() / 1e6
}
