//! dateline turns news articles about the war in eastern Ukraine into dated, geolocated events.
//!
//! The pipeline, one module per stage, joined by small domain types:
//!
//! ```text
//! input      files, a manifest CSV or JSON Lines      -> Document
//! clean      web cruft lines marked as dropped          -> kept line ranges
//! sentences  kept text split with byte offsets          -> Sentence
//! places     gazetteer names matched and resolved       -> PlaceMention
//! time       expressions anchored to the publication day -> TimeMention
//! events     triggers with their date, place and claim  -> Event
//! output     events.csv, events.geojson, mentions.jsonl  (written atomically)
//! ```
//!
//! [`pipeline::analyze`] runs every stage on one document and is a pure function of the
//! document and the gazetteer, so documents can be processed in parallel and put back in
//! input order before writing.
#![deny(missing_docs)]

pub mod clean;
pub mod cli;
pub mod document;
pub mod events;
pub mod fold;
pub mod gazetteer;
pub mod input;
pub mod output;
pub mod pipeline;
pub mod places;
pub mod sentences;
pub mod time;
pub mod words;
