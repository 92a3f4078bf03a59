"""Merge across articles: decide which reports are one real-world act, and combine them.

A *report* is one event as one article told it. Two reports are the same act when
:func:`same_event` says so; the store groups reports into connected components of
that relation, so the grouping depends only on the set of reports, never on the
order they arrived in. :func:`combine` then builds the merged record from a
component, again looking only at the set (reports are put in canonical order by
``(published, article_id, ordinal)`` first), so any arrival order gives the same
event.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date

from eventwire.record import Actor, Event, Evidence, Location, Source, Toll
from eventwire.store.geo import distance_km

RADIUS_KM = {1: 10.0, 2: 25.0}
"""How far apart two reported places may be and still be one act, by the vaguer geo_precision."""

INTERCHANGEABLE_TYPES = {"Battles", "Explosions/Remote violence"}
"""Outlets code an attack with rockets or a bomb on soldiers either way; merged only if actors agree."""

ATTRIBUTION_RANK = {"claimed": 5, "suspected": 4, "denied": 3, "unclaimed": 2, "reported": 1}
"""A claim reported by any outlet is news the others lacked; it outranks their silence."""

VAGUE_WORDS = re.compile(
    r"\b(several|dozens?|scores?|hundreds?|thousands?|many|some|numerous|multiple|few|"
    r"a number of|unknown|unspecified)\b",
    re.IGNORECASE,
)
"""Words that mark a toll as an estimate rather than a count."""

DATE_FIELDS = {"event_date", "date", "time", "when"}


@dataclass(frozen=True)
class Report:
    """One article's account of one event; ``ordinal`` is its place in that article's list."""

    article_id: str
    ordinal: int
    published: str
    event: Event

    @property
    def key(self) -> tuple[str, str, int]:
        """Canonical order: oldest publication first, ties by article id then position."""
        return (self.published or "", self.article_id, self.ordinal)


# --- deciding -----------------------------------------------------------------------


def identified(actor: Actor | None) -> bool:
    """False for a missing or unnamed attacker, which is compatible with any named one."""
    if actor is None or not actor.name.strip():
        return False
    return not actor.name.strip().lower().startswith(("unidentified", "unknown"))


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def _parse(day: str) -> date | None:
    try:
        return date.fromisoformat(day[:10]) if day else None
    except ValueError:
        return None


def date_uncertain(event: Event) -> bool:
    """A date with no supporting words in the report (a fallback to publication day) is a guess."""
    if event.time_precision > 1:
        return True
    return not any(ev.field in DATE_FIELDS for ev in event.evidence)


def close_in_time(a: Event, b: Event) -> bool:
    """Same day, or one day apart when either date is vague or unsupported."""
    da, db = _parse(a.event_date), _parse(b.event_date)
    if da is None or db is None:
        return False
    gap = abs((da - db).days)
    return gap == 0 or (gap == 1 and (date_uncertain(a) or date_uncertain(b)))


def _same_country(a: Location, b: Location) -> bool:
    if a.iso and b.iso:
        return a.iso.upper() == b.iso.upper()
    return bool(a.country) and _norm(a.country) == _norm(b.country)


def close_in_place(a: Location | None, b: Location | None) -> bool:
    """Within the vaguer place's radius; for province-level places, the same province."""
    if a is None or b is None:
        return False
    precision = max(a.geo_precision, b.geo_precision)
    if precision >= 3:
        return _same_country(a, b) and bool(a.admin1) and _norm(a.admin1) == _norm(b.admin1)
    if None not in (a.latitude, a.longitude, b.latitude, b.longitude):
        km = distance_km(a.latitude, a.longitude, b.latitude, b.longitude)
        return km <= RADIUS_KM.get(precision, RADIUS_KM[2])
    return _same_country(a, b) and bool(a.name) and _norm(a.name) == _norm(b.name)


def same_actor(a: Actor | None, b: Actor | None) -> bool:
    return identified(a) and identified(b) and _norm(a.name) == _norm(b.name)


def compatible_actors(a: Event, b: Event) -> bool:
    """The same named attacker, or at least one side's attacker not named."""
    if identified(a.actor1) and identified(b.actor1):
        return same_actor(a.actor1, b.actor1)
    return True


def compatible_type(a: Event, b: Event) -> bool:
    if a.event_type == b.event_type:
        return True
    both = {a.event_type, b.event_type}
    return both <= INTERCHANGEABLE_TYPES and same_actor(a.actor1, b.actor1)


def same_event(a: Report, b: Report) -> bool:
    """True when two reports from different articles tell of the same real-world act."""
    if a.article_id == b.article_id:
        return False  # the extractor already split one article's events apart
    ea, eb = a.event, b.event
    return (
        close_in_time(ea, eb)
        and close_in_place(ea.location, eb.location)
        and compatible_type(ea, eb)
        and compatible_actors(ea, eb)
    )


# --- combining ----------------------------------------------------------------------


