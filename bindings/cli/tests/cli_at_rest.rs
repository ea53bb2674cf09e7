//! What a stranger with the store directory sees: no planted text, no planted time, and
//! a flipped byte costs one record, not the journal.

mod common;
use common::{hearth, json, run};

const MARKER_NOTE: &str = "ZEBRAQUOKKA night walk by the canal";
const MARKER_TAG: &str = "xylophonist";
const MARKER_EMOTION: &str = "vorpalglee";
const AT: &str = "1987-06-05T04:32:10+05:45";

fn needles() -> Vec<Vec<u8>> {
    let at = chrono::DateTime::parse_from_rfc3339(AT).unwrap();
    let secs = at.timestamp();
    let mut n: Vec<Vec<u8>> = [
        "ZEBRAQUOKKA",
        "Quetzalina",
        "MARMALADEFOG",
        "PANGOLINDREAM",
        "canal",
        MARKER_TAG,
        MARKER_EMOTION,
        "1987-06-05",
        "1987-06-04",
        "04:32:10",
        "+05:45",
        "1987",
        &secs.to_string(),
        &(secs * 1000).to_string(),
    ]
    .iter()
    .map(|s| s.as_bytes().to_vec())
    .collect();
    // Binary encodings of the instant, in case a column ever stored it as an integer.
    n.push(secs.to_be_bytes().to_vec());
    n.push(secs.to_le_bytes().to_vec());
    n.push((secs as i32).to_le_bytes().to_vec());
    // UTF-16 of the note marker (SQLite can store text that way).
    n.push(
        "ZEBRAQUOKKA"
            .encode_utf16()
            .flat_map(|u| u.to_le_bytes())
            .collect(),
    );
    n
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

/// Whether `needle` stands in `hay` other than inside a row id: ids are 32 random hex
/// digits, so a short all-digit needle such as "1987" turns up in one now and then
/// (about one run in 150) without anything having leaked.
fn contains_outside_ids(hay: &[u8], needle: &[u8]) -> bool {
    let hex = |b: &u8| b.is_ascii_digit() || (b'a'..=b'f').contains(b);
    hay.windows(needle.len()).enumerate().any(|(i, w)| {
        if w != needle {
            return false;
        }
        let start = hay[..i].iter().rev().take_while(|b| hex(b)).count();
        let end = hay[i..].iter().take_while(|b| hex(b)).count();
        start + end < 32
    })
}

#[test]
fn no_planted_text_or_time_in_any_store_file() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("s");
    json(hearth(&store).args([
        "checkin",
        "--mood",
        "1",
        "--energy",
        "5",
        "--note",
        MARKER_NOTE,
        "--tag",
        MARKER_TAG,
        "--custom-emotion",
        MARKER_EMOTION,
        "--with",
        "Quetzalina",
        "--at",
        AT,
        "--json",
    ]));
    json(hearth(&store).args([
        "reflect",
        "--text",
        "MARMALADEFOG on the hill",
        "--at",
        AT,
        "--json",
    ]));
    json(hearth(&store).args([
        "thought",
        "--situation",
        "PANGOLINDREAM at work",
        "--mood",
        "anxious=70",
        "--at",
        AT,
        "--json",
    ]));
    // Also scan while a second entry sits uncheckpointed in the WAL: keep a reader open.
    let held = rusqlite::Connection::open(store.join("hearth.db")).unwrap();
    held.query_row("SELECT count(*) FROM entries", [], |r| r.get::<_, i64>(0))
        .unwrap();
    json(hearth(&store).args([
        "checkin",
        "--mood",
        "2",
        "--note",
        MARKER_NOTE,
        "--at",
        AT,
        "--json",
    ]));
    let mut scanned = 0;
    for entry in std::fs::read_dir(&store).unwrap() {
        let path = entry.unwrap().path();
        if path.file_name().unwrap() == "hearth.key" {
            continue;
        }
        let bytes = std::fs::read(&path).unwrap();
        scanned += 1;
        for n in needles() {
            assert!(
                !contains_outside_ids(&bytes, &n),
                "{} contains {:?}",
                path.display(),
                String::from_utf8_lossy(&n)
            );
        }
    }
    assert!(
        scanned >= 2,
        "expected the database and its WAL, scanned {scanned}"
    );
    drop(held);
    // The scan must be able to fail: the same needles are found in a plaintext export.
    let listed = run(hearth(&store).args(["list", "--json"]));
    assert!(contains(&listed.stdout, b"ZEBRAQUOKKA") && contains(&listed.stdout, b"1987-06-05"));
}

#[test]
fn a_flipped_byte_loses_one_record_and_verify_names_it() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("s");
    let mut ids = Vec::new();
    for mood in 1..=5 {
        let c = json(hearth(&store).args(["checkin", "--mood", &mood.to_string(), "--json"]));
        ids.push(c["id"].as_str().unwrap().to_owned());
    }
    let victim = ids[2].clone();
    let payload: Vec<u8> = rusqlite::Connection::open(store.join("hearth.db"))
        .unwrap()
        .query_row(
            "SELECT payload FROM entries WHERE id = ?1",
            [&victim],
            |r| r.get(0),
        )
        .unwrap();
    // Flip one byte of that record's ciphertext in the raw file, as a bad sector would.
    let db = store.join("hearth.db");
    let mut raw = std::fs::read(&db).unwrap();
    let at = raw
        .windows(payload.len())
        .position(|w| w == payload)
        .expect("ciphertext is in the main file");
    raw[at + payload.len() / 2] ^= 0x01;
    std::fs::write(&db, raw).unwrap();

    let out = run(hearth(&store).args(["list", "--json"]));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let listed: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let got: Vec<&str> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    assert_eq!(got.len(), 4);
    assert!(!got.contains(&victim.as_str()));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains(&victim),
        "the loss is reported"
    );

    let out = run(hearth(&store).args(["verify", "--json"]));
    assert!(!out.status.success(), "verify must exit non-zero");
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["damaged"].as_array().unwrap().len(), 1);
    assert_eq!(report["damaged"][0]["id"], victim.as_str());
}

#[test]
fn ciphertexts_swapped_between_rows_are_detected() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("s");
    let a = json(hearth(&store).args([
        "checkin",
        "--mood",
        "1",
        "--at",
        "2026-01-01T10:00:00Z",
        "--json",
    ]));
    let b = json(hearth(&store).args([
        "checkin",
        "--mood",
        "5",
        "--at",
        "2026-01-01T11:00:00Z",
        "--json",
    ]));
    {
        let c = rusqlite::Connection::open(store.join("hearth.db")).unwrap();
        let get = |id: &str| -> Vec<u8> {
            c.query_row("SELECT payload FROM entries WHERE id = ?1", [id], |r| {
                r.get(0)
            })
            .unwrap()
        };
        let (pa, pb) = (
            get(a["id"].as_str().unwrap()),
            get(b["id"].as_str().unwrap()),
        );
        c.execute(
            "UPDATE entries SET payload = ?1 WHERE id = ?2",
            rusqlite::params![pb, a["id"].as_str()],
        )
        .unwrap();
        c.execute(
            "UPDATE entries SET payload = ?1 WHERE id = ?2",
            rusqlite::params![pa, b["id"].as_str()],
        )
        .unwrap();
    }
    let out = run(hearth(&store).args(["verify", "--json"]));
    assert!(!out.status.success());
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["damaged"].as_array().unwrap().len(), 2, "{report}");
}
