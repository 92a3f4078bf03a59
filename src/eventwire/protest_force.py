"""The state's hand in a demonstration: whether the words name the state as the doer of an
act of harm, and whether a dispersal is told as done with force that hurts rather than
stops. Small readers of the parse for :mod:`eventwire.crowds`.

Data: ``data/crowds.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.crowd_people import crowd_words, side_of
from eventwire.mentions import Trigger


def by_state(doc: Doc, trigger: Trigger) -> bool:
    """Whether the words right after an act name the state as its doer: "shot dead by police"."""
    after = doc[trigger.end:min(len(doc), trigger.end + 3)]
    by = next((w for w in after if w.lower_ == "by"), None)
    return by is not None and any(side_of(w) == "state" for w in doc[by.i + 1:min(len(doc), by.i + 4)]
                                  if w.pos_ in ("NOUN", "PROPN"))


def brutal_dispersal(act: Token) -> bool:
    """Whether a dispersal is told as done brutally ("police violently dispersed the
    marchers", "brutally broke up the sit-in"): force that harms the gathering, ACLED's
    excessive force, not one that only stops it."""
    verb = act if act.pos_ == "VERB" else act.head
    return any(c.dep_ == "advmod" and c.lower_ in crowd_words("brutal_manner") for c in verb.children)
