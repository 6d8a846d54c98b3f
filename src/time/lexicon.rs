//! Word tables and patterns of time expressions, apart from the engine that uses them.
//!
//! Every pattern carries an example sentence and the text it must find there; the test at
//! the end runs them all. Patterns are written with named groups: `x` (when present) is
//! the part of the match that is the expression itself, so that "claimed on Tuesday"
//! yields "Tuesday" and "from 8 a.m." yields "8 a.m.".

/// The families of time expressions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Family {
    /// "between May 16 and 20", "from May 16 to May 20"
    RangeBetween,
    /// "May 16-20"
    RangeDash,
    /// "between March and May 2023", "from June to August"
    MonthRange,
    /// "since May 16"
    Since,
    /// "2022-02-24"
    IsoDate,
    /// "24.02.2022"
    NumericDate,
    /// "May 16", "Feb. 24, 2022"
    MonthDay,
    /// "16 May", "24th of February 2022"
    DayMonth,
    /// "mid-May", "late February", "the end of March"
    MonthPart,
    /// "February 2022"
    MonthYear,
    /// "in February", "last March"
    MonthAlone,
    /// "Tuesday", "early Wednesday", "last Friday", "from Monday to Wednesday"
    Weekday,
    /// "yesterday", "last night", "the next day"
    DayWord,
    /// "last week", "this week", "the weekend"
    Week,
    /// "last month", "earlier this month"
    MonthRelative,
    /// "last year", "earlier this year"
    YearRelative,
    /// "in 2014"
    YearAlone,
    /// "late 2023", "the first half of 2024"
    YearPart,
    /// "Independence Day", "New Year's Eve": a holiday on a fixed day
    Holiday,
    /// "a month ago", "two days later"
    Offset,
    /// "in the past 24 hours", "over the last week"
    PastPeriod,
    /// "in recent days", "in the coming weeks"
    Recent,
    /// "during the reporting period", "over the same period": the last period named
    SamePeriod,
    /// "last summer", "the winter of 2022"
    Season,
    /// "8 a.m. Moscow time (0500 GMT)", "0500 GMT", "at 01:30", "at dawn"
    Clock,
    /// "the start of the full-scale invasion", "the early days of the war", "since Russia's
    /// full-scale invasion": dates the war's reporting names by the war itself
    War,
}

impl Family {
    /// The name used in outputs.
    pub fn as_str(self) -> &'static str {
        match self {
            Family::RangeBetween | Family::RangeDash | Family::MonthRange => "range",
            Family::Since => "since",
            Family::IsoDate | Family::NumericDate | Family::MonthDay | Family::DayMonth => "date",
            Family::MonthPart => "month_part",
            Family::MonthYear | Family::MonthAlone => "month",
            Family::Weekday => "weekday",
            Family::DayWord => "day",
            Family::Week => "week",
            Family::MonthRelative => "month",
            Family::YearRelative | Family::YearAlone => "year",
            Family::YearPart => "year_part",
            Family::Holiday => "holiday",
            Family::Offset => "offset",
            Family::PastPeriod => "period",
            Family::Recent => "recent",
            Family::SamePeriod => "same_period",
            Family::Season => "season",
            Family::War => "war",
            Family::Clock => "clock",
        }
    }

    /// Whether the expression names its date outright (needs no anchor when it has a year).
    pub fn is_absolute(self) -> bool {
        matches!(
            self,
            Family::IsoDate | Family::NumericDate | Family::YearAlone | Family::MonthYear
        )
    }
}

pub(super) const MONTH: &str = r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.|Jan|Feb|Apr|Jun|Jul|Aug|Sept|Oct|Nov|Dec)";
/// The second month of a range ("between 28 February and 3 March"), or its only month when
/// the day comes first ("between 1 and 7 March").
pub(super) const MONTH2: &str = r"(?P<mon2>January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.|Jan|Feb|Apr|Jun|Jul|Aug|Sept|Oct|Nov|Dec)";
pub(super) const WEEKDAY: &str =
    r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
