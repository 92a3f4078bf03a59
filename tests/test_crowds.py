"""Crowds and the sub-event types ACLED gives them, and reports of no ACLED event at all.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from eventwire import extract
from eventwire.crowd_people import agent, associated, side_of
from eventwire.mentions import find
from eventwire.parse import nlp
from eventwire.protest_force import brutal_dispersal

PUBLISHED = "2023-06-20"


def one(text: str):
    events = extract(text, published=PUBLISHED)
    assert events, f"no event in {text!r}"
    return events[0]


@pytest.mark.parametrize("text, sub", [
    ("Hundreds of nurses marched through Nyeri on Monday demanding unpaid allowances.", "Peaceful protest"),
    ("Traders in Kisumu held a sit-in outside the county offices on Monday over new market fees.", "Peaceful protest"),
    ("Police fired tear gas to disperse teachers who were marching to parliament in Nairobi on Monday.",
     "Protest with intervention"),
    ("Students protesting fee increases in Eldoret were dispersed by anti-riot police on Monday.",
     "Protest with intervention"),
    ("Riot police fired tear gas at traders marching to the county offices in Kisumu on Monday.",
     "Protest with intervention"),
    ("On Monday police teargassed hospital staff who were picketing outside the county offices in Embu.",
     "Protest with intervention"),
    ("Police shot dead two demonstrators who were marching peacefully against a land deal in Narok on Monday.",
     "Excessive force against protesters"),
    ("Youths protesting the killing of a trader barricaded the Kisumu-Busia road with burning tyres on Monday.",
     "Violent demonstration"),
    ("Demonstrators in Mombasa threw stones at police officers during a rally over fuel prices on Monday.",
     "Violent demonstration"),
    ("Angry villagers lynched a man suspected of stealing a cow in Kakamega on Monday.", "Mob violence"),
    ("A crowd beat two suspected thieves to death at a market in Meru on Monday.", "Mob violence"),
])
def test_crowds_by_what_they_did_and_what_was_done_to_them(text, sub):
    assert one(text).sub_event_type == sub


@pytest.mark.parametrize("text, sub", [
    # The state's force that hurts without killing or maiming stops a protest: an intervention.
    ("Traders marched to the county offices in Kisumu on Monday. Police baton charged the marchers, injuring six.",
     "Protest with intervention"),
    ("Police beat nurses who were demonstrating outside the ministry in Nairobi on Monday.",
     "Protest with intervention"),
    # Others who assault a demonstration intervene in it too.
    ("On Monday, members of the ruling party assaulted and injured demonstrating teachers with sticks in Kisumu.",
     "Protest with intervention"),
    ("On Monday, supporters of the governor attacked the marchers with sticks in Kisumu, injuring five.",
     "Protest with intervention"),
    # Police who hurt people during a demonstration intervene in it, even named only as its time.
    ("Police charged batons and scattered the students in Eldoret during their demonstration on Monday.",
     "Protest with intervention"),
    # A gathering the police stop or remove, with no force told, met an intervention too.
    ("Nurses marched to parliament in Nairobi on Monday. Police obstructed the march near the gate.",
     "Protest with intervention"),
    ("Traders staged a sit-in on the highway in Kisumu on Monday. Police removed the protesters from the road.",
     "Protest with intervention"),
    # Gunfire, deaths or grave injuries by the state are excessive force.
    ("Police shot and critically injured two marchers during a demonstration over land in Narok on Monday.",
     "Excessive force against protesters"),
    ("A student was shot dead during protests over fees in Kisii on Monday.", "Excessive force against protesters"),
    # Arrests a crowd asks for or protests were not made at the protest.
    ("Students marched in Nyeri on Monday demanding the release of classmates detained by police.",
     "Peaceful protest"),
    ("Mourners marched in Meru on Monday to protest the killing of a boda boda rider.", "Peaceful protest"),
    # Acts a crowd demands justice for were done before, by others; how it protested is its own act.
    ("Lawyers formed a human chain in Nakuru on Monday, calling for justice over an earlier assault on a colleague.",
     "Peaceful protest"),
    ("Traders protested new market fees in Kisumu on Monday by barricading the main road with logs.",
     "Violent demonstration"),
    # A demonstration whose people hurt someone or fight is violent, whoever they fight.
    ("Striking workers marched in Thika on Monday and assaulted two colleagues who had stayed at work.",
     "Violent demonstration"),
    ("Student demonstrators and police clashed with sticks and stones in Nakuru on Monday.",
     "Violent demonstration"),
    ("Rival party supporters clashed with sticks during an opposition demonstration in Kisumu on Monday.",
     "Violent demonstration"),
    # Storming an office hurts no one.
    ("Residents stormed the chief's office in Kakamega on Monday to protest insecurity.", "Peaceful protest"),
])
def test_what_was_done_to_a_demonstration_and_what_its_people_did(text, sub):
    assert one(text).sub_event_type == sub


def test_a_fight_during_a_party_rally_is_no_demonstration():
    assert one("Supporters of two candidates clashed with sticks during a campaign rally in Kitale on Monday."
               ).event_type != "Protests"


@pytest.mark.parametrize("text", [
    "Followers of two aspirants threw stones at each other at a campaign rally in Bungoma on Monday.",
    "Youths backing the governor fought with rival supporters ahead of a rally in Kitui on Monday.",
    "Three people were hurt in a fight between supporters of the senator and those of the governor in Nyeri on Monday.",
])
def test_rival_supporters_fighting_at_a_rally_are_a_mob(text):
    """A rally or meeting named as where a fight took place is no demonstration; "those of"
    are more of the people just named."""
    assert one(text).sub_event_type == "Mob violence"


@pytest.mark.parametrize("text", [
    "Followers of the senator clashed with those of his rival at a party rally in Embu town on Friday, injuring four.",
    "A gang of young men hurled rocks at campaign rally goers in Voi on Friday; two needed treatment.",
    "Youths on their way to a campaign rally smashed the windscreens of three cars in Kitale on Friday.",
])
def test_a_meeting_the_crowd_did_not_hold_is_no_demonstration(text):
    """A rally the words hang deep in a fight's phrase, whose goers were set upon, or that the
    crowd was heading to, is where or whom the crowd's violence was done: a mob's, no protest's."""
    assert one(text).sub_event_type == "Mob violence"


