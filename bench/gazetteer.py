"""Print how fast the gazetteer looks names up and resolves place mentions.

    python bench/gazetteer.py [--names 5000] [--path STORE]

Names are drawn from the store itself (main names and alternate spellings of
towns, districts and provinces, plus misspelt and unknown words), so the
figures hold for any store. "cold" is a first lookup of a name (SQLite
queries); "warm" repeats it (the per-process cache); "resolve" places one
event's mentions against an article's worth of context names, after a warm-up.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import time
from pathlib import Path

from eventwire.places import Gazetteer, PlaceMention
from eventwire.places.build import ensure_store


def sample_names(path: Path, n: int, seed: int = 7) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    total = conn.execute("SELECT MAX(rowid) FROM place").fetchone()[0]
    rng = random.Random(seed)
    names: list[str] = []
    while len(names) < n:
        rowid = rng.randint(1, total)
        row = conn.execute("SELECT name FROM place WHERE rowid = ?", (rowid,)).fetchone()
        if not row:
            continue
        name = row[0]
        roll = rng.random()
        if roll < 0.15:  # a spelling the store may only know phonetically
            name = name.replace("ou", "u").replace("kh", "x")
        elif roll < 0.25:  # a capitalised word that is no place
            name = rng.choice(["Tuesday", "Police", "Ministry", "Said", "Bus", "Xqzv"])
        names.append(name)
    conn.close()
    return names


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--names", type=int, default=5000)
    ap.add_argument("--path", type=Path, help="store file (default: the default store)")
    args = ap.parse_args(argv)
    path = args.path or ensure_store()
    names = sample_names(path, args.names)
    gaz = Gazetteer(path)
    gaz.lookup("Kirkuk")  # open the connection

    t0 = time.perf_counter()
    for name in names:
        gaz.lookup(name)
    cold = time.perf_counter() - t0
    t0 = time.perf_counter()
    for name in names:
        gaz.lookup(name)
    warm = time.perf_counter() - t0

    # One article: 40 context names; events of 1-4 mentions each.
    rng = random.Random(11)
    events = [[PlaceMention(rng.choice(names), 0, 1, rng.choice(["", "near"]))
               for _ in range(rng.randint(1, 4))] for _ in range(len(names) // 4)]
    context = names[:40]
    for mentions in events:  # warm-up: the first sight of each spelling queries the store
        gaz.resolve(mentions, context=context)
    t0 = time.perf_counter()
    n_mentions = 0
    for mentions in events:
        gaz.resolve(mentions, context=context)
        n_mentions += len(mentions)
    resolve = time.perf_counter() - t0

    print(f"store: {path}")
    print(f"cold lookups: {len(names) / cold:10,.0f} /s  ({1000 * cold / len(names):.3f} ms each)")
    print(f"warm lookups: {len(names) / warm:10,.0f} /s  ({1000 * warm / len(names):.4f} ms each)")
    print(f"resolve:      {n_mentions / resolve:10,.0f} mentions/s  ({1000 * resolve / n_mentions:.3f} ms each)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
