//! Daylio notes carry a little HTML (`<br>`, `<b>`, `&amp;` …). Hearth notes are plain
//! text, so tags become line breaks or nothing and entities become their characters.

/// Tags that end a line.
const BREAKS: [&str; 11] = [
    "br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
];

/// Converts a Daylio note to plain text: block tags and `<br>` become line breaks, list
/// items start with `- `, other tags vanish, entities are decoded, runs of blank lines
/// shrink to one and the ends are trimmed. A `<` that does not start a tag (as in
/// `I <3 you`) is kept.
pub fn to_plain(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(i) = rest.find(['<', '&']) {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let consumed = if rest.starts_with('<') {
            tag(rest, &mut out)
        } else {
            entity(rest, &mut out)
        };
        rest = &rest[consumed..];
    }
    out.push_str(rest);
    tidy(&out)
}

/// Inline and block elements a rich-text note may use; anything else in angle brackets
/// is the person's own text and is kept.
const KNOWN: [&str; 38] = [
    "a",
    "b",
    "big",
    "blockquote",
    "br",
    "code",
    "del",
    "div",
    "em",
    "font",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "i",
    "ins",
    "li",
    "mark",
    "ol",
    "p",
    "pre",
    "s",
    "small",
    "span",
    "strike",
    "strong",
    "sub",
    "sup",
    "table",
    "tbody",
    "td",
    "th",
    "tr",
    "u",
    "ul",
];

/// Handles a `<` at the start of `s`; returns the bytes consumed.
fn tag(s: &str, out: &mut String) -> usize {
    let inner = &s[1..];
    let closing = inner.starts_with('/');
    let body = inner.strip_prefix('/').unwrap_or(inner);
    let name_len = body
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(body.len());
    let name = body[..name_len].to_ascii_lowercase();
    let after = body[name_len..].chars().next();
    let is_tag = KNOWN.contains(&name.as_str())
        && matches!(after, Some(c) if c == '>' || c == '/' || c.is_whitespace());
    let comment = inner.starts_with("!--");
    let end = if comment {
        s.find("-->").map(|e| e + 2)
    } else {
        s.find('>')
    };
    match end {
        Some(end) if is_tag || comment => {
            match (name.as_str(), closing) {
                ("li", false) => out.push_str("\n- "),
                ("li", true) => {}
                (n, _) if BREAKS.contains(&n) || n == "hr" => out.push('\n'),
                _ => {}
            }
            end + 1
        }
        _ => {
            out.push('<');
            1
        }
    }
}

/// Handles a `&` at the start of `s`; returns the bytes consumed.
fn entity(s: &str, out: &mut String) -> usize {
    let Some(end) = s[1..].find(';').map(|i| i + 1).filter(|&e| e <= 12) else {
        out.push('&');
        return 1;
    };
    let name = &s[1..end];
    let decoded = match name {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        "nbsp" => Some(' '),
        _ => name
            .strip_prefix("#x")
            .or_else(|| name.strip_prefix("#X"))
            .map(|h| u32::from_str_radix(h, 16))
            .or_else(|| name.strip_prefix('#').map(str::parse::<u32>))
            .and_then(|r| r.ok())
            .and_then(char::from_u32)
            .filter(|c| !c.is_control() || *c == '\n' || *c == '\t'),
    };
    match decoded {
        Some(c) => {
            out.push(c);
            end + 1
        }
        None => {
            out.push('&');
            1
        }
    }
}

/// Normalises line ends, trims each line's end, keeps at most one blank line in a row.
fn tidy(s: &str) -> String {
    let s = s.replace("\r\n", "\n").replace('\r', "\n");
    let mut out: Vec<&str> = Vec::new();
    for line in s.split('\n').map(str::trim_end) {
        if line.is_empty() && out.last().is_none_or(|l| l.is_empty()) {
            continue;
        }
        out.push(line);
    }
    while out.last().is_some_and(|l| l.is_empty()) {
        out.pop();
    }
    out.join("\n")
}

#[cfg(test)]
mod tests {
    use super::to_plain;

    #[test]
    fn cleans_daylio_html() {
        assert_eq!(
            to_plain("Tea &amp; toast<br>with Sam"),
            "Tea & toast\nwith Sam"
        );
        assert_eq!(to_plain("<b>Bold</b> and <i>soft</i>"), "Bold and soft");
        assert_eq!(to_plain("a<br/>b<br />c<BR>d"), "a\nb\nc\nd");
        assert_eq!(to_plain("<p>one</p><p>two</p>"), "one\n\ntwo");
        assert_eq!(to_plain("I <3 you &lt;3 &#39;x&#x27;"), "I <3 you <3 'x'");
        assert_eq!(
            to_plain("<ul><li>eggs</li><li>tea</li></ul>"),
            "- eggs\n- tea"
        );
        assert_eq!(
            to_plain("fish & chips &unknown; &"),
            "fish & chips &unknown; &"
        );
        assert_eq!(
            to_plain("  \n<br><br><br>hi<br><br><br><br>there  \n"),
            "hi\n\nthere"
        );
        assert_eq!(to_plain("<span style=\"color:red\">red</span>"), "red");
        assert_eq!(to_plain("5 < 6 and 7 > 2"), "5 < 6 and 7 > 2");
        assert_eq!(to_plain("x<y and z>w <3"), "x<y and z>w <3");
        assert_eq!(to_plain("a<!-- hidden -->b"), "ab");
    }
}
