"""Casualty counts in one sentence: who was killed or injured, and how many.

Counts come from the syntax around death and injury words: the passive subject of
"killed", the object of "killing", the object of "left ... dead", conjoined victim
groups summed ("10 fighters and three civilians" is 13). "No casualties" is zero.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span, Token

from eventwire import actors
from eventwire.resources import load, word_set
from eventwire.numbers import Count, parse_count, vague, value

DEATH_VERBS = {"kill", "murder", "slay", "behead", "lynch", "assassinate", "execute", "massacre",
               "slaughter", "gun", "shoot", "hack", "chop", "stab", "beat", "burn", "die", "perish",
               "succumb"}
DEATH_STATES = {"dead", "killed", "lifeless", "deceased"}
DEATH_NOUNS = {"death", "toll", "body", "bodies", "fatality", "fatalities", "corpse"}
INJURY_VERBS = {"injure", "wound", "hurt", "maim"}
INJURY_STATES = {"injured", "wounded", "hurt"}
# "to death", "shot dead": these verbs count as killing only with such a complement.
NEEDS_DEATH_WORD = {"shoot", "hack", "chop", "stab", "beat", "burn", "gun"}

_NONE_KILLED = re.compile(r"\bno\s+(?:one|body|person|people)\s+(?:was|were|has been|had been)\s+(?:killed|hurt|injured)"
                          r"|\bno\s+(?:casualties|deaths?|fatalities|loss\s+of\s+(?:life|lives)|one\s+died)"
                          r"|\bwithout\s+(?:any\s+)?casualties", re.I)
_NONE_INJURED = re.compile(r"\bno\s+(?:injuries|one\s+was\s+(?:hurt|injured)|casualties)|\bor\s+injuries\s+were", re.I)
_PEOPLE_PRONOUNS = {"he": 1, "she": 1, "him": 1, "her": 1}


@dataclass
class Casualty:
    """A count of the killed or injured, with the words that support it."""

    what: str  # "killed" | "injured"
    count: Count
    start: int  # character offsets in the parsed text
    end: int
    victims: list[Token]

    @property
    def group(self) -> str:
        """Which side the victims belong to ("" when the words do not say): counts of
        different sides add up, counts of the same side repeat one another."""
        for v in self.victims:
            words = [t for t in v.subtree if t.dep_ not in ("relcl", "acl")] or [v]
            phrase = v.doc[words[0].i:words[-1].i + 1].text  # not Doc.text: it joins the whole doc again
            for a in actors.find(phrase):
                if a.text.lower() not in word_set("generic_victims"):
                    return a.name
        return ""


def count_of(noun: Token) -> Count | None:
    """How many people one victim noun stands for, from its number words."""
    if noun.like_num or value(noun.text) is not None:
        words = [t.text for t in noun.subtree if t.i <= noun.i and t.dep_ != "prep"]
        return parse_count(words)
    if noun.lower_ in _PEOPLE_PRONOUNS:
        return Count(1, 1, 1)
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
        return parse_count([t.text for t in noun.head.head.subtree if t.i < noun.head.i])
    if noun.ent_type_ == "PERSON" or (noun.tag_ in ("NN", "NNP") and noun.pos_ in ("NOUN", "PROPN")):
        return Count(1, 1, 1)
    return None


_MODIFIERS = {"compound", "nmod", "amod", "nummod", "quantmod", "det", "poss", "advmod"}


def _is_age(tok: Token) -> bool:
    """ "a 35-year-old teacher": a number that says how old, not how many."""
    after = [t.lower_ for t in tok.doc[tok.i + 1:tok.i + 3]]
    return bool(after) and (after[0] in ("year", "years", "yr", "-year", "year-old") or after[:2] == ["-", "year"])


def _number_before(noun: Token) -> Token | None:
    """The number word among a noun's left modifiers, however deep: "Two [National Guard] personnel"."""
    stack = [c for c in noun.lefts if c.dep_ in _MODIFIERS]
    while stack:
        tok = stack.pop(0)
        if _is_age(tok):
            continue
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
    kids = list(verb.children)
    if verb.dep_ in ("acl", "amod", "relcl") and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN", "NUM", "PRON"):
        return [verb.head]
    if _is_passive(verb):
        subj = [c for c in kids if c.dep_ in ("nsubjpass", "nsubj")]
        if subj:
            return subj
        if verb.dep_ in ("xcomp", "oprd", "conj") and not any(c.dep_ in ("dobj", "obj") for c in kids):
            # "were reported killed", "was shot and killed": the subject the verb shares.
            shared = [c for c in verb.head.children if c.dep_ == "nsubjpass"]
            if shared:
                return shared
    obj = [c for c in kids if c.dep_ in ("dobj", "obj")]
    if obj:
        return obj
    if verb.lemma_ in ("die", "perish", "succumb"):
        return [c for c in kids if c.dep_ == "nsubj"]
    # Headlines drop the auxiliary: "Two soldiers killed in attack".
    if verb.tag_ in ("VBN", "VBD"):
        return [c for c in kids if c.dep_ == "nsubj" and c.lower_ not in ("who", "that", "which")]
    return []


def _has_death_complement(verb: Token) -> bool:
    near = [*verb.children, *(g for c in verb.children if c.dep_ == "prep" for g in c.children)]
    if verb.lemma_ == "gun" and any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children):
        return True  # "gunned down"
    return any(t.lower_ in ("dead", "death", "lifeless") for t in near)


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


