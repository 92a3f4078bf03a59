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
from difflib import SequenceMatcher
from dataclasses import dataclass, replace
from datetime import date, timedelta

from eventwire.record import Actor, Event, Evidence, Location, Source, Toll
from eventwire.store.geo import distance_km

RADIUS_KM = {1: 10.0, 2: 25.0}
"""How far apart two reported places may be and still be one act, by the vaguer geo_precision."""

REMOTE = "Explosions/Remote violence"

ATTRIBUTION_RANK = {"claimed": 5, "suspected": 4, "denied": 3, "unclaimed": 2, "reported": 1}
"""A claim reported by any outlet is news the others lacked; it outranks their silence."""

VAGUE_WORDS = re.compile(
    r"\b(several|dozens?|scores?|hundreds?|thousands?|many|some|numerous|multiple|few|"
    r"a number of|unknown|unspecified)\b",
    re.IGNORECASE,
)
"""Words that mark a toll as an estimate rather than a count."""

MAX_SPAN_DAYS = 31
"""The longest span of days one report allows (a month): how far back to look for overlapping spans."""

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

PROVINCE_KM = 150.0
"""A province-level place (geo_precision 3) without an admin1 to compare is this close to a town in it."""

DISTINCT_SUB_TYPES = {"Abduction/forced disappearance", "Sexual violence", "Chemical weapon"}
"""Acts no outlet would mistake for another kind: they merge only with the same sub-event type."""

TYPE_FAMILIES = (
    {"Battles", "Explosions/Remote violence", "Violence against civilians"},
    {"Protests", "Riots"},
)
"""Types outlets (and extractors) swap for one act: soldiers or villagers, gunfire or a bomb."""

NIGHT_WORDS = re.compile(r"\b(night|overnight|late|evening)\b", re.IGNORECASE)
DAWN_WORDS = re.compile(r"\b(early|dawn|pre-dawn|morning)\b", re.IGNORECASE)


def identified(actor: Actor | None) -> bool:
    """False for a missing or unnamed attacker, which is compatible with any named one."""
    if actor is None or not actor.name.strip():
        return False
    return not actor.name.strip().lower().startswith(("unidentified", "unknown"))


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def _key(name: str) -> str:
    """A name with case, spaces and punctuation dropped: Al-Shabaab = Al Shabaab."""
    return re.sub(r"[\W_]+", "", name.casefold())


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


def _date_words(event: Event) -> str:
    return " ".join(ev.text for ev in event.evidence if ev.field in DATE_FIELDS)


def date_range(event: Event, published: str = "") -> tuple[date, date] | None:
    """The days the act may have happened on, by what the report says.

    A day named in words is that day (a night attack may be dated the next day by
    another outlet, an early-morning one the day before); a date the report gives no
    words for is the publication day or the day before; a week or a month covers it
    all. Nothing happens after the report about it was published.
    """
    day = _parse(event.event_date)
    if day is None:
        return None
    if event.time_precision >= 3:
        nxt = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
        lo, hi = day, nxt - timedelta(days=1)
    elif event.time_precision == 2:
        lo, hi = day, day + timedelta(days=6)
    elif date_uncertain(event):
        lo, hi = day - timedelta(days=1), day + timedelta(days=1)
    else:
        words = _date_words(event)
        lo = day - timedelta(days=1) if DAWN_WORDS.search(words) else day
        hi = day + timedelta(days=1) if NIGHT_WORDS.search(words) else day
    pub = _parse(published)
    if pub is not None and lo <= pub < hi:
        hi = pub
    return lo, hi


def close_in_time(a: Event, b: Event, pub_a: str = "", pub_b: str = "") -> bool:
    """The days each report allows overlap."""
    ra, rb = date_range(a, pub_a), date_range(b, pub_b)
    if ra is None or rb is None:
        return False
    return ra[0] <= rb[1] and rb[0] <= ra[1]


def _same_country(a: Location, b: Location) -> bool:
    if a.iso and b.iso:
        return a.iso.upper() == b.iso.upper()
    return bool(a.country) and _norm(a.country) == _norm(b.country)


def _has_point(loc: Location) -> bool:
    return loc.latitude is not None and loc.longitude is not None


def close_in_place(a: Location | None, b: Location | None) -> bool:
    """Within the vaguer place's radius; for province-level places, the same province."""
    if a is None or b is None:
        return False
    if a.iso and b.iso and a.iso.upper() != b.iso.upper():
        return False
    precision = max(a.geo_precision, b.geo_precision)
    both_points = _has_point(a) and _has_point(b)
    if precision >= 3:
        if not _same_country(a, b):
            return False
        if a.admin1 and b.admin1:  # spellings differ between sources (Banadir, Banaadir)
            return SequenceMatcher(None, _key(a.admin1), _key(b.admin1)).ratio() >= 0.8
        return both_points and distance_km(a.latitude, a.longitude, b.latitude, b.longitude) <= PROVINCE_KM
    if both_points:
        km = distance_km(a.latitude, a.longitude, b.latitude, b.longitude)
        return km <= RADIUS_KM.get(precision, RADIUS_KM[2])
    return _same_country(a, b) and bool(a.name) and _key(a.name) == _key(b.name)


