"""Stage 5, attribution: how a report knows who did an act, and whom it names.

A group claims an act ("the ELN claimed responsibility for the bombing"), denies it
("the Taliban, who denied any involvement"), is suspected of it ("police blamed the
attack on the ADF", "suspected herdsmen", "the army said guerrillas were behind it"),
or nobody claims it ("no group has claimed the attack"). Each claim keeps the words that
make it and the side it names: the claimant, the group denying, or the one suspected,
never the police or army who voice the suspicion.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from eventwire.actors import ActorMention, is_anaphor
from eventwire.parse import span_text

PATTERNS = [
    ("unclaimed", re.compile(r"\bno\s+(?:group|one|organi[sz]ation|party|militant group)\s+(?:has\s+|had\s+)?(?:yet\s+|immediately\s+)?claimed"
                             r"|\b(?:yet|failed)\s+to\s+claim|\b(?:not|n't)\s+(?:been\s+)?claimed|\bunclaimed\b", re.I)),
    ("denied", re.compile(r"\b(?:den(?:ied|ies|y|ying)|rejected|rejects)\s+(?:any\s+|all\s+|its\s+|their\s+)?"
                          r"(?:involvement|responsibility|role|carrying|participation|having|links?\b|that\s+(?:it|they|its|their))", re.I)),
    ("claimed", re.compile(r"\b(?:claim(?:ed|s|ing)?|took|takes|assumed|assumes|accepted)\s+(?:the\s+)?(?:full\s+|sole\s+)?(?:responsibility|credit|authorship)"
                           r"|\bclaimed\s+(?:the|an|a|this|that)\s+(?:attack|bombing|killing|kidnapping|abduction|assassination|ambush|raid|blast|explosion)", re.I)),
    ("suspected", re.compile(r"\b(?:believed|thought|suspected|alleged|presumed)\s+to\b|\bsuspected\b|\bblamed\b|\b(?:allegedly|presumably)\b|\baccused\b|\battributed\b"
                             r"|\b(?:was|were|is|are)\s+(?:\w+\s+)?behind\s+the\b|\b(?:was|were|is|are)\s+(?:\w+\s+)?responsible\s+for\s+the\b|\bhandiwork\s+of\b"
                             r"|\bheld\s+(?:\w+\s+){0,4}responsible\b"
                             r"|\b(?:police|authorities|officials|officers|army|military)\s+(?:also\s+)?suspects?\b", re.I)),
]
"""Phrases of each kind, first kind first where two overlap ("no group has claimed")."""

ACCUSING_VERBS = {"blame", "accuse", "suspect", "attribute", "hold", "allege"}
"""Verbs whose subject voices a suspicion about someone else: "police blamed X"."""
OWNING_VERBS = {"claim", "deny", "reject", "take", "assume", "accept"}
"""Verbs whose subject claims or denies the act itself: "X claimed responsibility"."""


@dataclass(frozen=True)
class Claim:
    """One claim, denial or suspicion: its kind, its words and the side it names."""

    how: str  # "claimed", "denied", "suspected" or "unclaimed"
    start: int
    end: int
    by: ActorMention | None = None
    direct: bool = False  # the claim's own words name the side: "blamed X", "X claimed", "X was behind"


def phrases_in(text: str, offset: int = 0) -> list[tuple[str, int, int]]:
    """Every claim, suspicion and denial phrase in ``text``, left to right; where two
    overlap, the kind listed first in :data:`PATTERNS` keeps the words."""
    found: list[tuple[str, int, int]] = []
    for how, pattern in PATTERNS:
        for m in pattern.finditer(text):
            if not any(m.start() < e and s < m.end() for _, s, e in found):
                found.append((how, m.start(), m.end()))
    return sorted(((how, s + offset, e + offset) for how, s, e in found), key=lambda p: p[1])


def claims_in(doc: Doc, sent: Span, actors: list[ActorMention]) -> list[Claim]:
    """The claims of one sentence, each with the side it names; ``actors`` are the
    sentence's actor mentions."""
    claims = []
    for how, s, e in phrases_in(span_text(sent), sent.start_char):
        by = _named_by(doc, how, s, e, actors) if how != "unclaimed" else None
        claims.append(Claim(how, s, e, by, by is not None and _governed(doc, by, s, e)))
    return claims


