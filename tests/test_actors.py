"""Actor words: aliases to one canonical name, role words to country-qualified names."""

import pytest

from eventwire.actors import ActorMention, canonical_name, find, home_country, is_anaphor, same_actor


def names(text):
    return [(a.text, a.name, a.kind, a.named) for a in find(text)]


@pytest.mark.parametrize("alias", ["ISIS", "ISIL", "Daesh", "Islamic State", "IS"])
def test_islamic_state_aliases(alias):
    assert [a.name for a in find(f"{alias} fighters attacked the village.")][0] == "Islamic State"


def test_short_acronyms_only_in_capitals():
    assert all(a.name != "Islamic State" for a in find("The road is closed and it is raining."))


def test_longest_alias_wins():
    found = find("Islamic State West Africa Province fighters raided Monguno.")
    assert found[0].name == "Islamic State West Africa Province"


@pytest.mark.parametrize("text, name, kind", [
    ("Gunmen opened fire on a bus.", "Unidentified Armed Group ({country})", "rebel group"),
    ("Soldiers repelled the raid.", "Military Forces of {country}", "state forces"),
    ("A police patrol was ambushed.", "Police Forces of {country}", "state forces"),
    ("Three villagers were abducted.", "Unidentified Communal Group ({country})", "identity militia"),
    ("Two farmers were shot.", "Civilians ({country})", "civilians"),
    ("Protesters blocked the road.", "Protesters ({country})", "protesters"),
])
def test_role_words(text, name, kind):
    first = find(text)[0]
    assert (first.name, first.kind, first.named) == (name, kind, False)


def test_role_names_take_the_event_country():
    mention = ActorMention(0, 8, "soldiers", "Military Forces of {country}", "state forces", False)
    assert mention.canonical("Mali") == "Military Forces of Mali"
    assert mention.canonical("") == "Military Forces"
    civilians = ActorMention(0, 9, "civilians", "Civilians ({country})", "civilians", False)
    assert civilians.canonical("Colombia") == "Civilians (Colombia)"


def test_named_groups_keep_their_name():
    mention = find("Al-Shabaab militants stormed the hotel.")[0]
    assert mention.canonical("Kenya") == "Al Shabaab" and mention.armed


@pytest.mark.parametrize("a, b", [
    ("IS: Islamic State", "Islamic State"),
    ("Daesh", "ISIS"),
    ("HM: Hizb-ul-Mujahideen", "Hizbul Mujahideen"),
    ("al-Shabab", "Al Shabaab"),
])
def test_same_actor(a, b):
    assert same_actor(a, b)


def test_different_actors_differ():
    assert not same_actor("Boko Haram", "Islamic State")
    assert canonical_name("Military Forces of Mali (2021-)") == canonical_name("Military Forces of Mali")


def test_home_country_only_for_one_country_groups():
    assert home_country("KIA: Kachin Independence Army") == "MM"
    assert home_country("Islamic State") is None


def test_anaphora():
    assert is_anaphor("the terror group") and is_anaphor("militant group")
    assert not is_anaphor("the farmers")


@pytest.mark.parametrize("text", ["Lashkar-e-Islam", "Lashkar e Islam", "LashkareIslam"])
def test_hyphens_and_spaces_in_names_are_interchangeable(text):
    assert [a.name for a in find(f"{text} fighters attacked the post.")][0] == "LeI: Lashkar-e-Islam"


def test_accents_do_not_split_one_name():
    assert same_actor("Séléka", "Ex-Seleka Militia")
    assert canonical_name("Séléka Militia") == canonical_name("Seleka Militia")


@pytest.mark.parametrize("text, name", [
    ("FARDC soldiers repelled the raid.", "Military Forces of Democratic Republic of Congo"),
    ("KDF jets struck a camp.", "Military Forces of Kenya"),
    ("Afghan National Police officers were wounded.", "Police Forces of Afghanistan"),
])
def test_a_country_s_forces_by_their_own_name(text, name):
    first = find(text)[0]
    assert (first.name, first.kind) == (name, "state forces")
    assert first.canonical("Somalia") == name  # their country, not the event's


@pytest.mark.parametrize("text, name", [
    ("CRPF personnel were deployed.", "Police Forces of {country}"),
    ("Detectives arrested the suspect.", "Police Forces of {country}"),
    ("Levies personnel were ambushed.", "Military Forces of {country}"),
])
def test_paramilitary_forces_by_what_they_are(text, name):
    assert find(text)[0].name == name


@pytest.mark.parametrize("text", [
    "IT IS TIME, HE SAID, TO LET US SEE AN END TO IT.",
    "THE MINISTER SAID THE PDF FILE IS READY AND THE AA MEETING WAS HELD.",
    "WHAT IS LEFT OF THE TOWN IS IN RUINS.",
])
def test_upper_case_copy_reads_no_short_acronym_as_a_group(text):
    assert [a.name for a in find(text) if a.named] == []


@pytest.mark.parametrize("text, name", [
    ("THE IS MILITANTS STORMED THE VILLAGE.", "Islamic State"),
    ("THE ISLAMIC STATE SAID ITS FIGHTERS ATTACKED. IS LATER POSTED PICTURES.", "Islamic State"),
    ("THE NATIONAL LIBERATION ARMY (ELN) BLEW UP A PIPELINE. THE ELN SAID SO.", "ELN: National Liberation Army"),
    ("ARAKAN ARMY FIGHTERS TOOK THE BASE; THE AA SAID 20 SOLDIERS DIED.", "AA: Arakan Army"),
])
def test_upper_case_acronyms_count_with_support(text, name):
    found = [a for a in find(text) if a.named]
    assert found and all(a.name == name for a in found)
    assert len(found) == len([a for a in found if a.name == name])


