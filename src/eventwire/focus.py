"""Stage 2b, focus: parse only the paragraphs a later stage can act on.

Parsing costs in proportion to the text parsed, and most paragraphs of a report
give background that no stage reads. A sentence never runs across a paragraph
(:func:`eventwire.parse.line_breaks_end_sentences`), and after parsing every
stage reads whole sentences: a mention needs a trigger word
(:mod:`eventwire.mentions`), a sentence without one counts only when it gives a
casualty count (:func:`eventwire.casualties.find`) or a claim
(:data:`eventwire.attribution.PATTERNS`). So a paragraph is kept when:

- the pre-filter says it may contain a trigger (the same test as for the whole report);
- one of its words can be a casualty word, by the same inverted lemma tables
  (:func:`eventwire.prefilter.surfaces`), or a "no casualties" phrase may match;
- a claim, suspicion or denial phrase may match;
- it names an armed group the data knows: the report's groups are who it may suspect
  of an act its own sentences leave unnamed (:mod:`eventwire.suspects`).

The phrase tests use the stages' own expressions with their word-boundary
assertions removed: that can only match more, and a match inside one sentence is
then a match inside its paragraph. The headline and lead are kept as well: their
place names and dateline set the scene for resolving places.

The paragraphs left out still name places that help tell one place of a name from
another; :func:`places_glanced` finds them from the tokens alone, with no parse.
The article's countries and the offsets of evidence still come from the whole
cleaned text.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Span

from eventwire import actors, attribution, casualties, prefilter
from eventwire.clean import CleanText
from eventwire.parse import nlp
from eventwire.places import Gazetteer
from eventwire.places.words import is_common_word
from eventwire.places.names import norm_key

LEAD = 2
"""Paragraphs always parsed: the headline and the lead with its dateline."""


_CONTEXT_ASSERTIONS = ("(?<", "(?=", "(?!", "^", "$", r"\A", r"\Z", r"\B", r"\\")


def _relaxed(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern without its word-boundary assertions: it matches wherever the original
    matches in any stretch of the text, and the paragraph holds that stretch. A pattern
    that looks at its surroundings in other ways matches everywhere (keeps every paragraph)."""
    if any(a in pattern.pattern for a in _CONTEXT_ASSERTIONS):
        return re.compile("")
    return re.compile(pattern.pattern.replace(r"\b", ""), pattern.flags)


@cache
def _phrases() -> tuple[re.Pattern[str], ...]:
    stages = [casualties._NONE_KILLED, casualties._NONE_INJURED] + [p for _, p in attribution.PATTERNS]
    return tuple(_relaxed(p) for p in stages)


@cache
def _casualty_words() -> frozenset[str] | None:
    """Letter runs that can be a casualty token's text or lemma; None when the lemma tables
    cannot be inverted for one of them (then every paragraph is kept)."""
    by_lemma, by_text = casualties.surface_words()
    if prefilter.unsafe_lemmas() & by_lemma:
        return None
    words: set[str] = set(by_text)
    for lemma in by_lemma:
        words |= prefilter.surfaces(lemma)
    return frozenset(words)


def needed(paragraph: str) -> bool:
    """Whether a stage after parsing may act on a sentence of this paragraph."""
    runs = prefilter.letter_runs(paragraph)
    if prefilter.may_mention_runs(runs):
        return True
    words = _casualty_words()
    if words is None or not words.isdisjoint(runs):
        return True
    if any(p.search(paragraph) for p in _phrases()):
        return True
    return any(a.named and a.armed and a.kind != "state forces" for a in actors.find(paragraph))


def wanted(cleaned: CleanText, lead: int = LEAD) -> list[bool]:
    """For each paragraph of the cleaned text, whether to parse it."""
    return [i < lead or needed(cleaned.text[s:e]) for i, (s, e) in enumerate(cleaned.paragraphs())]


@dataclass
class Focus:
    """A cleaned article and the part of it to parse."""

    whole: CleanText
    kept: list[bool]  # one flag per paragraph of ``whole``
    parsed: CleanText = field(init=False)  # the kept paragraphs, mapping to the original text

    def __post_init__(self) -> None:
        self.parsed = self.whole.keep(self.kept)

    def place_names(self, spotted: list[tuple[int, int]], gazetteer: Gazetteer) -> list[str]:
        """The article's place names in reading order: those spotted in the parsed text
        (character spans in it), and those glanced at in the paragraphs left out."""
        text = self.parsed.text
        if all(self.kept):
            return [text[s:e] for s, e in spotted]
        per_paragraph: list[list[str]] = [[] for _ in self.parsed.clean_starts]
        for s, e in spotted:
            per_paragraph[bisect.bisect_right(self.parsed.clean_starts, s) - 1].append(text[s:e])
        names: list[str] = []
        parsed = iter(per_paragraph)
        for (s, e), kept in zip(self.whole.paragraphs(), self.kept):
            names += next(parsed) if kept else places_glanced(self.whole.text[s:e], gazetteer)
        return names


def focus(cleaned: CleanText, lead: int = LEAD) -> Focus:
    """The paragraphs worth parsing, mapping back to the same original text."""
    return Focus(cleaned, wanted(cleaned, lead))


SENTENCE_ENDS = {".", "!", "?", ":", '"', "'"}


def places_glanced(paragraph: str, gazetteer: Gazetteer) -> list[str]:
    """Place names in a paragraph that is not parsed, for context only.

    The gazetteer spots places over the paragraph's tokens with every run of
    capitalised words taken for a proper noun of unknown kind, as the model tags an
    organisation's name: after "in", "near" and the like any known place counts,
    elsewhere only a town or a province (a person's name is often some village's
    too). A capitalised everyday word opening a sentence is not taken ("Later").
    """
    doc = nlp().make_doc(paragraph)
    runs: list[tuple[int, int]] = []
    opening = True
    for tok in doc:
        if tok.is_space:
            continue
        if tok.is_alpha and tok.text[:1].isupper() and not (opening and is_common_word(norm_key(tok.text))):
            tok.pos_ = "PROPN"
            if runs and runs[-1][1] == tok.i:
                runs[-1] = (runs[-1][0], tok.i + 1)
            else:
                runs.append((tok.i, tok.i + 1))
        opening = tok.text in SENTENCE_ENDS
    doc.ents = [Span(doc, s, e, label="ORG") for s, e in runs]
    return [paragraph[s:e] for s, e in gazetteer.spot(doc)]
