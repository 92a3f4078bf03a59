"""Organisations a report names that ``data/actors.yaml`` lacks.

"Members of the Popular Revolutionary Front attacked...", "the so-called Southern Lions
Command claimed...", "the Workers' Self-Defence Command (WSDC)": a report that names the
group behind an act gives it by its own name, and so does the record. A name is a run of
name words ending in an organisation's head word (army, front, movement, command,
cartel...; the lists live in ``data/actors.yaml`` under ``organisations``), or the words
a naming phrase introduces ("the so-called X"). A name whose other words are only a
country's and a state's ("the Nigerian Army", "Northern Command") names that state's
forces, which the role words already read. An acronym in parentheses or brackets beside a
name is its acronym, and the report's later uses of the name or of the acronym name the
same group.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Token

from eventwire.actors import ActorMention, alias_regex, in_capitals, support_words
from eventwire.actors import find as find_listed
from eventwire.countries import country_names
from eventwire.parse import text_of
from eventwire.resources import load

QUOTES = {'"', "“", "”", "'", "‘", "’", "``", "''"}
JOINERS = {"of", "for", "the", "and", "de", "del", "la", "las", "los", "el"}
"""Words that may sit inside a name between name words ("Army of National Liberation")."""
POSSESSIVES = {"'s", "’s", "'", "’"}
ACRONYM = r"[A-Z][A-Za-z0-9-]{1,9}(?:/[A-Z][A-Za-z0-9-]{1,9})?"
_ACRONYM_AFTER = re.compile(rf"\s*[(\[]\s*({ACRONYM})\s*[)\]]")
_ACRONYM_BEFORE = re.compile(rf"({ACRONYM})\s*[(\[]\s*(?:the\s+)?$")
_CLOSES = re.compile(r"\s*[)\]]")
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)?$", re.I)
MAX_WORDS = 10
_UNIT_AFTER = re.compile(r"\s+([a-z]+)\b")


@dataclass(frozen=True)
class Organisation:
    """A group the report names: its canonical name, kind and the ways the report writes it."""

    name: str
    kind: str
    forms: tuple[str, ...]
    acronym: str = ""
    listed: bool = False  # a group the data knows after all, by the acronym given with the name


@cache
def _data() -> dict[str, frozenset[str]]:
    data = load("actors")["organisations"]
    return {k: frozenset(v) for k, v in data.items() if isinstance(v, list)}


@cache
def _heads() -> dict[str, str]:
    return load("actors")["organisations"]["heads"]


@cache
def _state_words() -> frozenset[str]:
    """Words a state's forces are named with: its country and people, and the state words."""
    countries = {w.lower() for n in country_names() for w in n.split()}
    demonyms = {w.lower() for n in load("demonyms") for w in n.split()}
    return frozenset(countries | demonyms | _data()["state_words"])


@cache
def _naming_words() -> str:
    return "|".join(sorted((re.escape(w) for w in _data()["naming"]), key=len, reverse=True))


@cache
def _naming() -> re.Pattern[str]:
    """A naming phrase right before a name: "the so-called", "a group calling itself"."""
    return re.compile(rf"(?i:\b(?:{_naming_words()})\s+(?:the\s+)?)[\"“]?$")


@cache
def _named_after() -> re.Pattern[str]:
    """A naming phrase and the quoted or capitalised name after it."""
    return re.compile(rf"(?i:\b(?:{_naming_words()})\s+(?:the\s+)?)(?:[\"“]([^\"”\n]{{2,60}})[\"”]"
                      rf"|((?:[A-Z][\w’'-]*\s+){{0,4}}[A-Z][\w’'-]*))")


def _name_like(tok: Token, capitals: bool) -> bool:
    """A word that can be part of a name: written with a capital (in text written all in
    capitals, any word that is not a function word or a verb), a number, or a quote."""
    if tok.text in QUOTES or tok.like_num:
        return True
    if tok.is_punct or tok.is_space:
        return False
    if capitals:
        return tok.lower_ not in STOP_WORDS and tok.pos_ not in ("VERB", "AUX", "ADP", "DET", "PRON", "CCONJ", "SCONJ")
    return tok.text[:1].isupper()


