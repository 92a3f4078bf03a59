"""Print how far a report written all in capitals reads like the same report in mixed case.

    python bench/upper_case.py                       # 500 rows of each ACLED file
    python bench/upper_case.py --limit 200 --show 5

Each ACLED-coded note of ``../shared/dev`` is extracted twice, as written and upper-cased
(as wire services file copy), and the events compared field by field: how many, and for
the first event of each, its type, date, fatalities, place and first side. Agreement is
what truecasing (:mod:`eventwire.truecase`) is for; the coders' answers are not used.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter

from dev_accuracy import DEV, FILES, read_rows

from eventwire import extract_many
from eventwire.record import Article, Event

FIELDS = ["events", "type", "date", "fatalities", "place", "actor1"]


def summary(events: list[Event]) -> dict[str, object]:
    first = events[0] if events else None
    return {
        "events": len(events),
        "type": first and first.sub_event_type,
        "date": first and first.event_date,
        "fatalities": first and first.fatalities and first.fatalities.best,
        "place": first and first.location and first.location.name,
        "actor1": first and first.actor1 and first.actor1.name,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=500, help="first N rows of each file")
    parser.add_argument("--show", type=int, default=0, help="print N disagreements of each field")
    args = parser.parse_args(argv)
    if not DEV.is_dir():
        print(f"skipped: no development data at {DEV}")
        return 0
    for name in FILES:
        rows = read_rows(DEV / name)[:args.limit]
        mixed = [Article(id=f"m{r.n}", text=r.notes, published=r.published) for r in rows]
        upper = [Article(id=f"u{r.n}", text=r.notes.upper(), published=r.published) for r in rows]
        agree: Counter[str] = Counter()
        shown: Counter[str] = Counter()
        for row, a, b in zip(rows, extract_many(mixed), extract_many(upper)):
            sa, sb = summary(a), summary(b)
            for f in FIELDS:
                if sa[f] == sb[f]:
                    agree[f] += 1
                elif shown[f] < args.show:
                    shown[f] += 1
                    print(f"-- {name} row {row.n} {f}: mixed {sa[f]!r}, upper {sb[f]!r}")
        n = len(rows)
        print(f"== {name}: {n} rows, upper case agreeing with mixed case on")
        for f in FIELDS:
            print(f"  {f:12} {agree[f] / n:.3f} ({agree[f]}/{n})" if n else "")
    return 0


if __name__ == "__main__":
    sys.exit(main())
