"""Crowds: who acts in a protest or a riot, what the crowd did and what was done to it.

ACLED tells protests and riots apart by acts, not by words for them: a demonstration
whose people throw stones, burn tyres or fight the police is a violent one; one the
police only disperse or arrest is a protest with intervention; one whose people are
shot, killed or badly hurt by the state, without violence of their own, met excessive
force. A crowd that attacks people or property with no demonstration (a lynching, a
fight between rival supporters) is mob violence. This module reads those acts from the
sentences of one event, each act with the people who did it (the subject of its verb).

Data: ``data/crowds.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from eventwire import fighters, opponents, protest_force, protest_words
from eventwire.actors import ActorMention
from eventwire.crowd_people import (agent, crowd_data, crowd_words, passive_participle, people_named, phrase, points_back,
                                    side_of)
from eventwire.mentions import Trigger, trigger_lemmas
from eventwire.parse import span_text
from eventwire.protest_words import HARM_ACTS, LETHAL_ACTS

# What a crowd does that makes it violent. (A petrol bomb thrown at a bus is an attack on
# its passengers, whoever throws it.)
VIOLENT_ACTS = {"riot", "arson", "loot", "attack", "kill", "clash", "lynch", "shooting"}
# Acts that need no one named to be a crowd's: stones, barricades, vandalism, lynching.
CROWD_ACTS = {"riot", "lynch"}
# What the state does that hurts people.
FORCE_ACTS = {"kill", "shooting", "attack"}
# What the state does to stop a gathering without hurting it.
INTERVENTION_ACTS = {"disperse", "arrest"}
DEMONSTRATION_ACTS = {"protest"}
# Acts against property, a demonstration's when no one else is named doing them.
PROPERTY_ACTS = {"riot", "arson", "loot"}


@dataclass
class Crowd:
    """What the sentences of one event say crowds and the state did."""

    demonstration: bool = False  # people protested: marched, struck, demonstrated, blocked a road
    rioting: bool = False  # a demonstration's violence ("riots erupted", "barricaded the road", "fought the police")
    violent: bool = False  # the crowd fought, stoned, burnt, wrecked, looted or attacked
    acting: bool = False  # a crowd is the side that acts (its people are named doing it)
    armed: bool = False  # the crowd's side used firearms or explosives
    gunfight: bool = False  # the crowd traded gunfire with its foes ("exchanged gunfire with soldiers"): a battle's side
    shots: bool = False  # guns or shots are told in a sentence about the event, whoever fired them
    mob_told: bool = False  # a sentence about the event tells a gathering or someone accused (:func:`eventwire.fighters.mob_words`)
    clans: bool = False  # a sentence about the event names clans, tribes or militias (:func:`eventwire.fighters.clan_words`)
    intervened: bool = False  # the state dispersed or arrested people
    force: bool = False  # the state shot, killed or beat people
    band: bool = False  # people named as a group hurt someone with no mob's words: an attack
    attacked: bool = False  # the demonstration itself is what was shot at or attacked ("fired at a rally")
    during: bool = False  # a protest named only as the time of the acts ("clashed during the rally")
    died: bool = False  # someone was killed and no one is named as the killer ("a student was shot dead")
    crude: bool = False  # the crowd that fought threw crude bombs ("hurled crude bombs at each other")
    opposed: bool = False  # others hurt the demonstrators ("party men assaulted the marchers"): their band, not the crowd
    answering: bool = False  # every act of harm or weapon told is what the demonstration answers
    beaten: bool = False  # the state beat or hurt people without gunfire ("police clubbed the marchers")
    words: Span | None = None  # the words that name the crowd ("students of the university")
    # armed sides named only in what the demonstration answers ("protested the killing of people by
    # militants"): the cause's, not sides of the event
    causes: set[str] = field(default_factory=set)
    # kinds of the state's acts told only as what the demonstration is about ("against unfair arrests")
    about: set[str] = field(default_factory=set)




def _by_someone(doc: Doc, trigger: Trigger) -> bool:
    """Whether a "by" follows a passive act closely, naming its doer even where the parse
    lost it ("two men were beaten to death on Friday night by villagers")."""
    return any(w.lower_ == "by" for w in doc[trigger.end:min(len(doc), trigger.end + crowd_data()["by_window"])])


def _others_deed(doc: Doc, trigger: Trigger) -> bool:
    """Whether an act of harm is told with its own doer or as what a protest answers, so the
    protesters a sentence names are not its doers: "protested the death of a student killed
    by her boyfriend", "blocked the highway after five guards were killed"."""
    root = doc[trigger.start:trigger.end].root
    return any(c.dep_ == "agent" for c in root.children) or _passive(root) and _by_someone(doc, trigger) \
        or protest_words.a_cause(root)


