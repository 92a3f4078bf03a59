"""Deciding which reports are one real-world act.

A *report* is one event as one article told it. :func:`same_event` is symmetric and
looks at two reports only: close in time (the days each report allows overlap),
close in place (within the vaguer place's radius), compatible types and attackers.
Precise reports are grouped into connected components of that relation; a vague
report (a week, a month, a province, no place) joins only the one event it fits
best (:func:`attachment_score`) and never links two. Both depend only on the set of
reports, so any arrival order gives the same events.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from difflib import SequenceMatcher

from eventwire.record import Actor, Event, Location
from eventwire.store.geo import distance_km

RADIUS_KM = {1: 10.0, 2: 25.0}
"""How far apart two reported places may be and still be one act, by the vaguer geo_precision."""

REMOTE = "Explosions/Remote violence"

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


PROVINCE_KM = 150.0
"""A province-level place (geo_precision 3) without an admin1 to compare is this close to a town in it."""

DISTINCT_SUB_TYPES = {"Abduction/forced disappearance", "Sexual violence", "Chemical weapon"}
"""Acts no outlet would mistake for another kind: they merge only with the same sub-event type."""

TYPE_FAMILIES = (
    {"Battles", "Explosions/Remote violence", "Violence against civilians"},
    {"Protests", "Riots"},
)
"""Types outlets (and extractors) swap for one act: soldiers or villagers, gunfire or a bomb."""

NIGHT_WORDS = re.compile(r"\b(night|overnight|late)\b", re.IGNORECASE)
DAWN_WORDS = re.compile(r"\b(early|dawn|pre-dawn|daybreak)\b", re.IGNORECASE)
"""Words that put an act near midnight, where outlets date it a day apart ("late Sunday", "early Monday")."""


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
