//! The context checks on a name match: is it a place here, or a word, a person, an actor,
//! a speaker or a river?

use crate::gazetteer::matcher::Candidate;
use crate::gazetteer::{Gazetteer, Kind};
use crate::words::{head, tail};
use once_cell::sync::Lazy;
use regex::Regex;
use std::ops::Range;

static SPEAKER_AFTER: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"^\s+(?:did not (?:confirm|comment|respond|say)\b|(?:has |have |had |also |later |then )?(?:previously |earlier |repeatedly |publicly |officially |quickly |also )?(?:said|says|say|claimed|claims|announced|announces|reported|reports|stated|denied|denies|insisted|insists|accused|accuses|warned|warns|demanded|demands|wants|told|rejected|rejects|responded|confirmed|confirms|alleged|added|noted|argued|stressed|wrote|posted|tweeted|admitted|admits|acknowledged|acknowledges)\b)",
    )
});
/// After a name, words that make it an actor: a republic, a possessive government or army,
/// a military formation named after a place ("the Khortytsia group of forces"), the people
/// who held it ("Azovstal defenders"), a government ("the Kiev regime"), or a newspaper ("the
/// Kyiv Independent", "Kyiv Post", "The New York Times").
static ACTOR_AFTER: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"^(?:\s+(?:and|or|,)\s+\p{Lu}\w+)?\s+(?:People['\u2019]s\s+Republics?|PR\b|Republics?\b)|^['\u2019]s\s+(?:forces|troops|army|military|government|officials|leadership|defenders|soldiers|authorities|allies|partners|backers)\b|^\s+(?:group\s+of\s+forces|operational(?:-strategic)?\s+group|(?:battle)?group|grouping|defenders|garrison|regime)\b|^\s+(?:Independent|Post|Times)\b",
    )
});

/// A one-word name of small places followed by another capitalised word is a person's
/// first name ("Serhiy Haidai", "Oleh Synyehubov"), not the village of Serhiyi or Oleh.
/// A town large enough to be named before a noun ("Kramatorsk Airport", "Bakhmut Mayor")
/// is kept.
pub(super) fn is_first_name(
    text: &str,
    span: &Range<usize>,
    candidates: &[Candidate],
    gazetteer: &Gazetteer,
) -> bool {
    static NEXT_NAME: Lazy<Regex> = Lazy::new(|| crate::words::regex(r"^\s+\p{Lu}\p{Ll}+"));
    if text[span.clone()].contains([' ', '-']) || !NEXT_NAME.is_match(&text[span.end..]) {
        return false;
    }
    // "Maria Zakharova": a common given name is a first name before a surname, even when a
    // hromada seat abroad shares its folded spelling.
    GIVEN_NAMES.binary_search(&&text[span.clone()]).is_ok()
        || only_small_places(candidates, gazetteer)
}

/// Whether every reading of a name is a settlement under 10,000 people and no
/// administrative centre: only such a name gives way to a person's.
fn only_small_places(candidates: &[Candidate], gazetteer: &Gazetteer) -> bool {
    candidates.iter().all(|c| {
        let e = gazetteer.entry(c.entry);
        e.kind == Kind::Settlement && e.population < 10_000 && !e.code.starts_with("PPLA")
    })
}

