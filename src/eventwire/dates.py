"""Stage 8, date: find time expressions and resolve them against the publication date.

Relative expressions resolve into the past: "Thursday" in a Tuesday report is five
days earlier, "on Tuesday" in a Tuesday report is the same day. Without a publication
date they stay unresolved rather than guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from eventwire.numbers import value

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
_MON = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
# Wire copy writes the year in two digits ("3 JAN 90", "18 APRIL 89"); a number
# followed by a word is a count instead ("on 3 Jan 15 people died").
_YY = r"(\d\d)(?!\d)(?!\s*[^\W\d_])"
_WD = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"

# Each pattern: (name, regex). Order matters: longer, more specific first.
PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(rf"\b({_YEAR})-(\d\d)-(\d\d)\b")),
    ("dmy_short", re.compile(rf"\b({_DAY})\s+({_MON})\s+{_YY}", re.I)),
    ("dmy", re.compile(rf"\b({_DAY})\s+(?:of\s+)?({_MON})(?:,?\s+({_YEAR}))?\b", re.I)),
    ("mdy", re.compile(rf"\b({_MON})\s+({_DAY})(?:,?\s+({_YEAR}))?\b", re.I)),
    # Day-first numeric dates, only where they cannot be a fraction: "(20/01)", "on 3/02/2015".
    ("numeric", re.compile(r"(?:(?<=\()|(?<=\[)|(?<=\bon\s))([0-3]?\d)/([01]?\d)(?:/((?:19|20)?\d\d))?(?=[)\]\s,.;])", re.I)),
    ("day_before_yesterday", re.compile(r"\b(?:the\s+)?day\s+before\s+yesterday\b", re.I)),
    ("yesterday", re.compile(r"\byesterday(?:'s)?\b|\blast\s+night(?:'s)?\b|\bovernight\b", re.I)),
    ("today", re.compile(r"\btoday(?:'s)?\b|\btonight\b|\bthis\s+(?:morning|afternoon|evening)\b|\bearlier\s+today\b", re.I)),
    ("hours_before", re.compile(r"\b(?:hours|minutes|shortly|moments)\s+(?:before|after|earlier|later)\b|\bthe\s+same\s+day\b", re.I)),
    ("weekday", re.compile(rf"\b(?:(?:late|early)\s+)?(?:on\s+)?(?:last\s+)?({_WD})(?:'s)?(?:\s+(?:morning|afternoon|evening|night))?\b", re.I)),
    ("ago", re.compile(r"\b(a\s+few|several|some|a|an|\w+)\s+(days?|weeks?|months?)\s+ago\b", re.I)),
    ("in_month", re.compile(rf"\b(?:in|during|early|late|mid-?)\s+(?:early\s+|late\s+|mid-?)?({_MON})\b(?!\s*\d)", re.I)),
    ("last_week", re.compile(r"\blast\s+week(?:'s)?\b|\bearlier\s+this\s+week\b|\bthis\s+week\b|\bpast\s+week\b", re.I)),
    ("last_month", re.compile(r"\blast\s+month(?:'s)?\b|\bearlier\s+this\s+month\b", re.I)),
    ("month_year", re.compile(rf"\b(?:in\s+)?({_MON})\s+({_YEAR})\b", re.I)),
    ("year", re.compile(rf"\b(?:in|since|of)\s+({_YEAR})\b")),
]


_DURATION = re.compile(r"\bfor\s+(?:about\s+|around\s+|nearly\s+|some\s+|over\s+|more\s+than\s+)?[\w-]+\s+$", re.I)


_UNTIL = re.compile(r"\b(?:until|till|since|up\s+to)\s+$", re.I)
WHOLE = {"iso", "dmy_short", "month_year", "year"}
"""Kinds of expression that give the year themselves."""
_RESTATED_GAP = re.compile(r"[\s(\[,]*(?:(?:morning|afternoon|evening|night)[\s(\[,]*)?", re.I)
RELATIVE = {"yesterday", "today", "weekday", "day_before_yesterday"}
EXPLICIT = {"iso", "dmy", "dmy_short", "mdy", "numeric"}


@dataclass
class TimeExpr:
    """A time expression in a text; ``value`` is None when it cannot be resolved."""

    start: int
    end: int
    text: str
    kind: str
    value: date | None
    precision: int  # 1 day, 2 week, 3 month, 4 year or older (background, not an event date)
    relative: bool = False  # resolved against the publication date ("on 3 May", "last week"), not given whole


def in_century(year: int, today: date | None = None) -> int:
    """A two-digit year read in its century: the latest year with those last digits, up to next year."""
    this_year = (today or date.today()).year
    year = this_year // 100 * 100 + year % 100
    return year if year <= this_year + 1 else year - 100


def _month(name: str) -> int:
    return next(i for i, m in enumerate(MONTHS, 1) if m.startswith(name.lower().rstrip(".")[:3]))


AHEAD_DAYS = 7
"""A day and month without a year this few days after publication are this year's: a
report names the coming days ("the vote on 12 September") or was dated a day or two
before the act it tells, never the same day of last year."""


def _in_past(published: date, month: int, day: int) -> date | None:
    """The most recent (month, day) on or before publication, or within AHEAD_DAYS after it."""
    for year in (published.year, published.year - 1):
        try:
            d = date(year, month, day)
        except ValueError:
            return None
        if d <= published + timedelta(days=AHEAD_DAYS if year == published.year else 0):
            return d
    return None


UNIT_DAYS = {"day": 1, "week": 7, "month": 30}
FEW_DAYS = 3
"""What "a few days ago" counts back, at the week's precision."""


