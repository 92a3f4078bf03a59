"""The country a report is about: an attacker's nationality counts less than the country hit."""

from eventwire.pipeline import extract_many
from eventwire.record import Article


def _location(text: str):
    events = extract_many([Article(id="t", text=text)])[0]
    return events[0].location


def test_shelling_from_across_a_border_is_placed_where_it_lands():
    loc = _location("Pakistani troops fired mortar shells at Indian posts in Poonch area on Tuesday, "
                    "injuring a soldier.")
    assert loc is not None and loc.iso == "IN"



def test_a_namesake_in_the_country_the_report_names_beats_a_better_known_one_abroad():
    # Mayo is also an Irish county; Thai rangers are wounded in Thailand's Mayo
    loc = _location("Two Thai rangers were wounded in Mayo district when a bomb went off beside their patrol.")
    assert loc is not None and loc.iso == "TH"
