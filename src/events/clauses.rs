//! Clauses and their triggers: where a sentence divides, which trigger names the clause's
//! happening, and whether the clause reports it, plans it, denies it or only imagines it.

use super::triggers::{EventType, TRIGGERS};
use super::Status;
use once_cell::sync::Lazy;
use regex::{Regex, RegexSet};
use std::ops::Range;

fn trigger_pattern(t: &super::triggers::Trigger) -> String {
    crate::words::ascii_boundaries(&format!("(?i){}", t.pattern))
}

static COMPILED: Lazy<Vec<Regex>> = Lazy::new(|| {
    TRIGGERS
        .iter()
        .map(|t| Regex::new(&trigger_pattern(t)).expect("trigger patterns are valid"))
        .collect()
});

/// The lazy DFA cache of the set of all triggers, in bytes. The regex crate's default (2
/// MiB) holds too few of the set's states: past a few hundred alternatives the automaton is
/// rebuilt over and over (callgrind: `determinize` at 90 instructions per input byte).
const TRIGGER_DFA_CACHE: usize = 16 << 20;

/// Every trigger at once: one pass says which rows can fire in a clause, and most clauses
/// have none.
static ANY_TRIGGER: Lazy<RegexSet> = Lazy::new(|| {
    regex::RegexSetBuilder::new(TRIGGERS.iter().map(trigger_pattern))
        .dfa_size_limit(TRIGGER_DFA_CACHE)
        .build()
        .expect("trigger patterns are valid")
});

/// The participles that open a reduced relative clause after a place's name: "a forest
/// near Izium, recaptured from Russian forces last week" is a happening of its own, at the
/// name before it and at its own time (the `past_participle` break of [`CLAUSE_BREAK`]).
pub const REDUCED_RELATIVE_PARTICIPLES: &[&str] = &[
    "recaptured",
    "retaken",
    "liberated",
    "captured",
    "seized",
    "taken",
    "occupied",
    "abandoned",
];

/// Whether `text` opens with a reduced relative clause ("recaptured from Russian forces
/// last week"), after any comma and spaces.
pub fn opens_a_reduced_relative(text: &str) -> bool {
    let mut words = text.trim_start_matches([',', ' ']).split(' ');
    words
        .next()
        .is_some_and(|w| REDUCED_RELATIVE_PARTICIPLES.contains(&w))
        && words
            .next()
            .is_some_and(|w| ["by", "from", "in", "on", "last", "earlier", "this"].contains(&w))
}

/// Where a sentence divides into clauses that can each report their own happening. A
/// participle after a comma (", killing two civilians") and the subject after "as" ("as it
/// retreated"), ", and" (", and Ukrainian forces retook it") or "since" ("evacuated since
/// Russia launched its offensive") or "before" ("seized Pishchane before Ukrainian troops
/// retook it") start the next clause; "and that" starts a second
/// reported clause ("claimed that troops had surrendered and that his fighters had taken
/// the town"), a second verb of war after "and" a second happening of the same subject
/// ("shelled Kupiansk on Monday and captured Kivsharivka on Tuesday"), and "under constant
/// shelling" the shelling that goes on while the main clause happens ("continue evacuating
/// residents of Vovchansk under constant shelling"), as does a cause after "because of" or
/// "due to" ("Evacuation is not possible because of constant shelling": the evacuation is
/// what did not happen). Not "amid": "advanced amid continued offensive operations" tells
/// one happening.
static CLAUSE_BREAK: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        &r"(?i);|:\s|,\s+but\s|\s+but\s|,?\s+while\s|\s+whereas\s|\s+after\s|\s+because\s+of\s|\s+due\s+to\s|,\s+and\s+(?P<and_lead>then\s+|(?:on|by|late\s+on|early\s+on|later\s+on)\s+[A-Za-z0-9]+(?:\s+[A-Za-z0-9]+)?,?\s+)?(?P<and_subject>(?:a|an|the|it|they|he|she|we|Russian|Ukrainian|Russia|Ukraine|Kyiv|Moscow|fighting|clashes|shelling|explosions|heavy|fierce|intense|street|urban|sporadic|rebels|separatists|troops|forces|soldiers|officials)\b|(?-i:[A-Z])[a-z'-]+\s+(?:was|were|fell|had\s+fallen|has\s+fallen)\b)|,\s+where\s|,\s+(?:though|although)\s|,\s+and\s+(?:also\s+)?(?:claimed|said|added|reported|announced|insisted|stated)\s+(?:that\s+)?|,\s+(?P<which>which|(?:a|the)\s+(?:[a-z-]+\s+){0,2}?(?:town|city|village|hub|settlement|stronghold)\s+(?:that|which))\s+(?:(?:it|they|Russia|Ukraine|Moscow|Kyiv|rebels|separatists|the\s+rebels|the\s+separatists|(?:Russian|Ukrainian)\s+(?:forces|troops|units))\s+(?:had\s+|have\s+|has\s+)?(?:recaptured|retook|captured|took|seized|liberated|entered|stormed|abandoned|lost)|(?:was|were|had\s+been|has\s+been)\s+(?:recaptured|retaken|captured|taken|seized|liberated|abandoned|lost)\s+(?:by|from|on|in|last|earlier|this)\b|(?:has|have|had)\s+been\s+(?:(?:almost|nearly|repeatedly|regularly)\s+)?(?:under\s+(?:(?:near-constant|constant|heavy|intense|daily|continuous|relentless|Russian)\s+)?(?:assault|attack|fire|shelling|siege|bombardment)|shelled|struck|hit|attacked|bombarded|pounded|targeted|besieged|encircled|surrounded)|(?:was|were)\s+(?:shelled|struck|hit|attacked|bombarded|pounded|targeted)\s+(?:by|on|in|last|earlier|this|overnight|again)\b)\b|,\s+(?P<past_participle>(?:PAST_PARTICIPLES)\s+(?:by|from|in|on|last|earlier|this)\b)|\s+and\s+(?P<and_count>\d[\d,]*\s+(?:more\s+)?(?:were\s+)?(?:captured|taken\s+prisoner)\b|captur(?:ed|ing)\s+(?:another\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens|hundreds)\b|(?:thousands|hundreds|dozens|tens\s+of\s+thousands)\s+of\s+(?:civilians|residents|people)\s+(?:have\s+|had\s+)?(?:fled|left)\b)|,\s+with\s+(?P<with_subject>(?:[A-Za-z-]+\s+){1,3}?(?:claiming|saying|reporting|continuing|pressing|advancing|attacking|pushing|holding|trying)\b)|,\s+(?P<participle>\w+ing)\b|\s+as\s+(?P<subject>(?:it|they|he|she|we|the|its|their|Russian|Ukrainian|Russia|Ukraine|Moscow|Kyiv|Kiev|pro-Russian|pro-Moscow|Russian-backed|separatists|rebels|troops|forces|soldiers|officials|authorities|residents|civilians|(?:(?:fierce|heavy|intense|street|urban|renewed|ongoing|continued)\s+){0,2}(?:fighting|shelling|clashes|battles)))\b|\s+and\s+that\s|\s+before\s+(?P<before_subject>(?:it|they|the|its|their|Russian|Ukrainian|Russia|Ukraine|Moscow|Kyiv|Kiev|troops|forces|soldiers)\s+(?:[a-zA-Z]+\s+){0,2}?(?:had\s+|was\s+|were\s+)?(?:[a-z]+ed|retook|took|fled|withdrew|fell|struck|hit|broke|overran|drove)\b)|\s+(?P<under>under)\s+(?:(?:constant|heavy|intense|continuous|continued|daily|relentless|ongoing|incessant|enemy|Russian|Ukrainian)\s+){0,2}(?:shelling|bombardment|shellfire|artillery\s+fire)\b|\s+and\s+(?:(?:had|has|have)\s+been\s+|(?:had|has|have)\s+(?:also\s+)?|(?:were|was|are|is)\s+(?:now\s+|also\s+|still\s+)?)?(?:began\s+|begun\s+|started\s+)?[\x22\u201c]?(?P<and_verb>(?:captured|capturing|seized|seizing|taking|pushed|launched|launching|reached|reaching|counter-?attacked|regained|repulsed|shelled|struck|attacked|retook|recaptured|liberated|destroyed|withdrew|encircled|surrounded|bombed|evacuated|repelled|pounded|entered|stormed|advanced|advancing|attacking|storming|fighting|battling|shelling|pressing|pushing|bombarding|pounding|retreating|withdrawing|trying|attempting|seeking|clearing|improved)\b)|\s+since\s+(?P<since_subject>(?:Russia|Ukraine|Moscow|Kyiv|it|they|(?:Russian|Ukrainian)\s+(?:forces|troops)|(?:the|a|an)\s+(?:[a-z-]+\s+){0,2}?(?:offensive|counteroffensive|counter-offensive|invasion|war|operation|assault|attack|incursion|battle|fighting|escalation|ceasefire|truce)|(?-i:[A-Z])[a-z'-]+)\s+(?:had\s+|has\s+|was\s+|were\s+)?(?:\w+ed|began|took|went|broke|fell|struck|hit|overran)\b)"
            .replace("PAST_PARTICIPLES", &REDUCED_RELATIVE_PARTICIPLES.join("|")),
    )
});
/// A sentence-initial adverbial phrase ("Following the recapture of Kharkiv region, ...")
/// is a clause of its own: its happening is not the main clause's.
static LEADING_PHRASE: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"^(?:Following|After|Before|Despite|Amid|Since|Despite|In the wake of|Since)\b[^,]{3,120},\s",
    )
});
/// Before a surrender, the terms offered for it: "would let the soldiers leave if they",
/// "promised to spare those who".
static TERMS_BEFORE: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)\b(?:(?:would|will)\s+(?:let|allow|spare|release|free|guarantee)|offer(?:ed|s|ing)?|promis(?:ed|es|ing))\b[^;]*\b(?:(?:if|provided|once)\s+(?:they|the\s+[a-z]+|[a-z]+)|(?:those|anyone|everyone|all)\s+who)\s+$",
    )
});
/// Words before a trigger that make it a possibility ("any withdrawal from Bakhmut would"), a
/// wish, a demand or something awaited ("killed while waiting for a humanitarian delivery"),
/// not a happening. The modal "may" is matched in lower case only: "on May 10" is a date.
static HYPOTHETICAL: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)\b(?:any|an\s+eventual|a\s+possible|a\s+potential)\s+(?:[a-zA-Z-]+\s+)?$|\b(?:could|might|(?-i:may)|should|must|(?:un)?likely\s+to|threat of|risk of|risks?\s+being|risking|in danger of|on the verge of|fears? of|fears? that|fear(?:s|ed|ing)?\s+(?:a|an|the)|threaten(?:s|ed)? to|if|unless|in order to|demanded|demands?|called on|calls on|called for|calls for|calling for|urged|need to|needs to|avoid(?:s|ed|ing)?|prevent(?:s|ed|ing)?|slow|halt|stop|thwart|ultimatums?\s+to|waiting\s+(?:for|to)|awaiting|expects?|expecting|anticipates?|predicts?|rather\s+than)\b[^,;]*$|\b(?:close|closer)\s+to\s+$|\btrain(?:s|ed|ing)?\s+(?:[a-z-]+\s+){0,3}?to\s+$|\b(?:targets?|coordinates)\s+for\s+(?:(?:Russian|Ukrainian|future|further|new|missile|drone|air|artillery)\s+){0,2}$|\bno\s+(?:immediate\s+)?(?:information|word|details|reports?|data)\s+(?:on|of|about|regarding)\s+(?:[a-zA-Z]+\s+)?$|\b(?:within|in|out\s+of)\s+(?:the\s+)?(?:range|reach)\s+of\s+(?:[a-zA-Z-]+\s+){0,2}$",
    )
});
/// "had halted Russia's advance", "stalled the offensive", "slowing the counteroffensive": a
/// happening named as stopped did not happen. Not for attacks and assaults: "stopped 35
/// attacks" and "thwarted an assault" report fighting, and so do "repelled four
/// counterattacks" (not an advance).
static STOPPED_BEFORE: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)\b(?:halted|stopped|slowed|stalled|thwarted|stemmed|halting|stopping|slowing|stalling|thwarting|stemming)\s+(?:[\w'\u2019-]+\s+){0,3}$|\b(?:repel(?:led|s|ling)?|repuls(?:ed|es|ing)|fended\s+off|beat\s+back|beaten\s+back)\s+(?:(?:an?|the|two|three|four|five|six|seven|eight|nine|ten|several|numerous|multiple|\d+|enemy|Ukrainian|Russian)\s+){0,3}$",
    )
});
/// After "entered", a time or a state, not a place: "its eighth month", "a new phase",
/// "into force", "service".
static ENTERED_NO_PLACE_AFTER: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)^\s+(?:(?:its|a|an|the|their|his|her)\s+)?(?:(?:[a-z]+(?:th|st|nd|rd)|[0-9]+(?:th|st|nd|rd)?|first|second|third|new|final|decisive|next|last|critical|active|crucial|bloodiest)\s+)?(?:months?|weeks?|days?|years?|phase|stage|round|service|force|office|politics|talks|negotiations|war|conflict)\b|^\s+into\s+(?:force|effect|service|talks|negotiations|an?\s+agreement|dialogue)\b",
    )
});
/// "were killed", "was hit": a passive verb, whose subject is its victim.
static PASSIVE_BEFORE: Lazy<Regex> =
    Lazy::new(|| crate::words::regex(r"(?i)\b(?:were|was|been|are|is|being)\s+(?:\w+\s+)?$"));