def _ago(amount: str, unit: str, published: date) -> tuple[date | None, int]:
    """ "Three days ago" is a day; "two weeks ago" a week; "a few days ago" within the week."""
    unit = unit.lower().rstrip("s")
    n = 1 if amount.lower() in ("a", "an") else value(amount)
    if n is None:
        return published - timedelta(days=FEW_DAYS * UNIT_DAYS[unit]), 2 if unit == "day" else 3
    return published - timedelta(days=n * UNIT_DAYS[unit]), {"day": 1, "week": 2, "month": 3}[unit]


def resolve(kind: str, groups: tuple, published: date | None) -> tuple[date | None, int]:
    """The date a matched expression names, and its ACLED time precision."""
    try:
        if kind == "iso":
            return date(int(groups[0]), int(groups[1]), int(groups[2])), 1
        if kind == "dmy_short":
            return date(in_century(int(groups[2])), _month(groups[1]), int(re.sub(r"\D", "", groups[0]))), 1
        if kind in ("dmy", "mdy"):
            day_s, mon_s, year_s = (groups[0], groups[1], groups[2]) if kind == "dmy" else (groups[1], groups[0], groups[2])
            day, month = int(re.sub(r"\D", "", day_s)), _month(mon_s)
            if year_s:
                return date(int(year_s), month, day), 1
            return (_in_past(published, month, day), 1) if published else (None, 1)
    except ValueError:
        return None, 1
    if kind == "numeric":
        try:
            day, month = int(groups[0]), int(groups[1])
            if groups[2]:
                year = in_century(int(groups[2])) if len(groups[2]) == 2 else int(groups[2])
                return date(year, month, day), 1
            return (_in_past(published, month, day), 1) if published else (None, 1)
        except ValueError:
            return None, 1
    if kind == "month_year":
        return date(int(groups[1]), _month(groups[0]), 1), 3
    if kind == "year":
        return None, 4
    if published is None:
        return None, {"last_week": 2, "last_month": 3, "in_month": 3}.get(kind, 1)
    if kind == "ago":
        return _ago(groups[0], groups[1], published)
    if kind == "in_month":
        month = _month(groups[0])
        return date(published.year - (month > published.month), month, 1), 3
    if kind == "today":
        return published, 1
    if kind == "yesterday":
        return published - timedelta(days=1), 1
    if kind == "day_before_yesterday":
        return published - timedelta(days=2), 1
    if kind == "weekday":
        back = (published.weekday() - WEEKDAYS.index(groups[0].lower())) % 7
        return published - timedelta(days=back), 1
    previous = bool(groups) and str(groups[0]).startswith(("last", "past"))
    if kind == "last_week":
        return published - timedelta(days=published.weekday() + (7 if previous else 0)), 2
    if kind == "last_month":
        first = published.replace(day=1)
        return ((first - timedelta(days=1)).replace(day=1) if previous else first), 3
    return None, 1  # hours_before: same day as the event it is relative to


def find(text: str, published: date | None) -> list[TimeExpr]:
    """All time expressions in ``text``, left to right, without overlaps."""
    found: list[TimeExpr] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            if kind in ("mdy", "in_month") and m.group(1).lower().startswith("may") and not m.group(1)[0].isupper():
                continue  # the verb "may"
            if kind == "hours_before" and _DURATION.search(text[max(0, m.start() - 30):m.start()]):
                continue  # "fought for two hours before": how long, not when
            if _UNTIL.search(text[max(0, m.start() - 12):m.start()]):
                continue  # "until a few days ago", "since October 8": a period's bound, not when an act happened
            groups = (m.group(0).lower(),) if kind in ("last_week", "last_month") else m.groups()
            value, precision = resolve(kind, groups, published)
            taken.append((m.start(), m.end()))
            whole = kind in WHOLE or (kind in ("dmy", "mdy", "numeric") and bool(m.groups()[-1]))
            found.append(TimeExpr(m.start(), m.end(), m.group(0), kind, value, precision, relative=not whole))
    found.sort(key=lambda t: t.start)
    # "yesterday evening (20/01)": the explicit date restates the relative one.
    restated = {i for i, (a, b) in enumerate(zip(found, found[1:]))
                if a.kind in RELATIVE and b.kind in EXPLICIT and _RESTATED_GAP.fullmatch(text[a.end:b.start])}
    return [t for i, t in enumerate(found) if i not in restated]
