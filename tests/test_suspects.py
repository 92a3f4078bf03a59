"""Who the whole report says did an act its own sentences leave unnamed."""

from eventwire import extract
from eventwire.suspects import voice_of


def events(text, published="1989-04-03", **meta):
    return extract(text, published=published, **meta)


def words(event, field):
    return [e.text for e in event.evidence if e.field == field]


def test_the_only_armed_group_a_report_names_is_suspected():
    [event] = events("A bomb wrecked a power pylon outside Ayacucho, Peru on Tuesday night. Nobody was hurt. "
                     "The Shining Path has been sabotaging the power grid of the region since 1987.")
    assert event.actor1.name == "Shining Path" and event.attribution == "suspected"
    assert words(event, "attribution") == ["Shining Path"]


def test_the_only_armed_group_in_upper_case_wire_copy():
    text = ("SAN SALVADOR, 14 MAR 89 -- [TEXT] A DYNAMITE CHARGE DESTROYED A TELEPHONE EXCHANGE IN\n"
            "SANTA TECLA LAST NIGHT.  NO ONE WAS HURT IN THE EXPLOSION.\n\n"
            "   LAST WEEK THE FMLN ANNOUNCED A CAMPAIGN OF SABOTAGE AGAINST PUBLIC\n"
            "SERVICES UNTIL THE ELECTIONS.\n")
    [event] = events(text, published=None)
    assert event.actor1.name.startswith("FMLN") and event.attribution == "suspected"


def test_a_group_that_only_speaks_is_no_suspect():
    [event] = events("Gunmen shot dead a judge in Medellin, Colombia on Monday. The M-19 condemned the murder "
                     "in a statement.")
    assert event.actor1.name == "Unidentified Armed Group (Colombia)"


def test_a_group_the_act_hit_is_no_suspect():
    [event] = events("Unknown men killed two members of the FARC in a bar in Cali, Colombia on Sunday.")
    assert event.actor1.name == "Unidentified Armed Group (Colombia)"


def test_an_accusation_elsewhere_in_the_report_names_state_forces():
    [event] = events("Six farm workers were found shot dead on a coffee estate near Santa Ana, El Salvador on "
                     "Thursday. Their union blamed the army for the massacre.")
    assert event.actor1.name == "Military Forces of El Salvador" and event.attribution == "suspected"
    assert words(event, "actor1") == ["army"]


def test_a_claim_in_upper_case_names_the_group_held_responsible():
    text = ("LIMA, 2 APR 89 (EFE) -- [TEXT] TWO BUSES WERE SET ON FIRE AT A DEPOT IN HUANCAYO\n"
            "YESTERDAY.  THE POLICE SAID NOBODY WAS HURT IN THE FIRE, FOR WHICH THE\n"
            "TUPAC AMARU REVOLUTIONARY MOVEMENT IS BEING HELD RESPONSIBLE.\n")
    [event] = events(text, published=None)
    assert event.actor1.name.startswith("MRTA") and event.attribution == "suspected"


def test_a_group_s_own_radio_claims_what_our_units_did():
    text = ("CLANDESTINE, 2 APR 89 (RADIO VENCEREMOS) -- [TEXT] OUR UNITS AMBUSHED AN ARMY\n"
            "TRUCK NEAR SAN VICENTE AT DAWN TODAY, KILLING FOUR SOLDIERS.\n")
    [event] = events(text, published=None)
    assert event.actor1.name.startswith("FMLN") and event.attribution == "claimed"
    assert words(event, "actor1") == ["OUR UNITS"]


def test_our_forces_in_mixed_case_from_the_group_s_outlet():
    [event] = events("Our forces attacked a National Guard post in Jucuaran, El Salvador on Friday, killing "
                     "two guardsmen.", outlet="Radio Venceremos")
    assert event.actor1.name.startswith("FMLN") and event.attribution == "claimed"


def test_our_forces_in_a_report_that_speaks_for_no_group_stay_as_they_are():
    [event] = events("Our forces repelled an attack on a post in Jucuaran, El Salvador on Friday, a colonel "
                     "told reporters.")
    assert not event.actor1.name.startswith("FMLN")


def test_a_report_naming_two_groups_names_neither():
    [event] = events("A bomb exploded outside a bank in Bogota, Colombia on Monday. Both the ELN and the EPL "
                     "have bombed banks in the capital since 1985.")
    assert event.actor1.name == "Unidentified Armed Group (Colombia)"


def test_the_voice_of_a_report_comes_from_its_head_or_its_outlet():
    assert voice_of("CLANDESTINE, 9 MAY 89 (RADIO VENCEREMOS) -- [TEXT] ...").name.startswith("FMLN")
    assert voice_of("Some text.", outlet="Amaq News Agency").name == "Islamic State"
    assert voice_of("BOGOTA, 9 MAY 89 (EFE) -- [TEXT] ...") is None
