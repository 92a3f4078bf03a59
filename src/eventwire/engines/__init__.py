"""Distributed engines for corpora beyond one machine: each runs :func:`eventwire.parallel.extract_chunk`.

An engine is a :class:`eventwire.parallel.Mapper`. Only the extraction is distributed;
the process that reads the inputs stores every article, in input order, so an engine
run leaves the store exactly as a local run does.
"""

from __future__ import annotations

import os

from eventwire.parallel import LocalPool, Mapper

ENGINES = ("dask",)


def open_mapper(engine: str | None = None, address: str | None = None, workers: int = 0) -> Mapper:
    """A local pool of ``workers`` processes, or an engine's cluster (at ``address``, or started here).

    ``workers`` 0 means one per core of this machine.
    """
    workers = workers or os.cpu_count() or 1
    if engine is None:
        return LocalPool(workers)
    if engine == "dask":
        from eventwire.engines.dask import DaskEngine

        return DaskEngine(address, workers)
    raise ValueError(f"unknown engine {engine!r}; choose from {', '.join(ENGINES)}")
