#!/usr/bin/env python3
"""The SwiftUI shell's own literals against its String Catalogs (issue #22).

    ios/scripts/view-strings.py check        App/ and Widget/ against their catalogues
    ios/scripts/view-strings.py list TARGET  every literal found in App or Widget, one a line
    ios/scripts/view-strings.py self-test    shows the check catching what it should, on fixtures

What Xcode's string extraction does on a Mac, for a Linux run without Xcode. For each
target (App, Widget) every Swift string literal in the target's sources is sorted by rule:

  * localized: the literal is passed straight (not through `??`, a ternary, `+` or a
    closure) to an API that takes a LocalizedStringKey or LocalizedStringResource: Text,
    Button, Label, Section, Toggle, TextField, SecureField, Picker, Link, DatePicker,
    Stepper, Menu, LabeledContent, navigationTitle, accessibilityLabel/Hint/Value,
    alert, confirmationDialog, searchable(prompt:), configurationDisplayName,
    description, displayName, Charts' .value, String(localized:), LocalizedStringResource,
    IntentDescription, IntentDialog, Summary, DisplayRepresentation(title:),
    @Parameter(title:), AppShortcut(shortTitle:), a `: LocalizedStringResource =` (or
    TypeDisplayRepresentation) constant. It must be a key of the target's
    Localizable.xcstrings (an interpolation `\\(x)` matches any format specifier:
    %@, %lld, %d, %lf, positional %1$@), with an English, German and Spanish value,
    the same placeholders in every form, and every CLDR plural category of a plural.
  * Siri phrases (the `phrases:` of an AppShortcut): keys of the target's
    AppShortcuts.xcstrings, `\\(.applicationName)` as `${applicationName}` and a
    parameter `\\(\\.$mood)` as `${mood}`; every translation keeps the same `${...}`.
  * not text, by rule: no letters once interpolations and format specifiers are taken
    out ("%.1f", "\\(n)%"); shaped like an identifier (no space, and a `.`, `_`, `/`, `:`
    or a lower-to-upper case step: "org.hearthjournal.x", "reminderExplainerDismissed");
    the product name (CFBundleDisplayName in project.yml, "Hearth"); an argument labelled
    systemImage/systemName/systemImageName/verbatim/kind/named; Image(...), AppStorage,
    SceneStorage, tag, accessibilityIdentifier, URL(string:), Logger, #Preview.
  * anything else with letters is English that would reach the screen untranslated (a
    String built in a ternary, an array of words, a sentence glued from pieces): a problem.

Info.plist: every `NS...UsageDescription` in project.yml's `info.properties` of a target
must be a key of that target's InfoPlist.xcstrings, translated. Consistency: a catalogue
entry whose English is also a string of the model's catalogue
(Sources/HearthCore/Resources/Localizable.xcstrings) must have the model's German and
Spanish, so a word reads the same on every screen; the App Shortcuts' mood names
(QuickCaptureCopy.moodNames) must read as the core's mood words (core/l10n/*/words.ftl).
"""
import json
import os
import re
import sys
import tempfile

IOS = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REPO = os.path.dirname(IOS)
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import importlib.util

_spec = importlib.util.spec_from_file_location("strings_py", os.path.join(os.path.dirname(os.path.abspath(__file__)), "strings.py"))
strings_py = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(strings_py)
LANGUAGES = strings_py.LANGUAGES
CATEGORIES = strings_py.CATEGORIES

TARGETS = {"App": "App", "Widget": "Widget"}

# (call, label): label None is the first positional argument.
POSITIONAL = {
    "Text", "Button", "Label", "Section", "Toggle", "TextField", "SecureField", "Picker", "Link",
    "DatePicker", "Stepper", "Menu", "LabeledContent", "ContentUnavailableView", "navigationTitle",
    "accessibilityLabel", "accessibilityHint", "accessibilityValue", "alert", "confirmationDialog",
    "configurationDisplayName", "description", "displayName", "help", "value", "LocalizedStringResource",
    "IntentDescription", "IntentDialog", "Summary", "TypeDisplayRepresentation", "LocalizedStringKey",
}
LABELLED = {("String", "localized"), ("searchable", "prompt"), ("Parameter", "title"),
            ("DisplayRepresentation", "title"), ("AppShortcut", "shortTitle"), ("Text", "key"),
            ("LocalizedStringResource", "stringLiteral"), ("LocalizedStringKey", "stringLiteral")}
