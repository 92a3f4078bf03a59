"""What a side takes over: a place (a town, a post, a base) or a building (a mosque, a hall)."""

from __future__ import annotations

from spacy.tokens import Span

from eventwire.resources import word_set

# Kind of a building a group takes over without harm: its property seized, a development of
# no other kind (kinds.yaml: `displacement` is coded "Other").
BUILDING_KIND = "displacement"
# Words between a takeover word and what was taken: "took control of [all levels of] the mall".
_PARTS = frozenset({"control", "level", "levels", "part", "parts", "floor", "floors", "section", "sections", "wing",
                    "wings", "rest", "all", "most"})


def building_taken(sent: Span, start: int, end: int) -> bool:
    """Whether the takeover told at ``start:end`` in ``sent`` took a building, not a place:
    "young men took over the mosque by force", "troops won control of every floor of the mall".
    ACLED's territory is a place a side holds (a village, a town, a police post, a base); a
    building seized is property taken, and a siege's building is where the fight was."""
    doc = sent.doc
    root = doc[start:end].root
    for tok in root.subtree:
        if tok.i < end or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        if tok.lemma_.lower() in _PARTS:
            continue
        return tok.lemma_.lower() in word_set("taken_buildings") or tok.lower_ in word_set("taken_buildings")
    return False
