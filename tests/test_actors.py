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
