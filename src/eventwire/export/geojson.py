"""GeoJSON FeatureCollection: one Point per event, ACLED's columns as properties, for any GIS."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO

from eventwire.export.acled import acled_row, toll_columns
from eventwire.record import Event


def feature(event: Event, timestamp: int) -> dict:
    """One event as a Feature; an event with no coordinates gets a null geometry (valid GeoJSON)."""
    props = acled_row(event, timestamp)
    f, i = event.fatalities, event.injuries
    props.update(
        fatalities=f.low if f else None,  # null, not ACLED's 0, where no report gives a toll
        **toll_columns("fatalities", f),
        injuries_best=i.best if i else None,
        attribution=event.attribution,
        sources=[s.__dict__ for s in event.sources],
    )
    loc = event.location
    geometry = None
    if loc and loc.latitude is not None and loc.longitude is not None:
        geometry = {"type": "Point", "coordinates": [loc.longitude, loc.latitude]}  # GeoJSON is lon, lat
    return {"type": "Feature", "id": event.event_id, "geometry": geometry, "properties": props}


def write_geojson(events: Iterable[Event], out: TextIO, timestamp: int) -> int:
    """Stream the collection feature by feature so a large export needs little memory."""
    out.write('{"type": "FeatureCollection", "features": [\n')
    n = 0
    for event in events:
        if n:
            out.write(",\n")
        out.write(json.dumps(feature(event, timestamp), ensure_ascii=False))
        n += 1
    out.write("\n]}\n")
    return n
