"""The ``ingest``, ``events`` and ``export`` subcommands: parse arguments, call the store, print.

The lead wires them in with ``register_cli(subparsers)`` from ``eventwire.cli``.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
import time
from collections.abc import Iterable
from typing import TextIO

from eventwire.record import Event

EVENT_FORMATS = ("table", "jsonl", "csv")


def _db_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--db",
        default=os.environ.get("EVENTWIRE_DB", "eventwire.db"),
        help="SQLite file or postgresql:// URL (default: $EVENTWIRE_DB or eventwire.db)",
    )


def register_cli(subparsers: argparse._SubParsersAction) -> None:
    """Add ``ingest``, ``events`` and ``export`` to the ``eventwire`` command."""
    p = subparsers.add_parser("ingest", help="read reports into the event database (idempotent, resumable)")
    p.add_argument("paths", nargs="+", help="files or folders: text, JSON Lines, HTML pages, RSS/Atom feeds")
    _db_option(p)
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument("--workers", type=int, metavar="N",
                   help="extract in N processes (model loaded once in each; default 1, or all cores with "
                        "--engine); same results as one")
    p.add_argument("--engine", choices=("dask",), help="extract on a cluster of this engine (stored here)")
    p.add_argument("--engine-address", metavar="URL",
                   help="scheduler of a running cluster, e.g. tcp://host:8786 (default: start --workers local ones)")
    p.set_defaults(func=cmd_ingest)

    p = subparsers.add_parser("events", help="list stored events")
    _db_option(p)
    p.add_argument("--country", help="country name or ISO code")
    p.add_argument("--since", help="first date, YYYY-MM-DD")
    p.add_argument("--until", help="last date, YYYY-MM-DD")
    p.add_argument("--type", help="event type or sub-event type")
    p.add_argument("--actor", help="part of an actor's name")
    p.add_argument("--near", help="LAT,LON,KM: events within KM kilometres of a point")
    p.add_argument("--id", dest="event_id", help="one event by its id, or by the id of an event merged into it")
    p.add_argument("--format", choices=EVENT_FORMATS, default="table")
    p.set_defaults(func=cmd_events)

    from eventwire.export import FORMATS

    p = subparsers.add_parser("export", help="write stored events as ACLED CSV, GeoJSON or Parquet")
    _db_option(p)
    p.add_argument("--format", choices=FORMATS, required=True)
    p.add_argument("--out", required=True, help="output file")
    p.set_defaults(func=cmd_export)


def _open(url: str, create: bool = False):
    """The store at ``url``, or None after a message; only ``ingest`` creates a missing SQLite file."""
    from eventwire.store import open_store

    if not create and not url.startswith(("postgres://", "postgresql://")):
        path = url.removeprefix("sqlite:///").removeprefix("sqlite://")
        if path and path != ":memory:" and not os.path.exists(path):
            print(f"eventwire: no database at {path}; fill one with: eventwire ingest PATH --db {url}", file=sys.stderr)
            return None
    try:
        return open_store(url)
    except Exception as exc:  # noqa: BLE001 - name the database, whatever the driver raised
        print(f"eventwire: cannot open database {url}: {exc}", file=sys.stderr)
        return None


def cmd_ingest(args: argparse.Namespace) -> int:
    from eventwire.ingest import Progress, ingest
    from eventwire.read_web import iter_files

    try:
        from eventwire.ingest import default_extractor

        extract = default_extractor()
    except ImportError as exc:
        print(f"eventwire: the extractor is not available ({exc})", file=sys.stderr)
        return 2
    store = _open(args.db, create=True)
    if store is None:
        return 2
    progress = Progress(sum(1 for _ in iter_files(args.paths)), enabled=False if args.quiet else None)
    try:
        with store:
            if (args.workers or 1) > 1 or args.engine:
                from eventwire.parallel import ingest_with

                summary = ingest_with(args.paths, store, progress, args.workers or 0, args.engine,
                                      args.engine_address)
            else:
                summary = ingest(args.paths, store, extract, progress)
    except KeyboardInterrupt:
        print("eventwire: interrupted; stored articles are kept, run again to finish", file=sys.stderr)
        return 130
    except _database_errors() as exc:
        print(f"eventwire: database error at {args.db}: {exc}; articles committed before it are kept,"
              " run again to finish", file=sys.stderr)
        return 1
    for line in summary.lines():
        print(line, file=sys.stderr)
    return 1 if summary.failed else 0


def _database_errors() -> tuple[type[BaseException], ...]:
    """The exceptions a database driver raises: these stop an ingest (bad inputs never do)."""
    import sqlite3

    errors: list[type[BaseException]] = [sqlite3.Error]
    try:
        import psycopg

        errors.append(psycopg.Error)
    except ImportError:  # pragma: no cover - depends on the install
        pass
    return tuple(errors)


def parse_near(value: str) -> tuple[float, float, float]:
    try:
        lat, lon, km = (float(x) for x in value.split(","))
    except ValueError:
        raise ValueError(f"--near {value!r}: expected LAT,LON,KM such as 35.47,44.39,25") from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180 and km > 0):
        raise ValueError(f"--near {value!r}: latitude, longitude or distance out of range")
    return lat, lon, km


def cmd_events(args: argparse.Namespace) -> int:
    from eventwire.read import parse_date
    from eventwire.store import EventFilter

    try:
        since = parse_date(args.since)
        until = parse_date(args.until)
        near = parse_near(args.near) if args.near else None
    except ValueError as exc:
        print(f"eventwire: {exc}", file=sys.stderr)
        return 2
    where = EventFilter(
        country=args.country, since=since.isoformat() if since else None, until=until.isoformat() if until else None,
        type=args.type, actor=args.actor, near=near,
    )
    store = _open(args.db)
    if store is None:
        return 2
    with store:
        if args.event_id:
            event = store.get_event(args.event_id)
            if event is None:
                print(f"eventwire: no event {args.event_id}", file=sys.stderr)
                return 1
            write_events([event], args.format, sys.stdout)
        else:
            write_events(store.events(where), args.format, sys.stdout)
    return 0


def write_events(events: Iterable[Event], fmt: str, out: TextIO) -> int:
    """Print events as a table for people, JSON Lines for programs, or ACLED-column CSV."""
    n = 0
    if fmt == "jsonl":
        for n, event in enumerate(events, 1):
            out.write(json.dumps(event.to_dict(), ensure_ascii=False) + "\n")
    elif fmt == "csv":
        from eventwire.export.acled import ACLED_COLUMNS, acled_row

        writer = csv.DictWriter(out, fieldnames=ACLED_COLUMNS, lineterminator="\n")
        writer.writeheader()
        stamp = int(time.time())
        for n, event in enumerate(events, 1):
            writer.writerow(acled_row(event, stamp))
    else:
        out.write(f"{'event_id':<16} {'date':<10} {'type':<27} {'place':<22} {'actors':<44} {'killed':<12} src\n")
        for n, event in enumerate(events, 1):
            out.write(_table_row(event) + "\n")
        out.write(f"({n} events)\n")
    return n


def _table_row(e: Event) -> str:
    place = e.location.name if e.location else ""
    if e.location and e.location.admin1 and e.location.admin1 != place:
        place = f"{place}, {e.location.admin1}"
    actors = f"{e.actor1.name if e.actor1 else '?'} -> {e.actor2.name if e.actor2 else '-'}"
    f = e.fatalities
    killed = "?" if f is None else str(f.best) if f.low == f.high else f"{f.best} ({f.low}-{f.high})"
    return (f"{e.event_id:<16} {e.event_date:<10} {e.event_type[:27]:<27} {place[:22]:<22} {actors[:44]:<44}"
            f" {killed:<12} {len(e.sources)}")


def cmd_export(args: argparse.Namespace) -> int:
    from eventwire.export import export

    store = _open(args.db)
    if store is None:
        return 2
    try:
        with store:
            n = export(store.events(), args.format, args.out)
    except (OSError, RuntimeError) as exc:
        print(f"eventwire: export to {args.out} failed: {exc}", file=sys.stderr)
        return 1
    print(f"exported {n} events to {args.out}", file=sys.stderr)
    return 0
