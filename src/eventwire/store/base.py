"""The store: articles with their text, per-article reports, merged events, aliases.

One class holds all the SQL (kept to what SQLite and PostgreSQL both speak); the
back ends in ``sqlite.py`` and ``postgres.py`` only connect, lock and name types.
Every write of one article is one transaction, so an interrupted ingest loses at
most the article in flight and a re-run finishes the rest.
"""

from __future__ import annotations

import hashlib
import json
from abc import ABC, abstractmethod
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, timezone
from typing import Any

from eventwire.record import Article, Event, Source
from eventwire.store.merge import MAX_SPAN_DAYS, Earliest, Report, attachment_score, combine, date_range, is_vague, same_event
from eventwire.store.migrations import LATEST, MIGRATIONS
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


def new_event_id(article_id: str, ordinal: int) -> str:
    """An id derived from the report that founded the event: the same corpus gives the same ids."""
    return "ev-" + hashlib.sha1(f"{article_id}\x1f{ordinal}".encode("utf-8")).hexdigest()[:12]


def _dumps(event: Event) -> str:
    return json.dumps(event.to_dict(), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Store(ABC):
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
                    (migration.version, migration.description, _now()),
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
            "SELECT id, text, published, outlet, url, title, language FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        if row is None:
            return None
        published = date.fromisoformat(row[2]) if row[2] else None
        return Article(id=row[0], text=row[1], published=published, outlet=row[3], url=row[4], title=row[5], language=row[6])

    def add_article(self, article: Article, events: list[Event]) -> AddResult:
        """Store an article, its text and its events, merging each event into any stored act it matches.

        Skips (``stored=False``) an article already stored by id or by content.
        """
        with self._article_transaction():
            if self.has_article(article.id, article.text):
                return AddResult(stored=False)
            published = article.published.isoformat() if article.published else ""
            self.execute(
                "INSERT INTO articles (id, content_hash, url, outlet, title, published, language, text, ingested_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (article.id, content_hash(article.text), article.url, article.outlet, article.title,
                 published or None, article.language, article.text, _now()),
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
            result.event_ids = tuple(ids)
            return result

    @staticmethod
    def _with_source(event: Event, article: Article, published: str) -> Event:
        """Every report names its article as a source, whatever the extractor filled in."""
        if any(s.article_id == article.id for s in event.sources):
            return event
        source = Source(article_id=article.id, outlet=article.outlet, url=article.url, published=published)
        return replace(event, sources=[source, *event.sources])

    # --- merging --------------------------------------------------------------------

    def _overlapping(self, span: tuple[date, date], vague: bool) -> list[tuple[Report, str]]:
        """Stored precise (or vague) reports whose span of days overlaps ``span``, with their event ids."""
        lo, hi = span
        rows = self.rows(
            "SELECT article_id, ordinal, published, record, event_id FROM reports"
            " WHERE date_lo >= ? AND date_lo <= ? AND date_hi >= ? AND vague = ?",
            ((lo - timedelta(days=MAX_SPAN_DAYS)).isoformat(), hi.isoformat(), lo.isoformat(), int(vague)),
        )
        return [(Report(a, o, p, Event.from_dict(json.loads(rec))), eid) for a, o, p, rec, eid in rows]

    def _new_event(self, report: Report) -> str:
        event_id = new_event_id(report.article_id, report.ordinal)
        self.execute("INSERT INTO events (event_id, seq, record, updated_at)"
                     " SELECT ?, COALESCE(MAX(seq), 0) + 1, ?, ? FROM events", (event_id, "{}", _now()))
        return event_id

    def _place_report(self, report: Report) -> tuple[str, bool]:
        """Insert one report and put it in its event: a new one, or the stored act(s) it matches.

        Precise reports link to every precise report they match (the events merge);
        a vague one joins only the event it fits best, and precise reports arriving
        later may draw it to a better one, so the grouping is the same in any order.
        """
        span = date_range(report.event, report.published)
        vague = span is not None and is_vague(report.event)
        if span is None:
            event_id, joined = self._new_event(report), False
        elif vague:
            best = self._best_event(report, span)
            event_id, joined = best or self._new_event(report), best is not None
        else:
            matched = sorted({eid for other, eid in self._overlapping(span, vague=False) if same_event(report, other)})
            joined = bool(matched)
            if not matched:
                event_id = self._new_event(report)
            else:
                marks = ",".join("?" * len(matched))
                # the oldest event survives, so no stored id is ever renumbered
                event_id = self.scalar(
                    f"SELECT event_id FROM events WHERE event_id IN ({marks}) ORDER BY seq LIMIT 1", matched)
                for other in matched:
                    if other != event_id:
                        self._absorb(event_id, other)
        self.execute(
            "INSERT INTO reports (article_id, ordinal, event_id, event_date, published, record, date_lo, date_hi, vague)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (report.article_id, report.ordinal, event_id, (report.event.event_date or "")[:10], report.published,
             _dumps(report.event), span[0].isoformat() if span else "", span[1].isoformat() if span else "",
             int(vague)),
        )
        if span is not None and not vague:
            self._reattach_vague(event_id)
        self._refresh(event_id)
        return event_id, joined

    def _best_event(self, report: Report, span: tuple[date, date]) -> str | None:
        """The event of precise reports a vague report fits best (ties: the event told first), or None."""
        by_event: dict[str, list[Report]] = {}
        own: set[str] = set()  # events holding another act of the same article: the extractor split them
        for other, eid in self._overlapping(span, vague=False):
            if other.article_id == report.article_id:
                own.add(eid)
            elif same_event(report, other):
                by_event.setdefault(eid, []).append(other)
        for eid in own:
            by_event.pop(eid, None)
        if not by_event:
            return None
        return max(by_event, key=lambda eid: (attachment_score(report, by_event[eid]),
                                              Earliest(min(r.key for r in by_event[eid]))))

    def _reattach_vague(self, event_id: str) -> None:
        """After an event of precise reports grew, move each vague report that now fits it better."""
        rows = self.rows("SELECT article_id, ordinal, published, record, date_lo, date_hi FROM reports"
                         " WHERE event_id = ? AND vague = 0 AND date_lo <> ''", (event_id,))
        if not rows:
            return
        precise = [Report(a, o, p, Event.from_dict(json.loads(rec))) for a, o, p, rec, _, _ in rows]
        lo, hi = min(r[4] for r in rows), max(r[5] for r in rows)
        for vague, current in self._overlapping((date.fromisoformat(lo), date.fromisoformat(hi)), vague=True):
            if not any(same_event(vague, r) for r in precise):
                continue
            span = date_range(vague.event, vague.published)
            best = self._best_event(vague, span) if span else None
            if best is None or best == current:
                continue
            self.execute("UPDATE reports SET event_id = ? WHERE article_id = ? AND ordinal = ?",
                         (best, vague.article_id, vague.ordinal))
            if self.scalar("SELECT 1 FROM reports WHERE event_id = ?", (current,)):
                self._refresh(current)
            else:
                self._absorb(best, current)
            if best != event_id:
                self._refresh(best)

    def _absorb(self, survivor: str, other: str) -> None:
        """A new report bridged two stored events: fold ``other`` into ``survivor``, keep its id as an alias."""
        self.execute("UPDATE reports SET event_id = ? WHERE event_id = ?", (survivor, other))
        self.execute("UPDATE event_aliases SET event_id = ? WHERE event_id = ?", (survivor, other))
        self.execute("INSERT INTO event_aliases (alias_id, event_id) VALUES (?, ?)", (other, survivor))
        self.execute("DELETE FROM events WHERE event_id = ?", (other,))

    def _refresh(self, event_id: str) -> None:
        """Recompute the merged record of an event from all its reports."""
        rows = self.rows("SELECT article_id, ordinal, published, record FROM reports WHERE event_id = ?", (event_id,))
        event = combine([Report(a, o, p, Event.from_dict(json.loads(rec))) for a, o, p, rec in rows], event_id)
        loc = event.location
        self.execute(
            "UPDATE events SET event_date = ?, iso = ?, country = ?, admin1 = ?, event_type = ?, sub_event_type = ?,"
            " actor1 = ?, actor2 = ?, latitude = ?, longitude = ?, fatalities_best = ?, n_sources = ?, record = ?,"
            " updated_at = ? WHERE event_id = ?",
            (event.event_date or "", loc.iso if loc else "", loc.country if loc else "", loc.admin1 if loc else "",
             event.event_type, event.sub_event_type, event.actor1.name if event.actor1 else "",
             event.actor2.name if event.actor2 else "", loc.latitude if loc else None, loc.longitude if loc else None,
             event.fatalities.best, len(event.sources), _dumps(event), _now(), event_id),
        )

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
        cur = self.execute(f"SELECT record FROM events{clause} ORDER BY event_date, event_id", params)
        for (record,) in cur:
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