/// The last day of a range of weekdays ("from Monday to Wednesday").
pub(super) const WEEKDAY2: &str =
    r"(?P<wd2>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
pub(super) const YEAR: &str = r"(?P<year>(?:19|20)\d\d)";

/// One pattern of the table.
pub struct Pattern {
    /// The family it recognises.
    pub family: Family,
    /// The regular expression, with `{MONTH}`, `{WEEKDAY}`, `{YEAR}`, `{MONTH2}` and
    /// `{WEEKDAY2}` filled in.
    pub regex: &'static str,
    /// An example sentence.
    pub example: &'static str,
    /// The expression the pattern must find in the example.
    pub finds: &'static str,
}

/// The patterns, most specific first (a longer match wins anyway).
pub const PATTERNS: &[Pattern] = &[
    Pattern {
        family: Family::RangeBetween,
        regex: r"\b(?i:between|from|(?:the\s+)?night\s+of|overnight\s+on)\s+(?P<x>{MONTH}\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?i:and|to|until|till|through)\s+(?:{MONTH2}\s+)?(?P<d2>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+{YEAR})?)\b",
        example: "Shelling went on between May 16 and 20 near Izium.",
        finds: "May 16 and 20",
    },
    Pattern {
        family: Family::RangeBetween,
        regex: r"\b(?i:between|from|(?:the\s+)?night\s+of|overnight\s+on)\s+(?P<x>(?P<d1>\d{1,2})(?:st|nd|rd|th)?(?:\s+{MONTH})?\s+(?i:and|to|until|till|through)\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+{MONTH2}(?:,?\s+{YEAR})?)\b",
        example: "Between 1 and 7 March, partners delivered food to 12,000 people.",
        finds: "1 and 7 March",
    },
    Pattern {
        family: Family::MonthRange,
        regex: r"\b(?i:between|from)\s+(?P<x>{MONTH}\s+(?i:and|to|until|till|through)\s+{MONTH2}(?:,?\s+{YEAR})?)\b",
        example: "Shelling went on between March and May 2023 near Bakhmut.",
        finds: "March and May 2023",
    },
    Pattern {
        family: Family::RangeDash,
        regex: r"\b(?P<d1>\d{1,2})\s*[-\u2013]\s*(?P<d2>\d{1,2})\s+{MONTH2}\b(?:,?\s+{YEAR}\b)?",
        example: "Drones attacked the city overnight on 12-13 November.",
        finds: "12-13 November",
    },
    Pattern {
        family: Family::RangeDash,
        regex: r"\b{MONTH}\s+(?P<d1>\d{1,2})\s*[-\u2013]\s*(?P<d2>\d{1,2})\b(?:,?\s+{YEAR}\b)?",
        example: "Talks were held May 16-20 in Istanbul.",
        finds: "May 16-20",
    },
    Pattern {
        family: Family::RangeDash,
        // "on March 17 and 18": two days of one month; "on October 1 or 2", one of two days,
        // is the same two days as an interval. Punctuation or a joining word must
        // follow, or the second number may count something ("on March 17 and 18 people
        // were hurt").
        regex: r"\b(?P<x>{MONTH}\s+(?P<d1>\d{1,2})\s+(?:and|or)\s+(?P<d2>\d{1,2})(?:,?\s+{YEAR})?)(?:\s*(?:[.,;:)]|$)|\s+(?:but|in|near|around|along|when|while|after|before|despite)\b)",
        example: "Russian forces attacked near Bakhmut on March 17 and 18.",
        finds: "March 17 and 18",
    },
    Pattern {
        family: Family::RangeDash,
        regex: r"\b(?P<x>(?P<d1>\d{1,2})\s+(?:and|or)\s+(?P<d2>\d{1,2})\s+{MONTH2}(?:,?\s+{YEAR})?)\b",
        example: "Drones struck Kharkiv on 17 and 18 March.",
        finds: "17 and 18 March",
    },
    Pattern {
        family: Family::Since,
        regex: r"\b(?i:since)\s+{MONTH}\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+{YEAR}\b)?",
        example: "The city has been cut off since May 16.",
        finds: "since May 16",
    },
    Pattern {
        family: Family::IsoDate,
        regex: r"\b{YEAR}-(?P<m>\d\d)-(?P<d>\d\d)\b",
        example: "The order is dated 2022-02-24 in the archive.",
        finds: "2022-02-24",
    },
    Pattern {
        family: Family::NumericDate,
        regex: r"\b(?P<d>\d{1,2})[./](?P<m>\d{1,2})[./]{YEAR}\b",
        example: "The decree of 24.02.2022 took effect.",
        finds: "24.02.2022",
    },
    Pattern {
        family: Family::NumericDate,
        // The General Staff's "from 24.02.22 to 10.06.24": a year of two digits, with dots.
        regex: r"\b(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<yy>\d{2})\b",
        example: "The losses of the enemy from 24.02.22 were approximately 511,130 personnel.",
        finds: "24.02.22",
    },
    Pattern {
        family: Family::MonthDay,
        regex: r"\b{MONTH}\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+{YEAR}\b)?",
        example: "Russia invaded on Feb. 24, 2022, from three sides.",
        finds: "Feb. 24, 2022",
    },
    Pattern {
        family: Family::DayMonth,
        regex: r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}\b(?:,?\s+{YEAR}\b)?",
        example: "The strike on 16 May hit a depot.",
        finds: "16 May",
    },
    Pattern {
        family: Family::DayMonth,
        regex: r"(?i)\b(?:on|by|since|until|from|before|after)\s+the\s+(?P<x>(?P<d>\d{1,2})(?:st|nd|rd|th))(?:\s*[,.;:]|\s*$)",
        example: "On the 14th, Russian troops attacked the village.",
        finds: "14th",
    },
    Pattern {
        family: Family::MonthPart,
        regex: r"(?P<x>\b(?P<part>(?i:early|mid|late|the\s+(?:beginning|start|end|middle|first\s+half|second\s+half|(?:first|second|third|fourth|last|final)\s+week|(?:first|last|final|early|closing)\s+days)\s+of))[\s-]+{MONTH}\b(?:,?\s+{YEAR}\b)?)",
        example: "Those inside surrendered in mid-May and were taken away.",
        finds: "mid-May",
    },
    Pattern {
        family: Family::MonthYear,
        regex: r"\b{MONTH}\s+{YEAR}\b",
        example: "The town was occupied in March 2022 by Russian troops.",
        finds: "March 2022",
    },
    Pattern {
        family: Family::MonthAlone,
        regex: r"\b(?i:in|since|until|till|by|during|from|through|throughout|of|before|after)\s+(?P<x>{MONTH})\b",
        example: "Russia's invasion began in February and stalled.",
        finds: "February",
    },
    Pattern {
        family: Family::MonthAlone,
        regex: r"\b(?P<rel>(?i:last|this|next))\s+{MONTH}\b",
        example: "The town was retaken last September after months of occupation.",
        finds: "last September",
    },
    Pattern {
        family: Family::Weekday,
        regex: r"\b(?i:from|between)\s+(?P<x>{WEEKDAY}\s+(?i:to|and|until|till|through)\s+{WEEKDAY2})\b",
        example: "From Monday to Wednesday, troops repelled 40 attacks.",
        finds: "Monday to Wednesday",
    },
    Pattern {
        family: Family::Weekday,
        // One of two days is the two days as an interval.
        regex: r"\b(?i:on)\s+(?P<x>{WEEKDAY}\s+(?i:or)\s+{WEEKDAY2})\b",
        example: "The village fell on Monday or Tuesday, officials said.",
        finds: "Monday or Tuesday",
    },
    Pattern {
        family: Family::Weekday,
        regex: r"\b(?i:the\s+night\s+(?:of|from)|overnight(?:\s+from)?)\s+(?P<x>{WEEKDAY}\s+(?i:to|into|and)\s+{WEEKDAY2})\b",
        example: "Drones attacked Kharkiv on the night of Saturday into Sunday.",
        finds: "Saturday into Sunday",
    },
    Pattern {
        family: Family::Weekday,
        regex: r"\b(?P<x>{WEEKDAY}\s+(?i:night)\s+(?i:into|to)\s+{WEEKDAY2})\b",
        example: "Drones hit Kharkiv on Tuesday night into Wednesday.",
        finds: "Tuesday night into Wednesday",
    },
    Pattern {
        family: Family::Weekday,
        regex: r"(?:\b(?P<prep>(?i:on|by|until|till|before|since|from|after))\s+)?(?P<x>(?:\b(?P<rel>(?i:early|late|last|next|this|coming))\s+)?{WEEKDAY}(?:\s+(?P<tod>(?i:morning|afternoon|evening|night)))?)\b",
        example: "Russia demanded they lay down their arms by early Wednesday.",
        finds: "early Wednesday",
    },
    Pattern {
        family: Family::DayWord,
        regex: r"(?i)\b(?P<w>yesterday|today|tonight|the\s+(?:beginning|start)\s+of\s+the\s+day|last\s+night|overnight|(?:all\s+|throughout\s+|through\s+)the\s+night|this\s+(?:morning|afternoon|evening)|(?:by|in\s+the|during\s+the)\s+(?:early\s+|late\s+|mid-?)?(?:morning|afternoon|evening)|mid-?(?:morning|afternoon)|late\s+(?:at\s+)?night|earlier\s+(?:in\s+the\s+day|today)|later\s+(?:in\s+the\s+day|today)|the\s+day\s+before\s+yesterday|the\s+night\s+before\s+last|on\s+the\s+eve|the\s+day\s+before|the\s+(?:previous|next|following)\s+(?:day|morning|afternoon|evening|night)|the\s+same\s+(?:day|night|morning|afternoon|evening)|that\s+(?:day|night|morning|afternoon|evening)|(?:a\s+few\s+|several\s+|some\s+)?(?:hours|minutes|moments)\s+(?:later|earlier))\b",
        example: "Videos circulating online earlier in the day showed troops.",
        finds: "earlier in the day",
    },
    Pattern {
        family: Family::Week,
        regex: r"(?i)\b(?:(?P<part>early|mid|late|the\s+(?:beginning|start|end|middle)\s+of)[\s-]+)?(?P<w>(?:last|this|next|previous|coming|this\s+past)\s+week(?:end)?|(?:earlier|later)\s+this\s+week|earlier\s+in\s+the\s+week|the\s+weekend|the\s+following\s+week)\b",
        example: "The soldiers reportedly surrendered last week after weeks of siege.",
        finds: "last week",
    },
    Pattern {
        family: Family::Week,
        // "at the start of the week": of this week; "the week" alone ("during the week")
        // dates too little to be worth the risk.
        regex: r"(?i)\b(?P<part>the\s+(?:beginning|start|end|middle)\s+of)\s+(?P<w>the\s+week)\b",
        example: "At the start of the week, Russian troops shelled Siversk.",
        finds: "the start of the week",
    },
    Pattern {
        family: Family::MonthRelative,
        // "at the start of the month": of the publication's month, or of the month before
        // when that part is still to come and the tense is past.
        regex: r"(?i)(?:\b(?P<prep>by|until|till|before)\s+)?\b(?P<x>(?P<part>the\s+(?:beginning|start|end|middle|first\s+half|second\s+half)\s+of)\s+(?P<w>the\s+month))\b",
        example: "Selydove came under heavy shelling at the start of the month, officials said.",
        finds: "the start of the month",
    },
    Pattern {
        family: Family::MonthRelative,
        regex: r"(?i)\b(?:(?P<part>early|mid|late|the\s+(?:beginning|start|end|middle|first\s+half|second\s+half)\s+of)[\s-]+)?(?P<w>(?:last|this|next|previous|coming)\s+month|(?:earlier|later)\s+this\s+month)\b",
        example: "Ukraine recaptured the region earlier this month.",
        finds: "earlier this month",
    },
    Pattern {
        family: Family::YearRelative,
        regex: r"(?i)\b(?:the\s+(?P<part>start|beginning|middle|end)\s+of\s+|(?P<ypart>early|mid|late|the\s+(?:first|second)\s+half\s+of)[\s-]+)?(?P<w>(?:last|this|next|previous)\s+year|(?:earlier|later)\s+this\s+year)\b",
        example: "The bridge was blown up last year during the retreat.",
        finds: "last year",
    },
    Pattern {
        family: Family::YearRelative,
        // "in the first half of the year" too.
        regex: r"(?i)\b(?:the\s+(?P<part>start|beginning|middle|end)\s+of|(?P<ypart>the\s+(?:first|second)\s+half\s+of))\s+the\s+year\b",
        example: "Russia has fired 3,000 glide bombs since the start of the year.",
        finds: "the start of the year",
    },
    Pattern {
        family: Family::YearAlone,
        regex: r"\b(?i:in|since|until|by|during|from|throughout|before|after)\s+(?P<x>{YEAR})\b",
        example: "Russia annexed Crimea in 2014 after a referendum.",
        finds: "2014",
    },
    Pattern {
        family: Family::YearPart,
        regex: r"(?P<x>\b(?P<part>(?i:early|mid|late|the\s+(?:beginning|start|end|middle|first\s+half|second\s+half)\s+of))[\s-]+{YEAR})\b",
        example: "Russia has advanced near Pokrovsk since late 2023.",
        finds: "late 2023",
    },
    Pattern {
        family: Family::Holiday,
        regex: r"\b(?P<x>(?:(?i:the\s+)?(?P<eve>eve)\s+of\s+)?(?P<holiday>Independence\s+Day|New\s+Year['\u2019]s\s+(?:Eve|Day|[Nn]ight)|Christmas\s+(?:Eve|Day|[Mm]orning|[Nn]ight)|Orthodox\s+Christmas|Victory\s+Day|Constitution\s+Day)(?:,?\s+{YEAR})?)\b",
        example: "On Independence Day, Russian missiles struck Kharkiv.",
        finds: "Independence Day",
    },
    Pattern {
        family: Family::Offset,
        regex: r"(?i)\b(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|several|\d{1,3})\s+(?P<unit>hour|day|week|fortnight|month|year)s?\s+(?P<dir>ago|earlier|later|before|after)\b",
        example: "Commanders had left the area a month ago, he claimed.",
        finds: "a month ago",
    },
    Pattern {
        family: Family::PastPeriod,
        regex: r"(?i)\b(?:in|over|during|within|for)?\s*the\s+(?P<x>(?:past|last)\s+(?P<n>\d{1,3}|twenty-four|forty-eight|seventy-two|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few)?\s*(?P<unit>hours?|days?|weeks?|fortnights?|months?))\b",
        example: "Another 771 soldiers surrendered in the past 24 hours.",
        finds: "past 24 hours",
    },
    Pattern {
        family: Family::PastPeriod,
        // Headlines drop the article: "Russian attacks kill 8 over past day".
        regex: r"(?i)\b(?:in|over|during|within)\s+(?P<x>past\s+(?P<n>\d{1,3}|twenty-four|forty-eight|seventy-two|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few)?\s*(?P<unit>hours?|days?|weeks?|fortnights?|months?))\b",
        example: "Russian attacks kill 8, injure 38 over past day",
        finds: "past day",
    },
    Pattern {
        family: Family::PastPeriod,
        // A weekly summary's "over the week" is the week up to it ("during the week" of a
        // week named before reads the same way: its last seven days); a daily one's "over the
        // day" (Russia's "за сутки") the day up to it.
        regex: r"(?i)\b(?P<x>(?:over|during|throughout)\s+the\s+(?P<unit>week)|over\s+the\s+(?P<unit2>day))\b",
        example: "Over the week, units of the West group repelled 24 counterattacks.",
        finds: "Over the week",
    },
    Pattern {
        family: Family::PastPeriod,
        regex: r"(?i)\b(?:in|over|during|within|for)?\s*the\s+(?P<x>previous\s+(?P<n>\d{1,3}|twenty-four|forty-eight|seventy-two|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few)\s+(?P<unit>hours?|days?|weeks?|fortnights?|months?))\b",
        example: "Ukraine lost 220 soldiers over the previous 24 hours, Moscow said.",
        finds: "previous 24 hours",
    },
    Pattern {
        family: Family::PastPeriod,
        // "had been under artillery fire for two weeks": a perfect tense with a length of
        // time runs up to the report. Without the perfect ("will stay for two weeks",
        // "jailed for 12 years") the length dates nothing.
        regex: r"(?i)\b(?:has|have|had|'ve)\s+(?:been\s+)?(?:[a-zA-Z-]+\s+){0,6}?for\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+|about\s+|some\s+)?(?P<x>(?P<n>\d{1,3}|two|three|four|five|six|seven|several|a\s+few|an?)\s+(?P<unit>hours|days|weeks|months|years|week|month|year))\b",
        example: "The town has been under constant artillery fire for two weeks.",
        finds: "two weeks",
    },
    Pattern {
        family: Family::Recent,
        regex: r"(?i)\b(?P<x>(?:in\s+)?recent\s+(?P<unit>hours|days|weeks|months))\b",
        example: "Lyman has seen fierce fighting in recent weeks.",
        finds: "in recent weeks",
    },
    Pattern {
        family: Family::Recent,
        // The same length ahead of the report: "in the coming days", "over the next few
        // weeks".
        regex: r"(?i)\b(?:in|over|during|within)\s+(?P<x>the\s+(?P<ahead>coming|next\s+few|next)\s+(?P<unit>hours|days|weeks|months))\b",
        example: "Russia may launch a new offensive in the coming weeks.",
        finds: "the coming weeks",
    },
    Pattern {
        family: Family::SamePeriod,
        regex: r"(?i)\b(?:during|in|over|throughout|for|within)\s+(?P<x>(?:the\s+(?:reporting|same|review)|this|that)\s+period)\b",
        example: "In Kharkiv region, 17 civilians were killed during the reporting period.",
        finds: "the reporting period",
    },
    Pattern {
        family: Family::Season,
        regex: r"(?i)\b(?P<x>(?P<rel>last|this|next|that)\s+(?P<season>spring|summer|autumn|fall|winter)(?:\s+of\s+{YEAR})?)\b",
        example: "The counteroffensive began last summer in the south.",
        finds: "last summer",
    },
    Pattern {
        family: Family::Season,
        regex: r"(?i)\b(?:in|during|by|since|until|through|over)\s+(?P<x>(?P<season>spring|summer|autumn|fall|winter)\s+(?:of\s+)?{YEAR}(?:[-\u2013/](?P<year2>(?:19|20)?\d\d))?)\b",
        example: "In autumn 2023 the offensive on Avdiivka began.",
        finds: "autumn 2023",
    },
    Pattern {
        family: Family::Season,
        regex: r"(?i)\bthe\s+(?P<x>(?P<season>spring|summer|autumn|fall|winter)(?:\s+of\s+{YEAR}(?:[-\u2013/](?P<year2>(?:19|20)?\d\d))?)?)\b",
        example: "Russia struck power plants over the winter.",
        finds: "winter",
    },
    Pattern {
        family: Family::War,
        regex: r"(?i)\b(?P<x>(?:the\s+)?(?P<part>start|beginning|outset|first\s+days?|early\s+days|first\s+hours|first\s+weeks?|early\s+weeks|first\s+months?|early\s+months|eve|(?P<nth>\d[\d,]*)(?:st|nd|rd|th)\s+day)\s+of\s+(?:Russia['\u2019]s\s+|the\s+)(?:full-scale\s+|large-scale\s+|all-out\s+)?(?P<what>invasion|war|special\s+military\s+operation))\b",
        example: "Russia captured Kupiansk at the start of the full-scale invasion.",
        finds: "the start of the full-scale invasion",
    },
    Pattern {
        family: Family::War,
        // "the first anniversary of Russia's full-scale invasion": that day, whole years on.
        regex: r"(?i)\b(?P<x>(?:the\s+)?(?P<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s+anniversary\s+of\s+(?:Russia['\u2019]s\s+|the\s+)(?:full-scale\s+|large-scale\s+|all-out\s+)?(?P<what>invasion|war|special\s+military\s+operation))\b",
        example: "Zelenskyy spoke in Kyiv on the second anniversary of the full-scale invasion.",
        finds: "the second anniversary of the full-scale invasion",
    },
    Pattern {
        family: Family::War,
        regex: r"(?i)\b(?:since|before|after)\s+(?P<x>(?:Russia['\u2019]s|the)\s+(?:full-scale|large-scale|all-out)\s+(?P<what>invasion))\b",
        example: "Since Russia's full-scale invasion, 1,000 civilians were killed in the region.",
        finds: "Russia's full-scale invasion",
    },
    Pattern {
        family: Family::War,
        // "since the full-scale invasion began", "since Russia launched its invasion": the
        // war's first day, told as a clause.
        regex: r"(?i)\b(?:since|before|after)\s+(?P<x>(?:(?:Russia['\u2019]s|the)\s+(?:full-scale\s+|large-scale\s+|all-out\s+)?(?P<what>invasion|war)\s+(?:began|started|was\s+launched)|Russia\s+(?:launched|began|started)\s+(?:its|the)\s+(?:full-scale\s+|large-scale\s+|all-out\s+)?(?P<what2>invasion|war)))\b",
        example: "Kramatorsk has been struck repeatedly since the full-scale invasion began.",
        finds: "the full-scale invasion began",
    },
    Pattern {
        family: Family::Clock,
        regex: r"(?i)(?P<x>\b(?P<h>\d{1,2})(?::(?P<min>\d{2}))?\s*(?P<ampm>a\.m\.|p\.m\.|am\b|pm\b)(?:\s+(?P<zone>Moscow|Kyiv|Kiev|local|GMT|UTC)\s+time)?(?:\s*\((?P<h2>\d{2})(?P<min2>\d{2})\s+(?P<zone2>GMT|UTC)\))?)",
        example: "Fighters should lay down arms from 8 a.m. Moscow time (0500 GMT), he said.",
        finds: "8 a.m. Moscow time (0500 GMT)",
    },
    Pattern {
        family: Family::Clock,
        regex: r"(?i)\b(?:at|from|until|till|by|since|around|about|before|after)\s+(?P<x>(?P<lh>[01]?\d|2[0-3]):(?P<lm>[0-5]\d)(?:\s+(?P<zone>Moscow|Kyiv|Kiev|local|GMT|UTC)(?:\s+time)?)?)\b",
        example: "At 01:30, the occupiers attacked the village with a guided bomb.",
        finds: "01:30",
    },
    Pattern {
        family: Family::Clock,
        regex: r"\b(?P<hh>[01]\d|2[0-3])(?P<mm>[0-5]\d)\s+(?P<zone>GMT|UTC)\b",
        example: "The deadline passed at 0500 GMT without a reply.",
        finds: "0500 GMT",
    },
    Pattern {
        family: Family::Clock,
        regex: r"(?i)\b(?:at|after|before|around|about|until|till|by|since)\s+(?P<x>dawn|dusk|noon|midnight|daybreak)\b",
        example: "The strike came at dawn on the outskirts.",
        finds: "dawn",
    },
    Pattern {
        family: Family::Clock,
        regex: r"(?i)\b(?:shortly|just|soon|right)\s+(?:after|before)\s+(?P<x>dawn|dusk|noon|midnight|daybreak)\b",
        example: "Sirens sounded shortly after midnight in Kharkiv.",
        finds: "midnight",
    },
];

