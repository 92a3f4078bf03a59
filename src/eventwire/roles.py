"""Stage 5, arguments: the actor mentions of a sentence and the role each plays in its act.

The words for sides come from the data's names and role words (:mod:`eventwire.actors`)
and the organisations the report names that the data lacks
(:mod:`eventwire.organisations`), found once per document; runs of words for one side
are joined ("Islamic State (ISIS) militants"). A mention's role in an act -- attacker,
target or neither -- is read from the parse: the subject or agent of the act, its object
or victims, a side met "in a clash with X"; a country acting is its armed forces
("Russian shelling", "shelling by Pakistan"), but one backing another side is not
("Iranian-backed militias").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from eventwire import actors, organisations
from eventwire.actors import ActorMention
from eventwire.attribution import Claim
from eventwire.riot_types import CROWD_KINDS
from eventwire.countries import acled_country_name, countries_in
from eventwire.country_sides import backer, led, origin, weapon_word
from eventwire.crowd_people import crowd_words
from eventwire.former_fighters import no_longer_armed
from eventwire.mentions import Trigger
from eventwire.parse import span_of, span_text, text_of
from eventwire.resources import word_set

SUPPORT_VERBS = {"launch", "carry", "conduct", "mount", "stage", "claim", "execute", "perpetrate",
                 "unleash", "open", "fire", "plant", "detonate", "hurl", "throw", "lob", "use"}
TARGET_PREPS = {"on", "against", "at", "targeting", "upon", "with"}
LOCATIVE_PREPS = {"in", "near", "under", "inside", "outside", "within", "around", "from", "behind", "beside",
                  "across", "along", "opposite", "past", "into"}


def _stronger(a: ActorMention, b: ActorMention) -> ActorMention:
    """Of two words for one side, the one that says more: a named group, else an armed role;
    but a crowd stays a crowd when only the report names its group ("protesters of the
    Madhesi Front")."""
    for crowd, group in ((a, b), (b, a)):
        if crowd.kind in CROWD_KINDS and not group.listed:
            return crowd
    if a.named != b.named:
        return a if a.named else b
    if a.armed != b.armed:
        return a if a.armed else b
    return a


def _merge_runs(mentions: list[ActorMention], text: str, offset: int) -> list[ActorMention]:
    """Join "Islamic State (ISIS) militants" into one mention, keeping the named group."""
    merged: list[ActorMention] = []
    for m in mentions:
        if merged:
            prev = merged[-1]
            gap = text[prev.end - offset:m.start - offset]
            joined = re.fullmatch(r"[\s()'s\u2019,]*|\s+\d+(?:st|nd|rd|th)?\s+", gap) and "," not in gap
            member_of = re.fullmatch(r"\s+(?:of|from|belonging\s+to)\s+(?:the\s+)?(?:[\w-]+\s+)?", gap) and (
                m.named or (m.armed and not prev.armed))
            if member_of and prev.named and not prev.listed and m.named and m.listed:
                # "the so-called Nelson Mandela cell of the ELN": a unit of a group the data knows
                merged[-1] = replace(m, start=prev.start, text=text[prev.start - offset:m.end - offset])
                continue
            if joined and prev.home and m.named and not m.home:
                # "Maoist Shining Path guerrillas": a word naming a group only in its own
                # countries describes the group named after it.
                merged[-1] = replace(m, start=prev.start, text=text[prev.start - offset:m.end - offset])
                continue
            if (joined or member_of) and not (prev.named and m.named and prev.name != m.name) and (
                    prev.named or m.named or prev.armed != m.armed or (joined and prev.name == m.name)
                    or (joined and prev.armed and m.armed)):  # "guerrilla commandos", "police commandos"
                keep = _stronger(prev, m)
                merged[-1] = replace(keep, start=prev.start, end=m.end, text=text[prev.start - offset:m.end - offset])
                continue
        merged.append(m)
    return merged


CHAIN_DEPS = {"xcomp", "prep", "pobj", "pcomp", "dobj", "acomp"}


def _governs(verb: Token, trigger_heads: set[int]) -> bool:
    """Whether a verb's complement chain reaches a trigger: "troops resorted to firing",
    "militants began shelling", "gunmen went on a rampage"."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    stack = [c for c in verb.children if c.dep_ in CHAIN_DEPS]
    while stack:
        tok = stack.pop()
        if tok.i in trigger_heads:
            return True
        stack.extend(c for c in tok.children if c.dep_ in CHAIN_DEPS)
    return False


def _acts_undergone(verb: Token, trigger_heads: set[int]) -> set[int]:
    """The acts an experiencer verb leads to, not its own object: in "sustained bullet
    wounds in a clash" the act is the clash, the wounds are what was suffered."""
    suffered = {t.i for c in verb.children if c.dep_ in ("dobj", "obj")
                for t in (c, *c.children) if t is c or t.dep_ in ("compound", "amod", "nmod")}
    return {i for i in trigger_heads if i not in suffered}


def _passive_subject(head: Token, trigger_heads: set[int]) -> bool:
    """Whether a noun is what an act with a "by" agent was done to, the passive told without
    "was" as headlines and notes tell it: "Man shot at by unknown persons", "suspected
    raiders targeted by police"."""
    def by_agent(verb: Token) -> bool:
        return verb.i in trigger_heads and any(c.dep_ == "agent" for c in verb.children)
    return any(c.dep_ == "acl" and by_agent(c) for c in head.children) or head.dep_ == "nsubj" and by_agent(head.head)


def _named_by_act(span: Span, trigger_heads: set[int]) -> bool:
    """Whether an act's word before a side's words hangs on them as a noun: "gunmen attack
    police officers", a headline parsed as "attack" naming the officers; not "riot police",
    where the word is the side's own."""
    return any(c.dep_ == "compound" and c.i in trigger_heads and c.i < span.start for c in span.root.children)


def _role(head: Token, trigger_heads: set[int], victims: set[int], fights: frozenset[int] = frozenset()) -> str:
    """ "attacker", "target", "elsewhere" (the agent of another verb) or "" for the head
    token of an actor mention."""
    if head.i in victims or _passive_subject(head, trigger_heads):
        return "target"
    while head.dep_ == "pobj" and head.head.lower_ in ("of", "from") and head.head.head.pos_ in ("NOUN", "PROPN") \
            and head.head.head.i not in trigger_heads:
        head = head.head.head  # "kidnapped by a cell of the ELN": the side is what the group's people do
        if head.i in victims:
            return "target"
    if head.dep_ in ("compound", "amod", "nmod") and head.head.dep_ in ("pobj", "conj", "nsubjpass", "dobj") \
            and head.head.i not in trigger_heads and not any(c.dep_ == "cc" for c in head.children):
        head = head.head  # "between BNP activists and police", "a civilian hawker was shot": the whole phrase
        if head.i in victims:
            return "target"
    if head.dep_ == "compound" and head.head.dep_ == "nsubj" and head.head.lemma_.lower() in word_set("force_ranks"):
        head = head.head  # "a police sergeant shot ...": the force's man is the subject
    if head.dep_ == "pobj" and head.head.lower_ == "by":
        # "a blockade enforced by the alliance": who called a strike, no side of the act in it;
        # "charges raised by the command": the agent of a word that leads to no act;
        # "the body was found by herders": those who came upon it.
        verb = head.head.head
        if verb.lemma_ in word_set("calling_verbs") or verb.lemma_ in word_set("finding_verbs"):
            return "elsewhere"
        leads = (verb.i in trigger_heads or verb.head.i in trigger_heads or _governs(verb, trigger_heads)
                 or any(c.i in trigger_heads for c in verb.children))  # "the attack was carried out by X"
        return "attacker" if leads else "elsewhere"
    if head.dep_ == "pobj" and head.head.lower_ == "between":
        return "attacker"
    if head.dep_ == "conj" and head.head.dep_ == "pobj" and head.head.head.lower_ == "between":
        return "target"
    gov = head.head
    if head.dep_ in ("compound", "poss", "amod", "nmod") and gov.i in trigger_heads:
        return "attacker"
    if head.dep_ == "nsubj" and gov.lemma_ in word_set("experiencer_verbs") and _governs(gov, trigger_heads) \
            and (any(t.lower_ == "by" for t in gov.subtree) or not _acts_undergone(gov, trigger_heads) <= fights):
        # "a leader suffered injuries in an attack by gunmen", "a soldier was hurt in a bomb blast";
        # in a fight ("activists sustained injuries in a gunfight with police") both sides act.
        return "target"
    if head.dep_ == "nsubj" and any(c.lower_ == "under" and any(g.i in trigger_heads for g in c.children)
                                    for c in gov.children):
        return "target"  # "a convoy came under attack"
    if head.dep_ == "nsubj" and (gov.lemma_ in word_set("attributing_verbs") and any(c.dep_ in ("dobj", "ccomp") for c in gov.children)
                                 or gov.lemma_ in word_set("claiming_verbs") and any(c.dep_ == "ccomp" for c in gov.children)):
        return ""  # "police suspect the NSCN-K of carrying out the ambush": who says, not who did
    if head.dep_ == "nsubj" and gov.lemma_ in word_set("finding_verbs"):
        return "elsewhere"  # "herders found the body of a trader": who came upon it, no side of the act
    if head.dep_ in ("nsubj",) and (gov.i in trigger_heads or gov.lemma_ in SUPPORT_VERBS or _governs(gov, trigger_heads)):
        return "attacker"
    if head.dep_ in ("dobj", "obj", "nsubjpass") and gov.i in trigger_heads:
        return "target"
    if head.dep_ == "pobj" and gov.lower_ in TARGET_PREPS:
        anchor = gov.head
        if anchor.i in trigger_heads or anchor.head.i in trigger_heads:
            return "target"
    return ""


def _phrase_span(doc: Doc, mention: ActorMention | None) -> tuple[int, int] | None:
    """The characters of a mention's whole noun phrase, its appositions and lists included."""
    span = span_of(doc, mention.start, mention.end) if mention is not None else None
    if span is None:
        return None
    words = list(span.root.subtree)
    return words[0].idx, words[-1].idx + len(words[-1])


def mutual(doc: Doc, attacker: ActorMention | None, target: ActorMention | None) -> bool:
    """Whether the sentence sets two sides against each other without saying who began:
    "fighting between the KIA and the army", "rebels clashed with troops"."""
    a = span_of(doc, attacker.start, attacker.end) if attacker is not None else None
    t = span_of(doc, target.start, target.end) if target is not None else None
    if a is None or t is None:
        return False
    shared = {x.i for x in a.root.ancestors} & {x.i for x in t.root.ancestors}
    if any(doc[i].lower_ == "between" for i in shared):
        return True
    verb = a.root.head
    return (a.root.dep_ == "nsubj" and verb.lemma_ in word_set("mutual_verbs")
            and t.root.dep_ == "pobj" and t.root.head.lower_ == "with" and t.root.head.head.i == verb.i)


def _opponent(head: Token, victims: set[int]) -> bool:
    """A side met "in a clash with X" while the sentence's victims are someone else."""
    return (head.dep_ == "pobj" and head.head.lower_ == "with" and head.i not in victims
            and bool(victims))


def phrase(noun: Token) -> list[Token]:
    """A victim noun with its modifiers, not its clauses: "three of the attackers"."""
    out = [noun]
    stack = [c for c in noun.children if c.dep_ not in ("relcl", "acl", "advcl", "conj", "cc", "appos")]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack.extend(c for c in tok.children if c.dep_ not in ("relcl", "acl", "advcl", "conj", "cc"))
    return out


def _where(doc: Doc, mention: ActorMention) -> bool:
    """Words that name a place, not a side: "under Ater police station", "near the army camp",
    "shot a trader at a checkpoint" (where the verb has its victim, "at" says where)."""
    span = span_of(doc, mention.start, mention.end)
    if span is None:
        return False
    root = span.root
    while root.dep_ in ("compound", "amod", "nmod") and root.head.i != root.i:
        root = root.head
    prep = root.head
    return root.dep_ == "pobj" and (prep.lower_ in LOCATIVE_PREPS or prep.lower_ == "at" and any(
        c.dep_ == "dobj" for c in prep.head.children) and prep.head.lemma_ not in SUPPORT_VERBS)  # not "hurled a grenade at"


def _operation(doc: Doc, sent_actors: list[ActorMention], victims: set[int], attacker: ActorMention | None,
               target: ActorMention | None) -> tuple[ActorMention | None, ActorMention | None]:
    """ "Three militants were killed in an encounter with police": fighters who die in a
    fight with state forces that lost no one were on the receiving end of it."""
    def is_victim(a: ActorMention) -> bool:
        span = span_of(doc, a.start, a.end)
        return span is not None and any(t.i in victims for t in span)

    fallen = [a for a in sent_actors if is_victim(a) and a.armed and a.kind != "state forces"]
    state = [a for a in sent_actors if a.kind == "state forces" and not is_victim(a) and not _where(doc, a)]
    if not fallen or not state or any(is_victim(a) for a in sent_actors if a.kind == "state forces"):
        return attacker, target
    if attacker is None or attacker in fallen or (attacker.kind == "state forces" and target is None):
        return state[0], fallen[0]
    if target is not None and target.kind == "state forces" and attacker is None:
        return target, fallen[0]
    return attacker, target


OWNED_KINDS = {"airstrike", "shelling", "attack", "shooting"}
"""Acts a country's name or people's adjective before them makes its forces': "Russian shelling"."""


def _state_as_agent(doc: Doc, countries: list[tuple[int, int, str]], sent_actors: list[ActorMention],
                    triggers: list[Trigger], victims: set[int]) -> ActorMention | None:
    """A country acting -- its armed forces: "shelling by Pakistan", "India fired mortars",
    "a US drone strike", "Russian shelling of Kharkiv", "an Israeli strike killed five",
    "Saudi-led coalition jets". A country that backs others ("Iranian-backed militias")
    does not act itself."""
    text = text_of(doc)
    trigger_heads = {t.head(doc).i for t in triggers}
    owned = {i for t in triggers if t.kind in OWNED_KINDS for i in range(t.start, t.end)}
    # the noun a weapon word describes is the act too: "a Russian missile strike"
    owned |= {t.head(doc).head.i for t in triggers if t.kind in OWNED_KINDS and t.head(doc).dep_ == "compound"}
    for s, e, iso in countries:
        if any(a.start <= e + 1 and s <= a.end + 1 and not weapon_word(doc, a, owned) for a in sent_actors) \
                or backer(text, e):
            continue  # "Pakistani troops": the role word already names the side
        if origin(doc, s, trigger_heads | owned):
            continue  # "tribesmen from Uganda", "armed men from Somalia": where the side came from
        span = span_of(doc, s, e)
        if span is None:
            continue
        root = span.root
        owner = led(doc, e) or (root.head if root.dep_ in ("compound", "amod", "nmod", "poss") else None)
        # "Israeli settlers", "Somali traders": a people's nationality, not the state's forces
        owns = owner is not None and owner.pos_ in ("NOUN", "PROPN") and (
            owner.i in owned or _role(owner, trigger_heads, victims) == "attacker"
            and owner.lower_ not in crowd_words("nouns"))
        if owns or (root.pos_ == "PROPN" and _role(root, trigger_heads, victims) == "attacker"):
            name = f"Military Forces of {acled_country_name(iso)}"
            return ActorMention(s, e, text[s:e], name, "state forces", True)
    return None


def _doc_actors(doc: Doc) -> list[ActorMention]:
    """Every actor mention of the document, found once: the data's names and role words,
    and the organisations the report names that the data lacks (which take the place
    of role words inside them: "Army" in "the Popular Liberation Army")."""
    found = doc.user_data.get("eventwire.actors")
    if found is None:
        listed = actors.find(text_of(doc))
        named = organisations.find(doc, listed)
        kept = [a for a in listed if not any(a.start < o.end and o.start < a.end for o in named)]
        found = doc.user_data["eventwire.actors"] = sorted(kept + named, key=lambda a: a.start)
    return found


def named_groups(doc: Doc) -> list[ActorMention]:
    """The armed groups the document names, wherever it names them: what "the guerrillas"
    and "the terror group" point back at."""
    return [a for a in _doc_actors(doc) if a.named and a.armed and a.kind != "state forces"]


def sentence_actors(doc: Doc, sent: Span) -> list[ActorMention]:
    """The actor mentions of one sentence, runs of words for one side joined: "Islamic
    State (ISIS) militants", "members of the Popular Front"."""
    inside = [a for a in _doc_actors(doc) if sent.start_char <= a.start and a.end <= sent.end_char]
    return [no_longer_armed(text_of(doc), a) for a in _merge_runs(inside, text_of(doc), 0)]


def _voices_claim(doc: Doc, mention: ActorMention) -> bool:
    """The subject of "blame", "suspect", "accuse": who voices a suspicion, not a side."""
    span = span_of(doc, mention.start, mention.end)
    return span is not None and span.root.dep_ == "nsubj" and span.root.head.lemma_ in word_set("attributing_verbs")


def conjoined(doc: Doc, a: ActorMention, b: ActorMention) -> bool:
    """Two sides joined by "and": "fighting between the MNDAA and the Myanmar army"."""
    ra, rb = span_of(doc, a.start, a.end), span_of(doc, b.start, b.end)
    return ra is not None and rb is not None and (rb.root in ra.root.conjuncts or ra.root in rb.root.conjuncts)


def _describes(doc: Doc, mention: ActorMention, attacker: ActorMention | None) -> bool:
    """Whether the words of a side hold the attacker's, not joined by "and": "gunmen with links
    to al Shabaab" are the group's men, not a second side."""
    phrase = _phrase_span(doc, mention)
    return attacker is not None and phrase is not None and phrase[0] <= attacker.start and attacker.end <= phrase[1] \
        and not conjoined(doc, mention, attacker)


def tied_to(token: Token, trigger_heads: set[int]) -> bool:
    """The head word of a side named only as what others are tied to: "gunmen with links to
    al Shabaab", "a suspect who had connections with the Mungiki", "men believed to be
    involved with the militia" (data/words.yaml, affiliation_words). A phrase that holds the
    act's word is the act's, however it parsed ("links to MRC attacks police station")."""
    tok = token
    while tok.dep_ in ("compound", "amod", "nmod") and tok.head is not tok:
        tok = tok.head
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("with", "to") or any(t.i in trigger_heads for t in tok.subtree):
        return False
    link = tok.head.head
    return link.lower_ in word_set("affiliation_words") or link.lemma_.lower() in word_set("affiliation_words")


def in_reference_clause(token: Token) -> bool:
    """Inside "hours before the army was targeted": a clause that points at another act."""
    for tok in (token, *token.ancestors):
        marks = [c for c in tok.children if c.lower_ in ("before", "after", "since")]
        if tok.dep_ == "advcl" and marks:
            # "killed after jets bombed their camp" is the same act told by its cause;
            # "hours before ...", "a day after ...", "since ..." point at another one.
            gaps = word_set("time_gaps")
            return any(m.lower_ == "since" or (m.i > 0 and m.doc[m.i - 1].lower_ in gaps) for m in marks)
    return False


@dataclass
class ActSides:
    """The sides one sentence gives its act: who acts, on whom, and others it names."""

    attacker: ActorMention | None
    target: ActorMention | None
    others: list[ActorMention] = field(default_factory=list)  # sides named without a clear role


def _fought_with(doc: Doc, primary: Trigger, attacker: ActorMention | None, target: ActorMention | None,
                 sent_actors: list[ActorMention]) -> ActorMention | None:
    """In a fight told of sides joined by "and", the other side is the one fought, not the
    attacker's own dead: "soldiers and militants exchanged fire, leaving three soldiers dead"."""
    if primary.kind not in ("clash", "shooting") or attacker is None or (target is not None and target.name != attacker.name):
        return target
    other = next((a for a in sent_actors if a.name != attacker.name and conjoined(doc, attacker, a)
                  and not a.kind == attacker.kind == "state forces"), None)  # "police and soldiers": one side
    return other or target


def sides_of_act(doc: Doc, sent: Span, sent_actors: list[ActorMention], triggers: list[Trigger], primary: Trigger,
                 victims: set[int], claims: list[Claim], said: tuple[str, int, int] | None) -> ActSides:
    """The attacker and target of the act a sentence tells (its triggers, the ``primary``
    one first), from the role of each actor mention; ``victims`` are the tokens of the
    people it says were killed or hurt, ``said`` who it says reported the act."""
    trigger_heads = {t.head(doc).i for t in triggers}
    fights = frozenset(t.head(doc).i for t in triggers if t.kind == "clash")
    # "blamed the attack on the Taliban": a group a claim names did it, whatever the words around it.
    named_by_claims = [c.by for c in claims if c.by is not None and c.by.named and c.how in ("claimed", "suspected")]
    attacker = target = None
    unplaced: list[ActorMention] = []
    opponents: list[ActorMention] = []
    tied: list[ActorMention] = []
    for a in sent_actors:
        span = span_of(doc, a.start, a.end)
        if span is not None and in_reference_clause(span.root):
            continue
        role = "" if span is None else "target" if _named_by_act(span, trigger_heads) \
            else _role(span.root, trigger_heads, victims, fights)
        if span is not None and tied_to(span.root, trigger_heads):
            tied.append(a)
            role = "" if role == "target" else role  # "had connections with the group": no side acted upon
        if a in named_by_claims and not (span is not None and _passive_subject(span.root, trigger_heads)):
            role = "attacker"  # not "suspected militants targeted by police": those the act was done to
        if role == "target" and a.armed and _opponent(span.root, victims):
            opponents.append(a)
        elif role == "attacker" and (attacker is None or (a.named and not attacker.named)):
            attacker = a
        elif role == "target" and target is None and not _where(doc, a):
            target = a
        elif not role:
            unplaced.append(a)
    if opponents:
        # "Seven policemen were killed in a gunbattle with Naxals": the side the victims
        # fought is the one that acted on them; with no victim named it is the target.
        if attacker is None and target is not None:
            attacker = opponents[0]
        elif target is None:
            target = opponents[0]
    target = _fought_with(doc, primary, attacker, target, sent_actors)
    target_phrase = _phrase_span(doc, target)
    unplaced = [a for a in unplaced if not _voices_claim(doc, a)]  # "police blamed ...": who says, not who did
    for a in unplaced:
        before = a.end <= doc[primary.start].idx
        if said is not None and said[1] <= a.start < said[2]:
            continue  # "..., police said": who reports the act, no side of it
        if target_phrase is not None and target_phrase[0] <= a.start and a.end <= target_phrase[1]:
            continue  # "three people, including a local party leader": one of the victims
        if attacker is None and before and a.armed and a.kind != "state forces" and a is not target \
                and a.listed and primary.kind != "airstrike":
            # Not a group only the report names, as a victim's ("supporters of the X Front"),
            # nor one before an air strike ("jets pounded LeI hideouts"): armed groups rarely fly.
            attacker = a
        elif target is None and a is not attacker and not before and not _where(doc, a) and a not in tied:
            target = a
    attacker, target = _operation(doc, sent_actors, victims, attacker, target)
    attacker_phrase = _phrase_span(doc, attacker)
    if target is not None and attacker_phrase is not None and attacker_phrase[0] <= target.start \
            and target.end <= attacker_phrase[1] and target.named and attacker is not None and attacker.named \
            and not conjoined(doc, attacker, target):
        target = None  # "Ansar al-Islam, the Bangladesh chapter of al-Qaeda": one side described
    if attacker is None:
        forces = [(s + sent.start_char, e + sent.start_char, iso) for s, e, iso in countries_in(span_text(sent), forces=True)]
        attacker = _state_as_agent(doc, forces, sent_actors, triggers, victims)
        if attacker is not None:  # "a Pakistani military drone": the country and its role word are one side
            unplaced = [a for a in unplaced if not attacker.end <= a.start <= attacker.end + 1]
    if attacker is None and target is not None and target.named and target.armed:
        # "clashes between ISIS and the army" often parses without a clear agent.
        others = [a for a in unplaced if a is not target and a.armed]
        if others:
            attacker = others[0]
    others = [a for a in unplaced if a is not attacker and a is not target and a not in tied
              and not (said and said[1] <= a.start < said[2]) and not _where(doc, a)
              and not (attacker_phrase and attacker_phrase[0] <= a.start and a.end <= attacker_phrase[1])
              and not _describes(doc, a, attacker)]
    return ActSides(attacker, target, others)
