"""Strategic developments without violence: forces seen or on the move, security measures,
threats by armed groups, people leaving their homes."""

from __future__ import annotations

import pytest

from eventwire import extract

PUBLISHED = "2023-06-20"


def subs(text: str) -> list[str]:
    return [e.sub_event_type for e in extract(text, published=PUBLISHED)]


@pytest.mark.parametrize("text", [
    "On Monday a dozen members of an armed group were seen near the dam outside Tillabery.",
    "Suspected jihadists on motorbikes passed through two hamlets near Kalalé on Monday.",
    "Gunmen crossed into the district from the forest on Monday, residents said.",
    "On Monday the army reported movements of armed men near the border post at Kpinnou.",
    "The market in Djougou was shut on Monday because of security threats in the area.",
    "Police increased patrols and set up road blocks around Parakou on Monday.",
])
def test_forces_seen_moving_or_security_measures_change_a_group_s_activity(text):
    assert subs(text)[:1] == ["Change to group/activity"]


@pytest.mark.parametrize("text", [
    "Villagers crossed the river to reach the weekly market on Monday.",
    "Tourists saw elephants near the lodge on Monday morning.",
    "A family moved to a new estate outside the city on Monday.",
    "The school closed on Monday for the long holidays.",
])
def test_people_moving_and_places_closing_without_a_threat_are_no_event(text):
    assert subs(text) == []


def test_a_fight_a_measure_answers_is_not_told_as_a_fight():
    assert subs("On Monday more troops were deployed to the valley to quell clashes between two clans.") \
        == ["Change to group/activity"]
    assert subs("On Monday soldiers were deployed to the valley and clashed with rebels.") == ["Armed clash"]


def test_an_armed_group_that_threatens_people_is_another_development():
    assert subs("On Monday an armed group threatened the residents of a hamlet near Kandi.") == ["Other"]
    assert subs("The rebels threatened to attack the capital.") == []


@pytest.mark.parametrize("text", [
    "On Monday police came upon an IED on the road and detonated it without incident.",
    "On Monday two men were arrested with explosive devices at a bus stop in Kitale.",
])
def test_a_bomb_the_police_set_off_or_explosives_found_on_suspects_are_disrupted(text):
    assert subs(text)[:1] == ["Disrupted weapons use"]


def test_an_intended_target_names_no_attack():
    assert subs("On Monday two bombs were found near a church and disabled. Worshippers were the intended target.") \
        == ["Disrupted weapons use"]


@pytest.mark.parametrize("text", [
    "On Monday the militants moved into the town after the soldiers left it.",
    "Troops moved into the valley on Monday without meeting resistance.",
])
def test_forces_moving_into_a_place_transfer_territory(text):
    assert "Non-violent transfer of territory" in subs(text)


@pytest.mark.parametrize("text", [
    "On Monday the rebels took over the army camp without a fight after the soldiers pulled back.",
    "On Monday the militia took control of the district headquarters without fighting.",
])
def test_a_place_taken_without_a_fight_is_transferred_not_overtaken(text):
    assert subs(text)[:1] == ["Non-violent transfer of territory"]


def test_a_place_taken_after_a_fight_is_overtaken():
    assert subs("On Monday the rebels took over the army camp after heavy fighting with the soldiers.")[:1] \
        == ["Non-state actor overtakes territory"]


@pytest.mark.parametrize("text", [
    "A family moved into the new estate on Monday.",
    "The bank moved into larger offices in the business district on Monday.",
])
def test_people_moving_into_a_home_or_an_office_take_no_territory(text):
    assert subs(text) == []


@pytest.mark.parametrize("text, sub", [
    ("On Monday the militants took over two hamlets after the police fled.", "Non-state actor overtakes territory"),
    ("Rebels hijacked a lorry on the highway north of the town on Monday.", "Looting/property destruction"),
    ("On Monday the army engaged the militants in the forest east of the town.", "Armed clash"),
])
def test_forces_taking_over_hijacking_or_engaging(text, sub):
    assert sub in subs(text)


