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
    ("Rioters set fire to the town hall in Nairobi.", "arson"),
    ("Youths torched two buses at the depot in Kumasi.", "arson"),
    ("Students pelted stones at the police in Dhaka.", "riot"),
    ("Attackers threw a petrol bomb at a crowded bus in Dhaka.", "incendiary"),
    ("Government forces recaptured the town from the rebels.", "takeover"),
])
def test_trigger_kinds(parse, text, kind):
    assert kind in kinds(parse, text)


def test_strike_as_a_verb_is_an_attack_as_a_noun_a_protest(parse):
    assert "attack" in kinds(parse, "Militants struck an army post in Khost.")
    assert "protest" in kinds(parse, "Nurses went on strike in Lusaka over unpaid wages.")
    assert "attack" not in kinds(parse, "Nurses went on strike in Lusaka over unpaid wages.")


@pytest.mark.parametrize("text", [
    "Dock workers in Mombasa strike over unpaid wages.",
    "Lecturers began a strike at the university in Lagos.",
    "The bus drivers' union held a general strike in Harare.",
    "Miners went on a 72-hour strike in Rustenburg.",
    "About thirty nurses held a sit-in outside the health ministry.",
])
def test_a_work_stoppage_is_a_protest(parse, text):
    assert "protest" in kinds(parse, text)
    assert "attack" not in kinds(parse, text)


@pytest.mark.parametrize("text", [
    "Cattle rustlers struck at a homestead outside Maralal overnight.",
    "A gang of robbers struck twice in the market town last week.",
])
def test_armed_men_who_strike_with_nothing_struck_raid(parse, text):
    assert "attack" in kinds(parse, text)
    assert "protest" not in kinds(parse, text)


def test_a_strike_only_called_or_an_air_strike_is_no_protest(parse):
    assert "protest" not in kinds(parse, "The opposition called a strike for next week.")
    assert "protest" not in kinds(parse, "An air strike hit a convoy near Sirte.")


def test_burning_a_person_is_a_killing_burning_a_building_arson(parse):
    assert "kill" in kinds(parse, "A mob burnt a suspected thief alive in Kano.")
    assert "arson" in kinds(parse, "Residents burnt the chief's house in Kisumu.")
    assert "kill" not in kinds(parse, "Residents burnt the chief's house in Kisumu.")


def test_a_house_burnt_after_a_death_is_arson_not_a_killing(parse):
    assert "kill" in kinds(parse, "Villagers burnt two suspected cattle thieves to death near Marsabit.")
    found = kinds(parse, "Youths burnt down a chief's office in Marsabit following the death of a trader in custody.")
    assert "arson" in found and "kill" not in found


def test_a_thing_set_on_fire_is_arson_not_shots(parse):
    # "on fire on Friday" holds "fire on", the words of shots fired on someone.
    found = kinds(parse, "Angry traders set a matatu on fire in Nakuru on Friday.")
    assert "arson" in found and "shooting" not in found
    assert "shooting" not in kinds(parse, "A tanker caught fire on the Thika road on Friday.")
    assert "arson" not in kinds(parse, "She set the pot on the fire before the guests came on Friday.")
    assert "shooting" in kinds(parse, "Soldiers opened fire on a crowd in Nakuru on Friday.")
    # "on fire" as an idiom: no article, no fire the act came after
    assert "arson" not in kinds(parse, "The governor set a date for the vote after a fire in the market on Friday.")


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


@pytest.mark.parametrize("text, gone", [
    ("Students marched in Jos to protest against the killing of a lecturer.", "kill"),
    ("Traders protested over the abduction of their chairman in Aba.", "abduction"),
    ("Residents staged a rally to protest the bombing of the market.", "bomb"),
    ("Police arrested two men in connection with the bombing of a church.", "bomb"),
    ("Police arrested three youths for the murder of a farmer.", "kill"),
])
def test_an_act_a_protest_is_about_or_an_arrest_is_for_is_no_act_here(parse, text, gone):
    assert gone not in kinds(parse, text)


def test_an_act_beside_an_arrest_is_still_an_act(parse):
    assert "kill" in kinds(parse, "Gunmen killed a farmer in Jos and police arrested two suspects.")


def test_hostages_rescued_are_no_abduction(parse):
    assert "abduction" not in kinds(parse, "Troops stormed the camp and rescued twelve hostages.")
    assert "abduction" in kinds(parse, "Gunmen took twelve hostages at the hotel in Bamako.")


