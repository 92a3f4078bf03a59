"""Stage 5, arguments: fill one frame per mention sentence.

A frame holds what one sentence says about an act: its triggers, attacker and
target, casualty counts, time expression, place mentions, claims and who reported
it. Offsets are in the parsed (clean) text. The sides come from the actor words the
data knows (:mod:`eventwire.actors`), the organisations the report names that it does
not (:mod:`eventwire.organisations`), and countries acting ("Russian shelling").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache

from spacy.tokens import Doc, Span, Token

from eventwire import actors, casualties, roles
from eventwire.countries import away_from_scene, countries_in
from eventwire.country_sides import backer
from eventwire.act_places import aside_span, places_of, told_in_passing
from eventwire.act_time import act_time
from eventwire.actors import ActorMention
from eventwire.attribution import Claim, claims_in
from eventwire.roles import in_reference_clause, span_of
from eventwire.casualties import Casualty
from eventwire.dates import TimeExpr
from eventwire.mentions import Mention, Trigger
from eventwire.parse import span_text, text_of
from eventwire.places import PlaceMention
from eventwire.resources import alternation, load, word_set

NOT_AN_ACT = {"threaten", "warn", "plan", "vow", "prevent", "foil", "thwart", "fear", "avert", "urge",
              "condemn", "deny", "prepare", "intend", "seek", "call", "avoid", "stop", "recruit", "train",
              "ban", "prohibit", "outlaw", "forbid"}
SAID_ACTS = {"threaten", "warn", "foil", "thwart", "recruit"}
"""Verbs of NOT_AN_ACT that are an act of their own when they are the trigger (a threat, an attack
foiled, fighters recruited: "recruiting youths to fight" tells the recruitment, not a fight)."""
MODALS = {"will", "would", "could", "might", "may", "should", "can"}
# Kinds of act that are gatherings: told in the plural and by their people, not only as deeds.
GATHERING_KINDS = {"protest"}


@dataclass
class Frame:
    """What one sentence says about one act."""

    start: int
    end: int
    triggers: list[Trigger]
    kinds: list[str]
    attacker: ActorMention | None = None
    target: ActorMention | None = None
    casualties: list[Casualty] = field(default_factory=list)
    time: TimeExpr | None = None
    places: list[PlaceMention] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    reported_by: tuple[str, int, int] | None = None
    country_hints: list[str] = field(default_factory=list)
    aside_countries: list[str] = field(default_factory=list)  # countries named only for another act told in passing
    specific: bool = True  # a particular act, not a trend, plan or generalisation
    condemned: bool = False  # told as what someone condemns: "condemned the murder of the mayor"
    others: list[ActorMention] = field(default_factory=list)  # sides named without a clear role
    mutual: bool = False  # "clashes between X and Y", "X clashed with Y": neither side said to start it
    recalled: bool = False  # an earlier act the report recalls: "a similar attack", "the previous bombing"
    long_past: bool = False  # an act named as weeks or years past, whatever date its sentence gives (:func:`_long_past`)
    another: bool = False  # told as another act than the one before: "In another incident", "another bomb"
    also: bool = False  # its act's verb says "also": more done, here or elsewhere ("gunmen also burned trucks in Gao")
    fresh: bool = False  # told by a verb whose doers or victims are new to the report: "a bomb exploded", "rebels burned"
    named_again: bool = False  # its act named as one known: "the attack in Kaduna", "Monday's bombing"
    trigger_span: tuple[int, int] = (0, 0)

    def killed(self) -> list[Casualty]:
        return [c for c in self.casualties if c.what == "killed"]

    def injured(self) -> list[Casualty]:
        return [c for c in self.casualties if c.what == "injured"]


@cache
def _kind_rank() -> dict[str, int]:
    return {k: v["rank"] for k, v in load("kinds").items()}


@cache
def _crowds() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in load("actors")["crowds"].items()}


def crowd_acting(text: str, mention: ActorMention | None, kinds: list[str], hurt: bool) -> ActorMention | None:
    """ "Residents beat a man", "students burnt their dormitory": many people named by who
    they are, acting without weapons, are a crowd, not civilians nor an armed group; when
    they wreck or burn property and no one is hurt, the crowd is a riot's. "Unknown people",
    people who fire guns or throw bombs, and sides of a clash stay who they were."""
    if mention is None or mention.named or mention.kind != "civilians":
        return mention
    crowds = _crowds()
    acts = set(kinds)
    if mention.text.lower().split()[-1] not in crowds["words"] or not acts & crowds["acts"] or acts & crowds["not_with"]:
        return mention
    before = re.findall(r"[\w-]+", text[max(0, mention.start - 25):mention.start].lower())
    if before and before[-1] in crowds["unknown"]:
        return mention
    if acts & crowds["property"] and not hurt:
        return replace(mention, name="Rioters ({country})", kind="rioters", crowd=True)
    return replace(mention, crowd=True)


@cache
def _infighting() -> re.Pattern[str]:
    data = load("actors")["infighting"]
    words = "|".join(re.escape(w) for w in data["words"])
    rivals = "|".join(re.escape(w) for w in data["rivals"])
    units = "|".join(re.escape(w) for w in data["units"])
    return re.compile(rf"\b(?:{words})\b|\b(?:{rivals})\s+(?:[\w-]+\s+){{0,3}}?(?:{units})\b", re.I)


def party_infighting(sent_text: str, offset: int, attacker: ActorMention | None,
                     sent_actors: list[ActorMention]) -> ActorMention | None:
    """ "a party organiser died when a rival group of the same party set upon him", "a factional
    clash within the party": a fight inside the one party the sentence names is the
    party's own; its words become the attacker under the party's name."""
    if attacker is not None and attacker.named:
        return attacker
    parties = {a.name: a for a in sent_actors if a.named and a.kind == "political militia"}
    if len(parties) != 1 or any(a.named and a.armed and a.kind != "political militia" for a in sent_actors):
        return attacker
    hit = _infighting().search(sent_text)
    if hit is None:
        return attacker
    party = next(iter(parties.values()))
    return ActorMention(hit.start() + offset, hit.end() + offset, hit.group(0), party.name, party.kind, True)


def _in_relative_clause(token: Token) -> bool:
    return any(t.dep_ == "relcl" for t in (token, *token.ancestors))


def _told(doc: Doc, acts: list[Trigger], primary: Trigger) -> Trigger:
    """The act a sentence tells, for dating it: not one a relative clause recalls ("troops
    killed a militant who attacked a post in March", "whose members had been abducted a
    week ago")."""
    if not _in_relative_clause(primary.head(doc)):
        return primary
    return next((t for t in acts if not _in_relative_clause(t.head(doc))), primary)


def _is_specific(doc: Doc, trigger: Trigger) -> bool:
    """False for trends, plans and generalisations: "attacks have risen", "threatened to attack"."""
    head = trigger.head(doc)
    gathering = trigger.kind in GATHERING_KINDS
    if head.tag_ == "NNS" or (head.pos_ == "PROPN" and head.lower_.endswith("s")):
        # "Two attacks", "twin blasts" are acts; "Protests broke out", "clashes between X and Y"
        # report one; "the attacks" looks back, "attacks have risen" is a trend.
        counted = any(c.like_num or c.lower_ in ("both", "twin", "multiple", "several", "series") for c in head.lefts)
        # "a demonstrations" is a slip, not a look back
        looks_back = any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ not in ("a", "an") for c in head.lefts)
        trend = _a_trend(head)
        if gathering:
            # "The demonstrations turned violent", "their protests" are the ones told; a trend is
            # one only where it is what the protests do or are ("protests have grown", "recent
            # protests"), not what they were about ("protests over rising prices").
            looks_back = False
            told = [c for c in head.children if c.dep_ == "amod"] + ([head.head] if head.dep_ == "nsubj" else []) \
                + ([head.head.head] if head.dep_ == "pobj" and head.head.lower_ == "of" else [])  # "a wave of protests"
            trend = any(t.lemma_.lower() in word_set("gathering_trend") for t in told)
        if not counted and (looks_back or trend) and not _people(head, gathering):
            return False
    if _people(head, gathering) and head.dep_ == "nsubj":
        # "Protesters called for the board's removal": the people are there, whatever they ask.
        return not any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in MODALS for c in head.head.children)
    return not _unreal(head, stoppable=gathering)


