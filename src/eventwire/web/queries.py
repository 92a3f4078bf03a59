"""The answers behind the API: from the in-memory columns when given, else SQL over ``events``.

The SQL narrows with the store's own filter clause (and, for free text, a ``LIKE`` over the
record); the exact tests that SQL cannot do portably, distance for ``near`` and the searched
fields for ``q`` (see ``search.py``), run in Python on what it returns.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

from eventwire import taxonomy
from eventwire.store import EventFilter, Store
from eventwire.store.geo import distance_km
from eventwire.store.query import sql_where
from eventwire.web.columns import Columns
from eventwire.web.params import Query
from eventwire.web.search import search_text, sql_prefilter_ok


def _like(text: str) -> str:
    escaped = text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def where(q: Query) -> tuple[str, list]:
    """`` WHERE …`` for the store's filter plus province and free text."""
    clause, params = sql_where(q.where)
    parts = [clause[len(" WHERE "):]] if clause else []
    if q.admin1:
        parts.append("LOWER(admin1) = ?")
        params.append(q.admin1.lower())
    if q.text and sql_prefilter_ok(q.text):
        parts.append("LOWER(record) LIKE ? ESCAPE '\\'")
        params.append(_like(q.text))
    return (" WHERE " + " AND ".join(parts) if parts else ""), params


def _exact(q: Query) -> bool:
    """Whether rows from SQL still need the Python tests of :func:`_ok`."""
    return q.where.near is not None or bool(q.text)


def _ok(q: Query, lat: float | None, lon: float | None, record: str | None) -> bool:
    if q.where.near is not None:
        if lat is None or lon is None:
            return False
        la, lo, km = q.where.near
        if distance_km(la, lo, lat, lon) > km:
            return False
    return not q.text or q.text.lower() in search_text(json.loads(record or "{}"))


def _extra(q: Query) -> str:
    """The columns :func:`_ok` needs: position, and the record when searching text."""
    return ", latitude, longitude, " + ("record" if q.text else "NULL")


SORT_SQL = {"fatalities_best": "COALESCE(fatalities_best, -1)"}
"""Sort keys that need an expression: an unknown toll sorts below a known 0, as NULLs order
differently in SQLite and PostgreSQL."""


def _records(store: Store, ids: list[str]) -> list[dict]:
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    records = dict(store.rows(f"SELECT event_id, record FROM events WHERE event_id IN ({marks})", ids))
    return [json.loads(records[i]) for i in ids if i in records]


def page(store: Store, q: Query, sort: str, descending: bool, limit: int, offset: int,
         columns: Columns | None = None) -> tuple[int, list[dict]]:
    """One page of matching events (full records) and how many match in all."""
    if columns is not None:
        total, ids = columns.page_ids(q, sort, descending, limit, offset)
        return total, _records(store, ids)
    clause, params = where(q)
    key = SORT_SQL.get(sort, sort)
    order = f" ORDER BY {key} {'DESC' if descending else 'ASC'}, event_id {'DESC' if descending else 'ASC'}"
    if not _exact(q):
        total = int(store.scalar(f"SELECT COUNT(*) FROM events{clause}", params) or 0)
        rows = store.rows(f"SELECT record FROM events{clause}{order} LIMIT ? OFFSET ?", [*params, limit, offset])
        return total, [json.loads(r) for (r,) in rows]
    rows = store.rows(f"SELECT event_id{_extra(q)} FROM events{clause}{order}", params)
    ids = [eid for eid, lat, lon, rec in rows if _ok(q, lat, lon, rec)]
    return len(ids), _records(store, ids[offset:offset + limit])


def points(store: Store, q: Query, limit: int, columns: Columns | None = None) -> tuple[int, list[list[Any]]]:
    """Compact map points ``[id, lat, lon, type, fatalities, date]``, deadliest first, at most ``limit``."""
    if columns is not None:
        return columns.points(q, limit)
    clause, params = where(q)
    clause += (" AND " if clause else " WHERE ") + "latitude IS NOT NULL AND longitude IS NOT NULL"
    rows = store.rows(
        f"SELECT event_id, latitude, longitude, event_type, fatalities_best, event_date, {'record' if q.text else 'NULL'}"
        f" FROM events{clause} ORDER BY {SORT_SQL['fatalities_best']} DESC, event_date DESC, event_id", params)
    rows = [r for r in rows if _ok(q, r[1], r[2], r[6])]
    return len(rows), [[r[0], round(r[1], 4), round(r[2], 4), r[3], r[4], r[5]] for r in rows[:limit]]


GROUPS = {"day": ("event_date",), "week": ("event_date",), "admin1": ("country", "admin1"), "type": ("event_type",)}