def _passive(verb: Token) -> bool:
    """A verb told of its victim with no doer: "three suspected thieves were burnt to death",
    or a headline's "five suspected witches burnt to death" (not "a crowd of villagers beat
    two men to death", whose subject names people who act)."""
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or verb.head.dep_ == "nsubjpass" \
        or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.head.children) \
        or passive_participle(verb, "kill") and not any(c.dep_ == "nsubj" and side_of(c) for c in verb.children)


def read(doc: Doc, sentences: list[tuple[list[Trigger], ActorMention | None, ActorMention | None]]) -> Crowd:
    """The crowd acts of one event from its sentences: each a list of triggers with the
    sentence's attacker and target."""
    crowd = Crowd(answering=protest_words.answers_harm(doc, [t for triggers, _, _ in sentences for t in triggers]))
    crowd.causes = {a.text for triggers, attacker, target in sentences for a in (attacker, target)
                    if a is not None and a.armed and a.kind != "state forces"
                    and any(t.kind in DEMONSTRATION_ACTS for t in triggers) and _demanded_side(doc, a)}
    # An armed side named anywhere in the event: acts nobody is said to do are its, not a crowd's.
    demonstrating = any(t.kind in DEMONSTRATION_ACTS for triggers, _, _ in sentences for t in triggers)
    # ("the group" after a demonstration points back at its people; an armed side it answers is the cause's)
    armed_side = any(a is not None and not a.crowd and a.text not in crowd.causes
                     and not (demonstrating and points_back(a))
                     and (a.kind == "rebel group" or a.kind == "identity militia" and a.named) for _, a, _ in sentences)
    firebombs = any(t.kind == "incendiary" for triggers, _, _ in sentences for t in triggers)
    # Guns or shots told in any sentence of the event: a fight with them is no crowd's brawl.
    told = {doc[t.start].sent.start: doc[t.start].sent for triggers, _, _ in sentences for t in triggers}
    gunfire = any(fighters.firearms(span_text(s)) or fighters.shot(s) for s in told.values())
    crowd.shots = gunfire
    crowd.clans = any(fighters.clan_words(s) for s in told.values())
    crowd.mob_told = any(fighters.mob_words(s) for s in told.values())
    demanding = False
    gathered = False  # the state dispersed people: a gathering, whatever words name it
    # The demonstration's people, and the words of those who set upon them (:mod:`eventwire.opponents`).
    people, pointed = set(), False
    for t in (t for triggers, _, _ in sentences for t in triggers if t.kind in DEMONSTRATION_ACTS):
        words, pronoun = opponents.demonstrators(doc[t.start:t.end].root, t, doc)
        people, pointed = people | words, pointed or pronoun
    against: set[str] = set()
    only_protest = all(t.kind in DEMONSTRATION_ACTS | INTERVENTION_ACTS for triggers, _, _ in sentences for t in triggers)
    # Office holders told rioting or fighting ("councillors rioted and threw chairs", "MPs came to
    # blows"): a brawl in their chamber or meeting, the riot words of the event theirs, no demonstration.
    brawl = any(fighters.office_holders(doc[t.start].sent, [u for u in triggers if u.kind in ("riot", "clash")])
                for triggers, _, _ in sentences for t in triggers[:1])
    marchers_before = False  # the sentence before told people demonstrating ("the students walked out")
    for triggers, attacker, target in sentences:
        sent = doc[triggers[0].start].sent if triggers else None
        # Acts a crowd protests or demands justice for were done before, by others: "demanding
        # justice for the prior killing of a student", "against the assault on their leader".
        triggers = [t for t in triggers if t.kind in DEMONSTRATION_ACTS | INTERVENTION_ACTS
                    or not protest_words.demanded(doc[t.start:t.end].root, clauses=False)
                    and not protest_words.earlier(doc[t.start:t.end].root)]
        triggers = [t for t in triggers if not protest_words.symbolic(doc[t.start:t.end].root)]
        # A demonstration this sentence tells, not one it sets other acts in: its property acts
        # with no doer named are the demonstrators' ("offices were burnt in protest").
        protesting = any(t.kind in DEMONSTRATION_ACTS and not _context(doc[t.start:t.end].root) for t in triggers)
        # a demonstration the sentence sets its acts "during": no doer named, they are its own
        amid = any(t.kind in DEMONSTRATION_ACTS and _during(doc[t.start:t.end].root) for t in triggers)
        mob = sent is not None and (fighters.mob_words(sent) or fighters.untold_doers(sent))
        demanding |= sent is not None and protest_words.demanding(sent)
        crowd.violent |= sent is not None and protest_words.broke_in(sent)  # "protesters broke into shops"
        known = False  # a trigger's doer is the state's or an armed group's
        riot_doers: set[str] = set()  # who fought in the sentence's rioting words
        # an armed band told doing any act of the sentence: "an armed gang clashed with police; a robber was killed"
        band = any(side_of(agent(t, doc)) == "armed" for t in triggers)
        theirs: list[int] = []  # acts of the demonstration's opponents: no crowd's of its own
        # people of this sentence who demonstrate: "they" and "the group" after them may be theirs
        marching = any(t.kind in DEMONSTRATION_ACTS and side_of(agent(t, doc)) in ("crowd", "party") for t in triggers)
        for t in triggers:
            who = agent(t, doc)
            side = side_of(who)
            if (t.kind == "clash" or t.kind == "riot" and _fight(doc[t.start:t.end])) and who is not None \
                    and side == "state" and any(side_of(c) == "crowd" for c in who.conjuncts):
                side = "crowd"  # "police and demonstrators clashed", "engaged in running battles": the crowd fought
            if side == "" and who is None and t.kind in HARM_ACTS and protest_force.by_state(doc, t):
                side = "state"  # "one protester shot dead by police", where the parse lost the doer
            if side == "" and (marchers_before or marching) and _pointing_back(who) \
                    and (t.kind in HARM_ACTS or t.kind == "clash" and _fight(doc[t.start:t.end])):
                # "students walked out. They beat up a teacher", "the group clashed with guards": the demonstrators'
                side = "crowd"
            if side == "crowd" and (t.kind == "clash" or t.kind == "riot" and _fight(doc[t.start:t.end])) \
                    and (fighters.against_fighters(doc[t.start:t.end].root, who) or fighters.armed_foe(target)):
                # "farmers clashed with pastoralists", "residents fought back against raiders": a fight
                # of communities or with an armed band, not a crowd's brawl
                side = "armed"
            known |= side in ("state", "armed")
            if t.kind in CROWD_ACTS and _fight(doc[t.start:t.end]):
                riot_doers.add(side)  # "clashed with police", "running battles": a fight, whoever fought it
            if side == "crowd" and t.kind in HARM_ACTS and fighters.told_by_other(attacker, who):
                side = ""  # "gunmen fired on the activists, killing both": the gunmen's act, misparsed
            if side == "crowd" and armed_side and who is not None and who.lower_ in crowd_words("bare_crowds"):
                side = ""  # "two groups clashed" in a report of a named armed group: its fighters
            partisan = side == "party" or fighters.partisan(who)
            if side == "party":
                side = "crowd"  # "BNP activists", "Chhatra League men": a party's people fight as a crowd
            if t.kind in HARM_ACTS and side in ("", "state", "armed") and _others_deed(doc, t):
                theirs.append(t.start)  # not the crowd's deed, whoever the sentence puts first
            elif side == "" and attacker is not None and attacker.kind in ("protesters", "rioters"):
                side = "crowd"
            if t.kind == "clash" and not armed_side and not gunfire:
                brawler = fighters.crowd_fighter(doc[t.start:t.end].root, who)
                if brawler is None and side == "":
                    brawler = fighters.partisans_fighting(sent, doc[t.start:t.end].root, who)
                if brawler is not None:
                    # "supporters of two candidates clashed", "police clashed with traders": a crowd's fight
                    who, side = brawler, "crowd"
            if side == "armed" and t.kind in HARM_ACTS and who is not None and not armed_side \
                    and any(w.lower_ in crowd_words("vigilantes") for w in phrase(who, conjuncts=False)) \
                    and not fighters.firearms(sent.text) and fighters.accused_victim(sent, attacker):
                side = "crowd"  # "a vigilante militia beat two suspected thieves to death": a mob's rough justice
            if side == "" and t.kind in HARM_ACTS and not armed_side and not band and fighters.unarmed(attacker, sent) \
                    and (who is None and (_passive(doc[t.start:t.end].root) and not _by_someone(doc, t) or fighters.plain_people(attacker))
                         or who is not None and who.lower_ in crowd_words("collectives")
                         and not any(c.dep_ == "prep" for c in who.children)) \
                    and fighters.accused_victim(sent, attacker):
                side = "crowd"  # "a suspected thief was beaten to death", "a group lynched a man accused of theft"
            if side in ("crowd", "") and t.kind in HARM_ACTS | {"riot"} and who is not None and (people or pointed) \
                    and not (t.kind in LETHAL_ACTS and protest_words.grave(doc[t.start:t.end])):
                doers = opponents.opposing(t, doc, people, pointed)
                if doers is not None:
                    crowd.opposed = crowd.intervened = True  # "party men assaulted the students during their protest"
                    against |= doers
                    theirs.append(t.start)
                    continue
            if side == "crowd" and t.kind in VIOLENT_ACTS and who is not None and against \
                    and (opponents.content(phrase(who)) & against or who.lemma_.lower() in crowd_words("assailants")):
                theirs.append(t.start)
                continue  # what the demonstration's opponents also wrecked is theirs, not the demonstrators'
            if t.kind in HARM_ACTS and (side == "crowd" or side == "" and who is not None and who.tag_ == "NNS"
                                        and not (attacker is not None and attacker.armed)) \
                    and protest_words.entered_to_press(doc[t.start:t.end].root):
                # "traders stormed the county offices demanding their pay": a demonstration's way in, no attack
                crowd.demonstration = True
                crowd.words = crowd.words or (phrase(who) if who is not None else None)
                theirs.append(t.start)
                continue
            if t.kind in DEMONSTRATION_ACTS:
                # a report that tells no other act tells the protest itself: "second day of protests over fees"
                if _context(doc[t.start:t.end].root) and not only_protest:
                    # Acts "during the demonstration" are its own; "amid" or "following" a wave of
                    # them, acts of their own. A party's rally is a meeting: "clashed during a rally".
                    root = doc[t.start:t.end].root
                    crowd.during |= root.lemma_.lower() not in crowd_words("meetings") \
                        and any(up.lower_ == "during" for up in list(root.ancestors)[:3])
                    # "a man died during violent protests"
                    crowd.violent |= crowd.during and protest_words.called_violent(root)
                    continue
                if _meeting_place(doc[t.start:t.end].root, triggers, doc):
                    continue  # "rival supporters clashed at a rally": a meeting the fight was at, no demonstration
                crowd.demonstration = True
                head = doc[t.start:t.end].root
                harmed = protest_words.harmed(head, triggers)
                if harmed and side_of(protest_words.harm_doer(head, triggers, doc)) == "state":
                    crowd.force = True  # "police opened fire on the march"
                else:
                    crowd.attacked |= harmed
                if not harmed and protest_words.hurt(head, triggers):
                    crowd.intervened = crowd.opposed = True  # "party men assaulted the marchers": stopped, not killed
                block = next((w for w in doc[t.start:t.end] if protest_words.blocking(w)), None)
                if block is not None:
                    if side == "state":
                        crowd.intervened = True  # "police blocked the road so the march could not pass"
                    elif protest_words.blocked_with_material(block):
                        crowd.violent = True  # "blocked the highway with boulders": ACLED's violent demonstration
                if protest_words.called_violent(head) or side == "crowd" and protest_words.called_violent_people(who):
                    # "violent protests", "demonstrated violently", "the protest turned violent", "rowdy youths protested"
                    crowd.violent = True
                if side == "crowd" and crowd.words is None and who is not None:
                    crowd.words = phrase(who)
                continue
            if brawl and t.kind in ("riot", "clash") and side != "state":
                crowd.violent = crowd.acting = True
                continue
            if t.kind == "riot" and protest_words.demonstrating(doc[t.start:t.end]):
                crowd.rioting = True  # "riots erupted", "barricaded the road", "burnt tyres"
            if (t.kind == "clash" or t.kind == "riot" and _fight(doc[t.start:t.end])) \
                    and (_against_state(attacker, target) or protesting and side != "state"
                         and {a.kind for a in (attacker, target) if a is not None} == {"state forces"}):
                # "protesters clashed with police" (without a demonstration, a mob's fight);
                # "students blocked roads and clashed with riot police", "police fought running battles with residents"
                crowd.violent = True
            if t.kind == "clash" and fighters.firearms(doc[t.start:t.end].text) and side != "state":
                crowd.armed = True  # "a gunfight between activists and police"
            if t.kind in INTERVENTION_ACTS and side != "state" and who is not None \
                    and any(protest_words.blocking(w) for w in doc[t.start:t.end]):
                # "traders blocked the avenue in protest": their own road block, not the state's
                crowd.violent |= any(protest_words.blocked_with_material(w) for w in doc[t.start:t.end])
            elif t.kind == "change" and side == "state" and protesting \
                    and doc[t.start:t.end].root.lemma_.lower() in trigger_lemmas("state_blocking"):
                crowd.intervened = True  # "lecturers tried to march, but police blocked the road"
            elif t.kind == "disperse" and side == "crowd" and who is not None and opponents.breaks_up(t, doc, who, people):
                crowd.intervened = crowd.opposed = True  # "ruling party men dispersed the protesters"
            elif t.kind in INTERVENTION_ACTS and (side == "state" or side == "" and not protest_words.mediators(who)
                                                  or side == "armed" and t.kind == "disperse"):
                # an armed group that breaks up a protest intervenes too: "fighters dispersed the women by firing in the air"
                # not an arrest a protest demands or answers: "following the arrest of their leader"
                crowd.intervened |= not protest_words.demanded(doc[t.start:t.end].root) \
                    and not protest_words.a_cause(doc[t.start:t.end].root)
                if protest_words.demanded(doc[t.start:t.end].root):
                    crowd.about.add(t.kind)  # "protested against the bid to evict them by police"
                crowd.force |= side == "state" and protest_force.brutal_dispersal(doc[t.start:t.end].root)
                if protest_words.violent_crowd_stopped(doc[t.start:t.end].root):
                    crowd.violent = crowd.demonstration = True  # "dispersed a rowdy crowd": a gathering, violent
                gathered |= t.kind == "disperse" and side == "state" \
                    and protest_words.dispersed_people(doc[t.start:t.end].root)
            elif side == "state" and t.kind in FORCE_ACTS and not protest_words.a_cause(doc[t.start:t.end].root) \
                    and not (protesting and protest_words.answered(_act_word(doc[t.start:t.end]))):
                # not force the protest of its sentence answers: "relatives of a man beaten to death by police marched"
                if protest_words.grave(doc[t.start:t.end]) and not protest_words.into_the_air(doc[t.start:t.end].root):
                    crowd.force = True
                else:
                    crowd.intervened = True  # "police beat the marchers": force that stops, not that maims
                    crowd.beaten |= not protest_words.grave(doc[t.start:t.end])
            elif side == "" and who is None and t.kind in LETHAL_ACTS and not armed_side \
                    and protest_words.died(t, doc, triggers):
                crowd.died = True  # "a student was shot dead during the protest"
            elif t.kind == "arson" and firebombs:
                continue  # "set the bus ablaze by hurling a petrol bomb": a firebombing, an attack
            elif side == "crowd" and t.kind in HARM_ACTS \
                    and not (mob or (who is not None and fighters.mob_words(phrase(who)))):
                # "youths beat two journalists": people named by who they are, no gathering's words;
                # storming an office hurts no one
                if doc[t.start:t.end].root.lemma_.lower() not in crowd_words("entering"):
                    crowd.band = True
                    crowd.words = crowd.words or (phrase(who) if who is not None else None)
                    if not partisan and (t.kind == "shooting" or who is not None and fighters.shot(doc[t.start:t.end])
                                         or fighters.firearms(sent.text) or fighters.raid(sent, who)):
                        # "youths shot a trader", "two men shot dead by a group", "farmers raided a Fulani camp": a band's attack
                        crowd.armed = True
            elif side == "crowd" and t.kind in VIOLENT_ACTS \
                    or (t.kind in CROWD_ACTS and (side == "crowd" or not side and not armed_side)):
                crowd.violent = crowd.acting = True
                crowd.crude |= side == "crowd" and any(w.lower_ in crowd_words("crude_bombs") for w in sent)
                crowd.gunfight |= side == "crowd" and t.kind == "clash" and fighters.gun_fight(doc[t.start:t.end])
                if side == "crowd" and who is not None:
                    crowd.words = crowd.words or phrase(who)
                    if not partisan and (t.kind == "shooting" or fighters.firearms(phrase(who).text)):
                        crowd.armed = True
            elif t.kind in PROPERTY_ACTS and (protesting or amid) \
                    and (who is None or who.lower_ in _THEY or _protest_clause(who)) \
                    and not armed_side and not firebombs \
                    and not _by_someone(doc, t) and not protest_words.a_cause(doc[t.start:t.end].root):
                # "protested by setting fire to market stalls", "they burnt a dormitory in protest",
                # "shops were looted during the protests"
                crowd.violent = crowd.acting = True
        marchers_before = marching
        # "an armed gang clashed with police": a riot's fight words whose every doer is an armed band tell its fight
        armed_side_here = armed_side or riot_doers == {"armed"}
        if target is not None and target.kind == "rioters" and _demanded_side(doc, target):
            target = None  # "villagers protested over mob justice": the rioters are what the protest is about
        from_sides(crowd, {t.kind for t in triggers if t.start not in theirs}, attacker, target, mob=mob, known=known,
                   armed_side=armed_side_here)
        if crowd.band and not crowd.armed and sent is not None and attacker is not None and attacker.crowd \
                and any(people_named(doc[t.i:t.i + 1]) for t in sent if not attacker.start <= t.idx < attacker.end):
            crowd.armed = True  # "youths attacked and killed six Kikuyu": one people's raid on another
        if crowd.force is False and attacker is not None and attacker.kind == "state forces" and target is not None \
                and target.kind in ("protesters", "rioters") and any(t.kind in FORCE_ACTS for t in triggers):
            if any(t.kind in FORCE_ACTS and protest_words.grave(doc[t.start:t.end]) for t in triggers):
                crowd.force = True  # "police shot at the protesters"
            else:
                crowd.intervened = True  # "police beat the protesters"
        elif attacker is not None and attacker.kind not in ("state forces", "protesters", "rioters") and target is not None \
                and target.kind == "protesters" and any(t.kind in HARM_ACTS for t in triggers) \
                and not any(t.kind in LETHAL_ACTS and protest_words.grave(doc[t.start:t.end]) for t in triggers):
            crowd.intervened = crowd.opposed = True  # "party men beat the protesters"
    if gathered and not (crowd.violent or crowd.acting or crowd.band):
        # "police used tear gas to disperse hundreds of workers", "opened fire to disperse a crowd":
        # a gathering the state stopped or shot at
        crowd.demonstration = True
    if demanding and crowd.violent and crowd.acting and not crowd.armed:
        crowd.demonstration = True  # "rioters set a bus on fire, demanding the minister's resignation"
    return crowd


