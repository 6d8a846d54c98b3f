//! Who says so, whether it was checked, and what numbers are claimed.

use super::triggers::EventType;
use super::Verified;
use once_cell::sync::Lazy;
use regex::Regex;
use std::ops::RangeInclusive;

static UNVERIFIED: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)\b(?:could not|couldn't|cannot|can't|unable to|(?:not\s+been|was\s+not|were\s+not|is\s+not|are\s+not|wasn't|weren't)\s+able\s+to|has been unable to|have been unable to)\s+(?:be\s+)?(?:immediately\s+|independently\s+|yet\s+)?(?:independently\s+)?(?:verif|confirm)|\bnot (?:yet )?(?:observed?|seen|see|found) (?:any )?(?:visual |independent )?(?:confirmation|evidence)\b|\bno (?:visual |independent )?evidence (?:to|that would) (?:confirm|support|corroborate)\b|\bno (?:immediate |visual |independent |official )?(?:independent |official )?confirmation\b|\b(?:did|does|do|has|have)\s+not\s+(?:independently\s+)?(?:confirm|verify)\b|\bnot (?:been )?(?:independently )?(?:verified|confirmed)\b|\bunable to reach\b[^.]*\bto verify\b",
    )
});
static CONFIRMED: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)\b(?:independently (?:verified|confirmed)|has verified|have verified|verified\s+that|geolocated|(?:was|were|is|are|has been|have been)\s+able\s+to\s+(?:independently\s+)?(?:verify|confirm)|(?:confirmed|acknowledged|admitted)\s+(?:the\s+)?(?:loss|fall|capture|withdrawal|retreat)\s+of|claim\s+(?:later\s+)?confirmed\s+by|verified\s+by)\b",
    )
});
/// "Ukraine's military denied the claim", "Ukraine denied this.", "a claim Kyiv rejected",
/// ", which the General Staff denied", "called the claim propaganda", "the claim ... was
/// false": a side denies what was claimed.
/// A denial in the claim's own sentence ("Ukraine denied that Soledar had fallen") negates
/// the happening instead ([`super::Status::Negated`]).
static DISPUTED: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)\b(?:denied|denies|rejected|rejects|dismissed|dismisses|refuted|refutes|disputed|disputes)\s+(?:as\s+(?:propaganda|false|fake|lies|untrue|disinformation|nonsense|baseless|groundless)\s+)?(?:the|this|that|these|those|such|(?:Moscow|Russia|Kyiv|Ukraine|the\s+Kremlin|the\s+enemy)['\u2019]s)\s+(?:[a-z-]+\s+)?(?:claims?|reports?|allegations?|statements?|assertions?)\b|\b(?:denied|denies|rejected|rejects|dismissed|dismisses|refuted|refutes|disputed|disputes)\s+(?:this|that|it)\s*(?:[.;,]|$)|\b(?:called|calls|calling|described|branded|labell?ed)\s+(?:the|this|that|these|those|such)\s+(?:claims?|reports?|statements?)\s+(?:as\s+)?(?:an?\s+)?(?:propaganda|false|fake|lies?|untrue|disinformation|fabricat\w+|groundless|baseless|nonsense)\b|\b(?:claims?|reports?|assertions?)\s+[^.;]{0,80}?\b(?:was|were|is|are)\s+(?:false|untrue|fake|not\s+true|groundless|baseless|a\s+lie|lies)\b|(?:,|\s[\u2014\u2013-])\s+(?:a\s+claim|claims|which)\s+(?:that\s+)?(?:the\s+)?[A-Za-z][A-Za-z'\u2019]*(?:\s+[A-Za-z][A-Za-z'\u2019]*){0,3}?\s+(?:has\s+|have\s+|had\s+|later\s+|quickly\s+|swiftly\s+)?(?:denied|rejected|dismissed|disputed)\b|(?:,|\s[\u2014\u2013-])\s+a\s+claim\s+(?:that\s+was\s+|later\s+)?(?:denied|rejected|dismissed|disputed)\s+(?:at\s+the\s+time\s+|then\s+|quickly\s+|swiftly\s+|immediately\s+)?by\b",
    )
});
/// A verb that reports a claim.
static REPORTING_VERB: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(r"\b(?:claimed|claims|said|says|reported|announced|stated|alleged)\b")
});
static QUANTITY: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        &r"(?i)\b(?:(?:as many as|more than|over|some|about|around|roughly|nearly|almost|at least|up to|another)\s+)?(?P<n>\d(?:[\d,]*\d)?(?:\.\d+)?|hundreds|thousands|dozens|tens of thousands|NUMBER_WORDS)\s+(?:of\s+)?(?:(?:Ukrainian|Russian|severely|seriously|badly|injured|wounded|more|fallen|ballistic|cruise|guided|aerial|glide|attack|kamikaze|Shahed(?:-type|-\d+(?:/\d+)?)?|Iskander(?:-[MK])?|Kalibr|Kinzhal|Kh-\d+|S-300|Lancet|Geran(?:-2)?|Azovstal|Azov|Mariupol)\s+){0,2}(?P<what>soldiers|troops|servicemen|fighters|civilians|people|prisoners|POWs|defenders|children|residents|men|marines|commanders|tanks|missiles|drones|rockets|bombs|UAVs|wounded|dead|bodies|others)\b"
            .replace("NUMBER_WORDS", &NUMBER_WORDS.join("|")),
    )
});
/// The numbers up to twenty written as words, in order: their index is their value.
const SMALL_NUMBERS: [&str; 21] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
];
/// The tens past twenty written as words, from thirty.
const TENS: [&str; 7] = [
    "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];
/// Counts written in words ("Twelve Ukrainian soldiers were captured"); "zero" and "one" are
/// left out: "one of the soldiers" counts no group.
static NUMBER_WORDS: Lazy<Vec<&'static str>> = Lazy::new(|| {
    SMALL_NUMBERS[2..]
        .iter()
        .chain(TENS.iter())
        .copied()
        .collect()
});
/// How a count is written: figures, a vague count or a number in words ("Sixty-one people
/// were wounded" is 61, not the "one" after the hyphen).
static COUNT: Lazy<String> = Lazy::new(|| {
    format!(
        r"\d[\d,]*|a dozen|dozens|hundreds|thousands|tens of thousands|(?:twenty|{})-(?:{})|{}|{}",
        TENS.join("|"),
        SMALL_NUMBERS[1..10].join("|"),
        SMALL_NUMBERS.join("|"),
        TENS.join("|")
    )
});
/// The ages of the people counted, between them and the verb: "Two women aged 42 and 68
/// were injured", "Three men, aged 25, 30 and 41, were killed".
const AGES: &str = r"(?:\w*,?\s*aged\s+\d+(?:(?:\s*,\s*|\s+and\s+)\d+)*,?\s+)?";
/// "killing two people" (the verb first), then "at least 12 people were killed", "Sixty
/// people are feared dead" (the number first), then one person ("killing a 72-year-old
/// man", "A 67-year-old woman was killed") or two ("A man and a woman were killed"). The
/// verb-first form is tried first: in "killed two people and wounded five", "two people and
/// wounded" is not a count.
static KILLED: Lazy<[Regex; 3]> = Lazy::new(|| {
    let count = COUNT.as_str();
    [
        crate::words::regex(&format!(
            r"(?i)\b(?:killing|killed|kills|eliminated|eliminating|liquidated|executed|executing|claimed\s+the\s+lives\s+of|claiming\s+the\s+lives\s+of)\s+(?:at least\s+|more than\s+|some\s+|about\s+|over\s+|up to\s+|all\s+)?(?:a\s+family\s+of\s+)?(?P<n>{count})\b|\b(?:pulled|recovered|retrieved|found|discovered)\s+(?:the\s+)?(?:(?P<n3>{count})\s+(?:more\s+)?bodies|bodies\s+of\s+(?P<n4>{count}))\b|\bbodies\s+of\s+(?P<n5>{count})\s+(?:[\w-]+\s+){{0,2}}?(?:were|have\s+been|had\s+been)\s+(?:found|discovered)\b|\bdeath\s+toll\s+(?:[\w'\u2019-]+\s+){{0,18}}?(?:has\s+|had\s+)?(?:rose|risen|climbed|reached|increased|grew|grown|stood|stands|jumped)\s+(?:to\s+)?(?:at\s+least\s+)?(?P<n2>{count})\b|\b(?:bringing|brought|raising|raised|taking|took)\s+the\s+(?:death\s+)?toll\s+(?:[\w'\u2019-]+\s+){{0,6}}?to\s+(?:at\s+least\s+)?(?P<n6>{count})\b|\bnumber\s+of\s+(?:people\s+|civilians\s+|those\s+|victims\s+)?(?:killed|dead)\s+(?:[a-zA-Z0-9'\u2019-]+\s+){{0,12}}?(?:has\s+|had\s+)?(?:rose|risen|climbed|reached|increased|grew|grown|jumped)\s+(?:to\s+)?(?:at\s+least\s+)?(?P<n7>{count})\b"
        )),
        crate::words::regex(&format!(
            r"(?i)\b(?P<n>{count})\s+(?:\w+\s+){{0,4}}{AGES}(?:\w+(?:,|\s+[\u2013\u2014])\s+[^,.;\u2013\u2014]{{1,60}}?(?:,|\s+[\u2013\u2014])\s*)?(?:were|was|have been|had been|are|is)?\s*(?:feared\s+)?(?:killed|dead|died|eliminated|liquidated)\b"
        )),
        crate::words::regex(&format!(
            r"(?i)\b(?:killing|killed|kills)\s+(?P<pair2>an?)\s+{ONE_PERSON}\s+and\s+{SECOND_PERSON}|\b(?:killing|killed|kills)\s+(?P<n>an?)\s+{ONE_PERSON}|\b(?P<pair>an?)\s+{ONE_PERSON}\s+and\s+an?\s+{ONE_PERSON}\s+(?:were|have been|had been)\s+killed\b|\b(?P<n2>an?)\s+{ONE_PERSON},?\s+(?:(?:was|has been|had been)\s+(?:killed|among\s+the\s+dead)|(?:has\s+|had\s+|later\s+)?died)\b|\b(?P<n3>another)\s+{ONE_PERSON}\s+(?:has\s+|had\s+|later\s+)?(?:died|was\s+killed)\b"
        )),
    ]
});
/// "wounding four civilians", then "52 severely injured soldiers", then one person.
static WOUNDED: Lazy<[Regex; 3]> = Lazy::new(|| {
    let count = COUNT.as_str();
    [
        crate::words::regex(&format!(
            r"(?i)\b(?:wounding|injuring|wounded|injured)\s+(?:at least\s+|more than\s+|some\s+|about\s+)?(?P<n>{count})\b|\bnumber\s+of\s+(?:the\s+)?(?:injured|wounded)\s+(?:[\w'\u2019-]+\s+){{0,8}}?(?:has\s+|had\s+)?(?:rose|risen|climbed|reached|increased|grew|grown|jumped)\s+(?:to\s+)?(?:at\s+least\s+)?(?P<n2>{count})\b"
        )),
        crate::words::regex(&format!(
            r"(?i)\b(?P<n>{count})\s+(?:\w+\s+){{0,4}}?{AGES}(?:\w+(?:,|\s+[\u2013\u2014])\s+[^,.;\u2013\u2014]{{1,60}}?(?:,|\s+[\u2013\u2014])\s*)?(?:were|was|have been|had been)?\s*(?:severely\s+|seriously\s+|badly\s+)?(?:wounded|injured)\b"
        )),
        crate::words::regex(&format!(
            r"(?i)\b(?:wounding|injuring|wounded|injured)\s+(?P<pair2>an?)\s+{ONE_PERSON}\s+and\s+{SECOND_PERSON}|\b(?:wounding|injuring|wounded|injured)\s+(?P<n>an?)\s+{ONE_PERSON}|\b(?P<pair>an?)\s+{ONE_PERSON}\s+and\s+an?\s+{ONE_PERSON}\s+(?:were|have been|had been)\s+(?:severely\s+|seriously\s+|badly\s+)?(?:wounded|injured)\b|\b(?P<n2>an?)\s+{ONE_PERSON},?\s+(?:was|has been|had been)\s+(?:severely\s+|seriously\s+|badly\s+)?(?:wounded|injured)\b|\band\s+(?P<n3>another)\s+(?:(?:one|person|man|woman|civilian|soldier)\s+)?(?:was\s+)?(?:severely\s+|seriously\s+|badly\s+)?(?:wounded|injured)\b|\b(?:wounding|injuring|wounded|injured)\s+(?P<n4>his|her|their)\s+(?:\d+-year-old\s+)?(?:wife|husband|son|daughter|mother|father|brother|sister|child|neighbou?r|grandson|granddaughter|grandmother|grandfather)\b"
        )),
    ]
});
/// A second victim named after a first: "and her 12-year-old daughter", "and a man".
const SECOND_PERSON: &str = r"(?:an?|her|his|their)\s+(?:\d+-year-old\s+|elderly\s+|young\s+)?(?:man|woman|boy|girl|child|teenager|son|daughter|husband|wife|mother|father|grandson|granddaughter|grandmother|grandfather)\b";
/// One person, as reports name a single victim: "a 72-year-old man", "an elderly woman", "a
/// tractor driver".
const ONE_PERSON: &str = r"(?:\d+-year-old\s+|elderly\s+|young\s+)?(?:[A-Za-z-]+\s+)?(?:man|woman|boy|girl|child|teenager|civilian|person|resident|pensioner|soldier|volunteer|driver|policeman|rescuer|medic)\b";