@pytest.mark.parametrize("text", [
    "A new coach took over the club after the end of the season.",
    "The army took over security at the airport on Monday.",
    "The firm engaged a consultant on Monday to review its accounts.",
    "The government engaged the rebels in talks on Monday.",
    "Fans gathered outside the stadium on Monday chanting the name of their coach.",
    "The post-election violence of ten years ago still shapes the campaign.",
])
def test_takeovers_engagements_and_violence_named_without_harm_are_no_event(text):
    assert subs(text) == []


def test_election_violence_that_left_people_dead_is_an_attack():
    assert subs("On Monday post-election violence in the town left three people dead.")[:1] == ["Attack"]


@pytest.mark.parametrize("text", [
    "Bandits raided a farm near Marsabit on Monday and burnt twenty huts; nobody was hurt.",
    "Militants stormed a quarry outside Garissa on Monday and wrecked the diggers. No injuries were reported.",
    "Rustlers attacked a ranch in Laikipia on Monday and drove off 200 goats. No one was hurt.",
    "Unknown arsonists burnt down the police post at Kalalé overnight on Monday.",
])
def test_an_attack_that_wrecked_or_took_and_hurt_no_one_is_property_destruction(text):
    assert subs(text)[:1] == ["Looting/property destruction"]


@pytest.mark.parametrize("text", [
    "Bandits raided a farm near Marsabit on Monday, killing three herders and burning twenty huts.",
    "On Monday raiders attacked villagers in Baringo and drove off 200 goats.",
])
def test_an_attack_that_hurt_people_or_was_told_against_them_stays_an_attack(text):
    assert subs(text)[:1] == ["Attack"]


def test_rape_amid_riots_is_sexual_violence():
    text = "Eleven women were treated in hospital on Monday after being raped during the election violence in the town."
    assert subs(text)[:1] == ["Sexual violence"]


@pytest.mark.parametrize("text, sub", [
    ("Police raided the home of an opposition senator in Kakamega on Monday looking for campaign materials.", "Other"),
    ("Police raided the offices of a radio station in Nairobi on Monday and arrested six reporters.", "Arrests"),
])
def test_the_police_raiding_a_home_or_an_office_search_it(text, sub):
    assert subs(text)[:1] == [sub]


@pytest.mark.parametrize("text", [
    "A new police unit on horseback was formed on Monday to guard the ranches near Rumuruti.",
    "Patrols have been intensified along the border near Mandera since Monday.",
])
def test_new_units_and_stepped_up_patrols_change_a_group_s_activity(text):
    assert subs(text)[:1] == ["Change to group/activity"]



@pytest.mark.parametrize("text", [
    "On Monday more police officers were rushed to the valley to help quell clashes between two clans.",
    "Soldiers were sent to the border town on Monday to restore calm after days of fighting between herders.",
    "As fighting broke out between two militias near the river on Monday, an army company was put on standby in the town.",
    "Police were put on high alert on Monday after clashes broke out between two clans in the county.",
])
def test_forces_sent_in_or_put_on_alert_because_of_a_fight_change_their_activity(text):
    assert subs(text)[:1] == ["Change to group/activity"]


@pytest.mark.parametrize("text", [
    "Police rushed to the scene on Monday and found the body of a trader who had been shot.",
    "Fighting broke out between the army and the rebels in the district on Monday, and troops were put on alert in the capital.",
])
def test_forces_arriving_at_a_scene_or_a_fight_told_beside_a_measure_stay_what_they_were(text):
    assert "Change to group/activity" not in subs(text)[:1]


@pytest.mark.parametrize("text", [
    "On Monday militants attacked two telephone masts outside the town and wrecked the equipment.",
    "Armed men raided a hotel in the border town on Monday night and made off with its furniture.",
])
def test_an_attack_on_a_thing_with_no_one_hurt_is_property_destruction(text):
    assert subs(text)[:1] == ["Looting/property destruction"]


