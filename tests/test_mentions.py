"""Trigger words: which sentences report an act, and what kind of act."""

import pytest

from eventwire.mentions import find, triggers_in
from eventwire.parse import nlp


@pytest.fixture(scope="module")
def parse():
    model = nlp()
    return lambda text: model(text)


def kinds(parse, text):
    return [t.kind for s in parse(text).sents for t in triggers_in(s)]


@pytest.mark.parametrize("text, kind", [
    ("A roadside bomb exploded near a market in Gao.", "bomb"),
    ("A suicide bomber blew himself up at a checkpoint in Kabul.", "suicide"),
    ("Rockets landed near the airport in Erbil.", "shelling"),
    ("A drone strike hit a compound in North Waziristan.", "airstrike"),
    ("Gunmen abducted twelve passengers near Kaduna.", "abduction"),
    ("Troops clashed with rebels near Bunia.", "clash"),
    ("Rioters set fire to the town hall in Nairobi.", "riot"),
    ("Attackers threw a petrol bomb at a crowded bus in Dhaka.", "incendiary"),
    ("Government forces recaptured the town from the rebels.", "takeover"),
])
def test_trigger_kinds(parse, text, kind):
    assert kind in kinds(parse, text)


def test_strike_as_a_verb_is_an_attack_as_a_noun_a_protest(parse):
    assert "attack" in kinds(parse, "Militants struck an army post in Khost.")
    assert "protest" in kinds(parse, "Nurses went on strike in Lusaka over unpaid wages.")
    assert "attack" not in kinds(parse, "Nurses went on strike in Lusaka over unpaid wages.")


def test_phrases_cover_their_words(parse):
    found = [t for s in parse("A car bomb went off outside the ministry.").sents for t in triggers_in(s)]
    spans = [(t.start, t.end) for t in found]
    assert len(spans) == len(set(spans))


def test_only_sentences_with_triggers(parse):
    doc = parse("The governor met elders on Monday. Gunmen killed two traders in Zamfara.")
    found = find(doc)
    assert len(found) == 1 and "Gunmen" in found[0].sent.text


def test_a_bomb_thrown_by_hand_is_used_like_a_grenade(parse):
    assert "grenade" in kinds(parse, "Youths hurled a homemade bomb at a police van in Bamako.")
    assert "grenade" not in kinds(parse, "A homemade bomb exploded near a police van in Bamako.")
