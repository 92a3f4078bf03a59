"""The cheap test before parsing: can this text contain a trigger at all?

:func:`eventwire.mentions.find` marks a token as a trigger when its lower-cased
text or its lemma is a trigger word, and a phrase when every word of it is some
token's text or lemma. A lemma comes from the model's lemmatizer: an exception
table entry, a suffix rule (``attacked`` -> ``attack``) or the word itself, or
from an attribute-ruler pattern. Inverting those tables gives, for every trigger
word, the finite set of words that can lemmatise to it; a report none of whose
words is in that set cannot contain the trigger, so skipping its parse loses
nothing. Each phrase needs every one of its words. The test costs a regular
expression and a set lookup per report, against tens of milliseconds to parse it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache

from eventwire import mentions
from eventwire.parse import nlp

_WORD = re.compile(r"[^\W\d_]+")  # letter runs: a trigger token is one (the tokenizer splits at non-letters)


@cache
def _inverse_tables() -> tuple[list[list[tuple[str, str]]], dict[str, set[str]], set[str]]:
    """Suffix rules, forms per lemma (exception tables, attribute ruler), lemmas not invertible."""
    model = nlp()
    lookups = model.get_pipe("lemmatizer").lookups
    rules = [[(old, new) for old, new in table] for table in lookups.get_table("lemma_rules").values()]
    forms: dict[str, set[str]] = defaultdict(set)
    for table in lookups.get_table("lemma_exc").values():
        for form, lemmas in table.items():
            for lemma in lemmas:
                forms[lemma.lower()].add(form.lower())
    unsafe: set[str] = set()  # lemmas an attribute-ruler pattern sets from something other than the word
    for pattern in model.get_pipe("attribute_ruler").patterns:
        lemma = pattern["attrs"].get("LEMMA")
        if lemma is None:
            continue
        for tokens in pattern["patterns"]:
            tok = tokens[pattern.get("index", 0)]  # the token that gets the lemma
            low = tok.get("LOWER", tok.get("ORTH"))
            if isinstance(low, dict) and set(low) == {"IN"}:
                forms[str(lemma).lower()].update(str(x).lower() for x in low["IN"])
            elif isinstance(low, str):
                forms[str(lemma).lower()].add(low.lower())
            else:
                unsafe.add(str(lemma).lower())
    for special, pieces in model.tokenizer.rules.items():  # "cannot" -> "can" + "not"
        for piece in pieces:
            forms[str(piece.get(65, piece.get("ORTH", ""))).lower()].add(special.lower())
    return rules, forms, unsafe


def surfaces(word: str) -> set[str]:
    """Every letter run that a token whose text or lemma is ``word`` can show in the text."""
    rules, forms, _ = _inverse_tables()
    out = {word} | forms.get(word, set())
    for table in rules:
        for old, new in table:
            if word.endswith(new) and len(word) > len(new):
                out.add(word[: len(word) - len(new)] + old)
    return out


@cache
def _index() -> tuple[dict[str, set[str]], list[frozenset[str]], bool]:
    """Letter run -> trigger word pieces it can stand for; each trigger's pieces; soundness."""
    groups: list[frozenset[str]] = []
    words = [" ".join(p) for p, _ in mentions._phrase_table()]
    for lemma, senses in mentions._lemma_table().items():
        needs = [_needed_words(sense) for sense in senses]
        if all(needs):  # every sense asks for another word: the trigger needs one of them too
            words.extend(f"{lemma} {word}" for need in needs for word in need)
        else:
            words.append(lemma)
    for trigger in words:
        pieces = frozenset(_WORD.findall(trigger.lower()))
        if pieces:
            groups.append(pieces)
    index: dict[str, set[str]] = defaultdict(set)
    for piece in set().union(*groups):
        for surface in surfaces(piece):
            index[surface].add(piece)
    pieces = set().union(*groups)
    return dict(index), groups, not (pieces & _inverse_tables()[2])


def _needed_words(sense: mentions._Sense) -> frozenset[str]:
    """Words one of which a sense of a trigger lemma needs as some token's lemma or text
    besides the trigger ("took over": "over"; "violence" with harm told: "dead", ...), or
    none. Common words such as "take" then let a text through only with their partner."""
    return sense.near or sense.objects or sense.told_harm


def letter_runs(text: str) -> set[str]:
    """The lower-cased letter runs of ``text``: what the tests here look words up by."""
    return set(_WORD.findall(text.lower()))


def unsafe_lemmas() -> set[str]:
    """Lemmas an attribute-ruler pattern may give a word not listed with it: their forms cannot be enumerated."""
    return _inverse_tables()[2]


def may_mention(text: str) -> bool:
    """False only when no token of ``text`` can be a trigger word or complete a trigger phrase."""
    return may_mention_runs(letter_runs(text))


def may_mention_runs(runs: set[str]) -> bool:
    """:func:`may_mention` over the letter runs of a text."""
    index, _, sound = _index()
    if not sound:
        return True
    found: set[str] = set()
    for run in runs:
        hit = index.get(run)
        if hit:
            found |= hit
    by_piece = _groups_by_piece()
    return any(group <= found for piece in found for group in by_piece.get(piece, ()))


@cache
def _groups_by_piece() -> dict[str, list[frozenset[str]]]:
    """Each trigger's pieces filed under the least of them: a text holds them all only if it
    holds that one, so a text's pieces point to the only triggers worth testing."""
    by_piece: dict[str, list[frozenset[str]]] = {}
    for group in _index()[1]:
        by_piece.setdefault(min(group), []).append(group)
    return by_piece
