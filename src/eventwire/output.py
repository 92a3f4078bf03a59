"""Printing events: JSON Lines, a JSON array, flat CSV or a readable table.

Every format streams: events are written as they come, so a long batch shows its
first results at once and a failure halfway loses nothing already printed.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import TextIO

from eventwire.record import Event

FORMATS = ("jsonl", "json", "csv", "table")
CSV_COLUMNS = ["event_id", "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
               "attribution", "location", "admin1", "country", "latitude", "longitude", "geo_precision",
               "fatalities", "fatalities_low", "fatalities_high", "injuries", "article_ids", "notes"]
TABLE_COLUMNS = [("date", "event_date", 10), ("type", "sub_event_type", 33), ("where", "place", 24),
                 ("killed", "killed", 6), ("actor 1", "actor1", 28), ("actor 2", "actor2", 28),
                 ("article", "article_ids", 0)]
"""(heading, key of :func:`flat` or :func:`_table_row`, width; 0 = last column, unpadded)."""


def flat(event: Event) -> dict[str, object]:
    """One event as a flat row (the CSV columns)."""
    loc = event.location
    return {
        "event_id": event.event_id, "event_date": event.event_date, "time_precision": event.time_precision,
        "event_type": event.event_type, "sub_event_type": event.sub_event_type,
        "actor1": event.actor1.name if event.actor1 else "", "actor2": event.actor2.name if event.actor2 else "",
        "attribution": event.attribution,
        "location": loc.name if loc else "", "admin1": loc.admin1 if loc else "", "country": loc.country if loc else "",
        "latitude": loc.latitude if loc else "", "longitude": loc.longitude if loc else "",
        "geo_precision": loc.geo_precision if loc else "",
        **_toll_columns(event),
        "article_ids": ";".join(s.article_id for s in event.sources), "notes": event.notes,
    }


def _toll_columns(event: Event) -> dict[str, object]:
    """The toll columns; empty where the report gives no toll (unknown, not 0)."""
    f, i = event.fatalities, event.injuries
    return {"fatalities": f.best if f else "", "fatalities_low": f.low if f else "",
            "fatalities_high": f.high if f else "", "injuries": i.best if i else ""}


def _table_row(event: Event) -> dict[str, str]:
    row = {k: "" if v is None else str(v) for k, v in flat(event).items()}
    loc = event.location
    row["place"] = ", ".join(dict.fromkeys(p for p in (loc.name, loc.admin1, loc.country) if p)) if loc else ""
    toll = event.fatalities
    if toll is None:
        row["killed"] = "?"
    else:
        row["killed"] = str(toll.best) if toll.low == toll.high else f"{toll.low}-{toll.high}"
    row["sub_event_type"] = row["sub_event_type"] or row["event_type"]
    row["event_date"] = row["event_date"] or "?"
    row["actor1"] = row["actor1"] or "-"
    row["actor2"] = row["actor2"] or "-"
    return row


def _cells(values: list[str]) -> str:
    out = []
    for (_, _, width), value in zip(TABLE_COLUMNS, values):
        if width:
            value = value if len(value) <= width else value[: width - 1] + "…"
            out.append(value.rjust(width) if width == 6 else value.ljust(width))
        else:
            out.append(value)
    return "  ".join(out).rstrip()


def write(events: Iterable[Event], fmt: str, out: TextIO) -> int:
    """Write ``events`` to ``out`` in format ``fmt``; return how many were written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; one of {', '.join(FORMATS)}")
    count = 0
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
        writer.writeheader()
    elif fmt == "table":
        out.write(_cells([h for h, _, _ in TABLE_COLUMNS]) + "\n")
        out.write(_cells(["-" * (w or len(h)) for h, _, w in TABLE_COLUMNS]) + "\n")
    elif fmt == "json":
        out.write("[")
    for event in events:
        if fmt == "jsonl":
            out.write(json.dumps(event.to_dict(), ensure_ascii=False) + "\n")
        elif fmt == "json":
            body = json.dumps(event.to_dict(), ensure_ascii=False, indent=2)
            out.write(("," if count else "") + "\n  " + body.replace("\n", "\n  "))
        elif fmt == "csv":
            writer.writerow(flat(event))
        else:
            row = _table_row(event)
            out.write(_cells([row[key] for _, key, _ in TABLE_COLUMNS]) + "\n")
        count += 1
        out.flush()
    if fmt == "json":
        out.write("\n]\n" if count else "]\n")
    elif fmt == "table":
        out.write(f"({count} event{'' if count == 1 else 's'})\n")
    return count
