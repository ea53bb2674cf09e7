//! A reader for the subset of Project Fluent (`.ftl`) that Hearth's catalogues use.
//!
//! Why not `fluent-bundle`: with its plural-rule tables and language negotiation it adds
//! about 175 KiB to the shipped library, more than twice the room left under the 3 MiB
//! budget. The files stay real Fluent, so Pontoon and Weblate can translate them, and
//! `core/tests/l10n_reference.rs` formats every message of every catalogue with
//! `fluent-bundle` itself and requires the same text; a proptest feeds this parser
//! arbitrary input (it must refuse or parse, never panic).
//!
//! The subset, each a clear parse error when broken:
//! - comments (`#`, `##`, `###`) and blank lines;
//! - messages `id = pattern` and terms `-id = pattern`, on one line or as a block
//!   starting on the next, indented line; text itself never spans lines;
//! - placeables: `{ $variable }`, `{ -term }`, `{ "literal" }` (escapes `\"` and `\\`);
//! - one level of select expression on a variable: `{ $n -> [one] … *[other] … }`, each
//!   variant on one line, keys being numbers or identifiers (CLDR plural categories, or
//!   the value of a string argument).
//!
//! Attributes, message references, functions and nested selects are refused.

use std::collections::HashMap;

/// One piece of a pattern.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Part {
    /// Literal text.
    Text(String),
    /// `{ $name }`.
    Var(String),
    /// `{ -name }`.
    Term(String),
    /// `{ $name -> … }`.
    Select {
        /// The variable selected on.
        var: String,
        /// Keys and their patterns, in file order.
        variants: Vec<(Key, Vec<Part>)>,
        /// Index of the `*` default variant.
        default: usize,
    },
}

/// A variant key.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Key {
    /// `[one]`, `[other]`, `[morning]`.
    Name(String),
    /// `[0]`, `[1]`.
    Number(i64),
}

/// A parsed catalogue: messages and terms by id.
#[derive(Debug, Default, Clone)]
pub struct Resource {
    pub(crate) messages: HashMap<String, Vec<Part>>,
    pub(crate) terms: HashMap<String, Vec<Part>>,
}

/// Why a catalogue could not be read: the line (1-based) and what was wrong there.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {reason}")]
pub struct ParseError {
    /// 1-based line of the entry that failed.
    pub line: usize,
    /// What was wrong.
    pub reason: String,
}

impl Resource {
    /// Parses `text`, adding its entries to this resource (a later entry with the same id
    /// replaces an earlier one, as in Fluent).
    pub fn add(&mut self, text: &str) -> Result<(), ParseError> {
        let lines: Vec<&str> = text.lines().collect();
        let mut i = 0;
        while i < lines.len() {
            let line = lines[i];
            let start = i + 1;
            i += 1;
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            if line.starts_with([' ', '\t']) {
                return Err(err(start, "an indented line outside a message"));
            }
            let (is_term, rest) = match line.strip_prefix('-') {
                Some(r) => (true, r),
                None => (false, line),
            };
            let (id, value) = rest
                .split_once('=')
                .ok_or_else(|| err(start, "expected `id = text`"))?;
            let id = id.trim_end();
            if !is_identifier(id) {
                return Err(err(start, format!("{id:?} is not a message id")));
            }
            // The block: the inline value plus every following indented or blank line, and
            // a select's closing `}`, which Fluent allows at the start of a line.
            let mut block = String::from(value);
            while i < lines.len()
                && (lines[i].starts_with([' ', '}']) || lines[i].trim().is_empty())
            {
                block.push('\n');
                block.push_str(lines[i]);
                i += 1;
            }
            let pattern = Parser::new(&block, start).pattern()?;
            if pattern.is_empty() {
                return Err(err(start, format!("{id} has no value")));
            }
            let map = if is_term {
                &mut self.terms
            } else {
                &mut self.messages
            };
            map.insert(id.to_owned(), pattern);
        }
        Ok(())
    }

    /// Parses one catalogue text into a new resource.
    pub fn parse(text: &str) -> Result<Resource, ParseError> {
        let mut r = Resource::default();
        r.add(text)?;
        Ok(r)
    }

    /// Every message id, sorted.
    pub fn ids(&self) -> Vec<&str> {
        let mut ids: Vec<&str> = self.messages.keys().map(String::as_str).collect();
        ids.sort_unstable();
        ids
    }

    /// Whether the catalogue has this message.
    pub fn has(&self, id: &str) -> bool {
        self.messages.contains_key(id)
    }

