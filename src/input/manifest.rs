//! A manifest CSV: `id,file,published,source,url,title`, one article a row.
//!
//! Only `file` is required (the `id` defaults to it); `file` is relative to the manifest's
//! folder and may not leave it (`..`, absolute paths) unless the user allows it, so a
//! manifest from elsewhere cannot make the tool read arbitrary files. Scrapers name their
//! columns in their own ways, so each column is also found under the names in
//! [`COLUMN_NAMES`] ("path", "date", "link", ...).

use super::{read_text_file, resolve_published, InputError, ReadOptions};
use crate::document::{Document, Origin};
use std::io::Read;
use std::path::{Component, Path, PathBuf};

/// An opened manifest whose rows are read one at a time.
pub struct Manifest<R = std::fs::File> {
    path: PathBuf,
    folder: PathBuf,
    reader: csv::Reader<LineCounting<R>>,
    columns: Columns,
    options: ReadOptions,
}

/// Each column and the header names it is found under, in order of preference: the
/// first name present wins, so a manifest with both "published" and "date" reads
/// "published".
const COLUMN_NAMES: [(&str, &[&str]); 6] = [
    ("id", &["id", "doc_id", "article_id"]),
    (
        "file",
        &["file", "path", "filename", "file_name", "file_path"],
    ),
    (
        "published",
        &[
            "published",
            "published_at",
            "publication_date",
            "pub_date",
            "date",
        ],
    ),
    ("source", &["source", "outlet", "publisher", "site"]),
    ("url", &["url", "link", "address"]),
    ("title", &["title", "headline"]),
];

struct Columns {
    id: Option<usize>,
    file: usize,
    published: Option<usize>,
    source: Option<usize>,
    url: Option<usize>,
    title: Option<usize>,
}

impl Manifest {
    /// Opens the manifest file and checks its header.
    pub fn open(path: &Path, options: ReadOptions) -> Result<Manifest, InputError> {
        let file = std::fs::File::open(path).map_err(|e| InputError {
            origin: Origin {
                path: path.display().to_string(),
                line: None,
            },
            message: format!("cannot open manifest: {e}"),
        })?;
        Manifest::from_reader(file, path, options)
    }
}

impl<R: Read> Manifest<R> {
    /// Reads a manifest from `reader`; `path` names it in messages, and its folder is the
    /// one the `file` column is relative to.
    pub fn from_reader(
        reader: R,
        path: &Path,
        options: ReadOptions,
    ) -> Result<Manifest<R>, InputError> {
        let origin = |line| Origin {
            path: path.display().to_string(),
            line,
        };
        let mut reader = csv::ReaderBuilder::new()
            .flexible(true)
            .from_reader(LineCounting::new(reader));
        let headers = reader
            .headers()
            .map_err(|e| InputError {
                origin: origin(Some(1)),
                message: format!("cannot read the header: {e}"),
            })?
            .clone();
        let find = |column: &str| {
            let (_, names) = COLUMN_NAMES.iter().find(|(c, _)| *c == column)?;
            names.iter().find_map(|name| {
                headers.iter().position(|h| {
                    h.trim()
                        .trim_start_matches('\u{feff}')
                        .eq_ignore_ascii_case(name)
                })
            })
        };
        let file = find("file").ok_or_else(|| InputError {
            origin: origin(Some(1)),
            message: format!(
                "expected a column \"file\" (or \"path\", \"filename\") in the header, but found {:?}",
                headers.iter().collect::<Vec<_>>().join(",")
            ),
        })?;
        let columns = Columns {
            id: find("id"),
            file,
            published: find("published"),
            source: find("source"),
            url: find("url"),
            title: find("title"),
        };
        let folder = path.parent().map(Path::to_path_buf).unwrap_or_default();
        Ok(Manifest {
            path: path.to_path_buf(),
            folder,
            reader,
            columns,
            options,
        })
    }

    fn document(&self, record: &csv::StringRecord, line: usize) -> Result<Document, InputError> {
        let origin = Origin {
            path: self.path.display().to_string(),
            line: Some(line),
        };
        let err = |message: String| InputError {
            origin: origin.clone(),
            message,
        };
        let field = |i: Option<usize>| {
            i.and_then(|i| record.get(i))
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_string)
        };
        let file = field(Some(self.columns.file)).ok_or_else(|| err("the file is empty".into()))?;
        let id = match self.columns.id {
            Some(column) => field(Some(column)).ok_or_else(|| err("the id is empty".into()))?,
            None => file.clone(),
        };
        let relative = Path::new(&file);
        let escapes = relative.is_absolute()
            || relative
                .components()
                .any(|c| matches!(c, Component::ParentDir | Component::Prefix(_)));
        if escapes && !self.options.allow_outside {
            return Err(err(format!(
                "the file {file:?} lies outside the manifest's folder (allow it with --allow-outside)"
            )));
        }
        let path = self.folder.join(relative);
        let mut warnings = Vec::new();
        let text = read_text_file(&path, &origin, self.options.max_doc_bytes, &mut warnings)?;
        let url = field(self.columns.url);
        let published = resolve_published(
            field(self.columns.published).as_deref(),
            &text,
            url.as_deref(),
            &origin,
        )?;
        Ok(super::checked(Document {
            id,
            text,
            published,
            source: field(self.columns.source),
            url,
            title: field(self.columns.title),
            origin,
            warnings,
        }))
    }
}

impl<R: Read> Iterator for Manifest<R> {
    type Item = Result<Document, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        let mut record = csv::StringRecord::new();
        match self.reader.read_record(&mut record) {
            Ok(false) => None,
            Ok(true) => {
                let line = record
                    .position()
                    .map(|p| self.reader.get_ref().line_of(p.byte()))
                    .unwrap_or(0);
                Some(self.document(&record, line))
            }
            Err(e) => {
                let line = e
                    .position()
                    .map(|p| self.reader.get_ref().line_of(p.byte()));
                Some(Err(InputError {
                    origin: Origin {
                        path: self.path.display().to_string(),
                        line,
                    },
                    message: format!("malformed CSV row: {e}"),
                }))
            }
        }
    }
}

/// A reader that notes where each line feed it passes on is, so that a row's byte offset
/// gives its line. The csv crate's own line count falls one behind per row in a file with
/// CRLF endings (rust-csv issue #395), and manifests written on Windows have them.
pub struct LineCounting<R> {
    inner: R,
    read: u64,
    line_feeds: Vec<u64>,
}

impl<R> LineCounting<R> {
    fn new(inner: R) -> LineCounting<R> {
        LineCounting {
            inner,
            read: 0,
            line_feeds: Vec::new(),
        }
    }

    /// The line (from 1) of the row that starts at byte `at`. A row after a CRLF may be
    /// said to start at the line feed that ends the line before it, so a line feed at
    /// `at` itself is counted as passed.
    fn line_of(&self, at: u64) -> usize {
        1 + self.line_feeds.partition_point(|&feed| feed <= at)
    }
}

impl<R: Read> Read for LineCounting<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        let start = self.read;
        self.line_feeds
            .extend(memchr::memchr_iter(b'\n', &buf[..n]).map(|i| start + i as u64));
        self.read += n as u64;
        Ok(n)
    }
}
