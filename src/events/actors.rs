//! Actors: who acted and who was acted upon, from a table of the forces and groups named
//! in reporting of the war.

use once_cell::sync::Lazy;
use regex::{Regex, RegexSet};
use std::ops::Range;

/// (actor name written in outputs, pattern, an example it must match).
const ACTORS: &[(&str, &str, &str)] = &[
    (
        "LPR forces",
        r"\bLPR\b|Luhansk People['\u2019]s Republic",
        "an LPR official",
    ),
    (
        "DPR forces",
        r"\bDPR\b|Donetsk People['\u2019]s Republic",
        "the DPR militia",
    ),
    ("Wagner Group", r"\bWagner\b", "Wagner fighters"),
    (
        "Chechen forces",
        r"\bChechen\s+(?:forces|fighters|units|troops)\b|\bKadyrovites\b",
        "Chechen fighters",
    ),
    (
        "Russian forces",
        r"\b(?:Russian|Russia['\u2019]s|Moscow['\u2019]s|Kremlin['\u2019]s|pro-Russian|Russian-backed|Moscow-backed|Kremlin-backed)\s+(?:[A-Z][A-Za-z0-9-]*\s+)?(?i:(?:guided|glide|aerial|cruise|ballistic|sabotage|assault|reconnaissance|infantry|armou?red|armed|military|volunteer|regular|elite|special|airborne|mechani[sz]ed|motori[sz]ed)\s+)*(?i:bombs?|forces|troops|garrisons?|air\s+defen[cs]es?|columns?|convoys?|tanks|vehicles|positions|manpower|personnel|equipment|army|soldiers|military|(?:defen[cs]e\s+)?ministry|servicemen|units|commanders|command|battalions|brigades|groups?|detachments|infantry|artillery|aviation|marines|paratroopers|rockets?|missiles?|shells?|shelling|bombardment|strikes?|airstrikes?|aircraft|drones?|fighters|warplanes?|jets?|offensives?|counter-?offensives?|counter-?attacks?|attacks?|assaults?|breakthroughs?|advances?|incursions?|infiltration|demands?|ultimatums?)\b|\b(?:Russian|Russia['\u2019]s)\s+\d+(?:st|nd|rd|th)\s+(?:[A-Za-z-]+\s+){0,3}?(?i:brigade|division|regiment|battalion|army|corps)\b|\b(?:(?i:the)\s+)?(?i:russians)\b|\b(?i:russia)\b|\bMoscow\b|\b(?:(?i:the)\s+)?(?i:occupiers|invaders|occupation forces|ruscists|rashists|russists|orcs)\b|\b(?:KABs?|FABs?|Shaheds?|Geran(?:-2)?s?|Lancets?|Iskanders?|Iskander-[MK]|Kinzhals?|Kalibrs?|Kh-\d+)\b|\b(?:Center|Centre|Central|West|Western|South|Southern|North|Northern|East|Eastern|Dnepr|Dnieper|Vostok|Zapad|Yug|Sever|Tsentr)\s+(?i:battle\s*group|group\s+of\s+forces)\b|\b(?:Dnepr|Vostok|Zapad|Yug|Sever|Tsentr)\s+(?:\((?:West|East|South|North|Centre|Center|Dnieper)\)\s+)?(?i:group)\b|\b(?i:battle\s*group|group\s+of\s+forces)\s+(?:Center|Centre|West|South|North|East|Dnepr|Dnieper|Vostok|Zapad|Yug|Sever|Tsentr)\b",
        "Russian troops",
    ),
    (
        "Ukrainian forces",
        r"\b(?:Ukrainian|Ukraine['\u2019]s|Kyiv['\u2019]s)\s+(?:[A-Z][A-Za-z0-9-]*\s+)?(?i:(?:guided|glide|aerial|cruise|ballistic|sabotage|assault|reconnaissance|infantry|armou?red|armed|military|volunteer|regular|elite|special|airborne|mechani[sz]ed|motori[sz]ed)\s+)*(?i:bombs?|forces|troops|garrisons?|air\s+defen[cs]es?|columns?|convoys?|tanks|vehicles|positions|manpower|personnel|equipment|army|soldiers|military|(?:defen[cs]e\s+)?ministry|servicemen|units|commanders|command|battalions|brigades|groups?|detachments|infantry|defenders|fighters|marines|paratroopers|Air Assault Forces|Armed Forces|defense forces|defence forces|general staff|drones?|missiles?|shelling|strikes?|artillery|offensives?|counter-?offensives?|counter-?attacks?|attacks?|assaults?|breakthroughs?|advances?|incursions?|infiltration)\b|\b(?:Ukrainian|Ukraine['\u2019]s)\s+\d+(?:st|nd|rd|th)\s+(?:[A-Za-z-]+\s+){0,3}?(?i:brigade|division|regiment|battalion|army|corps)\b|\bthe Ukrainians\b|\bAzovstal defenders\b|\b\d+(?:st|nd|rd|th)\s+Separate\s+(?:[A-Z][A-Za-z-]*\s+){0,3}(?:Brigade|Battalion|Regiment)\b|\b(?:Territorial\s+Defen[cs]e|National\s+Guard\s+of\s+Ukraine|Khortytsia|Kraken|Azov\s+(?i:regiment|brigade|battalion|fighters|troops|units))\b|\b(?:Aidar|Dnipro-1|Donbas|Tornado|Right\s+Sector)\s+(?i:battalion|volunteer\s+battalion|fighters|volunteers)\b|\bATO\s+(?i:forces|troops)\b|\b(?i:our\s+defenders)\b|\bDefen[cs]e\s+Forces\b|\bUkraine\b|\bAFU\b|\bZSU\b|\bKyiv\s+(?:said|says|claimed|claims|reported|announced|stated|confirmed)\b|\b(?i:government)\s+(?:forces|troops|soldiers)\b|\b(?:Kiev|Kyiv)\s+regime\b|\b(?:HIMARS|ATACMS|Storm\s+Shadows?|SCALPs?|Neptunes?|Bayraktars?)\b",
        "Ukrainian soldiers",
    ),
    (
        "Separatist forces",
        r"\b(?i:rebels?|separatists?|insurgents|militants|terrorists|militias?|militiamen|self-defen[cs]e\s+forces|gunmen)\b",
        "Rebels shelled the town",
    ),
    (
        ENEMY,
        r"\b(?i:enemy|aggressor|adversary)\b",
        "The enemy attacked 9 times",
    ),
    (
        OURS,
        r"\b(?i:our)\s+(?i:forces|troops|units|soldiers|fighters|servicemen|army|military|guys)\b",
        "Our forces have taken the city",
    ),
    (
        "Civilians",
        r"\b(?i:civilians?|residents|children)\b",
        "500 civilians",
    ),
];

/// What the actors table calls "the enemy", "the aggressor": whose enemy depends on who
/// speaks ([`name_by_the_speaker`]).
pub const ENEMY: &str = "the enemy";
/// What the actors table calls "our forces": the speaker's own side.
pub const OURS: &str = "our forces";