def test_upper_case_support_counts_each_acronym_apart():
    found = [a.text for a in find("THE ELN CLAIMED IT. LATER IS OVER.") if a.named]
    assert found == []  # "ELN" alone in capitals, with no group word or full name, is not read


def test_long_acronyms_need_no_support_in_capitals():
    assert [a.name for a in find("THE FMLN ATTACKED A POST.")] == ["FMLN: Farabundo Marti National Liberation Front"]


def test_a_short_acronym_counts_in_capitals_among_lower_case():
    assert [a.name for a in find("IS fighters attacked the town, and it is now empty.") if a.named] == ["Islamic State"]


@pytest.mark.parametrize("text, name", [
    ("Farc rebels blew up a bridge.", "FARC: Revolutionary Armed Forces of Colombia"),
    ("Isis fighters held the road.", "Islamic State"),
    ("Amisom troops patrolled the town.", "AMISOM: African Union Mission in Somalia"),
])
def test_long_acronyms_also_in_title_case(text, name):
    assert find(text)[0].name == name


def test_acronyms_written_with_lower_case_letters_tell_groups_apart():
    assert [a.name for a in find("JeM and JEM")] == ["JeM: Jaish-e-Mohammed", "JEM: Justice and Equality Movement"]


@pytest.mark.parametrize("text, name", [
    ("RSF fighters looted the market in Nyala.", "RSF: Rapid Support Forces"),
    ("Fighters of the Rapid Support Forces shelled the camp.", "RSF: Rapid Support Forces"),
    ("JNIM claimed the ambush near Djibo.", "JNIM: Group for Support of Islam and Muslims"),
    ("Militants of the Islamic State in the Greater Sahara raided a village.", "Islamic State (Sahel)"),
    ("The ADF killed villagers near Beni.", "ADF: Allied Democratic Forces"),
    ("CODECO militiamen attacked a displacement site.", "CODECO: Cooperative for the Development of Congo"),
    ("Twirwaneho fighters clashed with the army.", "Twirwaneho Militia"),
    ("Insurgents of Ahlu Sunnah Wa-Jama'a burned houses.", "Islamic State (Mozambique)"),
    ("The Tatmadaw shelled the town.", "Military Forces of Myanmar"),
    ("The Arakan Army seized an outpost.", "AA: Arakan Army"),
    ("Ansar Allah fired a drone at the port.", "Houthi Movement"),
    ("AQAP gunmen killed two soldiers.", "AQAP: Al Qaeda in the Arabian Peninsula"),
    ("The SDF detained suspects in Raqqa.", "SDF: Syrian Democratic Forces"),
    ("Hashd al-Shaabi units moved north.", "PMF: Popular Mobilization Forces"),
    ("An ISKP suicide bomber struck the mosque.", "ISKP: Islamic State Khorasan Province"),
    ("FARC dissidents attacked a police post.", "FARC Dissidents"),
    ("The Gulf Clan killed a social leader.", "Clan del Golfo"),
    ("CJNG gunmen ambushed the convoy.", "CJNG: Jalisco New Generation Cartel"),
    ("Shining Path guerrillas dynamited a tower.", "Shining Path"),
    ("Sendero Luminoso claimed the bombing.", "Shining Path"),
    ("The Tupac Amaru Revolutionary Movement kidnapped a businessman.", "MRTA: Tupac Amaru Revolutionary Movement"),
    ("The Extraditables claimed the car bomb.", "Medellin Cartel"),
    ("Contra rebels attacked a cooperative.", "Nicaraguan Resistance"),
    ("The URNG ambushed an army patrol.", "URNG: Guatemalan National Revolutionary Unity"),
    ("The Cinchoneros hijacked a bus.", "Cinchoneros Popular Liberation Movement"),
    ("The Al-Quds Brigades fired rockets.", "PIJ: Palestinian Islamic Jihad"),
    ("The Al-Aqsa Martyrs' Brigades claimed the shooting.", "Al Aqsa Martyrs Brigade"),
    ("Wagner mercenaries executed villagers.", "Wagner Group"),
])
def test_groups_of_today_s_and_past_wars_by_alias(text, name):
    assert [a.name for a in find(text) if a.named][0] == name


def test_groups_fighting_in_several_countries_have_no_single_home():
    assert home_country("JNIM: Group for Support of Islam and Muslims") is None
    assert home_country("Shining Path") == "PE"


def test_acronyms_fold_into_the_group_s_name():
    assert same_actor("ELN", "ELN: National Liberation Army")
    assert same_actor("Hashd al-Shaabi", "PMF: Popular Mobilization Forces")


@pytest.mark.parametrize("text, name", [
    ("Two security officers were wounded.", "Military Forces of {country}"),
    ("Administration police guarded the school.", "Police Forces of {country}"),
    ("Police reservists repulsed the raiders.", "Police Forces of {country}"),
])
def test_more_words_for_the_state_forces(text, name):
    assert find(text)[0].name == name


@pytest.mark.parametrize("text, name, home", [
    ("ANC members stoned passing cars.", "ANC: African National Congress", "ZA"),
    ("Supporters of the Orange Democratic Movement marched.", "ODM: Orange Democratic Movement", "KE"),
    ("ZANU-PF youths beat an opposition activist.", "ZANU-PF: Zimbabwe African National Union-Patriotic Front", "ZW"),
])
def test_a_major_party_is_named_with_its_country(text, name, home):
    assert [a.name for a in find(text) if a.named] == [name]
    assert home_country(name) == home
