//! Runs the real binary on real text in a temporary folder and checks what it wrote.

use std::path::{Path, PathBuf};
use std::process::Output;

mod common;

fn dateline(args: &[&str], stdin: Option<&str>) -> Output {
    common::run(args, stdin.map(str::as_bytes))
}

fn examples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/seeds/manifest.csv")
}

fn read_csv(path: &Path) -> Vec<std::collections::HashMap<String, String>> {
    let mut r = csv::Reader::from_path(path).unwrap();
    let headers = r.headers().unwrap().clone();
    r.records()
        .map(|rec| {
            headers
                .iter()
                .map(String::from)
                .zip(rec.unwrap().iter().map(String::from))
                .collect()
        })
        .collect()
}

#[test]
fn the_example_articles_become_events_places_and_times() {
    let out = tempfile::tempdir().unwrap();
    let o = dateline(
        &[
            "extract",
            "--manifest",
            examples().to_str().unwrap(),
            "--out",
            out.path().to_str().unwrap(),
        ],
        None,
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let rows = read_csv(&out.path().join("events.csv"));
    assert!(rows.len() >= 20, "{} events", rows.len());
    // Sorted by date.
    let dates: Vec<&str> = rows.iter().map(|r| r["event_date"].as_str()).collect();
    let mut sorted = dates.clone();
    sorted.sort();
    assert_eq!(dates, sorted);
    // Moscow's withdrawal from Lyman, dated by "said Saturday" (2022-10-01).
    let lyman = rows
        .iter()
        .find(|r| {
            r["doc_id"] == "004" && r["event_type"] == "withdrawal" && r["location"] == "Lyman"
        })
        .expect("the Lyman withdrawal");
    assert_eq!(lyman["event_date"], "2022-10-01");
    assert_eq!(lyman["gazetteer_id"], "gn:704204");
    // The Azovstal surrender "in mid-May", reported on June 14.
    let azovstal = rows
        .iter()
        .find(|r| r["doc_id"] == "002" && r["event_type"] == "surrender")
        .expect("the mid-May surrender");
    assert_eq!(
        (
            azovstal["event_date"].as_str(),
            azovstal["date_end"].as_str()
        ),
        ("2022-05-11", "2022-05-20")
    );
    assert_eq!(azovstal["location"], "Azovstal");
    // Nothing from the cruft.
    assert!(rows
        .iter()
        .all(|r| !r["sentence"].contains("CLICK HERE") && !r["sentence"].contains("Dear readers")));
    // Unverified claims are marked.
    let encircled = rows
        .iter()
        .find(|r| r["doc_id"] == "000" && r["event_type"] == "encirclement")
        .unwrap();
    assert_eq!(encircled["verified"], "no");

    let mentions = std::fs::read_to_string(out.path().join("mentions.jsonl")).unwrap();
    let docs: Vec<serde_json::Value> = mentions
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(docs.len(), 5);
    let d000 = &docs[0];
    let sirotyne = d000["places"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["text"] == "Sirotyne")
        .unwrap();
    assert_eq!(sirotyne["gazetteer_id"], "gn:693755");
    let early_wed = docs[2]["times"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["text"] == "early Wednesday")
        .unwrap();
    assert_eq!(early_wed["start"], "2022-06-15");

    let geo_text = std::fs::read_to_string(out.path().join("events.geojson")).unwrap();
    // The geojson crate reads it as a collection of Point features, each with its event id.
    match geo_text.parse::<geojson::GeoJson>().unwrap() {
        geojson::GeoJson::FeatureCollection(fc) => {
            assert!(!fc.features.is_empty());
            for f in &fc.features {
                let geometry = f.geometry.as_ref().unwrap();
                assert!(matches!(geometry.value, geojson::Value::Point(ref p) if p.len() == 2));
                assert!(matches!(f.id, Some(geojson::feature::Id::String(_))));
            }
        }
        other => panic!("not a FeatureCollection: {other:?}"),
    }
    let geo: serde_json::Value = serde_json::from_str(&geo_text).unwrap();
    assert_eq!(geo["type"], "FeatureCollection");
    for f in geo["features"].as_array().unwrap() {
        let c = f["geometry"]["coordinates"].as_array().unwrap();
        let (lon, lat) = (c[0].as_f64().unwrap(), c[1].as_f64().unwrap());
        assert!(
            (22.0..41.0).contains(&lon) && (44.0..53.0).contains(&lat),
            "{lon},{lat}"
        );
        assert!(f["properties"]["event_date"].is_string());
        assert!(
            f["properties"]
                .as_object()
                .unwrap()
                .values()
                .all(|v| v != ""),
            "empty strings in {f}"
        );
    }
}

#[test]
fn the_azovstal_surrender_is_one_group_with_three_sources() {
    let out = tempfile::tempdir().unwrap();
    let o = dateline(
        &[
            "extract",
            "--manifest",
            examples().to_str().unwrap(),
            "--out",
            out.path().to_str().unwrap(),
            "--quiet",
        ],
        None,
    );
    assert!(o.status.success());
    let groups = read_csv(&out.path().join("groups.csv"));
    let azovstal: Vec<_> = groups
        .iter()
        .filter(|g| {
            g["event_type"] == "surrender" && g["location"] == "Azovstal" && g["reports"] != "1"
        })
        .collect();
    assert_eq!(azovstal.len(), 1, "{groups:?}");
    let g = azovstal[0];
    assert_eq!(g["documents"], "001; 002; 003");
    assert_eq!(g["sources"], "Fox News; Reuters; The Moscow Times");
    assert_eq!(
        (g["min_figure"].as_str(), g["max_figure"].as_str()),
        ("265", "2439")
    );
    let rows = read_csv(&out.path().join("events.csv"));
    let members: Vec<_> = rows
        .iter()
        .filter(|r| r["event_group"] == g["event_group"])
        .collect();
    assert!(members.iter().any(|r| r["captured"] == "1730"));
}

#[test]
fn the_same_input_gives_the_same_bytes() {
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    for dir in [&a, &b] {
        let o = dateline(
            &[
                "extract",
                "--manifest",
                examples().to_str().unwrap(),
                "--out",
                dir.path().to_str().unwrap(),
                "--quiet",
            ],
            None,
        );
        assert!(o.status.success());
    }
    for name in [
        "events.csv",
        "events.geojson",
        "groups.csv",
        "mentions.jsonl",
    ] {
        assert_eq!(
            std::fs::read(a.path().join(name)).unwrap(),
            std::fs::read(b.path().join(name)).unwrap(),
            "{name}"
        );
    }
}

#[test]
fn a_broken_json_line_is_named_and_the_others_still_go_through() {
    let input = concat!(
        r#"{"id":"a","text":"Russian forces shelled Kharkiv on Monday.","published":"2022-05-17"}"#,
        "\n",
        "{not json\n",
        r#"{"id":"c","text":"Ukrainian troops recaptured Izium on Saturday.","published":"2022-09-12"}"#,
        "\n",
    );
    let out = tempfile::tempdir().unwrap();
    let o = dateline(
        &[
            "extract",
            "--jsonl",
            "-",
            "--out",
            out.path().to_str().unwrap(),
        ],
        Some(input),
    );
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("-:2: not a JSON object"), "{err}");
    let rows = read_csv(&out.path().join("events.csv"));
    let docs: Vec<&str> = rows.iter().map(|r| r["doc_id"].as_str()).collect();
    assert_eq!(docs, vec!["a", "c"]);
    assert_eq!(rows[0]["event_date"], "2022-05-16");
    assert_eq!(rows[1]["location"], "Izyum");
    assert_eq!(rows[1]["event_date"], "2022-09-10");
}