def _a_trend(head: Token) -> bool:
    """Whether words of a trend bear on a plural act noun: what it hangs from ("attacks have
    risen", "a surge in attacks"), its own words ("frequent attacks") or its verb's ("attacks
    have become frequent", "attacks have risen this year"). A trend in what an act is about
    is not its own: "protests over rising prices", "riots broke out in a new wave of violence"."""
    ancestors = list(head.ancestors)
    near = [*ancestors, *head.children, *(c for a in ancestors for c in a.children)]
    return any(t.lemma_.lower() in word_set("trend") for t in near)


@cache
def _another_opening() -> re.Pattern[str]:
    words = alternation(word_set("another_act_openings"))
    return re.compile(rf"^\W*(?:{words})\b", re.I)


def _another(doc: Doc, sent: Span, acts: list[Trigger]) -> bool:
    """A sentence that tells of an act other than the one before it: it opens with "In
    another incident", "Meanwhile", "Elsewhere", or names its act "another attack"."""
    if _another_opening().search(span_text(sent)):
        return True
    return any(c.dep_ == "det" and c.lower_ == "another" for t in acts for c in t.head(doc).children)


def _recalled(doc: Doc, trigger: Trigger) -> bool:
    """An act named as an earlier one: "a similar attack", "the previous bombing", "past
    raids", or done by one: "a similar attack killed four". Who an act was done to is no
    act: "a former militia member was killed" tells what the victim had been."""
    head = trigger.head(doc)
    named = [head, *(c for c in head.children if c.dep_ == "nsubj")]
    return any(c.dep_ in ("amod", "advmod") and c.lower_ in word_set("recalled_marks")
               for t in named for c in t.children)


