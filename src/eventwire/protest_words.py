"""What a sentence's words say about a demonstration: whether its people were harmed and
by whom, whether it was violent or blocked a road, whether an act is its cause or demand
rather than its deed. Small readers of the parse for :mod:`eventwire.crowds`.

Data: ``data/crowds.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventwire.crowd_people import agent, crowd_words, side_of
from eventwire.mentions import FIGHT_KINDS, Trigger, participle_clause, trigger_lemmas

# Acts that hurt people: a crowd's only with a mob's words.
HARM_ACTS = {"attack", "kill", "shooting"}
# Acts of harm that make an assault on a demonstration an attack on its people.
LETHAL_ACTS = {"kill", "shooting"}
# Words of a blocked road, which make a demonstration violent: "block" in any form,
# "blockade" as a verb only ("a blockade programme" names a protest, not what it did).
BLOCKING = {"block"}
BLOCKING_VERBS = {"blockade"}


def harmed(protest: Token, triggers: list[Trigger]) -> bool:
    """Whether a protest word is what an act of harm was done to, with gunfire or deaths:
    "opened fire at a rally", "attacked the march, killing two". Demonstrators only
    assaulted by others met an intervention."""
    if not any(t.kind in LETHAL_ACTS and grave(protest.doc[t.start:t.end]) for t in triggers):
        return False  # "attacked the march, injuring five": an intervention (:func:`hurt`)
    return _done_to(protest, triggers, 3, _OBJECT_DEPS)


def hurt(protest: Token, triggers: list[Trigger]) -> bool:
    """Whether a protest word is what an act of harm without gunfire or deaths was done to:
    "assaulted the marchers", "attacked the rally". Stopping a demonstration by beating its
    people is an intervention, whoever does it."""
    # "assaulted and injured demonstrating members": up the verb the injury is joined to
    return _done_to(protest, triggers, 4, _OBJECT_DEPS | {"amod", "conj", "xcomp"})


# How a protest word hangs from the act done to it: "fired on the march", "the rally was attacked".
_OBJECT_DEPS = frozenset({"dobj", "obj", "pobj", "prep", "nsubjpass", "compound", "poss"})


def _done_to(protest: Token, triggers: list[Trigger], steps: int, deps: frozenset[str]) -> bool:
    """Whether an act of harm's word lies within ``steps`` heads above a protest word, each
    step along ``deps`` and through prepositions of harm only ("fired at a car after the
    rally": the rally only dates the act)."""
    harm = {i for t in triggers if t.kind in HARM_ACTS for i in range(t.start, t.end)}
    tok = protest
    if protest.dep_ == "conj":
        return False  # "assaulted an officer and blocked the highway": the same people's two acts
    for _ in range(steps):
        if tok.dep_ not in deps or tok.head is tok:
            return False
        if tok.dep_ == "prep" and tok.lower_ not in crowd_words("harmed_preps"):
            return False
        tok = tok.head
        if tok.i in harm:
            return True
    return False


def harm_doer(protest: Token, triggers: list[Trigger], doc: Doc) -> Token | None:
    """Who did the act of harm a protest word is the object of ("police fired on the march")."""
    tok = protest
    for _ in range(3):
        tok = tok.head
        hit = next((t for t in triggers if t.kind in HARM_ACTS and t.start <= tok.i < t.end), None)
        if hit is not None:
            return agent(hit, doc)
    return None


def grave(words: Span) -> bool:
    """Whether an act of harm kills or maims rather than hurts: gunfire, a death, or an
    injury told as grave ("shot dead", "beaten to death", "critically injured"); a beating
    or an assault alone is not."""
    root = words.root
    if root.lemma_.lower() in crowd_words("harm_not_grave") or words.text.lower() in crowd_words("harm_not_grave"):
        return any(t.lower_ in crowd_words("grave_words") for t in (*root.children, *root.subtree, root.head))
    return True


def demanded(tok: Token, clauses: bool = True) -> bool:
    """An act a crowd demands something over or protests ("demanding the release of detained
    leaders", "against the arrest of a journalist", "justice for the killing of a student"),
    or that describes people ("detained students"): not one done at the demonstration.
    Without ``clauses``, only through the words of a noun phrase: "protested, burning tyres"
    and "a protest where police beat students" tell acts of the protest."""
    if clauses and tok.tag_ == "VBN" and tok.dep_ == "amod":
        return True
    act, described = tok, False
    for _ in range(8):
        if tok.dep_ == "ROOT" or tok.head is tok or tok.dep_ == "conj" and (not _nominal_conj(tok) or participle_clause(tok)):
            return False
        if not clauses and tok.dep_ not in _NOUN_PHRASE and not _nominal_conj(tok) and not _describing(tok, act):
            return False
        described |= tok.dep_ in ("acl", "relcl")
        tok = tok.head
        if described and tok.lower_ == "against" and not _protest_word(tok.head) \
                and not any(c.dep_ in ("dobj", "obj") and _protest_word(c) for c in tok.head.children):
            return False  # "fired at rioters who were blocking the road": no protest against them
        if tok.lower_ == "by" and (_protest_word(tok.head) or tok.head.lemma_.lower() in crowd_words("demanding_words")):
            return False  # "protested by barricading the road": how they protested
        if tok.lemma_.lower() in crowd_words("demanding_words"):
            return True
    return False


# The links inside a noun phrase and its prepositions: "justice for the killing of a student".
_NOUN_PHRASE = {"pobj", "prep", "dobj", "obj", "pcomp", "compound", "poss", "nmod"}


def _describing(tok: Token, act: Token) -> bool:
    """A clause that describes a noun by an act done to or by it: "students who were beaten by
    police", "a man killed by police", "a bishop suspected of murder". On a protest word it
    tells the protest's own acts ("a protest where police beat students")."""
    if _protest_word(tok.head):
        return False
    # a present participle on people tells what they are doing there: "rioters barricading the road"
    doing = tok.tag_ == "VBG" and (tok.head.lower_ in crowd_words("nouns") or tok.head.lemma_.lower() in crowd_words("nouns"))
    return tok.dep_ == "relcl" or tok.dep_ == "acl" and not doing \
        and (tok is act or tok.lemma_.lower() in crowd_words("accusing"))


def _nominal_conj(tok: Token) -> bool:
    """One of a list of nouns: "insecurity and cattle rustling", "rape and murder"."""
    return tok.dep_ == "conj" and tok.pos_ in ("NOUN", "PROPN") and tok.head.pos_ in ("NOUN", "PROPN")


def _protest_word(tok: Token) -> bool:
    """A word of the protest itself (``triggers.yaml``, protest): "protest", "march", "rally"."""
    return tok.lemma_.lower() in trigger_lemmas("protest")


def earlier(tok: Token) -> bool:
    """An act a word puts before the event: "the prior assault", "the earlier killing", or a
    verb told in the past perfect with such a word ("locals had earlier beaten two officers")."""
    if tok.pos_ == "VERB":
        return any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ == "VBD" for c in tok.children) \
            and any(c.dep_ == "advmod" and c.lower_ in crowd_words("earlier") for c in tok.children)
    return tok.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in crowd_words("earlier") for c in tok.children)


