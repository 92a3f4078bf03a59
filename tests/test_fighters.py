"""Who did a crowd's act of harm: the doers the parse gives an act, and the sub-event types
that follow from them. Every sentence here is written for these tests."""

from __future__ import annotations

from eventwire import extract
from eventwire.crowd_people import agent
from eventwire.mentions import find
from eventwire.parse import nlp

PUBLISHED = "2023-06-20"


def doers(text: str) -> dict[str, str | None]:
    doc = nlp()(text)
    return {doc[t.start:t.end].text.lower(): (lambda w: w.lower_ if w is not None else None)(agent(t, doc))
            for m in find(doc) for t in m.triggers}


def test_a_passive_act_takes_no_doer_from_the_clause_it_hangs_from():
    found = doers("The farm workers were walking home along the river when they were attacked near Kitale.")
    assert found.get("attacked") is None


def test_a_passive_act_keeps_the_doer_its_by_names():
    found = doers("The engineer needed stitches after he was stabbed by unknown assailants who waylaid his car.")
    assert found.get("stabbed") == "assailants"


def test_those_accused_of_an_act_did_it_not_their_accusers():
    found = doers("Traders accuse county guards of beating a hawker outside the Meru market.")
    assert found.get("beating") == "guards"


def test_an_accusation_of_killing_is_told_against_the_accused():
    event = extract("Villagers in Voi accuse prison warders of killing an inmate and calling it an escape.",
                    published=PUBLISHED)
    assert event and event[0].sub_event_type != "Mob violence"