@pytest.mark.parametrize("text", [
    "An angry mob attacked a shopkeeper and set his kiosk on fire in Bomet on Friday after villagers held a protest over insecurity.",
    "A tax collector was stoned to death by a mob in Kericho on Friday during a violent protest against new market levies.",
])
def test_a_mob_that_hurts_people_is_a_mob_beside_a_protest(text):
    """A crowd the report calls a mob that hurts people does mob violence, whatever protest
    the report also tells."""
    assert one(text).sub_event_type == "Mob violence"


def test_a_mob_that_only_wrecks_at_a_protest_is_still_the_protest():
    text = "Traders protesting new levies in Kericho on Friday turned violent and a mob smashed the windows of the county offices."
    assert one(text).sub_event_type == "Violent demonstration"


def test_a_death_at_the_hands_of_a_mob_is_a_killing():
    """ "Died at the hands of" tells who killed, not a death of no one's doing."""
    assert one("Local elders say five men have died at the hands of vigilantes in Kapsabet this month."
               ).sub_event_type == "Mob violence"


@pytest.mark.parametrize("text", [
    "County councillors rioted in the assembly chamber in Nakuru on Tuesday, hurling microphones at the speaker.",
    "Legislators clashed in the county assembly in Kakamega on Tuesday over the budget; two were hurt.",
])
def test_office_holders_brawling_are_a_mob(text):
    """Elected office holders who riot or fight at work are brawling, not demonstrating."""
    assert one(text).sub_event_type == "Mob violence"


def test_a_riot_beside_office_holders_is_still_a_demonstration():
    text = "Youths rioted and burnt tyres in Garissa on Tuesday as senators toured the county over water shortages."
    assert one(text).sub_event_type == "Violent demonstration"


@pytest.mark.parametrize("text", [
    "A man is feared dead and scores hurt after supporters of Mumias MP Ken Wafula and Kakamega Governor Ann Shikuku clashed in Mumias over the nominations.",
    "A voter is feared dead and scores wounded after followers of Butere MP Ken Wafula and Kakamega Senator Ann Shikuku clashed in Butere on Friday.",
])
def test_a_leader_s_followers_fight_as_a_crowd_where_the_parse_loses_the_sides(text):
    """A parse may make "scores" the doer of the fight; the followers of a leader the sentence
    names are still the ones who fought, a crowd."""
    assert one(text).sub_event_type == "Mob violence"


def test_a_fight_told_by_a_participle_has_its_subject_as_doer():
    """A parse may read "clashed" after a dated opening as a participle with no auxiliary; a
    fight still has doers, never a victim, for its subject."""
    text = "On 3 May 2023, supporters of two councillors clashed in Kandi town, Borgou. One man was killed in the clash."
    assert one(text).sub_event_type == "Mob violence"


def test_the_police_shooting_at_a_rally_is_still_done_to_the_gathering():
    assert one("Police shot dead two people at an opposition rally in Kisumu on Monday.").sub_event_type \
        != "Mob violence"


@pytest.mark.parametrize("text", [
    "On 3 March 2021, a number of farmers beat and wounded a herder after his cattle strayed into their maize near Kandi.",
    "A vigilante militia beat to death two suspected burglars in Kawangware on Monday.",
])
def test_a_crowd_of_untold_size_or_vigilantes_who_hurt_someone_are_a_mob(text):
    assert one(text).sub_event_type == "Mob violence"


@pytest.mark.parametrize("text", [
    "On 4 June 2021, a group of locals beat up and tied a suspected burglar to a tree in Kandi (Kandi, Alibori).",
    "On 4 June 2021, a group of locals beat up and dragged a suspected thief through the market in Kandi.",
])
def test_plain_people_first_named_are_the_doers_when_the_parse_loses_them(text):
    """Someone accused, hurt where the parse finds no doer for the verb, by the plain people the
    sentence names first: mob violence."""
    assert one(text).sub_event_type == "Mob violence"


@pytest.mark.parametrize("text", [
    # a people's name that begins a district's tells where the residents live, not who they are
    "A suspected goat thief was beaten to death by residents of Kamuneru location in Pokot Central district on Monday.",
    # "the crowd" is a crowd still, where "the group" points back at people named before
    "The crowd at a polling station in Kibra attacked a man accused of buying votes on Monday.",
])
def test_residents_of_a_district_named_after_a_people_and_the_crowd_are_a_mob(text):
    assert one(text).sub_event_type == "Mob violence"


def test_a_people_s_village_still_names_that_people():
    assert one("Youths from a Turkana village killed a man in revenge in Lokori on Monday.").sub_event_type == "Attack"


def test_a_community_named_by_its_village_is_its_residents():
    """"The village community" are the village's people, a crowd; "the Pokot community" a people's fighters."""
    assert one("The Kaptembwo village community threw stones at police officers in Nakuru on Monday; "
               "the police opened fire and two were killed.").sub_event_type == "Mob violence"


def test_a_number_of_victims_makes_no_mob():
    assert one("Gunmen attacked a village near Kandi on Monday, wounding a number of farmers.").sub_event_type == "Attack"


