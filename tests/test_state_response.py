"""The state's forces fighting those who had just attacked civilians: two pairs of sides, two events."""

import pytest

from eventwire import extract


@pytest.fixture(scope="module")
def run():
    return lambda text, published="2022-03-18": extract(text, published=published)


def test_police_killing_raiders_after_their_raid_is_an_event_of_its_own(run):
    text = ("Bandits raided a village in Baringo on Monday and killed two herders. "
            "Police pursued them and shot dead three of the raiders.")
    attack, fight = run(text)
    assert attack.sub_event_type == "Attack" and attack.fatalities.best == 2
    assert fight.sub_event_type == "Armed clash" and fight.fatalities.best == 3
    assert fight.actor1.name.startswith("Police Forces")
    assert fight.event_date == attack.event_date == "2022-03-14"


def test_an_exchange_of_fire_with_the_attackers_follows_their_attack(run):
    text = ("Gunmen attacked a bus near Garissa on Tuesday, killing four passengers. "
            "In an exchange of fire with police, one attacker died.")
    attack, fight = run(text)
    assert (attack.sub_event_type, fight.sub_event_type) == ("Attack", "Armed clash")
    assert (attack.fatalities.best, fight.fatalities.best) == (4, 1)


def test_an_attack_on_the_state_answered_by_the_state_is_one_fight(run):
    text = ("Militants stormed a police post in Mandera on Friday, killing two officers. "
            "Police returned fire and killed one attacker.")
    [event] = run(text)
    assert event.sub_event_type == "Armed clash"


def test_an_attack_that_hurt_no_one_and_was_beaten_back_is_one_fight(run):
    text = ("Armed men attacked a village in Lamu on Tuesday night. "
            "Soldiers repulsed the attackers after a gunfight, killing two of them.")
    assert len(run(text)) == 1


def test_the_state_only_stepping_in_is_no_second_event(run):
    text = ("Raiders killed a herder in Isiolo on Sunday. "
            "Police intervened.")
    [event] = run(text)
    assert event.sub_event_type == "Attack"


def test_police_breaking_up_a_brawl_is_no_second_event(run):
    text = ("Two rival groups of fishermen fought with machetes at a landing site in Homa Bay on Sunday, "
            "leaving twelve people wounded. Police fired tear gas to disperse the brawling groups.")
    assert len(run(text)) == 1