_LONG_UNITS = {"week", "month", "year", "decade"}


def _long_past(head: Token) -> bool:
    """An act named as weeks or years past: "last year's bombing", "three years after the
    massacre" (not "hours after the attack", the act told)."""
    if any(c.dep_ == "poss" and c.lemma_.lower() in _LONG_UNITS
           and any(g.lower_ in word_set("recalled_marks") for g in c.children) for c in head.children):
        return True
    prep = head.head if head.dep_ == "pobj" else None
    return prep is not None and prep.lower_ in ("after", "since") and any(
        c.dep_ == "npadvmod" and c.lemma_.lower() in _LONG_UNITS and c.tag_ == "NNS" for c in prep.children)


def _people(head: Token, gathering: bool) -> bool:
    """A gathering's trigger that names its people: "protesters", "demonstrators"."""
    return gathering and head.lemma_.lower() in word_set("gathering_people")


def _unreal(head: Token, called: bool = True, stoppable: bool = False) -> bool:
    """An act planned, feared, stopped or denied rather than done: "threatened to attack";
    with ``called`` False, a strike or protest someone called is not counted as unreal; with
    ``stoppable``, one stopped once under way is ("police stopped the march")."""
    clause = False  # whether the act sits in a clause the verb above governs
    below: Token | None = None  # the word on the path just under ``tok``
    for tok in (head, *head.ancestors):
        if below is not None and _apart(below, tok):
            break  # "kidnapped by an armed group; the motive may have been political"
        if tok.i == head.i and tok.lemma_ in SAID_ACTS:
            continue  # a threat is the act itself: "gunmen threatened the villagers"
        if stoppable and tok.lemma_ in word_set("stopping_verbs"):
            break
        threat = tok.pos_ == "NOUN" and tok.lemma_ in word_set("threat_nouns")  # "under threat of an attack"
        if (tok.lemma_ in NOT_AN_ACT or threat) and not (clause and tok.lemma_ in word_set("presupposing_verbs")
                                             and _definite_act(head)) and not _beside(below, tok):
            return called or tok.lemma_ not in word_set("calling_verbs")
        if any(c.dep_ == "neg" for c in tok.children) and (tok.i == head.i or below is not None and below.dep_ == "xcomp"
                                                          and tok.lemma_ not in word_set("negation_affirms")):
            return True  # "did not attack", "did not want to attack" (not "did not hesitate to attack")
        an_end = tok.lemma_ == "end" and tok.pos_ == "NOUN" \
            or any(c.dep_ == "dobj" and c.lemma_ == "end" and c.pos_ == "NOUN" for c in tok.children)
        if not stoppable and below is not None and below.dep_ == "prep" and below.lower_ == "to" and an_end:
            return True  # "signed a truce to put an end to the raids": the acts it is to end
        if any(c.lower_ in MODALS and c.dep_ == "aux" for c in tok.children) \
                and not (tok.lemma_ == "be" and below is not None and below.dep_ == "conj" and below.tag_ == "VBD"):
            return True  # not "could be rebels, seized an ox": a guess at who they were, the act done
        if tok.dep_ in ("ROOT",) or _states_a_fact(tok):
            break
        clause |= tok.dep_ == "ccomp"
        below = tok
    return False


