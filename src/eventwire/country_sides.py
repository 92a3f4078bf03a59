"""Country words beside a side: one whose forces act only through a weapon's role word ("a
Pakistani military drone"), where people came from ("tribesmen from Uganda"), what a country
leads ("Saudi-led jets") and one that backs others ("Iranian-backed militias")."""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Token

from eventwire.actors import ActorMention
from eventwire.parse import span_of, text_of
from eventwire.resources import load


def weapon_word(doc: Doc, mention: ActorMention, acts: set[int]) -> bool:
    """Whether a role word only describes the act's weapon: "military" in "a Pakistani
    military drone", where the country word, not the role word, names the side."""
    span = span_of(doc, mention.start, mention.end)
    return span is not None and span.root.dep_ in ("amod", "compound") and span.root.head.i in acts


_LED = re.compile(r"\s*-\s*led\b", re.I)
_FROM = re.compile(r"(\w+)\s+from\s+(?:the\s+)?$", re.I)


def origin(doc: Doc, start: int, acts: set[int]) -> bool:
    """Whether a country word at ``start`` tells where people came from: "tribesmen from
    Uganda", "armed men from Somalia"; not "shelling from Pakistan", an act's source."""
    m = _FROM.search(text_of(doc), max(0, start - 40), start)
    word = span_of(doc, m.start(1), m.end(1)) if m is not None else None
    return word is not None and len(word) == 1 and word[0].pos_ in ("NOUN", "PROPN") and word[0].i not in acts


def led(doc: Doc, end: int) -> Token | None:
    """The noun after "X-led" (a coalition, its jets): what the country leads."""
    if not _LED.match(text_of(doc), end):
        return None
    words = span_of(doc, end, _LED.match(text_of(doc), end).end())
    return words.root.head if words is not None else None


@cache
def _backing() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in load("actors")["backing"])
    return re.compile(rf"\s*-\s*(?:{words})\b", re.I)


def backer(text: str, end: int) -> bool:
    """A country word that backs others rather than acts: "Iranian-backed", "Russian-supported"."""
    return _backing().match(text, end) is not None
