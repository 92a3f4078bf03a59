"""Load GeoNames dump files (``IQ.txt``, ``IQ.zip``, ``allCountries.zip``) into a store.

The package data stops at towns of 500 people; conflict reports name villages.
A user who downloads GeoNames' own dumps gets them here. Loading streams the
file line by line and writes in batches, so memory stays flat on the 12
million rows of allCountries. It is resumable: each batch commits together
with the number of lines done, a rerun skips those lines, and a finished file
is not read again. Rows are upserted by GeoNames id, so a village that is also
in cities500 is replaced, not doubled.

Kept: populated places (feature class P, less historical, abandoned and
destroyed ones; sections of a city become areas) and first- and second-level
units (ADM1, ADM2). ``admin1CodesASCII.txt`` and ``admin2Codes.txt`` name the
units the places' codes point at.
"""

from __future__ import annotations

import io
import sqlite3
import zipfile
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from eventwire.progress import bar as progress_bar

from . import store
from .build import name_rows
from .model import ADMIN1, ADMIN2, AREA, CITY
from .names import norm_key

BATCH = 20_000
BAR_LINES = 2_000  # the bar moves every this many lines (BATCH is a multiple)
SKIP_CODES = {"PPLH", "PPLQ", "PPLW", "PPLCH"}  # historical, abandoned, destroyed
AREA_CODES = {"PPLX"}  # a section of a populated place: a neighbourhood
UNIT_CODES = {"ADM1": ADMIN1, "ADM2": ADMIN2}


@dataclass
class LoadSummary:
    """What one load did, per file."""

    files: dict[str, int] = field(default_factory=dict)  # file name -> rows kept
    skipped: list[str] = field(default_factory=list)  # files already loaded


def load(path: Path, files: list[Path], admin1: Path | None = None, admin2: Path | None = None,
         force: bool = False, progress: bool = True) -> LoadSummary:
    """Load dump files and code tables into the store at ``path`` (which must exist).

    With only single-country dumps (``IQ.zip``), the code tables' rows of those
    countries alone are loaded: the tables cover the world, and a unit of a
    country whose places are not loaded would have no position.
    """
    summary = LoadSummary()
    countries = _countries_of(files)
    conn = store.connect(path, readonly=False)
    try:
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("CREATE INDEX IF NOT EXISTS place_unit ON place (country, admin1_code, admin2_code)")
        if admin1 is not None:
            _load_codes(conn, admin1, ADMIN1, countries)
        if admin2 is not None:
            _load_codes(conn, admin2, ADMIN2, countries)
        for f in files:
            rows = _load_file(conn, f, force, progress)
            if rows is None:
                summary.skipped.append(f.name)
            else:
                summary.files[f.name] = rows
        _finish_units(conn)
        conn.commit()
    finally:
        conn.close()
    return summary


# --- reading -------------------------------------------------------------------


def _countries_of(files: list[Path]) -> set[str] | None:
    """The countries of single-country dumps (IQ.zip, ML.txt); None when any file is another."""
    codes = {f.stem.upper() for f in files}
    if not files or not all(len(c) == 2 and c.isalpha() for c in codes):
        return None
    return codes


@contextmanager
def open_text(path: Path) -> Iterator[tuple[TextIO, int]]:
    """The dump's text and its size in bytes; a .zip is read through its .txt member."""
    if path.suffix.lower() != ".zip":
        with path.open(encoding="utf-8", newline="") as f:
            yield f, path.stat().st_size
        return
    with zipfile.ZipFile(path) as z:
        members = [i for i in z.infolist() if i.filename.endswith(".txt") and "readme" not in i.filename.lower()]
        if not members:
            raise ValueError(f"{path}: no .txt member in the zip")
        info = max(members, key=lambda i: i.file_size)
        with z.open(info) as raw:
            yield io.TextIOWrapper(raw, encoding="utf-8", newline=""), info.file_size


def _file_id(path: Path) -> str:
    """A dump's name, size and time: a newer copy of a file (downloaded again) is loaded again."""
    st = path.stat()
    return f"load:{path.name}:{st.st_size}:{int(st.st_mtime)}"


