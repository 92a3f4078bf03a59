"""Violence among neighbours, farmers and herders, families and villages: ACLED's mob
violence when people brawl, a communal militia's clash when herders or a named people
fight their neighbours and kill.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from eventwire import extract

PUBLISHED = "2023-06-20"


def one(text: str):
    events = extract(text, published=PUBLISHED)
    assert events, f"no event in {text!r}"
    return events[0]


@pytest.mark.parametrize("text", [
    "Farmers and herders fought over a grazing field near Kandi on Tuesday, leaving three people dead.",
    "Bariba farmers and Dendi fishermen clashed near Malanville on Sunday over a boundary; two men were killed.",
])
def test_a_deadly_fight_of_herders_or_a_named_people_is_a_clash(text):
    assert one(text).sub_event_type == "Armed clash"


@pytest.mark.parametrize("text", [
    "Farmers and herders fought over a grazing field near Kandi on Tuesday, leaving four people hurt.",
    # villagers' groups, a party's followers or a mob brawl as a crowd, whoever dies
    "Two groups of villagers clashed over a fish pond near Comilla on Sunday; one man was killed.",
    "Supporters of two rival candidates clashed in Nyeri on Monday and one man was killed.",
    "A mob clashed with traders at a market in Kisumu on Monday, and one man was killed.",
])
def test_a_brawl_that_kills_no_one_or_a_crowd_s_fight_stays_mob_violence(text):
    assert one(text).sub_event_type == "Mob violence"


def test_land_seized_from_its_owners_is_property_taken():
    text = "On Monday, members of one clan seized the farmlands of their neighbours near Segbana."
    assert one(text).sub_event_type == "Looting/property destruction"


def test_a_house_the_state_seizes_by_law_is_no_looting():
    assert extract("On Monday, the army seized the house of a smuggler in Parakou under a court order.", "2021-03-01") == []


def test_a_guess_at_who_the_doers_were_does_not_make_their_act_unreal():
    text = "On Monday, gunmen thought to be bandits, could be rustlers, seized a cow from a herder near Kalale."
    assert one(text).sub_event_type == "Looting/property destruction"


def test_an_untold_number_of_herders_who_beat_someone_are_a_mob():
    text = "On Monday, a number of cattle herders punched and injured a farmer near Nikki."
    assert one(text).sub_event_type == "Mob violence"


@pytest.mark.parametrize("text", [
    "On Friday, a farmer and two herders clashed with cutlasses over a trampled maize plot near Savalou. All three were hurt.",
    "On Monday, villagers near Dassa clashed with nomadic pastoralists whose cattle had eaten their crops. Two of the pastoralists were wounded.",
    "Two people were wounded in fighting that broke out between two households over a plot boundary in Ouidah on Sunday.",
])
def test_a_fight_of_unorganised_people_that_only_wounds_is_mob_violence(text):
    assert one(text).sub_event_type == "Mob violence"


@pytest.mark.parametrize("text", [
    # guns, clans or a death make the sides organised or the fight deadly
    "On Friday, farmers and herders clashed with rifles near Savalou. Two farmers were wounded.",
    "On Monday, clan militias clashed near Dassa over a well. Two men were wounded.",
])
def test_an_armed_or_clan_fight_that_only_wounds_stays_a_clash(text):
    assert one(text).sub_event_type == "Armed clash"


@pytest.mark.parametrize("text", [
    "On Tuesday, a group of farmers destroyed the water troughs of a herder camp near Nikki after a quarrel over a path.",
    "On Sunday, relatives of a landowner vandalised and destroyed the yam field of a neighbour in a quarrel over a boundary near Pobe.",
])
def test_people_who_only_wreck_property_and_hurt_no_one_destroy_property(text):
    assert one(text).sub_event_type == "Looting/property destruction"


@pytest.mark.parametrize("text", [
    "On Tuesday, an angry mob wrecked the stalls of a trader accused of theft at the market in Bohicon.",
    # the goods of people they accuse: rough justice
    "On Sunday, residents of a hamlet near Pobe destroyed the houses of two men accused of a killing the court had freed.",
    # rioters, students or a party's cadres who wreck property riot
    "On Sunday, party cadres smashed the windows of two campaign buses of their rivals in Lokossa.",
    "On Sunday, students destroyed the furniture of their college in Parakou after two of them were expelled.",
])
def test_an_angry_crowd_people_punishing_suspects_or_rioters_who_wreck_property_stay_a_mob(text):
    assert one(text).sub_event_type == "Mob violence"