@pytest.mark.parametrize("text", [
    "On Monday gunmen attacked a hotel in the border town, killing three guests.",
    "Militants attacked a police truck on the highway on Monday.",
    "Bandits attacked a bus on the highway on Monday.",
])
def test_an_attack_on_a_thing_that_hurt_people_or_on_forces_or_a_vehicle_is_no_property_destruction(text):
    assert subs(text)[:1] != ["Looting/property destruction"]


@pytest.mark.parametrize("text", [
    "Militants stormed a road camp near Elwak on Monday and destroyed two graders.",
    "On Monday armed men raided a ranch outside Nanyuki and damaged its water pumps and fences.",
])
def test_an_attack_told_by_what_it_wrecked_with_no_harm_told_is_property_destruction(text):
    assert subs(text)[:1] == ["Looting/property destruction"]


@pytest.mark.parametrize("text", [
    "Raiders attacked a ranch in Samburu on Monday and drove off 300 camels.",
    "Gunmen attacked a village in Lamu on Monday and burnt several homes.",
    "Militants stormed a road camp near Elwak on Monday, destroyed two graders and shot a watchman.",
    "On Monday rebels destroyed the port's fuel depot, in what officials called the worst attack on the oil industry.",
])
def test_an_attack_that_took_burnt_homes_or_hurt_someone_is_not_counted_as_wrecking(text):
    assert subs(text)[:1] != ["Looting/property destruction"]


@pytest.mark.parametrize("text, etype", [
    ("Post-election violence continued in the lakeside city on Tuesday.", "Riots"),
    ("Fresh ethnic violence erupted in the valley on Tuesday.", "Violence against civilians"),
    ("Violence was reported in two counties on Tuesday during the presidential elections.", "Riots"),
])
def test_violence_of_an_election_or_between_communities_told_as_going_on_is_an_event(text, etype):
    assert [e.event_type for e in extract(text, published=PUBLISHED)][:1] == [etype]


@pytest.mark.parametrize("text", [
    "Survivors of the 2007 election violence met the president at State House on Tuesday.",
    "Church leaders preached against ethnic violence at a prayer meeting on Tuesday.",
    "The commission's report on election violence continued to divide MPs on Tuesday.",
    "Ethnic violence is a theme of the novel that won the prize on Tuesday.",
    "A clinic opened in the town on Tuesday. Post-election violence continued to shape its politics for years.",
])
def test_violence_named_as_a_memory_a_topic_or_a_theme_is_no_event(text):
    assert subs(text) == []


@pytest.mark.parametrize("text", [
    "On Tuesday a truce was signed between the two herding clans to put an end to cattle raids.",
    "Elders of the two communities agreed a ceasefire in Baringo on Tuesday.",
])
def test_a_truce_signed_is_an_agreement_and_the_raids_it_is_to_end_are_its_reason(text):
    assert subs(text)[:1] == ["Agreement"]


@pytest.mark.parametrize("text", [
    "On Tuesday the rebels and the army exchanged 30 prisoners at a bridge outside the town.",
    "The two warring sides carried out a prisoner swap in the border town on Tuesday.",
])
def test_prisoners_exchanged_between_the_sides_are_an_agreement(text):
    assert subs(text)[:1] == ["Agreement"]


def test_goods_exchanged_and_fire_exchanged_are_no_agreement():
    assert subs("Farmers exchanged seeds at the fair on Tuesday.") == []
    assert subs("On Tuesday soldiers and rebels exchanged fire near the bridge, killing two.") == ["Armed clash"]


def test_a_truce_signed_years_before_the_report_is_its_background():
    assert subs("A truce signed in 2015 between the two clans has largely held, elders said on Tuesday.") == []


@pytest.mark.parametrize("text", [
    "The band signed a record deal in Nairobi on Tuesday.",
    "The ceasefire talks in the capital were adjourned on Tuesday.",
])
def test_deals_and_talks_of_a_ceasefire_are_no_agreement(text):
    assert "Agreement" not in subs(text)


def test_a_protest_the_police_put_an_end_to_took_place():
    assert subs("Police put an end to the sit-in outside parliament on Tuesday.")[:1] != []


