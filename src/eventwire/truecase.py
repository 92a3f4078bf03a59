"""Case restored to text written all in capitals, as wire services file it.

The model reads names by their capitals, and so do the actor and country lists:
in "GUERRILLAS ATTACKED A POST IN PERU, THE ARMY SAID IS ..." every word looks like
a name, "IS" like the Islamic State's acronym, and "PERU" like nothing known. A
paragraph whose letters are nearly all capitals is re-cased word by word, each word
keeping its length, so every offset into it still holds:

- words and phrases the package knows with their case keep it: country names and
  demonyms, months and weekdays, armed groups' names and acronyms;
- an everyday English word (by its frequency in ``wordfreq``) is written in lower case;
- a word the model's vocabulary knows only in lower case is an English word, in lower
  case ("SUBSTATION");
- a word it has never seen, or a rare one it has seen capitalised, is a name, or an
  acronym kept in capitals when it is short or cannot be said as a word ("FMLN", "ELN");
- a word it knows both ways is a name where a name runs on ("SAN MIGUEL", "LUIS
  ARTURO"), after a title, after a preposition of place when the gazetteer knows the
  place ("IN LIMA"), or when it names a big place ("KABUL"); otherwise a word;
- everyday words that together name a big place are its name ("CAPE TOWN");
- the word that opens a sentence is capitalised.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from eventwire.countries import country_names
from eventwire.dates import MONTHS, WEEKDAYS
from eventwire.resources import load

SHOUTING_SHARE = 0.8
"""Share of a paragraph's cased letters in capitals from which it is written all in capitals."""
MIN_LETTERS = 12
COMMON_ZIPF = 4.0
"""Word frequency (Zipf scale) from which a word is everyday English, whatever follows it."""
RARE_ZIPF = 3.0
"""Below this frequency a word the model has seen capitalised is a name or an acronym."""
PLACE_POPULATION = 5_000
"""A middling-frequency word after "in" is a place when a place of this size bears its name."""
BIG_PLACE = 100_000
"""A run of everyday words is a place's name when a place this big bears it."""
ACRONYM_LETTERS = 3

_WORD = re.compile(r"[^\W\d_]+")
_VOWELS = set("aeiouy")
_CONSONANTS = re.compile(r"[^aeiouy]{3}")
_SENTENCE_END = re.compile(r"[.!?:][\s\"'()\[\]]*$")
_LOWER = re.compile(r"[^\W\d_A-Z]")


def shouting(text: str) -> bool:
    """Whether a paragraph is written in capitals throughout."""
    lower = len(_LOWER.findall(text))
    if lower > (1 - SHOUTING_SHARE) * len(text):
        return False  # mixed case, the common case, told without counting capitals
    upper = sum(c.isupper() for c in text)
    return upper + lower >= MIN_LETTERS and upper >= SHOUTING_SHARE * (upper + lower)


@cache
def _zipf():
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # without it every word not in the lists below reads as a name
        return None
    return zipf_frequency


@lru_cache(maxsize=200_000)
def frequency(word: str) -> float:
    """The word's frequency in English on the Zipf scale (0 unknown, 7 the commonest)."""
    zipf = _zipf()
    return zipf(word, "en") if zipf is not None else 0.0


@cache
def _words() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in load("truecase").items()}


def _title(word: str) -> str:
    """ "lashkar-e-taiba" -> "Lashkar-e-Taiba": each piece capitalised but the joining ones."""
    joiners = _words()["name_joiners"] | {"e", "i", "ul"}
    pieces = word.split("-")
    return "-".join(p if (p in joiners and 0 < i) else p[:1].upper() + p[1:] for i, p in enumerate(pieces))


@cache
def lexicon() -> dict[str, str]:
    """Lower-case words and phrases to the case the package knows them in."""
    known: dict[str, str] = {}
    months = [m for m in MONTHS if frequency(m) < COMMON_ZIPF + 1.5]  # not the verb "may"
    short = [m[:3] for m in months if m[:3] not in ("mar", "may")] + ["sept"]
    for name in [*country_names(), *load("demonyms"), *months, *short, *WEEKDAYS]:
        known[name.lower()] = name[:1].upper() + name[1:] if name.islower() else name
    data = load("actors")
    for group in data["groups"]:
        for acronym in map(str, group.get("acronyms", [])):
            if frequency(acronym.lower()) < COMMON_ZIPF:  # "IS", "LET": everyday words first
                known.setdefault(acronym.lower(), acronym)
        for alias in map(str, group.get("aliases", [])):
            key = alias.lower()
            if frequency(key) >= COMMON_ZIPF and " " not in key:
                continue
            known.setdefault(key, " ".join(_title(w) for w in key.split()))
    return known


@cache
def _longest_phrase() -> int:
    return max(len(k.split()) for k in lexicon())


PLACE_WORDS = 3
"""Longest run of everyday words looked up as one place name ("cape town", "new delhi")."""
_EDGE_WORDS = frozenset(["the", "a", "an", "and", "or", "of", "in", "on", "at", "to", "for", "by", "with", "from"])


def _known_places(lowers: list[str], cased: list[str | None], names: list[bool]) -> None:
    """Runs of everyday words that together name a well-known place are its name: "CAPE
    TOWN", "WEST BANK"; each word is capitalised."""
    i = 0
    while i < len(lowers):
        for n in range(min(PLACE_WORDS, len(lowers) - i), 1, -1):
            run = lowers[i:i + n]
            if run[0] not in _EDGE_WORDS and run[-1] not in _EDGE_WORDS \
                    and all(not names[k] and cased[k] != cased[k].upper() if cased[k] else not names[k]
                            for k in range(i, i + n)) and _is_big_place(" ".join(run)):
                for k in range(i, i + n):
                    cased[k], names[k] = lowers[k].capitalize(), True
                i += n - 1
                break
        i += 1


