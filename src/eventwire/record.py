"""The event record: the contract every interface (CLI, store, API, export) shares.

Plain dataclasses passed one way through the pipeline. ``to_dict``/``from_dict``
give the JSON shape described in README.md.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from datetime import date
from typing import Any


MAX_ID_BYTES = 2000
"""The longest article id, in UTF-8 bytes, that every store keeps (a PostgreSQL index key holds ~2,700)."""


def id_problem(article_id: str) -> str | None:
    """Why ``article_id`` cannot name an article in a store, or None: any other text is a fine id."""
    if not article_id:
        return "id is empty"
    if "\x00" in article_id:
        return "id contains a NUL character"
    try:
        size = len(article_id.encode("utf-8"))
    except UnicodeEncodeError:
        return "id is not valid Unicode (it holds a lone surrogate)"
    if size > MAX_ID_BYTES:
        return f"id too long ({size:,} bytes in UTF-8; the limit is {MAX_ID_BYTES:,})"
    return None


@dataclass
class Dateline:
    """Where (and when) a report was filed, as its first words say: "LIMA, 20 AUG 88 (EFE) --".

    ``start:end`` is the whole dateline's span in the article text; the place is its first words."""

    place: str
    date: date | None = None
    start: int = 0
    end: int = 0


@dataclass
class Article:
    """One news report as read: text plus the metadata the pipeline needs."""

    id: str
    text: str
    published: date | None = None
    outlet: str = ""
    url: str = ""
    title: str = ""
    language: str = "en"
    source: str = ""
    """Where it was read from (a path, or ``path:line`` in JSON Lines), for messages."""
    dateline: Dateline | None = None
    """Set by the pipeline from the text's first words (:mod:`eventwire.dateline`)."""


@dataclass
class Actor:
    """A side of an event: canonical ``name``, ``kind`` (state forces, rebel group, civilians…), the report's words.

    ``associated``: the group a crowd comes from, as ACLED's associated actor ("Students
    (Kenya)", "ODM: Orange Democratic Movement"); several are joined by "; "."""

    name: str
    kind: str
    text: str = ""
    associated: str = ""


@dataclass
class Location:
    """Where: gazetteer names and coordinates; ``geo_precision`` 1 town, 2 near/district, 3 province (ACLED's scale)."""

    name: str
    country: str = ""
    iso: str = ""
    admin1: str = ""
    admin2: str = ""
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int = 3
    geonameid: int | None = None
    text: str = ""


@dataclass
class Toll:
    """A count as a range: ``low`` conservative, ``best`` most likely, ``high`` largest credible.

    An event whose reports give no count has ``None`` in its place (unknown, ``null`` in
    JSON); ``Toll(0, 0, 0)`` is a report that nobody was killed or hurt.
    """

    best: int = 0
    low: int = 0
    high: int = 0

    def __add__(self, other: Toll) -> Toll:
        """Tolls of different victims add up, each bound on its own."""
        return Toll(best=self.best + other.best, low=self.low + other.low, high=self.high + other.high)


@dataclass
class Source:
    """One article that reports the event, and whom it cites (``reported_by``)."""

    article_id: str
    outlet: str = ""
    url: str = ""
    published: str = ""
    reported_by: str = ""


@dataclass
class Evidence:
    """The words behind one field: ``start:end`` indexes the article's original text."""

    field: str
    article_id: str
    start: int
    end: int
    text: str


@dataclass
class Event:
    """One real-world event: the record every interface shares (README.md, "The event record")."""

    event_id: str
    event_type: str
    sub_event_type: str
    event_date: str = ""
    time_precision: int = 1
    actor1: Actor | None = None
    actor2: Actor | None = None
    attribution: str = "reported"
    location: Location | None = None
    fatalities: Toll | None = None  # None: no report gives the toll
    injuries: Toll | None = None
    notes: str = ""
    sources: list[Source] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The JSON record, keys in the documented order."""
        d = asdict(self)
        return {key: d[key] for key in EVENT_KEYS}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Event:
        """The inverse of :meth:`to_dict`; unknown keys are ignored, missing ones take defaults
        (a missing or null toll is unknown)."""
        return cls(
            event_id=d["event_id"],
            event_type=d["event_type"],
            sub_event_type=d.get("sub_event_type") or "",
            event_date=d.get("event_date") or "",
            time_precision=d.get("time_precision", 1),
            actor1=_build(Actor, d.get("actor1")),
            actor2=_build(Actor, d.get("actor2")),
            attribution=d.get("attribution") or "reported",
            location=_build(Location, d.get("location")),
            fatalities=_build(Toll, d.get("fatalities")),
            injuries=_build(Toll, d.get("injuries")),
            notes=d.get("notes") or "",
            sources=[_build(Source, s) for s in d.get("sources") or []],
            evidence=[_build(Evidence, e) for e in d.get("evidence") or []],
        )


EVENT_KEYS = ["event_id", "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
              "attribution", "location", "fatalities", "injuries", "notes", "sources", "evidence"]


def _build(kind: type, value: dict[str, Any] | None) -> Any:
    """A record part from its dict, keeping only the fields ``kind`` knows."""
    if not value:
        return None
    known = {f.name for f in fields(kind)}
    return kind(**{k: v for k, v in value.items() if k in known})
