//! The JSON Lines reader on any bytes.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let options = dateline::input::ReadOptions {
        max_doc_bytes: 4096,
        allow_outside: false,
    };
    for item in dateline::input::JsonLines::new(data, "fuzz", options).take(1000) {
        let _ = item;
    }
});
