"""``ingest --engine dask`` on a local two-worker cluster stores what a local run stores."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.ingest import ingest
from eventwire.store import open_store
from test_parallel import stored, summary_counts, write_corpus

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster():
    """Two single-threaded worker processes and a scheduler on this machine."""
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=":0") as c:
        yield c


def test_dask_engine_matches_a_local_run(cluster, tmp_path: Path) -> None:
    from eventwire.parallel import ingest_with

    paths = write_corpus(tmp_path)
    with open_store(str(tmp_path / "local.db")) as store:
        local = ingest(paths, store)
    with open_store(str(tmp_path / "dask.db")) as store:
        remote = ingest_with(paths, store, None, engine="dask", address=cluster.scheduler_address)
    assert summary_counts(remote) == summary_counts(local)
    assert stored(tmp_path / "dask.db") == stored(tmp_path / "local.db")
    with distributed.Client(cluster.scheduler_address) as client:
        workers = client.run(_model_loaded)
    assert len(workers) == 2 and all(workers.values())  # the model is loaded in each worker


def _model_loaded() -> bool:
    from eventwire.parse import nlp

    return nlp.cache_info().currsize == 1


def test_cli_runs_the_engine(cluster, tmp_path: Path) -> None:
    from eventwire.cli import main

    paths = write_corpus(tmp_path)
    db = tmp_path / "cli.db"
    args = ["ingest", *map(str, paths), "--db", str(db), "--quiet", "--engine", "dask",
            "--engine-address", cluster.scheduler_address]
    assert main(args) == 1  # the malformed line is a failure; the rest is stored
    assert stored(db) == stored_locally(tmp_path)


def stored_locally(folder: Path) -> list[dict]:
    with open_store(str(folder / "local.db")) as store:
        ingest(write_corpus(folder), store)
    return stored(folder / "local.db")
