"""Counting words: digits, number words and vague quantities, as ACLED codes them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from eventwire.resources import load

_DIGITS = re.compile(r"^\d{1,3}(,\d{3})*$|^\d+$")


@dataclass(frozen=True)
class Count:
    """A count as a range; ``low`` is ACLED's conservative reading of vague words."""

    low: int
    best: int
    high: int

    def __add__(self, other: Count) -> Count:
        return Count(self.low + other.low, self.best + other.best, self.high + other.high)


def _words() -> dict[str, int]:
    return load("numbers")["words"]


def value(word: str) -> int | None:
    """The exact number a single word names: "10", "1,200", "ten", "twenty-five"."""
    w = word.lower().strip()
    if _DIGITS.match(w):
        return int(w.replace(",", ""))
    words = _words()
    if w in words and w not in ("a", "an", "no", "none", "both"):
        return words[w]
    if "-" in w:
        parts = [words.get(p) for p in w.split("-")]
        if len(parts) == 2 and all(p is not None for p in parts) and parts[0] >= 20 and parts[1] < 10:
            return parts[0] + parts[1]
    return None


def vague(word: str) -> Count | None:
    """A vague quantity ("several", "dozens") as ACLED's low figure and a best guess."""
    entry = load("numbers")["vague"].get(word.lower())
    if entry is None:
        return None
    low, best = entry
    return Count(low, best, max(low, best))


def parse_count(words: list[str]) -> Count | None:
    """The count named by a short word sequence before a noun.

    Handles "two", "10", "a dozen", "dozens of", "at least 14", "more than 20",
    "one hundred", "2 to 3" (a range) and determiners that mean one ("a", "an").
    """
    ws = [w.lower() for w in words if w.strip()]
    if ws and ws[0] in ("no", "none", "zero"):
        return Count(0, 0, 0)  # "no one", "no soldiers"
    nums: list[int] = []
    for w in ws:
        v = value(w)
        if v is not None:
            if nums and v in (100, 1000) and nums[-1] < v:
                nums[-1] *= v
            else:
                nums.append(v)
    if "dozen" in ws and not [w for w in ws if value(w) is not None and w != "dozen"]:
        return Count(12, 12, 12)
    if len(nums) == 2 and ("to" in ws or "or" in ws or "-" in ws):
        return Count(min(nums), min(nums), max(nums))
    if nums:
        n = nums[-1]
        return Count(n, n, n)
    for w in ws:
        v = vague(w)
        if v is not None:
            return v
    if ws and ws[-1] in ("a", "an", "one", "single", "lone"):
        return Count(1, 1, 1)
    if ws and ws[-1] in ("no", "zero", "none"):
        return Count(0, 0, 0)
    if "both" in ws or "couple" in ws or "pair" in ws:
        return Count(2, 2, 2)
    return None


_CLOCK = re.compile(r"^\d{1,2}[:.]\d{2}$|^\d{1,2}(?:am|pm)$", re.I)
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")


@cache
def _not_counts() -> tuple[dict[str, str], dict[str, str]]:
    """Word -> what a number beside it names instead of people, for the word after and before."""
    data = load("numbers")
    after = {w.lower(): kind for kind, words in data["not_counts_after"].items() for w in words}
    before = {w.lower(): kind for kind, words in data["not_counts_before"].items() for w in words}
    return after, before


def is_year(word: str) -> bool:
    """ "2019", "1989": a number written as a year (1800-2099, no thousands comma)."""
    return bool(_YEAR.match(word.strip()))


def not_a_count(word: str, before: str = "", after: tuple[str, ...] = ()) -> str | None:
    """What a number names when it counts no people: "age" ("a 35-year-old", "aged 35"),
    "money" ("$5,000", "5,000 pesos"), "share" ("10 percent"), "time" ("10:30", "7 pm"),
    "measure" ("20 km", "three days") or "address" ("No. 12"); None for a count.
    ``before`` is the word before the number, ``after`` the next few words."""
    w = word.lower().strip()
    if _CLOCK.match(w) or w.startswith(("$", "£", "€", "₦", "₹")):
        return "time" if _CLOCK.match(w) else "money"
    after_kinds, before_kinds = _not_counts()
    following = [a.lower() for a in after if a.strip()]
    if following:
        joined = "".join(following[:3])
        if joined.startswith(("-year", "year-old", "yr-old")):
            return "age"
        if following[0] in after_kinds:
            return after_kinds[following[0]]
    return before_kinds.get(before.lower().strip())
