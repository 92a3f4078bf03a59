"""Print how close the extractor's places come to coders' coordinates, per precision.

    python bench/dev_places.py                     # both dev files under ../shared/dev
    python bench/dev_places.py FILE.csv --limit 300 --misses 20

For each coded row the report text (NOTES) is extracted; the first event with a
location is compared with the row's LATITUDE/LONGITUDE. Rows are split by the
coders' GEO_PRECISION. "p3 share" is the share of placed rows the extractor put
at precision 3. Skips cleanly when the dev data is absent.

``--ceiling`` adds what the gazetteer allows at best on rows of coder precision
1 or 2: the share where any candidate of any capitalised phrase of the notes
lies within 25 km of the coder's point (a perfect choice among all readings),
and the share where the coder's own LOCATION name has a candidate that close.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

from dev_accuracy import DEV, FILES, _date  # the same files and date formats as the accuracy report

from eventwire.countries import acled_country_name, country_name
from eventwire.pipeline import extract_many
from eventwire.places import Gazetteer, distance_km
from eventwire.places.names import split_kind
from eventwire.record import Article


def rows_of(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return [{k.upper(): v for k, v in r.items()} for r in csv.DictReader(f)]


_WORD = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|&|and|of|al|el))*")


def phrases(text: str, longest: int = 4) -> set[str]:
    """Every run of up to ``longest`` words inside the capitalised runs of a text."""
    found: set[str] = set()
    for m in _WORD.finditer(text):
        words = m.group(0).split()
        for i in range(len(words)):
            for j in range(i + 1, min(len(words), i + longest) + 1):
                if words[i][:1].isupper() and words[j - 1][:1].isupper():
                    found.add(" ".join(words[i:j]))
    return found


def country_iso(name: str) -> str:
    """ISO code of a country as a coder names it ("Ivory Coast", "Democratic Republic of Congo"),
    so that spellings do not count as different countries; "" when unknown."""
    import pycountry

    name = name.strip()
    for iso in (c.alpha_2 for c in pycountry.countries):
        if name in (country_name(iso), acled_country_name(iso)):
            return iso
    try:
        return pycountry.countries.lookup(name).alpha_2
    except LookupError:
        return ""


def near_any(gaz: Gazetteer, names: set[str], lat: float, lon: float, km: float = 25) -> bool:
    """Whether some candidate of some name lies within ``km`` of the point."""
    for name in names:
        for key in {name, split_kind(name)[0]}:
            for c in gaz.lookup(key) if key else ():
                p = c.place
                if p.latitude is not None and distance_km(lat, lon, p.latitude, p.longitude) <= km:
                    return True
    return False


def near_names(gaz: Gazetteer, names: set[str], lat: float, lon: float, km: float = 25) -> list[str]:
    """The names with some candidate within ``km`` of the point, with that candidate's country."""
    found = []
    for name in sorted(names, key=len, reverse=True):
        for key in {name, split_kind(name)[0]}:
            for c in gaz.lookup(key) if key else ():
                p = c.place
                if p.latitude is not None and distance_km(lat, lon, p.latitude, p.longitude) <= km:
                    found.append(f"{name}={p.name}/{p.country}/{p.kind}{'~' if c.phonetic else ''}")
                    break
            else:
                continue
            break
    return found


