"""Print extraction accuracy, field by field, on ACLED-coded development data.

    python bench/dev_accuracy.py                      # every file
    python bench/dev_accuracy.py --file acled_asia_2015.csv --limit 300
    python bench/dev_accuracy.py --failures fatalities  # print mismatches to study
    python bench/dev_accuracy.py --file acled_kenya_2004_2019.csv --failures subtype --want "Mob violence"

Each row of ``../shared/dev/*.csv`` is one event coded by a person: its notes are
the text, its event date the publication date. Of the events we extract from a
row, the one that best agrees with the coder is compared field by field.

Files in today's taxonomy (Kenya, Benin, Bangladesh) also name the sub-event type.
There the type and sub-type of the row's first event are compared with the coder's
(no event counts as wrong), and a confusion table shows, for each sub-type the
coders gave, how many rows we gave it and what we gave instead.

Old files (Asia, Africa) code by ACLED's pre-2019 types. Besides the primary figure, the
type is printed counting a crowd first side ("Rioters (Bangladesh)") as today's riot or
protest, and then also a political or communal militia's battle or violence against
civilians as a riot: the old codebook had no mob violence, so party activists' clashes and
villagers' beatings were coded as battles or violence against civilians.

Fatalities are compared as ``fatalities.low`` of that one event against the row's
figure: ACLED's figure is the conservative one, which is what ``low`` means, and a
row is one event, so summing over all our events would credit deaths of other acts
(background, earlier attacks) to this one. An unknown toll counts as 0, as ACLED codes
it. ``best`` and the sum are printed too, to show how much a split or a vague word costs.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from eventwire import extract_many
from eventwire.actors import canonical_name
from eventwire.places.geo import distance_km
from eventwire.record import Article, Event
from eventwire.resources import load


def _data_folder() -> Path:
    """``shared/dev`` beside the repository (or beside a folder above it, for a worktree kept deeper down)."""
    here = Path(__file__).resolve().parent.parent
    for folder in here.parents:
        if (folder / "shared" / "dev").is_dir():
            return folder / "shared" / "dev"
    return here.parent / "shared" / "dev"


DEV = _data_folder()
FILES = ["acled_asia_2015.csv", "acled_africa_2016.csv", "acled_kenya_2004_2019.csv", "acled_benin_2009_2022.csv",
         "acled_bangladesh_2022_2024.csv"]
FIELDS = ["type", "fatalities", "actor1", "location", "date", "noevent", "subtype"]
# Date formats of the files: old exports ("01-January-2015"), Kenya ("28-12-19"),
# Benin ("28 December 2022"), Bangladesh ("5-Aug-24").
DATE_FORMATS = ("%d-%B-%Y", "%Y-%m-%d", "%d/%m/%Y", "%d-%m-%y", "%d %B %Y", "%d-%b-%y")

# Pre-2019 ACLED event types and the top-level types they count as today.
OLD_TYPES = {
    "battle-no change of territory": {"Battles"},
    "battle-government regains territory": {"Battles"},
    "battle-non-state actors overtake territory": {"Battles"},
    "remote violence": {"Explosions/Remote violence"},
    "violence against civilians": {"Violence against civilians"},
    "riots/protests": {"Protests", "Riots"},
    "strategic development": {"Strategic developments"},
    "non-violent transfer of territory": {"Strategic developments"},
}

# Crowds as the first side of an old event: the type they make today.
CROWD_ACTORS = {"Rioters": "Riots", "Protesters": "Protests"}
# Old sides (ACLED's inter codes) whose fights and beatings today's codebook may call a
# crowd's: political militias (a party's activists, "Awami League Militia") and communal
# militias or vigilantes ("Vigilante Group (India)"). The old codebook had no mob violence,
# so it coded their clashes as battles and their beatings as violence against civilians.
MILITIA_INTERS = {"3", "4"}
OLD_VIOLENCE = {"battle-no change of territory", "violence against civilians"}


@dataclass
class Row:
    """One coded event: the text and the coder's answers."""

    n: int
    notes: str
    published: date | None
    types: set[str]
    actor1: str
    fatalities: int
    lat: float | None
    lon: float | None
    geo_precision: str
    sub_event_type: str = ""  # only in files of today's taxonomy
    types_remapped: set[str] | None = None  # old rows: types also counting a crowd first side as today's type
    types_militia: set[str] | None = None  # old rows: the above, and a militia's battle or violence as a riot


