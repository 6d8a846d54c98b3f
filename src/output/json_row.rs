//! An event row as one line of JSON, written field by field.
//!
//! The stream (`--out -`) writes about four bytes of JSON for every byte it reads, so the
//! writer is on the hot path. A derived `Serialize` goes through serde's generic field calls
//! for each of the 37 fields; writing the known keys as literals, copying strings that need
//! no escaping in one piece and formatting numbers with `itoa` and `zmij` (what serde_json
//! uses) gives the same bytes as `serde_json::to_writer` at a fraction of the work. A test
//! holds the two to the same bytes.

use super::EventRow;

/// Appends `row` as a JSON object (no newline) to `out`.
pub fn write_row(out: &mut Vec<u8>, row: &EventRow) {
    // The keys, punctuation and numbers take under 700 bytes; the long strings the rest.
    out.reserve(700 + row.sentence.len() + row.date_text.as_ref().map_or(0, String::len));
    out.push(b'{');
    string_field(out, "event_id", &row.event_id);
    out.push(b',');
    string_field(out, "doc_id", &row.doc_id);
    out.push(b',');
    optional_string_field(out, "event_date", row.event_date.as_deref());
    out.push(b',');
    optional_string_field(out, "date_end", row.date_end.as_deref());
    out.push(b',');
    optional_integer_field(out, "time_precision", row.time_precision.map(u64::from));
    out.push(b',');
    optional_string_field(out, "date_text", row.date_text.as_deref());
    out.push(b',');
    optional_string_field(out, "reported_date", row.reported_date.as_deref());
    out.push(b',');
    string_field(out, "event_type", &row.event_type);
    out.push(b',');
    string_field(out, "acled_event_type", &row.acled_event_type);
    out.push(b',');
    string_field(out, "acled_sub_event_type", &row.acled_sub_event_type);
    out.push(b',');
    string_field(out, "status", &row.status);
    out.push(b',');
    optional_string_field(out, "location", row.location.as_deref());
    out.push(b',');
    optional_string_field(out, "location_kind", row.location_kind.as_deref());
    out.push(b',');
    optional_string_field(out, "admin1", row.admin1.as_deref());
    out.push(b',');
    optional_string_field(out, "admin2", row.admin2.as_deref());
    out.push(b',');
    optional_float_field(out, "latitude", row.latitude);
    out.push(b',');
    optional_float_field(out, "longitude", row.longitude);
    out.push(b',');
    optional_integer_field(out, "geo_precision", row.geo_precision.map(u64::from));
    out.push(b',');
    optional_string_field(out, "place_text", row.place_text.as_deref());
    out.push(b',');
    optional_string_field(out, "place_relation", row.place_relation.as_deref());
    out.push(b',');
    optional_string_field(out, "place_others", row.place_others.as_deref());
    out.push(b',');
    optional_string_field(out, "gazetteer_id", row.gazetteer_id.as_deref());
    out.push(b',');
    optional_string_field(out, "actor1", row.actor1.as_deref());
    out.push(b',');
    optional_string_field(out, "actor2", row.actor2.as_deref());
    out.push(b',');
    optional_string_field(out, "claimed_by", row.claimed_by.as_deref());
    out.push(b',');
    string_field(out, "verified", &row.verified);
    out.push(b',');
    optional_string_field(out, "quantity", row.quantity.as_deref());
    out.push(b',');
    optional_integer_field(out, "captured", row.captured);
    out.push(b',');
    optional_integer_field(out, "wounded", row.wounded);
    out.push(b',');
    optional_integer_field(out, "fatalities", row.fatalities);
    out.push(b',');
    optional_string_field(out, "event_group", row.event_group.as_deref());
    out.push(b',');
    string_field(out, "sentence", &row.sentence);
    out.push(b',');
    optional_integer_field(out, "char_start", Some(row.char_start as u64));
    out.push(b',');
    optional_integer_field(out, "char_end", Some(row.char_end as u64));
    out.push(b',');
    optional_string_field(out, "source", row.source.as_deref());
    out.push(b',');
    optional_string_field(out, "url", row.url.as_deref());
    out.push(b',');
    optional_string_field(out, "published", row.published.as_deref());
    out.push(b'}');
}

/// `"key":` (keys are plain ASCII words and need no escaping).
fn key(out: &mut Vec<u8>, name: &str) {
    out.push(b'"');
    out.extend_from_slice(name.as_bytes());
    out.extend_from_slice(b"\":");
}

fn string_field(out: &mut Vec<u8>, name: &str, value: &str) {
    key(out, name);
    string(out, value);
}

fn optional_string_field(out: &mut Vec<u8>, name: &str, value: Option<&str>) {
    key(out, name);
    match value {
        Some(v) => string(out, v),
        None => out.extend_from_slice(b"null"),
    }
}

fn optional_integer_field(out: &mut Vec<u8>, name: &str, value: Option<u64>) {
    key(out, name);
    match value {
        Some(v) => out.extend_from_slice(itoa::Buffer::new().format(v).as_bytes()),
        None => out.extend_from_slice(b"null"),
    }
}

/// A float as serde_json writes it: the shortest form that reads back the same (`zmij`),
/// and `null` for what JSON cannot hold.
fn optional_float_field(out: &mut Vec<u8>, name: &str, value: Option<f64>) {
    key(out, name);
    match value {
        Some(v) if v.is_finite() => {
            out.extend_from_slice(zmij::Buffer::new().format_finite(v).as_bytes())
        }
        _ => out.extend_from_slice(b"null"),
    }
}

