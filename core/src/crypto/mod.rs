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

#[cfg(test)]
mod tests {
    #[test]
    fn hex_is_lower_case_two_digits_a_byte() {
        assert_eq!(super::hex(&[0x00, 0x0f, 0xa5, 0xff]), "000fa5ff");
        assert_eq!(super::hex(&[]), "");
    }
}
