"""Words of an act that the sentence says did not happen: "no one was hurt", "the crowd did
not riot", "without any looting". Such words report no act. (Acts only threatened, planned
or feared are read with their arguments: ``arguments._unreal``.)"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.resources import word_set


def denied(token: Token) -> bool:
    """An act the sentence says did not happen: "no one was hurt", "nobody was arrested",
    "the crowd did not riot", "a march free of clashes", "without any looting"."""
    if absent(token):
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
    if token.dep_ == "pcomp" and token.head.lower_ == "without":
        return True  # "took the camp without fighting"
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
