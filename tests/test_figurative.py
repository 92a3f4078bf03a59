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
    "The brewer quietly killed off its oldest lager brand to cut costs.",
    "After weeks of talks the two airlines struck a deal on shared routes.",
    "The widow fought back tears as she thanked the nurses at the clinic.",
    "The lead actress was shot twice in the final scene of the series.",
    "Their goalkeeper was injured in training on Thursday and misses the cup tie.",
    "A new strain of the virus attacked the lungs of hundreds of elderly patients.",
    "Locusts attacked the sorghum fields along the valley floor this week.",
    "Rents exploded in the capital after the new railway opened.",
    "The sequel bombed at the box office despite a huge marketing budget.",
    "Eager fans besieged the hotel where the band was staying.",
    "The outlet store was raided by shoppers hunting for cheap shoes.",
    "The storm killed six people and flattened hundreds of homes along the coast.",
    "The mayor deployed all his charm to win over the visiting investors.",
    "The rugby side recruited two young players from a rival academy.",
    "The clinic recruited forty nurses ahead of the vaccination drive.",
    "The winger was shown a red card for attacking the full-back off the ball.",
    "The city council raided its reserves to fill the hole in the water budget.",
    "Volunteers fought the blaze on the hillside for two nights.",
    "The stadium exploded with joy when the late equaliser went in.",
    "The clinic was besieged by patients queuing for the free eye tests.",
    "A fuel tanker exploded on the bypass after a collision, killing three people.",
    "The reserve bank lifted its lending rate on Tuesday to fight inflation.",
])
def test_a_figurative_use_gives_no_event(text):
    assert extract(text, published=PUBLISHED) == []


@pytest.mark.parametrize("text, sub_type", [
    ("Gunmen attacked the district offices and shot two guards on Tuesday.", "Attack"),
    ("Militants stormed the police post and exchanged fire with officers for an hour.", "Armed clash"),
    ("Protesters stormed the county offices and smashed windows over the new levy.", "Violent demonstration"),
    ("Unknown attackers killed off the last witness in the case with a machete.", "Attack"),
    ("Gunmen shot the village elder during a football match in the school field.", "Attack"),
    ("A bomb exploded at the market, wounding four traders.", "Remote explosive/landmine/IED"),
    ("Bandits besieged the village and shot two herders dead.", "Attack"),
    ("Two rival militias fought for control of the ridge overnight.", "Armed clash"),
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


@pytest.mark.parametrize("text", [
    "Officers arrested two teenagers over the theft of copper cables from a railway depot.",
    "A suspected burglar was arrested after neighbours saw him climbing out of a window.",
    "The two parties signed an agreement to form a coalition after the close vote.",
    "The carmaker signed an agreement with the union on wages for the next three years.",
])
def test_ordinary_crime_and_business_deals_give_no_event(text):
    assert extract(text, published=PUBLISHED) == []


@pytest.mark.parametrize("text, sub_type", [
    ("Police arrested an opposition activist accused of stealing ballot boxes from a polling station.", "Arrests"),
    ("The rebels and the army signed a ceasefire agreement in the capital on Monday.", "Agreement"),
    ("The militia recruited hundreds of youths in the border villages ahead of the offensive.",
     "Change to group/activity"),
    ("The army deployed troops to the restive county after the raids.", "Change to group/activity"),
    ("Gunmen ambushed a bus carrying traders on the coast road, killing two.", "Attack"),
    ("Photographer attacked after taking pictures outside the church", "Attack"),
    ("An explosive device hidden in a fuel tanker exploded at the depot gate.", "Remote explosive/landmine/IED"),
])
def test_arrests_deals_and_recruitment_of_sides_still_give_events(text, sub_type):
    events = extract(text, published=PUBLISHED)
    assert events and events[0].sub_event_type == sub_type


@pytest.mark.parametrize("text", [
    "The governor banned all marches in the city centre on Tuesday ahead of the by-election.",
    "A ban on rallies in the port city came into force on Tuesday.",
])
def test_protests_banned_did_not_take_place(text):
    assert extract(text, published=PUBLISHED) == []


def test_a_march_held_in_defiance_of_a_ban_took_place():
    events = extract("Defying the ban, hundreds of nurses marched to the ministry on Tuesday.", published=PUBLISHED)
    assert [e.sub_event_type for e in events] == ["Peaceful protest"]
