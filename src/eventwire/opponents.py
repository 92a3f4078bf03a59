"""Opponents of a demonstration: others who set upon its people.

ACLED codes a demonstration whose people are beaten or stoned by others (a rival party's
men, a factory's staff) as a protest with intervention, not as the demonstrators'
violence: who did what to whom decides it. A demonstration's people are the owners of its
word ("the opposition's rally", "their protest", "the demonstration of the traders"), the
subject of its verb ("students staged a protest") or a noun it describes ("protesting
workers"); an act of harm whose victims are they, by people who are not they, opposes it.

Data: ``data/crowds.yaml`` (``generic_people``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.crowd_people import agent, crowd_words, phrase, side_of
from eventwire.mentions import Trigger
from eventwire.resources import word_set

# Words that point back at people named elsewhere: "their protest", "as they protested".
_POINTERS = {"their", "they", "who", "them", "its"}


def content(words) -> set[str]:
    """The words that tell people apart: nouns and names, not "members of", "the" nor the
    dates and places that hang on them."""
    return {t.lemma_.lower() for t in words if t.pos_ in ("NOUN", "PROPN") and t.ent_type_ not in _NOT_PEOPLE
            and t.lemma_.lower() not in crowd_words("generic_people")}


# Named things in a phrase of people that are not who they are.
_NOT_PEOPLE = {"DATE", "TIME", "GPE", "LOC", "FAC", "CARDINAL"}


def _who(doer: Token) -> set[str]:
    """The words that name a doer apart from others: its head noun and its names ("staff of
    the factory" is the staff, whichever factory the protesters work at)."""
    return content([doer]) | {t.lemma_.lower() for t in phrase(doer) if t.pos_ == "PROPN" and t.ent_type_ not in _NOT_PEOPLE}


def demonstrators(protest: Token, trigger: Trigger, doc: Doc) -> tuple[set[str], bool]:
    """The content words naming a protest's people, and whether a pronoun names them."""
    words: list[Token] = []
    for c in protest.children:
        if c.dep_ == "poss":
            words += list(c.subtree)
        elif c.dep_ == "prep" and c.lower_ == "of":
            words += [g for p in c.children if p.dep_ == "pobj" for g in phrase(p)]
    # "assaulted them during the protest", "party men dispersed the protesters": not its doers
    done_to = protest.dep_ == "pobj" or protest.dep_ in ("dobj", "obj") and protest.lemma_.lower() in word_set("gathering_people")
    who = agent(trigger, doc) if not done_to else None
    if who is not None:
        words += list(phrase(who, conjuncts=False))
    return content(words), any(t.lower_ in _POINTERS for t in words)


def _victims(act: Token, doer: Token | None) -> list[Token]:
    """Nouns an act of harm was done to: its objects and what it was thrown at, without its
    doer's words or the time phrase of a protest ("during their protest")."""
    own = {t.i for t in phrase(doer)} if doer is not None else set()
    verbs = [act, *(c for c in act.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    out: list[Token] = []
    for verb in verbs:
        for c in verb.children:
            if c.dep_ in ("dobj", "obj", "nsubjpass") or c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN"):
                out += [t for t in phrase(c, conjuncts=False) if t.i not in own]
            elif c.dep_ == "prep" and c.lower_ in crowd_words("harmed_preps"):
                out += [t for p in c.children if p.dep_ == "pobj" for t in phrase(p, conjuncts=False) if t.i not in own]
    return out


def opposing(act: Trigger, doc: Doc, people: set[str], pointed: bool) -> set[str] | None:
    """The content words of the doers of an act of harm on a demonstration's people, or None
    when the act is not one: "ruling party men assaulted opposition members during the
    opposition's rally", "staff threw bricks at the protesting workers"."""
    root = doc[act.start:act.end].root
    if root.pos_ != "VERB" and root.dep_ in ("dobj", "obj") and root.head.pos_ == "VERB":
        root = root.head  # "threw brickbats at the marchers"
    doer = agent(act, doc)
    if doer is None or doer.pos_ == "PRON" or doer.lemma_.lower() in word_set("gathering_people"):
        return None  # "demonstrators assaulted two officials", "they beat a guard": the demonstration's own act
    victims = _victims(root, doer)
    doers = _who(doer)
    if not any(_a_person(v) for v in victims) or doers & people:
        return None
    if any(side_of(v) == "state" for v in victims):
        return None  # "locals assaulted a police officer during their demonstration": the police are no marchers
    described = any(c.dep_ == "amod" and c.lemma_.lower() in ("protest", "demonstrate") for v in victims for c in v.children)
    # "during their protest" alone: its people are those hurt, not those who wrecked or stoned something
    if described or (people & content(victims)) or (pointed and not people and act.kind in _HARM):
        return doers
    return None


def breaks_up(act: Trigger, doc: Doc, doer: Token, people: set[str]) -> bool:
    """Whether people other than a demonstration's own disperse a gathering they name as
    their object: "ruling party men dispersed the protesters" (not "the marchers dispersed")."""
    verb = doc[act.start:act.end].root
    done_to = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    if not done_to or doer.pos_ == "PRON" or doer.lemma_.lower() in word_set("gathering_people"):
        return False
    marchers = any(c.lemma_.lower() in word_set("gathering_people") for c in done_to)
    return (marchers or bool(people)) and not _who(doer) & people


# Acts that hurt people, not property.
_HARM = {"attack", "kill"}


def _a_person(word: Token) -> bool:
    """Whether a word names people: "students", "members", "the opposition's activists"."""
    lemma = word.lemma_.lower()
    return word.ent_type_ in ("PERSON", "NORP") or lemma in crowd_words("nouns") | crowd_words("generic_people") \
        or lemma in crowd_words("partisans") or word.lower_ in crowd_words("nouns")
