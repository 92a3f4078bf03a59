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
    """ "shot dead a trader" read as a preposition and its object, or the victim read as an
    adverb of the verb ("shot dead a motorist" with "motorist" an npadvmod): the victim is
    the verb's object."""
    for token in doc:
        if token.lower_ not in _DEATH_WORDS or token.head.pos_ != "VERB" or token.head.i > token.i \
                or any(c.dep_ in ("dobj", "obj") for c in token.head.children):
            continue
        verb = token.head
        if token.dep_ == "prep":
            objects = [c for c in token.children if c.dep_ == "pobj" and c.i > token.i]
        else:
            objects = [c for c in verb.children if c.dep_ == "npadvmod" and c.i > token.i and c.pos_ == "NOUN"
                       and c.left_edge.i == token.i + 1]
        if len(objects) != 1:
            continue
        victim = objects[0]
        victim.head, victim.dep_ = verb, "dobj"
        token.dep_ = "acomp"
    return doc


PARTICIPLE_AS_VERB = "participle_as_verb"
# Dependents that stay with a noun when the word after it becomes the verb.
_NOUNS = {"NN", "NNS", "NNP", "NNPS"}
_NOUN_MODIFIERS = {"det", "amod", "compound", "nummod", "poss", "nmod", "predet", "quantmod", "prep"}


def _participle(token) -> bool:  # noqa: ANN001 - a spaCy Token
    """A word the tagger read as an adjective that has a past verb's form ("assaulted")."""
    return token.tag_ == "JJ" and token.lower_.endswith("ed") and len(token) > 4


@Language.component(PARTICIPLE_AS_VERB)
def participle_as_verb(doc: Doc) -> Doc:
    """ "Youths assaulted policemen" read as one noun phrase: the past form is the verb.

    The small model at times tags a past verb between two plural nouns as an adjective,
    so the sentence has no verb and the act is lost. An adjective with a subject and an
    object of its own, or one sitting between a noun root and that root's object, is a
    verb. Runs before the attribute ruler and lemmatizer, so the part of speech and the
    lemma ("assault") follow the new tag.
    """
    for token in doc:
        if not _participle(token):
            continue
        deps = {c.dep_ for c in token.children}
        if "dobj" in deps and ("nsubj" in deps or token.dep_ == "ROOT"):
            token.tag_ = "VBD"
            continue
        obj = token.head
        root = obj.head
        if token.dep_ != "amod" or obj.i != token.i + 1 or obj.dep_ not in ("dobj", "appos") \
                or root.dep_ != "ROOT" or root.tag_ not in _NOUNS or not root.i < token.i \
                or doc[token.i - 1].tag_ not in _NOUNS:
            continue
        token.tag_ = "VBD"
        moved = [c for c in root.children if c.i > token.i or c.dep_ not in _NOUN_MODIFIERS
                 or any(t.is_punct for t in doc[c.i:root.i])]
        token.head, token.dep_ = token, "ROOT"
        root.head, root.dep_ = token, "nsubj"
        obj.dep_ = "dobj"
        for child in moved:
            child.head = token
    return doc
