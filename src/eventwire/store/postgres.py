"""The shared back end: PostgreSQL by URL, for many users and many ingesting processes."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from eventwire.store.base import Store

WRITE_LOCK = 0x65767731  # "evw1": one advisory lock serialises merges across processes


class PostgresStore(Store):
    """A store in a PostgreSQL database; tables live in the connection's search_path schema."""

    placeholder = "%s"
    types = {"real": "DOUBLE PRECISION", "bigint": "BIGINT"}

    def __init__(self, url: str) -> None:
        try:
            import psycopg
        except ImportError as exc:  # pragma: no cover - depends on the install
            raise RuntimeError("PostgreSQL needs psycopg: pip install 'psycopg[binary]'") from exc
        self.url = url
        super().__init__(psycopg.connect(url, autocommit=True))

    @contextmanager
    def transaction(self) -> Iterator[None]:
        with self.conn.transaction():
            # two processes merging at once could each miss the other's report; take turns
            self.conn.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
            yield

    def stream(self, sql: str, params: tuple | list = ()) -> Iterator[tuple]:
        """A server-side cursor on a connection of its own: psycopg would otherwise fetch the whole
        result into memory first, and writes made while reading stay in their own transactions."""
        import psycopg

        with psycopg.connect(self.url) as conn, conn.cursor(name="eventwire_stream") as cur:
            cur.itersize = 2000
            cur.execute(self._q(sql), tuple(params))
            yield from cur

    def size_bytes(self) -> int:
        return int(
            self.scalar(
                "SELECT COALESCE(SUM(pg_total_relation_size(c.oid)), 0) FROM pg_class c"
                " JOIN pg_namespace n ON n.oid = c.relnamespace"
                " WHERE c.relkind = 'r' AND n.nspname = current_schema()"
            )
        )
