//! The command line: arguments (clap) in, a run, an exit code out.
//!
//! Exit codes: 0 every document went through; 1 some document (or an output) failed, each
//! named on stderr with its file and line while the others were still written; 2 a usage
//! error.

use crate::document::parse_published;
use crate::gazetteer::Gazetteer;
use crate::input::{self, InputError, JsonLines, Manifest, Pending, ReadOptions};
use crate::output::sink::{prepare, FolderSink, Prepared, Sink, StreamSink};
use crate::pipeline::{self, Analysis};
use clap::{Args, Parser, Subcommand};
use rayon::prelude::*;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Turns news articles about the war in eastern Ukraine into dated, geolocated events.
#[derive(Parser, Debug)]
#[command(name = "dateline", version, about)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Subcommand, Debug)]
pub enum Command {
    /// Extract events from articles and write events.csv, events.geojson, groups.csv and
    /// mentions.jsonl.
    Extract(ExtractArgs),
    /// Show the gazetteer's candidates for a place name.
    Place(PlaceArgs),
    /// Print a shell completion script (bash, zsh, fish, powershell, elvish).
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), e.g. `dateline man > dateline.1`.
    Man,
}

/// Arguments of `dateline extract`.
#[derive(Args, Debug)]
pub struct ExtractArgs {
    /// Plain text articles (the id is the file stem); they share --published, --source, --url.
    pub files: Vec<PathBuf>,
    /// A manifest CSV with columns id,file,published,source,url,title (file relative to it).
    #[arg(long, conflicts_with_all = ["files", "jsonl"])]
    pub manifest: Option<PathBuf>,
    /// JSON Lines of {"id","text","published","source","url","title"}; `-` reads stdin.
    #[arg(long, conflicts_with = "files")]
    pub jsonl: Option<String>,
    /// Publication date of the FILES (YYYY-MM-DD, ISO 8601 or RFC 2822 timestamp, "June 20, 2024").
    #[arg(long)]
    pub published: Option<String>,
    /// Outlet of the FILES.
    #[arg(long)]
    pub source: Option<String>,
    /// Address of the FILES.
    #[arg(long)]
    pub url: Option<String>,
    /// Output folder, or `-` to stream events to stdout as JSON Lines.
    #[arg(long)]
    pub out: String,
    /// A folder with places.tsv (replaces the embedded gazetteer) and/or extra.tsv (adds rows).
    #[arg(long)]
    pub gazetteer: Option<PathBuf>,
    /// Skip documents larger than this many bytes.
    #[arg(long, default_value_t = input::DEFAULT_MAX_DOC_BYTES)]
    pub max_doc_bytes: u64,
    /// Let manifest paths point outside the manifest's folder.
    #[arg(long)]
    pub allow_outside: bool,
    /// Start events.csv with a UTF-8 byte order mark, so that Excel reads it as UTF-8.
    #[arg(long)]
    pub excel: bool,
    /// Print nothing on stderr but errors.
    #[arg(long, short)]
    pub quiet: bool,
}

/// Arguments of `dateline place`.
#[derive(Args, Debug)]
pub struct PlaceArgs {
    /// The name to look up, in any spelling.
    pub name: String,
    /// A folder with places.tsv and/or extra.tsv.
    #[arg(long)]
    pub gazetteer: Option<PathBuf>,
}

/// Parses the arguments, runs, and returns the exit code.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    let result = match cli.command {
        Command::Extract(args) => extract(args),
        Command::Place(args) => place(args),
        Command::Completions { shell } => {
            let mut command = <Cli as clap::CommandFactory>::command();
            clap_complete::generate(shell, &mut command, "dateline", &mut io::stdout());
            Ok(ExitCode::SUCCESS)
        }
        Command::Man => {
            let command = <Cli as clap::CommandFactory>::command();
            clap_mangen::Man::new(command)
                .render(&mut io::stdout())
                .map(|_| ExitCode::SUCCESS)
        }
    };
    match result {
        Ok(code) => code,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("dateline: {e}");
            ExitCode::from(1)
        }
    }
}