@pytest.mark.parametrize("text, sub", [
    # Someone a crowd accuses, hurt with no doer named or by a bare "group": mob violence.
    ("Two suspected thieves were beaten to death at a market in Kakamega on Monday.", "Mob violence"),
    ("On Monday, a group beat up a suspected burglar in Kisumu.", "Mob violence"),
    # A headline's victim is its subject; the crime may be what the harm was done over.
    ("Three suspected witches burnt to death in Nyamira on Monday.", "Mob violence"),
    ("An old woman was beaten to death over sorcery claims in Kilifi on Monday.", "Mob violence"),
    # A sentence the parser reads as one long noun phrase still tells who did it.
    ("On 5 May 2021, a group burned to death two suspected burglars near Kitui.", "Mob violence"),
])
def test_harm_to_someone_a_crowd_accuses_is_mob_violence(text, sub):
    assert one(text).sub_event_type == sub


@pytest.mark.parametrize("text", [
    "A group of herdsmen set upon traders on the road near Hola on Friday, injuring three.",
    "A group of herders killed two farmers in their maize fields near Bura on Friday.",
])
def test_herders_who_set_upon_people_are_their_community_s_fighters(text):
    assert one(text).sub_event_type == "Attack"


def test_residents_who_burn_a_police_post_after_a_death_in_custody_are_a_mob():
    # The death is what they answer, not a killing of theirs: no fight with the police told.
    text = "Residents of Webuye burnt down a police post on Friday following the death of a youth in its cells."
    assert one(text).sub_event_type == "Mob violence"


def test_people_who_set_a_vehicle_on_fire_are_a_mob():
    # With no demand told, a crowd's burning of a bus that ran over one of them is a mob's act.
    text = "Motorcycle riders in Webuye set a bus on fire on Friday after it knocked down one of them."
    assert one(text).sub_event_type == "Mob violence"


@pytest.mark.parametrize("text", [
    "Fights broke out between opposing members of a boda boda association in Embu on Monday, leaving two hurt.",
    "Six people were hurt in a clash between supporters of two candidates in Nyeri on Monday.",
    "On Monday police clashed with hawkers over a new market levy in Thika; four were hurt.",
    # Villagers of two sides who only hurt: today's coders call it mob violence (the older
    # codebook, with no mob violence, coded it as a battle).
    "Six people were hurt in a clash of two groups of villagers over a pond in Sylhet on Monday.",
])
def test_a_fight_of_people_no_armed_group_is_a_mob(text):
    assert one(text).sub_event_type == "Mob violence"


@pytest.mark.parametrize("text", [
    "Herders and farmers clashed over a water point in Garsen on Monday, and one man died.",
    "Pokot youths clashed with villagers in Baringo on Monday.",
    "Gunmen clashed with police officers at a roadblock in Mandera on Monday.",
    "An armed gang clashed with police near a bank in Molo on Monday; one robber was killed.",
    "A gang engaged police in a firefight in Likoni on Monday as its members robbed shoppers.",
    # Two factions of one party, or shots fired: coded as fighters' clashes.
    "Six people were hurt in a fight between two factions of the ruling party's youth wing in Khulna on Monday.",
    "A man was shot in the leg in a clash between supporters of two candidates in Nyeri on Monday.",
])
def test_a_fight_with_an_armed_or_communal_side_stays_a_clash(text):
    assert one(text).sub_event_type == "Armed clash"


@pytest.mark.parametrize("text", [
    "Police shot dead three suspected robbers in Kisumu on Monday.",
    "Two suspected robbers were shot dead in Kisumu on Monday.",
    "Cattle rustlers attacked a village in Baringo on Monday and killed two herders.",
    "Three suspected thieves shot dead in Kisumu on Monday.",
    "A shopkeeper was stabbed to death by robbers over a debt in Embu on Monday.",
])
def test_harm_by_the_state_with_guns_or_by_raiders_is_no_mob(text):
    assert one(text).sub_event_type != "Mob violence"


def test_a_demonstrating_crowd_is_named_as_acled_names_it_with_its_group():
    event = one("Hundreds of nurses marched through Nyeri on Monday demanding unpaid allowances.")
    assert event.actor1.name == "Protesters (Kenya)"
    assert event.actor1.associated == "Health Workers (Kenya)"
    quoted = [e.text for e in event.evidence if e.field == "assoc_actor1"]
    assert quoted and "nurses" in quoted[0]


def test_police_who_shoot_peaceful_marchers_are_the_first_side():
    event = one("Police shot dead two demonstrators who were marching peacefully against a land deal in Narok on Monday.")
    assert event.actor1.name == "Police Forces of Kenya" and event.actor2.name == "Protesters (Kenya)"


def test_rioters_keep_their_party_as_the_associated_actor():
    event = one("ODM supporters stoned vehicles and burnt tyres in Kisumu on Monday after the election results.")
    assert (event.event_type, event.actor1.name) == ("Riots", "Rioters (Kenya)")
    assert "ODM: Orange Democratic Movement" in event.actor1.associated


def test_a_protest_named_only_as_the_time_of_a_bombing_does_not_make_it_a_protest():
    text = ("A bomb planted on a bus exploded in Dhaka on Monday, killing three passengers, on the second day of "
            "a nationwide strike called by the opposition.")
    assert one(text).sub_event_type == "Remote explosive/landmine/IED"


def test_a_whole_report_about_an_ambush_stays_an_ambush_despite_background_protests():
    text = ("MANDERA, June 19 -- Gunmen ambushed a police patrol near Mandera on Monday, killing four officers.\n\n"
            "The attackers fled towards the border, a police commander said.\n\n"
            "Last month, residents of the town held protests over insecurity, blocking the main road for a day.")
    assert one(text).sub_event_type == "Armed clash"


