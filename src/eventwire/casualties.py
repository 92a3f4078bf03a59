"""Casualty counts in one sentence: who was killed or injured, how many, and who says so.

Counts come from the syntax around death and injury words: the passive subject of
"killed", the object of "killing", the object of "left ... dead", the subject of "lost
their lives", the figure a death toll "rose to"; conjoined victim groups are summed
("10 fighters and three civilians" is 13). "No casualties" is zero. A count that counts
something else is left out (:mod:`eventwire.other_tolls`): a war's dead, an earlier
attack's, an age or a sum of money. Word lists live in ``data/casualties.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from spacy.tokens import Span, Token

from eventwire import actors, other_tolls
from eventwire.victim_lists import companions, list_items
from eventwire.numbers import Count, is_year, not_a_count, parse_count, vague, value
from eventwire.parse import span_text
from eventwire.other_tolls import words  # the word lists of data/casualties.yaml
from eventwire.resources import load, word_set

DEATH_VERBS = words("death_verbs")
DEATH_STATES = words("death_states")
DEATH_NOUNS = words("death_nouns")
INJURY_VERBS = words("injury_verbs")
INJURY_STATES = words("injury_states")
LIFE_NOUNS = words("life_nouns")

_NONE_KILLED = re.compile(r"\bno\s+(?:one|body|person|people)\s+(?:was|were|has been|had been)\s+(?:killed|hurt|injured)"
                          r"|\b(?:none|nobody)\s+(?:of\s+(?:them|the\s+\w+)\s+)?(?:was|were|has been|had been)\s+(?:killed|hurt|injured)"
                          r"|\bno\s+(?:casualties|deaths?|fatalities|loss\s+of\s+(?:life|lives)|one\s+died)"
                          r"|\bwithout\s+(?:any\s+)?casualties", re.I)
_NONE_INJURED = re.compile(r"\bno\s+(?:injuries|one\s+was\s+(?:hurt|injured)|casualties)|\bor\s+injuries\s+were", re.I)
_PEOPLE_PRONOUNS = {"he": 1, "she": 1, "him": 1, "her": 1}
_NOBODY = {"none", "nobody", "noone"}


def surface_words() -> tuple[frozenset[str], frozenset[str]]:
    """The casualty words a sentence must hold for :func:`find` to count anything: lemmas
    (whose inflections the caller expands) and words matched by their own form ("lost their
    lives" holds "lives", so the common verbs of losing and taking need not be listed)."""
    by_lemma = DEATH_VERBS | INJURY_VERBS | DEATH_NOUNS | frozenset(load("casualties")["dying_phrasal_verbs"])
    by_form = DEATH_STATES | INJURY_STATES | DEATH_NOUNS | LIFE_NOUNS
    return by_lemma, by_form


ATTACKERS = "the attackers"
"""The group of victims who are the act's own attackers, named no other way."""


@dataclass
class Casualty:
    """A count of the killed or injured, with the words that support it."""

    what: str  # "killed" | "injured"
    count: Count
    start: int  # character offsets in the parsed text
    end: int
    victims: list[Token]
    source: str = ""  # who the sentence says gives the figure ("police"); "" for the report's own words
    update: bool = False  # "the death toll rose to 31": a newer figure for the same dead
    about: bool = False  # the dead are what another act is about or its cause: "a protest against the killing of"
    also: bool = False  # "the bomber was also killed", "seven other people died": dead besides others told

    @cached_property
    def group(self) -> str:
        """Which side the victims belong to ("" when the words do not say): counts of
        different sides add up, counts of the same side repeat one another."""
        for v in self.victims:
            toks = [t for t in v.subtree if t.dep_ not in ("relcl", "acl")] or [v]
            phrase = v.doc[toks[0].i:toks[-1].i + 1].text  # not Doc.text: it joins the whole doc again
            for a in actors.find(phrase):
                if a.text.lower() not in word_set("generic_victims"):
                    return a.name
        return ATTACKERS if self.of_attackers else ""  # "the bomber was also killed"

    @property
    def of_attackers(self) -> bool:
        """Whether the dead are the act's own attackers: "the bomber", "three of the gunmen"."""
        return any(v.lemma_.lower() in words("attacker_victims") or v.lower_ in words("attacker_victims")
                   for v in self.victims)


def _other_quantity(tok: Token) -> bool:
    """A number that names an age, a sum, a time or a measure, not how many people."""
    doc = tok.doc
    before = doc[tok.i - 1].text if tok.i > 0 else ""
    after = tuple(t.text for t in doc[tok.i + 1:tok.i + 4])
    return not_a_count(tok.text, before, after) is not None


def count_of(noun: Token) -> Count | None:
    """How many people one victim noun stands for, from its number words."""
    if noun.like_num or value(noun.text) is not None:
        if _other_quantity(noun):
            return None
        return parse_count([t.text for t in noun.subtree if t.i <= noun.i and t.dep_ != "prep"])
    if noun.lower_ in _PEOPLE_PRONOUNS:
        return Count(1, 1, 1)
    if noun.lower_ in _NOBODY:  # "none was killed": a known zero, not one person
        return Count(0, 0, 0)
    if (dozens := vague(noun.lower_)) is not None:  # "Dozens of people were killed"
        return dozens
    number = _number_before(noun)
    if number is not None:
        return parse_count([t.text for t in number.subtree])
    for child in noun.lefts:
        if child.dep_ in ("det", "amod", "advmod", "nmod", "poss"):
            found = parse_count([child.text])
            if found is not None:
                return found
    # "dozens of people", "scores of villagers"
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in ("NOUN", "NUM"):
        found = parse_count([t.text for t in noun.head.head.subtree if t.i < noun.head.i])
        if found is not None:
            return found
    if noun.ent_type_ == "PERSON" or (noun.tag_ in ("NN", "NNP") and noun.pos_ in ("NOUN", "PROPN")):
        return Count(1, 1, 1)
    return None


_MODIFIERS = {"compound", "nmod", "amod", "nummod", "quantmod", "det", "poss", "advmod"}


def _number_before(noun: Token) -> Token | None:
    """The number word among a noun's left modifiers, however deep: "Two [National Guard] personnel"."""
    stack = [c for c in noun.lefts if c.dep_ in _MODIFIERS]
    while stack:
        tok = stack.pop(0)
        if _other_quantity(tok) or (is_year(tok.text) and noun.tag_ in ("NN", "NNP")):
            continue  # "a 35-year-old teacher", "the 2018 bombing": how old or when, not how many
        if tok.dep_ in ("nummod", "quantmod") or tok.like_num or value(tok.text) is not None and tok.pos_ == "NUM":
            return tok
        stack.extend(c for c in tok.lefts if c.dep_ in _MODIFIERS)
    return None


def group_count(noun: Token) -> Count | None:
    """Sum over a noun and its conjuncts: "10 fighters and three civilians"."""
    total: Count | None = None
    for member in (noun, *noun.conjuncts):
        if member is not noun and member.pos_ == "NUM" and _has_own_casualty_word(member):
            continue  # "one dead and three injured": three is a count of its own
        c = count_of(member)
        if c is not None:
            total = c if total is None else total + c
    return total


def _has_own_casualty_word(number: Token) -> bool:
    after = number.doc[number.i + 1] if number.i + 1 < len(number.doc) else None
    return after is not None and after.lower_ in DEATH_STATES | INJURY_STATES


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or (
        verb.tag_ == "VBN" and not any(c.dep_ == "nsubj" for c in verb.children))


def _victims_of_verb(verb: Token) -> list[Token]:
    """Who a death or injury verb was done to, with the victims named beside them."""
    victims = _own_victims_of_verb(verb)
    return victims + companions(verb) if victims else victims


def _own_victims_of_verb(verb: Token) -> list[Token]:
    kids = list(verb.children)
    own = [c for c in kids if c.dep_ in ("nsubjpass", "nsubj", "dobj", "obj") and c.lower_ not in ("who", "that", "which")]
    if verb.dep_ in ("acl", "amod", "relcl") and verb.tag_ == "VBN" and not own \
            and verb.head.pos_ in ("NOUN", "PROPN", "NUM", "PRON"):
        return [verb.head]  # "the soldiers killed in the raid"; not "a grenade ... wounded six people"
    if _is_passive(verb):
        subj = [c for c in kids if c.dep_ in ("nsubjpass", "nsubj")]
        if subj:
            return subj
        if verb.dep_ in ("xcomp", "oprd", "conj") and not any(c.dep_ in ("dobj", "obj") for c in kids):
            # "were reported killed", "was shot and killed": the subject the verb shares.
            shared = [c for c in verb.head.children if c.dep_ == "nsubjpass"]
            if shared:
                return shared
    obj = [c for c in kids if c.dep_ in ("dobj", "obj")] or [
        c for c in kids if c.dep_ == "npadvmod" and c.i > verb.i and c.tag_ == "NNS" and _number_before(c) is not None]
    if obj:  # (an object with its number is at times misread as a modifier: "wounded 90 shoppers")
        return obj[:1]  # a second object is a misread apposition: "killed 12 villagers ..., the deadliest attack"
    if verb.lemma_ in words("dying_verbs"):
        return [c for c in kids if c.dep_ == "nsubj"]
    # Headlines drop the auxiliary: "Two soldiers killed in attack".
    if verb.tag_ in ("VBN", "VBD"):
        return [c for c in kids if c.dep_ == "nsubj" and c.lower_ not in ("who", "that", "which")]
    return []


def _death_complement(verb: Token) -> Token | None:
    """The word that makes shooting or beating a killing: "shot dead", "hacked to death", "gunned down"."""
    if verb.lemma_ == "gun":
        return next((c for c in verb.children if c.dep_ == "prt" and c.lower_ == "down"), None)
    near = [*verb.children, *(g for c in verb.children if c.dep_ == "prep" for g in c.children)]
    return next((t for t in near if t.lower_ in ("dead", "death", "lifeless")), None)


def _victims_of_state(word: Token) -> list[Token]:
    """Victims of "dead"/"injured" used as a complement: "left 10 dead", "two were killed"."""
    head = word.head
    if word.dep_ in ("amod",) and head.pos_ in ("NOUN", "PROPN"):
        return [head]
    if any(c.like_num and c.i == word.i - 1 for c in word.lefts):
        return [word.doc[word.i - 1]]  # ", fifteen dead": the number is the word's own
    if word.dep_ in ("oprd", "xcomp", "ccomp", "advcl", "acomp", "conj"):
        # "The attack left ten dead": the object, not the subject, is who died.
        objs = [c for c in head.children if c.dep_ in ("dobj", "obj")] or [
            c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if objs:
            return objs
    if any(c.like_num for c in word.lefts):
        return [c for c in word.lefts if c.like_num]
    return [c for c in word.children if c.dep_ in ("nsubj", "npadvmod") or c.like_num]


def _toll_figure(noun: Token) -> Token | None:
    """The number a death toll is given as: "rose to 31", "put the toll at 20", "a toll of
    12", "the toll reached 45", "the toll is 9"; the newest of "rose from 20 to 31"."""
    verb = noun.head if noun.dep_ in ("nsubj", "nsubjpass", "dobj", "obj", "attr") else None
    preps = words("toll_figure_preps")
    candidates: list[Token] = []
    for host in (noun, verb):
        if host is None:
            continue
        for c in host.children:
            if c.dep_ == "prep" and c.lower_ in preps and (host is verb or c.lower_ != "to"):
                candidates += [g for g in c.children if g.dep_ == "pobj"]
            elif host is verb and c.dep_ in ("dobj", "obj", "attr", "npadvmod") and c.i != noun.i:
                candidates.append(c)
    for tok in reversed(candidates):  # the last figure given is the newest
        number = tok if (tok.like_num or value(tok.text) is not None) else _number_before(tok)
        if number is not None and not _other_quantity(number) and not (number is tok and is_year(tok.text)):
            return tok
    return None


def _counted(noun: Token) -> str | None:
    """What a noun used as a toll counts: "killed" for "the death toll", "the number of dead",
    "the tally of deaths"; "injured" for "the number of wounded"; None for any other noun."""
    if noun.lemma_ == "toll":
        return "killed"
    if noun.lower_ not in words("count_nouns"):
        return None
    counted = {g.lower_ for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children if g.dep_ == "pobj"}
    if counted & words("counted_dead"):
        return "killed"
    return "injured" if counted & words("counted_injured") else None


def _toll_count(noun: Token) -> tuple[Count | None, list[Token], Token | None]:
    """The figure a toll noun is given as: its count, its victims and the figure's word."""
    figure = _toll_figure(noun)
    if figure is None:
        return None, [], None
    if figure.like_num or value(figure.text) is not None:
        return parse_count([t.text for t in figure.subtree]), [], figure
    return group_count(figure), [figure], figure


def _death_noun_count(noun: Token) -> tuple[Count | None, list[Token], Token | None]:
    """ "death toll rose to 12", "the bodies of three men", "12 deaths": the count, the
    victims and, for a toll, the figure's word."""
    if noun.lower_ in words("body_nouns"):
        for tok in noun.subtree:
            if tok.dep_ == "pobj":
                return group_count(tok), [tok], None
        return count_of(noun), [], None
    if noun.lower_ in words("counted_death_nouns") and any(c.like_num for c in noun.lefts):
        return count_of(noun), [], None
    if noun.lower_ in words("killing_nouns") and not _reaction_to(noun) \
            and not any(c.lower_ in words("unfinished_marks") for c in noun.children):  # "the attempted murder of"
        dead = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children if g.dep_ == "pobj" and not is_year(g.text)]
        dead = dead or [c for c in noun.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")]
        if dead:  # "the murder of two priests", "the deaths of 12 people", "the mayor's assassination"
            return group_count(dead[0]), dead, None
    if _counted(noun) == "killed":
        return _toll_count(noun)
    return None, [], None


def _unreal(anchor: Token) -> bool:
    """Deaths that did not happen: denied ("were not killed"), hypothetical ("would have
    killed 5,000") or only intended ("threatened to kill", "tried to kill")."""
    tok = anchor
    for _ in range(3):
        kids = list(tok.children)
        if any(c.dep_ == "neg" for c in kids) or any(c.dep_ == "aux" and c.lower_ in words("unreal_modals") for c in kids):
            return True
        infinitive = tok.dep_ in ("acl", "relcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids)
        if tok.dep_ not in ("xcomp", "conj", "oprd", "acomp") and not infinitive or tok.head.i == tok.i:
            return False  # (an infinitive after a noun: "a plot to kill him", "an attempt to murder")
        tok = tok.head
        if tok.lemma_.lower() in words("unreal_heads"):
            return True
    return False


def _partitive(anchor: Token, victims: list[Token]) -> bool:
    """ "five of the murdered priests": part of a group of dead told elsewhere, not a toll."""
    return anchor.dep_ == "amod" and any(v.dep_ == "pobj" and v.head.lower_ == "of" for v in victims)


def _dying_particle(verb: Token) -> Token | None:
    """ "he passed away": the particle that makes a verb mean dying."""
    particle = load("casualties")["dying_phrasal_verbs"].get(verb.lemma_.lower())
    return next((c for c in verb.children if c.dep_ == "prt" and c.lower_ == particle), None) if particle else None


def _reaction_to(anchor: Token) -> bool:
    """A killing told as what another act is about: "a protest against the killing of a
    student", "arrested for the murder of", "marched against attacks that had killed nine".
    Its dead are the toll of that killing, not of a protest or an arrest
    (:func:`eventwire.tolls.act_tolls` decides)."""
    if anchor.pos_ not in ("NOUN", "PROPN") and anchor.dep_ not in ("relcl", "acl"):
        return False  # a clause of its own tells its own act
    tok = anchor
    for _ in range(4):
        if tok.dep_ in ("nsubj", "nsubjpass", "ROOT"):
            return False  # "the assassination ... was condemned": the killing is what the sentence tells
        tok = tok.head
        if tok.lemma_.lower() in words("reaction_words") or tok.lower_ in words("reaction_words"):
            return True
    return False


def _cause_of_another_act(anchor: Token) -> bool:
    """ "the murders triggered a storm of protest": a killing told as the cause of what follows."""
    subject = anchor if anchor.pos_ in ("NOUN", "PROPN") else anchor.head
    return subject.dep_ == "nsubj" and subject.head.lemma_.lower() in words("causing_verbs")


def _lives(verb: Token) -> tuple[list[Token], Count | None, Token] | None:
    """ "12 people lost their lives", "the blast claimed 12 lives", "took the lives of three
    men", "12 lives were lost": the victims, where the lives are counted their count, and the
    word "lives"."""
    lemma = verb.lemma_.lower()
    lives = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass") and c.lower_ in LIFE_NOUNS]
    if not lives:
        return None
    life = lives[0]
    if lemma in words("life_losing_verbs") and life.dep_ != "nsubjpass":
        return [c for c in verb.children if c.dep_ == "nsubj"], None, life
    if lemma in words("life_taking_verbs") or life.dep_ == "nsubjpass":
        owners = [g for c in life.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        if owners:
            return owners, None, life
        dative = [c for c in verb.children if c.dep_ == "dative"]
        if dative:
            return dative, None, life
        number = _number_before(life)
        if number is not None:
            return [life], parse_count([t.text for t in number.subtree]), life
    return None


def _update(noun: Token) -> bool:
    """A toll given as a new figure: "the death toll rose to 31", "bringing the toll to 12"."""
    return noun.dep_ in ("nsubj", "dobj", "obj") and noun.head.lemma_.lower() in words("toll_updates")


def source_of(anchor: Token) -> str:
    """Who the sentence says gives a figure: the subject of a saying verb above it ("police
    said 12 died", "residents put the toll at 20") or "according to X"; "" for none."""
    for tok in anchor.ancestors:
        if tok.lemma_.lower() in words("reporting_verbs") and tok.pos_ in ("VERB", "AUX"):
            subj = [c for c in tok.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
            if subj:
                return " ".join(t.lower_ for t in subj[0].subtree if t.dep_ not in ("relcl", "acl", "punct"))
    for tok in anchor.sent:
        if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ == "to":
            return " ".join(t.lower_ for t in list(tok.nbor(1).subtree)[1:] if t.dep_ != "punct")
    return ""


def _listed(victims: list[Token], anchor: Token) -> tuple[Count | None, list[Token]]:
    """The count of the semicolon list the first victim heads, and its items."""
    items = list_items(victims[0], anchor) if victims else []
    counts = [c for c in map(count_of, items) if c is not None]
    return (sum(counts[1:], counts[0]) if counts else None), items


def _span(anchor: Token, victims: list[Token], extra: Token | None) -> tuple[int, int]:
    """The words of a count: the casualty word, its victims with their number words, and
    the word that completes it (a toll's figure, "lives", "dead" after "shot")."""
    toks = [anchor, *victims] + ([extra] if extra is not None else [])
    for v in victims:
        left = v
        while left.i > v.i - 6 and left.i > v.sent.start and v.doc[left.i - 1] in v.subtree:
            left = v.doc[left.i - 1]  # "More than 150,000 people": the number belongs to the count
        toks.append(left)
    return min(t.idx for t in toks), max(t.idx + len(t) for t in toks)


def _bare_number_before(word: Token) -> Token | None:
    """The number right before a casualty word the parse left without victims: "fifteen
    dead", "leaving 4 killed and 9 wounded"."""
    if word.i == word.sent.start:
        return None
    prev = word.doc[word.i - 1]
    if (prev.like_num or value(prev.text) is not None) and not _other_quantity(prev) and not is_year(prev.text) \
            and parse_count([prev.text]) is not None:
        return prev
    return None


def find(sent: Span) -> list[Casualty]:
    """Every count of killed and injured people in a sentence that is the count of an act
    told here, not a war's, a year's or an earlier attack's."""
    found: list[Casualty] = []
    seen: dict[str, set[int]] = {"killed": set(), "injured": set()}  # one may be hurt, then die

    def add(what: str, victims: list[Token], anchor: Token, count: Count | None = None,
            extra: Token | None = None) -> None:
        if victims and all(v.lower_ in words("animals") or v.lower_ in words("not_people") for v in victims):
            return  # "soldiers killed 40 cows": property lost; "hurting the economy": no one hurt
        victims = [v for v in victims if v.i not in seen[what]]
        items: list[Token] = []  # a semicolon list's victims beside the parse's own
        if count is None:
            counts = [c for c in (group_count(v) for v in victims) if c is not None]
            if not counts:
                number = _bare_number_before(anchor)
                if number is not None and number.i not in seen[what]:
                    seen[what].add(number.i)
                    if not _unreal(anchor) and not other_tolls.elsewhere(anchor, [number]):
                        found.append(Casualty(what, parse_count([number.text]), number.idx, anchor.idx + len(anchor),
                                              [number], source_of(anchor), about=_reaction_to(anchor)
                                              or _cause_of_another_act(anchor)))
                return
            count = counts[0]
            for c in counts[1:]:
                count = count + c
            listed, items = _listed(victims, anchor)
            if listed is not None and listed.best > count.best:
                count = listed
            else:
                items = []
        for v in victims + items:
            seen[what].update(t.i for t in (v, *v.conjuncts))
        if _unreal(anchor) or _partitive(anchor, victims) or other_tolls.elsewhere(anchor, victims):
            return
        start, end = _span(anchor, victims + items, extra)
        update = _counted(anchor) is not None and _update(anchor)
        also = any(c.dep_ == "advmod" and c.lower_ in words("besides_words") for c in anchor.children) or any(
            c.dep_ in ("amod", "det") and c.lower_ in words("besides_modifiers") for v in victims for c in v.children)
        about = _reaction_to(anchor) or _cause_of_another_act(anchor)
        found.append(Casualty(what, count, start, end, victims, source_of(anchor), update, about, also))

    for tok in sent:
        lemma = tok.lemma_.lower()
        if tok.pos_ in ("VERB", "AUX") and lemma in DEATH_VERBS:
            complement = _death_complement(tok)
            if lemma in words("needs_death_word") and complement is None:
                continue
            add("killed", _victims_of_verb(tok), tok, extra=complement)
        elif tok.pos_ == "VERB" and lemma in INJURY_VERBS:
            add("injured", _victims_of_verb(tok), tok)
        elif tok.pos_ in ("VERB", "AUX") and (lives := _lives(tok)) is not None:
            add("killed", lives[0], tok, lives[1], lives[2])
        elif tok.lower_ in DEATH_STATES and tok.pos_ in ("ADJ", "NOUN"):
            add("killed", _victims_of_state(tok), tok)
        elif tok.lower_ in INJURY_STATES and tok.pos_ in ("ADJ", "NOUN"):
            add("injured", _victims_of_state(tok), tok)
        elif tok.pos_ in ("VERB", "AUX") and (particle := _dying_particle(tok)) is not None:
            add("killed", [c for c in tok.children if c.dep_ == "nsubj"], tok, extra=particle)
        elif tok.lower_ in DEATH_NOUNS or tok.lemma_ in DEATH_NOUNS or tok.lower_ in words("killing_nouns") \
                or (counted := _counted(tok)) == "killed":
            count, victims, figure = _death_noun_count(tok)
            if count is not None:
                add("killed", victims, tok, count, figure)
        elif counted == "injured":  # "the number of wounded rose to 40" (read in the test above)
            count, victims, figure = _toll_count(tok)
            if count is not None:
                add("injured", victims, tok, count, figure)
    offset, text = sent.start_char, span_text(sent)
    for pattern, what in ((_NONE_KILLED, "killed"), (_NONE_INJURED, "injured")):
        m = pattern.search(text)
        if m and not any(c.what == what for c in found):
            found.append(Casualty(what, Count(0, 0, 0), offset + m.start(), offset + m.end(), []))
    return found
