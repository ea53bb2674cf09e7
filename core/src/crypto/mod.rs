//! Key handling and record sealing. See `keys` for the hierarchy and `seal` for the
//! on-disk format of one encrypted record.

pub mod keys;
pub mod seal;

pub use keys::{DataKey, SubKeys};
