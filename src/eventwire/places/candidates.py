"""Every place a name may stand for: lookups over one store file.

A name's candidates are the store's places under its exact key, else under its
sounds-alike key when the spellings are close; an acronym or an everyday word
stands only for a big place or a unit.
"""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from . import store
from .model import ADMIN1, CITY, COUNTRY, Place
from .names import direction_variants, norm_key, phonetic_key
from .words import generic_words, is_common_word, spelt_alike

BIG_PLACE = 200_000  # people: a place known well beyond its country
TOWN = 50_000  # people: a place whose name inside an organisation's is still the place
WORLD_CITY = 1_000_000  # people: a place abroad a report may name without naming its country


@dataclass(frozen=True)
class Candidate:
    place: Place
    main: bool  # matched the place's main name, not an alternate spelling
    phonetic: bool  # matched only by the sounds-alike key


class Lookup:
    """Name lookups over one store file; cheap to share, one connection per thread."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._local = threading.local()
        self.lookup = lru_cache(maxsize=50_000)(self._lookup)
        self._countries: dict[str, Place | None] = {}
        self._capitals: dict[str, Place | None] = {}  # the query scans a country's towns: once each

    @property
    def conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._local.conn = store.connect(self.path)
        return conn

    def _lookup(self, name: str) -> tuple[Candidate, ...]:
        """Every place a name may stand for: exact key first, sounds-alike key second.

        A name that is also a common English word ("Bus", "Said", "Market")
        stands only for a big place or a unit (London, Georgia), never for the
        village somewhere that bears it.
        """
        key = norm_key(name.replace("&", " and "))  # "Jammu & Kashmir"
        if not key or key in generic_words():
            return ()
        found = [Candidate(p, main, False) for p, main in store.places_by(self.conn, "key", key)]
        for other in direction_variants(key) if not found else ():  # "North Kivu" is "Nord Kivu"
            found = [Candidate(p, main, False) for p, main in store.places_by(self.conn, "key", other)]
            if found:
                break
        if not found and len(key) > 5 and key.endswith("s") and " " not in key:
            # a possessive that lost its apostrophe in scraping: "Benghazis Al-Jalaa Hospital"
            found = [Candidate(p, main, False) for p, main in store.places_by(self.conn, "key", key[:-1])]
        if not found:
            phon = phonetic_key(name)
            if phon and len(key) >= 5:
                # "Dattakhel" for Datta Khel: the same letters, only run together, are the name
                # as written, not a name that merely sounds like it
                joined = key.replace(" ", "")
                found = [Candidate(p, main, norm_key(p.name).replace(" ", "") != joined)
                         for p, main in store.places_by(self.conn, "phon", phon) if spelt_alike(name, p.name)]
        if found and len(name) <= 4 and name.isupper():  # "IRA", "MEC": acronyms; "KANO" a city
            found = [c for c in found if c.main and not c.phonetic and c.place.population >= TOWN]
        if found and is_common_word(key):
            found = [c for c in found if c.main and not c.phonetic and (
                c.place.kind in (ADMIN1, COUNTRY) or c.place.kind == CITY and c.place.population >= BIG_PLACE)]
        return tuple(found)

    def admin1(self, country: str, code: str) -> Place | None:
        return store.admin1_place(self.conn, country, code)

    def capital(self, iso: str) -> Place | None:
        if iso not in self._capitals:
            self._capitals[iso] = store.capital_place(self.conn, iso)
        return self._capitals[iso]

    def country_place(self, iso: str) -> Place | None:
        if iso not in self._countries:
            self._countries[iso] = store.country_place(self.conn, iso)
        return self._countries[iso]