LOCALIZED_CONSTANT = re.compile(r':\s*(LocalizedStringResource|LocalizedStringKey|TypeDisplayRepresentation|IntentDescription)\s*=\s*$')
NOT_TEXT_LABELS = {"comment", "systemImage", "systemName", "systemImageName", "verbatim", "kind", "named", "image",
                   "forResource", "withExtension", "subsystem", "category", "string", "identifier"}
NOT_TEXT_CALLS = {"Image", "AppStorage", "SceneStorage", "tag", "accessibilityIdentifier", "URL", "Logger",
                  "Preview", "Color", "UIImage", "Notification.Name", "NSUserActivity"}
SPECIFIER = r'%(?:\d+\$)?(?:lld|llu|ld|lu|d|u|lf|f|@)'


# ---- a small Swift lexer: string literals with their interpolations -----------------------------

class Literal:
    def __init__(self, start, end, parts, nested):
        self.start, self.end = start, end
        self.parts = parts        # [str | ("interp", source)]
        self.nested = nested      # inside another literal's interpolation

    def english(self, interp=lambda src, i: "%@"):
        out, i = [], 0
        for p in self.parts:
            if isinstance(p, str):
                out.append(p)
            else:
                i += 1
                out.append(interp(p[1], i))
        return "".join(out)

    def pattern(self):
        """A regex matching the catalogue keys this literal can be."""
        return "".join(re.escape(p) if isinstance(p, str) else parameter(p[1]) or SPECIFIER for p in self.parts)

    def has_interp(self):
        return any(not isinstance(p, str) for p in self.parts)


def parameter(src):
    """An App Intent's parameter in a summary, `\\(\\.$mood)`, is `${mood}` in the key."""
    m = re.match(r'^\s*\\\.\$(\w+)\s*$', src)
    return re.escape("${%s}" % m.group(1)) if m else None


ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "0": "\0", '"': '"', "'": "'", "\\": "\\"}


def lex(src):
    """(literals, masked): every string literal, and the source with literal bodies and
    comments blanked (same length), for finding calls and brackets."""
    lits, masked, i, n = [], list(src), 0, len(src)

    def blank(a, b):
        for k in range(a, b):
            if masked[k] != "\n":
                masked[k] = " "

    def string(i, nested):
        multi = src.startswith('"""', i)
        q = '"""' if multi else '"'
        start, i = i, i + len(q)
        parts, buf = [], []
        while i < n:
            if src.startswith(q, i):
                i += len(q)
                break
            c = src[i]
            if c == "\\":
                nxt = src[i + 1] if i + 1 < n else ""
                if nxt == "(":
                    if buf:
                        parts.append("".join(buf)); buf = []
                    depth, j = 1, i + 2
                    while j < n and depth:
                        if src[j] == '"':
                            j = string(j, True)
                            continue
                        depth += {"(": 1, ")": -1}.get(src[j], 0)
                        j += 1
                    parts.append(("interp", src[i + 2:j - 1]))
                    i = j
                    continue
                if nxt == "u" and src[i + 2:i + 3] == "{":
                    close = src.index("}", i)
                    buf.append(chr(int(src[i + 3:close], 16)))
                    i = close + 1
                    continue
                buf.append(ESCAPES.get(nxt, nxt))
                i += 2
                continue
            buf.append(c)
            i += 1
        if buf:
            parts.append("".join(buf))
        lits.append(Literal(start, i, parts, nested))
        return i

    while i < n:
        if src.startswith("//", i):
            j = src.find("\n", i)
            j = n if j < 0 else j
            blank(i, j); i = j
        elif src.startswith("/*", i):
            j = src.find("*/", i + 2)
            j = n if j < 0 else j + 2
            blank(i, j); i = j
        elif src[i] == '"':
            j = string(i, False)
            blank(i + 1, j - 1); i = j
        else:
            i += 1
    lits.sort(key=lambda l: l.start)
    return lits, "".join(masked)


def enclosing_call(masked, pos):
    """(name, opener): the innermost unclosed ( or [ before pos and the name before it."""
    depth = 0
    for k in range(pos - 1, -1, -1):
        c = masked[k]
        if c in ")]}":
            depth += 1
        elif c in "([{":
            if depth:
                depth -= 1
                continue
            if c == "{":
                return None, "{"
            m = re.search(r'([@#]?[A-Za-z_][\w.]*)\s*$', masked[:k])
            name = m.group(1).lstrip("@#").split(".")[-1] if m and c == "(" else None
            return name, c
    return None, None


