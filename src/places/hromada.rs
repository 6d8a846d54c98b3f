//! Territorial communities named by adjective: "Vovchanska hromada", "the Lyptsivska and
//! Vovchanska hromadas". A hromada is named after its centre in the adjective's form, which
//! no gazetteer lists; the centre is found from the adjective's stem.

use crate::gazetteer::matcher::Candidate;
use crate::gazetteer::{Gazetteer, Kind};
use crate::sentences::Sentence;
use once_cell::sync::Lazy;
use regex::Regex;
use std::ops::Range;

/// One or more capitalised words before "hromada(s)" or "(territorial) community".
static HROMADAS: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"\p{Lu}[\p{L}'\u2019-]+(?:(?:,\s+|,?\s+and\s+)\p{Lu}[\p{L}'\u2019-]+)*\s+(?:hromadas?|(?:territorial\s+)?communit(?:y|ies))\b",
    )
});
static WORD: Lazy<Regex> = Lazy::new(|| crate::words::regex(r"\p{Lu}[\p{L}'\u2019-]+"));

/// The centres of the hromadas a sentence names by adjective, each with its candidates;
/// names already matched (`matched`: "Kupiansk hromada") are left as they are.
pub(super) fn hromada_centres(
    text: &str,
    sentence: &Sentence,
    matched: &[(Range<usize>, Vec<Candidate>)],
    gazetteer: &Gazetteer,
) -> Vec<(Range<usize>, Vec<Candidate>)> {
    let s = &text[sentence.span.clone()];
    // Every adjective the pattern wants ends in "-ska": one scan settles most sentences.
    if !s.contains("ska ") {
        return Vec::new();
    }
    let mut out = Vec::new();
    for list in HROMADAS.find_iter(s) {
        for word in WORD.find_iter(list.as_str()) {
            let start = sentence.span.start + list.start() + word.start();
            let span = start..start + word.len();
            if matched
                .iter()
                .any(|(r, _)| r.start < span.end && span.start < r.end)
            {
                continue;
            }
            if let Some(candidates) = centre(word.as_str(), gazetteer) {
                out.push((span, candidates));
            }
        }
    }
    out
}

/// The settlements an adjective in "-ska" can be made from: Vovchanska ← Vovchansk,
/// Zolochivska ← Zolochiv, Lyptsivska ← Lyptsi, Balakliiska ← Balakliia, Borivska ← Borova,
/// Kurakhivska ← Kurakhove. Every settlement so named is a candidate (Borivska may be
/// Borova or Borove); the document's other places decide, as for any shared name.
fn centre(adjective: &str, gazetteer: &Gazetteer) -> Option<Vec<Candidate>> {
    let stem = adjective.strip_suffix("ska")?;
    if stem.chars().count() < 3 {
        return None;
    }
    let mut forms = vec![
        format!("{stem}sk"),
        stem.to_string(),
        format!("{stem}a"),
        format!("{stem}e"),
    ];
    if let Some(short) = stem.strip_suffix('v') {
        forms.push(short.to_string());
    }
    // Ukrainian closes a final -o- to -i- before the suffix: Borova → Borivska.
    if let Some(root) = stem.strip_suffix("iv") {
        forms.extend([
            format!("{root}ove"),
            format!("{root}ova"),
            format!("{root}ovo"),
        ]);
    }
    let mut settlements: Vec<Candidate> = Vec::new();
    for form in &forms {
        for c in gazetteer.index().lookup(form) {
            if gazetteer.entry(c.entry).kind == Kind::Settlement
                && !settlements.iter().any(|s| s.entry == c.entry)
            {
                settlements.push(c);
            }
        }
    }
    (!settlements.is_empty()).then_some(settlements)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_adjective_names_its_centre() {
        let g = Gazetteer::embedded();
        let names = |adjective: &str| -> Vec<&str> {
            centre(adjective, g)
                .unwrap_or_default()
                .iter()
                .map(|c| g.entry(c.entry).name)
                .collect()
        };
        assert_eq!(names("Vovchanska"), ["Vovchansk"]);
        assert!(names("Zolochivska").contains(&"Zolochiv"));
        assert!(names("Lyptsivska").contains(&"Lyptsi"));
        assert!(names("Borivska").contains(&"Borova"));
        assert_eq!(names("Kupianska"), ["Kupyansk"]);
        assert!(names("Iska").is_empty());
        assert!(names("Vovchansk").is_empty());
    }
}
