"""How reports in English written from French tell a protest and what stopped it: "took the
street", a protest "in reaction to" an arrest, notables who calm a crowd.

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
    "Nurses of the regional hospital took the street in Parakou on Monday to ask for their unpaid allowances.",
    "Market women went to the street in Bohicon on Monday to claim the reopening of their stalls.",
    "Retired teachers went down to the street in Natitingou on Monday to demand their pensions.",
])
def test_taking_the_street_is_a_protest(text):
    assert one(text).sub_event_type == "Peaceful protest"


def test_an_arrest_a_protest_answers_is_no_intervention():
    text = ("On Monday, dozens of moto-taxi drivers marched through Djougou. "
            "The march came in response to the arrest of two of their fellow drivers.")
    assert one(text).sub_event_type == "Peaceful protest"


def test_elders_who_calm_a_protest_do_not_intervene_for_the_state():
    text = ("On Monday, villagers of Sinende protested against the sale of their grazing land. "
            "Elders and the village chief intervened to calm the crowd.")
    assert one(text).sub_event_type == "Peaceful protest"
    text = "On Monday, villagers of Sinende protested against the sale of their grazing land. Police intervened."
    assert one(text).sub_event_type == "Protest with intervention"