# ---- sorting the literals ------------------------------------------------------------------------

def identifier_shaped(text):
    return not re.search(r'\s', text) and (re.search(r'[._/:$]', text) or re.search(r'[a-z][A-Z]', text))


def letters(lit):
    text = "".join(p for p in lit.parts if isinstance(p, str))
    return re.search(r'[A-Za-z]', re.sub(SPECIFIER, "", text.replace("%%", ""))) is not None


def classify(lit, src, masked, brand):
    """'localized', 'phrase', None (not text) or 'loose' (English outside a localizing API)."""
    if not letters(lit):
        return None
    plain = lit.english()
    if not lit.has_interp() and (identifier_shaped(plain) or plain == brand):
        return None
    before = masked[:lit.start].rstrip()
    after = masked[lit.end:].lstrip()
    name, opener = enclosing_call(masked, lit.start)
    label = None
    m = re.search(r'(\w+)\s*:\s*$', before)
    if m and before[:m.start(1)].rstrip()[-1:] in ("(", ","):
        label = m.group(1)
    if label in NOT_TEXT_LABELS or name in NOT_TEXT_CALLS:
        return None
    if lit.nested:
        return "loose"
    ends = after[:1] in (",", ")", "]", "") or after.startswith("\n") or re.match(r'^(\}|let\b|var\b|static\b|@)', after)
    if LOCALIZED_CONSTANT.search(before) and (after[:1] in ("\n", "}", "") or re.match(r'^(let|var|static|@|func|init)\b', after) or not after[:1] in "?+:"):
        return "localized"
    direct_first = before.endswith("(") and opener == "("
    if opener == "(" and ends and after[:1] in (",", ")"):
        if direct_first and name in POSITIONAL:
            return "localized"
        if label and (name, label) in LABELLED:
            return "localized"
    if name == "AppShortcut" or (opener == "[" and in_phrases(masked, lit.start)):
        return "phrase"
    return "loose"


def in_phrases(masked, pos):
    depth = 0
    for k in range(pos - 1, -1, -1):
        c = masked[k]
        if c == "]":
            depth += 1
        elif c == "[":
            if depth:
                depth -= 1
                continue
            return re.search(r'phrases\s*:\s*$', masked[:k]) is not None
    return False


def phrase_key(lit):
    def interp(src, _):
        src = src.strip()
        m = re.match(r'^\.applicationName$', src) or None
        if m:
            return "${applicationName}"
        m = re.match(r'^\\\.\$(\w+)$', src)
        return "${%s}" % (m.group(1) if m else src)
    return lit.english(interp)


def scan(files, brand):
    """{kind: [(literal, path, line)]} for kind in localized, phrase, loose."""
    found = {"localized": [], "phrase": [], "loose": []}
    for path in files:
        src = open(path, encoding="utf-8").read()
        lits, masked = lex(src)
        for lit in lits:
            kind = classify(lit, src, masked, brand)
            if kind:
                found[kind].append((lit, path, src.count("\n", 0, lit.start) + 1))
    return found


# ---- catalogues ----------------------------------------------------------------------------------

def load(path):
    if not os.path.exists(path):
        return {}
    with open(path, encoding="utf-8") as f:
        return json.load(f).get("strings", {})


def check_entry(key, entry, problems, where, english_specs=None):
    locs = entry.get("localizations", {})
    en_forms = strings_py.forms(locs["en"]) if "en" in locs else {"": key}
    want = strings_py.specs(en_forms.get("other", en_forms.get(""))) if english_specs is None else english_specs
    for lang in LANGUAGES:
        loc = locs.get(lang)
        if loc is None:
            problems.append(f"{where}: {key!r}: no {lang} translation")
            continue
        got = strings_py.forms(loc)
        if set(got) != {""} and set(got) != set(CATEGORIES[lang]):
            problems.append(f"{where}: {key!r}: {lang} needs the plural categories {CATEGORIES[lang]}, has {sorted(got)}")
        for unit in strings_py.walk_units(loc):
            if unit.get("state") != "translated":
                problems.append(f"{where}: {key!r}: {lang} is {unit.get('state')}")
        for category, text in got.items():
            have = strings_py.specs(text)
            if have != want:
                problems.append(f"{where}: {key!r}: {lang} {category or 'text'} has placeholders {have}, English {want}")


