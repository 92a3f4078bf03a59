"""The role each actor mention plays in its act: who acts, on whom, and whose forces."""

from datetime import date

import pytest

from eventwire import arguments, dates, mentions, roles
from eventwire.parse import nlp
from eventwire.places import Gazetteer


@pytest.fixture(scope="module")
def frame():
    model = nlp()

    def run(text):
        doc = model(text)
        found = mentions.find(doc)
        return arguments.fill(doc, found[0], dates.find(doc.text, date(2024, 3, 10)), Gazetteer.default().spot(doc))

    return run


@pytest.mark.parametrize("text, name", [
    ("Russian shelling of Kharkiv killed three civilians on Saturday.", "Military Forces of Russia"),
    ("An Israeli air strike in Gaza killed five people on Friday.", "Military Forces of Israel"),
    ("An Israeli strike killed four people in a car near Tyre.", "Military Forces of Israel"),
    ("Ukrainian drones struck an oil depot in Bryansk region overnight.", "Military Forces of Ukraine"),
    ("A Turkish raid on the village left two dead.", "Military Forces of Turkey"),
    ("A Russian missile strike hit a block of flats in Odesa, killing four.", "Military Forces of Russia"),
    ("A Pakistani military drone struck a house in Paktika, killing two.", "Military Forces of Pakistan"),
])
def test_a_country_s_people_owning_the_act_are_its_forces(frame, text, name):
    assert frame(text).attacker.name == name


def test_a_role_word_describing_the_weapon_is_no_second_side(frame):
    sides = frame("A Pakistani military drone struck a house in Paktika, killing two.")
    assert sides.attacker.name == "Military Forces of Pakistan" and sides.target is None


def test_a_people_s_nationality_is_not_its_state_s_forces(frame):
    sides = frame("Afghan traders attacked a rival's shop near the border crossing on Sunday.")
    assert sides.attacker is None or sides.attacker.kind != "state forces"


def test_a_checkpoint_where_a_victim_was_shot_is_the_place_not_a_side(frame):
    sides = frame("On Sunday a soldier shot dead a motorcyclist at a checkpoint outside the town.")
    assert sides.attacker.name.startswith("Military Forces") and sides.target.kind == "civilians"


def test_a_coalition_led_by_a_country_is_that_country_s(frame):
    text = "Saudi-led coalition jets bombed a market in Saada, killing 12 people."
    doc = nlp()(text)
    f = frame(text)
    assert f.attacker.kind == "state forces" and arguments.demonym_country(doc, f.attacker) == "SA"


def test_a_country_backing_a_side_is_not_the_side(frame):
    backed = frame("Iranian-backed militiamen fired rockets at the base.").attacker
    assert backed is None or backed.kind != "state forces"
    doc = nlp()("Russian-backed rebels shelled the town.")
    rebels = next(a for a in roles.sentence_actors(doc, next(doc.sents)) if a.text == "rebels")
    assert arguments.demonym_country(doc, rebels) is None


def test_a_group_only_the_report_names_is_the_attacker_by_its_name(frame):
    f = frame("Members of the Popular Revolutionary Front attacked a police station in Oaxaca.")
    assert f.attacker.name == "Popular Revolutionary Front" and f.attacker.named and not f.attacker.listed


def test_a_unit_of_a_known_group_is_that_group(frame):
    f = frame("Two engineers were kidnapped by the so-called Black River cell of the ELN near Arauca.")
    assert f.attacker.name == "ELN: National Liberation Army"


def test_a_group_named_only_as_a_victim_s_is_not_the_attacker(frame):
    f = frame("A local leader of the Green Valley Party was gunned down outside his house.")
    assert f.attacker is None


def test_guerrilla_commandos_are_guerrillas(frame):
    f = frame("The bomb was detonated by urban guerrilla commandos near the power tower.")
    assert f.attacker.name == "Unidentified Armed Group ({country})"


def test_the_agent_of_a_word_that_leads_to_no_act_is_no_side(frame):
    assert frame("A petition signed by the rebels mentions the attack on the post.").attacker is None
    assert frame("Three farmers were shot dead by rebels near the river.").attacker.text == "rebels"


def test_who_voices_a_suspicion_is_no_side(frame):
    f = frame("Police blamed the attack on the Taliban, who denied any involvement.")
    assert f.attacker.name == "Taliban"
    assert f.target is None and not f.others


def test_the_side_an_accusation_names_is_the_attacker(frame):
    f = frame("Relatives accused soldiers of killing the two farmers near the river.")
    assert f.attacker.kind == "state forces"


def test_a_word_naming_a_group_at_home_describes_the_group_named_after_it(frame):
    attacker = frame("MAOIST SHINING PATH GUERRILLAS KILLED THE MAYOR OF A SMALL TOWN IN AYACUCHO.").attacker
    assert attacker.name == "Shining Path" and attacker.text == "MAOIST SHINING PATH GUERRILLAS"


def test_fighters_belonging_to_a_group_are_the_group(frame):
    attacker = frame("A band of rebels belonging to the Tupac Amaru Revolutionary Movement raided a police post.").attacker
    assert attacker.name.startswith("MRTA")


def test_a_side_named_only_as_an_affiliation_is_not_acted_upon():
    from eventwire import extract
    [event] = extract("Gunmen with suspected links to the Mungiki sect shot dead three traders in Thika on Monday.",
                      published="2023-06-20")
    assert event.sub_event_type == "Attack"
    [event] = extract("A man who had connections with al Shabaab was found dead in Lamu on Monday.",
                      published="2023-06-20")
    assert event.sub_event_type == "Attack"
    assert event.actor2 is None or event.actor2.kind == "civilians"



def test_a_side_an_act_word_hangs_on_is_the_one_acted_upon():
    """ "Police assault traders ...": a headline the parse reads as "assault traders", a noun;
    the traders are those the police acted on. "Riot police" keep their own word."""
    doc = nlp()("Police assault traders protecting their goods in Nakuru")
    act = next(t for t in doc if t.lower_ == "assault")
    assert act.dep_ != "compound" or roles._named_by_act(doc[2:3], {act.i})
    doc = nlp()("Riot police dispersed the crowd in Kisumu on Monday.")
    assert not roles._named_by_act(doc[0:2], {0})


@pytest.mark.parametrize("text", [
    "The body of a trader was found by herders near Isiolo on Monday. He had been shot in the head.",
    "The body of a young man was found on Sunday by fishermen on the shore of the lake in Homa Bay. It bore stab wounds.",
    "Villagers found the body of a missing teacher in a thicket outside Kitui on Monday; she had been strangled.",
])
def test_those_who_find_a_body_are_no_side_of_the_killing(text):
    from eventwire import extract
    [event] = extract(text, published="2023-06-20")
    assert event.sub_event_type == "Attack"
    assert event.actor1.name == "Unidentified Armed Group (Kenya)"


def test_who_claims_that_people_were_killed_is_no_side(frame):
    """The subject of "claim" with a clause after it tells what happened; with an object
    ("claimed the raid") it owns the act."""
    f = frame("Herders claim that six people were killed in raids on their camps near Garsen last month.")
    assert f.attacker is None
    assert frame("The militia claimed the raid on the camp near Garsen.").attacker.text == "militia"