def _date(value: str) -> date | None:
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(value.strip(), fmt).date()
        except ValueError:
            continue
    return None


def _float(value: str) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def read_rows(path: Path) -> list[Row]:
    rows = []
    with path.open(encoding="utf-8", errors="replace", newline="") as fh:
        for n, raw in enumerate(csv.DictReader(fh), 1):
            r = {k.upper(): (v or "") for k, v in raw.items()}
            fat = r.get("FATALITIES", "").strip()
            etype = r.get("EVENT_TYPE", "").strip()
            types = set(OLD_TYPES.get(etype.lower(), {etype}))
            remapped = set(types)
            if etype.lower() in OLD_TYPES:
                # Old violence whose first side is a crowd is a riot or a protest in today's
                # taxonomy: a lynching by "Rioters (Bangladesh)" is mob violence. Printed apart,
                # the primary figure keeps the old mapping.
                remapped |= {today for word, today in CROWD_ACTORS.items() if r.get("ACTOR1", "").startswith(word)}
            militia = set(remapped)
            if etype.lower() in OLD_VIOLENCE and r.get("INTER1", "").strip() in MILITIA_INTERS:
                militia.add("Riots")  # party or communal militia: today's mob violence at most
            rows.append(Row(
                n=n, notes=r.get("NOTES", ""), published=_date(r.get("EVENT_DATE", "")),
                types=types, types_remapped=remapped, types_militia=militia,
                actor1=r.get("ACTOR1", ""), fatalities=int(fat) if fat.isdigit() else 0,
                lat=_float(r.get("LATITUDE")), lon=_float(r.get("LONGITUDE")),
                geo_precision=r.get("GEO_PRECISION", "").strip() or "?",
                sub_event_type=r.get("SUB_EVENT_TYPE", "").strip()))
    return rows


def _actor_key(name: str) -> str:
    """ACLED's name variants folded: regime years, a trailing "Militia" of party wings."""
    name = re.sub(r"\(\d{4}-\d{0,4}\)", "", name)
    name = re.sub(r"\s+Militia$", "", name.strip())
    name = re.sub(r"\bof the United States of America\b|\bof the United States\b", "of United States", name, flags=re.I)
    return canonical_name(name)


def _generic_names() -> set[str]:
    """Role names that say nothing without their country: "Police Forces", "Protesters"."""
    names = {r["name"] for r in load("actors")["roles"]}
    return {_actor_key(n.replace(" of {country}", "").replace(" ({country})", "")) for n in names}


def actor_matches(ours: str, theirs: str) -> bool:
    """The same actor, by name or alias. A generic role without the coder's country
    ("Police Forces" for "Police Forces of Nepal") is not counted: it could be anyone's."""
    a, b = _actor_key(ours), _actor_key(theirs)
    if not a or not b:
        return False
    if a == b:
        return True
    # A unit of a country's forces: "Military Forces of Libya (2016-) Presidential Guard".
    if re.search(r"\bforces of \w", a) and b.startswith(a + " "):
        return True
    # A faction the coder names after its group: "Boko Haram - Wilayat Gharb Ifriqiyyah".
    if " - " in theirs and _actor_key(theirs.split(" - ", 1)[0]) == a:
        return True
    # A named group the coder qualified with its country: "Southern Muslim Separatists (Thailand)".
    bare = re.sub(r"\s*\([^)]*\)$", "", theirs.strip())
    return "(" not in ours and a not in _generic_names() and _actor_key(bare) == a