def aggregate(store: Store, q: Query, by: str, columns: Columns | None = None) -> list[dict[str, Any]]:
    """Event and fatality counts per day, ISO week (Monday), province or event type."""
    cols = GROUPS[by]
    clause, params = where(q)
    keys = ", ".join(cols)
    if columns is not None:
        rows = columns.counts(q, cols)
    elif not _exact(q):
        rows = store.rows(f"SELECT {keys}, COUNT(*), SUM(fatalities_best) FROM events{clause} GROUP BY {keys}", params)
    else:
        tally: dict[tuple, list[int]] = defaultdict(lambda: [0, 0])
        for *key, dead, lat, lon, rec in store.rows(
                f"SELECT {keys}, fatalities_best{_extra(q)} FROM events{clause}", params):
            if _ok(q, lat, lon, rec):
                tally[tuple(key)][0] += 1
                tally[tuple(key)][1] += dead or 0
        rows = [(*k, n, d) for k, (n, d) in tally.items()]
    if by == "week":
        weeks: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for day, n, dead in rows:
            weeks[_week(day)][0] += n
            weeks[_week(day)][1] += int(dead or 0)
        rows = [(w, n, d) for w, (n, d) in weeks.items()]
    out = [{**dict(zip(("period",) if by in ("day", "week") else cols, key)), "events": int(n),
            "fatalities": int(dead or 0)} for *key, n, dead in rows]
    if by in ("day", "week"):
        return sorted((r for r in out if r["period"]), key=lambda r: r["period"])
    return sorted(out, key=lambda r: (-r["events"], *(str(r[c]) for c in cols)))


def _week(day: str) -> str:
    try:
        d = date.fromisoformat(day[:10])
    except ValueError:
        return ""
    return (d - timedelta(days=d.weekday())).isoformat()


def facets(store: Store, columns: Columns | None = None) -> dict[str, Any]:
    """What the dashboard's filter menus offer: countries, provinces, types and the date span."""
    if columns is not None:
        return _facets(columns)
    countries = [{"iso": iso, "country": c, "events": n}
                 for iso, c, n in store.rows("SELECT iso, country, COUNT(*) FROM events WHERE country <> ''"
                                             " GROUP BY iso, country ORDER BY country")]
    admin1 = [{"country": c, "admin1": a, "events": n}
              for c, a, n in store.rows("SELECT country, admin1, COUNT(*) FROM events WHERE admin1 <> ''"
                                        " GROUP BY country, admin1 ORDER BY country, admin1")]
    counts = store.rows("SELECT event_type, sub_event_type, COUNT(*) FROM events GROUP BY event_type, sub_event_type")
    types = _types(counts)
    first, last = store.execute("SELECT MIN(event_date), MAX(event_date) FROM events WHERE event_date <> ''").fetchone()
    return {"countries": countries, "admin1": admin1, "types": types, "first_date": first, "last_date": last}


def _types(counts: Iterable[tuple[str, str, int]]) -> list[dict[str, Any]]:
    """Every event type and every sub-event type of ACLED's taxonomy with its count of
    events (0 for none yet), and any other type the store holds after them."""
    found: dict[tuple[str, str], int] = {}
    for etype, sub, n in counts:
        found[(etype, sub)] = found.get((etype, sub), 0) + n
    known = taxonomy.types()
    out = []
    for etype in [*known, *sorted({t for t, _ in found} - set(known))]:
        subs = known.get(etype, []) + sorted({s for t, s in found if t == etype and s and s not in known.get(etype, [])})
        out.append({"event_type": etype, "events": sum(n for (t, _), n in found.items() if t == etype),
                    "sub_event_types": [{"sub_event_type": s, "events": found.get((etype, s), 0)} for s in subs]})
    return out


def _facets(columns: Columns) -> dict[str, Any]:
    everything = Query(where=EventFilter())
    countries = sorted(((c, i, n) for i, c, n, _ in columns.counts(everything, ("iso", "country")) if c))
    admin1 = sorted((c, a, n) for c, a, n, _ in columns.counts(everything, ("country", "admin1")) if a)
    types = _types((t, s, n) for t, s, n, _ in columns.counts(everything, ("event_type", "sub_event_type")))
    days = [d for d, _, _ in columns.counts(everything, ("event_date",)) if d]
    return {"countries": [{"iso": i, "country": c, "events": n} for c, i, n in countries],
            "admin1": [{"country": c, "admin1": a, "events": n} for c, a, n in admin1],
            "types": types,
            "first_date": days[0] if days else None, "last_date": days[-1] if days else None}
