"""The default back end: one SQLite file, no server."""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager

from eventwire.store.base import Store


LOCK_WAIT = 60.0  # seconds a writer waits for another's lock before giving up


def _use_wal(conn: sqlite3.Connection) -> None:
    """WAL, so readers (events, serve) never block an ingest. Switching a new file to WAL
    fails at once, without waiting, while another process opens it: retry until LOCK_WAIT."""
    deadline = time.monotonic() + LOCK_WAIT
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


class SQLiteStore(Store):
    """A store in one file; writers take the file's write lock for each article."""

    def __init__(self, path: str) -> None:
        self.path = path
        conn = sqlite3.connect(path, isolation_level=None, timeout=LOCK_WAIT)
        _use_wal(conn)
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