def _span_of(head: Token, capitals: bool) -> tuple[int, int]:
    """Token bounds [start, end) of the name that ``head`` ends (or that "of ..." after it extends)."""
    sent = head.sent
    start = head.i
    i = head.i - 1
    while i >= sent.start and head.i - i < MAX_WORDS:
        tok = head.doc[i]
        if tok.text in QUOTES and tok.lower_ not in POSSESSIVES:
            opening = next((k for k in range(i - 1, max(sent.start, i - MAX_WORDS) - 1, -1)
                            if head.doc[k].text in QUOTES), None)
            if opening is not None:  # a quoted part of the name: '"9 May" Liberation Forces'
                start = i = opening
                i -= 1
                continue
        if tok.lower_ in POSSESSIVES and i > sent.start and _name_like(head.doc[i - 1], capitals):
            i -= 1
            continue
        if tok.text == "-" and i > sent.start:
            i -= 1
            continue
        if not _name_like(tok, capitals):
            break
        start = i
        i -= 1
    end = head.i + 1
    j = end
    while j < sent.end and head.doc[j].lower_ in ("of", "for", "the") and j - head.i < 3:
        j += 1
    if j > end and head.doc[end].lower_ in ("of", "for"):
        k = j
        while k < sent.end and k - head.i < MAX_WORDS and (
                _name_like(head.doc[k], capitals) or (head.doc[k].lower_ in JOINERS and k + 1 < sent.end
                                                       and _name_like(head.doc[k + 1], capitals))):
            k += 1
        if k > j and all(head.doc[x].text not in QUOTES for x in range(j, k)):
            end = k
    while start < head.i and ((head.doc[start].text in QUOTES and _odd_quotes(head.doc[start:end]))
                              or head.doc[start].lower_ in JOINERS):
        start += 1  # a closing quote or "the" before the name is not part of it
    return start, end


def _odd_quotes(tokens) -> bool:
    return sum(t.text in QUOTES for t in tokens) % 2 == 1


def _words(doc: Doc, start: int, end: int, head: Token) -> list[str]:
    return [t.lower_ for t in doc[start:end]
            if t.i != head.i and not t.is_punct and t.text not in QUOTES and t.lower_ not in JOINERS
            and t.text not in POSSESSIVES]


def _is_state(words: list[str], head: Token) -> bool:
    """ "the Nigerian Army", "Northern Command", "the 3rd Infantry Brigade", "the Arce
    Battalion": a state's own forces."""
    data = _data()
    if head.lower_ not in data["state_heads"] or any(w in data["markers"] for w in words):
        return False
    return head.lower_ in data["unit_heads"] or all(w in _state_words() or _ORDINAL.match(w) for w in words)


def _title(name: str) -> str:
    """A name written in capitals, in title case: "PEOPLE'S LIBERATION FORCES" -> "People's Liberation Forces"."""
    return " ".join(w if w.lower() in JOINERS else w[:1].upper() + w[1:].lower() for w in name.split())


def _clean(text: str) -> str:
    """A name without its quotation marks and line breaks."""
    text = re.sub(r"[\"“”]", "", text)
    return re.sub(r"\s+", " ", text).strip(" -'‘’")


def _organisation(doc: Doc, head: Token, taken: bytearray,
                  forces: list[ActorMention]) -> tuple[Organisation, int, int] | None:
    """The organisation whose name ``head`` ends, with its character span, if it is one.
    ``forces`` are the role words of a state's forces ("the Rapid Action Battalion")."""
    if not head.text[:1].isupper():
        return None  # a name's head is written with a capital, in capitals or not
    text = text_of(doc)
    capitals = in_capitals(text, head.idx)
    after = doc[head.i + 1] if head.i + 1 < head.sent.end else None
    if after is not None and _name_like(after, capitals) and after.text not in QUOTES \
            and after.lower_ not in _data()["descriptive"] | support_words():
        return None  # the name goes on past the head word: "the Army Post", "Front Line"
    start, end = _span_of(head, capitals)
    first, last = doc[start], doc[end - 1]
    s, e = first.idx, last.idx + len(last)
    if any(taken[s:e]):
        return None  # a group the data knows, or a part of one
    if any(f.start <= head.idx < f.end and (" " in f.text.strip() or (f.start <= s and e <= f.end)) for f in forces):
        return None  # a state's force the role words name: "Border Security Force", "Rapid Action Battalion"
    words = _words(doc, start, end, head)
    data = _data()
    named = [w for w in words if w not in data["descriptive"] and w not in JOINERS]
    if not named or any(w in data["civil"] for w in words) or _is_state(words, head):
        return None
    before = text[max(0, s - 30):s]
    acronym = _ACRONYM_AFTER.match(text, e)
    opened = _ACRONYM_BEFORE.search(text[max(0, s - 16):s])
    if opened and _CLOSES.match(text, e):
        acronym = opened
    naming = bool(_naming().search(before))
    quoted = any(t.text in QUOTES for t in doc[start:end])
    if capitals and not (acronym or naming or quoted or any(w in data["markers"] for w in words)):
        return None  # in capitals every word looks like a name: only a name with support
    name = _clean(text[s:e])
    if capitals or name.isupper():
        name = _title(name)
    kind = _heads()[head.lower_]
    if kind == "rebel group" and head.lower_ in data["weak_heads"] and not any(w in data["markers"] for w in words):
        kind = "political militia"
    if any(w in data["outlawed"] for w in re.findall(r"[\w-]+", before.lower())[-3:]):
        kind = "rebel group"  # "the outlawed Purba Banglar Communist Party": an armed underground group
    acr = acronym.group(1) if acronym else ""
    known = next((a for part in acr.split("/") for a in find_listed(part) if a.named and a.text == part), None)
    if known is not None:  # "Shan State Army (RCSS/SSA)": a group the data knows by its acronym
        return Organisation(known.name, known.kind, (text[s:e],), listed=True), s, e
    forms = tuple(f for f in (text[s:e], acr) if f)
    return Organisation(f"{acr}: {name}" if acr else name, kind, forms, acr), s, e