/// Right after a verb of killing, its object: prisoners ("executed three Ukrainian prisoners
/// of war").
static PRISONERS_AFTER: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(r"(?i)^\s+(?:[a-zA-Z0-9]+\s+){0,3}?(?:prisoners|POWs|captives)\b")
});
/// "... and said", "... and claimed": a second report in one clause.
static REPORT_JOIN: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(r"(?i)\s+and\s+(?:said|says|claimed|claims|added|insisted|stated)\s+")
});
/// Before "evacuate", the words of an order or appeal to leave.
static CALL_TO_LEAVE: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)\b(?:urged|urging|urges|called on|calls on|calling on|told|ordered|orders|ordering|advised|asked|appealed to)\b[^,;]*(?:\bto\s+(?:\w+\s+)?|\b(?:residents|civilians|people|families|everyone|population|inhabitants)\b[^,;]*)$",
    )
});
/// Words right after a trigger that make it a supposition: "The capture, if confirmed,
/// would give Russia ..." speaks of a capture reported elsewhere, or of none.
static HYPOTHETICAL_AFTER: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(r"(?i)^\s*,?\s*(?:if\s+(?:confirmed|true|verified|so)|would)\b")
});
/// Words before a trigger that put it in the future (or the future of a past report): a
/// plan, an aim or an expectation ("plans to encircle", "preparing for a new offensive",
/// "before an expected Russian offensive"), a choice weighed ("Ukraine weighs retreat",
/// "considering a withdrawal") or a way opened ("opens the way for Russian forces to
/// advance").
static PLANNED: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)\b(?:will|'ll|shall|would|plans? to|planned to|intends? to|wants? to|looks? to|seeks? to|aims? to|(?:seeking|aiming|planning|intending|hoping|threatening|preparing|looking) to|hopes? to|about to|expected to|set to|due to|going to|ready to|prepared to|prepar(?:e|es|ed|ing) for|prepar(?:e|es|ing)\s+(?:a|an|the|its|their)|brac(?:e|es|ed|ing) for|attempting to|attempted to|attempts? to|in\s+(?:an?\s+)?(?:effort|attempt|bid|push)\s+to|(?:debat|consider|weigh|discuss|mull)(?:ed|es|ing|s)?\s+whether\s+to|whether\s+to|(?:pushed|pushing|pushes|moved|moving|sought|sought) to|attempts?\s+by\s+[^,;]{1,40}?\s+to|trying to|try to|tries to|tried to|vow(?:s|ed)? to|pledg(?:e|es|ed) to|promis(?:e|es|ed) to|(?:goal|aim|objective|intention)\s+(?:is|was|remains)\s+to|provides?\s+for|provided\s+for|envisag(?:e|es|ed|ing)|(?:requir|oblig)(?:e|es|ed|ing)\s+[^,;]{1,40}?\s+to)\b[^,;]*$|\bfor\s+(?:a|an)\s+(?:new|possible|potential|future|fresh|renewed|planned|major|summer|spring|winter|autumn)\s+$|\b(?:mass(?:es|ed|ing)?|amass(?:es|ed|ing)?|gather(?:s|ed|ing)?|concentrat(?:e|es|ed|ing)|build(?:s|ing)?\s+up)\s+(?:[a-z]+\s+){0,3}?for\s+(?:a|an|the)\s+(?:[a-z-]+\s+)?$|\b(?:weapons|artillery|troops|forces|civilians|residents|people|children|prisoners|units|soldiers|bodies)\s+(?:are\s+|is\s+)?to\s+be\s+$|(?:^|[\s(])(?:expected|anticipated|looming|impending|imminent|possible|potential|upcoming|planned|threatened)\s+(?:(?:Russian|Ukrainian|enemy|new|major|large-scale|full-scale|spring|summer|autumn|winter)\s+){0,2}$|\b(?:weigh|consider|mull|debat|contemplat|ponder|discuss)(?:e|es|s|ed|ing)?\s+(?:(?:a|an|the|possible|potential|full|partial|tactical|its|their)\s+){0,2}$|\b(?:way|path|door|road)\s+for\s+(?:[a-zA-Z'\u2019-]+\s+){1,5}?to\s+$",
    )
});
/// "The annexation is expected to be approved", "a new evacuation attempt would be made": the
/// plan comes after the trigger noun.
static PLANNED_AFTER: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)^[^,;]{0,30}?(?:\b(?:is|are|was|were|will be)\s+(?:expected|set|due|scheduled|planned|going)\s+to\b|\b(?:is|are|was|were)\s+(?:planned|scheduled)\s+for\b|\b(?:will|shall)\b|'ll\b|\bwould\s+(?:be\s+(?:made|held|carried\s+out|organi[sz]ed|attempted)|take\s+place|begin|start|resume|go\s+ahead)\b)",
    )
});
/// After a trigger, words that say it cannot happen: "Evacuation is now impossible",
/// "evacuations from Pokrovsk were suspended", "making evacuation impossible".
static NEGATED_AFTER: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)^(?:\s+(?:from|of|in|to|for|the|civilians|residents|people|\p{Lu}[\w'\u2019-]*)){0,3}\s+(?:is|was|are|were|has\s+been|had\s+been|have\s+been|became|becomes)\s+(?:now\s+|no\s+longer\s+|still\s+)?(?:impossible|not\s+possible|no\s+longer\s+(?:possible|feasible)|blocked|suspended|halted)\b|^(?:\s+(?:of|from|via|by|through|across|over)\s+(?:the\s+)?[a-zA-Z'\u2019-]+)?\s+(?:almost\s+|virtually\s+|nearly\s+)?(?:impossible|unfeasible)\b|^(?:\s+(?:of|in)(?:\s+\p{Lu}[\w'\u2019-]*)+)?\s+(?:is|was|are|were)\s+(?:not\s+true|untrue|false|fake|a\s+(?:lie|fake|fabrication))\b|^(?:\s+(?:towards?|on|against|of|in|near)(?:\s+\p{Lu}[\w'\u2019-]*)+)?\s+(?:has|have|had)\s+(?:now\s+|largely\s+|effectively\s+)?(?:stalled|faltered|been\s+(?:stopped|halted|stalled|thwarted|repelled))\b",
    )
});
static NEGATED: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)\b(?:not|never|no|without|denied|denies|deny|refus(?:ed|es|e|ing) to|cannot|unable to|fail(?:ed|s|ing)? to|(?:has|have|had|is|are|was|were)\s+yet\s+to|dismiss(?:ed|es)?|reject(?:ed|s)?|refut(?:ed|es))\b[^,;]*$|n't\b[^,;]*$",
    )
});
/// Before a participle, words that make it an adjective: "the occupied territories", "the
/// recently recaptured city", "temporarily occupied Donetsk", "near occupied Horlivka". A
/// bare "recently" does not: "Russian forces recently advanced" reports.
static ATTRIBUTIVE_BEFORE: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)(?:\b(?:the|a|an|its|their|near|in|of|from|into|around|across|outside|inside|toward|towards|throughout|every|all|other|many|several)\s+(?:(?:recently|newly|previously)\s+)?|\b(?:temporarily|partially|partly)\s+|\w['\u2019]s\s+)$",
    )
});
/// An auxiliary and an adverb before a participle: "has been partially encircled" reports.
static PASSIVE_ADVERB_BEFORE: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)\b(?:been|is|are|was|were|be|being)\s+(?:temporarily|partially|partly)\s+$",
    )
});
/// After "the number of casualties": that it is not known ("is being clarified", the regional
/// administrations' closing line).
static TOLL_UNKNOWN_AFTER: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)^(?:\s+(?:in|at|from|of)\s+[\w'\u2019 -]{1,40}?)?\s+(?:was|is|are|were|remains|remained)\s+(?:not\s+(?:yet\s+|immediately\s+)?(?:clear|known)|unclear|unknown|(?:still\s+)?being\s+(?:established|clarified|determined|specified|verified|updated)|still\s+(?:unclear|unknown))\b",
    )
});
/// Words that follow a trigger word when it is not a happening: "infantry fighting
/// vehicle", "the 3rd Assault Brigade", "attack helicopters", "artillery production", "air
/// raid alerts", "when shelling allows".
static NOT_AN_EVENT_AFTER: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)^\s+(?:vehicles?|spirit|chance|season|range|ranges|helicopters?|production|systems?|ammunition|rounds|munitions|pieces|guns|supplies|deliveries|barrels|alerts?|sirens?|warnings?|shelters?|capabilit\w*|readiness|effectiveness|training|experience|zones?|allows?|permits?)\b",
    )
});
/// Units after a trigger noun name a kind of troops ("artillery units", "the 3rd Assault
/// Brigade"); after a verb of moving or hitting they are its object ("decided to withdraw
/// units from Avdiivka", "struck units of the 47th brigade").
static UNITS_AFTER: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(r"(?i)^\s+(?:brigades?|regiments?|battalions?|units?|groups?)\b")
});
/// "artillery positions", "assault positions": a trigger noun naming where troops stand. After
/// a verb ("shelled positions near Shyrokyne") the positions are its target.
static POSITIONS_AFTER: Lazy<Regex> = Lazy::new(|| crate::words::regex(r"(?i)^\s+positions?\b"));
/// A building or positions taken in a town, right after a verb of capture; or a part of the
/// town ("the entire eastern part of Artyomovsk", "most of the city", "the outskirts of").
static FOOTHOLD_AFTER: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)^\s+(?:(?:a|an|the|several|some|two|three|four|five|\d+)\s+)?(?:[a-z-]+\s+)?(?:positions?|police\s+stations?|buildings?|checkpoints?|trenches|dugouts?|strongpoints?)\s+(?:in|on\s+the\s+outskirts\s+of|at)\b|^\s+(?:of\s+)?(?:(?:most|much|half|parts?|all)\s+of\s+)?the\s+(?:entire\s+|whole\s+)?(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+|central\s+)?(?:part|parts|half|side|districts?|sector|quarters?|outskirts)\s+of\b|^\s+(?:of\s+)?(?:most|much|half|parts?)\s+of\b",
    )
});
/// A definite article opening the clause right before a trigger noun ("The withdrawal").
static THE_BEFORE: Lazy<Regex> =
    Lazy::new(|| crate::words::regex(r"^\s*(?:The|This|That|Its)\s+(?:\w+\s+)?$"));
/// The forms of "come" in "came under fire", whose subject the fire was aimed at.
pub(super) const COME_FORMS: &[&str] = &["came", "come", "comes", "coming"];
/// A verb that says something about a happening already told ("is the latest", "came after",
/// "marks"), or says no more than that it goes on ("The evacuation continues.").
static COPULA_AFTER: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"^\s+(?:is|was|comes|came|marks|marked|follows|followed|means|meant|leaves|left)\b|^\s+continues\s*(?:[.,;:]|$)",
    )
});
/// A name's possessive opening a clause: "Kurakhove's ", "Bakhmut's ".
static POSSESSIVE_NAME_BEFORE: Lazy<Regex> =
    Lazy::new(|| crate::words::regex(r"^\s*[A-Z][a-zA-Z'\u2019-]*['\u2019]s\s+$"));
