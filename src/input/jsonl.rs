//! JSON Lines: one `{"id","text","published","source","url","title"}` object per line.
//!
//! A broken line is reported with its number and skipped; the lines after it still go
//! through. Lines are read one at a time, so a stream of any length runs in flat memory,
//! and a line can be parsed apart from the reading ([`RawLine`]), on another thread.

use super::{decode_text, resolve_published, InputError, ReadOptions};
use crate::document::{Document, Origin};
use serde::Deserialize;
use std::io::{BufRead, Read};

#[derive(Deserialize)]
struct Line {
    id: Option<serde_json::Value>,
    text: Option<String>,
    published: Option<String>,
    source: Option<String>,
    url: Option<String>,
    title: Option<String>,
}

/// A JSON Lines reader that yields one document per non-blank line.
pub struct JsonLines<R> {
    reader: R,
    path: String,
    line: usize,
    options: ReadOptions,
    buffer: Vec<u8>,
}

impl<R: BufRead> JsonLines<R> {
    /// Reads documents from `reader`; `path` names it in messages (`-` for stdin).
    pub fn new(reader: R, path: &str, options: ReadOptions) -> Self {
        JsonLines {
            reader,
            path: path.to_string(),
            line: 0,
            options,
            buffer: Vec::new(),
        }
    }

    /// The next non-blank line, unparsed: reading lines is the only step that must happen
    /// in order, so the caller may parse them on any thread ([`RawLine::parse`]).
    pub fn next_raw(&mut self) -> Option<Result<RawLine, InputError>> {
        loop {
            self.buffer.clear();
            self.line += 1;
            let origin = Origin {
                path: self.path.clone(),
                line: Some(self.line),
            };
            // Read at most the limit plus one byte, then skip the rest of an overlong line.
            let limit = self.options.max_doc_bytes.saturating_mul(2);
            let read = (&mut self.reader)
                .take(limit + 1)
                .read_until(b'\n', &mut self.buffer);
            match read {
                Ok(0) => return None,
                Ok(_) => {}
                Err(e) => {
                    return Some(Err(InputError {
                        origin,
                        message: format!("cannot read: {e}"),
                    }))
                }
            }
            if self.buffer.len() as u64 > limit && !self.buffer.ends_with(b"\n") {
                let mut sink = Vec::new();
                let _ = self.reader.read_until(b'\n', &mut sink);
                return Some(Err(InputError {
                    origin,
                    message: format!(
                        "the line is over {limit} bytes (twice --max-doc-bytes); skipped"
                    ),
                }));
            }
            if self.buffer.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            return Some(Ok(RawLine {
                bytes: std::mem::take(&mut self.buffer),
                origin,
                max_doc_bytes: self.options.max_doc_bytes,
            }));
        }
    }
}

/// One line of a JSON Lines input, read but not parsed.
#[derive(Debug)]
pub struct RawLine {
    bytes: Vec<u8>,
    origin: Origin,
    max_doc_bytes: u64,
}

impl RawLine {
    /// The document on this line, or why there is none.
    pub fn parse(self) -> Result<Document, InputError> {
        let RawLine {
            bytes,
            origin,
            max_doc_bytes,
        } = self;
        let err = |message: String| InputError {
            origin: origin.clone(),
            message,
        };
        let mut warnings = Vec::new();
        let text = decode_text(bytes, &mut warnings);
        let line: Line =
            serde_json::from_str(&text).map_err(|e| err(format!("not a JSON object: {e}")))?;
        let id = match line.id {
            Some(serde_json::Value::String(s)) if !s.trim().is_empty() => s,
            Some(serde_json::Value::Number(n)) => n.to_string(),
            _ => format!("line{}", origin.line.unwrap_or(0)),
        };
        let body = line
            .text
            .ok_or_else(|| err("expected a \"text\" field, but found none".into()))?;
        if body.len() as u64 > max_doc_bytes {
            return Err(err(format!(
                "the text is {} bytes, over the limit of {} (raise it with --max-doc-bytes)",
                body.len(),
                max_doc_bytes
            )));
        }
        let published = resolve_published(
            line.published.as_deref(),
            &body,
            line.url.as_deref(),
            &origin,
        )?;
        Ok(super::checked(Document {
            id,
            text: body,
            published,
            source: line.source,
            url: line.url,
            title: line.title,
            origin,
            warnings,
        }))
    }
}

impl<R: BufRead> Iterator for JsonLines<R> {
    type Item = Result<Document, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        self.next_raw().map(|raw| raw.and_then(RawLine::parse))
    }
}
