"""Counts of the dead that are not an act's own toll, from the words around the count.

Reports of one attack also give the war's dead ("some 45,000 people have been killed in the
war since 2009"), a year's or a campaign's ("so far this year 240 civilians have been
killed in such attacks"), a rate ("300 people die every year") and earlier attacks'
tolls ("the 2019 massacre that left 300 dead", "a similar attack killed 70"). Such a count
is tied to its clause's verb, the nouns that verb is about (its subject, the act noun it
describes, the act or war it happened "in"), and the time words they carry. An earlier
act that the report dates in full ("a similar attack on 3 May killed 12") keeps its count:
it is an event of its own. Word lists live in ``data/casualties.yaml``.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from eventwire.dates import MONTHS, WEEKDAYS
from eventwire.numbers import is_year, value
from eventwire.resources import word_set

CHAIN = {"xcomp", "oprd", "acomp", "advcl", "conj", "amod", "attr", "ccomp"}
"""Links from a casualty word up to the verb whose clause it is part of."""
HOST_PREPS = {"in", "during", "from", "since", "throughout", "of", "over", "amid"}
PERIOD_PREPS = {"in", "over", "during", "for", "within", "throughout", "across"}
_MONTHS = {m[:3] for m in MONTHS}


def words(name: str) -> frozenset[str]:
    """A word list of ``data/casualties.yaml`` as a set."""
    return word_set(name, "casualties")


def elsewhere(anchor: Token, victims: list[Token] | tuple[Token, ...] = ()) -> bool:
    """Whether the count of ``victims`` tied to the casualty word ``anchor`` counts more than
    one act told here: a war's, a period's or a campaign's total, a rate, or an earlier act's toll."""
    verbs = _predicates(anchor)
    people = {t.i for v in victims for t in (v, *v.conjuncts)}
    nouns = [n for n in _hosts(anchor, verbs) if n.i not in people]
    if any(v.dep_ in ("relcl", "acl") and is_year(v.head.text) for v in verbs):
        return True  # "since 2017, when 70 people were killed"
    return any(_cumulative(v) or _another_time(v) for v in verbs) or any(_total_of_many(n) for n in nouns)


def _predicates(anchor: Token) -> list[Token]:
    """The casualty word and the verbs above it in its clause: "left ten dead" -> dead, left;
    "the death toll rose" -> toll, rose; "stormed the village, killing 19" -> killing, stormed;
    "resulted in 305 dead" -> dead, resulted."""
    out = [anchor]
    tok = anchor
    for _ in range(4):
        if tok.dep_ in ("conj", "advcl", "ccomp") and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            break  # "the war has killed 10,000, and on Monday a bomb killed nine": a clause of its own
        if tok.dep_ in CHAIN or (tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "obj")):
            tok = tok.head
        elif tok.dep_ in ("pobj", "prep") and tok.head.pos_ in ("ADP", "VERB"):
            tok = tok.head  # "resulted in 305 dead"
        else:
            break
        if tok.i == out[-1].i:
            break
        if tok.pos_ != "ADP":
            out.append(tok)
        if tok.pos_ not in ("VERB", "AUX", "ADJ", "ADP", "NUM"):
            break
    return out


def _hosts(anchor: Token, verbs: list[Token]) -> list[Token]:
    """The nouns a count is told of: the verbs' subjects ("the war has killed"), the act noun
    a clause describes ("the massacre that left 300 dead"), the act or war it happened in
    ("died in the conflict"), and a death noun's own modifiers ("the toll from attacks")."""
    out: list[Token] = []
    for v in verbs:
        if v.pos_ in ("NOUN", "PROPN"):
            out.append(v)
        if v.dep_ in ("relcl", "acl") and v.head.pos_ in ("NOUN", "PROPN"):
            out.append(v.head)
        for c in v.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                out.append(c)
            elif c.dep_ == "csubj":  # "the offensive launched on 12 November has resulted in ..."
                out += [c, *(g for g in c.children if g.dep_ in ("nsubj", "nsubjpass", "dobj"))]
            elif c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in HOST_PREPS):
                out += [g for g in c.children if g.dep_ == "pobj"]
    return [n for n in out if n.i != anchor.i or anchor.pos_ in ("NOUN", "PROPN")]


def _timewords(tok: Token) -> list[Token]:
    """A word's time modifiers: "so far", "this year", "over the past three years", "since 2012"."""
    out = []
    for c in tok.children:
        if c.dep_ in ("npadvmod", "advmod", "tmod"):
            out.append(c)
        elif c.dep_ == "prep" and c.lower_ in PERIOD_PREPS | {"since", "to"}:
            out += [g for g in c.children if g.dep_ == "pobj"]
    return out


def _cumulative(tok: Token) -> bool:
    """Time words that make a count a period's total or a rate."""
    for c in tok.children:
        if c.lower_ == "since" and _since_long_ago(c):
            return True
        if c.dep_ == "advcl" and any(g.lower_ == "since" and g.dep_ == "mark" for g in c.children) \
                and _long_ago(list(c.subtree)):
            return True  # "since the war began"
        if c.lower_ in words("cumulative_adverbs") and (c.lower_ != "far" or any(g.lower_ in ("so", "thus") for g in c.children)):
            return True  # "so far", "thus far", "annually", "overall"
        if c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "date" for g in c.children):
            return True  # "to date"
        if c.dep_ == "prep" and c.lower_ == "of" and c.i > 0 and c.doc[c.i - 1].lower_ == "as":
            return True  # "had killed 14 people as of 3 May": a running total
        if c.dep_ == "prep" and c.lower_ == "per" and any(g.lemma_ in words("time_units") for g in c.children):
            return True
    return any(_period(t) for t in _timewords(tok))