/// A verb that tells what a happening told before leads to: "opens the way", "paves the
/// way", "would give Russia".
static CONSEQUENCE_AFTER: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"^\s+(?:opens|opened|paves|paved|gives|gave|allows|allowed|brings|brought|puts|would|could|marks|marked|comes|came|follows|followed|means|meant|leaves|left)\b",
    )
});
/// Before "fell", a projectile: the verb tells of shells landing, not of a town taken.
/// After "fell", a number it fell to or by: "from 110,000 to about 20,000", "by half".
static FELL_BY_A_NUMBER_AFTER: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)^\s+(?:sharply\s+|steeply\s+)?(?:(?:from|to|by)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|just\s+|roughly\s+|more\s+than\s+|less\s+than\s+|fewer\s+than\s+)?(?:\d|a\s+third|a\s+quarter|half|two-thirds)|below\s+\d|silent)",
    )
});
static PROJECTILE_BEFORE: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)\b(?:shells?|bombs?|missiles?|rockets?|drones?|debris|rounds|projectiles|munitions)\s+(?:also\s+|then\s+|again\s+)?$",
    )
});
/// Before a trigger noun, words that name a claim made elsewhere ("the claimed capture",
/// "the enemy's statements about the capture of Toretsk").
static CLAIMED_BEFORE: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)\b(?:the|a|an|its|their|this|that)\s+(?:claimed|reported|alleged|purported|announced|apparent)\s+$|\b(?:statements?|claims?|allegations?|rumou?rs?|reports?)\s+about\s+(?:the\s+|a\s+|an\s+)?(?:alleged\s+|claimed\s+|purported\s+)?$",
    )
});
/// "an exhibition about the siege of Mariupol", "the anniversary of the capture": a
/// happening named as the subject of a work or a remembrance, not told as news.
static TOPIC_BEFORE: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)\b(?:(?:film|book|documentary|exhibition|exhibit|article|story|stories|song|play|series|museum|photographs|photos)\s+(?:about|on)|depicting|documenting|commemorating|remembering|anniversary\s+of|memory\s+of|remember(?:s|ed)?|key\s+(?:dates|events|moments)\s+(?:in|of)|timeline\s+of|chronology\s+of|(?:pace|speed|scale|rate|extent|tempo)\s+of|here\s+(?:are|is)(?:\s+some\s+of|\s+a\s+look\s+at)?)\s+(?:the\s+|a\s+|its\s+|their\s+)?(?:[a-zA-Z-]+\s+){0,2}$",
    )
});
/// "since the start of the cross-border offensive on 10 May": a happening told as the start
/// of a time, named to date another; "after nearly ten months of fighting", "after a
/// 224-day battle": as a time gone by before another.
static START_OF_BEFORE: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)\b(?:since|after|before|from)\s+(?:the\s+)?(?:start|beginning|launch|onset|outbreak)\s+of\s+(?:the|a|an|its|their)\s+(?:[a-zA-Z-]+\s+){0,3}$|(?:\b(?:after|following|despite|amid|ending|ended)\s+|^\s*)(?:(?:nearly|almost|more\s+than|over|about|some|around)\s+)?(?:[a-z0-9-]+\s+)?(?:days?|weeks?|months?|years?)\s+of\s+(?:[a-zA-Z-]+\s+){0,2}$|(?:\b(?:after|following|despite|amid|ending|ended)\s+|^\s*)(?:a|an|the|its|their)\s+(?:(?:\d+|[a-z]+)(?:-[a-z]+)?-(?:hour|day|week|month|year)(?:-long)?|(?:hours|days|weeks|months|years)-long)\s+(?:[a-zA-Z-]+\s+)?$",
    )
});
/// "during the retreat", "in the course of the fighting", "during the final stage of the
/// withdrawal".
static DURING_BEFORE: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)\b(?:during|in\s+the\s+course\s+of|amid)\s+(?:the|a|an|its|their)\s+(?:(?:[a-zA-Z-]+\s+){0,2}(?:stages?|phases?|days|hours|weeks|part|end|height)\s+of\s+(?:the|a|an|its|their)\s+)?(?:[a-zA-Z-]+\s+)?$",
    )
});
/// "after a battle that lasted 224 days": a happening measured by how long it went on,
/// named to date another after it (a clause that opens with it was cut at its "after").
static AFTER_A_SPAN_BEFORE: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)(?:\b(?:after|following|ending|ended)\s+|^\s*)(?:a|an|the|its|their)\s+(?:[a-zA-Z-]+\s+){0,2}$",
    )
});
static LASTED_AFTER: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(r"(?i)^\s+(?:(?:that|which)\s+(?:had\s+|has\s+)?lasted|lasting)\b")
});
/// "in what Kyiv called retaliation for the advance", "in response to the shelling": a
/// happening named as the cause of another is told elsewhere, or is known.
static RESPONSE_TO_BEFORE: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)\b(?:retaliation|revenge|response|reprisal|reprisals|answer|reaction|retribution)\s+(?:for|to)\s+(?:the|this|that|its|their|Ukraine['’]s|Kyiv['’]s|Russia['’]s|Moscow['’]s)\s+(?:[a-zA-Z-]+\s+)?$",
    )
});
/// "echoes earlier battles over the Azovstal steelworks", "previous attacks on the city":
/// happenings of the past named to compare, not told.
static PAST_ONES_BEFORE: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)\b(?P<which>previous|past|former|prior|earlier)\s+(?P<between>[a-z-]+\s+)?$",
    )
});
/// "detained a man suspected of spotting targets for Russian artillery": what someone is
/// suspected or accused of is an allegation about them, not a happening told.
static ALLEGED_OF_BEFORE: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)\b(?:suspected|accused|charged|convicted|sentenced|indicted|detained|arrested)\s+(?:of|with|for)\b[^.;]*$",
    )
});
/// "has been a frequent target of Russian attacks": what usually happens to a place
/// describes it; it tells no happening.
static USUAL_TARGET_BEFORE: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)\b(?:frequent|regular|constant|common|repeated|frequently|regularly|often|prime|main|key)\s+targets?\s+(?:of|for)\s+(?:[a-zA-Z-]+\s+){0,2}$",
    )
});
/// Who travels a road in aid work, before a verb of arriving: "An inter-agency convoy
/// reached Kupiansk", "Humanitarian partners reached Chasiv Yar" delivered aid, they did
/// not advance.
static AID_TRAVELLER_BEFORE: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)\b(?:inter-?agency|humanitarian|aid|relief|evacuation|UN|Red\s+Cross)\s+(?:[a-z-]+\s+)?(?:convoys?|trucks?|teams?|workers|volunteers|buses|trains?|missions?|partners|agencies|organi[sz]ations)\s+(?:[a-z]+\s+){0,2}$",
    )
});
/// "denied that separatist forces were behind the attack", "blamed the rebels for the
/// shelling": who did it, of a happening told before.
/// "condemned the attacks and called for the protection of civilians", "did not comment on
/// the fighting around Avdiivka", "called the attack \"evil with no limits\"", "soldiers
/// described a chaotic retreat", "opened an
/// investigation into the attack": a statement (or none) or an inquiry about happenings told
/// before. One that names its target ("condemned the strike on Kramatorsk") may be the only
/// report of it, and stays; "called the capture of the city" names none.
static CONDEMNED_BEFORE: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)\b(?:condemn(?:ed|s|ing)?|denounc(?:e|ed|es|ing)|deplor(?:e|ed|es|ing)|comment(?:ed|s|ing)?\s+on|call(?:ed|s|ing)|describ(?:ed|es|ing)|brand(?:ed|s|ing)|label(?:l?ed|s|l?ing)|term(?:ed|s|ing)|investigat(?:ion|ions|ing|ed|e)\s+(?:into|of)|prob(?:e|es|ing)\s+into|behind|responsib(?:le|ility)\s+for|blam(?:e|ed|es|ing)\s+(?:[\w'\u2019-]+\s+){0,3}?for|involvement\s+in)\s+(?:the|these|those|such|all|all\s+the|repeated|continued|ongoing|recent|latest)\s+(?:[a-zA-Z-]+\s+)?$|\bdescrib(?:ed|es|ing)\s+(?:an?\s+)(?:[a-zA-Z-]+\s+)?$",
    )
});
static TARGET_AFTER: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"^\s+(?:(?:on|in|of|against|near|at)\s+(?:the\s+(?:[a-z-]+\s+)?(?:town|city|village|region)\s+of\s+)?(?-i:\p{Lu})|that\b|which\b)",
    )
});
/// After "offensive", nouns that make it an adjective of something other than an advance.
static OFFENSIVE_AS_ADJECTIVE: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(r"(?i)^\s+(?:operations|actions|campaign|assessment|potential|capabilit)")
});
/// The war as a whole ("Russia's attack on Ukraine", "its aggression against Ukraine"): a
/// generic word for fighting aimed at the whole country names no happening.
static THE_WAR_AS_A_WHOLE: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)^(?:attack|assault|offensive|aggression|war)\s+(?:on|against)\s+Ukraine\b",
    )
});

/// Whether any trigger occurs in `sentence`: most sentences of a report have none, and
/// they need no clause splitting.
pub fn may_report(sentence: &str) -> bool {
    ANY_TRIGGER.is_match(sentence)
}

/// Whether a sentence asks rather than tells: "Lyman encircled?", "Is Pokrovsk about to
/// fall?" report nothing (a question quoted inside a sentence that tells, "\"Where are our
/// soldiers?\" she asked.", ends as the telling does).
pub fn asks(sentence: &str) -> bool {
    sentence
        .trim_end()
        .trim_end_matches(['"', '\'', '\u{201d}', '\u{2019}', ')'])
        .ends_with('?')
}

/// Whether a sentence states a general rule in a comparative correlative ("The more losses
/// the enemy suffers there the less strength it will have to attack"): neither half
/// reports a happening.
pub fn states_a_rule(sentence: &str) -> bool {
    static CORRELATIVE: Lazy<Regex> = Lazy::new(|| {
        crate::words::regex(
            r"(?i)^\W*the\s+(?:more|fewer|less|greater|longer|harder)\b[^;]*?[\s,]the\s+(?:more|fewer|less|greater|longer|harder|better|worse)\b",
        )
    });
    // Opening quotation marks and the like first.
    let opening = sentence.trim_start_matches(|c: char| !c.is_alphanumeric());
    opening
        .as_bytes()
        .get(..4)
        .is_some_and(|head| head.eq_ignore_ascii_case(b"the "))
        && CORRELATIVE.is_match(sentence)
}

/// A place described between commas by the harm it has suffered ("In Vovchansk, almost
/// completely destroyed by airstrikes and artillery, aid workers evacuated 9,000 people",
/// "Kupiansk, under constant shelling, was evacuated"), or by a relative clause of that
/// state, to the sentence's end too ("Fighting continues in Vovchansk, which has been
/// largely destroyed since the May 2024 offensive"): a state the place is in, told in
/// passing, not a happening of the sentence. ("The school, which was destroyed by a missile
/// on Tuesday" tells a happening: the relative clause needs a perfect or a degree.)
static HARM_APPOSITIVE: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i),\s+(?:which|that)\s+(?:(?:has|have)\s+been\s+(?:(?:DEGREE)\s+){0,2}|(?:had\s+been|is|are|was|were)\s+(?:now\s+)?(?:(?:DEGREE)\s+){1,2})(?:destroyed|devastated|damaged|flattened|ruined|razed|reduced\s+to\s+(?:rubble|ruins))\b[^,;]*(?:,\s+|$)|,\s+(?:(?:DEGREE)\s+){0,2}(?:destroyed|devastated|damaged|flattened|ruined|razed|reduced\s+to\s+(?:rubble|ruins)|under\s+(?:[a-z]+\s+){0,2}(?:shelling|bombardment|fire|attack|siege))\b[^,;]*,\s+"
            .replace(
                "DEGREE",
                "almost|nearly|largely|mostly|partly|partially|completely|totally|entirely|heavily|badly|severely|virtually|already|now",
            )
            .as_str(),
    )
});

