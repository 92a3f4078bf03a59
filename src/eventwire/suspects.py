"""Stage 9, actors: who the report as a whole says did an act its own sentences leave unnamed.

An experienced coder reads the whole report before naming an attacker. When the
sentences about an act name nobody ("a bomb went off", "unidentified men fired"), the
report often still makes plain who did it:

- it speaks for a group: the group's own radio or communique telling of "our units" or
  "our forces" (the group claims the act);
- a claim, suspicion or accusation elsewhere in the report names a side ("the FMLN
  guerrillas are being held responsible", "the rebels blamed the armed forces for the
  murder");
- it talks of one armed group only, or tells one only acting, and never as the act's
  victim, as the one who speaks or as the one it speaks for: that group is the suspect.

Each finding keeps the words that name the side, which become the evidence of the
actor and of its attribution ("claimed" or "suspected").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Doc

from eventwire import actors, roles
from eventwire.actors import ActorMention, is_anaphor
from eventwire.arguments import Frame
from eventwire.attribution import Claim
from eventwire.parse import text_of
from eventwire.resources import alternation, load, word_set

HEAD_CHARS = 400
"""The head of a report, where its dateline and editors' header name the outlet that speaks."""


@dataclass(frozen=True)
class Report:
    """What the whole report says of who acted: the group it speaks for, the claims and
    suspicions it voices, and the armed groups it names other than as victims or speakers."""

    voice: ActorMention | None = None
    claims: list[Claim] = field(default_factory=list)
    groups: list[ActorMention] = field(default_factory=list)
    acting: set[str] = field(default_factory=set)  # names of the groups it tells acting


@cache
def _voices() -> dict[str, tuple[str, str]]:
    """A group's own outlet, in lower case -> the group's name and kind."""
    return {str(v).lower(): (g["name"], g["kind"]) for g in load("actors")["groups"] for v in g.get("voices", [])}


@cache
def _voice_pattern() -> re.Pattern[str]:
    names = sorted(_voices(), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(actors.alias_regex(n) for n in names) + r")(?!\w)", re.I)


def voice_of(text: str, outlet: str = "") -> ActorMention | None:
    """The group a report speaks for: its outlet, or an outlet named in its head, is the
    group's own ("CLANDESTINE, 30 MAR 89 (RADIO VENCEREMOS) --"). The mention spans the
    outlet's name in ``text`` (empty when only the metadata names it)."""
    for source, offset in ((outlet, None), (text[:HEAD_CHARS], 0)):
        m = _voice_pattern().search(source) if source else None
        if m is not None:
            name, kind = _voices()[m.group(0).lower()]
            start, end = (m.start(), m.end()) if offset is not None else (0, 0)
            return ActorMention(start, end, m.group(0), name, kind, True)
    return None


@cache
def _own_forces() -> re.Pattern[str]:
    words = alternation(word_set("own_force_words"))
    return re.compile(rf"\bour\s+(?:[\w'-]+\s+){{0,2}}?(?:{words})\b", re.I)


def speak_for(doc: Doc, frames: list[Frame], voice: ActorMention | None) -> None:
    """In a report that speaks for a group, "our units", "our forces" acting are the
    group's, and the report claims the act for it: "our units ambushed a patrol"."""
    if voice is None:
        return
    text = text_of(doc)
    for frame in frames:
        if frame.attacker is not None and frame.attacker.named and not frame.attacker.text.lower().startswith("our "):
            continue
        for m in _own_forces().finditer(text, frame.start, frame.end):
            if frame.target is not None and frame.target.start < m.end() and m.start() < frame.target.end:
                continue
            if not _acting(doc, m.start(), m.end()):
                continue
            ours = ActorMention(m.start(), m.end(), m.group(0), voice.name, voice.kind, True)
            frame.attacker = ours
            frame.claims = [*frame.claims, Claim("claimed", m.start(), m.end(), ours, True)]
            break


def _acting(doc: Doc, start: int, end: int) -> bool:
    """Whether words name the side that acts: the subject or agent of a verb, or the owner
    of the subject ("our units' fire hit the helicopter")."""
    span = roles.span_of(doc, start, end)
    if span is None:
        return False
    root = span.root
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ not in word_set("attributing_verbs"):
        return root.dep_ == "nsubj"
    if root.dep_ == "poss":
        return root.head.dep_ == "nsubj"
    return root.dep_ == "pobj" and root.head.lower_ == "by"


def read(doc: Doc, frames: list[Frame], statements: list[Frame], voice: ActorMention | None) -> Report:
    """What the whole report says of who acted (``frames`` are its acts' sentences,
    ``statements`` its sentences of claims and tolls)."""
    claims = [c for f in [*frames, *statements] for c in f.claims
              if c.how in ("claimed", "suspected") and _names_a_side(c)
              and (f.attacker is None or not f.attacker.named or f.attacker.name == c.by.name)]
    denying = {c.by.name for f in [*frames, *statements] for c in f.claims if c.how == "denied" and c.by is not None}
    named = roles.named_groups(doc)
    attackers = [f.attacker for f in frames if f.attacker is not None and f.attacker.named]
    # Groups joined to an attacker by "and" act with it: "both the ELN and the EPL have bombed".
    acting = {a.name for a in attackers} | {g.name for g in named if any(roles.conjoined(doc, a, g) for a in attackers)}
    hit = {f.target.name for f in frames if f.target is not None and f.target.named} - acting
    speaking = {g.name for g in named if _speaks(doc, g)}
    # The group a report speaks for tells its own acts as "our units"; an act it tells
    # without an agent is more often the other side's.
    speaking |= {voice.name} if voice is not None else set()
    groups = [g for g in named if not g.home and g.name not in hit | denying | speaking]
    # A group the report tells acting is named before one it only mentions.
    groups.sort(key=lambda g: g.name not in acting)
    return Report(voice, [c for c in claims if c.by.name not in denying], groups, acting)


def _names_a_side(claim: Claim) -> bool:
    """A claim that names an armed side by name, or a state's forces its words govern
    ("blamed the armed forces for the murder")."""
    by = claim.by
    if by is None or not by.armed or is_anaphor(by.text):
        return False
    return by.named or (by.kind == "state forces" and claim.direct)


def _speaks(doc: Doc, mention: ActorMention) -> bool:
    """A group named as the one that says, accuses or denies, not the one that acts."""
    span = roles.span_of(doc, mention.start, mention.end)
    if span is None:
        return False
    root = span.root
    while root.dep_ in ("compound", "poss", "pobj", "prep") and root.head.i != root.i:
        root = root.head  # "commanders of the FMLN said", "the FMLN's general command announced"
    return root.dep_ == "nsubj" and root.head.lemma_ in word_set("speech_verbs")


def suspect(report: Report, iso: str = "") -> tuple[ActorMention, Claim] | None:
    """The side the whole report names for an act whose own sentences name none, and the
    claim (with its words) that says so; None when the report names no one side."""
    for how in ("claimed", "suspected"):
        sides = {c.by.name: c for c in report.claims if c.how == how}
        if len(sides) == 1:
            claim = next(iter(sides.values()))
            return claim.by, claim
        if len(sides) > 1:
            return None
    names = {g.name for g in report.groups}
    doing = names & report.acting
    if len(names) != 1 and len(doing) != 1:
        return None
    group = report.groups[0]  # the one group, or the one the report tells acting
    home = actors.home_country(group.name)
    if home and iso and home != iso:
        return None
    return group, Claim("suspected", group.start, group.end, group, False)
