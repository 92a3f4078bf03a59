"""Stage 4, mentions: the words in a parsed report that report an act of violence.

Trigger words and phrases live in ``data/triggers.yaml``. The cheap test before
parsing (``eventwire.prefilter``) is derived from the same tables.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from eventwire.resources import load


@dataclass
class Trigger:
    """One trigger in a sentence: the tokens that say what happened, and the kind of act."""

    kind: str
    start: int  # token index in the doc
    end: int

    def head(self, doc: Doc) -> Token:
        return doc[self.start:self.end].root


@dataclass
class Mention:
    """A sentence that reports at least one act, with its triggers."""

    sent: Span
    triggers: list[Trigger]


@cache
def _lemma_table() -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    """Lemma to (kind, parts of speech): one word may mean one act as a verb, another as a
    noun ("militants struck" is an attack, "workers on strike" a protest)."""
    table: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for key, spec in load("triggers").items():
        kind = spec.get("kind", key)
        for lemma in spec.get("lemmas", []):
            table.setdefault(lemma, []).append((kind, tuple(spec.get("pos", ["NOUN", "VERB", "ADJ", "PROPN"]))))
    return table


@cache
def _phrase_table() -> list[tuple[tuple[str, ...], str]]:
    phrases = [(tuple(p.lower().split()), spec.get("kind", key)) for key, spec in load("triggers").items()
               for p in spec.get("phrases", [])]
    return sorted(phrases, key=lambda p: -len(p[0]))


def _phrase_matches(sent: Span) -> list[Trigger]:
    words = [t.lower_ for t in sent]
    lemmas = [t.lemma_.lower() for t in sent]
    starts: dict[str, list[int]] = {}  # word or lemma -> positions: a phrase is tried only where it can start
    for i, (w, lem) in enumerate(zip(words, lemmas)):
        starts.setdefault(w, []).append(i)
        if lem != w:
            starts.setdefault(lem, []).append(i)
    found: list[Trigger] = []
    used: set[int] = set()
    for phrase, kind in _phrase_table():
        n = len(phrase)
        for i in starts.get(phrase[0], ()):
            if i > len(words) - n or any(j in used for j in range(i, i + n)):
                continue
            if all(phrase[k] in (words[i + k], lemmas[i + k]) for k in range(n)):
                found.append(Trigger(kind, sent.start + i, sent.start + i + n))
                used.update(range(i, i + n))
    return found


@cache
def _thrown() -> dict[str, tuple[str, frozenset[str]]]:
    """Kind of a weapon word when thrown by hand: {"bomb": ("grenade", {"hurl", ...})}."""
    out: dict[str, tuple[str, frozenset[str]]] = {}
    for key, spec in load("triggers").items():
        rule = spec.get("thrown")
        if rule:
            for kind in rule["kinds"]:
                out[kind] = (spec.get("kind", key), frozenset(rule["verbs"]))
    return out


def _as_thrown(trigger: Trigger, sent: Span) -> Trigger:
    rule = _thrown().get(trigger.kind)
    if rule is None:
        return trigger
    head = sent.doc[trigger.start:trigger.end].root
    verb = head.head if head.dep_ in ("dobj", "obj", "nsubjpass") else None
    if verb is not None and verb.lemma_.lower() in rule[1]:
        return Trigger(rule[0], trigger.start, trigger.end)
    return trigger


def triggers_in(sent: Span) -> list[Trigger]:
    """Triggers of a sentence: phrases first, then single words outside them."""
    found = _phrase_matches(sent)
    covered = {i for t in found for i in range(t.start, t.end)}
    table = _lemma_table()
    for token in sent:
        if token.i in covered:
            continue
        # A capitalised plural at a sentence start may be tagged a proper noun ("Rockets").
        plural = token.lower_[:-1] if token.pos_ == "PROPN" and token.lower_.endswith("s") else ""
        entries = table.get(token.lemma_.lower()) or table.get(token.lower_) or table.get(plural) or []
        kind = next((k for k, pos in entries if token.pos_ in pos), None)
        if kind is not None:
            found.append(Trigger(kind, token.i, token.i + 1))
    return sorted((_as_thrown(t, sent) for t in found), key=lambda t: t.start)


def find(doc: Doc) -> list[Mention]:
    """Sentences of ``doc`` that contain a trigger."""
    mentions = []
    for sent in doc.sents:
        triggers = triggers_in(sent)
        if triggers:
            mentions.append(Mention(sent, triggers))
    return mentions