/// The embedded gazetteer, or the one in `dir`. A loaded one lives for the rest of the
/// process (it is leaked once), which keeps every stage borrowing one `&'static` table.
fn load_gazetteer(dir: Option<&Path>) -> io::Result<&'static Gazetteer> {
    match dir {
        None => Ok(Gazetteer::embedded()),
        Some(dir) => Gazetteer::load_dir(dir)
            .map(|g| &*Box::leak(Box::new(g)))
            .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e.to_string())),
    }
}

fn place(args: PlaceArgs) -> io::Result<ExitCode> {
    let g = load_gazetteer(args.gazetteer.as_deref())?;
    let found = g.lookup(&args.name);
    let mut out = io::stdout().lock();
    if found.is_empty() {
        eprintln!("dateline: no place is called {:?}", args.name);
        return Ok(ExitCode::from(1));
    }
    writeln!(
        out,
        "gazetteer_id\tname\tkind\tcode\tadmin1\tadmin2\tlat\tlon\tpopulation\tprior"
    )?;
    for (e, prior) in found {
        writeln!(
            out,
            "{}\t{}\t{}\t{}\t{}\t{}\t{:.5}\t{:.5}\t{}\t{:.2}",
            e.id,
            e.name,
            e.kind.location_kind(),
            e.code,
            e.admin1,
            e.admin2,
            e.lat,
            e.lon,
            e.population,
            prior
        )?;
    }
    Ok(ExitCode::SUCCESS)
}

/// How many documents are analysed in parallel before their results are written in order.
const BATCH: usize = 256;

