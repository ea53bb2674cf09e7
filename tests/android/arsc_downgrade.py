#!/usr/bin/env python3
"""Rewrite an Android 15 framework resources.arsc so Debian's aapt2 (2.19, Android 10) reads it.

Why: `aapt2 link -I android-all-15.jar` loads the jar but then finds no `android:` attribute
at all ("attribute android:label not found"). Android 14 (API 34) started writing *compact*
entries (ResTable_entry.flags & FLAG_COMPACT, 8 bytes: uint16 key, uint16 flags|type<<8,
uint32 data) and Android 15 (API 35) *16-bit offsets* (ResTable_type.flags & FLAG_OFFSET16).
aapt2 2.19 knows neither. The API 35 framework table uses both; this script expands them
into the older, equivalent encoding (full ResTable_entry + Res_value, 32-bit offsets), byte
for byte the same resources otherwise. Sparse type chunks stay sparse.

usage: arsc_downgrade.py IN_JAR_OR_ARSC OUT_APK
  OUT_APK is a zip holding the rewritten resources.arsc and the jar's AndroidManifest.xml,
  usable as `aapt2 link -I OUT_APK`.
"""
import os
import struct
import sys
import zipfile

RES_TABLE_TYPE = 0x0002
RES_TABLE_PACKAGE_TYPE = 0x0200
RES_TABLE_TYPE_TYPE = 0x0201

FLAG_SPARSE = 0x01
FLAG_OFFSET16 = 0x02

ENTRY_FLAG_COMPLEX = 0x0001
ENTRY_FLAG_COMPACT = 0x0008

NO_ENTRY32 = 0xFFFFFFFF
NO_ENTRY16 = 0xFFFF


def entry_length(d, p):
    """Length in bytes of the full (non-compact) entry at p, including its value(s)."""
    size, flags = struct.unpack_from("<HH", d, p)
    if flags & ENTRY_FLAG_COMPLEX:
        count = struct.unpack_from("<I", d, p + 12)[0]  # ResTable_map_entry.count
        return size + count * 12  # ResTable_map = name(4) + Res_value(8)
    value_size = struct.unpack_from("<H", d, p + size)[0]
    return size + value_size


def convert_type_chunk(d, p, stats):
    """Return the bytes of the type chunk at p, with compact entries and 16-bit offsets expanded."""
    _, header_size, chunk_size = struct.unpack_from("<HHI", d, p)
    type_id, flags, reserved, count, entries_start = struct.unpack_from("<BBHII", d, p + 8)
    sparse = bool(flags & FLAG_SPARSE)
    offsets = []  # per slot: (index-or-slot, byte offset or None)
    base = p + header_size
    for i in range(count):
        if sparse:
            idx, off = struct.unpack_from("<HH", d, base + 4 * i)
            offsets.append((idx, off * 4))
        elif flags & FLAG_OFFSET16:
            off = struct.unpack_from("<H", d, base + 2 * i)[0]
            offsets.append((i, None if off == NO_ENTRY16 else off * 4))
        else:
            off = struct.unpack_from("<I", d, base + 4 * i)[0]
            offsets.append((i, None if off == NO_ENTRY32 else off))

    entries = bytearray()
    moved = {}  # old offset -> new offset (compact tables share identical entries)
    for _, off in offsets:
        if off is None or off in moved:
            continue
        q = p + entries_start + off
        size_or_key, eflags = struct.unpack_from("<HH", d, q)
        moved[off] = len(entries)
        if eflags & ENTRY_FLAG_COMPACT:
            data = struct.unpack_from("<I", d, q + 4)[0]
            data_type = eflags >> 8
            low = eflags & 0xFF & ~ENTRY_FLAG_COMPACT
            # ResTable_entry{size=8, flags, key} + Res_value{size=8, res0=0, dataType, data}
            entries += struct.pack("<HHIHBBI", 8, low, size_or_key, 8, 0, data_type, data)
            stats["compact"] += 1
        else:
            n = entry_length(d, q)
            entries += d[q:q + n]
            stats["full"] += 1
        while len(entries) % 4:
            entries += b"\0"

    header = bytearray(d[p:p + header_size])
    new_flags = flags & ~FLAG_OFFSET16
    if sparse:
        if any(moved[off] // 4 > 0xFFFF for _, off in offsets):
            raise SystemExit("arsc_downgrade: sparse offset overflows 16 bits")
        table = b"".join(struct.pack("<HH", idx, moved[off] // 4) for idx, off in offsets)
    else:
        table = b"".join(
            struct.pack("<I", NO_ENTRY32 if off is None else moved[off]) for _, off in offsets)
    new_entries_start = header_size + len(table)
    new_size = new_entries_start + len(entries)
    struct.pack_into("<HHI", header, 0, RES_TABLE_TYPE_TYPE, header_size, new_size)
    struct.pack_into("<BBHII", header, 8, type_id, new_flags, reserved, count, new_entries_start)
    if flags & FLAG_OFFSET16:
        stats["offset16"] += 1
    return bytes(header) + table + bytes(entries)


def convert_package(d, p, stats):
    _, header_size, chunk_size = struct.unpack_from("<HHI", d, p)
    out = bytearray(d[p:p + header_size])
    q = p + header_size
    end = p + chunk_size
    # Keep the header's typeStrings/keyStrings offsets valid: they point at chunks that come
    # before any type chunk, which are copied unchanged.
    while q < end:
        ctype, _, csize = struct.unpack_from("<HHI", d, q)
        if ctype == RES_TABLE_TYPE_TYPE:
            out += convert_type_chunk(d, q, stats)
        else:
            out += d[q:q + csize]
        q += csize
    struct.pack_into("<I", out, 4, len(out))
    return bytes(out)


def convert(d):
    ctype, header_size, size = struct.unpack_from("<HHI", d, 0)
    if ctype != RES_TABLE_TYPE:
        raise SystemExit("arsc_downgrade: not a resource table")
    stats = {"compact": 0, "full": 0, "offset16": 0}
    out = bytearray(d[:header_size])
    q = header_size
    while q < size:
        t, _, csize = struct.unpack_from("<HHI", d, q)
        out += convert_package(d, q, stats) if t == RES_TABLE_PACKAGE_TYPE else d[q:q + csize]
        q += csize
    struct.pack_into("<I", out, 4, len(out))
    return bytes(out), stats


def main():
    src, dst = sys.argv[1], sys.argv[2]
    manifest = None
    if src.endswith(".arsc"):
        data = open(src, "rb").read()
    else:
        with zipfile.ZipFile(src) as z:
            data = z.read("resources.arsc")
            manifest = z.read("AndroidManifest.xml")
    out, stats = convert(data)
    with zipfile.ZipFile(dst + ".tmp", "w") as z:
        # resources.arsc stored uncompressed, as in a real APK.
        z.writestr(zipfile.ZipInfo("resources.arsc"), out, compress_type=zipfile.ZIP_STORED)
        if manifest is not None:
            z.writestr("AndroidManifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
    os.replace(dst + ".tmp", dst)
    print(f"arsc_downgrade: {stats['compact']} compact entries expanded, "
          f"{stats['offset16']} type chunks with 16-bit offsets widened -> {dst}")


if __name__ == "__main__":
    main()