def open_country(ours: str, theirs: str) -> bool:
    """A generic role whose country we left open, the coder's role otherwise: shown apart."""
    a = _actor_key(ours)
    return a in _generic_names() and _actor_key(re.sub(r"\s*(?:\([^)]*\)|\bof\b.*)$", "", theirs.strip())) == a


def distance(event: Event, row: Row) -> float | None:
    loc = event.location
    if loc is None or loc.latitude is None or row.lat is None or row.lon is None:
        return None
    return distance_km(loc.latitude, loc.longitude, row.lat, row.lon)


def acled_fatalities(event: Event) -> int:
    """Our toll as ACLED codes it: the conservative figure, 0 where the report gives none."""
    return event.fatalities.low if event.fatalities else 0


def _toll(event: Event) -> str:
    f = event.fatalities
    return "unknown" if f is None else f"{f.low}/{f.best}"


def checks(event: Event, row: Row) -> dict[str, bool]:
    d = distance(event, row)
    return {
        "type": event.event_type in row.types,
        "fatalities": acled_fatalities(event) == row.fatalities,
        "actor1": event.actor1 is not None and actor_matches(event.actor1.name, row.actor1),
        "location": d is not None and d <= 25,
        "date": bool(row.published) and event.event_date == row.published.isoformat(),
    }


def best_match(events: list[Event], row: Row) -> Event | None:
    """The event that agrees with the coder on most fields; the first on a tie."""
    if not events:
        return None
    return max(events, key=lambda e: sum(checks(e, row).values()))


def describe(event: Event | None) -> str:
    if event is None:
        return "(no event)"
    loc = event.location
    where = f"{loc.name} [{loc.geo_precision}] ({loc.latitude},{loc.longitude})" if loc else "-"
    return (f"{event.event_type}/{event.sub_event_type}; {event.actor1.name if event.actor1 else '-'}"
            f" -> {event.actor2.name if event.actor2 else '-'}; killed {_toll(event)}; {where}; {event.event_date}")


def confusion_table(confusion: dict[str, Counter[str]]) -> list[str]:
    """Markdown lines: per coder sub-type, rows, right, share, and what we gave instead."""
    lines = ["| sub-event type (coder) | rows | right | share | given instead (most often first) |",
             "|---|---:|---:|---:|---|"]
    for sub, given in sorted(confusion.items(), key=lambda kv: (-sum(kv[1].values()), kv[0])):
        rows, right = sum(given.values()), given[sub]
        instead = ", ".join([f"{k} {v}" for k, v in given.most_common() if k != sub][:3])
        lines.append(f"| {sub} | {rows} | {right} | {right / rows:.2f} | {instead} |")
    return lines


