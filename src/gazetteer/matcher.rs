//! The name index: one automaton (an FST) over the folded keys of every name, walked
//! leftmost-longest.
//!
//! Keys carry their padding spaces (`" kramatorsk "`), and a walk starts at each word start
//! of the folded text, so a name matches only whole words and the longest name starting at
//! a word wins ("Donetsk People's Republic" over "Donetsk", "Krasny Lyman" over "Lyman").
//! Case is checked on the original text by the caller: the key itself is case-blind.

use super::index::{self, IndexBytes};
use crate::fold::{fold_name, starts_word, WordFold};
use crate::words::next_capital;
use fst::raw::{Fst, Output};
use rustc_hash::FxHashSet;
use std::borrow::Cow;
use std::cell::RefCell;
use std::ops::Range;
use thread_local::ThreadLocal;

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
    /// Capitalised words already found to start no name ("The", "Russian", "He"), per
    /// thread: most capitalised words of a report are not places, and the same few recur
    /// in every document, so remembering them saves folding and walking them again.
    /// Only plain ASCII words are kept, whose key does not depend on what follows them.
    starting_no_name: ThreadLocal<RefCell<FxHashSet<Box<[u8]>>>>,
    /// Words that are no place as written ("Nova", "Progress"), lower-cased. They are
    /// checked as written, not by key: "Progress" is a word, "Prohres" a village.
    not_places: FxHashSet<String>,
}

/// How many words [`NameIndex::starting_no_name`] keeps per thread before starting over,
/// so that a long run's memory stays flat.
const MAX_REMEMBERED_WORDS: usize = 65_536;

impl NameIndex {
    /// The index of the embedded table, built at compile time by `build.rs`, with the
    /// words that are `not_places`.
    pub fn embedded<'a>(not_places: impl Iterator<Item = &'a str>) -> NameIndex {
        static FST: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/names.fst"));
        static POSTINGS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/names.postings"));
        NameIndex {
            fst: Fst::new(Cow::Borrowed(FST)).expect("build.rs writes a valid FST"),
            postings: Cow::Borrowed(POSTINGS),
            starting_no_name: ThreadLocal::new(),
            not_places: not_places.map(str::to_lowercase).collect(),
        }
    }

    /// Indexes (display name, `|`-separated names) pairs given in entry order.
    pub fn build<'a>(
        entries: impl Iterator<Item = (&'a str, &'a str)>,
        not_places: impl Iterator<Item = &'a str>,
    ) -> NameIndex {
        let IndexBytes { fst, postings } = index::build(entries);
        NameIndex {
            fst: Fst::new(Cow::Owned(fst)).expect("index::build writes a valid FST"),
            postings: Cow::Owned(postings),
            starting_no_name: ThreadLocal::new(),
            not_places: not_places.map(str::to_lowercase).collect(),
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

    /// Whether `written` is a word that is no place ("Progress").
    fn is_no_place(&self, written: &str) -> bool {
        !self.not_places.is_empty() && self.not_places.contains(&written.to_lowercase())
    }

    /// The entries whose folded name equals that of `name`.
    pub fn lookup(&self, name: &str) -> Vec<Candidate> {
        if self.is_no_place(name.trim()) {
            return Vec::new();
        }
        self.fst
            .get(fold_name(name).as_bytes())
            .map(|out| self.postings(out.value()))
            .unwrap_or_default()
    }

    /// Every name match in `text`, left to right, not overlapping: at each word start the
    /// longest name that `accept` takes (given its span in `text` and its candidates); a
    /// rejected name gives way to a shorter one at the same word, then to the next word.
    ///
    /// Place names are proper nouns, so only words that open with a capital letter are
    /// looked up, and only they are folded (as far as the automaton reads): most words of
    /// running text are lower-case.
    pub fn find_all(
        &self,
        text: &str,
        mut accept: impl FnMut(&Range<usize>, &[Candidate]) -> bool,
    ) -> Vec<NameMatch> {
        let mut out = Vec::new();
        let mut folder = WordFold::new(text);
        let remembered = self.starting_no_name.get_or_default();
        let mut from = 0;
        while let Some(at) = next_capital(text, from) {
            from = at + 1;
            if !starts_word(text, at) {
                continue;
            }
            let plain = plain_word(text, at);
            if plain.is_some_and(|word| remembered.borrow().contains(word)) {
                continue;
            }
            folder.restart(at);
            let (names, past_first_word) = self.names_at(&mut folder);
            if let (Some(word), false) = (plain, past_first_word) {
                let mut remembered = remembered.borrow_mut();
                if remembered.len() >= MAX_REMEMBERED_WORDS {
                    remembered.clear();
                }
                remembered.insert(word.into());
            }
            for (len, value) in names.into_iter().rev() {
                // The key includes both padding spaces; the name lies between them.
                let span = folder.original(1..len - 1);
                if self.is_no_place(&text[span.clone()]) {
                    continue;
                }
                let candidates = self.postings(value);
                if accept(&span, &candidates) {
                    from = span.end;
                    out.push(NameMatch { span, candidates });
                    break;
                }
            }
        }
        out
    }

    /// Every key that is a prefix of the key in `folder`, shortest first: its length and
    /// value; and whether any key goes on past the first word (no key starts with that
    /// word if none does).
    fn names_at(&self, folder: &mut WordFold) -> (Vec<(usize, u64)>, bool) {
        let mut node = self.fst.root();
        let mut output = Output::zero();
        let mut found = Vec::new();
        let mut past_first_word = false;
        let mut i = 0;
        while let Some(b) = folder.byte(i) {
            let Some(next) = node.find_input(b) else {
                break;
            };
            let t = node.transition(next);
            output = output.cat(t.out);
            node = self.fst.node(t.addr);
            past_first_word |= i > 0 && b == b' ';
            i += 1;
            if node.is_final() {
                found.push((i, output.cat(node.final_output()).value()));
            }
        }
        (found, past_first_word)
    }
}

/// The word at byte `at` of `text` when it is plain ASCII letters and digits followed by
/// plain ASCII punctuation or space (not an apostrophe) or the end: its key is then the
/// same wherever it occurs.
fn plain_word(text: &str, at: usize) -> Option<&[u8]> {
    let bytes = &text.as_bytes()[at..];
    let len = bytes
        .iter()
        .position(|b| !b.is_ascii_alphanumeric())
        .unwrap_or(bytes.len());
    match bytes.get(len) {
        None => Some(bytes),
        Some(b'\'' | b'`') => None,
        Some(b) if b.is_ascii() => Some(&bytes[..len]),
        Some(_) => None,
    }
}

#[cfg(test)]
mod tests {
    use crate::gazetteer::Gazetteer;

    fn names(text: &str) -> Vec<&str> {
        Gazetteer::embedded()
            .index()
            .find_all(text, |_, _| true)
            .into_iter()
            .map(|m| &text[m.span])
            .collect()
    }

    #[test]
    fn capitalised_words_remembered_as_no_name_do_not_hide_names() {
        let text = "The Krasny Lyman road. The Lyman\u{2019}s school. Lyman's. Krasny said. Lyman";
        // Twice: the second pass meets the words the first one remembered.
        for _ in 0..2 {
            assert_eq!(
                names(text),
                vec!["Krasny Lyman", "Lyman", "Lyman", "Krasny", "Lyman"],
                "{text}"
            );
        }
    }
}
