"""Progress bars for long jobs (downloads, gazetteer loads, ingest), from tqdm.

One place decides how a bar looks and when it is drawn: only on a terminal, so
logs and pipes get the closing summaries alone.
"""

from __future__ import annotations

import sys
from typing import TextIO

from tqdm import tqdm

FORMAT = "{desc} {n_fmt}/{total_fmt} |{bar}| {percentage:3.0f}% [{elapsed}<{remaining}, {rate_fmt}{postfix}]"
"""Count first ('files 3/10', 'IQ.zip 1.2M/4.5M'), then the bar, rate and time left."""
OPEN_FORMAT = "{desc} {n_fmt} [{elapsed}, {rate_fmt}{postfix}]"
"""For a job of unknown size: count, time taken and rate."""


def bar(total: float | None, label: str, unit: str = "it", *, stream: TextIO | None = None,
        enabled: bool | None = None, initial: float = 0, data: bool = False) -> tqdm:
    """A bar on ``stream`` (stderr) showing count, rate and time left; ``data`` counts bytes
    in KB/MB. Drawn when ``enabled``, or by default when the stream is a terminal."""
    stream = stream or sys.stderr
    if enabled is None:
        enabled = _is_terminal(stream)
    return tqdm(total=total, desc=label, unit="B" if data else unit, unit_scale=data,
                unit_divisor=1024 if data else 1000, initial=initial, file=stream,
                bar_format=FORMAT if total is not None else OPEN_FORMAT, disable=not enabled,
                dynamic_ncols=True, mininterval=0.2)


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # a closed or unusual stream
        return False