/// Month number of a month name or abbreviation.
pub fn month_number(name: &str) -> Option<u32> {
    let n = name.trim_end_matches('.').to_ascii_lowercase();
    let n = n.get(..3)?;
    Some(match n {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => return None,
    })
}

/// Whether `word` is a month's name, in full or cut to three or four letters ("Sept."): not
/// a town that starts as one does (Marinka, Mayorsk).
pub fn names_a_month(word: &str) -> bool {
    const FULL: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let short = word.trim_end_matches('.');
    month_number(word).is_some()
        && (short.len() <= 4 || FULL.contains(&word.to_ascii_lowercase().as_str()))
}

/// Whether `phrase` opens with the name of a day ("Monday", "Tuesday evening", "Today"):
/// a capitalised word that says when, not who.
pub fn names_a_day(phrase: &str) -> bool {
    let first = phrase
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_end_matches(['.', ',']);
    first.parse::<chrono::Weekday>().is_ok()
        || ["today", "yesterday", "tonight", "overnight"]
            .iter()
            .any(|w| first.eq_ignore_ascii_case(w))
}

/// Small numbers as words.
pub fn number(word: &str) -> Option<u32> {
    let w = word.to_ascii_lowercase();
    Some(match w.as_str() {
        "a" | "an" | "one" => 1,
        "two" => 2,
        "three" | "a few" | "few" | "several" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "twenty-four" => 24,
        "forty-eight" => 48,
        "seventy-two" => 72,
        _ => return w.parse().ok(),
    })
}