#[test]
fn with_no_publication_date_relative_dates_stay_unresolved() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("undated.txt");
    std::fs::write(&file, "Russian troops withdrew from Kherson on Friday.\n").unwrap();
    let out = dir.path().join("out");
    let o = dateline(
        &[
            "extract",
            file.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ],
        None,
    );
    assert!(o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("no publication date"));
    let mentions = std::fs::read_to_string(out.join("mentions.jsonl")).unwrap();
    let m: serde_json::Value = serde_json::from_str(mentions.trim()).unwrap();
    assert_eq!(m["published"], serde_json::Value::Null);
    assert_eq!(m["times"][0]["text"], "Friday");
    assert_eq!(m["times"][0]["start"], serde_json::Value::Null);
    let rows = read_csv(&out.join("events.csv"));
    assert_eq!(rows[0]["event_date"], "");
}

#[test]
fn a_publication_date_is_found_in_a_dateline() {
    let input = r#"{"id":"r","text":"KYIV, June 14, 2022 (Reuters) - Russia demanded that fighters in Sievierodonetsk lay down arms by early Wednesday."}"#;
    let o = dateline(&["extract", "--jsonl", "-", "--out", "-"], Some(input));
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let row: serde_json::Value =
        serde_json::from_str(String::from_utf8_lossy(&o.stdout).lines().next().unwrap()).unwrap();
    assert_eq!(row["event_type"], "ultimatum");
    assert_eq!(row["published"], "2022-06-14");
    assert_eq!(row["date_end"], "2022-06-15");
    assert_eq!(row["location"], "Siverskodonetsk");
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(
        dateline(&["extract", "--out", "x"], None).status.code(),
        Some(2)
    );
    assert_eq!(
        dateline(
            &[
                "extract",
                "a.txt",
                "--published",
                "2022-02-30",
                "--out",
                "x"
            ],
            None
        )
        .status
        .code(),
        Some(2)
    );
    assert_eq!(dateline(&["frobnicate"], None).status.code(), Some(2));
}