def _demanded_side(doc: Doc, side: ActorMention) -> bool:
    """Whether the words of a side lie in what a protest is about or demands ("protested over
    cases of mob justice"), not among those who act."""
    words = [t for t in doc if side.start <= t.idx < side.end]
    return bool(words) and protest_words.demanded(doc[words[0].i:words[-1].i + 1].root, clauses=False)


def from_sides(crowd: Crowd, kinds: set[str], attacker: ActorMention | None, target: ActorMention | None,
               mob: bool = True, known: bool = False, armed_side: bool = False) -> Crowd:
    """What the sides of a sentence tell of a crowd: protesters are demonstrating; rioters,
    acting or fired upon, are rioting; people wrecking or burning property with no one
    else named are a crowd doing violence, and people hurting someone are a mob's only
    with a ``mob``'s words. ``known``: a trigger's doer was read as the state or an armed
    group, whom the sentence's attacker does not overrule; ``armed_side``: an armed group is
    named in the event, and stones or wrecking nobody is said to do are its, not a crowd's."""
    sides = {a.kind for a in (attacker, target) if a is not None}
    if "protesters" in sides and kinds - {"protest"}:
        crowd.demonstration = True
    if "rioters" in sides:
        crowd.violent = crowd.acting = True
    if attacker is not None and attacker.crowd and kinds & VIOLENT_ACTS and not known:
        if kinds & (VIOLENT_ACTS - HARM_ACTS) or mob:
            crowd.violent = crowd.acting = True  # "residents burnt the office", "a mob beat a thief"
        else:
            crowd.band = True
    if kinds & CROWD_ACTS and not (armed_side or attacker is not None and attacker.armed) or "lynch" in kinds:
        crowd.violent = crowd.acting = True  # stones, barricades, a lynching (whoever is named): a crowd's acts
    if "state forces" in sides and sides & {"protesters", "rioters"} and kinds & {"clash", "riot"}:
        crowd.violent = True  # "protesters clashed with police"
    return crowd