/// A one-word name of small places right after a given name is a surname ("Vitaly
/// Kiselev", not the village of Kyseliv), and so is a person's other name ("Igor Girkin,
/// known as Strelkov", not the village of Strilkiv).
pub(super) fn is_surname(
    text: &str,
    span: &Range<usize>,
    candidates: &[Candidate],
    gazetteer: &Gazetteer,
) -> bool {
    static ALSO_KNOWN_AS: Lazy<Regex> = Lazy::new(|| {
        crate::words::regex(
            r"\b(?P<given>\p{Lu}\p{Ll}+)\s+\p{Lu}[\p{L}'\u2019-]+,?\s+(?:also\s+)?(?:known\s+as|nicknamed|called|alias|call\s+sign)\s+$",
        )
    });
    if text[span.clone()].contains([' ', '-']) {
        return false;
    }
    let before = tail(&text[..span.start], 60);
    let person_also = ["as ", "named ", "called ", "alias ", "sign "]
        .iter()
        .any(|w| before.ends_with(w))
        && ALSO_KNOWN_AS
            .captures(before)
            .is_some_and(|c| GIVEN_NAMES.binary_search(&&c["given"]).is_ok());
    // "said one soldier, who gave his name as Serhiy": a name a person goes by.
    static GOES_BY: Lazy<Regex> = Lazy::new(|| {
        crate::words::regex(
            r"(?i)\b(?:(?:gave|giving|gives|give)\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+)?names?\s+(?:only\s+)?as|identified\s+(?:only\s+)?(?:(?:himself|herself|themselves)\s+)?(?:only\s+)?as|(?:whose|his|her)\s+(?:first\s+)?name\s+is|(?:call\s*sign|nom\s+de\s+guerre)(?:\s+is)?)\s+[\x22\u201c]?$",
        )
    });
    if person_also
        || (GOES_BY.is_match(before)
            && (GIVEN_NAMES.binary_search(&&text[span.clone()]).is_ok()
                || only_small_places(candidates, gazetteer)))
    {
        return true;
    }
    // "said Belkis Wille, senior crisis researcher": a name right after a speech verb and
    // a given name the list lacks is a surname too.
    static SPEAKER_GIVEN_BEFORE: Lazy<Regex> = Lazy::new(|| {
        crate::words::regex(r"\b(?:said|says|according\s+to|told|wrote|added)\s+\p{Lu}\p{Ll}+\s+$")
    });
    let before = tail(&text[..span.start], 24);
    // (A given name may open a line: "...of the city.\nAlexander Zakharchenko, the leader".)
    let Some(given) = before
        .strip_suffix(' ')
        .and_then(|b| b.split(char::is_whitespace).next_back())
    else {
        return false;
    };
    // (The pattern runs only after a capitalised word and for a small place's name.)
    only_small_places(candidates, gazetteer)
        && (GIVEN_NAMES.binary_search(&given).is_ok()
            || (given.starts_with(|c: char| c.is_uppercase())
                && SPEAKER_GIVEN_BEFORE.is_match(tail(&text[..span.start], 40))))
}

/// Given names common among the officials and soldiers the war's reporting quotes, in
/// their usual romanisations, sorted (for binary search).
pub(super) const GIVEN_NAMES: &[&str] = &[
    "Aleksandr",
    "Aleksei",
    "Alexander",
    "Alexei",
    "Alexey",
    "Anatoliy",
    "Anatoly",
    "Andrei",
    "Andrey",
    "Andriy",
    "Anna",
    "Anton",
    "Artem",
    "Artyom",
    "Bohdan",
    "Boris",
    "Borys",
    "Daria",
    "Denis",
    "Denys",
    "Dmitry",
    "Dmytro",
    "Eduard",
    "Fedir",
    "Fyodor",
    "Gennady",
    "Hanna",
    "Hennadiy",
    "Igor",
    "Ihor",
    "Illia",
    "Ilya",
    "Irina",
    "Iryna",
    "Ivan",
    "Kirill",
    "Konstantin",
    "Kostiantyn",
    "Kyrylo",
    "Leonid",
    "Lyudmila",
    "Maksym",
    "Maria",
    "Maxim",
    "Mikhail",
    "Mykhailo",
    "Mykola",
    "Natalia",
    "Nazar",
    "Nikolai",
    "Oleg",
    "Oleh",
    "Oleksandr",
    "Oleksiy",
    "Olena",
    "Olga",
    "Olha",
    "Pavel",
    "Pavlo",
    "Petro",
    "Pyotr",
    "Ramzan",
    "Roman",
    "Ruslan",
    "Rustem",
    "Sergei",
    "Sergey",
    "Sergiy",
    "Serhii",
    "Serhiy",
    "Stanislav",
    "Svetlana",
    "Taras",
    "Tatiana",
    "Tetiana",
    "Vadim",
    "Vadym",
    "Valeriy",
    "Valery",
    "Vasily",
    "Vasyl",
    "Viktor",
    "Vitali",
    "Vitalii",
    "Vitaliy",
    "Vitaly",
    "Vladimir",
    "Vladislav",
    "Vladyslav",
    "Volodymyr",
    "Vyacheslav",
    "Yaroslav",
    "Yelena",
    "Yevgeniy",
    "Yevgeny",
    "Yevhen",
    "Yulia",
    "Yuri",
    "Yuriy",
];

