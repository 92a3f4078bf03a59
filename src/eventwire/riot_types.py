"""Protests and riots: which of ACLED's five crowd sub-types an act is (a protest left alone,
stopped or met with deadly force; a demonstration turned violent; a mob), by what the crowd
did and what was done to it, or none when the crowd was an armed side."""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc

from eventwire import actors
from eventwire.actors import ActorMention
from eventwire.crowd_people import crowd_words, people_named, points_back
from eventwire.crowds import PROPERTY_ACTS, Crowd
from eventwire.mentions import FIGHT_KINDS, TWO_SIDED, WEAPON_KINDS, Trigger
from eventwire.record import Toll
from eventwire.resources import load


@cache
def _civilian_words() -> frozenset[str]:
    return frozenset(str(w).lower() for r in load("actors")["roles"] if r["kind"] == "civilians" for w in r["words"])


def villagers(mention: ActorMention) -> bool:
    """A community told by a word for civilians ("villagers", "locals", "herdsmen"): as
    victims they are people who were hurt, not a community's fighters."""
    return mention.kind == "identity militia" and mention.text.lower() in _civilian_words()


CROWD_KINDS = {"protesters", "rioters"}
# What people do in a brawl: fight, hurt, wreck (not shoot, bomb or kidnap).
BRAWL_KINDS = {"clash", "kill", "attack", "riot"}


def demonstration(kinds: set[str], attacker: ActorMention | None, target: ActorMention | None,
                   crowd: Crowd, deaths: bool = False, communal: bool = False,
                   hurt: bool = False) -> tuple[str, str] | None:
    """Protests and riots, by what the crowd did and what was done to it (:mod:`eventwire.crowds`).

    A demonstration whose people fight, stone, burn or wreck is violent; one the state
    shoots at or kills, without violence of its own, met excessive force; one it only
    disperses or arrests is a protest with intervention. A crowd's violence with no
    demonstration (a lynching, rival supporters fighting) is mob violence; with firearms
    the crowd is an armed side and the act is told by its target like any other."""
    if crowd.gunfight and kinds & TWO_SIDED:
        return None  # demonstrators who traded gunfire with the police fought a battle
    thrown = crowd.crude and crowd.acting and not kinds & (WEAPON_KINDS - {"bomb", "grenade"})
    # (unless every such act is what the demonstration answers: "riots after a cleric was killed by gunmen")
    # (an armed group that only broke up the protest intervened in it: "Taliban fighters dispersed the women")
    stopped_only = crowd.demonstration and crowd.intervened and not kinds - {"protest", "disperse", "arrest"}
    if not crowd.answering and (kinds & WEAPON_KINDS and not thrown
                                or attacker is not None and attacker.named and attacker.kind == "rebel group"
                                and attacker.text not in crowd.causes and not stopped_only):
        return None  # a bomb or an armed group's act during a protest is still that act; crude bombs thrown in a brawl are the brawl's
    if "sexual" in kinds and "lynch" not in kinds and not (crowd.demonstration or crowd.rioting or crowd.acting):
        return None  # rape by a gang, or amid riots, is sexual violence; a mob punishing a rape suspect is a mob
    armed = [a for a in (attacker, target) if a is not None and a.kind in ("rebel group", "identity militia", "external forces")
             and not a.crowd and not villagers(a) and not _gathering_stopped(a, crowd)  # "locals", "villagers": people
             and a.text not in crowd.causes]  # "protested the killing of two herders by militants": the protest's cause
    if armed and kinds & FIGHT_KINDS and not crowd.acting and not crowd.answering:
        return None  # gunmen who fire on a march attack its people; police who fight gunmen fight a battle
    # Riots and barricades are a demonstration's; a lynching among them is still a mob's.
    demonstration = crowd.demonstration or crowd.rioting and "lynch" not in kinds \
        or (attacker is not None and attacker.kind == "protesters")
    # Acts told as happening during a protest are the protest's when a crowd did them or
    # someone died by no named hand: "party men clashed during the rally".
    demonstration |= crowd.during and not crowd.armed and (
        crowd.violent or crowd.band or crowd.died or "clash" in kinds
        or crowd.intervened and bool(kinds - {"arrest", "protest"}))
    if demonstration and _mob_hurting(kinds, attacker, crowd):
        return "Riots", "Mob violence"
    if demonstration:
        if crowd.violent or crowd.rioting or crowd.band and not crowd.opposed or crowd.during and "clash" in kinds:
            return "Riots", "Violent demonstration"  # its people fought, wrecked or hurt someone
        if crowd.attacked and not crowd.force:
            return None  # "gunmen fired at a rally": an attack on its people, told by its target
        if crowd.force or crowd.died:
            return "Protests", "Excessive force against protesters"
        # the state as the side that acts on the protesters or does some act besides the protest
        # ("police stormed the rally"); not police officers who protest, nor a protest about the police
        # (not a dispersal or an arrest the protest is about, nor a deployment or recruitment:
        # "protested against the bid to evict them by police", "over a police recruitment exercise")
        if crowd.intervened or (attacker is not None and attacker.kind == "state forces" and not crowd.answering
                                and (kinds - {"protest", "change"} - crowd.about
                                     or target is not None and target.kind in CROWD_KINDS)):
            return "Protests", "Protest with intervention"
        return "Protests", "Peaceful protest"
    if "lynch" not in kinds and _only_wrecked(kinds, crowd, hurt):
        return "Strategic developments", "Looting/property destruction"
    mob = "lynch" in kinds or (attacker is not None and attacker.kind == "rioters")
    if crowd.band and crowd.armed and "lynch" not in kinds:
        return None  # a band with guns that hurt people: what it also burnt or wrecked is part of its attack
    if crowd.band:
        return "Riots", "Mob violence"  # "supporters beat a rival", "locals attacked the police": no armed group
    if (crowd.violent and crowd.acting) or mob:
        if crowd.armed and not mob or deaths and _deadly_brawl(kinds, attacker, target, crowd, communal):
            return None
        return "Riots", "Mob violence"
    if hurt and _unarmed_brawl(kinds, attacker, target, crowd, deaths):
        return "Riots", "Mob violence"
    return None