def _meeting_place(tok: Token, triggers: list[Trigger], doc: Doc) -> bool:
    """A party's rally or meeting named as where or when a crowd's acts happened: "supporters
    clashed at a rally", "youths stoned cars after the rally", "ahead of a rally". A meeting
    is no demonstration, so a crowd's fight there is a mob's; the state's or gunmen's fire on
    it ("police shot at the rally") still tells what was done to the gathering."""
    if tok.lemma_.lower() not in crowd_words("meetings") or tok.pos_ == "VERB":
        return False
    if tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and not tok.head.dep_.startswith("nsubj"):
        prep = tok.head  # "pelted rally goers with stones": the meeting's people were the ones set upon
    elif tok.dep_ == "pobj":
        prep = tok.head
        if prep.lower_ == "of" and prep.head.lower_ in crowd_words("meeting_preps"):
            prep = prep.head  # "ahead of a rally"
        if prep.lower_ not in crowd_words("meeting_preps"):
            return False
    else:
        return False
    # The act the words hang on, however deep the parse put them: "clashed with those of a
    # rival at a party rally" may hang the rally on the rival, not on the fight.
    act = next((t for w in (prep.head, *prep.head.ancestors) for t in triggers if t.start <= w.i < t.end), None)
    return act is not None and act.kind not in DEMONSTRATION_ACTS \
        and not (act.kind in HARM_ACTS and side_of(agent(act, doc)) in ("state", "armed"))


