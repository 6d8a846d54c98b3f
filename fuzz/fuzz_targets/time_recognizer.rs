//! The time recogniser and resolver on any text, anchored and unanchored.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let lines = [0..text.len()];
    let sentences = dateline::sentences::split(&text, &lines);
    let published = chrono::NaiveDate::from_ymd_opt(2022, 5, 17);
    for anchor in [published, None] {
        for t in dateline::time::find(&text, &sentences, anchor) {
            assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
            if let Some(r) = t.resolved {
                assert!(r.start <= r.end);
            }
        }
    }
});
