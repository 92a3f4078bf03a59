"""Dask (distributed): extraction on a cluster's workers, the model loaded once per worker.

``DaskEngine(None, 2)`` starts a local cluster of two single-threaded worker
processes; ``DaskEngine("tcp://scheduler:8786")`` joins a running one (every worker
needs eventwire installed: ``pip install 'eventwire[dask]'``). A worker plugin
loads the model when each worker starts, including workers that join later.
"""

from __future__ import annotations

from eventwire.parallel import extract_chunk, warm_up
from eventwire.record import Article

try:
    import dask
    from distributed import Client, LocalCluster, WorkerPlugin
except ImportError as exc:  # pragma: no cover - depends on the optional extra
    raise ImportError("the dask engine needs the 'dask' extra: pip install 'eventwire[dask]'") from exc


class WarmUp(WorkerPlugin):
    """Loads the spaCy model once in each worker process, before its first task."""

    name = "eventwire-warm-up"

    def setup(self, worker) -> None:  # noqa: ANN001 - distributed's Worker
        warm_up()


class DaskEngine:
    """A Dask cluster as an :class:`eventwire.parallel.Mapper`."""

    def __init__(self, address: str | None = None, workers: int = 2) -> None:
        self.cluster = None
        if address is None:
            with dask.config.set({"distributed.worker.profile.enabled": False}):  # sampling costs CPU
                self.cluster = self._local(workers)
            address = self.cluster.scheduler_address
        self.client = Client(address)
        self.client.register_plugin(WarmUp())
        workers = max(len(self.client.scheduler_info().get("workers", {})), 1)
        self.in_flight = 3 * workers  # chunks queued on the cluster: every worker busy, memory bounded

    @staticmethod
    def _local(workers: int) -> LocalCluster:
        return LocalCluster(n_workers=max(workers, 1), threads_per_worker=1, processes=True,
                            dashboard_address=":0")

    def submit(self, chunk: list[Article]):  # noqa: ANN201 - a distributed Future
        # pure=False: two identical chunks are still two tasks
        return self.client.submit(extract_chunk, chunk, pure=False)

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()
