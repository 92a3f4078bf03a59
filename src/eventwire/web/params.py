"""Query parameters turned into filters, paging and sort orders; anything bad is a clear 400."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from starlette.requests import Request

from eventwire.store import EventFilter

FILTERS = ("country", "admin1", "since", "until", "type", "actor", "near", "q")
PAGING = ("limit", "offset", "sort")
SORTS = {
    "date": "event_date", "fatalities": "fatalities_best", "country": "country", "admin1": "admin1",
    "type": "event_type", "actor1": "actor1", "actor2": "actor2", "sources": "n_sources",
}
MAX_LIMIT = 500


class ApiError(Exception):
    """An error the client can fix, sent as ``{"error": message, "param": name}``."""

    def __init__(self, message: str, param: str | None = None, status: int = 400) -> None:
        super().__init__(message)
        self.message, self.param, self.status = message, param, status


@dataclass
class Query:
    """The store's filter plus the two the dashboard adds: a province and free text."""

    where: EventFilter
    admin1: str | None = None
    text: str | None = None


def check_known(params: Mapping[str, str], allowed: Iterable[str]) -> None:
    allowed = tuple(allowed)
    for name in params:
        if name not in allowed:
            raise ApiError(f"unknown parameter {name!r}; allowed: {', '.join(allowed)}", name)


def path_id(request: Request, name: str) -> str:
    """The id that fills the rest of the path, as the server percent-decoded it (once).

    A query string here can only be part of an id sent without encoding its ``?``.
    """
    unexpected = next(iter(request.query_params), None)
    if unexpected is not None:
        raise ApiError(f"unknown parameter {unexpected!r}: percent-encode every '/', '?', '#', '%' and space of"
                       " the id (encodeURIComponent)", unexpected)
    value = request.path_params[name]
    if not value:
        raise ApiError(f"no {name.replace('_', ' ')} given", name)
    return value


def _day(params: Mapping[str, str], name: str) -> str | None:
    value = (params.get(name) or "").strip()
    if not value:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise ApiError(f"{name}={value!r}: expected a date YYYY-MM-DD", name) from None


def parse_near(value: str) -> tuple[float, float, float]:
    try:
        lat, lon, km = (float(x) for x in value.split(","))
    except ValueError:
        raise ApiError(f"near={value!r}: expected LAT,LON,KM such as 35.47,44.39,25", "near") from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180 and 0 < km <= 20000):
        raise ApiError(f"near={value!r}: latitude, longitude or distance out of range", "near")
    return lat, lon, km


def parse_query(params: Mapping[str, str]) -> Query:
    """The filters of ``eventwire events`` plus ``admin1`` and ``q`` (text anywhere in the record)."""

    def text(name: str) -> str | None:
        value = (params.get(name) or "").strip()
        if len(value) > 200:
            raise ApiError(f"{name}: at most 200 characters", name)
        return value or None

    since, until = _day(params, "since"), _day(params, "until")
    if since and until and since > until:
        raise ApiError(f"since={since} is after until={until}", "since")
    near = parse_near(params["near"]) if params.get("near") else None
    where = EventFilter(country=text("country"), since=since, until=until, type=text("type"),
                        actor=text("actor"), near=near)
    return Query(where=where, admin1=text("admin1"), text=text("q"))


def _int(params: Mapping[str, str], name: str, default: int, low: int, high: int) -> int:
    raw = params.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ApiError(f"{name}={raw!r}: expected a whole number", name) from None
    if not low <= value <= high:
        raise ApiError(f"{name}={value}: must be between {low} and {high}", name)
    return value


def parse_paging(params: Mapping[str, str]) -> tuple[int, int]:
    """``limit`` (1–500, default 100) and ``offset`` (default 0)."""
    return _int(params, "limit", 100, 1, MAX_LIMIT), _int(params, "offset", 0, 0, 10**9)


def parse_sort(params: Mapping[str, str]) -> tuple[str, bool]:
    """``sort=date`` or ``sort=-fatalities`` (minus for descending); default newest first."""
    raw = params.get("sort") or "-date"
    descending = raw.startswith("-")
    key = raw.lstrip("-")
    if key not in SORTS:
        raise ApiError(f"sort={raw!r}: expected one of {', '.join(SORTS)} (prefix - for descending)", "sort")
    return SORTS[key], descending
