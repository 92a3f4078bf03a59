"""Country words in text, and the roles that put a country away from the act."""

from __future__ import annotations

import pytest

from eventwire.countries import countries_in, country_after, named_as_place, role_of, scene_countries_in


def _scene(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in scene_countries_in(text)]


def test_country_names_and_nationality_words_are_found():
    text = "Ugandan troops crossed into Kenya."
    assert [iso for _, _, iso in countries_in(text)] == ["UG", "KE"]



def test_nationality_words_of_the_americas_and_asia_are_known():
    text = "Honduran and Salvadoran officers met Peruvian, Uzbek and Qatari envoys."
    assert [iso for _, _, iso in countries_in(text)] == ["HN", "SV", "PE", "UZ", "QA"]

@pytest.mark.parametrize("text, away", [
    ("Nairobi blamed Eritrea for arming the gunmen.", "Eritrea"),
    ("The minister accused Rwanda of backing the rebels.", "Rwanda"),
    ("Hundreds of families fled to Uganda after the raid.", "Uganda"),
    ("He had been deported back to Pakistan a year earlier.", "Pakistan"),
    ("The dead were identified, according to Nigerian officials.", "Nigerian"),
    ("Gunmen who came from Somalia attacked the village.", "Somalia"),
    ("The camp lies close to the Ethiopian border.", "Ethiopian"),
    ("Sudan denied any part in the fighting.", "Sudan"),
    ("The Eritrean government said it had no troops there.", "Eritrean"),
    ("Riot police fired tear gas at students in Mexico City.", "Mexico"),  # a part of a city's name
    ("Fishermen were abducted from an island of Lake Chad.", "Chad"),  # a part of a lake's name
    ("Soldiers beat a driver in the northern town of Chad.", "Chad"),  # a town that bears the name
    ("The group said it punished families who sent sons to fight in the Yemeni war.", "Yemeni"),
    ("Three of the bombers had once gone to fight in Libya.", "Libya"),
])
def test_a_country_blamed_speaking_or_gone_to_is_not_the_scene(text, away):
    assert away in [text[s:e] for s, e, _ in countries_in(text)]
    assert away not in _scene(text)


@pytest.mark.parametrize("text, here", [
    ("Gunmen killed two traders in Kenya on Monday.", "Kenya"),
    ("He was accused of an attack in Kenya last year.", "Kenya"),  # a place word gives the scene back
    ("Nigerian police said they had arrested six men.", "Nigerian"),  # a force tells of its own act
    ("Indian border guards fired at the smugglers.", "Indian"),  # guards, not the border
    ("Workers left the Egypt Textile Company in protest.", "Egypt"),  # a name of the country's own
    ("Police in Bangladesh said the blast killed two.", "Bangladesh"),
])
def test_a_country_named_as_the_place_or_its_own_force_is_the_scene(text, here):
    assert here in _scene(text)


@pytest.mark.parametrize("text, iso", [
    ("Rebels attacked a post in San Miguel, El Salvador, on Thursday.", "SV"),
    ("Gunmen raided a hotel in Lamu, Kenya.", "KE"),
    ("Gunmen raided a hotel in Lamu, Kenyan police said.", None),  # a nationality, not the place's country
    ("Gunmen raided a hotel in Lamu on Monday.", None),
])
def test_a_place_written_with_its_country_is_in_it(text, iso):
    end = text.index("in ") + 3
    end = text.index(",", end) if "," in text[end:] else text.index(" on ", end)
    assert country_after(text, end) == iso


def test_a_role_is_named_for_its_country_as_acled_writes_it():
    assert role_of("Kenya", "Police Forces") == "Police Forces of Kenya"
    assert role_of("Kenya", "Rioters") == "Rioters (Kenya)"
    assert role_of("Benin", "Fon Ethnic Group") == "Fon Ethnic Group (Benin)"
    assert role_of("", "Protesters") == "Protesters"


@pytest.mark.parametrize("text, word, as_place", [
    ("Rebels shelled a base in Chad on Monday.", "Chad", True),
    ("Rebels shelled a base in Chad's north.", "Chad", True),
    # a nationality after "at" is still of the base, not the country's name
    ("Rebels shelled a camp at Chadian army positions.", "Chadian", False),
    ("Rebels shelled Chadian troops on Monday.", "Chadian", False),
])
def test_a_country_is_named_as_a_place_by_its_name_not_a_nationality(text, word, as_place):
    start = text.index(word)
    assert named_as_place(text, start, start + len(word)) is as_place
