"""The four demonstration sub-types: what a protest is about is not what it did, and the
state named in a protest's words is not always the state stepping in.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from eventwire import extract

PUBLISHED = "2023-06-20"


def sub(text: str) -> str:
    events = extract(text, published=PUBLISHED)
    assert events, f"no event in {text!r}"
    return events[0].sub_event_type


@pytest.mark.parametrize("text", [
    # the acts a protest is about are nouns of what it protests or demands
    "Farmers in Meru demonstrated on Monday over rising insecurity and cattle rustling.",
    "Worshippers gathered outside a church in Kisii on Monday to demand the arrest of a preacher suspected of theft and murder.",
    "Parents gathered in Embu on Monday to demand justice for pupils who were beaten by a guard at their school.",
    "Villagers marched in Kitui on Monday over the growing cases of mob justice in the area.",
    "Students in Eldoret protested on Monday against the killing of a classmate by a gang.",
])
def test_what_a_protest_is_about_is_not_its_own_violence(text):
    assert sub(text) == "Peaceful protest"


@pytest.mark.parametrize("text", [
    "Police officers in Nakuru held a protest on Monday over months of unpaid allowances.",
    "Kenyan nurses marched through Kisumu on Monday over delayed salaries.",
    "Hawkers in Nyeri protested on Monday against harassment by county askaris and police.",
])
def test_the_state_named_in_a_protest_is_no_intervention(text):
    assert sub(text) == "Peaceful protest"


def test_police_who_beat_a_march_still_intervene():
    assert sub("Police beat marchers who were protesting new fees in Kisumu on Monday.") == "Protest with intervention"


def test_a_protest_named_as_a_day_of_a_wave_is_told_when_nothing_else_happened():
    text = "Third day of demonstrations over the fuel levy in Kisumu on Monday. Police fired tear gas."
    assert sub(text) == "Protest with intervention"


def test_an_arrest_a_protest_follows_is_its_cause_not_an_intervention():
    assert sub("Traders marched in Thika on Monday following the arrest of their chairman.") == "Peaceful protest"


@pytest.mark.parametrize("text", [
    "Demonstrators in Kisumu lit tyres along the main avenue on Monday over the election results.",
    "A crowd set tyres on fire in Homa Bay on Monday to protest the tally.",
    "A constable was hurt in Rongo on Monday when a stone thrown by youths protesting the tally struck him.",
    "Students blocked the road outside the campus in Nyeri on Monday and lit fires, protesting fee increases.",
    "Students protesting fees in Nyeri blocked the highway on Monday and clashed with anti-riot police.",
])
def test_tyres_fires_stones_and_fights_make_a_demonstration_violent(text):
    assert sub(text) == "Violent demonstration"


def test_an_assault_on_an_officer_during_a_demonstration_is_the_crowd_s():
    text = "Residents assaulted a traffic officer and blocked the highway in Voi on Monday during their demonstration over a crash."
    assert sub(text) == "Violent demonstration"


def test_a_people_s_name_in_an_institution_s_name_is_no_community_militia():
    text = "Kisii University students burned a hostel on Monday in protest over a fees deadline."
    assert sub(text) == "Violent demonstration"


@pytest.mark.parametrize("text", [
    "Rowdy youths disrupted a governor's rally in Bungoma on Monday.",
    "Police fired into the air to disperse an unruly crowd of voters in Kitui on Monday.",
    "Hundreds of traders marched in Kisumu on Monday. Police and the marchers then fought running battles.",
    "Twelve pupils were arrested in Kisii on Monday after they burned a dormitory in protest over exams.",
    "Police dispersed traders who had gathered to protest in Malindi on Monday. Shops were looted during the protest.",
])
def test_a_crowd_called_violent_or_doing_violence_in_its_protest_is_violent(text):
    assert sub(text) == "Violent demonstration"


def test_police_who_break_up_a_protest_intervene():
    text = "Farmers in Meru protested on Monday over unpaid bonuses; police broke up the protest with tear gas."
    assert sub(text) == "Protest with intervention"


def test_a_protester_shot_dead_by_police_met_excessive_force_even_in_a_note_s_shorthand():
    text = ("Traders marched in Malindi on Monday over market fees; police fired tear gas. "
            "DEATHS: 1 trader shot dead by police")
    assert sub(text) == "Excessive force against protesters"


def test_a_rival_party_s_men_who_disperse_a_protest_intervene():
    assert sub("Ruling party activists dispersed the marchers in Sylhet on Monday.") == "Protest with intervention"
    assert sub("Traders marched in Kisumu on Monday; the traders dispersed the crowd after two hours.") == "Peaceful protest"


@pytest.mark.parametrize("text", [
    "Traders blocked the road in Kisii on Monday after a hawker was killed by a county askari. Police fired tear gas to disperse them.",
    "Residents of Kericho blocked the highway on Monday to protest the death of a trader, shot by an unknown man. Police dispersed them with tear gas.",
])
def test_a_killing_a_protest_answers_is_not_the_protesters_deed(text):
    assert sub(text) == "Protest with intervention"


@pytest.mark.parametrize("text", [
    "Students marched in Nyeri on Monday after police shot dead a classmate. Police dispersed them with tear gas.",
    "Boda boda riders demonstrated in Thika on Monday following the shooting of a rider by a police officer. Police dispersed them with tear gas.",
])
def test_police_fire_a_protest_answers_is_no_excessive_force_at_it(text):
    assert sub(text) == "Protest with intervention"


def test_police_who_shoot_protesters_dead_after_they_storm_a_station_still_use_excessive_force():
    text = "Police shot dead two protesters in Kisumu on Monday after they stormed a police station."
    assert sub(text) == "Excessive force against protesters"


def test_a_protest_told_as_not_violent_is_not_violent():
    text = "The residents who protested in Kitui on Monday were not violent, but police dispersed them with tear gas."
    assert sub(text) == "Protest with intervention"


def test_storming_a_campus_is_no_grave_harm_to_the_protesters_police_disperse():
    text = ("Police used tear gas on Monday to disperse protesters in Eldoret who had taken to the streets "
            "over the summons of two leaders who stormed a college.")
    assert sub(text) == "Protest with intervention"


def test_people_the_police_disperse_were_a_gathering_it_intervened_in():
    text = "Police in Nakuru fired tear gas on Monday to disperse hundreds of traders heading to the county offices."
    assert sub(text) == "Protest with intervention"


def test_a_mob_the_police_disperse_stays_a_mob():
    assert sub("Police dispersed a mob that was beating a suspected thief in Nakuru on Monday.") == "Mob violence"


def test_a_crowd_the_police_open_fire_on_to_disperse_met_excessive_force():
    assert sub("Police opened fire to disperse a crowd in Kisumu on Monday, killing two men.") == "Excessive force against protesters"


def test_a_gang_the_police_disperse_is_no_gathering():
    assert sub("Police shot dead a robber in Nakuru on Monday and dispersed his gang.") == "Attack"


def test_people_called_rowdy_in_a_group_the_police_disperse_were_violent():
    text = "Police dispersed a group of rowdy hawkers with tear gas after they blocked streets in Nakuru on Monday."
    assert sub(text) == "Violent demonstration"


@pytest.mark.parametrize("text", [
    "Anti-riot police fired rifles and tear gas at nurses protesting in Eldoret on Tuesday over unpaid wages.",
    "Police in Garissa violently dispersed a march of traders on Tuesday over new county levies.",
    "Residents gathered in Kitale on Tuesday after a trader was arrested; police tried to break up the group by firing into the crowd, killing one.",
])
def test_gunfire_and_brutal_dispersal_of_a_protest_are_excessive_force(text):
    assert sub(text) == "Excessive force against protesters"


def test_fire_into_the_air_with_live_rounds_still_only_disperses():
    text = "Police fired live rounds into the air to disperse nurses protesting in Eldoret on Tuesday over unpaid wages."
    assert sub(text) == "Protest with intervention"


@pytest.mark.parametrize("text", [
    "Police on Tuesday barred dozens of teachers from marching to the county offices in Nyeri over delayed promotions.",
    "Opposition councillors who had come to protest at the county hall in Embu were turned away by police on Tuesday.",
])
def test_protesters_the_state_keeps_out_met_an_intervention(text):
    assert sub(text) == "Protest with intervention"


@pytest.mark.parametrize("text", [
    "Police turned away fans from the stadium gates in Nakuru on Saturday because the stands were full.",
    "Officers prevented the former governor from leaving the country on Tuesday, citing a court order.",
])
def test_people_the_state_keeps_out_with_no_gathering_told_are_no_protest(text):
    assert extract(text, published=PUBLISHED) == []


def test_marchers_who_break_into_song_stay_peaceful():
    assert sub("Pupils broke into song as they marched through Nyeri on Tuesday over school fees.") == "Peaceful protest"


@pytest.mark.parametrize("text, sub_type", [
    ("Riots broke out in Garissa on Tuesday after a preacher was shot dead by unknown gunmen.", "Violent demonstration"),
    ("Relatives of a herder beheaded by militants marched in Wajir on Tuesday, demanding protection.", "Peaceful protest"),
    ("Pupils marched in Lamu on Tuesday over a wave of recent bomb attacks. Police dispersed the march.",
     "Protest with intervention"),
])
def test_harm_a_demonstration_answers_leaves_it_a_demonstration(text, sub_type):
    assert sub(text) == sub_type


def test_gunmen_who_fire_on_marchers_still_attack_them():
    assert sub("Gunmen opened fire on marchers in Moyale on Tuesday, killing two.") == "Attack"


@pytest.mark.parametrize("text", [
    "One trader died in Meru on Tuesday as a market protest over levies turned violent.",
    "Police fought running battles with angry residents in Kisii on Tuesday during a demonstration over a murder.",
])
def test_a_protest_told_as_turning_violent_or_fighting_the_police_is_violent(text):
    assert sub(text) == "Violent demonstration"


@pytest.mark.parametrize("text", [
    "Traders protesting market fees in Bungoma on Tuesday broke into the county offices.",
    "A marcher was shot dead by police in Kakamega on Tuesday during a protest over the tally; police said the marchers had tried to break into a bank.",
])
def test_protesters_who_break_into_a_place_are_violent(text):
    assert sub(text) == "Violent demonstration"


def test_thieves_breaking_into_a_shop_are_no_demonstration():
    assert extract("Thieves broke into a shop in Bungoma on Tuesday night and stole phones.", published=PUBLISHED) == [] \
        or sub("Thieves broke into a shop in Bungoma on Tuesday night and stole phones.") != "Violent demonstration"


def test_a_protester_the_police_beat_who_later_died_met_excessive_force():
    text = ("A trader was beaten by police in Kisumu on Tuesday during a protest over new levies. "
            "The trader later died in hospital.")
    assert sub(text) == "Excessive force against protesters"


def test_a_dispersal_of_a_protest_about_a_death_stays_an_intervention():
    text = "Police dispersed traders in Kisumu on Tuesday who had gathered to protest after a hawker was killed in a crash."
    assert sub(text) == "Protest with intervention"


def test_a_bombing_mourned_in_a_sentence_with_no_demonstration_stays_a_bombing():
    text = ("Residents of Garissa wept on Tuesday over the bombings that destroyed the market. "
            "Officials stayed sitting in their offices.")
    events = extract(text, published=PUBLISHED)
    assert not events or events[0].event_type != "Protests"


def test_a_toll_not_told_by_a_death_makes_no_intervention_deadly():
    from eventwire.riot_types import deadly_intervention
    from eventwire.crowds import Crowd
    from eventwire.record import Toll
    beaten = Crowd(demonstration=True, intervened=True, beaten=True)
    assert deadly_intervention("Protest with intervention", Toll(1, 1, 1), beaten, ["a lawyers' body"]) == \
        "Protest with intervention"
    assert deadly_intervention("Protest with intervention", Toll(1, 1, 1), beaten, ["one marcher later died"]) == \
        "Excessive force against protesters"


@pytest.mark.parametrize("text", [
    "Relatives of a farmer beaten to death by police last week marched peacefully in Nanyuki on Tuesday.",
    "A protest was held in Voi on Tuesday by friends of a trader shot dead by police a week earlier.",
    "Teachers held a procession in Bungoma on Tuesday demanding justice for a colleague who was found dead in a dam.",
])
def test_force_or_a_death_a_protest_answers_is_not_done_at_it(text):
    assert sub(text) == "Peaceful protest"


def test_a_funeral_procession_demanding_nothing_is_no_protest():
    assert extract("A funeral procession for the retired bishop passed through Meru on Tuesday.", published=PUBLISHED) == []


@pytest.mark.parametrize("text", [
    "Families wept in Kismayo on Sunday over the bombings that have destroyed much of the old quarter."
    " Hundreds of people were sitting in the shade of the mosque.",
    "Mourners grieved in Mogadishu on Friday over the bomb blasts that wrecked the main market."
    " Elders later held a sit-in at the mayor's office.",
])
def test_a_cause_told_outside_the_demonstration_s_sentence_is_not_what_it_answers(text):
    """In a whole report, "over the bombings" on another verb says nothing of what a protest
    answers: the bombing is still the event."""
    assert sub(text) == "Remote explosive/landmine/IED"


# Reports in English written from French: "took the street", a protest "in reaction to" an
# arrest, notables who calm a crowd.
@pytest.mark.parametrize("text", [
    "Nurses of the regional hospital took the street in Parakou on Monday to ask for their unpaid allowances.",
    "Market women went to the street in Bohicon on Monday to claim the reopening of their stalls.",
    "Retired teachers went down to the street in Natitingou on Monday to demand their pensions.",
])
def test_taking_the_street_is_a_protest(text):
    assert sub(text) == "Peaceful protest"


def test_an_arrest_a_protest_answers_is_no_intervention():
    text = ("On Monday, dozens of moto-taxi drivers marched through Djougou. "
            "The march came in response to the arrest of two of their fellow drivers.")
    assert sub(text) == "Peaceful protest"


def test_elders_who_calm_a_protest_do_not_intervene_for_the_state():
    text = ("On Monday, villagers of Sinende protested against the sale of their grazing land. "
            "Elders and the village chief intervened to calm the crowd.")
    assert sub(text) == "Peaceful protest"
    text = "On Monday, villagers of Sinende protested against the sale of their grazing land. Police intervened."
    assert sub(text) == "Protest with intervention"


@pytest.mark.parametrize("text", [
    "Dock workers in Mombasa went on strike on Tuesday. They lit fires on the port road.",
    "On Tuesday, hawkers protested in Machakos over new fees. They lit fires on the main street.",
])
def test_fires_lit_on_a_road_are_a_crowd_s_not_shots(text):
    assert sub(text) == "Violent demonstration"


@pytest.mark.parametrize("text", [
    "A march was held in Nakuru on Tuesday to press the governor to fire those implicated in graft.",
    "Bank clerks in Nakuru marched on Tuesday, urging the board to fire those behind the fraud.",
])
def test_people_fired_from_their_jobs_were_not_shot(text):
    assert sub(text) == "Peaceful protest"


@pytest.mark.parametrize("text", [
    "Pupils walked out of a school in Kisii on Tuesday to demand the removal of their principal. They beat up a teacher.",
    "Traders marched to the county offices in Nyeri on Tuesday over new levies. They assaulted a clerk.",
])
def test_people_who_demonstrate_and_then_hurt_someone_demonstrate_violently(text):
    assert sub(text) == "Violent demonstration"


def test_they_after_a_sentence_of_police_are_the_police():
    assert sub("Police arrived at the market in Nyeri on Tuesday. They beat the traders.") != "Violent demonstration"


def test_an_armed_group_a_protest_answers_is_no_side_of_it():
    text = "Traders in Garissa barricaded the main road with burning tyres on Tuesday to protest the killing of two herders by Al-Shabaab."
    assert sub(text) == "Violent demonstration"


def test_the_group_after_a_protest_points_back_at_the_demonstrators():
    text = "Students protested at a college in Embu on Tuesday over fees. The group clashed with security guards at the gate."
    assert sub(text) == "Violent demonstration"
    assert sub("Gunmen stormed a village in Lamu on Tuesday. The group clashed with police.") != "Violent demonstration"


@pytest.mark.parametrize("text", [
    "Students demonstrated in Eldoret on Tuesday over fees. The demonstration, which led to the destruction of property, forced the college to close.",
    "Protests over fees in Eldoret on Tuesday caused the destruction of property.",
])
def test_property_a_protest_itself_destroyed_makes_it_violent(text):
    assert sub(text) == "Violent demonstration"


def test_clashes_told_as_not_reported_did_not_happen():
    assert sub("Nurses protested in Kisumu on Tuesday; no reports of clashes with anti-riot police.") == "Peaceful protest"


def test_an_eviction_by_police_a_protest_is_about_is_no_intervention():
    text = "Squatters in Nakuru protested on Tuesday against an attempt to evict them from the estate by police."
    assert sub(text) == "Peaceful protest"


@pytest.mark.parametrize("text", [
    "On Monday Houthi fighters broke up a march by teachers in Sanaa by firing into the air.",
    "Women marched in Herat on Monday to demand their jobs back. Taliban fighters dispersed them.",
])
def test_an_armed_group_that_only_breaks_up_a_protest_intervenes(text):
    assert sub(text) == "Protest with intervention"


def test_an_armed_group_that_fires_on_a_march_attacks_it():
    assert sub("On Monday Houthi fighters opened fire on a march by teachers in Sanaa, killing two.") == "Attack"


@pytest.mark.parametrize("text", [
    "Hundreds of traders stormed the county offices in Nyeri on Tuesday demanding the reopening of their market.",
    "Dozens of pensioners stormed the treasury building in Machakos on Tuesday to protest against delays in their payments.",
])
def test_a_crowd_that_storms_a_place_to_press_a_demand_demonstrates(text):
    assert sub(text) == "Peaceful protest"


@pytest.mark.parametrize("text", [
    "Armed men stormed a farmhouse in Lamu on Tuesday demanding a ransom from the owner.",
    "Hundreds of traders stormed the county offices in Nyeri on Tuesday demanding their pay and beat a clerk.",
])
def test_storming_with_a_ransom_or_with_a_beating_is_no_peaceful_protest(text):
    assert sub(text) != "Peaceful protest"


def test_fires_lit_by_protesters_make_the_demonstration_violent():
    # the model may tag "protesters" as the verb; what they did is no reason of a protest
    assert sub("Union protesters light fires in Eldoret and are dispersed by police.") == "Violent demonstration"


def test_an_act_protesters_ask_to_be_investigated_is_not_theirs():
    text = ("Relatives of a trader marched peacefully through Siaya on Tuesday mourning his death. "
            "The protesters asked the government to investigate his murder.")
    assert sub(text) == "Peaceful protest"


def test_a_participle_clause_joined_to_what_is_protested_tells_the_protests_acts():
    # the model may join "burning leaflets and lighting bonfires" to the man protested against
    text = "On 8 March, Kajiado residents marched against Raila Odinga, burning leaflets and lighting bonfires."
    assert sub(text) == "Violent demonstration"