/// What the article says about checking its claims, as of each sentence.
pub struct Verification {
    /// The sentences that say a claim was or could not be verified, in order.
    statements: Vec<Statement>,
}

/// One sentence saying a claim was, or could not be, verified.
struct Statement {
    /// The first sentence it covers.
    first: usize,
    /// Its own index, the last sentence it covers.
    at: usize,
    verdict: Verified,
    /// Whether it closes a run of claims before it ("Fox News could not independently
    /// verify these allegations."), rather than speaking of its own sentence's claim or of
    /// the one item just described.
    closing: bool,
    /// The side whose claims it names, when it names one ("the Kremlin's claims"):
    /// `Some(true)` for Russia's.
    names_side: Option<bool>,
    /// Whether it says it is about the claims of both sides ("CNN cannot independently
    /// verify the claims of either side"), so that no claim of its run keeps its verdict
    /// open for being the other side's.
    of_either_side: bool,
}

/// "the claims of either side", "both sides' accounts": a statement about every claim.
static EITHER_SIDE: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)\b(?:either|both|neither)\s+sides?\b|\bthe\s+(?:warring\s+)?parties\b",
    )
});

/// "the Kremlin's claims", "Ukrainian reports": whose claims a statement is about.
static SIDES_CLAIMS: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"\b(?:(?P<russia>Russian|Russia['\u2019]s|Moscow['\u2019]s|Kremlin['\u2019]s)|Ukrainian|Ukraine['\u2019]s|Kyiv['\u2019]s|Kiev['\u2019]s)\s+(?:claims?|allegations?|assertions?|statements?|reports?|figures|accounts?)\b",
    )
});

/// A stem of every word [`DISPUTED`] needs: a vectorised search for them settles most
/// sentences before the pattern runs.
const DISPUTE_STEMS: &[&str] = &[
    "denie",
    "reject",
    "dismiss",
    "refut",
    "disput",
    "false",
    "untrue",
    "propaganda",
    "fake",
    "lie",
    "nonsense",
    "baseless",
    "groundless",
    "disinformation",
    "fabricat",
];

/// Where a sentence disputes a claim ("Russia's claim that it had taken Krasnohorivka was
/// false", "...; the Ukrainian military called the claim propaganda"), if it does: the
/// byte where the denial ends. Read for every open claim.
pub fn dispute_end(sentence: &str) -> Option<usize> {
    static CUES: Lazy<crate::words::AnyCase> =
        Lazy::new(|| crate::words::AnyCase::new(DISPUTE_STEMS));
    if !CUES.is_match(sentence) {
        return None;
    }
    DISPUTED.find(sentence).map(|m| m.end())
}

impl Verification {
    /// Reads the sentences of an article for "could not independently verify",
    /// "geolocated footage" and the like.
    ///
    /// A statement that reports nothing itself ("Fox News could not independently verify
    /// these allegations.") is about the claims before it: it covers its own sentence and
    /// those before it, back to the previous statement (the seed articles close a run of
    /// five or six claims this way). A statement inside a report ("..., citing geolocated
    /// footage") covers that report only: the claims of other speakers earlier in the
    /// article are not checked by it.
    pub fn read<'a>(sentences: impl Iterator<Item = &'a str>) -> Verification {
        // The stems of a verification, then those of a dispute.
        static CUES: Lazy<crate::words::AnyCase> = Lazy::new(|| {
            let stems: Vec<&str> = ["verif", "confirm", "geolocat", "acknowledg", "admitt"]
                .into_iter()
                .chain(DISPUTE_STEMS.iter().copied())
                .collect();
            crate::words::AnyCase::new(&stems)
        });
        let mut statements: Vec<Statement> = Vec::new();
        let mut push = |first, at, verdict, closing, statement: &str| {
            let names_side = if closing {
                SIDES_CLAIMS
                    .captures(statement)
                    .map(|c| c.name("russia").is_some())
            } else {
                None
            };
            statements.push(Statement {
                first,
                at,
                verdict,
                closing,
                names_side,
                of_either_side: closing && EITHER_SIDE.is_match(statement),
            })
        };
        let mut previous_at: Option<usize> = None;
        let sentences: Vec<&str> = sentences.collect();
        // The claim a denial speaks of ("denied the claim"): the last sentence before it,
        // back to `from`, that reports a happening (a sentence on who carried it out may
        // stand between), else the one just before.
        let item_before = |i: usize, from: usize| {
            (from..i)
                .rev()
                .find(|&j| super::clauses::may_report(sentences[j]))
                .unwrap_or(i.saturating_sub(1))
                .max(from)
        };
        for (i, &s) in sentences.iter().enumerate() {
            // Each pattern needs one of these stems; most sentences have none.
            if !CUES.is_match(s) {
                continue;
            }
            let after_previous = previous_at.map_or(0, |at: usize| at + 1);
            if let Some(denial) = DISPUTED.find(s) {
                // A denial is about the claims before it, not its own (the denier's
                // account: "..., saying fighting continued in the town"), unless it follows
                // its own sentence's claim: an appositive ("..., a claim Kyiv denied") or a
                // second clause ("Moscow claimed ..., but Kyiv dismissed the report").
                let at = denial.start();
                let own_claim = s[at..].starts_with(',')
                    || (s[..at].contains(',') && REPORTING_VERB.is_match(&s[..at]));
                if own_claim {
                    push(i, i, Verified::Disputed, false, s);
                    previous_at = Some(i);
                } else if i > 0 {
                    let one_item = ONE_ITEM.is_match(s);
                    let first = if one_item {
                        item_before(i, after_previous)
                    } else {
                        after_previous
                    };
                    if first < i {
                        push(first, i - 1, Verified::Disputed, !one_item, s);
                        previous_at = Some(i - 1);
                    }
                }
                continue;
            }
            let (verdict, verb) = if let Some(m) = UNVERIFIED.find(s) {
                (Verified::No, m)
            } else if let Some(m) = CONFIRMED.find(s) {
                (Verified::Yes, m)
            } else {
                continue;
            };
            let named = || {
                let names = names_in_statement(s, verb.end());
                if names.is_empty() {
                    return None;
                }
                (after_previous..i).rev().find(|&j| {
                    names
                        .iter()
                        .any(|name| crate::words::contains_word(sentences[j], name))
                })
            };
            // "The General Staff did not confirm the loss of Voznesenka": a happening named
            // as what is (not) confirmed is the claim told before, when one names its place.
            let names_its_object = ["loss", "fall", "capture", "withdrawal", "retreat"]
                .iter()
                .any(|w| verb.as_str().to_ascii_lowercase().contains(w));
            let confirms_a_named_claim = (names_its_object
                || NAMED_CLAIM_OBJECT.is_match(&s[verb.end()..]))
                && named().is_some();
            let (first, closing) = if (super::clauses::may_report(s) && !confirms_a_named_claim)
                || ABOUT_ITS_OWN_CLAIM.is_match(s)
            {
                (i, false)
            } else if let Some(j) = named() {
                // "The General Staff did not confirm the loss of Voznesenka": the claim
                // about the place it names, not the others before it.
                push(j, j, verdict, false, s);
                previous_at = Some(i);
                continue;
            } else if ONE_ITEM.is_match(s) {
                // "Reuters could not verify the footage": the one item just described.
                (i.saturating_sub(1).max(after_previous), false)
            } else {
                (after_previous, true)
            };
            push(first, i, verdict, closing, s);
            previous_at = Some(i);
        }
        Verification { statements }
    }

    /// Whether the claims of sentence `sentence` were checked, as the article says.
    pub fn of_sentence(&self, sentence: usize) -> Verified {
        self.statement_of(sentence)
            .map_or(Verified::Unknown, |st| st.verdict)
    }

    /// The sentences of the run of claims that a closing statement about one side's claims
    /// ("These claims could not be verified.") covers, when sentence `sentence` is in one,
    /// and the side whose claims the statement names, if it names one (`Some(true)` for
    /// Russia's).
    pub fn closing_run(&self, sentence: usize) -> Option<(RangeInclusive<usize>, Option<bool>)> {
        self.statement_of(sentence)
            .filter(|st| st.closing && !st.of_either_side)
            .map(|st| (st.first..=st.at, st.names_side))
    }

    /// Whether any statement closes a run of claims.
    pub fn closes_any_run(&self) -> bool {
        self.statements.iter().any(|st| st.closing)
    }

    fn statement_of(&self, sentence: usize) -> Option<&Statement> {
        self.statements
            .iter()
            .find(|st| st.at >= sentence)
            .filter(|st| st.first <= sentence)
    }
}

