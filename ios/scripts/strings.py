#!/usr/bin/env python3
"""Keeps the String Catalog and the code's words in step (what Xcode's extraction does
for `String(localized:)`, for the shell's own `L10n.tr` / `L10n.plural` calls).

    ios/scripts/strings.py check    every key in the code is in Localizable.xcstrings with
                                    the code's English, and translated into every other
                                    language with the same placeholders and every plural
                                    category CLDR requires; no key is left over
    ios/scripts/strings.py update   writes the code's English into the catalogue (keeps
                                    translations, drops keys the code no longer uses);
                                    a changed English marks its translations stale

Sources: ios/Sources/**/*.swift. Catalogue: ios/Sources/HearthCore/Resources/Localizable.xcstrings.
"""
import glob
import json
import os
import re
import sys

IOS = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CATALOGUE = os.path.join(IOS, "Sources/HearthCore/Resources/Localizable.xcstrings")
LANGUAGES = ["de", "es"]
# CLDR cardinal categories for whole numbers.
CATEGORIES = {"en": ["one", "other"], "de": ["one", "other"], "es": ["one", "many", "other"]}

LIT = r'"((?:[^"\\]|\\.)*)"'
TR = re.compile(r'L10n\.tr\(\s*"([^"]+)",\s*' + LIT)
PLURAL = re.compile(r'L10n\.plural\(\s*"([^"]+)",\s*[^,]+?,\s*one:\s*' + LIT + r',\s*other:\s*' + LIT)
SPEC = re.compile(r'%(?:(\d+)\$)?[-+ #0]*\d*(?:\.\d+)?(?:ll|l|h)?([@dfsu])')


def unescape(s):
    return re.sub(r'\\(.)', lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), s)


def from_code():
    """key -> English (a string, or {"one", "other"} for a plural)."""
    found = {}
    for path in sorted(glob.glob(os.path.join(IOS, "Sources/**/*.swift"), recursive=True)):
        if "/Generated/" in path:
            continue
        text = open(path, encoding="utf-8").read()
        for key, english in TR.findall(text):
            add(found, key, unescape(english), path)
        for key, one, other in PLURAL.findall(text):
            add(found, key, {"one": unescape(one), "other": unescape(other)}, path)
    return found


def add(found, key, value, path):
    if key in found and found[key] != value:
        sys.exit(f"strings.py: {key} has two different English texts ({os.path.relpath(path, IOS)})")
    found[key] = value


def specs(text):
    """The placeholders of a text, by position: {1: "@", 2: "d"} (%lld and %d alike)."""
    out, auto = {}, 0
    for pos, kind in SPEC.findall(text.replace("%%", "")):
        if pos:
            out[int(pos)] = kind
        else:
            auto += 1
            out[auto] = kind
    return out


def forms(loc):
    if "stringUnit" in loc:
        return {"": loc["stringUnit"]["value"]}
    plural = loc.get("variations", {}).get("plural", {})
    return {c: f["stringUnit"]["value"] for c, f in plural.items()}


def localization(value):
    if isinstance(value, str):
        return {"stringUnit": {"state": "translated", "value": value}}
    return {"variations": {"plural": {c: {"stringUnit": {"state": "translated", "value": v}} for c, v in value.items()}}}


def load():
    with open(CATALOGUE, encoding="utf-8") as f:
        return json.load(f)


def save(catalogue):
    text = json.dumps(catalogue, ensure_ascii=False, indent=2, sort_keys=True, separators=(",", " : "))
    with open(CATALOGUE, "w", encoding="utf-8") as f:
        f.write(text + "\n")


def update():
    code, catalogue = from_code(), load()
    strings = catalogue.setdefault("strings", {})
    for key in list(strings):
        if key not in code:
            del strings[key]
    for key, english in sorted(code.items()):
        entry = strings.setdefault(key, {"extractionState": "manual", "localizations": {}})
        locs = entry.setdefault("localizations", {})
        old = locs.get("en")
        locs["en"] = localization(english)
        if old is not None and old != locs["en"]:
            for lang in LANGUAGES:
                for unit in walk_units(locs.get(lang, {})):
                    unit["state"] = "needs_review"
    catalogue["sourceLanguage"] = "en"
    catalogue["version"] = "1.0"
    save(catalogue)


def walk_units(loc):
    if "stringUnit" in loc:
        yield loc["stringUnit"]
    for form in loc.get("variations", {}).get("plural", {}).values():
        yield form["stringUnit"]


def check():
    code, catalogue = from_code(), load()
    strings = catalogue.get("strings", {})
    problems = []
    for key in sorted(set(strings) - set(code)):
        problems.append(f"{key}: in the catalogue but not in the code")
    for key, english in sorted(code.items()):
        entry = strings.get(key)
        if entry is None:
            problems.append(f"{key}: not in the catalogue (run ios/scripts/strings.py update)")
            continue
        locs = entry.get("localizations", {})
        if locs.get("en") != localization(english):
            problems.append(f"{key}: the catalogue's English differs from the code's")
        want = specs(english if isinstance(english, str) else english["other"])
        for lang in LANGUAGES:
            loc = locs.get(lang)
            if loc is None:
                problems.append(f"{key}: no {lang} translation")
                continue
            got = forms(loc)
            if isinstance(english, str) and set(got) != {""}:
                problems.append(f"{key}: {lang} should be a plain string")
                continue
            if not isinstance(english, str) and set(got) != set(CATEGORIES[lang]):
                problems.append(f"{key}: {lang} needs the plural categories {CATEGORIES[lang]}, has {sorted(got)}")
                continue
            for unit in walk_units(loc):
                if unit.get("state") != "translated":
                    problems.append(f"{key}: {lang} is {unit.get('state')}")
            for category, text in got.items():
                have = specs(text)
                # Every form keeps every placeholder: Foundation can't skip an argument.
                if have != want:
                    problems.append(f"{key}: {lang} {category or 'text'} has placeholders {have}, English {want}")
    for p in problems:
        print("strings.py:", p, file=sys.stderr)
    print(f"strings.py: {len(code)} strings, {len(LANGUAGES)} translations each, {len(problems)} problems", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "update":
        update()
    elif command == "check":
        sys.exit(check())
    else:
        sys.exit(__doc__)
