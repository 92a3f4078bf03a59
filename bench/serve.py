"""Requests per second and latency of ``eventwire serve`` over a store of 100,000 events.

    python bench/serve.py                       # builds (once) a 100k-event store in the temp folder
    python bench/serve.py --events 20000 --requests 200 --seconds 10

The server runs as ``eventwire serve`` in a child process on 127.0.0.1; this process is the
load generator (a few keep-alive connections in threads). Every scenario stops after
``--requests`` requests or ``--seconds`` seconds, whichever comes first. Target: p95 under
100 ms for a filtered page of 100 events.
"""

from __future__ import annotations

import argparse
import http.client
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date, timedelta
from pathlib import Path

from eventwire.record import Actor, Article, Event, Evidence, Location, Source, Toll
from eventwire.store import open_store

PLACES = [  # (country, iso, admin1, lat, lon)
    ("Iraq", "IQ", "Kirkuk", 35.47, 44.39), ("Iraq", "IQ", "Erbil", 36.19, 44.01), ("Iraq", "IQ", "Ninawa", 36.34, 43.13),
    ("Syria", "SY", "Deir ez-Zor", 35.33, 40.14), ("Syria", "SY", "Idlib", 35.93, 36.63),
    ("Nigeria", "NG", "Borno", 11.85, 13.16), ("Mali", "ML", "Mopti", 14.49, -4.20), ("Somalia", "SO", "Banaadir", 2.04, 45.34),
    ("Yemen", "YE", "Taizz", 13.58, 44.02), ("Afghanistan", "AF", "Kabul", 34.53, 69.17),
    ("Myanmar", "MM", "Sagaing", 21.88, 95.98), ("Ukraine", "UA", "Donetsk", 48.02, 37.80),
]
TYPES = [("Battles", "Armed clash"), ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
         ("Violence against civilians", "Attack"), ("Protests", "Peaceful protest"), ("Riots", "Mob violence"),
         ("Strategic developments", "Arrests")]
ACTORS = ["Islamic State", "Military Forces of Iraq", "Peshmerga", "Al Shabaab", "JNIM", "Houthis", "Taliban",
          "Boko Haram", "Unidentified Armed Group", "Civilians"]
START = date(2021, 1, 1)
PER_ARTICLE = 1000