/// A JSON string with serde_json's escapes: `\"`, `\\`, the short forms of backspace, form
/// feed, newline, carriage return and tab, `\u00XX` for the other control characters.
/// Everything else, non-ASCII included, is copied as it is, in runs.
fn string(out: &mut Vec<u8>, value: &str) {
    out.push(b'"');
    let bytes = value.as_bytes();
    let mut run = 0;
    let mut i = 0;
    while i < bytes.len() {
        // Eight bytes at a time while none needs escaping: most strings have none at all.
        if let Some(chunk) = bytes.get(i..i + 8) {
            let word = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
            if !needs_escape(word) {
                i += 8;
                continue;
            }
        }
        let b = bytes[i];
        i += 1;
        if b >= 0x20 && b != b'"' && b != b'\\' {
            continue;
        }
        let at = i - 1;
        out.extend_from_slice(&bytes[run..at]);
        match b {
            b'"' => out.extend_from_slice(b"\\\""),
            b'\\' => out.extend_from_slice(b"\\\\"),
            0x08 => out.extend_from_slice(b"\\b"),
            0x0c => out.extend_from_slice(b"\\f"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            b'\t' => out.extend_from_slice(b"\\t"),
            _ => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.extend_from_slice(b"\\u00");
                out.push(HEX[(b >> 4) as usize]);
                out.push(HEX[(b & 0xf) as usize]);
            }
        }
        run = i;
    }
    out.extend_from_slice(&bytes[run..]);
    out.push(b'"');
}

/// Whether any of the eight bytes of `word` is a control character, `"` or `\\` (the
/// classic has-zero-byte and has-less-than tests; a byte of UTF-8 above 0x7f never counts).
#[inline(always)]
fn needs_escape(word: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let has_zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGHS;
    let below_space = word.wrapping_sub(ONES * 0x20) & !word & HIGHS;
    (below_space | has_zero(word ^ (ONES * b'"' as u64)) | has_zero(word ^ (ONES * b'\\' as u64)))
        != 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn by_hand(row: &EventRow) -> String {
        let mut out = Vec::new();
        write_row(&mut out, row);
        String::from_utf8(out).expect("the writer writes UTF-8")
    }

    #[test]
    fn the_same_bytes_as_serde_json() {
        let full = EventRow {
            event_id: "a-1".into(),
            doc_id: "a".into(),
            event_date: Some("2022-05-17".into()),
            date_end: Some("2022-05-17".into()),
            time_precision: Some(1),
            date_text: Some("Tuesday".into()),
            reported_date: Some("2022-05-17".into()),
            event_type: "encirclement".into(),
            acled_event_type: "Battles".into(),
            acled_sub_event_type: "Armed clash".into(),
            status: "reported".into(),
            location: Some("Sievierodonetsk".into()),
            location_kind: Some("settlement".into()),
            admin1: Some("Luhansk".into()),
            admin2: Some("Siverskodonetskyi Raion".into()),
            latitude: Some(48.948),
            longitude: Some(38.49166),
            geo_precision: Some(1),
            place_text: Some("Severodonetsk".into()),
            place_relation: Some("near".into()),
            place_others: Some("Lysychansk; Rubizhne".into()),
            gazetteer_id: Some("gn:691999".into()),
            actor1: Some("Russian forces".into()),
            actor2: Some("Ukrainian forces".into()),
            claimed_by: Some("LPR official \u{201c}Marochko\u{201d}".into()),
            verified: "no".into(),
            quantity: Some("some 1,730 soldiers".into()),
            captured: Some(1730),
            wounded: Some(0),
            fatalities: Some(u64::MAX),
            event_group: Some("g-7".into()),
            sentence: "Quote \"in\" a\\b\n\t\r\u{8}\u{c}\u{1}\u{1f}\u{7f} Київ \u{2028} end".into(),
            char_start: 12,
            char_end: 345,
            source: Some("Fox News".into()),
            url: Some("https://example.org/a?b=c&d=\"e\"".into()),
            published: Some("2022-05-17".into()),
        };
        assert_eq!(by_hand(&full), serde_json::to_string(&full).unwrap());
        let empty = EventRow {
            latitude: Some(f64::NAN),
            longitude: Some(-0.0),
            ..EventRow::default()
        };
        assert_eq!(by_hand(&empty), serde_json::to_string(&empty).unwrap());
        // Escapes at every position of an eight-byte word, and bytes above 0x7f.
        for at in 0..20 {
            for special in [
                '"', '\\', '\n', '\u{1}', '\u{1f}', ' ', '\u{7f}', 'é', '\u{80}',
            ] {
                let mut sentence: String = "abcdefghijklmnopqrst".into();
                sentence.insert(at, special);
                let row = EventRow {
                    sentence,
                    ..EventRow::default()
                };
                assert_eq!(by_hand(&row), serde_json::to_string(&row).unwrap());
            }
        }
        for coordinate in [1e-7, 1e21, 47.0, 37.54131, -180.0] {
            let row = EventRow {
                latitude: Some(coordinate),
                ..EventRow::default()
            };
            assert_eq!(by_hand(&row), serde_json::to_string(&row).unwrap());
        }
    }
}
