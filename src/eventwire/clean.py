"""Stage 2, clean: paragraphs as written, repeats dropped, offsets kept into the original.

A paragraph is a non-blank line, or, in text hard-wrapped at a fixed width as wires
file it, the lines a wrap broke apart (:func:`paragraphs`). Each kept paragraph is
normalised with same-length substitutions only: quote styles and spaces, the wrap's
line breaks as spaces, bracketed editors' notes ("[TEXT]", "[passage omitted]",
"[0530 GMT]") blanked, and case restored where it is written in capitals throughout
(:mod:`eventwire.truecase`).

Scraped pages often carry the body twice, or a teaser paragraph again further down.
A paragraph (a non-blank line) is a repeat when its normalised words (case, spacing,
punctuation and quote styles ignored) already appeared in the text kept so far: as a
whole paragraph, or as a run of words inside it, so a second copy wrapped or split
into lines differently is caught too. Short lines ("Photo", a headline of a few
words) are only dropped when they sit inside a repeated block or repeat the line
just before them; a teaser cut off with an ellipsis is matched without its cut word.
The kept text is a concatenation of original slices, so
:meth:`CleanText.original` maps any offset back; :meth:`CleanText.keep` narrows it to
some of its paragraphs and still maps back to the same original.
"""

from __future__ import annotations

import bisect
import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from eventwire import truecase
from eventwire.resources import load

_NORM = re.compile(r"[\W_]+")
# One-for-one replacements, so character offsets stay aligned with the original.
_SAME_LENGTH = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " ",
                              "\u2013": "-", "\u2014": "-", "\t": " ", "\r": " "})
MIN_REPEAT_CHARS = 25
"""Shorter lines are dropped only inside a repeated block: on their own, repeated short
lines may be legitimate (list items, "Photo")."""
MAX_SEARCH_CHARS = 400_000
"""Past this much kept text only whole-paragraph repeats are looked for (keeps cleaning linear)."""


@dataclass
class CleanText:
    """The cleaned text and the map from its offsets to the original's."""

    text: str
    clean_starts: list[int]
    original_starts: list[int]

    def original(self, offset: int) -> int:
        """Offset in the original text of the character at ``offset`` in the clean text."""
        i = max(bisect.bisect_right(self.clean_starts, offset) - 1, 0)
        if not self.clean_starts:
            return offset
        return self.original_starts[i] + offset - self.clean_starts[i]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of the clean span ``start:end``."""
        if end <= start:
            return self.original(start), self.original(start)
        return self.original(start), self.original(end - 1) + 1

    def paragraphs(self) -> list[tuple[int, int]]:
        """Spans of the paragraphs of the clean text: one per slice of the original."""
        ends = [start - 1 for start in self.clean_starts[1:]] + [len(self.text)]
        return list(zip(self.clean_starts, ends))

    def keep(self, wanted: Sequence[bool]) -> CleanText:
        """Only the wanted paragraphs (one flag per paragraph), joined by newlines, mapping to
        the same original text."""
        parts: list[str] = []
        clean_starts: list[int] = []
        original_starts: list[int] = []
        length = 0
        for (start, end), original, keep in zip(self.paragraphs(), self.original_starts, wanted):
            if not keep:
                continue
            if parts:
                parts.append("\n")
                length += 1
            clean_starts.append(length)
            original_starts.append(original)
            parts.append(self.text[start:end])
            length += end - start
        return CleanText("".join(parts), clean_starts, original_starts)


WRAP_WIDTH_MAX = 100
"""Text hard-wrapped wider than this is read line by line, as scraped text is."""
MIN_WRAPPED = 2
"""Lines broken by the wrap a text needs before its lines are joined."""
WRAP_FULLNESS = 0.75
"""How full (a share of the widest line) a wrapped text's broken lines typically are."""
FULL_LINE = 0.6
"""A line this full (a share of the widest) was broken by the wrap, whatever word comes next:
wire services' wraps are ragged, not all greedy; a shorter one ends its paragraph."""


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of paragraphs: a non-blank line is one in scraped news text; in text wrapped
    at a fixed width, a line continues the one before when the wrap broke it there (the
    line before is full, or its first word would not have fitted on it) and it is not indented."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]
    width = _wrap_width(text, lines)
    if width is None:
        return lines
    out: list[tuple[int, int]] = []
    for start, end in lines:
        if out and _broken_by_wrap(text, out[-1][1], start, width):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _line_start(text: str, end: int) -> int:
    return text.rfind("\n", 0, end) + 1


def _broken_by_wrap(text: str, prev_end: int, start: int, width: int) -> bool:
    if text.count("\n", prev_end, start) != 1 or text[start].isspace():
        return False
    first_word = len(text[start:].split(None, 1)[0])
    full = len(text[_line_start(text, prev_end):prev_end].rstrip())
    return full + 1 + first_word > width or full >= FULL_LINE * width


