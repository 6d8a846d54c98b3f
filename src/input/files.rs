//! Plain text files named on the command line, all sharing the same metadata.

use super::{read_text_file, resolve_published, InputError, ReadOptions};
use crate::document::{Document, Origin};
use std::path::PathBuf;

/// Metadata given once for every file (`--published`, `--source`, `--url`).
#[derive(Debug, Clone, Default)]
pub struct SharedMeta {
    /// Publication date as given by the user.
    pub published: Option<String>,
    /// The outlet.
    pub source: Option<String>,
    /// The address.
    pub url: Option<String>,
}

/// Reads each file lazily; the id is the file stem.
pub fn read_files(
    paths: Vec<PathBuf>,
    meta: SharedMeta,
    options: ReadOptions,
) -> impl Iterator<Item = Result<Document, InputError>> {
    paths.into_iter().map(move |path| {
        let origin = Origin {
            path: path.display().to_string(),
            line: None,
        };
        let mut warnings = Vec::new();
        let text = read_text_file(&path, &origin, options.max_doc_bytes, &mut warnings)?;
        let published = resolve_published(
            meta.published.as_deref(),
            &text,
            meta.url.as_deref(),
            &origin,
        )?;
        let id = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| origin.path.clone());
        Ok(super::checked(Document {
            id,
            text,
            published,
            source: meta.source.clone(),
            url: meta.url.clone(),
            title: None,
            origin,
            warnings,
        }))
    })
}