def _load_file(conn: sqlite3.Connection, path: Path, force: bool, show: bool) -> int | None:
    """Rows kept from one dump, or None when it was loaded before (and not forced)."""
    fid = _file_id(path)
    state = conn.execute("SELECT value FROM meta WHERE key = ?", (fid,)).fetchone()
    if state and state[0] == "done" and not force:
        return None
    start_line = int(state[0]) if state and state[0] != "done" and not force else 0
    kept: Counter[str] = Counter()  # rows by country, the part a resumed load skips included
    with open_text(path) as (text, size):
        bar = progress_bar(size, f"loading {path.name}", data=True, enabled=None if show else False)
        places: list[store.PlaceRow] = []
        names: list[store.NameRow] = []
        read = shown = 0  # characters read, and as far as the bar has been moved
        for n, line in enumerate(text, start=1):
            read += len(line)
            row = parse_row(line)
            if row is not None:
                kept[row.country] += 1
                if n > start_line:
                    _add(conn, row, places, names)
            if n % BAR_LINES == 0:
                bar.update(read - shown)
                shown = read
                if n > start_line and n % BATCH == 0:
                    _flush(conn, places, names, fid, str(n))
                    bar.set_postfix_str(f"{kept.total():,} places")
        store.record_load(conn, path.name, kept, store.utc_now())
        _flush(conn, places, names, fid, "done")
        bar.update(max(size - shown, 0))
        bar.set_postfix_str(f"{kept.total():,} places", refresh=False)
        bar.close()
    return kept.total()


@dataclass
class DumpRow:
    geonameid: int
    name: str
    alternates: list[str]
    lat: float
    lon: float
    feature_class: str
    feature_code: str
    country: str
    admin1: str
    admin2: str
    population: int


def parse_row(line: str) -> DumpRow | None:
    """One line of a GeoNames main table, or None for a feature the gazetteer does not keep."""
    cols = line.rstrip("\r\n").split("\t")
    if len(cols) < 15 or not cols[0].isdigit():
        return None
    fclass, fcode = cols[6], cols[7]
    if fclass == "P":
        if fcode in SKIP_CODES:
            return None
    elif not (fclass == "A" and fcode in UNIT_CODES):
        return None
    try:
        lat, lon = float(cols[4]), float(cols[5])
    except ValueError:
        return None
    alternates = [a for a in cols[3].split(",") if a] if cols[3] else []
    if cols[2] and cols[2] != cols[1]:
        alternates.insert(0, cols[2])
    return DumpRow(
        geonameid=int(cols[0]), name=cols[1], alternates=alternates, lat=lat, lon=lon,
        feature_class=fclass, feature_code=fcode, country=cols[8], admin1=cols[10],
        admin2=cols[11], population=int(cols[14]) if cols[14].isdigit() else 0,
    )


# --- writing -------------------------------------------------------------------


def _add(conn: sqlite3.Connection, row: DumpRow, places: list, names: list) -> None:
    kind = UNIT_CODES.get(row.feature_code) if row.feature_class == "A" else (
        AREA if row.feature_code in AREA_CODES else CITY)
    place_id = row.geonameid
    if kind in (ADMIN1, ADMIN2):
        place_id = _unit_place(conn, row, kind)
        if place_id != row.geonameid:  # the store knows this unit already: add names and a position
            conn.execute("UPDATE place SET lat = IFNULL(lat, ?), lon = IFNULL(lon, ?) WHERE id = ?",
                         (row.lat, row.lon, place_id))
            names.extend(name_rows(place_id, row.name, row.alternates))
            return
    places.append((place_id, row.geonameid, kind, row.name, row.country, row.admin1,
                   row.admin2 if kind != ADMIN1 else "", row.lat, row.lon, row.population))
    names.extend(name_rows(place_id, row.name, row.alternates))


def _unit_place(conn: sqlite3.Connection, row: DumpRow, kind: str) -> int:
    """The store id of the unit a dump's ADM1/ADM2 row describes; registers new units."""
    if kind == ADMIN1:
        hit = conn.execute("SELECT place_id FROM admin1 WHERE country = ? AND code = ?",
                           (row.country, row.admin1)).fetchone()
        if hit and hit[0] is not None:  # the code table's name stands
            return int(hit[0])
        conn.execute("INSERT OR REPLACE INTO admin1 VALUES (?, ?, ?, ?)",
                     (row.country, row.admin1, row.name, row.geonameid))
        return row.geonameid
    hit = conn.execute("SELECT place_id FROM admin2 WHERE country = ? AND admin1_code = ? AND code = ?",
                       (row.country, row.admin1, row.admin2)).fetchone()
    if hit and hit[0] is not None:
        return int(hit[0])
    same = _same_named_admin2(conn, row.country, row.admin1, row.name)
    place_id = same if same is not None else row.geonameid
    conn.execute("INSERT OR REPLACE INTO admin2 VALUES (?, ?, ?, ?, ?)",
                 (row.country, row.admin1, row.admin2, row.name, place_id))
    return place_id


