"""Event type from trigger kinds and the side acted upon, by ACLED's rules."""

import pytest

from eventwire import extract
from eventwire.actors import ActorMention
from eventwire.casualties import find
from eventwire.classify import ActFacts, event_type, no_resistance, off_duty, victims_armed
from eventwire.parse import nlp


def actor(name, kind, named=False):
    return ActorMention(0, 1, name, name, kind, named)


GUNMEN = actor("Unidentified Armed Group ({country})", "rebel group")
ARMY = actor("Military Forces of {country}", "state forces")
POLICE = actor("Police Forces of {country}", "state forces")
CIVILIANS = actor("Civilians ({country})", "civilians")
PARTY = actor("BNP: Bangladesh Nationalist Party", "political militia", named=True)
PROTESTERS = actor("Protesters ({country})", "protesters")
RIOTERS = actor("Rioters ({country})", "rioters")


@pytest.mark.parametrize("kinds, attacker, target, expected", [
    ({"attack"}, GUNMEN, ARMY, ("Battles", "Armed clash")),
    ({"attack", "kill"}, GUNMEN, CIVILIANS, ("Violence against civilians", "Attack")),
    ({"bomb", "kill"}, GUNMEN, CIVILIANS, ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
    ({"bomb", "attack"}, GUNMEN, ARMY, ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
    ({"airstrike", "kill"}, ARMY, CIVILIANS, ("Explosions/Remote violence", "Air/drone strike")),
    ({"suicide", "bomb"}, GUNMEN, POLICE, ("Explosions/Remote violence", "Suicide bomb")),
    ({"abduction"}, GUNMEN, CIVILIANS, ("Violence against civilians", "Abduction/forced disappearance")),
    ({"takeover"}, ARMY, GUNMEN, ("Battles", "Government regains territory")),
    ({"takeover"}, GUNMEN, ARMY, ("Battles", "Non-state actor overtakes territory")),
    ({"incendiary"}, GUNMEN, CIVILIANS, ("Violence against civilians", "Attack")),
])
def test_types(kinds, attacker, target, expected):
    assert event_type(kinds, attacker, target) == expected


def test_a_two_sided_fight_with_mortars_is_a_battle():
    assert event_type({"clash", "shelling"}, ARMY, GUNMEN) == ("Battles", "Armed clash")
    assert event_type({"shelling"}, GUNMEN, ARMY)[0] == "Explosions/Remote violence"


def test_party_members_are_civilians_unless_fighting():
    assert event_type({"kill"}, GUNMEN, PARTY) == ("Violence against civilians", "Attack")
    assert event_type({"clash"}, PARTY, PARTY) == ("Battles", "Armed clash")


def test_protests_and_riots():
    assert event_type({"protest"}, PROTESTERS, None) == ("Protests", "Peaceful protest")
    assert event_type({"protest", "riot"}, PROTESTERS, None) == ("Riots", "Violent demonstration")
    assert event_type({"protest", "shooting"}, POLICE, PROTESTERS) == (
        "Protests", "Excessive force against protesters")
    assert event_type({"riot", "kill"}, RIOTERS, CIVILIANS) == ("Riots", "Mob violence")
    # Gunmen wrecking civilians' property attack them where people were hurt; with no one
    # hurt it is property destruction.
    assert event_type({"riot"}, GUNMEN, CIVILIANS, ActFacts(harmed=(True, False))) == ("Violence against civilians", "Attack")
    assert event_type({"riot"}, GUNMEN, CIVILIANS) == ("Strategic developments", "Looting/property destruction")


def test_armed_victims_from_their_words():
    model = nlp()

    def victims(text):
        return [v for s in model(text).sents for c in find(s) for v in c.victims]

    assert victims_armed(victims("Two members of the National Guard were killed."))
    assert victims_armed(victims("Three policemen were killed near Quetta."))
    assert not victims_armed(victims("Three traders were killed near Quetta."))


def test_state_forces_firing_at_no_one_named_fire_at_opponents():
    assert event_type({"shooting"}, ARMY, None, ActFacts(victims=False)) == ("Battles", "Armed clash")
    assert event_type({"shooting", "kill"}, ARMY, None, ActFacts(victims=True)) == (
        "Violence against civilians", "Attack")


def test_a_clash_between_police_and_a_crowd_is_a_riot():
    assert event_type({"clash"}, POLICE, PROTESTERS) == ("Riots", "Violent demonstration")
    assert event_type({"clash", "protest"}, POLICE, None) == ("Riots", "Violent demonstration")
    assert event_type({"clash", "riot"}, None, None) == ("Riots", "Mob violence")


def test_a_clash_of_villagers_or_fighters_stays_a_battle():
    # Villagers or cadres who clash may be a communal or a party militia.
    assert event_type({"clash"}, CIVILIANS, CIVILIANS) == ("Battles", "Armed clash")
    assert event_type({"clash", "protest"}, POLICE, GUNMEN) == ("Battles", "Armed clash")
    assert event_type({"clash", "protest", "shelling"}, ARMY, None) == ("Battles", "Armed clash")


RESIDENTS = ActorMention(0, 1, "residents", "Civilians ({country})", "civilians", False, crowd=True)


def test_residents_burning_property_riot_one_person_burning_people_attacks():
    # A crowd's violence with no demonstration is mob violence, whatever it hit.
    assert event_type({"arson"}, RESIDENTS, None) == ("Riots", "Mob violence")
    assert event_type({"arson"}, RESIDENTS, None, ActFacts(victims=True)) == ("Riots", "Mob violence")
    assert event_type({"arson", "protest"}, RESIDENTS, None) == ("Riots", "Violent demonstration")
    assert event_type({"arson"}, CIVILIANS, None, ActFacts(victims=True)) == ("Violence against civilians", "Attack")
    assert event_type({"arson"}, CIVILIANS, CIVILIANS, ActFacts(harmed=(True, False))) == ("Violence against civilians", "Attack")
    # Gunmen burning a building with no one hurt: property destroyed, a strategic development.
    assert event_type({"arson"}, GUNMEN, None) == ("Strategic developments", "Looting/property destruction")


def test_police_acting_against_rioters_is_a_riot():
    assert event_type({"shooting"}, POLICE, RIOTERS)[0] == "Riots"


def test_soldiers_and_police_attacked_at_home_or_off_duty_are_civilians():
    assert off_duty("Gunmen shot a police officer outside his house in Arish.")
    assert off_duty("Attackers stormed the sergeant's home at night.")
    assert off_duty("An off-duty soldier was stabbed in a market.")
    assert not off_duty("Gunmen attacked a police post on the highway.")
    assert event_type({"kill"}, GUNMEN, POLICE, ActFacts(unguarded=True)) == ("Violence against civilians", "Attack")
    assert event_type({"kill"}, GUNMEN, POLICE) == ("Battles", "Armed clash")
    # A fight at a house is still a fight.
    assert event_type({"clash"}, GUNMEN, POLICE, ActFacts(unguarded=True)) == ("Battles", "Armed clash")


def test_protesters_who_fight_the_police_riot():
    assert event_type({"protest", "riot"}, POLICE, PROTESTERS) == ("Riots", "Violent demonstration")
    assert event_type({"protest", "shooting"}, POLICE, PROTESTERS) == (
        "Protests", "Excessive force against protesters")
    assert event_type({"protest"}, POLICE, PROTESTERS) == ("Protests", "Protest with intervention")


VILLAGERS = actor("Unidentified Communal Group ({country})", "identity militia")


def test_villagers_beaten_are_civilians_unless_they_fight():
    assert event_type({"kill"}, ARMY, VILLAGERS) == ("Violence against civilians", "Attack")
    assert event_type({"clash"}, ARMY, VILLAGERS) == ("Battles", "Armed clash")


def test_an_unnamed_group_told_twice_is_no_second_side():
    assert event_type({"kill"}, GUNMEN, GUNMEN) == ("Violence against civilians", "Attack")
    assert event_type({"clash"}, GUNMEN, GUNMEN) == ("Battles", "Armed clash")
    assert event_type({"attack"}, ARMY, ARMY) == ("Battles", "Armed clash")


def test_soldiers_or_police_seized_by_a_group_is_a_battle():
    assert event_type({"abduction", "kill"}, GUNMEN, POLICE, ActFacts(armed_victims=True)) == ("Battles", "Armed clash")
    assert event_type({"abduction", "kill"}, None, None, ActFacts(armed_victims=True)) == ("Battles", "Armed clash")
    assert event_type({"abduction"}, GUNMEN, CIVILIANS) == (
        "Violence against civilians", "Abduction/forced disappearance")
    # "Gunmen abducted schoolgirls, police said": the police are no victims.
    assert event_type({"abduction"}, GUNMEN, POLICE) == (
        "Violence against civilians", "Abduction/forced disappearance")


def test_agreements_surrenders_and_occupations_are_strategic_developments():
    assert event_type({"agreement"}, GUNMEN, ARMY) == ("Strategic developments", "Agreement")
    assert event_type({"surrender"}, GUNMEN, ARMY) == ("Strategic developments", "Change to group/activity")
    assert event_type({"occupation"}, GUNMEN, None) == (
        "Strategic developments", "Non-violent transfer of territory")
    # Any act of violence outranks them.
    assert event_type({"surrender", "clash"}, GUNMEN, ARMY) == ("Battles", "Armed clash")


def test_property_wrecked_with_no_one_hurt_is_a_strategic_development_stones_thrown_a_riot():
    # People who only wreck or take property, with no gathering's words, destroy property;
    # stones thrown are a riot's (an angry mob's wrecking: tests/test_local_disputes.py).
    assert event_type({"loot"}, RESIDENTS, None) == ("Strategic developments", "Looting/property destruction")
    assert event_type({"riot"}, RESIDENTS, None) == ("Riots", "Mob violence")
    assert event_type({"loot"}, GUNMEN, None) == ("Strategic developments", "Looting/property destruction")


@pytest.mark.parametrize("text", [
    "Police shot dead three Mungiki members in a raid on a hideout in Nakuru on Tuesday.",
    "Soldiers killed two SLDF fighters in the forest near Kapsokwony, Kenya on Monday.",
])
def test_members_of_a_named_kenyan_militia_shot_by_police_fought_a_battle(text):
    [event] = extract(text, published="2008-03-04")
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")


@pytest.mark.parametrize("text", [
    "Three killed by bandits during a night raid on a village in Baringo, Kenya.",
    "Two wounded by unknown attackers in Marsabit town.",
])
def test_a_headline_toll_is_not_armed_by_the_attackers_named_after_it(text):
    [event] = extract(text, published="2010-01-01")
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")


@pytest.mark.parametrize("text", [
    "Raiders killed four villagers and stole 300 goats near Kapedo, Kenya.",
    "Armed men shot dead three herdsmen at a water point in Isiolo, Kenya.",
])
def test_villagers_and_herdsmen_killed_are_civilians(text):
    [event] = extract(text, published="2010-01-01")
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")


def test_herdsmen_are_the_fulani_militia_only_where_it_fights():
    [event] = extract("Herdsmen attacked a village in Benue state, Nigeria, killing five farmers.", published="2018-01-01")
    assert event.actor1.name == "Fulani Ethnic Militia"
    [event] = extract("Herdsmen blocked a road in Marsabit, Kenya, demanding water for their animals.", published="2018-01-01")
    assert event.actor1 is None or event.actor1.name != "Fulani Ethnic Militia"


def test_security_officers_shot_by_gunmen_fought_a_battle():
    [event] = extract("Gunmen shot dead two security officers at a checkpoint in Wajir, Kenya on Sunday.",
                      published="2010-01-01")
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")


@pytest.mark.parametrize("text, expected", [
    ("A group of vigilantes attacked and killed two men they accused of stealing a goat in Kisii.", ("Riots", "Mob violence")),
    ("Vigilantes beat a man to death in Kakamega on Friday.", ("Riots", "Mob violence")),
    ("A vigilante militia clashed with cattle raiders near Lokichar, wounding two of them.", ("Battles", "Armed clash")),
])
def test_vigilantes_are_a_mob_a_vigilante_militia_an_armed_side(text, expected):
    [event] = extract(text, published="2010-01-01")
    assert (event.event_type, event.sub_event_type) == expected


@pytest.mark.parametrize("text", [
    "Police shot dead three suspected gang members near the market in Eldoret on Monday.",
    "Soldiers killed four cattle rustlers in a gunfight near Kapedo on Friday.",
])
def test_gang_members_and_rustlers_shot_by_the_state_fell_in_a_battle(text):
    [event] = extract(text, published="2012-01-01")
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")


def test_an_attack_repelled_is_a_battle():
    [event] = extract("Police repelled an attack by gunmen on a camp near Garissa on Sunday.", published="2012-01-01")
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")


@pytest.mark.parametrize("text", [
    "A teacher was killed during ethnic clashes near Moyale on Monday.",
    "Raiders killed six civilians in three days of fighting around Marsabit.",
    "Ethnic clashes left two women dead in a village near Moyale.",
    "Clan fighting claimed the lives of three children near Wajir on Friday.",
])
def test_civilians_hurt_in_a_fight_told_as_its_setting_were_attacked(text):
    [event] = extract(text, published="2012-01-01")
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")


def test_a_fight_told_as_the_act_keeps_its_civilian_toll():
    [event] = extract("Two clans clashed near Moyale on Monday; a bystander was killed.", published="2012-01-01")
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")


def test_a_fight_that_left_people_dead_with_no_civilians_named_stays_a_battle():
    [event] = extract("Clan clashes left five people dead near Mandera on Sunday.", published="2012-01-01")
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")


def test_a_revenge_attack_is_no_fight_back():
    [event] = extract("In retaliation for a theft, herders killed two men near Isiolo.", published="2012-01-01")
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")


@pytest.mark.parametrize("text", [
    "Police beat a taxi driver while arresting him in Kisumu on Friday.",
    "A trader said he was tortured in police custody in Meru last week.",
])
def test_people_the_police_hold_or_beat_were_attacked(text):
    [event] = extract(text, published="2012-01-01")
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")


@pytest.mark.parametrize("text", [
    "Gunmen seized three aid workers from a compound in Mandera on Monday.",
    "A county official was held captive by armed youths in Bungoma for two days.",
    "Two traders were taken to an unknown location by armed men in Wajir.",
])
def test_people_seized_or_held_captive_were_abducted(text):
    [event] = extract(text, published="2012-01-01")
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Abduction/forced disappearance")


def test_weapons_seized_are_no_abduction():
    [event] = extract("Police seized two rifles from a house in Mandera on Monday.", published="2012-01-01")
    assert event.sub_event_type == "Disrupted weapons use"


@pytest.mark.parametrize("text", [
    "Forty members of the militia were spotted crossing the river near Garissa.",
    "Herders in Baringo took up arms ahead of the dry season, officials said.",
])
def test_armed_people_on_the_move_or_arming_change_their_activity(text):
    [event] = extract(text, published="2012-01-01")
    assert (event.event_type, event.sub_event_type) == ("Strategic developments", "Change to group/activity")


@pytest.mark.parametrize("text", [
    "Armed men stole forty goats from a herder near Kalale on Sunday.",
    "Gunmen seized two motorcycles in a village near Materi on Friday.",
])
def test_livestock_or_motorcycles_taken_by_armed_men_are_looting(text):
    [event] = extract(text, published="2021-01-01")
    assert (event.event_type, event.sub_event_type) == ("Strategic developments", "Looting/property destruction")


@pytest.mark.parametrize("text", [
    "Gunmen stopped a police car near Limuru and opened fire; the officers fired back, killing two of them.",
    "Two herders were killed in violence between two clans near Moyale on Sunday.",
    "Robbers shot dead a security guard at a petrol station in Garissa.",
    "Thieves who broke into a depot in Kitale hacked a night watchman to death.",
    "A GSU officer was shot and wounded by bandits near Kapedo on Monday.",
])
def test_fights_told_by_firing_back_by_the_sides_or_against_armed_guards_are_battles(text):
    [event] = extract(text, published="2012-01-01")
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")


def test_a_leader_and_his_guards_shot_together_were_attacked():
    [event] = extract("Gunmen shot dead a party leader and wounded his two guards in a market in Nyeri.",
                      published="2012-01-01")
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")


def test_animals_killed_are_property_destroyed_with_no_toll():
    [event] = extract("Soldiers killed thirty cows belonging to herders near Kandi on Tuesday.", published="2021-01-01")
    assert (event.event_type, event.sub_event_type) == ("Strategic developments", "Looting/property destruction")
    assert event.fatalities is None or event.fatalities.best == 0
    # People killed beside the animals taken keep their attack.
    [event] = extract("Raiders killed two herders and stole 80 goats near Kandi on Tuesday.", published="2021-01-01")
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")


@pytest.mark.parametrize("text", [
    "Militiamen attacked civilians in Molo on Monday amid ethnic clashes.",
    "A teacher was killed in Molo on Monday during the fighting linked to clashes over land.",
])
def test_civilians_hurt_while_fights_are_only_named_were_attacked(text):
    assert extract(text, published="2023-06-20")[0].sub_event_type == "Attack"


def test_livestock_seized_from_a_herder_is_looting_not_an_abduction():
    text = "Unknown men seized two cows and a goat from a herder near Kalale on Monday."
    assert extract(text, published="2023-06-20")[0].sub_event_type == "Looting/property destruction"


@pytest.mark.parametrize("text, sub", [
    ("Masked men kidnapped a shopkeeper and killed him near the river in Voi on Friday.", "Attack"),
    ("Gunmen abducted two traders at Garsen on Monday and killed one of them.", "Attack"),
    ("Masked men kidnapped a shopkeeper near the river in Voi on Friday.", "Abduction/forced disappearance"),
    # The harm told in a later sentence of the act still makes the kidnapping an attack.
    ("Raiders seized four ferry passengers near Lamu on Sunday. One of the passengers was shot dead.", "Attack"),
])
def test_people_kidnapped_and_killed_or_hurt_were_attacked(text, sub):
    assert extract(text, published="2023-05-08")[0].sub_event_type == sub


def test_victims_who_put_up_no_fight_were_attacked_whoever_they_were():
    assert no_resistance("Officers shot an unarmed constable after a quarrel over a car.")
    assert no_resistance("Two suspected militants were killed in an extrajudicial execution.")
    assert no_resistance("The suspect died in police custody in Meru.")
    assert not no_resistance("Police shot two armed robbers in Meru.")
    assert event_type({"kill"}, POLICE, GUNMEN, ActFacts(unresisting=True)) == ("Violence against civilians", "Attack")
    assert event_type({"kill"}, POLICE, GUNMEN, ActFacts(armed_victims=True)) == ("Battles", "Armed clash")
    # A fight told is a fight, whoever in it was unarmed.
    assert event_type({"clash", "kill"}, POLICE, GUNMEN, ActFacts(unresisting=True)) == ("Battles", "Armed clash")


@pytest.mark.parametrize("text, sub", [
    ("A boy was hacked to death by raiders at Kiwawa on Sunday. The attack is believed to be linked "
     "to recent clashes between the two herding clans.", "Attack"),
    ("Police shot dead an unarmed hawker at a roadblock in Thika on Monday.", "Attack"),
])
def test_attacks_told_beside_a_background_fight_or_on_the_unarmed(text, sub):
    assert extract(text, published="2023-06-20")[0].sub_event_type == sub


@pytest.mark.parametrize("text", [
    "Gunmen shot dead a well-known al Shabaab critic outside a mosque in Lamu on Friday.",
    "Unknown men killed a police informant at Kayole on Tuesday.",
])
def test_people_named_by_their_tie_to_a_side_are_no_fighters(text):
    [event] = extract(text, published="2023-06-20")
    assert event.sub_event_type == "Attack"
    assert event.actor2 is None or event.actor2.kind == "civilians"


@pytest.mark.parametrize("text, sub", [
    ("Bandits raided a village near Baragoi on Monday and stole 300 goats. Police responded, killing four of "
     "the bandits.", "Armed clash"),
    ("Men armed with clubs stormed a tallying centre in Garsen on Tuesday, wounding a clerk. Police intervened, "
     "shooting dead two of the men.", "Armed clash"),
    ("Police intervened in the march on Monday, shooting dead two protesters in Kisumu.",
     "Excessive force against protesters"),
])
def test_people_killed_by_forces_who_stepped_in_were_fighting_them(text, sub):
    assert extract(text, published="2023-06-20")[0].sub_event_type == sub


@pytest.mark.parametrize("text, sub", [
    ("Robbers shot dead a bank guard and wounded his colleague in Eldoret on Monday.", "Armed clash"),
    ("Armed men ambushed the farm guards near Migori on Monday, killing two.", "Armed clash"),
    ("A policeman shot dead a taxi driver in Narok on Monday; the policeman was arrested.", "Attack"),
])
def test_guards_set_upon_are_a_side_that_can_fight_back(text, sub):
    assert extract(text, published="2023-06-20")[0].sub_event_type == sub


@pytest.mark.parametrize("text, sub", [
    ("Police shot two bandits near Kapedo on Monday.", "Armed clash"),
    ("After the arrest of the sect's leader, three civilians were hacked to death at a bus stop in Thika "
     "on Monday.", "Attack"),
])
def test_the_people_an_act_was_done_to_decide_whether_they_could_fight_back(text, sub):
    assert extract(text, published="2023-06-20")[0].sub_event_type == sub


def test_civilians_hurt_while_a_militia_is_named_elsewhere_were_attacked():
    militia = actor("Mungiki Militia", "identity militia", named=True)
    assert event_type({"kill"}, GUNMEN, militia, ActFacts(victims=True, civilians_hurt=True)) == (
        "Violence against civilians", "Attack")
    assert event_type({"kill"}, GUNMEN, militia, ActFacts(victims=True)) == ("Battles", "Armed clash")
    assert event_type({"kill"}, GUNMEN, POLICE, ActFacts(victims=True, civilians_hurt=True)) == ("Battles", "Armed clash")


@pytest.mark.parametrize("text, sub", [
    ("Ethiopian Dassanach militia attacked a fishing camp on Lake Turkana on Monday.", "Attack"),
    ("Turkana warriors from Kenya attack Ugandan villagers near the border", "Attack"),
    ("Pokot tribesmen from Uganda attack Kenyan farmers in Kacheliba", "Attack"),
    ("Police shot dead four militiamen in a forest near Kapedo on Monday.", "Armed clash"),
])
def test_a_militia_or_people_from_a_country_are_no_army_of_it(text, sub):
    """A community's militia is no state's army, whatever country word comes with it; nor
    are people from a country its forces."""
    assert extract(text, published="2023-06-20")[0].sub_event_type == sub


@pytest.mark.parametrize("text, sub", [
    ("Suspected SLDF fighters targeted by soldiers in Mount Elgon forest, four dead.", "Armed clash"),
    ("Nurse attacked by raiders during tribal clashes in Molo", "Attack"),
])
def test_the_subject_of_a_passive_told_without_was_is_the_side_acted_upon(text, sub):
    """Headlines and notes drop the "was": what stands before "targeted by" or "attacked by"
    had the act done to it, whatever a word of suspicion says of it."""
    assert extract(text, published="2023-06-20")[0].sub_event_type == sub


def test_a_side_word_that_describes_the_subject_gives_the_subject_s_role():
    """ "A civilian selling firewood was shot": the parse may hang "civilian" on the next noun;
    the side is still the one the act was done to."""
    text = "On Monday, a civilian selling firewood was shot in the leg by a police officer in Kitale."
    assert extract(text, published="2023-06-20")[0].sub_event_type == "Attack"


@pytest.mark.parametrize("text, sub", [
    ("Two officers were shot dead by gunmen near Mandera on Monday.", "Armed clash"),
    ("An election officer was shot dead by gunmen in Eldoret on Monday.", "Attack"),
])
def test_officers_named_by_nothing_else_are_security_officers(text, sub):
    assert extract(text, published="2023-06-20")[0].sub_event_type == sub


@pytest.mark.parametrize("text", [
    "Armed men stormed a farmhouse in Kitui on Monday and tried to kidnap the owner, firing shots at the door.",
    "Gunmen shot at a trader's car near Moyale on Friday in a failed kidnap attempt.",
])
def test_a_kidnapping_only_tried_takes_no_one(text):
    subs = [e.sub_event_type for e in extract(text, published="2023-05-08")]
    assert subs and "Abduction/forced disappearance" not in subs


@pytest.mark.parametrize("text, sub", [
    ("Insurgents set off a roadside bomb under an army truck near Diffa on Monday and then opened fire on the "
     "soldiers, killing three of them.", "Armed clash"),
    ("Bandits detonated a mine under a minibus near Kidal on Monday and then shot at the passengers, "
     "killing four of them.", "Attack"),
    ("A roadside bomb hit an army truck near Diffa on Monday, killing three soldiers.", "Remote explosive/landmine/IED"),
])
def test_a_bomb_followed_by_gunfire_is_coded_by_its_target(text, sub):
    assert extract(text, published="2023-05-08")[0].sub_event_type == sub


@pytest.mark.parametrize("text, sub", [
    ("Marchers in Bouake exchanged gunfire with gendarmes on Tuesday, leaving one gendarme dead.", "Armed clash"),
    ("On Tuesday marchers in Bouake clashed with gendarmes and threw stones at their trucks.", "Violent demonstration"),
    ("Marchers in Bouake fought the gendarmes on Tuesday; a passer-by was caught in the crossfire.",
     "Violent demonstration"),
])
def test_demonstrators_who_trade_gunfire_with_the_police_fight_a_battle(text, sub):
    assert extract(text, published="2023-05-08")[0].sub_event_type == sub


def test_a_quarrel_over_grazing_land_that_kills_is_an_event() -> None:
    """Land and pasture disputes are communal violence, not a private quarrel."""
    from eventwire.pipeline import extract_article
    from eventwire.record import Article
    text = "On 2 April 2018, a herder stabbed a farmer to death during a quarrel over grazing land near Garissa."
    assert extract_article(Article(id="q", text=text))
    private = "On 2 April 2018, a man stabbed his brother to death during a drunken quarrel near Garissa."
    assert not extract_article(Article(id="p", text=private))


def test_the_state_s_forces_killing_in_a_quarrel_attack() -> None:
    """A killing by a soldier or a policeman is coded whatever the quarrel that led to it."""
    text = "On 2 April 2018, a soldier shot dead a bus conductor after a quarrel over a fare at a checkpoint."
    assert [e.sub_event_type for e in extract(text, published="2018-04-03")] == ["Attack"]


@pytest.mark.parametrize("text", [
    "On Friday government forces dropped barrels of chlorine on the besieged suburb, injuring 14 civilians.",
    "Regime helicopters dropped mustard gas on the town on Friday, residents said.",
])
def test_a_poison_gas_dropped_on_people_is_a_chemical_weapon(text):
    assert [e.sub_event_type for e in extract(text, published="2016-05-02")][:1] == ["Chemical weapon"]


def test_tear_gas_at_a_protest_is_no_chemical_weapon():
    subs = [e.sub_event_type for e in extract("Police fired tear gas at the marchers on Friday.", published="2016-05-02")]
    assert "Chemical weapon" not in subs