fn extract(args: ExtractArgs) -> io::Result<ExitCode> {
    let options = ReadOptions {
        max_doc_bytes: args.max_doc_bytes,
        allow_outside: args.allow_outside,
    };
    if let Some(p) = &args.published {
        if let Err(e) = parse_published(p) {
            eprintln!("dateline: --published: {e}");
            return Ok(ExitCode::from(2));
        }
    }
    let mut documents: Box<dyn Iterator<Item = Pending> + Send> =
        match (&args.manifest, &args.jsonl) {
            (Some(m), _) => match Manifest::open(m, options) {
                Ok(m) => Box::new(m.map(Pending::Ready)),
                Err(e) => {
                    eprintln!("dateline: {e}");
                    return Ok(ExitCode::from(1));
                }
            },
            (None, Some(j)) if j == "-" => {
                Box::new(JsonLines::new(io::BufReader::new(io::stdin()), "-", options).pending())
            }
            (None, Some(j)) => match std::fs::File::open(j) {
                Ok(f) => Box::new(JsonLines::new(io::BufReader::new(f), j, options).pending()),
                Err(e) => {
                    eprintln!("dateline: {j}: cannot open: {e}");
                    return Ok(ExitCode::from(1));
                }
            },
            (None, None) if !args.files.is_empty() => Box::new(
                input::read_files(
                    args.files.clone(),
                    input::SharedMeta {
                        published: args.published.clone(),
                        source: args.source.clone(),
                        url: args.url.clone(),
                    },
                    options,
                )
                .map(Pending::Ready),
            ),
            (None, None) => {
                eprintln!("dateline: expected FILES, --manifest or --jsonl, but found none");
                return Ok(ExitCode::from(2));
            }
        };
    let gazetteer = load_gazetteer(args.gazetteer.as_deref())?;
    let mut sink: Box<dyn Sink + Send> = if args.out == "-" {
        Box::new(StreamSink::new(io::stdout()))
    } else {
        let dir = PathBuf::from(&args.out);
        std::fs::create_dir_all(&dir)?;
        Box::new(FolderSink::create(dir, args.excel)?)
    };
    let layout = sink.layout();
    let mut report = Report::default();
    let progress = Progress::new(args.quiet);
    let mut next = read_batch(&mut documents);
    let mut ready: Vec<Prepared> = Vec::new();
    // Three stages overlap on the thread pool: the previous batch is written while this
    // one is parsed and analysed (in parallel) and the next is read. Output stays in input
    // order, so it is the same bytes on any number of threads.
    while !next.is_empty() || !ready.is_empty() {
        let batch = std::mem::take(&mut next);
        let (written, (analysed, read)) = rayon::join(
            || ready.drain(..).try_for_each(|p| sink.accept(p)),
            || {
                rayon::join(
                    || {
                        batch
                            .into_par_iter()
                            .map(|pending| {
                                let analysis = pipeline::analyze(pending.parse()?, gazetteer);
                                let prepared = prepare(layout, &analysis, gazetteer);
                                Ok((analysis, prepared))
                            })
                            .collect::<Vec<Result<_, InputError>>>()
                    },
                    || read_batch(&mut documents),
                )
            },
        );
        written?;
        next = read;
        for item in analysed {
            match item {
                Ok((analysis, prepared)) => {
                    report.note(&analysis, args.quiet, &progress);
                    ready.push(prepared?);
                }
                Err(e) => {
                    progress.say(&format!("dateline: {e}"));
                    report.failed += 1;
                }
            }
        }
        progress.update(&report);
    }
    sink.finish()?;
    progress.finish();
    if !args.quiet {
        eprintln!(
            "dateline: {} documents, {} events, {} failed, {} places, {} times unresolved",
            report.documents, report.events, report.failed, report.places, report.unresolved_times
        );
    }
    Ok(if report.failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// The next documents to analyse, up to one batch.
fn read_batch(documents: &mut (dyn Iterator<Item = Pending> + Send)) -> Vec<Pending> {
    documents.take(BATCH).collect()
}

#[derive(Default)]
struct Report {
    documents: usize,
    events: usize,
    failed: usize,
    places: usize,
    unresolved_times: usize,
}

impl Report {
    fn note(&mut self, a: &Analysis, quiet: bool, progress: &Progress) {
        self.documents += 1;
        self.events += a.events.len();
        self.places += a.places.len();
        self.unresolved_times += a.times.iter().filter(|t| t.resolved.is_none()).count();
        if quiet {
            return;
        }
        let origin = &a.document.origin;
        for w in &a.document.warnings {
            progress.say(&format!("dateline: {origin}: warning: {w}"));
        }
        if a.document.published.date().is_none() {
            progress.say(&format!("dateline: {origin}: no publication date given or found in the text; relative dates left unresolved"));
        }
    }
}

/// A progress line on stderr while a long run goes on, when stderr is a terminal; messages
/// are printed above it so they do not garble it.
struct Progress {
    bar: Option<indicatif::ProgressBar>,
    started: std::time::Instant,
}

impl Progress {
    fn new(quiet: bool) -> Progress {
        use std::io::IsTerminal;
        let bar = (!quiet && io::stderr().is_terminal()).then(|| {
            let bar = indicatif::ProgressBar::new_spinner();
            if let Ok(style) = indicatif::ProgressStyle::with_template("{spinner} {elapsed} {msg}")
            {
                bar.set_style(style);
            }
            bar.enable_steady_tick(std::time::Duration::from_millis(120));
            bar
        });
        Progress {
            bar,
            started: std::time::Instant::now(),
        }
    }

    fn say(&self, message: &str) {
        match &self.bar {
            Some(bar) => bar.println(message),
            None => eprintln!("{message}"),
        }
    }

    fn update(&self, report: &Report) {
        if let Some(bar) = &self.bar {
            let seconds = self.started.elapsed().as_secs_f64().max(0.001);
            bar.set_message(format!(
                "{} documents, {} events, {} failed, {:.0} documents/s",
                report.documents,
                report.events,
                report.failed,
                report.documents as f64 / seconds
            ));
        }
    }

    fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
