"""Words of an act that the sentence says did not happen, or only threatens: "no one was
hurt", "did not want to attack", "under threat of an attack". Such words report no act."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.resources import word_set


def denied(token: Token) -> bool:
    """An act the sentence says did not happen: "no one was hurt", "nobody was arrested",
    "the crowd did not riot", "a march free of clashes", "without any looting"."""
    if absent(token) or menaced(token):
        return True
    for child in token.children:
        if child.dep_ == "neg":
            return True
        if child.dep_ in ("nsubj", "nsubjpass") and (child.lower_ in ("nobody", "none")
                                                      or any(g.lower_ == "no" for g in child.children)):
            return True
    return False


def absent(token: Token) -> bool:
    """A noun of an act said to be missing: "no clashes", "devoid of running battles",
    "without looting" (each of a list joined by "and")."""
    tok = token
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    if token.pos_ != "NOUN":
        return False
    if any(c.dep_ == "det" and c.lower_ == "no" for c in (*token.children, *tok.children)):
        return True
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    # "no reports of violence or clashes", "no sign of looting": the act told as not seen
    return prep.lower_ == "without" or prep.lower_ == "of" and (prep.head.lemma_.lower() in word_set("absence_words")
                                                                or any(c.dep_ == "det" and c.lower_ == "no" for c in prep.head.children))


def menaced(token: Token) -> bool:
    """An act only held over people as a threat or a fear: "under threat of an attack", "on
    pain of carrying out attacks", "schools closed for fear of attacks"; or a verb under a
    denied one: "they did not want to attack the village"."""
    if token.pos_ == "VERB" and token.dep_ == "xcomp" and any(c.dep_ == "neg" for c in token.head.children):
        return True
    tok = token
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head  # "on pain of reprisals and raids"
    for _ in range(3):  # attacks <- carrying <- of <- pain
        if tok.dep_ in ("pobj", "pcomp") and tok.head.lower_ == "of":
            return tok.head.head.lemma_.lower() in word_set("menace_words")
        if tok.dep_ not in ("dobj", "pcomp", "pobj") or tok.head is tok:
            return False
        tok = tok.head
    return False
