"""Stage 9, actors: find the words that name a side and give them one canonical name.

Named groups come from ``data/actors.yaml`` aliases and acronyms; role words
("soldiers", "gunmen", "villagers") become country-qualified ACLED names once the
event's country is known. Anaphora ("the terror group") point back at the last group
named. Aliases are found through an index of their first words, so the cost of a
search grows with the text, not with the number of aliases.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from spacy.lang.en.stop_words import STOP_WORDS

from eventwire.resources import load
from eventwire.truecase import MIN_LETTERS, shouting

ARMED_KINDS = {"state forces", "rebel group", "political militia", "identity militia", "external forces"}
SHORT_ACRONYM = 3
"""Acronyms of this many letters or fewer may be everyday words in capitals ("IS", "AN")."""


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
    listed: bool = True  # known to data/actors.yaml; False for a name only the report gives
    home: tuple[str, ...] = ()  # words naming the group only in these countries (ISO codes)

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


def alias_regex(alias: str) -> str:
    """Words apart by spaces or hyphens match either way: "Lashkar-e-Islam" is also
    written "Lashkar e Islam" and "LashkareIslam"; a word of the name may be quoted, as
    wires do ('the "Atlacatl" Battalion')."""
    words = [[re.escape(p) for p in word.split("-")] for word in alias.split()]
    body = r"[\"“”]?[\s-]+[\"“”]?".join(r"[\s-]?".join(parts) for parts in words)
    return rf"(?<![\w-]){body}(?![\w-])"


@dataclass(frozen=True)
class _Alias:
    """One way of writing a name, compiled: ``rank`` orders overlapping matches (longer first)."""

    pattern: re.Pattern[str]
    name: str
    kind: str
    named: bool
    rank: int
    acronym: bool = False
    needs_support: bool = False  # in text written in capitals, counts only with support
    home: tuple[str, ...] = ()  # a word naming the group only in its own countries


_WORD = re.compile(r"\w+")


def _keys(form: str) -> set[str]:
    """Index keys of a form: its first word, and its first word with hyphens and spaces
    dropped ("LashkareIslam" is one word of the text)."""
    keys = set()
    for variant in (form, re.sub(r"[\s-]+", "", form)):
        m = _WORD.search(variant.lower())
        if m:
            keys.add(m.group())
    return keys


def _acronym_forms(acronym: str, taken: set[str]) -> set[str]:
    """An acronym as written; also in capitals ("LeT" as "LET") unless another group
    writes it so, and from four letters also in title case ("Farc", "Amisom")."""
    forms = {acronym}
    if acronym.upper() not in taken:
        forms.add(acronym.upper())
    if acronym.isalpha() and acronym.isupper() and len(acronym) > SHORT_ACRONYM:
        forms.add(acronym.capitalize())
    return forms


def _needs_support(form: str) -> bool:
    """A single short acronym or one spelled like an everyday word ("IS", "US", "AA")."""
    return form.isalpha() and (len(form) <= SHORT_ACRONYM or form.lower() in STOP_WORDS)


@cache
def _index() -> dict[str, tuple[_Alias, ...]]:
    """Every alias, acronym and role word, by the keys of its first word."""
    data = load("actors")
    entries: list[tuple[str, str, str, bool, bool, tuple[str, ...]]] = []  # (form, name, kind, named, acronym, home)
    exact = {str(a) for g in data["groups"] for a in g.get("acronyms", [])}
    for group in data["groups"]:
        for acronym in group.get("acronyms", []):
            for form in sorted(_acronym_forms(str(acronym), exact - {str(acronym)})):
                entries.append((form, group["name"], group["kind"], True, True, ()))
        for alias in group.get("aliases", []):
            entries.append((str(alias), group["name"], group["kind"], True, False, ()))
        for word in group.get("local", []):
            entries.append((str(word), group["name"], group["kind"], True, False, tuple(group["countries"])))
    for role in data["roles"]:
        for word in role["words"]:
            entries.append((str(word), role["name"], role["kind"], False, False, ()))
    entries.sort(key=lambda e: -len(e[0]))  # stable: groups before roles of the same length
    index: dict[str, list[_Alias]] = {}
    for rank, (form, name, kind, named, acronym, home) in enumerate(entries):
        flags = 0 if acronym else re.I
        alias = _Alias(re.compile(alias_regex(form), flags), name, kind, named, rank,
                       acronym, acronym and _needs_support(form), home)
        for key in _keys(form):
            index.setdefault(key, []).append(alias)
    return {k: tuple(v) for k, v in index.items()}


def in_capitals(text: str, pos: int) -> bool:
    """Whether the line around ``pos`` is written all in capitals, as wire copy often is
    (a line too short to tell is judged with the whole text)."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start:end if end >= 0 else len(text)]
    if sum(c.isupper() or c.islower() for c in line) < MIN_LETTERS:
        return shouting(text)
    return shouting(line)


@cache
def support_words() -> frozenset[str]:
    """Words after a name or acronym that say who its people are: "IS militants", "... Front guerrillas"."""
    return frozenset(load("actors")["acronym_support"])


_NEXT_WORD = re.compile(r"[\s'’s]*([\w-]+)")


def _supported(text: str, start: int, end: int, alias: _Alias, full_names: set[str],
               mixed_case_forms: set[str]) -> bool:
    """Whether an acronym in text written in capitals names its group: a group word
    follows ("IS MILITANTS"), the group's full name appears in the text (and with it the
    acronym in parentheses), or the text writes the acronym in capitals among lower case."""
    after = _NEXT_WORD.match(text, end)
    if after and after.group(1).lower() in support_words():
        return True
    return alias.name in full_names or text[start:end] in mixed_case_forms


def find(text: str) -> list[ActorMention]:
    """Every actor mention in ``text``, longest match first, no overlaps."""
    index = _index()
    hits: list[tuple[int, int, int, _Alias]] = []
    for word in _WORD.finditer(text):
        for alias in index.get(word.group().lower(), ()):
            m = alias.pattern.match(text, word.start())
            if m:
                hits.append((alias.rank, m.start(), m.end(), alias))
    if not hits:
        return []
    hits.sort(key=lambda h: (h[0], h[1]))
    full_names = {a.name for _, _, _, a in hits if a.named and not a.acronym}
    mixed_case_forms: set[str] | None = None
    found: list[ActorMention] = []
    taken = bytearray(len(text))
    for _, start, end, alias in hits:
        if any(taken[start:end]):
            continue
        if alias.needs_support and in_capitals(text, start):
            if mixed_case_forms is None:
                mixed_case_forms = {text[s:e] for _, s, e, a in hits if a.acronym and not in_capitals(text, s)}
            if not _supported(text, start, end, alias, full_names, mixed_case_forms):
                continue
        taken[start:end] = b"\x01" * (end - start)
        found.append(ActorMention(start, end, text[start:end], alias.name, alias.kind, alias.named, home=alias.home))
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
        for alias in [*group.get("aliases", []), *group.get("acronyms", []), *group.get("local", [])]:
            index.setdefault(_key(str(alias)), group["name"])
    return index


@cache
def _homes() -> dict[str, str]:
    return {g["name"]: g["countries"][0] for g in load("actors")["groups"] if len(g.get("countries", [])) == 1}


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
