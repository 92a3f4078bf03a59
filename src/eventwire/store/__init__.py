"""The event database: one small interface, a SQLite file by default or PostgreSQL by URL.

    with open_store("eventwire.db") as store:          # or "postgresql://user@host/db"
        store.add_article(article, events)              # stores, merges, commits
        for event in store.events(EventFilter(country="Iraq")):
            ...
"""

from __future__ import annotations

from eventwire.store.base import AddResult, Store, content_hash
from eventwire.store.query import EventFilter

DEFAULT_DB = "eventwire.db"

__all__ = ["AddResult", "DEFAULT_DB", "EventFilter", "Store", "content_hash", "open_store"]


def open_store(url: str | None = None) -> Store:
    """Open (creating and migrating as needed) the store at a path, ``sqlite:///path`` or ``postgresql://…``."""
    url = url or DEFAULT_DB
    if url.startswith(("postgresql://", "postgres://")):
        from eventwire.store.postgres import PostgresStore

        return PostgresStore(url)
    from eventwire.store.sqlite import SQLiteStore

    if url.startswith("sqlite:///"):
        url = url[len("sqlite:///"):]
    elif url.startswith("sqlite://"):
        url = url[len("sqlite://"):] or ":memory:"
    return SQLiteStore(url)
