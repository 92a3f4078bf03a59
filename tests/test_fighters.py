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


def sub(text: str) -> str:
    events = extract(text, published=PUBLISHED)
    assert events, f"no event in {text!r}"
    return events[0].sub_event_type


def test_people_who_shoot_their_victims_dead_are_a_band_not_a_mob():
    assert sub("Three fishermen were shot dead by a rival group near Lodwar on Monday.") == "Attack"


def test_a_mob_that_beats_a_man_is_still_a_mob():
    assert sub("An angry crowd beat a suspected burglar to death in Nakuru on Monday.") == "Mob violence"


def test_a_crowd_that_fights_a_community_s_fighters_fights_a_battle():
    assert sub("On Monday farmers clashed with herders over a watering point near Garsen.") == "Armed clash"


def test_a_fight_of_rival_crowds_stays_a_mob_s():
    assert sub("Supporters of two rival aspirants clashed outside a church in Kakamega on Monday, injuring four.") \
        == "Mob violence"


def test_doers_a_by_phrase_names_are_not_overruled_by_the_police_named_before():
    assert sub("Freed on bail by police on Friday, a suspected car thief was beaten and killed by vigilantes in Thika.") \
        == "Mob violence"


def test_an_act_told_in_the_past_perfect_as_earlier_is_no_act_of_the_crowd_now():
    from eventwire import protest_words
    doc = nlp()("Soldiers raided the market, after traders had earlier assaulted a corporal.")
    verb = next(t for t in doc if t.lower_ == "assaulted")
    assert protest_words.earlier(verb)
    assert not protest_words.earlier(next(t for t in doc if t.lower_ == "raided"))


def test_a_relative_pronoun_s_act_is_done_by_the_noun_it_describes():
    found = doers("The launch was cut short by rowdy youths, who smashed the chairs and stoned the stage.")
    assert found.get("stoned") == "youths" or found.get("stoned the stage") == "youths"


def test_the_words_of_a_crowd_leave_out_the_clause_about_it():
    from eventwire.crowd_people import phrase
    doc = nlp()("Officers used tear gas on traders who were throwing stones at the police near the market.")
    traders = next(t for t in doc if t.lower_ == "traders")
    assert phrase(traders).text == "traders"


def test_a_people_s_name_in_a_split_sub_county_name_names_a_place():
    from eventwire.crowd_people import people_named
    doc = nlp()("Engineers fled Pokot Central sub-county after locals threw stones at them.")
    assert not people_named(doc[:])


def test_a_crowd_that_fights_off_raiders_fights_a_battle():
    assert sub("Villagers fought off cattle raiders near Tot on Monday.") == "Armed clash"


def test_shopkeepers_who_fight_assailants_are_no_community_s_fighters():
    from eventwire.fighters import armed_foe, against_fighters
    doc = nlp()("Shopkeepers clashed with the attackers near the bus park on Monday.")
    fight = next(t for t in doc if t.lower_ == "clashed")
    assert not against_fighters(fight, next(t for t in doc if t.lower_ == "shopkeepers"))
    assert not armed_foe(None)