    /// The variables a message uses (placeables and selectors), sorted, without `$`.
    pub fn variables(&self, id: &str) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(p) = self.messages.get(id) {
            collect_vars(p, &mut out);
        }
        out.sort();
        out.dedup();
        out
    }

    /// For each select expression of a message: its variable and its variant keys (as
    /// written), in order.
    pub fn selects(&self, id: &str) -> Vec<(String, Vec<String>)> {
        let mut out = Vec::new();
        for part in self.messages.get(id).into_iter().flatten() {
            if let Part::Select { var, variants, .. } = part {
                let keys = variants
                    .iter()
                    .map(|(k, _)| match k {
                        Key::Name(n) => n.clone(),
                        Key::Number(n) => n.to_string(),
                    })
                    .collect();
                out.push((var.clone(), keys));
            }
        }
        out
    }
}

fn collect_vars(parts: &[Part], out: &mut Vec<String>) {
    for p in parts {
        match p {
            Part::Var(v) => out.push(v.clone()),
            Part::Select { var, variants, .. } => {
                out.push(var.clone());
                for (_, v) in variants {
                    collect_vars(v, out);
                }
            }
            Part::Text(_) | Part::Term(_) => {}
        }
    }
}

fn err(line: usize, reason: impl Into<String>) -> ParseError {
    ParseError {
        line,
        reason: reason.into(),
    }
}

/// Fluent identifiers: a letter, then letters, digits, `-` and `_`.
fn is_identifier(s: &str) -> bool {
    let mut c = s.chars();
    c.next().is_some_and(|f| f.is_ascii_alphabetic())
        && c.all(|ch| ch.is_ascii_alphanumeric() || ch == '-' || ch == '_')
}

/// A character parser over one entry's block.
struct Parser<'a> {
    s: &'a str,
    pos: usize,
    line: usize,
}

impl<'a> Parser<'a> {
    fn new(s: &'a str, line: usize) -> Self {
        Parser { s, pos: 0, line }
    }

    fn peek(&self) -> Option<char> {
        self.s[self.pos..].chars().next()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += c.len_utf8();
        if c == '\n' {
            self.line += 1;
        }
        Some(c)
    }

    fn fail(&self, reason: impl Into<String>) -> ParseError {
        err(self.line, reason)
    }

    /// Skips spaces, and newlines too when `lines` is set.
    fn blank(&mut self, lines: bool) {
        while let Some(c) = self.peek() {
            if c == ' ' || (lines && c == '\n') {
                self.bump();
            } else {
                break;
            }
        }
    }

    /// The top-level pattern: leading blank space dropped, text on one line, trailing
    /// spaces dropped.
    fn pattern(&mut self) -> Result<Vec<Part>, ParseError> {
        self.blank(true);
        let parts = self.inline(true)?;
        self.blank(true);
        if self.peek().is_some() {
            return Err(self.fail("text goes on over more than one line"));
        }
        Ok(parts)
    }

    /// Text and placeables up to the end of the line (or of the block). `top` allows a
    /// select expression.
    fn inline(&mut self, top: bool) -> Result<Vec<Part>, ParseError> {
        let mut parts = Vec::new();
        let mut text = String::new();
        while let Some(c) = self.peek() {
            match c {
                '\n' => break,
                '}' => return Err(self.fail("a `}` without its `{`")),
                '{' => {
                    self.bump();
                    if !text.is_empty() {
                        parts.push(Part::Text(std::mem::take(&mut text)));
                    }
                    match self.placeable(top)? {
                        Part::Text(t) => text.push_str(&t),
                        p => parts.push(p),
                    }
                }
                _ => {
                    text.push(c);
                    self.bump();
                }
            }
        }
        let trimmed = text.trim_end_matches(' ');
        if !trimmed.is_empty() {
            parts.push(Part::Text(trimmed.to_owned()));
        } else if let Some(Part::Text(last)) = parts.last_mut() {
            // Trailing spaces before the end are not part of the message.
            if text.is_empty() {
                let t = last.trim_end_matches(' ').to_owned();
                *last = t;
            }
        }
        // A string literal joined into the text may have left an empty piece.
        parts.retain(|p| !matches!(p, Part::Text(t) if t.is_empty()));
        Ok(merge_text(parts))
    }

    /// After `{`: a variable, term, literal or select, through the closing `}`.
    fn placeable(&mut self, top: bool) -> Result<Part, ParseError> {
        self.blank(true);
        let part = match self.peek() {
            Some('$') => {
                self.bump();
                let var = self.identifier()?;
                self.blank(true);
                if self.s[self.pos..].starts_with("->") {
                    if !top {
                        return Err(self.fail("a select inside a select is not supported"));
                    }
                    self.pos += 2;
                    self.select(var)?
                } else {
                    Part::Var(var)
                }
            }
            Some('-') => {
                self.bump();
                Part::Term(self.identifier()?)
            }
            Some('"') => {
                self.bump();
                Part::Text(self.literal()?)
            }
            _ => {
                return Err(
                    self.fail("a placeable holds `$variable`, `-term`, a \"literal\" or a select")
                )
            }
        };
        self.blank(true);
        match self.bump() {
            Some('}') => Ok(part),
            _ => Err(self.fail("expected `}`")),
        }
    }

