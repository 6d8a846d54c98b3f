//! Documents in: plain text files, a manifest CSV, or JSON Lines.
//!
//! Every reader yields `Result<Document, InputError>` one document at a time, so one bad
//! row or line is reported with its file and line and the others still go through, and a
//! large input is never held in memory whole.

mod files;
mod jsonl;
mod manifest;

pub use files::{read_files, SharedMeta};
pub use jsonl::{JsonLines, RawLine};
pub use manifest::Manifest;

use crate::document::{Document, Origin, Published};
use std::fmt;
use std::io::Read;
use std::path::Path;

/// A document as its reader yields it: read, or only a line of text that still has to be
/// parsed. Readers run in input order on one thread; parsing can run on any.
#[derive(Debug)]
pub enum Pending {
    /// Read and parsed (or failed).
    Ready(Result<Document, InputError>),
    /// A JSON line still to parse.
    Line(RawLine),
}

impl Pending {
    /// The document, parsing it if needed.
    pub fn parse(self) -> Result<Document, InputError> {
        match self {
            Pending::Ready(result) => result,
            Pending::Line(line) => line.parse(),
        }
    }
}

impl<R: std::io::BufRead> JsonLines<R> {
    /// The lines of the input as [`Pending`] documents.
    pub fn pending(mut self) -> impl Iterator<Item = Pending> {
        std::iter::from_fn(move || {
            self.next_raw().map(|raw| match raw {
                Ok(line) => Pending::Line(line),
                Err(e) => Pending::Ready(Err(e)),
            })
        })
    }
}

/// Documents larger than this are skipped unless the user raises the limit.
pub const DEFAULT_MAX_DOC_BYTES: u64 = 10 * 1024 * 1024;

/// A document (or a whole input) that could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    /// Where: file and line.
    pub origin: Origin,
    /// What went wrong, lower case, no final period.
    pub message: String,
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.origin, self.message)
    }
}

impl std::error::Error for InputError {}

/// Options shared by the readers.
#[derive(Debug, Clone)]
pub struct ReadOptions {
    /// Skip documents larger than this many bytes.
    pub max_doc_bytes: u64,
    /// Let manifest paths point outside the manifest's folder.
    pub allow_outside: bool,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            max_doc_bytes: DEFAULT_MAX_DOC_BYTES,
            allow_outside: false,
        }
    }
}

/// Decodes bytes as UTF-8; invalid sequences become U+FFFD and a warning names the first
/// bad byte offset, because a scraped page with one broken byte is still worth reading.
/// A leading byte order mark is dropped, so offsets count from the first real character.
pub fn decode_text(mut bytes: Vec<u8>, warnings: &mut Vec<String>) -> String {
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        bytes.drain(..3);
    }
    match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => {
            let offset = e.utf8_error().valid_up_to();
            warnings.push(format!(
                "invalid UTF-8 at byte {offset}: decoded lossily (bad bytes became U+FFFD)"
            ));
            String::from_utf8_lossy(e.as_bytes()).into_owned()
        }
    }
}

/// Reads one text file with the size limit checked before reading.
pub(crate) fn read_text_file(
    path: &Path,
    origin: &Origin,
    max_bytes: u64,
    warnings: &mut Vec<String>,
) -> Result<String, InputError> {
    let err = |message: String| InputError {
        origin: origin.clone(),
        message,
    };
    let file = std::fs::File::open(path)
        .map_err(|e| err(format!("cannot open {}: {e}", path.display())))?;
    let len = file.metadata().map(|m| m.len()).unwrap_or(0);
    if len > max_bytes {
        return Err(err(format!(
            "{} is {len} bytes, over the limit of {max_bytes} (raise it with --max-doc-bytes)",
            path.display()
        )));
    }
    let mut bytes = Vec::with_capacity(len as usize);
    file.take(max_bytes + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| err(format!("cannot read {}: {e}", path.display())))?;
    if bytes.len() as u64 > max_bytes {
        return Err(err(format!(
            "{} grew past the limit of {max_bytes} bytes while being read",
            path.display()
        )));
    }
    Ok(decode_text(bytes, warnings))
}

/// Publication dates outside these bounds are used but flagged: before Ukraine's
/// independence, or too far ahead to be a typo-free date of a report.
const PLAUSIBLE_PUBLISHED: (&str, &str) = ("1991-08-24", "2100-01-01");

/// A document as every reader hands it on: with warnings for an empty text and for an
/// implausible publication date (which is still used as given).
pub(crate) fn checked(mut doc: Document) -> Document {
    if doc.text.trim().is_empty() {
        doc.warnings.push("the document is empty".into());
    }
    if let Some(date) = doc.published.date() {
        let (from, to) = PLAUSIBLE_PUBLISHED;
        let day = date.to_string();
        if day.as_str() < from || day.as_str() >= to {
            doc.warnings.push(format!(
                "publication date {date} is outside {from}..{to}; relative dates are anchored on it all the same"
            ));
        }
    }
    doc
}

/// The publication date from a given field, or from the text, or from the article's
/// address, or unknown.
pub(crate) fn resolve_published(
    given: Option<&str>,
    text: &str,
    url: Option<&str>,
    origin: &Origin,
) -> Result<Published, InputError> {
    match given.map(str::trim).filter(|s| !s.is_empty()) {
        Some(value) => crate::document::parse_published(value)
            .map(Published::Given)
            .map_err(|message| InputError {
                origin: origin.clone(),
                message,
            }),
        None => Ok(match crate::time::dateline::find_publication_date(text) {
            Some((date, span)) => Published::FoundInText { date, span },
            None => url
                .and_then(crate::time::dateline::date_in_url)
                .map_or(Published::Unknown, Published::FoundInUrl),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_utf8_is_decoded_lossily_with_the_offset() {
        let mut w = Vec::new();
        let s = decode_text(b"Kharkiv \xff shelled".to_vec(), &mut w);
        assert_eq!(s, "Kharkiv \u{FFFD} shelled");
        assert_eq!(w.len(), 1);
        assert!(w[0].contains("byte 8"), "{}", w[0]);
    }

    #[test]
    fn a_byte_order_mark_is_dropped() {
        let mut w = Vec::new();
        assert_eq!(decode_text(b"\xEF\xBB\xBFLyman".to_vec(), &mut w), "Lyman");
        assert!(w.is_empty());
    }
}