def _since_long_ago(since: Token) -> bool:
    """ "since 2012", "since January", "since the war", "since then": a period, not "since
    Sunday" of an act still going on."""
    objs = [g for g in since.children if g.dep_ in ("pobj", "pcomp")]
    return any(o.lower_ == "then" or _long_ago(list(o.subtree)) for o in objs)


@cache
def _campaigns() -> frozenset[str]:
    """Nouns of a war or campaign that never name one act."""
    return words("campaign_nouns") - words("act_or_campaign")


def _long_ago(tokens: list[Token]) -> bool:
    """Words that name a time long past: a year, a month, a war ("since the invasion began")."""
    return any(is_year(t.text) or _month(t) or t.lemma_.lower() in _campaigns() for t in tokens)


def _period(tok: Token) -> bool:
    """ "this year", "the past three years", "recent months", "every year", "a decade", "in October"."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "NOUN" and _long_running(tok):
        return True  # "over its 10-year history"
    if _month(tok):
        return not any(c.like_num for c in tok.children)  # "in October", "during March": a month, not a day of it
    if lemma not in words("time_units"):
        return False
    mods = {c.lower_ for c in tok.children}
    if mods & words("rate_words"):
        return True  # "every year", "a week"
    if lemma == "day":
        return False  # "in the last ten days": still one act's time
    if lemma == "decade" or (tok.tag_ == "NNS" and (mods & words("cumulative_time_mods") or any(c.like_num for c in tok.children))):
        return True  # "over the past three years", "in recent months"
    return bool(mods & {"this", "past", "recent"}) and lemma in ("year", "month")


def _another_time(verb: Token) -> bool:
    """The clause is dated to another year or month: "in 2019", "last year", "a month earlier"."""
    for t in _timewords(verb):
        if is_year(t.text) and t.head.dep_ == "prep":
            return True
        if t.lemma_ == "year" and any(c.lower_ == "last" for c in t.children):
            return True
        if t.lower_ in ("ago", "earlier", "before") and any(c.lemma_ in ("year", "month", "week", "decade") for c in t.children):
            return True  # "two years ago", "a month earlier"
    return False


def _total_of_many(noun: Token) -> bool:
    """A noun that makes a count cover more than the act: a war or campaign ("the war has
    killed 10,000"), a period's toll ("the toll this year"), another act ("the previous
    attack", "the 2019 massacre", "such attacks") unless dated in full."""
    lemma = noun.lemma_.lower()
    if lemma in _campaigns():
        return True
    if _cumulative(noun) or _another_time(noun):
        return True
    if _long_running(noun) or (noun.dep_ == "pobj" and noun.head.lower_ == "of"
                               and noun.head.head.lemma_.lower() in words("series_nouns")):
        return True  # "a string of attacks that killed nine"
    if noun.lemma_.lower() in words("time_nouns") or noun.ent_type_ in ("DATE", "TIME"):
        return False  # "in the last ten days": a time, not another act
    kids = list(noun.children)
    other = any(c.lower_ in words("other_act_marks") and c.dep_ in ("amod", "det", "advmod", "predet") for c in kids)
    year = any(is_year(c.text) and c.dep_ in ("nummod", "compound", "amod", "nmod") for c in kids)
    long_ago = any(c.dep_ == "poss" and c.lemma_ in ("year", "month", "decade") for c in kids)  # "last month's attack"
    return (other or year or long_ago) and not _dated_in_full(noun)


def _long_running(noun: Token) -> bool:
    """ "a month-long battle", "the decade-long war", "a two-year campaign", "its 10 year
    history": a noun that lasts for weeks or more."""
    lefts = [t for t in noun.subtree if t.i < noun.i]
    long = words("time_units") - {"day"}
    for t in lefts:
        if t.lower_.endswith("-long") and any(p in t.lower_ for p in long):
            return True
        if t.lemma_ in long and t.i + 2 < noun.i and t.doc[t.i + 1].text == "-" and t.doc[t.i + 2].lower_ in ("long", "old"):
            return True
        if t.lemma_ in long and t.head.i == noun.i and any(c.like_num or value(c.text) is not None for c in t.children):
            return True  # "a 10 year history", "a two-year campaign"
    return False


def _dated_in_full(noun: Token) -> bool:
    """An act noun the report gives a day to: "the attack on 3 May", "Monday's raid"."""
    for t in noun.subtree:
        if t.lower_ in WEEKDAYS or (_month(t) and any(c.like_num and not is_year(c.text) for c in t.children)):
            return True
        if _month(t) and t.i > 0 and t.doc[t.i - 1].like_num and not is_year(t.doc[t.i - 1].text):
            return True
    return False


def _month(tok: Token) -> bool:
    """A month's name read as a date ("in March", "Oct."), not a place or a word ("Dur Jan", "may")."""
    name = tok.lower_.rstrip(".")
    return tok.ent_type_ == "DATE" and (name in MONTHS or name in _MONTHS)
