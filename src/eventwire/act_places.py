"""Where an act's sentence places it: the place mentions of one sentence, each with the
qualifier the words around it give ("near", "district", "the town of"), the place it is
said to be part of, and whether it belongs to another act the sentence tells of."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from eventwire.actors import ActorMention
from eventwire.mentions import Trigger
from eventwire.parse import text_of
from eventwire.places import PlaceMention
from eventwire.places.spotting import names_people
from eventwire.places.words import institution_words
from eventwire.resources import word_set
from eventwire.roles import in_reference_clause, span_of

_QUALIFIER_BEFORE = [
    ("near", re.compile(r"(?:\bnear(?:by)?|\boutskirts\s+of|\boutside(?:\s+of)?|\bclose\s+to|\bkms?\s+(?:\w+\s+)?(?:from|of)|\bkilomet(?:er|re)s?\s+(?:\w+\s+)?(?:from|of)|\bmiles?\s+(?:\w+\s+)?(?:from|of)|\bvicinity\s+of|\baround|\boff)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:(?:of|in)\s+)?$", re.I)),
]
_SUFFIX = re.compile(r"^[\s-]*(district|province|governorate|state|region|division|upazila|tehsil|county|area|neighbou?rhood|town|village|city|subdistrict|sub-?division|municipality|township|union|local government(?: area)?|lga)\b", re.I)
_SUFFIX_QUALIFIER = {"district": "district", "province": "province", "governorate": "province", "state": "province",
                     "region": "province", "division": "province", "upazila": "district", "tehsil": "district",
                     "county": "district", "subdistrict": "district", "subdivision": "district", "sub-division": "district", "township": "district",
                     "local government": "district", "local government area": "district", "lga": "district",
                     "area": "area", "neighbourhood": "area", "neighborhood": "area"}
# "in Rajouri and Poonch districts": a plural district word after a list of names makes
# each of them a district. Not provinces: a list of those ("in Bay and Bakool regions")
# most often spans a road or campaign across them, whose place lies in the words around
_PLURAL_UNIT = r"(districts|upazilas|tehsils|counties|subdistricts|townships)\b"
_NAME = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
_LISTED_UNIT = re.compile(rf"(?:\s*,\s*{_NAME})*\s*,?\s+(?:and|&)\s+{_NAME}\s+{_PLURAL_UNIT}|\s+{_PLURAL_UNIT}")
_SINGULAR = {"counties": "county"}
# "the northern city of Mali": a town that bears a country's name, not the country
_TOWN_OF = re.compile(r"\b(?:city|town|village)\s+of\s+(?:the\s+)?$", re.I)
_DATELINE = re.compile(r"^[A-Z][A-Z .'-]{2,}(?:,[^-\u2013\u2014:\n]{0,40})?\s*(?:\([^)]*\))?\s*[-\u2013\u2014:]|^[A-Z][a-z]+,\s+\w+\.?\s+\d{1,2}\s+\([A-Z]+\)")

# Words after a place name that make it part of a force's or office's name ("Assam Rifles").
_FORCE_HEADS = {"police", "army", "forces", "officials", "official", "government", "rifles", "rangers",
                "corps", "constabulary", "levies", "regiment", "battalion", "brigade", "scouts"}
_INNER_PREPS = {"under", "in", "at", "near", "from", "into", "and"}


def _split_at_prepositions(ent: Span, spotted: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """An entity the model ran across a preposition ("X under Y upazila", "X in Y") is two
    places: its pieces either side, as character spans; kept whole when the gazetteer
    knows it whole ("Jammu and Kashmir")."""
    if (ent.start_char, ent.end_char) in spotted:
        return [(ent.start_char, ent.end_char)]
    pieces: list[tuple[int, int]] = []
    start = ent.start
    for tok in ent:
        if tok.lower_ in _INNER_PREPS and tok.text.islower() and tok.i > start:
            pieces.append((start, tok.i))
            start = tok.i + 1
    if start == ent.start:
        return [(ent.start_char, ent.end_char)]
    pieces.append((start, ent.end))
    doc = ent.doc
    return [(doc[a].idx, doc[b - 1].idx + len(doc[b - 1])) for a, b in pieces if b > a]


def aside(tok: Token, primary: Token, trigger_heads: set[int]) -> bool:
    """Whether a word of the act's sentence belongs to another act the sentence tells of
    ("strikes ... in response to an attack in Lamu", "a day after a blast in X"): the
    nearest act word above it is not the sentence's own act but one nested under it by a
    word of response or memory (data/words.yaml, aside_words), or one in a clause that
    points at another time."""
    owner = next((a for a in tok.ancestors if a.i in trigger_heads), None)
    act = _clause_head(primary)
    if owner is not None and owner.i == primary.i and told_in_passing(primary, []):
        return True  # the sentence's only act word is one it answers ("... in response to an attack in X")
    if owner is None or owner.i in (primary.i, act.i) or owner.is_ancestor(primary):
        return False  # the act's own words ("an IED blast": the blast is the IED's act)
    if in_reference_clause(owner):
        return True
    between = []
    for a in owner.ancestors:
        if a.i in (primary.i, act.i):
            return any(t.lower_ in word_set("aside_words") for t in between)
        between.append(a)
    return False  # not under the act: told beside it, as the same act


def _later_occasion(tok: Token, primary: Token, trigger_heads: set[int]) -> bool:
    """Whether a word of the act's sentence names the place of an occasion the act is dated
    by, one that came after it ("kidnapped two days before the summit in X", "ahead of the
    vote in Y"): not where the act was (data/words.yaml, occasion_preps); "before dawn in X"
    is a time of the act's own day, "surrendered before the police in X" no time at all."""
    act = _clause_head(primary)
    prev = tok
    for a in tok.ancestors:
        if a.i in (primary.i, act.i):
            return False
        prep = a.head if a.lower_ in ("of", "to") and a.head.lower_ in word_set("occasion_preps") else a
        if prep.lower_ in word_set("occasion_preps") and _after_a_gap(prep) and prev.dep_ == "pobj" \
                and prev.i not in trigger_heads and not prev.ent_type_ and prev.lower_ not in word_set("times_of_day"):
            return True
        prev = a
    return False


def _after_a_gap(prep: Token) -> bool:
    """Whether "before" is said of time, a gap told with it ("two days before", "shortly
    before", "hours ahead of"), not of place ("surrendered before the police")."""
    near = [prep.head, *prep.children]
    return any(t.lower_ in word_set("time_gaps") for t in near)


def told_in_passing(tok: Token, others: list[Token]) -> bool:
    """Whether an act word is the act another act of its sentence answers ("strikes ... in
    response to an attack in X"): above it, a word of answer (data/words.yaml, answer_words),
    then another act word, the verb whose clause it is, or the sentence's own verb."""
    heads = {o.i for o in others if o.i != tok.i} | {_clause_head(o).i for o in others if o.i != tok.i}
    heads.add(tok.sent.root.i)
    response = False
    for a in tok.ancestors:
        if a.i in heads:
            return response
        response = response or a.lower_ in word_set("answer_words")
    return False


def _clause_head(tok: Token) -> Token:
    """The verb whose clause an act word belongs to: "struck" for "jets" in "Jets struck a
    camp", the word itself when it is a verb."""
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def places_of(doc: Doc, sent: Span, spotted: list[tuple[int, int]], actor_spans: list[ActorMention],
            countries: list[tuple[int, int, str]], triggers: list[Trigger],
            primary: Token, trigger_heads: set[int]) -> list[PlaceMention]:
    """Place mentions in a sentence, with the qualifier the words around them give, and
    whether they belong to another act it tells of (:func:`aside`)."""
    spans: list[tuple[int, int]] = [piece for e in _doc_ents(sent.doc) if e.start >= sent.start and e.end <= sent.end and e.label_ in ("GPE", "LOC", "FAC") for piece in _split_at_prepositions(e, spotted)]
    spans += [(s, e) for s, e in spotted if sent.start_char <= s and e <= sent.end_char]
    text = text_of(doc)
    dateline = _DATELINE.match(text[sent.start_char:sent.end_char]) if sent.start_char == 0 or text[sent.start_char - 1] == "\n" else None
    out: list[PlaceMention] = []
    late: list[PlaceMention] = []
    taken: list[tuple[int, int]] = []
    for s, e in sorted(set(spans), key=lambda x: (x[0], -x[1])):
        if any(s < te and ts < e for ts, te in taken):
            continue
        if any(a.named and s < a.end and a.start < e for a in actor_spans):
            continue
        town_named = bool(_TOWN_OF.search(text[max(sent.start_char, s - 20):s]))
        if any(cs <= s and e <= ce for cs, ce, _ in countries) and not town_named:
            continue
        if any(s < doc[t.end - 1].idx + len(doc[t.end - 1]) and doc[t.start].idx < e for t in triggers):
            continue
        name = text[s:e]
        if name.lower().startswith("the "):
            s, name = s + 4, name[4:]
        span = span_of(doc, s, e)
        if span is not None and (span.root.dep_ == "compound" and span.root.head.lower_ in _FORCE_HEADS
                                 or names_people(doc, span.end, span.start) or _after_title(doc, span.start)):
            continue
        taken.append((s, e))
        qualifier = ""
        after = _SUFFIX.match(text[e:e + 30])
        if after:
            qualifier = _SUFFIX_QUALIFIER.get(after.group(1).lower(), "")
            e += after.end()
        elif listed := _LISTED_UNIT.match(text, e):
            plural = (listed.group(1) or listed.group(2)).lower()
            qualifier = _SUFFIX_QUALIFIER.get(_SINGULAR.get(plural, plural[:-1]), "")
        inside = _part_of(text, s, e, sent.start_char) if after or _PART_WORD.match(text, e) else ""
        before = text[max(sent.start_char, s - 40):s]
        for q, pattern in _QUALIFIER_BEFORE:
            if pattern.search(before):
                qualifier = q
        if town_named and not qualifier:
            qualifier = "town"
        mention = PlaceMention(text=text[s:e], start=s, end=e, qualifier=qualifier, inside=inside,
                               aside=span is not None and (aside(span.root, primary, trigger_heads)
                                                           or _later_occasion(span.root, primary, trigger_heads)
                                                           or _someones_home(span.root, spans))
                               or _members_branch(text, s, e))
        in_dateline = dateline is not None and s < sent.start_char + dateline.end()
        mention.weak = in_dateline
        (late if in_dateline else out).append(mention)
    return out + late


def _someones_home(root: Token, places: list[tuple[int, int]]) -> bool:
    """A place that tells who a person is, not where the act was: a hometown ("Ana Ruiz of
    Cali"), the country or town an envoy is from or posted to ("Quito's ambassador to
    Lima"). A name the parser calls a person's but that is itself one of the sentence's
    places (``places``, character spans) is a place of a place ("Tehsil Maidan of Dir")."""
    head = root.head
    if root.dep_ == "poss":
        return head.lower_ in word_set("envoy_words")
    if root.dep_ != "pobj" or head.i == root.i:
        return False
    owner = head.head
    if head.lower_ == "of":
        return owner.ent_type_ == "PERSON" and owner.pos_ == "PROPN" and not any(
            s <= owner.idx < e for s, e in places)
    return head.lower_ == "to" and owner.lower_ in word_set("envoy_words")


def _members_branch(text: str, start: int, end: int) -> bool:
    """A place that names the branch a person belongs to, not where the act was: "an
    activist of Satkhira district Jamaat", "a leader of the Mardan chapter". Not a place
    that heads an institution's name ("activists of Rajshahi University"): the act is
    often at the institution."""
    if not _MEMBER_OF.search(text, max(0, start - 40), start):
        return False
    return not any(w.lower().strip(".,;:'’") in institution_words() for w in text[end:end + 40].split()[:3])


_MEMBER_OF = re.compile(r"\b(?:" + "|".join(sorted(word_set("member_words"))) + r")\s+of\s+(?:the\s+)?$", re.I)


def _after_title(doc: Doc, start: int) -> bool:
    """A name written after a person's title is a person's ("Ms Dolores Ruiz", "Dr. Paz"),
    and so is every word of it ("Ruiz")."""
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].lower_.rstrip(".") not in word_set("titles", "truecase"):
        start -= 1
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.text == "." and start > 1:
        before = doc[start - 2]
    return before is not None and before.lower_.rstrip(".") in word_set("titles", "truecase")


