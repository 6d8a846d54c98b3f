//! Places: gazetteer names found in the kept sentences, filtered by their context and
//! resolved to one entry each.
//!
//! Finding: the folded sentence is searched with the name automaton; a match counts only
//! when its context allows it (`context`): a capital letter (so "nova" or "mayak" in
//! running English never fire), not part of an actor's name ("Donetsk People's Republic"),
//! not a government spoken of as a speaker ("Kyiv said"), not a person's first name, not
//! a river. A misspelt name is caught by a one-edit comparison when the context supports
//! it (`typos`): an oblast before "region(s)" ("Dontesk regions"), or a place near the
//! document's other places after a locative word ("near Kramatrosk"). A hromada named by
//! adjective ("Vovchanska hromada") is its centre (`hromada`). A village named right
//! after a region of Russia is taken to lie there, and dropped ([`abroad`]).
//!
//! Resolving (`resolve`): a name shared by many places (45 Dibrovas) is decided by the
//! document's other places, then the prior (rank, population, front-line oblast, own name
//! or alternate). The runner-up and both scores are kept so a user can see why.

pub mod abroad;
mod context;
mod hromada;
mod resolve;
mod typos;

pub use resolve::office_follows;
pub use typos::within_one_edit;

use crate::gazetteer::matcher::Candidate;
use crate::gazetteer::Gazetteer;
use crate::sentences::Sentence;
use std::ops::Range;

/// A place named in the text, resolved to a gazetteer entry.
#[derive(Debug, Clone, PartialEq)]
pub struct PlaceMention {
    /// Byte range in the document text.
    pub span: Range<usize>,
    /// The chosen entry (index into the gazetteer).
    pub entry: u32,
    /// Its score.
    pub score: f64,
    /// The next best entry and its score, when the name had several.
    pub runner_up: Option<(u32, f64)>,
    /// How many entries carried the name.
    pub candidates: usize,
    /// A spatial relation written before the name: `near`, `outside`, `north of` ...
    pub relation: Option<String>,
    /// Whether the name only locates the place before it ("Sirotyne near Severodonetsk") or
    /// is part of an official's title ("Luhansk Governor Serhiy Haidai").
    pub reference: bool,
    /// Whether the name is part of an official's title ("Donetsk regional governor Pavlo
    /// Kyrylenko said") or says where a speaker spoke ("told journalists in
    /// Dnipropetrovsk"): it tells about the speaker, so it places an event only when
    /// neither the event's sentence nor the sentences before name a place.
    pub about_the_speaker: bool,
    /// Whether the name is an end of a road named by its ends ("near the Donetsk-Kharkiv
    /// highway"): the road may run 200 km from it, so it places no event.
    pub road_end: bool,
    /// Index of the sentence it lies in.
    pub sentence: usize,
}

impl PlaceMention {
    /// Whether the name is a compass reference ("west of Donetsk", "northeast of
    /// Kupiansk", "across the river from Severodonetsk"): it locates somewhere else. The
    /// outskirts of a town are the town.
    pub fn is_compass_reference(&self) -> bool {
        self.relation.as_deref().is_some_and(|r| {
            (r.ends_with(" of") && !r.starts_with("outside") && !r.contains("outskirts"))
                || r == "across from"
        })
    }
}

/// A name found, with its candidates and the sentence it lies in, before resolution.
type Found = (Range<usize>, Vec<Candidate>, usize);