def value(entry, lang):
    loc = entry.get("localizations", {}).get(lang, {})
    return loc.get("stringUnit", {}).get("value")


def check_target(folder, files, brand, model, info_keys, problems):
    found = scan(files, brand)
    catalogue = load(os.path.join(folder, "Localizable.xcstrings"))
    name = os.path.basename(folder)
    used = set()
    for lit, path, line in found["loose"]:
        problems.append(f"{os.path.relpath(path, REPO)}:{line}: English not passed to a localizing API: {lit.english()!r} "
                        "(use one String(localized:) sentence with arguments, or a model word)")
    for lit, path, line in found["localized"]:
        where = f"{os.path.relpath(path, REPO)}:{line}"
        if lit.has_interp():
            pattern = re.compile(lit.pattern() + r'\Z', re.S)
            keys = [k for k in catalogue if pattern.match(k)]
        else:
            keys = [lit.english()] if lit.english() in catalogue else []
        if not keys:
            problems.append(f"{where}: {lit.english()!r} is not in {name}/Localizable.xcstrings")
            continue
        used.update(keys)
    for key in sorted(used):
        check_entry(key, catalogue[key], problems, f"{name}/Localizable.xcstrings")
        english = value(catalogue[key], "en") or key
        if english in model:
            for lang in LANGUAGES:
                if value(catalogue[key], lang) is not None and value(catalogue[key], lang) != model[english].get(lang):
                    problems.append(f"{name}/Localizable.xcstrings: {key!r}: {lang} {value(catalogue[key], lang)!r} differs from the model's "
                                    f"{model[english].get(lang)!r} for the same English")
    for key in sorted(set(catalogue) - used):
        problems.append(f"{name}/Localizable.xcstrings: {key!r} is not used by the {name} target's code")
    phrases = load(os.path.join(folder, "AppShortcuts.xcstrings"))
    phrase_used = set()
    for lit, path, line in found["phrase"]:
        key = phrase_key(lit)
        phrase_used.add(key)
        if key not in phrases:
            problems.append(f"{os.path.relpath(path, REPO)}:{line}: Siri phrase {key!r} is not in {name}/AppShortcuts.xcstrings")
            continue
        want = sorted(re.findall(r'\$\{\w+\}', key))
        for lang in LANGUAGES:
            text = value(phrases[key], lang)
            if text is None:
                problems.append(f"{name}/AppShortcuts.xcstrings: {key!r}: no {lang} translation")
            elif sorted(re.findall(r'\$\{\w+\}', text)) != want:
                problems.append(f"{name}/AppShortcuts.xcstrings: {key!r}: {lang} {text!r} must keep {want}")
    for key in sorted(set(phrases) - phrase_used):
        problems.append(f"{name}/AppShortcuts.xcstrings: {key!r} is not a phrase of the code")
    info = load(os.path.join(folder, "InfoPlist.xcstrings"))
    for key in info_keys:
        if key not in info:
            problems.append(f"{name}/InfoPlist.xcstrings: {key} (from project.yml) is missing")
        else:
            check_entry(key, info[key], problems, f"{name}/InfoPlist.xcstrings", english_specs={})
    return found, catalogue


def project_info(project):
    """target folder -> [NS...UsageDescription keys], and the product's display name."""
    keys, brand, target = {}, "Hearth", None
    for line in open(project, encoding="utf-8"):
        m = re.match(r'^\s*-?\s*path:\s*(App|Widget)\s*$', line)
        if m:
            target = m.group(1)
        m = re.match(r'^\s*(NS\w+UsageDescription)\s*:', line)
        if m and target:
            keys.setdefault(target, []).append(m.group(1))
        m = re.match(r'^\s*CFBundleDisplayName:\s*(\S.*?)\s*$', line)
        if m:
            brand = m.group(1)
    return keys, brand


def model_words():
    """English -> {lang: text} for the model catalogue's plain strings."""
    out = {}
    for key, entry in load(os.path.join(IOS, "Sources/HearthCore/Resources/Localizable.xcstrings")).items():
        en = value(entry, "en")
        if en is not None:
            out.setdefault(en, {lang: value(entry, lang) for lang in LANGUAGES})
    return out