/// The clauses of a sentence, as ranges of it. A harm appositive (`HARM_APPOSITIVE`) is in
/// none of them.
pub fn clauses(sentence: &str) -> Vec<Range<usize>> {
    let Some(aside) = HARM_APPOSITIVE.find(sentence) else {
        return clauses_without_asides(sentence);
    };
    let mut out = clauses_without_asides(&sentence[..aside.start()]);
    out.extend(
        clauses_without_asides(&sentence[aside.end()..])
            .into_iter()
            .map(|c| c.start + aside.end()..c.end + aside.end()),
    );
    out
}

fn clauses_without_asides(sentence: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    if let Some(m) = LEADING_PHRASE.find(sentence) {
        // The phrase ends at its comma (the space after it may be any width).
        let comma = m.start() + m.as_str().rfind(',').unwrap_or(m.len());
        out.push(0..comma);
        start = m.end();
    }
    let base = start;
    let rest = &sentence[base..];
    for m in CLAUSE_BREAK.find_iter(rest) {
        // Only the breaks that keep their next clause's first word (a participle, a
        // subject) end in a word; the others end in white space or a semicolon and need no
        // groups, whose search costs more than the match's.
        if !m.as_str().ends_with(|c: char| c.is_alphanumeric()) {
            let (a, b) = (m.start() + base, m.end() + base);
            if a > start {
                out.push(start..a);
            }
            start = b;
            continue;
        }
        let Some(c) = CLAUSE_BREAK.captures_at(rest, m.start()) else {
            continue;
        };
        let m = c.get(0).expect("group 0 always matches");
        // ", including Kupiansk and Vovchansk", ", according to ...": prepositions that
        // look like participles continue their clause.
        let group = |name: &str| crate::words::group(&CLAUSE_BREAK, &c, name);
        if group("participle").is_some_and(|p| {
            [
                "including",
                "according",
                "excluding",
                "regarding",
                "concerning",
            ]
            .iter()
            .any(|w| p.as_str().eq_ignore_ascii_case(w))
        }) {
            continue;
        }
        // "captured the village of Svitlodarsk, south of Bakhmut, and the town of Lyman": a
        // place named after ", and the" continues a list of places.
        if group("and_subject").is_some_and(|g| {
            let after = &rest[g.start()..];
            [
                "the town of ",
                "the city of ",
                "the village of ",
                "the settlement of ",
            ]
            .iter()
            .any(|w| {
                after
                    .get(..w.len())
                    .is_some_and(|a| a.eq_ignore_ascii_case(w))
            })
        }) {
            continue;
        }
        // "captured Novohrodivka as well as the village of Mykhailivka": the second "as" of
        // "as well as" joins a list, it starts no clause.
        if group("subject").is_some()
            && rest[..m.start()]
                .get(m.start().saturating_sub(8)..)
                .is_some_and(|w| w.eq_ignore_ascii_case(" as well"))
        {
            continue;
        }
        // "came under Russian artillery fire": the fire is the verb's own, not a state the
        // clause before is in.
        let came_under = group("under").is_some()
            && rest[..m.start()]
                .rsplit(' ')
                .next()
                .is_some_and(|w| COME_FORMS.contains(&w));
        if came_under {
            continue;
        }
        let next = group("participle")
            .or(group("subject"))
            .or(group("and_lead"))
            .or(group("and_subject"))
            .or(group("and_verb"))
            .or(group("with_subject"))
            .or(group("since_subject"))
            .or(group("before_subject"))
            .or(group("under"))
            .or(group("which"))
            .or(group("past_participle"))
            .or(group("and_count"))
            .map_or(m.end(), |g| g.start());
        let (a, b) = (m.start() + base, next + base);
        if a > start {
            out.push(start..a);
        }
        start = b;
    }
    if start < sentence.len() {
        out.push(start..sentence.len());
    }
    close_relative_clauses(sentence, &mut out);
    out
}

/// Whether a clause is a relative clause about the name before it: "which was recaptured on
/// Thursday", "a town that Ukrainian forces recaptured in September" (the `which` break of
/// [`CLAUSE_BREAK`]).
pub fn opens_a_relative_clause(clause: &str) -> bool {
    static A_TOWN_THAT: Lazy<Regex> = Lazy::new(|| {
        crate::words::regex(
            r"^(?:a|the)\s+(?:[a-z-]+\s+){0,2}?(?:town|city|village|hub|settlement|stronghold)\s+(?:that|which)\s",
        )
    });
    // (Many clauses open with "the": the pattern runs only where "that" or "which" follows.)
    clause
        .get(..6)
        .is_some_and(|w| w.eq_ignore_ascii_case("which "))
        || ((clause.starts_with("a ") || clause.starts_with("the "))
            && {
                let head = crate::words::head(clause, 60);
                head.contains(" that ") || head.contains(" which ")
            }
            && A_TOWN_THAT.is_match(clause))
}

/// "Residents of Balakliia, which was recaptured on Thursday, said Russian soldiers had
/// fled": a relative clause set off by commas ends at its second comma when a verb in lower
/// case follows, and the main clause goes on there with a happening of its own.
fn close_relative_clauses(sentence: &str, clauses: &mut Vec<Range<usize>>) {
    let mut i = 0;
    while i < clauses.len() {
        let clause = clauses[i].clone();
        let text = &sentence[clause.clone()];
        let relative = opens_a_relative_clause(text);
        let resumes = relative
            .then(|| text.find(", "))
            .flatten()
            .filter(|&comma| {
                let next = text[comma + 2..].split(' ').next().unwrap_or("");
                next.starts_with(|c: char| c.is_ascii_lowercase())
                    && !NOT_A_MAIN_VERB.contains(&next)
            });
        if let Some(comma) = resumes {
            clauses[i] = clause.start..clause.start + comma;
            clauses.insert(i + 1, clause.start + comma + 2..clause.end);
        }
        i += 1;
    }
}

/// Lower-case words after a relative clause's second comma that do not resume the main
/// clause: conjunctions, prepositions and what goes on describing.
const NOT_A_MAIN_VERB: &[&str] = &[
    "and",
    "or",
    "but",
    "which",
    "where",
    "who",
    "when",
    "while",
    "as",
    "including",
    "according",
    "the",
    "a",
    "an",
    "in",
    "on",
    "at",
    "near",
    "from",
    "to",
    "towards",
    "toward",
    "into",
    "after",
    "before",
    "since",
    "with",
    "without",
    "about",
    "some",
    "its",
    "their",
    "his",
    "her",
    "then",
    "now",
    "just",
    "only",
    "not",
    "also",
    "killing",
    "wounding",
    "injuring",
];

/// A negation of the harm done, not of the happening: "No one was hurt in the shelling",
/// "There were no casualties from the strike".
static NO_HARM: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)\b(?:no|without|not\s+any)\s+(?:immediate\s+|initial\s+)?(?:reports?\s+of\s+|information\s+(?:on|about)\s+)?(?:casualties|injuries|deaths|fatalities|victims|damage|dead|wounded|injured)\b|\b(?:no\s+one|nobody|none)\s+(?:was|were|has\s+been|had\s+been|is|are)\s+(?:\w+\s+)?(?:hurt|injured|killed|wounded|harmed)\b",
    )
});

/// The words before a trigger that a negation among them can reach: not across a
/// subordinating word ("No one was hurt when debris fell on a house": the debris fell).
fn negation_scope(before: &str) -> &str {
    // "Ukraine rejected Russia's latest claims that its forces had captured Vovchansk": a
    // denial of a claim does not reach into what the claim says (the claim is disputed).
    static SUBORDINATOR: Lazy<Regex> = Lazy::new(|| {
        crate::words::regex(
            r"(?i)\b(?:when|after|as|because|while)\s|\b(?:claims?|reports?|allegations?|assertions?)\s+that\s",
        )
    });
    SUBORDINATOR
        .find_iter(before)
        .last()
        .map_or(before, |m| &before[m.end()..])
}

/// The clause's trigger: among the triggers that are not hypothetical, reported ones before
/// planned, planned before negated, and then the earlier row of the table.
pub fn best_trigger(clause: &str) -> Option<(EventType, Range<usize>, Status)> {
    let mut best: Option<(Status, usize, EventType, Range<usize>)> = None;
    let mut shelling: Option<(Status, Range<usize>)> = None;
    // The first strike, shelling or killing of the clause, in table order.
    let mut harm: Option<(EventType, (Status, Range<usize>))> = None;
    for rank in ANY_TRIGGER.matches(clause).into_iter() {
        let (row, re) = (&TRIGGERS[rank], &COMPILED[rank]);
        // Rows come in table order, so a later row never beats a reported trigger; it is
        // read only for what the choice below still needs (the harm done to prisoners, the
        // shelling that makes a strike one).
        let needed = match &best {
            Some((Status::Reported, _, EventType::Prisoners, _)) => {
                harm.is_none()
                    && matches!(
                        row.event_type,
                        EventType::Strike | EventType::Shelling | EventType::Casualties
                    )
            }
            Some((Status::Reported, _, EventType::Strike, _)) => {
                row.event_type == EventType::Shelling
            }
            Some((Status::Reported, _, _, _)) => false,
            _ => true,
        };
        if !needed {
            continue;
        }
        for m in re.find_iter(clause) {
            if names_no_new_happening(row.event_type, clause, &m) {
                continue;
            }
            let mut from = m.start().saturating_sub(80);
            while !clause.is_char_boundary(from) {
                from += 1;
            }
            // "denied carrying out the attack and said Russia had shelled the building": a
            // second report starts afresh.
            let before = &clause[from..m.start()];
            let before = if before.contains(" and ") {
                REPORT_JOIN
                    .find_iter(before)
                    .last()
                    .map_or(before, |j| &before[j.end()..])
            } else {
                before
            };
            // "urged residents of Pokrovsk to evacuate": the call to leave is itself the
            // happening an analyst codes, not a wish.
            let call_to_leave =
                row.event_type == EventType::Evacuation && CALL_TO_LEAVE.is_match(before);
            let stopped = row.event_type != EventType::Fighting && STOPPED_BEFORE.is_match(before);
            // "said they would let the soldiers leave if they surrendered their weapons": a
            // surrender asked for with a promise is an ultimatum, made when it was told.
            let terms_offered =
                row.event_type == EventType::Surrender && TERMS_BEFORE.is_match(before);
            if (stopped || HYPOTHETICAL.is_match(before)) && !call_to_leave && !terms_offered {
                continue;
            }
            // "Russian soldiers had occupied positions on the northern edge of the town":
            // positions taken are ground gained, not a place taken.
            // So is a building or a few positions in a town: "captured a police station in
            // Luhansk", "captured several positions in northern Marinka" (a flag raised over
            // a building is the town's).
            let positions_taken = row.event_type == EventType::Capture
                && (POSITIONS_AFTER.is_match(&clause[m.end()..])
                    || (!m.as_str().contains("flag")
                        && FOOTHOLD_AFTER.is_match(crate::words::head(&clause[m.end()..], 60))));
            // "regained full control of Donetsk airport": control won back is a recapture,
            // which stays an advance.
            let control_regained = row.event_type == EventType::Capture
                && REGAINED_BEFORE.is_match(crate::words::tail(&clause[..m.start()], 24));
            let event_type = if terms_offered {
                EventType::Ultimatum
            } else if positions_taken || control_regained {
                EventType::Advance
            } else {
                row.event_type
            };
            let status = if call_to_leave || terms_offered {
                Status::Reported
            } else if (NEGATED.is_match(before)
                && NEGATED.is_match(negation_scope(before))
                // "Ukraine rejected a Russian demand that its forces lay down their arms":
                // an ultimatum turned down was still made.
                && !(row.event_type == EventType::Ultimatum
                    && TURNED_DOWN_BEFORE.is_match(negation_scope(before)))
                && (row.event_type == EventType::Casualties
                    || !NO_HARM.is_match(negation_scope(before))))
                // "the attacks had been repelled": fighting stopped was still fought.
                || (row.event_type != EventType::Fighting
                    && NEGATED_AFTER.is_match(&clause[m.end()..]))
            {
                Status::Negated
            } else if PLANNED.is_match(before) || PLANNED_AFTER.is_match(&clause[m.end()..]) {
                Status::Planned
            } else {
                Status::Reported
            };
            let key = (status, rank);
            if row.event_type == EventType::Shelling {
                shelling = Some((status, m.range()));
            }
            // "prisoners were killed", "executed three Ukrainian prisoners of war": the harm
            // done to prisoners.
            let harms_prisoners = PASSIVE_BEFORE
                .is_match(crate::words::tail(&clause[..m.start()], 20))
                || (row.event_type == EventType::Casualties
                    && PRISONERS_AFTER.is_match(crate::words::head(&clause[m.end()..], 50)));
            if matches!(
                row.event_type,
                EventType::Strike | EventType::Shelling | EventType::Casualties
            ) && harm.is_none()
                && harms_prisoners
            {
                harm = Some((row.event_type, (status, m.range())));
            }
            if best.as_ref().is_none_or(|b| key < (b.0, b.1)) {
                best = Some((status, rank, event_type, m.range()));
            }
            break;
        }
    }
    // "53 prisoners of war were killed when a prison was hit": prisoners who are the subject
    // of a passive verb of harm are its victims, not a happening of their own ("an exchange
    // for 50 wounded servicemen" stays an exchange).
    if let (Some((status, _, EventType::Prisoners, _)), Some((t, (harm_status, r)))) =
        (&best, &harm)
    {
        if status == harm_status {
            return Some((*t, r.clone(), *status));
        }
    }
    // "Russian artillery struck Kostiantynivka", "an artillery strike on the city centre": a
    // bare verb or noun of hitting names a strike only by itself; with artillery or shells
    // in the clause it is shelling (ACLED keeps the two apart). So are explosions "assessed
    // as impacts of artillery rounds".
    if let (Some((status, _, EventType::Strike, r)), Some((shelling_status, shelling_range))) =
        (&best, &shelling)
    {
        let written = clause[r.clone()].to_ascii_lowercase();
        // "attacked the checkpoint with Grad rockets", "The Grad rockets struck the
        // district": rockets of an artillery system.
        let attack_with_rockets = (written.starts_with("attack") && written.ends_with("rockets"))
            || written.starts_with("rocket");
        let generic = attack_with_rockets
            || matches!(
                written.as_str(),
                "struck"
                    | "striking"
                    | "hit by"
                    | "strike on"
                    | "strikes on"
                    | "strike hit"
                    | "explosion"
                    | "explosions"
            );
        if generic && status == shelling_status {
            return Some((EventType::Shelling, shelling_range.clone(), *status));
        }
    }
    best.map(|(status, _, t, r)| (t, r, status))
}