def evaluate(path: Path, limit: int | None, failures: str | None, batch: int, want: str | None = None) -> None:
    rows = read_rows(path)[:limit] if limit else read_rows(path)
    started = time.time()
    articles = [Article(id=f"{path.stem}-{r.n}", text=r.notes, published=r.published) for r in rows]
    results = extract_many(articles, batch_size=batch)
    seconds = time.time() - started

    hits: Counter[str] = Counter()
    near: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # precision -> [rows, <=25km, <=10km]
    noevent = placed3 = events_total = best_hits = sum_hits = open_hits = remapped_hits = militia_hits = 0
    first_type = 0
    confusion: dict[str, Counter[str]] = defaultdict(Counter)  # coder's sub-type -> ours (of the first event)
    for row, events in zip(rows, results):
        events_total += len(events)
        if row.sub_event_type:
            first = events[0] if events else None
            first_type += first is not None and first.event_type in row.types
            confusion[row.sub_event_type][first.sub_event_type if first else "(no event)"] += 1
            if failures == "subtype" and (first is None or first.sub_event_type != row.sub_event_type) \
                    and want in (None, row.sub_event_type):
                print(f"--- row {row.n}: want {row.sub_event_type}\n    got  {describe(first)}\n    {row.notes[:700]!r}\n")
        event = best_match(events, row)
        bucket = near[row.geo_precision]
        bucket[0] += 1
        if event is None:
            noevent += 1
            if failures == "noevent":
                print(f"--- row {row.n}: {row.notes[:600]!r}\n")
            continue
        got = checks(event, row)
        hits.update(k for k, v in got.items() if v)
        remapped_hits += event.event_type in (row.types_remapped or row.types)
        militia_hits += event.event_type in (row.types_militia or row.types)
        open_hits += event.actor1 is not None and not got["actor1"] and open_country(event.actor1.name, row.actor1)
        best_hits += (event.fatalities.best if event.fatalities else 0) == row.fatalities
        sum_hits += sum(acled_fatalities(e) for e in events) == row.fatalities
        d = distance(event, row)
        bucket[1] += d is not None and d <= 25
        bucket[2] += d is not None and d <= 10
        placed3 += event.location is not None and event.location.geo_precision == 3
        if failures in got and not got[failures]:
            wanted = {"type": "/".join(sorted(row.types)), "fatalities": row.fatalities, "date": row.published,
                      "actor1": row.actor1, "location": f"({row.lat},{row.lon}) prec {row.geo_precision}"}
            print(f"--- row {row.n}: want {wanted[failures]}\n    got  {describe(event)}"
                  f"\n    {row.notes[:700]!r}\n")

    n = len(rows)
    found = n - noevent

    def share(k: int, of: int) -> str:
        return f"{k / of:.3f} ({k}/{of})" if of else "-"

    print(f"== {path.name}: {n} rows, {events_total} events, {seconds:.0f}s")
    print(f"  no event found            {share(noevent, n)}")
    print(f"  event type                {share(hits['type'], n)}")
    if remapped_hits != hits["type"]:
        print(f"    (crowd actor1 as Riots/Protests){share(remapped_hits, n)}")
    if militia_hits != remapped_hits:
        print(f"    (and militia actor1 as Riots) {share(militia_hits, n)}")
    print(f"  fatalities exact (low)    {share(hits['fatalities'], n)}")
    print(f"    (best)                  {share(best_hits, n)}")
    print(f"    (sum of low, all events){share(sum_hits, n)}")
    print(f"  actor1                    {share(hits['actor1'], n)}")
    print(f"    (role right, no country){share(open_hits, n)}")
    print(f"  event date exact          {share(hits['date'], n)}")
    print(f"  location within 25 km     {share(sum(b[1] for b in near.values()), n)}")
    print(f"  location within 10 km     {share(sum(b[2] for b in near.values()), n)}")
    for p in sorted(near):
        rows_p, k25, k10 = near[p]
        print(f"    coder precision {p}: 25 km {share(k25, rows_p)}  10 km {share(k10, rows_p)}")
    print(f"  placed at precision 3     {share(placed3, found)}")
    print(f"  events per row            {events_total / n:.2f}" if n else "")
    if confusion:
        right = sum(c[sub] for sub, c in confusion.items())
        print(f"  event type, first event   {share(first_type, n)}")
        print(f"  sub-event type, first event {share(right, n)}")
        print("\n".join(confusion_table(confusion)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", choices=FILES, help="one file only")
    parser.add_argument("--limit", type=int, help="first N rows of each file")
    parser.add_argument("--failures", choices=FIELDS, help="print the rows a field gets wrong")
    parser.add_argument("--want", help="with --failures subtype: only rows the coder gave this sub-type")
    parser.add_argument("--batch", type=int, default=64)
    args = parser.parse_args(argv)
    if not DEV.is_dir():
        print(f"skipped: no development data at {DEV}")
        return 0
    for name in [args.file] if args.file else FILES:
        if not (DEV / name).exists():
            print(f"skipped: {name} not found in {DEV}")
            continue
        evaluate(DEV / name, args.limit, args.failures, args.batch, args.want)
    return 0


if __name__ == "__main__":
    sys.exit(main())