@pytest.mark.parametrize("text", [
    "On Tuesday armed men ordered teachers in two villages near Kandi to shut their schools under threat of an attack.",
    "Gunmen ordered the traders of a market near Gaya on Friday to pay a levy on pain of reprisals and raids.",
    "On Monday armed men were seen near the river outside Segbana; they told residents they did not want to attack anyone.",
])
def test_an_attack_only_threatened_or_disowned_is_no_attack(text):
    got = subs(text)
    assert got and not {"Attack", "Armed clash"} & set(got)


@pytest.mark.parametrize("text", [
    "On Monday soldiers blocked traffic from entering the bridge at the border town.",
    "Troops sealed off the highway into the district on Monday after threats of attacks.",
    "Police blocked the roads leading to the stadium on Monday ahead of the president's visit.",
])
def test_a_road_the_state_s_forces_shut_is_a_security_measure_not_a_protest(text):
    assert subs(text)[:1] == ["Change to group/activity"]


@pytest.mark.parametrize("text, sub", [
    ("On Monday traders blocked traffic on the main road to protest against new market fees.", "Peaceful protest"),
    ("On Monday police blocked the marchers from entering the square outside the assembly.", "Protest with intervention"),
    ("On Monday a landslide blocked the highway into the town.", None),
    ("On Monday villagers blocked the highway to urge the county to put up bumps after a crash killed a pupil.",
     "Peaceful protest"),
])
def test_a_road_people_block_to_protest_stays_a_protest(text, sub):
    assert subs(text)[:1] == ([sub] if sub else [])


@pytest.mark.parametrize("text", [
    "On Monday gunmen ordered the closure of two clinics near Kerou under threat of attacks on their staff.",
    "On Monday militants told traders in the market to pay a levy on pain of attacks on their shops.",
    "On Monday jihadists warned the village chief of reprisal attacks if he spoke to the army.",
])
def test_an_attack_an_armed_group_threatens_is_no_attack(text):
    assert not {"Attack", "Armed clash", "Looting/property destruction"} & set(subs(text))


@pytest.mark.parametrize("text, sub", [
    ("On Monday armed men were seen near the dam; they said they did not want to attack the villagers.",
     "Change to group/activity"),
    ("On Monday the soldiers did not hesitate to open fire on the militants near the camp.", "Armed clash"),
    ("On Monday a gang attacked the threat assessment office in the capital, wounding a clerk.", "Attack"),
])
def test_an_attack_told_as_not_wanted_is_none_one_told_as_not_hesitated_is_one(text, sub):
    assert subs(text)[:1] == [sub]


@pytest.mark.parametrize("text, sub", [
    ("On Monday soldiers fired warning shots to drive away suspected jihadists near the border post.", "Other"),
    ("On Monday police fired warning shots to disperse opposition supporters outside the party office.",
     "Protest with intervention"),
    ("On Monday a group of 300 drivers protested in the town over a killing by police. Police fired tear gas to "
     "disperse the group.", "Protest with intervention"),
])
def test_warning_shots_at_an_armed_group_are_no_dispersal_of_a_gathering(text, sub):
    assert subs(text)[:1] == [sub]


@pytest.mark.parametrize("text, sub", [
    ("On Monday police foiled a planned attack on the bus station in Garissa.", "Disrupted weapons use"),
    ("On Monday a plot to bomb a church in the port city was thwarted by detectives.", "Disrupted weapons use"),
    ("On Monday police foiled an attack on their post and shot dead two of the gunmen.", "Armed clash"),
])
def test_an_attack_foiled_before_it_was_made_is_disrupted(text, sub):
    assert subs(text)[:1] == [sub]


@pytest.mark.parametrize("text", [
    "On Monday the goalkeeper foiled every attack of the visiting side.",
    "On Monday heavy rain thwarted the plans of the organisers of the trade fair.",
])
def test_foiled_plans_of_a_match_or_a_fair_are_no_event(text):
    assert subs(text) == []