/// Whether a trigger word, though it matched, names no new happening: an adjective ("the
/// occupied territories", "Russian-occupied"), a unit or weapon ("attack helicopters"), the
/// war as a whole, a supposition ("The capture, if confirmed, would"), or a happening told
/// before ("the claimed capture", "The withdrawal is the latest ...").
/// What an air defence shoots down in a strike.
static WEAPON_AFTER: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(r"(?i)\b(?:drones?|missiles?|UAVs?|rockets?|Shaheds?|projectiles?)\b")
});
/// Troops right before a present participle: "Russian forces surrounding the city".
static TROOPS_BEFORE_PARTICIPLE: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(r"(?i)\b(?:troops|forces|units|soldiers|fighters|rebels)\s+$")
});
/// A finite verb later in the clause, which the participle's phrase is the subject of:
/// "... have repeatedly shelled it".
static FINITE_VERB_AFTER: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"\b(?:have|has|had|are|is|were|was)\s+(?:[a-z]+ly\s+|also\s+|now\s+|been\s+)*[a-z]+(?:ed|en)\b",
    )
});
/// Troops right after a present participle: "retreating troops", "advancing Russian forces".
static TROOPS_AFTER: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)^\s+(?:(?:Russian|Ukrainian|enemy)\s+)?(?:troops|forces|units|soldiers|army|columns?)\b",
    )
});
/// A capitalised word and "of" or "for" right before a name's next word: "Treatment of"
/// ("on" too: "the Convention on Cluster Munitions").
static INSTITUTION_OF_BEFORE: Lazy<Regex> =
    Lazy::new(|| crate::words::regex(r"\b[A-Z][a-z]+\s+(?:of|for|on)\s+(?:the\s+)?$"));
/// After "withdrawal", what a truce pulls back rather than ground given up: "the withdrawal
/// of heavy weapons", "beyond withdrawal lines".
static WEAPONS_WITHDRAWN_AFTER: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)^\s+(?:lines?|zones?|(?:of\s+)?(?:all\s+|the\s+|its\s+|their\s+)?(?:heavy\s+|large-calib(?:re|er)\s+)?(?:weapons|weaponry|armaments?|artillery|tanks|mortars|hardware|equipment))\b",
    )
});
/// After "regrouping", a place kept or an attack prepared: "have been regrouping near
/// Kreminna and are preparing a new offensive".
static REGROUPING_TO_ATTACK_AFTER: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)^\s+(?:near|around)\b|^[^.;]{0,60}?\b(?:prepar(?:e|es|ed|ing)\s+(?:for\s+)?(?:a|an|the|their|its)\s+(?:new\s+|fresh\s+|renewed\s+)?(?:offensive|assault|attack|push)|for\s+(?:a|an)\s+(?:new\s+|fresh\s+|renewed\s+)?(?:offensive|assault|attack|push))",
    )
});
/// Before "taken", things that are taken without taking ground: "Satellite images taken
/// Sunday", "measures were taken".
static TAKEN_THING_BEFORE: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)\b(?:images?|photos?|photographs?|pictures?|footage|videos?|imagery|samples?|measures|steps|decisions?|actions?|notes?|shots?|selfies?)\s+(?:(?:were|was|being|been|had\s+been|have\s+been)\s+)?$",
    )
});
/// Before "capitulation" or "surrender", words that liken something to one: "which they say
/// amounts to capitulation", "tantamount to surrender", "protests against capitulation".
static LIKENED_BEFORE: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)\b(?:amounts?\s+to|amounting\s+to|tantamount\s+to|akin\s+to|equivalent\s+to|a\s+form\s+of|no\s+to|against)\s+(?:an?\s+|the\s+)?(?:[a-z]+\s+)?$",
    )
});
/// A head of state or an official as the subject of a flag raised: "President Volodymyr
/// Zelensky visited the city and", "the governor".
static CEREMONY_BEFORE: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)\b(?:president|prime\s+minister|minister|governor|mayor|zelensky[iy]?|putin|pushilin)\b",
    )
});
/// The means of a fight named before its weapon: "with the support of aircraft and",
/// "backed by", "fighting involving tanks and".
static SUPPORT_BEFORE: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)\b(?:support\s+of|supported\s+by|backed\s+by|covered\s+by|cover\s+of|(?:fighting|battles?|clashes|combat)\s+(?:involving|with|using))\s+(?:[a-z]+\s+){0,3}$",
    )
});
/// People told or made to leave: "ordered residents of 18 settlements to leave".
static PEOPLE_BEFORE: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)\b(?:residents|civilians|people|families|children|population|inhabitants|everyone)\b",
    )
});
/// A toll and then "in the" or "during the" right before a trigger noun: "were killed and
/// 157 wounded in the withdrawal".
static TOLL_IN_THE_BEFORE: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)\b(?:killed|wounded|injured|died|dead|hurt)\b[^,;]*\s(?:in|during)\s+(?:the|this|that)\s+$",
    )
});
/// People as what a capture took: "captured more than 300 prisoners", "seized 20 Ukrainian
/// soldiers" took prisoners, not ground.
static PEOPLE_TAKEN_AFTER: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)^\s+(?:[a-z0-9,]+\s+){0,3}?(?:prisoners|soldiers|servicemen|troops|fighters|marines|paratroopers|POWs|mercenaries)\b|^\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|dozens)\s+others\b|^\s+(?:another\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens|hundreds)(?:\s+(?:more|others|of\s+them))?(?:\s*[.,;]|\s*$|\s+(?:and|alive|as|in|near|during|on)\b)",
    )
});
/// People as what a passive capture took: "its servicemen had been captured", "soldiers
/// captured near Bakhmut" (the participle alone, followed by where: "soldiers captured
/// the village" is troops taking ground).
static PEOPLE_TAKEN_BEFORE: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)\b(?:prisoners|soldiers|servicemen|troops|fighters|defenders|marines|paratroopers|POWs|mercenaries)\s+(?P<aux>(?:had|have|has)\s+been\s+|were\s+|was\s+)?$|^\s*(?:\d[\d,]*\s+(?:more\s+)?(?P<count_aux>(?:were\s+)?))$",
    )
});
/// A place as the subject of a passive verb: "Kupiansk was", "the town had been",
/// "Kupiansk, which lies on the Oskil River, was".
static PLACE_AS_SUBJECT_BEFORE: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?:(?-i:[A-Z])[a-z'\u2019-]+|(?i:town|city|village|settlement|hub|stronghold))(?:,\s[^,;]{1,60},)?\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+$",
    )
});
/// Whether a place is the subject of the passive participle `m` names or ends with
/// ("Kupiansk was captured", "Kupiansk was taken", "the town had been seized"): the words
/// before the participle end with a capitalised name or a settlement noun and "was" or "had
/// been", an aside set off by commas allowed between.
fn a_place_is_the_subject(clause: &str, m: &regex::Match) -> bool {
    let participle_end = clause[m.start()..m.end()]
        .find(" by")
        .map_or(m.end(), |i| m.start() + i);
    let before_participle = clause[..participle_end].trim_end_matches(|c: char| c != ' ');
    PLACE_AS_SUBJECT_BEFORE.is_match(crate::words::tail(before_participle, 100))
}

/// Where, right after a bare participle: "captured near", "captured in".
static WHERE_AFTER: Lazy<Regex> =
    Lazy::new(|| crate::words::regex(r"(?i)^\s+(?:near|in|at|around|outside|during|on\s+the)\b"));
/// Before "control", winning it back: "regained", "restored", "re-established".
static REGAINED_BEFORE: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)\b(?:regain(?:ed|s|ing)?|re-?establish(?:ed|es|ing)?|restor(?:ed|es|ing)|w(?:on|in|ins|inning)\s+back)\s+$",
    )
});
/// Before "occupied", a clause of the time it was held: "when the city was", "while it was".
static WHILE_HELD_BEFORE: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)\b(?:when|while|whilst)\s+(?:the\s+(?:city|town|village|area|region)|it|they|[A-Z][\w'\u2019-]+)\s+(?:was|were)\s+(?:still\s+)?$",
    )
});
/// Capitalised words after "the loss of" that name no place.
const NOT_A_PLACE_AFTER_LOSS: &[&str] = &[
    "Russian",
    "Ukrainian",
    "Russia",
    "Ukraine",
    "Western",
    "European",
    "American",
    "NATO",
    "US",
    "Moscow",
    "Kyiv",
    "Kiev",
    "Soviet",
];
/// A demand turned down before it: "rejected a Russian demand", "refused to".
static TURNED_DOWN_BEFORE: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)\b(?:reject(?:ed|s|ing)?|refus(?:ed|es|e|ing)|dismiss(?:ed|es|ing)?|defied|defy|defies|ignor(?:ed|es|ing))\b[^,;]*$",
    )
});
/// The land right before a participle of holding it, with what it is part of: "the
/// territory of Donetsk region", "areas", "parts of the Kharkiv region".
static LAND_BEFORE: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)\b(?:territory|territories|areas?|parts?|lands?|regions?|districts?|settlements|towns|villages|cities|communities)(?:\s+(?:of|in)\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,3}?[\w'\u2019-]+)?\s+$",
    )
});
/// Troops as the subject before "are on the outskirts of".
static TROOPS_BEFORE: Lazy<Regex> =
    Lazy::new(|| crate::words::regex(r"(?i)\b(?:troops|forces|soldiers|units|army|fighters)\b"));

/// Whether a word names a weekday or a month ("Monday", "May"): a time after a verb, not
/// its object.
fn names_a_day_or_month(word: &str) -> bool {
    word.parse::<chrono::Weekday>().is_ok() || crate::time::lexicon::names_a_month(word)
}