/// The capitalised words of a statement about a claim, after its verb, that may name the
/// claim's place: neither a side nor an institution ("Voznesenka" in "did not confirm the
/// loss of Voznesenka"). The words before the verb name who checked ("The Kyiv Independent
/// could not verify the claim"), not what.
fn names_in_statement(statement: &str, verb_end: usize) -> Vec<&str> {
    const NOT_NAMES: &[&str] = &[
        "Ukrainian",
        "Ukraine",
        "Ukraine's",
        "Russian",
        "Russia",
        "Russia's",
        "Kremlin",
        "General",
        "Staff",
        "Ministry",
        "Defence",
        "Defense",
        "Armed",
        "Forces",
        "Kyiv",
        "Moscow",
        "Reuters",
        "The",
    ];
    statement[verb_end..]
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
        .filter(|w| w.len() >= 5 && w.starts_with(char::is_uppercase) && !NOT_NAMES.contains(w))
        .collect()
}

/// An appositive that says where its noun is: "north of Debaltseve", "near the front".
static LOCATING_APPOSITIVE: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)^\s*(?:(?:about|some)\s+\d+\s*(?:km|kilometres|kilometers|miles)\s+)?(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of|near|outside|close\s+to)\b",
    )
});
/// "a claim Ukraine denied", "an assertion Kyiv rejected": a speaker answering a claim
/// set before it.
static CLAIM_ANSWERED: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)\b(?:a|the)\s+(?:claim|assertion|statement|report|allegation)\s+(?:that\s+|which\s+)?(?:[\w\u2019'-]+\s+){1,3}$",
    )
});
/// A determiner right before a word.
static DETERMINER_BEFORE: Lazy<Regex> =
    Lazy::new(|| crate::words::regex(r"(?i)\b(?:the|a|an|its|their|this|that)\s+$"));
/// Before "claims" or "confirmed", words that make it a noun or an adjective: "Russian
/// claims that", "made confirmed advances", "no confirmed reports".
static ADJECTIVE_BEFORE: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)\b(?:Russian|Ukrainian|his|her|our|these|those|such|unconfirmed|unverified|earlier|previous|recent|made|make|makes|making|no|any|several|multiple|first)\s+$",
    )
});
/// A time phrase at the head of a sentence, before its speaker.
static LEADING_TIME: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)^(?:(?:early|late|earlier|later)\s+)?(?:(?:last|this|next)\s+(?:week|weekend|month|year|night)|yesterday|today|overnight|meanwhile|later|earlier|then|(?:(?:a\s+few|several|two|three|four|\d+|an?)\s+)?(?:hours?|days?|weeks?|minutes?|moments?)\s+(?:later|earlier)|on\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:,?\s+\d{4})?,?|(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?)\s+",
    )
});

/// A time phrase between the speaker and the verb: "Zelensky on Sunday denied", "the
/// ministry late Friday said".
static TRAILING_TIME: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)\s+(?:(?:early|late|earlier|later)\s+(?:on\s+)?|on\s+)?(?:(?:last|this)\s+(?:week|weekend|month)|yesterday|today|overnight|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?),?$",
    )
});

/// After a verb of confirming, a happening named as its object: "the loss of", "the capture
/// of".
static NAMED_CLAIM_OBJECT: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)^\w*\s+(?:the\s+)?(?:loss|capture|fall|seizure|liberation|withdrawal|encirclement)\s+(?:of|from)\b",
    )
});
/// "..., a claim CNN could not verify", "..., which could not be independently confirmed":
/// an appositive about the claim of its own sentence.
static ABOUT_ITS_OWN_CLAIM: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i),\s+(?:a\s+claim|an\s+assertion|a\s+report|which|something)\b[^.;]*\b(?:verif|confirm)",
    )
});
/// A statement about one piece of evidence ("the footage", "this video"), one claim ("Ukraine
/// denied this.") or one count ("The figure could not be independently verified"), not about
/// the claims before it.
static ONE_ITEM: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)\b(?:the|this|that)\s+(?:footage|video|image|photo|photograph|picture|post|account|report|claim|statement|loss|capture|fall|withdrawal|retreat|advance|seizure|takeover|gain|figure|number|toll|estimate|tally)\b|\b(?:denied|denies|rejected|rejects|dismissed|dismisses|refuted|refutes|disputed|disputes)\s+(?:this|that|it)\s*(?:[.;,]|$)",
    )
});

/// A claimed number and what it counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quantity {
    /// As written: "some 1,730 Ukrainian soldiers".
    pub text: String,
    /// The number; "dozens" counts 12, "hundreds" 100, "thousands" 1,000 (ACLED-style
    /// lower bounds for vague numbers).
    pub value: u64,
}

/// The first claimed number in a clause.
pub fn quantity(clause: &str) -> Option<Quantity> {
    static WORDY_NUMBERS: Lazy<crate::words::AnyCase> = Lazy::new(|| {
        let mut words = vec!["hundreds", "thousands", "dozens"];
        words.extend_from_slice(&NUMBER_WORDS);
        crate::words::AnyCase::new(&words)
    });
    // Most clauses hold no number: a byte scan settles them before the pattern runs.
    if !clause.bytes().any(|b| b.is_ascii_digit()) && !WORDY_NUMBERS.is_match(clause) {
        return None;
    }
    // "The city, which had about 70,000 residents before the war", "once a city of 70,000
    // people": a population, not a count of anyone the event touched.
    static POPULATION_BEFORE: Lazy<Regex> = Lazy::new(|| {
        crate::words::regex(
            r"(?i)\b(?:had|has|have|home to|population of|with|(?:city|town|village)\s+of)\s+$",
        )
    });
    let c = QUANTITY.captures_iter(clause).find(|c| {
        let whole = c.get(0).expect("group 0 always matches");
        let residents = matches!(&c["what"], "residents" | "people");
        let before = &clause[..whole.start()];
        let population = residents && POPULATION_BEFORE.is_match(crate::words::tail(before, 16));
        // "hit a house with S-300 missiles": a number in a weapon's name counts nothing.
        // "Shahed-136/131 drones": so is the second number of a weapon's two names.
        let in_a_name = (before.ends_with('-')
            && before[..before.len() - 1].ends_with(|c: char| c.is_ascii_alphabetic()))
            || (before.ends_with('/')
                && before[..before.len() - 1]
                    .trim_end_matches(|c: char| c.is_ascii_digit())
                    .ends_with('-'));
        // A count in words is of people ("Twelve Ukrainian soldiers were captured"); the
        // weapons of a strike are counted in figures in the reports that count them.
        let in_words =
            NUMBER_WORDS.iter().any(|w| w.eq_ignore_ascii_case(&c["n"])) || c["n"].contains('-');
        let weapons = matches!(
            &c["what"],
            "tanks" | "missiles" | "drones" | "rockets" | "bombs" | "UAVs" | "bodies"
        );
        let counted_weapons_in_words = in_words && weapons;
        !(population || in_a_name || after_a_month(before) || counted_weapons_in_words)
    })?;
    let n = c["n"].to_lowercase();
    let value = number(&n)?;
    Some(Quantity {
        text: c[0].to_string(),
        value,
    })
}

/// The people an event captured: the clause's number, for a surrender, capture or
/// prisoners.
pub fn captured(event_type: EventType, quantity: Option<&Quantity>) -> Option<u64> {
    match event_type {
        EventType::Surrender | EventType::Prisoners | EventType::Capture => {
            quantity.map(|q| q.value)
        }
        _ => None,
    }
}

