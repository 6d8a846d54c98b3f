//! The name index: one leftmost-longest automaton over the folded keys of every name.
//!
//! Keys carry their padding spaces (`" kramatorsk "`), and the search is anchored at each
//! word start of the folded text, so a name matches only whole words and the longest name
//! starting at a word wins ("Donetsk People's Republic" over "Donetsk", "Krasny Lyman"
//! over "Lyman"). Case is checked on the original text by the caller: the automaton itself
//! is case-blind because the key is.

use super::Entry;
use crate::fold::{fold_name, Folded};
use aho_corasick::{AhoCorasick, AhoCorasickKind, Anchored, Input, MatchKind, StartKind};
use std::collections::{HashMap, HashSet};
use std::ops::Range;

/// A name found in folded text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameMatch {
    /// Byte range in the original text.
    pub span: Range<usize>,
    /// The gazetteer entries sharing this folded name.
    pub entries: Vec<u32>,
}

/// Folded name keys and the entries behind each.
pub struct NameIndex {
    automaton: AhoCorasick,
    entries: Vec<Vec<u32>>,
    keys: HashMap<String, usize>,
}

impl NameIndex {
    /// Indexes every name of every entry. Single-word names listed in `not_places` are left
    /// out, so that "Nova" or "Putin" never resolve on their own.
    pub fn build(all: &[Entry], not_places: &[String]) -> NameIndex {
        let stop: HashSet<String> = not_places.iter().map(|w| fold_name(w)).collect();
        let mut keys: HashMap<String, usize> = HashMap::new();
        let mut patterns: Vec<String> = Vec::new();
        let mut entries: Vec<Vec<u32>> = Vec::new();
        for (i, entry) in all.iter().enumerate() {
            for name in &entry.names {
                let key = fold_name(name);
                if key.trim().len() < 3 || stop.contains(&key) {
                    continue;
                }
                let slot = *keys.entry(key.clone()).or_insert_with(|| {
                    patterns.push(key);
                    entries.push(Vec::new());
                    entries.len() - 1
                });
                if entries[slot].last() != Some(&(i as u32)) {
                    entries[slot].push(i as u32);
                }
            }
        }
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Anchored)
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .build(&patterns)
            .expect("name keys are plain ASCII and few enough for the automaton");
        NameIndex {
            automaton,
            entries,
            keys,
        }
    }

    /// How many distinct folded names are indexed.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether nothing is indexed.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The entries whose folded name equals that of `name`.
    pub fn lookup(&self, name: &str) -> &[u32] {
        self.keys
            .get(&fold_name(name))
            .map(|&slot| self.entries[slot].as_slice())
            .unwrap_or(&[])
    }

    /// Every longest name match in `folded`, left to right, not overlapping.
    pub fn find_all(&self, folded: &Folded) -> Vec<NameMatch> {
        let key = folded.key.as_bytes();
        let mut out = Vec::new();
        let mut at = 0;
        while at + 1 < key.len() {
            if key[at] != b' ' {
                at += 1;
                continue;
            }
            let input = Input::new(key).range(at..).anchored(Anchored::Yes);
            match self.automaton.find(input) {
                Some(m) => {
                    // The key includes both padding spaces; the name lies between them.
                    let span = folded.original(m.start() + 1..m.end() - 1);
                    out.push(NameMatch {
                        span,
                        entries: self.entries[m.pattern().as_usize()].clone(),
                    });
                    at = m.end() - 1;
                }
                None => at += 1,
            }
        }
        out
    }
}