@pytest.mark.parametrize("text, kind", [
    ("Two rival clans signed a peace agreement in Buram.", "agreement"),
    ("The government declared a unilateral ceasefire in the east.", "agreement"),
    ("Forty rebels surrendered to the army in Beni.", "surrender"),
    ("Thirty fighters laid down their arms at a ceremony in Mopti.", "surrender"),
    ("Militiamen occupied the town hall in Kidal.", "occupation"),
])
def test_strategic_developments(parse, text, kind):
    assert kind in kinds(parse, text)


def test_an_occupied_region_is_no_occupation(parse):
    assert "occupation" not in kinds(parse, "Troops shot a youth in occupied Kashmir.")


@pytest.mark.parametrize("text", [
    "Police fired tear gas shells at the marchers in Nairobi.",
    "Riot police threw stun grenades into the crowd.",
    "The gunmen fled, leaving spent shells on the road.",
])
def test_crowd_control_rounds_and_spent_cartridges_are_no_weapons(parse, text):
    assert not {"shelling", "grenade"} & set(kinds(parse, text))
    assert "none" not in kinds(parse, text)


@pytest.mark.parametrize("text", [
    "The army recaptured two villages from the rebels near Kauda.",
    "Government troops have taken complete control of the district.",
    "Soldiers dislodged the insurgents from their camp in Sambisa.",
])
def test_territory_taken(parse, text):
    assert "takeover" in kinds(parse, text)


def test_property_wrecked(parse):
    assert "loot" in kinds(parse, "Supporters smashed the windows of the party office in Lusaka.")
    assert "loot" not in kinds(parse, "The office was badly damaged.")  # no one said to have done it


def test_every_act_an_arrest_is_for_is_a_reason(parse):
    found = kinds(parse, "Police arrested forty people for their involvement in arson attacks and blasts.")
    assert "arrest" in found and "bomb" not in found


@pytest.mark.parametrize("text", [
    "Two lorries collided near the weighbridge, injuring both drivers.",
    "A gas cylinder exploded in a bakery, wounding two workers.",
    "Firefighters battled the flames at the warehouse until dawn.",
    "The visiting side beat the champions 3-0 in the cup semifinal.",
    "A former clerk was sentenced to ten years for killing his neighbour.",
    "Police arrested two men with a sack of cannabis at the bus park.",
    "A small plane landed safely on the beach after its engine stalled.",
    "Fishermen found dead bodies of fish floating near the jetty on Sunday.",
    "Dead cattle were found near the dam after weeks without rain.",
])
def test_an_accident_a_disaster_sport_a_court_or_ordinary_crime_is_no_act(parse, text):
    assert find(parse(text)) == []


@pytest.mark.parametrize("text", [
    "Gunmen opened fire on a bus, which then overturned into a ditch.",
    "A car bomb exploded outside the stadium before the cup semifinal.",
    "Militants stormed the hotel in the drought-stricken north and killed two guards.",
    "Jet fighters pounded rebel hideouts in the valley.",
    "The dead bodies of two herders were found near the river where their goats grazed.",
    "Gunmen killed a fisherman and dumped his body among dead fish on the shore.",
])
def test_an_act_stays_one_beside_the_words_of_an_accident_or_a_match(parse, text):
    assert find(parse(text)) != []


@pytest.mark.parametrize("text, kept", [
    ("A trader killed his cousin during an argument over a debt at the market.", False),
    ("A man stabbed his neighbour after a drunken quarrel outside a bar.", False),
    ("A youth was stabbed to death during an argument between rival party supporters.", True),
    ("A voter was killed in a quarrel over the party primaries at the polling station.", True),
])
def test_a_quarrel_is_a_crime_unless_it_is_over_politics(parse, text, kept):
    assert (find(parse(text)) != []) == kept


def test_an_act_someone_is_accused_of_beside_another_act_is_its_reason(parse):
    clash = "Two clans clashed near Wajir after a herder was accused of raping a girl."
    assert kinds(parse, clash) == ["clash"]
    assert "kill" in kinds(parse, "Soldiers accused of killing a trader in Moyale.")


def test_a_charge_with_batons_is_an_act_not_an_accusation(parse):
    assert "disperse" in kinds(parse, "Four marchers were hurt as police baton charged the crowd in Kisumu.")


