//! The whole pipeline on one document of any bytes, with and without a publication date,
//! and its outputs.
#![no_main]
use dateline::document::{Document, Published};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut warnings = Vec::new();
    let text = dateline::input::decode_text(data.to_vec(), &mut warnings);
    let g = dateline::gazetteer::Gazetteer::embedded();
    for published in [Published::Given(chrono::NaiveDate::from_ymd_opt(2022, 10, 1).unwrap()), Published::Unknown] {
        let doc = Document {
            warnings: warnings.clone(),
            ..Document::new("fuzz", &text, published)
        };
        let analysis = dateline::pipeline::analyze(doc, g);
        let rows = dateline::output::event_rows(&analysis, g);
        let mut sink = Vec::new();
        dateline::output::events_csv::write(&mut sink, &rows, false).unwrap();
        dateline::output::events_geojson::write(&mut sink, &rows).unwrap();
        let _ = serde_json::to_string(&dateline::output::mentions::mentions(&analysis, g));
    }
});