@lru_cache(maxsize=50_000)
def _is_big_place(name: str) -> bool:
    from eventwire.places import Gazetteer

    return any(c.main and not c.phonetic and (c.place.population >= BIG_PLACE or c.place.kind in ("admin1", "country"))
               for c in Gazetteer.default().lookup(name))


def _is_place(word: str) -> bool:
    from eventwire.places import Gazetteer  # the gazetteer is read only for middling words

    return any(c.main and (c.place.population >= PLACE_POPULATION or c.place.kind != "city")
               for c in Gazetteer.default().lookup(word))


def _acronym(word: str) -> bool:
    """A word read letter by letter: short, without a vowel, or with three consonants in a row."""
    return (len(word) <= ACRONYM_LETTERS or not (set(word) & _VOWELS)
            or (len(word) <= 5 and _CONSONANTS.search(word) is not None))


ENGLISH, NAME, UNSEEN = "english", "name", "unseen"


def _seen(word: str) -> str:
    """How the model's vocabulary knows a word: only in lower case (an English word), also
    capitalised (a name, or a word that opens sentences), or not at all."""
    from eventwire.parse import model_strings  # spaCy is imported only when text is re-cased

    strings = model_strings()
    if word.capitalize() in strings:
        return NAME
    return ENGLISH if word in strings else UNSEEN


_BRACKETED = re.compile(r"[(\[][^\W\d_]+(?:-[^\W\d_]+)?[)\]]")


def _alone_in_brackets(text: str, m: re.Match[str]) -> bool:
    """A word or two alone in brackets, as agencies and acronyms are given: "(EFE)", "(ACAN-EFE)"."""
    left = text.rfind("(", max(0, m.start() - 8), m.start() + 1)
    left = max(left, text.rfind("[", max(0, m.start() - 8), m.start() + 1))
    return left >= 0 and _BRACKETED.match(text, left) is not None and _BRACKETED.match(text, left).end() >= m.end()


def truecase(text: str) -> str:
    """The text with each word re-cased; every word keeps its length and place."""
    found = list(_WORD.finditer(text))
    lowers = [m.group(0).lower() for m in found]
    cased: list[str | None] = [None] * len(found)
    names = [False] * len(found)
    known = lexicon()
    i = 0
    while i < len(found):  # phrases the package knows, longest first
        for n in range(min(_longest_phrase(), len(found) - i), 0, -1):
            key = " ".join(lowers[i:i + n])
            if key in known and (n > 1 or cased[i] is None):
                words = known[key].split()
                if len(words) == n and all(len(w) == len(x) for w, x in zip(words, lowers[i:i + n])):
                    cased[i:i + n] = words
                    names[i:i + n] = [w[:1].isupper() for w in words]
                    i += n - 1
                    break
        i += 1
    words = _words()
    for i, low in enumerate(lowers):
        if cased[i] is not None:
            continue
        seen = _seen(low)
        if _after_apostrophe(text, found[i].start()):
            cased[i] = low  # "COUNTRY'S", "DON'T"
        elif len(low) == 1:
            cased[i] = low if low == "a" else low.upper()  # "I", "U.S."
        elif low in words["titles"] and frequency(low) < COMMON_ZIPF + 1:
            cased[i] = low.capitalize()
        elif i > 0 and lowers[i - 1] in words["name_openers"] and frequency(low) < COMMON_ZIPF and len(low) > 2:
            cased[i], names[i] = low.capitalize(), True  # "LA PAZ", "SAN PEDRO"
        elif _alone_in_brackets(text, found[i]) and len(low) <= 6 and frequency(low) < COMMON_ZIPF:
            cased[i] = low.upper()  # "(EFE)", "[URNG]"
        elif seen == ENGLISH:
            cased[i] = low
        elif seen == UNSEEN or frequency(low) < RARE_ZIPF:
            cased[i] = low.upper() if _acronym(low) else low.capitalize()
            names[i] = not cased[i].isupper()
    for _ in range(3):  # names the model has seen as words too: by their neighbours, both ways
        changed = False
        for i, low in enumerate(lowers):
            if cased[i] is not None or frequency(low) >= COMMON_ZIPF or len(low) < 3:
                continue
            before = lowers[i - 1] if i else ""
            after_name = i > 0 and (names[i - 1] or before in words["titles"])
            before_name = i + 1 < len(found) and names[i + 1]
            if after_name or before in words["name_openers"] or before_name \
                    or (before in words["locative"] and _is_place(low)) or _is_big_place(low):
                cased[i], names[i], changed = low.capitalize(), True, True
        if not changed:
            break
    for i, low in enumerate(lowers):  # "SAN MIGUEL", "LA PAZ", "SAN LUIS DE LA REINA"
        if cased[i] is not None or i + 1 >= len(found):
            continue
        inside = low in words["name_joiners"] and i > 0 and (names[i - 1] or lowers[i - 1] in words["name_joiners"])
        if low in words["name_openers"] and names[i + 1] and not inside:
            cased[i] = low.capitalize()
    _known_places(lowers, cased, names)
    out = list(text)
    for i, m in enumerate(found):
        word = cased[i] or lowers[i]
        if _opens_sentence(text, m.start()) and not word[:1].isupper():
            word = word[:1].upper() + word[1:]
        if len(word) == len(m.group(0)):
            out[m.start():m.end()] = word
    return "".join(out)


def _after_apostrophe(text: str, start: int) -> bool:
    return start >= 2 and text[start - 1] in "'\u2019" and text[start - 2].isalnum()


def _opens_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 8):start]
    if not before.strip():
        return start == 0 or "\n" in before or not text[:start].strip()
    return bool(_SENTENCE_END.search(before))
