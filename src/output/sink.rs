//! Where analysed documents go: a stream of events on standard output, or a folder of
//! files written when the run ends.
//!
//! Folder outputs: `events.csv` (+ `events.csvt`), `events.geojson` (+ `events.qml`),
//! `groups.csv`, `timeline.json`, `report.html` and `mentions.jsonl`. Every file is written
//! to a temporary file and all are renamed into place together at the end, so an
//! interrupted run leaves the previous set.

use super::atomic::AtomicFile;
use super::{
    event_rows, events_csv, events_geojson, groups_csv, mentions, qml, report, timeline, EventRow,
};
use crate::gazetteer::Gazetteer;
use crate::pipeline::Analysis;
use rayon::prelude::*;
use std::io::{self, Write};
use std::path::PathBuf;

/// What a sink writes per document, made where the document was analysed (in parallel),
/// so that the one thread writing in input order only copies bytes.
pub struct Prepared {
    /// Bytes to write now: the events as JSON Lines (stream), or the mentions line (folder).
    bytes: Vec<u8>,
    /// Event rows kept for the end (folder).
    rows: Vec<EventRow>,
}

/// How a sink wants documents prepared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// Events as JSON Lines, as each document finishes.
    Stream,
    /// Mentions now, event rows kept for the files written at the end.
    Folder,
}

/// Prepares one analysed document for a sink of `layout`.
pub fn prepare(layout: Layout, analysis: &Analysis, gazetteer: &Gazetteer) -> io::Result<Prepared> {
    let rows = event_rows(analysis, gazetteer);
    let mut bytes = Vec::new();
    match layout {
        Layout::Stream => {
            for row in &rows {
                super::json_row::write_row(&mut bytes, row);
                bytes.push(b'\n');
            }
            Ok(Prepared {
                bytes,
                rows: Vec::new(),
            })
        }
        Layout::Folder => {
            let m = mentions::mentions(analysis, gazetteer);
            sonic_rs::to_writer(&mut bytes, &m).map_err(io::Error::other)?;
            bytes.push(b'\n');
            Ok(Prepared { bytes, rows })
        }
    }
}

/// Receives each prepared document in input order, then the end of the run.
pub trait Sink {
    /// How documents are to be prepared for it.
    fn layout(&self) -> Layout;
    /// Takes one document's prepared output.
    fn accept(&mut self, prepared: Prepared) -> io::Result<()>;
    /// Writes what is written at the end.
    fn finish(self: Box<Self>) -> io::Result<()>;
}

/// `--out -`: each document's events as JSON Lines as soon as it is done.
pub struct StreamSink<W: Write> {
    out: W,
}

impl<W: Write> StreamSink<W> {
    /// Streams to `out`.
    pub fn new(out: W) -> Self {
        StreamSink { out }
    }
}

impl<W: Write> Sink for StreamSink<W> {
    fn layout(&self) -> Layout {
        Layout::Stream
    }

    fn accept(&mut self, prepared: Prepared) -> io::Result<()> {
        self.out.write_all(&prepared.bytes)?;
        self.out.flush()
    }

    fn finish(self: Box<Self>) -> io::Result<()> {
        Ok(())
    }
}

/// `--out DIR`: mentions written as documents finish; events sorted and written at the end.
pub struct FolderSink {
    dir: PathBuf,
    mentions: AtomicFile,
    rows: Vec<(usize, usize, EventRow)>,
    documents: usize,
    excel: bool,
}

impl FolderSink {
    /// Starts the outputs in `dir` (which must exist); `excel` puts a byte order mark at the
    /// head of `events.csv`.
    pub fn create(dir: PathBuf, excel: bool) -> io::Result<FolderSink> {
        let mentions = AtomicFile::create(&dir.join("mentions.jsonl"))?;
        Ok(FolderSink {
            dir,
            mentions,
            rows: Vec::new(),
            documents: 0,
            excel,
        })
    }
}

impl Sink for FolderSink {
    fn layout(&self) -> Layout {
        Layout::Folder
    }

    fn accept(&mut self, prepared: Prepared) -> io::Result<()> {
        self.mentions.write_all(&prepared.bytes)?;
        for (i, row) in prepared.rows.into_iter().enumerate() {
            self.rows.push((self.documents, i, row));
        }
        self.documents += 1;
        Ok(())
    }

    fn finish(self: Box<Self>) -> io::Result<()> {
        let FolderSink {
            dir,
            mentions,
            mut rows,
            excel,
            ..
        } = *self;
        rows.sort_by(|a, b| {
            let date = |r: &EventRow| (r.event_date.is_none(), r.event_date.clone());
            date(&a.2)
                .cmp(&date(&b.2))
                .then(a.0.cmp(&b.0))
                .then(a.1.cmp(&b.1))
        });
        let mut rows: Vec<EventRow> = rows.into_iter().map(|r| r.2).collect();
        groups_csv::assign_groups(&mut rows);
        // The files are independent of each other: written side by side, then renamed into
        // place together.
        type Writer<'a> = Box<dyn Fn(&mut AtomicFile) -> io::Result<()> + Sync + 'a>;
        let rows = &rows;
        let writers: Vec<(&str, Writer)> = vec![
            (
                "events.csv",
                Box::new(|f| events_csv::write(f, rows, excel)),
            ),
            ("events.csvt", Box::new(|f| events_csv::write_types(f))),
            (
                "events.geojson",
                Box::new(|f| events_geojson::write(f, rows)),
            ),
            ("events.qml", Box::new(|f| qml::write(f))),
            ("groups.csv", Box::new(|f| groups_csv::write(f, rows))),
            ("timeline.json", Box::new(|f| timeline::write(f, rows))),
            ("report.html", Box::new(|f| report::write(f, rows))),
        ];
        let mut files = writers
            .par_iter()
            .map(|(name, write)| {
                let mut f = AtomicFile::create(&dir.join(name))?;
                write(&mut f)?;
                Ok(f)
            })
            .collect::<io::Result<Vec<AtomicFile>>>()?;
        files.push(mentions);
        for f in files {
            f.commit()?;
        }
        Ok(())
    }
}