COUNTRY_IN_NAME = re.compile(r"\(([^)]+)\)$|\bof ([A-Z][\w' -]+)$")


def _actor_country(event: Event) -> str:
    """The country an event's actors are qualified with: "Civilians (Nigeria)", "Police Forces of Kenya"."""
    for actor in (event.actor1, event.actor2):
        m = COUNTRY_IN_NAME.search(actor.name.strip()) if actor else None
        if m:
            return _key(m.group(1) or m.group(2))
    return ""


def unplaced_fits(a: Event, b: Event) -> bool:
    """A report the gazetteer could not place fits a placed one only with the same named attacker, same country."""
    if (a.location is None) == (b.location is None) or not same_actor(attacker(a), attacker(b)):
        return False
    placed, unplaced = (a, b) if b.location is None else (b, a)
    country, theirs = _key(placed.location.country), _actor_country(unplaced)
    return not (country and theirs and country != theirs)


def same_actor(a: Actor | None, b: Actor | None) -> bool:
    return identified(a) and identified(b) and _key(a.name) == _key(b.name)


def attacker(event: Event) -> Actor | None:
    """The named side that acted; civilians coded as the attacker of an armed act are an extraction slip."""
    actor = event.actor1
    if not identified(actor):
        return None
    if event.event_type not in ("Protests", "Riots") and "civilian" in f"{actor.kind} {actor.name}".lower():
        return None
    return actor


def compatible_actors(a: Event, b: Event) -> bool:
    """The same named attacker, one attacker not named, or a battle told from the other side.

    When neither report names the attacker, they must at least agree on the type or the target.
    """
    x, y = attacker(a), attacker(b)
    if x is None and y is None:
        same_target = bool(a.actor2 and b.actor2) and _key(a.actor2.name) == _key(b.actor2.name)
        return a.event_type == b.event_type or same_target
    if x is None or y is None:
        return True
    if same_actor(x, y):
        return True
    return same_actor(a.actor1, b.actor2) and same_actor(a.actor2, b.actor1)


def compatible_type(a: Event, b: Event) -> bool:
    """The same type, or types of one family, unless one act is of a kind nobody mistakes."""
    subs = {a.sub_event_type, b.sub_event_type}
    if subs & DISTINCT_SUB_TYPES and len(subs) > 1:
        return False
    if a.event_type == b.event_type:
        return True
    return any({a.event_type, b.event_type} <= family for family in TYPE_FAMILIES)


def same_event(a: Report, b: Report) -> bool:
    """True when two reports from different articles tell of the same real-world act.

    Symmetric, and it looks at the two reports only, so grouping reports by it does
    not depend on the order they arrive in.
    """
    if a.article_id == b.article_id:
        return False  # the extractor already split one article's events apart
    ea, eb = a.event, b.event
    return (
        close_in_time(ea, eb, a.published, b.published)
        and (close_in_place(ea.location, eb.location) or unplaced_fits(ea, eb))
        and compatible_type(ea, eb)
        and compatible_actors(ea, eb)
    )


def is_vague(event: Event) -> bool:
    """Dated only to a week or month, placed only in a province or not at all: such a report joins
    the best-matching event of precise reports but never links two of them (no chaining)."""
    return event.time_precision >= 2 or event.location is None or event.location.geo_precision >= 3


def attachment_score(vague: Report, reports: list[Report]) -> tuple[int, int]:
    """How well a vague report fits an event: matching reports, counting agreeing type and attacker."""
    matching = [r for r in reports if same_event(vague, r)]
    agree = sum((r.event.event_type == vague.event.event_type) + same_actor(r.event.actor1, vague.event.actor1)
                for r in matching)
    return len(matching), agree


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


def reports_toll(event: Event, name: str) -> bool:
    """Whether the report gives this toll at all: silence about deaths is not a report of none."""
    toll: Toll = getattr(event, name)
    return toll.best > 0 or toll.high > 0 or any(ev.field == name for ev in event.evidence)


def combine_toll(reports: list[Report], name: str) -> Toll:
    """low = the lowest reported toll, high = the highest, best from the most specific, then latest report."""
    told = [r for r in reports if reports_toll(r.event, name)]
    if not told:
        return Toll()
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