def _governed(doc: Doc, by: ActorMention, start: int, end: int) -> bool:
    """Whether the claim's words govern the side they name, or it is their subject."""
    word, root = _token_at(doc, start, end), _root(doc, by)
    if word is None or root is None:
        return False
    return root.i in {t.i for t in word.subtree} or root.i in _subject(word) or word.head.i == root.i


def _token_at(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    verbs = [t for t in span if t.pos_ in ("VERB", "AUX") or t.lemma_ in OWNING_VERBS | ACCUSING_VERBS]
    return verbs[0] if verbs else span.root


def _root(doc: Doc, mention: ActorMention) -> Token | None:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span.root if span is not None else None


def _subject(verb: Token) -> set[int]:
    """Tokens of the verb's subject; for "X, who denied ...", the noun "who" stands for."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass", "csubj"):
            if child.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
                return {t.i for t in verb.head.subtree if t.i < child.i}
            return {t.i for t in child.subtree}
        if child.dep_ == "agent":
            return {t.i for t in child.subtree}
    if verb.dep_ in ("xcomp", "conj") and verb.head.pos_ in ("VERB", "AUX"):
        return _subject(verb.head)  # "the group later claimed ...", "it said it would deny ..."
    return set()


def _accuser(verb: Token) -> set[int]:
    """Tokens of who voices a suspicion: the active subject or the agent of "blame",
    "accuse", or of the verb a conjoined one shares it with ("the rebels denounced ... and
    blamed the army"); never the passive subject, who is the one suspected."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "agent"):
            return {t.i for t in child.subtree}
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return _accuser(verb.head)
    return set()


def _preference(a: ActorMention) -> int:
    """Which side a claim more likely names: a named armed group over a role word."""
    if a.named and a.armed and a.kind != "state forces":
        return 0
    if a.named and a.armed:
        return 1
    if a.armed and a.kind != "state forces":
        return 2
    return 3 if a.armed else 4


def _nearest(actors: list[ActorMention], start: int) -> ActorMention | None:
    if not actors:
        return None
    return min(actors, key=lambda a: (_preference(a), abs(a.start - start)))


def _named_by(doc: Doc, how: str, start: int, end: int, actors: list[ActorMention]) -> ActorMention | None:
    """The side a claim names: who claims or denies, or who is suspected."""
    word = _token_at(doc, start, end)
    if word is None or not actors:
        return None
    roots = {id(a): _root(doc, a) for a in actors}
    if how in ("claimed", "denied"):
        subject = _subject(word) if word.lemma_ in OWNING_VERBS else set()
        # A claim is a group's ("the group", "the rebels" point back at one); a denial may be the state's.
        owners = [a for a in actors if a.armed and roots[id(a)] is not None and roots[id(a)].i in subject
                  and (how == "denied" or a.named or is_anaphor(a.text))]
        if owners:
            # The subject's own head, not a group in its description: "Ansar al-Islam, the
            # branch of al-Qaeda, claimed ..." names Ansar al-Islam.
            return min(owners, key=lambda a: (_preference(a) > 1, a.start))
        if how == "denied":
            return None  # a denial whose subject is no side names no one
        return _nearest([a for a in actors if a.named and a.armed], start)
    if word.lower_ == "suspected" and word.dep_ == "amod":
        modified = [a for a in actors if roots[id(a)] is not None and roots[id(a)].i == word.head.i]
        if modified:
            return modified[0]  # "suspected herdsmen", "suspected Boko Haram militants"
    if word.lemma_ in ACCUSING_VERBS and word.pos_ == "VERB" and word.dep_ != "amod":
        accuser = _accuser(word)
        actors = [a for a in actors if roots[id(a)] is None or roots[id(a)].i not in accuser]
    suspect = _nearest([a for a in actors if a.armed], start)
    return None if suspect is None or _alternatives(roots[id(suspect)]) else suspect


def _alternatives(root: Token | None) -> bool:
    """A side named as one of several ("the RSS or the BJP"): no one is suspected in particular."""
    if root is None:
        return False
    head = root if root.dep_ != "conj" else root.head
    return any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in head.children)
