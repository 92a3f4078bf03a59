"""The default back end: one SQLite file, no server."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from eventwire.store.base import Store


class SQLiteStore(Store):
    """A store in one file; writers take the file's write lock for each article."""

    def __init__(self, path: str) -> None:
        self.path = path
        conn = sqlite3.connect(path, isolation_level=None, timeout=60)
        conn.execute("PRAGMA journal_mode = WAL")  # readers (events, serve) never block an ingest
        conn.execute("PRAGMA synchronous = NORMAL")  # durable against a killed process, fast per-article commits
        conn.execute("PRAGMA foreign_keys = ON")
        super().__init__(conn)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def size_bytes(self) -> int:
        if self.path == ":memory:":
            return int(self.scalar("PRAGMA page_count")) * int(self.scalar("PRAGMA page_size"))
        self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return sum(os.path.getsize(p) for p in (self.path, self.path + "-wal") if os.path.exists(p))
