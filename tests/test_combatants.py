"""Who could fight back: the victims' words that make an act a battle rather than violence
against civilians, read beside the side that did it."""

from eventwire import extract
from eventwire.actors import ActorMention
from eventwire.classify import ActFacts, event_type, fellows_only
from eventwire.parse import nlp


def actor(name, kind, named=False):
    return ActorMention(0, 1, name, name, kind, named)


POLICE = actor("Police Forces of {country}", "state forces")
GUNMEN = actor("Unidentified Armed Group ({country})", "rebel group")


def _objects(text):
    doc = nlp()(text)
    return [t for t in doc if t.dep_ == "dobj"]


def test_colleagues_alone_are_fellows():
    assert fellows_only(_objects("The sergeant shot three of his colleagues at the camp."))
    assert fellows_only(_objects("A corporal killed two colleagues and wounded another one near the gate."))
    assert not fellows_only(_objects("The sergeant shot his wife and a neighbour at the camp."))
    assert not fellows_only([])


def test_an_officer_who_shoots_his_colleagues_fights_within_his_force():
    assert event_type({"kill"}, POLICE, None, ActFacts(victims=True, fellows=True)) == ("Battles", "Armed clash")
    # A gunman's colleagues are no force of the state: the act is told by whom it hurt.
    assert event_type({"kill"}, GUNMEN, None, ActFacts(victims=True, fellows=True)) == (
        "Violence against civilians", "Attack")
    [event] = extract("A police sergeant shot dead two of his colleagues at a prison in Embu, Kenya, on Sunday.",
                      published="2016-05-02")
    assert event.sub_event_type == "Armed clash"


def test_an_officer_who_shoots_a_shopkeeper_attacks_a_civilian():
    [event] = extract("A police constable shot dead a shopkeeper at a market in Embu, Kenya, on Sunday.",
                      published="2016-05-02")
    assert event.sub_event_type == "Attack"


def test_a_forces_man_told_by_his_rank_is_the_force():
    [event] = extract("An army sergeant shot dead a shopkeeper at a market in Embu, Kenya, on Sunday.",
                      published="2016-05-02")
    assert event.actor1 is not None and event.actor1.name.startswith("Military Forces")
    [event] = extract("A police sergeant shot dead two of his colleagues at a camp in Embu, Kenya, on Sunday.",
                      published="2016-05-02")
    assert event.actor1 is not None and event.actor1.name.startswith("Police Forces")
    # A force's man who only speaks of the act is no side of it.
    [event] = extract("A police commander said gunmen shot dead two traders in Embu, Kenya, on Sunday.",
                      published="2016-05-02")
    assert event.actor1 is not None and not event.actor1.name.startswith("Police Forces")


def test_grenades_and_gunfire_at_forces_are_a_fight():
    from eventwire.classify import event_type as typed
    police = actor("Police Forces of {country}", "state forces")
    assert typed({"grenade", "shooting"}, GUNMEN, police) == ("Battles", "Armed clash")
    # A grenade alone, or grenade and guns at civilians, stays the weapon's.
    assert typed({"grenade"}, GUNMEN, police) == ("Explosions/Remote violence", "Grenade")
    civilians = actor("Civilians ({country})", "civilians")
    assert typed({"grenade", "shooting"}, GUNMEN, civilians) == ("Explosions/Remote violence", "Grenade")
    [event] = extract("Gunmen hurled a grenade at a police patrol in Wajir, Kenya, on Monday and then opened fire on"
                      " the officers.", published="2016-05-02")
    assert event.sub_event_type == "Armed clash"
