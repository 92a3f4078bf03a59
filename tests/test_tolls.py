"""An act's toll from the counts of the sentences that tell it, and whole reports of our own
writing read end to end: context numbers, sides, disagreeing sources, unknown tolls."""

from eventwire import extract
from eventwire.casualties import find
from eventwire.parse import nlp
from eventwire.record import Toll
from eventwire.tolls import act_tolls, credibility


def tolls(*sentences: str):
    """Deaths and injuries of one act told by these sentences, in order."""
    model = nlp()
    return act_tolls([[c for s in model(text).sents for c in find(s)] for text in sentences])


def test_sides_named_apart_add_up():
    deaths, _ = tolls("Five soldiers and three attackers were killed.")
    assert deaths.toll == Toll(8, 8, 8)
    deaths, _ = tolls("Gunmen killed five soldiers at the post.", "Three of the attackers were also killed.")
    assert deaths.toll == Toll(8, 8, 8)


def test_one_side_told_again_is_one_figure():
    deaths, _ = tolls("Rebels killed four soldiers near the river.", "The four soldiers were killed at dawn.",
                      "Officials said four soldiers died in the ambush.")
    assert deaths.toll == Toll(4, 4, 4) and len(deaths.spans) == 3


def test_a_total_for_no_side_stands_when_it_is_larger():
    deaths, _ = tolls("Two soldiers and a policeman were killed.", "In all, nine people died in the raid.")
    assert deaths.toll.best == 9
    deaths, _ = tolls("Six villagers and two gunmen were killed.", "Six people died.")
    assert deaths.toll.best == 8


def test_the_bomber_is_a_side_of_its_own():
    deaths, _ = tolls("A bomber blew himself up at the gate, killing nine people, police said.",
                      "The bomber was also killed.")
    assert deaths.toll == Toll(10, 10, 10)


def test_others_killed_beside_a_single_victim_add_up():
    deaths, _ = tolls("The mayor was shot dead outside his office.", "Two of his guards were also killed.")
    assert deaths.toll == Toll(3, 3, 3)
    deaths, _ = tolls("A teacher died in the blast.", "Six other people died.")
    assert deaths.toll == Toll(7, 7, 7)
    deaths, _ = tolls("At least five people were killed.", "A policeman also died of his wounds.")
    assert deaths.toll == Toll(5, 5, 5)  # beside a total, one more may be among it


def test_a_larger_total_beside_the_sides_raises_high():
    deaths, _ = tolls("Five soldiers and four civilians died in the blast, an officer said.",
                      "Residents said at least 12 people died.")
    assert deaths.toll == Toll(best=9, low=9, high=12)


def test_sources_that_disagree_give_a_range():
    deaths, _ = tolls("Police said 12 people died; residents put the toll at 20.")
    assert deaths.toll == Toll(best=12, low=12, high=20) and len(deaths.spans) == 2
    deaths, _ = tolls("Residents said 30 people were killed.", "According to the hospital, 18 people were killed.")
    assert deaths.toll == Toll(best=18, low=18, high=30)  # the hospital's figure is the more credible


def test_a_newer_figure_replaces_the_older():
    deaths, _ = tolls("At least 20 people were killed in the blast.", "The death toll later rose to 31.")
    assert deaths.toll == Toll(31, 31, 31)


def test_no_toll_is_unknown_and_no_casualties_is_zero():
    deaths, injuries = tolls("Rebels attacked an army base near the lake.")
    assert deaths.toll is None and injuries.toll is None and deaths.spans == []
    deaths, injuries = tolls("Rockets landed near the base.", "There were no casualties.")
    assert deaths.toll == Toll(0, 0, 0) and deaths.spans


def test_an_attack_that_only_wounded_killed_no_one():
    deaths, injuries = tolls("A grenade thrown into a bar wounded six people.")
    assert injuries.toll == Toll(6, 6, 6) and deaths.toll == Toll(0, 0, 0)
    assert deaths.spans == injuries.spans  # the words about the wounded are the evidence


def test_injuries_add_up_repeat_and_disagree_as_deaths_do():
    _, injured = tolls("Six soldiers and three porters were wounded.")
    assert injured.toll == Toll(9, 9, 9)
    _, injured = tolls("Militants wounded five policemen.", "Two of the attackers were also wounded.")
    assert injured.toll == Toll(7, 7, 7)
    _, injured = tolls("Residents said 15 people were hurt.", "Doctors at the hospital said nine people were wounded.")
    assert injured.toll == Toll(best=9, low=9, high=15)  # the hospital's figure is the more credible
    _, injured = tolls("Eight people were wounded in the blast.", "The number of wounded later rose to 13.")
    assert injured.toll == Toll(13, 13, 13)


def test_a_protest_or_an_arrest_is_not_the_killing_it_is_about():
    model = nlp()
    counts = [[c for s in model("Hundreds marched against raids that had killed three students.").sents
               for c in find(s)]]
    assert act_tolls(counts, "Protests")[0].toll is None
    assert act_tolls(counts, "Violence against civilians")[0].toll == Toll(3, 3, 3)


def test_who_is_trusted_more():
    assert credibility("police") > credibility("residents") > credibility("rebel sources")
    assert credibility("") == credibility("witnesses")


