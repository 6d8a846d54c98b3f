//! Across documents: reports of the same happening grouped together.
//!
//! Two reported events are the same happening when they have the same type, their date
//! intervals overlap (a day's slack either side, as reports round to the day of writing),
//! and they are placed at the same gazetteer entry or within [`NEAR_KM`] of each other.
//! Grouping is transitive (single linkage): the Azovstal surrender reported as 2,439 by one
//! outlet, 1,730 and 265 by another and "mid-May" by a third is one group.

use crate::gazetteer::distance_km;
use chrono::{Days, NaiveDate};
use std::collections::HashMap;

/// How far apart two places may be and still be the place of one happening.
pub const NEAR_KM: f64 = 25.0;

/// What grouping looks at in one event.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupKey<'a> {
    /// The event type.
    pub event_type: &'a str,
    /// First and last day.
    pub dates: Option<(NaiveDate, NaiveDate)>,
    /// Gazetteer id and point of the place, when known.
    pub place: Option<(&'a str, f64, f64)>,
    /// Only reported events are grouped; planned or negated ones stay alone.
    pub reported: bool,
}

fn same_happening(a: &GroupKey, b: &GroupKey) -> bool {
    let (Some((a0, a1)), Some((b0, b1))) = (a.dates, b.dates) else {
        return false;
    };
    let (Some((ida, lata, lona)), Some((idb, latb, lonb))) = (a.place, b.place) else {
        return false;
    };
    let slack = |d: NaiveDate| d.checked_add_days(Days::new(1)).unwrap_or(d);
    a.reported
        && b.reported
        && a.event_type == b.event_type
        && a0 <= slack(b1)
        && b0 <= slack(a1)
        && (ida == idb || distance_km((lata, lona), (latb, lonb)) <= NEAR_KM)
}

/// Half-degree cells: two places within [`NEAR_KM`] lie in the same or neighbouring cells
/// (half a degree is 55 km north to south and about 37 km east to west here).
fn cell(lat: f64, lon: f64) -> (i32, i32) {
    ((lat * 2.0).floor() as i32, (lon * 2.0).floor() as i32)
}

/// The group of each event: a number from 1, in order of each group's first event.
///
/// Events are compared only with events of the same type in the same or a neighbouring
/// cell whose dates can overlap (a sweep over start dates), so grouping a hundred thousand
/// events takes a moment, not the hours that comparing every pair would.
pub fn assign(keys: &[GroupKey]) -> Vec<usize> {
    let mut parent: Vec<usize> = (0..keys.len()).collect();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    // Reports of one happening often share their key exactly (type, place, first and last
    // day): those are one group at once, and only the first of them is compared with the
    // rest, so that a thousand reports of one shelling cost one comparison each.
    let mut first_of: HashMap<(&str, &str, NaiveDate, NaiveDate), usize> = HashMap::new();
    let mut compared = vec![true; keys.len()];
    for (i, k) in keys.iter().enumerate() {
        if let (true, Some((a, b)), Some((id, _, _))) = (k.reported, k.dates, k.place) {
            match first_of.entry((k.event_type, id, a, b)) {
                std::collections::hash_map::Entry::Occupied(first) => {
                    parent[i] = *first.get();
                    compared[i] = false;
                }
                std::collections::hash_map::Entry::Vacant(slot) => {
                    slot.insert(i);
                }
            }
        }
    }
    // Buckets of groupable events by type and cell, each sorted by start date, with the
    // longest interval in the bucket (how far back an overlapping event can start).
    let mut buckets: HashMap<(&str, i32, i32), (Vec<usize>, i64)> = HashMap::new();
    for (i, k) in keys.iter().enumerate() {
        if !compared[i] {
            continue;
        }
        if let (true, Some((a, b)), Some((_, lat, lon))) = (k.reported, k.dates, k.place) {
            let (y, x) = cell(lat, lon);
            let bucket = buckets.entry((k.event_type, y, x)).or_default();
            bucket.0.push(i);
            bucket.1 = bucket.1.max((b - a).num_days());
        }
    }
    let start = |i: usize| keys[i].dates.map(|d| d.0).unwrap_or(NaiveDate::MIN);
    for (list, _) in buckets.values_mut() {
        list.sort_by_key(|&i| (start(i), i));
    }
    for (i, k) in keys.iter().enumerate() {
        let (true, Some((a, b)), Some((_, lat, lon))) = (k.reported, k.dates, k.place) else {
            continue;
        };
        if !compared[i] {
            continue;
        }
        let (y, x) = cell(lat, lon);
        for (dy, dx) in (-1..=1).flat_map(|dy| (-1..=1).map(move |dx| (dy, dx))) {
            let Some((list, longest)) = buckets.get(&(k.event_type, y + dy, x + dx)) else {
                continue;
            };
            let earliest = a - Days::new((*longest + 1).max(0) as u64);
            let latest = b.checked_add_days(Days::new(1)).unwrap_or(b);
            let from = list.partition_point(|&j| start(j) < earliest);
            let to = list.partition_point(|&j| start(j) <= latest);
            for &j in &list[from..to] {
                if j > i && same_happening(k, &keys[j]) {
                    let (ri, rj) = (root(&mut parent, i), root(&mut parent, j));
                    if ri != rj {
                        parent[ri.max(rj)] = ri.min(rj);
                    }
                }
            }
        }
    }
    let mut numbers: Vec<Option<usize>> = vec![None; keys.len()];
    let mut next = 0;
    (0..keys.len())
        .map(|i| {
            let r = root(&mut parent, i);
            *numbers[r].get_or_insert_with(|| {
                next += 1;
                next
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key<'a>(t: &'a str, from: &str, to: &str, id: &'a str, lat: f64, lon: f64) -> GroupKey<'a> {
        GroupKey {
            event_type: t,
            dates: Some((from.parse().unwrap(), to.parse().unwrap())),
            place: Some((id, lat, lon)),
            reported: true,
        }
    }

    #[test]
    fn overlapping_reports_of_one_place_group_transitively() {
        let keys = [
            key(
                "surrender",
                "2022-05-16",
                "2022-05-22",
                "site:azovstal",
                47.095,
                37.6,
            ),
            key(
                "shelling",
                "2022-05-16",
                "2022-05-16",
                "gn:706483",
                49.98,
                36.25,
            ),
            key(
                "surrender",
                "2022-05-11",
                "2022-05-20",
                "site:azovstal",
                47.095,
                37.6,
            ),
            key(
                "surrender",
                "2022-05-18",
                "2022-05-19",
                "gn:701822",
                47.095,
                37.54,
            ),
            key(
                "surrender",
                "2022-06-14",
                "2022-06-14",
                "site:azovstal",
                47.095,
                37.6,
            ),
        ];
        assert_eq!(assign(&keys), vec![1, 2, 1, 1, 3]);
    }

    #[test]
    fn a_long_event_still_meets_a_later_short_one() {
        let keys = [
            key(
                "fighting",
                "2022-03-01",
                "2022-05-31",
                "gn:701822",
                47.095,
                37.54,
            ),
            key(
                "fighting",
                "2022-04-01",
                "2022-04-01",
                "gn:701822",
                47.095,
                37.54,
            ),
            key(
                "fighting",
                "2022-05-20",
                "2022-05-20",
                "site:azovstal",
                47.095,
                37.6,
            ),
            key(
                "fighting",
                "2022-05-20",
                "2022-05-20",
                "gn:706483",
                49.98,
                36.25,
            ),
        ];
        assert_eq!(assign(&keys), vec![1, 1, 1, 2]);
    }
}
