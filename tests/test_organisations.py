"""Organisations a report names that the data lacks: by their own name and acronym."""

import pytest

from eventwire import actors, organisations
from eventwire.parse import nlp, text_of


def named(text):
    doc = nlp()(text)
    return [(a.text, a.name, a.kind) for a in organisations.find(doc, actors.find(text_of(doc)))]


def test_a_run_of_names_ending_in_a_head_word_is_a_group():
    assert named("Members of the Popular Revolutionary Front attacked a police station.") == [
        ("Popular Revolutionary Front", "Popular Revolutionary Front", "rebel group")]


def test_an_acronym_in_parentheses_names_it_there_and_later():
    found = named("The Workers' Self-Defence Command (WSDC) claimed the bombing. The WSDC said it would strike again.")
    assert {n for _, n, _ in found} == {"WSDC: Workers' Self-Defence Command"}
    assert [t for t, _, _ in found] == ["Workers' Self-Defence Command", "WSDC", "WSDC"]


def test_an_acronym_given_first_with_the_name_in_brackets():
    found = named("The PRF [Popular Resistance Front] raided the depot.")
    assert found[0][1] == "PRF: Popular Resistance Front"


def test_a_name_after_so_called_needs_no_head_word():
    assert named("A group calling itself the Black Hand claimed the killing.")[0][1] == "Black Hand"
    assert named("Fighters of the so-called Southern Lions Command ambushed a patrol.")[0][1] == "Southern Lions Command"


@pytest.mark.parametrize("text", [
    "The Nigerian Army repelled the raid.",
    "Northern Command said two soldiers died.",
    "Troops of the 3rd Infantry Brigade and the Arce Battalion moved in.",
    "The Rapid Action Battalion arrested five men.",
    "The Border Security Force fired at the post.",
])
def test_a_state_s_own_forces_are_left_to_the_role_words(text):
    assert named(text) == []


@pytest.mark.parametrize("text", [
    "The World Health Organization sent doctors.",
    "An urban commando fled.",
    "The rebel army withdrew.",
])
def test_civil_bodies_and_descriptions_are_no_group(text):
    assert named(text) == []


def test_in_capitals_a_name_needs_a_marker_an_acronym_or_quotes():
    assert named("THE LIONS COMMAND ATTACKED THE TOWN.") == []
    assert named("THE PATRIOTIC LIONS COMMAND ATTACKED THE TOWN.")[0][1] == "Patriotic Lions Command"
    assert named('THE "9 MAY" COMMAND ATTACKED THE TOWN.')[0][1] == "9 May Command"


def test_a_party_is_a_political_group_unless_outlawed():
    assert named("Members of the Peasants' Party were beaten.")[0][2] == "political militia"
    assert named("Two members of the outlawed Red Flag Party were killed.")[0][2] == "rebel group"


def test_a_group_the_data_knows_by_the_acronym_given_with_a_new_name():
    found = named("The Shan State Restoration Army (RCSS/SSA) clashed with a militia.")
    assert found[0][1] == "SSA-S: Shan State Army-South"


def test_groups_the_data_knows_are_not_read_again():
    assert named("The Farabundo Marti National Liberation Front attacked.") == []
