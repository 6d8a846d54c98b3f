//! `events.csv`: RFC 4180, UTF-8, one row per event, the columns of [`EventRow`].
//!
//! A text cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed
//! with `'`, so that no spreadsheet runs it as a formula.

use super::EventRow;
use std::io::{self, Write};

/// Writes the header and rows; with `bom`, a UTF-8 byte order mark first, which Excel
/// needs to read the file as UTF-8.
pub fn write<W: Write>(mut out: W, rows: &[EventRow], bom: bool) -> io::Result<()> {
    if bom {
        out.write_all("\u{feff}".as_bytes())?;
    }
    let mut w = csv::WriterBuilder::new().has_headers(true).from_writer(out);
    for row in rows {
        w.serialize(neutralised(row)).map_err(io::Error::other)?;
    }
    if rows.is_empty() {
        w.write_record(columns())?;
    }
    w.flush()
}

/// The column names, in order.
pub fn columns() -> Vec<String> {
    match serde_json::to_value(EventRow::default()) {
        Ok(serde_json::Value::Object(map)) => map.keys().cloned().collect(),
        _ => Vec::new(),
    }
}

/// The GDAL type of a column, for `events.csvt` (GDAL and QGIS read it beside a CSV).
pub fn column_type(column: &str) -> &'static str {
    match column {
        "event_date" | "date_end" | "reported_date" | "published" => "Date",
        "latitude" | "longitude" => "Real",
        "time_precision" | "geo_precision" | "captured" | "wounded" | "fatalities"
        | "char_start" | "char_end" => "Integer",
        _ => "String",
    }
}

/// `events.csvt`: the column types, one quoted type per column, in order.
pub fn write_types<W: Write>(mut out: W) -> io::Result<()> {
    let types: Vec<String> = columns()
        .iter()
        .map(|c| format!("\"{}\"", column_type(c)))
        .collect();
    writeln!(out, "{}", types.join(","))
}

/// Makes a cell safe to open in a spreadsheet.
pub fn neutralise(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_string()
    }
}

fn neutralised(row: &EventRow) -> EventRow {
    let n = |s: &String| neutralise(s);
    let o = |s: &Option<String>| s.as_deref().map(neutralise);
    EventRow {
        event_id: n(&row.event_id),
        doc_id: n(&row.doc_id),
        date_text: o(&row.date_text),
        location: o(&row.location),
        admin1: o(&row.admin1),
        admin2: o(&row.admin2),
        place_text: o(&row.place_text),
        place_others: o(&row.place_others),
        claimed_by: o(&row.claimed_by),
        quantity: o(&row.quantity),
        sentence: n(&row.sentence),
        source: o(&row.source),
        url: o(&row.url),
        ..row.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised() {
        assert_eq!(neutralise("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(neutralise("-1+2"), "'-1+2");
        assert_eq!(neutralise("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(neutralise("Kharkiv"), "Kharkiv");
    }

    #[test]
    fn every_typed_column_exists() {
        let c = columns();
        for typed in [
            "event_date",
            "date_end",
            "reported_date",
            "published",
            "latitude",
            "longitude",
            "time_precision",
            "geo_precision",
            "captured",
            "wounded",
            "fatalities",
            "char_start",
            "char_end",
        ] {
            assert!(c.iter().any(|x| x == typed), "{typed}");
        }
        let mut out = Vec::new();
        write_types(&mut out).unwrap();
        let line = String::from_utf8(out).unwrap();
        assert_eq!(line.trim().split(',').count(), c.len());
        assert!(line.starts_with("\"String\",\"String\",\"Date\",\"Date\",\"Integer\""));
    }

    #[test]
    fn columns_start_with_the_contract() {
        let c = columns();
        assert_eq!(&c[..4], &["event_id", "doc_id", "event_date", "date_end"]);
        assert!(c.contains(&"sentence".to_string()) && c.contains(&"published".to_string()));
    }
}
