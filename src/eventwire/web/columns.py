"""An in-memory column copy of the events table, so filters, counts and aggregates skip the wide rows.

The events table keeps each full record beside its filter columns, so every unindexed filter
reads every record. The server instead keeps the dozen small columns in numpy arrays (a few MB
per 100,000 events), answers counts, pages of ids, map points and aggregates from them, and
fetches only the records of the page it returns; free text is searched in a lowercased copy of
each event's searchable words (``search.py``). When the store changes (its event, report or
alias counts move) a new copy is built in the background and SQL answers until it is ready;
it is also refreshed once a minute. The SQL path (``queries.py``) is the reference the tests
compare this one against.
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass
from typing import Any

import numpy as np

from eventwire.store import Store
from eventwire.store.geo import EARTH_RADIUS_KM, bounding_box, distance_km
from eventwire.web.db import StorePool
from eventwire.web.params import Query
from eventwire.web.search import search_text

TEXT_COLUMNS = ("event_id", "event_date", "iso", "country", "admin1", "event_type", "sub_event_type", "actor1", "actor2")
MAX_AGE_S = 60.0


@dataclass
class Category:
    """A text column as sorted distinct values and one code per event (code order is string order)."""

    values: np.ndarray
    codes: np.ndarray

    @classmethod
    def of(cls, column: list[str]) -> Category:
        values = sorted(set(column))
        index = {v: i for i, v in enumerate(values)}
        codes = np.fromiter((index[v] for v in column), dtype=np.int32, count=len(column))
        return cls(np.array(values, dtype=object), codes)

    def where(self, keep: Any) -> np.ndarray:
        """Events whose value passes ``keep(lowercased value)``."""
        wanted = [i for i, v in enumerate(self.values) if keep(str(v).lower())]
        return np.isin(self.codes, np.array(wanted, dtype=np.int32))


class Columns:
    """One snapshot of the filter columns of every stored event."""

    def __init__(self, rows: list[tuple]) -> None:
        cols = list(zip(*rows)) if rows else [()] * 14
        self.n = len(rows)
        self.text = {name: Category.of([v or "" for v in col]) for name, col in zip(TEXT_COLUMNS, cols)}
        self.lat = np.array([np.nan if v is None else v for v in cols[9]], dtype=np.float64)
        self.lon = np.array([np.nan if v is None else v for v in cols[10]], dtype=np.float64)
        self.dead = np.array([v or 0 for v in cols[11]], dtype=np.int64)  # summed: an unknown toll adds 0
        self.known = np.array([v is not None for v in cols[11]], dtype=bool)
        self.sources = np.array([v or 0 for v in cols[12]], dtype=np.int64)
        self.words = [search_text(json.loads(r)) for r in cols[13]]
        self._orders: dict[str, np.ndarray] = {}
        self._lock = threading.Lock()

    @classmethod
    def load(cls, store: Store) -> Columns:
        return cls(store.rows("SELECT " + ", ".join(TEXT_COLUMNS) + ", latitude, longitude, fatalities_best, n_sources,"
                              " record FROM events"))

    # --- filtering --------------------------------------------------------------------

    def mask(self, q: Query) -> np.ndarray:
        """The events ``q`` selects, with the store's meaning of each filter."""
        f, t = q.where, self.text
        keep = np.ones(self.n, dtype=bool)
        if f.country:
            c = f.country.lower()
            keep &= t["country"].where(lambda v: v == c) | t["iso"].where(lambda v: v == c)
        if f.since or f.until:
            days = t["event_date"]
            lo = np.searchsorted(days.values, f.since, "left") if f.since else 0
            hi = np.searchsorted(days.values, f.until, "right") if f.until else len(days.values)
            keep &= (days.codes >= lo) & (days.codes < hi)
        if f.type:
            k = f.type.lower()
            keep &= t["event_type"].where(lambda v: v == k) | t["sub_event_type"].where(lambda v: v == k)
        if f.actor:
            a = f.actor.lower()
            keep &= t["actor1"].where(lambda v: a in v) | t["actor2"].where(lambda v: a in v)
        if q.admin1:
            p = q.admin1.lower()
            keep &= t["admin1"].where(lambda v: v == p)
        if f.near:
            keep &= self._near(*f.near)
        if q.text:
            needle = q.text.lower()
            keep &= np.fromiter((needle in w for w in self.words), dtype=bool, count=self.n)
        return keep

    def _near(self, lat: float, lon: float, km: float) -> np.ndarray:
        lat0, lat1, lon0, lon1 = bounding_box(lat, lon, km)
        with np.errstate(invalid="ignore"):
            box = (self.lat >= lat0) & (self.lat <= lat1)
            if lon0 >= -180 and lon1 <= 180:
                box &= (self.lon >= lon0) & (self.lon <= lon1)
        candidates = np.flatnonzero(box)
        rough = _haversine_km(lat, lon, self.lat[candidates], self.lon[candidates])
        out = np.zeros(self.n, dtype=bool)
        out[candidates[rough <= km * 0.995]] = True
        # near the edge the store's own formula decides, so both paths agree to the metre
        for i in candidates[np.abs(rough - km) <= km * 0.005 + 0.01]:
            out[i] = distance_km(lat, lon, float(self.lat[i]), float(self.lon[i])) <= km
        return out

    # --- answers ----------------------------------------------------------------------

    def _key(self, sort: str) -> np.ndarray:
        if sort == "fatalities_best":
            return self._toll_order()
        if sort == "n_sources":
            return self.sources
        return self.text[sort].codes

    def _toll_order(self) -> np.ndarray:
        """Fatalities as the store sorts them: an unknown toll below a known 0."""
        return np.where(self.known, self.dead, -1)

    def _order(self, name: str) -> np.ndarray:
        """All events in one order, computed once per snapshot: a sort column then id, or the map's order."""
        order = self._orders.get(name)
        if order is None:
            ids = self.text["event_id"].codes
            if name == "points":  # deadliest first, then newest, then by id: as the SQL orders them
                order = np.lexsort((ids, -self.text["event_date"].codes, -self._toll_order()))
            else:
                order = np.lexsort((ids, self._key(name)))
            with self._lock:
                self._orders[name] = order
        return order

    def page_ids(self, q: Query, sort: str, descending: bool, limit: int, offset: int) -> tuple[int, list[str]]:
        """How many events match, and the ids of one page in the requested order (ties by id)."""
        order = self._order(sort)
        if descending:
            order = order[::-1]
        keep = self.mask(q)
        hits = order[keep[order]]
        chosen = hits[offset:offset + limit]
        return len(hits), [str(v) for v in self.text["event_id"].values[self.text["event_id"].codes[chosen]]]

    def points(self, q: Query, limit: int) -> tuple[int, list[list[Any]]]:
        t = self.text
        order = self._order("points")
        keep = self.mask(q) & ~np.isnan(self.lat) & ~np.isnan(self.lon)
        hits = order[keep[order]]
        total, order = len(hits), hits[:limit]
        ids, days, kinds = (t[c].values[t[c].codes[order]].tolist() for c in ("event_id", "event_date", "event_type"))
        lats, lons = np.round(self.lat[order], 4).tolist(), np.round(self.lon[order], 4).tolist()
        dead = [d if k else None for d, k in zip(self.dead[order].tolist(), self.known[order].tolist())]
        return total, [list(p) for p in zip(ids, lats, lons, kinds, dead, days)]

    def counts(self, q: Query, columns: tuple[str, ...]) -> list[tuple]:
        """``(value…, events, fatalities)`` per distinct combination of ``columns`` among matching events."""
        keep = self.mask(q)
        cats = [self.text[c] for c in columns]
        code = np.zeros(self.n, dtype=np.int64)
        for cat in cats:
            code = code * len(cat.values) + cat.codes
        code = code[keep]
        space = int(np.prod([len(cat.values) for cat in cats], dtype=np.int64))
        if space <= 4_000_000:  # count straight into a table of every combination
            events = np.bincount(code, minlength=space)
            uniq = np.flatnonzero(events)
            dead = np.bincount(code, weights=self.dead[keep], minlength=space)[uniq]
            events = events[uniq]
        else:
            uniq, inverse = np.unique(code, return_inverse=True)
            events = np.bincount(inverse, minlength=len(uniq))
            dead = np.bincount(inverse, weights=self.dead[keep], minlength=len(uniq))
        out = []
        for u, n, d in zip(uniq.tolist(), events.tolist(), dead.tolist()):
            values = []
            for cat in reversed(cats):
                u, c = divmod(u, len(cat.values))
                values.append(str(cat.values[c]))
            out.append((*reversed(values), int(n), int(d)))
        return out


