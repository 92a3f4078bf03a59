"""The place word lists under ``places/data`` and the word tests built on them: which
capitalised words are never a place, which end a force's name, which make a name
everyday English, which spellings are one name."""

from __future__ import annotations

import re
from collections.abc import Iterable
from difflib import SequenceMatcher
from functools import cache, lru_cache
from importlib import resources

import yaml

from .names import fold, rules, variant_key

COMMON_ZIPF = 4.0  # word frequency from which a name is an everyday word
# Share of letters two spellings of one name have in common at least (difflib ratio of
# their variant keys): on GeoNames' own alternate spellings sharing a sounds-alike key,
# 0.8 accepts 89% of one place's spellings and 60% of same-country namesakes' names.
SPELT_ALIKE = 0.8


@cache
def _word_list(name: str) -> frozenset[str]:
    """The words of ``places/data/NAME.txt``, one a line, ``#`` starting a comment line."""
    text = resources.files("eventwire.places").joinpath(f"data/{name}.txt").read_text("utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def generic_words() -> frozenset[str]:
    """Capitalised words that never name the place of an act."""
    return _word_list("generic_words")


def force_words() -> frozenset[str]:
    """Words ending an armed force's name ("Corps", "Rifles")."""
    return _word_list("force_words")


def people_words() -> frozenset[str]:
    """Words after a name that make it people's ("family", "clan", "herdsmen")."""
    return _word_list("people_words")


def title_words() -> frozenset[str]:
    """Titles and offices written before a person's name ("Colonel", "Minister", "Dr")."""
    return _word_list("title_words")


def quarter_words() -> frozenset[str]:
    """Words that call a name a part of a town ("the Zacamil neighborhood", "Colonia Escalon")."""
    return _word_list("quarter_words")


def is_quarter(text: str) -> bool:
    """Whether a mention's own words call it a part of a town."""
    words = text.lower().split()
    return len(words) > 1 and (words[-1] in quarter_words() or words[0] in quarter_words())


def unit_prefix_words() -> frozenset[str]:
    """Words written before a name to say what kind of unit it is ("tehsil Jamrud", "tambon X")."""
    return _word_list("unit_prefix_words")


def belonging_words() -> frozenset[str]:
    """Words after "X's" that make X a person ("house", "home", "son")."""
    return _word_list("belonging_words")


def place_object_verbs() -> frozenset[str]:
    """Verbs whose direct object is a place as a rule ("pounded X", "stormed X")."""
    return _word_list("place_object_verbs")


def route_words() -> frozenset[str]:
    """Words after "X-Y" that make X and Y the ends of a way ("the Kano-Maiduguri highway")."""
    return _word_list("route_words")


def institution_words() -> frozenset[str]:
    """Words ending an institution's name, which often begins with its town's ("Sirte
    University", "Tangail Model Police Station")."""
    return _word_list("institution_words")


def elsewhere_words() -> frozenset[str]:
    """Words that after "X-" put X away from the act ("Dhaka-bound")."""
    return _word_list("elsewhere_words")


@cache
def settlement_words() -> frozenset[str]:
    """Words after a name that say it is a place ("town", "district"), from spelling.yaml."""
    return frozenset(words[0] for words in rules().suffixes if len(words) == 1)


def elsewhere(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` of ``text`` is a destination or a home ("a Dhaka-bound
    bus", "a Peshawar-based group"): it still says the country, but not the place of the act."""
    m = re.match(r"[-–](\w+)", text[end:end + 20])
    return m is not None and m.group(1).lower() in elsewhere_words()


_ROUTE_AFTER = re.compile(r"\s*[-–]\s*[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)?\s+(\w+)")
_ROUTE_BEFORE = re.compile(r"[A-Z][\w'’]*\s*[-–]\s*$")
_WORD_AFTER = re.compile(r"\s+(\w+)")


def route_end(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is one end of a way named for two places ("on the
    Dhaka-Barisal highway at X upazila"): it says where the road runs, and stands for the act's
    place only when the report names no other."""
    first = _ROUTE_AFTER.match(text, end)
    if first is not None and first.group(1).lower() in route_words():
        return True
    second = _WORD_AFTER.match(text, end)
    return second is not None and second.group(1).lower() in route_words() \
        and _ROUTE_BEFORE.search(text[max(0, start - 40):start]) is not None


@cache
def unit_countries() -> dict[tuple[str, ...], tuple[str, ...]]:
    """Unit words only a few countries use ("upazila", "woreda"), with those countries
    (data/unit_countries.yaml)."""
    text = resources.files("eventwire.places").joinpath("data/unit_countries.yaml").read_text("utf-8")
    raw = yaml.safe_load(text) or {}
    return {tuple(str(k).lower().replace("-", " ").split()): tuple(v) for k, v in raw.items() if v}


def unit_word_votes(names: Iterable[str]) -> dict[str, dict[str, float]]:
    """Country votes of the unit words the article's place names end in (or, for a word
    written before its name, begin with: "tambon Juab"), one per word."""
    found: dict[str, dict[str, float]] = {}
    for name in names:
        word, isos = _unit_word(name)
        if isos:
            found["#" + word] = {iso: 1.0 / len(isos) for iso in isos}
    return found


def unit_word_countries(name: str) -> tuple[str, ...]:
    """The countries the unit word of a place name says it is in ("X upazila", "tambon X");
    () when it has none of those words."""
    return _unit_word(name)[1]


def _unit_word(name: str) -> tuple[str, tuple[str, ...]]:
    table = unit_countries()
    words = tuple(name.lower().replace("-", " ").split())
    for n in (3, 2, 1):
        isos = table.get(words[-n:]) if len(words) > n else None
        if isos:
            return " ".join(words[-n:]), isos
    if len(words) > 1 and words[0] in unit_prefix_words() and (words[0],) in table:
        return words[0], table[(words[0],)]
    return "", ()


@lru_cache(maxsize=200_000)
def spelt_alike(a: str, b: str) -> bool:
    """Two spellings of one name, not merely the same consonants: "Jaccobabad" and
    "Jacobabad", not "Ben Ghashir" and "Bangsar"; a shared direction word makes no two
    names alike ("North Kivu" and "North Cave")."""
    return SequenceMatcher(None, variant_key(_core(a)), variant_key(_core(b))).ratio() >= SPELT_ALIKE


def _core(name: str) -> str:
    """A name without its direction words ("North Kivu" -> "kivu"), unless nothing is left."""
    words = fold(name).split()
    kept = [w for w in words if w not in rules().directions]
    return " ".join(kept) if kept else name


@cache
def _zipf():
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # optional: without it only generic_words.txt guards
        return None
    return zipf_frequency


@lru_cache(maxsize=100_000)
def is_common_word(key: str) -> bool:
    """A name that is an everyday English word or phrase (Zipf frequency 4 or more)."""
    zipf = _zipf()
    return zipf is not None and zipf(key, "en") >= COMMON_ZIPF
