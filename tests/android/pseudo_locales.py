#!/usr/bin/env python3
"""Generates Android's pseudo-locales from the app's English strings (issue #22).

AGP writes values-en-rXA and values-ar-rXB when a build type sets
pseudoLocalesEnabled; there is no AGP here, so tests/android/run.sh calls this and
compiles the result with the app's resources. Generated, never committed.

    pseudo_locales.py <res dir> <out res dir>

For every values/strings*.xml, each <string>, <plurals> item and <string-array> item
(not translatable="false") becomes, as Android's pseudo-localizer does it:
  en-XA: letters accented, about 40% longer (plain filler words), wrapped in [ ];
  ar-XB: each word wrapped in RIGHT-TO-LEFT OVERRIDE ... POP DIRECTIONAL FORMATTING
         (U+202E ... U+202C) with RIGHT-TO-LEFT MARKs around it, so text reads
         mirrored and the layout is right-to-left.
Format arguments (%1$s, %d, %%), escapes (\\n, \\', \\", \\@, \\uXXXX) and markup
(<xliff:g>, <b>) are kept exactly; entities are re-encoded by the XML writer.
"""
import os
import re
import sys
import xml.etree.ElementTree as ET

ACCENTS = dict(zip(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅßÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ",
))
FILLER = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen".split()
# Kept as they are: format arguments, backslash escapes.
KEEP = re.compile(r"%(?:\d+\$)?[-#+ 0,(]*\d*(?:\.\d+)?[a-zA-Z%]|\\u[0-9a-fA-F]{4}|\\.")
RLO, PDF, RLM = "\u202e", "\u202c", "\u200f"
XLIFF = "urn:oasis:names:tc:xliff:document:1.2"
ET.register_namespace("xliff", XLIFF)


def pieces(text):
    """(kept, part) pairs: kept parts are format arguments and escapes."""
    out, pos = [], 0
    for m in KEEP.finditer(text):
        if m.start() > pos:
            out.append((False, text[pos:m.start()]))
        out.append((True, m.group()))
        pos = m.end()
    if pos < len(text):
        out.append((False, text[pos:]))
    return out


def accent(text):
    return "".join(p if kept else "".join(ACCENTS.get(c, c) for c in p) for kept, p in pieces(text))


def bidi(text):
    def words(p):
        return re.sub(r"\S+", lambda m: RLM + RLO + m.group() + PDF + RLM, p)
    return "".join(p if kept else words(p) for kept, p in pieces(text))


def chunks(el):
    """The element's text pieces in order, as (owner, attribute) to rewrite in place."""
    out = [(el, "text")]
    for child in el:
        if child.tag != "{%s}g" % XLIFF:  # an xliff:g's content is a placeholder: kept
            out.extend(chunks(child))
        out.append((child, "tail"))
    return out


def letters(el):
    return sum(len(re.findall(r"[A-Za-z]", "".join(p for k, p in pieces(getattr(o, a) or "") if not k))) for o, a in chunks(el))


def pseudo(el, mode):
    parts = chunks(el)
    if mode == "en-XA":
        n = letters(el)
        for o, a in parts:
            if getattr(o, a):
                setattr(o, a, accent(getattr(o, a)))
        pad, words = [], iter(FILLER * 4)
        while n and sum(len(w) + 1 for w in pad) < n * 0.4:
            pad.append(next(words))
        first, last = parts[0], parts[-1]
        setattr(first[0], first[1], "[" + (getattr(first[0], first[1]) or ""))
        setattr(last[0], last[1], (getattr(last[0], last[1]) or "") + (" " + " ".join(pad) if pad else "") + "]")
    else:
        for o, a in parts:
            if getattr(o, a):
                setattr(o, a, bidi(getattr(o, a)))


def translatable(el):
    return el.get("translatable", "true") != "false"


def convert(src, dst, mode):
    tree = ET.parse(src)
    root = tree.getroot()
    for el in list(root):
        if el.tag not in ("string", "plurals", "string-array") or not translatable(el):
            # Colours and styles stay in values/; AGP's pseudo-locales leave
            # translatable="false" strings to the default too.
            root.remove(el)
            continue
        if el.tag == "string":
            pseudo(el, mode)
        elif el.tag in ("plurals", "string-array"):
            for item in el.findall("item"):
                pseudo(item, mode)
    os.makedirs(os.path.dirname(dst), exist_ok=True)
    tree.write(dst, encoding="utf-8", xml_declaration=True)


def main(res, out):
    values = os.path.join(res, "values")
    names = sorted(f for f in os.listdir(values) if re.fullmatch(r"strings.*\.xml", f))
    for folder, mode in (("values-en-rXA", "en-XA"), ("values-ar-rXB", "ar-XB")):
        for f in names:
            convert(os.path.join(values, f), os.path.join(out, folder, f), mode)
    print("pseudo-locales: %d string files -> values-en-rXA, values-ar-rXB" % len(names))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
