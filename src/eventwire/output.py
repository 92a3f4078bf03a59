"""Printing events: JSON Lines, a JSON array, flat CSV or a readable table."""

from __future__ import annotations

import csv
import json
from typing import TextIO

from eventwire.record import Event

FORMATS = ("jsonl", "json", "csv", "table")
CSV_COLUMNS = ["event_id", "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
               "attribution", "location", "admin1", "country", "latitude", "longitude", "geo_precision",
               "fatalities", "fatalities_low", "fatalities_high", "injuries", "article_ids", "notes"]


def flat(event: Event) -> dict[str, object]:
    loc = event.location
    return {
        "event_id": event.event_id, "event_date": event.event_date, "time_precision": event.time_precision,
        "event_type": event.event_type, "sub_event_type": event.sub_event_type,
        "actor1": event.actor1.name if event.actor1 else "", "actor2": event.actor2.name if event.actor2 else "",
        "attribution": event.attribution,
        "location": loc.name if loc else "", "admin1": loc.admin1 if loc else "", "country": loc.country if loc else "",
        "latitude": loc.latitude if loc else "", "longitude": loc.longitude if loc else "",
        "geo_precision": loc.geo_precision if loc else "",
        "fatalities": event.fatalities.best, "fatalities_low": event.fatalities.low,
        "fatalities_high": event.fatalities.high, "injuries": event.injuries.best,
        "article_ids": ";".join(s.article_id for s in event.sources), "notes": event.notes,
    }


def write(events: list[Event], fmt: str, out: TextIO) -> None:
    if fmt == "jsonl":
        for e in events:
            out.write(json.dumps(e.to_dict(), ensure_ascii=False) + "\n")
    elif fmt == "json":
        json.dump([e.to_dict() for e in events], out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        writer.writerows(flat(e) for e in events)
    else:
        for e in events:
            row = flat(e)
            out.write(f"{row['event_date'] or '?':10}  {row['event_type'][:26]:26}  {row['location'][:18]:18}  "
                      f"{row['fatalities']:>4}  {row['actor1']} -> {row['actor2'] or '-'}\n")