_OF_PLACE = re.compile(r"\s+of\s+(?:the\s+)?(?:(?:city|town|capital|province|district|state|region)\s+of\s+)?"
                       r"([A-Z][\w'’-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w'’-]*){0,3})")
_POSSESSOR = re.compile(r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}|\b(?:[Tt]he\s+)?capital)['’]s\s+$")
_PART_WORD = re.compile(r"\s+(?:sector|quarter|suburb|locality|ward)\b", re.I)  # a part of a place, after its name


def _part_of(text: str, start: int, end: int, sent_start: int) -> str:
    """The place a unit or quarter is said to be part of: "the Salahadeen district of
    Tripoli", "Tripoli's Salahadeen district", "Balakote sector of Poonch district"."""
    word = _PART_WORD.match(text, end)
    after = _OF_PLACE.match(text, word.end() if word else end)
    if after:
        return after.group(1)
    before = _POSSESSOR.search(text[max(sent_start, start - 40):start])
    if before and before.group(1).lower().endswith("capital"):
        return "the capital"  # "in capital's Demra area", as headlines drop the article
    return before.group(1) if before else ""


def aside_span(doc: Doc, start: int, end: int, primary: Token, trigger_heads: set[int]) -> bool:
    span = span_of(doc, start, end)
    return span is not None and aside(span.root, primary, trigger_heads)


def _doc_ents(doc: Doc) -> tuple[Span, ...]:
    """The doc's entities, computed once: ``Span.ents`` walks the whole doc on every call."""
    ents = doc.user_data.get("eventwire.ents")
    if ents is None:
        ents = doc.user_data["eventwire.ents"] = tuple(doc.ents)
    return ents