/// The people a sentence reports wounded and killed: a number next to "killing",
/// "wounded" and the like anywhere in the sentence, whatever the event's type (a strike
/// "killing two people" has two fatalities). Read once per sentence, and only searched
/// when one of the words is there at all.
pub fn harmed(sentence: &str) -> (Option<u64>, Option<u64>) {
    /// Before a number, the words that make it an age: "Two women aged 42 and 68 were
    /// injured", "three men, aged 25, 30 and 41, were killed".
    static AGE_BEFORE: Lazy<Regex> = Lazy::new(|| {
        crate::words::regex(
            r"(?i)\b(?:aged|ages(?:\s+of)?)\s+(?:\d+(?:\s*,\s*|\s+and\s+|\s+to\s+))*$",
        )
    });
    static WORDS: Lazy<crate::words::AnyCase> = Lazy::new(|| {
        crate::words::AnyCase::new(&[
            "wound", "injur", "kill", "dead", "died", "eliminat", "liquidat", "execut", "death",
            "lives", "bodies",
        ])
    });
    let (mut wounds, mut deaths) = (false, false);
    for word in WORDS.words_in(sentence) {
        match word {
            0 | 1 => wounds = true,
            _ => deaths = true,
        }
    }
    // "on Aug. 24 killed a Reuters adviser": the day of a date is not a count.
    // The count of one match: "A 54-year-old man and a 60-year-old woman were killed",
    // "killed a woman and her daughter" are two.
    fn count_of<'h>(c: &regex::Captures<'h>) -> Option<(regex::Match<'h>, Option<u64>)> {
        match c.name("pair").or(c.name("pair2")) {
            Some(pair) => Some((pair, Some(2))),
            None => c
                .name("n")
                .or(c.name("n2"))
                .or(c.name("n3"))
                .or(c.name("n4"))
                .or(c.name("n5"))
                .or(c.name("n6"))
                .or(c.name("n7"))
                .map(|n| (n, number(n.as_str()))),
        }
    }
    // "left two dead and 12 wounded": a number whose words up to the keyword count the other
    // harm is the other count.
    // "pulled two more bodies from the rubble, bringing the death toll to 12": a toll told
    // after another count is the total, and wins.
    let a_toll_is_told = sentence.contains("toll") || sentence.contains("umber of");
    let count = |forms: &[Regex; 3], other: &[&str]| {
        forms.iter().find_map(|re| {
            // A rejected number ("July 2024, OHCHR recorded 219 civilians killed": a year)
            // is skipped and the search goes on right after it, not after its whole match.
            let mut from = 0;
            let mut first: Option<Option<u64>> = None;
            while let Some(c) = re.captures_at(sentence, from) {
                let Some((n, value)) = count_of(&c) else {
                    break;
                };
                // "No one was injured": no count.
                let before = &sentence[..n.start()];
                let no_one = before.len() >= 3
                    && before.is_char_boundary(before.len() - 3)
                    && before[before.len() - 3..].eq_ignore_ascii_case("no ")
                    && !before[..before.len() - 3].ends_with(char::is_alphanumeric);
                let up_to_keyword = c.get(0).map_or("", |m| &sentence[n.end()..m.end()]);
                let counts_the_other = other.iter().any(|w| {
                    up_to_keyword
                        .split(|c: char| !c.is_alphabetic())
                        .any(|word| word.eq_ignore_ascii_case(w))
                });
                // "on 5 March": a day written before its month is no count either.
                if !after_a_month(&sentence[..n.start()])
                    && !before_a_month(&sentence[n.end()..])
                    && !no_one
                    && !AGE_BEFORE.is_match(crate::words::tail(before, 40))
                    && !counts_the_other
                    && !KILLED_AND_WOUNDED.is_match(&sentence[n.end()..])
                {
                    let value = value.map(|v| {
                        v + count_joined_before(before) + count_joined_after(up_to_keyword)
                    });
                    let a_toll = ["n2", "n6", "n7"].iter().any(|g| c.name(g).is_some());
                    if !a_toll_is_told || a_toll {
                        return value;
                    }
                    first.get_or_insert(value);
                }
                from = n.end().max(c.get(0).map_or(0, |m| m.start()) + 1);
            }
            first.flatten()
        })
    };
    (
        wounds
            .then(|| count(&WOUNDED, &["dead", "killed", "died"]))
            .flatten(),
        deaths
            .then(|| count(&KILLED, &["wounded", "injured"]))
            .flatten(),
    )
}

/// The people a count of the harmed counts, in a group joined by "and" to another.
const PEOPLE: &str = r"fighters|soldiers|servicemen|civilians|people|children|residents|troops|men|women|officers|policemen|volunteers|medics|rescuers|others";

/// "at least three of their fighters and two civilians were killed": the count of a group
/// joined by "and" before the one the verb's count was read from, else 0.
fn count_joined_before(before: &str) -> u64 {
    static JOINED_BEFORE: Lazy<Regex> = Lazy::new(|| {
        let count = COUNT.as_str();
        crate::words::regex(&format!(
            r"(?i)\b(?P<n>{count})\s+(?:of\s+(?:their|its|the|our)\s+)?(?P<what>{PEOPLE})\s+and\s+(?:at\s+least\s+)?$"
        ))
    });
    let tail = crate::words::tail(before, 60);
    if !tail.ends_with("and ") && !tail.ends_with("least ") {
        return 0;
    }
    JOINED_BEFORE
        .captures(tail)
        .and_then(|c| number(&c["n"].to_lowercase()))
        .unwrap_or(0)
}

/// "Two soldiers and three civilians were killed": the count of a second group joined by
/// "and" between the verb's count and the verb, else 0.
fn count_joined_after(up_to_keyword: &str) -> u64 {
    static JOINED_AFTER: Lazy<Regex> = Lazy::new(|| {
        let count = COUNT.as_str();
        crate::words::regex(&format!(
            r"(?i)\band\s+(?:at\s+least\s+)?(?P<n>{count})\s+(?:{PEOPLE})\b"
        ))
    });
    if !up_to_keyword.contains(" and ") {
        return 0;
    }
    JOINED_AFTER
        .captures(up_to_keyword)
        .and_then(|c| number(&c["n"].to_lowercase()))
        .unwrap_or(0)
}

/// "about 47,000 killed and wounded": one total of both, a count of neither.
static KILLED_AND_WOUNDED: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)^\s+(?:\w+\s+){0,4}?(?:killed|dead)\s+(?:and|or)\s+(?:wounded|injured)\b",
    )
});

/// Whether `before` ends with a month's name ("Aug.", "September"): the number after it is a
/// day.
fn after_a_month(before: &str) -> bool {
    let word = before
        .trim_end()
        .rsplit(|c: char| !c.is_alphabetic() && c != '.')
        .next()
        .unwrap_or("");
    crate::time::lexicon::names_a_month(word)
}

/// Whether `after` opens with a month's name ("5 March"): the number before it is a day.
fn before_a_month(after: &str) -> bool {
    let word = after.split_whitespace().next().unwrap_or("");
    crate::time::lexicon::names_a_month(word.trim_end_matches(|c: char| !c.is_alphabetic()))
}

/// The value of a number as written in a count: digits ("1,730"), a word ("two",
/// "dozens") or an article standing for one person ("a man").
pub fn number(word: &str) -> Option<u64> {
    let w = word.to_lowercase();
    if let Some(n) = SMALL_NUMBERS.iter().position(|s| *s == w) {
        return Some(n as u64);
    }
    if let Some(t) = TENS.iter().position(|t| *t == w) {
        return Some(30 + 10 * t as u64);
    }
    if let Some((tens, ones)) = w.split_once('-') {
        if tens.starts_with(|c: char| c.is_ascii_alphabetic()) {
            return Some(number(tens)? + number(ones).filter(|n| *n < 10)?);
        }
    }
    Some(match w.as_str() {
        // One person: "killing a 72-year-old man", "one was killed and another injured",
        // "killing a man and injuring his wife".
        "a" | "an" | "another" | "his" | "her" | "their" => 1,
        "a dozen" => 12,
        "dozens" => 12,
        "hundreds" => 100,
        "thousands" => 1_000,
        "tens of thousands" => 10_000,
        digits => digits.split('.').next()?.replace(',', "").parse().ok()?,
    })
}

/// Nouns that can head an unnamed speaker ("local officials said", "the army said").
const SPEAKERS: &[&str] = &[
    "officials",
    "official",
    "governor",
    "administration",
    "ministry",
    "army",
    "military",
    "staff",
    "council",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "commander",
    "commanders",
    "command",
    "corps",
    "brigade",
    "battalion",
    "regiment",
    "unit",
    "police",
    "prosecutors",
    "prosecutor",
    "bloggers",
    "analysts",
    "sources",
    "residents",
    "witnesses",
    "media",
    "outlet",
    "agency",
    "mayor",
    "president",
    "minister",
    "service",
    "authorities",
    "government",
    "intelligence",
    "observers",
    "monitors",
    "force",
    "guard",
    "soldier",
    "soldiers",
    "servicemen",
    "serviceman",
    "medic",
    "volunteer",
    "volunteers",
    "witness",
    "resident",
    "partisans",
    "rebels",
    "insurgents",
    "separatists",
    "militants",
    "journalist",
    "correspondent",
    "head",
    "chief",
    "leaders",
    "leader",
    "spokesmen",
    "experts",
    "medics",
    "doctors",
    "rescuers",
];

/// The speaker of a clause that opens with a participle of saying ("..., a claim Ukraine's
/// General Staff rejected, saying fighting continued", "Ukraine's military denied the report,
/// adding that ..."): the subject of the verb just before it, read from `before`, the
/// sentence up to the participle.
pub fn participle_speaker(before: &str) -> Option<String> {
    const ANSWERING_VERBS: &[&str] = &[
        "said",
        "told",
        "denied",
        "rejected",
        "dismissed",
        "disputed",
        "refuted",
        "confirmed",
        "reported",
        "insisted",
        "stated",
        "wrote",
        "claimed",
        "announced",
        "responded",
        "replied",
        "countered",
        "posted",
    ];
    let before = before.trim_end().trim_end_matches(',').trim_end();
    let start = before
        .rfind([
            ',', ';', ':', '\u{2014}', '\u{2013}', '"', '\u{201c}', '\u{201d}',
        ])
        .map_or(0, |i| {
            i + before[i..].chars().next().map_or(1, char::len_utf8)
        });
    let mut phrase = before[start..].trim();
    for lead in ["a claim ", "the claim ", "which ", "but ", "and ", "while "] {
        phrase = phrase.strip_prefix(lead).unwrap_or(phrase);
    }
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let verb_at = words.iter().position(|w| ANSWERING_VERBS.contains(w))?;
    let subject = &words[..verb_at];
    let subject = match subject {
        [aux @ .., last] if matches!(*last, "has" | "have" | "had" | "also" | "later") => aux,
        _ => subject,
    };
    let named = !subject.is_empty()
        && subject.len() <= 6
        && subject
            .iter()
            .any(|w| w.starts_with(char::is_uppercase) || SPEAKERS.contains(w))
        && !matches!(subject, [one] if ["He", "She", "It", "They", "We"].contains(one));
    named.then(|| {
        let s = subject.join(" ");
        s.strip_prefix("the ")
            .or_else(|| s.strip_prefix("The "))
            .map_or_else(|| s.clone(), str::to_string)
    })
}

/// Whether the sentence's speaker is a pronoun ("..., he added.", "It said its forces had
/// improved their positions"): the speaker named shortly before.
pub fn speaker_is_a_pronoun(sentence: &str) -> bool {
    static PRONOUN_SAYS: Lazy<Regex> = Lazy::new(|| {
        crate::words::regex(
            r"(?:^|[,\u201d\u2019\x22]\s*)(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey)\s+(?:also\s+)?(?:said|says|added|claimed|told|stated|noted|wrote|insisted|warned|reported)\b|[,\u201d\u2019\x22]\s*(?:said|added)\s+(?:he|she)\b|\b[Aa]ccording\s+to\s+(?:him|her|them)\b",
        )
    });
    // Most sentences that name no speaker have no reporting verb either: one vectorised
    // search settles them before the pattern, which has no literal to look for, runs.
    static VERBS: Lazy<crate::words::AnyCase> = Lazy::new(|| {
        crate::words::AnyCase::new(&[
            "said",
            "says",
            "added",
            "claimed",
            "told",
            "stated",
            "noted",
            "wrote",
            "insisted",
            "warned",
            "reported",
            "according",
        ])
    });
    VERBS.is_match(sentence) && PRONOUN_SAYS.is_match(sentence)
}

