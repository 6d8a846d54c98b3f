//! The name index as bytes: an FST (finite state transducer) from each folded name key to
//! the list of entries that carry it.
//!
//! Building it folds 164,000 names; doing that at every start would cost a few hundred
//! milliseconds, so `build.rs` builds the index of the embedded table at compile time and
//! the binary maps it as it is. A user's table (`--gazetteer DIR`) is indexed at run time
//! by the same code. Postings are little-endian `u32`: a count, then for each entry its
//! position shifted left by one, the low bit set when the key is the entry's own name
//! (not one of its alternates).

use crate::fold::{fold_name, UNKNOWN_LETTER};
use std::collections::BTreeMap;

/// The two byte arrays of an index.
pub struct IndexBytes {
    /// The FST: folded key (with its padding spaces) → byte offset into `postings`.
    pub fst: Vec<u8>,
    /// For each key: a count and that many entry positions.
    pub postings: Vec<u8>,
}

/// The data rows of a gazetteer table with their 1-based line numbers: the header line,
/// blank lines and `#` comments are skipped, fields are split on tabs.
pub fn rows(table: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    table
        .lines()
        .enumerate()
        .skip(1)
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|(i, l)| (i + 1, fields(l)))
}

/// A row's tab-separated fields: a vectorised search for the tabs and room for the eleven
/// columns at once, since splitting the 5.5 MB table was most of the gazetteer's start-up.
fn fields(line: &str) -> Vec<&str> {
    let mut out = Vec::with_capacity(COLUMNS);
    let mut start = 0;
    for tab in memchr::memchr_iter(b'\t', line.as_bytes()) {
        out.push(&line[start..tab]);
        start = tab + 1;
    }
    out.push(&line[start..]);
    out
}

/// The columns of a gazetteer table (`id` to `source`).
pub const COLUMNS: usize = 11;

/// The words of a `not_places.txt` list.
pub fn stop_words(list: &str) -> impl Iterator<Item = &str> {
    list.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Indexes every spelling of every entry, given as (display name, `|`-separated names) in
/// entry order. Words that are no place as written ("Nova", "Progress") are indexed all
/// the same: their keys are shared with spellings that are places ("Prohres"), so the
/// matcher turns them away by their written form.
pub fn build<'a>(entries: impl Iterator<Item = (&'a str, &'a str)>) -> IndexBytes {
    let mut keys: BTreeMap<String, Vec<u32>> = BTreeMap::new();
    for (position, (name, names)) in entries.enumerate() {
        let own = fold_name(name);
        for spelling in names.split('|').chain(std::iter::once(name)) {
            let spelling = spelling.trim();
            if spelling.is_empty() {
                continue;
            }
            let key = fold_name(spelling);
            if key.trim().len() < 3 || key.as_bytes().contains(&UNKNOWN_LETTER) {
                continue;
            }
            let posting = (position as u32) << 1 | u32::from(key == own);
            let list = keys.entry(key).or_default();
            match list.last_mut() {
                Some(last) if *last >> 1 == position as u32 => *last |= posting,
                _ => list.push(posting),
            }
        }
    }
    let mut postings = Vec::new();
    let mut builder = fst::MapBuilder::memory();
    for (key, list) in keys {
        let offset = postings.len() as u64;
        postings.extend_from_slice(&(list.len() as u32).to_le_bytes());
        for p in list {
            postings.extend_from_slice(&p.to_le_bytes());
        }
        builder
            .insert(key.as_bytes(), offset)
            .expect("BTreeMap keys arrive sorted and unique");
    }
    let fst = builder
        .into_inner()
        .expect("an in-memory FST writer cannot fail");
    IndexBytes { fst, postings }
}
