"""Crowd people: who did an act a crowd is told in, which side a noun names, and the group a
crowd comes from as ACLED names it (its associated actor).

Data: ``data/crowds.yaml``.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span, Token

from eventwire import actors
from eventwire.countries import role_of
from eventwire.mentions import Trigger
from eventwire.resources import load, word_set


@cache
def crowd_data() -> dict:
    """``data/crowds.yaml``, read once."""
    return load("crowds")


@cache
def crowd_words(name: str) -> frozenset[str]:
    """One word list of ``data/crowds.yaml``, lower-cased."""
    return frozenset(w.lower() for w in crowd_data()[name])


def agent(trigger: Trigger, doc: Doc) -> Token | None:
    """Who did the act a trigger names: the subject of its verb ("students burnt tyres"),
    the agent of a passive ("lynched by residents"), the subject of the verb a noun
    trigger hangs from ("police fired tear gas"), of the verb a conjoined verb shares, or
    of the verb a preposition joins it to ("protested by setting fire to stalls",
    "students are suspected of burning a dorm"); the noun a participle describes
    ("protesting students")."""
    tok = doc[trigger.start:trigger.end].root
    if passive_participle(tok, trigger.kind):
        return _by_agent(tok)  # "two residents killed by raiders", "injured workers", "the people killed"
    if tok.pos_ == "NOUN" and (by := _by_agent(tok, own=True)) is not None:
        return by  # "attacks by armed raiders"
    if tok.dep_ == "amod" and tok.head.pos_ in ("NOUN", "PROPN"):
        return tok.head
    if tok.pos_ != "VERB" and tok.dep_ in ("dobj", "obj", "pobj", "nsubjpass", "attr") and tok.head.pos_ in ("VERB", "ADP"):
        tok = tok.head if tok.head.pos_ == "VERB" else tok.head.head
    through_prep = False
    for _ in range(4):
        if tok.lemma_.lower() in word_set("experiencer_verbs") or tok.lemma_.lower() in word_set("finding_verbs"):
            # "people sustained burn injuries", "the body was found by herders": who suffered
            # it or came upon it, not who did it
            return None
        if through_prep and tok.lemma_.lower() in crowd_words("accusing") and _active_voice(tok):
            # "residents accused police of killing a man": the accused did it, not the accusers
            return next((c for c in tok.children if c.dep_ in ("dobj", "obj")), None)
        if not _active_voice(tok):
            # "the staff were attacked": a passive names its doer by "by" or not at all, whatever it
            # hangs from; through a preposition its subject is the doer ("students are suspected of burning")
            subject = next((c for c in tok.children if c.dep_ == "nsubjpass"), None) if through_prep else None
            return subject or next((g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"),
                                   None)
        for child in tok.children:
            if child.dep_ in ("nsubj", "csubj") or (through_prep and child.dep_ == "nsubjpass"):
                if child.lower_ in _RELATIVE and tok.dep_ == "relcl" and tok.head.pos_ in ("NOUN", "PROPN"):
                    return tok.head  # "rowdy youths, who stormed the hall": the youths
                return child
            if child.dep_ == "agent":
                return next((g for g in child.children if g.dep_ == "pobj"), None)
        if tok.dep_ in ("conj", "xcomp", "advcl") and tok.head.pos_ in ("VERB", "AUX"):
            tok = tok.head
            continue
        if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("VERB", "AUX"):
            tok, through_prep = tok.head.head, True
            continue
        if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN"):
            # "youths blocking the road"; a past form tells what was done to them ("peasants killed"),
            # unless it has an object: "a group of youths beat and killed two thieves" parsed as one noun phrase
            return None if tok.tag_ in ("VBD", "VBN") and not _active(tok) else tok.head
        break
    return None


# Pronouns that open a clause about the noun before them: "youths who stormed the hall".
_RELATIVE = frozenset({"who", "that", "which"})

# Kinds of act told by verbs that take no object: their subject always did them.
INTRANSITIVE = frozenset({"clash", "protest"})


def passive_participle(tok: Token, kind: str) -> bool:
    """A verb that tells what was done to its noun, not what the noun did: a past participle
    that describes a noun ("injured workers", "the people killed"), or a headline's harm verb
    with a subject, no auxiliary and no object ("Two residents killed", "13 people wounded"),
    whose subject is the victim."""
    if tok.tag_ == "VBN" and tok.dep_ in ("amod", "acl"):
        return not _active(tok)
    if tok.tag_ not in ("VBN", "VBD") or (tok.tag_ == "VBD" and kind != "kill") or kind in INTRANSITIVE:
        return False  # "supporters of two candidates clashed": a fight has doers, never a victim as subject
    children = [c.dep_ for c in tok.children]
    if kind != "kill" and any(c.dep_ == "conj" and any(g.dep_ in ("dobj", "obj") for g in c.children)
                              for c in tok.children):
        return False  # "contractors assaulted and injured a director": its object is the joined verb's
    return "nsubj" in children and not {"aux", "auxpass", "dobj", "obj"} & set(children)


def _active_voice(verb: Token) -> bool:
    """A verb told with its doer as subject: "residents accused police", not "police were accused"."""
    return not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _active(verb: Token) -> bool:
    """Whether a past form that describes the noun a sentence was parsed as (its root) has an
    object of its own or of a verb joined to it: "a group of youths captured and killed two
    thieves" is a sentence, not a noun phrase."""
    return verb.dep_ == "acl" and verb.head.dep_ == "ROOT" \
        and any(c.dep_ in ("dobj", "obj") for v in (verb, *verb.conjuncts) for c in v.children)


