#!/usr/bin/env python3
"""Writes the String Catalog as per-language .strings tables, for builds without Xcode.

    ios/scripts/gen-strings.py Localizable.xcstrings OUT_DIR

SwiftPM on Linux copies an .xcstrings file but doesn't compile it, and swift-corelibs-
foundation can't read .stringsdict plurals (it crashes), so this writes, per language in
the catalogue, OUT_DIR/<lang>.lproj/Localizable.strings with
  - a plain string as "key" = "value";
  - a plural variation as one key per CLDR category, "key#one", "key#other", …, which
    `L10n.plural` looks up by the count's category (the "other" form also under "key").
A string without a translation in a language is left out of its table, so the lookup
falls back to the English in the code. A file whose content is unchanged is not
rewritten (SwiftPM then copies nothing). Exits non-zero on a malformed catalogue.
"""
import json
import os
import sys


def quote(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def entries(key, loc):
    """(key, value) pairs for one localization of one string."""
    if "stringUnit" in loc:
        yield key, loc["stringUnit"]["value"]
    plural = loc.get("variations", {}).get("plural")
    if plural:
        for category, form in plural.items():
            yield f"{key}#{category}", form["stringUnit"]["value"]
        if "other" in plural:
            yield key, plural["other"]["stringUnit"]["value"]


def main(src, out):
    with open(src, encoding="utf-8") as f:
        catalogue = json.load(f)
    os.makedirs(out, exist_ok=True)  # Package.swift names the folder even when it is empty
    tables = {}
    for key, string in sorted(catalogue["strings"].items()):
        for lang, loc in string.get("localizations", {}).items():
            for k, v in entries(key, loc):
                tables.setdefault(lang, []).append(f"{quote(k)} = {quote(v)};")
    for lang, lines in sorted(tables.items()):
        path = os.path.join(out, f"{lang}.lproj", "Localizable.strings")
        text = "/* Generated from Localizable.xcstrings by gen-strings.py; not committed. */\n" + "\n".join(lines) + "\n"
        os.makedirs(os.path.dirname(path), exist_ok=True)
        try:
            with open(path, encoding="utf-8") as f:
                if f.read() == text:
                    continue
        except FileNotFoundError:
            pass
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