@pytest.mark.parametrize("text", [
    "On Monday twelve schools near Tot were closed due to repeated attacks by armed herders.",
    "On Monday the sect was reported to be recruiting young men in the coastal villages to fight abroad.",
])
def test_schools_shut_over_attacks_or_fighters_recruited_change_a_group_s_activity(text):
    assert subs(text)[:1] == ["Change to group/activity"]


@pytest.mark.parametrize("text", [
    "On Monday the bakery was closed due to a shortage of flour.",
    "On Monday the clinic in the market was shut because of a strike by its cleaners over unpaid wages.",
])
def test_a_shop_shut_for_want_of_flour_is_no_event(text):
    assert "Change to group/activity" not in subs(text)


def test_fighters_recruited_earlier_who_attack_still_attack():
    text = "On Monday gunmen recruited by the militia last year stormed a police post, killing two officers."
    assert subs(text)[:1] == ["Armed clash"]


@pytest.mark.parametrize("text, sub", [
    ("On Monday gunmen surrounded the polling station in the village and ordered the clerks to leave.", "Other"),
    ("On Monday militants surrounded the army base and attacked it, killing three soldiers.", "Armed clash"),
])
def test_an_armed_group_that_surrounds_a_place_without_a_fight_is_another_development(text, sub):
    assert subs(text)[:1] == [sub]


@pytest.mark.parametrize("text", [
    "On Monday fans surrounded the team bus outside the stadium.",
    "On Monday reporters surrounded the minister as she left the hall.",
])
def test_people_who_surround_a_bus_or_a_minister_are_no_event(text):
    assert subs(text) == []


@pytest.mark.parametrize("text, sub", [
    ("On Monday suspected militants set up checkpoints on the road to the market and searched every car.", "Other"),
    ("On Monday police set up road blocks on the highway into the town.", "Change to group/activity"),
])
def test_road_blocks_an_armed_group_sets_up_are_another_development_the_state_s_a_measure(text, sub):
    assert subs(text)[:1] == [sub]


def test_blocks_builders_set_along_a_road_are_no_event():
    assert subs("On Monday the builders set up a row of concrete blocks along the new road.") == []


@pytest.mark.parametrize("text, sub", [
    ("On Monday herders of two rival clans armed themselves against each other near the river, elders said.", "Other"),
    ("On Monday young men in the valley were arming themselves ahead of the vote, elders said.", "Other"),
    ("On Monday the youths armed themselves with machetes and attacked a bus, killing two passengers.", "Mob violence"),
])
def test_people_who_arm_themselves_with_no_fight_make_another_development(text, sub):
    assert subs(text)[:1] == [sub]


def test_students_armed_with_knowledge_are_no_event():
    assert subs("On Monday the students armed themselves with knowledge before the final exams.") == []


def test_a_group_that_gains_control_of_a_town_after_fighting_overtakes_it():
    text = "On Monday the militants gained control of the town after hours of fighting with the police."
    assert subs(text)[:1] == ["Non-state actor overtakes territory"]


@pytest.mark.parametrize("text, sub", [
    ("On Monday the rebels captured two villages near the border after a gunfight with soldiers.",
     "Non-state actor overtakes territory"),
    ("On Monday soldiers seized the militants' camp in the forest after a gun battle, killing three.",
     "Government regains territory"),
])
def test_a_place_captured_or_seized_by_force_changes_hands(text, sub):
    assert subs(text)[:1] == [sub]


@pytest.mark.parametrize("text", [
    "The hunters captured a leopard near the village on Monday.",
    "On Monday the photographer captured the old town at dawn in a series of pictures.",
])
def test_an_animal_or_a_picture_captured_takes_no_place(text):
    assert subs(text) == []


def test_fighters_who_set_up_base_in_a_forest_establish_a_base():
    assert subs("On Monday the militants set up base in the forest east of the town, residents said.")[:1] \
        == ["Headquarters or base established"]


