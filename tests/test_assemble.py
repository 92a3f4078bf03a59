"""One event per real-world act: sentences about the same attack join, other acts stay apart."""

import pytest

from eventwire import extract


@pytest.fixture(scope="module")
def run():
    return lambda text, published="2023-10-10": extract(text, published=published)


def test_headline_lead_and_later_paragraph_are_one_event(run):
    text = ("Bandits kill seven villagers in Zamfara\n"
            "GUSAU, Nigeria - Armed bandits on Sunday killed seven villagers in Maradun, police said.\n"
            "The attackers arrived on motorcycles and shot the victims, a resident said.\n")
    events = run(text)
    assert len(events) == 1
    assert events[0].fatalities.best == 7


def test_attackers_killed_belong_to_their_attack(run):
    text = ("Militants attacked an army post in Tillaberi on Monday, killing four soldiers. "
            "Six of the attackers were also killed, the army said.")
    [event] = run(text)
    assert event.fatalities.best == 10
    assert event.event_type == "Battles"


def test_a_separate_incident_on_another_day_is_another_event(run):
    text = ("Gunmen killed two traders in Kaduna on Monday. "
            "In a separate incident on Saturday, a landmine killed three soldiers near Damasak.")
    events = run(text)
    assert len(events) == 2
    assert {e.event_date for e in events} == {"2023-10-09", "2023-10-07"}


def test_recalled_past_years_are_background(run):
    text = ("Rebels attacked a convoy near Beni on Monday, killing two soldiers. "
            "The group killed hundreds of civilians in 2019.")
    [event] = run(text)
    assert event.fatalities.best == 2


def test_threats_and_statements_are_no_events(run):
    assert run("The rebels threatened to attack the capital. The minister condemned the violence.") == []


def test_a_toll_sentence_without_a_trigger_completes_the_event_before_it(run):
    text = ("A car bomb exploded near a market in Mogadishu on Saturday. "
            "Police said 12 people died and 20 were injured.")
    [event] = run(text)
    assert event.fatalities.best == 12 and event.injuries.best == 20


def test_one_strike_told_in_four_paragraphs_is_one_event(run):
    text = ("Drone strike kills three in border village\n"
            "A drone struck a house in Mir Ali on Monday night, killing three men, residents said.\n"
            "The strike flattened the house and damaged two others nearby.\n"
            "\"We heard the explosion and ran outside,\" one neighbour said.\n"
            "Officials said the three were members of a militant group; nobody claimed the strike.\n")
    events = run(text)
    assert len(events) == 1
    assert events[0].fatalities.best == 3


def test_an_earlier_act_the_report_dates_is_an_event_of_its_own(run):
    text = ("Gunmen killed two farmers in Kaura on Monday, police said. "
            "The village was raided on 2 August, when militants abducted nine women.")
    events = run(text)
    assert len(events) == 2
    assert {e.event_date for e in events} == {"2023-10-09", "2023-08-02"}


def test_an_earlier_act_recalled_without_a_date_is_left_out(run):
    text = ("Gunmen killed two farmers in Kaura on Monday, police said. "
            "A similar attack killed four people in the area, residents recalled.")
    [event] = run(text)
    assert event.fatalities.best == 2


def test_an_attack_that_only_wounded_people_is_an_event(run):
    [event] = run("A grenade thrown at a bus stop in Kismayo wounded eleven people on Sunday.")
    assert event.sub_event_type == "Grenade"
    assert event.fatalities.best == 0 and event.injuries.best == 11


def test_another_incident_is_another_event_even_undated(run):
    text = ("Rebels ambushed a truck near Kamanyola on Monday, killing its driver. "
            "In another incident, gunmen abducted a trader in Uvira.")
    events = run(text)
    assert len(events) == 2
    assert {e.sub_event_type for e in events} >= {"Abduction/forced disappearance"}


def test_weapons_found_are_no_act(run):
    text = ("Soldiers clashed with rebels near Beni on Monday, killing one fighter. "
            "Two grenades and a rocket launcher were found at the scene.")
    [event] = run(text)
    assert event.sub_event_type == "Armed clash"


