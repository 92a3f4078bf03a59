"""One frame per act sentence: who acted against whom, when, where, and how it is known."""

from datetime import date

import pytest

from eventwire import arguments, dates, mentions
from eventwire.clean import clean
from eventwire.parse import nlp
from eventwire.places import Gazetteer

PUBLISHED = date(2022, 9, 14)  # a Wednesday


@pytest.fixture(scope="module")
def frame():
    model = nlp()

    def run(text):
        doc = model(text)
        found = mentions.find(doc)
        times = dates.find(doc.text, PUBLISHED)
        return arguments.fill(doc, found[0], times, Gazetteer.default().spot(doc))

    return run


def test_attacker_and_target(frame):
    f = frame("Al-Shabaab militants attacked a police station in Mandera on Monday.")
    assert f.attacker.name == "Al Shabaab"
    assert f.target.name == "Police Forces of {country}"
    assert f.time.value == date(2022, 9, 12)


def test_passive_agent_is_the_attacker(frame):
    f = frame("Two farmers were shot dead by suspected herdsmen in Benue on Sunday.")
    assert f.attacker.name == "Fulani Ethnic Militia"
    assert f.target.name == "Civilians ({country})"


def test_agent_through_a_support_verb(frame):
    f = frame("Rebel fighters resorted to heavy shelling of army positions near Kidal.")
    assert f.attacker is not None and f.attacker.kind == "rebel group"


def test_a_country_acting_is_its_military(frame):
    f = frame("Two villagers were wounded in shelling by Azerbaijan near the border.")
    assert f.attacker.name == "Military Forces of Azerbaijan"


def test_members_of_a_force_are_the_force(frame):
    f = frame("A herder was shot dead by members of the National Guard on Friday.")
    assert f.attacker.kind == "state forces"


def test_casualties_and_places(frame):
    f = frame("Gunmen killed four soldiers near Djibo in Soum province.")
    assert sum(c.count.best for c in f.killed()) == 4
    texts = [p.text for p in f.places]
    assert any(t.startswith("Djibo") for t in texts)


def test_reporter(frame):
    f = frame("Three soldiers were killed in the ambush, a military spokesman told reporters.")
    assert f.reported_by is not None and "spokesman" in f.reported_by[0]


def test_plans_and_trends_are_not_specific(frame):
    assert not frame("The rebels planned to attack the town.").specific
    assert not frame("Attacks have risen across the region this year.").specific
    assert frame("Rebels attacked the town on Tuesday.").specific


def test_plural_acts(frame):
    assert frame("Protests broke out in Harare over fuel prices.").specific
    assert frame("Clashes between herders and farmers erupted near Jos.").specific
    assert not frame("Officials blamed the attacks on weak policing.").specific


def test_fighters_killed_in_an_encounter_with_police_were_its_target(frame):
    f = frame("Three militants were killed in an encounter with police in Mombasa on Sunday.")
    assert f.attacker.name == "Police Forces of {country}"
    assert f.target.name == "Unidentified Armed Group ({country})"


def test_a_cause_clause_is_the_same_act_a_measured_one_another(frame):
    f = frame("Nine fighters were killed after fighter jets bombed their camp near Marib.")
    assert "airstrike" in f.kinds
    g = frame("Hours before the army was targeted, rockets landed near the base.")
    assert g.target is None or g.target.name != "Military Forces of {country}"


def test_the_side_victims_fought_is_the_attacker(frame):
    f = frame("Six policemen were killed in a gunbattle with Maoists in Bijapur on Monday.")
    assert f.attacker.name.startswith("CPI (Maoist)")
    assert f.target.name == "Police Forces of {country}"


def test_a_side_met_with_no_victims_stays_the_target(frame):
    f = frame("Police clashed with Maoists in Bijapur on Monday.")
    assert f.attacker.name == "Police Forces of {country}" and f.target.name.startswith("CPI (Maoist)")


@pytest.mark.parametrize("text, iso", [
    ("Indian Border Security Force troops fired at a village near Sialkot.", "IN"),
    ("Troops of Pakistan fired at posts in Poonch.", "PK"),
    ("Kenyan soldiers raided a camp near Kismayo.", "KE"),
    # two nationalities name both sides, as "troops of India and Pakistan" does
    ("Eritrean and Ethiopian soldiers exchanged fire near Zalambessa.", None),
])
def test_the_force_s_own_country(text, iso):
    doc = nlp()(text)
    from eventwire.actors import find
    mention = next(a for a in find(text) if a.kind == "state forces")
    assert arguments.demonym_country(doc, mention) == iso