def died(trigger: Trigger, doc: Doc, triggers: list[Trigger]) -> bool:
    """A death told by a verb with no killer named ("a student was shot dead"), not one a
    protest is about ("protested the killing of a trader", "marched after a man was killed")."""
    tok = doc[trigger.start:trigger.end].root
    if tok.pos_ != "VERB" or not grave(doc[trigger.start:trigger.end]):
        return False
    protests = {i for t in triggers if t.kind == "protest" for i in range(t.start, t.end)}
    return not any(up.i in protests or up.lemma_.lower() in crowd_words("demanding_words") for up in tok.ancestors)


def into_the_air(act: Token) -> bool:
    """Whether fire is told as aimed at no one: "used live bullets into the air", "fired
    warning shots" (the words hang on the verb the weapon is the object of)."""
    verb = act if act.pos_ == "VERB" else act.head
    return any(t.lemma_.lower() in crowd_words("aimless") for t in verb.subtree)


def symbolic(act: Token) -> bool:
    """Whether an act is done to a symbol rather than to property: "burnt an effigy of the
    minister", "burnt the party's flag" (ACLED counts that protest peaceful)."""
    done_to = [c for c in act.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    if act.dep_ in ("amod", "acl"):
        done_to.append(act.head)  # "the burnt effigy"
    return bool(done_to) and all(c.lemma_.lower() in crowd_words("symbols") for c in done_to)


def a_cause(act: Token) -> bool:
    """Whether an act is told as what a protest answers, in a clause or phrase of cause or
    time before it: "protested after their stalls were torched", "following the looting",
    "in response to the arrest"."""
    if any(c.dep_ == "prep" and any(g.dep_ == "pobj" and _protest_word(g) for g in c.children) for c in act.children):
        return False  # "after they burned the dormitory in protest": done in protest, its deed
    tok = act
    for _ in range(4):
        if (tok.dep_ == "advcl" or tok is act) and any(c.dep_ in ("mark", "advmod") and c.lower_ in crowd_words("cause_marks")
                                       for c in tok.children):
            return True
        if tok.dep_ in ("pobj", "pcomp") and tok.head.lower_ in crowd_words("cause_marks"):
            return True
        if tok.dep_ == "pobj" and tok.head.head.lemma_.lower() in crowd_words("cause_nouns"):
            return True  # "marched in reaction to the detention of two of their leaders"
        if tok.head is tok:
            return False
        tok = tok.head
    return False


def called_violent(protest: Token) -> bool:
    """Whether the words about a protest call it violent: "violent protests", "demonstrated
    violently", "the protest turned violent" (the adjective hangs on the verb of which the
    protest is the subject)."""
    words = [c for c in (*protest.children, protest.head) if c.dep_ in ("amod", "advmod", "acomp")]
    if protest.dep_ in ("nsubj", "nsubjpass"):
        # "the marchers were not violent", "whether the crowd was violent is unknown": not told so
        if any(c.dep_ == "neg" for up in (protest.head, *list(protest.head.ancestors)[:2]) for c in up.children):
            return False
        words += [c for c in protest.head.children if c.dep_ in ("acomp", "oprd", "attr")]
    return any(c.lower_ in crowd_words("violent") for c in words) or _turned_violent(protest)


def _turned_violent(protest: Token) -> bool:
    """Whether the protest's sentence goes on to say things turned violent ("as the farmers'
    protest turned violent", "when protests over the tally turned chaotic"), however the
    parse hangs the verb (it may give "turned" another subject)."""
    return any(t.lemma_.lower() in crowd_words("turning") and any(
        c.dep_ in ("acomp", "oprd") and c.lower_ in crowd_words("violent") for c in t.children)
        for t in protest.doc[protest.i + 1:protest.sent.end])


def called_violent_people(people: Token | None) -> bool:
    """Whether the people who demonstrate are called violent: "rowdy youths disrupted the rally"."""
    return people is not None and any(c.dep_ == "amod" and c.lower_ in crowd_words("violent") for c in people.children)


def violent_crowd_stopped(verb: Token) -> bool:
    """Whether those a dispersal acts on are called violent: "to disperse violent residents",
    "dispersed a rowdy crowd". The crowd's own violence wins over the state's stopping it."""
    return any(any(a.dep_ == "amod" and a.lower_ in crowd_words("violent") for a in w.children)
               for c in verb.children if c.dep_ in ("dobj", "obj") for w in _with_of(c))


def _with_of(noun: Token) -> list[Token]:
    """A noun and the nouns of its "of" phrase: "a group of rowdy operators"."""
    return [noun, *(g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj")]


def dispersed_people(verb: Token) -> bool:
    """Whether a dispersal is done to people ("dispersed hundreds of dock workers", "to
    disperse the crowd"): people the state breaks up were gathered, a demonstration it
    intervened in even when no protest word names it."""
    people = crowd_words("nouns") | crowd_words("collectives")
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "obj")):
        words = _with_of(obj)
        if any(w.lower_ in crowd_words("gangs") for w in words):
            return False  # "dispersed the gang": a band, not a gathering
        if any(w.lower_ in people for w in words):
            return True
    return False


def demonstrating(words: Span) -> bool:
    """Whether riot words name what demonstrators do rather than what a mob does to someone:
    "riots", "rioters", barricades, bonfires, burning tyres, a rampage."""
    return any(w.lemma_.lower() in crowd_words("demonstration_riots") or w.lower_ in crowd_words("demonstration_riots")
               for w in words)


def blocking(word: Token) -> bool:
    lemma = word.lemma_.lower()
    return lemma in BLOCKING or (lemma in BLOCKING_VERBS and word.pos_ == "VERB")


def blocked_with_material(word: Token) -> bool:
    """Whether a road block is told as made of things (barricades, stones, logs, burning tyres):
    "blocked the road with boulders", "used logs to block the highway", "dug a trench
    across the road, blocking motorists". ACLED counts such a block violent; people who
    block a road by standing or sitting on it demonstrate peacefully."""
    verb = word if word.pos_ == "VERB" or word.head is word else word.head
    scope = list(verb.subtree)
    if verb.dep_ in ("xcomp", "advcl", "conj", "acl") and verb.head is not verb:
        scope += list(verb.head.subtree)  # "used boulders to block", "dug a trench, blocking"
    return any(t.lower_ in crowd_words("blocking_material") or t.lemma_.lower() in crowd_words("blocking_material")
               for t in scope)


def entered_to_press(act: Token) -> bool:
    """Whether people are told entering a place to press a demand or protest ("stormed the
    county offices demanding their pay", "invaded the court to protest the ruling"): ACLED's
    demonstration, not an attack, when no one is hurt by it (other acts of harm are told apart)."""
    if act.lemma_.lower() not in crowd_words("entering"):
        return False
    # (not "stormed the house demanding a ransom": a band's raid)
    return any(c.dep_ in ("advcl", "xcomp", "conj") and c.lemma_.lower() in crowd_words("pressing_words")
               and not any(o.dep_ in ("dobj", "obj") and o.lemma_.lower() in crowd_words("demands_not") for o in c.children)
               for c in act.children)


def demanding(sent: Span) -> bool:
    """Whether a sentence says people demanded something of those in power, which makes
    their violence a demonstration's; not a ransom or a bribe demanded."""
    lemmas = {t.lemma_.lower() for t in sent}
    return not lemmas.isdisjoint(crowd_words("demands")) and lemmas.isdisjoint(crowd_words("demands_not"))


# Kinds of acts that fight, hurt or use a weapon (any explosive's "blast" too): an armed
# side's or a bomb's act when told as the event's own.
HARM_OR_WEAPON = FIGHT_KINDS | {"blast"}


def answers_harm(doc: Doc, triggers: list[Trigger]) -> bool:
    """Whether a demonstration is told and every act of harm or weapon told with it is what it
    answers: "riots after a cleric was killed by gunmen", "marched over a spate of grenade
    attacks", "colleagues of a man beheaded by militants protested". The armed side and the
    weapon are then the cause's, not the demonstration's."""
    harms = [t for t in triggers if t.kind in HARM_OR_WEAPON]
    # A cause is the demonstration's only in a sentence that tells it: in a whole report,
    # "tears were shed over the bombings" says nothing of what a protest answers.
    protesting = {doc[t.start].sent.start for t in triggers if t.kind in ("protest", "riot")}
    return bool(protesting) and bool(harms) and all(
        answered(doc[t.start:t.end].root, doc[t.start].sent.start in protesting) for t in harms)


def answered(act: Token, with_protest: bool = True) -> bool:
    """An act told as one before the demonstration or, in a sentence that tells it, as its
    cause or demand or in a clause that describes its victim with its own doer ("a man
    beheaded by militants")."""
    described = act.dep_ in ("acl", "relcl") and any(c.dep_ == "agent" for c in act.children) \
        and not _protest_word(act.head)
    return earlier(act) or with_protest and (described or demanded(act) or a_cause(act))


def broke_in(sent: Span) -> bool:
    """Whether a sentence tells a crowd breaking into a place ("the protesters tried to break
    into the police station", "they were breaking into shops"): a demonstration's violence,
    whatever else the state did."""
    for verb in (t for t in sent if t.lemma_.lower() in crowd_words("breaking_in")):
        into = [c for c in verb.children if c.lower_ == "into" and c.dep_ in ("prep", "prt")]
        # "broke into song", "burst into tears": a state of feeling, not a place entered
        if not any(o.lemma_.lower() not in crowd_words("not_broken_into") for p in into for o in p.children
                   if o.dep_ == "pobj") and not any(p.dep_ == "prt" for p in into):
            continue
        told = verb.head if verb.dep_ == "xcomp" else verb  # "tried to break into": the subject of "tried"
        doers = [c for c in told.children if c.dep_ == "nsubj"]
        if any(side_of(d) == "crowd" or d.lower_ in ("they", "them") or _protest_word(d) for d in doers):
            return True
    return False


def mediators(who: Token | None) -> bool:
    """Whether those who step in are elders or notables who calm a crowd ("local notables
    and a traditional leader intervened"), not the state that stops it."""
    return who is not None and any(t.lemma_.lower() in crowd_words("mediators") for t in (who, *who.conjuncts))
