"""Versioned schema migrations, shared by both back ends.

Each migration runs once, in order, inside a transaction, and is recorded in
``schema_migrations``. Never edit a released migration: append a new one.
``{real}`` and ``{bigint}`` stand for the column types each back end spells differently.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    statements: tuple[str, ...]


_EVENT_COLUMNS = ("event_id, seq, event_date, iso, country, admin1, event_type, sub_event_type, actor1, actor2,"
                  " latitude, longitude, fatalities_best, n_sources, record, updated_at")

MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "articles, per-article reports, merged events, aliases",
        (
            """CREATE TABLE articles (
                id TEXT PRIMARY KEY,
                content_hash TEXT NOT NULL UNIQUE,
                url TEXT NOT NULL DEFAULT '',
                outlet TEXT NOT NULL DEFAULT '',
                title TEXT NOT NULL DEFAULT '',
                published TEXT,
                language TEXT NOT NULL DEFAULT 'en',
                text TEXT NOT NULL,
                ingested_at TEXT NOT NULL
            )""",
            """CREATE TABLE events (
                event_id TEXT PRIMARY KEY,
                seq {bigint} NOT NULL UNIQUE,
                event_date TEXT NOT NULL DEFAULT '',
                iso TEXT NOT NULL DEFAULT '',
                country TEXT NOT NULL DEFAULT '',
                admin1 TEXT NOT NULL DEFAULT '',
                event_type TEXT NOT NULL DEFAULT '',
                sub_event_type TEXT NOT NULL DEFAULT '',
                actor1 TEXT NOT NULL DEFAULT '',
                actor2 TEXT NOT NULL DEFAULT '',
                latitude {real},
                longitude {real},
                fatalities_best INTEGER NOT NULL DEFAULT 0,
                n_sources INTEGER NOT NULL DEFAULT 0,
                record TEXT NOT NULL,
                updated_at TEXT NOT NULL
            )""",
            "CREATE INDEX events_date ON events (event_date)",
            "CREATE INDEX events_place ON events (latitude, longitude)",
            """CREATE TABLE reports (
                article_id TEXT NOT NULL REFERENCES articles (id),
                ordinal INTEGER NOT NULL,
                event_id TEXT NOT NULL,
                event_date TEXT NOT NULL DEFAULT '',
                published TEXT NOT NULL DEFAULT '',
                record TEXT NOT NULL,
                PRIMARY KEY (article_id, ordinal)
            )""",
            "CREATE INDEX reports_date ON reports (event_date)",
            "CREATE INDEX reports_event ON reports (event_id)",
            """CREATE TABLE event_aliases (
                alias_id TEXT PRIMARY KEY,
                event_id TEXT NOT NULL
            )""",
            "CREATE INDEX event_aliases_target ON event_aliases (event_id)",
        ),
    ),
    Migration(
        2,
        "the span of days each report allows and whether it is vague, for merge candidates",
        (
            "ALTER TABLE reports ADD COLUMN date_lo TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE reports ADD COLUMN date_hi TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE reports ADD COLUMN vague INTEGER NOT NULL DEFAULT 0",
            "UPDATE reports SET date_lo = event_date, date_hi = event_date",
            "CREATE INDEX reports_span ON reports (date_lo, date_hi)",
        ),
    ),
    Migration(
        3,
        "the article's dateline: where (and when) it was filed, and its span in the text",
        (
            "ALTER TABLE articles ADD COLUMN dateline_place TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE articles ADD COLUMN dateline_date TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE articles ADD COLUMN dateline_start INTEGER NOT NULL DEFAULT 0",
            "ALTER TABLE articles ADD COLUMN dateline_end INTEGER NOT NULL DEFAULT 0",
        ),
    ),
    Migration(
        4,
        "fatalities_best may be NULL: a report that gives no toll leaves it unknown, not 0",
        (
            # Rebuilt rather than altered: SQLite cannot drop a NOT NULL constraint in place.
            """CREATE TABLE events_v4 (
                event_id TEXT PRIMARY KEY,
                seq {bigint} NOT NULL UNIQUE,
                event_date TEXT NOT NULL DEFAULT '',
                iso TEXT NOT NULL DEFAULT '',
                country TEXT NOT NULL DEFAULT '',
                admin1 TEXT NOT NULL DEFAULT '',
                event_type TEXT NOT NULL DEFAULT '',
                sub_event_type TEXT NOT NULL DEFAULT '',
                actor1 TEXT NOT NULL DEFAULT '',
                actor2 TEXT NOT NULL DEFAULT '',
                latitude {real},
                longitude {real},
                fatalities_best INTEGER,
                n_sources INTEGER NOT NULL DEFAULT 0,
                record TEXT NOT NULL,
                updated_at TEXT NOT NULL
            )""",
            f"INSERT INTO events_v4 ({_EVENT_COLUMNS}) SELECT {_EVENT_COLUMNS} FROM events",
            "DROP TABLE events",
            "ALTER TABLE events_v4 RENAME TO events",
            "CREATE INDEX events_date ON events (event_date)",
            "CREATE INDEX events_place ON events (latitude, longitude)",
        ),
    ),
)

LATEST = MIGRATIONS[-1].version
