//! Builds the name index of the embedded gazetteer at compile time, so that the binary
//! starts without folding and indexing 164,000 names (see `src/gazetteer/index.rs`).

#[allow(dead_code)]
#[path = "src/fold.rs"]
mod fold;
#[allow(dead_code)]
#[path = "src/gazetteer/index.rs"]
mod index;

use std::path::PathBuf;

fn main() {
    for input in [
        "gazetteer/places.tsv",
        "src/fold.rs",
        "src/gazetteer/index.rs",
    ] {
        println!("cargo:rerun-if-changed={input}");
    }
    let places = std::fs::read_to_string("gazetteer/places.tsv")
        .expect("gazetteer/places.tsv is in the repository");
    let rows: Vec<Vec<&str>> = index::rows(&places).map(|(_, fields)| fields).collect();
    let bytes = index::build(rows.iter().map(|f| {
        (
            f.get(3).copied().unwrap_or(""),
            f.get(9).copied().unwrap_or(""),
        )
    }));
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("names.fst"), bytes.fst).expect("OUT_DIR is writable");
    std::fs::write(out.join("names.postings"), bytes.postings).expect("OUT_DIR is writable");
}