VILLAGE = """Gunmen kill 19 villagers in raid on central village
Armed men on motorbikes stormed the village of Kelmo on Sunday, killing 19 people, local officials said.
The attackers burned granaries and houses before fleeing into the bush, a resident said by telephone.
More than 150,000 people have been killed in the conflict since 2012, and some 2,000 people fled the area last month alone.
The village was also the scene of the 2019 massacre that left 300 dead.
A 35-year-old farmer said his brother was among the dead. Troops of the 4th Infantry Brigade were sent to the area, and police arrested 14 suspects.
"""


def test_a_report_full_of_other_numbers_keeps_the_act_own_toll():
    [event] = extract(VILLAGE, published="2024-03-05")
    assert event.fatalities == Toll(19, 19, 19)
    cited = [e.text for e in event.evidence if e.field == "fatalities"]
    assert cited and all("150,000" not in t and "300" not in t for t in cited)


def test_upper_case_wire_copy_gives_the_same_toll():
    [event] = extract(VILLAGE.upper(), published="2024-03-05")
    assert event.fatalities == Toll(19, 19, 19)


SHELLING = """Shelling kills three in southern city
Artillery shelling killed three civilians and wounded seven others in the southern city on Tuesday, the regional governor said.
A 67-year-old woman was among those killed when a shell hit a bus stop, he said.
Later on Tuesday, the governor said the toll had risen to four after a man died of his wounds in hospital.
More than 11,000 civilians have been killed since the invasion began, the government says.
"""


def test_a_toll_that_rose_later_that_day_is_the_act_own_and_the_war_dead_are_not():
    [event] = extract(SHELLING, published="2024-03-06")
    assert event.fatalities == Toll(4, 4, 4) and event.injuries == Toll(7, 7, 7)


WIRE = """LIMA, 14 MAY 90 (EFE) -- [TEXT] A POLICE PATROL WAS AMBUSHED LAST NIGHT
NEAR THE TOWN OF HUANTA, IN AYACUCHO DEPARTMENT, BY A GROUP OF
GUERRILLAS WHO KILLED FIVE POLICEMEN AND WOUNDED TWO OTHERS, POLICE
SOURCES HAVE REPORTED.

   THE GUERRILLA WAR HAS LEFT MORE THAN 18,000 DEAD SINCE 1980, AND
THE 1986 PRISON MASSACRE ALONE LEFT MORE THAN 200 DEAD.
"""


def test_wrapped_upper_case_wire_copy_keeps_the_act_own_toll():
    [event] = extract(WIRE)
    assert event.fatalities == Toll(5, 5, 5) and event.injuries == Toll(2, 2, 2)


CHECKPOINT = """Eleven soldiers martyred in attack on checkpoint
Eleven soldiers were martyred when militants stormed a checkpoint near the border late on Tuesday, the army said.
Four of the attackers were also killed in the exchange of fire, the statement added.
"""


def test_martyred_soldiers_and_the_attackers_add_up():
    [event] = extract(CHECKPOINT, published="2024-06-05")
    assert event.fatalities == Toll(15, 15, 15)


def test_a_report_that_gives_no_toll_leaves_it_unknown():
    [event] = extract("Rebels attacked an army base near Beni on Monday, officials said. The fighting lasted "
                      "several hours. No toll was immediately available.", published="2024-03-06")
    assert event.fatalities is None and event.injuries is None
    assert not [e for e in event.evidence if e.field in ("fatalities", "injuries")]


def test_a_grenade_attack_that_only_wounded_is_an_event_with_no_dead():
    [event] = extract("A grenade was thrown into a crowded market in Gitega on Friday evening, wounding six people, "
                      "police said. Police later arrested two suspects.", published="2024-03-09")
    assert event.sub_event_type == "Grenade"
    assert event.fatalities == Toll(0, 0, 0) and event.injuries == Toll(6, 6, 6)


BAZAAR = """Grenade attack wounds 11 in border town
Attackers on a motorcycle threw a grenade into a crowded bazaar in Gulu on Thursday afternoon, wounding 11 people, two of them children, the district police commander said.
More than 300 people have been hurt in such attacks since 2019. Police arrested three suspects and offered a reward of 5,000,000 shillings.
"""


def test_an_attack_that_only_wounded_keeps_its_own_wounded_among_others():
    [event] = extract(BAZAAR, published="2024-07-12")
    assert event.sub_event_type == "Grenade"
    assert event.fatalities == Toll(0, 0, 0) and event.injuries == Toll(11, 11, 11)


def test_an_upper_case_wire_report_of_only_wounded():
    [event] = extract("QUITO, 2 MAR 89 (AFP) -- [TEXT] A BOMB PLANTED AT THE DOOR OF A BANK EXPLODED EARLY\n"
                      "TODAY IN DOWNTOWN QUITO, WOUNDING FOUR PASSERSBY, THE POLICE REPORTED.\n")
    assert event.fatalities == Toll(0, 0, 0) and event.injuries == Toll(4, 4, 4)


def test_sources_in_a_report_that_disagree_are_kept_as_a_range():
    [event] = extract("A car bomb exploded outside a hotel in the capital on Saturday. Police said 12 people died; "
                      "residents put the toll at 20.", published="2024-03-10")
    assert event.fatalities == Toll(best=12, low=12, high=20)