/// The side a speaker's own words name: `Some(true)` for Russia's ("the Russian Defence
/// Ministry", "Pushilin"), `Some(false)` for Ukraine's (first: "Ukraine's ambassador to
/// Russia"), `None` for a speaker of no named side ("a military spokesman"). A speaker of no
/// side speaks for Russia in an article with a Russian state outlet's voice
/// ([`russian_voice`]).
pub fn side_named(speaker: &str) -> Option<bool> {
    static UKRAINIAN: Lazy<Regex> = Lazy::new(|| {
        crate::words::regex(
            r"\b(?:Ukraine|Ukrainian|Kyiv|Zelensky|Zelenskyy|Zelenskiy|Zelenskyi|Syrskyi|Zaluzhnyi|Zaluzhny|Shmyhal|Kuleba|Sybiha|Yermak|Podolyak|Podoliak|Budanov|Umerov|Reznikov|Maliar|Malyar|Vereshchuk|Lubinets|Haidai|Gaidai|Kyrylenko|Filashkin|Syniehubov|Synegubov|Terekhov|Lysak|Prokudin|Cherevaty|Voloshyn|Lykhovii|Shtupun|Poroshenko)\b",
        )
    });
    static RUSSIAN: Lazy<Regex> = Lazy::new(|| {
        crate::words::regex(
            r"\b(?:Russia|Russian|Moscow|Kremlin|TASS|RIA|Konashenkov|Shoigu|Belousov|Gerasimov|Pushilin|Pasechnik|DPR|LPR|Wagner|Prigozhin|Kadyrov|Putin|Peskov|Lavrov|Zakharova|Medvedev|Gladkov|Saldo|Balitsky|Marochko|Basurin|Zakharchenko|Plotnitsky|Strelkov|Girkin)\b|People['\u2019]s\s+Republic",
        )
    });
    if UKRAINIAN.is_match(speaker) {
        Some(false)
    } else if RUSSIAN.is_match(speaker) {
        Some(true)
    } else {
        None
    }
}

/// "The enemy attacked 9 times": Ukraine's forces in the words of Russia's side
/// ([`side_named`]: "the enemy lost up to 140 servicemen, the Russian Defence
/// Ministry said"), Russia's otherwise (English text says "the enemy" mostly in translations
/// of Ukraine's General Staff and brigades). "Our forces have taken the city, Pushilin
/// said": the speaker's side. Another actor comes through as it is.
pub fn name_by_the_speaker(
    actor: Option<&'static str>,
    russian_speaker: bool,
) -> Option<&'static str> {
    let (russian, ukrainian) = ("Russian forces", "Ukrainian forces");
    match actor {
        Some(ENEMY) if russian_speaker => Some(ukrainian),
        Some(ENEMY) => Some(russian),
        Some(OURS) if russian_speaker => Some(russian),
        Some(OURS) => Some(ukrainian),
        other => other,
    }
}

/// The day of Russia's full-scale invasion, 24 February 2022.
const FULL_SCALE_INVASION: (i32, u32, u32) = (2022, 2, 24);

/// "The enemy suffered heavy losses," Interior Minister Arsen Avakov said in May 2014: before
/// the full-scale invasion, the enemy Ukraine's officials fought in the east was the
/// separatists (Russia's forces were named as such when they were meant); after it, Russia's.
pub fn name_in_its_time(
    actor: Option<&'static str>,
    russian_speaker: bool,
    published: Option<chrono::NaiveDate>,
) -> Option<&'static str> {
    let (y, m, d) = FULL_SCALE_INVASION;
    let before_invasion = published
        .zip(chrono::NaiveDate::from_ymd_opt(y, m, d))
        .is_some_and(|(published, invasion)| published < invasion);
    match actor {
        Some(ENEMY) if before_invasion && !russian_speaker => Some("Separatist forces"),
        other => name_by_the_speaker(other, russian_speaker),
    }
}

/// Which side an actor fights on: `Some(true)` for Russia's and its proxies', `Some(false)`
/// for Ukraine's, `None` for civilians and the unnamed.
pub fn side_of(actor: &str) -> Option<bool> {
    match actor {
        "Russian forces" | "DPR forces" | "LPR forces" | "Separatist forces" | "Wagner Group"
        | "Chechen forces" => Some(true),
        "Ukrainian forces" => Some(false),
        _ => None,
    }
}

