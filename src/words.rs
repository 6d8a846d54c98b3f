//! Whole-word search in text, shared by the stages that look for cue phrases.

/// Whether `phrase` occurs in `haystack` as whole words: "subscribe" is not found in
/// "subscribers" nor "will" in "willing". An edge of the phrase that is not a letter or
/// digit ("'ll", "ad-") needs no word boundary there.
pub fn contains_word(haystack: &str, phrase: &str) -> bool {
    haystack
        .match_indices(phrase)
        .any(|(i, _)| whole_word_at(haystack, phrase, i))
}

fn whole_word_at(haystack: &str, phrase: &str, at: usize) -> bool {
    let starts_word = phrase.chars().next().is_some_and(char::is_alphanumeric);
    let ends_word = phrase
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric);
    let before = haystack[..at].chars().next_back();
    let after = haystack[at + phrase.len()..].chars().next();
    (!starts_word || !before.is_some_and(char::is_alphanumeric))
        && (!ends_word || !after.is_some_and(char::is_alphanumeric))
}

/// A list of phrases searched for all at once, as whole words ([`contains_word`]), in one
/// pass over the text instead of one per phrase.
pub struct PhraseSet {
    phrases: &'static [&'static str],
    automaton: aho_corasick::AhoCorasick,
}

impl PhraseSet {
    /// The set of `phrases`, matched exactly as written (case included).
    pub fn new(phrases: &'static [&'static str]) -> PhraseSet {
        PhraseSet {
            phrases,
            automaton: aho_corasick::AhoCorasick::new(phrases)
                .expect("the program's phrase lists are plain text"),
        }
    }

    /// The first phrase of the list (in list order, not text order) that occurs in
    /// `haystack` as whole words.
    pub fn first_in(&self, haystack: &str) -> Option<&'static str> {
        self.automaton
            .find_overlapping_iter(haystack)
            .map(|m| (m.pattern().as_usize(), m.start()))
            .filter(|&(k, at)| whole_word_at(haystack, self.phrases[k], at))
            .map(|(k, _)| k)
            .min()
            .map(|k| self.phrases[k])
    }
}

/// A search for any of a few words (plain ASCII) as they are written in running text: in
/// lower case, capitalised or in capitals. Used as a cheap check before a case-insensitive
/// pattern that needs one of them.
///
/// Three spellings per word rather than an ASCII-case-insensitive automaton: aho-corasick
/// turns its vectorised search (Teddy) off for case-insensitive sets, and the byte-by-byte
/// automaton it falls back to cost about 30 instructions per input byte over the three
/// checks of the event stage.
pub struct AnyCase {
    automaton: aho_corasick::AhoCorasick,
}

impl AnyCase {
    /// The search for `words`, each in its three spellings.
    pub fn new(words: &[&str]) -> AnyCase {
        let spellings = words.iter().flat_map(|word| {
            let lower = word.to_ascii_lowercase();
            let mut capitalised = lower.clone();
            capitalised[..1].make_ascii_uppercase();
            [lower, capitalised, word.to_ascii_uppercase()]
        });
        AnyCase {
            // Leftmost-first: the vectorised search serves only the leftmost semantics.
            automaton: aho_corasick::AhoCorasick::builder()
                .match_kind(aho_corasick::MatchKind::LeftmostFirst)
                .build(spellings)
                .expect("the program's word lists are plain text"),
        }
    }

    /// Whether any of the words occurs in `haystack`.
    pub fn is_match(&self, haystack: &str) -> bool {
        self.automaton.is_match(haystack)
    }

    /// The words that occur in `haystack`, in text order, as indices into the list given
    /// to [`AnyCase::new`].
    pub fn words_in<'h>(&'h self, haystack: &'h str) -> impl Iterator<Item = usize> + 'h {
        self.automaton
            .find_iter(haystack)
            .map(|m| m.pattern().as_usize() / 3)
    }
}

/// Compiles one of the program with ASCII word boundaries: `\b` becomes
/// `(?-u:\b)`. The patterns are English words, and a Unicode word boundary keeps the regex
/// engine from its fast automata on any text with a non-ASCII character (curly quotes are
/// in most articles), which made recognition several times slower.
pub fn regex(pattern: &str) -> regex::Regex {
    regex::Regex::new(&ascii_boundaries(pattern))
        .unwrap_or_else(|e| panic!("the program's pattern {pattern:?} is valid: {e}"))
}

/// `pattern` with every `\b` made an ASCII word boundary.
pub fn ascii_boundaries(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut chars = pattern.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('b') => out.push_str("(?-u:\\b)"),
                Some(other) => {
                    out.push('\\');
                    out.push(other);
                }
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// The group `name` of `caps`, a match of `re`. `Captures::name` hashes the name with
/// SipHash on every call; a pattern has a handful of groups, and comparing their names is
/// several times cheaper on the paths that read groups for every match.
pub fn group<'h>(
    re: &regex::Regex,
    caps: &regex::Captures<'h>,
    name: &str,
) -> Option<regex::Match<'h>> {
    re.capture_names()
        .position(|n| n == Some(name))
        .and_then(|i| caps.get(i))
}

/// The first `max_bytes` bytes of `s` or fewer, ending on a character boundary.
pub fn head(s: &str, max_bytes: usize) -> &str {
    let mut to = s.len().min(max_bytes);
    while !s.is_char_boundary(to) {
        to -= 1;
    }
    &s[..to]
}

