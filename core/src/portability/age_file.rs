//! The age v1 file format (<https://age-encryption.org/v1>, C2SP), passphrase recipient
//! only: what `age -p` writes and reads.
//!
//! Why not the `age` crate: it carries a localisation stack (fluent, i18n-embed,
//! unic-langid and its message catalogues) that nothing can switch off, 0.38 MiB of a
//! 3 MiB library budget, for error texts Hearth never shows. The passphrase subset of the
//! format is small and fully specified; it is built here from ring (ChaCha20-Poly1305,
//! HKDF-SHA-256, HMAC-SHA-256), RustCrypto's `scrypt` and `base64`. The `age` crate
//! stays as a test oracle: tests check files both ways against it and against the
//! `age` command-line tool.
//!
//! Layout of a file:
//! ```text
//! age-encryption.org/v1
//! -> scrypt <salt, base64> <log2 N>
//! <file key wrapped with the scrypt key, base64>
//! --- <HMAC of the header above, base64>
//! <16-byte nonce><payload in 64 KiB ChaCha20-Poly1305 chunks (STREAM)>
//! ```

use base64::engine::general_purpose::STANDARD_NO_PAD as B64;
use base64::Engine;
use ring::aead::{Aad, LessSafeKey, Nonce, UnboundKey, CHACHA20_POLY1305};
use ring::rand::{SecureRandom, SystemRandom};
use ring::{hkdf, hmac};
use zeroize::Zeroizing;

const VERSION_LINE: &[u8] = b"age-encryption.org/v1\n";
const SCRYPT_LABEL: &[u8] = b"age-encryption.org/v1/scrypt";
const FILE_KEY_LEN: usize = 16;
const SALT_LEN: usize = 16;
const NONCE_LEN: usize = 16;
const TAG_LEN: usize = 16;
const CHUNK: usize = 64 * 1024;
/// Longest header line accepted when reading (base64 lines are 64 columns at most; a
/// stanza line with a few arguments is well under this).
const MAX_LINE: usize = 256;

/// Why a file could not be opened. Deliberately coarse: the caller words it for people.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenError {
    /// Not an age v1 file, or its header is malformed.
    NotAge,
    /// A well-formed age file for a key (X25519, SSH, plugin), not a passphrase.
    NotPassphrase,
    /// Asks for more scrypt work than the caller allows.
    TooMuchWork(u8),
    /// The passphrase does not unwrap the file key (or the header was altered).
    WrongPassphrase,
    /// The payload is damaged, cut short or has data after its last chunk.
    Damaged,
}

/// Encrypts `plaintext` to `passphrase` with scrypt work factor `log_n`.
/// Fails only if the system random source fails.
pub fn encrypt(plaintext: &[u8], passphrase: &str, log_n: u8) -> Option<Vec<u8>> {
    let rng = SystemRandom::new();
    let mut file_key = Zeroizing::new([0u8; FILE_KEY_LEN]);
    let mut salt = [0u8; SALT_LEN];
    let mut nonce = [0u8; NONCE_LEN];
    rng.fill(&mut file_key[..]).ok()?;
    rng.fill(&mut salt).ok()?;
    rng.fill(&mut nonce).ok()?;

    let wrap_key = scrypt_key(passphrase, &salt, log_n)?;
    let mut wrapped = file_key.to_vec();
    seal_in_place(&wrap_key, [0; 12], &mut wrapped)?;

    let mut out = Vec::with_capacity(plaintext.len() + plaintext.len() / CHUNK * TAG_LEN + 256);
    out.extend_from_slice(VERSION_LINE);
    out.extend_from_slice(format!("-> scrypt {} {log_n}\n", B64.encode(salt)).as_bytes());
    // 32 bytes are 43 base64 characters: one short line, as the format wants.
    out.extend_from_slice(B64.encode(&wrapped).as_bytes());
    out.extend_from_slice(b"\n---");
    let mac = header_mac(&file_key, &out);
    out.extend_from_slice(b" ");
    out.extend_from_slice(B64.encode(mac.as_ref()).as_bytes());
    out.push(b'\n');

    out.extend_from_slice(&nonce);
    let payload_key = hkdf32(&file_key[..], &nonce, b"payload");
    let chunks: Vec<&[u8]> = if plaintext.is_empty() {
        vec![&[]]
    } else {
        plaintext.chunks(CHUNK).collect()
    };
    let last = chunks.len() - 1;
    for (i, chunk) in chunks.into_iter().enumerate() {
        let mut buf = chunk.to_vec();
        seal_in_place(&payload_key, stream_nonce(i as u64, i == last), &mut buf)?;
        out.extend_from_slice(&buf);
    }
    Some(out)
}

