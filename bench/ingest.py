"""Print how fast reports are ingested into SQLite and PostgreSQL, and the store's size per 1,000 events.

    python bench/ingest.py                 # 5,000 generated reports, events coded with the reports
    python bench/ingest.py --extract 300   # also: the real extractor, end to end, on 300 of them
    python bench/ingest.py --no-postgres   # SQLite only

The corpus is generated: invented attacks in real towns, each told by one to four
outlets with different tolls, spellings and weekday dates, so about half the
reports merge into an event already stored. It is written as JSON Lines and read
back through ``ingest`` like any user's files; the events of each report are the
ones it was generated from, so the figure is the store's (reading, deduplication,
merge, commits), not the extractor's. PostgreSQL runs as a throwaway server with
its default durability (fsync on), one commit per article like SQLite.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from eventwire.ingest import Progress, ingest
from eventwire.record import Actor, Article, Event, Evidence, Location, Toll
from eventwire.store import open_store

ROOT = Path(__file__).resolve().parent.parent
PG_SCRIPT = ROOT / "scripts" / "pg_test_server.sh"

# (name, spellings, country, iso, admin1, latitude, longitude)
TOWNS = [
    ("Tuz Khurmatu", ["Tuz Khurmatu", "Tuz Khurmato", "Tooz Khormatu"], "Iraq", "IQ", "Salah ad Din", 34.888, 44.633),
    ("Kirkuk", ["Kirkuk", "Karkuk"], "Iraq", "IQ", "Kirkuk", 35.468, 44.392),
    ("Makhmur", ["Makhmour", "Makhmur", "Mexmur"], "Iraq", "IQ", "Erbil", 35.776, 43.580),
    ("Mosul", ["Mosul", "Mosel"], "Iraq", "IQ", "Nineveh", 36.335, 43.119),
    ("Baqubah", ["Baqubah", "Baquba"], "Iraq", "IQ", "Diyala", 33.746, 44.643),
    ("Damboa", ["Damboa"], "Nigeria", "NG", "Borno", 11.155, 12.756),
    ("Maiduguri", ["Maiduguri", "Maiduguiri"], "Nigeria", "NG", "Borno", 11.847, 13.157),
    ("Gwoza", ["Gwoza"], "Nigeria", "NG", "Borno", 11.083, 13.690),
    ("Mogadishu", ["Mogadishu", "Muqdisho", "Mogadiscio"], "Somalia", "SO", "Banadir", 2.037, 45.344),
    ("Baidoa", ["Baidoa", "Baydhabo"], "Somalia", "SO", "Bay", 3.114, 43.650),
    ("Kismayo", ["Kismayo", "Kismaayo"], "Somalia", "SO", "Lower Juba", -0.358, 42.545),
    ("Mandera", ["Mandera"], "Kenya", "KE", "Mandera", 3.937, 41.857),
    ("Peshawar", ["Peshawar", "Peshawer"], "Pakistan", "PK", "Khyber Pakhtunkhwa", 34.008, 71.578),
    ("Quetta", ["Quetta"], "Pakistan", "PK", "Balochistan", 30.184, 67.001),
    ("Gao", ["Gao"], "Mali", "ML", "Gao", 16.272, -0.044),
    ("Menaka", ["Menaka", "Ménaka"], "Mali", "ML", "Menaka", 15.918, 2.402),
]
ACTORS = {
    "IQ": ("Islamic State", ["Islamic State militants", "ISIS fighters", "Daesh gunmen"]),
    "NG": ("Boko Haram", ["Boko Haram insurgents", "Boko Haram fighters"]),
    "SO": ("Al Shabaab", ["Al-Shabaab militants", "al Shabaab fighters"]),
    "KE": ("Al Shabaab", ["Al-Shabaab militants", "al Shabaab fighters"]),
    "PK": ("Tehrik-i-Taliban Pakistan", ["Pakistani Taliban fighters", "TTP militants"]),
    "ML": ("JNIM", ["JNIM militants", "jihadists linked to JNIM"]),
}
OUTLETS = ["Northern Ledger", "Tigris Daily", "Frontline Wire", "Sahel Courier", "Horn Observer",
           "Indus Daily", "Lake Chad Monitor", "Coastal Observer", "Evening Dispatch", "Regional Wire"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NUMBERS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]


@dataclass
class Generated:
    article: Article
    event: Event


def generate(n_reports: int, seed: int = 1) -> list[Generated]:
    """Invented attacks told by one to four outlets each, until there are ``n_reports`` reports."""
    rng = random.Random(seed)
    start = date(2023, 1, 1)
    out: list[Generated] = []
    attack = 0
    while len(out) < n_reports:
        attack += 1
        name, spellings, country, iso, admin1, lat, lon = rng.choice(TOWNS)
        day = start + timedelta(days=rng.randrange(365))
        canonical, phrases = ACTORS[iso]
        toll = rng.randint(1, 9)
        location = Location(name=name, country=country, iso=iso, admin1=admin1, latitude=lat, longitude=lon,
                            geo_precision=1)
        for k in range(min(rng.choice((1, 1, 2, 3, 4)), n_reports - len(out))):
            published = day + timedelta(days=1 + k)
            killed = toll + k * rng.randint(0, 2)
            spelling, phrase = rng.choice(spellings), rng.choice(phrases)
            outlet = OUTLETS[(attack + k) % len(OUTLETS)]
            aid = f"gen-{attack:05d}-{k}"
            lead = f"{phrase.capitalize()} attacked an army post in {spelling} on {WEEKDAYS[day.weekday()]}"
            text = (f"{NUMBERS[min(killed, 12)].capitalize()} killed in {spelling} attack\n\n"
                    f"{lead}, killing {NUMBERS[min(killed, 12)]} soldiers, officials told {outlet} (report {aid}).")
            article = Article(id=aid, text=text, published=published, outlet=outlet,
                              url=f"https://example.org/{outlet.lower().replace(' ', '-')}/{aid}")
            body = text.index("\n\n") + 2
            when = f"on {WEEKDAYS[day.weekday()]}"
            at_when, at_place = text.index(when, body), text.index(spelling, body)
            event = Event(
                event_id=aid, event_type="Battles", sub_event_type="Armed clash", event_date=day.isoformat(),
                actor1=Actor(canonical, "rebel group", phrase),
                actor2=Actor(f"Military Forces of {country}", "state forces", "army post"),
                location=location, fatalities=Toll(killed, killed, killed),
                evidence=[Evidence("event_date", aid, at_when, at_when + len(when), when),
                          Evidence("location", aid, at_place, at_place + len(spelling), spelling)],
            )
            out.append(Generated(article, event))
    return out


def write_corpus(items: list[Generated], folder: Path) -> Path:
    path = folder / "corpus.jsonl"
    with open(path, "w", encoding="utf-8") as handle:
        for g in items:
            a = g.article
            handle.write(json.dumps({"id": a.id, "text": a.text, "published": a.published.isoformat(),
                                     "outlet": a.outlet, "url": a.url}) + "\n")
    return path


def measure(url: str, corpus: Path, events: dict[str, list[Event]]) -> dict:
    """Ingest the corpus into an empty store; return rate, counts and size."""
    with open_store(url) as store:
        started = time.perf_counter()
        summary = ingest([corpus], store, lambda a: events.get(a.id, []), Progress(1, enabled=False))
        seconds = time.perf_counter() - started
        counts = store.counts()
        size = store.size_bytes()
    return {"articles": summary.stored, "seconds": seconds, "rate": summary.stored / seconds,
            "events": counts["events"], "merged": summary.events_merged, "size": size,
            "per_1000": size / max(counts["events"], 1) * 1000, "failed": summary.failed}


def start_postgres(folder: Path) -> str | None:
    if not PG_SCRIPT.exists():
        return None
    os.chmod(folder, 0o711)
    run = subprocess.run([str(PG_SCRIPT), "start", str(folder / "pg")], capture_output=True, text=True, timeout=120)
    if run.returncode != 0:
        print(f"PostgreSQL: not measured ({run.stderr.strip().splitlines()[-1] if run.stderr.strip() else 'failed'})")
        return None
    return run.stdout.strip()


def show(label: str, r: dict) -> None:
    print(f"{label:<11} {r['rate']:8.1f} articles/s  ({r['articles']} articles in {r['seconds']:.1f} s;"
          f" {r['events']} events, {r['merged']} reports merged)  size {r['size'] / 1e6:.2f} MB"
          f" = {r['per_1000'] / 1e6:.2f} MB per 1,000 events")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reports", type=int, default=5000, help="generated reports (default 5000)")
    parser.add_argument("--no-postgres", action="store_true", help="measure SQLite only")
    parser.add_argument("--extract", type=int, default=0, metavar="N",
                        help="also time the real extractor end to end on N reports (SQLite)")
    args = parser.parse_args(argv)
    items = generate(args.reports)
    events = {g.article.id: [g.event] for g in items}
    print(f"corpus: {len(items)} generated reports of {len({g.event.event_date + g.event.location.name for g in items})}"
          f" invented attacks (some on the same day and town)")
    with tempfile.TemporaryDirectory(prefix="eventwire-bench-") as tmp:
        folder = Path(tmp)
        corpus = write_corpus(items, folder)
        show("SQLite", measure(str(folder / "bench.db"), corpus, events))
        if not args.no_postgres:
            url = start_postgres(folder)
            if url:
                try:
                    show("PostgreSQL", measure(url, corpus, events))
                finally:
                    subprocess.run([str(PG_SCRIPT), "stop", str(folder / "pg")], capture_output=True, timeout=120)
        if args.extract:
            from eventwire.pipeline import extract_article

            (folder / "small").mkdir()
            small = write_corpus(items[: args.extract], folder / "small")
            extract_article(Article("warm-up", "Gunmen killed two soldiers in Kirkuk on Monday.", date(2023, 1, 3)))
            with open_store(str(folder / "extract.db")) as store:
                started = time.perf_counter()
                summary = ingest([small], store, extract_article, Progress(1, enabled=False))
                seconds = time.perf_counter() - started
                n_events = store.counts()["events"]
            print(f"end to end  {summary.stored / seconds:8.1f} articles/s  (real extractor, SQLite, {summary.stored}"
                  f" articles in {seconds:.1f} s, {n_events} events)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