@pytest.mark.parametrize("text, sub", [
    ("Police defused a bomb found under a bridge in Garissa on Monday.", "Disrupted weapons use"),
    ("Soldiers seized a cache of rifles and explosives from a hideout in Lamu on Monday.", "Disrupted weapons use"),
    ("Soldiers on patrol near Mandera spotted two IEDs on Monday and dismantled them.", "Disrupted weapons use"),
    # Made safe before it could go off: the words of a blast are told only as what was prevented.
    ("Soldiers found two bombs near a church in Garissa on Monday and disabled them before they went off.",
     "Disrupted weapons use"),
    ("Police found an IED on the road to Lamu on Monday and detonated it safely.", "Disrupted weapons use"),
    ("Two militants were killed near Mandera on Monday when the bomb they were planting went off.",
     "Disrupted weapons use"),
    ("Militants took over the village of Bula without resistance on Monday after troops withdrew.",
     "Non-violent transfer of territory"),
    ("The government deployed additional troops to the border town of Mandera on Monday.",
     "Change to group/activity"),
    ("Authorities imposed a curfew on the town of Marsabit on Monday.", "Change to group/activity"),
    ("Gunmen burnt down an empty school in Wajir on Monday; no one was hurt.", "Looting/property destruction"),
    ("Raiders stole two hundred goats from a village in Baringo on Monday.", "Looting/property destruction"),
    ("Hundreds of families fled their homes in Tana River on Monday after threats from militia.", "Other"),
    ("Soldiers raped two women during a search operation in a village near Garissa on Monday.", "Sexual violence"),
    ("The rebels set up a base in the hills above the town on Monday.", "Headquarters or base established"),
])
def test_strategic_developments_and_sexual_violence_in_sentences_of_our_own(text, sub):
    assert one(text).sub_event_type == sub


def test_the_people_acting_are_the_subject_of_the_act():
    doc = nlp()("Students burnt tyres while police fired tear gas.")
    by_word = {doc[t.start].lower_: agent(t, doc) for m in find(doc) for t in m.triggers}
    assert by_word["burnt"].lower_ == "students" and side_of(by_word["burnt"]) == "crowd"
    assert side_of(by_word["tear"]) == "state"


def test_associated_groups_from_the_crowds_words():
    doc = nlp()("Kikuyu traders and ODM supporters")
    name, words = associated(doc[:], "Kenya")
    assert name.split("; ") == ["ODM: Orange Democratic Movement", "Kikuyu Ethnic Group (Kenya)", "Labor Group (Kenya)"]
    assert words.text == doc.text
    assert associated(None, "Kenya") == ("", None)