def mood_names_match_core(problems, app_catalogue):
    src = open(os.path.join(IOS, "Sources/HearthAppModel/QuickCaptureCopy.swift"), encoding="utf-8").read()
    names = dict((int(n), w) for n, w in re.findall(r'(\d):\s*"([^"]+)"', re.search(r'moodNames[^\n]*', src).group(0)))
    for lang in LANGUAGES:
        ftl = open(os.path.join(REPO, "core/l10n", lang, "words.ftl"), encoding="utf-8").read()
        block = re.search(r'^mood-word = \{.*?^\}', ftl, re.S | re.M).group(0)
        core = {int(n): w.strip() for n, w in re.findall(r'\[(\d)\]\s*(.+)', block)}
        for n, english in names.items():
            got = value(app_catalogue.get(english, {}), lang)
            want = core.get(n, "")
            if got is None or got != want[:1].upper() + want[1:]:
                problems.append(f"App/Localizable.xcstrings: mood {n} {english!r}: {lang} {got!r}, the core says {want!r}")


def tab_named_as_in_model(problems, app_catalogue):
    """The first run sends people to the Support tab by name ("unter Hilfe", "en Apoyo")."""
    model = load(os.path.join(IOS, "Sources/HearthCore/Resources/Localizable.xcstrings"))
    body = model.get("firstRun.safetyBody", {})
    for lang in LANGUAGES:
        tab = value(app_catalogue.get("Support", {}), lang)
        if tab is None or tab not in (value(body, lang) or ""):
            problems.append(f"App/Localizable.xcstrings: the Support tab's {lang} name {tab!r} is not the one firstRun.safetyBody uses")


def check(ios=IOS, quiet=False, model=None, moods=True):
    info_keys, brand = project_info(os.path.join(ios, "project.yml")) if os.path.exists(os.path.join(ios, "project.yml")) else ({}, "Hearth")
    model = model_words() if model is None else model
    problems, counts = [], []
    for target in TARGETS:
        folder = os.path.join(ios, target)
        files = sorted(os.path.join(d, f) for d, _, fs in os.walk(folder) for f in fs if f.endswith(".swift"))
        found, catalogue = check_target(folder, files, brand, model, info_keys.get(target, []), problems)
        counts.append(f"{target}: {len(found['localized'])} literals ({len(catalogue)} keys), {len(found['phrase'])} Siri phrases, "
                      f"{len(info_keys.get(target, []))} Info.plist strings")
        if target == "App" and moods:
            mood_names_match_core(problems, catalogue)
            tab_named_as_in_model(problems, catalogue)
    if not quiet:
        for p in problems:
            print("view-strings.py:", p, file=sys.stderr)
        print(f"view-strings.py: {'; '.join(counts)}; {len(LANGUAGES)} translations each; {len(problems)} problems", file=sys.stderr)
    return problems


# ---- self-test: the check fails where it should -------------------------------------------------

FIXTURE_SWIFT = r'''
import SwiftUI
struct V: View {
    @AppStorage("someSetting") var on = false
    var body: some View {
        Text("Hello")                                  // in the catalogue
        Text("Missing words")                          // not in it
        Text("\(count) entries")                       // a plural, in it
        Button("Only German") { }                      // es missing
        Label("Bad placeholder \(name)", systemImage: "sun.max")
        Text(verbatim: "Not localized on purpose")
        Text(flag ? "Glued" : "pieces")                // English that never reaches a catalogue
        Image(systemName: "chevron.backward")
        Text("Hearth")
        Text(String(format: "%.1f", x))
        Text("Save")                                   // disagrees with the model
    }
}
struct S: AppShortcutsProvider {
    static var appShortcuts: [AppShortcut] {
        AppShortcut(intent: I(), phrases: ["Open \(.applicationName)", "Log \(\.$mood) in \(.applicationName)"],
                    shortTitle: "Hello", systemImageName: "sun.horizon")
    }
}
'''


def unit(lang_values):
    return {"localizations": {lang: {"stringUnit": {"state": "translated", "value": v}} for lang, v in lang_values.items()}}


