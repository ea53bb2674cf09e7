//! Pseudo-locales made from the English catalogue, to prove that every word a person
//! reads comes from a catalogue: `en-XA` (accented, about 40 % longer, in brackets) and
//! `ar-XB` (the same text forced right-to-left, for mirrored layouts). Android ships the
//! same two names for the same purpose.

/// Which pseudo-locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Pseudo {
    /// Accented, longer, bracketed.
    Accented,
    /// Bracketed and wrapped in a right-to-left override.
    Bidi,
}

impl Pseudo {
    /// The pseudo-locale a tag names, if any (`en-XA`, `ar-XB`, any case, `_` or `-`).
    pub(crate) fn from_tag(tag: &str) -> Option<Pseudo> {
        match tag.replace('_', "-").to_ascii_lowercase().as_str() {
            "en-xa" => Some(Pseudo::Accented),
            "ar-xb" => Some(Pseudo::Bidi),
            _ => None,
        }
    }

    /// The tag as Hearth reports it.
    pub(crate) fn tag(self) -> &'static str {
        match self {
            Pseudo::Accented => "en-XA",
            Pseudo::Bidi => "ar-XB",
        }
    }

    /// One piece of a message's own text, changed (arguments are left as they are).
    pub(crate) fn text(self, s: &str) -> String {
        match self {
            Pseudo::Accented => s.chars().map(accent).collect(),
            Pseudo::Bidi => s.to_owned(),
        }
    }

    /// The whole formatted message: bracketed, and for `en-XA` padded by about 40 % of
    /// its own text so layouts meet longer languages.
    pub(crate) fn wrap(self, formatted: String, own_text_chars: usize) -> String {
        match self {
            Pseudo::Accented => {
                let pad = (own_text_chars * 2).div_ceil(5);
                let filler: String = "·ŀőŕéɱ ïƥšűɱ ðőŀőŕ šïţ áɱéţ "
                    .chars()
                    .cycle()
                    .take(pad)
                    .collect();
                let filler = filler.trim_end();
                if filler.is_empty() {
                    format!("[{formatted}]")
                } else {
                    format!("[{formatted} {filler}]")
                }
            }
            Pseudo::Bidi => format!("\u{202E}[{formatted}]\u{202C}"),
        }
    }
}

fn accent(c: char) -> char {
    match c {
        'a' => 'á',
        'b' => 'ƀ',
        'c' => 'ç',
        'd' => 'ð',
        'e' => 'é',
        'f' => 'ƒ',
        'g' => 'ĝ',
        'h' => 'ĥ',
        'i' => 'î',
        'j' => 'ĵ',
        'k' => 'ķ',
        'l' => 'ļ',
        'm' => 'ɱ',
        'n' => 'ñ',
        'o' => 'ö',
        'p' => 'þ',
        'r' => 'ŕ',
        's' => 'š',
        't' => 'ţ',
        'u' => 'û',
        'w' => 'ŵ',
        'y' => 'ý',
        'z' => 'ž',
        'A' => 'Å',
        'C' => 'Ç',
        'D' => 'Ð',
        'E' => 'É',
        'G' => 'Ĝ',
        'H' => 'Ĥ',
        'I' => 'Î',
        'N' => 'Ñ',
        'O' => 'Ö',
        'S' => 'Š',
        'T' => 'Ţ',
        'U' => 'Û',
        'W' => 'Ŵ',
        'Y' => 'Ý',
        other => other,
    }
}