def _apart(below: Token, tok: Token) -> bool:
    """Whether a semicolon parts a clause from the word the parser hangs it on: what follows
    it ("...; the motive may have been political", "...; may include civilians") says
    nothing of whether the act before it happened."""
    lo, hi = sorted((below.i, tok.i))
    return any(t.text == ";" and t.head.i in (below.i, tok.i) for t in tok.doc[lo + 1:hi])


def _beside(below: Token | None, verb: Token) -> bool:
    """An act told beside a verb of planning or stopping, not under it: its subject ("a mob
    attack stopped the wedding") or a verb joined to it ("thwarted an attack and killed a
    fighter", "is feared dead and others were hurt after the two sides clashed")."""
    return below is not None and verb.pos_ in ("VERB", "AUX") and below.dep_ in ("nsubj", "conj")


def _definite_act(head: Token) -> bool:
    """An act named by a noun the report points at as known: "the murder of the judge",
    "Monday's bombing", "the brutal and cowardly murder" (its words read as two nouns).
    Denying what a clause says of it does not undo it."""
    owners = [head, head.head] if head.dep_ == "conj" else [head]
    return head.pos_ == "NOUN" and any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those"))
        for owner in owners for c in owner.children)


def _condemned(head: Token) -> bool:
    """An act someone condemns, named as known: "the government condemned the murder of
    the mayor". It happened; the sentence is a statement about it, the report's first
    account of it when no sentence before tells it (:func:`eventwire.assemble.assemble`)."""
    if not _definite_act(head):
        return False
    for tok in head.ancestors:
        if tok.lemma_ in NOT_AN_ACT:
            return tok.lemma_ in word_set("condemning_verbs")
        if tok.dep_ == "ROOT":
            break
    return False


def _states_a_fact(tok: Token) -> bool:
    """A clause or phrase that asserts its act whatever the verb above it says: "prevented
    from entering while members staged a protest", "feared dead following a clash", "the
    man who fired the shot was not found"."""
    if tok.dep_ == "prep":
        return tok.lower_ in word_set("act_adjunct_preps")
    if tok.dep_ == "relcl":
        return True  # "the man who set off the bomb was never named": the bomb went off
    return tok.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in word_set("factual_marks")
                                       for c in tok.children)  # the parser hangs "when" as either




