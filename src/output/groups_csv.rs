//! `groups.csv`: one row per group of reports of the same happening (see
//! [`crate::events::groups`]), with the sources that report it and the range of their figures.
//!
//! Columns: `event_group` (`G1`, `G2`, ...), `event_type`, `first_date`, `last_date`,
//! `location`, `latitude`, `longitude`, `reports` (events in the group), `documents` and
//! `sources` (distinct, `; ` between), `claimed_by` (distinct), `figures` (each report's
//! claimed number as `source: text`), `min_figure`, `max_figure`.

use super::events_csv::neutralise;
use super::EventRow;
use crate::events::groups::{assign, GroupKey};
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::BTreeMap;
use std::io::{self, Write};

#[derive(Serialize)]
struct GroupRow {
    event_group: String,
    event_type: String,
    first_date: Option<String>,
    last_date: Option<String>,
    location: Option<String>,
    latitude: Option<f64>,
    longitude: Option<f64>,
    reports: usize,
    documents: String,
    sources: String,
    claimed_by: String,
    figures: String,
    min_figure: Option<u64>,
    max_figure: Option<u64>,
}

/// Sets `event_group` on every row (rows in output order, so numbering follows it).
pub fn assign_groups(rows: &mut [EventRow]) {
    let date = |s: &Option<String>| {
        s.as_deref()
            .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
    };
    let keys: Vec<GroupKey> = rows
        .iter()
        .map(|r| GroupKey {
            event_type: &r.event_type,
            dates: date(&r.event_date).zip(date(&r.date_end)),
            place: match (&r.gazetteer_id, r.latitude, r.longitude) {
                (Some(id), Some(lat), Some(lon)) => Some((id.as_str(), lat, lon)),
                _ => None,
            },
            reported: r.status == "reported",
        })
        .collect();
    let numbers = assign(&keys);
    for (row, n) in rows.iter_mut().zip(numbers) {
        row.event_group = Some(format!("G{n}"));
    }
}

/// Writes one row per group, in group order.
pub fn write<W: Write>(out: W, rows: &[EventRow]) -> io::Result<()> {
    let mut groups: BTreeMap<usize, Vec<&EventRow>> = BTreeMap::new();
    for r in rows {
        if let Some(n) = r
            .event_group
            .as_deref()
            .and_then(|g| g.trim_start_matches('G').parse().ok())
        {
            groups.entry(n).or_default().push(r);
        }
    }
    let mut w = csv::Writer::from_writer(out);
    for (n, members) in groups {
        let distinct = |f: &dyn Fn(&EventRow) -> Option<String>| {
            let mut v: Vec<String> = members.iter().filter_map(|r| f(r)).collect();
            v.sort();
            v.dedup();
            neutralise(&v.join("; "))
        };
        let figures: Vec<(String, u64)> = members
            .iter()
            .filter_map(|r| {
                let value = r.captured.or(r.wounded).or(r.fatalities)?;
                let who = r.source.clone().unwrap_or_else(|| r.doc_id.clone());
                Some((
                    format!("{who}: {}", r.quantity.clone().unwrap_or_default()),
                    value,
                ))
            })
            .collect();
        let first = members[0];
        w.serialize(GroupRow {
            event_group: format!("G{n}"),
            event_type: first.event_type.clone(),
            first_date: members.iter().filter_map(|r| r.event_date.clone()).min(),
            last_date: members.iter().filter_map(|r| r.date_end.clone()).max(),
            location: first.location.as_deref().map(neutralise),
            latitude: first.latitude,
            longitude: first.longitude,
            reports: members.len(),
            documents: distinct(&|r| Some(r.doc_id.clone())),
            sources: distinct(&|r| r.source.clone()),
            claimed_by: distinct(&|r| r.claimed_by.clone()),
            figures: neutralise(
                &figures
                    .iter()
                    .map(|f| f.0.as_str())
                    .collect::<Vec<_>>()
                    .join("; "),
            ),
            min_figure: figures.iter().map(|f| f.1).min(),
            max_figure: figures.iter().map(|f| f.1).max(),
        })
        .map_err(io::Error::other)?;
    }
    w.flush()
}