/// The context checks on a match: capitalised, not inside an actor's name, not a speaker.
/// `a_city_section` says every reading of the name is a section of a city ("the Saltivka
/// neighborhood" is Kharkiv's Saltivka, though "the Novyi microdistrict" is no village).
pub(super) fn accept(text: &str, span: &Range<usize>, a_city_section: bool) -> bool {
    let first = text[span.clone()].chars().next().unwrap_or(' ');
    if !first.is_uppercase() {
        return false;
    }
    let after = &text[span.end..];
    let next = NextWord::of(after);
    if (next.may_name_an_actor() && ACTOR_AFTER.is_match(after))
        || (next.spaced && next.word.starts_with("time") && TIME_ZONE_AFTER.is_match(after))
        || (next.spaced && next.starts_upper() && ORGANISATION_AFTER.is_match(after))
    {
        return false;
    }
    // Only a space or hyphen and the start of one of [`PART_AFTER`]'s words can start the
    // name of a quarter, a canal, a river, a pipeline, a broadcaster, a band, a volunteer
    // battalion ("the Donbas battalion") or a group of forces ("the Tavria military
    // group"); this runs for every capitalised word, so the bytes are compared before the
    // pattern runs.
    let part_may_follow = after.len() > 1 && matches!(after.as_bytes()[0], b' ' | b'-') && {
        let next = after.as_bytes()[1..].trim_ascii_start();
        let starts = |w: &[u8]| next.len() >= w.len() && next[..w.len()].eq_ignore_ascii_case(w);
        [
            &b"micro"[..],
            b"neighbo",
            b"canal",
            b"river",
            b"pipeline",
            b"TV",
            b"television",
            b"channel",
            b"choir",
            b"ensemble",
            b"orchestra",
            b"battalion",
            b"group",
            b"military",
            b"operational",
        ]
        .iter()
        .any(|w| starts(w))
    };
    // "the Kharkiv TV tower" is in Kharkiv.
    if part_may_follow
        && PART_AFTER.is_match(after)
        && !BROADCAST_BUILDING_AFTER.is_match(after)
        && !(a_city_section && NEIGHBOURHOOD_AFTER.is_match(after))
    {
        return false;
    }
    // "the Industrialnyi district of Kharkiv": a city's district that shares a village's
    // name; the city after it is the place. ("the Pokrovsk district of Donetsk region" is a
    // raion.)
    if next.spaced
        && next.word.starts_with("district")
        && CITY_DISTRICT_AFTER
            .captures(after)
            .is_some_and(|c| c.name("region").is_none())
    {
        return false;
    }
    // "A warehouse was hit in the Industrialnyi district": an adjective before "district" that
    // is no raion (a raion's name takes "district" into its match) names a city's district,
    // not the village that shares the word.
    if next.spaced && next.word.starts_with("district") && !next.word.starts_with("districts") {
        let written = &text[span.clone()];
        if ["yi", "yy", "iy", "yj"]
            .iter()
            .any(|end| written.ends_with(end))
        {
            return false;
        }
    }
    // "Kyiv and Moscow exchanged prisoners": a capital paired with Moscow is a government.
    if (next.spaced
        && (next.word.starts_with("and") || next.word.starts_with("or"))
        && WITH_MOSCOW_AFTER.is_match(after))
        || WITH_MOSCOW_BEFORE.is_match(tail(&text[..span.start], 16))
    {
        return false;
    }
    // "a setback for Kyiv", "weapons for Kyiv", "a claim denied by Kyiv", "supporters of
    // the government in Kiev": the capital after "for", "by" or "government in" is the
    // government; so is "what Kyiv called retaliation" (a town
    // "described as a fortress" is a place).
    if CAPITALS.contains(&&text[span.clone()])
        && (FOR_BEFORE.is_match(tail(&text[..span.start], 16))
            || GOVERNMENT_VERB_AFTER.is_match(head(after, 24))
            || GOVERNMENT_POSSESSION_AFTER.is_match(head(after, 40)))
    {
        return false;
    }
    // "volunteer battalions Donbas and Dnipro", "the Aidar and Donbas battalions": names of
    // units listed after or before the word for them. Units name themselves after places
    // far from where they fight.
    // (This runs for every capitalised name: the word right before settles most of them.)
    let before = tail(&text[..span.start], 60);
    let last = before.trim_end_matches([' ', '"', '\u{201c}']);
    let after_units_or_a_list = [
        "battalion",
        "battalions",
        "regiment",
        "regiments",
        " and",
        ",",
    ]
    .iter()
    .any(|w| last.ends_with(w));
    if after_units_or_a_list
        && (before.contains("attalion") || before.contains("egiment"))
        && UNITS_NAMED_BEFORE.is_match(before)
    {
        return false;
    }
    if (after.starts_with(',') || (next.spaced && next.word.starts_with("and ")))
        && {
            let list = head(after, 40);
            list.contains("attalion") || list.contains("egiment")
        }
        && UNITS_LISTED_AFTER.is_match(head(after, 40))
    {
        return false;
    }
    // "the left bank of the Dnipro": a river that shares a city's name.
    if RIVER_BEFORE.is_match(tail(&text[..span.start], 12)) && RIVERS.contains(&&text[span.clone()])
    {
        return false;
    }
    // "the governor of Donetsk region said": the region is in the speaker's title, a place
    // (marked a reference later), not the speaker; "Residents of Druzhkivka reported
    // explosions": the people of a place speak, and the place is where it happened.
    // "The strike on Sloviansk claimed the lives of five people": the place of a happening
    // is no speaker either.
    // "Volunteer evacuation crews in Toretsk say": after "in", the name is where the speakers
    // are.
    let after_in = tail(&text[..span.start], 4) == " in ";
    !(next.spaced && next.starts_lower() && SPEAKER_AFTER.is_match(after))
        || after_in
        || OFFICE_OF_BEFORE.is_match(tail(&text[..span.start], 40))
        || PEOPLE_OF_BEFORE.is_match(tail(&text[..span.start], 24))
        || HAPPENING_AT_BEFORE.is_match(tail(&text[..span.start], 32))
}