def _named_after_naming(doc: Doc, taken: bytearray) -> list[Organisation]:
    """ "the so-called 'Black Hand'", "a group calling itself the Southern Lions": a quoted or
    capitalised name after a naming phrase, with no head word needed."""
    text = text_of(doc)
    found = []
    for m in _named_after().finditer(text):
        s, e = m.span(1) if m.group(1) else m.span(2)
        if any(taken[s:e]):
            continue
        if m.group(2):
            if in_capitals(text, s):
                continue  # in capitals only a quoted name is told apart from the words after it
            unit = _UNIT_AFTER.match(text, e)
            if unit and (unit.group(1).lower() in _heads() or unit.group(1).lower() in _data()["units"]):
                e = unit.end()  # "the so-called Nelson Mandela cell"
        raw = text[s:e]
        if raw.lower() in _data()["descriptive"] or raw.lower() in STOP_WORDS:
            continue
        name = _clean(raw)
        found.append(Organisation(_title(name) if in_capitals(text, s) else name, "rebel group", (name,)))
    return found


@cache
def _head_pattern() -> re.Pattern[str]:
    words = "|".join(sorted(map(re.escape, _heads()), key=len, reverse=True))
    return re.compile(rf"\b(?:{words})\b", re.I)


def _capitalised_heads(doc: Doc) -> list[Token]:
    """Tokens of the head words written with a capital, found in the text (faster than
    walking every token)."""
    heads = []
    for m in _head_pattern().finditer(text_of(doc)):
        if m.group()[0].isupper():
            span = doc.char_span(m.start(), m.end())
            if span is not None and len(span) == 1:
                heads.append(span[0])
    return heads


def find(doc: Doc, listed: list[ActorMention]) -> list[ActorMention]:
    """Mentions of the organisations the report names that the data lacks: where it names
    them and every later use of the name or the acronym. ``listed`` are the named
    groups already found (their words are not read again)."""
    text = text_of(doc)
    taken = bytearray(len(text))
    for a in listed:
        if a.named:
            taken[a.start:a.end] = b"\x01" * (a.end - a.start)
    forces = [a for a in listed if not a.named and a.kind == "state forces"]
    candidates = [found for head in _capitalised_heads(doc) if (found := _organisation(doc, head, taken, forces))]
    orgs: list[Organisation] = []
    for org, s, e in candidates:
        inside = any(s2 <= s and e <= e2 and (s2, e2) != (s, e) for _, s2, e2 in candidates)
        if not inside and org.name not in {o.name for o in orgs}:
            orgs.append(org)  # "Popular Resistance" inside "Popular Resistance Front" is not one
    orgs += [o for o in _named_after_naming(doc, taken) if o.name not in {x.name for x in orgs}]
    mentions: list[ActorMention] = []
    for org in orgs:
        for form in org.forms:
            pattern = re.compile(alias_regex(form), 0 if form == org.acronym else re.I)
            for m in pattern.finditer(text):
                if not any(taken[m.start():m.end()]):
                    taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
                    mentions.append(ActorMention(m.start(), m.end(), m.group(), org.name, org.kind, True,
                                                 listed=org.listed))
    return sorted(mentions, key=lambda a: a.start)
