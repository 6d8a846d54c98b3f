//! Event triggers: the words that report a happening, by type, with ACLED's coding.
//!
//! A table apart from the engine: each row is a type, its trigger pattern and an example
//! that runs as a test. Rows are in priority order: when one clause holds several
//! triggers, the earlier row names the event ("suffered losses and withdrew" is a
//! withdrawal).
//!
//! Words skipped by a counted repetition are ASCII letters (`(?:[a-zA-Z]+\s+){0,4}`), not
//! `\w`: a few Unicode `\w` repetitions multiplied the states of the set of all triggers
//! until the lazy DFA gave up and the regex engine fell back to its PikeVM, which made the
//! whole program some fifteen times slower (8,300 instructions per input byte instead of
//! 500).

/// What happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EventType {
    /// Troops gave themselves up.
    Surrender,
    /// Troops surrounded.
    Encirclement,
    /// Territory or people taken.
    Capture,
    /// Troops withdrew or retreated.
    Withdrawal,
    /// Troops advanced, counter-attacked, recaptured.
    Advance,
    /// A demand with a deadline.
    Ultimatum,
    /// People moved out of danger.
    Evacuation,
    /// Prisoners held or exchanged.
    Prisoners,
    /// The dead returned, recovered or exhumed; mass graves found.
    Remains,
    /// A suspect detained: a saboteur, an informant, a collaborator.
    Arrest,
    /// An air, missile or drone strike.
    Strike,
    /// Shelling, artillery, bombardment.
    Shelling,
    /// Infrastructure destroyed.
    Destruction,
    /// Civilians trapped, corridors, shelter.
    Humanitarian,
    /// A ceasefire or truce declared, agreed, begun or broken down.
    Ceasefire,
    /// Annexation, recognition, referendums, martial law.
    Political,
    /// People killed, wounded, losses.
    Casualties,
    /// Fighting, battles, clashes.
    Fighting,
    /// Troops massed, deployed or reinforced: a build-up before an offensive or a defence.
    Deployment,
}

impl EventType {
    /// Every type, in the trigger table's order, then the types only rules give (an arrest is
    /// a detention of a suspect): the categories of the map style and the report's legend.
    pub const ALL: [EventType; 19] = [
        EventType::Surrender,
        EventType::Encirclement,
        EventType::Capture,
        EventType::Withdrawal,
        EventType::Advance,
        EventType::Strike,
        EventType::Shelling,
        EventType::Ultimatum,
        EventType::Evacuation,
        EventType::Prisoners,
        EventType::Remains,
        EventType::Destruction,
        EventType::Humanitarian,
        EventType::Ceasefire,
        EventType::Political,
        EventType::Casualties,
        EventType::Fighting,
        EventType::Deployment,
        EventType::Arrest,
    ];

    /// The name used in outputs.
    pub fn as_str(self) -> &'static str {
        match self {
            EventType::Surrender => "surrender",
            EventType::Encirclement => "encirclement",
            EventType::Capture => "capture",
            EventType::Withdrawal => "withdrawal",
            EventType::Advance => "advance",
            EventType::Ultimatum => "ultimatum",
            EventType::Evacuation => "evacuation",
            EventType::Prisoners => "prisoners",
            EventType::Remains => "remains",
            EventType::Arrest => "arrest",
            EventType::Strike => "strike",
            EventType::Shelling => "shelling",
            EventType::Destruction => "destruction",
            EventType::Humanitarian => "humanitarian",
            EventType::Ceasefire => "ceasefire",
            EventType::Political => "political",
            EventType::Casualties => "casualties",
            EventType::Fighting => "fighting",
            EventType::Deployment => "deployment",
        }
    }

    /// ACLED's event type and sub-event type for this kind of happening.
    pub fn acled(self) -> (&'static str, &'static str) {
        match self {
            EventType::Surrender => ("Strategic developments", "Agreement"),
            EventType::Encirclement => ("Battles", "Armed clash"),
            EventType::Capture => ("Battles", "Non-state actor overtakes territory"),
            EventType::Withdrawal => ("Strategic developments", "Other"),
            EventType::Advance => ("Battles", "Armed clash"),
            EventType::Ultimatum => ("Strategic developments", "Other"),
            EventType::Evacuation => ("Strategic developments", "Other"),
            EventType::Prisoners => ("Strategic developments", "Other"),
            EventType::Remains => ("Strategic developments", "Other"),
            EventType::Arrest => ("Strategic developments", "Arrests"),
            EventType::Strike => ("Explosions/Remote violence", "Air/drone strike"),
            EventType::Shelling => (
                "Explosions/Remote violence",
                "Shelling/artillery/missile attack",
            ),
            EventType::Destruction => ("Strategic developments", "Looting/property destruction"),
            EventType::Humanitarian => ("Strategic developments", "Other"),
            EventType::Ceasefire => ("Strategic developments", "Agreement"),
            EventType::Political => ("Strategic developments", "Other"),
            EventType::Casualties => ("Battles", "Armed clash"),
            EventType::Fighting => ("Battles", "Armed clash"),
            EventType::Deployment => ("Strategic developments", "Other"),
        }
    }

    /// Whether the event is a change of state, done at one moment: "encircled since early
    /// March" was encircled in early March, while "fighting since early March" went on
    /// from then.
    pub fn is_change_of_state(self) -> bool {
        matches!(
            self,
            EventType::Surrender
                | EventType::Encirclement
                | EventType::Capture
                | EventType::Withdrawal
                | EventType::Political
                | EventType::Ceasefire
        )
    }

    /// Whether the event is about territory as a whole (placed at the region it names).
    pub fn is_territorial(self) -> bool {
        self == EventType::Political
    }

    /// Whether only the event's own words can place it: an annexation names its territory,
    /// a ceasefire holds along a whole front, and a prisoner or body exchange, a mass grave
    /// or an arrest is away from the front the article was describing.
    pub fn placed_only_by_its_own_words(self) -> bool {
        matches!(
            self,
            EventType::Political
                | EventType::Prisoners
                | EventType::Remains
                | EventType::Arrest
                | EventType::Ceasefire
        )
    }
}