def test_who_called_the_strike_is_no_side_of_the_act(frame):
    f = frame("During a blockade enforced by the BNP, four bombs went off in Dhaka on Monday.")
    assert f.attacker is None


def test_a_victim_who_suffered_an_attack_by_others_is_its_target(frame):
    f = frame("A BNP leader suffered gunshot injuries in an attack by unidentified gunmen in Feni town on Monday.")
    assert f.attacker.name == "Unidentified Armed Group ({country})"
    assert f.target.name.startswith("BNP")


@pytest.mark.parametrize("text", [
    "A soldier sustained wounds in a roadside bomb blast outside Kidal on Monday.",
    "Soldiers escorting food trucks came under attack outside Timbuktu on Monday.",
])
def test_the_side_that_undergoes_the_act_is_its_target(frame, text):
    f = frame(text)
    assert f.attacker is None and f.target.name == "Military Forces of {country}"


def test_in_a_fight_the_wounded_side_still_fought(frame):
    f = frame("In Mymensingh on Monday, two BNP activists sustained gunshot wounds during a gunfight with police.")
    assert f.attacker.name.startswith("BNP") and f.target.name == "Police Forces of {country}"


def test_a_party_member_among_the_victims_is_not_the_attacker(frame):
    f = frame("A bomb attack on a tea stall in Jessore on Sunday injured three people, among them an Awami League organiser.")
    assert f.attacker is None


def test_a_named_group_qualifying_a_side_between_two(frame):
    f = frame("A rickshaw puller died on Monday in a gunfight between BNP arsonists and policemen in Dhaka.")
    assert f.attacker.name.startswith("BNP")


def test_a_country_s_drone_strike_is_its_military_s(frame):
    f = frame("A US drone strike killed four militants in Jilib on Tuesday.")
    assert f.attacker.name == "Military Forces of United States"


def test_the_group_police_suspect_is_the_attacker(frame):
    f = frame("Police suspect the NSCN-K of carrying out an ambush on a patrol in Mon district on Sunday.")
    assert f.attacker is not None and f.attacker.name.startswith("NSCN-K")


def test_people_who_no_longer_fight_are_civilians(frame):
    f = frame("Gunmen shot dead a retired police officer in Quetta on Monday.")
    assert f.target.name == "Civilians ({country})"


def test_an_act_told_beside_a_main_verb_still_happened(frame):
    f = frame("Guards were prevented from entering the hall while a group of traders staged a protest.")
    assert f.specific
    assert frame("Five villagers are feared dead following fighting between herders and farmers over grazing land.").specific
    assert not frame("The militia threatened to attack the village after the harvest.").specific


def test_the_act_done_outranks_the_act_stopped(frame):
    f = frame("Forty rebels laid down their arms to stop the fighting in the district.")
    assert f.specific
    assert f.kinds == ["surrender"]


def test_an_act_in_a_relative_clause_happened(frame):
    f = frame("Police said the man who detonated the bomb could not be identified.")
    assert f.specific
    assert "bomb" in f.kinds


def test_a_date_in_another_thing_s_name_does_not_date_the_act(frame):
    f = frame("A crowd of residents protested against the nomination of a councillor for the August 3 elections.")
    assert f.time is None
    assert frame("Gunmen killed two farmers in Benue on September 11.").time.value == date(2022, 9, 11)


def test_a_month_told_of_a_thing_does_not_date_the_act(frame):
    f = frame("Villagers demanded the inclusion of their candidate in the local vote in March and blocked the bridge.")
    assert f.time is None
    assert frame("Gunmen attacked a village near Kandi in August.").time.value.month == 8


def test_a_full_date_dates_the_act_over_a_month_named_beside_it(frame):
    f = frame("On 12 September 2022, some 300 clerks dismissed by the council after disputed recruitment in May"
              " reportedly staged a protest in Kisumu.")
    assert f.time.value == date(2022, 9, 12)


def test_who_reports_the_act_is_not_its_target(frame):
    assert frame("A bomb exploded in a market in Kano on Monday, police said.").target is None
    f = frame("Gunmen opened fire in the town, local officials told reporters.")
    assert f.attacker.text == "Gunmen"
    assert f.target is None


def test_a_strike_someone_was_arrested_for_calling_stays_in_the_frame(frame):
    f = frame("Police arrested twelve party workers for calling a general strike in the city.")
    assert "arrest" in f.kinds
    assert len(f.kinds) > 1


def test_a_crowd_that_beats_someone_acts_as_a_crowd(frame):
    f = frame("Angry residents beat a suspected thief to death in Kano on Monday.")
    assert f.attacker.crowd and f.attacker.kind == "civilians"