def _haversine_km(lat: float, lon: float, lats: np.ndarray, lons: np.ndarray) -> np.ndarray:
    p1, p2 = np.radians(lat), np.radians(lats)
    a = np.sin((p2 - p1) / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(np.radians(lons - lon) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.minimum(1.0, np.sqrt(a)))


class ColumnCache:
    """The current :class:`Columns`. Built once at start; when the store changes, a builder thread
    makes a new copy while requests are answered in SQL, so nothing is ever served stale."""

    def __init__(self, pool: StorePool) -> None:
        self._pool = pool
        self._lock = threading.Lock()
        self._wanted = threading.Event()
        self._columns: Columns | None = None
        self._stamp: tuple | None = None
        self._built = 0.0
        self._builder: threading.Thread | None = None

    @staticmethod
    def _fingerprint(store: Store) -> tuple:
        return tuple(store.execute("SELECT (SELECT COUNT(*) FROM events), (SELECT COUNT(*) FROM reports),"
                                   " (SELECT COUNT(*) FROM event_aliases)").fetchone())

    def _build(self, store: Store) -> None:
        stamp = self._fingerprint(store)  # taken first: a write during the load shows up as a change next time
        columns = Columns.load(store)
        with self._lock:
            self._columns, self._stamp, self._built = columns, stamp, time.monotonic()

    def prime(self) -> None:
        """Build the first copy now, in the calling thread."""
        self._build(self._pool.get())

    def get(self, store: Store) -> Columns | None:
        """The copy if it matches the store; else None (answer in SQL) and a rebuild is under way."""
        stamp = self._fingerprint(store)
        with self._lock:
            columns, fresh = self._columns, stamp == self._stamp
            old = time.monotonic() - self._built >= MAX_AGE_S
        if not fresh or old:
            self._want_rebuild()
        return columns if fresh else None

    def _want_rebuild(self) -> None:
        with self._lock:
            if self._builder is None:
                self._builder = threading.Thread(target=self._run, name="eventwire-columns", daemon=True)
                self._builder.start()
        self._wanted.set()

    def _run(self) -> None:
        while True:
            self._wanted.wait()
            self._wanted.clear()
            try:
                self._build(self._pool.get())
            except Exception:  # noqa: BLE001 - keep answering in SQL; try again on the next change
                time.sleep(1)

    def invalidate(self) -> None:
        with self._lock:
            self._stamp = None
        self._want_rebuild()