#[test]
fn user_rows_extend_the_gazetteer_and_bad_rows_are_named() {
    let dir = tempfile::tempdir().unwrap();
    let header = "id\tkind\tcode\tname\tadmin1\tadmin2\tlat\tlon\tpopulation\tnames\tsource\n";
    std::fs::write(
        dir.path().join("extra.tsv"),
        format!("{header}site:pumping-station-5\tsite\tSITE\tPumping Station No. 5\tDonetsk\t\t48.2\t37.9\t0\tPumping Station No. 5|Station Five\tmy survey\n"),
    )
    .unwrap();
    let o = dateline(
        &[
            "place",
            "Station Five",
            "--gazetteer",
            dir.path().to_str().unwrap(),
        ],
        None,
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(String::from_utf8_lossy(&o.stdout).contains("site:pumping-station-5"));
    let input =
        r#"{"id":"u","text":"Shelling hit Station Five on Monday.","published":"2022-05-17"}"#;
    let o = dateline(
        &[
            "extract",
            "--jsonl",
            "-",
            "--out",
            "-",
            "--gazetteer",
            dir.path().to_str().unwrap(),
        ],
        Some(input),
    );
    let row: serde_json::Value =
        serde_json::from_str(String::from_utf8_lossy(&o.stdout).lines().next().unwrap()).unwrap();
    assert_eq!(row["gazetteer_id"], "site:pumping-station-5");
    std::fs::write(
        dir.path().join("extra.tsv"),
        format!("{header}x:1\tsite\tSITE\tA\tDonetsk\t\t48.2\tnorth\t0\tA\tme\n"),
    )
    .unwrap();
    let o = dateline(
        &["place", "A", "--gazetteer", dir.path().to_str().unwrap()],
        None,
    );
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("extra.tsv:2: expected a longitude"), "{err}");
}