/// The side a side fights: Ukraine's forces for Russia's and its proxies', and the reverse.
fn other_side(side: &'static str) -> Option<&'static str> {
    side_of(side).map(|russian| {
        if russian {
            "Ukrainian forces"
        } else {
            "Russian forces"
        }
    })
}

/// Whether an article is a Russian state outlet's report, by its opening lines ("MOSCOW,
/// January 7. /TASS/.", "(RIA Novosti)"), or the Russian defence ministry's own summary
/// ("liberated the settlement ... The AFU lost up to 240 servicemen").
pub fn russian_voice(text: &str) -> bool {
    static OUTLET: Lazy<Regex> = Lazy::new(|| {
        crate::words::regex(r"/TASS/|\(TASS\)|\bRIA\s+Novosti\b|\bSputnik\b|\bIzvestia\b")
    });
    let mut head = text.len().min(400);
    while !text.is_char_boundary(head) {
        head -= 1;
    }
    // The Russian defence ministry's own English: its "AFU" and "Kiev regime" beside
    // "liberated" at the head of the text.
    static MINISTRY_WORDS: Lazy<Regex> =
        Lazy::new(|| crate::words::regex(r"\bAFU\b|\bKiev\s+regime\b"));
    static LIBERATED: Lazy<Regex> = Lazy::new(|| crate::words::regex(r"(?i)\bliberat"));
    let mut wide = text.len().min(800);
    while !text.is_char_boundary(wide) {
        wide -= 1;
    }
    OUTLET.is_match(&text[..head])
        || (MINISTRY_WORDS.is_match(&text[..wide]) && LIBERATED.is_match(&text[..wide]))
}

static COMPILED: Lazy<Vec<Regex>> = Lazy::new(|| {
    ACTORS
        .iter()
        .map(|(_, p, _)| crate::words::regex(p))
        .collect()
});
/// Every actor pattern at once: one pass says which rows occur in a clause (usually one
/// or two), so only those are searched for their positions.
static ANY_ACTOR: Lazy<RegexSet> = Lazy::new(|| {
    RegexSet::new(
        ACTORS
            .iter()
            .map(|(_, p, _)| crate::words::ascii_boundaries(p)),
    )
    .expect("actor patterns are valid")
});
/// "the village of Hannivka in eastern Ukraine's Donetsk region", "troops in Russia", "in the
/// DPR", "the southwestern part of the DPR", "had liberated the Luhansk People's Republic": a
/// country or republic named as where something is, or as the land taken, not as a side.
static IN_COUNTRY_BEFORE: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r#"(?i)(?:\b(?:in|into|across|throughout|inside|within)\s+(?:the\s+)?|\b(?:part|parts|territory|territories|borders|whole|rest|area|areas|regions?|oblasts|cities|towns|villages|north|south|east|west|north-?east|north-?west|south-?east|south-?west|centre|center|outskirts)\s+of\s+(?:the\s+)?|\b(?:liberat(?:ed|ing|e|es)|captur(?:ed|ing|e|es)|seiz(?:ed|ing|e|es)|occup(?:ied|ying|y|ies)|control\s+of|liberation["\u201d\u2019']?\s+of|capture["\u201d\u2019']?\s+of)["\u201d\u2019']?\s+(?:the\s+)?(?:entire\s+|whole\s+|all\s+of\s+the\s+)?)(?:(?:eastern|western|southern|northern|central|north-?eastern|south-?eastern|north-?western|south-?western|occupied)\s+)?$"#,
    )
});
/// "the settlement of Novohrodivka of the Donetsk People's Republic": a republic after a
/// place's name and "of" is where the place is; after a body's name ("the People's Militia
/// of the DPR", "the head of the DPR") it is that body's side.
fn of_a_place(before: &str) -> bool {
    static NAME_OF: Lazy<Regex> =
        Lazy::new(|| crate::words::regex(r"\b([A-Z][a-z'\u2019-]+)\s+of\s+(?:the\s+)?$"));
    const BODIES: &[&str] = &[
        "Militia",
        "Corps",
        "Army",
        "Forces",
        "Ministry",
        "Head",
        "Leader",
        "Council",
        "Government",
        "Republic",
        "Police",
        "Service",
        "Command",
        "Guard",
        "Defence",
        "Defense",
    ];
    NAME_OF
        .captures(before)
        .is_some_and(|c| !BODIES.contains(&&c[1]))
}
/// After a country's "'s", a place or a rank among places: "Ukraine's second city",
/// "Russia's Belgorod region", "Ukraine's east".
static OWNED_NO_SIDE: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"^['\u2019]s\s+(?:(?:(?:second|third|fourth)-(?:largest|biggest)|second|third|largest|biggest|main|key|last|only|(?:north|south)?(?:east|west)?ern|north|south|east|west|industrial|frontline)\s+)*(?:cities|city|towns?|ports?|regions?|provinces?|oblasts?|east|west|north|south|heartland|border|territory|capital|\p{Lu}\p{Ll}+\s+(?:region|oblast|province))\b",
    )
});
/// Where a clause turns to its source: an actor named there ("according to the Ukrainian
/// military", ", the Ukrainian military said") said it, and was not acted upon.
static ATTRIBUTION: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)\baccording\s+to\b|,\s+citing\b|,[\x22\u201d]?\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,10}?(?:said|says|told|reported|claimed|added|stated|wrote|announced)\b|,[\x22\u201d]?\s+(?-i:\p{Lu})[\w'\u2019-]*(?:\s+(?-i:\p{Lu})[\w'\u2019-]*){0,3},\s+(?:[\w'\u2019-]+\s+){0,8}?[\w'\u2019-]+,\s+(?:said|says|told|reported|claimed|added|stated|wrote|announced)\b",
    )
});
/// A reporting verb before a trigger: the words before it are the speaker ("a rebel
/// spokesman, said the town was surrounded"). Verbs that also take an object ("claimed
/// full control", "claimed to have taken") report only with their "that".
static REPORTED_THAT: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)\b(?:said|says|stated|states|reported|reports|added|wrote|insisted)\b(?:\s+(?:[\w.]+\s+){0,3}?that\b)?|\b(?:claimed|claims|announced|acknowledged|confirmed)\s+(?:[\w.]+\s+){0,3}?that\b",
    )
});
/// After a report's verb or "that", a subject that is the speaker or the speaker's troops
/// ("it had withdrawn", "said on Saturday he had ordered troops", "its missiles", "troops").
static SPEAKERS_OWN_TROOPS: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)^\s*(?:(?:on\s+)?\w+day\s+|today\s+|yesterday\s+|earlier\s+|later\s+|in\s+a\s+statement\s+)?(?:(?:he|she|it|they|we)\b|(?:its|his|her|their|our)\s+\w|(?:troops|forces|units|fighters|soldiers|servicemen|army|military)\b)",
    )
});
/// How far before a reporting verb its speaker's name may start, in bytes ("Ukrainian
/// military observer Kostyantyn Mashovets stated").
const SPEAKER_PHRASE: usize = 60;
/// How long a speaker's phrase set off by a comma may be, in bytes ("Leonid Pasechnik, the
/// Moscow-installed head of the so-called Luhansk People's Republic, said").
const SPEAKER_APPOSITIVE: usize = 120;
/// A past participle: the trigger of a passive ("were evacuated", "was taken", "were cut
/// off").
static PARTICIPLE: Lazy<Regex> =
    Lazy::new(|| crate::words::regex(r"(?i)^(?:\w*(?:ed|en|wn|ck|ht)|cut|hit|struck|shot|held)\b"));
/// "Ukrainian defenders remain semi-encircled": a state that the subject is kept in.
static REMAIN_BEFORE: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)\b(?:remain|remains|remained|stay|stays|stayed)\s+(?:\w+ly\s+|still\s+)?(?:semi-|half-)?$",
    )
});
static PASSIVE: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)\b(?:been|were|was|are|is|being|be|got|get)\s+(?:\w+ly\s+|also\s+|still\s+|already\s+)?(?:semi-|half-)?$",
    )
});

/// Whether a verb comes right after "and", with its auxiliary and an adverb between them
/// or not ("and captured", "and had shelled", "and were advancing", "and are now
/// attacking", "and have been shelling"): the words before the verb are `before`.
pub fn follows_and(before: &str) -> bool {
    fn strip_last<'t>(text: &'t str, words: &[&str]) -> &'t str {
        let text = text.trim_end();
        words
            .iter()
            .find_map(|w| text.strip_suffix(w).filter(|rest| rest.ends_with(' ')))
            .map_or(text, str::trim_end)
    }
    // ... and "withdrew": a quotation mark opening the verb's quote.
    let before = before.trim_end().trim_end_matches(['"', '\u{201c}']);
    let before = strip_last(before, &["now", "also", "still", "then"]);
    let before = strip_last(before, &["been"]);
    let before = strip_last(before, &["had", "has", "have", "were", "was", "are", "is"]);
    before.ends_with(" and")
}

/// A relative clause set off by commas that ends right before a verb: ", who have regained
/// ground with help from Russian troops, also".
static RELATIVE_ASIDE: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i),\s+(?:who|which)\s[^,;]*,\s+(?:(?:also|then|later|now|have|has|had|again|\w+ly)\s+){0,2}$",
    )
});

