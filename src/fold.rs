//! Spelling folding: one key for every romanisation of a Ukrainian or Russian name.
//!
//! The press writes the same place as Sievierodonetsk, Severodonetsk and Syeverodonetsk,
//! Rubizhne and Rubizhnoye, Luhansk and Lugansk, Kharkiv and Харків. Rather than list every
//! variant, names and text are both folded to a key in which these differences vanish:
//!
//! - Cyrillic is transliterated, Latin diacritics are dropped, case is lowered;
//! - apostrophes and soft signs vanish (`Kramators'k` = `Kramatorsk`), but a possessive
//!   `'s` is split off (`Mariupol's` = `Mariupol` + `s`);
//! - `y`, `j` → `i`; `g` → `h` (Russian г = Ukrainian h); `kh` → `h`; `w` → `v`;
//!   a lone `c` → `ts` (Polish-style `Doneck`); `ie` → `e` (so `ye`, `ie` and `e` meet);
//! - doubled letters are single; a word-final `oe` is `e` (`-noye`, `-skoe` endings);
//! - every other character is a single space, and the key is padded with spaces, so a
//!   name matches only whole words.
//!
//! Folding text keeps, for every byte of the key, the byte range of the original
//! character(s) it came from, so a match in the key maps back to exact offsets.

use std::ops::Range;

/// Folded text with the original byte range behind every folded byte.
#[derive(Debug, Clone)]
pub struct Folded {
    /// The folding key, ASCII, starting and ending with a space.
    pub key: String,
    /// For each byte of `key`, the original byte range it came from.
    origin: Vec<(u32, u32)>,
}

impl Folded {
    /// The original byte range of the key range `range` (which should not start or end
    /// on a padding space).
    pub fn original(&self, range: Range<usize>) -> Range<usize> {
        let start = self.origin[range.start].0 as usize;
        let end = self.origin[range.end - 1].1 as usize;
        start..end
    }
}

/// Folds `text` for matching, keeping offsets.
pub fn fold(text: &str) -> Folded {
    let mut raw: Vec<(u8, u32, u32)> = Vec::with_capacity(text.len() + 2);
    raw.push((b' ', 0, 0));
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        let end = (start + c.len_utf8()) as u32;
        let start = start as u32;
        let push_space = |raw: &mut Vec<(u8, u32, u32)>| {
            if raw.last().map(|r| r.0) != Some(b' ') {
                raw.push((b' ', start, end));
            }
        };
        if is_apostrophe(c) {
            // A possessive 's (followed by a non-letter) is split off as its own word.
            let mut ahead = chars.clone();
            let possessive = matches!(ahead.next(), Some((_, 's' | 'S')))
                && !ahead.next().is_some_and(|(_, n)| n.is_alphanumeric());
            if possessive {
                push_space(&mut raw);
            }
            continue;
        }
        let lower = c.to_lowercase().next().unwrap_or(c);
        if lower.is_ascii_alphanumeric() {
            raw.push((lower as u8, start, end));
        } else if let Some(latin) = transliterate(lower) {
            for b in latin.bytes() {
                raw.push((b, start, end));
            }
        } else if lower.is_alphabetic() {
            // A letter with no Latin reading: it stays part of its word, so it can never
            // split a name into a shorter one ("Һорливка" is not "орливка").
            raw.push((UNKNOWN_LETTER, start, end));
        } else {
            push_space(&mut raw);
        }
    }
    if raw.last().map(|r| r.0) != Some(b' ') {
        let n = text.len() as u32;
        raw.push((b' ', n, n));
    }
    let folded = fold_letters(raw);
    let mut key = String::with_capacity(folded.len());
    let mut origin = Vec::with_capacity(folded.len());
    for (b, s, e) in folded {
        key.push(b as char);
        origin.push((s, e));
    }
    Folded { key, origin }
}

/// Folds a gazetteer name to its key (with padding spaces), e.g. `" severodonetsk "`.
pub fn fold_name(name: &str) -> String {
    fold(name).key
}

/// Stands in the key for a letter that has no Latin reading.
pub const UNKNOWN_LETTER: u8 = b'_';

fn is_apostrophe(c: char) -> bool {
    matches!(
        c,
        '\'' | '\u{2019}'
            | '\u{2018}'
            | '\u{02BC}'
            | '\u{02B9}'
            | '`'
            | '\u{00B4}'
            | 'ь'
            | 'ъ'
            | '\u{201D}'
    )
}

