"""Parquet for pandas and DuckDB: ACLED's columns, typed, plus the record's ranges and evidence."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict
from datetime import date
from pathlib import Path

from eventwire.export.acled import ACLED_COLUMNS, acled_row, toll_columns
from eventwire.record import Event

BATCH = 10_000


def _schema():
    import pyarrow as pa

    ints = {"year", "time_precision", "inter1", "inter2", "interaction", "iso", "geo_precision", "fatalities", "timestamp"}
    fields = []
    for col in ACLED_COLUMNS:
        if col == "event_date":
            fields.append(pa.field(col, pa.date32()))
        elif col in ("latitude", "longitude"):
            fields.append(pa.field(col, pa.float64()))
        elif col in ints:
            fields.append(pa.field(col, pa.int64()))
        else:
            fields.append(pa.field(col, pa.string()))
    extra = [
        ("fatalities_low", pa.int64()), ("fatalities_best", pa.int64()), ("fatalities_high", pa.int64()),
        ("injuries_low", pa.int64()), ("injuries_best", pa.int64()), ("injuries_high", pa.int64()),
        ("attribution", pa.string()), ("actor1_kind", pa.string()), ("actor2_kind", pa.string()),
        ("n_sources", pa.int64()), ("sources_json", pa.string()), ("evidence_json", pa.string()),
    ]
    return pa.schema(fields + [pa.field(n, t) for n, t in extra])


def _row(event: Event, timestamp: int) -> dict:
    row = {k: (None if v == "" else v) for k, v in acled_row(event, timestamp).items()}
    try:
        row["event_date"] = date.fromisoformat(event.event_date[:10]) if event.event_date else None
    except ValueError:
        row["event_date"] = None
    f = event.fatalities
    row.update(
        fatalities=f.low if f else None,  # null, not ACLED's 0, where no report gives a toll
        **toll_columns("fatalities", f), **toll_columns("injuries", event.injuries),
        attribution=event.attribution,
        actor1_kind=event.actor1.kind if event.actor1 else None,
        actor2_kind=event.actor2.kind if event.actor2 else None,
        n_sources=len(event.sources),
        sources_json=json.dumps([asdict(s) for s in event.sources], ensure_ascii=False),
        evidence_json=json.dumps([asdict(e) for e in event.evidence], ensure_ascii=False),
    )
    return row


def write_parquet(events: Iterable[Event], path: str | Path, timestamp: int) -> int:
    """Write in batches so memory stays bounded; return how many events were written."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise RuntimeError("Parquet export needs pyarrow: pip install pyarrow") from exc
    schema = _schema()
    n = 0
    with pq.ParquetWriter(str(path), schema, compression="zstd") as writer:
        batch: list[dict] = []
        for event in events:
            batch.append(_row(event, timestamp))
            if len(batch) >= BATCH:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                n += len(batch)
                batch = []
        if batch or n == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            n += len(batch)
    return n