# Reports of no ACLED event: disasters, accidents, disease, ordinary crime with no political or
# communal side, sport, markets, weather, courts and politics without violence.
NO_EVENT = [
    "Floods swept away dozens of homes in the Tana River delta after three days of heavy rain.",
    "A landslide buried part of a village in the highlands on Tuesday, and rescue teams are digging for survivors.",
    "An earthquake of magnitude 5.8 shook the coastal region overnight, cracking walls but causing no deaths.",
    "Firefighters battled a blaze at a timber yard for six hours before bringing it under control.",
    "A lorry overturned on the highway near Naivasha, and the driver was taken to hospital with a broken leg.",
    "Two buses collided head-on on the Mombasa road early on Sunday, injuring 14 passengers.",
    "A ferry carrying 80 passengers ran aground on a sandbank, and all on board were brought safely ashore.",
    "A small plane made an emergency landing in a maize field after one of its engines failed.",
    "Health officials confirmed 40 new cholera cases in the county and opened two treatment centres.",
    "The ministry launched a vaccination campaign against measles that aims to reach a million children.",
    "A malaria outbreak has filled the district hospital's wards, the medical superintendent said.",
    "Doctors at the referral hospital separated conjoined twins in a nine-hour operation.",
    "The shilling weakened against the dollar on Tuesday as importers bought currency for fuel.",
    "Tea prices rose at the weekly auction in Mombasa on strong demand from overseas buyers.",
    "The central bank held its benchmark rate at 10.5 percent, citing easing inflation.",
    "Shares in the telecoms company climbed four percent after it reported higher profits.",
    "The national football team beat its rivals 2-1 in a qualifier played before a full stadium.",
    "The marathon champion broke the course record in Berlin by nearly a minute.",
    "The home side's striker scored twice as the club secured the league title on the final day.",
    "The rugby sevens squad flew out on Sunday for a tournament in Hong Kong.",
    "A thief snatched a woman's handbag at a bus stop and ran off into the crowd.",
    "Burglars broke into an electronics shop overnight and stole laptops worth two million shillings.",
    "A man was charged in court with defrauding investors of their savings through a fake pyramid scheme.",
    "Police recovered a stolen car abandoned on the outskirts of the city.",
    "A court sentenced a former bank clerk to five years in prison for embezzlement.",
    "The county assembly passed the budget after a long debate on road spending.",
    "The president opened a new bypass and promised more roads before the end of his term.",
    "Parliament approved the appointment of a new auditor general on Thursday.",
    "The opposition leader announced he would run for governor in next year's election.",
    "Voters queued from dawn to cast their ballots in a by-election that passed off calmly.",
    "Heavy rain is expected across the western region this week, the weather service warned.",
    "A heatwave pushed temperatures above 40 degrees in the northern towns, and schools shortened their hours.",
    "Locusts destroyed crops on several farms before spraying teams arrived.",
    "The drought has killed thousands of cattle and left herders without water, aid agencies said.",
    "The university held its graduation ceremony, awarding degrees to 5,000 students.",
    "Teachers received their new contracts after months of talks with the ministry.",
    "A new maternity wing opened at the county hospital, funded by a foreign donor.",
    "The airline added three weekly flights between the capital and the coast.",
    "A musician's funeral drew thousands of mourners to his home village.",
    "Wildlife officers relocated two elephants that had strayed into farms near the park.",
    "A gas cylinder exploded in a restaurant kitchen, injuring a cook.",
    "A boy drowned while swimming in a dam during the school holidays.",
    "A building under construction collapsed in the city centre, trapping workers under the rubble.",
    "Customs officers seized a shipment of counterfeit medicines at the port.",
    "A woman was killed after being hit by a speeding motorcycle while crossing the road.",
    "A tropical cyclone made landfall on the southern coast overnight, flattening banana plantations and"
    " cutting power to two districts.",
    "Flash floods closed the main highway for a second day, and stranded lorry drivers waited on the"
    " verges for the water to recede.",
    "A wildfire spread across dry grassland outside the town, and fire crews worked through the night to"
    " stop it reaching houses.",
    "A passenger train derailed near the junction after a rail buckled in the heat; eleven passengers"
    " were treated for minor injuries.",
    "A minibus plunged into a river after its brakes failed, and divers recovered the bodies of six passengers.",
    "Three miners died when a shaft collapsed at an informal gold mine, the district mining officer said.",
    "A fire broke out in a crowded market at dawn and destroyed more than a hundred stalls before it was put out.",
    "An outbreak of dengue fever has sent hundreds of patients to clinics in the port city this month.",
    "The health ministry declared the end of the Ebola outbreak after 42 days without a new case.",
    "A man was sentenced to life in prison for murdering his wife during a quarrel over money at their home.",
    "A shopkeeper was robbed of his day's takings by two men on a motorcycle who escaped before police arrived.",
    "Police arrested a suspected drug dealer with two kilograms of cannabis at a roadblock outside the town.",
    "A taxi driver was stabbed to death by a passenger in a dispute over the fare, and the suspect was later arrested.",
    "The high court adjourned the corruption trial of a former minister until next month.",
    "The supreme court upheld the election result, dismissing the petition filed by the losing candidate.",
    "The electoral commission began distributing voter cards ahead of next month's local elections.",
    "The ruling party held its annual conference and re-elected its chairman unopposed.",
    "The cricket team won the third test by an innings to take the series.",
    "The boxing champion defended his title with a points win in front of a home crowd.",
    "Fans celebrated in the streets after the national team qualified for the World Cup.",
    "Maize prices fell at the wholesale market as the harvest reached the city.",
    "The stock exchange closed higher for a fourth day, led by bank shares.",
    "Fuel prices will rise by three percent from next month, the energy regulator announced.",
    "Traffic jams stretched for ten kilometres on the bypass after a broken-down lorry blocked two lanes.",
    "A storm brought down trees and power lines across the capital, and the weather office warned of more rain.",
    "Temperatures are expected to fall below freezing in the mountains this weekend.",
    "A young couple moved into a rented flat near the railway station last month.",
    "Tourists on a safari saw lions, buffaloes and a leopard in the reserve on Sunday.",
    "Birdwatchers spotted a flock of flamingos on the lake shore at dawn.",
    "The main market was closed on Monday for the public holiday and reopens on Tuesday.",
    "The players entered the stadium to loud cheers shortly before kick-off.",
    "A container ship crossed the strait overnight and docked at the port before sunrise.",
    "Hundreds of pilgrims passed through the town on their way to the shrine.",
    "The insurance firm moved into new offices on the fourth floor of the tower.",
    "Herders moved their cattle across the river in search of fresh pasture.",
    "A new coach took over the club after the end of the season.",
    "Thousands of people gathered in the park for a music festival on Saturday.",
    "The school closed early for the holidays after the examinations ended.",
    "The bakery fired eleven workers who live near the depot after sales fell sharply.",
    "The club fired its coach and his assistant after a fifth defeat in a row.",
    "Pupils broke into song as they walked through the town behind the school band.",
    "Stewards turned away fans from the gates of the stadium because the stands were full.",
    "Flash floods killed nine people and displaced hundreds of families along the river on Sunday.",
    "Miners quarrelled with the owners of the gold mine over wages on Sunday.",
    "A farmer exchanged two goats for a bicycle at the market on Sunday.",
]


@pytest.mark.parametrize("text", [
    "Residents assaulted a motorcyclist on Sunday after a collision with a schoolgirl on the highway.",
    "Traders attacked a lorry driver on Sunday after his lorry overturned on their stalls.",
])
def test_a_crowd_that_hurts_someone_after_a_crash_commits_mob_violence(text):
    assert [e.sub_event_type for e in extract(text, published=PUBLISHED)][:1] == ["Mob violence"]


def test_reports_of_no_acled_event_give_no_event():
    assert len(NO_EVENT) >= 60
    with_events = [t for t in NO_EVENT if extract(t, published=PUBLISHED)]
    share = 1 - len(with_events) / len(NO_EVENT)
    assert share >= 0.95, f"events found in {with_events}"


@pytest.mark.parametrize("text, sub", [
    ("Youths beat two journalists outside the county offices in Eldoret on Monday.", "Mob violence"),
    ("Supporters of a rival candidate attacked a councillor at his home in Nyeri on Monday.", "Mob violence"),
    ("An angry mob beat a man to death in Kisii on Monday.", "Mob violence"),
    ("Villagers beat to death a man they accused of witchcraft in Kilifi on Monday.", "Mob violence"),
    ("Residents attacked two police officers who had arrested a trader in Kitale on Monday.", "Mob violence"),
    ("Youths armed with rifles shot a trader outside a market in Busia on Monday.", "Attack"),
    ("Unknown assailants hacked a shopkeeper to death in Kisii on Monday.", "Attack"),
])
def test_people_who_hurt_someone_without_guns_or_an_armed_group_are_a_mob(text, sub):
    """People named by who they are ("youths", "supporters", "villagers") who hurt someone
    are an unorganised crowd, a mob; people with guns, or whom nobody knows, are a band
    that attacks."""
    assert one(text).sub_event_type == sub