def _only_wrecked(kinds: set[str], crowd: Crowd, hurt: bool) -> bool:
    """Whether people with no demonstration, no gathering's words and not rioters only
    wrecked, took or killed property, hurting no one ("farmers destroyed the route markers",
    "a family wrecked a neighbour's field", "villagers killed an ox"): ACLED's property destruction.
    Stones thrown or fires set alone, an angry crowd, or wrecking the goods of people it
    accuses, stay a mob's riot."""
    if "loot" not in kinds or not kinds <= PROPERTY_ACTS or hurt or crowd.mob_told:
        return False  # an angry crowd, or people punishing suspects: a mob's rough justice
    # (rioters, students or a party's cadres who wreck property riot: "cadres shattered the windows of a bus";
    # a gathering's words among theirs are in a sentence ``mob_told`` has read)
    return crowd.words is None or not any(w.lower_ in crowd_words("rioting_people") for w in crowd.words)


def _unarmed_brawl(kinds: set[str], attacker: ActorMention | None, target: ActorMention | None,
                   crowd: Crowd, deaths: bool) -> bool:
    """Whether a fight was between people told only as who they are ("farmers and herders
    fought", "villagers clashed with pastoralists"), with no guns, no one killed and no
    organised side: ACLED's mob violence, a brawl of unorganised people; two organised
    armed sides are needed for an armed clash (a deadly or armed fight stays one)."""
    if "clash" not in kinds or not kinds <= BRAWL_KINDS or deaths or crowd.died or crowd.shots or crowd.gunfight \
            or crowd.clans:
        return False
    sides = [a for a in (attacker, target) if a is not None]
    return bool(sides) and all(a.kind == "civilians" or villagers(a) for a in sides)


def _mob_hurting(kinds: set[str], attacker: ActorMention | None, crowd: Crowd) -> bool:
    """Whether the side that acts is one the report calls a mob and it hurt people ("a mob
    stoned the senator", "a riotous mob attacked a man and burnt his house"): ACLED's mob
    violence, whatever protest the report also tells; a mob that only wrecks or burns
    property at a demonstration stays the demonstration's violence."""
    if attacker is None or not crowd.acting or not kinds & {"attack", "kill", "lynch"}:
        return False
    return any(w in crowd_words("mob_nouns") for w in re.findall(r"[a-z]+", attacker.text.lower()))


def deadly_intervention(sub: str, deaths: Toll | None, crowd: Crowd, told: list[str]) -> str:
    """A protest whose people the state beat or hurt, and in which people died, met excessive
    force: ACLED's protest with intervention leaves its people alive, so a beating with a
    death toll was force that killed ("police clubbed the marchers; a student later died").
    Not when every death told is what the protest answers (:attr:`Crowd.answering`), nor
    when the words of the toll (``told``) say no one died ("a body" found, not "died")."""
    dying = any(w in crowd_words("grave_words") for words in told for w in re.findall(r"[a-z]+", words.lower()))
    if sub == "Protest with intervention" and crowd.beaten and deaths is not None and deaths.low > 0 \
            and dying and not crowd.answering:
        return "Excessive force against protesters"
    return sub


def _gathering_stopped(side: ActorMention, crowd: Crowd) -> bool:
    """Whether a side told only as "the group" or "a crowd" is the gathering the state broke
    up ("officers fired into the crowd to break up the group"), or "the group" told after a
    demonstration, which points back at its people: people, not fighters."""
    words = side.text.lower().split()
    if crowd.demonstration and points_back(side):
        return True  # "students protested; the group clashed with guards": "the group" points back at them
    return crowd.demonstration and crowd.intervened and not side.named and bool(words) \
        and words[-1] in crowd_words("bare_crowds")


def _deadly_brawl(kinds: set[str], attacker: ActorMention | None, target: ActorMention | None, crowd: Crowd,
                  communal: bool) -> bool:
    """Whether a fight that killed people was one of herders or of a named people against
    their neighbours (``communal``, :func:`communal_fight`), none of them the state, a mob or
    a party's people ("farmers and herders clashed, leaving four dead"): communities' armed
    men, not a brawling crowd (two groups of villagers who kill in a brawl are still a mob)."""
    if not communal or "clash" not in kinds or "lynch" in kinds or crowd.words is None:
        return False
    sides = [a for a in (attacker, target) if a is not None] + actors.find(crowd.words.text)
    if any(a.kind in ("state forces", "external forces", "protesters", "rioters", "political militia") for a in sides):
        return False
    words = {t.lower_ for t in crowd.words} | {t.lemma_.lower() for t in crowd.words}
    return words.isdisjoint(crowd_words("partisans") | crowd_words("gathering"))


def communal_fight(doc: Doc, triggers: list[Trigger]) -> bool:
    """Whether a sentence that tells a fight names herders or a people among those in it:
    "farmers clashed with Fulani cattle breeders", "herders and farmers fought"."""
    for t in triggers:
        if t.kind not in TWO_SIDED:
            continue
        sent = doc[t.start].sent
        if any(w.lower_ in crowd_words("herding_people") or w.lemma_.lower() in crowd_words("herding_people")
               for w in sent) or people_named(sent):
            return True
    return False