def ceiling(rows: list[dict[str, str]]) -> tuple[int, int, int]:
    """(rows of coder precision 1 or 2, rows some reading of the notes reaches, rows the
    coder's own LOCATION name reaches)."""
    gaz = Gazetteer.default()
    n = text_hits = name_hits = 0
    for row in rows:
        if row["GEO_PRECISION"] not in ("1", "2"):
            continue
        lat, lon = float(row["LATITUDE"]), float(row["LONGITUDE"])
        n += 1
        text_hits += near_any(gaz, phrases(row["NOTES"]), lat, lon)
        name_hits += near_any(gaz, {row["LOCATION"]}, lat, lon)
    return n, text_hits, name_hits


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--limit", type=int, default=0, help="rows per file, spread evenly (0: all)")
    ap.add_argument("--misses", type=int, default=0, help="print this many misses (> 25 km)")
    ap.add_argument("--wrong-country", type=int, default=0,
                    help="print this many placed rows put in another country than the coder's")
    ap.add_argument("--gap", type=int, default=0,
                    help="print this many precision-1/2 misses where some reading of the notes was within 25 km")
    ap.add_argument("--countries", action="store_true", help="also print within-25-km shares per country")
    ap.add_argument("--ceiling", action="store_true",
                    help="also print the best any choice among the gazetteer's candidates could do")
    args = ap.parse_args(argv)
    files = args.files or [DEV / f for f in FILES]
    files = [f for f in files if f.is_file()]
    if not files:
        print("no dev data found; skipped", file=sys.stderr)
        return 0
    for path in files:
        rows = rows_of(path)
        if args.limit and args.limit < len(rows):
            step = len(rows) / args.limit
            rows = [rows[int(i * step)] for i in range(args.limit)]
        arts = [Article(id=f"r{i}", text=r["NOTES"], published=_date(r["EVENT_DATE"]),
                        outlet=r.get("SOURCE", "")) for i, r in enumerate(rows)]
        t0 = time.perf_counter()
        results = extract_many(arts)
        secs = time.perf_counter() - t0
        stats: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])  # n, placed, 10, 25, p3
        misses = []
        wrong_country = []
        by_country: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # rows, within 25, wrong country
        for row, events in zip(rows, results):
            loc = next((e.location for e in events if e.location and e.location.latitude is not None), None)
            s = stats[row["GEO_PRECISION"]]
            s[0] += 1
            if loc is None:
                misses.append((row, None, None))
                continue
            s[1] += 1
            d = distance_km(float(row["LATITUDE"]), float(row["LONGITUDE"]), loc.latitude, loc.longitude)
            s[2] += d <= 10
            s[3] += d <= 25
            s[4] += loc.geo_precision == 3
            c = by_country[row["COUNTRY"]]
            c[0] += 1
            c[1] += d <= 25
            c[2] += loc.iso.upper() != country_iso(row["COUNTRY"])
            if loc.iso.upper() != country_iso(row["COUNTRY"]):
                wrong_country.append((row, loc))
            if d > 25:
                misses.append((row, loc, d))
        print(f"{path.name}: {len(rows)} rows in {secs:.0f}s")
        print("  coder_prec  rows  placed  within10  within25  p3_share")
        tot = [0] * 5
        for prec in sorted(stats):
            s = stats[prec]
            tot = [a + b for a, b in zip(tot, s)] if prec in ("1", "2") else tot
            print(f"  {prec:>10} {s[0]:5d} {s[1] / s[0]:7.2f} {s[2] / s[0]:9.2f} {s[3] / s[0]:9.2f}"
                  f" {s[4] / max(s[1], 1):9.2f}")
        if tot[0]:
            print(f"  {'1+2':>10} {tot[0]:5d} {tot[1] / tot[0]:7.3f} {tot[2] / tot[0]:9.3f} {tot[3] / tot[0]:9.3f}"
                  f" {tot[4] / max(tot[1], 1):9.3f}")
        if args.ceiling:
            n, text_hits, name_hits = ceiling(rows)
            if n:
                print(f"  ceiling (1+2, {n} rows): some phrase of the notes within 25 km {text_hits / n:.3f},"
                      f" the coder's LOCATION name within 25 km {name_hits / n:.3f}")
        placed = sum(c[0] for c in by_country.values())
        wrong = sum(c[2] for c in by_country.values())
        print(f"  placed rows in another country than the coder's: {wrong / max(placed, 1):.3f} ({wrong}/{placed})")
        if args.countries:
            for name, (n, near, wrong) in sorted(by_country.items(), key=lambda kv: -kv[1][0]):
                print(f"  {name:>24}: {n:4d} placed, {near / n:.2f} within 25 km, {wrong / n:.2f} wrong country")
        for row, loc, d in misses[: args.misses]:
            got = f"{loc.name} [{loc.text}] p{loc.geo_precision} {d:.0f} km" if loc else "none"
            print(f"  - {row['LOCATION']} ({row['ADMIN1']}, {row['COUNTRY']}, p{row['GEO_PRECISION']}) got {got}")
        if args.gap:
            gaz = Gazetteer.default()
            shown = 0
            for row, loc, d in misses:
                if shown >= args.gap or row["GEO_PRECISION"] not in ("1", "2"):
                    continue
                lat, lon = float(row["LATITUDE"]), float(row["LONGITUDE"])
                near = near_names(gaz, phrases(row["NOTES"]), lat, lon)
                if not near:
                    continue
                shown += 1
                got = f"{loc.name}/{loc.iso} [{loc.text}] p{loc.geo_precision} {d:.0f} km" if loc else "none"
                print(f"  g {row['LOCATION']} ({row['COUNTRY']}) got {got}; near: {', '.join(near[:4])}"
                      f"\n      {row['NOTES'][:300]!r}")
        for row, loc in wrong_country[: args.wrong_country]:
            print(f"  x {row['LOCATION']} ({row['COUNTRY']}) got {loc.name} [{loc.text}] ({loc.country})"
                  f"\n      {row['NOTES'][:400]!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