/// One row of the trigger table.
pub struct Trigger {
    /// The type it reports.
    pub event_type: EventType,
    /// Case-insensitive pattern over a clause.
    pub pattern: &'static str,
    /// A sentence in which it must fire.
    pub example: &'static str,
}

/// The trigger table, in priority order.
///
/// The rows are searched all at once as one `RegexSet`, whose lazy DFA has a bounded cache:
/// a word gap written with a Unicode class (`[\w-]+`) where an ASCII one (`[a-z-]+`) would
/// do multiplies its states until the search falls back to the PikeVM, about 25 times
/// slower over the whole pipeline (measured: 531 → 13,860 instructions per input byte).
pub const TRIGGERS: &[Trigger] = &[
    Trigger {
        event_type: EventType::Surrender,
        pattern: r"\bsurrender(?:ed|ing|s)?\b|\blaid down (?:their |its )?(?:arms|weapons)\b|\blay down (?:their |its )?(?:arms|weapons)\b|\bturned themselves (?:over|in)\b|\bgave themselves up\b|\bcapitulat\w*",
        example: "Some 1,730 soldiers have surrendered from the plant this week.",
    },
    Trigger {
        event_type: EventType::Encirclement,
        pattern: r"\bencircl\w*|\bsurround(?:ed)?\b|\bsurrounding\s+(?:the\s+(?:city|town|village|garrison|troops|defenders)|(?-i:\p{Lu}))|\bcauldron\b|\bcut off\b|\bfire\s+control\s+(?:over|of)\b|\bunder\s+(?:[a-zA-Z]+\s+)?fire\s+control\b|\bcut\s+(?:the\s+)?(?:main\s+|last\s+|key\s+)?(?:[A-Z][a-zA-Z\u2013-]+\s+)?(?:highway|road|supply\s+(?:route|line)s?|railway|rail\s+line|logistics\s+route)\b|\bblockaded\b|\bblocked\s+(?:off\s+)?(?-i:\p{Lu})[\p{L}'\u2019-]+\s+from\s+(?:the\s+)?(?:north|south|east|west|all\s+sides|three\s+sides|both\s+sides|several\s+directions|(?:the\s+)?flanks)\b|\bclos(?:ed|ing)\s+the\s+(?:ring|pocket|encirclement|cauldron)\b|\btighten(?:ed|ing|s)?\s+(?:the|a|their|its)\s+(?:ring|noose|encirclement|pincers)\s+(?:around|round|on)\b|\bsiege\s+of\b|\bunder\s+siege\b|\blaid\s+siege\b|\bbesieg(?:ed|ing)\s+(?:the\s+)?(?-i:\p{Lu})",
        example: "The troops had been encircled near the towns.",
    },
    Trigger {
        event_type: EventType::Capture,
        pattern: r"\b(?:came|comes|come|returned|returns|passed|fell)\s+(?:back\s+)?under\s+(?:full\s+|the\s+)?(?:[A-Z][a-z'\u2019]+\s+){1,2}control\b|\b(?:is|are|was|were)\s+now\s+(?:fully\s+|completely\s+|entirely\s+|almost\s+entirely\s+|almost\s+fully\s+|largely\s+|mostly\s+)?under\s+(?:full\s+)?(?:[A-Z][a-z'\u2019]+\s+){1,2}control\b|\bclaim(?:ed|s|ing)\s+(?:full\s+control\s+of\s+)?the\s+(?:town|city|village|settlement)\b|\bclaim(?:ed|s)\s+(?-i:\p{Lu}\p{Ll}+)(?:\s+(?:after|as|in|on|amid)\b|\s*[,.:;]|\s*$)|\bwav(?:ed|ing)\s+(?:a|the)\s+(?:Russian|Ukrainian)\s+flag\b|\b(?:been\s+)?cleared\s+of\s+(?:the\s+)?(?:Ukrainian|Russian|enemy)\s+(?:units|troops|forces|soldiers|servicemen|militants)\b|\bcaptur(?:ed|ing|e|es)\b|\bt(?:ook|aken|ake|aking) (?:full )?control\b|\bt(?:ook|aken|ake|aking)\s+(?:most|much|all|half|parts?|large\s+parts?|a\s+(?:third|quarter|fifth|tenth)|two-thirds|three-quarters|\d+\s*%|\d+\s+percent|the\s+(?:whole|entire|entirety|rest|remainder))\s+of\b|\b(?:took|taken|take|taking)\s+(?:the\s+(?:(?:[a-zA-Z-]+\s+){0,3}?(?:towns?|city|cities|villages?|settlements?)\s+of\s+)?)?(?-i:\p{Lu})|\b(?:raised|raising|hoisted|hoisting)\s+(?:the\s+|their\s+|a\s+)?(?:[a-zA-Z-]+\s+){0,2}?flags?\s+(?:over|above|in|on|at)\b|\bflags?\s+(?:(?:was|were|being|had\s+been|has\s+been|have\s+been)\s+)?(?:raised|hoisted)\s+(?:over|above|in|on|at)\b|\b(?:took|taken|take|taking)\s+(?:control\s+of\s+)?the\s+(?:city|town|village|settlement)(?:['\u2019]s\s+(?:outskirts|centre|center|(?:\w+\s+)?(?:part|district|districts|half)))?\b|\b(?:took|taken|take|taking)\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens\s+of)\s+(?:[a-z-]+\s+)?)?(?:villages|settlements|towns)\b|\bseiz(?:ed|ing|e)\b|\b(?:forces|troops|army|units|fighters|rebels|separatists|militants)\s+(?:had\s+|have\s+|has\s+)?(?:took|taken|captured)\s+it\b|\boccupied\b|\btook over\b|\bt(?:aken|ook|ake|aking)\s+(?:about\s+|some\s+|over\s+|nearly\s+|around\s+|almost\s+|more\s+than\s+|roughly\s+)?\d[\d,.]*\s*(?:sq(?:uare)?\.?\s*(?:km|kilomet(?:re|er)s|miles)|km2)\b|\bfell to\b|\bfell\b|\bhad fallen\b|\bhas fallen\b|\bfall\s+of\s+(?:the\s+(?:[a-z-]+\s+)?(?:city|town|village|stronghold)\s+of\s+)?(?-i:[A-Z])|(?-i:[A-Z])[a-z-]+['\u2019]s\s+fall\b|(?-i:[A-Z])[a-z-]+\s+falls\b|\bcontrol(?:s|led|ling)?\s+(?:(?:more\s+than|about|nearly|almost|over|roughly|around|some|approximately|at\s+least)\s+)?(?:most|much|all|parts?|half|a\s+(?:third|quarter|fifth|tenth)|two-thirds|three-quarters|\d+\s*%|\d+\s+percent)\s+of\b|\b(?:full|complete)\s+control\s+(?:of|over)\b|\bin\s+control\s+of\s+(?:(?:more\s+than|about|nearly|almost|over|roughly|around|some|approximately|at\s+least)\s+)?(?:most|much|all|half|a\s+(?:third|quarter)|two-thirds|three-quarters|\d+\s*%|\d+\s+percent)\s+of\b|\bcontrol\s+(?:of|over)\s+(?:the\s+)?(?:whole|entire)\s+(?:territory\s+of\b|(?:town|city|village|settlement)\b)|\bestablish(?:ed|es|ing)?\s+(?:full\s+|complete\s+)?control\s+(?:of|over)\b|\b(?:city|town|village|settlement|stronghold|(?-i:[A-Z][a-z]+))\s+(?:had\s+been|has\s+been|was)\s+taken\b",
        example: "Russian forces captured the eastern city on Friday.",
    },
    Trigger {
        event_type: EventType::Withdrawal,
        pattern: r"\b(?:br(?:oke|eak|eaks|eaking)\s+out\s+of|fought\s+(?:their|its|our|his|her)\s+way\s+out\s+of|escap(?:ed|es|ing|e)(?:\s+from)?|(?:got|gotten|get|gets|getting)\s+out\s+of)\s+(?:the\s+|an?\s+)?(?:semi-|partial\s+|near-|full\s+)?(?:encirclement|pocket|cauldron|siege)\b|\bwithdr(?:ew|awn|aw|awal|awing|aws)\b|\bretreat\w*|\breposition(?:ed|ing)\b|\bpull(?:ed|s|ing)?\s+(?:(?:its|their|the|his|some|remaining|last|troops|forces|units|soldiers)\s+){0,2}(?:back|out)\b|\bleft the (?:(?-i:[A-Z][a-z'-]+)\s+)?(?:area|city|town|village|settlement|positions?|district|region|oblast)\b|\b(?:troops|forces|soldiers|units|fighters|rebels|separatists|militants|insurgents|defenders)\s+(?:had\s+|have\s+|has\s+)?(?:fled|left)\b|\b(?:had\s+|has\s+|have\s+)?lost\s+(?:control\s+(?:of|over)\s+)?the\s+(?:(?:new|old|last|main|key|strategic)\s+)?(?:town|city|village|settlement|terminal|airport|stronghold|bridgehead|foothold)\b|\blos(?:t|es|ing|e)\s+(?:full\s+|complete\s+)?control\s+(?:of|over)\s+(?-i:\p{Lu})|\b(?:confirm(?:ed|s|ing)?|acknowledg(?:ed|es|ing|e)|admit(?:ted|s|ting)?|conced(?:ed|es|ing|e)|announc(?:ed|es|ing|e))\s+(?:the|its|their)\s+loss\s+of\s+(?:the\s+(?:[a-z-]+\s+)?(?:city|town|village|settlement)\s+of\s+)?(?-i:\p{Lu})|\b(?:were|was|been|being|are|is)\s+(?:finally\s+)?dislodged\s+from\b|\bregroup(?:ing|ed|s)?\b|\babandon(?:ed|ing|s)?\s+(?-i:\p{Lu})[a-z]|\babandon(?:ed|ing|s)?\s+(?:(?:forward\s+|front-?line\s+|defensive\s+)?(?:positions|trenches|strongholds|outposts|defen[cs]es)\b|(?:their|its|the)\s+(?:[a-zA-Z-]+\s+){0,3}?(?:strongholds?|bastions?|outposts?|positions?|bases?|city|town|village|defen[cs]es|ruins|airport|trenches|bridgehead|foothold)\b)|\b(?:was|were|been|being)\s+(?:also\s+)?abandoned\s+by\s+(?:the\s+)?(?:[a-zA-Z-]+\s+)?(?:rebels|separatists|militants|insurgents|troops|forces|soldiers|units|army|defenders|fighters|Russians|Ukrainians|occupiers|invaders)\b|\b(?:led|leading)\s+(?:[a-zA-Z]+\s+){0,4}?out\s+of\b",
        example: "Moscow said it had withdrawn its troops from the town.",
    },
    Trigger {
        event_type: EventType::Advance,
        pattern: r"\badvanc(?:es|ed|ing|e)\b|\bcounter-?offensive\b|\bcounter-?attack(?:s|ed|ing)?\b|\brecaptur\w*|\bretook\b|\bretak(?:e|es|en|ing)\b|\bliberat\w*|\bpush(?:ed)? (?:\w+ ){0,3}back\b|\bpush(?:ed|ing)?\s+(?:\w+\s+){0,3}out\s+of\b|\b(?:forced|driven)\s+out\s+of\b|\b(?:knock(?:ed|s|ing)?|drove|drive|driving|kick(?:ed|ing)?|threw|throw|throwing|dislodg(?:ed|es|ing|e))\s+(?:(?:the|an?|their|its)\s+)?(?:enemy|Russians|Ukrainians|Russian\s+troops|Ukrainian\s+troops|occupiers|invaders|militants|rebels|separatists)\s+(?:out\s+of|from)\b|\b(?:drove|driven|drive|driving|pushed|forced|kicked)\s+them\s+out\b|\bpush(?:ed|es|ing)?\s+into\b|\bpush(?:ed|es|ing)\s+(?:on\s+)?to\s+the\s+(?:(?-i:[A-Z])[a-z'-]+\s+)?(?:river|outskirts|edge|banks?|border|canal|reservoir|gates)\b|\bpush(?:ed|es|ing)\s+(?:on\s+|further\s+|deeper\s+)?(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:wards?)?\s+)?(?:towards?|toward)\s+(?:(?-i:[A-Z])|the\s+(?:city|town|village)\b)|\bpush(?:ed|es|ing)\s+(?:about\s+|some\s+|nearly\s+|up\s+to\s+|more\s+than\s+|over\s+)?\d+(?:\.\d+)?\s*(?:km|kilomet(?:er|re)s|miles)\b|\b(?:re)?gain(?:ed|ing|s)?\s+(?:(?:lost|some|several|their|its|more)\s+)?(?:ground|control|positions?|territory)\b|\b(?:re)?gain(?:ed|ing|s)?\s+(?:about\s+|some\s+|over\s+|nearly\s+|around\s+)?\d[\d,.]*\s*(?:sq(?:uare)?\.?\s*(?:km|kilomet(?:re|er)s|miles)|km2)\b|\b(?:t(?:ook|aken|ake|aking)|occup(?:ied|ying))\s+(?:up\s+)?more\s+(?:advantageous|favou?rable)\s+(?:positions|lines|frontiers)\b|\b(?:now\s+)?occup(?:y|ies)\s+positions\s+(?:in|on|near|around)\b|\bclear(?:ed|ing)\s+(?:(?:the\s+)?(?:Russian|Ukrainian|enemy)\s+)?(?:(?:infiltration|sabotage|assault|reconnaissance)\s+)?(?:groups|units|troops|forces|soldiers|infiltrators|saboteurs|militants)\s+(?:from|out\s+of)\b|\bclear(?:ed|ing)\s+(?-i:\p{Lu})[\w'\u2019-]+\s+of\s+(?:(?:the\s+)?(?:Russian|Ukrainian|enemy)\s+)?(?:(?:infiltration|sabotage|assault|reconnaissance)\s+)?(?:groups|units|troops|forces|soldiers|infiltrators|saboteurs|militants)\b|\bclear(?:ing|ed)[\x22'\u201d]?\s+(?:the\s+|its\s+)?(?:[a-z]+ern\s+)?(?:districts?|outskirts|neighbou?rhoods?|streets|quarters?|town|city|village|settlement|industrial\s+zone)\b|\breach(?:ed|ing|es)\s+(?:the\s+|its\s+|their\s+|the\s+(?:city|town|village)['\u2019]s\s+)?(?:[a-zA-Z]+ern\s+)?(?:(?:outskirts|edge|centre|center|suburbs|banks?|districts|industrial\s+zone|slag\s+heaps?|canal|(?:state\s+|administrative\s+)?border)\b|(?-i:\p{Lu}))|\breach(?:ed|ing|es)\s+the\s+(?:[a-z-]+\s+)?(?:village|town|city|settlement)\s+of\s+(?-i:\p{Lu})|\b(?:broke|broken)\s+through\b|\b(?:spotted|sighted|filmed|geolocated)\s+(?:in|on|at)\s+the\s+(?:[a-z-]+\s+){0,2}?(?:outskirts|edge|centre|center)\b|\b(?:broke|broken|break(?:s|ing)?)\s+into\s+(?:the\s+(?:[a-z-]+\s+){0,2}(?:town|city|village|settlement|outskirts|centre|center|suburbs|industrial\s+zone)\b|(?-i:[A-Z]))|\bentering\b|\bentered\b|\b(?:moved|pushed|broke|advanced|swept|sweeping|surged|rolled|poured|stormed|streamed)\s+(?:deeper\s+|further\s+|back\s+)?into\s+(?-i:\p{Lu})|\bf(?:ought|ighting)\s+(?:their|its|our|his|her)\s+way\s+(?:back\s+)?into\b|\benters?\s+(?:(?-i:\p{Lu})|the\s+(?:[a-zA-Z]+ern\s+)?(?:outskirts|centre|center|suburbs|districts|industrial\s+zone|town|city|village)\b)|\bpressuring\b|\b(?:are|is|were|was)\s+(?:now\s+|just\s+|only\s+|within\s+)?(?:about\s+|some\s+|less\s+than\s+|under\s+|barely\s+)?\d+(?:\.\d+)?\s*(?:km|kilomet(?:er|re)s|miles)\s+(?:from|away\s+from|short\s+of)\b|\b(?:moved|moving|advanced|pushed|came|got|crept|closed|are|is|were|was)\s+(?:to\s+)?within\s+(?:about\s+|some\s+|less\s+than\s+|just\s+|roughly\s+)?\d+(?:\.\d+)?\s*(?:km|kilomet(?:er|re)s|miles)\s+of\b|\bpress(?:ing|ed)\s+(?:on\s+)?(?:the\s+(?:town|city|village|settlement)\b|toward|towards)|\bpress(?:ing|ed|es)\s+on\s+(?-i:\p{Lu})[a-z]|\boffensive\b|\bbreakthrough\b|\b(?:columns?|troops|forces|tanks|units|vehicles|convoys?|soldiers|groups?|paratroopers|marines|servicemen|fighters|personnel|armou?r)\s+(?:[a-z-]+\s+){0,3}?(?:had\s+|have\s+|has\s+)?cross(?:ed|es)?\s+(?:the\s+|into\s+)?(?:[a-z-]+\s+)?border\b|\bbreach(?:ed|ing)\s+(?:the\s+|their\s+|its\s+)?(?:[a-z-]+\s+){0,2}?(?:defen[cs]es?|lines?|positions)\b|\bestablished (?:positions|a foothold|a bridgehead)\b|\b(?:gain(?:ed|ing|s)?|secur(?:ed|ing|e))\s+a\s+foothold\b|\bbridgehead\b|\bclos(?:ing|ed|es)\s+in\s+on\b|\bclose\s+in\s+on\s+(?:(?-i:\p{Lu})|the\s+(?:city|town|village)\b)|\binfiltrat(?:ed|ing|es|e|ion)\b|\bcross(?:ed|ing)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:river|canal|reservoir)\b|\b(?:are|is|were|was|been|be)\s+(?:now\s+|already\s+)?(?:on|at)\s+the\s+(?:outskirts|gates)\s+of\b|\bapproach(?:ed|ing|es)?\s+(?:the\s+)?(?:outskirts|gates)\b|\bapproach(?:ed|ing|es)\s+(?-i:[A-Z])|\bapproach(?:ed|ing|es)\s+the\s+(?:city|town|village|settlement)\b|\b(?:made|making)\s+(?:(?-i:[a-z]+)\s+)?gains\b|\bimprov(?:ed|ing|es)\s+(?:their|its|the)\s+(?:tactical\s+)?(?:positions?|position\s+along\s+the\s+front|front\s*line|situation\s+along\s+the\s+front(?:\s*line)?)\b|\b(?:had|has|have|having|achieved|achieving|achieves|scored|gained|won)\s+(?:some\s+|certain\s+|limited\s+)?(?:partial|tactical|local)\s+success(?:es)?\b|\bpartially\s+successful\b",
        example: "Ukrainian forces have made advances outside the city.",
    },
    Trigger {
        event_type: EventType::Strike,
        pattern: r"\b(?:air|missile|drone|rocket)[ -]?strikes?\b|\bairstrikes?\b|\b(?:strikes?|attacks?|missiles?|drones?|bombs?)\s+(?:also\s+|again\s+)?(?:targeted|targeting|targets)\b|\bhit\s+(?:[A-Z][a-z'\u2019-]+|the\s+(?:city|town|village))\s+with\b|\bcluster\s+(?:munitions?|bombs?)\b|\b(?:strikes?|attacks?|missiles?|drones?)\s+(?:that\s+|which\s+)?(?:knocked|knocks|knocking)\s+out\s+(?:the\s+)?(?:power|electricity|water|heating)\b|\bstrikes? (?:on|hit)\b|\b(?:by|in)\s+(?:an?|the)\s+(?:(?:Russian|Ukrainian|guided|glide|aerial|KAB|FAB|FAB-\d+|KAB-\d+|UMPK|Iskander|S-300|Shahed|Lancet|FPV|HIMARS|precision)\s+){1,2}strikes?\b|\bstruck\b|\bstriking\b|\bmissiles? (?:hit|struck)\b|\b(?:rockets?|missiles?|drones?)\s+(?:fired|launched)\s+from\b|\bbomb(?:ed|ing|ings|s)\b|\brockets? (?:hit|struck|attack)\b|\bhit by\b|\b(?:was|were|been)\s+hit\b|\bexplosions?\b|\blaunch(?:ed|es|ing)?\s+(?:[a-zA-Z0-9,/-]+\s+){0,4}(?:missiles|drones|rockets)\b|\bfir(?:ed|es|ing)\b|\bdrone attacks?\b|\b(?:damaged|destroyed)\s+(?:in\s+)?by\s+(?:an?\s+|the\s+)?(?:[A-Za-z-]+\s+){0,3}?(?:bombs?|missiles?|drones?|rockets?|airstrikes?|air\s+strikes?|missile\s+strikes?)\b|\bdropp(?:ed|ing)\s+(?:[A-Za-z0-9-]+\s+){0,3}?(?:explosives|bombs?|grenades?|munitions|mines|KABs?|FABs?|UMPKs?)\b|\bhits?\s+(?:an?|the|two|three|several|\d+)\s+(?:[A-Za-z-]+\s+){0,3}?(?:bases?|depots?|headquarters|command\s+posts?|warehouses?|airfields?|bridges?|columns?|convoys?|refiner(?:y|ies)|substations?|ammunition\s+dumps?|facilit(?:y|ies)|power\s+plants?|hospitals?|schools?)\b|\b(?:bombs?|missiles?|rockets?|drones?|debris)\s+(?:also\s+)?(?:fell|landed|exploded)\b|\b(?:bomb|missile|rocket|air|aerial)\s+(?:attacks?|raids?)\b|\bcombined\s+(?:(?:drone|missile|air|overnight)\s+(?:and\s+(?:drone|missile)\s+)?)?attacks?\b|\b(?:massive|massed)\s+(?:drone|missile)\s+(?:and\s+(?:drone|missile)\s+)?attacks?\b|\battacks?\s+on\s+(?:the\s+|an?\s+)?(?:[a-z-]+\s+){0,2}?(?:energy|power|electricity|infrastructure|grid|substations?|plants?|stations?|hospitals?|schools?|kindergartens?|apartment|buildings?|blocks?|markets?|supermarkets?|shopping|depots?|warehouses?|factor(?:y|ies)|hotels?|restaurants?|caf(?:e|é)s?|churches|church|theatres?|theaters?|dormitor(?:y|ies)|trains?|buses|bus)\b|\b(?:drones?|missiles?|rockets?|bombs?|KABs?|FABs?|Shaheds?|Lancets?|Iskanders?)\s+(?:that\s+|which\s+)?(?:attacked|hit|hits|struck|targeted|slammed|killed|kills|injured|injures|wounded|wounds)\b|\b(?:drones?|missiles?|rockets?|bombs?|airstrikes?|strikes?)\s+(?:had\s+|have\s+|has\s+)?(?:destroyed|damaged)\b|\b(?:attack(?:ed|s|ing)?|hit|hits|targeted)\s+(?:[a-zA-Z'\u2019-]+\s+){0,8}?with\s+(?:(?:an?|two|three|several|\d+)\s+)?(?:[a-zA-Z0-9-]+\s+){0,3}?(?:bombs?|missiles?|drones?|rockets?|UAVs?)\b|\b(?:shot|shoot|shoots|shooting)\s+down\b|\b(?:downed|intercepted)\b|\b(?:destroyed|neutrali[sz]ed)\s+(?:[a-zA-Z0-9,-]+\s+){0,4}?(?:drones|UAVs|unmanned\s+aerial\s+vehicles|missiles|rockets)\b|\b(?:sank|sunk)\b",
        example: "A missile strike hit the station on Friday.",
    },
    Trigger {
        event_type: EventType::Shelling,
        pattern: r"\bshell(?:ing|ed|s)\b|\bshell\s+(?:also\s+|had\s+|has\s+)?(?:hit|struck|landed|exploded|fallen|fell|killed|wounded|injured|damaged|destroyed)\b|\b(?:shells|rounds|projectiles)\s+(?:also\s+)?(?:fell|landed|exploded|rained)\b|\b(?:came|come|comes|coming)\s+under\s+(?:[a-zA-Z-]+\s+){0,3}?fire\b|\b(?:is|are|was|were|remains?|remained)\s+(?:still\s+)?under\s+(?:(?:constant|heavy|intense|daily|enemy|Russian|Ukrainian|artillery)\s+){0,2}fire\b|\bartillery\b|\bbombardment\b|\bbombard(?:ed|ing)\b|\bmortars?\b|\bMLRS\b|\b(?:Grad|Uragan|Smerch)\b|\bmultiple\s+(?:launch\s+)?rocket\b|\bpound(?:ed|ing)\b|\b(?:rocket|artillery|mortar|tank|MLRS)\s+fire\b|\bfired\s+(?:on|at|upon)\s+(?:the\s+)?(?:\d+\s+)?(?:settlements|villages?|towns?|cities|city|residential|districts?|communities|hromadas?|(?-i:[A-Z]))",
        example: "Hundreds of civilians took shelter from Russian shelling.",
    },
    Trigger {
        event_type: EventType::Ultimatum,
        pattern: r"\bultimatum\b|\bdemand(?:ed|s|ing)?\s+(?:[\w'\u2019-]+\s+){0,16}?(?:surrender\w*|withdraw\w*|leave|lay\s+down|capitulat\w*|pull\s+out|pull-?out|disarm\w*|hand\s+over|give\s+up|stop\s+resist\w*)\b",
        example: "Russia demanded that the defenders lay down their arms.",
    },
    Trigger {
        event_type: EventType::Evacuation,
        pattern: r"\bevacuat\w*|\bevacuees\b|\b(?:people|civilians|residents|families)\s+(?:(?:have|had|has)\s+)?(?:left|fled)\b|\b(?:thousands|hundreds|dozens)\s+(?:more\s+)?(?:(?:have|had|has)\s+)?fled\b|\bordered\s+to\s+leave\b|\bto\s+leave\b|\bto\s+flee\b|\bforced\s+(?:\w+\s+){0,6}?to\s+leave\b|\b(?:leave|left|fled|flee)\s+their\s+homes\b|\b(?:people|civilians|residents|families|children)\s+(?:were|was|have\s+been|had\s+been)\s+(?:taken|moved|bused|bussed|brought|relocated|transported)\s+(?:(?:out\s+)?(?:of|from)|by\s+(?:bus|buses|train|trains|rail|minibus|minibuses)\s+(?:to|from|out\s+of))\b",
        example: "Its forces were still trying to evacuate civilians from the city.",
    },
    Trigger {
        event_type: EventType::Prisoners,
        pattern: r"\b(?:taken|took|take|taking)\s+(?:as\s+)?prisoners?\b|\b(?:captur(?:ed|ing)|seiz(?:ed|ing))\s+(?:[a-z0-9,]+\s+){0,3}?(?:soldiers|servicemen|troops|fighters|marines|paratroopers|mercenaries)\b|\bcaptur(?:ed|ing)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|dozens)\s+others\b|\bcaptur(?:ed|ing)\s+(?:another\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens|hundreds)(?:\s+(?:more|others|of\s+them))?(?:\s*[.,;]|\s*$|\s+(?:and|alive|as|in|near|during|on)\b)|\b(?:soldiers|servicemen|troops|fighters|marines|paratroopers|mercenaries)\s+(?:(?:had|have|has)\s+been|were|was)\s+captured\b|\b(?:soldiers|servicemen|troops|fighters|defenders|marines|paratroopers|mercenaries)\s+captured\s+(?:near|in|at|around|outside|during)\b|(?:^|[\s,])\d[\d,]*\s+(?:more\s+)?(?:were\s+)?captured\b|\bprisoners?\b|\bPOWs?\b|\bprisoner (?:swap|exchange)\b|\bcaptives?\b|\bin (?:Russian |Ukrainian )?custody\b|\bdetained\b|\barrested\b|\babduct(?:ed|ing)\b|\bkidnapp(?:ed|ing)\b",
        example: "There are 8,000 Ukrainian prisoners of war in the region.",
    },
    Trigger {
        event_type: EventType::Remains,
        pattern: r"\bbod(?:y|ies)\s+(?:exchanges?|swaps?|repatriations?)\b|\brepatriat(?:ed|ing|ion\s+of)\s+(?:the\s+)?(?:\d[\d,]*\s+)?(?:bodies|remains)\b|\b(?:received|returned|handed\s+over|exchanged|exhumed|unearthed)\s+(?:the\s+)?(?:\d[\d,]*\s+)?(?:bodies|remains)\b|\b(?:bodies|remains)\s+(?:of\s+(?:\d[\d,]*\s+)?(?:fallen\s+|dead\s+|killed\s+)?(?:Ukrainian\s+|Russian\s+)?(?:soldiers|servicemen|defenders|fighters)\s+)?(?:were|have\s+been|had\s+been)\s+(?:returned|repatriated|handed\s+over|exhumed)\b|\bmass\s+(?:graves?|burials?)\b|\bgraves\s+(?:had\s+been\s+|have\s+been\s+|were\s+)?(?:found|discovered|uncovered)\b|\bexhum(?:ed|ing|ation|ations)\b",
        example: "Ukraine received the bodies of 84 fallen soldiers from Russia on Friday.",
    },
    Trigger {
        event_type: EventType::Destruction,
        pattern: r"\bdestroy(?:ed|ing|s)?\b|\bblew up\b|\bblown up\b|\bsabotag(?:ed|ing)\b|\bderail(?:ed|ing)\b|\breduced (?:[a-zA-Z]+ ){0,4}to ruins\b|\bdamaged\b|\bdamage\s+to\b|\b(?:dam|dike|dyke|embankment|levee)\s+(?:[a-z0-9-]+\s+){0,4}?(?:was\s+|were\s+|had\s+been\s+|has\s+been\s+)?breached\b",
        example: "Russia destroyed the last bridge to the city.",
    },
    Trigger {
        event_type: EventType::Humanitarian,
        pattern: r"\btrapped\b|\bhumanitarian corridors?\b|\btook shelter\b|\bsheltering\b|\bstranded\b|\b(?:humanitarian|aid|inter-?agency)\s+(?:convoys?|deliveries|delivery)\b|\b(?:deliver(?:ed|ing)|br(?:ought|inging)|carr(?:ied|ying))\s+(?:[a-zA-Z0-9,]+\s+){0,4}?(?:aid|food|water|medicines?|supplies)\b|\bconvoys?\s+of\s+(?:\d+\s+)?(?:trucks|lorries|vehicles)\s+(?:carrying|with|loaded\s+with)\s+(?:humanitarian\s+)?aid\b|\b(?:humanitarian\s+)?(?:aid|supplies)\s+(?:(?:has|have|had)\s+)?(?:began\s+|begun\s+|started\s+)?(?:arriv(?:ed|ing)|reached)\b",
        example: "More than 500 civilians are trapped inside the plant.",
    },
    Trigger {
        event_type: EventType::Ceasefire,
        pattern: r"\b(?:cease-?fire|truce|armistice)\s+(?:(?:has|had|have)\s+)?(?:took|take|takes|taking|taken|went|go|goes|came|come|comes)\s+(?:into\s+)?(?:effect|force)\b|\b(?:cease-?fire|truce|armistice)\s+(?:[A-Za-z-]+\s+){0,4}?(?:that|which)\s+(?:(?:has|had)\s+)?(?:took|takes|taken|went|goes|came|comes)\s+(?:into\s+)?(?:effect|force)\b|\b(?:cease-?fire|truce|armistice)\s+(?:was|were|has\s+been|had\s+been)\s+(?:declared|announced|agreed|signed|brokered|reached|extended)\b|\bagreed\s+(?:[A-Za-z0-9-]+\s+){1,5}?(?:to|on|upon)\s+(?:a\s+|an\s+|the\s+)?(?:[a-zA-Z0-9-]+\s+){0,3}?(?:cease-?fire|truce|armistice)\b|\b(?:declared|announced|agreed(?:\s+(?:to|on|upon))?|signed|brokered|reached|began|started|observed|extended)\s+(?:a\s+|an\s+|the\s+)?(?:[a-zA-Z0-9-]+\s+){0,3}?(?:cease-?fire|truce|armistice)\b|\b(?:cease-?fire|truce|armistice)\s+(?:collapsed|broke\s+down|ended|expired|began|started|held)\b|\b(?:cease-?fire|truce|armistice)\s+(?:declared|announced|ordered|agreed|brokered|proposed)\s+(?:by|on|in)\s+[A-Za-z]+\s+(?:took|takes|came|comes|went)\s+(?:into\s+)?(?:effect|force)\b",
        example: "A ceasefire took effect at midnight on Sunday.",
    },
    Trigger {
        event_type: EventType::Political,
        pattern: r"\bannex\w*|\breferend\w*|\brecogni[sz]ed (?:their|its|the) independence\b|\bdiplomatic relations\b|\bmartial law\b|\bmobili[sz]ation\b",
        example: "Russia established diplomatic relations with both republics.",
    },
    Trigger {
        event_type: EventType::Casualties,
        pattern: r"\bkilled\b|\bkilling\b|\bexecut(?:ed|ing|ion|ions)\b|\bkills?\s+(?:at\s+least\s+)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|dozens)|\beliminat(?:ed|ing)\s+(?:up\s+to\s+|about\s+|over\s+)?\d|\bliquidated\b|\bwounded\b|\bwounding\b|\binjured\b|\binjuring\b|\bdead\b|\bdeaths\b|\blosses\b|\bcasualties\b|\bdied\b|\bfatalities\b|\bdeath\s+toll\b|\b(?:pulled|recovered|retrieved|found|discovered)\s+(?:the\s+)?(?:(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|several|more|another)\s+){0,2}bod(?:y|ies)\s+(?:from\s+|under\s+|in\s+|beneath\s+)(?:the\s+)?(?:rubble|debris|ruins)\b|\b(?:pulled|recovered|retrieved)\s+(?:the\s+)?(?:\d[\d,]*\s+)?bod(?:y|ies)\b|\bbod(?:y|ies)\s+(?:of\s+(?:[a-z0-9-]+\s+){1,3}?)?(?:were|was|have\s+been|had\s+been|has\s+been)\s+(?:found|discovered|recovered|retrieved|pulled)\b|\blost\s+(?:up to\s+|about\s+|some\s+|over\s+|more than\s+|at least\s+)?(?:\d[\d,]*|hundreds|thousands|dozens)\b|\b(?:found|discovered)\s+(?:the\s+)?bodies\s+of\s+(?:at\s+least\s+|more\s+than\s+|another\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|several|dozens)\b",
        example: "Ukrainian forces are suffering painful losses in fighting.",
    },
    Trigger {
        event_type: EventType::Fighting,
        pattern: r"\boffensive\s+(?:operations|actions)\b|\b(?:positional\s+engagements?|engagements)\b|\bfighting\b|\bfight\b|\bfought\b|\bambush(?:ed|es|ing)?\b|\bhostilities\b|\bbattles?\b|\bclash(?:es|ed)?\b|\bassaults?\b|\bfirefights?\b|\bcombat\b|\battack(?:s|ed|ing)?\b|\bstorm(?:ed|ing)\b|\brepel(?:led|s|ling)?\b|\b(?:\d+|several|numerous|many|repeated|multiple|unsuccessful|failed)\s+attempts\s+to\b|\b(?:attempt(?:s|ed|ing)?|tr(?:y|ies|ied|ying))\s+to\s+(?:storm|push|break\s+(?:through|into)|dislodge|advance)\b|\b(?:shot|shoot|shoots|shooting)\s+down\s+(?:an?\s+|the\s+|two\s+|three\s+|\d+\s+)?(?:[a-zA-Z-]+\s+){0,2}?(?:jets?|planes?|transport\s+planes?|aircraft|helicopters?|warplanes?|fighters?|bombers?|(?-i:(?:Su|Mi|Il|An|Ka|MiG|Tu)-\d+[A-Z]*)s?(?:\s+(?:jets?|planes?|aircraft|helicopters?|fighters?|bombers?|transport\s+planes?))?)\b|\bdowned\s+(?:an?\s+|the\s+|two\s+|three\s+|\d+\s+)?(?:[a-zA-Z-]+\s+){0,2}?(?:jets?|planes?|aircraft|helicopters?|warplanes?|bombers?|(?-i:(?:Su|Mi|Il|An|Ka|MiG|Tu)-\d+[A-Z]*)s?(?:\s+(?:jets?|planes?|aircraft|helicopters?|fighters?|bombers?|transport\s+planes?))?)\b|\b(?:jets?|planes?|aircraft|helicopters?|warplanes?|bombers?|(?-i:(?:Su|Mi|Il|An|Ka|MiG|Tu)-\d+[A-Z]*))\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:shot\s+down|downed)\b",
        example: "The fight in the city was among the most brutal in the war.",
    },
    Trigger {
        event_type: EventType::Deployment,
        pattern: r"\b(?:mass(?:ed|es|ing)|amass(?:ed|es|ing)|accumulat(?:ed|es|ing)|concentrat(?:ed|es|ing)|redeploy(?:ed|s|ing)|deploy(?:ed|s|ing)|transferr(?:ed|ing)|build(?:s|ing)?\s+up|built\s+up)\s+(?:up\s+to\s+|about\s+|some\s+|more\s+than\s+|over\s+|nearly\s+|at\s+least\s+)?(?:[a-zA-Z0-9,-]+\s+){0,4}?(?:troops|forces|soldiers|reserves|servicemen|brigades|battalions|reinforcements)\b|\b(?:troop|military|force)\s+build-?ups?\b|\b(?:brought|bringing|brings|bring)\s+in\s+(?:fresh|new|additional|more)\s+(?:units|troops|forces|reserves|reinforcements|brigades|battalions)\b|\breinforcements\s+(?:have\s+|had\s+)?(?:arrived|been\s+sent|were\s+sent)\b|\b(?:special\s+forces|troops|paratroopers|marines|commandos|units)\s+(?:have\s+|had\s+|has\s+)?(?:landed|been\s+(?:deployed|airlifted|sent))\b|\b(?:rushed|dispatched|redeployed|transferred|sent|moved|brought\s+in)\s+(?:[a-z]+\s+){0,3}?to\s+reinforce\b|\b(?:rushed|dispatched|redeployed)\s+(?:to|into)\s+(?:(?-i:[A-Z])|the\s+(?:area|front|sector|direction|town|city))",
        example: "Russia has amassed up to 50,000 troops near the border, Kyiv said.",
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_type_is_listed_once() {
        for (i, t) in EventType::ALL.iter().enumerate() {
            assert!(!EventType::ALL[..i].contains(t), "{t:?} twice");
        }
        for t in TRIGGERS {
            assert!(EventType::ALL.contains(&t.event_type), "{:?}", t.event_type);
        }
        // Its names are distinct too: they are the map's categories.
        let mut names: Vec<&str> = EventType::ALL.iter().map(|t| t.as_str()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), EventType::ALL.len());
    }
}