/// Decrypts an age file made with a passphrase, refusing scrypt work factors above
/// `max_log_n`. The whole payload is authenticated before anything is returned.
pub fn decrypt(
    file: &[u8],
    passphrase: &str,
    max_log_n: u8,
) -> Result<Zeroizing<Vec<u8>>, OpenError> {
    let header = parse_header(file)?;
    if header.stanza_type != b"scrypt" {
        return Err(OpenError::NotPassphrase);
    }
    if header.stanza_count != 1 || header.args.len() != 2 {
        return Err(OpenError::NotAge);
    }
    let salt: [u8; SALT_LEN] = decode_exact(header.args[0])?;
    let log_n = parse_log_n(header.args[1])?;
    if log_n > max_log_n {
        return Err(OpenError::TooMuchWork(log_n));
    }
    // Zeroizing: once opened in place it holds the file key.
    let mut wrapped: Zeroizing<[u8; FILE_KEY_LEN + TAG_LEN]> =
        Zeroizing::new(decode_exact(header.body)?);
    let wrap_key = scrypt_key(passphrase, &salt, log_n).ok_or(OpenError::NotAge)?;
    let file_key: Zeroizing<[u8; FILE_KEY_LEN]> = {
        let plain = open_in_place(&wrap_key, [0; 12], &mut wrapped[..])
            .ok_or(OpenError::WrongPassphrase)?;
        let mut key = Zeroizing::new([0u8; FILE_KEY_LEN]);
        key.copy_from_slice(plain);
        key
    };
    let mac: [u8; 32] = decode_exact(header.mac)?;
    hmac::verify(&header_key(&file_key), &file[..header.mac_input_len], &mac)
        .map_err(|_| OpenError::WrongPassphrase)?;

    let rest = &file[header.len..];
    if rest.len() < NONCE_LEN {
        return Err(OpenError::Damaged);
    }
    let (nonce, mut body) = rest.split_at(NONCE_LEN);
    let payload_key = hkdf32(&file_key[..], nonce, b"payload");
    let mut plain = Zeroizing::new(Vec::with_capacity(body.len()));
    // One buffer for every chunk, wiped when done: opened chunks are plaintext.
    let mut buf = Zeroizing::new(Vec::with_capacity(CHUNK + TAG_LEN));
    let mut counter = 0u64;
    loop {
        let take = body.len().min(CHUNK + TAG_LEN);
        let (chunk, tail) = body.split_at(take);
        let last = tail.is_empty();
        if chunk.len() < TAG_LEN || (last && chunk.len() == TAG_LEN && counter > 0) {
            // A missing final chunk, or an empty one after data (only an empty file
            // may end in an empty chunk).
            return Err(OpenError::Damaged);
        }
        buf.clear();
        buf.extend_from_slice(chunk);
        let opened = open_in_place(&payload_key, stream_nonce(counter, last), &mut buf[..])
            .ok_or(OpenError::Damaged)?;
        plain.extend_from_slice(opened);
        if last {
            return Ok(plain);
        }
        counter += 1;
        body = tail;
    }
}

/// The parts of a header that the passphrase recipient needs.
struct Header<'a> {
    stanza_type: &'a [u8],
    stanza_count: usize,
    args: Vec<&'a str>,
    body: &'a str,
    mac: &'a str,
    /// Bytes covered by the MAC: everything up to and including `---`.
    mac_input_len: usize,
    /// Bytes of the whole header, including the MAC line.
    len: usize,
}

fn parse_header(file: &[u8]) -> Result<Header<'_>, OpenError> {
    if !file.starts_with(VERSION_LINE) {
        return Err(OpenError::NotAge);
    }
    let mut pos = VERSION_LINE.len();
    let mut first: Option<(&[u8], Vec<&str>, &str)> = None;
    let mut stanza_count = 0;
    loop {
        let line = next_line(file, &mut pos)?;
        if let Some(mac) = line.strip_prefix(b"--- ") {
            let (stanza_type, args, body) = first.ok_or(OpenError::NotAge)?;
            return Ok(Header {
                stanza_type,
                stanza_count,
                args,
                body,
                mac: std::str::from_utf8(mac).map_err(|_| OpenError::NotAge)?,
                mac_input_len: pos - line.len() - 1 + 3,
                len: pos,
            });
        }
        let stanza = line.strip_prefix(b"-> ").ok_or(OpenError::NotAge)?;
        let stanza = std::str::from_utf8(stanza).map_err(|_| OpenError::NotAge)?;
        let mut words = stanza.split(' ');
        let kind = words.next().unwrap_or_default();
        let args: Vec<&str> = words.collect();
        if kind.is_empty()
            || !std::iter::once(kind)
                .chain(args.iter().copied())
                .all(|a| !a.is_empty() && a.bytes().all(|b| (0x21..=0x7e).contains(&b)))
        {
            return Err(OpenError::NotAge);
        }
        // The body: full 64-column lines, ended by one shorter line (maybe empty).
        let body_start = pos;
        loop {
            let body_line = next_line(file, &mut pos)?;
            if body_line.len() > 64 {
                return Err(OpenError::NotAge);
            }
            if body_line.len() < 64 {
                break;
            }
        }
        stanza_count += 1;
        if first.is_none() {
            let body =
                std::str::from_utf8(&file[body_start..pos - 1]).map_err(|_| OpenError::NotAge)?;
            first = Some((kind.as_bytes(), args, body));
        } else if first.as_ref().is_some_and(|f| f.0 == b"scrypt") || kind == "scrypt" {
            // The scrypt stanza must be alone (the spec forbids mixing it with others).
            return Err(OpenError::NotAge);
        }
    }
}

