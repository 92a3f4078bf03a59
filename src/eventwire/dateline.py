"""The dateline: where, and often when, a report was filed, in its first words.

    SAN SALVADOR, 3 JAN 90 -- [REPORT] ...
    KABUL (Reuters) - ...
    Mogadishu, Somalia — ...
    LIMA, 20 Aug 88 (EFE) -- ...
    BAMAKO, Aug 19 (Reuters) - ...

It opens the report's first paragraph, or the one after an id line or a headline: a
place (a run of capitalised words, with its country or state after a comma), a date,
the agency in brackets, then a dash or a colon. The date is the report's own where the
metadata has none; a date without a year names no day by itself and is left out. The
place is where the reporter sat, not where the act happened: the text must put the act
there ("in the capital", "here") for it to be the scene.
"""

from __future__ import annotations

import re
from functools import cache

from eventwire import dates
from eventwire.record import Dateline
from eventwire.resources import alternation, word_set

LINES_TRIED = 3
"""Lines at the head of a report where a dateline may stand (an id line and a headline before it)."""

_MONTH = r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_WORD = r"[A-Z][\w'\u2019.-]*"
_PLACE = rf"{_WORD}(?:[ ](?:{_WORD}|de|del|la|el|al|es|of|upon|am))*"
_DATELINE = re.compile(
    rf"(?P<place>{_PLACE}(?:,[ ](?!\d|{_MONTH}\b){_PLACE}){{0,2}}(?:[ ]\({_PLACE}\)(?=,))?)"
    r"(?:,?[ ](?P<date>[^()\n]{3,24}?))?"
    r"(?:[ ]?\((?P<agency>[^()\n]{2,40})\))?"
    r"[ ]*\n?[ ]*(?:--|-|\u2013|\u2014|:)(?=\s|$)")
_OPENING = re.compile(r"[ \t]*")


def find(text: str) -> Dateline | None:
    """The report's dateline, or None when its head has none."""
    pos = 0
    for _ in range(LINES_TRIED):
        while pos < len(text) and text[pos] in "\r\n":
            pos += 1
        if pos >= len(text):
            return None
        start = _OPENING.match(text, pos).end()
        found = _dateline_at(text, start)
        if found is not None:
            return found
        end = text.find("\n", pos)
        if end < 0:
            return None
        pos = end + 1
    return None


def _dateline_at(text: str, start: int) -> Dateline | None:
    m = _DATELINE.match(text, start)
    if m is None:
        return None
    words = m.group("place")
    when = None
    date_text = m.group("date")
    if date_text is not None:
        found = [t for t in dates.find(date_text, None) if t.kind in dates.EXPLICIT | {"weekday"}]
        if found and found[0].start == 0 and not date_text[found[0].end:].strip(" ,"):
            when = found[0].value
        elif m.group("agency") is None or len(date_text.split()) > 2:
            return None  # words between the place and the dash that are no date: not a dateline
    if not _place_like(words, date_text is not None or m.group("agency") is not None):
        return None
    return Dateline(place=words, date=when, start=m.start(), end=m.end())


def town(line: Dateline) -> str:
    """The dateline's town alone: "Mogadishu" of "Mogadishu, Somalia", "TOKYO" of "TOKYO (JAPAN)"."""
    return re.sub(r"\s*\(.*", "", line.place.split(",")[0]).strip()


def _place_like(words: str, marked: bool) -> bool:
    """A place, not a heading ("UPDATE -", "Analysis:"): a name the gazetteer knows, or
    any run of names when a date or an agency follows it."""
    from eventwire.places import Gazetteer  # read only for the few heads that look like datelines

    first = town(Dateline(words))
    if Gazetteer.default().lookup(first):
        return True
    return marked and not _everyday(first)


def _everyday(words: str) -> bool:
    from eventwire.truecase import COMMON_ZIPF, frequency

    return all(frequency(w.lower()) >= COMMON_ZIPF for w in words.split())


@cache
def _pointers() -> re.Pattern[str]:
    words = alternation(word_set("filing_place"))
    return re.compile(rf"\b(?:{words})\b(?!\s+of\b)", re.I)


def points_at_filing_place(sentence: str) -> tuple[int, int] | None:
    """The words of a sentence that put what it tells where the report was filed: "here",
    "in this capital", "in the city" (but not "the city of X")."""
    m = _pointers().search(sentence)
    return (m.start(), m.end()) if m else None