/// The letter-level folds on the transliterated ASCII stream.
fn fold_letters(raw: Vec<(u8, u32, u32)>) -> Vec<(u8, u32, u32)> {
    // Single letters and digraphs.
    let mut a: Vec<(u8, u32, u32)> = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        let (b, s, e) = raw[i];
        let next = raw.get(i + 1).map(|r| r.0);
        match b {
            b'k' if next == Some(b'h') => {
                a.push((b'h', s, raw[i + 1].2));
                i += 2;
                continue;
            }
            b'c' if next == Some(b'h') => {
                a.push((b'c', s, e));
                a.push((b'h', raw[i + 1].1, raw[i + 1].2));
                i += 2;
                continue;
            }
            b'c' => {
                a.push((b't', s, e));
                a.push((b's', s, e));
            }
            b'y' | b'j' => a.push((b'i', s, e)),
            b'g' => a.push((b'h', s, e)),
            b'w' => a.push((b'v', s, e)),
            _ => a.push((b, s, e)),
        }
        i += 1;
    }
    // ie -> e, doubled letters -> one, word-final oe -> e.
    let mut out: Vec<(u8, u32, u32)> = Vec::with_capacity(a.len());
    for (b, s, e) in a {
        if let Some(last) = out.last_mut() {
            if last.0 == b'i' && b == b'e' {
                *last = (b'e', last.1, e);
                continue;
            }
            if last.0 == b && b != b' ' && !b.is_ascii_digit() {
                last.2 = e;
                continue;
            }
            if b == b' ' && last.0 == b'e' && out.len() >= 3 {
                let n = out.len();
                if out[n - 2].0 == b'o' && out[n - 3].0 != b' ' {
                    let (_, os, _) = out[n - 2];
                    let (_, _, ee) = out[n - 1];
                    out.truncate(n - 2);
                    out.push((b'e', os, ee));
                }
            }
        }
        out.push((b, s, e));
    }
    out
}

/// Latin transliteration of a lower-case Cyrillic or accented Latin letter.
fn transliterate(c: char) -> Option<&'static str> {
    Some(match c {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' => "h",
        'ґ' => "g",
        'д' => "d",
        'е' => "e",
        'є' => "ie",
        'ё' => "e",
        'һ' => "h",
        'ў' => "u",
        'ж' => "zh",
        'з' => "z",
        'и' => "y",
        'і' => "i",
        'ї' => "i",
        'й' => "i",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' => "u",
        'ф' => "f",
        'х' => "kh",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'ы' => "y",
        'э' => "e",
        'ю' => "iu",
        'я' => "ia",
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ă' | 'ą' => "a",
        'é' | 'è' | 'ê' | 'ë' | 'ě' | 'ę' => "e",
        'í' | 'ì' | 'î' | 'ï' => "i",
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ő' => "o",
        'ú' | 'ù' | 'û' | 'ü' | 'ů' | 'ű' => "u",
        'ý' | 'ÿ' => "y",
        'č' | 'ć' => "ch",
        'š' | 'ś' | 'ș' | 'ş' => "sh",
        'ž' | 'ź' | 'ż' => "zh",
        'ł' => "l",
        'ń' | 'ñ' => "n",
        'ř' => "r",
        'ț' | 'ţ' => "t",
        'đ' => "d",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn romanisations_of_one_name_share_a_key() {
        let key = fold_name("Sievierodonetsk");
        for variant in [
            "Severodonetsk",
            "Syeverodonetsk",
            "Syevyerodonets'k",
            "Северодонецк",
            "Сєвєродонецьк",
        ] {
            assert_eq!(fold_name(variant), key, "{variant}");
        }
        assert_eq!(fold_name("Rubizhnoye"), fold_name("Rubizhne"));
        assert_eq!(fold_name("Lugansk"), fold_name("Luhansk"));
        assert_eq!(fold_name("Krasny Lyman"), fold_name("Krasnyy Lyman"));
        assert_eq!(fold_name("Sirotyne"), fold_name("Syrotyne"));
        assert_eq!(fold_name("Kharkiv"), fold_name("Харків"));
    }

    #[test]
    fn possessives_split_and_offsets_map_back() {
        let text = "Mariupol\u{2019}s Azovstal";
        let f = fold(text);
        assert_eq!(f.key, " mariupol s azovstal ");
        let at = f.key.find("azovstal").unwrap();
        assert_eq!(&text[f.original(at..at + 8)], "Azovstal");
        let at = f.key.find("mariupol").unwrap();
        assert_eq!(&text[f.original(at..at + 8)], "Mariupol");
    }

    #[test]
    fn unknown_letters_keep_words_whole() {
        assert_eq!(fold_name("Һорливка"), " horlivka ");
        assert_eq!(fold_name("Ωорливка"), " _orlivka ");
    }

    #[test]
    fn apostrophes_inside_names_vanish() {
        assert_eq!(fold_name("Kramators\u{2019}k"), fold_name("Kramatorsk"));
        assert_eq!(fold_name("Слов'янськ"), fold_name("Slovyansk"));
    }
}
