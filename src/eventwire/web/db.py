"""One store connection per server thread (SQLite connections must stay in their thread)."""

from __future__ import annotations

import threading

from eventwire.store import Store, open_store


class StorePool:
    """Opens the store lazily, once per thread that asks for it."""

    def __init__(self, url: str) -> None:
        self.url = url
        self._local = threading.local()
        self._lock = threading.Lock()
        self._all: list[Store] = []

    def get(self) -> Store:
        store = getattr(self._local, "store", None)
        if store is None:
            store = open_store(self.url)
            _tune(store)
            self._local.store = store
            with self._lock:
                self._all.append(store)
        return store

    def close(self) -> None:
        with self._lock:
            for store in self._all:
                try:
                    store.close()
                except Exception:  # noqa: BLE001 - a connection owned by another thread; it dies with it
                    pass
            self._all.clear()


def _tune(store: Store) -> None:
    """Reading SQLite through a memory map makes the scans behind filters and counts several times faster."""
    from eventwire.store.sqlite import SQLiteStore

    if isinstance(store, SQLiteStore):
        store.conn.execute("PRAGMA mmap_size = 1073741824")