def test_the_victims_of_a_participle_are_not_its_doers():
    doc = nlp()("Two residents killed in attacks by armed raiders.")
    doers = {doc[t.start].lower_: agent(t, doc) for m in find(doc) for t in m.triggers}
    assert doers["killed"].lower_ == "raiders" and doers["attacks"].lower_ == "raiders"
    assert side_of(doers["killed"]) == "armed"


@pytest.mark.parametrize("text", [
    "Militants riding motorcycles were spotted near the border village of Kalalé on Monday.",
    "Residents of Kandi formed a self-defence militia on Monday to guard their farms.",
])
def test_armed_people_seen_moving_or_a_militia_formed_change_a_group_s_activity(text):
    assert one(text).sub_event_type == "Change to group/activity"


def test_a_spotted_animal_is_no_movement_of_forces():
    assert extract("A lion was spotted near the school in Kalalé on Monday.", published=PUBLISHED) == []


def test_a_crowd_of_a_hundred_is_a_mob_but_a_year_is_no_crowd():
    assert one("About 200 people beat a man to death outside a market in Busia on Monday.").sub_event_type \
        == "Mob violence"
    assert one("On 19 June 2023, gunmen shot a trader outside a market in Busia.").sub_event_type == "Attack"


@pytest.mark.parametrize("text, sub", [
    ("Opposition supporters set fire to two buses in Rangpur on Monday, demanding that the cabinet resign.",
     "Violent demonstration"),
    ("Youths set fire to two buses in Rangpur on Monday.", "Mob violence"),
    # no one hurt: the lorry burnt is property destruction, not a demonstration
    ("Armed men set fire to a lorry near Isiolo on Monday and demanded a ransom for its driver.",
     "Looting/property destruction"),
])
def test_a_crowd_that_burns_while_demanding_something_of_those_in_power_is_demonstrating(text, sub):
    assert one(text).sub_event_type == sub


@pytest.mark.parametrize("text, sub", [
    # people standing or sitting on a road block it peacefully
    ("Fishermen blockaded the harbour road in Kilifi on Tuesday over a ban on night fishing.", "Peaceful protest"),
    ("Parents blocked both sides of the highway outside a school in Thika on Tuesday after a pupil was hit by a lorry.",
     "Peaceful protest"),
    ("Activists blocked the governor's motorcade in Embu on Tuesday over unpaid bursaries.", "Peaceful protest"),
    ("Bus drivers blocked part of the main avenue in Nakuru on Tuesday in protest at bribes; police later dispersed the protest.",
     "Protest with intervention"),
    # a block made of things is a violent one
    ("Farmers blocked the Nyeri road with logs and boulders on Tuesday over late payments for milk.",
     "Violent demonstration"),
    ("Traders used rocks to block the market road in Kitale on Tuesday, protesting new county levies.",
     "Violent demonstration"),
    ("Hawkers blocked the avenue in Thika on Tuesday and lit fires, protesting the loss of their stalls.",
     "Violent demonstration"),
])
def test_a_road_block_is_violent_only_when_made_of_things(text, sub):
    assert one(text).sub_event_type == sub


@pytest.mark.parametrize("text, sub", [
    ("Police fired tear gas to disperse an unruly crowd of traders protesting market fees in Eldoret on Monday.",
     "Violent demonstration"),
    ("Police fired tear gas to disperse a peaceful crowd of traders protesting market fees in Eldoret on Monday.",
     "Protest with intervention"),
])
def test_a_crowd_called_violent_stays_violent_when_police_disperse_it(text, sub):
    assert one(text).sub_event_type == sub


def test_a_blockade_named_as_a_programme_is_no_violence_of_its_own():
    text = "Opposition activists marched peacefully in Sylhet on Tuesday on the first day of a three-day road blockade."
    assert one(text).sub_event_type == "Peaceful protest"


def test_destruction_of_property_by_an_unnamed_crowd_without_a_demonstration():
    text = "Unknown people caused destruction of property at a farm in Laikipia on Wednesday; nobody was hurt."
    assert one(text).sub_event_type == "Looting/property destruction"


def test_bombs_found_beside_one_that_went_off_are_its_aftermath_not_a_disrupted_attack():
    went_off = "A bomb went off beside a road in Pattani on Tuesday. Police later found two more bombs in a ditch nearby."
    assert one(went_off).sub_event_type == "Remote explosive/landmine/IED"
    assert one("Police found two bombs in a ditch beside a road in Pattani on Tuesday.").sub_event_type \
        == "Disrupted weapons use"


@pytest.mark.parametrize("text, sub", [
    ("Unknown men opened fire at an election rally in Kericho on Sunday, killing three people.", "Attack"),
    ("A group of men attacked a march of farmers in Meru on Sunday, killing two.", "Attack"),
    ("Residents of Kitui marched on Sunday to protest the killing of a trader by unknown men.", "Peaceful protest"),
    ("Police opened fire on a rally in Kisumu on Sunday, killing two protesters.", "Excessive force against protesters"),
])
def test_a_demonstration_shot_at_or_attacked_by_others_than_the_state_is_an_attack_on_its_people(text, sub):
    assert one(text).sub_event_type == sub


