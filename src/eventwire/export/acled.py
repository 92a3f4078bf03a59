"""Events as ACLED rows: ACLED's column names and meanings, so ACLED workflows load our output.

Shared by the CSV, GeoJSON and Parquet exports. Where the record is richer than
ACLED (a fatality range, attribution, evidence) the extra goes in ``tags`` here and
in extra columns in the formats that can hold them.
"""

from __future__ import annotations

import csv
from functools import cache
from importlib import resources
from typing import Any

from eventwire.record import Actor, Event, Toll

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)

INTER_CODES = (
    # (words in an actor kind, ACLED inter code); first match wins
    (("state", "military", "police", "government"), 1),
    (("rebel",), 2),
    (("political",), 3),
    (("identity", "ethnic", "communal", "clan", "tribal"), 4),
    (("riot",), 5),
    (("protest",), 6),
    (("civilian",), 7),
)
OTHER_INTER = 8  # external/other forces, and any kind we do not recognise


def inter_code(actor: Actor | None) -> int:
    """ACLED's inter code from the actor's kind; 0 when there is no such actor."""
    if actor is None or not actor.name:
        return 0
    kind = actor.kind.lower()
    for words, code in INTER_CODES:
        if any(w in kind for w in words):
            return code
    return OTHER_INTER


def interaction(inter1: int, inter2: int) -> int:
    """ACLED's two-digit interaction: the lower inter code first; a lone actor gives e.g. 20."""
    if not inter2:
        return inter1 * 10
    if not inter1:
        return inter2 * 10
    low, high = sorted((inter1, inter2))
    return low * 10 + high


def disorder_type(event: Event) -> str:
    if event.event_type == "Protests" or event.sub_event_type == "Violent demonstration":
        return "Demonstrations"
    if event.event_type == "Strategic developments":
        return "Strategic developments"
    return "Political violence"


@cache
def _regions() -> dict[str, str]:
    text = resources.files("eventwire.data").joinpath("acled_regions.csv").read_text(encoding="utf-8")
    rows = csv.reader(line for line in text.splitlines() if line and not line.startswith("#"))
    next(rows)  # header
    return {iso: region for region, codes in rows for iso in codes.split()}


def region(iso2: str) -> str:
    return _regions().get(iso2.upper(), "")


def iso_numeric(iso2: str) -> int | str:
    """ACLED's ``iso`` column is the numeric ISO 3166 code (368 for Iraq)."""
    if not iso2:
        return ""
    try:
        import pycountry

        country = pycountry.countries.get(alpha_2=iso2.upper())
    except (ImportError, LookupError, KeyError):
        country = None
    return int(country.numeric) if country else ""


def tags(event: Event) -> str:
    """What ACLED has no column for, as ``key=value`` tags."""
    f, i = event.fatalities, event.injuries
    parts = [f"fatalities best={f.best}", f"fatalities high={f.high}"] if f else ["fatalities unknown"]
    parts.append(f"attribution={event.attribution}")
    if i is not None and (i.best or i.high):
        parts.append(f"injuries={i.best}")
    if len(event.sources) > 1:
        parts.append(f"sources={len(event.sources)}")
    return "; ".join(parts)


def toll_columns(name: str, toll: Toll | None) -> dict[str, int | None]:
    """``NAME_low``, ``NAME_best`` and ``NAME_high`` of a toll: null, not ACLED's 0, where no
    report gives one."""
    return {f"{name}_{part}": getattr(toll, part) if toll else None for part in ("low", "best", "high")}


def acled_row(event: Event, timestamp: int) -> dict[str, Any]:
    """One event as a dict keyed by :data:`ACLED_COLUMNS`."""
    loc = event.location
    inter1, inter2 = inter_code(event.actor1), inter_code(event.actor2)
    outlets = list(dict.fromkeys(s.outlet for s in event.sources if s.outlet))
    iso2 = loc.iso if loc else ""
    return {
        "event_id_cnty": event.event_id,
        "event_date": event.event_date,
        "year": int(event.event_date[:4]) if event.event_date[:4].isdigit() else "",
        "time_precision": event.time_precision,
        "disorder_type": disorder_type(event),
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "actor1": event.actor1.name if event.actor1 else "",
        "assoc_actor_1": event.actor1.associated if event.actor1 else "",
        "inter1": inter1,
        "actor2": event.actor2.name if event.actor2 else "",
        "assoc_actor_2": event.actor2.associated if event.actor2 else "",
        "inter2": inter2,
        "interaction": interaction(inter1, inter2),
        "civilian_targeting": "Civilian targeting" if inter2 == 7 else "",
        "iso": iso_numeric(iso2),
        "region": region(iso2),
        "country": loc.country if loc else "",
        "admin1": loc.admin1 if loc else "",
        "admin2": loc.admin2 if loc else "",
        "admin3": "",
        "location": loc.name if loc else "",
        "latitude": round(loc.latitude, 4) if loc and loc.latitude is not None else "",
        "longitude": round(loc.longitude, 4) if loc and loc.longitude is not None else "",
        "geo_precision": loc.geo_precision if loc else "",
        "source": "; ".join(outlets),
        "source_scale": "",
        "notes": event.notes,
        # ACLED codes the most conservative credible figure, and 0 where no report gives one
        "fatalities": event.fatalities.low if event.fatalities else 0,
        "tags": tags(event),
        "timestamp": timestamp,
    }
