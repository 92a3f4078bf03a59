"""The store: articles with their text, per-article reports, merged events, aliases.

One class holds the SQL (kept to what SQLite and PostgreSQL both speak), with the
merge's part in ``placing.py``; the back ends in ``sqlite.py`` and ``postgres.py``
only connect, lock and name types. Every write of one article is all or nothing
(its own transaction, or a savepoint inside a :meth:`Store.batch`), so an
interrupted ingest loses at most what was not yet committed and a re-run
finishes the rest.
"""

from __future__ import annotations

import hashlib
import json
from abc import ABC, abstractmethod
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from eventwire import dateline
from eventwire.record import Article, Dateline, Event, Source, id_problem
from eventwire.store.match import Report
from eventwire.store.migrations import LATEST, MIGRATIONS
from eventwire.store.placing import Placing, now
from eventwire.store.query import EventFilter, sql_where


@dataclass
class AddResult:
    """What storing one article did: its reports became ``new`` events or joined ``merged`` ones."""

    stored: bool
    new: int = 0
    merged: int = 0
    event_ids: tuple[str, ...] = ()


def content_hash(text: str) -> str:
    """Hash of the text with case and whitespace normalised: a re-scraped copy is the same article."""
    return hashlib.sha256(" ".join(text.casefold().split()).encode("utf-8")).hexdigest()


