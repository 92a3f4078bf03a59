"""Victims named together where the parse sees one: "the mayor was killed along with two
of his guards", "killing a trader, 40; his nephew, 17; and a guard". The casualties stage
counts them with the victims the verb's own syntax gives.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.other_tolls import words  # the word lists of data/casualties.yaml


def companions(verb: Token) -> list[Token]:
    """Victims named beside the verb's own: "the mayor was killed along with two of his
    guards", "shot dead together with his driver", "died alongside three others"; a bare
    "with" names a weapon as often as a person ("killed with a machete") and is not one."""
    marks = words("companion_words")
    out: list[Token] = []
    for prep in (c for c in verb.children if c.dep_ in ("prep", "advmod")):
        if prep.lower_ in marks:  # "along with", "alongside"
            inner = [g for g in prep.children if g.dep_ == "prep" and g.lower_ == "with"] or [prep]
        elif prep.lower_ == "with" and (any(g.lower_ in marks for g in prep.children)
                                        or prep.i > 0 and prep.doc[prep.i - 1].lower_ in marks):  # "together with"
            inner = [prep]
        else:
            continue
        out += [g for p in inner for g in p.children if g.dep_ == "pobj"]
    return out


_LIST_ITEM_DEPS = {"nsubj", "nsubjpass", "dobj", "obj", "conj", "dep", "appos", "ROOT"}


def list_items(victim: Token, anchor: Token) -> list[Token]:
    """The victims a list parted by semicolons names, one group an item ("killing a trader,
    40; his nephew, 17; and a guard"), which the parse seldom joins as conjuncts; [] when the
    victim heads no such list. The list ends with the subject of the casualty word, or at a
    clause of its own ("two soldiers; police said ...")."""
    end = victim.right_edge.i + 1 if victim.i < anchor.i else victim.sent.end
    chunks: list[list[Token]] = [[]]
    for t in victim.doc[victim.left_edge.i:end]:
        if t.text == ";":
            chunks.append([])
        else:
            chunks[-1].append(t)
    if len(chunks) < 2:
        return []
    out: list[Token] = []
    for chunk in chunks:
        if any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("relcl", "acl")
               and any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in t.children) for t in chunk):
            break  # a clause of its own; not "a boy known as Carlos", "a guard who died"
        # an item's first noun, and those "and" joins to it; "a guard, Luis Mora" is one man
        joined = True
        for t in chunk:
            if t.dep_ == "cc" or t.lower_ in ("and", "or"):
                joined = True
            elif joined and t.pos_ in ("NOUN", "PROPN", "ADJ") and t.dep_ in _LIST_ITEM_DEPS:  # "a minor"
                out.append(t)
                joined = False
    return out