def test_sentences_without_a_date_join_the_current_act_not_a_recalled_one(run):
    text = ("Militants attacked a checkpoint in Tillaberi on Monday. "
            "The same group had bombed a bridge on 3 March. "
            "Four soldiers died and two were wounded at the checkpoint.")
    events = run(text)
    current = next(e for e in events if e.event_date == "2023-10-09")
    assert current.fatalities.best == 4


def test_a_wave_of_attacks_on_listed_towns_is_one_event_per_town(run):
    events = run("Guerrillas attacked police posts in Jalapa, Ocotal and Somoto, Nicaragua on Sunday.")
    assert sorted(e.location.text for e in events) == ["Jalapa", "Ocotal", "Somoto"]
    assert {e.event_date for e in events} == {"2023-10-08"}


def test_listed_towns_in_upper_case_wire_copy_are_one_event_each(run):
    text = ("LIMA, 12 MAY 89 (EFE) -- [TEXT] REBELS DYNAMITED TOWN HALLS IN HUANTA, TAMBO\n"
            "AND LURICOCHA, AYACUCHO DEPARTMENT, YESTERDAY, THE POLICE SAID.  NOBODY WAS\n"
            "HURT IN THE BLASTS.\n")
    events = extract(text)
    assert len(events) == 3
    assert {e.event_date for e in events} == {"1989-05-11"}



def test_listed_towns_are_each_their_own_though_two_read_as_a_town_and_its_province(run):
    # "Kitui, Embu" alone could be a town and the county around it; in a list each is a town
    events = run("Gunmen attacked polling stations in Kitui, Embu and Meru on Sunday.")
    assert sorted(e.location.name for e in events) == ["Embu", "Kitui", "Meru"]

def test_a_stretch_between_two_towns_and_units_named_together_are_one_place(run):
    assert len(run("Rebels ambushed a bus on the road between Jalapa and Ocotal, Nicaragua on Sunday.")) == 1
    assert len(run("Rebels burned buses in Antioquia and Santander departments, Colombia on Sunday.")) == 1


def test_units_each_given_their_own_act_are_one_event_each(run):
    text = ("Gunmen set fire to the farms of two mayors in Jalapa and Ocotal municipalities, "
            "respectively, Nicaragua on Sunday.")
    assert sorted(e.location.text for e in run(text)) == ["Jalapa", "Ocotal"]


def test_an_act_told_in_another_town_is_another_event_even_undated(run):
    text = ("Rebels ambushed an army patrol near Kidal on Friday, killing three soldiers. "
            "Gunmen also burned two trucks in Gao.")
    events = run(text)
    assert [e.location.name for e in events] == ["Kidal", "Gao"]
    assert events[0].fatalities.best == 3


def test_a_headline_naming_the_region_and_a_lead_naming_the_town_are_one_event(run):
    text = ("Gunmen kill four farmers in Plateau\n"
            "JOS - Gunmen on Tuesday killed four farmers in Bokkos, police said.\n")
    [event] = run(text)
    assert event.fatalities.best == 4



def test_the_act_named_again_by_its_region_is_the_same_event(run):
    text = ("Gunmen killed 12 villagers in Kauru, Nigeria on Sunday, police said.\n\n"
            "The attack in Kaduna state was the latest in a wave of raids on farming villages.")
    [event] = run(text)
    assert event.location.name == "Kauru" and event.fatalities.best == 12


def test_an_act_first_told_as_what_someone_condemns_is_an_event(run):
    text = ("The governor strongly condemns the cowardly murder of a village chief, carried out this "
            "morning by gunmen in Kaduna.\nThe state has ordered an inquiry.")
    [event] = run(text)
    assert event.fatalities.best == 1
    assert event.location.name == "Kaduna"


def test_a_condemnation_after_the_act_adds_no_event(run):
    text = ("Gunmen shot dead a village chief in Kaduna on Monday. "
            "The governor condemned the murder of the chief.")
    assert len(run(text)) == 1


def test_a_dying_verb_alone_in_its_paragraph_is_read(run):
    text = ("Retired general attacked in Lima\n\n"
            "Rebels attacked a retired general in Lima this morning.\n\n"
            "The authorities are looking for the criminals.\n\n"
            "The victim was taken to a hospital where he passed away.\n")
    [event] = run(text)
    assert event.fatalities.best == 1