@pytest.mark.parametrize("text, sub", [
    ("On Monday suspected jihadists preached in the mosque of a hamlet near the border.", "Other"),
    ("On Monday an armed group held a preaching in a hamlet north of the town.", "Other"),
    ("On Monday militants entered the hamlet and preached to residents, then beat two men who refused to listen.",
     "Attack"),
])
def test_an_armed_group_that_preaches_without_harm_is_another_development(text, sub):
    assert subs(text)[:1] == [sub]


@pytest.mark.parametrize("text", [
    "On Monday the imam preached in the mosque of a hamlet near the border.",
    "On Monday the bishop preached to thousands of pilgrims at the shrine.",
])
def test_a_cleric_who_preaches_is_no_event(text):
    assert subs(text) == []


@pytest.mark.parametrize("text, sub", [
    ("On Monday police clashed with the cattle raiders and recaptured the stolen goats.", "Armed clash"),
    ("The valley town was retaken by the army from the militants on Monday.", "Government regains territory"),
])
def test_stolen_herds_taken_back_are_no_territory_a_town_is(text, sub):
    assert subs(text)[:1] == [sub]


def test_escaped_prisoners_recaptured_are_no_territory_taken():
    assert subs("On Monday police recaptured three prisoners who had escaped from the county jail.") == []


@pytest.mark.parametrize("text", [
    "On Monday the militants tried to capture the town but were repelled by soldiers.",
    "On Monday troops failed to retake the town from the militants after a gun battle.",
])
def test_a_place_only_tried_for_changes_no_hands(text):
    assert subs(text)[:1] == ["Armed clash"]


@pytest.mark.parametrize("text, sub", [
    ("On Monday a group of armed men took control of a mosque in the town and expelled the imam.", "Other"),
    ("On Monday troops stormed the hotel held by the gunmen and took control of all floors of the building after a "
     "gun battle.", "Armed clash"),
    ("On Monday the militants took control of the hamlet after a gun battle with soldiers.",
     "Non-state actor overtakes territory"),
])
def test_a_building_taken_over_is_no_territory_a_hamlet_is(text, sub):
    assert subs(text)[:1] == [sub]


def test_a_place_taken_without_a_fight_after_the_soldiers_left_is_transferred():
    text = "On Monday the militants took control of the hamlet without a fight after the soldiers left."
    assert subs(text)[:1] == ["Non-violent transfer of territory"]


@pytest.mark.parametrize("text", [
    "The striker walked the ball into the net without a fight from the defenders.",
    "The two families agreed to share the well without fighting.",
])
def test_without_a_fight_alone_takes_no_place(text):
    assert subs(text) == []


@pytest.mark.parametrize("text", [
    "A memorial service was held on Tuesday for the victims of last year's market bombing.",
    "Five years after the massacre in the valley, the families are still waiting for a trial.",
])
def test_an_act_named_as_years_past_is_background(text):
    assert subs(text) == []


def test_an_act_named_hours_before_is_the_one_told():
    assert subs("Hours after gunmen attacked a bus near the town on Tuesday, the army sent more troops.")


def test_a_bomb_the_bomb_squad_set_off_is_made_safe():
    assert subs("On Tuesday a device found at the bus stop was detonated by the bomb squad.")[:1] \
        == ["Disrupted weapons use"]


@pytest.mark.parametrize("text", [
    "On Monday the rebel group withdrew its fighters from the border town, residents said.",
    "On Monday the rebels retreated from two hamlets north of the river.",
])
def test_forces_that_withdraw_from_a_place_give_it_up(text):
    assert subs(text)[:1] == ["Non-violent transfer of territory"]


@pytest.mark.parametrize("text", [
    "The minister withdrew the bill from parliament on Monday.",
    "On Monday the army withdrew its support from the ruling party's candidate.",
])
def test_a_bill_or_support_withdrawn_gives_up_no_place(text):
    assert subs(text) == []


def test_herds_counted_by_the_head_are_livestock_taken():
    assert subs("On Monday gunmen on motorbikes stole 150 head of cattle from a camp near the river.")[:1] \
        == ["Looting/property destruction"]
