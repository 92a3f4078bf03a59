"""Combining the reports of one real-world act into its merged record.

:func:`combine` looks only at the set of reports, put in canonical order by
``(published, article_id, ordinal)`` first, so any arrival order gives the same
record: every source and its evidence, the lowest and highest reported tolls, a
best toll from the most specific, then most recent report.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from eventwire.record import Actor, Event, Evidence, Location, Source, Toll
from eventwire.store.match import REMOTE, TYPE_FAMILIES, Report, date_uncertain, identified

ATTRIBUTION_RANK = {"claimed": 5, "suspected": 4, "denied": 3, "unclaimed": 2, "reported": 1}
"""A claim reported by any outlet is news the others lacked; it outranks their silence."""

VAGUE_WORDS = re.compile(
    r"\b(several|dozens?|scores?|hundreds?|thousands?|many|some|numerous|multiple|few|"
    r"a number of|unknown|unspecified)\b",
    re.IGNORECASE,
)
"""Words that mark a toll as an estimate rather than a count."""


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def toll_specificity(event: Event, name: str) -> int:
    """2 a count, 1 an estimate ('dozens'), 0 no figure: a precise number beats a vague word."""
    toll: Toll | None = getattr(event, name)
    if toll is None or (toll.best <= 0 and toll.high <= 0):
        return 0
    texts = [ev.text for ev in event.evidence if ev.field == name]
    if texts:
        return 1 if any(VAGUE_WORDS.search(t) for t in texts) else 2
    return 2 if toll.low == toll.high else 1


def reports_toll(event: Event, name: str) -> bool:
    """Whether the report gives this toll at all: silence about deaths is not a report of none.
    A zero with no words behind it is a record written before unknown tolls were told apart."""
    toll: Toll | None = getattr(event, name)
    return toll is not None and (toll.best > 0 or toll.high > 0 or any(ev.field == name for ev in event.evidence))


def combine_toll(reports: list[Report], name: str) -> Toll | None:
    """low = the lowest reported toll, high = the highest, best from the most specific, then latest
    report; unknown (None) only when no report gives it: an unknown and a known toll make the known one."""
    told = [r for r in reports if reports_toll(r.event, name)]
    if not told:
        return None
    tolls = [getattr(r.event, name) for r in told]
    low = min(min(t.low, t.best) for t in tolls)
    high = max(max(t.high, t.best, t.low) for t in tolls)
    chosen = max(told, key=lambda r: (toll_specificity(r.event, name), r.key))
    best = min(max(getattr(chosen.event, name).best, low), high)
    return Toll(best=best, low=low, high=high)


def _vote(reports: list[Report], value, rank=lambda v: 0):
    """The value most reports give (``rank`` breaks ties first), then the canonically first."""
    counts = Counter(value(r) for r in reports)
    first_seen: dict = {}
    for r in sorted(reports, key=lambda r: r.key):
        first_seen.setdefault(value(r), r.key)
    return max(counts, key=lambda v: (rank(v), counts[v], Earliest(first_seen[v])))


class Earliest:
    """Orders keys backwards, so ``max`` prefers the smallest (canonically first: told first)."""

    def __init__(self, key: tuple) -> None:
        self.key = key

    def __lt__(self, other: Earliest) -> bool:
        return self.key > other.key

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Earliest) and self.key == other.key


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

    event_type = _vote(reports, lambda r: r.event.event_type)
    if any(r.event.event_type == REMOTE for r in reports) and event_type in TYPE_FAMILIES[0]:
        # one outlet named the bomb or the rockets: the remote weapon wins over the target (TAXONOMY)
        event_type = REMOTE
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
        actor2=_pick_actor(typed, "actor2") or _pick_actor(reports, "actor2"),  # the side the type was coded on
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