def self_test():
    with tempfile.TemporaryDirectory() as tmp:
        for target in TARGETS:
            os.makedirs(os.path.join(tmp, target))
        open(os.path.join(tmp, "App", "V.swift"), "w").write(FIXTURE_SWIFT)
        open(os.path.join(tmp, "Widget", "W.swift"), "w").write('Text("Hello")\n')
        open(os.path.join(tmp, "project.yml"), "w").write(
            "targets:\n  Hearth:\n    sources:\n      - path: App\n    info:\n      properties:\n"
            "        CFBundleDisplayName: Hearth\n        NSFaceIDUsageDescription: Face ID keeps it private.\n"
            "  HearthWidget:\n    sources:\n      - path: Widget\n")
        plural = {"localizations": {
            "en": {"variations": {"plural": {c: {"stringUnit": {"state": "translated", "value": f"%lld {w}"}} for c, w in [("one", "entry"), ("other", "entries")]}}},
            "de": {"variations": {"plural": {c: {"stringUnit": {"state": "translated", "value": f"%lld {w}"}} for c, w in [("one", "Eintrag"), ("other", "Einträge")]}}},
            "es": {"variations": {"plural": {c: {"stringUnit": {"state": "translated", "value": f"%lld {w}"}} for c, w in [("one", "entrada"), ("other", "entradas")]}}},
        }}
        app = {"strings": {
            "Hello": unit({"en": "Hello", "de": "Hallo", "es": "Hola"}),
            "%lld entries": plural,
            "Only German": unit({"en": "Only German", "de": "Nur Deutsch"}),
            "Bad placeholder %@": unit({"en": "Bad placeholder %@", "de": "Falscher Platzhalter %lld", "es": "Marcador %@"}),
            "Save": unit({"en": "Save", "de": "Speichern!", "es": "Guardar"}),
            "Left over": unit({"en": "Left over", "de": "Übrig", "es": "Sobrante"}),
        }}
        json.dump(app, open(os.path.join(tmp, "App", "Localizable.xcstrings"), "w"))
        json.dump({"strings": {"Hello": unit({"en": "Hello", "de": "Hallo", "es": "Hola"})}},
                  open(os.path.join(tmp, "Widget", "Localizable.xcstrings"), "w"))
        json.dump({"strings": {"Open ${applicationName}": unit({"de": "Öffne ${applicationName}", "es": "Abre la app"})}},
                  open(os.path.join(tmp, "App", "AppShortcuts.xcstrings"), "w"))
        problems = check(tmp, quiet=True, model={"Save": {"de": "Sichern", "es": "Guardar"}}, moods=False)
        expected = [
            "'Missing words' is not in App/Localizable.xcstrings",
            "'Only German': no es translation",
            "'Bad placeholder %@': de text has placeholders",
            "English not passed to a localizing API: 'Glued'",
            "English not passed to a localizing API: 'pieces'",
            "'Save': de 'Speichern!' differs from the model's 'Sichern'",
            "'Left over' is not used",
            "Siri phrase 'Log ${mood} in ${applicationName}' is not in App/AppShortcuts.xcstrings",
            "'Open ${applicationName}': es 'Abre la app' must keep",
            "NSFaceIDUsageDescription (from project.yml) is missing",
            "'%lld entries': es needs the plural categories",
        ]
        missing = [e for e in expected if not any(e in p for p in problems)]
        unexpected = [p for p in problems if not any(e in p for e in expected)]
        for p in problems:
            print("  caught:", p, file=sys.stderr)
        if missing or unexpected:
            for e in missing:
                print("view-strings.py self-test: NOT caught:", e, file=sys.stderr)
            for p in unexpected:
                print("view-strings.py self-test: unexpected:", p, file=sys.stderr)
            return 1
        print(f"view-strings.py self-test: all {len(expected)} planted problems caught, nothing else", file=sys.stderr)
        return 0


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else ""
    if cmd == "check":
        sys.exit(1 if check() else 0)
    elif cmd == "self-test":
        sys.exit(self_test())
    elif cmd == "list" and len(sys.argv) == 3:
        folder = os.path.join(IOS, sys.argv[2])
        files = sorted(os.path.join(d, f) for d, _, fs in os.walk(folder) for f in fs if f.endswith(".swift"))
        _, brand = project_info(os.path.join(IOS, "project.yml"))
        for kind, items in scan(files, brand).items():
            for lit, path, line in items:
                print(f"{kind}\t{os.path.relpath(path, IOS)}:{line}\t{lit.english() if kind != 'phrase' else phrase_key(lit)}")
    else:
        sys.exit(__doc__)
