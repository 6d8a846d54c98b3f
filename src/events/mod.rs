//! Events: what happened, where, when, who did it, and who says so.
//!
//! Each clause of a kept sentence is searched with the trigger table ([`triggers`]); the
//! trigger that is not hypothetical ("could be encircled", "should lay down arms") makes
//! one event ([`clauses`]). Its date is the time expression of the clause that is not the
//! date of the report ("claimed on Thursday that ... surrendered this week" → this week),
//! else the report's own date ([`dating`]). Its place is the most specific place of the
//! trigger's phrase, clause or sentence that is not only a reference point ("Sirotyne near
//! Severodonetsk" → Sirotyne), else the article's focus ([`placing`]). Actors, claimant,
//! verification and numbers come from [`actors`] and [`claims`]; reports of one happening
//! in several articles are grouped by [`groups`].

pub mod actors;
pub mod claims;
pub mod clauses;
pub mod dating;
pub mod extract;
pub mod groups;
pub mod placing;
pub mod triggers;

pub use extract::extract;
pub use triggers::EventType;

use chrono::NaiveDate;
use std::ops::Range;

/// Whether the text reports the happening as fact, as planned, or as not having happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    /// Reported as having happened (or happening).
    Reported,
    /// Expected, planned or announced for later.
    Planned,
    /// Stated not to have happened ("no record of any commanders having surrendered").
    Negated,
}

impl Status {
    /// The word used in outputs.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Reported => "reported",
            Status::Planned => "planned",
            Status::Negated => "negated",
        }
    }
}

/// Whether the article says the claim was checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verified {
    /// Confirmed: independently, by geolocation, or by the side that lost the ground.
    Yes,
    /// The article says it could not be verified.
    No,
    /// The other side denied it ("Ukraine's military denied the claim").
    Disputed,
    /// Not said.
    Unknown,
}

impl Verified {
    /// The word used in outputs.
    pub fn as_str(self) -> &'static str {
        match self {
            Verified::Yes => "yes",
            Verified::No => "no",
            Verified::Disputed => "disputed",
            Verified::Unknown => "unknown",
        }
    }
}

/// Where an event happened.
#[derive(Debug, Clone, PartialEq)]
pub struct EventPlace {
    /// The gazetteer entry.
    pub entry: u32,
    /// The text naming it (byte range), or `None` for a region made of several names.
    pub span: Option<Range<usize>>,
    /// ACLED geo-precision: 1 the place itself, 2 near it or taken from context, 3 a region.
    pub precision: u8,
    /// The relation written before it ("near", "outside", "north of").
    pub relation: Option<String>,
    /// Other places of the same group ("Severodonetsk and Lysychansk"), as written.
    pub others: Vec<String>,
    /// The same group's other settlements and sites as places, for the happenings that
    /// take place at each of them (a capture of two towns is two captures).
    pub listed: Vec<EventPlace>,
}

impl EventPlace {
    /// The place a mention names: its own precision, or "near it" (2) when a relation is
    /// written before it; no others listed.
    pub fn named_by(
        mention: &crate::places::PlaceMention,
        gazetteer: &crate::gazetteer::Gazetteer,
    ) -> EventPlace {
        let kind = gazetteer.entry(mention.entry).kind;
        let precision = if mention.relation.is_some() {
            kind.geo_precision().max(2)
        } else {
            kind.geo_precision()
        };
        EventPlace {
            entry: mention.entry,
            span: Some(mention.span.clone()),
            precision,
            relation: mention.relation.clone(),
            others: Vec::new(),
            listed: Vec::new(),
        }
    }

    /// A place the event takes from the article around it, not from a name of its own.
    pub fn from_context(entry: u32, precision: u8) -> EventPlace {
        EventPlace {
            entry,
            span: None,
            precision,
            relation: None,
            others: Vec::new(),
            listed: Vec::new(),
        }
    }
}

/// One event.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    /// What happened.
    pub event_type: EventType,
    /// Reported, planned or negated.
    pub status: Status,
    /// Byte range of the evidence sentence.
    pub sentence: Range<usize>,
    /// Byte range of the trigger word.
    pub trigger: Range<usize>,
    /// First day of the happening (inclusive), if anchored.
    pub start: Option<NaiveDate>,
    /// Last day (inclusive).
    pub end: Option<NaiveDate>,
    /// ACLED time precision (1 day, 2 week, 3 month or wider).
    pub time_precision: u8,
    /// The time expression that dated it, if any (byte range).
    pub date_span: Option<Range<usize>>,
    /// The day it was reported ("said Tuesday"), else the publication day.
    pub reported: Option<NaiveDate>,
    /// Where.
    pub place: Option<EventPlace>,
    /// Who acted ("Russian forces").
    pub actor1: Option<&'static str>,
    /// Who was acted upon ("Ukrainian forces", "Civilians").
    pub actor2: Option<&'static str>,
    /// The speaker ("Russia's Defense Ministry").
    pub claimed_by: Option<String>,
    /// Whether it was verified.
    pub verified: Verified,
    /// A claimed number with what it counts ("16,000 soldiers").
    pub quantity: Option<claims::Quantity>,
    /// People captured or surrendered, as claimed.
    pub captured: Option<u64>,
    /// People wounded, as claimed.
    pub wounded: Option<u64>,
    /// People killed, as claimed.
    pub fatalities: Option<u64>,
}