    fn identifier(&mut self) -> Result<String, ParseError> {
        let start = self.pos;
        while let Some(c) = self.peek() {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                self.bump();
            } else {
                break;
            }
        }
        let id = &self.s[start..self.pos];
        if is_identifier(id) {
            Ok(id.to_owned())
        } else {
            Err(self.fail(format!("{id:?} is not an identifier")))
        }
    }

    fn literal(&mut self) -> Result<String, ParseError> {
        let mut out = String::new();
        loop {
            match self.bump() {
                Some('"') => return Ok(out),
                Some('\\') => match self.bump() {
                    Some(c @ ('"' | '\\')) => out.push(c),
                    _ => return Err(self.fail("only \\\" and \\\\ are escapes here")),
                },
                Some('\n') | None => return Err(self.fail("a \"literal\" is not closed")),
                Some(c) => out.push(c),
            }
        }
    }

    /// After `$var ->`: the variants, each `[key] text` or `*[key] text` on its own line.
    fn select(&mut self, var: String) -> Result<Part, ParseError> {
        let mut variants = Vec::new();
        let mut default = None;
        loop {
            self.blank(true);
            let star = match self.peek() {
                Some('*') => {
                    self.bump();
                    true
                }
                Some('[') => false,
                _ => break,
            };
            if self.bump() != Some('[') {
                return Err(self.fail("expected `[` after `*`"));
            }
            self.blank(false);
            let key = self.key()?;
            self.blank(false);
            if self.bump() != Some(']') {
                return Err(self.fail("expected `]`"));
            }
            if star {
                if default.is_some() {
                    return Err(self.fail("more than one default variant"));
                }
                default = Some(variants.len());
            }
            self.blank(false);
            let opens_placeable = self.peek() == Some('{');
            let value = self.inline(false)?;
            // `{ "" }` is how Fluent writes an empty variant; nothing at all is a mistake.
            if value.is_empty() && !opens_placeable {
                return Err(self.fail("a variant has no text"));
            }
            variants.push((key, value));
        }
        let default = default.ok_or_else(|| self.fail("a select needs a `*[default]`"))?;
        Ok(Part::Select {
            var,
            variants,
            default,
        })
    }

    fn key(&mut self) -> Result<Key, ParseError> {
        if self.peek().is_some_and(|c| c.is_ascii_digit() || c == '-') {
            let start = self.pos;
            self.bump();
            while self.peek().is_some_and(|c| c.is_ascii_digit()) {
                self.bump();
            }
            return self.s[start..self.pos]
                .parse()
                .map(Key::Number)
                .map_err(|_| self.fail("a variant key is not a whole number"));
        }
        Ok(Key::Name(self.identifier()?))
    }
}

/// Joins neighbouring text pieces (a literal placeable inside text).
fn merge_text(parts: Vec<Part>) -> Vec<Part> {
    let mut out: Vec<Part> = Vec::with_capacity(parts.len());
    for p in parts {
        match (out.last_mut(), p) {
            (Some(Part::Text(a)), Part::Text(b)) => a.push_str(&b),
            (_, p) => out.push(p),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_messages_terms_literals_and_selects() {
        let r = Resource::parse(
            "# comment\n-brand = Hearth\nhello = Hi { $name }, from { -brand }{ \"!\" }\n\
             count =\n    { $n ->\n        [0] none\n        [one] one check-in\n       *[other] { $n } check-ins\n    }\n",
        )
        .expect("parses");
        assert_eq!(
            r.messages["hello"],
            vec![
                Part::Text("Hi ".into()),
                Part::Var("name".into()),
                Part::Text(", from ".into()),
                Part::Term("brand".into()),
                Part::Text("!".into())
            ]
        );
        assert_eq!(r.variables("count"), vec!["n".to_string()]);
        assert_eq!(
            r.selects("count"),
            vec![(
                "n".to_string(),
                vec!["0".into(), "one".into(), "other".into()]
            )]
        );
    }

    #[test]
    fn refuses_what_the_subset_does_not_cover_with_its_line() {
        for (text, line) in [
            ("a = one\n  two\n", 2),
            ("a = { b }\n", 1),
            ("ok = x\nb = { $n ->\n  [one] x\n}\n", 4),
            ("a = x }\n", 1),
            ("9a = x\n", 1),
            ("a =\n", 1),
            ("a = { $n ->\n *[one] { $m ->\n *[x] y\n }\n }\n", 2),
        ] {
            let e = Resource::parse(text).expect_err(text);
            assert_eq!(e.line, line, "{text:?}: {e}");
        }
    }
}
