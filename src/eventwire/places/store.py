"""The gazetteer's SQLite file: where it lives, its schema, and its queries.

Every SQL statement of the gazetteer is here, so the builder, the dump loader
and the lookups agree on one schema. The file is derived data: it is built on
first use (see build.py) and never shipped.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Iterator

from .model import Place

SCHEMA_VERSION = 9

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE place (
    id INTEGER PRIMARY KEY,          -- GeoNames id, or negative for derived units
    geonameid INTEGER UNIQUE,
    kind TEXT NOT NULL,              -- city | admin1 | admin2 | country
    name TEXT NOT NULL,
    country TEXT NOT NULL,           -- ISO 3166-1 alpha-2
    admin1_code TEXT NOT NULL DEFAULT '',
    admin2_code TEXT NOT NULL DEFAULT '',
    lat REAL, lon REAL,
    population INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE name (key TEXT NOT NULL, phon TEXT NOT NULL, place_id INTEGER NOT NULL,
                   main INTEGER NOT NULL, PRIMARY KEY (key, place_id)) WITHOUT ROWID;
CREATE INDEX name_phon ON name (phon) WHERE phon != '';
CREATE INDEX name_place ON name (place_id);
CREATE TABLE admin1 (country TEXT, code TEXT, name TEXT, place_id INTEGER,
                     PRIMARY KEY (country, code));
CREATE TABLE admin2 (country TEXT, admin1_code TEXT, code TEXT, name TEXT, place_id INTEGER,
                     PRIMARY KEY (country, admin1_code, code));
CREATE TABLE country (iso TEXT PRIMARY KEY, name TEXT, place_id INTEGER);
"""

DUMP_LOADS = """
CREATE TABLE IF NOT EXISTS dump_load (
    file TEXT NOT NULL,              -- a GeoNames dump's file name (IQ.zip)
    country TEXT NOT NULL,
    places INTEGER NOT NULL,         -- rows of that country the file holds
    loaded_at TEXT NOT NULL,         -- UTC, ISO 8601
    PRIMARY KEY (file, country)
)"""
"""Which dumps brought which countries' places, and when. Added to version 7 without a
version change (nothing reads it but ``gazetteer status``): older stores get it on their next load."""

_SELECT = """
SELECT p.id, p.name, p.kind, p.country, p.admin1_code, IFNULL(a1.name, ''), IFNULL(a2.name, ''),
       p.lat, p.lon, p.population, p.geonameid, IFNULL(c.name, ''), MAX(n.main), p.admin2_code
FROM name n JOIN place p ON p.id = n.place_id
LEFT JOIN admin1 a1 ON a1.country = p.country AND a1.code = p.admin1_code
LEFT JOIN admin2 a2 ON a2.country = p.country AND a2.admin1_code = p.admin1_code
                    AND a2.code = p.admin2_code
LEFT JOIN country c ON c.iso = p.country
WHERE n.{column} = ?
GROUP BY p.id
"""


def default_path() -> Path:
    """$EVENTWIRE_GAZETTEER, else a versioned file in the user's cache directory."""
    env = os.environ.get("EVENTWIRE_GAZETTEER")
    if env:
        return Path(env).expanduser()
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return cache / "eventwire" / f"gazetteer-v{SCHEMA_VERSION}.sqlite"


def connect(path: Path, readonly: bool = True) -> sqlite3.Connection:
    """Open the store; read-only connections may be shared by threads (reads only)."""
    if readonly:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    else:
        conn = sqlite3.connect(path)
    conn.execute("PRAGMA cache_size = -65536")
    return conn


def create_schema(conn: sqlite3.Connection) -> None:
    conn.executescript(SCHEMA)
    conn.execute(DUMP_LOADS)
    conn.execute("INSERT INTO meta VALUES ('schema', ?)", (str(SCHEMA_VERSION),))


def is_valid(path: Path) -> bool:
    """True when ``path`` is a complete store of this schema version."""
    if not path.is_file():
        return False
    try:
        conn = connect(path)
        try:
            row = conn.execute("SELECT value FROM meta WHERE key = 'complete'").fetchone()
            version = conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return False
    return bool(row) and version == (str(SCHEMA_VERSION),)


def loaded_files(path: Path) -> list[str]:
    """Names of the GeoNames dumps loaded into the store at ``path`` (see geonames_dump)."""
    try:
        conn = connect(path)
        try:
            rows = conn.execute("SELECT key FROM meta WHERE key LIKE 'load:%'").fetchall()
        finally:
            conn.close()
    except sqlite3.Error:
        return []
    return list(dict.fromkeys(key.split(":")[1] for (key,) in rows))


@dataclass
class CountryLoad:
    """One country's places as loaded from GeoNames dumps (see ``gazetteer status``)."""

    country: str
    name: str
    places: int  # places of the country in the store now, package data included
    dump_rows: int  # rows of the country the dump files held
    files: list[str]
    loaded_at: str


@dataclass
class Status:
    """What a store holds: for ``eventwire gazetteer status``."""

    path: Path
    places: int
    built_at: str
    loads: list[CountryLoad]
    unrecorded: list[str]  # dumps loaded before loads were recorded: names only


