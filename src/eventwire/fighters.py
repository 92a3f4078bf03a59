"""Fighters: who did a crowd's act of harm, read from the words about them. Whether people
who hurt someone are a mob (a gathering, someone it accuses), a band with guns, plain people
of a place, a party's followers, or the crowd's side of a fight with no armed side in it.
Small readers for :mod:`eventwire.crowds`.

Data: ``data/crowds.yaml``.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from eventwire import actors
from eventwire.actors import ActorMention
from eventwire.mentions import Trigger
from eventwire.parse import span_text
from eventwire.crowd_people import crowd_data, crowd_words, passive_participle, people_named, phrase, side_of

# Sides whose violence is their own act, not a crowd's (a party's men are read apart: "party").
ARMED_SIDES = actors.ARMED_KINDS - {"political militia"}


def accused_victim(sent: Span, attacker: ActorMention | None) -> bool:
    """Whether a sentence names someone accused of a crime who is not the doer: "a suspected
    thief was beaten", "five suspected witches burnt to death" (a headline's victim is its
    subject), "a man was killed over witchcraft claims"; not "cattle rustlers attacked"."""
    for t in sent:
        person = t.lower_ in crowd_words("accused_people") or t.lemma_.lower() in crowd_words("accused_people")
        # the crime a harm is done "over" or "for": "killed over witchcraft claims"
        charge = t.lower_ in crowd_words("accused") and any(
            a.dep_ == "prep" and a.lower_ in crowd_words("charge_preps") for a in list(t.ancestors)[:3])
        victim = t.dep_ not in ("nsubj", "agent") or passive_participle(t.head, "kill")
        if (person or charge) and victim \
                and not (attacker is not None and attacker.start <= t.idx < attacker.end) \
                and not any(a.dep_ in ("nsubj", "agent") and not passive_participle(a.head, "kill") or a.lower_ == "by"
                            for a in t.ancestors):
            return True
    return False


def office_holders(sent: Span, fights: list[Trigger]) -> bool:
    """Whether a sentence that tells rioting or fighting (``fights``) has elected office holders
    ("councillors", "MPs", "lawmakers") as its subject or as the riot's own people ("MPs riot"):
    their riot is a brawl at work, not a demonstration."""
    if not fights:
        return False
    heads = {sent.doc[t.start:t.end].root.i for t in fights}
    return any((t.lower_ in crowd_words("office_holders") or t.lemma_.lower() in crowd_words("office_holders"))
               and t.dep_ in ("nsubj", "compound") and t.head.i in heads for t in sent)


def unarmed(attacker: ActorMention | None, sent: Span) -> bool:
    """Whether no armed side or state is named as the doer and no firearm is told: harm to a
    person a mob accuses is then the mob's."""
    return (attacker is None or attacker.crowd or attacker.kind in ("civilians", "rioters", "protesters")
            or attacker.kind == "identity militia" and not attacker.named) \
        and not firearms(span_text(sent)) and not shot(sent)


def firearms(text: str) -> bool:
    words = set(re.findall(r"[a-z0-9-]+", text.lower()))
    return not words.isdisjoint(crowd_words("firearms"))


def clan_words(words: Span) -> bool:
    """Whether words name clans, tribes or armed bands ("ethnic clashes", "clan militias",
    "Pokot tribesmen", "bandits"): organised sides, whose fights are armed clashes."""
    return any(w.lower_ in crowd_words("clan_words") for w in words)


def gun_fight(words: Span) -> bool:
    """Whether a fight's own words tell guns fired on both sides ("exchanged gunfire", "a gun
    battle", "a shootout"): a crowd in such a fight is an armed side, not a rioting one."""
    around = [*words, *(c for w in words for c in w.children if c.dep_ in ("compound", "amod", "dobj"))]
    return any(w.lower_ in crowd_words("gun_fight_words") for w in around)  # not "caught in crossfire"


def shot(words: Span) -> bool:
    """Whether words tell gunfire by the verb ("shot dead", "shot and wounded"): people who
    kill with guns are a band, not a mob, whatever word names them."""
    return any(w.lemma_.lower() == "shoot" for w in words)


def mob_words(words: Span) -> bool:
    """Whether words tell of a mob rather than a band of attackers: a gathering ("a mob",
    "an angry crowd", "hundreds of youths") or someone it accuses ("a suspected thief",
    "accused of witchcraft"), the marks of a lynching or a crowd's rough justice."""
    lowered = {t.lower_ for t in words} | {t.lemma_.lower() for t in words}
    accusing = any(t.lemma_.lower() in ("accuse", "suspect") and t.pos_ == "VERB" for t in words)
    many = any(t.dep_ == "nummod" and t.head.lemma_.lower() in crowd_words("nouns") | crowd_words("collectives")
               and t.text.replace(",", "").isdigit() and int(t.text.replace(",", "")) >= crowd_data()["gathering_size"]
               for t in words)  # "about 100 people", not "in 2020"
    return accusing or many or not lowered.isdisjoint(crowd_words("gathering")) or not lowered.isdisjoint(crowd_words("accused"))


def plain_people(attacker: ActorMention | None) -> bool:
    """Whether the side a sentence's words put first is plain people of a place ("a group of
    locals", "residents"), not a named or armed group: the doers when a parse lost the verb's."""
    if attacker is None or attacker.named:
        return False
    words = attacker.text.lower().split()
    return attacker.crowd or bool(words) and words[-1] in crowd_words("community_people") | crowd_words("nouns") \
        and attacker.kind in ("civilians", "identity militia")


