"""Words of violence used figuratively report no act: a policy attacked, a film shot, a
government blasted over prices, shoppers storming a mall. The same words told of people
and weapons still report one.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from eventwire import extract

PUBLISHED = "2024-03-11"


@pytest.mark.parametrize("text", [
    "The finance minister attacked the opposition's spending plan during a long debate on Tuesday.",
    "In a new advert the bank launched a sharp attack on the pricing of its rivals.",
    "The camera crew shot the closing scene of the film on a hillside outside the town.",
    "Union leaders blasted the transport authority over the rise in bus fares.",
    "The bishop slammed the police for the slow pace of the inquiry into the missing funds.",
    "Church leaders condemned the new levy as an assault on the livelihoods of farmers.",
    "The senator attacked his rivals in a radio interview on Sunday morning.",
    "Thousands of shoppers stormed the new supermarket on its first day of trading.",
    "Voters stormed the polling centres at dawn as the queues grew.",
    "The home side fought back from two goals down to win the derby on Saturday.",
    "The army band marched through the city centre at the independence day celebrations.",
    "The coast guard fired live rounds at floating targets during a drill off the island.",
    "A herd of elephants raided maize farms in the valley and flattened the crops.",
    "A fire destroyed thirty stalls at the town market overnight; its cause is not yet known.",
    "The ministry fired its chief engineer after the bridge contract was cancelled.",
])
def test_a_figurative_use_gives_no_event(text):
    assert extract(text, published=PUBLISHED) == []


@pytest.mark.parametrize("text, sub_type", [
    ("Gunmen attacked the district offices and shot two guards on Tuesday.", "Attack"),
    ("Militants stormed the police post and exchanged fire with officers for an hour.", "Armed clash"),
    ("Protesters stormed the county offices and smashed windows over the new levy.", "Violent demonstration"),
    ("Teachers marched through the town on the anniversary of the strike to demand their unpaid salaries.",
     "Peaceful protest"),
])
def test_the_same_words_told_of_people_still_report_an_act(text, sub_type):
    events = extract(text, published=PUBLISHED)
    assert events and events[0].sub_event_type == sub_type


def test_a_curfew_imposed_after_attacks_is_the_measure_not_the_attacks():
    events = extract("The governor imposed a dusk-to-dawn curfew on the district after the attacks.",
                     published=PUBLISHED)
    assert [e.sub_event_type for e in events] == ["Change to group/activity"]