def toll_specificity(event: Event, name: str) -> int:
    """2 a count, 1 an estimate ('dozens'), 0 no figure: a precise number beats a vague word."""
    toll: Toll = getattr(event, name)
    if toll.best <= 0 and toll.high <= 0:
        return 0
    texts = [ev.text for ev in event.evidence if ev.field == name]
    if texts:
        return 1 if any(VAGUE_WORDS.search(t) for t in texts) else 2
    return 2 if toll.low == toll.high else 1


def combine_toll(reports: list[Report], name: str) -> Toll:
    """low = min of lows, high = max of highs, best from the most specific, then latest report."""
    tolls = [getattr(r.event, name) for r in reports]
    low = min(t.low for t in tolls)
    high = max(max(t.high, t.best, t.low) for t in tolls)
    chosen = max(reports, key=lambda r: (toll_specificity(r.event, name), r.key))
    best = min(max(getattr(chosen.event, name).best, low), high)
    return Toll(best=best, low=low, high=high)


def _vote(reports: list[Report], value, rank=lambda v: 0):
    """The value most reports give (``rank`` breaks ties first), then the canonically first."""
    counts = Counter(value(r) for r in reports)
    first_seen: dict = {}
    for r in sorted(reports, key=lambda r: r.key):
        first_seen.setdefault(value(r), r.key)
    return max(counts, key=lambda v: (rank(v), counts[v], _Reversed(first_seen[v])))


class _Reversed:
    """Orders keys backwards so ``max`` prefers the smallest (canonically first)."""

    def __init__(self, key: tuple) -> None:
        self.key = key

    def __lt__(self, other: _Reversed) -> bool:
        return self.key > other.key

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Reversed) and self.key == other.key


def _place_id(loc: Location | None) -> str:
    if loc is None:
        return ""
    return str(loc.geonameid) if loc.geonameid else _norm(loc.name)


def _pick_actor(reports: list[Report], attr: str) -> Actor | None:
    named = [r for r in reports if identified(getattr(r.event, attr))]
    pool = named or [r for r in reports if getattr(r.event, attr) is not None]
    if not pool:
        return None
    name = _vote(pool, lambda r: _norm(getattr(r.event, attr).name))
    first = min((r for r in pool if _norm(getattr(r.event, attr).name) == name), key=lambda r: r.key)
    return replace(getattr(first.event, attr))


def combine(reports: list[Report], event_id: str) -> Event:
    """The merged record of one real-world act, from every report of it (order-free)."""
    reports = sorted(reports, key=lambda r: r.key)
    if len(reports) == 1:
        only = reports[0]
        return replace(only.event, event_id=event_id, sources=_sources(reports), evidence=_evidence(reports))

    best_tp = min(r.event.time_precision for r in reports)
    dated = [r for r in reports if r.event.time_precision == best_tp and r.event.event_date]
    certain = [r for r in dated if not date_uncertain(r.event)] or dated or reports
    event_date = _vote(certain, lambda r: r.event.event_date)

    located = [r for r in reports if r.event.location is not None]
    if located:
        best_gp = min(r.event.location.geo_precision for r in located)
        pool = [r for r in located if r.event.location.geo_precision == best_gp]
        pool = [r for r in pool if r.event.location.latitude is not None] or pool
        place = _vote(pool, lambda r: _place_id(r.event.location))
        location = replace(min((r for r in pool if _place_id(r.event.location) == place), key=lambda r: r.key).event.location)
    else:
        location = None

    event_type = _vote(reports, lambda r: r.event.event_type, rank=lambda t: 0)
    if {r.event.event_type for r in reports} == INTERCHANGEABLE_TYPES:
        # the remote weapon wins over the target (TAXONOMY), whatever the vote
        event_type = "Explosions/Remote violence"
    typed = [r for r in reports if r.event.event_type == event_type]
    sub_event_type = _vote(typed, lambda r: r.event.sub_event_type)

    fatalities = combine_toll(reports, "fatalities")
    injuries = combine_toll(reports, "injuries")
    toll_report = max(reports, key=lambda r: (toll_specificity(r.event, "fatalities"), r.key))
    attribution = max((r.event.attribution for r in reports), key=lambda a: (ATTRIBUTION_RANK.get(a, 0), a))

    return Event(
        event_id=event_id,
        event_type=event_type,
        sub_event_type=sub_event_type,
        event_date=event_date,
        time_precision=min(r.event.time_precision for r in certain),
        actor1=_pick_actor(reports, "actor1"),
        actor2=_pick_actor(reports, "actor2"),
        attribution=attribution,
        location=location,
        fatalities=fatalities,
        injuries=injuries,
        notes=toll_report.event.notes,
        sources=_sources(reports),
        evidence=_evidence(reports),
    )


def _sources(reports: list[Report]) -> list[Source]:
    seen: dict[str, Source] = {}
    for r in reports:
        for s in r.event.sources or [Source(article_id=r.article_id, published=r.published)]:
            seen.setdefault(s.article_id or r.article_id, replace(s))
    return list(seen.values())


def _evidence(reports: list[Report]) -> list[Evidence]:
    unique = {(e.article_id, e.start, e.end, e.field, e.text): e for r in reports for e in r.event.evidence}
    return [replace(unique[k]) for k in sorted(unique)]