/// The verbs of [`claimant`]'s list that say something was said, not asked or shown.
const SAYING: &[&str] = &[
    "said",
    "says",
    "say",
    "claimed",
    "claims",
    "told",
    "reported",
    "announced",
    "wrote",
    "stated",
    "alleged",
    "insisted",
];

/// Before "claims" as a noun, its owner: "Russia's latest claims", "the Kremlin's claims".
static CLAIMS_OWNER: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?P<who>(?:the\s+)?\p{Lu}[\w-]*(?:\s+\p{Lu}[\w-]*){0,3})['\u2019]s\s+(?:[a-z-]+\s+){0,2}$",
    )
});

/// The speaker of a sentence: the name after a final "said", or the words before its
/// reporting verb back to the clause start ("Russia's Defense Ministry said").
pub fn claimant(sentence: &str) -> Option<String> {
    /// Prepositions that open a phrase of place or time before a sentence's subject.
    const PREPOSITIONS: &[&str] = &[
        "In", "At", "On", "From", "Near", "Outside", "Inside", "Across", "After", "Before",
        "During", "Since", "Along",
    ];
    /// What a source publishes to claim a happening: "footage", "a video", "photos".
    static SHOWN_RECORD: Lazy<Regex> = Lazy::new(|| {
        crate::words::regex(
            r"(?i)^(?:(?:a|an|the|new|its|their|his|her)\s+){0,2}(?:footage|videos?|photos?|photographs?|images?|pictures?|statement|report|map)\b",
        )
    });
    static VERB: Lazy<Regex> = Lazy::new(|| {
        crate::words::regex(
            r"\b(?:said|says|say|claimed|claims|told|reported|announced|wrote|stated|alleged|acknowledged|admitted|conceded|confirmed|denied|insisted|warned|urged|added|noted|published|posted|released|shared|recorded|documented|registered)\b",
        )
    });
    static AFTER: Lazy<Regex> = Lazy::new(|| {
        crate::words::regex(
            r"(?:[,\u201d\u2019\x22]\s*said|\b[Aa]ccording to(?:\s+(?:an?|the|its|their)\s+(?:[a-z]+\s+)?(?:statement|report|post|video|message|briefing|update|assessment)\s+(?:by|from))?|\bPer)\s+(?P<who>(?:the\s+)?\p{Lu}[\w\u2019'.-]*(?:\s+(?:for\s+the\s+|of\s+the\s+|of\s+)?\p{Lu}[\w\u2019'.-]*){0,6}(?:\s+(?:officials|authorities|media|sources|military|militia|forces|administration|governor|mayor|head|war|bloggers|analysts|monitors|observers|journalists|reporters|channels|intelligence|(?:defen[cs]e\s+|foreign\s+|interior\s+|emergencies\s+)?ministry|general\s+staff)){0,2}|the\s+(?:(?:local|regional|city|military)\s+|(?:city|town|region|oblast|district)['\u2019]s\s+)?(?:governor|mayor|ministry|military|army|police|officials|authorities|administration|prosecutors?|spokes(?:person|man|woman))\b(?:\s+\p{Lu}[\w\u2019'.-]*){0,3}|(?:local|regional|city|military)\s+(?:officials|authorities|sources)|(?:(?:Western|military|independent|foreign|local)\s+)?(?:analysts|officials|experts|witnesses|residents|monitors|observers|bloggers|journalists|reporters)\b|the\s+(?:commander|head|chief|leader|spokes(?:person|man|woman)|press\s+officer)\s+of\s+(?:the\s+|a\s+)?(?:\d+(?:st|nd|rd|th)\s+)?\p{Lu}[\w\u2019'.-]*(?:\s+(?:\p{Lu}[\w\u2019'.-]*|ground|armed|air|naval|land|special|operations|forces|force|group|brigade|battalion|regiment|corps|army|ministry|service|guard|command|administration|council|troops|military|mercenary|intelligence|regional|city|of|the)){0,6}(?:,\s+\p{Lu}[\w\u2019'.-]*(?:\s+\p{Lu}[\w\u2019'.-]*){1,2})?)",
        )
    });
    // "..., said Zelenskiy." names the speaker; "..., said Russian shelling killed three"
    // is an appositive's comma before an ordinary "said".
    let at_clause_end = |end: usize| {
        sentence[end..].trim_start().chars().next().is_none_or(|c| {
            matches!(
                c,
                '.' | ',' | ';' | ':' | '!' | '?' | '"' | '\u{201d}' | ')'
            )
        })
    };
    // The pattern needs "said", "ccording" or "Per": a vectorised substring search rules most
    // sentences out before the pattern's prefilter stops at every comma.
    let may_name_after =
        sentence.contains("said") || sentence.contains("ccording") || sentence.contains("Per ");
    if let Some(c) = may_name_after
        .then(|| AFTER.captures(sentence))
        .flatten()
        .filter(|c| at_clause_end(c.get(0).map_or(0, |m| m.end())))
        // "..., the governor, Pavlo Kyrylenko, said Monday.": a day is when, not who.
        .filter(|c| !crate::time::lexicon::names_a_day(&c["who"]))
    {
        let who = c["who"].trim().trim_end_matches('.');
        return Some(
            who.trim_start_matches("the ")
                .trim_start_matches("The ")
                .to_string(),
        );
    }
    for m in VERB.find_iter(sentence) {
        // "the claimed capture", "Russian claims that ...", "made confirmed advances": a
        // participle used as an adjective, or a noun, has no speaker.
        let tail = crate::words::tail(&sentence[..m.start()], 16);
        let noun_or_adjective =
            matches!(m.as_str(), "claims" | "claimed" | "confirmed" | "reported")
                && ADJECTIVE_BEFORE.is_match(tail);
        // "the ministry added." reports; "Russia added 200 square kilometres" does not.
        let after = sentence[m.end()..].trim_start();
        let reports_only_at_end = matches!(m.as_str(), "added" | "noted")
            && !(after.is_empty()
                || after.starts_with(['.', ',', ';'])
                || after.starts_with("that"));
        // "bloggers published footage showing a flag over the town": who shows a happening
        // claims it; "released 90 prisoners" is a happening of its own.
        let shows_only_a_record =
            matches!(m.as_str(), "published" | "posted" | "released" | "shared")
                && !SHOWN_RECORD.is_match(crate::words::head(after, 40));
        // "OHCHR recorded 574 civilian casualties", "HRW documented the use of cluster
        // munitions": a monitor's record is its claim; "a video recorded by residents" is
        // none.
        let records_nothing = matches!(m.as_str(), "recorded" | "documented" | "registered")
            && !after.starts_with(|c: char| c.is_ascii_digit())
            && ![
                "at least",
                "more than",
                "over ",
                "some ",
                "the ",
                "a ",
                "an ",
            ]
            .iter()
            .any(|w| after.starts_with(w));
        // "..., a claim Ukraine denied": who denies a claim is not its claimant.
        let answers_a_claim = ["claim", "assertion", "statement", "report", "allegation"]
            .iter()
            .any(|noun| tail.contains(noun))
            && CLAIM_ANSWERED.is_match(tail);
        // "Ukraine rejected Russia's latest claims that its forces had captured Vovchansk":
        // the claims are the possessor's.
        if m.as_str() == "claims" {
            if let Some(owner) =
                CLAIMS_OWNER.captures(crate::words::tail(&sentence[..m.start()], 48))
            {
                return Some(owner["who"].to_string());
            }
        }
        if DETERMINER_BEFORE.is_match(tail)
            || answers_a_claim
            || noun_or_adjective
            || records_nothing
            || reports_only_at_end
            || shows_only_a_record
        {
            continue;
        }
        // "..., the commander of the Ground Forces, Oleksandr Syrskyi, said": an
        // appositive's closing comma stands right before the verb; the name is before it.
        // "..., Vadym Filashkin, Head of Donetsk Oblast Military Administration, has
        // reported": the auxiliary stands after the appositive's comma.
        let before = sentence[..m.start()].trim_end();
        let before = ["has", "have", "had"]
            .iter()
            .find_map(|aux| {
                before
                    .strip_suffix(aux)
                    .filter(|rest| rest.trim_end().ends_with(','))
            })
            .unwrap_or(before)
            .trim_end()
            .trim_end_matches(',');
        let phrase_start = |before: &str| {
            before
                .rfind([
                    ',', ';', ':', '\u{201d}', '"', '\u{201c}', '\u{2014}', '\u{2013}',
                ])
                .map(|i| i + before[i..].chars().next().map(char::len_utf8).unwrap_or(1))
                .unwrap_or(0)
                // A spaced hyphen is a dash in plain text: "KYIV, Oct 2 (Reuters) - Ukraine's
                // military said".
                .max(before.rfind(" - ").map_or(0, |i| i + 3))
        };
        let mut start = phrase_start(before);
        // "Residents of Artemivsk, north of Debaltseve, said": an appositive that only
        // locates the speaker; the speaker is the phrase before it.
        // "A soldier from the 47th Brigade, who gave only his call sign, said", "The 3rd
        // Assault Brigade, which was sent to Avdiivka, said": so does a relative clause
        // about the speaker.
        let about_the_speaker = |phrase: &str| {
            let phrase = phrase.trim_start();
            LOCATING_APPOSITIVE.is_match(phrase)
                // "Zelenskiy, speaking to reporters in Kharkiv, said".
                || phrase.starts_with("speaking ")
                || phrase.starts_with("writing ")
                || phrase.starts_with("who ")
                || phrase.starts_with("whose ")
                // "In Balakliia, which Ukraine said it retook": a "which" with its own
                // subject holds the speaker.
                || phrase.strip_prefix("which ").is_some_and(|rest| {
                    let verb = rest.split(' ').next().unwrap_or("");
                    verb.ends_with("ed")
                        || ["was", "were", "is", "are", "has", "had", "have"].contains(&verb)
                })
        };
        let before = if about_the_speaker(&before[start..]) {
            // A clause that opens with the appositive has its speaker in the clause before.
            if start == 0 {
                continue;
            }
            let earlier = before[..start].trim_end_matches(',').trim_end();
            start = phrase_start(earlier);
            earlier
        } else {
            before
        };
        // "Russia's defence ministry did not comment on the villages, but said": a verb
        // after a lone "but" or "and" shares the subject of the clause before the comma.
        let shared: String;
        let mut subject = before[start..].trim();
        if matches!(subject, "but" | "and") && start > 0 {
            let earlier = before[..start].trim_end_matches(',').trim_end();
            shared = format!("{} and", earlier[phrase_start(earlier)..].trim());
            subject = &shared;
        }
        // "Leonid Pasechnik, the Moscow-installed head of the so-called Luhansk People's
        // Republic, said": a title set off after a person's name; the speaker is both.
        // The title may go without its article: "Vadym Filashkin, Head of Donetsk Oblast
        // Military Administration, has reported".
        let a_title = subject.starts_with("the ")
            || (subject.contains(" of ")
                && subject
                    .split(' ')
                    .next()
                    .is_some_and(|w| SPEAKERS.contains(&w.to_lowercase().as_str())));
        let person = (start > 0 && a_title).then(|| {
            let earlier = before[..start].trim_end_matches(',').trim_end();
            earlier[phrase_start(earlier)..].trim()
        });
        // Two to four capitalised words (counted without collecting them: this runs for
        // every speaker read).
        // A phrase set before the subject ("In Russia-occupied Donetsk, the Moscow-installed
        // mayor ... said") is capitalised too, but opens with its preposition.
        let a_name = |name: &&str| {
            let mut words = 0;
            name.split_whitespace().all(|w| {
                words += 1;
                words <= 4
                    && w.starts_with(char::is_uppercase)
                    && !(words == 1 && PREPOSITIONS.contains(&w))
            }) && words >= 2
        };
        // "Pushilin, the Moscow-installed leader of Donetsk, told state TV": a name of one
        // word will do before a title with its article.
        let one_capitalised_word = |name: &&str| {
            !name.contains(' ')
                && name.starts_with(char::is_uppercase)
                && !name.ends_with("ly")
                && ![
                    "However",
                    "Meanwhile",
                    "Still",
                    "Also",
                    "Later",
                    "Earlier",
                    "Instead",
                    "Elsewhere",
                    "Overall",
                    "Nevertheless",
                    "Moreover",
                    "Yet",
                    "Now",
                    "Then",
                    "Today",
                    "Yesterday",
                ]
                .contains(name)
        };
        let a_role = subject.contains(" of ")
            || subject.rsplit(' ').next().is_some_and(|w| {
                [
                    "leader",
                    "head",
                    "governor",
                    "mayor",
                    "commander",
                    "chief",
                    "minister",
                    "president",
                    "spokesman",
                    "spokeswoman",
                    "spokesperson",
                    "adviser",
                    "advisor",
                ]
                .contains(&w)
            });
        let person = person.filter(|name| {
            a_name(name) || (subject.starts_with("the ") && a_role && one_capitalised_word(name))
        });
        // "DeepState, a Ukrainian monitoring group with close ties to the military, said":
        // an indefinite appositive describes the name before it, which is the speaker; one
        // headed by a title, or a short one, is the speaker's role ("Eduard Basurin, a rebel
        // military spokesman").
        if let Some(role) = subject
            .strip_prefix("a ")
            .or_else(|| subject.strip_prefix("an "))
            .filter(|_| start > 0)
        {
            let earlier = before[..start].trim_end_matches(',').trim_end();
            let name = earlier[phrase_start(earlier)..].trim();
            if a_name(&name) || one_capitalised_word(&name) {
                // "a spokesman for Ukraine's eastern command": a role headed by a title.
                let titled = role
                    .split(' ')
                    .take_while(|w| !matches!(*w, "for" | "of" | "with" | "in"))
                    .last()
                    .is_some_and(|head| SPEAKERS.contains(&head));
                return Some(if titled || role.split(' ').count() <= 3 {
                    format!("{name}, {role}")
                } else {
                    name.to_string()
                });
            }
        }
        // "the Donetsk regional governor, Pavlo Kyrylenko, said": the title before the name.
        let title = (start > 0 && a_name(&subject))
            .then(|| {
                let earlier = before[..start].trim_end_matches(',').trim_end();
                earlier[phrase_start(earlier)..].trim()
            })
            .and_then(|title| {
                title
                    .strip_prefix("the ")
                    .or_else(|| title.strip_prefix("The "))
            })
            .filter(|title| title.split_whitespace().count() <= 6);
        // "... remain in Mariupol but Pushilin claimed": the subject follows the last
        // conjunction (found word by word: a substring search per conjunction and verb
        // cost more than the rest of the speaker's reading); "a town that Russia said it had
        // taken" follows its relative pronoun. In a relative clause only a verb of saying
        // names a speaker: "a corridor that Putin had urged the rebels to open" claims
        // nothing.
        let mut offset = 0;
        let mut after_conjunction = None;
        let mut relative = false;
        let mut previous_capitalised = false;
        let mut timed = false;
        let mut words = subject.split(' ').peekable();
        while let Some(word) = words.next() {
            // "the Joint Center for Control and Coordination": an "and" inside a name.
            let inside_a_name = word == "and"
                && previous_capitalised
                && words
                    .peek()
                    .is_some_and(|next| next.starts_with(char::is_uppercase));
            if offset > 0
                && !inside_a_name
                && matches!(word, "but" | "and" | "while" | "as" | "that")
            {
                after_conjunction = Some(offset + word.len());
                relative = word == "that";
            }
            // "The strike came days after Ukraine's deputy prime minister urged": a verb in
            // a clause of time says when, and names no speaker of the sentence.
            if offset > 0 && matches!(word, "after" | "before" | "when" | "since") {
                timed = true;
            }
            previous_capitalised = word.starts_with(char::is_uppercase);
            offset += word.len() + 1;
        }
        if (relative && !SAYING.contains(&m.as_str())) || timed {
            continue;
        }
        if let Some(at) = after_conjunction.filter(|&at| at < subject.len()) {
            subject = subject[at..].trim();
        }
        // "in one of the regions Putin claimed": a noun right before the verb's subject is a
        // relative clause's antecedent, and the verb claims nothing said.
        static ANTECEDENT_BEFORE_SUBJECT: Lazy<Regex> = Lazy::new(|| {
            crate::words::regex(
                r"^(?:in|at|on|of|from|near|for|with|to)\s+(?:one\s+of\s+)?(?:the|a|an)\s+(?:[a-z-]+\s+){0,2}[a-z]+\s+\p{Lu}",
            )
        });
        if ANTECEDENT_BEFORE_SUBJECT.is_match(subject) {
            continue;
        }
        // "In Balakliia, which Ukraine said it liberated": the speaker of a relative clause
        // follows its pronoun.
        // "Russian forces continued their attacks on Bakhmut and claimed": the speaker is the
        // subject of the first verb, the words before it that name someone.
        if let Some(head) = subject
            .strip_suffix(" and")
            .or_else(|| subject.strip_suffix(" but"))
        {
            let named = head
                .split(' ')
                .take_while(|w| {
                    w.starts_with(char::is_uppercase)
                        || SPEAKERS.contains(&w.to_lowercase().as_str())
                        || matches!(
                            *w,
                            "the"
                                | "its"
                                | "their"
                                | "of"
                                | "forces"
                                | "troops"
                                | "defence"
                                | "defense"
                                | "foreign"
                                | "general"
                        )
                })
                .map(|w| w.len() + 1)
                .sum::<usize>();
            subject = head[..named.saturating_sub(1).min(head.len())].trim();
        }
        // "raised the flag over Izium on Saturday, a day after Russia's defence ministry
        // announced it was regrouping": a verb in a clause of time or cause says when or why,
        // and its speaker claims nothing of the main clause.
        if subject.split(' ').take(4).any(|w| {
            ["after", "before", "until", "because", "when"]
                .iter()
                .any(|c| w.eq_ignore_ascii_case(c))
        }) {
            continue;
        }
        for lead in [
            "but ",
            "But ",
            "and ",
            "And ",
            "while ",
            "While ",
            "although ",
            "Although ",
            "though ",
            "instead ",
            "Instead ",
            "in what ",
            "which ",
            "where ",
            "whom ",
            "As ",
            "as ",
        ] {
            subject = subject.strip_prefix(lead).unwrap_or(subject).trim();
        }
        // "Late last week Russia claimed": a time phrase that opens the sentence is not
        // part of the speaker.
        if let Some(m) = LEADING_TIME.find(subject) {
            subject = subject[m.end()..].trim();
        }
        // "Russian state media had claimed", "The Kremlin has repeatedly claimed": the
        // auxiliary and the adverbs before the verb are not part of the speaker.
        while let Some((rest, last)) = subject.rsplit_once(' ') {
            let before_the_verb = matches!(
                last,
                "had"
                    | "has"
                    | "have"
                    | "also"
                    | "earlier"
                    | "previously"
                    | "later"
                    | "then"
                    | "again"
                    | "already"
                    | "long"
                    | "once"
                    | "first"
            ) || (last.ends_with("ly")
                && last.starts_with(char::is_lowercase));
            if !before_the_verb {
                break;
            }
            subject = rest.trim_end();
        }
        if let Some(m) = TRAILING_TIME.find(subject).filter(|m| m.start() > 0) {
            subject = &subject[..m.start()];
        }
        let words: Vec<&str> = subject.split_whitespace().collect();
        if words.is_empty() || words.len() > 14 {
            continue;
        }
        // "No casualties were reported": a passive verb has no speaker before it.
        let passive = words.last().is_some_and(|w| {
            ["was", "were", "is", "are", "been", "be", "being"]
                .iter()
                .any(|aux| w.eq_ignore_ascii_case(aux))
        });
        // "He did not say when the withdrawal took place": no one claims by not saying.
        let negated = words.last().is_some_and(|w| {
            ["not", "never", "didn't", "didn\u{2019}t"]
                .iter()
                .any(|no| w.eq_ignore_ascii_case(no))
        });
        if passive || negated {
            continue;
        }
        if words.len() == 1
            && matches!(
                words[0].to_lowercase().as_str(),
                "he" | "she" | "it" | "they" | "who" | "which" | "that"
            )
        {
            return None;
        }
        let s = words.join(" ");
        let s = s.trim_start_matches("the ").trim_start_matches("The ");
        // A named speaker, or a short description of one ("officials", "the army", "a
        // spokesperson for the brigade": the noun before "for" or "of" heads the phrase).
        let is_speaker = |w: &&str| SPEAKERS.contains(&w.to_lowercase().as_str());
        let head = words
            .iter()
            .take_while(|w| !matches!(**w, "for" | "of" | "with" | "at" | "in"))
            .last();
        let speaker_noun = words.last().is_some_and(is_speaker);
        let speaker_head = words.len() <= 8 && head.is_some_and(is_speaker);
        if s.chars().any(char::is_uppercase) || (words.len() <= 4 && speaker_noun) || speaker_head {
            return Some(match (person, title) {
                (Some(name), _) => format!("{name}, {s}"),
                (None, Some(title)) => format!("{s}, {title}"),
                (None, None) => s.to_string(),
            });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_speaker_of_a_participle_of_saying_is_the_subject_before_it() {
        let cases: &[(&str, Option<&str>)] = &[
            ("Russian troops claimed the capture of Toretsk on Feb. 8 \u{2014} a claim Ukraine's General Staff rejected,", Some("Ukraine's General Staff")),
            ("Ukraine's military denied the report,", Some("Ukraine's military")),
            ("The regional governor said on Monday,", Some("regional governor")),
            ("Russian troops shelled the town overnight,", None),
            ("Ukrainian troops held the line, they said,", None),
        ];
        for (before, speaker) in cases {
            assert_eq!(
                participle_speaker(before).as_deref(),
                *speaker,
                "{before:?}"
            );
        }
    }

    #[test]
    fn claimants() {
        // (sentence, its speaker)
        let cases: &[(&str, Option<&str>)] = &[
            ("Two people were killed in Kharkiv, the head of the regional military administration said.", Some("head of the regional military administration")),
            ("Six people were injured, according to the regional governor Vadym Filashkin.", Some("regional governor Vadym Filashkin")),
            ("\"It is hard,\" a spokesperson for the brigade told the Kyiv Independent, adding that the town had been shelled.", Some("a spokesperson for the brigade")),
            ("Pushilin, the Moscow-installed leader of Donetsk, told state TV that Russian troops had entered Pokrovsk.", Some("Pushilin, Moscow-installed leader of Donetsk")),
            ("The Kremlin has repeatedly claimed that its forces captured Krasnohorivka.", Some("Kremlin")),
            ("However, the head of the city administration said that shelling hit Kostiantynivka.", Some("head of the city administration")),
            ("In October 2024, OHCHR recorded 574 civilian casualties in Ukraine: 164 killed and 410 injured.", Some("OHCHR")),
            ("A video recorded by residents shows shelling in Kupiansk.", None),
            ("Ukrainian troops have been encircled near Ilovaysk for several days, volunteer battalion commanders said.", Some("volunteer battalion commanders")),
            ("A soldier from the 47th Brigade, who gave only his call sign, said Russian troops had attacked Robotyne.", Some("A soldier from the 47th Brigade")),
            ("The 3rd Assault Brigade, which was sent to reinforce Avdiivka last week, said it had faced Russian attacks.", Some("3rd Assault Brigade")),
            ("Russian troops have moved into Toretsk's city center, according to Ukrainian military bloggers.", Some("Ukrainian military bloggers")),
            ("Russian forces captured Kurakhove, according to Russian war bloggers.", Some("Russian war bloggers")),
            ("Russia's Defense Ministry said in its daily briefing.", Some("Russia's Defense Ministry")),
            ("Russia's defence ministry did not comment on the villages, but said on Saturday its forces had repelled attacks.", Some("Russia's defence ministry")),
            ("The Ukrainian military fired 40 rounds at Donetsk on Monday, the DPR mission to the Joint Center for Control and Coordination (JCCC) said.", Some("DPR mission to the Joint Center for Control and Coordination (JCCC)")),
            ("DeepState, a Ukrainian monitoring group with close ties to the military, said Russian units had advanced near Bahatyr.", Some("DeepState")),
            ("Oleksandr Syrskyi, a veteran commander, said the troops had withdrawn.", Some("Oleksandr Syrskyi, veteran commander")),
            ("Russian forces encircled Ukrainian units in Hirske on Thursday, according to a statement by the Luhansk People's Republic militia.", Some("Luhansk People's Republic militia")),
            ("Two villages were taken, according to a Telegram post from the 93rd Brigade.", None),
            ("Ukrainian troops raised the flag over Izium on Saturday, a day after Russia's defence ministry announced it was regrouping its forces.", None),
            ("After the ministry said the town had fallen, Ukraine's General Staff denied it.", Some("Ukraine's General Staff")),
            ("\u{201c}The losses are painful,\u{201d} said Zelenskiy.", Some("Zelenskiy")),
            ("Troops left the city.", None),
            ("Zelenskiy, speaking to reporters in Kharkiv, said two people were killed in a strike.", Some("Zelenskiy")),
            ("speaking to reporters in Kharkiv, said two people were killed in a strike.", None),
            ("Ukrainian troops came under fire as they tried to leave through a corridor that Putin had urged the rebels to open.", None),
            ("Russian forces shelled Vovchansk, a town that Kyiv says it holds.", Some("Kyiv")),
            ("Leonid Pasechnik, the Moscow-installed head of the so-called Luhansk People's Republic, said two people were injured.", Some("Leonid Pasechnik, Moscow-installed head of the so-called Luhansk People's Republic")),
            ("The strike hit a school, Ihor Terekhov, the mayor, said.", Some("Ihor Terekhov, mayor")),
            ("Residents of Artemivsk, north of Debaltseve, said they had heard explosions.", Some("Residents of Artemivsk")),
            ("Volunteers in Pokrovsk, about 10 km west of the front, said shelling had intensified.", Some("Volunteers in Pokrovsk")),
            ("Elsewhere, Russian forces continued their attacks on Bakhmut and claimed to have seized Krasna Hora.", Some("Russian forces")),
            ("In Balakliia, which Ukraine said it retook on Thursday, shops reopened.", Some("Ukraine")),
            ("after a 224-day battle, a claim Ukraine denied.", None),
            ("Russian troops have captured nine villages, according to the Russian defence ministry.", Some("Russian defence ministry")),
            ("Ukrainian forces have advanced near Bakhmut, according to the commander of Ukraine's ground forces, Oleksandr Syrskyi.", Some("commander of Ukraine's ground forces, Oleksandr Syrskyi")),
            ("Ukrainian forces have advanced near Bakhmut, according to the head of the Wagner group.", Some("head of the Wagner group")),
            ("In Russia-occupied Donetsk, the Moscow-installed mayor Alexei Kulemzin said Ukrainian shelling killed one person.", Some("Moscow-installed mayor Alexei Kulemzin")),
            ("At least 50 people were killed when a missile hit the station, officials say.", Some("officials")),
            ("Russian troops pounded Kramatorsk overnight, the Donetsk regional governor, Pavlo Kyrylenko, said Monday.", Some("Pavlo Kyrylenko, Donetsk regional governor")),
            ("While Ukrainian officials said Saturday that thousands of Russian troops were encircled in Lyman, Moscow said nothing.", Some("Ukrainian officials")),
            ("Ukrainian troops also struck Donetsk with HIMARS rockets, damaging a school, according to the city's mayor Alexei Kulemzin.", Some("city's mayor Alexei Kulemzin")),
            ("Russian bombs killed three people in Kostiantynivka, Vadym Filashkin, Head of Donetsk Oblast Military Administration, has reported.", Some("Vadym Filashkin, Head of Donetsk Oblast Military Administration")),
            ("The regional governor, Serhiy Haidai, said the situation had worsened overnight.", Some("Serhiy Haidai, regional governor")),
            ("Separately, the insurgents claimed to have shot down a Ukrainian Su-25 jet near Snizhne on Monday.", Some("insurgents")),
            ("No casualties were reported.", None),
            ("Russian state media had claimed the capture on May 5.", Some("Russian state media")),
            ("IZIUM, Ukraine (AP) \u{2014} Ukrainian authorities said Friday they found graves.", Some("Ukrainian authorities")),
            ("Kotlyne came under heavy Russian fire for weeks before the claimed capture.", None),
            ("Separately, the governor of Donetsk region, Pavlo Kyrylenko, said Russian shelling killed three civilians.", Some("Pavlo Kyrylenko, governor of Donetsk region")),
            ("Late last week Russia claimed it had captured Ocheretyne.", Some("Russia")),
            ("Hours later Russia's defence minister Sergei Shoigu reported to President Vladimir Putin that the town had been taken.", Some("Russia's defence minister Sergei Shoigu")),
            ("On May 20 the Wagner chief claimed the capture of the city.", Some("Wagner chief")),
            ("On Sunday the governor said two people were killed.", Some("governor")),
            ("KYIV, Oct 2 (Reuters) - Ukraine's military said on Wednesday it withdrew.", Some("Ukraine's military")),
            ("Troops liberated Klishchiivka, the commander of the Ground Forces, Oleksandr Syrskyi, said on Sept. 17.", Some("Oleksandr Syrskyi, commander of the Ground Forces")),
            ("Russian forces pressed on but made no confirmed advances.", None),
            ("Troops pressed on Kupiansk, according to the Institute for the Study of War.", Some("Institute for the Study of War")),
            ("Russian troops advanced near Kurakhove, according to analysts.", Some("analysts")),
            ("The shelling went on overnight, according to local residents.", Some("local residents")),
            ("The village was shelled, local officials said.", Some("local officials")),
            ("It is unclear how many soldiers remain but Pushilin claimed Wednesday that none did.", Some("Pushilin")),
            ("He did not say when the withdrawal took place.", None),
            ("Russian forces recently made confirmed advances and likely captured Berdychi, the Institute for the Study of War (ISW) said in its Feb. 28 assessment.", Some("Institute for the Study of War (ISW)")),
            ("ISW did not observe confirmation of Russian claims that Russian forces seized Orlivka.", None),
            ("The Kremlin never confirmed the capture.", None),
        ];
        for (sentence, speaker) in cases {
            assert_eq!(claimant(sentence).as_deref(), *speaker, "{sentence:?}");
        }
    }

    #[test]
    fn quantities_and_counts() {
        assert_eq!(
            harmed("A 54-year-old man and a 60-year-old woman were killed."),
            (None, Some(2))
        );
        assert_eq!(
            harmed("At least 53 Ukrainian prisoners of war were killed and 75 wounded."),
            (Some(75), Some(53))
        );
        let q = quantity("some 1,730 Ukrainian soldiers have surrendered").unwrap();
        assert_eq!(
            (q.text.as_str(), q.value),
            ("some 1,730 Ukrainian soldiers", 1730)
        );
        assert_eq!(captured(EventType::Surrender, Some(&q)), Some(1730));
        // "On June 12, Ukrainian defenders": the day of a date is no count.
        assert!(quantity("On June 12, Ukrainian defenders liberated the village.").is_none());
        assert_eq!(captured(EventType::Strike, Some(&q)), None);
        assert!(quantity(
            "The city, which had about 70,000 residents before the war, is in ruins."
        )
        .is_none());
        assert_eq!(
            quantity("The town, home to 14,000 people, saw 300 residents evacuated.")
                .map(|q| q.value),
            Some(300)
        );
        // A model number is not a count.
        assert!(quantity("Russian troops hit a private house with S-300 missiles.").is_none());
        // Weapons by their kind and model.
        let q = quantity("Russia launched 4 Iskander-M ballistic missiles overnight").unwrap();
        assert_eq!(
            (q.text.as_str(), q.value),
            ("4 Iskander-M ballistic missiles", 4)
        );
        assert_eq!(
            quantity("Russia dropped 12 guided aerial bombs on Kharkiv").map(|q| q.value),
            Some(12)
        );
        let q = quantity("dozens of civilians were killed").unwrap();
        assert_eq!(q.value, 12);
        assert_eq!(harmed("dozens of civilians were killed"), (None, Some(12)));
        let q = quantity("52 severely injured soldiers").unwrap();
        assert_eq!(q.value, 52);
        assert_eq!(
            harmed("including 52 severely injured soldiers"),
            (Some(52), None)
        );
    }

    #[test]
    fn tolls_are_read_from_the_words_that_tell_them() {
        for (sentence, expected) in [
            ("The strike killed two people and wounded five.", (Some(5), Some(2))),
            // Two groups joined by "and" are one toll; a day before its month is no count.
            ("Separatists said at least three of their fighters and two civilians were killed.", (None, Some(5))),
            ("Two soldiers and three civilians were killed in Bakhmut.", (None, Some(5))),
            ("Shelling on 5 March and two civilians were killed.", (None, Some(2))),
            ("In Donetsk and Luhansk regions: 10,054 casualties (4,126 killed and 5,928 injured).", (Some(5928), Some(4126))),
            ("Glide bombs hit Zolochiv, killing a 72-year-old man.", (None, Some(1))),
            ("A missile strike on a hotel on Aug. 24 killed a Reuters adviser.", (None, None)),
            ("A strike on March 3 killed 5 people.", (None, Some(5))),
            ("A 67-year-old woman was killed and a man was wounded in shelling.", (Some(1), Some(1))),
            ("At least 30 people, including three children, were killed when a rocket hit the market.", (None, Some(30))),
            ("A guided bomb killed a 45-year-old woman and her 12-year-old daughter.", (None, Some(2))),
            ("Ukrainian forces eliminated 270 occupiers and wounded 150.", (Some(150), Some(270))),
            ("The army put enemy losses at about 12,500 killed and wounded.", (None, None)),
            // Each count stays with its own word, and the ways a toll is told.
            ("The attack on Pokrovsk left two dead and 12 wounded.", (Some(12), Some(2))),
            ("The shelling left 12 wounded and two dead.", (Some(12), Some(2))),
            ("One person was killed and another injured when a drone hit a car.", (Some(1), Some(1))),
            ("A 14-year-old boy was among the dead after a glide bomb hit Kharkiv.", (None, Some(1))),
            ("The death toll from the strike on Kostiantynivka's market rose to 16.", (None, Some(16))),
            ("The number of people killed in Friday's missile strike on the railway station in Kramatorsk has risen to 57.", (None, Some(57))),
            ("The strike claimed the lives of five people, including a child.", (None, Some(5))),
            // The people counted may be described between dashes.
            ("Two civilians \u{2013} a 61-year-old man and a 47-year-old woman \u{2013} were injured.", (Some(2), None)),
            // A toll told after another count is the total.
            ("Rescuers pulled two more bodies from the rubble, bringing the death toll to 12.", (None, Some(12))),
            ("Another person died in hospital.", (None, Some(1))),
            ("Russian shelling killed a man and injured his wife in Kupiansk.", (Some(1), Some(1))),
            ("The strike killed a woman, injuring her 10-year-old son.", (Some(1), Some(1))),
        ] {
            assert_eq!(harmed(sentence), expected, "{sentence}");
        }
    }

    #[test]
    fn verification_by_the_outlet_confirms() {
        let v = Verification::read(
            [
                "Troops entered the town on Friday, according to video the BBC was able to verify.",
                "The army says shelling continued.",
            ]
            .into_iter(),
        );
        assert_eq!(v.of_sentence(0), Verified::Yes);
        assert_eq!(v.of_sentence(1), Verified::Unknown);
    }

    #[test]
    fn verification_covers_earlier_claims() {
        let v = Verification::read(
            [
                "Troops were encircled, he claimed.",
                "Fox News could not independently verify these allegations.",
                "Later, shelling resumed.",
            ]
            .into_iter(),
        );
        assert_eq!(v.of_sentence(0), Verified::No);
        assert_eq!(v.of_sentence(1), Verified::No);
        assert_eq!(v.of_sentence(2), Verified::Unknown);
    }

    #[test]
    fn verification_in_a_report_covers_that_report_only() {
        let v = Verification::read(
            [
                "Shelling killed two people in Kupiansk, the governor said.",
                "The army said 54 clashes took place.",
                "Russian troops advanced near Nevske, ISW said, citing geolocated footage.",
                "The claim could not be independently verified.",
            ]
            .into_iter(),
        );
        assert_eq!(v.of_sentence(0), Verified::Unknown);
        assert_eq!(v.of_sentence(1), Verified::Unknown);
        assert_eq!(v.of_sentence(2), Verified::Yes);
        assert_eq!(v.of_sentence(3), Verified::No);
    }

    #[test]
    fn a_statement_naming_a_place_covers_the_claim_about_it_only() {
        let v = Verification::read(
            [
                "Russian troops have entered the outskirts of Kurakhove, a soldier said.",
                "He said Russian forces had captured the village of Voznesenka in late October.",
                "The Ukrainian General Staff did not confirm the loss of Voznesenka.",
            ]
            .into_iter(),
        );
        assert_eq!(v.of_sentence(0), Verified::Unknown);
        assert_eq!(v.of_sentence(1), Verified::No);
        // Who checked is no place of the claim, though a byline names it too.
        let v = Verification::read(
            [
                "By The Kyiv Independent news desk",
                "The General Staff said its forces struck a depot near Rovenky overnight.",
                "The Kyiv Independent could not verify the claim.",
            ]
            .into_iter(),
        );
        assert_eq!(v.of_sentence(0), Verified::Unknown);
        assert_eq!(v.of_sentence(1), Verified::No);
    }

    #[test]
    fn the_other_side_confirming_a_loss_verifies_the_claim() {
        let v = Verification::read(
            [
                "Russian forces captured Novohrodivka on Monday, Moscow said.",
                "Ukraine's military acknowledged the loss of Novohrodivka.",
            ]
            .into_iter(),
        );
        assert_eq!(v.of_sentence(0), Verified::Yes);
        let v = Verification::read(
            ["Russian forces captured Novohrodivka, a claim confirmed by Ukraine's General Staff."]
                .into_iter(),
        );
        assert_eq!(v.of_sentence(0), Verified::Yes);
    }

    #[test]
    fn a_report_not_immediately_verified_is_unverified() {
        let v = Verification::read(
            [
                "Russia said it had captured Vuhledar.",
                "Reuters could not immediately verify the battlefield reports.",
            ]
            .into_iter(),
        );
        assert_eq!(v.of_sentence(0), Verified::No);
    }

    #[test]
    fn an_appositive_about_its_own_claim_covers_its_sentence_only() {
        let v = Verification::read(
            [
                "Troops withdrew from the Kanal microdistrict in early July.",
                "The ministry claimed its forces had reached the canal, a claim CNN could not verify.",
            ]
            .into_iter(),
        );
        assert_eq!(v.of_sentence(0), Verified::Unknown);
        assert_eq!(v.of_sentence(1), Verified::No);
    }

    #[test]
    fn verification_of_one_item_covers_the_sentence_that_shows_it() {
        let v = Verification::read(
            [
                "Ukraine's military said it had withdrawn from Vuhledar.",
                "Bloggers posted video showing a flag on a building.",
                "Reuters could not independently verify the footage.",
            ]
            .into_iter(),
        );
        assert_eq!(v.of_sentence(0), Verified::Unknown);
        assert_eq!(v.of_sentence(1), Verified::No);
    }

    #[test]
    fn a_denial_of_the_claim_reaches_past_a_sentence_that_reports_nothing() {
        let v = Verification::read(
            [
                "Russia's Defense Ministry announced on Saturday that its forces had fully liberated Toretsk.",
                "The ministry said the operation had been carried out by the 51st Army.",
                "Ukraine's Khortytsia group of forces denied the claim, saying that fighting continued.",
            ]
            .into_iter(),
        );
        assert_eq!(v.of_sentence(0), Verified::Disputed);
    }

    #[test]
    fn a_denial_disputes_the_claim_before_it_not_its_own_account() {
        let v = Verification::read(
            [
                "Russian forces shelled Kupiansk on Monday.",
                "Russia's defence ministry claimed on Thursday that its troops had captured Chasiv Yar.",
                "Ukraine's military denied the claim, saying fighting continued in the town.",
                "Ukraine said it had retaken Robotyne, a claim Moscow rejected.",
                "Russian troops attacked near Chasiv Yar 15 times, the military said.",
                "Moscow claimed its forces had encircled soldiers near Krasnohorivka, but Kyiv dismissed the report as propaganda.",
            ]
            .into_iter(),
        );
        let got: Vec<Verified> = (0..6).map(|i| v.of_sentence(i)).collect();
        assert_eq!(
            got,
            [
                Verified::Unknown,
                Verified::Disputed,
                Verified::Unknown,
                Verified::Disputed,
                Verified::Unknown,
                Verified::Disputed
            ]
        );
        // Denying that something happened, in the claim's own sentence, is a negation.
        let v = Verification::read(["Ukraine denied that Soledar had fallen."].into_iter());
        assert_eq!(v.of_sentence(0), Verified::Unknown);
        // A relative clause of denial names any denier, not only a country.
        let v = Verification::read(
            ["The militants claimed that several hundred soldiers had surrendered, which the General Staff denied."]
                .into_iter(),
        );
        assert_eq!(v.of_sentence(0), Verified::Disputed);
    }
}