fn names_no_new_happening(event_type: EventType, clause: &str, m: &regex::Match) -> bool {
    // "Russian-occupied city", "the recently recaptured city of Izium": a compound
    // adjective or a participle used as one describes, it does not report. "Semi-encircled"
    // and "half-encircled" are a state, and report it.
    let compound = clause[..m.start()].ends_with('-') && {
        let before = crate::words::tail(&clause[..m.start()], 6).to_ascii_lowercase();
        !(before.ends_with("semi-") || before.ends_with("half-"))
    };
    // "the abandoned Soviet-era plant": after an article, "abandoned" before a capitalised
    // word describes it.
    let abandoned_adjective = event_type == EventType::Withdrawal
        && m.as_str().starts_with("abandoned ")
        && ATTRIBUTIVE_BEFORE.is_match(crate::words::tail(&clause[..m.start()], 30));
    // "a destroyed building", "the region's occupied areas": the participle alone, not "the
    // dam ... had been breached".
    let attributive = (matches!(
        event_type,
        EventType::Capture | EventType::Advance | EventType::Encirclement
    ) || (event_type == EventType::Destruction && !m.as_str().contains(' ')))
        && m.as_str().ends_with("ed")
        && ATTRIBUTIVE_BEFORE.is_match(crate::words::tail(&clause[..m.start()], 30))
        // "has been partially encircled": a passive verb, not an adjective.
        && !PASSIVE_ADVERB_BEFORE.is_match(crate::words::tail(&clause[..m.start()], 30));
    // "in the territory of Donetsk region occupied by the Russian Federation": a participle
    // after the land it describes tells who holds it, not that it was taken.
    // "the loss of Russian lives", "the loss of Western support": a loss of no place.
    let loss_of_no_place = event_type == EventType::Withdrawal
        && m.as_str().ends_with(|c: char| c.is_uppercase())
        && m.as_str().to_ascii_lowercase().contains("loss of")
        && {
            let name = &clause[m.end() - 1..];
            let word = name
                .split(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or("");
            NOT_A_PLACE_AFTER_LOSS.contains(&word)
        };
    // "He did not say how many had been killed, wounded or captured": a question of the
    // toll, not a happening.
    // "The number of casualties was not immediately clear": a toll not known is none told.
    let how_many = crate::words::tail(&clause[..m.start()], 60)
        .to_ascii_lowercase()
        .contains("how many")
        || (event_type == EventType::Casualties
            && crate::words::tail(&clause[..m.start()], 20)
                .to_ascii_lowercase()
                .contains("number of")
            && TOLL_UNKNOWN_AFTER.is_match(crate::words::head(&clause[m.end()..], 60)));
    // "the beginning of a turning point in the fight against the militants": a campaign
    // named, not a battle.
    let a_campaign = event_type == EventType::Fighting
        && ["fight against", "struggle against"].iter().any(|w| {
            clause
                .get(m.start()..m.start() + w.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(w))
        })
        && crate::words::tail(&clause[..m.start()], 8)
            .to_ascii_lowercase()
            .ends_with("in the ");
    // "between April and September 2022, when the city was occupied by Russian forces":
    // the time while a place was held.
    let land_held = event_type == EventType::Capture
        && m.as_str().eq_ignore_ascii_case("occupied")
        && (LAND_BEFORE.is_match(crate::words::tail(&clause[..m.start()], 60))
            || WHILE_HELD_BEFORE.is_match(crate::words::tail(&clause[..m.start()], 40)));
    // "blown up by retreating troops", "the advancing Russian forces": a present participle
    // between a preposition or article and the troops describes them; the clause's own verb
    // reports. "Russia was advancing troops" is the verb.
    // ("Retreating Ukrainian troops blew up the bridge": so does one opening the clause.)
    let describes_troops = m.as_str().ends_with("ing")
        && crate::words::tail(&clause[..m.start()], 12)
            .split_whitespace()
            .next_back()
            .is_none_or(|w| {
                ["by", "the", "of", "with", "from", "against", "at", "to"]
                    .iter()
                    .any(|p| w.eq_ignore_ascii_case(p))
            })
        && TROOPS_AFTER.is_match(crate::words::head(&clause[m.end()..], 30));
    // "Russian forces surrounding the city have repeatedly shelled it": a participle right
    // after the troops describes them; the clause's own verb reports.
    let troops_described = m
        .as_str()
        .split(' ')
        .next()
        .is_some_and(|w| w.ends_with("ing"))
        && TROOPS_BEFORE_PARTICIPLE.is_match(crate::words::tail(&clause[..m.start()], 24))
        && FINITE_VERB_AFTER.is_match(&clause[m.end()..]);
    // "cutting off the last route for evacuating civilians": a gerund after "for" names a
    // purpose, not a happening.
    let a_purpose = event_type == EventType::Evacuation
        && m.as_str().ends_with("ing")
        && clause[..m.start()]
            .trim_end()
            .rsplit(' ')
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("for"));
    // "Kharkiv was left without power after the attack.": a happening told before, named
    // again, makes a clause of its own after "after" ("the attack.", "the town's
    // liberation."); "after the attack on
    // its power plant" names its target and may be its only report, as a leading
    // "Following the recapture, ..." may be.
    // "after the town's liberation." too.
    let opening = clause[..m.start()].trim();
    let article_and_owner = opening.split_once(' ').is_some_and(|(the, owner)| {
        the.eq_ignore_ascii_case("the")
            && (owner.ends_with("'s") || owner.ends_with("\u{2019}s"))
            && !owner.contains(' ')
    });
    // (A noun alone: "The plane was shot down" is a clause with its verb.)
    let after_the = (opening.eq_ignore_ascii_case("the") || article_and_owner)
        && !m.as_str().contains(' ')
        && clause[m.end()..]
            .trim_matches(|c: char| c.is_whitespace() || c.is_ascii_punctuation())
            .is_empty();
    // "continued offensive operations", "Offensive Campaign Assessment": the
    // adjective names fighting or a report, not ground gained.
    let offensive_adjective = event_type == EventType::Advance
        && m.as_str().eq_ignore_ascii_case("offensive")
        && OFFENSIVE_AS_ADJECTIVE.is_match(&clause[m.end()..]);
    // "The withdrawal is the latest in a series of setbacks": a happening reported
    // before, named again as the subject of what is said about it.
    // ("The fall of Kurakhove comes three months after": a trigger that ends on a name's
    // first letter goes on to the name's end.)
    let after_trigger = if m.as_str().ends_with(|c: char| c.is_uppercase()) {
        clause[m.end()..].trim_start_matches(|c: char| c.is_alphanumeric() || c == '-')
    } else {
        &clause[m.end()..]
    };
    // "Kurakhove's capture opens the way for Russian forces": so is one a town's possessive
    // names, the subject of what it leads to.
    let named_before = m.start() < 32
        && ((THE_BEFORE.is_match(&clause[..m.start()])
            && COPULA_AFTER.is_match(after_trigger)
            && !PLANNED_AFTER.is_match(after_trigger))
            || (POSSESSIVE_NAME_BEFORE.is_match(&clause[..m.start()])
                && CONSEQUENCE_AFTER.is_match(after_trigger)));
    // "before the claimed capture": a claim reported elsewhere, named again.
    let named_again = CLAIMED_BEFORE.is_match(crate::words::tail(&clause[..m.start()], 24))
        || (CONDEMNED_BEFORE.is_match(crate::words::tail(&clause[..m.start()], 48))
            && !TARGET_AFTER.is_match(&clause[m.end()..]));
    // "13 soldiers were killed and 157 wounded in the withdrawal": the toll is the news;
    // the withdrawal, named with "the" after it, was told before.
    let toll_of_it = matches!(
        event_type,
        EventType::Withdrawal | EventType::Advance | EventType::Capture | EventType::Encirclement
    ) && {
        let before = crate::words::tail(&clause[..m.start()], 100);
        let article = before.trim_end().rsplit(' ').next().unwrap_or("");
        matches!(article, "the" | "this" | "that") && TOLL_IN_THE_BEFORE.is_match(before)
    };
    // (A clause that opens with the time gone by was cut at its "after"; one that opens a
    // sentence, capitalised, names its own happening: "A three-day ceasefire took effect".)
    let start_of_a_time = if m.start() <= 80 {
        START_OF_BEFORE
            .find(&clause[..m.start()])
            .is_some_and(|x| x.start() > 0 || !clause.starts_with(|c: char| c.is_uppercase()))
    } else {
        START_OF_BEFORE.is_match(crate::words::tail(&clause[..m.start()], 80))
    };
    // The four patterns below each need one of these stems before the trigger: one
    // vectorised search settles most triggers (this runs for every trigger found).
    static ASIDE_CUES: Lazy<crate::words::AnyCase> = Lazy::new(|| {
        crate::words::AnyCase::new(&[
            "target", "previous", "past", "former", "prior", "earlier", "suspect", "accus",
            "charg", "convict", "sentenc", "indict", "detain", "arrest", "retali", "reveng",
            "respon", "repris", "answer", "reaction", "retrib",
        ])
    });
    let cued = ASIDE_CUES.is_match(crate::words::tail(&clause[..m.start()], 120));
    // ("Earlier shelling killed two" may be of the same day: "earlier" counts only before
    // a plural. "In the past day shelling killed two" names a time, not past happenings.)
    let past_ones = cued
        && PAST_ONES_BEFORE
            .captures(crate::words::tail(&clause[..m.start()], 30))
            .is_some_and(|c| {
                let a_time = c.name("between").is_some_and(|w| {
                    let w = w.as_str().trim_end().to_ascii_lowercase();
                    matches!(
                        w.trim_end_matches('s'),
                        "day" | "week" | "month" | "year" | "hour" | "night" | "weekend" | "few"
                    )
                });
                !a_time
                    && (!c["which"].eq_ignore_ascii_case("earlier") || m.as_str().ends_with('s'))
            });
    let alleged = cued
        && event_type != EventType::Arrest
        && ALLEGED_OF_BEFORE.is_match(crate::words::tail(&clause[..m.start()], 120));
    let usual_target =
        cued && USUAL_TARGET_BEFORE.is_match(crate::words::tail(&clause[..m.start()], 50));
    let a_cause = cued && RESPONSE_TO_BEFORE.is_match(crate::words::tail(&clause[..m.start()], 50));
    let a_time_gone_by = {
        let after = crate::words::head(&clause[m.end()..], 30);
        after.contains("last")
            && LASTED_AFTER.is_match(after)
            && AFTER_A_SPAN_BEFORE.is_match(crate::words::tail(&clause[..m.start()], 40))
    };
    // "Some Ukrainian soldiers were captured during the retreat": a movement or battle named
    // as the time of another happening is told elsewhere.
    let during_it = matches!(
        event_type,
        EventType::Withdrawal | EventType::Advance | EventType::Fighting | EventType::Encirclement
    ) && DURING_BEFORE.is_match(crate::words::tail(&clause[..m.start()], 30));
    let a_topic = TOPIC_BEFORE.is_match(crate::words::tail(&clause[..m.start()], 40));
    let aid_arriving = event_type == EventType::Advance
        && AID_TRAVELLER_BEFORE.is_match(crate::words::tail(&clause[..m.start()], 60));
    // ("Kupiansk was occupied by Russian troops": troops after "by" are who took the place.)
    let a_place_taken_by =
        clause[m.end()..].trim_start().starts_with("by ") && a_place_is_the_subject(clause, m);
    let people_taken = event_type == EventType::Capture
        && ((!a_place_taken_by
            && PEOPLE_TAKEN_AFTER.is_match(crate::words::head(&clause[m.end()..], 60)))
            || PEOPLE_TAKEN_BEFORE
                .captures(crate::words::tail(&clause[..m.start()], 40))
                .is_some_and(|c| {
                    c.name("aux").is_some()
                        || c.name("count_aux").is_some()
                        || (m.as_str().ends_with("ed")
                            && WHERE_AFTER.is_match(crate::words::head(&clause[m.end()..], 12)))
                }));
    // "Kupiansk was captured by Russian troops": troops after "by" took the place named
    // before the verb; they were not taken ("a volunteer was captured by Russian troops"
    // was).
    let captured_by_troops = event_type == EventType::Prisoners && {
        let written = m.as_str().to_ascii_lowercase();
        (written.starts_with("captur") || written.starts_with("seiz"))
            && written.split(' ').nth(1) == Some("by")
            && a_place_is_the_subject(clause, m)
    };
    // "Shells also fell on the Kuibyshevskyi district": what fell was a shell, not a town.
    // "its population fell from 110,000 to about 20,000": a number fell.
    let projectile_fell = event_type == EventType::Capture
        && m.as_str().eq_ignore_ascii_case("fell")
        && (PROJECTILE_BEFORE.is_match(crate::words::tail(&clause[..m.start()], 24))
            || FELL_BY_A_NUMBER_AFTER.is_match(crate::words::head(&clause[m.end()..], 40)));
    // "The brigade commander was fired on Monday": dismissed, on a day, not firing on a
    // town.
    let dismissed = event_type == EventType::Shelling
        && m.as_str().starts_with("fired")
        && (PASSIVE_BEFORE.is_match(crate::words::tail(&clause[..m.start()], 20))
            || m.as_str()
                .rsplit(' ')
                .next()
                .is_some_and(names_a_day_or_month));
    // "fired an intercontinental ballistic missile at Dnipro" is a strike; "fired on
    // positions" and "was fired" are not.
    let fired_no_weapon = event_type == EventType::Strike
        && m.as_str().to_ascii_lowercase().starts_with("fir")
        && !WEAPON_AFTER.is_match(crate::words::head(&clause[m.end()..], 60));
    // "shot down 12 drones" is a strike; "shot down a helicopter" and "downed power lines"
    // are not.
    let downed = event_type == EventType::Strike
        && ["shot", "shoot", "downed", "intercepted"].iter().any(|w| {
            m.as_str()
                .get(..w.len())
                .is_some_and(|s| s.eq_ignore_ascii_case(w))
        })
        && !WEAPON_AFTER.is_match(crate::words::head(&clause[m.end()..], 80));
    // "Russian forces are on the outskirts of Pokrovsk" advanced; "the plant is on the
    // outskirts" did not. "Made no gains" is no advance.
    let no_advance = event_type == EventType::Advance && {
        let written = m.as_str().to_ascii_lowercase();
        let copula = ["are ", "is ", "were ", "was ", "been ", "be "]
            .iter()
            .any(|w| written.starts_with(w));
        (copula && !TROOPS_BEFORE.is_match(crate::words::tail(&clause[..m.start()], 60)))
            || written.contains(" no ")
            // "the battle entered its eighth month", "the truce entered into force": a
            // time or a state entered, not a place.
            || (written.starts_with("enter")
                && ENTERED_NO_PLACE_AFTER.is_match(crate::words::head(&clause[m.end()..], 40)))
    };
    // "ordered residents of 18 frontline settlements to leave" is an evacuation; "decided to
    // leave the talks" is none: people must be named before the bare "to leave".
    let nobody_leaving = event_type == EventType::Evacuation && {
        let written = m.as_str().to_ascii_lowercase();
        written.starts_with("to")
            && written.ends_with("leave")
            && !PEOPLE_BEFORE.is_match(crate::words::tail(&clause[..m.start()], 100))
    };
    // "search and destroy operations" name a kind of mission, not a destruction; "with the
    // support of aircraft and artillery" and "fighting involving tanks and artillery" a means
    // of the fight, not a shelling.
    let a_mission = event_type == EventType::Destruction && {
        let before = crate::words::tail(&clause[..m.start()], 12).to_ascii_lowercase();
        before.ends_with("search and ") || before.ends_with("search-and-")
    };
    let in_support = event_type == EventType::Shelling
        && SUPPORT_BEFORE.is_match(crate::words::tail(&clause[..m.start()], 50));
    // "the Russian Main Missile and Artillery Directorate", "the Coordination Headquarters
    // for the Treatment of Prisoners of War": a capitalised "Artillery" inside a sentence, or
    // "Prisoners" after a capitalised "... of", names an institution, not a happening.
    let in_a_name = m.start() > 0
        && match event_type {
            EventType::Shelling => m.as_str().starts_with("Artillery"),
            EventType::Prisoners => {
                m.as_str().starts_with("Prisoners")
                    && INSTITUTION_OF_BEFORE.is_match(crate::words::tail(&clause[..m.start()], 30))
            }
            // "the Convention on Cluster Munitions".
            EventType::Strike => {
                m.as_str().starts_with("Cluster")
                    && INSTITUTION_OF_BEFORE.is_match(crate::words::tail(&clause[..m.start()], 30))
            }
            _ => false,
        };
    // "President Volodymyr Zelensky visited the city on Wednesday and raised the national
    // flag over the city council building": a flag a head of state or an official raises is
    // a ceremony in a town already taken, not the taking.
    // ("Zelensky said troops raised the flag over Kupiansk": the official reports the
    // taking, and raises no flag.)
    let a_ceremony = event_type == EventType::Capture && m.as_str().contains("flag") && {
        let before = crate::words::tail(&clause[..m.start()], 120);
        CEREMONY_BEFORE.is_match(before)
            && ![
                "said",
                "says",
                "announced",
                "reported",
                "told",
                "posted",
                "video",
                "footage",
                "showed",
                "shows",
                "according",
                "troops",
                "soldiers",
            ]
            .iter()
            .any(|w| before.contains(w))
    };
    // "Water supply to Sloviansk was cut off", "cut off electricity to the city": a utility
    // cut is damage, not troops surrounded.
    let utility_cut = event_type == EventType::Encirclement
        && m.as_str().starts_with("cut")
        && (UTILITY.is_match(crate::words::tail(&clause[..m.start()], 40))
            || UTILITY_AFTER.is_match(crate::words::head(&clause[m.end()..], 30)));
    // "broke out of the encirclement near Izium": the troops got out; the encirclement was
    // told before.
    let escaped = event_type == EventType::Encirclement
        && BROKE_OUT_BEFORE.is_match(crate::words::tail(&clause[..m.start()], 30));
    // "shot down a transport plane as it approached Luhansk airport": an aircraft that
    // approaches lands, it does not advance.
    let an_aircraft_approaching =
        event_type == EventType::Advance && m.as_str().starts_with("approach") && {
            let subject = clause[..m.start()]
                .trim_end()
                .rsplit(' ')
                .next()
                .unwrap_or("");
            ["it", "plane", "aircraft", "helicopter", "jet", "airliner"]
                .iter()
                .any(|w| subject.eq_ignore_ascii_case(w))
        };
    // "The EU pledged 1 million artillery shells", "will deliver more artillery": guns and
    // ammunition supplied, needed or made are no shelling; nor is an army's "superiority
    // in artillery", its arsenal weighed against the other's.
    static SUPPLIED_BEFORE: Lazy<Regex> = Lazy::new(|| {
        crate::words::regex(
            r"(?i)\b(?:pledg|promis|deliver|suppl|send|sent|provid|produc|bought|buy|purchas|need|short|lack|donat|order|manufactur|ship|superiori|advantage|outgun|parity)\w*\b",
        )
    });
    let ammunition_supplied = event_type == EventType::Shelling
        && [
            "artillery",
            "shells",
            "mlrs",
            "mortar",
            "mortars",
            "grad",
            "uragan",
            "smerch",
        ]
        .iter()
        .any(|w| m.as_str().eq_ignore_ascii_case(w))
        && SUPPLIED_BEFORE.is_match(crate::words::tail(&clause[..m.start()], 60));
    // "The SMM continued to monitor the withdrawal of heavy weapons", "Beyond withdrawal
    // lines": a truce's pull-back of arms is monitored, not ground given up.
    let weapons_withdrawn = event_type == EventType::Withdrawal
        && m.as_str().to_ascii_lowercase().starts_with("withdr")
        && WEAPONS_WITHDRAWN_AFTER.is_match(crate::words::head(&clause[m.end()..], 40));
    // "the plan, which they say amounts to capitulation": a likeness, not a surrender.
    let likened = event_type == EventType::Surrender
        && LIKENED_BEFORE.is_match(crate::words::tail(&clause[..m.start()], 30));
    // "Fighting continued despite a ceasefire that took effect on Sunday": the truce is the
    // background of the fighting the clause reports.
    let despite_a_truce = event_type == EventType::Ceasefire && {
        let before = crate::words::tail(&clause[..m.start()], 24)
            .trim_end()
            .to_ascii_lowercase();
        [
            "despite a",
            "despite the",
            "in spite of a",
            "in spite of the",
        ]
        .iter()
        .any(|w| before.ends_with(w))
    };
    // "Russian forces have been regrouping near Kreminna and are preparing a new
    // offensive": troops regrouping where they stand, to attack, give up no ground.
    let regrouping_to_attack = event_type == EventType::Withdrawal
        && m.as_str().to_ascii_lowercase().starts_with("regroup")
        && REGROUPING_TO_ATTACK_AFTER.is_match(&clause[m.end()..]);
    // "Satellite images taken Sunday showed a convoy": pictures taken, not ground.
    let pictures_taken = event_type == EventType::Capture
        && m.as_str().to_ascii_lowercase().starts_with("taken")
        && TAKEN_THING_BEFORE.is_match(crate::words::tail(&clause[..m.start()], 30));
    // "an official ... claimed Tuesday.": a day after "claimed" is when, not what was taken.
    let claimed_on_a_day = event_type == EventType::Capture
        && m.as_str().to_ascii_lowercase().starts_with("claim")
        && m.as_str()
            .split_whitespace()
            .nth(1)
            .map(|w| w.trim_end_matches(|c: char| !c.is_alphabetic()))
            .is_some_and(names_a_day_or_month);
    compound
        || claimed_on_a_day
        || pictures_taken
        || regrouping_to_attack
        || despite_a_truce
        || weapons_withdrawn
        || likened
        || escaped
        || ammunition_supplied
        || an_aircraft_approaching
        || describes_by_an_earlier_change(clause, m.start(), event_type)
        || utility_cut
        || a_ceremony
        || describes_troops
        || troops_described
        || after_the
        || a_mission
        || in_support
        || attributive
        || land_held
        || how_many
        || a_campaign
        || loss_of_no_place
        || downed
        || fired_no_weapon
        || dismissed
        || nobody_leaving
        || in_a_name
        || no_advance
        || projectile_fell
        || people_taken
        || captured_by_troops
        || abandoned_adjective
        || a_purpose
        || start_of_a_time
        || a_time_gone_by
        || during_it
        || a_cause
        || past_ones
        || usual_target
        || alleged
        || a_topic
        || aid_arriving
        || toll_of_it
        || offensive_adjective
        || supposed_by_a_gerund(clause, m)
        || named_again
        || named_before
        || (NOT_AN_EVENT_AFTER.is_match(&clause[m.end()..])
            && !rounds_that_hit(event_type, clause, m))
        || (UNITS_AFTER.is_match(&clause[m.end()..]) && !moves_or_hits_units(event_type, m))
        || (POSITIONS_AFTER.is_match(&clause[m.end()..]) && !is_past_verb(m.as_str()))
        || THE_WAR_AS_A_WHOLE.is_match(&clause[m.start()..])
        || HYPOTHETICAL_AFTER.is_match(&clause[m.end()..])
}

