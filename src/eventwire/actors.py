"""Stage 9, actors: find the words that name a side and give them one canonical name.

Named groups come from ``data/actors.yaml`` aliases; role words ("soldiers",
"gunmen", "villagers") become country-qualified ACLED names once the event's country
is known. Anaphora ("the terror group") point back at the last group named.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from eventwire.resources import load

ARMED_KINDS = {"state forces", "rebel group", "political militia", "identity militia", "external forces"}


@dataclass(frozen=True)
class ActorMention:
    """Words in the text that name a side; ``name`` may hold a ``{country}`` slot."""

    start: int
    end: int
    text: str
    name: str
    kind: str
    named: bool  # a named group, not a role word
    crowd: bool = False  # many people acting together without weapons: "residents beat a man"

    @property
    def armed(self) -> bool:
        return self.kind in ARMED_KINDS

    def canonical(self, country: str) -> str:
        """The ACLED-style name, qualified with ``country`` (or left generic)."""
        if "{country}" not in self.name:
            return self.name
        if country:
            return self.name.format(country=country)
        return self.name.replace(" of {country}", "").replace(" ({country})", "")


def _alias_regex(alias: str) -> str:
    """Words apart by spaces or hyphens match either way: "Lashkar-e-Islam" is also
    written "Lashkar e Islam" and "LashkareIslam"."""
    words = [[re.escape(p) for p in word.split("-")] for word in alias.split()]
    body = r"[\s-]+".join(r"[\s-]?".join(parts) for parts in words)
    return rf"(?<![\w-]){body}(?![\w-])"


@dataclass
class _Matcher:
    pattern: re.Pattern[str]
    name: str
    kind: str
    named: bool
    needle: str  # lower-case letters every match contains: a text without them is not searched


@cache
def _matchers() -> list[_Matcher]:
    """Compiled patterns, longest alias first so "Islamic State West Africa" wins."""
    data = load("actors")
    entries: list[tuple[str, str, str, bool]] = []
    for group in data["groups"]:
        for alias in group["aliases"]:
            entries.append((alias, group["name"], group["kind"], True))
    for role in data["roles"]:
        for word in role["words"]:
            entries.append((word, role["name"], role["kind"], False))
    entries.sort(key=lambda e: -len(e[0]))
    matchers = []
    for alias, name, kind, named in entries:
        short = named and len(alias) <= 5 and " " not in alias
        if short:
            # Acronyms match only as written in capitals ("IS", "TTP"), never "is";
            # five-letter names also as names ("Daesh", "Hamas").
            forms = {_alias_regex(alias.upper())}
            if len(alias) == 5:
                forms.add(_alias_regex(alias.capitalize()))
            pattern = re.compile("|".join(sorted(forms)))
        else:
            pattern = re.compile(_alias_regex(alias), re.I)
        needle = re.split(r"[\s-]+", alias.strip())[0].lower()
        matchers.append(_Matcher(pattern, name, kind, named, needle))
    return matchers


def find(text: str) -> list[ActorMention]:
    """Every actor mention in ``text``, longest match first, no overlaps."""
    found: list[ActorMention] = []
    taken = bytearray(len(text))
    lowered = text.lower()
    for m in _matchers():
        if m.needle not in lowered:
            continue
        for hit in m.pattern.finditer(text):
            if any(taken[hit.start():hit.end()]):
                continue
            taken[hit.start():hit.end()] = b"\x01" * (hit.end() - hit.start())
            found.append(ActorMention(hit.start(), hit.end(), hit.group(0), m.name, m.kind, m.named))
    return sorted(found, key=lambda a: a.start)


@cache
def _anaphora() -> tuple[str, ...]:
    return tuple(load("actors")["anaphora"])


def is_anaphor(text: str) -> bool:
    """True for words like "the terror group" that refer back to a named group."""
    return text.lower() in _anaphora() or ("the " + text.lower()) in _anaphora()


@cache
def _alias_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for group in load("actors")["groups"]:
        index[_key(group["name"])] = group["name"]
        if ": " in group["name"]:
            index[_key(group["name"].split(": ", 1)[1])] = group["name"]
        for alias in group["aliases"]:
            index.setdefault(_key(alias), group["name"])
    return index


@cache
def _homes() -> dict[str, str]:
    return {g["name"]: g["country"] for g in load("actors")["groups"] if g.get("country")}


def home_country(name: str) -> str | None:
    """The ISO code of the one country a named group fights in, if it fights in one."""
    return _homes().get(name)


def _key(name: str) -> str:
    name = re.sub(r"\(\d{4}-\d{0,4}\)", "", name)  # ACLED's regime years "(2015-)"
    name = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))  # "Séléka"
    return re.sub(r"[^a-z0-9]+", " ", name.lower()).strip()


def same_actor(a: str, b: str) -> bool:
    """Whether two actor names denote the same actor, by canonical name or alias."""
    return canonical_name(a) == canonical_name(b)


def canonical_name(name: str) -> str:
    """A name reduced to its canonical form: aliases and ACLED's name variants fold together."""
    key = _key(name)
    index = _alias_index()
    if key in index:
        return _key(index[key])
    if ":" in name:
        tail = _key(name.split(":", 1)[1])
        if tail in index:
            return _key(index[tail])
        return tail
    return key