#[test]
fn completions_and_man_page_come_from_the_argument_definitions() {
    let o = dateline(&["completions", "bash"], None);
    assert!(o.status.success());
    let script = String::from_utf8_lossy(&o.stdout);
    assert!(script.contains("--max-doc-bytes") && script.contains("--gazetteer"));
    let o = dateline(&["man"], None);
    assert!(o.status.success());
    let page = String::from_utf8_lossy(&o.stdout);
    assert!(page.starts_with(".ie") && page.contains("dateline"));
}

#[test]
fn the_folder_holds_every_output() {
    let out = tempfile::tempdir().unwrap();
    let o = dateline(
        &[
            "extract",
            "--manifest",
            examples().to_str().unwrap(),
            "--out",
            out.path().to_str().unwrap(),
            "--quiet",
            "--excel",
        ],
        None,
    );
    assert!(o.status.success());
    for f in [
        "events.csv",
        "events.csvt",
        "events.geojson",
        "events.qml",
        "groups.csv",
        "timeline.json",
        "report.html",
        "mentions.jsonl",
    ] {
        assert!(out.path().join(f).exists(), "{f}");
    }
    let csv = std::fs::read(out.path().join("events.csv")).unwrap();
    assert!(
        csv.starts_with(b"\xEF\xBB\xBFevent_id,"),
        "--excel starts the CSV with a BOM"
    );
    let qml = std::fs::read_to_string(out.path().join("events.qml")).unwrap();
    assert!(qml.contains(r#"startField="event_date" endField="date_end" limitMode="1""#));
    let timeline: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.path().join("timeline.json")).unwrap())
            .unwrap();
    assert_eq!(timeline["events"][0]["start_date"]["year"], 2022);
}

#[test]
fn place_lists_candidates() {
    let o = dateline(&["place", "Dibrova"], None);
    assert!(o.status.success());
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(text.lines().count() > 30, "{text}");
    assert!(text.contains("gn:710052"));
}

#[test]
fn an_undated_article_takes_the_date_in_its_address() {
    let dir = tempfile::tempdir().unwrap();
    let input = r#"{"id":"u1","text":"Russian forces shelled Kupiansk on Monday.","url":"https://www.reuters.com/world/europe/ukraine-kupiansk-2024-08-21/"}"#;
    let out = dir.path().join("out");
    let o = dateline(
        &["extract", "--jsonl", "-", "--out", out.to_str().unwrap()],
        Some(input),
    );
    assert!(o.status.success());
    assert!(!String::from_utf8_lossy(&o.stderr).contains("no publication date"));
    let mentions = std::fs::read_to_string(out.join("mentions.jsonl")).unwrap();
    let m: serde_json::Value = serde_json::from_str(mentions.trim()).unwrap();
    assert_eq!(m["published"], "2024-08-21");
    assert_eq!(m["published_from"], "url");
    assert_eq!(m["times"][0]["start"], "2024-08-19");
}

#[test]
fn a_title_given_apart_dates_the_sentences_that_name_no_time() {
    let dir = tempfile::tempdir().unwrap();
    let input = r#"{"id":"d1","title":"Russians killed 3 residents of Donetsk region over the past day","text":"In Myrnohrad, 2 private houses were damaged. On Sunday, shelling hit Pokrovsk.","published":"2025-01-15"}"#;
    let out = dir.path().join("out");
    let o = dateline(
        &["extract", "--jsonl", "-", "--out", out.to_str().unwrap()],
        Some(input),
    );
    assert!(o.status.success());
    let rows = read_csv(&out.join("events.csv"));
    let dates = |place: &str| {
        rows.iter()
            .find(|r| r["location"] == place)
            .map(|r| (r["event_date"].clone(), r["date_end"].clone()))
    };
    // The title's "past day"; a sentence's own date wins.
    assert_eq!(
        dates("Myrnohrad"),
        Some(("2025-01-14".into(), "2025-01-15".into()))
    );
    assert_eq!(
        dates("Pokrovsk"),
        Some(("2025-01-12".into(), "2025-01-12".into()))
    );
}
