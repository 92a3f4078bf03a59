"""Death and injury counts in one sentence, per victim group and summed."""

import pytest

from eventwire.casualties import find
from eventwire.parse import nlp


@pytest.fixture(scope="module")
def counts():
    model = nlp()

    def run(text):
        out = {}
        for sent in model(text).sents:
            for c in find(sent):
                out[c.what] = out.get(c.what, 0) + c.count.best
        return out

    return run


@pytest.mark.parametrize("text, killed", [
    ("Gunmen killed five soldiers in Borno.", 5),
    ("Two policemen were killed in an ambush in Tillaberi.", 2),
    ("The attack left 10 soldiers and three civilians dead.", 13),
    ("At least 14 people were killed when a bomb exploded in Mogadishu.", 14),
    ("More than 20 villagers were shot dead by bandits in Zamfara.", 20),
    ("A dozen fishermen were killed in the raid.", 12),
    ("Two Federal Police Special Unit personnel were killed near Tula.", 2),
    ("The death toll rose to 31 on Sunday.", 31),
    ("A teacher was hacked to death in Barisal.", 1),
    ("Three of the attackers were also killed.", 3),
    ("Police gunned down two robbers in Lagos.", 2),
    ("Three villagers were reported killed as fighters advanced.", 3),
    ("A herder was shot and killed by soldiers near the border.", 1),
    ("Eight dead after clan fighting in a village.", 8),
    ("Jets bombed a rebel convoy near the river, fifteen dead.", 15),
    ("Two militias clashed in the town, leaving 4 killed and 9 wounded.", 4),
])
def test_killed(counts, text, killed):
    assert counts(text).get("killed") == killed


def test_dozens_counts_low_as_acled_does():
    model = nlp()
    [c] = [c for s in model("Dozens of people were killed in Darfur.").sents for c in find(s) if c.what == "killed"]
    assert (c.count.low, c.count.best) == (12, 24)


@pytest.mark.parametrize("text", [
    "There were no casualties in the attack on the convoy.",
    "No one was killed in the blast in Quetta.",
])
def test_no_casualties_is_zero(counts, text):
    assert counts(text).get("killed") == 0


def test_injuries_are_apart_from_deaths(counts):
    got = counts("Four soldiers were killed and seven others wounded near Damboa.")
    assert got == {"killed": 4, "injured": 7}


def test_casualties_alone_is_not_a_toll(counts):
    assert counts("The shelling caused casualties in Donetsk.").get("killed", 0) == 0


def test_victim_group():
    model = nlp()
    [soldiers] = find(next(model("Rebels killed four soldiers near Goma.").sents))
    [people] = find(next(model("Rebels killed four people near Goma.").sents))
    assert soldiers.group == "Military Forces of {country}"
    assert people.group == ""


def test_one_hurt_then_dead_counts_as_killed(counts):
    got = counts("A woman, who was injured in a grenade attack on a market in Bujumbura on Saturday, died in hospital on Sunday.")
    assert got.get("killed") == 1


def test_a_number_with_its_own_casualty_word_is_not_summed(counts):
    assert counts("One dead and three injured when a truck hit a mine.") == {"killed": 1, "injured": 3}


@pytest.mark.parametrize("text, killed", [
    ("The murder of the mayor shocked the town.", 1),
    ("Judges resigned over the killings of 12 court officials near the border.", 12),
    ("The newspaper's editor spoke of his colleague Ana Ruiz's assassination.", 1),
    ("Relatives mourned the killing of two farmers and a teacher.", 3),
])
def test_a_killing_noun_counts_the_people_it_names(counts, text, killed):
    assert counts(text) == {"killed": killed}


def test_a_killing_only_tried_or_of_people_not_counted_has_no_toll(counts):
    assert counts("Police foiled the attempted murder of a lawyer.") == {}
    assert counts("The killings of villagers went on.") == {}


def test_the_dead_of_a_killing_a_protest_is_about_are_not_its_toll(counts):
    assert counts("Students protested against the killing of a classmate by soldiers.") == {}