@pytest.mark.parametrize("text, sub", [
    # A party's or a candidate's people who fight or beat someone outside a demonstration: a mob.
    ("On Monday, supporters of two rival candidates clashed with sticks and machetes in Kishoreganj, injuring ten.",
     "Mob violence"),
    ("On Monday, members of the student wing of the ruling party assaulted and injured a college student in Sylhet.",
     "Mob violence"),
    ("On Monday, BNP activists beat up a shopkeeper in Bogra.", "Mob violence"),
    ("On Monday, two groups of the Awami League clashed over a committee in Gazipur.", "Mob violence"),
    ("On Monday, a local BNP leader and his accomplices assaulted and injured a teacher in Kurigram.", "Mob violence"),
    ("On Monday, a councillor along with his supporters beat two journalists in Pabna.", "Mob violence"),
    # One member, a party's fighters, or a militia that is no party's: armed, as before.
    ("On Monday, a local BJP leader assaulted a journalist in Jabalpur.", "Attack"),
    ("BNP militants threw a petrol bomb at a bus in Chakaria on Monday, hurting a passenger.", "Attack"),
    ("On Monday, Mungiki members killed a driver in Nairobi.", "Attack"),
])
def test_a_party_s_people_fight_as_a_crowd(text, sub):
    assert one(text).sub_event_type == sub


@pytest.mark.parametrize("text, sub", [
    # Families, villagers or plain groups who fight over land, a pond or cattle: a mob.
    ("On Monday, two families clashed over a land dispute in Parakou; three people were wounded.", "Mob violence"),
    ("On Monday, two rival groups clashed with sticks over a pond in Noakhali.", "Mob violence"),
    ("On Monday, a group beat a man suspected of stealing a motorbike in Djougou.", "Mob violence"),
    ("On Monday, a group of locals attacked police officers who tried to arrest two traders in Bohicon.",
     "Mob violence"),
    # One people raiding another's camp, a gang, or a band nobody knows: an attack or a battle.
    ("Farmers in a group raided a Fulani camp outside Kandi on Monday and wounded three herders.", "Attack"),
    ("On Monday, farmers attacked a herders camp near Kandi and burned ten huts.", "Attack"),
    ("On Monday, an unidentified group of youths attacked a trader in Kisumu.", "Attack"),
    ("On Monday gangs of youths raided slum houses and killed two.", "Attack"),
    ("On Monday, Kalenjin youths attacked and killed six Kikuyu traders near Eldoret.", "Attack"),
    ("Turkana raiders attacked Samburu villagers on Monday and stole cattle.", "Attack"),
    ("On Monday, Kikuyu and Maasai groups clashed over a farm near Naivasha, leaving three dead.", "Armed clash"),
])
def test_a_community_s_quarrel_is_a_mob_but_a_raid_on_another_people_is_an_attack(text, sub):
    assert one(text).sub_event_type == sub


def test_a_group_that_points_back_at_an_armed_band_is_no_crowd():
    text = "On Monday, a criminal gang raided two villages near Kisumu. The group assaulted several residents."
    assert one(text).sub_event_type == "Attack"


@pytest.mark.parametrize("text, sub", [
    # Crude bombs thrown in a brawl between a crowd's people are the brawl's.
    ("On Monday, supporters of two candidates clashed and exploded crude bombs in Shariatpur.", "Mob violence"),
    # A doer whose victim is the object of the verb joined to his ("assaulted and injured a director").
    ("Some 20 contractors assaulted and injured a road project's director in Chittagong on Monday.", "Mob violence"),
    ("On Monday, a group of builders and locals clashed using sticks in a village near Habiganj, injuring 30 people.",
     "Mob violence"),
    # Men told as armed with blades are an armed band, whatever the collective word.
    ("On Monday, a group of men armed with machetes broke into a college in Kakamega and attacked two cooks.",
     "Attack"),
])
def test_brawls_with_crude_bombs_and_bands_told_as_armed(text, sub):
    assert one(text).sub_event_type == sub


def test_a_past_participle_after_a_noun_tells_its_victims_not_its_doers():
    doc = nlp()("The raid resulted in nine peasants killed and three wounded.")
    doers = {doc[t.start].lower_: agent(t, doc) for m in find(doc) for t in m.triggers}
    assert doers.get("killed") is None


@pytest.mark.parametrize("text, sub", [
    # Barricades, bonfires and burning tyres are what demonstrators do, not a mob's attack on someone.
    ("Opposition supporters barricaded the main road in Kisumu with rocks on Monday.", "Violent demonstration"),
    ("Youths lit bonfires at a junction in Eldoret on Monday.", "Violent demonstration"),
    ("Hundreds of students went on the rampage at a college in Nyeri on Monday over a fee increase.",
     "Violent demonstration"),
    # A protest called violent, by an adjective or by what it turned into.
    ("A march against a land deal in Narok turned violent on Monday.", "Violent demonstration"),
    ("One man died during violent protests over fuel prices in Kisumu on Monday.", "Violent demonstration"),
    # Property burnt or wrecked in a protest, no one else named doing it, is the protesters'.
    ("Youths protested against police brutality in Kisumu on Monday by setting fire to market stalls.",
     "Violent demonstration"),
    ("The party's offices in Eldoret were torched on Monday in protest over the nominations.",
     "Violent demonstration"),
    # What a protest is about is no act of its own.
    ("Traders protested in Nyeri on Monday after their stalls were torched by unknown people.", "Peaceful protest"),
    # Burning an effigy or a flag is a peaceful protest's gesture.
    ("On Monday students burned an effigy of the minister and staged a protest on campus in Nairobi.",
     "Peaceful protest"),
])
def test_a_demonstration_s_own_violence(text, sub):
    assert one(text).sub_event_type == sub


@pytest.mark.parametrize("text, sub", [
    # Police who block the road a march would take stop it: an intervention, not the marchers' violence.
    ("On Monday lecturers tried to march to parliament in Nairobi, but police blocked the road.",
     "Protest with intervention"),
    ("Police in Machakos stopped a demonstration by traders on Monday.", "Protest with intervention"),
])
def test_a_road_blocked_by_the_police_stops_a_protest(text, sub):
    assert one(text).sub_event_type == sub


