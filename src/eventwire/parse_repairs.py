"""Repairs of parses the small model gets wrong in a way later stages cannot read around.

"A police officer shot dead a trader": the model at times reads "dead" as a preposition
and the victim as its object, so the verb has no object and the subject looks like the
one who died. The victim is the verb's object and "dead" its complement, as in "shot a
trader dead".
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

DEAD_AS_COMPLEMENT = "dead_as_complement"
# Words that, after a verb of harm, tell the victim died: "shot dead", "stabbed dead".
_DEATH_WORDS = {"dead"}


@Language.component(DEAD_AS_COMPLEMENT)
def dead_as_complement(doc: Doc) -> Doc:
    """ "shot dead a trader" read as a preposition and its object: the object is the verb's."""
    for token in doc:
        if token.lower_ not in _DEATH_WORDS or token.dep_ != "prep" or token.head.pos_ != "VERB" \
                or token.head.i > token.i:
            continue
        objects = [c for c in token.children if c.dep_ == "pobj" and c.i > token.i]
        if len(objects) != 1 or any(c.dep_ in ("dobj", "obj") for c in token.head.children):
            continue
        verb, victim = token.head, objects[0]
        victim.head, victim.dep_ = verb, "dobj"
        token.dep_ = "acomp"
    return doc
