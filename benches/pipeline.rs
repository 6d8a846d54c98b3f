//! Per-stage and end-to-end throughput on the bundled example articles.
//!
//! `cargo bench --bench pipeline`; the figures are recorded in `bench/README.md`.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use dateline::document::{Document, Published};
use dateline::events::extract::{extract, DocumentView};
use dateline::gazetteer::Gazetteer;
use dateline::{clean, output, pipeline, places, sentences, time};
use std::hint::black_box;

fn articles() -> Vec<(String, chrono::NaiveDate)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/seeds");
    let manifest = std::fs::read_to_string(format!("{dir}/manifest.csv")).expect("examples exist");
    manifest
        .lines()
        .skip(1)
        .map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            let text = std::fs::read_to_string(format!("{dir}/{}", f[1])).expect("example file");
            (text, f[2].parse().expect("example date"))
        })
        .collect()
}

fn document(text: &str, date: chrono::NaiveDate) -> Document {
    Document::new("bench", text, Published::Given(date))
}

fn stages(c: &mut Criterion) {
    let docs = articles();
    let bytes: usize = docs.iter().map(|d| d.0.len()).sum();
    let g = Gazetteer::embedded();
    c.bench_function("gazetteer/load", |b| {
        b.iter(|| black_box(Gazetteer::load_embedded()))
    });
    let mut group = c.benchmark_group("stage");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("clean", |b| {
        b.iter(|| {
            docs.iter()
                .map(|(t, _)| clean::clean(t, g).kept.len())
                .sum::<usize>()
        })
    });
    let cleaned: Vec<_> = docs.iter().map(|(t, _)| clean::clean(t, g)).collect();
    group.bench_function("sentences", |b| {
        b.iter(|| {
            docs.iter()
                .zip(&cleaned)
                .map(|((t, _), c)| sentences::split(t, &c.kept).len())
                .sum::<usize>()
        })
    });
    let sents: Vec<_> = docs
        .iter()
        .zip(&cleaned)
        .map(|((t, _), c)| sentences::split(t, &c.kept))
        .collect();
    group.bench_function("places", |b| {
        b.iter(|| {
            docs.iter()
                .zip(&sents)
                .map(|((t, _), s)| places::find(t, s, g).len())
                .sum::<usize>()
        })
    });
    group.bench_function("times", |b| {
        b.iter(|| {
            docs.iter()
                .zip(&sents)
                .map(|((t, d), s)| time::find(t, s, Some(*d)).len())
                .sum::<usize>()
        })
    });
    let found: Vec<_> = docs
        .iter()
        .zip(&sents)
        .map(|((t, d), s)| (places::find(t, s, g), time::find(t, s, Some(*d))))
        .collect();
    group.bench_function("events", |b| {
        b.iter(|| {
            docs.iter()
                .zip(&sents)
                .zip(&found)
                .map(|(((t, d), s), (p, tm))| {
                    extract(&DocumentView {
                        text: t,
                        sentences: s,
                        places: p,
                        times: tm,
                        published: Some(*d),
                        title_time: None,
                        gazetteer: g,
                    })
                    .len()
                })
                .sum::<usize>()
        })
    });
    let analyses: Vec<_> = docs
        .iter()
        .map(|(t, d)| pipeline::analyze(document(t, *d), g))
        .collect();
    group.bench_function("writers", |b| {
        b.iter(|| {
            let rows: Vec<_> = analyses
                .iter()
                .flat_map(|a| output::event_rows(a, g))
                .collect();
            let mut csv = Vec::new();
            output::events_csv::write(&mut csv, &rows, false).expect("in memory");
            let mut geo = Vec::new();
            output::events_geojson::write(&mut geo, &rows).expect("in memory");
            let mentions: usize = analyses
                .iter()
                .map(|a| {
                    serde_json::to_string(&output::mentions::mentions(a, g)).map_or(0, |s| s.len())
                })
                .sum();
            csv.len() + geo.len() + mentions
        })
    });
    group.bench_with_input(
        BenchmarkId::new("end_to_end", "5 seeds"),
        &docs,
        |b, docs| {
            b.iter(|| {
                docs.iter()
                    .map(|(t, d)| pipeline::analyze(document(t, *d), g).events.len())
                    .sum::<usize>()
            })
        },
    );
    group.finish();

    // One long paragraph (the five seeds run together ten times, with no line break, each
    // copy's sentences numbered so that none is dropped as a repeat): a stage whose work
    // grows with the square of a document's length shows here as a throughput far below
    // the end-to-end figure above.
    let seeds = docs
        .iter()
        .map(|(t, _)| t.replace('\n', " "))
        .collect::<Vec<_>>()
        .join(" ");
    let long: String = (0..10)
        .map(|copy| seeds.replace(". ", &format!(" ({copy}). ")))
        .collect::<Vec<_>>()
        .join(" ");
    let mut group = c.benchmark_group("long_document");
    group.throughput(Throughput::Bytes(long.len() as u64));
    group.sample_size(10);
    group.bench_function("one_paragraph", |b| {
        b.iter(|| {
            pipeline::analyze(document(&long, docs[0].1), g)
                .events
                .len()
        })
    });
    group.finish();
}

criterion_group!(benches, stages);
criterion_main!(benches);
