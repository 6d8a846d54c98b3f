//! Name matching and resolution on any text.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let g = dateline::gazetteer::Gazetteer::embedded();
    let cleaned = dateline::clean::clean(&text);
    let sentences = dateline::sentences::split(&text, &cleaned.kept);
    for p in dateline::places::find(&text, &sentences, g) {
        assert!(text.is_char_boundary(p.span.start) && text.is_char_boundary(p.span.end));
        assert!(p.span.start < p.span.end && p.span.end <= text.len());
    }
});