def _wrap_width(text: str, lines: list[tuple[int, int]]) -> int | None:
    """The width the text is wrapped at, or None when it is not wrapped."""
    if len(lines) < MIN_WRAPPED + 1:
        return None
    widths = [len(text[_line_start(text, e):e].rstrip()) for _, e in lines]
    width = max(widths)
    followed = [w for (_, e), (s, _), w in zip(lines, lines[1:], widths) if text.count("\n", e, s) == 1]
    if width > WRAP_WIDTH_MAX or len(followed) < MIN_WRAPPED:
        return None
    return width if statistics.median(followed) >= WRAP_FULLNESS * width else None


@cache
def _editorial() -> tuple[frozenset[str], tuple[str, ...], re.Pattern[str]]:
    data = load("editorial")
    return (frozenset(data["notes"]), tuple(data["endings"]),
            re.compile("|".join(f"(?:{p})" for p in data["patterns"]), re.I))


_BRACKETED = re.compile(r"\[([^\[\]\n]{1,60})\]")


def editors_note(inside: str) -> bool:
    """Whether the words in brackets are an editor's note, not the report's words."""
    notes, endings, patterns = _editorial()
    words = " ".join(re.sub(r"[^\w\s:-]", " ", inside.lower()).split())
    return words in notes or words.endswith(endings) or patterns.fullmatch(inside.strip()) is not None


_SPEAKER = re.compile(r"[^\W\d_]+(?:[\s.'-]+[^\W\d_]+){0,4}\.?")


def blank_notes(text: str) -> str:
    """The text with bracketed editors' notes replaced by spaces (offsets unchanged); so is
    a name in brackets next to a note ("[REPORT] [Ana Ruiz] [TEXT]", "[BEGIN RECORDING]
    [Cristiani]"): who speaks, not the first words of what is said."""
    found = list(_BRACKETED.finditer(text))
    notes = [editors_note(m.group(1)) for m in found]
    out = list(text)
    for i, m in enumerate(found):
        label = not notes[i] and _SPEAKER.fullmatch(m.group(1).strip()) is not None and any(
            0 <= j < len(found) and notes[j] and not text[min(m.end(), found[j].end()):max(m.start(), found[j].start())].strip()
            for j in (i - 1, i + 1))
        if notes[i] or label:
            out[m.start():m.end()] = " " * (m.end() - m.start())
    return "".join(out)


def normalised(piece: str) -> str:
    """A paragraph as the later stages read it; every character keeps its offset."""
    piece = blank_notes(piece.translate(_SAME_LENGTH).replace("\n", " "))
    return truecase.truecase(piece) if truecase.shouting(piece) else piece


def normalise(paragraph: str) -> str:
    """Lower-case words separated by single spaces: what two copies of a paragraph share."""
    return _NORM.sub(" ", paragraph.lower()).strip()


def match_key(paragraph: str) -> str:
    """The words to look for in earlier text; a teaser cut off with an ellipsis loses its cut word."""
    key = normalise(paragraph)
    if paragraph.rstrip().endswith(("...", "\u2026")) and " " in key:
        key = key.rsplit(" ", 1)[0]
    return key


def repeats(keys: list[str]) -> list[bool]:
    """For each paragraph's normalised key, whether it repeats text that came before."""
    seen: set[str] = set()
    stream = " "  # kept words, space-separated and space-ended, for run-of-words search
    repeated = [False] * len(keys)
    earlier = [False] * len(keys)  # short keys: seen before, pending their neighbours
    for i, key in enumerate(keys):
        if not key:
            continue
        found = key in seen or (len(stream) <= MAX_SEARCH_CHARS and f" {key} " in stream)
        if len(key) >= MIN_REPEAT_CHARS:
            repeated[i] = found
        else:
            earlier[i] = found
        if not found:
            seen.add(key)
            stream += key + " "
    for i, key in enumerate(keys):
        if earlier[i] and (_next_long(keys, repeated, i, -1) or _next_long(keys, repeated, i, 1)
                           or (i > 0 and keys[i - 1] == key)):
            repeated[i] = True
    return repeated


def _next_long(keys: list[str], repeated: list[bool], i: int, step: int) -> bool:
    """Whether the nearest long paragraph before (step -1) or after (step 1) ``i`` is a repeat."""
    j = i + step
    while 0 <= j < len(keys) and len(keys[j]) < MIN_REPEAT_CHARS:
        j += step
    return 0 <= j < len(keys) and repeated[j]


def clean(text: str) -> CleanText:
    """Keep each distinct paragraph once, in order, joined by newlines."""
    spans = paragraphs(text)
    dropped = repeats([match_key(text[s:e]) for s, e in spans])
    parts: list[str] = []
    clean_starts: list[int] = []
    original_starts: list[int] = []
    length = 0
    for (start, end), drop in zip(spans, dropped):
        if drop:
            continue
        # Leading and trailing spaces are skipped so every paragraph starts and ends at a word.
        while text[start].isspace():
            start += 1
        while text[end - 1].isspace():
            end -= 1
        if parts:
            parts.append("\n")
            length += 1
        clean_starts.append(length)
        original_starts.append(start)
        parts.append(normalised(text[start:end]))
        length += end - start
    return CleanText("".join(parts), clean_starts, original_starts)