/// A happening before a name: "the strike on", "the shelling of", "an attack in".
static HAPPENING_AT_BEFORE: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)\b(?:strikes?|attacks?|shelling|assaults?|bombings?|raids?|offensive|explosions?|blasts?|fighting|battle|siege)\s+(?:on|of|in|at|near|against)\s+(?:the\s+)?$",
    )
});

/// What follows a name, read once: every pattern after a name opens with white space or
/// an apostrophe, and most can start only with a word of one case, so the patterns run
/// only where their first word may be there (most names are followed by neither).
struct NextWord<'t> {
    /// Whether white space follows the name.
    spaced: bool,
    /// The text from the first character after that white space.
    word: &'t str,
}

impl<'t> NextWord<'t> {
    fn of(after: &'t str) -> NextWord<'t> {
        let word = after.trim_start();
        NextWord {
            spaced: word.len() < after.len(),
            word,
        }
    }

    fn starts_upper(&self) -> bool {
        self.word
            .as_bytes()
            .first()
            .is_some_and(u8::is_ascii_uppercase)
    }

    fn starts_lower(&self) -> bool {
        self.word
            .as_bytes()
            .first()
            .is_some_and(u8::is_ascii_lowercase)
    }

    /// Whether [`ACTOR_AFTER`] may match: an apostrophe ("Ukraine's forces"), or white
    /// space and a first character its alternatives open with.
    fn may_name_an_actor(&self) -> bool {
        if !self.spaced {
            return self.word.starts_with(['\'', '\u{2019}']);
        }
        self.word
            .as_bytes()
            .first()
            .is_some_and(|b| b"aoPRgbdrIT,".contains(b))
    }
}

/// The people of a place before its name: "residents of", "authorities in".
static PEOPLE_OF_BEFORE: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)\b(?:residents|people|inhabitants|citizens|locals|authorities|officials|police|rescuers|doctors|witnesses|rebels|separatists|insurgents|militants|volunteers|soldiers|troops|medics|journalists)\s+(?:of|in)\s+(?:(?:occupied|Russian-occupied|Russian-held|Russian-controlled|separatist-held|rebel-held|frontline|front-line|besieged|embattled)\s+)?$",
    )
});

