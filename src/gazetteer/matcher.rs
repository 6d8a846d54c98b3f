//! The name index: one automaton (an FST) over the folded keys of every name, walked
//! leftmost-longest.
//!
//! Keys carry their padding spaces (`" kramatorsk "`), and a walk starts at each word start
//! of the folded text, so a name matches only whole words and the longest name starting at
//! a word wins ("Donetsk People's Republic" over "Donetsk", "Krasny Lyman" over "Lyman").
//! Case is checked on the original text by the caller: the key itself is case-blind.

use super::index::{self, IndexBytes};
use crate::fold::{fold_name, Folded};
use fst::raw::{Fst, Output};
use std::borrow::Cow;
use std::ops::Range;

/// An entry carrying a matched name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Candidate {
    /// Position of the entry in the gazetteer.
    pub entry: u32,
    /// Whether the name is the entry's own name rather than one of its alternates: an
    /// alternate ("Slov'iansk" is listed for Nikopol) should not beat a place's own name.
    pub primary: bool,
}

/// A name found in folded text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameMatch {
    /// Byte range in the original text.
    pub span: Range<usize>,
    /// The gazetteer entries sharing this folded name.
    pub candidates: Vec<Candidate>,
}

/// Folded name keys and the entries behind each.
pub struct NameIndex {
    fst: Fst<Cow<'static, [u8]>>,
    postings: Cow<'static, [u8]>,
}

impl NameIndex {
    /// The index of the embedded table, built at compile time by `build.rs`.
    pub fn embedded() -> NameIndex {
        static FST: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/names.fst"));
        static POSTINGS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/names.postings"));
        NameIndex {
            fst: Fst::new(Cow::Borrowed(FST)).expect("build.rs writes a valid FST"),
            postings: Cow::Borrowed(POSTINGS),
        }
    }

    /// Indexes (display name, `|`-separated names) pairs given in entry order.
    pub fn build<'a>(
        entries: impl Iterator<Item = (&'a str, &'a str)>,
        not_places: impl Iterator<Item = &'a str>,
    ) -> NameIndex {
        let IndexBytes { fst, postings } = index::build(entries, not_places);
        NameIndex {
            fst: Fst::new(Cow::Owned(fst)).expect("index::build writes a valid FST"),
            postings: Cow::Owned(postings),
        }
    }

    /// How many distinct folded names are indexed.
    pub fn len(&self) -> usize {
        self.fst.len()
    }

    /// Whether nothing is indexed.
    pub fn is_empty(&self) -> bool {
        self.fst.is_empty()
    }

    fn postings(&self, offset: u64) -> Vec<Candidate> {
        let word = |at: usize| {
            self.postings
                .get(at..at + 4)
                .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
        };
        let at = offset as usize;
        let count = word(at).unwrap_or(0) as usize;
        (0..count)
            .filter_map(|k| word(at + 4 + 4 * k))
            .map(|p| Candidate {
                entry: p >> 1,
                primary: p & 1 == 1,
            })
            .collect()
    }

    /// The entries whose folded name equals that of `name`.
    pub fn lookup(&self, name: &str) -> Vec<Candidate> {
        self.fst
            .get(fold_name(name).as_bytes())
            .map(|out| self.postings(out.value()))
            .unwrap_or_default()
    }

    /// Every name match in `folded` (the folding of `text`), left to right, not
    /// overlapping: at each word start the longest name that `accept` takes (given its
    /// span in `text` and its candidates); a rejected name gives way to a shorter one at
    /// the same word, then to the next word.
    ///
    /// Place names are proper nouns, so only words that open with a capital letter in
    /// `text` are looked up: most words of running text are lower-case, and skipping them
    /// saves walking the automaton at every word.
    pub fn find_all(
        &self,
        text: &str,
        folded: &Folded,
        mut accept: impl FnMut(&Range<usize>, &[Candidate]) -> bool,
    ) -> Vec<NameMatch> {
        let key = folded.key.as_bytes();
        let mut out = Vec::new();
        let mut at = 0;
        while at + 1 < key.len() {
            if key[at] != b' ' || !folded.capitalised_at(text, at + 1) {
                at += 1;
                continue;
            }
            let mut taken = None;
            for (len, value) in self.names_at(&key[at..]).into_iter().rev() {
                // The key includes both padding spaces; the name lies between them.
                let end = at + len;
                let span = folded.original(at + 1..end - 1);
                let candidates = self.postings(value);
                if accept(&span, &candidates) {
                    out.push(NameMatch { span, candidates });
                    taken = Some(end);
                    break;
                }
            }
            at = match taken {
                Some(end) => end - 1,
                None => at + 1,
            };
        }
        out
    }

    /// Every key that is a prefix of `bytes`, shortest first: its length and value.
    fn names_at(&self, bytes: &[u8]) -> Vec<(usize, u64)> {
        let mut node = self.fst.root();
        let mut output = Output::zero();
        let mut found = Vec::new();
        for (i, &b) in bytes.iter().enumerate() {
            let Some(next) = node.find_input(b) else {
                break;
            };
            let t = node.transition(next);
            output = output.cat(t.out);
            node = self.fst.node(t.addr);
            if node.is_final() {
                found.push((i + 1, output.cat(node.final_output()).value()));
            }
        }
        found
    }
}