@pytest.mark.parametrize("text, kept", [
    ("The army stepped up its fight against terrorism in the north.", set()),
    ("Cargo planes came to help the government in its battle against drug trafficking.", set()),
    ("Troops fought the rebels near the border.", {"clash"}),
    ("Police fought against drug traffickers in the slum.", {"clash"}),  # people, not an evil
    ("Hundreds marched in protest against corruption.", {"protest"}),
])
def test_a_fight_waged_on_an_evil_is_no_clash(parse, text, kept):
    assert set(kinds(parse, text)) == kept


@pytest.mark.parametrize("text", [
    "Hundreds of teachers march to demand their arrears.",
    "Market traders stage march against new county fees.",
    "Supporters of the governor poured into the streets over his arrest.",
    "Residents thronged the streets demanding the release of the activist.",
])
def test_a_march_and_crowds_in_the_streets_are_protests(parse, text):
    assert "protest" in kinds(parse, text)


def test_the_month_of_march_is_no_protest(parse):
    assert kinds(parse, "The budget was read in March of last year.") == []


def test_people_who_gather_to_press_a_demand_protest(parse):
    assert "protest" in kinds(parse, "Tea farmers gathered outside the factory on Monday, demanding higher prices.")
    assert kinds(parse, "Mourners gathered at the church to pay their last respects.") == []


def test_acts_said_to_be_missing_are_no_triggers():
    for text in ("The march in Nyeri was devoid of running battles and looting.",
                 "No clashes were reported in Embu on Monday.",
                 "The rally ended without any looting."):
        sent = next(nlp()(text).sents)
        assert not [t for t in triggers_in(sent) if t.kind != "protest"], text


@pytest.mark.parametrize("text, kept", [
    ("Gendarmes and a gang leader traded shots in a shoot-out at Dogbo.", {"clash"}),
    ("A trader shot in the chest is fighting for his life at the county hospital.", {"shooting"}),
    ("The ambush is thought to be linked to recent clashes between two herding clans.", {"attack"}),
    ("The raid was part of the ongoing fighting over the grazing land.", {"attack"}),
    ("The two villages had been fighting over the river for months.", set()),
    ("The two clans have recently been clashing over pasture.", set()),
    ("Soldiers have been fighting the rebels near Beni since Sunday.", {"clash"}),
])
def test_a_fight_told_as_the_background_of_another_act_is_no_trigger(parse, text, kept):
    assert set(kinds(parse, text)) == kept


@pytest.mark.parametrize("text", [
    "The militia besieged the town on Friday but were driven back and repelled by government soldiers.",
    "The herders met heavy resistance from the village guards.",
])
def test_an_attack_met_by_fighting_back_is_a_fight(parse, text):
    assert "clash" in kinds(parse, text)


@pytest.mark.parametrize("text, found", [
    ("A herder died in the clan war over grazing land near the wells.", ["clash"]),
    ("Three villagers died following inter-communal conflict in the hills.", ["clash"]),
    ("Elders met to settle the clan conflict over grazing land.", []),
    ("The professor wrote a history of the tribal wars of the nineteenth century.", []),
])
def test_a_war_between_clans_or_communities_is_a_fight_only_with_harm_told(parse, text, found):
    assert kinds(parse, text) == found


@pytest.mark.parametrize("text, found", [
    ("Three dead bodies were found beside the highway outside the town.", True),
    ("The body was dumped in a river near the market.", True),
    ("The body of a fisherman who drowned on Sunday was found on the shore of the lake.", False),
    ("A body was found in a car that crashed into a ditch on the bypass.", False),
])
def test_bodies_found_or_dumped_are_a_killing_unless_an_accident_explains_them(parse, text, found):
    assert (find(parse(text)) != []) == found


@pytest.mark.parametrize("text, found", [
    ("A farmer died in land dispute violence near the river.", ["attack"]),
    ("The land dispute violence report was tabled in the assembly.", []),
])
def test_a_modifier_s_own_compound_qualifies_the_act_noun(parse, text, found):
    assert kinds(parse, text) == found


@pytest.mark.parametrize("text", [
    "The truck hit a mine on the road to the border post.",
    "Two herders died in a mine blast in the valley.",
])
def test_a_mine_laid_as_a_weapon_is_a_bomb(parse, text):
    assert "bomb" in kinds(parse, text)


@pytest.mark.parametrize("text", [
    "Diggers quarrelled with villagers at the gold mine on Sunday.",
    "Mine workers marched to the company offices on Sunday.",
])
def test_a_mine_dug_for_ore_is_no_bomb(parse, text):
    assert "bomb" not in kinds(parse, text)