def untold_doers(sent: Span) -> bool:
    """Whether the doers of a sentence are told as a count left untold: "a number of farmers
    assaulted a herder" (a gathering of no stated size, the mark of a mob), not "a number of
    people were injured" (the victims)."""
    return any(t.lower_ in crowd_words("untold_counts") and t.dep_ == "nsubj"
               and any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children) for t in sent)


def told_by_other(attacker: ActorMention | None, who: Token | None) -> bool:
    """Whether the sentence's attacker is the state or an armed group other than the people
    a parse put as the doer ("a group of locals" holds its "locals")."""
    if attacker is None or attacker.crowd or who is None or attacker.kind not in ARMED_SIDES:
        return False
    if who.dep_ == "pobj" and who.head.dep_ == "agent":
        return False  # "he was attacked and killed by vigilantes": the words name the doers themselves
    words = phrase(who, conjuncts=False)
    return not (attacker.start <= who.idx < attacker.end or words.start_char <= attacker.start < words.end_char)


def raid(sent: Span, who: Token | None) -> bool:
    """Whether a band's victims are named as a people or a settlement, outside the words for
    the band itself: one community raiding another, not a mob."""
    own = phrase(who) if who is not None else None
    return any(people_named(sent.doc[t.i:t.i + 1]) for t in sent if own is None or not own.start <= t.i < own.end)


def partisan(who: Token | None) -> bool:
    """Whether the doers are a party's or a leader's people ("supporters of a candidate",
    "followers of a councillor"): an unorganised crowd even with a gun among them."""
    return who is not None and (who.lower_ in crowd_words("partisans") or who.lemma_.lower() in crowd_words("partisans"))


def fight_sides(fight: Token, who: Token | None) -> dict[Token, str]:
    """The sides of a fight and what each is (:func:`side_of`): those told "between" it,
    whoever the parse makes its doer, or its doer and those it fought "with"."""
    told = (fight, fight.head) if fight.dep_ == "nsubj" else (fight,)  # "fights broke out between rival members"

    def objects(prep: str) -> list[Token]:
        return [g for w in told for c in w.children if c.dep_ == "prep" and c.lower_ == prep
                for g in c.children if g.dep_ == "pobj"]

    sides = objects("between") or ([who] if who is not None else []) + objects("with")
    found: dict[Token, str] = {}
    for m in (m for s in sides for m in (s, *s.conjuncts)):
        # "supporters of one candidate and those of another": "those" are more of the same people
        back = m.lower_ in crowd_words("pointing_back") and m.dep_ == "conj" and m.head in found
        found[m] = found[m.head] if back else side_of(m)
    return found


def crowd_fighter(fight: Token, who: Token | None) -> Token | None:
    """The crowd's people among the sides of a fight when no side is armed: "a clash between
    supporters of two candidates", "fights broke out between members of a union", "police
    clashed with traders"; not "youths clashed with bandits", "farmers clashed with herders",
    "Pokot and Turkana youths clashed" nor "BNP and Awami League activists clashed"."""
    found = fight_sides(fight, who)
    crowd = [m for m, side in found.items() if side == "crowd"]
    if not crowd or not set(found.values()) <= {"crowd", "state"}:
        # an armed side; a named party's people, whose fights coders have told as its militia's;
        # or people told by no word for a crowd ("herders")
        return None
    if any(m.lower_ in crowd_words("collectives") | crowd_words("community_people") | crowd_words("factions")
           for m in found):
        return None  # "two rival groups", "villagers", "two factions": a community's or a group's sides
    return crowd[0]


def partisans_fighting(sent: Span, fight: Token, who: Token | None) -> Token | None:
    """The followers of a leader a sentence names, where a fight's sides were lost in the parse
    ("supporters of the governor and the MP clash", read with the MP as the doer): their fight
    is a crowd's. Not when any side of the fight was read as armed, the state or a party's."""
    if not set(fight_sides(fight, who).values()) <= {"", "crowd"}:
        return None
    return next((t for t in sent if t.lower_ in crowd_words("partisans") and t.tag_ in ("NNS", "NNPS") and side_of(t) == "crowd"),
                None)


def against_fighters(fight: Token, who: Token | None) -> bool:
    """Whether people a fight names as a crowd fought a community's or an armed band's
    fighters ("farmers clashed with herders", "villagers fought running battles with
    rustlers"): by ACLED's rules the fight of two armed sides, not a mob's brawl."""
    return any(side == "armed" and _fighters(m) for m, side in fight_sides(fight, who).items())


def _fighters(noun: Token) -> bool:
    """Whether a side read as armed is a community's or an armed band's fighters ("herders",
    "Pokot youths", "bandits"), not a party's people ("Jubo League members"), whose fights
    with other crowds stay a mob's, nor people named only by what they did ("assailants")."""
    words = phrase(noun, conjuncts=False)
    if any(t.lower_ in crowd_words("communal") or people_named(words[t.i - words.start:t.i - words.start + 1])
           for t in words):
        return True
    return noun.lemma_.lower() not in crowd_words("assailants") \
        and any(a.kind in ("rebel group", "identity militia") for a in actors.find(words.text))


def armed_foe(target: ActorMention | None) -> bool:
    """Whether the side a sentence's fight was against is an armed band or a community's
    fighters ("raiders", "bandits", "Pokot warriors"), not the state or a crowd."""
    if target is None or target.crowd or target.kind not in ("rebel group", "identity militia"):
        return False
    words = set(target.text.lower().split())
    return target.named or not words.isdisjoint(crowd_words("communal"))  # not "the assailants", "villagers"
