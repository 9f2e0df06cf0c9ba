#!/usr/bin/env python3
"""Which pages a round's commits wrote, by B-tree: a reading of the WAL the round bench
keeps with `QB_BENCH_KEEP_WAL=DIR` (tests/benches/round.rs).

    python3 tests/benches/wal_pages.py DIR DECISIONS

Every frame of that WAL is one page one commit wrote (the round ran from an empty WAL
without checkpoints). A frame is credited to the B-tree that owns its page at the end of
the round (`dbstat` on a copy, so the kept WAL is left as it is) when the frame's own
header agrees on the kind of page; a page freed and taken by another B-tree meanwhile
(a case's state outgrowing its overflow pages) is counted as "moved" under the kind the
frame shows, an index leaf with the outline of its first key. B-trees under 0.005
pages per decision are left out. Standard library only.
"""

import collections
import os
import shutil
import sqlite3
import struct
import sys
import tempfile

# The first byte of a B-tree page (at offset 100 on page 1).
KINDS = {0x0D: "table leaf", 0x05: "table interior", 0x0A: "index leaf", 0x02: "index interior"}


def owners(db, wal):
    """Page number -> (B-tree name, its kind of page) at the end of the round, the kind as
    `kind_of` names it ("table leaf", "index interior", "overflow or free")."""
    with tempfile.TemporaryDirectory() as tmp:
        copy = os.path.join(tmp, "round.sqlite")
        shutil.copy(db, copy)
        shutil.copy(wal, copy + "-wal")
        con = sqlite3.connect(copy)
        try:
            indexes = {n for (n,) in con.execute("SELECT name FROM sqlite_schema WHERE type = 'index'")}
            out = {}
            for name, p, kind in con.execute("SELECT name, pageno, pagetype FROM dbstat"):
                tree = "index" if name in indexes else "table"
                out[p] = (name, "overflow or free" if kind == "overflow" else f"{tree} {'leaf' if kind == 'leaf' else 'interior'}")
            return out
        finally:
            con.close()


def frames(wal):
    """(page number, page bytes) of every valid frame, in order."""
    with open(wal, "rb") as f:
        _, _, page_size, _, salt1, salt2, _, _ = struct.unpack(">8I", f.read(32))
        while True:
            header = f.read(24)
            if len(header) < 24:
                return
            page, _, s1, s2 = struct.unpack(">4I", header[:16])
            if (s1, s2) != (salt1, salt2):
                return
            yield page, f.read(page_size)


def kind_of(page, data):
    return KINDS.get(data[100 if page == 1 else 0], "overflow or free")


def varint(b, i):
    v = 0
    for k in range(9):
        c = b[i]
        i += 1
        if k == 8:
            return (v << 8) | c, i
        v = (v << 7) | (c & 0x7F)
        if c < 0x80:
            return v, i
    return v, i


def key_shape(page, data):
    """An index leaf's first key, in outline: `(text app-…, text score:…, int)`."""
    off = 100 if page == 1 else 0
    if struct.unpack(">H", data[off + 3 : off + 5])[0] == 0:
        return "(empty)"
    cell = struct.unpack(">H", data[off + 8 : off + 10])[0]
    _, start = varint(data, cell)  # payload size
    header, i = varint(data, start)
    types = []
    while i < start + header:
        t, i = varint(data, i)
        types.append(t)
    body, parts = start + header, []
    for t in types:
        if t >= 13 and t % 2:
            text = data[body : body + (t - 13) // 2].decode("utf-8", "replace")
            body += (t - 13) // 2
            cut = min((text.find(c) for c in "-:." if c in text), default=len(text))
            parts.append(f"text {text[: max(cut, 1)]}…")
        elif t >= 12:
            body += (t - 12) // 2
            parts.append("blob")
        else:
            body += {0: 0, 1: 1, 2: 2, 3: 3, 4: 4, 5: 6, 6: 8, 7: 8}.get(t, 0)
            parts.append("null" if t == 0 else "real" if t == 7 else "int")
    return "(" + ", ".join(parts) + ")"


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    directory, decisions = sys.argv[1], int(sys.argv[2])
    db = os.path.join(directory, "round.sqlite")
    wal = db + "-wal"
    owner = owners(db, wal)
    by_tree, by_kind = collections.Counter(), collections.Counter()
    total = 0
    for page, data in frames(wal):
        total += 1
        kind = kind_of(page, data)
        by_kind[kind] += 1
        name, owner_kind = owner.get(page, ("?", "?"))
        if owner_kind != kind:
            # Another B-tree's page when this commit wrote it.
            name = "moved " + key_shape(page, data) if kind == "index leaf" else "moved"
        by_tree[(name, kind)] += 1
    print(f"{total} pages written for {decisions} decisions: {total / decisions:.2f} per decision")
    print("\nby kind of page:")
    for kind, n in by_kind.most_common():
        print(f"  {kind:20s} {n:9d} {100 * n / total:5.1f}%  {n / decisions:.3f} per decision")
    print("\nby B-tree:")
    for (name, kind), n in by_tree.most_common():
        if n / decisions < 0.005:
            continue
        print(f"  {name:40s} {kind:16s} {n:9d} {100 * n / total:5.1f}%  {n / decisions:.3f} per decision")


if __name__ == "__main__":
    main()