/// The actors of a clause around its trigger: actor1 acted, actor2 was acted upon. The
/// subject before the trigger is actor1, the actor after it actor2 — swapped when the
/// trigger is passive ("have been surrounded"). An actor named as the source after the
/// trigger is neither.
pub fn actors(
    clause: &str,
    trigger: &Range<usize>,
) -> (Option<&'static str>, Option<&'static str>) {
    // (start, end, name); a match inside an earlier row's ("pro-Russian separatists")
    // is part of that actor.
    let mut found: Vec<(usize, usize, &'static str)> = Vec::new();
    for row in ANY_ACTOR.matches(clause).into_iter() {
        let name = ACTORS[row].0;
        for m in COMPILED[row].find_iter(clause) {
            // "the city of Kurakhovo in the Donetsk People's Republic", "Hannivka in eastern
            // Ukraine's Donetsk region": a republic or a country named after "in" is where it
            // happened, not who acted.
            let a_territory = matches!(name, "DPR forces" | "LPR forces")
                || matches!(m.as_str(), "Ukraine" | "Russia");
            let located = a_territory
                && (IN_COUNTRY_BEFORE.is_match(crate::words::tail(&clause[..m.start()], 40))
                    || of_a_place(crate::words::tail(&clause[..m.start()], 40)));
            // "Kharkiv, Ukraine's second city": a country's possessive that no force noun
            // follows (those are the row's longer match) owns a place or a thing.
            let owns_a_thing = matches!(m.as_str(), "Ukraine" | "Russia")
                && (clause[m.end()..].starts_with("'s")
                    || clause[m.end()..].starts_with("\u{2019}s"))
                && OWNED_NO_SIDE.is_match(&clause[m.end()..]);
            // "Vuhlehirsk ("DPR"-controlled, 50km north-east of Donetsk)": who holds a
            // place describes it, and acts in nothing told.
            // ("entered the rebel-held city of Luhansk" names whom troops entered against.)
            let holds_a_place = {
                let after = clause[m.end()..].trim_start_matches(['"', '\u{201d}']);
                let before = clause[..m.start()].trim_end_matches(['"', '\u{201c}']);
                before.ends_with('(')
                    && ["-controlled", "-held"]
                        .iter()
                        .any(|w| after.starts_with(w))
            };
            // "MARIUPOL, Ukraine (AP) —": the country of a dateline is where the reporter
            // filed.
            let in_a_dateline = matches!(m.as_str(), "Ukraine" | "Russia")
                && clause[..m.start()]
                    .trim_end()
                    .strip_suffix(',')
                    .map(str::trim)
                    .is_some_and(|city| {
                        city.chars().any(char::is_alphabetic)
                            && city
                                .chars()
                                .all(|c| c.is_uppercase() || matches!(c, ' ' | '-' | '\'' | '.'))
                    });
            if !located
                && !owns_a_thing
                && !holds_a_place
                && !in_a_dateline
                && !found
                    .iter()
                    .any(|&(start, end, _)| start <= m.start() && m.start() < end.max(start + 1))
            {
                found.push((m.start(), m.end(), name));
            }
        }
    }
    // Only an actor after the trigger can be the source.
    let source = if found.iter().any(|&(at, _, _)| at >= trigger.end) {
        ATTRIBUTION
            .find_at(clause, trigger.end.min(clause.len()))
            .map_or(clause.len(), |m| m.start())
    } else {
        clause.len()
    };
    // "Ukrainian military observer Kostyantyn Mashovets stated that elements of the Russian
    // 30th Brigade are attacking": the speaker before "stated that" is not the subject. But
    // "Russia's defence ministry claimed that its troops had captured Kurakhove": troops
    // named only as the speaker's are the speaker's side.
    let before_trigger = &clause[..trigger.start.min(clause.len())];
    // Each speaker's phrase: the words just before the verb, back to a comma, a quotation
    // mark or an "and" ("Kiselev alleged that Ukrainian troops were told ... and claimed
    // that": the troops are not the speaker). "The rebels said it did not apply to
    // Debaltseve, which they said was encircled": every report before the trigger has one.
    let reports: Vec<regex::Match> = REPORTED_THAT.find_iter(before_trigger).collect();
    let speakers: Vec<Range<usize>> = reports
        .iter()
        .enumerate()
        // The last speaker's troops may open the trigger itself ("said that its troops had
        // left").
        .filter(|&(i, m)| {
            i + 1 < reports.len() || !SPEAKERS_OWN_TROOPS.is_match(&clause[m.end()..])
        })
        .map(|(_, m)| {
            // "Leonid Pasechnik, the Moscow-installed head of the so-called Luhansk People's
            // Republic, said": the comma closing an appositive does not end the phrase.
            let before = before_trigger[..m.start()].trim_end().trim_end_matches(',');
            let boundary = before
                .rfind([',', ';', '"', '\u{201c}', '\u{201d}'])
                .max(before.rfind(" and "))
                .map(|i| i + 1);
            // "The separatist mayor of Slavyansk, Vyacheslav Ponomaryov, said": a name set
            // off after its title; the title before it is the speaker's too. (A comma is
            // one byte: the name starts right after it.)
            let set_off_name = |at: usize| {
                before.as_bytes()[at - 1] == b',' && {
                    let name = before[at..].trim();
                    (1..=4).contains(&name.split(' ').count())
                        && name.split(' ').all(|w| w.starts_with(char::is_uppercase))
                }
            };
            let boundary = boundary.map(|at| {
                if set_off_name(at) {
                    // The title may hold quotation marks ("people's mayor").
                    before[..at - 1].rfind([',', ';']).map_or(0, |i| i + 1)
                } else {
                    at
                }
            });
            // A phrase set off by punctuation is the speaker's whole title, however long;
            // without it, only the words just before the verb.
            match boundary {
                Some(at) if m.start() - at <= SPEAKER_APPOSITIVE => at..m.end(),
                _ => {
                    boundary
                        .unwrap_or(0)
                        .max(m.start().saturating_sub(SPEAKER_PHRASE))..m.end()
                }
            }
        })
        .collect();
    // "The rebels, who have regained ground with help from Russian troops, also seized
    // Novoazovsk": an aside about the subject, between it and the verb, names no actor of
    // the verb when the subject is one.
    let aside = before_trigger
        .contains(", wh")
        .then(|| RELATIVE_ASIDE.find(before_trigger))
        .flatten()
        .map(|m| m.range())
        .filter(|aside| found.iter().any(|&(at, _, _)| at < aside.start))
        .unwrap_or(0..0);
    // "pounding Ukrainian positions with glide bombs", "destroyed a Ukrainian command post
    // in a missile strike": positions, manpower, equipment and posts are what is hit,
    // never who acts.
    let targets: Vec<usize> = found
        .iter()
        .filter(|&&(at, end, _)| {
            let written = &clause[at..end];
            ["positions", "manpower", "equipment", "vehicles", "tanks"]
                .iter()
                .any(|t| written.ends_with(t))
                // "a Ukrainian command post", "a Russian military headquarters".
                || [" post", " posts", " centre", " center", " headquarters", " depot"]
                    .iter()
                    .any(|t| clause[end..].starts_with(t))
        })
        .map(|&(at, _, _)| at)
        .collect();
    let found: Vec<(usize, &'static str)> = found
        .into_iter()
        .filter(|&(at, _, _)| !speakers.iter().any(|s| s.contains(&at)) && !aside.contains(&at))
        .filter(|&(at, _, _)| at < trigger.start || at < source)
        .map(|(at, _, name)| (at, name))
        .collect();
    // "Russian forces repelled a Ukrainian attack near Terny and struck Ukrainian manpower":
    // a verb joined by "and" shares the first verb's subject, the first actor after the
    // last comma, not the nearest one, which may be the first verb's object.
    let shares_a_subject = follows_and(before_trigger);
    let subject_from = if shares_a_subject {
        before_trigger.rfind(',').map_or(0, |i| i + 1)
    } else {
        0
    };
    // "Ukraine and Russia swapped 103 prisoners each", "Ukrainian forces and Russian-backed
    // separatists clashed": a reciprocal verb after two sides joined by "and" has both, in
    // the order written.
    // (`found` is in the table's order, not the text's.)
    let mut before_trigger: Vec<&(usize, &'static str)> =
        found.iter().filter(|(at, _)| *at < trigger.start).collect();
    before_trigger.sort_by_key(|(at, _)| *at);
    if let [.., (a_at, a), (b_at, b)] = before_trigger[..] {
        let between = clause.get(*a_at..*b_at).unwrap_or("");
        // The second side may have a word of its own before its match ("Russian-backed").
        let joined = between.split_once(" and ").is_some_and(|(first, second)| {
            first.split(' ').count() <= 3
                && !first.contains(',')
                && second.split_whitespace().count() <= 1
        });
        let verb = clause
            .get(*b_at..trigger.end)
            .unwrap_or("")
            .to_ascii_lowercase();
        let reciprocal = [
            "swap", "exchang", "agreed", "signed", "traded", "clash", "fought", "battl",
        ]
        .iter()
        .any(|w| verb.contains(w));
        if joined && reciprocal && a != b {
            return (Some(a), Some(b));
        }
    }
    // "A KAB hit a house": a weapon that opens the trigger is its subject.
    let before_actors = found
        .iter()
        .filter(|(at, _)| *at <= trigger.start && *at >= subject_from && !targets.contains(at));
    let before = if shares_a_subject {
        before_actors.min_by_key(|(at, _)| *at)
    } else {
        before_actors.max_by_key(|(at, _)| *at)
    }
    .or_else(|| {
        found
            .iter()
            .filter(|(at, _)| *at <= trigger.start)
            .max_by_key(|(at, _)| *at)
    })
    .map(|(_, n)| *n);
    // "was hit by a Russian glide bomb": the agent follows the trigger's own "by", or
    // stands inside it ("destroyed by a Russian airstrike");
    let written = clause[trigger.clone()].to_ascii_lowercase();
    // "Krasnohorivka has been cleared of Ukrainian units": the units were driven out.
    if written.contains("cleared of ") {
        let driven_out = found
            .iter()
            .filter(|(at, _)| trigger.contains(at))
            .min_by_key(|(at, _)| *at)
            .map(|(_, n)| *n);
        return (None, driven_out);
    }
    // "The village came under Ukrainian control": the side whose control it is took it.
    if let Some((_, rest)) = written.split_once("under ") {
        if rest.ends_with("control") {
            let side = side_written_in(rest);
            if side.is_some() {
                return (side, None);
            }
        }
    }
    // "came under Russian artillery fire": so does the side named in the fire.
    let came_under = written
        .split_once(' ')
        .is_some_and(|(verb, _)| super::clauses::COME_FORMS.contains(&verb));
    // "Kramatorsk was hit by two Iskander missiles": a trigger that holds its own
    // auxiliary is passive, and its agent follows its "by".
    // "Several Ukrainian soldiers were captured": a trigger that holds its subject, its
    // auxiliary and its participle is passive too.
    let holds_auxiliary = ["was ", "were ", "been "]
        .iter()
        .any(|aux| written.starts_with(aux))
        || {
            // (Not "the bodies of 254 Ukrainian soldiers were repatriated": the side named
            // within the trigger is whose bodies they were.)
            let mut words = written.rsplit(' ');
            let participle = words.next().unwrap_or("");
            matches!(words.next(), Some("was" | "were" | "been"))
                && PARTICIPLE.is_match(participle)
                && !found
                    .iter()
                    .any(|&(at, _)| at >= trigger.start && at < trigger.end)
        };
    // ("wounded by an FAB-250 strike", "killed in a Russian strike": the trigger opens
    // with its "by" or "in", and the side named in it struck.)
    let agent_within = written
        .find(" by ")
        .map(|i| trigger.start + i + 4)
        .or_else(|| {
            // (Not "in control of 80% of": the side in control is the subject before it.)
            (written.starts_with("by ")
                || (written.starts_with("in ") && !written.starts_with("in control")))
            .then_some(trigger.start + 3)
        })
        .or_else(|| {
            written
                .find(" under ")
                .filter(|_| came_under)
                .map(|i| trigger.start + i + 7)
        })
        .or_else(|| {
            clause
                .get(trigger.end..)
                .filter(|rest| holds_auxiliary && rest.starts_with(" by "))
                .map(|_| trigger.end + 4)
        });
    // "drove the Russians from Krynky": or it is the object the trigger holds.
    let after_found = found
        .iter()
        .filter(|(at, n)| *at >= agent_within.unwrap_or(trigger.end) && Some(*n) != before)
        .min_by_key(|(at, _)| *at)
        .or_else(|| {
            found
                .iter()
                .filter(|(at, n)| {
                    agent_within.is_none()
                        && trigger.contains(at)
                        && *at > trigger.start
                        && Some(*n) != before
                })
                .min_by_key(|(at, _)| *at)
        });
    let after = after_found.map(|(_, n)| *n);
    // "Kupiansk was liberated from Russian forces": the side a place was freed or taken from
    // lost it, whatever the voice, and the other side took it.
    let taken_from = after_found.is_some_and(|&(at, _)| {
        at >= trigger.end && {
            let between = clause[trigger.end..at].trim_end();
            between.ends_with(" from") || between.ends_with(" from the") || between == "from"
        }
    });
    // "fell to Russian forces": so does the captor after "fell to".
    let agent_follows = written.ends_with(" by") || agent_within.is_some() || written == "fell to";
    // "shot down 12 Ukrainian drones", "downed 23 of 25 drones launched by Russia": the
    // drones' side attacked, the air defence's side was attacked.
    // "destroyed 38 of 51 Russian drones" too, but not "destroyed by a drone".
    let downed = ["shot", "shoot", "downed", "intercepted"]
        .iter()
        .any(|w| written.starts_with(w))
        || (["destroyed ", "neutrali"]
            .iter()
            .any(|w| written.starts_with(w))
            && !written.contains(" by "));
    if downed {
        let owner = found
            .iter()
            .filter(|(at, n)| *at >= trigger.start && Some(*n) != before)
            .min_by_key(|(at, _)| *at)
            .map(|(_, n)| *n);
        // "rebels downed a Ukrainian Mi-24 helicopter": an aircraft is not a weapon sent
        // at its target; the side that shot it down acted, the aircraft's side (named by
        // its adjective) was acted on. The strike row's trigger is the verb alone, the
        // fighting row's takes the aircraft with it.
        // "destroyed 38 of 51 Russian drones" takes its weapons with it: they are sent.
        let aircraft = ![
            "down",
            "downed",
            "intercepted",
            "drones",
            "uavs",
            "vehicles",
            "missiles",
            "rockets",
        ]
        .iter()
        .any(|w| written.ends_with(w));
        if aircraft {
            let side = side_written_in(&written).or(owner);
            return (before, side.filter(|&s| Some(s) != before));
        }
        // "it had intercepted 7 HIMARS rockets": weapons of no named side were sent by the
        // side the air defence fights.
        return (owner.or_else(|| before.and_then(other_side)), before);
    }
    // "two civilians died", "two soldiers are dead": the subject is the victim.
    // "civilians in frontline towns faced daily shelling", "Ukraine's forces came under
    // heavy fire": so is the subject of a verb of enduring.
    static ENDURED_BEFORE: Lazy<Regex> = Lazy::new(|| {
        crate::words::regex(
            r"(?i)\b(?:faced?|faces|facing|endured?|endures|enduring|subjected\s+to|survived|trapped\s+in)\s+(?:[a-z]+\s+){0,4}$",
        )
    });
    let endured_tail = crate::words::tail(&clause[..trigger.start], 40);
    let endured_at = ENDURED_BEFORE
        .find(endured_tail)
        .map(|m| trigger.start - endured_tail.len() + m.start());
    // "Ukrainian forces faced Russian attacks": the side named in what was endured acted,
    // and the subject before the verb was acted upon.
    if let Some(verb_at) = endured_at {
        let named_in_what = found
            .iter()
            .filter(|(at, _)| *at > verb_at && *at <= trigger.start)
            .max_by_key(|(at, _)| *at)
            .map(|(_, n)| *n);
        if let Some(agent) = named_in_what {
            let subject = found
                .iter()
                .filter(|(at, n)| *at < verb_at && *n != agent)
                .max_by_key(|(at, _)| *at)
                .map(|(_, n)| *n);
            return (Some(agent), subject);
        }
    }
    // "The 3rd Assault Brigade said it had faced attacks by Russian forces": with no side
    // named as the subject, the side named after what was endured still acted.
    let endured = endured_at.is_some();
    let kept_surrounded = ["encircl", "surround", "cut off", "besieg", "blockad"]
        .iter()
        .any(|w| written.starts_with(w))
        && REMAIN_BEFORE.is_match(crate::words::tail(&clause[..trigger.start], 30));
    // "The liberation of Artyomovsk has been completed as a result of offensive actions by
    // Wagner assault units", "had been under constant shelling by militants": with no actor
    // before it, a noun's (or its participle's: "recaptured by Ukraine") agent after "by"
    // acted.
    let agent_of_noun = before.is_none()
        && written.split(' ').any(|word| {
            [
                "liberation",
                "capture",
                "recapture",
                "seizure",
                "takeover",
                "encirclement",
                "occupation",
                "shelling",
                "bombardment",
                "attack",
                "strike",
                "airstrike",
                "assault",
                "fire",
            ]
            .iter()
            .any(|noun| word.starts_with(noun))
        })
        && found
            .iter()
            .filter(|(at, n)| *at >= trigger.end && Some(*n) == after)
            .any(|(at, _)| AGENT_BY_BEFORE.is_match(crate::words::tail(&clause[..*at], 30)));
    // "The enemy's losses amounted to 240 personnel", "Russian losses": whose losses
    // they are lost them.
    let victim_subject = written.starts_with("died")
        || written.starts_with("dead")
        // "Russia had lost hundreds of soldiers": who lost them is the victim.
        || written.starts_with("lost ")
        || written.starts_with("losing ")
        || (written.starts_with("losses")
            && LOSSES_OWNER_BEFORE.is_match(crate::words::tail(&clause[..trigger.start], 30)))
        || endured
        || came_under
        || kept_surrounded;
    if taken_from && agent_within.is_none() {
        let taker = if holds_auxiliary { None } else { before };
        return (taker.or_else(|| after.and_then(other_side)), after);
    }
    if agent_follows
        || agent_of_noun
        || holds_auxiliary
        || victim_subject
        || (PASSIVE.is_match(&clause[..trigger.start])
            && PARTICIPLE.is_match(&clause[trigger.clone()]))
    {
        (after, before)
    } else {
        (before, after)
    }
}

/// Right before "losses", whose they are: "the enemy's", "Russian", "Ukraine's heavy".
static LOSSES_OWNER_BEFORE: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)(?:['\u2019]s|\bRussian|\bUkrainian|\benemy)\s+(?:(?:heavy|total|combat|personnel|daily|overall|reported)\s+)?$",
    )
});

/// "by" and up to two words before an actor: "actions by", "by the", "carried out by
/// elite".
static AGENT_BY_BEFORE: Lazy<Regex> =
    Lazy::new(|| crate::words::regex(r"(?i)\bby\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}$"));

/// The side an adjective in lower-cased trigger words names: "ukrainian mi-24 helicopter",
/// "under ukrainian control".
fn side_written_in(lowered: &str) -> Option<&'static str> {
    if lowered.contains("ukrain") {
        Some("Ukrainian forces")
    } else if lowered.contains("russia") {
        Some("Russian forces")
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_verb_after_and_shares_the_subject_before() {
        assert!(follows_and("Russia had suffered losses and "));
        assert!(follows_and("Russia had \"suffered losses\" and \""));
        assert!(follows_and(
            "Russian troops crossed the border and have now "
        ));
        assert!(!follows_and("Russian troops crossed the border, "));
        assert!(!follows_and("the brand "));
    }

    #[test]
    fn every_actor_matches_its_example() {
        for ((name, _, example), re) in ACTORS.iter().zip(COMPILED.iter()) {
            assert!(re.is_match(example), "{name}: {example}");
        }
    }

    #[test]
    fn a_verb_joined_by_and_shares_the_first_verbs_subject() {
        let c = "the Russian Ministry of Defense claimed that Russian forces repelled a Ukrainian attack near Terny and struck Ukrainian manpower in Kramatorsk";
        let t = c.find("struck").unwrap();
        assert_eq!(
            actors(c, &(t..t + 6)),
            (Some("Russian forces"), Some("Ukrainian forces"))
        );
        // After a comma, the subject is the one after it.
        let c = "In response to a Russian attack, Ukrainian forces fired back and struck a depot";
        let t = c.find("struck").unwrap();
        assert_eq!(actors(c, &(t..t + 6)).0, Some("Ukrainian forces"));
    }

    #[test]
    fn two_sides_that_swap_are_both_actors_in_the_order_written() {
        for (c, first, second) in [
            (
                "Ukraine and Russia swapped 103 prisoners each",
                "Ukrainian forces",
                "Russian forces",
            ),
            (
                "Russia and Ukraine exchanged 95 prisoners of war",
                "Russian forces",
                "Ukrainian forces",
            ),
        ] {
            let t = c.find("prisoners").unwrap();
            assert_eq!(actors(c, &(t..t + 9)), (Some(first), Some(second)), "{c}");
        }
    }

    #[test]
    fn a_country_owning_a_place_is_no_side() {
        let c = "Kharkiv, Ukraine's second city, has endured two years of bombardment";
        let t = c.find("bombardment").unwrap();
        assert_eq!(actors(c, &(t..t + 11)), (None, None));
        // The side in what was endured acted; the subject was acted upon.
        let c = "Ukrainian forces faced Russian attacks near Avdiivka";
        let t = c.find("attacks").unwrap();
        assert_eq!(
            actors(c, &(t..t + 7)),
            (Some("Russian forces"), Some("Ukrainian forces"))
        );
    }

    #[test]
    fn who_came_under_fire_was_acted_upon() {
        let c = "Ukraine's forces came under heavy fire in Krynky.";
        let t = c.find("came").unwrap();
        assert_eq!(
            actors(c, &(t..c.find(" in").unwrap())),
            (None, Some("Ukrainian forces"))
        );
        let c = "Ukrainian positions near Krynky came under Russian artillery fire.";
        let t = c.find("came").unwrap();
        assert_eq!(
            actors(c, &(t..c.len() - 1)),
            (Some("Russian forces"), Some("Ukrainian forces"))
        );
    }

    #[test]
    fn who_remains_or_is_trapped_encircled_was_acted_upon() {
        let c = "Ukrainian defenders remain semi-encircled in Avdiivka.";
        let t = c.find("encircled").unwrap();
        assert_eq!(actors(c, &(t..t + 9)), (None, Some("Ukrainian forces")));
        let c = "1,000 Ukrainian troops were trapped in the cauldron near Debaltseve.";
        let t = c.find("cauldron").unwrap();
        assert_eq!(actors(c, &(t..t + 8)), (None, Some("Ukrainian forces")));
    }

    #[test]
    fn a_long_source_after_the_trigger_is_no_actor() {
        let c = "Russia has lost 727,800 troops since February 2022, the General Staff of Ukraine's Armed Forces reported.";
        let t = c.find("lost").unwrap();
        assert_eq!(actors(c, &(t..t + 4)), (Some("Russian forces"), None));
    }

    #[test]
    fn a_country_named_as_where_something_is_is_no_side() {
        let c = "Russian forces have captured the village of Hannivka in eastern Ukraine's Donetsk region.";
        let t = c.find("captured").unwrap();
        assert_eq!(actors(c, &(t..t + 8)), (Some("Russian forces"), None));
        let c = "Russia launched 46 drones at Ukraine overnight.";
        let t = c.find("launched").unwrap();
        assert_eq!(
            actors(c, &(t..t + 19)),
            (Some("Russian forces"), Some("Ukrainian forces"))
        );
    }

    #[test]
    fn an_offensive_or_attack_names_its_side() {
        let c = "A Ukrainian counteroffensive liberated Klishchiivka in September.";
        let t = c.find("liberated").unwrap();
        assert_eq!(actors(c, &(t..t + 9)), (Some("Ukrainian forces"), None));
        let c = "A Russian attack hit Kupiansk on Monday.";
        let t = c.find("hit").unwrap();
        assert_eq!(actors(c, &(t..t + 3)), (Some("Russian forces"), None));
    }

    #[test]
    fn a_republic_in_the_speakers_appositive_is_not_an_actor() {
        let c = "Leonid Pasechnik, the Moscow-installed head of the so-called Luhansk People's Republic, said on Telegram that two people had been injured.";
        let t = c.find("injured").unwrap();
        assert_eq!(actors(c, &(t..t + 7)), (None, None));
    }

    #[test]
    fn a_republic_named_after_in_is_a_place_and_battlegroups_are_russian() {
        let c = "Units of the Battlegroup South have completed the liberation of the city of Kurakhovo in the Donetsk People's Republic.";
        let t = c.find("liberation").unwrap();
        assert_eq!(actors(c, &(t..t + 10)), (Some("Russian forces"), None));
        let c = "DPR forces captured a village in the DPR.";
        let t = c.find("captured").unwrap();
        assert_eq!(actors(c, &(t..t + 8)), (Some("DPR forces"), None));
    }

    #[test]
    fn the_country_of_a_dateline_is_no_actor() {
        let c =
            "MARIUPOL, Ukraine (AP) \u{2014} Rockets slammed into a neighborhood, officials said.";
        let t = c.find("slammed").unwrap();
        assert_eq!(actors(c, &(t..t + 7)), (None, None));
        let c = "KRAMATORSK, Ukraine (Reuters) - Ukraine shelled Horlivka on Saturday.";
        let t = c.find("shelled").unwrap();
        assert_eq!(actors(c, &(t..t + 7)), (Some("Ukrainian forces"), None));
    }

    #[test]
    fn active_and_passive() {
        let c = "Russian troops shelled Ukrainian positions near Izium.";
        let t = c.find("shelled").unwrap();
        assert_eq!(
            actors(c, &(t..t + 7)),
            (Some("Russian forces"), Some("Ukrainian forces"))
        );
        let c = "16,000 Ukrainian soldiers have allegedly been surrounded by Russian forces.";
        let t = c.find("surrounded").unwrap();
        assert_eq!(
            actors(c, &(t..t + 10)),
            (Some("Russian forces"), Some("Ukrainian forces"))
        );
        let c = "In Luhansk, two civilians died in shelling, local authorities reported.";
        let t = c.find("died").unwrap();
        assert_eq!(actors(c, &(t..t + 4)), (None, Some("Civilians")));
        let c = "Russian forces were also pushed out of Blahodatne.";
        let t = c.find("pushed").unwrap();
        assert_eq!(actors(c, &(t..t + 15)), (None, Some("Russian forces")));
        let c = "The district was hit by a Russian glide bomb.";
        let t = c.find("hit by").unwrap();
        assert_eq!(actors(c, &(t..t + 6)), (Some("Russian forces"), None));
        // The side a place was freed from lost it; the other side took it.
        let c = "The town of Kupiansk was liberated from Russian forces in September 2022.";
        let t = c.find("was liberated").unwrap();
        assert_eq!(
            actors(c, &(t..t + 13)),
            (Some("Ukrainian forces"), Some("Russian forces"))
        );
        // A noun's agent after "by" acted, with no subject before it.
        let c = "The railway hub had been under constant shelling by militants since Sunday.";
        let t = c.find("shelling").unwrap();
        assert_eq!(actors(c, &(t..t + 8)), (Some("Separatist forces"), None));
        let c = "Shelling by Russian forces killed two civilians in Avdiivka.";
        let t = c.find("Shelling").unwrap();
        assert_eq!(actors(c, &(t..t + 8)).0, Some("Russian forces"));
        let c = "Rebels shelled Shchastya on Tuesday, according to the Ukrainian military.";
        let t = c.find("shelled").unwrap();
        assert_eq!(actors(c, &(t..t + 7)), (Some("Separatist forces"), None));
        // "Ukraine's second-largest city" is a place, not Ukraine's side.
        let c = "Kharkiv, Ukraine's second-largest city, has come under attack.";
        let t = c.find("come under attack").unwrap();
        assert_eq!(actors(c, &(t..t + 17)), (None, None));
        // A name set off after its title: the whole title is the speaker's.
        let c = "The separatist \"people's mayor\" of Slavyansk, Vyacheslav Ponomaryov, said the town was under siege.";
        let t = c.find("under siege").unwrap();
        assert_eq!(actors(c, &(t..t + 11)), (None, None));
        // "a Russian breakthrough": the side of the happening named by its adjective.
        let c = "The situation near Dobropillia stabilised after a Russian breakthrough.";
        let t = c.find("breakthrough").unwrap();
        assert_eq!(actors(c, &(t..t + 12)), (Some("Russian forces"), None));
        // 2014's volunteer battalions and "ATO forces" are Ukraine's.
        let c = "ATO forces shelled Gorlovka overnight, the DPR said.";
        let t = c.find("shelled").unwrap();
        assert_eq!(actors(c, &(t..t + 7)).0, Some("Ukrainian forces"));
        let c = "Aidar battalion fighters attacked a checkpoint near Schastye.";
        let t = c.find("attacked").unwrap();
        assert_eq!(actors(c, &(t..t + 8)).0, Some("Ukrainian forces"));
        // Ukraine's enemy in 2014 was the separatists; in 2024, Russia's forces.
        let may_2014 = chrono::NaiveDate::from_ymd_opt(2014, 5, 27);
        let may_2024 = chrono::NaiveDate::from_ymd_opt(2024, 5, 27);
        assert_eq!(
            name_in_its_time(Some(ENEMY), false, may_2014),
            Some("Separatist forces")
        );
        assert_eq!(
            name_in_its_time(Some(ENEMY), false, may_2024),
            Some("Russian forces")
        );
        assert_eq!(
            name_in_its_time(Some(ENEMY), true, may_2014),
            Some("Ukrainian forces")
        );
        let c = "The Azov battalion attacked Shyrokyne on Monday.";
        let t = c.find("attacked").unwrap();
        assert_eq!(actors(c, &(t..t + 8)).0, Some("Ukrainian forces"));
        // Ukrainian outlets write the invader's name in lower case.
        let c = "The russians launched 2 missile strikes on Kramatorsk.";
        let t = c.find("missile strikes").unwrap();
        assert_eq!(actors(c, &(t..t + 15)), (Some("Russian forces"), None));
        // Who said so, in an earlier report of the sentence, is not what was encircled.
        let c = "The rebels said it did not apply to Debaltseve, which they said was encircled.";
        let t = c.find("encircled").unwrap();
        assert_eq!(actors(c, &(t..t + 9)), (None, None));
        // The separatists whom Russia backs are separatists, not Russia's army.
        let c = "Pro-Russian separatists shelled Shchastya, the Ukrainian army said.";
        let t = c.find("shelled").unwrap();
        assert_eq!(actors(c, &(t..t + 7)), (Some("Separatist forces"), None));
        let c = "Ukrainian defenders repelled the enemy near Lyman.";
        let t = c.find("repelled").unwrap();
        assert_eq!(
            actors(c, &(t..t + 8)),
            (Some("Ukrainian forces"), Some(ENEMY))
        );
        let c = "Ukrainian observer Kostyantyn Mashovets stated that the Russian 30th Brigade is attacking towards Orlivka.";
        let t = c.find("attacking").unwrap();
        assert_eq!(actors(c, &(t..t + 9)), (Some("Russian forces"), None));
        let c = "Ukraine's General Staff said on Monday that Ukrainian forces repelled 14 attacks.";
        let t = c.find("repelled").unwrap();
        assert_eq!(actors(c, &(t..t + 8)), (Some("Ukrainian forces"), None));
        let c = "Ukrainian forces recaptured the village from Russia.";
        let t = c.find("recaptured").unwrap();
        assert_eq!(
            actors(c, &(t..t + 10)),
            (Some("Ukrainian forces"), Some("Russian forces"))
        );
    }

    #[test]
    fn the_enemy_and_our_forces_are_named_by_whoever_speaks() {
        let enemy = Some(ENEMY);
        let russian = |speaker: Option<&str>, voice| speaker.and_then(side_named).unwrap_or(voice);
        assert_eq!(
            name_by_the_speaker(enemy, russian(None, false)),
            Some("Russian forces")
        );
        assert_eq!(
            name_by_the_speaker(enemy, russian(Some("Ukraine's General Staff"), true)),
            Some("Russian forces")
        );
        assert_eq!(
            name_by_the_speaker(enemy, russian(Some("the Russian Defence Ministry"), false)),
            Some("Ukrainian forces")
        );
        assert_eq!(
            name_by_the_speaker(
                enemy,
                russian(Some("Ukraine's ambassador to Russia"), false)
            ),
            Some("Russian forces")
        );
        assert_eq!(
            name_by_the_speaker(enemy, russian(Some("the ministry"), true)),
            Some("Ukrainian forces")
        );
        assert_eq!(
            name_by_the_speaker(Some("Civilians"), true),
            Some("Civilians")
        );
        // "Our forces": the speaker's own side.
        let ours = Some(OURS);
        assert_eq!(
            name_by_the_speaker(ours, russian(Some("Pushilin"), false)),
            Some("Russian forces")
        );
        assert_eq!(
            name_by_the_speaker(ours, russian(Some("Ukraine's General Staff"), false)),
            Some("Ukrainian forces")
        );
    }

    #[test]
    fn a_state_outlet_report_speaks_with_russia_s_voice() {
        assert!(russian_voice(
            "MOSCOW, January 7. /TASS/. Russian troops have liberated the settlement."
        ));
        assert!(!russian_voice(
            "KYIV, Oct 24 (Reuters) - Russian troops have advanced, officials said."
        ));
        // The defence ministry's own summary.
        assert!(russian_voice(
            "Units of the Yug group of forces liberated the settlement of Zapadnoye. The AFU lost up to 240 servicemen."
        ));
    }
}
