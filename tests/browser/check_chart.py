#!/usr/bin/env python3
"""Checks that a screenshot of the clinician summary shows the mood chart.

Usage: check_chart.py SCREENSHOT.png [R,G,B]

Decodes the PNG with the standard library only (zlib; no PIL), finds the pixels of
the chart's stroke colour (#1b6ca8, used nowhere else on the page) and requires a
line's worth of them spread across the chart's width. Exits 1 when the chart is not
drawn, for example when the <svg> is missing.
"""
import struct
import sys
import zlib

TOLERANCE = 24  # per channel, for anti-aliased edges
MIN_PIXELS = 400  # a 3-px line and markers over many days give thousands
MIN_WIDTH = 300  # the line spans the plot, not one stray spot
MIN_HEIGHT = 20  # and moves up and down with the mood


def read_png(path):
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG file")
    pos, idat, header = 8, [], None
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        body = data[pos + 8 : pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"IEND":
            break
    width, height, depth, ctype, _, _, interlace = header
    if depth != 8 or ctype not in (2, 6) or interlace != 0:
        raise ValueError(f"unsupported PNG: depth {depth}, colour type {ctype}, interlace {interlace}")
    bpp = 3 if ctype == 2 else 4
    raw = zlib.decompress(b"".join(idat))
    stride = width * bpp
    rows, prev = [], bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        ftype, line = raw[start], bytearray(raw[start + 1 : start + 1 + stride])
        if ftype == 1:
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 0xFF
        elif ftype == 2:
            line = bytearray((a + b) & 0xFF for a, b in zip(line, prev))
        elif ftype == 3:
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + ((left + prev[i]) >> 1)) & 0xFF
        elif ftype == 4:
            for i in range(stride):
                a = line[i - bpp] if i >= bpp else 0
                b = prev[i]
                c = prev[i - bpp] if i >= bpp else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[i] = (line[i] + pred) & 0xFF
        elif ftype != 0:
            raise ValueError(f"bad PNG filter {ftype} on row {y}")
        rows.append(line)
        prev = line
    return width, height, bpp, rows


def main():
    path = sys.argv[1]
    want = tuple(int(x) for x in (sys.argv[2] if len(sys.argv) > 2 else "27,108,168").split(","))
    width, height, bpp, rows = read_png(path)
    xs, ys = [], []
    for y, line in enumerate(rows):
        for x in range(width):
            i = x * bpp
            if all(abs(line[i + k] - want[k]) <= TOLERANCE for k in range(3)):
                xs.append(x)
                ys.append(y)
    if len(xs) < MIN_PIXELS:
        print(f"FAIL: {len(xs)} chart-coloured pixels in {path} (need {MIN_PIXELS}); the chart was not drawn")
        return 1
    w, h = max(xs) - min(xs) + 1, max(ys) - min(ys) + 1
    if w < MIN_WIDTH or h < MIN_HEIGHT:
        print(f"FAIL: the chart colour covers only {w}x{h} px (need {MIN_WIDTH}x{MIN_HEIGHT})")
        return 1
    print(
        f"ok: chart drawn: {len(xs)} pixels of rgb{want} in a {w}x{h} box "
        f"at ({min(xs)},{min(ys)}) of a {width}x{height} screenshot"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