def _death_noun_count(noun: Token) -> tuple[Count | None, list[Token]]:
    """ "death toll rose to 12", "the bodies of three men", "12 deaths"."""
    if noun.lower_ in ("body", "bodies", "corpse", "corpses"):
        for tok in noun.subtree:
            if tok.dep_ == "pobj":
                return group_count(tok), [tok]
        return count_of(noun), []
    if noun.lower_ in ("death", "deaths", "fatalities") and any(c.like_num for c in noun.lefts):
        return count_of(noun), []
    if noun.lemma_ == "toll":
        scope = noun.head if noun.dep_ in ("nsubj", "nsubjpass") else noun
        nums = [t for t in scope.subtree if t.like_num and t.i != noun.i]
        if nums:
            return parse_count([t.text for t in nums[-1].subtree]), []
    return None, []


def _victims_of_killing(noun: Token) -> list[Token]:
    """Who a killing noun names as killed: "the murder of two judges", "the mayor's
    assassination"; none when the killing was only tried ("the attempted murder of")."""
    if any(c.lower_ in word_set("unfinished_marks") for c in noun.children) or _a_reason(noun):
        return []
    owners = [c for c in noun.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")]
    of = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return of or owners


def _a_reason(noun: Token) -> bool:
    """A killing a protest is about or an arrest is for ("protested against the killing
    of a student"): its dead are another act's toll."""
    if noun.dep_ == "pobj" and noun.head.lower_ in word_set("reason_preps"):
        governor = noun.head.head
    elif noun.dep_ in ("dobj", "obj"):
        governor = noun.head
    else:
        return False
    return governor.lemma_.lower() in _reason_lemmas()


@cache
def _reason_lemmas() -> frozenset[str]:
    triggers = load("triggers")
    return frozenset(str(w) for kind in ("protest", "arrest") for w in triggers[kind].get("lemmas", []))


def _killing_count(victim: Token) -> Count | None:
    """How many a killing noun's victim stands for: its numbers, else one for a singular
    noun or name ("of journalist Juan Perez"); a bare plural gives no count."""
    total = Count(0, 0, 0)
    for member in (victim, *victim.conjuncts):
        number = _number_before(member)
        if member.like_num or number is not None:
            count = parse_count([t.text for t in (member if member.like_num else number).subtree])
        else:
            count = Count(1, 1, 1) if member.tag_ in ("NN", "NNP") else None
        if count is None:
            return None
        total = total + count
    return total


def _bare_number_before(word: Token) -> Token | None:
    """The number right before a casualty word the parse left without victims: "fifteen
    dead", "leaving 4 killed and 9 wounded"."""
    if word.i == word.sent.start:
        return None
    prev = word.doc[word.i - 1]
    if (prev.like_num or value(prev.text) is not None) and not _is_age(prev) and parse_count([prev.text]) is not None:
        return prev
    return None


def find(sent: Span) -> list[Casualty]:
    """Every count of killed and injured people in a sentence."""
    found: list[Casualty] = []
    seen: dict[str, set[int]] = {"killed": set(), "injured": set()}  # one may be hurt, then die

    def add(what: str, victims: list[Token], anchor: Token, count: Count | None = None) -> None:
        victims = [v for v in victims if v.i not in seen[what]]
        if count is None:
            counts = [c for c in (group_count(v) for v in victims) if c is not None]
            if not counts:
                number = _bare_number_before(anchor)
                if number is not None and number.i not in seen[what]:
                    seen[what].add(number.i)
                    found.append(Casualty(what, parse_count([number.text]), number.idx, anchor.idx + len(anchor), [number]))
                return
            count = counts[0]
            for c in counts[1:]:
                count = count + c
        for v in victims:
            seen[what].update(t.i for t in (v, *v.conjuncts))
        toks = [anchor, *victims]
        start = min(t.idx for t in toks)
        end = max(t.idx + len(t) for t in toks)
        found.append(Casualty(what, count, start, end, victims))

    for tok in sent:
        lemma = tok.lemma_.lower()
        if tok.pos_ in ("VERB", "AUX") and lemma in DEATH_VERBS:
            if lemma in NEEDS_DEATH_WORD and not _has_death_complement(tok):
                continue
            add("killed", _victims_of_verb(tok), tok)
        elif tok.pos_ == "VERB" and lemma in INJURY_VERBS:
            add("injured", _victims_of_verb(tok), tok)
        elif tok.lower_ in DEATH_STATES and tok.pos_ in ("ADJ", "NOUN"):
            add("killed", _victims_of_state(tok), tok)
        elif tok.lower_ in INJURY_STATES and tok.pos_ in ("ADJ", "NOUN"):
            add("injured", _victims_of_state(tok), tok)
        elif tok.pos_ == "NOUN" and lemma in word_set("killing_nouns"):
            victims = _victims_of_killing(tok)
            if victims:
                add("killed", victims, tok, _killing_count(victims[0]))
        elif tok.lower_ in DEATH_NOUNS or tok.lemma_ in DEATH_NOUNS:
            count, victims = _death_noun_count(tok)
            if count is not None:
                add("killed", victims, tok, count)
    offset = sent.start_char
    for pattern, what in ((_NONE_KILLED, "killed"), (_NONE_INJURED, "injured")):
        m = pattern.search(sent.text)
        if m and not any(c.what == what for c in found):
            found.append(Casualty(what, Count(0, 0, 0), offset + m.start(), offset + m.end(), []))
    return found
