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
    # other words of death
    ("Eleven policemen were martyred when the convoy was ambushed.", 11),
    ("Insurgents martyred six guards at the gate.", 6),
    ("Nine passengers lost their lives when the bus was set alight.", 9),
    ("The bombing claimed 17 lives.", 17),
    ("The raid took the lives of four shepherds.", 4),
    ("The bodies of six fishermen were pulled from the lake.", 6),
    ("Seven bodies were found in a ditch outside the town.", 7),
    ("Raiders torched the market, killing 19.", 19),
    ("23 dead in ferry port attack", 23),
    ("Officials put the death toll at 26.", 26),
    ("The number of dead climbed to 40 overnight.", 40),
    ("The guard was rushed to a clinic, where he passed away.", 1),
    ("The murder of three aid workers shocked the district.", 3),
    ("The deaths of 12 miners were confirmed on Monday.", 12),
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
    "Eleven guards were wounded. None was killed.",
    "None of the passengers were hurt when the bus was shot at.",
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


@pytest.mark.parametrize("text", [
    "Had the charge gone off, it would have killed hundreds of shoppers.",   # hypothetical
    "The gang tried to kill the judge.",                                       # attempted
    "The kidnappers threatened to kill 20 hostages.",                          # threatened
    "Police told the senator of a plot to murder him at the airport.",          # only plotted
    "The letter repeated the gang's threat to kill ten judges.",                # only threatened
    "Two guards were not killed, contrary to the first reports.",              # denied
    "Four of the murdered teachers had been shot in the head, doctors said.",  # part of a group told elsewhere
])
def test_deaths_that_did_not_happen_here_are_not_counted(counts, text):
    assert counts(text).get("killed", 0) == 0


@pytest.mark.parametrize("text", [
    "Pupils marched against the killing of a classmate by soldiers.",   # what a protest is about
    "Police detained three men over the murder of two traders.",        # what an arrest is for
    "Troops crossed the border in retaliation for the killing of 18 soldiers.",
])
def test_a_killing_named_as_the_reason_for_another_act_is_not_counted(counts, text):
    assert counts(text).get("killed", 0) == 0


@pytest.mark.parametrize("text, about", [
    ("Crowds marched against attacks that had killed nine people.", True),
    ("The killing of a student triggered riots in the town.", True),              # the cause of another act
    ("Two men were arrested after a raid in which four guards were killed.", True),
    ("The government condemned the bombing, which killed nine people.", False),  # words about the act itself
    ("The assassination of the mayor was condemned by the government.", False),
])
def test_deaths_another_act_is_about(text, about):
    [c] = [c for s in nlp()(text).sents for c in find(s)]
    assert c.about is about


def test_a_number_that_counts_something_else_is_no_victim(counts):
    assert counts("Troops of the 4th Infantry Brigade killed two gunmen.") == {"killed": 2}
    assert counts("Robbers shot dead a 45-year-old trader and stole $5,000.") == {"killed": 1}


@pytest.mark.parametrize("text, got", [
    # people driven out, taken, freed or held are not casualties
    ("The raid killed seven herders and drove 3,000 people from their homes.", {"killed": 7}),
    ("Gunmen seized 30 pupils and shot dead two guards at the school gate.", {"killed": 2}),
    ("Troops freed 45 hostages; four of the kidnappers died in the operation.", {"killed": 4}),
    ("Police held 14 men after the blast, which had wounded six traders.", {"injured": 6}),
    ("Some 2,000 families have fled the district since the raid.", {}),
    # years, sums, times and unit numbers are not counts of people
    ("The kidnappers asked 5 million shillings for the three captives and killed one.", {"killed": 1}),
    ("Soldiers of the 21st Battalion wounded two smugglers at 10:30 on Friday.", {"injured": 2}),
    ("Nine farmers were hurt in the 2021 flare-up.", {}),
    ("A bomb hidden in a cart wounded 90 shoppers at the market on Monday.", {"injured": 90}),
])
def test_the_act_own_count_among_numbers_of_other_things(counts, text, got):
    assert counts(text) == got


@pytest.mark.parametrize("text, injured", [
    ("Officials said the number of injured had risen to 40.", 40),
    ("The tally of wounded stood at 17 on Sunday night.", 17),
    ("Eleven fighters and four bystanders were wounded.", 15),
])
def test_injuries_are_counted_as_deaths_are(counts, text, injured):
    assert counts(text).get("injured") == injured


def test_who_gives_the_figure():
    model = nlp()
    doc = model("Police said 12 people died; villagers put the toll at 20.")
    found = [c for s in doc.sents for c in find(s)]
    assert [(c.count.best, c.source) for c in found] == [(12, "police"), (20, "villagers")]
    [c] = find(next(model("According to the hospital, nine people were killed.").sents))
    assert (c.count.best, c.source) == (9, "the hospital")


def test_a_toll_that_rose_is_a_newer_figure():
    model = nlp()
    [rose] = find(next(model("The death toll rose to 31 on Sunday.").sents))
    [said] = find(next(model("Thirty people were killed, officials said.").sents))
    assert (rose.count.best, rose.update) == (31, True) and not said.update


def test_evidence_covers_the_number():
    model = nlp()
    doc = model("More than 40 villagers were killed.")
    [c] = find(next(doc.sents))
    assert doc.text[c.start:c.end] == "More than 40 villagers were killed"


@pytest.mark.parametrize("text, killed", [
    ("The murder of the mayor shocked the town.", 1),
    ("Mourners buried the victims of the killings of 12 court officials near the border.", 12),
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


@pytest.mark.parametrize("text, what, n", [
    ("The judge was shot dead near his office, along with two of his guards.", "killed", 3),
    ("A trader was killed together with his driver on the coast road.", "killed", 2),
    ("Four miners died alongside a police officer when the convoy was ambushed.", "killed", 5),
    ("The blast wounded six pupils along with their teacher.", "injured", 7),
    ("The farmer was killed with a machete.", "killed", 1),  # a bare "with" names the weapon
])
def test_victims_named_along_with_the_first_are_counted_with_them(counts, text, what, n):
    assert counts(text)[what] == n


@pytest.mark.parametrize("text, killed", [
    ("The mine went off on the track, killing a driver, 52; his son, 14; a nurse, and two porters.", 5),
    ("The chief's cousin, Tomas; the village teacher, Rosa Lima; and a guard, Ivan Pol, were also killed.", 3),
    ("Raiders killed two herders; three boys; and an old woman.", 6),
    ("The blast killed Ana Vela, 33; a boy known as Nico; and a clerk who died in hospital.", 3),
    ("The raid killed two soldiers; police said three rebels fled.", 2),  # a clause of its own ends the list
])
def test_victims_listed_with_semicolons_are_each_counted(counts, text, killed):
    assert counts(text)["killed"] == killed


def test_evidence_of_a_listed_toll_spans_the_list():
    text = "The shell hit the market, killing a baker, 30; his wife, 28; and a porter."
    sent = next(nlp()(text).sents)
    (count,) = [c for c in find(sent) if c.what == "killed"]
    assert count.count.best == 3
    assert text[count.start:count.end] == "killing a baker, 30; his wife, 28; and a porter"