def build_store(path: str, n: int, seed: int = 7) -> None:
    """``n`` synthetic events through the store interface, 1,000 per article, each article's dates in
    their own window so nothing merges across articles (the merge is not what is measured here)."""
    rng = random.Random(seed)
    text = "Gunmen attacked a checkpoint, killing several people, officials said."
    with open_store(path) as store:
        for a in range(0, n, PER_ARTICLE):
            article = Article(id=f"bench-{a // PER_ARTICLE}", text=f"{text} [{a}]", published=START, outlet="Bench")
            first = START + timedelta(days=(a // PER_ARTICLE) * 12)
            events = []
            for i in range(min(PER_ARTICLE, n - a)):
                country, iso, admin1, lat, lon = rng.choice(PLACES)
                kind = rng.choice(TYPES)
                dead = int(rng.expovariate(0.3))
                day = (first + timedelta(days=rng.randrange(10))).isoformat()
                events.append(Event(
                    event_id="", event_type=kind[0], sub_event_type=kind[1], event_date=day,
                    actor1=Actor(rng.choice(ACTORS), "rebel group"), actor2=Actor(rng.choice(ACTORS), "state forces"),
                    location=Location(name=admin1, admin1=admin1, country=country, iso=iso,
                                      latitude=lat + rng.uniform(-1, 1), longitude=lon + rng.uniform(-1, 1)),
                    fatalities=Toll(dead, dead, dead), notes=f"{kind[1]} in {admin1}, {dead} killed.",
                    sources=[Source(article_id=article.id, outlet="Bench", published=START.isoformat())],
                    evidence=[Evidence("fatalities", article.id, 26, 47, "killing several people")]))
            store.add_article(article, events)
            print(f"\rbuilding store: {a + len(events)}/{n} events", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)


def scenarios(rng: random.Random, days: int) -> dict[str, callable]:
    def window() -> str:
        since = START + timedelta(days=rng.randrange(max(days - 60, 1)))
        return f"since={since}&until={since + timedelta(days=rng.choice((30, 60)))}"

    def country() -> str:
        return rng.choice(PLACES)[1]

    return {
        "events, first page": lambda: "/api/events?limit=100",
        "events, filtered page of 100": lambda: f"/api/events?country={country()}&{window()}&limit=100",
        "events, country+type, by fatalities": lambda:
            f"/api/events?country={country()}&type={rng.choice(TYPES)[0].replace(' ', '%20').replace('/', '%2F')}"
            f"&sort=-fatalities&limit=100&offset={rng.choice((0, 100, 200))}",
        "events, near a point": lambda: f"/api/events?near=35.5,44.4,50&{window()}&limit=100",
        "events, text search": lambda: f"/api/events?q={rng.choice(('shelling', 'arrests', 'mob'))}&country={country()}&limit=100",
        "stats by day, one country": lambda: f"/api/stats/day?country={country()}",
        "stats by week, everything": lambda: "/api/stats/week",
        "stats by admin1, a window": lambda: f"/api/stats/admin1?{window()}",
        "stats by type, one country": lambda: f"/api/stats/type?country={country()}",
        "map points, one country": lambda: f"/api/points?country={country()}&limit=5000",
    }


def load(port: int, make_path, requests: int, seconds: float, clients: int) -> dict[str, float]:
    """Send up to ``requests`` GETs over ``clients`` keep-alive connections, for at most ``seconds``."""
    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()
    deadline = time.monotonic() + seconds
    remaining = [requests]

    def worker() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        while time.monotonic() < deadline:
            with lock:
                if remaining[0] <= 0:
                    break
                remaining[0] -= 1
                path = make_path()
            t0 = time.perf_counter()
            conn.request("GET", path)
            response = conn.getresponse()
            response.read()
            elapsed = time.perf_counter() - t0
            with lock:
                latencies.append(elapsed)
                if response.status != 200:
                    errors[0] += 1
        conn.close()

    started = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - started
    latencies.sort()
    p95 = latencies[min(len(latencies) - 1, int(0.95 * len(latencies)))] if latencies else float("nan")
    return {"n": len(latencies), "rps": len(latencies) / wall, "p50": statistics.median(latencies) * 1000,
            "p95": p95 * 1000, "errors": errors[0]}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--db", help="store to use (default: built once in the temp folder)")
    parser.add_argument("--requests", type=int, default=400, help="requests per scenario (at most)")
    parser.add_argument("--seconds", type=float, default=15, help="seconds per scenario (at most)")
    parser.add_argument("--clients", type=int, default=4, help="concurrent connections")
    args = parser.parse_args()
    db = args.db or str(Path(tempfile.gettempdir()) / f"eventwire-bench-serve-{args.events}.db")
    with open_store(db) as store:
        have = store.counts()["events"]
    if have != args.events:
        Path(db).unlink(missing_ok=True)
        t0 = time.perf_counter()
        build_store(db, args.events)
        print(f"built {db} in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    port = _free_port()
    server = subprocess.Popen([sys.executable, "-m", "eventwire", "serve", "--db", db, "--host", "127.0.0.1",
                               "--port", str(port)], stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    print("the server did not start", file=sys.stderr)
                    return 1
                time.sleep(0.2)
        rng = random.Random(1)
        days = (args.events + PER_ARTICLE - 1) // PER_ARTICLE * 12
        print(f"eventwire serve over {args.events} events; {args.clients} clients, <= {args.requests} requests"
              f" or {args.seconds:g} s per scenario")
        print(f"{'scenario':<40} {'n':>5} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'errors':>6}")
        for name, make_path in scenarios(rng, days).items():
            load(port, make_path, 10, 5, 1)  # warm up
            r = load(port, make_path, args.requests, args.seconds, args.clients)
            print(f"{name:<40} {r['n']:>5} {r['rps']:>8.1f} {r['p50']:>8.1f} {r['p95']:>8.1f} {r['errors']:>6}",
                  flush=True)
    finally:
        server.terminate()
        server.wait(timeout=10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
