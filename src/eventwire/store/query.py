"""Which stored events a user asked for: filters turned into SQL, plus the distance check SQL cannot do."""

from __future__ import annotations

from dataclasses import dataclass

from eventwire.record import Event
from eventwire.store.geo import bounding_box, distance_km


@dataclass
class EventFilter:
    """``eventwire events`` options; every field left ``None`` matches everything."""

    country: str | None = None  # name or ISO code
    since: str | None = None  # YYYY-MM-DD, inclusive
    until: str | None = None  # YYYY-MM-DD, inclusive
    type: str | None = None  # event type or sub-event type
    actor: str | None = None  # part of actor1's or actor2's name
    near: tuple[float, float, float] | None = None  # (lat, lon, km)

    def accepts(self, event: Event) -> bool:
        """The exact distance test; the SQL only narrowed it down to a box."""
        if self.near is None:
            return True
        loc = event.location
        if loc is None or loc.latitude is None or loc.longitude is None:
            return False
        lat, lon, km = self.near
        return distance_km(lat, lon, loc.latitude, loc.longitude) <= km


def _like(text: str) -> str:
    escaped = text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def sql_where(f: EventFilter) -> tuple[str, list]:
    """A `` WHERE …`` clause over the ``events`` table (empty when nothing is filtered) and its parameters."""
    parts: list[str] = []
    params: list = []
    if f.country:
        parts.append("(LOWER(country) = ? OR LOWER(iso) = ?)")
        params += [f.country.lower(), f.country.lower()]
    if f.since:
        parts.append("event_date >= ?")
        params.append(f.since)
    if f.until:
        parts.append("event_date <= ?")
        params.append(f.until)
    if f.type:
        parts.append("(LOWER(event_type) = ? OR LOWER(sub_event_type) = ?)")
        params += [f.type.lower(), f.type.lower()]
    if f.actor:
        parts.append("(LOWER(actor1) LIKE ? ESCAPE '\\' OR LOWER(actor2) LIKE ? ESCAPE '\\')")
        params += [_like(f.actor), _like(f.actor)]
    if f.near:
        lat0, lat1, lon0, lon1 = bounding_box(*f.near)
        parts.append("latitude BETWEEN ? AND ?")
        params += [lat0, lat1]
        if lon0 >= -180 and lon1 <= 180:  # else it wraps the antimeridian or a pole: latitude only
            parts.append("longitude BETWEEN ? AND ?")
            params += [lon0, lon1]
    return (" WHERE " + " AND ".join(parts) if parts else ""), params