def test_a_crowd_that_burns_property_unhurt_is_a_riot_s(frame):
    f = frame("Students of a boarding school in Nakuru burnt down three dormitories on Sunday.")
    assert f.attacker.crowd and f.attacker.name == "Rioters ({country})"


@pytest.mark.parametrize("text", [
    "Unknown people attacked a trader in Kano on Monday.",
    "Residents hurled petrol bombs at a bus in Dhaka on Monday.",
])
def test_unknown_people_or_people_with_weapons_are_no_crowd(frame, text):
    f = frame(text)
    assert f.attacker is None or not f.attacker.crowd


@pytest.mark.parametrize("text", [
    "An Awami League leader was stabbed to death by a rival group in Bogra on Sunday.",
    "Twelve Awami League activists were injured in a factional clash in Bogra on Sunday.",
])
def test_a_fight_inside_one_party_is_the_party_s_own(frame, text):
    f = frame(text)
    assert f.attacker.name == "AL: Bangladesh Awami League"


def test_rivals_from_another_party_are_not_the_victims_party(frame):
    f = frame("A BNP leader was hacked by a rival group of Awami League men in Bogra on Sunday.")
    assert f.attacker is None or f.attacker.name != "BNP: Bangladesh Nationalist Party"


def test_a_place_of_an_act_told_in_passing_belongs_to_that_act(frame):
    f = frame("Jets struck a militant camp near Jilib on Tuesday in response to an attack in Lamu, Kenya.")
    places = {p.text: p.aside for p in f.places}
    assert places == {"Jilib": False, "Lamu": True}
    assert "KE" not in f.country_hints and f.aside_countries == ["KE"]


def test_an_act_the_sentence_answers_is_not_its_act_nor_its_place(frame):
    # the only act word is the one answered: its place is that act's, not the sentence's
    f = frame("Soldiers carried out strikes on a rebel base in reprisal for an ambush in Garissa.")
    assert {p.text: p.aside for p in f.places}.get("Garissa") is True


def test_a_place_of_the_same_act_told_twice_is_its_own(frame):
    # "killed in an attack in X": the attack is the killing's act
    f = frame("Two guards were killed in an attack in Mandera on Monday.")
    assert [(p.text, p.aside) for p in f.places] == [("Mandera", False)]


@pytest.mark.parametrize("text, part, whole", [
    ("Clashes broke out in the Salahadeen district of Tripoli on Monday.", "Salahadeen district", "Tripoli"),
    ("Clashes broke out in Tripoli's Salahadeen district on Monday.", "Salahadeen district", "Tripoli"),
    ("Troops fired mortars in the Balakote sector of Poonch district on Monday.", "Balakote", "Poonch"),
])
def test_the_place_a_quarter_or_unit_is_said_to_be_part_of(frame, text, part, whole):
    f = frame(text)
    assert {p.text: p.inside for p in f.places}[part] == whole


def test_a_town_called_by_a_countrys_name_is_a_place_of_the_act(frame):
    # "the city of Mali" is a town that bears the country's name; "in Mali" the country
    f = frame("Soldiers beat demonstrators in the northern city of Mali on Friday.")
    assert [(p.text, p.qualifier) for p in f.places] == [("Mali", "town")]
    assert frame("Soldiers beat demonstrators in Mali on Friday.").places == []


def test_an_act_named_as_known_survives_a_denial_of_what_is_said_of_it(frame):
    assert frame("The minister denied that the delay was linked to the murder of the union leader.").specific
    assert not frame("The army denied that its soldiers shot the farmers near the river.").specific
    assert not frame("The rebels denied any involvement in the killing of the farmers.").specific


def test_a_date_in_a_clause_after_the_act_does_not_date_it(frame):
    f = frame("The minister was shot dead on Monday near his home, six days after taking office on 2 September.")
    assert f.time is not None and f.time.value == date(2022, 9, 12)


@pytest.mark.parametrize("text, fresh", [
    ("A bomb exploded at a market in Gao.", True),
    ("Rebels burned three buses in Gao.", True),
    ("Two policemen were shot dead in Gao.", True),
    ("The attackers burned three buses in Gao.", False),  # the act's doers told before
    ("They burned three buses in Gao.", False),
    ("The attack in Gao was the third this month.", False),  # the act named, not told anew
])
def test_an_act_told_of_people_the_words_introduce_is_fresh(frame, text, fresh):
    assert frame(text).fresh is fresh


