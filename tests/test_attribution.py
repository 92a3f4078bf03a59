"""Claims, denials and suspicion: their words, and the side each one names."""

import pytest

from eventwire.roles import sentence_actors
from eventwire.attribution import claims_in, phrases_in
from eventwire.parse import nlp


@pytest.mark.parametrize("text, kind", [
    ("ISWAP claimed responsibility for the attack on the base.", "claimed"),
    ("The TTP claim full responsibility for the blast.", "claimed"),
    ("The front took responsibility for the ambush in a statement.", "claimed"),
    ("The attack was blamed on the ADF.", "suspected"),
    ("Militants believed to be from the NPA ambushed the patrol.", "suspected"),
    ("The governor held the militia responsible for the massacre.", "suspected"),
    ("No group has claimed responsibility for the bombing.", "unclaimed"),
    ("The Taliban denied any involvement in the blast.", "denied"),
    ("The rebels rejected responsibility for the shelling.", "denied"),
])
def test_phrase_kinds(text, kind):
    assert [k for k, _, _ in phrases_in(text)] == [kind]


@pytest.mark.parametrize("text", [
    "It is believed that the NSCN-K was behind the ambush.",
    "Police suspect the ULFA of carrying out the blast.",
    "Officials said Boko Haram was responsible for the attack.",
])
def test_suspicion_phrases(text):
    assert [k for k, _, _ in phrases_in(text)] == ["suspected"]


def test_speculation_is_not_suspicion():
    assert phrases_in("Supporters of either party could be responsible for the attack.") == []


def test_a_sentence_may_hold_a_suspicion_and_a_denial():
    kinds = [k for k, _, _ in phrases_in("Police blamed the attack on the Taliban, who denied any involvement.")]
    assert kinds == ["suspected", "denied"]


def test_no_claim_is_not_a_claim():
    assert [k for k, _, _ in phrases_in("No group has claimed the bombing so far.")] == ["unclaimed"]


def claims(text):
    doc = nlp()(text)
    sent = next(doc.sents)
    return [(c.how, c.by.name if c.by else None) for c in claims_in(doc, sent, sentence_actors(doc, sent))]


def test_the_claimant_is_the_subject_of_the_claim():
    assert claims("The ELN claimed responsibility for the pipeline bombing.") == [
        ("claimed", "ELN: National Liberation Army")]


def test_the_group_a_subject_is_described_as_does_not_claim():
    found = claims("Ansar al-Islam, the local branch of al-Qaeda, claimed the killing.")
    assert found == [("claimed", "ABT: Ansarullah Bangla Team")]


def test_who_voices_a_suspicion_is_not_the_suspect():
    assert claims("The army blamed the bombing on the FMLN.") == [
        ("suspected", "FMLN: Farabundo Marti National Liberation Front")]
    assert claims("Police suspect the ULFA of carrying out the blast.")[0][1].startswith("ULFA")


def test_the_army_blaming_guerrillas_names_no_group():
    [(how, by)] = claims("The army blamed guerrillas for the attack on the bridge.")
    assert how == "suspected" and by == "Unidentified Armed Group ({country})"


def test_suspected_names_the_side_it_describes():
    assert claims("Suspected Boko Haram fighters killed four farmers near Dikwa.") == [("suspected", "Boko Haram")]


def test_a_group_denying_is_named_by_the_denial():
    found = claims("Police blamed the attack on the Taliban, who denied any involvement.")
    assert found == [("suspected", "Taliban"), ("denied", "Taliban")]


def test_a_denial_by_the_authorities_names_no_group():
    assert claims("Officials denied any role in the disappearance.") == [("denied", None)]


def test_a_side_the_claim_s_own_words_name_is_named_directly():
    doc = nlp()("Residents accused soldiers of burning the market. The blast allegedly hit a bus near an army camp.")
    first, second = list(doc.sents)
    [accusation] = claims_in(doc, first, sentence_actors(doc, first))
    [hearsay] = claims_in(doc, second, sentence_actors(doc, second))
    assert accusation.direct and accusation.by.kind == "state forces"
    assert not hearsay.direct  # the army camp is only near the words "allegedly hit"


def test_who_voices_a_suspicion_with_a_conjoined_verb_is_not_the_suspect():
    assert claims("The rebels denounced the killings and blamed the army for them.") == [
        ("suspected", "Military Forces of {country}")]


def test_an_act_for_which_a_group_is_held_responsible():
    assert [k for k, _, _ in phrases_in("The fire, for which the rebels are being held responsible.")] == ["suspected"]
    assert claims("NOBODY WAS HURT IN THE FIRE, FOR WHICH THE FMLN IS BEING HELD RESPONSIBLE.")[0][1].startswith("FMLN")