def _reporter(doc: Doc, sent: Span) -> tuple[str, int, int] | None:
    """Who the sentence says reported it: "a police officer in the city told the agency"."""
    for tok in sent:
        if tok.lemma_ in ("tell", "say", "confirm") and tok.pos_ == "VERB":
            subj = [c for c in tok.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
            if subj:
                sub = list(subj[0].subtree)
                return text_of(doc)[sub[0].idx:sub[-1].idx + len(sub[-1])], sub[0].idx, sub[-1].idx + len(sub[-1])
        if tok.lower_ == "according" and tok.nbor(1).lower_ == "to" and tok.i + 2 < sent.end:
            sub = list(tok.nbor(1).subtree)[1:]
            if sub:
                return text_of(doc)[sub[0].idx:sub[-1].idx + len(sub[-1])], sub[0].idx, sub[-1].idx + len(sub[-1])
    return None


def fill(doc: Doc, mention: Mention, times: list[TimeExpr], spotted: list[tuple[int, int]]) -> Frame:
    """One frame from one mention sentence."""
    sent = mention.sent
    ranks = _kind_rank()
    triggers = [t for t in mention.triggers if not in_reference_clause(t.head(doc))] or mention.triggers
    # "laid down arms to stop the fighting": the act done, not the one stopped or planned;
    # a strike someone was arrested for calling still says what the event was about.
    acts = [t for t in triggers if not _unreal(t.head(doc), called=False)] or triggers
    # the act the sentence reports, not one it answers ("strikes in response to an attack")
    heads = [t.head(doc) for t in acts]
    own = [t for t in acts if not told_in_passing(t.head(doc), heads)] or acts
    primary = max(own, key=lambda t: (ranks.get(t.kind, 0), -t.start))
    trigger_heads = {t.head(doc).i for t in triggers}
    every_head = {t.head(doc).i for t in mention.triggers}  # with the acts told in passing
    primary_head = primary.head(doc)
    found_casualties = casualties.find(sent)
    victims = {t.i for c in found_casualties for v in c.victims for v in (v, *v.conjuncts) for t in roles.phrase(v)}
    offset = sent.start_char
    sent_actors = roles.sentence_actors(doc, sent)
    countries = [(s + offset, e + offset, iso) for s, e, iso in countries_in(span_text(sent))]
    claims = claims_in(doc, sent, sent_actors)
    said = _reporter(doc, sent)
    sides = roles.sides_of_act(doc, sent, sent_actors, triggers, primary, victims, claims, said)
    frame = Frame(
        start=sent.start_char, end=sent.end_char, triggers=acts,
        kinds=[t.kind for t in acts],
        attacker=sides.attacker, target=sides.target, others=sides.others,
        casualties=found_casualties, time=act_time(doc, sent, times, _told(doc, acts, primary).head(doc), trigger_heads),
        places=places_of(doc, sent, spotted, sent_actors, countries, triggers, primary_head, every_head),
        reported_by=said,
        country_hints=[iso for s, e, iso in countries if not away_from_scene(text_of(doc), s, e)
                       and not aside_span(doc, s, e, primary_head, every_head)] + [
            iso for a in sent_actors if a.named and (iso := actors.home_country(a.name))],
        aside_countries=[iso for s, e, iso in countries if aside_span(doc, s, e, primary_head, every_head)],
        specific=any(_is_specific(doc, t) for t in acts),
        condemned=any(_condemned(t.head(doc)) for t in acts),
        recalled=all(_recalled(doc, t) for t in acts),
        long_past=all(_long_past(t.head(doc)) for t in acts),
        another=_another(doc, sent, acts),
        also=any(c.dep_ == "advmod" and c.lower_ in word_set("addition_adverbs") for t in acts for c in t.head(doc).children),
        fresh=_fresh(primary_head),
        named_again=_definite_act(primary_head),
        trigger_span=(doc[primary.start].idx, doc[primary.end - 1].idx + len(doc[primary.end - 1])),
    )
    frame.attacker = crowd_acting(text_of(doc), frame.attacker, frame.kinds, bool(found_casualties))
    frame.attacker = party_infighting(span_text(sent), offset, frame.attacker, sent_actors)
    frame.mutual = roles.mutual(doc, frame.attacker, frame.target)
    frame.claims = claims
    if frame.attacker is None:
        # "Police suspect the NSCN-K of carrying out the ambush": the group the claim names.
        frame.attacker = _claimed_by(claims, frame.target)
    return frame


_POINTING = {"the", "this", "that", "these", "those", "its", "their", "his", "her", "same"}


def _fresh(head: Token) -> bool:
    """Whether an act's verb tells it of doers or victims the words introduce, not point back
    at: "a bomb exploded", "rebels burned a bus", "two policemen were shot", not "the
    attackers fled", "they burned", "the blast destroyed". An act told again is told of
    the same people; a verb with new ones may be another act."""
    if head.pos_ != "VERB" and head.dep_ in ("nsubj", "nsubjpass"):
        head = head.head  # "a bomb exploded": the verb the act's noun is the subject of
    if head.pos_ != "VERB":
        return False
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return False
    subject = subjects[0]
    if subject.pos_ == "PRON" or subject.pos_ == "PROPN":
        return False  # "they", a group named before
    return not any(c.dep_ in ("det", "poss") and c.lower_ in _POINTING for c in subject.children)


def _claimed_by(claims: list[Claim], target: ActorMention | None = None) -> ActorMention | None:
    """The armed side a claim or suspicion names, named or said outright, other than the act's target."""
    return next((c.by for c in claims if c.how in ("claimed", "suspected") and c.by is not None
                 and (c.by.named or c.direct) and c.by.armed and c.by is not target), None)


def statement(doc: Doc, sent: Span) -> Frame | None:
    """A sentence with no act of its own that still adds to one: a toll ("the death toll
    rose to 12") or a claim ("the group claimed responsibility"), and the side it names."""
    found = casualties.find(sent)
    sent_actors = roles.sentence_actors(doc, sent)
    claims = claims_in(doc, sent, sent_actors)
    if not found and not claims:
        return None
    frame = Frame(start=sent.start_char, end=sent.end_char, triggers=[], kinds=[], casualties=found, claims=claims)
    # "the rebels are the suspected perpetrators", "The group claimed responsibility".
    frame.attacker = _claimed_by(claims)
    return frame


_BOTH_SIDES = re.compile(r"\s*(?:,|and|&)\s*")


def demonym_country(doc: Doc, mention: ActorMention) -> str | None:
    """The country a role word's own noun phrase names: "Iraqi soldiers", "Indian Border
    Security Force", "Pakistan's army", "troops of India"."""
    text = text_of(doc)
    window_start = max(0, mention.start - 30)
    hits = [h for h in countries_in(text[window_start:mention.end], forces=True)
            if not backer(text, h[1] + window_start)]
    near = [h for h in hits if h[1] + window_start >= mention.start - 2
            or _LEADS.fullmatch(text, h[1] + window_start, mention.start)]
    if near:
        last = near[-1]
        before = [h for h in hits if h[1] <= last[0] and h[2] != last[2]]
        if before and _BOTH_SIDES.fullmatch(text, before[-1][1] + window_start, last[0] + window_start):
            return None  # "Pakistani and Indian soldiers" name both sides, as "troops of India and Pakistan"
        return last[2]  # "Iraqi soldiers", "Saudi-led coalition jets"
    span = span_of(doc, mention.start, mention.end)
    if span is None:
        return None
    left = [t for t in span.root.subtree if t.i < span.start]
    if left and left[-1].i == span.start - 1:
        hits = [h for h in countries_in(text[left[0].idx:mention.start], forces=True)
                if not backer(text, h[1] + left[0].idx)]
        if hits:
            return hits[-1][2]
    after = _OF_COUNTRY.match(text_of(doc), mention.end)
    if after and not after.group(2):  # "troops of India and Pakistan" name both sides
        hits = countries_in(after.group(1), forces=True)
        if hits and hits[0][0] == 0:
            return hits[0][2]
    return None


_LEADS = re.compile(r"\s*-\s*led\s+(?:[\w-]+\s+){0,2}", re.I)
_OF_COUNTRY = re.compile(r"\s+of\s+(?:the\s+)?([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)(\s+and\s+[A-Z])?")
