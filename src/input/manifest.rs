//! A manifest CSV: `id,file,published,source,url,title`, one article a row.
//!
//! Only `id` and `file` are required; `file` is relative to the manifest's folder and may
//! not leave it (`..`, absolute paths) unless the user allows it, so a manifest from
//! elsewhere cannot make the tool read arbitrary files.

use super::{read_text_file, resolve_published, InputError, ReadOptions};
use crate::document::{Document, Origin};
use std::io::Read;
use std::path::{Component, Path, PathBuf};

/// An opened manifest whose rows are read one at a time.
pub struct Manifest<R = std::fs::File> {
    path: PathBuf,
    folder: PathBuf,
    reader: csv::Reader<R>,
    columns: Columns,
    options: ReadOptions,
}

struct Columns {
    id: usize,
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
        let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(reader);
        let headers = reader
            .headers()
            .map_err(|e| InputError {
                origin: origin(Some(1)),
                message: format!("cannot read the header: {e}"),
            })?
            .clone();
        let find = |name: &str| {
            headers.iter().position(|h| {
                h.trim()
                    .trim_start_matches('\u{feff}')
                    .eq_ignore_ascii_case(name)
            })
        };
        let required = |name: &str| {
            find(name).ok_or_else(|| InputError {
                origin: origin(Some(1)),
                message: format!(
                    "expected a column {name:?} in the header, but found {:?}",
                    headers.iter().collect::<Vec<_>>().join(",")
                ),
            })
        };
        let columns = Columns {
            id: required("id")?,
            file: required("file")?,
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
        let id = field(Some(self.columns.id)).ok_or_else(|| err("the id is empty".into()))?;
        let file = field(Some(self.columns.file)).ok_or_else(|| err("the file is empty".into()))?;
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
                let line = record.position().map(|p| p.line() as usize).unwrap_or(0);
                Some(self.document(&record, line))
            }
            Err(e) => {
                let line = e.position().map(|p| p.line() as usize);
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
