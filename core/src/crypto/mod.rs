//! Key handling and record sealing. See `keys` for the hierarchy and `seal` for the
//! on-disk format of one encrypted record.

pub mod keys;
pub mod seal;

pub use keys::{DataKey, SubKeys};

/// Lower-case hex of `bytes`: row ids, keyed ids, temp-file names. One table lookup per
/// nibble rather than a `format!` per byte (it runs on every new row).
pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(char::from(DIGITS[usize::from(b >> 4)]));
        s.push(char::from(DIGITS[usize::from(b & 15)]));
    }
    s
}

/// The bytes of hex text (either case), or `None` if it is not two hex digits a byte
/// (a sign, a space or an odd length included). Zeroized on drop: it reads key files.
pub fn unhex(s: &str) -> Option<zeroize::Zeroizing<Vec<u8>>> {
    fn digit(b: u8) -> Option<u8> {
        char::from(b)
            .to_digit(16)
            .and_then(|d| u8::try_from(d).ok())
    }
    let bytes = s.as_bytes();
    if !bytes.len().is_multiple_of(2) {
        return None;
    }
    let mut out = zeroize::Zeroizing::new(Vec::with_capacity(bytes.len() / 2));
    for pair in bytes.chunks(2) {
        out.push(digit(pair[0])? << 4 | digit(pair[1])?);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    #[test]
    fn unhex_reads_what_hex_writes_and_nothing_else() {
        let bytes = [0x00, 0x0f, 0xa5, 0xff];
        assert_eq!(&super::unhex(&super::hex(&bytes)).unwrap()[..], &bytes);
        assert_eq!(&super::unhex("A5Ff").unwrap()[..], &[0xa5, 0xff]);
        for bad in ["+f", "0", "zz", "0 ", "éé"] {
            assert!(super::unhex(bad).is_none(), "{bad:?}");
        }
    }

    #[test]
    fn hex_is_lower_case_two_digits_a_byte() {
        assert_eq!(super::hex(&[0x00, 0x0f, 0xa5, 0xff]), "000fa5ff");
        assert_eq!(super::hex(&[]), "");
    }
}