/// The last `max_bytes` bytes of `s` or fewer, starting on a character boundary.
pub fn tail(s: &str, max_bytes: usize) -> &str {
    let mut from = s.len().saturating_sub(max_bytes);
    while !s.is_char_boundary(from) {
        from += 1;
    }
    &s[from..]
}

/// The byte offset of the first capital letter of `text` at or after `from`.
///
/// Running text is mostly lower case, and two stages look for every capital of every
/// sentence, so the scan skips eight bytes at a time while none of them can start a
/// capital (`may_start_capital`).
#[inline]
pub fn next_capital(text: &str, from: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut at = from;
    loop {
        while let Some(word) = bytes.get(at..at + 8) {
            let flags =
                may_start_capital(u64::from_le_bytes(word.try_into().expect("eight bytes")));
            if flags != 0 {
                at += (flags.trailing_zeros() / 8) as usize;
                break;
            }
            at += 8;
        }
        let &b = bytes.get(at)?;
        if b.is_ascii_uppercase() {
            return Some(at);
        }
        // The first byte of a character outside ASCII.
        if b >= 0xC0 && text[at..].chars().next().is_some_and(char::is_uppercase) {
            return Some(at);
        }
        at += 1;
    }
}

/// The high bit of each byte of `word` (eight bytes of text, little-endian) that is an
/// ASCII capital or the first byte of a character outside ASCII. No sum below carries
/// from one byte into the next, so each byte's flag is exact.
#[inline(always)]
fn may_start_capital(word: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Bytes between 0x40 and 0x5B exclusive (Bit Twiddling Hacks, "hasbetween"): only for
    // bytes below 0x80, which the `!word` term keeps.
    let low = word & (ONES * 127);
    let capital = (ONES * (127 + 0x5B) - low) & !word & (low + ONES * (127 - 0x40)) & HIGH;
    // 0xC0 and above: both top bits set.
    let lead = word & (word << 1) & HIGH;
    capital | lead
}

#[cfg(test)]
mod tests {
    use super::contains_word;

    #[test]
    fn the_next_capital_is_found_past_runs_of_lower_case() {
        let text =
            "the quick brown fox jumps over the lazy dog near Kramatorsk and Харків, \u{c9}tats";
        let naive = |from: usize| {
            text.char_indices()
                .find(|&(i, c)| i >= from && c.is_uppercase())
                .map(|(i, _)| i)
        };
        for from in 0..text.len() {
            if text.is_char_boundary(from) {
                assert_eq!(super::next_capital(text, from), naive(from), "from {from}");
            }
        }
        // Every byte value at every position of a word, among other bytes of every value.
        for b in 0u8..=0xff {
            for other in [0u8, b'a', b'Z', 0x7f, 0x80, 0xbf, 0xff] {
                for pos in 0..8 {
                    let mut bytes = [other; 8];
                    bytes[pos] = b;
                    let flags = super::may_start_capital(u64::from_le_bytes(bytes));
                    let flagged = flags & (0x80 << (8 * pos)) != 0;
                    assert_eq!(
                        flagged,
                        b.is_ascii_uppercase() || b >= 0xC0,
                        "byte {b:#x} at {pos}"
                    );
                }
            }
        }
    }

    #[test]
    fn whole_words_only() {
        assert!(contains_word("sign up for our newsletter", "sign up"));
        assert!(!contains_word("the channel's subscribers", "subscribe"));
        assert!(contains_word("russia'll retreat", "'ll"));
        assert!(!contains_word("he was willing", "will"));
        assert!(contains_word("enjoying ad-free content", "ad-free"));
    }

    #[test]
    fn a_phrase_set_finds_the_first_listed_whole_word_phrase() {
        static CUES: &[&str] = &["will", "'ll", "going to"];
        let set = super::PhraseSet::new(CUES);
        assert_eq!(set.first_in("they are going to say it will"), Some("will"));
        assert_eq!(set.first_in("russia'll be going to"), Some("'ll"));
        assert_eq!(set.first_in("he was willing"), None);
    }

    #[test]
    fn any_case_finds_words_as_running_text_writes_them() {
        let cues = super::AnyCase::new(&["wound", "kill"]);
        assert!(cues.is_match("Two were Wounded"));
        assert!(cues.is_match("KILLED IN DONETSK"));
        assert!(!cues.is_match("no one was hurt"));
        let found: Vec<usize> = cues
            .words_in("Killing one and wounding two, the strike killed")
            .collect();
        assert_eq!(found, [1, 0, 1]);
    }

    #[test]
    fn word_boundaries_become_ascii_and_escapes_stay() {
        assert_eq!(
            super::ascii_boundaries(r"\bshell\b\s\\b"),
            r"(?-u:\b)shell(?-u:\b)\s\\b"
        );
        let re = super::regex(r"\bshelled\b");
        assert!(re.is_match("Russia\u{2019}s troops shelled Kharkiv."));
        assert!(!re.is_match("reshelled"));
    }

    #[test]
    fn tails_respect_characters() {
        assert_eq!(super::tail("Харків", 5), "ів");
        assert_eq!(super::tail("ab", 10), "ab");
    }
}
