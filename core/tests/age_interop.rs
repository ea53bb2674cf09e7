//! The hand-built age v1 passphrase format (`portability::age_file`) against the
//! reference implementation, the `age` crate, in both directions, at every chunk
//! boundary; and its refusals.

use std::io::{Read, Write};

use age::secrecy::SecretString;
use hearth_core::portability::age_file::{decrypt, encrypt, OpenError};
use proptest::prelude::*;

const PASS: &str = "correct horse battery staple";
/// Low work factor: these tests are about the format, not the cost.
const LOG_N: u8 = 10;
const SIZES: [usize; 8] = [0, 1, 100, 65_535, 65_536, 65_537, 131_072, 200_001];

fn bytes(n: usize) -> Vec<u8> {
    (0..n).map(|i| (i * 31 + i / 7) as u8).collect()
}

fn age_decrypt(file: &[u8], pass: &str) -> Vec<u8> {
    let d = age::Decryptor::new(file).expect("the age crate reads the header");
    let mut id = age::scrypt::Identity::new(SecretString::from(pass.to_owned()));
    id.set_max_work_factor(LOG_N);
    let mut r = d
        .decrypt(std::iter::once(&id as &dyn age::Identity))
        .expect("decrypts");
    let mut out = Vec::new();
    r.read_to_end(&mut out).expect("authenticates");
    out
}

fn age_encrypt(plain: &[u8], pass: &str) -> Vec<u8> {
    let mut rcpt = age::scrypt::Recipient::new(SecretString::from(pass.to_owned()));
    rcpt.set_work_factor(LOG_N);
    let e = age::Encryptor::with_recipients(std::iter::once(&rcpt as _)).unwrap();
    let mut out = Vec::new();
    let mut w = e.wrap_output(&mut out).unwrap();
    w.write_all(plain).unwrap();
    w.finish().unwrap();
    out
}

#[test]
fn the_age_crate_opens_ours_and_we_open_its() {
    for n in SIZES {
        let plain = bytes(n);
        let ours = encrypt(&plain, PASS, LOG_N).unwrap();
        assert_eq!(age_decrypt(&ours, PASS), plain, "{n} bytes, ours -> age");
        let theirs = age_encrypt(&plain, PASS);
        assert_eq!(
            &decrypt(&theirs, PASS, LOG_N).unwrap()[..],
            &plain[..],
            "{n} bytes, age -> ours"
        );
        // Same layout: header, 16-byte nonce, one 16-byte tag per 64 KiB chunk.
        assert_eq!(
            ours.len(),
            theirs.len() - header_len(&theirs) + header_len(&ours),
            "{n}"
        );
    }
}

fn header_len(file: &[u8]) -> usize {
    let mac = file.windows(4).position(|w| w == b"\n---").unwrap() + 1;
    mac + file[mac..].iter().position(|&b| b == b'\n').unwrap() + 1
}

#[test]
fn every_kind_of_damage_is_refused() {
    let plain = bytes(140_000); // three chunks
    let file = encrypt(&plain, PASS, LOG_N).unwrap();
    let h = header_len(&file);
    assert_eq!(
        decrypt(&file, "not the passphrase", LOG_N).unwrap_err(),
        OpenError::WrongPassphrase
    );
    assert_eq!(
        decrypt(&file, PASS, LOG_N - 1).unwrap_err(),
        OpenError::TooMuchWork(LOG_N)
    );
    assert_eq!(
        decrypt(b"hello", PASS, LOG_N).unwrap_err(),
        OpenError::NotAge
    );
    assert_eq!(decrypt(&[], PASS, LOG_N).unwrap_err(), OpenError::NotAge);

    // Any flipped byte: in the header it breaks the MAC or the parse, after it a chunk.
    for at in [
        10,
        30,
        h - 10,
        h - 2,
        h + 3,
        h + 16 + 5,
        h + 16 + 65_536 + 20,
        file.len() - 1,
    ] {
        let mut bad = file.clone();
        bad[at] ^= 0x01;
        let e = decrypt(&bad, PASS, LOG_N).unwrap_err();
        if at < h {
            assert!(
                matches!(
                    e,
                    OpenError::NotAge | OpenError::WrongPassphrase | OpenError::NotPassphrase
                ),
                "{at}: {e:?}"
            );
        } else {
            assert_eq!(e, OpenError::Damaged, "byte {at}");
        }
    }
    // Cut at a chunk boundary (a whole, non-final chunk left last), cut mid-chunk, extra
    // bytes after the end, a missing payload.
    let boundary = h + 16 + 2 * (65_536 + 16);
    for bad in [
        file[..boundary].to_vec(),
        file[..file.len() - 7].to_vec(),
        [file.clone(), vec![0; 17]].concat(),
        file[..h + 16].to_vec(),
        file[..h].to_vec(),
    ] {
        assert_eq!(
            decrypt(&bad, PASS, LOG_N).unwrap_err(),
            OpenError::Damaged,
            "{} bytes",
            bad.len()
        );
    }
}

#[test]
fn a_file_for_a_key_is_not_a_passphrase_file() {
    let key = age::x25519::Identity::generate();
    let e = age::Encryptor::with_recipients(std::iter::once(&key.to_public() as _)).unwrap();
    let mut out = Vec::new();
    let mut w = e.wrap_output(&mut out).unwrap();
    w.write_all(b"secret").unwrap();
    w.finish().unwrap();
    assert_eq!(
        decrypt(&out, PASS, LOG_N).unwrap_err(),
        OpenError::NotPassphrase
    );
}

#[test]
fn header_text_is_what_the_format_says() {
    let file = encrypt(b"x", PASS, LOG_N).unwrap();
    let text = String::from_utf8_lossy(&file[..header_len(&file)]).into_owned();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "age-encryption.org/v1");
    let stanza: Vec<&str> = lines[1].split(' ').collect();
    assert_eq!((stanza[0], stanza[1], stanza[3]), ("->", "scrypt", "10"));
    assert_eq!(stanza[2].len(), 22, "16-byte salt, unpadded base64");
    assert_eq!(lines[2].len(), 43, "32-byte wrapped key");
    assert!(lines[3].starts_with("--- ") && lines[3].len() == 4 + 43);
    assert_eq!(lines.len(), 4);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// Arbitrary bytes, and arbitrary edits of a real file, never panic.
    #[test]
    fn never_panics(junk in prop::collection::vec(any::<u8>(), 0..400), at in any::<prop::sample::Index>(), b in any::<u8>()) {
        let _ = decrypt(&junk, PASS, LOG_N);
        let mut file = encrypt(b"a small export", PASS, LOG_N).unwrap();
        let i = at.index(file.len());
        file[i] = b;
        let _ = decrypt(&file, PASS, LOG_N);
        let with_prefix = [b"age-encryption.org/v1\n".to_vec(), junk].concat();
        let _ = decrypt(&with_prefix, PASS, LOG_N);
    }
}