/// A utility or a service: what a "cut off" before it stops.
static UTILITY: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)\b(?:water|power|electricity|gas|heating|internet|communications?|phone|mobile|light)\b",
    )
});
/// A utility right after a "cut off".
static UTILITY_AFTER: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)^\s+(?:the\s+)?(?:[a-z]+\s+)?(?:water|power|electricity|gas|heating|internet|communications?|phone|mobile)\b",
    )
});

/// Whether the trigger at `at` of `clause` is a change of state told in a relative clause in
/// the past perfect: "territory that the Russians had occupied", "villages that Russia had
/// seized in 2022". It describes a place by a change long done; it is not news.
fn describes_by_an_earlier_change(clause: &str, at: usize, event_type: EventType) -> bool {
    static THAT_HAD: Lazy<Regex> = Lazy::new(|| {
        crate::words::regex(
            r"(?i)\b(?:that|which)\s+(?:the\s+)?(?:[A-Za-z'\u2019-]+\s+){1,3}?had\s+(?:[a-z]+ly\s+|once\s+)?$",
        )
    });
    // "claimed on Saturday that his forces had taken Bakhmut", "claimed that 300 soldiers
    // had surrendered and that their fighters had seized Debaltseve", "said, adding that
    // troops had occupied positions", "Russia's claim that it had captured Krasnohorivka":
    // a report's "that".
    static REPORTED_BEFORE: Lazy<Regex> = Lazy::new(|| {
        crate::words::regex(
            r"(?i)\b(?:said|says|claimed|claims|claim|assertion|allegation|statement|reports?|told|reported|announced|stated|confirmed|acknowledged|admitted|added|denied|wrote|insisted|noted|stressed|explained|warned|believe[sd]?|thought|knew|learned|clear|(?:add|not|say|claim|stress|explain|report|announc|confirm|insist|warn|writ|stat|deny|admitt|acknowledg)ing)\b",
        )
    });
    if !matches!(event_type, EventType::Capture | EventType::Withdrawal) {
        return false;
    }
    let before = crate::words::tail(&clause[..at], 60);
    // Most triggers have no "had" before them: a substring search settles them.
    if !before.contains("had ") {
        return false;
    }
    THAT_HAD.find(before).is_some_and(|m| {
        let up_to_that = &clause[..at - before.len() + m.start()];
        !up_to_that.trim_end().ends_with(" and")
            && !REPORTED_BEFORE.is_match(crate::words::tail(up_to_that, 40))
            && !TOLD_SOMEONE_BEFORE.is_match(crate::words::tail(up_to_that, 80))
    })
}