/// Words before a time expression that point to the future ("by Wednesday", "will ... on").
pub const FUTURE_CUES: &[&str] = &[
    "will",
    "'ll",
    "\u{2019}ll",
    "shall",
    "going to",
    "due to",
    "set to",
    "scheduled",
    "expected to",
    "plans to",
    "plan to",
    "planned",
    "intends to",
    "is to",
    "are to",
    "would",
    "deadline",
    "ultimatum",
    "expected",
];

/// Verbs that report speech; a time right after one dates the report, not the happening.
pub const REPORTING_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "claimed",
    "claims",
    "claim",
    "told",
    "reported",
    "reports",
    "announced",
    "wrote",
    "stated",
    "added",
    "alleged",
    "acknowledged",
    "confirmed",
    "denied",
    "insisted",
    "warned",
    "noted",
    "tweeted",
    "posted",
    "published",
    "spoke",
    "declared",
    "demanded",
    "update",
    "briefing",
    "statement",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_pattern_finds_its_example() {
        for p in PATTERNS {
            let found = crate::time::recognize::recognize(p.example);
            assert!(
                found
                    .iter()
                    .any(|f| &p.example[f.span.clone()] == p.finds && f.family == p.family),
                "{:?} did not find {:?} in {:?}: {:?}",
                p.family,
                p.finds,
                p.example,
                found
                    .iter()
                    .map(|f| &p.example[f.span.clone()])
                    .collect::<Vec<_>>()
            );
        }
    }

    #[test]
    fn month_names_and_numbers() {
        assert_eq!(month_number("Sept."), Some(9));
        assert_eq!(month_number("February"), Some(2));
        assert_eq!(number("twenty-four"), Some(24));
        assert_eq!(number("17"), Some(17));
    }
}