@pytest.mark.parametrize("text", [
    "Protests in Nyeri on Monday over rising food prices.",
    "Protesters in Embu on Monday called for the county board to be dismissed.",
    "Farmers in Meru held a demonstration on Monday. The demonstrations were peaceful.",
    "Bus stages in Kitui emptied on Monday when more than 200 drivers protested against new levies.",
])
def test_protests_told_in_the_plural_or_by_their_people_are_events(text):
    assert one(text).event_type == "Protests"


@pytest.mark.parametrize("text, sub", [
    # Others who beat a demonstration's people stop it: an intervention, whoever wrecked what besides.
    ("On Monday Awami League activists beat up members of a small party in Khulna during their protest "
     "against fuel prices.", "Protest with intervention"),
    ("Nurses staged a protest outside a clinic in Rajshahi on Monday. Guards of the clinic threw bricks at the "
     "protesting nurses and injured six of them.", "Protest with intervention"),
    # The demonstrators' own violence stays theirs.
    ("On Monday opposition members clashed with police and vandalised a police post during their "
     "demonstration in Bogra.", "Violent demonstration"),
    ("Demonstrators assaulted two officials of the mill during their protest in Khulna on Monday.",
     "Violent demonstration"),
])
def test_a_demonstration_set_upon_by_others_met_an_intervention(text, sub):
    assert one(text).sub_event_type == sub


@pytest.mark.parametrize("text, sub", [
    # Live fire that wounds protesters is excessive force; live bullets shot into the air only disperse them.
    ("Villagers in Bungoma protested against a land sale on Monday. Police responded with live fire, wounding two.",
     "Excessive force against protesters"),
    ("Traders marched in Kisumu on Monday. Police shot live bullets into the air to disperse them.",
     "Protest with intervention"),
])
def test_fire_at_protesters_against_fire_into_the_air(text, sub):
    assert one(text).sub_event_type == sub


@pytest.mark.parametrize("text, sub", [
    ("Angry youths roughed up two election officials at a school in Bondo on Monday.", "Mob violence"),
    ("Police in Kangemi flogged voters who jumped the queue at a polling station on Monday.", "Attack"),
    ("Unknown gunmen sprayed a car carrying a county official with bullets in Nairobi on Thursday night.", "Attack"),
    ("Herders speared a farmer who had strayed onto their grazing land near Narok on Monday.", "Attack"),
    ("Attackers poured acid on three officials outside a party office in Nairobi on Monday.", "Attack"),
    ("Rival supporters came to blows at a party meeting in Nyeri on Monday.", "Mob violence"),
    ("Refugee women engaged in fistfights with local women at a water point in Kakuma on Monday.", "Mob violence"),
    ("Hundreds of teachers took the streets of Kisumu on Monday to demand unpaid allowances.", "Peaceful protest"),
    ("Residents of a Nairobi suburb set a suspected thief alight on Monday.", "Mob violence"),
    ("Armed men of the banned outfit shot Rahul, a trader, dead in a village near Ranchi late last night.", "Attack"),
    ("Unidentified assailants set a parked bus afire near Kitui early on Sunday.",
     "Looting/property destruction"),
])
def test_harm_and_protest_told_in_other_words(text, sub):
    """Beating, shooting, spearing and fighting told by words other than the usual ones, and
    a protest told as people taking the streets."""
    assert one(text).sub_event_type == sub


def test_a_rush_at_the_police_with_machetes_is_an_act():
    assert one("A gang of ten charged at police officers with machetes in Githurai on Monday.").event_type in (
        "Battles", "Violence against civilians", "Riots")


# The same words in their peaceful senses: none is an act.
SAME_WORDS_IN_PEACE = [
    "Critics say the minister keeps flogging a dead horse by reviving the old road plan.",
    "Hawkers flogged cheap phones and sunglasses to tourists outside the museum.",
    "Farmers sprayed their maize with pesticide after armyworms appeared in the fields.",
    "Hawkers sprayed water on the pavement before the bullet train arrived.",
    "Fishermen speared fish in the shallows of the lake at dawn.",
    "Warriors carrying spears danced at the cultural festival in Narok.",
    "The laboratory technician poured acid into a beaker during a chemistry lesson.",
    "The suspect was charged at the Kibera law courts with stealing a phone.",
    "The bank charged at a rate of 13 percent on new loans.",
    "The two candidates traded blows over taxes in a televised debate.",
    "Two boxers exchanged blows for twelve rounds before the judges gave a split decision in the boxing final.",
    "Families gathered at the church to call on God for rain.",
    "Shoppers took the street outside the mall to reach the bus stop.",
    "A police lorry overturned on the highway and killed two pedestrians.",
    "A police officer was killed when his car collided with a bus on the highway.",
    "The young striker set the pitch alight with two goals in the final.",
    "The singer set the stage on fire with her opening song at the festival.",
    "A student set off the fire alarm at the school on Monday.",
    "The cook set the pot on the fire and went out to fetch water.",
    "The photographer's best shot showed the lake at dawn.",
]


@pytest.mark.parametrize("text", SAME_WORDS_IN_PEACE)
def test_trigger_words_in_their_peaceful_senses_give_no_event(text):
    assert extract(text, published=PUBLISHED) == []


def test_harm_the_police_do_at_a_crash_is_no_accident():
    """An accident explains the deaths it causes, not a man shot by police at its scene."""
    assert one("A volunteer was shot dead by police while helping victims of a road accident in Kisumu on Monday."
               ).sub_event_type == "Attack"


def test_a_dispersal_told_as_brutal_is_force_not_a_stop():
    verb = next(t for t in nlp()("Police brutally dispersed the sit-in on Tuesday.") if t.lemma_ == "disperse")
    assert brutal_dispersal(verb)
    verb = next(t for t in nlp()("Police dispersed the sit-in on Tuesday.") if t.lemma_ == "disperse")
    assert not brutal_dispersal(verb)
