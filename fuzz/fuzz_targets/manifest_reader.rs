//! The manifest reader on any bytes: every row an error or a document, never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let options = dateline::input::ReadOptions::default();
    let path = std::path::Path::new("/nonexistent/manifest.csv");
    if let Ok(manifest) = dateline::input::Manifest::from_reader(data, path, options) {
        for item in manifest.take(1000) {
            let _ = item;
        }
    }
});