def _by_agent(tok: Token, own: bool = False) -> Token | None:
    """The doer in a "by" phrase of a participle ("killed in attacks by armed raiders") or,
    ``own``, of a noun itself ("attacks by raiders")."""
    for t in (tok.children if own else tok.subtree):
        if t.dep_ == "agent" or (t.lower_ == "by" and t.dep_ == "prep"):
            return next((g for g in t.children if g.dep_ == "pobj"), None)
    return None


def phrase(noun: Token, conjuncts: bool = True) -> Span:
    """A noun with the words that describe it: "students of Maseno University"; without
    ``conjuncts``, not the others joined to it ("students", not "students and police")."""
    others = set() if conjuncts else {t.i for c in noun.children if c.dep_ in ("conj", "cc") for t in c.subtree}
    # a clause about the noun is no word of it, nor any word inside it: "youths who stoned police"
    clauses = {t.i for c in noun.subtree if c.dep_ in ("relcl", "acl", "advcl", "appos") for t in c.subtree}
    words = [t for t in noun.subtree if t.dep_ != "punct" and t.i not in others | clauses] or [noun]
    left = min(t.i for t in words)
    right = noun.i + 1
    while right < len(noun.doc) and any(t.i == right for t in words):
        right += 1  # the words after the noun up to the first that is not its own
    return noun.doc[left:right]


def people_named(words: Span) -> bool:
    """Whether words name a people ("a Fulani camp", "Pokot civilians") or a settlement
    ("attacked a camp"): one community's people who raid another's attack it."""
    return any(_people_word(t) or t.lower_ in crowd_words("settlements") and t.dep_ in ("dobj", "obj")
               for t in words)


def side_of(noun: Token | None) -> str:
    """ "state", "armed", "crowd" or "" for the people a noun names as acting."""
    if noun is None:
        return ""
    many = False
    if noun.lower_ in crowd_words("collectives"):
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        member = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        before = {t.lower_ for t in noun.lefts}
        armed = any(t.lower_ == "armed" for t in phrase(noun, conjuncts=False))  # "a group of men armed with machetes"
        if armed or not before.isdisjoint(crowd_words("unknown")) or noun.lower_ in crowd_words("gangs"):
            return "armed"  # "an armed group", "an unidentified group of youths", "a gang": an armed band
        if member is None:  # "a group attacked": people; "the group" points back at someone named before
            if _communal(noun, phrase(noun, conjuncts=False)):
                return "armed"  # "Kikuyu and Maasai groups"
            # (a sentence parsed as one noun phrase hangs its opening "On Monday," on the noun)
            plain = all(t.dep_ in ("det", "nummod", "quantmod", "prep", "punct") or t.lower_ in crowd_words("rivals")
                        for t in noun.lefts)
            gathered = noun.lower_ in crowd_words("gathering")  # "the crowd" is still a crowd; "the group" points back
            return "crowd" if noun.lower_ in crowd_words("bare_crowds") and plain and ("the" not in before or gathered) else ""
        if noun.lower_ in crowd_words("untold_counts") and not any(_people_word(t) for t in phrase(member, conjuncts=False)) \
                and not any(a.armed for a in actors.find(phrase(member, conjuncts=False).text)):
            return "crowd"  # "a number of pastoralist men": a gathering of no stated size, a mob's mark
        noun = member  # "a group of youths": the youths
        many = True  # "two groups of Awami League": many people, whatever the noun after "of"
    words = phrase(noun, conjuncts=False)
    if _communal(noun, words):
        return "armed"  # "Pokot youths", "clan militia": a community's fighters, not where they are
    found = actors.find(words.text)
    kinds = {a.kind for a in found}
    if "state forces" in kinds or "external forces" in kinds:
        return "state"
    if any(a.named and a.kind in ("rebel group", "identity militia") for a in found):
        return "armed"  # "Mungiki members"
    lowered = noun.lower_
    before = {t.lower_ for t in words if t.i < noun.i}
    if before & crowd_words("unknown"):
        return "armed" if "armed" in before or kinds & {"rebel group"} else ""
    militias = [a for a in found if a.named and a.kind == "political militia"]
    if militias:
        # "BNP activists", "Awami League men": a party's people, a crowd; one of them ("a BJP
        # leader"), its fighters ("BNP militants") or a militia's are armed
        people = many or _followed(noun) \
            or lowered in crowd_words("nouns") | crowd_words("partisans") and noun.tag_ in ("NNS", "NNPS")
        return "party" if people and any(_party(a.name) for a in militias) else "armed"
    if lowered in crowd_words("nouns") or noun.lemma_.lower() in crowd_words("nouns") or kinds & {"protesters", "rioters"}:
        return "crowd"
    if kinds & {"rebel group", "identity militia"} and not any(a.named for a in found) and lowered not in ("villagers", "locals"):
        return "armed"
    if many and lowered not in crowd_words("vague_people") or _followed(noun):
        return "crowd"  # "a group of builders", "a councillor and his supporters"; not "a group of men"
    return ""