def test_an_act_told_anew_in_another_town_is_another_event(run):
    text = ("Rebels dynamited a power pylon outside Usulutan on Monday.\n\n"
            "A bomb went off at a bank branch in Soyapango.\n")
    assert sorted(e.location.text for e in run(text)) == ["Soyapango", "Usulutan"]


def test_the_act_told_again_of_its_own_doers_in_its_village_is_one_event(run):
    text = ("Gunmen killed 12 villagers in Kauru, Nigeria on Sunday, police said.\n\n"
            "The gunmen stormed the village of Maro at dawn and shot residents as they fled.\n")
    [event] = run(text)
    assert event.fatalities.best == 12


def test_an_act_told_far_from_the_event_s_town_is_another_event(run):
    text = ("Guerrillas killed two policemen in Usulutan on Monday.\n\n"
            "The guerrillas burned a bus in Soyapango.\n")
    assert sorted(e.location.text for e in run(text)) == ["Soyapango", "Usulutan"]


def test_an_act_told_again_in_its_province_or_a_town_nearby_is_one_event(run):
    text = ("Guerrillas killed two policemen in Usulutan on Monday.\n\n"
            "The guerrillas attacked the police post in Usulutan department.\n")
    assert len(run(text)) == 1
    text = ("Gunmen killed seven farmers in Kaduna on Monday.\n\n"
            "The gunmen burned houses in Kauru as they fled.\n")
    assert len(run(text)) == 1


def test_places_apart_only_when_every_namesake_in_one_country_is_far():
    from eventwire.assemble import places_apart
    from eventwire.places import Gazetteer
    gazetteer = Gazetteer.default()
    assert places_apart(gazetteer, "Soyapango", "Usulutan")
    assert not places_apart(gazetteer, "Kauru", "Kaduna state")  # the state holds the town
    assert not places_apart(gazetteer, "Zacamil neighborhood", "San Salvador")  # a quarter the gazetteer lacks


def test_another_act_joins_an_earlier_event_only_by_its_weapon(run):
    text = ("Two bombs went off in Soyapango on Monday, one at a bank and one at a shop.\n\n"
            "Rebels killed a policeman in Usulutan on Monday.\n\n"
            "Meanwhile, three soldiers died in clashes with rebels.\n")
    events = run(text)
    assert len(events) == 3
    assert events[0].fatalities is None or events[0].fatalities.best == 0


def test_a_move_told_with_an_attack_joins_the_weapon_fired_in_it(run):
    text = ("Gunmen crossed the border on Monday and attacked a police post at Dif. "
            "The attackers fired a rocket at the post, but no one was hurt.")
    events = run(text)
    assert [e.sub_event_type for e in events] == ["Shelling/artillery/missile attack"]


def test_forces_sent_in_stay_apart_from_a_bomb_told_after_them(run):
    text = ("Police were deployed to the market town on Monday to keep order. "
            "A bomb went off near the bus park the same day.")
    assert "Remote explosive/landmine/IED" in [e.sub_event_type for e in run(text)]


@pytest.mark.parametrize("text", [
    "Soldiers shot dead a shopkeeper outside his kiosk in Garoua on Sunday. "
    "Traders later marched to the district office to protest against the shooting.",
    "A gang beat a schoolteacher to death near Mbale on Friday. A demonstration against the murder followed.",
])
def test_a_protest_set_off_by_a_killing_is_an_event_after_it(run, text):
    """The killing is told by whom it was done to; the protest it set off is another event."""
    subs = [e.sub_event_type for e in run(text)]
    assert subs[0] == "Attack"
    assert len(subs) == 2 and subs[1] in ("Peaceful protest", "Protest with intervention")


def test_a_protest_the_state_fired_on_stays_one_event(run):
    text = ("Police shot dead two marchers in Kisii on Monday. "
            "The protesters had gathered to demand the release of their leader.")
    [event] = run(text)
    assert event.sub_event_type == "Excessive force against protesters"
