"""Counts that are not the act's own toll: a war's, a period's or a campaign's dead, a rate,
an earlier attack's toll. Sentences of our own, read the way a report gives them."""

import pytest

from eventwire.casualties import find
from eventwire.other_tolls import elsewhere
from eventwire.parse import nlp


def killed(text: str) -> list[int]:
    return [c.count.best for s in nlp()(text).sents for c in find(s) if c.what == "killed"]


@pytest.mark.parametrize("text", [
    # a war's or a campaign's dead
    "More than 60,000 people have been killed in the conflict since 1996.",
    "The civil war has killed at least 300,000 people.",
    "The insurgency has claimed 12,000 lives.",
    "The decade-long rebellion has left 40,000 dead.",
    "A three-year campaign of raids has killed 900 villagers.",
    "The movement has caused the death of 8,000 people over its 20-year history.",
    # a period's total or a rate
    "So far this year, 180 civilians have died in such attacks.",
    "During April more than 250 people were killed across the province.",
    "In March alone, their ambushes claimed 90 lives.",
    "Some 500 people have died in cattle raids over the past two years.",
    "About 1,500 people die every year in clashes over grazing land.",
    "Violence since January has killed 320 people in the region.",
    "More than 9,000 civilians have been killed since the invasion began, officials say.",
    "To date, 75 aid workers have been killed in the country.",
    # an earlier act's toll
    "The market was the scene of the 2017 bombing that left 112 dead.",
    "Last year's raid on the village killed 36 people.",
    "The previous ambush on the road killed 14 soldiers.",
    "In 2015, 150 people died in a similar attack on the town.",
    "It was the worst attack since 2014, when 80 pilgrims were killed.",
    "A similar attack two years ago killed 25 people.",
])
def test_a_count_of_more_than_the_act_is_left_out(text):
    assert killed(text) == []


@pytest.mark.parametrize("text, toll", [
    ("Gunmen killed 12 villagers on Sunday, the deadliest attack in the district since 2015.", [12]),
    ("The blast, the worst since the war began, killed 15 soldiers.", [15]),
    ("The death toll has risen to 31 since Sunday, hospital officials said.", [31]),
    ("Six people have been killed since the clashes erupted on Sunday.", [6]),
    ("Four commanders were killed by rivals in the last ten days.", [4]),
    ("Three former policemen were killed in the ambush.", [3]),
    ("The fighting left 12 people dead in the town.", [12]),
    ("Four soldiers died in a ground offensive on the ridge.", [4]),
    ("A similar attack on 3 May killed 12 people in the same village.", [12]),  # dated in full: an act of its own
    ("At least eight people are feared dead after the clash.", [8]),
    ("Seven civilians, among them a 10-year-old girl, were killed.", [7]),
])
def test_the_act_own_count_is_kept(text, toll):
    assert killed(text) == toll


def wounded(text: str) -> list[int]:
    return [c.count.best for s in nlp()(text).sents for c in find(s) if c.what == "injured"]


@pytest.mark.parametrize("text", [
    "The eight-year insurgency has wounded more than 25,000 civilians.",
    "Since 2016, some 3,400 people have been injured by mines in the province.",
    "So far this year, 600 people have been hurt in such blasts.",
    "Last month's bombing of the same bazaar wounded 70 shoppers.",
])
def test_a_count_of_wounded_of_more_than_the_act_is_left_out(text):
    assert wounded(text) == []


def test_the_act_own_wounded_are_kept_beside_a_war_total():
    assert wounded("The blast on Friday wounded 14 people; the war has wounded 9,000 since 2015.") == [14]


def test_the_words_that_say_so():
    doc = nlp()("The war has killed 10,000 people, and on Monday a bomb killed 9 people.")
    war, bomb = [t for t in doc if t.lemma_ == "kill"]
    people = [t for t in doc if t.text == "people"]
    assert elsewhere(war, [people[0]]) and not elsewhere(bomb, [people[1]])
