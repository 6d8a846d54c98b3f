//! Bad input, case by case: what the user is told, the exit code, and that nothing else is
//! lost. Each case runs the real binary.

use std::path::Path;
use std::process::{Command, Output};

mod common;

use common::run;

fn extract_file(dir: &Path, name: &str, bytes: &[u8]) -> (Output, Vec<serde_json::Value>) {
    let file = dir.join(name);
    std::fs::write(&file, bytes).unwrap();
    let out = dir.join(format!("{name}.out"));
    let o = run(
        &[
            "extract",
            file.to_str().unwrap(),
            "--published",
            "2022-05-17",
            "--out",
            out.to_str().unwrap(),
        ],
        None,
    );
    let mentions = std::fs::read_to_string(out.join("mentions.jsonl")).unwrap_or_default();
    let docs = mentions
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    (o, docs)
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn place_texts(doc: &serde_json::Value) -> Vec<String> {
    doc["places"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["text"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn invalid_utf8_is_decoded_lossily_with_a_warning_naming_the_offset() {
    let dir = tempfile::tempdir().unwrap();
    let (o, docs) = extract_file(
        dir.path(),
        "bad.txt",
        b"Russian troops shelled Kharkiv \xff\xfe on Monday.",
    );
    assert_eq!(o.status.code(), Some(0));
    assert!(
        stderr(&o).contains("invalid UTF-8 at byte 31"),
        "{}",
        stderr(&o)
    );
    assert_eq!(place_texts(&docs[0]), vec!["Kharkiv"]);
}

#[test]
fn nul_bytes_and_binary_files_do_not_stop_the_run() {
    let dir = tempfile::tempdir().unwrap();
    let (o, docs) = extract_file(dir.path(), "nul.txt", b"Shelling hit\0 Izium\0 on Monday.");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(place_texts(&docs[0]), vec!["Izium"]);
    let binary: Vec<u8> = (0..20_000u32)
        .map(|i| (i.wrapping_mul(2654435761) >> 13) as u8)
        .collect();
    let (o, docs) = extract_file(dir.path(), "binary.bin", &binary);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stderr(&o).contains("invalid UTF-8"));
    assert_eq!(docs.len(), 1);
}

#[test]
fn a_byte_order_mark_crlf_and_lone_cr_keep_offsets_right() {
    let dir = tempfile::tempdir().unwrap();
    let text = "\u{feff}Kharkiv was shelled.\r\nLyman fell on Saturday.\rIzium was retaken.";
    let (o, docs) = extract_file(dir.path(), "crlf.txt", text.as_bytes());
    assert_eq!(o.status.code(), Some(0));
    let decoded = text.trim_start_matches('\u{feff}');
    for p in docs[0]["places"].as_array().unwrap() {
        let span = p["span"].as_array().unwrap();
        let (a, b) = (
            span[0].as_u64().unwrap() as usize,
            span[1].as_u64().unwrap() as usize,
        );
        assert_eq!(&decoded[a..b], p["text"].as_str().unwrap());
    }
    assert_eq!(place_texts(&docs[0]), vec!["Kharkiv", "Lyman", "Izium"]);
}

#[test]
fn an_empty_file_is_a_document_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let (o, docs) = extract_file(dir.path(), "empty.txt", b"");
    assert_eq!(o.status.code(), Some(0));
    assert!(
        stderr(&o).contains("empty.txt: warning: the document is empty"),
        "{}",
        stderr(&o)
    );
    assert_eq!(docs[0]["places"].as_array().unwrap().len(), 0);
}

#[test]
fn a_huge_single_line_is_skipped_with_a_message_and_others_go_through() {
    let dir = tempfile::tempdir().unwrap();
    let huge = dir.path().join("huge.txt");
    let line = "Kharkiv ".repeat(50 * 1024 * 1024 / 8);
    std::fs::write(&huge, line.as_bytes()).unwrap();
    let small = dir.path().join("small.txt");
    std::fs::write(&small, "Russian troops shelled Kharkiv on Monday.").unwrap();
    let out = dir.path().join("out");
    let o = run(
        &[
            "extract",
            huge.to_str().unwrap(),
            small.to_str().unwrap(),
            "--published",
            "2022-05-17",
            "--out",
            out.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("huge.txt: "), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("over the limit of 10485760"),
        "{}",
        stderr(&o)
    );
    let csv = std::fs::read_to_string(out.join("events.csv")).unwrap();
    assert!(csv.contains("small,"), "{csv}");
}

#[test]
fn html_left_in_the_text_does_not_hide_places_or_times() {
    let dir = tempfile::tempdir().unwrap();
    let html = b"<p>Russian troops shelled <b>Kharkiv</b>&nbsp;on Monday, officials said.</p>";
    let (o, docs) = extract_file(dir.path(), "html.txt", html);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(place_texts(&docs[0]), vec!["Kharkiv"]);
    assert_eq!(docs[0]["times"][0]["start"], "2022-05-16");
}

#[test]
fn cyrillic_only_text_resolves_places_without_failing() {
    let dir = tempfile::tempdir().unwrap();
    let (o, docs) = extract_file(
        dir.path(),
        "uk.txt",
        "Російські війська обстріляли Харків і Лиман.".as_bytes(),
    );
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(place_texts(&docs[0]), vec!["Харків", "Лиман"]);
}

fn manifest(dir: &Path, text: &str) -> (Output, std::path::PathBuf) {
    std::fs::write(
        dir.join("good.txt"),
        "Russian troops shelled Kharkiv on Monday.",
    )
    .unwrap();
    let m = dir.join("manifest.csv");
    std::fs::write(&m, text).unwrap();
    let out = dir.join("out");
    (
        run(
            &[
                "extract",
                "--manifest",
                m.to_str().unwrap(),
                "--out",
                out.to_str().unwrap(),
            ],
            None,
        ),
        out,
    )
}

#[test]
fn a_missing_file_in_a_manifest_is_named_by_line_and_others_are_written() {
    let dir = tempfile::tempdir().unwrap();
    let (o, out) = manifest(
        dir.path(),
        "id,file,published\na,missing.txt,2022-05-17\nb,good.txt,2022-05-17\n",
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("manifest.csv:2: cannot open"),
        "{}",
        stderr(&o)
    );
    assert!(std::fs::read_to_string(out.join("events.csv"))
        .unwrap()
        .contains("\nb-1,b,"));
}

#[test]
fn a_manifest_without_a_required_column_stops_with_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let (o, out) = manifest(dir.path(), "id,document,published\na,good.txt,2022-05-17\n");
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("manifest.csv:1: expected a column \"file\""),
        "{}",
        stderr(&o)
    );
    assert!(!out.join("events.csv").exists(), "no half-made output");
}

#[test]
fn a_scrapers_column_names_are_read_and_the_id_defaults_to_the_file() {
    let dir = tempfile::tempdir().unwrap();
    // "path", "date" and "link" for "file", "published" and "url"; no id column.
    let (o, out) = manifest(
        dir.path(),
        "path,date,outlet,link\ngood.txt,2022-05-17,Reuters,https://reuters.com/x\n",
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let events = std::fs::read_to_string(out.join("events.csv")).unwrap();
    let row = events.lines().nth(1).unwrap();
    // Monday before 2022-05-17 is 2022-05-16: the "date" column was read.
    assert!(row.starts_with("good.txt-1,good.txt,"), "{row}");
    assert!(row.contains("2022-05-16"), "{row}");
    assert!(
        row.contains("Reuters") && row.contains("https://reuters.com/x"),
        "{row}"
    );
}

#[test]
fn a_quoted_newline_in_a_manifest_keeps_later_line_numbers_right() {
    let dir = tempfile::tempdir().unwrap();
    let (o, _) = manifest(
        dir.path(),
        "id,file,published,title\na,good.txt,2022-05-17,\"Two\nlines\"\nb,missing.txt,2022-05-17,x\n",
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("manifest.csv:4: cannot open"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn a_manifest_with_windows_line_endings_names_the_right_lines() {
    // The csv crate's own count falls one line behind per row after a CRLF.
    let dir = tempfile::tempdir().unwrap();
    let (o, _) = manifest(
        dir.path(),
        "id,file,published\r\na,good.txt,2022-05-17\r\nb,good.txt,2022-13-17\r\nc,missing.txt,2022-05-17\r\n",
    );
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("manifest.csv:3: expected a publication date"),
        "{err}"
    );
    assert!(err.contains("manifest.csv:4: cannot open"), "{err}");
}

#[test]
fn an_impossible_publication_date_fails_that_row_only() {
    let dir = tempfile::tempdir().unwrap();
    let (o, out) = manifest(
        dir.path(),
        "id,file,published\na,good.txt,2022-02-30\nb,good.txt,2022-05-17\n",
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("manifest.csv:2: expected a publication date as YYYY-MM-DD"),
        "{}",
        stderr(&o)
    );
    assert!(std::fs::read_to_string(out.join("events.csv"))
        .unwrap()
        .contains("\nb-1,b,"));
}

#[test]
fn far_past_and_far_future_dates_are_used_but_flagged() {
    let dir = tempfile::tempdir().unwrap();
    let (o, _) = manifest(
        dir.path(),
        "id,file,published\na,good.txt,1905-01-22\nb,good.txt,2150-01-01\n",
    );
    assert_eq!(o.status.code(), Some(0));
    let err = stderr(&o);
    assert!(
        err.contains("publication date 1905-01-22 is outside"),
        "{err}"
    );
    assert!(
        err.contains("publication date 2150-01-01 is outside"),
        "{err}"
    );
}

#[test]
fn manifest_paths_cannot_leave_the_manifest_folder_unless_allowed() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("m")).unwrap();
    std::fs::write(dir.path().join("outside.txt"), "Kharkiv was shelled.").unwrap();
    let m = dir.path().join("m/manifest.csv");
    std::fs::write(&m, "id,file,published\na,../outside.txt,2022-05-17\n").unwrap();
    let out = dir.path().join("out");
    let o = run(
        &[
            "extract",
            "--manifest",
            m.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("lies outside the manifest's folder"),
        "{}",
        stderr(&o)
    );
    let o = run(
        &[
            "extract",
            "--manifest",
            m.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
            "--allow-outside",
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}

#[test]
fn broken_json_lines_are_named_and_the_rest_are_written() {
    let input = b"{\"id\":\"a\",\"text\":\"Kharkiv was shelled on Monday.\",\"published\":\"2022-05-17\"}\n{\"id\":\"b\",\"text\":\"x\"\n\xff\xfe\n{\"id\":\"c\",\"published\":\"2022-05-17\"}\n{\"id\":\"d\",\"text\":\"Lyman fell.\",\"published\":\"2022-10-01\"}\n";
    let o = run(&["extract", "--jsonl", "-", "--out", "-"], Some(input));
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains("-:2: not a JSON object"), "{err}");
    assert!(err.contains("-:3: not a JSON object"), "{err}");
    assert!(err.contains("-:4: expected a \"text\" field"), "{err}");
    let docs: Vec<String> = String::from_utf8_lossy(&o.stdout)
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["doc_id"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(docs, vec!["a", "d"]);
}

#[test]
fn spreadsheet_formulas_in_text_are_neutralised_in_the_csv() {
    let input = br#"{"id":"=cmd|' /C calc'!A0","text":"Russian troops shelled Kharkiv on Monday.","published":"2022-05-17","source":"@SUM(1+1)"}"#;
    let dir = tempfile::tempdir().unwrap();
    let o = run(
        &[
            "extract",
            "--jsonl",
            "-",
            "--out",
            dir.path().to_str().unwrap(),
        ],
        Some(input),
    );
    assert_eq!(o.status.code(), Some(0));
    let csv = std::fs::read_to_string(dir.path().join("events.csv")).unwrap();
    let row = csv.lines().nth(1).unwrap();
    assert!(row.starts_with("'=cmd"), "{row}");
    assert!(row.contains(",'@SUM(1+1),"), "{row}");
}

#[test]
fn a_killed_run_leaves_the_previous_outputs_whole() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let small = br#"{"id":"a","text":"Russian troops shelled Kharkiv on Monday.","published":"2022-05-17"}"#;
    let o = run(
        &["extract", "--jsonl", "-", "--out", out.to_str().unwrap()],
        Some(small),
    );
    assert!(o.status.success());
    let before: Vec<Vec<u8>> = ["events.csv", "events.geojson", "mentions.jsonl"]
        .iter()
        .map(|f| std::fs::read(out.join(f)).unwrap())
        .collect();
    let article = include_str!("../examples/seeds/articles/002.txt");
    let line =
        serde_json::json!({"id": "x", "text": article, "published": "2022-06-14"}).to_string();
    let big = dir.path().join("big.jsonl");
    std::fs::write(&big, format!("{line}\n").repeat(20_000)).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_dateline"))
        .args([
            "extract",
            "--jsonl",
            big.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
            "--quiet",
        ])
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(700));
    child.kill().unwrap();
    child.wait().unwrap();
    for (f, old) in ["events.csv", "events.geojson", "mentions.jsonl"]
        .iter()
        .zip(before)
    {
        let now = std::fs::read(out.join(f)).unwrap();
        assert_eq!(now, old, "{f} changed after the run was killed");
    }
}