def _same_named_admin2(conn: sqlite3.Connection, country: str, admin1: str, name: str) -> int | None:
    """A district the package data already has under another code (same province, same name)."""
    key = norm_key(name)
    for (pid,) in conn.execute(
        "SELECT n.place_id FROM name n JOIN place p ON p.id = n.place_id"
        " WHERE n.key = ? AND p.kind = ? AND p.country = ? AND p.admin1_code = ?",
        (key, ADMIN2, country, admin1),
    ):
        return int(pid)
    return None


def _flush(conn: sqlite3.Connection, places: list, names: list, fid: str, state: str) -> None:
    """Write one batch and the resume point in one transaction."""
    store.upsert_places(conn, places)
    store.insert_names(conn, names)
    conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (fid, state))
    conn.commit()
    places.clear()
    names.clear()


def _load_codes(conn: sqlite3.Connection, path: Path, kind: str, countries: set[str] | None) -> int:
    """admin1CodesASCII.txt / admin2Codes.txt: name each code (of ``countries``, or of all);
    new units get a store place."""
    n = 0
    with open_text(path) as (text, _):
        for line in text:
            cols = line.rstrip("\r\n").split("\t")
            if len(cols) < 2 or "." not in cols[0]:
                continue
            parts = cols[0].split(".")
            if countries is not None and parts[0] not in countries:
                continue
            gid = int(cols[3]) if len(cols) > 3 and cols[3].isdigit() else None
            name, ascii_name = cols[1], cols[2] if len(cols) > 2 else cols[1]
            if kind == ADMIN1 and len(parts) == 2:
                _register_unit(conn, kind, parts[0], parts[1], "", name, ascii_name, gid)
            elif kind == ADMIN2 and len(parts) == 3:
                _register_unit(conn, kind, parts[0], parts[1], parts[2], name, ascii_name, gid)
            else:
                continue
            n += 1
    conn.commit()
    return n


def _register_unit(conn: sqlite3.Connection, kind: str, cc: str, a1: str, a2: str, name: str,
                   ascii_name: str, gid: int | None) -> None:
    table_hit = (
        conn.execute("SELECT place_id FROM admin1 WHERE country = ? AND code = ?", (cc, a1)).fetchone()
        if kind == ADMIN1 else
        conn.execute("SELECT place_id FROM admin2 WHERE country = ? AND admin1_code = ? AND code = ?",
                     (cc, a1, a2)).fetchone()
    )
    if table_hit and table_hit[0] is not None:
        pid = int(table_hit[0])
    else:
        same = _same_named_admin2(conn, cc, a1, name) if kind == ADMIN2 else None
        pid = same if same is not None else (gid if gid is not None else _new_unit_id(conn))
        if same is None and not conn.execute("SELECT 1 FROM place WHERE id = ?", (pid,)).fetchone():
            store.upsert_places(conn, [(pid, gid, kind, ascii_name or name, cc, a1, a2, None, None, 0)])
        if kind == ADMIN1:
            conn.execute("INSERT OR REPLACE INTO admin1 VALUES (?, ?, ?, ?)", (cc, a1, ascii_name or name, pid))
        else:
            conn.execute("INSERT OR REPLACE INTO admin2 VALUES (?, ?, ?, ?, ?)",
                         (cc, a1, a2, ascii_name or name, pid))
    store.insert_names(conn, list(name_rows(pid, ascii_name or name, [name])))


def _new_unit_id(conn: sqlite3.Connection) -> int:
    low = conn.execute("SELECT MIN(id) FROM place").fetchone()[0] or 0
    return min(low, 0) - 1


def _finish_units(conn: sqlite3.Connection) -> None:
    """Units still without a position sit at the population-weighted centre of their places."""
    conn.execute(
        f"""UPDATE place AS u SET
              lat = (SELECT SUM(c.lat * MAX(c.population, 1)) / SUM(MAX(c.population, 1)) FROM place c
                     WHERE c.kind IN ('{CITY}', '{AREA}') AND c.country = u.country
                       AND c.admin1_code = u.admin1_code
                       AND (u.kind = '{ADMIN1}' OR c.admin2_code = u.admin2_code)),
              lon = (SELECT SUM(c.lon * MAX(c.population, 1)) / SUM(MAX(c.population, 1)) FROM place c
                     WHERE c.kind IN ('{CITY}', '{AREA}') AND c.country = u.country
                       AND c.admin1_code = u.admin1_code
                       AND (u.kind = '{ADMIN1}' OR c.admin2_code = u.admin2_code))
            WHERE u.kind IN ('{ADMIN1}', '{ADMIN2}') AND u.lat IS NULL"""
    )