/// Finds and resolves the places of one document.
pub fn find(text: &str, sentences: &[Sentence], gazetteer: &Gazetteer) -> Vec<PlaceMention> {
    let mut raw: Vec<Found> = Vec::new();
    // "Valery Gerasimov ... According to Gerasimov": a name an article gives a person is
    // that person's wherever it stands alone in the article.
    let mut surnames: Vec<&str> = Vec::new();
    for (si, sentence) in sentences.iter().enumerate() {
        let s = &text[sentence.span.clone()];
        let mut matches: Vec<(Range<usize>, Vec<Candidate>)> = Vec::new();
        let offset = sentence.span.start;
        let acceptable = |span: &Range<usize>, candidates: &[Candidate]| {
            let span = span.start + offset..span.end + offset;
            if context::is_surname(text, &span, candidates, gazetteer) {
                surnames.push(&text[span]);
                return false;
            }
            let a_city_section = candidates
                .iter()
                .all(|c| gazetteer.entry(c.entry).is_city_section());
            context::accept(text, &span, a_city_section)
                && !context::is_first_name(text, &span, candidates, gazetteer)
        };
        for m in gazetteer.index().find_all(s, acceptable) {
            matches.push((m.span.start + offset..m.span.end + offset, m.candidates));
        }
        for (span, entries) in typos::misspelt_oblasts(text, sentence, &matches, gazetteer) {
            matches.push((span, entries));
        }
        for (span, entries) in hromada::hromada_centres(text, sentence, &matches, gazetteer) {
            matches.push((span, entries));
        }
        raw.extend(matches.into_iter().map(|(span, e)| (span, e, si)));
    }
    let neighbourhood = resolve::anchors(text, &raw, gazetteer, false);
    raw.extend(typos::misspelt_places(
        text,
        sentences,
        &raw,
        &neighbourhood,
        gazetteer,
    ));
    if !surnames.is_empty() {
        raw.retain(|(span, _, _)| !surnames.contains(&&text[span.clone()]));
    }
    raw.sort_by_key(|m| m.0.start);
    let mut places = resolve::resolve(text, raw, gazetteer);
    abroad::drop_namesakes_abroad(text, sentences, &mut places, gazetteer);
    places
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sentences;

    fn resolve_text(text: &str) -> Vec<(String, String)> {
        let g = Gazetteer::embedded();
        let sents = sentences::split(text, std::slice::from_ref(&(0..text.len())));
        find(text, &sents, g)
            .into_iter()
            .map(|p| (text[p.span].to_string(), g.entry(p.entry).id.to_string()))
            .collect()
    }

    #[test]
    fn given_names_are_sorted_for_binary_search() {
        assert!(context::GIVEN_NAMES.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn spellings_resolve_to_one_place() {
        for (text, id) in [
            ("Shelling hit Severodonetsk.", "gn:691999"),
            ("Shelling hit Sievierodonetsk.", "gn:691999"),
            ("Troops left Rubizhnoye near Lysychansk.", "gn:695274"),
            ("Troops left Lyman, also called Krasny Lyman.", "gn:704204"),
            ("Troops entered Artemivsk.", "gn:713174"),
        ] {
            let got = resolve_text(text);
            assert_eq!(got[0].1, id, "{text}: {got:?}");
        }
    }

    #[test]
    fn actors_and_speakers_are_not_places() {
        assert!(resolve_text("The Donetsk People's Republic said so.").is_empty());
        let got = resolve_text("Kyiv said the Luhansk and Donetsk People\u{2019}s Republics lied.");
        assert!(got.is_empty(), "{got:?}");
        assert!(resolve_text("The nova effort was a mayak of hope.").is_empty());
        assert!(resolve_text("Vladimir Putin spoke.").is_empty());
        assert!(resolve_text("By 9 a.m. Kyiv time, 900 people had left.").is_empty());
        assert!(resolve_text("A spokesman for the Khortytsia group of forces spoke.").is_empty());
        assert!(resolve_text("Kyiv did not confirm the claim.").is_empty());
        assert!(resolve_text("Kyiv and Moscow exchanged 95 prisoners each.").is_empty());
        assert!(resolve_text("It is the latest setback for Kyiv since spring.").is_empty());
        assert!(resolve_text("Kyiv had previously denied that the city was encircled.").is_empty());
        assert!(resolve_text("Kyiv's allies pledged more air defence.").is_empty());
        assert!(resolve_text("It blamed the Kiev regime for the attack.").is_empty());
        assert!(resolve_text("Troops crossed the Siverskyi Donets at dawn.").is_empty());
        // The people of a place who speak leave it a place.
        let got = resolve_text("Residents of Druzhkivka reported explosions.");
        assert_eq!(
            got,
            vec![("Druzhkivka".to_string(), "gn:616743".to_string())]
        );
    }

    #[test]
    fn a_village_named_like_a_far_city_district_stays_a_village() {
        let got = resolve_text("Forces retook Bakhmut on Friday. Troops attacked Novoselivka.");
        assert_eq!(got.len(), 2, "{got:?}");
    }

    #[test]
    fn a_city_district_is_its_citys_or_dropped() {
        // Kharkiv's districts are curated sites; Donetsk's come from GeoNames.
        let got = resolve_text("The Kharkiv city's Kyivskyi district was hit by a glide bomb.");
        assert_eq!(got[1].1, "site:kharkiv-kyivskyi", "{got:?}");
        let got = resolve_text("Shelling hit Donetsk's Kyivskyi district.");
        assert_eq!(got[1].1, "gn:13561145", "{got:?}");
        let got = resolve_text(
            "Kharkiv Mayor Ihor Terekhov said a bomb struck the Shevchenkivskyi district.",
        );
        assert_eq!(got[1].1, "site:kharkiv-shevchenkivskyi", "{got:?}");
        // A district of a city whose districts the gazetteer does not hold is dropped: the
        // city carries the event.
        let got = resolve_text(
            "Zaporizhzhia Mayor Ivan Fedorov said a missile struck the Shevchenkivskyi district.",
        );
        assert_eq!(got.len(), 1, "{got:?}");
    }

    #[test]
    fn coordinated_regions_are_both_oblasts() {
        let got = resolve_text("Fighting in the Luhansk and Dontesk regions goes on.");
        assert_eq!(got[0], ("Luhansk".into(), "gn:702657".into()));
        assert_eq!(got[1], ("Dontesk regions".into(), "gn:709716".into()));
    }

    #[test]
    fn a_list_of_regions_is_a_list_of_oblasts() {
        let got =
            resolve_text("Russia annexed the Donetsk, Luhansk, Zaporizhzhia and Kherson regions.");
        let g = Gazetteer::embedded();
        assert_eq!(got.len(), 4, "{got:?}");
        for (_, id) in &got {
            let kind = g.entries().iter().find(|e| e.id == id).map(|e| e.kind);
            assert_eq!(kind, Some(crate::gazetteer::Kind::Oblast), "{got:?}");
        }
    }

    #[test]
    fn context_picks_the_right_dibrova() {
        let got = resolve_text(
            "Troops pressed on Lyman via Drobysheve and through the village of Dibrova.",
        );
        assert_eq!(got.last().unwrap().1, "gn:710052", "{got:?}");
    }

    #[test]
    fn a_village_keeps_its_name_from_the_town_that_once_bore_it() {
        // Myrnohrad was Hrodivka before 1965 and lies nearer Pokrovsk than the village does.
        let got = resolve_text("Russian forces seized Hrodivka (east of Pokrovsk).");
        assert_eq!(got[0], ("Hrodivka".into(), "gn:708047".into()), "{got:?}");
        // Soviet names still name their towns in Russian reports.
        let got = resolve_text("Shells hit Dymytrov and Artemivsk.");
        assert_eq!(got[0].1, "gn:710035", "{got:?}");
        assert_eq!(got[1].1, "gn:713174", "{got:?}");
    }

    #[test]
    fn the_compass_point_picks_the_namesake_on_that_side() {
        // Two villages of each name lie within 20 km of the town, on opposite sides.
        for (text, id) in [
            (
                "Troops advanced near Shevchenko, north of Pokrovsk.",
                "gn:707625",
            ),
            (
                "Troops advanced near Shevchenko, south of Pokrovsk.",
                "gn:694167",
            ),
            ("Fighting near Serhiivka, east of Pokrovsk.", "gn:9112893"),
            ("Fighting near Serhiivka, west of Pokrovsk.", "gn:694449"),
            ("Fighting near Mykolaivka, north of Bakhmut.", "gn:700126"),
            ("Fighting near Mykolaivka (south of Bakhmut).", "gn:810701"),
            (
                "Shelling hit Mykolaivka, to the south of Bakhmut.",
                "gn:810701",
            ),
        ] {
            let got = resolve_text(text);
            assert_eq!(got[0].1, id, "{text}: {got:?}");
        }
    }

    #[test]
    fn a_village_entered_twice_still_locates_its_neighbour() {
        // Klishchiivka is in the gazetteer twice (as "Klyshchiivka" too, 200 m away); the
        // two are one place, and it picks the Andriivka beside it out of 77.
        let got = resolve_text("Ukrainian troops liberated Andriivka near Klishchiivka.");
        assert_eq!(got[0].1, "gn:9114136", "{got:?}");
    }

    #[test]
    fn a_town_in_the_same_sentence_outweighs_one_named_later() {
        // Karlivka is also a former name of Klishchiivka, by Bakhmut; the town named beside it
        // says which one is meant, Bakhmut a paragraph later does not.
        let text = "Shelling damaged the Karlivka water station, leaving Pokrovsk without water. \
                    In Bakhmut, troops repelled 37 attacks.";
        let got = resolve_text(text);
        assert_eq!(got[0], ("Karlivka".into(), "gn:9112520".into()), "{got:?}");
    }

    #[test]
    fn a_village_named_after_a_region_of_russia_lies_there() {
        let got = resolve_text(
            "Air defense systems shot down 12 Ukrainian drones over the Belgorod region. Debris fell on a private house in the village of Nikolskoye.",
        );
        assert!(got.is_empty(), "{got:?}");
        // A Ukrainian region, or a Ukrainian place beside the village, keeps it in Ukraine.
        let got = resolve_text(
            "Russia shelled the Donetsk region. Debris fell in the village of Nikolske.",
        );
        assert_eq!(got.len(), 2, "{got:?}");
        let got = resolve_text(
            "Drones were downed over the Kursk region. Shells hit Nikolske near Mariupol.",
        );
        assert_eq!(got.len(), 2, "{got:?}");
        // A town located in a region abroad is there, whatever its namesakes.
        let got = resolve_text(
            "Ukrainian forces struck an arsenal near the town of Karachev in Bryansk Oblast.",
        );
        assert!(got.is_empty(), "{got:?}");
        // "Ukrainian regions" describes regions; it does not name one abroad.
        let got = resolve_text(
            "Lyman lies in one of the four Ukrainian regions Russia claims. Debris fell in the village of Nikolske.",
        );
        assert_eq!(got.len(), 2, "{got:?}");
    }

    /// Each name found in `text` and whether it only locates another.
    fn references(text: &str) -> Vec<(&str, bool)> {
        let sents = sentences::split(text, std::slice::from_ref(&(0..text.len())));
        find(text, &sents, Gazetteer::embedded())
            .into_iter()
            .map(|p| (&text[p.span], p.reference))
            .collect()
    }

    #[test]
    fn a_parenthesis_locates_the_name_before_it() {
        let text = "Russian forces advanced northwest of Krasnohorivka (just north of Avdiivka) and near Klishchiivka (7km southwest of Bakhmut).";
        assert_eq!(
            references(text),
            [
                ("Krasnohorivka", false),
                ("Avdiivka", true),
                ("Klishchiivka", false),
                ("Bakhmut", true)
            ]
        );
    }

    #[test]
    fn a_list_of_located_places_is_not_a_list_of_references() {
        let text = "Russian forces captured the village of Vovchenka in Kharkiv and Illinka in the Donetsk region. Shelling hit areas near Kupiansk and Izium.";
        assert_eq!(
            references(text),
            [
                ("Vovchenka", false),
                ("Kharkiv", true),
                ("Illinka", false),
                ("Donetsk region", true),
                ("Kupiansk", false),
                ("Izium", false)
            ]
        );
    }

    #[test]
    fn a_dateline_is_about_the_reporter_and_a_nom_de_guerre_is_no_place() {
        let text = "KIEV, July 5, 2014 (AFP) - Government forces took Sloviansk. Rebel commander Igor Girkin, known as Strelkov, said his fighters had retreated.";
        let got = resolve_text(text);
        let names: Vec<&str> = got.iter().map(|(text, _)| text.as_str()).collect();
        assert_eq!(names, ["KIEV", "Sloviansk"]);
        // The dateline says where the reporter filed: it places an event only when nothing
        // else does.
        let sents = sentences::split(text, std::slice::from_ref(&(0..text.len())));
        let about_the_speaker: Vec<bool> = find(text, &sents, Gazetteer::embedded())
            .iter()
            .map(|p| p.about_the_speaker)
            .collect();
        assert_eq!(about_the_speaker, [true, false]);
        let got = resolve_text("Maria Zakharova said Kyiv lies.");
        assert_eq!(got.len(), 1, "{got:?}");
        // A place's other name is still a place.
        let got = resolve_text("Bakhmut, known as Artemivsk until 2016, was shelled.");
        assert_eq!(got.len(), 2, "{got:?}");
    }

    #[test]
    fn an_axis_is_named_after_the_town_of_note() {
        let got = resolve_text(
            "Russian invaders shelled 12 settlements in Kharkiv region. In the Lyman direction, Ukrainian defenders repelled 4 assaults near Terny.",
        );
        let lyman = got.iter().find(|(text, _)| text == "Lyman");
        assert_eq!(
            lyman.map(|(_, id)| id.as_str()),
            Some("gn:704204"),
            "{got:?}"
        );
    }

    #[test]
    fn a_misspelt_place_near_the_others_is_found() {
        let got = resolve_text("Shelling hit Sloviansk and the nearby town of Kramatrosk.");
        assert_eq!(got[1], ("Kramatrosk".into(), "gn:704508".into()));
        assert!(resolve_text("Talks were held in Kramatrosk.").is_empty());
    }

    #[test]
    fn one_edit() {
        assert!(within_one_edit("dontesk", "donetsk"));
        assert!(within_one_edit("donetsk", "donetsks"));
        assert!(within_one_edit("luhansk", "luhanck"));
        assert!(!within_one_edit("kharkiv", "kherson"));
    }
}