def _context(tok: Token) -> bool:
    """A protest named only to date another act: "amid the hartal", "the fifth day of the blockade"."""
    return tok.pos_ != "VERB" and tok.dep_ == "pobj" and tok.head.lower_ in crowd_words("context_preps") \
        and (tok.head.lower_ != "of" or tok.head.head.lower_ in crowd_words("context_spans"))


# Pronouns that point back at the people a sentence's demonstration names: "they burnt a dormitory in protest".
_THEY = {"they", "them"}


def _protest_clause(who: Token) -> bool:
    """A protest word, or a relative pronoun on one, as the doer of a deed: "the
    demonstration, which led to the destruction of property", "protests that caused damage"."""
    if who.lower_ in ("which", "that") and who.head.dep_ == "relcl":
        who = who.head.head
    return who.lemma_.lower() in trigger_lemmas("protest")


def _pointing_back(who: Token | None) -> bool:
    """Words that point back at people named before: "they", "the group", "the crowd"."""
    return who is not None and (who.lower_ in _THEY or who.lower_ in crowd_words("bare_crowds")
                                and any(c.dep_ == "det" and c.lower_ == "the" for c in who.children))


def _act_word(words: Span) -> Token:
    """The word of an act a phrase tells: "beaten" for "to death" in "beaten to death"."""
    root = words.root
    return root.head if root.dep_ == "prep" and root.head.pos_ == "VERB" else root


def _fight(words: Span) -> bool:
    """Riot words that tell a fight: "clashed with police", "running battles"."""
    return any(w.lemma_.lower() in ("clash", "battle") for w in words)


def _during(tok: Token) -> bool:
    """A protest word that sets the sentence's acts in its time: "during the protests"."""
    return _context(tok) and tok.head.lower_ == "during" and tok.lemma_.lower() not in crowd_words("meetings")


def _against_state(attacker: ActorMention | None, target: ActorMention | None) -> bool:
    sides = {a.kind for a in (attacker, target) if a is not None}
    return "state forces" in sides and bool(sides & {"protesters", "rioters", "civilians"})
