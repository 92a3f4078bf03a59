"""ACLED-style CSV: the columns ACLED publishes, in its order, one row per event."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import TextIO

from eventwire.export.acled import ACLED_COLUMNS, acled_row
from eventwire.record import Event


def write_acled_csv(events: Iterable[Event], out: TextIO, timestamp: int) -> int:
    """Write the rows; return how many events were written."""
    writer = csv.DictWriter(out, fieldnames=ACLED_COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for event in events:
        writer.writerow(acled_row(event, timestamp))
        n += 1
    return n