class Store(Placing, ABC):
    """The database behind ingest, events and export; open one with :func:`eventwire.store.open_store`."""

    placeholder = "?"
    types = {"real": "REAL", "bigint": "INTEGER"}

    def __init__(self, conn: Any) -> None:
        self.conn = conn
        self.migrate()

    # --- back-end hooks -------------------------------------------------------------

    @abstractmethod
    def transaction(self) -> AbstractContextManager[None]:
        """A write transaction that excludes other writers until it ends."""

    @abstractmethod
    def size_bytes(self) -> int:
        """Bytes the stored data takes on disk."""

    _in_batch = False

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Store many articles in one transaction (one commit), each still all or nothing.

        Much faster where every commit waits for the disk; an interruption loses only
        the articles of the batch in flight, which a re-run stores again.
        """
        if self._in_batch:
            yield
            return
        with self.transaction():
            self._in_batch = True
            try:
                yield
            finally:
                self._in_batch = False

    @contextmanager
    def _article_transaction(self) -> Iterator[None]:
        """One article's writes: its own transaction, or a savepoint inside a batch."""
        if not self._in_batch:
            with self.transaction():
                yield
            return
        self.execute("SAVEPOINT article")
        try:
            yield
        except BaseException:
            self.execute("ROLLBACK TO SAVEPOINT article")
            self.execute("RELEASE SAVEPOINT article")
            raise
        self.execute("RELEASE SAVEPOINT article")

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- SQL helpers ----------------------------------------------------------------

    def _q(self, sql: str) -> str:
        return sql if self.placeholder == "?" else sql.replace("?", self.placeholder)

    def execute(self, sql: str, params: tuple | list = ()) -> Any:
        cur = self.conn.cursor()
        cur.execute(self._q(sql), tuple(params))
        return cur

    def stream(self, sql: str, params: tuple | list = ()) -> Iterator[tuple]:
        """Rows one by one, for results too large to hold (an export of every event)."""
        yield from self.execute(sql, params)

    def rows(self, sql: str, params: tuple | list = ()) -> list[tuple]:
        return list(self.execute(sql, params).fetchall())

    def scalar(self, sql: str, params: tuple | list = ()) -> Any:
        row = self.execute(sql, params).fetchone()
        return row[0] if row else None

    # --- schema ---------------------------------------------------------------------

    def schema_version(self) -> int:
        return int(self.scalar("SELECT COALESCE(MAX(version), 0) FROM schema_migrations") or 0)

    def migrate(self) -> None:
        """Bring the schema to the latest version; refuse a database newer than this code."""
        with self.transaction():
            self.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations ("
                "version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)"
            )
        current = self.schema_version()
        if current > LATEST:
            raise RuntimeError(
                f"database schema version {current} is newer than this eventwire ({LATEST}); upgrade eventwire"
            )
        for migration in MIGRATIONS:
            if migration.version <= current:
                continue
            with self.transaction():
                if self.schema_version() >= migration.version:
                    continue  # another process applied it while we waited for the lock
                for statement in migration.statements:
                    self.execute(statement.format(**self.types))
                self.execute(
                    "INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, ?, ?)",
                    (migration.version, migration.description, now()),
                )

    # --- articles -------------------------------------------------------------------

    def has_article(self, article_id: str, text: str | None = None) -> bool:
        """True when the same id, or the same normalised text, is already stored."""
        if text is None:
            return bool(self.scalar("SELECT 1 FROM articles WHERE id = ?", (article_id,)))
        return bool(self.scalar("SELECT 1 FROM articles WHERE id = ? OR content_hash = ?",
                                (article_id, content_hash(text))))

    def get_article(self, article_id: str) -> Article | None:
        row = self.execute(
            "SELECT id, text, published, outlet, url, title, language, dateline_place, dateline_date,"
            " dateline_start, dateline_end FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        if row is None:
            return None
        published = date.fromisoformat(row[2]) if row[2] else None
        line = Dateline(row[7], date.fromisoformat(row[8]) if row[8] else None, row[9], row[10]) if row[7] else None
        return Article(id=row[0], text=row[1], published=published, outlet=row[3], url=row[4], title=row[5],
                       language=row[6], dateline=line)

    def add_article(self, article: Article, events: list[Event]) -> AddResult:
        """Store an article, its text and its events, merging each event into any stored act it matches.

        Skips (``stored=False``) an article already stored by id or by content; refuses
        (ValueError) an id that :func:`~eventwire.record.id_problem` finds unusable.
        """
        if problem := id_problem(article.id):
            raise ValueError(f"article {article.id[:80]!r}: {problem}")
        with self._article_transaction():
            if self.has_article(article.id, article.text):
                return AddResult(stored=False)
            published = article.published.isoformat() if article.published else ""
            line = article.dateline or dateline.find(article.text)
            self.execute(
                "INSERT INTO articles (id, content_hash, url, outlet, title, published, language, text, ingested_at,"
                " dateline_place, dateline_date, dateline_start, dateline_end)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (article.id, content_hash(article.text), article.url, article.outlet, article.title,
                 published or None, article.language, article.text, now(),
                 line.place if line else "", line.date.isoformat() if line and line.date else "",
                 line.start if line else 0, line.end if line else 0),
            )
            result = AddResult(stored=True)
            ids = []
            for ordinal, event in enumerate(events):
                report = Report(article.id, ordinal, published, self._with_source(event, article, published))
                event_id, joined = self._place_report(report)
                ids.append(event_id)
                if joined:
                    result.merged += 1
                else:
                    result.new += 1
            # a later report of the same article may have merged an earlier one's event away
            result.event_ids = tuple(self.resolve(i) or i for i in ids)
            return result

    @staticmethod
    def _with_source(event: Event, article: Article, published: str) -> Event:
        """Every report names its article as a source, whatever the extractor filled in."""
        if any(s.article_id == article.id for s in event.sources):
            return event
        source = Source(article_id=article.id, outlet=article.outlet, url=article.url, published=published)
        return replace(event, sources=[source, *event.sources])

    # --- reading --------------------------------------------------------------------

    def resolve(self, event_id: str) -> str | None:
        """The id an event is stored under now: itself, or the event it was merged into."""
        if self.scalar("SELECT 1 FROM events WHERE event_id = ?", (event_id,)):
            return event_id
        return self.scalar("SELECT event_id FROM event_aliases WHERE alias_id = ?", (event_id,))

    def get_event(self, event_id: str) -> Event | None:
        """An event by its id or by the id of an event merged into it."""
        current = self.resolve(event_id)
        if current is None:
            return None
        record = self.scalar("SELECT record FROM events WHERE event_id = ?", (current,))
        return Event.from_dict(json.loads(record))

    def events(self, where: EventFilter | None = None) -> Iterator[Event]:
        """Stored events matching ``where``, by date then id."""
        where = where or EventFilter()
        clause, params = sql_where(where)
        for (record,) in self.stream(f"SELECT record FROM events{clause} ORDER BY event_date, event_id", params):
            event = Event.from_dict(json.loads(record))
            if where.accepts(event):
                yield event

    def aliases(self) -> dict[str, str]:
        return dict(self.rows("SELECT alias_id, event_id FROM event_aliases"))

    def counts(self) -> dict[str, int]:
        """How many articles, reports, events and aliases are stored."""
        return {
            table: int(self.scalar(f"SELECT COUNT(*) FROM {table}") or 0)
            for table in ("articles", "reports", "events", "event_aliases")
        }
