//! One test per bug found in real or fuzzed text: the input that showed it, run through the
//! whole pipeline.

use dateline::document::{Document, Published};
use dateline::gazetteer::Gazetteer;

fn analyse(bytes: &[u8]) -> dateline::pipeline::Analysis {
    let mut warnings = Vec::new();
    let text = dateline::input::decode_text(bytes.to_vec(), &mut warnings);
    let published = Published::Given(chrono::NaiveDate::from_ymd_opt(2022, 5, 17).unwrap());
    let doc = Document {
        warnings,
        ..Document::new("r", &text, published)
    };
    dateline::pipeline::analyze(doc, Gazetteer::embedded())
}

/// cargo-fuzz (time_recognizer): a no-break space before an abbreviation-like word ended a
/// sentence inside a character.
#[test]
fn a_no_break_space_before_a_full_stop() {
    let a = analyse(b"\x52\x75\x73\x73\x69\x61\x6e\x20\x74\x72\x6f\x6f\x70\x73\x20\x96\x97\x9a\x93\x93\x9a\x9b\xdf\x4b\x68\x61\x72\x6b\x69\x76\x20\x62\x79\x69\x73\x20\x50\x75\x73\x68\x69\x6c\x69\x6e\x20\x68\x61\x73\xc2\xa0\x63\x6c\x61\x69\x6d\x65\x64\xc2\xa0\x74\x68\x2e\x20\x4d\x6f\x73\x63\x6f\x77\x06\x00\x00\x00\x00\x00\x00\x00\x20\x54\x69\x6d\x65\x20\x28\x30\x35\x30\x30\x20\x47\x4d\x54\x29\x2c\x20\x61\x6e\x64\x20\x69\x6e\x20\x6d\x69\x64\x2d\x4d\x61\x79\x2e");
    assert!(a.sentences.len() >= 2);
    let a = analyse("Following the recapture,\u{a0}troops left Lyman.".as_bytes());
    let types: Vec<&str> = a.events.iter().map(|e| e.event_type.as_str()).collect();
    assert_eq!(types, vec!["advance", "withdrawal"]);
}

fn events_of(text: &str, published: (i32, u32, u32)) -> Vec<(String, String)> {
    let g = Gazetteer::embedded();
    let date = chrono::NaiveDate::from_ymd_opt(published.0, published.1, published.2).unwrap();
    let doc = Document::new("r", text, Published::Given(date));
    let a = dateline::pipeline::analyze(doc, g);
    a.events
        .iter()
        .map(|e| {
            let place = e
                .place
                .as_ref()
                .map(|p| g.entry(p.entry).name.to_string())
                .unwrap_or_default();
            (e.event_type.as_str().to_string(), place)
        })
        .collect()
}

/// Written in the AP's style: a dateline is where the reporter filed, "Kyiv's forces" are
/// an actor, "Russian-occupied" describes, a compass reference is not the place, and
/// Russia's "liberated" is a capture.
#[test]
fn datelines_actors_and_compass_references_are_not_event_places() {
    let text = "KYIV, Ukraine (AP) \u{2014} Ukrainian troops have pulled back from the eastern town of Marinka, the commander said Tuesday.\n\
                Shoigu claimed Monday that Russian forces had \"liberated\" Marinka, a town just west of the Russian-occupied city of Donetsk.\n\
                Kyiv's forces blew up a bridge near Bakhmut last week.";
    let events = events_of(text, (2023, 12, 26));
    assert_eq!(
        events[0],
        ("withdrawal".into(), "Mar'yinka".into()),
        "{events:?}"
    );
    assert_eq!(
        events[1],
        ("capture".into(), "Mar'yinka".into()),
        "{events:?}"
    );
    assert_eq!(
        events[2],
        ("destruction".into(), "Bakhmut".into()),
        "{events:?}"
    );
}

/// "the Donetsk direction" is a front, not the city; "the previous 24 hours" is a period.
#[test]
fn a_direction_is_the_oblast() {
    let events = events_of("Moscow said Ukraine had lost up to 220 soldiers in the Donetsk direction over the previous 24 hours.", (2023, 3, 14));
    assert_eq!(
        events,
        vec![("casualties".to_string(), "Donetsk Oblast".to_string())]
    );
}

/// A strike "against Ukraine" is an event; a place in Russia is no reason to borrow the
/// article's focus.
#[test]
fn strikes_on_ukraine_and_places_in_russia() {
    let text = "Russia launched a massive missile strike against Ukraine overnight, hitting Kyiv and Dnipro.\n\
                The governor of Russia's Belgorod Oblast said Ukrainian shelling killed one person.";
    let events = events_of(text, (2023, 12, 29));
    assert_eq!(
        events,
        vec![
            ("strike".into(), "Kyiv".into()),
            ("strike".into(), "Dnipro".into()),
            ("shelling".into(), String::new())
        ]
    );
}
