"""Stage 4, mentions: the words in a parsed report that report an act of violence.

Trigger words and phrases live in ``data/triggers.yaml``. The cheap test before
parsing (``eventwire.prefilter``) is derived from the same tables.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from eventwire import actors, unreal
from eventwire.figurative import a_campaign, figurative
from eventwire.parse import span_text
from eventwire.resources import load, word_set
from eventwire.taken_places import BUILDING_KIND, building_taken


# The kind of words that look like a trigger's and are none: "tear gas shells".
NOT_AN_ACT = "none"
# Sides whose presence makes harm an act, whatever else a sentence tells (the police
# arrest drug dealers and attend crashes).
ARMED_GROUPS = actors.ARMED_KINDS - {"state forces"}
# Kinds of act a government also wages on an evil ("the fight against terrorism"); a
# protest against corruption is still a protest.
CAMPAIGN_KINDS = {"clash", "attack"}
# Kinds whose words are also used figuratively: "attacked the budget", "blasted the government".
FIGURATIVE_KINDS = {"attack", "shooting", "bomb", "blast", "kill", "clash", "loot", "change", "arming"}
# Kinds of act done for a reason that is itself an act: a protest over a killing, a school
# closed because of attacks, villagers arming themselves against raids.
REASON_OF = {"protest", "arrest", "change", "arming"}
# Kinds of harm the state's forces may do by their own hand, whatever accident or quarrel is
# told beside it: "a volunteer was shot dead by police at the scene of a crash".
STATE_HARM_KINDS = {"kill", "shooting", "attack"}
# Kinds of act told by the weapon that did them, and every kind of act that fights or hurts people.
WEAPON_KINDS = frozenset({"suicide", "chemical", "airstrike", "shelling", "grenade", "bomb"})
# Kinds told of two sides fighting each other.
TWO_SIDED = {"clash"}
FIGHT_KINDS = frozenset({"clash", "attack", "kill", "shooting", "incendiary", "abduction", "sexual"}) | WEAPON_KINDS


@dataclass
class Trigger:
    """One trigger in a sentence: the tokens that say what happened, and the kind of act."""

    kind: str
    start: int  # token index in the doc
    end: int

    def head(self, doc: Doc) -> Token:
        if self.end == self.start + 1:  # a one-word trigger is its own head: no span to build
            return doc[self.start]
        return doc[self.start:self.end].root


@dataclass
class Mention:
    """A sentence that reports at least one act, with its triggers."""

    sent: Span
    triggers: list[Trigger]


@dataclass(frozen=True)
class _Sense:
    """One meaning of a trigger lemma: its kind, the parts of speech it has, and what the
    words around it must show ("struck a checkpoint" has an object, "went on strike" not)."""

    kind: str
    pos: tuple[str, ...]
    object: str | None = None  # "required" or "none"
    near: frozenset[str] = frozenset()  # a lemma that must be close by in the parse
    not_near: frozenset[str] = frozenset()  # a lemma that must not be ("fired tear gas", "fired into the air")
    unless: frozenset[str] = frozenset()  # a verb governing the noun that undoes it ("rescued hostages")
    objects: frozenset[str] = frozenset()  # lemmas one of which must be what the verb was done to ("killed 40 cows")
    lower: bool = False  # only as written in lower case: "nurses march", not the month "March"
    modifiers: frozenset[str] = frozenset()  # words one of which must qualify the noun ("post-election violence")
    told_harm: frozenset[str] = frozenset()  # lemmas one of which the sentence must have ("left two dead")
    doer: str = ""  # "armed": the doer is a group under arms not the state's ("gunmen crossed"); "state": the state's forces; "forces": either
    depth: int = 2  # how many steps down the parse `near` and `not_near` look ("set a bus on fire": three)
    bare_in: frozenset[str] = frozenset()  # prepositions a `near` word must hang from with no article: "on fire", not "on the fire"
    alone: bool = False  # only as the sentence's one act, its subject or the whole of it ("violence continued")
    linked_by: frozenset[str] = frozenset()  # prepositions that may bring a `modifiers` word to the noun or its verb ("violence during the elections")

    def _linked(self, token: Token) -> bool:
        """A `modifiers` word brought by one of the `linked_by` prepositions on the noun or the
        verb it is the subject of: "violence [was reported] during the elections"."""
        owners = [token, token.head] if token.dep_ in ("nsubj", "nsubjpass") else [token]
        return any(p.dep_ == "prep" and p.lower_ in self.linked_by and any(
            o.dep_ == "pobj" and o.lemma_.lower() in self.modifiers for o in p.children)
            for owner in owners for p in owner.children)

    def fits(self, token: Token) -> bool:
        if token.pos_ not in self.pos:
            return False
        if self.lower and not token.text.islower():
            return False
        # A modifier's own compound qualifies the noun too: "land dispute violence".
        qualifiers = [c for c in token.children if c.dep_ in ("amod", "compound", "nmod")]
        qualifiers += [g for c in qualifiers if c.dep_ == "compound" for g in c.children if g.dep_ == "compound"]
        if self.modifiers and not any(self.modifiers & {c.lower_, c.lemma_.lower(), *c.lower_.split("-")}
                                      for c in qualifiers) and not self._linked(token):
            return False
        if self.alone and token.dep_ not in ("ROOT", "nsubj", "nsubjpass"):
            return False
        if self.alone and token.dep_ == "nsubj" and any(c.dep_ == "xcomp" and c.lemma_.lower() not in self.near
                                                         for c in token.head.children):
            return False  # "violence continued to shape politics": what it did after, not violence going on
        if self.told_harm and not any(t.lemma_.lower() in self.told_harm or t.lower_ in self.told_harm
                                      for t in token.sent):
            return False
        if self.doer and not _doer_is(token, self.doer):
            return False
        if self.object is not None and (self.object == "required") != _has_object(token):
            return False
        if self.objects and not any(c.dep_ in ("dobj", "obj", "nsubjpass") and c.lemma_.lower() in self.objects
                                    for c in token.children):
            return False
        if self.unless and not self.unless.isdisjoint(_governing_verb(token)):
            return False
        if not self.near and not self.not_near:
            return True
        # Two steps down: "burnt a man alive" may hang "alive" on the man.
        below = [*token.children, *(g for c in token.children for g in c.children)]
        if self.depth > 2:
            below += [d for g in below for d in g.children if d not in below]  # "set [a bus [on [fire]]]"
        around = {t.lemma_.lower() for t in (token.head, *below)}
        if self.bare_in:
            near = {t.lemma_.lower() for t in below if t.dep_ == "pobj" and t.head.lower_ in self.bare_in
                    and not any(c.dep_ in ("det", "poss") for c in t.children)}
            return not near.isdisjoint(self.near) and around.isdisjoint(self.not_near)
        return (not self.near or not around.isdisjoint(self.near)) and around.isdisjoint(self.not_near)


# Sides whose moves, sightings and threats change a conflict: groups under arms that are
# not the state's (the state's moves are told by their own words: "deployed", "patrols").
MOVING_KINDS = {"rebel group", "external forces"}


def _doer_is(token: Token, side: str) -> bool:
    """Whether the doer of a verb (its subject, or its agent when passive) or the owner of a
    noun ("movements of armed men") is of ``side``. "armed": a group under arms other than
    the state ("suspected militants were seen", "an armed group passed through the
    village", not "villagers crossed the river"; a named militia counts, people told by who
    they are do not). "state": the state's forces ("police detonated the device"). "forces":
    either."""
    deps = ("nsubj", "nsubjpass", "agent") if token.pos_ == "VERB" else ("prep",)
    phrases = [c for c in token.children if c.dep_ in deps and (c.dep_ != "prep" or c.lower_ == "of")]
    if not phrases and token.pos_ == "VERB":  # a subject the parse hung on the auxiliary: "personnel were rushed"
        phrases = [g for c in token.children if c.dep_ in ("aux", "auxpass") for g in c.children if g.dep_ in deps]
    if not phrases and (token.dep_ in ("conj", "xcomp", "acomp") or token.pos_ == "NOUN" and token.dep_ == "dobj"):
        # "patrolled and threatened residents", "were able to detonate it", "held a preaching"
        return _doer_is(token.head, side)
    if token.pos_ == "VERB" and token.dep_ in ("acl", "relcl") and not phrases:
        phrases = [token.head]  # "fighters seen moving", "gunmen who crossed": the noun it describes
    for phrase in phrases:
        words = list(phrase.subtree) if token.dep_ not in ("acl", "relcl") or phrase is not token.head \
            else [t for t in phrase.subtree if t.i < token.i or t not in token.subtree]
        text = " ".join(t.text for t in words)
        found = actors.find(text)
        if side in ("state", "forces") and any(a.kind == "state forces" for a in found):
            return True
        if side in ("armed", "forces") and any(a.kind in MOVING_KINDS or a.named and a.armed and a.kind != "state forces"
                                   for a in found):
            return True
    return False


def _doers(token: Token) -> list[Token]:
    """Who does an act by their own hand: the subject of its verb when active ("police shot a
    man"), or its agent when passive ("was shot dead by police"); not the one it was done to
    ("a police officer was killed in a crash")."""
    verb = token
    while verb.dep_ == "conj" and verb.pos_ == "VERB" and not any(c.dep_ in ("nsubj", "agent") for c in verb.children):
        verb = verb.head  # "shoots and kills": the doer of the first verb
    if verb.pos_ != "VERB":
        return []
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    return doers + [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def _done_by_state(token: Token) -> bool:
    """Whether the state's forces do an act by their own hand (:func:`_doers`)."""
    for doer in _doers(token):  # the forces themselves, not a thing of theirs ("a police lorry overturned")
        words = list(doer.subtree)
        text = " ".join(t.text for t in words)
        root_end = len(" ".join(t.text for t in words[:words.index(doer) + 1]))
        if any(a.kind == "state forces" and a.end == root_end for a in actors.find(text)):
            return True
    return False


def _governing_verb(token: Token) -> set[str]:
    """The lemma of the verb a noun hangs from: "rescued" in "rescued 16 of the hostages"; for a
    verb, the one it is the complement of ("tried to kidnap"); for a noun, also the noun it
    qualifies or its own qualifiers ("a kidnap attempt", "an attempted kidnapping")."""
    if token.pos_ == "VERB":
        return {token.head.lemma_.lower()} if token.dep_ == "xcomp" else set()
    words = {c.lemma_.lower() for c in token.children if c.dep_ == "amod"}
    if token.dep_ == "compound":
        words.add(token.head.lemma_.lower())
    verb = next((up for up in token.ancestors if up.pos_ == "VERB"), None)
    return words | {verb.lemma_.lower()} if verb is not None else words


def _has_object(token: Token) -> bool:
    """A verb done to something: its object, or in the passive its agent ("detonated by the bomb squad")."""
    return any(c.dep_ in ("dobj", "obj", "agent") for c in token.children)


@cache
def trigger_lemmas(name: str) -> frozenset[str]:
    """The lemmas of one trigger entry of ``data/triggers.yaml``: "protest", "blocking"."""
    return frozenset(load("triggers")[name].get("lemmas", []))


@cache
def _lemma_table() -> dict[str, list[_Sense]]:
    """Lemma to its senses: one word may mean one act as a verb, another as a noun
    ("militants struck" is an attack, "workers on strike" a protest)."""
    table: dict[str, list[_Sense]] = {}
    for key, spec in load("triggers").items():
        sense = _Sense(spec.get("kind", key), tuple(spec.get("pos", ["NOUN", "VERB", "ADJ", "PROPN"])),
                       spec.get("object"), frozenset(spec.get("near", [])), frozenset(spec.get("not_near", [])),
                       frozenset(spec.get("unless", [])), frozenset(spec.get("objects", [])),
                       spec.get("lower", False), frozenset(spec.get("modifiers", [])),
                       frozenset(spec.get("told_harm", [])), spec.get("doer", ""), spec.get("depth", 2),
                       frozenset(spec.get("bare_in", [])), spec.get("alone", False),
                       frozenset(spec.get("linked_by", [])))
        for lemma in spec.get("lemmas", []):
            table.setdefault(lemma, []).append(sense)
    return table


@cache
def _phrase_table() -> list[tuple[tuple[str, ...], str]]:
    phrases = [(tuple(p.lower().split()), spec.get("kind", key)) for key, spec in load("triggers").items()
               for p in spec.get("phrases", [])]
    return sorted(phrases, key=lambda p: -len(p[0]))


@cache
def _phrases_by_first_word() -> dict[str, list[tuple[int, tuple[str, ...], str]]]:
    """The phrase table by each phrase's first word, with its rank in the table: a sentence
    tries only the phrases that may start in it, in the table's order."""
    index: dict[str, list[tuple[int, tuple[str, ...], str]]] = {}
    for rank, (phrase, kind) in enumerate(_phrase_table()):
        index.setdefault(phrase[0], []).append((rank, phrase, kind))
    return index


def _phrase_matches(sent: Span, tokens: list[Token]) -> list[Trigger]:
    """The trigger phrases of a sentence, whose ``tokens`` are given built once."""
    words = [t.lower_ for t in tokens]
    lemmas = [t.lemma_.lower() for t in tokens]
    starts: dict[str, list[int]] = {}  # word or lemma -> positions: a phrase is tried only where it can start
    for i, (w, lem) in enumerate(zip(words, lemmas)):
        starts.setdefault(w, []).append(i)
        if lem != w:
            starts.setdefault(lem, []).append(i)
    index = _phrases_by_first_word()
    tried = sorted(entry for first in starts for entry in index.get(first, ()))
    found: list[Trigger] = []
    used: set[int] = set()
    for _, phrase, kind in tried:
        n = len(phrase)
        for i in starts.get(phrase[0], ()):
            if i > len(words) - n or any(j in used for j in range(i, i + n)):
                continue
            if all(phrase[k] in (words[i + k], lemmas[i + k]) for k in range(n)):
                if phrase[0] == "fire" and i > 0 and words[i - 1] in word_set("blaze_before_fire"):
                    continue  # "set a bus on fire on Monday": a blaze, not shots fired on someone
                found.append(Trigger(kind, sent.start + i, sent.start + i + n))
                used.update(range(i, i + n))
    return found


@cache
def _thrown() -> dict[str, tuple[str, frozenset[str]]]:
    """Kind of a weapon word when thrown by hand: {"bomb": ("grenade", {"hurl", ...})}."""
    out: dict[str, tuple[str, frozenset[str]]] = {}
    for key, spec in load("triggers").items():
        rule = spec.get("thrown")
        if rule:
            for kind in rule["kinds"]:
                out[kind] = (spec.get("kind", key), frozenset(rule["verbs"]))
    return out


def _as_thrown(trigger: Trigger, sent: Span) -> Trigger:
    rule = _thrown().get(trigger.kind)
    if rule is None:
        return trigger
    head = sent.doc[trigger.start:trigger.end].root
    verb = head.head if head.dep_ in ("dobj", "obj", "nsubjpass") else None
    if verb is not None and verb.lemma_.lower() in rule[1]:
        return Trigger(rule[0], trigger.start, trigger.end)
    return trigger


def triggers_in(sent: Span) -> list[Trigger]:
    """Triggers of a sentence: phrases first, then single words outside them."""
    tokens = list(sent)  # a token object is built on each access: once here, for both passes
    found = _phrase_matches(sent, tokens)
    covered = {i for t in found for i in range(t.start, t.end)}
    table = _lemma_table()
    alone: set[int] = set()  # triggers of senses that count only as the sentence's one act
    for token in tokens:
        if token.i in covered:
            continue
        # A capitalised plural at a sentence start may be tagged a proper noun ("Rockets").
        plural = token.lower_[:-1] if token.pos_ == "PROPN" and token.lower_.endswith("s") else ""
        entries = table.get(token.lemma_.lower()) or table.get(token.lower_) or table.get(plural) or []
        sense = next((e for e in entries if e.fits(token)), None)
        if sense is not None and not unreal.denied(token):
            found.append(Trigger(sense.kind, token.i, token.i + 1))
            if sense.alone:
                alone.add(token.i)
    if len(found) > len(alone):  # another act told: the unrest is its setting
        found = [t for t in found if t.start not in alone]
    found = [t for t in found if t.kind != NOT_AN_ACT and not _a_reason(t, found, sent) and not _accused(t, found, sent)
             and not _answered_by_a_measure(t, found, sent) and not unreal.absent(t.head(sent.doc))
             and not (t.kind in CAMPAIGN_KINDS and a_campaign(t.head(sent.doc)))
             and not (t.kind in FIGURATIVE_KINDS and figurative(t.head(sent.doc)))
             and not (t.kind == "clash" and _background_fight(t.head(sent.doc)))]
    found = [Trigger(BUILDING_KIND, t.start, t.end) if t.kind == "takeover" and building_taken(sent, t.start, t.end)
             else t for t in found]
    return sorted((_as_thrown(t, sent) for t in found), key=lambda t: t.start)


def _background_fight(token: Token) -> bool:
    """A fight told as the background of the act, not as an act of its own: inside the words
    that link the act to it ("the attack is believed to be linked to recent clashes between
    the two clans", "part of the ongoing clashes"), or a state the fighting sides have long
    been in ("the two communities had been fighting over the boundary", "the clans have
    recently been clashing"), not a fight going on as the report is written ("troops have been
    fighting the rebels since Monday")."""
    told = {c.lower_ for c in token.children if c.dep_ in ("aux", "advmod")}
    if token.pos_ == "VERB" and "been" in told and ("had" in told or "recently" in told or "long" in told):
        return True
    tok = token
    for _ in range(4):  # up through "to the ongoing clashes", "of ethnic violence"
        if tok.dep_ not in ("pobj", "prep", "conj") or tok.head is tok:
            return False
        tok = tok.head
        if tok.dep_ != "prep" and (tok.lower_ in word_set("background_links")
                                   or tok.lemma_.lower() in word_set("background_links")):
            return True
    return False


def _a_reason(trigger: Trigger, found: list[Trigger], sent: Span) -> bool:
    """An act that a protest is about or an arrest is for, not one done here: "protested
    against the killing of a student", "to protest the attack", "arrested in connection
    with the bombing"."""
    if trigger.kind in REASON_OF:
        return False
    heads = {i for t in found if t.kind in REASON_OF for i in range(t.start, t.end)}
    tok = sent.doc[trigger.start:trigger.end].root
    # (what is blocked is no reason; nor is what people do that the model tagged as their verb:
    # "protesters light fires", its subject noun read as "protest")
    if tok.dep_ in ("dobj", "obj") and tok.head.i in heads and sent.doc[tok.head.i].pos_ == "VERB" \
            and tok.head.lemma_.lower() not in trigger_lemmas("blocking") \
            and tok.head.lower_ not in word_set("nouns", "crowds"):
        return any(t.kind == "protest" and t.start <= tok.head.i < t.end for t in found)  # "protest the attack"
    joined = after = False
    for _ in range(5):  # up through "in connection with the", "against the", "attacks and blasts"
        if tok.dep_ not in ("pobj", "prep", "pcomp", "conj") or tok.dep_ == "conj" and participle_clause(tok):
            return False
        joined |= tok.dep_ == "prep" and tok.lower_ in word_set("reason_preps")
        after |= tok.dep_ == "prep" and tok.lower_ in word_set("protest_reason_preps")
        tok = tok.head
        if tok.i in heads:
            protest = any(t.kind == "protest" and t.start <= tok.i < t.end for t in found)
            return joined or (after and protest)
    return False


def participle_clause(noun: Token) -> bool:
    """Whether a noun joined to a list is the object of a participle set off by a comma, a
    clause of what people did that the model joined to what they protested: "protested
    against the governor, burning posters and lighting bonfires"."""
    first = noun.left_edge
    return first.i > 0 and first.tag_ == "VBG" and first.dep_ in ("amod", "compound") and first.head.i == noun.i \
        and noun.doc[first.i - 1].lower_ == ","


def _answered_by_a_measure(trigger: Trigger, found: list[Trigger], sent: Span) -> bool:
    """A fight or an attack that a security measure answers or is meant to stop, told inside
    the measure's words: "troops were deployed to quell clashes", "security was beefed up
    following the killing of four herders", "patrols stepped up to flush out militias
    fighting the army". Acts told beside it ("were deployed and clashed with rebels") or
    done as it happened ("entered the village shooting") are the report's own."""
    if trigger.kind == "change":
        return False
    measures = {i for t in found if t.kind == "change" for i in range(t.start, t.end)}
    if not measures:
        return False
    # The verb a measure phrase hangs on, or that takes the measure as its object, is the
    # measure: "were put [on standby] as fighting broke out", "imposed a curfew after the attacks".
    measures |= {root.head.i for root in (sent.doc[t.start:t.end].root for t in found if t.kind == "change")
                 if root.pos_ == "ADP" or root.dep_ in ("dobj", "nsubjpass")}
    tok = sent.doc[trigger.start:trigger.end].root
    clause = tok.pos_ == "NOUN"
    while tok.dep_ not in ("ROOT", "conj") and tok.head.i != tok.i:
        clause |= tok.dep_ in ("relcl", "acl")
        tok = tok.head
        if tok.i in measures:
            return clause
    return False


def _accused(trigger: Trigger, found: list[Trigger], sent: Span) -> bool:
    """An act someone is accused of in a clause beside another act: the reason for that
    act, not one done here ("the villages clashed after a boy was accused of theft and
    assault"). Accused in the main clause, the act is the report's ("police accused of
    killing a student")."""
    tok = sent.doc[trigger.start:trigger.end].root
    for _ in range(3):
        if tok.dep_ not in ("pcomp", "pobj", "prep"):
            break
        tok = tok.head
    if trigger.start <= tok.i < trigger.end:
        return False  # the act's own verb: "police baton charged the crowd" charges no one with a crime
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in word_set("accusing_verbs") or tok.dep_ == "ROOT":
        return False
    clause = {t.i for t in tok.subtree}
    return any(t.start not in clause for t in found if t is not trigger)


@dataclass(frozen=True)
class _Context:
    """A context of ``data/no_event.yaml``: its words and phrases, the trigger kinds it
    explains and, if given, the only trigger lemmas it explains."""

    words: frozenset[str]
    phrases: tuple[str, ...]  # space-joined, padded: " caught fire "
    kinds: frozenset[str]
    lemmas: frozenset[str]
    state_harm: bool  # whether it explains harm the state's forces do ("shot dead by police")
    crowd_harm: bool  # whether it explains harm a crowd does ("residents beat the driver")
    unless: frozenset[str] = frozenset()  # words that make the sentence a conflict's again ("a political argument")

    def explains(self, sent: Span, triggers: list[Trigger], seen: set[str], joined: str) -> bool:
        if not {t.kind for t in triggers} <= self.kinds:
            return False
        if self.lemmas and any(sent.doc[t.start:t.end].root.lemma_.lower() not in self.lemmas for t in triggers):
            return False
        if not self.state_harm and any(t.kind in STATE_HARM_KINDS and _done_by_state(t.head(sent.doc))
                                       for t in triggers):
            return False
        if not self.crowd_harm and any(t.kind in STATE_HARM_KINDS and d.lower_ in word_set("nouns", "crowds")
                                       for t in triggers for d in _doers(t.head(sent.doc))):
            return False  # "residents beat the driver after the crash": a crowd's act
        if not seen.isdisjoint(self.unless):
            return False
        return not seen.isdisjoint(self.words) or any(p in joined for p in self.phrases)


@cache
def _contexts() -> tuple[frozenset[str], list[_Context]]:
    """``data/no_event.yaml``: the blast words it may explain, and its contexts."""
    data = load("no_event")
    out = []
    for ctx in data["contexts"]:
        words = [w.lower() for w in ctx["words"]]
        out.append(_Context(frozenset(w for w in words if " " not in w), tuple(f" {w} " for w in words if " " in w),
                            frozenset(ctx["kinds"]), frozenset(ctx.get("triggers", [])),
                            ctx.get("state_harm", True), ctx.get("crowd_harm", True),
                            frozenset(w.lower() for w in ctx.get("unless", []))))
    return frozenset(data["explosion_lemmas"]), out


def no_act(sent: Span, triggers: list[Trigger]) -> bool:
    """Whether words of an accident, a disaster, disease, sport, a court or ordinary crime
    explain every trigger of a sentence that names no armed group: "two buses collided,
    injuring 14 passengers", "the team beat its rivals", "sentenced for murdering his wife"."""
    blasts, contexts = _contexts()
    doc = sent.doc
    if any(t.kind == "bomb" and doc[t.start:t.end].root.lemma_.lower() not in blasts for t in triggers):
        return False
    words = [t.lower_ for t in sent]
    seen = set(words) | {t.lemma_.lower() for t in sent}
    joined = " " + " ".join(words) + " "
    if not any(c.explains(sent, triggers, seen, joined) for c in contexts):
        return False
    return not any(a.kind in ARMED_GROUPS for a in actors.find(span_text(sent)))


def find(doc: Doc) -> list[Mention]:
    """Sentences of ``doc`` that contain a trigger, save those whose every trigger an
    accident, a disaster or the like explains (:func:`no_act`)."""
    mentions = []
    for sent in doc.sents:
        triggers = triggers_in(sent)
        if triggers and not no_act(sent, triggers):
            mentions.append(Mention(sent, triggers))
    return mentions
