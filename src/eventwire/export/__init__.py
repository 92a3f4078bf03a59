"""Export stored events for other tools: ACLED-style CSV, GeoJSON, Parquet.

    export(store.events(), "acled-csv", "events.csv")
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from pathlib import Path

from eventwire.record import Event

FORMATS = ("acled-csv", "geojson", "parquet")


def export(events: Iterable[Event], fmt: str, out: str | Path, timestamp: int | None = None) -> int:
    """Write ``events`` to the file ``out`` in ``fmt``; return how many were written.

    ``timestamp`` fills ACLED's ``timestamp`` column (export time by default).
    """
    stamp = int(time.time()) if timestamp is None else timestamp
    if fmt == "parquet":
        from eventwire.export.parquet import write_parquet

        return write_parquet(events, out, stamp)
    if fmt == "acled-csv":
        from eventwire.export.acled_csv import write_acled_csv as write
    elif fmt == "geojson":
        from eventwire.export.geojson import write_geojson as write
    else:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    newline = "" if fmt == "acled-csv" else None
    with open(out, "w", encoding="utf-8", newline=newline) as handle:
        return write(events, handle, stamp)