/// A report told to someone named, and when, right before its "that": "told President
/// Vladimir Putin on Thursday".
static TOLD_SOMEONE_BEFORE: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"\b(?:told|tells|telling|assured|informed|briefed|reported\s+to)\s+(?:(?:the\s+)?\p{Lu}[\w'\u2019.-]*\s+){1,4}(?:(?:on|late|early|last)\s+[\w.]+\s+(?:\d{1,2}\s+)?)?$",
    )
});

/// Before an encirclement, a way out of it: "broke out of the", "escaped from the".
static BROKE_OUT_BEFORE: Lazy<Regex> = Lazy::new(|| {
    crate::words::regex(
        r"(?i)\b(?:br(?:oke|eak|eaks|eaking)\s+(?:out\s+)?(?:of|from|through)|escap(?:ed|es|ing|e)(?:\s+from)?|(?:got|get|getting)\s+out\s+of|fought\s+(?:their|its|our|his|her)\s+way\s+out\s+of)\s+(?:the\s+|an?\s+)?(?:semi-|partial\s+|near-|full\s+)?$",
    )
});

/// "four craters ... assessed as caused by 122mm artillery rounds", "explosions, assessed as
/// impacts of artillery rounds": rounds that hit are the shelling, not ammunition named.
fn rounds_that_hit(event_type: EventType, clause: &str, m: &regex::Match) -> bool {
    static IMPACT_BEFORE: Lazy<Regex> = Lazy::new(|| {
        crate::words::regex(
            r"(?i)\b(?:caused\s+by|impacts?\s+of|hit\s+by|struck\s+by|killed\s+by|damaged\s+by)\s+(?:(?:the|two|three|several|\d+)\s+)?(?:\d+\s*-?\s*mm\s+)?$",
        )
    });
    event_type == EventType::Shelling
        && clause[m.end()..].trim_start().starts_with("rounds")
        && IMPACT_BEFORE.is_match(crate::words::tail(&clause[..m.start()], 40))
}

/// Whether the trigger is a verb whose object can be troops: "withdraw units", "struck
/// units" (not "advanced units" or "encircled units", adjectives before the troops).
fn moves_or_hits_units(event_type: EventType, m: &regex::Match) -> bool {
    let written = m.as_str().to_ascii_lowercase();
    match event_type {
        EventType::Withdrawal => {
            matches!(
                written.as_str(),
                "withdraw" | "withdrew" | "withdrawn" | "withdrawing" | "withdraws"
            ) || written.starts_with("pull")
        }
        EventType::Strike | EventType::Shelling => is_past_verb(&written),
        _ => false,
    }
}

/// Whether a trigger's last word is a verb in the past: "shelled", "struck", "hit".
fn is_past_verb(trigger: &str) -> bool {
    let last = trigger
        .rsplit(' ')
        .next()
        .unwrap_or(trigger)
        .to_ascii_lowercase();
    last.ends_with("ed") || matches!(last.as_str(), "struck" | "hit" | "fought")
}

/// "Capturing Chasiv Yar would allow Russia to threaten Kramatorsk" (or "Capturing Chasiv
/// Yar, which sits on high ground, would ..."): a gerund with an object that opens its
/// clause, as the subject of a modal, weighs a possibility. A gerund
/// used as a noun ("Shelling of Kharkiv will go on") is left to the other checks.
fn supposed_by_a_gerund(clause: &str, m: &regex::Match) -> bool {
    static MODAL_AFTER: Lazy<Regex> = Lazy::new(|| {
        crate::words::regex(
            r"(?i)^\s+[a-zA-Z'\u2019-]+(?:\s+[a-zA-Z'\u2019-]+){0,3}?(?:,\s+(?:which|that|who|where)\s[^,;]{1,80},)?\s+(?:would|could|might|(?-i:may)|should|will|can)\b",
        )
    });
    const PREPOSITIONS: &[&str] = &[
        "of", "in", "on", "at", "near", "around", "along", "across", "by", "from", "to", "for",
    ];
    let object_follows = clause[m.end()..]
        .split_whitespace()
        .next()
        .is_some_and(|w| !PREPOSITIONS.iter().any(|p| w.eq_ignore_ascii_case(p)));
    m.as_str().ends_with("ing")
        && clause[..m.start()]
            .trim_start_matches(['"', '\u{201c}'])
            .trim()
            .is_empty()
        && object_follows
        && MODAL_AFTER.is_match(&clause[m.end()..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_comparative_correlative_states_a_rule() {
        assert!(states_a_rule(
            "\u{201c}The more losses the enemy suffers there the less strength it will have to pursue its aggression,\u{201d} he said."
        ));
        assert!(states_a_rule(
            "The longer the siege lasts, the harder it will be to evacuate civilians."
        ));
        assert!(!states_a_rule(
            "The more than 1,700 soldiers who surrendered were taken to Olenivka, the ministry said."
        ));
        assert!(!states_a_rule("The city fell, the governor said."));
    }

    #[test]
    fn every_trigger_fires_on_its_example() {
        for t in TRIGGERS {
            let got = best_trigger(t.example).map(|(ty, _, _)| ty);
            assert_eq!(got, Some(t.event_type), "{:?}", t.example);
        }
    }

    #[test]
    fn hypothetical_negated_and_planned() {
        assert_eq!(best_trigger("The troops could be encircled soon."), None);
        let (t, _, s) = best_trigger(
            "The governor urged residents of Pokrovsk and nearby villages to evacuate.",
        )
        .unwrap();
        assert_eq!((t, s), (EventType::Evacuation, Status::Reported));
        assert_eq!(
            best_trigger("Officials urged the army to stop the advance."),
            None
        );
        assert_eq!(best_trigger("The troops may be encircled soon."), None);
        let (t, _, _) =
            best_trigger("At least 53 Ukrainian prisoners of war were killed in Olenivka.")
                .unwrap();
        assert_eq!(t, EventType::Casualties);
        // The prison hit is the happening that killed them, as "a strike on the prison
        // killed 50 prisoners of war" is.
        let (t, _, _) = best_trigger(
            "At least 53 Ukrainian prisoners of war were killed when a prison in Olenivka was hit.",
        )
        .unwrap();
        assert_eq!(t, EventType::Strike);
        let (t, _, _) =
            best_trigger("There are 8,000 Ukrainian prisoners of war in the region.").unwrap();
        assert_eq!(t, EventType::Prisoners);
        assert_eq!(
            best_trigger("The withdrawal is the latest in a series of setbacks for Kyiv."),
            None
        );
        let (t, _, _) = best_trigger("The withdrawal began on Tuesday.").unwrap();
        assert_eq!(t, EventType::Withdrawal);
        let (t, _, _) = best_trigger(
            "Kyiv is working to secure a prisoner exchange for roughly 50 wounded Ukrainian servicemen.",
        )
        .unwrap();
        assert_eq!(t, EventType::Prisoners);
        let (t, _, s) = best_trigger(
            "Ukraine's military denied carrying out the attack and said Russia had shelled the building.",
        )
        .unwrap();
        assert_eq!((t, s), (EventType::Shelling, Status::Reported));
        let (t, r, _) = best_trigger(
            "Ukraine's military said its forces had halted Russia's advance in the Kharkiv region and launched counterattacks.",
        )
        .unwrap();
        assert_eq!((t, r.start), (EventType::Advance, 98));
        assert_eq!(
            best_trigger("Russian Offensive Campaign Assessment, November 20"),
            None
        );
        let (t, _, _) = best_trigger(
            "Russian forces continued offensive operations in the Kupiansk direction.",
        )
        .unwrap();
        assert_eq!(t, EventType::Fighting);
        let (t, _, _) =
            best_trigger("The occupiers attacked Kivsharivka with a guided aerial bomb.").unwrap();
        assert_eq!(t, EventType::Strike);
        assert_eq!(
            best_trigger("Kyiv did not comment on the claimed capture of the village."),
            None
        );
        assert_eq!(
            best_trigger("They found graves near the recently recaptured city of Izium."),
            None
        );
        assert_eq!(
            best_trigger("Residents of the temporarily occupied territories voted."),
            None
        );
        let (t, _, _) = best_trigger("Russian troops occupied the city in April.").unwrap();
        assert_eq!(t, EventType::Capture);
        let (t, _, s) = best_trigger(
            "Russian forces crossed the border on May 10 and launched a new offensive.",
        )
        .unwrap();
        assert_eq!((t, s), (EventType::Advance, Status::Reported));
        assert_eq!(
            best_trigger("Ukrainian servicemen ride an infantry fighting vehicle."),
            None
        );
        assert_eq!(
            best_trigger("They ride in a convoy amid Russia's attack on Ukraine."),
            None
        );
        let (t, _, _) = best_trigger("Shoigu claimed Russian forces had liberated Marinka, west of Russian-occupied Donetsk.").unwrap();
        assert_eq!(t, EventType::Advance);
        let (t, _, _) =
            best_trigger("Russia launched a massive drone strike against Ukraine overnight.")
                .unwrap();
        assert_eq!(t, EventType::Strike);
        let (t, r, _) = best_trigger("Russian artillery struck Kostiantynivka.").unwrap();
        assert_eq!(
            (t, &"Russian artillery struck Kostiantynivka."[r]),
            (EventType::Shelling, "artillery")
        );
        let (t, _, _) =
            best_trigger("A missile struck a school; artillery fire continued.").unwrap();
        assert_eq!(t, EventType::Strike);
        assert!(best_trigger("Soldiers were surrounded in Ukraine's east.").is_some());
        let (t, _, s) =
            best_trigger("There is no record of any commanders having surrendered.").unwrap();
        assert_eq!((t, s), (EventType::Surrender, Status::Negated));
        let (t, _, s) =
            best_trigger("The annexation is expected to be approved next week.").unwrap();
        assert_eq!((t, s), (EventType::Political, Status::Planned));
        let (t, _, s) =
            best_trigger("Putin announced the region would be annexed to Russia.").unwrap();
        assert_eq!((t, s), (EventType::Political, Status::Planned));
        let (t, _, _) =
            best_trigger("Ukraine admits heavy losses as Russia demands surrender").unwrap();
        assert_eq!(t, EventType::Ultimatum);
    }

    #[test]
    fn a_leading_phrase_is_its_own_clause() {
        let s = "Following the recapture of Kharkiv region, troops pressed on Lyman.";
        let c: Vec<&str> = clauses(s).into_iter().map(|r| &s[r]).collect();
        assert_eq!(
            c,
            vec![
                "Following the recapture of Kharkiv region",
                "troops pressed on Lyman."
            ]
        );
    }
}
