"""Stage 2, clean: drop repeated paragraphs and blocks, keep offsets into the original.

Scraped pages often carry the body twice, or a teaser paragraph again further down.
Each paragraph whose normalised text was seen before is dropped. The kept text is a
concatenation of original slices, so :meth:`CleanText.original` maps any offset back.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

_NORM = re.compile(r"[\W_]+")
# One-for-one replacements, so character offsets stay aligned with the original.
_SAME_LENGTH = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " ",
                              "\u2013": "-", "\u2014": "-", "\t": " ", "\r": " "})
MIN_REPEAT_CHARS = 25
"""Shorter repeated lines ("Photo", a byline) are kept: dropping them loses nothing and
checking them would drop legitimate short repeats such as list items."""


@dataclass
class CleanText:
    text: str
    clean_starts: list[int]
    original_starts: list[int]

    def original(self, offset: int) -> int:
        """Offset in the original text of the character at ``offset`` in the clean text."""
        i = bisect.bisect_right(self.clean_starts, offset) - 1
        return self.original_starts[max(i, 0)] + offset - self.clean_starts[max(i, 0)]

    def span(self, start: int, end: int) -> tuple[int, int]:
        return self.original(start), self.original(end - 1) + 1 if end > start else self.original(start)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of non-blank lines; a line is a paragraph in scraped news text."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]


def normalise(paragraph: str) -> str:
    return _NORM.sub(" ", paragraph.lower()).strip()


def clean(text: str) -> CleanText:
    """Keep each distinct paragraph once, in order, joined by newlines."""
    seen: set[str] = set()
    parts: list[str] = []
    clean_starts: list[int] = []
    original_starts: list[int] = []
    length = 0
    for start, end in paragraphs(text):
        key = normalise(text[start:end])
        if len(key) >= MIN_REPEAT_CHARS:
            if key in seen:
                continue
            seen.add(key)
        # Leading spaces are skipped so every paragraph starts at a word.
        while text[start].isspace():
            start += 1
        if parts:
            parts.append("\n")
            length += 1
        clean_starts.append(length)
        original_starts.append(start)
        parts.append(text[start:end].translate(_SAME_LENGTH))
        length += end - start
    return CleanText("".join(parts), clean_starts, original_starts)