def _followed(noun: Token) -> bool:
    """Whether one person acts with his people: "a party leader and his supporters", "a
    councillor along with his accomplices"."""
    joined = [c for c in noun.conjuncts if any(p.dep_ == "poss" for p in c.children)] \
        + [g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("with", "along") for g in c.subtree if g.dep_ == "pobj"]
    return any(t.lower_ in crowd_words("partisans") | crowd_words("nouns") and t.tag_ == "NNS" for t in joined)


def _communal(noun: Token, words: Span) -> bool:
    """Whether the words for people make them a community's or a clan's: "Pokot youths",
    "clan militia", "ethnic groups", "youths of the Kisii community"."""
    described = [t for t in words if t.i <= noun.i] + [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                                                      for g in c.subtree]
    return any((t.lower_ in crowd_words("communal") and not _residents(t))
               or (_people_word(t) and not _named_place(t, noun)) for t in described)


def _people_word(word: Token) -> bool:
    """Whether a word names a people, not a place called after one: "Pokot youths", not
    "Teso South district" or "Marakwet West sub-county"."""
    if word.text not in _ethnic():
        return False
    head = word
    while head.dep_ == "compound" and head.head is not head:
        head = head.head
    # "Marakwet West sub-county", which the tokenizer splits as "sub - county"
    doc, places = word.doc, crowd_words("place_nouns")
    split = head.i + 2 < len(doc) and doc[head.i + 1].text == "-" and doc[head.i + 2].lower_ in places
    return head is word or head.lower_ not in places and not split


def _residents(word: Token) -> bool:
    """A community named by the place it lives in ("the village community", "Butere town
    community"): its residents, not a people's fighters."""
    return any(c.dep_ in ("compound", "amod") and c.lower_ in crowd_words("home_places") for c in word.children)


def _named_place(word: Token, noun: Token) -> bool:
    """Whether a people's name is part of the name of a place or body ("Kisii University
    students", "Turkana County residents"), not who the people are."""
    return word.dep_ == "compound" and word.head is not noun and word.head.pos_ == "PROPN" \
        and word.head.text not in _ethnic()


def _party(name: str) -> bool:
    """Whether a political group's name is a party's or its wing's, not an armed militia's."""
    return not crowd_words("party_names").isdisjoint(re.findall(r"[a-z]+", name.lower()))


@cache
def _ethnic() -> frozenset[str]:
    return frozenset(crowd_data()["ethnic_groups"])


def associated(words: Span | None, country: str) -> tuple[str, Span | None]:
    """The group a crowd comes from, as ACLED names it, and the words that say so: a party
    or movement ("ODM supporters"), a named people ("Kikuyu youths"), an occupation or a
    faith ("students", "traders"). Several are joined by "; "."""
    if words is None:
        return "", None
    names: list[str] = []
    text = words.text
    lowered = " " + re.sub(r"[^\w'-]+", " ", text.lower()) + " "
    for org in crowd_data()["organisations"]:
        if any(f" {a} " in lowered for a in org["aliases"]):
            names.append(org["name"])
    if not names:  # a wing the organisations list ("Chhatra League") already names its party's people
        names += [a.name for a in actors.find(text) if a.named and a.kind == "political militia"]
    for people in crowd_data()["ethnic_groups"]:
        if re.search(rf"\b{re.escape(people)}\b", text):
            names.append(role_of(country, f"{people} Ethnic Group"))
    for group in crowd_data()["groups"]:
        if any(f" {w} " in lowered for w in group["words"]):
            names.append(group["name"].format(country=country) if country else group["name"].replace(" ({country})", ""))
            break
    return "; ".join(dict.fromkeys(names)), words


def bare_crowd(side: actors.ActorMention) -> bool:
    """A side told only as "the group" or "a crowd": people gathered, whoever they are."""
    words = [w for w in side.text.lower().split() if w not in ("the", "a", "an", "this", "that")]
    return len(words) == 1 and words[0] in crowd_words("bare_crowds")


def points_back(side: actors.ActorMention) -> bool:
    """Whether a side is told only as "the group" or "the crowd": words that point back at
    people named before (in a report of a demonstration, its people), not a band of fighters."""
    words = side.text.lower().split()
    return not side.named and len(words) == 2 and words[0] == "the" and bare_crowd(side)
