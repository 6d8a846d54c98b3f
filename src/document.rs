//! A news article as it enters the pipeline: its text and what is known about it.
//!
//! The publication date is the anchor of every relative time expression, so how it was
//! learnt is kept ([`Published`]): given by the user, found in the text, or unknown. An
//! unknown date is a state of its own and never replaced by today's date.

use chrono::NaiveDate;
use std::fmt;
use std::ops::Range;

/// Where a document came from, for messages: a path and, for line-based inputs, a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    /// The file (or `-` for standard input).
    pub path: String,
    /// The 1-based line of the manifest or JSON Lines file, when there is one.
    pub line: Option<usize>,
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}", self.path, line),
            None => write!(f, "{}", self.path),
        }
    }
}

/// How the publication date of a document is known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Published {
    /// Given with the document (manifest, JSON line or `--published`).
    Given(NaiveDate),
    /// Read from the text: a dateline or a "Published ..." line at `span`.
    FoundInText {
        /// The date read.
        date: NaiveDate,
        /// Byte range of the expression it was read from.
        span: Range<usize>,
    },
    /// Read from the article's address ("/2024/05/10/", "-2024-05-10"), when the text
    /// has none.
    FoundInUrl(NaiveDate),
    /// Not known: relative expressions stay unresolved.
    Unknown,
}

impl Published {
    /// The anchor date, if any.
    pub fn date(&self) -> Option<NaiveDate> {
        match self {
            Published::Given(d)
            | Published::FoundInText { date: d, .. }
            | Published::FoundInUrl(d) => Some(*d),
            Published::Unknown => None,
        }
    }

    /// A short word for outputs: `given`, `text`, `url` or `unknown`.
    pub fn how(&self) -> &'static str {
        match self {
            Published::Given(_) => "given",
            Published::FoundInText { .. } => "text",
            Published::FoundInUrl(_) => "url",
            Published::Unknown => "unknown",
        }
    }
}

/// One article to analyse.
#[derive(Debug, Clone)]
pub struct Document {
    /// The document id: manifest `id`, JSON `id`, or the file stem.
    pub id: String,
    /// The full text, exactly as read (after lossless UTF-8 decoding).
    pub text: String,
    /// The publication date and how it is known.
    pub published: Published,
    /// The outlet ("Reuters").
    pub source: Option<String>,
    /// The article's address.
    pub url: Option<String>,
    /// The headline, when given apart from the text.
    pub title: Option<String>,
    /// Where the document was read from.
    pub origin: Origin,
    /// Problems met while reading that did not stop the document (lossy decoding ...).
    pub warnings: Vec<String>,
}

impl Document {
    /// A document with only an id, a text and a publication date (no source, address or
    /// title), read from nowhere in particular: for programs that use the library directly.
    pub fn new(id: &str, text: &str, published: Published) -> Document {
        Document {
            id: id.to_string(),
            text: text.to_string(),
            published,
            source: None,
            url: None,
            title: None,
            origin: Origin {
                path: id.to_string(),
                line: None,
            },
            warnings: Vec::new(),
        }
    }
}

/// Parses a publication date given as `YYYY-MM-DD`, a full ISO 8601 / RFC 3339 or RFC 2822
/// timestamp, or an English written date.
///
/// A timestamp keeps its own calendar date (the date the outlet printed), not the UTC one.
pub fn parse_published(value: &str) -> Result<NaiveDate, String> {
    let v = value.trim();
    if let Ok(d) = NaiveDate::parse_from_str(v, "%Y-%m-%d") {
        return Ok(d);
    }
    if let Ok(dt) = chrono::DateTime::parse_from_rfc3339(v) {
        return Ok(dt.date_naive());
    }
    if let Ok(dt) = chrono::NaiveDateTime::parse_from_str(v, "%Y-%m-%dT%H:%M:%S") {
        return Ok(dt.date());
    }
    if let Ok(dt) = chrono::NaiveDateTime::parse_from_str(v, "%Y-%m-%d %H:%M:%S") {
        return Ok(dt.date());
    }
    // An RSS feed's pubDate: "Thu, 20 Jun 2024 10:00:00 GMT".
    if let Ok(dt) = chrono::DateTime::parse_from_rfc2822(v) {
        return Ok(dt.date_naive());
    }
    // A date written out in English, as scrapers copy it from the page: "June 20, 2024",
    // "Jun. 20, 2024", "20 June 2024". A numeric "20/06/2024" stays an error: day and month
    // could be either way round.
    let written = v.replace('.', "");
    for format in ["%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y"] {
        if let Ok(d) = NaiveDate::parse_from_str(&written, format) {
            return Ok(d);
        }
    }
    Err(format!(
        "expected a publication date as YYYY-MM-DD, an ISO 8601 or RFC 2822 timestamp, or a \
         date written as \"June 20, 2024\" or \"20 June 2024\", but found {v:?}"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn published_accepts_dates_and_timestamps() {
        let d = NaiveDate::from_ymd_opt(2022, 5, 17).unwrap();
        assert_eq!(parse_published("2022-05-17"), Ok(d));
        assert_eq!(parse_published("2022-05-17T23:30:00+03:00"), Ok(d));
        assert_eq!(parse_published("2022-05-17T08:00:00Z"), Ok(d));
        assert_eq!(parse_published(" 2022-05-17 10:00:00 "), Ok(d));
        assert_eq!(parse_published("Tue, 17 May 2022 10:00:00 GMT"), Ok(d));
        assert_eq!(parse_published("May 17, 2022"), Ok(d));
        assert_eq!(parse_published("17 May 2022"), Ok(d));
        let june = NaiveDate::from_ymd_opt(2024, 6, 20).unwrap();
        assert_eq!(parse_published("Jun. 20, 2024"), Ok(june));
        assert_eq!(parse_published("20 June 2024"), Ok(june));
        // Day and month could be either way round.
        assert!(parse_published("20/06/2024").is_err());
    }

    #[test]
    fn published_rejects_impossible_dates() {
        let err = parse_published("2022-02-30").unwrap_err();
        assert!(err.contains("2022-02-30"), "{err}");
        assert!(parse_published("May 17").is_err());
    }
}