def utc_now() -> str:
    """The time a build or load is recorded with."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def status(path: Path) -> Status:
    """The store's size, when it was built, and the dumps loaded into it, by country."""
    conn = connect(path)
    try:
        built = conn.execute("SELECT value FROM meta WHERE key = 'built'").fetchone()
        total = conn.execute("SELECT COUNT(*) FROM place").fetchone()[0]
        has_loads = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'dump_load'").fetchone()
        rows = conn.execute(
            """SELECT d.country, IFNULL(c.name, ''), SUM(d.places), GROUP_CONCAT(d.file, ' '),
                      MAX(d.loaded_at), (SELECT COUNT(*) FROM place p WHERE p.country = d.country)
               FROM dump_load d LEFT JOIN country c ON c.iso = d.country
               GROUP BY d.country ORDER BY d.country""").fetchall() if has_loads else []
        recorded = {f for (f,) in conn.execute("SELECT DISTINCT file FROM dump_load")} if has_loads else set()
    finally:
        conn.close()
    loads = [CountryLoad(cc, name, here, rows_, sorted(files.split()), at)
             for cc, name, rows_, files, at, here in rows]
    return Status(path, total, built[0] if built else "", loads,
                  [f for f in loaded_files(path) if f not in recorded])


def record_load(conn: sqlite3.Connection, file: str, rows_by_country: dict[str, int], when: str) -> None:
    """Remember the countries whose places the dump ``file`` held; a reload replaces the record."""
    conn.execute(DUMP_LOADS)
    conn.execute("DELETE FROM dump_load WHERE file = ?", (file,))
    conn.executemany("INSERT INTO dump_load VALUES (?, ?, ?, ?)",
                     [(file, cc, n, when) for cc, n in sorted(rows_by_country.items())])


def mark_complete(conn: sqlite3.Connection, **info: str) -> None:
    info["complete"] = "1"
    conn.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", info.items())


def places_by(conn: sqlite3.Connection, column: str, key: str) -> list[tuple[Place, bool]]:
    """Places with a name whose ``column`` ('key' or 'phon') equals ``key``, with is-main-name."""
    assert column in ("key", "phon")
    sql = _SELECT.format(column=column)
    if column == "phon":  # lets SQLite use the partial index on phon
        sql = sql.replace("WHERE n.phon = ?", "WHERE n.phon = ? AND n.phon != ''")
    rows = conn.execute(sql, (key,)).fetchall()
    return [(_place(r), bool(r[12])) for r in rows]


def place_by_id(conn: sqlite3.Connection, place_id: int) -> Place | None:
    row = conn.execute(
        _SELECT.replace("WHERE n.{column} = ?", "WHERE p.id = ?"), (place_id,)
    ).fetchone()
    return _place(row) if row else None


def capital_place(conn: sqlite3.Connection, iso: str) -> Place | None:
    """A country's capital city: the biggest town at the point the country is placed at."""
    country = country_place(conn, iso)
    if country is None or country.latitude is None:
        return None
    row = conn.execute("SELECT id FROM place WHERE kind = 'city' AND country = ? AND lat = ? AND lon = ?"
                       " ORDER BY population DESC LIMIT 1", (iso, country.latitude, country.longitude)).fetchone()
    return place_by_id(conn, row[0]) if row else None


def admin1_place(conn: sqlite3.Connection, country: str, code: str) -> Place | None:
    """The admin1 unit a GeoNames admin1 code stands for, when the store knows it."""
    row = conn.execute(
        "SELECT place_id FROM admin1 WHERE country = ? AND code = ?", (country, code)
    ).fetchone()
    return place_by_id(conn, row[0]) if row and row[0] is not None else None


def country_place(conn: sqlite3.Connection, iso: str) -> Place | None:
    row = conn.execute("SELECT place_id FROM country WHERE iso = ?", (iso,)).fetchone()
    return place_by_id(conn, row[0]) if row and row[0] is not None else None


def _place(r: tuple) -> Place:
    return Place(
        id=r[0], name=r[1], kind=r[2], country=r[3], admin1_code=r[4], admin1=r[5],
        admin2=r[6], latitude=r[7], longitude=r[8], population=r[9] or 0,
        geonameid=r[10], country_name=r[11], admin2_code=r[13],
    )


# --- writing -----------------------------------------------------------------

PlaceRow = tuple[int, int | None, str, str, str, str, str, float | None, float | None, int]
NameRow = tuple[str, str, int, int]


def upsert_places(conn: sqlite3.Connection, rows: Iterable[PlaceRow]) -> None:
    """Insert or replace places by id (id, geonameid, kind, name, country, a1, a2, lat, lon, pop)."""
    conn.executemany(
        """INSERT INTO place (id, geonameid, kind, name, country, admin1_code, admin2_code,
                              lat, lon, population)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (id) DO UPDATE SET geonameid = excluded.geonameid, kind = excluded.kind,
               name = excluded.name, country = excluded.country,
               admin1_code = excluded.admin1_code, admin2_code = excluded.admin2_code,
               lat = excluded.lat, lon = excluded.lon, population = excluded.population""",
        rows,
    )


def insert_names(conn: sqlite3.Connection, rows: Iterable[NameRow]) -> None:
    """Add (key, phonetic key, place id, is-main) rows; a repeated key keeps the main flag."""
    conn.executemany(
        """INSERT INTO name (key, phon, place_id, main) VALUES (?, ?, ?, ?)
           ON CONFLICT (key, place_id) DO UPDATE SET main = MAX(main, excluded.main)""",
        rows,
    )


def iter_ids(conn: sqlite3.Connection, sql: str, args: tuple = ()) -> Iterator[int]:
    for (i,) in conn.execute(sql, args):
        yield i
