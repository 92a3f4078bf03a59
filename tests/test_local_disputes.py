"""Violence among neighbours, farmers and herders, families and villages: ACLED's mob
violence when people brawl, a communal militia's clash or attack when a fight kills.

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
    "Villagers from two neighbouring hamlets clashed over a boundary near Parakou on Sunday; two men were killed.",
])
def test_a_fight_of_plain_people_that_kills_is_a_clash(text):
    assert one(text).sub_event_type == "Armed clash"


@pytest.mark.parametrize("text", [
    "Farmers and herders fought over a grazing field near Kandi on Tuesday, leaving four people hurt.",
    # a party's followers or a mob brawl as a crowd, whoever dies
    "Supporters of two rival candidates clashed in Nyeri on Monday and one man was killed.",
    "A mob clashed with traders at a market in Kisumu on Monday, and one man was killed.",
])
def test_a_brawl_that_kills_no_one_or_a_crowd_s_fight_stays_mob_violence(text):
    assert one(text).sub_event_type == "Mob violence"
