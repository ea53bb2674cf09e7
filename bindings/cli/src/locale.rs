//! The person's region as the POSIX locale environment gives it, for commands that must
//! work with no arguments (`hearth crisis`).

/// Where a region came from: the variable and its value, e.g. `LANG=de_DE.UTF-8`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnvLocale {
    /// `LC_ALL`, `LC_MESSAGES` or `LANG`.
    pub var: &'static str,
    /// The variable's value as set.
    pub value: String,
}

impl EnvLocale {
    /// The territory of the locale, upper case (`de_DE.UTF-8` → `DE`), if it names one.
    pub fn territory(&self) -> Option<String> {
        territory(&self.value)
    }
}

/// The locale in force for messages, following POSIX precedence: the first of
/// `LC_ALL`, `LC_MESSAGES`, `LANG` that is set and not empty. A set `LC_ALL=C` wins even
/// though it names no territory, because that is the locale the person chose.
pub fn from_env() -> Option<EnvLocale> {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .find_map(|var| {
            std::env::var_os(var)
                .filter(|v| !v.is_empty())
                .map(|v| EnvLocale {
                    var,
                    value: v.to_string_lossy().into_owned(),
                })
        })
}

/// The territory of a POSIX locale name `language[_TERRITORY][.codeset][@modifier]`,
/// upper case. `C`, `POSIX`, `C.UTF-8` and a bare language have none.
pub fn territory(locale: &str) -> Option<String> {
    let name = locale.split(['.', '@']).next().unwrap_or("");
    let (_, t) = name.split_once(['_', '-'])?;
    (t.len() == 2 && t.chars().all(|c| c.is_ascii_alphabetic())).then(|| t.to_ascii_uppercase())
}

#[cfg(test)]
mod tests {
    use super::territory;

    #[test]
    fn territories() {
        assert_eq!(territory("de_DE.UTF-8").as_deref(), Some("DE"));
        assert_eq!(territory("en_GB").as_deref(), Some("GB"));
        assert_eq!(territory("en_NZ@euro").as_deref(), Some("NZ"));
        assert_eq!(territory("es-us").as_deref(), Some("US"));
        for none in ["C", "POSIX", "C.UTF-8", "de", "", "en_419", "sr_RS_latin"] {
            assert_eq!(territory(none), None, "{none}");
        }
    }
}