/// The next `\n`-terminated line starting at `pos`, without the newline.
fn next_line<'a>(file: &'a [u8], pos: &mut usize) -> Result<&'a [u8], OpenError> {
    let rest = file.get(*pos..).ok_or(OpenError::NotAge)?;
    let end = rest
        .iter()
        .take(MAX_LINE + 1)
        .position(|&b| b == b'\n')
        .ok_or(OpenError::NotAge)?;
    *pos += end + 1;
    Ok(&rest[..end])
}

/// Base64 (standard alphabet, no padding, canonical) of exactly `N` bytes.
fn decode_exact<const N: usize>(text: &str) -> Result<[u8; N], OpenError> {
    let text = text.replace('\n', "");
    let bytes = B64.decode(text.as_bytes()).map_err(|_| OpenError::NotAge)?;
    bytes.try_into().map_err(|_| OpenError::NotAge)
}

/// A work factor as the format writes it: decimal, no leading zero, 1 to 63.
fn parse_log_n(text: &str) -> Result<u8, OpenError> {
    let ok = !text.is_empty()
        && text.len() <= 2
        && !text.starts_with('0')
        && text.bytes().all(|b| b.is_ascii_digit());
    match text.parse::<u8>() {
        Ok(n) if ok && (1..64).contains(&n) => Ok(n),
        _ => Err(OpenError::NotAge),
    }
}

fn scrypt_key(passphrase: &str, salt: &[u8; SALT_LEN], log_n: u8) -> Option<Zeroizing<[u8; 32]>> {
    let mut full_salt = Vec::with_capacity(SCRYPT_LABEL.len() + SALT_LEN);
    full_salt.extend_from_slice(SCRYPT_LABEL);
    full_salt.extend_from_slice(salt);
    let params = scrypt::Params::new(log_n, 8, 1, 32).ok()?;
    let mut key = Zeroizing::new([0u8; 32]);
    scrypt::scrypt(passphrase.as_bytes(), &full_salt, &params, &mut key[..]).ok()?;
    Some(key)
}

struct Len32;

impl hkdf::KeyType for Len32 {
    fn len(&self) -> usize {
        32
    }
}

/// HKDF-SHA-256 of `ikm` with `salt` and `info`, 32 bytes.
fn hkdf32(ikm: &[u8], salt: &[u8], info: &[u8]) -> Zeroizing<[u8; 32]> {
    let mut out = Zeroizing::new([0u8; 32]);
    hkdf::Salt::new(hkdf::HKDF_SHA256, salt)
        .extract(ikm)
        .expand(&[info], Len32)
        .and_then(|okm| okm.fill(&mut out[..]))
        .expect("32 bytes is a valid HKDF-SHA-256 length");
    out
}

fn header_key(file_key: &[u8; FILE_KEY_LEN]) -> hmac::Key {
    hmac::Key::new(hmac::HMAC_SHA256, &hkdf32(file_key, &[], b"header")[..])
}

fn header_mac(file_key: &[u8; FILE_KEY_LEN], header: &[u8]) -> hmac::Tag {
    hmac::sign(&header_key(file_key), header)
}

/// STREAM nonce: 11-byte big-endian chunk counter, then 1 on the last chunk.
fn stream_nonce(counter: u64, last: bool) -> [u8; 12] {
    let mut n = [0u8; 12];
    n[3..11].copy_from_slice(&counter.to_be_bytes());
    n[11] = u8::from(last);
    n
}

fn aead(key: &[u8; 32]) -> Option<LessSafeKey> {
    Some(LessSafeKey::new(
        UnboundKey::new(&CHACHA20_POLY1305, key).ok()?,
    ))
}

fn seal_in_place(key: &[u8; 32], nonce: [u8; 12], buf: &mut Vec<u8>) -> Option<()> {
    aead(key)?
        .seal_in_place_append_tag(Nonce::assume_unique_for_key(nonce), Aad::empty(), buf)
        .ok()
}

fn open_in_place<'b>(key: &[u8; 32], nonce: [u8; 12], buf: &'b mut [u8]) -> Option<&'b [u8]> {
    aead(key)?
        .open_in_place(Nonce::assume_unique_for_key(nonce), Aad::empty(), buf)
        .ok()
        .map(|p| &*p)
}