/// An office before a name: "the governor of", "head of the".
pub(super) static OFFICE_OF_BEFORE: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)\b(?:governor|mayor|head|chief|leader|administration|spokes(?:man|woman|person))\s+of\s+(?:the\s+)?$",
    )
});

/// "Kiev's operation against pro-Russian insurgents", "Kyiv's forces": what a capital's
/// name owns in war is its government's.
static GOVERNMENT_POSSESSION_AFTER: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"^['\u2019]s\s+(?:[a-z-]+\s+){0,2}?(?:operations?|offensive|counter-?offensive|forces|troops|army|military|government|allies|partners|claims?|position|campaign|war|officials|leadership|plans?|strategy|demands?|policy|efforts?|side|soldiers|units|commanders?)\b",
    )
});
/// "Kyiv and Moscow", "between Moscow and Kyiv", "Kyiv and the West": governments.
static WITH_MOSCOW_AFTER: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(r"^\s+(?:and|or)\s+(?:Moscow|Washington|the\s+West|Western)\b")
});
static WITH_MOSCOW_BEFORE: Lazy<Regex> =
    Lazy::new(|| crate::words::regex(r"\bMoscow\s+(?:and|or)\s+$"));
/// Capitals whose name often stands for their government.
const CAPITALS: &[&str] = &["Kyiv", "Kiev"];
static FOR_BEFORE: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(r"\b(?:for|by|(?:government|leadership|authorities|regime)\s+in)\s+$")
});
/// What a government does with words, after a capital's name.
static GOVERNMENT_VERB_AFTER: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"^\s+(?:has\s+|have\s+|had\s+)?(?:called|calls|blamed|blames|condemned|condemns|described|describes|dismissed|dismisses|vowed|vows|urged|urges|pressed|presses|pressing|launched|launches|sent|sends|ordered|orders|deployed|deploys|pushed|pushes|mounted|mounts|continued|continues|insisted|insists|accused|accuses|denied|denies|rejected|rejects)\b",
    )
});
/// "the Novyi microdistrict", "the Donets-Donbas canal", "the Kazennyi Torets river", "the
/// Druzhba pipeline", "Zvezda TV", "the Mayak choir", "the Donbas battalion": a name that is
/// part of the name of a city quarter, a waterway, a pipeline, a broadcaster, a band or a
/// volunteer battalion, not the village or region it shares it with.
static PART_AFTER: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)^[\s-]+(?:micro-?districts?|micro-?raions?|neighbou?rhoods?|canal|river|pipeline|(?-i:TV)|television|channel|choir|ensemble|orchestra|battalions?|(?:(?:military|operational(?:-(?:strategic|tactical))?)\s+)?group(?:ing)?s?)\b",
    )
});
/// "district of Kharkiv", "district of Donetsk region" (the second a raion, by its group
/// `region`).
static CITY_DISTRICT_AFTER: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"^\s+district\s+of\s+(?:the\s+city\s+of\s+)?\p{Lu}[\p{L}'\u2019-]+(?P<region>\s+(?:[Rr]egion|[Oo]blast|[Pp]rovince))?",
    )
});
/// The word for units before a list of their names: "volunteer battalions Donbas and",
/// "the battalion \"Aidar\"", "regiments Azov, Dnipro-1 and ".
static UNITS_NAMED_BEFORE: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r#"(?i:battalions?|regiments?)\s+(?:["\u201c]?[A-Z][a-zA-Z'-]*(?:-[0-9]+)?["\u201d]?(?:\s*,\s*|\s+and\s+))*["\u201c]?$"#,
    )
});
/// The rest of a list of units' names and the word for them: "(Aidar) and Donbas
/// battalions", "(Azov), Aidar and Donbas battalions".
static UNITS_LISTED_AFTER: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"^(?:\s*,\s*|\s+and\s+)(?:[A-Z][a-zA-Z'-]*(?:-[0-9]+)?(?:\s*,\s*|\s+and\s+))*[A-Z][a-zA-Z'-]*(?:-[0-9]+)?\s+(?i:battalions|regiments)\b",
    )
});
/// A broadcaster's building, which stands where the name says: "the Kharkiv TV tower".
static BROADCAST_BUILDING_AFTER: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)^\s+(?:TV|television)\s+(?:tower|mast|centre|center|station|building)\b",
    )
});
/// "the Donbas Water Company", "Kharkiv National University": a name that opens the name of
/// an organisation, which may work far from the place; "Zelena Street": of a street; "the
/// Mayak choir"; "Zorya Luhansk beat Dynamo Kyiv 2-1", "Zorya Luhansk losing": of a
/// football club, by the city after its name and a match told after.
static ORGANISATION_AFTER: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"^\s+(?:[A-Z][a-zA-Z'\u2019-]*\s+){0,2}(?:Company|Corporation|Holding|University|Institute|Bank|Airlines|Railways|Club|Academy|Foundation|Agency|Association)\b|^\s+(?:Street|St\.|Avenue|Ave\.|Prospekt|Prospect|Boulevard|Lane)(?:\W|$)|^\s+(?:Donetsk|Luhansk|Lugansk|Kharkiv|Kyiv|Kiev|Dnipro|Zaporizhzhia|Mariupol|Lviv|Odesa|Odessa)\s+(?:beat|lost|losing|won|drew|fans|players?|coach|striker|midfielder|defender|goalkeeper|FC|football)\b|^\s+(?:Donetsk|Luhansk|Lugansk|Kharkiv|Kyiv|Kiev|Dnipro|Zaporizhzhia|Mariupol|Lviv|Odesa|Odessa)\s*[,.]?\s*\d+\s*[-\u2013]\s*\d+\b",
    )
});
/// "9 a.m. Kyiv time": a city naming a time zone.
static TIME_ZONE_AFTER: Lazy<Regex> = Lazy::new(|| crate::words::regex(r"^\s+time\b"));
/// Whether the name opens a dateline ("KYIV, Ukraine (AP) —", "SLAVYANSK, Ukraine —"):
/// where the reporter filed, which the story's "this city" may point back to.
pub(super) fn opens_a_dateline(text: &str, span: &Range<usize>) -> bool {
    let line_start = {
        let before = text[..span.start].trim_end_matches([' ', '\t']);
        before.is_empty() || before.ends_with(['\n', '\r'])
    };
    line_start && DATELINE_AFTER.is_match(&text[span.end..])
}

/// After an opening capitalised name, a dateline's comma, agency or dash.
static DATELINE_AFTER: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"^(?:,\s*[\p{L}\d .,]{0,30})?(?:\s*\((?:AP|AFP|Reuters|Interfax|TASS|Ukrinform)\))?\s*(?:[\u2014\u2013-]\s|/[A-Z]+/)",
    )
});

/// Rivers of the war zone named like settlements; with "the" before them they are rivers.
const RIVERS: &[&str] = &[
    "Dnipro",
    "Dnieper",
    "Donets",
    "Oskil",
    "Inhulets",
    "Kalmius",
    "Aidar",
    "Bakhmutka",
    "Vovcha",
    "Desna",
    "Dniester",
    "Zherebets",
    "Krynka",
];
/// After a name, a word for a part of a city: "the Saltivka neighborhood".
static NEIGHBOURHOOD_AFTER: Lazy<Regex> =
    Lazy::new(|| crate::words::regex(r"(?i)^[\s-]+(?:micro-?districts?|neighbou?rhoods?)\b"));

/// "the Donets", "the Siverskyi Donets": a river's name before it.
static RIVER_BEFORE: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(r"(?i)\b(?:the|siverskyi|siverskyy|seversky|severskiy|severskii)\s+$")
});