def test_a_name_after_a_personal_title_is_no_place_of_the_act(frame):
    # "Dolores" and "Isabel" are towns too; after "Ms" they are a woman's names
    text = clean("THE GOVERNMENT CONDEMNS THE MURDER OF MS DOLORES ISABEL RUIZ, CARRIED OUT THIS MORNING "
                 "BY GUNMEN IN SANTA TECLA.").text
    assert [p.text for p in frame(text).places] == ["Santa Tecla"]


def test_a_hometown_or_an_envoys_country_is_no_place_of_the_act(frame):
    f = frame("Gunmen kidnapped two engineers, Marco Bellini of Turin and Paolo Conte of Genoa, near Medellin.")
    assert {p.text: p.aside for p in f.places} == {"Turin": True, "Genoa": True, "Medellin": False}
    f = frame("Quito's ambassador to Lima said rebels bombed a pipeline near Tumbes.")
    assert {p.text: p.aside for p in f.places} == {"Quito": True, "Lima": True, "Tumbes": False}


def test_the_place_of_an_occasion_after_the_act_is_no_place_of_it(frame):
    text = clean("GUERRILLAS KIDNAPPED TWO ENGINEERS NEAR TUMACO TWO DAYS BEFORE THE SUMMIT IN CARTAGENA.").text
    assert {p.text: p.aside for p in frame(text).places} == {"Tumaco": False, "Cartagena": True}
    f = frame("Rebels burned a bus in Neiva a day ahead of the vote in Bogota.")
    assert {p.text: p.aside for p in f.places} == {"Neiva": False, "Bogota": True}
    f = frame("Before dawn today a bomb went off in Guayaquil outside a consul's house.")
    assert {p.text: p.aside for p in f.places} == {"Guayaquil": False}
    f = frame("Gunmen shot a guard before the district police in Ukhrul.")  # before: in front of
    assert {p.text: p.aside for p in f.places} == {"Ukhrul": False}


def test_a_trend_in_what_a_protest_is_about_is_not_the_protest_s(frame):
    assert frame("Protests broke out in Voi over rising insecurity.").specific
    assert frame("Residents hold a demonstrations against rising rents.").specific
    assert not frame("Attacks on police posts have become frequent in the north.").specific
    assert not frame("There has been a surge in attacks on farmers.").specific


def test_a_plural_unit_word_after_a_list_of_names_makes_each_a_unit(frame):
    f = frame("Troops traded fire along the frontier in Kathua, Samba and Jammu districts on Monday.")
    assert {p.text: p.qualifier for p in f.places} == {"Kathua": "district", "Samba": "district", "Jammu": "district"}


def test_a_place_naming_the_branch_a_victim_belongs_to_is_not_the_acts(frame):
    f = frame("An activist of Bogra district BNP was stabbed to death at a market in Rajshahi on Sunday.")
    assert {p.text: p.aside for p in f.places}.get("Bogra district") in (None, True)
    assert any(p.text == "Rajshahi" and not p.aside for p in f.places)


def test_an_act_beside_a_verb_of_stopping_or_fearing_happened(frame):
    """A verb joined to one of planning or stopping, or its subject, tells its own act."""
    assert frame("Police thwarted a bomb plot and shot dead two militants in Mandera on Monday.").specific
    assert frame("Two people are feared dead and many hurt after rival youths clashed in Busia.").specific
    assert frame("A mob attack stopped the meeting from taking place.").specific
    assert not frame("The plan to attack the camp was foiled by police.").specific
    assert not frame("The militia threatened to attack and burn the village.").specific


def test_what_follows_a_semicolon_does_not_undo_the_act_before_it(frame):
    assert frame("A councillor was kidnapped by armed men near Kitui; the motive may have been political.").specific
    assert frame("Fighting between two clans near Wajir; six killed, the toll may include herders").specific


def test_a_former_member_killed_is_no_earlier_act(frame):
    f = frame("A former militia member was shot dead in Nairobi on Monday.")
    assert f.specific and not f.recalled
    assert frame("A similar attack killed four people in the town.").recalled


def test_a_year_in_a_clause_about_something_else_does_not_date_the_act(frame):
    """A year dates an act only where it hangs on the act's own words: "grants for the second
    quarter of 2021" dates the grants, not the strike for them."""
    f = frame("University staff started a strike to demand payment of grants for the second quarter of 2021.")
    assert f.time is None
    assert frame("Gunmen killed five herders in Isiolo in 2019.").time.precision == 4


def test_a_month_told_of_a_stretch_of_time_dates_the_act(frame):
    f = frame("During a three-day period in May, rebels burnt two lorries and a bus on the road to Gulu.")
    assert (f.time.value.year, f.time.value.month) == (2022, 5)
