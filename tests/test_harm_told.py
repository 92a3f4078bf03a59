"""Whether the words about an act tell people hurt, and whether they say no one was."""

from __future__ import annotations

import pytest

from eventwire.classify import harm_told


@pytest.mark.parametrize("text, told", [
    ("Raiders struck the village, killing four and driving off the herd.", (True, False)),
    ("Gunmen torched a lorry; two passengers were injured.", (True, False)),
    ("Raiders struck the village and drove off the herd. No injuries were reported.", (False, True)),
    ("The school was burnt down overnight; no one was hurt.", (False, True)),
    ("Militants destroyed a mast without casualties.", (False, True)),
    ("Arsonists burnt the office of the party in the town.", (False, False)),
])
def test_harm_told(text, told):
    assert harm_told(text) == told
